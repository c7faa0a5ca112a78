"""Start-up and throughput of ``copydesk check`` (run on purpose, not a test).

    python benchmarks/speed.py [--corpus ../shared/corpus/bbc] [--runs 7]

Prints medians: a cold start on one article, and the whole corpus in one
process with every default offline rule on, with reference floors. Run it
with the interpreter that has copydesk's dependencies (``python -m lint`` from
this checkout is what is timed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "bbc"


# As on a user's machine, where pip compiled the bytecode at install time: let
# Python write its caches (a warm-up run fills them) instead of recompiling
# every module on every start.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str], runs: int) -> tuple[float, int]:
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)  # warm-up
    times = []
    code = 0
    for _ in range(runs):
        start = time.perf_counter()
        code = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV).returncode
        times.append(time.perf_counter() - start)
    return statistics.median(times), code


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    # The interpreter running this script, so the copydesk measured is this checkout's
    # (a shim or another install on PATH would add its own start-up or code).
    copydesk = [sys.executable, "-m", "lint"]
    articles = sorted(p for p in args.corpus.rglob("*.txt"))
    one = str(articles[0])
    floor, _ = timed([sys.executable, "-c", "pass"], args.runs)
    click_floor, _ = timed([sys.executable, "-c", "import click"], args.runs)
    cold, code = timed([*copydesk, "check", one], args.runs)
    print(f"python -c pass          median {floor:.3f} s")
    print(f"python -c 'import click' median {click_floor:.3f} s")
    print(f"copydesk check 1 article median {cold:.3f} s (exit {code}; target < 0.3 s)")
    corpus_runs = max(3, args.runs // 2)
    whole, code = timed([*copydesk, "check", "--quiet", "--exit-zero", str(args.corpus)], corpus_runs)
    rate = len(articles) / whole
    print(
        f"copydesk check corpus    median {whole:.2f} s for {len(articles)} articles "
        f"= {rate:.0f} articles/s, {1000 * whole / len(articles):.2f} ms/article (exit {code}; target < 3 s)"
    )
    jobs, _ = timed([*copydesk, "check", "--quiet", "--exit-zero", "--jobs", "2", str(args.corpus)], corpus_runs)
    print(f"copydesk check --jobs 2  median {jobs:.2f} s ({whole / jobs:.2f}x one process)")


if __name__ == "__main__":
    main()
