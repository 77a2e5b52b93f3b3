"""Figures given twice, the second time in brackets another way (a currency converted, a
distance in miles, a time in GMT): a translation for local readers drops the bracket.

Our own fixtures: an English wire report of a water pipeline approved by a cabinet, a loose Malay
translation (its quote left out) cut to three paragraphs without the conversions, and a Malay outlet's own
report of the approval naming the same minister and figures with its own people and figures.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.evidence import without_asides
from newscrawl.dedupe.features import from_record, to_record
from newscrawl.dedupe.text import conversions
from tests.dedupe_corpus import article

PIPELINE_EN = (
    "KUALA LUMPUR (Reuters) - Malaysia's cabinet on Wednesday approved a 12.4 billion ringgit "
    "($2.9 billion) plan to build a 48-km (30-mile) water pipeline from the Nenggiri dam to Penang, "
    "Energy Minister Fadillah Yusof said.\n\n"
    "The pipeline will carry up to 820,000 cubic metres of water a day when it opens in 2029, Fadillah "
    "told reporters after the weekly meeting ended at 13:40 (0540 GMT).\n\n"
    '"Penang cannot keep growing without a second source of water," Fadillah said.\n\n'
    "The line will be built by Syarikat Air Utara, which will invite bids from 14 contractors in March.\n\n"
    "Penang's water use rose 6.3% last year to 1.1 billion cubic metres, according to the Penang Water "
    "Supply Corporation.\n\n"
    "Opposition lawmaker Lim Guan Eng questioned the cost, saying an earlier plan drawn up by Jacobs "
    "Engineering in 2017 had put it at 7.8 billion ringgit."
)
PIPELINE_MS = (
    "KUALA LUMPUR - Kabinet Malaysia pada Rabu meluluskan pelan bernilai RM12.4 bilion untuk membina "
    "saluran paip air sepanjang 48 km dari empangan Nenggiri ke Pulau Pinang, kata Menteri Tenaga "
    "Fadillah Yusof.\n\n"
    "Saluran paip itu mampu membawa sehingga 820,000 meter padu air sehari apabila dibuka pada 2029, "
    "kata Fadillah kepada pemberita selepas mesyuarat mingguan berakhir pukul 13.40.\n\n"
    "Syarikat Air Utara akan mempelawa tender daripada 14 kontraktor pada Mac."
)
#: A Malay outlet's own report: the state's chief minister, the state's own figures and the
#: contractor's bids; the cabinet's figures in its own order.
PIPELINE_RIVAL_MS = (
    "GEORGE TOWN - Ketua Menteri Pulau Pinang Chow Kon Yeow menyambut baik kelulusan saluran paip "
    "air dari empangan Nenggiri yang diumumkan Menteri Tenaga Fadillah Yusof pada Rabu.\n\n"
    "Menurut Chow, negeri itu kini kekurangan 310 juta liter air sehari dan 57 kawasan perumahan "
    "terjejas sejak Januari.\n\n"
    "Projek RM12.4 bilion sepanjang 48 km itu dijangka siap pada 2029 dan membekalkan 820,000 meter "
    "padu air sehari.\n\n"
    '"Ini penantian 20 tahun rakyat Pulau Pinang," kata Chow kepada pemberita di Komtar.'
)


def _fp(url: str, body: str, language: str, hour: int) -> dict:
    return fingerprint(article(url, body, language, "2025-09-17", hour, title="Pipeline to Penang approved"))


def test_conversions_in_brackets_after_a_figure_are_read():
    assert dict(conversions("approved a 44.7 billion baht ($1.3 billion) plan for a 35-km (22-mile) line")) == {
        "#13": 1,
        "#22": 1,
    }
    assert dict(conversions("broke out at about 5:30 a.m. (2130 GMT Tuesday) while")) == {
        "#2130": 1,
        "gmt": 1,
        "@d2": 1,
    }
    assert dict(conversions("senilai 1,2 miliar dolar AS (sekitar Rp19 triliun).")) == {"#19": 1}
    # Brackets that say something else stay: an aside with its own words, a source, a rate note.
    assert not conversions("killed 8 people (including 3 children)")
    assert not conversions("rose 5% (from 3% a year ago)")
    assert not conversions("BANGKOK (Reuters) - a 5 (Reuters) ($1 = 34.40 baht)")


def test_the_fingerprint_keeps_only_anchors_named_nowhere_else():
    en = _fp("https://reuters.example/pipeline", PIPELINE_EN, "en", 6)
    assert en["asides"] == ["#29", "#30", "#540", "gmt"]
    twice = _fp("https://wire.example/pipeline", PIPELINE_EN + "\n\nThe plan costs $2.9 billion in all.", "en", 6)
    assert "#29" not in twice["asides"]  # given outside a bracket too: the story's own figure


def test_a_translation_without_the_originals_conversions_is_found_and_a_rival_is_not():
    en = _fp("https://reuters.example/pipeline", PIPELINE_EN, "en", 6)
    translated = _fp("https://berita.example/paip", PIPELINE_MS, "ms", 9)
    rival = _fp("https://akhbar.example/paip-chow", PIPELINE_RIVAL_MS, "ms", 10)
    assert compare(en, translated).kind == compare(translated, en).kind == "translation"
    assert compare(en, rival) is None and compare(rival, en) is None
    # The conversions are left out only against an article that does not give them.
    assert without_asides(en, translated)["anchors"] == [x for x in en["anchors"] if x not in en["asides"]]
    assert without_asides(en, en) is en


def test_a_fingerprint_stored_before_asides_loads_and_keeps_every_anchor():
    en = _fp("https://reuters.example/pipeline", PIPELINE_EN, "en", 6)
    translated = _fp("https://berita.example/paip", PIPELINE_MS, "ms", 9)
    fields, sig = to_record(en)
    old = from_record({k: v for k, v in fields.items() if k != "asides"}, sig)
    assert without_asides(old, translated) is old
    assert compare(old, translated) is None  # as before: its conversions count as its own figures


def test_two_english_reports_one_in_miles_one_in_km_are_not_merged():
    """Units are renamed between languages only: a rival English report giving its own figures
    in km is not the miles report renamed."""
    wire = (
        "MANILA, Nov 10 (Wire) - Typhoon Fung-wong slammed into Aurora province in the northern Philippines on Monday "
        "with winds of 115 miles per hour, forcing 1.4 million people from their homes, officials said.\n\n"
        "Waves of up to 30 feet hit the coast of Baler, and the storm's rain bands stretched 1,100 miles across, "
        "the weather agency PAGASA said.\n\n"
        "At least 4 people were killed in Catanduanes, disaster chief Ariel Nepomuceno said.\n\n"
        "Schools and offices were shut across Luzon."
    )
    rival = (
        "MANILA, Nov 10 (Rival) - Fung-wong, the strongest typhoon to hit the Philippines this year, crashed ashore "
        "in Aurora on Monday packing winds of 185 km per hour as 1.4 million people sheltered in evacuation centres.\n\n"
        "PAGASA forecasters warned of storm surges of 9 metres in Baler, with the typhoon's clouds spanning 1,770 km.\n\n"
        "Civil Defense's Ariel Nepomuceno confirmed 4 deaths in Catanduanes and said rescuers could not yet reach Samar.\n\n"
        '"We are bracing for more," Nepomuceno told DZMM radio. Classes were suspended across Luzon.'
    )
    a = fingerprint(
        article(
            "https://wire.example/t", wire, "en", "2026-11-10", 3, title="Typhoon Fung-wong hits northern Philippines"
        )
    )
    b = fingerprint(
        article("https://rival.example/t", rival, "en", "2026-11-10", 4, title="Fung-wong crashes ashore in Aurora")
    )
    assert compare(a, b) is None
    assert compare(b, a) is None
