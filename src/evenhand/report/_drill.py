"""The drill-down: every model's responses to one item side by side, in every language of the pair.

Items are packed into gzip-compressed chunks that the page decodes only when an item is opened, so
a report over many samples opens quickly. The page carries a fixed budget of chunk bytes: items on
which the models' labels disagree come first, then the rest, until the budget is spent; the page
says how many items it holds and how many it left out (every sample stays in the logs and in
`evenhand export`).
"""

from __future__ import annotations

import base64
import gzip
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from evenhand.analysis._table import LogHeader, SampleReader, SampleText

DRILL_BUDGET_BYTES = 12_000_000
"""Encoded chunk bytes a report may carry; with the rest of the page it stays under 20 MB."""
CHUNK_ITEMS = 40
TEXT_CHARS = 4000
"""Longer messages are cut here, with a note; the full text is in the log."""
GROUP_KEYS = ("jurisdiction", "context", "government", "persona", "part", "kind")


@dataclass(frozen=True)
class Drill:
    index: list[dict[str, Any]]
    chunks: list[str]
    """Base64 of gzip of a JSON list of item records."""
    items_total: int


def build_drill(
    rows: list[dict[str, Any]], headers: list[LogHeader], budget: int = DRILL_BUDGET_BYTES
) -> Drill:
    """Pick items in order of disagreement, read their samples and pack them into chunks."""
    items: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        items[(row["suite"], str(row.get("pair_id") or row["sample_id"]))].append(row)
    ordered = sorted(items.items(), key=lambda kv: (-_disagreement(kv[1]), kv[0]))
    logs: dict[tuple[str, str], list[LogHeader]] = defaultdict(list)
    for header in sorted(headers, key=lambda h: h.created, reverse=True):  # newest log first
        logs[(header.model, header.suite)].append(header)
    index: list[dict[str, Any]] = []
    chunks: list[str] = []
    used = 0
    with SampleReader() as reader:
        for start in range(0, len(ordered), CHUNK_ITEMS):
            batch = ordered[start : start + CHUNK_ITEMS]
            samples = _read(reader, batch, logs)
            records = [_record(key, item_rows, samples) for key, item_rows in batch]
            encoded = base64.b64encode(
                gzip.compress(json.dumps(records, ensure_ascii=False).encode("utf-8"), mtime=0)
            ).decode("ascii")
            if chunks and used + len(encoded) > budget:
                break
            used += len(encoded)
            for position, ((suite, key), item_rows) in enumerate(batch):
                index.append(_index_entry(suite, key, item_rows, len(chunks), position))
            chunks.append(encoded)
    return Drill(index, chunks, len(items))


def _disagreement(rows: list[dict[str, Any]]) -> int:
    """How many distinct labels the models gave to the same sample, at most over the item."""
    by_sample: dict[Any, set[str]] = defaultdict(set)
    for row in rows:
        by_sample[row["sample_id"]].add(str(row.get("label") or row.get("turn_labels")))
    return max(len(labels) for labels in by_sample.values())


def _read(
    reader: SampleReader,
    batch: list[tuple[tuple[str, str], list[dict[str, Any]]]],
    logs: dict[tuple[str, str], list[LogHeader]],
) -> dict[tuple[str, str, Any], SampleText]:
    wanted: dict[tuple[str, str], set[Any]] = defaultdict(set)
    for _, item_rows in batch:
        for row in item_rows:
            wanted[(row["model"], row["suite"])].add(row["sample_id"])
    found: dict[tuple[str, str, Any], SampleText] = {}
    for (model, suite), sample_ids in wanted.items():
        for header in logs[(model, suite)]:
            missing = sorted((s for s in sample_ids if (model, suite, s) not in found), key=str)
            for sample in reader.read(header, [(s, 1) for s in missing]):
                found[(model, suite, sample.id)] = sample
    return found


def _record(
    key: tuple[str, str],
    rows: list[dict[str, Any]],
    samples: dict[tuple[str, str, Any], SampleText],
) -> dict[str, Any]:
    suite, item = key
    entries = []
    for row in sorted(
        rows, key=lambda r: (r["model"], str(r.get("language")), str(r["sample_id"]))
    ):
        sample = samples.get((row["model"], suite, row["sample_id"]))
        entries.append(
            {
                "model": row["model"],
                "sample": str(row["sample_id"]),
                "language": row.get("language"),
                "label": row.get("label"),
                "turns": row.get("turn_labels"),
                **(_sample_texts(sample) if sample else {"missing": True}),
            }
        )
    return {"suite": suite, "item": item, "entries": entries}


def _sample_texts(sample: SampleText) -> dict[str, Any]:
    messages = []
    reasoning = []
    for message in sample.messages:
        text, thought = _content(sample, message.content)
        messages.append([message.role, _cut(text)])
        if thought:
            reasoning.append(_cut(thought))
    judgements = []
    explanation = None
    for score in (sample.scores or {}).values():
        explanation = score.explanation
        for judgement in (score.metadata or {}).get("judgements") or []:
            if isinstance(judgement, dict):
                judgements.append(
                    [
                        str(judgement.get("judge")),
                        str(judgement.get("label")),
                        _cut(str(judgement.get("rationale") or "")),
                    ]
                )
    return {
        "messages": messages,
        "reasoning": reasoning,
        "judgements": judgements,
        "explanation": _cut(explanation or ""),
    }


def _content(sample: SampleText, content: str | list[dict[str, Any]]) -> tuple[str, str]:
    """Text and reasoning of a message whose content is a string or a list of parts."""
    if isinstance(content, str):
        return sample.text(content), ""
    texts, thoughts = [], []
    for part in content:
        if part.get("type") == "text":
            texts.append(sample.text(str(part.get("text", ""))))
        elif part.get("type") == "reasoning":
            thoughts.append(sample.text(str(part.get("reasoning", ""))))
        else:
            texts.append(f"[{part.get('type', 'content')}]")
    return "\n".join(texts), "\n".join(thoughts)


def _cut(text: str) -> str:
    if len(text) <= TEXT_CHARS:
        return text
    return text[:TEXT_CHARS] + f" [... {len(text) - TEXT_CHARS:,} more characters in the log]"


def _index_entry(
    suite: str, item: str, rows: list[dict[str, Any]], chunk: int, position: int
) -> dict[str, Any]:
    first = rows[0]
    groups = sorted({str(r[k]) for r in rows for k in GROUP_KEYS if r.get(k)})
    return {
        "suite": suite,
        "item": item,
        "topic": str(first.get("topic") or "")[:160],
        "groups": groups,
        "languages": sorted({str(r.get("language")) for r in rows if r.get("language")}),
        "labels": sorted({str(r.get("label")) for r in rows if r.get("label")}),
        "models": len({r["model"] for r in rows}),
        "disagreement": _disagreement(rows),
        "chunk": chunk,
        "position": position,
    }
