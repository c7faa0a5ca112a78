"""G5xx through LanguageTool, driven by the real language-tool-python client against a fake server."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner
from fake_languagetool import FakeLanguageTool, ToyRule

import lint
from lint.checks import languagetool
from lint.cli import main
from lint.config import Settings, load_settings
from lint.engine import Engine
from lint.errors import CheckUnavailable, ConfigError

ARTICLE = """---
title: "Council approves a apple orchard"
author: a editor
---

The council voted on Tuesday. He go to the market by bus, [said the report](https://example.org/a-apple), and a
orchard will follow.

```python
x = "a apple"
```

Run `a update` first. Visit www.example.com/a-apple for more.
"""


@pytest.fixture(autouse=True)
def _no_backoff(monkeypatch):
    monkeypatch.setattr(languagetool, "RETRY_BACKOFF", 0.0)


@pytest.fixture
def fake():
    server = FakeLanguageTool().start()
    yield server
    server.stop()


def lt_settings(fake: FakeLanguageTool, **lt) -> Settings:
    return Settings(languagetool={"server": fake.url, **lt})


def codes(findings) -> list[tuple[str, str | None]]:
    return [(f.code, f.detail_code) for f in findings]


def write_config(folder: Path, grammar=None, **lt) -> Path:
    lines = []
    if grammar is not None:
        lines.append(f"grammar = {json.dumps(grammar)}")
    lines.append("[languagetool]")
    lines += [f"{key.replace('_', '-')} = {json.dumps(value)}" for key, value in lt.items()]
    path = folder / "copydesk.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_article(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def run_cli(*args: str):
    return CliRunner().invoke(main, ["check", "--no-color", *args])


# -- when the G rules run ------------------------------------------------------


def active_g(settings: Settings) -> set[str]:
    return {r.code for r in settings.active_rules() if r.code.startswith("G")}


def test_grammar_rules_are_off_without_a_backend_or_switch():
    assert active_g(Settings()) == set()
    assert active_g(Settings(select=["ALL"])) == set()
    assert active_g(Settings(languagetool={"language": "en-GB"})) == set()


def test_a_configured_backend_or_the_switch_turns_them_on_but_not_spelling():
    on = {"G501", "G502", "G503", "G504", "G505"}
    assert active_g(Settings(languagetool={"server": "http://localhost:8081"})) == on
    assert active_g(Settings(languagetool={"local": True})) == on
    assert active_g(Settings(grammar=True)) == on
    assert active_g(Settings(grammar="auto")) == on
    assert active_g(Settings(select=["G501"])) == {"G501"}
    assert active_g(Settings(grammar=True, extend_select=["G506"])) == on | {"G506"}


def test_no_grammar_wins_over_config_and_selection():
    assert active_g(Settings(grammar=False, languagetool={"server": "http://x:1"}, select=["G501"])) == set()


def test_the_grammar_module_is_not_imported_when_grammar_is_off():
    engine = Engine(Settings())
    assert "grammar" not in engine.checks()


# -- findings ------------------------------------------------------------------


def test_matches_become_findings_with_rule_id_message_and_suggestions(fake):
    findings = lint.check_text("She said it was a example. Prices rose,, again.", "a.md", lt_settings(fake))
    by_id = {f.detail_code: f for f in findings}
    article = by_id["EN_A_VS_AN"]
    assert (article.code, article.line, article.column, article.end_column) == ("G501", 1, 17, 18)
    assert article.suggestions == ["an"]
    assert "vowel sound" in article.message
    assert (by_id["DOUBLE_PUNCTUATION"].code, by_id["DOUBLE_PUNCTUATION"].column) == ("G502", 39)


def test_text_report_shows_languagetool_rule_id(fake, tmp_path):
    config = write_config(tmp_path, server=fake.url)
    path = write_article(tmp_path, "a.md", "She ate a apple.\n")
    result = run_cli("--config", str(config), path)
    assert result.exit_code == 1
    assert f"{path}:1:9: G501[EN_A_VS_AN] " in result.stdout


def test_offsets_map_back_through_front_matter_markup_and_code(fake):
    findings = lint.check_text(ARTICLE, "story.md", lt_settings(fake))
    found = {(f.line, f.column, f.code, f.detail_code) for f in findings}
    assert found == {
        (2, 26, "G501", "EN_A_VS_AN"),  # the front-matter title is the headline, and is prose
        (6, 31, "G501", "HE_VERB_AGR"),
        (6, 111, "G501", "EN_A_VS_AN"),  # "a" at the end of the line, "orchard" on the next
    }
    sent = "\n".join(fake.texts)
    for never in ("author", "editor", 'x = "a apple"', "a update", "example.org", "www.example.com", "```", "**"):
        assert never not in sent


def test_a_link_before_a_comma_is_not_a_space_before_the_comma(fake):
    text = "Read [the report](https://example.org/report), then **vote** , please."
    findings = lint.check_text(text, "a.md", lt_settings(fake))
    assert [(f.detail_code, f.column) for f in findings] == [("COMMA_PARENTHESIS_WHITESPACE", 61)]
    assert fake.texts == ["Read the report, then vote , please."]


def test_four_byte_characters_do_not_shift_offsets(fake):
    text = "Fans 🎉🎉 cheered a event at the ground.\n"
    [finding] = lint.check_text(text, "a.txt", lt_settings(fake))
    assert text[finding.start : finding.end] == "a"
    assert finding.column == 17


def test_quotations_are_left_alone_for_grammar_but_not_punctuation(fake):
    text = '"He go home,, now," the coach said. He go too.'
    findings = lint.check_text(text, "a.md", lt_settings(fake))
    assert sorted((f.code, f.column) for f in findings) == [("G501", 37), ("G502", 12)]


def test_scope_all_reports_quotations_too(fake):
    settings = lt_settings(fake)
    settings.rules = {"G501": {"scope": "all"}}
    findings = lint.check_text('"He go home," the coach said.', "a.md", settings)
    assert codes(findings) == [("G501", "HE_VERB_AGR")]


def test_continued_quotation_marks_are_not_unpaired(fake):
    continuation = ToyRule(
        "EN_UNPAIRED_QUOTES", "PUNCTUATION", "typographical", re.compile(r"(?<=\n\n)“"), "Unpaired symbol", lambda m: []
    )
    server = FakeLanguageTool(extra_rules=(continuation,)).start()
    try:
        text = "“We will rebuild,” she said. “It will take years.\n\n“But we will.”\n\nHe said “never.\n"
        findings = lint.check_text(text, "a.md", lt_settings(server))
    finally:
        server.stop()
    # Only the quotation that is never closed, at the end, is reported.
    assert [(f.code, f.line, f.column) for f in findings] == [("G502", 5, 9)]


def test_unknown_categories_go_to_g501_and_listed_ones_follow_their_rule(fake):
    novel = ToyRule("NEW_RULE", "BRAND_NEW", "other", re.compile(r"\bnovel\b"), "A new kind of finding.", lambda m: [])
    server = FakeLanguageTool(extra_rules=(novel,)).start()
    try:
        findings = lint.check_text("A novel idea.", "a.md", lt_settings(server))
        assert codes(findings) == [("G501", "NEW_RULE")]
        settings = lt_settings(server)
        settings.rules = {"G503": {"categories": ["STYLE", "BRAND_NEW"]}}
        assert codes(lint.check_text("A novel idea.", "a.md", settings)) == [("G503", "NEW_RULE")]
    finally:
        server.stop()


def test_a_category_listed_by_two_rules_is_a_config_error(fake):
    settings = lt_settings(fake)
    settings.rules = {"G503": {"categories": ["STYLE", "PUNCTUATION"]}}
    with pytest.raises(ConfigError, match=r"PUNCTUATION.*G502 and G503"):
        Engine(settings).prepare()


def test_ignore_one_languagetool_rule_by_its_id(fake):
    settings = lt_settings(fake, language="en-GB")
    settings.ignore = ["G501:EN_A_VS_AN"]
    findings = lint.check_text("He go to a event.", "a.md", settings)
    assert codes(findings) == [("G501", "HE_VERB_AGR")]


def test_ignored_rules_and_categories_are_not_even_requested(fake):
    settings = lt_settings(fake, **{"disabled-rules": ["EN_A_VS_AN"]})
    settings.ignore = ["G503", "G504"]
    findings = lint.check_text("She ate a apple in order to live.", "a.md", settings)
    assert findings == []
    [request] = fake.checks
    assert request["disabledRules"] == "EN_A_VS_AN"
    assert {"STYLE", "TYPOGRAPHY", "TYPOS"} <= set(request["disabledCategories"].split(","))


def test_picky_asks_for_more_rules(fake):
    text = "It was a very unique day."
    assert lint.check_text(text, "a.md", lt_settings(fake)) == []
    assert codes(lint.check_text(text, "a.md", lt_settings(fake, picky=True))) == [("G503", "VERY_UNIQUE")]
    assert fake.checks[-1]["level"] == "picky"


# -- language and spelling -----------------------------------------------------


@pytest.mark.parametrize(
    ("dialect", "lt", "sent"),
    [("auto", {}, "en"), ("en-US", {}, "en-US"), ("en-US", {"language": "en-GB"}, "en-GB")],
)
def test_language_follows_dialect_unless_set(fake, dialect, lt, sent):
    settings = lt_settings(fake, **lt)
    settings.dialect = dialect
    lint.check_text("Fine.", "a.md", settings)
    assert fake.checks[-1]["language"] == sent


def test_an_unknown_language_is_a_config_error(fake):
    with pytest.raises(ConfigError, match="does not know language 'xx-YY'"):
        Engine(lt_settings(fake, language="xx-YY")).prepare()


def test_languagetool_spelling_is_not_requested_while_the_typo_rule_runs(fake):
    settings = lt_settings(fake, language="en-GB")
    settings.extend_select = ["G506"]
    # The typo is reported once, by copydesk's own T101.
    assert codes(lint.check_text("The goverment acted.", "a.md", settings)) == [("T101", None)]
    assert "TYPOS" in fake.checks[-1]["disabledCategories"].split(",")


def test_languagetool_spelling_without_the_typo_rule_accepts_house_words(fake):
    settings = lt_settings(fake, language="en-GB")
    settings.extend_select = ["G506"]
    settings.ignore = ["T101"]
    text = "The goverment will recieve it."
    assert codes(lint.check_text(text, "a.md", settings)) == [("G506", "MORFOLOGIK_RULE_EN_GB")] * 2
    settings.words = ["Goverment"]
    [finding] = lint.check_text(text, "a.md", settings)
    assert text[finding.start : finding.end] == "recieve"


# -- batching, retries, timeouts -----------------------------------------------


def test_long_articles_go_in_batches_with_offsets_intact(fake):
    paragraphs = [f"Paragraph {i} says the plan was agreed after a long debate." for i in range(40)]
    paragraphs[33] = "Then he go home."
    text = "\n\n".join(paragraphs) + "\n"
    [finding] = lint.check_text(text, "a.md", lt_settings(fake, **{"batch-size": 1000}))
    assert text[finding.start : finding.end] == "he go"
    assert finding.line == 67
    assert len(fake.checks) > 2
    assert all(len(t) <= 1000 for t in fake.texts)
    assert "".join(fake.texts).count("Paragraph") == 39


def test_a_failed_request_is_retried(fake):
    fake.fail_next = 1
    findings = lint.check_text("He go home.", "a.md", lt_settings(fake))
    assert codes(findings) == [("G501", "HE_VERB_AGR")]
    assert len(fake.checks) == 2


def test_a_server_that_keeps_failing_ends_the_run_with_one_line(fake, tmp_path):
    fake.fail_next = 10
    config = write_config(tmp_path, server=fake.url, retries=2)
    result = run_cli("--config", str(config), write_article(tmp_path, "a.md", "Fine.\n"))
    assert result.exit_code == 2
    assert len(fake.checks) == 3
    [line] = result.stderr.splitlines()
    assert line.startswith("copydesk: error: ") and "stopped answering" in line and "3 attempts" in line


def test_a_slow_server_times_out(fake, tmp_path):
    fake.delay = 1.0
    config = write_config(tmp_path, server=fake.url, timeout=0.1, retries=0)
    result = run_cli("--config", str(config), write_article(tmp_path, "a.md", "Fine.\n"))
    assert result.exit_code == 2
    assert "no answer within 0.1 s" in result.stderr
    assert "Traceback" not in result.output


# -- unavailable backends --------------------------------------------------------


def test_unreachable_server_exits_2_with_one_clear_line(tmp_path):
    url = closed_port_url()
    config = write_config(tmp_path, server=url)
    result = run_cli("--config", str(config), write_article(tmp_path, "a.md", "Kiev is a city.\n"))
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert f"the LanguageTool server at {url}/ is not reachable (connection refused)" in line
    assert "docker run" in line and "--no-grammar" in line


def test_grammar_on_without_a_backend_tries_the_usual_port(monkeypatch):
    monkeypatch.setattr(languagetool, "DEFAULT_SERVER", closed_port_url())
    with pytest.raises(CheckUnavailable, match=re.escape('set languagetool.server = "http://host:port"')):
        Engine(Settings(grammar=True)).prepare()


def test_a_server_that_is_not_languagetool_is_named_as_such(fake):
    with pytest.raises(CheckUnavailable, match=r"did not answer as LanguageTool does .*no such endpoint"):
        Engine(Settings(languagetool={"server": fake.url + "/nope"})).prepare()


def test_auto_warns_once_and_the_other_checks_still_run(tmp_path):
    config = write_config(tmp_path, grammar="auto", server=closed_port_url())
    files = [write_article(tmp_path, f"{n}.md", "Troops left Kiev on Tuesday.\n") for n in "ab"]
    result = run_cli("--config", str(config), *files)
    assert result.exit_code == 1  # S701 still ran
    assert result.stdout.count("S701") == 2
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1
    assert 'grammar = "auto": G5xx checks skipped' in warnings[0] and "not reachable" in warnings[0]


def test_auto_stops_asking_a_server_that_fails_mid_run(fake, tmp_path):
    fake.fail_next = 100
    config = write_config(tmp_path, grammar="auto", server=fake.url, retries=1)
    files = [write_article(tmp_path, f"{n}.md", "Troops left Kiev.\n") for n in "abc"]
    result = run_cli("--config", str(config), *files)
    assert result.exit_code == 1
    assert len(fake.checks) == 2  # two attempts for the first file, none after
    assert "skipped for the rest of the run" in result.stderr


def test_jobs_use_one_session(fake, tmp_path):
    config = write_config(tmp_path, server=fake.url)
    files = [write_article(tmp_path, f"{n}.md", f"Article {n} has a error.\n") for n in "abcd"]
    result = run_cli("--config", str(config), "--jobs", "2", *files)
    assert result.exit_code == 1
    assert result.stdout.count("G501[EN_A_VS_AN]") == 4
    assert fake.language_requests == 1
    assert len(fake.checks) == 4


def test_public_api_is_an_opt_in_with_a_warning(fake, tmp_path, monkeypatch):
    monkeypatch.setattr(languagetool, "PUBLIC_API_URL", fake.url + "/")
    config = write_config(tmp_path, **{"public-api": True})
    result = run_cli("--config", str(config), write_article(tmp_path, "a.md", "She ate a apple.\n"))
    assert result.exit_code == 1
    assert "G501[EN_A_VS_AN]" in result.stdout
    [warning] = [line for line in result.stderr.splitlines() if "warning" in line]
    assert "public servers" in warning and "unpublished" in warning


def test_local_mode_without_java_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(CheckUnavailable, match="needs Java 17 or newer on PATH"):
        Engine(Settings(languagetool={"local": True})).prepare()


def test_local_mode_that_cannot_download_says_so(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    java = bin_dir / "java"
    java.write_text("#!/bin/sh\necho 'openjdk version \"17.0.9\" 2023-10-17' >&2\n", encoding="utf-8")
    java.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "cache"))
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    with pytest.raises(CheckUnavailable, match=r"could not download LanguageTool .*about 250 MB"):
        Engine(Settings(languagetool={"local": True})).prepare()


# -- settings ------------------------------------------------------------------


def test_unknown_languagetool_key_names_key_and_file(tmp_path):
    config = write_config(tmp_path, server="http://localhost:8081", sever="x")
    with pytest.raises(ConfigError, match=rf"{re.escape(str(config))}: unknown setting 'languagetool.sever'"):
        load_settings(config)
    result = run_cli("--config", str(config), write_article(tmp_path, "a.md", "Fine.\n"))
    assert result.exit_code == 2
    assert "languagetool.sever" in result.stderr
    # Settings built in code are checked when the run starts.
    settings = Settings(languagetool={"server": "http://localhost:8081", "sever": "x"}, source=config)
    with pytest.raises(ConfigError, match=re.escape(f"{config}: unknown setting 'languagetool.sever'")):
        Engine(settings).prepare()


@pytest.mark.parametrize(
    ("lt", "message"),
    [
        ({"server": "localhost:8081"}, "languagetool.server must be a URL"),
        ({"server": "http://a:1", "local": True}, "choose one backend, not server and local"),
        ({"server": "http://a:1", "timeout": 0}, "languagetool.timeout must be a number of seconds"),
        ({"server": "http://a:1", "picky": "yes"}, "languagetool.picky must be true or false"),
        ({"server": "http://a:1", "disabled-rules": "EN_A_VS_AN"}, "languagetool.disabled-rules must be a list"),
    ],
)
def test_bad_languagetool_values_are_config_errors(tmp_path, lt, message):
    config = write_config(tmp_path, **lt)
    with pytest.raises(ConfigError, match=re.escape(message)):
        Engine(load_settings(config)).prepare()


def test_list_numbers_and_emphasis_leave_no_hole_in_the_sentence(fake):
    text = "Notes:\n\n1. the plan was *finally* agreed.\n"
    findings = lint.check_text(text, "a.md", lt_settings(fake))
    assert [(f.code, f.line, f.column) for f in findings] == [("G505", 3, 4)]
    assert fake.texts == ["Notes:\n\nthe plan was finally agreed."]


def test_a_suppression_comment_can_name_one_languagetool_rule(fake):
    text = "<!-- copydesk: disable-next-line G501:EN_A_VS_AN -->\nHe go to a event.\n\nThen a event.\n"
    findings = lint.check_text(text, "a.md", lt_settings(fake))
    assert [(f.detail_code, f.line) for f in findings] == [("HE_VERB_AGR", 2), ("EN_A_VS_AN", 4)]


def test_a_misspelt_backend_key_is_reported_although_it_leaves_grammar_off(tmp_path):
    (tmp_path / "copydesk.toml").write_text('[languagetool]\nsevrer = "http://localhost:8081"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape("unknown setting 'languagetool.sevrer'")):
        load_settings(tmp_path / "copydesk.toml")


def test_no_grammar_on_the_command_line_skips_a_configured_server(tmp_path):
    config = write_config(tmp_path, server=closed_port_url())
    path = write_article(tmp_path, "a.md", "She ate a apple.\n")
    assert run_cli("--config", str(config), path).exit_code == 2
    result = run_cli("--config", str(config), "--no-grammar", path)
    assert (result.exit_code, result.stderr) == (0, "")


def test_grammar_on_the_command_line_overrides_grammar_false(fake, tmp_path):
    config = write_config(tmp_path, grammar=False, server=fake.url)
    path = write_article(tmp_path, "a.md", "She ate a apple.\n")
    assert "G501" not in run_cli("--config", str(config), path).stdout
    assert "G501[EN_A_VS_AN]" in run_cli("--config", str(config), "--grammar", path).stdout
