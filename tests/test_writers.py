"""Records written from plain data (ingest.writers) are the bytes the pydantic models give, and
valid against the JSON Schema; a claim's text is normalized once, to the same forms."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.batch import run_batch
from ingest.claims import claim_id, loose_of_key, normalize_claim_text, text_forms
from ingest.dedupe import loose
from ingest.emit import document_json, jsonl_line
from ingest.load import load
from ingest.models import Claim, CorpusClaim, Document, Source
from ingest.pipeline import DocumentPipeline
from ingest.writers import compact_head, compact_json, record_json, to_model

from .conftest import ROOT, RULES, SHARED

SCHEMA = json.loads((ROOT / "schema" / "ingest.schema.json").read_text())


def _validator(definition: str) -> jsonschema.Draft202012Validator:
    schema = {"$defs": SCHEMA["$defs"], "$ref": f"#/$defs/{definition}"}
    return jsonschema.Draft202012Validator(schema)


DOCUMENT = _validator("Document")
CORPUS_CLAIM = _validator("CorpusClaim")

CORPORA = [ROOT / "raw", SHARED / "seeds", SHARED / "benchmarks" / "biomed-pages" / "pages"]


def _pages() -> list[Path]:
    pages = [p for folder in CORPORA if folder.is_dir() for p in sorted(folder.rglob("*"))]
    return [p for p in pages if p.is_file()]


def test_records_from_plain_data_are_the_models_bytes(pipeline: DocumentPipeline) -> None:
    """Every page of raw/, the seeds and the biomed pages: the record written from the plain
    data is the record of the validated model, and valid against the schema."""
    pages = _pages()
    if len(pages) < 10:
        pytest.skip(f"too few pages found under {[str(c) for c in CORPORA]}")
    for page in pages:
        processed = pipeline.process(load(page, page.name))
        written = record_json(Document, processed.record)
        assert written == document_json(processed.document), page
        DOCUMENT.validate(json.loads(written))
        for claim in processed.record.claims:
            assert compact_json(Claim, claim) + "\n" == jsonl_line(to_model(Claim, claim))


def test_claims_jsonl_lines_are_valid_corpus_claims(tmp_path: Path) -> None:
    run_batch([ROOT / "raw"], tmp_path / "out", RULES, jobs=1)
    lines = (tmp_path / "out" / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        CORPUS_CLAIM.validate(json.loads(line))


_text = st.text(
    alphabet=st.sampled_from(list("aZ9 %-_.,;:\"'\\/\t\n\u00a0\u2028\u2010\u2011ﬁé漢\x00\x1f😀")),
    max_size=60,
)
_number = st.none() | st.floats(allow_nan=False, allow_infinity=False) | st.integers(-10, 10**6)
_span = st.tuples(st.integers(0, 10**12), st.integers(0, 10**12))
_path = st.lists(_text, max_size=6).map(tuple)  # long paths go over several lines


@st.composite
def _claims(draw: st.DrawFn) -> tuple[Any, ...]:
    percentage = st.tuples(_text, _number, _number, _number, st.booleans(), _span)
    identifier = st.tuples(_text, _text, _text, _span)
    entity = st.tuples(_text, _text, _text, _span)
    place = st.tuples(_span, st.integers(1, 10**6), _path)
    return (
        draw(_text),
        draw(_text),
        draw(st.none() | _text),
        draw(_span),
        draw(st.integers(1, 10**6)),
        draw(_text),
        draw(st.none() | _text),
        draw(_path),
        tuple(draw(st.lists(percentage, max_size=3))),
        tuple(draw(st.lists(identifier, max_size=3))),
        tuple(draw(st.lists(entity, max_size=3))),
        draw(st.booleans()),
        draw(_path),
        draw(st.booleans()),
        tuple(draw(st.lists(st.tuples(_text, _text), max_size=3))),
        draw(_path),
        tuple(draw(st.lists(place, max_size=3))),
    )


@given(_claims())
def test_any_claim_is_written_as_its_model(values: tuple[Any, ...]) -> None:
    model = to_model(Claim, values)
    assert record_json(Claim, values) == document_json(model)
    assert compact_json(Claim, values) + "\n" == jsonl_line(model)
    head = compact_head(CorpusClaim, frozenset({"occurrences"}))
    corpus = CorpusClaim(
        **{
            **model.model_dump(exclude={"duplicates", "span", "line", "article", "section"}),
            "occurrences": (),
        }
    )
    assert head(model) + ', "occurrences": []}\n' == jsonl_line(corpus)


@pytest.mark.parametrize("uri", [None, "https://example.org/a"])
def test_a_source_leaves_out_what_it_has_not(uri: str | None) -> None:
    values = ("a.html", "0" * 64, 10, "text/html", "utf-8", uri, None)
    assert record_json(Source, values) == document_json(to_model(Source, values))
    assert ('"uri"' in record_json(Source, values)) == (uri is not None)


# What ingest.dedupe computed before claims were normalized once (the reference forms).
_NOT_WORD = re.compile(r"[^\w%]+")
_HYPHEN = re.compile(r"(?<=\w)[-‐‑](?=\w)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _loose_before(text: str) -> str:
    folded = _HYPHEN.sub("", unicodedata.normalize("NFKC", text).casefold())
    return " ".join(_NOT_WORD.sub(" ", folded).replace(" %", "%").split())


_any_text = st.text(
    alphabet=st.sampled_from(list("aB3 -‐‑%_.\t\n\u00a0\u2003\x1cﬁ²½ßİΣ\u0301")),
    max_size=40,
) | st.text(max_size=40)


@given(_any_text)
def test_a_text_is_normalized_once_to_the_same_forms(text: str) -> None:
    key, identifier, wording, numbers = text_forms(text)
    assert key == normalize_claim_text(text)
    assert identifier == claim_id(text)
    assert wording == _loose_before(text) == loose(text)
    assert loose_of_key(normalize_claim_text(text)) == _loose_before(text)
    assert numbers == tuple(sorted(_NUMBER.findall(unicodedata.normalize("NFKC", text))))
