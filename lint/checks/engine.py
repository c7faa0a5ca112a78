"""Rules the engine itself enforces (C0xx): decoding fallbacks and unused suppressions.

Their findings are produced while reading files and applying suppressions
(see ``lint.sources`` and ``lint.suppressions``); this module only gives the
catalog a check to name.
"""

from __future__ import annotations

from lint.checks import ActiveRule, Hit, RunContext
from lint.document import Document


def check(doc: Document, rules: list[ActiveRule], ctx: RunContext) -> list[Hit]:
    return []
