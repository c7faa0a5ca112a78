"""A word list that is looked up in its file, never loaded: the on-disk format of ``lexicon.bin``.

Turning 315,000 words into a Python dict costs 50-100 ms (a string object
and a dict slot each), most of a cold ``copydesk check`` on one article,
which asks about a few hundred words and a few thousand near misses. So the
file is laid out as an open-addressing hash table over its own bytes, and is
memory-mapped: opening it costs well under a millisecond, a look-up a few
hundred nanoseconds (about what a dict costs on a fresh string, whose hash
is not cached), and only the pages a run touches are read.

Layout (all integers little-endian)::

    header   "CDLX", version, word count, table bits, blob length   (5 x 4 bytes)
    table    2**bits uint32 slots: 0 empty, else fingerprint << offset_bits | entry offset + 1
    blob     per word: length byte, code byte, the word in UTF-8

A slot is found from ``zlib.crc32`` of the word's UTF-8 bytes (stable across
processes, unlike ``hash``), by linear probing. The fingerprint (the hash's
bits above the slot number) rules out almost every occupied slot without
reading the word, so a miss, the common case when trying near misses, costs
one or two integer compares. Entries are in sorted word order.
"""

from __future__ import annotations

import mmap
import os
import struct
import sys
from array import array
from collections.abc import Callable, Iterator
from zlib import crc32

MAGIC = b"CDLX"
VERSION = 1
HEADER = struct.Struct("<4sIIII")
#: Slots per word at least this (load factor at most 1/3): a miss then probes about 1.6 slots on average.
SLOTS_PER_WORD = 3


def pack(words: list[str], codes: bytes) -> bytes:
    """The file for ``words`` (each at most 255 UTF-8 bytes) with one code byte each."""
    assert len(words) == len(codes)
    blob = bytearray()
    offsets = []
    for word, code in zip(words, codes, strict=True):
        raw = word.encode("utf-8")
        assert 0 < len(raw) < 256, word
        offsets.append(len(blob))
        blob += bytes((len(raw), code)) + raw
    bits = int(len(words) * SLOTS_PER_WORD).bit_length()
    offset_bits = (len(blob) + 1).bit_length()
    fp_bits = 32 - offset_bits
    assert fp_bits >= 8, "blob too large for 32-bit slots"
    mask = (1 << bits) - 1
    table = array("I", bytes(4 << bits))
    for word, offset in zip(words, offsets, strict=True):
        h = crc32(word.encode("utf-8"))
        slot = h & mask
        while table[slot]:
            slot = (slot + 1) & mask
        table[slot] = (((h >> bits) & ((1 << fp_bits) - 1)) << offset_bits) | (offset + 1)
    if sys.byteorder != "little":
        table.byteswap()
    return HEADER.pack(MAGIC, VERSION, len(words), bits, len(blob)) + table.tobytes() + bytes(blob)


class PackedWords:
    """Read-only word -> code byte mapping over a buffer in the format above (bytes or mmap)."""

    def __init__(self, buf: bytes | mmap.mmap) -> None:
        magic, version, count, bits, blob_len = HEADER.unpack_from(buf)
        if magic != MAGIC or version != VERSION:
            raise ValueError("not a copydesk lexicon (rebuild it with scripts/build_spelling_data.py)")
        self._buf = buf
        self._count = count
        self._blob_start = HEADER.size + (4 << bits)
        self._blob_end = self._blob_start + blob_len
        self.get, self.find = _lookup(buf, bits, blob_len, self._blob_start)

    @classmethod
    def open(cls, path: str) -> PackedWords:
        with open(path, "rb") as fh:
            try:
                buf: bytes | mmap.mmap = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            except (OSError, ValueError):  # a file system without mmap
                buf = fh.read()
        return cls(buf)

    def __len__(self) -> int:
        return self._count

    def items(self) -> Iterator[tuple[str, int]]:
        """Every word with its code, in sorted order (slow: for tools, not for checking)."""
        buf, pos, end = self._buf, self._blob_start, self._blob_end
        while pos < end:
            n = buf[pos]
            yield buf[pos + 2 : pos + 2 + n].decode("utf-8"), buf[pos + 1]
            pos += 2 + n


def _lookup(
    buf: bytes | mmap.mmap, bits: int, blob_len: int, blob_start: int
) -> tuple[Callable[[str], int | None], Callable[[list[bytes]], list[tuple[int, int]]]]:
    """``get(word) -> code or None``, and ``find(words) -> [(index, code)]`` of the UTF-8 words present.

    Closures with everything they need in local variables: they are the hot loop of T101.
    """
    table: memoryview | array = memoryview(buf)[HEADER.size : blob_start].cast("I")
    if sys.byteorder != "little":  # the file is little-endian: swap a copy of the table
        table = array("I", table.tobytes())
        table.byteswap()
    mask = (1 << bits) - 1
    offset_bits = (blob_len + 1).bit_length()
    fp_mask = (1 << (32 - offset_bits)) - 1
    off_mask = (1 << offset_bits) - 1
    base = blob_start  # a slot holds an entry's offset plus one (0 is empty): base + that is its code byte

    def get(word: str) -> int | None:
        raw = word.encode("utf-8")
        h = crc32(raw)
        slot = h & mask
        fp = (h >> bits) & fp_mask
        n = len(raw)
        while True:
            value = table[slot]
            if not value:
                return None
            if value >> offset_bits == fp:
                at = base + (value & off_mask)
                if buf[at - 1] == n and buf[at + 1 : at + 1 + n] == raw:
                    return buf[at]
            slot = (slot + 1) & mask

    def find(words: list[bytes]) -> list[tuple[int, int]]:
        found = []
        for index, raw in enumerate(words):
            h = crc32(raw)
            slot = h & mask
            value = table[slot]
            if not value:  # most near misses of a typo stop here
                continue
            fp = (h >> bits) & fp_mask
            n = len(raw)
            while value:
                if value >> offset_bits == fp:
                    at = base + (value & off_mask)
                    if buf[at - 1] == n and buf[at + 1 : at + 1 + n] == raw:
                        found.append((index, buf[at]))
                        break
                slot = (slot + 1) & mask
                value = table[slot]
        return found

    return get, find


def default_path() -> str:
    return os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "lexicon.bin")
