"""review: static pages, checked as HTML and in a real browser (Debian's Chromium)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.batch import run_batch
from ingest.models import Document
from ingest.review import build_diff_review, build_review, page_name
from ingest.rules import Rules

from .conftest import RULES, SEED_000, SEED_003

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
        shown = page.count('<del class="removed" data-reason=')
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


@pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium on this machine (make test installs Debian's chromium where it can)",
)
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
    assert '<li id="r1" value="1">Smith J, Jones R.' in rendered
    assert '<a href="#r1">[1]</a>' in rendered
