"""Item shards: one suite on one model cut into several eval sets by item (`--item-shards N`),
which together run exactly the samples of one whole run and give the same results."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from inspect_ai.dataset import Sample
from inspect_ai.log import list_eval_logs

from evenhand.cli import cli
from evenhand.core import DatasetError, EvenhandError
from evenhand.logs import read_header
from evenhand.runner import AuditRequest, check_item_shards, run_audit
from evenhand.shards import plan_shards
from evenhand.suites import KEPT_TOGETHER, ItemShard, get_suite, split_items, suite_names
from evenhand.testing import fake_openai_server
from tests.test_workers import _samples, _without_logs

MODELS = ["openai-api/fake/model-a", "openai-api/fake/model-b"]
SUITES = ["censorship", "misuse"]
LIMIT = 9  # censorship's first 9 samples end inside a matched group: the limit cuts before shards


def _reply(messages: list[dict[str, Any]]) -> str:
    """Refuse about half the prompts, chosen by the prompt's text, so that labels vary by item
    and a sample run in the wrong shard, or twice, or never, changes the numbers."""
    prompt = json.dumps(messages, sort_keys=True)
    if hashlib.sha256(prompt.encode()).digest()[0] % 2:
        return "I'm sorry, but I can't help with that."
    return "Here is a balanced overview of the facts and the main views on it."


@pytest.fixture
def api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_API_KEY", "not-a-secret")


def _run(base_url: str, log_dir: Path, *options: str) -> Any:
    args = ["run", "--log-dir", str(log_dir), "--limit", str(LIMIT), "--json", "--no-report"]
    for model in MODELS:
        args += ["--model", model]
    for suite in SUITES:
        args += ["--suite", suite]
    return CliRunner().invoke(cli, [*args, "--model-base-url", base_url, *options])


def _sample(id: str, pair: str | None) -> Sample:
    return Sample(id=id, input=id, metadata={} if pair is None else {KEPT_TOGETHER: pair})


def test_item_shards_hold_every_sample_once_in_order_with_matched_items_together() -> None:
    # Groups of 3, 1, 2, 2 (interleaved: group p1 comes back after p2) and two samples alone.
    layout = [("a", "p1"), ("b", "p2"), ("c", "p1"), ("d", None), ("e", "p3"), ("f", "p1")]
    layout += [("g", "p4"), ("h", "p3"), ("i", "p4"), ("j", None)]
    samples = [_sample(id, pair) for id, pair in layout]
    for total in range(1, 13):
        shards = split_items(samples, total)
        assert len(shards) == total
        ids = [s.id for shard in shards for s in shard]
        assert sorted(ids) == sorted(s.id for s in samples)  # each sample exactly once
        for shard in shards:  # each shard keeps the dataset's order
            assert [s.id for s in shard] == [s.id for s in samples if s in shard]
        home = {s.metadata.get(KEPT_TOGETHER): at for at, sh in enumerate(shards) for s in sh}
        for at, shard in enumerate(shards):  # a group never straddles two shards
            for s in shard:
                if s.metadata.get(KEPT_TOGETHER) is not None:
                    assert home[s.metadata[KEPT_TOGETHER]] == at
    assert [len(shard) for shard in split_items(samples, 2)] == [5, 5]
    assert [[s.id for s in shard] for shard in split_items(samples, 3)] == [
        ["a", "b", "c", "f"],
        ["d", "e", "h"],
        ["g", "i", "j"],
    ]


def test_an_item_shard_is_its_text_and_cuts_after_the_limit() -> None:
    assert ItemShard.parse("2/4") == ItemShard(2, 4)
    assert ItemShard.parse("2/4:480") == ItemShard(2, 4, 480)
    assert str(ItemShard(3, 5, 60)) == "3/5:60"
    samples = [_sample(f"s{n}", None) for n in range(10)]
    taken = [s.id for k in (1, 2) for s in ItemShard(k, 2, 6).take(samples)]
    assert taken == ["s0", "s1", "s2", "s3", "s4", "s5"]
    for bad in ["0/4", "5/4", "2", "2/0", "a/b", "2/4:0", "-1/4", "2/4:x", ""]:
        with pytest.raises(DatasetError, match="is not k/n"):
            ItemShard.parse(bad)


@pytest.mark.parametrize("name", suite_names())
def test_every_suites_task_takes_an_item_shard_and_its_shards_make_the_whole(name: str) -> None:
    suite = get_suite(name)
    whole = suite.task(sample="full", judges="heuristic")
    ids = [s.id for s in whole.dataset]
    shards = [suite.task(sample="full", judges="heuristic", item_shard=f"{k}/3") for k in (1, 2, 3)]
    together = [s.id for shard in shards for s in shard.dataset]
    assert sorted(together) == sorted(ids) and len(set(together)) == len(ids)  # the whole, once
    for shard in shards:  # each in the dataset's order
        mine = {s.id for s in shard.dataset}
        assert [s.id for s in shard.dataset] == [i for i in ids if i in mine]
    assert all(len(shard.dataset) > 0 for shard in shards)
    for at, shard in enumerate(shards):
        assert shard.metadata["item_shard"] == f"{at + 1}/3"
        pairs = {(s.metadata or {}).get(KEPT_TOGETHER) for s in shard.dataset} - {None}
        assert not any(  # no pair is split between this shard and another
            (s.metadata or {}).get(KEPT_TOGETHER) in pairs
            for other in shards[:at] + shards[at + 1 :]
            for s in other.dataset
        )
    limited = suite.task(sample="full", judges="heuristic", item_shard="1/2:5")
    assert [s.id for s in limited.dataset] == [s.id for s in split_items(whole.dataset[:5], 2)[0]]


def test_the_plan_has_a_shard_per_item_shard_with_stable_ids() -> None:
    suites = [get_suite(name) for name in ["censorship", "deception"]]
    parts = {"censorship": ["1/2:9", "2/2:9"], "deception": ["1/2:9", "2/2:9"]}
    shards = plan_shards(suites, MODELS, parts)
    assert [s.id for s in shards] == [
        f"censorship@{MODELS[0]}#1/2",
        f"censorship@{MODELS[1]}#1/2",
        f"censorship@{MODELS[0]}#2/2",
        f"censorship@{MODELS[1]}#2/2",
        "deception@joint#1/2",
        "deception@joint#2/2",
    ]
    assert [s.item_shard for s in shards] == ["1/2:9", "1/2:9", "2/2:9", "2/2:9", "1/2:9", "2/2:9"]
    assert plan_shards(suites, MODELS, parts) == shards
    assert [s.id for s in plan_shards(suites, MODELS)] == [  # no item shards: as before
        f"censorship@{MODELS[0]}",
        f"censorship@{MODELS[1]}",
        "deception@joint",
    ]


@pytest.mark.usefixtures("api_key")
def test_item_shards_give_the_whole_runs_samples_and_numbers_in_one_process_and_in_workers(
    tmp_path: Path,
) -> None:
    with fake_openai_server(_reply) as server:
        whole = _run(server.base_url, tmp_path / "whole")
        assert whole.exit_code == 0, whole.output
        asked = len(server.requests)
        assert asked == len(MODELS) * len(SUITES) * LIMIT

        one = _run(server.base_url, tmp_path / "one", "--item-shards", "3")
        assert one.exit_code == 0, one.output
        assert len(server.requests) == 2 * asked  # the same samples, none twice
        assert _without_logs(json.loads(one.stdout)) == _without_logs(json.loads(whole.stdout))
        labels = {r["label"] for r in json.loads(one.stdout)["breakdown"]}
        assert len(labels) > 1  # the replies vary by item: the comparison means something
        samples = _samples(tmp_path / "whole")
        assert _samples(tmp_path / "one") == samples
        headers = [read_header(i.name) for i in list_eval_logs(str(tmp_path / "one"))]
        assert len(headers) == len(MODELS) * len(SUITES) * 3
        assert {h.item_shard for h in headers} == {f"{k}/3:{LIMIT}" for k in (1, 2, 3)}

        workers = _run(
            server.base_url, tmp_path / "workers", "--item-shards", "3", "--workers", "2"
        )
        assert workers.exit_code == 0, workers.output
        assert len(server.requests) == 3 * asked
        assert _without_logs(json.loads(workers.stdout)) == _without_logs(json.loads(whole.stdout))
        assert _samples(tmp_path / "workers") == samples
        assert "12 shards on 2 local processes" in workers.stderr, workers.stderr
        for model in MODELS:
            assert workers.stderr.count(f"censorship@{model}#2/3: done") == 1, workers.stderr

        # A rerun resumes, in either mode: the item shards one process wrote are the workers'.
        again = _run(server.base_url, tmp_path / "one", "--item-shards", "3", "--workers", "2")
        assert again.exit_code == 0, again.output
        assert len(server.requests) == 3 * asked
        assert _without_logs(json.loads(again.stdout)) == _without_logs(json.loads(one.stdout))

        # The readers pool a model's item shards as one suite.
        for directory in ("whole", "one"):
            out = tmp_path / f"{directory}.jsonl"
            export = CliRunner().invoke(cli, ["export", str(tmp_path / directory), "-o", str(out)])
            assert export.exit_code == 0, export.output
        rows = {
            name: sorted(
                (r["model"], r["suite"], r["sample_id"], r["label"])
                for r in map(json.loads, (tmp_path / f"{name}.jsonl").read_text().splitlines())
            )
            for name in ("whole", "one")
        }
        assert rows["one"] == rows["whole"]
        compared = [
            CliRunner().invoke(
                cli, ["compare", str(tmp_path / name), "--models", ",".join(MODELS), "--json"]
            )
            for name in ("whole", "one")
        ]
        assert all(c.exit_code == 0 for c in compared), [c.output for c in compared]
        assert json.loads(compared[0].stdout) == json.loads(compared[1].stdout)


@pytest.mark.parametrize("value", ["0", "-1", "x"])
def test_bad_item_shards_is_one_line_and_exit_2(value: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["run", "--item-shards", value, "--log-dir", str(tmp_path / "logs")]
    )
    assert result.exit_code == 2
    assert "--item-shards" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "logs").exists()


def test_a_suite_whose_task_takes_no_item_shard_is_refused_before_anything_runs(
    tmp_path: Path,
) -> None:
    def task(*, sample: str, judges: str | list[str]) -> Any:
        raise AssertionError("never built")

    older = dataclasses.replace(get_suite("misuse"), task=task)
    with pytest.raises(EvenhandError, match="suite 'misuse' takes no item_shard argument"):
        check_item_shards([get_suite("censorship"), older])
    check_item_shards([get_suite(name) for name in suite_names()])  # every shipped suite does
    with pytest.raises(EvenhandError, match="--item-shards must be at least 1"):
        run_audit(AuditRequest(item_shards=0, log_dir=tmp_path / "logs"))
    assert not (tmp_path / "logs").exists()


def test_the_resume_hint_names_an_unfinished_item_shard() -> None:
    from evenhand.logs import LogHeader, resume_hint, unfinished

    def header(
        item_shard: str | None, status: str = "error", created: str = "2026-12-05"
    ) -> LogHeader:
        return LogHeader(
            name="x.eval", path=Path("x.eval"), model="m/a", suite="misuse", task_version="1",
            status=status, base_url=None, created=created, completed=None,
            item_shard=item_shard,
        )  # fmt: skip

    # Shard 3/4 started after 2/4 failed and finished: it holds other samples, so 2/4 is still
    # left to resume; a later finished 2/4 of its own replaces it.
    failed, later_other = header("2/4:480"), header("3/4:480", "success", "2026-12-06")
    assert unfinished([failed, later_other]) == [failed]
    assert unfinished([failed, header("2/4:480", "success", "2026-12-06")]) == []

    hint = resume_hint([header("2/4:480"), header("3/4:480")], "logs")
    assert "misuse item shard 2/4:480 on m/a (error), misuse item shard 3/4:480 on m/a" in hint
    assert "misuse on m/a (error)" in resume_hint([header(None)], "logs")


@pytest.mark.usefixtures("api_key")
def test_item_shards_that_would_be_empty_are_left_out(tmp_path: Path) -> None:
    with fake_openai_server(_reply) as server:
        result = CliRunner().invoke(
            cli,
            ["run", "--model", MODELS[0], "--suite", "misuse", "--limit", "1", "--item-shards",
             "3", "--log-dir", str(tmp_path / "logs"), "--model-base-url", server.base_url,
             "--json", "--no-report"],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        assert len(server.requests) == 1
    headers = [read_header(i.name) for i in list_eval_logs(str(tmp_path / "logs"))]
    assert [h.item_shard for h in headers] == ["1/3:1"]  # one sample: shards 2 and 3 are empty
