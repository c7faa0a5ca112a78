"""lint.numbers: figures found in text, with exact spans and kinds."""

from __future__ import annotations

import pytest

from lint.numbers import FRACTION, MONEY, MULTIPLE, NUMBER, PERCENT, RATIO, VAGUE, WORDS, find_figures


def figures(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in find_figures(text)]


def test_spans_are_offsets_into_the_text():
    text = "Profits rose 12% to $2.4bn (£1.3bn)."
    for f in find_figures(text):
        assert text[f.start : f.end] == f.text
    assert figures(text) == [("12%", PERCENT), ("$2.4bn", MONEY), ("£1.3bn", MONEY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.3 million people", [("2.3 million", NUMBER)]),
        ("for up to 120.5m euros", [("120.5m euros", MONEY)]),
        ("closed at 845p", [("845p", MONEY)]),
        ("a rise of 3-5%", [("3-5%", PERCENT)]),
        ("by 0.27 percentage points", [("0.27 percentage points", PERCENT)]),
        ("from 90,000 to 70,000 staff", [("90,000 to 70,000", NUMBER)]),
        ("seven nominations", [("seven", WORDS)]),
        ("twenty-one guns", [("twenty-one", WORDS)]),
        ("dozens of hostages", [("dozens of", VAGUE)]),
        ("hundreds of millions of dollars", [("hundreds of millions of", VAGUE)]),
        ("half a trillion dollars", [("half a trillion", FRACTION)]),
        ("cut its stake in half", [("in half", FRACTION)]),
        ("a quarter of a point", [("a quarter of", FRACTION)]),
        ("nine out of 10 voters", [("nine out of 10", RATIO)]),
        ("9 out of 10 voters", [("9 out of 10", RATIO)]),
    ],
)
def test_kinds(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    ["the G7 summit", "an Airbus A320", "U2's single", "the 17th year", "the 1990s", "at 2100GMT", "a third term"],
)
def test_digits_glued_to_letters_and_ordinals_are_not_figures(text):
    assert figures(text) == []


def test_fourth_quarter_is_not_a_fraction():
    assert figures("in the fourth quarter") == []


def test_range_of_a_block():
    text = "Headline 99\n\nBody with 12 items."
    start = text.index("Body")
    assert [f.text for f in find_figures(text, start)] == ["12"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sixty-one per cent agreed", [("Sixty-one per cent", PERCENT)]),
        ("five percent of staff", [("five percent", PERCENT)]),
        ("twenty million pounds", [("twenty million pounds", MONEY)]),
        ("one pound bought $1.25", [("one", WORDS), ("$1.25", MONEY)]),
    ],
)
def test_numbers_in_words_take_their_unit(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("twice the size of its rival", [("twice", MULTIPLE)]),
        ("up more than tenfold", [("tenfold", MULTIPLE)]),
        ("a three-fold rise", [("three-fold", MULTIPLE)]),
        ("almost double that", [("double", MULTIPLE)]),
        ("plans to treble output", [("treble", MULTIPLE)]),
        ("profits doubled", [("doubled", MULTIPLE)]),
        ("a halving of the deficit", [("halving", MULTIPLE)]),
        ("scored twice in the match", []),
        ("twice a week", []),
        ("a double act", []),
        ("it doubled as a shelter", []),
        ("the plot unfolded", []),
    ],
)
def test_multipliers(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year and then a count, not a range running down from the year.
        ("fell from 240 in 2001 to 95 last year", ["240", "2001", "95"]),
        ("up from 3% in 1999 to 4% now", ["3%", "1999", "4%"]),
        ("from £2m in 2002 to £3.5m", ["£2m", "2002", "£3.5m"]),
        # Real ranges stay whole.
        ("between 1995 to 2005", ["1995 to 2005"]),
        ("from 2000 to 3000 staff", ["2000 to 3000"]),
    ],
)
def test_a_year_then_to_and_a_smaller_number_is_not_a_range(text, expected):
    assert [f.text for f in find_figures(text)] == expected
