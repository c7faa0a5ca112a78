"""Words no dictionary lists but English makes regularly: "hereditaries", "ramrodded", "beermaker".

A dictionary holds "hereditary", "ramrod" and "beer" and "maker"; news copy
inflects and compounds them freely. A word the frequency list has never seen
is accepted when it undoes, by the usual spelling rules, into dictionary
words: an ending with its stem restored ("patchier" -> "patchy",
"bribers" -> "bribe", "ramrodded" -> "ramrod"), or two content words written
as one ("planemaker", "coachloads").

Typos must not pass for derivations. So stems are at least four letters, a
bare plural "-s" needs a long stem (a slip adds an "s" to short words:
"mades", "thes"), and a compound's first half must not be a function word,
an adverb or a plural ("willmean", "radicallyimproved", "questionsmarks" are
words run together, not compounds).
"""

from __future__ import annotations

from collections.abc import Callable

#: Ending -> what the stem may have ended in before it ("" keeps the stem as it is).
ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ies", ("y",)),  # hereditaries
    ("ier", ("y",)),  # patchier
    ("iest", ("y",)),
    ("iness", ("y",)),
    ("ily", ("y",)),
    ("ied", ("y",)),
    ("ers", ("", "e")),  # fosterers, bribers
    ("er", ("", "e")),
    ("est", ("", "e")),
    ("ed", ("", "e")),  # truanted, ramrodded (doubled consonant, below)
    ("ing", ("", "e")),  # doorstepping
    ("ings", ("", "e")),
    ("ly", ("",)),  # mendaciously
    ("ally", ("",)),  # cinematographically
    ("ness", ("",)),
    ("less", ("",)),
    ("ful", ("",)),
    ("ment", ("", "e")),
    ("ments", ("", "e")),
    ("ism", ("", "e")),  # bureaucratism
    ("isms", ("", "e")),
    ("ist", ("", "e", "y")),  # symbologist
    ("ists", ("", "e", "y")),
    ("ery", ("", "e")),  # freakery
    ("al", ("e",)),  # deposal
    ("ator", ("ate",)),
    ("ators", ("ate",)),  # amputators
    ("able", ("", "e", "ate")),  # reformable
    ("ably", ("", "e", "ate")),
    ("ability", ("", "e", "ate")),
    ("isation", ("ise",)),
    ("isations", ("ise",)),
    ("ization", ("ize",)),
    ("izations", ("ize",)),
    ("s", ("",)),  # capitalisations (long stems only)
)
#: Beginnings that make a word from a dictionary word ("rebanding", "unreformable").
PREFIXES = (
    "re", "un", "de", "mis", "non", "pre", "co", "over", "under", "out", "sub", "super", "inter", "multi", "semi",
    "post", "anti", "counter", "mega", "micro", "mini", "self", "cross", "dis", "hyper", "tele",
)  # fmt: skip
#: A prefix leaves at least this much of a word.
MIN_PREFIXED = 5
MIN_STEM = 4
#: A bare "-s" plural of a word the list has never seen needs a stem this long.
MIN_PLURAL_STEM = 7
#: Endings after which a doubled final consonant is undone ("ramrodded" -> "ramrod").
DOUBLING = ("ed", "ing", "ings", "er", "ers")

#: Words that do not start a compound: a typist who runs "will mean" together made a slip, not a word.
#: (Particles that do, "over", "out", "under", "in", "up", are left out.)
FUNCTION_WORDS = frozenset(
    """
    the and but for nor yet you your our their there they them then than this that these those with from
    into onto upon about above again against along among around before behind below between during
    except through till until within without will would shall should can could may might must have has
    had been being was were are is not just only very also even ever never more most much many some such
    each every both either neither other another any all what which who whom whose when where while why
    how here of to at an as it be or if so do no we he she his her its my me us
    """.split()  # noqa: SIM905
)
#: Compound halves must be at least this long ("car" + "making" = "carmaking").
MIN_HEAD = 3
MIN_TAIL = 4


def regular(word: str, trusted: Callable[[str], bool]) -> bool:
    """``word`` (lowercase) is an inflection, derivation or compound of dictionary words."""
    return inflected(word, trusted) or prefixed(word, trusted) or compound(word, trusted)


def prefixed(word: str, trusted: Callable[[str], bool]) -> bool:
    """A prefix on a dictionary word or on an inflection of one: "unreformable"."""
    for prefix in PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_PREFIXED:
            rest = word[len(prefix) :]
            if trusted(rest) or inflected(rest, trusted):
                return True
    return False


def inflected(word: str, trusted: Callable[[str], bool]) -> bool:
    """A dictionary word with a regular ending, its spelling rules undone."""
    for ending, restores in ENDINGS:
        if not word.endswith(ending):
            continue
        base = word[: -len(ending)]
        if ending == "s" and (len(base) < MIN_PLURAL_STEM or base.endswith("s")):
            continue
        for restore in restores:
            stem = base + restore
            if len(stem) >= MIN_STEM and trusted(stem):
                return True
        if (
            ending in DOUBLING
            and len(base) > MIN_STEM
            and base[-1] == base[-2]
            and base[-1] not in "aeiouy"
            and trusted(base[:-1])
        ):
            return True
    return False


def compound(word: str, trusted: Callable[[str], bool]) -> bool:
    """Two content words written as one: "beermaker", "coachloads", "doorstepping"."""
    for i in range(MIN_HEAD, len(word) - MIN_TAIL + 1):
        head, tail = word[:i], word[i:]
        if trusted(head) and not _no_compound_head(head, trusted) and (trusted(tail) or inflected(tail, trusted)):
            return True
    return False


def run_together(word: str, trusted: Callable[[str], bool]) -> str | None:
    """The two words a missing space joined ("will mean" for "willmean"), or None.

    Only a head that cannot start a compound is evidence: a function word, an
    adverb in -ly, a plural.
    """
    for i in range(2, len(word) - 1):
        head, tail = word[:i], word[i:]
        if trusted(head) and (trusted(tail) or inflected(tail, trusted)) and _no_compound_head(head, trusted):
            return f"{head} {tail}"
    return None


def _no_compound_head(head: str, trusted: Callable[[str], bool]) -> bool:
    if head in FUNCTION_WORDS or (head.endswith("ly") and len(head) > 4):
        return True
    return head.endswith("s") and not head.endswith("ss") and trusted(head[:-1])  # "questionsmarks"
