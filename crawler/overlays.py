"""Find the layers a page draws over its own content: dialogs, pop-ups, slide-ins, cookie
banners, sticky sign-up bars.

Shop sites put the same sign-up pop-up ("Get 10% off — join our texts …") on every page, the
privacy policy and the terms included; its markup sits in the page whether it is shown yet or
not. The crawler gathers which elements are such layers so that the analyzers can choose: the
policy readers judge the page's own text without them (or the layer itself, when the policy is
shown in a modal), the opt-in checks judge the pop-up's form wherever it is.

A layer is known by how sites build one, not by its words: a `<dialog>`; `role="dialog"` /
`"alertdialog"` or `aria-modal="true"`; a fixed position (inline, in a rule of the page's own
style sheet that names the element's id or class, or measured by the renderer:
crawler/js/probe_layers.js marks it `data-pvlayer="1"`, as probe_agegate.js marks a layer over
most of the page `data-pvfixed="1"`); or an id or class that names a pop-up ("signup-modal",
"popup", "slide-in", "cookie-banner", "offcanvas", "drawer"). The page's header, navigation and
footer are its chrome, not layers (a fixed header is still the header), and an element that
holds the page's `<main>` is the page itself. Only the outermost layer counts: a backdrop with
its dialog inside is one layer.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from lxml import etree

from crawler.regions import region_of
from crawler.snapshot import Page

_MODAL_ROLES = frozenset({"dialog", "alertdialog"})
_CONTAINERS = frozenset({"div", "section", "aside", "dialog", "form", "article"})
_NOT_LAYERS = frozenset({"html", "body", "main", "header", "footer", "nav"})
_FIXED = re.compile(r"position\s*:\s*fixed", re.IGNORECASE)
# one word of an id or class that names a layer over the page ("signup-modal", "popup__inner",
# "cookie-banner", "slideIn"); "overlay" alone is left out: it names a hero image's tint as often
_LAYER_WORD = re.compile(
    r"(^|[-_])(modal|popup|pop-up|popover|lightbox|slide-?in|flyout|fly-out|off-?canvas|drawer|"
    r"cookie-?(banner|consent|notice|bar)|consent-?banner|newsletter-?popup)($|[-_])",
    re.IGNORECASE,
)
# a rule of the page's own style sheet: its selectors and declarations (rules inside @media
# blocks match too: their declarations hold no braces)
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
# the last compound of a selector, when it is a plain id and/or classes (an optional tag first)
_SIMPLE_COMPOUND = re.compile(r"^[a-z][a-z0-9-]*|^(?=[#.])")
_COMPOUND_PART = re.compile(r"([#.])([A-Za-z_][\w-]*)")


@dataclass(frozen=True)
class Layer:
    """An element drawn over the page, and how it was known (`kind`)."""

    element: etree._Element
    kind: str  # "dialog", "modal" (role / aria-modal), "fixed", "named"


def find_layers(root: etree._Element) -> list[Layer]:
    """The page's layers, outermost only, in document order."""
    body = root.find(".//body")
    body = body if body is not None else root
    fixed_by_sheet = _fixed_selectors(root)
    found: list[Layer] = []
    stack = list(reversed(body))  # document order; a layer's inside is not searched again
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        kind = _layer_kind(el, fixed_by_sheet)
        if kind is not None and not _is_page_itself(el):
            found.append(Layer(el, kind))
            continue
        stack.extend(reversed(el))
    return found


def within(el: etree._Element, layers: list[Layer]) -> bool:
    """Is the element one of these layers or inside one? (By identity of the layers' elements,
    which the Layer objects keep alive; lxml's proxies of other nodes come and go.)"""
    roots = {id(layer.element) for layer in layers}
    return any(id(node) in roots for node in (el, *el.iterancestors()))


def _layer_kind(
    el: etree._Element, fixed_by_sheet: list[tuple[str, frozenset[str], str]]
) -> str | None:
    tag = el.tag
    if tag in _NOT_LAYERS:
        return None
    if tag == "dialog":
        return "dialog"
    if (el.get("role") or "").strip().lower() in _MODAL_ROLES or (
        el.get("aria-modal") or ""
    ).strip().lower() == "true":
        return "modal"
    if el.get("data-pvlayer") == "1" or _FIXED.search(el.get("style") or ""):
        return "fixed"
    if _matches_sheet(el, fixed_by_sheet):
        return "fixed"
    if tag in _CONTAINERS or "-" in tag:
        words = f"{el.get('id', '')} {el.get('class', '')}".split()
        if any(_LAYER_WORD.search(word) for word in words):
            return "named"
    return None


def opens_layer(anchor: etree._Element, target: str) -> bool:
    """Does an in-page link ("#privacy-policy") lead to a layer of its page, or into one: the
    footer's "Privacy Policy" that opens the modal holding the policy?"""
    if not target or not re.fullmatch(r"[\w:.-]+", target):
        return False
    root = anchor.getroottree().getroot()
    found = root.xpath("//*[@id=$target]", target=target)
    if not found:
        return False
    rules = _fixed_selectors(root)
    return any(
        _layer_kind(node, rules) is not None and not _is_page_itself(node)
        for node in (found[0], *found[0].iterancestors())
        if isinstance(node.tag, str)
    )


def _is_page_itself(el: etree._Element) -> bool:
    """Chrome (the header, navigation or footer, by tag, role or name: a fixed "site-header"
    bar is still the header) or the page's main content."""
    if region_of(el) in ("nav", "header", "footer"):
        return True
    return any(
        node.tag == "main" or (node.get("role") or "").lower() == "main" for node in el.iter()
    )


def _fixed_selectors(root: etree._Element) -> list[tuple[str, frozenset[str], str]]:
    """(tag, classes, id) of each simple selector the page's own style sheets place fixed."""
    found = []
    for style in root.iter("style"):
        for selectors, declarations in _CSS_RULE.findall(style.text or ""):
            if not _FIXED.search(declarations):
                continue
            for selector in selectors.split(","):
                compound = selector.strip().split()[-1:] or [""]
                parsed = _parse_compound(compound[0].split(">")[-1])
                if parsed is not None:
                    found.append(parsed)
    return found


def _parse_compound(compound: str) -> tuple[str, frozenset[str], str] | None:
    """ "div#pop.open" -> ("div", {"open"}, "pop"); None for a tag alone, or anything with a
    pseudo-class or attribute (too loose, or a state the page was not read in)."""
    head = _SIMPLE_COMPOUND.match(compound)
    if head is None:
        return None
    tag = head.group(0)
    rest = compound[head.end() :]
    parts = _COMPOUND_PART.findall(rest)
    if not parts or "".join(mark + name for mark, name in parts) != rest:
        return None
    ids = [name for mark, name in parts if mark == "#"]
    classes = frozenset(name for mark, name in parts if mark == ".")
    return tag, classes, ids[0] if ids else ""


def _matches_sheet(el: etree._Element, rules: list[tuple[str, frozenset[str], str]]) -> bool:
    if not rules:
        return False
    own_classes = set((el.get("class") or "").split())
    own_id = el.get("id") or ""
    return any(
        (not tag or tag == el.tag) and (not ident or ident == own_id) and classes <= own_classes
        for tag, classes, ident in rules
    )


def headings_outside_layers(page: Page) -> list[str]:
    """The page's headings, less those of its layers (a pop-up's "Join our texts"): what the
    page calls itself, for its roles and for the policy readers."""
    left = Counter(" ".join(h.split()) for overlay in page.overlays for h in overlay.headings)
    kept = []
    for heading in page.headings:
        key = " ".join(heading.split())
        if left[key] > 0:
            left[key] -= 1
            continue
        kept.append(heading)
    return kept
