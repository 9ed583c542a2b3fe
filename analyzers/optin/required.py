"""Is a form field required, as a person filling it in reads the form?

Besides the `required` attribute, many builders mark required fields with an asterisk after
the label or placeholder ("Mobile phone*") and say once what it means ("*Required Fields",
"Fields marked * are required"), leaving the refusal to a script. A person reads such a field as
required, so prevet does too. An asterisk with no such legend is often a footnote mark
("Mobile number*" ... "*Msg & data rates may apply"), so alone it decides nothing.
"""

from __future__ import annotations

import re

from crawler.snapshot import Control, Form

_MARKED = re.compile(r"\*\s*:?\s*$")
_LEGEND = re.compile(
    r"(?:\*|\basterisks?\b).{0,40}\brequired\b|\brequired\b.{0,40}(?:\*|\basterisks?\b)",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|no|never|optional)\b|n[’']t\b", re.IGNORECASE)
_LEGEND_MAX = 80  # a legend is a short line of its own, not a sentence of fine print


def states_asterisk_legend(form: Form) -> bool:
    """The form says that an asterisk marks a required field."""
    return any(
        len(block.text) <= _LEGEND_MAX
        and _LEGEND.search(block.text)
        and not _NEGATION.search(block.text)
        for block in form.texts
        if block.where in ("inside", "before", "label")
    )


def marked_required(control: Control, form: Form) -> bool:
    """Required by attribute, or by an asterisk the form's own legend explains."""
    if control.required:
        return True
    marked = any(_MARKED.search(text) for text in (control.label, control.placeholder) if text)
    return marked and states_asterisk_legend(form)
