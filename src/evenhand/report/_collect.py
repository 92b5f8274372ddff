"""Everything the report shows, computed from a log directory in one pass over the logs.

Logs are read from their sample summaries, one (model, suite) at a time, so memory holds one
model's rows of one suite plus compact score matrices for the paired comparisons; whole samples
are read only for the items the drill-down shows (see `_drill`).
"""

from __future__ import annotations

import gc
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from itertools import groupby
from pathlib import Path
from typing import Any, NamedTuple

from evenhand import __version__
from evenhand.analysis import Comparison, PairedScores, compare_all, score_block
from evenhand.core import (
    SEED,
    BreakdownCell,
    Estimate,
    EvenhandError,
    HeadlineMetric,
    Scale,
    Suite,
    SuiteChart,
    SuiteLookup,
    UnknownSuiteError,
    Validity,
    format_value,
)
from evenhand.logs import (
    LogHeader,
    list_headers,
    map_logs,
    newest_rows,
    resume_hint,
    unfinished,
)
from evenhand.report._drill import read_texts
from evenhand.stats import panel_alpha

ALPHA_UNITS = 5000
"""Krippendorff's alpha is computed on at most this many responses, drawn with a fixed seed."""
SIGNIFICANCE = 0.05


@dataclass
class ModelProvenance:
    """Where one model's answers came from and what they cost."""

    model: str
    logs: list[LogHeader] = field(default_factory=list)

    @property
    def provider(self) -> str:
        return self.model.split("/")[0]

    @property
    def hosts(self) -> list[str]:
        return sorted({h.endpoint_host for h in self.logs if h.endpoint_host})

    @property
    def weights(self) -> list[str]:
        return sorted({h.weights_sha256 for h in self.logs if h.weights_sha256})

    def packages(self, name: str) -> list[str]:
        return sorted({h.packages[name] for h in self.logs if name in h.packages})

    @property
    def tokens(self) -> tuple[int, int]:
        return sum(h.input_tokens for h in self.logs), sum(h.output_tokens for h in self.logs)

    @property
    def cost(self) -> float | None:
        costs = [h.total_cost for h in self.logs if h.total_cost is not None]
        return sum(costs) if costs else None


class JudgeMove(NamedTuple):
    """A suite's most judge-dependent headline metric under the panel and under one judge alone."""

    model: str
    metric: str
    scale: Scale
    judge: str
    panel: Estimate | None
    """The metric with the panel's labels."""
    alone: Estimate | None
    """The metric with this judge's labels alone."""


@dataclass
class JudgeSummary:
    """Who labelled one suite, how they agree, and how the headline moves with each judge."""

    suite: str
    labels_by_judge: dict[str, int] = field(default_factory=dict)
    alpha: Estimate | None = None
    alpha_note: str = ""
    moves: list[JudgeMove] = field(default_factory=list)


@dataclass
class SuiteResults:
    name: str
    description: str
    declaration: Suite
    """The suite's own declaration: its scores, comparisons, gold agreement and drill fields."""
    models: list[str] = field(default_factory=list)
    headline: dict[str, list[HeadlineMetric]] = field(default_factory=dict)
    breakdown: dict[str, list[BreakdownCell]] = field(default_factory=dict)
    samples: dict[str, int] = field(default_factory=dict)
    filtered: dict[str, int] = field(default_factory=dict)
    """Samples a provider's content filter stopped, per model: counted apart from refusals."""
    degenerate: dict[str, int] = field(default_factory=dict)
    """Samples whose answer was no answer (empty, markup, a loop ...), per model: counted apart."""
    validity: dict[str, dict[str, Validity | None]] = field(default_factory=dict)
    """Per model and headline metric: the gold agreement of the judges that produced it."""
    notes: list[str] = field(default_factory=list)
    charts: list[tuple[str, SuiteChart]] = field(default_factory=list)
    """The suite's own charts (`Suite.charts`), per model's logs: (model, chart)."""


@dataclass
class ReportData:
    log_dir: Path
    generated: str
    evenhand_version: str
    models: list[str]
    suites: list[SuiteResults]
    provenance: list[ModelProvenance]
    comparisons: list[Comparison]
    judges: list[JudgeSummary]
    findings: list[str]
    headers: list[LogHeader]
    drill_rows: list[dict[str, Any]]
    """Epoch-1 rows of every sample (no scores): what the drill-down picks items from."""
    texts: dict[tuple[str, str, Any], dict[str, Any]]
    """Conversations and judges' words of first-epoch samples, by (model, suite, sample id)."""
    left_out: list[str] = field(default_factory=list)
    """Logs in the directory the report does not count, and why."""
    resume: str | None = None
    """How many logs were left unfinished and how to resume them (None: none were)."""


DRILL_KEYS = (
    "model",
    "suite",
    "sample_id",
    "epoch",
    "label",
    "judges",
    "turn_labels",
    "pair_id",
    "language",
    "topic",
)
"""What every drill-down row carries; each suite adds its `group_fields` and `drill_fields`."""


def known_suites(names: set[str], lookup: SuiteLookup) -> dict[str, Suite]:
    """The suites among `names` that `lookup` knows."""
    known = {}
    for name in sorted(names):
        try:
            known[name] = lookup(name)
        except UnknownSuiteError:
            continue
    return known


def collect(
    log_dir: Path, lookup: SuiteLookup, progress: Callable[[int, int], None] | None = None
) -> ReportData:
    """Read every finished log in a directory and compute what the report shows; `progress` is
    told (done, total) as each model's logs of a suite are read.

    Raises:
        EvenhandError: no logs, unreadable logs, or logs of no known suite.
    """
    skipped: list[LogHeader] = []
    superseded: list[LogHeader] = []
    headers = list_headers(log_dir, skipped, superseded)
    left = unfinished(skipped + headers)
    declared = known_suites({h.suite for h in headers}, lookup)
    known = set(declared)
    unknown = sorted({h.suite for h in headers} - known)
    left_out = (
        [
            f"{h.name} ({h.model}, {h.suite}): status {h.status}, not counted"
            + ("; a rerun with the same arguments resumes it" if h in left else "")
            for h in skipped
        ]
        + [
            f"{h.name}: task {h.suite} is not an evenhand suite, not counted"
            for h in headers
            if h.suite not in known
        ]
        + [
            f"{h.name} ({h.model}, {h.suite}): task version {h.task_version}, superseded by newer "
            "logs of the same model and suite (two versions are never pooled), not counted"
            for h in superseded
        ]
    )
    headers = [h for h in headers if h.suite in known]
    if not headers:
        raise EvenhandError(
            f"{log_dir}: no logs of evenhand suites (found tasks {unknown}); "
            "run `evenhand run` to make some"
        )
    suites = {name: SuiteResults(name, s.description, s) for name, s in declared.items()}
    provenance: dict[str, ModelProvenance] = {}
    paired = PairedScores(lookup=lookup)
    judge_units: dict[str, list[list[str]]] = defaultdict(list)
    judge_counts: dict[str, Counter[str]] = defaultdict(Counter)
    judges = {name: JudgeSummary(name) for name in declared}
    drill_rows: list[dict[str, Any]] = []
    texts: dict[tuple[str, str, Any], dict[str, Any]] = {}
    groups = [list(group) for _, group in groupby(headers, key=lambda h: (h.model, h.suite))]
    for logs in groups:
        provenance.setdefault(logs[0].model, ModelProvenance(logs[0].model)).logs.extend(logs)
    for done, digest in enumerate(_digests(groups, lookup), start=1):
        if progress is not None:
            progress(done, len(groups))
        model, suite_name = digest.model, digest.suite
        results = suites[suite_name]
        results.models.append(model)
        results.samples[model] = digest.samples
        results.filtered[model] = digest.filtered
        results.degenerate[model] = digest.degenerate
        results.notes.extend(digest.notes)
        if digest.headline is not None:
            results.headline[model] = digest.headline
            results.validity[model] = digest.validity
        if digest.breakdown is not None:
            results.breakdown[model] = digest.breakdown
        results.charts.extend((model, chart) for chart in digest.charts)
        paired.add_block(suite_name, model, digest.keys, digest.values, digest.binary)
        for player, keys, values, binary in digest.players:
            paired.add_block(suite_name, player, keys, values, binary)
        judge_counts[suite_name].update(digest.judge_counts)
        judge_units[suite_name].extend(digest.judge_units)
        drill_rows.extend(digest.drill_rows)
        texts.update(((model, suite_name, k), v) for k, v in digest.texts.items())
        judges[suite_name].moves.extend(digest.moves)
    for name, summary in judges.items():
        summary.labels_by_judge = dict(judge_counts[name])
        summary.alpha, summary.alpha_note = _alpha(judge_units[name])
    comparisons = compare_all(paired)
    present = [s for s in suites.values() if s.models]
    models = sorted(provenance)
    return ReportData(
        log_dir=log_dir,
        generated=datetime.now(UTC).isoformat(timespec="seconds"),
        evenhand_version=__version__,
        models=models,
        suites=present,
        provenance=[provenance[m] for m in models],
        comparisons=comparisons,
        judges=[judges[s.name] for s in present],
        findings=findings(present, comparisons),
        headers=headers,
        drill_rows=drill_rows,
        texts=texts,
        left_out=left_out,
        resume=resume_hint(left, log_dir) if left else None,
    )


@dataclass
class GroupDigest:
    """All the report needs from one model's logs of one suite; small enough to pass between
    processes (rows stay in the worker that read them)."""

    model: str
    suite: str
    samples: int
    filtered: int
    degenerate: int
    notes: list[str]
    headline: list[HeadlineMetric] | None
    breakdown: list[BreakdownCell] | None
    keys: list[tuple[Any, int]]
    values: dict[str, Any]
    binary: dict[str, bool | None]
    judge_counts: Counter[str]
    judge_units: list[list[str]]
    moves: list[JudgeMove]
    validity: dict[str, Validity | None]
    drill_rows: list[dict[str, Any]]
    texts: dict[Any, dict[str, Any]]
    """What the drill-down shows of the first-epoch samples, by sample id (see `_drill`)."""
    charts: list[SuiteChart] = field(default_factory=list)
    """The suite's own charts from these logs (`Suite.charts`)."""
    players: list[tuple[str, list[tuple[Any, int]], dict[str, Any], dict[str, bool | None]]] = (
        field(default_factory=list)
    )
    """A joint suite: each player's score block from its rows per player (`Suite.players`), so
    that the players at one table are compared with each other."""


def digest(logs: list[LogHeader], lookup: SuiteLookup) -> GroupDigest:
    """Read one model's logs of one suite and reduce them to what the report shows."""
    model, suite_name = logs[0].model, logs[0].suite
    # The rows live until the digest is done: keep the garbage collector from walking them again
    # and again (statsmodels' Holm correction even calls it explicitly).
    gc.disable()
    try:
        rows = newest_rows(logs)
        gc.freeze()
        return _digest_rows(model, lookup(suite_name), logs, rows)
    finally:
        gc.unfreeze()
        gc.enable()


def _digest_rows(
    model: str, suite: Suite, logs: list[LogHeader], rows: list[dict[str, Any]]
) -> GroupDigest:
    notes = []
    item_shards = {log.item_shard for log in logs if log.item_shard is not None}
    if len(logs) > 1 and len(item_shards) == len(logs):
        notes.append(f"{model}: {len(logs)} item shards (one log each), pooled")
    elif len(logs) > 1:
        notes.append(
            f"{model}: {len(logs)} logs; where they share a sample, the newest log's result is used"
        )
    epochs = max((row["epoch"] for row in rows), default=1)
    if epochs > 1:
        notes.append(
            f"{model}: {epochs} epochs of the same items; the suites' intervals are clustered by "
            "item, but the paired comparisons between models treat repeats as independent, so "
            "their intervals and tests come out narrower than the "
            "items alone support"
        )
    headline = breakdown = None
    try:
        headline = suite.headline(rows)
        breakdown = suite.breakdown(rows)
    except ValueError as error:
        notes.append(f"{model}: {error}")
    charts: list[SuiteChart] = []
    if suite.charts is not None and rows:
        try:
            charts = suite.charts(rows)
        except ValueError as error:
            notes.append(f"{model}: {error}")
    judge_counts: Counter[str] = Counter()
    units: list[list[str]] = []
    drill_rows = []
    drill_keys = (*DRILL_KEYS, *suite.group_fields, *suite.drill_fields)
    for row in rows:
        named = row["judges"]
        judge_counts.update(judge for judge, _ in named)
        if len(named) >= 2:
            units.append([label for _, label in named])
        if row["epoch"] == 1:
            drill_row = {k: row.get(k) for k in drill_keys}
            drill_row["groups"] = [str(row[k]) for k in suite.group_fields if row.get(k)]
            drill_rows.append(drill_row)
    if len(units) > ALPHA_UNITS:
        units = random.Random(SEED).sample(units, ALPHA_UNITS)
    keys, values, binary = score_block(rows, lambda _: suite) if rows else ([], {}, {})
    players = []
    if suite.players is not None:
        by_player: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            for player in suite.players(row):
                by_player[str(player["model"])].append(player)
        players = [
            (player, *score_block(player_rows, lambda _: suite))
            for player, player_rows in sorted(by_player.items())
        ]
    judges = sorted({j for header in logs for j in header.judges})
    damaged: list[str] = []
    scored = (
        {row["sample_id"]: row for row in rows if row["epoch"] == 1}
        if suite.detail is not None
        else None
    )
    texts = read_texts(logs, drill_rows, damaged=damaged, detail=suite.detail, scored=scored)
    if damaged:
        notes.append(
            f"{model}: {len(damaged)} transcript(s) fail their CRC-32 check and are left out of "
            f"the drill-down (first: {damaged[0]}); every number comes from the logs' sample "
            "summaries, which pass theirs"
        )
    return GroupDigest(
        model=model,
        suite=suite.name,
        samples=len(rows),
        filtered=sum(r.get("score_provider_filtered") == 1.0 for r in rows),
        degenerate=sum(r.get("score_degenerate") == 1.0 for r in rows),
        notes=notes,
        headline=headline,
        breakdown=breakdown,
        keys=keys,
        values=values,
        binary=binary,
        judge_counts=judge_counts,
        judge_units=units,
        moves=_judge_moves(model, suite, rows),
        validity={m.name: suite.validity(m.name, judges) for m in headline or []},
        drill_rows=drill_rows,
        texts=texts,
        charts=charts,
        players=players,
    )


def _digests(groups: list[list[LogHeader]], lookup: SuiteLookup) -> Iterator[GroupDigest]:
    """Digests of every group, in order; in worker processes when the logs are large (the lookup
    must then be a module-level function, which is what crosses to the workers)."""
    size = sum(h.path.stat().st_size for logs in groups for h in logs)
    yield from map_logs(partial(digest, lookup=lookup), groups, size)


def _alpha(units: list[list[str]]) -> tuple[Estimate | None, str]:
    if len(units) < 2:
        return None, "one judge per response: no agreement between judges to measure"
    note = ""
    if len(units) > ALPHA_UNITS:
        note = f"on a random {ALPHA_UNITS:,} of {len(units):,} responses"
        units = random.Random(SEED).sample(units, ALPHA_UNITS)
    try:
        return panel_alpha(units), note
    except ValueError as error:
        return None, str(error)


def _judge_moves(model: str, suite: Suite, rows: list[dict[str, Any]]) -> list[JudgeMove]:
    """The suite's most judge-dependent headline metric (`Suite.judged`) recomputed with each
    judge's labels alone."""
    names = sorted({judge for row in rows for judge, _ in row["judges"]})
    if len(names) < 2:
        return []
    try:
        panel = suite.headline(rows)
    except ValueError:
        return []
    if not panel:
        return []
    target = next((m for m in panel if suite.is_judged(m.name)), panel[0])
    moves: list[JudgeMove] = []
    for judge in names:
        relabelled = [suite.rescore(row, dict(row["judges"]).get(judge)) for row in rows]
        try:
            alone = {m.name: m.estimate for m in suite.headline(relabelled)}
        except ValueError:
            alone = {}
        moves.append(
            JudgeMove(
                model, target.name, target.scale, judge, target.estimate, alone.get(target.name)
            )
        )
    return moves


def findings(suites: list[SuiteResults], comparisons: list[Comparison], top: int = 5) -> list[str]:
    """Plain-language sentences for the largest differences the data support: between models on
    the same items (Holm-adjusted p < 0.05), and within a model across groups (interval excludes 0).
    A metric whose judge agrees with the gold labels below kappa 0.4 is never a finding.
    """
    sentences = []
    low = {
        (suite.name, model, metric)
        for suite in suites
        for model, metrics in suite.validity.items()
        for metric, validity in metrics.items()
        if validity is not None and validity.low
    }
    low_compared = {
        (suite.name, c.name)
        for suite in suites
        for c in suite.declaration.compared
        if any(
            (v := suite.declaration.validity(c.name, [g.judge])) is not None and v.low
            for g in suite.declaration.gold
        )
    }
    between = sorted(
        (
            c
            for c in comparisons
            if c.p_holm < SIGNIFICANCE
            and c.test == "mcnemar_exact"
            and (c.suite, c.metric) not in low_compared
        ),
        key=lambda c: -abs(c.difference),
    )
    for c in between[:top]:
        higher, lower = (c.model_a, c.model_b) if c.difference > 0 else (c.model_b, c.model_a)
        sentences.append(
            f"{c.suite}: {higher} scores {abs(c.difference) * 100:.1f} points higher than {lower} "
            f"on {_metric_words(c.metric)} over the same {c.n:,} items "
            f"(95% CI {min(abs(c.low), abs(c.high)) * 100:.1f} to "
            f"{max(abs(c.low), abs(c.high)) * 100:.1f}; McNemar exact, Holm-adjusted "
            f"p {_p(c.p_holm)})."
        )
    within = sorted(
        (
            (suite.name, model, metric)
            for suite in suites
            for model, metrics in suite.headline.items()
            for metric in metrics
            if metric.kind == "difference"
            and (suite.name, model, metric.name) not in low
            and not (metric.estimate.low <= 0 <= metric.estimate.high)
            and (metric.p_value is None or metric.p_value < SIGNIFICANCE)
        ),
        key=lambda t: -abs(t[2].estimate.value),
    )
    for suite_name, model, metric in within[:top]:
        e = metric.estimate
        adjusted = "Holm-adjusted p < 0.05" if metric.p_value is not None else "not adjusted"
        sentences.append(
            f"{suite_name}: for {model}, {metric.name} is {format_value(e.value, metric.scale)} "
            f"(95% CI {format_value(e.low, metric.scale)} to {format_value(e.high, metric.scale)}, "
            f"n = {e.n:,}; {adjusted} for the other groups of this model)."
        )
    if not sentences:
        sentences.append(
            "No difference between models, or between groups within a model, is statistically "
            "supported at the 5% level (Holm-adjusted between models); more samples would narrow "
            "the intervals."
        )
    return sentences


def _metric_words(metric: str) -> str:
    return f"“{metric.replace('_', ' ')}”"


def _p(p: float) -> str:
    return "< 0.001" if p < 0.001 else f"= {p:.3f}"
