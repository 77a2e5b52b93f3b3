"""Process time of the title and author steps of ``extract()``, per page, on one core.

    taskset -c 0 .venv/bin/python benchmarks/step_costs.py [--pages N] [--rounds N] [--names a,b]

Runs ``extract()`` over the first N real pages of the trafilatura evaluation set (as
``extraction_speed.py``) with each named ``ArticlePage`` method and property (and the named
functions of ``newscrawl.pages.base``) timed, and prints per round the whole extraction and the
title and author steps in ms a page. A step's time is exclusive: what another timed step
computes inside it (the article's frame, its date lines) counts for that one, so the two sums
hold the title and author methods and the helpers they call. Compare checkouts by running
the script in each, alternated, under the same load.
"""

from __future__ import annotations

import argparse
import functools
import logging
import sys
import time
from functools import cached_property
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

PAGES = Path("/tmp/newscrawl-evalpages/trafilatura-htmldate/trafilatura/tests/eval")
TITLE = (
    "_title _heading_candidates _shown_site_names _home_links _story_heading _headline_node _headline_elements "
    "site_names"
).split()
AUTHORS = (
    "_authors _byline_search _signature _post_author_comment _author_links _labelled_inside _labelled_outside "
    "_dateline_byline _bylines _full_names _with_coauthors _byline_frame _teaser_headings _article_region "
    "_byline_skips _byline_against clean_author_names _traf_byline_possible"
).split()
#: Steps of other fields, timed so that their work inside a title or author step is not counted there.
OTHERS = "frame _main_paragraphs _credits _date_lines _dateline_anchor _published_final modified_at language".split()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--names", default="", help="more steps to time and print, comma-separated")
    args = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)

    from newscrawl.pages import base, extract

    extra = [n for n in args.names.split(",") if n]
    spent: dict[str, float] = {}
    stack = [0.0]

    def timed(name: str, func):
        @functools.wraps(func)
        def wrapper(*a, **kw):
            started = time.process_time()
            stack.append(0.0)
            try:
                return func(*a, **kw)
            finally:
                elapsed = time.process_time() - started
                inner = stack.pop()
                spent[name] = spent.get(name, 0.0) + elapsed - inner
                stack[-1] += elapsed

        return wrapper

    for name in [*TITLE, *AUTHORS, *OTHERS, *extra]:
        attr = base.ArticlePage.__dict__.get(name)
        if isinstance(attr, cached_property):
            attr.func = timed(name, attr.func)
        elif callable(attr):
            setattr(base.ArticlePage, name, timed(name, attr))
        elif callable(vars(base).get(name)):
            setattr(base, name, timed(name, vars(base)[name]))
        # a step this checkout does not have counts 0
    pages = [
        (p.read_bytes(), f"https://example.org/{p.stem}/a.html") for p in sorted(PAGES.glob("*.html"))[: args.pages]
    ]
    for turn in range(args.rounds + 1):  # the first round warms up
        spent.clear()
        started = time.process_time()
        for data, url in pages:
            extract(data, url)
        total = time.process_time() - started
        if turn:

            def ms(names: list[str]) -> float:
                return 1000 * sum(spent.get(n, 0.0) for n in names) / len(pages)

            more = "".join(f" {n} {ms([n]):.2f}" for n in extra)
            print(
                f"all {1000 * total / len(pages):.2f} title {ms(TITLE):.2f} authors {ms(AUTHORS):.2f}{more}", flush=True
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
