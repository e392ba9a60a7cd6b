"""Cognates: a word of another language read as the English vocabulary term it is spelled after.

Medical words are mostly Greek and Latin, and each European language spells them its own way:
"insulin" is Slovak "inzulín" (and "inzulínu" in the genitive), Turkish "insülin", Russian
"инсулин"; "hematuria" is Turkish "hematüri"; "phototherapy" is Norwegian "fototerapi". No
vocabulary lists them in every language. Both sides are reduced to a core: the letters written
in Latin script (``letters``, then diacritics dropped), spelling variants made one
(``spellings``: "ph" → "f", "c" before e/i → "s", "z" → "s"), double letters made single, the
endings cut (``endings``: final vowels, a Latin "-is" / "-us" / "-um"). A word whose core is the
core of one term (and of no term naming something else) names that term's entity.

The rules are data (``cognates`` in rules/compounds.yaml); this module reduces words and keeps
the index. Only single-word terms that are their own canonical name are indexed (the English
name, not a brand or another language's form), and a core two canonical names share is left
out ("vaccinia" and "vaccine").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ingest.rules.models import Cognates

# (label, canonical, order), as the entity matcher's entries.
CognateEntry = tuple[str, str, int]

_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[a-z]+")


@dataclass(slots=True)
class CognateReader:
    """Reduces words to cores and finds the term a core names."""

    labels: frozenset[str]
    languages: frozenset[str]
    letters: dict[int, str]
    spellings: list[tuple[re.Pattern[str], str]]
    endings: list[re.Pattern[str]]
    min_letters: int
    min_core: int
    index: dict[str, CognateEntry] = field(default_factory=dict)
    # The canonical name that first took each core (any term, any label, any language), and
    # the cores two canonical names share: read as neither.
    claimed: dict[str, str] = field(default_factory=dict)
    ambiguous: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, rule: Cognates) -> CognateReader:
        return cls(
            labels=frozenset(rule.labels),
            languages=frozenset(rule.languages),
            letters={ord(k): v for k, v in rule.letters.items()},
            spellings=[(re.compile(pattern), to) for pattern, to in rule.spellings],
            endings=[re.compile(pattern) for pattern in rule.endings],
            min_letters=rule.min_letters,
            min_core=rule.min_core,
        )

    def core(self, word: str) -> str | None:
        """The word's core, or None when it is not all letters once in Latin script."""
        text = unicodedata.normalize("NFKD", word.lower().translate(self.letters))
        text = "".join(c for c in text if not unicodedata.combining(c))
        if _LATIN.fullmatch(text) is None:
            return None
        for pattern, to in self.spellings:
            text = pattern.sub(to, text)
        for pattern in self.endings:
            text = pattern.sub("", text)
        return text

    def add_term(self, term: str, entry: CognateEntry, *, indexed: bool) -> None:
        """A single-word vocabulary term. ``indexed``: the term is an English canonical name
        of a read label, which a cognate may name; any other term only marks its core as
        taken by its own canonical name (so that a core two names share names neither)."""
        if len(term) < self.min_letters or _WORD.fullmatch(term) is None:
            return
        core = self.core(term)
        if core is None or len(core) < self.min_core:
            return
        claimed = self.claimed.setdefault(core, entry[1])
        if claimed != entry[1]:
            self.ambiguous.add(core)
        elif indexed:
            self.index.setdefault(core, entry)

    def finish(self, false_friends: Iterable[str] = ()) -> None:
        """Drops the cores two canonical names share, and those of ``false_friends``, once
        every term is in."""
        for word in false_friends:
            core = self.core(word)
            if core is not None:
                self.ambiguous.add(core)
        for core in self.ambiguous:
            self.index.pop(core, None)
        self.claimed.clear()

    def find(
        self,
        text: str,
        taken: Sequence[tuple[int, int]],
        endings: Sequence[str] = (),
    ) -> Iterable[tuple[int, int, CognateEntry]]:
        """The words of ``text`` that name a term by their core, outside the ``taken`` spans
        (the hits of the vocabulary). ``endings``: the case endings of the text's language
        (longest first), cut from a word whose whole core names nothing."""
        for match in _WORD.finditer(text):
            start, end = match.span()
            if end - start < self.min_letters:
                continue
            if any(s < end and start < e for s, e in taken):
                continue
            word = match.group()
            entry = self.term_of(word)
            if entry is None:
                lowered = word.lower()
                for ending in endings:
                    if lowered.endswith(ending) and len(word) - len(ending) >= self.min_letters:
                        entry = self.term_of(word[: len(word) - len(ending)])
                        if entry is not None:
                            break
            if entry is not None:
                yield start, end, entry

    def term_of(self, word: str) -> CognateEntry | None:
        """The term whose core the whole word's is, if one (and one name only) has it."""
        core = self.core(word)
        if core is None or len(core) < self.min_core:
            return None
        return self.index.get(core)
