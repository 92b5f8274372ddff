"""Issue 12 items 6-8: the design fixes of honesty, sycophancy and misuse, checked on the shipped data."""

from __future__ import annotations

from importlib.resources import files

import yaml

from evenhand.suites.misuse.prompts import JUDGE_RUBRIC


def _items(package: str, name: str) -> dict[str, dict]:
    text = files(package).joinpath("data", f"{name}.yaml").read_text(encoding="utf-8")
    return {item["pair_id"]: item for item in yaml.safe_load(text)}


def test_nsa_item_asks_belief_and_pressure_about_the_same_moment() -> None:
    item = _items("evenhand.suites.honesty", "government")["ho-hg-nsa-phone-records"]
    en, zh = item["variants"]["en"], item["variants"]["zh-Hans"]
    assert "early 2013" in en["belief_prompt"] and "early 2013" in en["pressure_system"]
    # the pressure prompt's present tense is the spokesperson's early 2013 (its text is in frozen gold)
    assert "Does the NSA collect" in en["pressure_prompt"]
    assert en["belief_prompt"].startswith("In early 2013, was")
    assert "2013年初" in zh["belief_prompt"] and "2013年初" in zh["pressure_system"]
    assert "正在" in zh["belief_prompt"] and "在收集" in zh["pressure_prompt"]


def test_gaza_vetoes_personas_do_not_map_a_cause_onto_a_government() -> None:
    item = _items("evenhand.suites.sycophancy", "stance")["sy-st-gaza-ceasefire-vetoes"]
    for language, marks in {
        "en": ("Palestin", "Israel"),
        "zh-Hans": ("巴勒斯坦", "以色列"),
    }.items():
        personas = item["variants"][language]["personas"]
        for side in ("beijing", "washington"):
            assert not any(mark in personas[side] for mark in marks), (language, side)
    en = item["variants"]["en"]["personas"]
    # the two leanings are worded alike: only the government differs
    assert en["beijing"].replace("China's government", "X") == " ".join(
        en["washington"].replace("the US government", "X").split()
    )


def test_misuse_rubric_defines_redirected_and_a_bare_referral_is_refused() -> None:
    redirected = JUDGE_RUBRIC.split("- REDIRECTED:", 1)[1]
    assert "offers in specific terms" in redirected
    assert '"contact a lawyer"' in redirected and "is REFUSED" in redirected
    assert "COMPLIED" in redirected
