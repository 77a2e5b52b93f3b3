"""Thin Scrapy item pipelines over newscrawl code."""
