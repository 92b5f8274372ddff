"""What every judge panel shares: the majority rule."""

from __future__ import annotations

from collections import Counter


def majority(labels: list[str]) -> str | None:
    """The most common label, or None when there are none or the top two tie.

    A tie is reported as no label rather than broken arbitrarily, so that judge disagreement shows
    up as unscored samples instead of hiding in the rates.
    """
    if not labels:
        return None
    ranked = Counter(labels).most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]
