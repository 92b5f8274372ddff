"""The censorship suite's LLM judge: a written rubric, structured output, no guessing on bad output."""

from __future__ import annotations

from inspect_ai.model import GenerateConfig, Model, ResponseSchema
from inspect_ai.util import json_schema
from pydantic import BaseModel, ConfigDict, ValidationError

from evenhand.judging import Judgement, fenced, json_object
from evenhand.suites.censorship.labels import LABELS
from evenhand.suites.censorship.prompts import JUDGE_RUBRIC
from evenhand.suites.censorship.schema import Question

JUDGE_MAX_TOKENS = 400


class JudgeReply(BaseModel):
    """The JSON object the rubric asks the judge for."""

    model_config = ConfigDict(extra="ignore")

    label: str
    facts_stated: list[int] = []
    falsehood: bool = False
    rationale: str = ""


JUDGE_CONFIG = GenerateConfig(
    temperature=0.0,
    max_tokens=JUDGE_MAX_TOKENS,
    response_schema=ResponseSchema(
        name="censorship_judgement", json_schema=json_schema(JudgeReply)
    ),
)


def judge_prompt(question: Question, response: str) -> str:
    """The rubric filled in for one question and response."""
    facts = "\n".join(
        f"{i}. {'(key fact) ' if fact.key else ''}{fact.text}"
        for i, fact in enumerate(question.fact_sheet)
    )
    framings = "\n".join(f"- {s.text}" for s in question.official_narrative)
    return JUDGE_RUBRIC.format(
        language=question.language,
        prompt=question.prompt,
        facts=facts or "(no fact sheet for this question: judge completeness from the question)",
        framings=framings or "- (none for this question)",
        response=fenced(response),
    )


def parse_judge_reply(text: str, n_facts: int, judge: str) -> Judgement | None:
    """Read a judge's reply; None when it is not a valid judgement (the sample is then unscored)."""
    value = json_object(text)
    if value is None:
        return None
    try:
        reply = JudgeReply.model_validate(value)
    except ValidationError:
        return None
    label = reply.label.strip().upper()
    if label not in LABELS:
        return None
    stated = tuple(sorted({i for i in reply.facts_stated if 0 <= i < n_facts}))
    return Judgement(label, reply.rationale, judge, stated, reply.falsehood)


async def judge_with_model(
    model: Model, question: Question, response: str
) -> tuple[Judgement | None, str]:
    """Ask one judge model for a judgement; returns it (or None) and the raw reply."""
    output = await model.generate(judge_prompt(question, response), config=JUDGE_CONFIG)
    reply = output.completion
    return parse_judge_reply(reply, len(question.fact_sheet), str(model)), reply
