"""Running an audit's shards: the driver's scheduling loop, and a shard's body in its process."""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from evenhand.core import is_remote, redact
from evenhand.logs import LogHeader, filesystem, forwarded_storage_environment
from evenhand.shards._plan import Shard, ShardOutcome, plan_connections
from evenhand.shards._staging import (
    ShardCount,
    is_shared_with_this_node,
    mark_attempt,
    remove_staging,
    scored,
    stage_shards,
    unstage,
)

if TYPE_CHECKING:
    from evenhand.shards._backends import Backend

PROGRESS_SECONDS = 30.0
"""How often the driver prints how many samples the running shards have scored."""


def run_shards(
    shards: list[Shard],
    request: Any,
    base_url: str | None,
    endpoint: str | None,
    backend: Backend,
    earlier: list[LogHeader],
    meanwhile: Callable[[], object] | None = None,
) -> tuple[bool, list[Any], list[str]]:
    """Run the shards on `backend`, printing a line on standard error as each finishes. Returns
    whether all succeeded, their logs (headers), and one error line per shard that failed.

    Each shard's eval set runs in a staging folder of its own inside the log directory
    (`evenhand.shards._staging`), holding that shard's earlier logs (`earlier`: the headers of the
    directory's logs), and its logs move back up as soon as it ends.

    `request.max_connections` caps the concurrent requests to each model across all the shards
    (`plan_connections`). `endpoint`: the redacted base URL to record in each task's metadata,
    when credentials are routed through environment variables. `meanwhile`: work for the driver
    to do once the first shards have started, while it would otherwise only wait.
    """
    from inspect_ai._eval.evalset import eval_set_id_for_log_dir
    from inspect_ai.log import read_eval_log, write_log_dir_manifest

    log_dir = str(request.log_dir)
    fs, root = filesystem(log_dir)
    fs.makedirs(root, exist_ok=True)
    eval_set_id = eval_set_id_for_log_dir(log_dir)  # the directory's id, for every shard
    staged = stage_shards(log_dir, shards, earlier)
    for staging in staged.values():
        eval_set_id_for_log_dir(staging, eval_set_id)
    plan = plan_connections(shards, request.max_connections, backend.slots)
    success, errors = True, list[str]()
    locations: dict[str, list[str]] = {}
    waiting, running = list(shards), dict[Any, Shard]()
    busy = Counter[str]()
    done = 0
    counted: dict[str, int] = {}  # samples scored by the shards that ended
    started = last = time.monotonic()
    _echo(f"{len(shards)} shards on {backend}")
    try:
        while waiting or running:
            for shard in list(waiting):
                if len(running) >= backend.slots:
                    break
                if any(busy[m] >= plan.concurrent[m] for m in set(shard.uses)):
                    continue
                limits = [plan.per_shard[m] for m in set(shard.uses)]
                connections = None if None in limits else min(limits)  # type: ignore[type-var]
                own = replace(request, log_dir=staged[shard.id], max_connections=connections)
                running[backend.submit(shard, own, base_url, endpoint)] = shard
                busy.update(set(shard.uses))
                waiting.remove(shard)
            if meanwhile is not None:
                meanwhile()
                meanwhile = None
            wait_for = max(0.0, last + PROGRESS_SECONDS - time.monotonic())
            finished = backend.wait(list(running), wait_for)
            if finished is None or time.monotonic() - last >= PROGRESS_SECONDS:
                now = sum(counted.values()) + sum(
                    scored(staged[s.id]) for s in running.values() if s.id not in counted
                )
                left = f"{done} done, {len(running)} running, {len(waiting)} waiting"
                _echo(f"{now} samples scored; shards {left}; {time.monotonic() - started:.0f} s")
                last = time.monotonic()
            if finished is None:
                continue
            handle, result = finished
            shard = running.pop(handle)
            busy.subtract(set(shard.uses))
            done += 1
            counted[shard.id] = scored(staged[shard.id])
            moved = unstage(log_dir, staged[shard.id])
            where = f"shard {done} of {len(shards)} {shard.id}"
            if isinstance(result, BaseException):  # the shard's process raised or died
                reason = _first_line(str(result)) or type(result).__name__
                errors.append(redact(f"shard {shard.id} failed: {reason}"))
                success = False
                _echo(f"{where}: failed ({reason})")
                continue
            locations[shard.id] = [moved.get(_name(at), at) for at in result.locations]
            success = success and result.ok
            retried = f" (attempt {result.attempt})" if result.attempt > 1 else ""
            if result.ok:
                _echo(f"{where}: done{retried}")
                continue
            reason = _failure(locations[shard.id])
            errors.append(redact(f"shard {shard.id} failed: {reason}"))
            _echo(f"{where}: failed{retried} ({reason})")
    finally:  # an interrupted run leaves no log in staging (a rerun would also sweep them up)
        backend.close()
        for staging in staged.values():
            unstage(log_dir, staging)
        remove_staging(log_dir)
    # The headers are read once every shard has ended, in plan order, and the directory's
    # listing is written afresh.
    logs = [
        read_eval_log(location, header_only=True)
        for shard in shards
        for location in locations.get(shard.id, [])
    ]
    write_log_dir_manifest(log_dir)
    return success, logs, errors


def run_shard_attempt(
    shard: Shard, request: Any, base_url: str | None, endpoint: str | None, env: dict[str, str]
) -> ShardOutcome:
    """Run a shard in a worker process or a Ray worker: count the attempt in its staging folder,
    then run it."""
    os.environ.update(env)  # first: a remote staging folder is reached through these variables
    staging = str(request.log_dir)
    if not is_shared_with_this_node(staging):
        raise RuntimeError(
            f"{staging} is not on this node's file system: shards need a log directory that "
            "every node sees at the same path (a shared file system) or a remote one (s3://...)"
        )
    attempt = mark_attempt(staging, os.getpid())
    return run_shard(shard, request, base_url, endpoint, env)._replace(attempt=attempt)


def forwarded_environment(models: list[str], log_dir: str = "") -> dict[str, str]:
    """The variables of this process that name the endpoints and keys of `models` (and judges):
    `<PROVIDER>_API_KEY` and `<PROVIDER>_BASE_URL`, and `<SERVICE>_...` for
    `openai-api/<service>/<name>`, those that are set; and for a remote log directory, those its
    object store reads (`AWS_...` and the like)."""
    prefixes = set()
    for model in models:
        provider, _, rest = model.partition("/")
        prefixes.add(provider.upper().replace("-", "_"))
        if provider == "openai-api" and "/" in rest:
            prefixes.add(rest.split("/")[0].upper().replace("-", "_"))
    names = [
        f"{prefix}_{suffix}" for prefix in sorted(prefixes) for suffix in ("API_KEY", "BASE_URL")
    ]
    models_env = {name: os.environ[name] for name in names if name in os.environ}
    storage = forwarded_storage_environment() if is_remote(log_dir) else {}
    return {**storage, **models_env}


_progress = ShardCount()


@cache
def _count_samples_in_shards() -> None:
    """Register an Inspect hook (once per process, and only in shard processes) that counts the
    samples that end while a shard runs, so that the driver can report progress across processes
    and nodes (through the shard's staging folder, which every node reaches)."""
    from inspect_ai.hooks import Hooks, SampleEnd, hooks

    @hooks(name="evenhand_shard_progress", description="Counts the samples of an evenhand shard.")
    class ShardProgress(Hooks):
        def enabled(self) -> bool:
            return _progress.folder is not None

        async def on_sample_end(self, data: SampleEnd) -> None:
            _progress.add()


def run_shard(
    shard: Shard,
    request: Any,
    base_url: str | None,
    endpoint: str | None,
    env: dict[str, str] | None = None,
) -> ShardOutcome:
    """Run one shard as an eval set in this process (the body of a worker process), in the
    request's log directory (the shard's staging folder), with `env` set in the environment.
    Inspect's display is off: several processes would draw over one another; the parent reports
    progress."""
    from evenhand.runner import _eval_set, _heap_frozen, _suite_task
    from evenhand.suites import get_suite

    os.environ.update(env or {})
    _count_samples_in_shards()
    _progress.start(str(request.log_dir))
    task = _suite_task(get_suite(shard.suite), request, shard.item_shard)
    if endpoint is not None:
        task.metadata = {**(task.metadata or {}), "endpoint": endpoint}
    quiet = replace(request, display="none")
    try:
        # The heap alive now (Inspect, evenhand, the suite's items and task) is left out of the
        # run's garbage collections, as in the driver: a Ray worker is not forked from it.
        with _heap_frozen():
            ok, logs = _eval_set([task], quiet, base_url, list(shard.models))
    finally:
        _progress.stop()
    return ShardOutcome(bool(ok), [log.location for log in logs])


def _name(location: str) -> str:
    return location.removeprefix("file://").rstrip("/").rsplit("/", 1)[-1]


def _failure(locations: list[str]) -> str:
    """Why a shard's eval set did not succeed: its log's error, else its first sample error
    (a log whose samples used up their retries ends in error with no error of its own)."""
    from inspect_ai.log import read_eval_log, read_eval_log_sample_summaries

    for log in (read_eval_log(location, header_only=True) for location in locations):
        if log.status == "success":
            continue
        if log.error is not None:
            return _first_line(log.error.message) or log.status
        summaries = read_eval_log_sample_summaries(log.location)
        failed = [s for s in summaries if s.error]
        if failed:
            first = _first_line(failed[0].error or "")
            return f"{len(failed)} of {len(summaries)} samples errored, first: {first}"
        return f"its log ended with status {log.status}"
    return "no log"


def _echo(line: str) -> None:
    print(redact(f"evenhand: {line}"), file=sys.stderr, flush=True)


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else ""
