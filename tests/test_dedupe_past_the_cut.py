"""A cut of the story in the article's language says nothing past the part it holds.

An Indonesian portal's translation of a wire story cut to its lead and second paragraph,
compared text to text with a portal's own rewrite of the whole story a day later, calls it
another story; the rewrite's translation verdict on the English original (below ``JOIN_SCORE``)
then yielded, and the rewrite began a story of its own (review set 15's S1503-2 and S1506-2).
The rewrite goes on with the people and figures of the wire's later paragraphs, which the cut
does not hold (``evidence.reads_past_cut``): there the cut has nothing to say.

Fixtures written for these tests: an English wire report of a ferry fire off a fictional
island, its Indonesian translation cut to two paragraphs, an Indonesian rewrite a day later
(figures to the lead, the witness named, a paragraph of the portal's own), and a rival's own
report under the same lead that names nobody of the wire's later paragraphs; an English wire
report of a diver found alive and its Indonesian cut to the lead and the quote.
"""

from __future__ import annotations

import itertools

import pytest

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.engine import JOIN_SCORE
from newscrawl.dedupe.evidence import _with_peoples_countries, cut_across, reads_past_cut
from tests.dedupe_corpus import article
from tests.test_dedupe_own_reports import stories_of

FERRY_EN = (
    "KUPANG, Indonesia (Wire) - A fire broke out on a passenger ferry off Indonesia's Sabutara island"
    " on Tuesday, forcing 214 passengers to jump into the sea, officials said. Three people were"
    " missing.\n\n"
    "The KM Lintas Timur was sailing from Kupang to Sabutara when smoke came from its engine room"
    " about 9 kilometres from the port, the Transport Ministry said.\n\n"
    '"We had minutes to put on life jackets. Children were crying everywhere," said Yosefina'
    " Ratumbanua, a teacher travelling with 17 pupils.\n\n"
    "Fishing boats and a navy patrol vessel pulled 211 people from the water within two hours, the"
    " search and rescue agency said.\n\n"
    "Ferry accidents are common in the archipelago of more than 17,000 islands."
)
FERRY_ID_CUT = (
    "Kupang (Wire) - Sebuah kapal penumpang terbakar di lepas Sabutara, Indonesia, pada Selasa,"
    " memaksa 214 penumpang terjun ke laut, kata pejabat. Tiga orang hilang.\n\n"
    "KM Lintas Timur sedang berlayar dari Kupang ke Sabutara ketika asap keluar dari ruang mesin"
    " sekitar 9 kilometer dari pelabuhan, kata pejabat kementerian."
)
FERRY_ID_REWRITE = (
    "Sebanyak 214 penumpang terjun ke laut saat kapal terbakar di perairan Sabutara, Selasa (3/11)."
    " Tiga orang belum ditemukan.\n\n"
    "Asap muncul dari ruang mesin KM Lintas Timur 9 km dari pelabuhan, dalam pelayaran dari Kupang"
    " ke Sabutara.\n\n"
    "Nelayan dan kapal patroli mengevakuasi 211 orang dalam dua jam.\n\n"
    "Seorang guru yang membawa 17 murid, Yosefina Ratumbanua, menuturkan penumpang hanya punya"
    " beberapa menit untuk memakai jaket pelampung."
)
#: A rival portal's own report under the same lead: its own harbour master, no witness of the wire's.
FERRY_ID_RIVAL = (
    "Kapal penumpang terbakar di perairan Sabutara, Selasa (3/11), dan 214 penumpang terjun ke laut."
    " Tiga orang belum ditemukan.\n\n"
    "KM Lintas Timur berlayar dari Kupang menuju Sabutara saat asap muncul dari ruang mesin, 9 km"
    " dari pelabuhan.\n\n"
    "Kepala Syahbandar Kupang Markus Dethan mengatakan kapal itu lolos pemeriksaan pekan lalu."
)
_DAY, _NEXT = "2026-11-03", "2026-11-04"
FERRY = {
    "wire": article("https://wire.example/ferry", FERRY_EN, "en", _DAY, 6, title="Ferry fire off Sabutara"),
    "cut": article(
        "https://kabarcepat.example/kapal", FERRY_ID_CUT, "id", _DAY, 10, title="Kapal terbakar di Sabutara"
    ),
    "rewrite": article(
        "https://portaltimur.example/kapal",
        FERRY_ID_REWRITE,
        "id",
        _NEXT,
        5,
        title="214 Penumpang KM Lintas Timur Terjun ke Laut",
    ),
}


def test_the_fixtures_match_as_the_tests_need():
    wire, cut, rewrite = (fingerprint(FERRY[k]) for k in ("wire", "cut", "rewrite"))
    assert compare(cut, wire).kind == "translation"
    found = compare(rewrite, wire)
    assert found is not None and found.kind == "translation" and found.score < JOIN_SCORE
    assert compare(rewrite, cut) is None  # text to text: another story
    assert reads_past_cut(rewrite, cut, wire)
    # The rival names only what the cut holds (and its own people): nothing past it.
    assert not reads_past_cut(fingerprint(article("https://rival.example/k", FERRY_ID_RIVAL, "id", _NEXT)), cut, wire)


@pytest.mark.parametrize("order", list(itertools.permutations(FERRY)), ids="-".join)
def test_a_rewrite_going_on_past_the_cut_joins_its_story(tmp_path, order):
    """The cut calls the rewrite another story; the rewrite names the wire's witness and the
    rescued count, which the cut does not hold: its verdict on the wire stands."""
    story = stories_of(tmp_path, FERRY, order)
    assert story["wire"] == story["cut"] == story["rewrite"]


DIVER_EN = (
    "JAKARTA (Wire) - A Thai diver missing for two days off Indonesia's Komodo island was found alive"
    " on Friday clinging to a buoy 14 kilometres from shore, the national park authority said.\n\n"
    "Rescuers took Somchai Pradit, 44, from Chiang Mai, to a clinic in Labuan Bajo, where doctors"
    " treated him for sunburn and dehydration.\n\n"
    '"He was weak, but he greeted us in Indonesian and asked for water," rescue coordinator Rinaldi'
    " Sembiring told reporters.\n\n"
    "The park closed two dive sites on Wednesday and said they would reopen on Monday."
)
#: Cut to the lead and the quote, the quote's "in Indonesian" given as "dalam bahasa Indonesia".
DIVER_ID_CUT = (
    "Jakarta (Wire) - Seorang penyelam Thailand yang hilang selama dua hari di lepas Pulau Komodo,"
    " Indonesia, ditemukan hidup pada Jumat berpegangan pada pelampung 14 kilometer dari pantai,"
    " kata otoritas taman nasional.\n\n"
    '"Dia lemah, tetapi dia menyapa kami dalam bahasa Indonesia dan meminta air," kata koordinator'
    " penyelamat Rinaldi Sembiring kepada wartawan."
)


def test_a_cut_to_the_lead_and_the_quote_naming_the_country_for_its_people_is_a_translation():
    """The quote's "in Indonesian" is "dalam bahasa Indonesia" in the cut: the country a people's
    name stands for, not a name of the cut's own (``cut_across``)."""
    wire = fingerprint(article("https://wire.example/diver", DIVER_EN, "en", "2026-11-06", 4))
    cut = fingerprint(article("https://kabar.example/penyelam", DIVER_ID_CUT, "id", "2026-11-06", 8))
    assert cut_across(cut, wire)
    found = compare(cut, wire)
    assert found is not None and found.kind == "translation"


#: The wire's closing line naming the country its lead names (QF59).
FERRY_EN_COUNTRY_CLOSES = FERRY_EN.replace(
    "Ferry accidents are common in the archipelago of more than 17,000 islands.",
    "Indonesia, a nation of more than 17,000 islands, sees ferry accidents most years.",
)
#: The wire's fourth paragraph crediting an official of the dateline's city, which the cut names (QF59).
FERRY_EN_OFFICIAL_OF_THE_CITY = FERRY_EN.replace(
    "the search and rescue agency said.", "said Matheus Bria, who heads the Kupang rescue post."
)


@pytest.mark.parametrize(
    "wire_text", [FERRY_EN_COUNTRY_CLOSES, FERRY_EN_OFFICIAL_OF_THE_CITY], ids=["country-closes", "city-official"]
)
def test_a_name_the_wire_says_again_further_down_takes_the_cut_no_further(tmp_path, wire_text):
    """The cut names the country and Kupang, which the wire says again in its last paragraphs:
    the cut holds the lead and the second paragraph still, the rewrite reads past them."""
    docs = dict(
        FERRY, wire=article("https://wire.example/ferry", wire_text, "en", _DAY, 6, title="Ferry fire off Sabutara")
    )
    wire, cut, rewrite = (fingerprint(docs[k]) for k in ("wire", "cut", "rewrite"))
    assert reads_past_cut(rewrite, cut, wire)
    assert not reads_past_cut(fingerprint(article("https://rival.example/k", FERRY_ID_RIVAL, "id", _NEXT)), cut, wire)
    for order in itertools.permutations(docs):
        story = stories_of(tmp_path / "-".join(order), docs, order)
        assert story["wire"] == story["cut"] == story["rewrite"], order


def test_the_cut_s_dateline_takes_it_nowhere():
    """The cut's only Kupang is its dateline (a name by its title): the wire's official of the
    Kupang rescue post, in its fourth paragraph, is past what the cut holds."""
    wire_text = FERRY_EN_OFFICIAL_OF_THE_CITY.replace("sailing from Kupang to Sabutara", "sailing to Sabutara")
    cut_text = FERRY_ID_CUT.replace("(Wire)", "(ANTARA)").replace("dari Kupang ke Sabutara", "menuju Sabutara")
    wire = fingerprint(article("https://wire.example/ferry", wire_text, "en", _DAY, 6))
    cut = fingerprint(
        article("https://kabar.example/k", cut_text, "id", _DAY, 10, title="Kapal terbakar di perairan Kupang")
    )
    assert cut["dateline"] and "kupang" in cut["anchors"]
    assert reads_past_cut(fingerprint(FERRY["rewrite"]), cut, wire)


TRAWLER_EN = (
    "NEW DELHI (Wire) - India's coast guard rescued 31 fishermen on Monday after their trawler"
    " capsized in a storm 140 kilometres off Kochi in southern India, officials said.\n\n"
    "The trawler Sagarika had left Kochi harbour on Saturday with a crew of 34.\n\n"
    '"The waves were taller than our mast," said Joseph Varghese, one of the fishermen.\n\n'
    "The boat sank in the Indian Ocean, coast guard spokesman Anil Rathore told reporters."
    " Three men were still missing.\n\n"
    "Storms off the southern coast have killed dozens of fishermen this year."
)
#: A rival's brief: the wire's lead figures, and "perairan India" with the spokesman where the
#: wire has the Indian Ocean.
TRAWLER_ID_RIVAL = (
    "Penjaga pantai India menyelamatkan 31 nelayan pada Senin setelah kapal pukat mereka terbalik"
    " 140 kilometer dari Kochi.\n\n"
    '"Kami terus mencari," kata juru bicara penjaga pantai Anil Rathore, menyebut kapal tenggelam'
    " di perairan India."
)


def test_a_people_s_name_opening_a_thing_s_name_gives_no_country():
    """ "the Indian Ocean" is no "India" of a cut's paragraph (``cut_across``); "in Indonesian" is."""
    wire = fingerprint(article("https://wire.example/trawler", TRAWLER_EN, "en", "2026-11-02", 6))
    rival = fingerprint(article("https://rival.example/nelayan", TRAWLER_ID_RIVAL, "id", "2026-11-02", 9))
    assert not cut_across(rival, wire)
    assert compare(rival, wire) is None
    # The people's name alone still stands for its country.
    alone = TRAWLER_EN.replace("in the Indian Ocean, coast guard", "in deep water, Indian coast guard")
    assert cut_across(rival, fingerprint(article("https://wire.example/trawler", alone, "en", "2026-11-02", 6)))


@pytest.mark.parametrize(
    ("text", "country", "gives"),
    [
        ("Police said Kenyan traders in New Orleans sold 40 crates on Friday, Ruth Achieng said.", "kenya", True),
        ("Crowds in Tarvik marked the Chinese New Year with 40 lanterns, Mei Lin said.", "china", False),
        ("Officials said the Indian Ocean swell sank 40 skiffs, Ravi Menon said.", "india", False),
    ],
)
def test_new_opens_a_thing_s_name_only_as_new_year(text, country, gives):
    """ "Kenyan traders in New Orleans" names Kenya; "Chinese New Year" and "Indian Ocean" name none."""
    fp = fingerprint(article("https://wire.example/new", "TARVIK, May 2 (Wire) - " + text, "en", "2026-05-02", 6))
    assert (country in set().union(*_with_peoples_countries(fp))) is gives
