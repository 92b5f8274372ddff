"""The reader of `evenhand judge`'s input: what it accepts and how it says what is wrong."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from evenhand.core import DatasetError, read_judge_inputs


def record(**fields: object) -> str:
    return json.dumps({"id": "a", "prompt": "p", "response": "r", **fields}, ensure_ascii=False)


def test_a_response_holding_a_line_separator_stays_one_record(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(record(response="one\u2028two\x85three") + "\n", encoding="utf-8")
    [read] = read_judge_inputs(path)
    assert read.response == "one\u2028two\x85three"


def test_windows_line_endings_are_read(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes((record() + "\r\n" + record(id="b") + "\r\n").encode())
    assert [r.id for r in read_judge_inputs(path)] == ["a", "b"]


def test_a_repeated_id_names_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(record() + "\n" + record(id="b") + "\n" + record() + "\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"in.jsonl:3: id 'a' repeats line 1"):
        read_judge_inputs(path)


def test_a_file_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes((record() + "\n").encode() + record(response="café").encode("latin-1"))
    with pytest.raises(DatasetError, match=r"in.jsonl:2: not UTF-8 text"):
        read_judge_inputs(path)


def test_a_plain_file_named_gz_says_it_is_not_gzip(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl.gz"
    path.write_text(record(), encoding="utf-8")
    with pytest.raises(DatasetError, match="not a gzip file"):
        read_judge_inputs(path)


def test_a_gzip_cut_short_says_so(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(gzip.compress((record() + "\n").encode() * 100)[:30])
    with pytest.raises(DatasetError, match="cut short"):
        read_judge_inputs(path)


def test_an_unreadable_path_gives_the_reason(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"cannot read \(Not a directory\)"):
        read_judge_inputs(tmp_path / "file" / "in.jsonl")


def test_a_lone_surrogate_in_a_gold_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "prompt": "p", "response": "\\ud800", "label": "X"}\n')
    with pytest.raises(DatasetError, match="lone surrogate"):
        read_judge_inputs(path, lenient=True)


def test_a_gold_line_nested_too_deeply_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"label": ' + "[" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="nested too deeply"):
        read_judge_inputs(path, lenient=True)
