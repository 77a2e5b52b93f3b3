"""A portal's translation of a wire story cut to its lead and its quote (issue #6, review set 14:
the Indonesian two-paragraph cuts of Reuters', AFP's, Xinhua's and AP's stories, each alone).

Fixtures written for these tests: an English wire story on a port authority fining a shipping
line, a portal's Indonesian translation of its lead and its quote (the dateline's place and
credit kept, the official's title and the authority rendered, the paragraphs between left out),
an Indonesian paper's own brief quoting the same official under a lead of its own with a figure
of its own, and a translated brief whose second paragraph gathers the names of two of the wire's.
"""

from __future__ import annotations

from newscrawl.dedupe import compare, fingerprint
from newscrawl.dedupe.engine import _fingerprint, _lead_below_own
from newscrawl.dedupe.evidence import cut_across
from tests.dedupe_corpus import article, stories_in_store

WIRE_TITLE = "Indonesia fines Samudra Kencana after 37 containers lost"
CUT_TITLE = "Samudra Kencana didenda Rp4,2 miliar usai 37 kontainer hilang"

WIRE = (
    "SURABAYA, Indonesia, March 4 (Reuters) - Indonesia's port authority on Wednesday fined the"
    " shipping line Samudra Kencana 4.2 billion rupiah after one of its container ships lost 37"
    " containers off Madura in rough seas.\n\n"
    "The Tanjung Perak-bound vessel Kencana Jaya, carrying 1,140 containers, listed sharply near"
    " Bangkalan late on Sunday, the Madura coast guard said.\n\n"
    '"Every operator must secure its cargo before it sails, whatever the weather," the authority\'s'
    " head of enforcement, Dimas Prasetyo, told reporters.\n\n"
    "Samudra Kencana said it would appeal and that it had recovered 21 of the containers with help"
    " from the Navy.\n\n"
    "It was the third fine for a shipping line in the Java Sea this year, after Bahari Lintas paid"
    " 1.5 billion rupiah in May."
)
#: Lead and quote, translated: "Kepala Penegakan" for the title, "otoritas pelabuhan" for the
#: authority, the ship's paragraph and the last two left out.
CUT = (
    "Surabaya (Reuters) - Otoritas pelabuhan Indonesia pada Rabu mendenda perusahaan pelayaran"
    " Samudra Kencana sebesar Rp4,2 miliar setelah salah satu kapal kontainernya kehilangan 37"
    " kontainer di perairan Madura saat laut berombak tinggi.\n\n"
    '"Setiap operator wajib mengamankan muatannya sebelum berlayar, apa pun cuacanya," kata Kepala'
    " Penegakan otoritas tersebut, Dimas Prasetyo, kepada wartawan."
)
#: A paper's own brief: the same fine and official, led by the containers recovered, with the
#: ship's owner's own figure.
OWN = (
    "Surabaya - Sebanyak 21 kontainer milik Samudra Kencana yang hanyut di perairan Madura telah"
    " diangkat, sementara perusahaan itu didenda Rp4,2 miliar pada Rabu, dari total 37 kontainer"
    " yang jatuh; kerugian ditaksir Rp12 miliar.\n\n"
    '"Setiap operator wajib mengamankan muatannya sebelum berlayar," kata Dimas Prasetyo.'
)
#: A brief whose second paragraph names the ship's paragraph and the quote's together: no
#: paragraph of the wire's.
GATHERED = (
    "Surabaya (Reuters) - Otoritas pelabuhan Indonesia pada Rabu mendenda perusahaan pelayaran"
    " Samudra Kencana sebesar Rp4,2 miliar setelah salah satu kapal kontainernya kehilangan 37"
    " kontainer di perairan Madura saat laut berombak tinggi.\n\n"
    '"Setiap operator wajib mengamankan muatannya," kata Dimas Prasetyo setelah kapal itu miring di'
    " dekat Bangkalan."
)


def _fp(url: str, body: str, language: str, hour: int, title: str) -> dict:
    return fingerprint(article(url, body, language, "2026-03-04", hour, title=title))


def _wire() -> dict:
    return _fp("https://wire.example/fine", WIRE, "en", 6, WIRE_TITLE)


def test_a_translation_cut_to_the_lead_and_the_quote_is_a_copy():
    """The cut's few anchors (the authority and the official's title rendered, its own) score
    below the translation bar, and it names them out of the wire's order (the quote comes three
    paragraphs down). Each of its paragraphs names one of the wire's, in order, the first the
    wire's lead with its figures: a translation, either way round."""
    wire = _wire()
    cut = _fp("https://kabar.example/denda", CUT, "id", 9, CUT_TITLE)
    assert cut_across(cut, wire) and cut_across(wire, cut)
    for first, second in ((cut, wire), (wire, cut)):
        found = compare(first, second)
        assert found is not None and found.kind == "translation"


def test_an_own_brief_quoting_the_official_is_no_cut():
    """The paper's brief quotes the same official and gives the fine, but leads with the
    containers recovered (the wire's fourth paragraph) and a loss figure of its own."""
    wire = _wire()
    own = _fp("https://harian.example/kontainer", OWN, "id", 10, "21 kontainer Samudra Kencana diangkat")
    assert not cut_across(own, wire)
    assert compare(own, wire) is None and compare(wire, own) is None


def test_a_paragraph_gathering_two_of_the_wires_is_no_cut():
    """A second paragraph naming the quote's official and the ship's place stands for no one
    paragraph of the wire."""
    wire = _wire()
    gathered = _fp("https://kabar.example/denda-2", GATHERED, "id", 9, CUT_TITLE)
    assert not cut_across(gathered, wire)


#: A paper's rewrite of the wire a day later: every paragraph but the quote, in its own words.
REWRITE = (
    "Perusahaan pelayaran Samudra Kencana dijatuhi denda Rp4,2 miliar oleh otoritas pelabuhan"
    " Indonesia, Rabu, menyusul hilangnya 37 kontainer dari kapalnya di perairan Madura.\n\n"
    "Kapal Kencana Jaya yang menuju Tanjung Perak dengan 1.140 kontainer itu miring tajam di dekat"
    " Bangkalan pada Minggu malam, menurut penjaga pantai Madura.\n\n"
    "Samudra Kencana menyatakan akan mengajukan banding. Sebanyak 21 kontainer sudah diangkat dengan"
    " bantuan Angkatan Laut.\n\n"
    "Denda itu yang ketiga bagi perusahaan pelayaran di Laut Jawa tahun ini, setelah Bahari Lintas"
    " membayar Rp1,5 miliar pada Mei."
)


def test_a_cut_held_loosely_does_not_keep_a_fuller_translation_out(tmp_path):
    """The cut joined the wire at the translation bar; the rewrite a day later reads as a
    translation of the wire, and text to text the two Indonesian articles are two stories (the
    rewrite drops the quote the cut keeps). The cut holds the lead alone: its "another story"
    says nothing of the rewrite, which joins the wire's story."""
    wire = article("https://wire.example/fine", WIRE, "en", "2026-03-04", 6, title=WIRE_TITLE)
    cut = article("https://kabar.example/denda", CUT, "id", "2026-03-04", 9, title=CUT_TITLE)
    rewrite = article(
        "https://harian.example/denda", REWRITE, "id", "2026-03-05", 8, title="Samudra Kencana didenda Rp4,2 miliar"
    )
    found = compare(_fingerprint(rewrite), _fingerprint(wire))
    assert found is not None and found.kind == "translation" and found.score < 0.9
    assert compare(_fingerprint(rewrite), _fingerprint(cut)) is None
    stories = stories_in_store(tmp_path, [wire, cut, rewrite])
    assert stories[wire["url"]] == stories[cut["url"]] == stories[rewrite["url"]]


#: A portal's copy of the wire under an intro paragraph of its own (the wire's text below it, word
#: for word): the cut's lead is its second paragraph.
PORTAL = (
    "Shippers on the Madura run have waited two years for someone to pay for the boxes that go"
    " over the side every rainy season, and traders in the island's markets have paid for them in"
    " the price of rice and cement; on Wednesday the bill finally landed on an owner's desk.\n\n" + WIRE
)


def test_a_portal_intro_over_the_wire_does_not_keep_the_cut_out(tmp_path):
    """The portal's copy holds the wire whole below its intro; text to text the cut reads as no
    cut of it (its lead is the copy's second paragraph), which says nothing against the cut's
    verdict on the wire: the lead moved down, it did not read on. All three are one story, the
    cut crawled after both."""
    wire = article("https://wire.example/fine", WIRE, "en", "2026-03-04", 6, title=WIRE_TITLE)
    portal = article("https://portal.example/fine", PORTAL, "en", "2026-03-04", 7, title="Madura's lost boxes: a bill")
    cut = article("https://kabar.example/denda", CUT, "id", "2026-03-04", 9, title=CUT_TITLE)
    assert compare(_fingerprint(cut), _fingerprint(portal)) is None
    assert compare(_fingerprint(cut), _fingerprint(wire)) is not None
    stories = stories_in_store(tmp_path, [wire, portal, cut])
    assert stories[wire["url"]] == stories[portal["url"]] == stories[cut["url"]]


def test_a_fuller_copy_reading_on_still_keeps_the_cut_out():
    """A copy that gives the wire's paragraphs from its own top (a writethru or a mirror) has no
    lead moved down: ``_lead_below_own`` is for an intro over the wire's text only."""
    wire = _fingerprint(article("https://wire.example/fine", WIRE, "en", "2026-03-04", 6, title=WIRE_TITLE))
    portal = _fingerprint(article("https://portal.example/fine", PORTAL, "en", "2026-03-04", 7, title="A bill"))
    mirror = _fingerprint(
        article("https://mirror.example/fine", WIRE + "\n\nSource: Reuters", "en", "2026-03-04", 7, title=WIRE_TITLE)
    )
    assert _lead_below_own(wire, portal)
    assert not _lead_below_own(wire, mirror)
    assert not _lead_below_own(portal, wire)


def test_a_portal_closing_line_below_the_wire_does_not_keep_the_cut_out(tmp_path):
    """The portal's sign-off under the wire's text names the outlet (a place of the story in its
    name) and nothing else of it: no reading on. A last paragraph naming the story's figures is."""
    closing = "\n\nStay with Kabar Bangkalan for every update from the island's harbours, all day and every night."
    wire = article("https://wire.example/fine", WIRE, "en", "2026-03-04", 6, title=WIRE_TITLE)
    portal = article("https://portal.example/fine", PORTAL + closing, "en", "2026-03-04", 7, title="A bill at last")
    cut = article("https://kabar.example/denda", CUT, "id", "2026-03-04", 9, title=CUT_TITLE)
    assert _lead_below_own(_fingerprint(wire), _fingerprint(portal))
    stories = stories_in_store(tmp_path, [wire, portal, cut])
    assert stories[wire["url"]] == stories[portal["url"]] == stories[cut["url"]]
    on = (
        PORTAL + "\n\nOf the 37 containers lost off Bangkalan, 16 are still missing, the harbour office said on Friday."
    )
    assert not _lead_below_own(_fingerprint(wire), _fingerprint(article(portal["url"], on, "en", "2026-03-04", 7)))
