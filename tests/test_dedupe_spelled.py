"""Numbers written as words: wire style spells a number that opens a sentence ("Seventeen others
were missing"), a one-sentence summary in Indonesian gives it in digits ("17 hilang"). The anchors
read digits only, so the summary's figure was one of its own and the summary was missed.

Our own fixtures: an English wire report of a landslide in a hill village, an Indonesian
one-sentence summary of it, and a rival brief giving a missing count of its own; a wire report of
wind power imports and its one-sentence Indonesian summary ("tiga konsorsium" for "three consortiums").
"""

from __future__ import annotations

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.evidence import with_spelled_of
from newscrawl.dedupe.spelled import spelled_figures
from newscrawl.dedupe.text import paragraph_anchors
from tests.dedupe_corpus import article

SLIDE_EN = (
    "PADANG, Indonesia (AP) - A landslide buried 38 homes in the hill village of Sungai Karang before "
    "dawn on Thursday, killing at least four people, officials said. Seventeen others were missing.\n\n"
    "The slide followed two days of heavy rain, said Rahmat Siregar, who heads the disaster agency in "
    "Tanah Rendah district.\n\n"
    '"The mud came down in seconds and there was no time to run," Siregar said.\n\n'
    "Rescuers with sniffer dogs pulled 26 survivors from the mud, and 410 villagers were moved to a "
    "school in Koto Baru."
)
SLIDE_SUMMARY_ID = (
    "Longsor menimbun 38 rumah di desa Sungai Karang, Kamis (12/3) dini hari; empat tewas, 17 hilang "
    "dan 26 selamat, lapor AP."
)
#: Another outlet's brief of the event with a missing count of its own.
SLIDE_RIVAL_ID = (
    "Longsor menimbun 38 rumah di desa Sungai Karang, Kamis (12/3) dini hari; empat tewas, 23 hilang "
    "dan 26 selamat, lapor AP."
)


def _fp(url: str, body: str, language: str, hour: int) -> dict:
    return fingerprint(article(url, body, language, "2026-03-12", hour, title="Landslide in Sungai Karang"))


def _spelled(text: str) -> list[str]:
    paras, offsets = text.split("\n\n"), []
    paragraph_anchors(paras, offsets=offsets)
    return [x for x, _, _ in spelled_figures(paras, offsets)]


def test_number_words_are_read_in_english_indonesian_and_malay():
    assert _spelled("Nineteen were missing, two to three metres, a five-mile zone, twenty-five boats.") == [
        "#19",
        "#2",
        "#3",
        "#5",
        "#25",
    ]
    assert _spelled("Enam tewas, sembilan belas hilang, dua puluh satu selamat, sebelas kapal.") == [
        "#6",
        "#19",
        "#21",
        "#11",
    ]
    assert _spelled("Lapan maut dan tujuh cedera.") == ["#8", "#7"]
    # "one" / "satu" (a pronoun, "salah satu") and a capitalised word inside a sentence (a name) are not.
    assert _spelled("No one came. Salah satu warga. Flights to Lima and Seven Oaks resumed.") == []


def test_a_figure_written_as_a_word_is_the_figure_in_digits():
    wire = _fp("https://wire.example/slide", SLIDE_EN, "en", 2)
    summary = _fp("https://ringkas.example/slide", SLIDE_SUMMARY_ID, "id", 8)
    assert compare(summary, wire) is not None and compare(wire, summary) is not None
    # Stored before version 7 (no ``spelled``), the wire's "Seventeen" is nothing: the summary's
    # 17 is a figure of its own.
    old = {k: v for k, v in wire.items() if k != "spelled"}
    assert compare(summary, old) is None


def test_a_count_of_its_own_is_not_filled_in():
    wire = _fp("https://wire.example/slide", SLIDE_EN, "en", 2)
    rival = _fp("https://kabar.example/slide", SLIDE_RIVAL_ID, "id", 8)
    assert compare(rival, wire) is None and compare(wire, rival) is None
    assert "#23" not in with_spelled_of(rival, wire)["anchors"]


def test_only_figures_of_ten_or_more_are_filled_in():
    # "four" / "empat" and a "4" elsewhere say little: small numbers are worded by style.
    wire = _fp("https://wire.example/slide", SLIDE_EN, "en", 2)
    digits = _fp("https://ringkas.example/slide4", SLIDE_SUMMARY_ID.replace("empat", "4"), "id", 8)
    filled = with_spelled_of(digits, wire)
    assert "#17" in filled["anchors"] and "#4" not in filled["anchors"]
    assert "#17" not in wire["anchors"]


WIND_EN = (
    "NUSAKARTA, May 8 (Reuters) - Nusakarta on Friday granted licences to three consortiums to import "
    "2.6 gigawatts of wind power from Rendang and Merak in Pelangi's Teluk Ombak province through "
    "undersea cables, its Power Market Authority said.\n\n"
    "The projects are due to start supplying power in 2031, the regulator said in a statement, and will "
    "pair the wind farms with batteries from Korean and Danish suppliers.\n\n"
    '"This brings us closer to our clean power goal for 2040," energy minister Alia Wiranto said.\n\n'
    "The islands' government has asked the developers to build turbine blade factories locally."
)
#: One sentence in Indonesian: five anchors of the story, and "tiga" for "three".
WIND_SUMMARY_ID = (
    "Nusakarta memberi izin kepada tiga konsorsium untuk mengimpor 2,6 gigawatt listrik angin dari "
    "Rendang dan Merak mulai 2031, lapor Reuters, Jumat (8/5)."
)


def test_a_summary_shares_a_number_both_write_as_a_word():
    wire = fingerprint(article("https://wire.example/wind", WIND_EN, "en", "2026-05-08", 3, title="Wind imports"))
    summary = fingerprint(
        article("https://ringkas.example/wind", WIND_SUMMARY_ID, "id", "2026-05-08", 9, title="Ringkasan: impor angin")
    )
    assert compare(summary, wire) is not None
    # Without it, five anchors shared: too few for a summary. And another number is no "three".
    assert compare(summary, {k: v for k, v in wire.items() if k != "spelled"}) is None
    four = fingerprint(
        article(
            "https://ringkas.example/wind4",
            WIND_SUMMARY_ID.replace("tiga", "empat"),
            "id",
            "2026-05-08",
            9,
            title="Ringkasan: impor angin",
        )
    )
    assert compare(four, wire) is None


def test_a_number_word_stands_among_the_mentions_where_the_text_has_it():
    # Among "Surabaya", "Tanjung", "Perak" and before "Tuesday (May 12)": not between the weekday and
    # its date, which would no longer read as the weekday's date said again.
    text = "Dock workers at Surabaya's Tanjung Perak port began a three-day strike on Tuesday (May 12), Pelindo said."
    offsets: list[list[int]] = []
    mentions = paragraph_anchors([text], offsets=offsets)
    assert mentions == [["surabaya", "tanjung", "perak", "@d2", "@m5", "#12", "pelindo"]]
    assert spelled_figures([text], offsets) == [["#3", 0, 3]]


def test_a_number_word_inside_a_larger_number_is_not_read():
    # "twenty" of "one hundred and twenty" is no 20, nor "dua puluh" of "dua puluh ribu" 20.
    assert _spelled("One hundred and twenty pilgrims waited. Twenty-five thousand fans sang.") == []
    assert _spelled("Seratus dua puluh kios terbakar, dua puluh ribu warga mengungsi, dua ratus lainnya.") == []
    assert _spelled("Three hundred and eleven bikes; two million visitors and fourteen guides.") == ["#14"]


FERRY_EN = (
    "PORT ALDER, Jan 4 (Reuters) - A ferry carrying 212 people ran aground off Kelp island on Monday, "
    "the harbour authority said, and rescuers had taken 190 passengers ashore by nightfall.\n\n"
    "Authority spokeswoman Mara Tolland said the ferry Silver Gull struck a reef about 20 km from the "
    "port of Wenlow.\n\n"
    "The ferry was sailing from Wenlow to Port Alder, a trip of about two hours."
)


def test_a_compound_number_does_not_fill_in_a_figure_of_the_other():
    # The brief's 120 rescued is not the wire's 190; its "dua puluh" of "seratus dua puluh" was read
    # as 20 and filled in from the wire's "20 km".
    wire = fingerprint(article("https://wire.example/ferry", FERRY_EN, "en", "2027-01-04", 6, title="Ferry aground"))
    brief = (
        "Kapal Silver Gull yang membawa 212 orang kandas di lepas pulau Kelp, Senin (4/1); seratus dua "
        "puluh penumpang dievakuasi, lapor Reuters."
    )
    copy = fingerprint(article("https://ringkas.example/ferry", brief, "id", "2027-01-04", 9, title="Kapal kandas"))
    assert copy["spelled"] == []
    assert compare(copy, wire) is None and compare(wire, copy) is None


def test_a_number_word_after_a_dateline_dash_opens_the_lead():
    assert _spelled("Padang (ANTARA) - Tujuh belas orang hilang.") == ["#17"]
    assert _spelled("Bandung, kompas.com -- Sembilan warga tewas.") == ["#9"]
    assert _spelled("KUALA LUMPUR, 3 Nov (Bernama) \u2014 Dua puluh pekerja cedera.") == ["#20"]
    # A dash inside a sentence is no dateline: a capitalised word after it is a name.
    assert _spelled("Fans of the broadcaster - Seven Network - wrote in.") == []


def test_tens_and_ones_joined_by_any_hyphen_or_dash():
    assert _spelled("twenty\u2011one boats, thirty\u2013two nets, forty\u2010four oars") == ["#21", "#32", "#44"]


def test_a_number_both_word_counts_not_for_a_brief_wording_a_count_of_its_own():
    wire = fingerprint(article("https://wire.example/wind", WIND_EN, "en", "2026-05-08", 3, title="Wind imports"))
    # A rival's brief: four consortiums of its own (no "four" or "4" in the wire), and "tiga" that
    # counts years, not the wire's three consortiums.
    rival = WIND_SUMMARY_ID.replace("tiga konsorsium", "empat konsorsium").replace(
        "mulai 2031", "mulai 2031 setelah tiga tahun negosiasi"
    )
    brief = fingerprint(article("https://kabar.example/wind", rival, "id", "2026-05-08", 9, title="Impor angin"))
    assert "#3" not in with_spelled_of(wire, brief, both=True)["anchors"]
    assert compare(brief, wire) is None and compare(wire, brief) is None
    summary = fingerprint(
        article("https://ringkas.example/wind", WIND_SUMMARY_ID, "id", "2026-05-08", 9, title="Impor")
    )
    assert "#3" in with_spelled_of(wire, summary, both=True)["anchors"]
    # "dua hala" (bilateral) counts nothing: no number of the summary's own.
    bilateral = WIND_SUMMARY_ID.replace("Reuters,", "Reuters, demi dagangan dua hala,")
    summary = fingerprint(article("https://ringkas.example/wind2", bilateral, "id", "2026-05-08", 9, title="Impor"))
    assert [x for x, _, _ in summary["spelled"]] == ["#3"] and compare(summary, wire) is not None
