"""Read members of an Inspect `.eval` log (a zip archive) by name, fast.

A log of 12,500 samples has 12,500 members. The standard library's `zipfile` builds a Python object
per member when it opens an archive (a quarter of a second for such a log), and a report opens each
log up to three times. This reader keeps only each member's position: it reads the archive's
central directory (the zip format's table of contents, at its end) in one piece, indexes names to
offsets, and decompresses just the members asked for, checking each one's CRC-32. It reads stored, deflated and zstd members
(Inspect writes zstd), with ZIP64 sizes and offsets; anything else raises ValueError, and callers
fall back to Inspect's own reader.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any, BinaryIO

_END = b"PK\x05\x06"
_END64_LOCATOR = b"PK\x06\x07"
_CENTRAL = b"PK\x01\x02"
_LOCAL = b"PK\x03\x04"
_END_SIZE = 22
_MAX_COMMENT = 65535
_CENTRAL_ENTRY = struct.Struct("<4s6HI2I5HII")
_LOCAL_HEADER = struct.Struct("<4s5H3I2H")
_ZIP64_EXTRA = 0x0001
STORED, DEFLATED, ZSTD = 0, 8, 93
_SEARCHES_BEFORE_INDEX = 16


class Member:
    __slots__ = ("compressed", "crc", "method", "offset", "size")

    def __init__(self, method: int, crc: int, compressed: int, size: int, offset: int) -> None:
        self.method, self.crc = method, crc
        self.compressed, self.size, self.offset = compressed, size, offset


class LogArchive:
    """The members of one `.eval` file by name; use as a context manager.

    Raises:
        ValueError: not a zip archive, or one this reader does not handle.
        OSError: the file cannot be read.
    """

    def __init__(self, path: Path) -> None:
        self._file: BinaryIO = path.open("rb")
        try:
            self._entries, self._directory = _directory(self._file)
        except struct.error as error:
            self._file.close()
            raise ValueError(f"damaged archive ({error})") from error
        except Exception:
            self._file.close()
            raise
        self._index: dict[str, Member] | None = None
        self._lookups = 0

    @property
    def members(self) -> dict[str, Member]:
        """Every member by name (built on first use).

        Raises:
            ValueError: the archive's directory is damaged.
        """
        if self._index is None:
            try:
                self._index = _index(self._directory, self._entries)
            except (struct.error, UnicodeDecodeError) as error:
                raise ValueError(f"damaged archive ({error})") from error
        return self._index

    def __contains__(self, name: str) -> bool:
        return self._member(name) is not None

    def _member(self, name: str) -> Member | None:
        """A member's place: by a search of the directory for the first few names asked for
        (a report reads two members of most logs), by an index of every name after that."""
        self._lookups += 1
        if self._index is not None or self._lookups > _SEARCHES_BEFORE_INDEX:
            return self.members.get(name)
        wanted = name.encode("utf-8")
        at = self._directory.find(wanted)
        try:
            return self._search(wanted, at)
        except (struct.error, UnicodeDecodeError) as error:
            raise ValueError(f"damaged archive ({error})") from error

    def _search(self, wanted: bytes, at: int) -> Member | None:
        while at >= 0:
            start = at - _CENTRAL_ENTRY.size
            if start >= 0 and self._directory[start : start + 4] == _CENTRAL:
                fields = _CENTRAL_ENTRY.unpack_from(self._directory, start)
                if fields[10] == len(wanted):
                    return _member(self._directory, start, fields)[1]
            at = self._directory.find(wanted, at + 1)
        return None

    def __enter__(self) -> LogArchive:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._file.close()

    def read(self, name: str) -> bytes:
        """A member's content, decompressed.

        Raises:
            KeyError: no member has this name.
            ValueError: the member is damaged or compressed in a way this reader does not read.
        """
        member = self._member(name)
        if member is None:
            raise KeyError(name)
        self._file.seek(member.offset)
        header = self._file.read(_LOCAL_HEADER.size)
        if len(header) != _LOCAL_HEADER.size:
            raise ValueError(f"damaged archive: {name} is cut short")
        fields = _LOCAL_HEADER.unpack(header)
        if fields[0] != _LOCAL:
            raise ValueError(f"damaged archive: no local header for {name}")
        name_length, extra_length = fields[9], fields[10]
        self._file.seek(name_length + extra_length, 1)
        data = self._file.read(member.compressed)
        if len(data) != member.compressed:
            raise ValueError(f"damaged archive: {name} is cut short")
        if member.method == STORED:
            content = data
        elif member.method in (DEFLATED, ZSTD):
            try:
                if member.method == DEFLATED:
                    content = zlib.decompress(data, -15)
                else:
                    import zstandard

                    content = zstandard.ZstdDecompressor().decompress(
                        data, max_output_size=member.size
                    )
            except Exception as error:  # zlib.error, zstandard.ZstdError
                raise ValueError(
                    f"damaged archive: {name} does not decompress ({error})"
                ) from error
        else:
            raise ValueError(f"{name}: compression method {member.method} is not supported")
        # zstd frames in Inspect's logs carry no checksum of their own: the zip's CRC-32 is the check
        if zlib.crc32(content) != member.crc:
            raise ValueError(f"damaged archive: {name} fails its CRC-32 check")
        return content


def _directory(file: BinaryIO) -> tuple[int, bytes]:
    """The number of members and the central directory's bytes."""
    file.seek(0, 2)
    size = file.tell()
    tail_size = min(size, _END_SIZE + _MAX_COMMENT)
    file.seek(size - tail_size)
    tail = file.read(tail_size)
    at = tail.rfind(_END)
    if at < 0 or len(tail) - at < _END_SIZE:
        raise ValueError("not a zip archive (no end of central directory)")
    entries, directory_size, directory_offset = struct.unpack_from("<2xHII", tail, at + 8)
    if entries == 0xFFFF or 0xFFFFFFFF in (directory_size, directory_offset):
        locator = tail.rfind(_END64_LOCATOR, 0, at)
        if locator < 0:
            raise ValueError("ZIP64 archive without its locator")
        (end64_offset,) = struct.unpack_from("<Q", tail, locator + 8)
        file.seek(end64_offset)
        end64 = file.read(56)
        entries, directory_size, directory_offset = struct.unpack_from("<QQQ", end64, 32)
    file.seek(directory_offset)
    directory = file.read(directory_size)
    if len(directory) != directory_size:
        raise ValueError("damaged archive: central directory cut short")
    return entries, directory


def _index(directory: bytes, entries: int) -> dict[str, Member]:
    members: dict[str, Member] = {}
    position = 0
    for _ in range(entries):
        fields = _CENTRAL_ENTRY.unpack_from(directory, position)
        if fields[0] != _CENTRAL:
            raise ValueError("damaged archive: bad central directory entry")
        name, member = _member(directory, position, fields)
        members[name] = member
        position += _CENTRAL_ENTRY.size + fields[10] + fields[11] + fields[12]
    return members


def _member(directory: bytes, position: int, fields: tuple[Any, ...]) -> tuple[str, Member]:
    """Name and place of the central directory entry at `position` (already unpacked)."""
    method, compressed, uncompressed = fields[4], fields[8], fields[9]
    name_length, extra_length, offset = fields[10], fields[11], fields[16]
    start = position + _CENTRAL_ENTRY.size
    name = directory[start : start + name_length].decode("utf-8")
    if 0xFFFFFFFF in (compressed, uncompressed, offset):
        extra = directory[start + name_length : start + name_length + extra_length]
        uncompressed, compressed, offset = _zip64(extra, uncompressed, compressed, offset)
    return name, Member(method, fields[7], compressed, uncompressed, offset)


def _zip64(extra: bytes, uncompressed: int, compressed: int, offset: int) -> tuple[int, int, int]:
    """Sizes and offset from a ZIP64 extra field: present, in this order, only where the
    32-bit field holds 0xFFFFFFFF."""
    at = 0
    while at + 4 <= len(extra):
        kind, length = struct.unpack_from("<HH", extra, at)
        if kind == _ZIP64_EXTRA:
            values = iter(struct.unpack_from(f"<{length // 8}Q", extra, at + 4))
            if uncompressed == 0xFFFFFFFF:
                uncompressed = next(values)
            if compressed == 0xFFFFFFFF:
                compressed = next(values)
            if offset == 0xFFFFFFFF:
                offset = next(values)
            break
        at += 4 + length
    return uncompressed, compressed, offset
