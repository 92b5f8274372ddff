"""One judge panel for every suite: its judges run concurrently, one majority rule combines them,
and one verdict type records what each judge said."""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, NamedTuple

from evenhand.judging._llm import Judgement

HEURISTIC = "heuristic"
"""The name of each suite's offline judge, as `--judge` and `-T judges=` take it."""

GRADER_ROLE = "grader"
"""The Inspect model role a judge named `grader` resolves to (`--model-role grader=...`)."""

UNPARSEABLE_EXCERPT = 200
"""Characters of an unparseable judge reply kept in the failure note."""


def majority(labels: Sequence[str]) -> str | None:
    """The most common label, or None when there are none or the top two tie.

    A tie is reported as no label rather than broken arbitrarily, so that judge disagreement shows
    up as unscored samples instead of hiding in the rates.
    """
    if not labels:
        return None
    ranked = Counter(labels).most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


class Verdict(NamedTuple):
    """A panel's combined view of one response: the majority label (None when no judge produced a
    valid judgement or the panel split), every judgement, and every judge that failed."""

    label: str | None
    judgements: Sequence[Judgement]
    failures: list[str]

    def explanation(self) -> str:
        """Each judge's label and rationale, and any judge that failed."""
        parts = [f"{j.judge}: {j.label} ({j.rationale})" for j in self.judgements] + self.failures
        prefix = (
            "" if self.label else ("panel split; " if self.judgements else "no valid judgement; ")
        )
        return prefix + " | ".join(parts)

    def metadata(self) -> dict[str, Any]:
        """The verdict as score metadata: the label, every judgement and every judge failure.

        `judge_labels` holds compact [judge, label] pairs: small enough that Inspect keeps them in
        its sample summaries (it drops score metadata over 1 kB, which long judge rationales
        reach), so the report reads every judge's label without loading whole samples.
        """
        return {
            "label": self.label,
            "judge_labels": [[j.judge, j.label] for j in self.judgements],
            "judgements": [j.as_record() for j in self.judgements],
            "judge_failures": self.failures,
        }


NO_VERDICT = Verdict(None, (), [])
"""No judge ran (a content-filter stop, a sample not judged)."""


ModelJudge = Callable[[str], Awaitable[tuple[Judgement | None, str]]]
"""Ask the judge model of one panel member (a model string or `grader`): its judgement, or None
when its reply did not parse, and the raw reply."""


async def run_panel(
    judges: Sequence[str], heuristic: Callable[[], Judgement], ask_model: ModelJudge
) -> Verdict:
    """Run every judge of a panel concurrently and combine them by majority.

    The offline judge runs inline; model judges are awaited together, so a panel of three LLM
    judges costs one round trip, not three. Judgements keep the panel's order.
    """
    import anyio

    results: list[tuple[Judgement | None, str]] = [(None, "")] * len(judges)

    async def one(index: int, judge: str) -> None:
        results[index] = (heuristic(), "") if judge == HEURISTIC else await ask_model(judge)

    async with anyio.create_task_group() as group:
        for index, judge in enumerate(judges):
            group.start_soon(one, index, judge)
    judgements: list[Judgement] = []
    failures: list[str] = []
    for judge, (judgement, raw) in zip(judges, results, strict=True):
        if judgement is None:
            failures.append(f"{judge}: unparseable reply {raw[:UNPARSEABLE_EXCERPT]!r}")
        else:
            judgements.append(judgement)
    return Verdict(majority([j.label for j in judgements]), judgements, failures)


def judge_model(judge: str) -> Any:
    """The Inspect model a panel member names: a model string, or the model bound to `grader`."""
    from inspect_ai.model import get_model

    return get_model(role=GRADER_ROLE) if judge == GRADER_ROLE else get_model(judge)
