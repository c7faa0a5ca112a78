"""copydesk is held to the reviewed expected findings of each seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

import lint
from lint.config import Settings

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLES = sorted(p for p in SEEDS.iterdir() if p.suffix in (".txt", ".md"))


def expected(article: Path) -> set[tuple[int, int, str]]:
    out = set()
    for line in article.with_suffix(".expected").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        where, code = line.split()[:2]
        row, col = where.split(":")
        out.add((int(row), int(col), code))
    return out


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_seed_findings_match_review(article):
    settings = Settings(root=SEEDS, grammar=False)
    findings = lint.check_text(article.read_text(encoding="utf-8"), str(article), settings)
    actual = {(f.line, f.column, f.code) for f in findings}
    want = expected(article)
    assert not want - actual, f"missing: {sorted(want - actual)}"
    assert not actual - want, f"unexpected: {sorted(actual - want)}"


def test_there_are_seeds():
    assert ARTICLES
