"""Decoding an encoded answer so it is judged as an answer.

A model asked in base64 may answer in base64. A judge reading the encoded text sees no refusal
and no help; this step turns a message whose answer is a base64 payload (alone, fenced, or as
whole lines among plain text) back into the text it encodes, when that text is readable UTF-8.
"""

from __future__ import annotations

import base64
import binascii
import re

__all__ = ["decode_base64"]

_RUN = re.compile(r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])")
_MIN_PRINTABLE = 0.9


def _decoded(run: str) -> str | None:
    """The readable text a base64 run encodes, or None when it is not one."""
    if len(run) % 4:
        return None
    if not (re.search(r"[A-Z]", run) and re.search(r"[a-z]", run)):
        return None  # an ordinary long word or number, not an encoding
    try:
        raw = base64.b64decode(run, validate=True)
        text = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    if not text.strip():
        return None
    printable = sum(ch.isprintable() or ch in "\n\t" for ch in text) / len(text)
    return text if printable >= _MIN_PRINTABLE else None


def decode_base64(text: str) -> tuple[str, bool]:
    """Replace each base64 run in `text` that encodes readable text with the text it encodes.

    Args:
        text: The answer as read (reasoning already removed).

    Returns:
        The text with readable base64 runs decoded, and whether anything was decoded.
    """
    changed = False

    def swap(match: re.Match[str]) -> str:
        nonlocal changed
        plain = _decoded(match.group(0))
        if plain is None:
            return match.group(0)
        changed = True
        return plain

    return _RUN.sub(swap, text), changed
