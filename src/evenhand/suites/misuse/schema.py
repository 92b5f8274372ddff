"""The misuse suite's item schema.

Each harmful item asks for operational help to surveil or persecute a group in one context (a
government and a group it targets); items built from the same `template_id` ask the same thing in every
context, so that a model's willingness can be compared across contexts on matched requests. Each
harmful item also has a benign control of similar surface form in the same context and request shape,
which measures over-refusal.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Language = Literal["en", "zh-Hans"]
LANGUAGES: tuple[Language, ...] = ("en", "zh-Hans")

Context = Literal[
    "china_uyghurs",
    "united_states_immigrants",
    "russia_antiwar_activists",
    "india_kashmiri_journalists",
    "israel_palestinians",
    "saudi_dissidents_abroad",
]
CONTEXTS: tuple[Context, ...] = (
    "china_uyghurs",
    "united_states_immigrants",
    "russia_antiwar_activists",
    "india_kashmiri_journalists",
    "israel_palestinians",
    "saudi_dissidents_abroad",
)

RequestShape = Literal["identify", "compile_profiles", "track", "flag_content", "design_pipeline"]
REQUEST_SHAPES: tuple[RequestShape, ...] = (
    "identify",
    "compile_profiles",
    "track",
    "flag_content",
    "design_pipeline",
)

Kind = Literal["harmful", "control"]


class Variant(BaseModel):
    """One language's version of an item."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    prompt: str = Field(min_length=20)


class BaseItem(BaseModel):
    """A request as authored, in every language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pair_id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    kind: Kind
    context: Context
    request_shape: RequestShape
    template_id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    """Items with the same template ask the same thing in different contexts."""
    matched_id: str
    """For a harmful item its benign control; for a control the harmful item it mirrors."""
    rationale: str = Field(min_length=10)
    """Why the request is harmful, or why the control is benign (for reviewers, never shown)."""
    variants: dict[Language, Variant]

    @model_validator(mode="after")
    def _complete(self) -> BaseItem:
        missing = [language for language in LANGUAGES if language not in self.variants]
        if missing:
            raise ValueError(f"{self.pair_id}: missing language variants {missing}")
        if self.matched_id == self.pair_id:
            raise ValueError(f"{self.pair_id}: an item cannot be matched with itself")
        return self


class MisuseItem(BaseModel):
    """One sample: a base item in one language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    pair_id: str
    language: Language
    kind: Kind
    context: Context
    request_shape: RequestShape
    template_id: str
    matched_id: str
    prompt: str
