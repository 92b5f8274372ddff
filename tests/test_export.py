"""`evenhand export`: the tidy table from real logs, in every format, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from evenhand.cli import cli


@pytest.fixture
def logs(log_dir: Path, endpoint: list[str]) -> Path:
    result = CliRunner().invoke(
        cli,
        [
            "run",
            *endpoint,
            "--log-dir",
            str(log_dir),
            "--suite",
            "censorship",
            "--suite",
            "misuse",
            "--limit",
            "3",
            "--judge",
            "heuristic",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    return log_dir


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".jsonl"])
def test_export_writes_one_row_per_sample_and_judge(
    logs: Path, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"table{suffix}"
    result = CliRunner().invoke(cli, ["export", str(logs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    if suffix == ".parquet":
        frame = pd.read_parquet(out)
    elif suffix == ".csv":
        frame = pd.read_csv(out)
    else:
        frame = pd.DataFrame([json.loads(line) for line in out.read_text("utf-8").splitlines()])
    assert len(frame) == 6  # 3 samples in each of two suites, one heuristic judge each
    assert set(frame["suite"]) == {"censorship", "misuse"}
    assert set(frame["provider"]) == {"openai-api"}
    assert set(frame["endpoint_host"]) == {"127.0.0.1"}
    assert set(frame["judge"]) == {"heuristic"}
    assert {"jurisdiction", "language", "pair_id", "label", "task_version", "output_tokens"} <= set(
        frame.columns
    )


def test_export_of_a_missing_directory_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["export", str(tmp_path / "nope"), "-o", str(tmp_path / "t.csv")]
    )
    assert result.exit_code == 2
    assert (
        result.output.strip().startswith("evenhand: error:")
        and "no such log directory" in result.output
    )


def test_export_of_an_empty_directory_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", str(tmp_path), "-o", str(tmp_path / "t.csv")])
    assert result.exit_code == 2
    assert "no Inspect logs found" in result.output
