"""extracted/ (committed) is exactly what the pipeline makes of raw/ today.

When a change to rules or code is meant to change the output, regenerate it with `make run`
and commit the diff together with the change; otherwise this test catches the drift.
"""

from __future__ import annotations

from pathlib import Path

from ingest.batch import run_batch

from .conftest import ROOT, RULES

EXTRACTED = ROOT / "extracted"


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "run.json" and ".ingest-cache" not in p.parts
    }


def test_extracted_matches_a_fresh_run(tmp_path: Path) -> None:
    run_batch([ROOT / "raw"], tmp_path / "out", RULES, jobs=1)
    fresh, committed = _files(tmp_path / "out"), _files(EXTRACTED)
    assert sorted(fresh) == sorted(committed), "records added or missing: run `make run`"
    drifted = [name for name in fresh if fresh[name] != committed[name]]
    assert not drifted, f"output drifted from extracted/ in {drifted}: run `make run` if intended"
