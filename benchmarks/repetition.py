"""Benchmark for the repetition check (R201 repeated paragraph, R202 repeated sentence).

Plants repeats into the BBC corpus articles and measures what copydesk finds:

- ``exact``: a body paragraph pasted again further down;
- ``near-quotes``: the copy has straight and curly quotes and apostrophes swapped;
- ``near-drop``: the copy lost one word;
- ``near-spacing``: the copy's spacing changed (doubled spaces, a space before
  punctuation, a line break inside the paragraph);
- ``near-all``: all three at once;
- ``near-change`` (for information; not a target): one word replaced by another;
- ``sentence``: a sentence of one paragraph pasted into another;
- ``sentence-near``: the same with quotes swapped and spacing changed;
- ``word`` and ``phrase`` (R203): a lower-case word, or two, typed twice ("the the").

Each planted article holds one repeat. The script prints recall per kind,
false findings on the planted set, every R201/R202 finding on the
unmodified articles (to be read: a genuine repeat in the corpus is a true
finding, listed in ``REVIEWED``), and timings: the check's cost per article,
a 5 MB document, and ``--cross-file`` over the corpus.

Run from the repository root::

    python benchmarks/repetition.py                # development split
    python benchmarks/repetition.py --split held-out
    python benchmarks/repetition.py --split all --quick

The corpus is the BBC's copyright: this script reads it at run time and
prints excerpts to the terminal only; nothing of it is written to the
repository.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from lint.checks import RunContext, repetition  # noqa: E402
from lint.config import Settings  # noqa: E402
from lint.document import Document, parse  # noqa: E402
from lint.engine import Engine  # noqa: E402
from lint.fingerprint import tokens  # noqa: E402
from lint.sources import Source  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "bbc"
SEED = 20240611
CODES = ("R201", "R202")
#: Planted repeats are compared only above the rules' default min-words (8); a
#: dropped word must leave at least that many.
MIN_WORDS = 9
KINDS = (
    "exact",
    "near-quotes",
    "near-drop",
    "near-spacing",
    "near-all",
    "near-change",
    "sentence",
    "sentence-near",
    "word",
    "phrase",
)
TARGETS = {
    "exact": 1.0,
    "near-quotes": 0.95,
    "near-drop": 0.95,
    "near-spacing": 0.95,
    "near-all": 0.95,
    "sentence": 0.95,
    "sentence-near": 0.95,
    "word": 0.95,
    "phrase": 0.95,
}
#: Findings on the unmodified corpus that were read and judged genuine, as
#: "category/file.txt:line:column:code". No R201/R202 finding so far at the
#: default settings; these R203 ones are typos ("the the", "of of", "by by",
#: "graduated from graduated from", "him since him since").
REVIEWED: set[str] = {
    "business/095.txt:7:83:R203",
    "business/358.txt:13:487:R203",
    "entertainment/013.txt:9:668:R203",
    "entertainment/024.txt:9:655:R203",
    "entertainment/211.txt:5:163:R203",
    "entertainment/256.txt:39:264:R203",
    "entertainment/376.txt:7:633:R203",
    "politics/009.txt:9:328:R203",
    "politics/048.txt:9:374:R203",
    "politics/053.txt:7:148:R203",
    "politics/328.txt:5:895:R203",
    "business/413.txt:9:621:R203",  # held-out split: "to fall to fall to"
}


def split_of(rel: str) -> str:
    """A fixed 20% held-out split by file-name hash, measured on only at the end."""
    return "held-out" if int(hashlib.sha1(rel.encode()).hexdigest(), 16) % 5 == 0 else "dev"


def corpus_files(split: str) -> list[tuple[str, str]]:
    out = []
    for path in sorted(CORPUS.glob("*/*.txt")):
        rel = path.relative_to(CORPUS).as_posix()
        if split == "all" or split_of(rel) == split:
            out.append((rel, path.read_text(encoding="utf-8", errors="replace")))
    return out


# -- planting ---------------------------------------------------------------------


@dataclass
class Planted:
    kind: str
    rel: str
    text: str
    #: Offset where the finding must start (the later copy).
    offset: int
    code: str


def swap_quotes(text: str) -> str:
    """Straight quotes and apostrophes become curly ones and vice versa."""
    out = []
    double_open = True
    for ch in text:
        if ch == "'":
            out.append("’")
        elif ch in "’‘":
            out.append("'")
        elif ch == '"':
            out.append("“" if double_open else "”")
            double_open = not double_open
        elif ch in "“”":
            out.append('"')
        else:
            out.append(ch)
    return "".join(out)


def change_spacing(text: str, rng: random.Random) -> str:
    spaces = [m.start() for m in re.finditer(r" ", text)]
    if not spaces:
        return text
    chars = list(text)
    for pos in rng.sample(spaces, min(3, len(spaces))):
        chars[pos] = rng.choice(["  ", "\n", " \t"])
    out = "".join(chars)
    return re.sub(r"([,;])", r" \1", out, count=1)


def drop_word(text: str, rng: random.Random) -> str:
    words = list(re.finditer(r"\S+ ", text))
    if len(words) < 2:
        return text
    m = rng.choice(words[1:])
    return text[: m.start()] + text[m.end() :]


def change_word(text: str, rng: random.Random) -> str:
    words = [m for m in re.finditer(r"\b[a-z]{4,}\b", text)]
    if len(words) < 2:
        return text
    a, b = rng.sample(words, 2)
    if a.group(0) == b.group(0):
        return text
    return text[: a.start()] + b.group(0) + text[a.end() :]


def eligible_paragraphs(doc: Document) -> list:
    return [b for b in doc.paragraphs if len(tokens(b.text)) >= MIN_WORDS]


def plant(rel: str, text: str, kind: str, rng: random.Random) -> Planted | None:
    doc = parse(text, rel)
    body = doc.paragraphs
    if kind in ("word", "phrase"):
        return plant_doubled(rel, text, doc, kind, rng)
    if kind.startswith("sentence"):
        return plant_sentence(rel, text, doc, kind, rng)
    candidates = eligible_paragraphs(doc)
    if kind == "near-quotes" or kind == "near-all":
        candidates = [b for b in candidates if re.search(r"['\"‘’“”]", b.text)]
    if not candidates:
        return None
    block = rng.choice(candidates)
    copy = text[block.start : block.end]
    if kind in ("near-quotes", "near-all"):
        copy = swap_quotes(copy)
    if kind in ("near-drop", "near-all"):
        copy = drop_word(copy, rng)
    if kind in ("near-spacing", "near-all"):
        copy = change_spacing(copy, rng)
    if kind == "near-change":
        copy = change_word(copy, rng)
    later = [b for b in body if b.start >= block.start]
    after = rng.choice(later)
    insert_at = after.end
    new = text[:insert_at] + "\n\n" + copy + text[insert_at:]
    return Planted(kind, rel, new, insert_at + 2, "R201")


def plant_sentence(rel: str, text: str, doc: Document, kind: str, rng: random.Random) -> Planted | None:
    body = doc.paragraphs
    if len(body) < 2:
        return None
    sentences = [(b, s) for b in body if len(b.sentences) >= 2 for s in b.sentences if len(tokens(s.text)) >= MIN_WORDS]
    if not sentences:
        return None
    block, sentence = rng.choice(sentences)
    copy = text[sentence.start : sentence.end]
    if kind == "sentence-near":
        copy = change_spacing(swap_quotes(copy), rng)
    target = rng.choice([b for b in body if b is not block])
    if rng.random() < 0.5:
        insert_at, new_piece = target.end, " " + copy
        copy_offset = insert_at + 1
    else:
        insert_at, new_piece = target.start, copy + " "
        copy_offset = insert_at
    new = text[:insert_at] + new_piece + text[insert_at:]
    # When the pasted copy comes first, the original is the later one.
    offset = copy_offset if target.start > block.start else sentence.start + len(new_piece)
    return Planted(kind, rel, new, offset, "R202")


def plant_doubled(rel: str, text: str, doc: Document, kind: str, rng: random.Random) -> Planted | None:
    """Type a lower-case word (or two) twice inside a body sentence.

    Words R203 lets through on purpose ("had had") are not planted: that would
    measure nothing.
    """
    allow = set(Settings(select=["R203"]).active_rules()[0].options["allow"])
    pattern = r"(?<= )[a-z]+(?= )" if kind == "word" else r"(?<= )[a-z]+ [a-z]+(?= )"
    choices = [
        (b, m) for b in doc.paragraphs for m in re.finditer(pattern, text[b.start : b.end]) if m.group(0) not in allow
    ]
    if not choices:
        return None
    block, m = rng.choice(choices)
    start = block.start + m.start()
    new = text[:start] + m.group(0) + " " + text[start:]
    return Planted(kind, rel, new, start, "R203")


# -- running ------------------------------------------------------------------------


def findings(engine: Engine, rel: str, text: str, codes: tuple[str, ...] = CODES):
    return [f for f in engine.check_source(Source(rel, text)) if f.code in codes]


def excerpt(text: str, start: int, end: int, width: int = 110) -> str:
    piece = " ".join(text[start:end].split())
    return piece if len(piece) <= width else piece[: width - 1] + "…"


def measure_recall(files: list[tuple[str, str]], engine: Engine, clean: dict[str, Counter]) -> None:
    found: Counter = Counter()
    total: Counter = Counter()
    false: Counter = Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    for rel, text in files:
        seed = int(hashlib.sha1(f"{SEED}:{rel}".encode()).hexdigest(), 16)
        for kind in KINDS:
            rng = random.Random(seed + KINDS.index(kind))
            planted = plant(rel, text, kind, rng)
            if planted is None:
                continue
            total[kind] += 1
            codes = ("R203",) if planted.code == "R203" else CODES
            hits = findings(engine, rel, planted.text, codes)
            if planted.code == "R203":
                # "in hospital in hospital in" may as well be read one word earlier.
                expected = [f for f in hits if f.start <= planted.offset < f.end]
            else:
                expected = [f for f in hits if f.code == planted.code and f.start == planted.offset]
            if expected:
                found[kind] += 1
            else:
                misses[kind].append(f"{rel} @{planted.offset}: {[(f.code, f.start, f.message) for f in hits]}")
            already = sum(clean.get(rel, Counter())[c] for c in codes)
            false[kind] += max(0, len(hits) - len(expected) - already)
    print("\n== Recall on planted repeats (one per article) ==")
    print(f"{'kind':<15}{'planted':>8}{'found':>7}{'recall':>9}{'target':>8}{'false':>7}")
    for kind in KINDS:
        n = total[kind]
        recall = found[kind] / n if n else float("nan")
        target = TARGETS.get(kind)
        mark = "" if target is None else ("ok" if recall >= target else "BELOW")
        shown = f"{target:.0%}" if target is not None else "-"
        print(f"{kind:<15}{n:>8}{found[kind]:>7}{recall:>9.1%}{shown:>8}{false[kind]:>7}  {mark}")
    repeats = sum(n for k, n in false.items() if k not in ("word", "phrase"))
    print(f"false R201/R202 findings on the planted set: {repeats} in {sum(total.values())} planted articles")
    print(f"false R203 findings on the planted set: {false['word'] + false['phrase']}")
    for kind, lines in misses.items():
        for line in lines[:5]:
            print(f"  missed {kind}: {line}")


def review_clean(files: list[tuple[str, str]], engine: Engine) -> dict[str, Counter]:
    print("\n== R201/R202 findings on the unmodified articles (read each) ==")
    per_file: dict[str, Counter] = defaultdict(Counter)
    unreviewed = 0
    for rel, text in files:
        hits = findings(engine, rel, text)
        for f in hits:
            per_file[rel][f.code] += 1
            key = f"{rel}:{f.line}:{f.column}:{f.code}"
            tag = "genuine" if key in REVIEWED else "UNREVIEWED"
            unreviewed += key not in REVIEWED
            first = f.related[0]
            print(f"  [{tag}] {key} {f.message}")
            print(f"      first: {excerpt(text, first.start, first.end)}")
            print(f"      again: {excerpt(text, f.start, f.end)}")
    rate = 1000 * unreviewed / max(1, len(files))
    print(
        f"{sum(sum(c.values()) for c in per_file.values())} findings in {len(files)} articles; {unreviewed} not reviewed as genuine"
    )
    print(f"false R201/R202 per 1,000 clean articles (unreviewed counted as false): {rate:.2f} (target <= 1)")
    doubled = [(rel, text, f) for rel, text in files for f in findings(engine, rel, text, ("R203",))]
    print(f"\n== R203 findings on the unmodified articles: {len(doubled)} (read each) ==")
    unreviewed = 0
    for rel, text, f in doubled:
        key = f"{rel}:{f.line}:{f.column}:{f.code}"
        tag = "genuine" if key in REVIEWED else "UNREVIEWED"
        unreviewed += key not in REVIEWED
        per_file[rel][f.code] += 1
        print(f"  [{tag}] {key} {excerpt(text, max(0, f.start - 40), f.end + 30)}")
    print(f"false R203 per 1,000 clean articles (unreviewed counted as false): {1000 * unreviewed / len(files):.2f}")
    return per_file


# -- timing ---------------------------------------------------------------------------


def timed(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def time_per_article(files: list[tuple[str, str]]) -> None:
    settings = Settings(select=["R201", "R202", "R203"])
    rules = settings.active_rules()
    docs = [parse(text, rel) for rel, text in files]
    costs = []
    for doc in docs:
        ctx = RunContext(settings)
        t0 = time.perf_counter()
        list(repetition.check(doc, rules, ctx))
        costs.append(time.perf_counter() - t0)
    words = statistics.median(len(d.words) for d in docs)
    print("\n== Cost per article (R201-R203 check only, parsed documents) ==")
    print(
        f"median {1000 * statistics.median(costs):.3f} ms, p95 {1000 * sorted(costs)[int(0.95 * len(costs))]:.3f} ms, "
        f"total {sum(costs):.2f} s for {len(docs)} articles (median {words:.0f} words)"
    )


def big_documents(files: list[tuple[str, str]], size: int) -> None:
    print(f"\n== One {size / 1e6:.0f} MB document ==")
    pieces, total = [], 0
    while total < size:
        for _, text in files:
            pieces.append(text)
            total += len(text) + 2
            if total >= size:
                break
    cycled = "\n\n".join(pieces)
    rng = random.Random(SEED)
    vocab = ["".join(rng.choice("abcdefghijklmnoprstuw") for _ in range(rng.randint(2, 9))) for _ in range(20000)]
    paras, total = [], 0
    while total < size:
        sentences = [
            " ".join(rng.choice(vocab) for _ in range(rng.randint(6, 25))).capitalize() + "."
            for _ in range(rng.randint(1, 4))
        ]
        paras.append(" ".join(sentences))
        total += len(paras[-1]) + 2
    synthetic = "\n\n".join(paras)
    settings = Settings(select=["R201", "R202", "R203"])
    rules = settings.active_rules()
    for name, text in (("corpus articles cycled (many repeats)", cycled), ("synthetic, no repeats", synthetic)):
        doc = parse(text, "big.txt")
        parse_time = timed(lambda text=text: parse(text, "big.txt"), 1)
        hits: list = []

        def run(doc=doc, hits=hits):
            hits[:] = list(repetition.check(doc, rules, RunContext(settings)))

        check_time = timed(run, 3)
        counts = Counter(h.code for h in hits)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "big.txt"
            path.write_text(text, encoding="utf-8")
            cli = [sys.executable, "-m", "lint", "check", "--exit-zero", "-q", str(path)]
            wall = timed(lambda cli=cli: subprocess.run(cli, cwd=REPO, capture_output=True, check=True), 1)
        print(
            f"{name}: {len(text) / 1e6:.1f} MB, {len(doc.blocks)} blocks; parse {parse_time:.2f} s, "
            f"repetition check median {check_time:.2f} s; findings {dict(sorted(counts.items()))}; "
            f"CLI with default rules {wall:.2f} s wall"
        )


def cross_file(files: list[tuple[str, str]]) -> None:
    print(f"\n== --cross-file over {len(files)} articles ==")
    for label, select in (("R201-R203", ["R201", "R202", "R203"]), ("default rules", None)):
        for cross in (False, True):
            engine_holder: list = []

            def run(select=select, cross=cross, holder=engine_holder):
                engine = Engine(Settings(select=select, cross_file=cross, grammar=False))
                out = []
                for rel, text in files:
                    out.extend(engine.check_source(Source(rel, text)))
                out.extend(engine.finish())
                holder[:] = [out]

            seconds = timed(run, 3)
            out = engine_holder[0]
            crossed = [f for f in out if f.code == "R201" and f.related and f.related[0].path != f.path]
            print(
                f"{label:<14} cross-file {'on ' if cross else 'off'}: {seconds:.2f} s (median of 3), {len(crossed)} cross-file R201"
            )
    pairs = Counter((f.path.split("/")[0], f.related[0].path.split("/")[0]) for f in crossed)
    files_with = {f.path for f in crossed}
    print(f"cross-file findings in {len(files_with)} files; (later, earlier) categories: {dict(pairs)}")
    by_file = Counter(f.path for f in crossed)
    paras = {rel: len(parse(text, rel).paragraphs) for rel, text in files}
    whole = sum(1 for rel, n in by_file.items() if n >= paras[rel] - 1)
    print(f"files whose paragraphs nearly all repeat an earlier file (duplicate articles): {whole}")
    for f in sorted(crossed, key=lambda f: (f.path, f.start))[:15]:
        print(f"  {f.path}:{f.line}:{f.column} {f.message}")
    cli = [sys.executable, "-m", "lint", "check", "--cross-file", "--exit-zero", "-q", str(CORPUS)]
    seconds = timed(lambda: subprocess.run(cli, cwd=REPO, capture_output=True, check=True), 1)
    print(f"CLI `copydesk check --cross-file` (default rules) over the whole corpus: {seconds:.2f} s wall")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "held-out", "all"), default="dev")
    parser.add_argument("--quick", action="store_true", help="skip the 5 MB document and the cross-file timing")
    args = parser.parse_args()
    files = corpus_files(args.split)
    print(f"{len(files)} articles ({args.split} split)")
    engine = Engine(Settings(select=[*CODES, "R203"]))
    clean = review_clean(files, engine)
    measure_recall(files, engine, clean)
    time_per_article(files)
    if not args.quick:
        big_documents(corpus_files("all"), 5_000_000)
        cross_file(corpus_files("all"))


if __name__ == "__main__":
    main()
