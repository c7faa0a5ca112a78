"""``--jobs N``: check files in worker processes.

Checks that need one session for the whole run (LanguageTool) or see every
document (cross-file repetition) stay in the main process; workers return the
other checks' raw findings, and the main process applies suppressions to the
union so that unused-suppression reports stay right.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from lint.engine import Engine, load
from lint.finding import Finding
from lint.sources import SkipFile

_worker: Engine | None = None


def _init(settings) -> None:
    global _worker
    _worker = Engine(settings)
    _worker._keep_documents = False  # workers never run `finish`
    _worker.prepare(_worker.checks(main_process=False))


def _work(args: tuple[str, tuple[str, bytes] | None, list[str], bool]):
    path, stdin, checks, finalise = args
    assert _worker is not None
    try:
        source = load(path, stdin)
    except SkipFile as exc:
        return path, [], str(exc), None
    doc, findings = _worker.raw_findings(source, checks)
    if finalise:
        findings = _worker.finalise(doc, findings)
    return source.path, findings, None, source


def run_parallel(
    engine: Engine,
    files: list[str],
    jobs: int,
    stdin,
    progress: Callable[[list[str]], Iterable[str]] | None,
) -> Iterator[tuple[str, list[Finding], str | None]]:
    worker_checks = [*engine.checks(main_process=False), "engine"]
    main_checks = engine.checks(main_process=True)
    tasks = [(path, stdin, worker_checks, not main_checks) for path in files]
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(engine.settings,)) as pool:
        results = pool.map(_work, tasks, chunksize=max(1, len(tasks) // (jobs * 8)))
        if progress is not None:
            results = _track(results, files, progress)
        for path, findings, notice, source in results:
            if notice or not main_checks:
                yield path, findings, notice
                continue
            doc, more = engine.raw_findings(source, main_checks)
            yield path, engine.complete(doc, findings + more), None


def _track(results: Iterator, files: list[str], progress) -> Iterator:
    ticker = iter(progress(files))
    for item in results:
        next(ticker, None)
        yield item
    for _ in ticker:
        pass
