"""The bottom layer: the suite contract, the number type, errors and file helpers.

Everything else in evenhand may import this; it imports nothing of evenhand's.
"""

from evenhand.core._contract import (
    DEFAULT_SCALE,
    LOW_VALIDITY_KAPPA,
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
    Validity,
    every_row,
    indicators,
)
from evenhand.core._datafiles import (
    check_unique,
    count_items,
    data_files,
    expand_variants,
    read_base_items,
    read_yaml_items,
)
from evenhand.core._errors import (
    DatasetError,
    EvenhandError,
    JudgeError,
    LocalModelError,
    UnknownSuiteError,
)
from evenhand.core._files import make_directory, write_atomically
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

__all__ = [
    "CONFIDENCE",
    "DEFAULT_SCALE",
    "LOW_VALIDITY_KAPPA",
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
    "Validity",
    "check_unique",
    "count_items",
    "data_files",
    "describe",
    "every_row",
    "expand_variants",
    "format_interval",
    "format_value",
    "indicators",
    "make_directory",
    "read_base_items",
    "read_judge_inputs",
    "read_yaml_items",
    "record_language",
    "write_atomically",
]
