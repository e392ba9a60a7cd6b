"""Percentages: values, ranges, lists and approximate cues, by regular expressions over characters.

One set of regexes serves every language of the rules: the unit words ("%", "Prozent", "pour
cent", "procent"), cues, joiners and number words ("zehn", "dix", "cinco") of all languages are
alternatives of the same patterns, so a text is scanned the same way whatever its language. Text
without a unit is not scanned at all (the gate).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.rules.literals import LiteralPrefilter
from ingest.rules.models import PercentageRules, number_key
from ingest.rules.patterns import compile_std
from ingest.text import HAN, UNSPACED

# Digits: thousands with commas ("1,000", "1,000.5"), with points and a decimal comma
# ("1.234,5"), with (narrow) no-break or thin spaces ("1 234,5"), then a plain number with a
# point, a decimal comma ("12,5") or a middle dot (British journals: "4·13%"). A comma followed
# by a space is never a decimal comma: "1, 2 and 3%" is a list.
_THOUSANDS_COMMA = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
_THOUSANDS_POINT = r"\d{1,3}(?:\.\d{3})+,\d+"
_THOUSANDS_SPACE = "\\d{1,3}(?:[\u00a0\u202f\u2009]\\d{3})+(?:,\\d+)?"
_DIGITS = rf"{_THOUSANDS_COMMA}|{_THOUSANDS_POINT}|{_THOUSANDS_SPACE}|\d+(?:[.,\u00b7]\d+)?"
_LEADING_SPACE = re.compile(r"^\\s[?*]")
# Between the words of a number word ("vingt-deux", "treinta y cinco"): spaces or a hyphen.
_WORD_GAP = "[\\s\u2010-]+"
# Letters that may touch a number or a unit: Japanese and Chinese write no space between words
# ("リスクは約30％高く"), Korean glues its particles ("30%가"). Any other letter or digit
# glued to a number makes the number part of a word ("COVID19", "x2"): `_GLUED_CHAR`.
_HANGUL_SYLLABLES = "\uac00-\ud7af"
_TOUCHING = UNSPACED + "\u1100-\u11ff\u3130-\u318f" + _HANGUL_SYLLABLES + "\uff66-\uff9f"
_GLUED_CHAR = rf"[^\W{_TOUCHING}]"
_HAN_HANGUL = HAN + _HANGUL_SYLLABLES
# Right after a Hebrew prefix of one or two letters and a hyphen, at a word's start.
_HEBREW_PREFIXED = "".join(f"|(?<=(?<![^\\W\\d_])[\u05d0-\u05ea]{{{n}}}[-\u2010])" for n in (1, 2))
# Percent signs: ASCII, full-width (Japanese and Chinese text), small, Arabic.
_SIGNS = "%\uff05\ufe6a\u066a"
# What may follow a unit: no letter or digit, but a digit after a percent sign, where only a
# reference number glued to it can stand ("12%3" in a text scrape of "12%<sup>3</sup>"), or a
# capitalised word, where only a label glued to it can ("95%Trusted Source" in a scrape of a
# link whose badge follows its text; "20%CV" stays a unit of its own).
_UNIT_END = (
    rf"(?:(?<=[{_SIGNS}])(?:(?![^\W\d{_TOUCHING}])|(?=(?-i:[A-Z][a-z])))"
    rf"|(?<![{_SIGNS}])(?!{_GLUED_CHAR}))"
)
# "From" or a verb of change (and its "by") before a value with its unit and a word-joined second
# one ("from 10% to 20%", "from the 10%", "rose by 3% to 45%", "fell 2% to 18%", "de 60% a 80%",
# "von 5 % bis 8 %"): a change as often as a range, so two findings; without it ("affects 4% to
# 5% of adults", "un 4% a 5%") the two values are a range.
_FROM_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:from|de|del|desde|von|van|da|dal|dall['’]|du|des|do|dos|das|dari|từ)"
    r"|(?:rose|risen|rising|fell|fallen|falling|increased|decreased|dropped|declined|grew|climbed"
    r"|jumped|improved|changed|shifted|stieg|sank|fiel|steeg|daalde|aumentó|bajó|subió|cayó"
    r"|aumentou|caiu|subiu|augmenté|baissé|diminué)(?:\s+(?:by|um|met|en|de|di))?)"
    r"(?:\s+(?:the|el|la|le|les|il|lo|los|las|o|a|os|as|het|der|die|das|den|un|una|um|uma))?\s*$"
)
# How far before its unit a percentage may start: a cue, an opener and two numbers in words
# ("approximately between twenty-five and thirty-five per cent") fit with room to spare.
_REACH = 160
# A hyphen after a space that a later "word-" closes, in the same sentence, is a dash around an
# aside, not a minus: "(ACV isquémico) -85% de los casos-, o ...", "-15% restante-." (Spanish
# and Italian scrapes write the dash as a hyphen). The closing dash stands before punctuation:
# a suspended hyphen ("short- and long-term", "pre- y post-operatorio", "Haus- und Fachärzten")
# closes nothing: a conjunction after it, then no article ("de los casos- y un hematoma" closes).
_SUSPENDED = (
    r"(?:and|or|und|oder|y|e|et|ou|o|en|i|bis|to)\s+"
    r"(?!(?:un|una|unos|unas|el|la|los|las|le|les|il|lo|gli|der|die|das|den|dem|des|ein|eine"
    r"|a|an|the|os|as|um|uma)\s)"
)
_CLOSING_DASH = re.compile(
    r"[^\n\u2212.!?-]{0,80}?[^\W\d_]-(?=[,.;:)]|$|\s+(?!" + _SUSPENDED + r"))"
)

# A mean and its "±" right before a percentage's number ("DCV (5±4%)", "12.5 +/- 3.1 %").
# Its mean has at most three digits before a decimal (not a year: "In 2019 ±5% ..."), and no
# number or dash before it ("5-10±2%" is no mean and its spread); a "%" before the "±" makes
# the number a spread of the finding before it ("45.2% ± 3.1%").
_PLUS_MINUS = r"\s*(?:±|\+/-|\+/\u2212|\+-)\s*\Z"
_MEAN_PLUS_MINUS = re.compile(
    r"(?<![\w.,\u2013\u2212-])(?P<sign>[-\u2212](?=\d))?(?<![\w.,])(?P<mean>\d{1,3}(?:[.,]\d+)?)"
    + _PLUS_MINUS
)
_SPREAD_AFTER_UNIT = re.compile("%" + _PLUS_MINUS)
_NUMBER_BEFORE = re.compile("\\d[\\s\u00a0\u202f]?\\Z")
_MEAN_REACH = 24


@dataclass(frozen=True, slots=True)
class FoundPercentage:
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    approximate: bool


def parse_number(text: str, words: dict[str, float] | None = None) -> float:
    """The value of a number as the grammar above reads it, or of a number word in ``words``."""
    if text[:1].isdigit():
        if re.fullmatch(_THOUSANDS_COMMA, text):
            return float(text.replace(",", ""))
        if re.fullmatch(_THOUSANDS_POINT, text):
            return float(text.replace(".", "").replace(",", "."))
        compact = re.sub("[\u00a0\u202f\u2009]", "", text)
        return float(compact.replace(",", ".").replace("\u00b7", "."))
    if words is None:
        raise ValueError(f"not a number: {text!r}")
    return words[number_key(text)]


def _trie_regex(keys: list[str]) -> str:
    """One alternation of many words as a trie, so the engine never tries them one by one.

    Keys are :func:`number_key` forms: a space in them stands for any gap between words.
    Longer continuations are tried before a word that ends here (greedy optional group).
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [
            (_WORD_GAP if ch == " " else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return emit(trie)


def _alternatives(patterns: tuple[str, ...]) -> str:
    return "|".join(f"(?:{p})" for p in patterns) or "(?!)"


class PercentageMatcher:
    def __init__(self, rules: PercentageRules) -> None:
        self._words = rules.number_values()
        words = _trie_regex(sorted(self._words)) if self._words else ""
        number = f"(?:{_DIGITS}|{words}(?!\\w))" if words else f"(?:{_DIGITS})"
        self._number = compile_std(rf"(?i)(?<![.,])(?<!{_GLUED_CHAR})(?<!\d\u00b7){number}")
        unit = _alternatives(rules.units)
        # Word cues as one trie (the lead is tried at every position of a window); signs such
        # as "~" may touch the number.
        # A cue of a script that touches its number ("約30％") is read as a sign is.
        touching = re.compile(f"[^{_TOUCHING}]")
        spaced = [c for c in rules.approximate_cues if c[:1].isalnum() and touching.match(c)]
        word_cues = sorted({number_key(c) for c in spaced})
        sign_cues = [c for c in rules.approximate_cues if c not in spaced]
        cue_parts = [rf"\b{_trie_regex(word_cues)}\s+"] if word_cues else []
        # A cue in letters of those scripts follows no Han or Hangul letter: "节约30%" (save)
        # and "요약 30%" (summary) hold "约" and "약" (about) inside a word; a kana particle
        # before it is usual ("リスクは約30％").
        cue_parts += [
            (f"(?<![{_HAN_HANGUL}])" if c[:1].isalnum() else "") + rf"{re.escape(c)}\s?"
            for c in sign_cues
        ]
        cues = "|".join(cue_parts)
        joiner = _alternatives(rules.range_joiners)
        openers = _alternatives(rules.range_openers)
        frame_joiner = _alternatives(rules.range_frame_joiners)
        list_joiner = _alternatives(rules.list_joiners)
        # No number glued to a word by a hyphen: "COVID-19 e 78%" is one finding, not a list; nor
        # to a "%": "12%3 and 8%" holds a reference number, not a list "3 and 8%". Hebrew glues
        # its one- or two-letter prefixes to a number so ("כ-5", about 5; "ו-20", and 20;
        # "וב-30"): after such a prefix the number stands.
        start = (
            f"(?<![.,{_SIGNS}])(?<!{_GLUED_CHAR})(?<!\\d\u00b7)"
            f"(?:(?<![^\\W\\d_][-\u2010]){_HEBREW_PREFIXED})"
        )
        lead = rf"(?:(?P<cue>{cues}))?{start}" if cues else start
        # "2–3%", "fünf bis sieben Prozent"; after an opener also "zwischen 20 und 35 Prozent",
        # "entre el 40 y el 50 %" (the frame's own joiner is only read after its opener).
        self._range = compile_std(
            rf"(?i){lead}(?:(?P<open>{openers})\s+)?(?P<neg>[\u2212-](?=\d))?(?P<low>{number})"
            rf"(?P<lowunit>{unit})?"
            rf"(?:(?P<joiner>{joiner})|(?(open)(?P<fjoin>{frame_joiner})|(?!)))"
            # Both ends of a fall may carry a minus ("−15 bis −16%"): the range is read, its
            # values signed as written; a range that crosses zero ("from 2 to −8%") is not one.
            rf"(?(neg)(?P<hneg>(?<=\s)[\u2212-](?=\d))?|)(?P<high>{number})(?:{unit}){_UNIT_END}"
        )
        # "von 41 auf 57 Prozent", "passou de 6 para 11 %": a change, two values that share
        # the unit. Each frame's joiner is read only after its own opener ("de 20 a 30 %" is a
        # range in Portuguese, "passou de 6 para 11 %" a change).
        frames = rules.change_frames
        # Frames read only when the first number is the larger (a range is written low to high).
        self._descending = tuple(f"open{n}" for n, f in enumerate(frames) if f.descending)
        self._change = (
            compile_std(
                rf"(?i){lead}(?:"
                + "|".join(f"(?P<open{n}>{f.opener})" for n, f in enumerate(frames))
                + rf")(?:\s+|(?<=['’]))(?P<from>{number})(?P<fromunit>{unit})?(?:"
                + "|".join(f"(?(open{n}){f.joiner}|(?!))" for n, f in enumerate(frames))
                + rf")(?P<to>{number})(?:{unit}){_UNIT_END}"
            )
            if frames
            else None
        )
        # A change ends in "joiner, number, unit": its regex is tried only before a percentage
        # that a joiner stands right before (most windows have none).
        self._joiner_before = compile_std(
            "(?i)(?:" + "|".join(f"(?:{f.joiner})" for f in frames) + ")$"
        )
        # "zehn beziehungsweise 30 Prozent", "1, 2 and 3%": every number takes the last unit.
        self._list = (
            compile_std(
                rf"(?i){lead}(?P<items>{number}(?:,\s+{number})*),?(?:{list_joiner})"
                rf"(?P<last>{number})(?:{unit}){_UNIT_END}"
            )
            if rules.list_joiners
            else None
        )
        # "91, 74, 65% respectively": commas alone join a list only from ``comma_list_items``
        # numbers on ("In 2019, 45%" is a year and a finding), of at most three digits before
        # a decimal ("In 2018, 2019, 45%" holds years).
        extra = rules.comma_list_items - 2
        share = rf"(?<![.,])(?<!{_GLUED_CHAR})\d{{1,3}}(?:[.,]\d+)?(?![\d.,]\d)"
        self._comma_list = (
            compile_std(
                rf"(?i){lead}(?P<items>{share}(?:,\s+{share}){{{extra},}}),\s+"
                rf"(?P<last>{share})(?:{unit}){_UNIT_END}"
            )
            if extra >= 0
            else None
        )
        # A minus written before the number is its sign ("oesophage (-42%)", "−12 %"); one after
        # a letter or digit is a hyphen or a range's dash ("COVID-19", "10-20%": found above).
        self._single = compile_std(
            rf"(?i){lead}(?P<sign>[\u2212-](?=\d))?(?P<value>{number})(?:{unit}){_UNIT_END}"
        )

        # A unit before its number (Turkish "yüzde 20", Thai "ร้อยละ 20"), alone or on both ends
        # of a range ("yüzde 20-30"); in the languages that write it so, the percent sign
        # before its number ("%20", "%20 ile %30", "-%5"). The unit follows no letter (but of
        # a script written without spaces, Thai's too), digit, sign, "+" or URL character:
        # "a%20b", "/%20" and "+%20" are URL escapes, "50%20" a reference.
        def prefixed(units: str, value: str) -> re.Pattern[str]:
            return compile_std(
                rf"(?i)(?:(?P<cue>{cues}))?(?<![{_SIGNS}/=&?#.,+])"
                rf"(?<![^\W{_TOUCHING}\u0e00-\u0e7f])(?P<sign>[\u2212-])?(?:{units})"
                rf"(?P<value>{value})(?:(?P<joiner>{joiner})(?:{units})?(?P<high>{value}))?"
                rf"(?![\d{_SIGNS}]|[.,]\d)(?!{_GLUED_CHAR})"
            )

        self._prefixed = (
            prefixed(_alternatives(rules.prefix_units), _DIGITS) if rules.prefix_units else None
        )
        self._prefixed_sign = (
            prefixed(f"[{_SIGNS}]", r"\d{1,3}(?:[.,]\d+)?") if rules.prefix_sign_languages else None
        )
        self._sign_languages = frozenset(rules.prefix_sign_languages)
        self._not_finding = [compile_std(p, re.I) for p in rules.not_findings]
        self._level_before = [compile_std(rf"(?:{p})\s*$", re.I) for p in rules.levels_before]
        # Every percentage holds a unit: text without one is not scanned. Leading optional
        # space is dropped from the gate (a unit matches only where its rest does), which lets
        # the regex engine scan for the literal.
        gates = [_LEADING_SPACE.sub("", u) for u in rules.units]
        self._gate = compile_std("|".join(f"(?:{g})" for g in gates), re.I)
        # A literal stem of some unit ("%", "cent", "prozent"): a text without one holds no unit.
        # Most blocks hold none; one automaton pass over the document finds those that do.
        self._stems = LiteralPrefilter([*gates, *rules.prefix_units])

    def _is_level(self, text: str, start: int, end: int) -> bool:
        rest = text[end : end + 60]
        if any(p.search(rest) for p in self._not_finding):
            return True
        before = text[max(0, start - 60) : start]
        return any(p.search(before) for p in self._level_before)

    def _value(self, text: str) -> float:
        return parse_number(text, self._words)

    def _windows(self, text: str) -> list[tuple[int, int]]:
        """The stretches of text that may hold a percentage: up to ``_REACH`` characters before
        each unit, to just after it. The patterns are run there only, not over the whole text
        (a page line of HTML may be 100,000 characters with a few units in it)."""
        windows: list[tuple[int, int]] = []
        for unit in self._gate.finditer(text):
            lo, hi = max(0, unit.start() - _REACH), min(len(text), unit.end() + 2)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], hi)
            else:
                windows.append((lo, hi))
        return windows

    def find_all(
        self, texts: Sequence[str], languages: Sequence[str | None] | None = None
    ) -> list[list[FoundPercentage]]:
        """The percentages of each text (the blocks of one document): only texts that hold a
        unit's literal stem are scanned, found by one pass over the whole document.
        ``languages[n]``: the language of text ``n`` (None: unknown), for the percent sign
        written before its number."""
        return [
            self.find(text, None if languages is None else languages[n]) if held else []
            for n, (text, held) in enumerate(zip(texts, self._stems.holding(texts), strict=True))
        ]

    def find(self, text: str, language: str | None = None) -> list[FoundPercentage]:
        # (start, end, priority, findings): at one start the longest wins; on a tie, a single
        # value beats a list ("treinta y cinco por ciento" is 35, not 30 and 5).
        candidates: list[tuple[int, int, int, list[FoundPercentage]]] = []
        for lo, hi in self._windows(text):
            self._candidates(text, lo, hi, candidates)
        if self._prefixed is not None:
            self._prefixed_candidates(self._prefixed, text, candidates)
        if self._prefixed_sign is not None and language in self._sign_languages:
            self._prefixed_candidates(self._prefixed_sign, text, candidates)
        candidates.sort(key=lambda c: (c[0], -c[1], c[2]))
        chosen: list[FoundPercentage] = []
        cursor = -1
        for start, end, _, findings in candidates:
            if start >= cursor:
                chosen.extend(findings)
                cursor = end
        return chosen

    def _candidates(
        self,
        text: str,
        lo: int,
        hi: int,
        candidates: list[tuple[int, int, int, list[FoundPercentage]]],
    ) -> None:
        # finditer(text, lo, hi): lookbehinds still see the text before ``lo``.
        for m in self._range.finditer(text, lo, hi):
            # A joiner of words ("to", "a mais de", "to more than") after a value with its unit.
            word_joiner = bool(m.group("fjoin")) or (
                m.group("joiner").replace(" ", "").strip().isalpha()
            )
            if (
                word_joiner
                and m.group("lowunit")
                and not m.group("open")
                and _FROM_BEFORE.search(text, max(0, m.start() - 24), m.start())
            ):
                continue  # "from 10% to 20%": two findings (a change, often), found below
            low, high = self._value(m.group("low")), self._value(m.group("high"))
            if m.group("neg"):
                if not m.group("hneg"):
                    continue  # "−2.1 to 3.4%" crosses zero: no range
                # A fall ("−15 bis −16%", "−20 to −10%"): the values as signed, low to high.
                low, high = min(-low, -high), max(-low, -high)
            if low >= high:
                continue
            if self._is_level(text, m.start("low"), m.end()):
                # The bounds of an interval ("95 %-KI: 51,3–72,6 %"): its high end is no
                # finding either, so the range stays a candidate that yields nothing.
                candidates.append((m.start(), m.end(), 1, []))
                continue
            found = FoundPercentage(m.start(), m.end(), None, low, high, bool(m.group("cue")))
            candidates.append((m.start(), m.end(), 1, [found]))
        singles = list(self._single.finditer(text, lo, hi))
        if self._change is not None:
            ends = {
                m.end()
                for m in singles
                if self._joiner_before.search(
                    text, max(lo, m.start("value") - 12), m.start("value")
                )
            }
            changes = (
                c
                for end in sorted(ends)
                for c in self._change.finditer(text, max(lo, end - _REACH), end)
                if c.end() == end
            )
            for m in changes:
                if self._is_level(text, m.start("from"), m.end()):
                    continue
                if any(m.group(name) for name in self._descending) and self._value(
                    m.group("from")
                ) <= self._value(m.group("to")):
                    continue  # "de 20 a 30 %": a range, found above
                approximate = bool(m.group("cue"))
                first = m.start("cue") if m.group("cue") else m.start("from")
                first_end = m.end("fromunit") if m.group("fromunit") else m.end("from")
                before = FoundPercentage(
                    first, first_end, self._value(m.group("from")), None, None, approximate
                )
                after = FoundPercentage(
                    m.start("to"), m.end(), self._value(m.group("to")), None, None, approximate
                )
                candidates.append((m.start(), m.end(), 1, [before, after]))
        lists = [r for r in (self._list, self._comma_list) if r is not None]
        for pattern in lists:
            for m in pattern.finditer(text, lo, hi):
                if self._is_level(text, m.start("items"), m.end()):
                    continue
                if any(
                    _YEAR.fullmatch(item.group())
                    for item in self._number.finditer(m.group("items"))
                ):
                    # "before the end of 2020, and four per cent", "in 2015, or 3.34%": a year
                    # ends a clause, and the finding after it has its own unit alone.
                    continue
                approximate = bool(m.group("cue"))
                items = [
                    FoundPercentage(
                        m.start() if n == 0 else m.start("items") + item.start(),
                        m.start("items") + item.end(),
                        self._value(item.group()),
                        None,
                        None,
                        approximate,
                    )
                    for n, item in enumerate(self._number.finditer(m.group("items")))
                ]
                last = FoundPercentage(
                    m.start("last"), m.end(), self._value(m.group("last")), None, None, approximate
                )
                candidates.append((m.start(), m.end(), 2, [*items, last]))
        for m in singles:
            if self._is_level(text, m.start("value"), m.end()):
                continue
            value = self._value(m.group("value"))
            start = m.start()
            if _SPREAD_AFTER_UNIT.search(text, max(0, start - _MEAN_REACH), start):
                continue  # "45.2% ± 3.1%": the spread of the finding before it
            spread = _MEAN_PLUS_MINUS.search(text, max(0, start - _MEAN_REACH), start)
            if spread is not None and not m.group("cue"):
                # "5±4%": the finding is the mean; the unit after the spread is both numbers'.
                mean_value = self._value(spread.group("mean"))
                mean_start = spread.start("mean")
                if spread.group("sign") and not _aside_dash(text, spread.start("sign"), m.end()):
                    mean_value, mean_start = -mean_value, spread.start("sign")
                mean = FoundPercentage(mean_start, m.end(), mean_value, None, None, False)
                candidates.append((mean_start, m.end(), 1, [mean]))
                continue
            if m.group("sign"):
                if _aside_dash(text, m.start("sign"), m.end()):
                    start = m.start() if m.group("cue") else m.start("value")
                else:
                    value = -value
            found = FoundPercentage(start, m.end(), value, None, None, bool(m.group("cue")))
            candidates.append((m.start(), m.end(), 0, [found]))

    def _prefixed_candidates(
        self,
        pattern: re.Pattern[str],
        text: str,
        candidates: list[tuple[int, int, int, list[FoundPercentage]]],
    ) -> None:
        for m in pattern.finditer(text):
            # "IC al 95 % 0,74-0,95": a sign after a number and a space is that number's unit.
            if _NUMBER_BEFORE.search(text, max(0, m.start() - 2), m.start()):
                continue
            if self._is_level(text, m.start(), m.end()):
                continue
            approximate = bool(m.group("cue"))
            value = self._value(m.group("value"))
            if m.group("high") is not None:
                high = self._value(m.group("high"))
                if m.group("sign") or value >= high:
                    continue
                found = FoundPercentage(m.start(), m.end(), None, value, high, approximate)
            else:
                found = FoundPercentage(
                    m.start(),
                    m.end(),
                    -value if m.group("sign") else value,
                    None,
                    None,
                    approximate,
                )
            candidates.append((m.start(), m.end(), 0, [found]))


# A year as a list's item: four digits from 1800 to 2199, no separator or decimal.
_YEAR = re.compile(r"(?:18|19|20|21)\d\d")


def _aside_dash(text: str, dash: int, end: int) -> bool:
    """Is the hyphen at ``dash`` the opening dash of an aside, closed by a "word-" after the
    percentage ending at ``end``?"""
    if text[dash] != "-" or (dash > 0 and not text[dash - 1].isspace()):
        return False
    return _CLOSING_DASH.match(text, end) is not None
