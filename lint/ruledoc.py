"""A rule's documentation as Markdown: for ``copydesk rule``, SARIF help, and the README."""

from __future__ import annotations

import json

from lint.catalog import DOC_HEADINGS, Catalog, Rule


def default_state(rule: Rule) -> str:
    """The table's default column: on, off, or "on (grammar)" for LanguageTool rules (they need grammar on too)."""
    if not rule.enabled:
        return "off"
    return "on (grammar)" if rule.check == "grammar" else "on"


def rule_markdown(rule: Rule) -> str:
    state = "on" if rule.enabled else "off"
    if rule.enabled and rule.check == "grammar":
        state = "on when grammar is switched on, off"
    lines = [
        f"# {rule.code} {rule.name}",
        "",
        rule.summary,
        "",
        f"Check: `{rule.check}` · default severity: {rule.severity.value} · {state} by default · family: {rule.family}",
    ]
    for key, heading in DOC_HEADINGS.items():
        if rule.docs.get(key):
            lines += ["", f"## {heading}", "", rule.docs[key]]
    if rule.options:
        lines += ["", "## Options", ""]
        lines += [f"- `{k}` = `{json.dumps(v, ensure_ascii=False)}`" for k, v in rule.options.items()]
    if rule.flag or rule.passes:
        lines += ["", "## Examples", ""]
        lines += [f"Flagged: {e.text!r}" for e in rule.flag[:3]]
        lines += [f"Passes: {e.text!r}" for e in rule.passes[:3]]
    return "\n".join(lines)


def rules_table(catalog: Catalog) -> str:
    """The README's rule list, generated from ``rules/`` (a test keeps them in step)."""
    lines = ["| code | name | default | severity | what it finds |", "|---|---|---|---|---|"]
    for r in catalog.rules:
        if not r.builtin:
            continue
        lines.append(f"| {r.code} | {r.name} | {default_state(r)} | {r.severity.value} | {r.summary} |")
    return "\n".join(lines)


README_START = "<!-- rules:start"
README_END = "<!-- rules:end -->"


def readme_with_rules(readme: str, catalog: Catalog) -> str:
    """The README with its generated rule table replaced by the current one."""
    head, _, rest = readme.partition(README_START)
    marker, _, rest = rest.partition("\n")
    _, _, tail = rest.partition(README_END)
    return f"{head}{README_START}{marker}\n{rules_table(catalog)}\n{README_END}{tail}"


if __name__ == "__main__":
    from pathlib import Path

    from lint.catalog import load_catalog

    readme = Path(__file__).resolve().parent.parent / "README.md"
    readme.write_text(readme_with_rules(readme.read_text(encoding="utf-8"), load_catalog()), encoding="utf-8")
    print(f"updated the rule table in {readme}")
