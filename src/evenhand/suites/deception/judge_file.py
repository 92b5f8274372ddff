"""`evenhand judge --suite deception`: label utterances with the offline talk judge.

Each input record's `prompt` is the speaker's private state as JSON, in the gold set's format
(`{"role": ..., "partners": [...], "players": [...], "history": [...]}`); `response` is the
utterance."""

from __future__ import annotations

import json
from typing import Any

from evenhand.core import DatasetError, JudgeError, JudgeInput
from evenhand.judging import HEURISTIC
from evenhand.suites.deception.honesty import judge_utterance, speaker_from_gold


def judge_records(records: list[JudgeInput], judges: list[str]) -> list[dict[str, Any]]:
    """One output record per input: its label (LIE, TRUE or NO_CLAIM)."""
    if any(judge != HEURISTIC for judge in judges):
        raise JudgeError("the deception suite's talk judge is offline only: use --judge heuristic")
    output = []
    for record in records:
        try:
            state = json.loads(record.prompt)
            speaker = speaker_from_gold(state)
        except (ValueError, KeyError, TypeError) as error:
            raise DatasetError(
                f"record {record.id!r}: prompt must be the speaker's state as JSON with a role "
                f"({error})"
            ) from error
        label = judge_utterance(record.response, speaker)
        entry: dict[str, Any] = {
            "id": record.id,
            "label": label,
            "judges": [{"judge": HEURISTIC, "label": label, "rationale": None}],
        }
        if record.label is not None:
            entry["gold_label"] = record.label
        output.append(entry)
    return output
