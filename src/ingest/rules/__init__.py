"""The rules folder: patterns and vocabularies as data, validated before anything runs.

``load_rules(path)`` reads every file (``*.yaml`` against its schema, ``entities/*.jsonl`` as
EntityRuler patterns) and returns a frozen :class:`Rules`. Its ``digest`` is a hash of every rule
file's bytes: it goes into ``run.json`` and the incremental cache key.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ingest.errors import Errors, IngestError, RuleError
from ingest.rules.loader import describe_validation_error, read_jsonl, validate_yaml
from ingest.rules.models import (
    BoilerplateRules,
    CitationRules,
    ClaimRules,
    CleaningRules,
    CompoundRules,
    CueRules,
    EntityPattern,
    IdentifierRules,
    MarkupRules,
    PercentageRules,
    SectionRules,
    SentenceRules,
)

DEFAULT_RULES_DIR = Path("rules")

# file name → schema; every one of them must be present.
YAML_FILES: dict[str, type[BaseModel]] = {
    "identifiers.yaml": IdentifierRules,
    "percentages.yaml": PercentageRules,
    "sentences.yaml": SentenceRules,
    "hedges.yaml": CueRules,
    "claims.yaml": ClaimRules,
    "sections.yaml": SectionRules,
    "citations.yaml": CitationRules,
    "boilerplate.yaml": BoilerplateRules,
    "cleaning.yaml": CleaningRules,
    "markup.yaml": MarkupRules,
    "compounds.yaml": CompoundRules,
}


@dataclass(frozen=True)
class Rules:
    path: Path
    digest: str
    identifiers: IdentifierRules
    percentages: PercentageRules
    sentences: SentenceRules
    cues: CueRules
    claims: ClaimRules
    sections: SectionRules
    citations: CitationRules
    boilerplate: BoilerplateRules
    cleaning: CleaningRules
    markup: MarkupRules
    compounds: CompoundRules
    entities: tuple[tuple[str, EntityPattern], ...]  # (location "file:line", pattern)


def rule_files(path: Path) -> list[Path]:
    files = [p for p in path.rglob("*") if p.is_file() and p.suffix in {".yaml", ".yml", ".jsonl"}]
    return sorted(files, key=lambda p: p.relative_to(path).as_posix())


def rules_digest(path: Path) -> str:
    digest = hashlib.sha256()
    for file in rule_files(path):
        digest.update(file.relative_to(path).as_posix().encode())
        digest.update(b"\0")
        digest.update(file.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def _display(path: Path, root: Path) -> str:
    try:
        return (root.name / path.relative_to(root)).as_posix()
    except ValueError:
        return path.as_posix()


def _parse_entity(obj: dict[str, Any], location: str) -> tuple[str, EntityPattern]:
    try:
        return location, EntityPattern.model_validate(obj)
    except ValidationError as err:
        _, message = describe_validation_error(err)[0]
        raise RuleError(location, message) from None


def load_entities(root: Path) -> tuple[tuple[str, EntityPattern], ...]:
    patterns: list[tuple[str, EntityPattern]] = []
    folder = root / "entities"
    if folder.is_dir():
        for file in sorted(folder.glob("*.jsonl")):
            patterns.extend(read_jsonl(file, _display(file, root), _parse_entity))
    return tuple(patterns)


def load_rules(path: Path | str = DEFAULT_RULES_DIR) -> Rules:
    root = Path(path)
    if not root.is_dir():
        raise IngestError(Errors.E002, path=root)
    loaded: dict[str, Any] = {}
    for name, schema in YAML_FILES.items():
        file = root / name
        if not file.is_file():
            raise RuleError(_display(file, root), "rule file is missing")
        loaded[name] = validate_yaml(file, _display(file, root), schema)
    return Rules(
        path=root,
        digest=rules_digest(root),
        identifiers=loaded["identifiers.yaml"],
        percentages=loaded["percentages.yaml"],
        sentences=loaded["sentences.yaml"],
        cues=loaded["hedges.yaml"],
        claims=loaded["claims.yaml"],
        sections=loaded["sections.yaml"],
        citations=loaded["citations.yaml"],
        boilerplate=loaded["boilerplate.yaml"],
        cleaning=loaded["cleaning.yaml"],
        markup=loaded["markup.yaml"],
        compounds=loaded["compounds.yaml"],
        entities=load_entities(root),
    )
