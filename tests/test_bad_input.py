"""Bad input gets one clear line and the right exit code; other files are still checked."""

from __future__ import annotations

import json

from conftest import write

BAD = "Troops near Kiev\n\nThe army moved closer to Kiev on Tuesday.\n"


def findings(result):
    return json.loads(result.stdout)["findings"]


def test_not_utf8_is_read_as_cp1252_with_a_warning(cli, tmp_path):
    (tmp_path / "a.txt").write_bytes("Café owners in Kiev\n\nPrices rose “sharply”.\n".encode("cp1252"))
    result = cli("check", "a.txt", "--format", "json")
    got = findings(result)
    assert [(f["code"], f["line"]) for f in got] == [("C002", 1), ("S701", 1)]
    assert "cp1252" in got[0]["message"]
    # The fallback decoded the text correctly, so positions are right.
    assert (got[1]["column"], got[1]["end_column"]) == (16, 20)


def test_binary_file_is_skipped_with_a_notice_and_others_checked(cli, tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write(tmp_path / "b.txt", BAD)
    result = cli("check", "photo.txt", "b.txt")
    assert result.exit_code == 1
    assert "photo.txt: skipped: binary file" in result.stderr
    assert "b.txt:1:13: S701" in result.stdout
    assert "Traceback" not in result.stderr


def test_empty_file_is_clean(cli, tmp_path):
    write(tmp_path / "empty.md", "")
    write(tmp_path / "blank.txt", "\n\n  \n")
    result = cli("check", "empty.md", "blank.txt")
    assert result.exit_code == 0
    assert "2 files checked" in result.stdout


def test_crlf_lines_and_columns(cli, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"Headline\r\n\r\nFirst line.\r\nThey fled Kiev today.\r\n")
    got = findings(cli("check", "a.txt", "--format", "json"))
    f = got[0]
    assert (f["line"], f["column"], f["end_line"], f["end_column"]) == (4, 11, 4, 15)
    text = (tmp_path / "a.txt").read_bytes().decode()
    assert text[f["start"] : f["end"]] == "Kiev"


def test_utf8_bom(cli, tmp_path):
    (tmp_path / "a.txt").write_bytes("\ufeffKiev news\n\nBody.\n".encode())
    f = findings(cli("check", "a.txt", "--format", "json"))[0]
    assert (f["line"], f["column"], f["start"]) == (1, 1, 0)


def test_five_megabyte_file(cli, tmp_path):
    import random

    rng = random.Random(5)
    vocabulary = [
        "the",
        "committee",
        "met",
        "again",
        "on",
        "tuesday",
        "to",
        "discuss",
        "budget",
        "and",
        "members",
        "agreed",
        "meet",
        "next",
        "week",
        "council",
    ]
    paragraphs = []
    size = 0
    while size < 5 * 1024 * 1024:
        sentence = " ".join(rng.choice(vocabulary) for _ in range(18)).capitalize() + "."
        paragraph = " ".join([sentence] * 3)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    write(tmp_path / "big.txt", "Headline\n\n" + "\n\n".join(paragraphs) + "\n\nThey fled Kiev.\n")
    result = cli("check", "big.txt", "--format", "json", "--select", "S701")
    assert result.exit_code == 1
    [finding] = findings(result)
    assert (finding["code"], finding["line"]) == ("S701", 2 * len(paragraphs) + 3)
    # Every default rule also gets through it (R201-style repeats, long paragraphs and all).
    assert cli("check", "big.txt", "--quiet").exit_code == 1


def test_missing_path_exits_2_and_other_files_are_checked(cli, tmp_path):
    write(tmp_path / "b.txt", BAD)
    result = cli("check", "nope.txt", "b.txt")
    assert result.exit_code == 2
    assert "nope.txt: no such file or directory" in result.stderr
    assert "b.txt:1:13: S701" in result.stdout


def test_missing_path_exits_2_even_with_exit_zero(cli, tmp_path):
    assert cli("check", "nope.txt", "--exit-zero").exit_code == 2


def test_unknown_config_key(cli, tmp_path):
    write(tmp_path / "copydesk.toml", "colour = true\n")
    write(tmp_path / "a.txt", BAD)
    result = cli("check", "a.txt")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"copydesk: error: {tmp_path / 'copydesk.toml'}: unknown setting 'colour'"


def test_unreadable_file_is_skipped_with_a_notice(cli, tmp_path):
    import os

    path = write(tmp_path / "locked.txt", BAD)
    path.chmod(0)
    if os.access(path, os.R_OK):  # root can read anything
        return
    result = cli("check", "locked.txt")
    assert "locked.txt: cannot read" in result.stderr


def test_unwritable_output_is_one_line_and_exit_2(cli, tmp_path):
    write(tmp_path / "a.txt", BAD)
    result = cli("check", "a.txt", "--output", "no/such/folder/report.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith("copydesk: error: cannot write no/such/folder/report.txt")
    assert "Traceback" not in result.stderr
