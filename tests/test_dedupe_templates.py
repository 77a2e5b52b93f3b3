"""Bulletins from one template and paragraphs moved about (review R13, findings 1 and 3).

Fixtures written for these tests: an automated newsroom's quake bulletin and currency close,
each filled in twice, and a short story whose copy moves its paragraphs about.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, evidence, fingerprint, skeletons
from newscrawl.dedupe.features import from_record, to_record
from tests.dedupe_corpus import article


def quake(magnitude, place, day, clock, depth, distance, town):
    return (
        f"A magnitude {magnitude} earthquake shook the sea off {place} on {day} at {clock} local time,"
        " the Calder Geophysics and Tsunami Warning Agency said in its bulletin.\n\n"
        f"The quake's centre lay {depth} km below the seabed, {distance} km south-west of {town}.\n\n"
        "The Calder Geophysics and Tsunami Warning Agency said the tremor was not strong enough to"
        " set off a tsunami along the coast, and asked residents to stay calm.\n\n"
        "Residents were asked to keep away from cracked buildings until engineers had checked them,"
        " and to follow only the agency's own updates.\n\n"
        "The agency records hundreds of small earthquakes in the region every year, most of them"
        " too weak to be felt on land."
    )


QUAKE_A = quake("4.9", "Selwyn Island", "Monday", "07:12", 14, 63, "Port Arda")
QUAKE_B = quake("5.3", "North Calder", "Wednesday", "22:40", 31, 118, "Mireth")


def close(direction, rate, day, move, points, previous, fixed, volume):
    return (
        f"The dinar closed {direction} at {rate} per euro on {day}, {move} {points} points from {previous}"
        " in the previous session, dealers in the capital said.\n\n"
        f"The Central Bank of Orvania fixed its reference rate at {fixed}, and trading volume was"
        f" {volume} billion dinars.\n\n"
        "Dealers said the currency followed other regional currencies as investors waited for the"
        " trade figures due later in the week from the Central Bank of Orvania.\n\n"
        "The Central Bank of Orvania has said it will step into the market only to smooth sharp"
        " swings, not to defend any level of the dinar.\n\n"
        "Exporters usually sell euros towards the end of the month to pay wages and taxes at home,"
        " dealers added."
    )


CLOSE_A = close("weaker", "3,412", "Monday", "down", 17, "3,395", "3,405", "1.2")
CLOSE_B = close("stronger", "3,377", "Tuesday", "up", 35, "3,412", "3,380", "0.9")

STORY = (
    "Rescue teams in the hill town of Varno pulled 12 people alive from a collapsed school on"
    " Thursday after a night of heavy rain loosened the slope behind it, officials said.\n\n"
    "The school's headmaster, Ilse Marant, said most pupils had gone home an hour before the wall gave way.\n\n"
    "Engineers from the regional works office were checking 40 other buildings on the same slope"
    " and had ordered two of them cleared.\n\n"
    '"We heard a sound like thunder and then the classrooms were gone," said Tomas Eller, who'
    " lives across the road from the school.\n\n"
    "The regional governor promised to pay for a new school and said the slope would be shored up"
    " before the next rainy season begins in October."
)


def fp(body, day="2023-09-13", url=None, language="en", **extra):
    return fingerprint(article(url or f"https://x.example/{abs(hash(body))}", body, language, day, **extra))


def test_two_bulletins_from_one_template_are_two_stories(monkeypatch):
    for first, second in ((QUAKE_A, QUAKE_B), (CLOSE_A, CLOSE_B)):
        a, b = fp(first), fp(second, day="2023-09-14")
        assert evidence.is_template_pair(a, b) and evidence.is_template_pair(b, a)
        assert compare(a, b) is None and compare(b, a) is None
        # What the rule stops: the two share most shingles, their names agree enough. (A day
        # apart, each lead naming its own weekday, ``leads_with_a_later_day`` refuses them too.)
        monkeypatch.setattr(evidence, "is_template_pair", lambda *_: False)
        monkeypatch.setattr(evidence, "leads_with_a_later_day", lambda *_: False)
        assert compare(a, b).kind == "near"
        monkeypatch.undo()


def test_a_copy_and_a_writethru_of_a_bulletin_stay_one_story():
    a = fp(QUAKE_A)
    # A mirror's copy, a word changed in a paragraph with figures: its figures kept.
    reworded = QUAKE_A.replace("Agency said in its bulletin", "Agency stated in its bulletin")
    assert compare(a, fp(reworded)).kind == "near"
    # A writethru: the magnitude revised in the lead, the paragraph on depth and distance kept.
    revised = QUAKE_A.replace("magnitude 4.9", "magnitude 5.1").replace("07:12", "07:13")
    assert not evidence.is_template_pair(a, fp(revised))
    assert compare(a, fp(revised)).kind == "near"
    # A copy cut to its first two paragraphs.
    assert compare(a, fp("\n\n".join(QUAKE_A.split("\n\n")[:2]))).kind == "near"


def test_a_copy_that_drops_a_sentence_or_writes_figures_otherwise_is_no_template_pair():
    a = fp(CLOSE_A)
    # The lead's second half left out, the volume written out in full: no figure of the copy
    # is new, though no paragraph with a figure is the same.
    lead, rest = CLOSE_A.split("\n\n", 1)
    copy = lead.split(", down")[0] + ", dealers in the capital said.\n\n" + rest.replace("1.2 billion", "1,200,000,000")
    b = fp(copy)
    assert not evidence.is_template_pair(a, b) and not evidence.is_template_pair(b, a)
    assert compare(a, b) is not None


def test_a_fingerprint_stored_without_skeletons_gets_no_template_veto(monkeypatch):
    a, b = fp(QUAKE_A), fp(QUAKE_B, day="2023-09-14")
    fields, sig = to_record(b)
    del fields["skeletons"]
    old = from_record(fields, sig)
    assert skeletons.decoded(old) is None
    assert compare(a, old) is None  # a day apart, the later lead's weekday its own (no skeletons needed)
    monkeypatch.setattr(evidence, "leads_with_a_later_day", lambda *_: False)
    assert compare(a, old).kind == "near" and compare(old, a).kind == "near"  # matched as before
    damaged = from_record({**fields, "skeletons": "not base64!"}, sig)
    assert not evidence.is_template_pair(a, damaged)  # no error, no veto


def test_skeletons_are_kept_for_paragraphs_with_a_figure_only():
    found = skeletons.decoded(fp(QUAKE_A))
    assert len(found) == 2  # the lead and the depth paragraph; the rest states no figure
    assert skeletons.decoded(fp("No figure here at all, only words about the weather today.")) == []


def test_a_copy_with_its_paragraphs_moved_about_is_the_same_story():
    paras = STORY.split("\n\n")
    moved = "\n\n".join([paras[3], paras[4], paras[0], paras[2], paras[1]])
    a, b = fp(STORY), fp(moved, day="2023-09-14")
    assert not evidence._same_order(a, b)  # the order test alone would part them
    assert evidence.same_paragraphs(a, b)
    assert compare(a, b).kind == "near" and compare(b, a).kind == "near"


def test_a_roundup_quoting_a_paragraph_is_not_a_moved_copy():
    paras = STORY.split("\n\n")
    roundup = "\n\n".join(
        [
            "Here is what happened across the region this week, from the hills to the coast.",
            paras[0],
            "In the capital, the city council voted to extend the night bus network to 14 suburbs.",
            "Farmers in the east began the olive harvest early after a dry summer cut yields by a third.",
            "The football club of Port Arda named a new coach, its third in two seasons.",
        ]
    )
    a, b = fp(STORY), fp(roundup, day="2023-09-15")
    assert not evidence.same_paragraphs(a, b)
    assert compare(a, b) is None and compare(b, a) is None


PORT_EN = (
    "SEMARANG, June 4 (Reuters) - The Asian Development Bank said on Tuesday it had approved"
    " $450 million in loans to help Indonesia deepen the port of Tanjung Emas and build new"
    " flood walls along the northern coast of Java.\n\n"
    "The money will pay for dredging, two new container berths and a pumping station, bank"
    " official Rahel Sundqvist told reporters in Semarang.\n\n"
    "A separate $3 million grant will fund a study of land subsidence, which has pushed parts of"
    " the city about 10 centimetres lower every year, she said.\n\n"
    "Tanjung Emas handled about 900,000 containers last year, and the port authority wants to"
    " double that by 2035.\n\n"
    "Indonesia has promised $12 billion for coastal defences in Java over the next decade, but"
    " work has been slowed by disputes over land."
)
PORT_ID = (
    "SEMARANG, 4 Juni (Reuters) - Asian Development Bank mengatakan pada hari Selasa telah"
    " menyetujui pinjaman sebesar 450 juta dolar AS (sekitar Rp7 triliun) untuk membantu Indonesia"
    " memperdalam pelabuhan Tanjung Emas dan membangun tanggul baru di sepanjang pantai utara Jawa.\n\n"
    "Dana tersebut akan digunakan untuk pengerukan, dua dermaga peti kemas baru dan sebuah stasiun"
    " pompa, kata pejabat bank Rahel Sundqvist kepada wartawan di Semarang.\n\n"
    "Hibah terpisah sebesar Rp47 miliar akan mendanai kajian penurunan muka tanah, yang membuat"
    " sebagian kota turun sekitar 10 sentimeter setiap tahun, katanya.\n\n"
    "Tanjung Emas menangani sekitar 900.000 peti kemas tahun lalu, dan otoritas pelabuhan ingin"
    " menggandakannya pada 2035.\n\n"
    "Indonesia telah menjanjikan Rp187 triliun untuk pertahanan pantai di Jawa dalam satu dekade"
    " ke depan, namun pekerjaan terhambat sengketa lahan."
)
# Another report of the loan: its own figures in rupiah, none of them a conversion.
PORT_RIVAL_ID = (
    "Semarang (ANTARA) - Pemerintah Kota Semarang menyambut pinjaman Asian Development Bank untuk"
    " pelabuhan Tanjung Emas, kata Wali Kota Semarang di Semarang, Selasa.\n\n"
    "Menurut dia, kota telah menganggarkan Rp120 miliar tahun ini untuk meninggikan jalan di"
    " kawasan pelabuhan yang kerap tergenang rob.\n\n"
    "Ia menambahkan, sekitar 2.300 rumah di tepi pantai akan dipindahkan secara bertahap hingga 2028."
)


def test_a_translation_converting_dollars_to_rupiah_is_the_same_story():
    en, tr = fp(PORT_EN), fingerprint(article("https://id.example/port", PORT_ID, "id", "2023-09-13", 11))
    assert [m[1] for m in tr["money"]] == ["F", "B", "L", "L"]  # the dollars, bracketed, two converted
    assert compare(en, tr).kind == "translation" and compare(tr, en).kind == "translation"
    # Without the conversions read as such, the rupiah figures are the translation's own.
    undone = {**tr, "money": []}
    assert compare(en, undone) is None


def test_a_report_with_its_own_rupiah_figures_is_not_a_translation():
    en = fp(PORT_EN)
    rival = fingerprint(article("https://id.example/rival", PORT_RIVAL_ID, "id", "2023-09-13", 12))
    assert compare(en, rival) is None and compare(rival, en) is None


def fuel(day, petrol, change, diesel, kerosene):
    return (
        f"The Orvania Energy Board set the pump price of petrol at {petrol} dinars a litre on {day},"
        f" {change} dinars more than the day before, in its daily price notice.\n\n"
        f"Diesel now costs {diesel} dinars a litre at the board's own stations, the notice said.\n\n"
        f"Kerosene for household stoves is sold at {kerosene} dinars a litre, the board added.\n\n"
        "Every pump price includes value added tax of 11 percent and a road levy of 2.5 percent,"
        " which the board collects for the Ministry of Transport."
    )


def test_the_next_edition_of_a_bulletin_that_keeps_a_fixed_closing_paragraph_is_another_story(monkeypatch):
    # The closing paragraph's figures (a tax rate, a levy) are the same in every edition: kept
    # word for word, they are no sign of a copy when the other paragraphs name other figures.
    a = fp(fuel("Friday", "1,318", 12, "1,204", "977"), day="2023-09-15")
    b = fp(fuel("Monday", "1,330", 12, "1,216", "981"), day="2023-09-18")
    assert evidence.is_template_pair(a, b) and evidence.is_template_pair(b, a)
    assert compare(a, b) is None and compare(b, a) is None
    monkeypatch.setattr(evidence, "is_template_pair", lambda *_: False)
    monkeypatch.setattr(evidence, "leads_with_a_later_day", lambda *_: False)  # a day apart, its own day
    assert compare(a, b) is not None  # what the rule stops
    monkeypatch.undo()
    # A copy that corrects one figure the same day stays a copy: more paragraphs kept.
    corrected = fp(fuel("Friday", "1,318", 12, "1,204", "979"), day="2023-09-15")
    assert not evidence.is_template_pair(a, corrected)
    assert compare(a, corrected) is not None


WARNING_EN = (
    "The Orvania Weather Service issued a heavy rain warning for the districts of Selwyn, Marant"
    " and Port Arda on Tuesday, saying up to 140 mm of rain would fall until Thursday.\n\n"
    "Rivers in Selwyn and Marant could burst their banks, and landslides were possible on the"
    " roads above Port Arda, the service's director Ilse Varno said in a statement.\n\n"
    "Some 3,400 residents of 14 villages along the Calder river were moved to 22 shelters last"
    " month when the river rose 2.6 metres in one night, Varno said.\n\n"
    "The Orvania Red Cross said it had 600 volunteers ready in Selwyn and Port Arda."
)


def warning_id(start, until, districts):
    return (
        f"Dinas Cuaca Orvania mengeluarkan peringatan hujan lebat untuk distrik {districts} pada"
        f" {start}, dan mengatakan hujan hingga 140 mm akan turun sampai {until}.\n\n"
        "Sungai di Selwyn dan Marant bisa meluap, dan tanah longsor mungkin terjadi di jalan di atas"
        " Port Arda, kata direktur dinas itu Ilse Varno dalam pernyataannya.\n\n"
        "Sekitar 3.400 warga dari 14 desa di sepanjang sungai Calder dipindahkan ke 22 tempat"
        " penampungan bulan lalu ketika sungai naik 2,6 meter dalam satu malam, kata Varno.\n\n"
        "Palang Merah Orvania mengatakan 600 relawan siap di Selwyn dan Port Arda."
    )


def test_a_translated_bulletin_naming_only_other_weekdays_is_the_next_edition(monkeypatch):
    a = fp(WARNING_EN, day="2023-09-12")
    # The translation: the same days, and one it adds, keep it the same story.
    same = fp(warning_id("Selasa (12/9)", "Kamis", "Selwyn, Marant dan Port Arda"), day="2023-09-12", language="id")
    assert not evidence.other_weekdays(a, same)
    assert compare(same, a).kind == "translation"
    # The next day's warning in Indonesian: other days only (and a district fewer).
    nxt = fp(warning_id("Rabu", "Sabtu", "Selwyn dan Marant"), day="2023-09-13", language="id")
    assert evidence.other_weekdays(nxt, a) and evidence.other_weekdays(a, nxt)
    assert compare(nxt, a) is None
    monkeypatch.setattr(evidence, "other_weekdays", lambda *_: False)
    monkeypatch.setattr(evidence, "leads_with_a_later_day", lambda *_: False)  # a day apart, its own day
    assert compare(nxt, a) is not None  # what the rule stops


def test_weekdays_a_day_apart_match_cyclically_but_not_another_editions_days():
    # Review R23: a translation moving a day to local time names the next (or previous) day.
    assert evidence._near_days({"@d5"}, {"@d4"}) and evidence._near_days({"@d4"}, {"@d5"})
    assert evidence._near_days({"@d1"}, {"@d7"}) and evidence._near_days({"@d7"}, {"@d1"})
    assert not evidence._near_days({"@d6"}, {"@d4"})  # Saturday / Thursday
    # The next edition (Wednesday, Saturday) against Tuesday, Thursday: Saturday is no day's
    # neighbour, so the pair keeps its veto (each day of both sides must be one).
    assert evidence._near_days({"@d2", "@d4"}, {"@d3", "@d6"})
    assert not evidence._near_days({"@d3", "@d6"}, {"@d2", "@d4"})


def test_a_weather_warning_for_another_city_in_another_language_is_no_translation():
    """One template in Indonesian and an English report of another city's warning: the same
    hours, wind speed and wave height, other places and forecaster (a translation 0.72, R28).
    Names alike across the two languages are few; a translation keeps its places and people."""

    id_ = (
        "MAKASSAR - BMKG mengeluarkan peringatan dini cuaca untuk wilayah Sulawesi Selatan pada Kamis (20/11)"
        " pukul 14.00 WITA hingga 18.00 WITA.\n\n"
        "Hujan lebat disertai petir dan angin kencang berpotensi terjadi di Makassar, Maros dan Gowa, kata"
        " prakirawan BMKG Andi Rahmat.\n\n"
        "Kecepatan angin dapat mencapai 35 km per jam dengan gelombang setinggi 3 meter di perairan Sulawesi Selatan.\n\n"
        "Masyarakat diimbau mewaspadai banjir dan pohon tumbang."
    )
    en = (
        "PONTIANAK - Indonesia's BMKG issued an early weather warning for West Kalimantan on Thursday from 2 p.m."
        " to 6 p.m. local time.\n\n"
        "Heavy rain with lightning and strong winds could hit Pontianak, Singkawang and Ketapang, BMKG forecaster"
        " Ferdy Siregar said.\n\n"
        "Winds could reach 35 km per hour with waves of 3 meters in West Kalimantan's waters.\n\n"
        "Residents were urged to watch for floods and falling trees."
    )
    a = fingerprint(
        article(
            "https://berita.example/cuaca-makassar",
            id_,
            "id",
            "2026-11-20",
            2,
            title="Peringatan dini cuaca Sulawesi Selatan",
        )
    )
    b = fingerprint(
        article(
            "https://wx-en.example/pontianak", en, "en", "2026-11-20", 3, title="Weather warning for West Kalimantan"
        )
    )
    assert compare(a, b) is None
    assert compare(b, a) is None


def gold(day, change, price, buyback):
    return (
        f"ARDA - The price of Orvania Mint gold bars on {day} {change} to {price} dinars a gram,"
        " according to the mint's own price page.\n\n"
        f"The mint's buyback price for its gold bars {change} to {buyback} dinars a gram, the page showed.\n\n"
        "Bars of half a gram sell for 1,185 dinars, bars of 5 grams for 10,960 dinars, bars of 10 grams"
        " for 21,875 dinars and bars of 100 grams for 217,600 dinars.\n\n"
        "Buyers of gold bars pay an income tax of 0.45 percent with a tax number and 0.9 percent"
        " without one, collected by the mint for the Treasury.\n\n"
        "Follow our other latest news on our channel."
    )


def test_two_days_of_a_bulletin_with_fixed_price_and_tax_paragraphs_are_two_stories(monkeypatch):
    # R32 finding 2: two paragraphs name the day's figures, two give fixed ones (a price
    # table, a tax rate) word for word: a tie, two editions when published on other days.
    a = fp(gold("Monday (13/10)", "rose 12", "2,271", "2,121"), day="2023-10-13")
    b = fp(gold("Tuesday (14/10)", "fell 12", "2,259", "2,109"), day="2023-10-14")
    assert evidence.is_template_pair(a, b) and evidence.is_template_pair(b, a)
    assert compare(a, b) is None and compare(b, a) is None
    monkeypatch.setattr(evidence, "is_template_pair", lambda *_: False)
    monkeypatch.setattr(evidence, "leads_with_a_later_day", lambda *_: False)  # a day apart, its own day
    assert compare(a, b) is not None  # what the rule stops
    monkeypatch.undo()
    # The same tie published the same day is a writethru's revision, not another edition.
    same_day = fp(gold("Tuesday (14/10)", "fell 12", "2,259", "2,109"), day="2023-10-13")
    assert not evidence.is_template_pair(a, same_day)


def storm_warning(day, date):
    return (
        f"The Orvania Weather Service issued an early warning of severe weather for the Calder"
        f" lowlands on {day}, {date} 2026.\n\n"
        "Moderate to heavy rain with lightning and strong winds is expected over Selwyn, Marant,"
        " Port Arda and Mireth from 13:00 local time.\n\n"
        "Residents were asked to watch for floods, landslides, falling trees and water pooling on"
        " the main roads.\n\n"
        "Forecasters asked people to follow the latest updates on the service's own app and its"
        " official social media accounts."
    )


def test_the_next_days_bulletin_changing_only_its_weekday_and_date_is_another_story(monkeypatch):
    # R40 finding 5: a daily warning for Wednesday and the one for Thursday, 24 hours apart,
    # word for word but for the day and date: one paragraph redated, one kept (its hour).
    a = fp(storm_warning("Wednesday", "June 3"), day="2026-06-03")
    b = fp(storm_warning("Thursday", "June 4"), day="2026-06-04")
    assert evidence.is_template_pair(a, b) and evidence.is_template_pair(b, a)
    assert compare(a, b) is None and compare(b, a) is None
    monkeypatch.setattr(evidence, "is_template_pair", lambda *_: False)
    monkeypatch.setattr(evidence, "leads_with_a_later_day", lambda *_: False)  # a day apart, its own day
    assert compare(a, b).kind == "near"  # what the rule stops
    monkeypatch.undo()
    # A copy of Wednesday's warning republished days later keeps its day and date.
    later = fp(storm_warning("Wednesday", "June 3"), day="2026-06-06")
    assert not evidence.is_template_pair(a, later) and compare(a, later) is not None
    # Within hours, a warning redated is a correction of the same bulletin, not the next one.
    corrected = fp(storm_warning("Thursday", "June 4"), day="2026-06-03", hour=15)
    assert not evidence.is_template_pair(a, corrected)


def unchanged(day):
    """The gold bulletin of a day the price did not move, its lead worded so."""
    return gold(day, "stayed", "2,259", "2,109").replace(", according", ", the same as a day earlier, according", 1)


def test_two_days_of_a_bulletin_whose_leads_name_their_own_day_are_two_stories(monkeypatch):
    # Review set 10 (R46): the gold price unchanged from Friday to Saturday, the leads worded
    # apart beyond their day and date; the same bulletin on two Wednesdays a week apart. Every
    # other paragraph is kept word for word.
    friday = fp(gold("Friday (27/11)", "stayed", "2,259", "2,109"), day="2026-11-27")
    saturday = fp(unchanged("Saturday (28/11)"), day="2026-11-28")
    wednesday = fp(gold("Wednesday (18/11)", "stayed", "2,259", "2,109"), day="2026-11-18")
    next_wednesday = fp(unchanged("Wednesday (25/11)"), day="2026-11-25")
    for a, b in ((friday, saturday), (wednesday, next_wednesday)):
        assert evidence.is_template_pair(a, b) and evidence.is_template_pair(b, a)
        assert compare(a, b) is None and compare(b, a) is None
    monkeypatch.setattr(evidence, "is_template_pair", lambda *_: False)
    monkeypatch.setattr(evidence, "leads_with_a_later_day", lambda *_: False)  # a day apart, its own day
    assert compare(friday, saturday).kind == "near"  # what the rule stops
    monkeypatch.undo()
    # A copy republished days later, its lead reworded, repeats the day its lead names.
    later = fp(unchanged("Friday (27/11)"), day="2026-11-30")
    assert not evidence.is_template_pair(friday, later) and compare(friday, later) is not None
    # An update's lead hours later names the day it was written: no other edition.
    update = fp(
        "Update: by Saturday noon the price had not moved.\n\n" + unchanged("Friday (27/11)"), day="2026-11-27", hour=20
    )
    assert not evidence.is_template_pair(friday, update)


def short_gold(when):
    return (
        f"The price of Orvania Mint gold bars {when} stayed at 2,259 dinars a gram, according to the mint's own"
        " price page, with its buyback price at 2,109 dinars a gram, bars of half a gram selling for 1,185"
        " dinars and bars of 10 grams for 21,875 dinars."
    )


def test_the_next_days_bulletin_dated_today_only_is_no_summary_of_the_day_before():
    # R44 finding 3: the gold price unchanged, the next day's one-paragraph bulletin names no
    # date but "today": it joined Friday's full bulletin as a summary.
    friday = fp(gold("Friday (27/11)", "stayed", "2,259", "2,109"), day="2026-11-27")
    saturday = fp(short_gold("today"), day="2026-11-28", url="https://y.example/gold")
    assert evidence.is_template_pair(friday, saturday) and evidence.is_template_pair(saturday, friday)
    assert compare(friday, saturday) is None and compare(saturday, friday) is None
    # The same summary the day the bulletin names, or a day later naming its day, is one.
    for when, day in (("today", "2026-11-27"), ("on Friday (27/11)", "2026-11-28")):
        summary = fp(short_gold(when), day=day, hour=12, url="https://y.example/gold")
        assert not evidence.is_template_pair(friday, summary)
        assert compare(friday, summary) is not None
