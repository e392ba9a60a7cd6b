"""clean/html: pages read as browsers read them (tokenizer rules, implied end tags)."""

from __future__ import annotations

import time

from ingest.clean import CleanedPage
from ingest.clean.html import Tok, index_elements, tokenize
from ingest.load import load_bytes
from ingest.pipeline import DocumentPipeline
from ingest.rules import Rules

ARTICLE = (
    "Researchers followed 1,204 adults with type 2 diabetes for three years after they started "
    "the new treatment.",
    "Blood sugar control improved in 38% of the participants, and side effects were mild in "
    "most of them.",
)


def clean_html(pipeline: DocumentPipeline, text: str) -> CleanedPage:
    return pipeline.clean(load_bytes(text.encode("utf-8"), "page.html"))


def kept(page: CleanedPage) -> list[str]:
    return [b.text.text for b in page.blocks]


def test_minified_page_keeps_its_article(pipeline: DocumentPipeline) -> None:
    # A minifier's output: <!doctypehtml>, unquoted attributes, no </head>, no </p>, no </body>.
    text = (
        "<!doctypehtml><html lang=en><meta charset=utf-8><meta content=width=device-width "
        "name=viewport><title>Diabetes study</title><link href=/s.css rel=stylesheet>"
        "<script>var a=1<2&&b>3</script><body class=post><header class=site-header><a href=/>"
        "Home</a></header><main id=content><article class=post-body><h1>A diabetes study</h1>"
        f"<p class=lead>{ARTICLE[0]}<p>{ARTICLE[1]}</article></main>"
        "<footer class=site-footer>© 2024</footer>"
    )
    page = clean_html(pipeline, text)
    texts = kept(page)
    assert ARTICLE[0] in texts and ARTICLE[1] in texts
    assert page.title == "Diabetes study"
    assert not any(r.rule == "html-comment" for r in page.removed)
    for block in page.blocks:
        start, end = block.span
        assert text[start:end].startswith(block.text.text[:10])


def test_abrupt_comments_do_not_swallow_the_page(pipeline: DocumentPipeline) -> None:
    for comment in ("<!-->", "<!--->"):
        text = f"<html><body>{comment}<p>{ARTICLE[0]}</p><p>{ARTICLE[1]}</p></body></html>"
        assert kept(clean_html(pipeline, text)) == list(ARTICLE), comment


def test_bogus_comments_are_markup_not_text(pipeline: DocumentPipeline) -> None:
    text = f"<body><?php echo 1 ?></ x><!x><p>{ARTICLE[0]}</p></body>"
    page = clean_html(pipeline, text)
    assert kept(page) == [ARTICLE[0]]
    assert all(r.reason.value == "markup" for r in page.removed)


def test_title_is_text_even_with_markup_in_it(pipeline: DocumentPipeline) -> None:
    text = f"<html><head><title>a <b> c</title></head><body><p>{ARTICLE[0]}</p></body></html>"
    page = clean_html(pipeline, text)
    assert page.title == "a <b> c"
    assert kept(page) == [ARTICLE[0]]


def test_references_without_semicolon_decode_as_browsers_do(pipeline: DocumentPipeline) -> None:
    text = "<body><p>I'm &notit; sure &amp so on, AT&T &frac12 dose &#x2014 done.</p></body>"
    page = clean_html(pipeline, text)
    assert kept(page) == ["I'm \u00acit; sure & so on, AT&T \u00bd dose \u2014 done."]
    (block,) = page.blocks
    start, end = block.span
    assert text[start:end] == "I'm &notit; sure &amp so on, AT&T &frac12 dose &#x2014 done."


def test_script_text_with_markup_stays_in_the_script(pipeline: DocumentPipeline) -> None:
    text = (
        "<body><script>if (a<b) document.write('<p>no</p>'); <!-- <script> </script> "
        f"--></script><p>{ARTICLE[0]}</p></body>"
    )
    assert kept(clean_html(pipeline, text)) == [ARTICLE[0]]


# --- implied end tags -------------------------------------------------------------------------


def tree(rules: Rules, text: str) -> list[tuple[str, str, str]]:
    """(tag, parent tag, text inside) of every element."""
    index = index_elements(tokenize(text, rules.markup, text_page=False), text, rules.markup)
    out = []
    for element in index.elements:
        parent = index.elements[element.parent].tag if element.parent >= 0 else ""
        out.append((element.tag, parent, text[element.start : element.end]))
    return out


def test_block_start_closes_an_open_paragraph(rules: Rules) -> None:
    elements = tree(rules, "<body><p>one<div>two</div><p>three<ul><li>x</ul>")
    assert ("p", "body", "<p>one") in elements
    assert ("div", "body", "<div>two</div>") in elements
    assert ("ul", "body", "<ul><li>x</ul>") in elements


def test_siblings_close_list_items_and_cells(rules: Rules) -> None:
    elements = tree(rules, "<ul><li>a<li>b<div><li>c</div></ul><table><tr><td>1<td>2<tr><td>3")
    items = [e for e in elements if e[0] == "li"]
    assert [e[1] for e in items] == ["ul", "ul", "ul"]  # <li> inside <div> closes the <li> too
    assert items[0][2] == "<li>a"
    cells = [e for e in elements if e[0] == "td"]
    assert [e[2] for e in cells] == ["<td>1", "<td>2", "<td>3"]
    assert [e[1] for e in elements if e[0] == "tr"] == ["table", "table"]


def test_dd_dt_and_options_close_their_siblings(rules: Rules) -> None:
    elements = tree(rules, "<dl><dt>a<dd>b<dt>c</dl><select><option>x<option>y</select>")
    assert [e[2] for e in elements if e[0] in ("dt", "dd")] == ["<dt>a", "<dd>b", "<dt>c</dl>"]
    assert [e[1] for e in elements if e[0] == "option"] == ["select", "select"]


def test_stray_end_tags_close_nothing(rules: Rules) -> None:
    text = "<body><div></p><p>a</span>b</p></div></body><p>late</p></html><p>later"
    elements = tree(rules, text)
    body = next(e for e in elements if e[0] == "body")
    assert body[2] == text[text.index("<body>") :]  # </body> and </html> do not close it
    assert [e[1] for e in elements if e[0] == "p"] == ["div", "body", "body"]
    assert ("p", "div", "<p>a</span>b</p>") in elements


def test_head_ends_where_the_body_begins(rules: Rules) -> None:
    elements = tree(rules, "<html><head><title>t</title><meta charset=utf-8><div>text</div>")
    head = next(e for e in elements if e[0] == "head")
    assert head[2] == "<head><title>t</title><meta charset=utf-8>"
    assert ("div", "html", "<div>text</div>") in elements
    elements = tree(rules, "<html><head><link rel=x>some text<p>more")
    assert next(e for e in elements if e[0] == "head")[2] == "<head><link rel=x>"


def test_end_tags_do_not_cross_table_cells(rules: Rules) -> None:
    elements = tree(rules, "<div><table><tr><td><p>a</div>b</td></tr></table>c</div>")
    div = next(e for e in elements if e[0] == "div")
    assert div[2].endswith("c</div>")


def test_deep_nesting_stays_linear(rules: Rules) -> None:
    depth = 200_000
    text = "<div>" * depth + "<p>x" + "</span>" * 1000 + "<li>y" * 1000 + "</div>" * depth
    started = time.process_time()
    index = index_elements(tokenize(text, rules.markup, text_page=False), text, rules.markup)
    elapsed = time.process_time() - started
    assert len(index.elements) == depth + 1001
    assert index.elements[0].end == len(text)
    assert elapsed < 30  # quadratic work would take hours; this is a bound, not a speed test


def test_link_closed_with_its_paragraph_still_ends_at_its_end_tag(rules: Rules) -> None:
    text = "<div><p><a href=/buy><div>Buy it</div></a></p><p>Then the article goes on.</p></div>"
    tokens = tokenize(text, rules.markup, text_page=False)
    index = index_elements(tokens, text, rules.markup)
    end_a = next(t for t in tokens if t.kind == Tok.END and t.name == "a")
    link = index.elements[end_a.element]
    assert link.tag == "a"  # the </a> ends the link (where link text stops) …
    assert link.end == text.index("<div>Buy")  # … though the <div> closed it with the <p>
    assert next(t for t in tokens if t.kind == Tok.END and t.name == "p").element == -1


def test_ruby_readings_are_markup_inside_the_word(pipeline: DocumentPipeline) -> None:
    # Japanese pages for learners print the reading of each word above it (<rt>); a browser
    # without ruby shows the <rp> brackets. Neither is a word of the sentence, nor a block break.
    sentence = "子どもへの虐待をなくすための法律ができました。"
    text = (
        "<html><body><article><h1>A law</h1><p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>"
        "<span>虐待</span><rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>をなくすための<ruby>"
        f"法律<rt>ほうりつ</rt></ruby>ができました。</p><p>{ARTICLE[0]}</p><p>{ARTICLE[1]}</p>"
        "</article></body></html>"
    )
    page = clean_html(pipeline, text)
    assert sentence in kept(page)
    readings = [
        r for r in page.removed if r.reason == "markup" and r.rule in ("html-rt", "html-rp")
    ]
    removed_text = "".join(r.text for r in readings)
    for reading in ("こ", "ぎゃくたい", "ほうりつ", "(", ")"):
        assert reading in removed_text
    for r in readings:
        assert text[r.span[0] : r.span[1]] == r.text


def test_an_icon_or_a_script_inside_a_sentence_does_not_end_its_block(
    pipeline: DocumentPipeline,
) -> None:
    # An external-link icon (<svg>) inside a link, a <script> between two words: a browser
    # shows one sentence; a <picture> still stands on its own line.
    text = (
        "<html><body><article><h1>Impfschäden</h1><p>Mehr als <a href='https://x.org/map'>13 "
        "Milliarden Impfdosen<svg viewBox='0 0 9 9'><path d='M1 1'/></svg></a> sind während "
        "der Pandemie verabreicht worden.</p><p>Die Myokarditis<script>track()</script> gilt als "
        f"seltene Nebenwirkung.</p><p>{ARTICLE[0]}</p><p>{ARTICLE[1]}</p>"
        "</article></body></html>"
    )
    blocks = kept(clean_html(pipeline, text))
    assert (
        "Mehr als 13 Milliarden Impfdosen sind während der Pandemie verabreicht worden." in blocks
    )
    assert "Die Myokarditis gilt als seltene Nebenwirkung." in blocks
    pictured = text.replace("<svg viewBox='0 0 9 9'><path d='M1 1'/></svg>", "<picture></picture>")
    pictured_blocks = kept(clean_html(pipeline, pictured))
    assert not any("Impfdosen sind" in block for block in pictured_blocks)


def test_kept_text_is_composed_while_blocks_keep_the_source(pipeline: DocumentPipeline) -> None:
    # "য়" written as one code point (U+09DF), whose canonical form is two (U+09AF U+09BC): the
    # text export is NFC, so that it compares equal to the same words written the other way;
    # the block (and every span) keeps what the source holds.
    word = "কুষ্টি\u09dfা"
    text = f"<html><body><article><p>{ARTICLE[0]} {word}.</p><p>{ARTICLE[1]}</p></article>"
    page = clean_html(pipeline, text)
    assert any(word in block for block in kept(page))
    exported = page.kept_text()
    assert "\u09df" not in exported
    assert "কুষ্টি\u09af\u09bcা" in exported


def test_a_row_of_two_long_cells_is_a_layout_not_a_label_and_its_value(
    pipeline: DocumentPipeline,
) -> None:
    """A page set in a table's columns (an abstract beside its results, or its translation): its
    two cells were joined as "label: value", gluing the left column's last line to the right
    column's first sentence. A label and its long value ("Eligibility Criteria: …") stay one row."""
    left = (
        "Abstract. The double balloon enteroscopy is an important method for the endoscopic "
        "approach of the small intestine, with a low complication rate. Sixty-five procedures "
        "were made in 50 patients. Keywords: enteroscopy. small bowel. findings"
    )
    right = (
        "Results. The main indication for the procedure was intestinal bleeding in 35.4% of "
        "cases, followed by abdominal pain and Crohn disease. Most procedures were considered "
        "normal, and polyps were the most prevalent finding in 13.8% of the patients."
    )
    page = clean_html(pipeline, f"<table><tr><td>{left}</td><td>{right}</td></tr></table>")
    assert kept(page) == [left, right]
    criteria = "Inclusion Criteria: adults with major depressive disorder " + "and more " * 20
    labelled = clean_html(
        pipeline, f"<table><tr><td>Eligibility Criteria</td><td>{criteria}</td></tr></table>"
    )
    assert kept(labelled) == ["Eligibility Criteria: " + criteria.strip()]
    population = "adults with knee osteoarthritis and pain for at least six months " * 3
    outcome = "pain on a visual scale and function on the WOMAC index at one year " * 3
    evidence = clean_html(
        pipeline,
        f"<table><tr><td>Smith 2019</td><td>{population}</td><td>{outcome}</td></tr></table>",
    )
    assert kept(evidence) == [f"Smith 2019: {population.strip()}: {outcome.strip()}"]
