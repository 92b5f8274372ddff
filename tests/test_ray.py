"""`evenhand run --ray`: an audit's shards as tasks on a real Ray cluster of two nodes on
127.0.0.1, started and stopped (by process group) by the tests."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from evenhand.cli import cli
from evenhand.logs import list_headers, newest_rows
from evenhand.shards import Shard, forwarded_environment, plan_connections
from evenhand.testing import RayCluster, fake_openai_server, local_ray_cluster, local_s3_server
from tests.test_workers import LIMIT, MODELS, REPLIES, SUITES, _run, _samples, _without_logs


@pytest.fixture(scope="module")
def cluster() -> Iterator[RayCluster]:
    with local_ray_cluster(nodes=2, cpus_per_node=1) as running:
        yield running


@pytest.fixture
def api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_API_KEY", "not-a-secret")


@pytest.mark.usefixtures("api_key")
def test_two_nodes_give_the_single_process_results_and_a_rerun_skips_them(
    cluster: RayCluster, tmp_path: Path
) -> None:
    with fake_openai_server(replies_by_model=REPLIES) as server:
        single = _run(server.base_url, tmp_path / "single")
        assert single.exit_code == 0, single.output
        asked = len(server.requests)
        assert asked == len(MODELS) * len(SUITES) * LIMIT
        on_ray = _run(server.base_url, tmp_path / "ray", "--ray", cluster.address)
        assert on_ray.exit_code == 0, on_ray.output
        assert len(server.requests) == 2 * asked
        assert "4 shards on a Ray cluster of 2 nodes and 2 CPUs" in on_ray.stderr
        assert _without_logs(json.loads(on_ray.stdout)) == _without_logs(json.loads(single.stdout))
        assert _samples(tmp_path / "ray") == _samples(tmp_path / "single")
        for suite in SUITES:
            for model in MODELS:
                assert on_ray.stderr.count(f"{suite}@{model}: done") == 1, on_ray.stderr

        rerun = _run(server.base_url, tmp_path / "ray", "--ray", cluster.address)
        assert rerun.exit_code == 0, rerun.output
        assert len(server.requests) == 2 * asked  # every shard had finished
    assert not (tmp_path / "ray" / ".evenhand-shards").exists()


@pytest.mark.usefixtures("api_key")
def test_item_shards_and_epochs_on_two_nodes_give_the_whole_runs_samples_and_numbers(
    cluster: RayCluster, tmp_path: Path
) -> None:
    from tests.test_item_shards import _reply
    from tests.test_item_shards import _run as _run_items

    with fake_openai_server(_reply) as server:
        whole = _run_items(server.base_url, tmp_path / "whole", "--epochs", "2")
        assert whole.exit_code == 0, whole.output
        asked = len(server.requests)
        on_ray = _run_items(
            server.base_url, tmp_path / "ray", "--item-shards", "2", "--epochs", "2",
            "--ray", cluster.address,
        )  # fmt: skip
        assert on_ray.exit_code == 0, on_ray.output
        assert len(server.requests) == 2 * asked  # the same samples, none twice
        assert "8 shards on a Ray cluster of 2 nodes" in on_ray.stderr, on_ray.stderr
        assert _without_logs(json.loads(on_ray.stdout)) == _without_logs(json.loads(whole.stdout))
        samples = _samples(tmp_path / "ray")
        assert samples == _samples(tmp_path / "whole")
        assert {key[3] for key in samples} == {1, 2}  # every shard ran both epochs


@pytest.mark.usefixtures("api_key")
def test_two_nodes_write_to_an_s3_log_directory_with_the_drivers_credentials(
    cluster: RayCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from s3fs import S3FileSystem

    url = "s3://audit/on-ray"
    with (
        local_s3_server(buckets=["audit"]) as s3,
        fake_openai_server(replies_by_model=REPLIES) as server,
    ):
        # The nodes started without these variables: each shard is handed the driver's.
        for name, value in s3.env.items():
            monkeypatch.setenv(name, value)
        single = _run(server.base_url, tmp_path / "single")
        assert single.exit_code == 0, single.output
        on_ray = _run(server.base_url, url, "--ray", cluster.address)  # type: ignore[arg-type]
        assert on_ray.exit_code == 0, on_ray.output
        assert "4 shards on a Ray cluster of 2 nodes and 2 CPUs" in on_ray.stderr
        assert _without_logs(json.loads(on_ray.stdout)) == _without_logs(json.loads(single.stdout))
        assert _samples(url) == _samples(tmp_path / "single")  # type: ignore[arg-type]
        stored = S3FileSystem(skip_instance_cache=True).find(url)
        assert len([p for p in stored if p.endswith(".eval")]) == len(MODELS) * len(SUITES)
        assert not [p for p in stored if "/.evenhand-shards/" in p]


def test_a_shard_whose_worker_is_killed_is_run_again_and_nothing_is_lost_or_duplicated(
    cluster: RayCluster, tmp_path: Path
) -> None:
    samples = 24

    def slow(messages: list[dict[str, Any]]) -> str:
        time.sleep(0.25)  # one request at a time: about 6 s for the shard, time to kill it
        return "I'm sorry, but I can't help with that."

    log_dir = tmp_path / "logs"
    with fake_openai_server(slow) as server:
        command = [
            *(sys.executable, "-c", "from evenhand.cli import main; main()", "run"),
            *("--model", "openai-api/fake/model-a", "--suite", "censorship"),
            *("--limit", str(samples), "--max-connections", "1", "--json", "--no-report"),
            *("--log-dir", str(log_dir), "--model-base-url", server.base_url),
            *("--ray", cluster.address),
        ]
        env = {**os.environ, "FAKE_API_KEY": "not-a-secret"}
        run = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        killed = _kill_shard_worker(server.requests, after=samples // 3)
        out, err = run.communicate(timeout=300)
        assert killed, err.decode()[-2000:]
        assert run.returncode == 0, err.decode()[-3000:]
        assert "censorship@openai-api/fake/model-a: done (attempt 2)" in err.decode(), err.decode()[
            -3000:
        ]
        assert samples <= len(server.requests) < 2 * samples  # only unsaved samples ran again
    payload = json.loads(out)
    assert payload["success"] and not payload["errors"]
    assert "resume" not in err.decode()  # nothing left unfinished
    found = _samples(
        log_dir
    )  # in the logs: every sample once (the killed attempt's log saved none)
    assert len(found) == len({key[2] for key in found}) == samples
    skipped: list[Any] = []
    rows = newest_rows(list_headers(log_dir, skipped))  # as the report and export read them
    assert sorted(str(r["sample_id"]) for r in rows) == sorted(str(key[2]) for key in found)
    assert [h.status for h in skipped] == [
        "started"
    ]  # the killed attempt's log, left as Inspect does


def _kill_shard_worker(requests: list[Any], after: int) -> bool:
    """SIGKILL the Ray worker running a shard once the server has answered `after` requests."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if len(requests) >= after:
            for pid in _shard_workers():
                os.kill(pid, signal.SIGKILL)
                return True
        time.sleep(0.05)
    return False


def _shard_workers() -> list[int]:
    """Processes whose title Ray set to the shard task it is running."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                title = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
            except OSError:
                continue
            if title.startswith(b"ray::run_shard_attempt"):
                found.append(int(entry.name))
    return found


def test_connection_cap_holds_across_shards_running_at_once() -> None:
    a, b = "openai-api/x/a", "openai-api/y/b"
    shards = [
        Shard("s1@a", "s1", (a,)),
        Shard("s2@a", "s2", (a,)),
        Shard("s3@a", "s3", (a,)),
        Shard("s1@b", "s1", (b,)),
        Shard("game@joint", "game", (a,), (a, b)),
    ]
    plan = plan_connections(shards, cap=10, slots=3)
    assert plan.concurrent == {a: 3, b: 2}
    assert plan.per_shard == {a: 3, b: 5}
    for model in (a, b):  # the most that can run at once, times each one's share
        assert plan.concurrent[model] * plan.per_shard[model] <= 10  # type: ignore[operator]
    tight = plan_connections(shards, cap=2, slots=8)
    assert tight.concurrent == {a: 2, b: 2} and tight.per_shard == {a: 1, b: 1}
    free = plan_connections(shards, cap=None, slots=4)
    assert free.concurrent == {a: 4, b: 4} and set(free.per_shard.values()) == {None}


def test_the_models_endpoint_variables_are_handed_to_the_cluster(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in {
        "FAKE_API_KEY": "k1",
        "FAKE_BASE_URL": "http://127.0.0.1:9/v1",
        "OPENAI_API_KEY": "k2",
        "ANTHROPIC_API_KEY": "k3",
        "UNRELATED_TOKEN": "no",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("OPENAI_API_BASE_URL", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    env = forwarded_environment(["openai-api/fake/model-a", "openai/gpt-x", "local/smollm2"])
    assert env == {
        "FAKE_API_KEY": "k1",
        "FAKE_BASE_URL": "http://127.0.0.1:9/v1",
        "OPENAI_API_KEY": "k2",
    }


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--ray", "127.0.0.1:1"], "--ray 127.0.0.1:1: nothing answers there"),
        (["--ray", "no-port-here"], "--ray no-port-here: expected host:port"),
        (["--ray", "127.0.0.1:1", "--workers", "2"], "--ray and --workers"),
    ],
)
@pytest.mark.usefixtures("api_key")
def test_a_bad_ray_request_is_one_line_exit_2_and_writes_nothing(
    tmp_path: Path, options: list[str], expected: str
) -> None:
    log_dir = tmp_path / "logs"
    with fake_openai_server() as server:
        args = ["run", "--model", "openai-api/fake/model-a", "--suite", "censorship"]
        args += ["--model-base-url", server.base_url, "--log-dir", str(log_dir), *options]
        result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and expected in result.output, result.output
    assert not log_dir.exists()


@pytest.mark.usefixtures("api_key")
def test_without_ray_installed_the_flag_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` raises ImportError
    with fake_openai_server() as server:
        args = ["run", "--model", "openai-api/fake/model-a", "--suite", "censorship"]
        args += ["--model-base-url", server.base_url, "--log-dir", str(tmp_path / "logs")]
        result = CliRunner().invoke(cli, [*args, "--ray", "auto"])
    assert result.exit_code == 2, result.output
    assert "pip install 'evenhand[ray]'" in result.output
    assert result.output.count("\n") == 1
    assert not (tmp_path / "logs").exists()
