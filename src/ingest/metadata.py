"""What a page says about itself: the document's ``metadata`` and ``title``.

Reads: the cleaned page (its ``<meta>`` tags and source text) and its kept blocks. Sources, all
named in ``rules/metadata.yaml`` with their order of preference:

- HTML ``<meta>`` tags: Highwire (``citation_title``, ``citation_doi``, …), Dublin Core, Open
  Graph, PRISM;
- JSON-LD (``<script type="application/ld+json">``): cleaning removes scripts as markup, so the
  script is read here from its source span, cleaning unchanged;
- ``<html lang>`` and Content-Language (as :mod:`ingest.clean.language` read them for the
  language prior) and ``<link rel="canonical">``;
- in text scrapes, which carry none of these: a "How to cite this article:" line, a registry's
  "Full title of the trial" row, a markdown ``#`` heading, or a title-like line followed by a
  byline, a date line or a list of authors.

A title is never a section label, a journal's or a site's name, a share bar or a URL
(``not_titles``); a ``<title>`` loses the site name the page gives (``site_names``).

The page's own identifiers (its DOI, PMID, PMCID, and a registry record's registrations) are
the citation of every claim of the work the page describes, whatever block they stand in.
"""

from __future__ import annotations

import contextlib
import html
import itertools
import json
import re
import tomllib
import unicodedata
from bisect import bisect_right
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml

from ingest.clean import CleanedPage, wikitext
from ingest.clean.blocks import BlockKind, RawBlock, front_matter
from ingest.match import IdentifierHit
from ingest.match.identifiers import IdentifierMatcher, normalize_value
from ingest.models import Citation, Metadata
from ingest.rules.models import MetadataRules
from ingest.rules.patterns import IGNORECASE, AnyOf, Pattern, compile_pattern
from ingest.text import SENTENCE_THEN_MORE, capital_or_caseless, echo, word_count

__all__ = ["MetadataReader", "PageMetadata"]

_PAGE_SCHEMES = ("doi", "pmid", "pmcid")
_LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_JSON_LD = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[^>]*>(.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)
_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""")
_SPACE = re.compile(r"\s+")
# A title is never this long: a longer first line is page text (or the whole page on one line).
_FIRST_LINE_MAX = 1000


# Not inside a headline that a lead follows: a full stop, a link, a tag, a bracket.
_NOT_IN_HEADLINES = (". ", "](", "<", "://", "[")


@lru_cache(maxsize=2)
def _nonblank_lines(text: str) -> tuple[tuple[int, str], ...]:
    """The non-blank lines of ``text``, stripped, each with the source offset of its first
    character: what the title readers of text scrapes go through (five of them, on one page's
    source: split once)."""
    lines: list[tuple[int, str]] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        line = raw.strip()
        if line:
            lines.append((offset + raw.index(line[0]), line))
        offset += len(raw)
    return tuple(lines)


def _lines(text: str, start: int) -> Iterator[str]:
    """The lines of ``text`` from ``start``, read one by one (a page may be one long line)."""
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield text[start:end].rstrip("\r")
        start = end + 1


# The markup of a text scrape's first line: markdown images and links, stray tags.
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]{0,500}>")
# A text scrape's header: the blocks before the article's body where its labelled identifiers
# stand, and the words of a journal's name alone on a line.
_HEADER_BLOCKS = 40
# The first blocks of a page where its citation bar stands.
_BAR_BLOCKS = 5
# A text scrape's header lines, where a DOI alone under its journal's line is the page's own.
_HEADER_LINES = 12
_JOURNAL_WORDS = 8
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# Where an owner line may start in an HTML page's source (rules/metadata.yaml owner_lines), and
# how many of the last such places are read.
_OWNER_SIGN = re.compile(
    r"©|&copy;|&#169;|&#xa9;|copyright|(?:\(c\)|@)\s*(?:19|20)\d\d", re.IGNORECASE
)
_OWNER_SIGNS = 200
_FIRST_HEADING = re.compile(
    r"<h[1-6](?:\s[^>]{0,500})?>(.{1,500}?)</h[1-6]\s*>", re.IGNORECASE | re.DOTALL
)
# A saved paper's file name over its title, the first author and the year ("Amsterdam_2009_A
# randomized …", "van_Os_2019_…"): cut, the title after it kept.
_FILE_NAME_LEAD = compile_pattern(r"^(?:\p{L}[\p{L}'-]*_){1,3}(?:1[89]|20)\d\d[a-z]?_(?=\p{L})")
# An h1 element and its inner markup.
_H1_ELEMENT = re.compile(r"<h1(?:\s[^>]{0,500})?>(.{1,500}?)</h1\s*>", re.IGNORECASE | re.DOTALL)
# Bold text (an old page's title set in <b> or <strong> inside a table cell, with no heading).
_EMPHASIZED = re.compile(
    r"<(?:b|strong)(?:\s[^>]{0,200})?>(.{1,500}?)</(?:b|strong)\s*>", re.IGNORECASE | re.DOTALL
)
# A markdown heading's marks, with or without their space ("## Title", "##THESIS TITLE").
_HEADING_MARKS = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*")
# Quotes and brackets a title may stand in, under its label.
_TITLE_QUOTES = "\"'“”„«»‹›「」『』【】"
# The first letters of a word that stand for it when a <title>'s words are looked for in the
# text ("vaccinat" in "Vaccinations" and "vaccinated").
_STEM = 6
# A block of this many words is prose: the page's text starts at the first.
_PROSE_WORDS = 20
# The separators of a breadcrumb trail ("Inizio | Indietro > Titolo", "Home › Health › Title").
_CRUMBS = re.compile(r"\s+[>›»]\s+")
# A DOI alone, as a resolver's URL or after its label.
_BARE_DOI = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|doi\s*:?\s*)10\.\d{4,9}/\S+", re.IGNORECASE)
_MARKDOWN_HEADING_TEXT = re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+(\S[^\n]*?)[ \t#]*$")
_MARKDOWN_HEADING_LINE = re.compile(r"(?m)^[ \t]{0,3}(?:#{1,6}[ \t]+\S|#{2,6}[^\W\d_])")
# The fewest words of a heading read as the page's headline when nothing names the page.
_HEADLINE_WORDS = 4
# Typographic hyphens (U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN) are the ASCII hyphen in a title:
# publishers' meta tags write them ("PF\u201005190457") where the <title>, the reader and
# bibliographic databases have "-"; NFKC leaves U+2010 as it is.
_TITLE_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
# A word of a title or a name, for comparing their words.
_WORD = compile_pattern(r"\p{L}+")
# The small words a name keeps in lower case ("Hospital Nacional Dos de Mayo", "Bank of England").
_NAME_PARTICLES = frozenset(
    [
        "de",
        "del",
        "la",
        "las",
        "los",
        "el",
        "of",
        "the",
        "and",
        "for",
        "y",
        "e",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "von",
        "van",
        "der",
        "den",
        "du",
        "des",
        "le",
        "les",
        "et",
        "und",
        "en",
        "op",
        "het",
    ]
)
# A name of an author list: capitalised words and initials ("Nicholas R Kurtansky", "Noel C F
# Codella", "H Peter Soyer"), with the affiliation marks after it ("1,✉", "5,21", "#").
_AUTHOR_NAME = compile_pattern(
    r"^\s*(?:and\s+)?(?:\p{Lu}[\p{L}'’.‐-]*\s+){1,4}\p{Lu}[\p{L}'’‐-]+[\s\d*†‡#✉,]*$"
)
# The fewest names of an author list.
_AUTHOR_LIST_NAMES = 3


def _author_list(text: str) -> bool:
    """A line of authors' names, each with its affiliation marks ("Nicholas R Kurtansky 1,✉,
    Maura C Gillis 1, Noel C F Codella 2"): most of its comma-separated parts are names."""
    parts = [p for p in re.split(r",\s*(?=\D)", text) if p.strip()]
    names = sum(1 for p in parts if _AUTHOR_NAME.match(p))
    return names >= _AUTHOR_LIST_NAMES and names * 2 > len(parts)


def _names_line(text: str) -> bool:
    """A run of names ("SARAH THOMSON a1, ELISABETH A. INNES a1 and FRANK KATZER a1 c1"): three
    parts or more between commas and "and", each of at most five words, most of them capitalised."""
    parts = [p for p in re.split(r",|\band\b", html.unescape(text)) if p.strip()]
    if len(parts) < 3:
        return False
    for part in parts:
        # Words of letters only: affiliation marks ("a1", "c1") are none.
        words = [w for w in part.split() if w.isalpha() or w.rstrip(".").isalpha()]
        if len(words) > 5 or 2 * sum(w[:1].isupper() for w in words) < len(words):
            return False
    return True


# The fewest words of the title line under a page's own citation line (a UI string such as
# "Search in PMC" may stand there instead).
_SELF_CITED_TITLE_WORDS = 4
# A wiki lead's bold subject at the paragraph's start ("'''X'''", "'''''X'''''", bold italic).
_WIKI_BOLD_LEAD = re.compile(r"'''(?:'')?(?P<subject>[^'\n\[\]{}<>]{2,120}?)(?:'')?'''")
# A year of publication in a bibliographic reference.
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# "Leal GM and Leal WS. Binding of … Aedes aegypti [v2; …] F1000Research 2015" → the title;
# "Lindgren E, et al. (October 9, 2025) Intra-arterial …. J Neurorestor Med" → the title.
_CITED_TITLE = compile_pattern(
    r"^(?:.+?(?:\b\p{Lu}{1,3}|\bet al))"
    r"(?:\.\s*(?:\([^()]*\d{4}[^()]*\)\.?)?|\s*\([^()]*\d{4}[^()]*\)\.?)\s+"
    r"(?P<title>[^\[]+?)(?:\s*\[|\.\s|\.?$)"
)


@dataclass(frozen=True, slots=True)
class _Value:
    text: str
    span: tuple[int, int] | None  # where the value stands in the source, when known

    def __post_init__(self) -> None:
        # An escape decoded from JSON, YAML or TOML may leave half of a surrogate pair
        # ("\\ud83d" alone): no UTF-8 writer takes it, so it reads as U+FFFD.
        if _SURROGATE.search(self.text):
            object.__setattr__(self, "text", _SURROGATE.sub("\ufffd", self.text))


_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class PageMetadata:
    metadata: Metadata
    identifiers: tuple[IdentifierHit, ...]  # the page's own, with their source spans

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The page's own identifiers, as the citation of every claim of its work."""
        cited = [Citation(scheme=s, value=v) for s, v in self._own() if v is not None]
        cited.extend(self.metadata.registrations)
        seen: set[tuple[str, str]] = set()
        unique = []
        for citation in cited:
            if (citation.scheme, citation.value) not in seen:
                seen.add((citation.scheme, citation.value))
                unique.append(citation)
        return tuple(unique)

    def _own(self) -> list[tuple[str, str | None]]:
        m = self.metadata
        return [("doi", m.doi), ("pmid", m.pmid), ("pmcid", m.pmcid)]


def _attributes(tag: str, offset: int) -> dict[str, _Value]:
    found: dict[str, _Value] = {}
    for match in _ATTRIBUTE.finditer(tag):
        group = next(g for g in (2, 3, 4) if match.group(g) is not None)
        name = match.group(1).lower()
        if name not in found:
            span = (offset + match.start(group), offset + match.end(group))
            found[name] = _Value(html.unescape(match.group(group)), span)
    return found


# Front matter at the top of a markdown page, as static-site generators write it (Jekyll, Hugo):
# YAML between "---" lines, TOML between "+++" lines, or a JSON object. The cleaner finds its span
# (clean/blocks.py front_matter) and removes it as markup; its scalar fields are read here.
_YAML_KEY_VALUE = re.compile(r"^([A-Za-z][\w-]*)[ \t]*:[ \t]*(\S.*?)[ \t]*$", re.MULTILINE)
_TOML_TABLE = re.compile(r"^\[", re.MULTILINE)
_TOML_QUOTED = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'[^']*'")
_TOML_KEY_VALUE = re.compile(r"^([A-Za-z][\w-]*)[ \t]*=[ \t]*(\S.*?)[ \t]*$", re.MULTILINE)
# A JSON member's key and its colon (its value starts after them).
_JSON_MEMBER_KEY = re.compile(r'"([A-Za-z_][\w-]*)"\s*:\s*')
# A YAML or TOML entry of the top level: a key at the line's first column.
_TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*[:=]", re.MULTILINE)
# A JSON member whose value is a string: "key": "value" (escapes decoded by json).
_JSON_STRING_MEMBER = re.compile(r'"([A-Za-z][\w-]*)"\s*:\s*("(?:[^"\\\n]|\\.)*")')


def _front_matter(text: str, sources: dict[str, list[_Value]]) -> None:
    """The front matter's scalar fields as sources ``fm:key`` (quotes taken off). Only members
    of the top level of a JSON object count: a nested object's "title" is not the page's."""
    span = front_matter(text)
    if span is None:
        return
    start, end = span
    if text.startswith("{", start):
        _json_front_matter(text, start, end, sources)
        return
    body = text.find("\n", start, end) + 1
    if text.startswith("---", start) and text[body:end].lstrip().startswith("{"):
        # A JSON object between "---" lines (YAML reads it as a mapping).
        _json_front_matter(text, body, end, sources)
        return
    toml = text.startswith("+++", start)
    pattern = _TOML_KEY_VALUE if toml else _YAML_KEY_VALUE
    if toml:
        # The top level ends at the first table ("[params]"): its keys are not the page's.
        table = _TOML_TABLE.search(text, start, end)
        if table is not None:
            end = table.start()
    for line in pattern.finditer(text, start, end):
        value, value_start, value_end = line.group(2), line.start(2), line.end(2)
        if toml:
            # A quoted value ends at its closing quote: a "# comment" after it is no part of it.
            quoted = _TOML_QUOTED.match(value)
            if quoted is not None:
                value = quoted.group(0)
                value_end = value_start + len(value)
        else:
            value, value_end = _yaml_continued(text, value, value_end, end)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            quote = value[0]
            value, value_start, value_end = value[1:-1], value_start + 1, value_end - 1
            value = _unquoted(value, quote, toml=toml)
        sources.setdefault(f"fm:{line.group(1).lower()}", []).append(
            _Value(value, (value_start, value_end))
        )


# A YAML plain or quoted scalar goes on over the more indented lines after its key (a long
# title folded by the generator: "title: Statins did not reduce ... with COPD" / "  and
# cardiovascular comorbidities ...").
_YAML_CONTINUATION = re.compile(r"[ \t]*\n[ \t]+(?![-#])(\S(?:[^\n]*\S)?)")


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
# Bars on a line that make it a menu's items, never a headline.
_MENU_BARS = 2
# A text scrape's lines over its first prose (:meth:`MetadataReader._line_over_prose`): at most
# this many short lines of this many words at most above the title, and prose of this many
# words with a sentence's end.
_OVER_PROSE_LINES = 3
_OVER_PROSE_ABOVE_WORDS = 4
_OVER_PROSE_WORDS = 8
_OVER_PROSE_SENTENCE_WORDS = 15


def _prose_lead(text: str) -> bool:
    """Prose a title stands over: a sentence of `_OVER_PROSE_SENTENCE_WORDS` (a news lead), or
    a shorter paragraph with a sentence and more after it; a slogan of one short sentence ("Our
    main task is to help your own body heal itself!") is not."""
    words = word_count(text)
    return words >= _OVER_PROSE_SENTENCE_WORDS or (
        words >= _OVER_PROSE_WORDS and SENTENCE_THEN_MORE.search(text) is not None
    )


def _unquoted(value: str, quote: str, *, toml: bool) -> str:
    """A quoted YAML or TOML scalar's text, as the format reads it (escapes decoded, a doubled
    quote in single quotes one quote); as written where the format's reader refuses it."""
    if quote == "'" and not toml:
        return value.replace("''", "'")
    if quote == "'" or "\\" not in value:
        return value  # a TOML literal string, or nothing to decode
    quoted = f"{quote}{value}{quote}"
    decoded: object
    try:
        decoded = tomllib.loads(f"v = {quoted}")["v"] if toml else yaml.safe_load(quoted)
    except (tomllib.TOMLDecodeError, yaml.YAMLError):
        try:  # TOML refuses "\\ud83d\\ude00" (an emoji as JSON writes it); JSON reads it
            decoded = json.loads(quoted) if quote == '"' else value
        except ValueError:
            return value
    if not isinstance(decoded, str):
        return value
    # A pair of surrogate escapes is one character (YAML decodes each half alone); control
    # characters ("\\0", "\\e") are no part of a title.
    with contextlib.suppress(UnicodeDecodeError):  # a lone half: _Value reads it as U+FFFD
        decoded = decoded.encode("utf-16", "surrogatepass").decode("utf-16")
    return _CONTROL.sub("", decoded)


# A link to a site's home page: its root, an index file, or the root of its domain.
_HOME = re.compile(r"^\s*(?:https?://[^/\s]+)?(?:/|\./)?(?:index\.\w{2,5})?(?:[?#]\S*)?\s*$")


def _menu_entry(line: str, above: str) -> bool:
    """Is ``line`` the label of a markdown link listed above it (a menu's item)?"""
    wanted = " ".join(line.split()).casefold()
    return any(
        " ".join(label.split()).casefold() == wanted for label in _MARKDOWN_LINK.findall(above)
    )


def _home_link(block: RawBlock) -> bool:
    """Is the heading wholly a link to the site's home page (the site's name as its logo,
    "# [Bio Stat CHF Tayside](/)")? Such an h1 names the site, not the page."""
    letters = sum(ch.isalnum() for ch in block.text.text)
    return (
        bool(block.links)
        and all(_HOME.match(link.target) for link in block.links)
        and block.link_chars >= letters > 0
    )


_QUOTE_PAIRS = {
    '"': '"',
    "'": "'",
    "“": "”",
    "„": "“",
    "«": "»",
    "‹": "›",
    "「": "」",
    "『": "』",
    "【": "】",
}


def _unwrapped(text: str) -> str:
    """A text without the quotes or brackets that wrap it whole ("『 Title. 』"); quotes inside
    it or at one end only ('"Vaccines cause autism": a myth') stay."""
    text = text.strip()
    closing = _QUOTE_PAIRS.get(text[:1])
    if closing is not None and len(text) > 2 and text.endswith(closing):
        return text[1:-1].strip()
    return text


def _prose_start(page: CleanedPage) -> int:
    """Where the page's first prose paragraph (``_PROSE_WORDS`` words at least) starts in its
    source, or the source's end: what stands above it is the page's header."""
    return next(
        (
            b.span[0]
            for b in page.blocks
            if b.kind == BlockKind.PARAGRAPH and word_count(b.text.text) >= _PROSE_WORDS
        ),
        len(page.source.text),
    )


# A heading names what the page is about when the page's prose says this share of its words
# again, at least; a stock <title> under it says _TOPIC_LEAD less of its own.
_TOPIC_ECHO = 0.6
# Prose is a paragraph or list item of this many words at least (not the site's name on a line
# of its own, nor a footer's copyright line).
_ECHO_PROSE_WORDS = 8
_TOPIC_LEAD = 0.5
# A sentence's end: a line ending so is prose, not a headline.
_SENTENCE_ENDS = (".", "!", "。", "！", ";", ":", "：")
# A slug's words ("lassa-fever", "how_to_treat_asthma"), and the most a title read from one has.
_SLUG_PARTS = re.compile(r"[-_/\s]+")
_SLUG_WORDS = 8
# A scrape's first line read as its headline: the prose says this share of its words again.
_HEADLINE_ECHO = 0.5


def _prose_blocks(page: CleanedPage) -> list[RawBlock]:
    """The page's prose that a title's words are looked for in: its paragraphs and list items
    of ``_ECHO_PROSE_WORDS`` words at least."""
    return [
        block
        for block in page.blocks
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
        and word_count(block.text.text) >= _ECHO_PROSE_WORDS
    ]


def _echo_prose(page: CleanedPage) -> str:
    """The page's prose (:func:`_prose_blocks`), case-folded, as :func:`echo` reads it."""
    return _joined(_prose_blocks(page))


def _joined(blocks: Sequence[RawBlock]) -> str:
    return "\n".join(block.text.text.casefold() for block in blocks)


def _folded(text: str) -> str:
    """A line's words, case and accents aside ("médium" and "Medium" are one word)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join(
        "".join(ch for ch in word if ch.isalnum()) for word in decomposed.split()
    ).strip()


def _heading_text(heading: re.Match[str]) -> str:
    """The text of a heading element found by ``_FIRST_HEADING``: tags cut, entities decoded."""
    return _heading_text_of(heading.group(1))


def _heading_text_of(inner: str) -> str:
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", inner))).strip()


def _yaml_continued(text: str, value: str, position: int, end: int) -> tuple[str, int]:
    """``value`` with the folded lines that continue it, joined by a space, and where it ends
    in the source (``position``: the end of its first line)."""
    if value[:1] in "|>[{":
        return value, position  # a block scalar or a flow collection: not a plain value
    parts = [value]
    while (more := _YAML_CONTINUATION.match(text, position, end)) is not None:
        parts.append(more.group(1))
        position = more.end(1)
    return " ".join(parts), position


def _json_front_matter(text: str, start: int, end: int, sources: dict[str, list[_Value]]) -> None:
    depth = 0
    position = start
    for member in _JSON_STRING_MEMBER.finditer(text, start, end):
        # The nesting depth at the member: brackets outside strings between the last member
        # and this one (strings of earlier members were consumed by the match itself).
        for char in _outside_strings(text[position : member.start()]):
            depth += {"{": 1, "[": 1, "}": -1, "]": -1}.get(char, 0)
        position = member.end()
        if depth != 1:
            continue
        try:
            value = json.loads(member.group(2))
        except ValueError:
            continue
        if isinstance(value, str) and value.strip():
            sources.setdefault(f"fm:{member.group(1).lower()}", []).append(
                _Value(value, (member.start(2) + 1, member.end(2) - 1))
            )


def _outside_strings(segment: str) -> Iterator[str]:
    """The characters of a JSON segment that stand outside string literals."""
    in_string = escaped = False
    for char in segment:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        else:
            yield char


def _link_labels(candidate: str, blocks: Sequence[RawBlock]) -> bool:
    """Is the candidate, where a kept block holds it, a run of link labels (a menu: "Home
    Nieuws Agenda")? Four in five of its letters inside link anchors, of two links or more: a
    headline that links to its own page is one link, and a title."""
    for block in blocks:
        if len(block.anchors) < 2:
            continue
        at = block.text.text.find(candidate)
        if at < 0:
            continue
        mask = block.link_mask
        letters = [mask[k] for k in range(at, at + len(candidate)) if block.text.text[k].isalnum()]
        runs = sum(
            1 for k in range(at, at + len(candidate)) if mask[k] and (k == at or not mask[k - 1])
        )
        if runs >= 2 and letters and sum(letters) >= 0.8 * len(letters):
            return True
    return False


def _key(source: str) -> str:
    """Sources as looked up: <meta> names are case-insensitive, JSON-LD paths are not."""
    return source.lower() if source.startswith("meta:") else source


def _clean(text: str) -> str:
    return _SPACE.sub(" ", html.unescape(text)).strip()


def _ld_objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of a script, ``@graph`` members and list items included."""
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _ld_objects(graph)


def _ld_types(node: dict[str, Any]) -> list[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)]


def _ld_strings(value: Any) -> list[str]:
    """The texts a JSON-LD value stands for: a string, a number, a named object, a list."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return [str(value)]
    if isinstance(value, list):
        return [text for item in value for text in _ld_strings(item)]
    if isinstance(value, dict):
        for key in ("name", "value", "@id", "url"):
            if key in value:
                return _ld_strings(value[key])
    return []


class MetadataReader:
    def __init__(
        self,
        rules: MetadataRules,
        identifiers: IdentifierMatcher,
        reference_headings: Sequence[str] = (),
        dates: str | None = None,
    ) -> None:
        self.rules = rules
        # A calendar date (quantities.yaml's date vocabulary): a line that is a date alone is a
        # post's or a comment's date line, never a title.
        self._date = compile_pattern(dates, IGNORECASE) if dates else None
        self.identifiers = identifiers
        # Where a page's reference list starts (rules/sections.yaml): a line below it that has
        # the shape of a citation is an entry, not the page citing itself.
        self._reference_heading = self._union(reference_headings)
        self._fields: dict[str, tuple[str, ...]] = {
            field: tuple(_key(s) for s in sources) for field, sources in rules.fields.items()
        }
        self._site_sources = tuple(_key(s) for s in rules.site_names)
        self._owner_lines = [compile_pattern(p, IGNORECASE) for p in rules.owner_lines]
        self._not_titles = self._union(rules.not_titles)
        self._title_labels = self._union(rules.title_labels)
        self._lone_title_labels = self._union(rules.lone_title_labels)
        self._registration_labels = self._union(rules.registration_labels)
        self._cite_lines = self._union(rules.cite_lines)
        self._self_citations = AnyOf(rules.self_citation_lines, IGNORECASE)
        self._citation_bars = AnyOf(rules.citation_bars, IGNORECASE)
        self._self_identifiers = self._union(rules.self_identifier_lines)
        self._bylines = self._union(rules.bylines)
        self._separators = compile_pattern(
            "|".join(f"(?:{p})" for p in rules.title_separators) or "(?!)"
        )

    @staticmethod
    def _union(patterns: Sequence[str]) -> Pattern[str]:
        return compile_pattern("|".join(f"(?:{p})" for p in patterns) or "(?!)", IGNORECASE)

    # -- the sources -------------------------------------------------------------------------

    def _sources(self, page: CleanedPage) -> dict[str, list[_Value]]:
        sources: dict[str, list[_Value]] = {}
        for meta in page.meta:
            sources.setdefault(f"meta:{meta.name.lower()}", []).append(
                _Value(meta.content, (meta.start, meta.end))
            )
        if page.source.media_type != "text/html":
            _front_matter(page.source.text, sources)
            return sources
        text = page.source.text
        # <html lang> and Content-Language: read once by the cleaner, which took them as the
        # language prior.
        for declaration in page.declarations:
            sources.setdefault(declaration.source, []).append(
                _Value(declaration.value, declaration.span)
            )
        for link in _LINK_TAG.finditer(text):
            attributes = _attributes(link.group(0), link.start())
            rel = attributes.get("rel")
            href = attributes.get("href")
            if rel is not None and href is not None and "canonical" in rel.text.lower().split():
                sources.setdefault("link:canonical", []).append(href)
        node, span = self._ld_node(text)
        if node is not None:
            self._ld_sources(node, span, text, sources)
        return sources

    def _ld_node(self, text: str) -> tuple[dict[str, Any] | None, tuple[int, int]]:
        """The JSON-LD object that describes the page: the best-ranked type of any script."""
        best: tuple[int, dict[str, Any], tuple[int, int]] | None = None
        ranks = {t: n for n, t in enumerate(self.rules.json_ld_types)}
        for script in _JSON_LD.finditer(text):
            body = script.group(1).strip()
            body = body.removeprefix("<![CDATA[").removesuffix("]]>").strip().rstrip(";")
            try:
                data = json.loads(body)
            except ValueError:
                continue
            for node in _ld_objects(data):
                rank = min((ranks[t] for t in _ld_types(node) if t in ranks), default=None)
                if rank is not None and (best is None or rank < best[0]):
                    best = (rank, node, script.span(1))
        return (best[1], best[2]) if best is not None else (None, (0, 0))

    def _ld_sources(
        self,
        node: dict[str, Any],
        span: tuple[int, int],
        text: str,
        sources: dict[str, list[_Value]],
    ) -> None:
        wanted = {
            source[3:]
            for sources_of in (*self._fields.values(), self._site_sources)
            for source in sources_of
            if source.startswith("ld:")
        }
        for path in sorted(wanted):
            if path == "@type":
                values = [t for t in _ld_types(node) if t in self.rules.json_ld_types][:1]
            else:
                value: Any = node
                for key in path.split("."):
                    value = value.get(key) if isinstance(value, dict) else None
                    if isinstance(value, list) and key != path.split(".")[-1]:
                        value = value[0] if value else None
                values = _ld_strings(value)
            found = []
            for item in values:
                # The value's place in the script, so its identifiers keep a source span.
                at = text.find(item, span[0], span[1]) if item else -1
                found.append(_Value(item, (at, at + len(item)) if at >= 0 else None))
            if found:
                sources[f"ld:{path}"] = found

    # -- the fields --------------------------------------------------------------------------

    def _first(self, sources: dict[str, list[_Value]], field: str) -> _Value | None:
        for source in self._fields.get(field, ()):
            for value in sources.get(source, ()):
                if value.text.strip():
                    return value
        return None

    def _identifier(
        self, sources: dict[str, list[_Value]], scheme: str, text: str
    ) -> tuple[str | None, IdentifierHit | None]:
        for source in self._fields.get(scheme, ()):
            for value in sources.get(source, ()):
                normal = normalize_value(self.identifiers, scheme, value.text)
                if normal is None:
                    continue
                hit = None
                if value.span is not None:
                    start, end = value.span
                    hit = IdentifierHit(scheme, normal, text[start:end], start, end, None, None)
                return normal, hit
        return None, None

    def read(self, page: CleanedPage, fallback_title: str | None = None) -> PageMetadata:
        """``fallback_title``: the segmenter's title of the first article, the last resort."""
        sources = self._sources(page)
        text = page.source.text
        ids: dict[str, str | None] = {}
        hits = []
        for scheme in _PAGE_SCHEMES:
            value, hit = self._identifier(sources, scheme, text)
            ids[scheme] = value
            if hit is not None:
                hits.append(hit)
        if page.source.media_type != "text/html" and not any(ids.values()):
            for hit in self._self_cited(page.blocks) or self._front_matter_ids(text):
                if hit.scheme in ids and ids[hit.scheme] is None:
                    ids[hit.scheme] = hit.value
                    hits.append(hit)
        registrations, registration_hits = self._registrations(page.blocks)
        hits.extend(registration_hits)

        def one(field: str) -> str | None:
            value = self._first(sources, field)
            return _clean(value.text) if value is not None else None

        authors: list[str] = []
        for source in self._fields.get("authors", ()):
            authors = [_clean(v.text) for v in sources.get(source, ()) if v.text.strip()]
            if authors:
                break
        journal = one("journal")
        site_names = {
            _clean(v.text).casefold()
            for source in self._site_sources
            for v in sources.get(source, ())
            if v.text.strip()
        }
        if journal:
            site_names.add(journal.casefold())
        site_names.update(self._owners(page.source.text, page.source.media_type == "text/html"))
        title = self._title(page, sources, site_names, fallback_title)
        metadata = Metadata(
            title=title,
            authors=tuple(dict.fromkeys(authors)),
            journal=journal,
            publication_date=one("publication_date"),
            doi=ids["doi"],
            pmid=ids["pmid"],
            pmcid=ids["pmcid"],
            language=one("language"),
            canonical_url=one("canonical_url"),
            type=one("type"),
            registrations=registrations,
        )
        return PageMetadata(metadata, tuple(hits))

    def is_self_citation(self, text: str) -> bool:
        return self._self_citations.search(text) or self._citation_bars.search(text)

    def _block_hits(self, block: RawBlock) -> list[IdentifierHit]:
        hits = []
        text = block.text
        for item in self.identifiers.find(text.text):
            start, end = text.source_span(item.start, item.end)
            source = text.text[item.start : item.end]
            hits.append(IdentifierHit(item.scheme, item.value, source, start, end, None, None))
        for link in block.links:
            for item in self.identifiers.find_in_link(link.target):
                start, end = link.start + item.start, link.start + item.end
                source = link.target[item.start : item.end]
                hits.append(IdentifierHit(item.scheme, item.value, source, start, end, None, None))
        return hits

    def _front_matter_ids(self, text: str) -> list[IdentifierHit]:
        """The identifiers a front matter names in its values, under any key (a clipping
        note's "published: 2010 (Nature …; DOI 10.1038/nature09042)", its capture note's
        "PMCID PMC2884087 / PMID 20407435"): the front matter describes the page, so a scheme
        it names one value of is the page's. Two values of a scheme (a related paper's) tell
        nothing: that scheme is left out."""
        span = front_matter(text)
        if span is None:
            return []
        others = self._other_works(text, span)
        found: dict[str, list[IdentifierHit]] = {}
        for item in self.identifiers.find(text[span[0] : span[1]]):
            start, end = span[0] + item.start, span[0] + item.end
            if any(lo <= start < hi for lo, hi in others):
                continue  # a reference's, a related paper's
            hit = IdentifierHit(item.scheme, item.value, text[start:end], start, end, None, None)
            found.setdefault(item.scheme, []).append(hit)
        return [
            hits[0]
            for scheme, hits in found.items()
            if scheme in _PAGE_SCHEMES and len({hit.value for hit in hits}) == 1
        ]

    def _other_works(self, text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
        """The spans of a front matter's values under ``front_matter_other_works`` keys: a
        JSON member's value whole, a YAML or TOML entry up to the next entry of the top level."""
        keys = {key.casefold() for key in self.rules.front_matter_other_works}
        if not keys:
            return []
        out: list[tuple[int, int]] = []
        start, end = span
        body = text.find("\n", start, end) + 1
        if text.startswith("{", start) or text[body:end].lstrip().startswith("{"):
            decoder = json.JSONDecoder()
            for member in _JSON_MEMBER_KEY.finditer(text, start, end):
                if member.group(1).casefold() in keys:
                    try:
                        _, stop = decoder.raw_decode(text, member.end())
                    except ValueError:
                        continue
                    out.append((member.end(), stop))
            return out
        entries = list(_TOP_LEVEL_KEY.finditer(text, body, end))
        for n, entry in enumerate(entries):
            if entry.group(1).casefold() in keys:
                stop = entries[n + 1].start() if n + 1 < len(entries) else end
                out.append((entry.start(), stop))
        return out

    def _self_cited(self, blocks: Sequence[RawBlock]) -> list[IdentifierHit]:
        """A text scrape's own identifiers: those of its first "How to cite this article:"
        line (and the line after a label that stands alone), or else of its first header line
        that cites the page (``self_citation_lines``)."""
        for n, block in enumerate(blocks):
            label = self._cite_lines.match(block.text.text)
            if label is None:
                continue
            hits = self._block_hits(block)
            if not hits and n + 1 < len(blocks):
                hits = self._block_hits(blocks[n + 1])
            if hits:
                return hits
        cited: list[IdentifierHit] = []
        labelled: list[IdentifierHit] = []
        bars = [n for n, block in enumerate(blocks) if self._citation_bars.search(block.text.text)]
        # One citation bar among the page's first blocks: a list of them is related articles.
        own_bar = bars[0] if len(bars) == 1 and bars[0] < _BAR_BLOCKS else None
        for n, block in enumerate(blocks):
            text = block.text.text
            if self._reference_heading.search(text.strip()):
                break
            if not cited and (n == own_bar or self._cites_page(blocks, n)):
                cited = self._block_hits(block)
            elif not labelled and n < _HEADER_BLOCKS and self._self_identifiers.search(text):
                labelled = self._block_hits(block)
            if cited and labelled:
                break
        if not cited:
            return []
        # The header's line of labelled identifiers ("PMCID: PMC11756621 PMID: 39724920")
        # names the same article as its citation line, when it names no other DOI: its other
        # schemes are the page's too.
        dois = {hit.value for hit in cited if hit.scheme == "doi"}
        if any(hit.scheme == "doi" and hit.value not in dois for hit in labelled):
            return cited
        schemes = {hit.scheme for hit in cited}
        return cited + [hit for hit in labelled if hit.scheme not in schemes]

    def _cites_page(self, blocks: Sequence[RawBlock], n: int) -> bool:
        """Whether block ``n`` is a header line citing the page itself, alone or with its
        journal on the line before it."""
        text = blocks[n].text.text
        return self._self_citations.search(text) or (
            n > 0
            and (
                self._journal_before(blocks[n - 1].text.text, text)
                or (n < _HEADER_LINES and self._citation_before(blocks[n - 1].text.text, text))
            )
        )

    def _citation_before(self, previous: str, text: str) -> bool:
        """A DOI alone on its line under the citation it completes, in the page's header (a
        SciELO page: "Braz. J. Med. Biol. Res. vol. 46 no. 1" / "http://dx.doi.org/10.1590/…"):
        the two read as one. A blog's cited study at its end is no header."""
        return (
            _BARE_DOI.fullmatch(text.strip()) is not None
            and word_count(previous) <= _JOURNAL_WORDS + 6
            and bool(self._self_citations.search(f"{previous.strip()} {text.strip()}"))
        )

    def _journal_before(self, previous: str, text: str) -> bool:
        """A citation line whose journal stands alone on the line before it (a PMC page: "J Am
        Med Inform Assoc" / ". 2024 Dec 26;32(2):365–374. doi: …"): the two read as one."""
        previous = previous.strip()
        return (
            bool(previous)
            and word_count(previous) <= _JOURNAL_WORDS
            and previous[-1:].isalpha()
            and text.lstrip()[:1] in ".0123456789"
            and self._self_citations.search(f"{previous} {text.strip()}")
        )

    def _registrations(
        self, blocks: Sequence[RawBlock]
    ) -> tuple[tuple[Citation, ...], list[IdentifierHit]]:
        """Identifiers of the rows that name the record's own registration."""
        found: dict[tuple[str, str], Citation] = {}
        hits = []
        for n, block in enumerate(blocks):
            label = self._registration_labels.match(block.text.text)
            if label is None:
                continue
            # The label alone ("NCT Number"): its value is the next block, as in a registry's
            # label/value cells or a text scrape's lines.
            if not block.text.text[label.end() :].strip(" :") and n + 1 < len(blocks):
                block = blocks[n + 1]
            text = block.text.text
            for item in self.identifiers.find(text):
                if item.scheme in _PAGE_SCHEMES:
                    continue
                key = (item.scheme, item.value)
                if key not in found:
                    found[key] = Citation(scheme=item.scheme, value=item.value)
                    start, end = block.text.source_span(item.start, item.end)
                    source = block.text.text[item.start : item.end]
                    hits.append(
                        IdentifierHit(item.scheme, item.value, source, start, end, None, None)
                    )
        return tuple(found.values()), hits

    # -- the title ---------------------------------------------------------------------------

    def _owners(self, text: str, html_page: bool = False) -> set[str]:
        """The names a page's footer gives as its owner ("© 2019 WeerYaram", "Copyright 2024
        Clinica Rigenerativa. All rights reserved"), folded. On an HTML page each owner sign
        is read with the text after it, comments cut and tags as line ends ("©
        <!-- -->2019<!-- --> </span><span>Reuters.")."""
        if html_page:
            signs = list(_OWNER_SIGN.finditer(text))[-_OWNER_SIGNS:]
            text = "\n".join(
                _TAG.sub("\n", _COMMENT.sub("", html.unescape(text[m.start() : m.start() + 400])))
                for m in signs
            )
        names = set()
        for pattern in self._owner_lines:
            for match in pattern.finditer(text):
                name = _SPACE.sub(" ", match.group("name")).strip(" .,-").casefold()
                if name and not name[0].isdigit():
                    names.add(name)
        return names

    def is_title(self, text: str, site_names: Collection[str] = ()) -> bool:
        """Could this text be a page's title (not a label, a site's name, a URL)?"""
        text = text.strip()
        if not text or word_count(text) > self.rules.title_max_words:
            return False
        folded = text.casefold()
        if folded in site_names or folded.removeprefix("the ") in site_names:
            return False
        return self._not_titles.search(text) is None and not self._date_alone(text)

    def _date_alone(self, text: str) -> bool:
        return self._date is not None and self._date.fullmatch(text.strip(" .,;:()[]")) is not None

    def strip_site(self, title: str, site_names: Collection[str]) -> str:
        """Cut the parts of a <title> that name the site, a domain, a date or a label."""
        parts: list[str] = []
        position = 0
        for match in self._separators.finditer(title):
            parts.append(title[position : match.start()])
            position = match.end()
        parts.append(title[position:])
        parts = [p.strip() for p in parts]

        def furniture(part: str) -> bool:
            folded = part.casefold()
            return (
                not part
                or folded in site_names
                or folded.removeprefix("the ") in site_names
                or (
                    any(folded in name or name in folded for name in site_names if len(name) > 3)
                    and word_count(part) <= 4
                )
                or self._not_titles.search(part) is not None
            )

        while len(parts) > 1 and furniture(parts[-1]):
            parts.pop()
        while len(parts) > 1 and furniture(parts[0]):
            parts.pop(0)
        # The parts kept are rejoined as the page wrote them.
        if len(parts) == 1:
            return parts[0]
        first = title.find(parts[0])
        last = title.rfind(parts[-1])
        return title[first : last + len(parts[-1])].strip()

    def _title(
        self,
        page: CleanedPage,
        sources: dict[str, list[_Value]],
        site_names: set[str],
        fallback: str | None,
    ) -> str | None:
        for candidate in self._title_candidates(page, sources, site_names, fallback):
            candidate = _FILE_NAME_LEAD.sub("", _clean(candidate).translate(_TITLE_HYPHENS))
            if (
                self.is_title(candidate, site_names)
                and not self._bylines.search(candidate)
                and not _link_labels(candidate, page.blocks)
            ):
                return candidate
        return None

    def _title_candidates(
        self,
        page: CleanedPage,
        sources: dict[str, list[_Value]],
        site_names: set[str],
        fallback: str | None,
    ) -> Iterator[str]:
        html_page = page.source.media_type == "text/html"
        h1 = next(
            (
                block.text.text
                for block in page.blocks
                if block.kind == BlockKind.HEADING
                and block.heading_level == 1
                and not _home_link(block)
            ),
            None,
        )
        replaced = {_key(s) for s in self.rules.h1_replaces}

        def stated(source: str, title: str) -> Iterator[str]:
            if h1 is not None and source in replaced and self._overlap(h1, title):
                yield h1
            yield title

        for source in self._fields.get("title", ()):
            for value in sources.get(source, ()):
                yield from stated(source, self.strip_site(_clean(value.text), site_names))
        if not html_page:
            yield from self._cited_titles(page.blocks)
        yield from self._labelled_titles(page.blocks)
        if html_page and page.title:
            tag = self.strip_site(_clean(page.title), site_names)
            if h1 is None:
                # No h1: a heading that spells the <title> out ("Cuidados - HAS" over an h2
                # "Cuidados com a HAS") is the same title, written whole.
                yield from self._spelled_out(_clean(page.title), page.source.text)
                headline = self._headline_under_name(page, tag)
                if headline is not None:
                    yield headline
                headline = self._bold_headline_under_unrelated_tag(page, tag)
                if headline is not None:
                    yield headline
            # A template's or a section's one- or two-word <title> ("Informaçoes", "Cover")
            # under a headline h1 that says more: the h1 first; so too a <title> that is a trail
            # of three parts or more led by such a word, the site's sections and owners
            # ("Podcasts | Newsroom | Office of … | Department of …"). A longer <title> stays
            # first (a site section's h1 "Allergies Health Center" over a headline <title>).
            parts = [part.strip() for part in self._separators.split(tag)]
            trail = len(parts) >= 3 and all(
                0 < word_count(part) <= 7 and not any(c.isdigit() for c in part)
                for part in parts[1:]
            )  # sections and owners after the lead, no headline among them
            lead = parts[0] if trail else tag
            if (
                h1 is not None
                and word_count(lead) <= self.rules.short_title_words
                and word_count(h1) > word_count(lead)
            ):
                yield h1
            # A template's stock <title> ("complete responsive hospital website design", a
            # portal's "项目新闻详细页", project news detail page) over an h1 that names what the
            # page is about: the page's text says the h1's words again, not the <title>'s. The
            # h1 is read in the source where the cleaning cut it (a template's header block), if
            # the page has one h1 element only.
            topic = h1
            if topic is None:
                elements = _H1_ELEMENT.findall(page.source.text)
                topic = _heading_text_of(elements[0]) if len(elements) == 1 else None
            if topic and not self._overlap(topic, tag):
                prose = _echo_prose(page)
                said = echo(topic, prose)
                if said >= _TOPIC_ECHO and said - echo(tag, prose) >= _TOPIC_LEAD:
                    yield topic
            yield from stated("html:title", tag)
        if h1 is not None:
            if not html_page:
                yield from self._heading_repeating_first_line(page, site_names)
                yield from self._second_headline(page)
            yield h1
        if not html_page:
            yield from self._self_cited_titles(page.blocks)
            yield from self._titles_in_own_citation(page)
        # The page's own bibliographic reference in its front matter: its title, after the
        # page's headline (a journal club's post titles itself; an organisation as author,
        # "U.S. Department of Health. …", reads as initials: a title of four words at least).
        for source in self.rules.cited_title_sources:
            for value in sources.get(_key(source), ()):
                cited = _CITED_TITLE.match(" ".join(_clean(value.text).split()))
                if cited is not None and len(cited.group("title").split()) >= 4:
                    yield cited.group("title")
        if not html_page:
            yield from self._labelled_titles_in_lines(page.source.text)
            yield from self._lone_labelled_title(page.source.text)
            yield from self._last_crumb(page.source.text)
            # After an infobox's name ("|name = Rh disease", a labelled title above).
            yield from self._wikitext_lead_subject(page)
            yield from self._heading_over_prose(page, site_names)
            yield from self._echoed_heading(page)
            yield from self._line_over_prose(page, site_names)
            yield from self._headline_titles(page)
            yield from self._bylined_titles(page)
        if fallback:
            if not html_page:
                labelled = next(
                    (
                        b
                        for b in page.blocks[: self.rules.leading_blocks]
                        if b.text.text.strip() == fallback.strip()
                    ),
                    None,
                )
                if labelled is not None:
                    yield from self._echoed_below(page, labelled, site_names)
            yield fallback
        if html_page:
            # Last: a heading element of any level, kept or cut (a saved fragment or an
            # e-learning page under an h2, without <title> or h1): no title at all is always
            # wrong. The nearest above the page's first kept prose first (a journal page whose
            # h1 is its logo, then a greeting, the journal's name and the article's own h3),
            # then the page's first.
            source = page.source.text
            text_start = _prose_start(page)
            above = [
                _heading_text(heading) for heading in _FIRST_HEADING.finditer(source, 0, text_start)
            ]
            for text in reversed(above):
                # A headline, not a section's label ("Sintomas"), its question ("O que é
                # Dengue?") nor its authors.
                if (
                    word_count(text) >= _HEADLINE_WORDS
                    and not text.rstrip().endswith("?")
                    and not _author_list(text)
                    and not _names_line(text)
                ):
                    yield text
                    break
            heading = _FIRST_HEADING.search(source)
            if heading:
                yield _heading_text(heading)
            else:
                # No heading element at all: the first bold line of a headline's length above
                # the text (a page laid out in a table sets its title in <b>); a bold label
                # ("Introdução:") is shorter.
                for bold in _EMPHASIZED.finditer(source, 0, text_start):
                    text = _heading_text(bold)
                    if word_count(text) >= _HEADLINE_WORDS and self._title_like(text):
                        yield text
                        break
        if not html_page:
            yield from self._led_titles(page)
            # A page without a headline at its top: the first title-like line of its first
            # blocks (a markdown page that opens with a bold label, after an intro box).
            prose_above = False
            for block in page.blocks[: self.rules.leading_blocks]:
                text = block.text.text.strip()
                if block.kind == BlockKind.FIELD or (
                    block.kind == BlockKind.TABLE_ROW and text.count(": ") > 1
                ):
                    # A header's "Autores: …" row, a table's row of three cells or more
                    # ("None: 783: 75.1%"): labels and values. A label and its one value
                    # ("Drug Name(s): EFFEXOR XR") may name the page.
                    prose_above = True
                    continue
                if "\n" not in text and self._title_like(text):
                    if self.is_title(text, site_names):
                        # A site's section label over the headline ("News & Press", then "Press
                        # Release", then the headline): the first line below whose words the
                        # prose says again, before the label.
                        yield from self._echoed_below(page, block, site_names)
                        yield text
                        break
                    if prose_above:
                        break  # a summary box's label under the lead: no headline below it
                    continue  # a label over the headline ("Press Release", "FOR IMMEDIATE RELEASE")
                prose_above = prose_above or block.kind != BlockKind.HEADING
            # Last: the page's first line, its markup and the site's part cut off. A scrape's
            # first line is most often the browser's <title>; no title at all is always wrong.
            yield from self._slug_titles(sources)
            first = self._first_line(page.source.text)
            if first:
                yield self.strip_site(first, site_names)
        else:
            yield from self._slug_titles(sources)

    def _slug_titles(self, sources: dict[str, list[_Value]]) -> Iterator[str]:
        """The page's slug ("slug: lassa-fever"), its parts read as words: a title of the last
        resort."""
        for source in self.rules.slug_title_sources:
            for value in sources.get(_key(source), ()):
                slug = " ".join(_SLUG_PARTS.split(_clean(value.text))).strip()
                if any(c.isalpha() for c in slug) and word_count(slug) <= _SLUG_WORDS:
                    yield slug

    def _echoed_below(
        self, page: CleanedPage, first: RawBlock, site_names: Collection[str]
    ) -> Iterator[str]:
        """The first title-like line among the page's leading blocks after ``first`` whose words
        the prose says again, when the prose does not say ``first``'s."""
        prose = _prose_blocks(page)
        if echo(first.text.text, _joined(prose)) >= _HEADLINE_ECHO:
            return
        leading = page.blocks[: self.rules.leading_blocks]
        after = [b for b in leading if b.span[0] > first.span[0]]
        for block in after:
            text = block.text.text.strip()
            # The candidate's own block, long enough to count as prose, says its own words.
            if (
                "\n" not in text
                and not text.endswith(_SENTENCE_ENDS)
                and self._title_like(text)
                and self.is_title(text, site_names)
                and echo(text, _joined([b for b in prose if b is not block])) >= _HEADLINE_ECHO
            ):
                yield text
                return

    def _heading_repeating_first_line(
        self, page: CleanedPage, site_names: Collection[str]
    ) -> Iterator[str]:
        """A text scrape's heading below its first line that says that line again, accents and
        case aside: the browser's <title> over the page, whose own level-1 heading may be the
        journal's name ("Induction of chagasic-like arrhythmias … médium", "# Brazilian Journal
        of Medical and Biological Research", then "# Induction of … medium"). A headline of
        ``_HEADLINE_WORDS`` words at least, not a site's name."""
        source = page.source.text
        first = self._first_line(source)
        if word_count(first) < _HEADLINE_WORDS or not self.is_title(first, site_names):
            return
        wanted = _folded(first)
        # The heading's line, kept or cut (as the first line's duplicate), read in the source,
        # in the page's header: above its first prose (a footer may repeat the site's name).
        start = source.find(first) + len(first)
        prose = _prose_start(page)
        for heading in _MARKDOWN_HEADING_TEXT.finditer(source, start, max(start, prose)):
            text = _clean(heading.group(1))
            if _folded(text) == wanted:
                yield text
                return

    @staticmethod
    def _first_line(text: str) -> str:
        """The first line with text after the front matter, images and tags cut; its links'
        labels (a menu before the site's name) only where the line has no other text. A line
        longer than any title is none (and is not read further: one line may be the page)."""
        span = front_matter(text)
        start = span[1] if span else 0
        for raw in _lines(text, start):
            if len(raw) > _FIRST_LINE_MAX:
                return ""
            line = _TAG.sub(" ", _MARKDOWN_IMAGE.sub("", raw))
            plain = _MARKDOWN_LINK.sub(" ", line)
            line = plain if any(ch.isalnum() for ch in plain) else _MARKDOWN_LINK.sub(r"\1", line)
            line = _SPACE.sub(" ", line.strip(" \t#>*-=|\ufeff")).strip()
            if any(ch.isalnum() for ch in line):
                return line
        return ""

    @staticmethod
    def _spelled_out(title: str, source: str) -> Iterator[str]:
        """The first heading element of the page, kept or cut, that starts with the <title>'s
        first word and holds every one of its words (two at least) and more."""
        ordered = re.findall(r"\w+", title.casefold())
        words = set(ordered)
        if len(words) < 2:
            return
        for heading in _FIRST_HEADING.finditer(source):
            text = _heading_text(heading)
            found = re.findall(r"\w+", text.casefold())
            if found[:1] == ordered[:1] and len(found) > len(words) and words <= set(found):
                yield text
                return

    def _overlap(self, h1: str, title: str) -> bool:
        """Do the two share at least ``h1_overlap`` of the shorter one's words?"""
        one = set(re.findall(r"\w+", h1.casefold()))
        other = set(re.findall(r"\w+", title.casefold()))
        if not one or not other:
            return False
        return len(one & other) >= self.rules.h1_overlap * min(len(one), len(other))

    def _cited_titles(self, blocks: Sequence[RawBlock]) -> Iterator[str]:
        for n, block in enumerate(blocks):
            text = block.text.text
            label = self._cite_lines.match(text)
            if label is None:
                continue
            rest = text[label.end() :].strip()
            if not rest and n + 1 < len(blocks) and blocks[n + 1].kind != BlockKind.HEADING:
                rest = blocks[n + 1].text.text
            found = _CITED_TITLE.match(" ".join(rest.split()))
            if found is not None:
                yield found.group("title")

    def _headline_under_name(self, page: CleanedPage, tag: str) -> str | None:
        """A page without an h1 whose first kept heading is a story's headline (a line of
        ``headline_min_words`` words at least) under a <title> that is a name (two words or
        more, each capitalised but its particles) sharing none of the headline's words, which
        the page's prose uses inside a sentence: the <title> names the site or its owner
        ("Hospital Nacional Dos de Mayo" over the h2 "Viceministro de Salud visitó a los
        heridos …", whose text says "atendidos en el Hospital Nacional Dos de Mayo"), the
        headline the page. A topic's <title> ("Metformin", "Dengue") is no name of this kind."""
        heading = next((b for b in page.blocks if b.kind == BlockKind.HEADING), None)
        if heading is None or not tag:
            return None
        text = heading.text.text.strip()
        if word_count(text) < self.rules.headline_min_words or not self._title_like(text):
            return None
        name_words = tag.split()
        if len(name_words) < 2 or not all(
            w[:1].isupper() or w.casefold() in _NAME_PARTICLES for w in name_words
        ):
            return None
        words = {w.casefold() for w in _WORD.findall(text) if len(w) > 3}
        if words & {w.casefold() for w in _WORD.findall(tag) if len(w) > 3}:
            return None
        in_prose = any(
            block.kind != BlockKind.HEADING and block.text.text.find(tag) > 0
            for block in page.blocks
        )
        return text if in_prose else None

    def _bold_headline_under_unrelated_tag(self, page: CleanedPage, tag: str) -> str | None:
        """A page without heading elements whose <title> shares (almost) no word with its kept
        text (a site's name and slogan: "Medya Boss - Dünyadan Haberiniz Olsun") and whose
        first kept bold line of a headline's length names the story ("<p><b>Deprem astım
        ataklarını tetikledi; …</b></p>" in a layout table's cell): that line."""
        source = page.source.text
        if not tag or _FIRST_HEADING.search(source):
            return None
        # Words compared by their first letters: "Vaccinations" in a <title> is "vaccinated"
        # in the text.
        kept = {
            w.casefold()[:_STEM] for block in page.blocks for w in _WORD.findall(block.text.text)
        }
        if len(kept) < _PROSE_WORDS * 3:
            return None  # too little text to tell a site's <title> from a page's
        # A word such as "from" of a slogan may be in the text; a page's own <title> has most.
        tag_words = {w.casefold()[:_STEM] for w in _WORD.findall(tag) if len(w) > 3}
        if not tag_words or len(tag_words & kept) * 4 >= len(tag_words):
            return None
        # A bold line above the first prose paragraph: a call to action in the text is none.
        text_start = _prose_start(page)
        for bold in _EMPHASIZED.finditer(source, 0, text_start):
            text = _heading_text(bold)
            if (
                word_count(text) >= _HEADLINE_WORDS
                and self._title_like(text)
                and any(text in block.text.text for block in page.blocks)
            ):
                return text
        return None

    def _self_cited_titles(self, blocks: Sequence[RawBlock]) -> Iterator[str]:
        """The line after a text scrape's header line that cites the page itself, when the
        line after it lists authors (a PMC or PubMed page: "NPJ Digit Med. 2025 Nov 21;8:708.
        doi: …", the article's title, "Nicholas R Kurtansky 1, Maura C Gillis 1, …"), and it
        is title-like, of four words at least and without a slash (not "Search in PMC", not a
        link): the first citation line of the page's header only, above any reference list (a
        digest's line under another paper's citation is its comment, not its title)."""
        for n, block in enumerate(blocks[: min(_HEADER_BLOCKS, len(blocks) - 2)]):
            text = block.text.text
            if self._reference_heading.search(text.strip()):
                return
            if not self._cites_page(blocks, n):
                continue
            following = blocks[n + 1]
            title = following.text.text.strip()
            # A title with a subtitle reads as a field ("The SLICE-3D dataset: 400,000 …"): the
            # author list under it tells a title from a header's label and value.
            if (
                self._title_like(title)
                and word_count(title) >= _SELF_CITED_TITLE_WORDS
                and "/" not in title
                and _author_list(blocks[n + 2].text.text)
            ):
                yield title
            return

    def _wikitext_lead_subject(self, page: CleanedPage) -> Iterator[str]:
        """A wiki page kept as its source (:func:`ingest.clean.wikitext`, whose marks cleaning cut):
        its title is the bold subject its lead paragraph opens with, as a wiki writes it
        ("'''''Encephalitozoon intestinalis''''' is a [[parasitism|parasite]].")."""
        source = page.source.text
        if not wikitext(source):
            return
        for block in page.blocks[:_HEADER_BLOCKS]:
            if block.kind == BlockKind.HEADING:
                return  # the lead ends at the first section
            line = source.rfind("\n", 0, block.span[0]) + 1
            if block.kind != BlockKind.PARAGRAPH or source.startswith(("|", "{", "}", "!"), line):
                continue  # an infobox's parameter rows
            subject = _WIKI_BOLD_LEAD.match(source, line, block.span[1])
            if subject is not None:
                yield " ".join(subject.group("subject").split())
            return

    def _titles_in_own_citation(self, page: CleanedPage) -> Iterator[str]:
        """A header line that the page's own bibliographic reference quotes whole, as its
        title: between the authors' full stop and the next one, in a line with a year (an
        abstract's "FACO JUNIOR, A. S.; …; PRECOMA, D. B. Acompanhamento de pacientes … de
        Curitiba, PR. In: SEMIC, …, 2015." over the title's own line). Title-like, four words
        at least."""
        # The page's header only, above its first heading: the reference and the title line
        # both (a reference list's entry quoting a section's heading is another work's).
        header = list(
            itertools.takewhile(lambda b: b.kind != BlockKind.HEADING, page.blocks[:_HEADER_BLOCKS])
        )
        citations = [
            " ".join(b.text.text.split())
            for b in header
            if _YEAR.search(b.text.text) and word_count(b.text.text) >= 2 * _SELF_CITED_TITLE_WORDS
        ]
        if not citations:
            return
        for block in header:
            title = " ".join(block.text.text.split()).rstrip(".")
            if word_count(title) < _SELF_CITED_TITLE_WORDS or not self._title_like(title):
                continue
            quoted = f". {title}."
            if any(
                quoted in citation and len(citation) >= len(title) + 20 for citation in citations
            ):
                yield title
                return

    def _labelled_titles(self, blocks: Sequence[RawBlock]) -> Iterator[str]:
        for n, block in enumerate(blocks):
            text = block.text.text
            label = self._title_labels.match(text)
            if label is None:
                continue
            rest = text[label.end() :].strip(" :")
            if not rest and n + 1 < len(blocks):
                rest = blocks[n + 1].text.text
            if rest:
                yield rest.rstrip(".")

    def _labelled_titles_in_lines(self, text: str) -> Iterator[str]:
        """A registry's title label and the line after it, read from the source lines of a text
        scrape: cleaning may have cut the label with the menu it stands under."""
        lines = [line for _, line in _nonblank_lines(text)]
        for n, line in enumerate(lines):
            label = self._title_labels.match(line)
            if label is None:
                continue
            rest = line[label.end() :].strip(" :")
            if not rest and n + 1 < len(lines):
                rest = lines[n + 1]
            if rest and self._title_labels.match(rest) is None:
                yield rest.rstrip(".")

    def _lone_labelled_title(self, text: str) -> Iterator[str]:
        """A text scrape's title under its label alone on a line of the header, above the first
        prose (``lone_title_labels``: a post's "##THESIS TITLE", then "『", the paper's title,
        "』"): the line after the label, quotes that wrap it cut."""
        # A label's line may be a markdown heading, glued to its marks; the quotes of a title
        # may stand on lines of their own.
        lines = [
            _HEADING_MARKS.sub("", line).strip()
            for _, line in _nonblank_lines(text)
            if line.strip().strip(_TITLE_QUOTES)
        ]
        for n, line in enumerate(lines[:-1]):
            if word_count(line) >= _PROSE_WORDS:
                return  # the header ends at the first prose
            if self._lone_title_labels.match(line) is not None:
                title = _unwrapped(lines[n + 1]).rstrip(".")
                if self._title_like(title):
                    yield title
                return

    def _last_crumb(self, text: str) -> Iterator[str]:
        """A text scrape's breadcrumb trail whose last crumb, a headline, is the next line
        ("Inizio | Indietro > Che risultati aspettarsi se si partecipa …", then that headline
        alone): the page's own name, under a first line that names the site's section."""
        lines = [line.strip() for _, line in _nonblank_lines(text)][:_HEADER_BLOCKS]
        for n, line in enumerate(lines[:-1]):
            parts = _CRUMBS.split(line)
            if len(parts) < 2:
                continue
            last = parts[-1].strip()
            if (
                word_count(last) >= _HEADLINE_WORDS
                and last in lines[n + 1 : n + 4]
                and self._title_like(last)
            ):
                yield last
                return

    def _headline_titles(self, page: CleanedPage) -> Iterator[str]:
        """A kept title-like block that the page's first line opens with, the rest of the line
        cut off by a title separator: a scrape that starts with the browser's <title>
        ("Headline - Site") glued to the site's menu, the headline repeated in the body."""
        text = page.source.text
        first = _SPACE.sub(" ", text.lstrip("\ufeff \t\r\n").partition("\n")[0]).strip()
        if not first:
            return
        prose: str | None = None
        for block in page.blocks:
            candidate = _SPACE.sub(" ", block.text.text).strip()
            if not candidate or not first.startswith(candidate):
                continue
            rest = first[len(candidate) :]
            if (not rest or self._separators.match(rest)) and self._title_like(candidate):
                if not rest:
                    # A first line that is the block whole may be the site's section label
                    # ("News & Press" over "Press Release" and the headline): a headline's
                    # words the page's prose says again.
                    prose = _echo_prose(page) if prose is None else prose
                    if echo(candidate, prose) < _HEADLINE_ECHO:
                        continue
                yield candidate
                return

    def _echoed_heading(self, page: CleanedPage) -> Iterator[str]:
        """A text page's heading in its header (above the first prose) whose words the prose
        says again, under a first line whose words it does not: the site's name and its menu
        over the post's headline ("立花漢方内科小児科", a phone number, the menu, then "##
        コロナ禍での松の葉療法")."""
        blocks = page.blocks
        first = next((b for b in blocks if b.text.text.strip()), None)
        if first is None:
            return
        # A trail of three short parts or more ("JAMA | Original Investigation | CARING FOR
        # THE CRITICALLY ILL PATIENT", a PDF's running head) names the journal and the section,
        # whatever words of it the prose says.
        parts = [part.strip() for part in self._separators.split(first.text.text)]
        trail = len(parts) >= 3 and all(0 < word_count(part) <= 7 for part in parts)
        prose = _echo_prose(page)
        lead = 0.0 if trail else echo(first.text.text, prose)
        for block in blocks[1:]:
            if block.kind == BlockKind.PARAGRAPH and word_count(block.text.text) >= _PROSE_WORDS:
                return
            if block.kind != BlockKind.HEADING:
                continue
            text = _clean(block.text.text)
            said = echo(text, prose)
            if said >= _TOPIC_ECHO and said - lead >= _TOPIC_LEAD and self._title_like(text):
                yield text
                return

    def _heading_over_prose(self, page: CleanedPage, site_names: Collection[str]) -> Iterator[str]:
        """A text page's heading right above its first prose, when the page's first line is a
        short plain line (a name) above headings: the site's name over its menus ("Cardoso e
        Ávila", "## Blog", then "##### Doenças de Mama: Diagnóstico" over the post), or a
        heading that is no title (a domain, the site's name). A headline,
        not a section's label, its question or its authors."""
        blocks = page.blocks
        prose = next(
            (
                n
                for n, block in enumerate(blocks)
                if block.kind == BlockKind.PARAGRAPH and word_count(block.text.text) >= _PROSE_WORDS
            ),
            None,
        )
        if not prose or blocks[prose - 1].kind != BlockKind.HEADING:
            return
        first = next((b for b in blocks if b.text.text.strip()), None)
        if first is None or first is blocks[prose - 1]:
            return
        # A heading first is a title, unless it is none: a domain or the site's name marked up
        # as the page's heading ("# how-healthy.com" over a carousel's "## Wellcome to iCoder").
        if first.kind == BlockKind.HEADING and self.is_title(first.text.text, site_names):
            return
        # A first line that repeats a link of the menu above it is the page's own entry of the
        # site's menu, shown again over the post ("- [IVM = new HCQ](…)", "Menu", "IVM = new
        # HCQ", a table of contents, then the post's "## L'ivermectine, …"), whatever its length,
        # when something stands between them (right over the heading, it names the page).
        between = page.source.text[first.span[1] : blocks[prose - 1].span[0]]
        # (the heading's own marks aside)
        if not _menu_entry(first.text.text, page.source.text[: first.span[0]]) or not (
            between.rstrip().rstrip("#").strip()
        ):
            # A name, not a headline: shorter than a headline and than the heading ("Statins
            # in people at low risk …" over "## Abstract" and "### Background" stays the title).
            named = word_count(first.text.text)
            if named >= _HEADLINE_WORDS or named >= word_count(blocks[prose - 1].text.text):
                return
            # A plain first line right over a section's heading ("Title", "## Introduction") is
            # the title; one with the site's headings between them (kept or cut: "## Blog") is
            # not.
            if not _MARKDOWN_HEADING_LINE.search(between):
                return
        text = _clean(blocks[prose - 1].text.text)
        if (
            word_count(text) >= _HEADLINE_WORDS
            and not text.endswith("?")
            and not _author_list(text)
            and not _names_line(text)
        ):
            yield text

    def _line_over_prose(self, page: CleanedPage, site_names: Collection[str]) -> Iterator[str]:
        """A plain-text scrape's line right above its first prose, under a few short lines and
        none that names it: the browser's <title> of a site's section and a menu word over the
        post ("Profilactika Media — Ненапрасно", then the headline over the lead; "Cardoso e
        Ávila", "Blog", then "Risco Cardiometabólico" over "As doenças … são multifatoriais.").
        A title-like line, not a section's label, a date, a question or a names line."""
        blocks = page.blocks
        if any(b.kind == BlockKind.HEADING for b in blocks[: _OVER_PROSE_LINES + 2]):
            return
        prose = next(
            (
                n
                for n, block in enumerate(blocks[: _OVER_PROSE_LINES + 2])
                if block.kind == BlockKind.PARAGRAPH and _prose_lead(block.text.text)
            ),
            None,
        )
        if prose is None or not 2 <= prose <= _OVER_PROSE_LINES + 1:
            return
        line = _clean(blocks[prose - 1].text.text)
        above = [b.text.text for b in blocks[: prose - 1]]
        if any(word_count(text) > _OVER_PROSE_ABOVE_WORDS for text in above):
            return
        words = set(re.findall(r"\w+", line.casefold()))
        if any(words & set(re.findall(r"\w+", text.casefold())) for text in above):
            return  # the first line names the post: it is the title, read as any first line
        # The lines above are the site's, not the post's title and its dateline or a label:
        # the first is a browser's <title> ("Section — Site"), or the site's menu was cut
        # between them and the post ("Blog"). "Statin therapy" over "Updated March 2024" and
        # "Key points to remember", or a name over an affiliation, stay as they are.
        start, end = blocks[0].span[1], blocks[prose - 1].span[0]
        site_lines = self._separators.search(above[0]) is not None or any(
            r.reason == "boilerplate" and start <= r.span[0] < end for r in page.removed
        )
        if not site_lines:
            return
        # Two words may name a post there ("Risco Cardiometabólico"): its place says it.
        if (
            self._title_like(line, min_words=2)
            and not line.endswith("?")
            and not _author_list(line)
            and not _names_line(line)
            and self.is_title(line, site_names)
        ):
            yield line

    def _second_headline(self, page: CleanedPage) -> Iterator[str]:
        """A text page's second and last level-1 heading, over the post's lead, when the page
        opens with a shorter level-1 heading and a heading or a short line, but nothing longer,
        stand between them: a template's page label ("# Tin tức chi tiết", "## Tin tức") over
        the post's own headline ("# Biết 10 nguyên nhân …", a date, then the lead)."""
        blocks = page.blocks
        if not blocks or blocks[0].kind != BlockKind.HEADING or blocks[0].heading_level != 1:
            return
        label = word_count(blocks[0].text.text)
        for n, block in enumerate(blocks[1 : _OVER_PROSE_LINES + 2], start=1):
            text = block.text.text
            if block.kind == BlockKind.HEADING and block.heading_level == 1:
                if word_count(text) < max(_HEADLINE_WORDS, label + 1) or n == 1:
                    return  # two level-1 headings in a row: a page that so marks its sections
                if any(
                    b.kind == BlockKind.HEADING and b.heading_level == 1 for b in blocks[n + 1 :]
                ):
                    return  # a third one: the page's sections are level 1
                lead = blocks[n + 1 : n + 1 + _OVER_PROSE_LINES]
                if not any(
                    b.kind == BlockKind.PARAGRAPH and _prose_lead(b.text.text) for b in lead
                ):
                    return
                headline = _clean(text)
                if self._title_like(headline) and not _names_line(headline):
                    yield headline
                return
            if block.kind != BlockKind.HEADING and word_count(text) > _OVER_PROSE_ABOVE_WORDS:
                return  # prose under the first heading: it is the page's own

    def _title_like(self, text: str, min_words: int | None = None) -> bool:
        words = word_count(text)
        first = text[:1]
        least = self.rules.title_min_words if min_words is None else min_words
        return (
            least <= words <= self.rules.title_max_words
            and (capital_or_caseless(first) or first.isdigit())
            and not text.endswith((".", ",", ";", ":", ")"))
            and "\n" not in text
            # A header line citing the page ("Arq. Bras. Cardiol. 118 (4) • Apr 2022 • doi")
            and not self.is_self_citation(text)
            # A menu's items on one line ("Explore Our Apps: My Cycles | My Diet Diary | ...")
            and text.count(" | ") < _MENU_BARS
            and not self._date_alone(text)
        )

    def _led_titles(self, page: CleanedPage) -> Iterator[str]:
        """The first title-like line that a lead follows: the next line is prose (at least
        ``lead_min_words`` words, the last one ending a sentence). A news page or a homepage
        under its menus: its first story's headline, the menus' short lines led by nothing.
        Only a line that cleaning kept (not a newsletter box's), above the first heading."""
        kept = sorted(block.span for block in page.blocks)
        starts = [span[0] for span in kept]

        def is_kept(offset: int) -> bool:
            k = bisect_right(starts, offset) - 1
            return k >= 0 and kept[k][0] <= offset < kept[k][1]

        lines = _nonblank_lines(page.source.text)
        for n, (start, line) in enumerate(lines[:-1]):
            if line.startswith("#"):
                return  # a page with headings: its title is not a story's under its menus
            candidate = line.strip("*_ ")
            # A headline holds no full stop inside, link or bracket: a numbered reference entry
            # ("5. Title [Internet]. [cited ...]") is not one.
            if any(s in candidate for s in _NOT_IN_HEADLINES) or not self._title_like(candidate):
                continue
            lead = lines[n + 1][1].strip("*_ ")
            if (
                word_count(lead) >= self.rules.lead_min_words
                and lead.endswith((".", "!", "?", "…", ".”", '."', ".’", "。", "！", "？", "。」"))
                and "](" not in lead
                and is_kept(start)
                # a kept lead: a licence notice under a date line leads no story
                and is_kept(lines[n + 1][0])
            ):
                yield candidate
                return

    def _bylined_titles(self, page: CleanedPage) -> Iterator[str]:
        """Title-like lines that a byline, a date line or an author list follows. Read from
        the source lines: cleaning may have cut a headline as a run of short lines."""
        lines = [line for _, line in _nonblank_lines(page.source.text)]
        # Whether each line is a byline, asked once per line: a line is in the window of
        # several candidates.
        bylines: list[bool | None] = [None] * len(lines)

        def byline(k: int) -> bool:
            known = bylines[k]
            if known is None:
                known = bylines[k] = self._bylines.search(lines[k]) is not None
            return known

        window = self.rules.byline_window
        for n, candidate in enumerate(lines):
            if "](" in candidate or "<" in candidate or not self._title_like(candidate):
                continue
            if byline(n) or (
                n
                and " " not in lines[n - 1]
                and self._bylines.match(f"{lines[n - 1]} {candidate}") is not None
            ):
                # A byline, or its name on the line after a lone "By": the two lines read as
                # one byline (a scrape broke "By Daily Mail Reporter" over two lines).
                continue
            if any(byline(k) for k in range(n + 1, min(n + 1 + window, len(lines)))):
                yield candidate
