"""Executors: the same outputs whatever runs the work (one process, a pool, Dask)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from ingest.batch import run_batch

from .conftest import ROOT, RULES


def _outputs(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "run.json" and ".ingest-cache" not in p.parts
    }


def test_dask_local_cluster_gives_the_same_bytes(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed", reason="dask not installed (dev or dask extra)")
    local = run_batch([ROOT / "raw"], tmp_path / "local", RULES, jobs=1)
    dask = run_batch([ROOT / "raw"], tmp_path / "dask", RULES, jobs=2, executor="dask")
    assert dask.counts.processed == local.counts.processed and not dask.failures
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "local")


def test_unknown_executor_is_one_line(tmp_path: Path) -> None:
    from ingest.errors import IngestError

    with pytest.raises(IngestError, match="E014"):
        run_batch([ROOT / "raw"], tmp_path / "x", RULES, executor="spark")


# --- the per-file time limit where no signal reaches: worker threads (dask) ---------------------


def _spin(*_: object) -> None:
    """Python work far longer than any limit here (what a pathological page does to a
    quadratic step); bounded, so that a limit that fails to strike fails the test, not hangs it."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        pass


def test_time_limit_stops_python_work_in_a_worker_thread() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from ingest.executors.base import _TimeLimit, time_limit

    def limited() -> str:
        try:
            with time_limit(0.2):
                _spin()
        except _TimeLimit:
            return "stopped"
        return "ran on"

    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(limited).result(timeout=20) == "stopped"


def test_time_limit_in_a_thread_never_strikes_after_the_work_ended() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from ingest.executors.base import time_limit

    def quick() -> int:
        with time_limit(0.05):
            total = sum(range(1000))
        deadline = time.monotonic() + 0.3  # well past the limit, still in the same thread
        while time.monotonic() < deadline:
            total += 1
        return total

    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(quick).result(timeout=20) > 499500


def test_a_dask_batch_stops_a_runaway_file_at_its_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """_dask_batch runs in a dask worker's thread: the same code, in a thread pool here."""
    from concurrent.futures import ThreadPoolExecutor

    from ingest.executors.base import FileResult, FileTask
    from ingest.executors.dask import _dask_batch
    from ingest.segment import Segmenter

    page = tmp_path / "in" / "page.txt"
    page.parent.mkdir()
    page.write_text("Mesenchymal stem cells reduced pain in 57% of patients.\n")
    monkeypatch.setattr(Segmenter, "segment", _spin)
    task = FileTask(str(page), "page.txt", str(tmp_path / "out"), time_limit=0.5)
    with ThreadPoolExecutor(1) as pool:
        (result,) = pool.submit(_dask_batch, [task], "run", str(RULES)).result(timeout=60)
    assert isinstance(result, FileResult) and not result.ok
    assert "E011" in result.reason and "0.5 s" in result.reason
    assert "stopped in pipeline.py, process" in result.reason
    assert not (tmp_path / "out").exists()  # no record, not even half of one


# --- a file that kills its Dask worker ----------------------------------------------------------


def _die_on_kill_files() -> object:
    """A dask worker plugin (set up again in every restarted worker): the worker process exits
    when it loads a file whose name holds "kill", as a crash in C code would end it."""
    from distributed import WorkerPlugin

    class DieOnFile(WorkerPlugin):
        name = "die-on-file"

        def setup(self, worker: object) -> None:
            import os

            import ingest.executors.base as base

            original = base.load

            def load(path: Path, rel: str, offset: int = -1) -> object:
                if "kill" in rel:
                    os._exit(1)
                return original(path, rel, offset)

            base.load = load  # type: ignore[assignment]

    return DieOnFile()


def test_a_file_that_kills_its_dask_worker_costs_only_itself(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed", reason="dask not installed (dev or dask extra)")
    import dask

    from ingest.executors.base import FileResult, FileTask
    from ingest.executors.dask import DaskExecutor

    folder = tmp_path / "in"
    folder.mkdir()
    # In one batch with seven good pages; its worker also holds other batches when it dies.
    names = [f"a{n:02d}.txt" for n in range(7)] + ["kill.txt"] + [f"b{n:02d}.txt" for n in range(9)]
    for name in names:
        (folder / name).write_text(f"In {name}, 57% of patients improved after MSC therapy.\n")
    tasks = [FileTask(str(folder / n), n, str(tmp_path / "out")) for n in names]
    # No retries by the scheduler: every task the dying worker held fails at once.
    no_retries = dask.config.set({"distributed.scheduler.allowed-failures": 0})
    with no_retries, DaskExecutor(str(RULES), 2) as executor:
        executor.client.register_plugin(_die_on_kill_files())
        results = list(executor.map("run", tasks))
    assert sorted(r.rel for r in results) == sorted(names)  # each file answered once
    failed = [r for r in results if not r.ok]
    assert [r.rel for r in failed] == ["kill.txt"]
    assert isinstance(failed[0], FileResult) and "its dask worker died" in failed[0].reason
    written = sorted(p.name for p in (tmp_path / "out").rglob("*.json"))
    assert written == sorted(f"{n}.json" for n in names if n != "kill.txt")


def test_a_dask_task_that_fails_on_its_worker_says_why(tmp_path: Path) -> None:
    """Workers read the rules folder themselves: one they cannot read fails every file, each
    with the worker's own error in its reason."""
    pytest.importorskip("dask.distributed", reason="dask not installed (dev or dask extra)")
    from ingest.executors.base import FileResult, FileTask
    from ingest.executors.dask import DaskExecutor

    page = tmp_path / "page.txt"
    page.write_text("In 57% of patients pain improved.\n")
    task = FileTask(str(page), "page.txt", str(tmp_path / "out"))
    with DaskExecutor(str(tmp_path / "no-rules-here"), 1) as executor:
        (result,) = executor.map("run", [task])
    assert not result.ok
    assert isinstance(result, FileResult)
    assert "its dask task failed: IngestError: " in result.reason
    assert "no-rules-here" in result.reason


def test_a_process_pool_that_breaks_between_two_looks_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker may die after the executor last looked: the next submit then raises at once.
    That is a broken pool like any other, rebuilt, with no file lost."""
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    submitted = 0
    original = ProcessPoolExecutor.submit
    pages = sum(1 for p in (ROOT / "raw").rglob("*") if p.is_file())
    # The third submit falls in the site-chrome pass; the second break past every page of that
    # pass (and its resubmits), in the main pass.
    breaks = (3, pages + 5)

    def submit(self: ProcessPoolExecutor, fn: object, /, *args: object) -> Future[object]:
        nonlocal submitted
        submitted += 1
        if submitted in breaks:
            raise BrokenProcessPool("A child process terminated abruptly")
        return original(self, fn, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(ProcessPoolExecutor, "submit", submit)
    record = run_batch([ROOT / "raw"], tmp_path / "out", RULES, jobs=2)
    assert not record.failures and record.counts.processed == pages
    assert submitted > breaks[1]
