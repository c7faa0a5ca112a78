"""Text fingerprints for finding repeats: normalised tokens, shingle sketches, an index.

Two copies of a paragraph rarely match byte for byte: one has a curly
apostrophe, the other a straight one; one lost a word in an edit. So text is
compared as a sequence of normalised word tokens (Unicode NFKC, typographic
quotes and dashes folded to ASCII, case folded, punctuation and spacing
dropped), and near copies are found through a sketch of hashed word shingles.

``RepeatIndex`` keeps the units seen so far and answers "is this one a copy of
an earlier unit?" in time proportional to the unit's length: an exact-match
dictionary, then the few earlier units sharing one of this unit's *k* smallest
shingle hashes (a bottom-k sketch, the deterministic cousin of MinHash),
verified by aligning the two token sequences. Nothing ever compares all pairs,
so the cost of a document stays linear in its length.
"""

from __future__ import annotations

import string
import unicodedata
from dataclasses import dataclass

#: Typographic variants folded to their ASCII form before comparing.
_FOLD = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "«": '"',
        "»": '"',
        "‹": '"',
        "›": '"',
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
        "•": " ",
        "·": " ",
        "¡": " ",
        "¿": " ",
        "§": " ",
        "¶": " ",
        "†": " ",
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
    }
)
#: ASCII punctuation except the apostrophe becomes a space: hyphens, dots and
#: commas split words, so "Hamas-controlled" and "Hamas controlled" compare equal.
#: Whitespace becomes a plain space too, so that quote marks before or after
#: a line break are found and dropped.
_PUNCTUATION = str.maketrans({c: " " for c in string.punctuation + string.whitespace if c != "'"})

#: Words per shingle: three keeps stock two-word phrases from linking units.
SHINGLE = 3  # shingles() zips three slices
#: Shingle hashes kept per unit in the sketch.
SKETCH = 8
#: Earlier units remembered per sketch hash; a hash shared by more is a stock phrase.
POSTINGS = 8
#: Candidates verified per lookup, best first.
VERIFY = 4
#: Above this many tokens in both units, alignment gives way to shingle overlap.
ALIGN_LIMIT = 2000


def normalise(text: str) -> str:
    """Fold Unicode forms, typographic quotes and dashes, and case."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return text.casefold()


def _split(text: str) -> list[str]:
    """Words of ``text`` after typographic folding, punctuation and spacing dropped.

    ``str.translate`` and ``str.split`` rather than a regular expression: this
    runs on every sentence of every article and costs about a microsecond.
    Inner apostrophes stay ("qatar's"); quotation marks go.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    text = text.translate(_PUNCTUATION)
    if "'" in text:
        text = f" {text} ".replace(" '", " ").replace("' ", " ")
    return text.split()


class Tokens:
    """A unit's normalised words, and (on demand) which of them name or count something.

    ``marks`` has one byte per word: 1 for a number or a word with a capital
    (a sentence's first word only when the second has one too). Two list
    items that differ only in marked words ("director - Clint Eastwood" /
    "director - Martin Scorsese") are one frame filled with different facts,
    not a copy. Marks are only needed to judge a near match, which is rare, so
    they are worked out from the unit's sentences when first asked for.
    """

    __slots__ = ("_marks", "_sketch", "texts", "words")

    def __init__(self, words: tuple[str, ...], texts: tuple[str, ...]) -> None:
        self.words = words
        #: The sentences the words came from.
        self.texts = texts
        self._marks: bytes | None = None
        self._sketch: list[int] | None = None

    def __len__(self) -> int:
        return len(self.words)

    def __repr__(self) -> str:
        return f"Tokens({' '.join(self.words)!r})"

    @property
    def marks(self) -> bytes:
        if self._marks is None:
            marks = b"".join(map(_sentence_marks, self.texts))
            self._marks = marks if len(marks) == len(self.words) else bytes(len(self.words))
        return self._marks

    @property
    def sketch(self) -> list[int]:
        """The unit's sketch, worked out once (a one-sentence paragraph shares its sentence's)."""
        if self._sketch is None:
            self._sketch = sketch(self.words)
        return self._sketch

    @staticmethod
    def join(parts: list[Tokens]) -> Tokens:
        """The tokens of consecutive sentences as one unit (a paragraph)."""
        if len(parts) == 1:
            return parts[0]
        return Tokens(
            tuple(w for p in parts for w in p.words),
            tuple(t for p in parts for t in p.texts),
        )


def _sentence_marks(text: str) -> bytes:
    raw = _split(text)
    marks = bytes(t[0].isupper() or t[0].isdigit() for t in raw)
    if marks[:1] == b"\1" and not raw[0][0].isdigit() and marks[1:2] != b"\1":
        # A capital that only starts the sentence marks nothing; "Angie Errigo" still does.
        marks = b"\0" + marks[1:]
    return marks


def tokens(text: str) -> Tokens:
    """The normalised word tokens of one sentence (or a headline, or any one-sentence text)."""
    return Tokens(tuple(_split(text.casefold())), (text,))


def shingles(words: tuple[str, ...]) -> set[int]:
    """Hashes of the overlapping word trigrams (the whole unit when it is shorter)."""
    if len(words) < SHINGLE:
        return {hash(words)}
    return set(map(hash, zip(words, words[1:], words[2:], strict=False)))


def sketch(words: tuple[str, ...]) -> list[int]:
    """The ``SKETCH`` smallest shingle hashes: similar units share most of them."""
    if len(words) < SHINGLE:
        return [hash(words)]
    # A trigram that recurs within the unit may appear twice; that only weighs it double.
    return sorted(map(hash, zip(words, words[1:], words[2:], strict=False)))[:SKETCH]


def similarity(a: Tokens, b: Tokens) -> float:
    """Share of the longer unit's words that align with the other, in order (0..1).

    One word added, dropped or changed in a 20-word paragraph gives 0.95; two
    paragraphs that share a 20-word quotation but each have 15 words of their
    own give 0.57. Measuring against the longer unit is what keeps a short
    paragraph contained in a long one from counting as its copy. Units in
    which names or numbers were swapped for others, and nothing else changed,
    score 0: the same frame filled with different facts ("director - Clint
    Eastwood" / "director - Martin Scorsese"). A name merely dropped or
    added is an edit, and still counts.
    """
    if a.words == b.words:
        return 1.0
    longest = max(len(a), len(b))
    if min(len(a), len(b)) > ALIGN_LIMIT:
        # Alignment cost grows with repeated words; for huge units shingle overlap
        # says the same within a few per cent, in linear time.
        sa, sb = shingles(a.words), shingles(b.words)
        return len(sa & sb) / max(len(sa), len(sb))
    from difflib import SequenceMatcher

    matched = 0
    swapped = False  # some words replaced by others
    facts_only = True  # every differing word a name or number
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a.words, b.words, autojunk=False).get_opcodes():
        if op == "equal":
            matched += i2 - i1
            continue
        swapped = swapped or op == "replace"
        if facts_only and not (all(a.marks[i1:i2]) and all(b.marks[j1:j2])):
            facts_only = False
    return 0.0 if swapped and facts_only else matched / longest


def common_subsequence(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """Length of the longest common subsequence of two word sequences.

    Bit-parallel (Allison-Dix/Hyyro): one pass over ``b`` with ``len(a)``-bit
    integers, so it costs microseconds where ``difflib`` costs a millisecond.
    ``difflib``'s matching blocks never align more words than this, so a unit
    pair below the threshold here is below it in ``similarity`` too.
    """
    positions: dict[str, int] = {}
    for i, word in enumerate(a):
        positions[word] = positions.get(word, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full
    for word in b:
        u = v & positions.get(word, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


@dataclass(frozen=True)
class Match:
    """An earlier unit that the looked-up one repeats."""

    key: object
    score: float

    @property
    def exact(self) -> bool:
        return self.score >= 1.0


class RepeatIndex:
    """Units seen so far, to find an earlier copy of a new unit.

    ``key`` is whatever the caller uses to find the unit again (an index into
    its own list, a path and offset). Lookups cost time linear in the unit:
    posting lists are capped, and only the best few candidates are aligned.
    """

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self._exact: dict[tuple[str, ...], object] = {}
        self._tokens: list[Tokens] = []
        self._keys: list[object] = []
        self._postings: dict[int, list[int]] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def find(self, toks: Tokens) -> Match | None:
        """The earliest exact copy of ``toks``, else its most similar near copy."""
        return self._find(toks)

    def add(self, toks: Tokens, key: object) -> None:
        """Remember a unit (the first of its text keeps the exact slot)."""
        self._add(toks, key)

    def find_or_add(self, toks: Tokens, key: object) -> Match | None:
        """``find``, and ``add`` the unit when it repeats nothing."""
        match = self._find(toks)
        if match is None:
            self._add(toks, key)
        return match

    def _find(self, toks: Tokens) -> Match | None:
        key = self._exact.get(toks.words)
        if key is not None:
            return Match(key, 1.0)
        if self.threshold >= 1.0:
            return None
        counts: dict[int, int] = {}
        for h in toks.sketch:
            for i in self._postings.get(h, ()):
                counts[i] = counts.get(i, 0) + 1
        if not counts:
            return None
        best: Match | None = None
        size = len(toks)
        # Most shared sketch hashes first, earlier unit first among equals.
        for i in sorted(counts, key=lambda i: (-counts[i], i))[:VERIFY]:
            other = self._tokens[i]
            if min(size, len(other)) < self.threshold * max(size, len(other)):
                continue  # too different in length to reach the threshold
            if min(size, len(other)) <= ALIGN_LIMIT and (
                common_subsequence(toks.words, other.words) < self.threshold * max(size, len(other))
            ):
                continue  # even a perfect alignment would fall short
            score = similarity(toks, other)
            if score >= self.threshold and (best is None or score > best.score):
                best = Match(self._keys[i], score)
        return best

    def _add(self, toks: Tokens, key: object) -> None:
        self._exact.setdefault(toks.words, key)
        if self.threshold >= 1.0:
            return
        i = len(self._keys)
        self._keys.append(key)
        self._tokens.append(toks)
        postings = self._postings
        for h in toks.sketch:
            posting = postings.get(h)
            if posting is None:  # not setdefault(h, []), which builds a list even when h is there
                postings[h] = [i]
            elif len(posting) < POSTINGS:
                posting.append(i)
