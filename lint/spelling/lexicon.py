"""The word list behind T101: which words exist, how common they are, which are near.

Opened once per process from ``lint/data/lexicon.bin`` (built by
``scripts/build_spelling_data.py``) and looked up in place, memory-mapped,
without loading it (see ``packed.py``): about 315,000 lowercase words with a
frequency, of which some 84,000 are *trusted* dictionary words. The rest are
words the web uses, mostly names ("netanyahu", "blinken") but also the web's
own misspellings ("siad", "recieve"), which is why they are judged against
their near neighbours rather than simply accepted.
"""

from __future__ import annotations

from dataclasses import dataclass

from lint.spelling.packed import PackedWords, default_path

#: Frequency unit: 8 centibels. 0 is "the"; RAREST is below one in 100 million words.
RAREST = 100
UNKNOWN = RAREST + 4
TRUSTED_BIT = 128
LETTERS = "abcdefghijklmnopqrstuvwxyz"
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard() -> dict[str, frozenset[str]]:
    """Keys next to each key on a QWERTY keyboard (same row and the rows above and below)."""
    pos = {ch: (r, c + 0.5 * r) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}
    return {
        a: frozenset(b for b, (r2, c2) in pos.items() if b != a and abs(r1 - r2) <= 1 and abs(c1 - c2) <= 1)
        for a, (r1, c1) in pos.items()
    }


NEIGHBOUR_KEYS = _keyboard()


@dataclass(frozen=True)
class Candidate:
    word: str
    #: Frequency in RAREST units (lower is more common).
    rank: int
    trusted: bool
    #: The slip that made the typo from ``word``: "transposition", "omission", "insertion" or "substitution"
    #: (or "space" for two words run together, a candidate made by ``typos``).
    edit: str
    #: The slip is a neighbouring key (insert/replace) or a swap, the commonest kinds of typo.
    likely_slip: bool

    @property
    def score(self) -> float:
        """Lower is better: frequency, with a bonus for a typical slip and for dictionary words."""
        return self.rank - (6 if self.likely_slip else 0) - (4 if self.trusted else 0)


class Lexicon:
    def __init__(self, words: PackedWords) -> None:
        self._words = words
        self._get = words.get

    @classmethod
    def load(cls, path: str | None = None) -> Lexicon:
        return cls(PackedWords.open(path or default_path()))

    def __contains__(self, word: str) -> bool:
        return self._get(word) is not None

    def __len__(self) -> int:
        return len(self._words)

    def code(self, word: str) -> int | None:
        """The raw code byte (rank, plus TRUSTED_BIT for a dictionary word), None if the list lacks it."""
        return self._get(word)

    def rank(self, word: str) -> int:
        """Frequency of a lowercase word in RAREST units; UNKNOWN if the list lacks it."""
        code = self._get(word)
        return UNKNOWN if code is None else code & 127

    def trusted(self, word: str) -> bool:
        code = self._get(word)
        return code is not None and code >= TRUSTED_BIT

    def trusted_words(self) -> list[str]:
        """Every dictionary word (slow: for benchmarks and tools)."""
        return [w for w, code in self._words.items() if code >= TRUSTED_BIT]

    def neighbours(self, word: str) -> list[Candidate]:
        """Known words one Damerau-Levenshtein edit from ``word`` (lowercase), best first."""
        get = self._get
        found: dict[str, Candidate] = {}
        n = len(word)

        def add(cand: str, edit: str, slip: bool) -> None:
            code = get(cand)
            if code is None or cand == word:
                return
            old = found.get(cand)
            if old is None or (slip and not old.likely_slip):
                found[cand] = Candidate(cand, code & 127, code >= TRUSTED_BIT, edit, slip)

        for i in range(n - 1):
            if word[i] != word[i + 1]:
                add(word[:i] + word[i + 1] + word[i] + word[i + 2 :], "transposition", True)
        for i in range(n):
            # The typo has an extra letter at i: a doubled key or a neighbouring key is a likely slip.
            near = word[i - 1 : i] + word[i + 1 : i + 2]
            extra = word[i]
            slip = extra in near or any(extra in NEIGHBOUR_KEYS.get(ch, ()) for ch in near)
            add(word[:i] + word[i + 1 :], "insertion", slip)
        for i in range(n):
            keys = NEIGHBOUR_KEYS.get(word[i], frozenset())
            head, tail = word[:i], word[i + 1 :]
            for ch in LETTERS:
                if ch != word[i]:
                    add(head + ch + tail, "substitution", ch in keys)
        for i in range(n + 1):
            head, tail = word[:i], word[i:]
            for ch in LETTERS:
                add(head + ch + tail, "omission", True)
        return sorted(found.values(), key=lambda c: (c.score, c.word))


_LEXICON: Lexicon | None = None


def lexicon() -> Lexicon:
    """The process-wide lexicon, loaded on first use."""
    global _LEXICON
    if _LEXICON is None:
        _LEXICON = Lexicon.load()
    return _LEXICON
