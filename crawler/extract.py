"""Pure extraction: HTML (static, or annotated by the browser) -> the page's artifacts.

The browser contributes what only it knows by annotating the DOM before it is serialized
(`render_annotate.js`): `data-pvh="1"` on elements a person cannot see, `data-pvc`/`data-pvr` for
a control's checked/required state as rendered, `data-pvfs`/`data-pvct` for font size and
contrast. Static pages have no annotations and are judged by their markup (hidden attributes,
inline display:none). The same functions serve both, so they are tested on strings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import lxml.html
from cssselect import SelectorError
from lxml import etree

from crawler.overlays import Layer, find_layers, opens_layer, within
from crawler.regions import region_of
from crawler.snapshot import Link, Overlay, Page, TextBlock

SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "meta",
        "link",
        "svg",
        "canvas",
        "iframe",
        "object",
        "embed",
    }
)
BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "label",
        "legend",
        "li",
        "main",
        "nav",
        "ol",
        "option",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "td",
        "th",
        "tr",
        "ul",
        "button",
        "select",
        "textarea",
    }
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"(?:©|&copy;|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4})?)?\s*,?\s*"
    r"([A-Z0-9][\w&'’.,\- ]{1,60}?)(?:\.(?:\s|$)|,|\s*[|·•–—]|\s+all rights|\s*$)",
    re.IGNORECASE,
)
_WS = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_ANY_WS = re.compile(r"[\s\u00a0\u200b]+")


def parse_html(html: str | bytes) -> etree._Element:
    """Parse any HTML, however malformed, into an lxml tree (never raises on content)."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    html = html.strip() or "<html></html>"
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return lxml.html.document_fromstring("<html><body></body></html>")
    _unwrap_shadow_roots(root)
    _place_generated_text(root)
    return root


def _place_generated_text(root: etree._Element) -> None:
    """Words the page's CSS draws before or after an element (`::before` / `::after`
    `content`, which the renderer records as data-pvbefore / data-pvafter: crawler/js/annotate.js)
    are read where a person sees them: first and last in the element's text. A consent label
    whose markup says only "Details in our Privacy Policy." while its CSS draws "Yes, text me
    reminders from Acme. " before it reads as the one sentence block on the screen."""
    for el in root.xpath("//*[@data-pvbefore or @data-pvafter]"):
        before = el.attrib.pop("data-pvbefore", "")
        after = el.attrib.pop("data-pvafter", "")
        if before:
            el.text = before + (el.text or "")
        if not after:
            continue
        if len(el):
            el[-1].tail = (el[-1].tail or "") + after
        else:
            el.text = (el.text or "") + after


def _unwrap_shadow_roots(root: etree._Element) -> None:
    """A declarative shadow root (`<template shadowrootmode>`, as the renderer serializes open
    ones, or as a server renders them) is content a person sees: read it in place of the
    template, before the host's own children."""
    for template in list(root.iter("template")):
        if template.get("shadowrootmode") or template.get("shadowroot"):
            template.drop_tag()


def is_hidden(el: etree._Element) -> bool:
    """Is this element itself hidden (not counting ancestors)?"""
    if el.get("data-pvh") == "1":
        return True
    if el.get("data-pvh") == "0":
        return False
    if el.get("hidden") is not None or el.get("type", "").lower() == "hidden" and el.tag == "input":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def is_visible(el: etree._Element) -> bool:
    """Visible when neither it nor any ancestor is hidden (and no closed <details> hides it)."""
    node: etree._Element | None = el
    child = None
    while node is not None:
        if is_hidden(node):
            return False
        if (
            node.tag == "details"
            and node.get("open") is None
            and node.get("data-pvh") is None
            and child is not None
            and child.tag != "summary"
        ):
            return False
        child, node = node, node.getparent()
    return True


def clean_text(text: str) -> str:
    lines = [_WS.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


@dataclass
class Block:
    """A run of text between block boundaries, with the element that holds it."""

    element: etree._Element
    parts: list[str] = field(default_factory=list)
    visible: bool = True
    # the elements whose own text the block's words are (an inline <span> or <small> inside a
    # form holds its fine print while the block is the form's), and how many characters each
    writers: list[tuple[etree._Element, int]] = field(default_factory=list)

    @property
    def text(self) -> str:
        # a block is one paragraph: line breaks in the source are just spaces
        return _ANY_WS.sub(" ", "".join(self.parts)).strip()

    def add(self, text: str, writer: etree._Element) -> None:
        self.parts.append(text)
        if text.strip():
            self.writers.append((writer, len(text.strip())))

    @property
    def styled_by(self) -> etree._Element:
        """The element whose style most of the block's words are set in: the block's own
        element, unless inline children hold most of its text. `<form>Join <span
        style="font-size:9px">By opting in ...</span></form>` reads in the span's 9px, not
        in the form's size (a form holding only whitespace has none measured)."""
        chars: dict[int, int] = {}
        by_id: dict[int, etree._Element] = {}
        for writer, count in self.writers:
            chars[id(writer)] = chars.get(id(writer), 0) + count
            by_id[id(writer)] = writer
        if not chars:
            return self.element
        return by_id[max(chars, key=lambda key: chars[key])]


def text_blocks(
    root: etree._Element,
    *,
    include_hidden: bool = True,
    skip: frozenset[str] = SKIP_TAGS,
    breaks: frozenset[int] = frozenset(),
) -> list[Block]:
    """Split an element's text into blocks at block-level boundaries, tracking visibility.
    `breaks` holds the ids of more elements that are blocks of their own (a pop-up built of
    custom elements: its text never runs into the page's)."""
    blocks: list[Block] = []
    visible_root = is_visible(root)

    def new_block(el: etree._Element, visible: bool) -> Block:
        block = Block(el, visible=visible)
        blocks.append(block)
        return block

    def walk(el: etree._Element, visible: bool, current: Block) -> Block:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in skip:
            return current
        here_visible = visible and not is_hidden(el)
        if not here_visible and not include_hidden:
            return current
        own_block = tag in BLOCK_TAGS or id(el) in breaks
        starts_block = own_block or here_visible != current.visible
        if starts_block:
            current = new_block(el, here_visible)
        if el.text:
            current.add(el.text, el)
        if tag in ("input",) and el.get("type", "").lower() in ("submit", "button"):
            current.add(" " + el.get("value", "") + " ", el)
        for child in el:
            closed_details = (
                tag == "details"
                and el.get("open") is None
                and el.get("data-pvh") is None
                and getattr(child, "tag", "") != "summary"
            )
            child_visible = here_visible and not closed_details
            current = walk(child, child_visible, current)
            if child.tail:
                if current.visible != here_visible:
                    current = new_block(el, here_visible)
                current.add(child.tail, el)
        if own_block:
            current = new_block(el.getparent() if el.getparent() is not None else el, visible)
        return current

    walk(root, visible_root, new_block(root, visible_root))
    return [b for b in blocks if b.text]


def visible_text(root: etree._Element) -> str:
    return clean_text("\n".join(b.text for b in text_blocks(root, include_hidden=False)))


_HASH_ROUTE_HREF = re.compile(r"^#!?/[^/\s]")


def _link_elements(root: etree._Element) -> Iterator[etree._Element]:
    """Anchors, and the controls the renderer's interaction saw move a hash-routed app to
    another route (data-pvroute, crawler/js/interact.js): a "Continue with phone" button that
    shows the "#/join/phone" route links to it, as a person reaches that route by clicking."""
    for el in root.iter():
        if isinstance(el.tag, str) and (el.tag in ("a", "area") or el.get("data-pvroute")):
            yield el


def extract_links(
    root: etree._Element, base_url: str, layers: list[Layer] | None = None
) -> list[Link]:
    """The page's links, one per target and text. A link that is only in a layer over the page
    (`layers`: a pop-up, a dialog) says so (`overlay`); one also in the page's own content is
    the page's, where it sits there."""
    links: list[Link] = []
    seen: dict[tuple[str, str], int] = {}
    for anchor in _link_elements(root):
        href = (anchor.get("href") or anchor.get("data-pvroute") or "").strip()
        in_page = href.startswith("#") and not _HASH_ROUTE_HREF.match(href)
        if not href or in_page and not opens_layer(anchor, href[1:]):
            continue  # an anchor in the page; a hash-routed app's "#/privacy" is a page
        lowered = href.lower()
        absolute = (
            href  # "#id" of a layer the link opens (the policy in a modal): not a page to fetch
            if in_page or lowered.startswith(("mailto:", "tel:", "sms:", "javascript:"))
            else urljoin(base_url, href)
        )
        text = (
            _WS.sub(" ", anchor.text_content()).strip()
            or anchor.get("aria-label", "")
            or anchor.get("title", "")
        )
        if not text:
            img = next(anchor.iter("img"), None)
            text = img.get("alt", "") if img is not None else ""
        key = (absolute, text)
        overlay = bool(layers) and within(anchor, layers or [])
        if key in seen and (overlay or not links[seen[key]].overlay):
            continue
        link = Link(
            href=absolute,
            text=text[:200],
            visible=is_visible(anchor),
            region=region_of(anchor),
            overlay=overlay,
            dead=anchor.get("data-pvdead") == "1",
        )
        if key in seen:
            links[seen[key]] = link  # met first in a pop-up, and also in the page itself
            continue
        seen[key] = len(links)
        links.append(link)
    return links


def _meta(root: etree._Element, *names: str) -> str:
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in names and meta.get("content"):
            return meta.get("content", "").strip()
    return ""


_NOT_ORGANIZATION = frozenset(
    {
        "WebPage",
        "WebSite",
        "BreadcrumbList",
        "ListItem",
        "Product",
        "Offer",
        "AggregateOffer",
        "Person",
        "ImageObject",
        "VideoObject",
        "SearchAction",
        "FAQPage",
        "Question",
        "Answer",
        "Article",
        "BlogPosting",
        "NewsArticle",
        "Event",
        "Review",
        "AggregateRating",
        "Rating",
        "PostalAddress",
        "GeoCoordinates",
        "ContactPoint",
        "OpeningHoursSpecification",
        "Brand",
        "Thing",
        "ItemList",
        "SiteNavigationElement",
        "CollectionPage",
        "AboutPage",
        "ContactPage",
        "EntryPoint",
        "PropertyValue",
        "Place",
        "Service",
        "HowTo",
        "Recipe",
        "Course",
        "JobPosting",
    }
)


def _schema_org_name(root: etree._Element) -> str:
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, TypeError):
            continue
        for item in _walk_json(data):
            kind = item.get("@type")
            kinds = [k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]
            # schema.org has hundreds of business types (Dentist, Plumber, ...): take any typed
            # thing with a name that is not a page, a product, a person or a piece of content
            if kinds and not _NOT_ORGANIZATION.intersection(kinds):
                name = item.get("name")
                if isinstance(name, str) and name.strip():
                    return name.strip()
    return ""


def _walk_json(data: object) -> Iterator[dict]:
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _walk_json(value)
    elif isinstance(data, list):
        for value in data:
            yield from _walk_json(value)


def _name_text(el: etree._Element) -> str:
    """A logo's text. Responsive headers often hold the name twice, short and long ("Solari" for
    phones, "Solari Storage" for desktops, one hidden by CSS): children whose texts are one
    inside another are alternatives, and the longest is the name, not their concatenation."""
    joined = _ANY_WS.sub(" ", " ".join(el.itertext())).strip()
    parts = [
        _ANY_WS.sub(" ", " ".join(child.itertext())).strip()
        for child in el
        if isinstance(child.tag, str)
    ]
    parts = [part for part in parts if part]
    if len(parts) < 2 or (el.text or "").strip():
        return joined
    longest = max(parts, key=len)
    if all(part.lower() in longest.lower() for part in parts):
        return longest
    return joined


def brand_candidates(root: etree._Element, text: str) -> dict[str, str]:
    """Where a page states the business's name: og:site_name, schema.org, logo, copyright."""
    found: dict[str, str] = {}
    if value := _meta(root, "og:site_name"):
        found["og_site_name"] = value
    if value := _meta(root, "application-name", "apple-mobile-web-app-title"):
        found["application_name"] = value
    if value := _schema_org_name(root):
        found["schema_org"] = value
    for img in root.iter("img"):
        hints = " ".join(img.get(a, "") for a in ("class", "id", "src", "alt")).lower()
        alt = (img.get("alt") or "").strip()
        if "logo" in hints and alt:
            found["logo_alt"] = re.sub(r"\s*logo\s*$", "", alt, flags=re.IGNORECASE).strip()
            break
    for el in root.iter("a", "div", "span", "p", "strong", "h1", "h2"):
        hints = f"{el.get('class', '')} {el.get('id', '')}".lower()
        if re.search(r"(^|[\s_-])(logo|brand|site-title|site-name|navbar-brand)([\s_-]|$)", hints):
            words = _name_text(el)
            if 1 < len(words) <= 40 and len(words.split()) <= 5 and "logo_text" not in found:
                found["logo_text"] = words
    match = _COPYRIGHT.search(text)
    if match:
        name = match.group(1).strip(" .,-")
        # "… Wrenfield Buyers Inc. © 2026" names no one after the sign: a year is no name
        if re.search(r"[^\W\d_]", name) and not name.lower().startswith(("all rights", "by")):
            found["copyright"] = name
    return {k: v[:100] for k, v in found.items() if v}


def extract_page(
    html: str | bytes | etree._Element, url: str, *, final_url: str | None = None, status: int = 200
) -> Page:
    """Everything but the forms: title, visible text, links, headings, brand candidates."""
    root = html if isinstance(html, etree._Element) else parse_html(html)
    base = root.find(".//base")
    base_url = (
        urljoin(final_url or url, base.get("href"))
        if base is not None and base.get("href")
        else (final_url or url)
    )
    title_el = root.find(".//title")
    title = _WS.sub(" ", title_el.text_content()).strip() if title_el is not None else ""
    body = root.find("body")
    body = body if body is not None else root
    layers = find_layers(root)
    blocks = text_blocks(body, breaks=frozenset(id(layer.element) for layer in layers))
    visible_blocks = [b for b in blocks if b.visible]
    text = clean_text("\n".join(b.text for b in visible_blocks))
    chrome_blocks = [
        b for b in visible_blocks if region_of(b.element) in ("nav", "header", "footer")
    ]
    chrome_ids = {id(b) for b in chrome_blocks}
    main_words = sum(len(b.text.split()) for b in visible_blocks if id(b) not in chrome_ids)
    hidden = [
        TextBlock(text=b.text[:2000], visible=False, where="page", selector=css_selector(b.element))
        for b in blocks
        if not b.visible and len(b.text) > 3
    ][:_MAX_HIDDEN_BLOCKS]
    headings = [
        _WS.sub(" ", h.text_content()).strip() for h in body.iter("h1", "h2", "h3") if is_visible(h)
    ]
    alts = [img.get("alt", "").strip() for img in body.iter("img") if img.get("alt")]
    return Page(
        url=url,
        final_url=final_url or url,
        status=status,
        content_type="text/html",
        title=title[:300],
        text=text,
        hidden_text=hidden,
        headings=[h for h in headings if h][:400],
        image_alts=alts[:200],
        links=extract_links(body, base_url, layers),
        brand_candidates=brand_candidates(root, text),
        nav_text=clean_text("\n".join(b.text for b in chrome_blocks))[:5000],
        main_text_words=main_words,
        overlays=[_overlay(layer, blocks, base_url) for layer in layers[:_MAX_OVERLAYS]],
    )


_MAX_OVERLAYS = 20
# hidden text holds the panels of tabbed and folded policies (analyzers/policy/panels.py): a
# legal page with its privacy policy, terms and SMS terms in tabs hides hundreds of blocks
_MAX_HIDDEN_BLOCKS = 600
_MAX_OVERLAY_BLOCKS = 600


def _overlay(layer: Layer, blocks: list[Block], base_url: str) -> Overlay:
    """A layer as the snapshot keeps it: its blocks of text (the same blocks as the page's, so
    its shown lines are a run of the page's text), headings and links."""
    own = [b for b in blocks if within(b.element, [layer])][:_MAX_OVERLAY_BLOCKS]
    headings = [
        _WS.sub(" ", h.text_content()).strip() for h in layer.element.iter("h1", "h2", "h3", "h4")
    ]
    return Overlay(
        selector=css_selector(layer.element),
        kind=layer.kind,
        shown=is_visible(layer.element) and _open_if_dialog(layer.element),
        title=_layer_title(layer.element, headings)[:200],
        blocks=[
            TextBlock(
                text=b.text, visible=b.visible, where="overlay", selector=css_selector(b.element)
            )
            for b in own
        ],
        headings=[h for h in headings if h][:100],
        links=[
            link.model_copy(update={"overlay": True})
            for link in extract_links(layer.element, base_url)
        ],
    )


def _open_if_dialog(el: etree._Element) -> bool:
    """A `<dialog>` is shown when open (or when the renderer saw it shown)."""
    return el.tag != "dialog" or el.get("open") is not None or el.get("data-pvh") == "0"


def _layer_title(el: etree._Element, headings: list[str]) -> str:
    """What the layer calls itself: aria-label, the element aria-labelledby names, else its
    first heading."""
    if label := (el.get("aria-label") or "").strip():
        return _WS.sub(" ", label)
    for ident in (el.get("aria-labelledby") or "").split():
        named = (
            el.getroottree().getroot().find(f".//*[@id='{ident}']")
            if _simple_ident(ident)
            else None
        )
        if named is not None and (words := _WS.sub(" ", named.text_content()).strip()):
            return words
    return next((h for h in headings if h), "")


def unique_selector(el: etree._Element) -> str:
    """`css_selector`, or where that also matches another element, the full path from the
    nearest ancestor with an id. The short form skips ancestors, so a phone input and a box,
    each alone in its own label, are both `form input`: a control's finding must point at one
    element. (Text blocks keep the short form: readers of hidden panels compare siblings'
    `:nth-of-type` paths, which one scheme per page keeps comparable.)"""
    if not isinstance(el.tag, str):
        return ""
    short = css_selector(el)
    if _matches_only(el, short):
        return short
    return _full_path(el)


def _matches_only(el: etree._Element, selector: str) -> bool:
    try:
        return el.getroottree().getroot().cssselect(selector) == [el]
    except (SelectorError, ValueError):
        return False


def _full_path(el: etree._Element) -> str:
    """Every element from the nearest ancestor with an id (or from `body`) down to `el`."""
    path = [_own_selector(el)]
    anchor = el.getparent()
    while anchor is not None and isinstance(anchor.tag, str) and anchor.tag != "html":
        if anchor.tag == "body" or (anchor.get("id") and _simple_ident(anchor.get("id", ""))):
            path.append("body" if anchor.tag == "body" else f"{anchor.tag}#{anchor.get('id')}")
            break
        path.append(_own_selector(anchor))
        anchor = anchor.getparent()
    return " ".join(reversed(path))


def css_selector(el: etree._Element) -> str:
    """A readable CSS selector: `form#signup input[name="sms"]`, else a short nth-of-type path."""
    if not isinstance(el.tag, str):
        return ""
    own = _own_selector(el)
    if el.get("id") and _simple_ident(el.get("id", "")):
        return own
    anchor = el.getparent()
    path = [own]
    depth = 0
    while anchor is not None and isinstance(anchor.tag, str) and anchor.tag not in ("html",):
        if anchor.get("id") and _simple_ident(anchor.get("id", "")):
            path.append(f"{anchor.tag}#{anchor.get('id')}")
            break
        if anchor.tag == "form" or anchor.tag == "body" or depth >= 3:
            path.append(_own_selector(anchor) if anchor.tag != "body" else "body")
            if anchor.tag in ("form", "body"):
                break
        depth += 1
        anchor = anchor.getparent()
    return " ".join(reversed(path))


def _simple_ident(value: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z_][\w-]*", value))


def _own_selector(el: etree._Element) -> str:
    tag = el.tag
    if el.get("id") and _simple_ident(el.get("id", "")):
        return f"{tag}#{el.get('id')}"
    if el.get("name"):
        name = el.get("name", "").replace('"', '\\"')
        extra = (
            f'[value="{el.get("value")}"]'
            if el.get("type") in ("radio",) and el.get("value")
            else ""
        )
        return f'{tag}[name="{name}"]{extra}'
    parent = el.getparent()
    if parent is None:
        return tag
    same = [c for c in parent if getattr(c, "tag", None) == tag]
    if len(same) == 1:
        classes = (el.get("class") or "").split()
        return f"{tag}.{classes[0]}" if classes and _simple_ident(classes[0]) else tag
    return f"{tag}:nth-of-type({same.index(el) + 1})"


def element_html(el: etree._Element, limit: int = 400) -> str:
    """An element's own markup for evidence, without prevet's annotations."""
    clone = lxml.html.fromstring(lxml.html.tostring(el, encoding="unicode"))
    for node in clone.iter():
        for attr in [a for a in node.attrib if a.startswith("data-pv")]:
            del node.attrib[attr]
    if el.tag in ("input", "img", "br", "hr"):
        markup = lxml.html.tostring(clone, encoding="unicode", with_tail=False)
    else:
        markup = lxml.html.tostring(clone, encoding="unicode", with_tail=False)
    markup = _WS.sub(" ", markup).strip()
    return markup if len(markup) <= limit else markup[: limit - 1] + "…"


def looks_script_built(html: str, text: str, host: str = "") -> bool:
    """A shell whose content scripts build (little text, scripts, an app root), or a page with
    content whose form scripts build (see builds_form_at_run_time)."""
    lowered = html.lower()
    has_scripts = "<script" in lowered
    if not has_scripts:
        return False
    words = len(text.split())
    app_root = re.search(r'id=["\'](root|app|__next|__nuxt|svelte|main-app)["\']', lowered)
    builds_dom = re.search(
        r"(createelement|innerhtml|appendchild|insertadjacenthtml|"
        r"reactdom|createroot|new vue|document\.write)",
        lowered,
    )
    return (
        words < 80
        and bool(app_root or builds_dom)
        or words < 15
        or builds_form_at_run_time(lowered, host)
    )


# an element left empty for a script to fill: a mount point named for what it will hold, or a
# custom element (a web component) with nothing inside
_MOUNT_POINT = re.compile(
    r"<(div|section|span|main|aside|article)\b[^>]*\b(id|class)=[\"'][^\"']*(app|root|form|sign-?up"
    r"|opt-?in|widget|quote|booking|book|schedul|subscribe|sms|text-?alerts?|embed|mount|"
    r"lead|contact)[^\"']*[\"'][^>]*>\s*</\1>"
)
_EMPTY_CUSTOM_ELEMENT = re.compile(r"<([a-z][a-z0-9]*-[a-z0-9-]+)\b[^>]*>\s*</\1>")
# an element left for a script whatever its name: one that says it is being built
# (aria-busy="true"), or holds only a "Loading…" line, or is a dialog with nothing in it yet
_BUSY_MOUNT = re.compile(r"<[a-z][a-z0-9-]*\b[^>]*\baria-busy=[\"']?true\b")
_LOADING_MOUNT = re.compile(
    r"<(div|section|main|aside|article)\b[^>]*\bid=[\"'][^\"']+[\"'][^>]*>\s*"
    r"(<(p|span|em|small)\b[^>]*>)?\s*loading\b[^<]{0,60}(</(p|span|em|small)>)?\s*</\1>"
)
_EMPTY_DIALOG = re.compile(
    r"<dialog\b[^>]*>\s*</dialog>|<(div|section|aside)\b[^>]*\b(role=[\"']?(alert)?dialog\b"
    r"|aria-modal=[\"']?true)[^>]*>\s*</\1>"
)
# any empty element with an id (a mount point named for what it will hold, whatever the word:
# "inquiry", "slidein", "estimator"), when the page loads a script of its own site to fill it
_EMPTY_WITH_ID = re.compile(
    r"<(div|section|main|aside|article)\b[^>]*\bid=[\"'][^\"']+[\"'][^>]*>\s*</\1>"
)
_SCRIPT_SRC = re.compile(r"<script\b[^>]*\bsrc=[\"']?([^\"'\s>]+)")
_NOSCRIPT = re.compile(r"<noscript\b[^>]*>(.*?)</noscript>", re.DOTALL)
_NOSCRIPT_SAYS = re.compile(
    r"javascript|enable (your )?scripts|\bforms?\b|sign ?up|subscribe|"
    r"opt ?in|text alerts?"
)
# scripts of form builders, SMS and email sign-up tools, and scheduling widgets (by host or
# file name), which build their form where the page leaves room for it
_WIDGET_SCRIPT = re.compile(
    r"<script\b[^>]*\bsrc=[\"'][^\"']*(klaviyo|attentive|attn\.tv|postscript|jotform|typeform|"
    r"hsforms|hs-scripts|formstack|wufoo|cognitoforms|list-manage|mailchimp|omnisend|privy|"
    r"justuno|calendly|acuityscheduling|leadconnector|msgsndr|simpletexting|podium|"
    r"(sign-?up|opt-?in|sms|form|popup|widget|quote)[\w.-]*\.js)"
)

# an inline script that holds a form's markup or builds its fields (a modal, a tab panel or a
# booking form written into the page when a button is clicked)
_INLINE_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script>", re.DOTALL)
_SCRIPT_HOLDS_FORM = re.compile(
    r"<form\b|<input\b[^>]*\btype=\\?[\"']?(tel|email)\b|"
    r"createelement\(\s*[\"'](form|input)[\"']\s*\)"
)


def builds_form_at_run_time(html: str, host: str = "") -> bool:
    """Does a page (lower-cased HTML) with scripts leave its form for them to build: an empty
    mount point or web component, an element that says it is loading or being built, an empty
    dialog, a <noscript> that speaks of a form or JavaScript, the script of a form builder or
    sign-up widget, an inline script that holds a form's markup, or any empty element with an
    id on a page that loads a script of its own site (`host`: the page's host)? Such a page is
    worth the browser even when it has content of its own. Names are open-ended ("inquiry",
    "slidein"): the structure, not a list of words, decides the last."""
    if "<script" not in html:
        return False
    if (
        _MOUNT_POINT.search(html)
        or _EMPTY_CUSTOM_ELEMENT.search(html)
        or _WIDGET_SCRIPT.search(html)
        or _BUSY_MOUNT.search(html)
        or _LOADING_MOUNT.search(html)
        or _EMPTY_DIALOG.search(html)
    ):
        return True
    if _EMPTY_WITH_ID.search(html) and _loads_own_script(html, host):
        return True
    if any(_SCRIPT_HOLDS_FORM.search(body) for body in _INLINE_SCRIPT.findall(html)):
        return True
    return any(_NOSCRIPT_SAYS.search(inner) for inner in _NOSCRIPT.findall(html))


def _loads_own_script(html: str, host: str) -> bool:
    """Does the page load a script from its own site: a relative src, or one on `host`?"""
    for src in _SCRIPT_SRC.findall(html):
        if not re.match(r"(https?:)?//", src):
            return True
        if host and urlsplit(src if "://" in src else "http:" + src).hostname == host.lower():
            return True
    return False
