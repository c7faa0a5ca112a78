"""``grammar``: LanguageTool's findings as G5xx rules (an optional backend).

One LanguageTool session serves the whole run (``MAIN_PROCESS``: ``--jobs``
never starts several Java processes). Each document's prose goes in batches
(see ``grammar_text``: no front matter, code or URLs); each match comes back
as a hit whose code is chosen by LanguageTool's category (each G rule lists
its categories in its ``categories`` option; G501 also takes any category no
rule lists) and whose ``rule_id`` is LanguageTool's rule id, so
``--ignore G501:EN_A_VS_AN`` leaves out one LanguageTool rule.

Spelling is T101's job: LanguageTool's spelling category (TYPOS) is asked
for only when G506 is selected and T101 is not running, so the same typo is
never reported twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from lint.checks import ActiveRule, Hit, RunContext
from lint.checks.grammar_text import Piece, batches
from lint.checks.languagetool import LTConfig, LTMatch, Session, connect, read_config
from lint.document import Document
from lint.errors import CheckUnavailable, ConfigError

MAIN_PROCESS = True

#: Takes LanguageTool categories that no G rule lists.
FALLBACK_CODE = "G501"
SPELLING_CODE = "G506"
TYPO_RULE = "T101"
SCOPES = ("prose", "all")
#: LanguageTool's unpaired-quote rules, which do not know that news style leaves a
#: quotation open at the end of a paragraph when the next paragraph continues it.
UNPAIRED_RULES = frozenset({"EN_UNPAIRED_BRACKETS", "EN_UNPAIRED_QUOTES"})
_OPENING = {"“": "”", '"': '"'}
PUBLIC_API_WARNING = (
    "languagetool.public-api = true sends the text of every article checked to LanguageTool's public "
    "servers; never use it for unpublished or embargoed copy"
)


@dataclass
class _State:
    config: LTConfig
    session: Session | None
    auto: bool
    #: LanguageTool category -> code of an active rule.
    codes: dict[str, str]
    #: Every category some G rule lists (active or not).
    known: set[str]
    scopes: dict[str, str]
    accepted: set[str] = field(default_factory=set)


def prepare(rules: list[ActiveRule], ctx: RunContext) -> None:
    """Validate settings and options, then open the one session of the run."""
    settings = ctx.settings
    config = read_config(settings.languagetool, settings.dialect, settings.source)
    t101_active = any(r.code == TYPO_RULE for r in settings.active_rules())
    codes, known, scopes = _categories(rules, ctx, t101_active)
    accepted = set()
    if SPELLING_CODE in codes.values():
        accepted = {w.lower() for w in settings.accepted_words()}
    auto = settings.grammar == "auto"
    if config.public_api:
        ctx.warn_once(PUBLIC_API_WARNING)
    try:
        session = connect(config, categories_off=known - set(codes))
    except CheckUnavailable as exc:
        if not auto:
            raise
        ctx.warn_once(f'grammar = "auto": G5xx checks skipped: {exc}')
        session = None
    ctx.cache["grammar"] = _State(config, session, auto, codes, known, scopes, accepted)


def _categories(rules: list[ActiveRule], ctx: RunContext, t101_active: bool):
    """Category -> active code, all listed categories, and each active rule's scope."""
    where = f"{ctx.settings.source}: " if ctx.settings.source else ""
    codes: dict[str, str] = {}
    scopes: dict[str, str] = {}
    for rule in rules:
        categories = rule.options.get("categories", [])
        scope = rule.options.get("scope", "prose")
        if not isinstance(categories, list) or not all(isinstance(c, str) for c in categories):
            raise ConfigError(f"{where}rules.{rule.code}.categories must be a list of LanguageTool category ids")
        if scope not in SCOPES:
            raise ConfigError(f"{where}rules.{rule.code}.scope must be one of {', '.join(SCOPES)}, not {scope!r}")
        scopes[rule.code] = scope
        if rule.code == SPELLING_CODE and t101_active:
            continue  # T101 covers spelling; LanguageTool is not asked
        for category in categories:
            other = codes.get(category.upper())
            if other is not None and other != rule.code:
                raise ConfigError(
                    f"{where}LanguageTool category {category!r} is listed by both {other} and {rule.code}"
                )
            codes[category.upper()] = rule.code
    known = set(codes)
    catalog_rules = [r for r in ctx.settings.catalog().rules if r.check == "grammar"]
    for rule in catalog_rules:
        listed = ctx.settings.rules.get(rule.code, {}).get("categories", rule.options.get("categories", []))
        known.update(c.upper() for c in listed if isinstance(c, str))
    return codes, known, scopes


def check(doc: Document, rules: list[ActiveRule], ctx: RunContext) -> Iterable[Hit]:
    state: _State | None = ctx.cache.get("grammar")
    if state is None:
        prepare(rules, ctx)
        state = ctx.cache["grammar"]
    if state.session is None:
        return []
    hits: dict[tuple, Hit] = {}
    for piece in batches(doc, state.config.batch_size):
        try:
            matches = state.session.check(piece.text)
        except CheckUnavailable as exc:
            if not state.auto:
                raise
            ctx.warn_once(f'grammar = "auto": G5xx checks skipped for the rest of the run: {exc}')
            state.session = None
            break
        for match in matches:
            hit = _hit(doc, piece, match, state)
            if hit is not None:
                hits.setdefault((hit.code, hit.start, hit.end, hit.rule_id), hit)
    return list(hits.values())


def _hit(doc: Document, piece: Piece, match: LTMatch, state: _State) -> Hit | None:
    category = match.category.upper()
    code = state.codes.get(category)
    if code is None and category not in state.known:
        code = FALLBACK_CODE if FALLBACK_CODE in state.scopes else None
    if code is None:
        return None
    span = piece.span(match.offset, match.length)
    if span is None:
        return None  # crosses a paragraph break or a place where code or a URL was left out
    start, end = span
    if state.scopes.get(code) == "prose" and doc.is_quoted(start, end):
        return None  # a speaker's words are reported as spoken
    if match.rule_id in UNPAIRED_RULES and _continued_quotation(doc, start, end):
        return None
    if code == SPELLING_CODE and _accepted_spelling(doc, start, end, state.accepted):
        return None
    message = " ".join(match.message.split()) or f"LanguageTool: {match.rule_id}"
    return Hit(code, start, end, message, suggestions=match.replacements[:3], rule_id=match.rule_id)


def _continued_quotation(doc: Document, start: int, end: int) -> bool:
    """A mark of a quotation that runs on into the next paragraph.

    News style leaves the closing mark off at the end of a paragraph when the
    next paragraph goes on quoting, and opens that paragraph with a fresh mark.
    """
    mark = doc.source[start:end].strip()
    if mark not in _OPENING:
        return False
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if not block.start <= start < block.end:
            continue
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        left_open = doc.prose.find(_OPENING[mark], start + 1, block.end) == -1
        if left_open and following is not None and following.text.lstrip()[:1] in _OPENING:
            return True
        return start == block.start and i > 0 and _leaves_quote_open(doc, blocks[i - 1])
    return False


def _leaves_quote_open(doc: Document, block) -> bool:
    text = block.text
    if text.count('"') % 2:
        return True
    last = text.rfind("“")
    return last != -1 and text.find("”", last) == -1


def _accepted_spelling(doc: Document, start: int, end: int, accepted: set[str]) -> bool:
    """A word the house accepts (``words``, ``dictionaries``) or the writer marked [sic]."""
    if doc.source[start:end].lower() in accepted:
        return True
    return any(w.sic for w in doc.words if w.start <= start < w.end)
