"""Wordings the hold-out opt-in sites found, read as a reviewer reads them: each rule with a case
that must count and a near miss that must not."""

from __future__ import annotations

import pytest

from analyzers.text.vocabulary import compile_pattern, parse, vocabulary
from tests.test_optin_pages import DISCLOSURE, compliant_form, page, site, status


def _labels(text: str) -> set[str]:
    return vocabulary("disclosure").labels_in(text)


@pytest.mark.parametrize(
    "text",
    [
        # the sender between the kind of message and its subject
        "I agree to receive text messages from Blue Ridge Comfort Heating & Air about my estimate "
        "and service appointments.",
        # what triggers a text
        "Sudsy Paws Grooming will text you when your pet is ready to be picked up.",
        "Text me about this booking.",
        # joined subjects, "text" between the subject and "messages"
        "I agree to receive recurring restaurant event and reservation text messages from Osteria "
        "Vellano.",
        "Send me class cancellations, waitlist openings and holiday-hours texts from Ironwood Gym.",
    ],
)
def test_message_types_worded_around_the_sender(text: str) -> None:
    assert "message_types" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "I agree to receive text messages from Acme Heating at the number provided.",
        "Text us when you arrive.",
        "You may text us about your order.",
        "Cancellations must be made 24 hours in advance.",
        # the gap after the sender does not reach into the next sentence
        "I agree to receive text messages from Acme. Questions about your bill? Call us.",
    ],
)
def test_no_message_type_named(text: str) -> None:
    assert "message_types" not in _labels(text)


def test_kind_of_message_fallback_reads_past_the_word_text() -> None:
    label = DISCLOSURE.replace("appointment reminders by text message", "cleaning text alerts")
    assert status(site(page(compliant_form(label=label))), "optin.message_type_missing") == "passed"


@pytest.mark.parametrize(
    "text",
    [
        "Consent isn’t a condition of purchase.",
        "Consent isn't a condition of purchase.",
        "CONSENT ISN’T A CONDITION OF PURCHASE.",
        "Consent is not a condition of registration.",
        "Consent is not a condition of your lease.",
    ],
)
def test_condition_of_purchase_contracted_or_not_a_shop(text: str) -> None:
    assert "condition_of_purchase" in _labels(text)


def test_condition_stated_positively_is_not_the_disclaimer() -> None:
    assert "condition_of_purchase" not in _labels("Texts are a condition of registration.")


def test_not_slot_matches_contractions_in_every_vocabulary() -> None:
    assert {"n't", "n’t"} <= set(compile_pattern("do not share")[1]["LOWER"]["IN"])
    assert [t.text for t in parse("WE DON'T SELL")] == ["WE", "DO", "N'T", "SELL"]


@pytest.mark.parametrize(
    "text",
    [
        "Carrier rates may apply.",
        "Standard carrier rates apply.",
        "Standard rates may apply to text messages.",
        "Standard msg and data rates may apply.",
    ],
)
def test_rates_with_messaging_context(text: str) -> None:
    assert "rates" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Standard delivery rates will apply outside city limits.",
        "Installation rates may apply.",
        "Delivery rates may apply.",
        "Standard rates may apply.",
    ],
)
def test_rates_for_other_things_are_not_the_sms_line(text: str) -> None:
    assert "rates" not in _labels(text)


_NO_STOP = DISCLOSURE.replace("Reply HELP for help or STOP to cancel.", "Reply HELP for help.")


@pytest.mark.parametrize(
    ("opt_out", "want"),
    [
        (
            "You can unsubscribe at any time by clicking the link in the footer of our emails.",
            "failed",
        ),
        ("You can opt out of texts and emails at any time.", "passed"),
        ("Reply STOP to end texts; you can also unsubscribe from our emails anytime.", "passed"),
        ("You can unsubscribe at any time.", "passed"),
    ],
)
def test_email_only_unsubscribe_is_not_stop(opt_out: str, want: str) -> None:
    label = _NO_STOP.replace("Reply HELP for help.", f"Reply HELP for help. {opt_out}")
    assert status(site(page(compliant_form(label=label))), "optin.stop_missing") == want


@pytest.mark.parametrize("text", ["About 2–3 texts a month.", "Up to 2—4 msgs/wk."])
def test_number_ranges_with_dashes_are_a_frequency(text: str) -> None:
    assert "frequency" in _labels(text)


def test_dashes_between_words_or_times_are_not_a_frequency() -> None:
    assert "frequency" not in _labels("Open 9–5 weekdays – call or stop in.")
    assert [t.text for t in parse("2–3")] == ["2", "–", "3"]


def test_a_verb_that_switches_texts_on_is_no_kind_of_message() -> None:
    """Blind real13: "Enable SMS notifications" names no subject; "enable" switches them on."""
    for lead in ("Enable SMS notifications", "Turn on text alerts"):
        label = DISCLOSURE.replace("appointment reminders by text message", lead.lower())
        assert (
            status(site(page(compliant_form(label=label))), "optin.message_type_missing")
            == "failed"
        ), lead
    # near miss: a subject before the same words still names the kind
    label = DISCLOSURE.replace("appointment reminders by text message", "shipping SMS alerts")
    assert status(site(page(compliant_form(label=label))), "optin.message_type_missing") == "passed"
