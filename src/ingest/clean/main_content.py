"""The main-content vote: a second opinion on which blocks of an HTML page are its main text.

trafilatura (a well-kept extractor on lxml) reads the page and returns its main text as plain
text, without positions. Its decision is *projected* onto our blocks, which keep their source
positions: the words of every block, in page order, are aligned with the words of
trafilatura's text (a longest common subsequence, so a word counts only where it sits in the
same order), and a block is the voter's when enough of its words are aligned.

The voter's word is not final: our own signals (the page's ``<main>``/``<article>``, text
and link density, evidence a block carries, tables and captions) protect or overrule it; see
:func:`decide`. Every block the vote removes is recorded as ``boilerplate`` / ``main-content``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import LCSseq

from ingest.clean.blocks import BlockKind, RawBlock
from ingest.rules.models import MainContentSettings

RULE = "main-content"
_WORD = re.compile(r"\w+")


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


def aligned_shares(blocks: Sequence[RawBlock], reference: str) -> list[float]:
    """For each block, the share of its words aligned with the reference text, in order."""
    ids: dict[str, int] = {}
    page: list[int] = []
    owner: list[int] = []
    sizes: list[int] = []
    for n, block in enumerate(blocks):
        block_words = words(block.text.text)
        sizes.append(len(block_words))
        for word in block_words:
            page.append(ids.setdefault(word, len(ids)))
            owner.append(n)
    ref = [ids.get(word, -1) for word in words(reference)]
    matched = [0] * len(blocks)
    if not page or not ref:
        return [0.0] * len(blocks)
    for run in LCSseq.editops(page, ref).as_matching_blocks():
        for position in range(run.a, run.a + run.size):
            matched[owner[position]] += 1
    return [m / s if s else 0.0 for m, s in zip(matched, sizes, strict=True)]


@dataclass(frozen=True, slots=True)
class Vote:
    """What the voter said about a page: the aligned share of each block, and whether to
    listen at all (a voter that found almost nothing is abstaining, not voting)."""

    shares: tuple[float, ...]
    trusted: bool
    ours_chars: int = 0  # text of the blocks our own signals keep
    voted_chars: int = 0  # text of the blocks the voter keeps


def vote(
    blocks: Sequence[RawBlock], html: str, settings: MainContentSettings, ours: Sequence[bool]
) -> Vote | None:
    """The voter's shares of ``blocks``; trusted when the blocks it keeps hold at least
    ``min_agreement`` times as much text as the blocks we keep ourselves (``ours``)."""
    if not blocks:
        return None
    reference = voter_text(html, settings)
    if reference is None:
        return None
    shares = aligned_shares(blocks, reference)
    # The voter's text that lands on our blocks, against the text we keep ourselves.
    ours_chars = sum(len(b.text.text) for b, mine in zip(blocks, ours, strict=True) if mine)
    voted_chars = sum(
        len(b.text.text) for b, s in zip(blocks, shares, strict=True) if s >= settings.min_share
    )
    trusted = voted_chars > 0 and voted_chars >= settings.min_agreement * ours_chars
    return Vote(tuple(shares), trusted, ours_chars, voted_chars)


def decide(
    blocks: Sequence[RawBlock],
    result: Vote,
    settings: MainContentSettings,
    protected: Sequence[bool],
) -> list[int]:
    """Indexes of the blocks the vote removes.

    A block goes when the voter aligned under ``min_share`` of its words, unless one of our
    own signals protects it: it carries evidence (``protected``), or it lies in a hole of the
    voter's text (a run of blocks it dropped, with blocks it keeps close on both sides) and is
    a table row, a caption, or a paragraph of prose with little link text; or it is a heading
    of text the voter keeps. Extractors drop tables, figure captions and headlines, which carry
    findings and name the article.
    """
    if not result.trusted:
        return []
    keep = [s >= settings.min_share for s in result.shares]
    hole = _holes(keep, settings.max_hole_distance)
    removed = []
    for n, block in enumerate(blocks):
        if keep[n] or protected[n]:
            continue
        if (
            settings.keep_headings
            and block.kind == BlockKind.HEADING
            and any(keep[n + 1 : n + 1 + settings.max_hole_distance])
        ):
            continue
        if hole[n] and (
            (settings.keep_tables and (block.kind == BlockKind.TABLE_ROW or block.caption))
            or _dense_text(block, settings)
        ):
            continue
        removed.append(n)
    return removed


def _holes(keep: Sequence[bool], distance: int) -> list[bool]:
    """For each block the voter dropped: is it in a run of dropped blocks that has a kept block
    at most ``distance`` blocks before its first and after its last?"""
    holes = [False] * len(keep)
    n = 0
    while n < len(keep):
        if keep[n]:
            n += 1
            continue
        end = n
        while end < len(keep) and not keep[end]:
            end += 1
        before = any(keep[max(0, n - distance) : n])
        after = any(keep[end : end + distance])
        if before and after:
            holes[n:end] = [True] * (end - n)
        n = end
    return holes


def _dense_text(block: RawBlock, settings: MainContentSettings) -> bool:
    if block.kind == BlockKind.HEADING:
        return False
    text = block.text.text
    if len(words(text)) < settings.min_words_dense:
        return False
    letters = sum(ch.isalnum() for ch in text) or 1
    return block.link_chars / letters <= settings.max_link_share_dense
