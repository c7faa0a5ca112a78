"""``path:line:col: CODE message``, one finding a line, then a summary line (ruff's shape)."""

from __future__ import annotations

import click

from lint.engine import Report
from lint.finding import Finding, Severity
from lint.report import RenderContext, summary

_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def render(report: Report, context: RenderContext) -> str:
    lines = [_line(f, context.color) for f in report.findings]
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


def _line(f: Finding, color: bool) -> str:
    where = f"{f.path}:{f.line}:{f.column}:"
    code = f.code if not f.detail_code else f"{f.code}[{f.detail_code}]"
    message = f.message
    if f.suggestions and not any(s in message for s in f.suggestions[:1]):
        message += f" (suggestion: {', '.join(repr(s) for s in f.suggestions[:3])})"
    if color:
        where = click.style(where, bold=True)
        code = click.style(code, fg=_COLORS[f.severity], bold=True)
    return f"{where} {code} {message}"


def summary_line(report: Report) -> str:
    counts = summary(report.findings, report.files_checked)
    n = counts["findings"]
    files = report.files_checked
    checked = f"{files} file{'s' if files != 1 else ''} checked"
    if n == 0:
        return f"All checks passed! ({checked})"
    parts = [f"{v} {k}{'s' if v != 1 and k != 'info' else ''}" for k, v in counts["by_severity"].items() if v]
    return f"Found {n} problem{'s' if n != 1 else ''} ({', '.join(parts)}) in {counts['files_with_findings']} of {checked}."
