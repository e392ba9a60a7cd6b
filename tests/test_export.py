"""export: one table row per claim occurrence, Parquet (lists as lists) or CSV (JSON text)."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.cli import main
from ingest.export import columns, table_schema_markdown

from .conftest import ROOT

EXTRACTED = ROOT / "extracted"


def _occurrences(folder: Path) -> list[tuple[str, str, int]]:
    out = []
    for line in (folder / "claims.jsonl").read_text().splitlines():
        claim = json.loads(line)
        out.extend((claim["id"], o["source"], o["span"][0]) for o in claim["occurrences"])
    return out


@pytest.fixture
def extracted(tmp_path: Path) -> Path:
    """A copy of the committed extraction (its cache, which a run leaves, not needed)."""
    folder = tmp_path / "extracted"
    shutil.copytree(EXTRACTED, folder, ignore=shutil.ignore_patterns(".ingest-cache"))
    return folder


def test_parquet_reads_back_with_a_row_per_occurrence(extracted: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "claims.parquet"
    result = CliRunner().invoke(
        main, ["export", str(extracted), "--format", "parquet", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    table = pq.read_table(target)
    expected = _occurrences(extracted)
    assert table.num_rows == len(expected) > 100
    assert table.column_names == [c.name for c in columns()]
    got = list(
        zip(
            table["id"].to_pylist(),
            table["source"].to_pylist(),
            table["span_start"].to_pylist(),
            strict=True,
        )
    )
    assert got == expected
    section_path = table.schema.field("section_path").type
    assert section_path.num_fields == 1 and str(section_path.value_type) == "string"
    first = json.loads((extracted / "claims.jsonl").read_text().splitlines()[0])
    row = table.slice(0, 1).to_pylist()[0]
    assert row["text"] == first["text"]
    assert row["percentages"] == [{**p, "span": list(p["span"])} for p in first["percentages"]]
    assert result.output.strip() == f"{len(expected)} rows → {target}"


def test_csv_holds_lists_as_json_text(extracted: Path, tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    result = CliRunner().invoke(
        main, ["export", str(extracted), "--format", "csv", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    with target.open(newline="", encoding="utf-8") as stream:
        table = list(csv.DictReader(stream))
    assert len(table) == len(_occurrences(extracted))
    row = table[0]
    first = json.loads((extracted / "claims.jsonl").read_text().splitlines()[0])
    assert json.loads(row["citations"]) == first["citations"]
    assert row["hedged"] in {"true", "false"}
    assert int(row["span_end"]) > int(row["span_start"])


def test_export_refuses_an_incomplete_folder_and_a_folder_as_file(
    extracted: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "adir"
    folder.mkdir()
    result = CliRunner().invoke(
        main, ["export", str(extracted), "--format", "csv", "-o", str(folder)]
    )
    assert result.exit_code == 2 and result.output.startswith("ingest: E030: ")
    marker = extracted / ".ingest-cache" / "incomplete.json"
    marker.parent.mkdir()
    marker.write_text('{"inputs": ["raw"]}\n')
    result = CliRunner().invoke(
        main, ["export", str(extracted), "--format", "csv", "-o", str(tmp_path / "t.csv")]
    )
    assert result.exit_code == 2 and result.output.startswith("ingest: E022: ")
    assert not (tmp_path / "t.csv").exists()


def test_parquet_schema_is_documented_beside_the_json_schema() -> None:
    pytest.importorskip("pyarrow")
    committed = (ROOT / "schema" / "claims-table.md").read_text()
    assert committed == table_schema_markdown(), "schema/ is stale: run `make schema`"
