"""Log directories that are not on this machine's file system: any fsspec URL Inspect writes logs
to (`s3://bucket/audit`, `gs://...`, `az://...`).

Inspect's eval sets write to such a directory themselves (each shard of a Ray audit from its own
node). evenhand's own readers (the log checks, the summary, the report, export and compare) read
local files, so they read a local copy of the directory: `open_log_dir` pulls its logs into a
temporary folder, pulls again what changed after a run, and pushes back what evenhand itself
rewrote there (credentials taken out of logs). A local directory is used in place: the same
object, with nothing to copy.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from evenhand.core import LOG_SUFFIXES, EvenhandError, is_remote, redact_url


class _Copy(NamedTuple):
    """A log as pulled: its version there (size and tag), and its local file's state after."""

    version: tuple[Any, ...]
    local: tuple[int, int]


class LogDir:
    """A log directory: `location` is where Inspect writes (a path or a URL), `local` where
    evenhand reads the same logs (the directory itself, or a local copy of a remote one)."""

    def __init__(self, location: str, local: Path) -> None:
        self.location = location
        self.local = local
        self.remote = is_remote(location)
        self._copies: dict[str, _Copy] = {}

    def __str__(self) -> str:
        return redact_url(self.location) if self.remote else self.location

    def pull(self) -> int:
        """Bring the local copy up to date with the remote directory: copy each log that is new or
        changed there, delete the copy of each log that is gone. The number copied (0 for a local
        directory).

        Raises:
            EvenhandError: the directory cannot be listed or a log cannot be read.
        """
        if not self.remote:
            return 0
        fs, root = filesystem(self.location)
        there = _listing(fs, root, self)
        copied = 0
        for name in sorted(set(self._copies) - set(there)):
            (self.local / name).unlink(missing_ok=True)
            del self._copies[name]
        for name, info in sorted(there.items()):
            version = _version(info)
            copy = self._copies.get(name)
            if copy is not None and copy.version == version:
                continue
            target = self.local / name
            _call(self, f"cannot read {name} from", partial(fs.get_file, info["name"], target))
            self._copies[name] = _Copy(version, _state(target))
            copied += 1
        return copied

    def push(self) -> int:
        """Copy back to the remote directory each log evenhand rewrote in the local copy since it
        was pulled; the number copied.

        Raises:
            EvenhandError: a log cannot be written there.
        """
        if not self.remote:
            return 0
        fs, root = filesystem(self.location)
        pushed = 0
        for name, copy in sorted(self._copies.items()):
            source = self.local / name
            if not source.is_file() or _state(source) == copy.local:
                continue
            there = f"{root}/{name}"
            _call(self, f"cannot write {name} to", partial(fs.put_file, source, there))
            info = _call(self, f"cannot read {name} from", partial(fs.info, there))
            self._copies[name] = _Copy(_version(info), _state(source))
            pushed += 1
        return pushed

    def url_of(self, local: str) -> str:
        """Where a log of the local copy lives in the directory itself (its URL, for a remote
        directory)."""
        if not self.remote:
            return local
        return f"{self.location.rstrip('/')}/{Path(local).name}"


@contextmanager
def open_log_dir(log_dir: str | Path) -> Iterator[LogDir]:
    """A log directory to read (and run into): a local directory as it is; a remote one through a
    temporary local copy, pulled on entry and removed on exit (an error that names the copy names
    the remote directory instead).

    Raises:
        EvenhandError: the remote directory's file system is unknown or not installed, or the
            directory cannot be listed (no such bucket, no credentials, no answer).
    """
    if not is_remote(log_dir):
        yield LogDir(str(log_dir), Path(log_dir))
        return
    with tempfile.TemporaryDirectory(prefix="evenhand-logs-") as folder:
        directory = LogDir(str(log_dir), Path(folder))
        directory.pull()
        try:
            yield directory
        except EvenhandError as error:  # name the directory the user gave, not the copy
            error.args = tuple(
                arg.replace(folder, str(directory)) if isinstance(arg, str) else arg
                for arg in error.args
            )
            raise


def filesystem(url: str) -> tuple[Any, str]:
    """The fsspec file system of a remote directory and the directory's path in it, as Inspect
    opens it (Inspect depends on fsspec and s3fs).

    Raises:
        EvenhandError: the URL's scheme names no file system fsspec knows, or one whose package is
            not installed.
    """
    import fsspec

    try:
        fs, root = fsspec.core.url_to_fs(url)
    except (ValueError, ImportError) as error:  # "Protocol not known", a missing gcsfs ...
        reason = _first_line(str(error)) or type(error).__name__
        raise EvenhandError(
            f"--log-dir {redact_url(url)}: cannot open that file system ({reason}); give a "
            "local folder or a URL such as s3://bucket/folder"
        ) from error
    return fs, str(root).rstrip("/")


def make_remote_directory(url: str) -> None:
    """Check that a remote directory can be listed, creating it where the file system has real
    folders (object stores have none: a prefix exists once a log is written under it).

    Raises:
        EvenhandError: its bucket (or top folder) does not exist, or the store cannot be reached
            or refuses the credentials.
    """
    fs, root = filesystem(url)
    directory = LogDir(url, Path())
    top = root.split("/")[0]
    if top and not _call(directory, "cannot reach", lambda: fs.exists(top)):
        raise EvenhandError(
            f"--log-dir {redact_url(url)}: there is no bucket or folder {top!r}; create it first "
            "or check the URL"
        )
    _call(directory, "cannot create", lambda: fs.makedirs(root, exist_ok=True))


def forwarded_storage_environment() -> dict[str, str]:
    """The variables of this process through which fsspec's object stores find their endpoint
    and credentials (`AWS_...`, Google's and Azure's), for shard processes on other machines."""
    prefixes = ("AWS_", "GOOGLE_", "GCLOUD_", "AZURE_STORAGE_", "FSSPEC_")
    return {name: value for name, value in os.environ.items() if name.startswith(prefixes)}


def _listing(fs: Any, root: str, directory: LogDir) -> dict[str, dict[str, Any]]:
    """The directory's logs (files with a log suffix, at its top), by name; empty when the
    directory does not exist yet."""
    try:
        entries = fs.ls(root, detail=True, refresh=True)
    except FileNotFoundError:
        return {}
    except Exception as error:  # every store raises errors of its own: one line each
        raise _failure(directory, "cannot list", error) from error
    files = {}
    for entry in entries:
        name = str(entry["name"]).rstrip("/").rsplit("/", 1)[-1]
        if entry.get("type") == "file" and Path(name).suffix in LOG_SUFFIXES:
            files[name] = entry
    return files


def _version(info: dict[str, Any]) -> tuple[Any, ...]:
    """What tells a changed object from the copy taken: its size with its tag or its time."""
    tag = info.get("ETag") or info.get("etag") or info.get("mtime") or info.get("LastModified")
    return info.get("size"), str(tag)


def _state(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def _call(directory: LogDir, what: str, action: Any) -> Any:
    try:
        return action()
    except EvenhandError:
        raise
    except Exception as error:  # botocore's, aiohttp's, OSError ...: one line each
        raise _failure(directory, what, error) from error


def _failure(directory: LogDir, what: str, error: Exception) -> EvenhandError:
    reason = _first_line(str(error)) or type(error).__name__
    return EvenhandError(
        f"--log-dir {directory}: {what} it ({reason}); check the URL, the credentials (for S3: "
        "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a profile) and the endpoint "
        "(AWS_ENDPOINT_URL)"
    )


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else ""
