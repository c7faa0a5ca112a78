"""Every rule's documented examples run as tests, so its docs cannot drift from its behaviour."""

from __future__ import annotations

import pytest

from lint.catalog import load_builtin
from lint.engine import Engine
from lint.sources import Source, decode

RULES = load_builtin()


def findings_for(rule, example):
    engine = Engine(example_settings(rule))
    if example.encoding:
        text, warning = decode(example.text.encode(example.encoding))
    else:
        text, warning = example.text, None
    return [f.code for f in engine.check_source(Source(example.path, text, warning))]


def example_settings(rule):
    from lint.config import Settings

    if rule.check == "grammar":
        # LanguageTool rules run offline against the suite's fake server (tests/fake_languagetool.py);
        # a language variant, so that LanguageTool's speller (G506) runs too.
        from fake_languagetool import shared_server

        return Settings(select=[rule.code], languagetool={"server": shared_server().url, "language": "en-GB"})
    # C001 needs the rule its example suppresses to be active too.
    extra = ["S701"] if rule.code.startswith("C") else []
    return Settings(select=[rule.code, *extra])


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.code}-{r.name}")
def test_rule_has_examples(rule):
    assert rule.flag, f"{rule.code} has no example it must flag"
    assert rule.passes, f"{rule.code} has no example it must pass"


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, e) for r in RULES for e in r.flag],
    ids=lambda v: getattr(v, "code", None) or repr(getattr(v, "text", ""))[:40],
)
def test_flag_examples_are_flagged(rule, example):
    assert rule.code in findings_for(rule, example), f"{rule.code} did not flag {example.text!r}"


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, e) for r in RULES for e in r.passes],
    ids=lambda v: getattr(v, "code", None) or repr(getattr(v, "text", ""))[:40],
)
def test_pass_examples_pass(rule, example):
    assert rule.code not in findings_for(rule, example), f"{rule.code} flagged {example.text!r}"
