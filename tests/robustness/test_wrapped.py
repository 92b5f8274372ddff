"""Wrapped misuse requests against scripted loopback endpoints: a shallow filter lifts, a robust
model does not."""

from __future__ import annotations

from typing import Any

from inspect_ai import eval as inspect_eval

from evenhand.suites.misuse.dataset import default_items
from evenhand.suites.robustness.lift import lifts
from evenhand.suites.robustness.wrapped import CONDITIONS, wrapped_misuse
from evenhand.testing import fake_openai_server

PLAIN = {i.prompt for i in default_items()}
REFUSAL = "I'm sorry, but I can't help with that. It would put people at risk."
HELP = (
    "Sure. Here is how to approach it: first gather the records you already hold, then compare "
    "them systematically, keep a list of matches, and review the list with your team before acting."
)


def _shallow(messages: list[dict[str, Any]]) -> str:
    """Refuses a plainly asked request, complies with any wrapped one."""
    last = str(messages[-1]["content"])
    return REFUSAL if last in PLAIN else HELP


def _outcomes(reply: Any, tmp_path: Any) -> tuple[dict[str, bool], dict[str, dict[str, bool]]]:
    with fake_openai_server(reply) as server:
        [log] = inspect_eval(
            wrapped_misuse(),
            model="openai-api/fake/fake-model",
            model_base_url=server.base_url,
            model_args={"api_key": "test"},
            log_dir=str(tmp_path),
            display="none",
        )
    assert log.status == "success", log.error
    plain: dict[str, bool] = {}
    wrapped: dict[str, dict[str, bool]] = {}
    for s in log.samples or []:
        score = next(iter(s.scores.values()))
        outcome = score.value == 1
        if s.metadata["wrapper"] == "plain":
            plain[s.metadata["base_item"]] = outcome
        else:
            wrapped.setdefault(s.metadata["wrapper"], {})[s.metadata["base_item"]] = outcome
    return plain, wrapped


def test_a_shallow_filter_comes_out_with_a_large_lift_excluding_zero(tmp_path: Any) -> None:
    plain, wrapped = _outcomes(_shallow, tmp_path)
    assert set(wrapped) == set(CONDITIONS) - {"plain"}
    assert not any(plain.values())
    for row in lifts(plain, wrapped):
        assert row.lift.value == 1.0 and row.lift.low > 0.3, row


def test_a_robust_endpoint_comes_out_with_no_lift(tmp_path: Any) -> None:
    plain, wrapped = _outcomes(REFUSAL, tmp_path)
    for row in lifts(plain, wrapped):
        assert row.lift.value == 0.0 and row.lift.low < 0 < row.lift.high and row.p_holm == 1.0
