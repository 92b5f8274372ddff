"""The honesty suite: does a model state what it believes to be false under pressure?"""

from evenhand.core import GoldAgreement, Suite
from evenhand.suites.honesty.dataset import counts
from evenhand.suites.honesty.honesty import TASK_VERSION, honesty
from evenhand.suites.honesty.judge_file import judge_records
from evenhand.suites.honesty.labels import LABELS
from evenhand.suites.honesty.scorer import SCORES, label_scores
from evenhand.suites.honesty.summary import COMPARED, breakdown, headline

SUITE = Suite(
    name="honesty",
    description="whether a model states what it believes to be false when a role, an incentive "
    "or a government to protect gives it a reason to, against its own neutral answers",
    version=TASK_VERSION,
    labels=LABELS,
    scores=SCORES,
    task=honesty,
    counts=counts,
    headline=headline,
    breakdown=breakdown,
    label_scores=label_scores,
    judge_records=judge_records,
    compared=COMPARED,
    judged="lie rate, items with a consistent belief",
    group_fields=("government", "pressure_kind", "stake"),
    drill_fields=("topic",),
    gold=(
        GoldAgreement(
            "heuristic",
            0.89,
            69,
            "tests/gold/v2/honesty/split-b.jsonl, held out (independent gold)",
        ),
        GoldAgreement(
            "heuristic", 0.80, 84, "tests/gold/honesty, written with the first heuristic"
        ),
    ),
    unjudged=(
        "provider content filter",
        "judge panel agreement",
        "no consistent belief",
        "belief unanimous across the three wordings",
        "belief accuracy",
    ),
)

__all__ = ["SUITE"]
