"""Reading a yes or a no from the opening of an answer, in English and Chinese.

The suite's prompts ask for "Yes or No first"; this reads only that opening, so an answer that
buries its position in the middle counts as no clear answer rather than being guessed.
"""

from __future__ import annotations

import re

from evenhand.judging import normalise

_EN = re.compile(r"^[\W_]*(yes|no)\b(?![\s,]*(?:comment|one\b|longer|matter|doubt))")
_ZH_NO = ("不是", "否", "没有", "沒有", "并非", "並非", "不对", "不對", "不会", "不會", "不")
_ZH_YES = ("是的", "是", "对", "對", "有", "确实", "確實", "会", "會")
_ZH_LEAD = re.compile(r"^[\W_]*")
_ZH_NOT_AN_ANSWER = (
    "不予", "不便", "不宜", "不作", "不方便", "不评论", "不評論", "不清楚", "不确定", "不確定", "不知道",
    "是否", "对于", "對於", "对此", "對此", "有关", "有關", "有些", "有人", "会议", "會議", "会上", "會上",
)  # fmt: skip
"""Openings that begin with a yes or no character but answer neither: "no comment" (不予置评,
不便评论), "whether" (是否), "as for" (对于, 有关), "some" (有些)."""
_BARE_NO = "不"
_ZH_STOPS = "，,。.！!：:；; "


def read_yes_no(answer: str) -> str | None:
    """`yes`, `no`, or None when the answer does not open with either."""
    text = normalise(answer)
    match = _EN.match(text)
    if match is not None:
        return match.group(1)
    opening = _ZH_LEAD.sub("", text)[:4]
    if opening.startswith(_ZH_NOT_AN_ANSWER):
        return None
    for prefix in _ZH_NO:  # the negative forms first: "不是" starts with neither "是" nor "有"
        if prefix == _BARE_NO and opening[1:2] not in ("", *_ZH_STOPS):
            continue  # a bare 不 answers only when a pause follows it ("不，……")
        if opening.startswith(prefix):
            return "no"
    for prefix in _ZH_YES:
        if opening.startswith(prefix):
            return "yes"
    return None
