"""Writing output files so that a failure leaves nothing half-written and reads as one line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from evenhand.core._errors import EvenhandError


def write_atomically(output: Path, write: Callable[[Path], object]) -> None:
    """Call `write` on a sibling `.partial` path, then move it over `output`.

    Raises:
        EvenhandError: the folder does not exist or cannot be written; any earlier `output` is kept.
    """
    if output.is_symlink():  # replace the file the link points to, not the link
        output = output.resolve()
    if output.exists() and not output.is_file():
        raise EvenhandError(f"cannot write {output}: it exists and is not a regular file")
    if not output.parent.is_dir():
        raise EvenhandError(f"cannot write {output}: folder {output.parent} does not exist")
    partial = output.with_name(output.name + ".partial")
    try:
        write(partial)
        partial.replace(output)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise EvenhandError(f"cannot write {output}: {error.strerror or error}") from error


def check_writable(output: Path, what: str) -> None:
    """Fail now, before any work, if `output` could not be written later: its folder is missing
    or refuses a new file (found by creating and removing a temporary file there, since
    permission bits do not tell for root or for filesystems such as /proc).

    Raises:
        EvenhandError: the path cannot be written; nothing is left behind.
    """
    import tempfile

    if output.exists() and not output.is_file():
        raise EvenhandError(f"cannot write {what} {output}: it exists and is not a regular file")
    folder = output.parent
    if folder.exists() and not folder.is_dir():
        raise EvenhandError(
            f"cannot write {what} {output}: {folder} is a file, not a folder; choose another path"
        )
    if not folder.is_dir():
        raise EvenhandError(
            f"cannot write {what} {output}: folder {folder} does not exist; create it or choose "
            "another path"
        )
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{output.name}.", suffix=".check"):
            pass
    except OSError as error:
        raise EvenhandError(
            f"cannot write {what} {output}: {folder} refuses new files ({error.strerror or error})"
        ) from error


def make_directory(folder: Path, what: str) -> None:
    """Create a folder (and its parents) or fail with one line."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise EvenhandError(f"cannot create {what} {folder}: {error.strerror or error}") from error


def is_remote(location: str | Path) -> bool:
    """Whether a log directory is a URL of a file system other than this machine's (`s3://...`;
    a one-letter scheme is a Windows drive, `file://` this machine)."""
    if isinstance(location, Path):
        return False
    from urllib.parse import urlsplit

    scheme = urlsplit(location).scheme
    return len(scheme) > 1 and scheme != "file"


LOG_SUFFIXES = (".eval", ".json")
"""What Inspect reads as a log in a log directory (`logs.json` is an eval set's index)."""


def check_outside_logs(output: Path, log_dir: Path | str, what: str) -> None:
    """Refuse an output that would replace a log, or be read as one, under `log_dir` (a remote
    log directory is never where a local output goes).

    Raises:
        EvenhandError: `output` is a `.eval` or `.json` file under `log_dir`.
    """
    if is_remote(log_dir):
        return
    log_dir = Path(log_dir)
    inside = log_dir.resolve() in output.resolve().parents
    if inside and output.suffix in LOG_SUFFIXES:
        raise EvenhandError(
            f"cannot write {what} {output}: a {output.suffix} file in {log_dir} would replace or "
            "pass for a log; write it outside the log directory or with another suffix"
        )


def check_not_input(output: Path, input_path: Path, what: str) -> None:
    """Refuse to write over the file being read.

    Raises:
        EvenhandError: `output` is `input_path` (also through a link).
    """
    if output.resolve() == input_path.resolve():
        raise EvenhandError(
            f"cannot write {what} {output}: it is the input file, which would be lost; "
            "choose another path"
        )
