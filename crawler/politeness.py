"""Politeness across a cluster: at most N requests in flight per registrable domain, counted in
Redis, whichever worker sends them.

Many client sites of a platform live on one host or one builder's servers; twenty workers each
crawling one of them must not hit that platform twenty times as hard as one crawl does. Each
request takes a slot of its registrable domain before it is downloaded and gives it back when
its response or error comes. A slot is a member of a Redis sorted set scored by when it expires
(the server's clock, so workers' clocks need not agree): a worker killed while holding slots
holds them only until then. Taking a slot is one Lua script (prune the expired, count, add), so
two workers cannot both take the last one.

`DomainSlotsMiddleware` is a Scrapy downloader middleware, on when the crawl's settings name a
Redis (PREVET_DOMAIN_SLOTS_URL) and a limit (PREVET_DOMAIN_SLOTS), off (NotConfigured) otherwise:
a crawl on one machine has Scrapy's own per-domain limit and needs no server. Pages rendered in
the browser are fetched by the browser, outside Scrapy: they are not counted here.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any

from crawler.urls import registrable_domain

log = logging.getLogger(__name__)
KEY_PREFIX = "prevet:domain-slots:"
WAIT_SECONDS = 0.1  # between two tries for a slot of a busy domain
HOLD_MARGIN = 30.0  # a slot outlives its request's download timeout by this much

# KEYS[1] the domain's set; ARGV: limit, seconds a slot is held, token
_TAKE = """
local now = redis.call('TIME')
local t = tonumber(now[1]) + tonumber(now[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', t)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], t + tonumber(ARGV[2]), ARGV[3])
  redis.call('EXPIRE', KEYS[1], math.ceil(tonumber(ARGV[2])) + 1)
  return 1
end
return 0
"""


class DomainSlots:
    """A counting semaphore per registrable domain, in Redis, with slots that expire."""

    def __init__(self, url: str, limit: int, hold: float):
        import redis

        self.limit = limit
        self.hold = hold
        self.client = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
        self._take = self.client.register_script(_TAKE)

    def take(self, domain: str, token: str) -> bool:
        return bool(self._take(keys=[KEY_PREFIX + domain], args=[self.limit, self.hold, token]))

    def give_back(self, domain: str, token: str) -> None:
        self.client.zrem(KEY_PREFIX + domain, token)

    def in_use(self, domain: str) -> int:
        """Slots of the domain held now (expired ones not counted)."""
        import time

        return int(self.client.zcount(KEY_PREFIX + domain, time.time(), "+inf"))


class DomainSlotsMiddleware:
    """Takes a slot of the request's domain before the download, gives it back after."""

    def __init__(self, slots: DomainSlots):
        self.slots = slots
        self.held: dict[str, tuple[str, str]] = {}  # token -> (domain, token)
        self.broken = False

    @classmethod
    def from_crawler(cls, crawler: Any) -> DomainSlotsMiddleware:
        from scrapy import signals
        from scrapy.exceptions import NotConfigured

        url = crawler.settings.get("PREVET_DOMAIN_SLOTS_URL")
        limit = crawler.settings.getint("PREVET_DOMAIN_SLOTS")
        if not url or limit < 1:
            raise NotConfigured
        hold = crawler.settings.getfloat("DOWNLOAD_TIMEOUT", 180) + HOLD_MARGIN
        middleware = cls(DomainSlots(url, limit, hold))
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    async def process_request(self, request: Any, spider: Any = None) -> None:
        domain = registrable_domain(request.url)
        if not domain or self.broken:
            return None
        token = uuid.uuid4().hex
        while True:
            try:
                taken = self.slots.take(domain, token)
            except Exception as exc:  # Redis gone: crawl on, impolitely rather than not at all
                self._give_up(exc)
                return None
            if taken:
                break
            await asyncio.sleep(WAIT_SECONDS)
        request.meta["prevet_domain_slot"] = token
        self.held[token] = (domain, token)
        return None

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        self._release(request)
        return response

    def process_exception(self, request: Any, exception: Any, spider: Any = None) -> None:
        self._release(request)
        return None

    def spider_closed(self) -> None:
        for domain, token in list(self.held.values()):
            self._give_back(domain, token)
        self.held.clear()

    def _release(self, request: Any) -> None:
        token = request.meta.pop("prevet_domain_slot", None)
        if token and token in self.held:
            self._give_back(*self.held.pop(token))

    def _give_back(self, domain: str, token: str) -> None:
        try:
            self.slots.give_back(domain, token)
        except Exception as exc:  # it expires on its own
            self._give_up(exc)

    def _give_up(self, exc: Exception) -> None:
        if not self.broken:
            log.warning("per-domain limits are off for this crawl: Redis failed (%s)", exc)
        self.broken = True
