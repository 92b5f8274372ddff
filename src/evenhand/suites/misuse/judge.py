"""The misuse suite's panel: the offline judge and LLM judges on one answer."""

from __future__ import annotations

from evenhand.judging import Judgement, Verdict, judge_model, run_panel
from evenhand.suites.misuse.heuristic import judge_heuristically
from evenhand.suites.misuse.llm_judge import judge_with_model


async def judge_response(
    prompt: str, kind: str, language: str, answer: str, judges: list[str]
) -> Verdict:
    """Judge one answer with every judge of the panel, concurrently; combine by majority."""

    def heuristic() -> Judgement:
        return judge_heuristically(answer, prompt)

    async def ask(judge: str) -> tuple[Judgement | None, str]:
        return await judge_with_model(judge_model(judge), prompt, kind, language, answer)

    return await run_panel(judges, heuristic, ask)
