"""F301 unsourced-figure and F302 anonymous-source, as an editor would see them."""

from __future__ import annotations

from pathlib import Path

import pytest

import lint
from lint.checks.figures import _always_contains, figure_counts
from lint.config import Settings, settings_from_data
from lint.errors import ConfigError


def findings(text: str, *codes: str, settings: Settings | None = None, path: str = "story.md"):
    settings = settings or Settings(select=list(codes or ("F301", "F302")))
    return [f for f in lint.check_text(text, path, settings) if f.code in (codes or ("F301", "F302"))]


def flagged(text: str, **kwargs) -> list[str]:
    """The text of every figure F301 reports."""
    return [text[f.start : f.end] for f in findings(text, "F301", **kwargs)]


# -- what F301 reports -------------------------------------------------------------


def test_casualty_figures_without_a_source_are_flagged_with_a_fix():
    text = "After the assault, militants took dozens of hostages, killing over 700 people in the process."
    found = findings(text, "F301")
    assert [text[f.start : f.end] for f in found] == ["dozens of", "700"]
    message = found[1].message
    assert "'700'" in message and "source" in message.lower()
    assert "said" in message or "according to" in message  # says how to fix it


def test_finding_points_at_the_figure():
    text = "# Headline\n\nThe storm caused damage.\nIt cost £5m to repair."
    (finding,) = findings(text, "F301")
    assert (finding.line, finding.column) == (4, 9)


@pytest.mark.parametrize(
    "text",
    [
        "Profits rose 12% to $2.4bn, the company said.",
        "According to the ONS, unemployment fell to 4.7%.",
        "Police estimated the crowd at 20,000.",
        "Figures released on Tuesday showed imports up 12%.",
        "A survey by YouGov found 40% of voters undecided.",
        "The firm told Reuters it had 8,000 staff.",
        "The damage was estimated by insurers at £5m.",
        "Analysts expect profits of $2bn.",
    ],
)
def test_a_cue_in_the_sentence_sources_its_figures(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The damage is estimated at £5m.",
        "It is thought that nearly half a million commuters cycle each day.",
        "Growth was faster than expected at 4.2%.",
        "The release of 40 prisoners was not previously disclosed.",
    ],
)
def test_an_agentless_passive_is_not_a_source(text):
    assert flagged(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "An estimated 20,000 people joined the scheme.",
        "The expected rise of 5% did not happen.",
        "The United States spent $5bn on the scheme.",
        "The firm issued a profit warning as sales fell 8%.",
        "Jobless claims rose 5% in March.",
        "The board ruled out a 10% pay rise.",
    ],
)
def test_words_that_only_look_like_cues_do_not_source(text):
    assert flagged(text) != []


def test_a_sentence_ending_in_a_decimal_does_not_borrow_the_next_ones_cue():
    # The sentence splitter once read "140.55." like the "U.S." of an acronym.
    text = "The index closed at 4,140.55. Analysts said it would rise."
    assert flagged(text) == ["4,140.55"]


def test_reported_speech_carries_on_to_the_next_sentence_only():
    text = "The company said it would cut 500 jobs. Another 200 would go next year. Sales fell 4% in the year."
    assert flagged(text) == ["4%"]


def test_reported_speech_carries_on_only_when_the_next_sentence_reads_as_more_of_it():
    # A back-shifted modal, "another", "also" or a pronoun for the speaker mark reported speech...
    assert flagged("Police said 700 people had died. Another 500 were injured.") == []
    assert flagged("The firm said it had sold the unit. It would cut 300 jobs.") == []
    # ...the writer's own narration has none.
    assert flagged("The firm said it had sold the unit. There are about 3,500 staff.") == ["3,500"]


def test_reported_speech_carries_on_when_the_speaker_is_the_subject_after_an_opening():
    text = "The average ward had 9,000 voters, Ms Khan said. In Leeds it was just over 11,000."
    assert flagged(text) == []
    assert flagged("Ms Khan said wards were too big. In Leeds there are 11,000 voters a ward.") == ["11,000"]


def test_a_direct_quotation_is_not_carried_on():
    text = '"We are proud of our record," a spokesman said. It would keep 14 plants open.'
    assert flagged(text) == ["14"]


def test_all_before_a_count_refers_to_a_set_already_named():
    assert flagged("The news follows word that all four sailors held at the port will be freed.") == []


def test_reported_speech_does_not_cross_a_paragraph_break():
    text = "The company said it would cut 500 jobs.\n\nAnother 200 would go next year."
    assert flagged(text) == ["200"]


def test_a_stated_aim_sources_its_own_sentence_but_does_not_carry_on():
    text = "The minister wants 80% of clinics to open at weekends. Only 30% do now."
    assert flagged(text) == ["30%"]


def test_a_source_named_right_after_the_figures_counts():
    text = "Exports rose 12% and imports 3%. The figures were published by the ONS on Tuesday."
    assert flagged(text) == []


def test_figures_in_an_attributed_quotation_are_sourced():
    assert flagged('"We sold 500 cars last year," said Ms Jones.') == []
    # The speaker named in the paragraph before a quotation that continues.
    text = 'Ms Jones, the chief executive, said:\n\n"Sales rose 40% and we hired 300 people."'
    assert flagged(text) == []


def test_figures_in_an_unattributed_quotation_are_not():
    text = 'The results were strong.\n\nThe board met.\n\nIt was "a year of 40% growth".\n\nThe board met again.'
    assert flagged(text) == ["40%"]


def test_the_headline_is_not_checked():
    assert flagged("# Profits jump 12% at Acme\n\nThe firm said profits rose 12%.") == []
    article = "Profits jump 12% at Acme\n\nThe firm said profits rose 12%.\n"
    assert flagged(article, path="story.txt") == []


@pytest.mark.parametrize(
    "text",
    [
        "The talks began on 2 February and ended in 2004.",
        "The band was formed in the 1990s.",
        "The 45-year-old singer, who died aged 91, was married for 60 years.",
        "He was jailed for two years after a 10-week trial.",
        "The album went to number one and stayed in the top 10 for a month.",
        "The show is on Channel 4 and BBC Four after the Six Nations and Formula One.",
        "The G7 ministers met; the Airbus A320 flew; Maroon 5 played.",
        "Arsenal won 3-1 and the film won 10 awards from seven nominations.",
        "The three other players were not named.",
        "Labour won with a majority of 161 seats.",
        "The deal is due to close at 10am on Monday, page 5 says nothing.",
        "Leaders of all 25 EU members met in Brussels.",
        "The company has been one of the biggest investors in the first half of the year.",
    ],
)
def test_figures_that_need_no_source_are_exempt(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rehearsals will be held on 3, 9 and 16 June.",
        "Others on the list included The Larks at number 14 and Blue Mile at 22.",
        "The painter has died in Spain at 71.",
        "The label is reissuing the band's 21 number one singles.",
    ],
)
def test_dates_in_lists_chart_places_and_ages_at_death_are_exempt(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A saver who put in £20 a month would get £9,870. This equated to growth of 5%, the insurer said.",
        "In its bankruptcy petition it named a dairy supplier, which it owes $3.2m.",
        "Only 38% of those polled backed the plan.",
        "A total of 2,100 adults were interviewed for the study.",
        "However the poll, which questioned 1,500 adults online, found 30% undecided.",
    ],
)
def test_more_ways_of_naming_a_source(text):
    assert flagged(text) == []


def test_a_progressive_is_not_an_agentless_passive():
    assert flagged("The government is reiterating a 3% target for next year.") == []


def test_magnitudes_on_their_own_are_figures():
    assert flagged("The final will be watched by millions in the US.") == ["millions"]
    assert flagged("Parents will spend thousands on presents.") == ["thousands"]


def test_ratings_are_designations():
    assert flagged("The law bans the sale of 18-rated games to children.") == []


def test_small_counts_are_narrative_unless_they_are_a_tally():
    assert flagged("Two men and a dog walked into the bar.") == []
    assert flagged("Two people were killed in the blast.") == ["Two"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Late trains make up one in 13 services.", "one in 13"),
        ("A third of voters are undecided.", "A third of"),
        ("The firm owns a one-fifth stake.", "one-fifth"),
        ("Inflation rose by 3-5% last year.", "3-5%"),
        ("Gaza's 2.3 million inhabitants face shortages.", "2.3 million"),
        ("Prices fell 20 per cent.", "20 per cent"),
        ("Thousands of investors lost money.", "Thousands of"),
    ],
)
def test_figures_in_words_fractions_and_ranges_are_found(text, figure):
    assert flagged(text) == [figure]


# -- attribution works on clauses, not sentences ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A cue after the figure, in a clause opened between them, does not reach back.
        ("Shares in the firm rose 8% after it said it would sell its shipping arm.", ["8%"]),
        ("The trust will sell 15% of its shares, although it did not say to whom.", ["15%"]),
        # The figure describes the speaker; what was said follows the cue.
        ("Ms Patel, who last year won £20,000 in damages from a newspaper, said she would stand.", ["£20,000"]),
        ("The group, which owns 60 garages in Wales, said it would open more.", ["60"]),
        ("Ms Patel, who won £20,000 in damages from a newspaper said she would stand.", ["£20,000"]),
        # A relative clause refers to the figure right before it...
        ("Output rose 0.8% in the year, short of the 1.5% which the ministry had predicted.", ["0.8%"]),
        # ...and a cue inside a relative clause that closes before the figure covers nothing after it.
        ("Mr Jones, who said last year he would retire, earns £400,000 a year.", ["£400,000"]),
    ],
)
def test_a_cue_covers_only_its_own_clause(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Profits rose 12% to $2.4bn in the year, the company said on Monday.",
        "Exports fell 3% in March, figures from the trade body showed.",
        '"We sold 500 cars," said Ms Jones.',
        "Among younger voters, 64% said they would vote.",
        "A majority, 52%, said the plan was fair.",
        "Almost half - 48% - of the 2,000 drivers asked said they used the app.",
        "The trust held $80m, money which had been locked away for a decade, the charity said.",
    ],
)
def test_a_cue_after_the_figure_still_covers_it_as_a_tag_or_for_its_speakers(text):
    assert flagged(text) == []


def test_a_stated_aim_ends_where_the_writer_turns_to_what_happened():
    text = "The council had hoped to raise £5m from the sale but in the end received £2m."
    assert flagged(text) == ["£2m"]
    text = "Organisers have promised there will be no repeat of the blunder that drew thousands of complaints."
    assert flagged(text) == ["thousands of"]
    assert flagged("The union pledged that 300 jobs would be saved.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The black market is thought to be twice the size of the legal economy.", ["twice"]),
        ("Downloads were up more than tenfold on last year.", ["tenfold"]),
        ("Sales this spring are already more than double those of last spring.", ["double"]),
        ("Some departments had doubled the number of files they destroyed.", ["doubled"]),
        ("Losses halved in the year.", ["halved"]),
        ("The market is three times the size of its neighbour's.", ["three"]),
        ("Voters would reject the treaty by two to one.", ["two"]),
    ],
)
def test_multipliers_are_figures(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The striker scored twice in the second half.",
        "The committee meets twice a year.",
        "The duo were a double act for a decade.",
        "The hall doubled as a hospital.",
        "The firm said sales had doubled.",
        "The firm plans to double its sales.",
    ],
)
def test_multipliers_as_frequencies_or_adjectives_or_sourced_are_not_flagged(text):
    assert flagged(text) == []


def test_a_stated_aim_in_the_progressive_is_not_a_passive():
    assert flagged("The charity is hoping to raise £32m by March.") == []
    assert flagged("Ministers hope to cut waiting lists by 20%.") == []
    assert flagged("She came to office promising to halve unemployment.") == []
    assert flagged("The party's plan to impose a 50% tax rate was attacked.") == []


def test_a_plan_as_the_subject_of_what_was_done_is_not_a_stated_aim():
    assert flagged("A plan to raise money last year cut the bank's stake to 10%.") == ["10%"]


def test_a_stated_aim_ends_at_a_clause_of_something_done():
    text = "The firm is hoping to save 3bn euros, having negotiated 500m euros in savings with staff."
    assert flagged(text) == ["500m euros"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Another three bank managers have pleaded guilty to fraud.", ["three"]),
        ("The inquiry has now obtained nine guilty pleas.", ["nine"]),
        ("Four complaints about the advert were upheld.", ["Four"]),
        ("Eight new stadiums are proposed for the next decade.", ["Eight"]),
        # A planner named: the count is the planner's, a plain narrative count here.
        ("Eight new stadiums are proposed by the league.", []),
        ("The three other players were not named.", []),
    ],
)
def test_small_tallies_of_the_courts_and_unowned_plans_are_figures(text, expected):
    assert flagged(text) == expected


def test_a_bare_participle_in_an_aside_names_no_source():
    text = "Sales rose 5% in the year while revenues - calculated in US dollars - rose 10%."
    assert flagged(text) == ["5%", "10%"]
    assert flagged("The club, said to be worth £90m, was sold.") == ["£90m"]
    assert flagged("Sales rose 5% in the year, said Mr Brown.") == []
    assert flagged("The cost, estimated at £5m by the council, was met.") == []


def test_a_clause_of_its_own_after_the_figure_does_not_lend_its_cue():
    text = "There are more than 150 bakers in the city and analysts have predicted that many will close."
    assert flagged(text) == ["150"]
    assert flagged("Sales rose 5% and profits 10%, the firm said.") == []
    assert flagged("Some 64% of men and 70% of women said they would vote.") == []


def test_a_forecast_named_by_its_figure_is_a_noun_not_a_cue():
    assert flagged("Growth came in at 0.8%, ahead of the 0.6% forecast.") == ["0.8%", "0.6%"]
    assert flagged("Analysts forecast 0.6% growth.") == []


def test_a_chart_place_after_an_adjective_is_a_rank():
    assert flagged("The band ended up in 15th place, while the duo wound up at a lowly 38.") == []


def test_a_by_further_on_is_not_the_agent_of_the_passive():
    assert flagged("The economy is forecast to grow by 3.1% this year.") == ["3.1%"]
    assert flagged("The gala is expected to be attended by about 300 guests.") == ["300"]
    assert flagged("Growth of 3.1% is forecast by the central bank.") == []


def test_added_before_a_number_is_a_rise_not_a_cue():
    assert flagged("Sales added 6% to 3.1bn euros.") == ["6%", "3.1bn euros"]
    assert flagged("Sales rose to 3.1bn euros, the firm added.") == []


def test_a_bare_participle_names_no_source():
    text = "If confirmed, that would be the best month since 1999. It leaves sales up 3.4% for the year."
    assert flagged(text) == ["3.4%"]


@pytest.mark.parametrize(
    "text",
    [
        "Rapper 50 Cent has signed a new deal.",
        "She sold her 21 Media company to a rival.",
        "The minister returned to 10 Downing Street.",
        "The airline is waiting for its first 787 Dreamliner jet.",
        "The 747-400F can carry a full load across the Atlantic.",
        "21 Media manages several singers.",
    ],
)
def test_numbers_in_names_after_the_number_are_exempt(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The carrier ordered 25 Airbus A321 jets.", ["25"]),
        ("Police questioned 40 Labour supporters.", ["40"]),
        ("The coach carried 28 Kenyan women home.", ["28"]),
        ("Envoys from 17 Asian and African countries met.", ["17"]),
    ],
)
def test_a_count_of_something_named_is_still_a_figure(text, expected):
    assert flagged(text) == expected


def test_a_number_read_as_a_name_stays_one_where_it_recurs():
    text = "She founded 21 Media in 1999. The 21 brand is now well known, and 21 clients joined last year."
    assert flagged(text) == ["21"]
    assert text.rfind("21") == findings(text, "F301")[0].start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fifteen banks signed the agreement with the regulator.", []),
        ("Thirty-one plays will be staged at the festival.", []),
        ("Eleven fans from Derby and one from Hull have been arrested.", ["Eleven"]),
        ("Thirty per cent of voters were undecided.", ["Thirty per cent"]),
        ("The pianist has recorded 30 albums since 1988.", []),
    ],
)
def test_counts_that_open_a_sentence_and_counts_of_works(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The statistics office published figures showing exports grew 5% in May.",
        "A reader poll saw the novel come top with 41% of votes.",
        "Unveiling a £2bn plan to MPs, the minister said it would pay for itself.",
    ],
)
def test_more_cues_for_published_data_and_announcements(text):
    assert flagged(text) == []


def test_demands_and_recommendations_are_stated_positions():
    assert flagged("The union has called for a £9 hourly rate by 2027.") == []
    assert flagged("The board recommended a dividend of 30p a share.") == []
    # ...up to where the writer gives a reason or a background figure.
    assert flagged("Campaigners urged the council to open a shelter because 400 people sleep rough.") == ["400"]
    assert flagged("Towns in Wales, where there are no plans for a bypass, have seen traffic rise by 14%.") == ["14%"]


@pytest.mark.parametrize(
    "text",
    [
        "The choir sings in Leeds on July 9 and 10.",
        "The board will meet on March 3, 10 and 17.",
        "It needs a 15 certificate.",
    ],
)
def test_dates_in_lists_after_the_month_and_certificates_are_exempt(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Call 0161 496 0000 or 0113 496 0999 for details.",
        "The curfew runs between 2300 and 0600 every night.",
        "Employers cannot force staff to retire before 65.",
        "The contestant was voted off with 9% of the vote.",
        "The Greens won 14% of the vote in the council elections.",
    ],
)
def test_phone_numbers_clock_times_ages_and_vote_shares_are_exempt(text):
    assert flagged(text) == []


def test_a_vote_share_in_a_poll_is_still_a_figure():
    assert flagged("The party would win 27% of the vote, according to the poll.") == []
    assert flagged("Polls put the party on 27% of the vote.") == ["27%"]


def test_a_range_of_years_is_not_a_clock_time():
    assert flagged("The yard built 45 ships between 1990 and 1995.") == ["45"]


# -- configuration -------------------------------------------------------------------


def config(tmp_path: Path, rules: dict) -> Settings:
    settings = settings_from_data({"rules": rules}, tmp_path / "copydesk.toml")
    settings.select = ["F301", "F302"]
    return settings


def test_a_newsroom_can_add_cues(tmp_path):
    text = "Sales rose 5%, per the filing."
    assert flagged(text) == ["5%"]
    settings = config(tmp_path, {"unsourced-figure": {"extra-cues": ["per the"]}})
    assert flagged(text, settings=settings) == []


def test_a_newsroom_can_add_exemptions(tmp_path):
    text = "The hotel has a 40-room annexe."
    assert flagged(text) == ["40"]
    settings = config(tmp_path, {"unsourced-figure": {"extra-exempt-after": ["-room\\b"]}})
    assert flagged(text, settings=settings) == []


def test_carry_over_can_be_turned_off(tmp_path):
    text = "The company said it would cut 500 jobs. Another 200 would go next year."
    settings = config(tmp_path, {"unsourced-figure": {"carry-over": False}})
    assert flagged(text, settings=settings) == ["200"]


@pytest.mark.parametrize(
    "cues",
    [["per (the"], ["Per The"]],
    ids=["bad-regex", "upper-case"],
)
def test_bad_cues_are_a_config_error_naming_the_rule(tmp_path, cues):
    settings = config(tmp_path, {"unsourced-figure": {"extra-cues": cues}})
    with pytest.raises(ConfigError, match="F301"):
        lint.check_text("Sales rose 5%.", "story.md", settings)


def test_a_newsroom_can_add_anonymous_phrases(tmp_path):
    text = "A well-placed figure said the deal was off."
    assert findings(text, "F302") == []
    settings = config(tmp_path, {"anonymous-source": {"extra-phrases": ["a well-placed figure"]}})
    assert len(findings(text, "F302", settings=settings)) == 1


def test_an_anonymous_phrase_with_an_optional_key_word_is_still_found(tmp_path):
    # The check skips paragraphs without a key word only when every phrase must contain one.
    text = "The deal is off.\n\nA spokesman hinted the deal was off."
    phrases = {"extra-phrases": ["(?:official )?spokesm[ae]n hinted"]}
    settings = config(tmp_path, {"anonymous-source": phrases})
    assert [text[f.start : f.end] for f in findings(text, "F302", settings=settings)] == ["spokesman hinted"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("according to (?:sources|reports)", True),
        ("(?:sources|insiders)(?= said)", True),
        ("(?:who|which) asked (?:not to be named|to remain anonymous)", True),
        ("(?:official )?spokesm[ae]n said", False),
        ("(?:sources|people) said", False),
        ("spokesm[ae]n said", False),
    ],
)
def test_a_phrase_must_contain_a_key_word_for_paragraphs_to_be_skipped(phrase, expected):
    keys = ("source", "insider", "anonym", "named", "according to")
    assert _always_contains(phrase, keys) is expected


def test_bad_key_words_are_a_config_error_naming_the_rule(tmp_path):
    settings = config(tmp_path, {"anonymous-source": {"key-words": ["Source"]}})
    with pytest.raises(ConfigError, match="F302"):
        lint.check_text("Sources said so.", "story.md", settings)


# -- F302 ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Insiders, who wished to remain anonymous, informed Reuters that no deal had been agreed.",
        "An Israeli official told Reuters that there were no negotiations.",
        "A senior party source told the paper the plan was dead.",
        "Sources close to the talks said the bid would fail.",
        "Reports suggest the minister will resign.",
        "One trader, who asked not to be named, said demand was weak.",
        "People familiar with the matter said the talks had stalled.",
    ],
)
def test_unnamed_sources_are_reported_as_info(text):
    (finding,) = findings(text, "F302")
    assert finding.severity.value == "info"
    assert "unnamed" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "A Treasury spokesman said the figures would be published on Monday.",
        "Finance minister Jane Doe said the talks had stalled.",
        '"Sources said nothing to us," Mr Smith told reporters.',
        "The memo, written for a council official, suggested a meeting.",
    ],
)
def test_named_sources_and_quotations_are_not_reported(text):
    assert findings(text, "F302") == []


def test_one_anonymous_source_finding_per_sentence():
    text = "Sources close to the firm said officials, who asked not to be named, agreed."
    assert len(findings(text, "F302")) == 1


# -- figure_counts for `copydesk stats` ----------------------------------------------


def test_figure_counts_sorts_every_figure():
    doc = lint.parse(
        "# Headline 99%\n\nIn 2004 sales rose 10%, the firm said. Profits also rose 5%. Costs fell 3%.\n\nThe three founders met.",
        "story.md",
    )
    assert figure_counts(doc) == {"sourced": 2, "unsourced": 1, "exempt": 2}


def test_figure_counts_takes_options():
    from lint.checks.figures import default_options

    doc = lint.parse("Profits rose 5%, per the filing.", "story.md")
    assert figure_counts(doc)["unsourced"] == 1
    options = default_options() | {"extra-cues": ["per the"]}
    assert figure_counts(doc, options) == {"sourced": 1, "unsourced": 0, "exempt": 0}


# -- claims, complaints, accusations and findings (figures4) -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The group, which claims to speak for 40% of tenants, opposes the plan.",
        "The landlord maintains that rents rose only 2% last year.",
        "The opposition accuses the mayor of raising fares 12 times since 2001.",
        "Residents have complained that the £300 parking permit is too dear.",
        "The union alleges that 150 posts were cut without notice.",
        "The charity attributed the 8% fall in donations to the recession.",
        "The review found that about 15% of clinics had closed.",
        "The survey showed that 60% of drivers speed.",
    ],
)
def test_reporting_verbs_of_claim_complaint_accusation_and_finding_are_cues(text):
    assert flagged(text) == []


def test_the_before_a_data_cue_is_its_subject_not_an_adjective():
    # "the estimated 5,000" is an adjective; "the figures showed" is a subject and its verb.
    assert flagged("The figures showed imports up 12%.") == []
    assert flagged("The research indicated 12% of homes were damp.") == []
    assert flagged("The estimated 5,000 homes stood empty.") == ["5,000"]


def test_claims_as_a_noun_is_not_a_cue():
    assert flagged("Insurance claims rose 9% in March.") == ["9%"]
    assert flagged("Ms Lee was accused of taking £5,000.") == ["£5,000"]
    # A bare participle opening an aside is an agentless passive too.
    assert flagged("Mr Lee, accused of taking £5,000, denies it.") == ["£5,000"]
    # "Speculation suggests" names nobody.
    assert flagged("Speculation suggests that the bid will reach £2bn.") == ["£2bn"]


def test_analysts_expectations_source_only_the_figure_they_introduce():
    text = "Profits of £84m were below analysts' expectations of £90m."
    assert flagged(text) == ["£84m"]


def test_a_year_inside_a_from_to_change_is_a_date_and_the_counts_need_a_source():
    assert flagged("Bookings fell from 240 in 2001 to 95 last year.") == ["240", "95"]


def test_a_financial_year_with_a_one_digit_second_part_is_a_date():
    assert flagged("The trust spent the grant in 2003-4 and 2004-05.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Work stopped on an experimental painkiller, known as '554, after poor trials.",
        "The band, called 30 Seconds, split in May.",
        'Critics praised the thriller "49" and its director.',
        "Million Pound Drop is back on air. Hundred Acre Wood has reopened.",
    ],
)
def test_numbers_in_given_names_and_titles_are_names(text):
    assert flagged(text) == []


def test_a_number_word_opening_a_sentence_before_a_plural_is_still_a_count():
    assert flagged("Five Spanish fishermen were rescued.") == ["Five"]
    assert flagged("Nine Scottish councils raised charges. Million Dollar Baby won.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Councillors must be 21, while the voting age is 18.",
        "She was 16 when she left school.",
        "The judge served on the bench for 31 continuous years.",
        "It ended five turbulent months of talks.",
    ],
)
def test_ages_stated_with_a_verb_and_durations_with_an_adjective_are_exempt(text):
    assert flagged(text) == []


def test_an_average_age_and_lost_working_days_are_figures():
    assert flagged("The average age of the workforce is 43.") == ["43"]
    assert flagged("The strike cost 2 million working days.") == ["2 million"]


def test_a_bare_number_compared_with_a_result_shares_its_unit():
    assert flagged("She took the seat with 18,302 votes, compared to 11,907 for the Green candidate.") == []
    assert flagged("The party won 14 seats, up from 9 in 2001.") == []
    # A number that names its own unit is a figure of its own.
    assert flagged("The party won 14 seats, compared with 900 members.") == ["900"]


def test_a_modal_inside_the_sentences_own_reported_clause_does_not_carry_on_the_one_before():
    text = "Analysts had expected profits of £40m. Shares fell 4% after the firm warned that sales would slow."
    assert flagged(text) == ["4%"]


def test_a_cue_in_a_later_but_clause_does_not_reach_back():
    text = "Sales fell 7% to £3.1bn, but the retailer says a recovery is under way."
    assert flagged(text) == ["7%", "£3.1bn"]
    # A tag after the "but" clause still covers the whole sentence.
    assert flagged("Sales rose 5% but profits fell 3%, the retailer said.") == []


def test_a_sources_account_of_results_carries_on_without_a_marker():
    text = "Acme said profit for the quarter was £120m. Sales climbed to £364m, lifting revenue to a record £1.4bn."
    assert flagged(text) == []
    # Through a cued sentence that carries on the one with the figures.
    text = "Bookings fell to 45, according to the agency. It attributed the drop to the weather. Lettings fell from 90 in 2003 to 61."
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The market's reaction is the writer's report.
        ("Acme said profit was £120m. Shares rose 3% to 412p.", ["3%", "412p"]),
        # An account with no figure, or one that looks ahead, is not an account of results.
        ("Acme said trading had been hard. Sales fell 4% in the year.", ["4%"]),
        ("Acme said it expected profit of £120m. Sales rose 4% in the year.", ["4%"]),
        # No change reported: background.
        ("Acme said profit was £120m. The firm has debts of £2bn.", ["£2bn"]),
    ],
)
def test_other_sentences_after_an_account_of_results_are_not_carried(text, expected):
    assert flagged(text) == expected


def test_a_small_count_given_to_each_of_many_is_an_allocation_not_a_narrative_count():
    assert flagged("Every member got 4 vouchers each, the club said.") == []
    assert flagged("Every member got 4 vouchers each.") == ["4"]
    assert flagged("Guests were given two tickets apiece.") == ["two"]
    # "each" opening what they did keeps a plain count.
    assert flagged("The three men each received a medal.") == []


@pytest.mark.parametrize(
    "text",
    [
        "He suggested the scheme could cost another £2bn.",
        "It also suggests raising the grant to £4m.",
        "Why should the poorest 10% pay more, the MP asked.",
        "Sales grew, with the trade body reporting 3.2 million units sold.",
        "The council's announcement that it would shed 120 posts angered staff.",
    ],
)
def test_speech_verbs_with_a_speaker_are_cues(text):
    assert flagged(text) == []


def test_what_an_agentless_passive_reports_is_not_sourced_by_a_verb_inside_it():
    assert flagged("The regulator was widely reported as having asked banks to pay £300m.") == ["£300m"]


def test_a_sentence_opening_with_and_carries_on_reported_speech():
    text = "Ms Okafor said 40% of pensioners paid too much. And 1.2 million families paid 60% rates."
    assert flagged(text) == []
    assert flagged("Ms Okafor said it was unfair. Some 1.2 million families paid 60% rates.") == ["1.2 million", "60%"]


@pytest.mark.parametrize(
    "text",
    [
        "By the time she was 40, she felt too old for the stage.",
        "The single rose 17 places to number four.",
        "The label is reissuing all 14 of her hits. Its 14 hits sold well.",
    ],
)
def test_more_ages_chart_moves_and_works(text):
    assert flagged(text) == []


def test_a_newsroom_cue_with_its_own_alternatives_still_matches_whole_words(tmp_path):
    rules = {"unsourced-figure": {"extra-cues": ["opined|opines"]}}
    settings = settings_from_data({"rules": rules}, tmp_path / "copydesk.toml")
    settings.select = ["F301"]
    assert flagged("The columnist opined that 30% would leave.", settings=settings) == []
    assert flagged("The columnist opines that 30% would leave.", settings=settings) == []
    assert flagged("The columnist oopines that 30% would leave.", settings=settings) == ["30%"]
