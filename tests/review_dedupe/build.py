"""Build the review dedupe set: ``scrapy dedupe`` input rows and their truth, from stories.json.

The hand-written stories (stories.json) and hard negatives (negatives.json) are turned into
copies as mirrors make them: verbatim with boilerplate, retitled, cut, a week later, with a
mirror's own intro. Spun copies, translations (id/ms) and re-leads are hand-written in the JSON.
Deterministic (one seeded ``random.Random``): the same rows every run, no network.

    python -m tests.review_dedupe.build DIR      # writes DIR/input.jsonl and DIR/truth.json

Variants of a story (``PLAN``): verbatim_bp, retitled, retitled_bp, cutN, retitled_cut4,
week_later, mirror_intro, spun, relead, tr_full, tr_cut, tr_cut2, tr_cut3, tr_week.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent

ORIGIN = {
    "Reuters": "reuters.com",
    "AFP": "afp.com",
    "AP": "apnews.com",
    "PTI": "ptinews.com",
    "ANTARA": "antaranews.com",
    "Bernama": "bernama.com",
    "Tempo": "en.tempo.co",
}
EN_MIRRORS = [
    "asiawirefeed.com",
    "newsnowasia.net",
    "ndtvmirror.in",
    "thestraitsdaily.com",
    "borneopost-wire.com",
    "dailyindex.news",
]
ID_MIRRORS = ["sindobatam.com", "kabarkini.co.id", "beritabatam.id", "riaunews24.com"]
MS_MIRRORS = ["beritamalaya.my", "sinarwire.my"]

# Mirror boilerplate as sites wrap syndicated copy: (before, middle, after) paragraphs; a
# "before" ending in " - " is glued to the first paragraph. Some forms the filter knows, some not.
EN_BOILERPLATE = [
    (
        ["ASIAWIREFEED.COM - "],
        ["Also Read: {other}"],
        [
            "Follow us on Google News for the latest updates.",
            "(Except for the headline, this story has not been edited by our staff and is published from a syndicated feed.)",
        ],
    ),
    (
        [],
        ["ALSO READ | {other}"],
        [
            "Disclaimer: This story is auto-generated from a syndicated news agency feed. The content has not been edited.",
            "Tags: Asia, World News",
        ],
    ),
    (
        ["(Photo: File)"],
        ["READ: {other}"],
        [
            "Stay updated with the latest headlines - join our WhatsApp channel here.",
            "Copyright 2024 Daily Index. All rights reserved.",
        ],
    ),
    ([], [], ["Source: {agency}", "Share this article: Facebook | X | WhatsApp | Telegram"]),
]
ID_BOILERPLATE = [
    (
        ["KABARKINI.CO.ID, JAKARTA - "],
        ["Baca juga: {other}"],
        ["Ikuti berita terkini dan terpopuler lainnya di Google News Kabarkini.", "Editor: Redaksi"],
    ),
    (
        [],
        ["BACA JUGA:", "{other}"],
        ["Artikel ini telah tayang di Sindobatam.com dengan judul yang sama.", "Tags: internasional, berita dunia"],
    ),
]
MS_BOILERPLATE = [([], ["Baca juga: {other}"], ["Ikuti kami di Telegram untuk berita terkini.", "-- BERNAMA"])]
BOILERPLATE = {"en": EN_BOILERPLATE, "id": ID_BOILERPLATE, "ms": MS_BOILERPLATE}

EN_INTROS = [
    "Here is the latest from our wire desk on one of the stories readers are following today.",
    "Asia Newsnow brings you this report from our international news partners, updated as it happened.",
    "In case you missed it: our round-up of the big regional story of the day, as filed by the agencies.",
]
ID_INTROS = [
    "Sindobatam.com - Berikut ini kami sajikan berita terbaru dari mancanegara yang kami rangkum dari berbagai sumber terpercaya untuk pembaca setia kami.",
    "Kabarkini.co.id menghadirkan kabar terkini dari kawasan Asia untuk Anda. Simak selengkapnya di bawah ini.",
]
MS_INTROS = ["Beritamalaya.my membawakan berita terkini serantau untuk anda. Ikuti laporan penuh di bawah."]

RETITLE = {
    "S02": "Rupiah in focus as BI stands pat on rates again",
    "S05": "Watch: India's 'naughty boy' rocket puts new weather eye in the sky",
    "S07": "Thailand's PM faces court test over ex-convict minister",
    "S09": "Derby day glory for Maung Bandung as Da Silva header sinks Macan Kemayoran",
    "S13": "Rupiah gains after soft inflation print",
    "S14": "Perth thrashing: Bumrah's India humble Australia",
    "S16": "Ruang volcano: 12,000 told to flee as tsunami fears grow",
    "S18": "Palm oil stocks seen at 11-month low on strong India demand",
}
# The copies each story gets, in order (ids <key>-1, <key>-2, ...; the original is <key>-o).
PLAN = {
    "S01": ["verbatim_bp", "spun", "tr_full", "tr_cut2", "relead", "week_later"],
    "S02": ["retitled", "cut3", "tr_cut", "mirror_intro"],
    "S03": ["verbatim_bp", "spun", "tr_cut", "relead", "cut2"],
    "S04": ["verbatim_bp", "tr_full", "tr_cut3", "week_later"],
    "S05": ["spun", "tr_cut", "retitled_bp"],
    "S06": ["verbatim_bp", "tr_cut", "cut3", "mirror_intro"],
    "S07": ["spun", "retitled", "week_later"],
    "S08": ["verbatim_bp", "cut2"],
    "S09": ["retitled", "mirror_intro", "cut3"],
    "S10": ["spun", "tr_full", "relead", "cut4", "verbatim_bp", "tr_week"],
    "S11": ["verbatim_bp", "mirror_intro"],
    "S12": ["tr_full", "verbatim_bp", "cut2", "tr_week"],
    "S13": ["tr_full", "retitled"],
    "S14": ["verbatim_bp", "cut3", "week_later", "retitled"],
    "S15": ["verbatim_bp", "cut2", "mirror_intro"],
    "S16": ["spun", "tr_cut", "verbatim_bp", "retitled_cut4"],
    "S17": ["tr_cut", "verbatim_bp", "cut2"],
    "S18": ["verbatim_bp", "retitled"],
    "S19": ["relead", "verbatim_bp", "week_later"],
    "S20": ["verbatim_bp", "cut3", "mirror_intro"],
    "N01": ["tr_cut"],
    "N13": ["tr_full"],
}


def _later(iso: str, hours: float) -> str:
    return (dt.datetime.fromisoformat(iso) + dt.timedelta(hours=hours)).isoformat()


def _slug(title: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in title.lower()).split()[:8])


def build() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """``(rows, truth)``: input rows in publication order, and truth with ``label`` (id -> story
    key), ``variant`` (id -> variant), ``event`` (key -> event) and ``hard_pairs`` ([a, b, class])."""
    stories = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))
    negatives = json.loads((HERE / "negatives.json").read_text(encoding="utf-8"))
    all_titles = [s["title"] for s in stories + negatives]
    rng = random.Random(7)
    rows: list[dict[str, Any]] = []
    label_of: dict[str, str] = {}
    variant_of: dict[str, str] = {}
    event_of: dict[str, str] = {}
    cls_of: dict[str, str] = {}

    def add(rid: str, label: str, var: str, site: str, title: str, paras: list[str], lang: str, when: str) -> None:
        url = f"https://{site}/{when[:4]}/{when[5:7]}/{_slug(title)}-{rid.lower()}"
        body = "\n\n".join(paras)
        rows.append({"id": rid, "url": url, "site": site, "title": title, "body": body, "language": lang})
        rows[-1]["published_at"] = when
        label_of[rid] = label
        variant_of[rid] = var

    def wrap(paras: list[str], lang: str, agency: str, title: str) -> list[str]:
        other = rng.choice([x for x in all_titles if x != title])
        top, middle, end = rng.choice(BOILERPLATE[lang])
        body = list(paras)
        if top and top[0].endswith(" - "):
            body[0] = top[0] + body[0]
        else:
            body = top + body
        k = min(len(body) - 1, 3)
        body = body[:k] + [m.format(other=other) for m in middle] + body[k:]
        return body + [e.format(agency=agency) for e in end]

    for s in stories + negatives:
        label, lang0, paras, date = s["key"], s.get("language", "en"), s["paras"], s["date"]
        event_of[label] = s.get("event") or next(x["event"] for x in stories if x["key"] == s["against"][0])
        cls_of[label] = s.get("cls", "story")
        add(label + "-o", label, "original", ORIGIN[s["agency"]], s["title"], paras, lang0, date)
        for n, var in enumerate(PLAN.get(label, [])):
            rid = f"{label}-{n + 1}"
            mirror = rng.choice(EN_MIRRORS)
            hours = rng.uniform(0.5, 30)
            when = _later(date, hours)
            if var == "verbatim_bp":
                add(rid, label, var, mirror, s["title"], wrap(paras, "en", s["agency"], s["title"]), "en", when)
            elif var == "retitled":
                add(rid, label, var, mirror, RETITLE[label], paras, "en", when)
            elif var == "retitled_bp":
                add(rid, label, var, mirror, RETITLE[label], wrap(paras, "en", s["agency"], s["title"]), "en", when)
            elif var.startswith("cut"):
                add(rid, label, var, mirror, s["title"], paras[: int(var[3])], "en", when)
            elif var == "retitled_cut4":
                add(rid, label, var, mirror, RETITLE[label], paras[:4], "en", when)
            elif var == "week_later":
                body = wrap(paras, "en", s["agency"], s["title"])
                add(rid, label, var, mirror, s["title"], body, "en", _later(date, 24 * 7 + hours))
            elif var == "mirror_intro":
                add(rid, label, var, mirror, s["title"], [rng.choice(EN_INTROS)] + paras, "en", when)
            elif var == "spun":
                title = s["title"].replace("says", "reports")
                add(rid, label, var, "globalnewsdigest.org", title, s["spun"], "en", when)
            elif var == "relead":
                title, lead = s["relead"]
                add(rid, label, var, mirror, title, [lead] + paras[1:], "en", when)
            elif var.startswith("tr"):
                lang, title, translated = s["tr"][0]
                site = rng.choice(ID_MIRRORS if lang == "id" else MS_MIRRORS)
                if var == "tr_cut2":
                    translated = translated[:2]
                if var == "tr_cut3":
                    translated = translated[:3]
                body = translated
                if var == "tr_full" and rng.random() < 0.5:
                    body = wrap(translated, lang, s["agency"], title)
                if var in ("tr_cut2", "tr_cut3"):  # a mirror's own intro on a cut translation
                    body = [rng.choice(ID_INTROS if lang == "id" else MS_INTROS)] + list(body)
                week = 24 * 8 if var == "tr_week" else 0
                add(rid, label, var, site, title, body, lang, _later(date, rng.uniform(2, 14) + week))
            else:
                raise ValueError(f"{label}: unknown variant {var!r}")

    # Hard pairs: stories of one event, classed by the negative's class; and each template
    # negative against the stories it names (of other events).
    labels = sorted(event_of)
    hard: list[list[str]] = []
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            if event_of[a] == event_of[b]:
                classes = {cls_of[a], cls_of[b]} - {"story"}
                cls = "template" if "template" in classes else "follow_up" if "follow_up" in classes else "same_event"
                hard.append([a, b, cls])
    for s in negatives:
        for b in s["against"]:
            pair = [min(s["key"], b), max(s["key"], b)]
            if event_of[b] != event_of[s["key"]] and pair not in [h[:2] for h in hard]:
                hard.append([*pair, s["cls"]])
    rows.sort(key=lambda r: r["published_at"])
    return rows, {"label": label_of, "variant": variant_of, "event": event_of, "hard_pairs": hard}


def main(out_dir: str) -> None:
    rows, truth = build()
    out = Path(out_dir)
    with (out / "input.jsonl").open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    (out / "truth.json").write_text(json.dumps(truth, indent=1), encoding="utf-8")
    print(len(rows), "articles,", len(set(truth["label"].values())), "stories,", len(truth["hard_pairs"]), "hard pairs")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
