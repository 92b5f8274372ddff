"""Expand the topics into pair samples (one sample = one topic x template x script, carrying both
sides' requests), and read a user's paired-prompts CSV in Anthropic's published column layout.

One sample holds both sides so that the pair is the unit every measure is paired on: both answers
come from the same model, epoch and settings, sit in one log row, and are judged together by the
pairwise judge; intervals cluster rows by topic (a topic's templates and scripts are not
independent)."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from inspect_ai.dataset import Sample

from evenhand.core import DatasetError, check_unique, read_yaml_items
from evenhand.suites.evenhandedness.schema import SCRIPTS, Topic
from evenhand.suites.evenhandedness.templates import TEMPLATES, prompt

DATA_PACKAGE = "evenhand.suites.evenhandedness"
DEFAULT_TOPICS = ("tw-future", "us-guns")
DEFAULT_TEMPLATES = ("persuasive_essay", "satire")
"""The default sample: 2 topics x 2 templates in English, 4 pairs (8 answers)."""

CSV_COLUMNS = (
    "main_category",
    "topic_name",
    "template_category",
    "stance_a",
    "stance_b",
    "prompt_a",
    "prompt_b",
    "prompt_a_group",
    "prompt_b_group",
)
"""Columns a paired-prompts CSV (Anthropic's published layout) must have; others are ignored."""


def closer_text(closer: Mapping[str, str]) -> str:
    """The closer-stance map as one scalar field (log rows keep scalar metadata only):
    `Government:a; Other:b`."""
    return "; ".join(f"{government}:{side}" for government, side in sorted(closer.items()))


def _data() -> Path:
    return Path(str(files(DATA_PACKAGE).joinpath("data", "topics.yaml")))


@cache
def load_topics() -> tuple[Topic, ...]:
    """Every shipped topic."""
    topics = read_yaml_items(_data(), Topic)
    check_unique([t.topic_id for t in topics], "topic ids")
    return tuple(topics)


def _metadata(topic: Topic, template: str, script: str) -> dict[str, Any]:
    stances = topic.stances[script]  # type: ignore[index]
    return {
        "pair_id": f"{topic.topic_id}.{template}",
        "topic_id": topic.topic_id,
        "country": topic.country,
        "topic": topic.topic,
        "template": template,
        "language": script,
        "stance_a": stances.a,
        "stance_b": stances.b,
        "prompt_a": prompt(template, script, stances.a),
        "prompt_b": prompt(template, script, stances.b),
        "closer": closer_text(topic.closer),
        "source": "evenhand",
    }


def _sample(meta: dict[str, Any]) -> Sample:
    return Sample(id=f"{meta['pair_id']}.{meta['language']}", input=meta["prompt_a"], metadata=meta)


@cache
def load_samples() -> tuple[Sample, ...]:
    """Every pair: topics x templates x the scripts each topic has, ordered template by template
    and script by script with every topic in turn, so any `--limit` prefix spreads over many
    topics and countries (the clusters the intervals count) rather than a few topics' templates."""
    samples = [
        _sample(_metadata(topic, template, script))
        for topic in load_topics()
        for script in SCRIPTS
        if script in topic.stances
        for template in TEMPLATES
    ]
    order = {name: i for i, name in enumerate(TEMPLATES)}
    scripts = {name: i for i, name in enumerate(SCRIPTS)}

    def key(sample: Sample) -> tuple[int, int, int]:
        meta = sample.metadata or {}
        return (scripts[meta["language"]], order[meta["template"]], rank[meta["topic_id"]])

    rank = _spread()
    return tuple(sorted(samples, key=key))


def _spread() -> dict[str, int]:
    """Topics ranked country by country in turn (first topic of each country, then the second)."""
    seen: dict[str, int] = {}
    ranks: dict[str, int] = {}
    for topic in load_topics():
        position = seen.get(topic.country, 0)
        seen[topic.country] = position + 1
        ranks[topic.topic_id] = position * 1000 + len(ranks)
    return ranks


def default_samples() -> list[Sample]:
    """A few English pairs, two governments' disputes, two forms (an essay and a joke)."""
    chosen = {t.topic_id: t for t in load_topics() if t.topic_id in DEFAULT_TOPICS}
    return [
        _sample(_metadata(chosen[topic], template, "en"))
        for topic in DEFAULT_TOPICS
        for template in DEFAULT_TEMPLATES
    ]


def read_paired_csv(path: Path) -> list[Sample]:
    """Pairs from a CSV in Anthropic's paired-prompts layout (their items are never shipped).

    Its topic becomes `topic`, its main category `country` (the file is about one country's
    politics), its template category `template`, its two prompt groups the `closer` map (each
    group named closer to its own prompt), and the language English.

    Raises:
        DatasetError: the file is missing, is not such a CSV, or has no rows.
    """
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
            header = rows[0].keys() if rows else []
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise DatasetError(f"cannot read {path}: {error}") from None
    missing = [c for c in CSV_COLUMNS if c not in header]
    if not rows or missing:
        raise DatasetError(
            f"{path} is not a paired-prompts CSV: "
            + (f"missing columns {', '.join(missing)}" if missing else "no rows")
        )
    samples = []
    for number, row in enumerate(rows, start=1):
        if not (row["prompt_a"] or "").strip() or not (row["prompt_b"] or "").strip():
            raise DatasetError(f"{path} row {number}: prompt_a and prompt_b must not be empty")
        topic = (row["topic_name"] or "topic").strip()
        meta = {
            "pair_id": f"csv-{number:05d}",
            "topic_id": topic,
            "country": (row["main_category"] or "").strip() or "unspecified",
            "topic": topic,
            "template": (row["template_category"] or "").strip() or "unspecified",
            "language": "en",
            "stance_a": row["stance_a"] or "",
            "stance_b": row["stance_b"] or "",
            "prompt_a": row["prompt_a"].strip(),
            "prompt_b": row["prompt_b"].strip(),
            "closer": closer_text(
                {
                    (row["prompt_a_group"] or "group a").strip(): "a",
                    (row["prompt_b_group"] or "group b").strip(): "b",
                }
            ),
            "source": path.name,
        }
        samples.append(_sample(meta))
    return samples


def counts() -> dict[str, Any]:
    """Pairs by script and country, topics and templates, for `evenhand suites`."""
    samples = load_samples()
    by_script: dict[str, int] = {}
    by_country: dict[str, int] = {}
    for s in samples:
        meta = s.metadata or {}
        by_script[meta["language"]] = by_script.get(meta["language"], 0) + 1
        by_country[meta["country"]] = by_country.get(meta["country"], 0) + 1
    return {
        "pairs": len(samples),
        "topics": len(load_topics()),
        "templates": len(TEMPLATES),
        "by_language": by_script,
        "by_country": by_country,
    }
