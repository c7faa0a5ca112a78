"""T103: American and British spellings mixed in one article.

The pairs are data (``lint/data/dialect.tsv``, built from the ``breame``
package by ``scripts/build_spelling_data.py``). Each line is a British form,
its American form and a tag: ``ize`` for the -ise/-ize pairs (Oxford British
writes -ize), ``gb`` where the American form is standard British too ("a
computer program", "to license"), so only the British form marks a dialect.

Capitalised words in mid-sentence are left out: names keep their own
spelling ("Labor Party", "World Trade Center", "Ministry of Defence").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from lint.checks import Hit, RelatedSpan
from lint.spelling.tokens import LOWER, TITLE, Token

GB, US = "British", "American"
#: -ise where Oxford spelling writes -ize ("organise" in an en-GB-oxendict house).
ISE = "British -ise"
#: dialect setting -> (house dialect or None for the article's majority, -ize is house style)
DIALECTS = {
    "auto": (None, False),
    "en-us": (US, True),
    "en-gb": (GB, False),
    "en-gb-oxendict": (GB, True),
    "en-gb-oed": (GB, True),
    "en-au": (GB, False),
    "en-nz": (GB, False),
    "en-ie": (GB, False),
    "en-za": (GB, False),
    "en-in": (GB, False),
    "en-ca": (GB, True),
}


@dataclass(frozen=True)
class Pair:
    british: str
    american: str
    tag: str

    def dialect_of(self, key: str) -> str:
        return GB if key == self.british else US


def house_dialect(setting: str) -> tuple[str | None, bool]:
    """``(dialect, ize)`` for a ``dialect`` setting; ValueError names the choices."""
    try:
        return DIALECTS[setting.lower()]
    except KeyError:
        choices = ", ".join(f'"{d}"' for d in ("auto", "en-US", "en-GB", "en-GB-oxendict", "en-AU", "en-CA"))
        raise ValueError(f"unknown dialect {setting!r} (choose from {choices}, ...)") from None


def load_pairs() -> dict[str, Pair]:
    text = resources.files("lint").joinpath("data", "dialect.tsv").read_text(encoding="utf-8")
    out: dict[str, Pair] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        gb, us, tag = line.split("\t")
        pair = Pair(gb, us, tag)
        out.setdefault(gb, pair)
        out.setdefault(us, pair)
    return out


def _marks(pair: Pair, key: str, ize_house: bool) -> str | None:
    """The dialect this spelling marks, or None when both dialects write it so."""
    if pair.tag == "gb" and key == pair.american:
        return None
    if pair.tag == "ize" and ize_house and not pair.british.endswith(("yse", "ysed", "yses", "ysing")):
        return None if key == pair.american else ISE  # Oxford British: -ize is house style, -ise is marked
    return pair.dialect_of(key)


def mixed_dialect(toks: list[Token], pairs: dict[str, Pair], setting: str) -> Iterator[Hit]:
    house, ize = house_dialect(setting)
    marked: list[tuple[Token, Pair, str]] = []
    for tok in toks:
        pair = pairs.get(tok.key)
        if pair is None or tok.quoted:
            continue
        if not (tok.shape == LOWER or (tok.shape == TITLE and (tok.initial or tok.headline))):
            continue
        dialect = _marks(pair, tok.key, ize)
        if dialect is not None:
            marked.append((tok, pair, dialect))
    if not marked:
        return
    votes = {GB: 0, US: 0}
    first: dict[str, Token] = {}
    for tok, _, dialect in marked:
        if dialect not in votes:
            continue
        votes[dialect] += 1
        first.setdefault(dialect, tok)
    if house is None:
        if not votes[GB] or not votes[US]:
            return  # one dialect throughout
        # The majority; on a tie, the spelling the article used first.
        house = max((GB, US), key=lambda d: (votes[d], -first[d].start))
    for tok, pair, dialect in marked:
        if dialect == house:
            continue
        fix = pair.british if house == GB and dialect != ISE else pair.american
        fix = fix[:1].upper() + fix[1:] if tok.text[:1].isupper() else fix
        if setting.lower() == "auto":
            house_tok = first[house]
            message = f"'{tok.text}' is the {dialect} spelling; this article mostly uses {house} spelling."
            related = [RelatedSpan(house_tok.start, house_tok.end, f"{house} spelling '{house_tok.text}'")]
        else:
            message = f"'{tok.text}' is the {dialect} spelling; the house style is {house} ('{fix}')."
            related = []
        yield Hit("T103", tok.start, tok.end, message, suggestions=[fix], related=related)
