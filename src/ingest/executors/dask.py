"""Run file tasks on dask.distributed: an existing cluster (``--scheduler ADDRESS``) or a
LocalCluster of ``jobs`` single-threaded worker processes.

Workers read inputs and write records themselves, so on a real cluster the input and output
folders must be on storage every worker sees at the same path. Each worker process builds the
pipeline once (cached per rules folder). Tasks run in worker threads, where no signal reaches:
the per-file time limit is raised in the thread between Python instructions instead
(:func:`ingest.executors.base.time_limit`), so one call into C finishes before it strikes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ingest.errors import Errors, IngestError
from ingest.executors.base import FileTask, Method, Result, Worker, lost_result

_workers: dict[str, Worker] = {}


# Files per dask task: enough that the scheduler's per-task cost (a round trip through the
# worker's event loop, which shares the GIL with the work) is spread thin, few enough that the
# last batches still balance across workers.
BATCH = 8


def _dask_batch(tasks: list[FileTask], method: Method, rules_dir: str) -> list[Result]:
    worker = _workers.get(rules_dir)
    if worker is None:
        worker = _workers[rules_dir] = Worker.from_rules_dir(rules_dir)
    return [worker.call(method, task) for task in tasks]


class DaskExecutor:
    def __init__(self, rules_dir: str, jobs: int, scheduler: str | None = None) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise IngestError(Errors.E027) from None
        self.rules_dir = str(Path(rules_dir).resolve())
        self.jobs = max(1, jobs)
        self._cluster: Any = None
        if scheduler:
            self.client: Any = Client(scheduler)
        else:
            self._cluster = LocalCluster(
                n_workers=self.jobs,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            self.client = Client(self._cluster)

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def map(self, method: Method, tasks: list[FileTask]) -> Iterator[Result]:
        """Tasks go out in batches of :data:`BATCH` files: one scheduler round trip per batch,
        not per file.

        A worker that dies (killed, out of memory, a crash in C code) fails every task it held,
        and which file killed it is unknown: the files of those tasks are suspects, sent again
        once the rest is done, one at a time with nothing else in flight. Only a file that
        fails alone is reported, so one bad page never costs its neighbours.
        """
        from dask.distributed import as_completed

        batches = [tasks[n : n + BATCH] for n in range(0, len(tasks), BATCH)]
        pending = iter(batches)
        by_key: dict[str, list[FileTask]] = {}
        suspects: list[FileTask] = []

        def submit(batch: list[FileTask] | None = None) -> Any:
            batch = batch if batch is not None else next(pending, None)
            if batch is None:
                return None
            future = self.client.submit(_dask_batch, batch, method, self.rules_dir, pure=False)
            by_key[future.key] = batch
            return future

        first = [f for f in (submit() for _ in range(2 * self.jobs)) if f is not None]
        stream = as_completed(first)
        for future in stream:
            batch = by_key.pop(future.key)
            try:
                yield from future.result()
            except Exception:  # a worker died with the batch (KilledWorker, …)
                suspects.extend(batch)
            following = submit()
            if following is not None:
                stream.add(following)
        for task in suspects:
            future = submit([task])
            try:
                yield from future.result()
            except Exception as err:
                yield self._lost(method, task, err)

    @staticmethod
    def _lost(method: Method, task: FileTask, err: Exception) -> Result:
        if type(err).__name__ == "KilledWorker":
            detail = "its dask worker died (killed, out of memory or a crash in C code)"
        else:  # the task itself failed on the worker: say how (a rules folder it cannot read …)
            said = " ".join(f"{type(err).__name__}: {err}".split())
            detail = f"its dask task failed: {said[:200]}"
        return lost_result(method, task, detail)
