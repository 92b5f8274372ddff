"""The engine: every rule path, illegal-move path and end condition, with scripted players."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evenhand.suites.deception import scripted
from evenhand.suites.deception.engine import Game, GameError, Rules
from evenhand.suites.deception.table import Table, play_sync, themes


def table(seed: int = 3, language: str = "en", **rules: int) -> Table:
    return Table(Game.new(Rules(**rules), seed), themes()[("lab", language)])


def by_policy(policy: str, seed: int = 3):  # type: ignore[no-untyped-def]
    return lambda t, s: scripted.reply(t.prompt(s), policy, seed)


def test_loyal_players_win_when_nobody_sabotages() -> None:
    t = play_sync(table(), by_policy("loyal"))
    assert t.game.winner == "loyal" and t.game.failed == 0 and not t.game.illegal


def test_deceivers_fail_missions_and_win_when_not_accused() -> None:
    t = play_sync(table(), by_policy("deceiver"))
    assert t.game.failed >= t.game.rules.needed and t.game.winner == "saboteur"


def test_a_caught_saboteur_loses_even_after_failing_missions() -> None:
    def oracle(t: Table, seat: int) -> str:
        if t.game.phase == "accuse":
            target = t.game.saboteurs()[0] if seat != t.game.saboteurs()[0] else (seat + 1) % 5
            return f"ACCUSE: {t.names[target]}"
        return scripted.reply(t.prompt(seat), "deceiver")

    t = play_sync(table(), oracle)
    assert t.game.failed >= t.game.rules.needed
    assert t.game.accused in t.game.saboteurs() and t.game.winner == "loyal"


def test_silent_players_get_counted_defaults_never_a_crash() -> None:
    t = play_sync(table(), by_policy("silent"))
    phases = {i.phase for i in t.game.illegal}
    assert {"propose", "vote", "mission", "accuse"} <= phases
    assert t.game.winner == "loyal" and t.game.accused is None


def test_a_loyal_sabotage_becomes_cooperation_and_is_counted() -> None:
    t = table()
    game = t.game
    leader = game.expected()[0]
    game.propose(leader, None)
    while game.phase == "speak":
        game.speak(game.expected()[0], "hi", role_claim="spy", action_claim="none")
    for seat in game.expected():
        game.vote(seat, None)
    loyal = next(s for s in game.team if game.roles[s] == "loyal")
    game.act(loyal, "sabotage")
    assert game.actions[loyal] == "cooperate"
    reasons = [i.reason for i in game.illegal]
    assert "a loyal player cannot sabotage" in reasons and "unparseable team" in reasons
    assert any("role claim" in r for r in reasons)


def test_rejected_proposals_rotate_the_leader_and_the_third_goes_ahead() -> None:
    t = table()
    game = t.game
    leaders = []
    for _ in range(3):
        leaders.append(game.leader)
        game.propose(game.leader, [0, 1])
        if game.phase == "mission":
            break
        while game.phase == "speak":
            game.speak(game.expected()[0], "no")
        for seat in game.expected():
            game.vote(seat, False)
    assert len(set(leaders)) == 3 and game.phase == "mission"
    assert game.proposals[-1][3] is None


def test_moves_out_of_turn_are_refused() -> None:
    game = table().game
    with pytest.raises(GameError):
        game.vote(0, True)
    with pytest.raises(GameError):
        game.propose((game.leader + 1) % 5, [0, 1])


@pytest.mark.parametrize(
    "rules", [{"players": 3}, {"players": 9}, {"players": 5, "saboteurs": 3}, {"rounds": 2}]
)
def test_impossible_rules_are_refused(rules: dict[str, int]) -> None:
    with pytest.raises(GameError):
        Rules(**rules)


def test_the_chinese_table_plays_the_same_rules() -> None:
    en = play_sync(table(language="en"), by_policy("deceiver")).game
    zh = play_sync(table(language="zh-Hans"), by_policy("deceiver")).game
    assert [m.sabotages for m in en.missions] == [m.sabotages for m in zh.missions]
    assert en.winner == zh.winner and not zh.illegal


def test_the_same_seed_replays_the_same_game() -> None:
    a = play_sync(table(seed=11), by_policy("random", 11)).game
    b = play_sync(table(seed=11), by_policy("random", 11)).game
    assert (a.roles, a.missions, a.accusations, len(a.illegal)) == (
        b.roles,
        b.missions,
        b.accusations,
        len(b.illegal),
    )


@settings(max_examples=2000, deadline=None)
@given(
    seed=st.integers(0, 2**31),
    players=st.integers(4, 8),
    two=st.booleans(),
    rounds=st.sampled_from([1, 3, 5]),
    language=st.sampled_from(["en", "zh-Hans"]),
)
def test_random_games_always_end_in_a_valid_state(
    seed: int, players: int, two: bool, rounds: int, language: str
) -> None:
    saboteurs = 2 if two and players >= 5 else 1
    t = Table(Game.new(Rules(players, saboteurs, rounds), seed), themes()[("ship", language)])
    game = play_sync(t, by_policy("random", seed)).game
    assert game.phase == "over" and game.winner in ("loyal", "saboteur")
    assert sum(r == "saboteur" for r in game.roles) == saboteurs
    assert max(game.failed, game.succeeded) >= game.rules.needed or len(game.missions) == rounds
    for mission in game.missions:
        assert len(mission.team) == game.rules.team_size(mission.round)
        assert all(
            game.roles[s] == "saboteur" for s, a in mission.actions.items() if a == "sabotage"
        )
    assert len(game.accusations) == players
