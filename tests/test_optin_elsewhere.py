"""A phone form whose own words say it is not the text sign-up is not an SMS opt-in."""

from __future__ import annotations

import pytest

from analyzers.optin.elsewhere import denies_text_signup
from tests.test_optin_pages import PHONE, compliant_form, context, form, page, site, status


@pytest.mark.parametrize(
    "clause",
    [
        "This form does not sign you up for text messages",
        "Submitting this request doesn't subscribe you to our SMS alerts.",
        "You will not be added to our text list.",
        "Your number won't be enrolled in any text program.",
        "This is not our text sign-up.",
        "This form is not a text message opt-in.",
        "To get text reminders, sign up on the Text Reminders page.",
        "for text alerts use the Text Alerts page.",
        "For texts about new workshops, please visit our Workshop Alerts page.",
        "If you'd like text deals, head to the Text Club page.",
        "Sign up for text alerts on our Text Club page.",
        "Visit our Text Alerts page to get texts.",
        "To receive appointment texts, go to acmedental.com/texts",
        # the number the form takes is never texted at all
        "We never send texts to this number.",
        "We won't send you any text messages.",
        "We don't text this number.",
        "No texts will ever be sent to your phone.",
        "Your mobile number is never texted.",
        # ... nor is any number the form takes (blind m35b: a quote form whose phone is for calls)
        "We do not send text messages from this form.",
        "We won't text you through this request.",
        "No texts are sent from this form.",
        # a verbless list of what the number is not for (blind m38: a booking overlay's phone)
        "No marketing, no texts.",
        "No spam, no sales calls, no text messages.",
    ],
)
def test_a_sentence_that_sends_texts_elsewhere_denies_the_signup(clause: str) -> None:
    assert denies_text_signup(clause)


@pytest.mark.parametrize(
    "clause",
    [
        # the negation governs something other than signing up for texts
        "Check the box to get texts.",
        "We don't share your number.",
        "No purchase needed to get our texts.",
        "You will not be charged for texts.",
        "This does not sign you up for our newsletter.",
        "We will not text you more than 4 times a month.",
        # a narrowed "never texts": some texts are still sent to the number
        "We never send marketing texts.",
        "We never text after 9 pm.",
        "Reply STOP and we will not text you again.",
        "We never send spam to this number.",
        "We won't text this number without your consent.",
        "Unless you opt in, we never send texts to this number.",
        "We do not send marketing texts from this form.",
        "We do not send texts from this form after 9 pm.",
        "We do not send text messages from this form unless you check the box.",
        "No marketing texts.",
        "No marketing, no texts after 9 pm.",
        # a condition: how this form signs up, not that it does not
        "You won't be signed up for texts unless you check the box.",
        # texts got here, on this form
        "To get texts, check the box below.",
        "For text alerts, enter your mobile number.",
        "To get text reminders, use the form below.",
        "Sign up for text alerts on this page.",
    ],
)
def test_a_negation_of_something_else_or_a_pointer_to_this_form_is_no_denial(
    clause: str,
) -> None:
    assert not denies_text_signup(clause)


def _callback(fine_print: str) -> str:
    """A scheduling-call form: a phone field for the call, a reason box, and fine print."""
    return page(
        '<form action="/requested" method="post"><label for="n">Name</label>'
        '<input id="n" name="name"><label for="p">Phone (we will call you)</label>'
        '<input id="p" type="tel" name="phone"><label for="r">Reason for visit</label>'
        f'<textarea id="r" name="reason"></textarea><p class="fine">{fine_print}</p>'
        '<button type="submit">Request a call</button></form>',
        title="Appointments | Acme Dental",
    )


@pytest.mark.parametrize(
    "fine_print",
    [
        "We call back within a day. This form does not sign you up for text messages "
        '&mdash; for text alerts use the <a href="/signup">Text Alerts</a> page.',
        "This form is for a phone call from our front desk. To get text reminders, sign up "
        'on the <a href="/signup">Text Reminders</a> page.',
    ],
)
def test_a_callback_form_that_sends_texts_to_the_signup_page_is_not_an_optin(
    fine_print: str,
) -> None:
    pages = site(compliant_form(), **{"/appointments": _callback(fine_print)})
    forms = context(pages).inputs.optin_forms
    assert [f.url.rsplit("/", 1)[-1] for f in forms] == ["signup"]
    for check in ("optin.checkbox_missing", "optin.rates_missing", "optin.brand_missing"):
        assert status(pages, check) == "passed", check


def test_a_delivery_form_whose_number_is_never_texted_is_not_an_optin() -> None:
    """Blind h14u (emberline): a delivery form asks for a phone "only so the driver can call
    you" and says the number is never texted; beside the real text sign-up it is no opt-in
    missing a box and a disclosure."""
    delivery = page(
        '<form action="/deliver" method="post"><label>Name <input name="name"></label>'
        '<label>Phone <input type="tel" name="phone" required></label> <small>Only for the '
        "courier to call you on delivery day. We never send texts to this number.</small>"
        '<button type="submit">Request delivery</button></form>',
        title="Delivery | Acme Dental",
    )
    pages = site(compliant_form(), **{"/delivery": delivery})
    forms = context(pages).inputs.optin_forms
    assert [f.url.rsplit("/", 1)[-1] for f in forms] == ["signup"]
    for check in ("optin.checkbox_missing", "optin.disclosure_missing"):
        assert status(pages, check) == "passed", check
    # near miss: a form that only narrows its texts is still an opt-in without a box
    narrowed = delivery.replace(
        "We never send texts to this number.",
        "We never send marketing texts, only delivery updates by text message.",
    )
    pages = site(compliant_form(), **{"/delivery": narrowed})
    assert status(pages, "optin.checkbox_missing") == "failed"


def test_a_callback_form_that_takes_text_consent_by_submitting_stays_an_optin() -> None:
    fine_print = (
        "By submitting you agree to receive appointment texts from Acme Dental. We don't "
        "share your number."
    )
    pages = site(compliant_form(), **{"/appointments": _callback(fine_print)})
    forms = context(pages).inputs.optin_forms
    assert sorted(f.url.rsplit("/", 1)[-1] for f in forms) == ["appointments", "signup"]
    assert status(pages, "optin.checkbox_missing") == "failed"


def test_a_text_box_whose_note_denies_only_the_newsletter_is_still_the_sms_box() -> None:
    html = form(
        f'{PHONE}<label><input type="checkbox" name="sms"> I agree to texts from Acme Dental'
        "</label><p>This does not sign you up for our newsletter. Msg &amp; data rates may "
        "apply. Reply STOP to cancel.</p>"
    )
    forms = context(site(html)).inputs.optin_forms
    assert [c.name for c in forms[0].consent_controls] == ["sms"]


def test_a_denial_beside_a_text_consent_box_does_not_hide_the_box() -> None:
    html = form(
        f'{PHONE}<label><input type="checkbox" name="sms"> Text me appointment reminders from '
        "Acme Dental</label><p>No purchase needed to get our texts. You won't be signed up "
        "for texts unless you check the box.</p>"
    )
    forms = context(site(html)).inputs.optin_forms
    assert [c.name for c in forms[0].consent_controls] == ["sms"]


def test_a_quote_form_that_sends_no_texts_is_not_an_optin() -> None:
    """Blind m35b (foxglen): a bulk-quote form's phone is for a sales rep's call, and a note
    inside it says no texts are sent from the form: the negation governs the sending, so the
    form is no opt-in missing a box; the site's text sign-up is still judged."""
    quote = page(
        '<form action="/quote" method="post"><label>Name <input name="name" required></label>'
        '<label>Best number to call you <input type="tel" name="phone"></label><p>Our sales '
        "rep will phone you during business hours. We do not send text messages from this "
        'form.</p><textarea name="msg"></textarea><button type="submit">Request quote</button>'
        "</form>",
        title="Bulk orders | Acme Dental",
    )
    pages = site(compliant_form(), **{"/bulk": quote})
    forms = context(pages).inputs.optin_forms
    assert [f.url.rsplit("/", 1)[-1] for f in forms] == ["signup"]
    for check in ("optin.checkbox_missing", "optin.disclosure_missing"):
        assert status(pages, check) == "passed", check
    # near miss: a note that denies only one kind of text leaves the form an opt-in
    narrowed = quote.replace(
        "We do not send text messages from this form.",
        "We do not send marketing texts from this form, only quote updates by text message.",
    )
    pages = site(compliant_form(), **{"/bulk": narrowed})
    assert status(pages, "optin.checkbox_missing") == "failed"
