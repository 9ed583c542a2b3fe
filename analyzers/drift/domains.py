"""Domains the opt-in flow and the policies link to: where a subscriber's data can go next.

A new domain in the consent language or the policies (a data broker, a lead buyer, a link
shortener) changes what the subscriber agreed to; the same domains in a new order do not.
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzers.context import AnalysisContext
from analyzers.drift.optin import optin_forms
from analyzers.drift.pages import judged_pages
from crawler.snapshot import Link
from crawler.urls import registrable_domain

_FLOW_REGIONS = {"body", "form"}  # menus and footers are site chrome, not the flow


@dataclass(frozen=True)
class LinkedDomain:
    domain: str
    page_url: str
    href: str
    text: str


def flow_domains(ctx: AnalysisContext) -> dict[str, LinkedDomain]:
    """Each outside registrable domain linked from an opt-in form or a policy page (first place)."""
    snapshot = ctx.snapshot
    if snapshot is None:
        return {}
    own = snapshot.site or registrable_domain(snapshot.start_url)
    found: dict[str, LinkedDomain] = {}

    def add(page_url: str, link: Link) -> None:
        if not link.href.lower().startswith(("http://", "https://")):
            return
        domain = registrable_domain(link.href)
        if domain and domain != own and domain not in found:
            found[domain] = LinkedDomain(domain, page_url, link.href, link.text)

    for view in optin_forms(ctx):
        form = view.form
        links = [
            *form.links,
            *(lk for t in form.texts for lk in t.links),
            *(lk for c in form.controls for lk in c.label_links),
        ]
        if form.action:
            links.append(Link(href=form.action, text="(form action)", region="form"))
        for link in links:
            add(view.page_url, link)
    for page, _held in judged_pages(ctx):
        for link in page.links:
            if link.region in _FLOW_REGIONS:
                add(page.final_url or page.url, link)
    return found
