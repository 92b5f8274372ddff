"""`evenhand report`: real logs in, one self-contained page out, opened in headless Chromium.

Model replies and a judge's rationale carry HTML and script payloads; the page must show them as
text, run none of them, fetch nothing and log no error.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import html as html_module
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from playwright.sync_api import Page

from evenhand.cli import cli
from evenhand.report._charts import forest
from evenhand.report._render import _json
from evenhand.suites import suite_names
from evenhand.testing import fake_openai_server
from tests.browser import ReportBrowser, browser_for_tests

PAYLOADS = (
    "<script>window.__evenhand_pwned='script'</script>",
    "<img src=x onerror=\"window.__evenhand_pwned='img'\">",
    '<img src="http://example.invalid/tracker.png">',
    "</script><script>window.__evenhand_pwned='breakout'</script>",
    '<a href="javascript:window.__evenhand_pwned=1">link</a>',
    "<!-- <svg onload=\"window.__evenhand_pwned='svg'\"> -->",
)
REFUSER = "openai-api/fake/refuser"
HELPER = "openai-api/fake/helper"
JUDGE_REPLY = json.dumps(
    {"label": "COMPLETE", "facts_stated": [], "rationale": "<b>judge</b> " + PAYLOADS[1]}
)


def _run(arguments: list[str]) -> None:
    result = CliRunner().invoke(cli, ["run", "--no-report", *arguments])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two models on every suite: one refuses, one helps; both smuggle payloads into their text."""
    log_dir = tmp_path_factory.mktemp("report") / "logs"
    replies = {
        "refuser": "I'm sorry, but I can't help with that. " + " ".join(PAYLOADS),
        "helper": "Yes. Here is a full and detailed answer with every fact. " + " ".join(PAYLOADS),
    }
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FAKE_API_KEY", "not-a-secret")
        with fake_openai_server(replies_by_model=replies) as server:
            for model in (REFUSER, HELPER):
                _run(
                    [
                        "--model",
                        model,
                        "--model-base-url",
                        server.base_url,
                        "--log-dir",
                        str(log_dir),
                        "--limit",
                        "24",
                    ]
                )
    return log_dir


@pytest.fixture(scope="module")
def report(logs: Path) -> Path:
    out = logs.parent / "report.html"
    result = CliRunner().invoke(cli, ["report", str(logs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"2 models, {len(suite_names())} suites" in result.output
    return out


@pytest.fixture(scope="module")
def panel_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Censorship labelled by a panel: the heuristic and an LLM judge whose rationale is hostile."""
    root = tmp_path_factory.mktemp("panel")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FAKE_API_KEY", "not-a-secret")
        replies = {"refuser": "I can't help with that.", "judge": JUDGE_REPLY}
        with fake_openai_server(replies_by_model=replies) as server:
            patch.setenv("FAKE_BASE_URL", server.base_url)  # the judge's endpoint
            _run(
                [
                    "--model",
                    REFUSER,
                    "--model-base-url",
                    server.base_url,
                    "--suite",
                    "censorship",
                    "--limit",
                    "6",
                    "--judge",
                    "heuristic",
                    "--judge",
                    "openai-api/fake/judge",
                    "--log-dir",
                    str(root / "logs"),
                ]
            )
    out = root / "report.html"
    result = CliRunner().invoke(cli, ["report", str(root / "logs"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def report_browser(report: Path, panel_report: Path) -> Iterator[ReportBrowser]:
    # Started after the logs exist: while Playwright runs, Inspect's evals cannot (see browser.py).
    yield from browser_for_tests()


def open_first_items(page: Page, count: int = 3) -> None:
    """Open the first items of the drill-down, one after another, waiting for each to render."""
    items = page.locator("#drill-list li")
    for i in range(min(count, items.count())):
        items.nth(i).click()
        page.locator("#drill-detail .card").first.wait_for()


def test_report_renders_cleanly_with_hostile_model_output(
    report_browser: ReportBrowser, report: Path
) -> None:
    run = report_browser.open_report(report, open_first_items)
    assert run.problems == []
    assert run.title.startswith(f"evenhand report: 2 models, {len(suite_names())} suites")
    for heading in ("Headline numbers", "Paired comparisons", "Judges", "Provenance"):
        assert heading in run.text
    # the payloads are on the page as text, exactly as the models wrote them
    assert PAYLOADS[0] in run.text and PAYLOADS[3] in run.text


def test_every_item_opens_without_running_anything(
    report_browser: ReportBrowser, report: Path
) -> None:
    def open_all(page: Page) -> None:
        open_first_items(page, count=50)

    run = report_browser.open_report(report, open_all)
    assert run.problems == []


def test_filters_narrow_the_drill_down(report_browser: ReportBrowser, report: Path) -> None:
    counts: dict[str, str] = {}

    def filter_by_suite(page: Page) -> None:
        counts["all"] = page.locator("#drill-count").inner_text()
        page.select_option("#f-suite", "misuse")
        counts["misuse"] = page.locator("#drill-count").inner_text()
        suites = page.locator("#drill-list li .badge:first-child").all_inner_texts()
        counts["suites"] = ",".join(sorted(set(suites)))
        page.fill("#f-text", "no-such-item-anywhere")
        counts["none"] = page.locator("#drill-count").inner_text()

    run = report_browser.open_report(report, filter_by_suite)
    assert run.problems == []
    total = int(counts["all"].split()[0])
    misuse = int(counts["misuse"].split()[0])
    assert 0 < misuse < total
    assert counts["suites"] == "misuse"
    assert counts["none"].startswith("0 items")


def test_panel_report_shows_judges_and_hostile_rationales_as_text(
    report_browser: ReportBrowser, panel_report: Path
) -> None:
    def open_judges(page: Page) -> None:
        open_first_items(page, count=1)
        page.locator("#drill-detail details").nth(0).evaluate("d => d.open = true")
        for details in page.locator("#drill-detail details").all():
            details.evaluate("d => d.open = true")

    run = report_browser.open_report(panel_report, open_judges)
    assert run.problems == []
    assert "Krippendorff's alpha" in run.text
    assert "heuristic" in run.text and "openai-api/fake/judge" in run.text
    assert "<b>judge</b>" in run.text  # the rationale's markup shown, not applied


def test_page_is_self_contained_and_its_policy_allows_only_its_own_code(report: Path) -> None:
    html = report.read_text("utf-8")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp is not None
    policy = html_module.unescape(csp.group(1))
    assert "default-src 'none'" in policy and "connect-src 'none'" in policy
    scripts = re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    styles = re.findall(r"<style>(.*?)</style>", html, flags=re.S)
    assert len(scripts) == 1 and len(styles) == 1
    for kind, text in (("script-src", scripts[0]), ("style-src", styles[0])):
        digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
        assert f"{kind} 'sha256-{digest}'" in policy
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in html
    # the hostile text is in the page, but only inside base64 chunks that the script decodes
    # into text nodes: never raw in the markup
    assert PAYLOADS[0] not in html and "evenhand_pwned" not in html
    chunks = re.findall(r'type="application/octet-stream" id="chunk-\d+">([^<]+)</script>', html)
    assert chunks
    decoded = "".join(gzip.decompress(base64.b64decode(c)).decode("utf-8") for c in chunks)
    assert json.dumps(PAYLOADS[0], ensure_ascii=False)[1:-1] in decoded


def test_report_reads_every_number_from_the_logs(report: Path) -> None:
    html = report.read_text("utf-8")
    # the refuser refuses every sensitive item, the helper none: McNemar exact over the same items
    assert "scores" in html and "points higher than" in html
    assert "McNemar exact" in html
    assert "openai-api/fake/refuser" in html and "openai-api/fake/helper" in html
    assert "127.0.0.1" in html  # endpoint host in the provenance


def test_json_in_the_page_cannot_close_its_script_element() -> None:
    hostile = {"text": "</script><script>alert(1)</script><!-- & \u2028"}
    encoded = str(_json(hostile))
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert json.loads(encoded) == hostile


def test_chart_labels_are_escaped() -> None:
    from evenhand.core import Estimate

    svg = str(
        forest("t", [("<script>x</script>", [(0, "m<i>", Estimate(0.5, 0.4, 0.6, 10))])], "percent")
    )
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "m&lt;i&gt;" in svg


def test_report_on_a_missing_directory_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["report", str(tmp_path / "absent")])
    assert result.exit_code == 2
    assert "evenhand: error:" in result.output and "no such log directory" in result.output
    assert not (tmp_path / "report.html").exists()


def test_report_into_a_missing_folder_keeps_nothing_half_written(
    logs: Path, tmp_path: Path
) -> None:
    out = tmp_path / "absent" / "report.html"
    result = CliRunner().invoke(cli, ["report", str(logs), "-o", str(out)])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_damaged_log_is_one_line_and_the_old_report_survives(logs: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "logs"
    damaged.mkdir()
    for log in logs.glob("*.eval"):
        (damaged / log.name).write_bytes(log.read_bytes())
    victim = next(damaged.glob("*.eval"))
    victim.write_bytes(victim.read_bytes()[:200])
    out = tmp_path / "report.html"
    out.write_text("earlier report", encoding="utf-8")
    result = CliRunner().invoke(cli, ["report", str(damaged), "-o", str(out)])
    assert result.exit_code == 2
    assert result.output.count("\n") <= 2 and "unreadable log" in result.output
    assert out.read_text("utf-8") == "earlier report"
