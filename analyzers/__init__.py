"""Judging: checks over the site snapshot (and the campaign file). Never imports Scrapy/Playwright."""
