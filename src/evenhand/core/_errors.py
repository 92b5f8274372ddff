"""The exceptions evenhand raises for problems a user can fix.

The CLI prints an :class:`EvenhandError` as one line and exits with status 2; anything else is a bug
and keeps its traceback.
"""

from __future__ import annotations

__all__ = [
    "DatasetError",
    "EvenhandError",
    "JudgeError",
    "LocalModelError",
    "UnknownSuiteError",
]


class EvenhandError(Exception):
    """A problem the user can fix: the message says what is wrong and how to fix it."""


class DatasetError(EvenhandError):
    """A dataset or input file is missing or does not match its schema."""


class LocalModelError(EvenhandError):
    """A local GGUF model cannot be found, read or loaded."""


class UnknownSuiteError(EvenhandError):
    """A suite name that evenhand does not have."""


class JudgeError(EvenhandError):
    """A judge specification that cannot be used."""
