"""Schemas of the rule files in ``rules/``: pydantic models where unknown keys are errors.

Each file's model checks what can be checked without running the pipeline (patterns compile,
ids are unique); ``ingest rules check`` then runs every rule's examples.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from ingest.models import Frozen
from ingest.rules.patterns import (
    check_pattern,
    check_pattern_ignorecase,
    check_std_pattern,
    compile_pattern,
)


class RuleModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _compiles(pattern: str) -> str:
    return check_pattern(pattern)


# A regex as a list item: validated one by one, so an error names the item (and its line).
Regex = Annotated[str, AfterValidator(check_pattern)]
# A regex the pipeline runs case-insensitively (validated so, to compile it once).
RegexI = Annotated[str, AfterValidator(check_pattern_ignorecase)]
# A regex the pipeline compiles with the standard library's `re` (no \p{…}, no timeout).
StdRegex = Annotated[str, AfterValidator(check_std_pattern)]


class LocatedValueError(ValueError):
    """A validation error about a part of the value: ``loc`` is appended to pydantic's location,
    so that the loader can point at the line of that part (the second definition of an id)."""

    def __init__(self, message: str, loc: tuple[str | int, ...]) -> None:
        super().__init__(message)
        self.loc = loc


def _unique(items: list[tuple[str, tuple[str | int, ...]]], what: str) -> None:
    """``(id, location)`` pairs: ids must be unique; the error points at the second one."""
    seen: set[str] = set()
    for item, loc in items:
        if item in seen:
            raise LocatedValueError(f"{what} {item!r} is defined twice", loc)
        seen.add(item)


RuleId = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$", description="unique kebab-case id")


class Examples(RuleModel):
    match: tuple[str, ...] = ()
    no_match: tuple[str, ...] = ()


# --- identifiers.yaml -------------------------------------------------------------------------

Normalization = Literal[
    "markdown_unescape",
    "percent_decode",
    "trim_punctuation",
    "trailing_year",
    "lowercase",
    "uppercase",
    "no_spaces",
]


class IdentifierPattern(RuleModel):
    id: str = RuleId
    regex: str
    value: str = Field(description="template over the regex's named groups, e.g. 'NCT{number}'")
    url: bool = Field(
        False,
        description="the pattern reads a URL: its value ends before a publisher path suffix "
        "(link_targets.path_suffixes), as a value read from a link target does",
    )

    @field_validator("regex")
    @classmethod
    def _regex_compiles(cls, value: str) -> str:
        return _compiles(value)

    @model_validator(mode="after")
    def _template_names_groups(self) -> IdentifierPattern:
        groups = set(compile_pattern(self.regex).groupindex)
        for name in re.findall(r"{(\w+)}", self.value):
            if name not in groups:
                raise ValueError(f"value template names {{{name}}}, not a group of the regex")
        return self


class IdentifierExample(RuleModel):
    text: str
    values: tuple[str, ...]


class IdentifierExamples(RuleModel):
    match: tuple[IdentifierExample, ...] = ()
    no_match: tuple[str, ...] = ()


class IdentifierScheme(RuleModel):
    scheme: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str
    resolver: str | None = Field(None, description="URL template with {value}, for review pages")
    valid: str = Field(description="a normalized value must match this regex in full")
    normalize: tuple[Normalization, ...] = ()
    patterns: tuple[IdentifierPattern, ...]
    examples: IdentifierExamples = IdentifierExamples()

    @field_validator("valid")
    @classmethod
    def _valid_compiles(cls, value: str) -> str:
        return _compiles(value)


class LinkTargetRules(RuleModel):
    """How a link target (href, markdown link URL) is read: entities decoded, then its path and
    each query parameter's value scanned on their own, the fragment dropped."""

    parameter_separators: tuple[str, ...] = Field(
        ("&amp;", "&#38;", "&#x26;", "&"),
        description="strings that separate query parameters, as written in the source",
    )
    path_suffixes: tuple[str, ...] = Field(
        (),
        description="path segments a publisher puts after an identifier in a URL "
        "('/abstract', '/full', '/figure.pptx'): a value read from a URL ends before the first",
    )
    collection_suffixes: tuple[str, ...] = Field(
        (),
        description="path suffixes that name a collection of works, not a work ('/issuetoc':"
        " a journal issue's table of contents): a DOI before one is not read",
    )
    examples: IdentifierExamples = IdentifierExamples()

    @field_validator("path_suffixes", "collection_suffixes")
    @classmethod
    def _plain_segments(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for suffix in value:
            if not re.fullmatch(r"[A-Za-z][\w-]*", suffix):
                raise ValueError(f"path suffix {suffix!r} is not one path segment name")
        return value


class IdentifierRules(RuleModel):
    schemes: tuple[IdentifierScheme, ...]
    link_targets: LinkTargetRules = LinkTargetRules()

    @model_validator(mode="after")
    def _unique_ids(self) -> IdentifierRules:
        _unique(
            [(s.scheme, ("schemes", i, "scheme")) for i, s in enumerate(self.schemes)], "scheme"
        )
        _unique(
            [
                (p.id, ("schemes", i, "patterns", j, "id"))
                for i, s in enumerate(self.schemes)
                for j, p in enumerate(s.patterns)
            ],
            "pattern id",
        )
        return self


# --- percentages.yaml -------------------------------------------------------------------------


class ExpectedPercentage(RuleModel):
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approximate: bool = False


class PercentageExample(RuleModel):
    text: str
    percentages: tuple[ExpectedPercentage, ...]


class PercentageExamples(RuleModel):
    match: tuple[PercentageExample, ...] = ()
    no_match: tuple[str, ...] = ()


def number_key(word: str) -> str:
    """How a number word is looked up: case-folded, hyphens as spaces, spaces collapsed."""
    return " ".join(word.casefold().replace("-", " ").split())


class ChangeFrame(RuleModel):
    """A change from one value to another that share one unit: two findings, not a range."""

    opener: StdRegex = Field(description="regex ending right before the first number ('von')")
    joiner: StdRegex = Field(description="regex between the two numbers (' auf ')")
    descending: bool = Field(
        False,
        description="read only when the first number is the larger: 'de 96 a 85 %' is a change "
        "where 'de 20 a 30 %' is a range (a range is written low to high)",
    )


class PercentageRules(RuleModel):
    units: tuple[StdRegex, ...] = Field(description="regexes for the unit after the number")
    prefix_units: tuple[StdRegex, ...] = Field(
        default=(),
        description="regexes for a unit word written before the number (Turkish 'yüzde 20')",
    )
    prefix_sign_languages: tuple[str, ...] = Field(
        default=(),
        description="languages that write the percent sign before the number (Turkish '%20'): "
        "read so in a block of those languages only",
    )
    approximate_cues: tuple[str, ...] = Field(description="words before the number, matched whole")
    range_joiners: tuple[StdRegex, ...] = Field(
        description="regexes between the two numbers of a range"
    )
    range_openers: tuple[StdRegex, ...] = Field(
        default=(), description="regexes before the first number of 'between X and Y'"
    )
    range_frame_joiners: tuple[StdRegex, ...] = Field(
        default=(), description="regexes between the numbers of a range after an opener"
    )
    list_joiners: tuple[StdRegex, ...] = Field(
        default=(),
        description="regexes before the last number of a list that shares one unit ('10 or 20%')",
    )
    comma_list_items: int = Field(
        0,
        ge=0,
        description="numbers a list joined by commas alone needs ('91, 74, 65%' with 3; "
        "'In 2019, 45%' is a year and one finding); 0: such lists are not read",
    )
    change_frames: tuple[ChangeFrame, ...] = Field(
        default=(),
        description="'von 41 auf 57 Prozent', 'passato dal 60 all'80 per cento': two values",
    )
    not_findings: tuple[StdRegex, ...] = Field(
        description="regexes that, right after a percentage, make it a level, not a finding"
    )
    levels_before: tuple[StdRegex, ...] = Field(
        default=(),
        description="regexes that, ending right before a percentage, make it a level ('IC à 95 %')",
    )
    number_words: dict[str, dict[str, int]] = Field(
        default_factory=dict, description="language → number word → its value (1 to 100)"
    )
    examples: PercentageExamples = PercentageExamples()

    @field_validator("comma_list_items")
    @classmethod
    def _a_list_has_two(cls, value: int) -> int:
        if value == 1:
            raise ValueError("a list has at least 2 numbers (0 turns comma lists off)")
        return value

    @model_validator(mode="after")
    def _number_words_agree(self) -> PercentageRules:
        # One regex serves every language: a word must mean one number in all of them.
        seen: dict[str, tuple[str, int]] = {}
        for language, words in self.number_words.items():
            for word, value in words.items():
                key = number_key(word)
                if not key:
                    raise LocatedValueError("empty number word", ("number_words", language))
                if key in seen and seen[key][1] != value:
                    other, was = seen[key]
                    raise LocatedValueError(
                        f"number word {word!r} is {value} here but {was} in {other}",
                        ("number_words", language, word),
                    )
                seen[key] = (language, value)
        return self

    def number_values(self) -> dict[str, float]:
        """Every number word, keyed as :func:`number_key` keys it, with its value."""
        return {
            number_key(word): float(value)
            for words in self.number_words.values()
            for word, value in words.items()
        }


# --- sentences.yaml ---------------------------------------------------------------------------


class SentenceExample(RuleModel):
    text: str
    sentences: tuple[str, ...]


class SentenceExamples(RuleModel):
    match: tuple[SentenceExample, ...] = ()


class SentenceRules(RuleModel):
    never_end: tuple[str, ...] = Field(description="tokens after which a sentence never ends")
    sentence_starters: tuple[str, ...] = Field(
        description="words after which an abbreviation may end a sentence"
    )
    abbreviations: tuple[str, ...] = Field(
        description="tokens that end a sentence only before a sentence starter"
    )
    before_number: tuple[str, ...] = Field(
        description="tokens after which a sentence does not end when a number follows"
    )
    panel_label: StdRegex = Field(
        r"\((?:[a-zA-Z]|[ivx]{1,4})(?:\s?[,–-]\s?(?:[a-zA-Z]|[ivx]{1,4}))*\)",
        description="a figure panel's label ('(a)', '(b–d)'): starts a sentence after a period",
    )
    legend_start: StdRegex = Field(
        r"(?i)(?:supplementary\s+)?(?:fig(?:ure)?s?|abb(?:ildung)?)\.?\s*S?\d+[a-z]?",
        description="how a figure legend starts: in one, every panel label starts a sentence",
    )
    glued_markers_min: int = Field(
        0,
        ge=0,
        description="a text page whose sentences end in this many reference numbers glued to "
        "their period ('respectively.5 Disease') has such markers; 0: never read",
    )
    examples: SentenceExamples = SentenceExamples()


# --- hedges.yaml ------------------------------------------------------------------------------


class Cue(RuleModel):
    id: str = RuleId
    pattern: RegexI = Field(description="regex matched case-insensitively, on word boundaries")
    examples: Examples = Examples()


class CueRules(RuleModel):
    hedges: tuple[Cue, ...]
    negations: tuple[Cue, ...]

    @model_validator(mode="after")
    def _unique_ids(self) -> CueRules:
        _unique([(c.id, ("hedges", i, "id")) for i, c in enumerate(self.hedges)], "hedge")
        _unique([(c.id, ("negations", i, "id")) for i, c in enumerate(self.negations)], "negation")
        return self


# --- claims.yaml ------------------------------------------------------------------------------

BlockKindName = Literal["heading", "paragraph", "list_item", "table_row", "field"]
BlockRoleName = Literal["content", "citation", "reference"]


class NearDuplicateSettings(RuleModel):
    ratio: float = Field(ge=50, le=100, description="rapidfuzz ratio of the loose wordings")
    max_word_edits: int = Field(ge=0, description="words inserted, deleted or replaced")
    max_typo_chars: int = Field(ge=0, description="a replaced word differs by at most this")
    function_words: tuple[str, ...] = Field(description="words that may be inserted or deleted")


class NotClaimRule(RuleModel):
    """A shape of sentence that is not a claim, whatever it carries (a run of link labels …)."""

    id: str = RuleId
    description: str
    pattern: RegexI = Field(description="searched in the whole sentence, case-insensitively")
    examples: Examples = Examples()


class ClaimGate(RuleModel):
    """What counts as a claim: a sentence of prose, or a list item / table row with a label and
    a value. Sentences of a ``not_claims`` shape, and short runs of link anchors, are not."""

    not_claims: tuple[NotClaimRule, ...] = ()
    link_share: float = Field(
        1.0, ge=0, le=1, description="a sentence with this share of its letters in link anchors …"
    )
    link_max_words: int = Field(
        0, ge=0, description="… and at most this many words is a link label"
    )
    labelled_teaser_min_words: int = Field(
        0,
        ge=0,
        description="a sentence 'Label: <a link of at least this many words>' (a related"
        " article's headline under its topic: 'ADHS bei Erwachsenen: [Betroffene erklärt, was"
        " wirklich hilft]') is a teaser of another page; 0: never",
    )
    cut_lead_min_words: int = Field(
        0,
        ge=0,
        description="a block's last sentence this long ending in an ellipsis after a word is a"
        " lead cut short (a teaser's preview); 0: never",
    )
    term_list_min_items: int = Field(
        0,
        ge=0,
        description="a run of at least this many list items, each a bare term (term_list_max_words"
        " words at most, no digit, no punctuation of a sentence or a label), is an index of terms"
        " (a page's themes, tags, a glossary's entries), not claims; 0: never",
    )
    term_list_max_words: int = Field(3, ge=1, description="the most words of a bare term")
    bare_abbreviation: Regex | None = Field(
        None,
        description="regex (in full): an entity mention that is a bare short form; it makes a "
        "claim only where the page also names its entity in full",
    )
    bare_abbreviation_patients: RegexI | None = Field(
        None,
        description="regex: the patients of a condition; a bare short form joined to them on "
        "the page ('MS-patiënten', 'PD patients', 'patients with MS') is the condition there",
    )
    examples: Examples = Examples()

    @model_validator(mode="after")
    def _unique_ids(self) -> ClaimGate:
        _unique([(r.id, ("not_claims", i, "id")) for i, r in enumerate(self.not_claims)], "rule")
        return self


class ClaimRules(RuleModel):
    percentages: bool = Field(True, description="a percentage makes a sentence a claim")
    identifiers: bool = Field(True, description="an identifier makes a sentence a claim")
    entity_labels: tuple[str, ...] = Field(description="entity labels that make a sentence a claim")
    topic_labels: tuple[str, ...] = Field(
        (),
        description="labels of ``entity_labels`` whose entities make a claim only on a page about "
        "health: one where at least ``topic_min_share`` of the content blocks that may hold "
        "claims name an entity of ``entity_labels`` or a percentage",
    )
    topic_min_share: float = Field(0.0, ge=0.0, le=1.0)
    block_kinds: tuple[BlockKindName, ...] = Field(description="kinds of block that hold claims")
    block_roles: tuple[BlockRoleName, ...] = Field(description="roles of block that hold claims")
    gate: ClaimGate = ClaimGate()
    near_duplicates: NearDuplicateSettings


# --- quantities.yaml --------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
# Built in by ingest/match/quantities.py, not vocabularies of the file.
BUILTIN_PLACEHOLDERS = frozenset({"number", "count"})


class QuantityFamily(RuleModel):
    """One shape of quantity that makes a sentence a claim (a measurement, a count of subjects,
    a frequency): a regex with ``{vocabulary}`` placeholders, and a context the sentence needs."""

    id: str = RuleId
    label: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$", description="the entity label of a hit")
    description: str
    pattern: str = Field(description="regex with {vocabulary} placeholders ({number}, {count})")
    context: str | None = Field(
        None, description="regex with placeholders that must occur in the hit's sentence"
    )
    ratio: bool = Field(
        False, description="the pattern's groups 'part' and 'whole': the part must be smaller"
    )
    gives_way: bool = Field(
        False,
        description="a hit overlapping a hit of a family that does not give way is dropped, "
        "however long it is",
    )
    examples: Examples = Examples()


class QuantityRules(RuleModel):
    vocabularies: dict[str, tuple[Regex, ...]] = Field(
        default_factory=dict, description="name → regexes; {name} in a pattern is one of them"
    )
    families: tuple[QuantityFamily, ...] = ()
    not_after: tuple[Regex, ...] = Field(
        default=(), description="regexes tried right after a hit: a match drops it"
    )
    not_before: tuple[Regex, ...] = Field(
        default=(), description="regexes that, ending right before a hit, drop it"
    )
    ambiguous_number_words: tuple[str, ...] = Field(
        default=(), description="number words that are common words of another language"
    )

    def expand(self, pattern: str, builtins: dict[str, str]) -> str:
        """The pattern with every ``{name}`` replaced by its vocabulary as one group, its items
        in the order written (the first that fits wins, as in any alternation)."""

        return self._expand(pattern, builtins, ())

    def _expand(self, pattern: str, builtins: dict[str, str], within: tuple[str, ...]) -> str:
        """A vocabulary's items may name other vocabularies ("{date}" is built of "{month}")."""

        def one(match: re.Match[str]) -> str:
            name = match.group(1)
            if name in builtins:
                return builtins[name]
            if name in within:
                raise ValueError(f"vocabulary {{{name}}} names itself")
            items = (
                self._expand(item, builtins, (*within, name)) for item in self.vocabularies[name]
            )
            return "(?:" + "|".join(f"(?:{item})" for item in items) + ")"

        return _PLACEHOLDER.sub(one, pattern)

    @model_validator(mode="after")
    def _known_placeholders(self) -> QuantityRules:
        _unique([(f.id, ("families", i, "id")) for i, f in enumerate(self.families)], "family")
        samples = {name: "0" for name in BUILTIN_PLACEHOLDERS}
        for name, items in self.vocabularies.items():
            for k, item in enumerate(items):
                for used in _PLACEHOLDER.findall(item):
                    if used not in self.vocabularies and used not in BUILTIN_PLACEHOLDERS:
                        raise LocatedValueError(
                            f"unknown vocabulary {{{used}}}", ("vocabularies", name, k)
                        )
                    if used == name:
                        raise LocatedValueError(
                            f"vocabulary {{{name}}} names itself", ("vocabularies", name, k)
                        )
        for i, family in enumerate(self.families):
            for key in ("pattern", "context"):
                text = getattr(family, key)
                if text is None:
                    continue
                for name in _PLACEHOLDER.findall(text):
                    if name not in self.vocabularies and name not in BUILTIN_PLACEHOLDERS:
                        raise LocatedValueError(
                            f"unknown vocabulary {{{name}}}", ("families", i, key)
                        )
                try:
                    compile_pattern(self.expand(text, samples))
                except Exception as exc:  # any compile error is the rule's
                    raise LocatedValueError(
                        f"pattern does not compile: {exc}", ("families", i, key)
                    ) from None
                if (
                    key == "pattern"
                    and family.ratio
                    and not {"part", "whole"}
                    <= set(compile_pattern(self.expand(text, samples)).groupindex)
                ):
                    raise LocatedValueError(
                        "a ratio family needs groups (?P<part>…) and (?P<whole>…)",
                        ("families", i, key),
                    )
        return self


# --- sections.yaml ----------------------------------------------------------------------------


class WrappedLineRules(RuleModel):
    """Lines a scraper's wrap (or a ``<br>``) cut inside a sentence (ingest/clean/layout.py)."""

    open_words: tuple[str, ...] = Field(
        (), description="words after which a sentence never ends (articles, prepositions)"
    )
    min_words_lower: int = Field(
        3, ge=1, description="words a line needs to be continued by a lower-case line"
    )
    max_newlines: int = Field(2, ge=1, description="newlines between two lines of one paragraph")
    min_wrapped_lines: int = Field(
        3, ge=1, description="lines going on in the next a text page needs to be wrapped"
    )
    full_line: float = Field(
        0.7, gt=0, le=1, description="share of the wrap width a line fills to be continued"
    )
    min_width: int = Field(40, ge=1, description="the narrowest width a page is wrapped at")
    examples: Examples = Examples()


class LinkTrailRules(RuleModel):
    """A run of links glued to the start of a text (a login link and a breadcrumb before a
    headline) is split off as a block of its own (ingest/clean/layout.py)."""

    min_links: int = Field(2, ge=1, description="links the trail holds")
    min_words: int = Field(5, ge=1, description="words of no link after it")
    separators: str = Field(" \t›»>/|·•:-–—", description="characters between its links")


class RecordRules(RuleModel):
    """Label/value records: a run of short lines alternating label and value is rows, not
    headings (ingest/clean/layout.py)."""

    label: Regex = Field("(?!)", description="regex: what a label looks like (matched whole)")
    label_max_words: int = Field(6, ge=1)
    value_max_words: int = Field(30, ge=1)
    strong_value: Regex = Field(
        "(?!)", description="regex: a value no label looks like (a number, a code, capitals)"
    )
    min_strong_pairs: int = Field(
        2, ge=1, description="pairs with a strong value a run of pairs needs to be a record"
    )
    markup_pairs: tuple[RegexI, ...] = Field(
        (), description="regexes: the markup between a label and its value (</dt> <dd>)"
    )
    markup_more_values: tuple[RegexI, ...] = Field(
        (),
        description="regexes: the markup between a value and a further value of the same label"
        " (</dd> <dd>), matched at the end of the markup between them",
    )
    examples: Examples = Examples()


class SectionRules(RuleModel):
    heading_max_words: int = Field(ge=1)
    heading_max_chars: int = Field(ge=1)
    glued_headings: tuple[str, ...] = Field(
        description="section names that scrapers glue to the text after them"
    )
    reference_headings: tuple[RegexI, ...] = Field(
        description="regexes: a section with this heading is a reference list"
    )
    not_headings: tuple[RegexI, ...] = Field(description="regexes: lines that are never headings")
    article_min_words: int = Field(
        100, ge=0, description="words of prose an article has before a second one may start"
    )
    prose_heading_min_words: int = Field(
        10,
        ge=1,
        description="a marked-up heading this long that ends a sentence is also prose: its"
        " sentence may be a claim (a news item's one-sentence headline)",
    )
    wrapped_lines: WrappedLineRules = WrappedLineRules()
    records: RecordRules = RecordRules()
    link_trails: LinkTrailRules = LinkTrailRules()
    examples: Examples = Examples()


# --- citations.yaml ---------------------------------------------------------------------------


class ReferenceEntryRules(RuleModel):
    """How the blocks of a reference list become entries, and how claims cite them."""

    continuation: tuple[RegexI, ...] = Field(
        (), description="regexes: a block that continues the entry before it (its journal, links)"
    )
    join_unfinished: bool = Field(
        True, description="a block after one that ends no sentence continues its entry"
    )
    link_labels: RegexI = Field(
        "(?!)", description="regex: one link label of an entry (PubMed, Google Scholar …)"
    )
    number: RegexI = Field(
        "(?!)", description="regex: the entry's own number at its start, group 'number'"
    )
    markers: tuple[RegexI, ...] = Field(
        (), description="regexes: an in-text marker in a claim's text, group 'numbers'"
    )
    source_markers: tuple[RegexI, ...] = Field(
        (), description="regexes: a marker in the claim's source markup (<sup>), group 'numbers'"
    )
    max_range: int = Field(50, ge=1, description="a marker range '12-14' spans at most this")
    examples: Examples = Examples()
    # Reference lists found without their heading (ingest/reflists.py).
    entry_shapes: tuple[RegexI, ...] = Field(
        (), description="regexes: a block shaped like an entry (authors, year, journal)"
    )
    entry_starts: tuple[RegexI, ...] = Field(
        (), description="regexes: an entry's start (its number, its authors)"
    )
    entry_max_words: int = Field(80, ge=1, description="an entry-shaped block has at most this")
    entry_run: int = Field(
        3, ge=2, description="this many entry-shaped blocks in a row are a reference list"
    )
    card_sources: tuple[RegexI, ...] = Field(
        (),
        description="regexes: a reference card's source line ('Cardiovasc Res, 2003') under "
        "the cited title, an entry-shaped block within the next two",
    )
    containers: RegexI = Field(
        "(?!)", description="regex: a class or id word of an HTML element that holds references"
    )
    container_share: float = Field(
        0.5, gt=0, le=1, description="share of entry-shaped blocks in such an element to trust it"
    )
    entry_examples: Examples = Examples()

    @field_validator("number")
    @classmethod
    def _names_number(cls, value: str) -> str:
        if value != "(?!)" and "number" not in compile_pattern(value).groupindex:
            raise ValueError("the number regex needs a group named 'number'")
        return value

    @field_validator("markers", "source_markers")
    @classmethod
    def _names_numbers(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            if "numbers" not in compile_pattern(pattern).groupindex:
                raise ValueError(f"marker {pattern!r} needs a group named 'numbers'")
        return value


class CitationRules(RuleModel):
    article_citation: tuple[RegexI, ...] = Field(
        description="regexes: a block holding an identifier that matches is its article's citation"
    )
    bare_reference: tuple[Regex, ...] = Field(
        description="regexes: a bibliographic reference without a prefix (author list …)"
    )
    scoped_reference: tuple[RegexI, ...] = Field(
        description="regexes: a reference for the blocks before it in its section"
    )
    meta_identifiers: dict[str, str] = Field(
        default_factory=dict, description="HTML <meta> name → identifier scheme"
    )
    labelled_section_max_blocks: int = Field(
        2,
        ge=1,
        description="a section under a citation label ('Citation') this short, with one block"
        " holding an identifier, has that block as its article's citation",
    )
    reported_study: tuple[RegexI, ...] = Field(
        (),
        description="regexes: a sentence naming a study the article reports on ('published in',"
        " 'the study'); its one identifier cites an article that has no citation of its own",
    )
    background_study: tuple[RegexI, ...] = Field(
        (),
        description="regexes: a sentence naming earlier or other work as background ('earlier"
        " research has linked …'): its link is no reported study",
    )
    reported_study_max_share: float = Field(
        0.4,
        gt=0,
        le=1,
        description="the reported study is named within this share of its article's prose",
    )
    reported_study_examples: Examples = Examples()
    background_study_examples: Examples = Examples()
    references: ReferenceEntryRules = ReferenceEntryRules()
    examples: Examples = Examples()


# --- boilerplate.yaml -------------------------------------------------------------------------

BoilerplateCategory = Literal[
    "newsletter",
    "call_to_action",
    "thanks",
    "comments",
    "share",
    "ui_widget",
    "cookie_banner",
    "navigation",
    "login",
    "advertising",
    "legal",
    "related_content",
    "testimonial",
]


class BoilerplateRule(RuleModel):
    id: str = RuleId
    category: BoilerplateCategory
    description: str
    max_words: int = Field(ge=1)
    patterns: tuple[RegexI, ...]
    examples: Examples = Examples()
    announces: bool = Field(
        default=True,
        description="a short line of a navigation or related-content rule announces the list of "
        "short lines after it ('Related posts', 'Menu'); false for one that points elsewhere "
        "('Skip to content' leads into the page's own text)",
    )


class BoilerplateRules(RuleModel):
    rules: tuple[BoilerplateRule, ...]

    @model_validator(mode="after")
    def _unique_ids(self) -> BoilerplateRules:
        _unique([(r.id, ("rules", i, "id")) for i, r in enumerate(self.rules)], "rule")
        return self


# --- cleaning.yaml ----------------------------------------------------------------------------


class DuplicateSettings(RuleModel):
    min_chars: int = Field(ge=1, description="a repeated block this long is a scraper duplicate")
    near_ratio: float = Field(ge=50, le=100, description="rapidfuzz ratio for near-duplicates")
    near_min_chars: int = Field(ge=1)
    boilerplate_repeats: int = Field(ge=2, description="a block seen this often is boilerplate")


class LanguageSettings(RuleModel):
    enabled: bool = True
    min_words_alone: int = Field(ge=1, description="shorter blocks are never judged on their own")
    min_confidence: float = Field(ge=0, le=1)
    min_confidence_short: float = Field(ge=0, le=1)
    min_confidence_beside_foreign: float = Field(
        ge=0, le=1, description="a long block beside a foreign one of its language needs this"
    )
    max_page_language_score: float = Field(
        ge=0, le=1, description="a foreign block leaves at most this score to the page's language"
    )
    declared_min_share: float = Field(
        0.2,
        ge=0,
        le=1,
        description="the declared language is the page's when its vote is this share of the top",
    )
    function_words: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="language → frequent function words (a word listed for two languages counts "
        "for neither): the cheap signal that a kept block may be in another language",
    )
    min_function_words: int = Field(
        2,
        ge=1,
        description="a kept block is guessed when another language has this many function words "
        "in it, and more than the page's language",
    )
    mixed_page: MixedPageSettings | None = Field(
        None, description="when the language is guessed once per page (None: block by block)"
    )
    close_languages: tuple[tuple[str, ...], ...] = Field(
        (),
        description="groups of languages a short text cannot tell apart (pt, es, gl): a block of "
        "fewer than close_max_words words guessed as a relative of the page's language is "
        "foreign only when that relative's function words outnumber the page language's in it",
    )
    close_max_words: int = Field(12, ge=0)
    parallel_abstract: RegexI | None = Field(
        None,
        description="regex (in full) of an abstract's heading in any language ('Abstract', "
        "'Resumo', 'Zusammenfassung', '摘要'): the blocks under it, in another language than the "
        "page's, are the article's abstract in translation, not foreign text",
    )


class MixedPageSettings(RuleModel):
    """When a page is in one language, its language is guessed once, over its long blocks
    joined, and no block is guessed alone; only a page that mixes languages is judged block by
    block (``foreign_language``). A page mixes languages when any of these holds."""

    enabled: bool = True
    sample_chars: int = Field(
        ge=1, description="the page is guessed on its long blocks' first this many characters"
    )
    min_confidence: float = Field(
        ge=0, le=1, description="the page's one guess is less sure than this (or names nothing)"
    )
    min_function_words: int = Field(
        ge=1,
        description="a long block holds this many function words of another language, and more "
        "than of the page's",
    )
    min_words_without_page_words: int = Field(
        ge=1,
        description="a block of this many words holds no function word of the page's language "
        "(a language without a list: Polish, Swedish …)",
    )
    min_other_script_letters: int = Field(
        ge=1,
        description="a long block holds this many letters outside the Latin script (Cyrillic, "
        "Greek, CJK …) on a page in a language with a function-word list",
    )


class LinkListSettings(RuleModel):
    min_items: int = Field(ge=1)
    min_link_share: float = Field(ge=0, le=1, description="share of a line's letters in links")
    max_words_outside_links: int = Field(ge=0)
    max_words_after_lead_link: int = Field(
        ge=0, description="a block that starts with a link may have this many words after it"
    )
    headings: tuple[RegexI, ...] = Field(description="regexes of headings that announce link lists")
    teaser_endings: tuple[str, ...] = Field(
        (),
        description="a block led by its link that ends in one of these (a lead cut short: "
        "'...') is a teaser of another page",
    )
    teaser_link_rules: tuple[str, ...] = Field(
        (),
        description="ids of boilerplate rules whose block (a read-more link), right after a "
        "block that ends in a lead cut short, makes that block a teaser of another page",
    )
    enumeration: RegexI = Field(
        "(?!)",
        description="regex: words outside links that enumerate examples in prose ('Symptoms,"
        " such as [fatigue] and [fever]'): such a block, not led by a link, is no link list",
    )
    enumeration_examples: Examples = Examples()
    examples: Examples = Field(
        default=Examples(),
        description="match: lines that announce a link list; no_match: lines that do not",
    )


class SiteChromeSettings(RuleModel):
    enabled: bool = True
    min_documents: int = Field(ge=2, description="distinct pages a line must be found on")
    min_share: float = Field(ge=0, le=1, description="share of the batch's pages, too")
    max_words: int = Field(ge=1, description="longer lines are never site chrome")


# The evidence the main-content vote weighs for each block (ingest/clean/main_content.py
# computes them; rules/cleaning.yaml main_content.weights gives each its weight).
MAIN_CONTENT_REMOVED_BY = (
    "markup",  # a markup rule cut the block's element (a class word, a tag)
    "html-outside-main",  # the block lies outside the page's <main> / <article>
    "boilerplate-rules",  # the block filters of ingest/clean/filters.py, by name
    "repeated-block",
    "duplicates",
    "link-lists",
    "foreign-language",
)
MAIN_CONTENT_FEATURES = (
    "bias",
    "share",  # share of the block's words the voter kept
    "ours",  # 1 when our own rules keep the block
    "voter_short",  # 1 - voter's kept text / ours, when the voter kept less (else 0)
    "ours_short",  # 1 - ours / voter's, when our rules kept less (else 0)
    "ours_x_voter_short",
    "ours_x_ours_short",
    "share_x_voter_short",
    "share_x_ours_short",
    "neighbour_share",  # mean share of the blocks before and after
    "neighbour_ours",  # how many of the two neighbours our rules keep (0, 0.5, 1)
    "link_density",  # share of the block's letters and digits inside links
    "log_words",  # log(1 + words), words counted up to 100
    "short",  # under 5 words
    "sentence_end",  # ends like a sentence (. ! ? : ; or a closing quote)
    "heading",
    "list_item",
    "table_row",
    "caption",
    "short_run",  # share of short blocks among the 3 before and the 3 after (a menu, a grid)
    "link_run",  # mean link density of the 3 blocks before and the 3 after
    "share_x_short_run",
    *(f"removed_by:{name}" for name in MAIN_CONTENT_REMOVED_BY),
)


class MainContentSettings(RuleModel):
    """The main-content vote of HTML pages (ingest/clean/main_content.py)."""

    enabled: bool = True
    fast: bool = Field(True, description="trafilatura without its fallback extractors")
    favor_recall: bool = False
    min_share: float = Field(
        ge=0,
        le=1,
        description="a block whose words the voter kept at least this share of counts as the "
        "voter's (for the text each side keeps)",
    )
    weights: dict[str, float] = Field(
        description="weight of each piece of evidence (MAIN_CONTENT_FEATURES) in a block's score"
    )
    threshold: float = Field(0.0, description="a block stays when its score is above this")
    max_voter_short: float = Field(
        1.0,
        ge=0,
        le=1,
        description="the voter abstains on a page where it kept less than 1 - this of the text "
        "our rules keep (counted as distinct pairs of words)",
    )
    keep_tables: bool = Field(
        True,
        description="a table row or caption with a digit, with kept blocks within "
        "max_hole_distance before and after, stays",
    )
    keep_headings: bool = Field(
        True,
        description="a heading our rules keep, with kept blocks within heading_context before "
        "and max_hole_distance after, stays (claims' section paths need it)",
    )
    keep_headline: bool = Field(
        True,
        description="an h1 our rules keep, followed within max_hole_distance by kept blocks, "
        "stays (it titles the article and roots claims' section paths)",
    )
    caption_not_findings: tuple[RegexI, ...] = Field(
        (),
        description="regexes of numbers that are no finding in a caption (a year, a licence's "
        "version; dates are quantities.yaml's date vocabulary): a caption the voter left out, "
        "between kept blocks, stays with a percentage or another number",
    )
    caption_examples: Examples = Field(
        default=Examples(),
        description="match: captions of findings; no_match: captions of photos (as the clean "
        "stage reads them, with percentages.yaml's units and quantities.yaml's dates)",
    )
    figure_label: RegexI = Field(
        "(?!)",
        description="regex at the start of a caption (or of the caption block before it): a "
        "numbered figure's or table's legend ('Figure 3.', 'Table 2'); our rules keep it, with "
        "kept text before and after it: it stays",
    )
    figure_label_examples: Examples = Field(
        default=Examples(), description="match: legends of numbered figures; no_match: captions"
    )
    max_hole_distance: int = Field(ge=1)
    heading_context: int = Field(ge=1)
    binding_rules: tuple[str, ...] = Field(
        default=(), description="rule ids whose removals the vote never weighs (final)"
    )
    label_min_overlap: float = Field(
        ge=0,
        le=1,
        description="an element our markup rules cut goes to the vote when this share of its "
        "pairs of words is in the voter's text",
    )
    copy_min_chars: int = Field(
        ge=0,
        description="after the vote, a block repeating a kept block goes when at least this long",
    )

    @field_validator("weights")
    @classmethod
    def _known_features(cls, weights: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(weights) - set(MAIN_CONTENT_FEATURES))
        if unknown:
            raise ValueError(
                f"unknown evidence {', '.join(unknown)} (known: {', '.join(MAIN_CONTENT_FEATURES)})"
            )
        return weights


class PageWarningSettings(RuleModel):
    """When a page is reported in run.json's warnings (a page lost in silence)."""

    min_visible_chars: int = Field(ge=0, description="pages with less visible text never warn")
    min_kept_share: float = Field(
        ge=0, le=1, description="kept text under this share of the visible text warns"
    )
    max_removal_share: float = Field(
        ge=0, le=1, description="one removal spanning more of the visible text warns"
    )
    max_reference_share: float = Field(
        1.0,
        ge=0,
        le=1,
        description="reference entries holding more of the kept text warn: an article read as "
        "a reference list loses its claims",
    )


class CleaningRules(RuleModel):
    duplicates: DuplicateSettings
    language: LanguageSettings
    link_lists: LinkListSettings
    site_chrome: SiteChromeSettings
    main_content: MainContentSettings
    warnings: PageWarningSettings


# --- markup.yaml ------------------------------------------------------------------------------


class AttributeRule(RuleModel):
    id: str = RuleId
    pattern: str = Field(
        description="regex searched in an element's class, id, role and aria-label"
    )
    overrides_content: bool = Field(
        False, description="applies even to elements whose class names them as content"
    )
    examples: Examples = Examples()

    @field_validator("pattern")
    @classmethod
    def _pattern_compiles(cls, value: str) -> str:
        return _compiles(value)


class ProseGuard(RuleModel):
    """An element of this much prose is not removed by an attribute rule (unless the rule
    overrides content): its class words ("abstract toc-section", "TOC_TITLE_3") name a part of
    the article, and the main-content vote judges it instead."""

    min_chars: int = Field(ge=1, description="visible characters inside the element")
    max_link_share: float = Field(ge=0, le=1, description="share of them in links")


class CitationMarkerRules(RuleModel):
    """In-text citation markers written by markup: a superscript, or a link to an entry of the
    page's reference list. Their numbers are written into the block text in brackets ("[5]"),
    so that sentences, numbers and reference links see them as markers."""

    numbers: Regex = Field(description="regex, in full: the text of a marker ('5', '1,15,20')")
    link_targets: Regex = Field(description="regex, in full: a link target that names an entry")
    after: Regex = Field(
        description="regex: what ends right before an unlinked superscript of one number that "
        "makes it a marker ('respectively.' but not 'kg/m')"
    )
    examples: Examples = Examples()


class TemplateTagRule(RuleModel):
    """Template residue of a text page: tags of a template language or page builder that the
    scraper left unrendered ("{% include … %}", "{{ widget }}", "[contact-form-7 id=…]")."""

    id: str = RuleId
    pattern: RegexI = Field(description="regex searched in a block of a text page")
    examples: Examples = Examples()
    whole_page: bool = Field(
        default=False,
        description="also searched over the whole text page (each line a possible start) before "
        "its blocks are cut: a tag that spans lines, whose lines would be blocks of their own",
    )


class DisclosureRules(RuleModel):
    """Parts a page hides until the reader opens them: content, not hidden boilerplate."""

    attributes: Regex = Field(
        description="regex: class/id/role words of a tab panel, an accordion, a 'more' part"
    )
    controls: tuple[str, ...] = Field(
        (),
        description="attributes of a control that name the element it opens (href='#id', "
        "aria-controls='id'): a hidden element a control opens is a panel too",
    )
    examples: Examples = Examples()


class CaptionRules(RuleModel):
    """Captions a page marks by a class word instead of <figcaption> ("image-caption",
    "wp-caption-text"): their blocks are captions as a figcaption's are."""

    attributes: Regex = Field(description="regex: class/id/role words of a caption")
    max_chars: int = Field(
        ge=1, description="an element holding more visible characters is no caption (a wrapper)"
    )
    max_blocks: int = Field(
        ge=1, description="an element that gives more blocks is no caption (a video's teaser)"
    )
    examples: Examples = Examples()


class PrintedPageRules(RuleModel):
    """A printed page's furniture in a text scrape (ingest/clean/printed.py)."""

    line_number_min_run: int = Field(
        20,
        ge=0,
        description="the fewest lines numbered one after another that are line numbers; 0: off",
    )
    line_number_max_gap: int = Field(
        10, ge=1, description="the most lines from one numbered line of a run to the next"
    )
    line_number_min_share: float = Field(
        0.6, ge=0, le=1, description="the share of the non-blank lines a run covers it numbers"
    )
    running_min_chars: int = Field(
        25, ge=1, description="the shortest line that may be a running header or footer"
    )
    running_min_repeats: int = Field(
        3, ge=2, description="in how many page breaks a line stands to be a running line"
    )


class MarkupRules(RuleModel):
    known_tags: tuple[str, ...] = Field(description="tag names treated as markup in text pages")
    printed_page: PrintedPageRules = PrintedPageRules()
    front_matter_prose_min_words: int = Field(
        8,
        ge=0,
        description="the fewest words of a one-line front-matter value read as the page's text "
        "(a string over several lines or a block scalar always is); 0: none",
    )
    front_matter_prose_max_body_words: int = Field(
        50,
        ge=0,
        description="the most words of a page's body after its front matter for the front "
        "matter's prose to be read: a page with a body has its text there",
    )
    front_matter_metadata_keys: tuple[str, ...] = Field(
        (),
        description="front-matter keys whose values are metadata however long (title, "
        "citation, author): never the page's text",
    )
    front_matter_text_keys: Regex = Field(
        "(?!)",
        description="a front-matter key whose one-line value may be the page's text (a body, "
        "an intro text; matched whole against the key's last segment, case-insensitive): "
        "another key's one-line value is metadata (a string over several lines is text "
        "whatever its key)",
    )
    template_text_attributes: Regex = Field(
        "(?!)",
        description="the name of a template tag's attribute that may hold the page's text "
        "(a forum digest's post in a shortcode's `body`; matched whole, case-insensitive)",
    )
    template_text_min_words: int = Field(
        6,
        ge=1,
        description="the fewest words of such an attribute's value read as text: a button's "
        '`text="Book now"` is a label',
    )
    template_link_attributes: Regex = Field(
        "(?!)",
        description="the name of a template tag's attribute that links another page (matched "
        "whole, case-insensitive): a tag holding one is a link card, its text a teaser of that "
        "page, cut with the tag",
    )
    block_tags: tuple[str, ...]
    void_tags: tuple[str, ...]
    markup_only_tags: tuple[str, ...] = Field(description="whose content is code, not text")
    annotation_tags: tuple[str, ...] = Field(
        (),
        description="inline elements whose content annotates the words around it (ruby "
        "readings): removed as markup, within the block (the words around it stay one)",
    )
    inline_markup_tags: tuple[str, ...] = Field(
        (),
        description="markup-only elements a browser draws inline or not at all (an icon's svg, "
        "a script): removed as markup, within the block (the sentence around them stays one)",
    )
    citation_markers: CitationMarkerRules | None = None
    template_tags: tuple[TemplateTagRule, ...] = ()
    boilerplate_tags: tuple[str, ...] = Field(description="HTML elements dropped as boilerplate")
    boilerplate_attributes: tuple[AttributeRule, ...]
    content_attributes: Regex | None = Field(
        None, description="regex: class/id words that name an element as the page's content"
    )
    disclosure: DisclosureRules | None = None
    captions: CaptionRules | None = None
    boolean_attributes: tuple[str, ...]
    prose_guard: ProseGuard | None = None


# --- compounds.yaml ---------------------------------------------------------------------------


class CompoundRule(RuleModel):
    """An entity, then head words or a second entity, make one longer entity."""

    id: str = RuleId
    first: tuple[str, ...] = Field(description="labels of the entity that starts the compound")
    heads: tuple[str, ...] = Field(default=(), description="words that end it")
    joiner: StdRegex | None = Field(None, description="regex between the first and a second entity")
    second: tuple[str, ...] = Field(default=(), description="labels of the entity that ends it")
    label: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$")
    canonical: str = Field(description="template over the canonicals: {first}, {second}")
    examples: Examples = Examples()

    @model_validator(mode="after")
    def _heads_or_second(self) -> CompoundRule:
        if bool(self.heads) == bool(self.second):
            raise ValueError("give either heads, or joiner and second")
        if self.second and not self.joiner:
            raise ValueError("a compound with a second entity needs a joiner")
        return self


class Inflection(RuleModel):
    """The case and article endings a language adds to a noun, read after a vocabulary term,
    and the particles it glues before one (Hebrew "ה", "ב"; Arabic "ال", "بال")."""

    languages: tuple[Annotated[str, Field(pattern=r"^[a-z]{2,3}$")], ...] = Field(
        description="ISO 639-1 codes of the languages that write these endings"
    )
    endings: tuple[str, ...] = Field(
        (),
        description="letters a term may carry at its end in these languages ('en', 'u', 'em')",
    )
    prefixes: tuple[str, ...] = Field(
        (),
        description="letters glued before a term in these languages, each a whole run of them "
        "from the word's start to the term ('ה', 'וה', 'ال', 'وبال')",
    )
    min_letters: int = Field(
        5, ge=1, description="the shortest term (in letters) that may carry an ending or prefix"
    )

    @field_validator("endings", "prefixes")
    @classmethod
    def _letters_only(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for ending in value:
            # Letters, and the vowel signs of Indic scripts (marks: Bengali "ের").
            letters = all(c.isalpha() or unicodedata.category(c).startswith("M") for c in ending)
            if not ending or not letters or ending != ending.lower():
                raise ValueError(f"{ending!r} is not lower-case letters")
        return value


class CompoundWords(RuleModel):
    """Languages that write a compound noun as one word ("Masernimpfung", "celiakidiagnos",
    "kankercentrum", "Vogelgrippe"): a vocabulary term that opens or closes a word of such a
    language names its entity there, the whole word its span."""

    languages: tuple[Annotated[str, Field(pattern=r"^[a-z]{2,3}$")], ...] = Field(
        description="ISO 639-1 codes of the languages that glue compounds"
    )
    labels: tuple[str, ...] = Field(
        description="the entity labels whose terms count inside a compound"
    )
    min_letters: int = Field(
        6, ge=2, description="the shortest term (in letters) that counts inside a compound"
    )
    min_after: int = Field(
        3, ge=1, description="letters a compound holds after a term that opens it ('impfung')"
    )
    min_before: int = Field(
        4, ge=1, description="letters a compound holds before a term that closes it ('vogel')"
    )


class KindredLanguage(RuleModel):
    """A language whose pages (or blocks) also read the terms held to some others."""

    language: str = Field(pattern=r"^[a-z]{2,3}$", description="the page's language (ISO 639-1)")
    reads: tuple[Annotated[str, Field(pattern=r"^[a-z]{2,3}$")], ...] = Field(
        description="the languages whose terms it reads too"
    )


class Cognates(RuleModel):
    """Words of other languages spelled after an English term of the vocabulary ("inzulínu",
    "hematüri", "acidóza", "Fototerapi" for insulin, hematuria, acidosis, phototherapy): each
    word and each term is reduced to a core (its letters in Latin script, spelling variants
    made one, the endings cut), and a word whose core is a term's names the term's entity."""

    languages: tuple[Annotated[str, Field(pattern=r"^[a-z]{2,3}$")], ...] = Field(
        description="ISO 639-1 codes of the pages (or blocks) read this way"
    )
    labels: tuple[str, ...] = Field(description="the entity labels whose terms are read")
    letters: dict[str, str] = Field(
        default_factory=dict,
        description="one letter → its Latin spelling, after lower-casing ('ı': 'i', 'и': 'i'); "
        "other diacritics are dropped",
    )
    spellings: tuple[tuple[StdRegex, str], ...] = Field(
        (),
        description="regex → replacement, in order, that make spelling variants one "
        "('ph' → 'f', 'c' before e/i → 's')",
    )
    endings: tuple[StdRegex, ...] = Field(
        (), description="regexes cut from the end, in order, leaving the core ('[aeiou]+$')"
    )
    min_letters: int = Field(7, ge=3, description="the shortest word (in letters) read so")
    min_core: int = Field(6, ge=3, description="the shortest core that names a term")
    examples: tuple[tuple[str, str], ...] = Field(
        (), description="(word, English term) pairs the reading must join"
    )
    no_match: tuple[str, ...] = Field((), description="words it must read as no term")
    false_friends: tuple[str, ...] = Field(
        (),
        description="common words whose core is a term's though they name something else "
        "('influence', 'influenza'): a word with their core names nothing",
    )


class CompoundRules(RuleModel):
    compounds: tuple[CompoundRule, ...] = ()
    inflections: tuple[Inflection, ...] = Field(
        (),
        description="endings that inflecting languages add to a noun: a vocabulary term followed "
        "by one of its page's language is the term ('infektionen', 'zánětu', 'raka')",
    )
    kindred_languages: tuple[KindredLanguage, ...] = Field(
        (),
        description="languages whose pages also read the vocabulary of others: the codes of one "
        "language (Norwegian 'no', 'nb', 'nn'), a close one the language guess takes for it",
    )
    compound_words: tuple[CompoundWords, ...] = Field(
        (),
        description="languages that write compounds as one word: a term opening or closing a "
        "word is the term, the word its span ('Masernimpfung', 'Vogelgrippe')",
    )
    cognates: Cognates | None = Field(
        None,
        description="words of other languages read as the English term they are spelled "
        "after ('inzulínu' → insulin)",
    )

    @model_validator(mode="after")
    def _unique_ids(self) -> CompoundRules:
        _unique([(c.id, ("compounds", i, "id")) for i, c in enumerate(self.compounds)], "compound")
        return self


# --- entities/*.jsonl -------------------------------------------------------------------------


# How far around a term its ``not_after`` / ``not_before`` context is read (characters).
CONTEXT_WINDOW = 60


class EntityPattern(Frozen):
    """One line of an EntityRuler JSONL file.

    ``examples`` is ours, not spaCy's (its EntityRuler ignores keys it does not know): texts in
    which the term must (``match``) or must not (``no_match``) be found with this label and id.
    Literal patterns need none, as ``ingest rules check`` looks each one up as its own example.
    """

    label: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$")
    pattern: str | tuple[dict[str, object], ...]
    id: str | None = None
    languages: tuple[Annotated[str, Field(pattern=r"^[a-z]{2,3}$")], ...] = Field(
        (),
        description="ISO 639-1 codes of the languages in which this pattern names the entity "
        "(a block's language, else its page's); empty: all. A word that is a name in one "
        "language and a common word in another (Dutch 'bof' is mumps, French 'bof' a shrug)",
    )
    not_languages: tuple[Annotated[str, Field(pattern=r"^[a-z]{2,3}$")], ...] = Field(
        (),
        description="ISO 639-1 codes of the languages in which this pattern's text is a common "
        "word that is not the entity (the brand 'Cambia' is Spanish for 'changes', the kinase "
        "'Akt' German for 'act'): a page or block in one of them never names it so",
    )
    not_after: RegexI | None = Field(
        None,
        description="a regex (case-insensitive) that, found ending where the term starts (in the "
        f"{CONTEXT_WINDOW} characters before it), says the word is used in another sense there "
        "('the Great Depression', 'a tropical depression')",
    )
    not_before: RegexI | None = Field(
        None,
        description="a regex (case-insensitive) that, found starting where the term ends (in the "
        f"{CONTEXT_WINDOW} characters after it), says the word is used in another sense there "
        "('the depression of the 1930s')",
    )
    examples: Examples = Examples()

    @model_validator(mode="after")
    def _languages_apart(self) -> EntityPattern:
        both = sorted(set(self.languages) & set(self.not_languages))
        if both:
            raise ValueError(f"languages and not_languages both name {', '.join(both)}")
        return self

    @field_validator("pattern")
    @classmethod
    def _not_empty(
        cls, value: str | tuple[dict[str, object], ...]
    ) -> str | tuple[dict[str, object], ...]:
        if isinstance(value, str) and not value.strip():
            raise ValueError("pattern is empty")
        if not isinstance(value, str) and not value:
            raise ValueError("token pattern has no tokens")
        return value


# --- metadata.yaml ----------------------------------------------------------------------------

MetadataField = Literal[
    "title",
    "authors",
    "journal",
    "publication_date",
    "doi",
    "pmid",
    "pmcid",
    "language",
    "canonical_url",
    "type",
]
MetadataSource = Annotated[
    str,
    Field(
        pattern=r"^(?:meta:\S+|ld:(?:@type|[A-Za-z][\w.]*)|fm:[\w-]+|html:lang|http-equiv:content-language"
        r"|link:canonical)$"
    ),
]


class MetadataRules(RuleModel):
    fields: dict[MetadataField, tuple[MetadataSource, ...]] = Field(
        description="metadata field → its sources, best first (meta:NAME, ld:PATH, html:lang, …)"
    )
    h1_replaces: tuple[MetadataSource | Literal["html:title"], ...] = Field(
        (), description="title sources that the page's <h1> replaces when their words overlap"
    )
    h1_overlap: float = Field(0.5, gt=0, le=1)
    short_title_words: int = Field(
        2,
        ge=0,
        description="a <title> of at most this many words under an h1 that says more is a"
        " template's or a section's: the h1 comes first",
    )
    cited_title_sources: tuple[MetadataSource, ...] = Field(
        (),
        description="sources whose value is the page's bibliographic reference ('Pauwels RA, …"
        " Early intervention with budesonide …. Lancet. 2003'): its title is a title candidate",
    )
    slug_title_sources: tuple[MetadataSource, ...] = Field(
        (),
        description="sources whose value is the page's name in its address ('slug: Malaria', "
        "'slug: lassa-fever'): a title of the last resort, its hyphens read as spaces",
    )
    front_matter_other_works: tuple[str, ...] = Field(
        (),
        description="front-matter keys whose values name other works (references, related "
        "reading): an identifier under them is never the page's",
    )
    json_ld_types: tuple[str, ...] = Field(
        description="schema.org types of a JSON-LD object that describes the page, best first"
    )
    site_names: tuple[MetadataSource, ...] = Field(
        description="sources of the site's own name, cut out of a <title>"
    )
    owner_lines: tuple[RegexI, ...] = Field(
        (),
        description="regexes over the page's text whose group `name` is the site's own name "
        "(a footer's '© 2019 WeerYaram'), cut out of a <title> as the sources above",
    )
    title_separators: tuple[Regex, ...] = Field(description="regexes between <title> parts")
    not_titles: tuple[RegexI, ...] = Field(description="regexes: texts that are never a title")
    title_labels: tuple[RegexI, ...] = Field(
        description="regexes: a row label whose value (or next block) is the record's title"
    )
    lone_title_labels: tuple[RegexI, ...] = Field(
        (),
        description="regexes: a title's label alone on its line in the page's header ('THESIS "
        "TITLE', '論文タイトル'): the next line is the title",
    )
    registration_labels: tuple[RegexI, ...] = Field(
        description="regexes: a row label whose identifiers are the record's own registration"
    )
    cite_lines: tuple[RegexI, ...] = Field(
        description="regexes: the label of a line that cites the page itself"
    )
    self_citation_lines: tuple[RegexI, ...] = Field(
        (), description="regexes: a text scrape's header line that cites the page itself"
    )
    citation_bars: tuple[RegexI, ...] = Field(
        (),
        description="regexes: a journal page's citation bar (type • journal volume (issue) • "
        "date • DOI), the page's own only as one of its first blocks and alone on the page",
    )
    self_identifier_lines: tuple[RegexI, ...] = Field(
        (),
        description="regexes: a text scrape's header line of the page's own labelled "
        "identifiers ('PMCID: PMC11756621 PMID: 39724920'), read with its self-citation line",
    )
    self_citation_examples: Examples = Examples()
    bylines: tuple[RegexI, ...] = Field(
        description="regexes: a byline, date line or author list that follows a title"
    )
    byline_window: int = Field(3, ge=1, description="lines after a title searched for a byline")
    leading_blocks: int = Field(
        4, ge=0, description="first kept blocks of a text page where a title-like line is its title"
    )
    headline_min_words: int = Field(
        8,
        ge=1,
        description="the fewest words of a page's first heading that is its headline over a "
        "<title> sharing none of its words (the site's name)",
    )
    title_min_words: int = Field(3, ge=1)
    title_max_words: int = Field(40, ge=1)
    lead_min_words: int = Field(
        10,
        ge=1,
        description="words of a prose line that makes the title-like line just above it a "
        "headline (a news page's or a homepage's first story)",
    )
    examples: Examples = Field(Examples(), description="examples of `not_titles`")
