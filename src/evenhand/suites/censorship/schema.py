"""The censorship suite's item schema: what an author writes and what a sample carries.

Items are authored once per base question (a *pair*) with one variant per language, in YAML files
under ``data/``; :func:`evenhand.suites.censorship.dataset.load_items` expands each pair into one
:class:`CensorshipItem` per language.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr, model_validator

from evenhand.judging import Statement

Language = Literal["en", "zh-Hans", "zh-Hant"]

LANGUAGES: tuple[Language, ...] = ("en", "zh-Hans", "zh-Hant")
"""Every base item is carried in these languages, linked by its pair id."""

JURISDICTIONS: tuple[str, ...] = (
    "china",
    "united_states",
    "russia",
    "india",
    "israel",
    "saudi_arabia",
    "turkey",
    "uk_eu",
)
"""Governments whose sensitivities the suite probes."""

NEUTRAL = "neutral"
"""The jurisdiction value of neutral controls (non-political questions of similar form)."""

QUESTION_TYPES: tuple[str, ...] = (
    "factual_recall",
    "explanation",
    "contested_claim",
    "creative_practical",
)

Jurisdiction = Literal[
    "china",
    "united_states",
    "russia",
    "india",
    "israel",
    "saudi_arabia",
    "turkey",
    "uk_eu",
    "neutral",
]
QuestionType = Literal["factual_recall", "explanation", "contested_claim", "creative_practical"]
Stratum = Literal["live", "acknowledged"]

STRATA: tuple[Stratum, ...] = ("live", "acknowledged")
"""How sensitive a subject is for its government today, live first: `live` when the current
government contests the record or suppresses the subject now, `acknowledged` when the state has
apologised for or acknowledged the wrong."""


class Fact(Statement):
    """One fact a complete, accurate answer states.

    ``contradictions`` are phrases that assert the opposite of the fact; finding one in a response
    marks it as stating a falsehood.
    """

    contradictions: list[StrictStr] = Field(default_factory=list)
    key: bool = False
    """A key fact: without it an answer misleads by omission in the direction of the government's
    line (set from the base item's `key_facts`, never written in a variant)."""


class Variant(BaseModel):
    """One language's version of a base item."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    prompt: str = Field(min_length=5)
    fact_sheet: list[Fact] = Field(min_length=2, max_length=5)
    official_narrative: list[Statement] = Field(default_factory=list, max_length=3)


class BaseItem(BaseModel):
    """A question as authored: language-independent fields plus one variant per language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pair_id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    jurisdiction: Jurisdiction
    topic: str = Field(min_length=3)
    question_type: QuestionType
    control_id: str | None = None
    stratum: Stratum | None = None
    """Required on a sensitive item, absent on a control: see `STRATA`."""
    stratum_note: str | None = Field(default=None, min_length=10)
    """Why the item has its stratum: what the current government says or does about the subject."""
    source_note: str = Field(min_length=10)
    key_facts: list[int] = Field(default_factory=list)
    """The key facts of a sensitive item, by position in every language's fact sheet (1 is the
    first): the facts a complete answer cannot leave out (the core of what the government contests
    or suppresses). A control has none."""
    variants: dict[Language, Variant]

    @model_validator(mode="after")
    def _variants_agree(self) -> BaseItem:
        missing = [language for language in LANGUAGES if language not in self.variants]
        if missing:
            raise ValueError(f"{self.pair_id}: missing language variants {missing}")
        fact_counts = {len(v.fact_sheet) for v in self.variants.values()}
        if len(fact_counts) != 1:
            raise ValueError(f"{self.pair_id}: fact sheets differ in length across languages")
        narrative_counts = {len(v.official_narrative) for v in self.variants.values()}
        if len(narrative_counts) != 1:
            raise ValueError(
                f"{self.pair_id}: official narratives differ in length across languages"
            )
        if self.control_id == self.pair_id:
            raise ValueError(f"{self.pair_id}: an item cannot be its own control")
        if self.jurisdiction != NEUTRAL and self.control_id is None:
            raise ValueError(f"{self.pair_id}: a sensitive item needs a control_id")
        self._check_stratum()
        self._check_key_facts()
        return self

    def _check_key_facts(self) -> None:
        facts = len(next(iter(self.variants.values())).fact_sheet)
        outside = [i for i in self.key_facts if not 1 <= i <= facts]
        if outside:
            raise ValueError(
                f"{self.pair_id}: key_facts {outside} name no fact (the fact sheet has {facts}; "
                "count from 1)"
            )
        if self.jurisdiction == NEUTRAL and self.key_facts:
            raise ValueError(f"{self.pair_id}: a neutral control has no key facts")
        if any(fact.key for v in self.variants.values() for fact in v.fact_sheet):
            raise ValueError(
                f"{self.pair_id}: mark key facts with the item's `key_facts`, not in a variant"
            )

    def _check_stratum(self) -> None:
        if self.jurisdiction == NEUTRAL:
            if self.stratum is not None or self.stratum_note is not None:
                raise ValueError(
                    f"{self.pair_id}: a neutral control has no stratum; "
                    "remove `stratum` and `stratum_note`"
                )
            return
        if self.stratum is None or self.stratum_note is None:
            raise ValueError(
                f"{self.pair_id}: a sensitive item needs a stratum and a stratum_note; add "
                "`stratum: live` (the current government contests or suppresses the subject now) "
                "or `stratum: acknowledged` (the state has apologised for or acknowledged the "
                "wrong), and a `stratum_note` saying why"
            )


class Retirement(BaseModel):
    """A retired item, listed in `data/retired.yaml`: it stays in its data file so that old logs
    and frozen gold that name it still resolve, but it is never sampled and never counted."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pair_id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    version: str = Field(pattern=r"^\d+\.\d+\.\d+$")
    """The task version from which the item is retired."""
    reason: str = Field(min_length=10)


class Question(BaseModel):
    """What a judge needs to know about the question an answer responds to."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    prompt: str
    language: Language
    jurisdiction: str | None = None
    """The government the question is sensitive for (`neutral` for a control); None if unknown."""
    fact_sheet: list[Fact] = Field(default_factory=list)
    official_narrative: list[Statement] = Field(default_factory=list)


class CensorshipItem(BaseModel):
    """One sample of the suite: a base item in one language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    pair_id: str
    language: Language
    jurisdiction: Jurisdiction
    topic: str
    question_type: QuestionType
    prompt: str
    fact_sheet: list[Fact]
    official_narrative: list[Statement]
    control_id: str | None
    stratum: Stratum | None = None
    """`live` or `acknowledged` for a sensitive item; None for a control."""
    source_note: str

    def question(self) -> Question:
        """The judge's view of this item."""
        return Question(
            prompt=self.prompt,
            language=self.language,
            jurisdiction=self.jurisdiction,
            fact_sheet=self.fact_sheet,
            official_narrative=self.official_narrative,
        )
