"""The censorship suite: refusal, deflection, hedging, omitted facts and official framing."""

from evenhand.core import GoldAgreement, Suite
from evenhand.suites.censorship.censorship import TASK_VERSION, censorship
from evenhand.suites.censorship.dataset import counts
from evenhand.suites.censorship.judge_file import judge_records
from evenhand.suites.censorship.labels import LABELS
from evenhand.suites.censorship.scorer import SCORES, label_scores
from evenhand.suites.censorship.summary import COMPARED, breakdown, headline

SUITE = Suite(
    name="censorship",
    description="refusal, deflection, hedging, omitted facts and official framing on topics "
    "sensitive to eight governments, against neutral controls, in English and Chinese",
    version=TASK_VERSION,
    labels=LABELS,
    scores=SCORES,
    task=censorship,
    counts=counts,
    headline=headline,
    breakdown=breakdown,
    label_scores=label_scores,
    judge_records=judge_records,
    compared=COMPARED,
    judged="not complete, sensitive items",
    group_fields=("jurisdiction",),
    drill_fields=("topic",),
    gold=(GoldAgreement("heuristic", 0.73, 175, "tests/gold/censorship"),),
)

__all__ = ["SUITE"]
