"""outdir: an output folder a consumer can trust: no record takes a reserved name, a run that did
not finish is marked, files are readable as the umask says, and mistakes are refused up front."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.batch import Progress, run_batch
from ingest.cli import main

from .conftest import RULES

PAGE = "MSC therapy helped about {n}% of the patients with rheumatoid arthritis (PMID: 40353645).\n"


def _pages(folder: Path, names: list[str]) -> Path:
    folder.mkdir()
    for n, name in enumerate(names, 10):
        (folder / name).write_text(PAGE.format(n=n))
    return folder


def _one_line(result: object, code: str) -> None:
    output = getattr(result, "output", "")
    assert getattr(result, "exit_code", None) == 2, output
    lines = output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"ingest: {code}: "), output
    assert "Traceback" not in output


def test_an_input_named_run_keeps_its_record(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "pages", ["run", "claims", "a.txt"])
    out = tmp_path / "out"
    run_batch([pages], out, RULES, jobs=1)
    assert json.loads((out / "run.record.json").read_text())["source"]["path"] == "run"
    assert json.loads((out / "claims.json").read_text())["source"]["path"] == "claims"
    assert "counts" in json.loads((out / "run.json").read_text())
    sources = {
        o["source"]
        for line in (out / "claims.jsonl").read_text().splitlines()
        for o in json.loads(line)["occurrences"]
    }
    assert sources == {"run", "claims", "a.txt"}
    again = run_batch([pages], out, RULES, jobs=1)  # the next run reads the records back
    assert again.counts.unchanged == 3 and again.claims == 3
    result = CliRunner().invoke(main, ["review", str(out), "-o", str(tmp_path / "html")])
    assert result.exit_code == 0, result.output
    assert "3 documents" in result.output


def test_an_interrupted_rerun_is_refused_until_a_run_completes_it(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "pages", ["a.txt", "b.txt", "c.txt"])
    out = tmp_path / "out"
    run_batch([pages], out, RULES, jobs=1)
    (pages / "a.txt").write_text(PAGE.format(n=77))
    (pages / "b.txt").write_text(PAGE.format(n=78))

    def stop(status: Progress) -> None:
        if status.last:
            raise KeyboardInterrupt  # Ctrl-C after the first record of the rerun

    with pytest.raises(KeyboardInterrupt):
        run_batch([pages], out, RULES, jobs=1, progress=stop)
    diff = CliRunner().invoke(main, ["diff", str(out), str(out)])
    _one_line(diff, "E022")
    assert f"ingest run {pages} -o {out}" in diff.output
    _one_line(CliRunner().invoke(main, ["diff", str(out / "claims.jsonl"), str(out)]), "E022")
    _one_line(CliRunner().invoke(main, ["review", str(out), "-o", str(tmp_path / "h")]), "E022")

    run_batch([pages], out, RULES, jobs=1)
    assert CliRunner().invoke(main, ["diff", str(out), str(out)]).exit_code == 0
    claims = (out / "claims.jsonl").read_text()
    assert "77%" in claims and "78%" in claims


def test_the_cli_says_what_an_interrupt_leaves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ingest.batch

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest.batch, "run_batch", interrupted)
    result = CliRunner().invoke(main, ["run", str(tmp_path), "-o", str(tmp_path / "o")])
    assert result.exit_code == 130
    assert "marked incomplete" in result.output and "complete" not in result.output.split(";")[0]


def test_files_get_the_mode_the_umask_gives(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "pages", ["a.txt"])
    out = tmp_path / "out"
    mask = os.umask(0o022)
    os.umask(mask)
    run_batch([pages], out, RULES, jobs=1)
    review = tmp_path / "html"
    CliRunner().invoke(main, ["review", str(out), "-o", str(review)])
    files = [p for folder in (out, review) for p in folder.rglob("*") if p.is_file()]
    assert files
    modes = {p.stat().st_mode & 0o777 for p in files}
    assert modes == {0o666 & ~mask}  # 0644 under the usual 022


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        (["--jobs", "0"], "E025"),
        (["--jobs", "-3"], "E025"),
        (["--time-limit", "-1"], "E025"),
    ],
)
def test_counts_that_are_not_positive_are_refused(
    tmp_path: Path, extra: list[str], code: str
) -> None:
    pages = _pages(tmp_path / "pages", ["a.txt"])
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(pages), "-o", str(out), *extra])
    _one_line(result, code)
    assert not out.exists()  # checked before any work


def test_an_output_that_is_a_file_is_refused_before_any_work(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "pages", ["a.txt"])
    afile = tmp_path / "afile"
    afile.write_text("")
    _one_line(CliRunner().invoke(main, ["run", str(pages), "-o", str(afile)]), "E023")
    _one_line(CliRunner().invoke(main, ["run", str(pages), "-o", str(afile / "x")]), "E023")
    out = tmp_path / "out"
    run_batch([pages], out, RULES, jobs=1)
    _one_line(CliRunner().invoke(main, ["review", str(out), "-o", str(afile)]), "E023")
    _one_line(
        CliRunner().invoke(main, ["review", "--diff", str(out), str(out), "-o", str(afile)]),
        "E023",
    )


def test_an_output_folder_this_user_cannot_write_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As root every folder is writable, so permissions are simulated where they are asked.
    pages = _pages(tmp_path / "pages", ["a.txt"])
    out = tmp_path / "out"
    out.mkdir()
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == out else real(p, mode))
    _one_line(CliRunner().invoke(main, ["run", str(pages), "-o", str(out)]), "E024")
    _one_line(CliRunner().invoke(main, ["run", str(pages), "-o", str(out / "sub")]), "E024")


def test_show_on_a_folder_says_to_use_run(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["show", str(tmp_path)])
    _one_line(result, "E026")
    assert "ingest run" in result.output


def test_dask_without_the_extra_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "distributed" else real(name, *a),
    )
    pages = _pages(tmp_path / "pages", ["a.txt"])
    result = CliRunner().invoke(
        main, ["run", str(pages), "-o", str(tmp_path / "o"), "--executor", "dask"]
    )
    _one_line(result, "E027")
    assert "pip install 'ingest[dask]'" in result.output
