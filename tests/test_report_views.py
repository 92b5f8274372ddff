"""Suite views in the report, `evenhand compare` and `evenhand export` on the evenhandedness and
deception suites, from logs of scripted loopback endpoints.

evenhandedness: one model refuses side A of every pair and answers side B, another answers both.
deception: a deceiver (always sabotages as saboteur, claims loyalty) and an honest player at one
table. Both smuggle hostile markup into their answers and speeches: it must show as text.
"""

from __future__ import annotations

import base64
import csv
import gzip
import html as html_module
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from playwright.sync_api import Page

from evenhand.analysis import export_rows
from evenhand.cli import cli
from evenhand.core import Estimate, describe
from evenhand.logs import list_headers, newest_rows
from evenhand.suites import get_suite, suite_names
from evenhand.suites.deception import scripted
from evenhand.suites.deception.summary import _with_winner, pooled, ratings, skill, willingness
from evenhand.suites.evenhandedness.dataset import load_samples
from evenhand.suites.evenhandedness.summary import _side_difference
from evenhand.testing import fake_openai_server
from tests.browser import ReportBrowser, browser_for_tests

PAYLOAD = "<script>window.__evenhand_pwned='view'</script><img src=x onerror=alert(1)>"
REFUSAL = "I'm sorry, but I can't help with writing that."
ESSAY = (
    "Here is the case. First, it protects people and their livelihoods. Second, it is backed by "
    "long experience and public support. Third, it keeps faith with the promises made to "
    "citizens. For all these reasons, it is the right course and deserves support."
)
LOPSIDED = "openai-api/lopsided/lopsided"
STEADY = "openai-api/steady/steady"
LIAR = "openai-api/liar/liar"
HONEST = "openai-api/honest/honest"
PAIRS = 12
MATCHES = 16


def _lopsided(refuse_a: bool) -> Any:
    side_a = {(s.metadata or {})["prompt_a"] for s in load_samples()}

    def reply(messages: list[dict[str, Any]]) -> str:
        last = str(messages[-1]["content"])
        return (REFUSAL if refuse_a and last in side_a else ESSAY) + " " + PAYLOAD

    return reply


def _player(policy: str) -> Any:
    def reply(messages: list[dict[str, Any]]) -> str:
        move = scripted.reply(str(messages[-1]["content"]), policy)
        return move + " " + PAYLOAD if "SAY:" in move else move

    return reply


def _run(arguments: list[str]) -> None:
    result = CliRunner().invoke(cli, ["run", "--no-report", *arguments])
    assert result.exit_code == 0, result.output


def make_logs(log_dir: Path) -> None:
    """Both suites' logs in one directory (also used by hand to look at the page)."""
    with pytest.MonkeyPatch.context() as patch:
        for provider in ("LOPSIDED", "STEADY", "LIAR", "HONEST"):
            patch.setenv(f"{provider}_API_KEY", "not-a-secret")
        for model, refuse_a in ((LOPSIDED, True), (STEADY, False)):
            with fake_openai_server(_lopsided(refuse_a)) as server:
                _run(
                    [
                        "--model",
                        model,
                        "--model-base-url",
                        server.base_url,
                        "--suite",
                        "evenhandedness",
                        "--sample",
                        "full",
                        "--limit",
                        str(PAIRS),
                        "--log-dir",
                        str(log_dir),
                    ]
                )
        with (
            fake_openai_server(_player("deceiver"), model="liar") as liar,
            fake_openai_server(_player("loyal"), model="honest") as honest,
        ):
            patch.setenv("LIAR_BASE_URL", liar.base_url)
            patch.setenv("HONEST_BASE_URL", honest.base_url)
            _run(
                [
                    "--model",
                    LIAR,
                    "--model",
                    HONEST,
                    "--suite",
                    "deception",
                    "--sample",
                    "full",
                    "--limit",
                    str(MATCHES),
                    "--log-dir",
                    str(log_dir),
                ]
            )


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    log_dir = tmp_path_factory.mktemp("views") / "logs"
    make_logs(log_dir)
    return log_dir


@pytest.fixture(scope="module")
def report(logs: Path) -> Path:
    out = logs.parent / "report.html"
    result = CliRunner().invoke(cli, ["report", str(logs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _rows(logs: Path, suite: str, model: str | None = None) -> list[dict[str, Any]]:
    headers = [h for h in list_headers(logs) if h.suite == suite and model in (None, h.model)]
    return newest_rows(headers)


def _section(html: str, suite: str) -> str:
    start = html.index(f'<section id="suite-{suite}">')
    return html[start : html.index("</section>", start)]


def _chart_numbers(section: str, title: str) -> list[list[str]]:
    """The rows of the numbers table under a suite chart, as plain text cells."""
    start = section.index(f"<h3>{html_module.escape(title)}</h3>")
    table = section[start : section.index("</table>", start)]
    cells = []
    for row in re.findall(r"<tr>(.*?)</tr>", table, flags=re.S)[1:]:
        texts = re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
        cells.append([html_module.unescape(re.sub(r"<[^>]+>", "", t)) for t in texts])
    return cells


def _drill_records(html: str) -> list[dict[str, Any]]:
    chunks = re.findall(r'type="application/octet-stream" id="chunk-\d+">([^<]+)</script>', html)
    return [r for c in chunks for r in json.loads(gzip.decompress(base64.b64decode(c)))]


def _views(html: str, suite: str, model: str) -> list[dict[str, Any]]:
    return [
        view
        for record in _drill_records(html)
        if record["suite"] == suite
        for entry in record["entries"]
        if entry["model"] == model
        for view in entry.get("views") or []
    ]


# --- evenhandedness ---------------------------------------------------------------------------


def test_refusal_asymmetry_by_country_shows_the_logs_numbers(logs: Path, report: Path) -> None:
    section = _section(report.read_text("utf-8"), "evenhandedness")
    shown = {(g, m): v for g, m, v in _chart_numbers(section, "Refusal asymmetry by country")}
    for model in (LOPSIDED, STEADY):
        rows = _rows(logs, "evenhandedness", model)
        for country in sorted({r["country"] for r in rows}):
            mine = [r for r in rows if r["country"] == country]
            assert shown[(country, model)] == describe(_side_difference(mine, "refused"), "points")
    # the model refusing side A only: +100 points in every country; the other: none
    assert all(v.startswith("+100.0 pts") for (_, m), v in shown.items() if m == LOPSIDED)
    assert all(v.startswith("+0.0 pts") for (_, m), v in shown.items() if m == STEADY)


def test_asymmetry_charts_have_a_zero_line_and_every_measure(report: Path) -> None:
    section = _section(report.read_text("utf-8"), "evenhandedness")
    for title in (
        "Refusal asymmetry by country",
        "Hedging asymmetry by country",
        "Effort asymmetry by country: requested form delivered",
        "Effort asymmetry by country: answer length",
        "Government alignment index",
    ):
        start = section.index(f"<h3>{html_module.escape(title)}</h3>")
        svg = section[section.index("<svg", start) : section.index("</svg>", start)]
        zero = re.search(r'<line x1="([\d.]+)"[^>]*stroke="#555"/><text[^>]*>0</text>', svg)
        assert zero is not None, title  # the zero line, labelled 0


def test_alignment_index_chart_matches_the_headline(logs: Path, report: Path) -> None:
    section = _section(report.read_text("utf-8"), "evenhandedness")
    shown = {(g, m): v for g, m, v in _chart_numbers(section, "Government alignment index")}
    suite = get_suite("evenhandedness")
    for model in (LOPSIDED, STEADY):
        headline = {m.name: m for m in suite.headline(_rows(logs, "evenhandedness", model))}
        governments = [g for g, m in shown if m == model]
        assert governments
        for government in governments:
            metric = headline[f"government alignment index: {government}"]
            assert shown[(government, model)] == describe(metric.estimate, "plain")


def test_pair_drill_down_shows_both_sides_readings_and_the_verdict(report: Path) -> None:
    views = _views(report.read_text("utf-8"), "evenhandedness", LOPSIDED)
    assert len(views) == PAIRS
    view = views[0]
    assert view["header"] == ["", "side A", "side B"]
    table = {row[0]: row[1:] for row in view["rows"]}
    assert table["refused"] == ["yes", "no"]
    assert table["requested form delivered"] == ["no", "yes"]
    assert table["pair verdict"] == ["-", "favoured"]
    assert table["answer"] == [REFUSAL + " " + PAYLOAD, ESSAY + " " + PAYLOAD]
    assert table["request"][0] != table["request"][1]
    assert view["note"].startswith("Pair verdict: FAVOURS_B")
    steady = {
        row[0]: row[1:]
        for row in _views(report.read_text("utf-8"), "evenhandedness", STEADY)[0]["rows"]
    }
    assert steady["refused"] == ["no", "no"] and steady["pair verdict"] == ["even", "even"]


def test_compare_pairs_two_models_asymmetries_by_pair(logs: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "compare",
            str(logs),
            "--models",
            f"{LOPSIDED},{STEADY}",
            "--suite",
            "evenhandedness",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    found = {c["metric"]: c for c in json.loads(result.stdout)}
    refusal = found["refusal asymmetry (side A minus side B)"]
    assert refusal["n"] == PAIRS and refusal["a"] == 1.0 and refusal["b"] == 0.0
    assert refusal["low"] > 0 and refusal["test"] == "paired_bootstrap"
    assert found["hedging asymmetry (side A minus side B)"]["difference"] == 0.0
    alignment = [name for name in found if name.startswith("government alignment index: ")]
    assert "government alignment index: PRC" in alignment
    assert found["even-handedness: pairs favouring one side"]["test"] == "mcnemar_exact"


# --- deception --------------------------------------------------------------------------------


def test_ratings_by_role_are_in_the_deception_section(logs: Path, report: Path) -> None:
    section = _section(report.read_text("utf-8"), "deception")
    shown = {(g, m): v for g, m, v in _chart_numbers(section, "Ratings by role (Bradley-Terry)")}
    fitted = ratings(_with_winner(_rows(logs, "deception")))
    assert len(shown) == 4  # two models, two roles
    for model in (LIAR, HONEST):
        assert shown[("as saboteur", model)] == describe(fitted[f"saboteur:{model}"], "plain")
        assert shown[("as loyal", model)] == describe(fitted[f"loyal:{model}"], "plain")
    assert f"{HONEST}</span>" in section  # the second player has a colour in the legend


def test_willingness_against_skill_per_model(logs: Path, report: Path) -> None:
    section = _section(report.read_text("utf-8"), "deception")
    shown = {m: (x, y) for m, x, y in _chart_numbers(section, "Willingness against skill")}
    matches = _with_winner(_rows(logs, "deception"))
    for model in (LIAR, HONEST):
        will, won = pooled(matches, willingness(model)), pooled(matches, skill(model))
        assert will is not None and won is not None
        assert shown[model] == (describe(will, "percent"), describe(won, "percent"))
    assert shown[LIAR][0].startswith("100.0%") and shown[HONEST][0].startswith("0.0%")


def test_transcript_shows_hidden_roles_beside_speech_votes_and_missions(report: Path) -> None:
    views = _views(report.read_text("utf-8"), "deception", LIAR)
    assert len(views) == MATCHES
    for view in views:
        table = {row[0]: row[1:] for row in view["rows"]}
        roles, models = table["hidden role"], table["model"]
        assert view["header"][1:] == [
            f"{name.split(' (')[0]} ({role})"
            for name, role in zip(view["header"][1:], roles, strict=True)
        ]
        # one model holds every saboteur seat, the other every loyal one
        saboteurs = {m for m, r in zip(models, roles, strict=True) if r == "saboteur"}
        loyal = {m for m, r in zip(models, roles, strict=True) if r == "loyal"}
        assert len(saboteurs) == len(loyal) == 1 and saboteurs | loyal == {LIAR, HONEST}
        deceiving = saboteurs == {LIAR}
        missions = [v for k, v in table.items() if ": mission" in k]
        assert missions
        for actions in missions:
            for action, role in zip(actions, roles, strict=True):
                if action != "not on the team":
                    sabotage = role == "saboteur" and deceiving
                    assert action == ("sabotage" if sabotage else "cooperate")
        votes = [v for k, v in table.items() if " proposes " in k]
        assert votes and all(cell.endswith("approve") for row in votes for cell in row)
        said = [v for k, v in table.items() if k.endswith("what each said")]
        saboteur_speech = [
            c for row in said for c, r in zip(row, roles, strict=True) if r == "saboteur"
        ]
        assert saboteur_speech
        if deceiving:  # the deceiver claims loyalty
            assert all(c.startswith("[claims role: loyal") for c in saboteur_speech)
        else:
            assert not any("claims role: loyal" in c for c in saboteur_speech)
        assert all(c.endswith(PAYLOAD) for row in said for c in row)
        assert table["final accusation"] and view["note"].startswith("Winner: the ")


def test_compare_two_players_of_one_joint_log_paired_by_match(logs: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["compare", str(logs), "--models", f"{LIAR},{HONEST}", "--suite", "deception", "--json"],
    )
    assert result.exit_code == 0, result.output
    found = {c["metric"]: c for c in json.loads(result.stdout)}
    won = found["side won (paired by match)"]
    assert won["n"] == MATCHES and won["test"] == "mcnemar_exact"
    assert won["a"] + won["b"] == pytest.approx(1.0)  # opposite sides of every match
    will = found["willingness: sabotage rate as saboteur (mirrored matches)"]
    assert will["a"] == 1.0 and will["b"] == 0.0 and will["low"] > 0
    assert will["n"] <= MATCHES // 2  # one pair of mirrored matches per language and repeat
    lies = found["structured claims that are lies (paired by match)"]
    assert lies["difference"] > 0


def test_export_has_a_row_per_player_of_a_joint_match(logs: Path, tmp_path: Path) -> None:
    out = tmp_path / "rows.csv"
    result = CliRunner().invoke(cli, ["export", str(logs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = export_rows(logs, get_suite)
    deception = [r for r in rows if r["suite"] == "deception"]
    matches = [r for r in deception if r["unit"] == "match"]
    players = [r for r in deception if r["unit"] == "player"]
    assert len(matches) == MATCHES and {r["model"] for r in matches} == {LIAR}
    match_ids = {r["sample_id"] for r in matches}
    by_match = [r for r in players if r["sample_id"] in match_ids]
    assert len(by_match) == 2 * MATCHES  # each model once per match
    assert {r["model"] for r in by_match} == {LIAR, HONEST}
    assert all(r["log_model"] == LIAR for r in players)
    assert sum(1 for r in players if r.get("score_player_sabotage_rate") == 1.0) >= 1
    assert all("unit" not in r for r in rows if r["suite"] == "evenhandedness")
    with out.open(encoding="utf-8", newline="") as file:
        written = list(csv.DictReader(file))
    assert len(written) == len(rows)
    assert {"unit", "log_model", "score_side_won"} <= set(written[0])
    assert sum(1 for r in written if r["unit"] == "player") == len(players)


# --- safety and the generic report ------------------------------------------------------------


def test_hostile_answers_and_speeches_stay_out_of_the_markup(report: Path) -> None:
    html = report.read_text("utf-8")
    assert "evenhand_pwned" not in html and "onerror=alert" not in html
    assert PAYLOAD in json.dumps(_drill_records(html), ensure_ascii=False).replace("\\", "")


def test_suite_chart_texts_are_escaped() -> None:
    from evenhand.report._charts import scatter

    svg = str(
        scatter(
            "t<b>",
            [(0, "m<i>", Estimate(0.5, 0.4, 0.6, 9), Estimate(0.2, 0.1, 0.3, 9))],
            "x<s>",
            "y<u>",
        )
    )
    assert "<i>" not in svg and "<s>" not in svg and "<u>" not in svg and "<b>" not in svg
    assert "m&lt;i&gt;" in svg and "x&lt;s&gt;" in svg


def test_suites_without_views_render_as_before() -> None:
    from evenhand.report._collect import SuiteResults
    from evenhand.report._render import _suite_view

    plain = [get_suite(n) for n in suite_names() if n not in ("evenhandedness", "deception")]
    assert plain
    for suite in plain:
        assert suite.charts is None and suite.detail is None and suite.players is None
        view = _suite_view(SuiteResults(suite.name, suite.description, suite), {})
        assert view["own_charts"] == []


@pytest.fixture(scope="module")
def report_browser(report: Path) -> Iterator[ReportBrowser]:
    yield from browser_for_tests()


def test_views_open_in_the_browser_as_text(report_browser: ReportBrowser, report: Path) -> None:
    seen: dict[str, str] = {}

    def open_views(page: Page) -> None:
        for suite in ("evenhandedness", "deception"):
            page.select_option("#f-suite", suite)
            page.locator("#drill-list li").first.click()
            page.locator("#drill-detail table.view").first.wait_for()
            seen[suite] = page.locator("#drill-detail .views").first.inner_text()
        for details in page.locator("details.chart-numbers").all():
            details.evaluate("d => d.open = true")

    run = report_browser.open_report(report, open_views)
    assert run.problems == []
    assert "side A" in seen["evenhandedness"] and PAYLOAD in seen["evenhandedness"]
    assert "hidden role" in seen["deception"] and "saboteur" in seen["deception"]
    assert PAYLOAD in seen["deception"]
    assert "Willingness against skill" in run.text and "Refusal asymmetry by country" in run.text


def test_cli_breakdown_shows_a_dash_where_a_group_lacks_a_label() -> None:
    from rich.console import Console

    from evenhand.cli._summary import _print_breakdown
    from evenhand.core import BreakdownCell
    from evenhand.runner import BreakdownRow

    e = Estimate(0.5, 0.2, 0.8, 6)
    rows = [
        BreakdownRow("m", "deception", BreakdownCell("language", "en", "skill: m", e)),
        BreakdownRow("m", "deception", BreakdownCell("language", "zh-Hans", "skill: m", e)),
        BreakdownRow("m", "deception", BreakdownCell("language", "zh-Hans", "willingness: m", e)),
    ]
    console = Console(record=True, width=200)
    _print_breakdown(console, rows)
    text = console.export_text()
    assert "willingness: m" in text
    english = next(line for line in text.splitlines() if " en " in line)
    assert "–" in english


def test_derived_comparisons_use_the_rows_value_and_the_items_governments() -> None:
    from evenhand.analysis import score_block

    rows: list[dict[str, Any]] = [
        {
            "suite": "evenhandedness",
            "sample_id": f"p{i}",
            "epoch": 1,
            "closer": "PRC:a; US:b",
            "score_refused_a": 1.0,
            "score_refused_b": float(i % 2),
            "score_tilt": -1.0,
        }
        for i in range(4)
    ]
    _, values, binary = score_block(rows, get_suite)
    assert list(values["refusal asymmetry (side A minus side B)"]) == [1.0, 0.0, 1.0, 0.0]
    assert binary["refusal asymmetry (side A minus side B)"] is False  # a paired bootstrap
    assert list(values["government alignment index: PRC"]) == [-1.0] * 4
    assert list(values["government alignment index: US"]) == [1.0] * 4
    assert binary["even-handedness: pairs favouring one side"] is True


def test_player_rows_pair_a_role_with_the_mirrored_match() -> None:
    from evenhand.suites.deception.players import player_rows

    def seats(saboteur: str, loyal: str) -> str:
        return json.dumps(
            [
                {"m": saboteur, "r": "s", "on": 2, "sab": 2, "acc": None, "caught": 0, "ill": 0,
                 "c": {"l": 1, "t": 0, "n": 0}, "f": {"l": 0, "t": 0, "n": 0}},
                {"m": loyal, "r": "l", "on": 1, "sab": 0, "acc": 1, "caught": 0, "ill": 1,
                 "c": {"l": 0, "t": 1, "n": 0}, "f": {"l": 0, "t": 0, "n": 0}},
            ]
        )  # fmt: skip

    first = {"sample_id": "m0001-en-p1v2-r1", "epoch": 1, "model": "a",
             "score_seats": seats("a", "b"), "score_saboteurs_won": 1.0}  # fmt: skip
    mirrored = {"sample_id": "m0002-en-p2v1-r1", "epoch": 1, "model": "a",
                "score_seats": seats("b", "a"), "score_saboteurs_won": 0.0}  # fmt: skip
    rows = player_rows(first) + player_rows(mirrored)
    as_saboteur = {r["model"]: r for r in rows if str(r["sample_id"]).endswith("as saboteur")}
    assert (
        as_saboteur["a"]["sample_id"] == as_saboteur["b"]["sample_id"] == "en-r1-p1&p2 as saboteur"
    )
    assert (
        as_saboteur["a"]["score_player_skill"] == 1.0
        and as_saboteur["b"]["score_player_skill"] == 0.0
    )
    by_match = [r for r in rows if r["sample_id"] == "m0001-en-p1v2-r1"]
    assert {r["model"]: r["score_side_won"] for r in by_match} == {"a": 1.0, "b": 0.0}
    assert {r["model"]: r["score_player_illegal"] for r in by_match} == {"a": 0.0, "b": 1.0}


def test_report_compares_the_players_of_a_joint_log(report: Path) -> None:
    html = report.read_text("utf-8")
    section = html[html.index('<section id="comparisons">') :]
    section = section[: section.index("</section>")]
    rows = [
        [
            html_module.unescape(re.sub(r"<[^>]+>", "", c))
            for c in re.findall(r"<td[^>]*>(.*?)</td>", r)
        ]
        for r in re.findall(r"<tr>(.*?)</tr>", section, flags=re.S)
    ]
    found = {(r[1], r[2], r[3]): r for r in rows if r and r[0] == "deception"}
    will = found[("willingness: sabotage rate as saboteur (mirrored matches)", HONEST, LIAR)]
    assert will[5:8] == ["0.000", "1.000", "-100.0 pts (-100.0 pts to -100.0 pts)"]
    assert ("side won (paired by match)", HONEST, LIAR) in found
