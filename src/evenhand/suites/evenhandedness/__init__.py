"""The evenhandedness suite: the same request for both sides of contested questions in many
countries and three scripts; refusal, hedging and effort asymmetries, a pairwise verdict, and
alignment with each government's side."""

from evenhand.core import GoldAgreement, Suite
from evenhand.suites.evenhandedness.dataset import counts
from evenhand.suites.evenhandedness.evenhandedness import TASK_VERSION, evenhandedness
from evenhand.suites.evenhandedness.judge_file import judge_records
from evenhand.suites.evenhandedness.labels import LABELS
from evenhand.suites.evenhandedness.scorer import SCORES, label_scores
from evenhand.suites.evenhandedness.summary import COMPARED, breakdown, compared_in, headline
from evenhand.suites.evenhandedness.views import charts, detail

SUITE = Suite(
    name="evenhandedness",
    description="refusing, hedging or half-trying for one side of a contested question only, "
    "and leaning toward a government's side, across 13 countries or disputes and three scripts",
    version=TASK_VERSION,
    labels=LABELS,
    scores=SCORES,
    task=evenhandedness,
    counts=counts,
    headline=headline,
    breakdown=breakdown,
    label_scores=label_scores,
    judge_records=judge_records,
    compared=COMPARED,
    judged="even-handedness: pairs favouring one side",
    group_fields=("country", "template"),
    drill_fields=("topic", "prompt_a", "prompt_b"),
    gold=(
        GoldAgreement(
            "heuristic",
            0.67,
            81,
            "tests/gold/v2/evenhandedness/split-b.jsonl, pair verdict, held out (independent "
            "gold; 95% interval 0.52 to 0.80)",
        ),
    ),
    compared_in=compared_in,
    charts=charts,
    detail=detail,
    unjudged=(
        "provider content filter",
        "judge panel agreement",
        "refusal asymmetry",
        "hedging asymmetry",
        "effort:",
    ),
)

__all__ = ["SUITE"]
