"""Take credentials out of logs Inspect has written (`evenhand.core.redact`).

Inspect records a failed request's error message as it was raised, and a server that quotes the
caller's key back in its error (as careless gateways do) gets the key into the sample's error, its
summary and the eval set's listing. Nothing upstream of the log can strip it, so the logs a run
wrote are checked afterwards, and a member that holds a credential is rewritten.
"""

from __future__ import annotations

import zipfile
from functools import partial
from pathlib import Path

from evenhand.core import redact, write_atomically
from evenhand.logs._archive import LogArchive


def scrub_log_dir(log_dir: Path) -> int:
    """Redact credentials in every log and listing in a directory; the number of files changed.

    Raises:
        EvenhandError: a file that needs rewriting cannot be written.
    """
    changed = 0
    for path in sorted(log_dir.iterdir()):
        if path.suffix == ".eval":
            changed += _scrub_archive(path)
        elif path.suffix == ".json" and path.is_file():
            data = path.read_bytes()
            clean = _redact_bytes(data)
            if clean is not data:
                write_atomically(path, partial(_write, content=clean))
                changed += 1
    return changed


def _write(path: Path, *, content: bytes) -> None:
    path.write_bytes(content)


def _scrub_archive(path: Path) -> int:
    try:
        with LogArchive(path) as archive:
            members = {name: archive.read(name) for name in archive.members}
    except (OSError, ValueError):  # a damaged log is refused by the readers, not rewritten here
        return 0
    cleaned = {name: _redact_bytes(data) for name, data in members.items()}
    if all(cleaned[name] is members[name] for name in members):
        return 0

    def write(target: Path) -> None:
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as out:
            for name, data in cleaned.items():
                out.writestr(name, data)

    write_atomically(path, write)
    return 1


def _redact_bytes(data: bytes) -> bytes:
    """The member redacted, or the very same object when it holds no credential."""
    text = data.decode("utf-8", errors="surrogateescape")
    clean = redact(text)
    return data if clean == text else clean.encode("utf-8", errors="surrogateescape")
