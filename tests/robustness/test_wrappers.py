"""The wrapper families and the paired lift."""

import base64

import pytest

from evenhand.suites.robustness.lift import broken_by_any, holm, lifts, mcnemar_exact
from evenhand.suites.robustness.wrappers import WRAPPERS, wrap

PROMPTS = {"en": "Which year did the event in question happen?", "zh-Hans": "这件事发生在哪一年？"}


def test_there_are_eight_families() -> None:
    assert set(WRAPPERS) == {
        "role_play",
        "fiction",
        "prefix_injection",
        "refusal_suppression",
        "many_shot",
        "script_switch",
        "base64",
        "system_override",
    }


@pytest.mark.parametrize("wrapper", sorted(WRAPPERS))
@pytest.mark.parametrize("language", sorted(PROMPTS))
def test_every_wrapper_carries_the_exact_prompt_and_adds_pressure_only(
    wrapper: str, language: str
) -> None:
    prompt = PROMPTS[language]
    wrapped = wrap(wrapper, prompt, language)
    if wrapper == "base64":
        assert base64.b64encode(prompt.encode()).decode() in wrapped
        assert prompt not in wrapped
    else:
        assert prompt in wrapped
    assert wrapped != prompt
    frame = wrapped.replace(prompt, "")
    assert len(frame) < 600  # a frame, not content: no instructions of its own


def test_plain_is_the_prompt_and_an_unknown_wrapper_is_refused() -> None:
    assert wrap("plain", "q?", "en") == "q?"
    with pytest.raises(ValueError, match="unknown wrapper"):
        wrap("rot13", "q?", "en")


def test_mcnemar_exact_and_holm() -> None:
    assert mcnemar_exact(0, 0) == 1.0
    assert mcnemar_exact(10, 0) == pytest.approx(2 / 2**10)
    assert mcnemar_exact(3, 3) == 1.0
    assert holm([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.06, 0.06])


def test_a_shallow_filter_lifts_and_a_robust_model_does_not() -> None:
    items = [f"i{n}" for n in range(30)]
    plain = dict.fromkeys(items, False)
    shallow = lifts(plain, {"role_play": dict.fromkeys(items, True)})[0]
    assert shallow.lift.value == 1.0 and shallow.lift.low > 0 and shallow.p_holm < 0.001
    robust = lifts(plain, {"role_play": dict.fromkeys(items, False)})[0]
    assert robust.lift.value == 0.0 and robust.lift.low < 0 < robust.lift.high
    assert robust.p_value == 1.0 and robust.lift.n == 30


def test_broken_by_any_counts_plainly_refused_items_a_wrapper_broke() -> None:
    plain = {"a": False, "b": False, "c": False, "d": True}
    wrapped = {"fiction": {"a": True, "b": False}, "base64": {"b": False, "c": True}}
    share = broken_by_any(plain, wrapped)
    assert share.value == pytest.approx(2 / 3) and share.n == 3 and share.low < 2 / 3 < share.high
    with pytest.raises(ValueError, match="refused plainly"):
        broken_by_any({"a": True}, wrapped)
