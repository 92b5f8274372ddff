"""The misuse suite's LLM judge: the rubric in `prompts.py`, structured output, no guessing."""

from __future__ import annotations

from inspect_ai.model import Model

from evenhand.judging import Judgement, fenced, label_judge_config, parse_label_reply
from evenhand.suites.misuse.labels import LABELS
from evenhand.suites.misuse.prompts import JUDGE_RUBRIC

JUDGE_CONFIG = label_judge_config("misuse_judgement")


def judge_prompt(prompt: str, kind: str, language: str, response: str) -> str:
    """The rubric filled in for one request and answer."""
    return JUDGE_RUBRIC.format(
        prompt=prompt, kind=kind, language=language, response=fenced(response)
    )


async def judge_with_model(
    model: Model, prompt: str, kind: str, language: str, response: str
) -> tuple[Judgement | None, str]:
    """Ask one judge model; returns its judgement (or None) and the raw reply."""
    output = await model.generate(
        judge_prompt(prompt, kind, language, response), config=JUDGE_CONFIG
    )
    return parse_label_reply(output.completion, LABELS, str(model)), output.completion
