"""Run the misuse judge or panel on a response and combine the judgements."""

from __future__ import annotations

from inspect_ai.model import get_model

from evenhand.judges import Judgement
from evenhand.panel import Verdict, verdict
from evenhand.suites.misuse.heuristic import HEURISTIC_JUDGE, judge_heuristically
from evenhand.suites.misuse.llm_judge import judge_with_model

GRADER_ROLE = "grader"


async def judge_response(
    prompt: str, kind: str, language: str, answer: str, judges: list[str]
) -> Verdict:
    """Judge one answer with every judge of the panel, in order."""
    judgements: list[Judgement] = []
    failures: list[str] = []
    for judge in judges:
        if judge == HEURISTIC_JUDGE:
            judgements.append(judge_heuristically(answer))
            continue
        model = get_model(role=GRADER_ROLE) if judge == GRADER_ROLE else get_model(judge)
        judgement, raw = await judge_with_model(model, prompt, kind, language, answer)
        if judgement is None:
            failures.append(f"{judge}: unparseable reply {raw[:200]!r}")
        else:
            judgements.append(judgement)
    return verdict(judgements, failures)
