"""Loose translations, late translations and rivals in another language (review R17's findings).

Our own fixtures: an English wire report of a warehouse fire, a loose Indonesian translation of
it, and an Indonesian outlet's own report of the fire naming the same people and figures in its
own order.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, fingerprint
from tests.dedupe_corpus import article

FIRE_EN = (
    "SEMARANG, Indonesia (AFP) - A fire tore through a textile warehouse in Semarang on Thursday, "
    "killing 9 workers and injuring 31, police said.\n\n"
    "The blaze broke out at the Sinar Tekstil plant in the Tugu industrial zone, spokesman Rudi "
    "Hartanto told reporters.\n\n"
    '"Most of the victims were trapped on the second floor," Hartanto said. Firefighters needed 4 '
    "hours to put out the flames, he added.\n\n"
    "The provincial governor, Ahmad Luthfi, visited the injured at Kariadi hospital and promised to "
    "review safety checks at 120 factories in the province.\n\n"
    "Factory fires are common in Indonesia, where safety rules are often poorly enforced."
)
FIRE_ID = (
    "SEMARANG (AFP) - Kebakaran melanda gudang tekstil di Semarang pada Kamis, menewaskan 9 pekerja "
    "dan melukai 31 orang, kata polisi.\n\n"
    "Api muncul di pabrik Sinar Tekstil di kawasan industri Tugu, kata juru bicara Rudi Hartanto.\n\n"
    '"Sebagian besar korban terjebak di lantai dua," kata Hartanto. Pemadam butuh 4 jam untuk '
    "memadamkan api."
)
#: Kompas-style own report: the toll, then the governor's visit, the quote, the plant last.
FIRE_RIVAL_ID = (
    "Sebanyak 9 pekerja tewas dan 31 orang luka dalam kebakaran gudang tekstil di Semarang, Kamis, "
    "kata polisi.\n\n"
    "Gubernur Ahmad Luthfi menjenguk korban luka di rumah sakit Kariadi dan berjanji memeriksa ulang "
    "keselamatan 120 pabrik di provinsi itu.\n\n"
    '"Sebagian besar korban terjebak di lantai dua," kata Rudi Hartanto. Pemadam kebakaran butuh 4 '
    "jam untuk memadamkan api.\n\n"
    "Menurut Hartanto, api muncul di pabrik Sinar Tekstil di kawasan industri Tugu."
)


def _fp(url: str, body: str, language: str, hour: int, day: str = "2025-06-12") -> dict:
    return fingerprint(article(url, body, language, day, hour, title="Kebakaran gudang tekstil di Semarang"))


def test_a_rival_report_in_another_language_needs_the_mention_order_of_a_translation():
    # Every name and figure of the rival is the wire's: the anchor score alone (0.64, order 0.4)
    # passed the translation bar. A translation keeps the order; the rival tells it its own way.
    en = _fp("https://afp.example/fire", FIRE_EN, "en", 8)
    rival = _fp("https://kompas.example/kebakaran", FIRE_RIVAL_ID, "id", 12)
    translated = _fp("https://mirror.example/kebakaran", FIRE_ID, "id", 14)
    assert compare(en, rival) is None and compare(rival, en) is None
    assert compare(en, translated).kind == compare(translated, en).kind == "translation"
