"""An HTML tokenizer that follows the WHATWG tokenization rules and keeps every token's source span.

Browsers tokenize ``<!doctypehtml>``, ``<a href=x>``, ``<!-->``, ``</ x>`` and ``&not`` in
particular ways; a page written for browsers (minified, hand-written, generated) relies on them.
This module reproduces the rules of the HTML standard's tokenization section
(https://html.spec.whatwg.org/multipage/parsing.html#tokenization) and checks itself against the
public html5lib tokenizer suite (``tests/test_html5.py``). Parse errors are not reported.

Speed comes from regular expressions for the bulk: a run of text up to the next ``<`` or ``&``,
and a whole tag with all its attributes, are one match each (the grammar of a tag is regular: a
tag ends at the first ``>`` outside a quoted attribute value). Comments, bogus comments,
doctypes, character references and the script data escape states are handled with small
scanners of their own.

Every token covers ``[start, end)`` of the input and the tokens tile it: contiguous, in order,
covering every character. A ``DATA`` token's text is its source slice; a character reference (and
a NUL that the standard replaces by U+FFFD) is an ``ENTITY`` token whose ``name`` is its decoded
text.

The tree builder's part that the tokenizer needs is done here too: after a ``<script>``,
``<style>``, ``<title>``, ``<textarea>``, … start tag the tokenizer switches to the element's
text state (unless the tag sits in SVG or MathML, tracked roughly by counting ``<svg>`` and
``<math>``), and ``<![CDATA[`` is a CDATA section only inside SVG or MathML.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from html.entities import html5 as _NAMED_REFERENCES


class Tok(IntEnum):
    DATA = 0
    ENTITY = 1
    START = 2
    END = 3
    STARTEND = 4
    OTHER = 5  # comment, doctype, CDATA markers, a tag cut off by the end of the input


@dataclass(frozen=True, slots=True)
class Doctype:
    name: str | None
    public_id: str | None
    system_id: str | None
    force_quirks: bool


@dataclass(slots=True)
class Token:
    kind: Tok
    start: int
    end: int
    name: str = ""  # tag name, an entity's decoded text, or for OTHER what it is ("#comment", …)
    attrs: tuple[tuple[str, str | None], ...] = ()
    element: int = -1  # index into the element table, for START/STARTEND/END tokens
    detail: str | Doctype | None = None  # a comment's text, a doctype's fields


# Kinds of OTHER token (their ``name``).
COMMENT = "#comment"  # also bogus comments: <?x>, </ x>, <!x>, <![CDATA[…]]> outside SVG/MathML
DOCTYPE = "#doctype"
CDATA = "#cdata"  # the <![CDATA[ and ]]> markers around a CDATA section
EOF_TAG = "#eof-tag"  # a tag the end of the input cut off (the standard drops it)
EMPTY_END_TAG = "#empty-end-tag"  # </> (the standard drops it)

# Tokenizer states a run can start in (the html5lib suite's initialStates).
DATA_STATE = "data"
RCDATA_STATE = "rcdata"
RAWTEXT_STATE = "rawtext"
SCRIPT_STATE = "script"
PLAINTEXT_STATE = "plaintext"
CDATA_STATE = "cdata"

# The tree builder's state switches after these start tags. <noscript> is not one: its content is
# read as markup, as a browser without scripts (and lxml) reads it; pages that render their
# article with a script often ship it in <noscript> too, for readers without one.
TEXT_STATE_OF_TAG = {
    "title": RCDATA_STATE,
    "textarea": RCDATA_STATE,
    "style": RAWTEXT_STATE,
    "xmp": RAWTEXT_STATE,
    "iframe": RAWTEXT_STATE,
    "noembed": RAWTEXT_STATE,
    "noframes": RAWTEXT_STATE,
    "script": SCRIPT_STATE,
    "plaintext": PLAINTEXT_STATE,
}
_FOREIGN_ROOTS = frozenset({"svg", "math"})
# Start tags that end SVG/MathML content (the tree builder's "breakout" list).
_BREAKOUT = frozenset(
    {
        "b",
        "big",
        "blockquote",
        "body",
        "br",
        "center",
        "code",
        "dd",
        "div",
        "dl",
        "dt",
        "em",
        "embed",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "hr",
        "i",
        "img",
        "li",
        "listing",
        "menu",
        "meta",
        "nobr",
        "ol",
        "p",
        "pre",
        "ruby",
        "s",
        "small",
        "span",
        "strong",
        "strike",
        "sub",
        "sup",
        "table",
        "tt",
        "u",
        "ul",
        "var",
    }
)

_WS = "\t\n\f\r "  # the standard's ASCII whitespace (CR stands for the LF it becomes)
_SPECIAL = re.compile(r"[<&]")
# A whole tag. The attribute grammar follows the before-/after-attribute-name and -value states;
# possessive quantifiers keep the one parse the state machine makes (no backtracking into
# another reading when a quote is left open: then there is no match and the tag runs to the end).
_ATTRIBUTES = (
    r"(?:[\t\n\f\r /]*+[^\t\n\f\r />][^\t\n\f\r />=]*+"
    r"(?:[\t\n\f\r ]*+=[\t\n\f\r ]*+"
    r"""(?:"[^"]*+"|'[^']*+'|[^\t\n\f\r >"'][^\t\n\f\r >]*+|(?=>))"""
    r"|(?![\t\n\f\r ]*+=)))*+"
)
_TAG = re.compile(r"</?([A-Za-z][^\t\n\f\r />]*+)(" + _ATTRIBUTES + r")([\t\n\f\r /]*+)>")
_ATTRIBUTE = re.compile(
    r"[\t\n\f\r /]*+([^\t\n\f\r />][^\t\n\f\r />=]*+)"
    r"(?:[\t\n\f\r ]*+(=)[\t\n\f\r ]*+"
    r"""(?:"([^"]*+)"|'([^']*+)'|([^\t\n\f\r >"'][^\t\n\f\r >]*+))?)?"""
)
_DOCTYPE_KEYWORD = re.compile(r"<!doctype", re.I | re.A)
_COMMENT_END = re.compile(r"--!?>")
_NAMED = re.compile(r"&([A-Za-z0-9]+)(;?)")
_NUMERIC = re.compile(r"&#(?:[xX]([0-9A-Fa-f]+)|([0-9]+))(;?)")
_LONGEST_LEGACY_NAME = max(len(k) for k in _NAMED_REFERENCES if not k.endswith(";"))
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}

# Numeric references to these C1 code points mean the Windows-1252 character (the standard's table).
_NUMERIC_REPLACEMENTS = {
    0x80: "\u20ac", 0x82: "\u201a", 0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026",
    0x86: "\u2020", 0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030", 0x8A: "\u0160",
    0x8B: "\u2039", 0x8C: "\u0152", 0x8E: "\u017d", 0x91: "\u2018", 0x92: "\u2019",
    0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022", 0x96: "\u2013", 0x97: "\u2014",
    0x98: "\u02dc", 0x99: "\u2122", 0x9A: "\u0161", 0x9B: "\u203a", 0x9C: "\u0153",
    0x9E: "\u017e", 0x9F: "\u0178",
}  # fmt: skip

_end_tag_patterns: dict[str, re.Pattern[str]] = {}


def _end_tag_pattern(name: str) -> re.Pattern[str]:
    """``</name`` followed by what ends a tag name: an appropriate end tag in a text state."""
    pattern = _end_tag_patterns.get(name)
    if pattern is None:
        pattern = re.compile(r"</" + re.escape(name) + r"(?=[\t\n\f\r />])", re.I | re.A)
        _end_tag_patterns[name] = pattern
    return pattern


_SCRIPT_DATA = re.compile(r"<!--", re.A)
_escaped_patterns: dict[str, re.Pattern[str]] = {}


def _escaped_pattern(name: str) -> re.Pattern[str]:
    """What ends script data's escaped state: "-->", the end tag, or a double-escaping <script>."""
    pattern = _escaped_patterns.get(name)
    if pattern is None:
        pattern = re.compile(
            r"-->|</" + re.escape(name) + r"(?=[\t\n\f\r />])|<script[\t\n\f\r />]", re.I | re.A
        )
        _escaped_patterns[name] = pattern
    return pattern


_SCRIPT_DOUBLE_ESCAPED = re.compile(r"-->|</script[\t\n\f\r />]", re.I | re.A)


def ascii_lower(name: str) -> str:
    return name.lower() if name.isascii() else name.translate(_ASCII_LOWER)


def numeric_reference(value: int) -> str:
    """The character a numeric reference stands for (the standard's fix-ups for bad numbers)."""
    if value == 0 or value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
        return "\ufffd"
    return _NUMERIC_REPLACEMENTS.get(value) or chr(value)


def character_reference(text: str, at: int, *, in_attribute: bool) -> tuple[int, str] | None:
    """The reference starting with the ``&`` at ``at``: (end, decoded text), or None when the
    ``&`` is just a character (no reference, or an attribute's ``&not=``/``&notx``)."""
    following = text[at + 1 : at + 2]
    if following == "#":
        match = _NUMERIC.match(text, at)
        if match is None:
            return None
        hexadecimal, decimal = match.group(1), match.group(2)
        digits = (hexadecimal or decimal).lstrip("0") or "0"
        # Big numbers only need to be known as too big (the standard's overflow flag).
        value = 0x110000 if len(digits) > 7 else int(digits, 16 if hexadecimal else 10)
        return match.end(), numeric_reference(value)
    if not following.isascii() or not following.isalnum():
        return None
    match = _NAMED.match(text, at)
    if match is None:
        return None
    name = match.group(1)
    if match.group(2):
        decoded = _NAMED_REFERENCES.get(name + ";")
        if decoded is not None:
            return match.end(), decoded
    # The longest name the table holds without a semicolon (the legacy ones: "&not", "&amp").
    for length in range(min(len(name), _LONGEST_LEGACY_NAME), 1, -1):
        decoded = _NAMED_REFERENCES.get(name[:length])
        if decoded is not None:
            end = at + 1 + length
            if in_attribute and end < len(text):
                after = text[end]
                if after == "=" or (after.isascii() and after.isalnum()):
                    return None  # "?a=1&not=2" in a URL stays as written
            return end, decoded
    return None


def decode_attribute_value(value: str) -> str:
    if "&" in value:
        parts: list[str] = []
        cursor = 0
        at = value.find("&")
        while at >= 0:
            reference = character_reference(value, at, in_attribute=True)
            if reference is None:
                at = value.find("&", at + 1)
                continue
            parts.append(value[cursor:at])
            parts.append(reference[1])
            cursor = reference[0]
            at = value.find("&", cursor)
        parts.append(value[cursor:])
        value = "".join(parts)
    if "\0" in value:
        value = value.replace("\0", "\ufffd")
    return value


_folded_names: dict[str, str] = {}
_MAX_FOLDED_NAMES = 4096  # names as written → as the standard reads them (a bounded cache)


def _fold_name(raw: str) -> str:
    """A tag or attribute name as the tokenizer emits it: ASCII lower case, NUL as U+FFFD."""
    name = ascii_lower(raw)
    if "\0" in name:
        name = name.replace("\0", "\ufffd")
    if len(_folded_names) < _MAX_FOLDED_NAMES:
        _folded_names[raw] = name
    return name


def _attributes(region: str) -> tuple[tuple[str, str | None], ...]:
    attributes: dict[str, str | None] = {}
    folded = _folded_names
    for raw, equals, double_quoted, single_quoted, unquoted in _ATTRIBUTE.findall(region):
        name = folded.get(raw) or _fold_name(raw)
        if name in attributes:
            continue  # a duplicate attribute: the first one counts
        if not equals:
            attributes[name] = None
            continue
        value = double_quoted or single_quoted or unquoted
        if "&" in value or "\0" in value:
            value = decode_attribute_value(value)
        attributes[name] = value
    return tuple(attributes.items())


def tokenize_html(
    text: str,
    *,
    state: str = DATA_STATE,
    last_start_tag: str | None = None,
    switch_states: bool = True,
    accepts: Callable[[Token], bool] | None = None,
) -> list[Token]:
    """The tokens of ``text``, tiling it.

    ``state`` and ``last_start_tag`` set where the tokenizer starts (as the html5lib suite does);
    ``switch_states`` False keeps the tokenizer from switching to a text state after a start tag
    (the suite tests the tokenizer without a tree builder); ``accepts``, when given, decides
    whether a start tag counts for that switch (in a text page, only tags that pass as tags do).
    """
    tokens: list[Token] = []
    append = tokens.append
    length = len(text)
    search_special = _SPECIAL.search
    match_tag = _TAG.match
    folded = _folded_names
    foreign = 0  # open <svg>/<math>, roughly: their content is not switched to text states
    pos = data_start = 0
    if state != DATA_STATE:
        pos = data_start = _text_state(text, 0, state, last_start_tag, tokens)

    while True:
        found = search_special(text, pos)
        if found is None:
            break
        at = found.start()
        if text[at] == "&":
            reference = character_reference(text, at, in_attribute=False)
            if reference is None:
                pos = at + 1
                continue
            if data_start < at:
                append(Token(Tok.DATA, data_start, at))
            append(Token(Tok.ENTITY, at, reference[0], reference[1]))
            pos = data_start = reference[0]
            continue
        following = text[at + 1 : at + 2]
        if following.isascii() and following.isalpha():
            tag = match_tag(text, at)
            if data_start < at:
                append(Token(Tok.DATA, data_start, at))
            if tag is None:
                append(Token(Tok.OTHER, at, length, EOF_TAG))
                pos = data_start = length
                break
            end = tag.end()
            raw, region, closing = tag.groups()
            name = folded.get(raw) or _fold_name(raw)
            attrs = _attributes(region) if region else ()
            kind = Tok.STARTEND if closing.endswith("/") else Tok.START
            token = Token(kind, at, end, name, attrs)
            append(token)
            pos = data_start = end
            if foreign:
                if name in _BREAKOUT or (
                    name == "font" and any(k in ("color", "face", "size") for k, _ in attrs)
                ):
                    foreign = 0
                elif name in _FOREIGN_ROOTS and kind == Tok.START:
                    foreign += 1
            elif name in _FOREIGN_ROOTS:
                if kind == Tok.START:
                    foreign = 1
            elif (
                switch_states and name in TEXT_STATE_OF_TAG and (accepts is None or accepts(token))
            ):
                # The tree builder ignores the self-closing flag here: <script/> opens a script.
                token.kind = Tok.START
                pos = data_start = _text_state(text, end, TEXT_STATE_OF_TAG[name], name, tokens)
            continue
        if following == "/":
            after = text[at + 2 : at + 3]
            if after.isascii() and after.isalpha():
                tag = match_tag(text, at)
                if data_start < at:
                    append(Token(Tok.DATA, data_start, at))
                if tag is None:
                    append(Token(Tok.OTHER, at, length, EOF_TAG))
                    pos = data_start = length
                    break
                raw = tag.group(1)
                name = folded.get(raw) or _fold_name(raw)
                append(Token(Tok.END, at, tag.end(), name))
                if foreign:
                    if name in _FOREIGN_ROOTS:
                        foreign -= 1
                    elif name in ("p", "br"):
                        foreign = 0
                pos = data_start = tag.end()
                continue
            if after == "":
                break  # "</" at the end: characters
            if data_start < at:
                append(Token(Tok.DATA, data_start, at))
            if after == ">":
                append(Token(Tok.OTHER, at, at + 3, EMPTY_END_TAG))
                pos = data_start = at + 3
                continue
            pos = data_start = _bogus_comment(text, at, at + 2, tokens)
            continue
        if following == "!":
            if data_start < at:
                append(Token(Tok.DATA, data_start, at))
            if text.startswith("<!--", at):
                pos = data_start = _comment(text, at, tokens)
            elif _DOCTYPE_KEYWORD.match(text, at):
                pos = data_start = _doctype(text, at, tokens)
            elif foreign and text.startswith("<![CDATA[", at):
                append(Token(Tok.OTHER, at, at + 9, CDATA))
                pos = data_start = _cdata_section(text, at + 9, tokens)
            else:
                pos = data_start = _bogus_comment(text, at, at + 2, tokens)
            continue
        if following == "?":
            if data_start < at:
                append(Token(Tok.DATA, data_start, at))
            pos = data_start = _bogus_comment(text, at, at + 1, tokens)
            continue
        pos = at + 1  # "<" before anything else ("a < b", "<3"): a character
    if data_start < length:
        append(Token(Tok.DATA, data_start, length))
    return tokens


def _bogus_comment(text: str, start: int, data_start: int, tokens: list[Token]) -> int:
    close = text.find(">", data_start)
    end = len(text) if close < 0 else close + 1
    data = text[data_start : len(text) if close < 0 else close]
    tokens.append(Token(Tok.OTHER, start, end, COMMENT, detail=data.replace("\0", "\ufffd")))
    return end


def _comment(text: str, start: int, tokens: list[Token]) -> int:
    body = start + 4
    if text.startswith(">", body):
        end, data = body + 1, ""  # <!--> (abrupt, but a whole comment)
    elif text.startswith("->", body):
        end, data = body + 2, ""  # <!--->
    else:
        close = _COMMENT_END.search(text, body)
        if close is None:
            end = len(text)
            data = text[body:]
            # At the end of the input the comment keeps what it has, not its closing dashes.
            for tail in ("--!", "--", "-"):
                if data.endswith(tail):
                    data = data[: -len(tail)]
                    break
        else:
            end = close.end()
            data = text[body : close.start()]
    tokens.append(Token(Tok.OTHER, start, end, COMMENT, detail=data.replace("\0", "\ufffd")))
    return end


def _cdata_section(text: str, start: int, tokens: list[Token]) -> int:
    close = text.find("]]>", start)
    end = len(text) if close < 0 else close
    if start < end:
        tokens.append(Token(Tok.DATA, start, end))
    if close < 0:
        return end
    tokens.append(Token(Tok.OTHER, close, close + 3, CDATA))
    return close + 3


def _text_state(text: str, start: int, state: str, tag: str | None, tokens: list[Token]) -> int:
    """The text of a title, textarea, style, script, … up to its end tag (where the data state
    resumes); returns that position."""
    if state == CDATA_STATE:
        return _cdata_section(text, start, tokens)
    if state == PLAINTEXT_STATE or tag is None:
        end = len(text)
    elif state == SCRIPT_STATE:
        end = _script_end(text, start, tag)
    else:
        close = _end_tag_pattern(tag).search(text, start)
        end = len(text) if close is None else close.start()
    _text_run(text, start, end, tokens, references=state == RCDATA_STATE)
    return end


def _script_end(text: str, start: int, tag: str) -> int:
    """Where script data ends: its end tag, outside the escaped states that ``<!--`` opens and the
    double-escaped ones that ``<script>`` opens inside those."""
    end_tag = _end_tag_pattern(tag)
    escaped = _escaped_pattern(tag)
    pos = start
    while True:
        close = end_tag.search(text, pos)
        opening = _SCRIPT_DATA.search(text, pos, close.start() if close else len(text))
        if opening is None:
            return len(text) if close is None else close.start()
        # Escaped: "<!--" leaves the dashes that a "-->" right after it closes on.
        pos = opening.start() + 2
        while True:
            found = escaped.search(text, pos)
            if found is None:
                return len(text)
            lexeme = found.group()
            if lexeme == "-->":
                pos = found.end()
                break
            if lexeme[1] == "/":
                return found.start()
            pos = found.end()  # double-escaped, until "</script" or "-->"
            double = _SCRIPT_DOUBLE_ESCAPED.search(text, pos)
            if double is None:
                return len(text)
            pos = double.end()
            if double.group() == "-->":
                break


def _text_run(text: str, start: int, end: int, tokens: list[Token], *, references: bool) -> None:
    """DATA tokens for a text state's run, with NUL (U+FFFD in these states) and, in RCDATA,
    character references as ENTITY tokens."""
    if start >= end:
        return
    append = tokens.append
    nul = text.find("\0", start, end)
    amp = text.find("&", start, end) if references else -1
    if nul < 0 and amp < 0:
        append(Token(Tok.DATA, start, end))
        return
    data_start = pos = start
    while pos < end:
        nul = text.find("\0", pos, end)
        amp = text.find("&", pos, end) if references else -1
        if nul < 0 and amp < 0:
            break
        at = nul if amp < 0 or (0 <= nul < amp) else amp
        if at == nul:
            if data_start < at:
                append(Token(Tok.DATA, data_start, at))
            append(Token(Tok.ENTITY, at, at + 1, "\ufffd"))
            pos = data_start = at + 1
            continue
        reference = character_reference(text, at, in_attribute=False)
        if reference is None:
            pos = at + 1
            continue
        if data_start < at:
            append(Token(Tok.DATA, data_start, at))
        append(Token(Tok.ENTITY, at, reference[0], reference[1]))
        pos = data_start = reference[0]
    if data_start < end:
        append(Token(Tok.DATA, data_start, end))


def _doctype(text: str, start: int, tokens: list[Token]) -> int:
    """The DOCTYPE states, character by character (a page has one doctype)."""
    length = len(text)
    pos = start + 9
    name: str | None = None
    public_id: str | None = None
    system_id: str | None = None
    quirks = False

    def char(at: int) -> str:
        return text[at] if at < length else ""

    def skip_space(at: int) -> int:
        while at < length and text[at] in _WS:
            at += 1
        return at

    def emit(end: int) -> int:
        tokens.append(
            Token(
                Tok.OTHER, start, end, DOCTYPE, detail=Doctype(name, public_id, system_id, quirks)
            )
        )
        return end

    def bogus(at: int) -> int:
        close = text.find(">", at)
        return emit(length if close < 0 else close + 1)

    def quoted(at: int) -> tuple[str, int, bool]:
        """A quoted identifier from the quote at ``at``: (value, position after, closed)."""
        quote = text[at]
        at += 1
        stop = at
        while stop < length and text[stop] != quote and text[stop] != ">":
            stop += 1
        value = text[at:stop].replace("\0", "\ufffd")
        if stop < length and text[stop] == quote:
            return value, stop + 1, True
        return value, stop, False  # ">" or the end: force quirks

    pos = skip_space(pos)
    c = char(pos)
    if c == "":
        quirks = True
        return emit(length)
    if c == ">":
        quirks = True
        return emit(pos + 1)
    stop = pos
    while stop < length and text[stop] not in _WS and text[stop] != ">":
        stop += 1
    name = ascii_lower(text[pos:stop]).replace("\0", "\ufffd")
    pos = skip_space(stop)
    c = char(pos)
    if c == "":
        quirks = True
        return emit(length)
    if c == ">":
        return emit(pos + 1)
    keyword = text[pos : pos + 6].upper()
    if keyword not in ("PUBLIC", "SYSTEM") or not text[pos : pos + 6].isascii():
        quirks = True
        return bogus(pos)
    pos += 6
    identifiers = 2 if keyword == "PUBLIC" else 1
    while identifiers:
        after_space = skip_space(pos)
        c = char(after_space)
        if c in ('"', "'"):
            value, pos, closed = quoted(after_space)
            if keyword == "PUBLIC" and identifiers == 2:
                public_id = value
            else:
                system_id = value
            if not closed:
                quirks = True
                return emit(length if pos >= length else pos + 1)
            identifiers -= 1
            continue
        if c == "":
            quirks = True
            return emit(length)
        if c == ">":
            if keyword == "SYSTEM" or identifiers == 2:
                quirks = True  # the keyword with no identifier after it
            return emit(after_space + 1)
        quirks = True
        return bogus(after_space)
    pos = skip_space(pos)
    c = char(pos)
    if c == "":
        quirks = True
        return emit(length)
    if c == ">":
        return emit(pos + 1)
    return bogus(pos)  # junk after the system identifier: bogus, but not quirks
