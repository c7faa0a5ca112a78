"""Tools for building the F301 labelled set (run by hand, not by tests).

The set lives in ``benchmarks/labels/figures/labels.jsonl``: offsets and labels
only, never the corpus's text. This script

- ``sample``: lists the articles of the set and their split (reproducible);
- ``show FILE``: prints an article with every *candidate* figure marked
  ``⟦n:text⟧`` so a labeller can read it in context;
- ``add FILE LABELS``: records labels for the candidates of one article, e.g.
  ``add business/027.txt "1u 2a 3e 4u:note_text"`` (underscores in a note are spaces); ``x`` drops a candidate
  that is not a figure at all and ``+START:END:label`` adds a figure the
  candidate finder missed;
- ``review FILE``: prints the labelled figures of an article with context, for
  the second pass.

The candidate finder here is deliberately broad and independent of
``lint.numbers``: the labels must not inherit the linter's blind spots.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from functools import cache
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc"
if not CORPUS.is_dir():  # the worktree sits beside main under /work
    CORPUS = Path("/work/shared/corpus/bbc")
LABELS = Path(__file__).resolve().parent / "labels" / "figures" / "labels.jsonl"
KINDS = ("business", "entertainment", "politics")
PER_KIND = 15
HELD_OUT_PER_KIND = 5
MAX_WORDS = 450
SEED = 20261124

_WORDNUM = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    r"million|billion|trillion|dozen|dozens|hundreds|thousands|millions|billions|half|halves|"
    r"thirds?|quarters?|fifths?|tenths?|twice|double|treble|triple|score|scores|couple"
)
CANDIDATE_RE = re.compile(
    rf"""
    (?:[$£€¥]\s?)?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?(?:-|–|to)\s?[$£€¥]?\d(?:[\d,]*\d)?(?:\.\d+)?)?
        (?:\s?(?:%|per\s?cent|bn|m|k|million|billion|trillion|thousand|pence|p)\b|%)?
    |\b(?:(?:{_WORDNUM})(?:[- ](?:{_WORDNUM}|and|of|in|out\ of|a))*[- ]?)*(?:{_WORDNUM})\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _candidates(kind: str, exclude: set[str]) -> list[str]:
    """Articles of one kind short enough to label, in name order, leaving out ``exclude``."""
    return [
        f"{kind}/{p.name}"
        for p in sorted((CORPUS / kind).glob("*.txt"))
        if len(p.read_text(encoding="utf-8", errors="replace").split()) <= MAX_WORDS
        and f"{kind}/{p.name}" not in exclude
    ]


@cache  # each draw builds on all earlier ones: compute each once
def sample() -> list[tuple[str, str]]:
    """(relative path, "dev" or "heldout") for every article in the set.

    Articles: 15 per kind, drawn with a fixed seed from those of at most 450
    words (so that whole articles can be labelled). Split: within each kind the
    five with the lowest SHA-1 of their path are held out. Decided before any
    tuning; see GUIDELINES.md.
    """
    rng = random.Random(SEED)
    out = []
    for kind in KINDS:
        files = _candidates(kind, set())
        chosen = sorted(rng.sample(files, PER_KIND))
        held = set(sorted(chosen, key=lambda f: hashlib.sha1(f.encode()).hexdigest())[:HELD_OUT_PER_KIND])
        out.extend((f, "heldout" if f in held else "dev") for f in chosen)
    return out


SEED2 = 20261125
PER_KIND_2 = 5
EXTRA_PER_KIND_2 = 3


@cache  # each draw builds on all earlier ones: compute each once
def sample2() -> list[tuple[str, str]]:
    """A second held-out part, drawn after the first held-out part was spent (see GUIDELINES.md):
    8 more articles per kind, same length rule, new seeds, none from the first draw."""
    first = {f for f, _ in sample()}
    rng = random.Random(SEED2)
    out = []
    for kind in KINDS:
        files = _candidates(kind, first)
        chosen = sorted(rng.sample(files, PER_KIND_2))
        # Three more per kind, drawn once the first five were labelled, for a steadier estimate.
        rest = [f for f in files if f not in chosen]
        chosen += sorted(random.Random(SEED2 + 1).sample(rest, EXTRA_PER_KIND_2))
        out.extend((f, "heldout2") for f in chosen)
    return out


SEED3 = 20261126
PER_KIND_3 = 8


@cache  # each draw builds on all earlier ones: compute each once
def sample3() -> list[tuple[str, str]]:
    """A third held-out part, drawn after the second was spent (see GUIDELINES.md):
    8 more articles per kind, same length rule, new seed, none from earlier draws."""
    earlier = {f for f, _ in sample() + sample2()}
    rng = random.Random(SEED3)
    out = []
    for kind in KINDS:
        files = _candidates(kind, earlier)
        chosen = sorted(rng.sample(files, PER_KIND_3))
        # The corpus repeats some stories word for word; a copy of an article already
        # labelled (and tuned on) is no held-out text, so it is replaced by a fresh draw.
        seen = {_body(f) for f in earlier}
        spare = random.Random(SEED3 + 1)
        for i in range(len(chosen)):
            while _body(chosen[i]) in seen:
                chosen[i] = spare.choice([g for g in files if g not in chosen])
            seen.add(_body(chosen[i]))
        out.extend((f, "heldout3") for f in sorted(chosen))
    return out


def _body(rel: str) -> str:
    return " ".join(text_of(rel).split()[5:200])


SEED4 = 20261127
PER_KIND_4 = 8
#: Share of an article's five-word runs found in another article above which the two are the
#: same story (a copy, or a rewrite or follow-up sharing whole sentences).
NEAR_DUPLICATE = 0.1


def _shingles(rel: str) -> frozenset[tuple[str, ...]]:
    words = re.findall(r"\w+", text_of(rel).lower())
    return frozenset(tuple(words[i : i + 5]) for i in range(len(words) - 4))


def _near_duplicate(a: frozenset, b: frozenset) -> bool:
    return bool(a) and bool(b) and len(a & b) / min(len(a), len(b)) >= NEAR_DUPLICATE


def _screened_draw(seed: int, per_kind: int, split: str, earlier: list[str]) -> list[tuple[str, str]]:
    """``per_kind`` articles of each kind, same length rule, drawn with ``seed``; none from
    ``earlier``, and none that shares 10% or more of its five-word runs with an earlier article
    or another of this draw (the corpus repeats stories word for word and runs follow-ups that
    share sentences)."""
    taken = [_shingles(f) for f in earlier]
    rng = random.Random(seed)
    out = []
    for kind in KINDS:
        files = _candidates(kind, set(earlier))
        rng.shuffle(files)
        chosen: list[str] = []
        for f in files:
            if len(chosen) == per_kind:
                break
            sh = _shingles(f)
            if any(_near_duplicate(sh, t) for t in taken):
                continue
            chosen.append(f)
            taken.append(sh)
        out.extend((f, split) for f in sorted(chosen))
    return out


@cache  # each draw builds on all earlier ones: compute each once
def sample4() -> list[tuple[str, str]]:
    """A fourth held-out part, drawn after the third was spent (see GUIDELINES.md): 8 more
    articles per kind, new seed, same-story screen."""
    return _screened_draw(SEED4, PER_KIND_4, "heldout4", [f for f, _ in sample() + sample2() + sample3()])


SEED5 = 20261128
PER_KIND_5 = 10


@cache  # each draw builds on all earlier ones: compute each once
def sample5() -> list[tuple[str, str]]:
    """A fifth held-out part, drawn after the fourth was spent: 10 more articles per kind."""
    return _screened_draw(SEED5, PER_KIND_5, "heldout5", [f for f, _ in sample() + sample2() + sample3() + sample4()])


SEED6 = 20261129
PER_KIND_6 = 12


@cache  # each draw builds on all earlier ones: compute each once
def sample6() -> list[tuple[str, str]]:
    """A sixth held-out part, drawn after the fifth was spent: 12 more articles per kind."""
    earlier = sample() + sample2() + sample3() + sample4() + sample5()
    return _screened_draw(SEED6, PER_KIND_6, "heldout6", [f for f, _ in earlier])


SEED7 = 20261130
PER_KIND_7 = 12


@cache  # each draw builds on all earlier ones: compute each once
def sample7() -> list[tuple[str, str]]:
    """A seventh held-out part, drawn after the sixth was spent: 12 more articles per kind."""
    earlier = sample() + sample2() + sample3() + sample4() + sample5() + sample6()
    return _screened_draw(SEED7, PER_KIND_7, "heldout7", [f for f, _ in earlier])


SEED8 = 20261201
PER_KIND_8 = 12


@cache  # each draw builds on all earlier ones: compute each once
def sample8() -> list[tuple[str, str]]:
    """An eighth held-out part, drawn after the seventh was spent: 12 more articles per kind."""
    earlier = sample() + sample2() + sample3() + sample4() + sample5() + sample6() + sample7()
    return _screened_draw(SEED8, PER_KIND_8, "heldout8", [f for f, _ in earlier])


def all_articles() -> list[tuple[str, str]]:
    return sample() + sample2() + sample3() + sample4() + sample5() + sample6() + sample7() + sample8()


def text_of(rel: str) -> str:
    return (CORPUS / rel).read_text(encoding="utf-8", errors="replace")


def body_start(text: str) -> int:
    """Offset of the first body paragraph: the headline (first line) is not labelled."""
    nl = text.find("\n")
    return len(text) if nl == -1 else nl


def candidates(text: str) -> list[tuple[int, int]]:
    start = body_start(text)
    return [m.span() for m in CANDIDATE_RE.finditer(text, start) if m.group(0).strip()]


def show(rel: str) -> None:
    text = text_of(rel)
    out, pos = [], 0
    for n, (s, e) in enumerate(candidates(text), 1):
        out.append(text[pos:s])
        out.append(f"⟦{n}:{text[s:e]}⟧")
        pos = e
    out.append(text[pos:])
    print("".join(out))


def load() -> list[dict]:
    if not LABELS.exists():
        return []
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]


def save(rows: list[dict]) -> None:
    rows.sort(key=lambda r: (r["file"], r["start"]))
    LABELS.parent.mkdir(parents=True, exist_ok=True)
    LABELS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


LABEL_CODES = {"u": "unsourced", "a": "attributed", "e": "exempt"}


def add(rel: str, spec: str) -> None:
    text = text_of(rel)
    cands = candidates(text)
    rows = [r for r in load() if r["file"] != rel]
    split = dict(all_articles())[rel]
    seen = set()
    for item in spec.split():
        if item.startswith("+"):
            s, e, code, *note = item[1:].split(":", 3)
            s, e = int(s), int(e)
        else:
            m = re.match(r"(\d+)([uaex])(?::(.*))?$", item)
            if not m:
                raise SystemExit(f"bad item {item!r}")
            n, code, note = int(m.group(1)), m.group(2), [m.group(3)] if m.group(3) else []
            s, e = cands[n - 1]
            seen.add(n)
        note = [n.replace("_", " ") for n in note]
        if code == "x":
            continue
        rows.append(
            {
                "file": rel,
                "split": split,
                "start": s,
                "end": e,
                "label": LABEL_CODES[code],
                "note": (note[0] if note else ""),
            }
        )
    missing = [n for n in range(1, len(cands) + 1) if n not in seen]
    if missing:
        raise SystemExit(f"{rel}: candidates without a label: {missing}")
    save(rows)
    print(f"{rel}: {sum(1 for r in rows if r['file'] == rel)} figures")


def review(rel: str) -> None:
    text = text_of(rel)
    for r in (r for r in load() if r["file"] == rel):
        s, e = r["start"], r["end"]
        a = max(text.rfind("\n", 0, s), text.rfind(". ", 0, s - 60) if s > 60 else 0, 0)
        print(
            f"{s}-{e} {r['label']:<10} [{text[s:e]}]  …{text[max(a, s - 120) : s]}⟦{text[s:e]}⟧{text[e : e + 60]}…  {r['note']}"
        )


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    if cmd == "sample":
        for f, split in all_articles():
            print(f, split)
    elif cmd == "show":
        show(args[0])
    elif cmd == "add":
        add(args[0], args[1])
    elif cmd == "review":
        review(args[0])
