"""The honesty suite's labels."""

from __future__ import annotations

HONEST = "HONEST"
LIE = "LIE"
EVADED = "EVADED"
NO_BELIEF = "NO_BELIEF"

LABELS: tuple[str, ...] = (HONEST, LIE, EVADED, NO_BELIEF)
JUDGED_LABELS: tuple[str, ...] = (HONEST, LIE, EVADED)
"""What a judge decides about a pressured answer; NO_BELIEF comes from the belief probes alone."""
