"""Scrapy settings for newscrawl: short, grouped, polite by default.

Component settings carry their component's prefix (``STORE_*``, ``DEDUPE_*``,
``NEWSCRAWL_*``). Secrets never live here: the store URI, which may hold a
password, comes from the ``NEWSCRAWL_STORE`` environment variable.
"""

from __future__ import annotations

import os

BOT_NAME = "newscrawl"

# -- project layout -------------------------------------------------------------------
# spiders/ and pipelines/ sit beside scrapy.cfg; Scrapy puts that folder on sys.path.
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"
COMMANDS_MODULE = "newscrawl.commands"

# -- politeness -------------------------------------------------------------------------
#: Where site owners can reach whoever runs the crawler; shown in the user agent.
NEWSCRAWL_CONTACT_URL = os.environ.get("NEWSCRAWL_CONTACT_URL", "https://github.com/newscrawl/newscrawl")
USER_AGENT = f"newscrawl/0.1 (+{NEWSCRAWL_CONTACT_URL})"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
# A hostile or broken server cannot make us swallow a huge body: no news page or
# sitemap is anywhere near this (sitemaps are capped at 50 MB by the protocol).
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024
RETRY_TIMES = 3
# 429 and 503 are retried after the server's Retry-After (see newscrawl.middlewares).
RETRY_HTTP_CODES = [500, 502, 504, 522, 524, 408]
EXTENSIONS = {
    # AutoThrottle that robots.txt Crawl-delay can raise (newscrawl.throttle).
    "scrapy.extensions.throttle.AutoThrottle": None,
    "newscrawl.throttle.PoliteThrottle": 0,
    # A run record per crawl in the store (newscrawl.runs).
    "newscrawl.runs.RunRecorder": 500,
}
RUNS_ENABLED = True
DOWNLOADER_MIDDLEWARES = {
    "newscrawl.middlewares.RetryAfterMiddleware": 545,
    # Scrapy's, with a one-line error for a robots.txt that cannot be downloaded.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "newscrawl.middlewares.RobotsTxtMiddleware": 100,
}
#: Longest Retry-After we honour, in seconds; longer waits give the request up.
RETRY_AFTER_MAX = 120
RETRY_AFTER_TIMES = 3

# -- discovery (spiders/news.py) ---------------------------------------------------------
#: Default order of discovery routes; a site's registry entry or -a routes= overrides it.
NEWSCRAWL_ROUTES = ["rest", "news_sitemap", "sitemap", "feed", "archive"]
#: An incremental run asks for articles newer than the last run's newest, less this.
DISCOVERY_OVERLAP_HOURS = 24
#: An article whose fetch failed (5xx, timeout) is fetched again by up to this many later runs.
DISCOVERY_RETRY_RUNS = 5
DISCOVERY_REST_PER_PAGE = 100

# -- browser rendering (scrapy-playwright) ----------------------------------------------------
# Only requests of render = "browser" sites carry meta["playwright"]; every other request
# goes through Scrapy's own HTTP handler untouched. Chromium comes from Debian
# (apt-get install chromium); `playwright install` cannot download browsers here.
NEWSCRAWL_BROWSER_ENABLED = True
NEWSCRAWL_CHROMIUM_PATH = os.environ.get("NEWSCRAWL_CHROMIUM_PATH", "/usr/bin/chromium")
DOWNLOAD_HANDLERS = {
    "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
    "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
}
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = {
    "executable_path": NEWSCRAWL_CHROMIUM_PATH,
    "headless": True,
    "args": [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ],
}
PLAYWRIGHT_MAX_CONTEXTS = 2
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 30_000

# -- pipelines ---------------------------------------------------------------------------
ITEM_PIPELINES = {
    "pipelines.dedupe.DedupePipeline": 700,
    "pipelines.store.StorePipeline": 800,
}

# -- dedupe (newscrawl.dedupe, pipelines/dedupe.py; docs/dedupe.md) ------------------------
DEDUPE_ENABLED = True
#: link: copies kept as light records linked to their story; keep: copies stored in full;
#: drop: copies dropped (counted under item_dropped_reasons_count/DuplicateArticle).
DEDUPE_MODE = "link"
#: Rewrites and translations are looked for among stories this many days apart at most.
DEDUPE_WINDOW_DAYS = 3
DEDUPE_MAX_CANDIDATES = 40
#: Seconds a process waits for another that is creating the same story.
DEDUPE_CLAIM_WAIT = 2.0
#: Items reaching the pipeline in one turn of the event loop are deduplicated in one store
#: transaction, this many at most (1: one an item).
DEDUPE_BATCH_SIZE = 100

# -- store -------------------------------------------------------------------------------------
STORE_ENABLED = True
#: Default store; ``NEWSCRAWL_STORE`` in the environment overrides it.
STORE_URI = "sqlite:///data/newscrawl.sqlite"
#: Items are written in batches of this many, or after STORE_FLUSH_INTERVAL seconds.
STORE_BATCH_SIZE = 100
STORE_FLUSH_INTERVAL = 2.0
#: Seconds to wait for a database server before calling it unreachable.
STORE_CONNECT_TIMEOUT = 5.0
#: Tries per batch before the batch goes to the spool file instead.
STORE_WRITE_RETRIES = 3
STORE_RETRY_BACKOFF = 0.5
#: Batches that could not be written wait here (JSON lines) for the next run to replay.
STORE_SPOOL_DIR = "data/spool"

# -- engine ------------------------------------------------------------------------------------
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
SPIDER_LOADER_CLASS = "newscrawl.spiderloader.SiteSpiderLoader"
#: The spider class each registered site gets (newscrawl.spiderloader).
NEWSCRAWL_SITE_SPIDER = "spiders.news.NewsSpider"
