"""Build the second review dedupe set: ``scrapy dedupe`` input rows and their truth.

The hand-written stories (stories.json, S21-S40) and hard negatives (negatives.json, N31-N55)
each hold their explicit copies (``copies``: ``var``, ``hours`` after the original, ``site``,
``title``, ``paras``, optional ``lang``). A copy's ``paras`` is a list (``@pN``: paragraph N of
the original), or ``@order:i,j,..`` (the original's paragraphs in that order),
``@mergesplit:A+B,K/N`` (paragraphs A and B merged, paragraph K split after its N-th sentence)
or ``@<var>`` (an earlier copy's paragraphs). Deterministic, no network.

    python -m tests.review_dedupe2.build DIR      # writes DIR/input.jsonl and DIR/truth.json

Truth is in the format of ``tests/review_dedupe/build.py``: ``label`` (article -> story),
``variant``, ``event`` (story -> event) and ``hard_pairs`` ([story, story, class]: two stories
of one event, a follow-up, or a negative's ``cls`` against each story it resembles).
"""

from __future__ import annotations

import datetime as dt
import json
import re
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
    "Kompas": "kompas.id",
    "PR": "grab.com",
    "Column": "asianewssyndicate.org",
    "AutoSport": "ligaresults.id",
    "AutoMarkets": "marketwire.id",
    "AutoQuake": "quakefeed.id",
    "AutoWeather": "cuaca-feed.my",
    "AutoObit": "obits.my",
    "AutoLotto": "lottoresults.my",
    "Digest": "weekinasia.net",
}


def _later(iso: str, hours: float) -> str:
    return (dt.datetime.fromisoformat(iso) + dt.timedelta(hours=hours)).isoformat()


def _slug(title: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in title.lower()).split()[:8])


def _expand(spec: str | list[str], paras: list[str], named: dict[str, list[str]]) -> list[str]:
    """A copy's paragraphs from its ``paras`` spec (see the module)."""
    if isinstance(spec, str):
        if spec.startswith("@order:"):
            return [paras[int(i)] for i in spec.removeprefix("@order:").split(",")]
        if spec.startswith("@mergesplit:"):
            merge, split = spec.removeprefix("@mergesplit:").split(",")
            a, b = map(int, merge.split("+"))
            k, n = map(int, split.split("/"))
            sentences = re.split(r"(?<=\.) ", paras[k])
            out = []
            for i, para in enumerate(paras):
                if i == a:
                    out.append(paras[a] + " " + paras[b])
                elif i == k:
                    out += [" ".join(sentences[:n]), " ".join(sentences[n:])]
                elif i != b:
                    out.append(para)
            return out
        if spec.startswith("@"):
            return named[spec[1:]]
    return [paras[int(p[2:])] if p.startswith("@p") and p[2:].isdigit() else p for p in spec]


class SetRows:
    """A review set being built: its input rows and, by article id, its story and variant."""

    def __init__(self, here: Path) -> None:
        self.stories = json.loads((here / "stories.json").read_text(encoding="utf-8"))
        self.negatives = json.loads((here / "negatives.json").read_text(encoding="utf-8"))
        self.rows: list[dict[str, Any]] = []
        self.label: dict[str, str] = {}
        self.variant: dict[str, str] = {}
        self.event: dict[str, str] = {}

    def add(
        self, rid: str, story: str, var: str, site: str, title: str, paras: list[str], lang: str, when: str
    ) -> None:
        url = f"https://{site}/{when[:4]}/{when[5:7]}/{_slug(title)}-{rid.lower()}"
        row = {"id": rid, "url": url, "site": site, "title": title, "body": "\n\n".join(paras)}
        self.rows.append({**row, "language": lang, "published_at": when})
        self.label[rid], self.variant[rid] = story, var


def build() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(rows in publication order, truth)."""
    built = SetRows(HERE)
    stories, negatives, rows, label, variant, event = (
        built.stories,
        built.negatives,
        built.rows,
        built.label,
        built.variant,
        built.event,
    )
    add = built.add

    events = {s["key"]: s["event"] for s in stories}
    for s in stories + negatives:
        key = s["key"]
        related = s.get("cls") in ("same_event", "follow_up")
        event[key] = s.get("event") or (events.get(s["against"][0]) if related else "E" + key)
        add(key + "-o", key, "original", ORIGIN[s["agency"]], s["title"], s["paras"], s["language"], s["date"])
        named: dict[str, list[str]] = {}
        for n, copy in enumerate(s["copies"]):
            paras = named[copy["var"]] = _expand(copy["paras"], s["paras"], named)
            lang = copy.get("lang", s["language"])
            add(
                f"{key}-{n + 1}",
                key,
                copy["var"],
                copy["site"],
                copy["title"],
                paras,
                lang,
                _later(s["date"], copy["hours"]),
            )
    hard = hard_pairs(
        stories, negatives, event, lambda classes: "follow_up" if "follow_up" in classes else "same_event"
    )
    rows.sort(key=lambda r: r["published_at"])
    return rows, {"label": label, "variant": variant, "event": event, "hard_pairs": hard}


def hard_pairs(
    stories: list[dict[str, Any]],
    negatives: list[dict[str, Any]],
    event: dict[str, str],
    class_of: Any,
) -> list[list[str]]:
    """Every pair of stories on one event (its class from ``class_of`` of their classes other
    than "story"), then each negative's ``against`` pairs not listed yet, with its class."""
    kind = {s["key"]: s.get("cls", "story") for s in stories + negatives}
    keys = sorted(event)
    hard: list[list[str]] = []
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if event[a] == event[b]:
                hard.append([a, b, class_of({kind[a], kind[b]} - {"story"})])
    for s in negatives:
        for b in s["against"]:
            pair = sorted([s["key"], b])
            if pair not in [h[:2] for h in hard]:
                hard.append([*pair, s["cls"]])
    return hard


def main(out_dir: str, build: Any = build) -> None:
    out = Path(out_dir)
    rows, truth = build()
    with open(out / "input.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    (out / "truth.json").write_text(json.dumps(truth, indent=1), encoding="utf-8")
    print(len(rows), "articles,", len(set(truth["label"].values())), "stories,", len(truth["hard_pairs"]), "hard pairs")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
