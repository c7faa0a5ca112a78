"""Baselines: adopt copydesk on an existing archive without fixing it all first.

An entry is matched by file, code and the flagged text with a little context,
never by line number, so an edit elsewhere in the article does not bring old
findings back. Counting entries (not a set) keeps a second copy of an old
problem visible.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from lint.errors import ConfigError
from lint.finding import Finding
from lint.sources import posix_relative

VERSION = 1
CONTEXT = 40


def fingerprint(source: str, start: int, end: int) -> str:
    """The flagged text and its context on the same line(s), whitespace folded.

    Context stops at line ends, so edits to neighbouring lines or paragraphs
    leave the fingerprint alone.
    """
    line_start = source.rfind("\n", 0, start) + 1
    line_end = source.find("\n", end)
    line_end = len(source) if line_end == -1 else line_end
    before = source[max(line_start, start - CONTEXT) : start]
    after = source[end : min(line_end, end + CONTEXT)]
    return " ".join(f"{before}[{source[start:end]}]{after}".split())


def _key(finding: Finding, root: Path) -> tuple[str, str, str]:
    return (posix_relative(finding.path, root), finding.code, finding.fingerprint)


def write(path: Path, findings: list[Finding], root: Path) -> None:
    entries = [dict(zip(("path", "code", "fingerprint"), _key(f, root), strict=False)) for f in findings]
    entries.sort(key=lambda e: (e["path"], e["code"], e["fingerprint"]))
    path.write_text(json.dumps({"version": VERSION, "findings": entries}, indent=1, ensure_ascii=False) + "\n", "utf-8")


def load(path: Path) -> Counter:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data["findings"]
        return Counter((e["path"], e["code"], e["fingerprint"]) for e in entries)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"{path}: not a copydesk baseline ({exc})") from None


def filter_known(findings: list[Finding], known: Counter, root: Path) -> list[Finding]:
    remaining = Counter(known)
    kept = []
    for finding in findings:
        key = _key(finding, root)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            kept.append(finding)
    return kept
