"""Readability formulas over the document model: counts per sentence, scores from totals.

The scores are the standard formulas as textstat documents them (Flesch-Kincaid
grade, Flesch reading ease, Gunning fog, SMOG, Coleman-Liau, Dale-Chall), but
computed here from the Document's own sentences and words rather than by
textstat, for three reasons: textstat re-tokenises text with its own, weaker
sentence splitter ("U.S." ends a sentence there); it counts syllables with
NLTK's dictionary, which NLTK downloads on first use; and importing it imports
NLTK, most of a second. Syllables come from ``lint.syllables`` (the CMU
dictionary, offline); Dale-Chall's list of familiar words is read from the
file textstat ships, without importing textstat.

Only the writer's running prose is measured (see ``prose_sentences``). Because
every formula is a function of totals (words, sentences, syllables, ...), the
effect of one sentence on an article's score is the score with and without it,
which is how D401 finds the sentences that make an article hard.
"""

from __future__ import annotations

import importlib.util
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lint.document import PARAGRAPH, Document, Sentence

FLESCH_KINCAID = "flesch-kincaid"
FLESCH_READING_EASE = "flesch-reading-ease"
GUNNING_FOG = "gunning-fog"
SMOG = "smog"
COLEMAN_LIAU = "coleman-liau"
DALE_CHALL = "dale-chall"
METRICS = (FLESCH_KINCAID, FLESCH_READING_EASE, GUNNING_FOG, SMOG, COLEMAN_LIAU, DALE_CHALL)
TITLES = {
    FLESCH_KINCAID: "Flesch-Kincaid",
    FLESCH_READING_EASE: "Flesch reading ease",
    GUNNING_FOG: "Gunning fog",
    SMOG: "SMOG",
    COLEMAN_LIAU: "Coleman-Liau",
    DALE_CHALL: "Dale-Chall score",
}
#: Words a minute for reading time: the usual figure for adults reading news on a screen.
WORDS_PER_MINUTE = 230


@dataclass(slots=True)
class Counts:
    """What the formulas need, for a sentence or a whole text."""

    sentences: int = 0
    words: int = 0
    syllables: int = 0
    letters: int = 0
    #: Words of three or more syllables (SMOG).
    polysyllables: int = 0
    #: Three or more syllables and not a familiar word (Gunning fog's "complex" words, as textstat counts them).
    complex: int = 0
    #: Not on the Dale-Chall list of familiar words.
    difficult: int = 0
    #: Only sentences, words and syllables were counted: enough for Flesch-Kincaid, reading ease and SMOG.
    partial: bool = False

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            *(a + b for a, b in zip(self._numbers(), other._numbers(), strict=True)), self.partial or other.partial
        )

    def __sub__(self, other: Counts) -> Counts:
        return Counts(
            *(a - b for a, b in zip(self._numbers(), other._numbers(), strict=True)), self.partial or other.partial
        )

    def _numbers(self) -> tuple[int, ...]:
        return (
            self.sentences,
            self.words,
            self.syllables,
            self.letters,
            self.polysyllables,
            self.complex,
            self.difficult,
        )


#: Metrics that need letters or familiar words, which a partial count leaves out.
NEEDS_FULL = frozenset(["gunning-fog", "coleman-liau", "dale-chall"])


def score(metric: str, c: Counts) -> float:
    """The metric's raw score (0.0 for an empty text, as textstat returns)."""
    if c.partial and metric in NEEDS_FULL:
        raise ValueError(f"{metric} needs a full count (Counter.total(..., full=True))")
    if c.words == 0 or c.sentences == 0:
        return 0.0
    wps = c.words / c.sentences
    if metric == FLESCH_KINCAID:
        return 0.39 * wps + 11.8 * c.syllables / c.words - 15.59
    if metric == FLESCH_READING_EASE:
        return 206.835 - 1.015 * wps - 84.6 * c.syllables / c.words
    if metric == GUNNING_FOG:
        return 0.4 * (wps + 100 * c.complex / c.words)
    if metric == SMOG:
        return 1.043 * math.sqrt(30 * c.polysyllables / c.sentences) + 3.1291
    if metric == COLEMAN_LIAU:
        return 0.058 * (100 * c.letters / c.words) - 0.296 * (100 * c.sentences / c.words) - 15.8
    if metric == DALE_CHALL:
        pct = 100 * c.difficult / c.words
        return 0.1579 * pct + 0.0496 * wps + (3.6365 if pct > 5 else 0.0)
    raise ValueError(f"unknown metric {metric!r} (choose from {', '.join(METRICS)})")


# Flesch's and Dale-Chall's own tables from score to school grade: (lowest score, grade, label).
_EASE_BANDS = [
    (90, 5, "grade 5"),
    (80, 6, "grade 6"),
    (70, 7, "grade 7"),
    (60, 9, "grades 8-9"),
    (50, 12, "grades 10-12"),
    (30, 16, "college, grades 13-16"),
    (-math.inf, 18, "college graduate"),
]
_DALE_CHALL_BANDS = [
    (10, 16, "college graduate"),
    (9, 15, "college, grades 13-15"),
    (8, 12, "grades 11-12"),
    (7, 10, "grades 9-10"),
    (6, 8, "grades 7-8"),
    (5, 6, "grades 5-6"),
    (-math.inf, 4, "grade 4 or below"),
]


def grade(metric: str, value: float) -> float:
    """The school grade a score stands for: the score itself, or the top of its band in the metric's table."""
    if metric == FLESCH_READING_EASE:
        return next(g for low, g, _ in _EASE_BANDS if value >= low)
    if metric == DALE_CHALL:
        return next(g for low, g, _ in _DALE_CHALL_BANDS if value >= low)
    return value


def grade_label(metric: str, value: float) -> str:
    if metric == FLESCH_READING_EASE:
        return next(label for low, _, label in _EASE_BANDS if value >= low)
    if metric == DALE_CHALL:
        return next(label for low, _, label in _DALE_CHALL_BANDS if value >= low)
    return f"grade {value:.1f}"


def hardness(metric: str, value: float) -> float:
    """Higher is harder, for every metric (reading ease runs the other way)."""
    return -value if metric == FLESCH_READING_EASE else value


# -- counting -------------------------------------------------------------------


def prose_sentences(doc: Document) -> list[Sentence]:
    """The writer's running prose: sentences of ordinary paragraphs that are not direct quotation.

    Left out: the headline and headings (short by design), block quotes and
    list items (an excerpt or a list keeps its own shape), whole-sentence
    quotations (the speaker's words, which the writer cannot reword), and code
    and markup, which the parser has already blanked.
    """
    return [s for b in doc.blocks if b.kind == PARAGRAPH for s in b.sentences if s.words and not s.quoted]


class Counter:
    """Counts sentences; remembers each distinct word's figures for the rest of the process.

    Syllables are all that Flesch-Kincaid (D401's default), reading ease and
    SMOG need, so a partial count looks up nothing else; letters and familiar
    words are worked out only for a full count.
    """

    def __init__(self) -> None:
        from lint.syllables import syllables

        self._count_syllables = syllables()._count
        self._syllables: dict[str, int] = {}
        self._full: dict[str, tuple[int, int, int, int, int]] = {}
        self._easy: frozenset[str] | None = None

    def sentence(self, sentence: Sentence, full: bool = True) -> Counts:
        return self.total([sentence], full)

    def total(self, sentences: Iterable[Sentence], full: bool = True) -> Counts:
        """The counts of these sentences together: one pass over their words."""
        sentences = list(sentences)
        if not full:
            memo, fill = self._syllables, self._fill_syllables
            syls = [memo.get(w.text) or fill(w.text) for s in sentences for w in s.words]
            poly = len(syls) - syls.count(1) - syls.count(2)
            return Counts(len(sentences), len(syls), sum(syls), polysyllables=poly, partial=True)
        memo, fill = self._full, self._fill_full
        infos = [memo.get(w.text) or fill(w.text) for s in sentences for w in s.words]
        if not infos:
            return Counts(sentences=len(sentences))
        syl, letters, poly, cplx, diff = map(sum, zip(*infos, strict=True))
        return Counts(len(sentences), len(infos), syl, letters, poly, cplx, diff)

    def _fill_syllables(self, text: str) -> int:
        n = self._syllables[text] = self._count_syllables(text)
        return n

    def _fill_full(self, text: str) -> tuple[int, int, int, int, int]:
        n = self._syllables.get(text) or self._fill_syllables(text)
        if text.isalpha():
            letters, figure = len(text), False
        else:
            letters = sum(1 for c in text if c.isalnum())
            figure = any(c.isdigit() for c in text)
        if self._easy is None:
            self._easy = easy_words()
        familiar = figure or is_familiar(text, self._easy)
        poly = n >= 3
        info = self._full[text] = (n, letters, int(poly), int(poly and not familiar), int(not familiar))
        return info


_INFLECTIONS = (("'s", ""), ("’s", ""), ("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"))
_INFLECTIONS += (("d", ""), ("ing", ""), ("ing", "e"), ("er", ""), ("est", ""), ("ly", ""))


def is_familiar(word: str, easy: frozenset[str]) -> bool:
    """On the Dale-Chall list, or a regular inflection of a word on it ("walked", "cities")."""
    w = word.lower()
    if w in easy:
        return True
    for suffix, repl in _INFLECTIONS:
        if w.endswith(suffix) and len(w) > len(suffix) + 1 and (w[: -len(suffix)] + repl) in easy:
            return True
    return False


@cache
def easy_words() -> frozenset[str]:
    """Dale-Chall's ~3,000 familiar words, from the file textstat ships (empty when textstat is absent)."""
    spec = importlib.util.find_spec("textstat")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "en" / "easy_words.txt"
    try:
        return frozenset(w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines() if w.strip())
    except OSError:
        return frozenset()


@cache
def counter() -> Counter:
    """The process-wide counter (loads the syllable data on first use)."""
    return Counter()


def scores(c: Counts) -> dict[str, float]:
    return {m: round(score(m, c), 1) for m in METRICS}
