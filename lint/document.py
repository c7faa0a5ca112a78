"""The document model: an article as headline, blocks, sentences and words.

Parsing produces a *prose view* of the file: a string exactly as long as the
source in which everything that is not prose (front matter, Markdown markup,
code, URLs, e-mail addresses, HTML comments) is blanked with spaces, newlines
kept. Every span in the model is therefore an offset into the original file,
and a check can never report a position that has drifted from what the editor
sees.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from lint.finding import LineIndex
from lint.sentences import split_sentences

MARKDOWN_SUFFIXES = (".md", ".markdown")

HEADLINE = "headline"
HEADING = "heading"
PARAGRAPH = "paragraph"
QUOTE = "quote"
LIST_ITEM = "list_item"
#: Block kinds that carry the article's running prose.
BODY_KINDS = (PARAGRAPH, QUOTE, LIST_ITEM)

WORD_RE = re.compile(r"\w+(?:[-'’.,]\w+)*")
URL_RE = re.compile(r"""(?:\bhttps?://|\bwww\.)[^\s<>"'“”]+""", re.IGNORECASE)
EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
DIRECTIVE_RE = re.compile(r"<!--\s*copydesk:(?P<body>.*?)-->", re.DOTALL)
HTML_COMMENT_RE = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_URL_TRAILING = ".,;:!?)]}'’\""


@dataclass(slots=True)
class Word:
    text: str
    start: int
    end: int
    #: Inside a direct quotation: a speaker's words, not the writer's.
    quoted: bool = False
    #: Marked "[sic]": the writer vouches for this spelling.
    sic: bool = False


@dataclass(slots=True)
class Sentence:
    text: str
    start: int
    end: int
    words: list[Word] = field(default_factory=list)
    #: Entirely inside a direct quotation.
    quoted: bool = False


@dataclass
class Block:
    """A headline, heading, paragraph, block quote or list item."""

    kind: str
    #: The block's prose: the file's text with markup blanked, same length as the span.
    text: str
    start: int
    end: int
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def words(self) -> list[Word]:
        return [w for s in self.sentences for w in s.words]

    @property
    def quoted(self) -> bool:
        """Every sentence is quotation: a paragraph that is one speaker's words."""
        return bool(self.sentences) and all(s.quoted for s in self.sentences)


@dataclass(frozen=True)
class Directive:
    """A ``<!-- copydesk: ... -->`` comment; ``body`` is what follows the colon."""

    body: str
    start: int
    end: int


@dataclass
class Document:
    path: str
    #: The decoded file text, exactly as read (newlines untranslated, BOM removed).
    source: str
    #: ``source`` with non-prose blanked; same length, same offsets.
    prose: str
    format: str
    blocks: list[Block]
    quotations: list[tuple[int, int]]
    directives: list[Directive]

    @property
    def headline(self) -> Block | None:
        return next((b for b in self.blocks if b.kind == HEADLINE), None)

    @property
    def paragraphs(self) -> list[Block]:
        """Body blocks: paragraphs, block quotes and list items (not headline or headings)."""
        return [b for b in self.blocks if b.kind in BODY_KINDS]

    @property
    def sentences(self) -> list[Sentence]:
        return [s for b in self.blocks for s in b.sentences]

    @property
    def words(self) -> list[Word]:
        return [w for b in self.blocks for s in b.sentences for w in s.words]

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.source)

    def is_quoted(self, start: int, end: int) -> bool:
        """True when ``start:end`` lies inside a direct quotation."""
        return _inside(self.quotations, start, end)


def parse(text: str, path: str = "article.txt") -> Document:
    """Parse an article; Markdown by suffix, plain text otherwise."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if path.lower().endswith(MARKDOWN_SUFFIXES):
        return _parse_markdown(text, path)
    return _parse_plain(text, path)


# -- plain text ---------------------------------------------------------------


def _parse_plain(text: str, path: str) -> Document:
    mask = _Mask(text)
    directives = _mask_directives(text, mask, DIRECTIVE_RE)
    _mask_urls(text, mask, 0, len(text))
    prose = mask.result()
    blocks = []
    for start, end in _blank_line_blocks(prose, 0, len(prose)):
        if not blocks:
            # The headline is the first non-empty line; text right under it is body.
            nl = prose.find("\n", start, end)
            head_end = _trim(prose, start, end if nl == -1 else nl)[1]
            blocks.append(Block(HEADLINE, prose[start:head_end], start, head_end))
            start, end = _trim(prose, head_end, end)
            if start >= end:
                continue
        blocks.append(Block(PARAGRAPH, prose[start:end], start, end))
    return _finish(path, text, prose, "text", blocks, directives)


def _blank_line_blocks(prose: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"\S(?:.|\n(?![ \t\r]*\n))*", prose[start:end]):
        s, e = start + m.start(), start + m.end()
        while e > s and prose[e - 1].isspace():
            e -= 1
        spans.append((s, e))
    return spans


# -- Markdown -----------------------------------------------------------------

_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_CLOSING_HASHES_RE = re.compile(r"[ \t]+#+[ \t]*$")
_QUOTE_MARK_RE = re.compile(r"^ {0,3}>[ \t]?")
_LIST_RE = re.compile(r"^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_RULE_RE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_SETEXT_RE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_REFDEF_RE = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S")
_TABLE_RE = re.compile(r"^[ \t]*\|")
_HTML_BLOCK_RE = re.compile(r"^ {0,3}</?[A-Za-z][^>]*>[ \t]*$")
_FRONT_RE = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n(.*?)(?:\r?\n)(\1|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_TITLE_RE = re.compile(
    r"""^title[ \t]*[:=][ \t]*(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\n#]*?))[ \t]*\r?$""",
    re.MULTILINE,
)
_INLINE_PATTERNS = [
    # (pattern, groups to keep as prose); everything else in the match is blanked
    (re.compile(r"(`+)(?:.|\n)+?\1"), ()),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ()),
    (re.compile(r"!\[[^\]]*\]\[[^\]]*\]"), ()),
    (re.compile(r"\[\^[^\]]+\]"), ()),
    (re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)"), (1,)),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), (1,)),
    (re.compile(r"<(?:https?://|mailto:)[^>]+>"), ()),
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ()),
    (re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|])"), ()),
    (re.compile(r"\*+|~~|(?<!\w)_+|_+(?!\w)"), ()),
]


def _parse_markdown(text: str, path: str) -> Document:
    mask = _Mask(text)
    directives = _mask_directives(text, mask, HTML_COMMENT_RE)
    blocks: list[Block] = []
    body_start = 0
    title_span = None
    front = _FRONT_RE.match(text)
    if front:
        body_start = front.end()
        title_span = _front_matter_title(text, front)
        mask.blank(0, body_start)
        if title_span:
            mask.keep(*title_span)
    prose_ranges = _markdown_blocks(text, mask, body_start)
    for start, end in prose_ranges.spans() + ([title_span] if title_span else []):
        _mask_inline(text, mask, start, end)
        _mask_urls(text, mask, start, end)
    prose = mask.result()
    if title_span:
        blocks.append(Block(HEADLINE, prose[title_span[0] : title_span[1]], *title_span))
    for kind, start, end in prose_ranges.blocks:
        s, e = _trim(prose, start, end)
        if e <= s:
            continue
        if kind == HEADING and not title_span and not any(b.kind == HEADLINE for b in blocks):
            kind = HEADLINE
        blocks.append(Block(kind, prose[s:e], s, e))
    return _finish(path, text, prose, "markdown", blocks, directives)


def _front_matter_title(text: str, front: re.Match) -> tuple[int, int] | None:
    body_start = front.start(2)
    m = _TITLE_RE.search(text, body_start, front.end(2))
    if not m:
        return None
    group = next(g for g in ("dq", "sq", "bare") if m.group(g) is not None)
    start, end = m.span(group)
    return (start, end) if end > start else None


@dataclass
class _BlockList:
    blocks: list[tuple[str, int, int]] = field(default_factory=list)

    def spans(self) -> list[tuple[int, int]]:
        return [(s, e) for _, s, e in self.blocks]


def _markdown_blocks(text: str, mask: _Mask, pos: int) -> _BlockList:
    """Split the Markdown body into blocks, blanking block-level markup."""
    out = _BlockList()
    current: list | None = None  # [kind, start, end]
    fence: str | None = None
    prev_blank = True
    for line_start, line_end in _lines(text, pos):
        line = text[line_start:line_end].rstrip("\r")
        if fence is not None:
            mask.blank(line_start, line_end)
            if line.strip().startswith(fence):
                fence = None
            prev_blank = False
            continue
        if not line.strip() or not mask.prose_in(line_start, line_end):
            current = None
            prev_blank = True
            continue
        fence_match = _FENCE_RE.match(line)
        if fence_match:
            fence = fence_match.group(1)[0] * 3
            mask.blank(line_start, line_end)
            current = None
            continue
        if prev_blank and (line.startswith("    ") or line.startswith("\t")) and (current is None):
            mask.blank(line_start, line_end)  # indented code block
            continue
        prev_blank = False
        if _RULE_RE.match(line) or _REFDEF_RE.match(line) or _TABLE_RE.match(line) or _HTML_BLOCK_RE.match(line):
            mask.blank(line_start, line_end)
            current = None
            continue
        if current is not None and current[0] == PARAGRAPH and _SETEXT_RE.match(line):
            current[0] = HEADING
            mask.blank(line_start, line_end)
            current = None
            continue
        heading = _HEADING_RE.match(line)
        if heading:
            mask.blank(line_start, line_start + heading.end())
            closing = _CLOSING_HASHES_RE.search(line)
            if closing and closing.start() >= heading.end():
                mask.blank(line_start + closing.start(), line_start + len(line))
            out.blocks.append((HEADING, line_start, line_end))
            current = None
            continue
        quote = _QUOTE_MARK_RE.match(line)
        if quote:
            # Nested markers ("> >") are blanked too.
            offset = 0
            while quote:
                mask.blank(line_start + offset, line_start + offset + quote.end())
                offset += quote.end()
                quote = _QUOTE_MARK_RE.match(line[offset:])
            if current is None or current[0] != QUOTE:
                current = [QUOTE, line_start, line_end]
                out.blocks.append(current)  # type: ignore[arg-type]
            else:
                current[2] = line_end
            continue
        item = _LIST_RE.match(line)
        if item:
            mask.blank(line_start + len(item.group(1)), line_start + item.end())
            current = [LIST_ITEM, line_start, line_end]
            out.blocks.append(current)  # type: ignore[arg-type]
            continue
        if current is not None:
            current[2] = line_end
            continue
        current = [PARAGRAPH, line_start, line_end]
        out.blocks.append(current)  # type: ignore[arg-type]
    out.blocks = [tuple(b) for b in out.blocks]  # type: ignore[misc]
    return out


def _lines(text: str, pos: int):
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        yield pos, end
        pos = end + 1


def _mask_inline(text: str, mask: _Mask, start: int, end: int) -> None:
    for pattern, keep in _INLINE_PATTERNS:
        for m in pattern.finditer(text, start, end):
            if not mask.prose_at(m.start()):
                continue
            kept = [m.span(g) for g in keep]
            cursor = m.start()
            for k0, k1 in kept:
                mask.blank(cursor, k0)
                cursor = k1
            mask.blank(cursor, m.end())


def _mask_urls(text: str, mask: _Mask, start: int, end: int) -> None:
    # Cheap substring tests first: the regexes would otherwise scan every word.
    lowered = text[start:end].lower()
    patterns = []
    if "http" in lowered or "www." in lowered:
        patterns.append(URL_RE)
    if "@" in lowered:
        patterns.append(EMAIL_RE)
    for pattern in patterns:
        for m in pattern.finditer(text, start, end):
            s, e = m.span()
            while e > s and text[e - 1] in _URL_TRAILING:
                e -= 1
            mask.blank(s, e)


def _mask_directives(text: str, mask: _Mask, pattern: re.Pattern) -> list[Directive]:
    directives = []
    for m in pattern.finditer(text):
        mask.blank(*m.span())
        d = DIRECTIVE_RE.fullmatch(m.group(0))
        if d:
            directives.append(Directive(d.group("body").strip(), m.start(), m.end()))
    return directives


# -- shared -------------------------------------------------------------------


class _Mask:
    """A mutable copy of the source in which non-prose characters get blanked."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._chars = list(text)

    def blank(self, start: int, end: int) -> None:
        chars = self._chars
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "

    def keep(self, start: int, end: int) -> None:
        self._chars[start:end] = self._text[start:end]

    def prose_at(self, i: int) -> bool:
        return self._chars[i] == self._text[i] and not (self._chars[i].isspace() and self._text[i] != " ")

    def prose_in(self, start: int, end: int) -> bool:
        return any(not c.isspace() for c in self._chars[start:end])

    def result(self) -> str:
        return "".join(self._chars)


def _trim(prose: str, start: int, end: int) -> tuple[int, int]:
    while start < end and prose[start].isspace():
        start += 1
    while end > start and prose[end - 1].isspace():
        end -= 1
    return start, end


_OPEN_QUOTES = {"“": "”", '"': '"', "«": "»"}


_QUOTE_OPEN_RE = re.compile(r'[“"«]')


def _find_quotations(prose: str, blocks: list[Block]) -> list[tuple[int, int]]:
    """Direct quotations, as sorted spans including their quote marks.

    A quotation left open at the end of a paragraph runs to its end: news style
    leaves the closing mark off when a quote continues into the next paragraph.
    """
    spans = []
    for block in blocks:
        if block.kind == HEADLINE:
            continue
        i, end = block.start, block.end
        while True:
            m = _QUOTE_OPEN_RE.search(prose, i, end)
            if m is None:
                break
            i = m.start()
            ch = prose[i]
            if ch == '"' and i > block.start and prose[i - 1].isalnum():
                i += 1  # a stray inch mark or typo, not an opening quote
                continue
            stop = _quote_end(prose, i, end)
            spans.append((i, stop))
            i = stop
    return spans


def _quote_end(prose: str, start: int, end: int) -> int:
    """Where the quotation opened at ``start`` ends (exclusive).

    Curly quotes pair unambiguously. A straight ``"`` closes only where it
    ends a word; one that starts a word opens a new quotation, so the open one
    ran on without its closing mark (as when a second quote follows in the same
    paragraph: ``"We doubled it. "We will extend it."``).
    """
    closer = _OPEN_QUOTES[prose[start]]
    if closer != '"':
        j = prose.find(closer, start + 1, end)
        return end if j == -1 else j + 1
    j = start
    while True:
        j = prose.find('"', j + 1, end)
        if j == -1:
            return end
        opens_word = (prose[j - 1].isspace()) and j + 1 < end and not prose[j + 1].isspace()
        if opens_word:
            k = j
            while k > start and prose[k - 1].isspace():
                k -= 1
            return k
        return j + 1


def _finish(
    path: str,
    source: str,
    prose: str,
    fmt: str,
    blocks: list[Block],
    directives: list[Directive],
) -> Document:
    quotations = _find_quotations(prose, blocks)
    for block in blocks:
        if block.kind in (HEADLINE, HEADING):
            spans = [_trim(prose, block.start, block.end)]
        else:
            spans = split_sentences(prose, block.start, block.end)
        for s, e in spans:
            sentence = Sentence(prose[s:e], s, e, quoted=_inside(quotations, s, e, strict=True))
            sentence.words = _words(prose, s, e, quotations)
            block.sentences.append(sentence)
    return Document(path, source, prose, fmt, blocks, quotations, directives)


def _inside(spans: list[tuple[int, int]], start: int, end: int, strict: bool = False) -> bool:
    """Is ``start:end`` within one of the sorted, disjoint ``spans``?

    ``strict`` (for sentences) lets the span begin on the opening mark and end
    one character past the closing one, where a full stop often sits.
    """
    i = bisect.bisect_right(spans, (start, _FAR)) - 1
    if i < 0:
        return False
    q0, q1 = spans[i]
    if strict:
        return q0 <= start and end <= q1 + 1
    return q0 < start and end <= q1


_FAR = 1 << 62


def _words(prose: str, start: int, end: int, quotations: list[tuple[int, int]]) -> list[Word]:
    """The sentence's words; the per-word work is skipped when no quote or "[sic]" is near."""
    # findall and find rather than match objects: three method calls fewer a word. A word
    # is found where its match starts, since no word character lies between matches.
    words: list[Word] = []
    find, append, pos = prose.find, words.append, start
    for text in WORD_RE.findall(prose, start, end):
        pos = find(text, pos)
        after = pos + len(text)
        append(Word(text, pos, after))
        pos = after
    near = []
    for i in range(max(bisect.bisect_right(quotations, (start, _FAR)) - 1, 0), len(quotations)):
        q0, q1 = quotations[i]
        if q0 >= end:
            break  # sorted: no later quotation reaches this sentence
        if q1 > start:
            near.append((q0, q1))
    # A word is quoted when it lies inside one of them (a loop a quotation, not a generator a word).
    for q0, q1 in near:
        for w in words:
            if q0 < w.start and w.end <= q1:
                w.quoted = True
    if "[" in prose[start:end]:
        kept: list[Word] = []
        for w in words:
            if w.text.lower() == "sic" and prose[w.start - 1 : w.start] == "[" and prose[w.end : w.end + 1] == "]":
                if kept:
                    kept[-1].sic = True
                continue
            kept.append(w)
        words = kept
    return words
