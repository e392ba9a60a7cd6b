"""Inputs scrapers produce: path lists on stdin, globs, a first N, compressed pages."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.cli import main
from ingest.errors import IngestError
from ingest.load import decompress, load

from .conftest import RULES

PAGE = "MSC therapy helped about {n}% of the patients with rheumatoid arthritis (PMID: 40353645).\n"
HTML = (
    "<html><body><h1>Trial</h1><p>About 35% of patients improved on MSC therapy.</p></body></html>"
)


def _sources(out: Path) -> list[str]:
    return sorted(
        json.loads(p.read_text())["source"]["path"]
        for p in out.rglob("*.json")
        if p.name != "run.json" and ".ingest-cache" not in p.parts
    )


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    (folder / "blog").mkdir(parents=True)
    for n, name in enumerate(["a.txt", "b.html", "c.txt", "blog/d.txt", "blog/e.html"], 10):
        (folder / name).write_text(HTML if name.endswith(".html") else PAGE.format(n=n))
    return folder


def _run(args: list[str], stdin: str | None = None) -> str:
    result = CliRunner().invoke(main, ["run", *args, "-j", "1", "--rules", str(RULES)], input=stdin)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("null", [False, True])
def test_dash_reads_paths_from_stdin(pages: Path, tmp_path: Path, null: bool) -> None:
    names = [str(pages / "a.txt"), str(pages / "blog" / "d.txt")]
    stdin = "\0".join(names) + "\0" if null else "\n".join(names) + "\n"
    out = tmp_path / "out"
    _run(["-", "-o", str(out), *(["-0"] if null else [])], stdin)
    assert _sources(out) == ["a.txt", "blog/d.txt"]


def test_dash_with_nothing_on_stdin_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["run", "-", "-o", str(tmp_path / "o")], input="")
    assert result.exit_code == 2 and result.output.startswith("ingest: E029: ")


def test_include_exclude_and_limit(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "html"
    _run([str(pages), "-o", str(out), "--include", "*.html"])
    assert _sources(out) == ["b.html", "blog/e.html"]
    out = tmp_path / "noblog"
    _run([str(pages), "-o", str(out), "--exclude", "blog/*"])
    assert _sources(out) == ["a.txt", "b.html", "c.txt"]
    out = tmp_path / "first"
    _run([str(pages), "-o", str(out), "--limit", "2"])
    assert _sources(out) == ["a.txt", "b.html"]
    zero = CliRunner().invoke(main, ["run", str(pages), "-o", str(out), "--limit", "0"])
    assert zero.exit_code == 2 and "E025" in zero.output


@pytest.mark.parametrize(
    ("suffix", "compress"),
    [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)],
)
def test_compressed_pages_are_read(tmp_path: Path, suffix: str, compress: object) -> None:
    assert callable(compress)
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / f"page.html{suffix}").write_bytes(compress(HTML.encode()))
    out = tmp_path / "out"
    _run([str(folder), "-o", str(out)])
    record = json.loads((out / f"page.html{suffix}.json").read_text())
    assert record["source"]["media_type"] == "text/html"
    assert record["source"]["bytes"] == len(HTML.encode())
    assert any("35%" in claim["text"] for claim in record["claims"])


def test_a_compressed_page_past_the_cap_fails_clearly(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 10_000))
    with pytest.raises(IngestError, match=r"E028: bomb.txt.gz: decompresses to more than 1000"):
        decompress(bomb, "bomb.txt.gz", limit=1000)
    assert load(bomb, "bomb.txt.gz").size == 10_000


def test_a_broken_compressed_page_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "broken.txt.gz").write_bytes(b"\x1f\x8b not gzip at all")
    (folder / "ok.txt").write_text(PAGE.format(n=5))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(folder), "-o", str(out), "-j", "1"])
    assert result.exit_code == 1
    failures = json.loads((out / "run.json").read_text())["failures"]
    assert [f["path"] for f in failures] == ["broken.txt.gz"]
    assert "E006" in failures[0]["reason"] and "not a valid .gz file" in failures[0]["reason"]
