"""Configuration: found like ruff's, validated strictly, errors name the key and the file."""

from __future__ import annotations

import json

import pytest
from conftest import write

from lint.config import load_settings
from lint.errors import ConfigError

BAD = "Troops near Kiev\n\nA spokesman said so.\n"


def codes(result) -> set[str]:
    return {f["code"] for f in json.loads(result.stdout)["findings"]}


@pytest.mark.parametrize("name", ["copydesk.toml", ".copydesk.toml"])
def test_copydesk_toml_is_found_from_a_subfolder(cli, tmp_path, name, monkeypatch):
    write(tmp_path / name, 'select = ["S704"]\n')
    write(tmp_path / "news" / "a.txt", BAD)
    monkeypatch.chdir(tmp_path / "news")
    result = cli("check", "a.txt", "--format", "json")
    assert codes(result) == {"S704"}


def test_pyproject_tool_table(cli, tmp_path):
    write(
        tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.copydesk]\nextend-select = ["gendered-titles"]\n'
    )
    write(tmp_path / "a.txt", BAD)
    assert codes(cli("check", "a.txt", "--format", "json")) == {"S701", "S704"}


def test_pyproject_without_tool_table_is_passed_over(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    assert load_settings(cwd=tmp_path).source is None


def test_explicit_config_option(cli, tmp_path):
    write(tmp_path / "elsewhere" / "house.toml", 'ignore = ["S701"]\n')
    write(tmp_path / "a.txt", BAD)
    assert cli("check", "a.txt", "--config", "elsewhere/house.toml").exit_code == 0


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ('selec = ["T101"]\n', "unknown setting 'selec'"),
        ('select = ["Z999"]\n', "unknown rule 'Z999'"),
        ('fail-on = "sometimes"\n', "unknown severity 'sometimes'"),
        ("[rules.nope]\nx = 1\n", "unknown rule 'nope'"),
        ("[rules.S701]\nmax-words = 3\n", "unknown option 'max-words' for rule S701"),
        ("[rules.S701]\nscope = 3\n", "rules.S701.scope must be str"),
        ('select = "S701"\n', "'select' must be a list of strings"),
        ("select = [\n", "invalid TOML"),
    ],
)
def test_broken_config_is_an_error_naming_it_and_the_file(cli, tmp_path, config, message):
    write(tmp_path / "copydesk.toml", config)
    write(tmp_path / "a.txt", BAD)
    result = cli("check", "a.txt")
    assert result.exit_code == 2
    assert message in result.stderr
    assert "copydesk.toml" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_per_rule_options_and_severity(cli, tmp_path):
    write(
        tmp_path / "copydesk.toml",
        '[rules.preferred-place-names]\nseverity = "error"\nswap = { "Kiev" = "Kyiv", "Rangoon" = "Yangon" }\n',
    )
    write(tmp_path / "a.txt", "Troops near Kiev\n\nThey flew on to Rangoon.\n")
    findings = json.loads(cli("check", "a.txt", "--format", "json").stdout)["findings"]
    assert [(f["code"], f["severity"], f["suggestions"]) for f in findings] == [
        ("S701", "error", ["Kyiv"]),
        ("S701", "error", ["Yangon"]),
    ]


def test_per_file_ignores(cli, tmp_path):
    write(tmp_path / "copydesk.toml", '[per-file-ignores]\n"archive/*" = ["S701"]\n')
    write(tmp_path / "archive" / "old.txt", BAD)
    write(tmp_path / "new.txt", BAD)
    findings = json.loads(cli("check", ".", "--format", "json").stdout)["findings"]
    assert {f["path"] for f in findings} == {"new.txt"}


def test_words_and_dictionaries_are_read(tmp_path):
    write(tmp_path / "house-words.txt", "# names we accept\nNethanyahoo\nGrauniad\n")
    write(tmp_path / "copydesk.toml", 'words = ["Copydesk"]\ndictionaries = ["house-words.txt"]\n')
    settings = load_settings(cwd=tmp_path)
    assert settings.accepted_words() == {"Copydesk", "Nethanyahoo", "Grauniad"}


def test_missing_dictionary_is_a_config_error(tmp_path):
    write(tmp_path / "copydesk.toml", 'dictionaries = ["nope.txt"]\n')
    with pytest.raises(ConfigError, match=r"nope\.txt"):
        load_settings(cwd=tmp_path).accepted_words()


def test_show_settings_prints_resolved_settings(cli, tmp_path):
    write(tmp_path / "copydesk.toml", 'dialect = "en-GB"\nextend-select = ["S702"]\n')
    result = cli("check", "--show-settings")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["dialect"] == "en-GB"
    assert data["source"].endswith("copydesk.toml")
    assert any(r.startswith("S702 cliches") for r in data["active-rules"])


def test_command_line_overrides_config(cli, tmp_path):
    write(tmp_path / "copydesk.toml", 'fail-on = "error"\n')
    write(tmp_path / "a.txt", BAD)
    assert cli("check", "a.txt").exit_code == 0
    assert cli("check", "a.txt", "--fail-on", "warning").exit_code == 1
