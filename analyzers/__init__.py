"""Judging: checks over the site snapshot and campaign file (never Scrapy or Playwright)."""
