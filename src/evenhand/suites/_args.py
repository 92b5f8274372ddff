"""Task arguments and task construction shared by the suites."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

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
    item_shard: str | None = None,
) -> Task:
    """A suite's Inspect task: greedy decoding under the answer cap, and the task metadata the
    analysis reads (which suite, which sample, which judges, which item shard). `item_shard`
    (`k/n` or `k/n:limit`, see `ItemShard`) keeps only that shard's samples."""
    from inspect_ai import Task
    from inspect_ai.dataset import MemoryDataset
    from inspect_ai.model import GenerateConfig

    metadata = {"suite": suite, "sample": sample, "judges": as_list(judges)}
    if item_shard is not None:
        samples = ItemShard.parse(item_shard).take(samples)
        metadata["item_shard"] = item_shard
    return Task(
        dataset=MemoryDataset(samples, name=f"evenhand-{suite}"),
        solver=solver,
        scorer=scorer,
        config=GenerateConfig(temperature=0.0, max_tokens=max_tokens),
        version=version,
        metadata=metadata,
    )


KEPT_TOGETHER = "pair_id"
"""The sample metadata field whose samples always share an item shard (an item and its matched
counterparts and controls); a sample without it is a group of its own."""

_ITEM_SHARD = re.compile(r"^([1-9]\d*)/([1-9]\d*)(?::([1-9]\d*))?$")


class ItemShard(NamedTuple):
    """The `number`-th (from 1) of `total` item shards of a task's first `limit` samples (all of
    them when None): the samples are taken in the dataset's order, grouped by `KEPT_TOGETHER`,
    and the groups, in order of first appearance, cut into `total` runs of about equal numbers
    of samples. Together the shards hold exactly the samples a run with `--limit limit` runs."""

    number: int
    total: int
    limit: int | None = None

    def __str__(self) -> str:
        shard = f"{self.number}/{self.total}"
        return shard if self.limit is None else f"{shard}:{self.limit}"

    @classmethod
    def parse(cls, text: str) -> ItemShard:
        """An item shard from its task argument (`2/4`, or `2/4:480` of the first 480 samples).

        Raises:
            DatasetError: anything else, or a number outside 1..total.
        """
        from evenhand.core import DatasetError

        match = _ITEM_SHARD.match(text.strip())
        if match is None or not 1 <= int(match[1]) <= int(match[2]):
            raise DatasetError(
                f"item_shard {text!r} is not k/n (or k/n:limit) with 1 <= k <= n, e.g. 2/4"
            )
        return cls(int(match[1]), int(match[2]), int(match[3]) if match[3] else None)

    def take(self, samples: list[Sample]) -> list[Sample]:
        """This shard's samples, in the dataset's order."""
        return split_items(samples[: self.limit], self.total)[self.number - 1]


def split_items(samples: list[Sample], count: int) -> list[list[Sample]]:
    """`samples` cut into `count` item shards (see `ItemShard`), each in the dataset's order;
    a shard is empty when a group larger than its share took its place."""
    groups: dict[object, list[int]] = {}
    for at, sample in enumerate(samples):
        key = (sample.metadata or {}).get(KEPT_TOGETHER)
        groups.setdefault(("id", sample.id) if key is None else ("pair", key), []).append(at)
    shards: list[list[int]] = [[] for _ in range(count)]
    before = 0
    for members in groups.values():
        shards[min(count - 1, before * count // max(1, len(samples)))].extend(members)
        before += len(members)
    return [[samples[at] for at in sorted(shard)] for shard in shards]
