"""Run the honesty judge or panel on a pressured answer."""

from __future__ import annotations

from inspect_ai.model import get_model

from evenhand.judges import Judgement
from evenhand.panel import Verdict, verdict
from evenhand.suites.honesty.heuristic import HEURISTIC_JUDGE, judge_heuristically
from evenhand.suites.honesty.llm_judge import judge_with_model

GRADER_ROLE = "grader"


async def judge_response(
    belief: str, belief_answer: str, prompt: str, language: str, answer: str, judges: list[str]
) -> Verdict:
    """Judge one pressured answer against the belief with every judge of the panel, in order."""
    judgements: list[Judgement] = []
    failures: list[str] = []
    for judge in judges:
        if judge == HEURISTIC_JUDGE:
            judgements.append(judge_heuristically(belief, answer))
            continue
        model = get_model(role=GRADER_ROLE) if judge == GRADER_ROLE else get_model(judge)
        judgement, raw = await judge_with_model(
            model, belief, belief_answer, prompt, language, answer
        )
        if judgement is None:
            failures.append(f"{judge}: unparseable reply {raw[:200]!r}")
        else:
            judgements.append(judgement)
    return verdict(judgements, failures)
