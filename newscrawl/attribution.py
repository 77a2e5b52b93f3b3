"""Who really published a story: wire agencies, the original publisher, the credit line.

Mirrors republish wire copy with the credit in the text: a dateline with an agency
("MOSCOW (AFP) -", "Jakarta (ANTARA) -"), a trailing "- Reuters", a "Sumber: NDTV"
line, or NDTV's syndication notice, in English or machine-translated into
Indonesian or Malay ("(Kecuali judulnya, cerita ini belum diedit oleh staf NDTV dan
diterbitkan dari feed sindikasi.)"). :func:`attribute` takes these off the body's
paragraphs and returns them as an :class:`~newscrawl.items.Attribution` plus the
dateline; :func:`agency_name` tells a wire agency from a person (for authors).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from newscrawl.dateline_regions import TIME_WORDS, dateline_region
from newscrawl.dates import DAY_NAMES, MONTH_WORDS
from newscrawl.intl_credits import has_cjk, take_intl_dateline
from newscrawl.items import Attribution

#: Wire agencies by canonical short name, with the spellings found in credits.
AGENCIES: dict[str, tuple[str, ...]] = {
    "AFP": (
        "AFP",
        "Agence France-Presse",
        "Agence France Presse",
        "AFP News",
        "法新社",
        "AFP時事",
        "أ ف ب",
        "아에프페",
    ),
    "Reuters": ("Reuters", "Thomson Reuters", "REUTERS", "ロイター", "路透社", "رويترز", "로이터", "Рейтер", "רויטרס"),
    "AP": ("AP", "Associated Press", "The Associated Press", "美联社", "美聯社"),
    "ANTARA": ("ANTARA", "Antara", "ANTARA News", "Antaranews", "Antara News Agency"),
    "Bernama": ("Bernama", "BERNAMA"),
    "PTI": ("PTI", "Press Trust of India", "பிடிஐ"),
    "ANI": ("ANI", "Asian News International"),
    "IANS": ("IANS", "Indo-Asian News Service"),
    "Xinhua": ("Xinhua", "XINHUA", "Xinhua News Agency", "新华社", "新華社", "شينخوا", "신화통신", "Синьхуа"),
    "Kyodo": ("Kyodo", "Kyodo News", "KYODO", "共同", "共同通信", "共同通信社", "교도통신", "共同社"),
    "Yonhap": ("Yonhap", "YONHAP", "Yonhap News Agency", "연합뉴스", "聯合", "联合", "韩联社", "韓聯社"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur", "د ب أ"),
    "EFE": ("EFE", "Agencia EFE"),
    "UPI": ("UPI", "United Press International"),
    "ANSA": ("ANSA",),
    "TASS": ("TASS", "ITAR-TASS", "ТАСС", "ИТАР-ТАСС"),
    "RIA Novosti": ("RIA Novosti", "RIA", "РИА Новости"),
    "Anadolu": ("Anadolu", "Anadolu Agency", "Anadolu Ajansı", "AA", "الأناضول"),
    "PA": ("PA Media", "Press Association"),
    "AAP": ("AAP", "Australian Associated Press"),
    "CP": ("The Canadian Press", "Canadian Press"),
    "CNA": ("CNA", "Central News Agency", "中央社", "中央通訊社"),
    "KNA": ("KNA", "Korean Central News Agency", "KCNA"),
    "Bloomberg": ("Bloomberg",),
    "Sputnik": ("Sputnik",),
    "APA": ("APA", "Austria Presse Agentur"),
    "epd": ("epd", "Evangelischer Pressedienst"),
    "Kathpress": ("Kathpress", "kathpress"),
    "SP-X": ("SP-X",),
    "Keystone-SDA": ("Keystone-SDA", "SDA", "Schweizerische Depeschenagentur"),
    "SID": ("SID", "Sport-Informations-Dienst"),
    "Jiji": ("Jiji", "JIJI", "Jiji Press", "時事", "時事通信"),
    "ANP": ("ANP", "Algemeen Nederlands Persbureau"),
    "Belga": ("Belga",),
    "Lusa": ("Lusa",),
    "Europa Press": ("Europa Press",),
    # National news agencies (Wikipedia's "List of news agencies"; members of the Asia-Pacific
    # OANA, the European EANA, the Arab FANA and the African FAAPA): their short forms as credited.
    "APP": ("APP", "Associated Press of Pakistan"),
    "PPI": ("PPI", "Pakistan Press International"),
    "PNA": ("PNA", "Philippine News Agency"),
    "NAN": ("NAN", "News Agency of Nigeria"),
    "UNI": ("UNI", "United News of India"),
    "BSS": ("BSS", "Bangladesh Sangbad Sangstha"),
    "UNB": ("UNB", "United News of Bangladesh"),
    "RSS": ("Rastriya Samachar Samiti",),
    # Vietnamese: Thông tấn xã Việt Nam (TTXVN).
    "VNA": ("VNA", "Vietnam News Agency", "TTXVN", "Thông tấn xã Việt Nam"),
    "TNA": ("Thai News Agency",),
    "MNA": ("MNA", "Myanmar News Agency"),
    "AKP": ("AKP", "Agence Kampuchea Presse"),
    "Montsame": ("Montsame", "MONTSAME", "МОНЦАМЭ"),
    "Pajhwok": ("Pajhwok", "Pajhwok Afghan News"),
    # The Arab agencies as Arabic text credits them ("الرياض (واس) -", "(كونا)", "(أ ش أ)").
    "KUNA": ("KUNA", "Kuwait News Agency", "كونا"),
    "WAM": ("WAM", "Emirates News Agency", "وام"),
    "SPA": ("SPA", "Saudi Press Agency", "واس", "وكالة الأنباء السعودية"),
    "QNA": ("QNA", "Qatar News Agency", "قنا"),
    "BNA": ("BNA", "Bahrain News Agency", "بنا"),
    "ONA": ("ONA", "Oman News Agency", "العمانية"),
    "MENA": ("MENA", "Middle East News Agency", "أ ش أ"),
    "IRNA": ("IRNA", "Islamic Republic News Agency"),
    "SANA": ("SANA", "Syrian Arab News Agency", "سانا"),
    "Petra": ("Jordan News Agency", "بترا"),
    "NNA": ("NNA", "National News Agency"),
    "INA": ("INA", "Iraqi News Agency", "واع"),
    "WAFA": ("WAFA", "وفا"),
    "MAP": ("MAP", "Maghreb Arab Press"),
    "TAP": ("TAP", "Tunis Afrique Presse"),
    "APS": ("APS", "Algérie Presse Service", "Agence de Presse Sénégalaise"),
    "ENA": ("ENA", "Ethiopian News Agency", "ኢዜአ"),
    "GNA": ("GNA", "Ghana News Agency"),
    "Ukrinform": ("Ukrinform", "Укрінформ", "Укринформ"),
    "UNIAN": ("UNIAN", "УНІАН", "УНИАН"),
    "Interfax": ("Interfax", "Интерфакс", "Інтерфакс"),
    "BelTA": ("BelTA", "БелТА"),
    "Kazinform": ("Kazinform",),
    "Armenpress": ("Armenpress",),
    "AzerTag": ("AzerTag", "AZERTAC"),
    "MTI": ("MTI", "Magyar Távirati Iroda"),
    "PAP": ("PAP", "Polska Agencja Prasowa", "Polish Press Agency"),
    "CTK": ("ČTK", "CTK", "Czech News Agency"),
    "TASR": ("TASR",),
    "STA": ("STA", "Slovenian Press Agency"),
    "HINA": ("HINA",),
    "Tanjug": ("Tanjug", "TANJUG", "Танјуг", "ТАНЈУГ"),
    "BTA": ("BTA", "Bulgarian News Agency"),
    "Agerpres": ("Agerpres", "AGERPRES"),
    "ANA-MPA": ("ANA-MPA", "Athens-Macedonian News Agency", "ΑΠΕ-ΜΠΕ", "ΑΠΕ"),
    "Ritzau": ("Ritzau", "ritzau", "RITZAU"),
    # Cuba's Agencia Cubana de Noticias and Catalonia's Agència Catalana de Notícies.
    "ACN": ("ACN", "Agencia Cubana de Noticias", "Agència Catalana de Notícies"),
    "NTB": ("NTB", "Norsk Telegrambyrå"),
    "TT": ("TT Nyhetsbyrån",),
    "STT": ("STT", "Finnish News Agency"),
    "AGI": ("AGI", "Agenzia Giornalistica Italia"),
    "Adnkronos": ("Adnkronos",),
    "Prensa Latina": ("Prensa Latina",),
    "Télam": ("Télam", "Telam"),
    "Agência Brasil": ("Agência Brasil", "Agencia Brasil"),
    "Andina": ("Agencia Andina",),
    "Notimex": ("Notimex",),
    "IPS": ("Inter Press Service",),
    # Second national agencies and regional ones credited the same way (review rv26): China News
    # Service ("中新社", its site "中新网"), Turkey's İhlas, Demirören and ANKA agencies and Anadolu
    # as Turkish writes it, South Korea's Newsis and News1, Iran's ISNA, Mehr, Fars and Tasnim, the
    # Baltic agencies, Laos' KPL.
    "China News Service": ("China News Service", "Chinanews", "中新社", "中新网", "中新網", "中国新闻社", "中國新聞社"),
    "İHA": ("İHA", "İhlas Haber Ajansı", "Ihlas News Agency"),
    "DHA": ("DHA", "Demirören Haber Ajansı", "Demirören News Agency"),
    "ANKA": ("ANKA", "ANKA Haber Ajansı"),
    "Newsis": ("Newsis", "뉴시스"),
    "News1": ("News1", "뉴스1"),
    "ISNA": ("ISNA", "Iranian Students' News Agency"),
    "Mehr": ("Mehr News Agency", "Mehr News"),
    "Fars": ("Fars News Agency", "Fars News"),
    "Tasnim": ("Tasnim News Agency", "Tasnim News", "Tasnim"),
    "BNS": ("BNS", "Baltic News Service"),
    "LETA": ("LETA",),
    "ELTA": ("ELTA",),
    "KPL": ("KPL", "Lao News Agency"),
    # Agencies credited in their own scripts and missing above (review rv28): the South African
    # Press Association, Hebrew "רויטרס", Tamil "பிடிஐ", Amharic "ኢዜአ" (ENA), Mongolian
    # "МОНЦАМЭ", Greek "ΑΠΕ-ΜΠΕ", Serbian Cyrillic "Танјуг".
    "SAPA": ("SAPA", "South African Press Association"),
}

#: The agencies as South and Southeast Asia's scripts write them (review rv24): Thai, Devanagari
#: (Hindi), Urdu and Bengali credits ("ที่มา: รอยเตอร์", "(इनपुट: पीटीआई)", "لاہور (اے پی پی)",
#: "ঢাকা, ২৭ নভেম্বর (বাসস) :"). Urdu's "پی ٹی آئی" is Pakistan's PTI party, not the agency: left out.
LOCAL_SCRIPT_AGENCIES: dict[str, tuple[str, ...]] = {
    "Reuters": ("รอยเตอร์", "สำนักข่าวรอยเตอร์", "रॉयटर्स", "रायटर्स", "रॉयटर", "رائٹرز", "روئٹرز", "রয়টার্স"),
    "AFP": ("เอเอฟพี", "สำนักข่าวเอเอฟพี", "एएफपी", "اے ایف پی", "এএফপি"),
    "AP": ("เอพี", "สำนักข่าวเอพี", "एपी", "اے پی", "এপি"),
    "PTI": ("पीटीआई", "पीटीआइ", "भाषा", "পিটিআই"),
    "ANI": ("एएनआई", "এএনআই"),
    "IANS": ("आईएएनएस", "আইএএনএস"),
    "UNI": ("यूएनआई", "ইউএনআই"),
    "APP": ("اے پی پی",),
    "BSS": ("বাসস", "বাংলাদেশ সংবাদ সংস্থা"),
    "UNB": ("ইউএনবি",),
    "Xinhua": ("ซินหัว", "สำนักข่าวซินหัว", "शिन्हुआ", "سنہوا", "শিনহুয়া", "সিনহুয়া"),
    "Bernama": ("เบอร์นามา",),
    "TNA": ("สำนักข่าวไทย",),
    # Nepali "रासस" (Rastriya Samachar Samiti; review rv28)
    "RSS": ("रासस",),
}
for _name, _aliases in LOCAL_SCRIPT_AGENCIES.items():
    AGENCIES[_name] = (*AGENCIES[_name], *_aliases)

#: Abbreviations that are also ordinary words or initials: only credited in parentheses or as a credit line.
_AMBIGUOUS = {"AP", "AA", "PA", "RIA", "CNA", "ANI", "UPI", "EFE", "APA", "SID", "SDA", "ANP", "EPD"} | {
    # the national agencies' short forms that are also words, names, places or other bodies' initials
    "APP", "PPI", "PNA", "NAN", "UNI", "BSS", "UNB", "VNA", "WAM", "SPA", "QNA", "BNA", "ONA", "MENA", "SANA",
    "NNA", "INA", "WAFA", "MAP", "TAP", "APS", "ENA", "GNA", "MTI", "PAP", "CTK", "STA", "HINA", "BTA", "NTB",
    "STT", "AGI", "KUNA", "IRNA", "TASR", "UNIAN",
    # Turkish "İHA" is also a drone (insansız hava aracı); DHA, ANKA, ISNA, BNS, LETA, ELTA and KPL
    # are words or other bodies' initials too
    "İHA", "DHA", "ANKA", "ISNA", "BNS", "LETA", "ELTA", "KPL", "ACN",
    # Turkey's AKP party, Iran's Mehr (also "MNA"), "Sapa" (a Vietnamese town), Greek "ΑΠΕ" (renewables)
    "AKP", "MNA", "SAPA", "ΑΠΕ",
    # CJK short forms that are also words ("共同" joint, "联合" united, "時事" current affairs)
    "共同", "联合", "聯合", "時事",
    # Arabic short forms that are also words or parts of names ("وام", "بنا", "قنا", "وفا", ...)
    "واس", "كونا", "وام", "قنا", "بنا", "العمانية", "سانا", "بترا", "واع", "وفا", "الأناضول",
    # Hindi "भाषा" (language: PTI's Hindi service), "एपी" (Andhra Pradesh), Urdu "اے پی", Bengali "এপি"
    "भाषा", "एपी", "اے پی", "এপি", "เอพี",
}  # fmt: skip

_ALIAS_TO_AGENCY = {alias.casefold(): name for name, aliases in AGENCIES.items() for alias in aliases}
# The local scripts' spellings have a pattern of their own, searched only in a text that holds a
# letter of those scripts: the credit patterns built on ``_AGENCY_ALT`` run on every line.
_LOCAL_ALIASES = {a for aliases in LOCAL_SCRIPT_AGENCIES.values() for a in aliases}
_ALIASES = sorted(
    (a for aliases in AGENCIES.values() for a in aliases if a not in _LOCAL_ALIASES), key=len, reverse=True
)
_AGENCY_ALT = "|".join(re.escape(a) for a in _ALIASES)
_AGENCY_RE = re.compile(rf"(?<![\w-])(?:{_AGENCY_ALT})(?![\w-])")
_LOCAL_AGENCY_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in sorted(_LOCAL_ALIASES, key=len, reverse=True)) + r")(?![\w-])"
)
#: A letter of the scripts of ``LOCAL_SCRIPT_AGENCIES`` (Devanagari, Bengali, Thai, Arabic and Urdu).
_LOCAL_SCRIPT = re.compile(r"[\u0600-\u06ff\u0900-\u09ff\u0e00-\u0e7f]")

#: Publishers named in syndication notices and source lines besides the agencies, each spelled as
#: the publisher names itself ("Kompas.com", the portal's own name, as it signs its datelines). A
#: credit naming one in any wording ("KOMPAS.com", "kompas.com", "Kompas", its address) gives this
#: spelling (``_known_publisher``); a publisher not here is given as its credit writes it.
KNOWN_PUBLISHERS = (
    "NDTV",
    "Press Trust of India",
    "Hindustan Times",
    "Times of India",
    "India Today",
    "The Hindu",
    "CNN",
    "BBC",
    "Al Jazeera",
    "The Guardian",
    "Kompas.com",
    "Detik",
    "Tempo",
    "Antara",
    "Bernama",
    "The Star",
    "Straits Times",
    "Channel NewsAsia",
    "South China Morning Post",
)

#: The names of KNOWN_PUBLISHERS and their names without the address's ending ("Kompas").
KNOWN_PUBLISHER_NAMES = frozenset(KNOWN_PUBLISHERS) | {name.split(".")[0] for name in KNOWN_PUBLISHERS}
# A known publisher's name in a notice's text, with or without its address's ending ("Kompas",
# "Kompas.com"), in registry order.
_KNOWN_IN_TEXT = [
    (name, re.compile(rf"(?<!\w){re.escape(name.split('.')[0])}(?:\.[a-z]{{2,6}})*(?!\w)")) for name in KNOWN_PUBLISHERS
]

_DASH = r"(?:-{1,2}|–|—)"
# "MOSCOW (AFP) -", "Jakarta, 13/9 (ANTARA) -", "KUALA LUMPUR, Sept 13 (Bernama) --", "Moskow:",
# "NEW DELHI:", "WASHINGTON — ". The place is one to four capitalised words, with the particles of
# place names between them ("Frankfurt am Main", "Rio de Janeiro"; not "Admit it:").
_PLACE_PARTICLES = r"(?:de|da|do|du|des|del|di|la|le|el|los|las|am|an|im|on|of|upon|al|en|y|e|sur|sul)"
_PLACE = r"(?P<place>(?:[A-Z][\w'’.-]*|[A-Z]{2,})(?:[ -](?:[A-Z][\w'’.-]*|" + _PLACE_PARTICLES + r"|[A-Z]{2,})){0,3})"
# Spanish agencies close theirs with ".-": "Madrid, 24 nov (EFE).-".
# ANI writes the state in parentheses and the country in brackets: "Shimla (Himachal Pradesh)
# [India], November 26 (ANI):".
_DATELINE_AGENCY = re.compile(
    rf"^{_PLACE}(?:\s*\([^()\n]{{2,30}}\)(?=\s*[\[,]))?(?:\s*\[[^\[\]()\n]{{2,30}}\])?(?:(?:,|\s(?=\d{{1,2}}\.?\s+[^\W\d_]))\s*[^()\n:]{{1,30}}?)?"
    rf"\s*\((?P<agency>[^()\n]{{2,40}})\)\s*\.?(?:{_DASH}|:)?\s*"
)
# The same in a script without capitals: "الرياض (واس) -", "القاهرة، 26 نوفمبر (أ ش أ) -"; Bengali
# "ঢাকা, ২৭ নভেম্বর (বাসস) :" (a place's vowel signs are no \w: any mark but a digit, a space or
# punctuation), Urdu "لاہور (اے پی پی) پنجاب ..." with no dash or colon after the credit. With no
# dash or colon the place is one word, the credit right after it or after a date ("लखनऊ, 12 मार्च
# (पीटीआई) ..."): a sentence's opening words before a bracket are no place ("समाचार एजेंसी (पीटीआई)
# के मुताबिक ...", "ذكرت وكالة (رويترز) أن ...").
_CASELESS_CHAR = r"[^\s\d_()\[\]،,፣:;.!?\-–—]"
_DATELINE_AGENCY_CASELESS = re.compile(
    rf"^(?P<place>[^\W\d_A-Za-z]{_CASELESS_CHAR}*(?: {_CASELESS_CHAR}+){{0,2}})(?P<day>\s*[،,፣]\s*[^()\n:]{{1,30}}?)?"
    # Amharic's comma "፣" and preface colon "፦": "ባሕር ዳር፣ ኅዳር 17/2019 (ኢዜአ)፦" (review rv28)
    rf"\s*\((?P<agency>[^()\n]{{2,40}})\)\s*(?P<dash>{_DASH}|:|፦)?\s*"
)
# The agency between slashes after the place and day, in any script: Agerpres' "Timișoara, 26 noi
# /Agerpres/ -", TASS's "ЕКАТЕРИНБУРГ, 26 ноября. /ТАСС/." (review rv28); Czech ČTK's day with no
# comma ("Brno 26. listopadu (ČTK) -") is ``_DATELINE_AGENCY``'s.
_DATELINE_SLASHED = re.compile(
    rf"^(?P<place>[^\W\d_][^\d()\n,/.:]{{0,40}}?),?\s+\d[^()\n/]{{0,28}}?\s*/(?P<agency>[^/()\n]{{2,30}})/\s*\.?\s*(?:{_DASH}\s*)?"
)
# A place (in capitals: ``take_dateline`` checks; two joined by a slash: "ACCRA/PARIS"), its region
# and day after commas, then any credit in brackets or between slashes and a dash
# (``take_dateline``'s last resort, review rv30).
_DATELINE_OTHER_CREDIT = re.compile(
    r"^(?P<place>[^\W\d_][\w'’.-]+(?:[ /-][^\W\d_][\w'’.-]+){0,3})(?P<between>(?:,\s*[^()/\n:]{1,40}?)?)\s*"
    rf"(?:\((?P<paren>[^()\n]{{2,40}})\)|/[^/()\n]{{2,30}}/)\s*\.?{_DASH}\s+(?=[A-Z\"“‘'])"
)
_DATELINE_COLON = re.compile(rf"^{_PLACE}(?:,\s*(?P<extra>[\w .]{{1,20}}?))?\s*:\s+(?=\S)")
# The place in capitals, its country or state after a comma at most ("MANILA, Philippines —").
# Bernama writes the day after it: "KUCHING, Nov 27 --", "KUALA LUMPUR, 27 Nov --".
_DATELINE_CAPS_DASH = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.-]+(?:[ ,][A-Z][A-Z'’.-]+){0,3}(?:,\s*[A-Z][a-z'’.]+(?: [A-Z][a-z'’.]+){0,2})?)"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?\s*" + _DASH + r"\s+"
)
# "Jakarta - ", "Kuala Lumpur – " (detik.com's style): capitalised words, then a dash between spaces.
_DATELINE_DASH = re.compile(r"^(?P<place>[A-Z][a-z'’.]+(?: [A-Z][a-z'’.]+){0,2})\s+" + _DASH + r"\s+(?=[A-Z\"“‘'])")
# "Via Wire News", "Dipetik dari Kompas": a line naming where a copy came from.
_VIA_LINE = re.compile(
    r"^\(?\s*(?:Via|Diambil dari|Dipetik dari|Originally published (?:by|in|at))\s*:?\s+(?P<name>[A-Z0-9][^()\n,;]{1,60}?)\s*\)?\.?$"
)
_LEAD_AGENCY = re.compile(rf"^\(\s*(?P<agency>{_AGENCY_ALT})\s*\)\s*{_DASH}?\s*")
# A news portal's dateline, which names the portal beside the place (Indonesian and Malay sites):
# "JAKARTA, KOMPAS.com -", "TRIBUNNEWS.COM, JAKARTA -", "Liputan6.com, Jakarta -",
# "PEKANBARU (RIAUPOS.CO) –", "TANJUNGPINANG, WARTAKEPRI –", "Suara.com - ". The portal is a web
# address ("KOMPAS.com", "REPUBLIKA.CO.ID") or, beside a place in capitals, a word in capitals.
_PORTAL = r"(?:[A-Za-z][\w-]*(?:\.[A-Za-z]{2,6}){1,2})"
_CAPS_WORDS = r"(?:[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})"
_SENTENCE_START = re.compile(r"[\"“‘'(\d]|[^\W\d_]*[A-Z]")
_DATELINE_PORTAL = (
    # portal, place: "TRIBUNNEWS.COM, JAKARTA -", "Liputan6.com, Jakarta -"
    re.compile(rf"^(?P<portal>{_PORTAL})\s*,\s*{_PLACE}\s*{_DASH}\s+"),
    # place, portal: "JAKARTA, KOMPAS.com -", "TANJUNGPINANG, WARTAKEPRI –" (or a region: "KUALA LUMPUR, MALAYSIA -")
    re.compile(
        rf"^(?:{_PLACE}\s*,\s*(?P<portal>{_PORTAL})|(?P<caps>{_CAPS_WORDS})\s*,\s*(?P<caps_portal>[A-Z][A-Z0-9]{{2,}}))"
        rf"\s*{_DASH}\s+"
    ),
    # place (portal): "PEKANBARU (RIAUPOS.CO) –", "Jakarta, 13/9 (KOMPAS.com) -"
    re.compile(
        rf"^{_PLACE}(?:,\s*[^()\n:]{{1,30}}?)?\s*\((?P<portal>{_PORTAL}|[A-Z][A-Z0-9]{{2,}})\)\s*(?:{_DASH}|:)\s*"
    ),
    # the portal alone: "KOMPAS.com -", "Suara.com – "
    re.compile(rf"^(?P<portal>{_PORTAL})\s*{_DASH}\s+"),
)

# Two groups of capitalised words and a dash, one of them the site's own name written out, not as a
# web address: place then outlet ("Jakarta, Warta Nusantara --") or outlet then place ("Liputan
# Layar Enam, Bekasi -", the site "Layar Enam"). Which side is the outlet only the site's names
# tell (``take_site_dateline``): "Kuala Lumpur, Malaysia -" names no site.
_NAME_WORDS = r"[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}"
_DATELINE_SITE_NAME = re.compile(rf"^(?P<first>{_NAME_WORDS})\s*,\s*(?P<second>{_NAME_WORDS})\s*{_DASH}\s+")

# A notice in parentheses about syndication or the agency feed, in English, Indonesian or Malay.
_SYNDICATION = re.compile(
    r"syndicat|sindikasi|sindiket|bersindiket|feed sindikasi|auto-generated|dihasilkan secara otomatis|"
    r"has not been edited|belum diedit|tidak disunting|tidak diedit",
    re.IGNORECASE,
)
# The same notice with no parentheses, as a sentence of its own: "This story has not been edited by
# <Site> staff and is auto-generated from a syndicated feed." (review rv26), "Except for the headline,
# this story has not been edited ...".
_BARE_NOTICE = re.compile(
    r"^(?i:(?:except\s+for\s+the\s+headline,\s*|only\s+the\s+(?:headline|image)[^,]{0,60},\s*)?"
    r"this\s+(?:story|article|report|content|copy)\s+(?:has\s+not\s+been|was\s+not|is|was)\s)"
)
_BARE_NOTICE_WORDS = re.compile(
    r"(?i:not\s+been\s+edited|auto-generated|(?:from|via|through)\s+(?:a|an|the)\s+(?:syndicated|agency|wire)\s+(?:news\s+)?feed)"
)
# A notice that the story came from a feed, in English, Indonesian or Malay: its subject ("This
# article", "Artikel ini", "Berita ini"), a passive verb ("was published", "is generated",
# "disiarkan", "diterbitkan") and where from ("from a Reuters feed", "via the agency's news feed",
# "daripada suapan Bernama", "dari umpan berita AFP"). The line ends there: at the feed's word, with
# at most an agency's name after it, a notice's "without changes" and an agency's sign-off ("--
# Reuters"; the names checked in ``_credit_line``). A sentence that goes on ("... feed that the
# streamer shared with police") is the story's, and so is one about a channel ("saluran").
_FEED_NOTICE = re.compile(
    r"^\(?\s*(?i:"
    r"this\s+(?:story|article|report|content|copy|piece|post|item)\s+(?:(?:has|have)\s+been\s+|was\s+|is\s+(?:being\s+)?)?"
    r"(?:automatically\s+|auto-?)?(?:published|generated|posted|sourced|taken|pulled|syndicated|distributed"
    r"|carried|delivered|produced|created|imported|obtained|provided|supplied)(?:\s+(?:automatically|directly|unedited))?"
    r"\s+(?:from|via|through|off)\s+(?:(?:a|an|the)\s+)?(?:[\w'’&.-]+\s+){0,3}?(?:news\s*)?feed"
    r"|(?:artikel|berita|tulisan|laporan|kandungan|konten|bahan)\s+ini\s+(?:(?:telah|sudah|juga)\s+)?di\w+"
    r"(?:\s+secara\s+(?:otomatis|automatik))?\s+(?:dari|daripada|melalui|menerusi)\s+(?:umpan|suapan|feed)(?:\s+berita)?"
    r")(?:\s+(?P<agency>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}))?"
    r"(?:,?\s+(?i:without\s+(?:any\s+)?(?:changes|edits|editing)(?:\s+to\s+(?:the|its)\s+text)?|unedited"
    r"|tanpa\s+(?:suntingan|penyuntingan|perubahan)))?"
    r"\s*\.?\s*\)?\.?(?:\s*[-–—]{1,2}\s*(?P<signoff>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})\.?)?$"
)
_NOTICE_PUBLISHER = re.compile(
    r"(?:by|oleh)\s+(?:staf|staff|kakitangan|tim|pasukan|redaksi)?\s*(?P<name>[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){0,3})"
    r"\s+(?:staff|staf)?|(?:staf|staff|kakitangan|redaksi)\s+(?P<name2>[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){0,3})"
)
_SOURCE_LINE = re.compile(
    r"^\(?\s*(?:Sumber|Source|Sources|Sumber berita|Credit|Kredit|Foto/Sumber)\s*:\s*(?P<name>[^()\n]{2,120}?)"
    r"(?P<desk>(?<=\w)/[a-z]{1,4}(?:\s*\([a-z]{1,4}\))?)?\s*\)?\s*\.?$",
    re.IGNORECASE,
)
# A note that the story ran first elsewhere, naming where: "Artikel ini telah tayang di Kompas.com
# dengan judul ...", "Artikel ini pertama kali disiarkan oleh Bernama", "This article was originally
# published on The Conversation", "This article is republished from The Conversation under ...".
# Source lines in other languages ("Źródło: PAP", "Fuente: EFE", "Quelle: dpa", "来源：新华社"):
# a credit when they name a wire agency (short forms such as PAP too: the label says it is one).
# Thai "ที่มา:", Hindi "स्रोत:" / "साभार:" / "इनपुट:" (inputs: "(इनपुट: पीटीआई)"), Urdu "ماخذ:" /
# "بشکریہ:", Bengali "সূত্র:" / "তথ্যসূত্র:" the same (review rv24).
_SOURCE_LINE_INTL = re.compile(
    r"^\(?\s*(?:Źródło|Zrodlo|Fuentes?|Fontes?|Quellen?|Bron|Kilde|Källa|Lähde|Zdroj|Forrás|Kaynak|Nguồn|"
    r"来源|來源|出典|출처|المصدر|مصدر|ที่มา|แหล่งที่มา|स्रोत|साभार|इनपुट|ماخذ|بشکریہ|সূত্র|তথ্যসূত্র|"
    # Romanian "Sursa:", Serbian and Croatian "Izvor:" / "Извор:", Khmer "ប្រភព៖" (its own colon), Lao
    # "ແຫຼ່ງຂ່າວ:" (review rv28)
    r"Sursa|Surse|Izvor|Извор|ប្រភព|ແຫຼ່ງຂ່າວ|ແຫຼ່ງທີ່ມາ)"
    r"\s*[:：៖]\s*(?P<name>[^()\n]{2,80}?)\s*\)?\s*[.।۔]?$",
    re.IGNORECASE,
)
_REPUBLISHED = re.compile(
    r"^\(?\s*(?:"
    r"(?i:artikel|berita|tulisan|cerita|laporan)\s+ini\s+(?:(?:telah|sudah|pernah|pertama\s+kali|juga)\s+)*"
    r"(?:tayang|dimuat|terbit|diterbitkan|dipublikasikan|disiarkan|tersiar)(?:\s+(?:semula|pertama\s+kali))?"
    r"\s+(?i:di|dalam|oleh|pada|melalui|daripada|dari)|"
    r"(?i:this\s+(?:article|story|piece|post|report|content)\s+(?:was|is|has\s+been|first)?\s*"
    r"(?:originally\s+|first\s+)?(?:published|appeared|posted|ran|republished)\s+(?:on|in|at|by|from|with))|"
    r"(?P<bare>(?i:(?:originally|first)\s+(?:published|appeared|posted)\s+(?:on|in|at|by))|"
    # "Republished with permission from ...", "Reprinted courtesy of ..." (review rv32)
    r"(?i:(?:republished|reprinted)\s+(?:here\s+)?(?:with\s+(?:the\s+)?permission\s+(?:of|from)|courtesy\s+of|from)))"
    # the name after a lower-case article: "... originally published by the Granite State Current, a
    # nonprofit newsroom" (review rv32)
    r")\s+(?:the\s+)?(?P<name>[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*(?:\s+(?!(?i:dengan|with|under|as|pada|on|in|and|dan)\b)[A-Z0-9][\w&'’-]*(?:\.[\w&'’-]+)*){0,4})"
    # A note without its subject ("Originally published by ...", "Reprinted from ...") ends at the
    # name, its day ("..., 3 September 2025", "... on March 3, 2026"), an apposition ("..., a nonprofit
    # newsroom") or "and is republished ..." after it at most: "Originally published by the Harbour
    # Board in 1911, the map shows ..." is the story's (review R57).
    r"(?(bare)(?:,?\s+(?i:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}))?"
    r"(?:,\s+(?i:an?)\s+[^.!?]*)?(?:\s+(?i:and\s+is\s+(?:being\s+)?republished)\b[^.!?]*)?\s*[.)]*$)"
)
# The same note in French, Spanish, Portuguese, Italian and German, a day maybe between the verb and
# the place: "Cet article a initialement été publié le 23 novembre 2026 sur le site de La Dépêche
# Rhodanienne." (review rv27), "Este artículo fue publicado originalmente en The Conversation",
# "Este artigo foi publicado originalmente no site Nexo", "Questo articolo è stato pubblicato
# originariamente su Il Post", "Dieser Artikel erschien zuerst bei Zeit Online".
_REPUBLISHED_WORDS = re.compile(
    r"(?i)initialement|originellement|d'abord|originalmente|originariamente|inizialmente|zuerst|ursprünglich"
)
_REPUBLISHED_DAY = (
    r"(?:\s+(?i:le|el|em|il|am|on)\s+\d{1,2}(?:er|º|\.)?\s+(?:de\s+)?[^\W\d_]+\.?\s+(?:de\s+)?\d{4}"
    r"|\s+(?i:le|el|em|il|am)\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?"
)
_REPUBLISHED_INTL = re.compile(
    r"^\(?\s*(?:"
    r"(?i:(?:cet|l')\s*article|ce\s+texte|article)?\s*(?i:(?:a\s+)?(?:été\s+)?(?:initialement|originellement|d'abord)\s+"
    r"(?:été\s+)?publié|publié\s+(?:initialement|originellement|d'abord))"
    rf"{_REPUBLISHED_DAY}\s+(?i:sur\s+le\s+site(?:\s+web)?(?:\s+(?:de|du|des)|\s+d')?|sur|dans|par|chez)|"
    r"(?i:(?:este|el|o)\s+(?:artículo|articulo|artigo|texto)\s+)?(?i:(?:fue|foi|se)\s+)?(?i:publicado\s+originalmente|"
    r"originalmente\s+publicado|publicó\s+originalmente)"
    rf"{_REPUBLISHED_DAY}\s+(?i:en\s+el\s+sitio(?:\s+web)?(?:\s+de)?|no\s+site(?:\s+d[aoe])?|en|em|no|na|por|pelo|pela)|"
    r"(?i:questo\s+articolo\s+è\s+stato\s+)?(?i:(?:originariamente|inizialmente)\s+pubblicato|pubblicato\s+"
    rf"(?:originariamente|inizialmente)){_REPUBLISHED_DAY}\s+(?i:sul\s+sito(?:\s+di)?|su|da|in)|"
    r"(?i:(?:dieser|der)\s+(?:artikel|beitrag|text)\s+)?(?i:erschien\s+(?:zuerst|ursprünglich)"
    rf"){_REPUBLISHED_DAY}\s+(?i:bei|auf|in|im)"
    # the place: capitalised words, "du" / "de la" and the like between them ("La Voix du Nord"),
    # and at most two lower-case words after them ("Le Monde diplomatique")
    r")(?:\s+|(?<='))(?P<name>[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*(?:\s+(?:(?:du|de|des|del|da|do|di|la|le|el)\s+)?"
    r"[A-Z0-9][\w&'’-]*(?:\.[\w&'’-]+)*){0,4})(?:\s+[^\W\d_A-Z][\w'’-]*){0,2}\s*[.)]*$"
)
# A paper's note of the issue that printed the story, the whole line: "Published in The Express
# Tribune, November 24th, 2025." (review rv7; on a mirror it names the paper the copy came from).
_PRINTED_IN = re.compile(
    r"^\(?\s*(?i:(?:first\s+)?published|appeared)\s+in\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}),?\s+(?:(?i:on)\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?),?\s+\d{4}\s*[.)]*$"
)
#: A German note without its subject ("Erschien zuerst bei ...") and without a day.
_BARE_ERSCHIEN = re.compile(r"(?i)^\(?\s*erschien\s+(?:zuerst|ursprünglich)\s+(?:bei|auf|in|im)\s")
#: A name that is an outlet's: a site's address or a newspaper's, magazine's, broadcaster's word.
_OUTLET_NAME = re.compile(
    r"\w\.[a-z]{2,}\b|(?i:online|zeitung|magazin|blatt|kurier|post|rundschau|nachrichten|anzeiger|news|journal|"
    r"radio|tv|spiegel|presse|bote|echo|tribune|times)"
)
# An agency's copyright notice closing its copy: "Copyright 2025 The Associated Press. All rights
# reserved. ...", "Copyright © ANTARA 2025", "© 2025 AFP".
_COPYRIGHT_LINE = re.compile(
    r"^\s*(?:(?i:copyright)\s*(?:©|ⓒ|\(c\))?|©|ⓒ|\(c\))\s*(?:\d{4}\s*,?\s*)?(?P<name>[^\W\d][^.\n]{1,60}?)"
    r"\s*(?:,?\s*\d{4})?\s*(?:\.(?:\s.*)?)?$",
    re.DOTALL,
)
# An agency's copyright line in other shapes: a rights-reserved phrase beside it ("RIPRODUZIONE
# RISERVATA © Copyright ANSA", "© Lusa. Todos os direitos reservados."), its service's name and the
# story's number after it ("© dpa-infocom, dpa:261126-930-112233/1"). The phrases and the marks come
# off; what is left is the agency's name, then at most its service after a hyphen and a number.
_RIGHTS_RESERVED = re.compile(
    r"(?i:all rights reserved|riproduzione riservata|tutti i diritti riservati|alle rechte vorbehalten|"
    r"tous droits réservés|todos los derechos reservados|todos os direitos reservados|"
    r"wszelkie prawa zastrzeżone|alle rechten voorbehouden|hak cipta dilindungi(?: undang-undang)?)"
)
_COPYRIGHT_SIGN = re.compile(r"(?i:copyright)|©|ⓒ|\([cC]\)")
_COPYRIGHT_MARKS = re.compile(_COPYRIGHT_SIGN.pattern + r"|\b\d{4}\b")
_COPYRIGHT_NAME_END = re.compile(r"[,:;|.]")
#: Longest copyright line read by ``_copyright_agency``.
MAX_COPYRIGHT_LINE_CHARS = 120


def _copyright_agency(text: str) -> str | None:
    """The agency a copyright line of another shape names (``_RIGHTS_RESERVED``), else None."""
    if len(text) > MAX_COPYRIGHT_LINE_CHARS or not _COPYRIGHT_SIGN.search(text):
        return None
    rest = _COPYRIGHT_MARKS.sub(" ", _RIGHTS_RESERVED.sub(" ", text)).strip(" .,;:|-–—")
    end = _COPYRIGHT_NAME_END.search(rest)
    name, tail = (rest[: end.start()], rest[end.start() :]) if end else (rest, "")
    agency = agency_name(name) or (agency_name(name.split("-")[0]) if "-" in name else None)
    if agency is None:
        return None
    # After the name, the agency's name again and the story's number only ("dpa:261126-930-112233/1").
    leftover = _AGENCY_RE.sub(" ", tail)
    return None if any(ch.isalpha() for ch in leftover) else agency


_TRAILING_AGENCY = re.compile(rf"\s*(?P<credit>{_DASH}\s*\(?(?P<agency>{_AGENCY_ALT})\)?\s*\.?)$")
# Desk initials after a credit's name ("Reuters/LDF", "CNA/ng(zl)", "AFP/dn").
# An agency's partner service after it, one word ("AFP/Relaxnews", "AFP-Relaxnews"): the agency's copy.
_DESK_INITIALS = (
    r"(?:\s*/\s*[A-Za-z]{1,4}(?:\s*\(\s*[A-Za-z]{1,4}\s*\))?|\s*[/-]\s*[A-Z][a-z]+[A-Za-z]{2,20}(?=\s*\.?$))"
)
# An agency's closing line with its operators' initials in capitals (PTI's "PTI SDA RHL"; the
# initials may spell another agency's short form: SDA).
_OPERATOR_INITIALS = re.compile(rf"^(?P<agency>{_AGENCY_ALT})(?:\s+[A-Z]{{2,4}}){{1,5}}\s*$")
_WHOLE_AGENCY = re.compile(
    rf"^\s*(?:(?P<dash>{_DASH})\s*)?\(?\s*(?P<agency>(?:{_AGENCY_ALT})(?:\s*(?:/|,|and|dan|&)\s*(?:{_AGENCY_ALT}))*)"
    # the desk that wrote it up, after a dash's credit only: "—Reuters/LDF, GMA Integrated News"
    rf"{_DESK_INITIALS}*(?P<desk>\s*,\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,4}})?\s*\)?\s*\.?$"
)
# A note that the story draws on an agency's copy: "(With inputs from PTI)", "With inputs from
# agencies", "(With agency inputs)", "Additional reporting by Reuters" (a person named is no credit).
_INPUTS_LINE = re.compile(
    rf"^(?:{_DASH}\s*)?\(?\s*(?i:with\s+(?:additional\s+)?inputs?\s+from|(?:additional\s+)?inputs?\s+from|"
    r"(?:with\s+)?additional\s+reporting\s+(?:by|from)|with\s+(?:reporting|inputs?)\s+(?:by|from))\s+"
    r"(?P<name>[^()\n]{2,80}?)\s*\)?\s*\.?$"
    rf"|^(?:{_DASH}\s*)?\(?\s*(?i:with\s+(?P<generic>agency|agencies|wire|wires)\s+inputs?)\s*\)?\s*\.?$"
)
# A writer's line that names the agency the story was written for, over the story: Indonesian and
# Malay "Laporan dari Jana Ulm untuk Reuters", "Dilaporkan oleh A dan B untuk AFP", English
# "Reported by Jana Ulm for Reuters" (review rv24). The writers are the authors, the agency a credit.
_REPORT_FOR_AGENCY = re.compile(
    r"^\(?\s*(?i:laporan|liputan|dilaporkan|reported|reporting)\s+(?i:dari|oleh|by)\s+"
    r"(?P<names>[A-Z][^()\n]{1,80}?)\s+(?i:untuk|for|bagi)\s+(?P<agency>[^()\n]{2,40}?)\s*\)?\s*\.?$"
)
_REPORT_NAMES = re.compile(r"\s*(?:,|&|\b(?:and|dan)\b)\s*")
# A closing credit in brackets, ASCII or full-width, in any script the agency list spells: "(বাসস)",
# "（共同）", "(ANTARA)"; a "from" word inside and the writer's name before it: Vietnamese "Minh Anh
# (theo Reuters)" (review rv26). The writer is the byline's to read (the raw lines keep it).
_BRACKET_CREDIT = re.compile(
    r"^(?P<writer>[^\W\d_][^()（）\n.!?,;:。]{0,40}?\s+)?[(（]\s*(?:(?i:theo|nguồn|from|via|dari|menurut)\s*:?\s+)?"
    r"(?P<name>[^()（）\n]{1,40}?)\s*[)）]\s*[.。।]?$"
)
# An agency's name between slashes closing its copy (Ritzau's "/ritzau/"), or Agerpres' closing
# line, its desk's initials and the writer and editor in brackets after a slash: "AGERPRES/(AS -
# autor: <name>, editor: <name>)" (review rv28).
_SLASHED_CREDIT = re.compile(
    r"^/\s*(?P<agency>[^/\n]{2,30}?)\s*/$"
    rf"|^(?P<signed>[^\W\d_][\w-]{{1,20}})\s*/\s*\(\s*[A-Z]{{1,4}}\s*{_DASH}\s*[^()\n]{{2,160}}\)\s*\.?$"
)
# A wire desk's sign-off under the credit: its writers' and editors' initials in lower case, each
# after a slash (PAP's "mz/ drag/") or between spaces (ČTK's "hol kva"); taken off only when the
# story names an agency in its dateline or credit lines.
_DESK_SIGNOFF = re.compile(r"^(?:[a-z]{1,5}/\s*){1,4}$|^[a-z]{2,4}(?: [a-z]{2,4}){1,3}$")
#: Most words of the writer's name before a bracketed credit.
MAX_CREDIT_WRITER_WORDS = 4
# A story's end mark on its own line: Chinese "（完）", "（全文完）", "（终）": no credit, not the story's.
_END_MARK = re.compile(r"^[(（【\[]\s*(?:全文)?(?:完|终|終)\s*[)）】\]]$")
# A Korean agency's closing copyright line: "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "저작권자 ⓒ
# 뉴시스, 무단전재 및 재배포 금지" (review rv26): the holder named after the mark.
_KOREAN_COPYRIGHT = re.compile(
    r"^[<〈《\[]?\s*저작권자\s*(?:\(c\)|\(C\)|ⓒ|©)?\s*(?P<name>[^,，<>〉》\]\n]{1,30}?)\s*(?:[,，.].*)?[>〉》\]]?$"
)


# A bracketed credit or a source line after the paragraph's last sentence: "... kata dia. (AFP)",
# "... said. Source: Reuters", "... kata dia. Sumber: antaranews.com".
_CREDIT_AFTER_SENTENCE = re.compile(
    r"(?<=[.!?\"”’])(?P<credit>\s+(?:\((?P<bracket>[^()\n]{2,30})\)|(?i:sumber|source)\s*:\s*"
    r"(?:(?P<address>(?i:(?:https?://)?(?:www\.)?[\w-]+(?:\.[a-z]{2,6})+(?:/\S*)?))|(?P<source>[^()\n:.]{2,40}?)))\s*\.?)$"
)
#: Longest sentence read as a picture's caption or a chart's note before a run-in credit (``_caption_shaped``).
MAX_CAPTION_CHARS = 100
# Words that report speech: a sentence with one is the story's ("..., kata wali kota. (ANTARA)").
_SPEECH_WORDS = re.compile(
    r"\b(?i:said|says|told|according|kata|katanya|ujar|ujarnya|ucap|tutur|jelas|ungkap|tambah|sagte|sagt)\b|[\"“”«»„]"
)


def _caption_shaped(text: str) -> bool:
    """True for a paragraph that is one short sentence reporting no speech: a picture's caption or a
    chart's note ("Residents walk across the old bridge on Tuesday.") run into the story's end."""
    body = text.strip()
    return (
        len(body) <= MAX_CAPTION_CHARS and not re.search(r"[.!?]\s+[A-Z]", body[:-1]) and not _SPEECH_WORDS.search(body)
    )


def _closing_credit_after_sentence(text: str, *, staff_byline: bool = False) -> tuple[str, list[str]] | None:
    """``(credit, agencies)`` of a credit closing ``text`` after its last sentence's end, naming
    agencies only, else None. ``staff_byline`` (the site's own story): not after a caption-shaped
    sentence (``_caption_shaped``), the credit of a picture or a chart's data."""
    if not text.endswith((")", ").")) and ":" not in text[-50:]:
        return None
    match = _CREDIT_AFTER_SENTENCE.search(text)
    if match is None or len(text) <= len(match.group("credit")) + 20:
        return None
    if staff_byline and _caption_shaped(text[: match.start("credit")]):
        return None
    if match.group("address"):
        agency = _agency_of_address(match.group("address"))
        return (match.group("credit"), [agency]) if agency else None
    name = match.group("bracket") or match.group("source")
    parts = [p for p in _CREDIT_PARTS.split(name.strip()) if p]
    found = [agency_name(p) for p in parts]
    if not found or None in found:
        return None
    return match.group("credit"), list(dict.fromkeys(a for a in found if a))


def report_for_agency(line: str) -> tuple[list[str], str] | None:
    """``(writers, agency)`` of a line naming the agency its writers reported for ("Laporan dari
    Jana Ulm untuk Reuters" -> (["Jana Ulm"], "Reuters")), else None."""
    if len(line) > 160 or not line.lstrip("( ")[:1].isalpha():
        return None
    match = _REPORT_FOR_AGENCY.match(" ".join(line.split()))
    if match is None or not (agency := byline_agency(match.group("agency"))):
        return None
    names = [n for n in _REPORT_NAMES.split(match.group("names")) if n]
    return (names, agency) if names and all(n[:1].isupper() for n in names) else None


_CREDIT_PARTS = re.compile(r"\s*(?:,|/|&|\band\b|\bdan\b)\s*")
_AGENCY_WORDS = re.compile(r"^(?i:(?:the\s+)?(?:agency|agencies|wires?|news\s+agencies|wire\s+services?))$")
# The same note in other words and languages, the agencies named after it: "— with AFP", "Mit
# Material von dpa", "Con información de EFE", "*Com informações da Agência Brasil", "(avec AFP)",
# "With files from Reuters", "Met materiaal van ANP"; every name after it must be an agency, or
# the agencies unnamed ("Mit Agenturmaterial", "Con información de agencias").
_WITH_AGENCY_LEAD = (
    r"(?i:with\s+(?:files|reporting|information|material)\s+from|with|avec|"
    r"con\s+(?:informaci[oó]n|material)\s+de|con|"
    r"com\s+informa[çc](?:ões|oes|ão|ao)\s+d[aoe]s?|com|"
    r"mit\s+material\s+(?:von|der|des)|mit|met\s+(?:informatie|materiaal)\s+van|met|dengan|bersama|"
    # Vietnamese "(theo Reuters)", "Theo AFP": from the agency's copy
    r"theo)"
)
_WITH_AGENCY = re.compile(rf"^{_WITH_AGENCY_LEAD}\s+(?P<name>\S.{{0,80}}?)$")
_WITH_AGENCY_LINE = re.compile(
    rf"^[*\s]*(?:{_DASH}\s*)?\(?\s*{_WITH_AGENCY_LEAD}\s+(?P<name>[^()\n]{{2,80}}?)\s*\)?\s*\.?$"
)
_CREDIT_PARTS_INTL = re.compile(r"\s*(?:,|/|&|\b(?:and|dan|und|et|y|e|en|og|och)\b)\s*")
# An article before an agency's name: "der dpa", "de la AFP", "l'AFP", "da Agência Brasil".
_NAME_ARTICLE = re.compile(r"^(?i:(?:der|die|des|de\s+la|de|del|da|do|la|le|les|l['’]|the)\s*)(?=\S)")
_AGENCY_WORDS_INTL = re.compile(
    r"^(?i:agenturen|agenturmaterial|agences?|agencias?|agências?|agencia|agentschappen|persbureaus?|agenzie)$"
)


def _named_agencies(names: str) -> list[str] | None:
    """The agencies ``names`` lists ("dpa und AFP", "la AFP y EFE") when every part is one or the
    agencies unnamed ("agencias"), else None."""
    found: list[str] = []
    parts = [p for p in _CREDIT_PARTS_INTL.split(names.strip(" .*")) if p]
    if not parts:
        return None
    for part in parts:
        if _AGENCY_WORDS.match(part) or _AGENCY_WORDS_INTL.match(part):
            continue
        agency = agency_name(part) or agency_name(_NAME_ARTICLE.sub("", part, count=1))
        if agency is None:
            return None
        if agency not in found:
            found.append(agency)
    return found


def aside_agencies(aside: str) -> list[str]:
    """The agencies an aside behind a byline's writers credits ("avec AFP", "with Reuters",
    "AFP"), else nothing."""
    text = " ".join(aside.split())
    match = _WITH_AGENCY.match(text)
    found = _named_agencies(match.group("name") if match else text)
    return found or []


_WORD_CHARS = re.compile(r"\w")


def agency_name(text: str | None) -> str | None:
    """The canonical wire agency ``text`` names (``"Agence France-Presse"`` → ``"AFP"``), else None."""
    if not text:
        return None
    cleaned = " ".join(text.split()).strip(" .,;:()[]-–—")
    found = _ALIAS_TO_AGENCY.get(cleaned.casefold())
    if found is None and (word := _AGENCY_WORD.match(cleaned)):
        found = _ALIAS_TO_AGENCY.get(cleaned[word.end() :].casefold())  # "Agência Lusa", "Agenzia ANSA"
    return found


#: The word "agency" before an agency's name, in the languages of its bylines.
_AGENCY_WORD = re.compile(
    r"(?i:agencia|agência|agenzia|agence|agencja|agentur|agentschap|agency|ajansı|agensi|agentura)\s+(?=\S)"
)


def byline_agency(name: str) -> str | None:
    """The wire agency a byline's name is, else None: short forms that are also names ("Ani",
    "Efe") count only in capitals ("ANI"). Agencies joined in one credit ("AFP-JIJI") give the
    first (``byline_agencies`` gives them all); a credit's "from" before it too ("Theo TTXVN")."""
    found = byline_agencies(name)
    return found[0] if found else None


def _one_byline_agency(name: str) -> str | None:
    agency = agency_name(name)
    short = name.strip(" .,;:()[]-–—")
    if agency and short.upper() in _AMBIGUOUS | {"TASS"} and not short.isupper():
        return None
    return agency


def organization_agency(name: str | None) -> str | None:
    """The wire agency an organisation's whole name is (JSON-LD's publisher: "Reuters", "ANTARA
    News"), else None; never a short form that is also another body's initials ("CNA" is Singapore's
    broadcaster as well as Taiwan's agency)."""
    agency = agency_name(name)
    if agency is None or " ".join((name or "").split()).strip(" .,;:()[]-–—") in _AMBIGUOUS:
        return None
    return agency


def role_agency(role: str) -> str | None:
    """The wire agency a writer's role in a byline opens with ("PA Health Correspondent", "AP
    Business Writer", "Reuters Technology Reporter"), else None. A short form that is also a word or
    initials ("PA") counts in capitals before the role's words, where it names the writer's employer."""
    first = role.split(maxsplit=1)
    if len(first) < 2:
        return None
    word = first[0].strip(" ,.")
    if word.isupper() and word in AGENCIES:
        return word
    return byline_agency(word)


#: A credit's word for "from" before an agency that stands as a byline: Vietnamese "Theo TTXVN".
_BYLINE_FROM = re.compile(r"^\s*(?:Theo|THEO)\s+(?=\S)")
#: Agencies joined in one byline: "AFP-JIJI" (The Japan Times), "Reuters/AP", "AFP & Reuters".
_JOINED_AGENCIES = re.compile(r"\s*(?:/|&|\+|,|\band\b|(?<=\w)-(?=\w))\s*")


def byline_agencies(name: str) -> list[str]:
    """The wire agencies a byline's name is, every one of them ("AFP-JIJI" -> AFP, Jiji; "Theo
    TTXVN" -> VNA), else nothing: each part must be an agency (``byline_agency``'s capitals rule)."""
    if not name:
        return []
    agency = _one_byline_agency(name)
    if agency:
        return [agency]
    text = _BYLINE_FROM.sub("", name, count=1)
    if text is not name and (agency := _one_byline_agency(text)):
        return [agency]
    if not any(mark in text for mark in "/&+,-") and " and " not in text:
        return []
    parts = [part for part in _JOINED_AGENCIES.split(text.strip(" .,;:()[]")) if part]
    found: list[str] = []
    for part in parts:
        agency = _one_byline_agency(part)
        if agency is None:
            return []
        if agency not in found:
            found.append(agency)
    return found if len(parts) > 1 else []


def credit_agencies(credit: str) -> list[str]:
    """The agencies a dateline's credit names, written in capitals too ("(EUROPA PRESS) -")."""
    found = find_agencies(credit, strict=False)
    if not found and credit.isupper():
        found = find_agencies(credit.title(), strict=False)
    return found


def find_agencies(text: str, *, strict: bool = True) -> list[str]:
    """Canonical names of the agencies ``text`` credits, in order of first mention.

    ``strict`` ignores short abbreviations that are also words (AP, AA) unless written in capitals
    inside parentheses or on their own.
    """
    found: list[str] = []
    matches = _AGENCY_RE.finditer(text)
    if _LOCAL_SCRIPT.search(text):
        matches = sorted([*matches, *_LOCAL_AGENCY_RE.finditer(text)], key=lambda m: m.start())  # type: ignore[assignment]
    for match in matches:
        alias = match.group()
        if strict and alias in _AMBIGUOUS:
            before = text[max(0, match.start() - 1) : match.start()]
            after = text[match.end() : match.end() + 1]
            if not (before == "(" and after == ")") and text.strip(" ()-–—.") != alias:
                continue
        name = _ALIAS_TO_AGENCY[alias.casefold()]
        if name not in found:
            found.append(name)
    return found


@dataclass(slots=True)
class Credits:
    """The body's paragraphs with the credits taken off, and what they said."""

    paragraphs: list[str]
    attribution: Attribution = field(default_factory=Attribution)
    dateline: str | None = None


def attribute(
    paragraphs: list[str],
    *,
    links: dict[str, str] | None = None,
    site_publisher: str | None = None,
    site_names: Sequence[str] | None = None,
    title_names: Sequence[str] = (),
    bold_lead: Callable[[str], str | None] | None = None,
    staff_byline: bool = False,
) -> Credits:
    """Take the dateline and the credit lines off ``paragraphs`` (not modified) and report them.

    ``links`` maps a paragraph's text to the first URL it links to, so a credit that
    links to the original article gives ``original_url``. ``site_publisher`` is the
    publisher of the site itself: never reported as the original publisher. ``site_names``
    are the names and host the site goes by: a portal dateline naming one of them
    ("JAKARTA, KOMPAS.com -" on kompas.com) is the site's own, not a credit; so is a source line
    naming one of them or of ``title_names`` (the name the page's title ends on: "Source: CNA/ng(zl)"
    under "Headline - CNA"), taken off the text and credited to no one. ``bold_lead`` gives the bold
    text a paragraph opens with on the page, if any: a place in bold is a dateline with no mark after
    it ("**MADURAI** The State ...", "**Jakarta.** Indonesia ...": ``take_bold_dateline``).
    ``staff_byline``: the page shows a byline naming writers and no agency, the site's own story:
    an English citing verb opening it ("According to Reuters, ...") and a citation in its last
    paragraph are a mention of another report, no credit.
    """
    result = Credits(paragraphs=list(paragraphs))
    att = result.attribution
    lead: list[str] = []  # credits before the text (dateline agency)
    credits: list[str] = []  # credits after it, in reading order
    agencies: list[str] = []
    paras = result.paragraphs
    links = links or {}

    # A writer's line over the story naming the agency it was written for ("Laporan dari Jana Ulm
    # untuk Reuters"): a credit, its writers the authors' (``report_for_agency``).
    if paras and (reported := report_for_agency(paras[0])):
        lead.append(paras.pop(0))
        agencies.append(reported[1])
    # The dateline leads the first paragraph of the story, after a box's or a caption's lines at most
    # (short lines that end no sentence: "Highlights: ...", "UPDATED Nov 24, 2025, 06:31 PM").
    for at in range(min(len(paras), MAX_DATELINE_PARAGRAPH + 1)):
        if at and not _lead_in_line(paras[at - 1]):
            break
        first, dateline, portal = take_portal_dateline(paras[at])
        agency_credit = None
        if not portal:
            first, dateline, agency_credit = take_dateline(paras[at], paras[at + 1 : at + 1 + MAX_LABEL_RUN])
        # A section's label taken off with no dateline after it ("MIGRATION – ..."): a kicker.
        kicker = paras[at][: len(paras[at]) - len(first)] if dateline is None and first != paras[at] else ""
        if dateline is None and not portal and not agency_credit and site_names:
            first, dateline = take_site_dateline(first, site_names)
        if (
            dateline is None
            and not portal
            and not agency_credit
            and not kicker
            and bold_lead
            and may_open_bold_dateline(paras[at])
            and (bold := bold_lead(paras[at]))
        ):
            first, dateline = take_bold_dateline(paras[at], bold)
        if portal:
            result.dateline = dateline
            publisher = _known_publisher(portal) or (portal if "." in portal else None)
            if publisher and not _names_site(portal, site_names or ()):
                # Another portal's dateline on a copy ("JAKARTA, KOMPAS.com -" on a mirror); a
                # word in capitals that names no site is the place's region ("KUALA LUMPUR, MALAYSIA -").
                lead.append(portal)
                att.publisher = publisher
        elif (dateline is not None and (not at or _in_capitals(dateline))) or agency_credit:
            # Past a lead-in line, only a place in capitals ("NEW DELHI:") or an agency's credit
            # is a dateline: "Kim Jong Un: Der Diktator ...", "Ministerin Schulze: ..." are a kicker
            # and a speaker.
            result.dateline = dateline
            if agency_credit:
                lead.append(agency_credit)
                agencies.extend(credit_agencies(agency_credit))
        elif not (kicker and (not at or _in_capitals(kicker))):
            continue
        if first:
            paras[at] = first
        else:
            paras.pop(at)
        break

    # Credit lines close the story; look at the last few paragraphs only.
    index = len(paras) - 1
    signoff = None
    if paras and len(paras[-1]) <= 24 and _DESK_SIGNOFF.match(paras[-1].strip()):
        signoff = paras.pop()  # put back below unless an agency is credited
        index -= 1
    while index >= 0 and index >= len(paras) - 4:
        text = paras[index]
        taken = _credit_line(text, [*(site_names or ()), *title_names])
        if taken is not None and taken[0] in ("own", "end"):
            # the site's own desk line ("Source: CNA/ng(zl)" on CNA), a story's end mark ("（完）"): no credit
            paras.pop(index)
            index -= 1
            continue
        if taken is None:
            trailing = _TRAILING_AGENCY.search(text)
            if trailing and len(text) > len(trailing.group("credit")) + 20:
                paras[index] = text[: trailing.start()].rstrip()
                credits.insert(0, trailing.group("credit").strip())
                agencies.extend(find_agencies(trailing.group("agency"), strict=False))
            elif index == len(paras) - 1 and (
                closing := _closing_credit_after_sentence(text, staff_byline=staff_byline)
            ):
                # The credit line run into the last paragraph after its last sentence (a line break
                # lost): "... kata wali kota. (ANTARA)", "... said. Sumber: Bernama".
                paras[index] = text[: -len(closing[0])].rstrip()
                credits.insert(0, closing[0].strip())
                agencies.extend(closing[1])
            index -= 1
            continue
        kind, publisher, found = taken
        if (
            kind == "agency"
            and _bare_name(text)
            and sum(map(_story_sentence, paras[index + 1 :])) >= 2
            and any(map(_story_sentence, paras[:index]))
        ):
            # The agency's name alone between paragraphs, with the story going on below it (two
            # sentences or more, not a feed's one-line disclaimer): a picture's credit or a link's
            # label, no credit line (which closes the story). Above the story it is the byline's
            # credit (a header's byline block naming only the agency).
            paras.pop(index)
            index -= 1
            continue
        if (
            kind == "republished"
            and sum(map(_story_sentence, paras[index + 1 :])) >= 2
            and (bare := _REPUBLISHED.match(text.strip()))
            and bare.group("bare")
        ):
            # "Originally published by ...", "Reprinted from ..." with the story going on below it:
            # a sentence of the story's, the note closes it (review R57).
            index -= 1
            continue
        credits.insert(0, text)
        for name in found:
            if name not in agencies:
                agencies.append(name)
        if publisher and publisher != site_publisher and not att.publisher:
            att.publisher = publisher
        if text in links and not att.original_url:
            att.original_url = links[text]
        paras.pop(index)
        index -= 1

    if signoff is not None:
        if agencies:
            credits.append(signoff)
        else:
            paras.append(signoff)
    if not agencies and not att.publisher:
        # An agency the story's first or last sentences say they report after, in Indonesian and
        # Malay ("..., seperti dilansir dari AFP", "..., demikian dilansir AFP", "mengutip Reuters"):
        # credited, the sentence left whole (reviews rv21, rv24).
        for text in [*paras[:2], *paras[2:][-1:]]:
            if ("lansir" in text or "utip" in text) and (cited := _CITED_AGENCY.search(text)):
                # The whole name cited, a weekday after it aside ("dilansir AFP Jumat"): "mengutip
                # Reuters Institute" cites the institute, no agency.
                words = cited.group("name").split()
                while len(words) > 1 and words[-1] in _CITED_WEEKDAYS:
                    words.pop()
                agency = byline_agency(" ".join(words))
                if agency:
                    agencies.append(agency)
                    lead.append(cited.group().strip())
                    break
    if not agencies and not att.publisher and paras:
        # A citing verb opening the story's first paragraph or its last ("Seperti dilaporkan
        # Bernama, ...", "Menurut laporan AFP, ...", "Memetik laporan Bernama, ...", "Reuters
        # reported on Tuesday that ..."): the story's source, credited, the sentence left whole.
        # Not the same words inside a paragraph or further down: a passing mention.
        first = next((p for p in paras[: MAX_DATELINE_PARAGRAPH + 1] if not _lead_in_line(p)), None)
        closing_text = paras[-1] if len(paras) > 1 and not staff_byline else None
        for text, last in ((first, False), (closing_text, True)):
            if text and (opening := opening_citation(text, last=last, english=not staff_byline)):
                agencies.append(opening[0])
                lead.append(opening[1])
                break
    if not agencies:
        # A closing line saying an agency or its writers contributed ("The Associated Press
        # contributed to this report.", "Reuters writer Jana Ulm in Oslo contributed to this story."):
        # the story drew on the agency's copy, credited; the line stays, a sentence of the story (review rv29).
        for text in paras[-3:]:
            if "contributed" in text and (contributed := contributing_agencies(text)):
                agencies.extend(contributed)
                credits.append(text)
                break
    if not agencies and not att.publisher:
        # The agency in brackets closing a paragraph's last sentence, Balkan style: "..., saopšteno
        # je danas (Tanjug)." (review rv28): credited, the sentence left whole.
        for text in [*paras[:2], *paras[2:][-1:]]:
            if text.endswith((")", ").")) and (closing := _CLOSING_BRACKET_AGENCY.search(text)):
                name = closing.group("name").strip()
                if name not in _AMBIGUOUS and (agency := agency_name(name)):  # "(UNI)." may be a university
                    agencies.append(agency)
                    lead.append(closing.group().strip())
                    break
    seen: list[str] = []
    for name in agencies:
        if name not in seen:
            seen.append(name)
    att.agencies = seen
    if lead or credits:
        att.credit = " ".join(lead + credits)
    return result


# "The Associated Press contributed to this report.", "AP writers Jana Ulm and Piet Horn contributed to
# this story.": who contributed, before the verb.
_CONTRIBUTED_LINE = re.compile(
    r"^(?:The\s+)?(?P<who>[A-Z][^.;:!?\n]{1,150}?)\s+contributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\.?$"
)
_CONTRIBUTORS_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*(?:the\s+|The\s+)?")
_CONTRIBUTOR_ROLE = re.compile(r"\s+(?:writers?|reporters?|correspondents?|journalists?|staff)\b.*$")


def contributing_agencies(line: str) -> list[str]:
    """The agencies a closing "X contributed to this report." line names as the contributors,
    each contributor an agency or an agency's writers; else nothing ("CNN's Jana Ulm contributed
    ...", "Jana Ulm and The Associated Press contributed ...": a person among them, no agency credit)."""
    match = _CONTRIBUTED_LINE.match(line.strip())
    if not match:
        return []
    found: list[str] = []
    # the agency's writers, named after their role ("AP writers Kim Lee and Ana Ruiz"): the agency
    for part in _CONTRIBUTORS_SPLIT.split(_CONTRIBUTOR_ROLE.sub("", match.group("who"))):
        agency = byline_agency(part.strip()) if part.strip() else None
        if agency is None:
            return []
        if agency not in found:
            found.append(agency)
    return found


# "dilansir dari AFP", "melansir Reuters", "dikutip dari Xinhua", "mengutip AP": the agency reported after.
_CITED_AGENCY = re.compile(
    r"\b(?i:dilansir|melansir|dikutip|mengutip)\s+(?:(?i:dari|daripada|oleh)\s+)?"
    r"(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})"
)
# A citing verb and the agency opening a paragraph, in Indonesian and Malay: "Dilansir dari AFP,",
# "Mengutip Reuters,", "Seperti dilaporkan Bernama,", "Menurut laporan AFP pada Selasa,", "Memetik
# laporan agensi berita Bernama,"; the agency the subject: "Kantor berita AFP melaporkan, ...";
# English: "According to Reuters,", "As reported by AFP,", "Reuters reported on Tuesday that".
# Between the name and the comma (or "that"), a day or a time at most (``between``).
_CITE_NAME = r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
# A nationality in capitals may come before "news agency" or after "agensi berita" ("the French news
# agency AFP", "agensi berita Perancis AFP").
_CITE_AGENCY_WORD = (
    r"(?P<word>(?:(?i:kantor|agensi)\s+(?i:berita)(?:\s+[A-Z][a-z]+)?"
    r"|(?:(?i:the)\s+)?(?:[A-Z][a-z]+\s+)?(?:(?i:state)(?:-run)?\s+)?(?i:news\s+agency))\s+"
    r"(?:(?i:negara|negeri|nasional|resmi|rasmi)\s+)?)?"
)
_CITE_VERB_ID = re.compile(
    r"^(?P<as>(?i:seperti|sebagaimana|sepertimana)\s+(?:(?i:yang)\s+)?)?"
    r"(?P<verb>(?i:dilansir|dikutip|dipetik|dilaporkan|diberitakan|melansir|mengutip|memetik|menurut|berdasarkan))\s+"
    r"(?:(?i:dari|daripada|oleh)\s+)?(?P<report>(?i:laporan|berita)\s+(?:(?i:dari|daripada)\s+)?)?"
    rf"{_CITE_AGENCY_WORD}{_CITE_NAME}(?P<between>[^,.;:!?\n]{{0,40}}?)\s*,"
)
_CITE_SUBJECT_ID = re.compile(
    rf"^{_CITE_AGENCY_WORD}{_CITE_NAME}(?P<between>[^,.;:!?\n]{{0,30}}?)\s+(?P<verb>(?i:melaporkan|memberitakan))"
    r"(?:\s*,|\s+(?i:bahwa|bahawa)\b)"
)
_CITE_VERB_EN = re.compile(
    r"^(?:(?i:according\s+to|as\s+reported\s+by|citing)\s+)(?:(?i:a|the)\s+report\s+(?i:by|from)\s+)?"
    rf"{_CITE_AGENCY_WORD}{_CITE_NAME}(?:\s+(?i:news\s+agency))?(?P<between>[^,.;:!?\n]{{0,30}}?)\s*,"
)
_CITE_SUBJECT_EN = re.compile(
    rf"^{_CITE_AGENCY_WORD}{_CITE_NAME}(?:\s+news\s+agency)?\s+(?P<verb>reported|reports)\b"
    r"(?P<between>[^,.;:!?\n]{0,30}?)(?:\s*,|\s+that\b)"
)
#: The words a day or a time may be written with between a cited agency and its comma ("pada
#: Selasa (3/5) malam", "on Tuesday"), besides capitalised words and figures. Any other word ("tahun
#: lalu", "last year", "earlier", "calculations") makes it no credit: an earlier report, or data.
_CITE_TIME_WORDS = frozenset(
    "pada hari ini tanggal pagi siang sore petang malam dini waktu setempat kemarin semalam "
    "on today tonight yesterday this morning afternoon evening night late early overnight local time".split()
)
#: The ambiguous short forms (``_AMBIGUOUS``) a citing verb may name with no "news agency" before
#: them: AP and ANI are no other body's after such a verb in capitals (dedupe's ``cited_agencies``).
_CITABLE_SHORT = frozenset({"AP", "ANI"})
_MONTHS_CITED = frozenset(
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember "
    "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split()
)


def opening_citation(paragraph: str, *, last: bool = False, english: bool = True) -> tuple[str, str] | None:
    """``(agency, credit)`` when ``paragraph`` opens by citing a wire agency as its source ("Seperti
    dilaporkan Bernama, ..." -> ("Bernama", "Seperti dilaporkan Bernama")), else None. ``last``:
    the story's last paragraph, where only Indonesian and Malay citing verbs count (a bare "Menurut
    X," or an English "X reported that" there is a mention of another report as often). ``english``
    False: the Indonesian and Malay forms only. A name joined to another by a slash ("According to
    Reuters/Ipsos, ...") is a poll's or a partner's, no agency's copy."""
    if not paragraph[:1].isupper():
        return None
    for pattern in (
        (_CITE_VERB_ID, _CITE_SUBJECT_ID)
        if last or not english
        else (_CITE_VERB_ID, _CITE_SUBJECT_ID, _CITE_VERB_EN, _CITE_SUBJECT_EN)
    ):
        match = pattern.match(paragraph)
        if match is None:
            continue
        groups = match.groupdict()
        if last and (
            pattern is _CITE_SUBJECT_ID
            or (groups["verb"].lower() in ("menurut", "berdasarkan") and not groups["report"])
        ):
            return None
        words = match.group("name").split()
        between = match.group("between").split()
        while len(words) > 1 and (words[-1] in _CITED_WEEKDAYS or words[-1] in _MONTHS_CITED):
            between.insert(0, words.pop())
        name = " ".join(words)
        if paragraph[match.start("name") + len(name) :].lstrip().startswith("/"):
            return None
        if any(w[:1].islower() and w not in _CITE_TIME_WORDS for w in between):
            return None
        agency = byline_agency(name)
        if agency is None or (name.upper() in _AMBIGUOUS - _CITABLE_SHORT and not groups["word"]):
            return None
        end = match.end("verb") if pattern in (_CITE_SUBJECT_ID, _CITE_SUBJECT_EN) else match.start("name") + len(name)
        return agency, paragraph[:end].strip()
    return None


_CLOSING_BRACKET_AGENCY = re.compile(r"(?<=\w)\s+\((?P<name>[^()\n]{2,30})\)\.?$")
#: Indonesian and Malay weekdays, which may follow the cited agency with no comma ("dilansir AFP Senin").
_CITED_WEEKDAYS = frozenset("Senin Selasa Rabu Kamis Jumat Sabtu Minggu Isnin Khamis Jumaat Ahad".split())

#: How many lead-in lines (``_lead_in_line``) before the story's first paragraph are stepped over for its dateline.
MAX_DATELINE_PARAGRAPH = 3
#: Paragraphs after a colon dateline read for other labels opening theirs (``_colon_place``).
MAX_LABEL_RUN = 10
#: Longest lead-in line stepped over.
MAX_LEAD_IN_CHARS = 160
_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", "…", ":")


#: Shortest paragraph read as a sentence of the story, for ``_story_sentence``.
MIN_STORY_SENTENCE_CHARS = 60


def _bare_name(text: str) -> bool:
    """True for a line that is a name and nothing else: no dash, bracket or desk beside it ("AFP")."""
    stripped = text.strip().rstrip(".")
    return bool(stripped) and not any(ch in stripped for ch in "()[]-–—/,:|")


def _story_sentence(paragraph: str) -> bool:
    """True for a paragraph of the story's own text: a sentence, long enough, ended as one."""
    text = paragraph.strip()
    return len(text) >= MIN_STORY_SENTENCE_CHARS and text.endswith(_SENTENCE_END)


def _in_capitals(place: str) -> bool:
    """True when the place's first word is written in capitals ("NEW DELHI", "MANILA, Philippines"),
    or is a CJK place (read from a bracketed form that is a dateline only: 〔記者...／台北報導〕)."""
    first = place.split()[0].strip(",.") if place.split() else ""
    return len(first) >= 2 and (first.isupper() or has_cjk(first))


def _lead_in_line(paragraph: str) -> bool:
    """True for a short line that ends no sentence: a box's, a caption's, a date's line above the
    story ("Highlights: ...", "UPDATED Nov 24, 2025, 06:31 PM"), not the story's first paragraph."""
    text = paragraph.strip()
    return bool(text) and len(text) <= MAX_LEAD_IN_CHARS and not text.endswith(_SENTENCE_END)


# Words no sentence opens with, that continue the clause before them: Arabic "that" (أن, إن, بأن,
# أنه, إنه) and "quoting"/"about" (نقلا, عن); Urdu and Persian "that" (کہ, که) and postpositions (کے, نے,
# کو); Hindi "that" (कि) and postpositions (के, ने, को, की, का). After a credit in brackets, one of them
# shows the words before the credit are a verb and its subject ("ذكرت (رويترز) أن ...": Reuters
# reported that ...), not a place.
_CLAUSE_GOES_ON = frozenset("أن إن بأن أنه إنه بأنه ان انه نقلا عن کہ که کے نے کو कि के ने को की का".split())


def _caseless_bare_dateline(match: re.Match[str]) -> bool:
    """True when a caseless dateline with no dash or colon after its credit is one: its place is one
    word, the credit right after it or after a day with a figure ("کراچی (اے پی پی) ...", "लखनऊ, 12
    मार्च (पीटीआई) ..."), not a sentence's first words ("समाचार एजेंसी (पीटीआई) के मुताबिक ...")."""
    day = match.group("day")
    if day is not None and not any(c.isdigit() for c in day):
        return False
    words = match.group("place").split()
    if len(words) == 1:
        return True
    # Two words: a place written in two ("اسلام آباد", "फतेह पुर"), unless they name the agency or
    # cite it ("خبر رساں ادارے", "समाचार एजेंसी", "وفق وكالة"); the credit is then followed by the
    # sentence's first word, no mark.
    rest = match.string[match.end() :]
    return len(words) == 2 and not _AGENCY_WORD_LOCAL.intersection(words) and rest[:1].isalpha()


#: Words that name or cite an agency before a bracketed credit, in the caseless scripts' languages.
_AGENCY_WORD_LOCAL = frozenset(
    "وكالة وكالات ادارے ادارہ ایجنسی ایجنسی، एजेंसी संवाद समाचार সংস্থা বার্তা وفق وفقا وفقاً بحسب حسب مطابق अनुसार".split()
)


# A place and a colon in a script without capitals, with no agency: Hindi "वाराणसी:", "नई दिल्ली:",
# Urdu "لاہور:", Bengali "ঢাকা:", the other Indian scripts the same (review rv26). One or two words.
_DATELINE_COLON_CASELESS = re.compile(
    rf"^(?P<place>[\u0600-\u06ff\u0900-\u0dff]{_CASELESS_CHAR}*(?: {_CASELESS_CHAR}+)?)\s*:\s+(?=\S)"
)
#: How far into a paragraph a caseless place's colon may stand (characters).
MAX_CASELESS_PLACE_CHARS = 30
# Labels, not places, before a colon: question and answer, source, inputs, note, "read also".
_CASELESS_LABELS = frozenset(
    "सवाल जवाब प्रश्न उत्तर स्रोत इनपुट साभार नोट पढ़ें पढ़िए हाइलाइट्स खास अपडेट लाइव वीडियो तस्वीरें "
    "سوال جواب ماخذ بشکریہ نوٹ پڑھیں مزید ویڈیو سؤال الجواب المصدر مصدر ملاحظة اقرأ "
    "প্রশ্ন উত্তর সূত্র তথ্যসূত্র নোট পড়ুন ভিডিও".split()
)
_CASELESS_SENTENCE_END = ("।", "۔", ".", "!", "?", "؟", '"', "”", "'", "’")


def _caseless_colon_dateline(place: str, rest: str) -> bool:
    """True when a caseless "place:" opens a story's sentence: no label's word in it, and a whole
    sentence of the story after it (MIN_STORY_SENTENCE_CHARS, a sentence's end mark)."""
    return (
        not _CASELESS_LABELS.intersection(place.split())
        and len(rest) >= MIN_STORY_SENTENCE_CHARS
        and rest.rstrip().endswith(_CASELESS_SENTENCE_END)
    )


def take_dateline(paragraph: str, after: Sequence[str] = ()) -> tuple[str, str | None, str | None]:
    """Split a leading dateline off: ``(rest, place or None, agency credit or None)``. ``after`` are
    the paragraphs after it: labels opening them too make a capitalised word before a colon a label.
    A desk's name before a dash is a section's label, no place ("WORLD — ..."): taken off the rest
    all the same.

    >>> take_dateline("MOSCOW (AFP) - Russia said on Monday ...")
    ('Russia said on Monday ...', 'MOSCOW', '(AFP) -')
    """
    label = _SECTION_LEAD.match(paragraph) if _SECTION_MARK.search(paragraph, 0, MAX_SECTION_LEAD_CHARS) else None
    if label is not None:
        # A short label and a bar or colon before the dateline ("WORLD | SANTIAGO, Chile (AP) —",
        # "Politics: WASHINGTON —", "U.S. | NEW YORK (AP) —"): a kicker, taken off with the
        # dateline after it (``_label_before_dateline``); a desk's name with no dateline after it
        # is a kicker too, taken off alone (a kicker's word, "Exclusive:", stays then).
        taken = _label_before_dateline(label, paragraph[label.end() :], after)
        if taken is not None:
            return taken
    match = _DATELINE_AGENCY.match(paragraph)
    if match and credit_agencies(match.group("agency")):
        credit = paragraph[match.start("agency") - 1 : match.end()].strip()
        region = dateline_region(paragraph[match.end("place") : match.start("agency") - 1])  # "OMAHA, Neb. (AP)"
        place = match.group("place").strip() + (f", {region}" if region else "")
        return paragraph[match.end() :], place, credit
    match = _LEAD_AGENCY.match(paragraph)
    if match:
        return paragraph[match.end() :], None, match.group().strip()
    if "/" in paragraph[:80] and (match := _DATELINE_SLASHED.match(paragraph)):
        place = match.group("place").strip()
        if place[:1].isupper() and len(place.split()) <= 4 and find_agencies(match.group("agency"), strict=False):
            return paragraph[match.end() :], place, paragraph[match.start("agency") - 1 : match.end()].strip()
    if "(" in paragraph[:80] and not paragraph[:1].isascii() and not paragraph[:1].isupper():
        match = _DATELINE_AGENCY_CASELESS.match(paragraph)
        if (
            match
            and not match.group("place")[0].islower()
            and (
                match.group("dash")  # "بيروت (رويترز) - إن ...": the dash ends the dateline
                or (
                    _caseless_bare_dateline(match)
                    and not _CLAUSE_GOES_ON.intersection(paragraph[match.end() :].split(maxsplit=1)[:1])
                )
            )
            and find_agencies(match.group("agency"), strict=False)
        ):
            credit = paragraph[match.start("agency") - 1 : match.end()].strip()
            return paragraph[match.end() :], match.group("place"), credit
    if ":" in paragraph[:MAX_CASELESS_PLACE_CHARS] and not paragraph[:1].isascii():
        match = _DATELINE_COLON_CASELESS.match(paragraph)
        if match and _caseless_colon_dateline(match.group("place"), paragraph[match.end() :]):
            return paragraph[match.end() :], match.group("place"), None
    intl = take_intl_dateline(paragraph)  # a press release wire's, a CJK paper's (intl_credits)
    if intl is not None:
        return intl.rest, intl.place, intl.credit
    if paragraph[:1].isupper() and (match := _DATELINE_OTHER_CREDIT.match(paragraph)):
        # A credit that names no known agency, after a place in capitals and closed by a dash: a
        # newswire's own ("ACCRA/PARIS, Nov 26 (Meridian Wire) -"), an organisation's ("SANTIAGO,
        # Chile (UN) —"), a press release hub's with a date ("BERGEN, Norway, Nov. 24, 2026
        # /NewsDesk/ --"). A dateline all the same; the credit names no agency. Capitals before a
        # bracket are also a label's or an acronym's ("NHS (England) —", "ICYMI (From Monday) —",
        # "EDITOR'S NOTE (Nov 26) —"): the place is a known city ("NAIROBI (Harbour Wire) —") or has
        # its date or region after a comma ("QUITO, Ecuador (WHO) —").
        place, between = match.group("place"), match.group("between")
        words = place.replace("/", " ").split()
        has_date = any(c.isdigit() for c in between)
        region = dateline_region("," + between.split(",")[1]) if between else None
        if (
            all(word.isupper() for word in words)
            and len(words[0]) >= 2
            and words[0].lower().strip(".") not in _NOT_PLACES
            and re.sub(r"['’]s$", "", words[0].lower()) not in _BOLD_LABELS
            and (match.group("paren") or has_date)  # "/Desk/" after a date only
            and paragraph[match.end("between") :].lstrip(" (/")[:1].isupper()  # a name, not "(file photo)"
            and len(paragraph[match.end() :].split()) >= 6
            and (has_date or region or _known_places_all(place.split("/")))
        ):
            credit = paragraph[match.end("between") : match.end()].strip()
            return paragraph[match.end() :], place + (f", {region}" if region else ""), credit
    for pattern in (_DATELINE_COLON, _DATELINE_CAPS_DASH, _DATELINE_DASH):
        match = pattern.match(paragraph)
        if match and pattern is _DATELINE_COLON and not _SENTENCE_START.match(paragraph[match.end() :]):
            continue  # a box's label: "Highlights: trial runs on the new line; opening by January"
        if match and pattern is _DATELINE_COLON and not _colon_place(match, paragraph[match.end() :], after):
            continue
        if pattern is not _DATELINE_COLON and match and _section_label(match.group("place")):
            # A section's label ("WORLD — The ...", "MIGRATION – ..."): a kicker, no story text and
            # no place; a dateline may follow it.
            return take_dateline(paragraph[match.end() :], after)
        if match and _looks_like_place(match.group("place"), paragraph[match.end() :]):
            return paragraph[match.end() :], match.group("place").strip().rstrip(","), None
    return paragraph, None, None


# Words of a label or a speaker before a colon, not places ("Anchor:", "Definition:", "Hinweis:",
# "Zubereitungszeit:", "Posted"), case-folded: English, German, Indonesian and Malay.
_LABEL_WORDS = frozenset(
    "anchor host byline reporter correspondent interviewer moderator presenter narrator caller guest speaker "
    "question answer definition summary verdict tip tips hint warning notice reminder spoiler posted "
    "published ingredients method serves prep cooking time total price address contact location "
    "details info facts fact quote pros cons result results bottom line but and so "
    "hinweis achtung aber und oder zutaten zubereitung zubereitungszeit gastgeber fazit tipp frage "
    "antwort quelle anmerkung ergebnis moderation sprecher interview "
    "tanya jawab pertanyaan jawaban soalan jawapan perhatian penulis pewarta editor".split()
)
#: Languages that write their nouns with a capital: a capitalised word before a colon there is as
#: likely a label ("Hinweis:", "Ministerin Schulze:") as a place.
_NOUN_CAPITAL_LANGUAGES = frozenset({"de", "lb"})
_PARTICLE = re.compile(_PLACE_PARTICLES)
#: A date's words after a colon dateline's place ("Jakarta, Senin:", "KUALA LUMPUR, Nov:").
_DATE_WORDS = MONTH_WORDS | DAY_NAMES | TIME_WORDS
# A label and a colon opening a paragraph: a transcript's speaker, a recipe's or a box's field.
_LABEL_OPENING = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?\s*:\s")

# A speaker's name and colon opening a paragraph, group 1 its last word ("MARSH:", "ODILE MARSH, HOST:").
_SPEAKER_AGAIN = re.compile(r"^(?:[\w'’.-]+ ){0,3}?([\w'’.-]+)(?:,[^:\n]{1,30})?\s*:\s")


def _colon_place(match: re.Match[str], rest: str, after: Sequence[str]) -> bool:
    """True when the words before a colon (``_DATELINE_COLON``) are no speaker (a label's word after
    the comma, "ODILE MARSH, HOST:", or the last word opening a paragraph of ``after`` before a colon
    too, "MARSH:") and have a dateline's evidence: a date or a region after a comma ("KUALA LUMPUR,
    26 Nov:"), or no label's word and one of: the place in
    capitals ("NEW DELHI:"), a known city (``known_place``), a place name's particle ("Rio de
    Janeiro:"), or else capitalised words in a language that writes its nouns in small letters, with
    no paragraph of ``after`` (those after it) opening with a label and a colon as well (a
    transcript's "Anchor:", a recipe's "Zubereitungszeit:")."""
    from newscrawl.language import classify  # (a classifier's load, only when a colon form matches)
    from newscrawl.pages.author_lines import known_place  # (newscrawl.pages imports this module)

    place, extra = match.group("place").strip(), match.group("extra") or ""
    words = place.replace("-", " ").split()
    if any(w.casefold().strip(".") in _LABEL_WORDS for w in extra.split()):
        return False  # a transcript's speaker and role: "ODILE MARSH, HOST:"
    if any((again := _SPEAKER_AGAIN.match(p)) and again.group(1) == words[-1] for p in after):
        return False  # a speaker opening another paragraph too ("MARSH:"): a dateline opens one
    if extra and (
        any(c.isdigit() for c in extra)
        or any(w.casefold().strip(".") in _DATE_WORDS for w in extra.split())
        or dateline_region(f", {extra}")
    ):
        return True
    if any(w.casefold().strip(".") in _LABEL_WORDS or w.casefold() in _BOLD_LABELS for w in words):
        return False
    if all(w.isupper() for w in words if w[:1].isalpha()) or known_place(place):
        return True
    if any(_PARTICLE.fullmatch(w) for w in words[1:-1]):
        return True
    if classify(rest)[0] in _NOUN_CAPITAL_LANGUAGES:
        return False
    return not any(_LABEL_OPENING.match(p) for p in after)


def _known_places_all(places: Sequence[str]) -> bool:
    """True when every place of a dateline ("KUALA LUMPUR"; "LAGOS/NAIROBI" split at its slash) is a
    known city (``known_place``)."""
    from newscrawl.pages.author_lines import known_place  # (newscrawl.pages imports this module)

    return all(known_place(place) for place in places)


def take_portal_dateline(paragraph: str) -> tuple[str, str | None, str | None]:
    """Split a news portal's dateline off: ``(rest, place or None, portal or None)``.

    >>> take_portal_dateline("TRIBUNNEWS.COM, JAKARTA - Harga cabai rawit di pasar induk naik lagi pekan ini.")
    ('Harga cabai rawit di pasar induk naik lagi pekan ini.', 'JAKARTA', 'TRIBUNNEWS.COM')
    """
    for pattern in _DATELINE_PORTAL:
        match = pattern.match(paragraph)
        if not match:
            continue
        groups = match.groupdict()
        place = groups.get("place") or groups.get("caps")
        portal = groups.get("portal") or groups.get("caps_portal")
        rest = paragraph[match.end() :]
        # What follows a dateline is a sentence: it opens with a capital, a quote or a figure.
        if not portal or len(rest.split()) < 6 or not _SENTENCE_START.match(rest) or agency_name(portal):
            continue
        if place is not None and not _looks_like_place(place, rest):
            continue
        if place is not None and groups.get("place") and "(" in paragraph[match.end("place") : match.end()]:
            # a US state or a country between the place and the bracket: "MINDEN, Neb. (KTRV) —"
            between = paragraph[match.end("place") : paragraph.index("(", match.end("place"))]
            if region := dateline_region(between):
                place = f"{place.strip()}, {region}"
        return rest, place.strip() if place else None, portal
    return paragraph, None, None


def take_site_dateline(paragraph: str, site_names: Sequence[str]) -> tuple[str, str | None]:
    """Split a dateline naming the site itself in words off: ``(rest, place or None)``.

    >>> take_site_dateline("Jakarta, Warta Nusantara -- Komisi itu memeriksa tiga saksi pada hari Kamis.", ["Warta Nusantara"])
    ('Komisi itu memeriksa tiga saksi pada hari Kamis.', 'Jakarta')
    """
    match = _DATELINE_SITE_NAME.match(paragraph) if "," in paragraph[:80] else None
    if not match:
        return paragraph, None
    first, second = match.group("first"), match.group("second")
    rest = paragraph[match.end() :]
    if _names_site(second, site_names) and not _names_site(first, site_names):
        place = first
    elif _names_site(first, site_names) and not _names_site(second, site_names):
        place = second
    else:
        return paragraph, None
    if not _SENTENCE_START.match(rest) or not _looks_like_place(place, rest):
        return paragraph, None
    return rest, place


# A place in bold opening the story with no dash or colon after it: capitalised words closed by a full
# stop ("**Jakarta.**", "**Kuala Lumpur.**") or words in capitals alone ("**MADURAI**"). Bold labels of
# the same look open no story: a word of _BOLD_LABELS or of _NOT_PLACES, a possessive's "'s" off
# ("**EDITOR'S NOTE**"). Closed by a full stop, only a known place (``known_place``: a city the tz
# database names) is one: any word opens a round-up's item or a column that way ("**Kommentar.**").
_BOLD_PLACE_DOT = re.compile(r"(?P<place>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})\.")
_BOLD_PLACE_CAPS = re.compile(r"(?P<place>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+){0,2})")
_BOLD_LABELS = frozenset(
    "breaking exclusive live analysis opinion editorial comment summary background context highlights "
    "important warning disclaimer advisory alert urgent developing why what how who when where terkini "
    "eksklusif penting sorotan editor icymi listen watch podcast video update correction última opinión "
    "análisis".split()
)


def may_open_bold_dateline(paragraph: str) -> bool:
    """False when no bold text ``paragraph`` opens with can be a place ``take_bold_dateline`` splits
    off: such a place fits one of its two forms, so the paragraph opens with that form too. Read
    before the page is searched for the paragraph's bold text (``bold_lead``)."""
    return bool(_BOLD_PLACE_DOT.match(paragraph) or _BOLD_PLACE_CAPS.match(paragraph))


def take_bold_dateline(paragraph: str, bold: str) -> tuple[str, str | None]:
    """Split the place a paragraph opens with in bold (``bold``, its text on the page) off:
    ``(rest, place or None)``.

    >>> take_bold_dateline("MADURAI The State government will complete the work by March.", "MADURAI")
    ('The State government will complete the work by March.', 'MADURAI')
    """
    bold = " ".join(bold.split())
    if not paragraph.startswith(bold):
        return paragraph, None
    match = _BOLD_PLACE_DOT.fullmatch(bold) or _BOLD_PLACE_CAPS.fullmatch(bold)
    rest = paragraph[len(bold) :].lstrip()
    if not match or not rest[:1].isupper() or not _SENTENCE_START.match(rest):
        return paragraph, None
    place = match.group("place")
    words = {re.sub(r"['’]s$", "", word) for word in place.lower().split()}
    labels = _BOLD_LABELS | _LABEL_WORDS | _NOT_PLACES
    if labels.intersection(words) or not _looks_like_place(place, rest):
        return paragraph, None
    if bold.endswith("."):
        from newscrawl.pages.author_lines import known_place  # (newscrawl.pages imports this module)

        if not known_place(place):
            return paragraph, None
    return rest, place


def _site_key(name: str) -> str:
    """A site's name or address as one lower-case word: "KOMPAS.com", "www.kompas.com", "Kompas" -> "kompas"."""
    name = re.sub(r"^(?:https?://)?(?:www\.)?", "", name.strip().lower())
    if re.fullmatch(r"[\w-]+(?:\.[a-z]{2,6})+(?:/.*)?", name):
        name = name.split(".")[0]
    return re.sub(r"[\W_]", "", name)


def _names_site(portal: str, site_names: Sequence[str]) -> bool:
    """True when ``portal`` is one of ``site_names`` or a short form of one ("RIAUPOS.CO" on riauposdigital.co.id)."""
    key = _site_key(portal)
    if len(key) < 3:
        return False
    for name in site_names:
        other = _site_key(name)
        if other and (key == other or (min(len(key), len(other)) >= 4 and (key in other or other in key))):
            return True
    return False


def publisher_of_url(url: str) -> str | None:
    """The name of KNOWN_PUBLISHERS whose address ``url`` is ("https://www.hindustantimes.com/..." ->
    "Hindustan Times"), else None."""
    host = re.sub(r"^(?:https?://)?", "", url.strip(), flags=re.IGNORECASE).split("/")[0].split(":")[0]
    return _known_publisher(host) if "." in host else None


def _known_publisher(name: str) -> str | None:
    """The name of KNOWN_PUBLISHERS that ``name`` spells ("KOMPAS.com" -> "Kompas.com"), else None."""
    key = _site_key(name)
    for known in KNOWN_PUBLISHERS:
        if _site_key(known) == key:
            return known
    return None


_NOT_PLACES = frozenset(
    "note update updated editor photo foto video read baca simak also catatan sumber source "
    "watch tonton lihat q a the this by oleh "
    # A correction note's label is part of its sentence ("Correction: An earlier version ...").
    "correction clarification erratum koreksi ralat berichtigung korrektur corrección correção rectificatif".split()
)


#: A news desk's or a topic's name set before the story with a dash ("WORLD —", "MIGRATION –",
#: "Politik - "), case-folded: a section label, no place. English, French, German, Spanish,
#: Portuguese, Italian, Indonesian and Malay.
_SECTION_WORDS = frozenset(
    "world nation national international politics business economy markets finance money sport sports "
    "football soccer health science tech technology opinion entertainment culture arts lifestyle travel "
    "food crime justice courts education environment climate energy migration immigration election "
    "elections weather local metro regional media religion society diplomacy defence defense security "
    "military war investigation explainer features feature obituaries commentary asia europe africa "
    "americas monde politique économie société planète welt politik wirtschaft gesellschaft kultur "
    "panorama wissen mundo política economía sociedad deportes cultura internacional nacional economia "
    "sociedade esportes desporto ciência politica società cronaca esteri dunia ekonomi olahraga nasional "
    "internasional hiburan teknologi kesehatan sukan antarabangsa hukum".split()
)


#: "News" closing a section's name ("WORLD NEWS —", "US NEWS —").
_NEWS_WORDS = frozenset("news berita nachrichten actualités noticias notícias notizie nieuws".split())


#: A short label and a bar or colon opening a paragraph (``take_dateline``), within
#: ``MAX_SECTION_LEAD_CHARS`` characters.
MAX_SECTION_LEAD_CHARS = 32
_SECTION_MARK = re.compile(r"[|:]")
_SECTION_LEAD = re.compile(r"^(?P<label>[^\W\d_][\w'’&.-]*(?: [\w'’&.-]+){0,2})\s*[|:]\s+(?=\S)")


def _label_before_dateline(
    label: re.Match[str], rest: str, after: Sequence[str]
) -> tuple[str, str | None, str | None] | None:
    """``take_dateline``'s answer for a paragraph opening with a short label and a bar or colon
    (``_SECTION_LEAD``), else None. Any label before a place in capitals with an agency's credit
    ("U.S. | NEW YORK (AP) —", "Nation & World: BOSTON (AP) —", "Berita: JAKARTA (Antara) -") is a
    kicker: both off, the dateline read. A desk's name or a kicker's word (``_lead_label``) needs
    only a place in capitals or a credit after it ("Politics: WASHINGTON —"), and a desk's name
    with no dateline after it is a kicker alone ("Politics: The senate ...")."""
    named = _lead_label(label.group("label"))
    if not named and not rest[:2].isupper():
        return None  # (no place in capitals after it: no call)
    taken, place, credit = take_dateline(rest, after)
    if place is not None and _in_capitals(place) and credit and credit_agencies(credit):
        return taken, place, credit
    if named and place is not None and (credit or _in_capitals(place)):
        return taken, place, credit
    if _section_label(label.group("label")):
        return rest, None, None  # a kicker, as before a dash
    return None


def _lead_label(label: str) -> bool:
    """True for a section's name (``_section_label``) or a kicker's word (``_BOLD_LABELS``) set before
    a dateline."""
    return _section_label(label) or " ".join(label.split()).strip(" .").casefold() in _BOLD_LABELS


def _section_label(place: str) -> bool:
    """True when a dash dateline's "place" is a section's name: a desk's word (``_SECTION_WORDS``),
    unless it is a known city, or a word or two before "News" ("WORLD NEWS", "US NEWS"). (The page's
    own tags and sections are no test: places are tags too.)"""
    from newscrawl.pages.author_lines import known_place  # (newscrawl.pages imports this module)

    key = " ".join(place.split()).strip(" ,.").casefold()
    words = key.split()
    if 2 <= len(words) <= 3 and words[-1] in _NEWS_WORDS:
        return True
    return key in _SECTION_WORDS and not known_place(key)


def _not_a_place_word(word: str) -> bool:
    """True for a label's word of ``_NOT_PLACES`` or ``_LABEL_WORDS``, or its plural ("Sources:",
    "Notes:", "Photos:", "Updates:")."""
    key = word.casefold().strip(".")
    labels = _NOT_PLACES | _LABEL_WORDS
    return key in labels or (len(key) > 4 and key.endswith("s") and key[:-1] in labels)


def _looks_like_place(place: str, rest: str) -> bool:
    words = place.split()
    if not words or len(place) > 40 or _not_a_place_word(words[0]):
        return False
    if byline_agency(place):
        return False  # "AFP", not "Nan" (a province, and NAN's short form)
    # What follows a dateline is a sentence.
    return len(rest.split()) >= 6


def via_publisher(text: str) -> str | None:
    """The publisher a "Via <publisher>" line names (a copy's source shown beside the story), else None."""
    match = _VIA_LINE.match(" ".join(text.split()))
    if not match or len(match.group("name").split()) > 6:
        return None
    return _publisher_from_source(match.group("name")) or agency_name(match.group("name"))


def source_agency(text: str) -> str | None:
    """The wire agency a source line beside the story names ("Sumber: AFP", "Source: Reuters"), else None."""
    match = _SOURCE_LINE.match(" ".join(text.split()))
    return agency_name(match.group("name")) if match else None


def closing_credit_agencies(text: str) -> list[str]:
    """The agencies a credit set after the story names, a source line or a copyright line
    ("Źródło: PAP", "RIPRODUZIONE RISERVATA © Copyright ANSA"), else nothing."""
    if len(text) > 120:
        return []
    taken = _credit_line(text)
    return taken[2] if taken is not None and taken[0] in ("source", "copyright") else []


#: The label of a line that says where the story came from ("Sources:", "Sumber:", "Sumber berita:"),
#: not a picture's credit ("Credit:", "Foto/Sumber:").
_STORY_SOURCE_LABEL = re.compile(r"\(?\s*(?:sumber(?:\s+berita)?|sources?)\s*:", re.IGNORECASE)


#: Words of a picture's or a chart's source, not a story's: "AP Photo", "Antara Foto", "picture
#: alliance", "Screengrab", "Tangkapan layar", "Bloomberg data".
_PICTURE_SOURCE_WORDS = re.compile(
    r"\b(?:photos?|fotos?|pictures?|picture\s+alliance|images?|video|screen\s*(?:grab|shot)s?|"
    r"tangkapan\s+layar|data)\b",
    re.IGNORECASE,
)
#: A name after a slash ("AP Photo/Jane Doe", "Screengrab/Reuters"): a photographer's credit.
_SLASHED_NAME = re.compile(r"/\s*(?P<name>[A-ZÀ-Ý][^/]*)")


def header_source_agencies(text: str, site_names: Sequence[str] = ()) -> list[str]:
    """The wire agencies a source line in a story's header names, beside its date ("Sources: Reuters,
    AFP", "Sumber: Reuters", "Fuente: EFE"), else nothing: not a picture's credit ("Credit: AFP",
    "Source: AP Photo/Jane Doe", "Sumber: Antara Foto/Budi Santoso", "Quelle: picture alliance / dpa",
    "Source: Screengrab/Reuters", "Source: Bloomberg data": ``_PICTURE_SOURCE_WORDS``, or a name after
    a slash that is no agency's), not a press office ("Sumber: Humas Pemkot ..."), not the site
    itself (``site_names``)."""
    if len(text) > 120 or not (_STORY_SOURCE_LABEL.match(text) or _SOURCE_LINE_INTL.match(text)):
        return []
    rest = text.split(":", 1)[-1].split("：", 1)[-1]
    if _PICTURE_SOURCE_WORDS.search(rest) or any(
        not agency_name(m.group("name").strip(" .)")) for m in _SLASHED_NAME.finditer(rest)
    ):
        return []
    taken = _credit_line(text, site_names)
    return taken[2] if taken is not None and taken[0] == "source" else []


def republished_from(text: str) -> str | None:
    """The publisher a note that the story ran first elsewhere names ("This article was originally
    published by Prairie Current ..."), else None."""
    taken = _credit_line(text) if len(text) <= 400 and _REPUBLISHED_WORDS_ANY.search(text) else None
    return taken[1] if taken is not None and taken[0] == "republished" else None


#: Words every republished note holds (a cheap test before ``_credit_line``).
_REPUBLISHED_WORDS_ANY = re.compile(
    r"(?i:published|appeared|posted|reprinted|ran\b|tayang|dimuat|terbit|disiarkan|tersiar|publié|publicado|pubblicato|erschien|veröffentlicht)"
)


def is_credit_line(text: str) -> bool:
    """True when ``text`` is a whole credit paragraph (notice, source line, agency name)."""
    return _credit_line(text) is not None


def _credit_line(text: str, site_names: Sequence[str] = ()) -> tuple[str, str | None, list[str]] | None:
    """``(kind, publisher, agencies)`` when ``text`` is a whole credit paragraph, else None. A source
    line that names the site itself (one of ``site_names``: "Source: CNA/ng(zl)" on CNA) is of kind
    "own": the site's desk, no credit."""
    stripped = text.strip()
    if not stripped or len(stripped) > 400:
        return None
    if (stripped.startswith("(") and stripped.rstrip(".").endswith(")") and _SYNDICATION.search(stripped)) or (
        _BARE_NOTICE.match(stripped) and _BARE_NOTICE_WORDS.search(stripped)
    ):
        publisher = _notice_publisher(stripped)
        if publisher and any(_site_key(site) == _site_key(publisher) for site in site_names):
            # "... not been edited by <this site> staff ...": the copy's own notice (spelled as the
            # site's name exactly: a mirror's host may hold the original's name)
            publisher = None
        return "notice", publisher, find_agencies(stripped)
    match = _FEED_NOTICE.match(stripped)
    if match and all(credit_agencies(name) for name in match.group("agency", "signoff") if name):
        return "notice", None, find_agencies(stripped)
    match = _SOURCE_LINE.match(stripped)
    if match:
        name = match.group("name").strip()
        own = _site_key(name)
        if len(own) >= 3 and any(_site_key(site) == own for site in site_names):
            return "own", None, []  # spelled as the site's name exactly: a mirror's host may hold another's
        agencies = find_agencies(name, strict=False)
        if not agencies and (agency := _agency_of_address(name)):
            return "source", None, [agency]  # "Sumber: antaranews.com": the agency's own site
        publisher = None if agencies and agency_name(name) else _publisher_from_source(name)
        return "source", publisher, agencies
    match = _SOURCE_LINE_INTL.match(stripped)
    if match and (found := find_agencies(match.group("name"), strict=False)):
        return "source", None, found
    match = _WHOLE_AGENCY.match(stripped)
    if match and (match.group("dash") or not match.group("desk")):
        return "agency", None, find_agencies(match.group("agency"), strict=False)
    match = _INPUTS_LINE.match(stripped)
    if match:
        parts = [p for p in _CREDIT_PARTS.split((match.group("name") or "").strip(" .")) if p]
        # Inputs from agencies, by name or not; "Additional reporting by Jana Ulm" names a person.
        if match.group("generic") or (parts and all(_AGENCY_WORDS.match(p) or agency_name(p) for p in parts)):
            return "inputs", None, [name for p in parts if (name := agency_name(p))]
    match = _OPERATOR_INITIALS.match(stripped) if len(stripped) <= 40 else None
    if match and byline_agency(match.group("agency")):
        return "agency", None, [byline_agency(match.group("agency"))]
    match = _WITH_AGENCY_LINE.match(stripped) if len(stripped) <= 100 else None
    if match and (found := _named_agencies(match.group("name"))) is not None:
        return "inputs", None, found
    if "/" in stripped and (match := _SLASHED_CREDIT.match(stripped)):
        if agency := agency_name(match.group("agency") or match.group("signed")):
            return "agency", None, [agency]
    match = _COPYRIGHT_LINE.match(stripped)
    if match and agency_name(match.group("name")):
        return "copyright", None, [agency_name(match.group("name"))]
    if agency := _copyright_agency(stripped):
        return "copyright", None, [agency]
    if stripped.endswith((")", "）", "】", "]", ").", "）。", ")।")):
        if _END_MARK.match(stripped):
            return "end", None, []
        match = _BRACKET_CREDIT.match(stripped)
        if match and (agency := agency_name(match.group("name"))):
            writer = match.group("writer")
            if writer is None or len(writer.split()) <= MAX_CREDIT_WRITER_WORDS:
                return "agency", None, [agency]
    if "저작권자" in stripped:
        match = _KOREAN_COPYRIGHT.match(stripped)
        if match and (agency := agency_name(match.group("name"))):
            return "copyright", None, [agency]
    match = (
        _REPUBLISHED.match(stripped)
        or (_REPUBLISHED_INTL.match(stripped) if _REPUBLISHED_WORDS.search(stripped[:60]) else None)
        or _PRINTED_IN.match(stripped)
    )
    if match and _BARE_ERSCHIEN.match(stripped) and not _OUTLET_NAME.search(match.group("name")):
        # "Erschien zuerst bei Suhrkamp.": a book's first publisher, no outlet (review R43); a
        # note names one ("bei Hafen Online", "auf spiegel.de") or its day ("am 3. März 2025").
        name = match.group("name").strip(" .,;:")
        if not (_known_publisher(name) or agency_name(name)):
            match = None
    if match:
        # The place it ran is its publisher, an agency's own service too ("tayang di Reuters").
        name = match.group("name").strip(" .,;:")
        return "republished", _known_publisher(name) or agency_name(name) or name, find_agencies(name, strict=False)
    return None


_WEB_ADDRESS = re.compile(r"(?i:(?:https?://)?(?:www\.)?[\w-]+(?:\.[a-z]{2,6})+(?:/\S*)?)")


def _agency_of_address(name: str) -> str | None:
    """The agency whose web address ``name`` is, by the address's name ("antaranews.com",
    "https://www.bernama.com/..." -> ANTARA, Bernama), else None; never a short form that is also
    another body's initials ("ap.org", "cna.com.tw")."""
    name = name.strip()
    if not _WEB_ADDRESS.fullmatch(name) or "." not in name:
        return None
    key = _site_key(name)
    agency = _ALIAS_TO_AGENCY.get(key)
    return None if agency is None or key.upper() in _AMBIGUOUS else agency


def _notice_publisher(text: str) -> str | None:
    for name, pattern in _KNOWN_IN_TEXT:
        if pattern.search(text):
            return name
    match = _NOTICE_PUBLISHER.search(text)
    if match:
        name = (match.group("name") or match.group("name2") or "").strip()
        return name or None
    return None


def _publisher_from_source(name: str) -> str | None:
    # "Sumber: NDTV", "Source: The Hindu / AFP", "Sumber: https://www.ndtv.com/..."
    if name.lower().startswith(("http://", "https://", "www.")):
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", name, flags=re.IGNORECASE).split("/")[0]
        return (_known_publisher(host) or host) if host else None
    first = re.split(r"\s*(?:/|,|;|\||\band\b|\bdan\b)\s*", name)[0].strip(" .")
    if not first or not _WORD_CHARS.search(first) or agency_name(first):
        return None
    return _known_publisher(first) or first
