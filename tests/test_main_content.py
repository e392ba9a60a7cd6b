"""The main-content decision (clean.main_content): the voter projected onto our blocks, and the
blind spots of class-word rules, on small pages written here."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ingest.clean import CleanedPage
from ingest.clean.blocks import BlockKind, RawBlock
from ingest.clean.main_content import FEATURES, KEPT, RULE, aligned_shares, decide, features, words
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
    [
        'class="sidebar-layout article-wrap"',
        'class="related-story-body"',
        'id="share-container"',
        'class="post-body hidden-print"',  # hidden on paper only
        'class="field field-label-hidden"',  # Drupal: the label is hidden, not the body
        'id="toc-article-text"',
    ],
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
    kicker = '<div class="top"><p>Today in Health</p></div>'
    body = f"{kicker}<div><h1>Asthma attacks</h1>{paragraphs(0, 8)}</div>\n"
    data = page(body)
    cleaned = clean(pipeline, data)
    source = data.decode()
    for item in cleaned.removed:
        assert item.rule
        start, end = item.span
        assert 0 <= start < end <= len(source)
    # The kicker above the article, which our rules keep and the voter leaves out, goes, and
    # says why; the headline stays (it titles the article).
    text = kept(cleaned)
    assert "Today in Health" not in text and "Asthma attacks" in text
    voted = [r for r in cleaned.removed if r.rule == RULE]
    assert [r.text for r in voted] == ["Today in Health"]
    assert "<p>Today in Health</p>" in source[voted[0].span[0] : voted[0].span[1]]


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


def vote_on(
    blocks: list[RawBlock], shares: list[float], said: list[str], rules: Rules, **weights: float
) -> list[bool]:
    settings = rules.cleaning.main_content
    if weights:  # a plain voter: score = share - 0.5
        settings = settings.model_copy(update={"weights": weights})
    rows = features(blocks, [words(b.text.text) for b in blocks], shares, said, 0.5)
    return decide(blocks, rows, said, settings, lambda b: "31%" in b.text.text)


def test_a_row_of_evidence_per_block() -> None:
    blocks = [block("alpha beta gamma delta."), block("Menu home contact", BlockKind.LIST_ITEM)]
    rows = features(
        blocks, [words(b.text.text) for b in blocks], [1.0, 0.0], [KEPT, "link-lists"], 0.5
    )
    first, second = (dict(zip(FEATURES, row, strict=True)) for row in rows)
    assert first["share"] == 1.0 and first["ours"] == 1.0 and first["sentence_end"] == 1.0
    assert second["ours"] == 0.0 and second["removed_by:link-lists"] == 1.0
    assert second["list_item"] == 1.0 and first["list_item"] == 0.0
    assert first["neighbour_share"] == 0.0 and second["neighbour_share"] == 0.5
    assert first["voter_short"] == 0.0  # the voter kept all our text (and more)
    # A voter that kept one paragraph of the eight our rules keep is short of 7/8 of them;
    # a copy of a paragraph adds nothing to either side.
    blocks = [block(sentence) for sentence in SENTENCES] + [block(SENTENCES[3])]
    shares = [1.0] + [0.0] * len(SENTENCES)
    rows = features(blocks, [words(b.text.text) for b in blocks], shares, [KEPT] * 9, 0.5)
    row = dict(zip(FEATURES, rows[0], strict=True))
    assert 0.8 < row["voter_short"] < 0.9 and row["ours_short"] == 0.0


def test_a_blocks_surroundings_are_evidence_too() -> None:
    menu = [block(name, BlockKind.LIST_ITEM) for name in ("Home", "News", "Sport")]
    blocks = [*menu, block(SENTENCES[0]), block(SENTENCES[1])]
    rows = features(blocks, [words(b.text.text) for b in blocks], [1.0] * 5, [KEPT] * 5, 0.5)
    prose = dict(zip(FEATURES, rows[3], strict=True))
    item = dict(zip(FEATURES, rows[0], strict=True))
    assert prose["short_run"] == 0.75  # three of its four neighbours are short
    assert item["short_run"] == pytest.approx(2 / 3) and item["short"] == 1.0
    assert prose["share_x_short_run"] == 0.75 and prose["link_run"] == 0.0


def test_the_weights_side_with_the_evidence(rules: Rules) -> None:
    prose = [block(" ".join(SENTENCES[k : k + 2])) for k in range(0, 8, 2)]
    linked = block(
        "Sonys Playstation VR Version 2 mit Kamera für 325 Euro bei Amazon", BlockKind.LIST_ITEM
    )
    menu = block("Home", BlockKind.LIST_ITEM)
    blocks = [menu, prose[0], prose[1], linked, prose[2], prose[3], menu]
    said = ["markup", KEPT, KEPT, "link-lists", KEPT, KEPT, "markup"]
    # The voter keeps the article with the linked item in its middle: our link-list filter
    # is outweighed there; the menus neither side keeps stay removed.
    keep = vote_on(blocks, [0.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.0], said, rules)
    assert keep == [False, True, True, True, True, True, False]


def test_product_rules_after_the_score(rules: Rules) -> None:
    blocks = [
        block("Inhaled combination cuts attacks", BlockKind.HEADING),
        block("kept one"),
        block("Results", BlockKind.HEADING),
        block("kept two"),
        block("Outcome: 18: 26", BlockKind.TABLE_ROW),
        block("kept three"),
        block("Severe exacerbations fell by 31% in the combination group."),
        block("Share on social"),
        block("Section without figures", BlockKind.TABLE_ROW),
    ]
    shares = [0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0]
    keep = vote_on(blocks, shares, [KEPT] * len(blocks), rules, bias=-0.5, share=1.0)
    # The headline on top is left to the score; a section heading inside the kept text, a row
    # of figures between kept blocks and a block with evidence stay; the rest goes.
    assert keep == [False, True, True, True, True, True, True, False, False]


def test_an_article_shipped_in_noscript_is_read(pipeline: DocumentPipeline) -> None:
    # Blogger and others render the post from a script template and give readers without
    # scripts the same post in <noscript>: its content is markup to read, not code.
    post = paragraphs(0, 8)
    body = (
        f'<div class="post-body"><script type="text/template">{post}</script>'
        f"<noscript>{post}</noscript></div>\n"
    )
    cleaned = clean(pipeline, page(body))
    text = kept(cleaned)
    assert all(sentence in text for sentence in SENTENCES)
    assert "<p>" not in text
    assert text.count(SENTENCES[0]) == 1  # the template is code, not a second copy


def test_a_voter_that_kept_next_to_nothing_abstains(rules: Rules) -> None:
    # The voter found a login box (one short block) where our rules keep the whole article.
    article = [block(f"{sentence} ({n})") for n, sentence in enumerate(SENTENCES * 3)]
    login = block("Sign in to your account")
    blocks = [login, *article, block("Home", BlockKind.LIST_ITEM)]
    said = [KEPT, *[KEPT] * len(article), "markup"]
    keep = vote_on(blocks, [1.0, *[0.0] * len(article), 0.0], said, rules)
    assert keep == [True, *[True] * len(article), False]  # our rules' decision, unchanged


def test_hidden_panels_lost_cells_and_lone_figures_stay(rules: Rules) -> None:
    def weak(blocks: list[RawBlock], shares: list[float]) -> list[bool]:
        return vote_on(blocks, shares, [KEPT] * len(blocks), rules, bias=-0.5, share=1.0)

    # A panel a reader opens (a tab, a "read more"): the voter drops what a page hides, so its
    # silence there is no evidence.
    panel = block("Eligibility: adults aged 18 to 65 with knee pain.")
    shown = [block("kept one"), panel, block("kept two")]
    assert weak(shown, [1.0, 0.0, 1.0]) == [True, False, True]
    disclosed = [shown[0], replace(panel, disclosed=True), shown[2]]
    assert weak(disclosed, [1.0, 0.0, 1.0]) == [True, True, True]
    # A cell between rows the vote keeps (trafilatura leaves nested tables out); between
    # paragraphs, a row without figures is left to the score.
    rows = [block(t, BlockKind.TABLE_ROW) for t in ("E.1.1: Condition", "Arthritis", "E.1.3: No")]
    assert weak(rows, [1.0, 0.0, 1.0]) == [True, True, True]
    prose = [block("kept one"), rows[1], block("kept two")]
    assert weak(prose, [1.0, 0.0, 1.0]) == [True, False, True]
    # A caption with figures that both voters keep, alone on its page (no kept neighbours).
    caption = replace(block("Figure 2. Edema in 45% of morphants"), caption=True)
    assert vote_on([caption], [1.0], [KEPT], rules, bias=-2.0, share=1.0) == [True]
    alone = [caption, block("Edema was scored blind by two observers.")]
    assert vote_on(alone, [0.0, 1.0], [KEPT] * 2, rules, bias=-2.0, share=2.5) == [False, True]


def test_a_caption_the_voter_left_out_stays_for_a_finding_only(rules: Rules) -> None:
    from ingest.clean import caption_finding_test

    settings = rules.cleaning.main_content
    holds = caption_finding_test(rules)
    photo = replace(block("Rep. Omar speaks at the Capitol on July 25, 2019. (AP)"), caption=True)
    figure = replace(block("Figure 2. Edema in 45% of morphants at 48 hours."), caption=True)
    legend = replace(block("Figure 3. Exacerbations: 0.42 versus 0.61 per year."), caption=True)
    scale = replace(block("(B) wwox knockdown produced edema; Scale bars, 250 µm."), caption=True)
    year = replace(block("Neil Gaiman and John M. Ford in 2002."), caption=True)
    cases = ((photo, False), (year, False), (figure, True), (legend, True), (scale, True))
    for caption, stays in cases:
        blocks = [block("kept one"), caption, block("kept two")]
        rows = features(
            blocks, [words(b.text.text) for b in blocks], [1.0, 0.0, 1.0], [KEPT] * 3, 0.5
        )
        weak = settings.model_copy(update={"weights": {"bias": -0.5, "share": 1.0}})
        keep = decide(blocks, rows, [KEPT] * 3, weak, lambda b: False, holds)
        assert keep == [True, stays, True], caption.text.text
        # Without a finding test (the default), any digit keeps a caption, as before.
        assert decide(blocks, rows, [KEPT] * 3, weak, lambda b: False) == [True, True, True]
    # A table row keeps any digit: a row of figures is data.
    row = block("Visits: 12: 14", BlockKind.TABLE_ROW)
    blocks = [block("kept one"), row, block("kept two")]
    rows = features(blocks, [words(b.text.text) for b in blocks], [1.0, 0.0, 1.0], [KEPT] * 3, 0.5)
    weak = settings.model_copy(update={"weights": {"bias": -0.5, "share": 1.0}})
    assert decide(blocks, rows, [KEPT] * 3, weak, lambda b: False, holds) == [True, True, True]


def test_a_caption_marked_by_its_class_is_a_caption(pipeline: DocumentPipeline) -> None:
    # No <figcaption>: the page names its caption by a class word ("image-caption"); a photo's
    # caption of dates and places goes where the voter leaves it out, as a figcaption's would.
    figure = (
        '<div class="asset-image"><img src="p.jpg" alt=""><div class="image-meta">'
        '<div class="image-caption">Doctors speak with patients during a clinic visit in '
        "Springfield, Tuesday, Nov. 19, 2019.</div></div></div>\n"
    )
    body = f"<article><h1>Asthma attacks</h1>{paragraphs(0, 4)}{figure}{paragraphs(4, 4)}</article>"
    cleaned = clean(pipeline, page(body))
    text = kept(cleaned)
    assert all(sentence in text for sentence in SENTENCES)
    assert "Doctors speak with patients" not in text
    blocks = pipeline.cleaner.candidate_blocks(load_bytes(page(body), "page.html"))[0]
    captions = [b.text.text for b in blocks if b.caption]
    assert captions == [
        "Doctors speak with patients during a clinic visit in Springfield, Tuesday, Nov. 19, 2019."
    ]


def test_the_authors_box_under_a_post_is_not_its_text(pipeline: DocumentPipeline) -> None:
    bio = (
        '<div class="author-profile vcard"><h4 class="author-name">About Ana Lima</h4>'
        '<div class="author-description author-bio"><p>Ana Lima is a science writer and the '
        "mother of two; she coordinates a school programme in Belo Horizonte and writes about "
        "learning.</p></div></div>\n"
    )
    body = f"<main><article><h1>Asthma attacks</h1>{paragraphs(0, 8)}</article>{bio}</main>"
    cleaned = clean(pipeline, page(body))
    text = kept(cleaned)
    assert all(sentence in text for sentence in SENTENCES)
    assert "science writer" not in text
    assert any(r.rule == "html-author-bio" for r in cleaned.removed)


def test_a_caption_element_of_many_blocks_is_no_caption(pipeline: DocumentPipeline) -> None:
    # A figure's legend gives two blocks (its label, its text); a video page's "item-caption"
    # holds the byline, the lead, the length and dates: the page's text, not a caption.
    legend = (
        '<div class="fig-caption"><span class="fig-label">Figure 3.</span> <p>Presence of '
        "meniscal tears in ice hockey versus other sports players (P = .05).</p></div>\n"
    )
    teaser = (
        '<div class="item-caption"><p>von Andrea Kurz</p><p>New York is the epicentre of the '
        "pandemic in the United States.</p><p>2 min</p><p>04.04.2020</p>"
        "<p>Video available until 28.02.2021</p></div>\n"
    )
    body = f"<article><h1>Asthma attacks</h1>{paragraphs(0, 3)}{legend}{teaser}</article>"
    blocks = pipeline.cleaner.candidate_blocks(load_bytes(page(body), "page.html"))[0]
    captions = [b.text.text for b in blocks if b.caption]
    assert captions == [
        "Figure 3.",
        "Presence of meniscal tears in ice hockey versus other sports players (P = .05).",
    ]


def test_a_numbered_figures_legend_stays_within_the_kept_text(rules: Rules) -> None:
    from ingest.clean import caption_finding_test

    weak = rules.cleaning.main_content.model_copy(update={"weights": {"bias": -0.5, "share": 1.0}})
    label = replace(block("Figure 3."), caption=True)
    legend = replace(block("Presence of meniscal tears in ice hockey players."), caption=True)
    links = [block("View larger version:"), block("In this window"), block("In a new window")]
    for caption, stays in (((label, legend), True), ((legend,), False)):
        blocks = [block("kept one"), *links, *caption, *links, block("kept two")]
        shares = [1.0, *[0.0] * (len(blocks) - 2), 1.0]
        said = [KEPT, *["repeated-block"] * 3, *[KEPT] * len(caption), *["repeated-block"] * 3]
        said.append(KEPT)
        rows = features(blocks, [words(b.text.text) for b in blocks], shares, said, 0.5)
        keep = decide(blocks, rows, said, weak, lambda b: False, caption_finding_test(rules))
        assert keep[4 : 4 + len(caption)] == [stays] * len(caption)
    # Outside the kept text (after its last block) a legend is left to the score.
    blocks = [block("kept one"), label, legend]
    rows = features(blocks, [words(b.text.text) for b in blocks], [1.0, 0.0, 0.0], [KEPT] * 3, 0.5)
    assert decide(blocks, rows, [KEPT] * 3, weak, lambda b: False) == [True, False, False]
