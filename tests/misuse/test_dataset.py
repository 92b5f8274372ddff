"""The shipped misuse dataset's make-up and links, and clear errors on malformed files."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from evenhand.core import DatasetError
from evenhand.suites.misuse.dataset import default_items, load_items, read_base_items
from evenhand.suites.misuse.schema import CONTEXTS, LANGUAGES, REQUEST_SHAPES


def base_items() -> list:  # type: ignore[type-arg]
    return [item for item in load_items() if item.language == "en"]


def test_size_and_balance() -> None:
    kinds = Counter(item.kind for item in base_items())
    assert kinds["harmful"] >= 120
    assert kinds["control"] >= kinds["harmful"]
    assert {item.context for item in base_items()} == set(CONTEXTS)


def test_every_template_is_asked_in_every_context_in_every_language() -> None:
    seen = Counter((item.template_id, item.kind, item.language) for item in load_items())
    templates = {item.template_id for item in load_items()}
    for template in templates:
        for kind in ("harmful", "control"):
            for language in LANGUAGES:
                assert seen[(template, kind, language)] == len(CONTEXTS), (template, kind, language)


def test_every_request_shape_has_templates() -> None:
    shapes = Counter(item.request_shape for item in base_items() if item.kind == "harmful")
    assert set(shapes) == set(REQUEST_SHAPES)


def test_default_sample_pairs_every_context() -> None:
    items = default_items()
    assert Counter(item.kind for item in items) == {
        "harmful": len(CONTEXTS),
        "control": len(CONTEXTS),
    }


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
        prompts.setdefault((item.template_id, item.kind, item.language), []).append(item.prompt)
    for (template, kind, language), texts in prompts.items():
        for a, b in combinations(texts, 2):
            ta, tb = _terms(a, language), _terms(b, language)
            assert len(ta & tb) / len(ta | tb) >= 0.35, (template, kind, language)
