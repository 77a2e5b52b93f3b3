from __future__ import annotations

import asyncio
from datetime import datetime, timezone

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from newscrawl.middlewares import RetryAfterMiddleware, retry_after_seconds


def test_retry_after_values():
    now = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)
    assert retry_after_seconds(b"7") == 7.0
    assert retry_after_seconds("Thu, 01 Jan 2026 12:00:30 GMT", now) == 30.0
    assert retry_after_seconds(b"soon") is None
    assert retry_after_seconds(None) is None


def run(coro):
    return asyncio.new_event_loop().run_until_complete(coro)


def test_waits_then_retries_then_gives_up():
    crawler = get_crawler(settings_dict={"RETRY_AFTER_TIMES": 2, "RETRY_AFTER_MAX": 5})
    crawler.stats.open_spider()
    mw = RetryAfterMiddleware.from_crawler(crawler)
    request = Request("http://127.0.0.1/busy")
    busy = Response(request.url, status=503, headers={"Retry-After": "0"}, request=request)
    retry = run(mw.process_response(request, busy))
    assert isinstance(retry, Request) and retry.meta["retry_after_times"] == 1 and retry.dont_filter
    retry = run(mw.process_response(retry, busy))
    with pytest.raises(IgnoreRequest) as gave_up:
        run(mw.process_response(retry, busy))
    # The status goes with it: a discovery document that stayed busy is read again next run,
    # unlike one robots.txt forbids.
    assert gave_up.value.response.status == 503
    assert crawler.stats.get_value("retry_after/waited") == 2
    assert crawler.stats.get_value("retry_after/gave_up") == 1
    too_long = Response(request.url, status=429, headers={"Retry-After": "3600"}, request=request)
    with pytest.raises(IgnoreRequest):
        run(mw.process_response(request, too_long))
    ok = Response(request.url, status=200, request=request)
    assert run(mw.process_response(request, ok)) is ok
