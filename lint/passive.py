"""Passive constructions ("was agreed upon by", "have not been disclosed"), found from words alone.

No parser: a form of "to be", up to two adverbs, then a past participle
(regular "-ed" or a listed irregular one), in the writer's own words. Two
kinds are told apart, because the fix differs: a passive whose actor is named
("exacerbated by Israel's strikes") can simply be turned round; one without an
actor hides who did it. Agentless passives that news writing uses on purpose,
where the person it happened to is the story ("was killed", "was arrested",
"was born"), are left alone, as are "-ed" words that are usually adjectives
after "to be" ("is interested", "was based in").
"""

from __future__ import annotations

from dataclasses import dataclass

from lint.document import Sentence, Word

BE = frozenset(["am", "is", "are", "was", "were", "be", "been", "being"])
AUXILIARIES = frozenset(
    ["have", "has", "had", "having", "will", "would", "shall", "should", "may", "might", "must", "can", "could"]
)
ADVERBS = frozenset(
    [
        "not",
        "never",
        "also",
        "still",
        "already",
        "yet",
        "now",
        "just",
        "previously",
        "recently",
        "reportedly",
        "allegedly",
        "widely",
        "largely",
        "often",
        "always",
        "since",
        "then",
        "first",
        "later",
        "later",
        "once",
        "further",
        "heavily",
        "fully",
        "partly",
        "partially",
    ]
)
IRREGULAR = frozenset(
    [
        "arisen",
        "awoken",
        "beaten",
        "become",
        "begun",
        "bent",
        "bid",
        "bitten",
        "bled",
        "blown",
        "borne",
        "bought",
        "bound",
        "bred",
        "brought",
        "built",
        "burnt",
        "caught",
        "chosen",
        "clung",
        "come",
        "cost",
        "crept",
        "cut",
        "dealt",
        "done",
        "drawn",
        "dreamt",
        "driven",
        "drunk",
        "dug",
        "eaten",
        "fallen",
        "fed",
        "felt",
        "fought",
        "found",
        "fled",
        "flung",
        "flown",
        "forbidden",
        "forgiven",
        "forgotten",
        "forsaken",
        "frozen",
        "given",
        "gone",
        "ground",
        "grown",
        "hung",
        "heard",
        "held",
        "hidden",
        "hit",
        "hurt",
        "kept",
        "knelt",
        "known",
        "laid",
        "led",
        "leant",
        "leapt",
        "learnt",
        "left",
        "lent",
        "lit",
        "lost",
        "made",
        "meant",
        "met",
        "mistaken",
        "mown",
        "overcome",
        "overheard",
        "overridden",
        "overrun",
        "overseen",
        "overtaken",
        "overthrown",
        "paid",
        "put",
        "quit",
        "rebuilt",
        "repaid",
        "retold",
        "rewritten",
        "rid",
        "ridden",
        "risen",
        "run",
        "rung",
        "said",
        "seen",
        "sent",
        "set",
        "sewn",
        "shaken",
        "shed",
        "shone",
        "shot",
        "shown",
        "shrunk",
        "shut",
        "slain",
        "slept",
        "slid",
        "sold",
        "sought",
        "sown",
        "spent",
        "spilt",
        "split",
        "spoken",
        "spread",
        "sprung",
        "stolen",
        "struck",
        "stuck",
        "stung",
        "strewn",
        "striven",
        "sung",
        "sunk",
        "sworn",
        "swept",
        "swollen",
        "swum",
        "taken",
        "taught",
        "thought",
        "thrown",
        "told",
        "torn",
        "trodden",
        "understood",
        "undertaken",
        "undone",
        "upheld",
        "upset",
        "wept",
        "withdrawn",
        "withheld",
        "won",
        "worn",
        "woven",
        "wound",
        "written",
    ]
)
#: "-ed" words that after "to be" are nearly always adjectives, or not verbs at all.
NOT_PASSIVE = frozenset(
    [
        "interested",
        "concerned",
        "worried",
        "tired",
        "pleased",
        "delighted",
        "disappointed",
        "surprised",
        "excited",
        "satisfied",
        "committed",
        "determined",
        "prepared",
        "supposed",
        "used",
        "based",
        "located",
        "related",
        "involved",
        "married",
        "qualified",
        "advanced",
        "experienced",
        "talented",
        "skilled",
        "detailed",
        "limited",
        "united",
        "aged",
        "sophisticated",
        "complicated",
        "dedicated",
        "ashamed",
        "scared",
        "frightened",
        "bored",
        "amazed",
        "annoyed",
        "confused",
        "embarrassed",
        "exhausted",
        "relieved",
        "convinced",
        "engaged",
        "entitled",
        "obliged",
        "inclined",
        "poised",
        "opposed",
        "unopposed",
        "unprecedented",
        "unexpected",
        "unemployed",
        "hundred",
        "sacred",
        "wicked",
        "naked",
        "rugged",
        "beloved",
        "ragged",
        "kindred",
        "red",
        "bed",
        "wed",
        "shed",
    ]
)
#: Agentless passives that news style uses on purpose: the person it happened to is the story.
NEWS_PASSIVES = frozenset(
    [
        "born",
        "killed",
        "injured",
        "wounded",
        "hurt",
        "arrested",
        "charged",
        "jailed",
        "sentenced",
        "convicted",
        "acquitted",
        "detained",
        "elected",
        "re-elected",
        "appointed",
        "named",
        "hospitalised",
        "hospitalized",
        "found",
        "expected",
        "set",
        "due",
    ]
)


_EED = frozenset(["agreed", "disagreed", "guaranteed", "freed", "decreed", "refereed"])
#: After "by", these mean "no later than" or "by how much", not an actor.
_NOT_AGENT = frozenset(
    [
        "then",
        "now",
        "far",
        "much",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "the-end",
    ]
)


@dataclass(frozen=True)
class Passive:
    start: int
    end: int
    #: The participle's lowercase form.
    participle: str
    #: Followed by "by" and an actor: the actor is named, so the sentence can be turned round.
    agent: bool


def find_passives(sentence: Sentence) -> list[Passive]:
    """The passive constructions in ``sentence``, outside direct quotations."""
    words = sentence.words
    out: list[Passive] = []
    i, n = 0, len(words)
    while i < n:
        if words[i].quoted or _lower(words[i]) not in BE:
            i += 1
            continue
        j = i + 1
        while j < n and j - i <= 3 and (_lower(words[j]) in BE or _lower(words[j]) in ADVERBS):
            j += 1
        if j >= n or not _is_participle(words[j]):
            i += 1
            continue
        participle = _lower(words[j])
        k = j + 1
        if k < n and _lower(words[k]) in ("upon", "on") and k + 1 < n and _lower(words[k + 1]) == "by":
            k += 1
        agent = k + 1 < n and _lower(words[k]) == "by" and _is_actor(words[k + 1])
        if not agent and participle in NEWS_PASSIVES:
            i = j + 1
            continue
        end = words[k].end if agent else words[j].end
        out.append(Passive(words[_auxiliary_start(words, i)].start, end, participle, agent))
        i = j + 1
    return out


def _auxiliary_start(words: list[Word], i: int) -> int:
    """Step back to a "have" or modal before the "be" form: "have not been agreed"."""
    j = i - 1
    if j >= 0 and _lower(words[j]) in ADVERBS:
        j -= 1
    return j if j >= 0 and _lower(words[j]) in AUXILIARIES and not words[j].quoted else i


def _lower(word: Word) -> str:
    return word.text.lower()


def _is_actor(word: Word) -> bool:
    return not word.text[0].isdigit() and word.text.lower() not in _NOT_AGENT


def _is_participle(word: Word) -> bool:
    text = word.text
    if word.quoted or not text.islower():
        return False
    if text in IRREGULAR:
        return True
    if text.endswith("eed"):
        return text in _EED
    if text.startswith("un") and text not in ("undermined", "understood", "undertaken", "undone"):
        return False  # "unchanged", "unopposed", "unconfirmed": adjectives
    return len(text) >= 5 and text.endswith("ed") and text not in NOT_PASSIVE
