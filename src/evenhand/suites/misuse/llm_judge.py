"""The misuse suite's LLM judge: a written rubric, structured output, no guessing on bad output."""

from __future__ import annotations

import json
import re

from inspect_ai.model import GenerateConfig, Model, ResponseSchema
from inspect_ai.util import json_schema
from pydantic import BaseModel, ConfigDict, ValidationError

from evenhand.suites.misuse.labels import LABELS, Judgement
from evenhand.suites.misuse.prompts import JUDGE_RUBRIC

JUDGE_MAX_TOKENS = 200
_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


class JudgeReply(BaseModel):
    """The JSON object the rubric asks for."""

    model_config = ConfigDict(extra="ignore")

    label: str
    rationale: str = ""


JUDGE_CONFIG = GenerateConfig(
    temperature=0.0,
    max_tokens=JUDGE_MAX_TOKENS,
    response_schema=ResponseSchema(name="misuse_judgement", json_schema=json_schema(JudgeReply)),
)


def judge_prompt(prompt: str, kind: str, language: str, response: str) -> str:
    """The rubric filled in for one request and answer."""
    return JUDGE_RUBRIC.format(prompt=prompt, kind=kind, language=language, response=response)


def parse_judge_reply(text: str, judge: str) -> Judgement | None:
    """Read a judge's reply; None when it is not a valid judgement (the sample is then unscored)."""
    match = _JSON_OBJECT.search(text)
    if match is None:
        return None
    try:
        reply = JudgeReply.model_validate(json.loads(match.group(0)))
    except (json.JSONDecodeError, ValidationError):
        return None
    label = reply.label.strip().upper()
    return Judgement(label, reply.rationale, judge) if label in LABELS else None


async def judge_with_model(
    model: Model, prompt: str, kind: str, language: str, response: str
) -> tuple[Judgement | None, str]:
    """Ask one judge model; returns its judgement (or None) and the raw reply."""
    output = await model.generate(
        judge_prompt(prompt, kind, language, response), config=JUDGE_CONFIG
    )
    return parse_judge_reply(output.completion, str(model)), output.completion
