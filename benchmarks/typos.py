"""Benchmark T101/T102: planted non-word typos in BBC articles, and false flags on the originals.

    python benchmarks/typos.py                   # the development split (what we tune on)
    python benchmarks/typos.py --split heldout   # the held-out split: measure only at the end
    python benchmarks/typos.py --peer codespell  # the same figures for codespell

Articles are split by a hash of their path (one in five held out). Into each
article a seeded generator plants realistic slips: adjacent transpositions,
omissions, and insertions or substitutions of a neighbouring key, in body
and headline words, lowercase and Capitalised. A planted typo must be a
non-word (no dictionary word, and no other word of that article). The corpus
is the BBC's: nothing here copies it or builds word lists from it.

Printed: recall, precision, false positives per 1,000 words of the unmodified
articles (with the commonest false-positive words), first-suggestion
accuracy, and speed.

The unmodified articles have typos of their own. Those a reviewer judged
genuine (``benchmarks/labels/typos/genuine.jsonl``: file and character
offsets only, never the words; criteria in GUIDELINES.md there) are true
findings, not false positives: precision and false positives are printed
both raw and with a flag on a reviewed genuine typo counted as right.

    python benchmarks/typos.py --review          # flags on the clean articles not yet labelled, in context
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint.checks import RunContext  # noqa: E402
from lint.config import Settings  # noqa: E402
from lint.document import parse  # noqa: E402
from lint.spelling.lexicon import NEIGHBOUR_KEYS, lexicon  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"
DEFAULT_LABELS = ROOT / "benchmarks" / "labels" / "typos" / "genuine.jsonl"
TOPICS = ("business", "entertainment", "politics")
CODES = ("T101", "T102")
WORD = re.compile(r"(?<![\w'’-])[A-Za-z]{3,}(?![\w'’-])")
#: Words typos are planted in: lowercase or Capitalised (acronyms and "iTunes" are skipped by design).
PLANTABLE = re.compile(r"(?<![\w'’-])[A-Za-z][a-z]{2,}(?![\w'’-])")
KINDS = ("transposition", "omission", "insertion", "substitution")


@dataclass
class Planted:
    start: int
    end: int
    original: str
    typo: str
    kind: str
    headline: bool


def split_of(path: Path, corpus: Path) -> str:
    digest = hashlib.sha1(path.relative_to(corpus).as_posix().encode()).digest()
    return "heldout" if digest[0] % 5 == 0 else "dev"


def articles(corpus: Path, split: str) -> list[Path]:
    paths = sorted(p for t in TOPICS for p in (corpus / t).glob("*.txt"))
    return [p for p in paths if split == "all" or split_of(p, corpus) == split]


def slip(original: str, rng: random.Random) -> tuple[str, str]:
    """A slip of the fingers; a capital stays on the first letter, as the shift key is held there."""
    typo, kind = _slip(original.lower(), rng)
    return (typo[:1].upper() + typo[1:] if original[0].isupper() else typo), kind


def _slip(word: str, rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(KINDS)
    n = len(word)
    if kind == "transposition":
        i = rng.randrange(n - 1)
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :], kind
    if kind == "omission":
        i = rng.randrange(n)
        return word[:i] + word[i + 1 :], kind
    i = rng.randrange(n)
    lower = word[i].lower()
    key = rng.choice(sorted(NEIGHBOUR_KEYS.get(lower, frozenset("e"))))
    if kind == "insertion":
        return (word[: i + 1] + key + word[i + 1 :]) if rng.random() < 0.5 else (word[:i] + key + word[i:]), kind
    return word[:i] + key + word[i + 1 :], kind


def is_word(text: str, known: set[str]) -> bool:
    return text.lower() in known


def plant(text: str, rng: random.Random, real_words: set[str]) -> tuple[str, list[Planted]]:
    """Plant about one typo per 150 words (and one in three headlines); returns the new text."""
    headline_end = text.find("\n")
    in_article = {w.lower() for w in WORD.findall(text)}
    spots = [m for m in PLANTABLE.finditer(text)]
    body = [m for m in spots if m.start() > headline_end]
    head = [m for m in spots if m.start() < headline_end]
    chosen = rng.sample(body, min(len(body), max(1, len(spots) // 150)))
    if head and rng.random() < 1 / 3:
        chosen.append(rng.choice(head))
    edits = []
    for m in chosen:
        for _ in range(10):
            typo, kind = slip(m.group(0), rng)
            if len(typo) >= 3 and not is_word(typo, real_words) and typo.lower() not in in_article:
                edits.append((m.start(), m.end(), m.group(0), typo, kind))
                break
    edits.sort()
    out, planted, shift, cursor = [], [], 0, 0
    for s, e, original, typo, kind in edits:
        out.append(text[cursor:s])
        out.append(typo)
        planted.append(Planted(s + shift, s + shift + len(typo), original, typo, kind, s < headline_end))
        shift += len(typo) - (e - s)
        cursor = e
    out.append(text[cursor:])
    return "".join(out), planted


def genuine_typos(labels: Path, corpus: Path, paths: list[Path]) -> dict[str, list[tuple[int, int]]]:
    """Reviewed typos in the unmodified articles: path -> [(start, end)] (character offsets)."""
    wanted = {p.relative_to(corpus).as_posix(): str(p) for p in paths}
    out: dict[str, list[tuple[int, int]]] = {str(p): [] for p in paths}
    if not labels.exists():
        return out
    for line in labels.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row["file"] in wanted:
                out[wanted[row["file"]]].append((row["start"], row["end"]))
    return out


def shifted(spans: list[tuple[int, int]], plants: list[Planted]) -> list[tuple[int, int]]:
    """``spans`` of the clean text moved to the typoed one; a span a typo was planted in is dropped."""
    out = []
    for s, e in spans:
        total, shift, hit = 0, 0, False  # total: the shift of every plant so far; shift: of those before s
        for pl in plants:  # in order; pl.start is in the typoed text
            old_start = pl.start - total
            old_end = old_start + len(pl.original)
            if old_start < e and s < old_end:
                hit = True
                break
            total += len(pl.typo) - len(pl.original)
            if old_end <= s:
                shift = total
        if not hit:
            out.append((s + shift, e + shift))
    return out


def overlaps(hit: tuple, spans: list[tuple[int, int]]) -> bool:
    return any(hit[0] < e and s < hit[1] for s, e in spans)


def real_word_list() -> set[str]:
    """Dictionary words a slip may land on (then it is a real-word error, out of scope): the trusted list."""
    return set(lexicon().trusted_words())


# -- checkers -------------------------------------------------------------------


class Copydesk:
    name = "copydesk"

    def __init__(self) -> None:
        from lint.catalog import load_builtin
        from lint.checks import ActiveRule

        self.module = __import__("lint.checks.spelling", fromlist=["check"])
        rules = [r for r in load_builtin() if r.code in CODES]
        self.rules = [ActiveRule(r, r.severity, dict(r.options)) for r in rules]
        self.ctx = RunContext(Settings(root=ROOT))

    def run(self, texts: dict[str, str]) -> tuple[dict[str, list[tuple[int, int, str, list[str]]]], float, list[float]]:
        from lint.spelling.lexicon import Lexicon

        docs = {path: parse(text, path) for path, text in texts.items()}
        t0 = time.perf_counter()
        Lexicon.load()
        load = time.perf_counter() - t0
        out, per_doc = {}, []
        for path, doc in docs.items():
            t = time.perf_counter()
            hits = list(self.module.check(doc, self.rules, self.ctx))
            per_doc.append(time.perf_counter() - t)
            out[path] = [(h.start, h.end, h.code, h.suggestions) for h in hits]
        return out, load, per_doc


class Codespell:
    name = "codespell"

    def run(self, texts: dict[str, str]):
        with tempfile.TemporaryDirectory() as tmp:
            names = {}
            for i, (path, text) in enumerate(texts.items()):
                f = Path(tmp) / f"{i:05d}.txt"
                f.write_text(text, encoding="utf-8")
                names[str(f)] = path
            t = time.perf_counter()
            proc = subprocess.run(["codespell", tmp], capture_output=True, text=True)
            elapsed = time.perf_counter() - t
        out: dict[str, list] = {p: [] for p in texts}
        for line in proc.stdout.splitlines():
            m = re.match(r"(.+?):(\d+): (\S+) ==> (.+)$", line)
            if not m:
                continue
            path = names[m.group(1)]
            text = texts[path]
            line_start = 0
            for _ in range(int(m.group(2)) - 1):
                line_start = text.index("\n", line_start) + 1
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end == -1 else line_end
            for w in re.finditer(rf"\b{re.escape(m.group(3))}\b", text[line_start:line_end]):
                s = line_start + w.start()
                out[path].append((s, s + len(m.group(3)), "T101", [x.strip() for x in m.group(4).split(",")]))
        return out, 0.0, [elapsed / max(1, len(texts))] * len(texts)


# -- measuring ------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--peer", choices=("copydesk", "codespell"), default="copydesk")
    ap.add_argument("--top", type=int, default=25, help="How many false-positive words to list.")
    ap.add_argument("--show-misses", type=int, default=0, help="Print this many missed typos.")
    ap.add_argument("--labels", type=Path, default=DEFAULT_LABELS, help="Reviewed genuine typos (JSON lines).")
    ap.add_argument(
        "--review", action="store_true", help="List the clean-text flags not yet labelled, in context, and stop."
    )
    args = ap.parse_args()

    paths = articles(args.corpus, args.split)
    clean = {str(p): p.read_text(encoding="utf-8", errors="replace") for p in paths}
    real = real_word_list()
    typoed, planted = {}, {}
    for path, text in clean.items():
        rng = random.Random(f"{args.seed}:{Path(path).relative_to(args.corpus).as_posix()}")
        typoed[path], planted[path] = plant(text, rng, real)
    checker = Copydesk() if args.peer == "copydesk" else Codespell()

    genuine = genuine_typos(args.labels, args.corpus, paths)
    clean_hits, load, per_doc = checker.run(clean)
    if args.review:
        return review(clean, clean_hits, genuine, args.corpus)
    typo_hits, _, _ = checker.run(typoed)

    words = sum(len(WORD.findall(t)) for t in clean.values())
    all_words = sum(len(re.findall(r"\w+", t)) for t in clean.values())
    fp_words, true_clean = Counter(), 0
    for p, hits in clean_hits.items():
        for hit in hits:
            if hit[2] not in CODES:
                continue
            if overlaps(hit, genuine[p]):
                true_clean += 1
            else:
                fp_words[clean[p][hit[0] : hit[1]]] += 1
    fp_clean = sum(fp_words.values())
    n_genuine = sum(len(v) for v in genuine.values())
    genuine_found = sum(
        any(h[2] in CODES and overlaps(h, [span]) for h in clean_hits[p])
        for p, spans in genuine.items()
        for span in spans
    )

    found = first_right = tp_hits = fp_hits = genuine_hits = 0
    by_kind, by_place = Counter(), Counter()
    found_kind, found_place = Counter(), Counter()
    misses = []
    for path, plants in planted.items():
        hits = [h for h in typo_hits[path] if h[2] in CODES]
        used = set()
        for pl in plants:
            place = "headline" if pl.headline else ("Capitalised" if pl.original[0].isupper() else "lowercase")
            by_kind[pl.kind] += 1
            by_place[place] += 1
            match = next((i for i, h in enumerate(hits) if h[0] < pl.end and pl.start < h[1]), None)
            if match is None:
                misses.append(pl)
                continue
            used.add(match)
            found += 1
            found_kind[pl.kind] += 1
            found_place[place] += 1
            sugg = hits[match][3]
            first_right += bool(sugg) and sugg[0].lower() == pl.original.lower()
        tp_hits += len(used)
        real = shifted(genuine[path], plants)
        other = [h for i, h in enumerate(hits) if i not in used]
        genuine_hits += sum(overlaps(h, real) for h in other)
        fp_hits += len(other)
    total = sum(len(p) for p in planted.values())
    n = len(paths)
    ms = [1000 * t for t in per_doc]
    mean_ms = statistics.fmean(ms)
    words_per_article = all_words / n
    print(f"{checker.name} on the {args.split} split: {n} articles, {all_words:,} words, {total} planted typos")
    print(f"  recall                  {found / total:.3f}  ({found}/{total})")
    for kind in KINDS:
        print(f"    {kind:<22}{found_kind[kind] / max(1, by_kind[kind]):.3f}  ({by_kind[kind]})")
    for place in ("headline", "Capitalised", "lowercase"):
        print(f"    {place:<22}{found_place[place] / max(1, by_place[place]):.3f}  ({by_place[place]})")
    print(f"  precision               {tp_hits / max(1, tp_hits + fp_hits):.3f}  ({fp_hits} other flags)")
    print(
        f"    reviewed                {(tp_hits + genuine_hits) / max(1, tp_hits + fp_hits):.3f}  "
        f"({genuine_hits} of them on reviewed genuine typos)"
    )
    raw_fp = fp_clean + true_clean
    print(f"  FP per 1,000 words      {1000 * raw_fp / all_words:.3f}  ({raw_fp} flags on the clean articles)")
    print(
        f"    reviewed                {1000 * fp_clean / all_words:.3f}  ({true_clean} flags on reviewed genuine "
        f"typos left out; {genuine_found}/{n_genuine} reviewed genuine typos found)"
    )
    print(f"  first suggestion right  {first_right / max(1, found):.3f}")
    print(f"  data load               {1000 * load:.1f} ms (once per process)")
    print(
        f"  speed                   {1000 / mean_ms:,.0f} articles/s; mean {mean_ms:.3f} ms, median "
        f"{statistics.median(ms):.3f} ms per article; {mean_ms * 400 / words_per_article:.3f} ms per 400 words"
    )
    print(f"  (alphabetic words: {words:,})")
    if fp_words:
        print(
            "  commonest false-positive words (reviewed): "
            + ", ".join(f"{w} ({c})" for w, c in fp_words.most_common(args.top))
        )
    for pl in misses[: args.show_misses]:
        print(f"  missed: {pl.typo!r} for {pl.original!r} ({pl.kind}{', headline' if pl.headline else ''})")
    return 0


def review(clean: dict[str, str], hits: dict[str, list], genuine: dict[str, list], corpus: Path) -> int:
    """Print each flag on the clean articles that no label covers, with its sentence around it, for review."""
    for path, found in hits.items():
        text = clean[path]
        for s, e, code, sugg in found:
            if code not in CODES or overlaps((s, e), genuine[path]):
                continue
            before = text[max(0, s - 90) : s].replace("\n", " / ")
            after = text[e : e + 90].replace("\n", " / ")
            rel = Path(path).relative_to(corpus).as_posix()
            print(
                f'{{"file": "{rel}", "start": {s}, "end": {e}}}  {code} {sugg[:1]}\n    ...{before}[[{text[s:e]}]]{after}...'
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
