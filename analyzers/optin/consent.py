"""Which checkbox (or toggle, yes/no radio or yes/no list) gives consent to texts, and what
else it agrees to.

A form often has several boxes: "I accept the Terms", "Email me news", "Text me updates". Only a
box whose own label speaks of texts is SMS consent; the rest are told apart so that a required
terms box next to a separate, optional SMS box is not mistaken for forced SMS consent.
"""

from __future__ import annotations

import re
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


# a sentence about the box left off: "Leave this off and we will answer by phone or email
# instead", "If you leave it unchecked, we'll email you", "Otherwise we will call you"
_LEFT_OFF = re.compile(
    r"^\s*(?:if\s+(?:you\s+)?(?:leave|keep)\s+(?:this|it|the\s+\w+)\s+(?:off|unchecked|unticked|"
    r"blank|empty)\b|(?:leave|keep)\s+(?:this|it|the\s+\w+)\s+(?:off|unchecked|unticked|blank|empty)"
    r"\b|if\s+(?:you\s+)?(?:do\s+not|don't|don’t)\s+(?:check|tick|select|turn\s+on|switch\s+on)\b|"
    r"otherwise\b)[^.!?]*[.!?]?",
    re.IGNORECASE,
)


def _what_ticking_says(text: str) -> str:
    """The label without its sentences about the box left off: "Reply to me by text and send
    my visit reminders by text. Leave this off and we will answer by phone or email instead."
    names e-mail as what happens WITHOUT the consent, so ticking agrees to texts alone. The
    sentence that says what ticking does stays ("Tick to get texts and emails")."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    kept = [s for s in sentences if not _LEFT_OFF.match(s)]
    return " ".join(kept) if kept else text


# the words of a page's own switch (the CSS "checkbox hack" that opens a phone's menu): a box
# named "mobile-menu-sms-terms" on the SMS terms page opens that page's menu
_PAGE_CONTROL_WORDS = frozenset({"menu", "nav", "navigation", "navbar", "hamburger", "drawer"})
_PAGE_CONTROL_LABEL = re.compile(
    r"^\W*(?:toggle|open|close|show|hide)\s+(?:the\s+)?(?:\w+\s+)?(?:menu|navigation|nav)\b",
    re.IGNORECASE,
)
_ARIA_LABEL = re.compile(r"""\baria-label\s*=\s*["']([^"']*)["']""", re.IGNORECASE)


def _opens_a_menu(control: Control, words: set[str]) -> bool:
    """A box that opens the page's menu, not a choice about anything: its name says menu or
    navigation ("mobile-menu-sms-terms", blind real38b: the SMS terms page's hamburger toggle,
    whose "sms" is the page's name) or its label says it toggles one ("Toggle navigation
    menu"). A consent named "sms_menu_optin" would still speak of consent in its label."""
    aria = _ARIA_LABEL.search(control.html)
    label = control.label.strip() or (aria.group(1) if aria else "")
    if _PAGE_CONTROL_LABEL.match(label):
        return True
    return bool(words & _PAGE_CONTROL_WORDS) and "sms_channel" not in _labels(label)


def meaning_of(control: Control) -> ChoiceMeaning:
    text = _what_ticking_says(choice_text(control))
    labels = _labels(text)
    discloses = "stop_keyword" in labels or "rates" in _disclosure_labels(text)
    words = set(name_words(control.name) + name_words(control.id))
    if _opens_a_menu(control, words):
        return ChoiceMeaning(sms=False, consent=False, terms=False, email=False, calls=False)
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


def forced_consent(control: Control, controls: list[Control]) -> bool:
    """Can the form not be sent without giving SMS consent through this control? A required
    box can't. A required radio can't either, unless its own group offers a way to decline:
    "( ) I agree to receive text messages ... / ( ) I do not want texts", neither chosen, asks
    for an answer, and "no" is one (as a required yes/no list is sent with its no). A required
    group whose options all agree to texts, or a lone required radio, still forces consent."""
    if not control.must_be_ticked:
        return False
    if control.type != "radio" or not control.name:
        return True
    return not any(
        other is not control
        and other.type == "radio"
        and other.name == control.name
        and not other.disabled
        and is_negative_choice(other)
        for other in controls
    )


# an answer that says yes: "Yes", "Yes, text me", "I agree", "Opt in", "Sign me up"
_YES_ANSWER = re.compile(
    r"^\W*(?:yes|yeah|yep|sure|ok(?:ay)?|y|true|1|(?:i\s+)?(?:agree|consent|accept)|"
    r"opt[\s-]*in|subscribe|sign\s+me\s+up|count\s+me\s+in|please\s+(?:text|send))\b",
    re.IGNORECASE,
)
# an answer that says no: "No", "No thanks", "I don't agree", "Opt out", "Not now", "Decline"
_NO_ANSWER = re.compile(
    r"^\W*(?:no|nope|n|false|0|not\s+now|decline|opt[\s-]*out|unsubscribe|"
    r"(?:i\s+)?(?:do\s+not|don[’']t))\b",
    re.IGNORECASE,
)
# the prompt a list starts on before a person chooses: "Choose…", "-- Select --", "Pick one", ""
_PROMPT = re.compile(r"^\W*(?:(?:please\s+)?(?:choose|select|pick)\b|$)", re.IGNORECASE)


def is_yes_no_list(control: Control) -> bool:
    """A <select> that asks a yes/no question: each option says yes or no (or is the prompt it
    starts on), with at least one of each -- "Text me updates: Yes / No", "Choose… / Yes, text
    me / No thanks". A list of channels ("Email / Text / Call") or places answers no yes/no."""
    if control.tag != "select" or not control.options:
        return False
    kinds = [_answer_kind(option) for option in control.options]
    return "yes" in kinds and "no" in kinds and None not in kinds


def _answer_kind(option: str) -> str | None:
    if _NO_ANSWER.search(option):
        return "no"
    if _YES_ANSWER.search(option):
        return "yes"
    return "prompt" if _PROMPT.search(option) else None


def as_consent_box(select: Control) -> Control:
    """A yes/no list about texts read as the box it stands for: on when it shows a yes the
    person did not pick (the page's `selected` option or its script's choice -- a pre-selected
    consent, like a pre-ticked box), off on its prompt or a no. It is never a box that must be
    ticked: a required list is sent with its no as well."""
    on = _answer_kind(select.chosen) == "yes"
    return select.model_copy(update={"checked": on, "required": False})


def sms_consent_controls(controls: list[Control]) -> list[Control]:
    """The boxes that give SMS consent, in page order (radio "No" answers left out), with a
    yes/no list about texts read as its box (`as_consent_box`).

    A disabled box alone is a picture of consent (a mock-up on a policy page), not a way to
    give it; beside a phone field it is the form's box as a person sees it: greyed until the
    number is typed, or a sample screen whose fields are all disabled (its box is there)."""
    with_phone = any(is_phone_control(c) for c in controls)
    found = []
    for c in controls:
        if not (with_phone or not c.disabled):
            continue
        if is_yes_no_list(c) and meaning_of(c).sms_consent:
            found.append(as_consent_box(c))
        elif (
            is_choice(c)
            and not (c.type == "radio" and is_negative_choice(c))
            and (meaning_of(c).sms_answer if c.type == "radio" else meaning_of(c).sms_consent)
        ):
            found.append(c)
    return found


def other_choices(controls: list[Control], consent: list[Control]) -> list[Control]:
    return [c for c in controls if is_choice(c) and c not in consent]
