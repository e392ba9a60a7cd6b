"""emit: fixed key order, compact spans, trailing newline, atomic writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.emit import document_json, dumps, write_atomic
from ingest.models import Citation, RemovalReason, Removed


def test_spans_are_inline_and_keys_in_model_order() -> None:
    item = Removed(
        reason=RemovalReason.DUPLICATE, rule="repeated-heading", text="T", span=(54, 106), line=3
    )
    text = document_json(item)
    assert text.endswith("}\n")
    assert '"span": [54, 106]' in text
    assert list(json.loads(text)) == ["reason", "rule", "text", "span", "line"]


def test_dumps_round_trips_and_is_stable() -> None:
    value = {
        "b": [1, 2],
        "a": {"x": [[1, 2], [3, 4]], "y": "ü"},
        "c": [],
        "d": {},
        "e": [{"k": None}],
    }
    text = dumps(value)
    assert json.loads(text) == value
    assert dumps(json.loads(text)) == text
    assert "ü" in text


def test_long_scalar_lists_break_over_lines() -> None:
    value = {"path": [f"a fairly long section title number {i}" for i in range(6)]}
    assert dumps(value).count("\n") > 3


def test_write_atomic_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "x.json"
    write_atomic(target, document_json(Citation(scheme="pmid", value="1")))
    assert json.loads(target.read_text()) == {"scheme": "pmid", "value": "1"}
    assert [p.name for p in target.parent.iterdir()] == ["x.json"]


def test_write_atomic_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    target.write_text("old\n")

    class Boom:
        def __str__(self) -> str:
            raise RuntimeError("boom")

    with pytest.raises(TypeError):
        write_atomic(target, Boom())  # type: ignore[arg-type]
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]


_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(_values)
def test_dumps_writes_json_that_reads_back(value: object) -> None:
    text = dumps(value)
    assert json.loads(text) == value
    assert dumps(json.loads(text)) == text  # a second pass is byte-identical


@given(_scalars)
def test_scalars_are_written_as_json_dumps_writes_them(value: object) -> None:
    assert dumps(value) == json.dumps(value, ensure_ascii=False)


def test_documents_are_written_as_their_json_mode_dump(seeds_dir: Path) -> None:
    """The fast path (Python-mode dump) writes the same bytes as pydantic's JSON-mode values."""
    from ingest.load import load
    from ingest.pipeline import DocumentPipeline
    from ingest.rules import load_rules

    pipeline = DocumentPipeline(load_rules())
    for page in sorted(seeds_dir.iterdir()):
        document = pipeline.process(load(page, page.name)).document
        assert document_json(document) == dumps(document.model_dump(mode="json")) + "\n"
