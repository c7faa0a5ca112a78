"""``substitution``: a term with the house's preferred replacement ("Kiev" -> "Kyiv")."""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import ActiveRule, Hit, RunContext
from lint.checks.data_driven import compile_rule, match_case, matches
from lint.document import Document


def check(doc: Document, rules: list[ActiveRule], ctx: RunContext) -> Iterator[Hit]:
    for rule in rules:
        compiled = compile_rule("substitution", rule.options)
        message = rule.options.get("message", "Use '{replacement}' rather than '{match}'.")
        for m in matches(doc, compiled, rule.options.get("scope", "prose")):
            text = m.group(0)
            replacement = next(r for p, r in compiled.swaps if p.fullmatch(text))
            replacement = match_case(text, replacement)
            if replacement == text:
                continue
            yield Hit(
                rule.code,
                m.start(),
                m.end(),
                message.format(match=" ".join(text.split()), replacement=replacement),
                suggestions=[replacement],
            )
