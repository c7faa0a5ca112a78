"""Does a rule selector ("T101", "misspelling", "T1", "G501:EN_A_VS_AN", "ALL") name a finding?

One definition, shared by ``--ignore``, ``per-file-ignores`` and suppression comments.
"""

from __future__ import annotations


def split_selectors(values: list[str] | tuple[str, ...]) -> list[str]:
    """Accept "T101,R201" as well as repeated options."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def selects(selector: str, code: str, name: str, rule_id: str | None = None) -> bool:
    base, _, detail = selector.partition(":")
    if detail and detail != rule_id:
        return False
    if base == name or base.upper() == "ALL":
        return True
    base = base.upper()
    return code == base or (len(base) < 4 and code.startswith(base))
