"""The main-content vote: which blocks of an HTML page are its main text, from weighed evidence.

trafilatura (a well-kept extractor on lxml) reads the page and returns its main text as plain
text, without positions. Its decision is *projected* onto our blocks, which keep their source
positions: the words of every block, in page order, are aligned with the words of
trafilatura's text (a longest common subsequence, so a word counts only where it sits in the
same order), and each block gets the share of its words the voter kept.

That share is one piece of evidence among others. Our own rules have their say too: the markup
rules (a class word, a tag, outside ``<main>``) and the block filters (link lists, boilerplate
patterns, duplicates, another language) each removed the block or not, and the block has a
kind, a length, a link density, neighbours. :func:`features` turns all of it into numbers and
:func:`decide` weighs them with the weights of ``rules/cleaning.yaml`` (``main_content``,
fitted on two public benchmarks by ``bench/main_content_fit.py``): a block stays when its
score is above ``threshold``, whoever removed or kept it before. Neither side overrides the
other; where they disagree, the weights say how far each is to be believed (a voter that kept
much less text than our rules is believed less, for instance).

A few product rules follow the score: a block that carries an identifier (a PMID, a DOI…) and
that our rules keep stays, as does a hidden panel a reader opens (a tab, a "read more":
rules/markup.yaml ``disclosure``; the voter drops hidden parts); so do the headline (h1) over
the kept text and a section heading inside it (they title the article and its sections:
claims' section paths), and a table row with a number or a figure caption with a finding (a
number that is no date) between kept blocks (findings live there, and extractors drop them; a
photo's caption holds dates and years, no finding). Every block the vote removes is recorded as
``boilerplate`` / ``main-content``; a block our rules removed keeps
their reason.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise

from rapidfuzz.distance import LCSseq

from ingest.clean.blocks import BlockKind, RawBlock
from ingest.rules.models import (
    MAIN_CONTENT_FEATURES,
    MAIN_CONTENT_REMOVED_BY,
    MainContentSettings,
)
from ingest.rules.patterns import IGNORECASE, compile_pattern
from ingest.text import UNSPACED

RULE = "main-content"
# Scripts written without spaces between words (Han, kana, Thai, …): each character is a word
# of the alignment, else a whole sentence would be one word that the voter's text, cut
# differently (ruby readings dropped, a clause split off), never matches.
_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff" + UNSPACED  # Thai, Lao, Myanmar, Khmer too
_WORD = re.compile(rf"[{_UNSPACED}]|[^\W{_UNSPACED}]+")
_SENTENCE_END = frozenset('.!?:;"”»')
# Length counts up to this many words: a whole article copied into one block (a schema.org
# articleBody, a print version) is no likelier to be the page's text than a long paragraph.
_LONG = 100
_VOTER_SHORT = MAIN_CONTENT_FEATURES.index("voter_short")
_SHARE = MAIN_CONTENT_FEATURES.index("share")
# Blocks on each side that make a block's surroundings (short_run, link_run).
_RUN = 3

# What our own rules said about a block: kept, or the name of what removed it (a markup rule,
# lying outside the page's <main>, a block filter named as in ingest.clean.filters).
KEPT = "kept"
MARKUP, OUTSIDE_MAIN = MAIN_CONTENT_REMOVED_BY[:2]
REMOVED_BY = MAIN_CONTENT_REMOVED_BY
# The evidence weighed for every block, in the order of a feature row.
FEATURES = MAIN_CONTENT_FEATURES


def voter_text(html: str, settings: MainContentSettings) -> str | None:
    """trafilatura's main text of the page, or None when it finds none (or fails)."""
    try:
        import trafilatura
    except ImportError:  # the vote is optional: without trafilatura our own decision stands
        return None
    try:
        text = trafilatura.extract(
            html,
            fast=settings.fast,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_formatting=False,
            include_links=False,
            deduplicate=False,
            favor_recall=settings.favor_recall,
            with_metadata=False,
        )
    except Exception:  # a page trafilatura cannot read: no vote, never a failed page
        return None
    return text or None


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def word_pairs(found: Sequence[str]) -> set[tuple[str, str]]:
    """The pairs of successive words (a lone word pairs with "")."""
    if len(found) > 1:
        return set(pairwise(found))
    return {(found[0], "")} if found else set()


def aligned_shares(blocks: Sequence[RawBlock], reference: str) -> list[float]:
    """For each block, the share of its words aligned with the reference text, in order."""
    return aligned_words([words(b.text.text) for b in blocks], reference)


def aligned_words(block_words: Sequence[Sequence[str]], reference: str) -> list[float]:
    """:func:`aligned_shares` of blocks given as their words."""
    ids: dict[str, int] = {}
    page: list[int] = []
    owner: list[int] = []
    for n, found in enumerate(block_words):
        for word in found:
            page.append(ids.setdefault(word, len(ids)))
            owner.append(n)
    ref = [ids.get(word, -1) for word in words(reference)]
    matched = [0] * len(block_words)
    if not page or not ref:
        return [0.0] * len(block_words)
    for run in LCSseq.editops(page, ref).as_matching_blocks():
        for position in range(run.a, run.a + run.size):
            matched[owner[position]] += 1
    return [m / len(w) if w else 0.0 for m, w in zip(matched, block_words, strict=True)]


def features(
    blocks: Sequence[RawBlock],
    block_words: Sequence[Sequence[str]],
    shares: Sequence[float],
    said: Sequence[str],
    min_share: float,
) -> list[list[float]]:
    """One row of :data:`FEATURES` per block. ``said`` is what our rules said of each block
    (:data:`KEPT` or one of :data:`REMOVED_BY`)."""
    count = len(blocks)
    ours = [s == KEPT for s in said]
    # How much text each side keeps, counted as distinct pairs of words: a copy of the article
    # (a schema.org articleBody, a print version) adds nothing to it.
    ours_pairs: set[tuple[str, str]] = set()
    voter_pairs: set[tuple[str, str]] = set()
    for found, kept, share in zip(block_words, ours, shares, strict=True):
        if kept or share >= min_share:
            pairs = word_pairs(found)
            if kept:
                ours_pairs |= pairs
            if share >= min_share:
                voter_pairs |= pairs
    ours_size, voter_size = len(ours_pairs), len(voter_pairs)
    voter_short = max(0.0, 1 - voter_size / ours_size) if ours_size else 0.0
    ours_short = max(0.0, 1 - ours_size / voter_size) if voter_size else 0.0
    slots = {name: n for n, name in enumerate(REMOVED_BY)}
    first_removal = FEATURES.index(f"removed_by:{REMOVED_BY[0]}")
    short = [len(found) < 5 for found in block_words]
    density = [
        block.link_chars / (sum(ch.isalnum() for ch in block.text.text) or 1)
        if block.anchors
        else 0.0
        for block in blocks
    ]
    rows = []
    for n, block in enumerate(blocks):
        share = shares[n]
        mine = 1.0 if ours[n] else 0.0
        before_share = shares[n - 1] if n else 0.0
        after_share = shares[n + 1] if n + 1 < count else 0.0
        before_ours = ours[n - 1] if n else False
        after_ours = ours[n + 1] if n + 1 < count else False
        text = block.text.text
        word_count = len(block_words[n])
        kind = block.kind
        around = [*range(max(0, n - _RUN), n), *range(n + 1, min(count, n + 1 + _RUN))]
        short_run = sum(short[k] for k in around) / len(around) if around else 0.0
        link_run = sum(density[k] for k in around) / len(around) if around else 0.0
        row = [
            1.0,
            share,
            mine,
            voter_short,
            ours_short,
            mine * voter_short,
            mine * ours_short,
            share * voter_short,
            share * ours_short,
            (before_share + after_share) / 2,
            (before_ours + after_ours) / 2,
            density[n],
            math.log1p(min(word_count, _LONG)),
            1.0 if short[n] else 0.0,
            1.0 if text.rstrip()[-1:] in _SENTENCE_END else 0.0,
            1.0 if kind == BlockKind.HEADING else 0.0,
            1.0 if kind == BlockKind.LIST_ITEM else 0.0,
            1.0 if kind == BlockKind.TABLE_ROW else 0.0,
            1.0 if block.caption else 0.0,
            short_run,
            link_run,
            share * short_run,
        ]
        row.extend([0.0] * len(REMOVED_BY))
        if not ours[n]:
            row[first_removal + slots[said[n]]] = 1.0
        rows.append(row)
    return rows


def finding_test(units: Sequence[str], not_findings: Sequence[str]) -> Callable[[str], bool]:
    """Whether a caption holds a finding: a percentage (a digit, then one of ``units``, those of
    rules/percentages.yaml: "%", "percent", "Prozent"...), or a digit outside the numbers of
    ``not_findings`` (dates, years, a licence's version: a photo's caption holds those only).
    "(P = .05)", "Scale bars, 250 µm" hold findings; "on July 25, 2019. (AP)" does not."""
    joined = "|".join(f"(?:{unit})" for unit in units) or "(?!)"
    percentage = compile_pattern(rf"\d(?:{joined})", IGNORECASE)
    other = "|".join(f"(?:{p})" for p in not_findings) or "(?!)"
    no_finding = compile_pattern(other, IGNORECASE)

    def holds(text: str) -> bool:
        if percentage.search(text) is not None:
            return True
        return any(ch.isdigit() for ch in no_finding.sub(" ", text))

    return holds


def weight_vector(weights: Mapping[str, float]) -> list[float]:
    return [weights.get(name, 0.0) for name in FEATURES]


def scores(rows: Sequence[Sequence[float]], weights: Sequence[float]) -> list[float]:
    return [sum(w * x for w, x in zip(weights, row, strict=True)) for row in rows]


def decide(
    blocks: Sequence[RawBlock],
    rows: Sequence[Sequence[float]],
    said: Sequence[str],
    settings: MainContentSettings,
    carries_evidence: Callable[[RawBlock], bool],
    holds_finding: Callable[[str], bool] | None = None,
) -> list[bool]:
    """Which blocks stay: a score above ``threshold``, then the product rules (module doc).

    ``holds_finding``: whether a figure caption the voter left out, between kept blocks, holds
    a finding (the clean stage: a percentage or a number that is no date, :func:`finding_test`;
    None: any digit). A photo's caption holds dates, ages and shirt numbers ("Rep. X speaks at the
    Capitol on July 25, 2019.") and extractors rightly drop it.
    """
    if rows and rows[0][_VOTER_SHORT] > settings.max_voter_short:
        # The voter kept next to nothing of what our rules keep (a login box, a menu): it
        # abstains, and our rules' decision stands.
        return [s == KEPT for s in said]
    weights = weight_vector(settings.weights)
    keep = [score > settings.threshold for score in scores(rows, weights)]
    for n, block in enumerate(blocks):
        # A block with evidence our rules keep stays; so does a hidden panel a reader opens
        # (RawBlock.disclosed): the voter drops hidden parts, and has no say on them.
        if not keep[n] and said[n] == KEPT and (block.disclosed or carries_evidence(block)):
            keep[n] = True
    scored = list(keep)
    distance = settings.max_hole_distance

    def kept_row(around: range) -> bool:
        return any(scored[k] and blocks[k].kind == BlockKind.TABLE_ROW for k in around)

    legend = compile_pattern(settings.figure_label, IGNORECASE)
    for n, block in enumerate(blocks):
        if keep[n]:
            continue
        before = any(scored[max(0, n - settings.heading_context) : n])
        after = any(scored[n + 1 : n + 1 + distance])
        if (
            block.kind == BlockKind.HEADING
            and said[n] == KEPT
            and after
            and (
                (settings.keep_headings and before)
                or (settings.keep_headline and block.heading_level == 1)
            )
        ):
            # A section heading of the kept text, or the headline (h1) over it: they name the
            # article and its sections (the document's title, claims' section paths).
            keep[n] = True
        elif settings.keep_tables and (block.kind == BlockKind.TABLE_ROW or block.caption):
            figures = any(ch.isdigit() for ch in block.text.text)
            inside = any(scored[max(0, n - distance) : n]) and after
            # Inside the kept text, a row of figures stays; a caption only with a finding
            # (article-extraction 0.9603 -> 0.9615, trafilatura-eval 0.9339 -> 0.9343).
            findings = (
                figures
                if block.kind == BlockKind.TABLE_ROW or holds_finding is None
                else holds_finding(block.text.text)
            )
            if (
                # A row of figures or a caption of findings inside the kept text.
                (inside and findings)
                # A row our rules keep between rows the vote keeps: a cell the voter lost
                # (trafilatura leaves nested tables out: a registry's "condition" cell).
                or (
                    block.kind == BlockKind.TABLE_ROW
                    and said[n] == KEPT
                    and kept_row(range(max(0, n - distance), n))
                    and kept_row(range(n + 1, min(len(blocks), n + 1 + distance)))
                )
                # A row or a caption of figures that both voters keep (a page of one figure
                # has no kept neighbours; the weights hold captions against it, as the
                # benchmarks' truth leaves most of them out).
                or (figures and said[n] == KEPT and rows[n][_SHARE] >= settings.min_share)
                # A numbered figure's or table's legend ("Figure 3. Presence of meniscal
                # tears...", or its label alone in the caption's block before) our rules keep,
                # within the kept text however far from its paragraphs (a figure floats among
                # "View larger version" links): the voter drops legends; a photo's caption
                # has no label.
                or (
                    block.caption
                    and said[n] == KEPT
                    and (
                        legend.match(block.text.text) is not None
                        or (
                            n > 0
                            and blocks[n - 1].caption
                            and legend.match(blocks[n - 1].text.text) is not None
                        )
                    )
                    and any(scored[:n])
                    and any(scored[n + 1 :])
                )
            ):
                keep[n] = True
    return keep
