"""batch: a folder in, records + claims.jsonl + run.json out; failures never stop it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.batch import run_batch

from .conftest import ROOT, RULES, SHARED


def _outputs(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "run.json"
    }


def test_seeds_give_one_record_each_and_conform(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "x"
    record = run_batch([seeds_dir], out, RULES, jobs=1)
    assert record.counts.processed == 3 and record.counts.failed == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        [*(f"{p.name}.json" for p in seeds_dir.iterdir()), "claims.jsonl", "run.json"]
    )
    tool = SHARED / "tools" / "conformance.py"
    result = subprocess.run(
        [sys.executable, str(tool), str(out), str(seeds_dir)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip().endswith("0 problems in 3 document records")


def test_raw_output_conforms(tmp_path: Path) -> None:
    tool = SHARED / "tools" / "conformance.py"
    if not tool.exists():
        pytest.skip(f"{tool} not available")
    out = tmp_path / "x"
    run_batch([ROOT / "raw"], out, RULES, jobs=1)
    result = subprocess.run(
        [sys.executable, str(tool), str(out), str(ROOT / "raw")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_second_run_skips_unchanged_and_writes_the_same_bytes(tmp_path: Path) -> None:
    out = tmp_path / "x"
    first = run_batch([ROOT / "raw"], out, RULES, jobs=1)
    before = _outputs(out)
    second = run_batch([ROOT / "raw"], out, RULES, jobs=1)
    assert second.counts.unchanged == first.counts.processed
    assert second.counts.processed == 0
    assert _outputs(out) == before


def test_jobs_do_not_change_the_output(tmp_path: Path) -> None:
    run_batch([ROOT / "raw"], tmp_path / "one", RULES, jobs=1)
    run_batch([ROOT / "raw"], tmp_path / "two", RULES, jobs=2)
    assert _outputs(tmp_path / "one") == _outputs(tmp_path / "two")


def test_a_bad_file_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "raw" / "clinic-page.html", folder / "good.html")
    (folder / "junk.bin").write_bytes(bytes(range(256)) * 80)
    (folder / "empty.txt").write_bytes(b"")
    record = run_batch([folder], tmp_path / "out", RULES, jobs=1)
    assert record.counts.processed == 2
    assert [f.path for f in record.failures] == ["junk.bin"]
    assert "\n" not in record.failures[0].reason
    assert not (tmp_path / "out" / "junk.bin.json").exists()
    run = json.loads((tmp_path / "out" / "run.json").read_text())
    assert run["failures"][0]["path"] == "junk.bin"
