"""Task-argument helpers shared by the suites."""

from __future__ import annotations


def as_list(value: str | list[str] | None) -> list[str] | None:
    """A list from a list, or from a comma-separated string as `-T name=a,b` passes it."""
    if value is None:
        return None
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return list(value)
