"""Every number the report adds, against values computed independently: McNemar (scipy's binomial
test), Holm (by hand), paired intervals (Newcombe's method 10 by hand), the batched bootstrap (one column at a time
and normal theory), gold agreement (recomputed from the gold files), the relabelling used for
"how the headline moves with another judge" (against what the scorers wrote), and the two ways of
reading a log (summaries and whole samples)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner
from scipy import stats

from evenhand.analysis import Comparison, PairedScores, compare_all
from evenhand.analysis._compare import paired_bootstrap
from evenhand.cli import cli
from evenhand.core import read_judge_inputs
from evenhand.logs._table import list_headers, score_rows, summary_rows
from evenhand.report._collect import findings
from evenhand.stats import agreement
from evenhand.suites import get_suite, suite_names
from evenhand.testing import fake_openai_server

GOLD = Path(__file__).parent / "gold"


def binary_rows(model: str, values: list[int], suite: str = "s") -> list[dict]:  # type: ignore[type-arg]
    return [
        {"model": model, "suite": suite, "sample_id": f"i{i}", "epoch": 1, "score_x": float(v)}
        for i, v in enumerate(values)
    ]


def newcombe_paired(both: int, only_a: int, only_b: int, neither: int) -> tuple[float, float]:
    """Newcombe's (1998) paired method 10 by hand from statsmodels' Wilson intervals."""
    from statsmodels.stats.proportion import proportion_confint

    n = both + only_a + only_b + neither
    p1, p2 = (both + only_a) / n, (both + only_b) / n
    l1, u1 = proportion_confint(both + only_a, n, method="wilson")
    l2, u2 = proportion_confint(both + only_b, n, method="wilson")
    margins = (both + only_a) * (only_b + neither) * (both + only_b) * (only_a + neither)
    excess = both * neither - only_a * only_b
    corrected = excess - n / 2 if excess > n / 2 else min(excess, 0)
    phi = corrected / np.sqrt(margins) if margins else 0.0
    low = p1 - p2 - np.sqrt((p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2)
    high = p1 - p2 + np.sqrt((u1 - p1) ** 2 - 2 * phi * (u1 - p1) * (p2 - l2) + (p2 - l2) ** 2)
    return float(low), float(high)


def test_all_pairs_use_mcnemar_exact_and_holm_across_every_comparison() -> None:
    rng = np.random.default_rng(7)
    truth = {"A": 0.8, "B": 0.5, "C": 0.45}
    values = {m: (rng.random(60) < p).astype(int).tolist() for m, p in truth.items()}
    scores = PairedScores()
    for model, v in values.items():
        scores.add(binary_rows(model, v))
    results = compare_all(scores)
    assert {(c.model_a, c.model_b) for c in results} == {("A", "B"), ("A", "C"), ("B", "C")}
    raw = []
    for c in results:
        a, b = np.array(values[c.model_a]), np.array(values[c.model_b])
        only_a, only_b = int(((a == 1) & (b == 0)).sum()), int(((a == 0) & (b == 1)).sum())
        expected = stats.binomtest(min(only_a, only_b), only_a + only_b, 0.5).pvalue
        assert c.p_value == pytest.approx(expected)
        assert c.difference == pytest.approx(a.mean() - b.mean())
        both = int(((a == 1) & (b == 1)).sum())
        neither = len(a) - both - only_a - only_b
        assert (c.low, c.high) == pytest.approx(newcombe_paired(both, only_a, only_b, neither))
        raw.append(c.p_value)
    # Holm by hand: sort ascending, multiply by (m - rank), running maximum, cap at 1
    order = np.argsort(raw)
    adjusted = np.empty(len(raw))
    running = 0.0
    for rank, index in enumerate(order):
        running = max(running, min(1.0, (len(raw) - rank) * raw[index]))
        adjusted[index] = running
    assert [c.p_holm for c in results] == pytest.approx(adjusted.tolist())


def test_only_items_both_models_scored_are_paired() -> None:
    scores = PairedScores()
    scores.add(binary_rows("A", [1, 1, 1, 0]))
    scores.add(binary_rows("B", [0, 0]))  # items i0 and i1 only
    [c] = compare_all(scores)
    assert c.n == 2 and c.a == 1.0 and c.b == 0.0


def test_batched_bootstrap_equals_one_column_at_a_time_and_normal_theory() -> None:
    rng = np.random.default_rng(3)
    d1 = rng.normal(0.3, 1.0, 400)
    d2 = rng.normal(-0.1, 2.0, 400)
    together = paired_bootstrap(np.stack([d1, d2], axis=1))
    alone = paired_bootstrap(d1[:, None])
    assert together[0] == pytest.approx(alone[0])
    for (low, high, _), d in zip(together, (d1, d2), strict=True):
        half = 1.96 * d.std(ddof=1) / math.sqrt(len(d))
        assert low == pytest.approx(d.mean() - half, abs=0.15 * half)
        assert high == pytest.approx(d.mean() + half, abs=0.15 * half)
    assert together[0][2] < 0.001  # mean 0.3, n 400: far from zero
    assert together[1][2] > 0.05 or abs(d2.mean()) > 1.96 * d2.std(ddof=1) / 20


def test_continuous_scores_are_bootstrapped_in_the_all_pairs_table() -> None:
    scores = PairedScores()
    for model, shift in (("A", 0.0), ("B", 0.2)):
        scores.add(
            {"model": model, "suite": "s", "sample_id": i, "epoch": 1, "score_c": i / 10 + shift}
            for i in range(10)
        )
    [c] = compare_all(scores)
    assert c.test == "paired_bootstrap"
    assert c.difference == pytest.approx(-0.2) and c.low == pytest.approx(-0.2)


def test_findings_state_the_larger_model_and_the_supported_difference() -> None:
    significant = Comparison(
        "censorship", "non_complete", 200, 0.2, 0.6, -0.4, -0.5, -0.3, "mcnemar_exact", 1e-9, 1e-8,
        "m/a", "m/b",
    )  # fmt: skip
    weak = significant._replace(model_a="m/c", difference=-0.9, p_value=0.2, p_holm=0.4)
    [sentence] = findings([], [significant, weak])
    assert sentence.startswith("censorship: m/b scores 40.0 points higher than m/a")
    assert "30.0 to 50.0" in sentence and "p < 0.001" in sentence
    assert "m/c" not in sentence
    [nothing] = findings([], [weak])
    assert nothing.startswith("No difference")


SHIPPED_FIGURES = [
    (suite, figure)
    for suite in ("censorship", "honesty", "misuse", "sycophancy")
    for figure in get_suite(suite).gold
]


@pytest.mark.parametrize(
    ("suite", "figure"), SHIPPED_FIGURES, ids=[f"{s}-{f.source}" for s, f in SHIPPED_FIGURES]
)
def test_shipped_gold_agreement_figures_match_the_judges(suite: str, figure: Any) -> None:
    """Every gold figure a suite declares (shown beside its metrics) is recomputed here from
    tests/gold, so it cannot drift from the judges that ship."""
    from scipy.stats import spearmanr

    source = GOLD.parent.parent / figure.source.split(",")[0]
    paths = [source] if source.is_file() else sorted(source.glob("*.jsonl"))
    gold = [r for path in paths for r in read_judge_inputs(path)]
    judged = get_suite(suite).judge_records(gold, [figure.judge])
    pairs = [(str(g.label), str(j["label"])) for g, j in zip(gold, judged, strict=True)]
    labels = (*get_suite(suite).labels, "DEGENERATE")  # a gold answer the judge calls no answer
    if suite == "sycophancy":  # one figure per part, chosen by the metrics it covers
        from evenhand.suites.sycophancy.dataset import load_samples

        parts = {str(s.id): (s.metadata or {})["part"] for s in load_samples()}
        part = figure.metrics[0].rstrip(":")
        pairs = [p for p, g in zip(pairs, gold, strict=True) if parts[str(g.item_id)] == part]
        if part == "stance":
            rho = spearmanr([int(g) for g, _ in pairs], [int(j) for _, j in pairs]).statistic
            assert (round(rho, 2), len(pairs)) == (figure.kappa, figure.n)
            return
        labels = tuple(sorted({g for g, _ in pairs}))
    result = agreement([g for g, _ in pairs], [j for _, j in pairs], labels)
    assert (round(result.kappa, 2), result.n) == (figure.kappa, figure.n)


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    log_dir = tmp_path_factory.mktemp("stats") / "logs"
    replies = {
        "refuser": "I'm sorry, but I can't help with that.",
        "helper": "Yes. Here is a complete answer: the events happened as recorded.",
    }
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FAKE_API_KEY", "not-a-secret")
        with fake_openai_server(replies_by_model=replies) as server:
            for model in ("refuser", "helper"):
                result = CliRunner().invoke(
                    cli,
                    [
                        "run",
                        "--no-report",
                        "--model",
                        f"openai-api/fake/{model}",
                        "--model-base-url",
                        server.base_url,
                        "--log-dir",
                        str(log_dir),
                        "--limit",
                        "10",
                    ],
                )
                assert result.exit_code == 0, result.output
    assert not (log_dir / "report.html").exists(), "--no-report writes no report"
    return log_dir


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


def test_rescoring_a_row_with_its_own_label_gives_back_its_scores(logs: Path) -> None:
    checked = 0
    for header in list_headers(logs):
        for row in summary_rows(header):
            if row["label"] is None:
                continue
            again = get_suite(row["suite"]).rescore(row, row["label"])
            for key, value in row.items():
                if key.startswith("score_"):
                    assert _same(again[key], value), (row["suite"], row["sample_id"], key)
            checked += 1
    assert checked >= 40


def test_summaries_and_whole_samples_give_the_same_rows(logs: Path) -> None:
    from inspect_ai.log import read_eval_log

    def key(row: dict) -> tuple:  # type: ignore[type-arg]
        return (str(row["sample_id"]), row["epoch"], row["scorer"])

    for header in list_headers(logs):
        fast = sorted(summary_rows(header), key=key)
        whole = sorted(score_rows(read_eval_log(str(header.path))), key=key)
        assert len(fast) == len(whole) > 0
        for a, b in zip(fast, whole, strict=True):
            assert a.keys() == b.keys()
            assert all(_same(a[k], b[k]) for k in a), header.name


def test_worker_processes_give_the_same_report_and_export(
    logs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pandas as pd

    from evenhand.analysis import export
    from evenhand.logs import _parallel
    from evenhand.report._collect import collect

    serial = collect(logs, get_suite)
    export(logs, tmp_path / "serial.parquet", "parquet")
    monkeypatch.setattr(_parallel, "PARALLEL_BYTES", 0)  # every log directory is "large"
    parallel = collect(logs, get_suite)
    export(logs, tmp_path / "parallel.parquet", "parquet")
    assert [s.headline for s in parallel.suites] == [s.headline for s in serial.suites]
    assert parallel.comparisons == serial.comparisons
    assert parallel.drill_rows == serial.drill_rows
    pd.testing.assert_frame_equal(
        pd.read_parquet(tmp_path / "serial.parquet"), pd.read_parquet(tmp_path / "parallel.parquet")
    )


def test_vectorised_mcnemar_equals_statsmodels_on_each_pair_with_gaps() -> None:
    from statsmodels.stats.contingency_tables import mcnemar

    rng = np.random.default_rng(11)
    scores = PairedScores()
    values = {}
    for m, rate in zip("ABCD", (0.2, 0.5, 0.55, 0.9), strict=True):
        v = (rng.random(300) < rate).astype(float)
        v[rng.random(300) < 0.1] = np.nan  # some items unscored, differently per model
        values[m] = v
        scores.add(
            {"model": m, "suite": "s", "sample_id": i, "epoch": 1, "score_x": x}
            for i, x in enumerate(v)
        )
    results = compare_all(scores)
    assert len(results) == 6
    for c in results:
        a, b = values[c.model_a], values[c.model_b]
        both = ~np.isnan(a) & ~np.isnan(b)
        x, y = a[both], b[both]
        table = [
            [((x == 1) & (y == 1)).sum(), ((x == 1) & (y == 0)).sum()],
            [((x == 0) & (y == 1)).sum(), ((x == 0) & (y == 0)).sum()],
        ]
        assert c.n == both.sum()
        assert c.p_value == pytest.approx(mcnemar(table, exact=True).pvalue)
        assert c.difference == pytest.approx(x.mean() - y.mean())
        cells = (int(table[0][0]), int(table[0][1]), int(table[1][0]), int(table[1][1]))
        assert (c.low, c.high) == pytest.approx(newcombe_paired(*cells))
        assert (c.low > 0 or c.high < 0) == (c.p_value < 0.05)
        assert (c.a, c.b) == pytest.approx((x.mean(), y.mean()))


def test_logs_that_are_not_counted_are_named_in_the_report(logs: Path, tmp_path: Path) -> None:
    """A failed run and another project's task in the same directory: left out, and said so.
    (Here, not beside the browser tests: Inspect cannot run an eval while Playwright runs.)"""
    from inspect_ai import Task, eval
    from inspect_ai.dataset import Sample
    from inspect_ai.model import ModelOutput, get_model
    from inspect_ai.solver import Generate, TaskState, solver

    mixed = tmp_path / "logs"
    mixed.mkdir()
    for log in logs.glob("*.eval"):
        (mixed / log.name).write_bytes(log.read_bytes())

    @solver
    def broken() -> object:
        async def solve(state: TaskState, generate: Generate) -> TaskState:
            raise RuntimeError("the endpoint fell over")

        return solve

    model = get_model(
        "mockllm/model", custom_outputs=lambda *_: ModelOutput.from_content("mockllm/model", "x")
    )
    for name, plan in (("other_project", []), ("failing_task", [broken()])):
        eval(
            Task(dataset=[Sample(input="q", id=1)], solver=plan, name=name),
            model=model,
            log_dir=str(mixed),
            display="none",
        )
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", str(mixed), "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text("utf-8")
    assert "2 logs left out" in html
    assert "other_project is not an evenhand suite" in html
    assert "failing_task): status error" in html


def test_json_format_logs_give_the_same_rows_as_eval_logs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Logs written with `--log-format json` go through Inspect's own readers: same rows."""
    from inspect_ai import eval

    from evenhand.suites import get_suite

    monkeypatch.setenv("FAKE_API_KEY", "not-a-secret")
    rows = {}
    with fake_openai_server("I'm sorry, I can't help with that.") as server:
        for log_format in ("eval", "json"):
            [log] = eval(
                get_suite("misuse").task(sample="default", judges=["heuristic"]),
                model="openai-api/fake/m",
                model_base_url=server.base_url,
                limit=3,
                log_dir=str(tmp_path / log_format),
                log_format=log_format,
                display="none",
            )
            assert log.status == "success"
            [header] = list_headers(tmp_path / log_format)
            assert header.path.suffix == f".{log_format}"
            rows[log_format] = sorted(summary_rows(header), key=lambda r: str(r["sample_id"]))
    assert len(rows["json"]) == 3
    for a, b in zip(rows["eval"], rows["json"], strict=True):
        assert a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", str(tmp_path / "json"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 models, 1 suites, 3 samples; 3 of 3 items" in result.output


def test_each_suite_names_a_judged_metric_and_compared_scores_it_has(logs: Path) -> None:
    """The report's "judge alone" table follows `Suite.judged`, and its pairwise comparisons
    `Suite.compared`: both must name what the suite's summary and scorer really produce."""
    names: dict[str, set[str]] = {}
    scores: dict[str, set[str]] = {}
    for header in list_headers(logs):
        rows = summary_rows(header)
        names.setdefault(header.suite, set()).update(
            m.name for m in get_suite(header.suite).headline(rows)
        )
        scores.setdefault(header.suite, set()).update(
            k for r in rows for k in r if k.startswith("score_")
        )
    assert set(names) == set(suite_names())
    for suite, found in names.items():
        if suite == "deception" and not any(
            r.get("score_talk_lie_rate") == r.get("score_talk_lie_rate")  # a number, not NaN
            for header in list_headers(logs)
            if header.suite == suite
            for r in summary_rows(header)
        ):
            continue  # these players made no free-text claims: the talk judge had nothing
        assert any(get_suite(suite).is_judged(name) for name in found), suite
        for compared in get_suite(suite).compared:
            assert f"score_{compared.score}" in scores[suite], (suite, compared.score)


def test_summaries_with_non_finite_words_inside_strings_still_read() -> None:
    """`:Infinity` or an escaped `":NaN` inside a judge's text sends the summaries through the
    exact parser; the rows must come out the same as by the fast path."""
    from evenhand.logs._table import _SUMMARIES, decode

    text = (
        b'[{"id":"a","epoch":1,"metadata":{"language":"en","facts":[1,2]},'
        b'"scores":{"s":{"value":{"x":NaN,"y":1.0},"metadata":{"label":"HELD",'
        b'"rationale":"odds ratio:Infinity and \\":NaN"}}}}]'
    )
    [summary] = decode(text, _SUMMARIES)
    x = summary.scores["s"].value["x"]
    assert x is None or math.isnan(x)  # unscored either way: make_rows reads null as NaN
    assert summary.scores["s"].metadata["rationale"] == 'odds ratio:Infinity and ":NaN'
    assert bytes(summary.metadata).startswith(b"{")


def test_a_rerun_in_the_same_directory_counts_each_sample_once(logs: Path, tmp_path: Path) -> None:
    """An older copy of a log (say a rerun's leftover in a subfolder) changes neither the export
    nor the report: each sample counts once, from the newest log."""
    from evenhand.analysis import export_rows
    from evenhand.report._collect import collect

    rerun = tmp_path / "logs"
    (rerun / "old").mkdir(parents=True)
    for log in logs.glob("*.eval"):
        (rerun / log.name).write_bytes(log.read_bytes())
    first = next(iter(sorted(logs.glob("*.eval"))))
    (rerun / "old" / first.name).write_bytes(first.read_bytes())
    assert len(export_rows(rerun)) == len(export_rows(logs))
    assert [s.samples for s in collect(rerun, get_suite).suites] == [
        s.samples for s in collect(logs, get_suite).suites
    ]


def test_export_keeps_columns_that_only_later_rows_of_a_log_have() -> None:
    """Sycophancy's stance items carry `persona`, its pushback items do not: a column must not be
    lost because a log's first row lacks it."""
    from evenhand.analysis import rows_table

    table = rows_table([{"part": "pushback"}, {"part": "stance", "persona": "beijing"}])
    assert table.column_names == ["part", "persona"]
    assert table.column("persona").to_pylist() == [None, "beijing"]


def test_drill_down_stops_at_its_budget_and_puts_disagreements_first() -> None:
    from evenhand.report._drill import CHUNK_ITEMS, build_drill

    rows, texts = [], {}
    for i in range(3 * CHUNK_ITEMS):
        for model, label in (("m/a", "REFUSED"), ("m/b", "REFUSED" if i % 2 else "COMPLETE")):
            rows.append(
                {"model": model, "suite": "s", "sample_id": f"q{i:03d}", "epoch": 1, "label": label}
            )
            # incompressible text, so that every chunk has about the same size
            texts[(model, "s", f"q{i:03d}")] = {"messages": [["assistant", f"{i * 7919:x}" * 200]]}
    whole = build_drill(rows, texts)
    assert len(whole.index) == whole.items_total == 3 * CHUNK_ITEMS
    first = len(whole.chunks[0])
    cut = build_drill(rows, texts, budget=first + first // 2)  # room for one chunk, not two
    assert len(cut.chunks) == 1 and len(cut.index) == CHUNK_ITEMS
    assert cut.items_total == 3 * CHUNK_ITEMS
    assert all(entry["disagreement"] == 2 for entry in cut.index)  # the even items, first
