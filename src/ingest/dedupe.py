"""Stage 6, deduplicate: one claim per identity, every occurrence kept.

Two claims are the same claim when they say the same thing:

- **Substance first.** Their *signature* must be equal: every number in the text, the values
  of their identifiers, their negation, and the canonical names of their entities. "57%" and
  "59%", NCT00911326 and NCT00911327, "did" and "did not" are never merged, however similar
  the words.
- **Then the wording.** Texts are compared in a loose form (NFKC, case-folded, punctuation and
  quotes removed, whitespace collapsed): equal loose forms are the same claim; otherwise they
  are near-duplicates only when they differ by a typo (rules/claims.yaml ``near_duplicates``):
  a rapidfuzz ratio above a floor, and at most one word changed by a couple of characters
  ("improvd") or one short function word added or dropped. A changed word is another claim.
- **Blocking.** Candidates are only the earlier claims with the same signature that share the
  first or the last four words, so the search is not quadratic and a single typo cannot hide
  a duplicate from both keys.

The claim kept is the first occurrence in (source path, offset) order, so the result does not
depend on the order in which documents are read or finish.
"""

from __future__ import annotations

import json
import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ingest.claims import claim_numbers, loose_of_key, normalize_claim_text
from ingest.models import Claim, CorpusClaim, Occurrence, Place
from ingest.rows import ClaimRow, PlaceRow, Signature
from ingest.rules.models import NearDuplicateSettings

_KEY_WORDS = 4


def loose(text: str) -> str:
    """The wording of a claim without case, punctuation, quotes or spacing: NFKC, case-folded,
    hyphens inside words dropped, runs of anything but letters, digits and "%" one space."""
    return loose_of_key(normalize_claim_text(text))


def signature(claim: Claim) -> Signature:
    identifiers = tuple(sorted(f"{i.scheme}:{i.value}" for i in claim.identifiers))
    entities = tuple(sorted({f"{e.label}:{e.canonical}" for e in claim.entities}))
    return claim_numbers(claim.text), identifiers, claim.negated, entities


def signature_of(claim: dict[str, Any]) -> Signature:
    """:func:`signature` of a claim read from a record as JSON."""
    identifiers = tuple(sorted(f"{i['scheme']}:{i['value']}" for i in claim["identifiers"]))
    entities = tuple(sorted({f"{e['label']}:{e['canonical']}" for e in claim["entities"]}))
    return claim_numbers(claim["text"]), identifiers, bool(claim["negated"]), entities


@dataclass
class _Representative:
    loose: str
    index: int


def typo_only(a: str, b: str, settings: NearDuplicateSettings) -> bool:
    """Do two loose wordings differ by no more than a typo (see the module docstring)?"""
    if fuzz.ratio(a, b, score_cutoff=settings.ratio) == 0:
        return False
    words_a, words_b = a.split(), b.split()
    edits = Levenshtein.editops(words_a, words_b)
    if len(edits) > settings.max_word_edits:
        return False
    for edit in edits:
        if edit.tag == "replace":
            one, other = words_a[edit.src_pos], words_b[edit.dest_pos]
            shorter = min(len(one), len(other))
            # A typo is one slip in a short word, at most max_typo_chars in a long one.
            allowed = 1 if shorter < 8 else settings.max_typo_chars
            if shorter < 4 or Levenshtein.distance(one, other) > allowed:
                return False
        else:
            word = words_a[edit.src_pos] if edit.tag == "delete" else words_b[edit.dest_pos]
            if word not in settings.function_words:
                return False
    return True


class NearDuplicateIndex:
    """Representatives seen so far, blocked by signature and by their first and last words."""

    def __init__(self, settings: NearDuplicateSettings) -> None:
        self.settings = settings
        self._exact: dict[tuple[Signature, str], int] = {}
        self._blocks: dict[tuple[Signature, str, str], list[_Representative]] = {}
        self.count = 0

    def find_or_add(self, claim: Claim) -> tuple[int, bool]:
        """The index of the representative this claim belongs to, and whether it is new."""
        return self.find_or_add_text(signature(claim), loose(claim.text))

    def find_or_add_text(self, sig: Signature, text: str) -> tuple[int, bool]:
        exact = self._exact.get((sig, text))
        if exact is not None:
            return exact, False
        words = text.split()
        keys = [
            (sig, "head", " ".join(words[:_KEY_WORDS])),
            (sig, "tail", " ".join(words[-_KEY_WORDS:])),
        ]
        match: int | None = None
        for key in keys:
            for rep in self._blocks.get(key, ()):
                if (match is None or rep.index < match) and typo_only(
                    text, rep.loose, self.settings
                ):
                    match = rep.index
        if match is not None:
            self._exact[(sig, text)] = match
            return match, False
        index = self.count
        self.count += 1
        self._exact[(sig, text)] = index
        rep = _Representative(text, index)
        for key in keys:
            self._blocks.setdefault(key, []).append(rep)
        return index, True


def _place(claim: Claim) -> Place:
    return Place(span=claim.span, line=claim.line, section_path=claim.section_path)


def _fold(keys: Sequence[tuple[Signature, str]], settings: NearDuplicateSettings) -> list[int]:
    """For each claim (in source order), the position of the claim it is a duplicate of among
    those kept, or -1 when it is kept itself."""
    index = NearDuplicateIndex(settings)
    folded = []
    for sig, wording in keys:
        position, new = index.find_or_add_text(sig, wording)
        folded.append(-1 if new else position)
    return folded


def dedupe_document(claims: Sequence[Claim], settings: NearDuplicateSettings) -> list[Claim]:
    """Claims of one document (in source order) with duplicates folded into the first."""
    ordered = sorted(claims, key=lambda c: (c.span[0], c.span[1]))
    folded = _fold([(signature(c), loose(c.text)) for c in ordered], settings)
    kept = [claim for claim, into in zip(ordered, folded, strict=True) if into < 0]
    extra: dict[int, list[Place]] = {}
    for claim, into in zip(ordered, folded, strict=True):
        if into >= 0:
            extra.setdefault(into, []).append(_place(claim))
    return [
        claim.model_copy(update={"duplicates": tuple(extra[n])}) if n in extra else claim
        for n, claim in enumerate(kept)
    ]


def dedupe_rows(claims: Sequence[ClaimRow], settings: NearDuplicateSettings) -> list[ClaimRow]:
    """:func:`dedupe_document` of claim rows, with the signature and wording each row holds
    (computed once, in assembly). The rows kept get their ``duplicates``."""
    ordered = sorted(claims, key=lambda c: c.span)
    folded = _fold([(c.signature, c.loose) for c in ordered], settings)
    kept = [claim for claim, into in zip(ordered, folded, strict=True) if into < 0]
    extra: dict[int, list[PlaceRow]] = {}
    for claim, into in zip(ordered, folded, strict=True):
        if into >= 0:
            extra.setdefault(into, []).append(claim.place())
    for n, places in extra.items():
        kept[n].duplicates = tuple(places)
    return kept


def corpus_claims(
    documents: Iterable[tuple[str, Sequence[Claim]]], settings: NearDuplicateSettings
) -> list[CorpusClaim]:
    """``documents``: (source path, claims of its record) pairs, in any order."""
    ordered = sorted(
        ((path, claim) for path, claims in documents for claim in claims),
        key=lambda item: (item[0], item[1].span[0], item[1].span[1]),
    )
    index = NearDuplicateIndex(settings)
    first: list[Claim] = []
    places: list[list[Occurrence]] = []
    for path, claim in ordered:
        position, new = index.find_or_add(claim)
        if new:
            first.append(claim)
            places.append([])
        here = [_place(claim), *claim.duplicates]
        places[position].extend(
            Occurrence(source=path, span=p.span, line=p.line, section_path=p.section_path)
            for p in here
        )
    records = [
        CorpusClaim(
            id=claim.id,
            text=claim.text,
            language=claim.language,
            section_path=claim.section_path,
            percentages=claim.percentages,
            identifiers=claim.identifiers,
            entities=claim.entities,
            hedged=claim.hedged,
            hedges=claim.hedges,
            negated=claim.negated,
            citations=claim.citations,
            references=claim.references,
            occurrences=tuple(sorted(set(occurrences), key=lambda o: (o.source, o.span))),
        )
        for claim, occurrences in zip(first, places, strict=True)
    ]
    return sorted(records, key=lambda r: r.id)


# CorpusClaim's fields before "occurrences", in its order (read from the model: one list).
_CORPUS_FIELDS = tuple(name for name in CorpusClaim.model_fields if name != "occurrences")

# What a field of a record written before it existed reads as (lists are empty).
_ABSENT: dict[str, Any] = {"language": None}

# One claim of a record as the corpus step needs it (ClaimEntry): its id, the JSON of its
# fields before ``occurrences`` (without the closing brace), its signature, its loose wording,
# and its places (start, end, line, section path) in the record: its own, then its duplicates'.
PlaceTuple = tuple[int, int, int, tuple[str, ...]]
ClaimEntry = tuple[str, str, Signature, str, tuple[PlaceTuple, ...]]


def claim_entry(claim: dict[str, Any]) -> ClaimEntry:
    """The corpus step's view of one claim of a record (its plain data, as the record is
    written or as it is read back): computed where the record is made, so the batch's
    main process neither parses records nor normalizes their texts again."""
    head = json.dumps(
        {k: claim.get(k, _ABSENT.get(k, [])) for k in _CORPUS_FIELDS}, ensure_ascii=False
    )
    places = [(*claim["span"], claim["line"], tuple(claim["section_path"]))]
    places.extend(
        (*other["span"], other["line"], tuple(other["section_path"]))
        for other in claim.get("duplicates", ())
    )
    return (
        claim["id"],
        head[:-1],
        signature_of(claim),
        loose(claim["text"]),
        tuple(places),
    )


def entry_line(claim: dict[str, Any]) -> str:
    """One claim's entry as a line of the worker's entries file: the JSON of its id,
    signature, wording and places, a tab, then the JSON of its corpus fields as they go into
    claims.jsonl (a tab never stands raw in JSON, and this part is taken as it is, not
    parsed: only a claim new to the corpus needs it)."""
    claim_id, head, sig, wording, places = claim_entry(claim)
    return json.dumps([claim_id, sig, wording, places], ensure_ascii=False) + "\t" + head


def row_entry_line(claim: ClaimRow, head: str) -> str:
    """:func:`entry_line` of a claim row, whose corpus fields' JSON is ``head`` (the worker
    writes it with :func:`ingest.writers.compact_head`); its signature and wording are the
    ones assembly computed."""
    places = [(*claim.span, claim.line, claim.section_path)]
    places.extend((*span, line, path) for span, line, path in claim.duplicates)
    data = [claim.id, claim.signature, claim.loose, places]
    return json.dumps(data, ensure_ascii=False) + "\t" + head


def entry_from_line(line: str) -> ClaimEntry:
    """:func:`entry_line` read back."""
    data, head = line.split("\t", 1)
    claim_id, sig, wording, places = json.loads(data)
    return entry_from_json([claim_id, head, sig, wording, places])


def _shared(items: list[str]) -> tuple[str, ...]:
    """Signature parts recur across a corpus's claims ("DISEASE:rheumatoid arthritis"): one
    string each, not one per claim read back (the near-duplicate index keeps them all)."""
    return tuple(sys.intern(item) for item in items)


def entry_from_json(item: list[Any]) -> ClaimEntry:
    """A :data:`ClaimEntry` read back from JSON (arrays come back as lists)."""
    claim_id, head, (numbers, identifiers, negated, entities), wording, places = item
    return (
        claim_id,
        head,
        (_shared(numbers), _shared(identifiers), bool(negated), _shared(entities)),
        wording,
        tuple((start, end, line, tuple(path)) for start, end, line, path in places),
    )


class CorpusBuilder:
    """claims.jsonl from records read one at a time, holding little per claim.

    Feed documents in source-path order with :meth:`add_document` (their claims are in source
    order already) or :meth:`add_entries`; :meth:`lines` gives the claims.jsonl lines sorted by
    id, byte-identical to :func:`corpus_claims` rendered with :func:`ingest.emit.jsonl_line`.

    Memory: a distinct claim costs its id, its loose wording and signature (the near-duplicate
    index needs them) and a tuple per occurrence. The JSON of its fields, the bulk of a line,
    waits in a temporary file (``spill``) until the lines are written, read back in id order.
    """

    def __init__(self, settings: NearDuplicateSettings, spill: Path | None = None) -> None:
        self._index = NearDuplicateIndex(settings)
        self._ids: list[str] = []
        self._heads: list[str] = []  # in memory when there is no spill file
        self._spilled: list[tuple[int, int]] = []  # (offset, bytes) in the spill file
        self._spill = spill.open("w+b") if spill is not None else None
        self._spill_path = spill
        # Per distinct claim, its occurrences as runs of five integers (source, start, end,
        # line, section path; sources and section paths by number): 40 bytes an occurrence,
        # where tuples of objects took about 170.
        self._places: list[array[int]] = []
        self._sources: list[str] = []
        self._last: tuple[str, int] = ("", -1)
        # Section paths recur across claims and pages: each is kept once, by number.
        self._section_numbers: dict[tuple[str, ...], int] = {}
        self._section_paths: list[tuple[str, ...]] = []

    def _section_path(self, names: Sequence[str]) -> int:
        path = tuple(names)
        number = self._section_numbers.get(path)
        if number is None:
            number = self._section_numbers[path] = len(self._section_paths)
            self._section_paths.append(path)
        return number

    def add_document(self, path: str, claims: Iterable[dict[str, Any]]) -> None:
        self.add_entries(path, (claim_entry(claim) for claim in claims))

    def add_entries(self, path: str, entries: Iterable[ClaimEntry]) -> None:
        if not self._sources or self._sources[-1] != path:
            self._sources.append(path)
        source = len(self._sources) - 1
        for claim_id, head, sig, wording, places in entries:
            key = (path, places[0][0])
            if key < self._last:
                raise ValueError("documents must come in source-path order, claims in source order")
            self._last = key
            position, new = self._index.find_or_add_text(sig, wording)
            if new:
                self._ids.append(claim_id)
                if self._spill is not None:
                    data = head.encode("utf-8")
                    self._spilled.append((self._spill.tell(), len(data)))
                    self._spill.write(data)
                else:
                    self._heads.append(head)
                self._places.append(array("q"))
            found = self._places[position]
            for start, end, line, section_path in places:
                found.extend((source, start, end, line, self._section_path(section_path)))

    @property
    def distinct(self) -> int:
        return len(self._ids)

    def _head(self, position: int) -> str:
        if self._spill is None:
            return self._heads[position]
        offset, size = self._spilled[position]
        self._spill.seek(offset)
        return self._spill.read(size).decode("utf-8")

    def lines(self) -> Iterator[str]:
        try:
            for position in sorted(range(len(self._ids)), key=self._ids.__getitem__):
                numbers = self._places[position]
                places = {
                    (
                        self._sources[numbers[k]],
                        numbers[k + 1],
                        numbers[k + 2],
                        numbers[k + 3],
                        self._section_paths[numbers[k + 4]],
                    )
                    for k in range(0, len(numbers), 5)
                }
                occurrences = [
                    {"source": source, "span": [start, end], "line": line, "section_path": list(p)}
                    for source, start, end, line, p in sorted(places)
                ]
                tail = json.dumps(occurrences, ensure_ascii=False)
                yield f'{self._head(position)}, "occurrences": {tail}}}\n'
        finally:
            self.close()

    def close(self) -> None:
        if self._spill is not None:
            self._spill.close()
            self._spill = None
            if self._spill_path is not None:
                self._spill_path.unlink(missing_ok=True)
