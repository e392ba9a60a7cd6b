"""Static HTML pages for reviewing an extraction, or the diff between two, in a browser.

Everything is in the pages themselves: styles inline, no script from elsewhere, no font, no
network. ``review`` writes an index of the documents with their counts and one page per
document: its cleaned text with each claim marked (percentages, identifiers and entities
marked by kind inside it), every removed part struck through at its place with its reason and
rule, identifiers linked to their resolvers, and a side list of the claims with their
citations. The cleaned text is rebuilt from the source with the same rules, so the marks sit
exactly where the record's spans say.
"""

from __future__ import annotations

import hashlib
import html
import json
from bisect import bisect_right
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ingest.batch import RUN_FILE, input_root
from ingest.clean import CleanedPage
from ingest.clean.blocks import BlockKind, RawBlock
from ingest.diff import Diff, diff_paths, summary
from ingest.emit import write_atomic
from ingest.errors import Errors, IngestError
from ingest.load import load
from ingest.models import Claim, Document, Removed
from ingest.pipeline import DocumentPipeline
from ingest.rules import Rules

# Inlined into every page: the pages must not fetch anything.
STYLE = resources.files("ingest").joinpath("review.css").read_text(encoding="utf-8")


def _page(title: str, header: str, body: str, single: bool = False) -> str:
    main_class = ' class="single"' if single else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>"
        f"<body><header>{header}</header><main{main_class}>{body}</main></body></html>\n"
    )


def page_name(source_path: str) -> str:
    stem = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in source_path)[:80]
    return f"{stem}.{hashlib.sha256(source_path.encode()).hexdigest()[:8]}.html"


@dataclass(frozen=True)
class ReviewResult:
    pages: int
    missing_sources: tuple[str, ...]


class Resolvers:
    """URL templates of identifier schemes (rules/identifiers.yaml)."""

    def __init__(self, rules: Rules) -> None:
        self._templates = {s.scheme: s.resolver for s in rules.identifiers.schemes if s.resolver}

    def link(self, scheme: str, value: str) -> str | None:
        template = self._templates.get(scheme)
        return template.format(value=value) if template else None


# --- one document ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Mark:
    start: int  # offsets in the block text
    end: int
    open: str
    close: str
    depth: int  # 0: claim, 1: a match inside it


def _marks_for(block: RawBlock, claims: list[Claim], resolvers: Resolvers) -> list[_Mark]:
    text = block.text
    marks: list[_Mark] = []
    for claim in claims:
        lo, hi = text.text_offset(claim.span[0]), text.text_offset(claim.span[1] - 1) + 1
        hi = min(hi, len(text.text))
        if lo >= hi:
            continue
        flags = " hedged" if claim.hedged else ""
        flags += " negated" if claim.negated else ""
        marks.append(
            _Mark(
                lo,
                hi,
                f'<mark class="claim{flags}" id="{claim.id}" title="{claim.id}">',
                "</mark>",
                0,
            )
        )
        for item in claim.percentages:
            s, e = text.text_offset(item.span[0]), text.text_offset(item.span[1] - 1) + 1
            marks.append(_Mark(s, e, '<mark class="pct" title="percentage">', "</mark>", 1))
        for ident in claim.identifiers:
            s, e = text.text_offset(ident.span[0]), text.text_offset(ident.span[1] - 1) + 1
            url = resolvers.link(ident.scheme, ident.value)
            title = html.escape(f"{ident.scheme}:{ident.value}")
            inner = f'<a href="{html.escape(url)}">' if url else ""
            marks.append(
                _Mark(
                    s,
                    e,
                    f'<mark class="idf" title="{title}">{inner}',
                    ("</a>" if url else "") + "</mark>",
                    1,
                )
            )
        for entity in claim.entities:
            s, e = text.text_offset(entity.span[0]), text.text_offset(entity.span[1] - 1) + 1
            title = html.escape(f"{entity.label}: {entity.canonical}")
            marks.append(
                _Mark(
                    s,
                    e,
                    f'<mark class="ent" data-label="{entity.label}" title="{title}">',
                    "</mark>",
                    1,
                )
            )
    return marks


def _render_block(block: RawBlock, marks: list[_Mark]) -> str:
    text = block.text.text
    kept: list[_Mark] = []
    for mark in sorted(marks, key=lambda m: (m.depth, m.start, -m.end)):
        if mark.start >= mark.end or mark.end > len(text):
            continue
        outer = [
            k for k in kept if k.depth < mark.depth and k.start <= mark.start and mark.end <= k.end
        ]
        same = [
            k for k in kept if k.depth == mark.depth and k.start < mark.end and mark.start < k.end
        ]
        if (mark.depth == 0 or outer) and not same:
            kept.append(mark)
    events: list[tuple[int, int, int, str]] = []
    for mark in kept:
        # At one offset: closes first (inner before outer), then opens (outer before inner).
        events.append((mark.start, 1, mark.depth, mark.open))
        events.append((mark.end, 0, -mark.depth, mark.close))
    events.sort()
    out: list[str] = []
    cursor = 0
    for offset, _, _, tag in events:
        out.append(html.escape(text[cursor:offset]))
        out.append(tag)
        cursor = offset
    out.append(html.escape(text[cursor:]))
    return "".join(out)


def _block_html(block: RawBlock, body: str, section_level: int | None) -> str:
    if section_level is not None or block.kind == BlockKind.HEADING:
        level = 2 if (section_level or block.heading_level or 2) <= 2 else 3
        return f'<h{level} class="block">{body}</h{level}>'
    return f'<p class="block kind-{block.kind.value}">{body}</p>'


def _removed_html(item: Removed) -> str:
    text = html.escape(item.text if len(item.text) <= 2000 else item.text[:2000] + " …")
    rule = html.escape(item.rule)
    badge = f'<span class="badge" title="rule {rule}">{item.reason.value} · {rule}</span>'
    return f'<del class="removed" data-reason="{item.reason.value}">{badge}{text}</del>'


def render_document(document: Document, page: CleanedPage | None, resolvers: Resolvers) -> str:
    claims = list(document.claims)
    parts: list[str] = []
    if page is None:
        parts.append("<p><em>Source not found: claims are listed without their text.</em></p>")
    else:
        starts = [b.span[0] for b in page.blocks]
        per_block: dict[int, list[Claim]] = {}
        for claim in claims:
            k = bisect_right(starts, claim.span[0]) - 1
            if k >= 0:
                per_block.setdefault(k, []).append(claim)
        removed = [r for r in document.removed if r.reason.value != "markup"]
        # Headings found by segmentation (short title-like lines) are paragraphs in the blocks.
        heading_levels = {s.span[0]: s.level for s in document.sections}
        items: list[tuple[int, int, str]] = []
        for k, block in enumerate(page.blocks):
            body = _render_block(block, _marks_for(block, per_block.get(k, []), resolvers))
            level = heading_levels.get(block.span[0])
            items.append((block.span[0], 1, _block_html(block, body, level)))
        items.extend((r.span[0], 0, _removed_html(r)) for r in removed)
        parts.extend(item for _, _, item in sorted(items))
    markup = sum(1 for r in document.removed if r.reason.value == "markup")
    side = ["<aside><h2>Claims</h2><ol>"]
    for claim in claims:
        cites = " ".join(
            f'<a href="{html.escape(link)}">{c.scheme}:{c.value}</a>'
            if (link := resolvers.link(c.scheme, c.value))
            else f"{c.scheme}:{c.value}"
            for c in claim.citations
        )
        flags = "".join(
            f'<span class="badge">{flag}</span>'
            for flag, on in (("hedged", claim.hedged), ("negated", claim.negated))
            if on
        )
        # The entries the claim's in-text markers cite, linked to the reference list below.
        refs = " ".join(f'<a href="#{r}">[{r[1:]}]</a>' for r in claim.references)
        refs_html = f' <span class="refs">{refs}</span>' if refs else ""
        side.append(
            f'<li><a href="#{claim.id}">{html.escape(claim.text[:160])}</a>{refs_html} {flags}'
            f'<div class="cites">{cites or "<em>no citation</em>"}</div></li>'
        )
    side.append("</ol>")
    if document.references:
        side.append('<h2>References</h2><ol class="references">')
        for entry in document.references:
            ids = " ".join(
                f'<a href="{html.escape(link)}">{c.scheme}:{c.value}</a>'
                if (link := resolvers.link(c.scheme, c.value))
                else f"{c.scheme}:{c.value}"
                for c in entry.identifiers
            )
            side.append(
                f'<li id="{entry.id}" value="{entry.id[1:]}">{html.escape(entry.text[:300])}'
                f'<div class="cites">{ids}</div></li>'
            )
        side.append("</ol>")
    side.append("</aside>")
    source = document.source
    header = (
        f"<h1>{html.escape(document.title or source.path)}</h1>"
        f"<p>{html.escape(source.path)} · {source.media_type} · {source.encoding} · language "
        f"{document.language or '?'} · {len(claims)} claims · "
        f"{len(document.removed) - markup} removed (+{markup} markup) · "
        '<a href="index.html">all documents</a></p>'
        '<p class="legend"><mark class="claim">claim</mark><mark class="pct">percentage</mark>'
        '<mark class="idf">identifier</mark><mark class="ent" data-label="LABEL">entity</mark>'
        '<del class="removed" style="display:inline">removed</del></p>'
    )
    body = f"<article>{''.join(parts)}</article>{''.join(side)}"
    return _page(document.title or source.path, header, body)


# --- the whole extraction ----------------------------------------------------------------------


def _records(extracted: Path) -> list[Path]:
    return sorted(
        p
        for p in extracted.rglob("*.json")
        if p.name != RUN_FILE and ".ingest-cache" not in p.parts
    )


def _source_root(extracted: Path, raw: Path | None) -> Path | None:
    if raw is not None:
        if not raw.exists():
            raise IngestError(Errors.E001, path=raw)
        return raw if raw.is_dir() else raw.parent
    try:
        inputs = json.loads((extracted / RUN_FILE).read_text(encoding="utf-8"))["inputs"]
    except (OSError, ValueError, KeyError):
        return None
    paths = [Path(p) for p in inputs if Path(p).exists()]
    return input_root([p.resolve() for p in paths]) if paths else None


def build_review(
    extracted: Path, output: Path, rules: Rules, raw: Path | None = None
) -> ReviewResult:
    if not extracted.is_dir() or not (extracted / "claims.jsonl").exists():
        raise IngestError(Errors.E007, path=extracted)
    root = _source_root(extracted, raw)
    pipeline = DocumentPipeline(rules)
    resolvers = Resolvers(rules)
    rows: list[str] = []
    missing: list[str] = []
    records = _records(extracted)
    for record_path in records:
        document = Document.model_validate_json(record_path.read_text(encoding="utf-8"))
        source_file = root / document.source.path if root is not None else None
        page: CleanedPage | None = None
        if source_file is not None and source_file.is_file():
            page = pipeline.clean(load(source_file, document.source.path))
        else:
            missing.append(document.source.path)
        name = page_name(document.source.path)
        write_atomic(output / name, render_document(document, page, resolvers))
        reasons: dict[str, int] = {}
        for item in document.removed:
            reasons[item.reason.value] = reasons.get(item.reason.value, 0) + 1
        removed = ", ".join(f"{k} {v}" for k, v in sorted(reasons.items()))
        rows.append(
            f'<tr><td><a href="{name}">{html.escape(document.source.path)}</a></td>'
            f"<td>{html.escape(document.title or '')}</td><td>{document.language or ''}</td>"
            f'<td class="num">{len(document.claims)}</td><td>{removed}</td>'
            f'<td class="num">{len(document.identifiers)}</td>'
            f'<td class="num">{len(document.entities)}</td></tr>'
        )
    header = (
        f"<h1>ingest review: {html.escape(str(extracted))}</h1>"
        f"<p>{len(records)} documents · sources from "
        f"{html.escape(str(root) if root else 'nowhere')}</p>"
    )
    table = (
        "<table><thead><tr><th>document</th><th>title</th><th>language</th><th>claims</th>"
        "<th>removed</th><th>identifiers</th><th>entities</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )
    write_atomic(output / "index.html", _page("ingest review", header, table, single=True))
    return ReviewResult(len(records), tuple(missing))


# --- a diff -----------------------------------------------------------------------------------


def render_diff(result: Diff) -> str:
    added = {r["id"]: r for r in result.added}
    removed = {r["id"]: r for r in result.removed}
    changed = {c.id: c for c in result.changed}
    pair_of = {p.removed: p for p in result.pairs}
    paired_added = {p.added for p in result.pairs}

    def fields(changes: list[Any]) -> str:
        return "".join(
            f'<div class="fields">{html.escape(c.field)}: {html.escape(c.old or "∅")} → '
            f"{html.escape(c.new or '∅')}</div>"
            for c in changes
        )

    sections = []
    for source, kinds in result.by_source().items():
        items = []
        for key in kinds["removed"]:
            items.append(
                f'<li class="diff-removed"><del>{html.escape(removed[key]["text"])}</del> '
                f"<code>{key}</code></li>"
            )
            if key in pair_of:
                pair = pair_of[key]
                items.append(
                    f'<li class="diff-added"><ins>{html.escape(added[pair.added]["text"])}</ins> '
                    f"<code>{pair.added}</code>{fields(pair.changes)}</li>"
                )
        for key in kinds["added"]:
            if key not in paired_added:
                items.append(
                    f'<li class="diff-added"><ins>{html.escape(added[key]["text"])}</ins> '
                    f"<code>{key}</code></li>"
                )
        for key in kinds["changed"]:
            items.append(
                f'<li class="diff-changed">{html.escape(changed[key].text)} <code>{key}</code>'
                f"{fields(changed[key].changes)}</li>"
            )
        sections.append(
            f"<section><h2>{html.escape(source)}</h2>"
            f'<ul class="diff">{"".join(items)}</ul></section>'
        )
    names = f"{html.escape(result.old)} → {html.escape(result.new)}"
    header = f"<h1>ingest diff</h1><p>{names}: {summary(result)}</p>"
    body = "".join(sections) or "<p>No claim changed.</p>"
    return _page("ingest diff", header, body, single=True)


def build_diff_review(old: Path, new: Path, output: Path) -> Diff:
    result = diff_paths(old, new)
    write_atomic(output / "index.html", render_diff(result))
    return result
