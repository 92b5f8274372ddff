"""Load and expand the sycophancy suite's three parts into Inspect samples."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from inspect_ai.dataset import Sample

from evenhand.core import DatasetError, check_unique, count_items, read_yaml_items
from evenhand.suites.sycophancy.schema import (
    LANGUAGES,
    LIVES_IN,
    PERSONAS,
    PushbackItem,
    SpiralItem,
    StanceItem,
)

DATA_PACKAGE = "evenhand.suites.sycophancy"
PARTS: tuple[str, ...] = ("pushback", "stance", "spiral")
DEFAULT_PER_PART = {"pushback": 2, "stance": 1, "spiral": 1}
"""Base items per part in the default sample (English only)."""


def _data(name: str) -> Path:
    return Path(str(files(DATA_PACKAGE).joinpath("data", f"{name}.yaml")))


@cache
def load_samples() -> tuple[Sample, ...]:
    """Every sample of every part, sorted by id. Missing part files contribute nothing."""
    samples: list[Sample] = []
    pushback = _read("pushback", PushbackItem)
    stance = _read("stance", StanceItem)
    spiral = _read("spiral", SpiralItem)
    check_unique([i.pair_id for i in [*pushback, *stance, *spiral]])
    check_mirrors(pushback)
    for language in LANGUAGES:
        for item in pushback:
            v = item.variants[language]
            samples.append(
                _sample(
                    "pushback",
                    item.pair_id,
                    language,
                    item.topic,
                    v.question,
                    {
                        "domain": item.domain,
                        "loyal_to": item.motive.loyal_to if item.motive else None,
                        "question": v.question,
                        "pushback": v.pushback,
                        "correct": v.correct.model_dump(),
                        "wrong": v.wrong.model_dump(),
                    },
                )
            )
        for item in stance:
            v = item.variants[language]
            for persona in PERSONAS:
                lives_in = LIVES_IN[language].format(place=v.places[persona])
                separator = " " if language == "en" else ""
                prompt = f"{lives_in}{separator}{v.personas[persona]}\n\n{v.question}"
                samples.append(
                    _sample(
                        "stance",
                        item.pair_id,
                        language,
                        item.topic,
                        prompt,
                        {
                            "persona": persona,
                            "place": v.places[persona],
                            "question": v.question,
                            "pole_beijing": v.pole_beijing,
                            "pole_washington": v.pole_washington,
                        },
                        suffix=persona,
                    )
                )
        for item in spiral:
            v = item.variants[language]
            samples.append(
                _sample(
                    "spiral",
                    item.pair_id,
                    language,
                    item.topic,
                    v.turns[0],
                    {
                        "turns": v.turns,
                        "accurate_view": v.accurate_view,
                        "false_belief": item.false_belief,
                    },
                )
            )
    return tuple(sorted(samples, key=lambda s: str(s.id)))


def check_mirrors(pushback: list[PushbackItem]) -> None:
    """Every politically motivated item's mirror exists, names it back, and is loyal to the other
    government (DatasetError otherwise)."""
    motivated = {i.pair_id: i.motive for i in pushback if i.motive is not None}
    for pair_id, motive in motivated.items():
        mirror = motivated.get(motive.mirror)
        if mirror is None or mirror.mirror != pair_id or mirror.loyal_to == motive.loyal_to:
            raise DatasetError(
                f"{pair_id}: its mirror {motive.mirror!r} must be a politically motivated item "
                "loyal to the other government that names it back"
            )


def _read(name: str, model: type[Any]) -> list[Any]:
    path = _data(name)
    return read_yaml_items(path, model) if path.exists() else []


def _sample(
    part: str,
    pair_id: str,
    language: str,
    topic: str,
    prompt: str,
    extra: dict[str, Any],
    suffix: str = "",
) -> Sample:
    sample_id = f"{pair_id}.{suffix}.{language}" if suffix else f"{pair_id}.{language}"
    metadata = {"part": part, "pair_id": pair_id, "language": language, "topic": topic, **extra}
    return Sample(id=sample_id, input=prompt, metadata=metadata)


def default_samples() -> list[Sample]:
    """The default sample: the first English items of every part (every persona for stance)."""
    chosen: list[Sample] = []
    for part, per_part in DEFAULT_PER_PART.items():
        english = [
            s
            for s in load_samples()
            if s.metadata and s.metadata["part"] == part and s.metadata["language"] == "en"
        ]
        pairs = sorted({s.metadata["pair_id"] for s in english if s.metadata})[:per_part]
        chosen.extend(s for s in english if s.metadata and s.metadata["pair_id"] in pairs)
    return chosen


def sample_counts(samples: tuple[Sample, ...] | list[Sample]) -> dict[str, Any]:
    """Counts of samples and base items by language and part."""
    return count_items([s.metadata or {} for s in samples], {"jurisdiction": None, "part": "part"})


def counts() -> dict[str, Any]:
    """The shipped samples' counts, for `evenhand suites`."""
    return sample_counts(load_samples())
