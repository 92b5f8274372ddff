"""The suites evenhand ships, by name: each is a folder exporting one `evenhand.core.Suite`, and
what a suite's `@task` shares with the others (task arguments, task construction)."""

from evenhand.suites._args import (
    KEPT_TOGETHER,
    SAMPLES,
    ItemShard,
    answer_cap,
    as_list,
    check_sample,
    chosen,
    split_items,
    suite_task,
)
from evenhand.suites._catalog import REGISTRY, all_suites, get_suite, suite_files, suite_names

__all__ = [
    "KEPT_TOGETHER",
    "REGISTRY",
    "SAMPLES",
    "ItemShard",
    "all_suites",
    "answer_cap",
    "as_list",
    "check_sample",
    "chosen",
    "get_suite",
    "split_items",
    "suite_files",
    "suite_names",
    "suite_task",
]
