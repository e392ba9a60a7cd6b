"""``ingest rules check``: validate every rule file and run every example.

Examples are run through the pipeline's own classes (the identifier, percentage, cue and entity
matchers, the boilerplate filter, the segmenter, the HTML element rules), so that an example
holds exactly when the pipeline would do what it says. Each failure is one problem, reported at
the example's line: ``rules/hedges.yaml:4: rule may: example "in May 2024" should not match but
did``.

Entity vocabularies are checked without writing examples: every literal pattern is looked up in
its own text and must come back with its label and id (a term that another file already claims
with another label, or that cannot stand on word boundaries, never would in a page either).
Token patterns with REGEX or IN may carry ``examples`` of their own.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ingest.errors import RuleError
from ingest.rules import (
    PatternSite,
    Rules,
    RuleSet,
    guard_patterns,
    pattern_sites,
    read_rules,
)
from ingest.rules.loader import PathKey
from ingest.rules.models import (
    BoilerplateRules,
    CompoundRules,
    CueRules,
    EntityPattern,
    Examples,
    MarkupRules,
)
from ingest.rules.patterns import IGNORECASE, AnyOf, compile_pattern

# The kinds of rule that carry examples, in the order of the summary.
EXAMPLE_KINDS = (
    "identifiers",
    "percentages",
    "sentences",
    "hedges",
    "negations",
    "sections",
    "claims",
    "citations",
    "references",
    "boilerplate",
    "markup",
    "link_lists",
    "main_content",
    "compounds",
    "entities",
    "metadata",
    "quantities",
)

# Files each kind of example needs (besides its own): the segmenter asks the identifier
# matcher whether a citation line holds an identifier.
_NEEDS = {
    "identifiers": ("identifiers.yaml",),
    "percentages": ("percentages.yaml",),
    "sentences": ("sentences.yaml",),
    "hedges": ("hedges.yaml",),
    "negations": ("hedges.yaml",),
    "sections": ("sections.yaml", "citations.yaml", "sentences.yaml", "identifiers.yaml"),
    "citations": ("sections.yaml", "citations.yaml", "sentences.yaml", "identifiers.yaml"),
    "boilerplate": ("boilerplate.yaml",),
    "claims": ("claims.yaml",),
    "references": ("citations.yaml",),
    "markup": ("markup.yaml",),
    "link_lists": ("cleaning.yaml",),
    "main_content": ("cleaning.yaml", "percentages.yaml", "quantities.yaml"),
    "compounds": ("compounds.yaml",),
    "entities": ("compounds.yaml",),
    "metadata": ("metadata.yaml", "identifiers.yaml"),
    "quantities": ("quantities.yaml", "percentages.yaml"),
}


@dataclass
class CheckReport:
    """What ``ingest rules check`` found: problems, and what was checked."""

    problems: list[RuleError] = field(default_factory=list)
    files: int = 0
    entity_patterns: int = 0
    regexes: int = 0
    examples: Counter[str] = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        checked = (
            f"{self.files} files, {self.entity_patterns:,} entity patterns, "
            f"{self.regexes:,} regular expressions, {sum(self.examples.values()):,} examples"
        )
        if self.ok:
            return f"rules ok: {checked}"
        count = len(self.problems)
        return f"rules check: {count} problem{'s' if count != 1 else ''} ({checked} checked)"

    def breakdown(self) -> str:
        return ", ".join(f"{kind} {self.examples[kind]:,}" for kind in EXAMPLE_KINDS)


def _quote(text: str, limit: int = 100) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return json.dumps(shown, ensure_ascii=False)


def _listed(values: Iterable[object]) -> str:
    return "[" + ", ".join(_quote(str(v)) for v in values) + "]"


class _Run:
    """Runs the examples of one folder, collecting problems and counts."""

    def __init__(self, rules: RuleSet, built: Rules, report: CheckReport) -> None:
        self.set = rules
        self.rules = built
        self.report = report

    def fail(self, name: str, loc: PathKey, message: str) -> None:
        self.report.problems.append(RuleError(self.set.location(name, loc), message))

    def examples(
        self,
        kind: str,
        name: str,
        loc: PathKey,
        rule: str,
        examples: Examples,
        matches: Callable[[str], bool],
        why: Callable[[str], str] | None = None,
        removed: Callable[[str], bool] | None = None,
    ) -> None:
        """Run ``match`` / ``no_match`` examples with a yes/no test; ``why`` explains a hit.

        ``removed`` is the ``no_match`` test where it differs from ``matches``: for rules whose
        ``no_match`` examples are content that no rule at all may remove.
        """
        hit = removed if removed is not None else matches
        for k, text in enumerate(examples.match):
            self.report.examples[kind] += 1
            if not matches(text):
                message = f"rule {rule}: example {_quote(text)} should match but did not"
                self.fail(name, (*loc, "match", k), message)
        for k, text in enumerate(examples.no_match):
            self.report.examples[kind] += 1
            if hit(text):
                detail = f" ({why(text)})" if why is not None else ""
                message = f"rule {rule}: example {_quote(text)} should not match but did{detail}"
                self.fail(name, (*loc, "no_match", k), message)

    # -- one method per kind of rule -----------------------------------------------------------

    def identifiers(self) -> None:
        from ingest.match.identifiers import IdentifierMatcher

        matcher = IdentifierMatcher(self.rules.identifiers)
        for i, scheme in enumerate(self.rules.identifiers.schemes):
            loc = ("schemes", i, "examples")

            def values(text: str, scheme: str = scheme.scheme) -> list[str]:
                return [f.value for f in matcher.find(text) if f.scheme == scheme]

            for k, example in enumerate(scheme.examples.match):
                self.report.examples["identifiers"] += 1
                found = values(example.text)
                if found != list(example.values):
                    got = _listed(found) if found else "nothing"
                    self.fail(
                        "identifiers.yaml",
                        (*loc, "match", k),
                        f"rule {scheme.scheme}: example {_quote(example.text)} should yield "
                        f"{_listed(example.values)} but yielded {got}",
                    )
            for k, text in enumerate(scheme.examples.no_match):
                self.report.examples["identifiers"] += 1
                found = values(text)
                if found:
                    self.fail(
                        "identifiers.yaml",
                        (*loc, "no_match", k),
                        f"rule {scheme.scheme}: example {_quote(text)} should not match but "
                        f"yielded {_listed(found)}",
                    )
        links = self.rules.identifiers.link_targets.examples
        where: PathKey = ("link_targets", "examples")
        for k, example in enumerate(links.match):
            self.report.examples["identifiers"] += 1
            found = [f.value for f in matcher.find_in_link(example.text)]
            if found != list(example.values):
                got = _listed(found) if found else "nothing"
                self.fail(
                    "identifiers.yaml",
                    (*where, "match", k),
                    f"link targets: example {_quote(example.text)} should yield "
                    f"{_listed(example.values)} but yielded {got}",
                )
        for k, text in enumerate(links.no_match):
            self.report.examples["identifiers"] += 1
            found = [f.value for f in matcher.find_in_link(text)]
            if found:
                self.fail(
                    "identifiers.yaml",
                    (*where, "no_match", k),
                    f"link targets: example {_quote(text)} should not match but "
                    f"yielded {_listed(found)}",
                )

    def metadata(self) -> None:
        from ingest.match.identifiers import IdentifierMatcher
        from ingest.metadata import MetadataReader

        reader = MetadataReader(self.rules.metadata, IdentifierMatcher(self.rules.identifiers))
        self.examples(
            "metadata",
            "metadata.yaml",
            ("examples",),
            "not_titles",
            self.rules.metadata.examples,
            lambda text: not reader.is_title(text),
        )
        self.examples(
            "metadata",
            "metadata.yaml",
            ("self_citation_examples",),
            "self_citation_lines",
            self.rules.metadata.self_citation_examples,
            reader.is_self_citation,
        )

    def percentages(self) -> None:
        from ingest.match.percentages import PercentageMatcher

        matcher = PercentageMatcher(self.rules.percentages)
        examples = self.rules.percentages.examples
        for k, example in enumerate(examples.match):
            self.report.examples["percentages"] += 1
            found = [(f.value, f.low, f.high, f.approximate) for f in matcher.find(example.text)]
            want = [(p.value, p.low, p.high, p.approximate) for p in example.percentages]
            if found != want:
                self.fail(
                    "percentages.yaml",
                    ("examples", "match", k),
                    f"rule percentages: example {_quote(example.text)} should yield "
                    f"{_percentages(want)} but yielded {_percentages(found) or 'nothing'}",
                )
        for k, text in enumerate(examples.no_match):
            self.report.examples["percentages"] += 1
            found = [(f.value, f.low, f.high, f.approximate) for f in matcher.find(text)]
            if found:
                self.fail(
                    "percentages.yaml",
                    ("examples", "no_match", k),
                    f"rule percentages: example {_quote(text)} should not match but yielded "
                    f"{_percentages(found)}",
                )

    def sentences(self) -> None:
        from ingest.sentences import SentenceSplitter

        splitter = SentenceSplitter(self.rules.sentences)
        for k, example in enumerate(self.rules.sentences.examples.match):
            self.report.examples["sentences"] += 1
            found = [example.text[s:e] for s, e in splitter.split(example.text)]
            if found != list(example.sentences):
                self.fail(
                    "sentences.yaml",
                    ("examples", "match", k),
                    f"rule sentences: example {_quote(example.text)} should split into "
                    f"{_listed(example.sentences)} but split into {_listed(found)}",
                )

    def cues(self) -> None:
        from ingest.match.cues import CueMatcher

        cues = self.rules.cues
        matcher = CueMatcher(cues)
        for i, cue in enumerate(cues.hedges):

            def hedged(text: str, cue_id: str = cue.id) -> bool:
                return cue_id in matcher.hedges(text)

            self.examples(
                "hedges", "hedges.yaml", ("hedges", i, "examples"), cue.id, cue.examples, hedged
            )
        for i, cue in enumerate(cues.negations):
            # The matcher answers "negated or not" for all cues at once: one cue alone says
            # whether it is this cue that fires.
            alone = CueMatcher(CueRules(hedges=(), negations=(cue,)))
            self.examples(
                "negations",
                "hedges.yaml",
                ("negations", i, "examples"),
                cue.id,
                cue.examples,
                alone.negated,
            )

    def segmenter(self) -> None:
        from ingest.clean.blocks import BlockKind, RawBlock
        from ingest.clean.layout import LineJoiner, RecordReader, joins_lines, reads_record
        from ingest.match.identifiers import IdentifierMatcher
        from ingest.segment import Role, Segmenter
        from ingest.textmap import TextBuilder

        identifiers = IdentifierMatcher(self.rules.identifiers)

        def has_identifier(block: RawBlock) -> bool:
            return bool(identifiers.find(block.text.text))

        segmenter = Segmenter(self.rules, has_identifier)
        self.examples(
            "sections",
            "sections.yaml",
            ("examples",),
            "sections",
            self.rules.sections.examples,
            segmenter.is_heading_text,
        )
        sections = self.rules.sections
        joiner, records = LineJoiner(sections.wrapped_lines), RecordReader(sections.records)
        self.examples(
            "sections",
            "sections.yaml",
            ("wrapped_lines", "examples"),
            "wrapped_lines",
            sections.wrapped_lines.examples,
            lambda text: joins_lines(joiner, text),
        )
        self.examples(
            "sections",
            "sections.yaml",
            ("records", "examples"),
            "records",
            sections.records.examples,
            lambda text: reads_record(records, text),
        )

        def block(text: str) -> RawBlock:
            builder = TextBuilder()
            builder.copy(text, 0, len(text))
            return RawBlock(BlockKind.PARAGRAPH, builder.build(), None, (), 1)

        def cites(text: str) -> bool:
            return segmenter._role(block(text)) != Role.CONTENT

        def role(text: str) -> str:
            return f"read as a {segmenter._role(block(text)).value} line"

        self.examples(
            "citations",
            "citations.yaml",
            ("examples",),
            "citations",
            self.rules.citations.examples,
            cites,
            role,
        )
        reported = AnyOf(self.rules.citations.reported_study, IGNORECASE)
        self.examples(
            "citations",
            "citations.yaml",
            ("reported_study_examples",),
            "reported_study",
            self.rules.citations.reported_study_examples,
            reported.search,
        )
        background = AnyOf(self.rules.citations.background_study, IGNORECASE)
        self.examples(
            "citations",
            "citations.yaml",
            ("background_study_examples",),
            "background_study",
            self.rules.citations.background_study_examples,
            background.search,
        )

    def claim_gate(self) -> None:
        from ingest.claims import Gate

        gate = self.rules.claims.gate
        for i, rule in enumerate(gate.not_claims):
            alone = Gate(gate.model_copy(update={"not_claims": (rule,), "link_share": 1.0}))

            def matches(text: str, alone: Gate = alone) -> bool:
                return alone.rejects(text) is not None

            at: PathKey = ("gate", "not_claims", i, "examples")
            self.examples("claims", "claims.yaml", at, rule.id, rule.examples, matches)
        whole = Gate(gate)

        def rejected(text: str) -> bool:
            return whole.rejects(text) is not None

        def why(text: str) -> str:
            return f"rule {whole.rejects(text)}"

        self.examples(
            "claims", "claims.yaml", ("gate", "examples"), "gate", gate.examples, rejected, why
        )

    def reference_entries(self) -> None:
        from ingest.references import EntryRules

        entries = EntryRules(self.rules.citations.references)
        self.examples(
            "references",
            "citations.yaml",
            ("references", "examples"),
            "references",
            self.rules.citations.references.examples,
            entries.continues,
        )
        from ingest.reflists import EntryShapes

        shapes = EntryShapes(self.rules.citations.references)
        self.examples(
            "references",
            "citations.yaml",
            ("references", "entry_examples"),
            "references.entry_shapes",
            self.rules.citations.references.entry_examples,
            shapes.entry_shaped,
        )

    def boilerplate(self) -> None:
        from ingest.clean.filters import BoilerplatePatterns

        def block_text(text: str) -> str:
            return " ".join(text.split())  # as a block reaches the filter: whitespace collapsed

        every = BoilerplatePatterns(self.rules)
        for i, rule in enumerate(self.rules.boilerplate.rules):
            own = BoilerplateRules.model_construct(rules=(rule,))
            alone = BoilerplatePatterns(replace(self.rules, boilerplate=own))

            def matches(text: str, alone: BoilerplatePatterns = alone) -> bool:
                return alone.rule_for(block_text(text)) is not None

            def removed(text: str) -> bool:
                # no_match examples are content: no rule at all may remove them.
                return every.rule_for(block_text(text)) is not None

            def why(text: str, rule_id: str = rule.id) -> str:
                by = every.rule_for(block_text(text))
                return "removed as boilerplate" + (f" by rule {by}" if by != rule_id else "")

            loc = ("rules", i, "examples")
            self.examples(
                "boilerplate",
                "boilerplate.yaml",
                loc,
                rule.id,
                rule.examples,
                matches,
                why,
                removed,
            )

    def markup(self) -> None:
        from ingest.clean.html import (
            CitationMarkers,
            caption_spans,
            decide_drops,
            index_elements,
            tokenize,
        )

        markup = self.rules.markup
        filler = "<p>" + "The article's own text, long enough to be the page. " * 8 + "</p>"

        def dropped_by(rules: MarkupRules, words: str) -> str | None:
            """The rule that cuts a small <div> with these class names from a page."""
            page = f'<html><body>{filler}<div class="{html.escape(words)}">A widget</div>'
            page += "</body></html>"
            index = index_elements(tokenize(page, rules, text_page=False), page, rules)
            drops = decide_drops(index, rules, text_page=False)
            for number, element in enumerate(index.elements):
                if element.tag == "div":
                    drop = drops.get(number)
                    return drop.rule if drop is not None else None
            return None

        for i, rule in enumerate(markup.boilerplate_attributes):
            alone = markup.model_copy(update={"boilerplate_attributes": (rule,)})

            def matches(words: str, alone: MarkupRules = alone, rule_id: str = rule.id) -> bool:
                return dropped_by(alone, words) == rule_id

            def removed(words: str) -> bool:
                return dropped_by(markup, words) is not None

            def why(words: str) -> str:
                return f"cut by rule {dropped_by(markup, words)}"

            loc = ("boilerplate_attributes", i, "examples")
            self.examples(
                "markup", "markup.yaml", loc, rule.id, rule.examples, matches, why, removed
            )
        self._template_tags()
        if markup.disclosure is not None:

            def shown(snippet: str) -> bool:
                """Is the first element of the snippet (hidden by it) kept as content?"""
                page = f"<html><body>{filler}{snippet}</body></html>"
                index = index_elements(tokenize(page, markup, text_page=False), page, markup)
                drops = decide_drops(index, markup, text_page=False)
                start = page.index(snippet)
                hiding = {"style", "hidden", "class", "aria-hidden"}
                number = next(
                    n
                    for n, e in enumerate(index.elements)
                    if e.start >= start and any(name in hiding for name, _ in e.attrs)
                )
                return number not in drops

            examples = markup.disclosure.examples
            at: PathKey = ("disclosure", "examples")
            self.examples("markup", "markup.yaml", at, "disclosure", examples, shown)
        if markup.captions is not None:

            def captioned(words: str) -> bool:
                """Is a small <div> with these class names a caption?"""
                page = f'<html><body>{filler}<div class="{html.escape(words)}">A photo</div>'
                page += "</body></html>"
                index = index_elements(tokenize(page, markup, text_page=False), page, markup)
                return bool(caption_spans(index, markup))

            at = ("captions", "examples")
            self.examples(
                "markup", "markup.yaml", at, "captions", markup.captions.examples, captioned
            )
        if markup.citation_markers is not None:
            finder = CitationMarkers(markup.citation_markers)

            def marked(snippet: str) -> bool:
                page = f"<html><body><p>{snippet}</p></body></html>"
                tokens = tokenize(page, markup, text_page=False)
                return bool(finder.find(tokens, index_elements(tokens, page, markup), page))

            self.examples(
                "markup",
                "markup.yaml",
                ("citation_markers", "examples"),
                "citation_markers",
                markup.citation_markers.examples,
                marked,
            )

    def _template_tags(self) -> None:
        """Each example as a one-line text page read by the cleaner's markdown reader: a
        ``match`` is cut (in part) under the rule's id, a ``no_match`` by no template rule."""
        from ingest.clean.blocks import read_markdown
        from ingest.clean.html import extract

        markup = self.rules.markup
        compiled = [
            (rule.id, compile_pattern(rule.pattern, IGNORECASE)) for rule in markup.template_tags
        ]

        def cut_by(text: str, only: str | None) -> bool:
            templates = [(i, p) for i, p in compiled if only is None or i == only]
            for block in extract(text, markup, text_page=True).blocks:
                _, cuts = read_markdown(block, markup.citation_markers, templates)
                if any(cut.rule in {i for i, _ in templates} for cut in cuts):
                    return True
            return False

        for i, rule in enumerate(markup.template_tags):

            def matches(text: str, rule_id: str = rule.id) -> bool:
                return cut_by(text, rule_id)

            def removed(text: str) -> bool:
                return cut_by(text, None)

            loc = ("template_tags", i, "examples")
            self.examples(
                "markup", "markup.yaml", loc, rule.id, rule.examples, matches, None, removed
            )

    def link_lists(self) -> None:
        # ingest.clean.filters.LinkLists searches these patterns, case-insensitively, in a short
        # block before a run of links; the patterns alone decide whether a line announces one.
        settings = self.rules.cleaning.link_lists
        patterns = [compile_pattern(p, IGNORECASE) for p in settings.headings]

        def announces(text: str) -> bool:
            return any(p.search(" ".join(text.split())) for p in patterns)

        self.examples(
            "link_lists",
            "cleaning.yaml",
            ("link_lists", "examples"),
            "link_lists.headings",
            settings.examples,
            announces,
        )
        enumeration = compile_pattern(settings.enumeration, IGNORECASE)
        self.examples(
            "link_lists",
            "cleaning.yaml",
            ("link_lists", "enumeration_examples"),
            "link_lists.enumeration",
            settings.enumeration_examples,
            lambda text: enumeration.search(text) is not None,
        )

    def main_content(self) -> None:
        # ingest.clean.main_content.decide keeps a caption the voter left out, between kept
        # blocks, when it holds a finding: a percentage, or a number that is none of
        # caption_not_findings nor a date (quantities.yaml).
        from ingest.clean import caption_finding_test

        self.examples(
            "main_content",
            "cleaning.yaml",
            ("main_content", "caption_examples"),
            "main_content.caption_not_findings",
            self.rules.cleaning.main_content.caption_examples,
            caption_finding_test(self.rules),
        )
        legend = compile_pattern(self.rules.cleaning.main_content.figure_label, IGNORECASE)
        self.examples(
            "main_content",
            "cleaning.yaml",
            ("main_content", "figure_label_examples"),
            "main_content.figure_label",
            self.rules.cleaning.main_content.figure_label_examples,
            lambda text: legend.match(text) is not None,
        )

    def entities(self) -> None:
        from ingest.match.entities import EntityMatcher, FoundEntity

        entities = self.rules.entities
        compounds = self.rules.compounds
        every = EntityMatcher(entities, compounds)
        # A term is looked up in the vocabulary alone: that a compound rule (compounds.yaml)
        # builds the same span from its parts, with the compound's canonical, is that rule's
        # doing, checked by its own examples.
        base = EntityMatcher(entities, None)
        for location, item in entities:
            text = _literal_text(item)
            if text is not None:
                self.report.examples["entities"] += 1
                found = base.find(text)
                whole = (0, len(text))
                if not any(_is(f, item) and (f.start, f.end) == whole for f in found):
                    seen = "; ".join(
                        f"{text[f.start : f.end]!r} is {f.label} {f.canonical!r}" for f in found
                    )
                    self.entity_fail(
                        location,
                        f"rule {item.label} {_quote(text)}: the term is not found in its own "
                        f"text with its label and id ({seen or 'nothing is found'})",
                    )
            name = f"{item.label} {item.id or ''}".strip()
            for text in item.examples.match:
                self.report.examples["entities"] += 1
                if not any(_is(f, item) for f in every.find(text)):
                    message = f"rule {name}: example {_quote(text)} should match but did not"
                    self.entity_fail(location, message)
            for text in item.examples.no_match:
                self.report.examples["entities"] += 1
                if any(_is(f, item) for f in every.find(text)):
                    message = f"rule {name}: example {_quote(text)} should not match but did"
                    self.entity_fail(location, message)
            self.character_shape(location, item, name)

        for i, rule in enumerate(compounds.compounds):
            alone = EntityMatcher(entities, CompoundRules.model_construct(compounds=(rule,)))

            def added(text: str, alone: EntityMatcher = alone, label: str = rule.label) -> bool:
                """The rule adds an entity of its label that the vocabulary alone does not."""
                new: set[FoundEntity] = set(alone.find(text)) - set(base.find(text))
                return any(f.label == label for f in new)

            loc = ("compounds", i, "examples")
            self.examples("compounds", "compounds.yaml", loc, rule.id, rule.examples, added)

        cognates, reader = compounds.cognates, every.cognate_reader
        if cognates is not None and reader is not None:
            for k, (word, term) in enumerate(cognates.examples):
                self.report.examples["compounds"] += 1
                entry = reader.term_of(word)
                if entry is None or entry[1] != term:
                    seen = f"{entry[1]!r}" if entry is not None else "no term"
                    message = f"cognates: {_quote(word)} should read as {term!r}, read as {seen}"
                    self.fail("compounds.yaml", ("cognates", "examples", k), message)
            for k, word in enumerate(cognates.no_match):
                self.report.examples["compounds"] += 1
                entry = reader.term_of(word)
                if entry is not None:
                    message = (
                        f"cognates: {_quote(word)} should read as no term, read as {entry[1]!r}"
                    )
                    self.fail("compounds.yaml", ("cognates", "no_match", k), message)

    def quantities(self) -> None:
        """Each family alone: its ``match`` examples hold a hit of it, its ``no_match`` none
        (the guards of the file apply, as in the pipeline)."""
        from ingest.match.quantities import QuantityMatcher

        rules = self.rules.quantities
        for i, family in enumerate(rules.families):
            alone = QuantityMatcher(
                rules.model_copy(update={"families": (family,)}), self.rules.percentages
            )

            def found(text: str, alone: QuantityMatcher = alone) -> bool:
                return bool(alone.find(text))

            def why(text: str, alone: QuantityMatcher = alone) -> str:
                return ", ".join(repr(hit.canonical) for hit in alone.find(text))

            at: PathKey = ("families", i, "examples")
            self.examples("quantities", "quantities.yaml", at, family.id, family.examples,
                          found, why)  # fmt: skip

    def character_shape(self, location: str, item: EntityPattern, name: str) -> None:
        """A multi-token shape the pipeline matches on characters (ingest.rules.sequences, no
        spaCy at run time) must find on its examples what spaCy's Matcher finds on the tokens
        of a blank English pipeline: spaCy stays the reference for what a token pattern means."""
        from ingest.match.entities import EntityMatcher
        from ingest.rules.sequences import sequence_regex

        pattern = item.pattern
        if isinstance(pattern, str) or len(pattern) < 2 or sequence_regex(pattern) is None:
            return
        characters = EntityMatcher([(location, item)])
        spacy = EntityMatcher([(location, item)], character_shapes=False)
        for text in (*item.examples.match, *item.examples.no_match):
            ours, theirs = characters.find(text), spacy.find(text)
            if ours != theirs:
                shown = [text[f.start : f.end] for f in ours]
                wanted = [text[f.start : f.end] for f in theirs]
                self.entity_fail(
                    location,
                    f"rule {name}: on {_quote(text)} the shape finds {shown} on characters "
                    f"where spaCy's Matcher finds {wanted}",
                )

    def entity_fail(self, location: str, message: str) -> None:
        self.report.problems.append(RuleError(location, message))


def _is(found: Any, item: EntityPattern) -> bool:
    return bool(found.label == item.label and (item.id is None or found.canonical == item.id))


def _literal_text(item: EntityPattern) -> str | None:
    """The text a literal pattern stands for (tokens joined by spaces); None for shapes."""
    if isinstance(item.pattern, str):
        return " ".join(item.pattern.split())
    tokens = []
    for token in item.pattern:
        if len(token) != 1:
            return None
        ((key, value),) = token.items()
        if key not in ("ORTH", "TEXT", "LOWER") or not isinstance(value, str):
            return None
        tokens.append(value)
    return " ".join(tokens)


def _percentages(found: list[tuple[float | None, float | None, float | None, bool]]) -> str:
    parts = []
    for value, low, high, approximate in found:
        shown = f"{low:g}–{high:g}%" if value is None else f"{value:g}%"
        parts.append(("~" if approximate else "") + shown)
    return "[" + ", ".join(parts) + "]"


def check_rules(path: Path) -> CheckReport:
    """Validate every file of the folder, guard every pattern, run every example."""
    rules = read_rules(path)
    report = CheckReport(problems=list(rules.problems), files=len(rules.files))
    sites: list[PatternSite] = pattern_sites(rules)
    report.regexes = len(sites)
    report.entity_patterns = len(rules.entities)
    report.problems.extend(guard_patterns(sites))
    run = _Run(rules, rules.build(partial=True), report)
    steps: list[tuple[str, Callable[[], None]]] = [
        ("identifiers", run.identifiers),
        ("metadata", run.metadata),
        ("percentages", run.percentages),
        ("sentences", run.sentences),
        ("hedges", run.cues),
        ("sections", run.segmenter),
        ("boilerplate", run.boilerplate),
        ("claims", run.claim_gate),
        ("references", run.reference_entries),
        ("markup", run.markup),
        ("link_lists", run.link_lists),
        ("main_content", run.main_content),
        ("entities", run.entities),
        ("quantities", run.quantities),
    ]
    for kind, step in steps:
        needs = _NEEDS[kind]
        if any(name not in rules.models for name in needs):
            continue  # its file has problems, listed already
        try:
            step()
        except Exception as err:  # a rule the pipeline cannot even build: say which file
            where = rules.display(needs[0])
            detail = " ".join(f"{type(err).__name__}: {err}".split())
            report.problems.append(RuleError(where, f"the {kind} rules do not build: {detail}"))
    return report
