"""``existence``: flag listed words, phrases or patterns (Vale's kind of the same name)."""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks import ActiveRule, Hit, RunContext
from lint.checks.data_driven import compile_rule, matches
from lint.document import Document


def check(doc: Document, rules: list[ActiveRule], ctx: RunContext) -> Iterator[Hit]:
    for rule in rules:
        compiled = compile_rule("existence", rule.options)
        message = rule.options.get("message", "Avoid '{match}'.")
        for m in matches(doc, compiled, rule.options.get("scope", "prose")):
            text = " ".join(m.group(0).split())
            yield Hit(rule.code, m.start(), m.end(), message.format(match=text))
