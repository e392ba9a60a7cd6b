"""The JSON Schema in schema/ is generated from the models and must be current."""

from __future__ import annotations

import json

from click.testing import CliRunner

from ingest.cli import main
from ingest.schema import json_schema

from .conftest import ROOT

SCHEMA_FILE = ROOT / "schema" / "ingest.schema.json"


def test_schema_file_is_current() -> None:
    committed = json.loads(SCHEMA_FILE.read_text())
    assert committed == json_schema(), "schema/ is stale: run `make schema` and commit it"


def test_schema_command_prints_it() -> None:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output) == json_schema()


def test_schema_describes_the_contract_fields() -> None:
    defs = json_schema()["$defs"]
    claim = defs["Claim"]["properties"]
    for field in (
        "id",
        "text",
        "span",
        "line",
        "section_path",
        "percentages",
        "identifiers",
        "entities",
        "hedged",
        "citations",
        "negated",
    ):
        assert field in claim
    assert "occurrences" in defs["CorpusClaim"]["properties"]
