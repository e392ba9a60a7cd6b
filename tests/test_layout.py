"""Layout of real pages (ingest/clean/layout.py): label/value records read as rows, hard-wrapped
lines joined, front matter and markdown residue kept out of the text. Pages written for the test,
in the shapes found on registry, regulator and journal pages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.models import Document
from tests.conftest import letters

# A regulator's drug record as a visible-text scrape: label and value on lines of their own.
RECORD_PAGE = """## Drug Details

Drug Name(s)

EXAMPLAR XR

Application No.

(NDA) 012345

Active Ingredient(s)

IBUPROFEN SODIUM

Company

ACME PHARMS INC

Original Approval Date

March 3, 2001

Review Classification

Standard review drug
"""


def _claim(document: Document, needle: str) -> str:
    return next(c.text for c in document.claims if needle in c.text)


def test_label_value_lines_are_rows_not_headings(process_text: Callable[..., Document]) -> None:
    document = process_text(RECORD_PAGE, "record.md")
    titles = [s.title for s in document.sections]
    assert titles == ["Drug Details"], titles
    # The value is never a claim alone: it stands in its labelled row, with a span over both.
    claim = next(c for c in document.claims if "IBUPROFEN" in c.text)
    assert claim.text == "Active Ingredient(s): IBUPROFEN SODIUM"
    source = RECORD_PAGE[claim.span[0] : claim.span[1]]
    assert source.startswith("Active Ingredient(s)") and source.endswith("IBUPROFEN SODIUM")
    assert letters(source) == letters(claim.text)
    # A label a boilerplate rule would cut alone ("Company", a form field) stays with its value.
    assert not any(r.text == "Company" for r in document.removed)


def test_a_menu_of_short_lines_is_no_record(process_text: Callable[..., Document]) -> None:
    page = (
        "Home\n\nAbout Us\n\nOur Approach\n\nContact\n\nIbuprofen eased pain in 40% of patients.\n"
    )
    document = process_text(page)
    assert not any(": " in c.text for c in document.claims)
    assert not any(r.text.startswith("Home: ") for r in document.removed)


HTML_RECORD = """<html><body><main>
<h1>A Phase 4 Study of Naltrexone in Weight Regain</h1>
<div class="trial-header">
<p class="eyebrowbold">Takeda Trial ID</p><p class="intro">NaltrexBuprop-4004</p>
<p class="eyebrowbold">Trial Phase</p><p class="intro">Phase 4</p>
<p class="eyebrowbold">Condition</p><p>Rheumatoid Arthritis</p>
<p class="eyebrowbold">NCT Number</p><p>NCT02616315</p>
</div>
<dl><dt>Primary outcome</dt><dd>Change in rheumatoid arthritis disease activity from baseline
to week 26, as the DAS28 score measures it.</dd></dl>
<p>The purpose of this study is to determine the effect of ibuprofen sodium and<br />
   naltrexone hydrochloride compared with placebo on weight<br />
   loss in obese participants.</p>
</main></body></html>
"""


def test_html_label_value_blocks_and_definition_lists_are_rows(
    process_text: Callable[..., Document],
) -> None:
    document = process_text(HTML_RECORD, "trial.html")
    texts = [c.text for c in document.claims]
    assert "Trial Phase: Phase 4" in texts
    assert "Condition: Rheumatoid Arthritis" in texts
    assert "NCT Number: NCT02616315" in texts
    assert not {"Phase 4", "Rheumatoid Arthritis", "NCT02616315"} & set(texts)
    # A <dt> and its <dd> are one row, whatever the length of the value.
    outcome = _claim(document, "DAS28")
    assert outcome.startswith("Primary outcome: Change in rheumatoid arthritis")


NUTRITION_LABEL = """<html><body><main>
<h1>Vitamin D and iron in fortified cereal</h1>
<p>Fortified cereal supplies iron to children with iron deficiency anemia in a day's serving.</p>
<h2>% Daily Value</h2>
<dl><dt>Iron</dt><dd class="units">12mg</dd><dd class="percent">67%</dd>
<dt>Sodium</dt><dd class="units">310mg</dd><dd class="percent"></dd>
<dt>Vitamin D</dt><dd>4mcg</dd>
<dd><span class="pct">20%</span></dd>
<dt>Efficacy</dt><dd>Iron drops cut anemia in infants by half in the first year.</dd>
<dd>In observational studies iron drops lowered anemia by 60% in toddlers.</dd></dl>
</main></body></html>
"""


def test_a_terms_further_values_join_its_row(process_text: Callable[..., Document]) -> None:
    document = process_text(NUTRITION_LABEL, "label.html")
    texts = [c.text for c in document.claims]
    assert "Iron: 12mg; 67%" in texts
    assert "Vitamin D: 4mcg; 20%" in texts
    # An empty <dd> joins nothing, and the next <dt> starts its own row.
    assert not any(t.startswith("Sodium") and "Vitamin" in t for t in texts)
    assert not {"67%", "20%"} & set(texts)
    # A glossary's sentences are no short values: each its own claim.
    assert "In observational studies iron drops lowered anemia by 60% in toddlers." in texts
    for claim in document.claims:
        start, end = claim.span
        assert letters(NUTRITION_LABEL[start:end]) == letters(claim.text)


def test_lines_cut_at_a_br_are_one_sentence(process_text: Callable[..., Document]) -> None:
    document = process_text(HTML_RECORD, "trial.html")
    claim = _claim(document, "purpose of this study")
    assert claim.endswith("on weight loss in obese participants.")
    start, end = claim_span = next(c.span for c in document.claims if c.text == claim)
    assert letters(HTML_RECORD[start:end]) == letters(claim), claim_span


WRAPPED = """Brief Summary

The purpose of this study is to determine the safety, tolerability and pharmacokinetics of

TAK-648 when administered as a single oral dose of ibuprofen solution at escalating dose

levels in healthy participants.

Detailed Description

This was a phase 1, randomized, double-blind, placebo-controlled, single-center, single-dose

study in healthy participants. All participants were contacted by telephone after the

14 days of follow-up. The compound being tested in this study is TAK-648 and ibuprofen, a

well-tolerated single dose.
"""


def test_hard_wrapped_text_is_joined_into_sentences(process_text: Callable[..., Document]) -> None:
    document = process_text(WRAPPED)
    claim = _claim(document, "purpose of this study")
    assert claim == (
        "The purpose of this study is to determine the safety, tolerability and "
        "pharmacokinetics of TAK-648 when administered as a single oral dose of ibuprofen "
        "solution at escalating dose levels in healthy participants."
    )
    assert [s.title for s in document.sections] == ["Brief Summary", "Detailed Description"]
    start, end = next(c.span for c in document.claims if c.text == claim)
    assert letters(WRAPPED[start:end]) == letters(claim)
    assert any(c.text.startswith("This was a phase 1,") for c in document.claims)


def test_hard_wrapped_text_of_a_script_without_capitals_is_joined(
    process_text: Callable[..., Document],
) -> None:
    # A Korean wiki page wrapped at a fixed width: no capital says where a sentence starts, so
    # a full line that ends inside a word goes on in the next one.
    lines = [
        "반대로, 어떠한 사유로 혈당이 너무 높아져서 혼절하는 경우도 있다. 이를 케톤산혈증이라고 부르며 혈당이",
        "600mg/dl 이상으로 올라갔을 때에 발생할 수 있으며 환자는 즉시 병원으로 옮겨져야 하고 인슐린을",
        "투여받아야 한다. 인슐린 처방이 불가능했던 시절에는 췌장의 베타 섬세포가 모두 사멸하는 당뇨병 환자는",
        "케톤산혈증으로 100%가 사망하였다고 알려져 있다. 혈당이 높은 상태가 계속되면 합병증의 위험이",
        "커지므로 약물 투여와 생활 습관을 의사와 함께 전면적으로 재검토하여 최대한 빨리 벗어나야 한다.",
    ]
    page = "\n".join(lines) + "\n"
    document = process_text(page, "page.md")
    claim = next(c for c in document.claims if "100%" in c.text)
    assert claim.text.startswith("인슐린 처방이 불가능했던 시절에는")
    assert letters(page[claim.span[0] : claim.span[1]]) == letters(claim.text)
    # Short lines of such a script (a heading over its text) stay apart.
    short = process_text("당뇨병\n" + page, "page.md")
    assert not any(c.text.startswith("당뇨병 반대로") for c in short.claims)
    # Lines parted by <br> (a list of tips) are no wrap: they stay apart.
    tips = (
        "<html><body><h1>건강 팁</h1><p>매일 아침 혈압을 측정하고 그 결과를 수첩에 꼼꼼하게 기록해 "
        "두세요<br>식사는 싱겁게 하고 채소와 과일을 충분히 드시는 것이 좋습니다<br>하루 30분 이상 "
        "걷기 운동을 하면 고혈압 예방에 도움이 됩니다</p></body></html>"
    )
    claims = [c.text for c in process_text(tips, "tips.html").claims]
    assert "하루 30분 이상 걷기 운동을 하면 고혈압 예방에 도움이 됩니다" in claims


def test_lines_of_a_script_without_capitals_that_are_not_wrapped_stay_apart(
    process_text: Callable[..., Document],
) -> None:
    # An Arabic news page, one paragraph per line: a few lines go on in the next at lengths
    # only roughly alike (a wrap makes them alike within a tenth), so nothing is joined.
    lines = [
        "وزارة الصحة تعلن ارتفاع عدد حالات الشفاء من فيروس كورونا إلى أكثر من عشرة آلاف حالة",
        "اقرا المزيد",
        "مطار القاهرة الدولي ينفذ تجربة طوارئ لمكافحة فيروس كورونا المستجد اليوم",
        "اقرا المزيد",
        "الهلال الأحمر يعقم محطة القطار الرئيسية في القاهرة بالتنسيق مع وزارة النقل والمواصلات "
        "للمرة الثالثة",
        "بلغت نسبة الشفاء بين المصابين بفيروس كورونا في مصر حوالي 86% وهي من أعلى النسب في المنطقة "
        "بالمقارنة مع الدول المجاورة التي ظهرت بها حالات إصابة حتى الآن",
        "تنصح الوزارة المواطنين بارتداء الكمامة في وسائل النقل العامة والأماكن المزدحمة وفي "
        "المستشفيات والصيدليات والأسواق",
        "ويجب غسل اليدين بالماء والصابون لمدة عشرين ثانية على الأقل عدة مرات في اليوم",
    ]
    document = process_text("\n".join(lines) + "\n", "page.txt")
    for claim in document.claims:
        assert claim.text in lines, claim.text
    assert "اقرا المزيد" in " ".join(r.text for r in document.removed)


def test_lines_of_a_page_that_is_not_wrapped_stay_apart(
    process_text: Callable[..., Document],
) -> None:
    # A forum: one paragraph per line, user names in lower case under short UI lines.
    page = (
        "Started by kestrel_dad · 14 replies · 1,287 views · Last post 3 days ago\n\n"
        "kestrel_dad\n\n"
        "My wife was diagnosed with rheumatoid arthritis in 2023 and 40% of her joints hurt.\n\n"
        "Like (23) · Reply · Quote · Report with care and love\n\n"
        "marguerite_b\n"
    )
    document = process_text(page)
    assert not any("kestrel_dad kestrel" in r.text for r in document.removed)
    assert not any("marguerite_b" in c.text for c in document.claims)


def test_a_line_break_inside_a_paragraph_is_joined(process_text: Callable[..., Document]) -> None:
    """A scrape kept the editor's line breaks at no fixed width: a line that stops mid-sentence
    and a next line going on in lower case, no blank line between, are one sentence; a field
    ending in an identifier, or a next line in capitals, ends its line."""
    page = (
        "Doctors estimate that it could prevent 1,500 heart attacks every year if survivors "
        "and unstable \nangina patients take the new pill.\n\n"
        "Reference: PMID:24721108 , PMID:28182767\n"
        "ongoing Phase 2 : Optimizing cell dose and delivery for patients with stroke\n\n"
        "The trial enrolled patients with asthma in Spain\nResults were published in 2020.\n\n"
        "Main symptoms of the disease in adults\nfever in 40% of patients\ncough in 30% of patients\n"
    )
    document = process_text(page)
    texts = [c.text for c in document.claims]
    joined = (
        "Doctors estimate that it could prevent 1,500 heart attacks every year if survivors "
        "and unstable angina patients take the new pill."
    )
    assert joined in texts
    assert "ongoing Phase 2 : Optimizing cell dose and delivery for patients with stroke" in texts
    assert "fever in 40% of patients" in texts and "cough in 30% of patients" in texts
    everything = texts + [s.title or "" for s in document.sections]
    assert not any("Spain Results" in t for t in everything)
    start, end = next(c.span for c in document.claims if c.text == joined)
    assert letters(page[start:end]) == letters(joined)


def test_a_line_ending_in_a_number_and_a_line_with_a_sentence_end_inside_are_joined(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "Smoking in England\n\n"
        "Tobacco use is the single biggest cause of preventable disease and early death.\n\n"
        "In 1948, when smoking surveys began, 82 \nper cent of men in the UK were smokers. Smoking "
        "prevalence fell rapidly \nbetween the 1970s and 1990s after which it declined slowly.\n\n"
        "Reference: PMID:24721108 , PMID:28182767\n"
        "ongoing Phase 2 : Optimizing cell dose and delivery for patients with stroke\n"
    )
    texts = [c.text for c in process_text(page, "page.txt").claims]
    assert (
        "In 1948, when smoking surveys began, 82 per cent of men in the UK were smokers." in texts
    )
    # An identifier's digits end their line.
    assert "ongoing Phase 2 : Optimizing cell dose and delivery for patients with stroke" in texts


def test_a_markdown_tables_header_row_is_no_claim(process_text: Callable[..., Document]) -> None:
    page = (
        "| Bias feature | Agreement (%) | Positive class frequency (N = 1000) (%) |\n"
        "| --- | --- | --- |\n"
        "| Stigmatizing labels in patients with diabetes | 87 | 43.9% |\n"
        "| Doubt markers in patients with asthma | 87 | 31.0% |\n\n---\n"
    )
    document = process_text(page, "table.md")
    texts = [c.text for c in document.claims]
    assert not any(t.startswith("Bias feature") for t in texts)
    assert any(t.startswith("Stigmatizing labels") for t in texts)
    # A horizontal rule after the table marks no header: its last row stays a claim.
    assert any(t.startswith("Doubt markers") for t in texts)


def test_front_matter_is_metadata_not_text(process_text: Callable[..., Document]) -> None:
    yaml_page = (
        "---\ntitle: 'Ibuprofen for rheumatoid arthritis'\ncategories:\n  - Rheumatoid arthritis\n"
        "---\n\nIbuprofen eased pain in 40% of patients with rheumatoid arthritis.\n"
    )
    json_page = (
        '{\n  "title": "Only 3.4% of patients take ibuprofen",\n  "categories": [\n'
        '    "Rheumatoid arthritis",\n    "Ibuprofen"\n  ]\n}\n\n'
        "Ibuprofen eased pain in 40% of patients with rheumatoid arthritis.\n"
    )
    for page in (yaml_page, json_page):
        document = process_text(page, "post.md")
        assert [c.text for c in document.claims] == [
            "Ibuprofen eased pain in 40% of patients with rheumatoid arthritis."
        ]
        fields = [r for r in document.removed if r.rule == "front-matter"]
        assert len(fields) == 1 and fields[0].span[0] == 0
        assert "title" in fields[0].text


def test_markdown_emphasis_marks_are_markup(process_text: Callable[..., Document]) -> None:
    page = (
        "_Est-ce que la polyarthrite rhumatoïde est grave ?_\n\n"
        "Selon le réseau _Sentinella_, l'ibuprofène soulage 40% des patients (*low income*).\n\n"
        "L'essai TAK-648_101 donne l'ibuprofène à 2*3*4 mg chez 40% des patients.\n"
    )
    document = process_text(page, "faq.md")
    texts = [c.text for c in document.claims]
    assert "Selon le réseau Sentinella, l'ibuprofène soulage 40% des patients (low income)." in (
        texts
    )
    assert "L'essai TAK-648_101 donne l'ibuprofène à 2*3*4 mg chez 40% des patients." in texts
    assert not any(t.startswith("_") or t.endswith("_") for t in texts)


def test_an_italic_variable_before_its_subscript_is_markup(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "Classifiers for doubt markers had macro _F_1\\-scores of 0.84 and 0.79 in the test set.\n\n"
        "The model explained variance with _R_2 of 0.62 in 40% of the cohorts studied.\n\n"
        "The batch file was_a_1 in the archive, and 40% of files were lost.\n"
    )
    document = process_text(page, "paper.md")
    texts = [c.text for c in document.claims]
    f1 = "Classifiers for doubt markers had macro F1-scores of 0.84 and 0.79 in the test set."
    assert f1 in texts
    assert "The model explained variance with R2 of 0.62 in 40% of the cohorts studied." in texts
    # An underscore inside a word is no mark.
    assert "The batch file was_a_1 in the archive, and 40% of files were lost." in texts


def test_template_tags_are_markup(process_text: Callable[..., Document]) -> None:
    page = (
        '{% include graph.html title="Sarampión" description="40% de la primera dosis" %}\n\n'
        "{{< toc >}}\n\n{: .no-quotes}\n\n"
        "La vacuna contra el sarampión protege al 97% de los niños.\n"
    )
    document = process_text(page, "data.md")
    assert [c.text for c in document.claims] == [
        "La vacuna contra el sarampión protege al 97% de los niños."
    ]


# --- parts hidden until a reader opens them (rules/markup.yaml disclosure) ---------------------

_TRIAL_TEXT = [
    "The purpose of this study is to determine the effect of ibuprofen on pain in adults with "
    "knee osteoarthritis, compared with placebo, over twelve weeks of treatment.",
    "Participants will be randomly assigned to one of two groups and will take one tablet a "
    "day with food, in the morning, for the whole of the treatment period.",
    "The overall time to participate in this study is sixteen weeks, and participants will "
    "make six visits to the clinic, including a final visit for a follow-up assessment.",
    "This multi-center trial will be conducted in the United States and Canada, at clinics "
    "that treat adults with chronic joint pain in their general practice.",
]
HIDDEN_TABS = f"""<html><body><main><h1>A Study of Ibuprofen in Knee Osteoarthritis</h1>
<div class="tabs"><a href="#overview">Trial Description</a>
<a href="#recruitment">Recruitment Information</a></div>
<div class="tab-content" id="overview">{"".join(f"<p>{t}</p>" for t in _TRIAL_TEXT)}</div>
<div class="tab-content" id="recruitment" style="display:none;">
<p>Has achieved an initial weight loss of at least 20% of their preoperative body weight.</p>
</div>
<div class="show-more"><p class="more" style="display: none;">Participants with rheumatoid
arthritis were excluded, as were 5% of screened adults with ulcers.</p></div>
<div id="tooltip-texts" style="display: none"><p>A type of study that evaluates rheumatoid
arthritis drugs in 100% of people.</p></div>
<div class="modal" style="display:none"><p>Sign in: 30% off rheumatoid arthritis care.</p></div>
</main></body></html>
"""


def test_hidden_tab_panels_and_read_more_parts_are_content(
    process_text: Callable[..., Document],
) -> None:
    document = process_text(HIDDEN_TABS, "trial.html")
    texts = [c.text for c in document.claims]
    assert any("at least 20% of their preoperative body weight" in t for t in texts), texts
    assert any("5% of screened adults" in t for t in texts), texts
    # Tooltips and modals stay hidden boilerplate.
    assert not any("100% of people" in t or "30% off" in t for t in texts)
    hidden = {r.text.split("\n")[0][:20] for r in document.removed if r.rule == "html-hidden"}
    assert any(t.startswith("A type of study") for t in hidden), hidden


def test_the_main_content_voter_has_no_say_on_hidden_panels(
    process_text: Callable[..., Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The voter (trafilatura) drops what a page hides: its silence on a panel is no evidence.
    from ingest.clean import main_content

    visible = "\n".join(["A Study of Ibuprofen in Knee Osteoarthritis", *_TRIAL_TEXT])
    monkeypatch.setattr(main_content, "voter_text", lambda html, settings: visible)
    document = process_text(HIDDEN_TABS, "voted.html")
    texts = [c.text for c in document.claims]
    assert any("at least 20% of their preoperative body weight" in t for t in texts), texts


def test_a_question_without_figures_is_no_claim(process_text: Callable[..., Document]) -> None:
    page = (
        "La grippe, c’est grave ?\n\n"
        "Chaque année, la grippe touche 5% de la population et cause des complications graves.\n\n"
        "La grippe touche-t-elle 40% des enfants ?\n"
    )
    texts = [c.text for c in process_text(page, "faq.md").claims]
    assert texts == [
        "Chaque année, la grippe touche 5% de la population et cause des complications graves.",
        "La grippe touche-t-elle 40% des enfants ?",
    ]


def test_a_link_trail_glued_to_a_headline_is_split_off(
    process_text: Callable[..., Document],
) -> None:
    page = (
        "[Log in](https://example.org/login)[Home](https://example.org/) "
        "[News](https://example.org/news/) Less invasive treatment for emphysema is as good as "
        "surgery in a randomised trial of 88 patients\n\n"
        "The trial randomised 88 patients with emphysema to surgery or valves.\n"
    )
    texts = [c.text for c in process_text(page, "news.md").claims]
    assert texts[0].startswith("Less invasive treatment for emphysema"), texts
    assert not any("Log in" in t or "Home" in t for t in texts)
