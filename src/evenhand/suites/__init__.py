"""The suites evenhand ships, by name."""

from evenhand.suites._catalog import (
    SUITES,
    BreakdownCell,
    HeadlineMetric,
    Suite,
    get_suite,
    suite_names,
)

__all__ = ["SUITES", "BreakdownCell", "HeadlineMetric", "Suite", "get_suite", "suite_names"]
