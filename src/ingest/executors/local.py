"""Run file tasks in this process (``jobs == 1``) or in a pool of worker processes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Literal

from ingest.executors.base import FileResult, FileTask, LinesResult, Worker

Method = Literal["lines", "run"]
_worker: Worker | None = None


def _init(rules_dir: str) -> None:
    global _worker
    _worker = Worker.from_rules_dir(rules_dir)


def _call(method: Method, task: FileTask) -> FileResult | LinesResult:
    assert _worker is not None, "worker not initialised"
    return _worker.lines(task) if method == "lines" else _worker.run(task)


class LocalExecutor:
    """One worker in this process, or ``jobs`` processes that each build the pipeline once."""

    def __init__(self, rules_dir: str, jobs: int) -> None:
        self.rules_dir = rules_dir
        self.jobs = jobs
        self._inline: Worker | None = None
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def map(self, method: Method, tasks: Iterable[FileTask]) -> Iterator[FileResult | LinesResult]:
        if self.jobs <= 1:
            if self._inline is None:
                self._inline = Worker.from_rules_dir(self.rules_dir)
            worker = self._inline
            for task in tasks:
                yield worker.lines(task) if method == "lines" else worker.run(task)
            return
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs, initializer=_init, initargs=(self.rules_dir,)
            )
        futures = [self._pool.submit(_call, method, task) for task in tasks]
        for future in as_completed(futures):
            yield future.result()
