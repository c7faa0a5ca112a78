"""SARIF output: valid against the official 2.1.0 schema, and usable by GitHub code scanning."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest
from click.testing import CliRunner

import lint
from lint.catalog import load_catalog
from lint.cli import main
from lint.config import Settings
from lint.finding import Finding, LineIndex, Related, Severity
from lint.report import RenderContext, render
from lint.ruledoc import rule_markdown

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
ARTICLE = "Troops near Kiev\n\nTroops massed outside Kiev on Tuesday.\n\nThe mayor spoke at length\nabout the siege.\n"
#: Characters a relative URI may hold unescaped (RFC 3986 unreserved, "/" and percent-escapes).
URI_CHARS = re.compile(r"^(?:[A-Za-z0-9._~/-]|%[0-9A-F]{2})+$")


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "news desk" / "Kiev café.md"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def report_for(paths, root: Path, extra: list[Finding] = ()):
    report = lint.check_paths([str(p) for p in paths], Settings(root=root, select=["S701"]))
    report.findings.extend(extra)
    return report


def sarif(report, root: Path) -> dict:
    text = render("sarif", report, RenderContext(load_catalog(), root))
    return json.loads(text)


def located(path: Path, code: str, name: str, severity: Severity, start: int, end: int, **kw) -> Finding:
    text = path.read_text(encoding="utf-8")
    return Finding(str(path), code, name, severity, "msg", start, end, **kw).locate(LineIndex(text))


@pytest.fixture
def log(article, tmp_path) -> dict:
    """Real S701 findings (with suggestions), plus a two-line finding with a related location and a crash."""
    text = ARTICLE
    start = text.index("mayor")
    end = text.index("siege") + len("siege")
    body = text.index("Troops massed")
    related = Related(str(article), body, body + 6, 3, 1, "First mention.")
    extra = [
        located(article, "S702", "cliches", Severity.INFO, start, end, related=[related], fingerprint="the mayor"),
        located(article, "C000", "internal-error", Severity.ERROR, 0, 0, fingerprint=""),
        # A check that crashed in its end-of-run hook has no file to point at.
        Finding("", "C000", "internal-error", Severity.ERROR, "Internal error: boom", 0, 0, line=1, column=1),
    ]
    return sarif(report_for([article], tmp_path, extra), tmp_path)


def results_by_code(log: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for result in log["runs"][0]["results"]:
        out.setdefault(result["ruleId"], []).append(result)
    return out


def test_validates_against_the_official_schema(log):
    validator = jsonschema.validators.validator_for(SCHEMA)
    validator.check_schema(SCHEMA)
    errors = sorted(validator(SCHEMA).iter_errors(log), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    assert log["version"] == "2.1.0"
    # The schema really is enforced: a region must start on line 1 or later.
    broken = json.loads(json.dumps(log))
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    assert not validator(SCHEMA).is_valid(broken)


def test_run_describes_the_tool_and_its_columns(log):
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "copydesk"
    assert driver["version"] == lint.__version__
    assert driver["informationUri"].startswith("https://")
    assert run["columnKind"] == "unicodeCodePoints"


def test_rules_carry_help_for_every_reported_code(log):
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["C000", "S701", "S702"]
    s701 = rules[1]
    catalog_rule = load_catalog().get("S701")
    assert s701["name"] == "preferred-place-names"
    assert s701["shortDescription"]["text"] == catalog_rule.summary
    assert "Kyiv" in s701["fullDescription"]["text"]
    assert s701["help"]["markdown"] == rule_markdown(catalog_rule)
    assert s701["help"]["text"]
    assert s701["defaultConfiguration"]["level"] == "warning"
    assert "house style" in s701["properties"]["tags"]
    internal = rules[0]
    assert internal["name"] == "internal-error"
    assert internal["defaultConfiguration"]["level"] == "error"
    assert "bug" in internal["help"]["markdown"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_levels_follow_severity(log):
    levels = {code: {r["level"] for r in rs} for code, rs in results_by_code(log).items()}
    assert levels == {"S701": {"warning"}, "S702": {"note"}, "C000": {"error"}}


def test_location_is_repo_relative_percent_encoded_and_exact(log, article, tmp_path):
    first = results_by_code(log)["S701"][1]  # the one in the body, line 3
    physical = first["locations"][0]["physicalLocation"]
    uri = physical["artifactLocation"]["uri"]
    assert physical["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    assert URI_CHARS.match(uri), uri
    assert unquote(uri) == "news desk/Kiev café.md"
    assert (tmp_path / unquote(uri)).is_file()
    root_uri = log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert root_uri.startswith("file://") and root_uri.endswith("/")

    region = physical["region"]
    line = ARTICLE.splitlines()[region["startLine"] - 1]
    assert (region["startLine"], region["endLine"]) == (3, 3)
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "Kiev"
    assert ARTICLE[region["charOffset"] : region["charOffset"] + region["charLength"]] == "Kiev"


def test_multi_line_region_and_related_location(log):
    result = results_by_code(log)["S702"][0]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (5, 5)
    assert (region["endLine"], region["endColumn"]) == (6, 16)
    flagged = ARTICLE[region["charOffset"] : region["charOffset"] + region["charLength"]]
    assert flagged == "mayor spoke at length\nabout the siege"
    [related] = result["relatedLocations"]
    assert related["message"]["text"] == "First mention."
    related_region = related["physicalLocation"]["region"]
    assert (related_region["startLine"], related_region["startColumn"]) == (3, 1)
    assert ARTICLE[related_region["charOffset"] :].startswith("Troops massed")
    assert unquote(related["physicalLocation"]["artifactLocation"]["uri"]) == "news desk/Kiev café.md"


def test_suggestions_become_fixes(log):
    result = results_by_code(log)["S701"][0]
    [fix] = result["fixes"]
    [change] = fix["artifactChanges"]
    [replacement] = change["replacements"]
    assert replacement["insertedContent"]["text"] == "Kyiv"
    assert replacement["deletedRegion"] == result["locations"][0]["physicalLocation"]["region"]
    assert change["artifactLocation"] == result["locations"][0]["physicalLocation"]["artifactLocation"]


def test_crash_makes_the_run_unsuccessful(log):
    [invocation] = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    in_file, run_level = results_by_code(log)["C000"]
    assert in_file["locations"][0]["physicalLocation"]["region"]["startLine"] == 1
    assert "locations" not in run_level
    assert run_level["message"]["text"] == "Internal error: boom"


def test_fingerprints_are_hashed_unique_and_stable(tmp_path):
    # The same sentence many times: the middle copies have identical text and context.
    path = tmp_path / "repeat.md"
    path.write_text("Troops massed outside Kiev again. " * 8 + "\n", encoding="utf-8")
    first = sarif(report_for([path], tmp_path), tmp_path)
    second = sarif(report_for([path], tmp_path), tmp_path)
    prints = [r["partialFingerprints"]["copydesk/v1"] for r in first["runs"][0]["results"]]
    assert len(prints) == 8
    assert len(set(prints)) == 8
    assert prints == [r["partialFingerprints"]["copydesk/v1"] for r in second["runs"][0]["results"]]
    assert not any("Kiev" in p for p in prints)


def test_path_outside_the_root_is_an_absolute_file_uri(article, tmp_path):
    root = tmp_path / "elsewhere"
    root.mkdir()
    log = sarif(report_for([article], root), root)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert "uriBaseId" not in location
    assert location["uri"].startswith("file:///")
    assert location["uri"].endswith("Kiev%20caf%C3%A9.md")


def test_clean_run_is_valid_and_empty(tmp_path):
    path = tmp_path / "clean.md"
    path.write_text("Troops massed outside Kyiv on Tuesday.\n", encoding="utf-8")
    log = sarif(report_for([path], tmp_path), tmp_path)
    validator = jsonschema.validators.validator_for(SCHEMA)(SCHEMA)
    assert validator.is_valid(log)
    assert log["runs"][0]["results"] == []
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_cli_writes_sarif(tmp_path, monkeypatch, article):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "copydesk.sarif"
    result = CliRunner().invoke(main, ["check", "--select", "S701", "--format", "sarif", "-o", str(out), "."])
    assert result.exit_code == 1, result.output
    log = json.loads(out.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(SCHEMA)(SCHEMA)
    assert validator.is_valid(log)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert uris == {"news%20desk/Kiev%20caf%C3%A9.md"}
