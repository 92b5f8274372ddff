"""What the label-only LLM judges share (honesty, misuse, sycophancy): the judgement record, the
JSON reply they ask for, its generation settings, and a parser that never guesses."""

from __future__ import annotations

import json
import re
from typing import NamedTuple

from inspect_ai.model import GenerateConfig, ResponseSchema
from inspect_ai.util import json_schema
from pydantic import BaseModel, ConfigDict, ValidationError

JUDGE_MAX_TOKENS = 200
_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


class Judgement(NamedTuple):
    """What one judge concluded about one response."""

    label: str
    rationale: str
    judge: str


class LabelReply(BaseModel):
    """The JSON object a label rubric asks for."""

    model_config = ConfigDict(extra="ignore")

    label: str
    rationale: str = ""


def label_judge_config(name: str) -> GenerateConfig:
    """Greedy decoding and a JSON schema, for providers that support structured output."""
    return GenerateConfig(
        temperature=0.0,
        max_tokens=JUDGE_MAX_TOKENS,
        response_schema=ResponseSchema(name=name, json_schema=json_schema(LabelReply)),
    )


def parse_label_reply(text: str, allowed: tuple[str, ...], judge: str) -> Judgement | None:
    """The judgement in a reply, or None when there is no JSON object or its label is not allowed
    (the sample is then left unscored rather than guessed)."""
    match = _JSON_OBJECT.search(text)
    if match is None:
        return None
    try:
        reply = LabelReply.model_validate(json.loads(match.group(0)))
    except (json.JSONDecodeError, ValidationError):
        return None
    label = str(reply.label).strip().upper()
    return Judgement(label, reply.rationale, judge) if label in allowed else None
