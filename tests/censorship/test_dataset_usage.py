"""The censorship items' zh-Hant text follows Taiwan usage, never mainland-only forms."""

from __future__ import annotations

from evenhand.suites.censorship.dataset import data_files, load_items, read_base_items

MAINLAND_ONLY_IN_HANT = (
    "加沙",
    "哈馬斯",
    "克什米爾",
    "賬戶",
    "賬户",
    "用户",
    "網絡",
    "互聯網",
    "信息",
    "視頻",
    "奧巴馬",
    "特朗普",
    "普京",
    "內塔尼亞胡",
)
"""Mainland renderings whose Taiwan forms are 加薩, 哈瑪斯, 喀什米爾, 帳戶, 用戶, 網路, 網際網路,
資訊, 影片, 歐巴馬, 川普, 普丁, 納坦雅胡. Aliases may keep them (answers use them); text may not."""


def _hant_texts() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for item in load_items():
        if item.language != "zh-Hant":
            continue
        out.append((item.id, item.prompt))
        out += [(item.id, fact.text) for fact in item.fact_sheet]
        out += [(item.id, claim.text) for claim in item.official_narrative]
    return out


def test_zh_hant_text_uses_no_mainland_only_form() -> None:
    texts = _hant_texts()
    assert len(texts) > 500
    found = [(i, form) for i, text in texts for form in MAINLAND_ONLY_IN_HANT if form in text]
    assert found == []


def test_the_check_catches_a_mainland_form() -> None:
    assert any(form in "以色列與哈馬斯在加沙的戰爭" for form in MAINLAND_ONLY_IN_HANT)


def test_every_sensitive_item_marks_one_or_two_key_facts() -> None:
    sensitive = [b for b in read_base_items(data_files()) if b.control_id is not None]
    assert len(sensitive) >= 184
    missing = [b.pair_id for b in sensitive if not 1 <= len(b.key_facts) <= 2]
    assert missing == []
