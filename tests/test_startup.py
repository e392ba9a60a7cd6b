"""The install-time start-up cache (``ingest rules compile``) and what the start-up cache keeps:
a run into a fresh output folder reads the compiled rules instead of compiling them, writes
nothing of them into its output, and gives the same records; a damaged or absent cache is
compiled around, never trusted."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.rules import read_rules
from ingest.rules.patterns import _Programs

from .conftest import RULES

PAGE = (
    "Mesenchymal stem cell therapy in knee osteoarthritis\n\n"
    "About 40% of patients (n = 120) improved after 12 weeks of treatment with "
    "umbilical cord MSCs (PMID: 40353645); adverse events were mild.\n"
)


def _ingest(*args: str, prebuilt: Path | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "INGEST_CACHE_DIR"}
    env["INGEST_PREBUILT_DIR"] = str(prebuilt) if prebuilt is not None else ""
    command = [sys.executable, "-c", "from ingest.cli import main; main()", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True)


def _records(output: Path) -> dict[str, bytes]:
    """Every output file but run.json (times) and the cache folder."""
    return {
        p.relative_to(output).as_posix(): p.read_bytes()
        for p in sorted(output.rglob("*"))
        if p.is_file() and ".ingest-cache" not in p.parts and p.name != "run.json"
    }


def _startup_files(output: Path) -> list[str]:
    folder = output / ".ingest-cache" / "startup"
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_a_run_reads_the_compiled_rules_and_writes_none_into_its_output(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "page.txt").write_text(PAGE)
    prebuilt = tmp_path / "prebuilt"
    done = _ingest(
        "rules", "compile", "--rules", str(RULES), "--into", str(prebuilt), prebuilt=None
    )
    assert done.returncode == 0, done.stderr
    kept = sorted(p.relative_to(prebuilt).as_posix() for p in prebuilt.rglob("*") if p.is_file())
    assert any(name.startswith("regex-programs-") for name in kept), kept
    assert any(name.startswith("entities/") for name in kept), kept
    assert any(name.startswith("guarded/") for name in kept), kept
    assert any(name.startswith("entity-lines/") for name in kept), kept
    assert all(oct(p.stat().st_mode & 0o777) == "0o644" for p in prebuilt.rglob("*") if p.is_file())
    # Built again by a process that read it as it started (make does so after a change): whole.
    again = _ingest(
        "rules", "compile", "--rules", str(RULES), "--into", str(prebuilt), prebuilt=prebuilt
    )
    assert again.returncode == 0, again.stderr
    rebuilt = sorted(p.relative_to(prebuilt).as_posix() for p in prebuilt.rglob("*") if p.is_file())
    assert rebuilt == kept

    plain = tmp_path / "plain"
    run = ("run", str(inputs), "--rules", str(RULES), "-j", "1", "-q")
    assert _ingest(*run, "-o", str(plain), prebuilt=None).returncode == 0
    assert _startup_files(plain)  # without the compiled rules, the run keeps its own

    served = tmp_path / "served"
    done = _ingest(*run, "-o", str(served), prebuilt=prebuilt)
    assert done.returncode == 0, done.stderr
    assert _startup_files(served) == []  # everything came from the compiled rules
    assert _records(served) == _records(plain) != {}

    # Damaged files are compiled around: same records, and the run keeps its own cache.
    for file in prebuilt.rglob("*"):
        if file.is_file():
            file.chmod(0o644)
            file.write_bytes(file.read_bytes()[:40])
    damaged = tmp_path / "damaged"
    done = _ingest(*run, "-o", str(damaged), prebuilt=prebuilt)
    assert done.returncode == 0, done.stderr
    assert _records(damaged) == _records(plain)
    assert any(name.startswith("regex-programs-") for name in _startup_files(damaged))


def test_compile_into_a_folder_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    done = _ingest("rules", "compile", "--into", str(blocker / "cache"), prebuilt=None)
    assert done.returncode != 0
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert "E065" in done.stderr


def test_kept_standard_library_programs_build_the_same_pattern() -> None:
    """Patterns the pipeline runs with ``re`` (the percentages) are built from the program kept
    by an earlier run: the very pattern re.compile builds, same groups, same matches."""
    sources = [
        (r"(?i)(?<![\w.,])(?P<value>\d+(?:[.,]\d+)?)\s?(?:%|per\s?cent)", 0),
        (r"(?:fewer|less)\s+than\s*$", int(re.IGNORECASE)),
        (r"(?P<a>x)(?(a)y|z)", 0),
    ]
    first = _Programs()
    first.loaded = True
    compiled = [first.compile_std(p, f) for p, f in sources]
    second = _Programs()
    second.loaded = True
    second.known = dict(first.used)
    texts = ["About 40 % of", "less than ", "xy xz", "12,5 per cent and fewer than"]
    for (pattern, flags), fresh in zip(sources, compiled, strict=True):
        kept = second.compile_std(pattern, flags)
        assert kept == re.compile(pattern, flags) == fresh
        assert kept.groupindex == fresh.groupindex
        for text in texts:
            assert [m.span() for m in kept.finditer(text)] == [
                m.span() for m in re.finditer(pattern, text, flags)
            ]
    assert not second.new  # every one came from the kept programs


def test_kept_entity_lines_give_the_same_rules_and_the_same_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The vocabularies' plain terms are kept by the file's bytes; a line with a problem is not
    kept, and is reported on every read."""
    from ingest.rules.patterns import save_startup_cache

    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    broken = sorted((folder / "entities").glob("*.jsonl"))[0]
    with broken.open("a") as stream:
        stream.write('{"label": "disease", "pattern": "x", "id": "y"}\n{"label":\n')
    monkeypatch.setenv("INGEST_CACHE_DIR", str(tmp_path / "cache"))
    first = read_rules(folder)
    save_startup_cache()
    assert list((tmp_path / "cache" / "entity-lines").glob("*.marshal"))
    second = read_rules(folder)
    assert [p.report for p in second.problems] == [p.report for p in first.problems]
    assert len(first.problems) == 2
    assert second.entities == first.entities
    assert [(loc, item.model_dump()) for loc, item in second.entities[:50]] == [
        (loc, item.model_dump()) for loc, item in first.entities[:50]
    ]
