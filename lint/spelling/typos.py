"""T101: is this word a typo, and what was meant?

A word is judged on two kinds of evidence. Against it: the trusted dictionary
does not know it, and a far more common word is one slip away ("Conflcit" ->
"conflict", "siad" -> "said"). For it: a frequency list of 315,000 words that
knows most names, and the article itself, where a name is capitalised mid-
sentence, follows a title ("Minister", "Mr"), takes a possessive, or recurs
spelt the same way. A Title Case headline and a sentence's first word are
capitalised whatever they are, so capitals there are no evidence of a name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from lint.spelling.lexicon import TRUSTED_BIT, UNKNOWN, Candidate, Lexicon, one_edit
from lint.spelling.morphology import MIN_PLURAL_STEM, MIN_PREFIXED, PREFIXES, regular, run_together
from lint.spelling.tokens import LOWER, TITLE, Token

#: Words before a name: "Mr Blair", "Defence Minister Yoav Gallant", "Secretary of State Antony Blinken".
TITLES = frozenset(
    """
    mr mrs ms miss dr sir dame lord lady rev prof professor president minister secretary chancellor senator
    sen rep congressman congresswoman governor gov mayor judge justice king queen prince princess duke duchess
    earl baron baroness general gen colonel col captain capt lieutenant lt sergeant sgt major commander admiral
    coach manager chairman chairwoman chief director ambassador bishop archbishop pope father sister brother
    cardinal rabbi imam sheikh ayatollah premier leader spokesman spokeswoman striker midfielder defender
    goalkeeper singer actor actress star rapper mp mep st saint uncle aunt
    """.split()  # noqa: SIM905
)


class Verdict:
    """What the lexicon alone says about a lowercase word (cached per word).

    The near words are looked for only when a rule asks (``neighbours``): a
    name the list knows, in a name's context, is settled without them.
    """

    __slots__ = ("_find", "_neighbours", "rank", "trusted")

    def __init__(
        self,
        rank: int,
        trusted: bool,
        neighbours: tuple[Candidate, ...] | None = None,
        find: Callable[[], tuple[Candidate, ...]] | None = None,
    ) -> None:
        self.rank = rank
        self.trusted = trusted
        self._neighbours = neighbours
        self._find = find

    @property
    def neighbours(self) -> tuple[Candidate, ...]:
        """Known words one slip away, best first."""
        if self._neighbours is None:
            self._neighbours = self._find() if self._find else ()
            self._find = None
        return self._neighbours

    @property
    def best(self) -> Candidate | None:
        return self.neighbours[0] if self.neighbours else None

    @property
    def gap(self) -> int:
        """How much more common the best neighbour is (in 8-centibel steps; 12 is 10 times)."""
        best = self.best
        return self.rank - best.rank if best else 0


#: Endings that make a word from a dictionary word ("hirings", "demerged"), with what the stem must end in.
SUFFIXES = (
    ("s", ""), ("es", "sxzh"), ("d", "e"), ("ed", ""), ("ing", ""), ("ings", ""), ("er", ""), ("ers", ""),
    ("ly", ""), ("ness", ""), ("able", ""), ("ism", ""), ("ist", ""), ("ists", ""),
)  # fmt: skip


def lexical(lex: Lexicon, key: str, cache: dict[str, Verdict]) -> Verdict:
    verdict = cache.get(key)
    if verdict is None:
        code = lex.code(key)  # one look-up for both rank and trust: this runs for every new word
        rank = UNKNOWN if code is None else code & 127
        trusted = (code is not None and code >= TRUSTED_BIT) or derived(lex, key, known=rank < UNKNOWN)
        if trusted:
            verdict = Verdict(rank, True, ())
        elif rank < UNKNOWN:
            verdict = Verdict(rank, False, find=lambda: tuple(c for c in lex.neighbours(key) if c.rank < rank))
        elif _regular(lex, key) and not _slip_of_common_word(tuple(lex.neighbours(key))):
            verdict = Verdict(rank, True, ())
        else:
            # Most unknown words are names that the article itself settles: their near words
            # (the costliest look-up of T101) are found only if a rule still needs them.
            verdict = Verdict(rank, False, find=lambda: _unknown_neighbours(lex, key))
        cache[key] = verdict
    return verdict


def _unknown_neighbours(lex: Lexicon, key: str) -> tuple[Candidate, ...]:
    neighbours = tuple(lex.neighbours(key))
    # A missing space is a rarer slip than a wrong letter: it ranks after the dictionary words.
    at = max((i + 1 for i, c in enumerate(neighbours) if c.trusted), default=0)
    return (*neighbours[:at], *_missing_space(lex, key), *neighbours[at:])


#: A dictionary word at least this common (rank 75: once in a million words) one slip away explains an
#: unknown word better than any derivation: "hittying" is "hitting", not "hitty" + "ing".
SLIP_BEATS_DERIVATION = 75


def _slip_of_common_word(neighbours: tuple[Candidate, ...]) -> bool:
    return any(c.trusted and c.rank <= SLIP_BEATS_DERIVATION for c in neighbours)


def _regular(lex: Lexicon, key: str) -> bool:
    """Made regularly from dictionary words, or the singular of a plural the list knows ("gigajoule")."""
    plural = len(key) >= MIN_PLURAL_STEM and (key + "s" in lex or key + "es" in lex)
    return plural or regular(key, lex.trusted)


#: The edit of a candidate that puts back a missing space.
SPACE = "space"


def _missing_space(lex: Lexicon, key: str) -> tuple[Candidate, ...]:
    """Two words run together ("willmean"), as a candidate "will mean"; else nothing."""
    split = run_together(key, lex.trusted)
    if split is None:
        return ()
    rank = max(lex.rank(part) for part in split.split())
    return (Candidate(split, rank, True, SPACE, True),)


def derived(lex: Lexicon, key: str, known: bool) -> bool:
    """A word made regularly from dictionary words: "hirings", "rebanding", "carmaking".

    A word the frequency list has never seen is held to the stricter rules of
    ``morphology``: "thes" or "yeares" are slips, not plurals, and "willmean"
    a missing space.
    """
    for prefix in PREFIXES:
        if key.startswith(prefix) and len(key) - len(prefix) >= MIN_PREFIXED and lex.trusted(key[len(prefix) :]):
            return True
    if not known:
        return False
    for suffix, after in SUFFIXES:
        stem = key[: -len(suffix)]
        if key.endswith(suffix) and len(stem) >= 4 and (not after or stem[-1] in after) and lex.trusted(stem):
            return True
    return any(lex.trusted(key[:i]) and lex.trusted(key[i:]) for i in range(4, len(key) - 3))


@dataclass
class NameEvidence:
    """What the article says about its capitalised words."""

    #: How often each capitalised form occurs.
    counts: dict[str, int]
    #: Lowercase forms of words capitalised in mid-sentence: the article's names.
    names: frozenset[str]
    #: Capitalised parts of hyphenated words ("Saaid" in "Mohd-Saaid") -> how often.
    parts: dict[str, int] = field(default_factory=dict)

    def recurs(self, tok: Token) -> bool:
        """Written twice or more the same way, alone or in a double-barrelled name ("Ms Mohd-Saaid")."""
        return self.counts.get(tok.text, 0) + self.parts.get(tok.text, 0) >= 2

    def says_name(self, tok: Token) -> bool:
        """Possessive, used twice spelt the same, or after a title ("Mr", "Minister")."""
        if tok.possessive or self.recurs(tok):
            return True
        prev = (tok.prev or "").rstrip(".").lower()
        return prev in TITLES

    def names_neighbour(self, tok: Token, verdict: Verdict) -> bool:
        """A name one typing slip away is used elsewhere in the article ("Bliar" beside "Blair").

        Any edit would not do: "Theo" is one letter from "The" of a film's title, "Pandy" from "Andy".
        """
        return any(c.likely_slip and c.word in self.names and c.word != tok.key for c in verdict.neighbours)

    def may_name_neighbour(self, tok: Token) -> bool:
        """Could ``names_neighbour`` be true? Some other name of the article is one edit away.

        A test against the article's few dozen names that spares most capitalised words
        the look-up of all their near words, the costliest step of T101.
        """
        size = len(tok.key)
        by_length = self._names_by_length
        return any(
            one_edit(tok.key, name) for length in (size - 1, size, size + 1) for name in by_length.get(length, ())
        )

    @cached_property
    def _names_by_length(self) -> dict[int, list[str]]:
        by_length: dict[int, list[str]] = {}
        for name in self.names:
            by_length.setdefault(len(name), []).append(name)
        return by_length


#: A capitalised word in mid-sentence that no list knows is a typo when a dictionary word this common
#: (rank, lower is commoner) is one typing slip away (a neighbouring key, a swap, a dropped letter), or
#: this common when the edit is an unlikely slip: names are one random edit from many words.
SLIP_NEAR = 70
#: Rank 80: rarer than once in 2.5 million words.
RARE = 80
OTHER_NEAR = 50


def is_typo(tok: Token, verdict: Verdict, names: NameEvidence) -> bool:
    """Decide one token. ``verdict`` is the lexicon's view of ``tok.key``."""
    if verdict.trusted:
        return False
    if tok.in_compound and verdict.rank != UNKNOWN:
        return False  # "pre" in "pre-tax", "olds" in "year-olds": halves of compounds the list knows
    if tok.shape not in (LOWER, TITLE):
        return False  # "McDonald", "iPod"
    said_name = tok.shape == TITLE and names.says_name(tok)
    if said_name and verdict.rank != UNKNOWN:
        return False  # a name the list knows, and the article says it is one: no need to look further
    if tok.shape == LOWER:
        best = verdict.best
        if verdict.rank == UNKNOWN:
            if best is None or (len(tok.key) == 3 and best.rank > 30):
                return False
            # A slip of any known word, or another edit of a dictionary word in real use ("irrelevent");
            # a rare word a letter away from another rare word is as likely a rare word ("ariary").
            return any(c.likely_slip or (c.trusted and c.rank < RARE) for c in verdict.neighbours)
        # A web word: only a misspelling when a dictionary word one slip away is far more common.
        if best is None or not best.trusted or verdict.gap < 20:
            return False
        # No vowel, and no typing slip that explains it: an abbreviation ("bpd", "mph"), not a slip of "bad".
        return not _vowelless(tok.key) or any(
            c.trusted and c.likely_slip and verdict.rank - c.rank >= 20 for c in verdict.neighbours
        )
    if not (tok.headline or tok.initial):
        if verdict.rank == UNKNOWN and names.counts.get(tok.text, 0) >= 2:
            return False  # spelt the same way twice: a slip is not repeated letter for letter
        if verdict.rank != UNKNOWN and not (names.counts.get(tok.text, 0) < 2 and names.may_name_neighbour(tok)):
            return False  # a name the list knows, in mid-sentence: only a name one slip away says "typo"
    best = verdict.best
    if best is None or best.edit == SPACE:
        return False  # an unknown name with no word near it, "Everasia"
    beside_name = names.counts.get(tok.text, 0) < 2 and names.names_neighbour(tok, verdict)
    if verdict.rank == UNKNOWN:
        # Unknown to 315,000 words yet one slip from a known one: a typo unless the article says "name".
        if tok.headline:
            return best.rank <= 80 or beside_name
        if tok.initial:
            return not said_name or beside_name
        if beside_name:
            return True
        if names.recurs(tok):
            return False  # spelt the same way twice: a slip is not repeated letter for letter
        penalty = 10 if said_name else 0
        return any(c.rank < (SLIP_NEAR if c.likely_slip else OTHER_NEAR) - penalty for c in verdict.neighbours)
    # A capitalised word the list knows: usually a name ("Eran", "Lerman"), so only strong evidence counts.
    if verdict.gap < 20:
        return False
    if tok.headline:
        return best.rank < 30 or (beside_name and best.rank < 70)
    if tok.initial:
        # "Eran Lerman, a former official": a first name the list knows, then a surname; but a slip of
        # one of the commonest words ("Teh", "Hte") is no first name, whatever follows.
        if any(c.likely_slip and c.rank < 30 for c in verdict.neighbours):
            return True
        return not _capitalised(tok.next) and (best.rank < 30 or (beside_name and best.rank < 70))
    return beside_name and verdict.gap >= 30


def _vowelless(word: str) -> bool:
    return not any(ch in "aeiouy" for ch in word)


def _capitalised(word: str | None) -> bool:
    return bool(word) and word[0].isupper() and not word.isupper()


def suggestions(tok: Token, verdict: Verdict, limit: int = 3) -> list[str]:
    out = []
    for cand in verdict.neighbours[:limit]:
        out.append(_match_case(tok.text, cand.word))
    return out


def _match_case(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
