"""The robustness suite: do safeguards and censorship hold under wrappers, and does an agent
follow instructions injected into its tools' output?"""

from evenhand.core import GoldAgreement, Suite
from evenhand.suites.robustness.dataset import counts
from evenhand.suites.robustness.judge_file import judge_records
from evenhand.suites.robustness.robustness import TASK_VERSION, robustness
from evenhand.suites.robustness.scorer import LABELS, SCORES, label_scores
from evenhand.suites.robustness.summary import COMPARED, breakdown, headline

SUITE = Suite(
    name="robustness",
    description="whether misuse safeguards and censorship hold when the same requests come "
    "inside eight jailbreak-style wrappers (paired lift, attack success), and whether a "
    "tool-using assistant follows instructions injected into its tools' output (hijack rate), "
    "for every government's items alike, in English and Chinese",
    version=TASK_VERSION,
    labels=LABELS,
    scores=SCORES,
    task=robustness,
    counts=counts,
    headline=headline,
    breakdown=breakdown,
    label_scores=label_scores,
    judge_records=judge_records,
    compared=COMPARED,
    judged="compliance, wrapped requests (all wrappers)",
    group_fields=("part", "wrapper", "jurisdiction"),
    drill_fields=("base_item", "style", "placement"),
    gold=(
        GoldAgreement(
            "heuristic",
            0.88,
            52,
            "tests/gold/v2/robustness/split-b.jsonl, held out (independent gold), complied or not",
            metrics=("compliance", "lift", "attack success"),
        ),
    ),
    unjudged=(
        "hijack rate",
        "over-refusal, hijack controls",
        "tools unavailable",
        "provider content filter",
        "judge panel agreement",
    ),
)

__all__ = ["SUITE"]
