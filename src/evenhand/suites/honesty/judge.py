"""The honesty suite's panel: the offline judge and LLM judges on one pressured answer."""

from __future__ import annotations

from evenhand.judging import Judgement, Verdict, judge_model, run_panel
from evenhand.suites.honesty.heuristic import judge_heuristically
from evenhand.suites.honesty.llm_judge import judge_with_model


async def judge_response(
    belief: str, belief_answer: str, prompt: str, language: str, answer: str, judges: list[str]
) -> Verdict:
    """Judge one pressured answer against the belief with every judge, concurrently."""

    def heuristic() -> Judgement:
        return judge_heuristically(belief, answer)

    async def ask(judge: str) -> tuple[Judgement | None, str]:
        return await judge_with_model(
            judge_model(judge), belief, belief_answer, prompt, language, answer
        )

    return await run_panel(judges, heuristic, ask)
