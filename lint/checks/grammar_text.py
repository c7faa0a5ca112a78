"""The text copydesk sends to LanguageTool, and the way back to file offsets.

``doc.prose`` keeps every offset by blanking markup with spaces, but
LanguageTool reads those spaces as writing: ``[the report](https://…),``
becomes "the report" followed by a run of spaces and a comma, which its
whitespace rules flag. So each block is sent *compacted*: blanked characters
are dropped and runs of whitespace become one space, and every character
keeps the file offset it came from. Blocks are joined with blank lines
(LanguageTool's paragraph break) into batches of bounded size.

Where real content was dropped (inline code, a URL, an image), the sentence
LanguageTool sees has a hole in it; matches that touch such a *gap* are
not trusted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lint.document import Document

#: Between blocks: LanguageTool treats a blank line as a paragraph break.
SEPARATOR = "\n\n"
#: Dropped markup that leaves no hole in the sentence: a link's target, a list number.
_MARKUP_ONLY = re.compile(
    r"\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)|\]\[[^\]]*\]|^\s*\d{1,9}[.)]\s*$",
)


@dataclass
class Piece:
    """Text for LanguageTool with, for each character, its offset in the file (None between blocks)."""

    text: str = ""
    offsets: list[int | None] = field(default_factory=list)
    #: Positions in ``text`` where content (code, a URL) was left out.
    gaps: list[int] = field(default_factory=list)

    def extend(self, other: Piece) -> None:
        if self.text:
            self.text += SEPARATOR
            self.offsets.extend([None] * len(SEPARATOR))
        base = len(self.text)
        self.text += other.text
        self.offsets.extend(other.offsets)
        self.gaps.extend(base + g for g in other.gaps)

    def span(self, offset: int, length: int) -> tuple[int, int] | None:
        """The file span of ``text[offset:offset + length]``; None when it crosses a block or a gap."""
        end = offset + max(length, 1)
        if offset < 0 or end > len(self.offsets):
            return None
        first, last = self.offsets[offset], self.offsets[end - 1]
        if first is None or last is None or None in self.offsets[offset:end]:
            return None
        if any(offset <= g <= end for g in self.gaps):
            return None
        return first, last + 1


def block_pieces(doc: Document) -> Iterator[Piece]:
    """One compacted piece per block (headline, headings, paragraphs, quotes, list items)."""
    source, prose = doc.source, doc.prose
    for block in doc.blocks:
        chars: list[str] = []
        offsets: list[int | None] = []
        gaps: list[int] = []
        i, end = block.start, block.end
        while i < end:
            if prose[i] != source[i]:  # blanked: markup, code, a URL
                j = i + 1
                while j < end and prose[j] != source[j]:
                    j += 1
                if _is_content(source[i:j]):
                    gaps.append(len(chars))
                i = j
                continue
            ch = prose[i]
            if ch.isspace():
                if chars and chars[-1] != " ":
                    chars.append(" ")
                    offsets.append(i)
            else:
                chars.append(ch)
                offsets.append(i)
            i += 1
        while chars and chars[-1] == " ":
            chars.pop()
            offsets.pop()
        if chars:
            yield Piece("".join(chars), offsets, [min(g, len(chars)) for g in gaps])


def batches(doc: Document, max_chars: int) -> Iterator[Piece]:
    """The document's blocks joined into requests of at most ``max_chars`` (a longer block goes alone)."""
    batch = Piece()
    for piece in block_pieces(doc):
        if batch.text and len(batch.text) + len(SEPARATOR) + len(piece.text) > max_chars:
            yield batch
            batch = Piece()
        batch.extend(piece)
    if batch.text:
        yield batch


def _is_content(dropped: str) -> bool:
    return any(ch.isalnum() for ch in _MARKUP_ONLY.sub("", dropped))
