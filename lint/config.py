"""Settings: ``[tool.copydesk]`` in ``pyproject.toml``, or ``copydesk.toml`` / ``.copydesk.toml``.

The nearest configuration file above the working directory wins, as in ruff.
Every key is validated: an unknown key, rule or option is an error naming it
and its file, because a misspelt setting that is silently ignored is worse
than no setting.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from lint.catalog import Catalog, load_catalog
from lint.checks import ActiveRule
from lint.compat import tomllib
from lint.errors import ConfigError
from lint.finding import Severity
from lint.sources import posix_relative

CONFIG_FILES = ("copydesk.toml", ".copydesk.toml", "pyproject.toml")
DEFAULT_EXCLUDE = ("node_modules", "venv", ".venv", "_build", "build", "dist")
#: The check behind the LanguageTool rules (G5xx), and the settings that configure a backend for it.
GRAMMAR_CHECK = "grammar"
LANGUAGETOOL_BACKENDS = ("server", "local", "public-api")


@dataclass
class Settings:
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)
    fail_on: Severity = Severity.WARNING
    #: "auto" (the article's own majority spelling), or a language tag such as "en-GB".
    dialect: str = "auto"
    words: list[str] = field(default_factory=list)
    dictionaries: list[Path] = field(default_factory=list)
    rule_paths: list[Path] = field(default_factory=list)
    #: Per-rule options, keyed by rule code.
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    languagetool: dict[str, Any] = field(default_factory=dict)
    #: True, False, "auto", or None (the default: LanguageTool rules off unless configured).
    grammar: bool | str | None = None
    cross_file: bool = False
    #: The configuration file these settings came from, if any.
    source: Path | None = None
    #: Paths in the settings are relative to this folder.
    root: Path = field(default_factory=Path.cwd)

    def catalog(self) -> Catalog:
        return load_catalog(tuple(self.rule_paths))

    def active_rules(self, catalog: Catalog | None = None) -> list[ActiveRule]:
        """The rules this run applies, with their configured severity and options."""
        catalog = catalog or self.catalog()
        chosen = _select(catalog, self.select, self.extend_select, self.ignore, self.source)
        chosen -= self._grammar_switched_off(catalog)
        active = []
        for rule in catalog.rules:
            if rule.code not in chosen:
                continue
            options = dict(rule.options)
            severity = rule.severity
            for key, value in self.rules.get(rule.code, {}).items():
                if key == "severity":
                    severity = Severity.parse(value)
                else:
                    options[key] = value
            active.append(ActiveRule(rule, severity, options))
        return active

    def _grammar_switched_off(self, catalog: Catalog) -> set[str]:
        """LanguageTool rules left out of this run.

        They need a Java program or a server, so they run only when switched on:
        ``grammar = true`` or ``"auto"`` (``--grammar``), a backend configured in
        ``[languagetool]`` (``server``, ``local`` or ``public-api``), or the rule
        named in ``select``/``extend-select`` (``ALL`` does not count).
        ``grammar = false`` (``--no-grammar``) turns them all off.
        """
        if self.grammar in (True, "auto"):
            return set()
        codes = {r.code for r in catalog.rules if r.check == GRAMMAR_CHECK}
        if self.grammar is False:
            return codes
        if any(self.languagetool.get(key) for key in LANGUAGETOOL_BACKENDS):
            return set()
        named = {
            r.code
            for selector in [*(self.select or []), *self.extend_select]
            if selector.upper() != "ALL" and ":" not in selector
            for r in catalog.match(selector)
        }
        return codes - named

    def ignored_for(self, path: str) -> list[str]:
        """Codes and selectors ignored for one file by ``per-file-ignores``."""
        if not self.per_file_ignores:
            return []
        rel = posix_relative(path, self.root)
        out: list[str] = []
        for pattern, codes in self.per_file_ignores.items():
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(Path(rel).name, pattern):
                out.extend(codes)
        return out

    def is_excluded(self, path: Path) -> bool:
        """Does an exclude pattern match the path (relative to the root) or any one of its parts?

        Called for every file and folder found, so the patterns are compiled once
        into one expression rather than matched one ``fnmatch`` call at a time.
        """
        rel = posix_relative(str(path), self.root)
        matches = _glob_matcher((*DEFAULT_EXCLUDE, *self.exclude))
        return any(matches(os.path.normcase(name)) for name in (rel, *Path(rel).parts))

    def accepted_words(self) -> set[str]:
        """``words`` plus every word in the ``dictionaries`` files."""
        words = set(self.words)
        for path in self.dictionaries:
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{self.source or 'settings'}: cannot read dictionary {path}: {exc}") from None
            words.update(parse_word_file(text))
        return words

    def display(self) -> dict[str, Any]:
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Severity):
                value = value.value
            elif isinstance(value, Path):
                value = str(value)
            elif isinstance(value, list):
                value = [str(v) for v in value]
            out[f.name.replace("_", "-")] = value
        return out


def parse_word_file(text: str) -> set[str]:
    """The words of a ``dictionaries`` file: one a line, blank lines and ``#`` comments skipped."""
    return {w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")}


@lru_cache(maxsize=16)
def _glob_matcher(patterns: tuple[str, ...]) -> Callable[[str], re.Match | None]:
    """One ``match`` for "any of these ``fnmatch`` patterns" (each as ``fnmatch.fnmatch`` reads it)."""
    return re.compile("|".join(f"(?:{fnmatch.translate(os.path.normcase(p))})" for p in patterns)).match


def _select(catalog: Catalog, select, extend_select, ignore, source) -> set[str]:
    def codes(selectors: list[str]) -> set[str]:
        out: set[str] = set()
        for selector in selectors:
            if ":" in selector:  # "G501:EN_A_VS_AN" narrows a rule; it does not select one
                continue
            matched = catalog.match(selector)
            if not matched and not catalog.knows(selector):
                where = f"{source}: " if source else ""
                raise ConfigError(f"{where}unknown rule {selector!r}")
            out.update(r.code for r in matched)
        return out

    chosen = {r.code for r in catalog.rules if r.enabled} if select is None else codes(select)
    chosen |= codes(extend_select)
    chosen -= codes(ignore)
    return chosen


# -- loading -------------------------------------------------------------------

_LIST_KEYS = {"select", "extend-select", "ignore", "exclude", "words", "dictionaries", "rule-paths"}
_TOP_KEYS = _LIST_KEYS | {
    "per-file-ignores",
    "fail-on",
    "dialect",
    "rules",
    "languagetool",
    "grammar",
    "cross-file",
}


def find_config(start: Path) -> Path | None:
    """The nearest configuration file at or above ``start``."""
    start = start.resolve()
    for folder in [start, *start.parents]:
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "copydesk" in _read_toml(path).get("tool", {})
    except ConfigError:
        return "[tool.copydesk" in path.read_text(encoding="utf-8", errors="replace")


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def load_settings(config: Path | None = None, cwd: Path | None = None) -> Settings:
    """Settings from ``config`` or the nearest configuration file, else defaults."""
    cwd = cwd or Path.cwd()
    path = config if config is not None else find_config(cwd)
    if path is None:
        return Settings(root=cwd)
    if not path.is_file():
        raise ConfigError(f"{path}: no such configuration file")
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("copydesk", {})
    return settings_from_data(data, path)


def settings_from_data(data: dict, path: Path) -> Settings:
    def fail(message: str) -> ConfigError:
        return ConfigError(f"{path}: {message}")

    for key in data:
        if key not in _TOP_KEYS:
            raise fail(f"unknown setting {key!r}")
    for key in _LIST_KEYS & set(data):
        if not isinstance(data[key], list) or not all(isinstance(v, str) for v in data[key]):
            raise fail(f"{key!r} must be a list of strings")
    root = path.parent.resolve()
    settings = Settings(source=path, root=root)
    settings.select = data.get("select")
    settings.extend_select = data.get("extend-select", [])
    settings.ignore = data.get("ignore", [])
    settings.exclude = data.get("exclude", [])
    settings.words = data.get("words", [])
    settings.dictionaries = [root / p for p in data.get("dictionaries", [])]
    settings.rule_paths = [root / p for p in data.get("rule-paths", [])]
    pfi = data.get("per-file-ignores", {})
    if not isinstance(pfi, dict) or not all(
        isinstance(v, list) and all(isinstance(c, str) for c in v) for v in pfi.values()
    ):
        raise fail("'per-file-ignores' must map globs to lists of rule codes")
    settings.per_file_ignores = pfi
    try:
        settings.fail_on = Severity.parse(data.get("fail-on", "warning"))
    except ValueError as exc:
        raise fail(f"'fail-on': {exc}") from None
    dialect = data.get("dialect", "auto")
    if not isinstance(dialect, str):
        raise fail('\'dialect\' must be a string such as "auto", "en-US" or "en-GB"')
    settings.dialect = dialect
    grammar = data.get("grammar")
    if grammar not in (None, True, False, "auto"):
        raise fail("'grammar' must be true, false or \"auto\"")
    settings.grammar = grammar
    if not isinstance(data.get("cross-file", False), bool):
        raise fail("'cross-file' must be true or false")
    settings.cross_file = data.get("cross-file", False)
    lt = data.get("languagetool", {})
    if not isinstance(lt, dict):
        raise fail("'languagetool' must be a table")
    settings.languagetool = lt
    if lt:
        # Validated here too: a misspelt backend key would otherwise leave grammar off without a word.
        from lint.checks.languagetool import read_config

        read_config(lt, dialect, path)
    catalog = settings.catalog()
    settings.rules = _rule_options(data.get("rules", {}), catalog, fail)
    # Validate selectors now, so a typo is reported against this file.
    settings.active_rules(catalog)
    return settings


def _rule_options(table: Any, catalog: Catalog, fail) -> dict[str, dict[str, Any]]:
    if not isinstance(table, dict):
        raise fail("'rules' must be a table of per-rule tables")
    out: dict[str, dict[str, Any]] = {}
    for key, options in table.items():
        rule = catalog.get(key)
        if rule is None:
            raise fail(f"unknown rule {key!r} in [rules]")
        if not isinstance(options, dict):
            raise fail(f"rules.{key} must be a table of options")
        for option, value in options.items():
            if option == "severity":
                try:
                    Severity.parse(str(value))
                except ValueError as exc:
                    raise fail(f"rules.{key}.severity: {exc}") from None
                continue
            if option not in rule.options:
                known = ", ".join(sorted(rule.options)) or "none"
                raise fail(f"unknown option {option!r} for rule {rule.code} ({rule.name}); options: {known}")
            default = rule.options[option]
            if not _same_type(default, value):
                raise fail(f"rules.{key}.{option} must be {type(default).__name__}, not {type(value).__name__}")
        out.setdefault(rule.code, {}).update(options)
    return out


def _same_type(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, (int, float)) and isinstance(value, (int, float)):
        return True
    return isinstance(value, type(default))


def with_overrides(settings: Settings, **changes: Any) -> Settings:
    """A copy of ``settings`` with command-line values applied (None means unchanged)."""
    return replace(settings, **{k: v for k, v in changes.items() if v is not None})
