"""Executors run the per-document work of a batch: in this process, in worker processes, or
on a Dask cluster. Each worker builds the pipeline once and writes each record itself; the
batch only learns what happened to each file (:class:`~ingest.executors.base.FileResult`).
"""

from __future__ import annotations

from ingest.errors import Errors, IngestError
from ingest.executors.base import Executor

EXECUTORS = ("local", "dask")


def check_executor(name: str) -> None:
    """Refuse, before any work, an executor that does not exist or cannot run here."""
    import importlib.util

    if name not in EXECUTORS:
        raise IngestError(Errors.E014, name=name, choices=", ".join(EXECUTORS))
    if name == "dask" and importlib.util.find_spec("distributed") is None:
        raise IngestError(Errors.E027)


def make_executor(name: str, rules_dir: str, jobs: int, scheduler: str | None = None) -> Executor:
    if name == "local":
        from ingest.executors.local import LocalExecutor

        return LocalExecutor(rules_dir, jobs)
    if name == "dask":
        from ingest.executors.dask import DaskExecutor

        return DaskExecutor(rules_dir, jobs, scheduler)
    raise IngestError(Errors.E014, name=name, choices=", ".join(EXECUTORS))
