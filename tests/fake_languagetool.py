"""A small stand-in for a LanguageTool server, on 127.0.0.1, for offline tests.

It answers ``GET /v2/languages`` and ``GET|POST /v2/check`` in the JSON shape
of LanguageTool's documented HTTP API (https://languagetool.org/http-api/),
so copydesk's adapter runs through the real ``language-tool-python`` client:

- ``/v2/languages``: ``[{"name", "code", "longCode"}, ...]``;
- ``/v2/check`` (form fields ``text``, ``language``, ``disabledRules``,
  ``enabledRules``, ``disabledCategories``, ``level``): ``{"software",
  "language", "matches": [{"message", "shortMessage", "replacements":
  [{"value"}], "offset", "length", "context": {"text", "offset", "length"},
  "sentence", "type", "rule": {"id", "description", "issueType", "category":
  {"id", "name"}}}]}``, offsets counted in UTF-16 code units as Java does;
- errors as LanguageTool sends them: a status code and a plain-text body.

Its rules are deterministic toys. EN_A_VS_AN, COMMA_PARENTHESIS_WHITESPACE,
DOUBLE_PUNCTUATION, UPPERCASE_SENTENCE_START, ENGLISH_WORD_REPEAT_RULE,
HE_VERB_AGR, EN_UNPAIRED_QUOTES and MORFOLOGIK_RULE_EN_* carry the ids and
categories of LanguageTool's real rules; IN_ORDER_TO and VERY_UNIQUE (picky
only) are made up. As LanguageTool documents, spelling is checked only when
the language names a variant ("en-GB", not "en").
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English (Australian)", "code": "en", "longCode": "en-AU"},
    {"name": "English (Canadian)", "code": "en", "longCode": "en-CA"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
    {"name": "French", "code": "fr", "longCode": "fr"},
]
_LONG_CODES = {entry["longCode"] for entry in LANGUAGES}
_CATEGORY_NAMES = {
    "MISC": "Miscellaneous",
    "GRAMMAR": "Grammar",
    "PUNCTUATION": "Punctuation",
    "TYPOGRAPHY": "Typography",
    "CASING": "Capitalization",
    "TYPOS": "Possible Typo",
    "STYLE": "Style",
}
MISSPELLINGS = {"goverment": ["government"], "recieve": ["receive"], "teh": ["the", "ten"]}


@dataclass(frozen=True)
class ToyRule:
    id: str
    category: str
    issue_type: str
    pattern: re.Pattern
    message: str
    replace: Callable[[re.Match], list[str]]
    picky_only: bool = False


def _capitalise(m: re.Match) -> list[str]:
    word = m.group(0)
    return [word[:1].upper() + word[1:]]


RULES = [
    ToyRule(
        "EN_A_VS_AN",
        "MISC",
        "misspelling",
        re.compile(r"(?<![\w'’-])([Aa])(?= [aeiou][a-z])"),
        "Use “an” instead of ‘a’ if the following word starts with a vowel sound, e.g. ‘an article’, ‘an hour’.",
        lambda m: ["An" if m.group(1) == "A" else "an"],
    ),
    ToyRule(
        "HE_VERB_AGR",
        "GRAMMAR",
        "grammar",
        re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t) (go|do|have)\b"),
        "The pronoun and the verb do not agree.",
        lambda m: [m.group(0)[: m.start(1) - m.start(0)] + {"go": "goes", "do": "does", "have": "has"}[m.group(1)]],
    ),
    ToyRule(
        "DOUBLE_PUNCTUATION",
        "PUNCTUATION",
        "typographical",
        re.compile(r",,"),
        "Two consecutive commas",
        lambda m: [","],
    ),
    ToyRule(
        "COMMA_PARENTHESIS_WHITESPACE",
        "TYPOGRAPHY",
        "whitespace",
        re.compile(r"\s,(?!,)"),
        "Put a space after the comma, but not before the comma.",
        lambda m: [","],
    ),
    ToyRule(
        "UPPERCASE_SENTENCE_START",
        "CASING",
        "typographical",
        re.compile(r"(?:^|(?<=[.!?] )|(?<=\n\n))[a-z]\w*"),
        "This sentence does not start with an uppercase letter.",
        _capitalise,
    ),
    ToyRule(
        "ENGLISH_WORD_REPEAT_RULE",
        "MISC",
        "duplication",
        re.compile(r"\b(\w+) \1\b", re.IGNORECASE),
        "Possible typo: you repeated a word.",
        lambda m: [m.group(1)],
    ),
    ToyRule(
        "IN_ORDER_TO",
        "STYLE",
        "style",
        re.compile(r"\bin order to\b"),
        "Consider a shorter alternative to avoid wordiness.",
        lambda m: ["to"],
    ),
    ToyRule(
        "VERY_UNIQUE",
        "STYLE",
        "style",
        re.compile(r"\bvery unique\b"),
        "Something is either unique or it is not.",
        lambda m: ["unique"],
        picky_only=True,
    ),
]


def _unpaired_quotes(text: str) -> list[tuple[int, int]]:
    """Opening quotation marks that no closing mark in the same paragraph pairs with."""
    spans = []
    for para in re.finditer(r"(?:[^\n]|\n(?!\n))+", text):
        open_marks: list[int] = []
        for m in re.finditer("[“”]", para.group(0)):
            if m.group(0) == "“":
                open_marks.append(para.start() + m.start())
            elif open_marks:
                open_marks.pop()
        spans.extend((i, i + 1) for i in open_marks)
    return spans


def _paragraph(text: str, index: int) -> str:
    start = text.rfind("\n\n", 0, index)
    end = text.find("\n\n", index)
    return text[0 if start == -1 else start + 2 : len(text) if end == -1 else end]


def _utf16(text: str, index: int) -> int:
    """Java's (UTF-16) offset of the Python index ``index``."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def check_text(text: str, params: dict[str, str], extra_rules: tuple[ToyRule, ...] = ()) -> list[dict]:
    """The toy rules' matches, filtered by the request's options, in LanguageTool's JSON shape."""
    language = params["language"]
    disabled_rules = set(filter(None, params.get("disabledRules", "").split(",")))
    disabled_categories = set(filter(None, params.get("disabledCategories", "").split(",")))
    picky = params.get("level") == "picky"
    found: list[tuple[int, int, str, str, str, str, list[str]]] = []
    for rule in (*RULES, *extra_rules):
        if rule.picky_only and not picky:
            continue
        for m in rule.pattern.finditer(text):
            start, end = m.span(1) if rule.id == "EN_A_VS_AN" else m.span()
            found.append((start, end, rule.id, rule.category, rule.issue_type, rule.message, rule.replace(m)))
    for start, end in _unpaired_quotes(text):
        found.append(
            (
                start,
                end,
                "EN_UNPAIRED_QUOTES",
                "PUNCTUATION",
                "typographical",
                "Unpaired symbol: ‘”’ seems to be missing",
                [],
            )
        )
    if "-" in language:  # LanguageTool spells only a variant: en-GB, en-US, ...
        speller = "MORFOLOGIK_RULE_" + language.upper().replace("-", "_")
        for m in re.finditer(r"\w+", text):
            if m.group(0).lower() in MISSPELLINGS:
                found.append(
                    (
                        *m.span(),
                        speller,
                        "TYPOS",
                        "misspelling",
                        "Possible spelling mistake found.",
                        MISSPELLINGS[m.group(0).lower()],
                    )
                )
    matches = []
    for start, end, rule_id, category, issue_type, message, replacements in sorted(found):
        if rule_id in disabled_rules or category in disabled_categories:
            continue
        c0 = max(0, start - 40)
        context = text[c0 : end + 40].replace("\n", " ")
        matches.append(
            {
                "message": message,
                "shortMessage": "",
                "replacements": [{"value": r} for r in replacements],
                "offset": _utf16(text, start),
                "length": _utf16(text, end) - _utf16(text, start),
                "context": {"text": context, "offset": start - c0, "length": end - start},
                "sentence": _paragraph(text, start),
                "type": {"typeName": "Other"},
                "rule": {
                    "id": rule_id,
                    "description": message,
                    "issueType": issue_type,
                    "category": {"id": category, "name": _CATEGORY_NAMES.get(category, category.title())},
                },
                "ignoreForIncompleteSentence": False,
                "contextForSureMatch": 0,
            }
        )
    return matches


class FakeLanguageTool:
    """Start with ``start()``; ``url`` is its base address; ``checks`` the requests it answered."""

    def __init__(self, max_text_length: int = 0, extra_rules: tuple[ToyRule, ...] = ()) -> None:
        self.max_text_length = max_text_length
        #: More toy rules, e.g. one in a category no G rule lists.
        self.extra_rules = extra_rules
        #: Answer the next N /v2/check requests with 503, as an overloaded server does.
        self.fail_next = 0
        #: Seconds to wait before answering /v2/check.
        self.delay = 0.0
        self.checks: list[dict[str, str]] = []
        self.language_requests = 0
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "start() the fake server first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def texts(self) -> list[str]:
        return [c["text"] for c in self.checks]

    def start(self) -> FakeLanguageTool:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                url = urlparse(self.path)
                self._route(url.path, _fields(url.query))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8")
                self._route(urlparse(self.path).path, _fields(body))

            def _route(self, path: str, params: dict[str, str]) -> None:
                if path == "/v2/languages":
                    with fake._lock:
                        fake.language_requests += 1
                    self._send(200, LANGUAGES)
                elif path == "/v2/check":
                    self._send(*fake._check(params))
                elif path == "/v2/healthcheck":
                    self._send(200, "OK")
                else:
                    self._send(404, f"Error: no such endpoint {path}")

            def _send(self, status: int, payload) -> None:
                if isinstance(payload, str):
                    body, kind = payload.encode("utf-8"), "text/plain; charset=utf-8"
                else:
                    body, kind = json.dumps(payload).encode("utf-8"), "application/json"
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address) -> None:
                pass  # a client that gave up waiting (the timeout tests) is not news

        self._server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def _check(self, params: dict[str, str]) -> tuple[int, object]:
        with self._lock:
            self.checks.append(params)
            failing = self.fail_next > 0
            self.fail_next -= failing
        if self.delay:
            time.sleep(self.delay)
        if failing:
            return 503, "Error: Server overloaded, please try again later"
        text, language = params.get("text"), params.get("language")
        if text is None or not language:
            return 400, "Error: Missing 'text' or 'data' parameter, or missing 'language'"
        if language != "auto" and language not in _LONG_CODES:
            return 400, f"Error: '{language}' is not a language code known to LanguageTool."
        if self.max_text_length and len(text) > self.max_text_length:
            return 413, f"Error: Your text exceeds the limit of {self.max_text_length} characters"
        code = "en-US" if language == "auto" else language
        answer = {
            "software": {
                "name": "LanguageTool",
                "version": "6.4-fake",
                "apiVersion": 1,
                "premium": False,
                "status": "",
            },
            "warnings": {"incompleteResults": False},
            "language": {
                "name": code,
                "code": code,
                "detectedLanguage": {"name": code, "code": code, "confidence": 0.9},
            },
            "matches": check_text(text, {**params, "language": code}, self.extra_rules),
        }
        return 200, answer


def _fields(query: str) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}


_shared: FakeLanguageTool | None = None


def shared_server() -> FakeLanguageTool:
    """One fake server for tests that only need answers (the rule examples), started on first use."""
    global _shared
    if _shared is None:
        _shared = FakeLanguageTool().start()
    return _shared
