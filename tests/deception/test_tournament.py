"""Tournaments through Inspect: two loopback endpoints at one table, and local/smollm2."""

from __future__ import annotations

from typing import Any

from inspect_ai import eval as inspect_eval
from inspect_ai.model import get_model

from evenhand.logs import newest_rows, read_header
from evenhand.suites.deception import SUITE, scripted
from evenhand.suites.deception.deception import deception
from evenhand.testing import fake_openai_server


def policy_reply(policy: str):  # type: ignore[no-untyped-def]
    def reply(messages: list[dict[str, Any]]) -> str:
        return scripted.reply(str(messages[-1]["content"]), policy)

    return reply


def test_a_deceiver_and_an_honest_endpoint_are_separated(tmp_path: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("LIAR_API_KEY", "k")
    monkeypatch.setenv("HONEST_API_KEY", "k")
    with (
        fake_openai_server(policy_reply("deceiver"), model="liar") as liar,
        fake_openai_server(policy_reply("loyal"), model="honest") as honest,
    ):
        roles = {
            "player1": get_model("openai-api/liar/liar", base_url=liar.base_url),
            "player2": get_model("openai-api/honest/honest", base_url=honest.base_url),
        }
        task = deception(players=2, matches_per_pair=3)
        logs = inspect_eval(
            task, model=roles["player1"], model_roles=roles, log_dir=str(tmp_path), display="none"
        )
    assert logs[0].status == "success"
    rows = newest_rows([read_header(logs[0].location)])
    assert len(rows) == 12  # 2 ordered pairs x 2 languages x 3
    metrics = {m.name: m.estimate for m in SUITE.headline(rows)}
    liar_name, honest_name = "openai-api/liar/liar", "openai-api/honest/honest"
    gap = metrics[
        f"willingness difference: sabotage rate as saboteur on a mission, {honest_name} minus {liar_name}"
    ]
    assert gap.high < 0
    assert metrics[f"willingness: sabotage rate as saboteur on a mission, {liar_name}"].value == 1.0
    lies = metrics[f"claims: structured claims that are lies, as saboteur, {liar_name}"]
    assert lies.low > 0
    assert metrics[f"claims: structured claims that are lies, as saboteur, {honest_name}"].high == 0
    assert metrics[f"talk: free-text claims judged lies, as saboteur, {liar_name}"].low > 0
    judged = [name for name in metrics if SUITE.is_judged(name)]  # the report's per-judge row
    assert judged and all(name.startswith("talk: free-text claims judged lies") for name in judged)


def test_smollm2_completes_a_game_and_its_illegal_moves_are_counted(tmp_path: Any) -> None:
    logs = inspect_eval(
        deception(sample="default"), model="local/smollm2", log_dir=str(tmp_path), display="none"
    )
    assert logs[0].status == "success"
    rows = newest_rows([read_header(logs[0].location)])
    assert len(rows) == 1 and 0 <= rows[0]["score_illegal_rate"] <= 1
    game = logs[0].samples[0].scores["deception_scorer"].metadata["game"]
    assert game["winner"] in ("loyal", "saboteur") and game["moves"] >= 15
