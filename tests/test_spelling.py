"""T101-T103 as an editor sees them: typos found, names and house words left alone."""

from __future__ import annotations

import pytest

import lint
from lint.config import Settings
from lint.errors import ConfigError


def findings(text: str, *codes: str, path: str = "article.md", **settings):
    """Findings for ``text``; a bare paragraph in Markdown is body text (use "article.txt" for a headline)."""
    selected = list(codes) or ["T101", "T102", "T103"]
    return lint.check_text(text, path, Settings(select=selected, **settings))


def flagged(text: str, *codes: str, **settings) -> list[str]:
    return [text[f.start : f.end] for f in findings(text, *codes, **settings)]


ARTICLE = """Israel Denies Negotiating With Hamas as New Conflcit Sparked

Despite Qatar's communication with Hamas officials in Doha, there have been no breakthroughs.

Israel has intensified its strikes, with Defence Minister Yoav Gallant mentioning tighter blockades.

Secretary of State Antony Blinken spoke to Qatar's Prime Minister about ongoing coordination.

Eran Lerman, a former Israeli deputy national security adviser, urged firmness.

Prime Minister Benjamin Netanyahu faces the challenge of responding to Hamas.
"""


def test_headline_typo_is_found_with_the_intended_word_first():
    hits = findings(ARTICLE, "T101", path="article.txt")
    assert [ARTICLE[f.start : f.end] for f in hits] == ["Conflcit"]
    assert hits[0].line == 1
    assert hits[0].suggestions[0] == "Conflict"
    assert len(hits[0].suggestions) <= 3


def test_names_are_not_typos():
    clean = ARTICLE.replace("Conflcit", "Conflict")
    assert lint.check_text(clean, "article.txt", Settings(select=["T101", "T102", "T103"])) == []


@pytest.mark.parametrize(
    ("sentence", "typo", "meant"),
    [
        ("The minister said she would recieve the report.", "recieve", "receive"),
        ("Officials siad the talks had failed.", "siad", "said"),
        ("The goverment rejected the claim.", "goverment", "government"),
        ("Shares in the compnay fell sharply.", "compnay", "company"),
        ("Teh talks ended without a deal.", "Teh", "The"),
    ],
)
def test_common_slips_are_found_even_when_the_web_knows_them(sentence, typo, meant):
    hits = findings(sentence, "T101")
    assert [sentence[f.start : f.end] for f in hits] == [typo]
    assert hits[0].suggestions[0] == meant


def test_british_and_american_spellings_are_not_misspellings():
    text = "The colour of the centre's defence programme was grey; the color of the center's defense program, gray."
    assert flagged(text, "T101") == []


def test_things_that_are_not_words_are_skipped():
    text = (
        "He ran 60m in 7.96s, paid £600m for 3G and MP3 rights, wrote to @bbcnewz about #elecshun, "
        "emailed foo@exampel.com and visited https://exampel.com/pagge today. The IAAF and BTT agreed."
    )
    assert flagged(text, "T101") == []


def test_sic_keeps_a_quoted_misspelling():
    assert flagged('The sign read "no entrence" [sic] in red.', "T101") == []
    assert flagged('The sign read "no entrence" in red.', "T101") == ["entrence"]


def test_halves_of_hyphenated_words_are_judged_on_their_own():
    assert flagged("The pre-tax profit of the anti-virus firm rose, and its co-founder left.", "T101") == []
    assert flagged("The pre-tax proift rose.", "T101") == ["proift"]


def test_house_words_are_accepted_from_settings_and_word_files(tmp_path):
    text = "Officials from Frobnicorp met Mr Zyxwvu in Gqeberha to discuss the aquifier."
    assert "aquifier" in flagged(text, "T101")
    assert flagged(text, "T101", words=["aquifier"]) == []
    word_file = tmp_path / "words.txt"
    word_file.write_text("# our words\naquifier\n", encoding="utf-8")
    assert flagged(text, "T101", dictionaries=[word_file]) == []


def test_name_spelt_two_ways_is_flagged_at_the_minority_with_the_majority_as_fix():
    text = "Benjamin Netanyahu spoke. Netanyahu said no. Netanyahu left. Later Nethanyahu returned."
    hits = findings(text, "T102")
    assert [text[f.start : f.end] for f in hits] == ["Nethanyahu"]
    assert hits[0].suggestions == ["Netanyahu"]
    assert hits[0].related and hits[0].related[0].column == text.index("Netanyahu") + 1


def test_two_real_names_a_letter_apart_are_not_one_name():
    text = "Kenneth Clarke met Wesley Clark. Clarke said Clarke's party would win. Clark disagreed."
    assert flagged(text, "T102") == []


def test_names_with_different_first_names_are_different_people():
    text = "The singer Robbie Williams sang. Williams left. Later Williams returned. Comedian David Walliams spoke."
    assert flagged(text, "T101", "T102") == []


def test_a_slip_keeps_the_names_company():
    text = "Minister Yoav Gallant spoke. Yoav Gallant said no. Mr Gallant left. Later Yoav Galant returned."
    assert flagged(text, "T102") == ["Galant"]


def test_t102_and_t101_do_not_both_report_one_word():
    text = "Mr Gallant spoke. Gallant said no. Gallant left. Then Gallnat returned."
    codes = [(text[f.start : f.end], f.code) for f in findings(text, "T101", "T102")]
    assert codes == [("Gallnat", "T102")]


def test_dialect_auto_flags_the_minority_spelling():
    text = "The centre of the town was grey and the theatre's colour was bold. Its color was red."
    hits = findings(text, "T103")
    assert [text[f.start : f.end] for f in hits] == ["color"]
    assert hits[0].suggestions == ["colour"]


def test_dialect_setting_flags_the_other_dialect():
    text = "The center organized a program on defense."
    assert flagged(text, "T103", dialect="en-GB") == ["center", "organized", "defense"]
    assert flagged(text, "T103", dialect="en-US") == []
    assert flagged(text.replace("organized", "organised"), "T103", dialect="en-GB-oxendict") == [
        "center",
        "organised",
        "defense",
    ]


def test_names_and_quotes_keep_their_own_spelling():
    text = 'The World Trade Center and the Labor Party spoke. "Our colour is blue," she said. The color was red.'
    assert flagged(text, "T103", dialect="en-US") == []


def test_unknown_dialect_is_a_configuration_error():
    with pytest.raises(ConfigError, match="unknown dialect"):
        findings("Text.", "T103", dialect="klingon")


def test_a_capitalised_slip_of_a_moderately_common_name_is_found_in_mid_sentence():
    assert flagged("The band played in Glasgwo last night.", "T101") == ["Glasgwo"]


def test_a_double_barrelled_name_used_twice_is_a_name():
    text = "Chief executive Lena Kroll-Abuot resigned on Monday. The board thanked Ms Kroll-Abuot for her work."
    assert flagged(text, "T101", "T102") == []


def test_an_abbreviation_without_vowels_is_not_a_slip_unless_a_typing_slip_explains_it():
    assert flagged("Output rose to two million bpd last year.", "T101") == []
    assert flagged("He said tht the plan had failed.", "T101") == ["tht"]


def test_a_slip_of_a_very_common_word_opening_a_sentence_is_found_before_a_name():
    assert flagged("Teh German economy grew last year.", "T101") == ["Teh"]


def test_a_name_the_web_knows_well_is_not_a_misspelling_of_a_similar_name():
    text = "Saudi officials met on Monday. Saudi ministers agreed, and Prince Saud said the Saudi plan would work."
    assert flagged(text, "T101", "T102") == []


def test_a_known_name_a_letter_from_a_capitalised_word_of_a_title_is_not_a_typo():
    assert flagged("The film The Long Night starred Theo Marsh and Anna Pike.", "T101") == []


def test_rare_words_are_not_typos_of_other_rare_words_but_misspellings_of_common_ones_are():
    assert flagged("Gas cost two pounds per gigajoule last winter.", "T101") == []
    assert flagged("Prices are now quoted in the ariary, the new currency.", "T101") == []
    assert flagged("Her objection was irrelevent to the plan.", "T101") == ["irrelevent"]


def test_a_rare_capitalised_word_is_a_slip_only_beside_a_name_one_slip_away():
    assert flagged("Chancellor Gordon Brown spoke. Critics said Brwon was wrong.", "T101") == ["Brwon"]
    assert flagged("Chancellor Gordon Brown spoke. Critics said Wegner was wrong.", "T101") == []


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [("blair", "bliar", True), ("blair", "blairs", True), ("blair", "lair", True), ("blair", "blaer", True),
     ("blair", "blair", False), ("blair", "bliarr", False), ("abc", "bca", False), ("abcd", "badc", False)],
)  # fmt: skip
def test_one_edit_is_exactly_one_damerau_levenshtein_edit(a, b, near):
    from lint.spelling.lexicon import one_edit

    assert one_edit(a, b) is near and one_edit(b, a) is near
