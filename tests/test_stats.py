"""``copydesk stats``: the report card an editor reads, and the JSON a tool reads."""

from __future__ import annotations

import importlib.util
import json

import pytest
from click.testing import CliRunner

from lint.cli import main

ARTICLE = """# Council backs plan for new roads

The council agreed on Monday to spend £2.3 million on roads across the U.S. city, a plan that members had argued about for more than a year before they finally put it to a vote.

The mayor said the work was needed. It will start in May.

"We have waited long enough for this, and the people who live here have waited longer still for someone to act." The mayor spoke at the town hall.

> A quoted report, which is not the writer's prose and is not measured.
"""


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def stats(*args: str):
    return CliRunner().invoke(main, ["stats", *args])


def card_of(path) -> dict:
    result = stats("--format", "json", str(path))
    assert result.exit_code == 0, result.output
    (card,) = json.loads(result.output)["files"]
    return card


def test_counts_words_sentences_and_paragraphs(article):
    card = card_of(article)
    assert card["headline"] == "Council backs plan for new roads"
    assert card["paragraphs"] == 4  # three paragraphs and the block quote
    assert card["sentences"] == 6  # "U.S." and "2.3" do not end a sentence
    assert card["words"] == 35 + 12 + 28 + 13
    assert card["reading_time_seconds"] == 25  # 94 words with the headline, at 230 a minute


def test_scores_are_measured_on_the_writers_prose_only(article):
    read = card_of(article)["readability"]
    # The quotation and the block quote are left out, as D401 leaves them out.
    assert read["measured_sentences"] == 4
    assert read["measured_words"] == 35 + 12 + 7
    assert set(read["scores"]) == {
        "flesch-kincaid",
        "flesch-reading-ease",
        "gunning-fog",
        "smog",
        "coleman-liau",
        "dale-chall",
    }
    assert read["target"]["metric"] == "flesch-kincaid" and read["target"]["grade"] == 13


def test_longest_sentences_come_first_with_their_lines(article):
    longest = card_of(article)["longest_sentences"]
    assert [s["words"] for s in longest] == [35, 21, 13]
    assert longest[0]["line"] == 3 and longest[0]["text"].startswith("The council agreed")
    assert longest[1]["quoted"] is True and longest[1]["line"] == 7


def test_figures_row_appears_once_the_figures_check_exists(article):
    card = card_of(article)
    has_figures = importlib.util.find_spec("lint.checks.figures") is not None
    assert ("figures" in card) == has_figures


def test_table_for_people(article):
    result = stats(str(article))
    assert result.exit_code == 0
    out = result.output
    assert out.startswith(str(article))
    assert "Flesch-Kincaid grade" in out and "Dale-Chall" in out
    assert "the D401 target, grade 13" in out
    assert "line 3 " in out and "35 words" in out
    assert "reading time" in out


def test_folders_are_expanded_and_summed(tmp_path, article):
    other = tmp_path / "second.txt"
    other.write_text("Headline here\n\nA short story. It ends now.\n", encoding="utf-8")
    result = stats(str(tmp_path))
    assert result.exit_code == 0
    assert str(other) in result.output and str(article) in result.output
    assert "2 articles" in result.output


def test_missing_path_is_an_error(tmp_path):
    result = stats(str(tmp_path / "nope.md"))
    assert result.exit_code == 2
    assert "no such file" in result.output
