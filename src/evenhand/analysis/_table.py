"""Flatten Inspect logs into one row per scored sample.

Two ways in, one row shape. `score_rows` flattens an `EvalLog` already in memory (what `evenhand run`
has at hand). `summary_rows` reads a log file's sample summaries, which Inspect writes next to the
samples and which hold every sample's metadata, scores and token use but not its messages: that is
what makes a report or an export over a million samples fast, and why scorers keep the fields the
analysis needs (label, judge labels) small enough for Inspect to keep in the summary.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import msgspec
from inspect_ai.log import EvalLog

from evenhand.errors import EvenhandError

SCALAR = (str, int, float, bool)
SUMMARIES = "summaries.json"
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

    The row holds the model, suite and task version, the sample's scalar metadata (jurisdiction,
    language, pair id, context...; lists and mappings such as fact sheets stay in the log), the
    label, each judge's label and every score value as `score_<key>`.
    """
    rows = []
    for scorer_name, score in scores.items():
        score_metadata = score.get("metadata") or {}
        judges = judge_pairs(score_metadata)
        row: dict[str, Any] = {
            **header,
            "sample_id": sample_id,
            "epoch": epoch,
            "scorer": scorer_name,
            "label": score_metadata.get("label"),
            "judge_labels": [label for _, label in judges],
            "judges": judges,
            "turn_labels": score_metadata.get("turn_labels"),
            "input_tokens": (usage or {}).get("input_tokens"),
            "output_tokens": (usage or {}).get("output_tokens"),
            "total_cost": (usage or {}).get("total_cost"),
        }
        row.update(
            {
                k: v
                for k, v in metadata.items()
                if v is None or (isinstance(v, SCALAR) and v != DROPPED_FROM_SUMMARY)
            }
        )
        value = score.get("value")
        if isinstance(value, Mapping):
            row.update({f"score_{key}": _number(v) for key, v in value.items()})
        rows.append(row)
    return rows


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


def _number(value: Any) -> Any:
    """A score value; NaN (unscored) whether it was read as NaN, null or a string."""
    if value is None or (isinstance(value, str) and value in ("NaN", "nan")):
        return math.nan
    return value


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
        metadata = thin_metadata(sample.metadata)
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
        log = read_eval_log(location, header_only=True)
    except Exception as error:  # Inspect raises assorted errors for damaged files
        raise EvenhandError(
            f"unreadable log {name} ({' '.join(str(error).split())[:200]}); "
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
        base_url=log.eval.model_base_url,
        created=log.eval.created,
        completed=log.stats.completed_at if log.stats else None,
        packages=dict(log.eval.packages or {}),
        dataset=log.eval.dataset.name,
        judges=[str(j) for j in metadata.get("judges") or []],
        input_tokens=sum(u.input_tokens for u in usage),
        output_tokens=sum(u.output_tokens for u in usage),
        total_cost=sum(costs) if costs else None,
    )


def list_headers(log_dir: Path) -> list[LogHeader]:
    """Headers of every successful log in a directory, sorted by model, suite and creation time.

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
    if not done:
        raise EvenhandError(
            f"{log_dir}: no finished logs (statuses: {sorted({h.status for h in headers})}); "
            f"finish the run with `evenhand run --log-dir {log_dir}`"
        )
    return sorted(done, key=lambda h: (h.model, h.suite, h.created, h.name))


def summary_rows(header: LogHeader) -> list[dict[str, Any]]:
    """Rows of one log from its sample summaries, without loading the samples themselves.

    Raises:
        EvenhandError: the log cannot be read.
    """
    common = {"model": header.model, "suite": header.suite, "task_version": header.task_version}
    rows: list[dict[str, Any]] = []
    for summary in _summaries(header):
        scores = {
            name: {"value": score.value, "metadata": score.metadata}
            for name, score in (summary.scores or {}).items()
        }
        usage = summary.model_usage.get(header.model)
        rows.extend(make_rows(common, summary.id, summary.epoch, summary.metadata, scores, usage))
    return rows


class _Score(msgspec.Struct):
    value: Any = None
    metadata: dict[str, Any] = {}


class _Summary(msgspec.Struct):
    """The part of Inspect's sample summary the analysis reads; other fields are skipped unparsed."""

    id: str | int
    epoch: int
    metadata: dict[str, msgspec.Raw] = {}
    scores: dict[str, _Score] | None = None
    model_usage: dict[str, dict[str, Any]] = {}


def _summaries(header: LogHeader) -> list[Any]:
    if header.path.suffix != ".eval":
        from inspect_ai.log import read_eval_log_sample_summaries

        return [
            _Summary(
                s.id,
                s.epoch,
                {k: msgspec.Raw(msgspec.json.encode(v)) for k, v in s.metadata.items()},
                {
                    name: _Score(score.value, score.metadata or {})
                    for name, score in (s.scores or {}).items()
                },
                {name: usage.model_dump() for name, usage in s.model_usage.items()},
            )
            for s in read_eval_log_sample_summaries(str(header.path))
        ]
    try:
        with open_log_zip(header.path) as archive:
            names = archive.namelist()
            if SUMMARIES in names:
                parts = [SUMMARIES]
            else:  # a log Inspect did not finalise keeps its summaries in journal parts
                parts = sorted(
                    (n for n in names if n.startswith(SUMMARY_JOURNAL)),
                    key=lambda n: int(Path(n).stem) if Path(n).stem.isdigit() else 0,
                )
            summaries = [s for part in parts for s in _decode(archive.read(part), _SUMMARIES)]
    except (OSError, ValueError, KeyError, msgspec.ValidationError) as error:
        raise EvenhandError(f"unreadable log {header.name} ({error})") from error
    for summary in summaries:
        summary.metadata = {  # scalars only: lists and mappings (fact sheets) stay unparsed
            key: msgspec.json.decode(text)
            for key, text in ((k, bytes(v)) for k, v in summary.metadata.items())
            if text[:1] not in (b"[", b"{")
        }
    return summaries


_SUMMARIES = msgspec.json.Decoder(list[_Summary])
_ANY = msgspec.json.Decoder()


def _decode(data: bytes, decoder: msgspec.json.Decoder[Any]) -> Any:
    """Decode Inspect's JSON, which writes non-finite score values as the bare literal NaN.

    `":NaN` outside a string becomes `":null` (read back as NaN by `_number`). Inside a string a
    quote is always escaped, so the only way the pattern can occur there is after a backslash; in
    that rare case the exact but slower standard library parser reads the text instead.
    """
    if b'\\":NaN' in data or b":Infinity" in data or b":-Infinity" in data:
        import json

        return msgspec.convert(json.loads(data), decoder.type)
    return decoder.decode(data.replace(b'":NaN', b'":null'))


def read_samples(header: LogHeader, keys: list[tuple[Any, int]]) -> Iterator[dict[str, Any]]:
    """The full samples (as JSON dicts) with the given (id, epoch) keys, read one at a time.

    Raises:
        EvenhandError: the log cannot be read.
    """
    if header.path.suffix != ".eval":
        from inspect_ai.log import read_eval_log_sample

        for sample_id, epoch in keys:
            yield read_eval_log_sample(str(header.path), sample_id, epoch).model_dump()
        return
    try:
        with open_log_zip(header.path) as archive:
            names = set(archive.namelist())
            for sample_id, epoch in keys:
                name = f"samples/{sample_id}_epoch_{epoch}.json"
                if name in names:
                    yield _decode(archive.read(name), _ANY)
    except (OSError, ValueError) as error:
        raise EvenhandError(f"unreadable log {header.name} ({error})") from error


def open_log_zip(path: Path) -> Any:
    """A `.eval` log as a zip archive. Inspect compresses its members with zstd, which the
    standard library reads only from Python 3.14; `zipfile_zstd` (an Inspect dependency) adds it."""
    import zipfile
    from contextlib import suppress

    with suppress(ImportError):  # Python 3.14+ reads zstd natively
        import zipfile_zstd  # noqa: F401  (registers zstd with zipfile)
    return zipfile.ZipFile(path)


def read_logs(log_dir: Path) -> Iterator[tuple[str, EvalLog]]:
    """Every successful log in a directory, read whole, with its file name.

    Raises:
        EvenhandError: the directory is missing, holds no logs, or holds a log that cannot be read.
    """
    from inspect_ai.log import read_eval_log

    for header in list_headers(log_dir):
        try:
            log = read_eval_log(str(header.path))
        except Exception as error:  # Inspect raises assorted errors for damaged files
            raise EvenhandError(
                f"unreadable log {header.name} ({' '.join(str(error).split())[:200]})"
            ) from error
        if log.samples is not None:
            yield header.name, log
