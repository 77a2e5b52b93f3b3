"""A local outlet's own report in Indonesian against an English wire story of the same event
(review R30, set 6: Kompas' N275 against AFP's S237, Tempo's N288 against Reuters' S241).

Fixtures written for these tests: an English wire report of a volleyball final and a sports
paper's own Indonesian report of it (the same score, fans, minutes, scorer and the coach's
words, and a list of the finals lost before); an English wire report of an airline chief
resigning and a business paper's own Indonesian report (the minister's words on top, then the
shareholders' meeting, the grounded jets and the share price, each in a paragraph of its own).
"""

from __future__ import annotations

import itertools

import pytest

from newscrawl.commands.dedupe import rebuild
from newscrawl.dedupe import compare, evidence, fingerprint
from newscrawl.dedupe.engine import DedupeEngine
from newscrawl.dedupe.text import years
from newscrawl.store.base import cached_url_key
from newscrawl.store.sqlite import SQLiteStore
from tests.dedupe_corpus import article
from tests.test_dedupe_review import project_config

FINAL_EN = (
    "Vietnam won the Asian Volleyball Championship for the first time on Saturday, beating Malaysia 3-2"
    " in the final in Hanoi and ending 24 years of near misses for Vietnam.\n\n"
    "Captain Pimpichaya Kokram hit the winning point of a 41-minute fifth set in front of 12,500 fans"
    " at the Hanoi Arena, after Nurul Aisyah had put Malaysia ahead.\n\n"
    "Malaysia had beaten China 3-0 in the semi-final on Friday in Hai Phong.\n\n"
    '"We waited so long for this night. It belongs to every fan in Vietnam," coach Nguyen Tuan Kiet said.\n\n'
    "Vietnam had lost five previous finals, most recently against China in 2019."
)
#: The sports paper's own report: the same facts, its own lead and date, the lost finals listed.
FINAL_ID_OWN = (
    "Penantian panjang itu akhirnya usai. Vietnam menjadi juara Asia setelah menaklukkan Malaysia 3-2"
    " di Hanoi Arena, Sabtu (6/6/2026) malam.\n\n"
    "Smes Pimpichaya Kokram menutup set kelima yang berlangsung 41 menit setelah Nurul Aisyah membawa"
    " Malaysia unggul. Sebanyak 12.500 penonton memadati arena.\n\n"
    "Pelatih Nguyen Tuan Kiet mengatakan gelar ini dipersembahkan bagi semua penggemar di Vietnam.\n\n"
    "Vietnam sebelumnya lima kali kalah di final, yakni pada 2001, 2005, 2009, 2013, dan 2019."
)
#: The wire report machine-translated, the day given as a date as Indonesian papers write it.
FINAL_ID_MT = (
    "Vietnam memenangkan Kejuaraan Bola Voli Asia untuk pertama kalinya pada Sabtu (6/6/2026), mengalahkan"
    " Malaysia 3-2 di final di Hanoi dan mengakhiri 24 tahun nyaris juara bagi Vietnam.\n\n"
    "Kapten Pimpichaya Kokram mencetak poin kemenangan set kelima selama 41 menit di depan 12.500 penggemar"
    " di Hanoi Arena, setelah Nurul Aisyah membawa Malaysia unggul.\n\n"
    "Malaysia telah mengalahkan China 3-0 di semifinal pada hari Jumat di Hai Phong.\n\n"
    '"Kami menunggu begitu lama untuk malam ini. Ini milik setiap penggemar di Vietnam," kata pelatih Nguyen'
    " Tuan Kiet.\n\n"
    "Vietnam telah kalah di lima final sebelumnya, terakhir melawan China pada 2019."
)

AIRLINE_EN = (
    "BANGKOK, May 12 (Wire) - Siam Orchid chief executive Somchai Rattanakorn resigned on"
    " Tuesday, the carrier said, weeks after a dispute with lessors grounded 14 of its Boeing 787"
    " jets and forced it to cut routes.\n\n"
    "Shares in Siam Orchid fell as much as 8.7% to 3.42 baht, their lowest since the airline emerged"
    " from a debt restructuring in 2023.\n\n"
    "Transport minister Anutin Charoensuk said finance director Preecha Wongsawat would act as chief"
    " executive until shareholders appoint a successor at a meeting on June 18.\n\n"
    '"The company needs a fresh start to finish renewing its fleet," Anutin told reporters.'
)
#: The business paper's own report: the minister's words first, then its own order of the facts.
AIRLINE_ID_OWN = (
    "Menteri Perhubungan Anutin Charoensuk menanggapi pengunduran diri Direktur Utama Siam Orchid"
    " Somchai Rattanakorn. Menurut dia, Siam Orchid membutuhkan awal yang baru untuk meremajakan armada.\n\n"
    "Anutin Charoensuk mengatakan kementerian sudah menyiapkan sejumlah calon pengganti yang akan dibahas dalam"
    " rapat pemegang saham pada 18 Juni.\n\n"
    "Ia membantah pengunduran diri itu terkait sengketa dengan lessor yang membuat 14 pesawat Boeing 787"
    " tidak bisa terbang.\n\n"
    "Saham Siam Orchid turun 8,7 persen ke 3,42 baht pada perdagangan sesi pertama."
)
#: The wire report machine-translated under a lead of the translating site's own.
AIRLINE_ID_RELEAD = (
    "Siam Orchid kehilangan pemimpinnya di tengah krisis armada, dan Menteri Perhubungan Anutin"
    " Charoensuk sudah angkat bicara.\n\n"
    "BANGKOK, 12 Mei (Wire) - Kepala eksekutif Siam Orchid Somchai Rattanakorn mengundurkan diri"
    " pada hari Selasa, kata maskapai itu, beberapa minggu setelah sengketa dengan lessor mengandangkan"
    " 14 jet Boeing 787 dan memaksanya memotong rute.\n\n"
    "Saham Siam Orchid turun sebanyak 8,7% menjadi 3,42 baht, terendah sejak maskapai itu keluar dari"
    " restrukturisasi utang pada 2023.\n\n"
    "Menteri Perhubungan Anutin Charoensuk mengatakan direktur keuangan Preecha Wongsawat akan bertindak"
    " sebagai kepala eksekutif sampai pemegang saham menunjuk penerus dalam rapat pada 18 Juni."
)


def stories_of(tmp_path, docs: dict[str, dict], order) -> dict[str, str]:
    """Each named article's story after ``docs`` are processed in ``order`` in a fresh store: the
    story its fingerprint is in at the end (a later article may have taken it out of the story
    its verdict gave: ``Verdict.moved``), which must be a story that lists it."""
    store = SQLiteStore(str(tmp_path / "s.sqlite"))
    try:
        engine = DedupeEngine(store)
        for name in order:
            engine.process(docs[name])
        found = {}
        for name in order:
            story_id = store.get_fingerprint(cached_url_key(docs[name]["url"]))[0]["story_id"]
            story = store.get_story(story_id)
            assert story is not None and docs[name]["url"] in [c["url"] for c in story["copies"]], name
            found[name] = story_id
        return found
    finally:
        store.close()


def _fp(url: str, body: str, language: str, hour: int, day: str = "2026-06-06", **extra) -> dict:
    return fingerprint(article(url, body, language, day, hour, **extra))


def test_years_in_a_list_are_years():
    """ "pada 2001, 2005, dan 2019": each is a year, not only the first (a word before it makes
    the first one a year); a count after a year is not ("since 1998, 2000 troops")."""
    assert years("yakni pada 2001, 2005, 2009, 2013, dan 2019.") == ["#2001", "#2005", "#2009", "#2013", "#2019"]
    assert years("in 2001, 2005 and 2019, they lost") == ["#2001", "#2005", "#2019"]
    assert years("since 1998, 2000 troops came") == ["#1998"]
    # R32: the last year after "and" ends the list whatever follows it.
    assert years("the finals of 2000, 2002 and 2016 to Indonesia") == ["#2000", "#2002", "#2016"]


def test_an_outlets_own_report_with_years_of_its_own_is_no_translation():
    """The same score, fans, minutes, captain, rival scorer and coach, in the same order: the
    paper's own report scored 0.47 as a translation of the wire (bar 0.45). A translation gives
    the years its original gives; this report lists four finals of its own. The year of
    publication, which a translator adds to a date, is no year of its own."""
    wire = _fp(
        "https://wire.example/volley", FINAL_EN, "en", 15, title="Vietnam beat Malaysia to win first Asian title"
    )
    own = _fp("https://kabarsport.example/voli", FINAL_ID_OWN, "id", 16, title="Penantian 24 tahun berakhir")
    mt = _fp("https://voliterkini.example/voli", FINAL_ID_MT, "id", 17, title="Vietnam kalahkan Malaysia, juara Asia")
    assert compare(wire, own) is None
    assert compare(own, wire) is None
    assert compare(wire, mt).kind == "translation"
    assert compare(mt, wire).kind == "translation"


def test_an_outlets_own_report_in_its_own_paragraph_order_is_no_relead():
    """The business paper's report gives the wire's names and figures in its own paragraphs:
    the minister and the chief executive on top, then the meeting, the jets, the shares. Its
    mentions from the second paragraph on half follow the wire's (0.6), so it was read as the
    wire under a re-lead of its own (0.61). Under a real re-lead the wire's lead follows the new
    one, its names and figures with it; here the chief executive is named only on top."""
    wire = _fp("https://wire.example/airline", AIRLINE_EN, "en", 9, day="2026-05-12", title="Siam Orchid CEO resigns")
    own = _fp(
        "https://bisnis.example/siam",
        AIRLINE_ID_OWN,
        "id",
        10,
        day="2026-05-12",
        title="Anutin soal mundurnya Dirut Siam Orchid",
    )
    relead = _fp(
        "https://kabar.example/siam", AIRLINE_ID_RELEAD, "id", 11, day="2026-05-12", title="CEO Siam Orchid mundur"
    )
    assert compare(wire, own) is None
    assert compare(own, wire) is None
    assert evidence._keeps_order(relead, wire)
    assert compare(wire, relead).kind == "translation"


QUAKE_EN = (
    "MANILA, Aug 3 (Wire) - A magnitude 6.4 earthquake struck off Mindoro island in the central"
    " Philippines on Sunday, damaging 120 houses and forcing ferry operators to cancel 38 trips from"
    " Batangas port, officials said.\n\n"
    "No deaths were reported, but about 2,300 residents of nine coastal villages spent the night in"
    ' evacuation centres as aftershocks shook the area. "We expect aftershocks for the next two weeks'
    ' and ask people to stay away from damaged buildings," said Teresito Bacolcol, head of PHIVOLCS.\n\n'
    "2GO Travel, Montenegro Lines and Starlite Ferries suspended sailings between Batangas and"
    " Calapan, while schools in Oriental Mindoro stayed closed until at least Tuesday.\n\n"
    "The area was last hit by a strong quake in 2017, when a magnitude 5.9 tremor injured 14 people."
)
#: A travel site's rewrite: its own intro, every sentence reworded, the history left out, and an
#: outro of its own that names only the island the story named above.
QUAKE_SEO = (
    "Heading to the islands this week? Here is what the latest earthquake means for your trip.\n\n"
    "Off Mindoro island in the central Philippines, a magnitude 6.4 quake hit on Sunday, leaving 120"
    " houses damaged and leading ferry firms to scrap 38 trips out of Batangas port, according to"
    " officials.\n\n"
    "Nobody died, yet around 2,300 people from nine villages on the coast slept in evacuation centres"
    ' while aftershocks rattled the region. "We expect aftershocks for the next two weeks and ask people'
    ' to stay away from damaged buildings," said Teresito Bacolcol, head of PHIVOLCS.\n\n'
    "Sailings between Batangas and Calapan were halted by 2GO Travel, Montenegro Lines and Starlite"
    " Ferries, and Oriental Mindoro schools will stay shut until at least Tuesday.\n\n"
    "Our tip: check with your ferry line before you travel, and pick a Mindoro resort that offers"
    " free cancellation through our partner links."
)


def test_a_rewrite_under_an_intro_and_over_an_outro_of_its_own_is_the_story():
    """Every sentence reworded fails the word-order test; a spun copy stands when its names
    and figures fall paragraph for paragraph where the original's do. The rewrite's outro
    names only the island, which both named above: it faces the original's last paragraph
    (left out) as a paragraph of the story's names repeated, not as one of its own facts."""
    wire = _fp("https://wire.example/quake", QUAKE_EN, "en", 2, day="2026-08-03", title="Quake off Mindoro")
    seo = _fp(
        "https://travelhack.example/quake", QUAKE_SEO, "en", 6, day="2026-08-03", title="Mindoro quake: is it safe?"
    )
    assert compare(wire, seo).kind == "rewrite"
    assert compare(seo, wire).kind == "rewrite"


#: A wire report of a state election cut to its first three paragraphs by a mirror.
POLL_WIRE_CUT = (
    "PHUKET, Thailand, Sept 7 (Wire) - Thailand's ruling coalition won a two-thirds majority in the Phuket"
    " provincial election on Sunday, the Election Commission said, a boost for Prime Minister Srettha"
    " Chaiyasit ahead of a national vote due by 2027.\n\n"
    "Srettha's Pheu Prachachon and its ally Ruam Thai Sang won 21 of the 30 seats in the provincial"
    " council, while the opposition Kao Klai Party took the other nine, the commission said. Turnout"
    " was 64.2%.\n\n"
    '"The people of Phuket have chosen calm over conflict," Srettha told supporters in Kathu shortly'
    " before midnight."
)
#: Another agency's own report: the same result and the same quote of the prime minister.
POLL_RIVAL = (
    "Thai Prime Minister Srettha Chaiyasit's alliance kept control of Phuket in a provincial election on"
    " Sunday seen as a test of his standing after unpopular tax reforms.\n\n"
    "The coalition won 21 of 30 seats, according to official results, while the reformist Kao Klai Party"
    " won nine.\n\n"
    '"The people of Phuket have chosen calm over conflict," Srettha told cheering supporters.\n\n'
    "Srettha came to power in 2023 after a decade in opposition, including a spell in exile he said was"
    " politically driven."
)


def test_another_agencys_report_quoting_the_same_official_is_no_rewrite():
    """The rival names the prime minister, the province, the opposition and the seats in the
    wire's paragraphs, and quotes the same line word for word: names and figures alone, 0.55 at
    best, fail the rewrite bar; the quotation lifted them over it (0.66). An official's words are
    quoted alike in every report of the event, so a spun copy's case may not rest on them."""
    cut = _fp(
        "https://asiapolitics.example/phuket", POLL_WIRE_CUT, "en", 16, day="2026-09-07", title="Coalition wins Phuket"
    )
    rival = _fp(
        "https://agency-b.example/phuket",
        POLL_RIVAL,
        "en",
        17,
        day="2026-09-07",
        title="Thai PM's alliance keeps Phuket",
    )
    assert compare(cut, rival) is None
    assert compare(rival, cut) is None


#: The wire report cut to its first two paragraphs by a mirror: the score, the captain, the
#: minutes and the crowd, which the sports paper's own report gives in its first two too.
FINAL_EN_CUT = "\n\n".join(FINAL_EN.split("\n\n")[:2])
_FINAL_DAY = "2026-06-06"
FINAL_WIRE = article(
    "https://wire.example/volley",
    FINAL_EN,
    "en",
    _FINAL_DAY,
    15,
    title="Vietnam beat Malaysia to win first Asian title",
)
FINAL_CUT = article(
    "https://brief.example/volley",
    FINAL_EN_CUT,
    "en",
    _FINAL_DAY,
    published_at=f"{_FINAL_DAY}T15:30:00+00:00",
    title="Vietnam win Asian title",
)
FINAL_OWN = article(
    "https://kabarsport.example/voli", FINAL_ID_OWN, "id", _FINAL_DAY, 16, title="Penantian 24 tahun berakhir"
)
FINAL_MT = article(
    "https://voliterkini.example/voli", FINAL_ID_MT, "id", _FINAL_DAY, 17, title="Vietnam kalahkan Malaysia, juara Asia"
)
_FINAL_NAMES = {"wire": FINAL_WIRE, "cut": FINAL_CUT, "own": FINAL_OWN, "mt": FINAL_MT}
# Every arrival order but those that bring the cut and the paper's report first: the two alone
# are a translation of one another's lead (0.6), and nothing stored yet says otherwise.
_FINAL_ORDERS = [o for o in itertools.permutations(_FINAL_NAMES) if set(o[:2]) != {"cut", "own"}]
# Those orders: the report joins through the cut, and the whole story, arriving later, calls it
# another story.
_FINAL_CUT_FIRST = [o for o in itertools.permutations(_FINAL_NAMES) if set(o[:2]) == {"cut", "own"}]


def test_the_fixtures_of_the_cut_wire_match_as_the_tests_need():
    wire, cut, own, mt = (fingerprint(d) for d in (FINAL_WIRE, FINAL_CUT, FINAL_OWN, FINAL_MT))
    assert compare(own, cut).kind == "translation" and compare(own, cut).score < 0.9
    assert compare(cut, wire).kind == "near"
    assert compare(own, wire) is None and compare(own, mt) is None
    assert compare(mt, cut).kind == "translation" and compare(mt, wire).kind == "translation"


@pytest.mark.parametrize("order", _FINAL_ORDERS, ids="-".join)
def test_a_cut_copys_lead_does_not_outweigh_the_whole_story(tmp_path, order):
    """The paper's own report reads as a translation of the wire's copy cut to two paragraphs
    (0.6), while the whole wire report, and its whole Indonesian translation, call it another
    story. The cut shows only that the lead matches; the whole text, read on, refutes it: with
    the whole copy stored, the report does not join the story through the cut (publication
    order: AFP's S237 and Kompas' N275 in review set 6); with the whole translation stored, the
    cut crawled after the report does not fold it in (reverse order)."""
    story = stories_of(tmp_path, _FINAL_NAMES, order)
    assert story["wire"] == story["cut"] == story["mt"]
    assert story["own"] != story["wire"]


@pytest.mark.parametrize("order", _FINAL_CUT_FIRST, ids="-".join)
def test_the_whole_story_takes_out_a_report_that_joined_through_the_cut(tmp_path, order):
    """The cut and the paper's report came first, and the report joined through the cut's lead
    (0.604). The whole wire report, a fuller copy of the cut, calls it another story when it
    arrives: the report is judged again as if it came now (the cut refuted by the copy that
    holds its text and more) and leaves the story, to one of its own, kept in the store. The
    machine translation, kept out by the report's "another story" when it came before the whole
    wire (0.604 held, published before it), joins once the report has left."""
    story = stories_of(tmp_path, _FINAL_NAMES, order)
    assert story["own"] != story["wire"] == story["cut"]
    assert story["wire"] == story["mt"]


#: The wire's whole report on a portal under a standfirst of the portal's own: the cut's lead and
#: quote are its second and third paragraphs, and it goes on with the wire's others.
FINAL_PORTAL = article(
    "https://sorotbola.example/volley",
    "Twenty-four years of silver medals came to an end in one humid evening, and a packed arena in"
    " the capital sang long after the last point had been played.\n\n" + FINAL_EN,
    "en",
    _FINAL_DAY,
    15,
    title="Vietnam beat Malaysia to win first Asian title",
)


@pytest.mark.parametrize("order", list(itertools.permutations(_FINAL_NAMES)), ids="-".join)
def test_a_fuller_copy_under_a_standfirst_still_keeps_the_own_report_out(tmp_path, order):
    """The whole wire report stored only under a portal's standfirst: its lead moved down a
    paragraph, it still reads on past the cut with the wire's paragraphs, which the paper's own
    report does not translate, so it refutes the report's verdict on the cut (R60's p5) in every
    arrival order."""
    story = stories_of(tmp_path, dict(_FINAL_NAMES, wire=FINAL_PORTAL), order)
    assert story["own"] not in (story["wire"], story["cut"], story["mt"])
    assert story["wire"] == story["cut"]


def test_a_report_taken_out_is_right_in_the_store_on_both_backends_and_after_a_rebuild(store):
    """The report taken out of the story (cut, report, wire, translation): its fingerprint, its
    article row and both story records say where it is, on SQLite and MongoDB; processing the
    articles again changes nothing, and ``scrapy dedupe --rebuild`` ends with the same stories."""
    names = ("cut", "own", "wire", "mt")
    engine = DedupeEngine(store)
    verdicts = {}
    for n in names:  # stored with its verdict as the pipelines store it, before the next comes
        verdicts[n] = verdict = engine.process(_FINAL_NAMES[n])
        store.upsert_articles([dict(_FINAL_NAMES[n], story_id=verdict.story_id, match=verdict.match)])
    assert [(url, kind) for url, _, kind, _ in verdicts["wire"].moved][:1] == [(FINAL_OWN["url"], "new")]

    def places() -> dict[str, str]:
        found = {}
        for n in names:
            story_id = store.get_fingerprint(cached_url_key(_FINAL_NAMES[n]["url"]))[0]["story_id"]
            assert store.get_article(_FINAL_NAMES[n]["url"])["story_id"] == story_id
            found[n] = story_id
        return found

    story = places()
    assert story["own"] != story["wire"] == story["cut"] == story["mt"]
    wire_story, own_story = store.get_story(story["wire"]), store.get_story(story["own"])
    assert sorted(c["url"] for c in wire_story["copies"]) == sorted(
        _FINAL_NAMES[n]["url"] for n in ("cut", "wire", "mt")
    )
    assert wire_story["n_copies"] == 3 and wire_story["representative"] == FINAL_WIRE["url"]
    assert [(c["url"], c["match"]) for c in own_story["copies"]] == [(FINAL_OWN["url"], "new")]
    assert own_story["n_copies"] == 1 and own_story["languages"] == ["id"]
    assert store.get_article(FINAL_OWN["url"])["match"] == "new"
    assert store.count_stories() == 2
    for n in names:  # again: seen before, nothing moves
        assert engine.process(_FINAL_NAMES[n]).moved == ()
    assert places() == story
    rebuild(store, project_config())
    again = places()
    assert again["own"] != again["wire"] == again["cut"] == again["mt"] and store.count_stories() == 2


def test_a_report_another_process_took_out_first_stays_where_that_process_put_it(store):
    """R40: another process takes the report out of the story (to a story of its own, "sX")
    after this one read it there and before this one moves it (MongoDB, where an article's
    store calls are no one transaction; simulated on SQLite in the batch's). The store moves
    nothing (it is not in that story any more): the report stays in sX only, and the wire's
    verdict does not list it as moved by this process."""
    engine = DedupeEngine(store)
    for n in ("cut", "own"):
        engine.process(_FINAL_NAMES[n])
    own_key = cached_url_key(FINAL_OWN["url"])
    own_story = store.get_fingerprint(own_key)[0]["story_id"]
    move_copy = store.move_copy

    def raced(url, src, dst, copy, summarize):
        if url == FINAL_OWN["url"] and store.get_fingerprint(own_key)[0]["story_id"] == own_story:
            move_copy(url, own_story, "sX", dict(copy, match="new", score=1.0), summarize)  # the other process
        return move_copy(url, src, dst, copy, summarize)

    store.move_copy = raced
    verdict = engine.process(FINAL_WIRE)
    assert FINAL_OWN["url"] not in [url for url, _, _, _ in verdict.moved]
    assert store.get_fingerprint(own_key)[0]["story_id"] == "sX"
    listing = [s["story_id"] for s in store.iter_stories() if FINAL_OWN["url"] in [c["url"] for c in s["copies"]]]
    assert listing == ["sX"]


#: A wire story and its writethru: the update keeps the first two paragraphs and rewrites the
#: rest with new figures (a central bank's rate cut, then the governor's words and the vote).
RATE_FIRST = (
    "SANTIAGO, March 12 (Reuters) - Chile's central bank cut its benchmark interest rate by 50"
    " basis points to 4.75% on Wednesday, its third cut this year, as inflation slowed to 3.9% in"
    " February from 4.4% in January.",
    "The bank said in a statement that the board voted 4-1 for the cut and that further easing would"
    " depend on copper prices and the peso, which fell 6% against the dollar since December.",
    "Economists polled by the bank last week had expected a cut of 25 basis points, and 11 of 18"
    " traders surveyed by Bloomberg on Monday saw the rate at 4.5% by June.",
    "The bank, which raised rates to a record 11.25% in 2022, will publish its quarterly monetary"
    " policy report on April 2 and hold its next meeting on April 29.",
)
RATE_UPDATE = (
    *RATE_FIRST[:2],
    "Governor Rosanna Costa told reporters the bank saw room for two more cuts of 25 basis points"
    " before September, but warned that a drought in the north could push food prices up by 8%.",
    "The peso weakened 1.2% to 968 per dollar after the decision, while Santiago's IPSA stock index rose 0.7%.",
    "Analysts at three local banks raised their forecasts for growth this year to 2.6% from 2.2%.",
)
#: An Indonesian mirror's translation of the whole first version (a fluent one: the peso's fall left out).
RATE_FIRST_ID = (
    "SANTIAGO, 12 Maret (Reuters) - Bank sentral Chile memangkas suku bunga acuannya setengah poin"
    " persentase menjadi 4,75% pada Rabu, pemangkasan ketiga tahun ini, karena inflasi melambat"
    " menjadi 3,9% pada Februari dari 4,4% pada Januari.",
    "Menurut pernyataan bank itu, dewan memberikan suara 4-1 untuk pemangkasan, dan pelonggaran"
    " lebih lanjut bergantung pada harga tembaga serta peso.",
    "Para ekonom yang disurvei bank itu pekan lalu memperkirakan pemangkasan 25 basis poin, dan 11"
    " dari 18 pedagang yang disurvei Bloomberg pada Senin memperkirakan suku bunga 4,5% pada Juni.",
    "Bank itu, yang menaikkan suku bunga ke rekor 11,25% pada 2022, akan menerbitkan laporan"
    " kebijakan moneter triwulanannya pada 2 April dan menggelar rapat berikutnya pada 29 April.",
)
_RATE_DAY = "2026-03-12"
_RATE = {
    "cut": article(
        "https://latammarkets.example/chile-rate",
        "\n\n".join(RATE_FIRST[:2]),
        "en",
        _RATE_DAY,
        published_at=f"{_RATE_DAY}T17:20:00+00:00",
        title="Chile cuts rate to 4.75%",
    ),
    "id": article(
        "https://pasarglobal.example/suku-bunga-chile",
        "\n\n".join(RATE_FIRST_ID),
        "id",
        _RATE_DAY,
        18,
        title="Bank sentral Chile pangkas suku bunga menjadi 4,75%",
    ),
    "update": article(
        "https://wire.example/chile-rate-update",
        "\n\n".join(RATE_UPDATE),
        "en",
        _RATE_DAY,
        20,
        title="UPDATE 1-Chile cuts rate to 4.75%, sees room for more",
    ),
    "mirror": article(
        "https://financemirror.example/chile-rate",
        "\n\n".join(RATE_UPDATE),
        "en",
        _RATE_DAY,
        21,
        title="Chile central bank cuts rate again",
    ),
}


def test_the_fixtures_of_the_writethru_match_as_the_tests_need():
    cut, first_id, update = (fingerprint(_RATE[n]) for n in ("cut", "id", "update"))
    assert compare(first_id, cut).kind == "translation" and compare(first_id, cut).score < 0.9
    assert compare(cut, update).kind == "near"
    assert compare(update, first_id) is None


@pytest.mark.parametrize("order", [("cut", "id", "update", "mirror"), ("cut", "id", "mirror", "update")], ids="-".join)
def test_a_writethru_published_later_does_not_take_out_a_translation_of_the_first_version(tmp_path, order):
    """The first version was seen only cut to its lead; a translation of the whole first version
    joined through the cut. The update, published after the translation, keeps the lead and
    rewrites the rest, so it calls the translation another story; the translation, judged again,
    hears only the copies published before it (the update's new paragraphs say nothing about a
    text written before them) and stays in the story (R40's finding 1 on D17's release)."""
    story = stories_of(tmp_path, _RATE, order)
    assert story["cut"] == story["id"] == story["update"] == story["mirror"]


#: Another agency's own English report of the final: its own lead, the same score, fans, minutes
#: and lost finals, and the streets after the match, which neither the wire nor the paper gives.
FINAL_RIVAL_EN = (
    "Vietnam ended 24 years of heartbreak on Saturday to be crowned Asian volleyball champions, edging"
    " Malaysia 3-2 in a final watched by 12,500 fans at the Hanoi Arena.\n\n"
    "Pimpichaya Kokram settled the 41-minute deciding set, coach Nguyen Tuan Kiet dedicating the title"
    " to the country's fans after Nurul Aisyah had given Malaysia the lead.\n\n"
    "The hosts had lost the final in 2001, 2005, 2009, 2013 and 2019.\n\n"
    "Thousands of supporters on motorbikes filled the streets around Hoan Kiem Lake late into the night,"
    " waving red flags and honking horns."
)
_FINAL_AND_RIVAL = dict(
    _FINAL_NAMES,
    rival=article(
        "https://agencesport.example/volley",
        FINAL_RIVAL_EN,
        "en",
        _FINAL_DAY,
        16,
        title="Vietnam crowned Asian volleyball champions at last",
    ),
)
# The cut and the paper's report first (the report joins through the cut), the rival's report
# before the whole wire (which takes the paper's report out).
_RIVAL_BEFORE_WIRE = [
    o
    for o in itertools.permutations(_FINAL_AND_RIVAL)
    if set(o[:2]) == {"cut", "own"} and o.index("rival") < o.index("wire")
]


def test_the_rival_report_matches_as_the_test_needs(monkeypatch):
    own, cut, wire, mt, rival = (fingerprint(_FINAL_AND_RIVAL[n]) for n in ("own", "cut", "wire", "mt", "rival"))
    # Two outlets' own reports, neither crediting a source, one with a paragraph of its own in
    # its own arrangement: no translation since D47 (``evidence.uncredited_own_reports``).
    assert compare(own, rival) is None and compare(rival, own) is None
    monkeypatch.setattr(evidence, "uncredited_own_reports", lambda *_: False)
    assert compare(own, rival).kind == "translation" and compare(own, rival).score < 0.9
    monkeypatch.undo()
    assert compare(rival, cut) is None and compare(rival, wire) is None and compare(rival, mt) is None


#: Merged with D20's ``_follow`` (a copy follows a copy that matches it more firmly than it holds
#: its story), every order failed: the report was carried into the rival's story by the same thin
#: translation verdict (0.757) another way. Since D47 that verdict is gone (two outlets' own
#: reports, crediting no source: ``evidence.uncredited_own_reports``) and every order passes.
@pytest.mark.parametrize("order", _RIVAL_BEFORE_WIRE, ids="-".join)
def test_a_report_taken_out_joins_no_other_story_on_a_thin_verdict(tmp_path, order):
    """The paper's report joined the wire's story through the cut; the rival's English report,
    arriving next, is told another story by the cut and begins its own. The whole wire takes the
    paper's report out; judged again, its best verdict elsewhere is a translation of the rival's
    report (0.757, names and figures of one match): a verdict that thin does not carry a member
    taken out into another story, it begins one of its own (R40's finding 4 on D17's release)."""
    story = stories_of(tmp_path, _FINAL_AND_RIVAL, order)
    assert story["wire"] == story["cut"] == story["mt"]
    assert len({story["own"], story["rival"], story["wire"]}) == 3
