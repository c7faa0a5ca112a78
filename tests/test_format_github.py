"""GitHub workflow commands: escaped as GitHub's toolkit does, and never rejected by the runner."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from lint.catalog import load_catalog
from lint.cli import main
from lint.engine import Report
from lint.finding import Finding, LineIndex, Severity
from lint.report import RenderContext, render
from lint.report.github import escape_data, escape_property

TEXT = "Troops near Kyiv\n\nTroops massed outside Kiev on Tuesday.\n\nThe mayor spoke at length\nabout the siege.\n"


def finding(path: str, severity: Severity, start: int, end: int, message: str = "msg", **kw) -> Finding:
    return Finding(path, "S702", "cliches", severity, message, start, end, **kw).locate(LineIndex(TEXT))


def lines(findings: list[Finding], root: Path) -> list[str]:
    report = Report(findings=findings, files_checked=1)
    return render("github", report, RenderContext(load_catalog(), root)).splitlines()


def parse(line: str) -> tuple[str, dict[str, str], str]:
    """Read a workflow command back the way the runner does (ActionCommand.cs)."""
    assert line.startswith("::")
    head, _, data = line[2:].partition("::")
    name, _, props = head.partition(" ")
    fields = dict(p.split("=", 1) for p in props.split(",")) if props else {}
    return name, {k: _unescape_property(v) for k, v in fields.items()}, _unescape_data(data)


def _unescape_data(s: str) -> str:
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def _unescape_property(s: str) -> str:
    return _unescape_data(s.replace("%3A", ":").replace("%2C", ","))


def test_escaping_matches_the_toolkit():
    assert escape_data("50% up\r\nnext: a, b") == "50%25 up%0D%0Anext: a, b"
    assert escape_property("50% up\r\nnext: a, b") == "50%25 up%0D%0Anext%3A a%2C b"
    # "%" goes first, so an escape sequence already in the text survives the round trip.
    assert escape_data("%0A") == "%250A"


def test_one_line_finding(tmp_path):
    start = TEXT.index("Kiev")
    [line] = lines([finding(str(tmp_path / "a.md"), Severity.WARNING, start, start + 4)], tmp_path)
    assert line == "::warning file=a.md,line=3,col=23,endLine=3,endColumn=27,title=S702::msg"


def test_multi_line_range_leaves_out_columns(tmp_path):
    start, end = TEXT.index("mayor"), TEXT.index("siege") + 5
    [line] = lines([finding(str(tmp_path / "a.md"), Severity.WARNING, start, end)], tmp_path)
    command, props, _ = parse(line)
    assert command == "warning"
    assert props == {"file": "a.md", "line": "5", "endLine": "6", "title": "S702"}


def test_severities_map_to_commands(tmp_path):
    path = str(tmp_path / "a.md")
    out = lines([finding(path, s, 0, 1) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)], tmp_path)
    assert [parse(line)[0] for line in out] == ["error", "warning", "notice"]


def test_awkward_message_and_path_round_trip(tmp_path):
    folder = tmp_path / "desk, 2:night"
    message = "Cut 50%:\nsecond line, really\r"
    f = finding(str(folder / "café, 1.md"), Severity.WARNING, 0, 6, message, suggestions=["Soldiers"])
    [line] = lines([f], tmp_path)
    assert "\n" not in line and "\r" not in line
    _, props, data = parse(line)
    assert props["file"] == "desk, 2:night/café, 1.md"
    assert (props["line"], props["col"], props["endColumn"]) == ("1", "1", "7")
    assert data == message + " (suggestion: 'Soldiers')"


def test_detail_code_in_title_and_no_file_for_a_run_level_crash(tmp_path):
    lt = finding(str(tmp_path / "a.md"), Severity.WARNING, 0, 1, detail_code="EN_A_VS_AN")
    crash = Finding("", "C000", "internal-error", Severity.ERROR, "Internal error: boom", 0, 0)
    first, second = lines([lt, crash], tmp_path)
    assert parse(first)[1]["title"] == "S702[EN_A_VS_AN]"
    assert second == "::error title=C000::Internal error: boom"


def test_cli_prints_one_command_per_finding(tmp_path, monkeypatch):
    (tmp_path / "story.md").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "--select", "S701", "--format", "github", "story.md"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "::warning file=story.md,line=3,col=23,endLine=3,endColumn=27,title=S701::Use 'Kyiv' rather than 'Kiev'."
    ]
