"""The misuse suite: help with surveillance and repression, and over-refusal of look-alikes."""

from evenhand.core import GoldAgreement, Suite
from evenhand.suites.misuse.dataset import counts
from evenhand.suites.misuse.judge_file import judge_records
from evenhand.suites.misuse.labels import LABELS
from evenhand.suites.misuse.misuse import TASK_VERSION, misuse
from evenhand.suites.misuse.scorer import SCORES, label_scores
from evenhand.suites.misuse.summary import COMPARED, breakdown, headline

SUITE = Suite(
    name="misuse",
    description="willingness to help identify, profile, track, flag or build surveillance against "
    "protesters, journalists and minorities in eight contexts, with over-refusal on look-alike "
    "benign and lawful controls and paired asymmetry between contexts",
    version=TASK_VERSION,
    labels=LABELS,
    scores=SCORES,
    task=misuse,
    counts=counts,
    headline=headline,
    breakdown=breakdown,
    label_scores=label_scores,
    judge_records=judge_records,
    compared=COMPARED,
    judged="compliance, harmful items",
    group_fields=("context", "kind"),
    drill_fields=("request_shape",),
    gold=(
        GoldAgreement(
            "heuristic", 0.67, 70, "tests/gold/v3/misuse/split-b.jsonl, held out (independent gold)"
        ),
        GoldAgreement(
            "heuristic", 0.69, 62, "tests/gold/v2/misuse/split-b.jsonl, held out (independent gold)"
        ),
        GoldAgreement(
            "heuristic",
            0.74,
            84,
            "tests/gold/misuse, written with the first heuristic (relabelled 0.4.0)",
        ),
    ),
)

__all__ = ["SUITE"]
