"""`evenhand bundle`: the logs, the datasets and rubrics they used, the report, the gate result
and a manifest, in one zip archive.

The manifest (`manifest.dsse.json`) is an in-toto Statement v1 in a DSSE envelope: its subjects
are every other member with its SHA-256, its predicate (type `evenhand.dev/audit/v1`, ours) the
headline numbers as claims and the Merkle root over every sample's digest.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evenhand import __version__
from evenhand.bundle._dsse import key_id, sign
from evenhand.bundle._merkle import merkle_root
from evenhand.bundle._records import Audit, read_audit
from evenhand.core import (
    EvenhandError,
    SuiteLookup,
    UnknownSuiteError,
    known_secrets,
    redact,
    write_atomically,
)
from evenhand.logs import list_headers, scrub_log_dir

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
PREDICATE_TYPE = "evenhand.dev/audit/v1"
"""Our own predicate type: a name, not a URL anyone serves."""
MANIFEST = "manifest.dsse.json"
REPORT = "report.html"
GATE = "gate.json"
LOGS = "logs/"
SUITES = "suites/"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
"""Every member's timestamp: the same inputs make the same archive."""

SuiteFiles = Callable[[str], list[Path]]
"""A suite's dataset and rubric files by suite name (`evenhand.suites.suite_files`): each is
bundled under `suites/<name>/` at its path relative to the suite's folder."""
ReportWriter = Callable[[Path, Path], object]
"""Writes the HTML report of a log directory (first argument) to a file (second)."""


@dataclass(frozen=True)
class BundleRequest:
    """What to bundle and how: the CLI fills it in and hands over the suite lookups."""

    log_dir: Path
    output: Path
    lookup: SuiteLookup
    suite_files: SuiteFiles
    report: ReportWriter | None = None
    gate: Path | None = None
    key: Ed25519PrivateKey | None = None


@dataclass(frozen=True)
class BundleWritten:
    """What `build_bundle` wrote."""

    path: Path
    members: int
    logs: int
    samples: int
    claims: int
    merkle_root: str
    key_id: str | None
    """The signing key's id, None for an unsigned bundle."""
    left_out: list[str] = field(default_factory=list)
    """Logs in the directory that are not bundled, and why."""


def build_bundle(request: BundleRequest) -> BundleWritten:
    """Stage the logs, redact credentials, compute claims and sample digests, write the archive.

    Raises:
        EvenhandError: no usable logs, logs of another task version than the installed suites,
            an unreadable gate file, or an output that cannot be written.
    """
    headers = list_headers(request.log_dir)
    left_out = []
    known = []
    for header in headers:
        try:
            suite = request.lookup(header.suite)
        except UnknownSuiteError:
            left_out.append(f"{header.name}: task {header.suite} is not an evenhand suite")
            continue
        if suite.version != header.task_version:
            raise EvenhandError(
                f"{header.name}: {header.suite} task version {header.task_version}, but the "
                f"installed evenhand has version {suite.version}, whose datasets and rubrics are "
                "not the ones the log used; bundle with the evenhand that ran it"
            )
        known.append(header)
    if not known:
        raise EvenhandError(f"{request.log_dir}: no logs of evenhand suites to bundle")
    gate = _read_gate(request.gate) if request.gate is not None else None
    with tempfile.TemporaryDirectory(prefix="evenhand-bundle-") as folder:
        staged = Path(folder) / "logs"
        staged.mkdir()
        for header in known:
            shutil.copyfile(header.path, staged / header.name)
        scrub_log_dir(staged)  # credentials a log may still hold never reach the bundle
        audit = read_audit(staged, request.lookup)
        members = {f"{LOGS}{h.name}": (staged / h.name).read_bytes() for h in audit.headers}
        if request.report is not None:
            report = Path(folder) / REPORT
            request.report(staged, report)
            # the report names the folder it read: the bundle's own `logs/`, not a temporary one
            text = report.read_text("utf-8").replace(str(staged), LOGS.rstrip("/"))
            members[REPORT] = redact(text).encode("utf-8")
    for name in sorted({h.suite for h in audit.headers}):
        members.update(_suite_members(name, request.suite_files(name)))
    if gate is not None:
        members[GATE] = gate
    _check_no_secrets(members)
    statement = make_statement(members, audit, request.lookup)
    envelope = sign(json.dumps(statement, indent=2).encode("utf-8"), request.key)
    members[MANIFEST] = envelope.to_json()
    write_atomically(request.output, lambda path: write_archive(path, members))
    return BundleWritten(
        path=request.output,
        members=len(members),
        logs=len(audit.headers),
        samples=len(audit.records),
        claims=len(audit.claims),
        merkle_root=statement["predicate"]["samples"]["merkle_root"],
        key_id=None if request.key is None else key_id(request.key.public_key()),
        left_out=left_out,
    )


def make_statement(members: dict[str, bytes], audit: Audit, lookup: SuiteLookup) -> dict[str, Any]:
    """The in-toto Statement v1 over the members, with the audit's claims and Merkle root."""
    suites = sorted({h.suite for h in audit.headers})
    return {
        "_type": STATEMENT_TYPE,
        "subject": [
            {"name": name, "digest": {"sha256": hashlib.sha256(data).hexdigest()}}
            for name, data in sorted(members.items())
        ],
        "predicateType": PREDICATE_TYPE,
        "predicate": {
            "evenhand_version": __version__,
            "suites": [{"name": name, "version": lookup(name).version} for name in suites],
            "claims": audit.claims,
            "samples": {
                "count": len(audit.records),
                "merkle_root": merkle_root(audit.leaves).hex(),
                "digest": "sha256 of the canonical JSON of model, suite, sample_id, epoch, "
                "prompt, response, labels (keys sorted, no spaces, UTF-8)",
                "tree": "leaves in (model, suite, sample_id, epoch) order; node = sha256(0x01 "
                "|| left || right); an odd node is carried up unchanged",
            },
        },
    }


def write_archive(path: Path, members: dict[str, bytes]) -> None:
    """A zip with fixed timestamps; logs (zips themselves) stored, other members deflated."""
    with zipfile.ZipFile(path, "w") as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = (
                zipfile.ZIP_STORED if name.startswith(LOGS) else zipfile.ZIP_DEFLATED
            )
            info.external_attr = 0o644 << 16
            archive.writestr(info, members[name])


def _suite_members(name: str, files: list[Path]) -> dict[str, bytes]:
    members = {}
    root = _common_folder(files)
    for path in files:
        try:
            members[f"{SUITES}{name}/{path.relative_to(root).as_posix()}"] = path.read_bytes()
        except OSError as error:
            raise EvenhandError(f"cannot read {path}: {error.strerror or error}") from error
    return members


def _common_folder(files: list[Path]) -> Path:
    """The suite's folder: the deepest folder holding every file (`prompts.py` sits in it)."""
    folders = [path.parent for path in files]
    return min(folders, key=lambda folder: len(folder.parts))


def _read_gate(path: Path) -> bytes:
    try:
        data = path.read_bytes()
        json.loads(data)
    except OSError as error:
        raise EvenhandError(f"--gate {path}: cannot read it ({error.strerror or error})") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise EvenhandError(
            f"--gate {path}: not JSON ({error}); give `evenhand gate --json` output"
        ) from error
    return redact(data.decode("utf-8")).encode("utf-8")


def _check_no_secrets(members: dict[str, bytes]) -> None:
    """Refuse to write a member that still holds a credential (a last check after redaction)."""
    secrets = [s.encode("utf-8") for s in known_secrets()]
    for name, data in members.items():
        if any(secret in data for secret in secrets):
            raise EvenhandError(f"{name} still holds a credential after redaction; not bundled")
