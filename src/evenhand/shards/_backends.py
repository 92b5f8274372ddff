"""Where shards run: local worker processes, or tasks on a Ray cluster."""

from __future__ import annotations

import logging
import socket
import threading
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_all_start_methods, get_context
from typing import Any, Protocol

from evenhand.core import EvenhandError
from evenhand.shards._plan import Shard, ShardOutcome
from evenhand.shards._run import run_shard_attempt


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

    The log directory must be on a file system every node sees at the same path, or a remote one
    (`s3://...`) every node can reach; the variables in `env` (the models' endpoints and keys,
    the object store's) are handed to each task, since the nodes do not share the driver's
    environment.
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


def _unwrap(error: BaseException) -> BaseException:
    """The shard's own exception inside Ray's wrapper (`RayTaskError` keeps it as its cause)."""
    cause = getattr(error, "cause", None)
    return cause if isinstance(cause, BaseException) else error


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


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else ""
