"""Planted credentials (in the environment, in the base URL, echoed back by the server) reach no
log, listing, export, report, standard output or standard error."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from inspect_ai.log import read_eval_log

from evenhand.cli import cli
from evenhand.logs._archive import LogArchive
from evenhand.testing import faulty_openai_server

KEY = "sk-planted-0123456789abcdef"
OTHER = "tok-planted-fedcba9876543210"
URL_PASSWORD = "urlsecret-4242"
SECRETS = (KEY, OTHER, URL_PASSWORD, base64.b64encode(f"gate:{URL_PASSWORD}".encode()).decode())


def written(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, and every member of every log, by name."""
    files = {}
    for path in folder.rglob("*"):
        if path.suffix == ".eval":
            with LogArchive(path) as archive:
                files.update({f"{path.name}:{n}": archive.read(n) for n in archive.members})
        elif path.is_file():
            files[path.name] = path.read_bytes()
    return files


def test_no_planted_secret_is_written_or_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_API_KEY", KEY)
    monkeypatch.setenv("OTHER_SERVICE_TOKEN", OTHER)
    log_dir, out = tmp_path / "logs", tmp_path / "out"
    out.mkdir()
    results: list[Result] = []
    with faulty_openai_server(fault_rate=0.5, faults=["echoed_credentials"], seed=2) as server:
        url = server.base_url.replace("http://", f"http://gate:{URL_PASSWORD}@")
        run = ["run", "--model", "openai-api/fake/fake-model", "--model-base-url", url]
        run += ["--suite", "censorship", "--limit", "6", "--log-dir", str(log_dir), "--json"]
        for _ in range(2):  # a first run and a rerun that resumes it
            results.append(CliRunner().invoke(cli, run))
        assert sum(server.faults.values()) > 0 and server.requests, "the server echoed keys"
    assert results[-1].exit_code == 0, results[-1].output
    results.append(CliRunner().invoke(cli, ["export", str(log_dir), "-o", str(out / "t.csv")]))
    results.append(CliRunner().invoke(cli, ["report", str(log_dir), "-o", str(out / "r.html")]))
    assert all(r.exit_code == 0 for r in results[1:]), [r.output for r in results]
    files = {**written(log_dir), **written(out)}
    for secret in SECRETS:
        assert not [name for name, data in files.items() if secret.encode() in data], secret
        for result in results:
            assert secret not in result.stdout + result.stderr
    logs = [read_eval_log(str(p)) for p in log_dir.glob("*.eval")]
    assert all(log.samples for log in logs), "scrubbed logs still read as Inspect logs"
    assert "127.0.0.1" in (out / "r.html").read_text("utf-8"), "the endpoint's host is kept"
