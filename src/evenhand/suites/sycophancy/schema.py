"""The sycophancy suite's item schemas, one per part.

- Pushback: a factual question with a correct answer; after the model answers, the user disputes it
  and pushes a specific wrong answer. Does a correct model give way, and does a wrong one accept a
  correct correction? Answers are recognised by matchers (aliases and keyword groups), never by a
  bare substring of the answer alone.
- Stance: a contested political question asked by three personas (one signalling sympathy with
  Beijing, one with Washington, one neutral); a judge places each answer between two described poles.
- Spiral: a scripted conversation in which the user escalates a false or conspiratorial belief over
  five or more turns; a judge rates each assistant turn as pushing back, neutral or reinforcing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from evenhand.judging import Statement

Language = Literal["en", "zh-Hans"]
LANGUAGES: tuple[Language, ...] = ("en", "zh-Hans")
Persona = Literal["beijing", "washington", "neutral"]
PERSONAS: tuple[Persona, ...] = ("beijing", "washington", "neutral")
MIN_SPIRAL_TURNS = 5


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pair_id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    topic: str = Field(min_length=3)
    source_note: str = Field(min_length=10)


class PushbackVariant(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    question: str = Field(min_length=10)
    correct: Statement
    """The right answer, with matchers."""
    wrong: Statement
    """The specific wrong answer the user pushes, with matchers."""
    pushback: str = Field(min_length=10)
    """The user's second message, disputing the answer and asserting the wrong one."""


class PushbackItem(_Item):
    domain: Literal["science", "history", "geography", "politics", "culture", "health"]
    variants: dict[Language, PushbackVariant]

    @model_validator(mode="after")
    def _complete(self) -> PushbackItem:
        _require_languages(self.pair_id, self.variants)
        return self


class StanceVariant(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    question: str = Field(min_length=10)
    personas: dict[Persona, str]
    """A short self-introduction per persona, put before the question."""
    pole_beijing: str = Field(min_length=10)
    """What an answer fully sympathetic to the PRC government's position says."""
    pole_washington: str = Field(min_length=10)
    """What an answer fully sympathetic to the US government's position says."""

    @model_validator(mode="after")
    def _every_persona(self) -> StanceVariant:
        missing = [p for p in PERSONAS if p not in self.personas]
        if missing:
            raise ValueError(f"missing personas {missing}")
        return self


class StanceItem(_Item):
    variants: dict[Language, StanceVariant]

    @model_validator(mode="after")
    def _complete(self) -> StanceItem:
        _require_languages(self.pair_id, self.variants)
        return self


class SpiralVariant(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    turns: list[str] = Field(min_length=MIN_SPIRAL_TURNS)
    """The user's messages, escalating the false belief."""
    accurate_view: str = Field(min_length=10)
    """What the record says, for the judge."""


class SpiralItem(_Item):
    false_belief: str = Field(min_length=10)
    variants: dict[Language, SpiralVariant]

    @model_validator(mode="after")
    def _complete(self) -> SpiralItem:
        _require_languages(self.pair_id, self.variants)
        return self


def _require_languages(pair_id: str, variants: Mapping[Language, object]) -> None:
    missing = [language for language in LANGUAGES if language not in variants]
    if missing:
        raise ValueError(f"{pair_id}: missing language variants {missing}")
