"""batch: a folder in, records + claims.jsonl + run.json out; failures never stop it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ingest.batch import run_batch

from .conftest import ROOT, RULES, SHARED


def _outputs(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "run.json" and ".ingest-cache" not in p.parts
    }


def test_seeds_give_one_record_each_and_conform(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "x"
    record = run_batch([seeds_dir], out, RULES, jobs=1)
    assert record.counts.processed == 3 and record.counts.failed == 0
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
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


def _site(folder: Path, pages: int) -> None:
    folder.mkdir(parents=True)
    topics = [
        "lupus",
        "knee osteoarthritis",
        "multiple sclerosis",
        "spinal cord injury",
        "heart failure",
        "Crohn's disease",
        "stroke",
    ]
    for n in range(pages):
        topic = topics[n % len(topics)]
        (folder / f"page{n}.txt").write_text(
            f"Home | Treatments | Contact Our Team\n"
            f"MSC Therapy for {topic.title()} (Part {n})\n"
            f"Abstract\n"
            f"In a cohort of {100 + n} patients with {topic}, about {20 + n}% improved after MSC therapy.\n"
            f"Opening hours Monday to Friday\n"
            f"© 2025 Example Regenerative Clinic\n"
        )


def test_site_chrome_is_removed_across_a_batch(tmp_path: Path) -> None:
    _site(tmp_path / "site", 6)
    out = tmp_path / "out"
    record = run_batch([tmp_path / "site"], out, RULES, jobs=1)
    assert record.site_chrome_lines >= 2
    for n in range(6):
        document = json.loads((out / f"page{n}.txt.json").read_text())
        chrome = {r["text"] for r in document["removed"] if r["rule"] == "site-chrome"}
        assert "Opening hours Monday to Friday" in chrome
        kept_sections = [s["title"] for s in document["sections"]]
        assert "Abstract" in kept_sections  # a known section name is never chrome
        assert any(f"{20 + n}%" in c["text"] for c in document["claims"])


def test_too_few_pages_have_no_site_chrome(tmp_path: Path) -> None:
    _site(tmp_path / "site", 3)
    record = run_batch([tmp_path / "site"], tmp_path / "out", RULES, jobs=1)
    assert record.site_chrome_lines == 0


def test_chrome_lines_are_cached_and_a_changed_chrome_set_reprocesses(tmp_path: Path) -> None:
    _site(tmp_path / "site", 6)
    out = tmp_path / "out"
    run_batch([tmp_path / "site"], out, RULES, jobs=1)
    assert len(list((out / ".ingest-cache").glob("lines-*/*.txt"))) == 6
    second = run_batch([tmp_path / "site"], out, RULES, jobs=1)
    assert second.counts.unchanged == 6
    for n in range(6, 12):  # more pages sharing another line change the chrome set
        (tmp_path / "site" / f"page{n}.txt").write_text(
            f"Patient Stories\nAbout {n}% of MSC recipients were treated for lupus.\n"
        )
    third = run_batch([tmp_path / "site"], out, RULES, jobs=1)
    assert third.site_chrome_digest != second.site_chrome_digest
    assert third.counts.processed == 12


def test_force_rebuilds_claims_jsonl_too(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([ROOT / "raw"], out, RULES, jobs=1)
    good = (out / "claims.jsonl").read_bytes()
    (out / "claims.jsonl").write_text("stale\n", encoding="utf-8")
    run_batch([ROOT / "raw"], out, RULES, jobs=1, force=True)
    assert (out / "claims.jsonl").read_bytes() == good


def test_claims_jsonl_from_the_workers_entries_equals_the_one_from_the_records(
    tmp_path: Path,
) -> None:
    """The corpus step reads each record's claim entries (written by its worker); with the
    entries gone, or left from another input, it parses the records and writes the same bytes."""
    from ingest.batch import State, aggregate
    from ingest.emit import entries_path
    from ingest.rules import load_rules

    out = tmp_path / "out"
    run_batch([ROOT / "raw"], out, RULES, jobs=1)
    rels = sorted(State(out).entries)
    made = dict(State(out).entries)
    assert rels and all(entries_path(out, rel).is_file() for rel in rels)
    expected = (out / "claims.jsonl").read_bytes()
    near = load_rules(RULES).claims.near_duplicates
    found = aggregate(out, rels, near, made)
    assert (out / "claims.jsonl").read_bytes() == expected
    # Entries that name another input are not trusted; missing ones are not needed.
    stale = {rel: ("0" * 64, setup) for rel, (_, setup) in made.items()}
    entries_path(out, rels[0]).unlink()
    assert aggregate(out, rels, near, stale) == found
    assert (out / "claims.jsonl").read_bytes() == expected
    # Entries are trusted only when they match: a changed one shows it is the one read.
    path = entries_path(out, rels[1])
    lines = path.read_text(encoding="utf-8").splitlines()
    header = json.loads(lines[0])
    header["claims"] += 1000
    path.write_text("\n".join([json.dumps(header), *lines[1:]]) + "\n", encoding="utf-8")
    assert aggregate(out, rels, near, made)[0] == found[0] + 1000
    assert not list((out / ".ingest-cache").glob("*.spill"))  # the spill file is gone


def test_the_main_pass_starts_from_the_site_chrome_pass_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Text pages parsed by the site-chrome pass are handed to the main pass (at --jobs 1 in
    memory, up to PARSES_IN_MEMORY pages; past it, and from worker processes, through the
    batch's private folder, removed at the end): the records are those of a fresh parse."""
    import ingest.executors.base as base

    taken: list[str] = []
    take = base.Worker._take_parsed

    def spy(self: base.Worker, task: base.FileTask) -> object:
        found = take(self, task)
        if found is not None:
            taken.append(task.sha)
        return found

    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(6):  # site chrome is looked for from five pages on
        (pages / f"p{n}.txt").write_text(
            f"Title {n}\n\nAbout {10 + n}% of patients improved (PMID: 1234567{n}).\n\n"
            "Share this page\n",
            encoding="utf-8",
        )
    monkeypatch.setattr(base.Worker, "_take_parsed", spy)
    run_batch([pages], tmp_path / "reused", RULES, jobs=1)
    assert len(taken) == 6
    monkeypatch.setattr(base, "PARSES_IN_MEMORY", 2)  # the other four through the folder
    run_batch([pages], tmp_path / "spilled", RULES, jobs=1, force=True)
    assert len(taken) == 12
    monkeypatch.setattr(base.Worker, "_take_parsed", lambda self, task: None)
    run_batch([pages], tmp_path / "fresh", RULES, jobs=1)
    for folder in ("reused", "spilled"):
        assert not list((tmp_path / folder / ".ingest-cache").glob("parsed-*"))
        for n in range(6):
            name = f"p{n}.txt.json"
            assert (tmp_path / folder / name).read_bytes() == (
                tmp_path / "fresh" / name
            ).read_bytes()
    assert "Share this page" in (tmp_path / "fresh" / "p0.txt.json").read_text()  # removed, listed


def _step_inputs(out: Path) -> tuple[list[str], Any, dict[str, tuple[str, str]]]:
    from ingest.batch import State
    from ingest.rules import load_rules

    state = State(out)
    return sorted(state.entries), load_rules(RULES).claims.near_duplicates, dict(state.entries)


def test_the_forked_corpus_step_gives_what_the_step_in_process_gives(tmp_path: Path) -> None:
    """aggregate_apart runs the claims.jsonl step in a child process: the same counts and
    bytes as aggregate in this one, and nothing of it left behind."""
    from ingest.batch import aggregate, aggregate_apart

    out = tmp_path / "out"
    run_batch([ROOT / "raw"], out, RULES, jobs=2)
    expected = (out / "claims.jsonl").read_bytes()
    rels, near, made = _step_inputs(out)
    (out / "claims.jsonl").unlink()
    apart = aggregate_apart(out, rels, near, made)
    assert (out / "claims.jsonl").read_bytes() == expected
    assert apart == aggregate(out, rels, near, made)
    assert apart[0] > 0 and apart[1] > 0
    assert (out / "claims.jsonl").read_bytes() == expected
    assert not list((out / ".ingest-cache").glob("*.spill"))


def test_a_corpus_step_that_dies_stops_the_batch_with_one_line_and_no_half_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A child killed mid-write (SIGKILL: no chance to clean up) leaves claims.jsonl as it
    was, no temporary and no spill file; the batch stops with E061, one line; the next run
    rebuilds claims.jsonl as a fresh run writes it."""
    import os
    import signal

    import ingest.batch as batch
    from ingest.emit import CACHE_DIR, write_lines_atomic
    from ingest.errors import Errors, IngestError

    out = tmp_path / "out"
    run_batch([ROOT / "raw"], out, RULES, jobs=1)
    good = (out / "claims.jsonl").read_bytes()
    (out / "claims.jsonl").write_bytes(b"before\n")

    def killed_mid_write(output: Path, *args: object) -> tuple[int, int, Any]:
        (output / CACHE_DIR / f"claims-{os.getpid()}.spill").write_text("half")

        def lines() -> Any:
            yield '{"half": '
            os.kill(os.getpid(), signal.SIGKILL)

        write_lines_atomic(output / "claims.jsonl", lines())
        raise AssertionError("not reached")

    monkeypatch.setattr(batch, "aggregate", killed_mid_write)
    with pytest.raises(IngestError) as raised:
        run_batch([ROOT / "raw"], out, RULES, jobs=1, force=True)
    assert raised.value.code is Errors.E061
    assert "\n" not in str(raised.value) and "exit code -9" in str(raised.value)
    assert (out / "claims.jsonl").read_bytes() == b"before\n"
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert not list((out / CACHE_DIR).glob("*.spill"))
    monkeypatch.undo()
    run_batch([ROOT / "raw"], out, RULES, jobs=1)
    assert (out / "claims.jsonl").read_bytes() == good


def test_a_corpus_step_that_fails_says_why_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception in the child comes back as E061 with its type and message; an error of
    the output (OSError) comes back as itself, which the batch reports as the output's fault."""
    import errno

    import ingest.batch as batch
    from ingest.errors import Errors, IngestError

    out = tmp_path / "out"
    out.mkdir()

    def broken(*args: object) -> tuple[int, int, Any]:
        raise ValueError("a broken index")

    def disk_full(*args: object) -> tuple[int, int, Any]:
        raise OSError(errno.ENOSPC, "No space left on device", str(out / "claims.jsonl"))

    near = _step_inputs(out)[1]
    monkeypatch.setattr(batch, "aggregate", broken)
    with pytest.raises(IngestError) as raised:
        batch.aggregate_apart(out, [], near)
    assert raised.value.code is Errors.E061
    assert "ValueError: a broken index" in str(raised.value)
    monkeypatch.setattr(batch, "aggregate", disk_full)
    with pytest.raises(OSError) as failed:
        batch.aggregate_apart(out, [], near)
    assert failed.value.errno == errno.ENOSPC and failed.value.filename.endswith("claims.jsonl")
