"""Run file tasks in this process (``jobs == 1``) or in a pool of worker processes.

Each worker process builds the pipeline once, after the fork (the parent process runs none).
At most ``2 × jobs`` tasks are in flight, so memory stays flat however many files there are.
A worker that dies (killed, out of memory, a crash in C code) costs only the file it was on:
that file is reported, the pool is rebuilt, and the other files in flight are sent again. A
file that outlives its time limit by a wide margin (stuck where no signal can reach it) has
its pool killed the same way.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from ingest.errors import Errors, IngestError
from ingest.executors.base import FileResult, FileTask, Method, Result, Worker, lost_result

_worker: Worker | None = None
_GRACE = 2.0  # the watchdog waits this many times the per-file limit (plus 10 s)


def _init(rules_dir: str, parent: int) -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    die_with_parent(parent)
    # Each worker builds its own pipeline: the parent never holds one it does not run (its
    # automaton and vocabularies were a third of the batch process's memory). The rules, read
    # by the parent to check them, come with the fork.
    _worker = Worker.shared(rules_dir)


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent: int, every: float = 0.5) -> None:
    """End this worker when the batch's process ends, however it ends (SIGKILL included), so
    no orphan goes on writing records into the output.

    On Linux the kernel sends SIGKILL when the parent dies (``prctl(PR_SET_PDEATHSIG)``);
    elsewhere, and as a fallback, a thread watches the parent's pid and exits the process
    once this process has been handed to another parent.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # it died before the request was made
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(every)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="ingest-parent-watch", daemon=True).start()


def _call(method: Method, task: FileTask) -> Result:
    assert _worker is not None, "worker not initialised"
    return _worker.call(method, task)


class LocalExecutor:
    def __init__(self, rules_dir: str, jobs: int) -> None:
        self.rules_dir = rules_dir
        self.jobs = max(1, jobs)
        self._inline: Worker | None = None
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _new_pool(self) -> ProcessPoolExecutor:
        self.close()
        self._pool = ProcessPoolExecutor(
            max_workers=self.jobs, initializer=_init, initargs=(self.rules_dir, os.getpid())
        )
        return self._pool

    def _kill_pool(self) -> None:
        pool = self._pool
        self._pool = None
        if pool is None:
            return
        for process in list(getattr(pool, "_processes", {}).values()):
            with contextlib.suppress(OSError):  # already gone
                os.kill(process.pid, signal.SIGKILL)
        pool.shutdown(wait=False, cancel_futures=True)

    def map(self, method: Method, tasks: list[FileTask]) -> Iterator[Result]:
        if self.jobs == 1:
            if self._inline is None:
                self._inline = Worker.shared(self.rules_dir)
                self._inline.parses_in_memory = True  # both passes run in this process
            for task in tasks:
                yield self._inline.call(method, task)
            return
        queue = deque(tasks)
        # After a worker dies, every task then in flight is a suspect; suspects run one at a
        # time, so the one that kills its worker alone is the one reported.
        suspects: deque[FileTask] = deque()
        in_flight: dict[Future[Result], tuple[FileTask, float, bool]] = {}
        pool = self._pool or self._new_pool()

        def submit(task: FileTask, alone: bool) -> bool:
            try:
                in_flight[pool.submit(_call, method, task)] = (task, time.monotonic(), alone)
            except BrokenProcessPool:  # a worker died since the last look: rebuilt below
                return False
            return True

        while queue or suspects or in_flight:
            refused = False
            if suspects:
                if not in_flight:
                    task = suspects.popleft()
                    if not submit(task, True):
                        suspects.appendleft(task)
                        refused = True
            else:
                while queue and len(in_flight) < 2 * self.jobs:
                    task = queue.popleft()
                    if not submit(task, False):
                        queue.appendleft(task)
                        refused = True
                        break
            done, _ = wait(list(in_flight), timeout=1.0, return_when=FIRST_COMPLETED)
            broken = refused
            for future in done:
                task, _, alone = in_flight.pop(future)
                try:
                    yield future.result()
                except BrokenProcessPool:
                    broken = True
                    if alone:
                        yield lost_result(
                            method, task, "its worker process died (killed or out of memory)"
                        )
                    else:
                        suspects.append(task)
            overdue = [
                future
                for future, (task, started, _) in in_flight.items()
                if task.time_limit and time.monotonic() - started > _GRACE * task.time_limit + 10
            ]
            for future in overdue:
                task, _, _ = in_flight.pop(future)
                yield FileResult(
                    task.rel,
                    False,
                    str(IngestError(Errors.E011, path=task.rel, seconds=task.time_limit, where="")),
                )
            if overdue:
                self._kill_pool()
                queue.extendleft(task for task, _, _ in reversed(list(in_flight.values())))
                in_flight.clear()
                pool = self._new_pool()
            elif broken:
                suspects.extend(task for task, _, _ in in_flight.values())
                in_flight.clear()
                pool = self._new_pool()
