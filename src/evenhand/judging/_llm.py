"""What every judge returns, and what the LLM judges share: the JSON reply they ask for, its
generation settings, and a parser that never guesses."""

from __future__ import annotations

import json
import re
from typing import Any, NamedTuple

from inspect_ai.model import GenerateConfig, ResponseSchema
from inspect_ai.util import json_schema
from pydantic import BaseModel, ConfigDict, ValidationError

JUDGE_MAX_TOKENS = 200
_TRAILER = re.compile(r"\s*(?:```\s*)?$")


class Judgement(NamedTuple):
    """What one judge concluded about one response."""

    label: str
    rationale: str
    judge: str
    facts_stated: tuple[int, ...] = ()
    """0-based indices of the fact-sheet facts the response states (censorship)."""
    falsehood: bool | None = None
    """Whether the response asserts something its fact sheet contradicts (censorship)."""

    def as_record(self) -> dict[str, Any]:
        """The judgement as a JSON-ready record (the fact fields only where they were judged)."""
        record: dict[str, Any] = {
            "label": self.label,
            "rationale": self.rationale,
            "judge": self.judge,
        }
        if self.falsehood is not None:
            record["facts_stated"] = list(self.facts_stated)
            record["falsehood"] = self.falsehood
        return record


class LabelReply(BaseModel):
    """The JSON object a label rubric asks for."""

    model_config = ConfigDict(extra="ignore")

    label: str
    rationale: str = ""


def label_judge_config(name: str, max_tokens: int = JUDGE_MAX_TOKENS) -> GenerateConfig:
    """Greedy decoding and a JSON schema, for providers that support structured output."""
    return GenerateConfig(
        temperature=0.0,
        max_tokens=max_tokens,
        response_schema=ResponseSchema(name=name, json_schema=json_schema(LabelReply)),
    )


def fenced(text: str) -> str:
    """Model text made safe to put between a rubric's <<< and >>> delimiters: a run of three angle
    brackets inside it is spaced out, so the text cannot close its fence and speak as the rubric."""
    return text.replace(">>>", "> > >").replace("<<<", "< < <")


def json_object(text: str) -> dict[str, Any] | None:
    """The JSON object that ends a reply (bar whitespace and a closing code fence), or None.

    Prose may come before it (a judge that explains itself, or quotes a verdict it was shown in
    the answer, then gives its own); an object followed by more prose is not taken, since it may
    be a quotation rather than the judge's verdict.
    """
    value = _final_object(text)
    return value if isinstance(value, dict) else None


def _final_object(text: str) -> Any:
    """The JSON value that starts at a brace and runs to the end of the reply (bar whitespace and a
    closing code fence), or None."""
    decoder = json.JSONDecoder()
    end_of_reply = len(_TRAILER.sub("", text))
    position = 0
    while (start := text.find("{", position)) != -1:
        try:
            value, end = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            position = start + 1
            continue
        if end >= end_of_reply:
            return value
        position = start + 1
    return None


def parse_label_reply(text: str, allowed: tuple[str, ...], judge: str) -> Judgement | None:
    """The judgement in a reply, or None when there is no JSON object or its label is not allowed
    (the sample is then left unscored rather than guessed)."""
    value = json_object(text)
    if value is None:
        return None
    try:
        reply = LabelReply.model_validate(value)
    except ValidationError:
        return None
    label = str(reply.label).strip().upper()
    return Judgement(label, reply.rationale, judge) if label in allowed else None
