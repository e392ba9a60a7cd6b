"""Compare two extractions claim by claim: what appeared, what vanished, what changed.

Claims are matched by id (the hash of their normalized text), so a claim whose text changed is
one removed and one added claim; the report pairs them when they sit in the same place with
similar wording, and shows what changed between them ("percentages: 57% → 59%"). A claim with
the same id but other content (citations, entities, hedging, where it occurs) is *changed*.

Positions are not content: deleting one sentence shifts the offsets of every later claim, and
that is not a change to report. Occurrences are compared by source and section, and matches
without their spans.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from ingest.dedupe import loose
from ingest.errors import Errors, IngestError
from ingest.models import SCHEMA_VERSION

Record = dict[str, Any]
CLAIMS_FILE = "claims.jsonl"
_PAIR_RATIO = 80.0


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
    records = (p for p in sorted(folder.glob("*.json")) if p.name != "run.json")
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
            fields = ["percentages", "identifiers", "entities", "citations", "hedged", "negated"]
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
    if old.is_dir() and new.is_dir():
        result.references = reference_changes(read_references(old), read_references(new))
    return result


def read_references(folder: Path) -> dict[str, list[str]]:
    """The reference entries of each document record of an extraction folder, by source path
    (records written before schema 1.2 have none)."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.json")):
        if path.name == "run.json":
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
    return text if len(text) <= width else text[: width - 1] + "…"


def render_text(result: Diff, color: bool = False) -> str:
    import click

    def paint(text: str, fg: str) -> str:
        return click.style(text, fg=fg) if color else text

    added = {r["id"]: r for r in result.added}
    removed = {r["id"]: r for r in result.removed}
    changed = {c.id: c for c in result.changed}
    paired = {p.removed: p for p in result.pairs}
    paired_added = {p.added for p in result.pairs}
    lines = [f"ingest diff {result.old} → {result.new}: {summary(result)}"]
    for source, kinds in result.by_source().items():
        lines.append("")
        lines.append(paint(source, "cyan"))
        for key in kinds["removed"]:
            record = removed[key]
            if key in paired:
                pair = paired[key]
                lines.append(paint(f"  - removed {key}  {_short(record['text'])}", "red"))
                lines.append(
                    paint(f"  + added   {pair.added}  {_short(added[pair.added]['text'])}", "green")
                )
                lines.extend(f"      {c.field}: {c.old} → {c.new}" for c in pair.changes)
            else:
                lines.append(paint(f"  - removed {key}  {_short(record['text'])}", "red"))
        for key in kinds["added"]:
            if key not in paired_added:
                lines.append(paint(f"  + added   {key}  {_short(added[key]['text'])}", "green"))
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
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_markdown(result: Diff) -> str:
    def escape(text: str) -> str:
        return text.replace("|", "\\|").replace("<", "&lt;")

    added = {r["id"]: r for r in result.added}
    removed = {r["id"]: r for r in result.removed}
    changed = {c.id: c for c in result.changed}
    lines = [f"### ingest diff: {summary(result)}", ""]
    if result.equal:
        return "\n".join([*lines, "No claim changed."]) + "\n"
    groups = result.by_source()
    lines += ["| source | added | removed | changed |", "|---|---:|---:|---:|"]
    for source, kinds in groups.items():
        counts = " | ".join(str(len(kinds[k])) for k in ("added", "removed", "changed"))
        lines.append(f"| `{source}` | {counts} |")
    pair_changes = {p.removed: p.changes for p in result.pairs} | {
        p.added: p.changes for p in result.pairs
    }
    for source, kinds in groups.items():
        lines += ["", f"<details><summary><code>{source}</code></summary>", ""]
        for key in kinds["removed"]:
            lines.append(f"- ➖ **removed** `{key}` {escape(_short(removed[key]['text'], 200))}")
        for key in kinds["added"]:
            lines.append(f"- ➕ **added** `{key}` {escape(_short(added[key]['text'], 200))}")
            lines.extend(
                f"  - {c.field}: {escape(c.old)} → {escape(c.new)}"
                for c in pair_changes.get(key, [])
            )
        for key in kinds["changed"]:
            lines.append(f"- ✏️ **changed** `{key}` {escape(_short(changed[key].text, 200))}")
            lines.extend(
                f"  - {c.field}: {escape(c.old)} → {escape(c.new)}" for c in changed[key].changes
            )
        lines += ["", "</details>"]
    for source, kinds in result.references.items():
        lines += ["", f"<details><summary><code>{source}</code> references</summary>", ""]
        lines += [f"- ➖ **removed** {escape(_short(t, 200))}" for t in kinds["removed"]]
        lines += [f"- ➕ **added** {escape(_short(t, 200))}" for t in kinds["added"]]
        lines += ["", "</details>"]
    return "\n".join(lines) + "\n"
