"""clean/html5: the WHATWG tokenizer, against the public html5lib tokenizer suite; spans tile the input.

The suite (``../shared/benchmarks/html5lib-tests/tokenizer/*.test``) gives each input's expected
token list. Our tokens are turned into the suite's form: DATA (its source slice) and ENTITY (its
decoded text) become character tokens, adjacent ones merged; the OTHER tokens the standard does
not emit (a tag cut off by the end of the input, ``</>``, CDATA markers) are left out.

What is not compared, and why:
- ``errors``: the tokenizer does not report parse errors (nothing in the pipeline uses them).
- ``xmlViolation.test``: its expected output applies the standard's "coercing an HTML DOM into an
  infoset" changes, which are not tokenization.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.clean.html5 import (
    CDATA_STATE,
    COMMENT,
    DATA_STATE,
    DOCTYPE,
    PLAINTEXT_STATE,
    RAWTEXT_STATE,
    RCDATA_STATE,
    SCRIPT_STATE,
    Doctype,
    Tok,
    Token,
    tokenize_html,
)

SUITE = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "html5lib-tests"
SUITE = SUITE if SUITE.is_dir() else Path("/work/shared/benchmarks/html5lib-tests")
TOKENIZER_TESTS = SUITE / "tokenizer"
NOT_TOKENIZATION = {"xmlViolation.test"}  # infoset coercion, not tokenization

STATES = {
    "Data state": DATA_STATE,
    "PLAINTEXT state": PLAINTEXT_STATE,
    "RCDATA state": RCDATA_STATE,
    "RAWTEXT state": RAWTEXT_STATE,
    "Script data state": SCRIPT_STATE,
    "CDATA section state": CDATA_STATE,
}

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})")


def _unescape(value: Any) -> Any:
    if isinstance(value, str):
        return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
    if isinstance(value, list):
        return [_unescape(v) for v in value]
    if isinstance(value, dict):
        return {_unescape(k): _unescape(v) for k, v in value.items()}
    return value


def suite_tokens(tokens: list[Token], text: str) -> list[list[Any]]:
    out: list[list[Any]] = []
    for token in tokens:
        if token.kind in (Tok.DATA, Tok.ENTITY):
            chars = text[token.start : token.end] if token.kind == Tok.DATA else token.name
            if out and out[-1][0] == "Character":
                out[-1][1] += chars
            else:
                out.append(["Character", chars])
        elif token.kind in (Tok.START, Tok.STARTEND):
            attrs = {name: value or "" for name, value in token.attrs}
            out.append(["StartTag", token.name, attrs])
            if token.kind == Tok.STARTEND:
                out[-1].append(True)
        elif token.kind == Tok.END:
            out.append(["EndTag", token.name])
        elif token.name == COMMENT:
            out.append(["Comment", token.detail])
        elif token.name == DOCTYPE:
            assert isinstance(token.detail, Doctype)
            d = token.detail
            out.append(["DOCTYPE", d.name, d.public_id, d.system_id, not d.force_quirks])
    return out


def _cases() -> list[Any]:
    if not TOKENIZER_TESTS.is_dir():
        return []
    cases = []
    for path in sorted(TOKENIZER_TESTS.glob("*.test")):
        data = json.loads(path.read_text(encoding="utf-8"))
        marks = []
        if path.name in NOT_TOKENIZATION:
            reason = "expects the standard's infoset coercion, which is not tokenization"
            marks = [pytest.mark.skip(reason=reason)]
        for n, test in enumerate(data.get("tests") or data.get("xmlViolationTests") or []):
            for state in test.get("initialStates", ["Data state"]):
                case_id = f"{path.stem}-{n}-{state.split()[0]}"
                cases.append(pytest.param(test, state, id=case_id, marks=marks))
    return cases


CASES = _cases()


@pytest.mark.skipif(
    not TOKENIZER_TESTS.is_dir(), reason=f"the html5lib suite is not here ({TOKENIZER_TESTS})"
)
@pytest.mark.parametrize(("test", "state"), CASES)
def test_html5lib_tokenizer_suite(test: dict[str, Any], state: str) -> None:
    source = test["input"]
    expected = test["output"]
    if test.get("doubleEscaped"):
        source = _unescape(source)
        expected = _unescape(expected)
    # The suite's inputs are the input stream before preprocessing (CR and CRLF become LF).
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    tokens = tokenize_html(
        source,
        state=STATES[state],
        last_start_tag=test.get("lastStartTag"),
        switch_states=False,
    )
    assert_tiles(tokens, source)
    assert suite_tokens(tokens, source) == expected, test["description"]


def assert_tiles(tokens: list[Token], text: str) -> None:
    cursor = 0
    for token in tokens:
        assert token.start == cursor and token.end > token.start, (token, cursor)
        if token.kind == Tok.DATA:
            assert "\ufffd" not in text[token.start : token.end] or "\0" not in text
        cursor = token.end
    assert cursor == len(text)


def test_suite_is_run_whole() -> None:
    if not TOKENIZER_TESTS.is_dir():
        pytest.skip(f"the html5lib suite is not here ({TOKENIZER_TESTS})")
    assert len(CASES) > 7000  # every test of every file, once per initial state


# --- spans ------------------------------------------------------------------------------------

_PIECES = (
    "<",
    ">",
    "&",
    ";",
    "#",
    "x",
    "/",
    "!",
    "-",
    "?",
    "=",
    '"',
    "'",
    "a",
    "A",
    "é",
    "<p>",
    "</p>",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "<title>",
    "</title>",
    "&amp",
    "&not",
    "&#x41;",
    "&#128;",
    "<!doctype",
    "<svg>",
    "<![CDATA[",
    "]]>",
    "<a",
    "<!x",
    "<?x",
    " ",
    "\n",
    "\x00",
    "<a\thref=",
)
_MARKUP = st.sampled_from(_PIECES)
_TEXTS = st.lists(st.one_of(_MARKUP, st.text(max_size=4)), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_spans_tile_the_input_and_data_is_its_source(text: str) -> None:
    for switch in (True, False):
        tokens = tokenize_html(text, switch_states=switch)
        cursor = 0
        for token in tokens:
            assert token.start == cursor < token.end
            cursor = token.end
        assert cursor == len(text)
        for token in tokens:
            if token.kind == Tok.ENTITY:
                assert text[token.start] in "&\0"


def test_data_token_text_is_its_source_slice() -> None:
    text = "a&amp;b\0c<title>x\0&lt;</title><script>\0</script>"
    tokens = tokenize_html(text)
    decoded = "".join(
        text[t.start : t.end] if t.kind == Tok.DATA else t.name
        for t in tokens
        if t.kind in (Tok.DATA, Tok.ENTITY)
    )
    assert decoded == "a&b\0cx\ufffd<\ufffd"


def test_minified_page_tokens() -> None:
    text = "<!doctypehtml><html lang=en><meta charset=utf-8><title>T</title><p class=a id=b>Hi"
    tokens = tokenize_html(text)
    kinds = [(t.kind, t.name) for t in tokens]
    assert kinds[0] == (Tok.OTHER, DOCTYPE)
    assert (Tok.START, "p") in kinds
    p = next(t for t in tokens if t.name == "p")
    assert p.attrs == (("class", "a"), ("id", "b"))
    assert text[tokens[-1].start :] == "Hi"


def test_duplicate_attribute_first_wins() -> None:
    (token,) = tokenize_html("<a href=1 HREF=2 title>")
    assert token.attrs == (("href", "1"), ("title", None))


@pytest.mark.parametrize(
    ("source", "decoded"),
    [
        ("&notit;", "\u00acit;"),
        ("&notin;", "\u2209"),
        ("&amp", "&"),
        ("AT&T", "AT&T"),
        ("&#x80;", "\u20ac"),
        ("&#0;", "\ufffd"),
        ("&#x110000;", "\ufffd"),
        ("&#65", "A"),
    ],
)
def test_character_references(source: str, decoded: str) -> None:
    tokens = tokenize_html(source)
    assert "".join(t.name if t.kind == Tok.ENTITY else source[t.start : t.end] for t in tokens) == (
        decoded
    )


def test_attribute_reference_special_case() -> None:
    (token,) = tokenize_html('<a href="?a=1&not=2&copy;&notx&not">')
    assert token.attrs == (("href", "?a=1&not=2\u00a9&notx\u00ac"),)
