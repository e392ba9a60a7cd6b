"""WARC archives: each HTML or text response record is a document with its URI and fetch date."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.batch import run_batch
from ingest.cli import main
from ingest.load import load

from .conftest import RULES

warcio = pytest.importorskip("warcio")

RESPONSES = [
    (
        "https://clinic.example/a",
        "text/html; charset=utf-8",
        "<html><body><h1>A</h1><p>About 40% of patients improved after MSC therapy.</p></body></html>",
    ),
    (
        "https://clinic.example/b",
        "text/html; charset=iso-8859-1",
        "<html><body><h1>Café B</h1><p>About 25% of patients with rheumatoid arthritis improved.</p></body></html>",
    ),
    (
        "https://clinic.example/c",
        "text/html",
        "<html><body><h1>C</h1><p>In all, 12% of patients had fever (PMID: 40353645).</p></body></html>",
    ),
]


def _archive(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for uri, content_type, body in RESPONSES:
            codec = "latin-1" if "8859-1" in content_type else "utf-8"
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], "HTTP/1.1")
            payload = io.BytesIO(body.encode(codec))
            record = writer.create_warc_record(
                uri, "response", payload=payload, http_headers=headers
            )
            writer.write_record(record)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], "HTTP/1.1")
        png = writer.create_warc_record(
            "https://clinic.example/i.png",
            "response",
            payload=io.BytesIO(b"\x89PNG"),
            http_headers=image,
        )
        writer.write_record(png)  # not a page: not a document


def test_a_warc_gz_with_three_html_responses_gives_three_records(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    _archive(pages / "crawl.warc.gz")
    out = tmp_path / "out"
    record = run_batch([pages], out, RULES, jobs=1)
    assert record.counts.processed == 3 and record.counts.failed == 0
    records = [json.loads(p.read_text()) for p in sorted(out.glob("crawl.warc.gz#*.json"))]
    assert sorted(r["source"]["uri"] for r in records) == [uri for uri, _, _ in RESPONSES]
    for data in records:
        source = data["source"]
        assert source["path"].startswith("crawl.warc.gz#urn:uuid:")
        assert source["fetched"].endswith("Z")
        assert source["media_type"] == "text/html"
    by_uri = {r["source"]["uri"]: r for r in records}
    latin = by_uri["https://clinic.example/b"]
    assert latin["source"]["encoding"] == "iso8859-1"  # from the HTTP charset
    assert latin["title"] == "Café B"
    claims = (out / "claims.jsonl").read_text()
    assert "40%" in claims and "25%" in claims and "12%" in claims

    again = run_batch([pages], out, RULES, jobs=1)  # keyed on each record's payload digest
    assert again.counts.unchanged == 3 and again.counts.processed == 0

    review = CliRunner().invoke(main, ["review", str(out), "-o", str(tmp_path / "html")])
    assert review.exit_code == 0, review.output
    assert "source not found" not in review.output


def test_a_member_is_found_by_its_id_without_an_offset(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    _archive(archive)
    from ingest.warc import members

    found = members(archive, "crawl.warc.gz")
    assert len(found) == 3
    rel = f"crawl.warc.gz#{found[2].record_id}"
    assert load(archive, rel).uri == "https://clinic.example/c"
    assert load(archive, rel, found[2].offset).text == RESPONSES[2][2]


def test_a_file_that_is_not_a_warc_fails_as_one_line(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "junk.warc").write_text("this is not an archive\n")
    (pages / "ok.txt").write_text("About 40% of patients improved after MSC therapy.\n")
    record = run_batch([pages], tmp_path / "out", RULES, jobs=1)
    assert [f.path for f in record.failures] == ["junk.warc"]
    assert "E006" in record.failures[0].reason and "WARC" in record.failures[0].reason


def test_show_reads_each_record_of_an_archive_not_the_archive_as_one_page(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    _archive(archive)
    shown = CliRunner().invoke(main, ["show", str(archive), "--format", "json"])
    assert shown.exit_code == 0, shown.output
    records = [json.loads(line) for line in shown.output.splitlines()]
    assert [r["source"]["uri"] for r in records] == [uri for uri, _, _ in RESPONSES]
    assert all(r["source"]["path"].startswith("crawl.warc.gz#urn:uuid:") for r in records)

    from ingest.warc import members

    one = members(archive, "crawl.warc.gz")[1]
    text = CliRunner().invoke(main, ["show", f"{archive}#{one.record_id}", "--format", "text"])
    assert text.exit_code == 0, text.output
    assert "25% of patients with rheumatoid arthritis" in text.output
    assert "40%" not in text.output

    missing = CliRunner().invoke(main, ["show", f"{archive}#urn:uuid:nope"])
    assert missing.exit_code != 0 and "no such record" in missing.output
    assert "Traceback" not in missing.output
