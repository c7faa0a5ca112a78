"""Finding figures in news text: numbers in digits and in words, with their units.

A *figure* here is any stretch of text that states a quantity: ``700``,
``2.3 million``, ``$1.13bn``, ``£600m``, ``76%``, ``3-5%``, ``20 per cent``,
``seven``, ``dozens of``, ``half a million``, ``a third of``, ``one in five``.
This module only finds and describes them; whether one needs a source is the
figures check's business (``lint.checks.figures``).

Digits glued to letters (``G7``, ``A320``, ``MP3``, ``17th``, ``5ive``) are not
figures: they are names, models and ordinals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONEY = "money"
PERCENT = "percent"
NUMBER = "number"  # digits with no unit
WORDS = "words"  # a count in words: "seven", "five million"
VAGUE = "vague"  # "dozens of", "hundreds of", "thousands of"
FRACTION = "fraction"  # "a third of", "two-thirds", "half of"
RATIO = "ratio"  # "one in five", "nine out of 10"
MULTIPLE = "multiple"  # "twice the size", "more than double", "doubled", "halved", "tenfold"

_SMALL = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 10**9, "trillion": 10**12}
_MAG_SUFFIX = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12}

_CUR = r"(?:US\$|A\$|C\$|HK\$|NZ\$|[$£€¥₹])"
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_MAG = r"(?:\s?(?:bn|mn|m|k|tn)\b|\s(?:hundred|thousand|million|billion|trillion)\b)"
_CUR_WORD = r"(?:\s(?:euros?|dollars|pounds|sterling|yen|yuan|rupees|roubles|francs|pence|cents|p)\b|p\b)"
_PCT = r"(?:\s?%|\s(?:per\s?cent|percent|percentage\s+points?|basis\s+points?)\b)"
_AMOUNT = rf"(?:{_CUR}\s?)?{_NUM}{_MAG}?"
_WORD = "|".join(sorted(list(_SMALL) + list(_SCALE), key=len, reverse=True))
_FRACTION_WORD = r"(?:halves|half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)"
_WORDNUM = rf"(?:{_WORD})(?:(?:[\s-]|\sand\s)(?:{_WORD}))*"

_DIGITS_RE = re.compile(
    rf"""
    (?=[\d$£€¥₹UACHN])    # a cheap first test: what an amount can start with
    (?<![\w.,/$£€¥₹-])   # not inside a word, code or number
    (?P<amount>{_AMOUNT})
    (?P<range>\s?(?:-|–|to)\s?{_CUR}?{_NUM}{_MAG}?)?
    (?P<unit>{_PCT}|{_CUR_WORD})?
    (?![\w]|[.,]\d)
    """,
    re.VERBOSE,
)
_WORDS_RE = re.compile(
    rf"""
    \b(?:
        (?P<ratio>(?:one|{_WORD})\sin\s(?:every\s)?(?:{_WORD}|\d{{1,3}}(?![\d,]))
               |(?:{_WORD}|\d+)\sout\sof\s(?:{_WORD}|\d+))
      | (?P<fraction>(?:a|one|two|three|four|five|six|seven|eight|nine)\s{_FRACTION_WORD}\sof
                     |(?:one|two|three|four|five|six|seven|eight|nine)-{_FRACTION_WORD}
                     |(?:two|three|four|five|six|seven|eight|nine)\s(?:thirds|quarters|fifths|sixths|eighths|tenths)
                     |half\sa\s(?:million|billion|trillion|dozen)
                     |half\s(?:of|the)
                     |half[\s-](?:a\s)?(?:point|percentage)
                     |(?:in|by)\shalf)
      | (?P<vague>(?:(?:tens|hundreds|thousands|millions|billions)\sof\s)?(?:dozens|scores|hundreds|thousands|millions|billions|tens)\sof
                 |a\s(?:dozen|hundred|thousand|million|billion|trillion)
                 |(?:millions|billions|thousands|hundreds)(?!\s+of\b))
      | (?P<words>{_WORDNUM})
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _trie(words: list[str]) -> str:
    """A regular expression for ``words`` as a trie, which Python's engine scans far faster
    than a flat alternation."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    return emit(tree)


_TRIGGER_WORDS = [
    *_SMALL,
    *_SCALE,
    *["dozen", "dozens", "scores", "tens", "hundreds", "thousands", "millions", "billions", "half", "halves"],
    *["third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixths", "eighths", "tenths"],
]
_DIGIT_RATIO_RE = re.compile(r"(?<![\w.,])\d+\sout\sof\s\d+(?![\w])")

#: Multipliers, which state a quantity as a multiple of another. "twice" and "double" count
#: only where they compare ("twice the size", "more than double that", "set to double"), not
#: as a frequency or an adjective ("scored twice", "twice a year", "a double act"). Matched
#: where the number-word scan finds the word, so what qualifies it is looked for behind.
_MULTIPLE_WORDS = frozenset(
    [
        *["twice", "double", "treble", "triple", "quadruple", "halve"],
        *["doubled", "trebled", "tripled", "quadrupled", "halved", "doubling", "trebling", "tripling", "quadrupling"],
        *["halving", "twofold", "threefold", "fourfold", "fivefold", "sixfold", "tenfold", "hundredfold"],
    ]
)
_QUALIFIERS = ["more than", "nearly", "almost", "roughly", "around", "about", "at least", "over", "less than", "some"]
_AUXILIARIES = ["to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "not"]


def _behind(words: list[str]) -> str:
    """Look-behinds for any of ``words`` and a space (one each: they differ in width)."""
    return "|".join(f"(?<={re.escape(w + ' ')})" for w in words)


_MULTIPLE_RE = re.compile(
    rf"""
    (?:
        (?:two|three|four|five|six|seven|eight|nine|ten|hundred)fold
      | (?:doubled|trebled|tripled|quadrupled|halved|doubling|trebling|tripling|quadrupling|halving)
        (?!\s+(?:as|up|over|back|down)\b)
      | (?:{_behind(_QUALIFIERS)})(?:twice|double|treble|triple|quadruple)
      | (?:{_behind(_AUXILIARIES)})(?:double|treble|triple|quadruple|halve)
      | (?:twice|double|treble|triple|quadruple)(?=\s+(?:the|that|what|as|its|their|his|her|our|my)\b)
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: A number joined to "-fold": "three-fold", "5-fold".
_FOLD_RE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|\d+)-fold\b", re.IGNORECASE
)
_TRIGGER_RE = re.compile(rf"(?<![a-z]){_trie(_TRIGGER_WORDS + sorted(_MULTIPLE_WORDS))}(?![a-z])")


@dataclass(frozen=True, slots=True)
class Figure:
    start: int
    end: int
    text: str
    kind: str
    #: Best-effort numeric value (the first of a range); None for vague and fractional amounts.
    value: float | None = None
    #: Scaled by a magnitude ("million", "bn") or written as a multiple of one.
    scaled: bool = False


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every figure in ``text[start:end]``, in order, as spans into ``text``."""
    end = len(text) if end is None else end
    candidates: list[Figure] = []
    for m in _DIGITS_RE.finditer(text, start, end):
        split = _year_then_number(m)
        if split is None:
            candidates.append(_digits_figure(m))
            continue
        # "fell from 102 in 2003 to 81": a year, then a number, not the range "2003 to 81".
        year = m.group("amount")
        candidates.append(Figure(m.start(), m.start() + len(year), year, NUMBER, float(year)))
        second = _DIGITS_RE.match(text, split, end)
        if second:
            candidates.append(_digits_figure(second))
    candidates.extend(_word_figures(text, start, end))
    # Where spans overlap ("one in 13"), the longer reading wins.
    candidates.sort(key=lambda f: (f.start, f.start - f.end))
    found: list[Figure] = []
    for figure in candidates:
        if found and figure.start < found[-1].end:
            if figure.end - figure.start > found[-1].end - found[-1].start:
                found[-1] = figure
            continue
        found.append(figure)
    return found


def _word_figures(text: str, start: int, end: int) -> list[Figure]:
    """Numbers in words. A fast scan for number words in the lower-cased text finds
    where to try the full pattern, which may start a word or two earlier ("a third of")."""
    low = text[start:end].lower()
    if len(low) != end - start:  # a character whose lower case is longer: keep offsets exact
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text[start:end])
    out: list[Figure] = []
    reached = start
    for m in _TRIGGER_RE.finditer(low):
        p = start + m.start()
        if p < reached:
            continue
        if m.group(0) in _MULTIPLE_WORDS:
            multiple = _MULTIPLE_RE.match(text, p, end)
            if multiple:
                out.append(Figure(p, multiple.end(), multiple.group(0), MULTIPLE))
                reached = multiple.end()
            continue
        for q in (p - 3, p - 2, p):
            if q < reached or q < start:
                continue
            match = _WORDS_RE.match(text, q, end)
            if match and match.end() > p:
                figure = _words_figure(match)
                if figure is not None:
                    figure = _with_unit(text, figure, end)
                    out.append(figure)
                    reached = figure.end
                break
    if " out of " in low:
        out.extend(Figure(m.start(), m.end(), m.group(0), RATIO) for m in _DIGIT_RATIO_RE.finditer(text, start, end))
    if "-fold" in low:
        out.extend(Figure(m.start(), m.end(), m.group(0), MULTIPLE) for m in _FOLD_RE.finditer(text, start, end))
    return out


_WORD_PERCENT_RE = re.compile(r"[\s-](?:per\s?cent|percent|percentage\s+points?)\b", re.IGNORECASE)
_WORD_MONEY_RE = re.compile(
    r"\s(?:euros?|dollars|pounds|sterling|yen|yuan|rupees|roubles|francs|pence|cents)\b", re.IGNORECASE
)


def _with_unit(text: str, figure: Figure, end: int) -> Figure:
    """A number in words with its unit: "Sixty-one per cent", "five million pounds"."""
    if figure.kind != WORDS:
        return figure
    for pattern, kind in ((_WORD_PERCENT_RE, PERCENT), (_WORD_MONEY_RE, MONEY)):
        if kind == MONEY and figure.value == 1:
            continue  # "one pound bought $1.25": a unit, not an amount
        unit = pattern.match(text, figure.end, end)
        if unit:
            return Figure(figure.start, unit.end(), text[figure.start : unit.end()], kind, figure.value, figure.scaled)
    return figure


# Compiled once: these run for every figure, and ``re.match(string, ...)`` looks its pattern up each time.
_CUR_RE = re.compile(_CUR)
_PCT_RE = re.compile(_PCT)
_VALUE_RE = re.compile(rf"({_NUM})\s?(\w+)?")
_GAPS_RE = re.compile(r"[\s-]+")


_YEAR_TO_RE = re.compile(r"(?:1[89]|20)\d\d")
_RANGE_TO_RE = re.compile(r"\s?to\s?")


def _year_then_number(m: re.Match) -> int | None:
    """Where the second number starts when a "range" runs with "to" from a year down to a
    smaller number or to a sum ("from 102 in 2003 to 81", "in 2003 to £8m", "in 2003 to
    2,100"): a year, then a number. None otherwise."""
    amount, rng = m.group("amount"), m.group("range")
    if not rng or not _YEAR_TO_RE.fullmatch(amount):
        return None
    sep = _RANGE_TO_RE.match(rng)
    if not sep:
        return None
    second = rng[sep.end() :]
    if second.isdigit() and float(second) > float(amount):
        return None  # "from 1995 to 2005" is a period, "from 2000 to 3000 staff" a range
    return m.start("range") + sep.end()


def _digits_figure(m: re.Match) -> Figure:
    amount, unit = m.group("amount"), m.group("unit") or ""
    kind = NUMBER
    if _CUR_RE.match(amount.lstrip()) or (unit and not _PCT_RE.match(unit)):
        kind = MONEY
    elif unit:
        kind = PERCENT
    value, scaled = _digits_value(amount)
    return Figure(m.start(), m.end(), m.group(0), kind, value, scaled)


def _digits_value(amount: str) -> tuple[float | None, bool]:
    m = _VALUE_RE.search(amount)
    if not m:
        return None, False
    value = float(m.group(1).replace(",", ""))
    mag = (m.group(2) or "").lower()
    if mag in _MAG_SUFFIX:
        return value * _MAG_SUFFIX[mag], True
    if mag in _SCALE:
        return value * _SCALE[mag], True
    return value, False


def _words_figure(m: re.Match) -> Figure | None:
    s, e = m.span()
    text = m.group(0)
    if m.group("ratio"):
        return Figure(s, e, text, RATIO)
    if m.group("fraction"):
        return Figure(s, e, text, FRACTION)
    if m.group("vague"):
        return Figure(s, e, text, VAGUE, scaled=True)
    value = words_value(text)
    if value is None:
        return None
    return Figure(s, e, text, WORDS, value, scaled=any(w in _SCALE for w in _GAPS_RE.split(text.lower())))


def words_value(text: str) -> float | None:
    """The value of a number in words: "five" 5, "twenty-one" 21, "two million" 2e6."""
    total, current = 0, 0
    for word in _GAPS_RE.split(text.lower()):
        if word == "and":
            continue
        if word in _SMALL:
            current += _SMALL[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALE:
            total += max(current, 1) * _SCALE[word]
            current = 0
        else:
            return None
    return float(total + current)
