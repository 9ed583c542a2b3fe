"""Reference crawls for bench/crawl_bench.py (not part of prevet).

  plain URL RESOLVE                  a minimal Scrapy crawl following every same-site link
  scrapy-playwright URL RESOLVE SET  the same, also rendering the URLs in SET (a JSON list) with
                                     scrapy-playwright and running prevet's annotate.js in them
  plain-all LIST                     plain crawls of every site in LIST (a JSON list of
                                     [URL, RESOLVE]), all in one process

Prints {"pages": N, "rendered": M} as the last line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.linkextractors import LinkExtractor

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.browser import find_chromium, launch_args  # noqa: E402
from crawler.resolve import host_map, parse_resolve  # noqa: E402

COUNTS = {"pages": 0, "rendered": 0}


class PlainSpider(scrapy.Spider):
    name = "plain"

    def __init__(self, start: str, render: list[str], **kwargs):
        super().__init__(**kwargs)
        self.start_url = start
        self.render = {u.rstrip("/") for u in render}
        self.netloc = urlsplit(start).netloc
        self.links = LinkExtractor()
        from crawler.render import SETTLE_JS, SETTLE_MAX_MS, SETTLE_QUIET_MS, _scripts

        # the same work prevet does in each rendered page: settle, annotate, probes
        self.page_methods = [("evaluate", SETTLE_JS, [SETTLE_QUIET_MS, SETTLE_MAX_MS])] + [
            ("evaluate", script) for script in _scripts()
        ]

    async def start(self):
        yield scrapy.Request(self.start_url, callback=self.parse)

    def parse(self, response):
        COUNTS["pages"] += 1
        if response.url.rstrip("/") in self.render:
            from scrapy_playwright.page import PageMethod

            yield scrapy.Request(
                response.url,
                callback=self.parse_rendered,
                dont_filter=True,
                meta={
                    "playwright": True,
                    "playwright_page_methods": [
                        PageMethod(*method) for method in self.page_methods
                    ],
                    "playwright_page_init_callback": _add_timer_script,
                },
            )
        for link in self.links.extract_links(response):
            if urlsplit(link.url).netloc == self.netloc:
                yield scrapy.Request(link.url, callback=self.parse)

    def parse_rendered(self, response):
        COUNTS["rendered"] += 1


async def _add_timer_script(page, _request) -> None:
    """The script prevet's renderer loads before a page's own (settling waits for its timers)."""
    from crawler.render import TIMERS_JS

    await page.add_init_script(TIMERS_JS)


def main() -> int:
    mode = sys.argv[1]
    if mode == "plain-all":
        sites = json.loads(Path(sys.argv[2]).read_text())
        starts, mapping = [url for url, _ in sites], parse_resolve([r for _, r in sites])
    else:
        url, resolve = sys.argv[2], sys.argv[3]
        starts, mapping = [url], parse_resolve([resolve])
    render = json.loads(Path(sys.argv[4]).read_text()) if mode == "scrapy-playwright" else []
    settings = {
        "LOG_LEVEL": "ERROR",
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
        "ROBOTSTXT_OBEY": True,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        "TWISTED_DNS_RESOLVER": "crawler.mapped_resolver.MappedResolver",
        "PREVET_RESOLVE": mapping,
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
    }
    if mode == "scrapy-playwright":
        settings.update(
            {
                "DOWNLOAD_HANDLERS": {
                    "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
                    "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
                },
                "PLAYWRIGHT_BROWSER_TYPE": "chromium",
                "PLAYWRIGHT_LAUNCH_OPTIONS": {
                    "executable_path": find_chromium(),
                    "headless": True,
                    "args": launch_args(host_map(mapping)),
                },
                "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 4,
            }
        )
    process = CrawlerProcess(settings)
    for start in starts:
        process.crawl(PlainSpider, start=start, render=render)
    process.start()
    print(json.dumps(COUNTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
