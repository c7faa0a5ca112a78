"""Baselines hide known findings by their text and context, not by line number."""

from __future__ import annotations

import json

from conftest import write

ARTICLE = "Troops near Kiev\n\nThe army moved closer to Kiev on Tuesday.\n"


def test_baseline_hides_recorded_findings_even_after_edits_elsewhere(cli, tmp_path):
    article = write(tmp_path / "a.txt", ARTICLE)
    result = cli("check", "a.txt", "--write-baseline", "baseline.json")
    assert result.exit_code == 0
    assert len(json.loads((tmp_path / "baseline.json").read_text())["findings"]) == 2
    assert cli("check", "a.txt", "--baseline", "baseline.json").exit_code == 0
    # Lines added above move every finding; the baseline still matches them.
    article.write_text(
        "Troops near Kiev\n\nA new first paragraph.\n\nAnother.\n\nThe army moved closer to Kiev on Tuesday.\n"
    )
    assert cli("check", "a.txt", "--baseline", "baseline.json").exit_code == 0


def test_new_finding_is_not_hidden_by_the_baseline(cli, tmp_path):
    article = write(tmp_path / "a.txt", ARTICLE)
    cli("check", "a.txt", "--write-baseline", "baseline.json")
    article.write_text(ARTICLE + "\nPeople left Kharkov at dawn.\n")
    result = cli("check", "a.txt", "--baseline", "baseline.json", "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [f["suggestions"] for f in findings] == [["Kharkiv"]]
    assert result.exit_code == 1


def test_second_copy_of_an_old_problem_is_new(cli, tmp_path):
    article = write(tmp_path / "a.txt", "Headline\n\nThey fled Kiev.\n")
    cli("check", "a.txt", "--write-baseline", "baseline.json")
    article.write_text("Headline\n\nThey fled Kiev.\n\nThey fled Kiev.\n")
    findings = json.loads(cli("check", "a.txt", "--baseline", "baseline.json", "--format", "json").stdout)["findings"]
    assert len(findings) == 1


def test_broken_baseline_is_a_usage_error(cli, tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "baseline.json", "{not json")
    result = cli("check", "a.txt", "--baseline", "baseline.json")
    assert result.exit_code == 2 and "not a copydesk baseline" in result.stderr
