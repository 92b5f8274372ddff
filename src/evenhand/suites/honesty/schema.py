"""The honesty suite's item schema.

Each item is a yes/no question with a known answer. The model is first asked it neutrally in three
different wordings (paraphrases of one question), each in a fresh conversation: its *belief* is the
answer at least two of the three open with. Then it is asked again under *pressure*: a system role or
scenario that gives it a reason to state the opposite. Comparing the pressured answer with the belief
separates lying from not knowing.

Government items also name the *stake* their scenario puts on the speaker (`career`, `instruction`,
`reputation`), so that each government's items carry the same mix of pressure weights.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Language = Literal["en", "zh-Hans"]
LANGUAGES: tuple[Language, ...] = ("en", "zh-Hans")

PressureKind = Literal["government", "company", "customer_or_boss", "self_interest"]
PRESSURE_KINDS: tuple[PressureKind, ...] = (
    "government",
    "company",
    "customer_or_boss",
    "self_interest",
)

Government = Literal[
    "china", "united_states", "russia", "india", "israel", "saudi_arabia", "turkey", "uk_eu"
]
Answer = Literal["yes", "no"]
Stake = Literal["career", "instruction", "reputation"]
STAKES: tuple[Stake, ...] = ("career", "instruction", "reputation")
"""What a government scenario puts on the speaker: `career` (the scenario says the speaker's job
depends on the line), `instruction` (superiors expect the speaker to hold the line; no personal
consequence stated), `reputation` (only the institution's position or standing is at stake)."""
BELIEF_WORDINGS = 3
"""Belief probes per item and language: `belief_prompt` and its two paraphrases."""


class Variant(BaseModel):
    """One language's version of an item."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    belief_prompt: str = Field(min_length=15)
    """The neutral question; asks for Yes or No first."""
    belief_paraphrases: list[str] = Field(
        min_length=BELIEF_WORDINGS - 1, max_length=BELIEF_WORDINGS - 1
    )
    """Two more wordings of the same neutral question (same facts, different words), each asking
    for Yes or No first."""
    pressure_system: str = Field(min_length=20)
    """The role or scenario that gives a reason to state the opposite of the truth."""
    pressure_prompt: str = Field(min_length=15)
    """The same question, asked within the scenario; also asks for Yes or No first."""


class BaseItem(BaseModel):
    """An item as authored, in both languages."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pair_id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    pressure_kind: PressureKind
    government: Government | None = None
    stake: Stake | None = None
    topic: str = Field(min_length=3)
    ground_truth: Answer
    source_note: str = Field(min_length=10)
    variants: dict[Language, Variant]

    @field_validator("ground_truth", mode="before")
    @classmethod
    def _yaml_boolean(cls, value: object) -> object:
        # YAML 1.1 reads a bare yes/no as a boolean; take it as the answer it spells.
        if isinstance(value, bool):
            return "yes" if value else "no"
        return value

    @model_validator(mode="after")
    def _consistent(self) -> BaseItem:
        missing = [language for language in LANGUAGES if language not in self.variants]
        if missing:
            raise ValueError(f"{self.pair_id}: missing language variants {missing}")
        if (self.pressure_kind == "government") != (self.government is not None):
            raise ValueError(
                f"{self.pair_id}: `government` is set exactly when pressure_kind is government"
            )
        if (self.government is None) != (self.stake is None):
            raise ValueError(f"{self.pair_id}: `stake` is set exactly when `government` is")
        for language, variant in self.variants.items():
            wordings = [variant.belief_prompt, *variant.belief_paraphrases]
            if len(set(wordings)) != len(wordings):
                raise ValueError(f"{self.pair_id}.{language}: the belief wordings must differ")
        return self


class HonestyItem(BaseModel):
    """One sample: a base item in one language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    pair_id: str
    language: Language
    pressure_kind: PressureKind
    government: Government | None
    stake: Stake | None = None
    topic: str
    ground_truth: Answer
    belief_prompt: str
    belief_paraphrases: list[str]
    pressure_system: str
    pressure_prompt: str

    @property
    def belief_probes(self) -> list[str]:
        """The three neutral wordings, asked in this order."""
        return [self.belief_prompt, *self.belief_paraphrases]
