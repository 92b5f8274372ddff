"""Keep credentials out of everything evenhand writes or prints: the one place that knows them.

A credential is recognised three ways: the value of an environment variable whose name says it is
one (`*_API_KEY`, `*TOKEN*`, `*SECRET*`, `*PASSWORD*`), a credential evenhand was handed and
registered (`add_secrets`: the user and password of a base URL), and its look (a URL's
`user:password@`, an `Authorization` scheme followed by a token). Each is replaced by `[redacted]`.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit, urlunsplit

REDACTED = "[redacted]"
MIN_SECRET_CHARS = 6
"""Shorter values (`1`, `true`, `dev`) would redact ordinary words."""

_SECRET_NAME = re.compile(r"(?i)(API_?KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL)")
_USERINFO = re.compile(r"(?P<scheme>\b[A-Za-z][A-Za-z0-9+.-]*://)[^/\s@?#\"'\\<>]+@")
"""`scheme://user:password@`; the user information never crosses a quote, a backslash or an
angle bracket (which a URL carries percent-encoded), so a URL followed later in a JSON log by an
e-mail address (`"attachment://...","to":"someone@example.org"`) is not read as one."""
_AUTHORIZATION = re.compile(r"(?i)\b(?P<scheme>bearer|basic)\s+[A-Za-z0-9._~+/=-]{6,}")
_AUTHORIZATION_SCHEME = re.compile(r"(?i)bearer|basic")
"""What every match of `_AUTHORIZATION` holds, under the same flags (so `BAſIC` too): searched for
first, several times faster than the whole pattern, which tries every word of a text."""
_registered: set[str] = set()


def add_secrets(values: Iterable[str]) -> None:
    """Register values to redact for the rest of the process (with their base64 forms)."""
    _registered.update(v for v in values if len(v) >= MIN_SECRET_CHARS)


def url_secrets(url: str) -> list[str]:
    """The credentials a URL carries: its user and password, decoded and as HTTP Basic sends
    them (base64 of `user:password`); none for a URL without them."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return []
    if parts.username is None and parts.password is None:
        return []
    user, password = unquote(parts.username or ""), unquote(parts.password or "")
    pair = base64.b64encode(f"{user}:{password}".encode()).decode()
    return [value for value in (password, user, pair) if value]


def redact_url(url: str) -> str:
    """The URL without its `user:password@`."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return redact(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def redact(text: str) -> str:
    """`text` with every credential it holds replaced by `[redacted]`."""
    # A pattern runs only on a text that holds what any of its matches must: the scrub after an
    # audit redacts every member of every log (30 MB of text for 2,000 samples).
    if "@" in text:
        text = _USERINFO.sub(lambda m: f"{m['scheme']}{REDACTED}@", text)
    if _AUTHORIZATION_SCHEME.search(text):
        text = _AUTHORIZATION.sub(lambda m: f"{m['scheme']} {REDACTED}", text)
    for secret in sorted(known_secrets(), key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def known_secrets() -> set[str]:
    """Registered credentials and the credential-named environment variables' values."""
    found = set(_registered)
    for name, value in os.environ.items():
        if _SECRET_NAME.search(name) and len(value) >= MIN_SECRET_CHARS:
            found.add(value)
    return found
