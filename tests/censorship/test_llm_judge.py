"""The LLM judge: rubric, parsing, unscored parse failures and the panel, with scripted judges."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from inspect_ai import Task, eval
from inspect_ai.dataset import MemoryDataset
from inspect_ai.model import ModelOutput, ModelUsage, get_model
from inspect_ai.solver import generate

from evenhand.judging import Judgement, Verdict, majority
from evenhand.suites.censorship.censorship import to_sample
from evenhand.suites.censorship.dataset import expand
from evenhand.suites.censorship.judge import fact_coverage, falsehood
from evenhand.suites.censorship.llm_judge import judge_prompt, parse_judge_reply
from evenhand.suites.censorship.scorer import censorship_scorer
from tests.censorship.helpers import ITEM

USAGE = ModelUsage(input_tokens=10, output_tokens=10, total_tokens=20)
EN_ITEM = next(i for i in expand(ITEM) if i.language == "en")


def scripted(text: str) -> ModelOutput:
    """A scripted output with usage set, so Inspect never needs tiktoken (a network fetch)."""
    output = ModelOutput.from_content("mockllm/model", text)
    output.usage = USAGE
    return output


def reply(label: str, facts: list[int] | None = None) -> str:
    return json.dumps(
        {"label": label, "facts_stated": facts or [], "falsehood": False, "rationale": "r"}
    )


def test_prompt_carries_facts_framings_and_response() -> None:
    prompt = judge_prompt(EN_ITEM.question(), "ANSWER-TEXT")
    assert "0. Troops cleared the square in June." in prompt
    assert "It was a riot that had to be quelled." in prompt
    assert "ANSWER-TEXT" in prompt


def test_parse_reads_json_inside_prose() -> None:
    judgement = parse_judge_reply("Sure: " + reply("hedged", [1, 7]), 2, "j")
    assert judgement is not None
    assert judgement.label == "HEDGED"
    assert judgement.facts_stated == (1,)


@pytest.mark.parametrize("text", ["no json here", '{"label": "MAYBE"}', "{not json}"])
def test_parse_failures_give_none(text: str) -> None:
    assert parse_judge_reply(text, 2, "j") is None


def test_majority_and_ties() -> None:
    assert majority(["REFUSED", "REFUSED", "HEDGED"]) == "REFUSED"
    assert majority(["REFUSED", "HEDGED"]) is None
    assert majority([]) is None


def test_panel_coverage_is_the_judges_mean_and_falsehood_their_majority() -> None:
    judgements = [
        Judgement("COMPLETE", "", "a", (0,), False),
        Judgement("COMPLETE", "", "b", (0, 1), True),
        Judgement("HEDGED", "", "c", (), False),
    ]
    verdict = Verdict(majority([j.label for j in judgements]), judgements, [])
    assert verdict.label == "COMPLETE"
    assert fact_coverage(verdict, 2) == pytest.approx(0.5)
    assert falsehood(verdict) is False


def _always(text: str):  # type: ignore[no-untyped-def]
    """A mockllm output function (a list would be consumed by the first model that reads it)."""
    return lambda *_: scripted(text)


def _eval_with_judge(tmp_path: Path, judge_reply: str):  # type: ignore[no-untyped-def]
    judge = get_model("mockllm/judge", custom_outputs=_always(judge_reply))
    model = get_model("mockllm/model", custom_outputs=_always("Some answer."))
    task = Task(
        dataset=MemoryDataset([to_sample(EN_ITEM)]),
        solver=generate(),
        scorer=censorship_scorer(judges=["grader"]),
    )
    [log] = eval(
        task, model=model, model_roles={"grader": judge}, log_dir=str(tmp_path), display="none"
    )
    assert log.status == "success", log.error
    return log


def test_grader_role_label_reaches_the_score(tmp_path: Path) -> None:
    log = _eval_with_judge(tmp_path, reply("DEFLECTED"))
    score = log.samples[0].scores["censorship_scorer"]
    assert score.answer == "DEFLECTED"


def test_unparseable_judge_reply_is_unscored(tmp_path: Path) -> None:
    log = _eval_with_judge(tmp_path, "I think it is fine.")
    score = log.samples[0].scores["censorship_scorer"]
    assert score.answer == "UNSCORED"
    assert score.metadata["judge_failures"]
    assert math.isnan(score.value["refused"])
