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
import logging
import os
import re
import shutil
import socket
import sys
import threading
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from functools import cache
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from evenhand.core import EvenhandError, redact


class Shard(NamedTuple):
    """One eval set of an audit: a suite run by `models` (one model, or a joint suite's first
    model seating all of them)."""

    id: str
    """Stable across runs of the same request: `suite@model`, or `suite@joint` for a joint suite."""
    suite: str
    models: tuple[str, ...]
    seats: tuple[str, ...] = ()
    """Every model the shard sends requests to (a joint suite's table seats them all); `models`
    when empty."""

    @property
    def uses(self) -> tuple[str, ...]:
        return self.seats or self.models


class ShardOutcome(NamedTuple):
    """What a shard's process reports: whether its eval set succeeded, its logs' locations, and
    which attempt it was (a Ray task whose worker died is run again)."""

    ok: bool
    locations: list[str]
    attempt: int = 1


def plan_shards(suites: list[Any], models: list[str]) -> list[Shard]:
    """The shards of an audit of `models` on `suites` (suite declarations), in suite order then
    model order, as a single-process run groups them: a joint suite with several models is one
    shard; with one model it is that model's shard like any other suite."""
    shards = []
    for suite in suites:
        if suite.joint and len(models) > 1:
            shards.append(
                Shard(f"{suite.name}@joint", suite.name, tuple(models[:1]), tuple(models))
            )
        else:
            shards.extend(Shard(f"{suite.name}@{model}", suite.name, (model,)) for model in models)
    return shards


class Backend(Protocol):
    """Where shards run: local processes or a Ray cluster."""

    slots: int
    """How many shards may run at once."""

    def submit(self, shard: Shard, request: Any, base_url: str | None, endpoint: str | None) -> Any:
        """Start a shard; a handle to wait on."""
        ...

    def wait(
        self, handles: list[Any], timeout: float
    ) -> tuple[Any, ShardOutcome | BaseException] | None:
        """Block until one of the handles has finished (it, and its outcome or its failure), or
        for `timeout` seconds (None)."""
        ...

    def close(self) -> None:
        """Release the processes or the cluster connection."""
        ...


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


def run_shards(
    shards: list[Shard],
    request: Any,
    base_url: str | None,
    endpoint: str | None,
    backend: Backend,
) -> tuple[bool, list[Any], list[str]]:
    """Run the shards on `backend`, printing a line on standard error as each finishes. Returns
    whether all succeeded, their logs (headers), and one error line per shard that failed.

    Each shard's eval set runs in a staging directory of its own inside the log directory, holding
    that shard's earlier logs (moved there first, so it resumes them), and its logs are moved back
    up as soon as it ends. An eval set lists and reads every log under its directory when it
    starts and ends; over one shared directory it would read other shards' logs while their
    processes rewrite them, which fails at random (a header read between a file's size and its
    tail finds no end of archive). Moves within a directory are renames: atomic, nothing copied.

    `request.max_connections` caps the concurrent requests to each model across all the shards
    (`plan_connections`). `endpoint`: the redacted base URL to record in each task's metadata,
    when credentials are routed through environment variables.
    """
    from inspect_ai._eval.evalset import eval_set_id_for_log_dir
    from inspect_ai.log import read_eval_log, write_log_dir_manifest

    log_dir = Path(request.log_dir)
    log_dir.mkdir(parents=True, exist_ok=True)
    eval_set_id = eval_set_id_for_log_dir(str(log_dir))  # the directory's id, for every shard
    staged = stage_shards(log_dir, shards)
    for staging in staged.values():
        eval_set_id_for_log_dir(str(staging), eval_set_id)
    plan = plan_connections(shards, request.max_connections, backend.slots)
    success, errors = True, list[str]()
    locations: dict[str, list[str]] = {}
    waiting, running = list(shards), dict[Any, Shard]()
    busy = Counter[str]()
    done = 0
    scored: dict[str, int] = {}  # samples scored by the shards that ended
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
            wait_for = max(0.0, last + PROGRESS_SECONDS - time.monotonic())
            finished = backend.wait(list(running), wait_for)
            if finished is None or time.monotonic() - last >= PROGRESS_SECONDS:
                now = sum(scored.values()) + sum(
                    _scored(staged[s.id]) for s in running.values() if s.id not in scored
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
            scored[shard.id] = _scored(staged[shard.id])
            moved = unstage(log_dir, staged[shard.id])
            where = f"shard {done} of {len(shards)} {shard.id}"
            if isinstance(result, BaseException):  # the shard's process raised or died
                reason = _first_line(str(result)) or type(result).__name__
                errors.append(redact(f"shard {shard.id} failed: {reason}"))
                success = False
                _echo(f"{where}: failed ({reason})")
                continue
            locations[shard.id] = [moved.get(Path(_path(at)).name, at) for at in result.locations]
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
        _remove_if_empty(log_dir / STAGING)
    # The headers are read once every shard has ended, in plan order, and the directory's
    # listing is written afresh.
    logs = [
        read_eval_log(location, header_only=True)
        for shard in shards
        for location in locations.get(shard.id, [])
    ]
    write_log_dir_manifest(str(log_dir))
    return success, logs, errors


class LocalBackend:
    """Shards in up to `workers` local processes (see `_context` for how they start), each given
    the variables in `env` (the models' endpoints and keys): a fork server started earlier in this
    process holds the environment of that moment.

    A worker that dies (killed, out of memory) breaks the whole pool, and every shard running in it
    with it: the pool is started anew and those shards run again, up to `SHARD_RETRIES` times each,
    resuming the samples their logs saved (as Ray does for its tasks). A handle is the shard's
    place in the order of submission, which stays the same across such restarts."""

    def __init__(self, workers: int, env: dict[str, str]) -> None:
        self.slots = workers
        self._env = env
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context())
        self._calls: dict[int, tuple[Any, ...]] = {}
        self._futures: dict[int, Future[ShardOutcome]] = {}
        self._restarts: Counter[int] = Counter()

    def __str__(self) -> str:
        return _count(self.slots, "local process", "local processes")

    def submit(self, shard: Shard, request: Any, base_url: str | None, endpoint: str | None) -> int:
        handle = len(self._calls)
        self._calls[handle] = (shard, request, base_url, endpoint, self._env)
        self._futures[handle] = self._pool.submit(run_shard_attempt, *self._calls[handle])
        return handle

    def wait(
        self, handles: list[int], timeout: float
    ) -> tuple[int, ShardOutcome | BaseException] | None:
        futures = {self._futures[h]: h for h in handles}
        finished, _ = wait(list(futures), timeout=timeout, return_when=FIRST_COMPLETED)
        if not finished:
            return None
        broken = [h for f, h in futures.items() if f in finished and _broken(f)]
        if broken and all(self._restarts[h] < SHARD_RETRIES for h in broken):
            self._restart([h for h in handles if _broken(self._futures[h])])
            return self.wait(handles, timeout)
        handle = next(h for f, h in futures.items() if f in finished)
        error = self._futures[handle].exception()
        return handle, error if error is not None else self._futures[handle].result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _restart(self, handles: list[int]) -> None:
        """A new pool, and the shards the broken one took down submitted to it again."""
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = ProcessPoolExecutor(max_workers=self.slots, mp_context=_context())
        for handle in handles:
            self._restarts[handle] += 1
            self._futures[handle] = self._pool.submit(run_shard_attempt, *self._calls[handle])


def _broken(future: Future[ShardOutcome]) -> bool:
    return future.done() and isinstance(future.exception(), BrokenProcessPool)


SHARD_RETRIES = 2
"""How many times Ray runs a shard again after its worker process died (killed, out of memory, its
node lost); the eval set resumes the samples its log already holds."""


class RayBackend:
    """Shards as tasks on a Ray cluster, one CPU each, as many at once as the cluster has CPUs.

    The log directory must be on a file system every node sees at the same path; the variables
    in `env` (the models' endpoints and keys) are handed to each task, since the nodes do not
    share the driver's environment.
    """

    def __init__(self, address: str, env: dict[str, str]) -> None:
        try:
            import ray as ray_module
        except ImportError as error:
            raise EvenhandError(
                "--ray needs Ray, which is not installed: pip install 'evenhand[ray]'"
            ) from error
        ray: Any = ray_module  # Ray's API is only partly typed
        self._ray = ray
        _probe(address)
        try:
            ray.init(
                address=address,
                log_to_driver=False,
                logging_level=logging.WARNING,
            )
        except Exception as error:  # Ray raises ConnectionError, ValueError, RuntimeError ...
            reason = _first_line(str(error)) or type(error).__name__
            raise EvenhandError(
                f"--ray {address}: no Ray cluster reachable there ({reason}); start one with "
                "`ray start --head` or give its address (host:port, or auto for this machine's)"
            ) from error
        self.slots = max(1, int(ray.cluster_resources().get("CPU", 1)))
        self._nodes = sum(1 for node in ray.nodes() if node.get("Alive"))
        self._task = ray.remote(num_cpus=1, max_retries=SHARD_RETRIES)(run_shard_attempt)
        self._env = env

    def __str__(self) -> str:
        nodes, cpus = _count(self._nodes, "node", "nodes"), _count(self.slots, "CPU", "CPUs")
        return f"a Ray cluster of {nodes} and {cpus}"

    def submit(self, shard: Shard, request: Any, base_url: str | None, endpoint: str | None) -> Any:
        return self._task.remote(shard, request, base_url, endpoint, self._env)

    def wait(
        self, handles: list[Any], timeout: float
    ) -> tuple[Any, ShardOutcome | BaseException] | None:
        finished, _ = self._ray.wait(handles, num_returns=1, timeout=timeout)
        if not finished:
            return None
        try:
            return finished[0], self._ray.get(finished[0])
        except Exception as error:  # the task raised, or its worker died more often than retried
            return finished[0], _unwrap(error)

    def close(self) -> None:
        self._ray.shutdown()


def _probe(address: str) -> None:
    """Fail at once when nothing listens at a Ray address (`ray.init` would wait for minutes).

    Raises:
        EvenhandError: the address is not host:port, or its port does not accept a connection.
    """
    if address == "auto":
        return  # Ray looks for this machine's cluster itself, and says so at once if there is none
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():
        raise EvenhandError(f"--ray {address}: expected host:port (or auto), as `ray start` prints")
    try:
        socket.create_connection((host, int(port)), timeout=5).close()
    except OSError as error:
        raise EvenhandError(
            f"--ray {address}: nothing answers there ({error.strerror or error}); start a "
            "cluster with `ray start --head` or give its address"
        ) from error


def run_shard_attempt(
    shard: Shard, request: Any, base_url: str | None, endpoint: str | None, env: dict[str, str]
) -> ShardOutcome:
    """Run a shard in a worker process or a Ray worker: count the attempt in its staging folder
    (a shard run again finds the earlier attempts' marks, which name their processes), then run
    it."""
    staging = Path(request.log_dir)
    if not staging.is_dir():
        raise RuntimeError(
            f"{staging} is not on this node's file system: shards need a log directory that "
            "every node sees at the same path (a shared file system)"
        )
    attempt = len(list(staging.glob(".attempt-*"))) + 1
    (staging / f".attempt-{attempt}").write_text(str(os.getpid()))
    return run_shard(shard, request, base_url, endpoint, env)._replace(attempt=attempt)


def forwarded_environment(models: list[str]) -> dict[str, str]:
    """The variables of this process that name the endpoints and keys of `models` (and judges):
    `<PROVIDER>_API_KEY` and `<PROVIDER>_BASE_URL`, and `<SERVICE>_...` for
    `openai-api/<service>/<name>`, those that are set."""
    prefixes = set()
    for model in models:
        provider, _, rest = model.partition("/")
        prefixes.add(provider.upper().replace("-", "_"))
        if provider == "openai-api" and "/" in rest:
            prefixes.add(rest.split("/")[0].upper().replace("-", "_"))
    names = [
        f"{prefix}_{suffix}" for prefix in sorted(prefixes) for suffix in ("API_KEY", "BASE_URL")
    ]
    return {name: os.environ[name] for name in names if name in os.environ}


def _unwrap(error: BaseException) -> BaseException:
    """The shard's own exception inside Ray's wrapper (`RayTaskError` keeps it as its cause)."""
    cause = getattr(error, "cause", None)
    return cause if isinstance(cause, BaseException) else error


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


class ShardCount:
    """The scored samples of the shard this process is running, and where to write them."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.count = 0
        self._written = 0.0

    def start(self, folder: Path) -> None:
        self.folder, self.count, self._written = folder, 0, 0.0

    def add(self) -> None:
        self.count += 1
        if time.monotonic() - self._written >= 1.0:
            self._write()

    def stop(self) -> None:
        self._write()
        self.folder = None

    def _write(self) -> None:
        if self.folder is None:
            return
        self._written = time.monotonic()
        temporary = self.folder / f"{PROGRESS_FILE}.writing"
        with contextlib.suppress(OSError):  # progress is a courtesy: never fail a shard on it
            temporary.write_text(str(self.count))
            temporary.replace(self.folder / PROGRESS_FILE)


PROGRESS_SECONDS = 30.0
"""How often the driver prints how many samples the running shards have scored."""
PROGRESS_FILE = ".scored"
"""A running shard's count of scored samples, in its staging folder (written at most once a
second as samples end, and when the shard ends)."""
_progress = ShardCount()


@cache
def _count_samples_in_shards() -> None:
    """Register an Inspect hook (once per process, and only in shard processes) that counts the
    samples that end while a shard runs, so that the driver can report progress across processes
    and nodes (through the shard's staging folder: a shared file system is required anyway)."""
    from inspect_ai.hooks import Hooks, SampleEnd, hooks

    @hooks(name="evenhand_shard_progress", description="Counts the samples of an evenhand shard.")
    class ShardProgress(Hooks):
        def enabled(self) -> bool:
            return _progress.folder is not None

        async def on_sample_end(self, data: SampleEnd) -> None:
            _progress.add()


def _scored(staging: Path) -> int:
    """The count a shard's progress file holds; 0 before its first sample or when unreadable."""
    try:
        return int((staging / PROGRESS_FILE).read_text())
    except (OSError, ValueError):
        return 0


def run_shard(
    shard: Shard,
    request: Any,
    base_url: str | None,
    endpoint: str | None,
    env: dict[str, str] | None = None,
) -> ShardOutcome:
    """Run one shard as an eval set in this process (the body of a worker process), in the
    request's log directory (the shard's staging directory), with `env` set in the environment.
    Inspect's display is off: several processes would draw over one another; the parent reports
    progress."""
    from evenhand.runner import _eval_set, _suite_task
    from evenhand.suites import get_suite

    os.environ.update(env or {})
    _count_samples_in_shards()
    _progress.start(Path(request.log_dir))
    task = _suite_task(get_suite(shard.suite), request)
    if endpoint is not None:
        task.metadata = {**(task.metadata or {}), "endpoint": endpoint}
    quiet = replace(request, display="none")
    try:
        ok, logs = _eval_set([task], quiet, base_url, list(shard.models))
    finally:
        _progress.stop()
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


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _echo(line: str) -> None:
    print(redact(f"evenhand: {line}"), file=sys.stderr, flush=True)


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else ""
