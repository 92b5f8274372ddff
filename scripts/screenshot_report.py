"""Pictures of a report for the README: its top, and the drill-down with the first item open.

    python scripts/screenshot_report.py REPORT.html OUT_DIR

Uses Debian's Chromium through Playwright, offline, like the tests (tests/browser.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.browser import CHROMIUM_FLAGS, chromium_path


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    report, out = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=list(CHROMIUM_FLAGS)
        )
        page = browser.new_page(viewport={"width": 1280, "height": 1400})
        page.goto(report.as_uri(), wait_until="load")
        page.screenshot(path=out / "report-top.png")
        page.locator("#drill-list li").first.click()
        page.locator("#drill-detail .card").first.wait_for()
        page.locator("#drill").scroll_into_view_if_needed()
        page.locator("#drill").screenshot(path=out / "report-drill-down.png")
        browser.close()
    print(f"wrote {out / 'report-top.png'} and {out / 'report-drill-down.png'}")


if __name__ == "__main__":
    main()
