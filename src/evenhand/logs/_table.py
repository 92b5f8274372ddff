"""Flatten Inspect logs into one row per scored sample.

Two ways in, one row shape. `score_rows` flattens an `EvalLog` already in memory (what `evenhand run`
has at hand). `summary_rows` reads a log file's sample summaries, which Inspect writes next to the
samples and which hold every sample's metadata, scores and token use but not its messages: that is
what makes a report or an export over a million samples fast, and why scorers keep the fields the
analysis needs (label, judge labels) small enough for Inspect to keep in the summary.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import msgspec
from inspect_ai.log import EvalLog

from evenhand.core import EvenhandError, redact_url
from evenhand.logs._archive import LogArchive

SCALAR = (str, int, float, bool)
SUMMARIES = "summaries.json"
HEADER = "header.json"
SUMMARY_JOURNAL = "_journal/summaries/"
DROPPED_FROM_SUMMARY = "Key removed from summary (> 1k)"
"""What Inspect writes in a sample summary in place of a metadata value over 1 kB."""


@dataclass(frozen=True)
class LogHeader:
    """What the analysis needs from a log's header: whose run, of what, when, at what cost."""

    name: str
    path: Path
    model: str
    suite: str
    task_version: str
    status: str
    base_url: str | None
    created: str
    completed: str | None
    packages: dict[str, str] = field(default_factory=dict)
    dataset: str | None = None
    judges: list[str] = field(default_factory=list)
    input_tokens: int = 0
    output_tokens: int = 0
    total_cost: float | None = None
    limit: int | None = None
    """The run's `--limit` (samples per task), None for every sample."""
    dataset_samples: int | None = None
    """Samples in the task's dataset before the limit."""
    sample: str | None = None
    """The suite's sample (`default`, `full`) the task was built from."""
    item_shard: str | None = None
    """The item shard the log holds (`k/n` or `k/n:limit`), None for the whole suite."""
    epochs: int = 1
    """Times the run put each sample to the model."""

    @property
    def planned_samples(self) -> int | None:
        """Samples per epoch the run set out to do: the dataset, cut to the limit."""
        if self.limit is None or self.dataset_samples is None:
            return self.dataset_samples if self.limit is None else self.limit
        return min(self.limit, self.dataset_samples)

    @property
    def provider(self) -> str:
        return self.model.split("/")[0]

    @property
    def endpoint_host(self) -> str | None:
        return urlsplit(self.base_url).hostname if self.base_url else None

    @property
    def weights_sha256(self) -> str | None:
        """The weights hash the local provider puts in its base URL (`file://...#sha256=...`)."""
        if not self.base_url or "#sha256=" not in self.base_url:
            return None
        return self.base_url.split("#sha256=", 1)[1] or None


def suite_of(log: EvalLog) -> str:
    """The evenhand suite a log belongs to (the task name without its package prefix)."""
    suite = (log.eval.metadata or {}).get("suite")
    return str(suite) if suite else log.eval.task.split("/")[-1]


def make_rows(
    header: Mapping[str, Any],
    sample_id: Any,
    epoch: int,
    metadata: Mapping[str, Any],
    scores: Mapping[str, Any],
    usage: Mapping[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """One row per scorer of one sample. `scores` maps scorer names to Inspect scores as dicts,
    `usage` is the audited model's token use on the sample (Inspect's ModelUsage as a dict).

    The row holds the model, suite and task version, the sample's metadata (pass `scalars(...)`
    of it: jurisdiction, language, pair id, context...; lists and mappings such as fact sheets stay
    in the log), the label, each judge's label and every score value as `score_<key>`.
    """
    rows = []
    usage = usage or {}
    for scorer_name, score in scores.items():
        score_metadata = score.get("metadata") or {}
        judges = judge_pairs(score_metadata)
        row: dict[str, Any] = {
            **header,
            "sample_id": sample_id,
            "epoch": epoch,
            "scorer": scorer_name,
            "label": score_metadata.get("label"),
            "panel_labels": [label for _, label in judges],
            "judges": judges,
            "turn_labels": score_metadata.get("turn_labels"),
            "input_tokens": usage.get("input_tokens"),
            "output_tokens": usage.get("output_tokens"),
            "total_cost": usage.get("total_cost"),
        }
        row.update(metadata)
        value = score.get("value")
        if isinstance(value, Mapping):
            for key, v in value.items():
                row[_score_key(key)] = math.nan if v is None or v in ("NaN", "nan") else v
        rows.append(row)
    return rows


def scalars(metadata: Mapping[str, Any]) -> dict[str, Any]:
    """The metadata values a row keeps: scalars, but not Inspect's stand-in for a dropped value."""
    return {
        k: v
        for k, v in metadata.items()
        if v is None or (isinstance(v, SCALAR) and v != DROPPED_FROM_SUMMARY)
    }


_SCORE_KEYS: dict[str, str] = {}


def _score_key(key: str) -> str:
    name = _SCORE_KEYS.get(key)
    if name is None:
        name = _SCORE_KEYS[key] = f"score_{key}"
    return name


def judge_pairs(score_metadata: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(judge, label) for every judge that labelled the sample.

    Read from the compact `judge_labels` pairs, or from full judgements in logs written before
    scorers recorded those.
    """
    compact = score_metadata.get("judge_labels")
    if isinstance(compact, list) and all(isinstance(p, list | tuple) for p in compact):
        return [(str(judge), str(label)) for judge, label in compact]
    judgements = score_metadata.get("judgements")
    if isinstance(judgements, list):
        return [
            (str(j.get("judge")), str(j["label"]))
            for j in judgements
            if isinstance(j, Mapping) and j.get("label")
        ]
    return []


def score_rows(log: EvalLog) -> list[dict[str, Any]]:
    """One row per sample and scorer of a log read with its samples.

    Raises:
        ValueError: the log was read without its samples.
    """
    if log.samples is None:
        raise ValueError(f"{log.location}: read the log with its samples (header_only=False)")
    from inspect_ai.log._util import thin_metadata

    header = {
        "model": log.eval.model,
        "suite": suite_of(log),
        "task_version": log.eval.task_version,
    }
    rows: list[dict[str, Any]] = []
    for sample in log.samples:
        # thinned as Inspect thins a sample summary, so both ways in give the same rows
        scores = {
            name: score.model_dump(include={"value", "metadata"})
            for name, score in (sample.scores or {}).items()
        }
        metadata = scalars(thin_metadata(sample.metadata))
        usage = sample.model_usage.get(log.eval.model)
        rows.extend(
            make_rows(
                header,
                sample.id,
                sample.epoch,
                metadata,
                scores,
                usage.model_dump() if usage else None,
            )
        )
    return rows


def read_header(location: str) -> LogHeader:
    """A log's header as a LogHeader.

    Raises:
        EvenhandError: the file is not a log Inspect can read.
    """
    from inspect_ai.log import read_eval_log

    name = Path(location.removeprefix("file://")).name
    try:
        log = _fast_header(Path(location.removeprefix("file://"))) or read_eval_log(
            location, header_only=True
        )
    except Exception as error:  # Inspect raises assorted errors for damaged files
        # A KeyError names only the missing member: say what that means.
        reason = f"no {error} in it" if isinstance(error, KeyError) else str(error)
        if "EOCD not found" in reason:  # Inspect's zip reader found no end of archive
            reason = "not a whole .eval archive: empty, cut short or another kind of file"
        raise EvenhandError(
            f"unreadable log {name} ({' '.join(reason.split())[:200]}); "
            "move it out of the log directory"
        ) from error
    usage = log.stats.model_usage.values() if log.stats else []
    costs = [u.total_cost for u in usage if u.total_cost is not None]
    metadata = log.eval.metadata or {}
    return LogHeader(
        name=name,
        path=Path(location.removeprefix("file://")),
        model=log.eval.model,
        suite=suite_of(log),
        task_version=str(log.eval.task_version),
        status=log.status,
        base_url=redact_url(log.eval.model_base_url)
        if log.eval.model_base_url
        else metadata.get("endpoint"),
        created=log.eval.created,
        completed=log.stats.completed_at if log.stats else None,
        packages=dict(log.eval.packages or {}),
        dataset=log.eval.dataset.name,
        judges=[str(j) for j in metadata.get("judges") or []],
        input_tokens=sum(u.input_tokens for u in usage),
        output_tokens=sum(u.output_tokens for u in usage),
        total_cost=sum(costs) if costs else None,
        limit=log.eval.config.limit if isinstance(log.eval.config.limit, int) else None,
        dataset_samples=log.eval.dataset.samples,
        sample=str(metadata["sample"]) if metadata.get("sample") else None,
        item_shard=str(metadata["item_shard"]) if metadata.get("item_shard") else None,
        epochs=log.eval.config.epochs or 1,
    )


def check_log(location: str) -> LogHeader:
    """A log's header, once the parts every command reads (header and sample summaries) have
    passed their checks: the one rule for a damaged log (see `evenhand.logs`).

    Raises:
        EvenhandError: the header or the summaries cannot be read or fail their CRC-32 check.
    """
    header = read_header(location)
    _summaries(header)
    return header


def _fast_header(path: Path) -> EvalLog | None:
    """A finished `.eval` log's header read as Inspect reads it (its `header.json`, validated by
    Inspect's model), without indexing every member of the archive; None for anything else, which
    Inspect's own reader then handles."""
    if path.suffix != ".eval":
        return None
    try:
        from inspect_ai._util.constants import get_deserializing_context

        with LogArchive(path) as archive:
            if HEADER not in archive:
                return None
            content = archive.read(HEADER)
    except ValueError as error:
        # A header that fails its CRC-32 check is damaged even when it still parses (a changed
        # byte can decode to valid JSON), and Inspect's reader does not check: never fall back.
        if "damaged archive" in str(error):
            raise
        return None
    except Exception:  # any other surprise: let Inspect's reader read it, or say what is wrong
        return None
    try:
        import json

        data = json.loads(content)  # small; keeps NaN metric values NaN
        log = EvalLog.model_validate(data, context=get_deserializing_context())
    except Exception:
        return None
    log.location = str(path)
    return log


def list_headers(
    log_dir: Path,
    skipped: list[LogHeader] | None = None,
    superseded: list[LogHeader] | None = None,
) -> list[LogHeader]:
    """Headers of every successful log in a directory, sorted by model, suite and creation time;
    the others (started, cancelled, error) are appended to `skipped` when it is given.

    Results of two task versions are never pooled: of one model's logs of one suite, only those of
    the newest task version count; the older ones are appended to `superseded` when it is given.

    Raises:
        EvenhandError: the directory is missing, holds no logs, or holds a log that cannot be read.
    """
    from inspect_ai.log import list_eval_logs

    if not log_dir.is_dir():
        raise EvenhandError(f"{log_dir}: no such log directory")
    infos = list_eval_logs(str(log_dir))
    if not infos:
        raise EvenhandError(
            f"{log_dir}: no Inspect logs found; run `evenhand run --log-dir {log_dir}` first"
        )
    headers = [read_header(info.name) for info in infos]
    done = [h for h in headers if h.status == "success"]
    if skipped is not None:
        skipped.extend(h for h in headers if h.status != "success")
    if not done:
        raise EvenhandError(
            f"{log_dir}: no finished logs (statuses: {sorted({h.status for h in headers})}); "
            f"finish the run with `evenhand run --log-dir {log_dir}`"
        )
    newest: dict[tuple[str, str], tuple[int | str, ...]] = {}
    for h in done:
        key = (h.model, h.suite)
        newest[key] = max(newest.get(key, ()), version_key(h.task_version))
    kept = [h for h in done if version_key(h.task_version) == newest[(h.model, h.suite)]]
    if superseded is not None:
        superseded.extend(h for h in done if h not in kept)
    return sorted(kept, key=lambda h: (h.model, h.suite, h.created, h.name))


def version_key(version: str) -> tuple[int | str, ...]:
    """A task version in an order that compares: "0.10.0" after "0.9.1"."""
    return tuple(int(part) if part.isdigit() else part for part in version.split("."))


def unfinished(headers: list[LogHeader]) -> list[LogHeader]:
    """Logs left unfinished (started, cancelled, error) that no later finished log of the same
    model, suite, sample and item shard replaces: what a rerun with the same arguments would
    resume. (Another item shard that finished later holds other samples: it replaces nothing.)"""

    def task(header: LogHeader) -> tuple[str, str, str | None, str | None]:
        return header.model, header.suite, header.sample, header.item_shard

    finished: dict[tuple[str, str, str | None, str | None], str] = {}
    for header in headers:
        if header.status == "success":
            finished[task(header)] = max(finished.get(task(header), ""), header.created)
    return [h for h in headers if h.status != "success" and finished.get(task(h), "") < h.created]


def resume_hint(left: list[LogHeader], log_dir: Path | str) -> str:
    """One line for people: how many logs were left unfinished and how to resume them."""
    what = ", ".join(
        sorted(
            {
                f"{h.suite}{'' if h.item_shard is None else ' item shard ' + h.item_shard}"
                f" on {h.model} ({h.status})"
                for h in left
            }
        )
    )
    return (
        f"{len(left)} log(s) in {log_dir} left unfinished, not counted: {what}; rerunning "
        f"`evenhand run --log-dir {log_dir}` with the same arguments resumes them"
    )


def summary_rows(header: LogHeader) -> list[dict[str, Any]]:
    """Rows of one log from its sample summaries, without loading the samples themselves.

    Raises:
        EvenhandError: the log cannot be read.
    """
    common = {"model": header.model, "suite": header.suite, "task_version": header.task_version}
    rows: list[dict[str, Any]] = []
    # Every epoch and every model repeat an item's metadata: decode each distinct text once.
    metadata: dict[bytes, dict[str, Any]] = {}
    for summary in _summaries(header):
        raw = bytes(summary.metadata)
        item = metadata.get(raw)
        if item is None:
            item = metadata[raw] = _metadata(raw)
        scores = {
            name: {"value": score.value, "metadata": score.metadata}
            for name, score in (summary.scores or {}).items()
        }
        usage = summary.model_usage.get(header.model)
        rows.extend(make_rows(common, summary.id, summary.epoch, item, scores, usage))
    return rows


def _metadata(raw: bytes) -> dict[str, Any]:
    """Scalar metadata from its JSON text; lists and mappings (fact sheets) are never parsed."""
    fields = _RAW_FIELDS.decode(raw)
    return scalars(
        {
            key: msgspec.json.decode(text)
            for key, text in ((k, bytes(v)) for k, v in fields.items())
            if text[:1] not in (b"[", b"{")
        }
    )


_RAW_FIELDS = msgspec.json.Decoder(dict[str, msgspec.Raw])


def newest_rows(logs: list[LogHeader]) -> list[dict[str, Any]]:
    """Rows of one model on one suite, each with its log's file name under `log`; a sample in
    several logs (a rerun, a larger sample in the same directory) counts once, from the newest."""
    seen: set[tuple[Any, int]] = set()
    rows = []
    for header in sorted(logs, key=lambda h: h.created, reverse=True):
        fresh = summary_rows(header)
        if len(logs) > 1:
            fresh = [r for r in fresh if (r["sample_id"], r["epoch"]) not in seen]
            seen.update((r["sample_id"], r["epoch"]) for r in fresh)
        for row in fresh:
            row["log"] = header.name
        rows.extend(fresh)
    return rows


class _Score(msgspec.Struct):
    value: Any = None
    metadata: dict[str, Any] = {}


class _Summary(msgspec.Struct):
    """The part of Inspect's sample summary the analysis reads; other fields are skipped unparsed."""

    id: str | int
    epoch: int
    metadata: msgspec.Raw = msgspec.Raw(b"{}")
    scores: dict[str, _Score] | None = None
    model_usage: dict[str, dict[str, Any]] = {}


def _summaries(header: LogHeader) -> list[Any]:
    if header.path.suffix != ".eval":
        from inspect_ai.log import read_eval_log_sample_summaries

        return [
            _Summary(
                s.id,
                s.epoch,
                msgspec.Raw(msgspec.json.encode(s.metadata)),
                {
                    name: _Score(score.value, score.metadata or {})
                    for name, score in (s.scores or {}).items()
                },
                {name: usage.model_dump() for name, usage in s.model_usage.items()},
            )
            for s in read_eval_log_sample_summaries(str(header.path))
        ]
    try:
        with LogArchive(header.path) as archive:
            if SUMMARIES in archive:
                parts = [SUMMARIES]
            else:  # a log Inspect did not finalise keeps its summaries in journal parts
                parts = sorted(
                    (n for n in archive.members if n.startswith(SUMMARY_JOURNAL)),
                    key=lambda n: int(Path(n).stem) if Path(n).stem.isdigit() else 0,
                )
            summaries = [s for part in parts for s in decode(archive.read(part), _SUMMARIES)]
    except (OSError, ValueError, KeyError, msgspec.ValidationError) as error:
        raise EvenhandError(
            f"unreadable log {header.name} ({error}); move it out of the log directory"
        ) from error
    return summaries


_SUMMARIES = msgspec.json.Decoder(list[_Summary])


def decode(data: bytes, decoder: msgspec.json.Decoder[Any]) -> Any:
    """Decode Inspect's JSON, which writes non-finite score values as the bare literal NaN.

    `":NaN` outside a string becomes `":null` (read back as NaN by `make_rows`). Inside a string a
    quote is always escaped, so the only way the pattern can occur there is after a backslash; in
    that rare case the exact but slower standard library parser reads the text instead.
    """
    if b'\\":NaN' in data or b":Infinity" in data or b":-Infinity" in data:
        import json

        # re-encoded by msgspec (non-finite floats become null), then decoded like the rest
        return decoder.decode(msgspec.json.encode(json.loads(data)))
    return decoder.decode(data.replace(b'":NaN', b'":null'))
