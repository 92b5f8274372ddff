"""The one judge panel: judges run concurrently, keep the panel's order, and a split or a failure
leaves the sample unscored."""

from __future__ import annotations

import anyio
import pytest

from evenhand.judging import HEURISTIC, Judgement, majority, run_panel


def _heuristic() -> Judgement:
    return Judgement("A", "offline", HEURISTIC)


def test_model_judges_run_at_the_same_time() -> None:
    """Judge `first` can only answer once `second` has started: run one after the other, the
    panel would wait forever (the timeout fails the test)."""

    async def scenario() -> list[str]:
        second_started = anyio.Event()

        async def ask(judge: str) -> tuple[Judgement | None, str]:
            if judge == "first":
                await second_started.wait()
            else:
                second_started.set()
            return Judgement("A", "", judge), ""

        with anyio.fail_after(5):
            verdict = await run_panel(["first", "second", HEURISTIC], _heuristic, ask)
        return [j.judge for j in verdict.judgements]

    assert anyio.run(scenario) == ["first", "second", HEURISTIC]


def test_a_failed_judge_is_recorded_and_the_rest_decide() -> None:
    async def ask(judge: str) -> tuple[Judgement | None, str]:
        return (None, "not json") if judge == "bad" else (Judgement("B", "", judge), "")

    async def scenario():  # type: ignore[no-untyped-def]
        return await run_panel(["bad", "good"], _heuristic, ask)

    verdict = anyio.run(scenario)
    assert verdict.label == "B"
    assert verdict.failures == ["bad: unparseable reply 'not json'"]


@pytest.mark.parametrize(
    ("labels", "expected"), [(["A", "A", "B"], "A"), (["A", "B"], None), ([], None)]
)
def test_majority_leaves_a_split_unscored(labels: list[str], expected: str | None) -> None:
    assert majority(labels) == expected
