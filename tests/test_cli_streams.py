"""What goes where: data on standard output, everything meant for people on standard error.

Run in a real process (not CliRunner), so that whatever Inspect writes to the terminal is seen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from evenhand.testing import fake_openai_server


def evenhand(*args: str) -> subprocess.CompletedProcess[str]:
    source = str(Path(__file__).parents[1] / "src")
    environment = {**os.environ, "FAKE_API_KEY": "not-a-secret", "PYTHONPATH": source}
    command = [sys.executable, "-c", "from evenhand.cli import main; main()", *args]
    return subprocess.run(command, capture_output=True, text=True, env=environment, timeout=300)


@pytest.mark.parametrize("display", ["none", "plain"])
def test_run_json_is_pure_json_on_a_first_run_and_a_rerun(log_dir: Path, display: str) -> None:
    with fake_openai_server() as server:
        for attempt in ("first", "rerun"):
            done = evenhand(
                "run",
                *("--model", "openai-api/fake/fake-model", "--model-base-url", server.base_url),
                *("--suite", "honesty", "--log-dir", str(log_dir), "--no-report"),
                *("--display", display, "--json"),
            )
            assert done.returncode == 0, done.stderr
            assert json.loads(done.stdout)["success"] is True, f"{attempt}: {done.stdout[:200]}"
    assert "Completed all tasks" in done.stderr
