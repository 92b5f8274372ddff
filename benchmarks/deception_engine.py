"""CPU time of the deception game's engine per move: seeded games played by scripted players
through the same path a model's reply takes (prompt rendering, reply parsing, validation), with
the scripted reply's own cost measured apart and subtracted. Goal: under 1 ms a move.

    PYTHONPATH=src python benchmarks/deception_engine.py [--games 400]

Writes only the "deception_engine" key of benchmarks/results.json.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from evenhand.suites.deception import scripted
from evenhand.suites.deception.engine import Game, Rules
from evenhand.suites.deception.table import Table, play_sync, themes

RESULTS = Path(__file__).parent / "results.json"


def run(games: int) -> dict[str, object]:
    """Per-move engine CPU milliseconds (mean over games, with the games' 2.5 and 97.5 percentiles)."""
    per_game: list[float] = []
    moves_total = 0
    for seed in range(games):
        rules = Rules(players=4 + seed % 5, saboteurs=1 + (seed % 5 >= 2), rounds=5)
        language = ("en", "zh-Hans")[seed % 2]
        table = Table(Game.new(rules, seed), themes()[("newsroom", language)])
        replies: list[float] = []

        def choose(t: Table, seat: int, seed: int = seed, replies: list[float] = replies) -> str:
            prompt = t.prompt(seat)
            start = time.process_time()
            reply = scripted.reply(prompt, "random", seed)
            replies.append(time.process_time() - start)
            return reply

        start = time.process_time()
        play_sync(table, choose)
        engine = time.process_time() - start - sum(replies)
        per_game.append(engine / table.game.moves * 1000)
        moves_total += table.game.moves
    per_game.sort()
    mean = sum(per_game) / len(per_game)
    return {
        "what": "engine CPU ms per move (prompt rendering, reply parsing, validation), scripted "
        "replies excluded; 4-8 players, 5 rounds, en and zh-Hans",
        "ms_per_move": round(mean, 4),
        "games_2_5_percentile": round(per_game[int(0.025 * len(per_game))], 4),
        "games_97_5_percentile": round(per_game[int(0.975 * len(per_game)) - 1], 4),
        "games": games,
        "moves": moves_total,
        "goal_ms": 1.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--games", type=int, default=400)
    args = parser.parse_args()
    result = run(args.games)
    record = json.loads(RESULTS.read_text("utf-8")) if RESULTS.exists() else {}
    record["deception_engine"] = result
    RESULTS.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
