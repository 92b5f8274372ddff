"""Task arguments and task construction shared by the suites."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inspect_ai import Task
    from inspect_ai.dataset import Sample
    from inspect_ai.scorer import Scorer
    from inspect_ai.solver import Solver


def as_list(value: str | list[str] | None) -> list[str] | None:
    """A list from a list, or from a comma-separated string as `-T name=a,b` passes it."""
    if value is None:
        return None
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return list(value)


SAMPLES: tuple[str, ...] = ("default", "full")
"""`full`: every item; `default`: the small sample `evenhand run` uses unless told otherwise."""


def check_sample(suite: str, sample: str) -> None:
    """Raise a DatasetError naming the choices when `sample` is not one of them."""
    from evenhand.core import DatasetError

    if sample not in SAMPLES:
        raise DatasetError(
            f"unknown sample {sample!r} for {suite}: use one of {', '.join(SAMPLES)}"
        )


def chosen(name: str, value: str | list[str] | None, known: tuple[str, ...]) -> list[str] | None:
    """A task argument as a list, checked against the known values (None: no restriction)."""
    from evenhand.core import DatasetError

    values = as_list(value)
    unknown = sorted(set(values or []) - set(known))
    if unknown:
        raise DatasetError(f"unknown {name}(s) {unknown}: use {', '.join(known)}")
    return values


def answer_cap(max_tokens: int | None, sample: str, full: int, default_sample: int) -> int:
    """The answer length cap: as given, or the suite's cap for the sample."""
    if max_tokens is not None:
        return max_tokens
    return default_sample if sample == "default" else full


def suite_task(
    suite: str,
    samples: list[Sample],
    solver: Solver | list[Solver],
    scorer: Scorer,
    *,
    max_tokens: int,
    sample: str,
    judges: str | list[str],
    version: str,
) -> Task:
    """A suite's Inspect task: greedy decoding under the answer cap, and the task metadata the
    analysis reads (which suite, which sample, which judges)."""
    from inspect_ai import Task
    from inspect_ai.dataset import MemoryDataset
    from inspect_ai.model import GenerateConfig

    return Task(
        dataset=MemoryDataset(samples, name=f"evenhand-{suite}"),
        solver=solver,
        scorer=scorer,
        config=GenerateConfig(temperature=0.0, max_tokens=max_tokens),
        version=version,
        metadata={"suite": suite, "sample": sample, "judges": as_list(judges)},
    )
