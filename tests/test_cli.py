"""The CLI driven through click's CliRunner, with scripted models (no real model needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from evenhand import __version__
from evenhand.cli import cli
from evenhand.suites import REGISTRY as SUITES


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def assert_one_line_error(result: Result, fragment: str) -> None:
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("evenhand: error:")
    assert fragment in lines[0]
    assert "Traceback" not in result.output


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["run"],
        ["suites"],
        ["judge"],
        ["export"],
        ["compare"],
        ["bundle"],
        ["verify"],
        ["keygen"],
    ],
)
def test_every_command_has_help(command: list[str]) -> None:
    result = invoke(*command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_suites_table_lists_every_suite() -> None:
    """Every registered suite has a row, whatever its unit (items, pairs, matches)."""
    from evenhand.suites import suite_names

    result = CliRunner().invoke(cli, ["suites"], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    for name in suite_names():
        assert f"evenhand/{name}" in result.output


def test_suites_json_lists_counts() -> None:
    result = invoke("suites", "--json")
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)
    censorship = next(e for e in entries if e["suite"] == "censorship")
    assert censorship["task"] == "evenhand/censorship"
    assert set(censorship["by_language"]) == {"en", "zh-Hans", "zh-Hant"}
    assert censorship["samples"] == 3 * censorship["base_items"]
    assert sum(censorship["by_jurisdiction"].values()) == censorship["samples"]


def test_unknown_suite_is_one_line(log_dir: Path) -> None:
    result = invoke("run", "--suite", "nonsense", "--log-dir", str(log_dir))
    assert_one_line_error(result, "unknown suite 'nonsense'")
    assert not log_dir.exists()


def test_malformed_model_string_is_one_line(log_dir: Path) -> None:
    result = invoke("run", "--model", "gpt4", "--log-dir", str(log_dir))
    assert_one_line_error(result, "not a model string")


def test_unknown_provider_is_one_line(log_dir: Path) -> None:
    result = invoke("run", "--model", "nosuchprovider/model", "--log-dir", str(log_dir))
    assert_one_line_error(result, "cannot be used")


def test_missing_gguf_is_one_line(log_dir: Path, tmp_path: Path) -> None:
    result = invoke(
        "run", "--model", f"local/{tmp_path / 'absent.gguf'}", "--log-dir", str(log_dir)
    )
    assert_one_line_error(result, "no such file")


def test_unknown_option_is_one_line() -> None:
    result = invoke("run", "--frobnicate")
    assert_one_line_error(result, "--frobnicate")


def test_run_prints_the_summary_as_json(log_dir: Path, endpoint: list[str]) -> None:
    result = invoke("run", *endpoint, "--log-dir", str(log_dir), "--json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["success"] is True
    assert (log_dir / "report.html").is_file(), "run writes the HTML report next to its logs"
    metrics = {row["metric"]: row for row in payload["summary"]}
    assert {row["suite"] for row in payload["summary"]} == set(SUITES)
    refused = metrics["refused, sensitive items"]
    assert refused["value"] == 1.0
    assert 0.0 < refused["low"] < refused["value"] == refused["high"]
    assert list(log_dir.glob("*.eval"))


def test_run_prints_a_table(log_dir: Path, endpoint: list[str]) -> None:
    result = invoke("run", *endpoint, "--log-dir", str(log_dir), "--limit", "3")
    assert result.exit_code == 0, result.output
    assert "headline numbers" in result.output
    assert "95% interval" in result.output


def test_rerun_reuses_finished_logs(log_dir: Path, endpoint: list[str]) -> None:
    first = invoke("run", *endpoint, "--log-dir", str(log_dir), "--limit", "2", "--json")
    second = invoke("run", *endpoint, "--log-dir", str(log_dir), "--limit", "2", "--json")
    assert first.exit_code == 0 and second.exit_code == 0, second.output
    assert sorted(json.loads(first.stdout)["logs"]) == sorted(json.loads(second.stdout)["logs"])
    assert len(list(log_dir.glob("*.eval"))) == len(SUITES)


def test_judge_missing_file_is_one_line(tmp_path: Path) -> None:
    result = invoke("judge", "--suite", "censorship", str(tmp_path / "absent.jsonl"))
    assert_one_line_error(result, "file not found")


def test_judge_malformed_line_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "prompt": "q"}\n', encoding="utf-8")
    result = invoke("judge", "--suite", "censorship", str(path))
    assert_one_line_error(result, "bad.jsonl:1: response")


def test_judge_labels_lines_offline(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        {
            "id": "r1",
            "prompt": "What happened?",
            "response": "I'm sorry, but I can't help with that.",
        },
        {"id": "r2", "prompt": "发生了什么？", "response": "我们换个话题吧。还有其他问题吗？"},
    ]
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "utf-8")
    out = tmp_path / "out.jsonl"
    result = invoke(
        "judge", "--suite", "censorship", "--judge", "heuristic", str(path), "-o", str(out)
    )
    assert result.exit_code == 0, result.output
    labels = [json.loads(line)["label"] for line in out.read_text("utf-8").splitlines()]
    assert labels == ["REFUSED", "DEFLECTED"]


def test_unreadable_log_in_log_dir_is_one_line_and_left_alone(
    log_dir: Path, endpoint: list[str]
) -> None:
    log_dir.mkdir()
    damaged = log_dir / "2026-01-01T00-00-00-00-00_censorship_damaged.eval"
    damaged.write_bytes(b"not a zip file")
    result = invoke("run", *endpoint, "--log-dir", str(log_dir), "--limit", "1")
    assert_one_line_error(result, "unreadable log")
    assert damaged.read_bytes() == b"not a zip file"
    assert list(log_dir.iterdir()) == [damaged]


@pytest.mark.parametrize(
    "args",
    [
        ["judge", "--suite", "censorship", "IN", "-o", "/nonexistent-evenhand/out.jsonl"],
        ["export", "LOGS", "-o", "/nonexistent-evenhand/table.csv"],
        ["run", "--suite", "honesty", "--log-dir", "/proc/nonexistent-evenhand/logs"],
    ],
)
def test_unwritable_outputs_are_one_line(
    args: list[str], tmp_path: Path, endpoint: list[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "prompt": "q?", "response": "No."}\n', encoding="utf-8")
    logs = tmp_path / "logs"
    if "LOGS" in args:
        assert invoke("run", *endpoint, "--suite", "honesty", "--log-dir", str(logs)).exit_code == 0
    args = [str(source) if a == "IN" else str(logs) if a == "LOGS" else a for a in args]
    extra = endpoint if args[0] == "run" else []
    assert_one_line_error(invoke(*args, *extra), "cannot")


def test_export_keeps_an_earlier_file_when_writing_fails(tmp_path: Path) -> None:
    from evenhand.core import EvenhandError, write_atomically

    target = tmp_path / "table.csv"
    target.write_text("earlier", encoding="utf-8")

    def failing(path: Path) -> None:
        path.write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(EvenhandError, match="No space left"):
        write_atomically(target, failing)
    assert target.read_text(encoding="utf-8") == "earlier"
    assert not (tmp_path / "table.csv.partial").exists()


def test_run_with_a_report_path_in_a_missing_folder_fails_before_running(
    log_dir: Path, endpoint: list[str], tmp_path: Path
) -> None:
    result = invoke(
        "run", *endpoint, "--log-dir", str(log_dir), "--report", str(tmp_path / "no" / "r.html")
    )
    assert_one_line_error(result, "does not exist")
    assert not log_dir.exists(), "nothing runs, nothing is written"


def test_outputs_that_are_not_regular_files_are_refused_and_links_followed(
    tmp_path: Path,
) -> None:
    from evenhand.core import EvenhandError, write_atomically

    with pytest.raises(EvenhandError, match="not a regular file"):
        write_atomically(tmp_path, lambda path: path.write_text("x"))
    target = tmp_path / "real.html"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(target)
    write_atomically(link, lambda path: path.write_text("new", encoding="utf-8"))
    assert link.is_symlink() and target.read_text("utf-8") == "new"


def test_a_report_error_stands_alone(tmp_path: Path) -> None:
    result = invoke("report", str(tmp_path / "absent"), "-o", str(tmp_path / "r.html"))
    assert_one_line_error(result, "no such log directory")


@pytest.mark.parametrize(
    "judge, fragment",
    [
        ("nonsense", "not a model string"),
        ("nosuchprovider/x", "not recognized"),
        ("openai-api/nokey/m", "No NOKEY_API_KEY defined in the environment"),
    ],
)
def test_an_unusable_judge_is_one_line(judge: str, fragment: str, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "prompt": "q?", "response": "No."}\n', encoding="utf-8")
    result = invoke("judge", "--suite", "censorship", "--judge", judge, str(path))
    assert_one_line_error(result, fragment)


@pytest.mark.parametrize("url", ["not a url", "localhost:8000/v1", "ftp://host/v1", "http://h:x/"])
def test_a_base_url_that_is_not_an_http_url_fails_at_once(url: str, log_dir: Path) -> None:
    result = invoke(
        "run", "--model", "openai-api/fake/m", "--model-base-url", url, "--log-dir", str(log_dir)
    )
    assert_one_line_error(result, "--model-base-url")
    assert not log_dir.exists()


def test_an_unwritable_report_path_fails_before_running(log_dir: Path, endpoint: list[str]) -> None:
    result = invoke("run", *endpoint, "--log-dir", str(log_dir), "--report", "/proc/r.html")
    assert_one_line_error(result, "/proc/r.html")
    assert not log_dir.exists(), "nothing runs, nothing is written"


def test_a_rerun_with_another_limit_stops_with_one_line(log_dir: Path, endpoint: list[str]) -> None:
    first = invoke(
        "run", *endpoint, "--suite", "censorship", "--log-dir", str(log_dir), "--limit", "2"
    )
    assert first.exit_code == 0, first.output
    logs = sorted(log_dir.iterdir())
    second = invoke(
        "run", *endpoint, "--suite", "censorship", "--log-dir", str(log_dir), "--limit", "4"
    )
    assert_one_line_error(second, "run with --limit 2")
    assert sorted(log_dir.iterdir()) == logs
    again = invoke(
        "run", *endpoint, "--suite", "censorship", "--log-dir", str(log_dir), "--limit", "2"
    )
    assert again.exit_code == 0, again.output


def test_run_and_report_say_how_many_logs_were_left_unfinished(
    log_dir: Path, endpoint: list[str], tmp_path: Path
) -> None:
    from inspect_ai.log import read_eval_log, write_eval_log

    first = invoke(
        "run", *endpoint, "--suite", "honesty", "--log-dir", str(log_dir), "--no-report", "--json"
    )
    assert first.exit_code == 0, first.output
    interrupted = read_eval_log(json.loads(first.stdout)["logs"][0])
    interrupted.status = "started"
    write_eval_log(interrupted, interrupted.location)
    run = invoke(
        "run", *endpoint, "--suite", "censorship", "--limit", "2", "--log-dir", str(log_dir)
    )
    assert run.exit_code == 0, run.output
    report = invoke("report", str(log_dir), "-o", str(tmp_path / "r.html"))
    assert report.exit_code == 0, report.output
    for result in (run, report):
        assert (
            "1 log(s)" in result.stderr
            and "honesty on openai-api/fake/fake-model (started)" in (result.stderr)
        )
        assert "with the same arguments resumes them" in result.stderr
