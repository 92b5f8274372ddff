from pathlib import Path

import pytest

from evenhand.core import LocalModelError
from evenhand.model import resolve_weights


def test_packaged_smollm2_resolves_to_a_hashed_file() -> None:
    weights = resolve_weights("smollm2")
    assert weights.path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert len(weights.sha256) == 64


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(LocalModelError, match="no such file"):
        resolve_weights(str(tmp_path / "nope.gguf"))


def test_non_gguf_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "fake.gguf"
    path.write_bytes(b"not a model")
    with pytest.raises(LocalModelError, match="not a GGUF file"):
        resolve_weights(str(path))


def test_same_name_different_bytes_different_hash(tmp_path: Path) -> None:
    path = tmp_path / "m.gguf"
    path.write_bytes(b"GGUF" + b"\x00" * 16)
    first = resolve_weights(str(path)).sha256
    path.write_bytes(b"GGUF" + b"\x01" * 17)
    assert resolve_weights(str(path)).sha256 != first
