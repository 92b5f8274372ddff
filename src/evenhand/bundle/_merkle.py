"""A Merkle tree over per-sample digests, and proofs that one sample is in it.

Leaves are the samples' SHA-256 digests in a fixed order; a node is SHA-256 of the byte 0x01 and
its two children (the prefix keeps a node from ever being read as a sample's digest, which is
SHA-256 of JSON text). A level with an odd number of nodes carries its last node up unchanged.
A proof is the list of sibling hashes from the leaf to the root, each with the side it sits on.
"""

from __future__ import annotations

import hashlib
from typing import Literal, NamedTuple

NODE_PREFIX = b"\x01"

Side = Literal["left", "right"]


class ProofStep(NamedTuple):
    """A sibling on the path from a leaf to the root, and which side of the path it is on."""

    side: Side
    hash: str
    """Hex SHA-256."""


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(NODE_PREFIX + left + right).digest()


def merkle_root(leaves: list[bytes]) -> bytes:
    """The root of the tree over `leaves` (SHA-256 of nothing for no leaves)."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    level = list(leaves)
    while len(level) > 1:
        level = _up(level)
    return level[0]


def merkle_proof(leaves: list[bytes], index: int) -> list[ProofStep]:
    """The siblings on the path from leaf `index` to the root.

    Raises:
        IndexError: no leaf has this index.
    """
    if not 0 <= index < len(leaves):
        raise IndexError(f"leaf {index} of {len(leaves)}")
    steps = []
    level = list(leaves)
    while len(level) > 1:
        sibling = index ^ 1
        if sibling < len(level):
            side: Side = "left" if sibling < index else "right"
            steps.append(ProofStep(side, level[sibling].hex()))
        level = _up(level)
        index //= 2
    return steps


def root_from_proof(leaf: bytes, proof: list[ProofStep]) -> bytes:
    """The root a leaf and its proof lead to."""
    current = leaf
    for step in proof:
        sibling = bytes.fromhex(step.hash)
        current = (
            node_hash(sibling, current) if step.side == "left" else node_hash(current, sibling)
        )
    return current


def _up(level: list[bytes]) -> list[bytes]:
    parents = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
    if len(level) % 2:
        parents.append(level[-1])
    return parents
