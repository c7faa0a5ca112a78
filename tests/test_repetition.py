"""R201 repeated paragraphs, R202 repeated sentences and R203 repeated words."""

from __future__ import annotations

import random

import pytest

import lint
from lint.config import Settings
from lint.engine import Engine
from lint.errors import ConfigError

QATAR = "Despite Qatar's communication with Hamas officials in Doha and Gaza, there have been no signs of any breakthroughs."
QATAR_CURLY = QATAR.replace("'", "’")


def check(text: str, *codes: str, path: str = "article.txt", **rules) -> list:
    settings = Settings(select=list(codes or ("R201", "R202", "R203")), rules=rules)
    return lint.check_text(text, path, settings)


def codes(findings) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.code) for f in findings]


def fix(text: str, finding) -> str:
    return text[: finding.start] + finding.suggestions[0] + text[finding.end :]


# -- R201 repeated paragraph ---------------------------------------------------------


def test_paragraph_pasted_twice_with_a_curly_apostrophe_is_flagged_on_the_second_copy():
    text = f"Talks stall\n\n{QATAR}\n\nAn official said there were no talks.\n\n{QATAR_CURLY}\n\nThe war goes on.\n"
    [finding] = check(text)
    assert (finding.line, finding.column, finding.code) == (7, 1, "R201")
    assert finding.message == "Paragraph repeats the one at 3:1."
    [related] = finding.related
    assert (related.line, related.column) == (3, 1)
    assert text[related.start : related.end] == QATAR
    # The fix deletes the copy; the blank lines left behind are still one paragraph break.
    fixed = fix(text, finding)
    assert fixed.count("Despite Qatar") == 1
    assert [b.text for b in lint.parse(fixed).paragraphs] == [
        QATAR,
        "An official said there were no talks.",
        "The war goes on.",
    ]


@pytest.mark.parametrize(
    "copy",
    [
        QATAR.replace("any ", ""),  # a word dropped
        QATAR.replace("signs", "sign"),  # a word changed
        QATAR.replace("Doha and Gaza", "Doha and in Gaza"),  # a word added
        QATAR.replace(" ", "  ").replace(",", " ,"),  # spacing
        QATAR.upper(),  # case
        "“" + QATAR_CURLY.replace("communication", "communication—") + "”",  # quotes and dashes
        QATAR.replace("Qatar's", "Ｑａｔａｒ's"),  # full-width letters (NFKC)
    ],
)
def test_near_copies_are_flagged(copy):
    text = f"Headline\n\n{QATAR}\n\nSomething else happened on Tuesday in the city.\n\n{copy}\n"
    assert codes(check(text, "R201")) == [(7, 1, "R201")]


def test_a_near_copy_says_how_close_it_is():
    [finding] = check(f"Headline\n\n{QATAR}\n\n{QATAR.replace('any ', '')}\n", "R201")
    assert finding.message == "Paragraph nearly repeats the one at 3:1 (94% the same)."


def test_paragraphs_sharing_a_long_quotation_are_not_copies():
    quote = '"We will not raise taxes this year or next, whatever the pressure from the treasury," she said.'
    text = (
        "Budget row\n\n"
        f"The mayor made her pledge at a packed meeting in the town hall on Monday night. {quote}\n\n"
        f"Her rival, who has led the opposition group since 2019, called the words empty. {quote}\n"
    )
    assert [f.code for f in check(text, "R201")] == []


def test_stock_phrases_do_not_make_paragraphs_copies():
    text = (
        "Markets\n\n"
        "Shares in the company fell by 5% on Monday, the lowest level since the start of the year.\n\n"
        "Shares in its rival rose by 2% on Tuesday, the highest level since the start of the year.\n"
    )
    assert check(text, "R201") == []


def test_list_items_that_differ_only_in_names_are_not_copies():
    text = (
        "# Predictions\n\n"
        "- Tim Dams, Screen Weekly: Film - The Aviator; director - Clint Eastwood; actress - Hilary Swank.\n"
        "- Angie Errigo, Empire: Film - The Aviator; director - Martin Scorsese; actress - Hilary Swank.\n"
    )
    assert check(text, "R201", path="a.md") == []


@pytest.mark.parametrize(
    "text",
    [
        "Headline\n\nThe match was abandoned.\n\nEnds.\n\nThe replay is on Friday.\n\nEnds.\n",
        "# Results\n\n- Yes\n- No\n- Yes\n",
        "# Story\n\n## Background\n\nThe plant opened in 1990.\n\n## Background\n\nIt closed in 2001.\n",
    ],
)
def test_short_blocks_never_count(text):
    assert check(text, "R201", path="a.md") == []


def test_a_long_heading_repeated_is_left_alone_and_so_is_a_front_matter_title():
    title = "The council votes on the new harbour budget for next year"
    text = f'---\ntitle: "{title}"\n---\n\n# {title}\n\nThe vote is on Tuesday.\n\n## {title}\n\nMore.\n'
    assert check(text, "R201", path="a.md") == []


def test_a_paragraph_that_repeats_the_headline_is_flagged():
    headline = "Council votes on new harbour budget after long delay over costs"
    [finding] = check(f"{headline}\n\n{headline}\n\nThe vote is on Tuesday.\n", "R201")
    assert finding.message == "Paragraph repeats the headline at 1:1."


def test_a_repeated_list_item_is_deleted_with_its_marker():
    item = "Residents of the old harbour district will pay more for parking"
    text = f"# Changes\n\n- {item}\n- Bus fares rise by ten per cent in April\n- {item}\n"
    [finding] = check(text, "R201", path="a.md")
    assert finding.message == "List item repeats the one at 3:3."
    assert (finding.line, finding.column) == (5, 1)
    assert fix(text, finding) == f"# Changes\n\n- {item}\n- Bus fares rise by ten per cent in April\n\n"


def test_every_later_copy_points_at_the_first():
    text = f"Headline\n\n{QATAR}\n\n{QATAR}\n\nOther news from the region today.\n\n{QATAR}\n"
    findings = check(text, "R201")
    assert codes(findings) == [(5, 1, "R201"), (9, 1, "R201")]
    assert {f.related[0].line for f in findings} == {3}


def test_options_tune_the_threshold_and_the_minimum_length():
    near = f"Headline\n\n{QATAR}\n\n{QATAR.replace('any ', '')}\n"
    assert check(near, "R201", R201={"similarity": 1.0}) == []
    short = "Headline\n\nThe mayor resigned.\n\nThe mayor resigned.\n"
    assert check(short, "R201") == []
    assert codes(check(short, "R201", R201={"min-words": 3})) == [(5, 1, "R201")]


@pytest.mark.parametrize(
    ("code", "options"),
    [
        ("R201", {"similarity": 1.5}),
        ("R201", {"similarity": "high"}),
        ("R202", {"min-words": 0}),
        ("R203", {"max-words": True}),
        ("R203", {"allow": "had"}),
    ],
)
def test_bad_options_are_configuration_errors(code, options):
    engine = Engine(Settings(select=[code], rules={code: options}))
    with pytest.raises(ConfigError, match=code):
        engine.prepare()


# -- R202 repeated sentence -------------------------------------------------------------

SHARES = "Shares in the company fell sharply on Monday after the profit warning."


def test_a_sentence_repeated_in_another_paragraph_is_flagged_on_the_later_copy():
    text = f"Headline\n\n{SHARES} Analysts were surprised.\n\nThe chairman resigned. {SHARES} More follows.\n"
    [finding] = check(text)
    assert (finding.line, finding.column, finding.code) == (5, 24, "R202")
    assert finding.message == "Sentence repeats the one at 3:1."
    assert (finding.related[0].line, finding.related[0].column) == (3, 1)
    assert fix(text, finding) == (
        f"Headline\n\n{SHARES} Analysts were surprised.\n\nThe chairman resigned. More follows.\n"
    )


def test_a_sentence_repeated_within_its_paragraph_is_flagged():
    text = f"Headline\n\n{SHARES} Analysts were surprised. {SHARES.replace('profit', 'profits')}\n"
    [finding] = check(text)
    assert finding.code == "R202"
    assert finding.message.startswith("Sentence nearly repeats")


def test_sentences_of_a_repeated_paragraph_are_not_reported_again():
    text = f"Headline\n\n{SHARES} Analysts were surprised.\n\nOther news.\n\n{SHARES} Analysts were surprised.\n"
    assert [f.code for f in check(text)] == ["R201"]
    # Without R201 the repeat still surfaces, as sentences.
    assert [f.code for f in check(text, "R202")] == ["R202"]


def test_short_and_different_sentences_are_not_flagged():
    text = (
        "Headline\n\n"
        "He declined to comment. Shares in the company fell sharply on Monday after the warning.\n\n"
        "He declined to comment. Shares in its main rival rose slightly on Tuesday after the news.\n"
    )
    assert check(text, "R202") == []


def test_headline_sentences_are_not_compared():
    text = f"{SHARES}\n\n{SHARES} Analysts were surprised by the scale of the fall.\n"
    assert check(text, "R202") == []


# -- R203 repeated words ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "flagged", "suggestion"),
    [
        ("The minister said the the plan would go ahead.", "the the", "the"),
        ("The the plan was dropped.", "The the", "The"),
        ("She graduated from graduated from Oxford in 1998.", "graduated from graduated from", "graduated from"),
        ("The cost of the of the scheme rose.", "of the of the", "of the"),
        ("The talks were held in Doha, and and officials met again.", "and and", "and"),
        ("Officials said the\nthe plan would go ahead.", "the\nthe", "the"),
        ("She was a minister and minister and not a secretary.", "minister and minister and", "minister and"),
    ],
)
def test_doubled_words_are_flagged_with_one_copy_removed(sentence, flagged, suggestion):
    [finding] = check(sentence, "R203", path="a.md")
    assert sentence[finding.start : finding.end] == flagged
    assert finding.suggestions == [suggestion]
    fixed = fix(sentence, finding)
    assert check(fixed, "R203", path="a.md") == []


def test_the_message_names_the_repeated_phrase():
    [finding] = check("She graduated from graduated from Oxford.", "R203")
    assert finding.message == "'graduated from' appears twice in a row."


@pytest.mark.parametrize(
    "sentence",
    [
        "She had had enough of the delays.",
        "He said that that was the end of it.",
        "Add to this this new legislation.",
        "What it is is a tax rise.",
        "He gave her her keys back.",
        "The rule was brought in in May.",
        "The team flew to Walla Walla on Monday.",
        "They listened to To Kill a Mockingbird on the radio.",
        "It was very, very cold in New York, New York.",
        "Prices kept rising, getting stronger and stronger and stronger.",
        "She starred in Measure for Measure for a season.",
        "He has dealt with this time and time and time again.",
        "The score was 2 2 at half time.",
        "Bye bye, said the child.",
        'The crowd chanted "no no no no" at the minister.',
        "The talks ended on Monday. Monday was a holiday.",
        "He wrote that the the [sic] report was wrong.",
    ],
)
def test_legitimate_doubles_are_not_flagged(sentence):
    assert check(sentence, "R203") == []


def test_no_repeat_across_a_paragraph_break():
    assert check("Headline\n\nHe bought the\n\nthe car was red.\n", "R203") == []


def test_the_allow_list_can_be_replaced():
    assert codes(check("She had had enough.", "R203", R203={"allow": []})) == [(1, 5, "R203")]
    assert check("It went on and on and on and on.", "R203") == []
    assert check("The the plan.", "R203", R203={"allow": ["the"]}) == []


def test_longer_phrases_than_max_words_are_not_looked_for():
    text = "He said the plan was good the plan was good enough."
    assert [f.code for f in check(text, "R203")] == ["R203"]
    assert check(text, "R203", R203={"max-words": 3}) == []


# -- across files ---------------------------------------------------------------------------


def _articles(tmp_path, texts: dict[str, str]) -> list[str]:
    paths = []
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


BOILERPLATE = "The company, founded in 1921, employs 4,000 people at its plants in Wales and the north of England."


@pytest.fixture
def syndicated(tmp_path):
    return _articles(
        tmp_path,
        {
            "a.txt": f"Plant to close\n\nThe plant will close in May.\n\n{BOILERPLATE}\n",
            "b.txt": f"Union reacts\n\nThe union condemned the plan.\n\n{BOILERPLATE.replace(', ', ' , ').upper()}\n",
            "c.txt": "Unrelated\n\nThe mayor opened a new library on the high street today.\n",
        },
    )


def test_cross_file_reports_the_later_copy_and_points_at_the_other_file(syndicated):
    a, b, _ = syndicated
    report = lint.check_paths(syndicated, Settings(select=["R201"], cross_file=True))
    [finding] = report.findings
    assert (finding.path, finding.line, finding.column, finding.code) == (b, 5, 1, "R201")
    assert finding.message == f"Paragraph repeats one in {a} at 5:1."
    [related] = finding.related
    assert (related.path, related.line, related.column) == (a, 5, 1)
    assert finding.suggestions == []


def test_cross_file_is_off_by_default_and_records_nothing(syndicated):
    engine = Engine(Settings(select=["R201"]))
    from lint.engine import run

    report = run(engine, syndicated)
    assert report.findings == []
    assert "repetition" not in engine.ctx.cache


def test_cross_file_does_not_repeat_a_finding_within_one_file(tmp_path):
    paths = _articles(
        tmp_path,
        {
            "a.txt": f"One\n\n{BOILERPLATE}\n",
            "b.txt": f"Two\n\n{BOILERPLATE}\n\nMore.\n\n{BOILERPLATE}\n",
        },
    )
    report = lint.check_paths(paths, Settings(select=["R201"], cross_file=True))
    found = sorted((f.path == paths[1], f.line, f.related[0].path == paths[0]) for f in report.findings)
    # b's first copy repeats a.txt; b's second copy repeats b's first, once.
    assert found == [(True, 3, True), (True, 7, False)]


def test_cross_file_works_with_worker_processes(syndicated):
    report = lint.check_paths(syndicated, Settings(select=["R201", "R203"], cross_file=True), jobs=2)
    assert [(f.path, f.code) for f in report.findings] == [(syndicated[1], "R201")]


# -- scale ------------------------------------------------------------------------------------


def test_a_megabyte_document_is_checked_and_its_repeats_found():
    rng = random.Random(7)
    vocab = ["".join(rng.choice("abcdefghilmnoprstu") for _ in range(rng.randint(3, 8))) for _ in range(5000)]
    paragraphs = []
    size = 0
    while size < 1_000_000:
        sentence = " ".join(rng.choice(vocab) for _ in range(rng.randint(10, 30)))
        paragraphs.append(sentence.capitalize() + ".")
        size += len(paragraphs[-1]) + 2
    planted = {len(paragraphs) // 3: 10, len(paragraphs) - 5: len(paragraphs) // 2}  # copy index -> source index
    for at, source in sorted(planted.items()):
        paragraphs[at] = paragraphs[source]
    findings = check("Headline\n\n" + "\n\n".join(paragraphs), "R201", "R202")
    assert [f.code for f in findings] == ["R201", "R201"]
    assert [f.line for f in findings] == [3 + 2 * at for at in sorted(planted)]


def test_without_cross_file_the_engine_keeps_no_documents_and_may_use_workers(syndicated):
    from lint.engine import run

    engine = Engine(Settings(select=["R201"]))
    run(engine, syndicated)
    assert engine.documents == {}
    assert engine.checks(main_process=False) == ["repetition"]
    crossing = Engine(Settings(select=["R201"], cross_file=True))
    assert crossing.checks(main_process=True) == ["repetition"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_cross_file_finding_can_be_suppressed_in_the_later_file(tmp_path, jobs):
    paths = _articles(
        tmp_path,
        {
            "a.txt": f"One\n\n{BOILERPLATE}\n",
            "b.txt": f"Two\n\n<!-- copydesk: disable-next-line R201 -->\n{BOILERPLATE}\n",
        },
    )
    report = lint.check_paths(paths, Settings(select=["R201", "C001"], cross_file=True), jobs=jobs)
    assert report.findings == []  # suppressed, and the suppression counts as used (no C001)


def test_per_file_ignores_apply_to_cross_file_findings(tmp_path):
    paths = _articles(tmp_path, {"a.txt": f"One\n\n{BOILERPLATE}\n", "b.txt": f"Two\n\n{BOILERPLATE}\n"})
    settings = Settings(select=["R201"], cross_file=True, per_file_ignores={"b.txt": ["R201"]}, root=tmp_path)
    assert lint.check_paths(paths, settings).findings == []
