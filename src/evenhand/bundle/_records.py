"""What a bundle claims and commits to, read from a log directory: the headline numbers of every
model on every suite, and one canonical record per sample.

The headline numbers come from the code every other command uses: the log reader's `newest_rows`
(one model's newest-version logs of one suite, a repeated sample counted once) and the suite's own
`headline`, as `evenhand run` summarises a run and the report shows it. So `verify`, which calls
this on the bundled logs, re-derives the numbers rather than trusting them.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any

from evenhand.core import EvenhandError, SuiteLookup
from evenhand.logs import LogHeader, SampleReader, SampleText, list_headers, newest_rows

CLAIM_FIELDS = ("model", "suite", "metric", "value", "low", "high", "n")


def canonical_json(value: Any) -> bytes:
    """One byte string per value: keys sorted, no spaces, UTF-8, no NaN (None instead)."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def sample_digest(record: Mapping[str, Any]) -> bytes:
    """A sample's digest: SHA-256 of its canonical record (a leaf of the Merkle tree)."""
    return hashlib.sha256(canonical_json(record)).digest()


@dataclass(frozen=True)
class Audit:
    """What the logs of a directory say: the logs counted, the claims and the sample records."""

    headers: list[LogHeader]
    claims: list[dict[str, Any]]
    """One per headline metric: model, suite, metric, value, low, high, n (NaN as None)."""
    records: list[dict[str, Any]]
    """One per sample and epoch, in Merkle leaf order: model, suite, sample_id, epoch, prompt,
    response, labels."""

    @property
    def leaves(self) -> list[bytes]:
        return [sample_digest(record) for record in self.records]


def read_audit(log_dir: Path, lookup: SuiteLookup) -> Audit:
    """Claims and sample records of every finished log of a known suite in `log_dir`.

    Raises:
        EvenhandError: no logs, unreadable logs, a suite `lookup` does not know, or a sample whose
            transcript is missing or damaged.
    """
    headers = list_headers(log_dir)
    claims: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    with SampleReader() as reader:
        for (model, suite_name), group in groupby(headers, key=lambda h: (h.model, h.suite)):
            logs = list(group)
            suite = lookup(suite_name)
            rows = newest_rows(logs)
            try:
                metrics = suite.headline(rows)
            except ValueError as error:
                raise EvenhandError(f"{suite_name} on {model}: {error}") from error
            claims.extend(
                claim(
                    model,
                    suite_name,
                    m.name,
                    m.estimate.value,
                    m.estimate.low,
                    m.estimate.high,
                    m.estimate.n,
                )
                for m in metrics
            )
            records.extend(_records(model, suite_name, logs, rows, reader))
    records.sort(key=lambda r: (r["model"], r["suite"], str(r["sample_id"]), r["epoch"]))
    return Audit(headers, claims, records)


def claim(
    model: str, suite: str, metric: str, value: float, low: float, high: float, n: int
) -> dict[str, Any]:
    """A headline number as the manifest states it."""
    return {
        "model": model,
        "suite": suite,
        "metric": metric,
        "value": _number(value),
        "low": _number(low),
        "high": _number(high),
        "n": int(n),
    }


def _number(value: float) -> float | None:
    return None if math.isnan(value) else float(value)


def _records(
    model: str,
    suite: str,
    logs: list[LogHeader],
    rows: list[dict[str, Any]],
    reader: SampleReader,
) -> list[dict[str, Any]]:
    labels: dict[tuple[Any, int], dict[str, Any]] = {}
    where: dict[tuple[Any, int], str] = {}
    for row in rows:
        key = (row["sample_id"], row["epoch"])
        labels.setdefault(key, {})[row["scorer"]] = {
            "label": row["label"],
            "judges": [[judge, label] for judge, label in row["judges"]],
        }
        where[key] = row["log"]
    texts: dict[tuple[Any, int], SampleText] = {}
    for header in logs:
        keys = [key for key, log in where.items() if log == header.name]
        texts.update(((s.id, s.epoch), s) for s in reader.read(header, keys))
    if reader.damaged:
        raise EvenhandError(f"damaged sample transcripts: {'; '.join(reader.damaged)}")
    records = []
    for key, scored in labels.items():
        sample = texts.get(key)
        if sample is None:
            raise EvenhandError(f"{where[key]}: sample {key[0]} epoch {key[1]} has no transcript")
        prompt, response = conversation(sample)
        records.append(
            {
                "model": model,
                "suite": suite,
                "sample_id": key[0],
                "epoch": key[1],
                "prompt": prompt,
                "response": response,
                "labels": scored,
            }
        )
    return records


def conversation(sample: SampleText) -> tuple[list[dict[str, Any]], list[Any]]:
    """The messages put to the model (role and content) and the model's replies, in order, with
    long texts Inspect moved into attachments put back."""
    prompt: list[dict[str, Any]] = []
    response: list[Any] = []
    for message in sample.messages:
        content = _resolve(sample, message.content)
        if message.role == "assistant":
            response.append(content)
        else:
            prompt.append({"role": message.role, "content": content})
    return prompt, response


def _resolve(sample: SampleText, content: Any) -> Any:
    if isinstance(content, str):
        return sample.text(content)
    if isinstance(content, list):
        return [_resolve(sample, part) for part in content]
    if isinstance(content, dict):
        return {key: _resolve(sample, value) for key, value in content.items()}
    return content


def claim_key(claim: Mapping[str, Any]) -> tuple[str, str, str]:
    return (str(claim["model"]), str(claim["suite"]), str(claim["metric"]))
