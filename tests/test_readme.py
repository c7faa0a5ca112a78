"""The README stays true: its rule table matches rules/, and CI runs its commands."""

from __future__ import annotations

import re

from conftest import REPO

from lint.catalog import load_catalog
from lint.ruledoc import readme_with_rules

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_rule_table_is_generated_from_the_catalog():
    assert readme_with_rules(README, load_catalog()) == README, "run: python -m lint.ruledoc"


def test_every_builtin_rule_is_listed():
    for rule in load_catalog().rules:
        assert f"| {rule.code} | {rule.name} |" in README


def setup_commands() -> list[str]:
    block = re.search(r"## Set up on a fresh machine.*?```sh\n(.*?)```", README, re.DOTALL)
    assert block, "README lost its set-up block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_readme_begins_with_the_two_setup_commands_and_ci_runs_them():
    commands = setup_commands()
    assert len(commands) == 2
    assert "copydesk check seeds/" in commands[0]
    assert "pytest" in commands[1]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    for command in commands:
        assert command in ci, f".ci/run does not run: {command}"
