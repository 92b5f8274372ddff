"""Reading many logs on every core: one worker process per core, each reading whole logs."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

PARALLEL_BYTES = 50_000_000
"""Log bytes above which worker processes pay for their start (a few seconds of imports)."""


def map_logs(
    function: Callable[[Item], Result], items: Sequence[Item], log_bytes: int
) -> Iterator[Result]:
    """`function` over `items` in order: in this process for small inputs, else in one spawned
    worker process per core (`function` must be a module-level function, `items` picklable)."""
    workers = min(os.cpu_count() or 1, len(items))
    if log_bytes < PARALLEL_BYTES or workers < 2:
        yield from map(function, items)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: the parent runs threads (Inspect's), which fork does not copy safely
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(function, items)
