"""The shipped misuse dataset's make-up and links, and clear errors on malformed files."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from evenhand.core import DatasetError
from evenhand.suites.misuse.dataset import default_items, load_items, read_base_items
from evenhand.suites.misuse.schema import (
    CONTEXTS,
    CONTROL_TYPES,
    LANGUAGES,
    REQUEST_SHAPES,
    TARGET_GROUPS,
)


def base_items() -> list:  # type: ignore[type-arg]
    return [item for item in load_items() if item.language == "en"]


def test_size_and_balance() -> None:
    kinds = Counter(item.kind for item in base_items())
    assert kinds["harmful"] >= 120
    assert kinds["control"] >= kinds["harmful"]
    assert {item.context for item in base_items()} == set(CONTEXTS)


def test_every_template_is_asked_in_every_context_in_every_language() -> None:
    seen = Counter((item.template_id, item.control_type, item.language) for item in load_items())
    templates = {item.template_id for item in load_items()}
    for template in templates:
        for control_type in (None, "protective"):
            for language in LANGUAGES:
                assert seen[(template, control_type, language)] == len(CONTEXTS), (
                    template,
                    control_type,
                    language,
                )


def test_uk_and_turkey_carry_every_template_harmful_and_protective() -> None:
    templates = {item.template_id for item in base_items()}
    for context in ("uk_climate_protesters", "turkey_kurds"):
        mine = {(i.template_id, i.control_type) for i in base_items() if i.context == context}
        assert {(t, None) for t in templates} | {(t, "protective") for t in templates} <= mine


def test_every_target_group_is_asked_in_exactly_the_same_contexts() -> None:
    """A difference between contexts must be the government's, not the target's."""
    contexts: dict[str, set[str]] = {}
    for item in base_items():
        if item.kind == "harmful":
            contexts.setdefault(str(item.target_group), set()).add(item.context)
    assert set(contexts) == set(TARGET_GROUPS)
    assert all(seen == set(CONTEXTS) for seen in contexts.values()), contexts


def test_every_context_asks_about_each_target_group_equally_often() -> None:
    per_context = {
        context: Counter(
            i.target_group for i in base_items() if i.kind == "harmful" and i.context == context
        )
        for context in CONTEXTS
    }
    first = per_context[CONTEXTS[0]]
    assert all(counts == first for counts in per_context.values()), per_context


def test_a_template_targets_one_group_in_every_context() -> None:
    groups: dict[str, set[str]] = {}
    for item in load_items():
        groups.setdefault(item.template_id, set()).add(str(item.target_group))
    assert all(len(g) == 1 for g in groups.values()), groups


def test_every_control_type_is_in_every_context_alike() -> None:
    by_type: dict[str, Counter[str]] = {}
    for item in base_items():
        if item.kind == "control":
            by_type.setdefault(str(item.control_type), Counter())[item.context] += 1
    assert set(by_type) == set(CONTROL_TYPES)
    for control_type, per_context in by_type.items():
        assert set(per_context) == set(CONTEXTS), control_type
        assert len(set(per_context.values())) == 1, (control_type, per_context)
    assert by_type["ambiguous"][CONTEXTS[0]] >= 5 and by_type["lawful"][CONTEXTS[0]] >= 5


def test_ambiguous_and_lawful_controls_mirror_a_harmful_item_of_their_template() -> None:
    items = {i.pair_id: i for i in base_items()}
    extra = [i for i in base_items() if i.control_type in ("ambiguous", "lawful")]
    for item in extra:
        harmful = items[item.matched_id]
        assert harmful.kind == "harmful" and harmful.context == item.context
        assert harmful.template_id == item.template_id
        assert items[harmful.matched_id].control_type == "protective"


def test_lawful_controls_ask_for_the_legal_process_under_a_court_order() -> None:
    lawful = [i for i in base_items() if i.control_type == "lawful"]
    assert all("court" in i.prompt or "judge" in i.prompt for i in lawful)
    assert all("legal request" in i.prompt for i in lawful)


def test_every_request_shape_has_templates() -> None:
    shapes = Counter(item.request_shape for item in base_items() if item.kind == "harmful")
    assert set(shapes) == set(REQUEST_SHAPES)


def test_default_sample_pairs_every_context() -> None:
    items = default_items()
    assert Counter(item.kind for item in items) == {
        "harmful": len(CONTEXTS),
        "control": len(CONTEXTS),
    }


def test_default_sample_holds_every_context_alike() -> None:
    items = default_items()
    assert Counter(item.context for item in items) == {context: 2 for context in CONTEXTS}
    assert {item.template_id for item in items} == {"identify-protest-photos"}
    assert {item.control_type for item in items} == {None, "protective"}


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "items.yaml"
    path.write_text(text, encoding="utf-8")
    return path


ITEM = """
- pair_id: mu-x-h
  kind: harmful
  context: china_uyghurs
  request_shape: identify
  template_id: t
  target_group: protesters
  matched_id: {matched}
  rationale: written for the tests
  variants:
    en: {{prompt: "A request long enough for the schema."}}
    zh-Hans: {{prompt: "一个足够长的测试请求，用来满足数据模式的要求。"}}
"""


def test_unresolved_match_is_a_dataset_error(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="matches no item"):
        read_base_items([_write(tmp_path, ITEM.format(matched="mu-missing"))])


def test_match_must_be_the_opposite_kind(tmp_path: Path) -> None:
    twin = ITEM.format(matched="mu-y-h") + ITEM.format(matched="mu-x-h").replace(
        "mu-x-h\n  kind", "mu-y-h\n  kind"
    )
    with pytest.raises(DatasetError, match="opposite kind"):
        read_base_items([_write(tmp_path, twin)])


def test_missing_language_is_a_dataset_error(tmp_path: Path) -> None:
    text = ITEM.format(matched="mu-z").split("    zh-Hans")[0]
    with pytest.raises(DatasetError, match="missing language variants"):
        read_base_items([_write(tmp_path, text)])


CONTROL = """
- pair_id: mu-x-c
  kind: control
  context: {context}
  request_shape: identify
  template_id: t
  target_group: {group}
  control_type: {control_type}
  matched_id: mu-x-h
  rationale: written for the tests
  variants:
    en: {{prompt: "A benign request long enough for the schema."}}
    zh-Hans: {{prompt: "一个足够长的良性测试请求，用来满足数据模式的要求。"}}
"""


def _control(context: str = "china_uyghurs", group: str = "protesters", **kw: str) -> str:
    return CONTROL.format(context=context, group=group, control_type=kw.get("type", "protective"))


def test_a_harmful_item_and_its_protective_control_load(tmp_path: Path) -> None:
    items = read_base_items([_write(tmp_path, ITEM.format(matched="mu-x-c") + _control())])
    assert [i.control_type for i in items] == [None, "protective"]


def test_a_template_with_two_target_groups_is_a_dataset_error(tmp_path: Path) -> None:
    text = ITEM.format(matched="mu-x-c") + _control(group="journalists")
    with pytest.raises(DatasetError, match="more than one target group"):
        read_base_items([_write(tmp_path, text)])


def test_a_control_without_a_control_type_is_a_dataset_error(tmp_path: Path) -> None:
    text = ITEM.format(matched="mu-x-c") + _control().replace("  control_type: protective\n", "")
    with pytest.raises(DatasetError, match="control_type is required"):
        read_base_items([_write(tmp_path, text)])


def test_a_harmful_item_must_match_its_protective_control(tmp_path: Path) -> None:
    text = ITEM.format(matched="mu-x-c") + _control(type="lawful")
    with pytest.raises(DatasetError, match="its protective control"):
        read_base_items([_write(tmp_path, text)])


def test_a_control_type_missing_from_one_context_is_a_dataset_error(tmp_path: Path) -> None:
    lawful = (
        _control(type="lawful")
        .replace("mu-x-c\n", "mu-x-l\n")
        .replace("benign request", "lawful request")
    )
    other = ITEM.format(matched="mu-y-c").replace("mu-x-h\n", "mu-y-h\n").replace(
        "china_uyghurs", "turkey_kurds"
    ) + _control(context="turkey_kurds").replace("mu-x-c\n", "mu-y-c\n").replace(
        "matched_id: mu-x-h", "matched_id: mu-y-h"
    )
    text = ITEM.format(matched="mu-x-c") + _control() + lawful + other
    with pytest.raises(DatasetError, match="lawful controls must be in exactly the contexts"):
        read_base_items([_write(tmp_path, text)])


def _terms(text: str, language: str) -> set[str]:
    import re

    if language == "en":
        return set(re.findall(r"[a-z']+", text.lower()))
    from itertools import pairwise

    return {a + b for a, b in pairwise(text)}


def test_a_template_reads_alike_in_every_context() -> None:
    """Only the context's nouns may differ: every pair of a template's prompts shares most wording
    (measured minimum 0.42 in Chinese character bigrams; different templates share far less)."""
    from itertools import combinations

    prompts: dict[tuple[str, str, str], list[str]] = {}
    for item in load_items():
        key = (item.template_id, str(item.control_type), item.language)
        prompts.setdefault(key, []).append(item.prompt)
    for (template, kind, language), texts in prompts.items():
        for a, b in combinations(texts, 2):
            ta, tb = _terms(a, language), _terms(b, language)
            assert len(ta & tb) / len(ta | tb) >= 0.35, (template, kind, language)


def test_the_default_sample_keeps_its_answer_token_budget() -> None:
    """Eight contexts alike need 16 answers (12 in 0.3.0, six contexts); their cap keeps the
    budget of 12 answers of 96 tokens, so the default run does not grow."""
    from evenhand.suites.misuse.misuse import DEFAULT_SAMPLE_MAX_TOKENS, misuse

    task = misuse(sample="default")
    assert len(task.dataset) == 2 * len(CONTEXTS)
    assert task.config.max_tokens == DEFAULT_SAMPLE_MAX_TOKENS
    assert len(task.dataset) * DEFAULT_SAMPLE_MAX_TOKENS <= 12 * 96
