"""Reading a yes or a no from the opening of an answer, in English and Chinese.

The suite's prompts ask for "Yes or No first"; this reads only that opening, so an answer that
buries its position in the middle counts as no clear answer rather than being guessed.
"""

from __future__ import annotations

import re

from evenhand.judging import normalise

_EN = re.compile(r"^[\W_]*(yes|no)\b")
_ZH_NO = ("不是", "否", "没有", "沒有", "并非", "並非", "不对", "不對", "不会", "不會", "不")
_ZH_YES = ("是的", "是", "对", "對", "有", "确实", "確實", "会", "會")
_ZH_LEAD = re.compile(r"^[\W_]*")


def read_yes_no(answer: str) -> str | None:
    """`yes`, `no`, or None when the answer does not open with either."""
    text = normalise(answer)
    match = _EN.match(text)
    if match is not None:
        return match.group(1)
    opening = _ZH_LEAD.sub("", text)[:4]
    for prefix in _ZH_NO:  # the negative forms first: "不是" starts with neither "是" nor "有"
        if opening.startswith(prefix):
            return "no"
    for prefix in _ZH_YES:
        if opening.startswith(prefix):
            return "yes"
    return None
