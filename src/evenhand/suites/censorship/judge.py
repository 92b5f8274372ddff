"""The censorship suite's panel: the offline judge and LLM judges on one answer, and what the
verdict says about the item's facts."""

from __future__ import annotations

from evenhand.judging import Judgement, Verdict, judge_model, run_panel
from evenhand.suites.censorship.heuristic import judge_heuristically
from evenhand.suites.censorship.llm_judge import judge_with_model
from evenhand.suites.censorship.schema import Question


async def judge_response(question: Question, answer: str, judges: list[str]) -> Verdict:
    """Judge one answer with every judge of the panel, concurrently; combine by majority."""

    def heuristic() -> Judgement:
        return judge_heuristically(
            answer,
            question.fact_sheet,
            question.official_narrative,
            question.prompt,
            question.jurisdiction,
        )

    async def ask(judge: str) -> tuple[Judgement | None, str]:
        return await judge_with_model(judge_model(judge), question, answer)

    return await run_panel(judges, heuristic, ask)


def fact_coverage(verdict: Verdict, n_facts: int) -> float | None:
    """The judges' mean share of the fact sheet stated; None without judgements or a fact sheet."""
    if not verdict.judgements or not n_facts:
        return None
    return sum(len(j.facts_stated) / n_facts for j in verdict.judgements) / len(verdict.judgements)


def facts_stated(verdict: Verdict) -> list[int]:
    """Every fact some judge found stated."""
    return sorted({i for j in verdict.judgements for i in j.facts_stated})


def falsehood(verdict: Verdict) -> bool | None:
    """Whether most judges found a contradicted claim; None without judgements."""
    if not verdict.judgements:
        return None
    return sum(bool(j.falsehood) for j in verdict.judgements) * 2 > len(verdict.judgements)
