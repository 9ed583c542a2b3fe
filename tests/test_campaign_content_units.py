"""The judgement behind issue 20's package checks, on short texts: GSM-7 / UCS-2 segments, links
and bare domains, content classes read in context (with their near misses), opt-in methods,
brand near-spellings, use case suggestions and what a description says it is about."""

from __future__ import annotations

import pytest

from analyzers.campaign import sample_content
from analyzers.campaign.links import bare_domains, find_links
from analyzers.campaign.optin_methods import KEYWORD, PAPER, VERBAL, WEB, optin_methods
from analyzers.campaign.phrases import phrasebook
from analyzers.campaign.segments import GSM_BASIC, GSM_EXTENSION, segment
from analyzers.campaign.spelling import near_spellings
from analyzers.campaign.use_cases import classify, suggest_use_case

# ----------------------------------------------------------------------------- segments


def test_gsm_alphabet_is_the_03_38_tables() -> None:
    assert len(GSM_BASIC) == 127  # 128 positions less the escape
    assert GSM_EXTENSION == set("\f^{}\\[~]|€")
    assert {"@", "£", "¥", "è", "Δ", "ß", "¿", "à", "Ñ", "\n"} <= GSM_BASIC
    assert not {"á", "í", "ó", "ú", "ç", "’", "“", "—", "😀"} & GSM_BASIC


@pytest.mark.parametrize(
    "text, encoding, units, segments",
    [
        ("a" * 160, "GSM-7", 160, 1),
        ("a" * 161, "GSM-7", 161, 2),
        ("a" * 306, "GSM-7", 306, 2),
        ("a" * 307, "GSM-7", 307, 3),
        ("a" * 918, "GSM-7", 918, 6),
        ("a" * 919, "GSM-7", 919, 7),
        ("a" * 159 + "€", "GSM-7", 161, 2),  # an extension character counts two
        ("a" * 158 + "{", "GSM-7", 160, 1),
        ("a" * 152 + "[" + "a" * 152, "GSM-7", 306, 3),  # the escape pair is not split
        ("ó" * 70, "UCS-2", 70, 1),
        ("a" * 69 + "’", "UCS-2", 70, 1),  # one curly apostrophe makes the whole text UCS-2
        ("a" * 70 + "’", "UCS-2", 71, 2),
        ("a" * 134, "GSM-7", 134, 1),
        ("😀" * 35, "UCS-2", 70, 1),  # an emoji is a surrogate pair: two units
        ("a" * 66 + "😀" + "a" * 66, "UCS-2", 134, 3),  # the pair is not split
    ],
)
def test_segments(text: str, encoding: str, units: int, segments: int) -> None:
    parts = segment(text)
    assert (parts.encoding, parts.units, parts.segments) == (encoding, units, segments)


def test_the_characters_that_force_ucs2_are_named() -> None:
    assert segment("Café’s open — see you").non_gsm == ("’", "—")


# ----------------------------------------------------------------------------- links


@pytest.mark.parametrize(
    "text, links",
    [
        ("Order at ourbakery.com today", ["ourbakery.com"]),
        ("Book at ACME.COM!", ["ACME.COM"]),
        ("Visit acme.health/book or shop.acme.co.uk.", ["acme.health/book", "shop.acme.co.uk"]),
        ("Pay at https://acme.com/pay now", ["https://acme.com/pay"]),
        ("Go to [link] to pay", ["[link]"]),
        ("See Dr.Smith at 4.99 e.g. today, U.S. residents only", []),
        ("Thanks.Reply STOP to opt out", []),
        ("Email help@acme.com for help", []),
        ("Version 2.0 is out; see file.txt", []),
    ],
)
def test_links_include_bare_domains(text: str, links: list[str]) -> None:
    assert find_links(text) == links


def test_bare_domains_leave_urls_and_emails_alone() -> None:
    assert bare_domains("visit www.acme.com/x or write to a@b-acme.com") == []


# ----------------------------------------------------------------------------- content classes

FIRES = {
    "phishing": [
        "Acme Bank: Your account has been suspended. Confirm your details at acme-secure.co/login.",
        "Acme: Urgent action required: confirm your billing details at [link] within 24 hours.",
    ],
    "sensitive_request": [
        "Acme: Please reply with your SSN to finish your application.",
        "Acme: To complete payment, text us your card number and CVV.",
        "Acme: What is your password? Reply here so we can fix your login.",
    ],
    "prescription_offer": [
        "Acme: Buy Xanax online, no prescription needed!",
        "Acme Health: Get semaglutide weight loss injections for $199/mo.",
    ],
    "get_rich_quick": [
        "Acme: Be your own boss! Earn $5,000 a week from home.",
        "Acme: Join our team and earn a six-figure income with our network marketing business.",
    ],
    "prize_or_sweepstakes": [
        "Acme: Congratulations, you have won a $500 gift card! Claim your prize at [link].",
        "Acme: Enter our summer giveaway for a chance to win a kayak.",
    ],
    "lead_generation": [
        "Acme Insurance: Get offers from our trusted partners on auto insurance.",
        "We share your number with our partner lenders who may contact you.",
        "Acme: Our partners may text you about solar savings.",
    ],
}
NEAR_MISSES = {
    "phishing": [
        "Acme Bank: Your card was locked due to suspicious activity. Call the number on your card.",
        "Acme: Your verification code is 123456. Use it to verify your account.",
        "Acme: We will never ask you to verify your account by text.",
        "Acme: Your order shipped! Track it at acme.com/track/[id]",
        "Acme: Your subscription has expired. Renew at acme.com/renew",
        "Acme: Your payment was declined. Update your card at acme.com/billing",
    ],
    "sensitive_request": [
        "Acme: We will never ask for your password or card number by text.",
        "Acme: Never share your PIN with anyone.",
        "Acme: No one from Acme will ask for your password.",
        "Acme: Your one-time passcode is 4821. Do not share this code.",
        "Thanks for shopping with us! Your card number ending 1234 was charged.",
        "Acme: Update your card details at [link]",
    ],
    "prescription_offer": [
        "Acme Pharmacy: Your prescription is ready for pickup at our Main St store.",
        "Acme Pharmacy: Your refill of [medication] has been processed.",
        "Acme Rx: Time to refill your prescription. Reply YES to refill.",
    ],
    "get_rich_quick": [
        "Acme: Your paycheck has been deposited.",
        "Acme Realty: Thinking of selling? Get a free home valuation.",
        "Acme: Earn $10 in rewards every month with our loyalty card.",
        "Acme: Refer a friend and earn $25 a month in credit.",
    ],
    "prize_or_sweepstakes": [
        "Acme: Our award-winning team will see you on [date].",
        "Acme: Thanks for voting us best bakery!",
        "Acme: You have been selected to take our survey.",
        "Acme: Congrats, your reward points are ready! Claim your reward at checkout.",
    ],
    "lead_generation": [
        "Acme: Your mobile number will not be shared with third parties or affiliates.",
        "Acme: We never sell or share your number with partners.",
        "Acme: We send your order details to our delivery partners.",
    ],
}


@pytest.mark.parametrize("judge, text", [(j, t) for j, ts in FIRES.items() for t in ts])
def test_content_class_found(judge: str, text: str) -> None:
    assert getattr(sample_content, judge)(text) is not None


@pytest.mark.parametrize("judge, text", [(j, t) for j, ts in NEAR_MISSES.items() for t in ts])
def test_content_class_near_miss(judge: str, text: str) -> None:
    assert getattr(sample_content, judge)(text) is None


def test_profanity_is_whole_words_and_masked_spellings() -> None:
    assert sample_content.profanity("What the fuck, f*ck this sh!t") == ["fuck", "f*ck", "sh!t"]
    assert sample_content.profanity("Scunthorpe cocktail class in Essex, assess Hancock") == []


# ----------------------------------------------------------------------------- opt-in methods


@pytest.mark.parametrize(
    "flow, methods",
    [
        (
            "Patients opt in on our appointment request form at https://x.com/a by entering their "
            "mobile number and checking an optional box.",
            [WEB],
        ),
        ("Customers text JOIN to (608) 555-0142 to subscribe.", [KEYWORD]),
        (
            "Patients fill out a paper intake form at the front desk and tick the SMS consent box.",
            [PAPER],
        ),
        (
            "Customers give verbal consent over the phone when they call our office to book.",
            [VERBAL],
        ),
        ("Customers sign up on our website or at the counter in store.", [PAPER, WEB]),
        ("Homeowners opt in on the estimate request form on our website.", [WEB]),
        # blind round 16: a keyword texted to a short code, in full words or text-speak
        ("Volunteers opt in by texting SHIFTS to 55555.", [KEYWORD]),
        ("Volunteers opt in by txting SHIFTS to 55555.", [KEYWORD]),
        # blind round 34: a paper sheet's tick boxes, with the web only in the policy links
        (
            "Customers opt in on a paper sign-up sheet at our front counter. The sheet has "
            "columns for name and number and tick boxes for each kind of text. Privacy Policy: "
            "https://www.example.com/privacy Terms: https://www.example.com/sms-terms",
            [PAPER],
        ),
        # near miss: the web named outside the policy links keeps the web opt-in
        (
            "Customers opt in on a paper sign-up sheet at our front counter or online at "
            "https://www.example.com/join, where they tick a box. Privacy Policy: "
            "https://www.example.com/privacy",
            [PAPER, WEB],
        ),
        # near misses: texting the way out or for help is no way in
        ("Text STOP to 55555 to opt out at any time.", []),
        ("Diners sign up on our website. Text STOP to our number to cancel.", [WEB]),
    ],
)
def test_optin_methods(flow: str, methods: list[str]) -> None:
    assert sorted(optin_methods(flow)) == sorted(methods)


# ----------------------------------------------------------------------------- brand spelling

FORMS = ["Brightwater Dental Group LLC", "Brightwater Dental Group", "Brightwater Dental"]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Brightwater Dentl: hi", [("Brightwater Dentl", "Brightwater Dental")]),
        ("Bright Water Dental: hi", [("Bright Water Dental", "Brightwater Dental")]),
        (
            "Brigthwater Dental: see brightwaterdental.com or frontdesk@brightwaterdental.com",
            [("Brigthwater Dental", "Brightwater Dental")],
        ),
        ("BRIGHTWATER DENTAL: hi", []),
        ("Brightwater Dental Care: hi", []),
        ("Brightwater Dental's team", []),
        ("The Brightwater Dental Group LLC team", []),
    ],
)
def test_brand_near_spellings(text: str, found: list[tuple[str, str]]) -> None:
    assert near_spellings(text, FORMS) == found


def test_a_short_name_needs_an_exact_match_not_a_near_one() -> None:
    assert near_spellings("Acme: your acne treatment", ["Acme"]) == []


# ----------------------------------------------------------------------------- use cases, text


@pytest.mark.parametrize(
    "written, meant",
    [
        ("Custmer Care", "Customer Care"),
        ("Acount Notifcation", "Account Notification"),
        ("Marketting", "Marketing"),
        ("Appointment Reminders", None),
    ],
)
def test_use_case_suggestions(written: str, meant: str | None) -> None:
    assert suggest_use_case(written) == meant


def test_a_passcode_beside_account_words_is_a_passcode() -> None:
    labels = classify("Acme: Use code 482913 to log in to your account.").labels
    assert "otp" in labels


@pytest.mark.parametrize(
    "description",
    [
        "We text homeowners who ask for an estimate to set up the visit.",
        "We text customers when the van is on its way.",
    ],
)
def test_a_purpose_clause_says_what_the_messages_are_about(description: str) -> None:
    assert phrasebook("campaign_text").first(description, "message_subject")


@pytest.mark.parametrize(
    "flow, promised",
    [
        (
            "Mobile information will not be shared with third parties or affiliates for marketing.",
            True,
        ),
        ("We never share your number with third parties.", True),
        ("No mobile information will be sold or shared.", True),
        ("Your number is never sold or shared.", True),
        ("We don't share your number.", True),
        ("We do not sell your phone number.", False),  # selling is one way of sharing
        ("We share your information with our partners.", False),
        ("Msg & data rates may apply. Reply STOP to cancel.", False),
    ],
)
def test_no_sharing_promise(flow: str, promised: bool) -> None:
    assert bool(phrasebook("campaign_text").first(flow, "no_sharing")) is promised


# ----------------------------------------------------------------------------- domains


@pytest.mark.parametrize(
    "url",
    [
        "https://www.acme.com/x",
        "acme.com",
        "www.acme.co.uk",
        "shop.acme.co.uk/x",
        "github.io",
        "x.github.io",
        "http://127.0.0.1:8080/a",
        "localhost",
        "https://www.acme.com:443/",
        "ACME.COM",
        "acme.health/book",
        "mail.yahoo.co.uk",
        "gmail.com",
    ],
)
def test_site_domain_answers_as_registrable_domain(url: str) -> None:
    from analyzers.campaign.domains import site_domain
    from analyzers.text.urls import host_domain

    assert site_domain(url) == host_domain(url)


def test_a_plain_package_never_reads_the_public_suffix_list() -> None:
    """check-campaign has half a second; building the suffix tries costs a tenth of it."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    script = (
        "from analyzers.campaign.model import load_campaign\n"
        "from prevet.campaign_command import check_package\n"
        "import crawler.urls as urls\n"
        "check_package(load_campaign('fixtures/campaigns/compliant.yaml'))\n"
        "print(urls._built_extractor.cache_info().currsize)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "0"
