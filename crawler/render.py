"""A pool of headless Chromium tabs (Playwright, asyncio) that renders the pages the crawl picks.

It runs on a thread and event loop of its own (crawler/render_thread.py) while Scrapy crawls.
For each page it waits for scripts to settle (not at all for a document that cannot run any),
does what a reviewer does to reach hidden forms (crawler/js/interact.js: timer pop-ups, lazy
loading, sign-up openers, multi-step forms, quiz funnels, a booking widget's time slots; within
--interact-budget, sending nothing), annotates the DOM with what a person sees
(crawler/js/annotate.js, then every crawler/js/probe_*.js but the consent probe, which submits
the forms and so runs once the page is serialized), and returns the serialized HTML of the page
(shadow roots included, closed ones too: SHADOW_JS) and of its frames, whatever their origin,
plus screenshots of forms that collect a phone number. Tabs are reused from page to page.
Dialogs are dismissed, pop-ups closed, downloads refused: all counted, none fatal.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus, urldefrag, urlsplit

from crawler.browser import desktop_user_agent, launch_args

log = logging.getLogger(__name__)
JS_DIR = Path(__file__).resolve().parent / "js"
BLOCKED_RESOURCES = frozenset({"media", "font", "websocket", "eventsource", "manifest"})
# Top-level domains whose every name is on Chromium's HSTS preload list: the browser rewrites
# http://book.widget.app to https:// before the request leaves (an internal 307), so a host that
# --resolve sends to a server speaking plain http (a staging server, a fixture) never answers
# the browser, though it answers Scrapy. Such a request is fetched from the mapped address
# as asked and handed to the browser (Renderer._fetch_mapped); a host not mapped is left to
# the browser, which upgrades it as every browser does.
HSTS_PRELOADED_TLDS = frozenset(
    {
        "app",
        "dev",
        "page",
        "new",
        "day",
        "foo",
        "zip",
        "mov",
        "boo",
        "dad",
        "esq",
        "gle",
        "ing",
        "meme",
        "nexus",
        "phd",
        "prof",
        "rsvp",
        "channel",
        "bank",
        "insurance",
    }
)
# what the browser would negotiate or compute itself, not to be passed through
HOP_HEADERS = frozenset(
    {"connection", "keep-alive", "transfer-encoding", "content-encoding", "content-length"}
)
# After "load", scripts still build forms and tick boxes. Wait until the DOM has been quiet for
# a moment and the short timers set while loading have fired (not for network idle: analytics
# and chat widgets keep pages from ever going idle).
# A document with nothing that can run (no executable script, no load handler, in it or in its
# same-origin frames) is final at "load", so it is read at once. Resolves "static", "settled",
# or "cap" when the page was still changing (or awaited timers still due) as the cap ran out.
SETTLE_QUIET_MS = 300
SETTLE_MAX_MS = 2500
# Ticking a box (`box.checked = true`) is no DOM mutation, and a script may do it from a timer
# set while the page loaded ("remember my choice", 700 ms after load). Installed in every frame
# before the page's own scripts, this keeps when each pending timer is due, so that settling can
# also wait for the timers set before it began, and interaction for the pop-ups set on longer
# ones (crawler/js/interact.js). It keeps timers up to TIMERS_MAX_MS, under a symbol, not a name
# the page could collide with. It keeps the live intervals too, with their handler's source: a
# pop-up is often shown by an interval that counts seconds on the page and then clears itself,
# which interaction waits for within its budget; and the handler's source of each timer of half
# a second or more: a pop-up's timer that builds a form or a dialog says so in its own code,
# where the page's other scripts (a file the DOM shows only by its URL) may say nothing. And it
# counts the elements scripts watch for coming into view and the scroll listeners on the page
# (lazy loading), which tells interaction that scrolling may show more, and the listeners for
# the pointer leaving the page (exit-intent pop-ups), which tells interaction to leave the page
# once as a reviewer's visit does; and the listeners for a tap on the whole page or on an
# element that is no control, which tell interaction that a bar or a card that invites a tap
# ("tap anywhere to join") opens something when tapped; and the listeners for focus and typing,
# which tell interaction that typing a number in a phone field may show more of its form.
TIMERS_KEY = "prevet.timers"
INTERVALS_KEY = "prevet.intervals"
TIMER_SOURCES_KEY = "prevet.timer_sources"
TIMERS_MAX_MS = 60000
TIMERS_JS = (
    """(() => {
    const nativeSet = window.setTimeout, nativeClear = window.clearTimeout;
    const nativeEvery = window.setInterval, nativeStop = window.clearInterval;
    const due = new Map();  // timer id -> when it fires, in ms since the epoch
    const live = new Map();  // interval id -> {every: ms, source: its handler's source}
    const built = new Map();  // id of a timer of half a second or more -> its handler's source
    window.setTimeout = function (handler, delay, ...args) {
        const ms = Math.max(Number(delay) || 0, 0);
        if (typeof handler !== "function" || ms > TIMERS_MAX_MS) {
            return nativeSet.call(window, handler, delay, ...args);
        }
        const id = nativeSet.call(window, function () {
            due.delete(id);
            built.delete(id);
            return handler.apply(this, arguments);
        }, delay, ...args);
        due.set(id, performance.timeOrigin + performance.now() + ms);
        if (ms >= 500) {
            let source = "";
            try { source = String(handler).slice(0, 4000); } catch (e) { source = ""; }
            built.set(id, source);
        }
        return id;
    };
    window.clearTimeout = function (id) {
        due.delete(id);
        built.delete(id);
        live.delete(id);  // either clear function clears either kind of timer
        return nativeClear.call(window, id);
    };
    window.setInterval = function (handler, delay, ...args) {
        const id = nativeEvery.call(window, handler, delay, ...args);
        if (typeof handler === "function") {
            let source = "";
            try { source = String(handler).slice(0, 4000); } catch (e) { source = ""; }
            live.set(id, {every: Math.max(Number(delay) || 0, 0), source});
        }
        return id;
    };
    window.clearInterval = function (id) {
        live.delete(id);
        due.delete(id);
        return nativeStop.call(window, id);
    };
    Object.defineProperty(window, Symbol.for("TIMERS_KEY"), {value: due});
    Object.defineProperty(window, Symbol.for("INTERVALS_KEY"), {value: live});
    Object.defineProperty(window, Symbol.for("TIMER_SOURCES_KEY"), {value: built});
    const watched = Symbol.for("prevet.watched");
    window[watched] = 0;
    if (window.IntersectionObserver) {
        const observe = IntersectionObserver.prototype.observe;
        IntersectionObserver.prototype.observe = function (target) {
            window[watched] += 1;
            return observe.call(this, target);
        };
    }
    // a scroll listener on the window or the document watches the page come into view too
    const listen = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (type, ...rest) {
        if (type === "scroll" && (this === window || this === document)) window[watched] += 1;
        // the pointer leaving the page (exit intent) is heard on the window or the document
        if ((type === "mouseout" || type === "mouseleave") &&
            (this === window || this === document || this === document.documentElement ||
             this === document.body)) {
            window[Symbol.for("prevet.exit")] = (window[Symbol.for("prevet.exit")] || 0) + 1;
        }
        // a tap heard anywhere on the page (a pop-up opened by the first click, wherever it
        // lands), or on an element that is no control (a bar or a card a person taps)
        if (/^(click|pointerdown|pointerup|mousedown|mouseup|touchstart|touchend)$/.test(type)) {
            if (this === window || this === document || this === document.documentElement ||
                this === document.body) {
                window[Symbol.for("prevet.anyclick")] =
                    (window[Symbol.for("prevet.anyclick")] || 0) + 1;
            } else if (this instanceof Element) {
                this[Symbol.for("prevet.tapped")] = true;
            }
        }
        // typing heard (a field's focus or input, or the same heard from a box around it or
        // the whole page): a phone field whose typing runs the page's code may show more
        if (/^(focus|focusin|input|beforeinput|keydown|keyup|keypress|change)$/.test(type)) {
            if (this === window || this === document) {
                window[Symbol.for("prevet.anytyping")] =
                    (window[Symbol.for("prevet.anytyping")] || 0) + 1;
            } else if (this instanceof Element) {
                this[Symbol.for("prevet.typing")] = true;
            }
        }
        return listen.call(this, type, ...rest);
    };
})();""".replace("TIMERS_MAX_MS", str(TIMERS_MAX_MS))
    .replace("TIMERS_KEY", TIMERS_KEY)
    .replace("INTERVALS_KEY", INTERVALS_KEY)
    .replace("TIMER_SOURCES_KEY", TIMER_SOURCES_KEY)
)
# A web component may attach its shadow root closed (`attachShadow({mode: "closed"})`): a person
# sees and uses the form in it as in an open one, but `el.shadowRoot` is null, so a walk through
# `shadowRoot` (annotation, interaction, the probes, serialization) never sees the form. Of the
# ways to reach such a root, only one sees it whatever the page does later: remember it as it is
# made. Installed in every frame before the page's own scripts, this wraps
# Element.prototype.attachShadow to keep each root it returns in a WeakMap (host -> root) under a
# non-enumerable symbol that only prevet's scripts read, and changes nothing else: the root keeps
# the mode the page asked for (the page's own `el.shadowRoot` stays null for a closed one, so its
# code runs as in any browser), and a host that is removed is forgotten with it. Forcing the mode
# open instead would show the page a root it hid from itself (a component that tests
# `this.shadowRoot` to see whether it has already rendered would render twice); asking the
# DevTools protocol for the closed roots costs a walk of the whole DOM per page from Python, and
# sees only the roots of the moment it asks (not those of a pop-up that interaction opens next).
# Prevet's scripts read `el.shadowRoot || roots.get(el)` (SHADOW_ROOT_OF), and serialization
# hands getHTML the closed roots as it does the open ones. A closed root the HTML declares
# (`<template shadowrootmode="closed">`) is attached by the parser, not by attachShadow: the
# static page reads it (crawler/extract.py unwraps every declarative root), and the renderer
# asks the DevTools protocol for it, only on a page whose HTML declares one (DECLARED_CLOSED;
# Renderer._keep_declared_roots).
SHADOW_ROOTS_KEY = "prevet.shadow_roots"
SHADOW_JS = """(() => {
    const attach = Element.prototype.attachShadow;
    if (typeof attach !== "function") return;
    const roots = new WeakMap();
    Object.defineProperty(window, Symbol.for("SHADOW_ROOTS_KEY"), {value: roots});
    Element.prototype.attachShadow = {
        attachShadow(init) {
            const root = attach.call(this, init);
            roots.set(this, root);
            return root;
        },
    }.attachShadow;
})();""".replace("SHADOW_ROOTS_KEY", SHADOW_ROOTS_KEY)
# how prevet's scripts find an element's shadow root, open or closed (see SHADOW_JS);
# annotate.js, interact.js and probe_consent.js open with the same `shadowOf`
SHADOW_ROOT_OF = (
    "const shadowOf = ((roots) => (el) => el.shadowRoot || (roots && roots.get(el)) || null)("
    '\n    window[Symbol.for("SHADOW_ROOTS_KEY")]);'.replace("SHADOW_ROOTS_KEY", SHADOW_ROOTS_KEY)
)
# a closed shadow root declared in the HTML (`<template shadowrootmode="closed">`, or the
# older `shadowroot="closed"`), which the parser attaches without calling attachShadow
DECLARED_CLOSED = re.compile(
    r"<template\b[^>]*\bshadowroot(?:mode)?\s*=\s*[\"']?closed\b", re.IGNORECASE
)
# run on such a root, in the page's main world: keep it as SHADOW_JS keeps the attached ones
KEEP_ROOT_JS = (
    "function () { const roots = window[Symbol.for('SHADOW_ROOTS_KEY')];"
    " if (roots && this.host) roots.set(this.host, this); }"
).replace("SHADOW_ROOTS_KEY", SHADOW_ROOTS_KEY)
SETTLE_JS = """([quiet, max]) => new Promise((resolve) => {
    const runnable = (doc) => {
        const code = /^(|module|(text|application)\\/(x-)?(java|ecma|j|live)script)$/i;
        for (const s of doc.scripts) {
            if (code.test((s.getAttribute('type') || '').split(';')[0].trim())) return true;
        }
        if (doc.querySelector('[onload],[onpageshow]')) return true;
        for (const frame of doc.querySelectorAll('iframe, frame')) {
            let inner = null;
            try { inner = frame.contentDocument; } catch (e) { inner = null; }
            if (inner && runnable(inner)) return true;
        }
        return false;
    };
    if (!runnable(document)) { resolve("static"); return; }
    // the timers already set (here and in same-origin frames) that fire before the cap
    const deadline = performance.timeOrigin + performance.now() + max;
    const awaited = [];
    const collect = (win) => {
        let due = null;
        try { due = win[Symbol.for("TIMERS_KEY")]; } catch (e) { return; }  // another origin
        for (const [id, at] of due || []) if (at <= deadline) awaited.push([due, id]);
        for (let i = 0; i < win.frames.length; i++) collect(win.frames[i]);
    };
    collect(window);
    // called once the DOM has been quiet for `quiet` ms (every mutation re-arms it)
    const check = () => {
        const pending = awaited.filter(([due, id]) => due.has(id)).map(([due, id]) => due.get(id));
        if (!pending.length) { done(); return; }
        const wait = Math.min(...pending) - performance.timeOrigin - performance.now();
        timer = setTimeout(check, Math.max(wait, 0) + 10);
    };
    let timer = setTimeout(check, quiet);
    const observer = new MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(check, quiet);
    });
    const cap = setTimeout(() => done("cap"), max);
    function done(how = "settled") {
        observer.disconnect(); clearTimeout(cap); clearTimeout(timer); resolve(how);
    }
    observer.observe(document.documentElement, {subtree: true, childList: true, attributes: true,
                                                characterData: true});
})""".replace("TIMERS_KEY", TIMERS_KEY)


# Shadow roots (web components), open or closed (SHADOW_JS), are part of what a person sees: the
# document is serialized with them, each as a declarative <template shadowrootmode> that
# extraction unwraps in place (getHTML serializes every root it is handed, closed ones too).
SERIALIZE_JS = (
    """() => {
    SHADOW_ROOT_OF
    const roots = [];
    const collect = (root) => {
        for (const el of root.querySelectorAll("*")) {
            const shadow = shadowOf(el);
            if (shadow) { roots.push(shadow); collect(shadow); }
        }
    };
    collect(document);
    if (!roots.length || !document.documentElement.getHTML) return null;
    const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>` : "";
    return doctype + document.documentElement.getHTML({shadowRoots: roots});
}"""
).replace("SHADOW_ROOT_OF", SHADOW_ROOT_OF)
# a frame that interaction made appear carries how it was reached onto its own document
FRAME_REACH_JS = "(how) => document.documentElement.setAttribute('data-pvreach', how)"
MAX_FRAMES = 12
# the values crawler/js/interact.js and the consent probe type into fields
SAMPLE_IN_URL = re.compile(r"probe@example\.com|5555550100|=probe\b", re.IGNORECASE)
INTERACT_JS = JS_DIR / "interact.js"
DEFAULT_INTERACT_BUDGET = 8.0


async def _body(response: Any) -> str:
    """The text of a page's response as it arrived ("" when the browser no longer has it)."""
    try:
        return await response.text()
    except Exception:
        return ""


def first_line(exc: BaseException, limit: int = 300) -> str:
    """What to say of a browser error: its first line (Playwright's carry call logs after)."""
    text = str(exc)
    return (text.splitlines()[0] if text else type(exc).__name__)[:limit]


def _script_files() -> list[Path]:
    """The scripts that annotate a page (interaction, which changes it, runs before them)."""
    return [JS_DIR / "annotate.js", *sorted(JS_DIR.glob("probe_*.js"))]


# how a probe gives back the DOM after trying something on the page (a submission, a click):
# the MutationObserver records of what the page's handlers did, undone newest first. The
# consent and dead-link probes write UNDO_MUTATIONS where they use it (see script_text).
UNDO_MUTATIONS = """(records) => {
    for (const record of records.reverse()) {
      try {
        const target = record.target;
        if (record.type === "attributes") {
          const name = record.attributeName, space = record.attributeNamespace;
          if (record.oldValue === null) target.removeAttributeNS(space, name);
          else target.setAttributeNS(space, name, record.oldValue);
        } else if (record.type === "characterData") {
          target.data = record.oldValue;
        } else {
          for (const node of record.addedNodes) {
            if (node.parentNode === target) target.removeChild(node);
          }
          for (const node of record.removedNodes) target.insertBefore(node, record.nextSibling);
        }
      } catch (e) { /* a node the page moved on stays where it is */ }
    }
  }"""


def script_text(path: Path) -> str:
    """A script of crawler/js as the browser runs it: the shared pieces it names filled in."""
    return path.read_text(encoding="utf-8").replace("UNDO_MUTATIONS", UNDO_MUTATIONS)


def _scripts() -> list[str]:
    """Every script run in a rendered page (bench/plain_crawls.py replays the same work)."""
    return [script_text(p) for p in _script_files()]


# The consent probe submits the forms, so the page's own handlers run and may do anything to the
# DOM: it runs after the page is serialized, on boxes stamped data-pvk="<key><n>" before, and
# carry_verdicts() writes its verdicts over those stamps.
CONSENT_PROBE = JS_DIR / "probe_consent.js"
# Boxes in shadow roots, open or closed, are stamped too: they are serialized with the page and
# probed.
STAMP_JS = """(key) => {
    SHADOW_ROOT_OF
    const roots = [document];
    for (let i = 0; i < roots.length; i++) {
        for (const el of roots[i].querySelectorAll("*")) {
            const shadow = shadowOf(el);
            if (shadow) roots.push(shadow);
        }
    }
    return roots.flatMap((root) => Array.from(root.querySelectorAll("form input[type=checkbox]")))
        .map((box, n) => { box.setAttribute("data-pvk", key + n); return box; });
}""".replace("SHADOW_ROOT_OF", SHADOW_ROOT_OF)
VERDICTS_JS = "(boxes) => boxes.map((box) => box.getAttribute('data-pvb'))"


def carry_verdicts(html: str, key: str, verdicts: list[str | None]) -> str:
    """`html` serialized before the consent probe ran, with its verdict on each stamped box:
    data-pvb="<verdict>" in place of data-pvk="<key><n>", nothing where it could not tell.

    The key is drawn afresh for each render, so no text or attribute of the page can match it.
    """

    def verdict(stamp: re.Match[str]) -> str:
        n = int(stamp.group(1))
        mark = verdicts[n] if n < len(verdicts) else None
        return f' data-pvb="{mark}"' if mark else ""

    return re.sub(f' data-pvk="{re.escape(key)}(\\d+)"', verdict, html)


@dataclass
class Rendered:
    url: str
    final_url: str = ""
    status: int = 0
    html: str = ""
    frames: list[tuple[str, str]] = field(default_factory=list)
    error: str | None = None
    js_errors: int = 0
    dialogs: int = 0
    popups: int = 0
    downloads: int = 0
    # how waiting for scripts ended: "static", "settled", "cap" (still changing at the cap) or
    # "navigated"
    settled: str = ""
    # what interaction did in each frame (crawler/js/interact.js's outcome), not kept in the
    # snapshot: each reached form carries how it was reached
    interaction: list[dict[str, Any]] = field(default_factory=list)
    page: Any = None  # the live Playwright page, while screenshots are taken


class Renderer:
    """Lazily launches one browser; `render(url)` is safe to call concurrently (max_tabs)."""

    def __init__(
        self,
        executable: str,
        *,
        resolve: dict[str, str],
        timeout: float,
        ignore_https_errors: bool,
        max_tabs: int = 4,
        interact_budget: float = DEFAULT_INTERACT_BUDGET,
    ):
        self.executable = executable
        self.interact_budget_ms = int(interact_budget * 1000)
        self._interact = INTERACT_JS.read_text(encoding="utf-8")
        self._guarded: set[Any] = set()  # tabs whose page is being interacted with
        self.resolve = resolve
        self.timeout_ms = int(timeout * 1000)
        self.ignore_https_errors = ignore_https_errors
        self._tabs = asyncio.Semaphore(max_tabs)
        self._lock = asyncio.Lock()
        self._front = asyncio.Lock()  # the tab being photographed is the front one
        self._playwright: Any = None
        self._browser: Any = None
        self._context: Any = None
        self._context_tls = ignore_https_errors
        self._idle: list[Any] = []  # open tabs waiting for a page (see _open_tab)
        self._current: dict[Any, Rendered] = {}  # tab -> the render it is doing
        self._scripts = [script_text(p) for p in _script_files() if p != CONSENT_PROBE]
        self._consent_probe = script_text(CONSENT_PROBE)
        self.version = ""

    async def start(self) -> None:
        """Launch the browser ahead of the first page (RenderThread calls this at once)."""
        await self._ensure_started()

    async def _ensure_started(self) -> None:
        async with self._lock:
            if self._browser is None:
                from playwright.async_api import async_playwright

                from crawler.resolve import host_map

                self._playwright = await async_playwright().start()
                self._browser = await self._playwright.chromium.launch(
                    executable_path=self.executable,
                    headless=True,
                    args=launch_args(host_map(self.resolve)),
                )
                self.version = self._browser.version
            if self._context is not None and self._context_tls == self.ignore_https_errors:
                return
            if self._context is not None:  # the certificate check failed after the launch
                self._idle.clear()
                await self._context.close()
            self._context_tls = self.ignore_https_errors
            self._context = await self._browser.new_context(
                user_agent=desktop_user_agent(self.version),
                viewport={"width": 1280, "height": 900},
                ignore_https_errors=self.ignore_https_errors,
                accept_downloads=False,
                service_workers="block",
            )
            self._context.set_default_timeout(self.timeout_ms)
            await self._context.add_init_script(TIMERS_JS)
            await self._context.add_init_script(SHADOW_JS)
            await self._context.route("**/*", self._route)
            # a WebSocket never reaches a server (page.route does not see them)
            await self._context.route_web_socket(re.compile(".*"), self._refuse_socket)

    @staticmethod
    async def _refuse_socket(socket: Any) -> None:
        await socket.close()

    async def _route(self, route: Any) -> None:
        if route.request.resource_type in BLOCKED_RESOURCES or self._sends_data(route.request):
            await route.abort()
        elif (address := self._mapped_plain(route.request)) is not None:
            await self._fetch_mapped(route, address)
        else:
            await route.continue_()

    def _mapped_plain(self, request: Any) -> str | None:
        """The address --resolve sends a plain-http GET or HEAD to, when the browser would
        upgrade it to https for its top-level domain (HSTS_PRELOADED_TLDS:
        "http://book.widget.app/"). Every request of every page passes here: without --resolve
        there is nothing to look up."""
        if not self.resolve or request.method not in ("GET", "HEAD"):
            return None
        from crawler.resolve import lookup

        parts = urlsplit(request.url)
        host = parts.hostname or ""
        if parts.scheme != "http" or host.rsplit(".", 1)[-1] not in HSTS_PRELOADED_TLDS:
            return None
        return lookup(self.resolve, host, parts.port or 80)

    async def _fetch_mapped(self, route: Any, address: str) -> None:
        """Fetch the request from the address --resolve maps its host to, over plain http as
        the URL says, and answer the browser with it (redirects are handed back, not followed:
        the browser follows them through this route again)."""
        import http.client

        request = route.request
        parts = urlsplit(request.url)
        headers = {
            k: v
            for k, v in (await request.all_headers()).items()
            if not k.startswith(":") and k.lower() not in ("host", "accept-encoding")
        }
        headers["Host"] = parts.netloc

        def fetch() -> tuple[int, dict[str, str], bytes]:
            connection = http.client.HTTPConnection(
                address, parts.port or 80, timeout=self.timeout_ms / 1000
            )
            try:
                path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
                connection.request(request.method, path, headers=headers)
                response = connection.getresponse()
                answered: dict[str, str] = {}
                for name, value in response.getheaders():
                    if name.lower() not in HOP_HEADERS:
                        key = name.lower()
                        answered[key] = f"{answered[key]}\n{value}" if key in answered else value
                return response.status, answered, response.read()
            finally:
                connection.close()

        try:
            status, answered, body = await asyncio.to_thread(fetch)
        except OSError as exc:
            log.debug("mapped fetch of %s failed: %s", request.url, exc)
            await route.abort()
            return
        await route.fulfill(status=status, headers=answered, body=body)

    def _sends_data(self, request: Any) -> bool:
        """Could this request carry what interaction typed or chose? Once interaction began on
        a tab: anything but a GET, beacons, GETs that carry a sample value (a tracking pixel
        with the email), and navigations of the page or of a frame already showing something (a
        submitted form); a frame that only now appears may load."""
        if not self._guarded:
            return False
        try:
            frame = request.frame
            if frame.page not in self._guarded:
                return False
        except Exception:  # not a page's request (service workers are blocked altogether)
            return False
        if (
            request.method != "GET"
            or request.resource_type == "ping"
            or SAMPLE_IN_URL.search(unquote_plus(request.url))
        ):
            return True
        if request.is_navigation_request():
            return frame.parent_frame is None or frame.url not in ("", "about:blank")
        return False

    async def render(self, url: str, screenshot_forms: Any = None) -> Rendered:
        """Render url. `screenshot_forms(rendered) -> awaitable` runs while the page is open."""
        await self._ensure_started()
        async with self._tabs:
            try:
                return await asyncio.wait_for(
                    self._render(url, screenshot_forms),
                    # the budget, and once more after waiting for a pop-up (see _reach)
                    timeout=self.timeout_ms / 1000 * 2 + 5 + 2 * self.interact_budget_ms / 1000,
                )
            except TimeoutError:
                return Rendered(url=url, error="rendering timed out")

    async def _render(self, url: str, screenshot_forms: Any) -> Rendered:
        result = Rendered(url=url)
        page = await self._open_tab()
        self._current[page] = result
        reusable = False
        try:
            if urldefrag(page.url)[0] == urldefrag(url)[0] and "#" in url:
                # another route of the same hash-routed app: a fresh document, not a hash change
                # in the last one (which keeps what the last render did to it)
                await page.goto("about:blank")
            response = await page.goto(url, wait_until="load", timeout=self.timeout_ms)
            result.status = response.status if response else 0
            try:
                result.settled = await page.evaluate(SETTLE_JS, [SETTLE_QUIET_MS, SETTLE_MAX_MS])
            except Exception:  # a page that navigates while settling is read as it is
                result.settled = "navigated"
            result.final_url = page.url
            if response is not None and DECLARED_CLOSED.search(await _body(response)):
                await self._keep_declared_roots(page)
            if self.interact_budget_ms > 0:
                result.interaction = await self._reach(page)
            await self._read(page, result)
            if screenshot_forms is not None:
                result.page = page
                try:
                    # Chromium waits ~2 s before taking a picture of a reused tab that is not
                    # the front one: bring it to the front, one tab at a time
                    async with self._front:
                        await page.bring_to_front()
                        await screenshot_forms(result)
                except Exception as exc:
                    log.debug("screenshot failed on %s: %s", url, exc)
                result.page = None
            reusable = True
        except Exception as exc:
            message = first_line(exc)
            if "Download is starting" in message:
                result.downloads += 1
                message = "the URL starts a download"
            result.error = message
        finally:
            self._current.pop(page, None)
            self._guarded.discard(page)
            await self._release_tab(page, reusable)
        return result

    async def _keep_declared_roots(self, page: Any) -> int:
        """Keep the closed shadow roots the page's HTML declared, as SHADOW_JS keeps those that
        scripts attach, so that prevet's scripts read them; returns how many.

        The parser attaches a declared root without calling attachShadow, and no script of the
        page can reach a closed one: only the DevTools protocol sees it (its DOM, pierced, lists
        every root with its mode). Each closed root found is handed to KEEP_ROOT_JS. The walk
        covers the page and the frames of its own process; it costs a protocol round trip per
        page, so it runs only where the HTML declares a closed root (DECLARED_CLOSED)."""
        kept = 0
        try:
            session = await page.context.new_cdp_session(page)
        except Exception as exc:
            log.debug("no DevTools session on %s: %s", page.url, exc)
            return 0
        try:
            tree = await session.send("DOM.getDocument", {"depth": -1, "pierce": True})
            todo = [tree["root"]]
            while todo:
                node = todo.pop()
                for root in node.get("shadowRoots", []):
                    if root.get("shadowRootType") == "closed":
                        found = await session.send(
                            "DOM.resolveNode", {"backendNodeId": root["backendNodeId"]}
                        )
                        await session.send(
                            "Runtime.callFunctionOn",
                            {
                                "objectId": found["object"]["objectId"],
                                "functionDeclaration": KEEP_ROOT_JS,
                            },
                        )
                        kept += 1
                todo.extend(node.get("children", []))
                todo.extend(node.get("shadowRoots", []))
                if "contentDocument" in node:
                    todo.append(node["contentDocument"])
        except Exception as exc:
            log.debug("declared shadow roots unreadable on %s: %s", page.url, exc)
        finally:
            try:
                await session.detach()
            except Exception:
                pass
        return kept

    async def _reach(self, page: Any) -> list[dict[str, Any]]:
        """Do what a reviewer does to find a form (crawler/js/interact.js), in each frame,
        within the page's budget; from here on the tab sends nothing (see _sends_data). Returns
        what each frame's interaction did (its phases, what it reached, whether the budget ran
        out), for the log and for tests that ask why a render took as long as it did. A page
        that shows a pop-up on a timer gets the budget again once the wait is over: at most
        twice the budget."""
        self._guarded.add(page)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.interact_budget_ms / 1000
        outcomes = []
        waited = False
        done: set[Any] = set()
        # a frame that interaction made appear (an embed inserted once scrolled into view, a
        # hosted form opened by a button) is stepped through too, as a reviewer would
        while todo := [frame for frame in self._frames(page) if frame not in done]:
            frame = todo[0]
            done.add(frame)
            left = int((deadline - loop.time()) * 1000)
            if left < 300:
                break
            outcome = await self._evaluate(frame, self._interact, {"budgetMs": left})
            if outcome and outcome.get("phases"):
                log.debug("interaction on %s: %s", frame.url, outcome)
            if isinstance(outcome, dict):
                outcomes.append({"frame": frame.url, **outcome})
                # the wait for a pop-up on a timer is the page's time: the budget starts again
                # after it (interact.js does the same within the frame), once per page
                if not waited and outcome.get("waitedMs"):
                    waited = True
                    deadline += min(outcome["waitedMs"], self.interact_budget_ms) / 1000
        return outcomes

    async def _serialize(self, frame: Any) -> str:
        """The frame's HTML as rendered, with its shadow roots (open or closed)."""
        html = await self._evaluate(frame, SERIALIZE_JS)
        return html if isinstance(html, str) else await frame.content()

    async def _read(self, page: Any, result: Rendered) -> None:
        """Annotate the page and its frames, serialize them, then probe the consent boxes and
        carry the verdicts onto the HTML already read.

        Of the ways to keep the probe's submits out of the snapshot, reading the HTML first is
        the one that cannot leak: stopping the page's submit handlers would hide the very refusal
        the probe looks for, and putting the form back (a clone, or undoing the DOM changes)
        misses what a handler does late (after a fade-out), through a framework that re-renders,
        or elsewhere on the page. The verdicts travel by a per-render stamp on each box; the
        probe still undoes the changes it sees, so that the screenshots taken next match.
        """
        key = f"pv{secrets.token_hex(4)}-"
        frames = self._frames(page)
        stamped = []
        for frame in frames:
            for script in self._scripts:
                await self._evaluate(frame, script)
            stamped.append(await self._evaluate(frame, STAMP_JS, key, handle=True))
        serialized = [await self._serialize(page.main_frame)]
        for frame in frames[1:]:
            try:
                reached = await (await frame.frame_element()).get_attribute("data-pvreach")
                if reached:
                    await self._evaluate(frame, FRAME_REACH_JS, reached)
                serialized.append(await self._serialize(frame))
            except Exception as exc:
                serialized.append(None)
                log.debug("frame %s unreadable: %s", frame.url, exc)
        for n, (frame, boxes, html) in enumerate(zip(frames, stamped, serialized, strict=True)):
            if html is None:
                continue
            verdicts = await self._probe_consent(frame, boxes) if key in html else []
            html = carry_verdicts(html, key, verdicts)
            if n == 0:
                result.html = html
            else:
                result.frames.append((frame.url, html))

    @staticmethod
    async def _evaluate(frame: Any, script: str, arg: Any = None, handle: bool = False) -> Any:
        """Run a script in a frame; one failing must not lose the page (it reads as None)."""
        try:
            if handle:
                return await frame.evaluate_handle(script, arg)
            return await frame.evaluate(script, arg)
        except Exception as exc:
            log.debug("script failed on %s: %s", frame.url, exc)
            return None

    async def _probe_consent(self, frame: Any, boxes: Any) -> list[str | None]:
        """The consent probe's verdict on each box of `boxes` (a handle on the stamped boxes),
        read through the handle: a box the page's handlers removed from the DOM still answers."""
        if boxes is None or await self._evaluate(frame, self._consent_probe) is None:
            return []
        try:
            return await boxes.evaluate(VERDICTS_JS)
        except Exception as exc:
            log.debug("consent verdicts unreadable on %s: %s", frame.url, exc)
            return []

    async def _open_tab(self) -> Any:
        """An idle tab, else a new one: opening a tab costs Chromium ~100 ms, reusing it none."""
        while self._idle:
            page = self._idle.pop()
            if not page.is_closed():
                return page
        page = await self._context.new_page()
        self._watch(page)
        return page

    async def _release_tab(self, page: Any, reusable: bool) -> None:
        """Keep a tab that finished its page normally (the next page replaces it; blanking it
        in between cost more than it saved); close one that failed or timed out."""
        if reusable and not page.is_closed():
            self._idle.append(page)
            return
        try:
            await asyncio.wait_for(page.close(), timeout=5)
        except Exception:
            pass

    def _watch(self, page: Any) -> None:
        """Dismiss dialogs, close pop-ups, refuse downloads, and count each (and each script
        error) into the render the tab is doing."""

        def count(field: str) -> None:
            result = self._current.get(page)
            if result is not None:
                setattr(result, field, getattr(result, field) + 1)

        def on_dialog(dialog: Any) -> None:
            count("dialogs")
            # leaving the page must not be refused, or the tab could not be reused
            answer = dialog.accept if dialog.type == "beforeunload" else dialog.dismiss
            asyncio.ensure_future(answer())

        def on_popup(popup: Any) -> None:
            count("popups")
            asyncio.ensure_future(popup.close())

        def on_download(download: Any) -> None:
            count("downloads")
            asyncio.ensure_future(download.cancel())

        page.on("dialog", on_dialog)
        page.on("popup", on_popup)
        page.on("download", on_download)
        page.on("pageerror", lambda _error: count("js_errors"))

    @staticmethod
    def _frames(page: Any) -> list[Any]:
        """The main frame and its child frames, whatever their origin (a hosted form builder's
        or a policy generator's frame is read like the page), but not empty ones."""
        frames = [page.main_frame]
        for frame in page.frames[1:]:
            if len(frames) > MAX_FRAMES:
                break
            if (
                urlsplit(frame.url).scheme in ("http", "https", "about")
                and frame.url != "about:blank"
                and not frame.is_detached()
            ):
                frames.append(frame)
        return frames

    async def close(self) -> None:
        for closer in (self._context, self._browser):
            if closer is not None:
                try:
                    await asyncio.wait_for(closer.close(), timeout=10)
                except Exception:
                    pass
        if self._playwright is not None:
            try:
                await self._playwright.stop()
            except Exception:
                pass


async def screenshot_form(
    page: Any,
    selector: str,
    path: Path,
    frame_url: str | None = None,
    control_selectors: list[str] | None = None,
) -> dict[str, list[float]] | None:
    """A PNG of the form with its surroundings (where disclosures sit), padded, in page space.

    Returns where each of `control_selectors` sits in the picture ({selector: [x, y, w, h]}),
    so the report can outline the control a finding is about; None when no picture was taken.
    """
    if frame_url:
        frame = next((f for f in page.frames if f.url == frame_url), None)
        if frame is None:
            return None
        await frame.locator(selector).first.screenshot(path=str(path), timeout=3000)
        return {}
    geometry = await page.evaluate(
        """([selector, controls]) => {
            const el = document.querySelector(selector);
            if (!el) return null;
            const place = (node) => {
                const r = node.getBoundingClientRect();
                return [r.left + window.scrollX, r.top + window.scrollY, r.width, r.height];
            };
            const boxes = {};
            for (const s of controls) {
                const c = document.querySelector(s);
                if (c) boxes[s] = place(c);
            }
            return {form: place(el), boxes,
                    pageWidth: document.documentElement.scrollWidth,
                    pageHeight: document.documentElement.scrollHeight};
        }""",
        [selector, control_selectors or []],
    )
    if not geometry:
        return None
    fx, fy, fw, fh = geometry["form"]
    if fw < 2 or fh < 2:
        return None
    x, y = max(0, fx - 24), max(0, fy - 60)
    width = min(geometry["pageWidth"] - x, fw + 48)
    height = min(geometry["pageHeight"] - y, fh + 60 + 160)
    await page.screenshot(
        path=str(path),
        full_page=True,
        timeout=5000,
        clip={"x": x, "y": y, "width": width, "height": height},
    )
    return {
        s: [round(bx - x, 1), round(by - y, 1), round(bw, 1), round(bh, 1)]
        for s, (bx, by, bw, bh) in geometry["boxes"].items()
    }
