"""``copydesk stats PATH...``: an article's report card.

Words, sentences, paragraphs, reading time, every readability score with the
configured D401 target, the longest sentences, and (when the figures check is
installed) how many figures are sourced. A table for people, ``--format json``
for tools. The scores are measured exactly as D401 measures them: the writer's
running prose, not the headline, headings, block quotes, lists or quotations.
"""

from __future__ import annotations

import json
import math
import sys
from typing import Any

import click

#: How long a sentence excerpt may be in the table.
EXCERPT = 72
#: Below this many measured words the scores swing with every sentence (D401's min-words default).
ROUGH_BELOW = 100


@click.command("stats")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--longest", type=click.IntRange(min=0), default=3, show_default=True, help="Longest sentences to list.")
@click.option(
    "--config", type=click.Path(dir_okay=False), help="Configuration file (for the D401 target and excludes)."
)
@click.option("--stdin-filename", metavar="PATH", help="Name (and format, by suffix) of the article read from '-'.")
def stats(paths: tuple[str, ...], fmt: str, longest: int, config: str | None, stdin_filename: str | None) -> None:
    """Report card for articles: length, reading time, readability, longest sentences."""
    from lint.cli import EXIT_ERROR, _settings
    from lint.document import parse
    from lint.engine import load
    from lint.sources import STDIN, SkipFile, discover

    settings = _settings(config)
    files, missing = discover(list(paths), settings.is_excluded)
    target = _target(settings)
    cards, problems = [], []
    stdin = (stdin_filename or "stdin.txt", sys.stdin.buffer.read()) if STDIN in files else None
    for path in files:
        try:
            source = load(path, stdin)
        except SkipFile as exc:
            problems.append(f"{path}: {exc}")
            continue
        cards.append(article_stats(parse(source.text, source.path), longest=longest, target=target))
    if fmt == "json":
        click.echo(json.dumps({"files": cards}, indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(cards), nl=False)
    for line in problems:
        click.echo(f"copydesk: {line}", err=True)
    for path in missing:
        click.echo(f"copydesk: error: {path}: no such file or directory", err=True)
    if missing:
        sys.exit(EXIT_ERROR)


def _target(settings) -> dict[str, Any] | None:
    """D401's configured metric and target, or None when D401 is not selected."""
    rule = next((r for r in settings.active_rules() if r.code == "D401"), None)
    if rule is None:
        return None
    return {"rule": "D401", "metric": rule.option("metric"), "grade": rule.option("target")}


def article_stats(doc, longest: int = 3, target: dict[str, Any] | None = None) -> dict[str, Any]:
    """The report card of one parsed article, as plain data (the JSON shape)."""
    from lint import readability as r

    body = doc.paragraphs
    words = sum(len(s.words) for b in body for s in b.sentences)
    sentences = [s for b in body for s in b.sentences if s.words]
    all_words = len(doc.words)
    prose = r.prose_sentences(doc)
    counts = r.counter().total(prose)
    scores = {}
    for metric in r.METRICS:
        value = r.score(metric, counts)
        entry: dict[str, Any] = {"score": round(value, 1), "grade": round(r.grade(metric, value), 1)}
        if metric in (r.FLESCH_READING_EASE, r.DALE_CHALL):
            entry["band"] = r.grade_label(metric, value)
        scores[metric] = entry
    if target is not None and counts.words:
        target = dict(target, above=scores[target["metric"]]["grade"] > target["grade"])
    ranked = sorted(sentences, key=lambda s: (-len(s.words), s.start))[:longest]
    card: dict[str, Any] = {
        "path": doc.path,
        "headline": " ".join(doc.headline.text.split()) if doc.headline else None,
        "words": words,
        "sentences": len(sentences),
        "paragraphs": len(body),
        "reading_time_seconds": math.ceil(60 * all_words / r.WORDS_PER_MINUTE),
        "words_per_sentence": round(words / len(sentences), 1) if sentences else 0.0,
        "readability": {
            "measured_words": counts.words,
            "measured_sentences": counts.sentences,
            "syllables_per_word": round(counts.syllables / counts.words, 2) if counts.words else 0.0,
            "scores": scores,
            "target": target,
        },
        "longest_sentences": [
            {
                "line": doc.lines.position(s.start).line,
                "column": doc.lines.position(s.start).column,
                "words": len(s.words),
                "quoted": s.quoted,
                "text": " ".join(s.text.split()),
            }
            for s in ranked
        ],
    }
    figures = _figure_counts(doc)
    if figures is not None:
        card["figures"] = figures
    return card


def _figure_counts(doc) -> dict[str, int] | None:
    """Sourced and unsourced figures from the figures check, when it is installed."""
    try:
        from lint.checks.figures import figure_counts
    except ImportError:
        return None
    return dict(figure_counts(doc))


# -- the table ----------------------------------------------------------------------

_LABELS = {
    "flesch-kincaid": "Flesch-Kincaid grade",
    "flesch-reading-ease": "Flesch reading ease",
    "gunning-fog": "Gunning fog",
    "smog": "SMOG",
    "coleman-liau": "Coleman-Liau",
    "dale-chall": "Dale-Chall",
}


def render_text(cards: list[dict[str, Any]]) -> str:
    out: list[str] = []
    for card in cards:
        if out:
            out.append("")
        out.extend(_card_lines(card))
    if len(cards) > 1:
        total = sum(c["words"] for c in cards)
        grades = sorted(c["readability"]["scores"]["flesch-kincaid"]["grade"] for c in cards)
        median = (
            grades[len(grades) // 2]
            if len(grades) % 2
            else (grades[len(grades) // 2 - 1] + grades[len(grades) // 2]) / 2
        )
        out += ["", f"{len(cards)} articles, {total:,} words, median Flesch-Kincaid grade {median:.1f}"]
    return "\n".join(out) + "\n" if out else ""


def _card_lines(card: dict[str, Any]) -> list[str]:
    lines = [card["path"]]
    if card["headline"]:
        lines.append(f"  {_clip(card['headline'], EXCERPT + 10)}")
    rows = [
        ("words", f"{card['words']:,}"),
        ("sentences", f"{card['sentences']:,}"),
        ("paragraphs", f"{card['paragraphs']:,}"),
        ("reading time", _duration(card["reading_time_seconds"])),
        ("words per sentence", f"{card['words_per_sentence']:.1f}"),
    ]
    if "figures" in card:
        f = card["figures"]
        rows.append(("figures", f"{f.get('sourced', 0)} sourced, {f.get('unsourced', 0)} unsourced"))
    lines += [f"  {k:<22}{v}" for k, v in rows]
    read = card["readability"]
    rough = "; too short for steady scores" if 0 < read["measured_words"] < ROUGH_BELOW else ""
    lines.append(f"  readability, on {read['measured_words']:,} words of the writer's prose{rough}")
    if not read["measured_words"]:
        lines.append("    (no running prose to measure)")
    else:
        target = read["target"]
        for metric, entry in read["scores"].items():
            note = entry.get("band", "")
            if target and target["metric"] == metric:
                verdict = "above" if target.get("above") else "within"
                note = f"{note}; " if note else ""
                note += f"{verdict} the D401 target, grade {target['grade']:g}"
            lines.append(f"    {_LABELS[metric]:<22}{entry['score']:>6.1f}  {note}".rstrip())
    if card["longest_sentences"]:
        lines.append("  longest sentences")
        for s in card["longest_sentences"]:
            quoted = " (quote)" if s["quoted"] else ""
            lines.append(f"    line {s['line']:<5}{s['words']:>3} words{quoted}  {_clip(s['text'], EXCERPT)}")
    return lines


def _duration(seconds: int) -> str:
    if seconds < 60:
        return "under a minute"
    minutes = round(seconds / 60)
    return f"about {minutes} minute{'s' if minutes != 1 else ''}"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
