"""What copydesk's LanguageTool adapter costs, apart from LanguageTool itself.

Measures, over the BBC corpus (read in place, never copied):

- building the text sent to LanguageTool (compacted prose and offset map) per article;
- requests per article at the default batch size, and characters sent per character of file;
- a full G5xx run per article against the test suite's fake server on 127.0.0.1
  (the real language-tool-python client: HTTP, JSON, mapping back), with the
  time of the same run without grammar for comparison.

Run from the repository root: ``python benchmarks/grammar_adapter.py``.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fake_languagetool import FakeLanguageTool  # noqa: E402

from lint.checks.grammar_text import batches  # noqa: E402
from lint.checks.languagetool import LTConfig  # noqa: E402
from lint.config import Settings  # noqa: E402
from lint.document import parse  # noqa: E402
from lint.engine import Engine  # noqa: E402
from lint.sources import Source  # noqa: E402

CORPUS = Path("/work/shared/corpus/bbc")


def main() -> None:
    files = sorted(CORPUS.glob("*/*.txt"))
    if not files:
        sys.exit(f"no corpus at {CORPUS}")
    texts = [(str(p), p.read_text(encoding="utf-8", errors="replace")) for p in files]
    docs = [parse(text, path) for path, text in texts]

    build_ms, requests, ratio = [], [], []
    for doc in docs:
        t0 = time.perf_counter()
        pieces = list(batches(doc, LTConfig.batch_size))
        build_ms.append((time.perf_counter() - t0) * 1000)
        requests.append(len(pieces))
        ratio.append(sum(len(p.text) for p in pieces) / max(1, len(doc.source)))

    fake = FakeLanguageTool().start()
    try:
        on = Engine(Settings(languagetool={"server": fake.url}))
        off = Engine(Settings(grammar=False))
        on.prepare()
        with_ms, without_ms, findings = [], [], 0
        for path, text in texts:
            t0 = time.perf_counter()
            findings += sum(1 for f in on.check_source(Source(path, text)) if f.code.startswith("G"))
            with_ms.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            off.check_source(Source(path, text))
            without_ms.append((time.perf_counter() - t0) * 1000)
    finally:
        fake.stop()

    med = statistics.median
    print(f"articles: {len(docs)}")
    print(f"build text for LanguageTool: median {med(build_ms):.3f} ms/article, max {max(build_ms):.2f} ms")
    print(f"requests per article (batch-size {LTConfig.batch_size}): median {med(requests)}, max {max(requests)}")
    print(f"characters sent / characters in file: median {med(ratio):.3f}")
    print(f"sessions opened: {fake.language_requests}; check requests: {len(fake.checks)}")
    print(
        f"full run per article, fake server: median {med(with_ms):.2f} ms with G5xx, "
        f"{med(without_ms):.2f} ms without (adapter + HTTP overhead {med(with_ms) - med(without_ms):.2f} ms)"
    )
    print(f"G5xx findings from the fake server's toy rules: {findings}")


if __name__ == "__main__":
    main()
