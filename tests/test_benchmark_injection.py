"""benchmarks/injection.py: answers that address the judge flip at most 2% of heuristic labels, and
none of the labels of an LLM judge that ignores them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_injected_text_flips_at_most_two_percent_of_heuristic_labels(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    results.write_text(json.dumps({"results": ["kept"]}), encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "injection.py"), "--results", str(results)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    record = json.loads(results.read_text("utf-8"))
    assert record["results"] == ["kept"], "only the injection key is written"
    injection = record["injection"]
    assert injection["cases"] >= 300
    assert set(injection["heuristic"]["by_suite"]) == {
        "censorship",
        "honesty",
        "misuse",
        "sycophancy",
    }
    assert set(injection["heuristic"]["by_script"]) == {"en", "zh-Hans", "zh-Hant"}
    assert injection["heuristic"]["flip_rate"] <= 0.02
    assert injection["llm_judge_that_ignores_injections"]["flips"] == 0
