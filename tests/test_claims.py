"""claims: which sentences are claims, their ids, cues, citations and spans."""

from __future__ import annotations

from collections.abc import Callable

from ingest.claims import Gate, claim_id, normalize_claim_text
from ingest.models import Document
from ingest.rules import Rules


def test_claim_id_is_stable_and_normalized() -> None:
    assert claim_id("About 40%  of\tpatients") == claim_id("about 40% of patients ")
    assert claim_id("ﬁbrosis") == claim_id("fibrosis")  # NFKC
    assert claim_id("a") == "c" + "ca978112ca1bbdca"
    assert normalize_claim_text("  A\u00a0B  ") == "a b"


def test_sentences_without_evidence_are_not_claims(process_text: Callable[..., Document]) -> None:
    page = "Page Title\nThe weather was pleasant during the conference in Vienna.\nAbout 12% of patients with lupus improved.\n"
    document = process_text(page)
    assert [c.text for c in document.claims] == ["About 12% of patients with lupus improved."]


def test_entity_alone_makes_a_claim(process_text: Callable[..., Document]) -> None:
    document = process_text(
        "Page Title\nMesenchymal stem cells were given intravenously to every participant.\n"
    )
    (claim,) = document.claims
    assert {e.label for e in claim.entities} >= {"CELL_TYPE", "ROUTE"}


def test_hedges_and_negation(process_text: Callable[..., Document]) -> None:
    page = "Page Title\nIn lupus, MSCs appear to calm harmful immune cells.\nNo serious side effects were reported in the MSC group.\nMSCs reduced pain in 30% of patients.\n"
    claims = {c.text: c for c in process_text(page).claims}
    hedged = claims["In lupus, MSCs appear to calm harmful immune cells."]
    assert hedged.hedged and hedged.hedges == ("appear",)
    assert claims["No serious side effects were reported in the MSC group."].negated
    plain = claims["MSCs reduced pain in 30% of patients."]
    assert not plain.hedged and not plain.negated


def test_month_may_is_not_a_hedge(process_text: Callable[..., Document]) -> None:
    (claim,) = process_text(
        "Page Title\nIn May 2024, 40% of MSC recipients were in remission.\n"
    ).claims
    assert claim.hedges == ()


def test_duplicate_sentence_appears_once_per_document(
    process_text: Callable[..., Document],
) -> None:
    sentence = "About 40% of patients improved after MSC therapy."
    page = f"Page Title\n{sentence} Other words follow here.\nA second paragraph. {sentence}\n"
    document = process_text(page)
    assert [c.text for c in document.claims].count(sentence) == 1


def test_link_target_identifier_is_inside_the_claim(process_text: Callable[..., Document]) -> None:
    page = "Page Title\nA [randomized trial of MSCs](https://pubmed.ncbi.nlm.nih.gov/24721108/) found benefit in 40% of patients.\n"
    (claim,) = process_text(page).claims
    (identifier,) = claim.identifiers
    assert identifier.value == "24721108"
    assert claim.span[0] <= identifier.span[0] and identifier.span[1] <= claim.span[1]


def test_gate_rejects_labels_names_and_bare_identifiers(rules: Rules) -> None:
    gate = Gate(rules.claims.gate)
    assert gate.rejects("CAS Article PubMed Google Scholar") == "link-labels"
    assert gate.rejects("https://doi.org/10.7554/eLife.44753.007") == "url-alone"
    assert gate.rejects("Arthritis Res Ther.") == "journal-name"
    assert gate.rejects("Trials 2015, 16:1 doi:10.1186/1745-6215-16-1") == "citation-line"
    assert gate.rejects("lupus; MSC; cell therapy; nephritis") == "keyword-list"
    assert gate.rejects("ClinicalTrials.gov Identifier: NCT02059044.") is None
    assert gate.rejects("Rheumatoid arthritis") is None
    # A short run of link anchors is a link label; the same words outside links are not.
    assert gate.rejects("Skin Cancer", link_share=1.0) == "links"
    assert gate.rejects("Skin Cancer", link_share=0.0) is None
    assert gate.rejects("MSCs cut relapse in lupus by 30% in the trial", link_share=1.0) is None


def test_link_labels_are_not_claims_and_their_identifiers_stay_in_the_document(
    process_text: Callable[..., Document],
) -> None:
    page = (
        '<html lang="en"><body><main><h1>MSCs in lupus</h1>'
        "<p>Renal remission was reached by 32% of patients treated with MSCs.</p>"
        '<p><a href="https://doi.org/10.1177/0961203319000001">Download PowerPoint</a></p>'
        '<ul><li><a href="/topics/psoriasis">Psoriasis</a></li>'
        '<li><a href="/topics/lupus">Lupus</a></li></ul>'
        "<p>Lupus.</p></main></body></html>"
    )
    document = process_text(page, "lupus.html")
    assert [c.text for c in document.claims] == [
        "Renal remission was reached by 32% of patients treated with MSCs."
    ]
    listed = {(i.scheme, i.value) for i in document.identifiers}
    assert ("doi", "10.1177/0961203319000001") in listed
