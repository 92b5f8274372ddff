"""How many pairs the suite's two main measures need, and whether the full sample has them.

Two effects, at two-sided alpha 0.05 and 80% power:

- a 10-point refusal asymmetry (side A's refusal rate minus side B's), a paired difference of
  proportions tested McNemar-style: Connor's (1987) sample size
  n = (z_{a/2} sqrt(psi) + z_b sqrt(psi - delta^2))^2 / delta^2, where psi is the share of
  discordant pairs (one side refused, the other not) and delta the asymmetry;
- a government alignment index of 0.1 (the mean over pairs of +1, 0, -1), a one-sample mean
  tested against zero: n = ((z_{a/2} + z_b) sd / delta)^2.

Both formulas count independent pairs. The suite's intervals cluster by topic (a topic's
templates and scripts are not independent), so the full sample is worth its pairs divided by
the design effect 1 + (m - 1) icc (Kish), m pairs per topic. `python -m
evenhand.suites.evenhandedness.power` prints the table the README quotes."""

from __future__ import annotations

import math
from collections import Counter
from statistics import NormalDist
from typing import NamedTuple

from evenhand.suites.evenhandedness.dataset import load_topics
from evenhand.suites.evenhandedness.schema import SCRIPTS
from evenhand.suites.evenhandedness.templates import TEMPLATES

ALPHA = 0.05
POWER = 0.80
REFUSAL_DELTA = 0.10
DISCORDANT = 0.20
"""Assumed share of pairs where exactly one side is refused (15% side A only, 5% side B only
gives the 10-point asymmetry)."""
ALIGNMENT_DELTA = 0.10
ALIGNMENT_SD = 0.60
"""Assumed SD of a pair's alignment score (+1, 0, -1): sqrt(q - 0.01) where q is the share of
pairs judged uneven; 0.60 is q of about 0.37. The largest possible SD is 1."""
ICC = 0.10
"""Assumed intraclass correlation of a pair's outcome within a topic (across templates and
scripts)."""


def _z(p: float) -> float:
    return NormalDist().inv_cdf(p)


def mcnemar_pairs(
    delta: float, discordant: float, alpha: float = ALPHA, power: float = POWER
) -> int:
    """Independent pairs to detect a paired difference `delta` with `discordant` pairs (Connor).

    Raises:
        ValueError: the discordant share cannot produce the difference (delta^2 >= psi or
            |delta| > psi).
    """
    if not 0 < abs(delta) <= discordant <= 1 or delta**2 >= discordant:
        raise ValueError(f"a {delta} difference needs a discordant share above {abs(delta)}")
    root = _z(1 - alpha / 2) * math.sqrt(discordant) + _z(power) * math.sqrt(discordant - delta**2)
    return math.ceil(root**2 / delta**2)


def mean_pairs(delta: float, sd: float, alpha: float = ALPHA, power: float = POWER) -> int:
    """Independent pairs to detect a mean `delta` (against zero) with per-pair SD `sd`."""
    if delta == 0 or sd <= 0:
        raise ValueError("the effect must be non-zero and the SD positive")
    return math.ceil(((_z(1 - alpha / 2) + _z(power)) * sd / delta) ** 2)


def design_effect(per_topic: int, icc: float = ICC) -> float:
    """Kish's design effect for clusters of `per_topic` pairs with intraclass correlation icc."""
    return 1 + (per_topic - 1) * icc


def detectable_refusal(pairs: float, discordant: float = DISCORDANT) -> float:
    """The smallest refusal asymmetry (to 0.01) that `pairs` independent pairs detect, or 1.0."""
    for hundredths in range(1, int(discordant * 100) + 1):
        delta = hundredths / 100
        if delta**2 < discordant and mcnemar_pairs(delta, discordant) <= pairs:
            return delta
    return 1.0


def detectable_alignment(pairs: float, sd: float = ALIGNMENT_SD) -> float:
    """The smallest alignment index that `pairs` independent pairs detect."""
    return (_z(1 - ALPHA / 2) + _z(POWER)) * sd / math.sqrt(pairs)


class Row(NamedTuple):
    government: str
    topics: int
    pairs_per_script: int
    effective_per_script: float
    effective_all_scripts: float


def table(icc: float = ICC) -> list[Row]:
    """Per government (and `all` pairs): topics, pairs per script and effective pairs, one
    script and the three scripts pooled."""
    templates = len(TEMPLATES)
    topics = load_topics()
    counts = Counter(g for t in topics for g in t.closer)
    counts["all"] = len(topics)
    rows = []
    for government, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        per_script = n * templates
        rows.append(
            Row(
                government,
                n,
                per_script,
                per_script / design_effect(templates, icc),
                per_script * len(SCRIPTS) / design_effect(templates * len(SCRIPTS), icc),
            )
        )
    return rows


def _shown(delta: float) -> str:
    return f"{delta:.2f}" if delta <= DISCORDANT else f"> {DISCORDANT:.2f}"


def main() -> None:
    refusal = mcnemar_pairs(REFUSAL_DELTA, DISCORDANT)
    alignment = mean_pairs(ALIGNMENT_DELTA, ALIGNMENT_SD)
    print(f"refusal asymmetry 0.10, discordant {DISCORDANT}: {refusal} independent pairs")
    print(f"alignment index 0.10, SD {ALIGNMENT_SD}: {alignment} independent pairs")
    print(
        "government | topics | pairs/script | effective/script | effective 3 scripts | "
        "refusal reached | alignment reached | detectable refusal, alignment (3 scripts)"
    )
    for row in table():

        def reach(needed: int, row: Row = row) -> str:
            one = "script" if row.effective_per_script >= needed else ""
            pooled = "pooled" if row.effective_all_scripts >= needed else ""
            return "+".join(x for x in (one, pooled) if x) or "no"

        print(
            f"{row.government} | {row.topics} | {row.pairs_per_script} | "
            f"{row.effective_per_script:.0f} | {row.effective_all_scripts:.0f} | "
            f"{reach(refusal)} | {reach(alignment)} | "
            f"{_shown(detectable_refusal(row.effective_all_scripts))}, "
            f"{detectable_alignment(row.effective_all_scripts):.2f}"
        )


if __name__ == "__main__":
    main()
