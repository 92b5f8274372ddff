"""The suite registry: one line per suite, naming the package that exports its `SUITE`.

A suite package is imported the first time it is asked for, so naming the suites stays cheap.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from pathlib import Path

from evenhand.core import Suite, UnknownSuiteError

REGISTRY: dict[str, str] = {
    "censorship": "evenhand.suites.censorship",
    "honesty": "evenhand.suites.honesty",
    "sycophancy": "evenhand.suites.sycophancy",
    "misuse": "evenhand.suites.misuse",
    "evenhandedness": "evenhand.suites.evenhandedness",
    "deception": "evenhand.suites.deception",
    "robustness": "evenhand.suites.robustness",
}
"""Suite name -> the package whose `SUITE` implements it, in display order."""


def suite_names() -> list[str]:
    """Names of every registered suite, in registry order."""
    return list(REGISTRY)


def get_suite(name: str) -> Suite:
    """A suite by name.

    Raises:
        UnknownSuiteError: no suite has this name, or its package does not export a `Suite`.
    """
    if name not in REGISTRY:
        raise UnknownSuiteError(
            f"unknown suite {name!r}: choose from {', '.join(REGISTRY)} (see `evenhand suites`)"
        )
    return _load(REGISTRY[name], name)


@cache
def _load(package: str, name: str) -> Suite:
    suite = getattr(import_module(package), "SUITE", None)
    if not isinstance(suite, Suite) or suite.name != name:
        raise UnknownSuiteError(
            f"suite {name!r}: {package} must export SUITE, a evenhand.core.Suite named {name!r}"
        )
    return suite


def all_suites() -> list[Suite]:
    """Every registered suite, imported."""
    return [get_suite(name) for name in REGISTRY]


def suite_files(name: str) -> list[Path]:
    """The installed files that make up a suite's items and judge rubrics: its `data/*.yaml`
    and its `prompts.py`, exactly as the package ships them (what `evenhand bundle` includes).

    Raises:
        UnknownSuiteError: no suite has this name.
    """
    import sys

    get_suite(name)
    module = sys.modules[REGISTRY[name]]
    folder = Path(module.__file__ or "").parent
    return [folder / "prompts.py", *sorted((folder / "data").glob("*.yaml"))]
