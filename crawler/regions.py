"""Where on a page an element sits: its navigation, header, footer, a form, or the body.

The page's chrome (navigation, header, footer) is the same on every page and is not its
content; extraction (crawler/extract.py), forms (crawler/forms.py) and layers
(crawler/overlays.py) all ask the one question here.
"""

from __future__ import annotations

import re

from lxml import etree

_REGION_HINT = re.compile(
    r"(^|[\s_-])(footer|site-footer|nav|navbar|navigation|menu|header|"
    r"masthead|topbar)([\s_-]|$)",
    re.IGNORECASE,
)


def region_of(el: etree._Element) -> str:
    """nav, header, footer, form or body: where on the page an element sits."""
    node: etree._Element | None = el
    while node is not None and isinstance(node.tag, str):
        tag = node.tag
        role = (node.get("role") or "").lower()
        if tag == "footer" or role == "contentinfo":
            return "footer"
        if tag == "nav" or role == "navigation":
            return "nav"
        if tag == "header" or role == "banner":
            return "header"
        if tag == "form":
            return "form"
        hint = f"{node.get('id', '')} {node.get('class', '')}"
        match = _REGION_HINT.search(hint)
        if match and tag in ("div", "section", "ul", "aside"):
            word = match.group(2).lower()
            return (
                "footer"
                if "footer" in word
                else ("header" if word in ("header", "masthead", "topbar") else "nav")
            )
        node = node.getparent()
    return "body"
