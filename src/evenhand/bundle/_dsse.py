"""DSSE envelopes around in-toto statements, signed with Ed25519 keys.

The signature is over DSSE's pre-authentication encoding (PAE) of the payload type and the
payload, as the DSSE v1 specification defines it:
`"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body`, lengths as ASCII decimal byte counts.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from evenhand.core import EvenhandError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

PAYLOAD_TYPE = "application/vnd.in-toto+json"
PRIVATE_KEY_MODE = 0o600


def pae(payload_type: str, payload: bytes) -> bytes:
    """DSSE's pre-authentication encoding: what is signed."""
    kind = payload_type.encode("utf-8")
    return b"DSSEv1 %d %s %d %s" % (len(kind), kind, len(payload), payload)


class Envelope(NamedTuple):
    """A DSSE envelope: the payload's bytes, its type, and (keyid, signature) pairs."""

    payload: bytes
    payload_type: str
    signatures: list[tuple[str, bytes]]

    def to_json(self) -> bytes:
        return json.dumps(
            {
                "payload": base64.b64encode(self.payload).decode("ascii"),
                "payloadType": self.payload_type,
                "signatures": [
                    {"keyid": keyid, "sig": base64.b64encode(sig).decode("ascii")}
                    for keyid, sig in self.signatures
                ],
            },
            indent=2,
        ).encode("utf-8")


def read_envelope(data: bytes, where: str) -> Envelope:
    """An envelope from its JSON.

    Raises:
        EvenhandError: not a DSSE envelope (the message names `where` and what is wrong).
    """
    try:
        raw = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise EvenhandError(f"{where}: not JSON ({error})") from error
    if not isinstance(raw, dict) or not {"payload", "payloadType", "signatures"} <= set(raw):
        raise EvenhandError(f"{where}: not a DSSE envelope (payload, payloadType, signatures)")
    if raw["payloadType"] != PAYLOAD_TYPE:
        raise EvenhandError(f"{where}: payloadType {raw['payloadType']!r}, not {PAYLOAD_TYPE}")
    signatures = raw["signatures"]
    if not isinstance(signatures, list) or not all(
        isinstance(s, dict) and isinstance(s.get("sig"), str) for s in signatures
    ):
        raise EvenhandError(f"{where}: signatures must be a list of {{keyid, sig}}")
    try:
        payload = _b64(raw["payload"])
        pairs = [(str(s.get("keyid", "")), _b64(s["sig"])) for s in signatures]
    except (TypeError, ValueError, binascii.Error) as error:
        raise EvenhandError(f"{where}: payload or signature is not base64 ({error})") from error
    return Envelope(payload, PAYLOAD_TYPE, pairs)


def _b64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TypeError(f"expected a base64 string, got {type(text).__name__}")
    return base64.b64decode(text.replace("-", "+").replace("_", "/"), validate=True)


def sign(payload: bytes, key: Ed25519PrivateKey | None) -> Envelope:
    """An envelope around `payload`, signed with `key` (unsigned when None)."""
    if key is None:
        return Envelope(payload, PAYLOAD_TYPE, [])
    signature = key.sign(pae(PAYLOAD_TYPE, payload))
    return Envelope(payload, PAYLOAD_TYPE, [(key_id(key.public_key()), signature)])


def signed_by(envelope: Envelope, key: Ed25519PublicKey) -> bool:
    """Whether any of the envelope's signatures verifies with `key`."""
    from cryptography.exceptions import InvalidSignature

    message = pae(envelope.payload_type, envelope.payload)
    for _, signature in envelope.signatures:
        try:
            key.verify(signature, message)
        except InvalidSignature:
            continue
        return True
    return False


def key_id(key: Ed25519PublicKey) -> str:
    """A public key's id: the hex SHA-256 of its raw 32 bytes."""
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return hashlib.sha256(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).hexdigest()


class KeyFiles(NamedTuple):
    """Where `generate_keys` wrote a key pair, and the public key's id."""

    private: Path
    public: Path
    key_id: str


def generate_keys(name: Path) -> KeyFiles:
    """Write a new Ed25519 key pair: `NAME.pem` (private, PKCS#8, mode 0600) and `NAME.pub`.

    Raises:
        EvenhandError: either file exists already (keys are never overwritten) or cannot be written.
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        PublicFormat,
    )

    private_path = name.with_name(name.name + ".pem")
    public_path = name.with_name(name.name + ".pub")
    for path in (private_path, public_path):
        if path.exists():
            raise EvenhandError(f"{path} exists; keys are never overwritten: choose another -o")
    if not private_path.parent.is_dir():
        raise EvenhandError(
            f"cannot write {private_path}: folder {private_path.parent} does not exist"
        )
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    public = key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    try:
        # created with mode 0600 from the start: the key is never readable by others
        descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_KEY_MODE)
        with os.fdopen(descriptor, "wb") as file:
            file.write(private)
        public_path.write_bytes(public)
    except OSError as error:
        raise EvenhandError(f"cannot write {name}: {error.strerror or error}") from error
    return KeyFiles(private_path, public_path, key_id(key.public_key()))


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """An Ed25519 private key from a PEM file.

    Raises:
        EvenhandError: missing, unreadable, encrypted, or not an Ed25519 private key.
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    data = _read_key(path)
    try:
        key = load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as error:
        raise EvenhandError(
            f"--key {path}: not an unencrypted PEM private key ({_first(error)}); "
            "make one with `evenhand keygen`"
        ) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise EvenhandError(f"--key {path}: not an Ed25519 key; make one with `evenhand keygen`")
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    """An Ed25519 public key from a PEM file.

    Raises:
        EvenhandError: missing, unreadable, or not an Ed25519 public key.
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    data = _read_key(path)
    try:
        key = load_pem_public_key(data)
    except (ValueError, TypeError) as error:
        raise EvenhandError(
            f"--public-key {path}: not a PEM public key ({_first(error)}); give the NAME.pub "
            "`evenhand keygen` wrote"
        ) from error
    if not isinstance(key, Ed25519PublicKey):
        raise EvenhandError(f"--public-key {path}: not an Ed25519 public key")
    return key


def _read_key(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise EvenhandError(f"cannot read key {path}: {error.strerror or error}") from error


def _first(error: Exception) -> str:
    text = " ".join(str(error).split())
    return text.split(". ")[0][:160] or type(error).__name__
