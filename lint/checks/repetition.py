"""``repetition``: repeated paragraphs (R201), sentences (R202) and words (R203).

A paragraph pasted twice, once with a straight apostrophe and once with a
curly one, survives every spell checker. R201 and R202 compare normalised
word tokens (see ``lint.fingerprint``) through an index, so the cost stays
linear in the article; R203 looks for the same word or phrase twice in a row
within one sentence.

With ``cross-file`` on, R201 also reports paragraphs shared by different
articles of one run: ``check`` records each article's paragraphs in
``ctx.cache`` and ``finish`` reports every later copy, pointing at the file
where the paragraph first appeared. With ``cross-file`` on (``wants_finish``),
the engine runs this check in the main process, where that cache lives;
with it off, the check keeps nothing and may run in worker processes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count
from operator import eq

from lint.checks import ActiveRule, Hit, RelatedSpan, RunContext
from lint.document import BODY_KINDS, HEADLINE, LIST_ITEM, QUOTE, Block, Document, Sentence, Word
from lint.errors import ConfigError
from lint.fingerprint import Match, RepeatIndex, Tokens, normalise, tokens

PARAGRAPH_CODE = "R201"
SENTENCE_CODE = "R202"
WORDS_CODE = "R203"
CACHE_KEY = "repetition"

_LABELS = {HEADLINE: "Headline", QUOTE: "Block quote", LIST_ITEM: "List item"}


# -- options ------------------------------------------------------------------


def prepare(rules: list[ActiveRule], ctx: RunContext) -> None:
    """Reject bad options before any document is read."""
    for rule in rules:
        opts = rule.options
        if "min-words" in opts:
            _int_option(rule, "min-words", 1)
        if "max-words" in opts:
            _int_option(rule, "max-words", 1)
        if "similarity" in opts:
            value = opts["similarity"]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
                raise ConfigError(f"rule {rule.code}: 'similarity' must be a number above 0 and at most 1")
        for key in ("allow", "idioms"):
            if key in opts and (not isinstance(opts[key], list) or not all(isinstance(w, str) for w in opts[key])):
                raise ConfigError(f"rule {rule.code}: {key!r} must be a list of strings")


def _int_option(rule: ActiveRule, key: str, minimum: int) -> int:
    value = rule.options[key]
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ConfigError(f"rule {rule.code}: {key!r} must be a whole number of at least {minimum}")
    return value


# -- per document ---------------------------------------------------------------


@dataclass
class _Unit:
    """A block or sentence as the comparison sees it."""

    toks: Tokens
    start: int
    end: int
    block: Block


@dataclass
class _Recorded:
    """One document's paragraphs, kept for the cross-file pass."""

    path: str
    #: (tokens, start, end, line, column, hit start) of each paragraph long enough to compare.
    units: list[tuple[Tokens, int, int, int, int, int]] = field(default_factory=list)


def check(doc: Document, rules: list[ActiveRule], ctx: RunContext) -> Iterator[Hit]:
    by_code = {r.code: r for r in rules}
    sentence_tokens = {}
    if PARAGRAPH_CODE in by_code or SENTENCE_CODE in by_code:
        sentence_tokens = {id(s): tokens(s.text) for b in doc.blocks for s in b.sentences}
    copies: set[int] = set()  # ids of blocks reported as copies
    if PARAGRAPH_CODE in by_code:
        rule = by_code[PARAGRAPH_CODE]
        yield from _paragraphs(doc, rule, sentence_tokens, copies)
        if ctx.settings.cross_file:
            _record(doc, rule, sentence_tokens, copies, ctx)
    if SENTENCE_CODE in by_code:
        yield from _sentences(doc, by_code[SENTENCE_CODE], sentence_tokens, copies)
    if WORDS_CODE in by_code:
        yield from _doubled_words(doc, by_code[WORDS_CODE])


def _block_units(doc: Document, sentence_tokens: dict[int, Tokens], min_words: int) -> list[_Unit]:
    """The headline and body blocks long enough to compare (headings are labels, not prose)."""
    units = []
    for block in doc.blocks:
        if block.kind != HEADLINE and block.kind not in BODY_KINDS:
            continue
        if not block.sentences:
            continue
        toks = Tokens.join([sentence_tokens[id(s)] for s in block.sentences])
        if len(toks) >= min_words:
            units.append(_Unit(toks, block.start, block.end, block))
    return units


def _paragraphs(doc: Document, rule: ActiveRule, sentence_tokens: dict[int, Tokens], copies: set[int]) -> Iterator[Hit]:
    index = RepeatIndex(float(rule.options.get("similarity", 0.85)))
    units = _block_units(doc, sentence_tokens, int(rule.options.get("min-words", 8)))
    for i, unit in enumerate(units):
        match = index.find_or_add(unit.toks, i)
        if match is None:
            continue
        first = units[match.key]  # type: ignore[index]
        copies.add(id(unit.block))
        where = _where(doc, first.start)
        label = _LABELS.get(unit.block.kind, "Paragraph")
        target = "the headline" if first.block.kind == HEADLINE else "the one"
        yield Hit(
            rule.code,
            _line_start(doc, unit.start),
            unit.end,
            f"{label} {_verb(match)} {target} at {where}{_how_close(match)}.",
            suggestions=[""],
            related=[RelatedSpan(first.start, first.end, "First appears here.")],
        )


def _sentences(doc: Document, rule: ActiveRule, sentence_tokens: dict[int, Tokens], copies: set[int]) -> Iterator[Hit]:
    index = RepeatIndex(float(rule.options.get("similarity", 0.85)))
    min_words = int(rule.options.get("min-words", 8))
    seen: list[Sentence] = []
    for block in doc.blocks:
        if block.kind not in BODY_KINDS or id(block) in copies:
            continue
        for n, sentence in enumerate(block.sentences):
            toks = sentence_tokens[id(sentence)]
            if len(toks) < min_words:
                continue
            match = index.find_or_add(toks, len(seen))
            if match is None:
                seen.append(sentence)
                continue
            first = seen[match.key]  # type: ignore[index]
            end = sentence.end
            if n + 1 < len(block.sentences):
                end = block.sentences[n + 1].start  # the deletion takes the space after it
            yield Hit(
                rule.code,
                sentence.start,
                end,
                f"Sentence {_verb(match)} the one at {_where(doc, first.start)}{_how_close(match)}.",
                suggestions=[""],
                related=[RelatedSpan(first.start, first.end, "First appears here.")],
            )


def _where(doc: Document, offset: int) -> str:
    pos = doc.lines.position(offset)
    return f"{pos.line}:{pos.column}"


def _verb(match: Match) -> str:
    return "repeats" if match.exact else "nearly repeats"


def _how_close(match: Match) -> str:
    """ " (94% the same)" for a near copy; never "100%" for one that is not exact."""
    return "" if match.exact else f" ({min(99, int(match.score * 100))}% the same)"


def _line_start(doc: Document, start: int) -> int:
    """Where deleting the block begins: its line start, taking a list or quote marker along."""
    line_start = doc.source.rfind("\n", 0, start) + 1
    return line_start if not doc.prose[line_start:start].strip() else start


# -- doubled words --------------------------------------------------------------


@dataclass(frozen=True)
class _Doubles:
    """R203's judgement: words allowed twice, and idioms that may overlap a repeat."""

    allow: frozenset[str]
    #: Three-word idioms of the shape "X link X": ("more", "and", "more").
    idioms: frozenset[tuple[str, ...]]


def _doubles(rule: ActiveRule) -> _Doubles:
    return _doubles_for(tuple(rule.options.get("allow", ())), tuple(rule.options.get("idioms", ())))


@lru_cache(maxsize=16)
def _doubles_for(allow: tuple[str, ...], idioms: tuple[str, ...]) -> _Doubles:
    """Normalised once per configuration, not once per article (the lists run to hundreds of words)."""
    split = (tuple(normalise(i).split()) for i in idioms)
    return _Doubles(frozenset(normalise(w) for w in allow), frozenset(i for i in split if len(i) == 3))


def _doubled_words(doc: Document, rule: ActiveRule) -> Iterator[Hit]:
    judge = _doubles(rule)
    longest = int(rule.options.get("max-words", 4))
    source, prose = doc.source, doc.prose
    for block in doc.blocks:
        words = block.words
        taken = -1
        for i, size in _repeats(words, longest):
            if i <= taken or not _is_slip(words, i, size, prose, judge):
                continue
            taken = i + 2 * size - 1
            first, second, last = words[i], words[i + size], words[i + 2 * size - 1]
            phrase = source[first.start : words[i + size - 1].end]
            shown = " ".join(phrase.split())
            yield Hit(
                rule.code,
                first.start,
                last.end,
                f"'{shown}' appears twice in a row.",
                suggestions=[phrase],
                related=[RelatedSpan(second.start, last.end, "Repeated here.")],
            )


def _repeats(words: list[Word], longest: int) -> Iterator[tuple[int, int]]:
    """``(start, size)`` of each phrase of up to ``longest`` words that the next words repeat.

    Equal words are found with C-level ``map``/``compress`` over the block, so
    an article costs microseconds. Sorted by place, the shortest phrase first.
    """
    n = len(words)
    if n < 2:
        return
    low = list(map(str.casefold, [w.text for w in words]))
    found = []
    for size in range(1, min(longest, n // 2) + 1):
        for i in compress(count(), map(eq, low, low[size:])):
            if i + 2 * size <= n and low[i : i + size] == low[i + size : i + 2 * size]:
                found.append((i, size))
    yield from sorted(found)


def _is_slip(words: list[Word], i: int, size: int, prose: str, judge: _Doubles) -> bool:
    span = range(i, i + 2 * size)
    # Only spaces between the words: "New York, New York", a sentence or paragraph break,
    # and "bye - bye" are not slips.
    if any(prose[words[j].end : words[j + 1].start].strip() for j in span[:-1]):
        return False
    if words[i + size].text[:1].isupper():
        return False  # a name or title: "Walla Walla", "Bora Bora", "listen to To Kill a Mockingbird"
    if any(words[j].sic for j in span):
        return False
    norm = [normalise(words[j].text) for j in range(i, i + size)]
    if len(set(norm)) == 1:
        size = 1  # "no no no no" is one word said four times, not a phrase said twice
    if size == 1:
        return not (norm[0] in judge.allow or norm[0].isdigit())  # "had had"; numbers in tables
    if size == 2:
        a, b = norm
        # "getting stronger and stronger and richer" is the idiom "stronger and
        # stronger" followed by "and"; "nominated for Measure for Measure" is "for"
        # followed by a title. Neither is a phrase typed twice.
        if _idiom(a, b, words[i].text, judge) or _idiom(b, a, words[i + 1].text, judge):
            return False
    return True


def _idiom(x: str, link: str, original: str, judge: _Doubles) -> bool:
    """Is "x link x" an idiom (listed) or a title ("Measure for Measure")?"""
    if (x, link, x) in judge.idioms:
        return True
    return link in ("and", "for", "by", "to", "of", "upon") and original[:1].isupper()


# -- across files -----------------------------------------------------------------


def _record(
    doc: Document, rule: ActiveRule, sentence_tokens: dict[int, Tokens], copies: set[int], ctx: RunContext
) -> None:
    """Keep this document's body paragraphs for ``finish``."""
    recorded = _Recorded(doc.path)
    for unit in _block_units(doc, sentence_tokens, int(rule.options.get("min-words", 8))):
        if unit.block.kind == HEADLINE or id(unit.block) in copies:
            continue
        pos = doc.lines.position(unit.start)
        recorded.units.append((unit.toks, unit.start, unit.end, pos.line, pos.column, _line_start(doc, unit.start)))
    ctx.cache.setdefault(CACHE_KEY, []).append(recorded)


def wants_finish(settings) -> bool:
    """Only ``--cross-file`` needs the end-of-run pass (and the documents kept for it)."""
    return bool(settings.cross_file)


def finish(rules: list[ActiveRule], ctx: RunContext) -> Iterable[tuple[str, Hit]]:
    """R201 across files: each paragraph that appeared in an earlier file of the run."""
    recorded: list[_Recorded] = ctx.cache.pop(CACHE_KEY, [])
    rule = next((r for r in rules if r.code == PARAGRAPH_CODE), None)
    if rule is None or not ctx.settings.cross_file or not recorded:
        return []
    index = RepeatIndex(float(rule.options.get("similarity", 0.85)))
    out: list[tuple[str, Hit]] = []
    for doc in recorded:
        originals = []
        for toks, start, end, line, column, hit_start in doc.units:
            match = index.find(toks)
            if match is None:
                originals.append((toks, (doc.path, start, end, line, column)))
                continue
            path, first_start, first_end, first_line, first_column = match.key  # type: ignore[misc]
            related = RelatedSpan(
                first_start, first_end, "First appears here.", path=path, line=first_line, column=first_column
            )
            message = f"Paragraph {_verb(match)} one in {path} at {first_line}:{first_column}{_how_close(match)}."
            out.append((doc.path, Hit(rule.code, hit_start, end, message, related=[related])))
        # A file's own paragraphs join the index only after it is checked, so
        # repeats within one file stay R201's per-document business.
        for toks, key in originals:
            index.add(toks, key)
    return out
