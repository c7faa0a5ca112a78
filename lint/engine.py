"""The engine: run the enabled rules over each document, apply suppressions, sort.

A check that crashes on one file becomes an internal-error finding (C000) for
that file and the run goes on; the CLI then exits 2, because copydesk does not
fail open.
"""

from __future__ import annotations

import importlib
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import ModuleType

from lint import baseline, suppressions
from lint.catalog import CHECKS, Catalog
from lint.checks import ActiveRule, Hit, RunContext
from lint.config import Settings
from lint.document import Document, parse
from lint.errors import CheckUnavailable
from lint.finding import Finding, Related, Severity
from lint.selectors import selects
from lint.sources import STDIN, SkipFile, Source, read_source

INTERNAL_ERROR = ("C000", "internal-error")
DECODE_FALLBACK = "C002"


@dataclass
class Report:
    """The outcome of checking some files."""

    findings: list[Finding] = field(default_factory=list)
    files_checked: int = 0
    #: One-line notes about files that were not checked (binary, unreadable).
    notices: list[str] = field(default_factory=list)
    #: One-line errors that make the run exit 2 (missing paths).
    errors: list[str] = field(default_factory=list)
    #: One-line warnings from checks (e.g. an optional backend that is missing).
    warnings: list[str] = field(default_factory=list)

    @property
    def internal_errors(self) -> int:
        return sum(1 for f in self.findings if f.code == INTERNAL_ERROR[0])


class Engine:
    def __init__(self, settings: Settings | None = None, catalog: Catalog | None = None) -> None:
        self.settings = settings or Settings()
        self.catalog = catalog or self.settings.catalog()
        self.rules = self.settings.active_rules(self.catalog)
        self.ctx = RunContext(self.settings)
        self._by_check: dict[str, list[ActiveRule]] = {}
        for rule in self.rules:
            self._by_check.setdefault(rule.rule.check, []).append(rule)
        self._modules: dict[str, ModuleType] = {}
        self._active_codes = {r.code for r in self.rules}
        self._prepared = False
        #: Documents kept for checks that report at the end of the run (cross-file).
        self.documents: dict[str, Document] = {}
        self._keep_documents = any(self._finishes(c) for c in self._by_check)
        #: During ``run`` with an end-of-run check: each file's raw findings, held back so
        #: that suppressions and per-file ignores also see what ``finish`` reports.
        self._deferred: dict[str, list[Finding]] | None = None

    # -- set-up ----------------------------------------------------------------

    def module(self, check: str) -> ModuleType:
        if check not in self._modules:
            self._modules[check] = importlib.import_module(CHECKS[check])
        return self._modules[check]

    def prepare(self, checks: list[str] | None = None) -> None:
        """Run the ``prepare`` hook of every check (or of ``checks``); errors here end the run (exit 2).

        Workers pass their own checks, so a main-process check's backend (one
        LanguageTool session) is never started in a worker.
        """
        if self._prepared:
            return
        for check in checks if checks is not None else list(self._by_check):
            rules = self._by_check.get(check, [])
            hook = getattr(self.module(check), "prepare", None) if rules else None
            if hook is not None:
                hook(rules, self.ctx)
        self._prepared = True

    def checks(self, main_process: bool | None = None) -> list[str]:
        """Checks to run; ``main_process`` filters for or against main-process-only checks."""
        names = list(self._by_check)
        if main_process is None:
            return names
        return [n for n in names if self._needs_main(n) == main_process]

    def _needs_main(self, check: str) -> bool:
        return bool(getattr(self.module(check), "MAIN_PROCESS", False) or self._finishes(check))

    def _finishes(self, check: str) -> bool:
        """Does the check report at the end of this run (``finish``, unless ``wants_finish`` says no)?

        Keeping every document for ``finish`` costs memory and garbage-collector
        time, and pins the check to the main process, so a check whose
        ``finish`` only matters under some settings (``--cross-file``) says so.
        """
        module = self.module(check)
        if not hasattr(module, "finish"):
            return False
        wants = getattr(module, "wants_finish", None)
        return wants is None or bool(wants(self.settings))

    # -- per document ----------------------------------------------------------

    def check_source(self, source: Source) -> list[Finding]:
        """Every finding for one file, suppressions applied."""
        doc, findings = self.raw_findings(source)
        return self.complete(doc, findings)

    def complete(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        """``finalise`` now, or (while ``run`` defers) at ``finish``, with that file's late findings."""
        if self._deferred is None:
            return self.finalise(doc, findings)
        self._deferred.setdefault(doc.path, []).extend(findings)
        return []

    def raw_findings(self, source: Source, only: list[str] | None = None) -> tuple[Document, list[Finding]]:
        """Parse and run checks (all, or ``only`` these) before suppressions are applied.

        The decoding warning comes with the full run or the worker's share, never twice.
        """
        doc = parse(source.text, source.path)
        if self._keep_documents:
            self.documents[doc.path] = doc
        findings = self.check_document(doc, only)
        if source.decode_warning and DECODE_FALLBACK in self._active_codes and (only is None or "engine" in only):
            findings.append(self._engine_finding(doc, DECODE_FALLBACK, 0, 0, f"File is {source.decode_warning}."))
        return doc, findings

    def check_document(self, doc: Document, only: list[str] | None = None) -> list[Finding]:
        """Raw findings of the rules (before suppressions and baseline)."""
        self.prepare()
        findings: list[Finding] = []
        for check in only if only is not None else self.checks():
            rules = self._by_check.get(check, [])
            if not rules:
                continue
            try:
                hits = list(self.module(check).check(doc, rules, self.ctx))
            except CheckUnavailable:
                raise  # a backend that went away mid-run: one clear line and exit 2, not a crash per file
            except Exception as exc:
                findings.append(self._crash(doc, check, exc))
                continue
            by_code = {r.code: r for r in rules}
            findings.extend(self.to_finding(doc, by_code[h.code], h) for h in hits)
        return findings

    def finish(self) -> list[Finding]:
        """Findings from checks that need the whole run (cross-file)."""
        out: list[Finding] = []
        for check, rules in self._by_check.items():
            if not self._finishes(check):
                continue
            hook = self.module(check).finish
            by_code = {r.code: r for r in rules}
            try:
                for path, hit in hook(rules, self.ctx):
                    doc = self.documents.get(path)
                    out.append(self.to_finding(doc, by_code[hit.code], hit, path=path))
            except Exception as exc:
                out.append(self._crash(None, check, exc))
        deferred, self._deferred = self._deferred, None
        if deferred is None:
            return out
        late: dict[str, list[Finding]] = {}
        for finding in out:
            late.setdefault(finding.path, []).append(finding)
        done = [f for path, found in late.items() if path not in deferred for f in found]
        for path, findings in deferred.items():
            done.extend(self.finalise(self.documents[path], findings + late.get(path, [])))
        return done

    def finalise(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        """Apply ignores and suppressions, report unused suppressions, sort."""
        ignored = self.settings.ignored_for(doc.path)
        findings = [f for f in findings if not _ignored(f, self.settings.ignore + ignored)]
        findings, problems = suppressions.apply(doc, findings, self._is_active)
        for problem in problems:
            if problem.code in self._active_codes and not _ignored_code(problem.code, ignored, self.catalog):
                d = problem.directive
                findings.append(self._engine_finding(doc, problem.code, d.start, d.end, problem.message))
        findings.sort(key=lambda f: f.sort_key)
        return findings

    def _is_active(self, selector: str) -> bool:
        base = selector.partition(":")[0]
        return any(selects(base, r.code, r.name) for r in self.rules)

    # -- building findings -----------------------------------------------------

    def to_finding(self, doc: Document | None, rule: ActiveRule, hit: Hit, path: str | None = None) -> Finding:
        finding = Finding(
            path=path or (doc.path if doc else ""),
            code=rule.code,
            name=rule.name,
            severity=hit.severity or rule.severity,
            message=hit.message,
            start=hit.start,
            end=hit.end,
            suggestions=list(hit.suggestions),
            detail_code=hit.rule_id,
        )
        if doc is not None:
            finding.locate(doc.lines)
            finding.fingerprint = baseline.fingerprint(doc.source, hit.start, hit.end)
            finding.related = [self._related(doc, r) for r in hit.related]
        return finding

    def _related(self, doc: Document, span) -> Related:
        if span.path is not None and span.path != doc.path:
            return Related(span.path, span.start, span.end, span.line, span.column, span.message)
        pos = doc.lines.position(span.start)
        return Related(doc.path, span.start, span.end, pos.line, pos.column, span.message)

    def _engine_finding(self, doc: Document, code: str, start: int, end: int, message: str) -> Finding:
        rule = next(r for r in self.rules if r.code == code)
        return self.to_finding(doc, rule, Hit(code, start, end, message))

    def _crash(self, doc: Document | None, check: str, exc: Exception) -> Finding:
        where = traceback.extract_tb(exc.__traceback__)[-1]
        message = (
            f"Internal error: the {check} check crashed ({type(exc).__name__}: {exc}, "
            f"at {where.filename.rsplit('/', 1)[-1]}:{where.lineno}); other checks still ran."
        )
        finding = Finding(
            path=doc.path if doc else "",
            code=INTERNAL_ERROR[0],
            name=INTERNAL_ERROR[1],
            severity=Severity.ERROR,
            message=message,
            start=0,
            end=0,
        )
        if doc is not None:
            finding.locate(doc.lines)
        else:
            finding.line = finding.column = finding.end_line = finding.end_column = 1
        return finding


def _ignored(finding: Finding, selectors: list[str]) -> bool:
    return any(selects(s, finding.code, finding.name, finding.detail_code) for s in selectors)


def _ignored_code(code: str, selectors: list[str], catalog: Catalog) -> bool:
    rule = catalog.get(code)
    return any(selects(s, code, rule.name if rule else "") for s in selectors)


# -- running over paths -------------------------------------------------------


def run(
    engine: Engine,
    files: list[str],
    jobs: int = 1,
    stdin: tuple[str, bytes] | None = None,
    progress: Callable[[list[str]], Iterable[str]] | None = None,
) -> Report:
    """Check ``files``; ``-`` reads ``stdin``, given as ``(display_path, data)``."""
    engine.prepare()
    report = Report()
    if engine._keep_documents:
        engine._deferred = {}
    if jobs > 1 and len(files) > 1:
        from lint.parallel import run_parallel

        results = run_parallel(engine, files, jobs, stdin, progress)
    else:
        results = (check_file(engine, path, stdin) for path in (progress(files) if progress else files))
    for path, findings, notice in results:
        if notice:
            report.notices.append(f"{path}: {notice}")
            continue
        report.files_checked += 1
        report.findings.extend(findings)
    report.findings.extend(engine.finish())
    report.findings.sort(key=lambda f: f.sort_key)
    report.warnings.extend(engine.ctx.warnings)
    return report


def load(path: str, stdin: tuple[str, bytes] | None) -> Source:
    """Read one file, or standard input for ``-``; raises ``SkipFile``."""
    if path == STDIN and stdin is not None:
        return read_source(stdin[0], stdin[1])
    return read_source(path)


def check_file(engine: Engine, path: str, stdin=None) -> tuple[str, list[Finding], str | None]:
    """``(display path, findings, notice)``; a notice means the file was skipped."""
    try:
        source = load(path, stdin)
    except SkipFile as exc:
        return (stdin[0] if path == STDIN and stdin else path), [], str(exc)
    return source.path, engine.check_source(source), None
