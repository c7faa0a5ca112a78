"""Sentence boundaries that survive news text.

A period ends a sentence only when what follows looks like a new sentence
(space, then a capital, digit or opening quote) and what precedes it is not an
abbreviation ("Mr.", "Jan. 5"), an initial ("George W. Bush") or a dotted
acronym ("the U.S. State Department"). Decimals ("2.3 million") never offer a
boundary because no space follows their period.
"""

from __future__ import annotations

import re

# Titles and other abbreviations that are followed by a name or number, so a
# capital after them does not start a sentence.
NEVER_FINAL = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "rep",
        "sen",
        "gov",
        "rev",
        "hon",
        "pres",
        "supt",
        "insp",
        "det",
        "no",
        "nos",
        "vol",
        "vols",
        "fig",
        "figs",
        "pp",
        "art",
        "ch",
        "sec",
        "dept",
        "approx",
        "est",
        "ft",
        "vs",
        "v",
        "cf",
        "mt",
        "messrs",
    ]
)
MONTHS = frozenset(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])

_TERMINAL = re.compile(r"""[.!?]+["'”’)\]]*(?=\s)|[.!?]+["'”’)\]]*$""")
_NEXT_START = re.compile(r"""\s+["'“‘(\[]*(?P<first>\S)""")
_DECIMAL = re.compile(r"\d[\d,]*\.\d+")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences in ``text[start:end]``.

    Spans are trimmed of surrounding whitespace and keep their closing
    punctuation and quotes.
    """
    if end is None:
        end = len(text)
    spans: list[tuple[int, int]] = []
    sent_start = _skip_space(text, start, end)
    for match in _TERMINAL.finditer(text, start, end):
        stop = match.end()
        if stop >= end:
            break
        if not _is_boundary(text, match.start(), stop, end, sent_start):
            continue
        spans.append((sent_start, stop))
        sent_start = _skip_space(text, stop, end)
    tail_end = _rstrip(text, sent_start, end)
    if tail_end > sent_start:
        spans.append((sent_start, tail_end))
    return spans


def _is_boundary(text: str, mark: int, stop: int, end: int, sent_start: int) -> bool:
    nxt = _NEXT_START.match(text, stop, end)
    if nxt is None:
        return False
    first = nxt.group("first")
    if not (first.isupper() or first.isdigit()):
        return False
    if text[mark] != ".":
        return True  # "!" and "?" followed by a capital always end a sentence
    if text[mark : mark + 3] == "...":
        return True
    word = _word_before(text, sent_start, mark)
    if not word:
        return True
    bare = word.lower().rstrip(".")
    if "." in word.strip(".") and not _DECIMAL.fullmatch(word):
        return False  # dotted acronym: "U.S.", "a.m.", "e.g." (a decimal such as "140.55" ends a sentence)
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "George W. Bush"
    if bare in NEVER_FINAL:
        return False
    return not (bare in MONTHS and first.isdigit())  # "Jan. 5" is a date, not an ending


def _word_before(text: str, start: int, mark: int) -> str:
    """The run of word characters and dots that ends at ``mark`` ("U.S", "Mr", "140.55").

    A backward walk: a regular expression anchored at ``mark`` would try every
    position from the sentence start, once for every full stop.
    """
    i = mark
    while i > start and (text[i - 1].isalnum() or text[i - 1] in "._"):
        i -= 1
    return text[i:mark]


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
