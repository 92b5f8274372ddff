"""Where a running shard keeps its logs: a staging folder of its own inside the log directory.

An eval set lists and reads every log under its directory when it starts and ends; over one
shared directory it would read other shards' logs while their processes rewrite them, which fails
at random (a header read between a file's size and its tail finds no end of archive). So each
shard's eval set runs in `LOG_DIR/.evenhand-shards/<shard>/`, which holds that shard's earlier
logs (moved there first, so that it resumes them), and its logs move back up as soon as it ends.

Every operation goes through fsspec, so the log directory may be a local path (moves are renames:
atomic, nothing copied) or any URL Inspect writes to (`s3://...`: a move is a copy and a delete
of a whole object, and readers never see a partly written one). The staging folder also carries
what the driver learns from a shard's process wherever it runs: its attempts (`.attempt-N`,
holding the process id) and its count of scored samples (`.scored`).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import time
from typing import Any

from evenhand.logs import LogHeader, filesystem
from evenhand.shards._plan import Shard

STAGING = ".evenhand-shards"
"""The folder of the log directory where running shards keep their logs (empty otherwise)."""
PROGRESS_FILE = ".scored"
"""A running shard's count of scored samples, in its staging folder (written at most once a
second as samples end, and when the shard ends)."""


def stage_shards(log_dir: str, shards: list[Shard], earlier: list[LogHeader]) -> dict[str, str]:
    """A fresh staging folder per shard, holding the logs of the log directory that are the
    shard's (its suite, or its item shard of the suite, run by its model), so that its eval set
    resumes them. Logs left in staging by an interrupted run are first moved back up. Logs of no
    shard stay where they are.

    `earlier`: the headers of the directory's logs (read from the directory, or from the local
    copy of a remote one), by which each is matched to its shard.
    """
    fs, root = filesystem(log_dir)
    sweep_staging(log_dir)
    staged = {shard.id: f"{root}/{STAGING}/{_folder_name(shard.id)}" for shard in shards}
    owner = {(shard.suite, shard.models[0], shard.item_shard): shard.id for shard in shards}
    for staging in staged.values():
        fs.makedirs(staging, exist_ok=True)
    for header in sorted(earlier, key=lambda h: h.name):
        shard_id = owner.get((header.suite, header.model, header.item_shard))
        if shard_id is not None and fs.exists(f"{root}/{header.name}"):
            fs.mv(f"{root}/{header.name}", f"{staged[shard_id]}/{header.name}")
    return {shard_id: _url(fs, path) for shard_id, path in staged.items()}


def sweep_staging(log_dir: str) -> int:
    """Move every log left in the staging folder (by a run that was stopped) back up into the log
    directory; the number moved."""
    fs, root = filesystem(log_dir)
    staging = f"{root}/{STAGING}"
    if not fs.isdir(staging):
        return 0
    folders = sorted(fs.ls(staging, detail=False, refresh=True))
    moved = sum(len(unstage(log_dir, _url(fs, folder))) for folder in folders)
    remove_staging(log_dir)
    return moved


def unstage(log_dir: str, staging: str) -> dict[str, str]:
    """Move a shard's logs up into the log directory and remove its staging folder; the new
    location of each log moved, by file name."""
    fs, root = filesystem(log_dir)
    _, folder = filesystem(staging)
    moved: dict[str, str] = {}
    if not fs.isdir(folder):
        return moved
    for path in sorted(fs.glob(f"{folder}/*.eval")):
        name = path.rsplit("/", 1)[-1]
        fs.mv(path, f"{root}/{name}")
        moved[name] = _url(fs, f"{root}/{name}")
    with contextlib.suppress(OSError):  # the eval set's own listing and id files, our marks
        fs.rm(folder, recursive=True)
    return moved


def remove_staging(log_dir: str) -> None:
    """Remove the staging folder once it holds no shard's folder."""
    fs, root = filesystem(log_dir)
    staging = f"{root}/{STAGING}"
    with contextlib.suppress(OSError):
        if fs.isdir(staging) and not fs.ls(staging, detail=False, refresh=True):
            fs.rmdir(staging)


def mark_attempt(staging: str, pid: int) -> int:
    """Count a shard's attempt in its staging folder (a shard run again finds the earlier
    attempts' marks, which name their processes); the attempt's number."""
    fs, folder = filesystem(staging)
    attempt = len(fs.glob(f"{folder}/.attempt-*")) + 1
    fs.pipe_file(f"{folder}/.attempt-{attempt}", str(pid).encode())
    return attempt


def scored(staging: str) -> int:
    """The count a shard's progress file holds; 0 before its first sample or when unreadable."""
    fs, folder = filesystem(staging)
    try:
        return int(fs.cat_file(f"{folder}/{PROGRESS_FILE}"))
    except (OSError, ValueError):
        return 0


class ShardCount:
    """The scored samples of the shard this process is running, and where to write them."""

    def __init__(self) -> None:
        self.folder: str | None = None
        self.count = 0
        self._written = 0.0

    def start(self, folder: str) -> None:
        self.folder, self.count, self._written = folder, 0, 0.0

    def add(self) -> None:
        self.count += 1
        if time.monotonic() - self._written >= 1.0:
            self._write()

    def stop(self) -> None:
        self._write()
        self.folder = None

    def _write(self) -> None:
        if self.folder is None:
            return
        self._written = time.monotonic()
        fs, folder = filesystem(self.folder)
        data = str(self.count).encode()
        with contextlib.suppress(Exception):  # progress is a courtesy: never fail a shard on it
            if _is_local(fs):  # written whole, then renamed, so the driver never reads half
                fs.pipe_file(f"{folder}/{PROGRESS_FILE}.writing", data)
                fs.mv(f"{folder}/{PROGRESS_FILE}.writing", f"{folder}/{PROGRESS_FILE}")
            else:  # an object store replaces an object whole
                fs.pipe_file(f"{folder}/{PROGRESS_FILE}", data)


def is_shared_with_this_node(staging: str) -> bool:
    """Whether a shard's staging folder can be reached from this process: a local folder must
    exist here (it is on a file system every node shares); a remote one always can."""
    fs, folder = filesystem(staging)
    return not _is_local(fs) or fs.isdir(folder)


def _is_local(fs: Any) -> bool:
    from fsspec.implementations.local import LocalFileSystem

    return isinstance(fs, LocalFileSystem)


def _url(fs: Any, path: str) -> str:
    """A path inside the log directory's file system as the log directory names things: a plain
    path for a local one, a URL with its scheme for a remote one."""
    return path if _is_local(fs) else fs.unstrip_protocol(path)


def _folder_name(shard_id: str) -> str:
    """A file-system-safe folder name for a shard id, distinct for distinct ids."""
    digest = hashlib.sha256(shard_id.encode()).hexdigest()[:10]
    return f"{re.sub(r'[^A-Za-z0-9._-]+', '_', shard_id)}-{digest}"
