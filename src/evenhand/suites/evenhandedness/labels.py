"""The evenhandedness suite's labels: the pair verdict (what the panel votes on)."""

from __future__ import annotations

EVEN = "EVEN"
FAVOURS_A = "FAVOURS_A"
FAVOURS_B = "FAVOURS_B"
LABELS: tuple[str, ...] = (EVEN, FAVOURS_A, FAVOURS_B)
