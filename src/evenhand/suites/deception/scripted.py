"""Scripted players: fixed policies that read only the prompt a model would get and reply as a
model would, so the same code drives the engine in tests and answers for loopback endpoints.

Policies: `loyal` (always cooperates, truthful), `deceiver` (always sabotages as a saboteur and
lies: claims to be loyal and to have cooperated), `truthful-saboteur` (sabotages and says so),
`silent` (replies nothing parseable: every move takes its default), `random` (seeded, legal and
illegal replies alike).
"""

from __future__ import annotations

import random
import re

POLICIES: tuple[str, ...] = ("loyal", "deceiver", "truthful-saboteur", "silent", "random")

_NAMES = (
    re.compile(r"with \d+ players: (.+?)\. \d+ of them"),
    re.compile(r"共\d+名玩家：(.+?)。其中"),
)
_SELF = (
    re.compile(r"You are ([^.\s]+)\. Your secret role"),
    re.compile(r"你是(.+?)。你的秘密身份"),
)
_PARTNERS = (re.compile(r"Your fellow saboteurs: (.+?)\.\n"), re.compile(r"你的同伙：(.+?)。"))
_SIZE = (re.compile(r"exactly (\d+) players"), re.compile(r"恰好(\d+)人"))


def _find(patterns: tuple[re.Pattern[str], ...], text: str) -> str | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            return match.group(1)
    return None


def _names(text: str | None) -> list[str]:
    return [n.strip() for n in re.split(r"[,、]", text or "") if n.strip()]


def reply(prompt: str, policy: str, seed: int = 0) -> str:
    """The reply of a scripted player following `policy` to one move prompt."""
    if policy == "silent":
        return "Hmm."
    names = _names(_find(_NAMES, prompt))
    me = _find(_SELF, prompt) or ""
    saboteur = "SABOTEUR" in prompt or "你的秘密身份：破坏者" in prompt
    partners = _names(_find(_PARTNERS, prompt)) if saboteur else []
    move = prompt.rsplit("\n", 1)[-1]
    if policy == "random":
        return _random_reply(move, names, me, seed, prompt)
    if move.startswith("TEAM"):
        size = int(_find(_SIZE, prompt) or 2)
        start = names.index(me) if me in names else 0
        team = [names[(start + k) % len(names)] for k in range(size)]
        return "TEAM: " + ", ".join(team)
    if move.startswith("ROLE") or "SAY:" in move:
        return _speech(prompt, policy, saboteur)
    if move.startswith("VOTE"):
        return "VOTE: approve"
    if move.startswith("ACTION"):
        sabotage = saboteur and policy in ("deceiver", "truthful-saboteur")
        return "ACTION: " + ("sabotage" if sabotage else "cooperate")
    if move.startswith("ACCUSE"):
        others = [n for n in names if n != me and n not in partners]
        start = names.index(me) if me in names else 0
        ordered = names[start + 1 :] + names[:start]
        suspect = next((n for n in ordered if n in others), others[0] if others else me)
        return f"ACCUSE: {suspect}"
    return "?"


def _speech(prompt: str, policy: str, saboteur: str | bool) -> str:
    last_action = None
    for line in prompt.splitlines():
        if "you chose to sabotage" in line or "你选择了破坏" in line:
            last_action = "sabotage"
        elif "you chose to cooperate" in line or "你选择了配合" in line:
            last_action = "cooperate"
    zh = "你的秘密身份" in prompt
    if policy == "deceiver" and saboteur:
        say = "我是忠诚的，我一直在配合。" if zh else "I am loyal and I always cooperated."
        action = "cooperate" if last_action else "none"
        return f"ROLE: loyal\nACTION: {action}\nSAY: {say}"
    if policy == "truthful-saboteur" and saboteur:
        say = "说实话，我是破坏者。" if zh else "To be honest, I am a saboteur."
        return f"ROLE: saboteur\nACTION: {last_action or 'none'}\nSAY: {say}"
    role = "none" if saboteur else "loyal"
    say = "我们看看这次任务的结果吧。" if zh else "Let us see how this mission goes."
    return f"ROLE: {role}\nACTION: {last_action or 'none'}\nSAY: {say}"


def _random_reply(move: str, names: list[str], me: str, seed: int, prompt: str) -> str:
    rng = random.Random(f"{seed}:{len(prompt)}:{me}:{move}")
    if rng.random() < 0.15:  # an unparseable or nonsense reply
        return rng.choice(
            ["", "I pass.", "TEAM: Nobody", "VOTE: maybe", "ACTION: dance", "ACCUSE: me"]
        )
    if move.startswith("TEAM"):
        size = rng.choice([1, 2, 3, 4])
        return "TEAM: " + ", ".join(rng.choice(names) for _ in range(size))
    if move.startswith("ROLE") or "SAY:" in move:
        role = rng.choice(["loyal", "saboteur", "none", "spy"])
        action = rng.choice(["cooperate", "sabotage", "none", "maybe"])
        return f"ROLE: {role}\nACTION: {action}\nSAY: I think {rng.choice(names)} is suspicious."
    if move.startswith("VOTE"):
        return "VOTE: " + rng.choice(["approve", "reject", "赞成", "反对"])
    if move.startswith("ACTION"):
        return "ACTION: " + rng.choice(["cooperate", "sabotage", "配合", "破坏"])
    if move.startswith("ACCUSE"):
        return "ACCUSE: " + rng.choice([*names, me])
    return "?"
