"""Rule-based sentence splitting over characters, with the word lists in rules/sentences.yaml.

A candidate boundary is terminal punctuation (".", "!", "?", "…"), any closing quotes or
brackets and a reference number ("[12]", "¹²"), then whitespace. It is a boundary when what
follows can start a sentence (a capital, a digit, a bullet, an opening bracket whose aside is a
sentence of its own, or a lower-case token shaped like a gene or molecule name: "p53", "mRNA",
"α-synuclein") and the token before the period is not an abbreviation that continues the
sentence. Decimals and identifiers never qualify: their dots are not followed by whitespace.
A blank line always ends a sentence; a single newline ends one before a list item or after a
heading-like line. Measured against other splitters in docs/sentence-splitting.md.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.rules.models import SentenceRules
from ingest.text import UNSPACED_CHAR, capital_or_caseless, caseless_letter, word_count

# A reference marker after the punctuation: "[12]", "[1,3-5]", a run of them ("[5] [6]",
# "[17]–[21]": markup writes one marker per link), or superscript digits.
_BRACKETED = r"\[\d+(?:\s?[,–-]\s?\d+)*\]"
_SUPERSCRIPTS = r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:[,–-][¹²³⁴⁵⁶⁷⁸⁹⁰]+)*"
_CANDIDATE = re.compile(
    r"(?P<term>[.!?…]+)(?P<close>[\"'”’»)\]]*)"
    rf"(?P<ref>{_BRACKETED}(?:\s?[,–-]?\s?{_BRACKETED})*"
    rf"|{_SUPERSCRIPTS})?(?P<space>\s+)"
)
# A text scrape of a page whose markers were superscripts glues them to the period:
# "respectively.5 Disease", "cure.6,7 For". Read only on pages where this recurs (a word of two
# letters or more, the period, 1-3 digits, a capital): "0.5 The" is a decimal, "Fig.5" a label.
_GLUED = (
    r"(?:(?<=[^\W\d_]{2}[.!?])|(?<=[^\W\d_]{2}[.!?][\"'”’)]))"
    r"\d{1,3}(?:[,–-]\d{1,3})*(?=\s+[A-Z])"
)
# The same, to count them: the letters and the period matched rather than looked behind at
# (a lookbehind is tried at every position of the text; a leading class is scanned for).
_GLUED_MARKER = re.compile(r"[^\W\d_]{2}[.!?][\"'”’)]?\d{1,3}(?:[,–-]\d{1,3})*(?=\s+[A-Z])")
_CANDIDATE_GLUED = re.compile(
    r"(?P<term>[.!?…]+)(?P<close>[\"'”’»)\]]*)"
    rf"(?P<ref>{_BRACKETED}(?:\s?[,–-]?\s?{_BRACKETED})*"
    rf"|{_SUPERSCRIPTS}"
    rf"|(?P<glued>{_GLUED}))?(?P<space>\s+)"
)
_PAIR = re.compile(r"[^\W\d_]{1,2}\.[^\W\d_]{1,2}\.")
_NEWLINE = re.compile(r"[ \t]*\n(?P<blank>[ \t]*\n)*[ \t]*")
# Terminal punctuation with a letter right after it: where a page's invisible element (a
# script, an icon) or a scraper's lost space glued two sentences ("in the ward.Vaccination
# cut", "unterstützen.Getty Images"); the letters around it are checked in code.
_GLUED_SENTENCE = re.compile(r"[.?](?=[^\W\d_])")
# A word after a glued period that is a domain's or a file's ending ("Amazon.De", "readme.Txt",
# "Med.Epub"): no sentence starts there.
_ENDINGS = frozenset(
    (
        *("com", "org", "net", "gov", "edu", "info", "biz", "io", "uk", "eu", "ch", "fr", "nl"),
        *("txt", "pdf", "doc", "docx", "htm", "html", "xml", "json", "csv", "jpg", "png", "epub"),
    )
)  # not "de", "es", "it", "at", "be", "us": sentences start with them
_WORD_START = re.compile(r"[^\W\d_]*")
# Japanese and Chinese end a sentence with an ideographic full stop, a full-width "!" or "?",
# and any closing brackets, with no space before the next one ("改善した。また、…").
_IDEOGRAPHIC_END = re.compile(rf"[。！？]+[」』）〕】”’)]*(?:{_BRACKETED}|{_SUPERSCRIPTS})*\s*")
# Not a sentence boundary inside such a token: a URL, an e-mail address, a path, an identifier.
_ADDRESS_CHARS = frozenset("/@:\\=_")
_OPENERS = "\"'“‘«[¿¡"
_BULLET = re.compile(r"^(?:[•·▪◦‣●○■□➤►▶✓✔*+-]|\d{1,3}[.)]|\(?[a-z][.)])(?:\s|$)")
_INITIAL = re.compile(r"^[A-Z]\.$")
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,4}$")  # "D.K. Ludwig", "J.R.R. Tolkien"
_LIST_MARKER = re.compile(r"^(?:\d{1,3}|[a-zA-Z])\.\)?$|^\d{1,3}(?:\.\d{1,3})*\.$")
_LOWER_SCIENTIFIC = re.compile(r"^(?:[a-zα-ω]+[\w-]*\d[\w-]*|[a-z]+[A-Z][\w-]*|[α-ω][\w-]*)")
_NAME_LEAD_INS = {"by", "and", "with", "from", "to", "&"}
_STRIP_LEAD = "\"'“‘([«"


class SentenceSplitter:
    def __init__(self, rules: SentenceRules) -> None:
        self._never = {a.lower() for a in rules.never_end}
        # Entries of two short parts ("z.b.", "d.h.", "p.ex."): also a pair of tokens ("z. B.").
        self._pairs = frozenset(a for a in self._never if _PAIR.fullmatch(a))
        self._abbreviations = {a.lower() for a in rules.abbreviations} - self._never
        self._before_number = {a.lower() for a in rules.before_number}
        self._starters = set(rules.sentence_starters)
        self._panel = re.compile(rules.panel_label)
        self._legend = re.compile(rules.legend_start)
        self._panel_in_legend = re.compile(r"(?<=\s)" + rules.panel_label + r"(?=\s)")
        self._glued_min = rules.glued_markers_min

    @staticmethod
    def _token_before(text: str, end: int) -> tuple[str, int]:
        """The whitespace-delimited token ending at ``end`` (exclusive) and its start."""
        start = end
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        return text[start:end], start

    @staticmethod
    def _token_after(text: str, start: int) -> str:
        end = start
        while end < len(text) and not text[end].isspace():
            end += 1
        return text[start:end]

    def _can_start(self, text: str, position: int, token: str) -> bool:
        first = token[0]
        # Korean, Japanese, Chinese, Thai, Arabic… have no capitals: any of their letters may
        # open a sentence.
        if capital_or_caseless(first) or first.isdigit() or first == "•":
            return True
        if first == "(" and self._panel.fullmatch(token):
            return True  # a figure panel: "… at 24 hpf. (b) Dorsal view …"
        if first == "(":
            # An aside after a period continues the sentence ("27/30 pts. (90%)") unless it
            # is a sentence of its own ("(See Fig. 2.)").
            close = text.find(")", position)
            return close > position and text[close - 1] in ".!?" and token[1:2].isupper()
        if first in _OPENERS:
            rest = token.lstrip(_OPENERS)
            return bool(rest) and (capital_or_caseless(rest[0]) or rest[0].isdigit())
        return bool(_LOWER_SCIENTIFIC.match(token))

    def _is_boundary(self, text: str, match: re.Match[str], sentence_start: int) -> bool:
        position = match.end()
        following = self._token_after(text, position)
        if not following or not self._can_start(text, position, following):
            return False
        if match.group("term")[-1] != ".":
            return True
        if self._legend.fullmatch(text[sentence_start : match.start("term")].strip()):
            return False  # "Figure 2. Expression of …": a legend's label is not a sentence
        raw, raw_start = self._token_before(text, match.start("term") + 1)
        bare = raw.lstrip(_STRIP_LEAD)
        token = bare.lower()
        if raw_start <= sentence_start and _LIST_MARKER.match(bare):
            return False  # "1. Patients were …": a list marker, not a sentence
        opener = following.lstrip(_OPENERS)[:1]
        if caseless_letter(opener) and not UNSPACED_CHAR.match(opener):
            # No capital tells a sentence's start in Arabic, Thai or Korean: a word of one
            # letter, or one with a period inside, before the period is an abbreviation ("د.
            # محمد", "أ.د. علي", "อ. สมชาย").
            word = bare[:-1]
            if sum(ch.isalpha() for ch in word) < 2 or "." in word:
                return False
        if token in self._never or token.rsplit("(", 1)[-1] in self._never:
            return False
        if (token + following.lower()) in self._pairs:
            return False  # "z. | B. Diabetes": an abbreviation written as two tokens
        if raw_start > 0:
            previous = self._token_before(text, raw_start - 1)[0].lstrip(_STRIP_LEAD)
            if (previous.lower() + token) in self._pairs:
                return False  # "z. B. | Diabetes", "d. h. | Patienten"
        glued = match.groupdict().get("glued")
        if glued and (token in self._abbreviations or token in self._before_number):
            return False  # "Fig.5 The", "No.3 In": a label's number, not a marker
        if token in self._before_number and any(ch.isdigit() for ch in following):
            return False
        starter = following.rstrip(",;:") in self._starters
        if token in self._abbreviations or token.rsplit("(", 1)[-1] in self._abbreviations:
            return starter
        if _INITIALS.match(bare):
            return starter  # "the D.K. Ludwig Professorship"; "… by Jones R.K. All …"
        if _INITIAL.match(bare):
            previous, _ = self._token_before(text, raw_start - 1) if raw_start > 0 else ("", 0)
            previous = previous.lstrip(_STRIP_LEAD)
            if starter and not _INITIAL.match(following):
                return True  # "… by you and I. Did you …"
            if _INITIAL.match(previous) or _INITIAL.match(following):
                return False  # a run of initials: "J. R. R. Tolkien", "Hetta H. F."
            if previous[:1].isupper() or previous.lower() in _NAME_LEAD_INS:
                return False  # "Smith J. Nature", "by J. Smith"
        return True

    def _is_glued_boundary(self, text: str, match: re.Match[str]) -> bool:
        """A period glued to the next sentence: a lower-case word of two letters or more before
        it ("ward."), a capitalised word after it ("Vaccination"), not inside an address or an
        identifier, and not after an abbreviation (unless a sentence starter follows)."""
        at = match.start()
        after = at + 1
        if not (
            at >= 2
            and text[at - 1].islower()
            and text[at - 2].islower()
            and text[after].isupper()
            and after + 1 < len(text)
            and text[after + 1].islower()
        ):
            return False
        raw, _ = self._token_before(text, at + 1)
        next_word = self._token_after(text, after)
        if _WORD_START.match(next_word).group(0).lower() in _ENDINGS:  # type: ignore[union-attr]
            return False
        token = raw + next_word
        if any(ch in _ADDRESS_CHARS for ch in token) or token.count(".") > 1:
            return False
        word = raw.lstrip(_STRIP_LEAD).lower()
        if word in self._never or word in self._before_number:
            return False
        if word in self._abbreviations:
            return self._token_after(text, after).rstrip(",;:") in self._starters
        return True

    def _line_break(self, text: str, match: re.Match[str], sentence_start: int) -> bool:
        """Does this newline (not after terminal punctuation) end a sentence?"""
        if match.group("blank") is not None:
            return True
        following = text[match.end() : match.end() + 12]
        if _BULLET.match(following):
            return True
        line = text[sentence_start : match.start()].strip()
        last_line = line.rsplit("\n", 1)[-1]
        return (
            bool(last_line)
            and not last_line.endswith((",", ";"))
            and word_count(last_line) <= 12
            and last_line[0].isupper() | last_line[0].isdigit()
            # A capital, not a caseless letter: Japanese and Chinese scrapes wrap a sentence at
            # 20-30 characters, and their next line would open a sentence every time.
            and (following[:1].isupper() or following[:1].isdigit())
        )

    def glued_markers(self, text: str) -> int:
        """How many reference numbers glued to a sentence's period the text holds."""
        return len(_GLUED_MARKER.findall(text)) if self._glued_min else 0

    def reads_glued(self, count: int) -> bool:
        """Does a page with ``count`` glued markers have such markers?"""
        return 0 < self._glued_min <= count

    def split(self, text: str, glued: bool | None = None) -> list[tuple[int, int]]:
        """Sentence spans of ``text``. ``glued``: the page's sentences end in glued reference
        numbers ("respectively.5 Disease"), as the caller counted over the whole page; None:
        as this text alone shows (``glued_markers_min`` of them)."""
        if glued is None:
            glued = self.reads_glued(self.glued_markers(text))
        candidates = _CANDIDATE_GLUED if glued else _CANDIDATE
        cuts: list[tuple[int, int]] = []  # (end of a sentence, start of the next)
        start = 0
        boundaries = sorted(
            [(m.start(), 0, m) for m in candidates.finditer(text)]
            + [(m.start(), 1, m) for m in _NEWLINE.finditer(text)]
        )
        if self._legend.match(text):
            # A figure legend: each panel ("(a) …", "(b) …") is a sentence of its own, with or
            # without a period before its label.
            boundaries += [(m.start(), 2, m) for m in self._panel_in_legend.finditer(text)]
            boundaries.sort(key=lambda b: (b[0], b[1]))
        glued_sentences = [(m.start(), 3, m) for m in _GLUED_SENTENCE.finditer(text)]
        if not text.isascii():
            glued_sentences += [(m.start(), 4, m) for m in _IDEOGRAPHIC_END.finditer(text)]
        if glued_sentences:
            boundaries = sorted(boundaries + glued_sentences, key=lambda b: (b[0], b[1]))
        for _, kind, match in boundaries:
            if match.start() < start or match.end() >= len(text):
                continue
            if kind == 4:
                end = match.start() + len(match.group().rstrip())
                cuts.append((end, match.end()))
                start = match.end()
            elif kind == 3:
                if self._is_glued_boundary(text, match):
                    cuts.append((match.end(), match.end()))
                    start = match.end()
            elif kind == 2:
                if match.start() > start:
                    cuts.append((match.start(), match.start()))
                    start = match.start()
            elif kind == 0:
                if self._is_boundary(text, match, start):
                    cuts.append((match.start("space"), match.end()))
                    start = match.end()
            elif self._line_break(text, match, start):
                cuts.append((match.start(), match.end()))
                start = match.end()
        spans = []
        previous = 0
        for end, following in cuts:
            spans.append((previous, end))
            previous = following
        spans.append((previous, len(text)))
        return [span for span in (_strip(text, s, e) for s, e in spans) if span[0] < span[1]]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@lru_cache(maxsize=1)
def _default_splitter() -> SentenceSplitter:
    from ingest.rules import BUILTIN_RULES_DIR
    from ingest.rules.loader import validate_yaml

    path = BUILTIN_RULES_DIR / "sentences.yaml"
    return SentenceSplitter(validate_yaml(path, path.as_posix(), SentenceRules))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` with the project's default rules (for benchmarks and tests)."""
    return _default_splitter().split(text)
