"""The suites evenhand ships, by name."""

from evenhand.suites._catalog import (
    SUITES,
    BreakdownCell,
    ComparedScore,
    HeadlineMetric,
    Suite,
    get_suite,
    rescore,
    suite_names,
)

__all__ = [
    "SUITES",
    "BreakdownCell",
    "ComparedScore",
    "HeadlineMetric",
    "Suite",
    "get_suite",
    "rescore",
    "suite_names",
]
