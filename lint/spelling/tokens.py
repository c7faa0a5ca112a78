"""The words T1xx judge, with the context that tells a name from a typo.

The document model's words are split further here: hyphenated compounds into
their parts, possessives and contractions off their stems, so that
"Hamas-controlled" is "Hamas" and "controlled" and "Qatar's" is "Qatar".
Words that no spelling check should judge are dropped: numbers and units
("60m", "£600m", "3G", "MP3"), all-capital acronyms, @handles and #tags,
words marked "[sic]", and anything with a digit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lint.document import HEADING, HEADLINE, Document

LOWER, TITLE, UPPER, MIXED = "lower", "title", "upper", "mixed"
_PARTS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SUFFIXES = ("'s", "'ll", "'re", "'ve", "'d", "'m", "n't")
#: Characters before a word that start a sentence within a sentence (a quotation, a colon's clause).
_OPENERS = set("\"“‘'(:[—–")


@dataclass(slots=True)
class Token:
    #: The letters as written (possessive/contraction removed), e.g. "Qatar".
    text: str
    #: Lowercase lookup form with straight apostrophes, e.g. "qatar".
    key: str
    start: int
    end: int
    shape: str
    #: In the headline or a heading, where Title Case says nothing about names.
    headline: bool
    #: First word of a sentence or of a quotation, where any word is capitalised.
    initial: bool
    quoted: bool
    #: Written with "'s": evidence of a name or a noun.
    possessive: bool
    #: One part of a hyphenated compound ("anti" in "anti-virus").
    in_compound: bool
    #: The words before and after this one in its sentence, as written (None at either end).
    prev: str | None
    next: str | None


def shape(text: str) -> str:
    if text.islower():
        return LOWER
    if text.isupper():
        return UPPER
    if text[0].isupper() and text[1:].islower():
        return TITLE
    return MIXED  # "McDonald", "O'Driscoll", "iPod": names and brands


@dataclass
class Capitals:
    """The article's capitalised words, counted in one cheap pass over every word."""

    #: Each capitalised form (possessive removed) -> how often it occurs.
    counts: dict[str, int]
    #: Each capitalised form -> its first (start, end).
    first: dict[str, tuple[int, int]]
    #: Lowercase forms of words capitalised in mid-sentence in the body: the article's names.
    names: frozenset[str]
    #: Capitalised parts of hyphenated words ("Saaid" in "Mohd-Saaid") -> how often they occur.
    parts: dict[str, int]
    #: Each capitalised form -> the capitalised words written just before it ("David" for "Walliams"),
    #: each with whether it opened its sentence (and so may be capitalised only for that).
    before: dict[str, set[tuple[str, bool]]]


def scan(doc: Document, boring: Callable[[str], bool], known: dict[str, bool]) -> tuple[list[Token], Capitals]:
    """One pass over every word: the words worth judging, and the article's capitalised words.

    ``boring(text)`` says a word as written needs no look; ``known`` is the
    caller's cache of its answers, read here first because this loop runs
    for every word of every article.
    """
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    names = set()
    parts: dict[str, int] = {}
    preceded: dict[str, set[tuple[str, bool]]] = {}
    out: list[Token] = []
    source, prose = doc.source, doc.prose
    for block in doc.blocks:
        in_headline = block.kind in (HEADLINE, HEADING)
        for sentence in block.sentences:
            words = sentence.words
            for index, word in enumerate(words):
                text = word.text
                if text[0].isupper():
                    cap = text[:-2] if text.endswith(("'s", "’s")) else text
                    seen = counts.get(cap)
                    if seen is None:  # ``first`` has the same keys as ``counts``
                        counts[cap] = 1
                        first[cap] = (word.start, word.start + len(cap))
                    else:
                        counts[cap] = seen + 1
                    if index and not in_headline:
                        names.add(cap.lower())
                        last = words[index - 1].text
                        if last[0].isupper():
                            pairs = preceded.get(cap)
                            if pairs is None:
                                pairs = preceded[cap] = set()
                            pairs.add((last, index == 1))
                    if "-" in cap:  # "Mohd-Saaid"
                        for part in cap.split("-"):
                            if part[:1].isupper():
                                parts[part] = parts.get(part, 0) + 1
                dull = known.get(text)
                if dull is None:
                    dull = boring(text)
                if dull:
                    continue
                # A word of letters only (most of those that get here) has no digit and is one part.
                alpha = text.isalpha()
                if (
                    word.sic
                    or (not alpha and any(ch.isdigit() for ch in text))
                    or _marked(source, word.start)
                    or source[word.end : word.end + 1] in ("\ufffd", "&")
                ):
                    continue
                opener = index == 0 or prose[word.start - 1 : word.start] in _OPENERS
                if not opener:
                    before = prose[max(sentence.start, word.start - 3) : word.start].rstrip()
                    opener = before[-1:] in _OPENERS
                compound = "-" in text or "." in text
                prev = words[index - 1].text if index else None
                following = _after(words, index)
                for part, offset in ((text, 0),) if alpha else _parts(text):
                    start = word.start + offset
                    possessive = False
                    key = part.replace("’", "'").lower()
                    if key.endswith(_SUFFIXES):
                        for suffix in _SUFFIXES:
                            if key.endswith(suffix) and len(key) > len(suffix) + 1:
                                possessive = suffix == "'s"
                                part = part[: -len(suffix)]
                                key = key[: -len(suffix)]
                                break
                    if key.endswith("'"):  # plural possessive: "ministers'"
                        part, key, possessive = part[:-1], key[:-1], True
                    out.append(
                        Token(
                            part,
                            key,
                            start,
                            start + len(part),
                            shape(part),
                            in_headline,
                            opener and offset == 0,
                            word.quoted,
                            possessive,
                            compound,
                            prev,
                            following,
                        )
                    )
    return out, Capitals(counts, first, frozenset(names), parts, preceded)


def _marked(source: str, start: int) -> bool:
    """An @handle, #tag, currency amount or path fragment, not a word of prose."""
    return start > 0 and source[start - 1] in "@#$£€¥%&/\\_\ufffd"


def _parts(text: str) -> list[tuple[str, int]]:
    """The letter runs of a word with a hyphen, full stop or the like, each with its offset."""
    return [(m.group(0), m.start()) for m in _PARTS.finditer(text)]


def _after(words: list, index: int) -> str | None:
    return words[index + 1].text if index + 1 < len(words) else None
