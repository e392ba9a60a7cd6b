"""Tables for consumers that load them (DuckDB, pandas, Spark, a knowledge-graph loader): one
row per claim occurrence of an extraction's claims.jsonl, as Parquet or CSV.

The columns are derived from the models, so a field added to a claim becomes a column without
an edit here: the occurrence's ``source``, ``span_start``, ``span_end``, ``line`` and
``section_path`` first, then every claim field but ``occurrences`` (the claim's own
``section_path`` is its first occurrence's). Lists stay lists in Parquet (a list of structs for
percentages, identifiers, entities, citations) and are JSON text in CSV. ``table_schema_markdown``
documents the Parquet schema (``schema/claims-table.md``, written by ``make schema``).
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from ingest.emit import CLAIMS_FILE, FILE_MODE
from ingest.errors import Errors, IngestError
from ingest.models import CorpusClaim, Occurrence
from ingest.outdir import check_complete

FORMATS = ("parquet", "csv")
ROW_GROUP = 50_000  # rows per Parquet row group (and per batch held in memory)


@dataclass(frozen=True)
class Column:
    name: str
    annotation: Any
    origin: str  # where the value comes from, for the documentation
    description: str = ""


# What a column holds, where the model field has no description of its own.
DESCRIPTIONS = {
    "source": "source path relative to the input root, as in the record's source.path",
    "line": "1-based line of span_start",
    "section_path": "section titles from the article down, at this occurrence",
    "text": "the claim: one sentence, list item or table row of kept text",
    "percentages": "percentages in the claim (spans: at the claim's first occurrence)",
    "identifiers": "identifiers in the claim, normalized (spans: at the first occurrence)",
    "entities": "entities in the claim, with their canonical names",
    "hedged": "a hedging cue governs the claim",
    "hedges": "the hedging cues found",
    "negated": "a negation cue governs the claim",
    "citations": "identifiers of the source the claim is attributed to",
}


def _span_split(name: str, field_origin: str) -> list[Column]:
    return [
        Column(f"{name}_start", int, field_origin, "start of the span, in code points"),
        Column(f"{name}_end", int, field_origin, "end of the span (exclusive)"),
    ]


def columns() -> list[Column]:
    """The table's columns, in order: the occurrence's place, then the claim's fields."""
    out: list[Column] = [Column("id", str, "claim", "claim id (same in every run)")]
    for name, info in Occurrence.model_fields.items():
        if name == "span":
            out.extend(_span_split("span", "occurrence"))
        else:
            text = info.description or DESCRIPTIONS.get(name, "")
            out.append(Column(name, info.annotation, "occurrence", text))
    for name, info in CorpusClaim.model_fields.items():
        if name in {"id", "occurrences", "section_path"}:
            continue
        text = info.description or DESCRIPTIONS.get(name, "")
        out.append(Column(name, info.annotation, "claim", text))
    return out


def _optional(annotation: Any) -> tuple[Any, bool]:
    if get_origin(annotation) in (Union, types.UnionType):
        members = [a for a in get_args(annotation) if a is not type(None)]
        if len(members) == 1:
            return members[0], True
    return annotation, False


def _arrow_type(annotation: Any) -> Any:
    import pyarrow as pa

    annotation, _ = _optional(annotation)
    if get_origin(annotation) is typing.Annotated:
        annotation = get_args(annotation)[0]
    origin = get_origin(annotation)
    if origin is tuple:
        args = get_args(annotation)
        item = args[0]
        return pa.list_(_arrow_type(item))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        fields = [
            pa.field(name, _arrow_type(info.annotation), _optional(info.annotation)[1])
            for name, info in annotation.model_fields.items()
        ]
        return pa.struct(fields)
    if annotation is bool:
        return pa.bool_()
    if annotation is int:
        return pa.int64()
    if annotation is float:
        return pa.float64()
    if isinstance(annotation, type) and issubclass(annotation, str):
        return pa.string()
    raise TypeError(f"no Parquet type for {annotation!r}")


def arrow_schema() -> Any:
    import pyarrow as pa

    return pa.schema(
        [pa.field(c.name, _arrow_type(c.annotation), _optional(c.annotation)[1]) for c in columns()]
    )


def table_schema_markdown() -> str:
    """The Parquet schema as a Markdown table (schema/claims-table.md)."""
    schema = arrow_schema()
    lines = [
        "# claims table (`ingest export`)",
        "",
        "One row per occurrence of a claim in `claims.jsonl`, generated from the models by",
        "`make schema`. Parquet types below; in CSV every list or struct is JSON text, booleans",
        "are `true`/`false` and nulls are empty.",
        "",
        "| column | Parquet type | from | meaning |",
        "|---|---|---|---|",
    ]
    for column, field in zip(columns(), schema, strict=True):
        kind = str(field.type) + ("" if field.nullable else " not null")
        lines.append(f"| `{column.name}` | `{kind}` | {column.origin} | {column.description} |")
    return "\n".join(lines) + "\n"


def rows(extracted: Path) -> Iterator[dict[str, Any]]:
    """One dict per claim occurrence, in claims.jsonl order (claim id, then occurrence)."""
    file = extracted / CLAIMS_FILE if extracted.is_dir() else extracted
    if not file.is_file():
        raise IngestError(Errors.E007, path=extracted)
    check_complete(file.parent, extracted)
    names = [c.name for c in columns()]
    with file.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                claim = json.loads(line)
            except ValueError as err:
                raise IngestError(Errors.E015, path=f"{file}:{number}", detail=err) from None
            for occurrence in claim.get("occurrences", []):
                row = {k: v for k, v in claim.items() if k not in {"occurrences", "section_path"}}
                for key, value in occurrence.items():
                    if key == "span":
                        row["span_start"], row["span_end"] = value
                    else:
                        row[key] = value
                yield {name: row.get(name) for name in names}


def _temporary(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    return Path(name)


def export(extracted: Path, output: Path, fmt: str) -> int:
    """Write the table; the number of rows. Written to a temporary file and renamed into place."""
    if output.is_dir():
        raise IngestError(Errors.E030, path=output)
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise IngestError(Errors.E031) from None
    source = rows(extracted)
    temporary = _temporary(output)
    try:
        count = (
            _write_parquet(source, temporary) if fmt == "parquet" else _write_csv(source, temporary)
        )
        os.chmod(temporary, FILE_MODE)  # mkstemp's 0600 would survive the rename
        os.replace(temporary, output)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count


def _write_parquet(source: Iterator[dict[str, Any]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema()
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in source:
            batch.append(row)
            if len(batch) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or not count:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _write_csv(source: Iterator[dict[str, Any]], path: Path) -> int:
    names = [c.name for c in columns()]
    count = 0
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(names)
        for row in source:
            writer.writerow([_cell(row[name]) for name in names])
            count += 1
    return count
