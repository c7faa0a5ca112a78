"""The command line as a user meets it: output shape, selection, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import REPO, write

from lint import __version__

BAD = "Troops near Kiev\n\nThe army moved closer to Kiev on Tuesday.\n"
CLEAN = "Troops near Kyiv\n\nThe army moved closer to Kyiv on Tuesday.\n"


def test_text_output_is_linter_style_with_summary(cli, tmp_path):
    write(tmp_path / "a.txt", BAD)
    result = cli("check", "a.txt")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "a.txt:1:13: S701 Use 'Kyiv' rather than 'Kiev'."
    assert lines[1] == "a.txt:3:26: S701 Use 'Kyiv' rather than 'Kiev'."
    assert lines[-1] == "Found 2 problems (2 warnings) in 1 of 1 file checked."


def test_clean_file_exits_zero(cli, tmp_path):
    write(tmp_path / "a.txt", CLEAN)
    result = cli("check", "a.txt")
    assert result.exit_code == 0
    assert result.stdout.strip() == "All checks passed! (1 file checked)"


def test_folders_recurse_over_articles_skipping_hidden_vcs_and_excluded(cli, tmp_path):
    write(tmp_path / "news" / "a.md", BAD)
    write(tmp_path / "news" / "deep" / "b.markdown", BAD)
    write(tmp_path / "news" / "c.txt", BAD)
    write(tmp_path / "news" / "notes.rst", BAD)
    write(tmp_path / "news" / ".git" / "d.txt", BAD)
    write(tmp_path / "news" / ".drafts" / "e.txt", BAD)
    write(tmp_path / "news" / "archive" / "f.txt", BAD)
    write(tmp_path / "copydesk.toml", 'exclude = ["archive"]\n')
    result = cli("check", "news", "--format", "json")
    paths = {f["path"] for f in json.loads(result.stdout)["findings"]}
    assert paths == {
        os.path.join("news", "a.md"),
        os.path.join("news", "deep", "b.markdown"),
        os.path.join("news", "c.txt"),
    }


def test_select_ignore_and_extend_select_by_code_name_and_prefix(cli, tmp_path):
    write(tmp_path / "a.txt", BAD + "\nA spokesman said so.\n")
    assert cli("check", "a.txt", "--ignore", "S701").exit_code == 0
    assert cli("check", "a.txt", "--ignore", "preferred-place-names").exit_code == 0
    assert cli("check", "a.txt", "--ignore", "S").exit_code == 0
    out = cli("check", "a.txt", "--extend-select", "gendered-titles", "--format", "json").stdout
    assert {f["code"] for f in json.loads(out)["findings"]} == {"S701", "S704"}
    out = cli("check", "a.txt", "--select", "S704", "--format", "json").stdout
    assert {f["code"] for f in json.loads(out)["findings"]} == {"S704"}


def test_unknown_rule_on_command_line_is_a_usage_error(cli, tmp_path):
    write(tmp_path / "a.txt", CLEAN)
    result = cli("check", "a.txt", "--select", "Z999")
    assert result.exit_code == 2
    assert "unknown rule 'Z999'" in result.stderr
    assert "Traceback" not in result.stderr


def test_fail_on_and_exit_zero(cli, tmp_path):
    write(tmp_path / "a.txt", BAD)
    assert cli("check", "a.txt", "--fail-on", "error").exit_code == 0
    assert cli("check", "a.txt", "--fail-on", "info").exit_code == 1
    assert cli("check", "a.txt", "--exit-zero").exit_code == 0


def test_json_output_contract(cli, tmp_path):
    write(tmp_path / "a.txt", BAD)
    data = json.loads(cli("check", "a.txt", "--format", "json").stdout)
    assert data["version"] == 1
    finding = data["findings"][0]
    assert set(finding) >= {
        "path", "line", "column", "end_line", "end_column", "start", "end",
        "code", "name", "severity", "message", "suggestions", "related",
    }  # fmt: skip
    assert finding["start"] == BAD.index("Kiev") and finding["end"] == finding["start"] + 4
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (1, 13, 1, 17)
    assert finding["suggestions"] == ["Kyiv"]
    assert data["summary"]["findings"] == 2
    assert data["summary"]["by_severity"]["warning"] == 2
    assert data["summary"]["files_checked"] == 1


def test_output_file(cli, tmp_path):
    write(tmp_path / "a.txt", BAD)
    result = cli("check", "a.txt", "--format", "json", "--output", "report.json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert json.loads((tmp_path / "report.json").read_text())["summary"]["findings"] == 2


def test_quiet_prints_findings_only(cli, tmp_path):
    write(tmp_path / "a.txt", BAD)
    result = cli("check", "-q", "a.txt")
    assert len(result.stdout.splitlines()) == 2
    assert "Found" not in result.stdout


def test_stdin_with_filename(cli, tmp_path):
    result = cli("check", "-", "--stdin-filename", "story.md", "--format", "json", input=BAD)
    data = json.loads(result.stdout)
    assert {f["path"] for f in data["findings"]} == {"story.md"}
    assert result.exit_code == 1


def test_rules_lists_every_rule_with_state(cli):
    result = cli("rules")
    assert result.exit_code == 0
    rows = {line.split()[0]: line.split() for line in result.stdout.splitlines()}
    assert rows["S701"][1:4] == ["preferred-place-names", "on", "warning"]
    assert rows["S702"][1:4] == ["cliches", "off", "info"]


def test_rules_reflect_configuration(cli, tmp_path):
    write(tmp_path / "copydesk.toml", 'extend-select = ["S702"]\n[rules.S701]\nseverity = "error"\n')
    data = {r["code"]: r for r in json.loads(cli("rules", "--format", "json").stdout)}
    assert data["S702"]["enabled"] is True
    assert data["S701"]["severity"] == "error"


def test_rule_documentation_by_code_and_name(cli):
    by_code = cli("rule", "S701")
    by_name = cli("rule", "preferred-place-names")
    assert by_code.exit_code == 0 and by_code.stdout == by_name.stdout
    for heading in ("## What it finds", "## Why it matters", "## How to fix it"):
        assert heading in by_code.stdout
    unknown = cli("rule", "nope")
    assert unknown.exit_code == 2 and "unknown rule 'nope'" in unknown.stderr


def test_version(cli):
    assert cli("--version").stdout.strip() == f"copydesk {__version__}"


def test_color_only_on_request_of_a_terminal(cli, tmp_path):
    write(tmp_path / "a.txt", BAD)
    # CliRunner's stdout is not a terminal: no escape codes.
    assert "\x1b[" not in cli("check", "a.txt").stdout


def _subprocess(args, cwd, **kwargs):
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.update(kwargs.pop("env", {}))
    return subprocess.run(
        [sys.executable, "-m", "lint", *args], cwd=cwd, env=env, capture_output=True, text=True, **kwargs
    )


def test_colour_on_a_terminal_and_no_color(tmp_path):
    write(tmp_path / "a.txt", BAD)
    code, out = _run_on_tty(["check", "a.txt"], tmp_path, "stdout")
    assert code == 1 and "\x1b[" in out
    code, out = _run_on_tty(["check", "a.txt"], tmp_path, "stdout", {"NO_COLOR": "1"})
    assert code == 1 and "\x1b[" not in out and "S701" in out


def test_subprocess_exit_codes_and_stdin(tmp_path):
    write(tmp_path / "a.txt", BAD)
    assert _subprocess(["check", "a.txt"], tmp_path).returncode == 1
    proc = _subprocess(["check", "-", "--stdin-filename", "x.txt"], tmp_path, input=CLEAN)
    assert proc.returncode == 0, proc.stderr


def _run_on_tty(args, cwd, stream: str, env: dict | None = None):
    """Run copydesk with ``stream`` ("stdout" or "stderr") on a terminal; return (exit code, what it showed)."""
    import pty

    master, slave = pty.openpty()
    full_env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    full_env.update(PYTHONPATH=str(REPO), **(env or {}))
    streams = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, stream: slave}
    proc = subprocess.run([sys.executable, "-m", "lint", *args], cwd=cwd, env=full_env, **streams)
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    return proc.returncode, shown.decode()


def test_progress_bar_on_a_terminal_for_many_files(tmp_path):
    for i in range(25):
        write(tmp_path / f"a{i:02}.txt", CLEAN)
    code, shown = _run_on_tty(["check", "."], tmp_path, "stderr")
    assert code == 0 and "Checking" in shown and "25/25" in shown
    code, shown = _run_on_tty(["check", "--quiet", "."], tmp_path, "stderr")
    assert "Checking" not in shown


def test_no_progress_bar_for_a_few_files(tmp_path):
    write(tmp_path / "a.txt", CLEAN)
    _, shown = _run_on_tty(["check", "."], tmp_path, "stderr")
    assert "Checking" not in shown
