"""`evenhand verify`: check a bundle's members, signature, Merkle root and claims, and check one
disclosed sample against a bundle's root.

Every problem found is one line; a file that is not a bundle (or a disclosure) at all raises
`EvenhandError` instead (bad input, exit 2).
"""

from __future__ import annotations

import hashlib
import json
import math
import tempfile
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evenhand.bundle._build import LOGS, MANIFEST, PREDICATE_TYPE, STATEMENT_TYPE
from evenhand.bundle._dsse import Envelope, key_id, read_envelope, signed_by
from evenhand.bundle._merkle import ProofStep, merkle_proof, merkle_root, root_from_proof
from evenhand.bundle._records import (
    CLAIM_FIELDS,
    Audit,
    canonical_json,
    claim_key,
    read_audit,
    sample_digest,
)
from evenhand.core import EvenhandError, SuiteLookup

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

REL_TOL = 1e-9
"""How far a re-derived number may differ from its claim: floating-point noise between machines,
far below any printed digit."""
DISCLOSURE_TYPE = "evenhand.dev/sample-disclosure/v1"
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError)


@dataclass
class Verification:
    """The outcome of a check: one line per problem, and notes that are not problems."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Manifest:
    """A bundle's envelope and the statement inside it."""

    envelope: Envelope
    subjects: dict[str, str]
    """Member name -> hex SHA-256."""
    claims: list[dict[str, Any]]
    merkle_root: str
    samples: int


def verify_bundle(
    path: Path, lookup: SuiteLookup, public_key: Ed25519PublicKey | None = None
) -> Verification:
    """Recompute every member's digest and the Merkle root, check the signature, and re-derive
    every claim from the bundled logs.

    Raises:
        EvenhandError: not a readable zip, or no well-formed manifest in it.
    """
    result = Verification()
    with _open_zip(path) as archive:
        manifest = read_manifest(_manifest_bytes(archive, path), f"{path}: {MANIFEST}")
        check_signature(manifest.envelope, public_key, result)
        contents = _check_members(archive, manifest, result)
    _check_logs(contents, manifest, lookup, result)
    return result


def disclose_sample(
    path: Path,
    sample_id: str,
    lookup: SuiteLookup,
    model: str | None = None,
    suite: str | None = None,
    epoch: int | None = None,
) -> dict[str, Any]:
    """One sample's canonical record with its proof of membership in the bundle's Merkle tree.

    Raises:
        EvenhandError: not a bundle; its logs do not match its root; no sample or several samples
            match (narrow with model, suite, epoch).
    """
    with _open_zip(path) as archive:
        manifest = read_manifest(_manifest_bytes(archive, path), f"{path}: {MANIFEST}")
        try:
            logs = {n: archive.read(n) for n in archive.namelist() if n.startswith(LOGS)}
        except _ZIP_ERRORS as error:
            raise EvenhandError(f"{path}: a log is unreadable ({error})") from error
    audit = _audit(logs, lookup)
    leaves = audit.leaves
    if merkle_root(leaves).hex() != manifest.merkle_root:
        raise EvenhandError(
            f"{path}: its logs do not match its Merkle root; run `evenhand verify {path}`"
        )
    found = [
        index
        for index, record in enumerate(audit.records)
        if str(record["sample_id"]) == sample_id
        and (model is None or record["model"] == model)
        and (suite is None or record["suite"] == suite)
        and (epoch is None or record["epoch"] == epoch)
    ]
    if not found:
        raise EvenhandError(f"{path}: no sample {sample_id!r} (with the options given)")
    if len(found) > 1:
        which = "; ".join(
            f"{r['model']} {r['suite']} epoch {r['epoch']}"
            for r in (audit.records[i] for i in found[:5])
        )
        raise EvenhandError(
            f"{path}: {len(found)} samples have id {sample_id!r} ({which}); choose one with "
            "--model, --suite and --epoch"
        )
    index = found[0]
    return {
        "type": DISCLOSURE_TYPE,
        "record": audit.records[index],
        "sample_digest": leaves[index].hex(),
        "leaf_index": index,
        "leaves": len(leaves),
        "proof": [step._asdict() for step in merkle_proof(leaves, index)],
        "merkle_root": manifest.merkle_root,
    }


def verify_disclosure(
    disclosure: Path, target: Path, public_key: Ed25519PublicKey | None = None
) -> Verification:
    """Check a disclosed sample against the Merkle root of a bundle (or of its manifest alone,
    `manifest.dsse.json`, so that the other samples need never be handed over).

    Raises:
        EvenhandError: the disclosure or the target is malformed.
    """
    result = Verification()
    if zipfile.is_zipfile(target):
        with _open_zip(target) as archive:
            data = _manifest_bytes(archive, target)
        manifest = read_manifest(data, f"{target}: {MANIFEST}")
    else:
        manifest = read_manifest(_read(target), str(target))
    check_signature(manifest.envelope, public_key, result)
    record, stated, proof = _read_disclosure(disclosure)
    digest = sample_digest(record)
    name = f"sample {record.get('sample_id')!r} ({record.get('model')}, {record.get('suite')})"
    if digest.hex() != stated:
        result.problems.append(f"{name}: its record does not hash to its sample_digest")
    if root_from_proof(digest, proof).hex() != manifest.merkle_root:
        result.problems.append(
            f"{name}: record and proof do not lead to the bundle's Merkle root "
            f"{manifest.merkle_root[:16]}...; the record was changed or is not in the bundle"
        )
    return result


def read_manifest(data: bytes, where: str) -> Manifest:
    """The envelope and the parts of its statement `verify` checks.

    Raises:
        EvenhandError: not a DSSE envelope around an evenhand in-toto statement.
    """
    envelope = read_envelope(data, where)
    try:
        statement = json.loads(envelope.payload)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise EvenhandError(f"{where}: the payload is not JSON ({error})") from error
    if not isinstance(statement, dict) or statement.get("_type") != STATEMENT_TYPE:
        raise EvenhandError(f"{where}: the payload is not an in-toto Statement v1")
    if statement.get("predicateType") != PREDICATE_TYPE:
        raise EvenhandError(f"{where}: predicateType is not {PREDICATE_TYPE}")
    try:
        subjects = {s["name"]: s["digest"]["sha256"] for s in statement["subject"]}
        predicate = statement["predicate"]
        claims = list(predicate["claims"])
        root = str(predicate["samples"]["merkle_root"])
        samples = int(predicate["samples"]["count"])
        if not all(isinstance(c, dict) and set(CLAIM_FIELDS) <= set(c) for c in claims):
            raise ValueError(f"every claim needs {', '.join(CLAIM_FIELDS)}")
    except (KeyError, TypeError, ValueError) as error:
        raise EvenhandError(
            f"{where}: malformed statement ({type(error).__name__}: {error})"
        ) from error
    return Manifest(envelope, subjects, claims, root, samples)


def check_signature(
    envelope: Envelope, public_key: Ed25519PublicKey | None, result: Verification
) -> None:
    """Add what the signature says to `result`: a problem when a key is given and no signature
    verifies with it, a note otherwise."""
    ids = ", ".join(keyid[:16] for keyid, _ in envelope.signatures)
    if public_key is None:
        result.notes.append(
            f"signed by key {ids}; not checked: give --public-key to check it"
            if envelope.signatures
            else "unsigned: digests only, anyone could have written it"
        )
        return
    if not envelope.signatures:
        result.problems.append("signature: the bundle is unsigned, but --public-key was given")
    elif signed_by(envelope, public_key):
        result.notes.append(f"signature: valid, by key {key_id(public_key)[:16]}")
    else:
        result.problems.append(
            f"signature: does not verify with the given public key {key_id(public_key)[:16]} "
            f"(signed by key {ids}): the manifest was changed or signed by another key"
        )


def _check_members(
    archive: zipfile.ZipFile, manifest: Manifest, result: Verification
) -> dict[str, bytes]:
    names = archive.namelist()
    for name, count in Counter(names).items():
        if count > 1:
            result.problems.append(f"member {name}: appears {count} times")
    contents = {}
    for name in sorted(set(names) - {MANIFEST}):
        if name not in manifest.subjects:
            result.problems.append(f"member {name}: not listed in the manifest")
            continue
        try:
            data = archive.read(name)
        except _ZIP_ERRORS as error:
            result.problems.append(f"member {name}: unreadable ({error})")
            continue
        if hashlib.sha256(data).hexdigest() != manifest.subjects[name]:
            result.problems.append(f"member {name}: its SHA-256 differs from the manifest's")
        contents[name] = data
    for name in sorted(set(manifest.subjects) - set(names)):
        result.problems.append(f"member {name}: listed in the manifest but missing")
    return contents


def _check_logs(
    contents: dict[str, bytes], manifest: Manifest, lookup: SuiteLookup, result: Verification
) -> None:
    logs = {name: data for name, data in contents.items() if name.startswith(LOGS)}
    try:
        audit = _audit(logs, lookup)
    except EvenhandError as error:
        result.problems.append(f"logs: cannot re-derive the claims and samples ({error})")
        return
    root = merkle_root(audit.leaves).hex()
    if len(audit.records) != manifest.samples:
        result.problems.append(
            f"samples: the logs hold {len(audit.records)}, the manifest says {manifest.samples}"
        )
    if root != manifest.merkle_root:
        result.problems.append(
            f"merkle root: {root[:16]}... from the logs, {manifest.merkle_root[:16]}... in the "
            "manifest"
        )
    derived = {claim_key(c): c for c in audit.claims}
    stated = {}
    for claim in manifest.claims:
        key = claim_key(claim)
        stated[key] = claim
        what = "claim " + " / ".join(key)
        if key not in derived:
            result.problems.append(f"{what}: not derived from the bundled logs")
            continue
        for name in ("value", "low", "high", "n"):
            if not _same(claim[name], derived[key][name]):
                result.problems.append(
                    f"{what}: {name} {claim[name]} in the manifest, {derived[key][name]} "
                    "re-derived from the logs"
                )
    for key in sorted(set(derived) - set(stated)):
        result.problems.append(f"claim {' / '.join(key)}: derived from the logs but not claimed")


def _same(stated: Any, derived: Any) -> bool:
    if stated is None or derived is None:
        return stated is None and derived is None
    if not isinstance(stated, int | float) or isinstance(stated, bool):
        return False
    return math.isclose(float(stated), float(derived), rel_tol=REL_TOL, abs_tol=REL_TOL)


def _audit(logs: dict[str, bytes], lookup: SuiteLookup) -> Audit:
    """Claims and records re-derived from log files' bytes.

    Raises:
        EvenhandError: no logs, or logs that cannot be read.
    """
    with tempfile.TemporaryDirectory(prefix="evenhand-verify-") as folder:
        log_dir = Path(folder) / "logs"
        log_dir.mkdir()
        for name, data in logs.items():
            base = Path(name).name
            if not base.endswith(".eval") or base != name.removeprefix(LOGS):
                raise EvenhandError(f"member {name}: not a log where logs belong")
            (log_dir / base).write_bytes(data)
        return read_audit(log_dir, lookup)


def _read_disclosure(path: Path) -> tuple[dict[str, Any], str, list[ProofStep]]:
    try:
        raw = json.loads(_read(path))
        if not isinstance(raw, dict):
            raise TypeError("expected a JSON object")
        if raw.get("type") != DISCLOSURE_TYPE:
            raise ValueError(f"type is not {DISCLOSURE_TYPE}")
        record = raw["record"]
        if not isinstance(record, dict):
            raise TypeError("record must be an object")
        canonical_json(record)
        proof = [ProofStep(step["side"], step["hash"]) for step in raw["proof"]]
        for step in proof:
            if step.side not in ("left", "right"):
                raise ValueError(f"proof side {step.side!r} is neither left nor right")
            if len(bytes.fromhex(step.hash)) != hashlib.sha256().digest_size:
                raise ValueError(f"proof hash {step.hash[:16]}... is not a SHA-256")
        return record, str(raw["sample_digest"]), proof
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise EvenhandError(f"--sample {path}: not JSON ({error})") from error
    except (KeyError, TypeError, ValueError) as error:
        raise EvenhandError(
            f"--sample {path}: not a sample disclosure ({type(error).__name__}: {error}); make "
            "one with `evenhand bundle --disclose`"
        ) from error


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError as error:
        raise EvenhandError(f"{path}: no such file") from error
    except _ZIP_ERRORS as error:
        raise EvenhandError(
            f"{path}: not a bundle (not a readable zip archive: {error})"
        ) from error


def _manifest_bytes(archive: zipfile.ZipFile, path: Path) -> bytes:
    try:
        return archive.read(MANIFEST)
    except KeyError as error:
        raise EvenhandError(f"{path}: not a bundle (no {MANIFEST})") from error
    except _ZIP_ERRORS as error:
        raise EvenhandError(f"{path}: {MANIFEST} is unreadable ({error})") from error


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise EvenhandError(f"cannot read {path}: {error.strerror or error}") from error
