"""One rule for a damaged log in every command: a log whose header or sample summaries fail their
CRC-32 check is refused with one line and left alone; a damaged transcript only leaves the
drill-down, with a note."""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from evenhand.cli import cli
from evenhand.testing import FakeServer, fake_openai_server

MODELS = ("openai-api/fake/refuser", "openai-api/fake/talker")
REPLIES = {"refuser": "I'm sorry, but I can't help with that.", "talker": "Let's talk of tea."}


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FAKE_API_KEY", "not-a-secret")
        with fake_openai_server(replies_by_model=REPLIES) as running:
            yield running


def run_args(server: FakeServer, log_dir: Path) -> list[str]:
    models = [option for model in MODELS for option in ("--model", model)]
    options = ["--suite", "censorship", "--limit", "4", "--log-dir", str(log_dir), "--no-report"]
    return ["run", *models, "--model-base-url", server.base_url, *options]


@pytest.fixture(scope="module")
def clean_logs(server: FakeServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    log_dir = tmp_path_factory.mktemp("clean") / "logs"
    result = invoke(*run_args(server, log_dir))
    assert result.exit_code == 0, result.output
    return log_dir


def damaged_copy(clean_logs: Path, tmp_path: Path, member_prefix: str) -> tuple[Path, Path]:
    """A copy of the logs with one byte of one member flipped; the damaged file."""
    log_dir = tmp_path / "logs"
    shutil.copytree(clean_logs, log_dir)
    path = sorted(log_dir.glob("*.eval"))[0]
    with zipfile.ZipFile(path) as archive:
        info = next(i for i in archive.infolist() if i.filename.startswith(member_prefix))
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    return log_dir, path


def commands(log_dir: Path, tmp_path: Path, server: FakeServer) -> dict[str, list[str]]:
    return {
        "run": run_args(server, log_dir),
        "report": ["report", str(log_dir), "-o", str(tmp_path / "r.html")],
        "export": ["export", str(log_dir), "-o", str(tmp_path / "t.csv")],
        "compare": ["compare", str(log_dir), "--models", ",".join(MODELS)],
    }


@pytest.mark.parametrize("command", ["run", "report", "export", "compare"])
def test_a_log_with_damaged_summaries_is_refused_by_every_command(
    command: str, clean_logs: Path, tmp_path: Path, server: FakeServer
) -> None:
    log_dir, damaged = damaged_copy(clean_logs, tmp_path, "summaries.json")
    before = damaged.read_bytes()
    files = sorted(log_dir.iterdir())
    answered = len(server.requests)
    result = invoke(*commands(log_dir, tmp_path, server)[command])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert "summaries.json fails its CRC-32 check" in lines[0]
    assert damaged.read_bytes() == before
    assert sorted(log_dir.iterdir()) == files
    assert len(server.requests) == answered, "nothing ran"


@pytest.mark.parametrize("command", ["run", "report", "export", "compare"])
def test_a_damaged_transcript_is_accepted_by_every_command(
    command: str, clean_logs: Path, tmp_path: Path, server: FakeServer
) -> None:
    log_dir, _ = damaged_copy(clean_logs, tmp_path, "samples/")
    result = invoke(*commands(log_dir, tmp_path, server)[command])
    assert result.exit_code == 0, result.output
    if command == "report":
        page = (tmp_path / "r.html").read_text("utf-8")
        assert "fail their CRC-32 check and are left out of the drill-down" in page


def header_changed_but_parseable(clean_logs: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the logs whose first log stores its header uncompressed with one digit changed
    after the CRC-32 was computed: the JSON still parses and validates, only the checksum can
    tell (a flipped byte in a compressed header sometimes decodes to such a header)."""
    log_dir = tmp_path / "logs"
    shutil.copytree(clean_logs, log_dir)
    path = sorted(log_dir.glob("*.eval"))[0]
    with zipfile.ZipFile(path) as archive:
        members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members:
            compression = zipfile.ZIP_STORED if name == "header.json" else zipfile.ZIP_DEFLATED
            archive.writestr(name, content, compress_type=compression)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("header.json")
        header = archive.read(info)
    created = re.search(rb'"created":\s*"(\d)', header)
    assert created is not None, "the header names when the log was created"
    at, digit = created.start(1), created.group(1)
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + at] = ord("1") if digit != b"1" else ord("2")
    path.write_bytes(bytes(data))
    return log_dir, path


@pytest.mark.parametrize("command", ["run", "report", "export", "compare"])
def test_a_header_that_parses_but_fails_its_crc_is_refused_by_every_command(
    command: str, clean_logs: Path, tmp_path: Path, server: FakeServer
) -> None:
    log_dir, damaged = header_changed_but_parseable(clean_logs, tmp_path)
    before = damaged.read_bytes()
    answered = len(server.requests)
    result = invoke(*commands(log_dir, tmp_path, server)[command])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert "header.json fails its CRC-32 check" in lines[0]
    assert damaged.read_bytes() == before
    assert len(server.requests) == answered, "nothing ran"
