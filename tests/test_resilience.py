"""A batch survives what real folders hold, resumes after an interruption, writes only its own."""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path

import pytest

from ingest.batch import run_batch
from ingest.errors import IngestError
from ingest.executors.base import Worker

from .conftest import ROOT, RULES

GOOD = "Stem Cells for Lupus\n\nIn the trial, about 40% of patients with lupus improved after MSC therapy.\n"


def _outputs(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "run.json" and ".ingest-cache" not in p.parts
    }


@pytest.fixture(scope="module")
def awkward_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("awkward")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.bin").write_bytes(random.Random(1).randbytes(20_000))
    latin = "Thérapie cellulaire: environ 40 % des patients atteints de lupus se sont améliorés après la thérapie MSC."
    (folder / "latin1.txt").write_bytes(("Page en français\n\n" + latin + "\n").encode("latin-1"))
    bom = "\ufeffStem Cells for Crohn’s Disease\r\n\r\nAbout 55% of fistulas closed after MSC injection in Crohn’s disease.\r\n"
    (folder / "bom-crlf.txt").write_bytes(bom.encode("utf-8"))
    depth = 200_000
    (folder / "deep.html").write_text(
        "<html><body>"
        + "<div>" * depth
        + "<p>About 30% of deep patients improved with MSC therapy.</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    words = [
        "mesenchymal",
        "stem",
        "cells",
        "improved",
        "outcomes",
        "in",
        "knee",
        "osteoarthritis",
        "and",
        "about",
        "40%",
        "responded",
        "while",
        "others",
        "did",
        "not",
    ]
    rng = random.Random(2)
    (folder / "huge.txt").write_text(
        " ".join(rng.choice(words) for _ in range(750_000))[:5_000_000]
    )
    return folder


@pytest.fixture(scope="module")
def awkward_run(
    awkward_folder: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("awkward-out")
    record = run_batch([awkward_folder], out, RULES, jobs=2)
    return out, record


def test_the_batch_finishes_and_reports_only_the_junk(awkward_run: tuple[Path, object]) -> None:
    out, record = awkward_run
    assert [f.path for f in record.failures] == ["junk.bin"]  # type: ignore[attr-defined]
    assert "\n" not in record.failures[0].reason  # type: ignore[attr-defined]
    assert record.counts.processed == 6  # type: ignore[attr-defined]
    assert {p.name for p in out.glob("*.json")} >= {
        "good.txt.json",
        "empty.txt.json",
        "deep.html.json",
        "huge.txt.json",
    }
    assert not (out / "junk.bin.json").exists()


def test_other_encodings_are_decoded(awkward_run: tuple[Path, object]) -> None:
    out, _ = awkward_run
    latin = json.loads((out / "latin1.txt.json").read_text())
    assert latin["source"]["encoding"] in ("cp1252", "iso8859-1", "latin-1", "iso8859-15")
    assert any("améliorés" in c["text"] for c in latin["claims"])
    bom = json.loads((out / "bom-crlf.txt.json").read_text())
    assert bom["source"]["encoding"] == "utf-8-sig"
    (claim,) = bom["claims"]
    assert claim["text"] == "About 55% of fistulas closed after MSC injection in Crohn’s disease."
    assert claim["line"] == 3


def test_second_run_reports_the_good_files_unchanged(
    awkward_folder: Path, awkward_run: tuple[Path, object]
) -> None:
    out, first = awkward_run
    second = run_batch([awkward_folder], out, RULES, jobs=2)
    assert second.counts.unchanged == first.counts.processed  # type: ignore[attr-defined]
    assert second.counts.processed == 0
    assert [f.path for f in second.failures] == ["junk.bin"]


def test_cli_exit_status_is_1_when_a_file_failed(awkward_folder: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from ingest.cli import main

    small = tmp_path / "in"
    small.mkdir()
    for name in ("good.txt", "junk.bin", "latin1.txt"):
        shutil.copy(awkward_folder / name, small / name)
    result = CliRunner().invoke(
        main, ["run", str(small), "-o", str(tmp_path / "out"), "--rules", str(RULES), "-j", "1"]
    )
    assert result.exit_code == 1
    assert "junk.bin" in result.output


def test_a_worker_killed_mid_file_costs_only_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(6):
        (folder / f"page{n}.txt").write_text(GOOD.replace("40%", f"{40 + n}%"))
    (folder / "killer.txt").write_text(GOOD)
    original = Worker.run

    def run(self: Worker, task):  # type: ignore[no-untyped-def]
        if task.rel == "killer.txt":
            os._exit(9)  # as if killed: the process vanishes mid-file
        return original(self, task)

    monkeypatch.setattr(Worker, "run", run)  # forked workers inherit it
    record = run_batch([folder], tmp_path / "out", RULES, jobs=2)
    assert [f.path for f in record.failures] == ["killer.txt"]
    assert "worker process died" in record.failures[0].reason
    assert record.counts.processed == 6


def test_a_file_over_the_time_limit_is_stopped_and_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from ingest.pipeline import DocumentPipeline

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "slow.txt").write_text(GOOD.replace("lupus", "slow lupus"))
    original = DocumentPipeline.process

    def process(self, source, site_chrome=frozenset()):  # type: ignore[no-untyped-def]
        if source.path == "slow.txt":
            time.sleep(30)
        return original(self, source, site_chrome)

    monkeypatch.setattr(DocumentPipeline, "process", process)
    record = run_batch([folder], tmp_path / "out", RULES, jobs=1, time_limit=1.0)
    assert [f.path for f in record.failures] == ["slow.txt"]
    assert "E011" in record.failures[0].reason
    assert record.timings["process"] < 20


def test_symlink_out_of_the_folder_is_reported_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text(GOOD)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "link.txt").symlink_to(outside)
    record = run_batch([folder], tmp_path / "out", RULES, jobs=1)
    assert [f.path for f in record.failures] == ["link.txt"]
    assert "E010" in record.failures[0].reason
    assert not (tmp_path / "out" / "link.txt.json").exists()


def test_output_inside_the_input_is_refused(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD)
    with pytest.raises(IngestError, match="E009"):
        run_batch([tmp_path], tmp_path / "out", RULES, jobs=1)


def test_records_of_removed_inputs_are_removed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    (folder / "b.txt").write_text(GOOD.replace("lupus", "gout"))
    out = tmp_path / "out"
    run_batch([folder], out, RULES, jobs=1)
    assert (out / "b.txt.json").exists()
    (folder / "b.txt").unlink()
    record = run_batch([folder], out, RULES, jobs=1)
    assert not (out / "b.txt.json").exists()
    assert record.counts.unchanged == 1
    assert "gout" not in (out / "claims.jsonl").read_text()


def test_an_interrupted_run_resumes(tmp_path: Path) -> None:
    out = tmp_path / "out"

    def stop_after_three(status):  # type: ignore[no-untyped-def]
        if status.done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch([ROOT / "raw"], out, RULES, jobs=1, progress=stop_after_three)
    resumed = run_batch([ROOT / "raw"], out, RULES, jobs=1)
    assert resumed.counts.unchanged == 3
    assert resumed.counts.processed == resumed.counts.seen - 3
    fresh = tmp_path / "fresh"
    run_batch([ROOT / "raw"], fresh, RULES, jobs=1)
    assert _outputs(out) == _outputs(fresh)
    assert not [p for p in out.rglob("*.tmp")]


def test_html_entities_are_never_expanded_or_fetched(tmp_path: Path) -> None:
    """A DOCTYPE declaring a billion-laughs entity and an external (file) entity: the parser
    neither expands nor resolves them; the page is processed quickly and nothing is read."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    laughs = "".join(
        f'<!ENTITY l{n} "{("&l" + str(n - 1) + ";") * 10 if n else "lol"}">' for n in range(10)
    )
    page = (
        f'<!DOCTYPE html [{laughs}<!ENTITY ext SYSTEM "file://{secret}">]>'
        "<html><body><h1>Entity test</h1>"
        "<p>About 40% of patients improved &l9; &ext; after MSC therapy.</p></body></html>"
    )
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "bomb.html").write_text(page, encoding="utf-8")
    out = tmp_path / "out"
    record = run_batch([inputs], out, RULES, jobs=1)
    assert record.counts.failed == 0
    written = (out / "bomb.html.json").read_text(encoding="utf-8")
    assert "TOP-SECRET-CONTENT" not in written
    assert "lollol" not in written  # no entity was expanded
    claims = json.loads(written)["claims"]
    assert [c["percentages"][0]["value"] for c in claims] == [40.0]


def test_a_rule_that_backtracks_is_stopped_by_the_time_limit_and_located(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A catastrophic pattern that got past the load-time guard: the per-file limit interrupts
    the regular expression (both ``re`` and ``regex`` check for signals) and the failure says
    which stage ran it."""
    import ingest.rules

    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    boilerplate = rules / "boilerplate.yaml"
    text = boilerplate.read_text(encoding="utf-8")
    head, rules_list = text.split("rules:\n", 1)
    boilerplate.write_text(
        head
        + "rules:\n"
        + "  - id: exploding\n    category: call_to_action\n    description: backtracks\n"
        + "    max_words: 5\n    patterns: ['^(a|aa)+b$']\n"
        + rules_list,
        encoding="utf-8",
    )
    monkeypatch.setattr(ingest.rules, "guard_patterns", lambda sites, timeout=0.1: [])
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "bad.txt").write_text(GOOD + "\n" + "a" * 60 + "\n")
    record = run_batch([folder], tmp_path / "out", rules, jobs=1, time_limit=1.0)
    assert [f.path for f in record.failures] == ["bad.txt"]
    assert "E011" in record.failures[0].reason
    assert "stopped in clean/filters.py, rule_for" in record.failures[0].reason
    assert record.timings["process"] < 20
