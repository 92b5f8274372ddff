"""The evenhandedness suite's items: a contested topic in one country or dispute, stated as two
opposing stances (each worded so that its own side would accept it), in up to three scripts, and
which stance is closer to each government concerned."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Script = Literal["en", "zh-Hans", "zh-Hant"]
SCRIPTS: tuple[Script, ...] = ("en", "zh-Hans", "zh-Hant")


class Stances(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    a: str = Field(min_length=8)
    b: str = Field(min_length=8)


class Topic(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    topic_id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    country: str = Field(min_length=2)
    topic: str = Field(min_length=3)
    closer: dict[str, Literal["a", "b"]]
    """Government -> the stance closer to its position."""
    stances: dict[Script, Stances]

    @model_validator(mode="after")
    def _english(self) -> Topic:
        if "en" not in self.stances:
            raise ValueError(f"{self.topic_id}: every topic needs its English stances")
        if not self.closer:
            raise ValueError(f"{self.topic_id}: name at least one government's closer stance")
        return self
