"""Wire-story dedupe: exact copies, near-duplicates, rewrites and translations → one story.

Pure library (no Scrapy imports). :class:`DedupeEngine` assigns articles to stories
through a :class:`newscrawl.store.Store`; ``pipelines/dedupe.py`` and ``scrapy dedupe``
drive it. See docs/dedupe.md.
"""

from newscrawl.dedupe.engine import COPY_MATCHES, DedupeConfig, DedupeEngine, Verdict
from newscrawl.dedupe.evidence import Evidence, compare
from newscrawl.dedupe.features import fingerprint

__all__ = ["COPY_MATCHES", "DedupeConfig", "DedupeEngine", "Evidence", "Verdict", "compare", "fingerprint"]
