"""Flatten Inspect logs into one row per scored sample."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from inspect_ai.log import EvalLog

from evenhand.errors import EvenhandError

SCALAR = (str, int, float, bool)


def suite_of(log: EvalLog) -> str:
    """The evenhand suite a log belongs to (the task name without its package prefix)."""
    suite = (log.eval.metadata or {}).get("suite")
    return str(suite) if suite else log.eval.task.split("/")[-1]


def score_rows(log: EvalLog) -> list[dict[str, Any]]:
    """One row per sample and scorer: model, suite, item metadata, label and score values.

    Raises:
        ValueError: the log was read without its samples.
    """
    if log.samples is None:
        raise ValueError(f"{log.location}: read the log with its samples (header_only=False)")
    rows: list[dict[str, Any]] = []
    for sample in log.samples:
        for scorer_name, score in (sample.scores or {}).items():
            row: dict[str, Any] = {
                "model": log.eval.model,
                "suite": suite_of(log),
                "task_version": log.eval.task_version,
                "sample_id": sample.id,
                "epoch": sample.epoch,
                "scorer": scorer_name,
                "label": (score.metadata or {}).get("label"),
                "judge_labels": [j["label"] for j in (score.metadata or {}).get("judgements", [])],
                "turn_labels": (score.metadata or {}).get("turn_labels"),
            }
            # Item metadata with scalar values (jurisdiction, language, pair id, context, persona...);
            # lists and mappings such as fact sheets stay in the log.
            row.update(
                {k: v for k, v in sample.metadata.items() if v is None or isinstance(v, SCALAR)}
            )
            if isinstance(score.value, dict):
                row.update({f"score_{key}": value for key, value in score.value.items()})
            rows.append(row)
    return rows


def read_logs(log_dir: Path) -> Iterator[tuple[str, EvalLog]]:
    """Every successful log in a directory, with its file name.

    Raises:
        EvenhandError: the directory is missing, holds no logs, or holds a log that cannot be read.
    """
    from inspect_ai.log import list_eval_logs, read_eval_log

    if not log_dir.is_dir():
        raise EvenhandError(f"{log_dir}: no such log directory")
    infos = list_eval_logs(str(log_dir))
    if not infos:
        raise EvenhandError(
            f"{log_dir}: no Inspect logs found; run `evenhand run --log-dir {log_dir}` first"
        )
    for info in infos:
        try:
            log = read_eval_log(info)
        except Exception as error:  # Inspect raises assorted errors for damaged files
            raise EvenhandError(
                f"unreadable log {info.name} ({' '.join(str(error).split())[:200]})"
            ) from error
        if log.samples is not None and log.status == "success":
            yield Path(info.name.removeprefix("file://")).name, log
