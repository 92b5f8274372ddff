"""The shards of an audit, and how a cap on connections per model is split among them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple


class Shard(NamedTuple):
    """One eval set of an audit: a suite (or one item shard of it) run by `models` (one model,
    or a joint suite's first model seating all of them)."""

    id: str
    """Stable across runs of the same request: `suite@model`, or `suite@joint` for a joint suite,
    with `#k/n` after it for an item shard."""
    suite: str
    models: tuple[str, ...]
    seats: tuple[str, ...] = ()
    """Every model the shard sends requests to (a joint suite's table seats them all); `models`
    when empty."""
    item_shard: str | None = None
    """The suite task's `item_shard` argument (`k/n` or `k/n:limit`); None for the whole suite."""

    @property
    def uses(self) -> tuple[str, ...]:
        return self.seats or self.models


class ShardOutcome(NamedTuple):
    """What a shard's process reports: whether its eval set succeeded, its logs' locations, and
    which attempt it was (a shard whose worker died is run again)."""

    ok: bool
    locations: list[str]
    attempt: int = 1


def plan_shards(
    suites: list[Any],
    models: list[str],
    item_shards: Mapping[str, Sequence[str | None]] | None = None,
) -> list[Shard]:
    """The shards of an audit of `models` on `suites` (suite declarations), in suite order, then
    item shard order (`item_shards`: each suite's `item_shard` arguments; the whole suite when
    absent), then model order, as a single-process run groups them: a joint suite with several
    models is one shard per item shard; with one model it is that model's like any other suite."""
    shards = []
    for suite in suites:
        for part in (item_shards or {}).get(suite.name) or [None]:
            tail = "" if part is None else f"#{part.split(':')[0]}"
            if suite.joint and len(models) > 1:
                shards.append(
                    Shard(
                        f"{suite.name}@joint{tail}",
                        suite.name,
                        tuple(models[:1]),
                        tuple(models),
                        part,
                    )
                )
            else:
                shards.extend(
                    Shard(f"{suite.name}@{model}{tail}", suite.name, (model,), (), part)
                    for model in models
                )
    return shards


class ConnectionPlan(NamedTuple):
    """How a cap on concurrent requests per model holds across every process at once: at most
    `concurrent[model]` shards using the model run at a time, each with `per_shard[model]`
    connections (Inspect's own limit inside its process)."""

    concurrent: dict[str, int]
    per_shard: dict[str, int | None]


def plan_connections(shards: list[Shard], cap: int | None, slots: int) -> ConnectionPlan:
    """Split `--max-connections` (a cap per model for the whole audit) among the shards that may
    run at once. Without a cap each shard keeps Inspect's adaptive limit and only `slots` bounds
    how many run together."""
    using = Counter(model for shard in shards for model in set(shard.uses))
    if cap is None:
        return ConnectionPlan(dict.fromkeys(using, slots), dict.fromkeys(using, None))
    concurrent = {model: min(slots, count, cap) for model, count in using.items()}
    return ConnectionPlan(concurrent, {m: cap // n for m, n in concurrent.items()})
