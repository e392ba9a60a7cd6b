"""Executors: the same outputs whatever runs the work (one process, a pool, Dask)."""

from __future__ import annotations

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
