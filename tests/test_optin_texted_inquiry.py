"""An inquiry form whose numbers the site says it texts is the opt-in point (blind real24a): a
contact form asks for a phone number and says nothing of texts, while the site's privacy
policy says it texts the numbers people send with an inquiry. Consent is then taken by
submitting the form: checkbox_missing, disclosure_missing and the policy links fail at the
form, naming the statement; form_missing is for a person (a reviewer may call it no opt-in)."""

from __future__ import annotations

import pytest

from analyzers.optin.texted_inquiry import texts_inquiry_numbers
from tests.test_optin_pages import compliant_form, page, run, status

_CONTACT = (
    '<form action="/contact" method="post"><input name="name" placeholder="Name">'
    '<input name="phone" type="tel" placeholder="Phone"><input name="email" type="email">'
    '<textarea name="message"></textarea><button type="submit">Send</button></form>'
)


def _site(policy: str, contact: str = _CONTACT, **extra: str) -> dict[str, str]:
    pages = {
        "/": page('<h1>Acme Dental</h1><p>Family dentistry.</p><a href="/contact">Contact</a>'),
        "/contact": page(f"<h1>Contact us</h1>{contact}", "Contact | Acme Dental"),
        "/privacy": page(f"<h1>Privacy Policy</h1><p>{policy}</p>", "Privacy Policy | Acme Dental"),
    }
    pages.update(extra)
    return pages


_STATEMENT = "We use your phone number to send text messages about your inquiry."


def test_a_contact_form_whose_numbers_the_policy_says_are_texted_takes_consent() -> None:
    pages = _site(_STATEMENT)
    for check_id in (
        "optin.checkbox_missing",
        "optin.disclosure_missing",
        "optin.privacy_link_missing",
        "optin.terms_link_missing",
    ):
        result = run(pages, check_id)
        assert str(result.status) == "failed", (check_id, result.reason)
        assert result.findings[0].url.endswith("/contact"), check_id
        assert "about your inquiry" in result.findings[0].evidence, check_id
        assert "/privacy" in result.findings[0].evidence, check_id
    assert status(pages, "optin.form_missing") == "needs_review"
    # a form of the site that links the policy at the form has that link
    linked = _CONTACT.replace("</form>", '<a href="/privacy">Privacy Policy</a></form>')
    assert status(_site(_STATEMENT, linked), "optin.privacy_link_missing") == "passed"


@pytest.mark.parametrize(
    "sentence",
    [
        # consent by giving the number alone, the form's submission being the act
        "By providing your phone number, you agree to receive text messages about your inquiry.",
        "By submitting this form and providing your number, you agree to texts about your quote.",
        "We use your phone number to send SMS messages regarding your inquiry.",
        "Numbers submitted through our contact form may receive text messages from us.",
        "We will text you about your quote request and follow-up visits.",
    ],
)
def test_sentences_that_text_the_numbers_of_an_inquiry(sentence: str) -> None:
    assert texts_inquiry_numbers(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We may contact you by phone, email or text.",
        "We will not send text messages about your inquiry.",
        "If you opt in to texts, we will text you about your request.",
        "We use your phone number to call you about your inquiry.",
        "We send SMS appointment reminders to patients who sign up on our Text Alerts page.",
        # blind real30a: giving the number is one of two acts, the opt-in the other
        "By providing your phone number to Acme Dental and opting in to receive SMS messages, "
        "you agree to receive text messages related to your estimate request.",
        "By entering your number and checking the box, you agree to texts about your quote.",
        # blind real36a: the opt-in is the act, the estimate request only what texts are about
        "By opting in to receive text messages from Acme Dental, you agree to receive SMS "
        "messages related to your estimate requests and appointments.",
        "By checking the box, you agree to receive text messages about your quote.",
        # a help line: the form is how the person reaches the business
        "For help, reply HELP to any text message from us, call (402) 555-0143, or contact us "
        "through the online contact form.",
    ],
)
def test_sentences_that_do_not_text_the_numbers_of_an_inquiry(sentence: str) -> None:
    assert not texts_inquiry_numbers(sentence)


def test_near_misses_keep_the_contact_form_out_of_the_opt_in() -> None:
    # a generic line about the ways the business may reach people
    generic = _site("We may contact you by phone, email or text.")
    assert status(generic, "optin.checkbox_missing") == "not_applicable"
    assert status(generic, "optin.disclosure_missing") == "not_applicable"
    assert status(generic, "optin.form_missing") == "failed"
    # a proper SMS sign-up elsewhere on the site: the opt-in is judged there
    signup = {"/text-alerts": page(compliant_form(), "Text alerts | Acme Dental")}
    proper = _site(_STATEMENT, **signup)
    assert status(proper, "optin.checkbox_missing") == "passed"
    assert status(proper, "optin.disclosure_missing") == "passed"
    assert status(proper, "optin.form_missing") == "passed"
    # a contact form that asks for no phone number: nothing to text
    no_phone = _CONTACT.replace('<input name="phone" type="tel" placeholder="Phone">', "")
    assert status(_site(_STATEMENT, no_phone), "optin.checkbox_missing") == "not_applicable"


def test_sms_terms_describing_a_separate_opt_in_leave_no_opt_in_form() -> None:
    """Blind real30a (a painter): the SMS terms say "By providing your phone number to <brand>
    and opting in to receive SMS messages, you agree to receive texts related to your estimate
    request", and the only form (an estimate request) says nothing of texts. The terms
    describe an opt-in the form does not take: there is no opt-in form, and the terms' own
    sentence is no consent at a form to judge for policy links."""
    terms = (
        "<h1>SMS Terms</h1><p>By providing your phone number to Acme Dental and opting in to "
        "receive SMS messages, you agree to receive text messages related to your estimate "
        "request and appointment scheduling.</p><p>Message frequency varies. Message and data "
        "rates may apply. Reply STOP to opt out, HELP for help.</p>"
    )
    pages = _site("We respect your privacy.", **{"/sms-terms": page(terms, "SMS Terms")})
    assert status(pages, "optin.form_missing") == "failed"
    for check_id in (
        "optin.checkbox_missing",
        "optin.disclosure_missing",
        "optin.privacy_link_missing",
        "optin.terms_link_missing",
    ):
        assert status(pages, check_id) == "not_applicable", check_id
    # near miss: the same terms saying the number alone gives the consent
    alone = terms.replace(" and opting in to receive SMS messages", "")
    pages = _site("We respect your privacy.", **{"/sms-terms": page(alone, "SMS Terms")})
    assert status(pages, "optin.checkbox_missing") == "failed"
    assert status(pages, "optin.form_missing") == "needs_review"
