"""Which checkbox (or toggle, or yes/no radio) gives consent to texts, and what else it agrees to.

A form often has several boxes: "I accept the Terms", "Email me news", "Text me updates". Only a
box whose own label speaks of texts is SMS consent; the rest are told apart so that a required
terms box next to a separate, optional SMS box is not mistaken for forced SMS consent.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from analyzers.optin.phone import is_phone_control, name_words
from analyzers.text.vocabulary import vocabulary
from crawler.snapshot import Control

CHOICE_TYPES = frozenset({"checkbox", "radio", "switch"})
_SMS_NAME_WORDS = frozenset({"sms", "text", "texts", "txt", "texting", "mms", "tcpa"})
_CONSENT_NAME_WORDS = frozenset(
    {"consent", "optin", "opt", "agree", "subscribe", "permission", "accept", "acceptance", "tcpa"}
)
_NO_WORDS = frozenset(
    {"no", "nope", "don't", "do not", "no thanks", "no, thanks", "decline", "false", "0", "n"}
)


@dataclass(frozen=True)
class ChoiceMeaning:
    """What ticking one box says, read from its label (and its name when the label is thin)."""

    sms: bool
    consent: bool
    terms: bool
    email: bool
    calls: bool
    discloses: bool = False  # the label states what only a text disclosure states (rates, STOP)

    @property
    def sms_consent(self) -> bool:
        """A box about texts that agrees to them, or that is about nothing else. A label that
        carries the text disclosure itself ("Turn on for visit reminders ... Msg & data rates
        may apply. Reply STOP to end. Privacy Policy · Terms") is the SMS box whatever it links."""
        return self.sms and (self.consent or self.discloses or not (self.terms or self.email))

    @property
    def sms_answer(self) -> bool:
        """For a radio button: "Yes, text me" -- not "Text message" among contact methods."""
        return self.sms and self.consent


@lru_cache(maxsize=4096)
def _labels(text: str) -> frozenset[str]:
    return frozenset(vocabulary("optin").labels_in(text)) if text.strip() else frozenset()


@lru_cache(maxsize=4096)
def _disclosure_labels(text: str) -> frozenset[str]:
    return frozenset(vocabulary("disclosure").labels_in(text)) if text.strip() else frozenset()


def choice_text(control: Control) -> str:
    return control.label.strip()


def meaning_of(control: Control) -> ChoiceMeaning:
    text = choice_text(control)
    labels = _labels(text)
    discloses = "stop_keyword" in labels or "rates" in _disclosure_labels(text)
    words = set(name_words(control.name) + name_words(control.id))
    sms = "sms_channel" in labels or bool(words & _SMS_NAME_WORDS and words & _CONSENT_NAME_WORDS)
    if not sms and len(text) < 25 and words & _SMS_NAME_WORDS:
        sms = True  # "Yes" / "I agree" next to a box named sms_optin
    return ChoiceMeaning(
        sms=sms,
        consent="consent" in labels or bool(words & _CONSENT_NAME_WORDS),
        terms="terms_acceptance" in labels or "terms_named" in labels,
        email="email_channel" in labels,
        calls="call_channel" in labels,
        discloses=discloses,
    )


def is_choice(control: Control) -> bool:
    return control.type in CHOICE_TYPES


def answers_another_question(control: Control) -> bool:
    """A radio "Yes" whose group is named for something else ("hasChildSeats", "returnTrip")
    answers that question: a plain yes is consent to texts only in a group about texts or
    consent."""
    if control.type != "radio":
        return False
    words = set(name_words(control.name) + name_words(control.id))
    return bool(words) and not words & (_SMS_NAME_WORDS | _CONSENT_NAME_WORDS)


def is_negative_choice(control: Control) -> bool:
    """The "No" of a yes/no radio pair."""
    label = control.label.strip().lower().rstrip(".!")
    value = control.value.strip().lower()
    return (
        label in _NO_WORDS
        or label.startswith(("no,", "no ", "no thanks", "i do not", "i don't"))
        or value in _NO_WORDS
    )


def sms_consent_controls(controls: list[Control]) -> list[Control]:
    """The boxes that give SMS consent, in page order (radio "No" answers left out).

    A disabled box alone is a picture of consent (a mock-up on a policy page), not a way to
    give it; beside a phone field it is the form's box as a person sees it: greyed until the
    number is typed, or a sample screen whose fields are all disabled (its box is there)."""
    with_phone = any(is_phone_control(c) for c in controls)
    return [
        c
        for c in controls
        if is_choice(c)
        and (with_phone or not c.disabled)
        and not (c.type == "radio" and is_negative_choice(c))
        and (meaning_of(c).sms_answer if c.type == "radio" else meaning_of(c).sms_consent)
    ]


def other_choices(controls: list[Control], consent: list[Control]) -> list[Control]:
    return [c for c in controls if is_choice(c) and c not in consent]
