"""Suppression comments, and the report of those that suppress nothing."""

from __future__ import annotations

import lint
from lint.config import Settings


def check(text: str, *codes: str):
    settings = Settings(select=list(codes) or None)
    return [(f.line, f.code) for f in lint.check_text(text, "a.md", settings)]


def test_disable_next_line():
    text = "# Kiev\n\n<!-- copydesk: disable-next-line S701 -->\nKiev here.\n\nKiev there.\n"
    assert check(text) == [(1, "S701"), (6, "S701")]


def test_disable_and_enable_region_by_name():
    text = (
        "Kiev one.\n\n<!-- copydesk: disable preferred-place-names -->\n\nKiev two.\n\nKiev three.\n\n"
        "<!-- copydesk: enable -->\n\nKiev four.\n"
    )
    assert check(text) == [(1, "S701"), (11, "S701")]


def test_disable_without_codes_disables_everything_to_the_end():
    text = "A spokesman in Kiev.\n\n<!-- copydesk: disable -->\n\nA spokesman in Kiev.\n"
    assert check(text, "S701", "S704") == [(1, "S704"), (1, "S701")]


def test_disable_one_rule_keeps_the_others():
    text = "<!-- copydesk: disable S704 -->\nA spokesman in Kiev.\n"
    assert check(text, "S701", "S704") == [(2, "S701")]


def test_unused_suppression_is_reported():
    text = "<!-- copydesk: disable-next-line S701 -->\nAll quiet in Kyiv.\n"
    findings = lint.check_text(text, "a.md")
    assert [(f.code, f.severity.value, f.line) for f in findings] == [("C001", "info", 1)]
    assert "S701" in findings[0].message


def test_partly_unused_suppression_names_the_unused_rule():
    text = "<!-- copydesk: disable-next-line S701, S704 -->\nQuiet in Kiev.\n"
    findings = lint.check_text(text, "a.md", Settings(select=["S701", "S704", "C001"]))
    assert [f.code for f in findings] == ["C001"]
    assert "S704" in findings[0].message and "S701" not in findings[0].message


def test_suppression_of_a_rule_that_is_off_is_not_unused():
    text = "<!-- copydesk: disable-next-line S702 -->\nQuiet in Kyiv.\n"
    assert check(text) == []


def test_misspelt_directive_is_reported():
    text = "<!-- copydesk: disabel S701 -->\nKiev.\n"
    assert check(text) == [(1, "C003"), (2, "S701")]


def test_directives_in_plain_text_files():
    text = "Headline\n\n<!-- copydesk: disable-next-line S701 -->\nKiev here.\n"
    assert [f.code for f in lint.check_text(text, "a.txt")] == []
