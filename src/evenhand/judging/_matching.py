"""Offline matching of short statements (facts, framings) against free text, English and Chinese.

A statement is found when any of its aliases occurs, or when every keyword group has at least one of
its synonyms. Matching ignores case and width; terms with Latin letters or digits match at word
boundaries so that "war" does not match "award"; Chinese terms match as substrings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

_WORDLIKE = re.compile(r"[a-z0-9]", re.IGNORECASE)
_PARTICLE = "[了的地得着過过]?"
"""Particles Chinese inserts inside a phrase without changing what it says."""
_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)


def normalise(text: str) -> str:
    """Fold width, case, curly quotes, dashes and runs of whitespace."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(folded.split())


@lru_cache(maxsize=65536)
def term_pattern(term: str) -> re.Pattern[str]:
    """The compiled pattern that finds `term` in normalised text."""
    needle = re.escape(normalise(term))
    if _WORDLIKE.search(term):
        # Latin words match whole words; a trailing Latin letter may not run on ("war" vs "ward").
        return re.compile(rf"(?<![a-z0-9]){needle}(?![a-z0-9])")
    # Chinese: a particle may sit between two characters of a term ("平息了动乱" for "平息动乱").
    chars = [re.escape(c) for c in normalise(term)]
    return re.compile(_PARTICLE.join(chars)) if len(chars) > 1 else re.compile(needle)


_WORD_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
"""What may not touch a Latin term's ends (the class `term_pattern` excludes around it)."""


@lru_cache(maxsize=65536)
def _needle(term: str) -> tuple[str, bool]:
    """A term normalised, and whether it is matched as whole words."""
    return normalise(term), _WORDLIKE.search(term) is not None


def contains_term(normalised_text: str, term: str) -> bool:
    """Whether `term` occurs in text already passed through :func:`normalise`.

    The same answer as searching with :func:`term_pattern`, without compiling a pattern for every
    term a judge looks for (most terms of most items are absent): a Latin term is found by plain
    search with its ends checked; a Chinese term by plain search, then, only when every one of
    its characters occurs, by the pattern that lets particles sit inside it.
    """
    needle, wordlike = _needle(term)
    if wordlike:
        start = normalised_text.find(needle)
        while start != -1:
            end = start + len(needle)
            if (start == 0 or normalised_text[start - 1] not in _WORD_CHARACTERS) and (
                end == len(normalised_text) or normalised_text[end] not in _WORD_CHARACTERS
            ):
                return True
            start = normalised_text.find(needle, start + 1)
        return False
    if needle in normalised_text:
        return True
    if len(needle) < 2 or any(character not in normalised_text for character in needle):
        return False
    return term_pattern(term).search(normalised_text) is not None


def contains_any(normalised_text: str, terms: Iterable[str]) -> bool:
    """Whether any of `terms` occurs in normalised text."""
    return any(contains_term(normalised_text, term) for term in terms)


def statement_found(
    normalised_text: str, aliases: Sequence[str], keywords: Sequence[Sequence[str]]
) -> bool:
    """Whether a statement with these aliases and keyword groups is present in normalised text."""
    if contains_any(normalised_text, aliases):
        return True
    return bool(keywords) and all(contains_any(normalised_text, group) for group in keywords)


def first_match(normalised_text: str, terms: Iterable[str]) -> re.Match[str] | None:
    """The earliest occurrence of any of `terms` in normalised text (the longest at a tie)."""
    matches = [m for term in terms if (m := term_pattern(term).search(normalised_text))]
    return min(matches, key=lambda m: (m.start(), -m.end()), default=None)


def first_position(normalised_text: str, terms: Iterable[str]) -> int | None:
    """Where the earliest of `terms` starts in normalised text, or None if none occurs."""
    match = first_match(normalised_text, terms)
    return None if match is None else match.start()


def statement_position(
    normalised_text: str, aliases: Sequence[str], keywords: Sequence[Sequence[str]]
) -> int | None:
    """Where a found statement starts (its earliest alias or keyword), or None if it is absent."""
    if not statement_found(normalised_text, aliases, keywords):
        return None
    terms = [*aliases, *(term for group in keywords for term in group)]
    return first_position(normalised_text, terms)
