"""The dedupe library: text features, MinHash, evidence, and the engine on a store."""

from __future__ import annotations

import random
import re

import numpy as np
import pytest

from newscrawl.dedupe import DedupeConfig, DedupeEngine, compare, fingerprint, minhash
from newscrawl.dedupe.story import representative
from newscrawl.dedupe.text import anchors, paragraphs
from newscrawl.store.sqlite import SQLiteStore
from tests.dedupe_corpus import (
    FLOOD_EN,
    FLOOD_ID,
    KIM_EN,
    KIM_ID,
    KIM_RIVAL,
    RATE_EN,
    RATE_ID,
    article,
    network,
    truncated,
)


@pytest.fixture
def engine(tmp_path):
    store = SQLiteStore(str(tmp_path / "s.sqlite"))
    yield DedupeEngine(store)
    store.close()


# -- text features ---------------------------------------------------------------------------------


def test_boilerplate_paragraphs_are_left_out():
    body = "First paragraph here.\n\nBaca juga: Other story\n\nREAD  Another one\n\nLast one.\n\n(Kecuali judulnya, cerita ini belum diedit oleh staf NDTV dan diterbitkan dari feed sindikasi.)"
    assert paragraphs(body) == ["First paragraph here.", "Last one."]


def test_anchors_agree_across_english_and_indonesian():
    en, id_ = anchors(KIM_EN), anchors(KIM_ID)
    for shared in ("kim", "putin", "vostochny", "shoigu", "#8000", "#1180", "#300", "@d3"):
        assert shared in en and shared in id_
    assert "moscow" not in anchors("Moscow is big.")  # a sentence start is not evidence of a name


def test_numbers_lose_their_separators():
    assert "#3396" in anchors("Some 3,396 people") and "#3396" in anchors("Sekitar 3.396 orang")


def test_figures_written_with_a_currency_or_a_12_hour_clock_are_the_translations_figures():
    en = anchors(
        "The rupiah ended at 16,240 per dollar at 4:30 pm, and the palm oil firm raised RM412.5 million "
        "from investors in Kuala Lumpur. The tremor hit at 9 a.m., officials said, and Jaya Steel paid US$3.1 billion."
    )
    id_ = anchors(
        "Rupiah ditutup di level Rp16.240 per dolar pada pukul 16.30 WIB, dan perusahaan sawit itu meraup RM 412,5 "
        "juta dari investor di Kuala Lumpur. Gempa terjadi pukul 09.00, kata pejabat, dan Jaya Steel membayar 3,1 miliar dolar AS."
    )
    # "9 a.m." and "pukul 09.00" are the hour: "#9", as "9 am" and "pukul 9" are (whole hours, below).
    for figure in ("#16240", "#1630", "#4125", "#9", "#31"):
        assert figure in en and figure in id_
    # The currency is no name ("rp", "rm", "us"), nor a part of the figure ("#240" alone, "#5").
    for stray in ("rp", "rm", "us", "rp16", "rm412", "#240", "#5", "#430"):
        assert stray not in en and stray not in id_
    assert anchors("At 13 pm the RM rose.") == ["#13", "rm"]  # no time of day, a name without a figure


def test_the_word_am_after_a_bare_number_is_no_clock():
    # German "am" after a figure (our own sentences): the figure stays itself, no "#300".
    assert "#3" in anchors("Die Mieten stiegen in Bremen 3 am stärksten.")
    assert "#300" not in anchors("Die Mieten stiegen in Bremen 3 am stärksten.")
    assert "#12" in anchors("Das Team spielte 12 am Sonntag in Kiel.")
    assert "#0" not in anchors("Das Team spielte 12 am Sonntag in Kiel.")  # no midnight
    # A clock still reads as one where the text says so: minutes, dots, glued or capitals, "pm"
    # (a whole hour is the hour alone: "3 a.m." is "#3", "12 a.m." midnight "#0").
    for clock in ("5:40 am", "5.40 am"):
        assert "#540" in anchors(f"The ferry left Merak at {clock} on Friday.")
    for clock in ("12 a.m.", "12am", "12 AM", "12 A.M."):
        assert "#0" in anchors(f"The ferry left Merak at {clock} on Friday.")
    assert "#15" in anchors("The ferry left Merak at 3 pm on Friday.")


# -- MinHash ----------------------------------------------------------------------------------------


def test_minhash_estimates_jaccard_and_containment():
    rng = random.Random(1)
    words = [f"w{rng.randrange(10**6)}" for _ in range(800)]
    full = minhash.shingle_hashes(words)
    half = minhash.shingle_hashes(words[:400])
    jac = minhash.jaccard(minhash.signature(full), minhash.signature(half))
    assert 0.38 < jac < 0.62  # true value ~0.5
    assert minhash.containment(jac, full.size, half.size) > 0.85
    other = minhash.signature(minhash.shingle_hashes([f"x{i}" for i in range(800)]))
    assert minhash.jaccard(minhash.signature(full), other) < 0.05


def test_band_keys_are_stable_and_differ_per_band():
    sig = minhash.signature(minhash.shingle_hashes("a b c d e f g".split()))
    assert minhash.band_keys(sig) == minhash.band_keys(sig.copy())
    assert len(set(minhash.band_keys(np.zeros(minhash.NUM_PERM, dtype=np.uint32)))) == minhash.BANDS


# -- evidence ---------------------------------------------------------------------------------------


def fp(body, language="en", day="2023-09-13", **extra):
    return fingerprint(article(f"https://x.example/{hash(body)}", body, language, day, **extra))


def test_translation_matches_and_rival_story_does_not():
    assert compare(fp(KIM_EN), fp(KIM_ID, "id")).kind == "translation"
    assert compare(fp(KIM_EN), fp(KIM_RIVAL)) is None
    assert compare(fp(KIM_ID, "id"), fp(KIM_RIVAL)) is None


def test_truncated_copy_is_near():
    evidence = compare(fp(KIM_EN), fp(truncated(KIM_EN)))
    assert evidence.kind == "near" and evidence.score > 0.9


def test_rewrite_evidence_expires_outside_the_window():
    assert compare(fp(KIM_EN), fp(KIM_ID, "id", day="2023-09-30"), window_days=3) is None


def test_unrelated_stories_share_nothing():
    assert compare(fp(KIM_EN), fp(FLOOD_EN)) is None


# -- engine ---------------------------------------------------------------------------------------


def test_network_clusters_exactly(engine):
    verdicts = [(label, engine.process(doc)) for label, doc in network()]
    by_label: dict[str, set[str]] = {}
    for label, verdict in verdicts:
        by_label.setdefault(label, set()).add(verdict.story_id)
    assert all(len(ids) == 1 for ids in by_label.values())  # recall: every copy in its story
    all_ids = [next(iter(ids)) for ids in by_label.values()]
    assert len(set(all_ids)) == len(all_ids)  # precision: rivals stay apart
    kinds = {doc["url"]: v.match for (_, doc), (_, v) in zip(network(), verdicts, strict=True)}
    assert kinds["https://mirror-a.example/kim-copy"] == "exact"
    assert kinds["https://mirror-b.example/kim-short"] == "near"
    assert kinds["https://sindo.example/kim-id"] == "translation"


def test_story_record_lists_copies_and_prefers_the_origin(engine):
    for _, doc in reversed([x for x in network() if x[0] == "flood"]):  # the translation arrives first
        engine.process(doc)
    (story,) = list(engine.store.iter_stories())
    assert story["representative"] == "https://origin.example/flood"
    assert story["languages"] == ["en", "id"]
    assert story["agencies"] == ["AFP"]
    assert story["first_seen"] == "2024-05-12T08:00:00+00:00" and story["last_seen"] == "2024-05-12T20:00:00+00:00"
    assert len(story["copies"]) == 5
    assert {c["match"] for c in story["copies"]} >= {"new", "exact", "near", "translation"}


def test_refetch_is_a_url_match(engine):
    doc = article("https://origin.example/kim", KIM_EN, "en", "2023-09-13")
    first = engine.process(doc)
    again = engine.process(dict(doc, url="http://www.origin.example/kim/?utm_source=fb"))
    assert (again.story_id, again.match, again.is_copy) == (first.story_id, "url", False)


def test_a_batch_gives_the_verdicts_of_one_by_one(tmp_path, monkeypatch):
    from newscrawl.store import keyruns, sqlite

    # runs written and merged inside the batches too
    monkeypatch.setattr(sqlite, "TAIL_MIN", 4)
    monkeypatch.setattr(sqlite, "TIER_BASE", 4)
    monkeypatch.setattr(keyruns, "BLOCK", 8)
    monkeypatch.setattr(keyruns, "SLICE_PAIRS", 200)
    docs = [doc for _, doc in network()]
    refetch = dict(docs[0], url=docs[0]["url"] + "?utm_source=feed")  # a URL match inside its batch
    docs = docs[:3] + [refetch] + docs[3:]
    verdicts = []
    for run, batch in enumerate((1, 3)):
        store = SQLiteStore(str(tmp_path / f"{run}.sqlite"))
        engine = DedupeEngine(store)
        if batch == 1:
            verdicts.append([engine.process(doc) for doc in docs])
        else:
            verdicts.append([v for i in range(0, len(docs), batch) for v in engine.process_batch(docs[i : i + batch])])
        stories = sorted((s["story_id"], [c["url"] for c in s["copies"]]) for s in store.iter_stories())
        verdicts[-1].append(stories)
        store.close()
    assert verdicts[0] == verdicts[1]
    assert verdicts[1][3].match == "url"
    assert "exact" in {v.match for v in verdicts[1][:-1]}  # exact copies look up in the batch's prefetch too


def test_a_batch_with_an_article_without_url_is_refused_whole(engine):
    with pytest.raises(ValueError, match="without url"):
        engine.process_batch([network()[0][1], {"body": "x"}])
    assert engine.store.count_stories() == 0


def test_story_ids_do_not_depend_on_the_run(tmp_path):
    ids = []
    for run in range(2):
        store = SQLiteStore(str(tmp_path / f"{run}.sqlite"))
        ids.append([DedupeEngine(store).process(doc).story_id for _, doc in network()])
        store.close()
    assert ids[0] == ids[1]


def test_representative_is_the_earliest_complete_copy_without_an_origin():
    copies = [
        {"url": "a", "language": "id", "words": 40, "published_at": "2024-01-01T01:00:00+00:00", "origin": False},
        {"url": "b", "language": "id", "words": 400, "published_at": "2024-01-01T02:00:00+00:00", "origin": False},
        {"url": "c", "language": "id", "words": 390, "published_at": "2024-01-01T03:00:00+00:00", "origin": False},
    ]
    assert representative(copies)["url"] == "b"


def test_representative_is_the_registry_origin_before_a_mirror_that_credits_only_an_agency():
    copies = [
        # A Malay mirror that credits only "AFP" names no other publisher either.
        {"url": "ms", "language": "ms", "words": 120, "published_at": "2024-01-01T05:00:00+00:00", "origin": True},
        {
            "url": "en",
            "language": "en",
            "words": 128,
            "published_at": "2024-01-01T03:00:00+00:00",
            "origin": True,
            "origin_site": True,
        },
        {"url": "id", "language": "id", "words": 113, "published_at": "2024-01-01T01:00:00+00:00", "origin": False},
    ]
    assert representative(copies)["url"] == "en"
    assert representative([c for c in copies if c["url"] != "en"])["url"] == "ms"


def test_a_page_credited_to_its_own_site_is_an_origin_copy():
    doc = article("https://origin.example/kim", KIM_EN, "en", "2023-09-13")
    doc["attribution"] = {"publisher": "Wire News", "agencies": ["AFP"], "original_url": None}
    assert fingerprint(doc)["origin"] is False  # without the site's name: another publisher's
    own = fingerprint(dict(doc, site_publisher="Wire News", site_origin=True))
    assert own["origin"] is True and own["origin_site"] is True
    copied = dict(doc, site_publisher="Kabar Mirror")
    assert fingerprint(copied)["origin"] is False
    linked = dict(
        doc, site_publisher="Wire News", attribution=dict(doc["attribution"], original_url="https://a.example/x")
    )
    assert fingerprint(linked)["origin"] is False


def test_config_from_settings_validates():
    assert DedupeConfig.from_settings({"DEDUPE_WINDOW_DAYS": "5"}).window_days == 5
    with pytest.raises(ValueError, match="DEDUPE_WINDOW_DAYS"):
        DedupeConfig.from_settings({"DEDUPE_WINDOW_DAYS": -1})


def test_rival_sharing_the_lead_and_sentences_stays_apart():
    # Two reports of one event: the rival keeps the lead and two sentences word for word but
    # goes on with its own paragraphs, in its own order; a cut-short copy keeps the order.
    paras = KIM_EN.split("\n\n")
    rival = "\n\n".join([paras[0], KIM_RIVAL.split("\n\n")[1], paras[3], KIM_RIVAL.split("\n\n")[3], paras[1]])
    assert compare(fp(KIM_EN), fp(rival)) is None
    assert compare(fp(KIM_EN), fp(truncated(KIM_EN, 3))).kind == "near"


def test_sequence_agreement_rewards_a_prefix_in_order():
    from newscrawl.dedupe.evidence import sequence_agreement

    full = list("abcdefghij")
    assert sequence_agreement(full, full[:4]) == 1.0  # a copy cut short
    assert sequence_agreement(full, list("jihgfedcba")) == 0.1  # same items, reversed
    assert sequence_agreement(full, list("axbxcx")) == 0.5


def test_anchor_pair_keys_ignore_order_and_depend_on_the_time_bucket():
    from newscrawl.dedupe.features import anchor_pair_keys

    keys = anchor_pair_keys(["putin", "kim", "#8000"], 5)
    assert len(set(keys)) == 3
    assert sorted(anchor_pair_keys(["#8000", "putin", "kim"], 5)) == sorted(keys)
    assert not set(anchor_pair_keys(["putin", "kim", "#8000"], 6)) & set(keys)
    assert anchor_pair_keys(["kim"], 5) == []


@pytest.fixture
def rival_passes_as_translation(monkeypatch):
    """A rival report ("/rival") that scores as a translation of any Indonesian copy of the
    first story, and that any English copy, compared text to text, calls another story."""
    import newscrawl.dedupe.engine as engine_module

    real_compare = engine_module.compare

    def scripted(a, b, **kwargs):
        if a.get("url", "").endswith("/rival"):
            return None if b.get("language") == "en" else engine_module.Evidence("translation", 0.6)
        return real_compare(a, b, **kwargs)

    monkeypatch.setattr(engine_module, "compare", scripted)


def test_translation_evidence_yields_to_a_same_language_copy_that_disagrees(engine, rival_passes_as_translation):
    # When the story also holds a copy in the rival's own language, that copy's
    # text-to-text verdict ("another story") wins over the weaker translation evidence.
    first = engine.process(article("https://id.example/kim", KIM_ID, "id", "2023-09-13"))
    english = engine.process(article("https://en.example/kim", KIM_EN, "en", "2023-09-13", 10))
    assert english.story_id == first.story_id and english.match == "translation"
    rival = engine.process(article("https://en2.example/rival", KIM_RIVAL, "en", "2023-09-13", 11))
    assert rival.story_id != first.story_id and rival.match == "new"


def test_translation_evidence_stands_when_no_copy_disagrees(engine, rival_passes_as_translation):
    first = engine.process(article("https://id.example/kim", KIM_ID, "id", "2023-09-13"))
    rival = engine.process(article("https://en2.example/rival", KIM_RIVAL, "en", "2023-09-13", 11))
    assert rival.story_id == first.story_id and rival.match == "translation"


# -- what tells a translation from a rival report ---------------------------------------------------


def test_possessives_times_and_sentence_start_names():
    from newscrawl.dedupe.text import anchor_sequence

    # "India's" names India; a sentence-start word is a name when named inside a sentence too.
    assert anchor_sequence("India's rover landed. Officials said India was first.") == ["india", "india"]
    assert anchor_sequence("Rovers landed. Officials said so.") == []
    assert "#1255" in anchors("The plane landed at 12:55 local time")
    assert "#1255" in anchors("Pesawat mendarat pukul 12.55 WIB")
    assert "#14" in anchors("Prices rose 14% in May") and "#14" in anchors("Harga naik 14 persen")


def test_only_the_longer_article_is_cut():
    from newscrawl.dedupe.evidence import TRANSLATION_SCORE, anchor_score

    # A translation cut to its lead is covered by the original's first paragraphs ...
    assert anchor_score(fp(KIM_EN), fp(truncated(KIM_ID), "id")) >= TRANSLATION_SCORE
    # ... a rival that shares the opening names, then goes on with its own, is not: only one
    # of the two may be cut short, so the other's own names count against the match.
    rival = (
        "Vostochny: Pemimpin Korea Utara Kim Jong Un bertemu Presiden Rusia Vladimir Putin di Vostochny"
        " pada hari Rabu, kata Kremlin.\n\nJuru bicara Dmitry Peskov mengatakan Menteri Luar Negeri"
        " Lavrov akan terbang ke Pyongyang pada bulan Oktober.\n\nLavrov akan bertemu Choe Son Hui untuk"
        " membahas kerja sama antariksa, kata Peskov."
    )
    assert anchor_score(fp(KIM_EN), fp(rival, "id")) < TRANSLATION_SCORE
    assert compare(fp(KIM_EN), fp(rival, "id")) is None


def test_a_translation_keeps_every_figure():
    from newscrawl.dedupe.evidence import anchor_score

    other_figures = KIM_ID.replace("8.000", "9.500").replace("1.180", "2.040")
    assert anchor_score(fp(KIM_EN), fp(other_figures, "id")) < 0.8 * anchor_score(fp(KIM_EN), fp(KIM_ID, "id"))


def test_a_translation_keeps_the_paragraphs():
    from newscrawl.dedupe.evidence import paragraph_agreement
    from tests.dedupe_corpus import ORCHID_EN, ORCHID_ID

    assert paragraph_agreement(fp(ORCHID_EN), fp(ORCHID_ID, "id")) == 1.0
    assert compare(fp(ORCHID_EN), fp(ORCHID_ID, "id")).kind == "translation"
    paras = ORCHID_ID.split("\n\n")
    shuffled = "\n\n".join([paras[0], paras[3], paras[1], paras[4], paras[2]])
    assert paragraph_agreement(fp(ORCHID_EN), fp(shuffled, "id")) < 0.5


def test_independent_reports_of_one_event_stay_apart_across_languages():
    # The mirror network's generated events: three reports share the place, the people and
    # the figures, each in its own sentences; every language version of one is one story.
    from newscrawl.mirrornet.procedural import ProceduralStories

    for seed in (1, 2, 3, 4):
        stories = ProceduralStories(seed)
        reports = [stories.story(i) for i in range(3)]
        assert len({r.event for r in reports}) == 1
        fps = {
            (i, lang): fingerprint(
                article(
                    f"https://{lang}.example/{seed}-{i}",
                    "\n\n".join(r.texts[lang].paragraphs),
                    lang,
                    "2023-09-13",
                    title=r.texts[lang].title,
                )
            )
            for i, r in enumerate(reports)
            for lang in ("en", "id", "ms")
        }
        for (i, la), a in fps.items():
            for (j, lb), b in fps.items():
                if (i, la) >= (j, lb):
                    continue
                evidence = compare(a, b)
                if i == j:
                    assert evidence is not None, (seed, i, la, lb)
                else:
                    assert evidence is None, (seed, i, j, la, lb, evidence)


def test_a_copy_cut_to_its_lead_needs_stronger_translation_evidence(monkeypatch):
    import newscrawl.dedupe.evidence as evidence

    # The same middling anchor agreement: enough for a whole article, not for one cut to a
    # lead of a few names, which the lead of any report of the same event may match.
    from tests.dedupe_corpus import ORCHID_EN, ORCHID_ID

    monkeypatch.setattr(evidence, "anchor_score", lambda a, b, **_: 0.5)
    assert compare(fp(KIM_EN), fp(KIM_ID, "id")).kind == "translation"
    lead = fp(truncated(ORCHID_ID, 1), "id")  # one paragraph: seven names, 25 words
    assert len(lead["anchors"]) < evidence.FEW_ANCHORS and lead["words"] < evidence.FEW_WORDS
    assert compare(fp(ORCHID_EN), lead) is None


def test_a_spun_copy_is_a_rewrite_and_a_rival_is_not():
    import re

    # An article spinner swaps two long words in three for "synonyms": the word order test
    # fails, the names and figures stay paragraph by paragraph.
    def spin(story: str) -> str:
        parts = re.split(r"(\b[a-z]{5,}\b)", story)  # odd items are the long words
        return "".join(w if i % 2 == 0 or i % 6 == 1 else "kata" + w[::-1] for i, w in enumerate(parts))

    for story in (KIM_EN, FLOOD_EN):
        assert compare(fp(story), fp(spin(story))).kind == "rewrite"
    assert compare(fp(KIM_EN), fp(KIM_RIVAL)) is None


#: Our own press release (a ferry operator's new route): the company named again in paragraphs 2 and 4.
RELEASE_EN = (
    "SURABAYA, 4 March 2025 - Samudra Lintas, the largest ferry operator in eastern Indonesia, today "
    "announced a new daily route between Surabaya and Labuan Bajo, backed by a loan from Bank Mandiri.\n\n"
    "Samudra Lintas will put two new vessels on the route, each carrying 640 passengers and 90 vehicles, "
    "and expects to carry 210,000 passengers in the first year.\n\n"
    '"Travellers to Komodo should not need three flights to get there," said Rina Widjaja, chief '
    "executive of Samudra Lintas.\n\n"
    "Samudra Lintas carried 3.4 million passengers in 2024, up 18 percent from the previous year, and "
    "runs 46 routes across Java, Bali and Nusa Tenggara."
)


def test_a_spun_release_that_writes_the_company_for_its_name_is_a_rewrite():
    import re

    from newscrawl.dedupe import evidence

    # A spinner swaps long words and writes "The company" where the release names itself again:
    # that paragraph names the same figures without the name the story gave above (review set 3's
    # S57-1: paragraph agreement 0.75, order 0.645, split before).
    def spin(story: str) -> str:
        parts = re.split(r"(\b[a-z]{5,}\b)", story)
        return "".join(w if i % 2 == 0 or i % 6 == 1 else "kata" + w[::-1] for i, w in enumerate(parts))

    paras = spin(RELEASE_EN).split("\n\n")
    paras[3] = paras[3].replace("Samudra Lintas", "The company")
    spun = fp("\n\n".join(paras))
    assert compare(fp(RELEASE_EN), spun).kind == compare(spun, fp(RELEASE_EN)).kind == "rewrite"
    # A paragraph with a figure or a name the other never gave above is no reference.
    above = [{"samudra", "lintas", "#640"}]
    assert evidence._agrees_but_referred({"#34", "#18"}, above, {"samudra", "lintas", "#34", "#18"}, above)
    assert not evidence._agrees_but_referred({"#34"}, above, {"samudra", "lintas", "#34", "#18"}, above)
    assert not evidence._agrees_but_referred({"#34"}, above, {"widjaja", "#34"}, above)


def test_a_relead_copy_is_near():
    # A re-lead puts new paragraphs on top of the story and keeps the rest: its words line
    # up with the end of the story, not with its start.
    new_top = (
        "Jakarta: Rescuers reached two more villages on Monday, the agency said, as the search went on.\n\n"
        "Officials said they expected the figures to change again overnight as teams reported back.\n\n"
        "Heavy machinery arrived from neighbouring provinces to clear roads blocked by landslides.\n\n"
        "Volunteers handed out clean water, blankets and medicine at schools turned into shelters."
    )
    relead = new_top + "\n\n" + FLOOD_EN.split(": ", 1)[1]
    assert compare(fp(FLOOD_EN), fp(relead)).kind == "near"


def test_shingle_set_and_signature_match_their_reference_formulas():
    rng = np.random.default_rng(3)
    for n in (0, 1, 3, 4, 5, 50, 400):
        tokens = rng.integers(0, 40, n).astype(np.uint64)  # repeats: duplicate shingles
        got = minhash.combine_shingles(tokens)
        if n < minhash.SHINGLE:
            want = np.unique(tokens)
        else:
            with np.errstate(over="ignore"):
                grams = sum(tokens[i : i + n - 3] * minhash._SHINGLE_MULT[i] for i in range(minhash.SHINGLE))
            want = np.unique(grams)
        assert got.tolist() == want.tolist()
        if got.size:
            with np.errstate(over="ignore"):
                full = (got.reshape(-1, 1) * minhash._A + minhash._B) >> np.uint64(32)
            assert minhash.signature(got).tolist() == full.min(axis=0).astype(np.uint32).tolist()


def _minhash_texts() -> list[bytes | None]:
    rng = np.random.default_rng(11)
    vocabulary = ["berita", "jakarta", "2024", "présidente", "東京", "x", "kata-kata", "pukul", "ﻻ", "😀"]
    texts: list[bytes | None] = [None, b"", b"satu", b"satu dua", b"satu dua tiga", b"a a a a a a a a"]
    for n in (4, 5, 60, 417, 2000):
        texts.append(" ".join(vocabulary[i] for i in rng.integers(0, len(vocabulary), n)).encode())
    return texts


def test_text_minhash_equals_its_three_steps():
    for joined in _minhash_texts():
        hashes, shingles, sig = minhash.text_minhash(joined)
        want_hashes = minhash.token_hashes(joined.split(b" ") if joined is not None else [])
        assert hashes.tolist() == want_hashes.tolist()
        assert shingles.tolist() == minhash.combine_shingles(want_hashes).tolist()
        assert sig.tolist() == minhash.signature(minhash.combine_shingles(want_hashes)).tolist()


def test_compiled_minhash_gives_numpys_values():
    pytest.importorskip("numba")
    kernel = minhash._compiled()
    assert kernel is not None
    for joined in _minhash_texts():
        if not joined:
            continue  # never compiled: no token, or one empty token
        text = np.frombuffer(joined, dtype=np.uint8)
        got = kernel(text, minhash._CRC_TABLE, minhash._A[0], minhash._B[0], minhash._SHINGLE_MULT)
        hashes = minhash.token_hashes(joined.split(b" "))
        assert got[0].tolist() == hashes.tolist()
        assert got[1].tolist() == minhash.combine_shingles(hashes).tolist()
        assert got[2].tolist() == minhash.signature(minhash.combine_shingles(hashes)).tolist()


def test_anchors_are_the_same_when_tokens_come_again():
    from newscrawl.dedupe.text import paragraph_anchors

    paras = ["On Monday Jakarta said 1,200 people left.", "Officials in Jakarta counted 1.200 on senin."]
    first = paragraph_anchors(paras)
    assert paragraph_anchors(paras) == first
    assert first[1][-1] == "@d1" and "#1200" in first[0] and "jakarta" in first[1]


# -- fast paths agree with their plain definitions -----------------------------------------------


def _regex_candidates(text):
    from newscrawl.dedupe.text import _ANCHOR_CANDIDATE

    return [(m.start(), m.group(m.lastindex)) for m in _ANCHOR_CANDIDATE.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday Jakarta said 1,200 people (2.8%) left; Kim's aide O'Brien met L'Oreal staff.",
        "Pada senin, 12:55 WIB, Presiden tiba. Jum'at lalu 3.000 orang pergi; jumlah naik.",
        "The march ended. Marchers said \u201cNo\u201d \u2014 police counted 820.000 on 3 March.",
        "Caf\u00e9 owner Ren\u00e9e Dupr\u00e9 (\u00c9cole 12) said \u00bd of 40 left.",  # accents; "1/2" folds apart
        "e\u0301 senin Kim",  # a combining mark: folds into its letter
        "Emoji \U0001f600 before Monday and 25 Putin",  # beyond the BMP
        "1.2.3 A'B'C 5%Kim 12abc v1 iPhone \u0661\u0662 \uff11\uff12 \u2163 Senin's",
        "",
    ],
)
def test_anchor_candidates_match_the_one_regex_scan(text):
    from newscrawl.dedupe.text import _candidates, words

    assert _candidates(text) == _regex_candidates(text)
    assert _candidates(text, set(words(text))) == _regex_candidates(text)


def test_anchor_candidates_match_the_one_regex_scan_on_random_text():
    from newscrawl.dedupe.text import _LOWER_DATE_WORDS, _candidates, words

    pieces = [*"abcdeKLMN0123 .,:%'\"\u201c\u201d!?;\n", "\n\n", "\u00e9", "\u0301", "\u00bd", "\U0001f600"]
    pieces += [*_LOWER_DATE_WORDS[::5], "Senin", "jum'at", "Kim's", "820,000", "  "]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        assert _candidates(text, set(words(text))) == _regex_candidates(text), text


def _folded_words(text):
    """words() by its definition: the folded text's word-character runs."""
    from newscrawl.dedupe.text import fold

    return re.findall(r"\w+", fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un's train arrived at 10:15; 820,000 people (AFP) — “welcome”…",
        "Harga beras naik 5,1 % – kata BPS «resmi» § 3 • °C € 2",
        "Café ½ maße İstanbul ΟΣΟΣ é ﬁle Ｊａ Ⅳ ²",  # fold alone or not
        "東京、大阪。 हिंदी 😀 ​  _tab	x",
        "",
    ],
)
def test_words_are_the_folded_texts_word_runs(text):
    from newscrawl.dedupe.text import word_bytes, words

    assert words(text) == _folded_words(text)
    assert word_bytes(text) == [w.encode("utf-8") for w in _folded_words(text)]


def test_word_bytes_are_the_words_utf8_and_their_lengths_in_characters():
    from newscrawl.dedupe.features import _char_lengths
    from newscrawl.dedupe.text import word_bytes, words

    for text in (
        "Kim's rover, 820,000 km\n\nJAKARTA (ANTARA) - x_y",
        "Caf\u00e9 \u6771\u4eac\u3001 stra\u00dfe \u0939\u093f\u0902",
        "",
    ):
        encoded = word_bytes(text)
        assert encoded == [w.encode("utf-8") for w in words(text)]
        if encoded:
            assert _char_lengths(b" ".join(encoded)).tolist() == [len(w) for w in words(text)]


def test_word_bytes_read_each_character_as_folding_does():
    """Every BMP character between words and word characters: the characters word_bytes
    folds alone (into ASCII letters or a space) are exactly those that fold so in any text."""
    from newscrawl.dedupe.text import word_bytes

    for code in [*range(0xD800), *range(0xE000, 0x10000)]:
        for text in (f"ab{chr(code)}Cd", f"{chr(code)}1", f"x_{chr(code)}{chr(code)}9"):
            assert word_bytes(text) == [w.encode("utf-8") for w in _folded_words(text)], hex(code)


def test_opens_sentence_is_where_a_sentence_break_ends():
    """opens_sentence() by its definition: the ends of _SENTENCE_BREAK's matches in the text,
    and its first word character; asked at every word start of random text."""
    from newscrawl.dedupe.text import _SENTENCE_BREAK, opens_sentence

    pieces = [*"abKL09_ .,:;!?'\"\u201c\u201d-()\n\t", "\n\n", ". ", "\u00e9", "\u00a0", "\u3002", "\U0001f600", "  "]
    rng = random.Random(11)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        firsts = {m.end() for m in _SENTENCE_BREAK.finditer(text)}
        first_word = re.search(r"\w", text)
        if first_word:
            firsts.add(first_word.start())
        for m in re.finditer(r"\b\w", text):
            assert opens_sentence(text, m.start()) == (m.start() in firsts), (text, m.start())


def _best_prefix_lcs_ratio(first, second):
    """sequence_agreement by its definition: a plain LCS table over every prefix."""
    longer, shorter = (first, second) if len(first) >= len(second) else (second, first)
    if not shorter:
        return 0.0
    row = [0] * (len(shorter) + 1)
    best = 0.0
    for k, x in enumerate(longer, 1):
        previous, row = row, [0]
        for j, y in enumerate(shorter, 1):
            row.append(previous[j - 1] + 1 if x == y else max(previous[j], row[j - 1]))
        best = max(best, row[-1] / max(k, len(shorter)))
    return best


def test_sequence_agreement_is_the_best_prefix_lcs_ratio():
    from newscrawl.dedupe.evidence import sequence_agreement

    rng = random.Random(5)
    for _ in range(400):
        first = [rng.randrange(4) for _ in range(rng.randint(0, 30))]
        second = list(first) if rng.random() < 0.5 else [rng.randrange(4) for _ in range(rng.randint(0, 30))]
        if second and rng.random() < 0.7:
            second[rng.randrange(len(second))] = 9  # a copy edited in one place
        second = second[: rng.randint(0, len(second))]
        assert sequence_agreement(first, second) == pytest.approx(_best_prefix_lcs_ratio(first, second))


def test_fingerprints_stored_with_a_list_of_mentions_still_compare_the_same():
    from newscrawl.dedupe.features import mention_indexes

    english, indonesian, rival = fp(KIM_EN), fp(KIM_ID, "id"), fp(KIM_RIVAL)
    assert isinstance(english["anchor_seq"], str)
    for a, b in ((english, indonesian), (english, rival), (indonesian, rival)):
        old_a = dict(a, anchor_seq=mention_indexes(a))  # as rows stored before the blob
        assert compare(old_a, dict(b)) == compare(dict(a), dict(b))
    assert mention_indexes({"anchor_seq": None}) == []
    assert mention_indexes({"anchor_seq": "not base64!"}) == mention_indexes({"anchor_seq": "AAA"}) == []


# -- copies as mirror sites make them ---------------------------------------------------------------


def test_credit_lines_captions_and_a_read_also_headline_are_left_out():
    body = (
        "Agus Salim berbicara kepada wartawan di Surabaya. ANTARA FOTO/Dimas Ardian/wsj.\n\n"
        "Paragraf pertama berita.\n\nBACA JUGA:\n\nHarga cabai di Medan naik lagi\n\nParagraf kedua.\n\n"
        "Pewarta: Rina Kusuma\n\nEditor: Joko Susilo\n\nCOPYRIGHT © ANTARA 2023\n\n- BERNAMA\n\n(ant/red)\n\n"
        "(Reporting by Tomas Ferreira; Editing by Helen Okoro)"
    )
    assert paragraphs(body) == ["Paragraf pertama berita.", "Paragraf kedua."]
    # A label word that starts a sentence of the story is no credit line; a long paragraph
    # after a lone "read also" is the story going on, not a headline.
    story = "Reporter Agus Salim menulis bahwa pemogokan berlanjut."
    long_paragraph = " ".join(["Pemogokan berlanjut di pelabuhan pada hari Selasa."] * 5)
    assert paragraphs(f"{story}\n\nBaca juga:\n\n{long_paragraph}") == [story, long_paragraph]


def test_a_translation_with_figures_written_otherwise_still_matches():
    from newscrawl.dedupe.evidence import with_figures_of

    written_out = KIM_ID.replace("300 juta", "300.000.000").replace("8.000", "8 ribu")
    assert compare(fp(KIM_EN), fp(written_out, "id")).kind == "translation"
    # Only figures that differ by three or more trailing zeros are taken for one.
    a = fp("Prices in Jakarta and Bandung rose 12 percent to 25,000 rupiah, Budi Santoso said.")
    b = fp("Harga di Jakarta dan Bandung naik 120 persen menjadi 25 ribu rupiah, kata Budi Santoso.", "id")
    renamed = with_figures_of(a, b)["anchors"]
    assert "#25000" in renamed and "#120" in renamed and "#12" not in renamed


def test_paragraphs_agree_under_a_caption_or_a_relead_on_top():
    from newscrawl.dedupe.evidence import paragraph_agreement
    from tests.dedupe_corpus import ORCHID_EN, ORCHID_ID

    paras = ORCHID_ID.split("\n\n")
    on_top = "\n\n".join(["Kabar ini ramai diperbincangkan warganet sejak pekan lalu.", "Berikut laporannya.", *paras])
    assert paragraph_agreement(fp(ORCHID_EN), fp(on_top, "id")) == 1.0
    shuffled = "\n\n".join(["Berikut laporannya.", paras[0], paras[3], paras[1], paras[4], paras[2]])
    assert paragraph_agreement(fp(ORCHID_EN), fp(shuffled, "id")) < 0.5


def test_a_translation_with_passages_left_out_is_abridged_and_a_rival_is_not():
    from newscrawl.dedupe.evidence import TRANSLATION_SCORE, anchor_score, is_abridged
    from tests.dedupe_corpus import STRIKE_EN, STRIKE_ID, STRIKE_RIVAL_ID

    paras = STRIKE_ID.split("\n\n")
    # Three of eight paragraphs left out, the third and fourth run together: coverage and
    # order blame the copy for every passage it lacks ...
    abridged = "\n\n".join([paras[0], paras[2] + " " + paras[3], paras[6], paras[7]])
    assert anchor_score(fp(STRIKE_EN), fp(abridged, "id")) < TRANSLATION_SCORE
    # ... but all it says is in the original, in the same order, with the same figures.
    assert is_abridged(fp(STRIKE_EN), fp(abridged, "id"))
    assert compare(fp(STRIKE_EN), fp(abridged, "id")).kind == "translation"
    assert not is_abridged(fp(STRIKE_EN), fp(STRIKE_RIVAL_ID, "id"))
    assert compare(fp(STRIKE_EN), fp(STRIKE_RIVAL_ID, "id")) is None
    assert compare(fp(STRIKE_EN), fp(STRIKE_ID, "id")).kind == "translation"


def test_lcs_length_matches_the_table():
    from newscrawl.dedupe.evidence import lcs_length

    def table(x, y):
        previous = [0] * (len(y) + 1)
        for a in x:
            row = [0]
            for j, b in enumerate(y):
                row.append(previous[j] + 1 if a == b else max(previous[j + 1], row[j]))
            previous = row
        return previous[-1]

    rng = random.Random(3)
    for _ in range(300):
        x = [rng.choice("abcde") for _ in range(rng.randint(0, 25))]
        y = [rng.choice("abcdef") for _ in range(rng.randint(0, 25))]
        assert lcs_length(x, y) == table(x, y)


def test_one_template_by_its_bound_is_the_counters_way():
    """The shared-words bound decides no pair of paragraphs the two Counters would not."""
    from collections import Counter

    from newscrawl.dedupe.evidence import TEMPLATE_WORDS, _one_template, lcs_length

    def slow(first, second):
        longer = max(len(first), len(second))
        if min(len(first), len(second)) < TEMPLATE_WORDS * longer:
            return False
        if sum((Counter(first) & Counter(second)).values()) < TEMPLATE_WORDS * longer:
            return False
        return lcs_length(first, second) >= TEMPLATE_WORDS * longer

    rng = random.Random(11)
    seen = Counter()
    for _ in range(3000):
        first = tuple(rng.randrange(12) for _ in range(rng.randint(1, 30)))
        # the other: the first's words moved, dropped, repeated or replaced, in part
        second = tuple(
            rng.choice(first) if rng.random() < rng.random() else rng.randrange(24)
            for _ in range(rng.randint(max(1, len(first) // 2), len(first) + 3))
        )
        seen[slow(first, second)] += 1
        assert _one_template(first, second) == slow(first, second), (first, second)
    assert seen[True] > 20 and seen[False] > 1000  # both answers are tried


def test_a_rival_that_took_the_lead_is_no_truncation_but_a_copy_cut_short_is(monkeypatch):
    from newscrawl.dedupe import evidence
    from tests.dedupe_corpus import FINAL_EN, FINAL_RIVAL_ID

    # The rival's first paragraph is the final's lead, translated; its four others are its
    # own, with names and figures the final does not have. The final names almost nothing
    # after its lead, so it reads as a copy of the rival's first paragraph cut short, unless
    # a copy cut short must keep about as many paragraphs as the part it copies.
    assert compare(fp(FINAL_EN), fp(FINAL_RIVAL_ID, "id")) is None
    monkeypatch.setattr(evidence, "CUT_PARAGRAPHS", 1000)
    monkeypatch.setattr(evidence, "CUT_SHORTER", -1000)  # the final is no shorter either: a rule below
    assert compare(fp(FINAL_EN), fp(FINAL_RIVAL_ID, "id")) is not None  # what the rule stops
    monkeypatch.undo()
    # A translation of the final cut to its first three paragraphs still matches.
    cut = (
        FINAL_RIVAL_ID.split("\n\n")[0]
        + "\n\nPetenis Spanyol itu menyelamatkan tiga break point di akhir set penentuan sebelum"
        " mematahkan servis untuk menutup laga.\n\nMori sempat menyamakan kedudukan dengan"
        " serangkaian ace dari baseline, tetapi Ortega tidak pernah tertinggal lagi di set ketiga."
    )
    assert compare(fp(FINAL_EN), fp(cut, "id")).kind == "translation"


def test_reports_from_one_template_are_no_near_copies_but_a_copy_cut_short_is(monkeypatch):
    from newscrawl.dedupe import evidence
    from tests.dedupe_corpus import EXPORTS_CORLATH, EXPORTS_VANDORIA

    vandoria, corlath = fp(EXPORTS_VANDORIA), fp(EXPORTS_CORLATH)
    # Most shingles agree: MinHash alone calls the other country's report a near copy...
    jaccard = minhash.jaccard(vandoria["sig"], corlath["sig"])
    assert minhash.containment(jaccard, vandoria["shingles"], corlath["shingles"]) >= evidence.NEAR_CONTAINMENT
    monkeypatch.setattr(evidence, "NEAR_ORDER", 0.0)
    monkeypatch.setattr(evidence, "is_template_pair", lambda a, b: False)  # the other rule
    assert compare(vandoria, corlath).kind == "near"  # what the rule stops
    monkeypatch.undo()
    # ... but it names its own country, figure and economist.
    assert not evidence.names_agree(vandoria, corlath)
    assert compare(vandoria, corlath) is None and compare(corlath, vandoria) is None
    # A copy cut to its first paragraph names what it keeps, in the same order.
    lead = fp(EXPORTS_VANDORIA.split("\n\n")[0])
    assert compare(lead, vandoria).kind == "near" and compare(vandoria, lead).kind == "near"


def test_reports_headlining_different_figures_of_one_event_stay_apart(monkeypatch):
    from newscrawl.dedupe import evidence
    from tests.dedupe_corpus import (
        FEVER_BEDS_EN,
        FEVER_BEDS_ID,
        FEVER_BEDS_TITLE,
        FEVER_CASES_ID,
        FEVER_CASES_TITLE_ID,
    )

    beds = fp(FEVER_BEDS_EN, title=FEVER_BEDS_TITLE)
    cases = fp(FEVER_CASES_ID, "id", title=FEVER_CASES_TITLE_ID)
    # The short Indonesian report states the English one's facts in about its order ...
    assert evidence.anchor_score(beds, cases) >= evidence.THIN_TRANSLATION_SCORE
    assert evidence.headlines_differ(beds, cases)
    monkeypatch.setattr(evidence, "headlines_differ", lambda a, b: False)
    assert compare(beds, cases).kind == "translation"  # what the rule stops
    monkeypatch.undo()
    # ... but headlines the case count, the English one the beds: two reports.
    assert compare(beds, cases) is None and compare(cases, beds) is None
    # The translation of the English report, retitled without a figure or keeping its figure,
    # is still a copy; so is one whose title writes the figure another way.
    for title in ("Demam: yang kita ketahui", "Rumah sakit Port Selwyn tambah 164 tempat tidur, 999 sekolah tutup"):
        assert compare(beds, fp(FEVER_BEDS_ID, "id", title=title)).kind == "translation"
    sprayed = fp(FEVER_BEDS_EN + "\n\nSome 25,000 homes were sprayed.", title="Port Selwyn sprays 25,000 homes")
    disemprot = fp(
        FEVER_BEDS_ID + "\n\nSekitar 25 ribu rumah disemprot.", "id", title="Port Selwyn semprot 25 ribu rumah"
    )
    assert not evidence.headlines_differ(sprayed, disemprot)
    assert compare(sprayed, disemprot).kind == "translation"
    # A short (thin) translation retitled on another figure of the story, which both bodies state
    # paragraph for paragraph, took its headline from that body (``retitled_from_body``, D54): the
    # story. The cost left: retitled on a figure of its own, it reads as another report; a
    # longer one outweighs its title (see the SEO test).
    assert evidence._is_thin(beds, fp(FEVER_BEDS_ID, "id"))
    assert compare(beds, fp(FEVER_BEDS_ID, "id", title=FEVER_CASES_TITLE_ID)).kind == "translation"
    assert compare(beds, fp(FEVER_BEDS_ID, "id", title="Demam: 999 sekolah tutup")) is None


# -- what real mirrors do to a copy (dedupe_eval.py variants) -------------------------------------


def with_furniture(body: str) -> str:
    """A mirror page's body as extraction may leave it: a date line, the site's label before
    the lead, calls to follow the site, tags, a copyright line and a "first ran at" note."""
    return "\n\n".join(
        [
            "Kamis, 14 September 2023 | 10:45 WIB",
            "KABARSEGAR.COM, MOSKOW - " + body,
            "Ikuti berita terkini dari KabarSegar di Google News, klik di sini.",
            'Mari bergabung di Grup Telegram "KabarSegar Update", caranya klik link https://t.me/kabarsegar, kemudian join.',
            "Tags: Kim Jong Un, Vladimir Putin, Rusia",
            "Artikel ini telah tayang di KabarSegar.com dengan judul Kim Tiba di Vostochny.",
            "Copyright © 2023 KabarSegar. All rights reserved.",
        ]
    )


def test_site_furniture_at_both_ends_is_left_out():
    assert paragraphs(with_furniture(KIM_ID)) == paragraphs(KIM_ID)
    # Story text that names a platform, a label that is no dateline, and a date in a
    # sentence stay.
    story = [
        "Telegram founder Pavel Durov said on Monday the company would not join any government scheme to read messages.",
        "US - China talks resumed in Geneva on Tuesday after a pause of more than 18 months, officials said.",
        "On Thursday, 14 September 2023, the court ruled against the plan.",
    ]
    assert paragraphs("\n\n".join(story)) == story
    furnished = fp(with_furniture(KIM_ID), "id")
    assert furnished["anchors"] == fp(KIM_ID, "id")["anchors"]
    assert compare(fp(KIM_EN), furnished).kind == "translation"


def test_story_paragraphs_opening_with_a_call_word_and_naming_a_platform_stay():
    # Short story sentences that open like a call and name a platform, but address no reader.
    story = [
        "Download figures for YouTube dropped 12 percent in April, an industry tracker said on Wednesday.",
        "Join venture plans by Telegram and a Gulf fund were shelved on Thursday, two sources said.",
        "Get ready: Instagram will charge advertisers a new fee from July, the company said.",
        "Be wary of Facebook pages selling cheap concert tickets, the consumer agency warned on Friday.",
        "Subscribe numbers at the newsletter service doubled to 4 million in a year, its owner said.",
    ]
    assert paragraphs("\n\n".join(story)) == story
    # A call that addresses the reader goes at either end, but stays in the middle of a story.
    call = "Join our WhatsApp channel for the latest updates."
    assert paragraphs("\n\n".join([*story, call])) == story
    assert paragraphs("\n\n".join([call, *story])) == story
    middle = [*story[:3], call, *story[3:]]
    assert paragraphs("\n\n".join(middle)) == middle


def test_a_pair_is_checked_for_a_link_and_its_translation_bar_once(monkeypatch):
    from newscrawl.dedupe import evidence

    calls = {"links_to": 0, "_translation_bar": 0}
    for name in calls:
        original = getattr(evidence, name)

        def counted(a, b, _original=original, _name=name):
            calls[_name] += 1
            return _original(a, b)

        monkeypatch.setattr(evidence, name, counted)
    for other in (fp(KIM_ID, "id"), fp(truncated(KIM_ID), "id"), fp(KIM_RIVAL)):
        calls.update(links_to=0, _translation_bar=0)
        compare(fp(KIM_EN), other)
        assert calls["links_to"] <= 1 and calls["_translation_bar"] <= 1
    assert compare(fp(KIM_EN), fp(KIM_ID, "id")).kind == "translation"


KIM_TITLE = "Kim arrives for Putin talks after 1,180 km train trip"


def test_a_translation_under_a_search_engine_title_on_another_figure_still_matches():
    from newscrawl.dedupe import evidence

    english = fp(KIM_EN, title=KIM_TITLE)
    seo = fp(KIM_ID, "id", title="Kim Tempuh 8.000 Km ke Rusia, Ini Faktanya")
    assert evidence.headlines_differ(english, seo)
    # A whole translation scores well above any rival report: its text outweighs the title.
    assert compare(english, seo).kind == "translation"
    # A copy cut to its first paragraphs under that title: its figure is stated in the paragraph
    # both give, and the original's headline figure (1,180 km) lies below the cut
    # (``retitled_from_body``, D54): the story.
    cut = fp(truncated(KIM_ID), "id", title="Kim Tempuh 8.000 Km ke Rusia, Ini Faktanya")
    assert evidence.headlines_differ(english, cut)
    assert compare(english, cut).kind == "translation"


def test_a_copy_crediting_its_original_is_found_cut_short_and_days_later():
    english = fingerprint(article("https://wire.example/kim", KIM_EN, "en", "2023-09-13", title=KIM_TITLE))
    lead = truncated(KIM_ID, 1)
    late = "2023-09-20"
    assert compare(fp(lead, "id", day=late), english) is None  # a week later, its lead only
    credited = fp(lead, "id", day=late, attribution={"original_url": "https://wire.example/kim"})
    assert compare(credited, english).kind == "translation"
    assert compare(english, credited).kind == "translation"
    # A credit is no licence for a page that shares only a weekday with the original.
    assert compare(fp(FLOOD_ID, "id", attribution={"original_url": "https://wire.example/kim"}), english) is None


GARUDA_TITLE = "Garuda orders 12 Airbus jets worth 1.6 billion dollars"
GARUDA_EN = """Jakarta: Garuda Indonesia has ordered 12 Airbus A330neo jets worth 1.6 billion dollars, chief executive Irfan Setiaputra said on Tuesday.

The order, the airline's largest since 2019, includes options for 8 more aircraft, Setiaputra told reporters.

"The fleet must grow with demand," he said, adding that deliveries would start in 2026.

Shares of Garuda rose 3.4 percent in Jakarta trading."""
# A mirror's translation cut to a shortened lead: a few of the original's names.
GARUDA_LEAD_ID = "Jakarta: Garuda Indonesia memesan 12 jet Airbus baru, kata direktur utama pada hari Selasa."
GARUDA_TITLE_ID = "Garuda pesan 12 jet Airbus senilai 1,6 miliar dolar"


def test_a_translation_cut_to_its_lead_is_found_by_its_title():
    english = fp(GARUDA_EN, title=GARUDA_TITLE)
    assert compare(fp(GARUDA_LEAD_ID, "id", title=GARUDA_TITLE_ID), english).kind == "translation"
    # Without the title's names and figures the lead alone says too little ...
    assert compare(fp(GARUDA_LEAD_ID, "id", title="Garuda tambah armada"), english) is None
    # ... and a rival's lead under the same title, naming the shared things in its own order,
    # or a lead that names what the other does not, stays apart.
    rival = "Pada hari Selasa, Airbus menerima pesanan 12 jet dari maskapai Garuda Indonesia, kata direktur utama."
    assert compare(fp(rival, "id", title=GARUDA_TITLE_ID), english) is None
    more = fp(GARUDA_LEAD_ID + " Menteri Erick Thohir menyambut pesanan itu.", "id", title=GARUDA_TITLE_ID)
    assert compare(more, english) is None


def test_a_story_updated_with_a_revised_figure_on_top_is_the_same_story():
    update = "PEMBARUAN: Kremlin kemudian menyebut kesepakatan itu bernilai 450 juta dolar, kata Putin pada Rabu."
    english = fp(KIM_EN, title=KIM_TITLE)
    assert compare(
        english, fp(update + "\n\n" + KIM_ID, "id", title="Kim tiba untuk pembicaraan dengan Putin")
    ).kind == ("translation")
    # The same figure of its own further down is a report going on with its own facts.
    moved = KIM_ID + "\n\n" + update.removeprefix("PEMBARUAN: ")
    from newscrawl.dedupe import evidence

    monkey = fp(moved, "id", title="Kim tiba untuk pembicaraan dengan Putin")
    assert not evidence._own_figures_on_top(english, len(english["anchors"]), monkey, len(monkey["anchors"]), set())


def test_a_follow_up_that_recalls_the_lead_is_another_story_and_a_copy_cut_short_is_not(monkeypatch):
    from newscrawl.dedupe import evidence
    from tests.dedupe_corpus import MARATHON_EN, MARATHON_FOLLOWUP_ID

    # The result names the runner's age (27) past its lead; the follow-up a day later gives a
    # bonus of its own. Neither is a copy cut short of the other's first part: a copy cut
    # short gives no figure the part it copies lacks.
    follow_up = fp(MARATHON_FOLLOWUP_ID, "id", day="2023-09-14")
    assert compare(fp(MARATHON_EN), follow_up) is None
    monkeypatch.setattr(evidence, "_gives_own_figure", lambda *_: False)
    assert compare(fp(MARATHON_EN), fp(MARATHON_FOLLOWUP_ID, "id", day="2023-09-14")) is not None  # what it stops
    monkeypatch.undo()
    # The result translated and cut to its first two paragraphs (the age included) still matches.
    lead = MARATHON_FOLLOWUP_ID.split("\n\n")[2]
    cut = lead + "\n\nPelari berusia 27 tahun itu melepaskan diri dari rombongan terdepan dan berlari sendirian."
    assert compare(fp(MARATHON_EN), fp(cut, "id")).kind == "translation"
    assert compare(fp(MARATHON_EN), fp(lead + "\n\nBekele memperkecil jarak di jembatan terakhir.", "id")).kind == (
        "translation"
    )


def test_a_copy_weeks_later_keeps_its_figures_and_the_next_release_does_not(monkeypatch):
    from newscrawl.dedupe import evidence
    from tests.dedupe_corpus import EXPORTS_VANDORIA

    text = EXPORTS_VANDORIA + (
        "\n\nShipments to 14 markets rose, and the trade surplus reached 2,310 million dollars, the largest in 12 months."
    )
    # Next month's report from the same template: the same words, names and places, every figure new.
    next_month = text.replace("5.1", "6.4").replace("14 markets", "17 markets").replace("2,310", "2,655")
    assert compare(fp(text), fp(truncated(text, 2), day="2023-10-13")).kind == "near"  # a mirror, a month on
    assert compare(fp(text), fp(next_month, day="2023-10-13")) is None
    # Revised in place the next day: its lead's figure new, another paragraph's kept.
    revised = text.replace("5.1", "6.4")
    assert compare(fp(text), fp(revised, day="2023-09-14")).kind == "near"
    # Every figure new the next day is the template's next edition (``is_template_pair``).
    assert compare(fp(text), fp(next_month, day="2023-09-14")) is None
    monkeypatch.setattr(evidence, "keeps_figures", lambda *_: True)
    monkeypatch.setattr(evidence, "is_template_pair", lambda *_: False)
    assert compare(fp(text), fp(next_month, day="2023-10-13")).kind == "near"  # what the rules stop
    monkeypatch.undo()
    # With a wider window a translation weeks later is found; its figures changed, it is not.
    assert compare(fp(KIM_EN), fp(KIM_ID, "id", day="2023-10-04"), window_days=30).kind == "translation"
    moved = KIM_ID.replace("8.000", "9.500").replace("1.180", "1.420").replace("300", "340")
    assert compare(fp(KIM_EN), fp(moved, "id", day="2023-10-04"), window_days=30) is None


def test_a_follow_up_recalling_two_paragraphs_under_its_own_lead_is_another_story(monkeypatch):
    from newscrawl.dedupe import evidence
    from tests.dedupe_corpus import MARATHON_EN, MARATHON_FOLLOWUP2_ID

    # The result's first two paragraphs, translated, sit in the follow-up's middle: the coach
    # and the camp above them, a bonus and the next race below. The result is no copy cut
    # short of the follow-up's first four paragraphs.
    result = fp(MARATHON_EN)
    follow_up = fp(MARATHON_FOLLOWUP2_ID, "id", day="2023-09-14")
    assert evidence._own_weight_above_lead(follow_up, result) >= evidence.OWN_TOP_WEIGHT
    assert compare(result, follow_up) is None
    monkeypatch.setattr(evidence, "_own_weight_above_lead", lambda *_: 0.0)
    assert compare(result, fp(MARATHON_FOLLOWUP2_ID, "id", day="2023-09-14")) is not None  # what it stops
    monkeypatch.undo()
    paras = MARATHON_FOLLOWUP2_ID.split("\n\n")
    # A copy of the result cut to those two paragraphs under a mirror's re-lead (the story's
    # names only), or under an update's revised figure, is still the result's.
    relead = "Faith Wanjiru kembali menjadi sorotan publik pekan ini.\n\nBerikut rangkuman tentang Wanjiru dan Bekele."
    assert compare(result, fp(relead + "\n\n" + "\n\n".join(paras[2:4]), "id")).kind == "translation"
    update = "PEMBARUAN: Panitia kemudian mencatat waktu Wanjiru 2 jam 24 menit 16 detik."
    assert compare(result, fp(update + "\n\n" + "\n\n".join(paras[2:4]), "id")).kind == "translation"
    # The rule's limit: cut right after the paragraphs it recalls, with nothing of its own
    # below, the follow-up reads as a copy re-led with the coach's paragraphs.
    assert compare(result, fp("\n\n".join(paras[:4]), "id")) is not None


def test_a_translation_cut_to_its_first_paragraphs_keeps_the_lead(monkeypatch):
    from newscrawl.dedupe import evidence
    from tests.dedupe_corpus import VINFAST_CUT_ID, VINFAST_EN, VINFAST_RIVAL_ID

    # Three names and a day, too little to score: the cut keeps every name of the lead, in
    # its order, and names nothing of its own.
    english = fp(VINFAST_EN, title="VinFast to build battery plant")
    cut = fp(VINFAST_CUT_ID, "id", title="VinFast bangun pabrik baterai")
    assert evidence.anchor_score(cut, english) < evidence.THIN_TRANSLATION_SCORE
    assert compare(cut, english).kind == "translation"
    assert compare(english, cut).kind == "translation"
    monkeypatch.setattr(evidence, "keeps_lead", lambda *_: False)
    assert compare(cut, english) is None  # what the rule finds
    monkeypatch.undo()
    # A rival naming the same things in its own order, or the cut naming a minister of its
    # own, stays apart.
    assert compare(fp(VINFAST_RIVAL_ID, "id", title="VinFast bangun pabrik baterai"), english) is None
    own = VINFAST_CUT_ID + "\n\nMenteri Nguyen Hong Dien menyambut rencana itu."
    assert compare(fp(own, "id", title="VinFast bangun pabrik baterai"), english) is None


# -- a later article shows two stories to be one ----------------------------------------------------


def _flood_halves() -> tuple[dict, dict, dict]:
    """The flood story's first three and last two paragraphs on two mirrors (no text in
    common: each begins a story of its own), and the whole story a few hours later."""
    paras = FLOOD_EN.split("\n\n")
    head = article("https://mirror-a.example/flood-head", "\n\n".join(paras[:3]), "en", "2024-05-12", 9)
    tail = article("https://mirror-b.example/flood-tail", "\n\n".join(paras[3:]), "en", "2024-05-12", 10)
    full = article("https://origin.example/flood", FLOOD_EN, "en", "2024-05-12", 12)
    return head, tail, full


def _lookup_misses(monkeypatch, url: str) -> None:
    """The article at ``url`` finds no candidate (its keys are a sample: a copy can miss
    its original), though it is stored under its keys for later articles to find."""
    import newscrawl.dedupe.engine as engine_module

    real = engine_module.candidate_keys

    def keys(fp, window_days):
        lookup, index = real(fp, window_days)
        return ([] if fp["url"] == url else lookup), index

    monkeypatch.setattr(engine_module, "candidate_keys", keys)


def _missed_copy(monkeypatch) -> tuple[dict, dict]:
    """The flood story, and a cut copy of it that missed it and began a story of its own."""
    original = article("https://origin.example/flood", FLOOD_EN, "en", "2024-05-12", 8)
    cut = article("https://mirror-b.example/flood", truncated(FLOOD_EN, 4), "en", "2024-05-12", 9)
    _lookup_misses(monkeypatch, cut["url"])
    return original, cut


def test_an_article_that_copies_two_stories_makes_them_one(engine, monkeypatch):
    original, cut = _missed_copy(monkeypatch)
    first, second = engine.process(original), engine.process(cut)
    assert first.story_id != second.story_id and first.match == second.match == "new"
    footer = FLOOD_EN + "\n\nFollow our regional desk for more updates from West Sumatra throughout the day."
    verdict = engine.process(article("https://mirror-c.example/flood", footer, "en", "2024-05-12", 12))
    assert verdict.match == "near"
    stories = list(engine.store.iter_stories())
    assert len(stories) == 1 and stories[0]["story_id"] == verdict.story_id
    assert {engine.store.resolve_story(v.story_id) for v in (first, second)} == {verdict.story_id}
    # The fold is recorded (the other story and how the article matched it), and every copy
    # keeps how it matched.
    ((folded, kind),) = verdict.merged
    assert folded in {first.story_id, second.story_id} - {verdict.story_id} and kind == "near"
    assert sorted(c["match"] for c in stories[0]["copies"]) == ["near", "new", "new"]


def test_an_exact_copy_also_folds_the_stories_its_text_matches(engine, monkeypatch):
    original, cut = _missed_copy(monkeypatch)
    first, second = engine.process(original), engine.process(cut)
    assert first.story_id != second.story_id
    copy = engine.process(dict(original, url="https://mirror-c.example/flood-copy"))
    assert copy.match == "exact" and [kind for _, kind in copy.merged] == ["near"]
    assert engine.store.resolve_story(first.story_id) == engine.store.resolve_story(second.story_id) == copy.story_id


def test_an_article_two_stories_copy_whole_makes_them_one(engine, monkeypatch):
    # Arriving in reverse order: a mirror's copy of the story with a footer, then a rewrite
    # of it that compare() does not tie to that copy, then the story itself, which both
    # copy whole (of its length: neither is a part of it, as on a digest page).
    import newscrawl.dedupe.engine as engine_module

    footer = FLOOD_EN + "\n\nFollow our regional desk for more updates from West Sumatra throughout the day."
    copy = article("https://mirror-a.example/flood", footer, "en", "2024-05-12", 9)
    spun = article("https://spinner.example/flood", FLOOD_EN.replace("Floods", "Flash floods"), "en", "2024-05-12", 10)
    original = article("https://origin.example/flood", FLOOD_EN, "en", "2024-05-12", 8)
    real_compare = engine_module.compare

    def scripted(a, b, **kwargs):
        urls = {a["url"], b["url"]}
        if urls == {spun["url"], copy["url"]}:
            return None
        if urls == {spun["url"], original["url"]}:
            return engine_module.Evidence("rewrite", 0.95)
        return real_compare(a, b, **kwargs)

    monkeypatch.setattr(engine_module, "compare", scripted)
    first, second = engine.process(copy), engine.process(spun)
    assert first.story_id != second.story_id
    verdict = engine.process(original)
    assert verdict.match == "near" and len(verdict.merged) == 1
    assert engine.store.resolve_story(first.story_id) == engine.store.resolve_story(second.story_id)


def test_a_digest_of_two_stories_folds_them_not(engine):
    # A digest page (two unrelated stories one under the other) is near to both: that the
    # article holds both texts does not make them one story. Two halves of one story with
    # no text in common look the same, and stay apart too.
    flood = engine.process(article("https://origin.example/flood", FLOOD_EN, "en", "2024-05-12", 8))
    rate = engine.process(article("https://bi.example/rate", RATE_EN, "en", "2024-05-12", 9))
    digest = article("https://digest.example/today", FLOOD_EN + "\n\n" + RATE_EN, "en", "2024-05-12", 12)
    verdict = engine.process(digest)
    assert verdict.match == "near" and verdict.merged == ()
    again = engine.process(dict(digest, url="https://digest-mirror.example/today"))
    assert again.match == "exact" and again.merged == ()
    assert engine.store.resolve_story(flood.story_id) == flood.story_id != rate.story_id
    assert engine.store.resolve_story(rate.story_id) == rate.story_id
    assert engine.store.count_stories() == 2


def test_two_halves_of_a_story_stay_two_stories(engine):
    head, tail, full = _flood_halves()
    first, second = engine.process(head), engine.process(tail)
    verdict = engine.process(full)
    assert verdict.match == "near" and verdict.merged == ()
    assert verdict.story_id in {first.story_id, second.story_id} and first.story_id != second.story_id


def test_translation_evidence_folds_no_story(engine, monkeypatch):
    import newscrawl.dedupe.engine as engine_module

    head, _, full = _flood_halves()
    translated = article("https://sindo.example/flood-id", FLOOD_ID, "id", "2024-05-12", 8)
    real_compare = engine_module.compare

    def scripted(a, b, **kwargs):  # the translation matches only the whole story, strongly
        if translated["url"] in (a["url"], b["url"]):
            urls = {a["url"], b["url"]}
            return engine_module.Evidence("translation", 0.95) if full["url"] in urls else None
        return real_compare(a, b, **kwargs)

    monkeypatch.setattr(engine_module, "compare", scripted)
    apart, cut = engine.process(translated), engine.process(head)
    verdict = engine.process(full)
    assert verdict.match == "near" and verdict.story_id == cut.story_id and verdict.merged == ()
    assert engine.store.resolve_story(apart.story_id) == apart.story_id != verdict.story_id


def test_a_copy_of_a_translation_copied_again_a_week_later_joins_it_in_any_order(engine):
    # In reverse order the week-later copy comes first and begins a story (outside the
    # window); the copy on the day is its exact copy and a translation of the original. No
    # copy of that story is older than the copy on the day: in publication order it came
    # first, joined the original as a translation and took the week-later copy with it, so
    # its translation verdict folds the story in (tests/test_dedupe_arrival.py: every order).
    original = engine.process(article("https://origin.example/flood", FLOOD_EN, "en", "2024-05-12", 8))
    week = engine.process(article("https://late.example/banjir", FLOOD_ID, "id", "2024-05-19", 9))
    assert week.match == "new"
    day = engine.process(article("https://sindo.example/banjir", FLOOD_ID, "id", "2024-05-12", 14))
    assert day.match == "exact" and len(day.merged) == 1  # one fold (the greater id folded away)
    assert engine.store.resolve_story(original.story_id) == engine.store.resolve_story(week.story_id) == day.story_id


def test_an_exact_copy_carries_no_fold_its_story_could_not_make(engine, monkeypatch):
    # A mirror republishes a story's text a week on; the repost reads as a strong rewrite
    # of a report of that day in another language. The first copy, a week earlier, is no
    # copy of it (past the window, and a late translation's 6 days), so the stories stay apart.
    import newscrawl.dedupe.engine as engine_module

    first = article("https://palace.example/rate", RATE_EN, "en", "2024-05-08", 8)
    report = article("https://other.example/report", RATE_ID, "id", "2024-05-15", 11)
    repost = dict(first, url="https://repost.example/rate", published_at="2024-05-15T12:00:00+00:00")
    real_compare = engine_module.compare

    def scripted(a, b, **kwargs):  # the repost (only) reads as a rewrite of the report
        if {a["url"], b["url"]} == {repost["url"], report["url"]}:
            return engine_module.Evidence("rewrite", 0.95)
        return real_compare(a, b, **kwargs)

    monkeypatch.setattr(engine_module, "compare", scripted)
    x, r = engine.process(first), engine.process(report)
    again = engine.process(repost)
    assert again.match == "exact" and again.merged == () and again.story_id == x.story_id
    assert engine.store.resolve_story(r.story_id) == r.story_id != x.story_id


def test_an_exact_copy_five_days_on_finds_the_story_joined_by_a_late_translation(engine, monkeypatch):
    # The case above at 5 days (its dates before D9): within a late translation's 6 days, the
    # report is a translation of the first copy and joins its story, so the repost (an exact
    # copy of the first, a rewrite of the report) finds one story and folds nothing.
    import newscrawl.dedupe.engine as engine_module

    first = article("https://palace.example/rate", RATE_EN, "en", "2024-05-08", 8)
    report = article("https://other.example/report", RATE_ID, "id", "2024-05-13", 11)
    repost = dict(first, url="https://repost.example/rate", published_at="2024-05-13T12:00:00+00:00")
    real_compare = engine_module.compare

    def scripted(a, b, **kwargs):  # the repost (only) reads as a rewrite of the report
        if {a["url"], b["url"]} == {repost["url"], report["url"]}:
            return engine_module.Evidence("rewrite", 0.95)
        return real_compare(a, b, **kwargs)

    monkeypatch.setattr(engine_module, "compare", scripted)
    x, r = engine.process(first), engine.process(report)
    assert r.match == "translation" and r.story_id == x.story_id
    again = engine.process(repost)
    assert again.match == "exact" and again.merged == () and again.story_id == x.story_id


def test_a_story_of_later_copies_folds_by_the_translation_of_its_earliest_text(engine):
    # The week-later copy and a cut of it (a near copy) make a story of two texts; the copy on
    # the day, older than both, folds it into the original's story by its translation verdict.
    original = engine.process(article("https://origin.example/flood", FLOOD_EN, "en", "2024-05-12", 8))
    week = engine.process(article("https://late.example/banjir", FLOOD_ID, "id", "2024-05-19", 9))
    short = engine.process(article("https://late2.example/banjir", truncated(FLOOD_ID, 3), "id", "2024-05-19", 10))
    assert short.match == "near" and short.story_id == week.story_id
    day = engine.process(article("https://sindo.example/banjir", FLOOD_ID, "id", "2024-05-12", 14))
    assert day.match == "exact" and len(day.merged) == 1  # one fold (the greater id folded away)
    assert engine.store.resolve_story(week.story_id) == engine.store.resolve_story(original.story_id)


def test_a_story_with_an_older_copy_folds_by_no_translation(engine):
    # The same, but the story holds a copy older than the article, outside the original's
    # window (so no translation of it): the article did not come first, and its translation
    # verdict folds nothing (a one-text story aside, folds need a verdict beyond doubt).
    original = engine.process(article("https://origin.example/flood", FLOOD_EN, "en", "2024-05-12", 8))
    week = engine.process(article("https://late.example/banjir", FLOOD_ID, "id", "2024-05-19", 9))
    older = engine.process(article("https://early.example/banjir", truncated(FLOOD_ID, 3), "id", "2024-05-01", 10))
    assert older.story_id == week.story_id
    day = engine.process(article("https://sindo.example/banjir", FLOOD_ID, "id", "2024-05-12", 14))
    assert day.match == "exact" and day.merged == () and day.story_id == week.story_id != original.story_id


def test_a_dateline_with_two_comma_parts_is_left_out_of_the_lead():
    lead = "Rescuers pulled two more survivors from the rubble of a market in Palu on Monday, officials said."
    for dateline in ("PALU, Indonesia, June 3 (Reuters) - ", "PALU, Indonesia, June 3 - ", "PALU (Reuters) - "):
        assert paragraphs(dateline + lead) == [lead]


def test_a_mirrors_own_intro_on_top_is_no_lead():
    lead = FLOOD_ID.split(": ", 1)[1]
    labelled = "JAKARTA (ANTARA) - " + FLOOD_ID.split(": ", 1)[1]
    intro = "Kabarkini.co.id - Berikut ini kami sajikan berita pilihan hari ini untuk pembaca setia kami.\n\n"
    doc = article("https://kabarkini.co.id/banjir", intro + labelled, "id", "2024-05-12")
    clean = article("https://other.example/banjir", lead, "id", "2024-05-12")
    # The intro goes, so the dateline of the lead under it goes too: the text is the story's.
    assert fingerprint(doc)["text_hash"] == fingerprint(clean)["text_hash"]
    # A lead under the site's label names things: it stays (its label goes, as before).
    labelled_by_site = article("https://kabarkini.co.id/b", "KABARKINI.CO.ID - " + lead, "id", "2024-05-12")
    assert fingerprint(labelled_by_site)["text_hash"] == fingerprint(clean)["text_hash"]
    # Decided from the text alone: another site holding the same text drops the same intro.
    other = article("https://sindo.example/banjir", intro + labelled, "id", "2024-05-12")
    assert fingerprint(other)["text_hash"] == fingerprint(clean)["text_hash"]
    # A domain on top with no intro wording is a label over the story's own lead: it stays.
    plain = "Kabarkini.co.id - Air sungai naik lagi pada pagi hari, kata warga setempat.\n\n"
    assert (
        fingerprint(article("https://x.example/b", plain + lead, "id", "2024-05-12"))["words"]
        > fingerprint(clean)["words"]
    )


def test_a_lead_under_a_sites_own_label_stays_on_every_site(engine):
    # Our own lead: under the origin's label it names nothing, yet it is the story. The origin
    # and a mirror's verbatim copy must read the same text (an exact copy, not a near one).
    body = (
        "BERITAKITA.com - Harga cabai di pasar tradisional naik lagi pekan ini, kata pedagang.\n\n"
        "Kenaikan terjadi di hampir semua pasar di Sumatra Utara dan Aceh sejak Selasa.\n\n"
        "Dinas Perdagangan menyebut pasokan akan pulih dalam dua pekan."
    )
    origin = article("https://www.beritakita.com/read/cabai", body, "id", "2024-05-12", site="beritakita.com")
    mirror = article("https://salinan.example/cabai", body, "id", "2024-05-12", 10)
    assert fingerprint(origin)["text_hash"] == fingerprint(mirror)["text_hash"]
    assert "harga" in paragraphs(body)[0].lower()
    assert engine.process(origin).match == "new"
    assert engine.process(mirror).match == "exact"


def test_a_full_copy_with_two_lines_of_its_own_on_top_still_matches_a_cut_translation():
    from newscrawl.dedupe import evidence

    # A mirror's full copy under a byline and an update note of its own (names the cut
    # translation lacks): against a copy cut to two paragraphs its whole tail is its own, which
    # says nothing of a follow-up; only a tail facing the other's paragraphs would.
    top = (
        "Reported by Rini Kusuma in Medan for Kabar Deli.\n\n"
        "Updated on Tuesday with comments from Mayor Bobby Hartono.\n\n"
    )
    cut = fp(truncated(KIM_ID, 2), "id")
    full = fp(top + KIM_EN)
    assert evidence._own_weight_above_lead(full, cut) >= evidence.OWN_TOP_WEIGHT  # the rule's first half
    assert compare(cut, full).kind == "translation"
    assert compare(fp(truncated(KIM_ID, 2), "id"), fp(top + KIM_EN + "\n\nEditor: Budi Santoso.")).kind == "translation"
