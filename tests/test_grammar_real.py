"""Against a real LanguageTool server: run with COPYDESK_LANGUAGETOOL_URL set, skipped otherwise.

    docker run -d -p 8081:8010 erikvl87/languagetool
    COPYDESK_LANGUAGETOOL_URL=http://localhost:8081 python -m pytest -m languagetool

The suite lets tests reach loopback addresses only, so the server must be local.
"""

from __future__ import annotations

import os
from urllib.parse import urlparse

import pytest

import lint
from lint.config import Settings

URL = os.environ.get("COPYDESK_LANGUAGETOOL_URL", "")

pytestmark = [
    pytest.mark.languagetool,
    pytest.mark.skipif(not URL, reason="set COPYDESK_LANGUAGETOOL_URL to a local LanguageTool server to run"),
]

ARTICLE = """---
title: Council approves new orchard
tags: [a, apple]
---

The mayor bought a apple at **the** market, and [the council's report](https://example.org/report), which
was published on Monday, said so.

```
he go home , now
```

Residents can read it at www.example.org/a-report until June.
"""

CLEAN = """Council approves new orchard

The council approved plans for a new orchard on Tuesday, after a vote that ended a year of debate.

Work will begin in the spring. The mayor said the trees would be planted by volunteers.
"""


@pytest.fixture(scope="module")
def settings() -> Settings:
    host = urlparse(URL).hostname or ""
    if not (host == "localhost" or host.startswith("127.") or host == "::1"):
        pytest.skip("the test suite allows loopback connections only; use a server on localhost")
    return Settings(languagetool={"server": URL, "language": "en-GB"})


def test_real_server_finds_the_article_error_where_it_is(settings):
    findings = lint.check_text(ARTICLE, "story.md", settings)
    [article] = [f for f in findings if f.detail_code == "EN_A_VS_AN"]
    assert (article.code, article.line, article.column) == ("G501", 6, 18)
    assert ARTICLE[article.start : article.end] == "a"
    assert "an" in article.suggestions


def test_real_server_sees_no_markup_code_or_urls(settings):
    findings = lint.check_text(ARTICLE, "story.md", settings)
    assert [f for f in findings if f.line != 6 or f.detail_code != "EN_A_VS_AN"] == []


def test_real_server_passes_clean_copy(settings):
    assert lint.check_text(CLEAN, "story.txt", settings) == []
