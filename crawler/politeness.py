"""Politeness across a cluster: at most N requests in flight per registrable domain, counted in
Redis, whichever worker sends them.

Many client sites of a platform live on one host or one builder's servers; twenty workers each
crawling one of them must not hit that platform twenty times as hard as one crawl does. Each
request takes a slot of its registrable domain before it is downloaded and gives it back when
its response or error comes. A slot is a member of a Redis sorted set scored by when it expires
(the server's clock, so workers' clocks need not agree): a worker killed while holding slots
holds them only until then. Taking a slot is one Lua script (prune the expired, count, add), so
two workers cannot both take the last one.

Two kinds of fetch take slots, through one place (`CrawlSlots.acquire` and `release`):
- a Scrapy request (`DomainSlotsMiddleware`, a downloader middleware), from before its download
  until its response or error;
- a page the browser loads (crawler/rendering.py, `CrawlSlots.holding`), from before the
  navigation until the page is read, its interaction and screenshots included: a render is one
  page load of the site's server, however many of its own scripts and styles it fetches.
Both are on when the crawl's settings name a Redis (PREVET_DOMAIN_SLOTS_URL) and a limit
(PREVET_DOMAIN_SLOTS), off otherwise: a crawl on one machine has Scrapy's own per-domain limit
and needs no server.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from crawler.urls import registrable_domain

log = logging.getLogger(__name__)
KEY_PREFIX = "prevet:domain-slots:"
WAIT_SECONDS = 0.1  # between two tries for a slot of a busy domain
HOLD_MARGIN = 30.0  # a slot outlives its request's download timeout by this much
# a render may take twice the page timeout, its interaction and 5 s (crawler/render.py): a
# render's slot is held for three page timeouts, and the margin
RENDER_TIMEOUTS = 3

# KEYS[1] the domain's set; ARGV: limit, seconds a slot is held, token
_TAKE = """
local now = redis.call('TIME')
local t = tonumber(now[1]) + tonumber(now[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', t)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], t + tonumber(ARGV[2]), ARGV[3])
  local keep = math.ceil(tonumber(ARGV[2])) + 1
  if redis.call('TTL', KEYS[1]) < keep then  -- never shorten a longer slot's life
    redis.call('EXPIRE', KEYS[1], keep)
  end
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

    def take(self, domain: str, token: str, hold: float | None = None) -> bool:
        return bool(
            self._take(keys=[KEY_PREFIX + domain], args=[self.limit, hold or self.hold, token])
        )

    def give_back(self, domain: str, token: str) -> None:
        self.client.zrem(KEY_PREFIX + domain, token)

    def in_use(self, domain: str) -> int:
        """Slots of the domain held now (expired ones not counted)."""
        import time

        return int(self.client.zcount(KEY_PREFIX + domain, time.time(), "+inf"))


class CrawlSlots:
    """One crawl's use of the cluster's slots: the one place that takes and gives back a slot,
    whoever fetches (Scrapy or the browser). If Redis fails, the crawl goes on without the
    limit (impolitely rather than not at all) and says so once."""

    def __init__(self, slots: DomainSlots, render_hold: float):
        self.slots = slots
        self.render_hold = render_hold
        self.held: dict[str, str] = {}  # token -> domain
        self.broken = False

    @classmethod
    def for_crawler(cls, crawler: Any) -> CrawlSlots | None:
        """The crawl's slots (one object, shared by its middleware and its spider), or None
        when the settings name no Redis or no limit."""
        found = getattr(crawler, "prevet_domain_slots", False)
        if found is not False:
            return found
        url = crawler.settings.get("PREVET_DOMAIN_SLOTS_URL")
        limit = crawler.settings.getint("PREVET_DOMAIN_SLOTS")
        slots = None
        if url and limit >= 1:
            timeout = crawler.settings.getfloat("DOWNLOAD_TIMEOUT", 180)
            slots = cls(
                DomainSlots(url, limit, timeout + HOLD_MARGIN),
                render_hold=timeout * RENDER_TIMEOUTS + HOLD_MARGIN,
            )
        crawler.prevet_domain_slots = slots
        return slots

    async def acquire(self, url: str, hold: float | None = None) -> str | None:
        """Wait for a slot of the URL's registrable domain; its token (None: nothing taken,
        for a URL without a domain or once Redis has failed)."""
        domain = registrable_domain(url)
        if not domain or self.broken:
            return None
        token = uuid.uuid4().hex
        while True:
            try:
                taken = self.slots.take(domain, token, hold)
            except Exception as exc:
                self._give_up(exc)
                return None
            if taken:
                self.held[token] = domain
                return token
            await asyncio.sleep(WAIT_SECONDS)

    def release(self, token: str | None) -> None:
        domain = self.held.pop(token, None) if token else None
        if domain is None:
            return
        try:
            self.slots.give_back(domain, token)
        except Exception as exc:  # it expires on its own
            self._give_up(exc)

    @asynccontextmanager
    async def holding(self, url: str) -> AsyncIterator[None]:
        """A slot held for one page the browser loads (a render's time, see RENDER_TIMEOUTS)."""
        token = await self.acquire(url, self.render_hold)
        try:
            yield
        finally:
            self.release(token)

    def release_all(self) -> None:
        for token in list(self.held):
            self.release(token)

    def _give_up(self, exc: Exception) -> None:
        if not self.broken:
            log.warning("per-domain limits are off for this crawl: Redis failed (%s)", exc)
        self.broken = True


class DomainSlotsMiddleware:
    """A slot of the request's domain from before its download until its response or error."""

    def __init__(self, slots: CrawlSlots):
        self.slots = slots

    @classmethod
    def from_crawler(cls, crawler: Any) -> DomainSlotsMiddleware:
        from scrapy import signals
        from scrapy.exceptions import NotConfigured

        slots = CrawlSlots.for_crawler(crawler)
        if slots is None:
            raise NotConfigured
        middleware = cls(slots)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    async def process_request(self, request: Any, spider: Any = None) -> None:
        token = await self.slots.acquire(request.url)
        if token:
            request.meta["prevet_domain_slot"] = token
        return None

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        self.slots.release(request.meta.pop("prevet_domain_slot", None))
        return response

    def process_exception(self, request: Any, exception: Any, spider: Any = None) -> None:
        self.slots.release(request.meta.pop("prevet_domain_slot", None))
        return None

    def spider_closed(self) -> None:
        self.slots.release_all()
