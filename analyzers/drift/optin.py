"""The opt-in forms of one snapshot, as drift compares them, and how the two sides are paired.

Which forms are opt-in forms and which control is the SMS consent is the optin.* checks'
judgement (the "optin_forms" input), never drift's own: a form the audit judges is the form drift
watches. Identity is the page (normalized URL) plus the form's selector, then its set of
fields: never a position in the page, which moves whenever anything above the form changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzers.context import AnalysisContext
from analyzers.drift.normalize import page_key, tokens
from analyzers.optin.model import OptInForm
from crawler.snapshot import Control, Form

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
        return frozenset(
            f"{c.type or c.tag}:{c.name or c.id}".lower()
            for c in self.form.controls
            if c.type not in _FIELD_TYPES_SKIPPED and c.visible
        )

    @property
    def disclosure(self) -> str:
        """Everything a person reads in and around the form, each piece once.

        Pieces are put in a fixed order (not the page's): a label that became a paragraph when
        its checkbox went, or two paragraphs swapped, is not a change of wording."""
        pieces: dict[str, str] = {}  # normalized words -> the text as written
        # a field's own label ("Full name") comes and goes with the field: see `fields`
        field_labels = {
            " ".join(t.key for t in tokens(c.label))
            for c in self.form.controls
            if c.type not in ("checkbox", "radio", *_FIELD_TYPES_SKIPPED)
        }
        for text in [t.text for t in self.form.texts if t.visible] + [
            c.label for c in self.form.controls if c.type == "checkbox" and c.label
        ]:
            key = " ".join(t.key for t in tokens(text))
            if not key or key in field_labels or any(key in other for other in pieces):
                continue
            pieces = {k: v for k, v in pieces.items() if k not in key}
            pieces[key] = text.strip()
        return "\n".join(pieces[key] for key in sorted(pieces))


def optin_forms(ctx: AnalysisContext) -> list[OptinView]:
    """The snapshot's opt-in forms exactly as the optin.* checks see them (the "optin_forms"
    input), each with the SMS consent control those checks judge."""
    found: list[OptInForm] = ctx.inputs.optin_forms or []
    return [
        OptinView(page_url=optin.url, form=optin.form, consent=optin.consent_control)
        for optin in found
    ]


def pair_forms(
    old: list[OptinView], new: list[OptinView]
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
