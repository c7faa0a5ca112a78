"""T102: one name spelt two ways in the same article ("Netanyahu" x3, "Nethanyahu" x1).

No dictionary knows every name, but the article knows its own: the spelling
used most is taken as the intended one, and a rarer form one slip away from
it is flagged. A minority form that is itself a common word or name
("Clark" beside "Clarke", "Saud" beside "Saudi") is left alone: that may be
another person.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import Hit, RelatedSpan
from lint.spelling.lexicon import Lexicon, one_edit
from lint.spelling.tokens import MIXED, TITLE, Capitals, Token
from lint.spelling.typos import TITLES

#: The minority form must be at least this much rarer in general use (8-centibel steps; 12 is 10 times).
RARER_BY = 10
MIN_LENGTH = 4
#: A minority form the web uses this often (rank 80: once in 2.5 million words) is a name in its own
#: right, not a slip: "Prince Saud" beside "Saudi", "Lian Chia" beside "China".
OWN_NAME = 80


def inconsistent_names(toks: list[Token], caps: Capitals, lex: Lexicon) -> Iterator[Hit]:
    counts = caps.counts
    majority = [form for form, n in counts.items() if n >= 2 and len(form) >= MIN_LENGTH and not form.isupper()]
    if not majority:
        return
    near = _NearIndex(majority)
    flagged: dict[str, str] = {}
    for tok in toks:
        form = tok.text
        if tok.shape not in (TITLE, MIXED) or len(form) < MIN_LENGTH or form in flagged:
            continue
        n = counts.get(form, 1)
        key = tok.key
        if lex.trusted(key):
            continue
        for major in near.candidates(key):
            low = major.lower()
            if counts[major] < 2 * n or not one_edit(key, low):
                continue
            rank = lex.rank(key)
            if _variant(key, low) or rank < lex.rank(low) + RARER_BY or rank <= OWN_NAME:
                continue
            if _other_person(caps, form, major):
                continue
            flagged[form] = major
            break
    for tok in toks:
        major = flagged.get(tok.text)
        if major is None:
            continue
        start, end = caps.first[major]
        yield Hit(
            "T102",
            tok.start,
            tok.end,
            f"'{tok.text}' is spelt '{major}' {counts[major]} times in this article.",
            suggestions=[major],
            related=[RelatedSpan(start, end, f"'{major}' is first spelt this way here")],
        )


class _NearIndex:
    """The article's majority forms, found from a word by shared one-letter deletions.

    Two words one edit apart (insertion, deletion, substitution or swap) always
    share a form with one letter deleted (or are that form), so looking up a
    word's deletions finds every candidate without comparing it with every
    name in the article: a long document has thousands of both.
    """

    def __init__(self, majority: list[str]) -> None:
        self._order = {form: i for i, form in enumerate(majority)}
        self._by_variant: dict[str, list[str]] = {}
        for form in majority:
            for variant in _deletions(form.lower()):
                self._by_variant.setdefault(variant, []).append(form)

    def candidates(self, key: str) -> list[str]:
        """Majority forms that may be one edit from ``key``, in the article's order."""
        found = {form for variant in _deletions(key) for form in self._by_variant.get(variant, ())}
        return sorted(found, key=self._order.__getitem__)


def _deletions(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _other_person(caps: Capitals, form: str, major: str) -> bool:
    """Both spellings come with first names, and never the same one: "David Walliams" beside "Robbie Williams".

    A slip keeps the name's company ("Yoav Galant" beside "Yoav Gallant"); titles
    ("Mr", "Minister") say nothing about who is meant, so they do not count, and
    nor does a word capitalised only where it opens a sentence ("Later").
    """
    mine, theirs = _given(caps, form), _given(caps, major)
    return bool(mine) and bool(theirs) and not (mine & theirs)


def _given(caps: Capitals, form: str) -> set[str]:
    return {
        word
        for word, initial in caps.before.get(form, ())
        if word.lower().rstrip(".") not in TITLES and not (initial and word.lower() not in caps.names)
    }


def _variant(a: str, b: str) -> bool:
    """Plural or possessive of the same name, not a misspelling of it."""
    short, long = sorted((a, b), key=len)
    return long == short + "s"
