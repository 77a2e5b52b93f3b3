"""The template veto on real copies, the rate band of a currency conversion, the cap on
figures per paragraph (review R14, findings 1 and 10). Fixtures written for these tests."""

from __future__ import annotations

from newscrawl.dedupe import compare, evidence, fingerprint, money, skeletons
from tests.dedupe_corpus import article

LEAD = (
    "Rescuers in the hill district of Orla dug more bodies out of the mud on {day} after a landslide"
    " buried a hamlet, raising the death toll to {toll}, the district disaster office said.\n\n"
    "The office said {missing} people were still missing and {houses} houses had been flattened when the"
    " slope above the hamlet gave way after three days of rain.\n\n"
    "Volunteers were digging with hoes and bare hands because the only road into the hamlet had been"
    " cut by the slide, the office's spokeswoman Ines Varga told reporters.\n\n"
    "{extra}Forecasters said more rain was expected over the district in the coming days and urged"
    " people living on steep slopes to move to shelters set up in schools."
)
FIRST = LEAD.format(day="Tuesday", toll=23, missing=41, houses=120, extra="")
WRITETHRU = LEAD.format(
    day="Tuesday", toll=37, missing=29, houses=150, extra="The governor said she would visit the area on Wednesday.\n\n"
)
PLEDGE = (
    "The Orla district government said on Tuesday it would spend $5 million to rebuild 1,200 homes"
    " destroyed by a landslide that buried a hamlet in the hills last week, its treasurer said.\n\n"
    "Treasurer Ines Varga said the money would come from the district's emergency reserve and that"
    " building would begin before the rains return later in the year.\n\n"
    "Volunteers were still clearing mud from the only road into the hamlet, which had been cut by the"
    " slide, the office's spokeswoman told reporters at a briefing."
)
QUAKE = (
    "A magnitude {m} earthquake shook the sea off Selwyn Island on Monday at {clock} local time,"
    " the Calder Geophysics and Tsunami Warning Agency said in its bulletin.\n\n"
    "The quake's centre lay 10 km below the seabed, {km} km south-west of Port Arda.\n\n"
    "The Calder Geophysics and Tsunami Warning Agency said the tremor was not strong enough to"
    " set off a tsunami along the coast, and asked residents to stay calm."
)


def fp(body, url, language="en", day="2026-11-24", hour=8):
    return fingerprint(article(url, body, language, day, hour))


def test_a_writethru_revising_every_figure_paragraph_is_the_same_story():
    a, b = fp(FIRST, "https://wire.example/a"), fp(WRITETHRU, "https://wire.example/b", hour=11)
    assert not evidence.is_template_pair(a, b)
    assert compare(a, b) is not None and compare(b, a) is not None


def test_a_writethru_past_midnight_utc_is_the_same_story_and_the_next_days_edition_is_not():
    a = fp(FIRST, "https://wire.example/a", hour=22)
    b = fp(WRITETHRU, "https://wire.example/b", day="2026-11-25", hour=1)
    assert not evidence.is_template_pair(a, b)
    c = fp(WRITETHRU, "https://wire.example/c", day="2026-11-25", hour=22)
    assert evidence.is_template_pair(a, c)  # a day on, every count new: the template's next edition


def test_a_copy_writing_the_weekday_as_a_date_is_the_same_story():
    # 2026-11-24 is a Tuesday: "on Nov. 24" is the same day written otherwise.
    a = fp(PLEDGE, "https://gov.example/a")
    b = fp(PLEDGE.replace("on Tuesday", "on Nov. 24"), "https://mirror.example/b", hour=10)
    assert not evidence.is_template_pair(a, b)
    assert compare(a, b) is not None


def test_two_bulletins_of_one_day_told_apart_by_their_clock():
    a = fp(QUAKE.format(m="5.1", clock="09:41", km=112), "https://quake.example/a", hour=2)
    b = fp(QUAKE.format(m="5.3", clock="21:12", km=98), "https://quake.example/b", hour=14)
    assert evidence.is_template_pair(a, b)
    assert compare(a, b) is None


def test_clocks_and_dates_are_kept_apart_from_counts():
    found = skeletons.decoded(fp(QUAKE.format(m="5.1", clock="09:41", km=112), "https://quake.example/c"))
    kinds = {skeletons.kind(f) for f in found[0][0]}
    assert kinds == {skeletons.COUNT, skeletons.CLOCK, skeletons.WEEKDAY}
    assert {skeletons.kind(f) for f in found[1][0]} == {skeletons.COUNT}


def test_a_skeleton_blob_written_before_kinds_gives_counts_only():
    a = fp(QUAKE.format(m="5.1", clock="09:41", km=112), "https://quake.example/d")
    blob = a["skeletons"]
    import base64

    import numpy as np

    packed = np.frombuffer(base64.b64decode(blob), dtype="<u2").copy()
    packed[0] &= 0x7FFF  # as written before kinds were
    old = {"skeletons": base64.b64encode(packed.tobytes()).decode("ascii")}
    assert all(skeletons.kind(f) == skeletons.COUNT for filled, _ in skeletons.decoded(old) for f in filled)


def test_figures_per_paragraph_are_capped():
    table = "Results of the count were " + ", ".join(str(n) for n in range(1000, 80_000)) + " in all."
    found = skeletons.decoded(fp(table, "https://stats.example/t"))
    assert len(found) == 1 and len(found[0][0]) == skeletons.MAX_FIGURES
    assert len(fp(table, "https://stats.example/t")["skeletons"]) < 400


def test_a_conversion_only_within_a_plausible_rate_band():
    usd = [("USD", 5e6)]
    assert money.plausible_rate([("IDR", 79e9)], usd)  # 15,800 rupiah a dollar
    assert not money.plausible_rate([("IDR", 30e9)], usd)  # 6,000: another amount
    assert money.plausible_rate([("MYR", 22.5e6)], usd)  # 4.5 ringgit a dollar
    assert not money.plausible_rate([("MYR", 5e6)], usd)
    assert not money.plausible_rate([("IDR", 5e6)], [("JPY", 5e6)])
    assert money.plausible_rate([], usd)  # stored without currency: as before


def test_money_figures_give_currency_and_value():
    found = money.money_figures(
        "senilai Rp30 miliar, $5 million, S$3 million, 1,2 miliar dolar AS (sekitar Rp19 triliun)"
    )
    assert ["#30", "L", "IDR", 3e10] in found
    assert ["#5", "F", "USD", 5e6] in found
    assert ["#3", "F", "SGD", 3e6] in found
    assert ["#19", "B", "#12", "IDR", 1.9e13] in found


def test_a_report_of_another_pledge_in_rupiah_is_not_renamed():
    en = (
        "Jakarta: Indonesia will send $5 million in aid to Gaza, Foreign Minister Retno Marsudi said on"
        " Tuesday after meeting UN relief chief Martin Griffiths in Jakarta.\n\n"
        "The aid will be flown to El Arish in Egypt on two Indonesian Air Force planes, Retno said."
    )
    rival = (
        "Jakarta: Pemerintah Indonesia akan mengirim bantuan senilai Rp30 miliar ke Gaza, kata Menteri"
        " Luar Negeri Retno Marsudi di Jakarta, Selasa, usai bertemu Martin Griffiths.\n\n"
        "Bantuan itu dikirim dengan pesawat TNI Angkatan Udara ke El Arish di Mesir, kata Retno."
    )
    a, b = fp(en, "https://wire.example/en"), fp(rival, "https://antara.example/id", language="id")
    assert evidence.with_money_of(a, b) is b
    good = fp(rival.replace("Rp30 miliar", "Rp79 miliar"), "https://antara.example/id2", language="id")
    assert evidence.with_money_of(a, good) is not good


def test_rebuild_reads_a_day_only_date_as_the_live_path_does():
    # Review R14 finding 7: the live path read ``published_precision``; --rebuild's input had none.
    from newscrawl.dedupe.engine import _fingerprint, mark_day_only
    from newscrawl.dedupe.features import from_record, to_record

    doc = {
        "url": "https://kabar.example.co.id/a",
        "site": "kabar",
        "title": "Banjir",
        "language": "id",
        "body": "Banjir rob merendam jalan pesisir selama dua hari kata warga setempat kepada wartawan. " * 5,
        "published_at": "2025-11-23T17:00:00+00:00",
        "published_precision": "day",
    }
    live = _fingerprint(doc)
    assert live["_day_only"] is True
    fields, sig = to_record(live)
    assert mark_day_only(from_record(fields, sig))["_day_only"] is True
    fields.pop("day_only")  # stored before the flag: not day-only, as before
    assert mark_day_only(from_record(fields, sig))["_day_only"] is False
