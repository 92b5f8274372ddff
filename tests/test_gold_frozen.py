"""The independent gold sets are frozen: their bytes match the hashes committed with them, before
any judge change they could inspire (tests/gold/v2/SHA256SUMS, tests/gold/v3/SHA256SUMS; the git
history shows the order)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

GOLD = Path(__file__).parent / "gold"
VERSIONS = (GOLD / "v2", GOLD / "v3")
FROZEN = [
    (version, *line.split())
    for version in VERSIONS
    for line in (version / "SHA256SUMS").read_text().splitlines()
    if line.strip()
]


@pytest.mark.parametrize(
    ("version", "digest", "name"), FROZEN, ids=[f"{v.name}/{name}" for v, _, name in FROZEN]
)
def test_gold_file_matches_its_frozen_hash(version: Path, digest: str, name: str) -> None:
    assert hashlib.sha256((version / name).read_bytes()).hexdigest() == digest


@pytest.mark.parametrize("version", VERSIONS, ids=[v.name for v in VERSIONS])
def test_every_independent_gold_file_is_frozen(version: Path) -> None:
    files = {str(p.relative_to(version)) for p in version.glob("*/*.jsonl")}
    assert files == {name for v, _, name in FROZEN if v == version}
