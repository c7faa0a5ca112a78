"""Finding and reading articles: discovery, decoding, and what to skip."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
VCS_DIRS = frozenset({".git", ".hg", ".svn", ".bzr", "_darcs", "CVS"})
STDIN = "-"


class SkipFile(Exception):
    """A file that is not an article (binary, unreadable); the message says why."""


@dataclass
class Source:
    path: str
    text: str
    #: Set when the file was not valid UTF-8 and a fallback encoding was used.
    decode_warning: str | None = None


def discover(paths: list[str], is_excluded) -> tuple[list[str], list[str]]:
    """Expand folders into article files; return ``(files, missing_paths)``.

    Files named explicitly are checked whatever their suffix, as ruff does;
    folders contribute only Markdown and text files, skipping hidden folders,
    version-control folders and ``exclude`` globs.
    """
    files: list[str] = []
    missing: list[str] = []
    for raw in paths:
        if raw == STDIN:
            files.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            files.extend(_walk(path, is_excluded))
        elif path.is_file():
            files.append(raw)
        else:
            missing.append(raw)
    return files, missing


def _walk(folder: Path, is_excluded) -> list[str]:
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and d not in VCS_DIRS and not is_excluded(here / d)
        )
        for name in sorted(filenames):
            if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                path = here / name
                if not is_excluded(path):
                    found.append(str(path))
    return found


def read_source(path: str, data: bytes | None = None) -> Source:
    """Read and decode one article. ``data`` is given for standard input."""
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise SkipFile(f"cannot read: {exc.strerror or exc}") from None
    text, warning = decode(data)
    return Source(path, text, warning)


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode UTF-8 (BOM removed); fall back to cp1252 with a warning; refuse binaries."""
    if b"\x00" in data[:8192]:
        raise SkipFile("skipped: binary file")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        where = exc.start
    text = data.decode("cp1252", errors="replace")
    if _looks_binary(text):
        raise SkipFile("skipped: binary file")
    return text, f"not valid UTF-8 (first bad byte at offset {where}); read as cp1252"


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f")
    return controls > len(sample) * 0.05


def relative_to(path: str | Path, root: Path) -> Path | None:
    """``path`` relative to ``root``, or None when it lies outside ``root``.

    Plain absolute paths first (string work, run for every file); symlinks are
    resolved only when that says "outside", since resolving costs system calls.
    """
    for absolute in (os.path.abspath, os.path.realpath):
        relative = os.path.relpath(absolute(path), absolute(root))
        if relative != os.pardir and not relative.startswith(os.pardir + os.sep):
            return Path(relative)
    return None


def posix_relative(path: str | Path, root: Path) -> str:
    """``path`` relative to ``root`` in posix form, or as given when it lies outside."""
    relative = relative_to(path, root)
    return (relative if relative is not None else Path(path)).as_posix()
