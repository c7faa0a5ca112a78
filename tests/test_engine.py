"""The engine: library API, crashing rules, parallel runs, user rule files."""

from __future__ import annotations

import json
import sys
import types

import pytest
from conftest import write

import lint
from lint.catalog import CHECKS
from lint.config import Settings
from lint.errors import ConfigError

BAD = "Troops near Kiev\n\nThe army moved closer to Kiev on Tuesday.\n"


def test_check_text_returns_located_findings():
    findings = lint.check_text(BAD, "story.txt")
    assert [(f.code, f.line, f.column, f.end_column) for f in findings] == [("S701", 1, 13, 17), ("S701", 3, 26, 30)]
    assert all(BAD[f.start : f.end] == "Kiev" for f in findings)


def test_check_paths_reports_findings_and_missing_paths(tmp_path):
    write(tmp_path / "a.txt", BAD)
    report = lint.check_paths([tmp_path / "a.txt", tmp_path / "missing.txt"])
    assert report.files_checked == 1
    assert len(report.findings) == 2
    assert report.errors == [f"{tmp_path / 'missing.txt'}: no such file or directory"]


def test_parse_exposes_headline_paragraphs_sentences_words():
    doc = lint.parse(BAD, "a.txt")
    assert doc.headline.text == "Troops near Kiev"
    assert [p.text for p in doc.paragraphs] == ["The army moved closer to Kiev on Tuesday."]
    assert doc.sentences[1].start == BAD.index("The")
    assert doc.words[0].text == "Troops"


@pytest.fixture
def crashing_check(monkeypatch):
    """A check module that raises, wired to S702 through the registry."""
    module = types.ModuleType("lint.checks.crashy")

    def check(doc, rules, ctx):
        raise ZeroDivisionError("boom")

    module.check = check
    monkeypatch.setitem(sys.modules, "lint.checks.crashy", module)
    monkeypatch.setitem(CHECKS, "crashy", "lint.checks.crashy")
    from lint.catalog import load_builtin

    rule = next(r for r in load_builtin() if r.code == "S702")
    monkeypatch.setattr(rule, "check", "crashy")
    monkeypatch.setattr(rule, "enabled", True)


def test_crashing_rule_becomes_internal_error_and_others_still_run(cli, tmp_path, crashing_check):
    write(tmp_path / "a.txt", BAD)
    write(tmp_path / "b.txt", BAD)
    result = cli("check", "a.txt", "b.txt", "--format", "json")
    assert result.exit_code == 2
    got = json.loads(result.stdout)["findings"]
    assert [f["code"] for f in got if f["path"] == "a.txt"] == ["C000", "S701", "S701"]
    assert [f["code"] for f in got if f["path"] == "b.txt"] == ["C000", "S701", "S701"]
    assert "ZeroDivisionError: boom" in got[0]["message"]


def test_crash_exits_2_even_with_exit_zero(cli, tmp_path, crashing_check):
    write(tmp_path / "a.txt", BAD)
    assert cli("check", "a.txt", "--exit-zero").exit_code == 2


def test_jobs_give_the_same_findings(cli, tmp_path):
    for i in range(6):
        write(tmp_path / f"a{i}.txt", BAD if i % 2 else BAD.replace("Kiev", "Kyiv"))
    one = json.loads(cli("check", ".", "--format", "json").stdout)
    many = json.loads(cli("check", ".", "--format", "json", "--jobs", "2").stdout)
    assert one["findings"] == many["findings"]
    assert len(one["findings"]) == 6


USER_RULES = """
code = "S790"
name = "house-brexit"
check = "substitution"
severity = "error"
summary = "House spelling."
[options]
swap = { "Brexiteer" = "Brexiter" }
"""


def test_user_rule_files_of_the_data_driven_kinds(cli, tmp_path):
    write(tmp_path / "house" / "S790.toml", USER_RULES)
    write(
        tmp_path / "house" / "S791.toml",
        'code = "S791"\nname = "no-slams"\ncheck = "existence"\n[options]\ntokens = ["slams", "blasts"]\n'
        "message = \"Headline verb '{match}' overstates.\"\n",
    )
    write(tmp_path / "copydesk.toml", 'rule-paths = ["house"]\n')
    write(tmp_path / "a.txt", "Minister slams Brexiteer\n\nBody.\n")
    findings = json.loads(cli("check", "a.txt", "--format", "json").stdout)["findings"]
    assert [(f["code"], f["severity"], f["message"]) for f in findings] == [
        ("S791", "warning", "Headline verb 'slams' overstates."),
        ("S790", "error", "Use 'Brexiter' rather than 'Brexiteer'."),
    ]
    assert "S790  house-brexit" in cli("rules").stdout


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (
            'code = "S792"\nname = "bad"\ncheck = "existence"\n[options]\npatterns = ["(unclosed"]\n',
            "rule S792: bad pattern",
        ),
        ('code = "S793"\nname = "py"\ncheck = "spelling"\n', "user rules must use a data-driven check"),
        ('code = "S794"\nname = "x"\ncheck = "existence"\nrun = "os.system"\n', "unknown key 'run'"),
        ('code = "S701"\nname = "dup"\ncheck = "existence"\n[options]\ntokens = ["x"]\n', "'S701' is already defined"),
        ('code = "S795"\nname = "x"\ncheck = "substitution"\n[options]\nswap = { a = 1 }\n', "needs a 'swap' table"),
    ],
)
def test_bad_user_rule_is_a_config_error_naming_file_and_rule(cli, tmp_path, rule, message):
    write(tmp_path / "house" / "bad.toml", rule)
    write(tmp_path / "copydesk.toml", 'rule-paths = ["house"]\n')
    write(tmp_path / "a.txt", BAD)
    result = cli("check", "a.txt")
    assert result.exit_code == 2
    assert message in result.stderr
    assert "bad.toml" in result.stderr


def test_missing_rule_path_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        Settings(rule_paths=[tmp_path / "nope"]).catalog()
