"""Gathering: crawl a site and produce a serializable site snapshot (see crawler.snapshot)."""
