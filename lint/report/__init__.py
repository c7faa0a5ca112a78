"""Output formats. Each module has ``render(report, context) -> str``."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from lint.catalog import Catalog
from lint.engine import Report
from lint.finding import Finding, Severity

FORMATS = {
    "text": "lint.report.text",
    "json": "lint.report.json",
    "sarif": "lint.report.sarif",
    "github": "lint.report.github",
}


@dataclass
class RenderContext:
    catalog: Catalog
    #: Paths in SARIF are made relative to this folder (the repository root).
    root: Path
    color: bool = False
    fail_on: Severity = Severity.WARNING


def render(fmt: str, report: Report, context: RenderContext) -> str:
    return importlib.import_module(FORMATS[fmt]).render(report, context)


def summary(findings: list[Finding], files_checked: int) -> dict:
    """Counts shared by the text summary line and the JSON ``summary`` object."""
    by_severity = {s.value: 0 for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}
    by_code: dict[str, int] = {}
    for f in findings:
        by_severity[f.severity.value] += 1
        by_code[f.code] = by_code.get(f.code, 0) + 1
    return {
        "files_checked": files_checked,
        "files_with_findings": len({f.path for f in findings}),
        "findings": len(findings),
        "by_severity": by_severity,
        "by_code": dict(sorted(by_code.items())),
    }
