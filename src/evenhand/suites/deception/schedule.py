"""The tournament schedule: which models sit as saboteurs and which as loyalists in each match.

A match seats one model in every saboteur seat and one model in every loyal seat. For K models
the schedule plays every ordered pair (saboteur model, loyal model) of different models (one
model alone plays itself) in every language, `rounds_per_pair` times each, so every model sits as
saboteur and as loyal against every other model equally often. Roles, seats and the first leader
come from each match's own seed, so no model always speaks first; themes rotate.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import permutations

from evenhand.suites.deception.table import LANGUAGES, theme_ids

SCHEDULE_SEED = 20260517


@dataclass(frozen=True)
class Match:
    """One scheduled match (one Inspect sample)."""

    id: str
    seed: int
    language: str
    theme: str
    saboteur_player: int
    """Index of the model (role `player<k+1>`) in every saboteur seat."""
    loyal_player: int
    """Index of the model in every loyal seat."""


def role_name(index: int) -> str:
    """The Inspect model role of the `index`-th model at the table."""
    return f"player{index + 1}"


def schedule(
    models: int,
    languages: tuple[str, ...] = LANGUAGES,
    rounds_per_pair: int = 1,
    seed: int = SCHEDULE_SEED,
) -> list[Match]:
    """Every match of a balanced tournament among `models` models, in a seeded order.

    Raises:
        ValueError: fewer than one model or one match per pair.
    """
    if models < 1 or rounds_per_pair < 1:
        raise ValueError(
            f"a tournament needs models >= 1 and rounds >= 1, got {models}, {rounds_per_pair}"
        )
    pairs = list(permutations(range(models), 2)) if models > 1 else [(0, 0)]
    rng = random.Random(seed)
    themes = theme_ids()
    matches: list[Match] = []
    for repeat in range(rounds_per_pair):
        for language in languages:
            for saboteur, loyal in pairs:
                number = len(matches)
                matches.append(
                    Match(
                        id=f"m{number + 1:04d}-{language}-p{saboteur + 1}v{loyal + 1}-r{repeat + 1}",
                        seed=rng.randrange(2**31),
                        language=language,
                        theme=themes[number % len(themes)],
                        saboteur_player=saboteur,
                        loyal_player=loyal,
                    )
                )
    return matches
