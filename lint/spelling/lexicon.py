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
from functools import cache

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
        """Known words one Damerau-Levenshtein edit from ``word`` (lowercase), best first.

        All ~54 x len(word) edits are built in a fixed order and looked up in one
        call (``PackedWords.find``); only the few that exist are then told apart.
        """
        n = len(word)
        # Built as the UTF-8 bytes the lookup hashes; straight from bytes when byte i is letter i.
        if word.isascii():
            cands = _edits(word.encode("ascii"), _LETTER_BYTES)
        else:
            cands = [c.encode("utf-8") for c in _edits(word, LETTERS)]
        found: dict[str, Candidate] = {}
        swaps, extras, wrongs = n - 1, 2 * n - 1, 2 * n - 1 + 26 * n
        for k, code in self._words.find(cands):
            cand = cands[k].decode("utf-8")
            if cand == word:
                continue
            if k < swaps:
                edit, slip = "transposition", True
            elif k < extras:
                i = k - swaps
                near = word[i - 1 : i] + word[i + 1 : i + 2]
                extra = word[i]
                # A doubled key or a neighbouring key is a likely slip.
                edit, slip = "insertion", extra in near or any(extra in NEIGHBOUR_KEYS.get(ch, ()) for ch in near)
            elif k < wrongs:
                i, c = divmod(k - extras, 26)
                edit, slip = "substitution", LETTERS[c] in NEIGHBOUR_KEYS.get(word[i], ())
            else:
                edit, slip = "omission", True
            old = found.get(cand)
            if old is None or (slip and not old.likely_slip):
                found[cand] = Candidate(cand, code & 127, code >= TRUSTED_BIT, edit, slip)
        return sorted(found.values(), key=lambda c: (c.score, c.word))


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one insertion, deletion, substitution or swap."""
    la, lb = len(a), len(b)
    if a == b or abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    return a[i:] == b[i + 1 :]


_LETTER_BYTES = [ch.encode() for ch in LETTERS]


def _edits(word, letters):  # str or bytes, with letters of the same type
    """Every one-edit string in a fixed order: swaps, deletions, 26 substitutions a letter, 26 insertions a gap."""
    n = len(word)
    out = [word[:i] + word[i + 1 : i + 2] + word[i : i + 1] + word[i + 2 :] for i in range(n - 1)]
    out += [word[:i] + word[i + 1 :] for i in range(n)]
    for i in range(n):
        head, tail = word[:i], word[i + 1 :]
        out += [head + ch + tail for ch in letters]
    for i in range(n + 1):
        head, tail = word[:i], word[i:]
        out += [head + ch + tail for ch in letters]
    return out


@cache
def lexicon() -> Lexicon:
    """The process-wide lexicon, loaded on first use."""
    return Lexicon.load()
