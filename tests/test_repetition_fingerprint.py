"""The comparison under R201/R202: normalised tokens, similarity and the repeat index."""

from __future__ import annotations

import pytest

from lint.fingerprint import RepeatIndex, Tokens, similarity, tokens

TWENTY = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Qatar's talks", "Qatar’s talks"),
        ('"We will," she said.', "“We will,” she said."),
        ("Hamas-controlled Gaza", "Hamas – controlled  Gaza"),
        ("THE   Plan\nfailed", "the plan failed"),
        ("ﬁnal Ｑａｔａｒ", "final Qatar"),
        ("'Quoted' words", "quoted words"),
        ("the Lords'\nruling", "the lords ruling"),
        ("soft\u00adhyphen", "softhyphen"),
    ],
)
def test_typography_case_and_spacing_are_folded(a, b):
    assert tokens(a).words == tokens(b).words


def test_inner_apostrophes_stay_part_of_the_word():
    assert tokens("Qatar's").words == ("qatar's",)


def test_one_edit_in_twenty_words_is_95_percent_similar():
    base = tokens(TWENTY)
    assert similarity(base, tokens(TWENTY.replace("seven ", ""))) == pytest.approx(19 / 20)
    assert similarity(base, tokens(TWENTY.replace("seven ", "siete "))) == pytest.approx(19 / 20)
    assert similarity(base, tokens(TWENTY)) == 1.0


def test_similarity_is_measured_against_the_longer_unit():
    short = tokens(TWENTY)
    long = tokens(TWENTY + " and then fifteen more words that say something else entirely about a different matter too")
    assert len(long) == 35
    assert similarity(short, long) == pytest.approx(20 / 35)
    assert similarity(long, short) == similarity(short, long)


def test_names_or_numbers_swapped_for_others_are_not_a_copy():
    a = tokens("The award for best director went to Clint Eastwood in 2005 after a long campaign.")
    b = tokens("The award for best director went to Martin Scorsese in 2006 after a long campaign.")
    assert similarity(a, b) == 0.0
    # A name dropped is an edit of the same sentence.
    c = tokens("The award for best director went to Eastwood in 2005 after a long campaign.")
    assert similarity(a, c) > 0.9


def test_marks_follow_capitals_and_numbers_but_not_a_sentence_start():
    assert tokens("The firm paid 5 million to Acme Corp").marks == bytes([0, 0, 0, 1, 0, 0, 1, 1])
    assert tokens("Angie Errigo wrote").marks == bytes([1, 1, 0])
    joined = Tokens.join([tokens("He left."), tokens("Acme Corp paid")])
    assert joined.words == ("he", "left", "acme", "corp", "paid")
    assert joined.marks == bytes([0, 0, 1, 1, 0])


def test_index_finds_the_earliest_exact_copy_and_the_closest_near_copy():
    index = RepeatIndex(0.85)
    first = tokens(TWENTY)
    assert index.find_or_add(first, "first") is None
    assert index.find_or_add(tokens("something entirely different from all the other words here"), "other") is None
    exact = index.find_or_add(tokens(TWENTY.upper()), "again")
    assert (exact.key, exact.exact) == ("first", True)
    near = index.find(tokens(TWENTY.replace("seven ", "")))
    assert near.key == "first"
    assert not near.exact
    assert near.score == pytest.approx(0.95)
    assert index.find(tokens("one two three four five six seven eight nine ten")) is None


def test_index_with_threshold_one_only_knows_exact_copies():
    index = RepeatIndex(1.0)
    index.add(tokens(TWENTY), 0)
    assert index.find(tokens(TWENTY.replace("seven ", ""))) is None
    assert index.find(tokens(TWENTY)).key == 0


def test_index_lookups_stay_bounded_when_a_phrase_recurs_everywhere():
    index = RepeatIndex(0.85)
    for i in range(2000):
        index.find_or_add(tokens(f"according to the latest figures, item {i} rose by {i} per cent"), i)
    # Every posting list is capped, however common its shingle.
    assert max(len(p) for p in index._postings.values()) <= 8


def test_common_subsequence_matches_the_textbook_algorithm():
    import random

    from lint.fingerprint import common_subsequence

    def textbook(a, b):
        prev = [0] * (len(b) + 1)
        for x in a:
            cur = [0]
            for j, y in enumerate(b):
                cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
            prev = cur
        return prev[-1]

    rng = random.Random(7)
    for _ in range(500):
        a = tuple(rng.choice("abcde") for _ in range(rng.randint(0, 25)))
        b = tuple(rng.choice("abcde") for _ in range(rng.randint(0, 25)))
        assert common_subsequence(a, b) == textbook(a, b)
