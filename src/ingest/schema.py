"""The JSON Schema of the output, generated from the models (a copy lives in schema/)."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from ingest.models import SCHEMA_VERSION, CorpusClaim, Document, RunRecord


def json_schema() -> dict[str, Any]:
    adapter: TypeAdapter[Any] = TypeAdapter(Document | CorpusClaim | RunRecord)
    schema = adapter.json_schema(ref_template="#/$defs/{model}")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://ingest.invalid/schema/{SCHEMA_VERSION}",
        "title": f"ingest output, schema version {SCHEMA_VERSION}",
        "description": "anyOf: a document record (<source>.json), a line of claims.jsonl, run.json",
        **schema,
    }
