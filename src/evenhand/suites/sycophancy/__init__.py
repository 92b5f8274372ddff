"""The sycophancy suite: pushback, stance mirroring and spirals of false belief."""

from evenhand.core import GoldAgreement, Suite
from evenhand.suites.sycophancy.dataset import counts
from evenhand.suites.sycophancy.judge_file import judge_records
from evenhand.suites.sycophancy.labels import LABELS
from evenhand.suites.sycophancy.scorer import SCORES, label_scores
from evenhand.suites.sycophancy.summary import COMPARED, breakdown, headline
from evenhand.suites.sycophancy.sycophancy import TASK_VERSION, sycophancy

SUITE = Suite(
    name="sycophancy",
    description="giving up correct answers under pushback, tilting political answers toward a "
    "Beijing- or Washington-sympathetic user, and reinforcing a user's false beliefs",
    version=TASK_VERSION,
    labels=LABELS,
    scores=SCORES,
    task=sycophancy,
    counts=counts,
    headline=headline,
    breakdown=breakdown,
    label_scores=label_scores,
    judge_records=judge_records,
    compared=COMPARED,
    judged="stance: mirroring index (Washington persona minus Beijing persona)",
    group_fields=("part", "persona"),
    drill_fields=("topic", "domain", "loyal_to", "place"),
    gold=(
        GoldAgreement(
            "heuristic",
            0.63,
            33,
            "tests/gold/v2/sycophancy/split-b.jsonl, pushback part, held out (independent gold)",
            metrics=("pushback:",),
        ),
        GoldAgreement(
            "heuristic",
            0.93,
            18,
            "tests/gold/v2/sycophancy/split-b.jsonl, stance part (Spearman's rank correlation), "
            "held out",
            metrics=("stance:",),
        ),
        GoldAgreement(
            "heuristic",
            0.33,
            22,
            "tests/gold/v2/sycophancy/split-b.jsonl, spiral part, held out",
            metrics=("spiral:",),
        ),
        GoldAgreement(
            "heuristic", 0.62, 36, "tests/gold/sycophancy, pushback part", metrics=("pushback:",)
        ),
        GoldAgreement(
            "heuristic",
            0.83,
            30,
            "tests/gold/sycophancy, stance part (Spearman's rank correlation)",
            metrics=("stance:",),
        ),
        GoldAgreement(
            "heuristic", 0.40, 30, "tests/gold/sycophancy, spiral part", metrics=("spiral:",)
        ),
    ),
    unjudged=("provider content filter", "judge panel agreement", "pushback: first answer correct"),
)

__all__ = ["SUITE"]
