"""``copydesk words add WORD...``: accept names and terms for the whole project in one command.

Words go to the project's word file: the first file in ``dictionaries`` of the
nearest configuration, or else a new ``.copydesk-words.txt`` beside that
configuration (or in the working directory), which is then added to the
configuration's ``dictionaries`` (creating ``copydesk.toml`` when there is no
configuration at all). Everything it did is said in one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import click

WORD_FILE = ".copydesk-words.txt"
_EMPTY_LIST = re.compile(r"^(dictionaries[ \t]*=[ \t]*)\[[ \t]*\]", re.MULTILINE)
_TABLE = re.compile(r"^[ \t]*\[", re.MULTILINE)
_TOOL_TABLE = re.compile(r"^[ \t]*\[tool\.copydesk\][ \t]*(?:#.*)?$", re.MULTILINE)


@dataclass
class Outcome:
    word_file: Path
    added: list[str]
    already: list[str]
    created_file: bool = False
    #: The configuration file that now names the word file, when this command changed or created it.
    configured: Path | None = None
    created_config: bool = False

    def summary(self, cwd: Path) -> str:
        def show(p: Path) -> str:
            try:
                return str(p.resolve().relative_to(cwd.resolve()))
            except ValueError:
                return str(p)

        n = len(self.added)
        text = f"Added {n} word{'s' if n != 1 else ''} to {show(self.word_file)}"
        if self.already:
            text += f" ({', '.join(self.already)} already there)"
        notes = []
        if self.created_file:
            notes.append("created it")
        if self.configured is not None:
            verb = "created" if self.created_config else "updated"
            notes.append(f"{verb} {show(self.configured)} to use it")
        return text + (f"; {' and '.join(notes)}" if notes else "") + "."


def add_words(words: list[str], cwd: Path, config: Path | None = None) -> Outcome:
    """Append ``words`` to the project's word file, creating and configuring it when needed."""
    from lint.config import find_config, load_settings

    config = config if config is not None else find_config(cwd)
    settings = load_settings(config, cwd)  # validates the configuration before we touch anything
    configured = created_config = None
    if settings.dictionaries:
        word_file = settings.dictionaries[0]
    else:
        folder = config.parent if config is not None else cwd
        word_file = folder / WORD_FILE
        configured, created_config = _configure(config, folder)
    created_file = not word_file.exists()
    existing = _read_words(word_file)
    added, already = [], []
    for word in dict.fromkeys(w.strip() for w in words if w.strip()):
        (already if word in existing else added).append(word)
    if added or created_file:
        word_file.parent.mkdir(parents=True, exist_ok=True)
        text = word_file.read_text(encoding="utf-8") if word_file.exists() else ""
        if text and not text.endswith("\n"):
            text += "\n"
        word_file.write_text(text + "".join(f"{w}\n" for w in added), encoding="utf-8")
    return Outcome(word_file, added, already, created_file, configured, bool(created_config))


def _read_words(path: Path) -> set[str]:
    if not path.exists():
        return set()
    from lint.config import parse_word_file

    return parse_word_file(path.read_text(encoding="utf-8"))


def _configure(config: Path | None, folder: Path) -> tuple[Path, bool]:
    """Add the word file to the configuration's ``dictionaries``; returns (config, created)."""
    from lint.config import load_settings

    entry = f'dictionaries = ["{WORD_FILE}"]\n'
    if config is None:
        config = folder / "copydesk.toml"
        config.write_text(f"# copydesk settings\n{entry}", encoding="utf-8")
        return config, True
    original = config.read_text(encoding="utf-8")
    if _EMPTY_LIST.search(original):
        text = _EMPTY_LIST.sub(lambda m: f'{m.group(1)}["{WORD_FILE}"]', original, count=1)
    elif config.name == "pyproject.toml":
        header = _TOOL_TABLE.search(original)
        if header:
            text = original[: header.end()] + "\n" + entry.rstrip("\n") + original[header.end() :]
        else:
            text = original.rstrip("\n") + f"\n\n[tool.copydesk]\n{entry}"
    else:
        table = _TABLE.search(original)
        cut = table.start() if table else len(original)
        head = original[:cut]
        if head and not head.endswith("\n"):
            head += "\n"
        text = head + entry + ("\n" if table else "") + original[cut:]
    config.write_text(text, encoding="utf-8")
    try:
        load_settings(config, folder)
    except Exception:
        config.write_text(original, encoding="utf-8")
        raise
    return config, False


@click.group("words")
def words() -> None:
    """Manage the project's accepted words (names, brands, house terms)."""


@words.command("add")
@click.argument("new_words", metavar="WORD...", nargs=-1, required=True)
@click.option("--config", type=click.Path(dir_okay=False), help="Configuration file (default: the nearest).")
def add_command(new_words: tuple[str, ...], config: str | None) -> None:
    """Accept WORDs in every article of the project (T101 stops flagging them)."""
    cwd = Path.cwd()
    outcome = add_words(list(new_words), cwd, Path(config) if config else None)
    click.echo(outcome.summary(cwd))
