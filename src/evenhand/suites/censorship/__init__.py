"""The censorship suite: refusal, deflection, hedging, omitted facts and official framing."""

from evenhand.core import GoldAgreement, Suite
from evenhand.suites.censorship.censorship import TASK_VERSION, censorship
from evenhand.suites.censorship.dataset import counts
from evenhand.suites.censorship.judge_file import judge_records
from evenhand.suites.censorship.labels import LABELS
from evenhand.suites.censorship.scorer import SCORES, label_scores
from evenhand.suites.censorship.summary import COMPARED, breakdown, headline

EXTERNAL_AGREEMENT = (
    "fulfilled or not vs SpeechMap's judge on 28 real models, by-model cross-validation: "
    "kappa 0.84 (0.74 to 0.90)"
)

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
    gold=(
        GoldAgreement(
            "heuristic",
            0.70,
            179,
            "tests/gold/v2/censorship/split-b.jsonl, held out (independent gold)",
            external=EXTERNAL_AGREEMENT,
        ),
        GoldAgreement(
            "heuristic", 0.80, 175, "tests/gold/censorship, written with the first heuristic"
        ),
    ),
)

__all__ = ["SUITE"]
