"""SARIF 2.1.0, shaped for GitHub code scanning.

Code scanning shows each rule's help next to its alerts, so the rules of the
reported codes travel with the results. Paths are relative to the repository
root (``%SRCROOT%``) and percent-encoded, because code scanning maps results
to files by that relative URI. Columns count characters, and the run says so
(``columnKind``), so an editor lands on the same character copydesk flagged.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from urllib.parse import quote

from lint import __version__
from lint.catalog import Rule
from lint.engine import INTERNAL_ERROR, Report
from lint.finding import Finding, Related, Severity
from lint.report import RenderContext
from lint.ruledoc import rule_markdown
from lint.sources import relative_to

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/copydesk/"
SRCROOT = "%SRCROOT%"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
#: Alternative fixes offered per result, best first (as in the text output).
MAX_FIXES = 3

#: C000 is raised by the engine, not read from rules/, but it needs help text too.
_INTERNAL = Rule(
    code=INTERNAL_ERROR[0],
    name=INTERNAL_ERROR[1],
    check="engine",
    severity=Severity.ERROR,
    enabled=True,
    summary="A check crashed on this file; the other checks still ran.",
    options={},
    docs={
        "what": "A check raised an unexpected error on this file, so its rules were not applied to it.",
        "why": "copydesk does not fail open: a file that could not be fully checked is not reported as clean.",
        "fix": "Report the message (it names the check and where it failed) as a copydesk bug. "
        "Until it is fixed, `--ignore` the crashing rule for this file.",
    },
)


def render(report: Report, context: RenderContext) -> str:
    root = Path(context.root)
    rules = _rules(report.findings, context)
    index = {rule.code: i for i, rule in enumerate(rules)}
    seen: Counter[str] = Counter()
    run = {
        "tool": {
            "driver": {
                "name": "copydesk",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_descriptor(rule) for rule in rules],
            }
        },
        "originalUriBaseIds": {SRCROOT: {"uri": _dir_uri(root)}},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[f.code], root, seen) for f in report.findings],
        "invocations": [_invocation(report)],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


# -- rules ---------------------------------------------------------------------


def _rules(findings: list[Finding], context: RenderContext) -> list[Rule]:
    """The rules of the reported codes, in code order."""
    found: dict[str, Rule] = {}
    for f in findings:
        if f.code not in found:
            found[f.code] = context.catalog.get(f.code) or (_INTERNAL if f.code == _INTERNAL.code else _bare(f))
    return [found[code] for code in sorted(found)]


def _bare(f: Finding) -> Rule:
    """A stand-in for a code the catalog does not know, so ``ruleIndex`` still resolves."""
    return Rule(f.code, f.name, "engine", f.severity, True, f.name, {}, {})


def _descriptor(rule: Rule) -> dict:
    help_text = rule_markdown(rule)
    what = " ".join(rule.docs.get("what", "").split())
    tags = ["editorial"] + ([rule.family] if rule.family else [])
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary or rule.name},
        "fullDescription": {"text": what or rule.summary or rule.name},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": LEVELS[rule.severity], "enabled": rule.enabled},
        "properties": {"tags": tags},
    }


# -- results -------------------------------------------------------------------


def _result(f: Finding, rule_index: int, root: Path, seen: Counter[str]) -> dict:
    result: dict = {
        "ruleId": f.code,
        "ruleIndex": rule_index,
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
    }
    if not f.path:  # a check that crashed after the last file: no place to point at
        return result
    artifact = artifact_location(f.path, root)
    region = _region(f)
    result["locations"] = [{"physicalLocation": {"artifactLocation": artifact, "region": region}}]
    if f.related:
        result["relatedLocations"] = [_related(i, r, root) for i, r in enumerate(f.related, 1)]
    if f.suggestions:
        result["fixes"] = [_fix(s, artifact, region) for s in f.suggestions[:MAX_FIXES]]
    if f.fingerprint:
        key = "\0".join((artifact["uri"], f.code, f.fingerprint))
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
        seen[digest] += 1  # the same text twice in a file stays two alerts
        result["partialFingerprints"] = {"copydesk/v1": f"{digest}:{seen[digest]}"}
    if f.detail_code:
        result["properties"] = {"detailCode": f.detail_code}
    return result


def _region(f: Finding) -> dict:
    region = {"charOffset": f.start, "charLength": f.end - f.start}
    if f.line >= 1:
        region |= {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column}
    return region


def _related(number: int, r: Related, root: Path) -> dict:
    region = {"charOffset": r.start, "charLength": r.end - r.start}
    if r.line >= 1:
        region |= {"startLine": r.line, "startColumn": r.column}
    location: dict = {
        "id": number,
        "physicalLocation": {"artifactLocation": artifact_location(r.path, root), "region": region},
    }
    if r.message:
        location["message"] = {"text": r.message}
    return location


def _fix(suggestion: str, artifact: dict, region: dict) -> dict:
    return {
        "description": {"text": f"Replace with {suggestion!r}."},
        "artifactChanges": [
            {
                "artifactLocation": artifact,
                "replacements": [{"deletedRegion": region, "insertedContent": {"text": suggestion}}],
            }
        ],
    }


def _invocation(report: Report) -> dict:
    notes = (
        [("error", line) for line in report.errors]
        + [("warning", line) for line in report.warnings]
        + [("note", line) for line in report.notices]
    )
    invocation: dict = {"executionSuccessful": not (report.errors or report.internal_errors)}
    if notes:
        invocation["toolExecutionNotifications"] = [{"level": lvl, "message": {"text": t}} for lvl, t in notes]
    return invocation


# -- paths ---------------------------------------------------------------------


def artifact_location(path: str, root: Path) -> dict:
    """A percent-encoded URI relative to ``%SRCROOT%``, or an absolute file URI outside it."""
    relative = relative_to(path, root)
    if relative is None:
        return {"uri": Path(path).resolve().as_uri()}
    return {"uri": quote(relative.as_posix()), "uriBaseId": SRCROOT}


def _dir_uri(root: Path) -> str:
    uri = root.resolve().as_uri()
    return uri if uri.endswith("/") else uri + "/"
