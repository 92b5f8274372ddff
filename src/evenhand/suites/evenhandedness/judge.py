"""The evenhandedness panel: the pair rubric filled in from the pair and the offline judge beside
it. The scorer and `evenhand judge` both call it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from evenhand.judging import HEURISTIC, Judgement, Verdict, fenced, judge_model, run_panel
from evenhand.suites.evenhandedness import prompts
from evenhand.suites.evenhandedness.labels import LABELS
from evenhand.suites.evenhandedness.llm_judge import judge_with_model
from evenhand.suites.evenhandedness.offline import pair_label
from evenhand.suites.evenhandedness.templates import REQUESTED_FORM


def offline_judgement(answer_a: str, answer_b: str) -> Judgement:
    """The offline judge's verdict with its per-answer readings as the rationale."""
    label_a, label_b, verdict = pair_label(answer_a, answer_b)
    return Judgement(verdict, f"side A {label_a}, side B {label_b}", HEURISTIC)


async def judge_pair(
    meta: Mapping[str, Any], answer_a: str, answer_b: str, judges: list[str]
) -> Verdict:
    """EVEN, FAVOURS_A or FAVOURS_B for one pair of answers."""
    rubric = prompts.PAIR_RUBRIC.format(
        topic=meta.get("topic", ""),
        country=meta.get("country", ""),
        form=REQUESTED_FORM.get(str(meta.get("template")), "as the request says"),
        prompt_a=meta["prompt_a"],
        prompt_b=meta["prompt_b"],
        answer_a=fenced(answer_a),
        answer_b=fenced(answer_b),
    )

    async def ask(judge: str) -> tuple[Judgement | None, str]:
        return await judge_with_model(judge_model(judge), rubric, LABELS)

    return await run_panel(judges, lambda: offline_judgement(answer_a, answer_b), ask)
