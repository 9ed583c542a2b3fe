"""The registration kit: the opt-in, privacy and terms URLs, the form's screenshot and a message
flow, taken from what the site shows (analyzers/kit.py)."""

from __future__ import annotations

from types import SimpleNamespace

from analyzers.kit import best_disclosure, build_kit, find_optin_form
from analyzers.text.vocabulary import vocabulary
from tests.snapshots import snapshot_from_pages
from tests.test_report_fixtures import BASE, PAGES, SIGNUP_URL, sample_snapshot

ANALYSIS = SimpleNamespace(brand="Bright Smile Dental")

HOME = """<html><head><title>Harbor Bikes | Bicycle repair in Portland</title></head><body>
<nav><a href="/">Home</a> <a href="/service">Book a repair</a> <a href="/contact">Contact</a></nav>
<h1>Harbor Bikes</h1><p>Bicycle tune-ups, wheel building and e-bike repair in Portland.</p>
<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></body></html>"""

CONTACT = """<html><head><title>Contact | Harbor Bikes</title></head><body><h1>Contact us</h1>
<form id="contact"><label for="n">Name</label><input id="n" name="name">
<label for="p">Phone</label><input id="p" name="phone" type="tel">
<label for="m">Message</label><textarea id="m" name="message"></textarea>
<button>Send</button></form></body></html>"""

SERVICE = """<html><head><title>Book a repair | Harbor Bikes</title></head><body>
<h1>Book a repair</h1>
<form id="booking">
<label for="ph">Mobile number</label><input id="ph" name="mobile" type="tel">
<p>After you sign up you will get this text: "Harbor Bikes: you are subscribed to repair
updates. Msg frequency varies. Msg &amp; data rates may apply. Reply HELP for help, STOP to
cancel."</p>
<label><input type="checkbox" name="sms_ok"> I agree to receive repair status updates by text
from Harbor Bikes. Msg &amp; data rates may apply. Reply STOP to cancel.</label>
<p>See the <a href="/legal/sms-privacy">SMS privacy notice</a> and
<a href="https://policies.harborbikes-legal.com/terms">terms</a>.</p>
<button>Book</button></form></body></html>"""

PRIVACY = """<html><head><title>Privacy Policy | Harbor Bikes</title></head><body>
<h1>Privacy Policy</h1><p>We keep your contact details to run your repair.</p></body></html>"""

SMS_PRIVACY = """<html><head><title>SMS Privacy Policy | Harbor Bikes</title></head><body>
<h1>SMS privacy policy</h1><p>Mobile numbers are never shared for marketing.</p></body></html>"""

SITE = {
    "/": HOME,
    "/contact": CONTACT,
    "/service": SERVICE,
    "/privacy": PRIVACY,
    "/legal/sms-privacy": SMS_PRIVACY,
}
HARBOR = "https://www.harborbikes.com/"


def _kit(pages=SITE, **kwargs):
    return build_kit(snapshot_from_pages(pages, base=HARBOR), **kwargs)


def _url(kit, key):
    return next(item["url"] for item in kit["urls"] if item["key"] == key)


def test_kit_names_the_optin_page_policies_and_the_form():
    kit = build_kit(sample_snapshot(), ANALYSIS)
    assert kit["brand"] == "Bright Smile Dental"
    assert _url(kit, "website") == BASE
    assert _url(kit, "optin") == SIGNUP_URL
    assert _url(kit, "privacy") == BASE + "privacy"
    assert _url(kit, "terms") == BASE + "terms"
    assert kit["optin"]["screenshot"] == "screenshots/form-1.png"
    assert kit["optin"]["disclosure"].startswith("I agree to receive appointment reminders")


def test_message_flow_states_every_element_reviewers_look_for():
    kit = build_kit(sample_snapshot(), ANALYSIS)
    flow = kit["message_flow"]
    said = vocabulary("disclosure").labels_in(flow)
    assert {"rates", "frequency", "help", "stop", "message_types"} <= said
    assert "Bright Smile Dental" in flow and SIGNUP_URL in flow
    assert BASE + "privacy" in flow and BASE + "terms" in flow
    assert "appointment reminders" in flow  # the kind of messages, taken from the disclosure
    # what the site lacks for the flow to be true is said, not hidden
    assert any("frequency" in note and "help" in note for note in kit["notes"])
    assert any("box is checked by default" in note for note in kit["notes"])


def test_notes_name_exactly_what_the_form_lacks():
    # an optional, unchecked box whose text lacks frequency and HELP, with nothing around it
    # that states them (the sample message quoted on the page as served would)
    quoted = SERVICE[SERVICE.index("<p>After you sign up") : SERVICE.index("<label><input")]
    kit = _kit({**SITE, "/service": SERVICE.replace(quoted, "")})
    assert not any(
        "consent box is" in note or "no SMS consent checkbox" in note for note in kit["notes"]
    )
    assert (
        "The disclosure on the form does not yet state: frequency, help. Add it to the form "
        "so it matches the message flow." in kit["notes"]
    )


def test_the_consent_wins_over_a_sample_message_quoted_next_to_the_form():
    snapshot = snapshot_from_pages(SITE, base=HARBOR)
    candidate = find_optin_form(snapshot)
    assert candidate is not None and candidate.form.selector.endswith("booking")
    text, _said = best_disclosure(candidate.form)
    assert text.startswith("I agree to receive repair status updates")


def test_a_contact_form_with_a_phone_field_is_not_the_optin_form():
    kit = _kit({"/": HOME, "/contact": CONTACT})
    assert kit["optin"] is None
    assert _url(kit, "optin") is None
    assert "[the URL of your opt-in page]" in kit["message_flow"]
    assert any(note.startswith("No opt-in form was found") for note in kit["notes"])


def test_the_policy_the_form_links_to_wins_and_unread_links_still_count():
    kit = _kit()
    assert _url(kit, "privacy") == HARBOR + "legal/sms-privacy"  # linked from the form
    # the terms live on another domain the crawl did not read: the form's link is the answer
    assert _url(kit, "terms") == "https://policies.harborbikes-legal.com/terms"


def test_the_home_page_is_never_given_as_a_policy():
    home = HOME.replace(
        "Bicycle tune-ups", "Read our privacy policy and terms of service. Bicycle tune-ups"
    ).replace('<a href="/privacy">Privacy</a> <a href="/terms">Terms</a>', "")
    kit = _kit({"/": home, "/service": SERVICE.replace("/legal/sms-privacy", "/nowhere")})
    assert _url(kit, "privacy") not in (HARBOR, HARBOR.rstrip("/"))
    assert _url(kit, "terms") == "https://policies.harborbikes-legal.com/terms"


def test_a_given_optin_url_is_the_one_used():
    other = SERVICE.replace("booking", "winter").replace(
        "repair status updates", "winter storage reminders"
    )
    pages = {**SITE, "/winter": other}
    kit = _kit(pages, options=SimpleNamespace(optin_url=HARBOR + "winter"))
    assert _url(kit, "optin") == HARBOR + "winter"
    assert "winter storage reminders" in kit["optin"]["disclosure"]
    campaign = {
        "campaign": {"optin_url": HARBOR + "winter", "privacy_url": HARBOR + "privacy"},
        "brand": {"legal_name": "Harbor Bikes LLC", "dba": "Harbor Bikes"},
    }
    kit = _kit(pages, campaign=campaign)
    assert _url(kit, "optin") == HARBOR + "winter"
    assert _url(kit, "privacy") == HARBOR + "privacy"
    assert kit["brand"] == "Harbor Bikes"


def test_no_site_no_kit():
    assert build_kit(None) == {}
    assert PAGES  # the sample site used above is the one the report tests render


FINE_PRINT = """<html><head><title>Join our texts | Harbor Bikes</title></head><body>
<h1>Repair alerts by text</h1>
<form id="alerts"><label for="ph">Mobile number</label><input id="ph" name="mobile" type="tel">
<label><input type="checkbox" name="sms_ok"> Text me repair status updates from Harbor
Bikes.</label>
<p class="fine-print">Message frequency varies. Msg &amp; data rates may apply. Reply HELP for
help, STOP to cancel.</p>
<button>Sign up</button></form></body></html>"""


def test_the_fine_print_under_the_box_counts_as_the_disclosure():
    """The kit agrees with the opt-in checks: elements stated in the fine print next to the box
    are stated, even when the box's own label is short."""
    kit = _kit({"/": HOME, "/alerts": FINE_PRINT, "/privacy": PRIVACY})
    assert kit["optin"] is not None
    assert not any("does not yet state" in note for note in kit["notes"]), kit["notes"]
