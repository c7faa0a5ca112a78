"""Readability never downloads anything: proved in a fresh process with no network and an empty home.

textstat would ask NLTK for the CMU dictionary, and NLTK downloads it into the
home folder the first time. These tests run copydesk in a subprocess whose
every socket call is refused by an audit hook, with HOME and NLTK_DATA pointing
at empty folders, and check that the scores come out right, that NLTK and
textstat were never imported, and that nothing but copydesk's own cache was
written.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_711a14a9ff8679a8.txt"

DRIVER = r"""
import json, socket, sys

attempts = []

def refuse(event, args):
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto"):
        attempts.append(event)
        raise OSError("network blocked by the test")

sys.addaudithook(refuse)
try:  # the guard itself must work, or this test proves nothing
    socket.create_connection(("pypi.org", 443), timeout=1)
    guard = False
except OSError:
    guard = bool(attempts)
attempts.clear()

import lint
from lint.config import Settings
from lint import readability, syllables

path = sys.argv[1]
text = open(path, encoding="utf-8").read()
grades = {}
for metric in readability.METRICS:
    settings = Settings(select=["D401", "D402"], rules={"D401": {"metric": metric, "target": 0}})
    found = lint.check_text(text, path, settings)
    grades[metric] = [f.message for f in found if f.code == "D401"]

from click.testing import CliRunner
from lint.cli import main
stats = CliRunner().invoke(main, ["stats", "--format", "json", path])

print(json.dumps({
    "guard": guard,
    "attempts": attempts,
    "grades": grades,
    "stats": json.loads(stats.output) if stats.exit_code == 0 else stats.output,
    "syllables": syllables.syllables().source,
    "nltk": "nltk" in sys.modules,
    "textstat": "textstat" in sys.modules,
}))
"""


def run_isolated(tmp_path: Path, script: str, *args: str) -> dict:
    home = tmp_path / "home"
    nltk_data = tmp_path / "nltk_data"
    home.mkdir(exist_ok=True)
    nltk_data.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_CACHE_HOME", "COPYDESK_CACHE_DIR", "PYTHONPATH")}
    env.update(HOME=str(home), NLTK_DATA=str(nltk_data), PYTHONPATH=str(REPO), PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_readability_runs_offline_with_an_empty_home(tmp_path):
    first = run_isolated(tmp_path, DRIVER, str(SEED))
    assert first["guard"], "the socket guard did not block a connection"
    assert first["attempts"] == []
    assert not first["nltk"] and not first["textstat"]
    # Every metric scored the seed, and Flesch-Kincaid says about grade 14 (the figure).
    assert all(len(messages) == 1 for messages in first["grades"].values()), first["grades"]
    assert "grade 14." in first["grades"]["flesch-kincaid"][0]
    card = first["stats"]["files"][0]
    assert 14 <= card["readability"]["scores"]["flesch-kincaid"]["score"] < 15
    assert card["readability"]["scores"]["dale-chall"]["score"] > 0
    # Only copydesk's own cache was written; NLTK's folders stayed empty.
    home = tmp_path / "home"
    written = sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file())
    assert len(written) == 1 and written[0].startswith(".cache/copydesk/syllables-"), written
    assert list((tmp_path / "nltk_data").iterdir()) == []
    assert first["syllables"] == "cache"

    second = run_isolated(tmp_path, DRIVER, str(SEED))
    assert second["grades"] == first["grades"]
    assert second["attempts"] == [] and not second["nltk"]


def test_read_only_home_still_works_without_a_cache(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o500)
    try:
        if os.access(home, os.W_OK):  # root ignores permissions: make the cache path a file instead
            home.chmod(0o700)
            (home / ".cache").write_text("not a folder")
        result = run_isolated(tmp_path, DRIVER, str(SEED))
    finally:
        home.chmod(0o700)
    assert result["syllables"] == "dictionary"
    assert "grade 14." in result["grades"]["flesch-kincaid"][0]
    assert result["attempts"] == [] and not result["nltk"]


def test_sentence_and_paragraph_rules_do_not_load_syllable_data(tmp_path):
    script = (
        "import sys, lint\n"
        "from lint.config import Settings\n"
        "found = lint.check_text(open(sys.argv[1]).read(), sys.argv[1], Settings(select=['D402', 'D403']))\n"
        "import json\n"
        "print(json.dumps({'codes': [f.code for f in found], 'loaded': 'lint.syllables' in sys.modules}))\n"
    )
    result = run_isolated(tmp_path, script, str(SEED))
    assert result["codes"] == ["D402"]
    assert result["loaded"] is False


def test_the_sandbox_catches_what_textstat_alone_would_do(tmp_path):
    """The hazard is real: textstat by itself, in the same sandbox, reaches for the network."""
    script = (
        "import json, sys\n"
        "attempts = []\n"
        "def refuse(event, args):\n"
        "    if event in ('socket.connect', 'socket.getaddrinfo'):\n"
        "        attempts.append(event)\n"
        "        raise OSError('network blocked by the test')\n"
        "sys.addaudithook(refuse)\n"
        "import textstat\n"
        "try:\n"
        "    textstat.flesch_kincaid_grade('The council met on Monday. It agreed the budget.')\n"
        "    failed = False\n"
        "except Exception:\n"
        "    failed = True\n"
        "print(json.dumps({'attempts': attempts, 'failed': failed}))\n"
    )
    result = run_isolated(tmp_path, script)
    assert result["attempts"] and result["failed"]
