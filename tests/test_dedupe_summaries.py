"""A summary or brief of one wire story in its language against a rival agency's brief of the same
event (review R38, set 8: the summaries S402-4, S405-3, S407-2, S411-2, S412-4, S414-3 and S417-3,
a third of the story's length, against Kontan's and IANS' briefs, N437 and N445; review R42, set
9: one-sentence briefs naming the story's facts in their own order).

Fixtures written for these tests: a wire report of a dock strike, a one-paragraph summary of it,
a one-sentence brief of it, a rival agency's brief of the strike and another brief giving a
figure of its own; a wire report of floods, its summary in Indonesian and another outlet's
short report of the floods in Indonesian; the strike retold the next day under its own weekday
(R44's g4), a rival paper's own short report of the union's press conference (R44's g2b) and an
Indonesian wire report of a ferry fare rise with another paper's own short report of it (R44's
g1b); rival briefs of one press conference in English (the minister's quotation), Malay (the
chief's quotation as reported speech) and Indonesian (a second story of the conference leading on
another figure), each beside a true summary of the same wire; a digest page holding a summary
of the strike, and the summary posted alone (R44's g11); a brief retelling the strike in its own
sentences and the same brief naming its source by a title, the strike condensed in its own words
past half its length and a report of that length in words of its own, a one-sentence Indonesian
summary crediting its story's agency and the same crediting another (D33); a wire report of a
central bank's rate cut and a local paper's own brief of it naming only its facts (QF39).
"""

from __future__ import annotations

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.evidence import REWRITE_SCORE, Evidence, summarizes, summarizes_across
from tests.dedupe_corpus import article


def _fp(url: str, body: str, language: str, hour: int, title: str) -> dict:
    return fingerprint(article(url, body, language, "2026-05-12", hour, title=title))


STRIKE_WIRE = (
    "SURABAYA, Indonesia (Wire) - Dock workers at the Tanjung Perak port in Surabaya began a three-day"
    " strike on Tuesday over unpaid overtime, halting the loading of about 1,200 containers a day, the"
    " port operator Pelindo said.\n\n"
    "The strike was called by the Maritime Workers Union after talks with Pelindo broke down on Monday,"
    " union chairman Hadi Santoso told reporters outside the terminal.\n\n"
    '"We have waited eight months for this money and the company keeps making promises," Santoso said.\n\n'
    "Pelindo spokesman Rudi Hartono said the company owed 4.2 billion rupiah in overtime to some 800"
    " workers and would pay it by the end of the month.\n\n"
    "Ships bound for eastern Indonesia were being diverted to the port of Gresik, about 20 km to the"
    " north, he said."
)
#: The story told in a third of its words: its facts in its order, its figures, its words.
STRIKE_SUMMARY = (
    "Dock workers at Surabaya's Tanjung Perak port began a three-day strike on Tuesday over unpaid"
    " overtime, halting the loading of about 1,200 containers a day, Pelindo said. The company owed"
    " 4.2 billion rupiah to some 800 workers and would pay by the end of the month, spokesman Rudi"
    " Hartono said, while ships were diverted to Gresik."
)
#: A one-sentence brief: the fourth paragraph's workers and debt put first, the lead's attribution
#: and the union chairman of the second paragraph last (review set 9's English briefs).
STRIKE_BRIEF = (
    "Some 800 dock workers owed 4.2 billion rupiah in overtime began a three-day strike at Surabaya's"
    " Tanjung Perak port on Tuesday, halting the loading of about 1,200 containers a day while ships were"
    " diverted to Gresik, port operator Pelindo and union chairman Hadi Santoso said."
)
#: Another agency's brief: the same port, operator, figures and spokesman in the same order, in
#: its own words.
STRIKE_RIVAL = (
    "SURABAYA (Press) - Stevedores walked off the job at Tanjung Perak in Surabaya on Tuesday for"
    " three days, demanding overdue extra pay, and container handling of roughly 1,200 boxes daily"
    " stopped, according to Pelindo. Its representative Rudi Hartono admitted arrears of 4.2 billion"
    " rupiah owed to 800 staff, promising settlement within weeks as vessels headed to Gresik instead."
)
#: A brief worded from the same briefing that adds an estimate of its own.
STRIKE_RIVAL_OWN = (
    "Dock workers at Surabaya's Tanjung Perak port began a three-day strike on Tuesday over unpaid"
    " overtime, halting the loading of about 1,200 containers a day, Pelindo said. Shippers lose about"
    " 15 billion rupiah a day, economist Faisal Rachman estimated, and the company owed 4.2 billion"
    " rupiah to some 800 workers, spokesman Rudi Hartono said."
)


def test_a_summary_of_a_story_is_a_rewrite_of_it():
    """One paragraph giving the story's facts in the story's order: too few of the story's
    names and figures for the anchor score (the story is held to the part up to the summary's
    last anchor), its own sentences for the order test. It keeps the story's words."""
    wire = _fp("https://wire.example/strike", STRIKE_WIRE, "en", 6, "Surabaya dock workers strike over overtime")
    summary = _fp("https://brief.example/strike", STRIKE_SUMMARY, "en", 11, "In brief: Surabaya port strike")
    assert summarizes(summary, wire) and summarizes(wire, summary)
    for first, second in ((summary, wire), (wire, summary)):
        found = compare(first, second)
        assert found is not None and found.kind == "rewrite"


def test_a_brief_may_name_the_storys_facts_in_its_own_order():
    """A brief packs the story into one sentence, a later paragraph's figures first and the
    lead's attribution last: 0.73 of its mentions follow the story's paragraphs (``SUMMARY_ORDER``
    is 0.55). It keeps the story's words all the same."""
    wire = _fp("https://wire.example/strike", STRIKE_WIRE, "en", 6, "Surabaya dock workers strike over overtime")
    brief = _fp("https://brief.example/strike-brief", STRIKE_BRIEF, "en", 8, "Surabaya port strike in brief")
    found = compare(brief, wire)
    assert found is not None and found.kind == "rewrite"


def test_a_rival_brief_of_the_event_is_no_summary():
    """The rival names the story's port, operator, spokesman and figures in the story's order and
    gives no figure of its own; it words them its own way (the summary keeps 0.8 or more of its
    content words found in the story, the rival less than ``SUMMARY_WORDS``)."""
    wire = _fp("https://wire.example/strike", STRIKE_WIRE, "en", 6, "Surabaya dock workers strike over overtime")
    summary = _fp("https://brief.example/strike", STRIKE_SUMMARY, "en", 11, "In brief: Surabaya port strike")
    rival = _fp("https://press.example/strike", STRIKE_RIVAL, "en", 7, "Surabaya port strike halts container loading")
    assert not summarizes(rival, wire)
    assert compare(rival, wire) is None and compare(wire, rival) is None
    assert compare(rival, summary) is None


def test_a_brief_with_a_figure_of_its_own_is_no_summary():
    """Worded from the same briefing as the story, but with an estimate the story does not give."""
    wire = _fp("https://wire.example/strike", STRIKE_WIRE, "en", 6, "Surabaya dock workers strike over overtime")
    own = _fp("https://daily.example/strike", STRIKE_RIVAL_OWN, "en", 9, "Port strike costs shippers")
    assert not summarizes(own, wire)
    assert compare(own, wire) is None


def test_a_summary_dating_the_storys_weekday_gives_no_figure_of_its_own():
    """ "Tuesday (May 12)" where the story says "Tuesday": the weekday's date said again (as an
    Indonesian brief writes "Kamis (15/10)", review set 9's S511-2), not a figure the story lacks."""
    wire = _fp("https://wire.example/strike", STRIKE_WIRE, "en", 6, "Surabaya dock workers strike over overtime")
    dated = STRIKE_SUMMARY.replace("on Tuesday over", "on Tuesday (May 12) over")
    summary = _fp("https://brief.example/strike-dated", dated, "en", 11, "In brief: Surabaya port strike")
    found = compare(summary, wire)
    assert found is not None and found.kind == "rewrite"


#: A brief retelling the strike in its own sentences, naming only the story's port, operator,
#: spokesman, days and figures (review set 9's English brief S512-3): 0.73 of its content words
#: are the story's, below ``SUMMARY_WORDS``: missed (QF39), as a rival's own brief is worded so.
STRIKE_RETOLD = (
    "Stevedores at Surabaya's Tanjung Perak walked out on Tuesday for three days, and about 1,200 containers"
    " a day sat unloaded, Pelindo said. The operator owes 4.2 billion rupiah to some 800 workers and will settle"
    " by the end of the month, Rudi Hartono said, with ships going to Gresik instead."
)
#: A rival's brief of the strike worded the same way but naming its source by a title the story
#: does not give (set 8's rival briefs: "Gubernur", "Minister"): 0.71 of its words the story's.
STRIKE_RETOLD_TITLED = STRIKE_RETOLD.replace(", Rudi Hartono said", ", Pelindo Director Rudi Hartono said")
#: The strike condensed in the story's own words, 0.59 of its length (set 7's S314-3: a short
#: story told sentence by sentence in half its words or a little more).
STRIKE_CONDENSED = (
    "Dock workers at the Tanjung Perak port in Surabaya began a three-day strike on Tuesday over unpaid"
    " overtime, halting the loading of about 1,200 containers a day, Pelindo said. The strike was called after"
    " talks with the company broke down on Monday.\n\n"
    "Pelindo owed 4.2 billion rupiah in overtime to some 800 workers and would pay it by the end of the month,"
    " its spokesman said. Ships were diverted to Gresik."
)
#: A report of that length with five of the story's words its own (0.88 of its words the story's:
#: set 11's AP report N803 against AFP's S760 keeps 0.89 at 0.51 of its length).
STRIKE_CONDENSED_RIVAL = (
    STRIKE_CONDENSED.replace("strike on Tuesday", "walkout on Tuesday")
    .replace("halting", "stopping")
    .replace("would pay it", "would settle")
    .replace("diverted", "sent")
    .replace("broke down", "failed")
)


#: A wire report of a central bank's rate cut, with a survey, the currency's move and the bank's
#: record in paragraphs of their own.
RATE_WIRE = (
    "MANILA, May 12 (Wire) - The Bangko Sentral ng Pilipinas lowered its overnight borrowing rate by 25 basis"
    " points to 5.25% on Tuesday, its second reduction this year, citing inflation of 2.1% in April that"
    " gave it space to back the economy.\n\n"
    "Governor Eli Remolona told reporters the central bank also cut the overnight deposit rate to 4.75% and"
    " the overnight lending rate to 5.75%.\n\n"
    '"Price pressures have eased enough for us to give growth more support," Remolona said, adding that the'
    " bank now projected growth of 5.5% to 6.5% this year.\n\n"
    "Fourteen of 19 analysts in a Wire survey had forecast the reduction. The peso slipped 0.3% to 57.80"
    " per dollar after the announcement.\n\n"
    "The central bank had held rates steady since February, after raising them twice last year to"
    " support the currency.\n\n"
    "Remolona said the bank stood ready to act in the foreign exchange market to smooth sharp swings."
)
#: A local paper's own brief of the decision, uncredited, in its own words: every name, figure and
#: day of it the wire's, in the wire's order, 0.64 of its content words the wire's (R54's q4).
RATE_RIVAL_BRIEF = (
    "The Bangko Sentral ng Pilipinas shaved 25 basis points off its key rate, now 5.25%, on Tuesday, in its"
    " second easing this year, with April inflation a modest 2.1%. Eli Remolona's monetary board trimmed the"
    " overnight deposit rate to 4.75% and the lending rate to 5.75%, and expects the economy to expand 5.5%"
    " to 6.5% this year."
)


def test_a_brief_naming_nothing_of_its_own_still_needs_the_storys_words():
    """A rival's own brief of the rate cut names only the wire's facts, in its order, and keeps
    0.64 of its words: no summary (``SUMMARY_WORDS``; D33's 0.6 for such a brief merged it, QF39).
    The strike retold in its own sentences (0.73) is missed so, and the same naming a title of its
    own with it."""
    wire = _fp("https://wire.example/bsp-cut", RATE_WIRE, "en", 6, "Philippine central bank cuts rate to 5.25%")
    rival = _fp("https://citydaily.example/bsp-cut", RATE_RIVAL_BRIEF, "en", 7, "BSP trims rate to 5.25%")
    assert not summarizes(rival, wire)
    assert compare(rival, wire) is None and compare(wire, rival) is None
    strike = _fp("https://wire.example/strike", STRIKE_WIRE, "en", 6, "Surabaya dock workers strike over overtime")
    retold = _fp("https://brief.example/strike-retold", STRIKE_RETOLD, "en", 9, "Surabaya port strike")
    titled = _fp("https://press.example/strike-titled", STRIKE_RETOLD_TITLED, "en", 9, "Surabaya port strike")
    assert not summarizes(retold, strike) and not summarizes(titled, strike)


def test_a_story_condensed_in_its_own_words_may_run_past_half_its_length():
    """0.59 of the story's words, every one of its content words the story's: a summary
    (``SUMMARY_VERBATIM``, ``SUMMARY_VERBATIM_LENGTH``). A report of that length with words of its
    own (0.88 of them the story's) is not."""
    wire = _fp("https://wire.example/strike", STRIKE_WIRE, "en", 6, "Surabaya dock workers strike over overtime")
    condensed = _fp("https://brief.example/strike-condensed", STRIKE_CONDENSED, "en", 9, "Surabaya port strike")
    rival = _fp("https://press.example/strike-walkout", STRIKE_CONDENSED_RIVAL, "en", 9, "Surabaya port walkout")
    assert condensed["words"] > 0.5 * wire["words"] and rival["words"] > 0.5 * wire["words"]
    for first, second in ((condensed, wire), (wire, condensed)):
        assert compare(first, second) == Evidence("rewrite", REWRITE_SCORE)
    assert not summarizes(rival, wire)
    assert compare(rival, wire) is None and compare(wire, rival) is None


#: A wire report of floods in Central Java, its names and figures in every paragraph.
FLOOD_WIRE = (
    "SEMARANG, Indonesia (Wire) - Floods after two days of heavy rain forced 4,300 people from their homes"
    " in Semarang and Demak in Central Java on Wednesday, the national disaster agency BNPB said, and"
    " closed a stretch of the north coast highway.\n\n"
    "BNPB spokesman Abdul Muhari said water up to 1.5 metres deep covered 27 villages, and that two"
    " people were missing after being swept away in Kudus.\n\n"
    "The Jratun river burst its banks near Karanganyar early on Wednesday, regional disaster chief"
    " Bergas Penanggungan said, sending water into the districts of Sayung and Mranggen.\n\n"
    "Train operator KAI cancelled 14 services between Semarang and Surabaya and diverted 9 others through"
    " Solo, spokesman Franoto Wibowo said.\n\n"
    "The meteorology agency BMKG forecast more rain until Saturday and warned of landslides in the hills"
    " of Temanggung, Wonosobo and Banjarnegara."
)
#: Its summary in Indonesian (review set 9's Indonesian and Malay summaries of English stories):
#: a few of its names and figures from the first, fourth and last paragraphs, in their order.
FLOOD_SUMMARY_ID = (
    "Banjir memaksa 4.300 warga Semarang dan Demak mengungsi pada Rabu, kata BNPB. Kereta api juga"
    " terganggu: KAI membatalkan 14 perjalanan antara Semarang dan Surabaya, sedangkan BMKG"
    " memperkirakan hujan lebat masih turun sampai Sabtu dan mengingatkan warga di perbukitan akan"
    " bahaya longsor."
)
#: Another outlet's short report from Demak in Indonesian: the story's river, villages, official
#: and count of the displaced, and a count of its own (review set 6: AP's families at Wamena cut
#: short, S234-2, against Reuters' crash in Indonesian, S233-5: a baby's age of its own).
FLOOD_RIVAL_ID = (
    "DEMAK (Kabar) - Warga Sayung dan Mranggen di Demak bertahan di atap rumah pada Rabu setelah Jratun"
    " meluap di dekat Karanganyar, kata Bergas Penanggungan. Di posko pengungsian, 3 bayi dirawat karena"
    " demam, sementara BNPB mencatat 4.300 warga Semarang dan Demak mengungsi."
)


def _flood(url: str, body: str, language: str, hour: int) -> dict:
    return _fp(url, body, language, hour, "Banjir Semarang dan Demak")


def test_a_summary_in_another_language_is_a_translation_of_the_story():
    """A few of the story's names and figures from three of its paragraphs (anchor score 0.13,
    no translation verdict), in other words than the story's, so the word test cannot hold:
    every name and figure it gives is the story's, in the story's order, and it has no number of
    its own."""
    wire = _fp("https://wire.example/flood", FLOOD_WIRE, "en", 6, "Floods force thousands from homes in Central Java")
    summary = _flood("https://berita.example/banjir", FLOOD_SUMMARY_ID, "id", 11)
    assert not summarizes(summary, wire)
    assert summarizes_across(summary, wire) and summarizes_across(wire, summary)
    for first, second in ((summary, wire), (wire, summary)):
        found = compare(first, second)
        assert found is not None and found.kind == "translation"


def test_another_outlets_short_report_in_another_language_stays_apart():
    """Another outlet's report from the flooded villages names the story's river, places and
    official in the story's order, with nothing else of its own but a count the story does not
    give (3 babies): no summary of the story."""
    wire = _fp("https://wire.example/flood", FLOOD_WIRE, "en", 6, "Floods force thousands from homes in Central Java")
    rival = _flood("https://kabar.example/banjir", FLOOD_RIVAL_ID, "id", 11)
    assert not summarizes_across(rival, wire)
    assert compare(rival, wire) is None and compare(wire, rival) is None


#: The flood report as an agency's, crediting it in its dateline only.
FLOOD_WIRE_CREDITED = FLOOD_WIRE.replace("(Wire)", "(Reuters)")
#: A one-sentence Indonesian summary of it crediting the agency (review set 12's summaries: "lapor
#: Reuters", "menurut Bloomberg"), and the same sentence crediting another agency.
FLOOD_ONE_SENTENCE_ID = (
    "Banjir memaksa 4.300 warga Semarang dan Demak mengungsi pada Rabu dan menutup jalur pantura,"
    " sedangkan KAI membatalkan 14 perjalanan antara Semarang dan Surabaya, lapor Reuters."
)
FLOOD_ONE_SENTENCE_OTHER_ID = FLOOD_ONE_SENTENCE_ID.replace("lapor Reuters", "lapor AFP")


def test_a_summary_crediting_its_storys_agency_names_no_name_of_its_own():
    """The story credits Reuters in its dateline and never names it: the summary's "Reuters" is
    the source it credits, not a name the story lacks (without it, one name in eight of its own
    and coverage below ``SUMMARY_COVERED``). Crediting AFP, the same sentence names an agency
    the story neither credits nor names: no summary of it."""
    wire = _fp("https://wire.example/flood", FLOOD_WIRE_CREDITED, "en", 6, "Floods in Central Java")
    summary = _flood("https://ringkas.example/banjir", FLOOD_ONE_SENTENCE_ID, "id", 11)
    other = _flood("https://ringkas.example/banjir-afp", FLOOD_ONE_SENTENCE_OTHER_ID, "id", 11)
    assert summarizes_across(summary, wire)
    for first, second in ((summary, wire), (wire, summary)):
        assert compare(first, second) == Evidence("translation", REWRITE_SCORE)
    assert not summarizes_across(other, wire)
    assert compare(other, wire) is None and compare(wire, other) is None


# The engine (review set 8's S402-4 and S405-3 in reverse order): a summary published after its
# story but crawled first began a story of its own; the story's original, crawled after its cut,
# joins the cut (a part of it) and matches the summary, whose story the digest guard kept apart.
#: The strike report cut after its second paragraph, on another site.
STRIKE_CUT = "\n\n".join(STRIKE_WIRE.split("\n\n")[:2])
#: A second, unrelated story and a summary of it, for a digest page holding both stories.
QUAKE_WIRE = (
    "PADANG, Indonesia (Wire) - A magnitude 5.8 earthquake shook West Sumatra on Tuesday morning,"
    " damaging 23 houses in two districts, the disaster agency BNPB said.\n\n"
    "The quake struck at 08.15 local time at a depth of 10 km, 41 km southwest of Pariaman, agency"
    " spokesman Abdul Muhari said.\n\n"
    "Muhari said six people were treated for light injuries in the Padang Pariaman and Agam districts.\n\n"
    "The meteorology agency BMKG said the quake could not trigger a tsunami, and nine aftershocks"
    " followed within two hours.\n\n"
    "Schools in Pariaman were closed for the day while engineers checked 17 buildings, the local"
    " government said."
)
QUAKE_SUMMARY = (
    "West Sumatra was shaken on Tuesday by a 5.8 magnitude quake that damaged 23 houses, BNPB said."
    " Spokesman Abdul Muhari said six people were treated for light injuries, while the BMKG agency"
    " ruled out a tsunami."
)


def _stories(tmp_path, docs: list[dict]) -> dict[str, str]:
    """url -> the story each article ended in, the articles processed in the order given."""
    from newscrawl.dedupe import DedupeEngine
    from newscrawl.store.sqlite import SQLiteStore

    store = SQLiteStore(str(tmp_path / "stories.sqlite"))
    try:
        engine = DedupeEngine(store)
        verdicts = [engine.process(d) for d in docs]
        return {d["url"]: store.resolve_story(v.story_id) for d, v in zip(docs, verdicts, strict=True)}
    finally:
        store.close()


def test_a_summary_crawled_before_its_story_and_its_cut_joins_the_story(tmp_path):
    wire = article("https://wire.example/strike", STRIKE_WIRE, "en", "2026-05-12", 6, title="Dock strike")
    cut = article("https://cut.example/strike", STRIKE_CUT, "en", "2026-05-12", 7, title="Dock strike")
    summary = article("https://brief.example/strike", STRIKE_SUMMARY, "en", "2026-05-12", 10, title="Strike")
    assert compare(fingerprint(wire), fingerprint(cut)).kind == "near"
    assert compare(fingerprint(summary), fingerprint(cut)) is None
    stories = _stories(tmp_path, [summary, cut, wire])  # latest first
    assert stories[summary["url"]] == stories[wire["url"]] == stories[cut["url"]]


def test_a_digest_keeps_a_summary_of_its_other_story_apart_from_the_first(tmp_path):
    # A round-up page holding the quake report and the strike report, dated first, crawled last:
    # near to the strike's copy (a part of it: half its length), summarized by the quake's
    # summary, each crawled before it as a story of its own. The two stories stay apart.
    mirror = article("https://mirror.example/strike", STRIKE_WIRE, "en", "2026-05-12", 7, title="Dock strike")
    summary = article("https://brief.example/quake", QUAKE_SUMMARY, "en", "2026-05-12", 10, title="Quake")
    digest = article(
        "https://digest.example/today", QUAKE_WIRE + "\n\n" + STRIKE_WIRE, "en", "2026-05-12", 5, title="Today"
    )
    quake = article("https://wire.example/quake", QUAKE_WIRE, "en", "2026-05-12", 6, title="Quake")
    assert compare(fingerprint(digest), fingerprint(mirror)).kind == "near"
    assert compare(fingerprint(summary), fingerprint(quake)) == Evidence("rewrite", REWRITE_SCORE)
    assert compare(fingerprint(summary), fingerprint(digest)) == Evidence("rewrite", REWRITE_SCORE)
    stories = _stories(tmp_path, [summary, mirror, digest])
    assert stories[summary["url"]] != stories[mirror["url"]]


#: The flood report cut after its second paragraph, on another site.
FLOOD_CUT = "\n\n".join(FLOOD_WIRE.split("\n\n")[:2])
#: The quake summarized in Indonesian: its magnitude, day, houses, injured, districts and agencies
#: in its order.
QUAKE_SUMMARY_ID = (
    "Gempa bermagnitudo 5,8 pada Selasa merusak 23 rumah di dua kabupaten, kata BNPB. Juru bicara Abdul"
    " Muhari mengatakan enam warga di Padang Pariaman dan Agam dirawat karena luka ringan, sedangkan BMKG"
    " menyatakan gempa tidak berpotensi tsunami."
)


def test_a_summary_in_another_language_crawled_before_its_story_and_its_cut_joins_the_story(tmp_path):
    """As a summary in the story's language (above), an Indonesian summary of the flood report
    crawled before the report's cut and the report (review set 9's Malay briefs S519-3 and
    S521-2 in reverse order): the report joins its cut, a part of it, and the summary's story
    follows, the cut giving half the summary's names and figures (``SUMMARY_PART``)."""
    wire = article("https://wire.example/flood", FLOOD_WIRE, "en", "2026-05-12", 6, title="Floods")
    cut = article("https://cut.example/flood", FLOOD_CUT, "en", "2026-05-12", 7, title="Floods")
    summary = article("https://berita.example/banjir", FLOOD_SUMMARY_ID, "id", "2026-05-12", 11, title="Banjir")
    assert compare(fingerprint(wire), fingerprint(cut)).kind == "near"
    assert compare(fingerprint(summary), fingerprint(cut)) is None
    assert compare(fingerprint(summary), fingerprint(wire)).kind == "translation"
    stories = _stories(tmp_path, [summary, cut, wire])  # latest first
    assert stories[summary["url"]] == stories[wire["url"]] == stories[cut["url"]]


def test_a_digest_keeps_a_summary_in_another_language_of_its_other_story_apart(tmp_path):
    """The digest page of the test above against the quake's summary in Indonesian."""
    mirror = article("https://mirror.example/strike", STRIKE_WIRE, "en", "2026-05-12", 7, title="Dock strike")
    summary = article("https://berita.example/gempa", QUAKE_SUMMARY_ID, "id", "2026-05-12", 10, title="Gempa")
    digest = article(
        "https://digest.example/today", QUAKE_WIRE + "\n\n" + STRIKE_WIRE, "en", "2026-05-12", 5, title="Today"
    )
    quake = article("https://wire.example/quake", QUAKE_WIRE, "en", "2026-05-12", 6, title="Quake")
    assert compare(fingerprint(summary), fingerprint(quake)).kind == "translation"
    assert compare(fingerprint(summary), fingerprint(digest)).kind == "translation"
    stories = _stories(tmp_path, [summary, mirror, digest])
    assert stories[summary["url"]] != stories[mirror["url"]]


#: The strike the next day, told again from the story: its facts and figures in its order under a
#: day of its own ("on Wednesday"), as an agency's follow-up retells the first report (R44's g4).
STRIKE_NEXT_DAY = (
    "Dock workers at Surabaya's Tanjung Perak port kept up their three-day strike on Wednesday over"
    " unpaid overtime, halting the loading of about 1,200 containers a day, Pelindo said. The company"
    " owed 4.2 billion rupiah to some 800 workers and would pay by the end of the month, spokesman Rudi"
    " Hartono said, while ships were diverted to Gresik."
)


def test_a_retelling_under_a_day_of_its_own_is_no_summary():
    """A day or date the story does not give (nor the weekday's date said again) is like a figure
    of its own: the next day's report that retells the first one's facts is a follow-up."""
    wire = _fp("https://wire.example/strike", STRIKE_WIRE, "en", 6, "Surabaya dock workers strike over overtime")
    url = "https://wire.example/strike-day-two"
    next_day = fingerprint(article(url, STRIKE_NEXT_DAY, "en", "2026-05-13", 7, title="Port strike enters second day"))
    assert not summarizes(next_day, wire) and not summarizes(wire, next_day)
    assert compare(next_day, wire) is None


#: A rival paper's own short report of the union's press conference (R44's g2b): the chairman's
#: words quoted as the wire quotes them, most of its words the wire's, told in its own order.
STRIKE_OWN_REPORT = (
    "Union chairman Hadi Santoso said on Tuesday that dock workers at Tanjung Perak in Surabaya began"
    ' a three-day strike over unpaid overtime. "We have waited eight months for this money and the'
    ' company keeps making promises," Santoso said. Pelindo owed 4.2 billion rupiah to some 800'
    " workers, spokesman Rudi Hartono said."
)


def test_a_rivals_own_short_report_of_the_press_conference_stays_apart():
    """It quotes the chairman as the wire does (a summary gives the facts, not the speaker's
    words) and leaves out the lead's figure, the 1,200 containers (``_reports_the_speaker``,
    ``_misses_the_lead``)."""
    wire = _fp("https://wire.example/strike", STRIKE_WIRE, "en", 6, "Surabaya dock workers strike over overtime")
    own = _fp("https://harian.example/strike-union", STRIKE_OWN_REPORT, "en", 9, "Union: we waited eight months")
    assert compare(own, wire) is None


#: A wire report in Indonesian of a port authority's press conference on a ferry fare rise.
FARE_WIRE_ID = (
    "Jakarta (Kantor) - PT ASDP Indonesia Ferry menaikkan tarif penyeberangan Merak-Bakauheni sebesar"
    " 8 persen mulai 1 Juni, kata Direktur Utama ASDP Heru Widodo di Jakarta, Senin.\n\n"
    "Tarif untuk penumpang dewasa naik menjadi Rp23.000 dari Rp21.300, sedangkan tarif kendaraan"
    " golongan IV naik menjadi Rp520.000, ujarnya dalam konferensi pers.\n\n"
    '"Kenaikan ini diperlukan untuk menutup biaya bahan bakar dan perawatan kapal yang terus naik,"'
    " kata Heru.\n\n"
    "Ia menambahkan bahwa jumlah penumpang lintasan Merak-Bakauheni pada 2025 mencapai 7,2 juta orang,"
    " dan ASDP akan menambah 4 kapal baru tahun ini.\n\n"
    "Kementerian Perhubungan telah menyetujui kenaikan tarif itu setelah evaluasi biaya operasional"
    " selama enam bulan, kata juru bicara kementerian Adita Irawati."
)
#: Another paper's own short report of the conference (R44's g1b): the director's words given as
#: the wire gives them, most of its words the wire's, the quotation's point told first.
FARE_OWN_REPORT_ID = (
    "Direktur Utama ASDP Heru Widodo mengatakan kenaikan tarif penyeberangan Merak-Bakauheni sebesar"
    " 8 persen mulai 1 Juni diperlukan untuk menutup biaya bahan bakar dan perawatan kapal. Tarif"
    " penumpang dewasa naik menjadi Rp23.000 dan kendaraan golongan IV Rp520.000, kata Heru di"
    " Jakarta, Senin."
)


def test_a_rivals_own_short_report_in_indonesian_stays_apart():
    """The director's quotation told as reported speech: six of its content words in a row."""
    wire = _fp("https://kantor.example/tarif-asdp", FARE_WIRE_ID, "id", 6, "ASDP naikkan tarif Merak-Bakauheni")
    own = _fp(
        "https://harianbisnis.example/tarif-asdp", FARE_OWN_REPORT_ID, "id", 8, "Tarif penyeberangan naik 8 persen"
    )
    assert compare(own, wire) is None


# R44's finding 1 with pairs of our own: a rival's brief of one press conference, written from
# the same statements in the wire's words, against a summary of the wire written from its text.
#: An English wire report of a minister's news conference on rice imports.
RICE_WIRE = (
    "MANILA, June 3 (Wire) - The Philippines will import 450,000 tonnes of rice before the lean"
    " season to hold retail prices below 45 pesos a kilo, Agriculture Secretary Ramon Villanueva said"
    " on Wednesday.\n\n"
    "The shipments, mostly from Vietnam and Thailand, will arrive by the end of August and be sold"
    " through the National Food Authority's 1,200 outlets, Villanueva told a news conference in Quezon"
    " City.\n\n"
    '"We will not let speculators dictate what families pay for their daily meals," Villanueva said,'
    " adding that warehouses hoarding grain would be raided.\n\n"
    "Retail rice prices rose 9% in May from a year earlier, the statistics agency said last week,"
    " the fastest pace since 2023.\n\n"
    "Farmers' groups said the imports would arrive just before the local harvest in September and"
    " push down the prices they receive."
)
#: A summary of it: the lead's tonnage and price cap, the outlets, the May rise; no quotation.
RICE_SUMMARY = (
    "The Philippines will import 450,000 tonnes of rice from Vietnam and Thailand by the end of August,"
    " sold through 1,200 National Food Authority outlets to hold retail prices below 45 pesos a kilo"
    " after a 9% rise in May, Agriculture Secretary Ramon Villanueva said."
)
#: A paper's own brief from the news conference: the secretary quoted as he spoke there.
RICE_RIVAL_QUOTE = (
    "Agriculture Secretary Ramon Villanueva told reporters in Quezon City on Wednesday that the"
    " Philippines will import 450,000 tonnes of rice from Vietnam and Thailand to hold prices below"
    ' 45 pesos a kilo. "We will not let speculators dictate what families pay for their daily meals,"'
    " Villanueva said."
)


def _summary_found_rival_apart(wire: dict, summary: dict, rival: dict) -> None:
    """The summary joins the wire's story (a summary's rank); the rival's brief of the same press
    conference is no summary and matches the wire neither way."""
    assert compare(summary, wire) == Evidence("rewrite", REWRITE_SCORE)
    assert not summarizes(rival, wire)
    assert compare(rival, wire) is None and compare(wire, rival) is None


def test_a_rivals_brief_quoting_the_speaker_is_no_summary():
    """Its names and figures are the wire's, in its order, and 0.95 of its words; but it quotes
    the secretary, which no summary of review sets 1-10 does (``_reports_the_speaker``)."""
    wire = _fp("https://wire.example/rice", RICE_WIRE, "en", 5, "Philippines to import rice")
    summary = _fp("https://brief.example/rice", RICE_SUMMARY, "en", 9, "Rice imports in brief")
    rival = _fp("https://inquirer.example/rice", RICE_RIVAL_QUOTE, "en", 8, "Villanueva: no to speculators")
    _summary_found_rival_apart(wire, summary, rival)


#: A Malay wire report of a water company's press conference.
WATER_WIRE_MS = (
    "SHAH ALAM: Syarikat Air Selangor akan menaikkan tarif air domestik sebanyak 12 sen bagi setiap"
    " meter padu mulai 1 Julai, kata Ketua Pegawai Eksekutifnya Abas Abdullah hari ini.\n\n"
    "Beliau berkata kenaikan itu melibatkan kira-kira 2.1 juta akaun pengguna di Selangor, Kuala Lumpur"
    " dan Putrajaya, dan merupakan yang pertama sejak 2019.\n\n"
    '"Kos rawatan air dan bahan kimia meningkat hampir dua kali ganda dalam tempoh lima tahun dan kami'
    ' tidak boleh lagi menanggungnya sendiri," katanya pada sidang media di Shah Alam.\n\n'
    "Abas berkata Air Selangor juga akan membelanjakan RM850 juta untuk menggantikan 400 kilometer paip"
    " lama bagi mengurangkan kadar air tidak berhasil.\n\n"
    "Persatuan pengguna menggesa kerajaan negeri menangguhkan kenaikan itu sehingga kos sara hidup reda."
)
#: A summary of it in Malay: the tariff rise, the accounts, the pipes; no quotation.
WATER_SUMMARY_MS = (
    "Tarif air domestik di Selangor, Kuala Lumpur dan Putrajaya naik 12 sen bagi setiap meter padu mulai"
    " 1 Julai, melibatkan 2.1 juta akaun pengguna, kata Air Selangor. Syarikat itu turut membelanjakan"
    " RM850 juta bagi menggantikan 400 kilometer paip lama."
)
#: Another paper's own brief of the press conference: the chief's quotation as reported speech.
WATER_RIVAL_SAID_MS = (
    "Ketua Pegawai Eksekutif Air Selangor Abas Abdullah berkata kos rawatan air dan bahan kimia meningkat"
    " hampir dua kali ganda dalam tempoh lima tahun, justeru tarif air domestik dinaikkan sebanyak 12 sen"
    " bagi setiap meter padu mulai 1 Julai bagi 2.1 juta akaun pengguna, katanya di Shah Alam."
)


def test_a_rivals_brief_telling_the_quotation_as_reported_speech_is_no_summary():
    """No quote marks, but five of the quotation's content words in a row (``SUMMARY_QUOTE_RUN``
    is 4; summaries give at most 2)."""
    wire = _fp("https://berita.example/air", WATER_WIRE_MS, "ms", 5, "Tarif air naik")
    summary = _fp("https://ringkas.example/air", WATER_SUMMARY_MS, "ms", 9, "Ringkas: tarif air")
    rival = _fp("https://harian.example/air", WATER_RIVAL_SAID_MS, "ms", 8, "Kos rawatan naik")
    _summary_found_rival_apart(wire, summary, rival)


#: An Indonesian wire report of a press conference on a drug seizure.
SEIZURE_WIRE_ID = (
    "Jakarta (Kantor) - Badan Narkotika Nasional (BNN) menyita 120 kilogram sabu dari sebuah kapal"
    " nelayan di perairan Batam, Kepulauan Riau, kata Kepala BNN Marthinus Hukom di Jakarta, Selasa.\n\n"
    "Sabu itu diduga berasal dari Myanmar dan dikemas dalam 115 bungkus teh, ujarnya dalam konferensi pers.\n\n"
    "Marthinus mengatakan petugas menangkap 4 awak kapal, dua di antaranya warga negara Malaysia, dan"
    " memburu seorang pengendali yang diduga berada di Johor.\n\n"
    "Nilai sabu tersebut ditaksir mencapai Rp180 miliar dan dapat dikonsumsi sekitar 600.000 orang,"
    " katanya.\n\n"
    "Para tersangka dijerat pasal peredaran narkotika dengan ancaman hukuman mati."
)
#: A summary of it: the seizure's weight (the lead's figure) first.
SEIZURE_SUMMARY_ID = (
    "BNN menyita 120 kilogram sabu asal Myanmar dari sebuah kapal nelayan di perairan Batam, kata Kepala"
    " BNN Marthinus Hukom di Jakarta, Selasa. Petugas menangkap 4 awak kapal, dan nilai sabu tersebut"
    " ditaksir mencapai Rp180 miliar."
)
#: A second story of the same press conference (R44's g12): the arrests and the street value
#: first, the seizure's weight left out.
SEIZURE_SECOND_ID = (
    "Jakarta (Kantor) - Petugas Badan Narkotika Nasional (BNN) menangkap 4 awak kapal nelayan di perairan"
    " Batam, dua di antaranya warga negara Malaysia, kata Kepala BNN Marthinus Hukom di Jakarta, Selasa."
    " Sabu senilai Rp180 miliar itu diduga berasal dari Myanmar, dan para tersangka terancam hukuman mati."
)


def test_a_second_story_of_the_press_conference_is_no_summary():
    """It gives none of the lead's figures (the 120 kg): every summary and brief of review sets
    1-10 gives one or more of its story's (``_misses_the_lead``)."""
    wire = _fp("https://kantor.example/sabu", SEIZURE_WIRE_ID, "id", 5, "BNN sita 120 kg sabu")
    summary = _fp("https://ringkas.example/sabu", SEIZURE_SUMMARY_ID, "id", 9, "Ringkas: BNN sita sabu")
    second = _fp("https://kantor.example/sabu-awak", SEIZURE_SECOND_ID, "id", 7, "BNN tangkap 4 awak kapal")
    _summary_found_rival_apart(wire, summary, second)


def test_a_brief_crediting_another_agency_is_no_summary():
    """The summary's text crediting the story's agency is a summary; crediting another agency
    only, it is that agency's brief of the event (``_credits_another``: a veto, no credit
    asked for)."""

    def credited(url: str, body: str, hour: int, agencies: list[str]) -> dict:
        doc = article(url, body, "en", "2026-05-12", hour, title="Surabaya port strike")
        doc["attribution"] = {"agencies": agencies}
        return fingerprint(doc)

    wire = credited("https://wire.example/strike", STRIKE_WIRE, 6, ["Reuters"])
    same = credited("https://brief.example/strike", STRIKE_SUMMARY, 11, ["Reuters"])
    other = credited("https://kabar.example/strike", STRIKE_SUMMARY, 11, ["Antara"])
    assert compare(same, wire) == Evidence("rewrite", REWRITE_SCORE)
    assert not summarizes(other, wire)
    assert compare(other, wire) is None and compare(wire, other) is None


#: A third story for a digest page: a ferry aground.
FERRY_BRIEF = (
    "A ferry carrying 212 passengers ran aground off Bali's Padangbai port on Tuesday and all aboard were"
    " taken off by rescue boats within three hours, the search and rescue agency Basarnas said."
)


def test_a_digest_paragraph_posted_alone_does_not_bridge_the_digest_into_the_story(tmp_path):
    """R44's g11 with our own texts: the strike's summary posted alone, then a digest page holding
    it among other stories' paragraphs (a near copy of it: the digest takes its story), then the
    wire's story, crawled in that order (latest first). The wire matches only the summary (0.55)
    and the digest, a fuller copy of the summary's text, calls it another story: the summary
    verdict yields to it (``_cut_refuted``), as a cut translation's does, and the wire stays
    apart from the digest (one story before)."""
    brief = article("https://singkat.example/strike", STRIKE_SUMMARY, "en", "2026-05-12", 11, title="Port strike")
    page = "\n\n".join((STRIKE_SUMMARY, QUAKE_SUMMARY, FERRY_BRIEF))
    digest = article("https://rangkum.example/today", page, "en", "2026-05-12", 10, title="Today's picks")
    wire = article("https://wire.example/strike", STRIKE_WIRE, "en", "2026-05-12", 6, title="Dock strike")
    assert compare(fingerprint(digest), fingerprint(brief)).kind == "near"
    assert compare(fingerprint(wire), fingerprint(brief)) == Evidence("rewrite", REWRITE_SCORE)
    assert compare(fingerprint(wire), fingerprint(digest)) is None
    stories = _stories(tmp_path, [brief, digest, wire])
    assert stories[brief["url"]] == stories[digest["url"]]
    assert stories[wire["url"]] != stories[digest["url"]]


def test_a_mirrors_dateline_standing_alone_is_not_the_lead():
    """A mirror frames the wire story with its dateline as a paragraph of its own ("Jakarta
    (Kantor) -"): the lead is the paragraph under it (``_leads``: a figure, a day or three
    names), and the second story, which gives none of its figures, is no summary of the mirror."""
    body = SEIZURE_WIRE_ID.replace("Jakarta (Kantor) - ", "Jakarta (Kantor) -\n\n", 1)
    mirror = _fp("https://cermin.example/sabu", body, "id", 6, "BNN sita 120 kg sabu")
    second = _fp(
        "https://harian.example/sabu-awak",
        SEIZURE_SECOND_ID.replace("Jakarta (Kantor) - ", ""),
        "id",
        7,
        "BNN tangkap 4 awak kapal",
    )
    summary = _fp("https://ringkas.example/sabu", SEIZURE_SUMMARY_ID, "id", 9, "Ringkas: BNN sita sabu")
    assert compare(summary, mirror) == Evidence("rewrite", REWRITE_SCORE)
    assert not summarizes(second, mirror)
    assert compare(second, mirror) is None and compare(mirror, second) is None


def test_a_summary_naming_a_programme_in_quote_marks_is_a_summary():
    """A name in quote marks (a programme's, three words), as the story gives it, is no speaker's
    quotation (``SUMMARY_QUOTE_WORDS``; R50's p5b): the summary is still the story's."""
    named = ' under the "Rice for All" programme'
    wire = _fp(
        "https://wire.example/rice",
        RICE_WIRE.replace("1,200 outlets,", "1,200 outlets" + named + ",", 1),
        "en",
        5,
        "Philippines to import rice",
    )
    summary = _fp(
        "https://brief.example/rice",
        RICE_SUMMARY.replace("outlets to hold", "outlets" + named + " to hold", 1),
        "en",
        9,
        "Rice imports in brief",
    )
    assert summary["quotes"] == ["rice for all"]
    assert summarizes(summary, wire)
    assert compare(summary, wire) == Evidence("rewrite", REWRITE_SCORE)


def test_a_dated_dateline_standing_alone_is_not_the_lead():
    """A dateline with its date and credit as a paragraph of its own ("MANILA, June 3 (Reuters)
    -", "Manila, 3/6 (ANTARA) -"): its day is no lead figure (``_dateline``; R50's p4f), the
    summary gives the lead under it."""
    summary = _fp("https://brief.example/rice", RICE_SUMMARY, "en", 9, "Rice imports in brief")
    for dateline in (
        "MANILA, June 3 (Reuters) -\n\n",
        "Manila, 3/6 (ANTARA) -\n\n",
        "MANILA, June 3, 2026 (AFP) -\n\n",
    ):
        body = RICE_WIRE.replace("MANILA, June 3 (Wire) - ", dateline, 1)
        wire = _fp("https://wire.example/rice", body, "en", 5, "Philippines to import rice")
        assert summarizes(summary, wire), dateline
        assert compare(summary, wire) == Evidence("rewrite", REWRITE_SCORE), dateline
