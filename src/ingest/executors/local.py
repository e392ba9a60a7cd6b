"""Run file tasks in this process (``jobs == 1``) or in a pool of worker processes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed

from ingest.executors.base import FileResult, FileTask, Worker

_worker: Worker | None = None


def _init(rules_dir: str, site_chrome: frozenset[str]) -> None:
    global _worker
    _worker = Worker.from_rules_dir(rules_dir, site_chrome)


def _run(task: FileTask) -> FileResult:
    assert _worker is not None, "worker not initialised"
    return _worker.run(task)


def run_local(
    tasks: Iterable[FileTask], rules_dir: str, site_chrome: frozenset[str], jobs: int
) -> Iterator[FileResult]:
    if jobs <= 1:
        worker = Worker.from_rules_dir(rules_dir, site_chrome)
        for task in tasks:
            yield worker.run(task)
        return
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_init, initargs=(rules_dir, site_chrome)
    ) as pool:
        futures = [pool.submit(_run, task) for task in tasks]
        for future in as_completed(futures):
            yield future.result()
