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


def _enrolment(heading: str, box: str, button: str, extra: str = "") -> str:
    """A form with a required email field, a required phone field and a required SMS box;
    what it joins is said only by its heading, its box and its button."""
    return page(
        f'<h2>{heading}</h2><form action="/enrol" method="post">{NAME}'
        f"{PHONE}"
        '<label for="mail">Your email address</label>'
        '<input id="mail" name="mail" type="email" required>'
        f'<label><input type="checkbox" name="sms" required> {box} {DISCLOSURE}</label>'
        f'{extra}<button type="submit">{button}</button></form>'
    )


def test_a_required_email_on_an_enrolment_in_text_alerts_is_only_a_contact_detail() -> None:
    # blind real23b: an enrolment in SMS temperature alerts asks for an email to reach the
    # person; the button "emails" the request. Nothing on the form offers emails.
    alerts = _enrolment(
        "Freezer alarm text enrolment",
        "Please enroll me in the automated text alerts for freezer alarms.",
        "Email My Enrollment Request",
    )
    assert status(site(alerts), "optin.consent_required") == "passed"
    # "we'll confirm by email" says how the reply comes, not a list to join
    confirm = _enrolment(
        "Text reminder enrolment",
        "Enroll me in appointment text reminders.",
        "Send request",
        "<p>We'll confirm your enrolment by email.</p>",
    )
    assert status(site(confirm), "optin.consent_required") == "passed"


def test_a_newsletter_or_email_offer_with_a_required_sms_box_still_fires() -> None:
    for heading, button in (
        ("Sign up for our monthly newsletter", "Submit"),
        ("Sign up for our monthly newsletter", "Subscribe"),
        ("Email me offers and early word of sales", "Send"),
    ):
        form = _enrolment(heading, "Also text me reminders.", button)
        assert status(site(form), "optin.consent_required") == "failed", (heading, button)
    # a box of its own for emails, beside the required SMS box
    email_box = '<label><input type="checkbox" name="news"> Send me emails about sales</label>'
    form = _enrolment("Stay in touch", "Text me too.", "Submit", email_box)
    assert status(site(form), "optin.consent_required") == "failed"


def test_a_box_that_takes_texts_and_emails_at_once_is_not_a_second_list() -> None:
    # the only words of emails are the SMS box's own: bundled consent, another check's matter
    form = _enrolment("Text alerts", "Text me alerts and email me offers.", "Sign me up")
    assert status(site(form), "optin.consent_required") == "passed"


def _harvest(email_attrs: str, intro: str = "") -> str:
    """A texting sign-up page: a required cell phone, an email field and one optional box."""
    return page(
        f"<h2>Harvest texts</h2>{intro}"
        '<form action="/thanks" method="post">'
        f'{NAME}{PHONE}<label for="mail">Email</label><input id="mail" name="mail" '
        f'type="email" {email_attrs}><label><input type="checkbox" name="sms"> {DISCLOSURE}'
        '</label><button type="submit">Sign me up</button></form>'
    )


def test_a_text_sign_up_with_an_optional_email_may_require_the_phone() -> None:
    """Blind round 29 (a farm stand's harvest texts): the form signs up for texts; its email is
    optional, so it joins no email list, and the cell phone it requires is the number the
    sign-up is for."""
    assert status(site(_harvest("")), "optin.consent_required") == "passed"


def test_a_required_phone_on_an_email_sign_up_still_fires() -> None:
    # near misses: the email is required, or the page offers an email list besides the texts
    assert status(site(_harvest("required")), "optin.consent_required") == "failed"
    newsletter = "<p>Sign up for our newsletter and get the weekly picking report.</p>"
    assert status(site(_harvest("", newsletter)), "optin.consent_required") == "failed"


def _with_list(lead_in: str, items: str) -> str:
    form = (
        '<h2>Sign up for SMS updates</h2><form action="/enrol" method="post">'
        f'{NAME}{PHONE}<label for="mail">Your email address</label>'
        '<input id="mail" name="mail" type="email" required>'
        f'<label><input type="checkbox" name="sms" required> {DISCLOSURE}</label>'
        '<button type="submit">Submit</button></form>'
    )
    return page(f"{form}<h3>What you will receive</h3><p>{lead_in}</p><ul>{items}</ul>")


def test_a_newsletter_listed_among_the_kinds_of_texts_offers_no_email_list() -> None:
    """Blind real34c (a tax firm's SMS opt-in page): under "If you opt in, you will receive
    text messages from ... that may include:" a list item reads "Service updates and
    newsletters about ...": the newsletter is something the texts carry, so the form with a
    required email field still joins no email list, and may require its own box. Near misses:
    a lead-in that names emails too, and a list under no lead-in about texts."""
    items = "<li>Visit reminders</li><li>Office news and newsletters about dental care</li>"
    texts = "If you opt in, you will receive text messages from Acme Dental that may include:"
    assert status(site(_with_list(texts, items)), "optin.consent_required") == "passed"
    both = "If you opt in, you will receive texts and emails from Acme Dental such as:"
    assert status(site(_with_list(both, items)), "optin.consent_required") == "failed"
    joined = "Everyone who signs up gets:"
    assert status(site(_with_list(joined, items)), "optin.consent_required") == "failed"
