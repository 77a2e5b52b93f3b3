"""Credits, bylines and writers' lines in the scripts and words of South and Southeast Asia (review rv24)."""

from __future__ import annotations

import pytest

from newscrawl.attribution import aside_agencies, attribute, find_agencies, take_dateline

# Our own sentences, in the languages of the credits (a river ferry, a night market, a rail line).
THAI = "เทศบาลเมืองเปิดท่าเรือข้ามฟากแห่งใหม่ริมแม่น้ำเมื่อวันอังคาร โดยจะให้บริการทุกวันตั้งแต่เช้าถึงค่ำ"
HINDI = "नगर निगम ने मंगलवार को नदी के किनारे नया घाट खोल दिया, जहां से हर दिन सुबह से शाम तक नावें चलेंगी।"
URDU = "بلدیہ نے منگل کو دریا کے کنارے نیا گھاٹ کھول دیا جہاں سے روزانہ صبح سے شام تک کشتیاں چلیں گی۔"
BENGALI = "পৌরসভা মঙ্গলবার নদীর পাড়ে নতুন ঘাট চালু করেছে, যেখান থেকে প্রতিদিন সকাল থেকে সন্ধ্যা পর্যন্ত নৌকা চলবে।"
VIETNAMESE = "Thành phố mở thêm bến phà mới bên sông từ thứ Ba, phục vụ hằng ngày từ sáng đến tối."
MORE = "A second paragraph of the story follows here, long enough to be one, with a figure: 12."


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("ที่มา: รอยเตอร์", ["Reuters"]),  # Thai "source:"
        ("ที่มา : สำนักข่าวเอเอฟพี", ["AFP"]),
        ("(इनपुट: पीटीआई)", ["PTI"]),  # Hindi "(input: PTI)"
        ("स्रोत: एएनआई", ["ANI"]),
        ("इनपुट: भाषा", ["PTI"]),  # PTI's Hindi service, credited on a line of its own
        ("ماخذ: رائٹرز", ["Reuters"]),  # Urdu "source:"
        ("সূত্র: রয়টার্স", ["Reuters"]),  # Bengali "source:"
        ("(Theo Reuters)", ["Reuters"]),  # Vietnamese "(from Reuters)"
        ("Theo AFP", ["AFP"]),
    ],
)
def test_a_credit_line_in_a_local_script_closes_the_story(line: str, agencies: list[str]) -> None:
    credits = attribute([MORE, MORE + " Again.", line])
    assert credits.paragraphs == [MORE, MORE + " Again."]
    assert credits.attribution.agencies == agencies


def test_a_source_line_naming_no_agency_stays() -> None:
    line = "ที่มา: กรมเจ้าท่า"  # the Marine Department: a source of facts, no credit of a copy
    assert attribute([THAI, line]).paragraphs == [THAI, line]


def test_a_local_word_that_is_also_an_agency_counts_only_as_a_credit() -> None:
    # Hindi "भाषा" is "language" as well as PTI's Hindi service; "एपी" is Andhra Pradesh too.
    assert find_agencies("हिंदी भाषा के अखबार और एपी के किसान") == []
    assert find_agencies("नई दिल्ली (भाषा) सरकार ने") == ["PTI"]


@pytest.mark.parametrize(
    ("paragraph", "place", "agencies", "rest"),
    [
        (f"लखनऊ, 12 मार्च (पीटीआई) {HINDI}", "लखनऊ", ["PTI"], HINDI),
        (f"कोलकाता (आईएएनएस) : {HINDI}", "कोलकाता", ["IANS"], HINDI),
        (f"کراچی (اے پی پی) {URDU}", "کراچی", ["APP"], URDU),  # no dash or colon after the credit
        (f"چٹاگانگ, 3 مارچ (اے ایف پی) - {URDU}", "چٹاگانگ", ["AFP"], URDU),
        (f"চট্টগ্রাম, ১২ মার্চ (বাসস) : {BENGALI}", "চট্টগ্রাম", ["BSS"], BENGALI),  # vowel signs in the place
        (f"খুলনা (ইউএনবি) - {BENGALI}", "খুলনা", ["UNB"], BENGALI),
    ],
)
def test_a_dateline_with_an_agency_in_a_local_script(
    paragraph: str, place: str, agencies: list[str], rest: str
) -> None:
    credits = attribute([paragraph, MORE])
    assert credits.paragraphs == [rest, MORE]
    assert credits.dateline == place
    assert credits.attribution.agencies == agencies


def test_a_caseless_opening_that_credits_no_agency_is_no_dateline() -> None:
    paragraph = f"सरकार (केंद्र) {HINDI}"  # a word in parentheses that is no agency
    assert take_dateline(paragraph) == (paragraph, None, None)


ARABIC = "أن البلدية افتتحت رصيفا جديدا للعبارات على ضفة النهر يوم الثلاثاء، وستعمل يوميا من الصباح حتى المساء."


@pytest.mark.parametrize(
    "paragraph",
    [
        f"समाचार एजेंसी (पीटीआई) के मुताबिक {HINDI}",  # "according to the news agency (PTI)": a sentence
        f"ذكرت وكالة (رويترز) {ARABIC}",  # "the agency (Reuters) reported that ...": a sentence
    ],
)
def test_a_sentence_opening_with_an_agency_in_brackets_and_no_dash_is_no_dateline(paragraph: str) -> None:
    assert take_dateline(paragraph) == (paragraph, None, None)
    assert attribute([paragraph, MORE]).paragraphs == [paragraph, MORE]


def test_a_vietnamese_writers_aside_credits_the_agency() -> None:
    assert aside_agencies("theo Reuters") == ["Reuters"]
    assert aside_agencies("theo VnExpress") == []  # a paper, not an agency


# -- single shapes of review rv24 (class 7) ------------------------------------------------------------

EN = "The tender for the new ferry terminal will open in March, the state transport minister said today."


@pytest.mark.parametrize("line", ["- with inputs from PTI", "— With inputs from PTI", "-- (with inputs from PTI)"])
def test_an_inputs_line_after_a_dash_closes_the_story(line: str) -> None:
    credits = attribute([EN, MORE, line])
    assert credits.paragraphs == [EN, MORE]
    assert credits.attribution.agencies == ["PTI"]


@pytest.mark.parametrize(
    ("opening", "place"),
    [("SIBU, Nov 27 -- ", "SIBU"), ("KOTA KINABALU, 27 Nov -- ", "KOTA KINABALU"), ("MIRI, Dec. 3 — ", "MIRI")],
)
def test_a_dateline_in_capitals_with_its_day_and_no_agency(opening: str, place: str) -> None:
    assert take_dateline(opening + EN) == (EN, place, None)


def test_a_word_in_capitals_with_a_day_that_is_no_place_is_no_dateline() -> None:
    paragraph = "UPDATE, Nov 27 -- " + EN
    assert take_dateline(paragraph)[1] is None


@pytest.mark.parametrize(
    ("lead", "agencies"),
    [
        (
            "Pemerintah kota menutup dermaga lama pada Selasa, seperti dilansir dari AFP, karena tiangnya lapuk.",
            ["AFP"],
        ),
        ("Pemerintah kota menutup dermaga lama pada Selasa, mengutip Reuters, karena tiangnya lapuk.", ["Reuters"]),
        ("Pemerintah kota menutup dermaga lama pada Selasa, seperti dilansir dari Kompas, karena tiangnya lapuk.", []),
        ("Pemerintah kota menutup dermaga lama, mengutip Wali Kota Budi Santoso, karena tiangnya lapuk.", []),
        (
            "Pemerintah kota menutup dermaga lama pada Selasa, dilansir AFP Selasa malam, karena tiangnya lapuk.",
            ["AFP"],
        ),
        # A body named after an agency is no agency ("Reuters Institute", "AP Stylebook").
        ("Survei terbaru dermaga kota mengutip Reuters Institute menunjukkan tiangnya lapuk.", []),
        ("Penulisan nama dermaga itu mengutip AP Stylebook edisi terbaru.", []),
    ],
)
def test_an_agency_the_lead_says_it_reports_after_is_credited(lead: str, agencies: list[str]) -> None:
    credits = attribute([lead, MORE])
    assert credits.attribution.agencies == agencies
    assert credits.paragraphs == [lead, MORE]  # the sentence stays whole
