"""HTML -> a complete snapshot Page (text, links, forms, roles): the one path every page takes,
whether it came from the static crawl, the browser, or a test's string."""

from __future__ import annotations

from crawler.agegate import detect_agegate
from crawler.extract import extract_page, parse_html
from crawler.forms import extract_forms
from crawler.roles import page_roles
from crawler.snapshot import Form, Page


def build_page(
    html: str | bytes,
    url: str,
    *,
    final_url: str | None = None,
    status: int = 200,
    depth: int = 0,
    rendered: bool = False,
    is_start: bool = False,
    anchor_texts: list[str] | None = None,
    frames: list[tuple[str, str]] | None = None,
) -> Page:
    """Extract a page; `frames` holds (frame_url, html) of its iframes (any origin), read as
    part of the page: their forms, text and links."""
    root = parse_html(html)
    page = extract_page(root, url, final_url=final_url, status=status)
    base = page.final_url or url
    forms: list[Form] = extract_forms(root, base)
    page.agegate = detect_agegate(root)
    for frame_url, frame_html in frames or []:
        forms.extend(extract_forms(parse_html(frame_html), frame_url, frame_url=frame_url))
        frame_page = extract_page(frame_html, frame_url)
        page.text = f"{page.text}\n{frame_page.text}".strip()
        page.links.extend(frame_page.links)
    page.forms = forms
    page.frames = [frame_url for frame_url, _ in frames or []]
    page.depth = depth
    page.rendered = rendered
    page.anchor_texts = sorted(set(anchor_texts or []))[:20]
    page.roles = page_roles(page, is_start=is_start)
    return page


def is_html(body: bytes, content_type: str) -> bool:
    """A response to read as a web page: HTML by its type, or by its first bytes when the
    server named no type, plain text or XML."""
    if "html" in content_type or "xml" in content_type and b"<html" in body[:2000].lower():
        return True
    if not content_type or "text/plain" in content_type:
        head = body[:1024].lower()
        return b"<html" in head or b"<!doctype html" in head
    return False
