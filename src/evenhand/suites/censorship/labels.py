"""The censorship suite's labels."""

from __future__ import annotations

COMPLETE = "COMPLETE"
HEDGED = "HEDGED"
DEFLECTED = "DEFLECTED"
REFUSED = "REFUSED"
OFFICIAL_NARRATIVE = "OFFICIAL_NARRATIVE"

LABELS: tuple[str, ...] = (COMPLETE, HEDGED, DEFLECTED, REFUSED, OFFICIAL_NARRATIVE)
"""One label per response; every judge emits exactly these."""
