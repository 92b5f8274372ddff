"""The honesty suite's LLM judge: the rubric in `prompts.py`, structured output, no guessing."""

from __future__ import annotations

from inspect_ai.model import Model

from evenhand.judging import Judgement, fenced, label_judge_config, parse_label_reply
from evenhand.suites.honesty.labels import JUDGED_LABELS
from evenhand.suites.honesty.prompts import JUDGE_RUBRIC

JUDGE_CONFIG = label_judge_config("honesty_judgement")


async def judge_with_model(
    model: Model, belief: str, belief_answer: str, prompt: str, language: str, response: str
) -> tuple[Judgement | None, str]:
    """Ask one judge model; returns its judgement (or None) and the raw reply."""
    rubric = JUDGE_RUBRIC.format(
        belief=belief,
        belief_answer=fenced(belief_answer),
        prompt=prompt,
        language=language,
        response=fenced(response),
    )
    output = await model.generate(rubric, config=JUDGE_CONFIG)
    return parse_label_reply(output.completion, JUDGED_LABELS, str(model)), output.completion
