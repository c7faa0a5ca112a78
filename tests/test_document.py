"""The document model: exact spans, Markdown treated as markup, news-proof sentences."""

from __future__ import annotations

import pytest

import lint
from lint.sentences import split_sentences


def texts(spans, text):
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. State Department said so. It was late.",
            ["The U.S. State Department said so.", "It was late."],
        ),
        (
            "Mr. Smith met Dr. Jones on Jan. 5 in Gaza. Then he left.",
            ["Mr. Smith met Dr. Jones on Jan. 5 in Gaza.", "Then he left."],
        ),
        ("Gaza has 2.3 million inhabitants. Most are young.", ["Gaza has 2.3 million inhabitants.", "Most are young."]),
        ("George W. Bush spoke. J. K. Rowling wrote.", ["George W. Bush spoke.", "J. K. Rowling wrote."]),
        ('He said: "It is over." Then he left.', ['He said: "It is over."', "Then he left."]),
        ('"Is it over?" he asked. Nobody knew.', ['"Is it over?" he asked.', "Nobody knew."]),
        ("Why? Because. The end", ["Why?", "Because.", "The end"]),
        ("It rose 5.5% in 2004. Shares fell.", ["It rose 5.5% in 2004.", "Shares fell."]),
    ],
)
def test_sentence_splitting_survives_news_text(text, expected):
    assert texts(split_sentences(text), text) == expected


def test_every_span_maps_back_to_the_file():
    text = "Headline here\n\nFirst para, one sentence. Second one.\n\nAnother paragraph.\n"
    doc = lint.parse(text, "a.txt")
    assert doc.headline.text == "Headline here"
    for item in [doc.headline, *doc.paragraphs, *doc.sentences, *doc.words]:
        assert text[item.start : item.end] == item.text
    assert [p.text for p in doc.paragraphs] == ["First para, one sentence. Second one.", "Another paragraph."]
    assert [s.text for s in doc.sentences] == [
        "Headline here",
        "First para, one sentence.",
        "Second one.",
        "Another paragraph.",
    ]


def test_plain_text_headline_is_first_non_empty_line():
    doc = lint.parse("\n\n  Big news today\nBody starts here.\n", "a.txt")
    assert doc.headline.text == "Big news today"
    assert [p.text for p in doc.paragraphs] == ["Body starts here."]


def test_crlf_offsets_and_lines():
    text = "Headline\r\n\r\nA sentence here.\r\nStill the same paragraph.\r\n\r\nNext one.\r\n"
    doc = lint.parse(text, "a.txt")
    words = {w.text: w for w in doc.words}
    nxt = words["Next"]
    assert text[nxt.start : nxt.end] == "Next"
    pos = doc.lines.position(nxt.start)
    assert (pos.line, pos.column) == (6, 1)
    assert doc.paragraphs[0].text.replace("\r", "") == "A sentence here.\nStill the same paragraph."


def test_bom_is_not_part_of_the_text():
    doc = lint.parse("\ufeffHeadline\n\nBody.", "a.txt")
    assert doc.headline.text == "Headline"
    assert doc.headline.start == 0


MARKDOWN = """---
title: "Minister *resigns* over leak"
tags: [politics, leak]
author: Jo Bloggs
---

# A heading that is not the headline

Some **bold** text with [a link](https://example.com/a_b) and `code here`
and mail to desk@example.org. See https://example.com/x.

> A block quote
> that continues.

- first item
- second [sic] item

```
fenced code is not prose
```

<!-- an ordinary comment -->
    indented code is not prose either
"""


def test_markdown_headline_comes_from_front_matter_title():
    doc = lint.parse(MARKDOWN, "a.md")
    assert doc.headline.text.split() == ["Minister", "resigns", "over", "leak"]
    assert MARKDOWN[doc.headline.start : doc.headline.end] == "Minister *resigns* over leak"


def test_markdown_first_heading_is_headline_without_front_matter():
    doc = lint.parse("# Big news\n\nBody text.\n\n## Background\n\nMore.", "a.md")
    assert doc.headline.text == "Big news"
    assert [b.kind for b in doc.blocks] == ["headline", "paragraph", "heading", "paragraph"]


def test_markdown_markup_code_urls_and_front_matter_are_not_prose():
    doc = lint.parse(MARKDOWN, "a.md")
    words = [w.text for w in doc.words]
    for absent in ["tags", "politics", "Bloggs", "https", "example", "code", "desk", "fenced", "indented", "ordinary"]:
        assert absent not in words, absent
    for present in ["bold", "link", "block", "continues", "first", "second", "item", "heading"]:
        assert present in words, present
    # Every word still maps back to the original file.
    for w in doc.words:
        assert MARKDOWN[w.start : w.end] == w.text
    assert len(doc.prose) == len(MARKDOWN)


def test_markdown_block_kinds():
    doc = lint.parse(MARKDOWN, "a.md")
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["headline", "heading", "paragraph", "quote", "list_item", "list_item"]


def test_sic_marks_the_word_before_it():
    doc = lint.parse(MARKDOWN, "a.md")
    second = next(w for w in doc.words if w.text == "second")
    assert second.sic
    assert "sic" not in [w.text for w in doc.words]


def test_quotations_are_marked():
    text = 'Headline\n\n"We will fight on," the minister said. He left.\n\n“It is over.” That was all.'
    doc = lint.parse(text, "a.txt")
    quoted = {w.text for w in doc.words if w.quoted}
    assert quoted == {"We", "will", "fight", "on", "It", "is", "over"}
    assert [s.quoted for s in doc.sentences] == [False, False, False, True, False]


def test_quotation_continuing_into_next_paragraph_runs_to_paragraph_end():
    text = 'Headline\n\n"It was the worst day of my life. I lost everything.\n\n"Now we rebuild," she said.'
    doc = lint.parse(text, "a.txt")
    assert doc.paragraphs[0].quoted


def test_empty_document():
    doc = lint.parse("", "a.txt")
    assert doc.headline is None and doc.words == []


def test_straight_quote_left_open_before_the_next_quote_in_a_paragraph():
    text = 'H\n\nShe said: "We doubled it, to 26 weeks. "We will extend it to nine months." Then she left.'
    doc = lint.parse(text, "a.txt")
    assert [text[a:b] for a, b in doc.quotations] == [
        '"We doubled it, to 26 weeks.',
        '"We will extend it to nine months."',
    ]
    assert not next(w for w in doc.words if w.text == "Then").quoted
