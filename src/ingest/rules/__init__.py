"""The rules folder: patterns and vocabularies as data, validated before anything runs.

``load_rules(path)`` reads every file (``*.yaml`` against its schema, ``entities/*.jsonl`` as
EntityRuler patterns), runs every regular expression against inputs built to make it backtrack,
and returns a frozen :class:`Rules`, or raises :class:`RulesInvalid` listing every problem
(``file:line: message``). Its ``digest`` is a hash of every rule file's bytes: it goes into
``run.json`` and the incremental cache key. ``ingest rules check`` reads the folder the same way
(:func:`read_rules`) and then runs every example (:mod:`ingest.rules.check`).
"""

from __future__ import annotations

import hashlib
import marshal
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import regex
from pydantic import BaseModel, ValidationError

from ingest.errors import Errors, IngestError, RuleError, RulesInvalid
from ingest.rules.loader import (
    PathKey,
    describe_validation_error,
    line_of,
    parse_jsonl_text,
    read_rule_text,
    validate_yaml_all,
)
from ingest.rules.models import (
    BoilerplateRules,
    CitationRules,
    ClaimRules,
    CleaningRules,
    CompoundRules,
    CueRules,
    EntityPattern,
    Examples,
    IdentifierRules,
    MarkupRules,
    MetadataRules,
    PercentageRules,
    QuantityRules,
    SectionRules,
    SentenceRules,
)
from ingest.rules.patterns import (
    IGNORECASE,
    STD_STRESS_TIMEOUT,
    STRESS_TIMEOUT,
    backtracking,
    backtracking_std,
    check_std_pattern,
    compile_pattern,
    keep_later,
    remember_later,
    startup_file,
)
from ingest.rules.sequences import sequence_regex

__all__ = [
    "BUILTIN_NAME",
    "BUILTIN_RULES_DIR",
    "DEFAULT_RULES_DIR",
    "YAML_FILES",
    "PatternSite",
    "RuleSet",
    "Rules",
    "RulesInvalid",
    "copy_builtin_rules",
    "guard_patterns",
    "load_rules",
    "pattern_sites",
    "read_rules",
    "report_lines",
    "rule_file_digests",
    "rule_files",
    "rules_digest",
    "rules_name",
]

# The rules the package ships: the wheel carries the repository's rules/ as package data
# (src/ingest/defaults/rules is a symlink to it, so a checkout and an install read the same files).
BUILTIN_RULES_DIR = Path(__file__).resolve().parents[1] / "defaults" / "rules"
DEFAULT_RULES_DIR = BUILTIN_RULES_DIR
BUILTIN_NAME = "built-in"
ENTITY_FOLDER = "entities"
# A file that is wrong throughout (a JSON array saved as .jsonl) would print a line per line of
# it; after this many, one line says how many more there are.
MAX_PROBLEMS_PER_FILE = 5

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
    "metadata.yaml": MetadataRules,
    "quantities.yaml": QuantityRules,
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
    metadata: MetadataRules
    quantities: QuantityRules
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


def rule_file_digests(path: Path) -> dict[str, str]:
    """The sha256 (16 hex digits) of each rule file, by its path in the folder: run.json keeps
    them so that a diff of two runs can say which rule files changed, not only that some did."""
    return {
        file.relative_to(path).as_posix(): hashlib.sha256(file.read_bytes()).hexdigest()[:16]
        for file in rule_files(path)
    }


def rules_name(path: Path) -> str:
    """How run.json names a rules folder: ``built-in`` for the package's own, else the folder
    (absolute, so a later ``ingest review`` finds it from anywhere)."""
    try:
        if path.resolve() == BUILTIN_RULES_DIR.resolve():
            return BUILTIN_NAME
    except OSError:
        pass
    return path.resolve().as_posix()


def copy_builtin_rules(target: Path) -> int:
    """Copy the built-in rules into ``target`` (new or empty); the number of files written.

    Files are created afresh (not with the installed files' modes), so they are as writable as
    the user's umask makes new files.
    """
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise IngestError(Errors.E021, path=target)
    files = rule_files(BUILTIN_RULES_DIR)
    for file in files:
        destination = target / file.relative_to(BUILTIN_RULES_DIR)
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(file.read_bytes())
    return len(files)


# --- entity patterns ----------------------------------------------------------------------------

_LITERAL_KEYS = ("ORTH", "TEXT", "LOWER")


def token_regexes(pattern: tuple[dict[str, object], ...]) -> Iterator[tuple[str, str]]:
    """``(attribute, regex)`` for every ``{"REGEX": …}`` of a token pattern."""
    for token in pattern:
        for key, value in token.items():
            if isinstance(value, dict) and isinstance(value.get("REGEX"), str):
                yield key, str(value["REGEX"])


def _needs_spacy(pattern: tuple[dict[str, object], ...]) -> bool:
    """Whether the pipeline hands this token pattern to spaCy's Matcher (ingest.match.entities):
    all-literal patterns, one-token REGEX/IN patterns and simple multi-token shapes
    (ingest.rules.sequences) are matched without it."""
    literal = all(
        len(token) == 1 and next(iter(token)) in _LITERAL_KEYS and isinstance(value, str)
        for token in pattern
        for value in token.values()
    )
    if literal:
        return False
    if len(pattern) == 1 and len(pattern[0]) == 1:
        ((key, value),) = pattern[0].items()
        if key in _LITERAL_KEYS and isinstance(value, dict) and len(value) == 1:
            return not (isinstance(value.get("REGEX"), str) or isinstance(value.get("IN"), list))
    # Multi-token shapes of the simple kind run as one character regex.
    return sequence_regex(pattern) is None


def _token_pattern_problem(pattern: tuple[dict[str, object], ...]) -> str | None:
    for key, token_regex in token_regexes(pattern):
        try:
            check_std_pattern(token_regex)  # spaCy and the pipeline's token rules use `re`
        except ValueError as err:
            return f"pattern: {key} REGEX {err}"
    body = sequence_regex(pattern) if len(pattern) > 1 else None
    if body is not None:
        try:
            compile_pattern(body)  # as the matcher compiles it (cached for it)
        except regex.error as err:
            return f"pattern: the shape does not compile as one regex: {err}"
        return None
    if not _needs_spacy(pattern):
        return None
    # spaCy's own schema, imported only for the few patterns it runs (the import takes 0.5 s).
    from spacy.schemas import validate_token_pattern

    errors = validate_token_pattern([dict(token) for token in pattern])
    return f"pattern: not a spaCy token pattern: {errors[0]}" if errors else None


_LABEL = re.compile(r"^[A-Z][A-Z0-9_]*$")
_TERM_FIELDS = frozenset({"label", "pattern", "id"})
_NO_EXAMPLES = Examples()


def _term(label: str, pattern: str, ident: str) -> EntityPattern:
    """An already-checked term line as an EntityPattern, set up as ``model_construct`` does
    but without its per-field work (a fifth of the time, over 50,000 lines)."""
    item = EntityPattern.__new__(EntityPattern)
    values = {
        "label": label,
        "pattern": pattern,
        "id": ident,
        "languages": (),
        "not_languages": (),
        "not_after": None,
        "not_before": None,
        "examples": _NO_EXAMPLES,
    }
    object.__setattr__(item, "__dict__", values)
    object.__setattr__(item, "__pydantic_fields_set__", set(_TERM_FIELDS))
    object.__setattr__(item, "__pydantic_extra__", None)
    object.__setattr__(item, "__pydantic_private__", None)
    return item


def _term_fields(obj: dict[str, Any]) -> tuple[str, str, str] | None:
    """(label, pattern, id) of the common line, a term with its label and id, checked as
    :class:`EntityPattern` checks it; None for any other line."""
    pattern, label, ident = obj.get("pattern"), obj.get("label"), obj.get("id")
    if (
        obj.keys() == {"label", "pattern", "id"}
        and isinstance(pattern, str)
        and pattern.strip()
        and isinstance(label, str)
        and _LABEL.match(label)
        and isinstance(ident, str)
    ):
        return label, pattern, ident
    return None


def _parse_entity(
    obj: dict[str, Any], location: str, *, token_checked: bool = False
) -> tuple[str, EntityPattern]:
    """``token_checked``: the line's token pattern passed :func:`_token_pattern_problem`
    before (the start-up cache says so; the check imports spaCy, half a second)."""
    # The common line, a term with its label and id, is built without pydantic's validation
    # (the same checks, done here): the vocabularies hold tens of thousands of them.
    fields = _term_fields(obj)
    if fields is not None:
        return location, _term(*fields)
    try:
        item = EntityPattern.model_validate(obj)
    except ValidationError as err:
        _, message = describe_validation_error(err, obj)[0]
        raise RuleError(location, message) from None
    if not isinstance(item.pattern, str) and not token_checked:
        problem = _token_pattern_problem(item.pattern)
        if problem is not None:
            raise RuleError(location, problem)
    return location, item


def _read_entities(file: Path) -> tuple[list[tuple[str, EntityPattern]], list[RuleError]]:
    """The entity lines of a vocabulary file. Which lines are plain terms (and their fields)
    and which token patterns passed their check are kept in the start-up cache by the file's
    bytes and the code that decides it: parsing the 61,000 lines of JSON took 0.1 s of every
    run's start, checking the token patterns 0.5 s (it imports spaCy). Every other line (a
    problem to report, above all) is parsed and checked as always."""
    display = file.as_posix()
    try:
        text = read_rule_text(file, display)
    except RuleError as err:
        return [], [err]
    name = _entity_lines_name(text)
    kept: _KeptLines | None = None
    for path in startup_file(name):
        kept = _kept_lines(path)
        if kept is not None:
            break
    if kept is not None:
        terms, checked = kept

        def known(number: int, location: str) -> tuple[str, EntityPattern] | None:
            fields = terms.get(number)
            return None if fields is None else (location, _term(*fields))

        def parse_checked(obj: dict[str, Any], location: str) -> tuple[str, EntityPattern]:
            number = int(location.rpartition(":")[2])
            return _parse_entity(obj, location, token_checked=number in checked)

        return parse_jsonl_text(text, display, parse_checked, known)
    found: dict[int, tuple[str, str, str]] = {}
    passed: set[int] = set()

    def parse(obj: dict[str, Any], location: str) -> tuple[str, EntityPattern]:
        number = int(location.rpartition(":")[2])
        fields = _term_fields(obj)
        if fields is not None:
            found[number] = fields
            return location, _term(*fields)
        item = _parse_entity(obj, location)  # raises on a problem: not kept
        passed.add(number)
        return item

    items, problems = parse_jsonl_text(text, display, parse)
    _, writable = startup_file(name)
    if writable is not None:
        keep_later(writable, marshal.dumps((found, frozenset(passed))))
    return items, problems


# A vocabulary file's kept lines: {line: (label, pattern, id)} of its plain terms, and the lines
# whose token pattern passed its check.
_KeptLines = tuple[dict[int, tuple[str, str, str]], frozenset[int]]


def _entity_lines_name(text: str) -> str:
    from ingest import __version__

    key = hashlib.sha256(f"{__version__}\0".encode())
    key.update(_own_code())
    key.update(text.encode("utf-8", "surrogatepass"))
    return f"entity-lines/{key.hexdigest()[:32]}.marshal"


@lru_cache(maxsize=1)
def _own_code() -> bytes:
    """This module's bytes: what decides which lines are plain terms."""
    return hashlib.sha256(Path(__file__).read_bytes()).digest()


def _kept_lines(path: Path | None) -> _KeptLines | None:
    if path is None:
        return None
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not (isinstance(data, tuple) and len(data) == 2):
        return None
    terms, checked = data
    if not (isinstance(terms, dict) and isinstance(checked, frozenset)):
        return None
    for number, fields in terms.items():
        if not (
            type(number) is int
            and type(fields) is tuple
            and len(fields) == 3
            and all(type(f) is str for f in fields)
        ):
            return None  # damaged, or not ours: parsed as usual
    return terms, checked


# --- reading a folder ---------------------------------------------------------------------------


@dataclass
class RuleSet:
    """Everything read from a rules folder, good and bad: the models of the files that
    validated, the line of every YAML node (to report on examples), the entity lines that
    parsed, and every problem."""

    root: Path
    files: list[Path]
    models: dict[str, BaseModel] = field(default_factory=dict)
    lines: dict[str, dict[PathKey, int]] = field(default_factory=dict)
    entities: tuple[tuple[str, EntityPattern], ...] = ()
    problems: list[RuleError] = field(default_factory=list)

    def display(self, name: str) -> str:
        return (self.root / name).as_posix()

    def location(self, name: str, loc: PathKey) -> str:
        """``file:line`` of a place in a YAML file (``file`` alone when it has no line)."""
        line = line_of(self.lines.get(name, {}), loc)
        return f"{self.display(name)}:{line}" if line else self.display(name)

    def build(self, *, partial: bool = False) -> Rules:
        """The :class:`Rules`; with ``partial``, a file that did not validate is an empty
        placeholder (for running the examples of the other files)."""

        def model(name: str) -> Any:
            if name in self.models:
                return self.models[name]
            if not partial:
                raise ValueError(f"{name} did not load")
            return YAML_FILES[name].model_construct()

        return Rules(
            path=self.root,
            digest=rules_digest(self.root),
            identifiers=model("identifiers.yaml"),
            percentages=model("percentages.yaml"),
            sentences=model("sentences.yaml"),
            cues=model("hedges.yaml"),
            claims=model("claims.yaml"),
            sections=model("sections.yaml"),
            citations=model("citations.yaml"),
            boilerplate=model("boilerplate.yaml"),
            cleaning=model("cleaning.yaml"),
            markup=model("markup.yaml"),
            compounds=model("compounds.yaml"),
            metadata=model("metadata.yaml"),
            quantities=model("quantities.yaml"),
            entities=self.entities,
        )


def _stray_files(root: Path) -> list[RuleError]:
    """Files that look like rules but are not read: a user who adds one expects it to count."""
    problems = []
    for file in sorted(root.rglob("*")):
        relative = file.relative_to(root)
        if not file.is_file() or any(part.startswith(".") for part in relative.parts):
            continue
        top = len(relative.parts) == 1
        if top and file.suffix in (".yaml", ".yml") and file.name not in YAML_FILES:
            problems.append(
                RuleError(
                    file.as_posix(),
                    "not a rule file this version reads; rule files are "
                    + ", ".join(YAML_FILES)
                    + f", and {ENTITY_FOLDER}/*.jsonl",
                )
            )
        elif relative.parts[0] == ENTITY_FOLDER and not (
            len(relative.parts) == 2 and file.suffix == ".jsonl"
        ):
            problems.append(
                RuleError(
                    file.as_posix(),
                    f"not read: entity patterns are read from {ENTITY_FOLDER}/*.jsonl only",
                )
            )
        elif not top and relative.parts[0] != ENTITY_FOLDER and file.suffix in (".yaml", ".jsonl"):
            problems.append(RuleError(file.as_posix(), "not read: not a place for rules"))
        elif top and file.suffix == ".jsonl":
            problems.append(
                RuleError(file.as_posix(), f"not read: entity patterns go in {ENTITY_FOLDER}/")
            )
    return problems


def read_rules(path: Path | str = DEFAULT_RULES_DIR) -> RuleSet:
    """Read and validate every file of a rules folder, collecting every problem."""
    root = Path(path)
    if not root.is_dir():
        raise IngestError(Errors.E002, path=root)
    result = RuleSet(root=root, files=[])
    for name, schema in YAML_FILES.items():
        file = root / name
        if not file.is_file():
            result.problems.append(RuleError(file.as_posix(), "rule file is missing"))
            continue
        result.files.append(file)
        loaded, problems, lines = validate_yaml_all(file, file.as_posix(), schema)
        result.lines[name] = lines
        result.problems.extend(problems)
        if loaded is not None:
            result.models[name] = loaded
    entities: list[tuple[str, EntityPattern]] = []
    folder = root / ENTITY_FOLDER
    if folder.is_dir():
        for file in sorted(folder.glob("*.jsonl")):
            result.files.append(file)
            items, problems = _read_entities(file)
            entities.extend(items)
            result.problems.extend(problems)
    result.entities = tuple(entities)
    result.problems.extend(_stray_files(root))
    return result


# --- regular expressions ------------------------------------------------------------------------


@dataclass(frozen=True)
class PatternSite:
    """One regular expression of the rules, where it is, and how the pipeline runs it."""

    location: str  # file:line
    rule: str  # the rule's id, or the field that holds the pattern
    pattern: str
    flags: int
    # The engine the pipeline runs it with: the `regex` module (compile_pattern), or the
    # standard library's `re` (percentages, entity token patterns, spaCy's Matcher).
    engine: str = "regex"


def pattern_sites(rules: RuleSet) -> list[PatternSite]:
    """Every regular expression in the folder's valid files, with the flags it runs with."""
    sites: list[PatternSite] = []

    def add(
        name: str, loc: PathKey, rule: str, pattern: str | None, flags: int, engine: str = "regex"
    ) -> None:
        if pattern:
            sites.append(PatternSite(rules.location(name, loc), rule, pattern, flags, engine))

    def each(
        name: str,
        loc: PathKey,
        rule: str,
        patterns: tuple[str, ...],
        flags: int,
        engine: str = "regex",
    ) -> None:
        for k, pattern in enumerate(patterns):
            label = f"{rule}[{k}]" if len(patterns) > 1 else rule
            add(name, (*loc, k), label, pattern, flags, engine)

    models = rules.models
    if "identifiers.yaml" in models:
        identifiers = cast(IdentifierRules, models["identifiers.yaml"])
        for i, scheme in enumerate(identifiers.schemes):
            add("identifiers.yaml", ("schemes", i, "valid"), scheme.scheme, scheme.valid, 0)
            for j, identifier in enumerate(scheme.patterns):
                where: PathKey = ("schemes", i, "patterns", j, "regex")
                add("identifiers.yaml", where, identifier.id, identifier.regex, 0)
    if "percentages.yaml" in models:
        percentages = cast(PercentageRules, models["percentages.yaml"])
        # Run by the standard `re` engine (ingest.match.percentages), so guarded with it.
        for key in (
            "units",
            "range_joiners",
            "range_openers",
            "range_frame_joiners",
            "list_joiners",
            "not_findings",
            "levels_before",
        ):
            each("percentages.yaml", (key,), key, getattr(percentages, key), IGNORECASE, "re")
        for i, frame in enumerate(percentages.change_frames):
            for key in ("opener", "joiner"):
                where_frame: PathKey = ("change_frames", i, key)
                add("percentages.yaml", where_frame, f"change_frames[{i}].{key}",
                    getattr(frame, key), IGNORECASE, "re")  # fmt: skip
    if "hedges.yaml" in models:
        cues = cast(CueRules, models["hedges.yaml"])
        for key in ("hedges", "negations"):
            for i, cue in enumerate(getattr(cues, key)):
                add("hedges.yaml", (key, i, "pattern"), cue.id, cue.pattern, IGNORECASE)
    if "sections.yaml" in models:
        sections = cast(SectionRules, models["sections.yaml"])
        for key in ("reference_headings", "not_headings"):
            each("sections.yaml", (key,), key, getattr(sections, key), IGNORECASE)
        records = sections.records
        add("sections.yaml", ("records", "label"), "records.label", records.label, 0)
        strong: PathKey = ("records", "strong_value")
        add("sections.yaml", strong, "records.strong_value", records.strong_value, 0)
        pairs = records.markup_pairs
        each("sections.yaml", ("records", "markup_pairs"), "markup_pairs", pairs, IGNORECASE)
    if "claims.yaml" in models:
        claims = cast(ClaimRules, models["claims.yaml"])
        for i, not_claim in enumerate(claims.gate.not_claims):
            at: PathKey = ("gate", "not_claims", i, "pattern")
            add("claims.yaml", at, not_claim.id, not_claim.pattern, IGNORECASE)
    if "metadata.yaml" in models:
        metadata = cast(MetadataRules, models["metadata.yaml"])
        each(
            "metadata.yaml", ("title_separators",), "title_separators", metadata.title_separators, 0
        )
        for key in (
            "not_titles",
            "title_labels",
            "registration_labels",
            "cite_lines",
            "self_citation_lines",
            "bylines",
        ):
            each("metadata.yaml", (key,), key, getattr(metadata, key), IGNORECASE)
    if "citations.yaml" in models:
        citations = cast(CitationRules, models["citations.yaml"])
        for key, flags in (
            ("article_citation", IGNORECASE),
            ("bare_reference", 0),
            ("scoped_reference", IGNORECASE),
            ("reported_study", IGNORECASE),
            ("background_study", IGNORECASE),
        ):
            each("citations.yaml", (key,), key, getattr(citations, key), flags)
        entries = citations.references
        for key in ("continuation", "markers", "source_markers"):
            each("citations.yaml", ("references", key), f"references.{key}",
                 getattr(entries, key), IGNORECASE)  # fmt: skip
        for key in ("link_labels", "number"):
            add("citations.yaml", ("references", key), f"references.{key}",
                getattr(entries, key), IGNORECASE)  # fmt: skip
    if "boilerplate.yaml" in models:
        boilerplate = cast(BoilerplateRules, models["boilerplate.yaml"])
        for i, rule in enumerate(boilerplate.rules):
            each("boilerplate.yaml", ("rules", i, "patterns"), rule.id, rule.patterns, IGNORECASE)
    if "cleaning.yaml" in models:
        cleaning = cast(CleaningRules, models["cleaning.yaml"])
        headings = cleaning.link_lists.headings
        each("cleaning.yaml", ("link_lists", "headings"), "link_lists.headings", headings,
             IGNORECASE)  # fmt: skip
        add("cleaning.yaml", ("link_lists", "enumeration"), "link_lists.enumeration",
            cleaning.link_lists.enumeration, IGNORECASE)  # fmt: skip
        add("cleaning.yaml", ("main_content", "figure_label"), "main_content.figure_label",
            cleaning.main_content.figure_label, IGNORECASE)  # fmt: skip
        each("cleaning.yaml", ("main_content", "caption_not_findings"),
             "main_content.caption_not_findings", cleaning.main_content.caption_not_findings,
             IGNORECASE)  # fmt: skip
    if "markup.yaml" in models:
        markup = cast(MarkupRules, models["markup.yaml"])
        for i, attribute in enumerate(markup.boilerplate_attributes):
            add("markup.yaml", ("boilerplate_attributes", i, "pattern"), attribute.id,
                attribute.pattern, 0)  # fmt: skip
        add("markup.yaml", ("content_attributes",), "content_attributes",
            markup.content_attributes, 0)  # fmt: skip
        if markup.disclosure is not None:
            add("markup.yaml", ("disclosure", "attributes"), "disclosure",
                markup.disclosure.attributes, 0)  # fmt: skip
        if markup.captions is not None:
            add("markup.yaml", ("captions", "attributes"), "captions",
                markup.captions.attributes, 0)  # fmt: skip
    if "compounds.yaml" in models:
        compounds = cast(CompoundRules, models["compounds.yaml"])
        for i, compound in enumerate(compounds.compounds):
            add("compounds.yaml", ("compounds", i, "joiner"), compound.id, compound.joiner,
                IGNORECASE)  # fmt: skip
    if "quantities.yaml" in models:
        quantities = cast(QuantityRules, models["quantities.yaml"])
        # Guarded as the matcher runs them, vocabularies in place; a number stands for digits
        # here (the number words are percentages.yaml's, a trie that cannot backtrack).
        number = r"(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?"
        digits = {"number": number, "count": number}
        for i, family in enumerate(quantities.families):
            for key in ("pattern", "context"):
                text = getattr(family, key)
                if text:
                    add("quantities.yaml", ("families", i, key), f"{family.id}.{key}",
                        quantities.expand(text, digits), 0)  # fmt: skip
        for key in ("not_after", "not_before"):
            each("quantities.yaml", (key,), key, getattr(quantities, key), 0)
    for location, item in rules.entities:
        if not isinstance(item.pattern, str):
            for _key, regex in token_regexes(item.pattern):
                sites.append(PatternSite(location, item.id or item.label, regex, 0, "re"))
    return sites


def guard_patterns(sites: list[PatternSite], timeout: float = STRESS_TIMEOUT) -> list[RuleError]:
    """A problem for every pattern that backtracks catastrophically on inputs built from it,
    each run with the engine the pipeline runs it with (``PatternSite.engine``). A ``regex``
    pattern past ``timeout`` is refused only when it does not finish in ``STD_STRESS_TIMEOUT``
    (2 s) either: ``timeout`` is the first, cheap limit, not the refusal's."""
    problems = []
    std = [site for site in sites if site.engine == "re"]
    verdicts = dict(
        zip(
            (id(site) for site in std),
            backtracking_std([(site.pattern, site.flags) for site in std]),
            strict=True,
        )
    )
    for site in sites:
        if site.engine == "re":
            found = verdicts[id(site)]
        else:
            found = backtracking(site.pattern, site.flags, timeout)
            if found is not None:
                # A sound but quadratic pattern (".*\\d.*" tried at every start) takes tens of
                # ms, near the first limit on a busy machine: a pattern is refused only when it
                # does not finish in the generous limit either (one that backtracks never does).
                found = backtracking(site.pattern, site.flags, max(timeout, STD_STRESS_TIMEOUT))
        if found is not None:
            problems.append(RuleError(site.location, f"rule {site.rule}: {found}"))
    return problems


# --- reporting ----------------------------------------------------------------------------------

_LOCATION = re.compile(r"^(?P<file>.*?)(?::(?P<line>\d+))?$")


def _sort_key(problem: RuleError) -> tuple[str, int]:
    match = _LOCATION.match(problem.location)
    assert match is not None  # the pattern matches any string
    return match.group("file"), int(match.group("line") or 0)


def report_lines(problems: list[RuleError], limit: int = MAX_PROBLEMS_PER_FILE) -> list[str]:
    """The problems as lines (``file:line: message``), by file and line, at most ``limit`` per
    file and then one line saying how many more that file has."""
    by_file: dict[str, list[RuleError]] = {}
    for problem in sorted(problems, key=_sort_key):
        by_file.setdefault(_sort_key(problem)[0], []).append(problem)
    lines: list[str] = []
    for file, found in by_file.items():
        lines.extend(problem.report for problem in found[:limit])
        if len(found) > limit:
            more = len(found) - limit
            lines.append(f"{file}: {more} more problem{'s' if more > 1 else ''} not shown")
    return lines


# Digests of rule sets whose patterns passed the guard in this process; worker processes forked
# after the parent loaded the rules inherit it, and do not run the guard again.
_GUARDED: set[str] = set()


def _guard_marker(digest: str) -> tuple[Path | None, Path | None]:
    """Where a rule set's passing the guard is remembered between runs: a file named by the
    rules' digest and everything the verdict depends on (this package's version and code, the
    regex engines' versions), in the install-time cache and in the start-up cache
    (:func:`patterns.startup_file`: the output folder's ``.ingest-cache/startup`` for ``ingest
    run``, or ``INGEST_CACHE_DIR``). The guard took a third of a run's start-up, paid by every
    run for the same rules."""
    import platform

    import regex

    from ingest import __version__

    package = Path(__file__).resolve().parent
    code = hashlib.sha256()
    for name in ("__init__.py", "patterns.py"):
        code.update((package / name).read_bytes())
    key = "\0".join(
        (digest, __version__, code.hexdigest(), regex.__version__, platform.python_version())
    )
    return startup_file(f"guarded/{hashlib.sha256(key.encode()).hexdigest()[:32]}")


def load_rules(path: Path | str = DEFAULT_RULES_DIR, *, guard: bool = True) -> Rules:
    """The rules of a folder; raises :class:`RulesInvalid` with every problem when any file
    does not validate or (``guard``) a pattern backtracks catastrophically.

    The guard costs about 0.1 s for the project's 578 patterns (measured in a fresh process;
    the patterns are compiled by then, for the pipeline, anyway).
    """
    stamp = _folder_stamp(Path(path))
    cached = _LOADED.get(stamp) if stamp is not None else None
    if cached is not None and (not guard or cached.digest in _GUARDED):
        return cached
    rules = read_rules(path)
    if rules.problems:
        raise RulesInvalid(path, rules.problems)
    built = rules.build()
    if guard and built.digest not in _GUARDED:
        prebuilt, marker = _guard_marker(built.digest)
        if not any(m is not None and m.exists() for m in (prebuilt, marker)):
            problems = guard_patterns(pattern_sites(rules))
            if problems:
                raise RulesInvalid(path, problems)
            if marker is not None:  # written with the programs (a failed write: guarded again)
                remember_later(marker)
        _GUARDED.add(built.digest)
    if stamp is not None:
        if len(_LOADED) >= 8:
            _LOADED.clear()
        _LOADED[stamp] = built
    return built


# Rules already read in this process, by their folder and the bytes of every file in it (hashing
# them takes milliseconds, parsing the vocabularies a second): a command run again in one process
# (the tests' CLI runner), and the workers a batch forks after reading them, read them once.
_LOADED: dict[tuple[str, str], Rules] = {}


def _folder_stamp(root: Path) -> tuple[str, str] | None:
    try:
        digest = hashlib.blake2b(digest_size=16)
        for file in sorted(p for p in root.rglob("*") if p.is_file()):
            digest.update(file.relative_to(root).as_posix().encode() + b"\0")
            digest.update(file.read_bytes())
            digest.update(b"\0")
        return str(root.resolve()), digest.hexdigest()
    except OSError:
        return None
