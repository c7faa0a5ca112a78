"""``spelling``: T101 misspelling, T102 inconsistent-name, T103 mixed-dialect.

One pass over the article's words serves all three rules. The word list loads
once per process, on the first article, and every word's dictionary verdict is
cached for the run, so an article costs a few dictionary look-ups per new word.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import ActiveRule, Hit, RunContext
from lint.document import Document
from lint.errors import ConfigError

CACHE_KEY = "spelling"


class _State:
    """Per-process data: the lexicon, the house's accepted words, cached verdicts."""

    def __init__(self, ctx: RunContext) -> None:
        from lint.spelling.lexicon import lexicon
        from lint.spelling.typos import lexical

        self.lexicon = lexicon()
        self._lexical = lexical
        accepted = ctx.settings.accepted_words()
        self.accepted_exact = frozenset(accepted)
        self.accepted_lower = frozenset(w.lower() for w in accepted if w.islower())
        self.verdicts: dict = {}
        #: Word as written -> ``boring``'s answer.
        self.boring_cache: dict[str, bool] = {}
        self._dialect = None
        self.dialect_setting = getattr(ctx.settings, "dialect", "auto") or "auto"

    def boring(self, text: str) -> bool:
        """A word as written that no T1xx rule needs to look at: a dictionary word with no dialect twin."""
        verdict = self.boring_cache.get(text)
        if verdict is None:
            key = text.lower()
            verdict = self.boring_cache[text] = (
                text.isalpha()
                and not text.isupper()
                and key not in self.dialect
                and self._lexical(self.lexicon, key, self.verdicts).trusted
            )
        return verdict

    def accepted(self, text: str, key: str) -> bool:
        return text in self.accepted_exact or key in self.accepted_lower

    @property
    def dialect(self):
        if self._dialect is None:
            from lint.spelling.dialect import load_pairs

            self._dialect = load_pairs()
        return self._dialect


def _state(ctx: RunContext) -> _State:
    state = ctx.cache.get(CACHE_KEY)
    if state is None:
        state = ctx.cache[CACHE_KEY] = _State(ctx)
    return state


def prepare(rules: list[ActiveRule], ctx: RunContext) -> None:
    from lint.spelling.dialect import house_dialect

    try:
        house_dialect(getattr(ctx.settings, "dialect", "auto") or "auto")
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


def check(doc: Document, rules: list[ActiveRule], ctx: RunContext) -> Iterator[Hit]:
    from lint.spelling.names import inconsistent_names
    from lint.spelling.tokens import UPPER, scan
    from lint.spelling.typos import NameEvidence, is_typo, lexical, suggestions

    state = _state(ctx)
    codes = {r.code for r in rules}
    words, caps = scan(doc, state.boring, state.boring_cache)
    toks = [t for t in words if len(t.key) >= 3 and t.shape != UPPER and not state.accepted(t.text, t.key)]
    renamed: set[int] = set()
    if "T102" in codes:
        for hit in inconsistent_names(toks, caps, state.lexicon):
            renamed.add(hit.start)
            yield hit
    if "T101" in codes:
        evidence = NameEvidence(caps.counts, caps.names, caps.parts)
        for tok in toks:
            if tok.start in renamed:
                continue
            verdict = lexical(state.lexicon, tok.key, state.verdicts)
            if verdict.trusted or not is_typo(tok, verdict, evidence):
                continue
            fixes = suggestions(tok, verdict)
            message = f"Possible misspelling: '{tok.text}'" + (f" (did you mean '{fixes[0]}'?)" if fixes else ".")
            yield Hit("T101", tok.start, tok.end, message, suggestions=fixes)
    if "T103" in codes:
        from lint.spelling.dialect import mixed_dialect

        yield from mixed_dialect(toks, state.dialect, state.dialect_setting)
