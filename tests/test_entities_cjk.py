"""Entities of Chinese, Japanese, Thai and Korean pages: the hand-made vocabularies
(rules/entities/cjk_vocabulary.jsonl, ko_vocabulary.jsonl, th_vocabulary.jsonl). Chinese, Japanese
and Thai write no spaces between words, so a term matches touching its neighbours; a sentence
that names a disease, symptom, drug, treatment, test, measure or risk factor yields it under the
canonical its English name has, and a look-alike string inside a common word yields nothing."""

from __future__ import annotations

import pytest

from .conftest import named_entities


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Chinese, simplified.
        (
            "zh",
            "M胆碱受体激动剂的代表药物是毛果芸香碱",
            [("M胆碱受体激动剂", "cholinergic agonists"), ("毛果芸香碱", "pilocarpine")],
        ),
        (
            "zh",
            "检出真菌感染可使用制霉菌素或酮康唑",
            [("真菌感染", "mycoses"), ("制霉菌素", "nystatin"), ("酮康唑", "ketoconazole")],
        ),
        ("zh", "海马体体积、反应时间", [("海马体体积", "hippocampal volume")]),
        (
            "zh",
            "胰腺癌患者接受吉西他滨化疗后",
            [
                ("胰腺癌", "pancreatic neoplasms"),
                ("吉西他滨", "gemcitabine"),
                ("化疗", "chemotherapy"),
            ],
        ),
        (
            "zh",
            "冠心病和房颤患者服用华法林",
            [
                ("冠心病", "coronary artery disease"),
                ("房颤", "atrial fibrillation"),
                ("华法林", "warfarin"),
            ],
        ),
        (
            "zh",
            "带状疱疹的症状包括皮疹和疼痛",
            [
                ("带状疱疹", "herpes zoster"),
                ("症状", "symptoms"),
                ("皮疹", "rash"),
                ("疼痛", "pain"),
            ],
        ),
        (
            "zh",
            "定期体检可以发现高血脂和脂肪肝",
            [
                ("体检", "health checkup"),
                ("高血脂", "hyperlipidemias"),
                ("脂肪肝", "fatty liver"),
            ],
        ),
        (
            "zh",
            "降压药可以控制血压",
            [("降压药", "antihypertensive agents"), ("血压", "blood pressure")],
        ),
        # Chinese, traditional.
        (
            "zh",
            "胰臟癌與肝硬化患者",
            [("胰臟癌", "pancreatic neoplasms"), ("肝硬化", "liver cirrhosis")],
        ),
        (
            "zh",
            "糖尿病腎病與憂鬱症",
            [("糖尿病腎病", "diabetic nephropathies"), ("憂鬱症", "depressive disorder")],
        ),
        # Japanese: kanji, katakana, hiragana where no other word holds it.
        (
            "ja",
            "メタボリックシンドロームに注視した年次健康診断",
            [("メタボリックシンドローム", "metabolic syndrome"), ("健康診断", "health checkup")],
        ),
        (
            "ja",
            "膵臓がんの患者にはゲムシタビンが投与された",
            [("膵臓がん", "pancreatic neoplasms"), ("ゲムシタビン", "gemcitabine")],
        ),
        (
            "ja",
            "帯状疱疹やおたふくかぜの予防",
            [("帯状疱疹", "herpes zoster"), ("おたふくかぜ", "mumps")],
        ),
        (
            "ja",
            "降圧薬とワルファリンを服用中の心房細動患者",
            [
                ("降圧薬", "antihypertensive agents"),
                ("ワルファリン", "warfarin"),
                ("心房細動", "atrial fibrillation"),
            ],
        ),
        (
            "ja",
            "運動不足と睡眠不足",
            [("運動不足", "physical inactivity"), ("睡眠不足", "sleep deprivation")],
        ),
        ("ja", "ポリオの予防", [("ポリオ", "poliomyelitis")]),
        # Thai: touching its neighbours.
        (
            "th",
            "ผู้ป่วยมะเร็งปอดได้รับเคมีบำบัด",
            [("มะเร็งปอด", "lung neoplasms"), ("เคมีบำบัด", "chemotherapy")],
        ),
        ("th", "ผู้ป่วยโรคเบาหวานชนิดที่ 2 จำนวนมาก", [("เบาหวานชนิดที่ 2", "type 2 diabetes")]),
        (
            "th",
            "การฉีดวัคซีนป้องกันไข้หวัดใหญ่",
            [("การฉีดวัคซีน", "vaccination"), ("ไข้หวัดใหญ่", "influenza")],
        ),
        (
            "th",
            "ผู้สูบบุหรี่เสี่ยงต่อโรคหลอดเลือดสมองและความดันโลหิตสูง",
            [
                ("สูบบุหรี่", "smoking"),
                ("โรคหลอดเลือดสมอง", "stroke"),
                ("ความดันโลหิตสูง", "hypertension"),
            ],
        ),
        ("th", "กินพาราเซตามอลเมื่อมีไข้", [("พาราเซตามอล", "acetaminophen"), ("มีไข้", "fever")]),
        # Korean: a particle glued to the term is part of it.
        ("ko", "췌장암은 조기 발견이 어렵다", [("췌장암은", "pancreatic neoplasms")]),
        ("ko", "메트포르민을 복용한 환자", [("메트포르민을", "metformin")]),
        (
            "ko",
            "대상포진과 심방세동의 위험",
            [("대상포진과", "herpes zoster"), ("심방세동의", "atrial fibrillation")],
        ),
        (
            "ko",
            "건강검진에서 고지혈증이 발견",
            [("건강검진에서", "screening"), ("고지혈증이", "hyperlipidemias")],
        ),
        # General biochemistry: enzymes, reactive oxygen, platelets, antioxidant action.
        (
            "ja",
            "抗酸化作用で活性酸素を取り除く酵素がある",
            [
                ("抗酸化", "antioxidant"),
                ("活性酸素", "reactive oxygen species"),
                ("酵素", "enzyme"),
            ],
        ),
        (
            "ja",
            "タミフルの原料で血小板の凝集を抑える",
            [("タミフル", "oseltamivir"), ("血小板", "platelet")],
        ),
        ("zh", "激素水平和抗氧化能力下降", [("激素", "hormone"), ("抗氧化", "antioxidant")]),
    ],
)
def test_a_health_term_is_named(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert named_entities(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Chinese: "不感冒" is "not keen on"; "超重" an overloaded lorry; "加速尿…" holds "速尿"
        # (furosemide); "美金刚刚" (dollars, just now) holds "美金刚" (memantine).
        ("zh", "他对足球不感冒"),
        ("zh", "货车超重被罚款"),
        ("zh", "加速尿素分解"),
        ("zh", "花了一百美金刚刚好"),
        ("zh", "他的内心早已麻木"),
        # a farm product's "体检单" (check-up sheet) is a figure of speech
        ("zh", "赋予农产品一张张“身份证”“体检单”"),
        # Japanese: a katakana word inside a longer loanword ("ポリオ" in "ポリオレフィン",
        # "ペスト" in "ペストリー"); "咳" alone is no entry.
        ("ja", "ポリオレフィン樹脂"),
        ("ja", "デニッシュペストリー"),
        ("ja", "咳払いをした"),
        # Thai: a syllable of another word ("ไต" in "ไต้หวัน", "ลือด" in "เลือก"), "เริม"
        # (herpes) against "เริ่ม" (begin), "ยา" alone.
        ("th", "ไต้หวันเป็นเกาะ"),
        ("th", "เริ่มต้นใหม่"),
        ("th", "ส่งเสริมการขาย"),
        ("th", "ยางรถยนต์"),
        # Korean: "실명" (real name), "혼수" (dowry), "탈수" (spin-dry), "구역" (district),
        # "대마도" (Tsushima).
        ("ko", "실명 인증이 필요합니다"),
        ("ko", "혼수를 준비했다"),
        ("ko", "세탁기 탈수 기능"),
        ("ko", "이 구역은 금연"),
        ("ko", "대마도에 갔다"),
    ],
)
def test_a_look_alike_inside_a_common_word_is_no_entity(language: str, text: str) -> None:
    assert named_entities(text, language) == []


def test_a_thai_term_needs_its_whole_syllables() -> None:
    # "ไต" would end before a tone mark, "ลือด" start after a vowel written before it.
    assert named_entities("เขามีโรคไตเรื้อรัง", "th") == [("โรคไตเรื้อรัง", "chronic kidney disease")]
    assert named_entities("โรคไต้", "th") == []
