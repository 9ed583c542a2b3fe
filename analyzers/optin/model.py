"""The opt-in form as the checks (and the report, and drift) see it: one clean model.

`OptInForm` wraps the page, the raw `Form`, the phone field(s), the SMS consent control(s) and the
`Disclosure`: the consent language a person reads where the number is collected (the box's label
and the text in and right next to the form, not the whole page), with each disclosure element
found and whether it is shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from analyzers.optin.consent import CHOICE_TYPES
from crawler.snapshot import Control, Form, Link, Page, TextBlock

# the elements every SMS disclosure needs, in the order a compliant sentence states them
CORE_ELEMENTS = ("message_types", "frequency", "rates", "help", "stop")


@dataclass(frozen=True)
class ElementFound:
    """One disclosure element found: the words, their sentence, and where they sit."""

    label: str  # rates, frequency, help, stop, message_types, brand, condition_of_purchase, ...
    text: str
    sentence: str
    block: TextBlock
    shown: bool  # a person sees it without opening anything


@dataclass
class Disclosure:
    blocks: list[TextBlock]  # consent label first, then text inside, then before/after the form
    shown: list[bool]  # per block: visible where the number is collected
    elements: dict[str, list[ElementFound]] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    @property
    def shown_text(self) -> str:
        return "\n".join(b.text for b, s in zip(self.blocks, self.shown, strict=True) if s)

    def has(self, label: str) -> bool:
        return bool(self.elements.get(label))

    def shown_has(self, label: str) -> bool:
        return any(found.shown for found in self.elements.get(label, []))

    def first(self, label: str) -> ElementFound | None:
        found = self.elements.get(label, [])
        shown = [f for f in found if f.shown]
        return (shown or found or [None])[0]

    @property
    def sms_blocks(self) -> list[TextBlock]:
        """The blocks that are consent language (speak of texts or state an element)."""
        keep = {
            id(f.block)
            for items in self.elements.values()
            for f in items
            if f.label in CORE_ELEMENTS or f.label in ("sms_channel", "consent_statement")
        }
        return [b for b in self.blocks if id(b) in keep]


# the form is named as an example of opting in: "for example, by submitting a contact form",
# "e.g. our quote form", "such as the contact form"
_ONE_WAY_OF_SEVERAL = re.compile(
    r"\b(?:for\s+example|for\s+instance|e\.\s?g\.|such\s+as)\s*,?\s*(?:[\w'’-]+\s+){0,6}?"
    r"(?:[\w-]+\s+)?forms?\b",
    re.IGNORECASE,
)


@dataclass
class OptInForm:
    """An SMS opt-in form on one page."""

    page: Page
    form: Form
    phone_fields: list[Control]
    consent_controls: list[Control]  # SMS consent boxes, in page order (usually one)
    other_choices: list[Control]  # terms / email / other boxes, told apart from SMS consent
    disclosure: Disclosure
    multi_purpose: bool  # the form also does something else (a quote, a message, a booking)
    # the site's own words naming this form, which says nothing of texts, as where people opt
    # in ("opt in by submitting your number through our contact form"), and where they stand
    named_by: str = ""

    @property
    def url(self) -> str:
        return self.page.final_url or self.page.url

    @property
    def named_as_one_way(self) -> bool:
        """The site's words name this form only as an example of opting in: "opting in (for
        example, by submitting a contact form, asking the voice agent to text you ...)". An
        illustration of how consent may come is no statement that this form takes it: the
        program may take it elsewhere (a call's script, a keyword), so whether this form is an
        opt-in is for a person, and its findings go to review. A form named as a way to opt
        in ("opt in by submitting your number through our contact form", a "how to join"
        list) is the opt-in, judged as before."""
        return bool(self.named_by and _ONE_WAY_OF_SEVERAL.search(self.named_by))

    @property
    def selector(self) -> str:
        return self.form.selector

    @property
    def consent_control(self) -> Control | None:
        return self.consent_controls[0] if self.consent_controls else None

    @property
    def submit_label(self) -> str:
        return submit_label(self.form)

    def summary(self) -> dict[str, Any]:
        """Plain data for the report and for drift: what the form asks and what it says."""
        disclosure = self.disclosure
        return {
            "url": self.url,
            "selector": self.selector,
            "frame_url": self.form.frame_url,
            "reached_by": self.form.reached_by,
            "phone_fields": [c.selector for c in self.phone_fields],
            "consent_controls": [
                {
                    "selector": c.selector,
                    "label": c.label,
                    "checked": c.checked,
                    "required": c.required,
                    "blocks_submit_unchecked": c.blocks_submit_unchecked,
                }
                for c in self.consent_controls
            ],
            "multi_purpose": self.multi_purpose,
            "disclosure_text": " ".join(b.text for b in disclosure.sms_blocks),
            "elements": {
                label: {"present": disclosure.has(label), "shown": disclosure.shown_has(label)}
                for label in (*CORE_ELEMENTS, "brand", "condition_of_purchase")
            },
            "links": [link.href for link in disclosure.links],
            "screenshot": self.form.screenshot,
        }

    def evidence(self, limit: int = 300) -> str:
        """The form in a few words: its consent box, or its phone field and button."""
        if self.consent_control is not None:
            return self.consent_control.html[:limit]
        parts = [c.html for c in self.phone_fields[:1]]
        if self.submit_label:
            parts.append(f"button: {self.submit_label}")
        if self.named_by:
            parts.append(f"— named as the opt-in by {self.named_by}")
        return " ".join(parts)[:limit] or self.form.html[:limit]


def submit_label(form: Form) -> str:
    """The words of the form's button: its first submit or button control, not a <button
    role="switch"> the person ticks (a toggle is a choice, whatever its tag). A greyed-out
    button before one a person can press is not how the form is sent: a step's "← Back",
    disabled on the first screen, stands before "Confirm Opt-Out"; with every button disabled
    (a mock-up, a submit greyed until the box is ticked) the first is still the form's."""
    buttons = [
        c
        for c in form.controls
        if c.type not in CHOICE_TYPES and (c.type in ("submit", "button") or c.tag == "button")
    ]
    pressed = next((c for c in buttons if not c.disabled), buttons[0] if buttons else None)
    return pressed.label if pressed else ""
