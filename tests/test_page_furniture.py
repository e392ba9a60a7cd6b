"""Page furniture that is never content, in every language: skip links (never a title),
template residue of scraped markdown (markup), legal registration lines and testimonials
(boilerplate); and a page's own identifiers against the works it cites (attribution)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.models import Document

from .conftest import letters


def _removed(document: Document, text: str) -> tuple[str, str]:
    hits = [(r.reason, r.rule) for r in document.removed if text in r.text]
    assert hits, f"{text!r} was not removed"
    return hits[0]


def _claim_texts(document: Document) -> list[str]:
    return [c.text for c in document.claims]


# --- skip links -------------------------------------------------------------------------------


def test_a_run_of_skip_links_is_boilerplate_and_never_the_title(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "[Quick Links: Skip to main page content](#main) [Skip to Search](#search) "
        "[Skip to Topics Menu](#menu) [Skip to Common Links](#footer)\n\n"
        "About 40% of adults with knee osteoarthritis report daily pain.\n"
    )
    document = process_text(page, "page.md")
    assert _removed(document, "Skip to Search") == ("boilerplate", "nav-skip-link")
    assert document.title is None or "Skip" not in document.title


def test_skip_links_in_other_languages(process_text: Callable[..., Document]) -> None:
    for line in ("Overslaan en naar de inhoud gaan", "Saltar al contenido", "Zum Inhalt springen"):
        document = process_text(
            f"[{line}](#content)\n\nDe ziekte van Lyme komt vaak voor.\n", "p.md"
        )
        assert _removed(document, line)[1] == "nav-skip-link"
        assert document.title != line


# --- template residue -------------------------------------------------------------------------


def test_template_tags_are_markup_and_the_text_around_them_stays(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "# Cobertura de vacunas\n\n"
        '{% include vaccines/graph.es.html disease="measles" title="Sarampión" %}\n\n'
        "La cobertura contra el sarampión bajó al 86%. {{ widget_trust_badges }}\n\n"
        "Consulte a su médico.\n\n"
        '[contact-form-7 id="1432" title="Consultation EN"]\n'
    )
    document = process_text(page, "page.md")
    rules = {r.rule for r in document.removed if r.reason == "markup"}
    assert {"template-jinja", "template-shortcode"} <= rules
    assert _claim_texts(document) == ["La cobertura contra el sarampión bajó al 86%."]
    assert not any("include" in c or "{{" in c for c in _claim_texts(document))


@pytest.mark.parametrize("name", ["thread.md", "thread.html"])
def test_a_template_tags_text_attribute_is_the_pages_text(
    process_text: Callable[..., Document], name: str
) -> None:
    # A forum digest keeps each post in a shortcode's body: the post is text, the tag around it
    # markup, and its other attributes (a user name, a colour) are cut with the tag.
    post = (
        '{{<matomeQuote body="In our clinic 30% of patients<br>improved on aspirin." '
        'userName="raylad" color="#ff5733">}}'
    )
    page = f'# A thread on aspirin\n\n{post}\n\n{{{{< figure caption="Knee MRI" >}}}}\n'
    if name.endswith(".html"):
        # Unrendered in a saved page; a "<" would open an element there, so Hugo's other form.
        post = post.replace("{{<", "{{%").replace(">}}", "%}}").replace("<br>", " ")
        page = f"<html><body><h1>A thread on aspirin</h1><p>{post}</p></body></html>"
    document = process_text(page, name)
    claim = next(c for c in document.claims if "30%" in c.text)
    assert claim.text == "In our clinic 30% of patients improved on aspirin."
    source = page[claim.span[0] : claim.span[1]]
    assert letters(source) == letters(claim.text)
    assert not any("raylad" in c.text or "Knee MRI" in c.text for c in document.claims)
    assert {"template-jinja"} <= {r.rule for r in document.removed if r.reason == "markup"}


def test_mdx_components_are_markup_and_a_link_card_s_text_goes_with_it(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "# Czy czerniak boli?\n\n"
        "Czerniak we wczesnym stadium zwykle nie boli, a ból pojawia się u około 50 % chorych "
        "dopiero przy przerzutach.\n\n"
        '<More link="/blog/zdjecia" text="Obejrzyj zdjęcia i zobacz jak odróżnić zwykłe znamię '
        'od czerniaka." cta="Zobacz" />\n\n'
        '<Callout type="info">\n\n'
        "Czerniak stanowi około 1 % nowotworów skóry, ale odpowiada za większość zgonów.\n\n"
        "</Callout>\n"
    )
    document = process_text(page, "post.md")
    assert _removed(document, "Obejrzyj zdjęcia") == ("markup", "template-jsx")
    claims = _claim_texts(document)
    assert len(claims) == 2 and not any("<" in c or "Obejrzyj" in c for c in claims)
    for claim in document.claims:
        assert letters(page[claim.span[0] : claim.span[1]]) == letters(claim.text)


def test_an_mdx_component_s_text_without_a_link_is_the_page_s_text(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "# Aspirin\n\n"
        '<Quote text="In our clinic 30% of patients improved on aspirin within a month." '
        'author="Dr Lee" />\n'
    )
    assert _claim_texts(process_text(page, "post.md")) == [
        "In our clinic 30% of patients improved on aspirin within a month."
    ]


def test_headlines_linking_other_pages_under_a_latest_news_heading_are_related_content(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "# Lung cancer with a rare EGFR mutation\n\n"
        "The patient's lung cancer responded to osimertinib for 19 months, with 30% shrinkage.\n\n"
        "Latest news\n\n"
        "[Treatment of metastatic lung cancer with an EGFR mutation in older patients at "
        "our hospital](news-4.html)\n\n26/09/2023\n\n"
        "[Nearly 200 students attend the opening of the nursing courses](news-1.html)\n\n"
        "16/08/2023\n"
    )
    document = process_text(page, "case.md")
    assert _removed(document, "Treatment of metastatic lung cancer") == (
        "boilerplate",
        "related-list",
    )
    assert _claim_texts(document) == [
        "The patient's lung cancer responded to osimertinib for 19 months, with 30% shrinkage."
    ]


def test_a_page_builder_s_style_attributes_and_button_labels_stay_markup(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "# Knee care\n\n"
        '[et_pb_text text_font="Open Sans||||" text_font_size="16px" content_width="1140px"]\n\n'
        "About 40% of adults with knee osteoarthritis report daily pain.\n\n"
        '[button text="Book now" url="/contact"]\n'
    )
    document = process_text(page, "page.md")
    assert [s.title for s in document.sections] == ["Knee care"]
    assert [c.text for c in document.claims] == [
        "About 40% of adults with knee osteoarthritis report daily pain."
    ]
    assert not any("Book now" in s.title or "Open Sans" in s.title for s in document.sections)


def test_a_bracketed_citation_or_sic_is_not_a_shortcode(
    process_text: Callable[..., Document],
) -> None:
    document = process_text("The authors wrote [sic] that 12% relapsed [3].\n", "page.md")
    assert not any(r.rule.startswith("template-") for r in document.removed)
    assert document.claims and "[sic]" in document.claims[0].text


def test_an_image_inside_a_markdown_link_leaves_no_residue(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "Stem cells reduced pain in 40% of patients.\n\n"
        "[![Focus Top Clinic 2024](https://example.org/badge.png)](https://example.org/awards)\n"
    )
    document = process_text(page, "page.md")
    residue = [r for r in document.removed if "badge.png" in r.text]
    assert residue and all(r.reason == "markup" for r in residue)
    kept = document.removed  # the whole link is markup: nothing of it is left as text
    assert all("[](" not in c.text for c in document.claims)
    assert any(r.rule == "markdown-link" and "awards" in r.text for r in kept)


# --- legal footers and testimonials -----------------------------------------------------------


def test_registration_lines_of_legal_footers_are_boilerplate(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "Stem cell therapy for knee osteoarthritis helped 72% of our patients.\n\n"
        "Registered charity number 1067331 (England & Wales) SC044387 (Scotland)\n\n"
        "Registergericht: Amtsgericht München, HRB 228761\n\n"
        "KvK 58412367 | BTW NL853412367B01\n"
    )
    document = process_text(page, "page.md")
    for text in ("Registered charity number", "HRB 228761", "KvK 58412367"):
        assert _removed(document, text)[0] in ("boilerplate", "foreign_language")
    assert _removed(document, "Registered charity number") == (
        "boilerplate",
        "legal-registration",
    )
    assert len(document.claims) == 1


def test_a_trial_registered_in_england_is_not_a_legal_footer(
    process_text: Callable[..., Document],
) -> None:
    text = "The trial was registered in England (ISRCTN12345678) and enrolled 412 patients."
    document = process_text(text + "\n", "page.md")
    assert _claim_texts(document) == [text]


def test_testimonials_are_boilerplate_but_a_quoted_finding_is_not(
    process_text: Callable[..., Document],
) -> None:
    page = (
        '> "I was afraid I would need a new knee at 52. The cell therapy bought me time."\n'
        "> — **Julia S., 52, Munich** ★★★★★\n\n"
        '"I saw a 40% drop in pain scores after MSC therapy in our clinic."\n'
    )
    document = process_text(page, "page.md")
    assert _removed(document, "bought me time")[1] == "testimonial-quote"
    assert _removed(document, "Julia S.")[1] == "testimonial-attribution"
    assert any("40% drop" in c for c in _claim_texts(document))


# --- attribution ------------------------------------------------------------------------------

_RECORD = """<html lang="en"><head><title>Study record</title></head><body><main>
<h1>Finerenone Plus Empagliflozin in Chronic Kidney Disease</h1>
<table><tr><th>ClinicalTrials.gov Identifier:</th><td>NCT05870423</td></tr></table>
<p>Finerenone lowered albuminuria by 32% in chronic kidney disease.</p>
<p>Other Publications:</p>
<p>Agarwal R, Filippatos G, Pitt B, et al. Cardiovascular and kidney outcomes with finerenone.
Eur Heart J. 2022;43(6):474-484. doi: 10.1093/eurheartj/ehab777. PMID: 35023547</p>
</main></body></html>"""


def test_a_record_with_its_own_number_cites_itself_and_lists_its_publications(
    process_text: Callable[..., Document],
) -> None:
    document = process_text(_RECORD, "record.html")
    claim = next(c for c in document.claims if "32%" in c.text)
    assert [(c.scheme, c.value) for c in claim.citations] == [("nct", "NCT05870423")]
    (entry,) = document.references
    assert {(i.scheme, i.value) for i in entry.identifiers} == {
        ("doi", "10.1093/eurheartj/ehab777"),
        ("pmid", "35023547"),
    }


def test_a_page_without_its_own_identifiers_takes_a_bare_reference_as_its_source(
    process_text: Callable[..., Document],
) -> None:
    page = _RECORD.replace(
        "<table><tr><th>ClinicalTrials.gov Identifier:</th><td>NCT05870423</td></tr></table>", ""
    )
    document = process_text(page, "news.html")
    claim = next(c for c in document.claims if "32%" in c.text)
    assert ("doi", "10.1093/eurheartj/ehab777") in [(c.scheme, c.value) for c in claim.citations]


@pytest.mark.parametrize(
    "label",
    ["## Paper URL\n\n", "Link to the study: ", "## 論文URL\n\n"],
)
def test_the_link_of_the_paper_a_post_introduces_is_its_source(
    process_text: Callable[..., Document], label: str
) -> None:
    page = (
        "## Summary\n\n"
        "1. Hypertension rose from 6.0 percent to 7.2 percent after the evacuation.\n"
        "1. Mortality was 12% higher among evacuees.\n\n"
        f"{label}http://www.ncbi.nlm.nih.gov/pubmed/27477401\n"
    )
    document = process_text(page, "post.md")
    assert document.claims
    for claim in document.claims:
        assert ("pmid", "27477401") in [(c.scheme, c.value) for c in claim.citations]


# --- teaser cards -----------------------------------------------------------------------------

_CARDS = (
    "# Flu vaccination\n"
    "The flu vaccine lowers the risk of influenza and of its complications in older adults.\n"
    "### You may also like\n"
    "#### Shingles vaccination\nShingles causes a painful rash in older adults.\n"
    "[Read more](/shingles)\n"
    "#### Pneumococcal vaccination\nWhich vaccinations adults need against pneumonia.\n"
    "[Read more](/pneumonia)\n"
    "## About the flu\nInfluenza spreads most in winter.\n"
)


def test_a_grid_of_teaser_cards_under_a_related_heading_is_related_content(
    process_text: Callable[..., Document],
) -> None:
    document = process_text(_CARDS, "page.md")
    for card in ("Shingles causes a painful rash", "Pneumococcal vaccination", "against pneumonia"):
        assert _removed(document, card) == ("boilerplate", "related-list")
    assert _claim_texts(document) == [
        "The flu vaccine lowers the risk of influenza and of its complications in older adults.",
        "Influenza spreads most in winter.",
    ]
    # The cards end at the next heading of the related heading's level or higher.
    assert not any("spreads most in winter" in r.text for r in document.removed)


def test_a_section_s_prose_under_a_related_heading_is_no_grid_of_cards(
    process_text: Callable[..., Document],
) -> None:
    prose = (
        "Shingles causes a painful rash in older adults, and one in three people will have it in "
        "their lifetime; the vaccine prevents most cases and most of the long-lasting nerve pain. "
        "Two doses, two to six months apart, are offered to adults from the age of 50."
    )
    document = process_text(
        _CARDS.replace("Shingles causes a painful rash in older adults.", prose), "p.md"
    )
    assert any("one in three people" in claim for claim in _claim_texts(document))


def test_a_page_s_sections_after_a_carousel_s_next_link_are_no_teaser_cards(
    process_text: Callable[..., Document],
) -> None:
    # "Next" announces a list, but it is a line: no heading level ends its cards.
    page = (
        "## Award winning Blog\nTechnology News\nTech Fun\nPrevious\nNext\n"
        "## High blood pressure facts\n"
        "High blood pressure is defined as a blood pressure above 140/90 mm Hg.\n"
        "It often causes no symptoms for many years.\n"
        "## Low blood pressure\nLow blood pressure is also called hypotension.\n"
    )
    claims = _claim_texts(process_text(page, "page.md"))
    assert "Low blood pressure is also called hypotension." in claims


def test_a_teaser_card_s_lead_may_be_two_sentences_a_third_is_a_section_s_prose(
    process_text: Callable[..., Document],
) -> None:
    two = "Shingles causes a painful rash. The vaccine is free for older adults."
    document = process_text(
        _CARDS.replace("Shingles causes a painful rash in older adults.", two), "p.md"
    )
    assert _removed(document, "The vaccine is free") == ("boilerplate", "related-list")
    assert _removed(document, "against pneumonia") == ("boilerplate", "related-list")
    three = two + " Ask your doctor about shingles."
    document = process_text(
        _CARDS.replace("Shingles causes a painful rash in older adults.", three), "p.md"
    )
    assert not any("The vaccine is free" in r.text for r in document.removed)
    assert "The vaccine is free for older adults." in _claim_texts(document)


# --- wikitext ---------------------------------------------------------------------------------

_WIKITEXT_PAGE = (
    "{{short description|Species of parasitic fungus}}\n"
    "{{Taxobox\n| regnum = [[Fungi]]\n}}\n\n"
    "'''''Encephalitozoon intestinalis''''' is a [[parasitism|parasite]].<ref name=Doed1998/> "
    "It can cause [[microsporidiosis]].<ref>{{cite journal |title=Microsporidia}}</ref>\n\n"
    "== Disease ==\n"
    "It causes diarrhoea in about 30% of people with [[HIV/AIDS|AIDS]] in some "
    'studies.<ref name="x"/>\n\n'
    "[[File:Spore.jpg|thumb|A spore of [[Encephalitozoon]]]]\n"
)


def test_a_wiki_page_kept_as_its_source_reads_as_its_text(
    process_text: Callable[..., Document],
) -> None:
    document = process_text(_WIKITEXT_PAGE, "page.txt")
    claims = _claim_texts(document)
    # A link's label keeps its target (no word of a span's source is dropped).
    assert (
        "It causes diarrhoea in about 30% of people with HIV/AIDS AIDS in some studies." in claims
    )
    assert not any("[[" in c or "<ref" in c or "''" in c for c in claims)
    assert [s.title for s in document.sections] == ["Disease"]
    assert document.title == "Encephalitozoon intestinalis"
    for claim in document.claims:
        assert letters(_WIKITEXT_PAGE[claim.span[0] : claim.span[1]]) == letters(claim.text)


def test_wiki_marks_in_a_page_that_is_no_wiki_are_text(
    process_text: Callable[..., Document],
) -> None:
    page = "# Notes\n\nThe patients' records show that 12% had a rash; don't stop the drug.\n"
    claims = _claim_texts(process_text(page, "page.md"))
    assert claims == ["The patients' records show that 12% had a rash; don't stop the drug."]


def test_an_article_s_crossheads_after_teaser_cards_stay_its_sections(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "# Grippewelle rollt an\n"
        "Die Grippewelle hat in diesem Winter früher begonnen als in den Jahren zuvor, und die "
        "Praxen melden mehr Patienten mit Fieber und Husten als im letzten Jahr.\n"
        "## Mehr zum Thema\n"
        "### Schutzimpfungen im Überblick\nWelche Impfungen Erwachsene brauchen.\n"
        "### Grippe oder Erkältung?\nSo erkennen Sie den Unterschied.\n"
        "### Impfquote bleibt niedrig\n"
        "Nur 35 Prozent der über 60-Jährigen sind in diesem Jahr gegen Grippe geimpft.\n"
        "### Kinderkliniken überlastet\n"
        "In Berlin sind 90 Prozent der Betten auf den Kinderstationen belegt.\n"
    )
    document = process_text(page, "news.md")
    claims = " ".join(_claim_texts(document))
    assert "Nur 35 Prozent" in claims and "90 Prozent der Betten" in claims
    assert _removed(document, "So erkennen Sie den Unterschied") == ("boilerplate", "related-list")


def test_wiki_rules_hold_on_wiki_pages_only(process_text: Callable[..., Document]) -> None:
    page = (
        "# Aspirin\n\nAspirin reduces the risk of a second heart attack by 25%.[[1]]"
        "(https://en.wikipedia.org/wiki/Aspirin#cite_note-1) It is widely used.\n\n"
        "Lesions larger than 2'' in diameter were malignant in 35% of the biopsies.\n"
    )
    document = process_text(page, "page.md")
    for claim in document.claims:
        assert letters(page[claim.span[0] : claim.span[1]]) == letters(claim.text)
    assert any("2'' in diameter" in c for c in _claim_texts(document))
