"""Readability over the BBC corpus: the grade distribution, how often D401-D403 fire, and what they cost.

    python benchmarks/readability.py                 # the development split
    python benchmarks/readability.py --split held-out
    python benchmarks/readability.py --split all --corpus ../shared/corpus/bbc

The corpus is split by a hash of each file's category/name: one file in five is
held out, to be measured only once the defaults are chosen. Nothing from the
corpus is written anywhere; only counts and timings are printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from lint.checks import RunContext  # noqa: E402
from lint.config import Settings  # noqa: E402
from lint.document import parse  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "bbc"
PERCENTILES = (10, 25, 50, 75, 90, 95, 99)


def held_out(path: Path) -> bool:
    return zlib.crc32(f"{path.parent.name}/{path.name}".encode()) % 5 == 0


def articles(corpus: Path, split: str) -> list[Path]:
    files = sorted(corpus.glob("*/*.txt"))
    if split == "all":
        return files
    return [p for p in files if held_out(p) == (split == "held-out")]


def percentiles(values: list[float]) -> str:
    xs = sorted(values)
    cut = statistics.quantiles(xs, n=100, method="inclusive")
    return "  ".join(f"p{q}={cut[q - 1]:.1f}" for q in PERCENTILES)


def one_time_costs() -> None:
    """Load costs in fresh processes: first run (builds the cache), later runs, and no writable cache."""
    probe = (
        "import time, lint.document; t = time.perf_counter(); "  # the parser is on every run's path already
        "from lint import readability, syllables; readability.counter(); "
        "readability.easy_words(); print((time.perf_counter() - t) * 1000, syllables.syllables().source)"
    )

    def run(env_extra: dict[str, str]) -> tuple[float, str]:
        env = dict(os.environ, PYTHONPATH=str(REPO), **env_extra)
        out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
        ms, source = out.stdout.split()
        return float(ms), source

    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        first = run({"COPYDESK_CACHE_DIR": str(cache)})
        later = [run({"COPYDESK_CACHE_DIR": str(cache)}) for _ in range(5)]
        blocker = Path(tmp) / "file"
        blocker.write_text("")
        nocache = [run({"COPYDESK_CACHE_DIR": str(blocker / "x")}) for _ in range(3)]
        size = sum(p.stat().st_size for p in cache.iterdir())
    print("one-time load (fresh process, parser already imported: readability modules + syllables + Dale-Chall list)")
    print(f"  first run, building the cache   {first[0]:7.1f} ms  ({first[1]})")
    print(f"  later runs, reading the cache   {statistics.median(m for m, _ in later):7.1f} ms  (median of 5)")
    print(f"  no writable cache folder        {statistics.median(m for m, _ in nocache):7.1f} ms  (median of 3)")
    print(f"  cache file size                 {size / 1024:7.0f} KiB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--split", choices=["dev", "held-out", "all"], default="dev")
    args = ap.parse_args()
    files = articles(args.corpus, args.split)
    if not files:
        sys.exit(f"no articles under {args.corpus}")

    from lint import readability as r
    from lint.checks import readability as check

    settings = Settings(select=["D401", "D402", "D403"])
    rules = settings.active_rules()
    options = {rule.code: rule.options for rule in rules}
    ctx = RunContext(settings)
    check.prepare(rules, ctx)

    # The one-time load is measured on its own, in fresh processes, at the end.
    r.counter()
    r.easy_words()
    t0 = time.perf_counter()
    docs = [parse(p.read_text(encoding="utf-8", errors="replace"), str(p)) for p in files]
    parse_ms = (time.perf_counter() - t0) * 1000 / len(docs)

    # First pass: what a real run pays once loaded (the per-word memo fills as it goes).
    first, hits = [], []
    for doc in docs:
        t = time.perf_counter()
        hits.append(list(check.check(doc, rules, ctx)))
        first.append((time.perf_counter() - t) * 1000)
    # Second pass: warm.
    warm = []
    for doc in docs:
        t = time.perf_counter()
        list(check.check(doc, rules, ctx))
        warm.append((time.perf_counter() - t) * 1000)

    counter = r.counter()
    metric = options["D401"]["metric"]
    grades: dict[str, list[float]] = defaultdict(list)
    all_scores: dict[str, list[float]] = defaultdict(list)
    for doc in docs:
        counts = counter.total(r.prose_sentences(doc))
        for m in r.METRICS:
            all_scores[m].append(r.score(m, counts))
        grades[Path(doc.path).parent.name].append(r.score(metric, counts))

    n = len(docs)
    print(f"corpus: {args.corpus} ({args.split} split, {n} articles)")
    print()
    print(f"D401 {metric} over the corpus (target {options['D401']['target']:g}):")
    for category, values in sorted(grades.items()):
        print(f"  {category:<14} n={len(values):<4} {percentiles(values)}")
    print(f"  {'all':<14} n={n:<4} {percentiles(all_scores[metric])}")
    print("  every metric, all categories:")
    for m in r.METRICS:
        print(f"    {m:<20} {percentiles(all_scores[m])}")
    targets = (12, 12.5, 13, 13.5, 14)
    shares = "  ".join(f">{t:g}: {sum(g > t for g in all_scores[metric]) / n:.1%}" for t in targets)
    print(f"  share of articles above a target: {shares}")
    print()
    print("findings with the default options:")
    for code in ("D401", "D402", "D403"):
        per = [sum(1 for h in hs if h.code == code) for hs in hits]
        print(
            f"  {code}  articles with one: {sum(1 for c in per if c) / n:6.1%}   "
            f"findings per article: {sum(per) / n:.2f}   options: {options[code]}"
        )
    sentence_words = [len(s.words) for doc in docs for s in r.prose_sentences(doc)]
    print(f"  sentence length (words, writer's prose): {percentiles(sentence_words)}")
    paragraphs = [b for doc in docs for b in doc.blocks if b.kind == "paragraph"]
    print(f"  paragraph sentences: {percentiles([len(b.sentences) for b in paragraphs])}")
    print(f"  paragraph words:     {percentiles([len(b.words) for b in paragraphs])}")
    single = sum(1 for b in paragraphs if len(b.sentences) == 1) / len(paragraphs)
    print(f"  one-sentence paragraphs: {single:.1%}")
    print()
    print("per-article cost (D401+D402+D403 on one article, parsing excluded)")
    print(f"  first pass   median {statistics.median(first):.3f} ms   mean {statistics.mean(first):.3f} ms")
    print(f"  warm pass    median {statistics.median(warm):.3f} ms   mean {statistics.mean(warm):.3f} ms")
    print(f"  for scale: parsing costs {parse_ms:.3f} ms an article; whole first pass {sum(first) / 1000:.2f} s")
    print()
    one_time_costs()


if __name__ == "__main__":
    main()
