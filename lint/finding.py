"""Findings: what a rule reports, located exactly in the file the editor has open."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    """Ordered so that ``--fail-on`` can compare: info < warning < error."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls(value.lower())
        except ValueError:
            choices = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r} (choose from {choices})") from None


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True)
class Position:
    """1-based line and column (columns count characters, not bytes)."""

    line: int
    column: int


class LineIndex:
    """Maps character offsets to 1-based line/column.

    Only ``\\n`` starts a line, so CRLF files count the same lines an editor
    shows; a ``\\r`` before the newline is simply the last column of its line.
    """

    def __init__(self, text: str) -> None:
        self._starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            self._starts.append(i + 1)
            i = find("\n", i + 1)

    def position(self, offset: int) -> Position:
        line = bisect.bisect_right(self._starts, offset) - 1
        return Position(line + 1, offset - self._starts[line] + 1)

    def line_start(self, line: int) -> int:
        """Offset of the first character of 1-based ``line``."""
        return self._starts[line - 1]

    @property
    def line_count(self) -> int:
        return len(self._starts)


@dataclass(frozen=True)
class Related:
    """Another place that explains a finding, e.g. where a repeated paragraph first appears."""

    path: str
    start: int
    end: int
    line: int
    column: int
    message: str = ""


@dataclass
class Finding:
    """One problem in one file.

    ``start``/``end`` are 0-based character offsets into the decoded file text
    (end exclusive, newlines untranslated); ``line``/``column`` and
    ``end_line``/``end_column`` are the same span, 1-based, for people.
    ``end_line``/``end_column`` point at the last character of the span plus one,
    as editors and SARIF expect.
    """

    path: str
    code: str
    name: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    suggestions: list[str] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    #: A sub-rule id from the backend that produced the finding (LanguageTool's rule id).
    detail_code: str | None = None
    #: The flagged text and a little context, used to match baseline entries.
    fingerprint: str = ""

    def locate(self, index: LineIndex) -> Finding:
        """Fill the line/column fields from the offsets."""
        first = index.position(self.start)
        last = index.position(self.end)
        self.line, self.column = first.line, first.column
        self.end_line, self.end_column = last.line, last.column
        return self

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start, self.end, self.code)

    def to_dict(self) -> dict:
        """The documented JSON shape of a finding (see README, "JSON output")."""
        data = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start": self.start,
            "end": self.end,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "suggestions": list(self.suggestions),
            "related": [
                {
                    "path": r.path,
                    "line": r.line,
                    "column": r.column,
                    "start": r.start,
                    "end": r.end,
                    "message": r.message,
                }
                for r in self.related
            ],
        }
        if self.detail_code:
            data["rule_id"] = self.detail_code
        return data
