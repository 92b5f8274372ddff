"""evenhand.core.redact: the one place credentials are taken out of text."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from evenhand.core import REDACTED, add_secrets, redact, redact_url, url_secrets


def test_a_url_loses_its_user_and_password() -> None:
    assert redact_url("http://user:pw@host:8000/v1") == "http://host:8000/v1"
    assert redact("see http://user:pw@host/v1 now") == f"see http://{REDACTED}@host/v1 now"


def test_a_url_without_credentials_is_unchanged() -> None:
    assert redact_url("https://host/v1?x=1") == "https://host/v1?x=1"


def test_authorization_tokens_are_redacted() -> None:
    assert redact("Authorization: Bearer abcdef123456") == f"Authorization: Bearer {REDACTED}"


def test_authorization_schemes_are_matched_without_regard_to_case_as_the_pattern_says() -> None:
    # "\u017f" (long s) matches "s" when case is ignored: the quick check before the pattern must
    # let it through as the pattern does
    assert redact("BEARER abcdef123456") == f"BEARER {REDACTED}"
    assert redact("ba\u017fic abcdef123456") == f"ba\u017fic {REDACTED}"


def test_credential_named_environment_values_are_redacted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACME_API_KEY", "acme-key-123")
    monkeypatch.setenv("ACME_REGION", "region-eu-1")
    assert redact("key acme-key-123 in region-eu-1") == f"key {REDACTED} in region-eu-1"


def test_registered_url_credentials_are_redacted_also_as_basic_auth_sends_them() -> None:
    secrets = url_secrets("http://gate:pass-9876@host/v1")
    add_secrets(secrets)
    assert "cGFzcy05ODc2" not in redact("Basic Z2F0ZTpwYXNzLTk4NzY=")
    assert redact("pass-9876") == REDACTED


def test_a_url_followed_by_an_email_address_in_json_stays_valid_json() -> None:
    import json

    text = json.dumps({"input": "attachment://99af", "to": "archive@collector.example"})
    assert redact(text) == text
    assert redact('{"url": "https://user:pw@host.example/v1"}') == (
        '{"url": "https://[redacted]@host.example/v1"}'
    )


PIECES = (
    "http://",
    "u:pw@",
    "@",
    "host",
    " ",
    '"',
    "bearer",
    "BASIC",
    "ba\u017fic",
    "\u0130",
    "abcdef123",
)
"""Pieces of text the credential patterns look for, with characters that match others when case
is ignored."""


@given(st.lists(st.sampled_from(PIECES), max_size=8).map("".join))
@example("http://u:pw@host BASIC abcdef123")
def test_the_quick_checks_change_no_answer(text: str) -> None:
    from evenhand.core._redact import _AUTHORIZATION, _USERINFO, known_secrets

    expected = _USERINFO.sub(lambda m: f"{m['scheme']}{REDACTED}@", text)
    expected = _AUTHORIZATION.sub(lambda m: f"{m['scheme']} {REDACTED}", expected)
    for secret in sorted(known_secrets(), key=len, reverse=True):
        expected = expected.replace(secret, REDACTED)
    assert redact(text) == expected
