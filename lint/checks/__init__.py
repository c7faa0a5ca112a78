"""The interface between the engine and the checks.

A check is a module in this package with one function::

    def check(doc: Document, rules: list[ActiveRule], ctx: RunContext) -> Iterable[Hit]

called once per document with every enabled rule it implements, so rules of
one family share their work (one tokenisation for T101-T103, one LanguageTool
call for all G5xx). A check reports ``Hit``s; the engine turns them into
``Finding``s with the rule's code, name, severity and line/column.

Optional hooks:

- ``prepare(rules, ctx)``: once per run, before any document; raise
  ``ConfigError`` for bad options or ``CheckUnavailable`` for a missing backend.
- ``finish(rules, ctx) -> Iterable[tuple[str, Hit]]``: once after every
  document, for findings that need the whole run (paths are those of the
  documents). Checks with ``finish`` run in the main process under ``--jobs``.
- ``wants_finish(settings) -> bool``: whether ``finish`` is needed in this run
  (e.g. only with ``--cross-file``); when it says no, the engine keeps no
  documents for the check and may run it in workers.
- ``MAIN_PROCESS = True``: never run in a worker (one backend session per run).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lint.catalog import Rule
from lint.finding import Severity


@dataclass(frozen=True)
class RelatedSpan:
    """A related place; ``path`` None means the same document."""

    start: int
    end: int
    message: str = ""
    path: str | None = None
    #: Required when ``path`` names another file (the engine cannot index it).
    line: int = 0
    column: int = 0


@dataclass
class Hit:
    code: str
    start: int
    end: int
    message: str
    suggestions: list[str] = field(default_factory=list)
    related: list[RelatedSpan] = field(default_factory=list)
    #: A backend's own rule id, e.g. LanguageTool's ``EN_A_VS_AN``.
    rule_id: str | None = None
    #: Overrides the rule's severity for this hit (rarely needed).
    severity: Severity | None = None


@dataclass
class ActiveRule:
    """A catalog rule as configured for this run."""

    rule: Rule
    severity: Severity
    options: dict[str, Any]

    @property
    def code(self) -> str:
        return self.rule.code

    @property
    def name(self) -> str:
        return self.rule.name

    def option(self, key: str) -> Any:
        return self.options[key]


@dataclass
class RunContext:
    """What a check may know about the run beyond one document."""

    settings: Any  # lint.config.Settings; Any to keep this module import-light
    #: Per-process scratch space for loaded data and sessions, keyed by check name.
    cache: dict[str, Any] = field(default_factory=dict)
    #: One-line warnings for the user, printed once at the end of the run.
    warnings: list[str] = field(default_factory=list)

    def warn_once(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)


def freeze(value: Any) -> Any:
    """Options as a hashable value, so compiled patterns can be cached per rule configuration."""
    if isinstance(value, dict):
        return tuple(sorted((k, freeze(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    return value
