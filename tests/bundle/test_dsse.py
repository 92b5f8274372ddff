"""DSSE envelopes: the pre-authentication encoding as the specification defines it, and Ed25519
signatures that verify only with their own key and payload."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from evenhand.bundle import PAYLOAD_TYPE, generate_keys, load_private_key, load_public_key, pae
from evenhand.bundle._dsse import read_envelope, sign, signed_by
from evenhand.core import EvenhandError


def test_pae_matches_the_dsse_specifications_example() -> None:
    assert pae("http://example.com/HelloWorld", b"hello world") == (
        b"DSSEv1 29 http://example.com/HelloWorld 11 hello world"
    )


def test_pae_counts_bytes_not_characters() -> None:
    assert pae("t", "é".encode()) == b"DSSEv1 1 t 2 \xc3\xa9"


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, Path]:
    written = generate_keys(tmp_path / "signer")
    return written.private, written.public


def test_the_private_key_is_readable_by_its_owner_only(keys: tuple[Path, Path]) -> None:
    assert stat.S_IMODE(os.stat(keys[0]).st_mode) == 0o600


def test_keys_are_never_overwritten(keys: tuple[Path, Path]) -> None:
    with pytest.raises(EvenhandError, match="never overwritten"):
        generate_keys(keys[0].with_suffix(""))


def test_a_signed_envelope_round_trips_and_verifies(keys: tuple[Path, Path]) -> None:
    envelope = sign(b'{"a": 1}', load_private_key(keys[0]))
    read = read_envelope(envelope.to_json(), "test")
    assert read.payload == b'{"a": 1}' and read.payload_type == PAYLOAD_TYPE
    assert signed_by(read, load_public_key(keys[1]))


def test_a_signature_does_not_verify_another_payload(keys: tuple[Path, Path]) -> None:
    envelope = sign(b'{"a": 1}', load_private_key(keys[0]))
    assert not signed_by(envelope._replace(payload=b'{"a": 2}'), load_public_key(keys[1]))


def test_a_signature_does_not_verify_with_another_key(
    keys: tuple[Path, Path], tmp_path: Path
) -> None:
    other = generate_keys(tmp_path / "other")
    envelope = sign(b"{}", load_private_key(keys[0]))
    assert not signed_by(envelope, load_public_key(other.public))


def test_an_envelope_of_another_payload_type_is_refused() -> None:
    data = json.dumps({"payload": "e30=", "payloadType": "text/plain", "signatures": []})
    with pytest.raises(EvenhandError, match="payloadType"):
        read_envelope(data.encode(), "test")
