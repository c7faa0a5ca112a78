"""GitHub Actions workflow commands: one annotation per finding on the pull request.

``::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message``.
Escaping follows GitHub's own toolkit (``escapeProperty``/``escapeData`` in
actions/toolkit packages/core/src/command.ts). The runner drops an annotation's
columns when it spans lines, so they are left out there rather than sent wrong.
Paths are relative to the repository root, as for SARIF.
"""

from __future__ import annotations

from pathlib import Path

from lint.engine import Report
from lint.finding import Finding, Severity
from lint.report import RenderContext
from lint.sources import relative_to

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(report: Report, context: RenderContext) -> str:
    return "".join(command(f, Path(context.root)) + "\n" for f in report.findings)


def command(f: Finding, root: Path) -> str:
    props: dict[str, object | None] = {}
    if f.path:
        one_line = f.end_line == f.line
        props = {
            "file": repo_path(f.path, root),
            "line": f.line,
            "col": f.column if one_line else None,
            "endLine": f.end_line,
            "endColumn": f.end_column if one_line else None,
        }
    props["title"] = f.code if not f.detail_code else f"{f.code}[{f.detail_code}]"
    fields = ",".join(f"{key}={escape_property(str(value))}" for key, value in props.items() if value is not None)
    return f"::{COMMANDS[f.severity]} {fields}::{escape_data(_message(f))}"


def _message(f: Finding) -> str:
    """The message, with the best suggestions when it does not already name them (as in text output)."""
    if f.suggestions and f.suggestions[0] not in f.message:
        return f"{f.message} (suggestion: {', '.join(repr(s) for s in f.suggestions[:3])})"
    return f.message


def repo_path(path: str, root: Path) -> str:
    """Posix path relative to ``root``; an absolute path outside it (the runner relativises those itself)."""
    relative = relative_to(path, root)
    return (relative if relative is not None else Path(path).resolve()).as_posix()


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")
