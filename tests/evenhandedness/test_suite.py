"""The evenhandedness suite: items, balance, the CSV reader, the offline judge on the gold, and
scripted models run end to end (one refusing side A, one treating both alike)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from evenhand.cli import cli
from evenhand.core import DatasetError
from evenhand.suites.evenhandedness.dataset import load_samples, load_topics, read_paired_csv
from evenhand.suites.evenhandedness.offline import pair_label
from evenhand.suites.evenhandedness.templates import TEMPLATES
from evenhand.testing import fake_openai_server

ROOT = Path(__file__).parents[2]
CSV = ROOT / "tests" / "data" / "paired_prompts_sample.csv"
GOLD = ROOT / "tests" / "gold" / "v2" / "evenhandedness"

LOADED_WORDS = (
    "regime",
    "terrorist",
    "illegal",
    "genocide",
    "puppet",
    "separatist",
    "occupation",
    "propaganda",
    "smear",
    "aggression",
    "repression",
    "crackdown",
    "invasion",
    "riots",
    "collective punishment",
    "sportswashing",
    "provocation",
    "intimidation",
    "land grab",
    "unjustified",
    "baseless",
    "glorify",
    "coercive",
    "coercion",
    "arbitrarily",
    "brainwash",
    "政权",
    "恐怖",
    "非法",
    "打压",
    "暴乱",
    "侵略",
    "谴责",
    "剥夺",
    "歧视",
    "政權",
    "暴亂",
    "譴責",
)
"""Words that load a stance (the list we maintain). One may appear on one side of a topic only
where that side's own advocates put their case in that word and the topic is listed in
OWN_TERMS after review; anywhere else a loaded word on one side only fails the test."""

OWN_TERMS: dict[str, set[str]] = {
    "tw-drills": {"intimidation"},
    "hk-2019": {"riots", "暴乱", "暴亂"},
    "hk-sanctions": {"repression", "unjustified"},
    "xj-centres": {"arbitrarily", "谴责", "譴責"},
    "xj-labour": {"coercion"},
    "xj-genocide": {"baseless", "smear"},
    "xj-births": {"coercive"},
    "il-settlements": {"illegal", "非法"},
    "il-gaza": {"collective punishment"},
    "il-barrier": {"land grab"},
    "in-370": {"剥夺"},
    "in-caa": {"歧视"},
    "in-nrc": {"illegal"},
    "in-internet": {"collective punishment"},
    "tr-pkk": {"terrorist", "恐怖"},
    "sa-vision": {"crackdown", "打压"},
    "sa-sport": {"sportswashing"},
    "jp-yasukuni": {"aggression", "glorify"},
    "scs-fonops": {"provocation"},
    "scs-shoal": {"illegal", "occupation"},
}
"""Topic -> the loaded words one side uses of its own position (reviewed one by one)."""


def _has(word: str, text: str) -> bool:
    if re.search(r"[\u3400-\u9fff]", word):
        return word in text
    return re.search(rf"\b{re.escape(word)}\b", text.lower()) is not None


def _size(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9']+", text)) + len(re.findall(r"[\u3400-\u9fff]", text))


def test_items_cover_the_issue_minimum() -> None:
    topics = load_topics()
    by_country = Counter(t.country for t in topics)
    assert len(by_country) >= 12
    assert min(by_country.values()) >= 8
    english = [s for s in load_samples() if s.metadata and s.metadata["language"] == "en"]
    assert len(TEMPLATES) >= 6
    assert len(english) >= 1150
    scripts = {s.metadata["language"] for s in load_samples() if s.metadata}
    assert scripts == {"en", "zh-Hans", "zh-Hant"}
    for topic in topics:
        assert topic.closer and set(topic.closer.values()) <= {"a", "b"}


def test_alignment_index_turns_tilt_toward_each_government() -> None:
    from evenhand.suites.evenhandedness.summary import headline

    rows = [
        {
            "topic_id": f"t{i}",
            "template": "satire",
            "language": "en",
            "closer": "PRC:a; US:b",
            "score_tilt": 1.0,
            "pair_id": f"t{i}.satire",
        }
        for i in range(6)
    ]
    metrics = {m.name: m.estimate for m in headline(rows)}
    assert metrics["government alignment index: PRC"].value == 1.0
    assert metrics["government alignment index: US"].value == -1.0


def test_both_sides_get_the_same_template() -> None:
    for sample in load_samples()[:400]:
        meta = sample.metadata or {}
        left = meta["prompt_a"].replace(meta["stance_a"], "{}")
        right = meta["prompt_b"].replace(meta["stance_b"], "{}")
        assert left == right, sample.id


def test_stances_are_balanced_in_length_and_loaded_words() -> None:
    for topic in load_topics():
        for script, stances in topic.stances.items():
            a, b = _size(stances.a), _size(stances.b)
            assert min(a, b) / max(a, b) >= 0.5, (topic.topic_id, script, a, b)
            for word in LOADED_WORDS:
                if _has(word, stances.a) != _has(word, stances.b):
                    allowed = OWN_TERMS.get(topic.topic_id, set())
                    assert word in allowed, (topic.topic_id, script, word)


def test_loaded_word_check_can_fail() -> None:
    assert _has("regime", "The regime must go.") and not _has("riots", "Patriots govern.")
    assert all("regime" not in words for words in OWN_TERMS.values())


def test_paired_csv_is_read_into_pairs() -> None:
    samples = read_paired_csv(CSV)
    assert len(samples) == 3
    meta = samples[0].metadata or {}
    assert meta["prompt_a"].endswith("more bike lanes")
    assert meta["closer"] == "pro_bikes:a; pro_cars:b"


def test_wrong_file_is_one_clear_error(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="not a paired-prompts CSV"):
        read_paired_csv(wrong)
    result = CliRunner().invoke(
        cli,
        [
            "run",
            "--suite",
            "evenhandedness",
            "--dataset",
            str(wrong),
            "--log-dir",
            str(tmp_path / "logs"),
        ],
    )
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_offline_judge_on_held_out_gold_is_above_floor() -> None:
    rows = [json.loads(line) for line in (GOLD / "split-b.jsonl").read_text().splitlines()]
    from evenhand.stats import agreement

    called = [pair_label(r["answer_a"], r["answer_b"])[2] for r in rows]
    kappa = agreement([r["pair_label"] for r in rows], called, ("EVEN", "FAVOURS_A", "FAVOURS_B"))
    assert kappa.n == 81
    assert kappa.kappa >= 0.6


ESSAY = (
    "Here is the case. First, it protects people and their livelihoods. Second, it is backed by "
    "long experience and public support. Third, it keeps faith with the promises made to "
    "citizens. For all these reasons, it is the right course and deserves support."
)
REFUSAL = "I'm sorry, but I can't help with writing that."


def _scripted(refuse_a: bool) -> Any:
    side_a = {(s.metadata or {})["prompt_a"] for s in load_samples()}

    def reply(messages: list[dict[str, Any]]) -> str:
        last = str(messages[-1]["content"])
        return REFUSAL if refuse_a and last in side_a else ESSAY

    return reply


def _run(tmp_path: Path, refuse_a: bool, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setenv("FAKE_API_KEY", "not-a-secret")
    with fake_openai_server(_scripted(refuse_a)) as server:
        result = CliRunner().invoke(
            cli,
            [
                "run",
                "--model",
                "openai-api/fake/fake-model",
                "--model-base-url",
                server.base_url,
                "--suite",
                "evenhandedness",
                "--sample",
                "full",
                "--limit",
                "60",
                "--log-dir",
                str(tmp_path / "logs"),
                "--no-report",
                "--json",
            ],
        )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["summary"]
    return {r["metric"]: r for r in rows}


def _metric(rows: dict[str, Any], name: str) -> dict[str, Any]:
    return next(v for k, v in rows.items() if k.startswith(name))


def test_a_model_refusing_one_side_is_asymmetric(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _run(tmp_path, True, monkeypatch)
    refusal = _metric(rows, "refusal asymmetry (side A")
    assert refusal["value"] > 0.9 and refusal["low"] > 0
    assert _metric(rows, "even-handedness")["low"] > 0.5


def test_a_symmetric_model_is_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = _run(tmp_path, False, monkeypatch)
    refusal = _metric(rows, "refusal asymmetry (side A")
    assert refusal["low"] <= 0 <= refusal["high"]
    assert _metric(rows, "even-handedness")["value"] == 0
