"""Compare two extractions claim by claim: what appeared, what vanished, what changed.

Claims are matched by id (the hash of their normalized text), so a claim whose text changed is
one removed and one added claim; the report pairs them when they sit in the same place with
similar wording, and shows what changed between them ("percentages: 57% → 59%"). A claim with
the same id but other content (citations, entities, hedging, where it occurs) is *changed*.

Positions are not content: deleting one sentence shifts the offsets of every later claim, and
that is not a change to report. Occurrences are compared by source and section, and matches
without their spans.

A diff also says *why*. For every source with a difference it reads the two document records
(only those: a diff of two large extractions stays a comparison of claims.jsonl lines) and
explains each removed claim by what took it in the new run: a removal (reason, rule id, span),
an edited sentence (the new one), a page that is gone or failed. An added claim shows what makes
it claim-bearing (its matches) and, when the old run had removed its text, which rule did. The
header says what differs between the two runs: version, rules digest, rule files (run.json).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from ingest.dedupe import loose
from ingest.emit import CLAIMS_FILE, RUN_FILE
from ingest.errors import Errors, IngestError
from ingest.models import SCHEMA_VERSION
from ingest.outdir import check_complete

Record = dict[str, Any]
_PAIR_RATIO = 80.0
# An edited sentence in a source whose bytes changed: the nearest new claim of the same source,
# when it is at least this close (rapidfuzz ratio of the loose texts).
_NEAR_RATIO = 60.0


def page_name(source_path: str) -> str:
    """The file name of a source's review page (ingest.review writes it, diffs link to it)."""
    stem = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in source_path)[:80]
    return f"{stem}.{hashlib.sha256(source_path.encode()).hexdigest()[:8]}.html"


def removal_anchor(span: Iterable[int]) -> str:
    """The id of a removed item on its review page."""
    start, end = span
    return f"rm-{start}-{end}"


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str


@dataclass
class ChangedClaim:
    id: str
    text: str
    changes: list[FieldChange]
    sources: list[str]


@dataclass
class Pair:
    """A removed and an added claim in the same place: most likely one sentence, edited."""

    removed: str
    added: str
    changes: list[FieldChange]


@dataclass(frozen=True)
class Cause:
    """Why a claim is gone from (or new in) one source.

    ``kind`` is one of: ``removed`` (a removal of the new run took its text: ``reason``, ``rule``,
    ``span``, ``line`` in the new source), ``was_removed`` (an added claim whose text the old run
    had removed, same fields, old source), ``sentence_changed`` (``claim`` and ``text``: the
    sentence now in its place), ``page_gone``, ``page_failed`` (``text``: the failure),
    ``not_claim_bearing`` (same bytes, text kept, but no match makes it a claim any more),
    ``text_gone`` (the source changed and its sentence is not in the new record), ``unknown``
    (no document record to tell).
    """

    source: str
    kind: str
    reason: str = ""
    rule: str = ""
    span: tuple[int, int] | None = None
    line: int | None = None
    claim: str = ""
    text: str = ""

    def describe(self) -> str:
        where = f" at {self.span[0]}-{self.span[1]}" if self.span else ""
        where += f" (line {self.line})" if self.line else ""
        if self.kind == "removed":
            return f"removed by {self.reason} rule {self.rule}{where}"
        if self.kind == "was_removed":
            return f"the old run removed it: {self.reason} rule {self.rule}{where}"
        if self.kind == "sentence_changed":
            return f"its sentence changed: {_short(self.text, 160)}"
        if self.kind == "page_gone":
            return "its page is gone"
        if self.kind == "page_failed":
            return f"its page failed in the new run: {self.text}"
        if self.kind == "not_claim_bearing":
            return "its sentence is kept but nothing in it makes a claim any more"
        if self.kind == "text_gone":
            return "the source changed and its sentence is no longer in it"
        return "no document record to tell why"

    def as_json(self) -> Record:
        data: Record = {"source": self.source, "kind": self.kind, "why": self.describe()}
        for name in ("reason", "rule", "span", "line", "claim", "text"):
            value = getattr(self, name)
            if value:
                data[name] = list(value) if name == "span" else value
        return data


@dataclass(frozen=True)
class RunInfo:
    """What run.json says about the run that wrote an extraction (empty where it is silent)."""

    version: str = ""
    rules_digest: str = ""
    rule_files: dict[str, str] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    warnings: tuple[Record, ...] = ()


@dataclass
class Diff:
    old: str
    new: str
    added: list[Record] = field(default_factory=list)
    removed: list[Record] = field(default_factory=list)
    changed: list[ChangedClaim] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    # source → {"added": [...], "removed": [...]} reference entries (their text), schema 1.2
    references: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    old_run: RunInfo = field(default_factory=RunInfo)
    new_run: RunInfo = field(default_factory=RunInfo)
    # claim id → one cause per source it left (removed claims) or entered (added claims)
    causes: dict[str, list[Cause]] = field(default_factory=dict)

    def run_changes(self) -> list[str]:
        """What differs between the two runs, one line each (empty: nothing run.json tells)."""
        old, new = self.old_run, self.new_run
        lines = []
        if old.version != new.version:
            lines.append(f"version: {old.version or '?'} → {new.version or '?'}")
        if old.rules_digest != new.rules_digest:
            lines.append(f"rules digest: {old.rules_digest or '?'} → {new.rules_digest or '?'}")
        files = self.rule_file_changes()
        if files:
            lines.append(
                "rule files: "
                + ", ".join(f"{name} ({what})" for what, names in files.items() for name in names)
            )
        elif old.rules_digest != new.rules_digest and not (old.rule_files and new.rule_files):
            lines.append("rule files: not recorded by one of the runs")
        return lines

    def rule_file_changes(self) -> dict[str, list[str]]:
        old, new = self.old_run.rule_files, self.new_run.rule_files
        if not old or not new:
            return {}
        changes = {
            "added": sorted(new.keys() - old.keys()),
            "removed": sorted(old.keys() - new.keys()),
            "modified": sorted(k for k in old.keys() & new.keys() if old[k] != new[k]),
        }
        return {what: names for what, names in changes.items() if names}

    @property
    def equal(self) -> bool:
        return not (self.added or self.removed or self.changed or self.references)

    def by_source(self) -> dict[str, dict[str, list[str]]]:
        groups: dict[str, dict[str, list[str]]] = defaultdict(
            lambda: {"added": [], "removed": [], "changed": []}
        )
        for kind, records in (("added", self.added), ("removed", self.removed)):
            for record in records:
                for source in _sources(record):
                    groups[source][kind].append(record["id"])
        for change in self.changed:
            for source in change.sources:
                groups[source]["changed"].append(change.id)
        return {source: groups[source] for source in sorted(groups)}


# --- reading ----------------------------------------------------------------------------------


def _check_version(folder: Path, shown: Path) -> None:
    """Refuse an extraction written with another major schema version (run.json says which;
    without it, a document record does)."""
    records = (p for p in sorted(folder.glob("*.json")) if p.name != RUN_FILE)
    candidate = folder / "run.json" if (folder / "run.json").exists() else next(records, None)
    if candidate is None:
        return
    try:
        version = json.loads(candidate.read_text(encoding="utf-8")).get("schema_version")
    except (OSError, ValueError, AttributeError):
        return
    if version and str(version).split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise IngestError(Errors.E008, path=shown, found=version, expected=SCHEMA_VERSION)


_ID_PREFIX = '{"id": "'


def read_lines(path: Path) -> dict[str, str]:
    """The lines of an extraction's claims.jsonl by claim id, unparsed.

    Output is deterministic, so a claim that did not change is the same line on both sides;
    only lines that differ need parsing (most of the time of a diff is JSON decoding).
    """
    file = path / CLAIMS_FILE if path.is_dir() else path
    if not file.is_file():
        raise IngestError(Errors.E007, path=path)
    check_complete(file.parent, path)
    _check_version(file.parent, path)
    lines: dict[str, str] = {}
    with file.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            if line.startswith(_ID_PREFIX):
                end = line.find('"', len(_ID_PREFIX))
                key = line[len(_ID_PREFIX) : end]
            else:  # written by something else: parse to find the id
                key = str(_parse(line, file, number).get("id"))
            lines[key] = line
    return lines


def _parse(line: str, file: Path, number: int) -> Record:
    try:
        record = json.loads(line)
    except ValueError as err:
        raise IngestError(Errors.E015, path=f"{file}:{number}", detail=str(err)) from None
    if not isinstance(record, dict) or "id" not in record:
        raise IngestError(Errors.E015, path=f"{file}:{number}", detail="not a claim record")
    return record


def read_claims(path: Path) -> dict[str, Record]:
    """The claims of an extraction folder (its claims.jsonl) or of a claims.jsonl file."""
    return {key: json.loads(line) for key, line in read_lines(path).items()}


# --- comparing --------------------------------------------------------------------------------


def _sources(record: Record) -> list[str]:
    return sorted({o["source"] for o in record.get("occurrences", [])})


def _percent(item: Record) -> str:
    return str(item.get("text", ""))


def _views(record: Record) -> dict[str, list[str]]:
    """Each comparable field as a sorted list of strings, positions left out."""
    places: defaultdict[str, int] = defaultdict(int)
    for occurrence in record.get("occurrences", []):
        places[f"{occurrence['source']} [{' › '.join(occurrence.get('section_path', []))}]"] += 1
    return {
        "text": [record.get("text", "")],
        "language": [str(record["language"])] if record.get("language") else [],
        "section": [" › ".join(record.get("section_path", []))],
        "percentages": [_percent(p) for p in record.get("percentages", [])],
        "identifiers": sorted(f"{i['scheme']}:{i['value']}" for i in record.get("identifiers", [])),
        "entities": sorted({f"{e['label']} {e['canonical']}" for e in record.get("entities", [])}),
        "citations": [f"{c['scheme']}:{c['value']}" for c in record.get("citations", [])],
        "references": list(record.get("references", [])),
        "hedged": [str(record.get("hedged", False)).lower()],
        "hedges": list(record.get("hedges", [])),
        "negated": [str(record.get("negated", False)).lower()],
        "occurrences": [f"{place} ×{n}" if n > 1 else place for place, n in sorted(places.items())],
    }


def field_changes(
    old: Record, new: Record, fields: Iterable[str] | None = None
) -> list[FieldChange]:
    before, after = _views(old), _views(new)
    changes = []
    for name in fields or before:
        if before[name] != after[name]:
            changes.append(FieldChange(name, ", ".join(before[name]), ", ".join(after[name])))
    return changes


def _pairs(removed: list[Record], added: list[Record]) -> list[Pair]:
    """Removed and added claims in the same source and section with similar wording."""
    slots: dict[tuple[str, ...], list[Record]] = defaultdict(list)
    for record in added:
        slots[(*_sources(record), *record.get("section_path", []))].append(record)
    pairs = []
    taken: set[str] = set()
    by_id = {record["id"]: record for record in added}
    for old in removed:
        best: tuple[float, str] | None = None
        text = loose(old["text"])
        for new in slots.get((*_sources(old), *old.get("section_path", [])), []):
            if new["id"] in taken:
                continue
            score = fuzz.ratio(text, loose(new["text"]), score_cutoff=_PAIR_RATIO)
            if score and (
                best is None or score > best[0] or (score == best[0] and new["id"] < best[1])
            ):
                best = (score, new["id"])
        if best is not None:
            taken.add(best[1])
            new = by_id[best[1]]
            fields = [
                "percentages",
                "identifiers",
                "entities",
                "citations",
                "hedged",
                "negated",
                "language",
            ]
            pairs.append(Pair(old["id"], new["id"], field_changes(old, new, fields)))
    return pairs


def diff(
    old: dict[str, Record], new: dict[str, Record], old_name: str = "old", new_name: str = "new"
) -> Diff:
    result = Diff(old_name, new_name)
    result.removed = [old[k] for k in sorted(old.keys() - new.keys())]
    result.added = [new[k] for k in sorted(new.keys() - old.keys())]
    for key in sorted(old.keys() & new.keys()):
        if old[key] == new[key]:
            continue
        changes = field_changes(old[key], new[key])
        if changes:
            sources = sorted(set(_sources(old[key])) | set(_sources(new[key])))
            result.changed.append(ChangedClaim(key, new[key]["text"], changes, sources))
    result.pairs = _pairs(result.removed, result.added)
    return result


def diff_lines(old: dict[str, str], new: dict[str, str], old_name: str, new_name: str) -> Diff:
    """Like :func:`diff`, parsing only the lines that are not the same on both sides."""
    same = {key for key in old.keys() & new.keys() if old[key] == new[key]}
    return diff(
        {k: json.loads(v) for k, v in old.items() if k not in same},
        {k: json.loads(v) for k, v in new.items() if k not in same},
        old_name,
        new_name,
    )


def diff_paths(old: Path, new: Path) -> Diff:
    result = diff_lines(read_lines(old), read_lines(new), str(old), str(new))
    explain(result, extraction_root(old), extraction_root(new))
    if old.is_dir() and new.is_dir():
        changed = changed_record_names(old, new)
        result.references = reference_changes(
            read_references(old, changed), read_references(new, changed)
        )
    return result


def changed_record_names(old: Path, new: Path) -> set[str]:
    """The record files of two extraction folders whose bytes differ or that only one holds.

    A review of a rerun compares folders where nearly every record is unchanged; comparing
    bytes first spares parsing thousands of identical records just to find no change."""
    old_names = {p.name for p in old.glob("*.json") if p.name != "run.json"}
    new_names = {p.name for p in new.glob("*.json") if p.name != "run.json"}
    changed = old_names ^ new_names
    for name in old_names & new_names:
        try:
            same = (old / name).read_bytes() == (new / name).read_bytes()
        except OSError:
            same = False
        if not same:
            changed.add(name)
    return changed


def read_references(folder: Path, names: set[str] | None = None) -> dict[str, list[str]]:
    """The reference entries of each document record of an extraction folder, by source path
    (records written before schema 1.2 have none); only the record files in `names` when given."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.json")):
        if path.name == "run.json" or (names is not None and path.name not in names):
            continue
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(record, dict) or "source" not in record:
            continue
        entries = record.get("references", [])
        found[record["source"].get("path", path.name)] = [e.get("text", "") for e in entries]
    return found


def reference_changes(
    old: dict[str, list[str]], new: dict[str, list[str]]
) -> dict[str, dict[str, list[str]]]:
    """Reference entries added and removed per source, compared by their loose wording (their
    ids and spans are positions, not content)."""
    changes: dict[str, dict[str, list[str]]] = {}
    for source in sorted(old.keys() | new.keys()):
        before = {loose(text): text for text in old.get(source, [])}
        after = {loose(text): text for text in new.get(source, [])}
        added = [after[k] for k in sorted(after.keys() - before.keys())]
        removed = [before[k] for k in sorted(before.keys() - after.keys())]
        if added or removed:
            changes[source] = {"added": added, "removed": removed}
    return changes


# --- explaining -------------------------------------------------------------------------------


def extraction_root(path: Path) -> Path:
    """The extraction folder of a folder or of its claims.jsonl."""
    return path if path.is_dir() else path.parent


def read_run(root: Path) -> RunInfo:
    """run.json of an extraction, what of it there is (older runs lack rule_files, warnings)."""
    try:
        data = json.loads((root / RUN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return RunInfo()
    if not isinstance(data, dict):
        return RunInfo()
    files = data.get("rule_files")
    failures = data.get("failures")
    warnings = data.get("warnings")
    return RunInfo(
        version=str(data.get("version", "")),
        rules_digest=str(data.get("rules_digest", "")),
        rule_files={str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {},
        failures={
            str(f.get("path")): str(f.get("reason", "")) for f in failures if isinstance(f, dict)
        }
        if isinstance(failures, list)
        else {},
        warnings=tuple(w for w in warnings if isinstance(w, dict))
        if isinstance(warnings, list)
        else (),
    )


class Records:
    """Document records of one extraction, read when first asked for (None: no record)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._cache: dict[str, Record | None] = {}

    def get(self, source: str) -> Record | None:
        if source not in self._cache:
            self._cache[source] = self._read(source)
        return self._cache[source]

    def sha256(self, source: str) -> str | None:
        """The sha256 of a source's bytes as its record says, read from the record's first
        lines when the record is not parsed yet (records are long; the source comes first)."""
        if source in self._cache:
            record = self._cache[source]
            return None if record is None else str(record["source"].get("sha256"))
        path = f'"path": {json.dumps(source, ensure_ascii=False)}'
        for name in (f"{source}.json", f"{source}.record.json"):
            try:
                with (self.root / name).open(encoding="utf-8") as stream:
                    head = stream.read(4096)
            except OSError:
                continue
            found = _SHA256.search(head)
            if found and path in head:
                return found.group(1)
        record = self.get(source)
        return None if record is None else str(record["source"].get("sha256"))

    def _read(self, source: str) -> Record | None:
        # `<path>.record.json` is where a source whose record would take a reserved name goes
        for name in (f"{source}.json", f"{source}.record.json"):
            file = self.root / name
            try:
                record = json.loads(file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(record, dict) and record.get("source", {}).get("path") == source:
                return record
        return None


_SHA256 = re.compile(r'"sha256": "([0-9a-f]+)"')


def _overlap(a: Iterable[int], b: Iterable[int]) -> int:
    (a0, a1), (b0, b1) = a, b
    return max(0, min(a1, b1) - max(a0, b0))


def _removal(record: Record, span: list[int]) -> Record | None:
    """The removed item of a record that covers most of a span of the same source bytes.

    Markup removals inside a sentence (a link target) do not explain it; one that covers at
    least half of it (a comment over the whole page) does."""
    best: tuple[int, Record] | None = None
    length = max(1, span[1] - span[0])
    for item in record.get("removed", []):
        covered = _overlap(item["span"], span)
        if not covered or (item["reason"] == "markup" and covered * 2 < length):
            continue
        if best is None or covered > best[0]:
            best = (covered, item)
    return best[1] if best else None


def _overlapping_claim(record: Record, span: list[int]) -> Record | None:
    best: tuple[int, Record] | None = None
    for claim in record.get("claims", []):
        covered = _overlap(claim["span"], span)
        if covered and (best is None or covered > best[0]):
            best = (covered, claim)
    return best[1] if best else None


class _Explainer:
    def __init__(self, result: Diff, old_root: Path, new_root: Path) -> None:
        self.result = result
        self.old = Records(old_root)
        self.new = Records(new_root)
        self._loose_removed: dict[int, list[tuple[str, Record]]] = {}
        pair_of = {p.removed: p.added for p in result.pairs}
        added = {r["id"]: r for r in result.added}
        self.pair_new = {k: added[v] for k, v in pair_of.items()}
        removed = {r["id"]: r for r in result.removed}
        self.pair_old = {v: removed[k] for k, v in pair_of.items()}

    def same_bytes(self, source: str) -> bool:
        old, new = self.old.sha256(source), self.new.sha256(source)
        return old is not None and old == new

    def removed_texts(self, record: Record) -> list[tuple[str, Record]]:
        key = id(record)
        if key not in self._loose_removed:
            self._loose_removed[key] = [
                (loose(item["text"]), item)
                for item in record.get("removed", [])
                if item["reason"] != "markup"
            ]
        return self._loose_removed[key]

    def gone(self, claim: Record, occurrence: Record) -> Cause:
        source = occurrence["source"]
        span = occurrence["span"]
        new = self.new.get(source)
        if new is None:
            failure = self.result.new_run.failures.get(source)
            if failure is not None:
                return Cause(source, "page_failed", text=failure)
            known = self.old.sha256(source) is not None
            return Cause(source, "page_gone" if known else "unknown")
        if self.same_bytes(source):
            item = _removal(new, span)
            if item is not None:
                return _removed_cause("removed", source, item)
            other = _overlapping_claim(new, span)
            if other is not None:
                return Cause(source, "sentence_changed", claim=other["id"], text=other["text"])
            return Cause(source, "not_claim_bearing")
        paired = self.pair_new.get(claim["id"])
        if paired is not None and source in _sources(paired):
            return Cause(source, "sentence_changed", claim=paired["id"], text=paired["text"])
        text = loose(claim["text"])
        for removed_text, item in self.removed_texts(new):
            if text and text in removed_text:
                return _removed_cause("removed", source, item)
        best: tuple[float, Record] | None = None
        for other in new.get("claims", []):
            score = fuzz.ratio(text, loose(other["text"]), score_cutoff=_NEAR_RATIO)
            if score and (best is None or score > best[0]):
                best = (score, other)
        if best is not None:
            return Cause(source, "sentence_changed", claim=best[1]["id"], text=best[1]["text"])
        return Cause(source, "text_gone")

    def came(self, claim: Record, occurrence: Record) -> Cause | None:
        source = occurrence["source"]
        paired = self.pair_old.get(claim["id"])
        if paired is not None and source in _sources(paired):
            return Cause(source, "sentence_changed", claim=paired["id"], text=paired["text"])
        old = self.old.get(source)
        if old is None:
            return None
        if self.same_bytes(source):
            item = _removal(old, occurrence["span"])
            if item is not None:
                return _removed_cause("was_removed", source, item)
            return None
        text = loose(claim["text"])
        for removed_text, item in self.removed_texts(old):
            if text and text in removed_text:
                return _removed_cause("was_removed", source, item)
        return None


def _removed_cause(kind: str, source: str, item: Record) -> Cause:
    start, end = item["span"]
    return Cause(
        source, kind, reason=item["reason"], rule=item["rule"], span=(start, end), line=item["line"]
    )


def _first_occurrences(record: Record) -> list[Record]:
    """One occurrence per source (the first): a cause is given per source."""
    seen: dict[str, Record] = {}
    for occurrence in record.get("occurrences", []):
        seen.setdefault(occurrence["source"], occurrence)
    return [seen[source] for source in sorted(seen)]


def explain(result: Diff, old_root: Path, new_root: Path) -> None:
    """Fill in the runs' metadata and the cause of every removed and added claim."""
    result.old_run, result.new_run = read_run(old_root), read_run(new_root)
    explainer = _Explainer(result, old_root, new_root)
    for record in result.removed:
        result.causes[record["id"]] = [
            explainer.gone(record, o) for o in _first_occurrences(record)
        ]
    for record in result.added:
        found = [explainer.came(record, o) for o in _first_occurrences(record)]
        causes = [cause for cause in found if cause is not None]
        if causes:
            result.causes[record["id"]] = causes


def claim_bearing(record: Record) -> list[str]:
    """What makes a claim a claim: its percentages, identifiers and entities (with labels)."""
    found = [f"percentage {p.get('text', '')}" for p in record.get("percentages", [])]
    found += [f"{i['scheme']} {i['value']}" for i in record.get("identifiers", [])]
    seen: set[str] = set()
    for entity in record.get("entities", []):
        described = f"{entity['label']} {entity.get('text', entity['canonical'])}"
        if described not in seen:
            seen.add(described)
            found.append(described)
    return found


# --- reports ----------------------------------------------------------------------------------


def summary(result: Diff) -> str:
    text = (
        f"{len(result.added)} added, {len(result.removed)} removed, {len(result.changed)} changed"
    )
    if result.references:
        added = sum(len(k["added"]) for k in result.references.values())
        removed = sum(len(k["removed"]) for k in result.references.values())
        text += f"; references {added} added, {removed} removed"
    return text


def _short(text: str, width: int = 110) -> str:
    """The text, or its first words up to ``width`` characters and an ellipsis."""
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > width // 2 else cut).rstrip(" ,;:") + "…"


def _explained(result: Diff, key: str, source: str, paired_with: str | None = None) -> list[str]:
    """The cause lines of a claim in one source; a sentence change shown as its pair is not
    repeated."""
    return [
        f"its sentence changed, now {cause.claim} (below)"
        if cause.kind == "sentence_changed" and cause.claim == paired_with
        else cause.describe()
        for cause in result.causes.get(key, [])
        if cause.source == source
    ]


def render_text(result: Diff, color: bool = False) -> str:
    import click

    def paint(text: str, fg: str) -> str:
        return click.style(text, fg=fg) if color else text

    added = {r["id"]: r for r in result.added}
    removed = {r["id"]: r for r in result.removed}
    changed = {c.id: c for c in result.changed}
    paired = {p.removed: p for p in result.pairs}
    paired_added = {p.added: p for p in result.pairs}
    lines = [f"ingest diff {result.old} → {result.new}: {summary(result)}"]
    lines.extend(f"  {line}" for line in result.run_changes())
    for source, kinds in result.by_source().items():
        lines.append("")
        lines.append(paint(source, "cyan"))
        for key in kinds["removed"]:
            record = removed[key]
            lines.append(paint(f"  - removed {key}  {_short(record['text'])}", "red"))
            pair = paired.get(key)
            lines.extend(
                f"      why: {why}"
                for why in _explained(result, key, source, pair.added if pair else None)
            )
            if pair is not None:
                lines.append(
                    paint(f"  + added   {pair.added}  {_short(added[pair.added]['text'])}", "green")
                )
                lines.extend(f"      {c.field}: {c.old} → {c.new}" for c in pair.changes)
        for key in kinds["added"]:
            if key in paired_added:
                continue
            lines.append(paint(f"  + added   {key}  {_short(added[key]['text'])}", "green"))
            bearing = claim_bearing(added[key])
            if bearing:
                lines.append(f"      claim-bearing: {_short(', '.join(bearing), 150)}")
            lines.extend(f"      why: {why}" for why in _explained(result, key, source))
        for key in kinds["changed"]:
            lines.append(paint(f"  ~ changed {key}  {_short(changed[key].text)}", "yellow"))
            lines.extend(
                f"      {c.field}: {c.old or '∅'} → {c.new or '∅'}" for c in changed[key].changes
            )
    for source, kinds in result.references.items():
        lines.append("")
        lines.append(paint(f"{source} (references)", "cyan"))
        lines.extend(paint(f"  - removed  {_short(t)}", "red") for t in kinds["removed"])
        lines.extend(paint(f"  + added    {_short(t)}", "green") for t in kinds["added"])
    return "\n".join(lines) + "\n"


def _run_json(run: RunInfo) -> Record:
    return {
        "version": run.version,
        "rules_digest": run.rules_digest,
        "rule_files": run.rule_files,
    }


def render_json(result: Diff) -> str:
    data = {
        "old": result.old,
        "new": result.new,
        "equal": result.equal,
        "summary": {
            "added": len(result.added),
            "removed": len(result.removed),
            "changed": len(result.changed),
        },
        "runs": {
            "old": _run_json(result.old_run),
            "new": _run_json(result.new_run),
            "changes": result.run_changes(),
            "rule_files": result.rule_file_changes(),
        },
        "sources": result.by_source(),
        "added": result.added,
        "removed": result.removed,
        "changed": [
            {
                "id": c.id,
                "text": c.text,
                "sources": c.sources,
                "changes": [vars(x) for x in c.changes],
            }
            for c in result.changed
        ],
        "pairs": [
            {"removed": p.removed, "added": p.added, "changes": [vars(x) for x in p.changes]}
            for p in result.pairs
        ],
        "references": result.references,
        "causes": {
            key: [cause.as_json() for cause in causes]
            for key, causes in sorted(result.causes.items())
        },
        "claim_bearing": {record["id"]: claim_bearing(record) for record in result.added},
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# A pull-request comment holds at most 65,536 characters; the report stops before that.
MARKDOWN_LIMIT = 60_000


def render_markdown(
    result: Diff, review_base: str | None = None, limit: int = MARKDOWN_LIMIT
) -> str:
    """A report that fits a pull-request comment: totals and what changed between the runs on
    top, then one collapsible block per source, each entry with its cause and, given
    ``review_base`` (where the review pages of the diff are), a link to its document page."""

    def escape(text: str) -> str:
        return (
            text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace("|", "\\|")
            .replace("*", "\\*")
            .replace("_", "\\_")
            .replace("`", "'")
        )

    def cause_markdown(cause: Cause) -> str:
        if cause.kind in ("removed", "was_removed") and cause.span:
            lead = "removed by" if cause.kind == "removed" else "the old run removed it:"
            return (
                f"{lead} **{cause.reason}** rule `{cause.rule}` at "
                f"{cause.span[0]}-{cause.span[1]} (line {cause.line})"
            )
        return escape(cause.describe())

    def link(source: str, anchor: str, old_page: bool = False) -> str:
        if review_base is None:
            return ""
        base = review_base.rstrip("/") + ("/old" if old_page else "")
        return f" ([page]({base}/{page_name(source)}#{anchor}))"

    added = {r["id"]: r for r in result.added}
    removed = {r["id"]: r for r in result.removed}
    changed = {c.id: c for c in result.changed}
    pair_of = {p.removed: p for p in result.pairs}
    paired_added = {p.added for p in result.pairs}
    head = [f"### ingest diff: {summary(result)}", ""]
    runs = result.run_changes()
    head += [
        f"**Runs:** {escape(' · '.join(runs))}" if runs else "**Runs:** same version and rules"
    ]
    head.append("")
    if result.equal:
        return "\n".join([*head, "No claim changed."]) + "\n"
    groups = result.by_source()
    head += ["| source | added | removed | changed |", "|---|---:|---:|---:|"]
    for source, kinds in groups.items():
        counts = " | ".join(str(len(kinds[k])) for k in ("added", "removed", "changed"))
        head.append(f"| `{source}` | {counts} |")

    def entries(source: str, kinds: dict[str, list[str]]) -> list[str]:
        out = []
        for key in kinds["removed"]:
            pair = pair_of.get(key)
            causes = [c for c in result.causes.get(key, []) if c.source == source]
            why = "; ".join(
                f"its sentence changed, now `{c.claim}` (below)"
                if pair and c.kind == "sentence_changed" and c.claim == pair.added
                else cause_markdown(c)
                for c in causes
            )
            anchor, old_page = key, True
            for cause in causes:
                if cause.kind == "removed" and cause.span:
                    anchor, old_page = removal_anchor(cause.span), False
                elif cause.kind == "sentence_changed" and cause.claim:
                    anchor, old_page = cause.claim, False
            text = escape(_short(removed[key]["text"], 200))
            out.append(
                f"- ➖ **removed** `{key}` {text}"
                + (f" — {why}" if why else "")
                + link(source, anchor, old_page)
            )
            if pair is not None:
                out.append(
                    f"- ➕ **added** `{pair.added}` "
                    + escape(_short(added[pair.added]["text"], 200))
                    + link(source, pair.added)
                )
                out.extend(
                    f"  - {c.field}: {escape(c.old)} → {escape(c.new)}" for c in pair.changes
                )
        for key in kinds["added"]:
            if key in paired_added:
                continue
            bearing = ", ".join(claim_bearing(added[key]))
            why = "; ".join(
                cause_markdown(c) for c in result.causes.get(key, []) if c.source == source
            )
            out.append(
                f"- ➕ **added** `{key}` {escape(_short(added[key]['text'], 200))}"
                + link(source, key)
            )
            if bearing:
                out.append(f"  - claim-bearing: {escape(_short(bearing, 200))}")
            if why:
                out.append(f"  - {why}")
        for key in kinds["changed"]:
            out.append(
                f"- ✏️ **changed** `{key}` {escape(_short(changed[key].text, 200))}"
                + link(source, key)
            )
            out.extend(
                f"  - {c.field}: {escape(c.old or '∅')} → {escape(c.new or '∅')}"
                for c in changed[key].changes
            )
        return out

    lines = list(head)
    size = sum(len(line) + 1 for line in lines)
    total = sum(len(v) for kinds in groups.values() for v in kinds.values())
    shown = 0
    for source, kinds in groups.items():
        block = entries(source, kinds)
        counts = f"+{len(kinds['added'])} −{len(kinds['removed'])} ~{len(kinds['changed'])}"
        opening = [
            "",
            f"<details><summary><code>{html.escape(source)}</code> {counts}</summary>",
            "",
        ]
        closing = ["", "</details>"]
        budget = limit - size - sum(len(x) + 1 for x in opening + closing) - 200
        kept: list[str] = []
        for line in block:
            if budget - len(line) - 1 < 0:
                break
            kept.append(line)
            budget -= len(line) + 1
        if not kept:
            break
        lines += [*opening, *kept, *closing]
        size += sum(len(x) + 1 for x in opening + kept + closing)
        shown += sum(1 for line in kept if line.startswith("- "))
        if len(kept) < len(block):
            break
    if shown < total:
        lines += [
            "",
            f"*{total - shown} more entries not shown, to keep this comment under "
            f"{limit:,} characters: `ingest diff OLD NEW` lists them all.*",
        ]
    for source, kinds in result.references.items():
        lines += ["", f"<details><summary><code>{source}</code> references</summary>", ""]
        lines += [f"- ➖ **removed** {escape(_short(t, 200))}" for t in kinds["removed"]]
        lines += [f"- ➕ **added** {escape(_short(t, 200))}" for t in kinds["added"]]
        lines += ["", "</details>"]
    return "\n".join(lines) + "\n"
