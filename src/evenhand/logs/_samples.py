"""Whole samples of a log, as the drill-down shows them: the conversation and the judges' words.

Most of a sample's bytes are its event transcript, which the report never shows: the structures
here name only the fields it reads, so msgspec skips the rest without building it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec

from evenhand.core import EvenhandError
from evenhand.logs._archive import LogArchive
from evenhand.logs._table import LogHeader, decode


class SampleMessage(msgspec.Struct):
    role: str
    content: str | list[dict[str, Any]] = ""


class SampleScore(msgspec.Struct):
    explanation: str | None = None
    metadata: dict[str, Any] | None = None


class SampleText(msgspec.Struct):
    """What the drill-down shows of a sample: its conversation and its judges' words. The rest of
    a sample (events, above all, which are most of its bytes) is skipped without being parsed."""

    id: str | int
    epoch: int
    messages: list[SampleMessage] = []
    scores: dict[str, SampleScore] | None = None
    attachments: dict[str, str] = {}

    def text(self, content: str) -> str:
        """Inspect moves long texts into the sample's attachments; put them back."""
        if content.startswith("attachment://"):
            return self.attachments.get(content.removeprefix("attachment://"), content)
        return content


_SAMPLE_TEXT = msgspec.json.Decoder(SampleText)


class SampleReader:
    """Reads chosen samples from many logs, keeping each log's archive open between calls."""

    def __init__(self) -> None:
        self._archives: dict[Path, LogArchive] = {}
        self.damaged: list[str] = []
        """`log: member` of every sample that failed its check and was skipped."""

    def __enter__(self) -> SampleReader:
        return self

    def __exit__(self, *_: object) -> None:
        for archive in self._archives.values():
            archive.close()
        self._archives.clear()

    def read(self, header: LogHeader, keys: list[tuple[Any, int]]) -> Iterator[SampleText]:
        """The samples of `header`'s log with these (id, epoch) keys; absent keys are skipped, and
        so are samples that fail their CRC-32 check (listed in `damaged`): a sample's numbers
        come from the log's summaries, which every reader checks (see `evenhand.logs`).

        Raises:
            EvenhandError: the log cannot be read.
        """
        if header.path.suffix != ".eval":
            from inspect_ai.log import read_eval_log_sample

            for sample_id, epoch in keys:
                try:
                    sample = read_eval_log_sample(str(header.path), sample_id, epoch)
                except (IndexError, KeyError, ValueError):  # not in this log
                    continue
                except Exception as error:  # Inspect raises assorted errors for damaged files
                    raise EvenhandError(f"unreadable log {header.name} ({error})") from error
                yield msgspec.convert(sample.model_dump(mode="json"), SampleText)
            return
        try:
            if header.path not in self._archives:
                self._archives[header.path] = LogArchive(header.path)
            archive = self._archives[header.path]
            for sample_id, epoch in keys:
                name = f"samples/{sample_id}_epoch_{epoch}.json"
                if name in archive:
                    try:
                        data = archive.read(name)
                    except ValueError:
                        self.damaged.append(f"{header.name}: {name}")
                        continue
                    yield decode(data, _SAMPLE_TEXT)
        except (OSError, ValueError, msgspec.ValidationError) as error:
            raise EvenhandError(f"unreadable log {header.name} ({error})") from error
