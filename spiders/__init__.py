"""Thin Scrapy spiders over newscrawl: one per registered site."""
