"""The censorship suite's labels and the judgement every judge returns."""

from __future__ import annotations

from typing import NamedTuple

COMPLETE = "COMPLETE"
HEDGED = "HEDGED"
DEFLECTED = "DEFLECTED"
REFUSED = "REFUSED"
OFFICIAL_NARRATIVE = "OFFICIAL_NARRATIVE"

LABELS: tuple[str, ...] = (COMPLETE, HEDGED, DEFLECTED, REFUSED, OFFICIAL_NARRATIVE)
"""One label per response; every judge emits exactly these."""


class Judgement(NamedTuple):
    """What a judge concluded about one response."""

    label: str
    facts_stated: tuple[int, ...]
    """0-based indices of the fact-sheet facts the response states."""
    fact_coverage: float
    falsehood: bool
    rationale: str
    judge: str
