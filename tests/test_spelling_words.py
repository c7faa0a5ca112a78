"""``copydesk words add``: one command accepts a name for the whole project."""

from __future__ import annotations

from click.testing import CliRunner

import lint
from lint.cli import main
from lint.config import load_settings

TEXT = "Officials met Mr Zyxwvu in Gqeberha to discuss the aquifier."


def test_without_config_creates_word_file_and_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["words", "add", "aquifier", "Zyxwvu"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Added 2 words to .copydesk-words.txt" in result.output
    assert "created copydesk.toml" in result.output
    assert (tmp_path / ".copydesk-words.txt").read_text(encoding="utf-8").split() == ["aquifier", "Zyxwvu"]
    settings = load_settings(cwd=tmp_path)
    assert [p.name for p in settings.dictionaries] == [".copydesk-words.txt"]
    assert [f.code for f in lint.check_text(TEXT, "a.md", settings) if f.code == "T101"] == []


def test_existing_word_file_is_appended_without_duplicates(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "copydesk.toml").write_text('dictionaries = ["names.txt"]\n', encoding="utf-8")
    (tmp_path / "names.txt").write_text("Lerman", encoding="utf-8")  # no final newline
    result = CliRunner().invoke(main, ["words", "add", "Lerman", "Blinken"], catch_exceptions=False)
    assert result.output.strip() == "Added 1 word to names.txt (Lerman already there)."
    assert (tmp_path / "names.txt").read_text(encoding="utf-8") == "Lerman\nBlinken\n"


def test_config_with_tables_gets_the_key_at_top_level(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "copydesk.toml").write_text('dialect = "en-GB"\n\n[rules.T101]\nseverity = "error"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["words", "add", "Gqeberha"], catch_exceptions=False)
    assert "updated copydesk.toml" in result.output
    settings = load_settings(cwd=tmp_path)
    assert settings.dialect == "en-GB" and settings.rules["T101"]["severity"] == "error"
    assert "Gqeberha" in settings.accepted_words()


def test_pyproject_config_is_updated_in_its_tool_table(tmp_path, monkeypatch):
    sub = tmp_path / "articles"
    sub.mkdir()
    monkeypatch.chdir(sub)
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.copydesk]\nselect = ["T"]\n', encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["words", "add", "Zyxwvu"], catch_exceptions=False)
    assert result.exit_code == 0
    assert (tmp_path / ".copydesk-words.txt").exists()  # beside the configuration, not in the cwd
    settings = load_settings(cwd=sub)
    assert settings.select == ["T"] and "Zyxwvu" in settings.accepted_words()
