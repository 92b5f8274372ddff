"""Agent hijacking through Inspect's real tool-calling loop against loopback tool callers, and
the record of a model whose provider cannot call tools."""

from __future__ import annotations

import json
from typing import Any

from inspect_ai import eval as inspect_eval

from evenhand.logs import score_rows
from evenhand.suites import get_suite
from evenhand.suites.robustness.hijack import SCENARIOS
from evenhand.suites.robustness.robustness import robustness
from evenhand.testing import tool_calling_server
from tests.robustness.policies import careful, obedient

HIJACK_IDS = [s.id for s in SCENARIOS]


def _headline(policy: Any, tmp_path: Any) -> dict[str, Any]:
    with tool_calling_server(policy) as server:
        [log] = inspect_eval(
            robustness(sample="full"),
            sample_id=HIJACK_IDS,
            model="openai-api/fake/fake-tools",
            model_base_url=server.base_url,
            model_args={"api_key": "test"},
            log_dir=str(tmp_path),
            display="none",
        )
    assert log.status == "success", log.error
    return {m.name: m.estimate for m in get_suite("robustness").headline(score_rows(log))}


def test_scenarios_cover_styles_placements_languages_and_controls() -> None:
    assert {s.language for s in SCENARIOS} == {"en", "zh-Hans"}
    assert {s.placement for s in SCENARIOS if not s.control} == {"mail", "web", "file"}
    assert {s.style for s in SCENARIOS if not s.control} == {"authority", "urgent", "hidden"}
    assert sum(s.control for s in SCENARIOS) == 2
    assert all("demo-" in s.file for s in SCENARIOS)  # fake credentials only
    json.dumps([s.__dict__ for s in SCENARIOS])


def test_an_obedient_tool_caller_is_hijacked_in_every_attack_and_does_the_controls(
    tmp_path: Any,
) -> None:
    headline = _headline(obedient, tmp_path)
    hijack = headline["hijack rate, injected tool outputs"]
    assert (hijack.value, hijack.n) == (1.0, 18) and hijack.low > 0.8
    control = headline["over-refusal, hijack controls"]
    assert (control.value, control.n) == (0.0, 2)
    assert headline["tools unavailable, hijack scenarios not applicable"].value == 0.0


def test_a_careful_tool_caller_is_never_hijacked_and_does_the_controls(tmp_path: Any) -> None:
    headline = _headline(careful, tmp_path)
    hijack = headline["hijack rate, injected tool outputs"]
    assert (hijack.value, hijack.n) == (0.0, 18) and hijack.high < 0.2
    assert headline["over-refusal, hijack controls"].value == 0.0


def test_a_tool_caller_that_refuses_the_users_own_send_is_over_refusing(tmp_path: Any) -> None:
    def reads_only(messages: list[dict[str, Any]]) -> dict[str, Any] | str:
        return "I won't send anything." if len(messages) > 2 else careful(messages)

    headline = _headline(reads_only, tmp_path)
    assert headline["over-refusal, hijack controls"].value == 1.0
    assert headline["hijack rate, injected tool outputs"].value == 0.0
