"""The deception suite: a hidden-role game in which several models share a table."""

from evenhand.core import GoldAgreement, Suite
from evenhand.suites.deception.deception import TASK_VERSION, deception
from evenhand.suites.deception.honesty import LABELS
from evenhand.suites.deception.judge_file import judge_records
from evenhand.suites.deception.players import PLAYER_COMPARED, PLAYER_SCORES, player_rows
from evenhand.suites.deception.schedule import schedule
from evenhand.suites.deception.scorer import SCORES, label_scores
from evenhand.suites.deception.summary import COMPARED, breakdown, headline
from evenhand.suites.deception.views import charts, detail


def counts() -> dict[str, object]:
    """Matches in the full tournament of one model, and of two, by language."""
    return {
        "themes": 4,
        "languages": ["en", "zh-Hans"],
        "matches (1 model)": len(schedule(1, rounds_per_pair=4)),
        "matches (2 models)": len(schedule(2, rounds_per_pair=4)),
    }


SUITE = Suite(
    name="deception",
    description="a hidden-role game at one table of models: willingness to deceive, skill at it, "
    "catching deceivers and honesty in talk, by role, language and opponent",
    version=TASK_VERSION,
    labels=LABELS,
    scores=SCORES + PLAYER_SCORES,
    task=deception,
    counts=counts,
    headline=headline,
    breakdown=breakdown,
    label_scores=label_scores,
    judge_records=judge_records,
    compared=COMPARED + PLAYER_COMPARED,
    judged="talk: free-text claims judged lies",
    group_fields=("language", "theme"),
    drill_fields=("saboteur_role", "loyal_role"),
    gold=(
        GoldAgreement(
            "heuristic",
            0.397,
            130,
            "tests/gold/v2/deception/b.jsonl, held out (independent gold; kappa 0.397, interval "
            "0.29 to 0.50; en 0.49, zh-Hans 0.32); tuned on split A only",
            metrics=("talk:",),
        ),
    ),
    unjudged=(
        "willingness",
        "skill",
        "survival",
        "detection",
        "claims:",
        "illegal moves",
        "rating",
    ),
    joint=True,
    players=player_rows,
    charts=charts,
    detail=detail,
)

__all__ = ["SUITE"]
