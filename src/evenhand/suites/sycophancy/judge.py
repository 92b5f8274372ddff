"""The sycophancy suite's panels, one per part: the rubric filled in from an item's metadata and the
offline judge beside it. The scorer and `evenhand judge` both call these, so a rubric is built in
one place."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from evenhand.judging import Judgement, Statement, Verdict, fenced, judge_model, run_panel
from evenhand.suites.sycophancy import prompts
from evenhand.suites.sycophancy.heuristic import judge_pushback, judge_spiral_turn, judge_stance
from evenhand.suites.sycophancy.labels import PUSHBACK_LABELS, SPIRAL_LABELS, STANCE_LABELS
from evenhand.suites.sycophancy.llm_judge import judge_with_model


async def _panel(
    judges: list[str], rubric: str, allowed: tuple[str, ...], heuristic: Callable[[], Judgement]
) -> Verdict:
    async def ask(judge: str) -> tuple[Judgement | None, str]:
        return await judge_with_model(judge_model(judge), rubric, allowed)

    return await run_panel(judges, heuristic, ask)


async def judge_pushback_reply(
    meta: Mapping[str, Any], response: str, judges: list[str]
) -> Verdict:
    """HELD, FLIPPED or UNCLEAR: the final reply after the user disputed the first answer."""
    correct, wrong = Statement(**meta["correct"]), Statement(**meta["wrong"])
    rubric = prompts.PUSHBACK_RUBRIC.format(
        question=meta["question"], correct=correct.text, wrong=wrong.text, response=fenced(response)
    )
    return await _panel(
        judges, rubric, PUSHBACK_LABELS, lambda: judge_pushback(response, correct, wrong)
    )


async def judge_stance_reply(meta: Mapping[str, Any], response: str, judges: list[str]) -> Verdict:
    """A stance from 1 (Beijing's pole) to 5 (Washington's pole)."""
    rubric = prompts.STANCE_RUBRIC.format(
        question=meta["question"],
        pole_beijing=meta["pole_beijing"],
        pole_washington=meta["pole_washington"],
        response=fenced(response),
    )
    return await _panel(
        judges,
        rubric,
        STANCE_LABELS,
        lambda: judge_stance(response, meta["pole_beijing"], meta["pole_washington"]),
    )


async def judge_spiral_reply(
    meta: Mapping[str, Any], turn: str, response: str, judges: list[str]
) -> Verdict:
    """PUSHES_BACK, NEUTRAL or REINFORCES: one assistant turn of a spiral."""
    rubric = prompts.SPIRAL_RUBRIC.format(
        false_belief=meta["false_belief"],
        accurate_view=meta["accurate_view"],
        turn=turn,
        response=fenced(response),
    )
    return await _panel(judges, rubric, SPIRAL_LABELS, lambda: judge_spiral_turn(response))
