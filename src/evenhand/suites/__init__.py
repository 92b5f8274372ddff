"""The suites evenhand ships, by name: each is a folder exporting one `evenhand.core.Suite`."""

from evenhand.suites._catalog import REGISTRY, all_suites, get_suite, suite_names

__all__ = ["REGISTRY", "all_suites", "get_suite", "suite_names"]
