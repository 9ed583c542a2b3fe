"""Scrapy's DNS resolver answering the names given with `--resolve` first (see resolve.py)."""

from __future__ import annotations

from typing import Any

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer

from crawler.resolve import host_map
from crawler.urls import is_ip


class MappedResolver(CachingThreadedResolver):
    """Scrapy's resolver, answering mapped names from the --resolve table first."""

    mapping: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> MappedResolver:
        resolver = super().from_crawler(crawler, reactor)
        resolver.mapping = host_map(crawler.settings.getdict("PREVET_RESOLVE"))
        return resolver

    def getHostByName(self, name: str, timeout: Any = ()) -> defer.Deferred:  # noqa: N802
        address = self.mapping.get(name.lower())
        if address:
            return defer.succeed(address)
        if is_ip(name):  # an IP literal ([::1] too: the threaded lookup is IPv4-only)
            return defer.succeed(name.strip("[]"))
        return super().getHostByName(name, timeout)
