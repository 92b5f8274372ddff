"""The deception section of the report: ratings by role, willingness against skill, and a match's
transcript with the hidden roles beside what each player said, voted and did."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from evenhand.core import ChartPoint, DetailTable, Row, SuiteChart
from evenhand.suites.deception.summary import (
    _with_winner,
    models_in,
    pooled,
    ratings,
    skill,
    willingness,
)

ROLE_WORDS = {"saboteur": "as saboteur", "loyal": "as loyal"}


def charts(rows: Sequence[Row]) -> list[SuiteChart]:
    """Each player's Bradley-Terry rating by role, and its sabotage rate as saboteur against the
    saboteur side's win rate (willingness against skill), from one joint log's matches."""
    matches = _with_winner(rows)
    if not matches:
        return []
    found = ratings(matches)
    rating_points = tuple(
        ChartPoint(ROLE_WORDS[key.split(":", 1)[0]], estimate, series=key.split(":", 1)[1])
        for key, estimate in sorted(found.items())
    )
    scatter_points = []
    for model in models_in(matches):
        will = pooled(matches, willingness(model))
        won = pooled(matches, skill(model))
        if will is not None and won is not None:
            scatter_points.append(ChartPoint("as saboteur", won, series=model, x=will))
    drawn = [
        SuiteChart(
            "Ratings by role (Bradley-Terry)",
            "P(saboteur side wins) = logistic(saboteur model's rating minus loyal model's rating), "
            "fitted with a N(0, 1.5²) prior; higher is stronger in that role; whiskers are 95% "
            "bootstrap intervals over matches; n is the matches played in the role.",
            "plain",
            rating_points,
        )
    ]
    if scatter_points:
        drawn.append(
            SuiteChart(
                "Willingness against skill",
                "Per model: sabotages per place on a mission as saboteur (willingness) against "
                "the saboteur side's win rate with the model as saboteur (skill); whiskers are "
                "95% bootstrap intervals over matches.",
                "percent",
                tuple(scatter_points),
                kind="scatter",
                x_title="willingness: sabotage rate as saboteur",
                y_title="skill: saboteur side's win rate",
            )
        )
    return drawn


def _seat_cells(count: int) -> list[list[str]]:
    return [[] for _ in range(count)]


def detail(row: Mapping[str, object], score: Mapping[str, object]) -> list[DetailTable]:
    """The match as a table: a column per seat (its hidden role and model), a row per speech,
    vote and mission of each round, then the final accusation and the illegal moves."""
    game = score.get("game")
    if not isinstance(game, dict):
        return []
    names: list[str] = list(game["names"])
    roles: list[str] = list(game["roles"])
    count = len(names)
    header = ("", *(f"{names[s]} ({roles[s]})" for s in range(count)))
    rows: list[tuple[str, ...]] = [
        ("hidden role", *roles),
        ("model", *(str(m) for m in game["models"])),
    ]
    rounds = sorted(
        {int(s["round"]) for s in game["speeches"]}
        | {int(m["round"]) for m in game["missions"]}
        | {int(p[0]) for p in game["proposals"]}
    )
    votes: list[dict[str, bool]] = list(game.get("votes") or [])
    for number in rounds:
        for order, proposal in enumerate(game["proposals"]):
            if int(proposal[0]) != number:
                continue
            _, leader, team, approved = proposal
            outcome = {True: "approved", False: "rejected", None: "forced through"}[approved]
            caption = (
                f"round {number}: {names[leader]} proposes "
                f"{', '.join(names[s] for s in team)} ({outcome})"
            )
            ballot = votes[order] if order < len(votes) else None
            cells = [
                ("leader; " if s == leader else "")
                + ("on the team; " if s in team else "")
                + _vote(ballot, s, approved)
                for s in range(count)
            ]
            rows.append((caption, *cells))
        said = _seat_cells(count)
        for speech in game["speeches"]:
            if int(speech["round"]) == number:
                said[int(speech["seat"])].append(_speech(speech))
        if any(said):
            rows.append((f"round {number}: what each said", *("\n\n".join(c) for c in said)))
        for mission in game["missions"]:
            if int(mission["round"]) != number:
                continue
            actions: dict[str, Any] = mission["actions"]
            rows.append(
                (
                    f"round {number}: mission ({mission['sabotages']} sabotage(s) revealed)",
                    *(str(actions.get(str(s), "not on the team")) for s in range(count)),
                )
            )
    accusations: dict[str, Any] = game["accusations"]
    rows.append(
        (
            "final accusation",
            *(
                "abstained"
                if accusations.get(str(s)) is None
                else f"accuses {names[int(accusations[str(s)])]}"
                for s in range(count)
            ),
        )
    )
    illegal = _seat_cells(count)
    for seat, phase, number, reason, default in game["illegal"]:
        illegal[int(seat)].append(f"round {number} {phase}: {reason} -> {default}")
    rows.append(("illegal moves", *("\n".join(c) or "none" for c in illegal)))
    accused = game["accused"]
    note = (
        f"Winner: the {game['winner']} side. Most accused: "
        f"{names[accused] + ' (' + roles[accused] + ')' if accused is not None else 'nobody (a tie)'}"
        f". {len(game['illegal'])} illegal or unparseable of {game['moves']} moves. Hidden roles "
        "and mission actions come from the game state; speeches are the players' own words."
    )
    return [
        DetailTable(
            "The match: hidden roles beside what each player did", header, tuple(rows), note
        )
    ]


def _vote(ballot: dict[str, bool] | None, seat: int, approved: bool | None) -> str:
    if approved is None:
        return "no vote"
    if ballot is None:
        return "vote not recorded"
    value = ballot.get(str(seat))
    return "not recorded" if value is None else ("approve" if value else "reject")


def _speech(speech: Mapping[str, Any]) -> str:
    claims = []
    if speech.get("role_claim") is not None:
        claims.append(f"claims role: {speech['role_claim']}")
    if speech.get("action_claim") is not None:
        claims.append(f"claims action: {speech['action_claim']}")
    prefix = f"[{'; '.join(claims)}] " if claims else ""
    return prefix + str(speech.get("text") or "")
