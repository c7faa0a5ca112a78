"""copydesk: an editorial linter for news articles.

The library API::

    import lint
    findings = lint.check_text(text, path="article.md")
    report = lint.check_paths(["articles/"])
    doc = lint.parse(text, "article.md")

Imports stay lazy so ``copydesk --version`` and a one-file run start fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from lint.config import Settings
    from lint.document import Document
    from lint.engine import Report
    from lint.finding import Finding

__all__ = ["__version__", "check_paths", "check_text", "parse"]


def parse(text: str, path: str = "article.txt") -> Document:
    """Parse an article into headline, paragraphs, sentences and words, each with exact offsets."""
    from lint.document import parse as _parse

    return _parse(text, path)


def check_text(text: str, path: str = "article.txt", settings: Settings | None = None) -> list[Finding]:
    """Check one article given as text; ``path`` decides Markdown or plain text and names the findings."""
    from lint.engine import Engine
    from lint.sources import Source

    return Engine(settings).check_source(Source(path, text.removeprefix("\ufeff")))


def check_paths(paths: list[str], settings: Settings | None = None, jobs: int = 1) -> Report:
    """Check files and folders; returns a ``Report`` with ``findings``, ``notices`` and ``errors``."""
    from lint.engine import Engine, run
    from lint.sources import discover

    engine = Engine(settings)
    files, missing = discover([str(p) for p in paths], engine.settings.is_excluded)
    report = run(engine, files, jobs=jobs)
    report.errors.extend(f"{p}: no such file or directory" for p in missing)
    return report
