"""Markup → blocks of text with offset maps, for HTML pages and text pages with HTML fragments.

Three passes, none recursive (a page may nest 200,000 levels deep):

1. :func:`tokenize`: the HTML standard's tokenizer (:mod:`ingest.clean.html5`), with the source
   span of every token (tags, text, entities, comments). In text pages, only known tag names with
   sane attributes count as tags; anything else stays text.
2. :func:`index_elements`: elements with their parent, extent, and how much visible text and
   link text they hold, closing unclosed elements the way browsers do.
3. :class:`BlockEmitter`: walks the tokens and writes blocks (paragraphs, headings, list items,
   table rows) as :class:`~ingest.textmap.MappedText`; every tag, script, style and link target
   becomes a ``markup`` span; elements the rules mark as boilerplate are cut whole.

Nothing is searched for afterwards: every character of a block knows where it came from.
"""

from __future__ import annotations

import html as html_module
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import regex

from ingest.clean.blocks import BlockKind, Link, RawBlock, collapse_space
from ingest.clean.html5 import Tok, Token, tokenize_html
from ingest.rules.models import CitationMarkerRules, DisclosureRules, MarkupRules
from ingest.rules.patterns import compile_pattern
from ingest.text import line_starts, word_count
from ingest.textmap import MappedText, Piece, TextBuilder

__all__ = ["Tok", "Token", "index_elements", "tokenize"]

_ODD_SPACE = re.compile(r"[^\S ]")  # whitespace other than a plain space
# The fewest cells between tabs that make a text page's line a table row (BlockEmitter._tab_row);
# one tab is an indent or a gap.
_TAB_ROW_CELLS = 3
# The most words of a column label: a header cell of more words that ends a sentence is prose,
# and its row no header row ("No.", "How effective is it?" or a long label stay labels).
_HEADER_CELL_MAX_WORDS = 10
# A row of two cells or more, each of this many words or more, is a page laid out in a table's
# columns (an abstract beside its translation), not labels and values: each cell is text of its
# own. A registry's row is a short label and its long value ("Eligibility Criteria: …"), and an
# evidence table's row holds a short cell ("Smith 2019") beside long ones: both stay rows.
_LAYOUT_CELL_MIN_WORDS = 30
# Invisible characters that only hint at line breaking (soft hyphen, zero-width space, word
# joiner, zero-width no-break space): markup, not text. "Mag\u00adda\u00adle\u00adner" reads
# "Magdalener" on screen, and the rules and the voter must see it so; a span over the word still
# reads the same letters, as these are not letters.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
INVISIBLE_RULE = "invisible-character"
# A markdown heading's marks alone at the start of a line ("# ", "### ").
_HEADING_MARKS = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+")


def tokenize(text: str, rules: MarkupRules, *, text_page: bool) -> list[Token]:
    if not text_page:
        return tokenize_html(text)
    known = set(rules.known_tags)
    boolean = set(rules.boolean_attributes)

    def counts(token: Token) -> bool:
        return _plausible_tag(token, known, boolean)

    tokens = tokenize_html(text, accepts=counts)
    length = len(text)
    for token in tokens:
        if token.kind in (Tok.START, Tok.STARTEND, Tok.END) and not counts(token):
            token.kind = Tok.DATA
        elif token.kind == Tok.OTHER and (
            not text.startswith("<!--", token.start)
            or (token.end == length and not text.endswith(">"))
        ):
            # "<!" or "<?" in prose, a tag cut off at the end, or a "<!--" never closed: text.
            token.kind = Tok.DATA
    return tokens


def _plausible_tag(token: Token, known: set[str], boolean: set[str]) -> bool:
    if token.name not in known:
        return False
    return all(value is not None or name in boolean or "-" in name for name, value in token.attrs)


# --- element index ----------------------------------------------------------------------------

# How browsers close elements nobody closed (the tree builder's "in body" rules, for the cases
# that change which element text belongs to). Each rule asks whether an element is open "in
# scope": open, with no boundary element opened after it. Open elements are tracked per tag and
# boundaries per kind, as stack depths, so every check is O(1) however deep the page nests.
_SCOPE = frozenset(
    {"applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"}
    | {"foreignobject", "desc", "mi", "mo", "mn", "ms", "mtext", "annotation-xml"}
)
_BUTTON_SCOPE = _SCOPE | {"button"}
_LIST_SCOPE = _SCOPE | {"ol", "ul"}
_TABLE_SCOPE = frozenset({"html", "table", "template"})
# The standard's "special" elements: an end tag for an ordinary element does not close them.
_SPECIAL = frozenset(
    {"address", "applet", "area", "article", "aside", "base", "basefont", "bgsound"}
    | {"blockquote", "body", "br", "button", "caption", "center", "col", "colgroup", "dd"}
    | {"details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure"}
    | {"footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head"}
    | {"header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link"}
    | {"listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript"}
    | {"object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section"}
    | {"select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea"}
    | {"tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp"}
)
# What stops <li>, <dd>, <dt> from closing an open sibling: a special element other than these.
_LIST_BARRIER = _SPECIAL - {"address", "div", "p"}
# Where formatting elements (<a>, <b>, …) stop being closed by a later one (the "markers").
_MARKER = frozenset({"applet", "caption", "html", "marquee", "object", "td", "th", "template"})
# Start tags that close an open <p>.
_CLOSES_P = frozenset(
    {"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div"}
    | {"dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu"}
    | {"nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5"}
    | {"h6", "pre", "listing", "form", "plaintext", "table", "hr", "xmp", "li", "dd", "dt"}
)
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Elements that may stay in <head>; any other start tag (or text) ends the head.
_HEAD_CONTENT = frozenset(
    {"base", "basefont", "bgsound", "link", "meta", "noframes", "script", "style", "template"}
    | {"title", "noscript", "html", "head"}
)
# End tags that close their element when it is in scope, and whatever is open inside it.
_BLOCK_END = frozenset(
    {"address", "article", "aside", "blockquote", "button", "center", "details", "dialog"}
    | {"dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup"}
    | {"listing", "main", "menu", "nav", "ol", "pre", "search", "section", "summary", "ul"}
    | {"form", "applet", "marquee", "object", "dd", "dt", "head", "template"}
)
_TABLE_END = frozenset({"table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption"})
# Formatting elements: an end tag closes the element whenever it is open (browsers' adoption
# agency moves the inner blocks out of it instead; for whose text is whose this is close).
_FORMATTING = frozenset(
    {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong"}
    | {"tt", "u"}
)
_IMPLIES_ENDS = _CLOSES_P | {"option", "optgroup", "td", "th", "tr", "tbody", "thead", "tfoot"}
_IMPLIES_ENDS |= {"a", "button"}
_IGNORED_END = frozenset({"body", "html"})  # </body>, </html> close nothing before the end


@dataclass(slots=True)
class Element:
    tag: str
    attrs: tuple[tuple[str, str | None], ...]
    parent: int
    start: int  # source offset of the start tag
    end: int  # source offset after the end tag (or where it was closed implicitly)
    open_token: int
    close_token: int = -1  # index of the END token, -1 when closed implicitly
    text_chars: int = 0  # visible characters inside, descendants included
    link_chars: int = 0
    holds_title: bool = False  # an h1 inside


@dataclass(slots=True)
class ElementIndex:
    elements: list[Element] = field(default_factory=list)
    text_chars: int = 0


class _OpenElements:
    """The stack of open elements, with the depths of open elements per tag and of the scope
    boundaries per kind, so that "is a <p> open in button scope" costs O(1)."""

    def __init__(self) -> None:
        self.stack: list[int] = []  # element numbers
        self.tags: list[str] = []
        self.depths: dict[str, list[int]] = {}
        self.scope: list[int] = []
        self.button: list[int] = []
        self.list_item: list[int] = []
        self.table: list[int] = []
        self.special: list[int] = []
        self.barrier: list[int] = []
        self.marker: list[int] = []
        self._kinds: dict[str, tuple[list[int], ...]] = {}

    def _kinds_of(self, tag: str) -> tuple[list[int], ...]:
        kinds = self._kinds.get(tag)
        if kinds is None:
            pairs = (
                (_SCOPE, self.scope),
                (_BUTTON_SCOPE, self.button),
                (_LIST_SCOPE, self.list_item),
                (_TABLE_SCOPE, self.table),
                (_SPECIAL, self.special),
                (_LIST_BARRIER, self.barrier),
                (_MARKER, self.marker),
            )
            kinds = tuple(depths for names, depths in pairs if tag in names)
            self._kinds[tag] = kinds
        return kinds

    def push(self, number: int, tag: str) -> None:
        depth = len(self.stack)
        self.stack.append(number)
        self.tags.append(tag)
        depths = self.depths.get(tag)
        if depths is None:
            self.depths[tag] = [depth]
        else:
            depths.append(depth)
        kinds = self._kinds.get(tag)
        if kinds is None:
            kinds = self._kinds_of(tag)
        for boundaries in kinds:
            boundaries.append(depth)

    def pop(self) -> int:
        tag = self.tags.pop()
        self.depths[tag].pop()
        kinds = self._kinds.get(tag)
        if kinds is None:
            kinds = self._kinds_of(tag)
        for boundaries in kinds:
            boundaries.pop()
        return self.stack.pop()

    def deepest(self, *tags: str) -> int:
        """The depth of the innermost open element with one of these tags, -1 if none."""
        best = -1
        for tag in tags:
            depths = self.depths.get(tag)
            if depths and depths[-1] > best:
                best = depths[-1]
        return best

    def in_scope(self, boundaries: list[int], *tags: str) -> int:
        depth = self.deepest(*tags)
        if depth < 0 or (boundaries and boundaries[-1] > depth):
            return -1
        return depth

    def top(self) -> str:
        return self.tags[-1] if self.tags else ""


def index_elements(tokens: list[Token], text: str, rules: MarkupRules) -> ElementIndex:
    void = set(rules.void_tags)
    markup_only = {*rules.markup_only_tags, *rules.annotation_tags}
    index = ElementIndex()
    elements = index.elements
    open_elements = _OpenElements()
    stack = open_elements.stack
    depths = open_elements.depths
    link_depth = 0
    code_depth = 0  # open <script>, <style>, …: their text is not page text
    closed_early: dict[str, int] = {}  # formatting elements closed by an implied end, per tag

    def close(position: int, until: int) -> None:
        """Close the open elements from the innermost down to depth ``until`` (included)."""
        nonlocal link_depth, code_depth
        while len(stack) > until:
            number = open_elements.pop()
            element = elements[number]
            element.end = position
            if element.tag in markup_only:
                code_depth = max(0, code_depth - 1)
            if element.tag == "a":
                link_depth = max(0, link_depth - 1)
            if element.tag in _FORMATTING:
                closed_early[element.tag] = number
            if element.parent >= 0:
                parent = elements[element.parent]
                parent.text_chars += element.text_chars
                parent.link_chars += element.link_chars
                parent.holds_title = parent.holds_title or element.holds_title

    def implied_ends(tag: str, position: int) -> None:
        """Close what a start tag of ``tag`` closes in a browser."""
        head = open_elements.deepest("head")
        if head >= 0 and tag not in _HEAD_CONTENT:
            close(position, head)  # no </head>: the body's first element ends the head
        if tag in _CLOSES_P:
            depth = open_elements.in_scope(open_elements.button, "p")
            if depth >= 0:
                close(position, depth)
        if tag == "li" or tag == "dd" or tag == "dt":
            siblings = ("li",) if tag == "li" else ("dd", "dt")
            depth = open_elements.deepest(*siblings)
            barrier = open_elements.barrier
            if depth >= 0 and (not barrier or barrier[-1] <= depth):
                close(position, depth)
        elif tag in _HEADING_TAGS:
            if open_elements.top() in _HEADING_TAGS:
                close(position, len(stack) - 1)
        elif tag == "option" or tag == "optgroup":
            if open_elements.top() == "option":
                close(position, len(stack) - 1)
        elif tag == "td" or tag == "th":
            depth = open_elements.in_scope(open_elements.table, "td", "th")
            if depth >= 0:
                close(position, depth)
        elif tag == "tr" or tag in ("tbody", "thead", "tfoot"):
            # The outermost of the open row parts in this table: a new row closes the row
            # (and its cell), a new row group the group.
            closes = (
                ("tr", "td", "th") if tag == "tr" else ("tbody", "thead", "tfoot", "tr", "td", "th")
            )
            found = [open_elements.in_scope(open_elements.table, name) for name in closes]
            open_parts = [depth for depth in found if depth >= 0]
            if open_parts:
                close(position, min(open_parts))
        elif tag == "a":
            depth = open_elements.deepest("a")
            marker = open_elements.marker
            if depth >= 0 and (not marker or marker[-1] < depth):
                close(position, depth)
        elif tag == "button":
            depth = open_elements.in_scope(open_elements.scope, "button")
            if depth >= 0:
                close(position, depth)

    def closed_by_end_tag(tag: str) -> int:
        """The depth of the element an end tag closes, -1 when it closes nothing (stray)."""
        if tag in _IGNORED_END:
            return -1
        if tag == "p":
            return open_elements.in_scope(open_elements.button, "p")
        if tag == "li":
            return open_elements.in_scope(open_elements.list_item, "li")
        if tag in _HEADING_TAGS:
            return open_elements.in_scope(open_elements.scope, *_HEADING_TAGS)
        if tag in _BLOCK_END:
            return open_elements.in_scope(open_elements.scope, tag)
        if tag in _TABLE_END:
            return open_elements.in_scope(open_elements.table, tag)
        depth = open_elements.deepest(tag)
        if depth < 0:
            return -1
        if tag in _FORMATTING:
            marker = open_elements.marker
            return depth if not marker or marker[-1] < depth else -1
        special = open_elements.special
        return depth if not special or special[-1] <= depth else -1

    for i, token in enumerate(tokens):
        kind = token.kind
        if kind == Tok.START or kind == Tok.STARTEND:
            tag = token.name
            if tag in _IMPLIES_ENDS or depths.get("head"):
                implied_ends(tag, token.start)
            parent = stack[-1] if stack else -1
            element = Element(tag, token.attrs, parent, token.start, token.end, i)
            element.holds_title = tag == "h1"
            token.element = len(elements)
            elements.append(element)
            closed_early.pop(tag, None)  # a new <a> (<b>, …): a later </a> is its own
            if kind == Tok.START and tag not in void:
                open_elements.push(token.element, tag)
                if tag == "a":
                    link_depth += 1
                if tag in markup_only:
                    code_depth += 1
        elif kind == Tok.END:
            depth = closed_by_end_tag(token.name)
            if depth >= 0:
                number = stack[depth]
                close(token.end, depth)
                elements[number].close_token = i
                token.element = number
                closed_early.pop(token.name, None)
            elif token.name in closed_early:
                # "<p><a><div>…</div></a>": the <div> closed the <p> and the <a> in it, but in a
                # browser the link goes on (it is re-opened inside the div) up to its </a>. The
                # end tag ends that element for the emitter (where link text stops); the
                # element's extent stays where it was closed.
                token.element = closed_early.pop(token.name)
        elif kind == Tok.DATA or kind == Tok.ENTITY:
            in_head = open_elements.top() == "head"
            if code_depth and not in_head:
                continue
            visible = _visible_length(token, text)
            if visible and in_head:
                close(token.start, len(stack) - 1)  # text ends the head too
            if code_depth:
                continue
            if visible and stack:
                top = elements[stack[-1]]
                top.text_chars += visible
                if link_depth:
                    top.link_chars += visible
            index.text_chars += visible
    close(len(text), 0)
    return index


def _visible_length(token: Token, text: str) -> int:
    if token.kind == Tok.ENTITY:
        return 0 if token.name.isspace() else len(token.name)
    return sum(map(len, text[token.start : token.end].split()))


# --- decisions --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Drop:
    reason: str  # "markup" or "boilerplate"
    rule: str


_MAIN_SELECTORS = (("role", "main"), ("itemprop", "articlebody"))
# An attribute rule never removes an element holding this share of the page's text.
_MAX_DROP_SHARE = 0.5


def _attribute_words(element: Element) -> str:
    values = [
        value
        for name, value in element.attrs
        if name in ("class", "id", "role", "aria-label") and value
    ]
    return " ".join(values).lower().replace("_", "-")


def _is_hidden(element: Element) -> bool:
    for name, value in element.attrs:
        if name == "hidden" or (name == "aria-hidden" and (value or "").lower() == "true"):
            return True
        if (
            name == "style"
            and value
            and re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", value, re.I)
        ):
            return True
    return False


HIDDEN_RULE = "html-hidden"


class Disclosures:
    """Parts a page hides until the reader opens them (rules/markup.yaml ``disclosure``): a tab
    panel, an accordion's body, the rest of a "read more". They are content, hidden by a style
    or a class only until a click; modals, menus, tooltips and screen-reader text are not."""

    def __init__(self, rules: DisclosureRules, index: ElementIndex) -> None:
        self._words = compile_pattern(rules.attributes)
        controls = set(rules.controls)
        self._targets: set[str] = set()
        for element in index.elements:
            for name, value in element.attrs:
                if name in controls and value:
                    self._targets.update(v.lstrip("#") for v in value.split() if v != "#")

    def opens(self, element: Element) -> bool:
        """Is this element a panel a reader opens?"""
        words = _attribute_words(element)
        if words and self._words.search(words) is not None:
            return True
        return any(name == "id" and value in self._targets for name, value in element.attrs)


def disclosed_spans(index: ElementIndex, rules: MarkupRules) -> list[tuple[int, int]]:
    """Source spans of the hidden panels kept as content (:class:`Disclosures`), in order: an
    extractor that drops hidden parts (the main-content voter) has no say on them."""
    if rules.disclosure is None:
        return []
    panels = Disclosures(rules.disclosure, index)
    hidden = compile_pattern(
        next((r.pattern for r in rules.boilerplate_attributes if r.id == HIDDEN_RULE), "(?!)")
    )
    spans: list[tuple[int, int]] = []
    for element in index.elements:
        if not element.attrs or (spans and element.start < spans[-1][1]):
            continue  # no attribute hides it, or inside a panel listed already
        if (_is_hidden(element) or hidden.search(_attribute_words(element))) and panels.opens(
            element
        ):
            spans.append((element.start, element.end))
    return spans


def caption_spans(index: ElementIndex, rules: MarkupRules) -> list[tuple[int, int]]:
    """Source spans of the elements a page marks as captions by a class word (markup.yaml
    ``captions``), outermost first, in order: their blocks are captions as a <figcaption>'s are
    (the main-content vote weighs them so; a photo's caption is no finding). An element holding
    the h1 or more than ``max_chars`` of text wraps more than a caption."""
    if rules.captions is None:
        return []
    words = compile_pattern(rules.captions.attributes)
    spans: list[tuple[int, int]] = []
    for element in index.elements:
        if not element.attrs or (spans and element.start < spans[-1][1]):
            continue  # no class word, or inside a caption listed already
        if element.holds_title or element.text_chars > rules.captions.max_chars:
            continue
        if words.search(_attribute_words(element)):
            spans.append((element.start, element.end))
    return spans


def _match_attribute_rules(
    words: str,
    attribute_rules: list[tuple[str, regex.Pattern[str], bool]],
    content_words: regex.Pattern[str] | None,
) -> tuple[bool, str, str, str, str]:
    """What an element's attribute words say, searched once per distinct words of a page:
    named as content; the first rule that matches and the first overriding rule that matches;
    the same two leaving out the hidden rule (for a panel a reader opens). "" for none."""
    named = content_words is not None and bool(content_words.search(words))
    matching = [(r, o) for r, p, o in attribute_rules if p.search(words)]
    shown = [(r, o) for r, o in matching if r != HIDDEN_RULE]
    return (
        named,
        next((r for r, _ in matching), ""),
        next((r for r, o in matching if o), ""),
        next((r for r, _ in shown), ""),
        next((r for r, o in shown if o), ""),
    )


def decide_drops(
    index: ElementIndex,
    rules: MarkupRules,
    *,
    text_page: bool,
    content: int | None = None,
    nested: bool = False,
) -> dict[int, Drop]:
    """Which elements are cut whole, and why; children of a cut element are not listed, unless
    ``nested`` (the emitter labels cut elements instead of cutting them, and must still cut the
    scripts inside them and know the hidden parts).

    Guards keep the article: an element holding over half the page's text (or of the main
    content's, inside it) or the page's h1 is never cut by a tag or attribute rule, and an
    element whose class names it as content ("article-body", "entry-content") is not cut by
    an attribute rule unless that rule says it overrides this.
    """
    markup_only = {*rules.markup_only_tags, *rules.annotation_tags}
    boilerplate_tags = set(rules.boilerplate_tags)
    attribute_rules = [
        (r.id, compile_pattern(r.pattern), r.overrides_content)
        for r in rules.boilerplate_attributes
    ]
    content_words = compile_pattern(rules.content_attributes) if rules.content_attributes else None
    panels = Disclosures(rules.disclosure, index) if rules.disclosure is not None else None
    drops: dict[int, Drop] = {}
    # Per attribute words: what they say (_match_attribute_rules).
    matched: dict[str, tuple[bool, str, str, str, str]] = {}
    dropped_ancestor: list[bool] = []
    inside_content: list[bool] = []
    total = max(index.text_chars, 1)
    content_total = max(index.elements[content].text_chars, 1) if content is not None else total
    for number, element in enumerate(index.elements):
        inherited = element.parent >= 0 and dropped_ancestor[element.parent]
        inside = number == content or (element.parent >= 0 and inside_content[element.parent])
        inside_content.append(inside)
        decision: Drop | None = None
        if not inherited or nested:
            big = (
                element.text_chars / total > _MAX_DROP_SHARE
                or element.holds_title
                or (inside and element.text_chars / content_total >= _MAX_DROP_SHARE)
            )
            if element.tag in markup_only:
                decision = Drop("markup", f"html-{element.tag}")
            elif element.tag in ("html", "body", "main", "article"):
                decision = None
            elif _is_hidden(element) and not big and not (panels and panels.opens(element)):
                decision = Drop("boilerplate", HIDDEN_RULE)
            elif element.tag in boilerplate_tags and not big:
                decision = Drop("boilerplate", f"html-{element.tag}")
            elif not big:
                words = _attribute_words(element)
                if words:
                    # Pages repeat their class names: each is searched once per page. The
                    # rules found without the hidden rule are kept too: a panel a reader opens
                    # (disclosure) is exempt from it, which depends on the element, not only on
                    # its words.
                    found = matched.get(words)
                    if found is None:
                        found = matched[words] = _match_attribute_rules(
                            words, attribute_rules, content_words
                        )
                    named, rule_id, overriding, rule_id_shown, overriding_shown = found
                    if (
                        HIDDEN_RULE in (rule_id, overriding)
                        and panels is not None
                        and panels.opens(element)
                    ):
                        rule_id, overriding = rule_id_shown, overriding_shown
                    if rule_id and (named or _prose(element, rules)):
                        rule_id = overriding  # named as content: only overriding rules cut it
                    if rule_id:
                        decision = Drop("boilerplate", rule_id)
        if decision is not None:
            drops[number] = decision
        dropped_ancestor.append(not nested and (inherited or decision is not None))
    return drops


def _prose(element: Element, rules: MarkupRules) -> bool:
    guard = rules.prose_guard
    return (
        guard is not None
        and element.text_chars >= guard.min_chars
        and element.link_chars <= guard.max_link_share * element.text_chars
    )


def main_content(index: ElementIndex) -> int | None:
    """The element that holds the page's main text, when the page says which one it is."""
    elements = index.elements
    candidates = [
        n
        for n, e in enumerate(elements)
        if e.tag == "main" or any((k, (v or "").lower()) in _MAIN_SELECTORS for k, v in e.attrs)
    ]
    if not candidates:
        articles = [n for n, e in enumerate(elements) if e.tag == "article"]
        if len(articles) == 1:
            candidates = articles
        elif articles:
            # Several articles (an index page): their nearest common ancestor.
            def chain(n: int) -> list[int]:
                out = []
                while n >= 0:
                    out.append(n)
                    n = elements[n].parent
                return out

            common = set(chain(articles[0]))
            for n in articles[1:]:
                common &= set(chain(n))
            candidates = [max(common)] if common else []
    for n in candidates:
        if elements[n].text_chars >= 0.2 * index.text_chars:
            return n
    return None


# --- emitting blocks --------------------------------------------------------------------------

_CAPTIONS = {"figcaption", "caption"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_CONTENT = re.compile(r"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)


@dataclass(frozen=True, slots=True)
class RemovedSpan:
    reason: str
    rule: str
    start: int
    end: int
    text: str | None = None  # None: the source text of the span


@dataclass(frozen=True, slots=True)
class MetaTag:
    name: str
    content: str
    start: int  # span of the content value in the source
    end: int


@dataclass
class Extraction:
    blocks: list[RawBlock]
    removed: list[RemovedSpan]
    title: str | None
    meta: list[MetaTag]
    visible_chars: int = 0  # non-space characters of the page's visible text
    parents: tuple[int, ...] = ()  # each element's parent (-1 for a root), by element number


def _attribute_span(text: str, token: Token, pattern: re.Pattern[str]) -> tuple[int, int] | None:
    match = pattern.search(text, token.start, token.end)
    if not match:
        return None
    group = next(g for g in (1, 2, 3) if g <= (pattern.groups or 0) and match.group(g) is not None)
    return match.start(group), match.end(group)


# The source opens a bracket right before an element (tags between allowed).
_OPENED = re.compile(r"[\[(]\s*(?:<[^<>]*>\s*)*$")


class CitationMarkers:
    """Which ``<sup>`` and ``<a>`` elements are in-text citation markers (rules/markup.yaml
    ``citation_markers``). The emitter writes a marker's text in brackets, "[5]", the brackets
    standing for its tags: "respectively.<sup>5</sup> Next" reads "respectively.[5] Next", so
    the sentence ends at the marker and "12%<sup>3</sup>" stays a percentage.

    A marker's text is a number or a list of them. It is a marker when it is a link to an entry
    of the page's list (``link_targets``: "#ref-8", "#B12", "#CR5"), a superscript holding such
    a link or a list ("1,15,20"), or a superscript of one number after what ends a sentence or
    a clause (``after``). A lone superscript number after a word or a number ("kg/m<sup>2</sup>",
    "10<sup>6</sup>") is an exponent or ambiguous: it stays as it is."""

    def __init__(self, rules: CitationMarkerRules) -> None:
        self._numbers = compile_pattern(rules.numbers)
        self._targets = compile_pattern(rules.link_targets)
        self._after = compile_pattern(f"(?:{rules.after})$")

    @staticmethod
    def _text(tokens: list[Token], element: Element, text: str) -> str:
        inner = (tokens[j] for j in range(element.open_token + 1, element.close_token))
        return "".join(
            token.name if token.kind == Tok.ENTITY else text[token.start : token.end]
            for token in inner
            if token.kind in (Tok.DATA, Tok.ENTITY)
        )

    def _names_entry(self, token: Token) -> bool:
        href = dict(token.attrs).get("href")
        return href is not None and self._targets.fullmatch(href.strip()) is not None

    def find(self, tokens: list[Token], index: ElementIndex, text: str) -> set[int]:
        """The element numbers of the markers of a page (the outermost element of each)."""
        found: set[int] = set()
        for number, element in enumerate(index.elements):
            if element.tag not in ("sup", "a") or element.close_token <= element.open_token:
                continue
            parent = element.parent
            if parent in found or (parent >= 0 and index.elements[parent].parent in found):
                continue  # the link inside a marker superscript
            is_link = element.tag == "a"
            if is_link and not self._names_entry(tokens[element.open_token]):
                continue  # most links of a page: asked first, it is the cheap question
            inner = self._text(tokens, element, text).strip()
            if self._numbers.fullmatch(inner) is None:
                continue
            before = text[max(0, element.start - 80) : element.start]
            if _OPENED.search(before) is not None:
                continue  # "[<a href="#CR13">13</a>]" reads as a marker already
            if is_link:
                found.add(number)
                continue
            inside = (tokens[j] for j in range(element.open_token + 1, element.close_token))
            linked = any(
                token.kind == Tok.START and token.name == "a" and self._names_entry(token)
                for token in inside
            )
            listed = any(ch in inner for ch in ",–-")
            if linked or listed or self._after.search(before) is not None:
                found.add(number)
        return found


class BlockEmitter:
    fast_lines = True  # plain lines skip the builder (a test compares both paths)

    def __init__(
        self,
        text: str,
        rules: MarkupRules,
        *,
        text_page: bool,
        label_drops: bool = False,
        labels_worth: Callable[[str], bool] | None = None,
    ) -> None:
        self.text = text
        # With label_drops: which cut elements (by their visible text) are worth labelling;
        # None: all of them.
        self.labels_worth = labels_worth
        self.rules = rules
        self.text_page = text_page
        # True: blocks of elements cut as boilerplate are emitted, labelled with the rule
        # (RawBlock.dropped_by), for the main-content vote to confirm or overrule.
        self.label_drops = label_drops
        # Labels of the cut elements open at this point, innermost last: (rule, end offset).
        self._labels: list[tuple[str, int]] = []
        self._label: str | None = None
        self._binding = {r.id for r in rules.boilerplate_attributes if r.overrides_content}
        self._binding.add("html-hidden")
        self.block_tags = set(rules.block_tags)
        self._annotation = set(rules.annotation_tags)
        self._inline_markup = set(rules.inline_markup_tags)
        self._line_starts = line_starts(text)

    def line_of(self, offset: int) -> int:
        return bisect_right(self._line_starts, offset)

    def run(self) -> Extraction:
        text = self.text
        tokens = tokenize(text, self.rules, text_page=self.text_page)
        index = index_elements(tokens, text, self.rules)
        content = None if self.text_page else main_content(index)
        drops = decide_drops(
            index, self.rules, text_page=self.text_page, content=content, nested=self.label_drops
        )
        self._disclosed = [] if self.text_page else disclosed_spans(index, self.rules)
        self._disclosed_starts = [start for start, _ in self._disclosed]
        self._captioned = [] if self.text_page else caption_spans(index, self.rules)
        self._captioned_starts = [start for start, _ in self._captioned]
        # Blocks that are captions by their element's class word: (block, caption element).
        self._by_class: list[tuple[int, int]] = []
        self._elements = index.elements
        markers = self.rules.citation_markers
        self._markers = (
            CitationMarkers(markers).find(tokens, index, text) if markers is not None else set()
        )
        self.blocks: list[RawBlock] = []
        self.removed: list[RemovedSpan] = []
        self.meta: list[MetaTag] = []
        self.title: str | None = None
        self._builder = TextBuilder()
        self._cell: TextBuilder | None = None
        self._cells: list[TextBuilder] = []
        self._in_row = False
        self._row_of_headers = False  # every cell of the open row so far is a <th>
        self._kind = BlockKind.PARAGRAPH
        self._level: int | None = None
        self._links: list[Link] = []
        self._anchors: list[tuple[int, int]] = []
        self._anchor_start = -1
        self._pre = 0
        self._caption = 0  # open figcaption / caption elements
        self._quote = 0  # open blockquote elements
        # The innermost open element, and the one each pending block (or row) started in: the
        # block's place in the page's tree (RawBlock.element, for the main-content vote).
        self._open = -1
        self._block_element = -1
        self._row_element = -1
        outside: list[bool] = self._outside_flags(index, content)

        i = 0
        while i < len(tokens):
            token = tokens[i]
            kind = token.kind
            if self._labels and token.start >= self._labels[-1][1]:
                while self._labels and token.start >= self._labels[-1][1]:
                    self._labels.pop()
                label = self._labels[-1][0] if self._labels else None
                if label != self._label:
                    self._flush()
                    self._label = label
            drop: Drop | None = None
            if kind in (Tok.START, Tok.STARTEND) and token.element in drops:
                drop = drops[token.element]
            elif (
                kind in (Tok.START, Tok.STARTEND)
                and outside[token.element]
                and not self._titled(token)
            ):
                drop = Drop("boilerplate", "html-outside-main")
            if (
                drop is not None
                and self.label_drops
                and drop.reason == "boilerplate"
                and self._label is None
                and self.labels_worth is not None
            ):
                # An outermost cut element is labelled (its blocks go to the vote) only when
                # it shares text with the voter's; otherwise it is cut whole, as without a vote.
                cut_text = self._visible_text(tokens, i, self._elements[token.element])
                if not self.labels_worth(cut_text):
                    self._flush()
                    self.removed.append(
                        RemovedSpan(drop.reason, drop.rule, *self._extent(token), cut_text)
                    )
                    i = self._skip_to(tokens, i, self._elements[token.element])
                    continue
            if drop is not None and self.label_drops and drop.reason == "boilerplate":
                element = self._elements[token.element]
                if element.end > token.end:  # an element with content: its blocks are labelled
                    # The outermost cut names its blocks, unless a rule that holds against
                    # content (a hidden part, a cookie layer) cuts a part of it.
                    rule = drop.rule
                    if self._label is not None and rule not in self._binding:
                        rule = self._label
                    if rule != self._label:
                        self._flush()
                    self._labels.append((rule, element.end))
                    self._label = rule
                drop = None
            if drop is not None:
                element = self._elements[token.element]
                if element.tag not in self._annotation and not (
                    drop.reason == "markup" and element.tag in self._inline_markup
                ):
                    # A ruby reading (rt) sits inside a word, an icon's svg or a script inside
                    # a sentence: the block goes on after them.
                    self._flush()
                self._cut(element, drop, tokens, i)
                i = self._skip_to(tokens, i, element)
                continue
            if (kind == Tok.DATA or kind == Tok.ENTITY) and not len(self._builder):
                self._block_element = self._open
            if kind == Tok.DATA:
                self._data(token)
            elif kind == Tok.ENTITY:
                if _INVISIBLE.fullmatch(token.name):
                    self.removed.append(
                        RemovedSpan("markup", INVISIBLE_RULE, token.start, token.end)
                    )
                else:
                    self._target().replace(token.name, token.start, token.end)
            elif kind in (Tok.START, Tok.STARTEND):
                self._start(token)
                if kind == Tok.START and self._elements[token.element].end > token.end:
                    self._open = token.element
            elif kind == Tok.END:
                self._end(token)
                if token.element >= 0:
                    self._open = self._elements[token.element].parent
            else:
                self.removed.append(RemovedSpan("markup", "html-comment", token.start, token.end))
            i += 1
        self._finish_row()
        self._flush()
        visible = (
            len(text) - sum(text.count(space) for space in " \t\n\r\f\v")
            if self.text_page
            else index.text_chars
        )
        self._uncaption_wrappers()
        parents = tuple(element.parent for element in index.elements)
        return Extraction(self.blocks, self.removed, self.title, self.meta, visible, parents)

    def _uncaption_wrappers(self) -> None:
        """A caption element (markup.yaml ``captions``) that gave more than ``max_blocks``
        blocks wraps more than a caption (a video's teaser: its byline, its lead, its length, its
        dates): the blocks it made captions are none."""
        if self.rules.captions is None or not self._by_class:
            return
        made = Counter(k for _, k in self._by_class)
        most = self.rules.captions.max_blocks
        for n, k in self._by_class:
            if made[k] > most:
                self.blocks[n] = replace(self.blocks[n], caption=False)

    # -- helpers ----------------------------------------------------------------------------

    def _outside_flags(self, index: ElementIndex, content: int | None) -> list[bool]:
        """True for elements that lie outside the main content (and do not contain it)."""
        flags = [False] * len(index.elements)
        if content is None:
            return flags
        inside = [False] * len(index.elements)
        contains = [False] * len(index.elements)
        number = content
        while number >= 0:
            contains[number] = True
            number = index.elements[number].parent
        for n, element in enumerate(index.elements):
            parent = element.parent
            inside[n] = n == content or (parent >= 0 and inside[parent])
            parent_outside = parent >= 0 and flags[parent]
            flags[n] = (
                not inside[n]
                and not contains[n]
                and not parent_outside
                and element.tag not in ("head", "title", "meta", "html", "body")
                and (parent < 0 or contains[parent])
            )
        return flags

    def _titled(self, token: Token) -> bool:
        """An element outside the main content that still holds the page's title (h1)."""
        return self._elements[token.element].holds_title

    def _skip_to(self, tokens: list[Token], i: int, element: Element) -> int:
        if tokens[i].kind == Tok.STARTEND or element.end <= tokens[i].end:
            return i + 1
        j = element.close_token if element.close_token > i else i + 1
        if element.close_token > i:
            return j + 1
        while j < len(tokens) and tokens[j].start < element.end:
            j += 1
        return j

    def _extent(self, token: Token) -> tuple[int, int]:
        element = self._elements[token.element]
        return element.start, element.end

    def _cut(self, element: Element, drop: Drop, tokens: list[Token], i: int) -> None:
        if element.tag == "title" or element.tag == "head":
            self._harvest_head(element, tokens, i)
        if drop.reason == "markup":
            self.removed.append(RemovedSpan("markup", drop.rule, element.start, element.end))
            return
        visible = self._visible_text(tokens, i, element)
        self.removed.append(
            RemovedSpan(drop.reason, drop.rule, element.start, element.end, visible)
        )

    def _visible_text(self, tokens: list[Token], i: int, element: Element) -> str:
        parts: list[str] = []
        markup_only = {*self.rules.markup_only_tags, *self.rules.annotation_tags}
        skip_until = -1
        j = i + 1
        while j < len(tokens) and tokens[j].start < element.end:
            token = tokens[j]
            if token.start < skip_until:
                j += 1
                continue
            if token.kind == Tok.START and token.name in markup_only and token.element >= 0:
                skip_until = self._elements[token.element].end
            elif token.kind == Tok.DATA:
                parts.append(self.text[token.start : token.end])
            elif token.kind == Tok.ENTITY:
                parts.append(token.name)
            elif token.kind in (Tok.START, Tok.END, Tok.STARTEND) and token.name in self.block_tags:
                parts.append("\n")
            j += 1
        lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
        return "\n".join(line for line in lines if line)

    def _harvest_head(self, element: Element, tokens: list[Token], i: int) -> None:
        j = i
        while j < len(tokens) and tokens[j].start < element.end:
            token = tokens[j]
            if token.kind == Tok.START and token.name == "title" and self.title is None:
                title_element = self._elements[token.element]
                self.title = self._visible_text(tokens, j, title_element) or None
            elif token.kind in (Tok.START, Tok.STARTEND) and token.name == "meta":
                attrs = dict(token.attrs)
                name = (attrs.get("name") or attrs.get("property") or "").lower()
                span = _attribute_span(self.text, token, _CONTENT)
                if name and span and attrs.get("content"):
                    self.meta.append(MetaTag(name, attrs["content"] or "", span[0], span[1]))
            j += 1

    def _target(self) -> TextBuilder:
        return self._cell if self._cell is not None else self._builder

    def _data(self, token: Token) -> None:
        text = self.text
        if (self.text_page or self._pre) and self._cell is None:
            cursor = token.start
            while True:
                newline = text.find("\n", cursor, token.end)
                if newline < 0:
                    break
                if not self._plain_line(cursor, newline) and not self._tab_row(cursor, newline):
                    self._copy(cursor, newline)
                    self._flush()
                cursor = newline + 1
            if cursor < token.end and not (
                token.end == len(text) and self._tab_row(cursor, token.end)
            ):
                self._copy(cursor, token.end)
        else:
            self._copy(token.start, token.end)

    def _copy(self, start: int, end: int) -> None:
        """Copy source text into the block, leaving out invisible characters (as markup)."""
        target = self._target()
        found = _INVISIBLE.search(self.text, start, end)
        while found is not None:
            position = found.start()
            target.copy(self.text, start, position)
            self.removed.append(RemovedSpan("markup", INVISIBLE_RULE, position, position + 1))
            start = position + 1
            found = _INVISIBLE.search(self.text, start, end)
        target.copy(self.text, start, end)

    def _tab_row(self, start: int, end: int) -> bool:
        """A line of a text page with three cells or more between tabs ("None\t783\t75.1%"):
        a table copied from a page keeps its cells apart with tabs, so the line is a table row,
        its cells joined as an HTML row's are; False for any other line."""
        if not self.text_page or self.text.find("\t", start, end) < 0:
            return False
        if len(self._builder) or self._anchor_start >= 0 or self._kind != BlockKind.PARAGRAPH:
            return False
        # The cells are the runs between tabs that hold more than spaces (split, not a regex:
        # a long line of prose with one tab must cost one pass).
        cells: list[tuple[int, int]] = []
        position = start
        for piece in self.text[start:end].split("\t"):
            if piece.strip():
                cells.append((position, position + len(piece)))
            position += len(piece) + 1
        if len(cells) < _TAB_ROW_CELLS:
            return False
        # A row of labels without a digit ("Country\tHIV (%)\tHCV (%)") heads the columns, as
        # an HTML row of <th> cells does: never a claim.
        self._in_row = True
        self._row_of_headers = not any(ch.isdigit() for lo, hi in cells for ch in self.text[lo:hi])
        for lo, hi in cells:
            self._cell = TextBuilder()
            self._copy(lo, hi)
            self._close_cell()
        self._finish_row()
        return True

    def _plain_line(self, start: int, end: int) -> bool:
        """A whole line of plain text (most of a text page) becomes a block directly, without
        the builder; False when the general path is needed (text or links already pending,
        runs of whitespace to collapse)."""
        if not self.fast_lines:
            return False
        if len(self._builder) or self._links or self._anchors or self._anchor_start >= 0:
            return False
        if self._kind != BlockKind.PARAGRAPH or self._cell is not None:
            return False
        line = self.text[start:end]
        stripped = line.strip()
        if not stripped:
            return True  # a blank line: no block, as the general path would give
        if "  " in stripped or _ODD_SPACE.search(stripped) or _INVISIBLE.search(stripped):
            return False
        lead = len(line) - len(line.lstrip())
        source_start = start + lead
        mapped = MappedText(
            stripped,
            (Piece(0, len(stripped), source_start, source_start + len(stripped), True),),
            (0,),
        )
        self.blocks.append(
            RawBlock(
                kind=BlockKind.PARAGRAPH,
                text=mapped,
                heading_level=None,
                links=(),
                line=self.line_of(source_start),
            )
        )
        return True

    def _after_heading_mark(self, token: Token) -> bool:
        """A text page's block tag right after a markdown heading's marks on its line ('#
        <p align="justify">O impacto …</p>'): the tag wraps the heading's text, which stays
        with its marks."""
        if not self.text_page:
            return False
        line = self.text.rfind("\n", 0, token.start) + 1
        return _HEADING_MARKS.fullmatch(self.text, line, token.start) is not None

    def _start(self, token: Token) -> None:
        tag = token.name
        self.removed.append(RemovedSpan("markup", "html-tag", token.start, token.end))
        if token.element in self._markers:
            self._target().replace("[", token.start, token.end)
        if tag in ("td", "th") and self._in_row:
            self._close_cell()
            self._cell = TextBuilder()
            if tag == "td":
                self._row_of_headers = False
            return
        if tag == "tr":
            self._finish_row()
            self._flush()
            self._in_row = True
            self._row_of_headers = True
            self._row_element = token.element
            return
        if tag in self.block_tags and self._cell is None and not self._after_heading_mark(token):
            self._flush()
        if tag in _HEADINGS:
            self._kind = BlockKind.HEADING
            self._level = _HEADINGS[tag]
        elif tag == "li" and self._kind != BlockKind.HEADING:
            self._kind = BlockKind.LIST_ITEM
        elif tag == "pre":
            self._pre += 1
        elif tag in _CAPTIONS and token.kind == Tok.START:
            self._caption += 1
        elif tag == "blockquote" and token.kind == Tok.START:
            self._quote += 1
        elif tag == "br" and self._cell is not None:
            self._cell.replace(" ", token.start, token.end)
        elif tag == "a":
            span = _attribute_span(self.text, token, _HREF)
            if span and span[0] < span[1]:
                self._links.append(Link(self.text[span[0] : span[1]], span[0], span[1], token.end))
            self._anchor_start = token.end

    def _end(self, token: Token) -> None:
        tag = token.name
        self.removed.append(RemovedSpan("markup", "html-tag", token.start, token.end))
        if token.element < 0:
            return  # a stray end tag: markup, nothing to close
        if token.element in self._markers:
            self._target().replace("]", token.start, token.end)
        if tag == "a" and self._anchor_start >= 0:
            if self._anchor_start < token.start:
                self._anchors.append((self._anchor_start, token.start))
            self._anchor_start = -1
        if tag in ("td", "th"):
            self._close_cell()
        elif tag == "tr":
            self._finish_row()
        elif tag == "table":
            self._finish_row()
            self._flush()
        elif tag == "pre":
            self._pre = max(0, self._pre - 1)
            self._flush()
        elif tag in _CAPTIONS:
            self._flush()
            self._caption = max(0, self._caption - 1)
        elif tag == "blockquote":
            self._flush()
            self._quote = max(0, self._quote - 1)
        elif tag in self.block_tags and self._cell is None:
            self._flush()

    def _close_cell(self) -> None:
        if self._cell is not None:
            self._cells.append(self._cell)
            self._cell = None

    def _finish_row(self) -> None:
        self._close_cell()
        if not self._in_row:
            return
        self._in_row = False
        built = [(builder, collapse_space(builder.build())) for builder in self._cells]
        self._cells = []
        built = [(builder, cell) for builder, cell in built if cell.text]
        cells = [cell for _, cell in built]
        if not cells:
            return
        if len(cells) > 1 and all(word_count(c.text) >= _LAYOUT_CELL_MIN_WORDS for c in cells):
            for builder, _ in built:
                self._emit(builder, BlockKind.PARAGRAPH, None)
            return
        row = TextBuilder()
        for n, cell in enumerate(cells):
            if n:
                # The joiner stands for the markup between the two cells; a label that ends
                # in its own colon ("Identifier:") takes none more ("Identifier:: NCT…").
                joiner = " " if cells[n - 1].text.rstrip().endswith(":") else ": "
                row.replace(joiner, cells[n - 1].span[1], cell.span[0])
            row.extend(cell)
        # A row of <th> cells heads the columns below it, unless its cells are prose (a page
        # that sets its findings in <th>: "La vacuna AZD1222 tiene una eficacia del 63,09% …").
        labels = not any(
            word_count(cell.text) > _HEADER_CELL_MAX_WORDS
            and cell.text.rstrip().endswith((".", "!"))
            for cell in cells
        )
        self._emit(
            row,
            BlockKind.TABLE_ROW,
            None,
            header_row=self._row_of_headers and len(cells) > 1 and labels,
        )

    def _flush(self) -> None:
        if self._cell is not None:
            return
        builder = self._builder
        self._builder = TextBuilder()
        kind, level = self._kind, self._level
        self._kind, self._level = BlockKind.PARAGRAPH, None
        self._emit(builder, kind, level)

    def _caption_at(self, offset: int) -> int:
        """The caption element (markup.yaml ``captions``) holding a source offset, or -1."""
        k = bisect_right(self._captioned_starts, offset) - 1
        return k if k >= 0 and offset < self._captioned[k][1] else -1

    def _in_disclosed(self, offset: int) -> bool:
        k = bisect_right(self._disclosed_starts, offset) - 1
        return k >= 0 and offset < self._disclosed[k][1]

    def _emit(
        self, builder: TextBuilder, kind: BlockKind, level: int | None, *, header_row: bool = False
    ) -> None:
        mapped = collapse_space(builder.build())
        if not mapped.text:
            return
        start, end = mapped.span
        # Links whose anchor opened before the block ended belong to it.
        links = [link for link in self._links if link.start < end]
        self._links = [link for link in self._links if link.start >= end]
        anchors = [a for a in self._anchors if a[0] < end]
        self._anchors = [a for a in self._anchors if a[0] >= end]
        if self._anchor_start >= 0 and self._anchor_start < end:
            # A link that wraps whole blocks (a news "card"): their text is link text too.
            anchors.append((self._anchor_start, end))
        by_class = -1 if self._caption > 0 or not self._captioned else self._caption_at(start)
        if by_class >= 0:
            self._by_class.append((len(self.blocks), by_class))
        self.blocks.append(
            RawBlock(
                kind=kind,
                text=mapped,
                heading_level=level,
                links=tuple(links),
                line=self.line_of(start),
                anchors=tuple(anchors),
                caption=self._caption > 0 or by_class >= 0,
                dropped_by=self._label,
                element=(
                    -1
                    if self.text_page
                    else self._row_element
                    if kind == BlockKind.TABLE_ROW
                    else self._block_element
                ),
                disclosed=self._in_disclosed(start),
                header_row=header_row,
                quote=self._quote > 0,
            )
        )


class LineScanner:
    """The short lines of an HTML page's text, found with a few regular expressions instead of
    the tokenizer (for the site-chrome pass, which looks for lines many pages share).

    Comments and the elements whose content is code (scripts, styles, the head) go, the page
    is cut at block tags, and each piece loses its inline tags and has its character
    references decoded. The lines are the blocks the emitter would make for most pages, but
    not all (a table row is a line per cell here): a line that matches no block of a page just
    finds nothing to remove. Menus and footers are included, which is what a site's chrome is.
    """

    def __init__(self, rules: MarkupRules) -> None:
        code_tags = {*rules.markup_only_tags, *rules.annotation_tags}
        code = "|".join(sorted(map(re.escape, code_tags)))
        blocks = "|".join(sorted(map(re.escape, rules.block_tags)))
        self._code = re.compile(
            rf"<!--.*?(?:-->|$)|<({code})\b[^>]*>.*?(?:</\1\s*>|$)", re.I | re.S
        )
        self._block = re.compile(rf"</?(?:{blocks})\b[^>]*>", re.I)
        self._tag = re.compile(r"</?[A-Za-z][^>]*>")

    def lines(self, text: str) -> list[str]:
        text = self._code.sub(" ", text)
        found = []
        for piece in self._block.split(text):
            if "<" in piece:
                piece = self._tag.sub("", piece)
            if "&" in piece:
                piece = html_module.unescape(piece)
            line = " ".join(piece.split())
            if line:
                found.append(line)
        return found


def extract(
    text: str,
    rules: MarkupRules,
    *,
    text_page: bool,
    label_drops: bool = False,
    labels_worth: Callable[[str], bool] | None = None,
) -> Extraction:
    return BlockEmitter(
        text, rules, text_page=text_page, label_drops=label_drops, labels_worth=labels_worth
    ).run()
