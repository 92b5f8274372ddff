"""The one reader of Inspect logs: it alone knows the `.eval` layout and Inspect's private
helpers, and falls back to Inspect's public readers where its fast path does not apply.

One rule for damaged logs, the same in every command (run, report, export, compare): a log's
header and its sample summaries hold every number, so a log whose header or summaries fail their
CRC-32 check is refused with one line and left as it is (`check_log`); a sample transcript that
fails its check is left out where transcripts are shown (the report's drill-down), with a note.
"""

from evenhand.logs._parallel import map_logs
from evenhand.logs._remote import (
    LogDir,
    filesystem,
    forwarded_storage_environment,
    make_remote_directory,
    open_log_dir,
)
from evenhand.logs._samples import SampleReader, SampleText
from evenhand.logs._scrub import scrub_log_dir
from evenhand.logs._table import (
    LogHeader,
    check_log,
    list_headers,
    newest_rows,
    read_header,
    resume_hint,
    score_rows,
    suite_of,
    summary_rows,
    unfinished,
    version_key,
)

__all__ = [
    "LogDir",
    "LogHeader",
    "SampleReader",
    "SampleText",
    "check_log",
    "filesystem",
    "forwarded_storage_environment",
    "list_headers",
    "make_remote_directory",
    "map_logs",
    "newest_rows",
    "open_log_dir",
    "read_header",
    "resume_hint",
    "score_rows",
    "scrub_log_dir",
    "suite_of",
    "summary_rows",
    "unfinished",
    "version_key",
]
