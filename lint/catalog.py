"""The rule catalog: rules are TOML data, loaded and validated, never executed.

Built-in rules live in ``rules/`` (shipped inside the package as
``lint/rules``); users add rule files of the data-driven kinds through the
``rule-paths`` setting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from lint.compat import tomllib
from lint.errors import ConfigError
from lint.finding import Severity

#: Check name -> module implementing it. A registry rather than a scan, so that
#: start-up imports nothing a run does not use.
CHECKS = {
    "existence": "lint.checks.existence",
    "substitution": "lint.checks.substitution",
    "engine": "lint.checks.engine",
    "spelling": "lint.checks.spelling",
    "repetition": "lint.checks.repetition",
    "figures": "lint.checks.figures",
    "readability": "lint.checks.readability",
    "grammar": "lint.checks.grammar",
}
#: Kinds a newsroom may use in its own rule files: pure data, no Python.
DATA_DRIVEN = ("existence", "substitution")
FAMILIES = {
    "C": "copydesk itself",
    "T": "typos and spelling",
    "R": "repetition",
    "F": "figures and sources",
    "D": "readability",
    "G": "grammar (LanguageTool)",
    "Q": "typography",
    "S": "house style",
}
CODE_RE = re.compile(r"^[A-Z][0-9]{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
DOC_HEADINGS = {"what": "What it finds", "why": "Why it matters", "fix": "How to fix it"}
_RULE_KEYS = {"code", "name", "check", "severity", "enabled", "summary", "options", "docs", "examples"}


@dataclass(frozen=True)
class Example:
    text: str
    #: Examples are read as Markdown, so a bare sentence is body text, not a headline.
    path: str = "example.md"
    #: When set, the text is encoded with this codec and checked as raw file bytes.
    encoding: str | None = None


@dataclass
class Rule:
    code: str
    name: str
    check: str
    severity: Severity
    enabled: bool
    summary: str
    options: dict[str, Any]
    docs: dict[str, str]
    flag: list[Example] = field(default_factory=list)
    passes: list[Example] = field(default_factory=list)
    source: str = ""
    builtin: bool = True

    @property
    def family(self) -> str:
        return FAMILIES.get(self.code[0], "")


def builtin_rules_dir() -> Path:
    """``lint/rules`` in an installed wheel; the repository's ``rules/`` in a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "rules"
    return packaged if packaged.is_dir() else here.parent / "rules"


@dataclass
class Catalog:
    rules: list[Rule]

    def __post_init__(self) -> None:
        self._by_key: dict[str, Rule] = {}
        for rule in self.rules:
            for key in (rule.code, rule.name):
                other = self._by_key.get(key)
                if other is not None:
                    raise ConfigError(f"{rule.source}: rule {key!r} is already defined in {other.source}")
                self._by_key[key] = rule
        self.rules.sort(key=lambda r: r.code)

    def get(self, key: str) -> Rule | None:
        return self._by_key.get(key) or self._by_key.get(key.upper())

    def match(self, selector: str) -> list[Rule]:
        """Rules named by a selector: a code, a name, a code prefix ("T", "T1") or "ALL"."""
        rule = self.get(selector)
        if rule is not None:
            return [rule]
        if selector.upper() == "ALL":
            return list(self.rules)
        prefix = selector.upper()
        if re.fullmatch(r"[A-Z][0-9]{0,3}", prefix):
            return [r for r in self.rules if r.code.startswith(prefix)]
        return []

    def knows(self, selector: str) -> bool:
        return bool(self.match(selector)) or (selector[:1].upper() in FAMILIES and selector[1:].isdigit())


@cache
def load_builtin() -> tuple[Rule, ...]:
    folder = builtin_rules_dir()
    return tuple(load_rule_file(p, builtin=True) for p in sorted(folder.glob("*.toml")))


def load_catalog(rule_paths: tuple[Path, ...] = ()) -> Catalog:
    rules = list(load_builtin())
    for path in rule_paths:
        files = sorted(path.rglob("*.toml")) if path.is_dir() else [path]
        if not path.exists():
            raise ConfigError(f"rule path {path} does not exist")
        rules.extend(load_rule_file(p, builtin=False) for p in files)
    return Catalog(rules)


def load_rule_file(path: Path, builtin: bool) -> Rule:
    where = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{where}: cannot read rule file: {exc}") from None
    return rule_from_data(data, where, builtin)


def rule_from_data(data: dict, where: str, builtin: bool) -> Rule:
    label = data.get("code") or data.get("name") or "?"

    def fail(message: str) -> ConfigError:
        return ConfigError(f"{where}: rule {label}: {message}")

    unknown = set(data) - _RULE_KEYS
    if unknown:
        raise fail(f"unknown key {sorted(unknown)[0]!r}")
    for key in ("code", "name", "check"):
        if not isinstance(data.get(key), str):
            raise fail(f"missing or invalid {key!r}")
    code, name, check = data["code"], data["name"], data["check"]
    if not CODE_RE.match(code):
        raise fail("code must be a capital letter and three digits, e.g. S701")
    if not NAME_RE.match(name):
        raise fail("name must be lowercase words joined by hyphens, e.g. prefer-kyiv")
    if check not in CHECKS:
        raise fail(f"unknown check {check!r} (choose from {', '.join(CHECKS)})")
    if not builtin and check not in DATA_DRIVEN:
        raise fail(f"user rules must use a data-driven check ({', '.join(DATA_DRIVEN)}), not {check!r}")
    try:
        severity = Severity.parse(data.get("severity", "warning"))
    except ValueError as exc:
        raise fail(str(exc)) from None
    options = data.get("options", {})
    docs = data.get("docs", {})
    if not isinstance(options, dict) or not isinstance(docs, dict):
        raise fail("'options' and 'docs' must be tables")
    if builtin:
        missing = [k for k in DOC_HEADINGS if not str(docs.get(k, "")).strip()]
        if missing:
            raise fail(f"docs lack {', '.join(missing)}")
    examples = data.get("examples", {})
    rule = Rule(
        code=code,
        name=name,
        check=check,
        severity=severity,
        enabled=bool(data.get("enabled", True)),
        summary=str(data.get("summary", "")),
        options=options,
        docs={k: str(v).strip() for k, v in docs.items()},
        flag=[_example(e, fail) for e in examples.get("flag", [])],
        passes=[_example(e, fail) for e in examples.get("pass", [])],
        source=where,
        builtin=builtin,
    )
    if check in DATA_DRIVEN and not builtin:
        # Compile now so a bad pattern is a config error naming file and rule.
        # (Built-in rules are compiled when used; their examples test them.)
        from lint.checks import data_driven

        try:
            data_driven.compile_rule(rule.check, rule.options)
        except ValueError as exc:
            raise fail(str(exc)) from None
    return rule


def _example(entry: Any, fail) -> Example:
    if isinstance(entry, str):
        return Example(entry)
    if isinstance(entry, dict) and isinstance(entry.get("text"), str):
        return Example(entry["text"], entry.get("path", "example.md"), entry.get("encoding"))
    raise fail("an example is a string or a table with 'text' (and optional 'path', 'encoding')")
