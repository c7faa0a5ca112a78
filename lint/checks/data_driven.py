"""Shared machinery of the data-driven kinds (``existence``, ``substitution``).

Rule files give words, phrases and regular expressions; this module compiles
them once and finds them in a document's prose, block by block so a match
never runs across a paragraph break.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from lint.checks import freeze
from lint.document import Document

SCOPES = ("prose", "all")


@dataclass(frozen=True)
class Compiled:
    pattern: re.Pattern
    #: For substitution: lower-cased (or exact) matched term -> replacement.
    swaps: tuple[tuple[re.Pattern, str], ...] = ()
    #: Lowercase words of which at least one must occur for any match; None when a
    #: regular expression makes that unknowable. Most articles are ruled out by a
    #: substring test, far cheaper than the regex engine trying every position.
    needles: tuple[str, ...] | None = None


def compile_rule(kind: str, options: dict) -> Compiled:
    """Validate and compile a data-driven rule; ``ValueError`` says what is wrong."""
    return _compile(kind, freeze(options))


@lru_cache(maxsize=256)
def _compile(kind: str, frozen: tuple) -> Compiled:
    options = dict(frozen)
    flags = re.IGNORECASE if options.get("ignore-case", kind == "existence") else 0
    scope = options.get("scope", "prose")
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {', '.join(SCOPES)}, not {scope!r}")
    if kind == "existence":
        tokens = _strings(options.get("tokens", ()), "tokens")
        patterns = _strings(options.get("patterns", ()), "patterns")
        if not tokens and not patterns:
            raise ValueError("an existence rule needs 'tokens' or 'patterns'")
        # Tokens match whole words; patterns are the rule author's regexes, used as written.
        parts = [_bounded(_phrase(t)) for t in tokens] + [_check_regex(p) for p in patterns]
        needles = None if patterns else _needles(tokens)
        return Compiled(re.compile("|".join(f"(?:{p})" for p in parts), flags), needles=needles)
    swap = dict(options.get("swap", ()))
    if not swap or not all(isinstance(v, str) for v in swap.values()):
        raise ValueError("a substitution rule needs a 'swap' table of term = replacement")
    regex = bool(options.get("regex", False))
    swaps = []
    for term, replacement in swap.items():
        body = _check_regex(term) if regex else _phrase(term)
        swaps.append((re.compile(_bounded(body), flags), replacement))
    joined = "|".join(f"(?:{p.pattern})" for p, _ in swaps)
    return Compiled(re.compile(joined, flags), tuple(swaps), None if regex else _needles(swap))


def _needles(terms) -> tuple[str, ...]:
    return tuple({term.split()[0].lower() for term in terms if term.split()})


def _strings(value, key: str) -> list[str]:
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key!r} must be a list of strings")
    return list(value)


def _phrase(text: str) -> str:
    """A literal phrase whose spaces match any run of whitespace (line wraps)."""
    return r"\s+".join(re.escape(part) for part in text.split())


def _check_regex(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"bad pattern {pattern!r}: {exc}") from None
    return pattern


def _bounded(body: str) -> str:
    return rf"(?<![\w-])(?:{body})(?![\w-])"


def matches(doc: Document, compiled: Compiled, scope: str) -> Iterator[re.Match]:
    """Matches in the document's prose, block by block, honouring ``scope``."""
    if compiled.needles is not None:
        lowered = doc.prose.lower()
        if not any(needle in lowered for needle in compiled.needles):
            return
    for block in doc.blocks:
        for m in compiled.pattern.finditer(doc.prose, block.start, block.end):
            if scope == "prose" and doc.is_quoted(m.start(), m.end()):
                continue
            yield m


def match_case(original: str, replacement: str) -> str:
    """Carry the matched text's capitalisation over to the replacement."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
