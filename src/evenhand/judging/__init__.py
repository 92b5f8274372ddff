"""The judging core every suite uses: the judgement and verdict types, the concurrent panel, the
LLM-judge reply parser, text matching, refusal phrases, and what scorers share."""

from evenhand.judging._answer import Answer, answer_language, read_answer
from evenhand.judging._fulfilment import Fulfilment, cues_in, fulfilment
from evenhand.judging._llm import (
    JUDGE_MAX_TOKENS,
    Judgement,
    LabelReply,
    fenced,
    json_object,
    label_judge_config,
    parse_label_reply,
)
from evenhand.judging._matching import (
    contains_any,
    contains_term,
    first_match,
    first_position,
    normalise,
    statement_found,
    statement_position,
    term_pattern,
)
from evenhand.judging._metrics import (
    by_context,
    by_government,
    by_jurisdiction,
    by_language,
    by_persona,
    by_pressure_kind,
    by_request_shape,
)
from evenhand.judging._official import (
    OfficialVoice,
    attributed,
    negated_before,
    official_voice,
)
from evenhand.judging._panel import (
    GRADER_ROLE,
    HEURISTIC,
    NO_VERDICT,
    ModelJudge,
    Verdict,
    judge_model,
    majority,
    run_panel,
)
from evenhand.judging._phrases import REFUSAL_PHRASES
from evenhand.judging._records import judge_each, label_output, reads_answers, write_jsonl
from evenhand.judging._scoring import (
    DEGENERATE,
    NAN,
    PROVIDER_FILTERED,
    UNSCORED,
    answer_of,
    declared_metrics,
    unless_filtered,
)
from evenhand.judging._statement import Statement
from evenhand.judging._validation import JudgeValidation, validate

__all__ = [
    "DEGENERATE",
    "GRADER_ROLE",
    "HEURISTIC",
    "JUDGE_MAX_TOKENS",
    "NAN",
    "NO_VERDICT",
    "PROVIDER_FILTERED",
    "REFUSAL_PHRASES",
    "UNSCORED",
    "Answer",
    "Fulfilment",
    "JudgeValidation",
    "Judgement",
    "LabelReply",
    "ModelJudge",
    "OfficialVoice",
    "Statement",
    "Verdict",
    "answer_language",
    "answer_of",
    "attributed",
    "by_context",
    "by_government",
    "by_jurisdiction",
    "by_language",
    "by_persona",
    "by_pressure_kind",
    "by_request_shape",
    "contains_any",
    "contains_term",
    "cues_in",
    "declared_metrics",
    "fenced",
    "first_match",
    "first_position",
    "fulfilment",
    "json_object",
    "judge_each",
    "judge_model",
    "label_judge_config",
    "label_output",
    "majority",
    "negated_before",
    "normalise",
    "official_voice",
    "parse_label_reply",
    "read_answer",
    "reads_answers",
    "run_panel",
    "statement_found",
    "statement_position",
    "term_pattern",
    "unless_filtered",
    "validate",
    "write_jsonl",
]
