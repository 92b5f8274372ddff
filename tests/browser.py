"""Open a static HTML report in headless Chromium and record what the page did.

A report shows untrusted model output, so a test that opens one checks that the page renders,
logs no console error (Chromium logs Content-Security-Policy violations there), makes no network
request, and runs no injected script: test payloads set `window.__evenhand_pwned` if they ever
execute.

The browser is Debian's `chromium` (`make test` installs it when run as root), driven by
Playwright's Python client through `executable_path`: `playwright install` is never needed.

Use it through a module-scoped fixture:

    @pytest.fixture(scope="module")
    def report_browser() -> Iterator[ReportBrowser]:
        yield from browser_for_tests()

Module scope, not session scope: while Playwright's sync API is running, the main thread's asyncio
loop counts as running, so every later `asyncio.run()` (any `inspect_ai` eval) in the same
session would fail with "cannot be called from a running event loop".
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    Dialog,
    Page,
    Route,
    ViewportSize,
    sync_playwright,
)

CHROMIUM_ENV = "EVENHAND_CHROMIUM"
DEFAULT_CHROMIUM = Path("/usr/bin/chromium")
REQUIRE_BROWSER_ENV = "EVENHAND_REQUIRE_BROWSER"
CANARY = "__evenhand_pwned"
# Playwright adds --headless itself, and a fresh empty --user-data-dir that it deletes on close
# (it refuses --user-data-dir in these args).
CHROMIUM_FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Even with the flags above, Chromium 156 looks up accounts.google.com and
    # update.googleapis.com at start. With this rule no host name or IP literal resolves.
    "--host-resolver-rules=MAP * ~NOTFOUND",
)
# Time left after load (and after the test's actions) for late events: error handlers of failed
# loads, CSP reports, zero-delay timers.
DEFAULT_SETTLE_MS = 100
DEFAULT_SCREENSHOT_WIDTH = 1280
DEFAULT_SCREENSHOT_HEIGHT = 800
# Resources these schemes name live inside the page; every other scheme (http, https, ws, ftp,
# another file:// path, ...) is a load from outside it.
IN_PAGE_SCHEMES = frozenset({"about", "blob", "data"})
# Loads that stay on this machine go ahead; every other request is aborted before it reaches
# Chromium's network stack (see _keep_offline).
LOCAL_SCHEMES = IN_PAGE_SCHEMES | {"file"}
CSP_MARKER = "Content Security Policy"


class ConsoleMessage(NamedTuple):
    """One console message: `type` is Chromium's level ("log", "warning", "error", ...)."""

    type: str
    text: str


@dataclass(frozen=True)
class PageRun:
    """What happened while a report was open.

    Attributes:
        url: the file:// URL the page was opened from.
        title: `document.title`.
        text: `document.body.innerText`, what a reader sees.
        console: every console message, including Chromium's own (CSP violations, failed loads).
        page_errors: uncaught exceptions, as "Name: message".
        requests: every URL the page asked for besides its own, in order, WebSockets included,
            also those that CSP blocked. None of them reached the network: the harness aborts
            all but local loads, and no host name resolves.
        dialogs: messages of alert/confirm/prompt dialogs the page opened.
        canary: the value of `window.__evenhand_pwned`, None when unset.
    """

    url: str
    title: str
    text: str
    console: tuple[ConsoleMessage, ...]
    page_errors: tuple[str, ...]
    requests: tuple[str, ...]
    dialogs: tuple[str, ...]
    canary: object

    @property
    def console_errors(self) -> list[str]:
        """Text of the console messages at error level."""
        return [message.text for message in self.console if message.type == "error"]

    @property
    def csp_violations(self) -> list[str]:
        """Console errors in which Chromium reports a Content-Security-Policy violation."""
        return [text for text in self.console_errors if CSP_MARKER in text]

    @property
    def network_requests(self) -> list[str]:
        """Requests that would leave the page: all but data:, blob: and about: URLs."""
        return [url for url in self.requests if urlsplit(url).scheme not in IN_PAGE_SCHEMES]

    @property
    def pwned(self) -> bool:
        """Whether injected script ran: the canary is set or the page opened a dialog."""
        return self.canary is not None or bool(self.dialogs)

    @property
    def problems(self) -> list[str]:
        """Everything a clean report must not do, one line each; empty for a clean page.

        `assert run.problems == []` shows every failure at once.
        """
        return [
            *(f"console error: {text}" for text in self.console_errors),
            *(f"page error: {error}" for error in self.page_errors),
            *(f"network request: {url}" for url in self.network_requests),
            *(f"dialog: {message}" for message in self.dialogs),
            *([f"canary set: {self.canary!r}"] if self.canary is not None else []),
        ]


class ReportBrowser:
    """One headless Chromium; every page opens in a fresh browser context of its own."""

    def __init__(self, browser: Browser) -> None:
        self._browser = browser

    def open_report(
        self,
        path: Path,
        actions: Callable[[Page], None] | None = None,
        *,
        settle_ms: int = DEFAULT_SETTLE_MS,
    ) -> PageRun:
        """Open an HTML file, run `actions` on it, and record what the page did.

        Args:
            path: the HTML file.
            actions: called with the loaded page, e.g. to click a tab or sort a table; it may
                assert. Everything the page does during it is recorded too.
            settle_ms: milliseconds to wait after loading and after `actions`.

        Returns:
            The recorded run.
        """
        url = path.resolve().as_uri()
        console: list[ConsoleMessage] = []
        page_errors: list[str] = []
        requests: list[str] = []
        dialogs: list[str] = []
        context = self._new_context()
        try:
            # On the context, so that requests of popups the page opens are recorded too.
            context.on("request", lambda request: requests.append(request.url))
            page = context.new_page()
            page.on(
                "console",
                lambda message: console.append(ConsoleMessage(message.type, message.text)),
            )
            page.on("pageerror", lambda error: page_errors.append(f"{error.name}: {error.message}"))
            page.on("websocket", lambda websocket: requests.append(websocket.url))
            page.on("dialog", lambda dialog: _record_and_dismiss(dialog, dialogs))
            page.goto(url, wait_until="load")
            page.wait_for_timeout(settle_ms)
            if actions is not None:
                actions(page)
                page.wait_for_timeout(settle_ms)
            title = page.title()
            text = page.evaluate("() => document.body ? document.body.innerText : ''")
            canary = page.evaluate(f"() => window.{CANARY}")
        finally:
            context.close()
        return PageRun(
            url=url,
            title=title,
            text=text,
            console=tuple(console),
            page_errors=tuple(page_errors),
            requests=tuple(request for request in requests if request != url),
            dialogs=tuple(dialogs),
            canary=canary,
        )

    def screenshot(
        self,
        path: Path,
        png: Path,
        *,
        width: int = DEFAULT_SCREENSHOT_WIDTH,
        height: int = DEFAULT_SCREENSHOT_HEIGHT,
    ) -> Path:
        """Save a PNG of the whole page (not just the viewport) of an HTML file.

        Args:
            path: the HTML file.
            png: where to write the picture.
            width: viewport width in CSS pixels; the page decides its own height.
            height: viewport height, which matters only for pages laid out on it.

        Returns:
            `png`.
        """
        context = self._new_context(viewport={"width": width, "height": height})
        try:
            page = context.new_page()
            page.goto(path.resolve().as_uri(), wait_until="load")
            page.screenshot(path=png, full_page=True)
        finally:
            context.close()
        return png

    def _new_context(self, viewport: ViewportSize | None = None) -> BrowserContext:
        context = self._browser.new_context(viewport=viewport)
        context.route("**/*", _keep_offline)
        return context


def _keep_offline(route: Route) -> None:
    """Abort a request for anything outside this machine; the "request" event has recorded it.

    The resolver rule alone is not enough: when a page navigates to a host that does not resolve,
    Chromium diagnoses the error page with a DNS probe for google.com, sent to the system resolver
    and to 8.8.8.8 past `--host-resolver-rules`. An aborted request never gets that far.
    """
    if urlsplit(route.request.url).scheme in LOCAL_SCHEMES:
        route.continue_()
    else:
        route.abort("blockedbyclient")


def _record_and_dismiss(dialog: Dialog, dialogs: list[str]) -> None:
    """Record a dialog's message and close it: once anyone listens for dialogs, Playwright no
    longer dismisses them itself, and an open alert() would hold up the page's load forever."""
    dialogs.append(dialog.message)
    dialog.dismiss()


def chromium_path() -> Path:
    """The Chromium executable: `$EVENHAND_CHROMIUM`, else Debian's /usr/bin/chromium."""
    configured = os.environ.get(CHROMIUM_ENV)
    return DEFAULT_CHROMIUM if configured is None else Path(configured)


@contextmanager
def launch_chromium(executable: Path) -> Iterator[ReportBrowser]:
    """Start headless Chromium with the offline flags, and stop it on exit."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=list(CHROMIUM_FLAGS)
        )
        try:
            yield ReportBrowser(browser)
        finally:
            browser.close()


def browser_for_tests() -> Iterator[ReportBrowser]:
    """Body of a pytest fixture: a running browser, or a skip when there is none.

    A missing Chromium skips the test, unless `$EVENHAND_REQUIRE_BROWSER` is set (CI sets it):
    then it fails, so that CI cannot pass without ever opening a report.
    """
    executable = chromium_path()
    if not os.access(executable, os.X_OK):
        message = (
            f"Chromium not found at {executable}: `make test` installs Debian's chromium when run "
            f"as root, or point ${CHROMIUM_ENV} at a Chromium"
        )
        if os.environ.get(REQUIRE_BROWSER_ENV, "") not in ("", "0"):
            pytest.fail(f"{message} (${REQUIRE_BROWSER_ENV} is set)", pytrace=False)
        pytest.skip(message)
    with launch_chromium(executable) as browser:
        yield browser
