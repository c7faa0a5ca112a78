"""Benchmark F301 (unsourced-figure) on the labelled set; run by hand.

    python benchmarks/figures.py            # precision/recall on each part, and speed
    python benchmarks/figures.py --errors   # list the mistakes
    python benchmarks/figures.py --flag-rate  # F301/F302 findings per article on the whole corpus

Every held-out part has been measured once, blind, and is now spent (see the log in
labels/figures/GUIDELINES.md); a new held-out part needs a new draw.

Labels (``labels/figures/labels.jsonl``) are offsets into the BBC corpus
articles, which are read from ``../shared/corpus/bbc``; the corpus's text is
never stored here. A finding matches a labelled figure when their spans
overlap. Precision counts every F301 finding in a labelled article: one that
overlaps no unsourced figure is a false alarm.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]

from figures_labelling import CORPUS, KINDS, all_articles, load, text_of  # noqa: E402

from lint.checks.figures import UNSOURCED, classify, compile_options, default_options  # noqa: E402
from lint.document import parse  # noqa: E402

#: Label file split -> what it is now. Each held-out part was measured once, with the check as
#: it then was, and then used for tuning (see the log in labels/figures/GUIDELINES.md), so the
#: figures below for "heldout*" parts are no longer blind; the first-time ones are in FIRST_RUNS.
PARTS = {
    "dev": "dev",
    "heldout": "heldout1*",
    "heldout2": "heldout2*",
    "heldout3": "heldout3*",
    "heldout4": "heldout4*",
    "heldout5": "heldout5*",
    "heldout6": "heldout6*",
    "heldout7": "heldout7*",
    "heldout8": "heldout8*",
}
#: A part drawn and labelled but not yet measured goes here: left out of runs unless named
#: (--NAME), its mistakes never listed.
BLIND: dict[str, str] = {}
TUNING = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8")
#: Each held-out part's only blind measurement: (TP, FP, FN).
FIRST_RUNS = {
    "heldout1": (41, 3, 10),
    "heldout2": (37, 13, 0),
    "heldout3": (43, 11, 9),
    "heldout4": (81, 8, 18),
    "heldout5": (55, 15, 5),
    "heldout6": (61, 21, 12),
    "heldout7": (56, 23, 9),
    "heldout8": (96, 13, 11),
}


def evaluate(show_errors: bool = False, splits: tuple[str, ...] = ("dev", "heldout", "heldout2")) -> None:
    compiled = compile_options(default_options())
    labels = load()
    by_file: dict[str, list[dict]] = {}
    for row in labels:
        by_file.setdefault(row["file"], []).append(row)
    names = {**PARTS, **BLIND}
    stats = {split: Counter() for split in names}
    per_kind = {split: {k: Counter() for k in KINDS} for split in names}
    errors: list[str] = []
    for rel, split in all_articles():
        if split not in splits:
            continue
        text = text_of(rel)
        doc = parse(text, rel)
        flagged = [c for c in classify(doc, compiled) if c.label == UNSOURCED]
        rows = by_file.get(rel, [])
        truth = [r for r in rows if r["label"] == "unsourced"]
        s, k = stats[split], per_kind[split][rel.split("/")[0]]
        for c in flagged:
            hit = any(r["start"] < c.figure.end and c.figure.start < r["end"] for r in truth)
            s["tp" if hit else "fp"] += 1
            k["tp" if hit else "fp"] += 1
            if not hit and show_errors and split in TUNING:
                other = next((r for r in rows if r["start"] < c.figure.end and c.figure.start < r["end"]), None)
                errors.append(
                    f"FP {rel} [{c.figure.text}] label={other['label'] if other else 'none'}  …{_context(text, c.figure.start, c.figure.end)}…"
                )
        for r in truth:
            found = any(r["start"] < c.figure.end and c.figure.start < r["end"] for c in flagged)
            if not found:
                s["fn"] += 1
                k["fn"] += 1
                if show_errors and split in TUNING:
                    errors.append(
                        f"FN {rel} [{text[r['start'] : r['end']]}] {r['note']}  …{_context(text, r['start'], r['end'])}…"
                    )
        s["figures"] += len(rows)
        s["articles"] += 1
    for split in splits:
        s = stats[split]
        p, r = _pr(s)
        print(
            f"{names[split]:8} articles {s['articles']:3}  figures {s['figures']:4}  "
            f"TP {s['tp']:3} FP {s['fp']:3} FN {s['fn']:3}  precision {p:.3f}  recall {r:.3f}"
        )
        for kind in KINDS:
            ks = per_kind[split][kind]
            kp, kr = _pr(ks)
            print(f"  {kind:14} TP {ks['tp']:3} FP {ks['fp']:3} FN {ks['fn']:3}  precision {kp:.3f}  recall {kr:.3f}")
    print("* measured blind once, then used for tuning. Blind (first-time) measurements:")
    total = Counter()
    for name, (tp, fp, fn) in FIRST_RUNS.items():
        total.update({"tp": tp, "fp": fp, "fn": fn})
        p, r = _pr(Counter({"tp": tp, "fp": fp, "fn": fn}))
        print(f"  {name:10} TP {tp:3} FP {fp:3} FN {fn:3}  precision {p:.3f}  recall {r:.3f}")
    p, r = _pr(total)
    print(
        f"  {'pooled':10} TP {total['tp']:3} FP {total['fp']:3} FN {total['fn']:3}  precision {p:.3f}  recall {r:.3f}"
    )
    for line in errors:
        print(line)


def _pr(s: Counter) -> tuple[float, float]:
    p = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 1.0
    r = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else 1.0
    return p, r


def _context(text: str, start: int, end: int) -> str:
    return (text[max(0, start - 90) : start] + "⟦" + text[start:end] + "⟧" + text[end : end + 40]).replace("\n", " ")


def speed() -> None:
    """Time the classification alone (parsing excluded) over the whole corpus."""
    compiled = compile_options(default_options())
    docs = [
        parse(p.read_text(encoding="utf-8", errors="replace"), p.name)
        for k in KINDS
        for p in sorted((CORPUS / k).glob("*.txt"))
    ]
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        for doc in docs:
            classify(doc, compiled)
        runs.append((time.perf_counter() - t0) / len(docs) * 1000)
    print(
        f"speed: {len(docs)} articles, median {statistics.median(runs):.3f} ms per article (F301 classification, parse excluded)"
    )


def flag_rate() -> None:
    import lint
    from lint.config import Settings

    settings = Settings(select=["F301", "F302"], grammar=False)
    counts: dict[str, list[int]] = {"F301": [], "F302": []}
    for kind in KINDS:
        for p in sorted((CORPUS / kind).glob("*.txt")):
            found = Counter(
                f.code for f in lint.check_text(p.read_text(encoding="utf-8", errors="replace"), p.name, settings)
            )
            for code in counts:
                counts[code].append(found[code])
    for code, values in counts.items():
        print(
            f"{code}: {sum(values)} findings in {len(values)} articles; median {statistics.median(values)} per article, "
            f"{sum(1 for v in values if v) / len(values):.0%} of articles have one"
        )


if __name__ == "__main__":
    if "--flag-rate" in sys.argv:
        flag_rate()
    else:
        parts = tuple(PARTS) + tuple(b for b in BLIND if f"--{b}" in sys.argv)
        evaluate(show_errors="--errors" in sys.argv, splits=parts)
        speed()
