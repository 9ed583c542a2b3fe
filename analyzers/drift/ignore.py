"""The user's drift ignore rules (prevet.yaml `ignore:`), applied to both snapshots alike.

    ignore:
      pages: ["https://www.acme.com/blog/*", "*/careers*"]   # glob on the page URL
      selectors: ["#cookie-banner", "form.newsletter"]       # forms, controls, text blocks
      text: ["Rated [0-9.]+ stars by [0-9,]+ patients"]      # regex: words that change daily

Pages and selectors remove what they match before the comparison; text patterns blank the
matching words in page and form texts. A site's noisy widget is silenced, nothing else is.
"""

from __future__ import annotations

import re
from fnmatch import fnmatch

import soupsieve
from bs4 import BeautifulSoup

from analyzers.drift.normalize import page_key
from crawler.snapshot import Form, SiteSnapshot


def apply_ignore_rules(
    snapshot: SiteSnapshot,
    *,
    pages: list[str] = (),
    selectors: list[str] = (),
    text: list[str] = (),
) -> SiteSnapshot:
    """A copy of the snapshot without what the rules silence."""
    if not (pages or selectors or text):
        return snapshot
    copy = snapshot.model_copy(deep=True)
    copy.pages = [p for p in copy.pages if not _page_ignored(p.url, p.final_url, pages)]
    patterns = [re.compile(t, re.IGNORECASE) for t in text]
    for page in copy.pages:
        page.forms = [f for f in page.forms if not _matches(f.selector, f.html, selectors)]
        for form in page.forms:
            _filter_form(form, selectors, patterns)
        page.text = _blank(page.text, patterns)
    return copy


def _page_ignored(url: str, final_url: str, globs: list[str]) -> bool:
    candidates = {url, final_url, page_key(url), page_key(final_url or url)}
    return any(
        fnmatch(c, g) or fnmatch(c.rstrip("/"), g.rstrip("/"))
        for g in globs
        for c in candidates
        if c
    )


def _filter_form(form: Form, selectors: list[str], patterns: list[re.Pattern[str]]) -> None:
    form.controls = [c for c in form.controls if not _matches(c.selector, c.html, selectors)]
    form.texts = [t for t in form.texts if not _matches(t.selector, "", selectors)]
    for block in form.texts:
        block.text = _blank(block.text, patterns)
    for control in form.controls:
        control.label = _blank(control.label, patterns)


def _matches(recorded: str, html: str, selectors: list[str]) -> bool:
    """Does an element (its recorded selector, or its own markup) match an ignore selector?"""
    for selector in selectors:
        if recorded and (
            recorded == selector
            or recorded.endswith(f" {selector}")
            or recorded.endswith(f">{selector}")
            or recorded.endswith(f"> {selector}")
        ):
            return True
        if html:
            root = next(iter(BeautifulSoup(html, "html.parser").find_all(True)), None)
            try:
                if root is not None and soupsieve.match(selector, root):
                    return True
            except soupsieve.SelectorSyntaxError:
                continue
    return False


def _blank(value: str, patterns: list[re.Pattern[str]]) -> str:
    for pattern in patterns:
        value = pattern.sub(" ", value)
    return value
