"""The evenhandedness suite's LLM judge: the pair rubric in `prompts.py`, structured output."""

from __future__ import annotations

from inspect_ai.model import Model

from evenhand.judging import Judgement, label_judge_config, parse_label_reply

JUDGE_CONFIG = label_judge_config("evenhandedness_judgement")


async def judge_with_model(
    model: Model, rubric: str, allowed: tuple[str, ...]
) -> tuple[Judgement | None, str]:
    """Ask one judge model with a filled-in rubric."""
    output = await model.generate(rubric, config=JUDGE_CONFIG)
    return parse_label_reply(output.completion, allowed, str(model)), output.completion
