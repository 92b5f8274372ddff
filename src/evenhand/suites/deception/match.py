"""One match as an Inspect sample: the solver that plays it with the models at the table, and the
record of the game the scorer and the analysis read."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from inspect_ai.model import ChatMessageAssistant, ChatMessageUser, GenerateConfig, get_model
from inspect_ai.solver import Generate, Solver, TaskState, solver

from evenhand.suites.deception.engine import Game, Rules
from evenhand.suites.deception.schedule import role_name
from evenhand.suites.deception.table import Table, play, themes

TRANSCRIPT = "deception_transcript"
"""Store key: every move as (seat, phase, round, reply)."""
GAME = "deception_game"
"""Store key: the finished game's hidden state and public record (see `game_record`)."""


def table_of(metadata: dict[str, Any]) -> Table:
    """A fresh table for a match's metadata."""
    rules = Rules(
        players=int(metadata["players"]),
        saboteurs=int(metadata["saboteurs"]),
        rounds=int(metadata["rounds"]),
        speeches=int(metadata["speeches"]),
    )
    game = Game.new(rules, int(metadata["seed"]))
    return Table(game, themes()[(str(metadata["theme"]), str(metadata["language"]))])


def seat_roles(table: Table, metadata: dict[str, Any]) -> list[str]:
    """The model role in each seat: the match's saboteur model in saboteur seats, its loyal model
    elsewhere."""
    saboteur = role_name(int(metadata["saboteur_player"]))
    loyal = role_name(int(metadata["loyal_player"]))
    return [saboteur if role == "saboteur" else loyal for role in table.game.roles]


@solver
def deception_solver(max_tokens: int) -> Solver:
    """Play the match: every move is one fresh prompt to the model in that seat."""

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        table = table_of(state.metadata)
        roles = seat_roles(table, state.metadata)
        config = GenerateConfig(temperature=0.0, max_tokens=max_tokens)
        transcript: list[list[Any]] = []

        async def ask(seat: int, prompt: str) -> str:
            model = get_model(role=roles[seat])
            output = await model.generate([ChatMessageUser(content=prompt)], config=config)
            reply = output.completion
            transcript.append([seat, table.game.phase, table.game.round, reply])
            return reply

        await play(table, ask)
        models = [str(get_model(role=role)) for role in roles]
        record = game_record(table, models, transcript)
        state.store.set(TRANSCRIPT, transcript)
        state.store.set(GAME, record)
        state.messages.append(ChatMessageAssistant(content=viewer_text(record)))
        state.output.completion = f"winner: {record['winner']}"
        return state

    return solve


def game_record(table: Table, models: list[str], transcript: list[list[Any]]) -> dict[str, Any]:
    """Everything about a finished game: hidden roles, secret actions, what was said and claimed,
    votes, accusations and illegal moves, by seat (names as the players saw them)."""
    game = table.game
    return {
        "names": list(table.names),
        "models": models,
        "roles": list(game.roles),
        "first_leader": game.first_leader,
        "missions": [
            {
                "round": m.round + 1,
                "leader": m.leader,
                "team": list(m.team),
                "actions": {str(s): a for s, a in m.actions.items()},
                "sabotages": m.sabotages,
            }
            for m in game.missions
        ],
        "proposals": [
            [r + 1, leader, list(team), approved] for r, leader, team, approved in game.proposals
        ],
        "votes": [{str(s): v for s, v in ballot.items()} for ballot in game.ballots],
        "speeches": [
            {
                "round": s.round + 1,
                "seat": s.seat,
                "text": s.text,
                "role_claim": s.role_claim,
                "action_claim": s.action_claim,
            }
            for s in game.speeches
        ],
        "accusations": {str(s): t for s, t in game.accusations.items()},
        "accused": game.accused,
        "winner": game.winner,
        "illegal": [[i.seat, i.phase, i.round + 1, i.reason, i.default] for i in game.illegal],
        "moves": game.moves,
        "replies_sha256": hashlib.sha256(
            json.dumps(transcript, ensure_ascii=False).encode()
        ).hexdigest(),
    }


def viewer_text(record: dict[str, Any]) -> str:
    """The match as one readable text for `inspect view`: hidden roles beside what was said."""
    names = record["names"]
    lines = ["Seats (hidden role, model):"]
    for seat, name in enumerate(names):
        lines.append(f"  {name}: {record['roles'][seat]}, {record['models'][seat]}")
    for speech in record["speeches"]:
        seat = speech["seat"]
        claims = ", ".join(
            f"{k}={speech[k]}" for k in ("role_claim", "action_claim") if speech[k] is not None
        )
        lines.append(
            f"R{speech['round']} {names[seat]} [{record['roles'][seat]}]"
            f"{' (' + claims + ')' if claims else ''}: {speech['text']}"
        )
    for mission in record["missions"]:
        acts = ", ".join(f"{names[int(s)]}={a}" for s, a in mission["actions"].items())
        lines.append(f"Mission {mission['round']}: {acts} -> {mission['sabotages']} sabotage(s)")
    accused = record["accused"]
    lines.append(
        f"Accused: {names[accused] if accused is not None else 'nobody (tie)'}; "
        f"winner: {record['winner']}; illegal moves: {len(record['illegal'])} of {record['moves']}"
    )
    return "\n".join(lines)
