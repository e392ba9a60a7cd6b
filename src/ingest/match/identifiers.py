"""Identifiers (PMID, PMCID, DOI, NCT, other registries) by character-level regular expressions.

spaCy's tokenizer splits ``10.1000/xyz123`` into several tokens, so identifiers are found on
characters, not tokens. Each pattern is searched on its own: a union of them all defeats the
regex engine's literal-prefix scan and was four times slower than the patterns one by one.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from urllib.parse import unquote

from ingest.rules.models import IdentifierPattern, IdentifierRules, IdentifierScheme
from ingest.rules.patterns import Match, Pattern, compile_pattern
from ingest.text import MARKDOWN_ESCAPE

_TRAILING = ".,;:!?'\"”’"
_DIGIT = re.compile(r"\d")
_PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}
_TEMPLATE_FIELD = re.compile(r"{(\w+)}")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FoundIdentifier:
    scheme: str
    value: str
    start: int  # offsets in the scanned text
    end: int
    rule: str


_TRAILING_YEAR = re.compile(r"\((?:19|20)\d\d\)$")


def trim_punctuation(value: str) -> str:
    """Drop trailing sentence punctuation and closing brackets that have no opening partner."""
    while value:
        last = value[-1]
        if last in _TRAILING or (last in _PAIRS and value.count(last) > value.count(_PAIRS[last])):
            value = value[:-1]
        else:
            break
    return value


def _normalize(value: str, steps: tuple[str, ...]) -> str:
    for step in steps:
        if step == "markdown_unescape":
            # A markdown scrape's escapes ("10.1016/S0140-6736\\(06\\)68184-1" in a link's
            # target): the character, without its backslash. The span stays the source's.
            value = MARKDOWN_ESCAPE.sub(r"\1", value)
        elif step == "percent_decode":
            value = unquote(value)
        elif step == "trim_punctuation":
            value = trim_punctuation(value)
        elif step == "trailing_year":
            # A reference list that glues the year to the DOI ("…/s41572-020-0171-3(2020).")
            value = trim_punctuation(_TRAILING_YEAR.sub("", value))
        elif step == "lowercase":
            value = value.lower()
        elif step == "uppercase":
            value = value.upper()
        elif step == "no_spaces":
            value = "".join(value.split())
    return value


@dataclass(frozen=True)
class _Compiled:
    scheme: IdentifierScheme
    pattern: IdentifierPattern
    group: str  # name of the alternation group
    valid: Pattern[str]
    regex: Pattern[str]


def _emphasis_end(text: str, start: int, cut: int) -> int:
    """Where a value ends that closes markdown emphasis opened before it, in its own token
    ("[_https://doi.org/10.4149/av_2013_02_91_](…)", "*10.1000/xyz*"): before the closing mark,
    which a DOI's characters would take in."""
    if cut <= start or text[cut - 1] not in "_*":
        return cut
    mark = text[cut - 1]
    opening = start
    while opening > 0 and not text[opening - 1].isspace() and text[opening - 1] not in "[(":
        opening -= 1
    return cut - 1 if text[opening] == mark else cut


class IdentifierMatcher:
    def __init__(self, rules: IdentifierRules) -> None:
        self._patterns: list[_Compiled] = []
        for scheme in rules.schemes:
            valid = compile_pattern(scheme.valid)
            for pattern in scheme.patterns:
                group = f"p{len(self._patterns)}"
                self._patterns.append(
                    _Compiled(scheme, pattern, group, valid, compile_pattern(pattern.regex))
                )
        self.schemes = {s.scheme: s for s in rules.schemes}
        separators = sorted(rules.link_targets.parameter_separators, key=len, reverse=True)
        self._separators = re.compile(
            "|".join(re.escape(s) for s in separators) or "(?!)", re.IGNORECASE
        )
        # "/abstract", "/full/…", "/figure.pptx": a segment named so, alone or with an extension.
        suffixes = "|".join(re.escape(s) for s in rules.link_targets.path_suffixes)
        self._path_suffix = re.compile(rf"(?i)/(?:{suffixes})(?=[/.;]|$)") if suffixes else None
        self._collections = frozenset(s.casefold() for s in rules.link_targets.collection_suffixes)

    def _url_end(self, item: _Compiled, match: Match[str]) -> int:
        """Where the value of a match read from a URL ends: before the first publisher path
        suffix (``/doi/10.1111/bph.13439/abstract``). A value's first segment after its first
        slash is never cut: "10.1093/nar/gkt1143" is searched from "/gkt1143" on. -1: the
        suffix names a collection (``/doi/10.1111/bph.v173.9/issuetoc``), the value no work."""
        end = match.end()
        if self._path_suffix is None:
            return end
        for name in _TEMPLATE_FIELD.findall(item.pattern.value):
            start = match.start(name)
            if start < 0:
                continue
            slash = match.string.find("/", start, match.end(name))
            if slash < 0:
                continue
            suffix = self._path_suffix.search(match.string, slash + 1, match.end(name))
            if suffix is not None:
                segment = suffix.group(0)[1:].casefold()
                if segment in self._collections:
                    return -1
                end = min(end, suffix.start())
        return end

    def _value(self, item: _Compiled, match: Match[str], cut: int) -> str | None:
        def field(name: str) -> str:
            value = match.group(name) or ""
            return value[: max(0, cut - match.start(name))] if match.end(name) > cut else value

        value = _TEMPLATE_FIELD.sub(lambda m: field(m.group(1)), item.pattern.value)
        value = _normalize(value, item.scheme.normalize)
        return value if item.valid.fullmatch(value) else None

    def _end(self, item: _Compiled, match: Match[str], cut: int) -> int:
        """End of the match in the text once trailing punctuation that was trimmed is dropped."""
        end = cut
        if "trim_punctuation" in item.scheme.normalize:
            raw = match.string[match.start() : cut]
            trimmed = trim_punctuation(raw)
            end -= len(raw) - len(trimmed)
        return end

    def find(self, text: str, *, in_url: bool = False) -> list[FoundIdentifier]:
        """Identifiers of a text; ``in_url``: the text is a URL (a link target's path), so every
        value ends before a publisher path suffix, as a ``url`` pattern's value does anywhere."""
        # Every identifier holds a digit: digit-free text (most of it) is never scanned.
        if _DIGIT.search(text) is None:
            return []
        candidates: list[tuple[int, int, int, FoundIdentifier]] = []
        for priority, item in enumerate(self._patterns):
            for match in item.regex.finditer(text):
                cut = self._url_end(item, match) if in_url or item.pattern.url else match.end()
                if cut < 0:
                    continue
                cut = _emphasis_end(text, match.start(), cut)
                value = self._value(item, match, cut)
                if value is None:
                    continue
                end = self._end(item, match, cut)
                found = FoundIdentifier(
                    item.scheme.scheme, value, match.start(), end, item.pattern.id
                )
                candidates.append((match.start(), -end, priority, found))
        candidates.sort(key=lambda c: c[:3])
        chosen: list[FoundIdentifier] = []
        cursor = -1
        for start, _, _, found in candidates:
            if start >= cursor:
                chosen.append(found)
                cursor = found.end
        return chosen

    def link_parts(self, target: str) -> list[tuple[int, int, bool]]:
        """``(start, end, is_query_value)`` of the parts of a link target that are scanned:
        its path, and each query parameter's value; the fragment is dropped. An identifier
        never runs from one part into the next (``?doi=10.7326/M19-3075&amp;id=…``)."""
        end = len(target)
        fragment = target.find("#")
        if fragment >= 0:
            # "&#38;" is an entity, not a fragment: only a '#' that opens no entity cuts.
            while fragment > 0 and _ENTITY.match(target, fragment - 1):
                fragment = target.find("#", fragment + 1)
            if fragment >= 0:
                end = fragment
        query = target.find("?", 0, end)
        if query < 0:
            return [(0, end, False)]
        parts = [(0, query, False)]
        position = query + 1
        separators = [
            m
            for m in self._separators.finditer(target, position, end)
            # a bare "&" that opens an entity ("&#58;") is part of the value, not a separator
            if m.group(0) != "&" or not _ENTITY.match(target, m.start())
        ]
        for separator in [*separators, None]:
            stop = separator.start() if separator is not None else end
            equals = target.find("=", position, stop)
            value_start = equals + 1 if equals >= 0 else position
            if value_start < stop:
                parts.append((value_start, stop, True))
            if separator is not None:
                position = separator.end()
        return parts

    def find_in_link(self, target: str) -> list[FoundIdentifier]:
        """Identifiers of a link target as written in the source (entities undecoded), part by
        part (:meth:`link_parts`). Offsets are in ``target``; where decoding changed a part's
        length, a match spans its whole part."""
        if _DIGIT.search(target) is None:
            return []
        found: list[FoundIdentifier] = []
        for start, end, is_value in self.link_parts(target):
            raw = target[start:end]
            decoded = html.unescape(raw)
            if is_value and "%" in decoded:
                decoded = unquote(decoded)
            for item in self.find(decoded, in_url=not is_value):
                if len(decoded) == len(raw):
                    found.append(replace(item, start=start + item.start, end=start + item.end))
                else:
                    found.append(replace(item, start=start, end=end))
        return found


def normalize_value(matcher: IdentifierMatcher, scheme: str, raw: str) -> str | None:
    """A value stated on its own (an HTML <meta> content) in ``scheme``'s normal form."""
    for found in matcher.find(raw):
        if found.scheme == scheme:
            return found.value
    rules = matcher.schemes.get(scheme)
    if rules is None:
        return None
    value = _normalize(raw.strip(), rules.normalize)
    return value if compile_pattern(rules.valid).fullmatch(value) else None
