"""review: static pages, checked as HTML and in a real browser (Debian's Chromium)."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from ingest.batch import run_batch
from ingest.cli import main
from ingest.diff import removal_anchor
from ingest.models import Document
from ingest.review import build_diff_review, build_review, page_name
from ingest.rules import Rules, load_rules

from .conftest import NEW_RULE_ID, RULES, SEED_000, SEED_002, SEED_003

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def reviewed(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("review")
    run_batch([seeds_dir], root / "x", RULES, jobs=1)
    from ingest.rules import load_rules

    build_review(root / "x", root / "site", load_rules(RULES), raw=seeds_dir)
    return root / "x", root / "site"


def _document(extracted: Path, name: str) -> Document:
    return Document.model_validate_json((extracted / f"{name}.json").read_text())


def test_every_claim_is_marked_and_every_removal_shown(reviewed: tuple[Path, Path]) -> None:
    extracted, site = reviewed
    index = (site / "index.html").read_text()
    for name in (SEED_000, SEED_003):
        assert page_name(name) in index
        page = (site / page_name(name)).read_text()
        document = _document(extracted, name)
        marked = set(re.findall(r'<mark class="claim[^"]*" id="(c[0-9a-f]{16})"', page))
        assert marked == {c.id for c in document.claims}
        shown = len(re.findall(r'<del class="removed" id="rm-\d+-\d+" data-reason=', page))
        assert shown == sum(1 for r in document.removed if r.reason.value != "markup")
    page = (site / page_name(SEED_003)).read_text()
    assert 'data-reason="foreign_language"' in page and "Plaats een reactie" in page
    assert 'href="https://doi.org/10.7759/cureus.105206"' in page


def test_pages_fetch_nothing(reviewed: tuple[Path, Path]) -> None:
    _, site = reviewed
    for page in site.glob("*.html"):
        text = page.read_text()
        assert not re.search(r'<(script|link|img)[^>]+(src|href)="https?://', text), page.name
        assert "@import" not in text


def test_diff_page(reviewed: tuple[Path, Path], tmp_path: Path, rules: Rules) -> None:
    extracted, _ = reviewed
    result = build_diff_review(extracted, extracted, tmp_path / "d")
    assert result.equal and "No claim changed." in (tmp_path / "d" / "index.html").read_text()


BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium on this machine (make test installs Debian's chromium where it can)",
)


@needs_chromium
def test_in_a_real_browser(reviewed: tuple[Path, Path], tmp_path: Path) -> None:
    playwright = pytest.importorskip(
        "playwright.sync_api", reason="playwright not installed (dev extra)"
    )
    extracted, site = reviewed
    document = _document(extracted, SEED_000)
    args = [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ]
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=args)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto((site / "index.html").as_uri())
        assert page.locator("tbody tr").count() == 3
        page.click(f"text={SEED_000}")
        claims = page.locator("article mark.claim")
        assert claims.count() == len(document.claims)
        for k in range(0, claims.count(), 7):
            claims.nth(k).scroll_into_view_if_needed()
            assert claims.nth(k).is_visible()
        removed = page.locator("article del.removed")
        assert removed.count() >= 5
        removed.first.scroll_into_view_if_needed()
        assert (
            removed.first.is_visible()
            and "boilerplate"
            in removed.last.inner_text() + removed.first.inner_text() + page.content()
        )
        assert page.locator("mark.ent[data-label]").count() > 50
        shot = tmp_path / "review.png"
        page.screenshot(path=str(shot), full_page=False)
        browser.close()
    assert shot.stat().st_size > 10_000


def test_reference_entries_listed_and_markers_linked(process_text: Callable[..., Document],
                                                     rules: Rules) -> None:  # fmt: skip
    from ingest.review import Resolvers, render_document

    page = (
        '<html lang="en"><body><main><h1>MSCs in lupus</h1>'
        "<p>Renal remission was reached by 32% of patients treated with MSCs [1].</p>"
        "<h2>References</h2><ol><li><p>Smith J, Jones R. MSCs in lupus nephritis. Lupus. "
        "2019;28:100-110. doi:10.1177/0961203319000001</p></li></ol></main></body></html>"
    )
    document = process_text(page, "lupus.html")
    rendered = render_document(document, None, Resolvers(rules))
    assert '<li id="r1">' in rendered and "Smith J, Jones R." in rendered
    assert 'href="#r1"' in rendered


# --- sources checked --------------------------------------------------------------------------


def _copy_run(seeds_dir: Path, root: Path) -> tuple[Path, Path]:
    pages = root / "pages"
    shutil.copytree(seeds_dir, pages)
    run_batch([pages], root / "x", RULES, jobs=1)
    return pages, root / "x"


def test_an_edited_source_gets_a_banner_and_strict_fails(seeds_dir: Path, tmp_path: Path) -> None:
    pages, extracted = _copy_run(seeds_dir, tmp_path)
    text = (pages / SEED_000).read_text(encoding="utf-8")
    assert "(57%)" in text
    (pages / SEED_000).write_text(text.replace("(57%)", "(45%)"), encoding="utf-8")
    (pages / SEED_002).unlink()
    args = ["review", str(extracted), "-o", str(tmp_path / "site"), "--rules", str(RULES)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 2
    assert any("source changed" in w and SEED_000 in w for w in warnings)
    assert any("source not found" in w and SEED_002 in w for w in warnings)
    assert CliRunner().invoke(main, [*args, "--strict"]).exit_code == 1
    page = (tmp_path / "site" / page_name(SEED_000)).read_text()
    assert '<p class="banner" role="alert" data-status="changed">' in page
    assert "(45%)" not in page  # the edited text is not shown beside the record's claims
    document = Document.model_validate_json((extracted / f"{SEED_000}.json").read_text())
    marked = set(re.findall(r'<mark class="claim[^"]*" id="(c[0-9a-f]{16})"', page))
    assert marked == {c.id for c in document.claims}
    # the record's removed items are listed without the source too
    missing = (tmp_path / "site" / page_name(SEED_002)).read_text()
    assert 'data-status="missing"' in missing
    record = Document.model_validate_json((extracted / f"{SEED_002}.json").read_text())
    shown = len(re.findall(r'<del class="removed" id="rm-', missing))
    assert shown == sum(1 for r in record.removed if r.reason.value != "markup") > 0
    index = (tmp_path / "site" / "index.html").read_text()
    assert "2 of 3 sources missing or changed" in index
    assert "source changed" in index and "source missing" in index


def test_sources_found_from_another_folder(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    shutil.copytree(seeds_dir, project / "raw")
    monkeypatch.chdir(project)
    run_batch([Path("raw")], Path("extracted"), RULES, jobs=1)  # run.json: inputs ["raw"]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    written = build_review(project / "extracted", Path("site"), load_rules(RULES))
    assert written.pages == 3 and not written.warnings
    page = (elsewhere / "site" / page_name(SEED_000)).read_text()
    assert "data-status" not in page and "Plaats" not in page


# --- pages a reviewer can work in ------------------------------------------------------------


def test_side_list_has_whole_texts_and_identifiers_are_marked_outside_claims(
    reviewed: tuple[Path, Path],
) -> None:
    extracted, site = reviewed
    document = _document(extracted, SEED_000)
    page = (site / page_name(SEED_000)).read_text()
    side = page[page.index("<aside>") :]
    texts = re.findall(r'<li class="[^"]*"><a href="#c[0-9a-f]{16}">([^<]*)</a>', side)
    assert len(texts) == len(document.claims)
    import html as html_module

    whole = {c.text for c in document.claims}
    for text in map(html_module.unescape, texts):
        assert (
            text in whole
            or (text.endswith("…") and not text[-2].isalnum())
            or any(t.startswith(text[:-1]) and t[len(text) - 1] == " " for t in whole)
        )
    article = page[: page.index("<aside>")]
    # a page's Source: lines carry identifiers that are no claim's: they are marked too
    claim_idf = sum(len(c.identifiers) for c in document.claims)
    assert article.count('<mark class="idf"') > claim_idf
    index = (site / "index.html").read_text()
    assert "rules digest <code>" in index and "version " in index and "total: 3 documents" in index


def test_references_and_warnings_are_shown_when_the_record_has_them(
    reviewed: tuple[Path, Path], tmp_path: Path
) -> None:
    extracted, _ = reviewed
    copy = tmp_path / "x"
    shutil.copytree(extracted, copy)
    record_file = copy / f"{SEED_003}.json"
    record: dict[str, Any] = json.loads(record_file.read_text())
    record["references"] = [
        {"id": "r1", "text": "Smith J. A trial. Lancet. 2020;1:2.", "span": [0, 10],
         "identifiers": [{"scheme": "pmid", "value": "12345678"}]},
    ]  # fmt: skip
    record["claims"][0]["references"] = ["r1"]
    record_file.write_text(json.dumps(record))
    run = json.loads((copy / "run.json").read_text())
    run["warnings"] = [{"path": SEED_003, "reason": "kept 3% of the visible text", "kept": 30}]
    (copy / "run.json").write_text(json.dumps(run))
    build_review(copy, tmp_path / "site", load_rules(RULES))
    page = (tmp_path / "site" / page_name(SEED_003)).read_text()
    assert '<li id="r1">' in page and "pubmed.ncbi.nlm.nih.gov/12345678" in page
    assert page.count('href="#r1"') == 2  # after the claim in the text and in the side list
    index = (tmp_path / "site" / "index.html").read_text()
    assert "Warnings (1)" in index and "kept 3% of the visible text" in index


def _browser(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)


@needs_chromium
def test_a_filter_shows_only_claims_of_its_kind(reviewed: tuple[Path, Path]) -> None:
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
    extracted, site = reviewed
    document = _document(extracted, SEED_000)
    with_pct = sum(1 for c in document.claims if c.percentages)
    pct_entity = sum(1 for c in document.claims if c.percentages and c.entities)
    hedged = sum(1 for c in document.claims if c.hedged)
    assert 0 < pct_entity < with_pct < hedged < len(document.claims)
    with playwright.sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto((site / page_name(SEED_000)).as_uri())
        items = page.locator("aside li")
        assert sum(items.nth(k).is_visible() for k in range(items.count())) == len(document.claims)
        page.click("#f-pct")
        visible = [k for k in range(items.count()) if items.nth(k).is_visible()]
        assert len(visible) == with_pct
        assert all("%" in items.nth(k).inner_text() for k in visible)
        # a claim without a percentage is no longer highlighted in the text
        plain = page.locator("article mark.claim:not(.k-pct)").first
        assert plain.evaluate("e => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)"
        page.click("#f-ent")  # both: claims with a percentage and an entity
        assert sum(items.nth(k).is_visible() for k in range(items.count())) == pct_entity
        page.click("#f-pct")
        page.click("#f-ent")
        page.click("#f-hedged")
        assert sum(items.nth(k).is_visible() for k in range(items.count())) == hedged
        # removed parts by reason
        boilerplate = page.locator('article del.removed[data-reason="boilerplate"]')
        assert boilerplate.count() > 0 and boilerplate.first.is_visible()
        page.click("#f-rm-boilerplate")
        assert not boilerplate.first.is_visible()
        # the side list stays in view while the text scrolls
        page.mouse.wheel(0, 6000)
        page.wait_for_timeout(100)
        assert page.locator("aside h2").bounding_box()["y"] < 100
        # identifiers outside claims are highlighted
        outside = page.locator("article mark.idf:not(mark.claim mark.idf)")
        assert outside.count() > 0
        browser.close()


@needs_chromium
def test_a_diff_entry_links_to_its_document_page(
    new_rule_runs: tuple[Path, Path], tmp_path: Path
) -> None:
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
    before, after = new_rule_runs
    result = build_diff_review(before, after, tmp_path / "d", load_rules(RULES))
    first = result.removed[0]
    (cause,) = result.causes[first["id"]]
    assert cause.rule == NEW_RULE_ID and cause.span is not None
    with playwright.sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto((tmp_path / "d" / "index.html").as_uri())
        entry = page.locator(f'li.diff-removed[data-id="{first["id"]}"]')
        assert NEW_RULE_ID in entry.inner_text() and "boilerplate" in entry.inner_text()
        entry.locator("a.page").click()
        page.wait_for_load_state()
        assert page.url.endswith(f"{page_name(SEED_000)}#{removal_anchor(cause.span)}")
        target = page.locator(f"#{removal_anchor(cause.span)}")
        assert target.is_visible() and NEW_RULE_ID in target.inner_text()
        assert target.bounding_box()["y"] < 1000  # scrolled to it
        browser.close()
