"""Provenance check of the review data: any run of 8 words shared with the third-party evaluation data.

    .venv/bin/python tests/review_pages/provenance.py [DATA_DIR]     # default ../shared/data

Reads every review page and truth (tests/review_pages/), the dedupe sets' JSON and every article
they build (tests/review_dedupe/, tests/review_dedupe2/, tests/review_dedupe3/), then every file under DATA_DIR, the members of its .tar.xz / .tar.gz
archives included, and prints each of our texts that shares a run of 8 words with one of them, with
the runs and where they occur. Words: lower-cased ``\\w+`` runs of the text with tags removed and
entities decoded, markup included (so JSON-LD keys and stock CSS show up too: judge each run).
"""

from __future__ import annotations

import gzip
import html
import json
import re
import sys
import tarfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

RUN = 8
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]+>")
ROOT = Path(__file__).resolve().parents[2]


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(html.unescape(TAG.sub(" ", text)))]


def runs(text: str) -> Iterator[str]:
    found = words(text)
    for i in range(len(found) - RUN + 1):
        yield " ".join(found[i : i + RUN])


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def decode(raw: bytes, encodings: tuple[str, ...] = ("utf-8", "cp1252", "gbk", "latin-1")) -> str:
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def text_of(name: str, raw: bytes) -> str:
    if name.endswith(".gz") and raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    name = name.removesuffix(".gz")
    text = decode(raw)
    try:
        if name.endswith(".json"):
            return "\n".join(strings(json.loads(text)))
        if name.endswith(".jsonl"):
            return "\n".join(s for line in text.splitlines() if line.strip() for s in strings(json.loads(line)))
    except ValueError:
        pass
    return text


def our_texts() -> dict[str, str]:
    sys.path.insert(0, str(ROOT))
    from tests.review_dedupe import build as first
    from tests.review_dedupe2 import build as second
    from tests.review_dedupe3 import build as third

    texts = {}
    for path in sorted((ROOT / "tests" / "review_pages").glob("*/*")):
        if path.suffix in (".html", ".json"):
            texts[str(path.relative_to(ROOT))] = text_of(path.name, path.read_bytes())
    for name, module in (
        ("review_dedupe", first),
        ("review_dedupe2", second),
        ("review_dedupe3", third),
        ("review_dedupe4", __import__("tests.review_dedupe4.build", fromlist=["build"])),
        ("review_dedupe5", __import__("tests.review_dedupe5.build", fromlist=["build"])),
        ("review_dedupe6", __import__("tests.review_dedupe6.build", fromlist=["build"])),
        ("review_dedupe7", __import__("tests.review_dedupe7.build", fromlist=["build"])),
        ("review_dedupe8", __import__("tests.review_dedupe8.build", fromlist=["build"])),
        ("review_dedupe9", __import__("tests.review_dedupe9.build", fromlist=["build"])),
        ("review_dedupe10", __import__("tests.review_dedupe10.build", fromlist=["build"])),
        ("review_dedupe11", __import__("tests.review_dedupe11.build", fromlist=["build"])),
        ("review_dedupe12", __import__("tests.review_dedupe12.build", fromlist=["build"])),
        ("review_dedupe13", __import__("tests.review_dedupe13.build", fromlist=["build"])),
        ("review_dedupe14", __import__("tests.review_dedupe14.build", fromlist=["build"])),
        ("review_dedupe15", __import__("tests.review_dedupe15.build", fromlist=["build"])),
        ("review_dedupe16", __import__("tests.review_dedupe16.build", fromlist=["build"])),
    ):
        for path in sorted((ROOT / "tests" / name).glob("*.json")):
            texts[str(path.relative_to(ROOT))] = text_of(path.name, path.read_bytes())
        for row in module.build()[0]:
            texts[f"{name} article {row['id']}"] = row["title"] + "\n" + row["body"]
    return texts


def third_party(data_dir: Path) -> Iterator[tuple[str, str]]:
    for path in sorted(data_dir.rglob("*")):
        if not path.is_file():
            continue
        if path.name.endswith((".tar.xz", ".tar.gz")):
            with tarfile.open(path) as archive:
                for member in archive:
                    file = archive.extractfile(member) if member.isfile() else None
                    if file is not None:
                        yield f"{path}:{member.name}", text_of(member.name, file.read())
        else:
            yield str(path), text_of(path.name, path.read_bytes())


def main(data_dir: Path) -> None:
    texts = our_texts()
    index: dict[str, set[str]] = defaultdict(set)
    for name, text in texts.items():
        for run in runs(text):
            index[run].add(name)
    shared: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    files = 0
    for source, text in third_party(data_dir):
        files += 1
        for run in runs(text):
            for name in index.get(run, ()):
                shared[name][run].add(source)
    for name in sorted(shared):
        print(f"{name}: {len(shared[name])} shared runs of {RUN} words")
        for run, sources in sorted(shared[name].items()):
            print(f"    {run!r} in {len(sources)} files, e.g. {min(sources)}")
    print(f"{len(shared)} of our {len(texts)} texts share a run with the {files} files of {data_dir}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data")
