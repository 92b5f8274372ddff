"""A log directory on S3: `evenhand run` (in one process or in workers) writes its logs there
through Inspect, resumes from them, and report, export, compare and gate read them, against an S3
server on 127.0.0.1 (moto's, in memory)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from evenhand.cli import cli
from evenhand.shards import STAGING
from evenhand.testing import S3Server, fake_openai_server, local_s3_server
from tests.test_workers import LIMIT, MODELS, REPLIES, SUITES, _run, _samples, _without_logs


@pytest.fixture(scope="module")
def s3_server() -> Iterator[S3Server]:
    with local_s3_server(buckets=["audit"]) as server:
        yield server


@pytest.fixture
def s3(s3_server: S3Server, monkeypatch: pytest.MonkeyPatch) -> Iterator[S3Server]:
    """The server's endpoint and test credentials in the environment, as a user would set them
    (and no S3 file system that fsspec kept from another test's settings)."""
    from s3fs import S3FileSystem

    for name, value in s3_server.env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("FAKE_API_KEY", "not-a-secret")
    S3FileSystem.clear_instance_cache()
    yield s3_server
    S3FileSystem.clear_instance_cache()


def _objects(prefix: str) -> list[str]:
    from s3fs import S3FileSystem

    fs = S3FileSystem(skip_instance_cache=True)
    return sorted(path.rsplit("/", 1)[-1] for path in fs.find(prefix))


def test_an_audit_on_s3_gives_the_local_results_and_a_rerun_resumes_it(
    s3: S3Server, tmp_path: Path
) -> None:
    url = "s3://audit/one-process"
    with fake_openai_server(replies_by_model=REPLIES) as server:
        local = _run(server.base_url, tmp_path / "local")
        assert local.exit_code == 0, local.output
        asked = len(server.requests)
        remote = _run(server.base_url, url)  # type: ignore[arg-type]
        assert remote.exit_code == 0, remote.output
        assert len(server.requests) == 2 * asked == 2 * len(MODELS) * len(SUITES) * LIMIT
        rerun = _run(server.base_url, url)  # type: ignore[arg-type]
        assert rerun.exit_code == 0, rerun.output
        assert len(server.requests) == 2 * asked  # every log was found there and reused
    payload = json.loads(remote.stdout)
    assert _without_logs(payload) == _without_logs(json.loads(local.stdout))
    assert _without_logs(json.loads(rerun.stdout)) == _without_logs(payload)
    assert all(name.startswith(f"{url}/") for name in payload["logs"]), payload["logs"]
    logs = [name for name in _objects(url) if name.endswith(".eval")]
    assert len(logs) == len(MODELS) * len(SUITES)
    assert _samples(url) == _samples(tmp_path / "local")  # type: ignore[arg-type]


def test_two_workers_write_to_s3_through_their_staging_and_leave_none_behind(
    s3: S3Server, tmp_path: Path
) -> None:
    url = "s3://audit/workers"
    with fake_openai_server(replies_by_model=REPLIES) as server:
        single = _run(server.base_url, tmp_path / "single")
        sharded = _run(server.base_url, url, "--workers", "2")  # type: ignore[arg-type]
    assert single.exit_code == 0, single.output
    assert sharded.exit_code == 0, sharded.output
    assert "4 shards on 2 local processes" in sharded.stderr
    assert _without_logs(json.loads(sharded.stdout)) == _without_logs(json.loads(single.stdout))
    assert _samples(url) == _samples(tmp_path / "single")  # type: ignore[arg-type]
    assert not [name for name in _find(url) if f"/{STAGING}/" in name]
    # A run stopped while its shards ran leaves their logs under the staging prefix; the next
    # run moves them back up and resumes them.
    from s3fs import S3FileSystem

    fs = S3FileSystem(skip_instance_cache=True)
    logs = [name for name in _find(url) if name.endswith(".eval")]
    for name in logs:
        fs.mv(name, name.replace("/workers/", f"/workers/{STAGING}/stopped/"))
    with fake_openai_server(replies_by_model=REPLIES) as server:
        rerun = _run(server.base_url, url, "--workers", "2")  # type: ignore[arg-type]
        assert rerun.exit_code == 0, rerun.output
        assert not server.requests  # every log was found in staging and reused
    assert sorted(name for name in _find(url) if name.endswith(".eval")) == sorted(logs)
    assert not [name for name in _find(url) if f"/{STAGING}/" in name]


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _find(url: str) -> list[str]:
    from s3fs import S3FileSystem

    return list(S3FileSystem(skip_instance_cache=True).find(url))


def test_report_export_compare_and_gate_read_an_s3_log_directory(
    s3: S3Server, tmp_path: Path
) -> None:
    url = "s3://audit/readers"
    with fake_openai_server(replies_by_model=REPLIES) as server:
        for where in (url, str(tmp_path / "local")):
            result = _run(server.base_url, where)  # type: ignore[arg-type]
            assert result.exit_code == 0, result.output
    runner = CliRunner()
    outputs: dict[str, Any] = {}
    for name, where in (("remote", url), ("local", str(tmp_path / "local"))):
        page = tmp_path / f"{name}.html"
        report = runner.invoke(cli, ["report", where, "-o", str(page)])
        assert report.exit_code == 0, report.output
        table = tmp_path / f"{name}.jsonl"
        export = runner.invoke(cli, ["export", where, "-o", str(table)])
        assert export.exit_code == 0, export.output
        compare = runner.invoke(cli, ["compare", where, "--models", ",".join(MODELS), "--json"])
        assert compare.exit_code == 0, compare.output
        policy = str(Path(__file__).parents[1] / "policies" / "public-deployment.yaml")
        gate = runner.invoke(cli, ["gate", policy, where, "--json"])
        assert gate.exit_code in (0, 1), gate.output  # passed or not, never a bad directory
        rows = [json.loads(line) for line in table.read_text().splitlines()]
        outputs[name] = (
            sorted(json.dumps({**row, "log": None}, sort_keys=True) for row in rows),
            json.loads(compare.stdout),
            "model-a" in page.read_text() and "model-b" in page.read_text(),
            json.loads(gate.stdout),
        )
    assert outputs["remote"][0] == outputs["local"][0]  # every row, the log's name aside
    assert len(outputs["remote"][0]) >= len(MODELS) * len(SUITES) * LIMIT
    assert outputs["remote"][1] == outputs["local"][1]
    assert outputs["remote"][2] and outputs["local"][2]
    assert outputs["remote"][3] == outputs["local"][3]
    assert len(outputs["remote"][3]["models"]) == len(MODELS)


def test_a_log_directory_that_cannot_be_reached_is_one_line_and_exit_2(
    s3: S3Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    with fake_openai_server() as server:
        missing = _run(server.base_url, "s3://no-such-bucket/audit")  # type: ignore[arg-type]
        unknown = _run(server.base_url, "nosuchfs://bucket/audit")  # type: ignore[arg-type]
        asked = len(server.requests)
    for result, expected in (
        (missing, "no bucket or folder 'no-such-bucket'"),
        (unknown, "nosuchfs"),
    ):
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output
        errors = [line for line in result.stderr.splitlines() if line.startswith("evenhand:")]
        assert len(errors) == 1 and expected in errors[0], result.stderr
    # An object store that does not answer (after botocore's own retries, about 10 s).
    from s3fs import S3FileSystem

    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://127.0.0.1:{_closed_port()}")
    S3FileSystem.clear_instance_cache()  # as in a new process: fsspec keeps the old endpoint's
    with fake_openai_server() as server:
        silent = _run(server.base_url, "s3://audit/silent")  # type: ignore[arg-type]
        asked += len(server.requests)
    assert silent.exit_code == 2, silent.output
    assert "Traceback" not in silent.output
    assert "cannot list it (Could not connect to the endpoint URL" in silent.stderr
    assert asked == 0  # nothing ran
    report = runner.invoke(
        cli, ["report", "s3://no-such-bucket/audit", "-o", str(tmp_path / "r.html")]
    )
    assert report.exit_code == 2 and "Traceback" not in report.output
    assert not (tmp_path / "r.html").exists()


def test_credentials_a_server_echoes_are_scrubbed_from_the_logs_in_the_bucket(
    s3: S3Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from s3fs import S3FileSystem

    from evenhand.testing import faulty_openai_server
    from tests.test_secrets import KEY, written

    monkeypatch.setenv("FAKE_API_KEY", KEY)
    url = "s3://audit/scrubbed"
    with faulty_openai_server(fault_rate=0.5, faults=["echoed_credentials"], seed=2) as server:
        run = ["run", "--model", "openai-api/fake/fake-model", "--model-base-url", server.base_url]
        run += ["--suite", "censorship", "--limit", "6", "--log-dir", url, "--json", "--no-report"]
        result = CliRunner().invoke(cli, run)
        assert server.faults["echoed_credentials"] > 0, "the server echoed the key"
    assert result.exit_code == 0, result.output
    copy = tmp_path / "copy"
    S3FileSystem(skip_instance_cache=True).get(f"{url}/", str(copy), recursive=True)
    files = written(copy)
    assert any(name.endswith(".eval:header.json") for name in files), sorted(files)
    assert not [name for name, data in files.items() if KEY.encode() in data]
    assert KEY not in result.stdout + result.stderr
