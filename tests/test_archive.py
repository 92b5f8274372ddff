"""The fast `.eval` member reader against the standard library's zipfile, on real logs and on
archives it must refuse."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from evenhand.logs._archive import LogArchive


def test_every_member_reads_as_zipfile_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("stored.json", b'{"a": 1}', compress_type=zipfile.ZIP_STORED)
        archive.writestr("deflated.json", b"x" * 5000, compress_type=zipfile.ZIP_DEFLATED)
        for i in range(40):  # more than the searches made before the archive is indexed
            archive.writestr(f"samples/{i}_epoch_1.json", f"sample {i}".encode())
        archive.writestr("samples/1_epoch_11.json", b"not epoch 1")
    with LogArchive(path) as fast, zipfile.ZipFile(path) as slow:
        assert set(fast.members) == set(slow.namelist())
        for name in slow.namelist():
            assert fast.read(name) == slow.read(name), name
        assert "samples/1_epoch_1.json" in fast and "samples/99_epoch_1.json" not in fast
        with pytest.raises(KeyError):
            fast.read("absent.json")


def test_a_name_that_ends_another_name_is_not_confused_with_it(tmp_path: Path) -> None:
    path = tmp_path / "b.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("samples/x1_epoch_1.json", b"long")
        archive.writestr("samples/1_epoch_1.json", b"short")
    with LogArchive(path) as fast:
        assert fast.read("1_epoch_1.json".join(["samples/", ""])) == b"short"


def test_zstd_members_of_a_real_inspect_log(tmp_path: Path) -> None:
    from inspect_ai import Task, eval
    from inspect_ai.dataset import Sample
    from inspect_ai.model import ModelOutput, get_model

    model = get_model(
        "mockllm/model",
        custom_outputs=lambda *_: ModelOutput.from_content("mockllm/model", "hello"),
    )
    [log] = eval(
        Task(dataset=[Sample(input=f"q{i}", id=i) for i in range(3)]),
        model=model,
        log_dir=str(tmp_path),
        display="none",
    )
    path = Path(log.location)
    with LogArchive(path) as fast, zipfile.ZipFile(path) as slow:
        for name in slow.namelist():
            assert fast.read(name) == slow.read(name), name


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x05\x06" + b"\x00" * 10])
def test_damaged_archives_raise_value_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.eval"
    path.write_bytes(content)
    with pytest.raises((ValueError, OSError)):
        LogArchive(path).read("header.json")


def test_a_corrupt_member_is_a_value_error(tmp_path: Path) -> None:
    path = tmp_path / "c.zip"
    with zipfile.ZipFile(path, "w") as archive:
        text = " ".join(str(i * 7919 % 10007) for i in range(2000)).encode()
        archive.writestr("m.json", text, compress_type=zipfile.ZIP_DEFLATED)
    data = bytearray(path.read_bytes())
    data[40:60] = b"\xff" * 20  # inside the compressed bytes
    path.write_bytes(bytes(data))
    with LogArchive(path) as fast, pytest.raises(ValueError):
        fast.read("m.json")


def test_a_changed_byte_in_a_stored_member_fails_its_crc(tmp_path: Path) -> None:
    path = tmp_path / "d.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("m.json", b'{"label": "REFUSED"}', compress_type=zipfile.ZIP_STORED)
    data = path.read_bytes().replace(b"REFUSED", b"COMPLET")
    path.write_bytes(data)
    with LogArchive(path) as fast, pytest.raises(ValueError, match="CRC"):
        fast.read("m.json")
