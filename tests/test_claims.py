"""claims: which sentences are claims, their ids, cues, citations and spans."""

from __future__ import annotations

from collections.abc import Callable

import pytest

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


def test_an_organ_makes_a_claim_on_a_page_about_health_only(
    process_text: Callable[..., Document],
) -> None:
    """An organ (ANATOMY, rules/claims.yaml topic_labels) is a finding on a page whose blocks
    name diseases, drugs and findings; on a page about a singer it is a figure of speech."""
    health = (
        "# Metformin\n\n"
        "Metformin is a medicine used to treat type 2 diabetes.\n\n"
        "It also decreases the amount of sugar made by your liver.\n\n"
        "Common side effects are nausea and diarrhoea in the first weeks.\n"
    )
    assert "It also decreases the amount of sugar made by your liver." in [
        c.text for c in process_text(health, "page.md").claims
    ]
    singer = (
        "# Celine Dion\n\n"
        "The singer toured Europe again last summer with her band.\n\n"
        "Fans said the song still stole their heart after all these years.\n\n"
        "Her new album comes out in the spring, the label announced today.\n\n"
        "Tickets for the Paris concerts sold out within an hour of going on sale.\n\n"
        "She thanked her fans in a long message posted on social media.\n"
    )
    assert process_text(singer, "page.md").claims == ()


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
    assert gate.rejects("Skin cancer facts", link_share=1.0) == "links"
    assert gate.rejects("Skin cancer facts", link_share=0.0) is None
    # A name and nothing else is no claim, in links or not ("6) Akupunktur").
    assert gate.rejects("Skin Cancer") == "name-alone"
    assert gate.rejects("6) Akupunktur") == "name-alone"
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


def test_a_long_run_of_link_labels_carried_by_link_targets_is_no_claim(
    process_text: Callable[..., Document],
) -> None:
    """Past the short-label limit, a block whose words are link labels and whose only match is
    an identifier in a link target is still no claim; a sentence of prose with such a link is."""
    page = (
        '<html lang="en"><body><main><h1>Ghrelin antagonism</h1>'
        '<p><a href="/doi/full/10.1111/bph.13439">Enhanced Article (HTML)</a> '
        '<a href="/doi/pdf/10.1111/bph.13439">Get PDF (473K)</a>'
        '<a href="/doi/pdf/10.1111/bph.13439">Get PDF (473K)</a></p>'
        "<p>The antagonist was characterised in human islets as reported earlier "
        '(<a href="https://doi.org/10.1111/bph.13440">Kong et al., 2016</a>).</p>'
        "</main></body></html>"
    )
    document = process_text(page, "article.html")
    assert [c.text for c in document.claims] == [
        "The antagonist was characterised in human islets as reported earlier (Kong et al., 2016)."
    ]
    listed = {(i.scheme, i.value) for i in document.identifiers}
    assert ("doi", "10.1111/bph.13439") in listed


def test_a_bare_short_form_makes_a_claim_only_where_the_page_names_it_in_full(
    process_text: Callable[..., Document],
) -> None:
    """Undefined, "PD" is a USB port and "MS" an author's initials; on a page that names
    Parkinson's disease, "PD" stands for it."""
    tech = (
        "<html><body><main><h1>Car chargers</h1>"
        "<p>It features two ports: a 60W USB-C PD port and a 12W USB-A port.</p>"
        "<p>RB, MS and DT revised the manuscript.</p></main></body></html>"
    )
    assert process_text(tech, "tech.html").claims == ()
    medical = (
        "<html><body><main><h1>Parkinson's disease</h1>"
        "<p>Parkinson's disease affects movement and balance in older adults.</p>"
        "<p>Tremor at rest is the first sign of PD in many patients.</p></main></body></html>"
    )
    texts = [c.text for c in process_text(medical, "pd.html").claims]
    assert "Tremor at rest is the first sign of PD in many patients." in texts


def test_a_bare_short_form_joined_to_its_patients_is_the_condition(
    process_text: Callable[..., Document],
) -> None:
    """A page for MS nurses never writes MS out, but "MS-patiënten" and "patients with MS" say
    what it is; "PD" on a charger page stays a port."""
    nurses = (
        "Minder dan 5% van de MS-patiënten krijgt te maken met ernstige invaliditeit.\n\n"
        "Hoewel MS zelden fataal is, kan de patiënt overlijden aan complicaties.\n"
    )
    texts = [c.text for c in process_text(nurses, "ms.txt").claims]
    assert "Hoewel MS zelden fataal is, kan de patiënt overlijden aan complicaties." in texts
    charger = "It charges with USB-C PD in 30 minutes.\n\nThe PD port is fast.\n"
    assert process_text(charger, "tech.txt").claims == ()


def test_a_name_inside_an_address_makes_no_claim(process_text: Callable[..., Document]) -> None:
    page = (
        "Contact contact@bronchiectasis.me for enquiries about this information.\n\n"
        "Visit www.lupus.org for help.\n\n"
        "Bronchiectasis affects 5 in 1,000 adults (see www.bronchiectasis.me).\n"
    )
    texts = [c.text for c in process_text(page, "site.txt").claims]
    assert texts == ["Bronchiectasis affects 5 in 1,000 adults (see www.bronchiectasis.me)."]


class _CountingTuple(tuple):  # type: ignore[type-arg]
    """A tuple that counts the items handed out by iteration: how often a step rescans."""

    visits = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for item in super().__iter__():
            _CountingTuple.visits += 1
            yield item


def test_a_row_of_column_headers_is_no_claim(process_text: Callable[..., Document]) -> None:
    """Column headers name the arms of a results table (drugs, so entities): labels without
    values. The rows below them, and a row with a header cell and a value, stay claims."""
    page = (
        '<html lang="en"><body><main><h1>Results</h1><table>'
        "<tr><th>Measure</th><th>Metformin</th><th>Insulin glargine</th></tr>"
        "<tr><td>HbA1c below 7% at week 24</td><td>41 (38.0%)</td><td>52 (47.3%)</td></tr>"
        "</table><table><tr><th>Intervention</th><td>Metformin 500 mg twice daily</td></tr>"
        "</table></main></body></html>"
    )
    texts = [c.text for c in process_text(page, "results.html").claims]
    assert not any(t.startswith("Measure") for t in texts), texts
    assert any(t.startswith("HbA1c below 7% at week 24") for t in texts), texts
    assert any(t.startswith("Intervention: Metformin") for t in texts), texts


def test_a_row_of_header_cells_that_hold_prose_is_no_header(
    process_text: Callable[..., Document],
) -> None:
    """A page that sets its findings in <th> cells, a sentence or more each: those cells are
    no column labels, and their sentences are claims."""
    page = (
        '<html lang="es"><body><main><h1>Vacunas</h1><table>'
        "<tr><th>La vacuna AZD1222 contra la COVID-19 tiene una eficacia del 63,09% contra la "
        "infección sintomática.</th><th>La vacuna de Pfizer-BioNTech registró una efectividad "
        "del 95 % en la prevención de casos de COVID-19 confirmados.</th></tr>"
        "</table></main></body></html>"
    )
    texts = [c.text for c in process_text(page, "vacunas.html").claims]
    assert any("63,09%" in t for t in texts), texts
    assert any("95 %" in t for t in texts), texts


def test_claim_assembly_does_not_rescan_the_block_per_sentence(
    rules: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One block of 600 sentences, each with a percentage and an entity: every match is
    visited a bounded number of times, not once per sentence (which was quadratic)."""
    from ingest.load import load_bytes
    from ingest.match import BlockMatches, Matchers
    from ingest.pipeline import DocumentPipeline

    original = Matchers.match

    def counted(self: Matchers, block: object, *, entities: bool = True) -> BlockMatches:
        found = original(self, block, entities=entities)  # type: ignore[arg-type]
        return BlockMatches(
            _CountingTuple(found.percentages),
            _CountingTuple(found.identifiers),
            _CountingTuple(found.entities),
        )

    monkeypatch.setattr(Matchers, "match", counted)
    sentences = 600
    text = " ".join(
        f"In cohort {n}, about {n % 90 + 5}% of patients with lupus improved."
        for n in range(sentences)
    )
    pipeline = DocumentPipeline(rules)  # type: ignore[arg-type]
    source = load_bytes(("Lupus trial\n\n" + text + "\n").encode(), "page.txt")
    _CountingTuple.visits = 0
    document = pipeline.process(source).document
    assert len(document.claims) == sentences
    assert _CountingTuple.visits < 20 * sentences, _CountingTuple.visits


def test_german_page_range_in_words(process_text: Callable[..., Document]) -> None:
    """Issue 15's acceptance: a German page, a range written in number words."""
    html = (
        '<html lang="de"><body><h1>Grippe bei Kindern</h1>'
        "<p>Drei bis vier Prozent der Kinder erkranken jedes Jahr.</p></body></html>"
    )
    document = process_text(html, "page.html")
    assert document.language == "de"
    (claim,) = document.claims
    (found,) = claim.percentages
    assert (found.value, found.low, found.high) == (None, 3.0, 4.0)
    assert found.text == "Drei bis vier Prozent"


def test_french_confidence_level_is_no_finding(process_text: Callable[..., Document]) -> None:
    """Issue 15's acceptance: "IC à 95 %" is a confidence level, not a finding."""
    html = (
        '<html lang="fr"><body><h1>Tabac et cancer</h1>'
        "<p>Chez les fumeurs atteints de cancer, l'odds ratio était de 1,4 "
        "(IC à 95 % : 1,1-1,8).</p>"
        "<p>L'odds ratio était de 1,4 (IC à 95 % : 1,1-1,8).</p></body></html>"
    )
    document = process_text(html, "page.html")
    assert document.language == "fr"
    assert document.claims  # the first sentence names a disease
    assert all(not claim.percentages for claim in document.claims)


def test_hedges_and_negation_in_other_languages(process_text: Callable[..., Document]) -> None:
    page = (
        "Seitentitel\n"
        "Mesenchymale Stammzellen könnten die Entzündung bei Arthrose möglicherweise senken.\n"
        "Bei keinem Patienten mit Arthrose traten schwere Nebenwirkungen auf.\n"
    )
    claims = {c.text: c for c in process_text(page).claims}
    german = claims[
        "Mesenchymale Stammzellen könnten die Entzündung bei Arthrose möglicherweise senken."
    ]
    assert german.hedges == ("could.de", "possibly.de")
    assert claims["Bei keinem Patienten mit Arthrose traten schwere Nebenwirkungen auf."].negated
    page = (
        "Titre\n"
        "Le traitement semble réduire la douleur chez 30 % des patients atteints d'arthrose.\n"
    )
    claims = {c.text: c for c in process_text(page).claims}
    french = claims[
        "Le traitement semble réduire la douleur chez 30 % des patients atteints d'arthrose."
    ]
    assert french.hedges == ("seem.fr",) and french.percentages[0].value == 30.0


def test_a_topic_label_over_another_pages_headline_is_no_claim(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "<html><body><article><h1>Weight-loss injections</h1>"
        "<p>The injections helped adults with obesity lose 15% of their weight in a year.</p>"
        "<ul><li><strong>Diabetes bei Kindern:</strong> <a href='/kinder'>Was Eltern über Insulin "
        "wissen müssen</a></li>"
        "<li><strong>Diabetes:</strong> <a href='/a'>Diabetes</a> affects 10% of adults.</li>"
        "</ul></article></body></html>"
    )
    texts = [c.text for c in process_text(page, "page.html").claims]
    assert not any(t.startswith("Diabetes bei Kindern") for t in texts)
    # A label with its own value, a link in it, is a claim still.
    assert "Diabetes: Diabetes affects 10% of adults." in texts


def test_a_lead_cut_short_at_the_end_of_its_block_is_no_claim(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "# Aspergillosis\n\n"
        "Allergic aspergillosis affects 2.5% of adults with asthma in the region.\n\n"
        "* [ABPA](/abpa) People with ABPA usually have severe asthma and frequent flare-ups "
        "that often require oral steroids to treat...\n\n"
        "PCR tests for COVID-19 would give many false positives and overstate the "
        "epidemic... In short, views on the diagnosis of COVID-19 differ.\n"
    )
    texts = [c.text for c in process_text(page, "home.md").claims]
    assert not any("flare-ups" in t for t in texts)
    # The writer's ellipsis inside a block: the sentence is whole, a claim.
    assert any(t.startswith("PCR tests for COVID-19") for t in texts)


def test_a_list_of_bare_terms_is_no_claim(process_text: Callable[..., Document]) -> None:
    """A page's themes or tags ("- ICU", "- pneumonia patients", "- viral influenza") name
    things and assert nothing; a list whose items say something keeps its claims, and so do
    two bare items (a short list may be a label's values)."""
    themes = (
        "## Dataset Themes\n\n- ICU\n- pneumonia patients\n- ARDS\n- ventilation\n"
        "- viral influenza\n\n"
        "There are records for over 5,000 ICU stays where a pneumonia diagnosis is present.\n"
    )
    document = process_text(themes, "readme.md")
    assert [c.text for c in document.claims] == [
        "There are records for over 5,000 ICU stays where a pneumonia diagnosis is present."
    ]
    findings = (
        "## Results\n\n- pneumonia in 12% of patients\n- viral influenza in 30 patients\n"
        "- ARDS was rare\n"
    )
    assert len(process_text(findings, "results.md").claims) == 3
    pair = "## Symptoms\n\n- viral influenza\n- bacterial pneumonia\n"
    assert len(process_text(pair, "pair.md").claims) == 2
    # Items that complete a lead say what it says of each of them.
    led = "Common symptoms of COVID-19 include:\n\n- dry cough\n- loss of smell\n- high fever\n"
    assert [c.text for c in process_text(led, "led.md").claims] == [
        "dry cough",
        "loss of smell",
        "high fever",
    ]


def test_a_registry_number_alone_is_no_claim_but_stays_the_page_s(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "# Trials of pancreatic cancer\n\n"
        "ChiCTR2600133371\n\n"
        "ISRCTN12345678\n\n"
        "EudraCT Number: 2005-002909-23\n\n"
        "Maintenance chemotherapy after surgery for pancreatic cancer.\n"
    )
    document = process_text(page, "listing.md")
    texts = [c.text for c in document.claims]
    assert "ChiCTR2600133371" not in texts and "ISRCTN12345678" not in texts
    assert "EudraCT Number: 2005-002909-23" in texts  # a label and its value
    schemes = {i.scheme for i in document.identifiers}
    assert {"chictr", "isrctn", "eudract"} <= schemes
