"""`evenhand export`: every scored sample of every log in a directory as one tidy table."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from evenhand.analysis._table import read_logs, score_rows
from evenhand.errors import EvenhandError
from evenhand.files import write_atomically

ExportFormat = Literal["parquet", "csv", "jsonl"]
FORMATS: tuple[ExportFormat, ...] = ("parquet", "csv", "jsonl")


def export_rows(log_dir: Path) -> list[dict[str, Any]]:
    """One row per sample and judge: provenance, item metadata, the judge's label, the sample's
    scores and token counts.

    Raises:
        EvenhandError: the directory is missing, holds no logs, or holds a log that cannot be read.
    """
    rows: list[dict[str, Any]] = []
    for log_name, log in read_logs(log_dir):
        assert log.samples is not None  # read_logs yields only logs with samples
        outputs = {(s.id, s.epoch): s for s in log.samples}
        base_url = log.eval.model_base_url
        for row in score_rows(log):
            sample = outputs[(row["sample_id"], row["epoch"])]
            usage = sample.output.usage
            common = {
                **{k: v for k, v in row.items() if k not in ("judge_labels", "turn_labels")},
                "provider": log.eval.model.split("/")[0],
                "endpoint_host": urlsplit(base_url).hostname if base_url else None,
                "weights_sha256": (sample.output.metadata or {}).get("weights_sha256"),
                "input_tokens": usage.input_tokens if usage else None,
                "output_tokens": usage.output_tokens if usage else None,
                "total_cost": usage.total_cost if usage else None,
                "stop_reason": sample.output.stop_reason,
                "log": log_name,
            }
            judgements = (sample.scores or {})[row["scorer"]].metadata or {}
            for judgement in judgements.get("judgements") or [{"judge": None, "label": None}]:
                rows.append(
                    {
                        **common,
                        "judge": judgement.get("judge"),
                        "judge_label": judgement.get("label"),
                    }
                )
    return rows


def export(log_dir: Path, output: Path, format: ExportFormat) -> int:
    """Write the tidy table; returns the number of rows. The file is replaced only when complete."""
    import pandas as pd

    if format not in FORMATS:
        raise EvenhandError(f"unknown format {format!r}: use one of {', '.join(FORMATS)}")
    frame = pd.DataFrame(export_rows(log_dir))
    writers = {
        "parquet": lambda path: frame.to_parquet(path, index=False),
        "csv": lambda path: frame.to_csv(path, index=False),
        "jsonl": lambda path: frame.to_json(path, orient="records", lines=True, force_ascii=False),
    }
    write_atomically(output, writers[format])
    return len(frame)
