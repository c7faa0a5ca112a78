"""Words a dictionary lacks but English makes regularly are not typos; slips dressed as such still are."""

from __future__ import annotations

import pytest

import lint
from lint.config import Settings
from lint.spelling.morphology import compound, inflected, run_together

TRUSTED = {"patchy", "ramrod", "bribe", "hereditary", "beer", "maker", "will", "mean", "made", "question", "marks"}


def trusted(word: str) -> bool:
    return word in TRUSTED


@pytest.mark.parametrize("word", ["patchier", "ramrodded", "bribers", "hereditaries", "unbribed"])
def test_endings_are_undone_by_the_spelling_rules(word):
    assert inflected(word.removeprefix("un"), trusted)


def test_a_short_word_with_an_s_is_a_slip_not_a_plural():
    assert not inflected("mades", trusted)


def test_content_words_compound_but_function_words_and_plurals_run_together():
    assert compound("beermaker", trusted)
    assert not compound("willmean", trusted)
    assert run_together("willmean", trusted) == "will mean"
    assert not compound("questionsmarks", trusted)
    assert run_together("beermaker", trusted) is None


def flagged(text: str) -> list[tuple[str, list[str]]]:
    hits = lint.check_text(text, "article.md", Settings(select=["T101"]))
    return [(text[f.start : f.end], f.suggestions) for f in hits]


def test_derivations_and_compounds_of_dictionary_words_are_not_flagged():
    assert flagged("The boatmakers reglazed the cheeseboards while kitemakers and rebranders watched.") == []


def test_a_slip_of_a_common_word_is_still_a_typo_though_it_parses_as_a_derivation():
    # "gardenn" + "ing" would be a derivation of "garden", but "gardening" is one slip away and far commoner.
    assert flagged("She spent the weekend gardenning.") == [("gardenning", ["gardening"])]


def test_words_run_together_are_flagged_with_the_space_put_back():
    [(word, suggestions)] = flagged("The new plan willmean higher taxes for most people.")
    assert word == "willmean"
    assert suggestions[0] == "will mean"


def test_an_unknown_term_with_no_word_near_it_is_left_alone():
    assert flagged("The trial tested zorbulase on volunteers.") == []
