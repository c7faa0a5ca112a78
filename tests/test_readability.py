"""D401-D404 and the syllable counts behind them, on small articles written for these tests."""

from __future__ import annotations

import marshal

import pytest

import lint
from lint import readability as r
from lint import syllables
from lint.config import Settings
from lint.errors import ConfigError

HARD = (
    "The municipal administration's comprehensive infrastructure rehabilitation programme, unanimously "
    "authorised during yesterday's extraordinary deliberations, anticipates considerable expenditure on "
    "transportation, educational facilities and environmental regeneration throughout the metropolitan territory."
)
EASY = "The council met on Monday. It agreed to fix the roads. Work will start in May. People were glad to hear it."


def findings(text: str, path: str = "article.md", **rules) -> list:
    settings = Settings(select=["D401", "D402", "D403", "D404"], rules=dict(rules))
    return lint.check_text(text, path, settings)


def codes(found) -> list[str]:
    return [f.code for f in found]


def article(*paragraphs: str, headline: str = "Council backs plan") -> str:
    return "\n\n".join([f"# {headline}", *paragraphs]) + "\n"


# -- syllables ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def counts() -> syllables.Syllables:
    return syllables.syllables()


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("the", 1),
        ("negotiations", 5),  # from the dictionary: the spelling rule alone says otherwise
        ("inhabitants", 4),
        ("U.S", 2),  # the tokeniser drops the final stop; "u.s" alone is "us" in the dictionary
        ("2.3", 1),  # figures count as one
        ("Hamas-controlled", 4),  # hyphenated: the parts add up
        ("Qatar’s", 2),  # curly possessive
        ("Hamas’s", 3),  # possessive after a sibilant adds a syllable
        ("Zqwerton", 2),  # not in the dictionary: the spelling rule
        ("hmm", 1),  # no vowel phone in the dictionary, but still a syllable to a reader
    ],
)
def test_syllable_counts(counts, word, expected):
    assert counts(word) == expected


def test_spelling_rule_handles_common_endings():
    assert [syllables.rule_count(w) for w in ("make", "jumped", "wanted", "times", "places", "titles")] == [
        1,
        1,
        2,
        1,
        2,
        2,
    ]


def test_cache_is_built_once_and_gives_the_dictionary_counts(tmp_path):
    dictionary = syllables.read_dictionary(syllables.dictionary_path())
    first = syllables.load(tmp_path)
    files = list(tmp_path.iterdir())
    assert len(files) == 1 and first.source == "cache"
    # Much smaller than the dictionary: only the words the spelling rule gets wrong.
    assert len(first.exceptions) < len(dictionary) / 4
    second = syllables.load(tmp_path)
    assert second.source == "cache"
    sample = sorted(dictionary)[::97]
    assert all(second(w) == dictionary[w] for w in sample if "(" not in w and "." not in w)


def test_a_new_cache_replaces_stale_ones(tmp_path):
    stale = tmp_path / "syllables-00000000.marshal"
    stale.write_bytes(marshal.dumps({"the": 7}))
    loaded = syllables.load(tmp_path)
    assert loaded("the") == 1
    assert not stale.exists() and len(list(tmp_path.iterdir())) == 1


def test_unwritable_cache_falls_back_to_the_whole_dictionary(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    loaded = syllables.load(blocker / "cache")
    assert loaded.source == "dictionary"
    assert loaded("negotiations") == 5


def test_corrupt_cache_is_rebuilt(tmp_path):
    syllables.load(tmp_path)
    cache = next(tmp_path.iterdir())
    cache.write_bytes(b"not marshal data")
    loaded = syllables.load(tmp_path)
    assert loaded.source == "cache" and loaded("negotiations") == 5
    assert isinstance(marshal.loads(cache.read_bytes()), dict)


# -- formulas ---------------------------------------------------------------------------


def test_formulas_on_known_counts():
    c = r.Counts(sentences=2, words=20, syllables=30, letters=100, polysyllables=4, complex=3, difficult=5)
    assert r.score(r.FLESCH_KINCAID, c) == pytest.approx(0.39 * 10 + 11.8 * 1.5 - 15.59)
    assert r.score(r.FLESCH_READING_EASE, c) == pytest.approx(206.835 - 1.015 * 10 - 84.6 * 1.5)
    assert r.score(r.GUNNING_FOG, c) == pytest.approx(0.4 * (10 + 15))
    assert r.score(r.SMOG, c) == pytest.approx(1.043 * (30 * 4 / 2) ** 0.5 + 3.1291)
    assert r.score(r.COLEMAN_LIAU, c) == pytest.approx(0.058 * 500 - 0.296 * 10 - 15.8)
    assert r.score(r.DALE_CHALL, c) == pytest.approx(0.1579 * 25 + 0.0496 * 10 + 3.6365)
    assert r.score(r.FLESCH_KINCAID, r.Counts()) == 0.0


def test_scores_agree_with_textstat_given_the_same_dictionary(monkeypatch):
    """textstat, handed our offline dictionary instead of NLTK's, computes the same scores."""
    pytest.importorskip("textstat")
    import textstat
    from textstat.backend.counts import _count_syllables

    counts = syllables.syllables()
    monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang: _PhoneDict(counts))
    text = (
        "The council agreed a new budget for the city on Monday evening. "
        "Members argued about the cost of repairing roads and schools for several hours. "
        "The mayor said the money would be spent carefully over the next three years."
    )
    doc = lint.parse(text, "a.md")
    c = r.counter().total(r.prose_sentences(doc))
    assert r.score(r.FLESCH_KINCAID, c) == pytest.approx(textstat.flesch_kincaid_grade(text), abs=0.01)
    assert r.score(r.FLESCH_READING_EASE, c) == pytest.approx(textstat.flesch_reading_ease(text), abs=0.01)
    assert r.score(r.SMOG, c) == pytest.approx(textstat.smog_index(text), abs=0.01)
    assert r.score(r.COLEMAN_LIAU, c) == pytest.approx(textstat.coleman_liau_index(text), abs=0.01)


def test_regular_inflections_of_familiar_words_are_familiar():
    """Dale and Chall's own rule (textstat counts "repairing" as hard; copydesk does not)."""
    easy = r.easy_words()
    assert {"repair", "care"} <= easy
    assert r.is_familiar("repairing", easy) and r.is_familiar("Cities", easy)
    assert not r.is_familiar("infrastructure", easy)


class _PhoneDict(dict):
    """What textstat expects from NLTK: word -> [pronunciation], one stressed vowel per syllable."""

    def __init__(self, counts):
        super().__init__()
        self._counts = counts

    def __getitem__(self, word):
        return [["AH0"] * self._counts(word)]


def test_partial_counts_serve_the_syllable_formulas_and_refuse_the_others():
    doc = lint.parse(article(EASY, HARD), "a.md")
    sentences = r.prose_sentences(doc)
    full, partial = r.counter().total(sentences), r.counter().total(sentences, full=False)
    for metric in (r.FLESCH_KINCAID, r.FLESCH_READING_EASE, r.SMOG):
        assert r.score(metric, partial) == r.score(metric, full)
    with pytest.raises(ValueError):
        r.score(r.DALE_CHALL, partial)


def test_grade_equivalents_of_the_two_scores_that_are_not_grades():
    assert r.grade(r.FLESCH_READING_EASE, 55) == 12
    assert r.grade(r.FLESCH_READING_EASE, 45) == 16
    assert r.grade(r.DALE_CHALL, 8.5) == 12
    assert r.grade(r.DALE_CHALL, 9.5) == 15


# -- D401 -------------------------------------------------------------------------------


def test_hard_article_is_flagged_on_the_headline_with_its_hardest_sentences():
    text = article(EASY, HARD + " " + EASY, HARD, EASY + " " + HARD)
    found = [f for f in findings(text) if f.code == "D401"]
    assert len(found) == 1
    f = found[0]
    assert (f.line, f.column) == (1, 3)  # the headline's text, after "# "
    assert "grade" in f.message and "target of grade 13" in f.message
    related = [text[x.start : x.end] for x in f.related]
    assert HARD in related and len(related) <= 3
    assert all(x.message.startswith(f"{len(HARD.split())} words") for x in f.related)
    lines = sorted({text.count("\n", 0, x.start) + 1 for x in f.related})
    assert f"lines {lines[0]}" in f.message


def test_easy_article_passes():
    assert "D401" not in codes(findings(article(EASY, EASY, EASY, EASY, EASY, EASY)))


def test_the_target_is_an_option():
    text = article(EASY, EASY, EASY, EASY, EASY, EASY)
    assert "D401" in codes(findings(text, D401={"target": 0.5}))


def test_short_texts_are_not_graded():
    assert "D401" not in codes(findings(article(HARD)))
    assert "D401" in codes(findings(article(HARD), D401={"min-words": 10}))


@pytest.mark.parametrize("metric", r.METRICS)
def test_every_metric_flags_hard_prose_and_names_itself(metric):
    text = article(HARD, HARD.replace("yesterday's", "Tuesday's"), HARD.replace("territory", "region"), HARD)
    found = [f for f in findings(text, D401={"metric": metric}) if f.code == "D401"]
    assert found, metric
    assert r.TITLES[metric] in found[0].message


@pytest.mark.parametrize(
    "layout",
    [
        lambda hard: article("> " + hard, EASY),  # block quote
        lambda hard: article(f"“{hard}”", EASY),  # a paragraph that is one quotation
        lambda hard: article(EASY, "- " + hard),  # a list item
        lambda hard: "\n\n".join(["# " + hard, "## " + hard, EASY]),  # headline and heading
    ],
    ids=["block-quote", "quoted-paragraph", "list-item", "headings"],
)
def test_only_the_writers_running_prose_is_measured(layout):
    hard3 = " ".join([HARD, HARD, HARD])
    assert "D401" not in codes(findings(layout(hard3), D401={"min-words": 10}))


def test_no_headline_puts_the_finding_on_the_first_paragraph():
    text = "\n\n".join([HARD, HARD, HARD, HARD]) + "\n"
    found = [f for f in findings(text, "plain.md") if f.code == "D401"]
    assert found and (found[0].line, found[0].column) == (1, 1)


def test_bad_options_are_configuration_errors():
    with pytest.raises(ConfigError, match="metric"):
        findings(article(EASY), D401={"metric": "flesch"})
    with pytest.raises(ConfigError, match="max-words"):
        findings(article(EASY), D402={"max-words": 0})
    with pytest.raises(ConfigError, match="max-sentences"):
        findings(article(EASY), D403={"max-sentences": 2.5})


# -- D402 -------------------------------------------------------------------------------


def sentence_of(n: int) -> str:
    return " ".join(["word"] * (n - 1)) + " end."


def test_long_sentence_limit_is_exclusive():
    assert "D402" not in codes(findings(article(sentence_of(30))))
    found = [f for f in findings(article(sentence_of(31))) if f.code == "D402"]
    assert len(found) == 1 and "31 words" in found[0].message and found[0].line == 3


def test_abbreviations_and_decimals_do_not_split_a_long_sentence():
    text = article(
        "The U.S. State Department said on Monday that 2.3 million people in the region had been without "
        "water for a week and that aid agencies were struggling to reach the worst-hit towns in the north."
    )
    found = [f for f in findings(text) if f.code == "D402"]
    assert len(found) == 1 and "35 words" in found[0].message


def test_long_quoted_sentence_and_headline_are_not_flagged():
    quote = "“" + sentence_of(40)[:-1] + ".”"
    text = "\n\n".join(["# " + sentence_of(40), quote + " She spoke in Leeds."])
    assert "D402" not in codes(findings(text))


def test_max_words_is_an_option():
    assert "D402" in codes(findings(article(sentence_of(21)), D402={"max-words": 20}))


# -- D403 -------------------------------------------------------------------------------


def test_long_paragraph_by_sentences_and_by_words():
    five = " ".join(["It rained."] * 5)
    assert "D403" in codes(findings(article(five)))
    assert "D403" not in codes(findings(article(" ".join(["It rained."] * 4))))
    wordy = " ".join([sentence_of(26)] * 4)  # 4 sentences, 104 words
    found = [f for f in findings(article(wordy)) if f.code == "D403"]
    assert found and "104 words" in found[0].message


def test_block_quotes_and_lists_are_not_long_paragraphs():
    five = " ".join(["It rained."] * 5)
    assert "D403" not in codes(findings(article("> " + five, "- " + five)))


# -- D404 -------------------------------------------------------------------------------


def passives(text: str) -> list:
    return [f for f in findings(text) if f.code == "D404"]


def test_passive_with_a_named_actor():
    (f,) = passives(article("The plan was agreed upon by both parties last week."))
    assert "was agreed upon by" in f.message and "actor is named" in f.message


def test_agentless_passive_asks_who():
    (f,) = passives(article("The details have not been disclosed."))
    assert "have not been disclosed" in f.message and "who did it" in f.message


@pytest.mark.parametrize(
    "text",
    [
        "Both parties agreed the plan last week.",
        "A man was arrested in Leeds on Monday.",
        "She was born in 1960.",
        "The firm is based in Paris.",
        "“The plan was agreed by everyone,” she said.",
        "Prices rose by 5% last year.",
        "The rate was unchanged at 4.75%.",
    ],
)
def test_not_passive_or_passive_on_purpose(text):
    assert passives(article(text)) == []


def test_passive_voice_is_off_by_default():
    text = article("The plan was agreed upon by both parties.")
    assert "D404" not in codes(lint.check_text(text, "a.md", Settings(grammar=False)))
