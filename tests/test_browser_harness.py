"""The browser harness can fail: each check catches what it is there to catch, on small pages."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.browser import (
    CHROMIUM_ENV,
    REQUIRE_BROWSER_ENV,
    ReportBrowser,
    browser_for_tests,
)

STRICT_CSP = """<meta http-equiv="Content-Security-Policy" content="default-src 'none'">"""
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def report_browser() -> Iterator[ReportBrowser]:
    yield from browser_for_tests()


def write_page(directory: Path, body: str, *, head: str = "", name: str = "page.html") -> Path:
    path = directory / name
    path.write_text(
        f'<!doctype html><html><head><meta charset="utf-8">{head}<title>Harness page</title>'
        f"</head><body>{body}</body></html>",
        encoding="utf-8",
    )
    return path


def test_clean_page_has_no_problems(report_browser: ReportBrowser, tmp_path: Path) -> None:
    run = report_browser.open_report(write_page(tmp_path, "<h1>Hello</h1>", head=STRICT_CSP))
    assert run.problems == []


def test_clean_page_renders_its_title_and_text(
    report_browser: ReportBrowser, tmp_path: Path
) -> None:
    run = report_browser.open_report(write_page(tmp_path, "<h1>Hello</h1><p>Ni hao, 你好</p>"))
    assert (run.title, run.text) == ("Harness page", "Hello\n\nNi hao, 你好")


def test_remote_image_is_a_network_request(report_browser: ReportBrowser, tmp_path: Path) -> None:
    page = write_page(tmp_path, '<img src="http://example.invalid/x.png">')
    run = report_browser.open_report(page)
    assert run.network_requests == ["http://example.invalid/x.png"]


def test_request_blocked_by_csp_is_still_recorded(
    report_browser: ReportBrowser, tmp_path: Path
) -> None:
    page = write_page(tmp_path, '<img src="https://example.invalid/x.png">', head=STRICT_CSP)
    run = report_browser.open_report(page)
    assert run.network_requests == ["https://example.invalid/x.png"]


def test_another_local_file_is_a_load(report_browser: ReportBrowser, tmp_path: Path) -> None:
    page = write_page(tmp_path, '<img src="beside.png">')
    run = report_browser.open_report(page)
    assert run.network_requests == [(tmp_path / "beside.png").resolve().as_uri()]


def test_websocket_is_a_network_request(report_browser: ReportBrowser, tmp_path: Path) -> None:
    page = write_page(tmp_path, "<script>new WebSocket('wss://example.invalid/socket')</script>")
    run = report_browser.open_report(page)
    assert run.network_requests == ["wss://example.invalid/socket"]


def test_data_url_is_not_a_network_request(report_browser: ReportBrowser, tmp_path: Path) -> None:
    pixel = "data:image/gif;base64,R0lGODlhAQABAAAAACw="
    run = report_browser.open_report(write_page(tmp_path, f'<img src="{pixel}" alt="">'))
    assert run.network_requests == []


def test_inline_script_sets_the_canary(report_browser: ReportBrowser, tmp_path: Path) -> None:
    page = write_page(tmp_path, "<script>window.__evenhand_pwned = 1</script>")
    run = report_browser.open_report(page)
    assert (run.canary, run.pwned) == (1, True)


def test_alert_from_an_event_handler_is_recorded(
    report_browser: ReportBrowser, tmp_path: Path
) -> None:
    page = write_page(tmp_path, '<img src="data:," onerror="alert(\'xss\')">')
    run = report_browser.open_report(page)
    assert (run.dialogs, run.pwned) == (("xss",), True)


def test_uncaught_exception_is_a_page_error(report_browser: ReportBrowser, tmp_path: Path) -> None:
    page = write_page(tmp_path, "<script>throw new TypeError('boom')</script>")
    run = report_browser.open_report(page)
    assert run.page_errors == ("TypeError: boom",)


def test_console_error_is_recorded(report_browser: ReportBrowser, tmp_path: Path) -> None:
    page = write_page(tmp_path, "<script>console.error('something broke')</script>")
    run = report_browser.open_report(page)
    assert run.console_errors == ["something broke"]


def test_csp_blocks_inline_script_and_reports_it(
    report_browser: ReportBrowser, tmp_path: Path
) -> None:
    page = write_page(tmp_path, "<script>window.__evenhand_pwned = 1</script>", head=STRICT_CSP)
    run = report_browser.open_report(page)
    assert run.canary is None
    assert len(run.csp_violations) == 1
    assert "inline script" in run.csp_violations[0]


def test_actions_run_and_what_they_cause_is_recorded(
    report_browser: ReportBrowser, tmp_path: Path
) -> None:
    page = write_page(tmp_path, '<a id="out" href="http://example.invalid/next">next</a>')

    def click_link(page: Page) -> None:
        page.click("#out")

    run = report_browser.open_report(page, click_link)
    assert run.network_requests == ["http://example.invalid/next"]


def test_screenshot_is_a_png_of_the_whole_page(
    report_browser: ReportBrowser, tmp_path: Path
) -> None:
    page = write_page(tmp_path, '<div style="height: 2000px">Tall</div>')
    png = report_browser.screenshot(page, tmp_path / "page.png", width=640)
    header = png.read_bytes()[:24]
    width, height = struct.unpack(">II", header[16:24])
    assert (header[:8], width, height >= 2000) == (PNG_SIGNATURE, 640, True)


def test_missing_browser_skips(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CHROMIUM_ENV, str(tmp_path / "no-chromium"))
    monkeypatch.delenv(REQUIRE_BROWSER_ENV, raising=False)
    with pytest.raises(pytest.skip.Exception, match="Chromium not found"):
        next(browser_for_tests())


def test_missing_browser_fails_when_required(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(CHROMIUM_ENV, str(tmp_path / "no-chromium"))
    monkeypatch.setenv(REQUIRE_BROWSER_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match="Chromium not found"):
        next(browser_for_tests())
