"""optin.consent_required on a form that joins a club or a members' list by email: a required
SMS box makes texts the price of the membership (blind round h14h, northgate-pet); a texting
sign-up that also asks an email (blind real10 innovate: "Submit & Opt In"), or one whose email
is optional, may require its box."""

from __future__ import annotations

from tests.test_optin_pages import DISCLOSURE, page, site, status

NAME = '<label for="first">First name</label><input id="first" name="first" required>'
PHONE = '<label for="cell">Mobile phone</label><input id="cell" name="cell" type="tel" required>'


def _club(email_attrs: str, box_attrs: str, phone: str = PHONE, button: str = "Join") -> str:
    return page(
        "<h2>Members' list</h2><p>Members get a coupon on their birthday and early word of "
        'sales.</p><form action="/club" method="post">'
        f'{NAME}<label for="mail">Email</label><input id="mail" name="mail" type="email" '
        f'{email_attrs}>{phone}<label><input type="checkbox" name="sms" {box_attrs}> '
        f'{DISCLOSURE}</label><button type="submit">{button}</button></form>'
    )


def test_a_required_sms_box_on_an_email_club_sign_up_fires() -> None:
    assert status(site(_club("required", "required")), "optin.consent_required") == "failed"
    assert status(site(_club("required", 'data-pvb="1"')), "optin.consent_required") == "failed"


def test_an_optional_box_or_an_optional_email_is_fine() -> None:
    assert status(site(_club("required", "")), "optin.consent_required") == "passed"
    # the email is only a contact detail when it is optional: the form signs up for texts
    assert status(site(_club("", "required")), "optin.consent_required") == "passed"


def test_a_texting_sign_up_that_also_asks_an_email_may_require_its_box() -> None:
    alerts = (
        '<label for="cell">Mobile number for text alerts</label>'
        '<input id="cell" name="cell" type="tel" required>'
    )
    assert status(site(_club("required", "required", alerts)), "optin.consent_required") == (
        "passed"
    )
    for button in ("Get text alerts", "Submit &amp; Opt In", "Sign me up"):
        texting = _club("required", "required", button=button)
        assert status(site(texting), "optin.consent_required") == "passed", button
