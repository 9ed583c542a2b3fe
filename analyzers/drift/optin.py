"""The opt-in forms of one snapshot, as drift compares them, and how the two sides are paired.

The opt-in helper's provider ("optin_forms") is used when it exists; its result is read
defensively (a Form, or an object with .form/.page/.url/.consent_checkbox/.disclosure_text).
Without it, a form counts as an opt-in form when it asks for a phone number and speaks of texts.
Identity is the page (normalized URL) plus the form's selector, then its set of fields: never a
position in the page, which moves whenever anything above the form changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from analyzers.context import AnalysisContext
from analyzers.drift.normalize import page_key, tokens
from analyzers.drift.sides import safe_provide
from crawler.snapshot import Control, Form, Page

_SMS_WORDS = re.compile(
    r"\b(sms|texts?|text messag\w*|text alerts?|messages?|messaging|msg|mobile alerts?|"
    r"opt[\s-]?in|consent)\b", re.IGNORECASE)
_PHONE = re.compile(r"phone|mobile|cell|\btel\b|sms", re.IGNORECASE)
_FIELD_TYPES_SKIPPED = {"hidden", "submit", "button", "reset", "image"}


@dataclass
class OptinView:
    """One opt-in form as drift sees it."""

    page_url: str
    form: Form
    consent: Control | None

    @property
    def key(self) -> str:
        return f"{page_key(self.page_url)}|{self.form.selector}"

    @property
    def fields(self) -> frozenset[str]:
        """What the form asks for, by type and name (labels change cosmetically)."""
        return frozenset(f"{c.type or c.tag}:{c.name or c.id}".lower() for c in self.form.controls
                         if c.type not in _FIELD_TYPES_SKIPPED and c.visible)

    @property
    def disclosure(self) -> str:
        """Everything a person reads in and around the form, each piece once.

        Pieces are put in a fixed order (not the page's): a label that became a paragraph when
        its checkbox went, or two paragraphs swapped, is not a change of wording."""
        pieces: dict[str, str] = {}  # normalized words -> the text as written
        # a field's own label ("Full name") comes and goes with the field: see `fields`
        field_labels = {" ".join(t.key for t in tokens(c.label)) for c in self.form.controls
                        if c.type not in ("checkbox", "radio", *_FIELD_TYPES_SKIPPED)}
        for text in [t.text for t in self.form.texts if t.visible] + \
                [c.label for c in self.form.controls if c.type == "checkbox" and c.label]:
            key = " ".join(t.key for t in tokens(text))
            if not key or key in field_labels or any(key in other for other in pieces):
                continue
            pieces = {k: v for k, v in pieces.items() if k not in key}
            pieces[key] = text.strip()
        return "\n".join(pieces[key] for key in sorted(pieces))


def optin_forms(ctx: AnalysisContext) -> list[OptinView]:
    """The snapshot's opt-in forms: from the shared provider when present, else found here."""
    provided = safe_provide(ctx, "optin_forms")
    views = [v for v in (_from_provided(item, ctx) for item in provided or []) if v]
    return views or _fallback(ctx)


def _from_provided(item: Any, ctx: AnalysisContext) -> OptinView | None:
    form = item if isinstance(item, Form) else getattr(item, "form", None)
    if not isinstance(form, Form):
        return None
    page = getattr(item, "page", None)
    url = getattr(page, "final_url", None) or getattr(page, "url", None) or \
        getattr(item, "url", None) or getattr(item, "page_url", None) or _page_of(ctx, form)
    if not url:
        return None
    consent = getattr(item, "consent_control", None) or getattr(item, "consent_checkbox", None)
    if not isinstance(consent, Control) or consent.type != "checkbox":
        consent = consent_checkbox(form)
    return OptinView(page_url=url, form=form, consent=consent)


def _page_of(ctx: AnalysisContext, form: Form) -> str | None:
    for page in ctx.snapshot.pages if ctx.snapshot else []:
        if any(f is form for f in page.forms):
            return page.final_url or page.url
    return None


def _fallback(ctx: AnalysisContext) -> list[OptinView]:
    views = []
    for page in ctx.snapshot.pages if ctx.snapshot else []:
        for form in page.forms:
            if is_optin_form(form, page):
                views.append(OptinView(page.final_url or page.url, form, consent_checkbox(form)))
    return views


def is_optin_form(form: Form, page: Page) -> bool:
    """A form that takes a phone number and talks about texts (or sits on an opt-in page)."""
    phone = any(c.type == "tel" or "tel" in c.autocomplete or (
        c.type in ("text", "number", "") and c.tag == "input"
        and _PHONE.search(" ".join((c.name, c.id, c.label, c.placeholder))))
        for c in form.controls)
    if not phone:
        return False
    words = " ".join([*(t.text for t in form.texts), *(c.label for c in form.controls)])
    return bool(_SMS_WORDS.search(words)) or "optin" in page.roles


def consent_checkbox(form: Form) -> Control | None:
    """The checkbox whose label speaks of texts or consent; a lone checkbox on an SMS form."""
    boxes = [c for c in form.controls if c.type == "checkbox"]
    speaking = [c for c in boxes if _SMS_WORDS.search(c.label)]
    if speaking:
        return speaking[0]
    return boxes[0] if len(boxes) == 1 else None


def pair_forms(old: list[OptinView], new: list[OptinView]
               ) -> tuple[list[tuple[OptinView, OptinView]], list[OptinView], list[OptinView]]:
    """(matched pairs, approved forms with no counterpart, new forms with none)."""
    pairs: list[tuple[OptinView, OptinView]] = []
    left, right = list(old), list(new)

    def take(same) -> None:
        for o in list(left):
            match = next((n for n in right if same(o, n)), None)
            if match is not None:
                pairs.append((o, match))
                left.remove(o)
                right.remove(match)

    take(lambda o, n: o.key == n.key)
    take(lambda o, n: page_key(o.page_url) == page_key(n.page_url) and o.fields == n.fields)
    take(lambda o, n: o.fields == n.fields and bool(o.fields))
    take(lambda o, n: page_key(o.page_url) == page_key(n.page_url))
    if len(left) == 1 and len(right) == 1:  # the one opt-in form, rebuilt somewhere else
        pairs.append((left.pop(), right.pop()))
    return pairs, left, right
