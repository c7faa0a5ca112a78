"""JSON: a stable contract for other tools (documented in the README)."""

from __future__ import annotations

import json

from lint.engine import Report
from lint.report import RenderContext, summary

VERSION = 1


def render(report: Report, context: RenderContext) -> str:
    data = {
        "version": VERSION,
        "findings": [f.to_dict() for f in report.findings],
        "summary": summary(report.findings, report.files_checked)
        | {"skipped": report.notices, "errors": report.errors, "warnings": report.warnings},
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
