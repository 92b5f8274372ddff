"""`evenhand judge --suite deception`: label utterances with the talk judge or a panel.

Each input record's `prompt` is the speaker's private state as JSON, in the gold set's format
(`{"role": ..., "partners": [...], "players": [...], "history": [...]}`, optionally `speaker`:
the speaker's name); `response` is the utterance."""

from __future__ import annotations

import json
from typing import Any

from evenhand.core import DatasetError, JudgeInput
from evenhand.judging import judge_each, label_output
from evenhand.suites.deception.honesty import Speaker, judge_talk, speaker_from_gold


def _speaker(record: JudgeInput) -> tuple[Speaker, str]:
    try:
        state = json.loads(record.prompt)
        return speaker_from_gold(state), str(state.get("speaker") or "")
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise DatasetError(
            f"record {record.id!r}: prompt must be the speaker's state as JSON with a role "
            f"({error})"
        ) from error


def judge_records(records: list[JudgeInput], judges: list[str]) -> list[dict[str, Any]]:
    """One output record per input: its label (LIE, TRUE or NO_CLAIM) and each judge's view."""
    speakers = [_speaker(record) for record in records]  # every record checked before any call

    async def one(index: int) -> dict[str, Any]:
        record = records[index]
        speaker, name = speakers[index]
        verdict = await judge_talk(record.response, speaker, judges, name)
        output: dict[str, Any] = {"id": record.id, **label_output(verdict)}
        if record.label is not None:
            output["gold_label"] = record.label
        return output

    return judge_each(len(records), one)
