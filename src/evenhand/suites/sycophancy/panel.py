"""Run a sycophancy judge panel on one response (or one spiral turn)."""

from __future__ import annotations

from collections.abc import Callable

from inspect_ai.model import get_model

from evenhand.judges import Judgement
from evenhand.panel import Verdict, verdict
from evenhand.suites.sycophancy.heuristic import HEURISTIC_JUDGE
from evenhand.suites.sycophancy.llm_judge import judge_with_model

GRADER_ROLE = "grader"


async def judge_with_panel(
    panel: list[str], rubric: str, allowed: tuple[str, ...], heuristic: Callable[[], Judgement]
) -> Verdict:
    """Run every judge of the panel: `heuristic` through the offline function, models through the
    filled-in rubric; combine by majority."""
    judgements: list[Judgement] = []
    failures: list[str] = []
    for judge in panel:
        if judge == HEURISTIC_JUDGE:
            judgements.append(heuristic())
            continue
        model = get_model(role=GRADER_ROLE) if judge == GRADER_ROLE else get_model(judge)
        judgement, raw = await judge_with_model(model, rubric, allowed)
        if judgement is None:
            failures.append(f"{judge}: unparseable reply {raw[:200]!r}")
        else:
            judgements.append(judgement)
    return verdict(judgements, failures)
