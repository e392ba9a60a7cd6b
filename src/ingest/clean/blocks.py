"""Blocks: the units of text cleaning decides on (a line, paragraph, list item, table row).

Markdown residue of text pages is read here: ``[anchor](target)`` keeps its anchor, ``# ``
heading marks, list bullets and emphasis marks are markup, ``| a | b |`` is a table row.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from itertools import pairwise
from types import MappingProxyType

import regex

from ingest.rules.models import CitationMarkerRules
from ingest.rules.patterns import compile_pattern
from ingest.text import MARKDOWN_ESCAPE, word_count
from ingest.textmap import MappedText, Piece, TextBuilder


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"
    FIELD = "field"  # "Label : text"


@dataclass(frozen=True, slots=True)
class Link:
    target: str  # as written in the source
    start: int  # source span of the target
    end: int
    anchor: int  # source offset where the link's anchor text starts


@dataclass(frozen=True, slots=True)
class RawBlock:
    kind: BlockKind
    text: MappedText
    heading_level: int | None
    links: tuple[Link, ...]
    line: int
    anchors: tuple[tuple[int, int], ...] = ()  # source spans of link anchor texts
    caption: bool = False  # a figure's or table's caption (HTML figcaption, caption)
    # The boilerplate rule that would have cut the element holding this block, when the
    # emitter was asked to label such blocks instead of cutting them (the main-content vote).
    dropped_by: str | None = None
    # The HTML element the block's text starts in (its number in the page's element index,
    # whose parents Extraction.parents lists), -1 in text pages.
    element: int = -1
    # In a part the page hides until a reader opens it (a tab panel, a "read more"), kept as
    # content (rules/markup.yaml disclosure): the main-content voter, which drops hidden
    # parts, has no say on it.
    disclosed: bool = False
    # A table row of header cells only (every cell a <th>): the labels of the columns below
    # it. A claim is a row with a label and a value, so such a row is never one.
    header_row: bool = False
    # A quotation (HTML <blockquote>, a markdown "> " line): the writer's choice of words in
    # whatever language they were said, never judged as a foreign part of the page.
    quote: bool = False

    @property
    def span(self) -> tuple[int, int]:
        return self.text.span

    @property
    def link_mask(self) -> list[bool]:
        """For each character of the text: does it stand inside a link anchor?"""
        mask = [False] * len(self.text.text)
        if not self.anchors:
            return mask
        # A source offset is inside a link when the last anchor starting at or before it
        # reaches past it: anchor k governs [start k, start k+1), up to its own end. Whole
        # ranges are set at once (a character at a time was a few per cent of a run).
        starts = [a[0] for a in self.anchors]
        inside = [
            (start, min(end, starts[k + 1]) if k + 1 < len(starts) else end)
            for k, (start, end) in enumerate(self.anchors)
        ]
        for piece in self.text.pieces:
            first = piece.source_start
            if not piece.verbatim:  # every character stands for the piece's source start
                k = bisect_right(starts, first) - 1
                if k >= 0 and first < inside[k][1]:
                    mask[piece.start : piece.end] = [True] * (piece.end - piece.start)
                continue
            last = first + (piece.end - piece.start)
            k = max(bisect_right(starts, first) - 1, 0)
            while k < len(inside) and inside[k][0] < last:
                lo, hi = max(inside[k][0], first), min(inside[k][1], last)
                if lo < hi:
                    at = piece.start - first
                    mask[lo + at : hi + at] = [True] * (hi - lo)
                k += 1
        return mask

    @property
    def link_chars(self) -> int:
        if not self.anchors:
            return 0
        return sum(
            1
            for inside, ch in zip(self.link_mask, self.text.text, strict=True)
            if inside and ch.isalnum()
        )


_SPACE = re.compile(r"\s+")


def collapse_space(mapped: MappedText) -> MappedText:
    """Runs of whitespace become one space (mapped to the whole run); ends are stripped.

    Works piece by piece: a single space stays a verbatim piece, a longer run (or one that
    crosses markup) becomes one replacement piece that stands for the whole run.
    """
    text = mapped.text
    if not text:
        return mapped
    if "  " in text or _ODD_SPACE.search(text):
        pass  # runs of whitespace to collapse: piece by piece, below
    elif text.strip() == text:
        return mapped
    elif len(mapped.pieces) == 1 and mapped.pieces[0].verbatim:
        # Single spaces only, and some at the ends (a line cut after a space): one verbatim
        # piece, as the general path would merge it, without rebuilding it word by word.
        stripped = text.strip(" ")
        if not stripped:
            return TextBuilder().build()
        start = mapped.pieces[0].source_start + len(text) - len(text.lstrip(" "))
        piece = Piece(0, len(stripped), start, start + len(stripped), True)
        return MappedText(stripped, (piece,), (0,))
    return _collapse_pieces(mapped)


def _collapse_pieces(mapped: MappedText) -> MappedText:
    """:func:`collapse_space`, piece by piece: the general path."""
    text = mapped.text
    builder = TextBuilder()
    pending: list[int] = []  # [source start, source end, 1 if a lone verbatim " "]

    def flush() -> None:
        if pending and len(builder):
            start, end, lone = pending
            builder.add(" ", start, end, verbatim=bool(lone))
        pending.clear()

    def space(start: int, end: int, lone: bool) -> None:
        if pending:
            pending[1], pending[2] = end, 0
        else:
            pending.extend((start, end, int(lone)))

    for piece in mapped.pieces:
        chunk = text[piece.start : piece.end]
        if not piece.verbatim:
            if chunk.isspace():
                space(piece.source_start, piece.source_end, False)
            else:
                flush()
                builder.add(chunk, piece.source_start, piece.source_end, verbatim=False)
            continue
        position = 0
        base = piece.source_start
        for match in _SPACE.finditer(chunk):
            if match.start() > position:
                flush()
                builder.add(
                    chunk[position : match.start()],
                    base + position,
                    base + match.start(),
                    verbatim=True,
                )
            space(base + match.start(), base + match.end(), match.group() == " ")
            position = match.end()
        if position < len(chunk):
            flush()
            builder.add(chunk[position:], base + position, base + len(chunk), verbatim=True)
    return builder.build()


_ODD_SPACE = re.compile(r"[^\S ]")


# --- markdown ---------------------------------------------------------------------------------

# A link's anchor may hold an image ("[![logo](/logo.svg)](/home)", a linked badge or logo): the
# image is markup as a whole, and the link around it too.
_IMAGE_IN_ANCHOR = r"!\[[^\[\]\n]*\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"]*\")?\)"
# A link's "(target)" or "(target "title")", one level of parentheses inside the target; as
# CommonMark allows, a target in angle brackets, which may hold spaces ("(<my page.html>)"); and
# a site source's template placeholders in a target, spaces and all ("({{ site.baseurl }}/asthma)",
# "(<?=BASE_URL ?>asthma)", "({% link faq.md %})"), as pages kept in a site's repository hold them.
# Possessive: a character is read once, as a placeholder's or as its own, never both ways.
_TEMPLATE_PLACEHOLDER = r"(?:\{\{[^{}\n]*\}\}|\{%[^{}\n]*%\}|<\?[^<>\n]*\?>)"
_LINK_TARGET = (
    r"\((?P<target><[^<>\n]*>|(?:"
    + _TEMPLATE_PLACEHOLDER
    + r"|[^()\s])*+(?:\([^()\s]*\)(?:"
    + _TEMPLATE_PLACEHOLDER
    + r"|[^()\s])*+)*)(?:\s+\"[^\"]*\")?\)"
)
_LINK = re.compile(
    r"(?P<image>!?)\[(?P<anchor>(?:[^\[\]\n]|" + _IMAGE_IN_ANCHOR + r")*)\]" + _LINK_TARGET
)
_NESTED_IMAGE = re.compile(_IMAGE_IN_ANCHOR)
# An image whose file name holds spaces ("![...](head/blood/a (1).jpg)", as a scraper saved it):
# no link target of CommonMark, but an image by its extension; markup whole.
_SPACED_IMAGE = re.compile(
    r"!\[[^\[\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*?"
    r"\.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?)(?:\?[^()\s]*)?(?:\s+\"[^\"]*\")?\)",
    re.IGNORECASE,
)
# A reference-style link ("[Hongfang Liu][29]", "PMID: [40417588][31]"): its label is text, its
# brackets and reference are markup; the target stands in a definition line elsewhere on the
# page ("[29]: https://…", :func:`link_definitions`). Not after a word or a bracket ("matrix[i][j]",
# "[5][6]" read from its second bracket), not a footnote's "[^1]".
_REFERENCE_LINK = re.compile(
    r"(?<![\w\]\\^])\[(?!\^)(?P<anchor>[^\[\]\n]+)\]\[(?P<ref>[^\[\]\n]{1,40})\]"
)
# A citation number as a link's label ("[7][47]": the marker 7 linked to its entry).
_MARKER_ANCHOR = re.compile(r"\d{1,3}(?:\s*[-–,]\s*\d{1,3})*")
# A link definition: "[29]: https://…", '  [1]: /x "Title"' (CommonMark: up to three spaces, a
# destination that reads as one: a URL, a path, a fragment, or one in angle brackets; a title
# in quotes or brackets). Not a footnote ("[^1]: text"), not a label and its words ("[Note]:
# 45%", "[Update]: Retracted.").
_LINK_DEFINITION = re.compile(
    r"^[ \t]{0,3}\[(?!\^)(?P<label>[^\[\]\n]{1,40})\]:[ \t]*"
    r"(?P<target><[^<>\n]*>|(?=\S*[/:#])\S+)"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$",
    re.MULTILINE,
)
# A fenced code block: what it holds defines no link.
_FENCE = re.compile(
    r"^[ \t]{0,3}(```|~~~)[^\n]*\n.*?^[ \t]{0,3}\1[ \t]*$", re.MULTILINE | re.DOTALL
)
# The close of a link whose anchor a scraper broke over lines ("* [Next" / ":" / "Symptoms](/x)"):
# the line holds "](target)" and no "[" before it; the text before it is the anchor's rest.
_DANGLING_LINK_CLOSE = re.compile(r"^(?P<anchor>[^\[\]\n]*)\]" + _LINK_TARGET)
# Its open: a list item of a few words that opens with "[" and has no "]" after it ("* [Next"); a
# sentence in brackets ("[Update: 40% of the patients ...") is text.
_DANGLING_LINK_OPEN = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])\s+\[(?=[^\[\]\n]*$)(?=(?:\S+\s*){0,4}$)")
# Marks, then a space; or two marks or more glued to a letter ("##THESIS URL", "###Results"), as
# scrapes and hand-written posts leave them (CommonMark wants the space, but "##" before a word
# is no hashtag, which takes one mark: "#health"): a short line of a label's words, not a
# sentence ("##COVID19 kills 2% of those infected." stays text).
_HEADING_MARK = re.compile(r"^(?P<marks>#{1,6})(?:\s+|(?<=##)(?=[^\W\d_])(?=[^\d%.!?\n]{1,60}$))")
_CLOSING_HASHES = re.compile(r"\s+#+$")
# A MediaWiki heading: "== Life cycle ==", "=== Diagnosis ===" (the same run of two to six marks
# on both sides; "==" is the page's second level, as "##").
_WIKI_HEADING = re.compile(
    r"^(?P<marks>={2,6})[ \t]*(?=[^=\s])(?P<title>.*?[^=\s])[ \t]*(?P=marks)[ \t]*$"
)
# A heading's permalink at its end: a link to its own place on the page whose label is a sign
# ("## Results [#](#results)", "¶", "§", "🔗"), as documentation sites print one.
_PERMALINK = re.compile(r"\s*\[(?:#|¶|§|🔗|link)\]\(#[^)\s]*\)\s*$")
# Matched at a position (after a quote's ">"): no "^", which would match at the text's start only.
_BULLET = re.compile(r"(?:[-*+•·▪◦‣●○■□➤►▶✓✔–]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^>\s?")
# A callout's first line in a quote (Obsidian "> [!summary]- Title", GitHub "> [!NOTE]"): the
# marker is markup, the title after it heads the callout's lines.
_CALLOUT = re.compile(r"\[!(?P<type>[A-Za-z][\w-]*)\][+-]?[ \t]*")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
_HORIZONTAL_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,}|={3,})$")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# Marks that open a block's text or close it, unpaired there: a bold run over lines.
_OPEN_OR_CLOSE_EMPHASIS = re.compile(r"\A(?:\*\*|__)(?=[^\s*_])|(?<=[^\s*_])(?:\*\*|__)\Z")
# Single marks, as CommonMark reads them: an opening mark not after a letter, digit or another
# mark and before a non-space; a closing one after a non-space and not before a letter or digit
# ("_Sentinella_", "*low income*"; never "TAK-648_101", "2*3*4", "/_next_/" in a URL or a
# footnote's "p<0.05*"). A scientific scrape's italic variable before its subscript ("macro
# _F_1-scores", "_R_2", "_t_1/2") closes before a digit: one to three letters between the marks.
_SINGLE_EMPHASIS = re.compile(
    r"(?<![\w*\\/=])\*(?=[^\s*])(?:[^*\n])+?(?<=[^\s*\\])\*(?![\w*/])"
    r"|(?<![\w\\/=])_(?=[^\s_])(?:[^_\n])+?(?<=[^\s_\\])_(?![\w/])"
    r"|(?<![\w\\/=])_[^\W\d_]{1,3}_(?=\d{1,3}(?![\d.,]\d))"
)
_CODE = re.compile(r"`([^`\n]+)`")
_FIELD = re.compile(r"^(?P<label>[^\s:][^:]{0,60}?)\s*:\s+\S")


# --- front matter -----------------------------------------------------------------------------

# Metadata at the top of a markdown page, as static-site generators and crawlers write it: YAML
# between "---" lines (Jekyll, Hugo), TOML between "+++" lines (Hugo), or a JSON object (Hugo).
_YAML_FRONT = re.compile(r"---[ \t]*\r?\n(?P<body>(?:.*\r?\n)*?)(?:---|\.\.\.)[ \t]*(?:\r?\n|$)")
_TOML_FRONT = re.compile(r"\+\+\+[ \t]*\r?\n(?P<body>(?:.*\r?\n)*?)\+\+\+[ \t]*(?:\r?\n|$)")
_YAML_KEY = re.compile(r"^[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|\r?$)", re.MULTILINE)
_TOML_KEY = re.compile(r"^[A-Za-z_][\w-]*[ \t]*=", re.MULTILINE)
_FRONT_MAX = 65536  # front matter is a few lines; a page that opens with a long object is data


# A YAML front matter's entry: "key: value", "- key: value" (an item of a list of mappings), or
# a list's item without a key ("- |", "- \"a string …").
_YAML_ENTRY = re.compile(
    r"(?P<indent>[ \t]*)(?:(?P<item>-)[ \t]+)?(?:(?P<key>[^\s:#'\"-][^:#]*?)[ \t]*:)?"
    r"(?:[ \t]*(?P<value>(?<=[ \t])\S.*?))?[ \t]*\r?"
)
_BLOCK_SCALAR = re.compile(r"[|>][-+0-9]*")


def front_matter_prose(
    text: str,
    span: tuple[int, int],
    min_words: int,
    metadata_keys: Collection[str] = (),
    text_keys: re.Pattern[str] | None = None,
    *,
    text_keys_only: bool = False,
) -> list[tuple[int, int]]:
    """The source spans of a YAML or TOML front matter's values that are prose, one per line:
    a modular CMS page keeps its text there (Grav's accordion: ``body: "Erkrankungen des
    Nervensystems, z. B.: - Parkinson-Syndrom …"``, Hugo's ``intro_text = "<p>…</p>"``). A
    value is prose when it is a string over several lines, a block scalar (``|``, ``>``), or
    a one-line value of ``min_words`` words at least under a key that ``text_keys`` matches
    whole (its last segment: ``intro_text``, ``body``; not an SEO field's ``og_description``);
    never under a key of ``metadata_keys`` (folded: a title, a citation, an author are
    metadata however long). A date, a tag list are not. 0: none. ``text_keys_only``: a value
    of any length is prose only under a key ``text_keys`` matches (an abstract, a body; never
    a description's block scalar, an SEO blurb)."""
    if min_words <= 0 or not text.startswith(("---", "+++", "{"), span[0]):
        return []
    first = text.find("\n", span[0], span[1])
    if first < 0 and not text.startswith("{", span[0]):
        return []
    metadata = {key.casefold() for key in metadata_keys}

    def text_key(key: str) -> bool:
        last = key.rsplit(".", 1)[-1].strip('"')
        return text_keys is not None and text_keys.fullmatch(last) is not None

    def one_line_text(key: str, value: str) -> bool:
        return text_key(key) and word_count(value) >= min_words

    def prose_key(key: str) -> bool:
        return key.casefold() not in metadata and (not text_keys_only or text_key(key))

    if text.startswith("+++", span[0]):
        return _toml_prose(text, first + 1, span[1], prose_key, one_line_text)
    if text.startswith("{", span[0]) or text[first + 1 : span[1]].lstrip().startswith("{"):
        return _json_prose(text, span, prose_key, one_line_text)  # a JSON object, bare or in "---"
    out: list[tuple[int, int]] = []

    def add(lo: int, hi: int) -> None:
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if lo < hi:
            out.append((lo, hi))

    # A string left open on an earlier line (its quote); the indent of the entry whose value
    # goes on over more indented lines (a block scalar's, a plain value's), and whether those
    # lines are kept; whether the open value is prose (False under a metadata key).
    quote: str | None = None
    block_indent: int | None = None
    keep_block = False
    prose = True
    position = first + 1
    while position < span[1]:
        end = text.find("\n", position, span[1])
        end = span[1] if end < 0 else end
        line = text[position:end]
        start, position = position, end + 1
        if quote is not None:
            close = _closing_quote(line, 0, quote)
            if prose:
                add(start, start + (len(line) if close < 0 else close))
            quote = None if close >= 0 else quote
            continue
        if block_indent is not None:
            if not line.strip():
                continue
            if len(line) - len(line.lstrip()) > block_indent:
                if keep_block:
                    add(start, end)
                continue
            block_indent = None
        if line.rstrip() in ("---", "..."):
            break  # the closing line, at its first column
        entry = _YAML_ENTRY.fullmatch(line)
        if entry is None or entry.group("value") is None:
            continue
        if entry.group("key") is None and entry.group("item") is None:
            continue  # a plain line of no entry
        value, at = entry.group("value"), entry.start("value")
        key = (entry.group("key") or "").strip()
        prose = prose_key(key)
        indent = len(entry.group("indent"))
        if _BLOCK_SCALAR.fullmatch(value):
            block_indent, keep_block = indent, prose
        elif value[:1] in ("'", '"'):
            close = _closing_quote(line, at + 1, value[0])
            if close < 0:
                quote = value[0]
                if prose:
                    add(start + at + 1, end)
            elif prose and key and one_line_text(key, line[at + 1 : close]):
                add(start + at + 1, start + close)
        elif value[:1] not in "[{&*!|>":
            # A plain value may go on over more indented lines, as an editor wraps it.
            text_value = prose and bool(key) and one_line_text(key, value)
            if text_value:
                add(start + at, end)
            block_indent, keep_block = indent, text_value
    return out


# A TOML front matter's entry: "key = value" (a table's header, "[menu.main]", is none).
_TOML_ENTRY = re.compile(r"[ \t]*(?P<key>[\w.-]+|\"[^\"]*\")[ \t]*=[ \t]*(?P<value>.*?)[ \t]*\r?")


def _toml_prose(
    text: str,
    position: int,
    end_of_front: int,
    prose_key: Callable[[str], bool],
    one_line_text: Callable[[str, str], bool],
) -> list[tuple[int, int]]:
    """:func:`front_matter_prose` of a TOML front matter (Hugo: ``intro_text = "<p>…</p>"``):
    a string over several lines (triple quotes) whole, a one-line string ``one_line_text``
    takes (a one-line triple-quoted one too)."""
    out: list[tuple[int, int]] = []
    triple: str | None = None  # the delimiter of a multi-line string left open
    prose = True
    while position < end_of_front:
        end = text.find("\n", position, end_of_front)
        end = end_of_front if end < 0 else end
        line = text[position:end]
        start, position = position, end + 1
        if triple is not None:
            close = line.find(triple)
            if prose:
                out.append((start, start + (len(line) if close < 0 else close)))
            triple = None if close >= 0 else triple
            continue
        if line.rstrip() == "+++":
            break  # the closing line, at its first column
        entry = _TOML_ENTRY.fullmatch(line)
        if entry is None:
            continue
        value, at = entry.group("value"), entry.start("value")
        key = entry.group("key").strip('"')
        prose = prose_key(key)
        if value.startswith(('"""', "'''")):
            delimiter = value[:3]
            close = line.find(delimiter, at + 3)
            if close < 0:
                triple = delimiter
                if prose:
                    out.append((start + at + 3, end))
            elif prose and one_line_text(key, line[at + 3 : close]):
                out.append((start + at + 3, start + close))
        elif value[:1] in ("'", '"'):
            close = _closing_quote(line, at + 1, value[0])
            if prose and close > 0 and one_line_text(key, line[at + 1 : close]):
                out.append((start + at + 1, start + close))
    return [(lo, hi) for lo, hi in out if text[lo:hi].strip()]


# A JSON front matter's tokens: a string, a bracket, a colon, a comma (numbers, true, false and
# null stand between them untokenized: a comma says the next string of an object is a key).
_JSON_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|[{}\[\]:,]')
# The escapes of a JSON string, read left to right ("\\\\n" is a backslash and an n).
_JSON_ESCAPE = re.compile(r"\\(?:u[0-9A-Fa-f]{4}|.)")
# What stands between two kept pieces of a JSON string: escapes of no letter ("\n", "\t") and
# the backslash of an escaped character ('\"', "\/", "\\\\", whose character is kept).
_JSON_GAP = re.compile(r"(?:\\[nrtbf]|\\)+")


def json_gap_blanked(gap: str) -> str | None:
    """``gap`` (text between two kept pieces of a JSON string) blanked in place: a line-break
    escape breaks the line there, the rest is spaces; ``None`` when it is no such gap."""
    if not _JSON_GAP.fullmatch(gap):
        return None
    return re.sub(r"[^\n]", " ", re.sub(r"\\[nr]", " \n", gap))


def _json_prose(
    text: str,
    span: tuple[int, int],
    prose_key: Callable[[str], bool],
    one_line_text: Callable[[str, str], bool],
) -> list[tuple[int, int]]:
    """:func:`front_matter_prose` of a JSON front matter (Hugo; a curated-resource record's
    ``"abstract": "Objective …\\n\\nResults …"``): a member's string with a line break in
    it, or one ``one_line_text`` takes, under a key ``prose_key`` takes (an array's strings go by
    the array's key). Each string is cut at its escapes: a line break, a tab are left out, an
    escaped quote, slash or backslash keeps its character and loses its backslash; a ``\\u``
    escape stays as written (the span rule reads the source's letters: "r\\u00e9sultats")."""
    out: list[tuple[int, int]] = []
    # Per open container: the key it stands under, and whether it is an object.
    stack: list[tuple[str, bool]] = []
    key = ""
    expect_key = False  # in an object, after "{" or ",": the next string is a member's name
    for token in _JSON_TOKEN.finditer(text, span[0], span[1]):
        mark = token.group()
        if mark in ("{", "["):
            stack.append((key, mark == "{"))
            key, expect_key = "", mark == "{"
            continue
        if mark in ("}", "]"):
            if stack:
                stack.pop()
            key, expect_key = "", False  # the container was a value: a comma comes next
            continue
        if mark == ",":
            key, expect_key = "", bool(stack) and stack[-1][1]
            continue
        if mark == ":" or not stack:
            continue
        under, in_object = stack[-1]
        if in_object and expect_key:
            key, expect_key = mark[1:-1], False
            continue
        owner = key if in_object else under
        lo, end = token.start() + 1, token.end() - 1
        escapes = list(_JSON_ESCAPE.finditer(text, lo, end))
        breaks = any(e.group()[1] in "nr" for e in escapes)
        if not prose_key(owner) or not text[lo:end].strip():
            continue
        if not breaks and not one_line_text(owner, text[lo:end]):
            continue
        for escape in escapes:
            letter = escape.group()[1]
            if letter == "u":
                continue
            cut = escape.end() if letter in "nrtbf" else escape.start() + 1
            if lo < escape.start():
                out.append((lo, escape.start()))
            lo = cut
        if lo < end:
            out.append((lo, end))
    return [(lo, hi) for lo, hi in out if text[lo:hi].strip()]


def _closing_quote(line: str, start: int, quote: str) -> int:
    """Where a string quoted with ``quote`` closes on this line, from ``start``; -1 when it goes
    on. A double-quoted string escapes with a backslash (an odd run of them escapes the
    quote), a single-quoted one doubles it."""
    at = start
    while True:
        at = line.find(quote, at)
        if at < 0:
            return -1
        if quote == '"':
            slashes = 0
            while at - slashes - 1 >= start and line[at - slashes - 1] == "\\":
                slashes += 1
            if slashes % 2:
                at += 1
                continue
        if quote == "'" and line.startswith("''", at):
            at += 2
            continue
        return at


def _json_object(body: str) -> bool:
    """Is this front matter's body one JSON object?"""
    body = body.strip()
    if not body.startswith("{"):
        return False
    try:
        return isinstance(json.loads(body), dict)
    except ValueError:
        return False


def front_matter(text: str) -> tuple[int, int] | None:
    """The span of the page's front matter (metadata, not content), if it opens with one.

    Its fields are read as the page's metadata (ingest/metadata.py); its lines are no text of
    the page: a "title:" line is no heading, a "categories:" list is no claim."""
    start = len(text) - len(text.lstrip("\ufeff \t\r\n"))
    head = text[start : start + _FRONT_MAX]
    for pattern, key in ((_YAML_FRONT, _YAML_KEY), (_TOML_FRONT, _TOML_KEY)):
        match = pattern.match(head)
        if match and (key.search(match.group("body")) or _json_object(match.group("body"))):
            # A JSON object between "---" lines is YAML too (Obsidian's publish tools write
            # '{"publish":true,"title":"Hypertensie","tags":[…]}' there).
            return start, start + match.end()
    if head.startswith("{"):
        try:
            value, end = json.JSONDecoder().raw_decode(head)
        except ValueError:
            return None
        rest_of_line = head[end:].partition("\n")[0]
        if isinstance(value, dict) and value and not rest_of_line.strip():
            return start, start + end
    return None


@dataclass(frozen=True, slots=True)
class MarkupCut:
    start: int  # source span of the removed markup
    end: int
    rule: str


# The rule of an HTML tag inside a template tag's text attribute ("…<br>…"): it parts words,
# so it is cut to a space.
TAG_IN_ATTRIBUTE = "html-tag"
# Cuts that part words, so cut to a space: such a tag, and a wiki link's pipe between its
# target and its label ("[[parasitism|parasite]]": "parasitism parasite").
_SPACED_CUTS = frozenset({TAG_IN_ATTRIBUTE, "template-wikitext-pipe"})


def _cut(
    mapped: MappedText, ranges: list[tuple[int, int, str]]
) -> tuple[MappedText, list[MarkupCut]]:
    cuts = [MarkupCut(*mapped.source_span(lo, hi), rule) for lo, hi, rule in ranges if lo < hi]
    spaced = {(lo, hi) for lo, hi, rule in ranges if rule in _SPACED_CUTS}
    return mapped.without(((lo, hi) for lo, hi, _ in ranges), spaced), cuts


# The characters every template tag of rules/markup.yaml starts with: a block without one is not
# searched (most HTML blocks).
_TEMPLATE_OPENERS = ("{", "[", "<%", "<?")


# A quoted attribute inside a template tag: `body="…"`, `text='…'`.
_TAG_ATTRIBUTE = re.compile(r"""([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_INNER_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")


@dataclass(frozen=True, slots=True)
class TemplateText:
    """Which attributes of a template tag hold the page's text (rules/markup.yaml
    ``template_text_attributes``, ``template_text_min_words``)."""

    names: re.Pattern[str]
    min_words: int
    links: re.Pattern[str] = re.compile("(?!)")


def template_ranges(
    text: str,
    templates: Sequence[tuple[str, regex.Pattern[str]]],
    text_attributes: TemplateText | None = None,
) -> list[tuple[int, int, str]]:
    """The ``[start, end)`` ranges of ``text`` that are template residue, with the rule id that
    found each. A tag's quoted attribute that ``text_attributes`` names (`body`, `content`,
    `text`…, matched whole) and whose value is prose (its ``min_words`` at least) is the page's
    text, not markup: a forum digest's shortcode ``{{< quote body="…" user="…" >}}`` holds the
    post. Its value stays; the tag around it is cut. A tag that also links another page (an
    attribute ``text_attributes.links`` names: ``<More link="/blog/…" text="…" cta="Zobacz" />``)
    is a link card: its text is a teaser of that page, cut with it."""
    ranges: list[tuple[int, int, str]] = []
    for rule_id, template in templates:
        for tag in template.finditer(text):
            if tag.start() >= tag.end():
                continue
            cursor = tag.start()
            attributes = (
                list(_TAG_ATTRIBUTE.finditer(text, tag.start(), tag.end()))
                if text_attributes is not None and "=" in tag.group()
                else []
            )
            if text_attributes is not None and not any(
                text_attributes.links.fullmatch(attribute.group(1)) for attribute in attributes
            ):
                for attribute in attributes:
                    group = 2 if attribute.group(2) is not None else 3
                    value = attribute.group(group)
                    if (
                        not text_attributes.names.fullmatch(attribute.group(1))
                        or word_count(_INNER_TAG.sub(" ", value)) < text_attributes.min_words
                    ):
                        continue
                    ranges.append((cursor, attribute.start(group), rule_id))
                    # The value's own tags ("<br>") are markup: an attribute holds escaped HTML.
                    ranges.extend(
                        (inner.start(), inner.end(), TAG_IN_ATTRIBUTE)
                        for inner in _INNER_TAG.finditer(
                            text, attribute.start(group), attribute.end(group)
                        )
                    )
                    cursor = attribute.end(group)
            ranges.append((cursor, tag.end(), rule_id))
    return sorted(ranges)


def cut_template_tags(
    block: RawBlock,
    templates: Sequence[tuple[str, regex.Pattern[str]]],
    text_attributes: TemplateText | None = None,
) -> tuple[RawBlock | None, list[MarkupCut]]:
    """An HTML page's block made of template residue only ("<%-- note --%>", "{{ widget }}":
    an unrendered template saved as the page) is cut whole, as markup, but for the text of its
    tags' text attributes (:func:`template_ranges`); any other block is kept as it is (a tag
    inside a sentence is what a browser shows). Text pages have their template tags cut by
    :func:`read_markdown`."""
    mapped = block.text
    text = mapped.text
    if not templates or not any(opener in text for opener in _TEMPLATE_OPENERS):
        return block, []
    whole = template_ranges(text, templates)
    covered = bytearray(len(text))
    for lo, hi, _ in whole:
        covered[lo:hi] = b"\x01" * (hi - lo)
    if not whole or any(not covered[i] and not ch.isspace() for i, ch in enumerate(text)):
        return block, []
    ranges = template_ranges(text, templates, text_attributes)
    if ranges != whole:
        kept, cuts = _cut(mapped, _disjoint(ranges))
        kept = collapse_space(kept)
        if kept.text:
            return replace(block, text=kept), cuts
    lo, hi = whole[0][0], max(end for _, end, _ in whole)
    rule = max(whole, key=lambda r: r[1] - r[0])[2]
    return None, [MarkupCut(*mapped.source_span(lo, hi), rule)]


# A setext heading's underline: "=" under a level-1 heading, "-" under a level-2 one.
_SETEXT_UNDERLINE = re.compile(r"^[ ]{0,3}(?:=+|-{2,})[ \t]*$")


def setext_level(block: RawBlock, previous: RawBlock, text: str) -> int | None:
    """The level of the heading that ``block`` underlines ("Title" over "=====", level 1; over
    "-----", level 2), as CommonMark reads it: the line right above it (no blank line between)
    is one line of a paragraph. A rule after a blank line is a horizontal rule."""
    underline = _SETEXT_UNDERLINE.match(block.text.text)
    if underline is None or previous.kind != BlockKind.PARAGRAPH or "\n" in previous.text.text:
        return None
    # The heading's line opens its paragraph: a blank line (or the page's start) above it.
    # Lines of a text page reach here as blocks of their own, so a paragraph's last line over
    # "---" would be taken alone.
    line_start = text.rfind("\n", 0, previous.span[0]) + 1
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    if line_start > 0 and text[above : line_start - 1].strip():
        return None
    # One line break between them; what else stands there is markup cut from the heading's
    # line (pandoc's "{#id .class}").
    if text.count("\n", previous.span[1], block.span[0]) != 1:
        return None
    return 1 if "=" in underline.group() else 2


def is_table_rule(block: RawBlock) -> bool:
    """A markdown table's delimiter row ("| --- | --- |"): the row above it is the header. A
    rule without a pipe ("---") is a horizontal rule, which may follow a table's last row."""
    text = block.text.text
    return "|" in text and _TABLE_RULE.match(text) is not None


def is_marker_link(markers: CitationMarkerRules | None, target: str, anchor: str) -> bool:
    """A link that is an in-text citation marker ("[5](#ref-5)"; rules/markup.yaml)."""
    return (
        markers is not None
        and compile_pattern(markers.link_targets).fullmatch(target.strip()) is not None
        and compile_pattern(markers.numbers).fullmatch(anchor.strip()) is not None
    )


# A page writes its links in reference style when it holds this many "[words][n]" at least (a
# capture whose definitions were cut off at its end keeps them all).
_REFERENCE_STYLE_MIN = 3

# The page's link definitions: label (folded) -> the destination and its source span.
LinkDefinitions = Mapping[str, tuple[str, int, int]]
# A page without them (read_markdown's default; ``None`` means they were cut off).
NO_DEFINITIONS: LinkDefinitions = MappingProxyType({})


def link_definitions(text: str) -> LinkDefinitions | None:
    """The page's reference-link definitions ("[29]: https://…") outside fenced code; ``None``
    when the page writes its links in reference style without them (every "[label][ref]" is a
    link then, but a citation number's); empty when it does neither."""
    found: dict[str, tuple[str, int, int]] = {}
    if "]:" in text:
        fenced = (
            [m.span() for m in _FENCE.finditer(text)] if ("```" in text or "~~~" in text) else []
        )
        for m in _LINK_DEFINITION.finditer(text):
            if any(lo <= m.start() < hi for lo, hi in fenced):
                continue
            label = m.group("label").strip().casefold()
            target = m.group("target").strip("<>")
            lo = m.start("target") + (1 if m.group("target").startswith("<") else 0)
            found.setdefault(label, (target, lo, lo + len(target)))
    if found or "][" not in text:
        return found
    worded = 0
    for match in _REFERENCE_LINK.finditer(text):
        if any(ch.isalpha() for ch in match.group("anchor")):
            worded += 1
            if worded >= _REFERENCE_STYLE_MIN:
                return None
    return found


def read_markdown(
    block: RawBlock,
    markers: CitationMarkerRules | None = None,
    templates: Sequence[tuple[str, regex.Pattern[str]]] = (),
    may_hold_template: Callable[[str], bool] | None = None,
    definitions: LinkDefinitions | None = NO_DEFINITIONS,
    text_attributes: TemplateText | None = None,
) -> tuple[RawBlock | None, list[MarkupCut]]:
    """Strip markdown syntax from one text-page block; ``None`` when nothing but markup is left.

    A citation marker's link (``markers``: "[5](#ref-5)") keeps its brackets, "[5]": its
    sentence ends after it and its number is read as a marker. ``templates`` (rule id, pattern;
    rules/markup.yaml ``template_tags``): template residue, cut whole under its rule's id;
    ``text_attributes``: the names of a tag's attributes that hold the page's text
    (:func:`template_ranges`); ``may_hold_template``: False for a text none of them can match
    (the patterns' literal stems, :class:`ingest.rules.literals.LiteralPrefilter`), which is
    then not searched.
    ``definitions``: the page's link definitions (:func:`link_definitions`): a block of them is
    markup whole, and "[label][ref]" is a link when ``ref`` is one (its target recorded), or
    whatever it is when ``definitions`` is ``None`` (a page of reference-style links whose
    definitions were cut off). A citation number's link keeps its brackets ("[7][47]" reads
    "[7]"), and on a page without definitions "[5][6]" stays two citation markers."""
    mapped = block.text
    text = mapped.text
    cuts: list[MarkupCut] = []
    if _HORIZONTAL_RULE.match(text) or _TABLE_RULE.match(text):
        return None, [MarkupCut(*mapped.span, "markdown-rule")]
    if definitions and all(
        (line_definition := _LINK_DEFINITION.fullmatch(line)) is not None
        and line_definition.group("label").strip().casefold() in definitions
        for line in text.splitlines()
        if line.strip()
    ):
        return None, [MarkupCut(*mapped.span, "markdown-link-definition")]
    kind, level = block.kind, block.heading_level
    quoted = block.quote
    ranges: list[tuple[int, int, str]] = []
    links = list(block.links)
    anchors = list(block.anchors)

    heading = _HEADING_MARK.match(text)
    wiki_heading = _WIKI_HEADING.match(text) if text.startswith("==") else None
    if wiki_heading:
        kind, level = BlockKind.HEADING, len(wiki_heading.group("marks"))
        ranges.append((0, wiki_heading.start("title"), "wikitext-heading"))
        ranges.append((wiki_heading.end("title"), len(text), "wikitext-heading"))
    elif heading:
        kind, level = BlockKind.HEADING, len(heading.group("marks"))
        ranges.append((0, heading.end(), "markdown-heading"))
        closing = _CLOSING_HASHES.search(text)
        if closing:
            ranges.append((closing.start(), len(text), "markdown-heading"))
        permalink = _PERMALINK.search(text)
        if permalink:
            ranges.append((permalink.start(), len(text), "markdown-heading"))
    else:
        quote = _QUOTE.match(text)
        offset = quote.end() if quote else 0
        if quote:
            quoted = True
            ranges.append((0, offset, "markdown-quote"))
            callout = _CALLOUT.match(text, offset)
            if callout:
                ranges.append((offset, callout.end(), "markdown-callout"))
                title = text[callout.end() :].strip()
                # A short title heads the callout's lines (the section it opens runs on to the
                # page's next heading: the quote's end closes none); a sentence is text.
                if title and word_count(title) <= 10 and not title.endswith((".", "!", "?")):
                    kind, level = BlockKind.HEADING, 6
        bullet = _BULLET.match(text, offset)
        if bullet:
            kind = BlockKind.LIST_ITEM
            ranges.append((offset, bullet.end(), "list-marker"))
            # A list item that holds a heading ("- #### Grippeschutzimpfung", a teaser card's
            # headline in a list of cards): a heading, as a reader sees it.
            # Three marks at least and a short label without a figure: "- # of patients rose by
            # 40%" is an item ("#" for "number").
            marked = _HEADING_MARK.match(text[bullet.end() :])
            label = text[bullet.end() + marked.end() :] if marked else ""
            if (
                marked
                and not quote
                and len(marked.group("marks")) >= 3
                and word_count(label) <= 12
                and not any(ch.isdigit() for ch in label)
            ):
                kind, level = BlockKind.HEADING, len(marked.group("marks"))
                ranges.append((bullet.end(), bullet.end() + marked.end(), "markdown-heading"))

    # Each pattern below is searched only in a text holding a literal its every match holds (a
    # link's "](", an emphasis mark, a backquote): most lines of a page hold none, and the
    # searches that fail cost most of this function (tests/test_blocks.py checks each guard).
    linked = "](" in text
    dangling = _DANGLING_LINK_CLOSE.match(text) if linked else None
    if dangling and not _LINK.match(text):
        # The anchor's last line: its text is a link label, the target is markup.
        anchor_start, anchor_end = dangling.span("anchor")
        if anchor_start < anchor_end:
            anchors.append(mapped.source_span(anchor_start, anchor_end))
        ranges.append((anchor_end, dangling.end(), "markdown-link"))
        if dangling.group("target"):
            start, end = mapped.source_span(*dangling.span("target"))
            links.append(Link(dangling.group("target"), start, end, start))
    opened = _DANGLING_LINK_OPEN.search(text)
    if opened and not (linked and _LINK.search(text, opened.start())):
        # The anchor's first line: its "[" is markup, the rest a link label.
        if opened.end() < len(text):
            anchors.append(mapped.source_span(opened.end(), len(text)))
        ranges.append((opened.end() - 1, opened.end(), "markdown-link"))
    for match in _LINK.finditer(text) if linked else ():
        if match.group("image"):
            ranges.append((match.start(), match.end(), "markdown-image"))
            continue
        anchor_start, anchor_end = match.span("anchor")
        if anchor_start < anchor_end and not _NESTED_IMAGE.sub("", match.group("anchor")).strip():
            # A linked image and nothing else (a badge, a logo): the link is markup whole, and
            # named as the link (the run's name goes by the rule that covers most of it).
            ranges.append((match.start(), match.end(), "markdown-link"))
        for image in _NESTED_IMAGE.finditer(text, anchor_start, anchor_end):
            ranges.append((image.start(), image.end(), "markdown-image"))
        if anchor_start < anchor_end:
            anchors.append(mapped.source_span(anchor_start, anchor_end))
        if is_marker_link(markers, match.group("target"), match.group("anchor")):
            ranges.append((anchor_end + 1, match.end(), "markdown-link"))
        else:
            ranges.append((match.start(), anchor_start, "markdown-link"))
            ranges.append((anchor_end, match.end(), "markdown-link"))
        if match.group("target"):
            start, end = mapped.source_span(*match.span("target"))
            anchor = (
                mapped.source_offset_start(anchor_start) if anchor_start < anchor_end else start
            )
            links.append(Link(match.group("target"), start, end, anchor))
    for match in _SPACED_IMAGE.finditer(text) if linked else ():
        if not any(start <= match.start() < end for start, end, _ in ranges):
            ranges.append((match.start(), match.end(), "markdown-image"))
    if (definitions is None or definitions) and "][" in text:
        for match in _REFERENCE_LINK.finditer(text):
            defined = (
                None
                if definitions is None
                else definitions.get(match.group("ref").strip().casefold())
            )
            if definitions is not None and defined is None:
                continue
            anchor_start, anchor_end = match.span("anchor")
            if _MARKER_ANCHOR.fullmatch(match.group("anchor").strip()):
                if defined is None:
                    continue  # "[5][6]" of a capture without definitions: two markers
                # A citation marker: "[7]" stays, its reference is markup.
                ranges.append((anchor_end + 1, match.end(), "markdown-link"))
            else:
                ranges.append((match.start(), anchor_start, "markdown-link"))
                ranges.append((anchor_end, match.end(), "markdown-link"))
                anchors.append(mapped.source_span(anchor_start, anchor_end))
            if defined is not None:
                target, start, end = defined
                anchor = mapped.source_offset_start(anchor_start)
                links.append(Link(target, start, end, anchor))
    starred, underscored = "*" in text, "_" in text
    if "**" in text or "__" in text:
        for match in _EMPHASIS.finditer(text):
            marks = len(match.group(1))
            ranges.append((match.start(), match.start() + marks, "markdown-emphasis"))
            ranges.append((match.end() - marks, match.end(), "markdown-emphasis"))
        # A bold run over lines ("**No indication …  " … "… if < 20 ng**"): its first line
        # opens with the marks, its last one closes with them, each line a block of its own.
        for match in _OPEN_OR_CLOSE_EMPHASIS.finditer(text):
            if text.count(match.group()) == 1:
                ranges.append((match.start(), match.end(), "markdown-emphasis"))
    if starred or underscored:
        for match in _SINGLE_EMPHASIS.finditer(text):
            ranges.append((match.start(), match.start() + 1, "markdown-emphasis"))
            ranges.append((match.end() - 1, match.end(), "markdown-emphasis"))
    if may_hold_template is None or may_hold_template(text):
        ranges.extend(template_ranges(text, templates, text_attributes))
    code_spans = []
    for match in _CODE.finditer(text) if "`" in text else ():
        ranges.append((match.start(), match.start() + 1, "markdown-code"))
        ranges.append((match.end() - 1, match.end(), "markdown-code"))
        code_spans.append(match.span())
    if "\\" in text:
        # A backslash escape: the backslash is markup, the character text; not in a code span.
        for match in MARKDOWN_ESCAPE.finditer(text):
            at = match.start()
            if not any(lo < at < hi for lo, hi in code_spans):
                ranges.append((at, at + 1, "markdown-escape"))

    if text.startswith("|") and text.rstrip().endswith("|") and text.count("|") >= 3:
        row, row_cuts = _table_row(mapped, ranges)
        if row is None:
            return None, row_cuts
        return replace(
            block,
            kind=BlockKind.TABLE_ROW,
            text=row,
            links=tuple(links),
            anchors=tuple(sorted(anchors)),
        ), row_cuts

    if ranges:
        mapped, cuts = _cut(mapped, _disjoint(ranges))
        mapped = collapse_space(mapped)
    if not mapped.text:
        return None, cuts
    if kind == BlockKind.PARAGRAPH and _is_field(mapped.text):
        kind = BlockKind.FIELD
    return replace(
        block,
        kind=kind,
        heading_level=level,
        text=mapped,
        links=tuple(links),
        anchors=tuple(sorted(anchors)),
        quote=quoted,
    ), cuts


def _disjoint(ranges: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for lo, hi, rule in sorted(ranges):
        if out and lo < out[-1][1]:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi, out[-1][2])
            continue
        out.append((lo, hi, rule))
    return out


def _table_row(
    mapped: MappedText, ranges: list[tuple[int, int, str]]
) -> tuple[MappedText | None, list[MarkupCut]]:
    """``| a | b |`` → ``a: b``; the pipes are markup."""
    text = mapped.text
    pipes = [m.start() for m in re.finditer(r"(?<!\\)\|", text)]
    cells: list[MappedText] = []
    cuts: list[MarkupCut] = []
    for lo, hi in pairwise(pipes):
        inner = [(a - lo - 1, b - lo - 1, r) for a, b, r in ranges if lo < a and b <= hi]
        cell, cell_cuts = _cut(mapped.slice(lo + 1, hi), inner)
        cuts.extend(cell_cuts)
        cell = collapse_space(cell)
        if cell.text:
            cells.append(cell)
    cuts.extend(MarkupCut(*mapped.source_span(p, p + 1), "markdown-table") for p in pipes)
    if not cells:
        return None, cuts
    row = TextBuilder()
    for n, cell in enumerate(cells):
        if n:
            row.replace(": ", cells[n - 1].span[1], cell.span[0])
        row.extend(cell)
    return row.build(), cuts


def _is_field(text: str) -> bool:
    """ "Label : text" lines ("Results: Safe", "T-cell regulation : Suppress …")."""
    match = _FIELD.match(text)
    if match is None:
        return False
    label = match.group("label")
    return label[:1].isupper() and word_count(label) <= 8
