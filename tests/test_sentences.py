"""The sentence splitter against the tricky cases in tests/data/sentences.jsonl.

Every case must pass except the few listed in KNOWN_FAILURES, which are strict expected
failures: when one starts passing, the test says so and the list must shrink.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.rules import Rules
from ingest.sentences import SentenceSplitter

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "sentences.jsonl").read_text().splitlines()
    if line.strip()
]
KNOWN_FAILURES = {
    "dose-5": "'q.d. Adherence': an abbreviation before a word that is not a usual sentence starter",
    "us-2": "'U.S. Rates': same ambiguity; 'U.S. Food and Drug Administration' is the commoner case",
    "golden-8": "'5 a.m. Mr. Smith' reads as a sentence end before a title",
    "golden-20": "inline list markers '2.)' mid-line",
    "golden-21": "inline letter markers 'b.' mid-line",
}


@pytest.fixture(scope="module")
def splitter(rules: Rules) -> SentenceSplitter:
    return SentenceSplitter(rules.sentences)


def test_case_set_is_large_and_biomedical() -> None:
    assert len(CASES) >= 60
    assert sum("biomed" in c["tags"] for c in CASES) >= 20


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(splitter: SentenceSplitter, case: dict[str, object]) -> None:
    text = str(case["text"])
    if case["id"] in KNOWN_FAILURES:
        pytest.xfail(KNOWN_FAILURES[str(case["id"])])
    got = [text[s:e] for s, e in splitter.split(text)]
    assert got == case["sentences"]


def test_known_failures_still_fail(splitter: SentenceSplitter) -> None:
    for case in CASES:
        if case["id"] in KNOWN_FAILURES:
            text = case["text"]
            got = [text[s:e] for s, e in splitter.split(text)]
            assert got != case["sentences"], (
                f"{case['id']} passes now: remove it from KNOWN_FAILURES"
            )


@pytest.mark.parametrize(
    "text",
    [
        "Hetta et al. summarize the results. MSCs help.",
        "Doses (e.g. 2 × 10^6 cells/kg, i.e. approx. 140 million) were given b.i.d. to all.",
        "The value was 10.5 mg/kg (p = 0.03) in phase 1/2.",
        "Published as doi: 10.1002/iid3.70189 in 2025 (PMID: 40353645).",
    ],
)
def test_no_split_inside(splitter: SentenceSplitter, text: str) -> None:
    spans = splitter.split(text)
    assert len(spans) == (2 if text.startswith("Hetta") else 1)


_word = st.text(alphabet=st.characters(categories=("Ll", "Lu", "Nd")), min_size=1, max_size=8)
_sentence = st.lists(_word, min_size=1, max_size=8).map(lambda ws: " ".join(ws) + ".")


@given(st.lists(_sentence, min_size=1, max_size=6), st.sampled_from([" ", "  ", "\n", " \t "]))
def test_spans_are_ordered_stripped_and_cover_all_text(sentences: list[str], gap: str) -> None:
    from ingest.rules import load_rules

    from .conftest import RULES

    splitter = _cached(load_rules(RULES))
    text = gap.join(sentences)
    spans = splitter.split(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert not text[previous_end:start].strip()
        previous_end = end
    assert not text[previous_end:].strip()


_SPLITTERS: dict[int, SentenceSplitter] = {}


def _cached(rules: Rules) -> SentenceSplitter:
    return _SPLITTERS.setdefault(0, SentenceSplitter(rules.sentences))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "혼절하는 경우도 있다. 이를 케톤산혈증이라고 부른다. 환자의 100%가 사망하였다.",
            ["혼절하는 경우도 있다.", "이를 케톤산혈증이라고 부른다.", "환자의 100%가 사망하였다."],
        ),
        (
            "ผู้ป่วยร้อยละ 15 ดีขึ้น. อาการไข้ลดลงในสัปดาห์แรก.",
            ["ผู้ป่วยร้อยละ 15 ดีขึ้น.", "อาการไข้ลดลงในสัปดาห์แรก."],
        ),
        # An abbreviation of one letter, or with a period inside, ends no sentence there.
        (
            "قال د. محمد أحمد إن 30% من المرضى تحسنوا.",
            ["قال د. محمد أحمد إن 30% من المرضى تحسنوا."],
        ),
        ("أوضح أ.د. علي حسن أن العلاج آمن.", ["أوضح أ.د. علي حسن أن العلاج آمن."]),
    ],
)
def test_a_letter_of_a_script_without_capitals_opens_a_sentence_after_a_period(
    splitter: SentenceSplitter, text: str, expected: list[str]
) -> None:
    assert [text[a:b] for a, b in splitter.split(text)] == expected
