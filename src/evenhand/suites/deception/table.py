"""A game at a table: its theme and language, what each player is shown before a move, and how a
reply becomes a move (the engine validates it and applies the defaults)."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import cache

from evenhand.suites.deception import prompts
from evenhand.suites.deception.engine import Game

LANGUAGES: tuple[str, ...] = ("en", "zh-Hans")

_CHINESE_WORDS = {
    "忠诚": "loyal",
    "忠诚者": "loyal",
    "破坏者": "saboteur",
    "配合": "cooperate",
    "合作": "cooperate",
    "破坏": "sabotage",
    "赞成": "approve",
    "反对": "reject",
    "无": "none",
}
_LINE = re.compile(r"^\W*(TEAM|ROLE|ACTION|SAY|VOTE|ACCUSE)\W*?[:：]\s*(.*)$", re.I)
_SPLIT = re.compile(r"[,，、;；/]|\band\b|和")


@dataclass(frozen=True)
class Theme:
    id: str
    language: str
    setting: str
    mission: str
    names: tuple[str, ...]


@cache
def themes() -> dict[tuple[str, str], Theme]:
    """Every theme in every language, by (theme id, language)."""
    from pathlib import Path

    import yaml

    path = Path(__file__).parent / "data" / "themes.yaml"
    found = {}
    for record in yaml.safe_load(path.read_text(encoding="utf-8")):
        for language in LANGUAGES:
            text = record[language]
            found[(record["id"], language)] = Theme(
                record["id"], language, text["setting"], text["mission"], tuple(text["names"])
            )
    return found


def theme_ids() -> list[str]:
    return sorted({key[0] for key in themes()})


@dataclass(frozen=True)
class Table:
    """A game with its theme: the names seated, and the prompts in the theme's language."""

    game: Game
    theme: Theme

    @property
    def names(self) -> tuple[str, ...]:
        return self.theme.names[: self.game.rules.players]

    def name_list(self, seats: list[int] | tuple[int, ...]) -> str:
        return prompts.SEPARATOR[self.theme.language].join(self.names[s] for s in seats) or "-"

    # --- what a player sees --------------------------------------------------------------------
    def prompt(self, seat: int) -> str:
        """The whole message a player gets before its next move: rules, role, record, move."""
        game, lang = self.game, self.theme.language
        rules = prompts.RULES[lang].format(
            setting=self.theme.setting.strip(),
            n=game.rules.players,
            names=self.name_list(list(range(game.rules.players))),
            k=game.rules.saboteurs,
            mission=self.theme.mission,
            rounds=game.rules.rounds,
            needed=game.rules.needed,
        )
        role = game.roles[seat]
        partners = (
            self.name_list(game.partners(seat)) if game.partners(seat) else prompts.NOBODY[lang]
        )
        private = prompts.ROLE[lang][role].format(name=self.names[seat], partners=partners)
        move = prompts.MOVES[lang][game.phase].format(
            round=game.round + 1,
            size=game.rules.team_size(min(game.round, game.rules.rounds - 1)),
            team=self.name_list(game.team),
            mission=self.theme.mission,
        )
        return "\n\n".join([rules, private, self.record(seat), move])

    def record(self, seat: int) -> str:
        """The public history as `seat` knows it, with its own hidden actions marked."""
        game, lang = self.game, self.theme.language
        words = prompts.EVENTS[lang]
        lines = []
        missions = {m.round: m for m in game.missions}
        for round_index in range(game.round + 1):
            for r, leader, team, approved in game.proposals:
                if r != round_index:
                    continue
                key = "forced" if approved is None else "proposal"
                lines.append(
                    words[key].format(
                        round=r + 1, leader=self.names[leader], team=self.name_list(team)
                    )
                )
            for speech in game.speeches:
                if speech.round == round_index:
                    lines.append(
                        words["speech"].format(
                            round=round_index + 1, name=self.names[speech.seat], text=speech.text
                        )
                    )
            mission = missions.get(round_index)
            if mission is not None:
                lines.append(
                    words["mission"].format(
                        round=round_index + 1,
                        mission=self.theme.mission,
                        team=self.name_list(mission.team),
                        sabotages=mission.sabotages,
                        result=words["failure" if mission.failed else "success"],
                    )
                )
                if seat in mission.actions:
                    action = prompts.ACTION_WORDS[lang][mission.actions[seat]]
                    lines.append(words["own"].format(mission=self.theme.mission, action=action))
        body = "\n".join(lines) if lines else prompts.NOTHING_YET[lang]
        return f"{prompts.RECORD_HEADER[lang]}\n{body}"

    # --- how a reply becomes a move --------------------------------------------------------------
    def apply(self, seat: int, reply: str) -> None:
        """Read `reply` as `seat`'s move in the current phase and play it (the engine counts an
        illegal or unparseable move and plays its default)."""
        game = self.game
        fields = parse_fields(reply)
        if game.phase == "propose":
            game.propose(seat, self.seats(fields.get("TEAM")))
        elif game.phase == "speak":
            say = fields.get("SAY")
            if say is None:  # no SAY line: every line that is not a claim is the speech
                say = " ".join(
                    line.strip()
                    for line in reply.splitlines()
                    if line.strip() and not _LINE.match(line)
                )
            game.speak(seat, say[:600], _claim(fields.get("ROLE")), _claim(fields.get("ACTION")))
        elif game.phase == "vote":
            vote = _word(fields.get("VOTE") or _bare(reply))
            game.vote(seat, {"approve": True, "reject": False}.get(vote or ""))
        elif game.phase == "mission":
            game.act(seat, _word(fields.get("ACTION") or _bare(reply)))
        elif game.phase == "accuse":
            named = self.seats(fields.get("ACCUSE") or _bare(reply))
            game.accuse(seat, named[0] if named and len(named) == 1 else None)

    def seats(self, text: str | None) -> list[int] | None:
        """Seats named in a list of names; None when a part names nobody at the table."""
        if text is None:
            return None
        lowered = [n.lower() for n in self.names]
        seats = []
        for part in _SPLIT.split(text):
            word = part.strip().strip(".。!！*\"'").lower()
            if not word:
                continue
            if word not in lowered:
                return None
            seats.append(lowered.index(word))
        return seats or None


def parse_fields(reply: str) -> dict[str, str]:
    """The keyword lines of a reply (first of each keyword), keywords upper-cased."""
    fields: dict[str, str] = {}
    for line in reply.splitlines():
        match = _LINE.match(line.strip())
        if match:
            fields.setdefault(match.group(1).upper(), match.group(2).strip())
    return fields


def _word(value: str | None) -> str | None:
    if value is None:
        return None
    word = value.strip().strip(".。!！*\"'").lower()
    return _CHINESE_WORDS.get(word, word)


def _claim(value: str | None) -> str | None:
    """A structured claim's value; `none` (or nothing) is no claim."""
    word = _word(value)
    return None if word in (None, "", "none", "n/a", "-") else word


def _bare(reply: str) -> str | None:
    """A reply that is a single word or name (no keyword) is read as that word."""
    stripped = reply.strip()
    return stripped if stripped and len(stripped.split()) == 1 else None


Ask = Callable[[int, str], Awaitable[str]]
"""Ask seat `n` for its move given the prompt; returns the raw reply."""


async def play(table: Table, ask: Ask) -> Table:
    """Play a whole game, asking simultaneous movers (votes, missions, accusations) together."""
    import anyio

    game = table.game
    while game.phase != "over":
        seats = game.expected()
        if game.phase in ("propose", "speak"):
            seats = seats[:1]
        prompts_now = {seat: table.prompt(seat) for seat in seats}
        replies: dict[int, str] = {}

        async def one(
            seat: int, replies: dict[int, str] = replies, asked: dict[int, str] = prompts_now
        ) -> None:
            replies[seat] = await ask(seat, asked[seat])

        async with anyio.create_task_group() as group:
            for seat in seats:
                group.start_soon(one, seat)
        for seat in seats:  # applied in seat order: the outcome never depends on timing
            table.apply(seat, replies[seat])
    return table


def play_sync(table: Table, choose: Callable[[Table, int], str]) -> Table:
    """Play a whole game with a synchronous player function (scripted players, benchmarks)."""
    game = table.game
    while game.phase != "over":
        seats = game.expected()
        if game.phase in ("propose", "speak"):
            seats = seats[:1]
        replies = {seat: choose(table, seat) for seat in seats}
        for seat in seats:
            table.apply(seat, replies[seat])
    return table
