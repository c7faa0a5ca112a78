"""The pre-commit hook, used from another repository, refuses a bad article and lets the fixed one through.

``pre-commit try-repo`` installs copydesk from this checkout (tracked files,
uncommitted edits included) into a fresh virtual environment with pip, which
fetches the dependencies from the package index: hence the ``network`` mark
(deselect offline with ``-m 'not network'``).
"""

from __future__ import annotations

import importlib.util
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.network

REPO = Path(__file__).resolve().parent.parent
BAD = {
    "story.txt": "Troops near Kyiv\n\nTroops massed outside Kiev on Tuesday.\n",
    "brief.md": "# Talks resume\n\nTalks resume in Kiev.\n",
}
#: Not an article: the hook must not hand it to copydesk, Kiev or not.
DATA = {"places.csv": "city\nKiev\n"}
TIMEOUT = 180


def pre_commit_command() -> list[str]:
    if importlib.util.find_spec("pre_commit") is not None:
        return [sys.executable, "-m", "pre_commit"]
    exe = shutil.which("pre-commit")
    if exe is None:
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    return [exe]


def isolated_env(tmp_path: Path) -> dict[str, str]:
    """No GIT_* from an outer git hook, no user git config, pre-commit's cache in tmp_path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    gitconfig = tmp_path / "gitconfig"
    gitconfig.write_text("", encoding="utf-8")
    env |= {
        "GIT_CONFIG_GLOBAL": str(gitconfig),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Desk Editor",
        "GIT_AUTHOR_EMAIL": "desk@example.com",
        "GIT_COMMITTER_NAME": "Desk Editor",
        "GIT_COMMITTER_EMAIL": "desk@example.com",
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "NO_COLOR": "1",
    }
    return env


def git(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


def test_commit_with_bad_article_is_refused_until_fixed(tmp_path):
    command = pre_commit_command()
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    env = isolated_env(tmp_path)
    tracked = git("ls-files", "--error-unmatch", ".pre-commit-hooks.yaml", cwd=REPO, env=env)
    if tracked.returncode != 0:
        pytest.skip("this checkout is not a git repository with .pre-commit-hooks.yaml committed")

    work = tmp_path / "newsroom"
    work.mkdir()
    assert git("init", "-q", ".", cwd=work, env=env).returncode == 0
    # The git hook a newsroom would get, but trying this checkout's hook via try-repo.
    # git exports GIT_INDEX_FILE to hooks; unset it so try-repo's own git calls in
    # the checkout read the checkout's index, not this repository's.
    hook = work / ".git" / "hooks" / "pre-commit"
    hook.parent.mkdir(exist_ok=True)
    hook.write_text(
        f"#!/bin/sh\nunset GIT_INDEX_FILE\nexec {shlex.join([*command, 'try-repo', str(REPO), 'copydesk'])}\n",
        encoding="utf-8",
    )
    hook.chmod(0o755)

    for name, text in (BAD | DATA).items():
        (work / name).write_text(text, encoding="utf-8")
    git("add", ".", cwd=work, env=env)
    refused = git("commit", "-q", "-m", "Add story", cwd=work, env=env)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "story.txt:3:23: S701" in output, output
    assert "brief.md:3:17: S701" in output, output
    assert "places.csv" not in output, output
    assert git("rev-parse", "--verify", "-q", "HEAD", cwd=work, env=env).returncode != 0, "nothing was committed"

    for name, text in BAD.items():
        (work / name).write_text(text.replace("Kiev", "Kyiv"), encoding="utf-8")
    git("add", ".", cwd=work, env=env)
    accepted = git("commit", "-q", "-m", "Add story", cwd=work, env=env)
    output = accepted.stdout + accepted.stderr
    assert accepted.returncode == 0, output
    assert any(line.startswith("copydesk") and line.endswith("Passed") for line in output.splitlines()), output
    assert git("rev-parse", "--verify", "-q", "HEAD", cwd=work, env=env).returncode == 0
