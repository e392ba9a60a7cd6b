"""load: bytes → text, encoding, media type; junk is refused with one clear line."""

from __future__ import annotations

import codecs
import json
import os
import random
from pathlib import Path

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


# Issue 17, decoding you can trust. Each page below was decoded wrongly, without a word, before:
# the Latin-1 page as cp1257 ("naļve … ą la crčme"), the Shift-JIS page as cp949 ("뒼띢뺼"), the
# UTF-8 page with a few cp1252 bytes refused as binary (or, in the run, read as cp852).

LATIN1_PAGE = (
    (
        "Café notes\n\nThe naïve approach à la crème: about 40% of patients in the étude "
        "improved after MSC therapy. Our façade of résumé-driven coöperation was déjà vu for "
        "the señor; the rôle of the entrée is to show how 12% of the doses fared. "
    )
    * 3
)[:520]
SHIFT_JIS_PAGE = (
    "Title: 幹細胞治療の最新情報\nURL: https://clinic.example.jp/news/2024/stem-cells\n"
    "Date: 2024-05-01\n\nこの試験では患者の約40%が改善しました。副作用は軽度でした。\n"
    "詳しくは https://doi.org/10.1000/xyz を参照。\nContact: info@clinic.example.jp\n"
    "Tel: 03-1234-567\n"
)
UTF8_WITH_CP1252 = (
    "Stem cells – a review\n\nIn the trial, about 40% of patients with lupus improved after "
    "MSC therapy — the “largest” effect seen in Zürich.\n".encode()
    * 4
    + b"The clinic\x92s director said \x93it works\x94 for 30% of them.\n"
    + "Naïve café – résumé.\n".encode() * 10
)


def test_a_short_latin1_page_is_read_as_windows_1252_not_a_baltic_codepage() -> None:
    data = LATIN1_PAGE.encode("latin-1")
    assert len(data) == 520
    source = load_bytes(data, "page.txt")
    assert source.text == LATIN1_PAGE
    assert source.encoding == "cp1252"
    assert source.decoding_warning is None
    assert data.decode(source.encoding) == source.text


def test_a_short_shift_jis_page_is_read_as_shift_jis_not_korean() -> None:
    data = SHIFT_JIS_PAGE.encode("shift_jis")
    assert 240 <= len(data) <= 260
    source = load_bytes(data, "page.txt")
    assert source.text == SHIFT_JIS_PAGE
    assert source.encoding in ("shift_jis", "cp932")
    assert data.decode(source.encoding) == source.text


def test_utf8_with_a_few_cp1252_bytes_stays_utf8_and_counts_them() -> None:
    source = load_bytes(UTF8_WITH_CP1252, "page.txt")
    assert source.encoding == "utf-8"
    assert "Zürich" in source.text and "“largest”" in source.text and "Naïve café" in source.text
    assert "The clinic\ufffds director said \ufffdit works\ufffd for 30%" in source.text
    assert source.decoding_warning == "3 byte sequences not valid UTF-8 replaced with U+FFFD"
    # The text is what the reported codec gives with the replacement handler: spans hold.
    assert UTF8_WITH_CP1252.decode(source.encoding, "replace") == source.text


def test_utf16_without_a_bom_is_read_when_it_is_plainly_text() -> None:
    text = "Stammzellen: etwa 40 % der Patienten mit Lupus besserten sich. Grüße.\n"
    for codec in ("utf-16-le", "utf-16-be"):
        source = load_bytes(text.encode(codec), "page.txt")
        assert (source.text, source.encoding) == (text, codec)
    # NUL bytes with no such pattern stay binary.
    with pytest.raises(IngestError, match="E005"):
        load_bytes(b"\x00\x01\x02\x03" * 500, "page.bin")


def test_a_declared_charset_wins_over_a_guess() -> None:
    xml = '<?xml version="1.0" encoding="ISO-8859-15"?>\n<html><body><p>Coût : 500 € ; Œuvre.</p></body></html>\n'
    source = load_bytes(xml.encode("iso-8859-15"), "page.xhtml")
    assert (source.text, source.encoding) == (xml, "iso8859-15")
    http_equiv = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "</head><body><p>Около 40% пациентов.</p></body></html>"
    )
    source = load_bytes(http_equiv.encode("cp1251"), "page.html")
    assert (source.text, source.encoding) == (http_equiv, "cp1251")


def test_a_declared_legacy_charset_is_read_with_the_webs_superset() -> None:
    """Browsers read "iso-8859-1" as windows-1252: its curly quotes are not C1 controls."""
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>“Café” 40 %</p></body></html>'
    source = load_bytes(page.encode("cp1252"), "page.html")
    assert (source.text, source.encoding) == (page, "cp1252")
    plain = page.replace("“", '"').replace("”", '"')
    assert load_bytes(plain.encode("latin-1"), "page.html").encoding == "iso8859-1"


def test_a_declaration_the_bytes_do_not_fit_is_a_warning() -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>Caf\xe9 M\xfcnchen 40 %</p></body></html>'
    source = load_bytes(page.encode("latin-1"), "page.html")
    assert source.text == page
    assert source.decoding_warning == (
        "declared utf-8 (meta charset) but its bytes are not; read as cp1252"
    )


def test_mixed_encodings_are_a_warning() -> None:
    """More cp1252 bytes than UTF-8 characters: read as cp1252, and the UTF-8 is reported."""
    data = "Café, crème, naïve, résumé, déjà vu. ".encode("cp1252") + "Zürich".encode()
    source = load_bytes(data, "page.txt")
    assert source.encoding == "cp1252"
    assert source.text.startswith("Café, crème, naïve")
    assert source.decoding_warning == "mixed encodings: 1 UTF-8 character read as cp1252"


def test_a_bom_beats_a_declaration_and_stray_bytes_after_it_are_counted() -> None:
    data = codecs.BOM_UTF8 + "Grüße, 40 %.\n".encode() + b"caf\xe9\n" + "Zürich\n".encode()
    source = load_bytes(data, "page.txt")
    assert source.encoding == "utf-8-sig"
    assert source.text == "Grüße, 40 %.\ncaf\ufffd\nZürich\n"
    assert source.decoding_warning == "1 byte sequence not valid utf-8-sig replaced with U+FFFD"


def test_decoding_warnings_reach_run_json_and_fail_a_strict_run(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from ingest.cli import main

    from .conftest import RULES

    pages = tmp_path / "in"
    pages.mkdir()
    (pages / "mixed.txt").write_bytes(UTF8_WITH_CP1252)
    (pages / "clean.txt").write_text("About 40% of patients improved after MSC therapy.\n")
    out = tmp_path / "out"
    args = ["run", str(pages), "-o", str(out), "--rules", str(RULES), "-j", "1"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    warnings = json.loads((out / "run.json").read_text())["warnings"]
    assert [(w["path"], w["reason"]) for w in warnings] == [
        ("mixed.txt", "decoding: 3 byte sequences not valid UTF-8 replaced with U+FFFD")
    ]
    record = json.loads((out / "mixed.txt.json").read_text())
    assert record["source"]["encoding"] == "utf-8"
    text = UTF8_WITH_CP1252.decode("utf-8", "replace")
    for claim in record["claims"]:
        start, end = claim["span"]
        assert text[start:end] == claim["text"]  # spans in code points of the decoded text
    again = CliRunner().invoke(main, [*args, "--strict"])  # unchanged: its warning is kept
    assert again.exit_code == 1
    assert "warning: mixed.txt: decoding: 3 byte sequences" in again.output


def _warc_member(path: Path, content_type: str, body: bytes) -> str:
    """A WARC archive at ``path`` with one HTML response; its member's path."""
    import io as _io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], "HTTP/1.1")
        record = writer.create_warc_record(
            "https://clinic.example/p", "response", payload=_io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
    record_id = record.rec_headers.get_header("WARC-Record-ID").strip("<>")
    return f"{path.name}#{record_id}"


@pytest.mark.parametrize(
    ("content_type", "body", "text", "encoding"),
    [
        # The HTTP header's charset, for a short page a guess would get wrong (cp1250 vs 1252).
        ("text/html; charset=windows-1250", "<p>Źródło: 40% ściśle</p>", None, "cp1250"),
        # A byte-order mark beats the header (as in browsers): no "ï»¿" at the start.
        (
            "text/html; charset=iso-8859-1",
            "\ufeff<p>Grüße 40 %</p>",
            "<p>Grüße 40 %</p>",
            "utf-8-sig",
        ),
        # Bytes that are valid UTF-8 are UTF-8 whatever a server's default header says.
        ("text/html; charset=ISO-8859-1", "<p>Grüße – 40 %</p>", None, "utf-8"),
    ],
)
def test_a_warc_records_http_charset_is_its_declaration(
    tmp_path: Path, content_type: str, body: str, text: str | None, encoding: str
) -> None:
    from ingest.load import load

    pytest.importorskip("warcio")
    codec = "utf-8" if encoding.startswith("utf") else encoding
    rel = _warc_member(tmp_path / "crawl.warc", content_type, body.encode(codec))
    source = load(tmp_path / "crawl.warc", rel)
    assert (source.text, source.encoding) == (text or body, encoding)
    assert source.decoding_warning is None


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        # Units and signs are no evidence of another script: windows-1252, the preference.
        ("Patients received 40 µg/kg ± 5 at 37 °C; 12% improved.", "cp1252"),
        ("Ergebnis: 40 µg/ml ± 2", "cp1252"),
        ("Größe: 40 µg/ml ± 2 bei Patienten mit Lupus; Verbesserung über 12%.", "cp1252"),
        # Letters windows-1252 would misread are: the detector decides.
        ("Kök hücre: hastaların yaklaşık %40'ı iyileşti. Ağrı ve şişlik azaldı.", "cp1254"),
        ("Komórki macierzyste: około 40% pacjentów poprawiło się. Źródło: żółć.", "cp1250"),
        ("Стволовые клетки: около 40% пациентов с волчанкой улучшились.", "cp1251"),
    ],
)
def test_windows_1252_is_preferred_unless_the_bytes_show_otherwise(text: str, codec: str) -> None:
    source = load_bytes(text.encode(codec), "page.txt")
    assert (source.text, source.encoding) == (text, codec)


def test_a_guess_with_little_evidence_is_a_low_confidence_warning() -> None:
    """Letters at random from A-Z and À-ÿ: it decodes, but reads as no language does."""
    rng = random.Random(3)
    alphabet = [*range(0x41, 0x5B), *range(0xC0, 0xFF)]
    data = bytes(rng.choice(alphabet) for _ in range(300))
    source = load_bytes(data, "page.txt")
    assert source.decoding_warning == "low confidence in the guess cp1252"


def test_an_icon_fonts_private_use_characters_do_not_make_a_page_binary() -> None:
    """Font Awesome's CSS inline: one private-use character per icon, 2% of this page's head."""
    icons = "".join(f'.fa-{n}:before {{content: "{chr(0xF000 + n)}"}}' for n in range(120))
    page = (
        f"<html><head><style>{icons}</style></head><body><p>About 40% improved.</p></body></html>"
    )
    source = load_bytes(page.encode(), "page.html")
    assert source.text == page
    # As UTF-16 without a byte-order mark, private-use characters are not plainly text.
    junk = "".join(f"a{chr(0xE000 + n)}" for n in range(2000)).encode("utf-16-le")
    with pytest.raises(IngestError, match="E005"):
        load_bytes(junk, "x.bin")


def test_a_page_over_the_size_limit_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    from ingest.load import MAX_PAGE, load

    big = tmp_path / "big.txt"
    with big.open("wb") as stream:  # sparse: no disk used
        stream.truncate(MAX_PAGE * 3)
    with pytest.raises(IngestError) as raised:
        load(big, "big.txt")
    assert str(raised.value) == (
        f"E013: big.txt: file is {MAX_PAGE * 3} bytes, over the limit of {MAX_PAGE} bytes"
    )


def test_show_says_when_the_decoding_is_uncertain(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from ingest.cli import main

    page = tmp_path / "mixed.txt"
    page.write_bytes(UTF8_WITH_CP1252)
    result = CliRunner().invoke(main, ["show", str(page)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[1:3] == ["text/plain", "utf-8"]
    assert lines[1] == "warning: decoding: 3 byte sequences not valid UTF-8 replaced with U+FFFD"
