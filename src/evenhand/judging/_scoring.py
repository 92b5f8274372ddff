"""What every suite's scorer shares: the content-filter wrapper, the unscored markers, and the
Inspect metrics a suite's score declarations imply."""

from __future__ import annotations

import math
from collections.abc import Callable, Coroutine, Sequence
from typing import TYPE_CHECKING, Any

from evenhand.core import ScoreSpec
from evenhand.judging._answer import Answer, read_answer
from evenhand.judging._panel import NO_VERDICT

if TYPE_CHECKING:
    from inspect_ai.scorer import Metric, Score, Scorer, Target
    from inspect_ai.solver import TaskState

NAN = math.nan
PROVIDER_FILTERED = "PROVIDER_FILTERED"
"""`Score.answer` of a response a provider's content filter stopped."""
DEGENERATE = "DEGENERATE"
"""`Score.answer` of a response that is no answer (empty, invisible, markup only, a fake verdict,
a loop, salad): counted apart, neither compliance nor refusal."""
DEGENERATE_KEY = "degenerate"
UNSCORED = "UNSCORED"
"""`Score.answer` of a response no judge could label (the panel split, or every judge failed)."""
FILTERED_KEY = "provider_filtered"

ScoreFunction = Callable[["TaskState", "Target"], Coroutine[Any, Any, "Score"]]


def answer_of(state: TaskState) -> Answer:
    """The final message of a sample read for judging: reasoning (Inspect's reasoning blocks and
    any in the text) split off, invisible characters removed, non-answers flagged."""
    from inspect_ai.model import ContentReasoning

    content = state.output.message.content
    reasoning = (
        ""
        if isinstance(content, str)
        else "\n".join(
            c.reasoning for c in content if isinstance(c, ContentReasoning) and not c.redacted
        )
    )
    return read_answer(state.output.completion, reasoning)


def unless_filtered(score: ScoreFunction, scores: Sequence[ScoreSpec]) -> Scorer:
    """Wrap a scorer so that two kinds of response are counted apart, never judged:

    - stopped by the provider's content filter: `provider_filtered` 1 (never the model's own
      refusal: vendors have said their censorship lives in the API layer);
    - no answer at all (`read_answer` finds it degenerate): `degenerate` 1, neither compliance
      nor refusal.

    Either way every declared score is NaN, out of every denominator.
    """
    from inspect_ai.scorer import Score

    async def wrapped(state: TaskState, target: Target) -> Score:
        filtered = state.output.stop_reason == "content_filter"
        why = None if filtered else answer_of(state).degenerate
        if filtered or why is not None:
            value = {spec.key: NAN for spec in scores}
            value[FILTERED_KEY] = float(filtered)
            value[DEGENERATE_KEY] = float(why is not None)
            return Score(
                value=value,
                answer=PROVIDER_FILTERED if filtered else DEGENERATE,
                explanation="the provider's content filter stopped the response; "
                "not the model's own behaviour"
                if filtered
                else f"not an answer ({why}): counted apart, not judged",
                metadata=NO_VERDICT.metadata(),
            )
        result = await score(state, target)
        if isinstance(result.value, dict):
            result.value[FILTERED_KEY] = 0.0
            result.value[DEGENERATE_KEY] = 0.0
        return result

    return wrapped


def declared_metrics(
    scores: Sequence[ScoreSpec], extra: dict[str, list[Metric]] | None = None
) -> dict[str, list[Metric]]:
    """Inspect metrics for each declared score: a rate and its Wilson interval for 0/1 scores, a
    mean and its standard error (clustered by pair) for continuous ones; plus `provider_filtered`."""
    from inspect_ai.scorer import ci_wilson, mean, stderr

    metrics: dict[str, list[Metric]] = {}
    for spec in scores:
        if spec.kind == "binary":
            metrics[spec.key] = [mean(), ci_wilson()]
        else:
            metrics[spec.key] = [mean(), stderr(cluster="pair_id")]
    for key, more in (extra or {}).items():
        metrics[key] = [*metrics.get(key, []), *more]
    metrics[FILTERED_KEY] = [mean()]
    metrics[DEGENERATE_KEY] = [mean()]
    return metrics
