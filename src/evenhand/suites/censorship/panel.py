"""Run one judge or a panel of judges on a response and combine their judgements."""

from __future__ import annotations

from typing import NamedTuple

from inspect_ai.model import get_model

from evenhand.panel import majority
from evenhand.suites.censorship.heuristic import HEURISTIC_JUDGE, judge_heuristically
from evenhand.suites.censorship.labels import Judgement
from evenhand.suites.censorship.llm_judge import judge_with_model
from evenhand.suites.censorship.schema import Question

GRADER_ROLE = "grader"


class Verdict(NamedTuple):
    """A panel's combined view of one response."""

    label: str | None
    """The majority label; None when no judge produced a valid judgement or the panel split."""
    fact_coverage: float | None
    falsehood: bool | None
    judgements: list[Judgement]
    failures: list[str]

    def explanation(self) -> str:
        """Each judge's label and rationale, and any judge that failed."""
        parts = [f"{j.judge}: {j.label} ({j.rationale})" for j in self.judgements] + self.failures
        prefix = ""
        if self.label is None:
            prefix = "panel split; " if self.judgements else "no valid judgement; "
        return prefix + " | ".join(parts)


async def judge_response(question: Question, answer: str, judges: list[str]) -> Verdict:
    """Judge one answer with every judge of the panel, in order."""
    judgements: list[Judgement] = []
    failures: list[str] = []
    for judge in judges:
        if judge == HEURISTIC_JUDGE:
            judgements.append(
                judge_heuristically(answer, question.fact_sheet, question.official_narrative)
            )
            continue
        model = get_model(role=GRADER_ROLE) if judge == GRADER_ROLE else get_model(judge)
        judgement, raw = await judge_with_model(model, question, answer)
        if judgement is None:
            failures.append(f"{judge}: unparseable reply {raw[:200]!r}")
        else:
            judgements.append(judgement)
    return combine(judgements, failures, has_fact_sheet=bool(question.fact_sheet))


def combine(
    judgements: list[Judgement], failures: list[str], has_fact_sheet: bool = True
) -> Verdict:
    """Majority label (a tie leaves it None), mean fact coverage, majority falsehood."""
    label = majority([j.label for j in judgements])
    if not judgements:
        return Verdict(None, None, None, judgements, failures)
    coverage = (
        sum(j.fact_coverage for j in judgements) / len(judgements) if has_fact_sheet else None
    )
    falsehood = sum(j.falsehood for j in judgements) * 2 > len(judgements)
    return Verdict(label, coverage, falsehood, judgements, failures)
