"""Abbreviation definitions: "rheumatoid arthritis (RA)", "bone marrow-derived MSCs (BMSCs)".

Schwartz & Hearst (2003): a short form in parentheses, and the long form found by matching the
short form's characters right to left against the words before it, the first character at the
start of a word. Extended where scispaCy's implementation misses:

- Greek letters match their names either way: "(TNF-α)" ~ "tumor necrosis factor alpha",
  "(IL-1β)" ~ "interleukin-1 beta"; "β" ~ "beta" also in the long form.
- Hyphens, slashes and digits in short forms: "(UC-MSCs)", "(IL-1β)", "(HUC-MSCs)".
- A plural "s" may close a short form ("MSCs") and match the end of the long form ("cells").
- Nested parentheses: "(levodopa, deep brain stimulation (DBS), etc.)".
- The reverse order "EDSS (Expanded Disability Status Scale)".
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import ahocorasick

from ingest.match.entities import FoundEntity
from ingest.text import word_count

GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta",
    "η": "eta", "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu",
    "ξ": "xi", "ο": "omicron", "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau", "υ": "upsilon",
    "φ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
}  # fmt: skip

_PAREN = re.compile(r"\(([^()]{1,80})\)")
_SHORT_FORM = re.compile(r"^[^\s,;:]{1,16}(?: [^\s,;:]{1,10})?$")


@dataclass(frozen=True, slots=True)
class Definition:
    short: str
    long: str
    short_start: int  # offsets in the scanned text
    short_end: int
    long_start: int
    long_end: int


def _spell_greek(text: str) -> str:
    return "".join(GREEK.get(ch, ch) for ch in text)


def is_short_form(candidate: str) -> bool:
    """Short forms hold a capital, a digit or a Greek letter, and start with a letter or digit."""
    if not _SHORT_FORM.match(candidate) or not candidate[0].isalnum():
        return False
    if sum(ch.isalpha() for ch in candidate) < 1 or len(candidate) < 2:
        return False
    return any(ch.isupper() or ch.isdigit() or ch in GREEK for ch in candidate)


def _letters(text: str) -> str:
    return "".join(ch for ch in _spell_greek(text).lower() if ch.isalnum())


def match_long_form(short: str, candidate: str) -> int | None:
    """Schwartz-Hearst: the start, in ``candidate``, of the long form of ``short``, if any.

    ``candidate`` is the text before the parenthesis; the long form is a suffix of it.
    """
    target = _letters(short)
    if not target:
        return None
    text = _spell_greek(candidate)
    # Offsets in ``text`` must map back to ``candidate``: spelling Greek letters moves them.
    back = []
    for k, ch in enumerate(candidate):
        back.extend([k] * len(GREEK.get(ch, ch)))
    lowered = text.lower()
    s = len(target) - 1
    position = len(lowered) - 1
    while s >= 0:
        ch = target[s]
        while position >= 0:
            here = lowered[position]
            at_word_start = position == 0 or not lowered[position - 1].isalnum()
            if here == ch and (s > 0 or at_word_start):
                break
            position -= 1
        if position < 0:
            return None
        s -= 1
        position -= 1
    start = position + 1
    while start > 0 and lowered[start - 1].isalnum():
        start -= 1
    return back[start] if start < len(back) else None


def _max_words(short: str) -> int:
    length = len(_letters(short))
    return min(length + 5, length * 2)


def _last_words(text: str, end: int, count: int) -> list[tuple[int, int]]:
    """The spans of the last ``count`` words (runs of non-space) of ``text[:end]``, read
    backwards from ``end``: finding every word from the start of the text for each
    parenthesis made a long block quadratic."""
    spans: list[tuple[int, int]] = []
    i = end
    while i > 0 and len(spans) < count:
        while i > 0 and text[i - 1].isspace():  # re's \s is str.isspace
            i -= 1
        if i == 0:
            break
        j = i
        while j > 0 and not text[j - 1].isspace():
            j -= 1
        spans.append((j, i))
        i = j
    spans.reverse()
    return spans


def find_definitions(text: str) -> list[Definition]:
    found: list[Definition] = []
    for match in _PAREN.finditer(text):
        inside = match.group(1).strip()
        inner_start = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
        if is_short_form(inside):
            limit = _max_words(inside)
            window = _last_words(text, match.start(), limit) if limit > 0 else []
            if not window:
                continue
            head = window[0][0]
            before = text[head : match.start()].rstrip()
            start = match_long_form(inside, before)
            if start is None:
                continue
            long_form = before[start:].strip(" ,;:")
            if not long_form or _letters(long_form) == _letters(inside):
                continue
            if word_count(long_form) > limit or len(long_form) <= len(inside):
                continue
            long_start = head + start
            found.append(
                Definition(
                    inside,
                    long_form,
                    inner_start,
                    inner_start + len(inside),
                    long_start,
                    long_start + len(long_form),
                )
            )
        elif word_count(inside) >= 2:
            # Reverse order: "EDSS (Expanded Disability Status Scale)".
            prior = _last_words(text, match.start(), 1)
            if not prior:
                continue
            token_start, token_end = prior[-1]
            short = text[token_start:token_end].strip(",;:")
            if not is_short_form(short) or " " in short:
                continue
            if match_long_form(short, inside) == 0 and word_count(inside) <= _max_words(short):
                found.append(
                    Definition(
                        short,
                        inside,
                        token_start,
                        token_start + len(short),
                        inner_start,
                        inner_start + len(inside),
                    )
                )
    return found


def canonical_short(short: str) -> str:
    return unicodedata.normalize("NFKC", short)


_MIN_COVER = 0.6  # share of a long form its entity must cover to give the short form its meaning


@dataclass(frozen=True, slots=True)
class FoundAbbreviation:
    unit: int
    definition: Definition


def _entity_of_long_form(definition: Definition, entities: list[FoundEntity]) -> FoundEntity | None:
    """The entity that names the long form: the longest one that ends where the long form ends
    and overlaps it ("Knee osteoarthritis (OA)": the entity may start before the long form)."""
    ending = [
        e
        for e in entities
        if abs(e.end - definition.long_end) <= 1 and e.start < definition.long_end
    ]
    best = max(ending, key=lambda e: e.end - e.start, default=None)
    # The tail of a coordination ("… and reduced ejection fraction (HFrEF)") is not its meaning.
    covered = best is not None and (
        best.end - max(best.start, definition.long_start)
    ) >= _MIN_COVER * (definition.long_end - definition.long_start)
    return best if covered else None


def resolve(
    texts: list[str],
    entities: list[list[FoundEntity]],
    articles: list[int],
    searched: list[bool] | None = None,
) -> tuple[list[list[FoundEntity]], list[FoundAbbreviation]]:
    """Find definitions unit by unit and give later short forms of the same article the long
    form's entity (or none, when the long form is not an entity the vocabulary knows).

    An entity longer than the short form that covers it ("BM-MSCs" around "BM") is kept.
    Short forms are found by one automaton pass over the whole document for every short form it
    defines (a scan of each unit for each short form known there made the step a third of the
    match stage); a hit counts where ``(?<![\\w-])SHORT(?!\\w)`` would match, as a search of
    that unit alone for that short form finds them.
    """
    out = [list(found) for found in entities]
    found_here = [find_definitions(text) if "(" in text else [] for text in texts]
    shorts = {d.short for found in found_here for d in found}
    if not shorts:
        return out, []
    places = _short_form_places(texts, shorts)
    definitions: list[FoundAbbreviation] = []
    known: dict[str, FoundEntity | None] = {}
    current_article = -1
    for n, text in enumerate(texts):
        if articles[n] != current_article:
            current_article, known = articles[n], {}
        for definition in found_here[n]:
            definitions.append(FoundAbbreviation(n, definition))
            if definition.short not in known:
                touched = any(
                    e.start < definition.long_end and definition.long_start < e.end for e in out[n]
                )
                meaning = _entity_of_long_form(definition, out[n])
                if meaning is None and touched:
                    continue  # only part of the long form is an entity: the vocabulary decides
                known[definition.short] = meaning
        if not known or (searched is not None and not searched[n]):
            continue  # units not searched for entities (citations, references) get none
        here = places.get(n)
        if here:
            for short, entity in known.items():
                starts = here.get(short)
                spans = _short_form_spans(text, short, sorted(starts)) if starts else []
                if spans:
                    out[n] = _give_short_forms(out[n], spans, entity)
        out[n].sort(key=_start)
    return out, definitions


def _start(entity: FoundEntity) -> int:
    return entity.start


def _short_form_places(texts: list[str], shorts: set[str]) -> dict[int, dict[str, list[int]]]:
    """``{unit: {short form: [starts]}}`` of every occurrence of the short forms in the units,
    from one automaton pass over the units joined by a newline (a short form holds none)."""
    automaton = ahocorasick.Automaton()
    for short in sorted(shorts):
        automaton.add_word(short, short)
    automaton.make_automaton()
    offsets = []
    at = 0
    for text in texts:
        offsets.append(at)
        at += len(text) + 1
    places: dict[int, dict[str, list[int]]] = {}
    for last, short in automaton.iter("\n".join(texts)):
        start = last + 1 - len(short)
        unit = bisect_right(offsets, start) - 1
        places.setdefault(unit, {}).setdefault(short, []).append(start - offsets[unit])
    return places


def _is_word(char: str) -> bool:
    """``re``'s \\w on a str: a letter or digit (``str.isalnum``) or the underscore."""
    return char.isalnum() or char == "_"


def _short_form_spans(text: str, short: str, starts: list[int]) -> list[tuple[int, int]]:
    """What ``finditer`` of ``(?<![\\w-])SHORT(?![\\w])`` gives, from the occurrences of the
    short form: those not glued to a word (or a hyphen before), leftmost first, not
    overlapping."""
    spans = []
    position = 0
    size = len(short)
    for start in starts:
        if start < position:
            continue
        end = start + size
        if start > 0 and (_is_word(text[start - 1]) or text[start - 1] == "-"):
            continue
        if end < len(text) and _is_word(text[end]):
            continue
        spans.append((start, end))
        position = end
    return spans


def _give_short_forms(
    entities: list[FoundEntity], spans: list[tuple[int, int]], entity: FoundEntity | None
) -> list[FoundEntity]:
    """The block's entities after its short forms at ``spans`` (in text order, not
    overlapping) take ``entity``: a short form inside a longer entity ("BM" of "BM-MSCs") is
    left alone; otherwise the entities it overlaps give way to it.

    Entities that can touch a short form start less than the longest entity's length before
    it: each short form looks only at those, found by bisection, so a block with many
    entities and many short forms costs O(n log n), not O(n²) (a 1 MB one-line page spent most
    of its time here). Entities given to earlier short forms end before the next one starts,
    so they never need looking at again. The order is the one a rescan per short form gives:
    the original entities that remain, in their order, then the new ones.
    """
    order = sorted(range(len(entities)), key=lambda k: entities[k].start)
    starts = [entities[k].start for k in order]
    longest = max((e.end - e.start for e in entities), default=0)
    alive = [True] * len(entities)
    added: list[FoundEntity] = []
    for start, end in spans:
        first = bisect_left(starts, start - longest)
        last = bisect_left(starts, end)
        near = [k for k in order[first:last] if alive[k]]
        if any(
            entities[k].start <= start
            and end <= entities[k].end
            and (entities[k].end - entities[k].start) > (end - start)
            for k in near
        ):
            continue  # inside a longer entity: "BM" of "BM-MSCs"
        for k in near:
            if not (entities[k].end <= start or entities[k].start >= end):
                alive[k] = False
        if entity is not None:
            added.append(FoundEntity(entity.label, entity.canonical, start, end))
    return [e for k, e in enumerate(entities) if alive[k]] + added
