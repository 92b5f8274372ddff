"""The bottom layer: the suite contract, the number type, errors and file helpers.

Everything else in evenhand may import this; it imports nothing of evenhand's.
"""

from evenhand.core._contract import (
    DEFAULT_SCALE,
    BreakdownCell,
    ComparedScore,
    GoldAgreement,
    HeadlineMetric,
    LabelScores,
    MetricKind,
    Row,
    ScoreKind,
    ScoreSpec,
    Suite,
    SuiteLookup,
    TaskFactory,
    every_row,
    indicators,
)
from evenhand.core._datafiles import check_unique, read_yaml_items
from evenhand.core._errors import (
    DatasetError,
    EvenhandError,
    JudgeError,
    LocalModelError,
    UnknownSuiteError,
)
from evenhand.core._files import check_writable, make_directory, write_atomically
from evenhand.core._judge_input import JudgeInput, read_judge_inputs, record_language
from evenhand.core._numbers import (
    CONFIDENCE,
    SEED,
    Estimate,
    Scale,
    describe,
    format_interval,
    format_value,
)
from evenhand.core._redact import REDACTED, add_secrets, redact, redact_url, url_secrets

__all__ = [
    "CONFIDENCE",
    "DEFAULT_SCALE",
    "REDACTED",
    "SEED",
    "BreakdownCell",
    "ComparedScore",
    "DatasetError",
    "Estimate",
    "EvenhandError",
    "GoldAgreement",
    "HeadlineMetric",
    "JudgeError",
    "JudgeInput",
    "LabelScores",
    "LocalModelError",
    "MetricKind",
    "Row",
    "Scale",
    "ScoreKind",
    "ScoreSpec",
    "Suite",
    "SuiteLookup",
    "TaskFactory",
    "UnknownSuiteError",
    "add_secrets",
    "check_unique",
    "check_writable",
    "describe",
    "every_row",
    "format_interval",
    "format_value",
    "indicators",
    "make_directory",
    "read_judge_inputs",
    "read_yaml_items",
    "record_language",
    "redact",
    "redact_url",
    "url_secrets",
    "write_atomically",
]
