"""Static HTML pages for reviewing an extraction, or the diff between two, in a browser.

Everything is in the pages themselves: styles inline, no script, no font, no network.
``review`` writes an index of the documents (totals, the run's version, rules digest and
warnings) and one page per document: its cleaned text with each claim marked (percentages,
identifiers and entities marked by kind inside it, identifiers also outside claims), every
removed part struck through at its place with its reason and rule, and a sticky side list of the
claims with their citations and references. Filters (plain checkboxes and CSS ``:has``) show only
the claims of a kind and hide removed parts by reason.

The cleaned text is rebuilt from the source with the same rules, so the marks sit exactly where
the record's spans say. Each source is checked against the sha256 in its record first: a source
that changed or is missing gets a banner, and its page is built from the record alone (claims
and removed items in source order), never from other text than the one the spans point into.
"""

from __future__ import annotations

import html
import json
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ingest.batch import CACHE_DIR, RUN_FILE, input_root, sha256_file
from ingest.clean import CleanedPage
from ingest.clean.blocks import BlockKind, RawBlock
from ingest.diff import (
    Cause,
    Diff,
    RunInfo,
    claim_bearing,
    diff_paths,
    extraction_root,
    page_name,
    read_run,
    removal_anchor,
    summary,
)
from ingest.diff import _short as shorten
from ingest.emit import write_atomic
from ingest.errors import Errors, IngestError
from ingest.load import load
from ingest.models import Claim, Document, Removed
from ingest.outdir import check_complete, check_writable_folder
from ingest.pipeline import DocumentPipeline
from ingest.rules import Rules

__all__ = [
    "ReviewResult",
    "SourceCheck",
    "build_diff_review",
    "build_review",
    "page_name",
    "render_diff",
    "render_document",
]

# Inlined into every page: the pages must not fetch anything.
STYLE = resources.files("ingest").joinpath("review.css").read_text(encoding="utf-8")
# Kinds a reviewer filters claims by: (checkbox id suffix, class on the claim, label).
KINDS = (
    ("pct", "percentage"),
    ("idf", "identifier"),
    ("ent", "entity"),
    ("hedged", "hedged"),
    ("negated", "negated"),
    ("lang", "other language"),
)
SHOWN_REASONS = ("boilerplate", "duplicate", "foreign_language")
_SIDE_TEXT = 400  # characters of a claim in the side list before an ellipsis


def _page(title: str, header: str, body: str, single: bool = False) -> str:
    main_class = ' class="single"' if single else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>"
        f"<body><header>{header}</header><main{main_class}>{body}</main></body></html>\n"
    )


@dataclass(frozen=True)
class SourceCheck:
    """A document's source against its record: ``ok``, ``changed`` (other bytes) or ``missing``."""

    path: str
    status: str
    file: Path | None = None
    sha256: str = ""  # of the file found, when it differs

    def warning(self) -> str | None:
        if self.status == "missing":
            where = f" (looked for {self.file})" if self.file else ""
            return f"source not found{where}: {self.path}; its page lists the record alone"
        if self.status == "changed":
            return (
                f"source changed since the extraction: {self.file} has sha256 "
                f"{self.sha256[:16]}…, the record another; its page lists the record alone"
            )
        return None

    def banner(self, recorded: str) -> str:
        if self.status == "ok":
            return ""
        if self.status == "missing":
            text = (
                f"Source not found{f' at {self.file}' if self.file else ''}. The claims and "
                "removed parts below are the record's, without the page's text."
            )
        else:
            text = (
                f"This source changed after the extraction: {self.file} has sha256 "
                f"{self.sha256}, the record says {recorded}. Its text is not shown (the spans "
                "point into the old bytes); the claims and removed parts below are the record's."
            )
        return f'<p class="banner" role="alert" data-status="{self.status}">{html.escape(text)}</p>'


@dataclass(frozen=True)
class ReviewResult:
    pages: int
    missing_sources: tuple[str, ...]
    changed_sources: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())  # one line each, for stderr


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
    free: bool = False  # may stand outside a claim (the document's identifiers)


def _kinds(claim: Claim) -> str:
    """The filter classes of a claim."""
    on = (
        ("pct", bool(claim.percentages)),
        ("idf", bool(claim.identifiers)),
        ("ent", bool(claim.entities)),
        ("hedged", claim.hedged),
        ("negated", claim.negated),
        ("lang", claim.language is not None),
    )
    return " ".join(f"k-{name}" for name, yes in on if yes)


def _claim_attributes(claim: Claim) -> str:
    """id and title of a claim's mark; a claim in another language than its page's is marked
    up in it (``lang``) and says so in its title."""
    if claim.language is None:
        return f'id="{claim.id}" title="{claim.id}"'
    language = html.escape(claim.language)
    return f'id="{claim.id}" lang="{language}" title="{claim.id} · language {language}"'


def _identifier_mark(
    s: int, e: int, scheme: str, value: str, resolvers: Resolvers, free: bool
) -> _Mark:
    url = resolvers.link(scheme, value)
    title = html.escape(f"{scheme}:{value}")
    inner = f'<a href="{html.escape(url)}">' if url else ""
    return _Mark(
        s,
        e,
        f'<mark class="idf" title="{title}">{inner}',
        ("</a>" if url else "") + "</mark>",
        1,
        free,
    )


def _reference_links(refs: list[str]) -> str:
    return "".join(f'<a class="ref" href="#{html.escape(r)}">{html.escape(r)}</a>' for r in refs)


def _marks_for(
    block: RawBlock,
    claims: list[Claim],
    resolvers: Resolvers,
    identifiers: list[tuple[str, str, tuple[int, int]]],
    claim_refs: dict[str, list[str]],
) -> list[_Mark]:
    text = block.text

    def offsets(span: tuple[int, int]) -> tuple[int, int]:
        return text.text_offset(span[0]), min(text.text_offset(span[1] - 1) + 1, len(text.text))

    marks: list[_Mark] = []
    for claim in claims:
        lo, hi = offsets(claim.span)
        if lo >= hi:
            continue
        flags = " hedged" if claim.hedged else ""
        flags += " negated" if claim.negated else ""
        refs = claim_refs.get(claim.id, [])
        after = f'<sup class="refs">{_reference_links(refs)}</sup>' if refs else ""
        marks.append(
            _Mark(
                lo,
                hi,
                f'<mark class="claim{flags} {_kinds(claim)}" {_claim_attributes(claim)}>',
                "</mark>" + after,
                0,
            )
        )
        for item in claim.percentages:
            s, e = offsets(item.span)
            marks.append(_Mark(s, e, '<mark class="pct" title="percentage">', "</mark>", 1))
        for ident in claim.identifiers:
            s, e = offsets(ident.span)
            marks.append(_identifier_mark(s, e, ident.scheme, ident.value, resolvers, False))
        for entity in claim.entities:
            s, e = offsets(entity.span)
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
    lo_block, hi_block = block.span
    for scheme, value, span in identifiers:
        if lo_block <= span[0] and span[1] <= hi_block:
            s, e = offsets(span)
            marks.append(_identifier_mark(s, e, scheme, value, resolvers, True))
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
        crossing = [
            k
            for k in kept
            if k.depth < mark.depth
            and k.start < mark.end
            and mark.start < k.end
            and not (k.start <= mark.start and mark.end <= k.end)
        ]
        same = [
            k for k in kept if k.depth == mark.depth and k.start < mark.end and mark.start < k.end
        ]
        if (mark.depth == 0 or outer or (mark.free and not crossing)) and not same:
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
    return (
        f'<del class="removed" id="{removal_anchor(item.span)}" '
        f'data-reason="{item.reason.value}">{badge}{text}</del>'
    )


def _record_claim_html(claim: Claim, claim_refs: dict[str, list[str]]) -> str:
    flags = " hedged" if claim.hedged else ""
    flags += " negated" if claim.negated else ""
    refs = claim_refs.get(claim.id, [])
    after = f'<sup class="refs">{_reference_links(refs)}</sup>' if refs else ""
    return (
        f'<p class="block"><mark class="claim{flags} {_kinds(claim)}" '
        f"{_claim_attributes(claim)}>{html.escape(claim.text)}</mark>{after}</p>"
    )


def _inside(span: tuple[int, int], removals: list[tuple[int, int]]) -> bool:
    return any(lo <= span[0] and span[1] <= hi for lo, hi in removals)


def _filters(claims: list[Claim], removed: list[Removed]) -> str:
    counts = Counter(kind for claim in claims for kind in _kinds(claim).split())
    boxes = "".join(
        f'<label><input type="checkbox" id="f-{name}"> {label} ({counts.get("k-" + name, 0)})'
        "</label>"
        for name, label in KINDS
    )
    reasons = Counter(r.reason.value for r in removed)
    shown = "".join(
        f'<label><input type="checkbox" id="f-rm-{reason}" checked> {reason} ({reasons[reason]})'
        "</label>"
        for reason in SHOWN_REASONS
    )
    return (
        f'<p class="filters"><span>only claims with:</span>{boxes}'
        f"<span>show removed:</span>{shown}</p>"
    )


def render_document(
    document: Document,
    page: CleanedPage | None,
    resolvers: Resolvers,
    *,
    check: SourceCheck | None = None,
    extra: dict[str, Any] | None = None,
    index: str = "index.html",
) -> str:
    """One document's page. ``extra`` is the record as JSON, for fields this version's model may
    not have yet (``references``, ``claim.references``): they are shown when present."""
    claims = list(document.claims)
    raw = extra or {}
    if "references" in raw:
        references = [r for r in raw.get("references", []) if isinstance(r, dict)]
        claim_refs = {
            str(c.get("id")): [str(r) for r in c.get("references", [])]
            for c in raw.get("claims", [])
            if isinstance(c, dict) and c.get("references")
        }
    else:
        references = [r.model_dump(mode="json") for r in document.references]
        claim_refs = {c.id: list(c.references) for c in claims if c.references}
    removed = [r for r in document.removed if r.reason.value != "markup"]
    parts: list[str] = []
    if check is not None:
        parts.append(check.banner(document.source.sha256))
    if page is None:
        if check is None:
            parts.append(
                '<p class="banner" role="alert" data-status="missing">Source not found: the '
                "claims and removed parts below are the record's, without the page's text.</p>"
            )
        items = [(c.span[0], 1, _record_claim_html(c, claim_refs)) for c in claims]
        items.extend((r.span[0], 0, _removed_html(r)) for r in removed)
        parts.extend(item for _, _, item in sorted(items))
    else:
        removals = [r.span for r in removed]
        blocks = [b for b in page.blocks if not _inside(b.span, removals)]
        starts = [b.span[0] for b in blocks]
        per_block: dict[int, list[Claim]] = {}
        for claim in claims:
            k = bisect_right(starts, claim.span[0]) - 1
            if k >= 0:
                per_block.setdefault(k, []).append(claim)
        identifiers = [(i.scheme, i.value, span) for i in document.identifiers for span in i.spans]
        # Headings found by segmentation (short title-like lines) are paragraphs in the blocks.
        heading_levels = {s.span[0]: s.level for s in document.sections}
        blocks_html: list[tuple[int, int, str]] = []
        for k, block in enumerate(blocks):
            marks = _marks_for(block, per_block.get(k, []), resolvers, identifiers, claim_refs)
            body = _render_block(block, marks)
            level = heading_levels.get(block.span[0])
            blocks_html.append((block.span[0], 1, _block_html(block, body, level)))
        blocks_html.extend((r.span[0], 0, _removed_html(r)) for r in removed)
        parts.extend(item for _, _, item in sorted(blocks_html))
    if references:
        parts.append('<section class="references"><h2>References</h2><ol>')
        for ref in references:
            ids = " ".join(
                f'<a href="{html.escape(link)}">{html.escape(str(i.get("scheme")))}:'
                f"{html.escape(str(i.get('value')))}</a>"
                if (link := resolvers.link(str(i.get("scheme")), str(i.get("value"))))
                else html.escape(f"{i.get('scheme')}:{i.get('value')}")
                for i in ref.get("identifiers", [])
                if isinstance(i, dict)
            )
            parts.append(
                f'<li id="{html.escape(str(ref.get("id", "")))}">'
                f'<span class="ref-id">{html.escape(str(ref.get("id", "")))}</span> '
                f"{html.escape(str(ref.get('text', '')))} {ids}</li>"
            )
        parts.append("</ol></section>")
    markup = len(document.removed) - len(removed)
    side = [f"<aside><h2>Claims ({len(claims)})</h2><ol>"]
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
        if claim.language is not None:
            flags += f'<span class="badge">language {html.escape(claim.language)}</span>'
        refs = claim_refs.get(claim.id, [])
        ref_links = f'<div class="refs">references {_reference_links(refs)}</div>' if refs else ""
        side.append(
            f'<li class="{_kinds(claim)}"><a href="#{claim.id}">'
            f"{html.escape(shorten(claim.text, _SIDE_TEXT))}</a> {flags}"
            f'<div class="cites">{cites or "<em>no citation</em>"}</div>{ref_links}</li>'
        )
    side.append("</ol>")
    side.append("</aside>")
    source = document.source
    header = (
        f"<h1>{html.escape(document.title or source.path)}</h1>"
        f"<p>{html.escape(source.path)} · {source.media_type} · {source.encoding} · language "
        f"{document.language or '?'} · {len(claims)} claims · "
        f"{len(removed)} removed (+{markup} markup) · "
        f'<a href="{index}">all documents</a></p>'
        '<p class="legend"><mark class="claim">claim</mark><mark class="pct">percentage</mark>'
        '<mark class="idf">identifier</mark><mark class="ent" data-label="LABEL">entity</mark>'
        '<del class="removed" style="display:inline">removed</del></p>' + _filters(claims, removed)
    )
    body = f"<article>{''.join(parts)}</article>{''.join(side)}"
    return _page(document.title or source.path, header, body)


# --- the whole extraction ----------------------------------------------------------------------


def _records(extracted: Path) -> list[Path]:
    return sorted(
        p
        for p in extracted.rglob("*.json")
        if p != extracted / RUN_FILE and CACHE_DIR not in p.relative_to(extracted).parts
    )


def source_root(extracted: Path, raw: Path | None) -> Path | None:
    """Where the sources of an extraction are: ``raw`` when given, else the inputs run.json
    records, taken as given (from the folder the run started in), or from the extraction's
    parent folders (``ingest run raw -o extracted`` from a project, reviewed from elsewhere)."""
    if raw is not None:
        if not raw.exists():
            raise IngestError(Errors.E001, path=raw)
        return raw if raw.is_dir() else raw.parent
    try:
        inputs = json.loads((extracted / RUN_FILE).read_text(encoding="utf-8"))["inputs"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(inputs, list) or not inputs:
        return None
    here = extracted.resolve()
    bases = [Path.cwd(), here.parent, *here.parents[1:3]]
    for base in bases:
        paths = [base / str(p) for p in inputs]
        if all(p.exists() for p in paths):
            return input_root([p.resolve() for p in paths])
    return None


def check_source(document: Document, root: Path | None) -> SourceCheck:
    path = document.source.path
    # A WARC member's path is <archive>#<record id>: its text is in the archive, and its sha256
    # is that of the record's payload, which only reading the archive tells.
    archive = path.rpartition("#")[0] if document.source.uri else ""
    file = root / (archive or path) if root is not None else None
    if file is None or not file.is_file():
        return SourceCheck(path, "missing", file)
    if archive:
        return SourceCheck(path, "ok", file)
    found = sha256_file(file)
    if found != document.source.sha256:
        return SourceCheck(path, "changed", file, found)
    return SourceCheck(path, "ok", file)


class _PageWriter:
    """Writes document pages of one extraction, sources checked, with one set of rules."""

    def __init__(self, rules: Rules, root: Path | None) -> None:
        self.pipeline = DocumentPipeline(rules)
        self.resolvers = Resolvers(rules)
        self.root = root

    def write(
        self, record_file: Path, output: Path, index: str = "index.html"
    ) -> tuple[Document, SourceCheck]:
        text = record_file.read_text(encoding="utf-8")
        raw = json.loads(text)
        known = set(Document.model_fields)
        # a record of a newer minor version: its extra fields are shown, not validated here
        document = Document.model_validate(
            {k: v for k, v in raw.items() if k in known}
            | {"claims": [_known_claim(c) for c in raw.get("claims", [])]}
        )
        check = check_source(document, self.root)
        page = None
        if check.status == "ok" and check.file is not None:
            page = self.pipeline.clean(load(check.file, document.source.path))
        html_text = render_document(
            document, page, self.resolvers, check=check, extra=raw, index=index
        )
        write_atomic(output / page_name(document.source.path), html_text)
        return document, check


def _known_claim(claim: Any) -> Any:
    if not isinstance(claim, dict):
        return claim
    known = set(Claim.model_fields)
    return {k: v for k, v in claim.items() if k in known}


def _run_header(run: RunInfo, rules: Rules, record: dict[str, Any]) -> str:
    digest = run.rules_digest or "?"
    note = ""
    if run.rules_digest and run.rules_digest != rules.digest:
        note = (
            f' <span class="warn">(these pages rebuild the text with rules {rules.digest}, '
            "not the run's: marks may be misplaced)</span>"
        )
    schema = record.get("schema_version", "?")
    return (
        f"<p>version {html.escape(run.version or '?')} · schema {html.escape(str(schema))} · "
        f"rules digest <code>{html.escape(digest)}</code>{note}</p>"
    )


def rules_of_run(extracted: Path) -> Path:
    """The rules folder an extraction was made with, as run.json names it; the built-in rules
    when it names them, names none, or names a folder that is gone."""
    from ingest.rules import BUILTIN_NAME, BUILTIN_RULES_DIR

    try:
        named = json.loads((extracted / RUN_FILE).read_text(encoding="utf-8")).get("rules")
    except (OSError, ValueError, AttributeError):
        named = None
    if isinstance(named, str) and named != BUILTIN_NAME and Path(named).is_dir():
        return Path(named)
    return BUILTIN_RULES_DIR


def build_review(
    extracted: Path, output: Path, rules: Rules, raw: Path | None = None
) -> ReviewResult:
    if not extracted.is_dir() or not (extracted / "claims.jsonl").exists():
        raise IngestError(Errors.E007, path=extracted)
    check_complete(extracted)
    check_writable_folder(output)
    root = source_root(extracted, raw)
    writer = _PageWriter(rules, root)
    rows: list[str] = []
    checks: list[SourceCheck] = []
    records = _records(extracted)
    totals: Counter[str] = Counter()
    for record_path in records:
        document, check = writer.write(record_path, output)
        checks.append(check)
        name = page_name(document.source.path)
        reasons = Counter(item.reason.value for item in document.removed)
        totals.update(reasons)
        totals.update(
            claims=len(document.claims),
            identifiers=len(document.identifiers),
            entities=len(document.entities),
        )
        removed = ", ".join(f"{k} {v}" for k, v in sorted(reasons.items()))
        status = "" if check.status == "ok" else f' <span class="warn">source {check.status}</span>'
        rows.append(
            f'<tr><td><a href="{name}">{html.escape(document.source.path)}</a>{status}</td>'
            f"<td>{html.escape(document.title or '')}</td><td>{document.language or ''}</td>"
            f'<td class="num">{len(document.claims)}</td><td>{removed}</td>'
            f'<td class="num">{len(document.identifiers)}</td>'
            f'<td class="num">{len(document.entities)}</td></tr>'
        )
    run = read_run(extracted)
    try:
        run_record = json.loads((extracted / RUN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        run_record = {}
    if not isinstance(run_record, dict):
        run_record = {}
    problems = [c for c in checks if c.status != "ok"]
    header = (
        f"<h1>ingest review: {html.escape(str(extracted))}</h1>"
        f"<p>{len(records)} documents · sources from "
        f"{html.escape(str(root) if root else 'nowhere (give --raw)')}</p>"
        + _run_header(run, rules, run_record)
        + (
            f'<p class="banner" role="alert">{len(problems)} of {len(records)} sources missing '
            "or changed since the extraction: their pages list the record alone.</p>"
            if problems
            else ""
        )
    )
    removed_total = ", ".join(
        f"{k} {totals[k]}" for k in sorted(totals) if k not in ("claims", "identifiers", "entities")
    )
    table = (
        "<table><thead><tr><th>document</th><th>title</th><th>language</th><th>claims</th>"
        "<th>removed</th><th>identifiers</th><th>entities</th></tr></thead><tbody>"
        + "".join(rows)
        + '</tbody><tfoot><tr class="totals">'
        f"<td>total: {len(records)} documents</td><td></td><td></td>"
        f'<td class="num">{totals["claims"]}</td><td>{removed_total}</td>'
        f'<td class="num">{totals["identifiers"]}</td><td class="num">{totals["entities"]}</td>'
        "</tr></tfoot></table>" + _warnings_html(run, run_record)
    )
    write_atomic(output / "index.html", _page("ingest review", header, table, single=True))
    return ReviewResult(
        len(records),
        tuple(c.path for c in checks if c.status == "missing"),
        tuple(c.path for c in checks if c.status == "changed"),
        tuple(w for c in checks if (w := c.warning()) is not None),
    )


def _warnings_html(run: RunInfo, run_record: dict[str, Any]) -> str:
    """The run's warnings (pages that kept little of their text) and failures, when any."""
    parts = []
    if run.warnings:
        keys: list[str] = []
        for warning in run.warnings:
            keys.extend(k for k in warning if k not in keys)
        head = "".join(f"<th>{html.escape(k)}</th>" for k in keys)
        rows = "".join(
            "<tr>" + "".join(f"<td>{html.escape(str(w.get(k, '')))}</td>" for k in keys) + "</tr>"
            for w in run.warnings
        )
        parts.append(
            f'<h2>Warnings ({len(run.warnings)})</h2><table class="warnings"><thead><tr>{head}'
            f"</tr></thead><tbody>{rows}</tbody></table>"
        )
    failures = run_record.get("failures") or []
    if isinstance(failures, list) and failures:
        items = "".join(
            f"<li><code>{html.escape(str(f.get('path')))}</code>: "
            f"{html.escape(str(f.get('reason')))}</li>"
            for f in failures
            if isinstance(f, dict)
        )
        parts.append(f"<h2>Failures ({len(failures)})</h2><ul>{items}</ul>")
    return "".join(parts)


# --- a diff -----------------------------------------------------------------------------------


def _cause_html(cause: Cause) -> str:
    if cause.kind in ("removed", "was_removed") and cause.span:
        lead = "removed by" if cause.kind == "removed" else "the old run removed it:"
        return (
            f'<span class="why">{lead} <b>{html.escape(cause.reason)}</b> rule '
            f"<code>{html.escape(cause.rule)}</code> at {cause.span[0]}-{cause.span[1]} "
            f"(line {cause.line})</span>"
        )
    return f'<span class="why">{html.escape(cause.describe())}</span>'


def render_diff(result: Diff, pages: bool = False) -> str:
    """The diff page. With ``pages``, every entry links to its document page (written beside it
    by :func:`build_diff_review`: the new run's, or under old/ for what the new run lacks)."""
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

    def link(source: str, anchor: str, old: bool = False) -> str:
        if not pages:
            return ""
        href = f"{'old/' if old else ''}{page_name(source)}#{anchor}"
        return f' <a class="page" href="{html.escape(href)}">page</a>'

    def removal_link(key: str, source: str) -> str:
        for cause in result.causes.get(key, []):
            if cause.source != source:
                continue
            if cause.kind == "removed" and cause.span:
                return link(source, removal_anchor(cause.span))
            if cause.kind == "sentence_changed" and cause.claim:
                return link(source, cause.claim)
        return link(source, key, old=True)

    def causes(key: str, source: str) -> str:
        return "".join(
            f'<div class="cause" data-kind="{c.kind}">{_cause_html(c)}</div>'
            for c in result.causes.get(key, [])
            if c.source == source
        )

    sections = []
    for source, kinds in result.by_source().items():
        items = []
        for key in kinds["removed"]:
            items.append(
                f'<li class="diff-removed" data-id="{key}"><del>{html.escape(removed[key]["text"])}'
                f"</del> <code>{key}</code>{removal_link(key, source)}{causes(key, source)}</li>"
            )
            if key in pair_of:
                pair = pair_of[key]
                items.append(
                    f'<li class="diff-added" data-id="{pair.added}">'
                    f"<ins>{html.escape(added[pair.added]['text'])}</ins> "
                    f"<code>{pair.added}</code>{link(source, pair.added)}"
                    f"{fields(pair.changes)}</li>"
                )
        for key in kinds["added"]:
            if key not in paired_added:
                bearing = ", ".join(claim_bearing(added[key]))
                items.append(
                    f'<li class="diff-added" data-id="{key}"><ins>{html.escape(added[key]["text"])}'
                    f"</ins> <code>{key}</code>{link(source, key)}"
                    f'<div class="fields">claim-bearing: {html.escape(bearing or "∅")}</div>'
                    f"{causes(key, source)}</li>"
                )
        for key in kinds["changed"]:
            items.append(
                f'<li class="diff-changed" data-id="{key}">{html.escape(changed[key].text)} '
                f"<code>{key}</code>{link(source, key)}{fields(changed[key].changes)}</li>"
            )
        sections.append(
            f"<section><h2>{html.escape(source)}</h2>"
            f'<ul class="diff">{"".join(items)}</ul></section>'
        )
    names = f"{html.escape(result.old)} → {html.escape(result.new)}"
    runs = result.run_changes()
    run_lines = (
        "".join(f'<p class="runs">{html.escape(line)}</p>' for line in runs)
        if runs
        else '<p class="runs">same version and rules</p>'
    )
    header = f"<h1>ingest diff</h1><p>{names}: {summary(result)}</p>{run_lines}"
    body = "".join(sections) or "<p>No claim changed.</p>"
    return _page("ingest diff", header, body, single=True)


def build_diff_review(
    old: Path,
    new: Path,
    output: Path,
    rules: Rules | None = None,
    raw_old: Path | None = None,
    raw_new: Path | None = None,
) -> Diff:
    """The diff page, and with ``rules`` the document page of every source with a difference:
    the new run's, and under ``old/`` the old run's (where removed claims were)."""
    check_writable_folder(output)
    result = diff_paths(old, new)
    if rules is not None:
        sources = list(result.by_source())
        for root, raw, folder, back in (
            (extraction_root(new), raw_new, output, "index.html"),
            (extraction_root(old), raw_old, output / "old", "../index.html"),
        ):
            writer = _PageWriter(rules, source_root(root, raw))
            for source in sources:
                for name in (f"{source}.json", f"{source}.record.json"):
                    if (root / name).is_file():
                        writer.write(root / name, folder, index=back)
                        break
    write_atomic(output / "index.html", render_diff(result, pages=rules is not None))
    return result
