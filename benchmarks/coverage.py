"""Coverage of every interval the summaries and the report use, by simulation with a known truth.

For each interval, data are drawn at the sample sizes evenhand has (3 to 800 samples), over true
values across the range, and the share of nominal 95% intervals that contain the truth is counted,
with its Monte Carlo standard error. The goal is coverage between 93% and 98% everywhere; a cell is
outside it when it misses by more than twice its Monte Carlo error. At a true rate of exactly 0 or
1 every interval that contains its own estimate covers (100%), so those cells are shown apart and
not held to the goal.

    PYTHONPATH=src python benchmarks/coverage.py           # full run: records results.json
    PYTHONPATH=src python benchmarks/coverage.py --short   # a few seconds, for the tests

The full run writes only the "coverage" key of benchmarks/results.json and prints a markdown
table (the README's). Every draw comes from one seeded generator (evenhand.core.SEED).
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from evenhand.analysis._compare import paired_bootstrap
from evenhand.core import CONFIDENCE, SEED
from evenhand.stats import (
    clustered_rate,
    mean_interval,
    paired_binary_difference,
    paired_difference_in_differences,
    paired_rate_difference,
    rate_difference,
    wilson_rate,
)

RESULTS = Path(__file__).parent / "results.json"
GOAL = (0.93, 0.98)
FULL = {"reps": 2000, "sizes": (3, 8, 20, 50, 200, 800)}
SHORT = {"reps": 300, "sizes": (3, 20, 200)}
RATES = (0.0, 0.02, 0.1, 0.3, 0.5, 0.8, 0.95, 1.0)
CLUSTER_SIZE = 3
"""An item's three scripts (en, zh-Hans, zh-Hant)."""
CLAIMS: dict[str, int | None] = {
    "Wilson rate": 50,
    "Newcombe difference, independent": 200,
    "Newcombe difference, paired": 800,
    "clustered rate": 48,
    "Newcombe difference, paired, clustered": 798,
    "Student-t mean": 200,
    "paired bootstrap (analysis)": 20,
    "difference in differences (Student-t)": 8,
}
"""Per interval, the sample size from which the full run holds the goal everywhere (None: never);
the README states these and a test checks them against the short and the recorded runs."""
CORRELATIONS = (0.0, 0.3, 0.8)
"""Within-item correlation of the clustered outcomes (intraclass correlation)."""


class Cell(NamedTuple):
    """The coverage of one interval at one sample size and one truth."""

    interval: str
    n: int
    truth: str
    covered: float
    mc_error: float
    boundary: bool

    @property
    def outside_goal(self) -> bool:
        low, high = GOAL
        margin = 2 * self.mc_error
        return not self.boundary and not (low - margin <= self.covered <= high + margin)


def _cell(interval: str, n: int, truth: str, hits: Any, boundary: bool = False) -> Cell:
    share = float(np.mean(hits))
    return Cell(interval, n, truth, share, math.sqrt(share * (1 - share) / len(hits)), boundary)


def _inside(low: float, high: float, truth: float) -> bool:
    return low - 1e-9 <= truth <= high + 1e-9


def wilson_cells(rng: Any, reps: int, sizes: Iterable[int]) -> Iterable[Cell]:
    """`wilson_rate`: the rates of every summary and breakdown, one sample per item."""
    for n in sizes:
        for p in RATES:
            counts = rng.binomial(n, p, reps)
            bounds = {k: wilson_rate(int(k), n) for k in np.unique(counts)}
            hits = [_inside(bounds[k].low, bounds[k].high, p) for k in counts]
            yield _cell("Wilson rate", n, f"p={p}", hits, p in (0.0, 1.0))


def newcombe_cells(rng: Any, reps: int, sizes: Iterable[int]) -> Iterable[Cell]:
    """`rate_difference`: the targeted-censorship index (a jurisdiction against the controls)."""
    for n in sizes:
        for p_a, p_b in ((0.02, 0.02), (0.3, 0.1), (0.5, 0.5), (0.8, 0.3), (0.95, 0.5)):
            a, b = rng.binomial(n, p_a, reps), rng.binomial(n, p_b, reps)
            cache: dict[tuple[int, int], Any] = {}
            hits = []
            for x, y in zip(a.tolist(), b.tolist(), strict=True):
                if (x, y) not in cache:
                    cache[(x, y)] = rate_difference(x, n, y, n)
                hits.append(_inside(cache[(x, y)].low, cache[(x, y)].high, p_a - p_b))
            yield _cell("Newcombe difference, independent", n, f"{p_a}-{p_b}", hits)


PAIRED_TRUTHS = (
    (0.02, 0.02, 0.0),
    (0.3, 0.1, 0.5),
    (0.5, 0.5, 0.8),
    (0.8, 0.3, 0.2),
    (0.9, 0.9, 0.9),
)
"""(rate of A, rate of B, correlation between A and B on the same item)."""


def _paired_cells_probabilities(p_a: float, p_b: float, rho: float) -> list[float]:
    """Cell probabilities (both, only A, only B, neither) of a paired 2x2 table."""
    both = p_a * p_b + rho * math.sqrt(p_a * (1 - p_a) * p_b * (1 - p_b))
    return [both, p_a - both, p_b - both, 1 - p_a - p_b + both]


def paired_cells(rng: Any, reps: int, sizes: Iterable[int]) -> Iterable[Cell]:
    """`paired_binary_difference`: model-vs-model comparisons and the paired 0/1 differences."""
    for n in sizes:
        for p_a, p_b, rho in PAIRED_TRUTHS:
            tables = rng.multinomial(n, _paired_cells_probabilities(p_a, p_b, rho), reps)
            cache: dict[tuple[int, ...], Any] = {}
            hits = []
            for table in map(tuple, tables.tolist()):
                if table not in cache:
                    cache[table] = paired_binary_difference(*table)
                hits.append(_inside(cache[table].low, cache[table].high, p_a - p_b))
            yield _cell("Newcombe difference, paired", n, f"{p_a}-{p_b} r={rho}", hits)


def _item_rates(rng: Any, p: float, icc: float, items: int, reps: int) -> Any:
    """reps x items x 1 rates: Beta with mean p and intraclass correlation icc."""
    if icc == 0 or p in (0.0, 1.0):
        return np.full((reps, items, 1), p)
    strength = 1 / icc - 1
    return rng.beta(p * strength, (1 - p) * strength, (reps, items, 1))


def _scripts(rng: Any, rates: Any) -> Any:
    """reps x (items * CLUSTER_SIZE) 0/1 outcomes, each script Bernoulli at its item's rate."""
    reps, items, _ = rates.shape
    return (rng.random((reps, items, CLUSTER_SIZE)) < rates).reshape(reps, -1).astype(float)


def clustered_cells(rng: Any, reps: int, sizes: Iterable[int]) -> Iterable[Cell]:
    """`clustered_rate`: rates that pool an item's three scripts (clusters of 3)."""
    for n in sizes:
        items = max(1, n // CLUSTER_SIZE)
        clusters = np.repeat(np.arange(items), CLUSTER_SIZE).tolist()
        for icc in CORRELATIONS:
            for p in (0.02, 0.1, 0.3, 0.5, 0.9):
                outcomes = _scripts(rng, _item_rates(rng, p, icc, items, reps))
                hits = []
                for row in outcomes.tolist():
                    estimate = clustered_rate(row, clusters)
                    hits.append(_inside(estimate.low, estimate.high, p))
                name = f"p={p} icc={icc}"
                yield _cell("clustered rate", items * CLUSTER_SIZE, name, hits)


def clustered_paired_cells(rng: Any, reps: int, sizes: Iterable[int]) -> Iterable[Cell]:
    """`paired_rate_difference` with clusters: the misuse asymmetry (context pairs of one template
    in three scripts) and the language gap over epochs."""
    for n in sizes:
        items = max(1, n // CLUSTER_SIZE)
        clusters = np.repeat(np.arange(items), CLUSTER_SIZE).tolist()
        for p_a, p_b in ((0.1, 0.1), (0.5, 0.3), (0.9, 0.6)):
            rates = _item_rates(rng, p_a, 0.5, items, reps)
            a = _scripts(rng, rates)
            # B: half the time A's own outcome, else a fresh draw at the item's rate (rate p_a,
            # correlated with A), then thinned to rate p_b
            b = np.where(rng.random(a.shape) < 0.5, a, _scripts(rng, rates))
            b = b * (rng.random(a.shape) < p_b / p_a)
            hits = []
            for x, y in zip(a.tolist(), b.tolist(), strict=True):
                estimate = paired_rate_difference(x, y, clusters)
                hits.append(_inside(estimate.low, estimate.high, p_a - p_b))
            yield _cell("Newcombe difference, paired, clustered", items * 3, f"{p_a}-{p_b}", hits)


def mean_cells(rng: Any, reps: int, sizes: Iterable[int]) -> Iterable[Cell]:
    """`mean_interval`: fact coverage (share of four facts) and other bounded means."""
    for n in sizes:
        for p in RATES:
            values = rng.binomial(4, p, (reps, n)) / 4
            hits = []
            for row in values:
                estimate = mean_interval(row)
                hits.append(_inside(estimate.low, estimate.high, p))
            yield _cell("Student-t mean", n, f"mean={p}", hits, p in (0.0, 1.0))


def bootstrap_cells(rng: Any, reps: int, sizes: Iterable[int]) -> Iterable[Cell]:
    """`paired_bootstrap` (analysis): model-vs-model comparisons of continuous scores."""
    for n in sizes:
        for p_a, p_b in ((0.1, 0.1), (0.5, 0.3), (0.9, 0.6)):
            differences = (rng.binomial(4, p_a, (n, reps)) - rng.binomial(4, p_b, (n, reps))) / 4
            intervals = paired_bootstrap(differences.astype(float))
            hits = [_inside(low, high, p_a - p_b) for low, high, _ in intervals]
            yield _cell("paired bootstrap (analysis)", n, f"{p_a}-{p_b}", hits)


DID_TRUTHS = (
    (0.1, 0.1, 0.1, 0.1),
    (0.5, 0.3, 0.1, 0.1),
    (0.9, 0.6, 0.3, 0.1),
    (0.5, 0.5, 0.2, 0.5),
)
"""(item in language A, item in language B, its control in A, its control in B): true rates."""


def did_cells(rng: Any, reps: int, sizes: Iterable[int]) -> Iterable[Cell]:
    """`paired_difference_in_differences`: the language gap net of the controls' gap, one value
    per item (an item and its own control answered in both languages)."""
    for n in sizes:
        for truth in DID_TRUTHS:
            a, b, ca, cb = (rng.random((reps, n)) < p for p in truth)
            target = (truth[0] - truth[1]) - (truth[2] - truth[3])
            hits = []
            for row in zip(a.tolist(), b.tolist(), ca.tolist(), cb.tolist(), strict=True):
                estimate = paired_difference_in_differences(*(list(map(float, x)) for x in row))
                hits.append(_inside(estimate.low, estimate.high, target))
            yield _cell("difference in differences (Student-t)", n, "-".join(map(str, truth)), hits)


SIMULATIONS: tuple[Callable[[Any, int, Iterable[int]], Iterable[Cell]], ...] = (
    wilson_cells,
    newcombe_cells,
    paired_cells,
    clustered_cells,
    clustered_paired_cells,
    mean_cells,
    bootstrap_cells,
    did_cells,
)


def simulate(short: bool) -> list[Cell]:
    """Every interval's cells, from one generator seeded with SEED."""
    settings = SHORT if short else FULL
    rng = np.random.default_rng(SEED)
    return [
        cell
        for simulation in SIMULATIONS
        for cell in simulation(rng, int(settings["reps"]), settings["sizes"])  # type: ignore[call-overload]
    ]


def summarise(cells: list[Cell]) -> list[dict[str, Any]]:
    """Per interval and sample size: the lowest, mean and highest coverage over interior truths,
    and the cells outside the goal."""
    rows = []
    for interval in dict.fromkeys(c.interval for c in cells):
        for n in sorted({c.n for c in cells if c.interval == interval}):
            group = [c for c in cells if c.interval == interval and c.n == n and not c.boundary]
            rows.append(
                {
                    "interval": interval,
                    "n": n,
                    "lowest": round(min(c.covered for c in group), 4),
                    "mean": round(sum(c.covered for c in group) / len(group), 4),
                    "highest": round(max(c.covered for c in group), 4),
                    "mc_error": round(max(c.mc_error for c in group), 4),
                    "outside_goal": [
                        f"{c.truth}: {c.covered:.1%}" for c in group if c.outside_goal
                    ],
                }
            )
    return rows


def markdown(rows: list[dict[str, Any]]) -> str:
    """The summary as the README's table."""
    lines = [
        "| interval | n | lowest | mean | highest | outside 93-98% (truth: coverage) |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        outside = "; ".join(row["outside_goal"]) or "none"
        lines.append(
            f"| {row['interval']} | {row['n']} | {row['lowest']:.1%} | {row['mean']:.1%} | "
            f"{row['highest']:.1%} | {outside} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="fewer draws and sizes; no record")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args()
    rows = summarise(simulate(args.short))
    if args.json:
        print(json.dumps(rows))
    else:
        print(markdown(rows))
    if not args.short:
        settings = FULL
        record = json.loads(RESULTS.read_text("utf-8")) if RESULTS.exists() else {}
        record["coverage"] = {
            "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "confidence": CONFIDENCE,
            "seed": SEED,
            "reps": settings["reps"],
            "goal": list(GOAL),
            "rows": rows,
        }
        RESULTS.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", "utf-8")


if __name__ == "__main__":
    main()
