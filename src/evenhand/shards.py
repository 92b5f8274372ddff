"""An audit split into shards that run in separate processes and share one log directory.

A shard is the unit Inspect's eval sets already resume: one suite's task on one model (a joint
suite, which seats every model at one table, is one shard run once). Each shard is its own eval
set over the one shared log directory, with the task arguments and generation settings a
single-process run uses, so Inspect identifies its log exactly as it would in one process: a rerun
(with any number of workers, or none) skips the shards that finished and resumes the rest, and
the report, export and compare read the directory unchanged.

Shards are not cut finer than (suite, model). Inspect tells a task's logs apart by task name,
arguments, model and settings, not by which of its samples ran, and every reader takes one
(model, suite) group's samples from that group's logs; an item shard would need a shard argument
in the task (so a log of another split, or of a single-process run, would not be reused) and would
have to keep each suite's matched pairs together (censorship's item and its control,
evenhandedness's pair, a deception game's table). The (suite, model) unit keeps every pairing in
one log by construction; item shards are left for when one suite on one model outgrows a process.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
import sys
import threading
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import replace
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path
from typing import Any, NamedTuple

from evenhand.core import redact


class Shard(NamedTuple):
    """One eval set of an audit: a suite run by `models` (one model, or a joint suite's first
    model seating all of them)."""

    id: str
    """Stable across runs of the same request: `suite@model`, or `suite@joint` for a joint suite."""
    suite: str
    models: tuple[str, ...]


class ShardOutcome(NamedTuple):
    """What a shard's process reports: whether its eval set succeeded and its logs' locations."""

    ok: bool
    locations: list[str]


def plan_shards(suites: list[Any], models: list[str]) -> list[Shard]:
    """The shards of an audit of `models` on `suites` (suite declarations), in suite order then
    model order, as a single-process run groups them: a joint suite with several models is one
    shard; with one model it is that model's shard like any other suite."""
    shards = []
    for suite in suites:
        if suite.joint and len(models) > 1:
            shards.append(Shard(f"{suite.name}@joint", suite.name, tuple(models[:1])))
        else:
            shards.extend(Shard(f"{suite.name}@{model}", suite.name, (model,)) for model in models)
    return shards


def run_shards(
    shards: list[Shard],
    request: Any,
    base_url: str | None,
    endpoint: str | None,
    workers: int,
) -> tuple[bool, list[Any], list[str]]:
    """Run the shards in up to `workers` spawned processes, printing a line on standard error as
    each finishes. Returns whether all succeeded, their logs (headers), and one error line per
    shard whose process failed (a shard whose log ended in error is reported from its log).

    Each shard's eval set runs in a staging directory of its own inside the log directory, holding
    that shard's earlier logs (moved there first, so it resumes them), and its logs are moved back
    up as soon as it ends. An eval set lists and reads every log under its directory when it
    starts and ends; over one shared directory it would read other shards' logs while their
    processes rewrite them, which fails at random (a header read between a file's size and its
    tail finds no end of archive). Moves within a directory are renames: atomic, nothing copied.

    `endpoint`: the redacted base URL to record in each task's metadata, when credentials are
    routed through environment variables (which the spawned processes inherit).
    """
    from inspect_ai._eval.evalset import eval_set_id_for_log_dir
    from inspect_ai.log import read_eval_log, write_log_dir_manifest

    log_dir = Path(request.log_dir)
    log_dir.mkdir(parents=True, exist_ok=True)
    eval_set_id = eval_set_id_for_log_dir(str(log_dir))  # the directory's id, for every shard
    staged = stage_shards(log_dir, shards)
    for staging in staged.values():
        eval_set_id_for_log_dir(str(staging), eval_set_id)
    success, errors = True, list[str]()
    locations: dict[str, list[str]] = {}
    context = _context()
    try:
        with ProcessPoolExecutor(max_workers=min(workers, len(shards)), mp_context=context) as pool:
            futures: dict[Future[ShardOutcome], Shard] = {
                pool.submit(
                    run_shard, shard, replace(request, log_dir=staged[shard.id]), base_url, endpoint
                ): shard
                for shard in shards
            }
            for done, future in enumerate(as_completed(futures), start=1):
                shard = futures[future]
                moved = unstage(log_dir, staged[shard.id])
                try:
                    outcome = future.result()
                except Exception as error:  # the shard's process raised or died
                    reason = _first_line(str(error)) or type(error).__name__
                    errors.append(redact(f"shard {shard.id} failed: {reason}"))
                    success = False
                    _echo(f"shard {done} of {len(shards)} {shard.id}: failed ({reason})")
                    continue
                locations[shard.id] = [
                    moved.get(Path(_path(at)).name, at) for at in outcome.locations
                ]
                success = success and outcome.ok
                if outcome.ok:
                    _echo(f"shard {done} of {len(shards)} {shard.id}: done")
                    continue
                reason = _failure(locations[shard.id])
                errors.append(redact(f"shard {shard.id} failed: {reason}"))
                _echo(f"shard {done} of {len(shards)} {shard.id}: failed ({reason})")
    finally:  # an interrupted run leaves no log in staging (a rerun would also sweep them up)
        for staging in staged.values():
            unstage(log_dir, staging)
        _remove_if_empty(log_dir / STAGING)
    # The headers are read once every process has ended, in plan order, and the directory's
    # listing is written afresh.
    logs = [
        read_eval_log(location, header_only=True)
        for shard in shards
        for location in locations.get(shard.id, [])
    ]
    write_log_dir_manifest(str(log_dir))
    return success, logs, errors


STAGING = ".evenhand-shards"
"""The folder of the log directory where running shards keep their logs (empty otherwise)."""


def stage_shards(log_dir: Path, shards: list[Shard]) -> dict[str, Path]:
    """A fresh staging directory per shard, holding the logs of the log directory that are the
    shard's (its suite, run by its model), so that its eval set resumes them. Logs left in
    staging by an interrupted run are first moved back up. Logs of no shard stay where they are."""
    from evenhand.logs import read_header

    sweep_staging(log_dir)
    staged = {shard.id: log_dir / STAGING / _folder_name(shard.id) for shard in shards}
    owner = {(shard.suite, shard.models[0]): shard.id for shard in shards}
    for staging in staged.values():
        staging.mkdir(parents=True, exist_ok=True)
    for path in sorted(log_dir.glob("*.eval")):
        header = read_header(str(path))  # the run checked every log before (check_log_dir)
        shard_id = owner.get((header.suite, header.model))
        if shard_id is not None:
            path.replace(staged[shard_id] / path.name)
    return staged


def sweep_staging(log_dir: Path) -> int:
    """Move every log left in the staging folder (by a run that was stopped) back up into the log
    directory; the number moved."""
    staging = log_dir / STAGING
    if not staging.is_dir():
        return 0
    moved = sum(len(unstage(log_dir, folder)) for folder in sorted(staging.iterdir()))
    _remove_if_empty(staging)
    return moved


def unstage(log_dir: Path, staging: Path) -> dict[str, str]:
    """Move a shard's logs up into the log directory and remove its staging folder; the new
    location of each log moved, by file name."""
    moved: dict[str, str] = {}
    if not staging.is_dir():
        return moved
    for path in sorted(staging.glob("*.eval")):
        target = log_dir / path.name
        path.replace(target)
        moved[path.name] = str(target)
    shutil.rmtree(staging, ignore_errors=True)  # the eval set's own listing and id files
    return moved


def run_shard(
    shard: Shard, request: Any, base_url: str | None, endpoint: str | None
) -> ShardOutcome:
    """Run one shard as an eval set in this process (the body of a worker process), in the
    request's log directory (the shard's staging directory). Inspect's display is off: several
    processes would draw over one another; the parent reports progress."""
    from evenhand.runner import _eval_set, _suite_task
    from evenhand.suites import get_suite

    task = _suite_task(get_suite(shard.suite), request)
    if endpoint is not None:
        task.metadata = {**(task.metadata or {}), "endpoint": endpoint}
    quiet = replace(request, display="none")
    ok, logs = _eval_set([task], quiet, base_url, list(shard.models))
    return ShardOutcome(bool(ok), [log.location for log in logs])


def _folder_name(shard_id: str) -> str:
    """A file-system-safe folder name for a shard id, distinct for distinct ids."""
    digest = hashlib.sha256(shard_id.encode()).hexdigest()[:10]
    return f"{re.sub(r'[^A-Za-z0-9._-]+', '_', shard_id)}-{digest}"


def _path(location: str) -> str:
    return location.removeprefix("file://")


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):
        folder.rmdir()


PRELOAD = ["inspect_ai", "inspect_ai.log", "openai", "evenhand.runner", "evenhand.suites"]
"""Modules the fork server imports once, so that each worker it forks starts with them loaded."""


def _context() -> Any:
    """How workers start. Forked from this process when it runs no other thread: they start with
    Inspect, evenhand and the suites' parsed items already loaded (a spawned worker loads them
    anew, seconds of CPU each). Forking a process that runs threads can copy a lock another
    thread holds (a test's loopback server, for one), so then they are forked from a fork server
    that has imported Inspect and evenhand once; spawned where neither is available."""
    methods = get_all_start_methods()
    if threading.active_count() == 1 and "fork" in methods:
        return get_context("fork")
    if "forkserver" in methods:
        context = get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return get_context("spawn")


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
