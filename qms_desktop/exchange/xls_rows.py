"""The rows hidden in an Excel 97–2003 workbook (.xls, BIFF8), which python-calamine does not expose.

An .xls file is an OLE2 compound file (CFB, [MS-CFB]) whose "Workbook" stream holds BIFF8 records
([MS-XLS]): the globals' BOUNDSHEET records (0x0085) give each sheet's name and the stream offset of its
BOF record; in the sheet's substream each ROW record (0x0208) gives a row's 0-based index and, in the option
flags at offset 12 of its data, fDyZero (0x20): the row is hidden (by hand, by a filter or in a collapsed
group). A sheet whose DEFAULTROWHEIGHT (0x0225) hides the rows without a ROW record cannot be told here.

The file is untrusted: every offset and length is checked against the data, every sector chain is bounded
by the file's sector count and cannot loop, and any inconsistency gives ``None`` ("hidden rows unknown"):
the caller then reads every row and says it could not check. Nothing here raises for a malformed file.
Standard library only; the file is already in memory (the shared reader has read it).
"""

from __future__ import annotations

import struct

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END, _FREE = 0xFFFFFFFE, 0xFFFFFFFF
_MAX_SECTOR = 0xFFFFFFFA  # above: special values (DIFSECT, FATSECT, ENDOFCHAIN, FREESECT)
_STREAM, _ROOT = 2, 5

_BOF, _EOF, _BOUNDSHEET, _FILEPASS = 0x0809, 0x000A, 0x0085, 0x002F
_ROW, _DEFAULTROWHEIGHT = 0x0208, 0x0225
_ROW_HIDDEN = 0x20  # fDyZero in the ROW record's option flags
_DEFAULT_HIDDEN = 0x0002  # fDyZero in DEFAULTROWHEIGHT's flags


class _Malformed(Exception):
    pass


def _u32(data: bytes, at: int) -> int:
    if at < 0 or at + 4 > len(data):
        raise _Malformed
    return struct.unpack_from("<I", data, at)[0]


def _u16(data: bytes, at: int) -> int:
    if at < 0 or at + 2 > len(data):
        raise _Malformed
    return struct.unpack_from("<H", data, at)[0]


class _Compound:
    """A bounded reader of one stream of a compound file held in memory."""

    def __init__(self, data: bytes) -> None:
        if len(data) < 512 or data[:8] != _OLE or _u16(data, 0x1C) != 0xFFFE:
            raise _Malformed
        shift = _u16(data, 0x1E)
        if shift not in (9, 12):
            raise _Malformed
        self.data = data
        self.size = 1 << shift
        # sector n begins at (n + 1) × size: the header fills the first sector (512 bytes used of 4,096)
        self.sectors = max(0, (len(data) - self.size + self.size - 1) // self.size)
        self.mini_size = 1 << _u16(data, 0x20)
        if self.mini_size != 64:
            raise _Malformed
        self.cutoff = _u32(data, 0x38)
        self.fat = self._fat()
        self.entries = self._directory(_u32(data, 0x30))

    def _sector(self, n: int) -> bytes:
        if n > _MAX_SECTOR or n >= self.sectors:
            raise _Malformed
        start = (n + 1) * self.size
        chunk = self.data[start:start + self.size]
        return chunk + b"\0" * (self.size - len(chunk))  # a truncated last sector reads as zeros

    def _fat(self) -> list[int]:
        per = self.size // 4
        fat_sectors = [_u32(self.data, 0x4C + 4 * i) for i in range(109)]
        difat, seen = _u32(self.data, 0x44), set()
        for _ in range(_u32(self.data, 0x48)):
            if difat in (_END, _FREE):
                break
            if difat in seen or len(seen) > self.sectors:
                raise _Malformed
            seen.add(difat)
            block = self._sector(difat)
            fat_sectors += [_u32(block, 4 * i) for i in range(per - 1)]
            difat = _u32(block, self.size - 4)
        count = _u32(self.data, 0x2C)
        if count > self.sectors:
            raise _Malformed
        fat: list[int] = []
        for n in fat_sectors[:count]:
            block = self._sector(n)
            fat += struct.unpack(f"<{per}I", block)
        return fat

    def _chain(self, first: int, fat: list[int], limit: int) -> list[int]:
        chain: list[int] = []
        seen: set[int] = set()
        n = first
        while n != _END:
            if n > _MAX_SECTOR or n >= len(fat) or n in seen or len(chain) >= limit:
                raise _Malformed
            seen.add(n)
            chain.append(n)
            n = fat[n]
        return chain

    def _read(self, first: int, size: int) -> bytes:
        chain = self._chain(first, self.fat, self.sectors)
        data = b"".join(self._sector(n) for n in chain)
        if len(data) < size:
            raise _Malformed
        return data[:size]

    def _directory(self, first: int) -> list[tuple[str, int, int, int]]:
        raw = b"".join(self._sector(n) for n in self._chain(first, self.fat, self.sectors))
        entries = []
        for at in range(0, len(raw) - 127, 128):
            length = _u16(raw, at + 64)
            kind = raw[at + 66]
            if length > 64 or length % 2:
                continue
            name = raw[at:at + max(length - 2, 0)].decode("utf-16-le", "replace")
            start, size = _u32(raw, at + 116), _u32(raw, at + 120)
            if self.size == 4096:
                size |= _u32(raw, at + 124) << 32
            entries.append((name, kind, start, size))
        if not entries or entries[0][1] != _ROOT:
            raise _Malformed
        return entries

    def stream(self, name: str) -> bytes | None:
        for entry_name, kind, start, size in self.entries:
            if kind == _STREAM and entry_name.lower() == name.lower():
                if size > len(self.data):
                    raise _Malformed
                if size >= self.cutoff:
                    return self._read(start, size)
                return self._mini(start, size)
        return None

    def _mini(self, first: int, size: int) -> bytes:
        _name, _kind, root_start, root_size = self.entries[0]
        if root_size > len(self.data):
            raise _Malformed
        container = self._read(root_start, root_size)
        count = _u32(self.data, 0x40)
        if count > self.sectors:
            raise _Malformed
        minifat_raw = b"".join(self._sector(n) for n in self._chain(_u32(self.data, 0x3C), self.fat, count))
        minifat = list(struct.unpack(f"<{len(minifat_raw) // 4}I", minifat_raw))
        out = b"".join(container[n * 64:(n + 1) * 64]
                       for n in self._chain(first, minifat, len(container) // 64 + 1))
        if len(out) < size:
            raise _Malformed
        return out[:size]


def _records(stream: bytes, at: int):
    """(type, data, offset) of the BIFF records from ``at`` to the end of the stream."""
    end = len(stream)
    while at + 4 <= end:
        kind, length = struct.unpack_from("<HH", stream, at)
        if at + 4 + length > end:
            raise _Malformed
        yield kind, stream[at + 4:at + 4 + length], at
        at += 4 + length


def _sheet_name(data: bytes) -> str:
    """BOUNDSHEET's ShortXLUnicodeString after the 6 fixed bytes."""
    if len(data) < 8:
        raise _Malformed
    count, flags = data[6], data[7]
    if flags & 1:
        raw = data[8:8 + 2 * count]
        if len(raw) != 2 * count:
            raise _Malformed
        return raw.decode("utf-16-le")
    raw = data[8:8 + count]
    if len(raw) != count:
        raise _Malformed
    return raw.decode("latin-1")


def _hidden_in_sheet(stream: bytes, offset: int) -> frozenset[int] | None:
    """1-based numbers of the sheet's hidden rows, read from its substream at ``offset``; None if unknown."""
    rows: set[int] = set()
    depth = 0
    for kind, data, _at in _records(stream, offset):
        if depth == 0:
            if kind != _BOF or len(data) < 4 or _u16(data, 0) != 0x0600:
                raise _Malformed  # not a BIFF8 BOF where the globals said the sheet begins
            depth = 1
            continue
        if kind == _BOF:  # an embedded substream (a chart drawn in the sheet): not this sheet's rows
            depth += 1
            continue
        if kind == _EOF:
            depth -= 1
            if depth == 0:
                return frozenset(rows)
            continue
        if depth > 1:
            continue
        if kind == _DEFAULTROWHEIGHT and len(data) >= 2 and _u16(data, 0) & _DEFAULT_HIDDEN:
            return None  # rows without a ROW record are hidden too: cannot be listed from ROW records
        if kind == _ROW:
            if len(data) < 16:
                raise _Malformed
            if _u32(data, 12) & _ROW_HIDDEN:
                rows.add(_u16(data, 0) + 1)
    raise _Malformed  # no EOF


def xls_hidden_rows(data: bytes) -> dict[str, frozenset[int] | None] | None:
    """Worksheet name → 1-based numbers of its hidden rows (None for a sheet whose hidden rows cannot be
    told); None when the file's hidden rows cannot be read at all (not a BIFF8 workbook, encrypted, damaged)."""
    try:
        stream = _Compound(data).stream("Workbook")
        if stream is None:  # BIFF5 and older keep a "Book" stream: not read here
            return None
        sheets: list[tuple[str, int]] = []
        first = True
        for kind, record, _at in _records(stream, 0):
            if first:
                if kind != _BOF or len(record) < 4 or _u16(record, 0) != 0x0600:
                    return None
                first = False
                continue
            if kind == _FILEPASS:
                return None
            if kind == _BOUNDSHEET:
                if len(record) >= 6 and record[5] == 0:  # a worksheet (or dialog sheet), not a chart or macro sheet
                    sheets.append((_sheet_name(record), _u32(record, 0)))
            elif kind == _EOF:
                break
        out: dict[str, frozenset[int] | None] = {}
        for name, offset in sheets:
            try:
                out[name] = _hidden_in_sheet(stream, offset)
            except (_Malformed, struct.error, UnicodeDecodeError):
                out[name] = None
        return out
    except (_Malformed, struct.error, UnicodeDecodeError, MemoryError, OverflowError, ValueError, IndexError):
        return None


def xls_encrypted(data: bytes) -> bool:
    """Whether the BIFF8 workbook is protected with a password to open (a FILEPASS record among the globals)."""
    try:
        stream = _Compound(data).stream("Workbook")
        if stream is None:
            return False
        for kind, _record, _at in _records(stream, 0):
            if kind == _FILEPASS:
                return True
            if kind == _EOF:
                return False
    except (_Malformed, struct.error, MemoryError, OverflowError, ValueError, IndexError):
        return False
    return False
