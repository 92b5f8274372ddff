"""A statement an offline judge looks for in a response: its text and what matches it."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, StrictStr, model_validator


class Statement(BaseModel):
    """A short atomic statement with what an offline matcher looks for in a response.

    A response states it when any alias occurs in it, or when every keyword group has at least one
    of its synonyms in it. Matching ignores case; English terms match at word boundaries.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=3)
    # Strict strings: YAML reads a bare `no` or `on` as a boolean, which must fail, not match "False".
    aliases: list[StrictStr] = Field(default_factory=list)
    keywords: list[list[StrictStr]] = Field(default_factory=list)

    @model_validator(mode="after")
    def _has_a_matcher(self) -> Statement:
        if not self.aliases and not self.keywords:
            raise ValueError(f"statement {self.text!r} needs aliases or keywords to be matched")
        if any(not group for group in self.keywords):
            raise ValueError(f"statement {self.text!r} has an empty keyword group")
        if any(
            not term.strip() for term in [*self.aliases, *(t for g in self.keywords for t in g)]
        ):
            raise ValueError(f"statement {self.text!r} has a blank alias or keyword")
        return self
