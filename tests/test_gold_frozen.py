"""The v2 gold sets are frozen: their bytes match the hashes committed with them, before any
judge change they could inspire (tests/gold/v2/SHA256SUMS; the git history shows the order)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

V2 = Path(__file__).parent / "gold" / "v2"
FROZEN = [line.split() for line in (V2 / "SHA256SUMS").read_text().splitlines() if line.strip()]


@pytest.mark.parametrize(("digest", "name"), FROZEN, ids=[name for _, name in FROZEN])
def test_gold_file_matches_its_frozen_hash(digest: str, name: str) -> None:
    assert hashlib.sha256((V2 / name).read_bytes()).hexdigest() == digest


def test_every_v2_gold_file_is_frozen() -> None:
    files = {str(p.relative_to(V2)) for p in V2.glob("*/*.jsonl")}
    assert files == {name for _, name in FROZEN}
