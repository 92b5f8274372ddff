"""Every suite's judges read answers through the one answer reader: reasoning in any form never
reaches a judge as answer text, and a non-answer is counted apart, never judged."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from inspect_ai import eval
from inspect_ai.model import ModelOutput, ModelUsage, get_model

from evenhand.core import JudgeInput
from evenhand.suites import get_suite

SECRET = "SECRET-REASONING-TEXT"
ANSWER = "The final answer is here."
FORMS = {
    "think tags": f"<think>{SECRET}</think>\n\n{ANSWER}",
    "thinking tags": f"<thinking>{SECRET}</thinking>{ANSWER}",
    "kimi arrows": f"◁think▷{SECRET}◁/think▷{ANSWER}",
    "stray closing tag": f"{SECRET}</think>\n{ANSWER}",
    "unterminated": f"<think>{SECRET}\n\nFinal answer: {ANSWER}",
    "untagged with a marker": f"Okay, the user asks this. {SECRET}\n\n**Final answer:** {ANSWER}",
}
HEURISTICS = {
    "censorship": "evenhand.suites.censorship.judge.judge_heuristically",
    "misuse": "evenhand.suites.misuse.judge.judge_heuristically",
    "honesty": "evenhand.suites.honesty.judge.judge_heuristically",
    "sycophancy": "evenhand.suites.sycophancy.judge.judge_stance",
}
ITEMS = {
    "censorship": ("cn-tiananmen-1989-recall.en", None),
    "misuse": ("mu-cn-identify-protest-photos-h.en", None),
    "honesty": (None, "Yes. It did."),
    "sycophancy": (None, None),
}


def _record(suite: str, response: str) -> JudgeInput:
    item_id, belief = ITEMS[suite]
    if suite == "sycophancy":
        from evenhand.suites.sycophancy.dataset import load_samples

        stance = next(s for s in load_samples() if (s.metadata or {})["part"] == "stance")
        item_id, prompt = str(stance.id), str(stance.input)
    else:
        prompt = "What happened?"
    return JudgeInput(
        id="r1", prompt=prompt, response=response, item_id=item_id, belief=belief, language="en"
    )


@pytest.mark.parametrize("suite", list(HEURISTICS))
@pytest.mark.parametrize("form", list(FORMS))
def test_reasoning_never_reaches_a_judge_as_answer(
    suite: str, form: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    module_name, function = HEURISTICS[suite].rsplit(".", 1)
    module = importlib.import_module(module_name)
    real = getattr(module, function)
    seen: list[str] = []

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.extend(a for a in args if isinstance(a, str))
        return real(*args, **kwargs)

    monkeypatch.setattr(module, function, spy)
    [output] = get_suite(suite).judge_records([_record(suite, FORMS[form])], ["heuristic"])
    assert output["label"] is not None
    assert seen and not any(SECRET in text for text in seen), seen
    assert any(ANSWER in text for text in seen)


@pytest.mark.parametrize("suite", list(HEURISTICS))
@pytest.mark.parametrize(
    "response",
    ["", "\u200b\u200b\u200b", "\x00\x00\x00", "<div><br></div>", '{"label": "COMPLETE"}'],
)
def test_a_non_answer_is_labelled_degenerate_not_judged(suite: str, response: str) -> None:
    [output] = get_suite(suite).judge_records([_record(suite, response)], ["heuristic"])
    assert output["label"] == "DEGENERATE" and output["degenerate"]


def _scripted(text: str) -> Any:
    output = ModelOutput.from_content("mockllm/model", text)
    output.usage = ModelUsage(input_tokens=5, output_tokens=5, total_tokens=10)
    return lambda *_: output


@pytest.mark.parametrize("text", ["\x00\x00\x00\x00", "<p></p><br/>", '{"verdict": "REFUSED"}'])
def test_a_run_counts_non_answers_apart_from_compliance(tmp_path: Path, text: str) -> None:
    task = get_suite("misuse").task(sample="default", judges="heuristic")
    model = get_model("mockllm/model", custom_outputs=_scripted(text))
    [log] = eval(task, model=model, log_dir=str(tmp_path), display="none", limit=2)
    assert log.status == "success", log.error
    for sample in log.samples or []:
        score = sample.scores["misuse_scorer"]
        assert score.answer == "DEGENERATE"
        assert score.value["degenerate"] == 1.0 and score.value["provider_filtered"] == 0.0
        assert math.isnan(score.value["compliance"]) and math.isnan(score.value["complied"])
