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

from evenhand.core import SampleDetail
from evenhand.logs import LogHeader, SampleReader, SampleText

DRILL_BUDGET_BYTES = 12_000_000
"""Encoded chunk bytes a report may carry; with the rest of the page it stays under 20 MB."""
CHUNK_ITEMS = 40
TEXT_CHARS = 4000
"""Longer messages are cut here, with a note; the full text is in the log."""
PREFETCH_SAMPLES = 3000
"""First-epoch samples per model and suite read for the drill-down: every item of every shipped
suite's full sample; beyond that, the first items in item order."""


@dataclass(frozen=True)
class Drill:
    index: list[dict[str, Any]]
    chunks: list[str]
    """Base64 of gzip of a JSON list of item records."""
    items_total: int


def item_key(row: dict[str, Any]) -> tuple[str, str]:
    """Rows of the same item: a pair's languages (and personas) share a pair id."""
    return (row["suite"], str(row.get("pair_id") or row["sample_id"]))


def read_texts(
    logs: list[LogHeader],
    rows: list[dict[str, Any]],
    limit: int = PREFETCH_SAMPLES,
    damaged: list[str] | None = None,
    detail: SampleDetail | None = None,
    scored: dict[Any, dict[str, Any]] | None = None,
) -> dict[Any, dict[str, Any]]:
    """What the drill-down shows of one model's first-epoch samples of one suite (at most `limit`,
    the first items in item order, the same for every model), by sample id. Called where the
    logs are already being read, one model and suite at a time. Samples that fail their checksum
    are left out and named in `damaged` when it is given. With the suite's `detail` view and the
    samples' full first-epoch rows (`scored`, by sample id), each sample carries its `views`."""
    first = sorted(
        (r for r in rows if r["epoch"] == 1), key=lambda r: (item_key(r), str(r["sample_id"]))
    )
    wanted = [r["sample_id"] for r in first[:limit]]
    texts: dict[Any, dict[str, Any]] = {}
    with SampleReader() as reader:
        for header in sorted(logs, key=lambda h: h.created, reverse=True):  # newest log first
            missing = [s for s in wanted if s not in texts]
            for sample in reader.read(header, [(s, 1) for s in missing]):
                texts[sample.id] = _sample_texts(sample)
                if detail is not None:
                    texts[sample.id]["views"] = _views(sample, detail, (scored or {}))
        if damaged is not None:
            damaged.extend(reader.damaged)
    return texts


def build_drill(
    rows: list[dict[str, Any]],
    texts: dict[tuple[str, str, Any], dict[str, Any]],
    budget: int = DRILL_BUDGET_BYTES,
) -> Drill:
    """Pick items in order of disagreement and pack their texts (by model, suite and sample id,
    from `read_texts`) into chunks until the budget is spent."""
    items: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        items[item_key(row)].append(row)
    shown = {
        key: item_rows
        for key, item_rows in items.items()
        if any((r["model"], r["suite"], r["sample_id"]) in texts for r in item_rows)
    }
    ordered = sorted(shown.items(), key=lambda kv: (-_disagreement(kv[1]), kv[0]))
    index: list[dict[str, Any]] = []
    chunks: list[str] = []
    used = 0
    for start in range(0, len(ordered), CHUNK_ITEMS):
        batch = ordered[start : start + CHUNK_ITEMS]
        records = [_record(key, item_rows, texts) for key, item_rows in batch]
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


def _record(
    key: tuple[str, str],
    rows: list[dict[str, Any]],
    texts: dict[tuple[str, str, Any], dict[str, Any]],
) -> dict[str, Any]:
    suite, item = key
    entries = []
    for row in sorted(
        rows, key=lambda r: (r["model"], str(r.get("language")), str(r["sample_id"]))
    ):
        text = texts.get((row["model"], suite, row["sample_id"]))
        entries.append(
            {
                "model": row["model"],
                "sample": str(row["sample_id"]),
                "language": row.get("language"),
                "label": row.get("label"),
                "turns": row.get("turn_labels"),
                **(text or {"missing": True}),
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


def _views(
    sample: SampleText, detail: SampleDetail, scored: dict[Any, dict[str, Any]]
) -> list[dict[str, Any]]:
    """The suite's own views of a sample as plain data (texts cut like every message)."""
    score = next(iter((sample.scores or {}).values()), None)
    metadata = (score.metadata if score is not None else None) or {}
    tables = detail(scored.get(sample.id) or {"sample_id": sample.id}, metadata)
    return [
        {
            "title": t.title,
            "note": t.note,
            "header": [_cut(str(h)) for h in t.header],
            "rows": [[_cut(str(cell)) for cell in row] for row in t.rows],
        }
        for t in tables
    ]


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
    groups = sorted({group for r in rows for group in r.get("groups", [])})
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
