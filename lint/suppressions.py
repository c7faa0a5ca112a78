"""Suppression comments: ``<!-- copydesk: disable R201 -->`` … ``<!-- copydesk: enable -->``
and ``<!-- copydesk: disable-next-line T101 -->``.

As with ruff's unused ``noqa``, a suppression that suppresses nothing is
reported itself (C001), so stale comments do not pile up and hide tomorrow's
real problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lint.document import Directive, Document
from lint.finding import Finding
from lint.selectors import selects, split_selectors

UNUSED = "C001"
INVALID = "C003"
VERBS = ("disable", "enable", "disable-next-line")


@dataclass
class _Region:
    directive: Directive
    selectors: list[str]  # empty: every rule
    start: int
    end: int
    used: set[str] = field(default_factory=set)

    def covers(self, finding: Finding) -> str | None:
        """The selector that suppresses ``finding`` here, or None."""
        if not (self.start <= finding.start < self.end):
            return None
        if not self.selectors:
            return "*"
        for selector in self.selectors:
            if selects(selector, finding.code, finding.name, finding.detail_code):
                return selector
        return None


@dataclass
class Problem:
    code: str
    directive: Directive
    message: str


def apply(doc: Document, findings: list[Finding], is_active) -> tuple[list[Finding], list[Problem]]:
    """Drop suppressed findings; return the rest and the problems with the directives.

    ``is_active(selector)`` tells whether a selector names a rule this run applies:
    a suppression for a rule that is switched off is not reported as unused.
    """
    regions, problems = _regions(doc)
    kept = []
    for finding in findings:
        suppressed = False
        for region in regions:
            selector = region.covers(finding)
            if selector is not None:
                region.used.add(selector)
                suppressed = True
        if not suppressed:
            kept.append(finding)
    for region in regions:
        if not region.selectors:
            if not region.used:
                problems.append(Problem(UNUSED, region.directive, "Unused suppression: nothing was reported here."))
            continue
        unused = [s for s in region.selectors if s not in region.used and is_active(s)]
        if unused:
            listed = ", ".join(unused)
            problems.append(
                Problem(UNUSED, region.directive, f"Unused suppression of {listed}: nothing was reported here.")
            )
    return kept, problems


def _regions(doc: Document) -> tuple[list[_Region], list[Problem]]:
    regions: list[_Region] = []
    problems: list[Problem] = []
    open_regions: list[_Region] = []
    for directive in doc.directives:
        verb, _, rest = directive.body.partition(" ")
        selectors = split_selectors(rest.split())
        if verb not in VERBS:
            problems.append(
                Problem(INVALID, directive, f"Unknown copydesk directive {verb!r}; use {', '.join(VERBS)}.")
            )
            continue
        if verb == "disable-next-line":
            line = doc.lines.position(max(directive.end - 1, directive.start)).line + 1
            if line > doc.lines.line_count:
                continue
            start = doc.lines.line_start(line)
            end = doc.lines.line_start(line + 1) if line < doc.lines.line_count else len(doc.source)
            regions.append(_Region(directive, selectors, start, end))
        elif verb == "disable":
            region = _Region(directive, selectors, directive.end, len(doc.source))
            regions.append(region)
            open_regions.append(region)
        else:  # enable
            for region in list(open_regions):
                if not selectors or not region.selectors or set(region.selectors) <= set(selectors):
                    region.end = directive.start
                    open_regions.remove(region)
    return regions, problems
