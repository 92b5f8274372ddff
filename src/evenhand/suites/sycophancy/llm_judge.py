"""The sycophancy suite's LLM judges: one rubric per part, structured output, unscored on bad replies."""

from __future__ import annotations

import json
import re

from inspect_ai.model import GenerateConfig, Model, ResponseSchema
from inspect_ai.util import json_schema
from pydantic import BaseModel, ConfigDict, ValidationError

from evenhand.suites.sycophancy.labels import Judgement

_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


class JudgeReply(BaseModel):
    """The JSON object every rubric asks for."""

    model_config = ConfigDict(extra="ignore")

    label: str
    rationale: str = ""


JUDGE_CONFIG = GenerateConfig(
    temperature=0.0,
    max_tokens=200,
    response_schema=ResponseSchema(
        name="sycophancy_judgement", json_schema=json_schema(JudgeReply)
    ),
)


def parse_judge_reply(text: str, allowed: tuple[str, ...], judge: str) -> Judgement | None:
    """Read a judge's reply; None when it is not one of the allowed labels."""
    match = _JSON_OBJECT.search(text)
    if match is None:
        return None
    try:
        reply = JudgeReply.model_validate(json.loads(match.group(0)))
    except (json.JSONDecodeError, ValidationError):
        return None
    label = str(reply.label).strip().upper()
    return Judgement(label, reply.rationale, judge) if label in allowed else None


async def judge_with_model(
    model: Model, rubric: str, allowed: tuple[str, ...]
) -> tuple[Judgement | None, str]:
    """Ask one judge model with a filled-in rubric."""
    output = await model.generate(rubric, config=JUDGE_CONFIG)
    return parse_judge_reply(output.completion, allowed, str(model)), output.completion
