"""load: bytes → text, encoding, media type; junk is refused with one clear line."""

from __future__ import annotations

import os

import pytest

from ingest.errors import IngestError
from ingest.load import load_bytes


def test_utf8_keeps_text_and_line_endings_untouched() -> None:
    source = load_bytes("a\r\nb é\n".encode(), "page.txt")
    assert source.text == "a\r\nb é\n"
    assert source.encoding == "utf-8"
    assert source.media_type == "text/plain"
    assert source.size == 8


def test_utf8_bom_is_consumed_by_the_codec_it_reports() -> None:
    data = "\ufeffHello\r\nworld".encode()
    source = load_bytes(data, "page.txt")
    assert source.text == "Hello\r\nworld"
    assert source.encoding == "utf-8-sig"
    assert data.decode(source.encoding) == source.text


def test_utf16_with_bom() -> None:
    data = "Grüße, 40% der Patienten".encode("utf-16")
    source = load_bytes(data, "page.txt")
    assert source.text == "Grüße, 40% der Patienten"
    assert data.decode(source.encoding) == source.text


def test_latin1_page_is_detected_and_decoded() -> None:
    text = (
        "Les cellules souches mésenchymateuses améliorent la fonction cardiaque chez 40 % des patients traités. "
        * 5
    )
    data = text.encode("latin-1")
    source = load_bytes(data, "page.txt")
    assert "mésenchymateuses" in source.text
    assert data.decode(source.encoding) == source.text


def test_html_meta_charset_is_honoured() -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 \x93quoted\x94</p></body></html>'
    source = load_bytes(html.encode("latin-1"), "page.html")
    assert "Café “quoted”" in source.text
    assert source.media_type == "text/html"


def test_empty_file_is_an_empty_text_page() -> None:
    source = load_bytes(b"", "empty.txt")
    assert source.text == ""
    assert source.encoding == "utf-8"


def test_random_bytes_are_refused_with_one_line() -> None:
    data = os.urandom(20_000)
    with pytest.raises(IngestError) as raised:
        load_bytes(data, "junk.bin")
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(("E004", "E005"))
    assert "junk.bin" in message


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a.html", "<p>x</p>", "text/html"),
        ("a.md", "# x", "text/markdown"),
        ("a.txt", "<!doctype html><p>x</p>", "text/plain"),
        ("a.dat", "<!DOCTYPE html><html><p>x</p>", "text/html"),
        ("a.dat", "plain words", "text/plain"),
    ],
)
def test_media_type(name: str, text: str, expected: str) -> None:
    assert load_bytes(text.encode(), name).media_type == expected
