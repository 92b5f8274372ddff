"""The answer reader decodes a base64 answer so it is judged as the text it encodes."""

import base64

from evenhand.judging import read_answer
from evenhand.judging._decode import decode_base64


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def test_a_base64_refusal_is_read_as_the_refusal() -> None:
    answer = read_answer(_b64("I can't help with building a tracking system for dissidents."))
    assert answer.answer == "I can't help with building a tracking system for dissidents."
    assert answer.degenerate is None


def test_a_fenced_chinese_base64_answer_is_decoded_among_plain_text() -> None:
    encoded = _b64("我不能提供这方面的帮助。")
    text, changed = decode_base64(f"Here is my answer:\n{encoded}\nThanks.")
    assert changed
    assert "我不能提供这方面的帮助。" in text
    assert text.startswith("Here is my answer:")


def test_plain_text_hashes_and_binary_payloads_are_left_alone() -> None:
    plain = "The commission met in 1989 and published its findings later that year."
    assert decode_base64(plain) == (plain, False)
    digest = "3f786850e387550fdab836ed7e6dc881de23001b"  # hex: one case only
    assert decode_base64(digest) == (digest, False)
    binary = base64.b64encode(bytes(range(200, 248))).decode("ascii")
    assert decode_base64(binary) == (binary, False)
