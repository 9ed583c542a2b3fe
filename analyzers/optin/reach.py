"""Where an opt-in form was found, in words a person can follow: the clicks, waits and steps that
showed it (recorded by the renderer's interaction as `Form.reached_by`) and the other host whose
frame serves it. A finding about such a form carries this in its evidence, so the owner can find
the form the report speaks of.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterable, Iterator

from analyzers.context import AnalysisContext
from analyzers.optin.model import OptInForm
from analyzers.registry import Hit
from crawler.urls import host_of


def where_found(optin: OptInForm) -> str:
    """ "shown after clicking 'Get 10% off'; in a frame from forms.acme-forms.com (URL)", or ""
    for a form in the page itself, shown as it loads."""
    parts = []
    if optin.form.reached_by:
        parts.append(f"the form is shown {optin.form.reached_by}")
    frame = optin.form.frame_url
    if frame and host_of(frame) != host_of(optin.url):
        parts.append(f"it is served in a frame from {host_of(frame)} ({frame})")
    return "; ".join(parts)


def _notes(ctx: AnalysisContext) -> dict[tuple[str, str], OptInForm]:
    """(page URL, selector of the form or one of its controls) -> the reached or framed form."""
    found: dict[tuple[str, str], OptInForm] = {}
    for optin in ctx.inputs.optin_forms or []:
        if not where_found(optin):
            continue
        for selector in (optin.selector, *(c.selector for c in optin.form.controls)):
            found.setdefault((optin.url, selector), optin)
    return found


def says_where_found(
    func: Callable[[AnalysisContext], Iterable[Hit]],
) -> Callable[[AnalysisContext], Iterator[Hit]]:
    """An opt-in check whose hits about a reached or framed form say where it was found."""

    @functools.wraps(func)
    def wrapper(ctx: AnalysisContext) -> Iterator[Hit]:
        hits = func(ctx) or ()
        notes = _notes(ctx) if ctx.inputs.optin_forms else {}
        for hit in hits:
            optin = notes.get((hit.url or "", hit.selector or ""))
            if optin is not None:
                note = where_found(optin)
                hit = dataclasses.replace(
                    hit,
                    evidence=f"{hit.evidence} — {note}" if hit.evidence else note,
                    details={
                        **hit.details,
                        "reached_by": optin.form.reached_by,
                        "frame_url": optin.form.frame_url,
                    },
                )
            yield hit

    return wrapper
