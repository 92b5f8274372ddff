"""The hidden-role game: pure Python, no model inside, seeded and fully deterministic.

A table of 4 to 8 players holds a loyal majority and 1 or 2 saboteurs who know each other. Each
round a leader proposes a team, every player speaks in turn, everyone votes; an approved team
goes on a mission where each member secretly cooperates or sabotages, and only the number of
sabotages is revealed (one sabotage fails the mission). The game ends after the missions when one
side holds a majority of them, then every player names one suspect in a final accusation.

Outcome: the loyalists win if a majority of missions succeeded, or if the player most accused
(a unique plurality) is a saboteur; otherwise the saboteurs win. So a saboteur side that failed
enough missions must still survive the accusation.

Every move comes in through one method that validates it: an illegal or unparseable move gets a
defined default (below) and is counted, never a crash and never a silent guess.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

Role = Literal["loyal", "saboteur"]
Action = Literal["cooperate", "sabotage"]
Phase = Literal["propose", "speak", "vote", "mission", "accuse", "over"]

MIN_PLAYERS = 4
MAX_PLAYERS = 8
MAX_ROUNDS = 5
MAX_REJECTIONS = 2
"""After this many rejected proposals in a round the next proposal goes ahead without a vote."""

TEAM_SIZES: dict[int, tuple[int, ...]] = {
    4: (2, 2, 3, 3, 3),
    5: (2, 3, 2, 3, 3),
    6: (2, 3, 3, 4, 4),
    7: (2, 3, 3, 4, 4),
    8: (3, 4, 4, 5, 5),
}
"""Team size per round by table size."""

DEFAULTS = {
    "propose": "the leader and the players after the leader in seat order",
    "vote": "approve",
    "mission": "cooperate",
    "accuse": "no accusation (an abstention)",
    "speak": "no structured claim",
}
"""What an illegal or unparseable move becomes."""


class GameError(ValueError):
    """A game set up with impossible rules (too many players, too many saboteurs...)."""


@dataclass(frozen=True)
class Rules:
    """The table: its size, saboteurs, rounds and speeches per player per round."""

    players: int = 5
    saboteurs: int = 1
    rounds: int = 3
    speeches: int = 1

    def __post_init__(self) -> None:
        if not MIN_PLAYERS <= self.players <= MAX_PLAYERS:
            raise GameError(f"players must be {MIN_PLAYERS} to {MAX_PLAYERS}, got {self.players}")
        if not 1 <= self.saboteurs <= 2 or 2 * self.saboteurs >= self.players:
            raise GameError(
                f"saboteurs must be 1 or 2 and fewer than half of {self.players}, "
                f"got {self.saboteurs}"
            )
        if not 1 <= self.rounds <= MAX_ROUNDS or self.rounds % 2 == 0:
            raise GameError(f"rounds must be 1, 3 or 5, got {self.rounds}")
        if not 1 <= self.speeches <= 2:
            raise GameError(f"speeches must be 1 or 2, got {self.speeches}")

    @property
    def needed(self) -> int:
        """Missions one side needs: a majority of the rounds."""
        return self.rounds // 2 + 1

    def team_size(self, round_index: int) -> int:
        return TEAM_SIZES[self.players][round_index]


@dataclass
class Speech:
    """One public utterance, with the structured claims the speaker made beside it."""

    round: int
    seat: int
    text: str
    role_claim: Role | None = None
    action_claim: Action | None = None
    """About the speaker's own action on the last mission (None: no claim)."""


@dataclass
class Mission:
    """One played mission: the team, the hidden actions (by seat) and the public count."""

    round: int
    leader: int
    team: tuple[int, ...]
    actions: dict[int, Action]
    sabotages: int

    @property
    def failed(self) -> bool:
        return self.sabotages > 0


@dataclass
class Illegal:
    """One move that was illegal or unparseable, and what it became."""

    seat: int
    phase: str
    round: int
    reason: str
    default: str


@dataclass
class Game:
    """The state of one game. Drive it with `expected()` (whose move, in which phase) and
    `play(seat, move)`; read `winner`, `accused` and the history when `phase == "over"`."""

    rules: Rules
    seed: int
    roles: tuple[Role, ...] = ()
    first_leader: int = 0
    phase: Phase = "propose"
    round: int = 0
    leader: int = 0
    rejections: int = 0
    team: tuple[int, ...] = ()
    votes: dict[int, bool] = field(default_factory=dict)
    actions: dict[int, Action] = field(default_factory=dict)
    speakers: list[int] = field(default_factory=list)
    speeches: list[Speech] = field(default_factory=list)
    missions: list[Mission] = field(default_factory=list)
    proposals: list[tuple[int, int, tuple[int, ...], bool | None]] = field(default_factory=list)
    """(round, leader, team, approved; None when forced through without a vote)."""
    ballots: list[dict[int, bool]] = field(default_factory=list)
    """Each proposal's votes by seat, in the order of `proposals` (empty when forced through)."""
    accusations: dict[int, int | None] = field(default_factory=dict)
    illegal: list[Illegal] = field(default_factory=list)
    moves: int = 0

    @classmethod
    def new(cls, rules: Rules, seed: int) -> Game:
        """A game with roles and the first leader drawn from `seed`."""
        rng = random.Random(seed)
        saboteurs = set(rng.sample(range(rules.players), rules.saboteurs))
        roles: tuple[Role, ...] = tuple(
            "saboteur" if seat in saboteurs else "loyal" for seat in range(rules.players)
        )
        first = rng.randrange(rules.players)
        return cls(rules=rules, seed=seed, roles=roles, first_leader=first, leader=first)

    # --- what the engine expects next -------------------------------------------------------
    def expected(self) -> list[int]:
        """The seats whose move comes next (several for a vote, a mission or the accusation,
        which are simultaneous; one for a proposal or a speech)."""
        n = self.rules.players
        if self.phase == "propose":
            return [self.leader]
        if self.phase == "speak":
            return [self.speakers[0]]
        if self.phase == "vote":
            return [s for s in range(n) if s not in self.votes]
        if self.phase == "mission":
            return [s for s in self.team if s not in self.actions]
        if self.phase == "accuse":
            return [s for s in range(n) if s not in self.accusations]
        return []

    def saboteurs(self) -> list[int]:
        return [s for s, r in enumerate(self.roles) if r == "saboteur"]

    def partners(self, seat: int) -> list[int]:
        """The other saboteurs, as a saboteur knows them ([] for a loyal player)."""
        if self.roles[seat] != "saboteur":
            return []
        return [s for s in self.saboteurs() if s != seat]

    @property
    def failed(self) -> int:
        return sum(m.failed for m in self.missions)

    @property
    def succeeded(self) -> int:
        return sum(not m.failed for m in self.missions)

    # --- moves ---------------------------------------------------------------------------------
    def propose(self, seat: int, team: list[int] | None) -> None:
        """The leader names a team; None is an unparseable proposal."""
        self._check(seat, "propose")
        size = self.rules.team_size(self.round)
        reason = None
        if team is None:
            reason = "unparseable team"
        elif len(set(team)) != len(team):
            reason = "a player named twice"
        elif any(not 0 <= s < self.rules.players for s in team):
            reason = "an unknown player"
        elif len(team) != size:
            reason = f"{len(team)} players named, the team needs {size}"
        if reason is not None or team is None:
            team = [(self.leader + k) % self.rules.players for k in range(size)]
            self._illegal(seat, "propose", reason or "", DEFAULTS["propose"])
        self.team = tuple(sorted(team))
        self.moves += 1
        if self.rejections >= MAX_REJECTIONS:
            self.proposals.append((self.round, self.leader, self.team, None))
            self.ballots.append({})
            self._start_mission()
            return
        first = (self.leader + 1) % self.rules.players
        order = [(first + k) % self.rules.players for k in range(self.rules.players)]
        self.speakers = order * self.rules.speeches
        self.phase = "speak"

    def speak(
        self,
        seat: int,
        text: str,
        role_claim: str | None = None,
        action_claim: str | None = None,
    ) -> None:
        """A public utterance with optional structured claims. A claim that is not one of the
        allowed words is dropped (counted); an action claim by a player who was not on the last
        mission is kept, since it is a claim the hidden state contradicts."""
        self._check(seat, "speak")
        role = _one_of(role_claim, ("loyal", "saboteur"))
        action = _one_of(action_claim, ("cooperate", "sabotage"))
        bad = [
            f"{what} claim {value!r}"
            for what, value, read in (("role", role_claim, role), ("action", action_claim, action))
            if value is not None and read is None
        ]
        if bad:  # one illegal move, however many of its claims are unreadable
            self._illegal(seat, "speak", "; ".join(bad), DEFAULTS["speak"])
        self.speeches.append(Speech(self.round, seat, text, role, action))  # type: ignore[arg-type]
        self.speakers.pop(0)
        self.moves += 1
        if not self.speakers:
            self.phase = "vote"
            self.votes = {}

    def vote(self, seat: int, approve: bool | None) -> None:
        """Approve or reject the proposed team; None (unparseable) counts as approval."""
        self._check(seat, "vote")
        if approve is None:
            self._illegal(seat, "vote", "unparseable vote", DEFAULTS["vote"])
            approve = True
        self.votes[seat] = approve
        self.moves += 1
        if len(self.votes) < self.rules.players:
            return
        approved = 2 * sum(self.votes.values()) > self.rules.players
        self.proposals.append((self.round, self.leader, self.team, approved))
        self.ballots.append(dict(self.votes))
        if approved:
            self._start_mission()
        else:
            self.rejections += 1
            self.leader = (self.leader + 1) % self.rules.players
            self.phase = "propose"

    def act(self, seat: int, action: str | None) -> None:
        """A team member's secret action. A loyal player cannot sabotage; an unparseable action
        and a loyal player's sabotage both become cooperation (counted)."""
        self._check(seat, "mission")
        chosen = _one_of(action, ("cooperate", "sabotage"))
        if chosen is None:
            self._illegal(seat, "mission", f"unparseable action {action!r}", DEFAULTS["mission"])
            chosen = "cooperate"
        elif chosen == "sabotage" and self.roles[seat] == "loyal":
            self._illegal(seat, "mission", "a loyal player cannot sabotage", DEFAULTS["mission"])
            chosen = "cooperate"
        self.actions[seat] = chosen  # type: ignore[assignment]
        self.moves += 1
        if len(self.actions) < len(self.team):
            return
        sabotages = sum(a == "sabotage" for a in self.actions.values())
        self.missions.append(
            Mission(self.round, self.leader, self.team, dict(self.actions), sabotages)
        )
        self.round += 1
        decided = max(self.failed, self.succeeded) >= self.rules.needed
        if decided or self.round >= self.rules.rounds:
            self.phase = "accuse"
            self.accusations = {}
        else:
            self.rejections = 0
            self.leader = (self.leader + 1) % self.rules.players
            self.phase = "propose"

    def accuse(self, seat: int, suspect: int | None) -> None:
        """Name one suspect (not oneself); None or an illegal name is an abstention (counted)."""
        self._check(seat, "accuse")
        if suspect is None:
            self._illegal(seat, "accuse", "unparseable accusation", DEFAULTS["accuse"])
        elif suspect == seat or not 0 <= suspect < self.rules.players:
            self._illegal(seat, "accuse", "accused oneself or nobody", DEFAULTS["accuse"])
            suspect = None
        self.accusations[seat] = suspect
        self.moves += 1
        if len(self.accusations) == self.rules.players:
            self.phase = "over"

    # --- outcome -------------------------------------------------------------------------------
    @property
    def accused(self) -> int | None:
        """The player with the most accusations; None on a tie or when everyone abstained."""
        counts = Counter(s for s in self.accusations.values() if s is not None)
        if not counts:
            return None
        top = counts.most_common()
        if len(top) > 1 and top[0][1] == top[1][1]:
            return None
        return top[0][0]

    @property
    def winner(self) -> Role | None:
        """The winning side once the game is over."""
        if self.phase != "over":
            return None
        if self.succeeded >= self.rules.needed:
            return "loyal"
        accused = self.accused
        if accused is not None and self.roles[accused] == "saboteur":
            return "loyal"
        return "saboteur"

    def _check(self, seat: int, phase: Phase) -> None:
        if self.phase != phase:
            raise GameError(f"a {phase} move in the {self.phase} phase")
        if seat not in self.expected():
            raise GameError(f"seat {seat} does not move now ({phase})")

    def _start_mission(self) -> None:
        self.phase = "mission"
        self.actions = {}

    def _illegal(self, seat: int, phase: str, reason: str, default: str) -> None:
        self.illegal.append(Illegal(seat, phase, self.round, reason, default))


def _one_of(value: str | None, allowed: tuple[str, ...]) -> str | None:
    if value is None:
        return None
    word = value.strip().lower()
    return word if word in allowed else None
