"""dedupe: one identity per claim, every occurrence kept; substance is never merged away."""

from __future__ import annotations

import itertools
import json
import shutil
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.batch import run_batch
from ingest.claims import claim_id
from ingest.dedupe import corpus_claims, dedupe_document, loose, signature, typo_only
from ingest.models import Claim, Document, EntityMatch, IdentifierMatch
from ingest.rules.models import NearDuplicateSettings

from .conftest import ROOT, RULES, SEED_000, SEED_002, SEED_003

RATIO = NearDuplicateSettings(
    ratio=90, max_word_edits=1, max_typo_chars=2, function_words=("the", "a", "of")
)


def make(text: str, start: int = 0, **fields: object) -> Claim:
    base = dict(
        id=claim_id(text), text=text, span=(start, start + len(text)), line=1, article="a1", section=None,
        section_path=(), percentages=(), identifiers=(), entities=(), hedged=False, hedges=(), negated=False,
        citations=(),
    )  # fmt: skip
    base.update(fields)
    return Claim.model_validate(base)


def test_case_punctuation_quotes_and_a_typo_merge() -> None:
    texts = [
        "MSC therapy improved walking in 40% of patients.",
        "MSC Therapy improved walking in 40 % of patients",
        "“MSC therapy” improved walking in 40% of patients.",
        "MSC therapy improvd walking in 40% of patients.",
    ]
    records = corpus_claims([(f"doc{n}.txt", [make(t)]) for n, t in enumerate(texts)], RATIO)
    (record,) = records
    assert record.text == texts[0]
    assert [o.source for o in record.occurrences] == [
        "doc0.txt",
        "doc1.txt",
        "doc2.txt",
        "doc3.txt",
    ]


def test_a_changed_word_is_another_claim() -> None:
    one = make("In the pooled cohort, 40% of patients with lupus improved after MSC therapy.")
    other = make("In the Korean cohort, 40% of patients with lupus improved after MSC therapy.")
    assert len(corpus_claims([("a.txt", [one]), ("b.txt", [other])], RATIO)) == 2
    assert typo_only(loose(one.text), loose(one.text.replace("improved", "improvd")), RATIO)
    assert typo_only(loose(one.text), loose(one.text.replace("In the pooled", "In pooled")), RATIO)
    assert not typo_only(
        loose(one.text), loose(one.text.replace("MSC therapy", "BM-MSC therapy")), RATIO
    )


def test_substance_is_never_merged() -> None:
    a = "MSCs derived from umbilical cord were associated with higher improvement rates (57%) than others."
    pairs = [
        (make(a), make(a.replace("57%", "59%"))),
        (make(a, identifiers=(IdentifierMatch(scheme="nct", value="NCT00911326", text="x", span=(0, 1)),)),
         make(a, identifiers=(IdentifierMatch(scheme="nct", value="NCT00911327", text="x", span=(0, 1)),))),
        (make("Patients reported side effects after the infusion of MSCs."),
         make("Patients reported no side effects after the infusion of MSCs.", negated=True)),
        (make(a, entities=(EntityMatch(label="DISEASE", text="x", canonical="lupus", span=(0, 1)),)),
         make(a, entities=(EntityMatch(label="DISEASE", text="x", canonical="multiple sclerosis", span=(0, 1)),))),
    ]  # fmt: skip
    for one, other in pairs:
        assert len(corpus_claims([("a.txt", [one]), ("b.txt", [other])], RATIO)) == 2


def test_within_a_document_duplicates_fold_into_the_first() -> None:
    first = make("About 40% of patients improved after MSC therapy.", 10)
    again = make("About 40% of patients improved after MSC therapy!", 500)
    other = make("About 45% of patients improved after MSC therapy.", 900)
    kept = dedupe_document([again, other, first], RATIO)
    assert [c.span for c in kept] == [(10, first.span[1]), other.span]
    assert [d.span for d in kept[0].duplicates] == [again.span]
    (record,) = [r for r in corpus_claims([("p.txt", kept)], RATIO) if r.id == first.id]
    assert [o.span for o in record.occurrences] == [first.span, again.span]


@given(st.permutations(list(range(6))))
def test_corpus_result_does_not_depend_on_order(order: list[int]) -> None:
    texts = ["About 40% of patients improved.", "About 40% of patients improvd.", "About 41% of patients improved.",
             "NCT01234567 enrolled 30 patients.", "About 40% of patients improved.", "MSCs helped 12% more."]  # fmt: skip
    documents = [(f"d{n}.txt", [make(texts[n], 5 * n)]) for n in range(6)]
    expected = corpus_claims(documents, RATIO)
    assert corpus_claims([documents[k] for k in order], RATIO) == expected


def test_seeds_have_no_duplicate_or_near_duplicate_claims(
    seed_document: Callable[[str], Document],
) -> None:
    claims = [c for name in (SEED_000, SEED_002, SEED_003) for c in seed_document(name).claims]
    assert len({c.id for c in claims}) == len(claims)
    assert len({loose(c.text) for c in claims}) == len(claims)
    for a, b in itertools.combinations(claims, 2):
        if signature(a) == signature(b):
            assert not typo_only(loose(a.text), loose(b.text), RATIO), (a.text, b.text)


def test_seed_copied_twice_with_one_changed_percentage(seeds_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "in" / "a").mkdir(parents=True)
    (tmp_path / "in" / "b").mkdir(parents=True)
    shutil.copy(seeds_dir / SEED_000, tmp_path / "in" / "a" / SEED_000)
    text = (seeds_dir / SEED_000).read_text(encoding="utf-8")
    assert text.count("(57%)") == 1
    (tmp_path / "in" / "b" / SEED_000).write_text(text.replace("(57%)", "(59%)"), encoding="utf-8")
    run_batch([tmp_path / "in"], tmp_path / "out", RULES, jobs=1)
    records = [
        json.loads(line) for line in (tmp_path / "out" / "claims.jsonl").read_text().splitlines()
    ]
    changed = [r for r in records if "(57%)" in r["text"] or "(59%)" in r["text"]]
    assert sorted(len(r["occurrences"]) for r in changed) == [1, 1]
    assert {r["occurrences"][0]["source"] for r in changed} == {f"a/{SEED_000}", f"b/{SEED_000}"}
    unchanged = [r for r in records if r not in changed]
    assert unchanged and all(len(r["occurrences"]) == 2 for r in unchanged)
    assert all(
        {o["source"] for o in r["occurrences"]} == {f"a/{SEED_000}", f"b/{SEED_000}"}
        for r in unchanged
    )


def _outputs(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "run.json" and ".ingest-cache" not in p.parts
    }


@settings(
    max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.permutations(sorted(p.name for p in (ROOT / "raw").iterdir())))
def test_file_order_on_the_command_line_does_not_matter(tmp_path_factory, order: list[str]) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("out")
    run_batch([ROOT / "raw" / name for name in order], out, RULES, jobs=1)
    reference = tmp_path_factory.mktemp("ref")
    run_batch(sorted((ROOT / "raw").iterdir()), reference, RULES, jobs=1)
    assert _outputs(out) == _outputs(reference)


def test_streaming_builder_is_byte_identical_to_the_models(
    seed_document: Callable[[str], Document],
) -> None:
    from ingest.dedupe import CorpusBuilder
    from ingest.emit import jsonl_line

    documents = [
        (name, list(seed_document(name).claims)) for name in sorted((SEED_000, SEED_002, SEED_003))
    ]
    documents.append(("copy.txt", list(seed_document(SEED_000).claims)))
    documents.sort()
    expected = [jsonl_line(r) for r in corpus_claims(documents, RATIO)]
    builder = CorpusBuilder(RATIO)
    for path, claims in documents:
        builder.add_document(path, [c.model_dump(mode="json") for c in claims])
    assert list(builder.lines()) == expected
    assert builder.distinct == len(expected)
