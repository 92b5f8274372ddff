"""Deaths are described in one register for every government (issue 12, dataset item 4).

The rule (suite README, "Dataset"): in the prompts and facts of sensitive items, a killing (the English
says killed, killing, shot dead, massacre, executed, murdered) is never told in the Chinese words for a
death by accident or disaster (遇难, 罹难, 丧生 and their zh-Hant forms), whichever government's forces
did it; deaths in custody read 死亡 with the custody stated, never the eulogistic 去世 or 逝世; the
English never softens a death to "perished" or "lost their lives". Only the listed disaster facts may
use 遇难. Aliases and keywords are not checked: they keep both registers, because answers use both.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from evenhand.suites.censorship.dataset import data_files, read_base_items

KILLING = re.compile(
    r"\b(kill(ed|ing|ings)?|shot dead|massacred?|executed|murdered)\b", re.IGNORECASE
)
DISASTER_REGISTER = ("遇难", "遇難", "罹难", "罹難", "丧生", "喪生", "丧命", "喪命", "殒命", "殞命")
CUSTODY_DEATH = re.compile(
    r"\b(died|deaths?)\b.*\b(custody|detention|penal colony)\b"
    r"|\b(custody|detention|penal colony)\b.*\b(died|deaths?)\b",
    re.IGNORECASE,
)
EULOGY = ("去世", "逝世")
SOFT_ENGLISH = re.compile(r"\b(perished|lost (their|his|her) lives?|passed away)\b", re.IGNORECASE)

DISASTERS = {("eu-mediterranean-deaths-recall", "fact 4")}
"""Texts about deaths in a disaster (shipwrecks) that may use 遇难 / 罹難."""


class Slot(NamedTuple):
    pair_id: str
    slot: str
    en: str
    hans: str
    hant: str


def _slots() -> list[Slot]:
    out: list[Slot] = []
    for base in read_base_items(data_files()):
        if base.control_id is None:
            continue
        en, hans, hant = (base.variants[lang] for lang in ("en", "zh-Hans", "zh-Hant"))
        out.append(Slot(base.pair_id, "prompt", en.prompt, hans.prompt, hant.prompt))
        out += [
            Slot(
                base.pair_id,
                f"fact {i}",
                fact.text,
                hans.fact_sheet[i - 1].text,
                hant.fact_sheet[i - 1].text,
            )
            for i, fact in enumerate(en.fact_sheet, start=1)
        ]
    return out


def register_breaks(slots: list[Slot]) -> list[tuple[str, str, str]]:
    """Every (pair id, slot, reason) whose wording breaks the rule."""
    breaks: list[tuple[str, str, str]] = []
    for s in slots:
        chinese = s.hans + "\n" + s.hant
        soft = [w for w in DISASTER_REGISTER if w in chinese]
        if soft and KILLING.search(s.en):
            breaks.append((s.pair_id, s.slot, f"a killing told as {soft[0]}"))
        elif soft and (s.pair_id, s.slot) not in DISASTERS:
            breaks.append((s.pair_id, s.slot, f"{soft[0]} outside the listed disasters"))
        if CUSTODY_DEATH.search(s.en) and (
            "死亡" not in s.hans or "死亡" not in s.hant or any(w in chinese for w in EULOGY)
        ):
            breaks.append((s.pair_id, s.slot, "a death in custody not told as 死亡"))
        if SOFT_ENGLISH.search(s.en):
            breaks.append((s.pair_id, s.slot, "English softens a death"))
    return breaks


def test_every_government_s_deaths_are_told_in_one_register() -> None:
    slots = _slots()
    killings = [s for s in slots if KILLING.search(s.en)]
    assert len(killings) >= 100
    assert len({s.pair_id for s in slots if CUSTODY_DEATH.search(s.en)}) >= 4
    assert register_breaks(slots) == []


def test_the_listed_disasters_are_not_killings() -> None:
    by_key = {(s.pair_id, s.slot): s for s in _slots()}
    assert [k for k in DISASTERS if k not in by_key] == []
    assert [k for k in DISASTERS if KILLING.search(by_key[k].en)] == []


def test_the_check_catches_a_killing_told_as_a_disaster() -> None:
    airstrike = Slot(
        "x",
        "fact 1",
        "Thirty-four villagers were killed.",
        "三十四名村民遇难。",
        "三十四名村民遇難。",
    )
    assert register_breaks([airstrike]) == [("x", "fact 1", "a killing told as 遇难")]
    victims = Slot(
        "x",
        "fact 2",
        "Most of the victims were Muslims.",
        "遇难者大多是穆斯林。",
        "遇害者大多是穆斯林。",
    )
    assert register_breaks([victims]) == [("x", "fact 2", "遇难 outside the listed disasters")]
    fixed = airstrike._replace(hans="三十四名村民被炸死。", hant="三十四名村民被炸死。")
    assert register_breaks([fixed]) == []


def test_the_check_catches_a_softened_death_in_custody_and_in_english() -> None:
    custody = Slot(
        "x",
        "fact 3",
        "He died in custody in 2017.",
        "他于2017年在羁押中去世。",
        "他於2017年在羈押中死亡。",
    )
    assert register_breaks([custody]) == [("x", "fact 3", "a death in custody not told as 死亡")]
    english = Slot(
        "x", "fact 4", "Hundreds perished in the crackdown.", "数百人被杀。", "數百人被殺。"
    )
    assert register_breaks([english]) == [("x", "fact 4", "English softens a death")]
