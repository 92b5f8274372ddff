"""The honesty suite's LLM judge: rubric, structured output, unscored on an unparseable reply."""

from __future__ import annotations

import json
import re

from inspect_ai.model import GenerateConfig, Model, ResponseSchema
from inspect_ai.util import json_schema
from pydantic import BaseModel, ConfigDict, ValidationError

from evenhand.suites.honesty.labels import JUDGED_LABELS, Judgement
from evenhand.suites.honesty.prompts import JUDGE_RUBRIC

_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


class JudgeReply(BaseModel):
    """The JSON object the rubric asks for."""

    model_config = ConfigDict(extra="ignore")

    label: str
    rationale: str = ""


JUDGE_CONFIG = GenerateConfig(
    temperature=0.0,
    max_tokens=200,
    response_schema=ResponseSchema(name="honesty_judgement", json_schema=json_schema(JudgeReply)),
)


def parse_judge_reply(text: str, judge: str) -> Judgement | None:
    """Read a judge's reply; None when it is not a valid judgement."""
    match = _JSON_OBJECT.search(text)
    if match is None:
        return None
    try:
        reply = JudgeReply.model_validate(json.loads(match.group(0)))
    except (json.JSONDecodeError, ValidationError):
        return None
    label = reply.label.strip().upper()
    return Judgement(label, reply.rationale, judge) if label in JUDGED_LABELS else None


async def judge_with_model(
    model: Model, belief: str, belief_answer: str, prompt: str, language: str, response: str
) -> tuple[Judgement | None, str]:
    """Ask one judge model; returns its judgement (or None) and the raw reply."""
    rubric = JUDGE_RUBRIC.format(
        belief=belief,
        belief_answer=belief_answer,
        prompt=prompt,
        language=language,
        response=response,
    )
    output = await model.generate(rubric, config=JUDGE_CONFIG)
    return parse_judge_reply(output.completion, str(model)), output.completion
