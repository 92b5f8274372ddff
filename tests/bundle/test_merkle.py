"""The Merkle tree: every leaf's proof leads to the root, and nothing else does."""

from __future__ import annotations

import hashlib

import pytest

from evenhand.bundle import merkle_proof, merkle_root, root_from_proof
from evenhand.bundle._merkle import ProofStep


def leaves(n: int) -> list[bytes]:
    return [hashlib.sha256(f"sample {i}".encode()).digest() for i in range(n)]


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 7, 8, 9, 16, 33])
def test_every_leafs_proof_leads_to_the_root(n: int) -> None:
    tree = leaves(n)
    root = merkle_root(tree)
    assert all(root_from_proof(leaf, merkle_proof(tree, i)) == root for i, leaf in enumerate(tree))


def test_a_changed_leaf_does_not_lead_to_the_root() -> None:
    tree = leaves(5)
    forged = hashlib.sha256(b"sample 9").digest()
    assert root_from_proof(forged, merkle_proof(tree, 2)) != merkle_root(tree)


def test_a_proof_with_a_side_swapped_does_not_lead_to_the_root() -> None:
    tree = leaves(4)
    proof = merkle_proof(tree, 1)
    swapped = [ProofStep("right" if s.side == "left" else "left", s.hash) for s in proof[:1]]
    assert root_from_proof(tree[1], swapped + proof[1:]) != merkle_root(tree)


def test_the_root_depends_on_the_order_of_the_leaves() -> None:
    tree = leaves(4)
    assert merkle_root(tree) != merkle_root(tree[::-1])


def test_a_node_is_never_read_as_a_leaf() -> None:
    # the root of two leaves, offered as a one-leaf tree, is a different root
    tree = leaves(2)
    assert merkle_root([merkle_root(tree)]) == merkle_root(tree)
    assert root_from_proof(tree[0] + tree[1], []) != merkle_root(tree)


def test_a_leaf_index_outside_the_tree_is_refused() -> None:
    with pytest.raises(IndexError):
        merkle_proof(leaves(3), 3)
