"""The main-content decision (clean.main_content): the voter projected onto our blocks, and the
blind spots of class-word rules, on small pages written here."""

from __future__ import annotations

import pytest

from ingest.clean import CleanedPage
from ingest.clean.blocks import BlockKind, RawBlock
from ingest.clean.main_content import RULE, Vote, aligned_shares, decide
from ingest.load import load_bytes
from ingest.pipeline import DocumentPipeline
from ingest.rules import Rules
from ingest.textmap import MappedText, Piece

pytest.importorskip("trafilatura")

SENTENCES = [
    "The trial enrolled 240 adults with moderate asthma across eleven hospitals in three countries.",
    "Participants were randomly assigned to the inhaled combination or to the standard regimen for a year.",
    "The primary outcome was the annual rate of severe exacerbations requiring systemic corticosteroids.",
    "Severe exacerbations fell by 31% in the combination group compared with the standard regimen.",
    "Adverse events were similar in both groups, and no new safety signal emerged during follow-up.",
    "Lung function improved early and the difference persisted until the last visit at week fifty-two.",
    "The authors note that adherence was measured with electronic monitors fitted to every inhaler.",
    "Larger studies in children and in older adults are planned to confirm these encouraging findings.",
]


def paragraphs(first: int, count: int) -> str:
    return "".join(f"<p>{SENTENCES[(first + k) % len(SENTENCES)]}</p>\n" for k in range(count))


NAV = (
    '<nav class="site-nav"><ul>'
    + "".join(f'<li><a href="/s{k}">Section {k}</a></li>' for k in range(8))
    + "</ul></nav>\n"
)
FOOTER = '<footer class="site-footer"><p>© 2026 Example Press. All rights reserved.</p></footer>\n'


def page(body: str, title: str = "Inhaled combination cuts severe asthma attacks") -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>\n{NAV}"
        f"{body}{FOOTER}</body></html>\n"
    ).encode()


def clean(pipeline: DocumentPipeline, data: bytes) -> CleanedPage:
    return pipeline.clean(load_bytes(data, "page.html"))


def kept(page_: CleanedPage) -> str:
    return "\n".join(b.text.text for b in page_.blocks)


def test_article_in_a_toc_section_keeps_its_text(pipeline: DocumentPipeline) -> None:
    body = (
        "<h1>Inhaled combination cuts severe asthma attacks</h1>\n"
        f'<div class="abstract toc-section"><h2>Abstract</h2>{paragraphs(0, 4)}</div>\n'
        f'<div class="content_body" id="TOC_TITLE_3"><h2>Results</h2>{paragraphs(4, 4)}</div>\n'
    )
    text = kept(clean(pipeline, page(body)))
    for sentence in SENTENCES:
        assert sentence in text
    assert "Section 3" not in text


@pytest.mark.parametrize(
    "names",
    ['class="sidebar-layout article-wrap"', 'class="related-story-body"', 'id="share-container"'],
)
def test_class_words_inside_a_longer_name_do_not_remove_the_article(
    pipeline: DocumentPipeline, names: str
) -> None:
    body = f"<div><h1>Asthma attacks</h1><div {names}>{paragraphs(0, 8)}</div></div>\n"
    text = kept(clean(pipeline, page(body)))
    assert sum(sentence in text for sentence in SENTENCES) >= 7


def test_page_without_main_keeps_the_article_and_drops_the_menu(
    pipeline: DocumentPipeline,
) -> None:
    body = f'<div class="wrapper"><div class="col"><h1>Asthma</h1>{paragraphs(0, 8)}</div></div>\n'
    cleaned = clean(pipeline, page(body))
    text = kept(cleaned)
    assert all(sentence in text for sentence in SENTENCES)
    assert "Section 5" not in text
    assert "All rights reserved" not in text


def test_teaser_grid_beside_the_article_is_removed(pipeline: DocumentPipeline) -> None:
    teasers = "".join(
        f'<div class="card"><a href="/story/{k}"><h3>Story number {k} of the week</h3>'
        f"<p>Read our coverage of topic {k} and more.</p></a></div>"
        for k in range(10)
    )
    body = (
        f"<article><h1>Asthma attacks</h1>{paragraphs(0, 8)}</article>\n"
        f'<div class="grid">{teasers}</div>\n'
    )
    text = kept(clean(pipeline, page(body)))
    assert all(sentence in text for sentence in SENTENCES)
    assert "Story number 4" not in text


def test_cookie_consent_layer_is_removed(pipeline: DocumentPipeline) -> None:
    layer = (
        '<div id="cookie-consent-layer" class="cmp-overlay"><p>We and our partners use cookies '
        "and similar technologies to store and access information on your device, to measure "
        "audiences and to personalise the advertising you see. You can accept or refuse.</p>"
        "<p>Accept all</p><p>Refuse all</p></div>\n"
    )
    body = f"{layer}<div><h1>Asthma attacks</h1>{paragraphs(0, 8)}</div>\n"
    cleaned = clean(pipeline, page(body))
    text = kept(cleaned)
    assert "our partners use cookies" not in text
    assert all(sentence in text for sentence in SENTENCES)


def test_figure_captions_and_tables_in_the_article_are_kept(pipeline: DocumentPipeline) -> None:
    figure = (
        '<figure><img src="f1.png" alt=""><figcaption>Figure 1. Severe exacerbations per '
        "patient-year: 0.42 with the combination versus 0.61 with the standard regimen."
        "</figcaption></figure>\n"
    )
    table = (
        "<table><caption>Table 2. Outcomes at week 52</caption>"
        "<tr><th>Outcome</th><th>Combination</th><th>Standard</th></tr>"
        "<tr><td>Severe exacerbations</td><td>18%</td><td>26%</td></tr>"
        "<tr><td>Hospital admission</td><td>3%</td><td>5%</td></tr></table>\n"
    )
    body = (
        f"<article><h1>Asthma attacks</h1>{paragraphs(0, 4)}{figure}{paragraphs(4, 2)}"
        f"{table}{paragraphs(6, 2)}</article>\n"
    )
    text = kept(clean(pipeline, page(body)))
    assert "Figure 1. Severe exacerbations per patient-year" in text
    assert "Severe exacerbations: 18%: 26%" in text
    assert "Hospital admission: 3%: 5%" in text


def test_every_removal_of_the_vote_is_recorded(pipeline: DocumentPipeline) -> None:
    aside = (
        '<div class="box"><p>Subscribe today and get our weekly digest of the best stories '
        "delivered straight to your inbox every Friday morning.</p></div>\n"
    )
    body = f"<div><h1>Asthma attacks</h1>{paragraphs(0, 8)}</div>\n{aside}"
    data = page(body)
    cleaned = clean(pipeline, data)
    source = data.decode()
    for item in cleaned.removed:
        assert item.rule
        start, end = item.span
        assert 0 <= start < end <= len(source)
    text = kept(cleaned)
    removed_texts = " ".join(r.text for r in cleaned.removed)
    for block_text in ["weekly digest"]:
        assert block_text not in text
        assert block_text in removed_texts


def test_the_vote_can_be_turned_off(rules: Rules) -> None:
    pipeline = DocumentPipeline(rules)
    pipeline.cleaner.main_content = False
    body = f"<div><h1>Asthma attacks</h1>{paragraphs(0, 8)}</div>\n"
    cleaned = clean(pipeline, page(body))
    assert all(r.rule != RULE for r in cleaned.removed)


def block(text: str, kind: BlockKind = BlockKind.PARAGRAPH) -> RawBlock:
    mapped = MappedText(text, (Piece(0, len(text), 0, len(text), True),), (0,))
    return RawBlock(kind=kind, text=mapped, heading_level=None, links=(), line=1)


def test_aligned_shares_follow_the_reference_in_order() -> None:
    blocks = [block("alpha beta gamma delta"), block("menu home contact"), block("epsilon zeta")]
    shares = aligned_shares(blocks, "Alpha beta gamma delta.\nEpsilon zeta")
    assert shares == [1.0, 0.0, 1.0]


def test_holes_in_the_voter_text_keep_table_rows_and_prose(rules: Rules) -> None:
    settings = rules.cleaning.main_content
    blocks = [
        block("kept one"),
        block("Outcome: 18%: 26%", BlockKind.TABLE_ROW),
        block(" ".join(SENTENCES[:2])),
        block("Share on social"),
        block("kept two"),
        block("Trailing menu"),
    ]
    result = Vote((1.0, 0.0, 0.0, 0.0, 1.0, 0.0), True)
    removed = decide(blocks, result, settings, [False] * len(blocks))
    assert removed == [3, 5]
    untrusted = Vote(result.shares, False)
    assert decide(blocks, untrusted, settings, [False] * len(blocks)) == []
