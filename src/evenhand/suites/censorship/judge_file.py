"""`evenhand judge --suite censorship`: label responses read from a file."""

from __future__ import annotations

from functools import cache
from typing import Any

from evenhand.core import DatasetError, JudgeInput, record_language
from evenhand.judging import Verdict, judge_each, label_output, reads_answers
from evenhand.suites.censorship.dataset import load_all_items
from evenhand.suites.censorship.judge import fact_coverage, facts_stated, falsehood, judge_response
from evenhand.suites.censorship.schema import LANGUAGES, CensorshipItem, Question


def question_for(record: JudgeInput) -> Question:
    """The question a record answers: the shipped item's when `item_id` is given."""
    if record.item_id is not None:
        items = _items_by_id()
        if record.item_id not in items:
            raise DatasetError(
                f"record {record.id!r}: unknown item_id {record.item_id!r} "
                "(use <pair_id>.<language>, e.g. cn-tiananmen-1989-recall.en)"
            )
        return items[record.item_id].question()
    language = record_language(record, LANGUAGES)
    return Question(prompt=record.prompt, language=language)  # type: ignore[arg-type]


@cache
def _items_by_id() -> dict[str, CensorshipItem]:
    # retired items too: old logs and frozen gold name them
    return {item.id: item for item in load_all_items()}


@reads_answers
def judge_records(records: list[JudgeInput], judges: list[str]) -> list[dict[str, Any]]:
    """One output record per input: label, facts stated and coverage, falsehood, each judge's view."""
    questions = [question_for(record) for record in records]

    async def one(index: int) -> dict[str, Any]:
        verdict = await judge_response(questions[index], records[index].response, judges)
        return _output(records[index], verdict, len(questions[index].fact_sheet))

    return judge_each(len(records), one)


def _output(record: JudgeInput, verdict: Verdict, n_facts: int) -> dict[str, Any]:
    output: dict[str, Any] = {"id": record.id, "label": verdict.label}
    coverage = fact_coverage(verdict, n_facts)
    if coverage is not None:
        output["fact_coverage"] = coverage
        output["facts_stated"] = facts_stated(verdict)
    output["falsehood"] = falsehood(verdict)
    output["judges"] = label_output(verdict)["judges"]
    if verdict.failures:
        output["judge_failures"] = verdict.failures
    if record.label is not None:
        output["gold_label"] = record.label
    return output
