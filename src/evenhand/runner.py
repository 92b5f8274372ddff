"""`evenhand run`: audit models on suites through Inspect's eval sets, then summarise the logs."""

from __future__ import annotations

import gc
import os
import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from evenhand.core import (
    BreakdownCell,
    EvenhandError,
    HeadlineMetric,
    JudgeError,
    Validity,
    add_secrets,
    make_directory,
    redact,
    redact_url,
    url_secrets,
)
from evenhand.judging import HEURISTIC
from evenhand.logs import (
    LogDir,
    LogHeader,
    make_remote_directory,
    open_log_dir,
    read_header,
    resume_hint,
    scrub_log_dir,
    unfinished,
)
from evenhand.model import DEFAULT_LOCAL_MODEL
from evenhand.shards import Backend, sweep_staging
from evenhand.suites import get_suite, suite_names

DEFAULT_LOG_DIR = Path("evenhand-logs")
DEFAULT_JUDGE = HEURISTIC
DEFAULT_SAMPLE = "default"
DEFAULT_MAX_RETRIES = 5
DEFAULT_TIMEOUT_SECONDS = 300
ENDPOINT_CHECK_SECONDS = 5.0
_MODEL_STRING = re.compile(r"^[A-Za-z0-9_.-]+/\S+$")


@dataclass(frozen=True)
class AuditRequest:
    """What to audit, with which judge, and where the logs go."""

    models: list[str] = field(default_factory=lambda: [DEFAULT_LOCAL_MODEL])
    suites: list[str] = field(default_factory=suite_names)
    sample: str = DEFAULT_SAMPLE
    limit: int | None = None
    judges: list[str] = field(default_factory=lambda: [DEFAULT_JUDGE])
    log_dir: Path | str = DEFAULT_LOG_DIR
    """A local folder, or a URL of a remote one Inspect writes to (`s3://bucket/audit`)."""
    max_connections: int | None = None
    model_base_url: str | None = None
    max_retries: int = DEFAULT_MAX_RETRIES
    display: str | None = None
    dataset: Path | None = None
    """A user's item file, for the suites whose task takes a `dataset` argument."""
    workers: int = 1
    """Processes to run the audit's shards in (`evenhand.shards`); 1 runs it in this process."""
    ray: str | None = None
    """A Ray cluster's address (or `auto`) to run the audit's shards on, instead of processes."""
    item_shards: int = 1
    """Cut each suite's samples (after `limit`) into this many item shards, each an eval set of
    its own (`evenhand.suites.ItemShard`); 1 runs each suite whole."""
    epochs: int = 1
    """Times each sample is put to the model (Inspect's epochs, in every shard); the suites'
    intervals are clustered by item, so an item's epochs count as one."""


class SummaryRow(NamedTuple):
    """One headline number of one model on one suite, and how far its judges can be trusted."""

    model: str
    suite: str
    metric: HeadlineMetric
    validity: Validity | None = None


class BreakdownRow(NamedTuple):
    """One label's rate in one group of one model's samples on one suite."""

    model: str
    suite: str
    cell: BreakdownCell


@dataclass(frozen=True)
class AuditResult:
    """The logs an audit wrote, its headline numbers and their breakdown by group."""

    success: bool
    log_files: list[str]
    summary: list[SummaryRow]
    errors: list[str]
    breakdown: list[BreakdownRow] = field(default_factory=list)
    resume: str | None = None
    """How many logs in the log directory were left unfinished and how to resume them."""


def run_audit(request: AuditRequest) -> AuditResult:
    """Run (or resume) an audit and summarise it.

    Raises:
        EvenhandError: an unknown suite, a malformed or unusable model or judge, or an endpoint that
            cannot be reached. Nothing is written before these checks pass.
    """
    suites = [get_suite(name) for name in request.suites]
    if request.limit is not None and request.limit < 1:
        raise EvenhandError(f"--limit must be at least 1, got {request.limit}")
    if request.workers < 1:
        raise EvenhandError(f"--workers must be at least 1, got {request.workers}")
    if request.item_shards < 1:
        raise EvenhandError(f"--item-shards must be at least 1, got {request.item_shards}")
    if request.epochs < 1:
        raise EvenhandError(f"--epochs must be at least 1, got {request.epochs}")
    if request.item_shards > 1:
        check_item_shards(suites)
    if request.ray is not None and request.workers > 1:
        raise EvenhandError("--ray and --workers both say where shards run: give one of them")
    if request.model_base_url is not None:
        check_base_url(request.model_base_url)
    for model in request.models:
        check_model(model, request.model_base_url)
    check_judges(request.judges)
    tasks = []
    for suite in suites:
        task = _suite_task(suite, request)
        if len(task.dataset) == 0:
            raise EvenhandError(
                f"suite {suite.name!r} has no samples for --sample {request.sample}"
            )
        tasks.append(task)
    planned = {
        suite.name: min(len(task.dataset), request.limit or len(task.dataset))
        for suite, task in zip(suites, tasks, strict=True)
    }
    item_shards = {
        suite.name: _item_shards(task, request.item_shards, request.limit)
        for suite, task in zip(suites, tasks, strict=True)
    }
    if request.item_shards > 1 and request.ray is None and request.workers == 1:
        tasks = [  # one process runs every item shard, so that its logs are those of a shard run
            _suite_task(suite, request, shard)
            for suite in suites
            for shard in item_shards[suite.name]
        ]
    with open_log_dir(request.log_dir) as logs_at:
        return _run_tasks(request, suites, tasks, planned, logs_at, item_shards)


def _item_shards(task: Any, count: int, limit: int | None) -> list[str | None]:
    """The item shards of a suite's task (`evenhand.suites.ItemShard`), as its `item_shard`
    argument; [None] (the whole task) for one. A shard that would be empty (a group of matched
    items larger than its share) is left out."""
    from evenhand.suites import ItemShard, split_items

    if count == 1:
        return [None]
    cut = split_items(list(task.dataset[:limit]), count)
    return [str(ItemShard(at, count, limit)) for at, part in enumerate(cut, start=1) if part]


def _run_tasks(
    request: AuditRequest,
    suites: list[Any],
    tasks: list[Any],
    planned: dict[str, int],
    logs_at: LogDir,
    item_shards: dict[str, list[str | None]],
) -> AuditResult:
    """Run the checked tasks into the log directory (`logs_at.location`, which Inspect writes),
    reading its logs where evenhand reads them (`logs_at.local`, a local copy of a remote one)."""
    location = logs_at.location
    # Logs a stopped `--workers` or `--ray` run left in its shards' staging folders go back first.
    if (logs_at.remote or logs_at.local.is_dir()) and sweep_staging(location):
        logs_at.pull()
    earlier = check_log_dir(logs_at.local)
    check_same_samples(earlier, request, planned, item_shards)
    base_url, routes = route_credentials(request.models, request.model_base_url)
    if routes:  # the endpoint still shows in the report and export, without its credentials
        for task in tasks:
            task.metadata = {**(task.metadata or {}), "endpoint": redact_url(str(base_url))}
    from evenhand.shards import plan_shards

    shards = plan_shards(suites, request.models, item_shards)
    backend = _backend(request, len(shards), routes)  # a Ray cluster is reached before any write
    try:
        if logs_at.remote:
            make_remote_directory(location)
        else:
            make_directory(logs_at.local, "log directory")
    except BaseException:
        if backend is not None:
            backend.close()
        raise
    joint = [t for t in tasks if get_suite(t.metadata["suite"]).joint]
    plain = [t for t in tasks if not get_suite(t.metadata["suite"]).joint]
    if len(request.models) == 1:
        plain, joint = tasks, []
    success, logs, failed = True, list[Any](), list[str]()
    at = replace(request, log_dir=location)
    with _environment(routes), _heap_frozen():
        if backend is not None:
            from evenhand.shards import run_shards

            success, logs, failed = run_shards(
                shards,
                at,
                None if routes else base_url,
                redact_url(str(base_url)) if routes else None,
                backend,
                earlier,
                meanwhile=_import_summary_modules,
            )
        else:
            for batch, models in ((plain, request.models), (joint, request.models[:1])):
                if batch:
                    ok, found = _eval_set(batch, at, None if routes else base_url, models)
                    success, logs = success and ok, [*logs, *found]
    logs_at.pull()
    scrub_log_dir(logs_at.local)
    logs_at.push()
    errors = failed + [
        redact(f"{log.eval.task} on {log.eval.model}: {_first_line(log.error.message)}")
        for log in logs
        if log.error is not None
    ]
    read_here = [  # a remote directory's logs in its local copy, by name
        str(logs_at.local / _file_name(log.location))
        if logs_at.remote
        else log.location.removeprefix("file://")
        for log in logs
    ]
    summary, breakdown = summarise(read_here)
    left = unfinished(_headers(logs_at.local))
    resume = resume_hint(left, str(logs_at)) if left else None
    locations = [logs_at.url_of(path) for path in read_here]
    return AuditResult(success, locations, summary, errors, breakdown, resume)


def _suite_task(suite: Any, request: AuditRequest, item_shard: str | None = None) -> Any:
    """A suite's task for the request (one item shard of it when `item_shard` is given): a joint
    suite seats every requested model at one table (one task, run once); `--dataset` only for
    suites whose task reads one."""
    import inspect

    options: dict[str, Any] = {"sample": request.sample, "judges": request.judges}
    if item_shard is not None:
        options["item_shard"] = item_shard
    if suite.joint:
        options["players"] = request.models
    if request.dataset is not None:
        if "dataset" not in inspect.signature(suite.task).parameters:
            raise EvenhandError(
                f"--dataset: suite {suite.name!r} reads no dataset file; choose a suite that "
                "does with --suite (e.g. evenhandedness)"
            )
        options["dataset"] = str(request.dataset)
    # The first task of a suite in a process parses and expands its items (cached for the process):
    # hundreds of thousands of objects allocated in one go, which trigger collections of the
    # oldest generation that walk the whole heap and find nothing to free (censorship: 1.0 s of
    # CPU with them, 0.35 s without). Any cycle left is collected once collection resumes.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return suite.task(**options)
    finally:
        if collecting:
            gc.enable()


def route_credentials(models: list[str], base_url: str | None) -> tuple[str | None, dict[str, str]]:
    """Keep a base URL's credentials out of the logs: Inspect records the base URL it is given
    in every log, so a URL with `user:password@` is handed to the OpenAI-compatible provider
    through its `<SERVICE>_BASE_URL` variable instead (which it reads and never records), and its
    credentials are registered for redaction. Returns the base URL and those variables.

    Raises:
        EvenhandError: credentials in the URL for a provider that takes no such variable.
    """
    if base_url is None or not url_secrets(base_url):
        return base_url, {}
    add_secrets(url_secrets(base_url))
    routes = {}
    for model in models:
        provider, _, rest = model.partition("/")
        if provider == "openai-api" and "/" in rest:
            service = rest.split("/")[0].upper().replace("-", "_")
            routes[f"{service}_BASE_URL"] = base_url
        elif provider != "local":
            raise EvenhandError(
                f"--model-base-url {redact_url(base_url)}: credentials in the URL would be "
                f"written into every log of {model}; give the key in the provider's API key "
                "variable instead, or use an openai-api/<service>/<name> model"
            )
    return base_url, routes


def _backend(request: AuditRequest, shards: int, routes: dict[str, str]) -> Backend | None:
    """Where the audit's shards run (`evenhand.shards`): local processes, a Ray cluster (reached
    here, so that a wrong address fails before anything is written), or None for this process.
    Every shard is handed the models' endpoint and key variables, `routes` included."""
    from evenhand.shards import LocalBackend, RayBackend, forwarded_environment

    if request.ray is None and request.workers == 1:
        return None
    models = [*request.models, *request.judges]
    env = {**forwarded_environment(models, str(request.log_dir)), **routes}
    if request.ray is not None:
        return RayBackend(request.ray, env)
    return LocalBackend(min(request.workers, shards), env)


@contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextmanager
def _heap_frozen() -> Iterator[None]:
    """Leave the objects alive now out of every garbage collection until the block ends: Inspect,
    evenhand and the suites' items and tasks outlive the run, and each collection of the oldest
    generation during it would walk them all again. Worker processes forked inside start with the
    same frozen heap (as `gc.freeze` advises before a fork)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _eval_set(
    tasks: list[Any], request: AuditRequest, base_url: str | None, models: list[str]
) -> tuple[bool, Any]:
    from inspect_ai import eval_set

    return eval_set(
        tasks,
        log_dir=str(request.log_dir),
        model=models,
        model_base_url=base_url,
        limit=request.limit,
        epochs=request.epochs,
        max_connections=request.max_connections,
        max_retries=request.max_retries,
        timeout=DEFAULT_TIMEOUT_SECONDS,
        log_dir_allow_dirty=True,
        display=request.display,  # type: ignore[arg-type]
        # With no display (batch runs, and every shard) nobody watches running metrics or samples
        # streamed to a viewer: they cost about 4 ms of CPU a sample (benchmarks/workers.py).
        # Finished samples are still written to the log, so a rerun resumes exactly as before.
        score_display=None if request.display != "none" else False,
        log_realtime=None if request.display != "none" else False,
        # How a fault reaches the run. Inspect retries a model request itself (with backoff, and
        # Retry-After honoured) when the provider's `should_retry` classifies the error as
        # transient: 408, 429 and 5xx statuses, connection errors, timeouts. It does not classify
        # an HTTP 200 whose body is not JSON: the OpenAI SDK raises `json.JSONDecodeError`, which
        # only Inspect's OpenRouter provider treats as transient, so for `openai-api/...` it
        # becomes a sample error. By default (`fail_on_error=True`, `continue_on_fail=False`) the
        # first sample error then fails the task and cancels every sample still running
        # (recorded as `CancelledError`). So: `retry_on_error` runs a sample that raised anything
        # again from its start, up to `--max-retries` times (earlier attempts are kept in
        # `error_retries`); `continue_on_fail` lets every other sample finish regardless; the log
        # still ends as an error if a sample used up its retries (`fail_on_error`), so that
        # eval_set's own task retry (`retry_attempts`) and any later rerun resume just the
        # samples that did not finish.
        fail_on_error=True,
        continue_on_fail=True,
        retry_on_error=request.max_retries,
        retry_attempts=1,
    )


SUMMARY_MODULES = (
    "scipy.stats",
    "statsmodels.stats.contingency_tables",
    "statsmodels.stats.multitest",
    "statsmodels.stats.proportion",
)
"""What the suites' headline numbers import on first use (about 0.9 s of CPU)."""


def _import_summary_modules() -> None:
    """Import what the summary will need while the shards run in other processes, instead of
    after they end, when the driver's work is all that is left."""
    import importlib

    for name in SUMMARY_MODULES:
        importlib.import_module(name)


def _file_name(location: str) -> str:
    return location.removeprefix("file://").rstrip("/").rsplit("/", 1)[-1]


def _headers(log_dir: Path) -> list[LogHeader]:
    from inspect_ai.log import list_eval_logs

    return [read_header(info.name) for info in list_eval_logs(str(log_dir), recursive=False)]


@_heap_frozen()  # importing statsmodels, and its Holm correction's own gc.collect(), walk the heap
def summarise(locations: list[str]) -> tuple[list[SummaryRow], list[BreakdownRow]]:
    """Headline numbers and label breakdowns per model and suite from the logs at `locations`
    that finished (a suite's item shards on one model pooled, as the report pools them), read by
    the same reader as the report and the export (so a damaged log is one clear error)."""
    from evenhand.logs import newest_rows

    groups: dict[tuple[str, str], list[LogHeader]] = {}
    for location in locations:
        header = read_header(location)
        if header.status == "success":
            groups.setdefault((header.model, header.suite), []).append(header)
    summary: list[SummaryRow] = []
    breakdown: list[BreakdownRow] = []
    for (model, name), headers in groups.items():
        suite = get_suite(name)
        rows = newest_rows(headers)
        judges = headers[0].judges
        summary.extend(
            SummaryRow(model, suite.name, m, suite.validity(m.name, judges))
            for m in suite.headline(rows)
        )
        breakdown.extend(BreakdownRow(model, suite.name, c) for c in suite.breakdown(rows))
    return summary, breakdown


def check_item_shards(suites: list[Any]) -> None:
    """Fail before anything runs when a suite's task cannot be cut into item shards.

    Raises:
        EvenhandError: a suite's `@task` takes no `item_shard` argument (the suite contract's).
    """
    import inspect

    for suite in suites:
        if "item_shard" not in inspect.signature(suite.task).parameters:
            raise EvenhandError(
                f"--item-shards: suite {suite.name!r} takes no item_shard argument, which the "
                "suite contract's task has (pass it to suite_task); run it with --item-shards 1"
            )


def check_log_dir(log_dir: Path) -> list[LogHeader]:
    """Fail before running if the log directory holds a damaged log, by the rule every reader
    applies (`evenhand.logs.check_log`); the headers of its logs otherwise.

    Raises:
        EvenhandError: the path is not a directory, or a log in it is damaged (it is left as is).
    """
    from inspect_ai.log import list_eval_logs

    from evenhand.logs import check_log

    if not log_dir.exists():
        return []
    if not log_dir.is_dir():
        raise EvenhandError(f"--log-dir {log_dir} is not a directory")
    headers = []
    for info in list_eval_logs(str(log_dir), recursive=False):
        try:
            headers.append(check_log(info.name))
        except EvenhandError as error:
            raise EvenhandError(f"{error} or choose another --log-dir") from error
    return headers


def check_same_samples(
    earlier: list[LogHeader],
    request: AuditRequest,
    planned: dict[str, int],
    item_shards: dict[str, list[str | None]],
) -> None:
    """Refuse a rerun that would run other samples than the logs it would resume.

    Inspect's eval sets tell tasks apart by their arguments but not by the run's sample limit,
    so a rerun with another `--limit` would reuse the finished logs and report their n. Nor by
    their epochs: a rerun with more epochs adds the new ones to the logs (which is allowed), one
    with fewer rewrites them without the others (which would lose answers, so it is refused).
    `planned`: the samples this run means to run, by suite; `item_shards`: its item shards.

    Raises:
        EvenhandError: a log of a requested model and suite planned another number of samples,
            or more epochs than this run.
    """
    for header in earlier:
        if header.model not in request.models or header.suite not in planned:
            continue
        same_task = header.sample in (None, request.sample) and (
            header.item_shard in item_shards[header.suite]
        )
        if same_task and header.epochs > request.epochs:
            raise EvenhandError(
                f"{request.log_dir} already holds {header.suite} on {header.model} run with "
                f"--epochs {header.epochs}, and a rerun with --epochs {request.epochs} would "
                f"drop its later epochs from the log; rerun with --epochs {header.epochs} (or "
                "more, to add epochs), or choose another --log-dir"
            )
        if header.item_shard is not None or request.item_shards > 1:
            continue  # an item shard names its samples, limit included: it is another task
        if header.sample not in (None, request.sample):  # another task: Inspect runs it anew
            continue
        if header.planned_samples not in (None, planned[header.suite]):
            asked = "no --limit" if request.limit is None else f"--limit {request.limit}"
            then = "no --limit" if header.limit is None else f"--limit {header.limit}"
            raise EvenhandError(
                f"{request.log_dir} already holds {header.suite} on {header.model} run with "
                f"{then}, and a rerun would reuse it rather than run {asked}; rerun with "
                f"{then} to resume it, or choose another --log-dir"
            )


def check_judges(judges: list[str]) -> None:
    """Fail fast, with one line, on a judge that is neither the heuristic nor a usable model.

    Raises:
        JudgeError: as `check_model` for each judge that is a model string.
    """
    for judge in judges:
        if judge != DEFAULT_JUDGE:
            check_model(judge, None, role="judge")


def check_model(model: str, base_url: str | None, role: str = "model") -> None:
    """Fail fast, with one line, on a model string Inspect cannot use or an endpoint that is down.

    Raises:
        EvenhandError: malformed string, unknown provider, missing credentials, unreachable server.
    """
    from inspect_ai.model import get_model

    error_type = JudgeError if role == "judge" else EvenhandError
    if not _MODEL_STRING.match(model):
        raise error_type(
            f"{role} {model!r} is not a model string: use provider/name, e.g. local/smollm2, "
            "openai/gpt-4o-mini or openai-api/<service>/<name>"
        )
    try:
        resolved = get_model(model, base_url=base_url)
    except EvenhandError:
        raise
    except Exception as error:  # Inspect raises plain exceptions for unknown providers and keys
        # e.g. "ERROR: Unable to initialise x client\n\nNo [bold]X_API_KEY[/bold] defined ..."
        lines = [" ".join(line.split()) for line in _plain(str(error)).splitlines()]
        reason = ": ".join(line for line in lines if line).removeprefix("ERROR: ")
        raise error_type(f"{role} {model!r} cannot be used: {reason}") from error
    endpoint = resolved.api.base_url
    if endpoint and urlsplit(endpoint).scheme in ("http", "https"):
        check_endpoint(endpoint, f"{role} {model!r}")


def check_base_url(url: str) -> None:
    """Fail at once on a base URL that is not an http(s) URL with a host.

    Raises:
        EvenhandError: anything else (`not a url`, `localhost:8000`, `ftp://...`).
    """
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError on a port that is not a number)
    except ValueError as error:
        raise EvenhandError(
            f"--model-base-url {redact_url(url)!r} is not a URL ({error})"
        ) from error
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EvenhandError(
            f"--model-base-url {redact_url(url)!r} is not an http(s) URL with a host: give one such as "
            "http://127.0.0.1:8000/v1"
        )


def check_endpoint(url: str, who: str) -> None:
    """Open (and close) a TCP connection to an endpoint's host and port.

    Raises:
        EvenhandError: the host does not resolve or refuses or drops the connection.
    """
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    host = parts.hostname or ""
    try:
        with socket.create_connection((host, port), timeout=ENDPOINT_CHECK_SECONDS):
            pass
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise EvenhandError(
            f"{who}: cannot reach {redact_url(url)} ({reason}); start the server or fix the base URL"
        ) from error


def _plain(text: str) -> str:
    """Inspect's messages without their console markup (`[bold]NAME[/bold]`)."""
    from rich.text import Text

    try:
        return Text.from_markup(text).plain
    except Exception:  # not valid markup after all: keep the text as it is
        return text


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else "unknown error"
