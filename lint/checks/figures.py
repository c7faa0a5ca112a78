"""``figures``: figures and their sources (F301 unsourced-figure, F302 anonymous-source).

Every figure in the body (``lint.numbers``) gets one of three labels:

- **exempt**: needs no source (a date, a duration, an age, a rank, a number
  in a name, a result of a contest, a plain narrative count);
- **attributed**: a source is linked to it (a cue in its sentence, an
  attributed quotation, reported speech carried on from the sentence before,
  or "the figures come from …" right after);
- **unsourced**: everything else, which F301 reports.

The cues, exemptions and anonymous-source phrases are data in the rules'
``[options]``, so a newsroom can extend them. ``figure_counts`` gives the same
classification to ``copydesk stats``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lint.checks import ActiveRule, Hit, RunContext, freeze
from lint.document import Block, Document, Sentence
from lint.errors import ConfigError
from lint.numbers import FRACTION, MONEY, MULTIPLE, NUMBER, PERCENT, RATIO, WORDS, Figure, find_figures

UNSOURCED_CODE = "F301"
ANONYMOUS_CODE = "F302"
EXEMPT, ATTRIBUTED, UNSOURCED = "exempt", "attributed", "unsourced"

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
#: "May 5", and the days of a list: "July 9 and 10".
_MONTH_BEFORE = re.compile(
    rf"\b(?:{_MONTHS})\.?\s*(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:,|and|or|to|-|–)\s*)*$", re.IGNORECASE
)
#: "5 May", "5th of May", and the days of a list: "14, 20 and 27 April".
_MONTH_AFTER = re.compile(
    rf"^(?:st|nd|rd|th)?(?:\s*(?:,|and|or|to|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?)*\s*(?:of\s+)?(?:{_MONTHS})\b",
    re.IGNORECASE,
)
#: A year, or a span of years: "2004", "2003-04", "2003-4" (a financial year), "1998/99",
#: "1983 to 1992" (the number finder reads a span with "to" as one range).
_YEAR_RE = re.compile(r"^(?:1[0-9]|20)\d\d(?:\s?[-–/]\s?(?:\d\d?|(?:1[0-9]|20)\d\d)|\s?to\s?(?:1[0-9]|20)\d\d)?$")
_SCORE_RE = re.compile(r"^\d{1,2}\s?[-–]\s?\d{1,2}$")
#: A passive before a cue ("is estimated", "was widely reported", "faster than expected",
#: "if confirmed"): no agent, no source...
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|it's|than|as|if|unless|once|until|when)\s+(?:(?:\w+ly|not|never|also|already|yet|still|now|since)\s+){0,2}$",
    re.IGNORECASE,
)
#: A coordinated clause with its own subject between a figure and a cue: "… and analysts have".
_COORDINATED = re.compile(r"\s(?:and|but)\s+(?:[\w'’-]+\s+){1,4}$")
#: A verb before a figure, so that the figure is not in the subject of the sentence.
_FINITE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|rose|fell|grew|made|took|paid|sold|won|lost|cut|saw|hit|gave|spent|\w+ed)\b",
    re.IGNORECASE,
)
#: Cues that are also nouns, and what makes them one: a determiner and a figure, but no
#: owner ("ahead of the 0.6% forecast"; not "the IMF's 0.6% forecast").
_NOUN_CUES = frozenset(["forecast", "forecasts", "estimate", "estimates"])
_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|the)\s+(?:(?:consensus|latest|previous|original|current|official|revised|earlier|initial|average)\s+)?"
    r"[$£€¥]?\d[\d.,]*(?:%|bn|m|k|p)?(?:\s+(?:per\s+cent|million|billion))?\s+$",
    re.IGNORECASE,
)
#: A cue that is a noun phrase, not a verb: it sources only the figure it introduces
#: ("below analyst expectations of £5m"), not one before it.
_NOUN_CUE_AFTER = re.compile(r"analysts?['’]?\s")
#: Where an aside opens: after a comma, a bracket or a dash.
_ASIDE_BEFORE = re.compile(r"(?:,|\(|\s[-\u2013\u2014]|[\u2013\u2014])\s*$")
#: A preposition right after a participle makes it a passive: "calculated in", "estimated at", "said to",
#: "accused of".
_PREPOSITION_AFTER = re.compile(r"\s+(?:in|at|as|to|on|of|for|from|with|using|over|under|up|down)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+$", re.IGNORECASE)
#: ...unless an agent follows ("estimated by the IMF").
#: Not the "by" of a verb further on: "is forecast to grow by 3%", "expected to be attended by 300".
_AGENT_AFTER = re.compile(r"\s*(?:(?!to\b|be\b)[^\s,;:.]+\s+){0,3}?by\b", re.IGNORECASE)
#: A sentence that names the source of the figures before it.
_BACKREF = re.compile(
    r"\b(?:the|these|those|both)\s+(?:\w+\s+)?(?:figures|data|numbers|statistics|estimates|findings|results)\b"
    r".{0,60}?\b(?:come|came|comes|are|were|from|by|published|released|compiled|issued|supplied|provided)\b",
    re.IGNORECASE,
)
#: A capitalised word right before a number ("Channel 4", "Shrek 2"); not a possessive
#: ("Gaza's 2.3 million", "the Lords' 750 peers").
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][\w'’&.-]*)(?<!['’]s)(?<!s['’])\s+$")
_AGE_COMMAS = re.compile(r"[A-Z][\w'’-]+,\s*$")
#: An age in apposition to a common noun: "the chairman, 67, will…", "a woman, 24, was…".
_AGE_NOUN_COMMAS = re.compile(r"\b(?:the|a|an|his|her|their|its)\s+(?:[a-z'’-]+\s+){0,2}[a-z'’-]+,\s*$", re.IGNORECASE)
#: What ends an age in apposition to a name: "Eileen Lee, 24, said", "with Eileen Lee, 24."
_AGE_END = re.compile(r"\s*(?:[,;)]|\.(?!\d)|$)")
_AGE_BRACKETS = re.compile(r"[A-Z][\w'’-]+\s*\(\s*$")
#: A sentence about chart or list positions, where "at 20" and "to 39" are ranks.
_RANK_CONTEXT = re.compile(
    r"\bnumber\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|\b\d+(?:st|nd|rd|th)\b"
    r"|\bchart|\btop\s+\d|\bplace\b|\bposition\b",
    re.IGNORECASE,
)
#: "at 20", "in at 5", "at a lowly 38".
_RANK_BEFORE = re.compile(r"\b(?:at|to|from|in at)\s+(?:an?\s+\w+\s+)?$", re.IGNORECASE)
_AVERAGE = re.compile(r"\b(?:average|mean|median|typical)\b", re.IGNORECASE)
#: Before an age, in a sentence about a life or an age: "retire before 65", "the voting age is 18",
#: "candidates must be 21", "when she turned 40".
_AGE_BEFORE = re.compile(
    r"\b(?:before|after|until|past|beyond|over|under|be|is|was|are|were|turn|turns|turned|reach|reaches|reached)\s+$",
    re.IGNORECASE,
)
#: A 24-hour clock time paired with another: "between 2300 and 0600", "from 0900 to 1700GMT".
_CLOCK_AFTER = re.compile(r"\s*(?:and|to|-|–)\s*([0-2]\d[0-5]\d)(?:\s?(?:gmt|bst|hrs|hours)|\b)", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"\b(0\d[0-5]\d)\s*(?:and|to|-|–)\s*$")
#: A group of digits starting with 0 and any groups after it: "0161 496 0000".
_DIGIT_GROUP_BEFORE = re.compile(r"\b0\d+(?:\s\d+)*\s$")
#: A share of the vote: "with 9% of the vote", "22.4% of the popular vote".
_VOTE_SHARE = re.compile(r"\s+of\s+(?:the\s+)?(?:public\s+|popular\s+|total\s+)?votes?\b", re.IGNORECASE)
_POLL = re.compile(r"\b(?:polls?|survey|surveys|opinion)\b", re.IGNORECASE)
#: A vote's tally, "MPs voted 310 to 219", "won the vote by 314 to 219": a result.
_TALLY_RANGE = re.compile(r"^[\d,]+\s?(?:to|-|–)\s?[\d,]+$")
_VOTE_WORD = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballot)\b", re.IGNORECASE)
#: A record of wins: "has won the title 18 times", "won it five times".
_WON_BEFORE = re.compile(r"\b(?:won|win|wins|winning|lifted|retained)\b", re.IGNORECASE)
_TIMES_AFTER = re.compile(
    r"\s+times\b(?!\s+(?:the|that|what|as|more|less|higher|lower|bigger|larger|greater|smaller)\b)"
)
#: A title after the kind of work it names: "the film 21 Grams", "Police drama 36,".
_WORK_BEFORE = re.compile(
    r"\b(?:film|movie|album|single|song|novel|musical|sitcom|drama|thriller|comedy|documentary|hit)\s+['\"“‘]?$",
    re.IGNORECASE,
)
#: A sentence about a life, where "at 50" is an age.
_AGE_CONTEXT = re.compile(
    r"\b(?:died|dies|dead|death|born|retire|retired|retires|retirement|aged?|youngest|oldest|left school"
    r"|too old|too young|birthday)\b",
    re.IGNORECASE,
)
#: The next sentence points back at this one and names a source: "This equated to 5%, the insurer said."
_POINTS_BACK = re.compile(
    r"[\"'“‘(]*(?:this|these|that|those|the\s+(?:figures?|numbers?|data|statistics|estimates?|findings|results|sums?|amounts?))\b",
    re.IGNORECASE,
)
#: Punctuation that closes a clause (not the comma of "1,000").
_BREAK = re.compile(r",(?=\s)|[;:()\u2013\u2014]|\s-\s")
_CLAUSE_PUNCT = re.compile(r",(?=\s)|[;:]")
#: A relative pronoun right after the figure refers to it: "the 2.5% which …".
_ANTECEDENT = re.compile(r"\s*(?:[,\w%]+\s*)?$")
#: A count that is a multiple or a ratio: "three times the size", "four times as many", "two to one".
_MULTIPLIER_AFTER = re.compile(
    r"\s+(?:times\s+(?:the|that|what|as|its|their|his|her|more|less|fewer|higher|lower|larger|bigger|greater|smaller)\b"
    r"|times\s+(?!better\b|worse\b)\w+er\s+than\b|to\s+one\b)",
    re.IGNORECASE,
)
#: A count given out to each of many: "nine shares each", "two tickets apiece", "£5 a head".
_EACH_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:each|apiece|a\s+head|per\s+(?:head|person|household|customer))"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:for|at|in|from|on|to|and|or|under|over)\b)",
    re.IGNORECASE,
)
#: A part of a tour or a run of shows, counted after its number: "will cover 13 US cities",
#: "play 24 European gigs", "the 82-date tour". Only in a sentence about a tour or gigs, so
#: that "arrested 13 people in 24 cities" is still a tally.
_TOUR_PART_AFTER = re.compile(
    r"[\s-]+(?:(?:more|further|other|extra|new|additional|sell-out|sold-out|live|[A-Z][\w'’.-]*)\s+){0,2}"
    r"(?:dates?|gigs?|concerts?|shows?|cities|venues?|stops?|legs?|performances?|countries|arenas?|stadiums?)\b"
)
_TOUR_CONTEXT = re.compile(
    r"\b(?:tour(?:s|ing|ed)?(?!\s+(?:operators?|guides?|firms?|companies)\b)|gigs?|concerts?)\b", re.IGNORECASE
)
#: An age threshold after the people it bounds: "households with people over 60", "where
#: people are over 80", "children under 5", "those over 75".
_PEOPLE_OVER = re.compile(
    r"\b(?:people|persons|those|men|women|adults|children|kids|pensioners|anyone|anybody|everyone|voters|drivers"
    r"|workers|employees|patients|residents|citizens|smokers|viewers|girls|boys|teenagers)\s+"
    r"(?:(?:who\s+)?(?:are|were|is|was|aged)\s+)?(?:over|under|above|below)\s+$",
    re.IGNORECASE,
)
_THRESHOLD_WORDS = ("over ", "under ", "above ", "below ", "Over ", "Under ")
#: What may follow such an age: the end of a phrase or a verb, not a unit ("drivers over 100 mph").
_AGE_TAIL = re.compile(
    r"\s*(?:[,.;:)!?]|$|(?:or|and|to|who|in|at|on|with|from|are|were|is|was|will|would|can|could|should|may|must"
    r"|get|gets|got|receive|receives|received|live|living|have|has|had|pay|paid|qualify|qualifies|need)\b)",
    re.IGNORECASE,
)
_PERIOD_BEFORE = re.compile(r"\b(?:first|second|final|latter|last|next|previous)\s+$", re.IGNORECASE)
#: Capitalised words before a number that are not part of a name with it.
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "By",
        "For",
        "With",
        "About",
        "Around",
        "Some",
        "All",
        "Over",
        "Under",
        "Only",
        "Just",
        "Nearly",
        "Almost",
        "Up",
        "Of",
        "From",
        "To",
        "And",
        "But",
        "Or",
        "Between",
        "Its",
        "His",
        "Her",
        "Their",
        "Our",
        "Those",
        "These",
        "Another",
        "Each",
        "Every",
        "Last",
        "First",
        "Than",
        "Roughly",
        "Approximately",
        "Both",
        "I",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sir",
        "Lord",
        "Lady",
    ]
)
#: An upper-case letter that is not part of an escape such as \\S or \\W.
_UPPER_LITERAL = re.compile(r"(?<!\\)[A-Z]")
_OPENERS = "\"'“‘(["


@dataclass(frozen=True, slots=True)
class Classified:
    figure: Figure
    label: str
    #: Why, for debugging and the benchmark: "year", "cue", "carried", "quote", …
    reason: str


@dataclass(frozen=True)
class Compiled:
    cues: re.Pattern
    intent_cues: re.Pattern
    exempt_before: re.Pattern
    exempt_after: re.Pattern
    tally: re.Pattern
    #: A tally word as a predicate: "… have been arrested".
    tally_predicate: re.Pattern
    #: A count as the subject of an agentless plan: "Eight super-casinos are proposed".
    plan_predicate: re.Pattern
    small_count: float
    carry_over: bool
    carry_markers: re.Pattern
    #: A change reported before a figure: "Sales climbed to …", "saw an increase of …".
    result_words: re.Pattern
    #: Words that make a sentence something other than an account of results: a forecast,
    #: a plan, a modal, the market's reaction.
    result_stops: re.Pattern
    #: Words that end a stated aim's reach ("…had hoped to raise £5m but received £2m").
    intent_ends: re.Pattern
    #: Words that open a clause between a figure and a later cue ("rose 5% after the firm said").
    clause_openers: re.Pattern
    relatives: frozenset[str]
    #: A relative clause still open at the end of a span: "Mr X, who on Thursday won …".
    relative_open: re.Pattern
    #: Words showing that a clause (what was said) follows a cue.
    clause_words: re.Pattern
    irregular_plurals: frozenset[str]
    #: A count of works right after a number: "25 albums", "18 reissues".
    works: re.Pattern
    opening_count: float


# -- options -------------------------------------------------------------------


def compile_options(options: dict[str, Any]) -> Compiled:
    """Compile F301's options; ``ValueError`` names the bad one."""
    return _compile(freeze(options))


@lru_cache(maxsize=32)
def _compile(frozen: tuple) -> Compiled:
    options = dict(frozen)

    def patterns(*keys: str, lower: bool = False) -> list[str]:
        out: list[str] = []
        for key in keys:
            value = options.get(key, ())
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"{key!r} must be a list of strings")
            for p in value:
                try:
                    re.compile(p)
                except re.error as exc:
                    raise ValueError(f"{key!r}: bad pattern {p!r}: {exc}") from None
                if lower and _UPPER_LITERAL.search(p):
                    raise ValueError(f"{key!r}: write {p!r} in lower case (the text is lower-cased before matching)")
            out.extend(value)
        return out

    def alternation(items: list[str]) -> str:
        return _alternation(items)

    def words(key: str) -> re.Pattern:
        return re.compile(rf"(?<![\w-])(?:{alternation(patterns(key, lower=True))})(?![\w-])")

    def number(key: str, default: float) -> float:
        value = options.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{key!r} must be a number")
        return float(value)

    return Compiled(
        # Matched against lower-cased text, without IGNORECASE: several times faster.
        cues=re.compile(rf"(?<![\w-])(?:{alternation(patterns('cues', 'extra-cues', lower=True))})(?![\w-])"),
        intent_cues=re.compile(
            rf"(?<![\w-])(?:{alternation(patterns('intent-cues', 'extra-intent-cues', lower=True))})(?![\w-])"
        ),
        exempt_before=re.compile(
            rf"(?<![\w-])(?:{alternation(patterns('exempt-before', 'extra-exempt-before'))})\s*$", re.IGNORECASE
        ),
        exempt_after=re.compile(rf"^(?:{alternation(patterns('exempt-after', 'extra-exempt-after'))})", re.IGNORECASE),
        tally=re.compile(rf"\b(?:{alternation(patterns('tally-words'))})\b", re.IGNORECASE),
        tally_predicate=re.compile(
            rf"\b(?:is|are|was|were|be|been|being|have|has|had)\s+(?:\w+\s+)?(?:{alternation(patterns('tally-words'))})\b",
            re.IGNORECASE,
        ),
        plan_predicate=re.compile(
            rf"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?(?:{alternation(patterns('plan-words'))})\b"
            r"(?!\s+(?:\w+\s+)?by\b)",
            re.IGNORECASE,
        ),
        small_count=number("small-count", 12),
        carry_over=bool(options.get("carry-over", True)),
        result_words=words("result-words"),
        result_stops=words("result-stops"),
        carry_markers=re.compile(rf"(?<![\w-])(?:{alternation(patterns('carry-markers', lower=True))})(?![\w-])"),
        intent_ends=words("intent-ends"),
        clause_openers=words("clause-openers"),
        relatives=frozenset(patterns("relative-pronouns", lower=True)),
        relative_open=re.compile(
            rf"(?:,|\(|\s[-\u2013\u2014])\s*(?:{alternation([r for r in patterns('relative-pronouns', lower=True) if r != 'that'])})\b"
            r"(?:(?!\s[-\u2013\u2014]\s)[^,;:()])*$"
        ),
        clause_words=words("clause-words"),
        irregular_plurals=frozenset(patterns("irregular-plurals", lower=True)),
        works=re.compile(rf"\s+(?:[\w-]+\s+)?(?:{alternation(patterns('work-nouns', lower=True))})\b", re.IGNORECASE),
        opening_count=number("opening-count", 99),
    )


def _alternation(items: list[str]) -> str:
    """``items`` as one alternation, longest first, so that "according to" wins over
    "according". Items that open with a literal letter are grouped by it ("a(?:ccording
    to|dded|…)"), so the engine tries one group at each position instead of every item:
    several times faster on the long cue list. Items that open otherwise (with a group or
    a class) come first; items that can match at the same position share their first
    letter, so the order among them is kept."""
    parser, consts = _regex_parser()
    groups: dict[str, list[str]] = {}
    other: list[str] = []
    for p in sorted(items, key=len, reverse=True):
        first = list(parser.parse(p))[:1]
        if (
            p[:1].isalpha()
            and first
            and first[0][0] is consts.LITERAL
            and first[0][1] == ord(p[0])
            and not _top_level_bar(p)
        ):
            groups.setdefault(p[0], []).append(p[1:])
        else:
            other.append(p)
    parts = [f"(?:{p})" for p in other]
    parts += [ch + "(?:" + "|".join(f"(?:{rest})" for rest in rests) + ")" for ch, rests in groups.items()]
    return "|".join(parts) or "(?!)"


def _top_level_bar(pattern: str) -> bool:
    """Does ``pattern`` hold a "|" outside any group or class ("claims|claimed")? Such an
    item cannot lose its first letter to a group."""
    depth, escaped, in_class = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


@dataclass(frozen=True)
class Anonymous:
    """F302's phrases, compiled, and the literal words (``key-words``) one of which every
    phrase contains. A paragraph with none of them cannot match, so the big expression,
    which has no literal prefix to speed its scan, runs only on the few that have one.
    When a phrase contains none of the key words (a newsroom's own), every paragraph is
    scanned, as before."""

    pattern: re.Pattern
    #: Empty: no paragraph is skipped.
    keys: tuple[str, ...]


@lru_cache(maxsize=32)
def _compile_anonymous(frozen: tuple) -> Anonymous:
    options = dict(frozen)
    items: list[str] = []
    for key in ("phrases", "extra-phrases"):
        value = options.get(key, ())
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{key!r} must be a list of strings")
        items.extend(value)
    if not items:
        raise ValueError("'phrases' must not be empty")
    for p in items:
        if _UPPER_LITERAL.search(p):
            raise ValueError(f"write {p!r} in lower case (the text is lower-cased before matching)")
    keys = options.get("key-words", ())
    if not isinstance(keys, (list, tuple)) or not all(isinstance(k, str) and k.strip() for k in keys):
        raise ValueError("'key-words' must be a list of non-empty strings")
    if any(k != k.lower() for k in keys):
        raise ValueError("write 'key-words' in lower case")
    try:
        pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(f'(?:{p})' for p in items)})(?![\w-])")
    except re.error as exc:
        raise ValueError(f"bad pattern in 'phrases': {exc}") from None
    # Skip paragraphs only if every phrase is sure to contain a key word.
    keyed = bool(keys) and all(_always_contains(p, tuple(keys)) for p in items)
    return Anonymous(pattern, tuple(keys) if keyed else ())


def _always_contains(phrase: str, keys: tuple[str, ...]) -> bool:
    """Does every match of ``phrase`` (or the text its lookaheads read) contain one of
    ``keys``? A cautious reading of the parsed expression: a run of literal characters
    that holds a key, in a part that cannot be skipped (not optional, not one branch of
    several unless every branch has one). False when unsure, which only costs speed."""
    parser, consts = _regex_parser()
    try:
        parsed = parser.parse(phrase)
    except Exception:
        return False
    return _sequence_contains(list(parsed), keys, consts)


def _regex_parser() -> tuple[Any, Any]:
    """Python's own regular-expression parser and its opcodes (private modules, renamed in 3.11)."""
    try:
        from re import _constants as consts  # type: ignore[attr-defined]
        from re import _parser as parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_constants as consts  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]
    return parser, consts


def _sequence_contains(items: list, keys: tuple[str, ...], consts: Any) -> bool:
    run: list[str] = []
    for op, arg in items:
        if op is consts.LITERAL:
            run.append(chr(arg))
            if any(k in "".join(run) for k in keys):
                return True
            continue
        run = []
        if op is consts.SUBPATTERN:
            if _sequence_contains(list(arg[-1]), keys, consts):
                return True
        elif op is consts.BRANCH:
            if all(_sequence_contains(list(branch), keys, consts) for branch in arg[1]):
                return True
        elif op in (consts.MAX_REPEAT, consts.MIN_REPEAT):
            low, _high, body = arg
            if low >= 1 and _sequence_contains(list(body), keys, consts):
                return True
        elif op is consts.ASSERT:
            direction, body = arg
            if direction == 1 and _sequence_contains(list(body), keys, consts):
                return True  # a lookahead reads text of the same paragraph
    return False


def default_options() -> dict[str, Any]:
    """F301's options as shipped in the catalog."""
    from lint.catalog import load_builtin

    rule = next(r for r in load_builtin() if r.code == UNSOURCED_CODE)
    return dict(rule.options)


# -- engine hooks ----------------------------------------------------------------


def prepare(rules: list[ActiveRule], ctx: RunContext) -> None:
    for rule in rules:
        try:
            if rule.code == ANONYMOUS_CODE:
                _compile_anonymous(freeze(rule.options))
            else:
                compile_options(rule.options)
        except ValueError as exc:
            raise ConfigError(f"rule {rule.code} ({rule.name}): {exc}") from None


def check(doc: Document, rules: list[ActiveRule], ctx: RunContext) -> Iterator[Hit]:
    for rule in rules:
        if rule.code == UNSOURCED_CODE:
            yield from _unsourced_hits(doc, rule, _compiled(rule, ctx))
        elif rule.code == ANONYMOUS_CODE:
            yield from _anonymous_hits(doc, rule, _compiled(rule, ctx))


def _compiled(rule: ActiveRule, ctx: RunContext) -> Any:
    """A rule's compiled options, once per run (freezing big option lists per article is not free)."""
    cache = ctx.cache.setdefault("figures", {})
    key = (rule.code, id(rule.options))
    if key not in cache:
        frozen = freeze(rule.options)
        cache[key] = _compile_anonymous(frozen) if rule.code == ANONYMOUS_CODE else _compile(frozen)
    return cache[key]


def figure_counts(doc: Document, options: dict | None = None) -> dict[str, int]:
    """How many figures in the body are sourced, unsourced and exempt (for ``copydesk stats``).

    ``options`` are F301's; by default those shipped in the catalog.
    """
    compiled = compile_options(options if options is not None else default_options())
    counts = {"sourced": 0, "unsourced": 0, "exempt": 0}
    key = {ATTRIBUTED: "sourced", UNSOURCED: "unsourced", EXEMPT: "exempt"}
    for item in classify(doc, compiled):
        counts[key[item.label]] += 1
    return counts


def _unsourced_hits(doc: Document, rule: ActiveRule, compiled: Compiled) -> Iterator[Hit]:
    message = rule.options.get("message", "No source for the figure '{figure}'.")
    for item in classify(doc, compiled):
        if item.label == UNSOURCED:
            f = item.figure
            shown = " ".join(f.text.split()).removesuffix(" of")  # "dozens of" reads as "dozens"
            yield Hit(rule.code, f.start, f.end, message.format(figure=shown))


def _anonymous_hits(doc: Document, rule: ActiveRule, anonymous: Anonymous) -> Iterator[Hit]:
    message = rule.options.get("message", "'{match}' attributes the claim to an unnamed source.")
    low = lowered(doc.prose)
    pattern = anonymous.pattern
    blocks = doc.paragraphs
    if anonymous.keys:
        # Only paragraphs holding a key word can match: find the words once in the whole text.
        found = sorted(_occurrences(low, anonymous.keys))
        if not found:
            return
        blocks, i = [], 0
        for block in doc.paragraphs:
            while i < len(found) and found[i] < block.start:
                i += 1
            if i == len(found):
                break
            if found[i] < block.end:
                blocks.append(block)
    for block in blocks:
        reported_until = -1  # one finding a sentence is enough
        for m in pattern.finditer(low, block.start, block.end):
            if m.start() < reported_until or doc.is_quoted(m.start(), m.end()):
                continue
            sentence = next(s for s in block.sentences if s.start <= m.start() < s.end or m.start() < s.start)
            reported_until = sentence.end
            text = " ".join(doc.prose[m.start() : m.end()].split()).strip(" ,")
            yield Hit(rule.code, m.start(), m.end(), message.format(match=text))


def _occurrences(text: str, words: tuple[str, ...]) -> Iterator[int]:
    """Where each of ``words`` starts in ``text`` (``str.find`` is far cheaper than a scan by
    a regular expression)."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            yield at
            at = text.find(word, at + 1)


# -- classification --------------------------------------------------------------


def classify(doc: Document, compiled: Compiled) -> list[Classified]:
    """Every figure in the body of ``doc``, labelled exempt, attributed or unsourced."""
    return _Classifier(doc, compiled).run()


class _Classifier:
    """One document's classification; cues are looked for only where a figure needs them."""

    def __init__(self, doc: Document, compiled: Compiled) -> None:
        self.doc = doc
        self.compiled = compiled
        self.prose = doc.prose
        self.low = lowered(doc.prose)
        self.paragraphs = doc.paragraphs
        self._cues: dict[int, bool] = {}
        self._cued_paragraph: dict[int, bool] = {}
        self._covers_figure: dict[int, bool] = {}
        self._record: dict[int, bool] = {}

    def run(self) -> list[Classified]:
        out: list[Classified] = []
        for index, block in enumerate(self.paragraphs):
            per_sentence = _figures_by_sentence(self.prose, block)
            if not any(per_sentence):
                continue
            sentences = block.sentences
            for i, figures in enumerate(per_sentence):
                if not figures:
                    continue
                sentence = sentences[i]
                previous: Classified | None = None
                for figure in figures:
                    reason = _exemption(self.prose, sentence, figure, self.compiled)
                    if not reason and previous is not None and _compared_with(self.prose, previous, figure):
                        reason = "compared"  # "with 20,645 votes, compared to 14,738 for the Liberal"
                    previous = Classified(figure, EXEMPT, reason) if reason else None
                    if previous is not None:
                        out.append(previous)
                        continue
                    source = self._source(index, sentences, i, figure)
                    out.append(Classified(figure, ATTRIBUTED, source) if source else Classified(figure, UNSOURCED, ""))
        return _names_recur(self.prose, out, self.compiled)

    def _source(self, index: int, sentences: list[Sentence], i: int, figure: Figure) -> str:
        """How ``figure`` in ``sentences[i]`` of paragraph ``index`` is sourced, or ""."""
        sentence = sentences[i]
        if any(self._covers(sentence, start, end, figure) for start, end in self.cues(sentence)):
            return "cue"
        if self.doc.is_quoted(figure.start, figure.end) and self.quotes_attributed(index):
            return "quote"
        if self.compiled.carry_over and i > 0 and self._carried(sentences, i, figure):
            return "carried"
        if i + 1 < len(sentences) and self.named_after(sentences[i + 1]):
            return "named after"
        if self._intended(sentence, figure):
            return "intent"  # what someone wants follows the verb: "the council intends to hire 400"
        return ""

    def _carried(self, sentences: list[Sentence], i: int, figure: Figure) -> bool:
        """Does ``sentences[i]`` carry on the account of the sentence(s) before it?"""
        return (
            (self.carries_on(sentences[i]) and self.speaks(sentences[i - 1]))  # "It would also…"
            or self._results_carried(sentences, i, figure)  # "The firm said profit was £120m. Sales climbed to £364m."
            or self._record_carried(sentences, i)  # "Swiss Re said it had registered 300 disasters. 21,000 died…"
            or self._poll_carried(sentences, i, figure)  # "A YouGov poll found… Labour lead by 39% to 34%."
        )

    def _covers(self, sentence: Sentence, start: int, end: int, figure: Figure) -> bool:
        """Does the cue at ``start:end`` cover ``figure``? Attribution works on clauses.

        A cue before the figure covers it, unless the cue sits in a relative clause
        that closes first ("Mr X, who said he would quit, earns £1m"). A cue after
        the figure covers it when it tags the figure's clause ("Profits rose 12%, the
        firm said.") or the figure heads its subject ("70% said they would vote"); not
        from a clause opened between them ("rose 5% after the firm said it would…"),
        nor when what was said follows the cue and the figure is in the speaker's
        description ("Ms X, who won £40,000 in damages, said she would stand").
        """
        prose, compiled = self.prose, self.compiled
        if start >= figure.end and _NOUN_CUE_AFTER.match(self.low, start, end):
            return False  # a noun ("analysts' expectations of £5m") sources what follows it only
        if start < figure.start:
            # Not from a relative clause closed before the figure: "Mr X, who said he would quit, earns £1m".
            inside = compiled.relative_open.search(prose, sentence.start, start)
            return not (inside and _CLAUSE_PUNCT.search(prose, end, figure.start))
        gap = prose[figure.end : start]
        last = None
        for last in compiled.clause_openers.finditer(gap):  # noqa: B007 - the last one is wanted
            pass
        if (
            last is not None
            and not _BREAK.search(gap, last.end())
            and not (last.group(0) in compiled.relatives and _ANTECEDENT.match(gap, 0, last.start()))
        ):
            return False  # the cue belongs to a clause opened after the figure
        if self._says_what(end, sentence.end):
            # What was said follows the cue, so the figure is in its subject: covered
            # as the head of the speakers ("Another 9% said they…", "A majority, 55%,
            # said…"), not in a clause describing the speaker.
            if _CLAUSE_PUNCT.search(gap.lstrip(" ,")):
                return False
            if _COORDINATED.search(gap) and _FINITE_BEFORE.search(prose, sentence.start, figure.start):
                return False  # a clause of its own after the figure's: "There are 150 firms and analysts predict…"
            return not compiled.relative_open.search(prose, sentence.start, figure.start)
        return True

    def _says_what(self, end: int, limit: int) -> bool:
        """Does a clause (what was said) follow the cue ending at ``end``? "said he would…",
        "told Reuters it was…"; not a tag: "said.", "said on Friday.", "said Mr Smith,"."""
        stop = _BREAK.search(self.prose, end, limit)
        tail = self.low[end : stop.start() if stop else limit].split()[:4]
        if not tail or tail[0][0] in _OPENERS:
            return False
        return bool(self.compiled.clause_words.search(" ".join(tail)))

    def _intended(self, sentence: Sentence, figure: Figure) -> bool:
        """Is ``figure`` within a stated aim ("the council intends to hire 400 …")?"""
        start = self._find_cue(sentence, self.compiled.intent_cues, before=figure.start, last=True)
        if start is None:
            return False
        inside = self.compiled.relative_open.search(self.prose, sentence.start, start)
        if inside and _CLAUSE_PUNCT.search(self.prose, start, figure.start):
            return False  # "Towns in Wales, where there are no plans for a bypass, saw a 14% rise"
        m = self.compiled.intent_cues.match(self.low, start)
        after = m.end() if m else start
        reach = self.low[after : figure.start]
        lead = len(reach) - len(reach.lstrip())
        if reach.startswith("that", lead):
            lead += 4  # "pledged that 500 jobs would go": the aim itself
        return not self.compiled.intent_ends.search(reach, lead)

    def named_after(self, sentence: Sentence) -> bool:
        """Does ``sentence`` name the source of the one before it?

        "The figures were published by the ONS." or a sentence that points back
        and has a cue: "This equated to growth of 5%, the insurer said."
        """
        if _BACKREF.search(sentence.text):
            return True
        return bool(_POINTS_BACK.match(sentence.text)) and self.cue(sentence)

    def cue(self, sentence: Sentence) -> bool:
        """An attribution cue in the writer's words of the sentence (not inside a quotation)."""
        return bool(self.cues(sentence))

    def cues(self, sentence: Sentence) -> list[tuple[int, int]]:
        """Spans of the attribution cues in the writer's words of ``sentence``."""
        known = self._cues.get(sentence.start)
        if known is None:
            known = self._cues[sentence.start] = self._cue_spans(sentence, self.compiled.cues)
        return known

    def _cue_spans(self, sentence: Sentence, pattern: re.Pattern, before: int | None = None) -> list[tuple[int, int]]:
        prose, low = self.prose, self.low
        out = []
        agentless = -1  # where the last agentless passive cue ended
        for m in pattern.finditer(low, sentence.start, sentence.end if before is None else before):
            if self.doc.is_quoted(m.start(), m.end()):
                continue
            if (
                agentless >= 0
                and not _BREAK.search(prose, agentless, m.start())
                and not _DATA_CUE.match(low, m.start())
            ):
                continue  # what an agentless passive reports: "was reported as having asked firms to pay £5m"
            cue = m.group(0)
            before_text = prose[max(sentence.start, m.start() - 30) : m.start()]
            # A progressive is not a passive: "is reiterating", "is hoping to".
            passive = _PASSIVE_BEFORE.search(before_text) and not cue.split(None, 1)[0].endswith("ing")
            if not passive and cue.endswith(("ed", "said", "told", "forecast")):
                # A bare participle opening an aside: "revenues - calculated in dollars - rose",
                # "the firm, said to be worth £5m,"; not a tag: ", said Mr Smith".
                passive = _PREPOSITION_AFTER.match(low, m.end()) and _ASIDE_BEFORE.search(before_text)
            if passive and not _AGENT_AFTER.match(prose, m.end(), sentence.end):
                agentless = m.end()
                continue  # "is estimated at", "was widely reported": nobody is named
            if cue.endswith("ed") and " " not in cue and _DETERMINER_BEFORE.search(before_text):
                continue  # "an estimated 50,000", "the expected rise": an adjective (not "the study showed")
            if cue in _NOUN_CUES and _NOUN_BEFORE.search(before_text):
                continue  # "ahead of the 0.6% forecast": a noun with no owner
            if cue in _INTERVIEW_CUES and not _POLL_SOURCE.search(low, max(0, sentence.start - 600), sentence.end):
                continue  # "police questioned 12 people": not a poll's sample
            out.append(m.span())
        return out

    def _find_cue(
        self, sentence: Sentence, pattern: re.Pattern, before: int | None = None, last: bool = False
    ) -> int | None:
        """Where the first (or last) cue of ``pattern`` in the sentence starts, or None."""
        spans = self._cue_spans(sentence, pattern, before)
        if not spans:
            return None
        return spans[-1][0] if last else spans[0][0]

    def quotes_attributed(self, index: int) -> bool:
        """A quotation in paragraph ``index`` has a speaker: a cue in it or a paragraph next to it."""
        return any(self.cued_paragraph(j) for j in (index, index - 1, index + 1) if 0 <= j < len(self.paragraphs))

    def cued_paragraph(self, index: int) -> bool:
        known = self._cued_paragraph.get(index)
        if known is None:
            known = self._cued_paragraph[index] = any(self.cue(s) for s in self.paragraphs[index].sentences)
        return known

    def carries_on(self, sentence: Sentence) -> bool:
        """Does ``sentence`` read as more of someone's account ("It would also…")?

        Only the writer's words before the sentence's own cue count: in "Shares fell 3%
        after it warned that growth would slow" the "would" is the warning's, not a mark
        that the sentence before is carried on."""
        cues = self.cues(sentence)
        end = cues[0][0] if cues else sentence.end
        return bool(self.compiled.carry_markers.search(self.low[sentence.start : end]))

    def _results_carried(self, sentences: list[Sentence], i: int, figure: Figure) -> bool:
        """Does ``sentence[i]`` carry on a source's account of results, with no marker?

        A source's account of how figures moved runs on without a "would" or a pronoun:
        "Deutsche Boerse said profit was 120m euros. Sales climbed to 364m euros." It does
        when the sentence before is reported speech whose cue covers a figure (or carries
        on one that does), neither sentence looks ahead (a forecast, a plan, a modal) nor
        at the market's reaction ("Shares fell 3%"), and this one reports a change before
        the figure with no cue of its own.
        """
        sentence, compiled = sentences[i], self.compiled
        if not compiled.result_words.search(self.low, sentence.start, figure.start):
            return False
        if self.cues(sentence) or not self.speaks(sentences[i - 1]):
            return False
        if compiled.result_stops.search(self.low, sentence.start, sentence.end):
            return False
        for j in (i - 1, i - 2):
            if j < 0 or compiled.result_stops.search(self.low, sentences[j].start, sentences[j].end):
                return False
            if self._covers_a_figure(sentences[j]):
                return True
            if not self.carries_on(sentences[j]) or not self.cues(sentences[j]):
                return False  # only a cued sentence that carries on the one before it reaches back
        return False

    def _record_carried(self, sentences: list[Sentence], i: int) -> bool:
        """Does ``sentences[i]`` carry on a source's account of its own records, with no marker?

        "Swiss Re said it had registered about 300 disasters in 2004. Twenty-one thousand
        people lost their lives in the catastrophes." The sentence before is reported speech
        in which the speaker gives a count it kept itself ("it had registered", "they
        recorded") and covers it; this one has no cue of its own, does not look ahead, and
        refers back to what was counted with a definite plural ("the catastrophes"). The
        writer's background ("The town has 40,000 residents.") has no such reference.
        """
        known = self._record.get(sentences[i].start)
        if known is None:
            known = self._record[sentences[i].start] = self._records_account(sentences, i)
        return known

    def _records_account(self, sentences: list[Sentence], i: int) -> bool:
        sentence, previous = sentences[i], sentences[i - 1]
        if self.cues(sentence) or not self.speaks(previous):
            return False
        low, compiled = self.low, self.compiled
        if not _OWN_RECORD.search(low, self.cues(previous)[0][1], previous.end):
            return False
        if compiled.result_stops.search(low, sentence.start, sentence.end):
            return False
        if not any(
            not m.group(1).endswith(("ss", "us", "'s", "’s"))
            for m in _DEFINITE_PLURAL.finditer(low, sentence.start, sentence.end)
        ):
            return False
        return self._covers_a_figure(previous)

    def _poll_carried(self, sentences: list[Sentence], i: int, figure: Figure) -> bool:
        """Is ``figure`` a share in a paragraph that reports a named poll? A poll's findings
        run on for several sentences ("A poll for the Times found… Labour lead by 39% to
        34%, with the Liberal Democrats on 19%."): a share (a percentage, a fraction, a
        ratio) in a sentence with no cue of its own, after a sentence of the same paragraph
        whose cue reports a poll or survey, every sentence between holding a share or a
        cue of its own (so that the account runs on unbroken)."""
        if figure.kind not in _SHARES or self.cues(sentences[i]):
            return False
        low = self.low
        for s in reversed(sentences[:i]):
            cued = self.cue(s)
            if cued and _POLL_SOURCE.search(low, s.start, s.end):
                return True
            if not cued and not _SHARE_TEXT.search(low, s.start, s.end):
                return False
        return False

    def _covers_a_figure(self, sentence: Sentence) -> bool:
        """Does a cue in ``sentence`` cover one of its figures that needs a source?"""
        known = self._covers_figure.get(sentence.start)
        if known is None:
            cues = self.cues(sentence)
            known = self._covers_figure[sentence.start] = bool(cues) and any(
                not _exemption(self.prose, sentence, f, self.compiled)
                and any(self._covers(sentence, start, end, f) for start, end in cues)
                for f in find_figures(self.prose, sentence.start, sentence.end)
            )
        return known

    def speaks(self, sentence: Sentence) -> bool:
        """Is ``sentence`` reported speech, so that the next one may carry it on?

        Only indirect speech carries on ("The firm said it would cut 500 jobs.
        Another 200 would go."). A direct quotation closes the speaker's turn: the
        sentence after '"…," a spokesman said.' is the writer's again.
        """
        if not self.cue(sentence):
            return False
        quoted = sum(1 for w in sentence.words if w.quoted)
        return quoted * 2 < len(sentence.words)


#: A cue that names its own source (published data), which an agentless passive before it
#: does not swallow: "he is expected to point to Commerce Department figures showing…".
_DATA_CUE = re.compile(r"(?:figures|data|statistics|study|survey|poll|report|research|census|numbers)\b")
#: Pollster's words, and what stops a sentence from reading as more of a poll's findings.
_POLL_SOURCE = re.compile(r"\b(?:polls?|survey(?:ed|s)?|polled|respondents|pollsters?|sample)\b")
#: A speaker's count of its own records, in what it said: "said it had registered about 300".
_OWN_RECORD = re.compile(
    r"\b(?:it|they|we|he|she)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?"
    r"(?:registered|recorded|counted|logged|tallied|received|handled|processed|documented|identified)\b"
)
#: A definite plural pointing back at what was counted: "in the catastrophes", "these cases".
#: (The plural right after the determiner: "the town has" is no plural.)
_DEFINITE_PLURAL = re.compile(r"\b(?:the|these|those|such)\s+([a-z'’]+s)\b")
_SHARE_TEXT = re.compile(r"%|\bper ?cent\b")
_INTERVIEW_CUES = ("interviewed", "questioned")
#: Kinds of figure a poll reports: shares of those asked.
_SHARES = frozenset([PERCENT, FRACTION, RATIO])


def lowered(text: str) -> str:
    """``text`` in lower case, same length (so offsets still hold)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


def _figures_by_sentence(prose: str, block: Block) -> list[list[Figure]]:
    sentences = block.sentences
    out: list[list[Figure]] = [[] for _ in sentences]
    if not sentences:
        return out
    i = 0
    for figure in find_figures(prose, block.start, block.end):
        while i < len(sentences) - 1 and figure.start >= sentences[i].end:
            i += 1
        out[i].append(figure)
    return out


def _exemption(prose: str, sentence: Sentence, figure: Figure, compiled: Compiled) -> str:
    """Why ``figure`` needs no source, or "" when it does."""
    kind = figure.kind
    if kind in (MONEY, MULTIPLE):
        return ""  # a sum or a multiple ("twice the size", "doubled") always needs a source
    text = figure.text
    after = prose[figure.end : min(sentence.end, figure.end + 60)]
    if kind == PERCENT:
        # A share of the vote in an election or a public vote is a result, unless a poll gives it.
        vote = _VOTE_SHARE.match(after)
        return "result" if vote and not _POLL.search(prose, sentence.start, sentence.end) else ""
    before = prose[max(sentence.start, figure.start - 40) : figure.start]
    if compiled.exempt_after.match(after):
        return "after"
    if kind not in (NUMBER, WORDS):
        # "the first half of the year" is a period; other amounts always need a source.
        return "period" if kind == FRACTION and _PERIOD_BEFORE.search(before) else ""
    if kind == NUMBER and _YEAR_RE.match(text):
        return "year"
    if kind == NUMBER and ((text[0] == "0" and text.isdigit() and len(text) > 1) or _clock_pair(text, before, after)):
        return "code"  # "0161 496 0000", "010101", a clock time: "a curfew between 2300 and 0600"
    if kind == NUMBER and (_DIGIT_GROUP_BEFORE.search(before) or (text[0] == "0" and after[:2].strip().isdigit())):
        return "code"  # the later groups of a telephone number
    if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
        return "date"
    if compiled.exempt_before.search(before):
        return "before"
    if (
        kind == NUMBER
        and _AGE_BEFORE.search(before)
        and figure.value is not None
        and figure.value < 110
        and _AGE_CONTEXT.search(prose, sentence.start, sentence.end)
        and not _AVERAGE.search(prose, sentence.start, figure.start)
    ):
        return "age"  # "made to retire before 65"; not "the average age is 43", a statistic
    if kind == NUMBER and _RANK_BEFORE.search(before):
        sentence_text = prose[sentence.start : sentence.end]
        if _RANK_CONTEXT.search(sentence_text):
            return "rank"  # "The Larks in at number 14 and Blue Mile at 22"
        if figure.value is not None and figure.value < 110 and _AGE_CONTEXT.search(sentence_text):
            return "age"  # "has died in Spain at 71"
    if kind == NUMBER and _SCORE_RE.match(text):
        return "score"
    if (
        kind == NUMBER
        and _TALLY_RANGE.match(text)
        and _VOTE_WORD.search(prose, sentence.start, sentence.end)
        and not _POLL.search(prose, sentence.start, sentence.end)
    ):
        return "result"  # "MPs voted 310 to 219", "won by 314 to 219"
    if (
        after.startswith(" times")
        and kind in (NUMBER, WORDS)
        and _TIMES_AFTER.match(after)
        and _WON_BEFORE.search(prose, sentence.start, figure.start)
    ):
        return "result"  # "has won the title 18 times"
    if kind == NUMBER and _title_or_stop(prose, figure) and _WORK_BEFORE.search(before):
        return "name"  # "the film 21 Grams", "Police drama 36, Quai des Orfevres"
    if kind == NUMBER and before[-1:] in "'\"“‘" and after[:1] in "'\"”’":
        return "name"  # a bare number in quotation marks: the drug '771', the film "36"
    first_word = _is_sentence_start(prose, sentence, figure)
    if kind == WORDS and text[0].isupper():
        if not first_word:
            return "name"
        if _title_follows(prose, sentence, figure, compiled):
            return "name"  # "Million Dollar Baby has seven nominations", "Five Live said"
    if not first_word:
        cap = _CAPITALISED_BEFORE.search(before)
        at = figure.start - len(before) + cap.start(1) if cap else 0
        if cap and cap.group(1) not in _NOT_NAMES and not _is_sentence_start(prose, sentence, None, at):
            return "name"
    if (
        kind == NUMBER
        and text.isdigit()
        and len(text) <= 3
        and _name_follows(prose, sentence, figure, first_word, compiled)
    ):
        return "name"  # "21 Media", "50 Cent's", "10 Downing Street"
    value = figure.value
    if kind == WORDS and value == 1 and not figure.scaled:
        return "one"  # "one of the biggest", "one reason why": a word, not a count
    if value is not None and value < 110 and not figure.scaled:
        if _AGE_COMMAS.search(before) and _AGE_END.match(after):
            return "age"  # "Mr Smith, 45, said", "with Eileen Lee, 24."
        if after.startswith(",") and value >= 16 and before.endswith(", ") and _AGE_NOUN_COMMAS.search(before):
            return "age"  # "the chairman, 67, will step down"
        if _AGE_BRACKETS.search(before) and after.lstrip().startswith(")"):
            return "age"  # "Jane Smith (45)"
        if before.endswith(_THRESHOLD_WORDS) and _PEOPLE_OVER.search(before) and _AGE_TAIL.match(after):
            return "age"  # "households with people over 60", "where people are over 80"
    if value is None or figure.scaled or not value.is_integer():
        return ""
    if value <= compiled.opening_count and compiled.works.match(prose, figure.end, sentence.end):
        return "works"  # "has recorded 30 albums", "a box set of 20 reissues"
    if (
        value <= compiled.opening_count
        and _TOUR_PART_AFTER.match(after)
        and _TOUR_CONTEXT.search(prose, sentence.start, sentence.end)
    ):
        return "tour"  # "the tour will cover 13 US cities", "the 82-date tour": the schedule, not a tally
    if (first_word and kind == WORDS and value <= compiled.opening_count) or value <= compiled.small_count:
        if _MULTIPLIER_AFTER.match(after) or _EACH_AFTER.match(after):
            # "three times the size", "two to one": a multiple or a ratio, not a count; so is
            # an allocation, "applicants got nine shares each".
            return ""
        # A tally word right after the count makes it a tally ("two people were
        # killed"); so does one as the predicate of a count opening its sentence:
        # "Eleven fans from Derby and one from Hull have been arrested". A count that
        # an unnamed planner set is a claim too: "Eight super-casinos are proposed".
        words = " ".join(prose[figure.end : min(sentence.end, figure.end + 80)].split()[:8])
        tally = compiled.tally.search(words) or compiled.plan_predicate.search(words)
        if not tally and first_word:
            tally = compiled.tally_predicate.search(prose, figure.end, sentence.end)
        if not tally:
            return "narrative count"
    return ""


#: Words after a number, for telling a name ("21 Media") from a count ("25 Airbus jets").
_TOKEN = re.compile(r"[A-Za-z0-9](?:[\w'’&-]|\.(?=\w))*|\S")
_STOP_WORDS = frozenset(
    "a an the to in on at by for from with but as is was are were has have had be will would".split()  # noqa: SIM905
)


def _name_follows(prose: str, sentence: Sentence, figure: Figure, first_word: bool, compiled: Compiled) -> bool:
    """Is the number part of a name, shown by a capitalised word right after it?

    A count names what it counts, in the plural: "25 Airbus A321 jets", "12 Labour
    MPs", "40 Hong Kong film and pop stars", "200 Home Office posts".
    With no plural after it, the number belongs to a name: "her 21 Media
    company", "50 Cent's group", "10 Downing Street", "its first 787 Dreamliner jet".
    """
    if not prose.startswith(" ", figure.end):
        return False
    tokens = _TOKEN.findall(prose, figure.end, min(sentence.end, figure.end + 60))
    if not tokens or not (tokens[0][0].isupper() and tokens[0][1:2].islower()):
        return False
    if first_word:
        # Digits open a sentence only in a name ("21 Media manages…"); a count
        # there is spelled out, so only an irregular plural still reads as one.
        words = [tokens[0]] + ([tokens[1]] if len(tokens) > 1 and tokens[1] in compiled.irregular_plurals else [])
        return not any(_plural(word, compiled) for word in words)
    return not _names_plural(tokens, compiled)


def _title_follows(prose: str, sentence: Sentence, figure: Figure, compiled: Compiled) -> bool:
    """Does a capitalised number word opening a sentence start a title? Capitalised words
    follow it and none of them is a plural: "Million Dollar Baby won", "Three Mobile
    said"; not "Twelve Labour MPs voted", "Five Spanish fishermen were rescued"."""
    if not prose.startswith(" ", figure.end):
        return False
    tokens = _TOKEN.findall(prose, figure.end, min(sentence.end, figure.end + 60))
    if not tokens or not (tokens[0][0].isupper() and tokens[0][1:2].islower()):
        return False
    return not _names_plural(tokens, compiled)


def _names_plural(tokens: list[str], compiled: Compiled) -> bool:
    """Do the words after a number name a plural (what a count counts)?"""
    words, lower = [], 0
    for n, token in enumerate(tokens):
        if token[0].isupper() or token[0].isdigit():
            words.append(token)  # the name-like run: "Hong Kong", "Boeing 747-400"
        elif token in ("and", "or", "&") or (token == "of" and tokens[n + 1 : n + 2] and tokens[n + 1][0].isupper()):
            continue  # "Asian and African countries", "Department of Health posts"
        elif token[0].isalpha() and token not in _STOP_WORDS and lower < 3:
            words.append(token)  # "finance ministers", "film and pop stars"
            lower += 1
        else:
            break
    return any(_plural(word, compiled) for word in words)


def _names_recur(prose: str, items: list[Classified], compiled: Compiled) -> list[Classified]:
    """A number read as part of a name stays one where it recurs without the rest of the
    name: after "21 Media", "the 21 brand" and "21 by Ann Lee" are names too."""
    names = {c.figure.text for c in items if c.reason == "name" and c.figure.kind == NUMBER}
    if not names:
        return items
    out = []
    for c in items:
        f = c.figure
        if c.label == UNSOURCED and f.kind == NUMBER and f.text in names:
            after = _TOKEN.findall(prose, f.end, min(len(prose), f.end + 60))
            # "The 21 brand is…" looks at "brand"; "30 British nominees" at the whole phrase.
            if not _names_plural(after[:1] if after and after[0][0].islower() else after, compiled):
                c = Classified(f, EXEMPT, "name")
        out.append(c)
    return out


def _plural(word: str, compiled: Compiled) -> bool:
    low = word.lower()
    if low.endswith(("'s", "’s")):
        return False
    return (
        low in compiled.irregular_plurals
        or (low.endswith("s") and not low.endswith(("ss", "us")))
        or (low.endswith("men") and len(low) > 4)  # "fishermen", "policemen"
    )


#: An elliptical comparison between two figures: "20,645 votes, compared to 14,738 for …".
_COMPARED_GAP = re.compile(
    r"[\s-]*(?:[\w-]+\s+){0,2}?[\w-]+\s*,?\s+(?:compared\s+(?:to|with)|against|versus|vs\.?|to|(?:up|down)\s+from)\s+$",
    re.IGNORECASE,
)
_COMPARED_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$|(?:for|in|at|on|by|last|this|previously|the\s+previous)\b)", re.IGNORECASE
)


def _compared_with(prose: str, previous: Classified, figure: Figure) -> bool:
    """Is ``figure`` a bare number compared with the figure just before it, whose unit made
    it exempt, so that it shares that unit ("won with 20,645 votes, compared to 14,738 for
    the Liberal Democrat", "12 seats, up from 9")?"""
    if previous.reason != "after" or figure.kind not in (NUMBER, WORDS) or figure.scaled:
        return False
    if not _COMPARED_GAP.fullmatch(prose, previous.figure.end, figure.start):
        return False
    return bool(_COMPARED_AFTER.match(prose, figure.end))


def _title_or_stop(prose: str, figure: Figure) -> bool:
    """Is a number followed by a capitalised word or punctuation, as a title is?"""
    nxt = prose[figure.end : figure.end + 2]
    return nxt[:1] in ",.;:)'\"”’" or (nxt[:1] == " " and nxt[1:2].isupper())


def _clock_pair(text: str, before: str, after: str) -> bool:
    """Is ``text`` one of a pair of 24-hour clock times, one of them with a leading zero?"""
    if not (len(text) == 4 and text[:2] <= "23" and text[2] <= "5"):
        return False
    pair = _CLOCK_AFTER.match(after)
    if pair:
        return text[0] == "0" or pair.group(1)[0] == "0"
    return bool(_CLOCK_BEFORE.search(before))


def _is_sentence_start(prose: str, sentence: Sentence, figure: Figure | None, at: int | None = None) -> bool:
    start = figure.start if figure is not None else at
    lead = prose[sentence.start : start]
    return not lead.strip(_OPENERS + " \t\n")
