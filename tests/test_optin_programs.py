"""A form that offers several text programs, a box each: which boxes give SMS consent."""

from __future__ import annotations

from tests.test_optin_pages import PHONE, context, form, page, site, status


def _two_programs(second_box: str, second_text: str) -> str:
    """Blind round 5 (little-acorns): two text programs on one form, each a plain "yes" box
    with that program's disclosure right under it."""
    return form(
        f"{PHONE}<fieldset><legend>Program 1: Closing Alerts</legend><label><input "
        'type="checkbox" name="alerts_ops"> Yes, send me Closing Alerts.</label><p>Acme Dental '
        "will text office closings. Up to 4 msgs/month. Msg &amp; data rates may apply. Reply "
        "HELP for help. Reply STOP to cancel.</p></fieldset><fieldset><legend>Program 2</legend>"
        f"<label>{second_box}</label><p>{second_text}</p></fieldset>"
    )


def test_each_plain_yes_box_over_its_own_text_disclosure_is_sms_consent() -> None:
    html = _two_programs(
        '<input type="checkbox" name="alerts_mkt"> Yes, send me News &amp; Offers.',
        "Acme Dental will text specials. Up to 2 msgs/month. Msg "
        "&amp; data rates may apply. Reply STOP to cancel.",
    )
    optin = context(site(page(html))).provide("optin_forms")[0]
    assert [c.name for c in optin.consent_controls] == ["alerts_ops", "alerts_mkt"]
    assert status(site(page(html)), "optin.checkbox_missing") == "passed"


def test_a_yes_box_over_an_email_disclosure_is_not_sms_consent() -> None:
    # near miss: the second program is an e-mail list (no message rates), so only the first
    # box gives SMS consent; a form whose only box is the e-mail one has no SMS box at all
    html = _two_programs(
        '<input type="checkbox" name="news"> Yes, send me the newsletter.',
        "We e-mail a newsletter once a month. Unsubscribe at any time.",
    )
    optin = context(site(page(html))).provide("optin_forms")[0]
    assert [c.name for c in optin.consent_controls] == ["alerts_ops"]
    email_only = form(
        f"{PHONE}<p>Get text alerts from Acme Dental.</p><label><input "
        'type="checkbox" name="news"> Yes, send me the newsletter.</label><p>We '
        "e-mail a newsletter once a month. Unsubscribe at any time.</p>"
    )
    assert status(site(page(email_only)), "optin.checkbox_missing") == "failed"


def test_the_yes_of_another_question_is_not_the_box_of_the_fine_print_under_a_later_field() -> None:
    """Blind real11 (a chauffeur's booking form): "Child seats? (o) No (o) Yes", then the
    "Contact Number" field with the SMS fine print in its label. The fine print belongs to the
    number field, so the "Yes" of the seat question is no consent: the form takes consent by
    submitting and has no SMS box."""
    booking = form(
        '<p>Child seats?</p><label><input type="radio" name="hasChildSeats" value="no"> No'
        '</label><label><input type="radio" name="hasChildSeats" value="yes"> Yes</label>'
        '<label>Contact Number <input type="text" name="contactNumber"><span>By providing your '
        "number, you consent to receive booking updates via SMS from Acme Dental. Msg frequency "
        "varies. Msg &amp; data rates may apply. Reply STOP to opt out, HELP for help.</span>"
        "</label>"
    )
    optin = context(site(page(booking))).provide("optin_forms")[0]
    assert optin.consent_controls == []
    assert status(site(page(booking)), "optin.checkbox_missing") == "failed"
