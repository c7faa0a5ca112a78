"""The LanguageTool backend: settings, one session per run, timeouts and retries.

copydesk talks to LanguageTool through ``language-tool-python``, imported only
when grammar checks run (it pulls in ``requests`` and ``psutil``). Three
backends, chosen in ``[tool.copydesk.languagetool]``:

- ``server = "http://localhost:8081"``: a LanguageTool server you run (Docker
  image or ``languagetool-server.jar``); nothing leaves your network.
- ``local = true``: ``language-tool-python`` downloads LanguageTool (about
  250 MB, once, into ``~/.cache/language_tool_python``) and starts it with
  Java 17 or newer for the run.
- ``public-api = true``: LanguageTool's public servers. The article's text
  leaves the building, so this is an explicit opt-in and warns every run.

With none of them but grammar switched on, copydesk tries a server on
LanguageTool's usual port, ``http://localhost:8081``.

Every failure to reach or start a backend becomes ``CheckUnavailable`` with
one line that says what is missing and how to fix it.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lint.errors import CheckUnavailable, ConfigError

DEFAULT_SERVER = "http://localhost:8081"
#: Seconds to wait before the first retry (doubling after).
RETRY_BACKOFF = 0.25
PUBLIC_API_URL = "https://api.languagetool.org/"
DOCKER_HINT = "docker run -d -p 8081:8010 erikvl87/languagetool"
#: The run-time switches, for messages.
OFF_HINT = "or run with --no-grammar"

_KEYS = {
    "server": 'a URL such as "http://localhost:8081"',
    "local": "true or false",
    "public-api": "true or false",
    "language": 'a language code such as "en-GB", "en-US" or "en"',
    "disabled-rules": "a list of LanguageTool rule ids",
    "enabled-rules": "a list of LanguageTool rule ids",
    "disabled-categories": "a list of LanguageTool category ids",
    "picky": "true or false",
    "timeout": "a number of seconds greater than 0",
    "retries": "a whole number, 0 or more",
    "batch-size": "a number of characters, 1000 or more",
}


@dataclass(frozen=True)
class LTConfig:
    """``[tool.copydesk.languagetool]``, validated."""

    server: str | None = None
    local: bool = False
    public_api: bool = False
    language: str = "en"
    disabled_rules: tuple[str, ...] = ()
    enabled_rules: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    picky: bool = False
    #: Seconds to wait for one answer.
    timeout: float = 20.0
    #: Further attempts after a request fails.
    retries: int = 1
    #: Characters per request; a 400-word article is one request.
    batch_size: int = 10_000

    @property
    def url(self) -> str:
        if self.public_api:
            return PUBLIC_API_URL
        return self.server or DEFAULT_SERVER

    @property
    def where(self) -> str:
        """The backend, for messages."""
        return "the local LanguageTool" if self.local else f"the LanguageTool server at {self.url}"


def read_config(table: dict[str, Any], dialect: str, source: Path | None) -> LTConfig:
    """Validate the ``languagetool`` table; every mistake names the key and the file."""
    where = f"{source}: " if source else ""

    def fail(key: str, problem: str) -> ConfigError:
        return ConfigError(f"{where}languagetool.{key} {problem}")

    for key in table:
        if key not in _KEYS:
            raise ConfigError(f"{where}unknown setting 'languagetool.{key}' (known: {', '.join(_KEYS)})")
    for key, value in table.items():
        if not _valid(key, value):
            raise fail(key, f"must be {_KEYS[key]}, not {value!r}")
    chosen = [k for k in ("server", "local", "public-api") if table.get(k)]
    if len(chosen) > 1:
        raise ConfigError(f"{where}languagetool: choose one backend, not {' and '.join(chosen)}")
    server = table.get("server")
    return LTConfig(
        server=server.rstrip("/") + "/" if server else None,
        local=bool(table.get("local", False)),
        public_api=bool(table.get("public-api", False)),
        language=table.get("language") or default_language(dialect),
        disabled_rules=tuple(table.get("disabled-rules", ())),
        enabled_rules=tuple(table.get("enabled-rules", ())),
        disabled_categories=tuple(c.upper() for c in table.get("disabled-categories", ())),
        picky=bool(table.get("picky", False)),
        timeout=float(table.get("timeout", LTConfig.timeout)),
        retries=int(table.get("retries", LTConfig.retries)),
        batch_size=int(table.get("batch-size", LTConfig.batch_size)),
    )


def default_language(dialect: str) -> str:
    """LanguageTool's language for copydesk's ``dialect``.

    ``"auto"`` becomes plain ``"en"``: LanguageTool then applies its English
    grammar rules but no variant's spelling, so an article in either spelling
    is judged fairly (spelling is T101's job, which detects the article's own).
    """
    return "en" if dialect in ("", "auto") else dialect


def _valid(key: str, value: Any) -> bool:
    if key == "server":
        return isinstance(value, str) and value.startswith(("http://", "https://"))
    if key in ("local", "public-api", "picky"):
        return isinstance(value, bool)
    if key == "language":
        return isinstance(value, str) and bool(value.strip())
    if key.endswith(("-rules", "-categories")):
        return isinstance(value, list) and all(isinstance(v, str) and v for v in value)
    if key == "timeout":
        return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0
    if key == "retries":
        return isinstance(value, int) and not isinstance(value, bool) and value >= 0
    if key == "batch-size":
        return isinstance(value, int) and not isinstance(value, bool) and value >= 1000
    return False


# -- the session ---------------------------------------------------------------


@dataclass
class LTMatch:
    """One LanguageTool match, in the fields copydesk uses."""

    rule_id: str
    category: str
    message: str
    replacements: list[str]
    offset: int
    length: int


class Session:
    """One LanguageTool connection (or local Java server) for the whole run."""

    def __init__(self, tool: Any, config: LTConfig) -> None:
        self.tool = tool
        self.config = config
        self.requests = 0

    def check(self, text: str) -> list[LTMatch]:
        """LanguageTool's matches for ``text``, retried; ``CheckUnavailable`` when it cannot answer."""
        import language_tool_python as ltp

        attempts = self.config.retries + 1
        for attempt in range(1, attempts + 1):
            self.requests += 1
            try:
                matches = self.tool.check(text)
            except ltp.exceptions.RateLimitError:
                raise CheckUnavailable(
                    f"{self.config.where} refused the request (rate limit); "
                    f"run your own server ({DOCKER_HINT}) and set languagetool.server, {OFF_HINT}"
                ) from None
            except (ltp.exceptions.LanguageToolError, OSError, KeyError, TypeError, ValueError) as exc:
                # Network errors arrive wrapped in LanguageToolError; a malformed answer as KeyError etc.
                if attempt == attempts:
                    raise CheckUnavailable(
                        f"{self.config.where} stopped answering ({_reason(exc, self.config)}, "
                        f"{attempts} attempt{'s' if attempts > 1 else ''}); check the server, raise "
                        f"languagetool.timeout or languagetool.retries, {OFF_HINT}"
                    ) from None
                time.sleep(min(RETRY_BACKOFF * 2 ** (attempt - 1), 2.0))
                continue
            return [
                LTMatch(m.rule_id, m.category, m.message, list(m.replacements), m.offset, m.error_length)
                for m in matches
            ]
        return []  # pragma: no cover - the loop returns or raises


_LOCAL_SESSIONS: dict[tuple, Session] = {}


def connect(config: LTConfig, categories_off: set[str]) -> Session:
    """Open the session: one request to the server (or one Java start) before any article.

    Local Java servers are kept for the life of the process, so library users
    who check many texts start Java once.
    """
    key = (config, frozenset(categories_off))
    if config.local and key in _LOCAL_SESSIONS:
        return _LOCAL_SESSIONS[key]
    try:
        import language_tool_python as ltp
    except ImportError:  # pragma: no cover - a declared dependency
        raise CheckUnavailable(
            "grammar checks need the Python package language-tool-python; "
            f"install it (pip install language-tool-python), {OFF_HINT}"
        ) from None
    # The client's request timeout is a class attribute; a subclass sets ours.
    tool_class = type("CopydeskLanguageTool", (ltp.LanguageTool,), {"_TIMEOUT": config.timeout})
    if config.local:
        tool = _start_local(ltp, tool_class, config)
    else:
        try:
            tool = tool_class(config.language, remote_server=config.url)
        except ValueError as exc:
            if "language" in str(exc):
                raise ConfigError(
                    f"{config.where} does not know language {config.language!r}; "
                    'set languagetool.language (e.g. "en-GB") or copydesk\'s dialect'
                ) from None
            raise CheckUnavailable(f"{config.where}: {_reason(exc, config)}; {OFF_HINT}") from None
        except Exception as exc:
            raise CheckUnavailable(_unreachable(config, exc)) from None
    tool.disabled_rules = set(config.disabled_rules)
    tool.enabled_rules = set(config.enabled_rules)
    tool.disabled_categories = set(config.disabled_categories) | categories_off
    tool.picky = config.picky
    session = Session(tool, config)
    if config.local:
        _LOCAL_SESSIONS[key] = session
    return session


def _start_local(ltp: Any, tool_class: type, config: LTConfig) -> Any:
    """Download (first use) and start LanguageTool with Java, or say exactly what is missing."""
    if shutil.which("java") is None:
        raise CheckUnavailable(
            "languagetool.local = true needs Java 17 or newer on PATH, and none was found; install it "
            f"(e.g. apt-get install openjdk-17-jre-headless), or use a server: {DOCKER_HINT} "
            f'and languagetool.server = "{DEFAULT_SERVER}", {OFF_HINT}'
        )
    from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION, LocalLanguageTool

    try:
        LocalLanguageTool.from_version_name(LTP_DOWNLOAD_VERSION).download()
    except (SystemError, SystemExit) as exc:  # the client's words for "Java too old" / "unreadable"
        raise CheckUnavailable(f"languagetool.local = true: {exc}; install Java 17 or newer, {OFF_HINT}") from None
    except Exception as exc:
        raise CheckUnavailable(
            f"languagetool.local = true: could not download LanguageTool {LTP_DOWNLOAD_VERSION} "
            f"(about 250 MB, once) ({_reason(exc, config)}); run once with internet access, point "
            f"LTP_JAR_DIR_PATH at an unpacked LanguageTool, or use a server ({DOCKER_HINT}), {OFF_HINT}"
        ) from None
    try:
        return tool_class(config.language)
    except ValueError as exc:
        raise ConfigError(f"LanguageTool does not know language {config.language!r}: {exc}") from None
    except Exception as exc:
        raise CheckUnavailable(
            f"languagetool.local = true: LanguageTool did not start ({_reason(exc, config)}); "
            f"try a server instead ({DOCKER_HINT}), {OFF_HINT}"
        ) from None


def _unreachable(config: LTConfig, exc: BaseException) -> str:
    reason = _reason(exc, config)
    if not reason.startswith(("connection refused", "cannot connect", "no answer within")):
        return (
            f"grammar checks need LanguageTool, but {config.where} did not answer as LanguageTool does "
            f"({reason}); check languagetool.server (the server's base URL, without /v2), {OFF_HINT}"
        )
    if config.public_api:
        fix = "check your internet connection or proxy"
    elif config.server:
        fix = f"start it ({DOCKER_HINT}) or fix languagetool.server"
    else:
        fix = f'start one ({DOCKER_HINT}) or set languagetool.server = "http://host:port"'
    return f"grammar checks need LanguageTool, but {config.where} is not reachable ({reason}); {fix}, {OFF_HINT}"


def _reason(exc: BaseException, config: LTConfig) -> str:
    """A short cause: a timeout or connection failure anywhere in the chain, else the client's own words."""
    import requests

    chain = []
    while exc is not None and exc not in chain:
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    for err in chain:
        if isinstance(err, requests.exceptions.Timeout):
            return f"no answer within {config.timeout:g} s"
        if isinstance(err, (requests.exceptions.ConnectionError, ConnectionError)):
            return "connection refused" if "refused" in str(err).lower() else "cannot connect"
    outer = chain[0]
    text = " ".join(str(outer).split()) or type(outer).__name__
    return text[:160] + ("…" if len(text) > 160 else "")
