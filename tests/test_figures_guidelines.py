"""F301 held to the labelling guidelines, clause by clause.

Each case is a short invented news sentence (or a few), the figure in it, and the label
the guidelines (benchmarks/labels/figures/GUIDELINES.md) give that figure: ``exempt``
(E1 dates and times, E2 durations and ages, E3 ordinals and ranks, E4 names, E5 results
of contests, E6 plain narrative counts), ``attributed`` (A1 a cue that covers it, A2 an
attributed quotation, A3 reported speech carried on, A4 a source named right after) or
``unsourced``. F301 must report the figure exactly when it is unsourced.
"""

from __future__ import annotations

import pytest

import lint
from lint.config import Settings

EX, AT, UN = "exempt", "attributed", "unsourced"

#: (clause, text, figure, label). The figure is the first occurrence of that text (or
#: ``figure@N`` for the N-th, counting from 1).
BATTERY: list[tuple[str, str, str, str]] = [
    # -- E1 dates and times ---------------------------------------------------------
    ("E1", "He represented Bristol East from 1983 to 1992.", "1983 to 1992", EX),
    ("E1", "She chaired the committee between 2001 and 2004.", "2001", EX),
    ("E1", "She chaired the committee between 2001 and 2004.", "2004", EX),
    ("E1", "He was governor of the bank in 1999-2003.", "1999-2003", EX),
    ("E1", "The club was relegated at the end of the 2004/05 season.", "2004/05", EX),
    ("E1", "The accounts for 2003-04 were filed late.", "2003-04", EX),
    ("E1", "The firm was founded in the 1990s and listed in 2001.", "2001", EX),
    ("E1", "The meeting is on 5 May at 10am.", "5", EX),
    ("E1", "The meeting is on 5 May at 10am.", "10am", EX),
    ("E1", "The vote is due on March 14 and results on the 15th.", "14", EX),
    ("E1", "The new rules take effect from 1 January 2006.", "2006", EX),
    ("E1", "Trading closed at 1630 GMT on Friday.", "1630", EX),
    ("E1", "Sales fell in the three months to December.", "three", EX),
    ("E1", "The strike ran from 1984 until 1985.", "1984", EX),
    ("E1", "The team was unbeaten in 1998, 1999 and 2000.", "1999", EX),
    ("E1", "The firm is developing an aircraft seating 110 to 135 passengers.", "110 to 135", UN),
    # -- E2 durations and ages -----------------------------------------------------------
    ("E2", "He served for 10 years as chairman.", "10", EX),
    ("E2", "The striker signed a five-year deal.", "five", EX),
    ("E2", "He was jailed for two years in 1998.", "two", EX),
    ("E2", "She retired after a 30-year career at the bank.", "30", EX),
    ("E2", "The singer left the band six months ago.", "six", EX),
    ("E2", "Jane Smith, 24, was arrested on Friday.", "24", EX),
    ("E2", "He was on holiday with Eileen Lee, 24. She is missing.", "24", EX),
    ("E2", "He was on holiday with his sister, Eileen Lee, 24.", "24", EX),
    ("E2", "The 24-year-old joined the club from Leeds.", "24", EX),
    ("E2", "The victim, aged 24, was named on Monday.", "24", EX),
    ("E2", "The actor, who is in his 60s, plays a retired judge.", "60s", EX),
    ("E2", "Mr Jones (52) was elected leader.", "52", EX),
    ("E2", "The chairman, 67, will step down in May.", "67", EX),
    ("E2", "The singer died at the age of 71.", "71", EX),
    ("E2", "She left school at 16 to join the family firm.", "16", EX),
    # Age thresholds after the people they bound; not a count of members.
    ("E2", "The allowance goes to households with people over 60.", "60", EX),
    ("E2", "It pays £300 where people are over 80.", "80", EX),
    ("E2", "Free bus travel is offered to those over 75, the council said.", "75", EX),
    ("E2", "Children under 5 travel free.", "5", EX),
    ("E2", "The grant is for those aged 16 to 18.", "16 to 18", EX),
    ("E2", "The grant goes to households with more than 60 members.", "60", UN),
    ("E2", "Police stopped drivers over 100 mph on the motorway.", "100", UN),
    # -- E3 ordinals and ranks -------------------------------------------------------------
    ("E3", "The single went straight in at number one.", "one", EX),
    ("E3", "It is the band's third album in the top 10.", "10", EX),
    ("E3", "The firm is the third-largest carmaker in Europe.", "third", EX),
    ("E3", "The album spent a week at number 2 in the chart.", "2", EX),
    ("E3", "Their new single entered the chart at 14.", "14", EX),
    ("E3", "The player is ranked 21 in the world.", "21", EX),
    ("E3", "The song climbed 12 places to number three.", "12", EX),
    ("E3", "Britain came 15th in the Eurovision contest.", "15th", EX),
    # -- E4 names, titles and designations ---------------------------------------------------
    ("E4", "The Six Nations starts in February.", "Six", EX),
    ("E4", "The show moves to Channel 4 next year.", "4", EX),
    ("E4", "Leaders met at the G8 summit in Scotland.", "G8", EX),
    ("E4", "Rapper 50 Cent topped the bill.", "50", EX),
    ("E4", "Maroon 5 won best new artist.", "5", EX),
    ("E4", "The proposal falls under Article 50 of the treaty.", "50", EX),
    ("E4", "Clause 4 of the bill was dropped.", "4", EX),
    ("E4", "The airline ordered its first 787 Dreamliner.", "787", EX),
    ("E4", "The details are on page 12 of the report.", "12", EX),
    ("E4", "Ocean's Twelve took the top spot at the box office.", "Twelve", EX),
    ("E4", "The film 21 Grams was shown in Venice.", "21", EX),
    # -- E5 results of contests --------------------------------------------------------------
    ("E5", "Mr Sayeed won 173 of the 299 votes.", "173", EX),
    ("E5", "Mr Sayeed won 173 of the 299 votes.", "299", EX),
    ("E5", "The motion was carried by 20 votes.", "20", EX),
    ("E5", "Labour won with a majority of 66.", "66", EX),
    ("E5", "MPs voted 310 to 219 in favour of the bill.", "310", EX),
    ("E5", "MPs voted 310 to 219 in favour of the bill.", "219", EX),
    ("E5", "The government won the vote by 314 to 219.", "314", EX),
    ("E5", "The film leads with nominations in 13 categories.", "13", EX),
    ("E5", "Usher is leading the race with nominations in 13 categories, including best male.", "13", EX),
    ("E5", "The film won four Baftas on Sunday.", "four", EX),
    ("E5", "The Aviator has 11 Oscar nominations.", "11", EX),
    ("E5", "She was nominated in three categories at the Brits.", "three", EX),
    ("E5", "The party won 161 seats.", "161", EX),
    ("E5", "The Lib Dems took 22% of the vote.", "22%", EX),
    ("E5", "Chelsea won 3-1 at Anfield.", "3-1", EX),
    ("E5", "He won the seat with 20,645 votes, compared to 14,738 for the Liberal Democrat.", "14,738", EX),
    ("E5", "The club has won the title 18 times.", "18", EX),
    ("E5", "The film has already won over 30 other international awards.", "30", EX),
    ("E5", "The singer has won 14 British music awards.", "14", EX),
    ("E5", "The charity gave over 30 other international students grants.", "30", UN),
    # -- E6 plain narrative counts ------------------------------------------------------------
    ("E6", "The three other players were not named.", "three", EX),
    ("E6", "Two men were seen leaving the building.", "Two", EX),
    ("E6", "He is survived by his four children.", "four", EX),
    ("E6", "Ministers from the 25 EU members met in Brussels.", "25", EX),
    ("E6", "The board has two options.", "two", EX),
    ("E6", "The band's three albums were reissued.", "three", EX),
    ("E6", "The president began a two-day visit to Paris.", "two", EX),
    ("E6", "Fifteen banks signed the agreement.", "Fifteen", EX),
    ("E6", "The singer has recorded 30 albums.", "30", EX),
    # The parts of a tour or a run of shows.
    ("E6", "The tour will cover 13 US cities.", "13", EX),
    ("E6", "The band will also play 24 European gigs.", "24", EX),
    ("E6", "She missed several shows on the 82-date tour.", "82", EX),
    ("E6", "The world tour will take in 60 cities across Europe and Asia.", "60", EX),
    ("E6", "Police arrested 13 people in 24 cities.", "24", UN),
    ("E6", "Police arrested 13 people in 24 cities.", "13", UN),
    ("E6", "The tour operator has 40 shops in 24 cities.", "24", UN),
    ("E6", "The tour sold 300,000 tickets.", "300,000", UN),
    # Tallies of a population are not narrative counts, however small.
    ("E6", "Two people were killed in the blast.", "Two", UN),
    ("E6", "Nine men were arrested on Friday.", "Nine", UN),
    ("E6", "The factory lost 12 jobs last year.", "12", UN),
    # -- A1 a cue that covers the figure ------------------------------------------------------
    ("A1", "Profits rose 12% to $2.4bn, the company said.", "12%", AT),
    ("A1", "According to the ONS, unemployment fell to 4.7%.", "4.7%", AT),
    ("A1", "Police estimated the crowd at 20,000.", "20,000", AT),
    ("A1", "Figures from the ONS show prices rose 2.1% in May.", "2.1%", AT),
    ("A1", "Official figures published on Tuesday showed exports up 5%.", "5%", AT),
    ("A1", "Statistics published by Eurostat put inflation at 2.2%.", "2.2%", AT),
    ("A1", "According to data from the Land Registry, prices rose 9%.", "9%", AT),
    (
        "A1",
        "The president pointed to Commerce Department figures showing that spending grew at 4.6%.",
        "4.6%",
        AT,
    ),
    ("A1", "He cited Treasury figures showing that 300,000 jobs were created.", "300,000", AT),
    ("A1", "A report by the IMF found that debt had reached $2bn.", "$2bn", AT),
    ("A1", "The damage was estimated by insurers at £5m.", "£5m", AT),
    ("A1", "Analysts expect profits of $2bn.", "$2bn", AT),
    ("A1", "The minister wants 80% of clinics to open at weekends.", "80%", AT),
    ("A1", "The council intends to hire 400 teachers.", "400", AT),
    ("A1", "The union threatened to strike at 30 depots.", "30", AT),
    # Not covered: an agentless passive, a cue in a closed relative clause, a deal.
    ("A1", "The damage is estimated at £5m.", "£5m", UN),
    ("A1", "The black market is thought to be worth $3bn.", "$3bn", UN),
    ("A1", "Mr Smith, who said last year he would quit, earns £1m.", "£1m", UN),
    ("A1", "The airline signed a deal to buy 40 jets.", "40", UN),
    ("A1", "Shares rose 8% after the firm said it would sell its shipping arm.", "8%", UN),
    # Who conducted a survey is its source.
    ("A1", "When PwC conducted the same survey two years ago, nearly 30% of bosses were gloomy.", "30%", AT),
    ("A1", "When Mori carried out the same survey last year, 45% backed the plan.", "45%", AT),
    ("A1", "Police conducted 300 raids last year.", "300", UN),
    # -- A1 polls: the named pollster is the source --------------------------------------------
    ("A1", "YouGov polled 1,981 voters online.", "1,981", AT),
    ("A1", "The survey of 2,000 adults was carried out by Mori.", "2,000", AT),
    ("A1", "The poll was for the BBC. ICM interviewed 1,004 adults by telephone.", "1,004", AT),
    ("A1", "Police questioned 12 people about the fire.", "12", UN),
    ("A1", "China raised rates by 0.27 percentage points to 5.8%.", "5.8%", UN),
    ("A1", "Some 53% of those polled said they had sympathy for him.", "53%", AT),
    ("A1", "A poll by ICM for the Guardian put Labour on 37%.", "37%", AT),
    ("A1", "The poll for the Times found that 40% would vote Labour.", "40%", AT),
    # -- A2 an attributed direct quotation ------------------------------------------------------
    ("A2", '"We sold 500 cars last year," said Ms Jones.', "500", AT),
    ("A2", 'Ms Jones said: "We sold 500 cars last year."', "500", AT),
    (
        "A2",
        'Ms Jones, the chief executive, said it had been a good year.\n\n"We sold 500 cars and hope to sell more."',
        "500",
        AT,
    ),
    ("A2", '"Our 300 stores are full," the chairman told shareholders.', "300", AT),
    ("A2", '"There were 40,000 people there," the organiser added.', "40,000", AT),
    ("A2", 'He told the BBC: "About 2,000 jobs are at risk."', "2,000", AT),
    ("A2", '"Sales were up 7%," she said. "It was our best year."', "7%", AT),
    ("A2", 'According to Mr Brown, "the 3% rise is welcome".', "3%", AT),
    # -- A3 reported speech carried on ----------------------------------------------------------
    ("A3", "The firm said it would cut 500 jobs. Another 200 would go next year.", "200", AT),
    ("A3", "The ministry said 700 people had died. A further 500 were injured.", "500", AT),
    ("A3", "The bank said profit was £120m. Sales climbed to £364m.", "£364m", AT),
    ("A3", "Police said 40 people were arrested. They also seized 300 bottles.", "300", AT),
    ("A3", "The minister said the scheme cost £2m. It would save £5m a year.", "£5m", AT),
    (
        "A3",
        "YouGov polled 1,981 voters online. Forty-three per cent thought he had done a good job.",
        "Forty-three per cent",
        AT,
    ),
    (
        "A3",
        "A YouGov poll found support for Labour unchanged. Labour lead the Conservatives by 39% to 34%.",
        "39%",
        AT,
    ),
    (
        "A3",
        "A survey by ICM found 60% backed the plan. Some 20% said it went too far. For 57%, pensions were key.",
        "57%",
        AT,
    ),
    # A source's account of its own records runs on into a sentence that refers back to them.
    (
        "A3",
        "Swiss Re said it had registered about 300 disasters in 2004. "
        "Twenty-one thousand people lost their lives in the catastrophes with a cost of around $105bn (£54bn).",
        "$105bn",
        AT,
    ),
    (
        "A3",
        "Swiss Re said it had registered about 300 disasters in 2004. "
        "Twenty-one thousand people lost their lives in the catastrophes with a cost of around $105bn (£54bn).",
        "Twenty-one thousand",
        AT,
    ),
    ("A3", "Police said they had received 300 complaints. The complaints came from 40 towns.", "40", AT),
    # Not carried: the writer's own background, a direct quotation's next sentence, an
    # account broken by the writer's narration.
    (
        "A3",
        "Surveys of economists have shown most expect rates to stay put. Markets were calm. Germany grew by 1.7% in 2004.",
        "1.7%",
        UN,
    ),
    ("A3", "The minister said the force was stretched. There are about 3,500 officers.", "3,500", UN),
    ("A3", "Police said they had received 300 complaints. The town has 40,000 residents.", "40,000", UN),
    ("A3", "Police said 300 people were hurt. Some 40,000 fans were in the stands.", "40,000", UN),
    (
        "A3",
        "Swiss Re said it had registered 300 disasters. 21,000 people died in the catastrophes. The bill was $105bn.",
        "$105bn",
        UN,
    ),
    ("A3", '"It was a good year," the chairman said. Profits rose 9%.', "9%", UN),
    ("A3", "The firm said it would cut jobs. Shares fell 3% on the news.", "3%", UN),
    # -- A4 a source named right after -------------------------------------------------------------
    ("A4", "Unemployment fell by 20,000. The figures were published by the ONS on Tuesday.", "20,000", AT),
    ("A4", "Prices rose 3% in May. The data came from the Land Registry.", "3%", AT),
    ("A4", "Growth was 0.5% in the quarter. These estimates were released by the ONS.", "0.5%", AT),
    ("A4", "Exports rose to £5bn. This was a record, the ministry said.", "£5bn", AT),
    ("A4", "Spending rose 4%. The figures come from the Treasury.", "4%", AT),
    ("A4", "Sales fell 5% last year. The numbers were compiled by the trade body.", "5%", AT),
    ("A4", "Some 2,000 homes were sold. Those figures are from the Land Registry.", "2,000", AT),
    ("A4", "Output fell 2%. The results were published by the CBI.", "2%", AT),
    # -- unsourced ---------------------------------------------------------------------------------
    ("UN", "Profits rose 12% to $2.4bn in the three months to June.", "12%", UN),
    ("UN", "Profits rose 12% to $2.4bn in the three months to June.", "$2.4bn", UN),
    ("UN", "Gaza's 2.3 million inhabitants live in a small area.", "2.3 million", UN),
    ("UN", "Militants took dozens of hostages.", "dozens of", UN),
    ("UN", "The black market is twice the size of the legal economy.", "twice", UN),
    ("UN", "About a third of the staff work part-time.", "a third of", UN),
    ("UN", "One in five adults smokes.", "One in five", UN),
    ("UN", "The firm employs 8,000 people in Europe.", "8,000", UN),
    ("UN", "Forty-three per cent of the firms are based in London.", "Forty-three per cent", UN),
    ("UN", "The show drew 9.5 million viewers.", "9.5 million", UN),
    ("UN", "Labour leads the Conservatives by 39% to 34%.", "39%", UN),
    ("UN", "The tournament attracted 40,000 fans.", "40,000", UN),
    ("UN", "The airline carried 2.1 million passengers in May.", "2.1 million", UN),
]


def _span(text: str, figure: str) -> tuple[int, int]:
    figure, _, nth = figure.partition("@")
    at = -1
    for _ in range(int(nth or 1)):
        at = text.index(figure, at + 1)
    return at, at + len(figure)


def _flagged(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in lint.check_text(text, "a.md", Settings(select=["F301"]))]


@pytest.mark.parametrize(
    ("clause", "text", "figure", "label"),
    BATTERY,
    ids=[f"{c}-{i}" for i, (c, *_rest) in enumerate(BATTERY)],
)
def test_guideline_clause(clause, text, figure, label):
    start, end = _span(text, figure)
    hit = any(s < end and start < e for s, e in _flagged(text))
    assert hit == (label == UN), f"{clause}: {figure!r} should be {label} in: {text}"
