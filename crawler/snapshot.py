"""The site snapshot: everything the crawler saw, as plain serializable data.

Analyzers read only this model (never Scrapy or Playwright), so a snapshot saved as JSON can be
re-analyzed later, and two snapshots can be compared for drift.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

PageRole = Literal["home", "optin", "privacy", "terms", "sms_terms", "contact", "about", "agegate"]
PAGE_ROLES: tuple[str, ...] = (
    "home",
    "optin",
    "privacy",
    "terms",
    "sms_terms",
    "contact",
    "about",
    "agegate",
)

SNAPSHOT_VERSION = 1


def now_iso() -> str:
    """A timestamp as snapshots and reports write them (UTC, seconds)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Link(BaseModel):
    """An `<a href>` as a person meets it."""

    # absolute URL (or the raw value for mailto:/tel:/javascript:, and "#id" for an in-page link
    # that opens a layer of the page, Page.overlays: the policy in a modal)
    href: str
    text: str = ""
    visible: bool = True
    region: str = "body"  # "nav", "header", "footer", "form" or "body"
    # only in a layer over the page (a pop-up, a dialog, a cookie banner: Page.overlays), not
    # also in the page's own content
    overlay: bool = False
    # a script link (href="javascript:void(0)") that the renderer clicked and that opened
    # nothing: no link to anything (crawler/js/probe_deadlinks.js)
    dead: bool = False


class Control(BaseModel):
    """One form control with the state a person sees after scripts ran."""

    tag: str  # input, select, textarea, button
    type: str = ""  # text, tel, checkbox, radio, submit, ...
    name: str = ""
    id: str = ""
    label: str = ""  # best label: <label for>, wrapping label, aria-*, nearest text
    placeholder: str = ""
    autocomplete: str = ""
    value: str = ""
    required: bool = False  # `required` attribute, aria-required, or the browser's validity
    checked: bool = False  # DOM property as rendered, not only the HTML attribute
    visible: bool = True
    disabled: bool = False
    selector: str = ""
    html: str = ""  # the control's own markup, trimmed, for evidence
    label_links: list[Link] = Field(default_factory=list)  # links inside the label
    # For checkboxes: does a script refuse the submission while it is unchecked?
    # None when it was not (or could not be) tested.
    blocks_submit_unchecked: bool | None = None
    # ... and when that could not be told because the script refused the form both with the box
    # ticked and unticked, for no reason it showed (it sends in a way the probe does not see)
    refused_either_way: bool = False
    # its state was read after the renderer typed a sample phone number into the form's phone
    # field: the page enables (or shows) the box only once a number is typed, and its script
    # may tick it then (crawler/js/interact.js, data-pvtyped)
    read_after_typing: bool = False
    # prevet's own click turned it on while reaching the form (the "Text me" radio of an
    # "Email me | Text me" switch, chosen so the phone field shows; crawler/js/interact.js,
    # data-pvset): `checked` is then prevet's choice, not the page's default. A box the page's
    # script ticks in answer to that click is not set by prevet
    set_by_prevet: bool = False
    # A <select>'s options as a person reads them, in order, and the one it shows as picked as
    # rendered (the `selected` DOM property: the page's HTML or its script chose it; the first
    # option when none is): a "Text me updates: Yes / No" list is a consent the page may answer
    # for the person, as a box may be ticked for them
    options: list[str] = Field(default_factory=list)
    chosen: str = ""
    # where the control sits in its form's screenshot: x, y, width, height in pixels
    box: list[float] | None = None

    @property
    def preselected(self) -> bool:
        """Is it on without the person choosing it: checked by the page (its HTML, or its
        script, even one answering prevet's click elsewhere), not by prevet's own click on it
        while reaching the form (the "Text me" radio chosen to show the phone field)."""
        return self.checked and not self.set_by_prevet

    @property
    def must_be_ticked(self) -> bool:
        """Can the form not be sent without this box: marked required, or a script refuses it
        unticked? What a person meets either way."""
        return self.required or self.blocks_submit_unchecked is True


class TextBlock(BaseModel):
    """A piece of text a person reads in or next to a form: disclosure candidates."""

    text: str
    visible: bool = True
    where: str = "inside"  # "label", "inside", "before", "after", "page", "overlay"
    selector: str = ""
    font_size: float | None = None  # computed px, when rendered
    contrast: float | None = None  # against the background, when rendered
    collapsed: bool = False  # inside a closed <details>, a collapsed accordion, ...
    # hidden text that the page shows only while the pointer is over something: its words
    # ("(details)" for a CSS tooltip), else ""
    shown_on_hover: str = ""
    # text of a dialog that holds no field and shows only once something is clicked ("SMS
    # terms" beside the box opening a modal with the rates and STOP): the words clicked, else ""
    # (prevet clicked it to look; a person filling the form reads it only if they click too)
    shown_on_click: str = ""
    # "nav", "header" or "footer" when the block sits in a page region of its own that the form
    # is not part of (the site's footer right below a form); else "body"
    region: str = "body"
    links: list[Link] = Field(default_factory=list)


class Form(BaseModel):
    """A `<form>` or a form-like group of controls without one (site builders make many)."""

    selector: str
    action: str = ""
    method: str = "get"
    formless: bool = False
    frame_url: str | None = None  # set when the form lives in an iframe (of any origin)
    visible: bool = True
    controls: list[Control] = Field(default_factory=list)
    texts: list[TextBlock] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    font_size: float | None = None  # typical size of the form's own labels, when rendered
    html: str = ""  # trimmed outer markup, for evidence
    screenshot: str | None = None  # path (relative to the snapshot file) of a PNG of the form
    # how a person reaches a form the page does not show at first ("after clicking 'Get 10%
    # off', entering an email and clicking 'Next'"); "" when it is shown as the page loads
    reached_by: str = ""
    # a step of the form that only a server's answer opens, which prevet does not send: what a
    # person should check by hand; "" when none
    waits_for_server: str = ""
    # the form sits in a layer drawn over most of the page as it loads (a full-screen gate or
    # pop-up the renderer measured, data-pvfixed): what a person meets before the content
    over_page: bool = False
    # sentences a page puts only in the `title` attribute of something in the form (an "i"
    # icon's native tooltip): no text of the page, shown only while the pointer rests on it, and
    # never on a phone; each with the words of what must be hovered in shown_on_hover
    hover_titles: list[TextBlock] = Field(default_factory=list)


class AgeGate(BaseModel):
    """An overlay or interstitial that asks for age before the content."""

    kind: Literal["dob", "yes_no", "checkbox", "unknown"]
    text: str = ""
    selector: str = ""


class Overlay(BaseModel):
    """A layer the page draws over its own content (crawler/overlays.py): a dialog, pop-up,
    slide-in, cookie banner or sticky sign-up bar, in the markup or opened by the renderer.
    Its text is also in the page's text (when shown) or hidden text (when not): the analyzers
    choose whether to read it with the page, apart from it, or as a document of its own."""

    selector: str
    kind: str  # "dialog", "modal" (role=dialog, aria-modal), "fixed", "named" (its id or class)
    shown: bool = False  # shown as the page was read
    title: str = ""  # its aria-label, the text aria-labelledby names, or its first heading
    # its text, one block each, in order, shown or not (a closed dialog still holds a policy)
    blocks: list[TextBlock] = Field(default_factory=list)
    headings: list[str] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)


class Page(BaseModel):
    url: str  # as requested
    final_url: str = ""
    redirects: list[str] = Field(default_factory=list)
    status: int = 0
    content_type: str = ""
    title: str = ""
    text: str = ""  # visible text after scripts ran (static pages: text not hidden in markup)
    hidden_text: list[TextBlock] = Field(default_factory=list)  # text in markup a person can't see
    headings: list[str] = Field(default_factory=list)
    image_alts: list[str] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    rendered: bool = False
    depth: int = 0
    anchor_texts: list[str] = Field(default_factory=list)  # how other pages link to this one
    # how the crawl found the page: start, link, sitemap, guess (a common path tried), given,
    # offsite_policy (the one page on another domain a policy link of the site leads to)
    discovered_by: str = "link"
    text_source: str = "html"  # "html", or "pdf" for a linked PDF read as text
    forms: list[Form] = Field(default_factory=list)
    frames: list[str] = Field(default_factory=list)  # URLs of the frames read with the page
    brand_candidates: dict[str, str] = Field(default_factory=dict)  # source -> name
    agegate: AgeGate | None = None
    js_errors: int = 0
    dialogs: int = 0
    error: str | None = None  # set when the page could not be fetched or read
    nav_text: str = ""  # text of nav/header/footer, kept apart from the content text
    main_text_words: int = 0  # words of real content (not nav, header or footer)
    overlays: list[Overlay] = Field(default_factory=list)  # layers drawn over the content


class TlsInfo(BaseModel):
    checked: bool = False
    valid: bool = True
    error: str = ""


class CrawlStats(BaseModel):
    """What the crawl met and bounded; shown in the report so nothing is silently skipped."""

    pages: int = 0
    rendered_pages: int = 0
    skipped_non_html: int = 0
    skipped_too_large: int = 0
    skipped_offsite: int = 0
    skipped_robots: int = 0
    skipped_trap: int = 0
    skipped_limit: int = 0
    fetch_errors: int = 0
    render_errors: int = 0
    js_errors: int = 0
    dialogs: int = 0
    popups: int = 0
    downloads: int = 0
    notes: list[str] = Field(default_factory=list)
    crawl_seconds: float = 0.0  # wall time of the crawl and rendering, without analysis


class SiteSnapshot(BaseModel):
    version: int = SNAPSHOT_VERSION
    start_url: str
    site: str = ""  # registrable domain of the start URL
    started_at: str = ""
    finished_at: str = ""
    user_agent: str = ""
    render_mode: str = "auto"
    browser: str = ""  # the Chromium that rendered pages, or "" when none was used
    unreachable: str | None = None  # why the start URL could not be fetched at all
    tls: TlsInfo = Field(default_factory=TlsInfo)
    pages: list[Page] = Field(default_factory=list)
    stats: CrawlStats = Field(default_factory=CrawlStats)

    def page(self, url: str) -> Page | None:
        for page in self.pages:
            if url in (page.url, page.final_url):
                return page
        return None

    def pages_with_role(self, role: str) -> list[Page]:
        return [page for page in self.pages if role in page.roles]

    @property
    def home(self) -> Page | None:
        """The site's home page: the first page in the role that answered (a root the crawl
        asked for and got "not found" is no home), else the first page read."""
        homes = [p for p in self.pages_with_role("home") if p.status < 400 and not p.error]
        return homes[0] if homes else (self.pages[0] if self.pages else None)

    def save(self, path: Path) -> None:
        path.write_text(self.model_dump_json(indent=1), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> SiteSnapshot:
        return cls.model_validate_json(path.read_text(encoding="utf-8"))
