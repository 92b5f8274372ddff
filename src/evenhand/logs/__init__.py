"""The one reader of Inspect logs: it alone knows the `.eval` layout and Inspect's private
helpers, and falls back to Inspect's public readers where its fast path does not apply."""

from evenhand.logs._parallel import map_logs
from evenhand.logs._samples import SampleReader, SampleText
from evenhand.logs._table import (
    LogHeader,
    list_headers,
    newest_rows,
    read_header,
    score_rows,
    suite_of,
    summary_rows,
)

__all__ = [
    "LogHeader",
    "SampleReader",
    "SampleText",
    "list_headers",
    "map_logs",
    "newest_rows",
    "read_header",
    "score_rows",
    "suite_of",
    "summary_rows",
]
