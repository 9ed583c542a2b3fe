"""The opt-in form judged as a person meets it, by general rules of how businesses write:
the disclosure where the number is collected (not a linked page, not the site footer), the
business's own "... Partners" name, plain-word message types and frequency, bundling, a marketing
text club, fine print measured against the form's own labels, a brand split by markup."""

from __future__ import annotations

import pytest

from analyzers.inputs.brand import BrandNames
from analyzers.optin.below import consent_below
from analyzers.optin.kinds import consent_kinds
from analyzers.optin.names import (
    household_partner,
    partner_reading,
    person_partner,
    persons_question,
    stock_sells_out,
)
from analyzers.optin.plain_words import frequency_in, message_type_in
from crawler.snapshot import Control, Form, Page, TextBlock
from tests.test_optin_pages import DISCLOSURE, PHONE, compliant_form, form, page, run, site, status

ELEMENT_CHECKS = [
    "optin.brand_missing",
    "optin.message_type_missing",
    "optin.frequency_missing",
    "optin.rates_missing",
    "optin.help_missing",
    "optin.stop_missing",
]
SMS_TERMS = page(
    "<h1>SMS Terms</h1><p>Acme Dental sends appointment reminders by text. Message "
    "frequency varies. Msg &amp; data rates may apply. Reply HELP for help, STOP to "
    "cancel.</p>",
    "SMS Terms | Acme Dental",
)
BARE_BOX = form(
    f'{PHONE}<label><input type="checkbox" name="sms_ok"> Yes, text me!</label> '
    '<span>(<a href="/sms-terms">SMS Terms</a> · <a href="/privacy">Privacy Policy'
    "</a>)</span>"
)


# --- the disclosure is judged where the number is collected -------------------------------


def test_disclosure_only_on_a_linked_page_is_hidden_and_each_missing_element_fires() -> None:
    pages = site(BARE_BOX, **{"/sms-terms": SMS_TERMS})
    result = run(pages, "optin.disclosure_hidden")
    assert str(result.status) == "failed"
    assert "Yes, text me!" in result.findings[0].evidence
    assert "sms-terms" in result.findings[0].evidence
    for check_id in ELEMENT_CHECKS:
        assert status(pages, check_id) == "failed", check_id
    # one finding for the form, not "missing" and "hidden" for the same thing
    assert status(pages, "optin.disclosure_missing") == "passed"
    assert status(pages, "optin.privacy_link_missing") == "passed"


def test_bare_box_linking_to_no_disclosure_is_missing_not_hidden() -> None:
    pages = site(BARE_BOX, **{"/sms-terms": page("<h1>SMS Terms</h1><p>Coming soon.</p>")})
    assert status(pages, "optin.disclosure_missing") == "failed"
    assert status(pages, "optin.disclosure_hidden") == "passed"
    assert status(pages, "optin.rates_missing") == "not_applicable"


def test_full_disclosure_at_the_box_with_a_terms_link_is_fine() -> None:
    label = DISCLOSURE + ' <a href="/sms-terms">SMS Terms</a>'
    pages = site(page(compliant_form(label=label)), **{"/sms-terms": SMS_TERMS})
    for check_id in ["optin.disclosure_hidden", "optin.disclosure_missing", *ELEMENT_CHECKS]:
        assert status(pages, check_id) == "passed", check_id


def test_site_footer_below_the_form_is_not_the_disclosure() -> None:
    disclosure = (
        "I agree to receive appointment reminders by text. Message frequency varies. "
        "Msg &amp; data rates may apply. Reply HELP for help or STOP to cancel. "
        '<a href="/privacy">Privacy Policy</a> <a href="/terms">Terms</a>'
    )
    body = (
        f'<div class="content">{compliant_form(label=disclosure)}</div>'
        '<div id="site-footer">Acme Dental · 12 Main St · (555) 555-0100</div>'
    )
    assert status(site(page(body)), "optin.brand_missing") == "failed"
    # the same words in a caption right under the form are next to it
    body = (
        f'<div class="content">{compliant_form(label=disclosure)}'
        "<p>Texts come from Acme Dental.</p></div>"
    )
    assert status(site(page(body)), "optin.brand_missing") == "passed"


_NAMELESS_FINE_PRINT = (
    "If you provide a mobile number, you consent to receive service-related SMS about this "
    "request. Message frequency varies. Msg &amp; data rates may apply. Reply STOP to cancel "
    'or HELP for help. <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms</a>'
)


def _contact_page(above: str = "<h2>Contact form</h2>", under: str = "") -> str:
    return page(
        "<h1>Contact Acme Dental</h1><h2>Support</h2><p>Email: help@acme-dental.com</p>"
        f'{above}<form action="/contact" method="post">{PHONE}<textarea name="message">'
        f"</textarea><p>{_NAMELESS_FINE_PRINT}</p><button>Send</button></form>"
        "<h2>Business details</h2><p>Acme Dental Inc. · United States</p>"
        f"{under}<p>© 2026 Acme Dental Inc. · Privacy · Terms</p>"
    )


def test_the_page_title_and_a_company_line_do_not_name_the_sender() -> None:
    """Blind real30b (a travel companion marketplace): the form's only consent sentence, "If
    you provide a mobile number, you consent to receive service-related SMS about this
    request", names no one. The page's title ("Contact <brand>", above other sections and the
    form's own heading) and the company and copyright lines under it name the site, not the
    sender of these texts."""
    assert status(site(_contact_page()), "optin.brand_missing") == "failed"
    # near misses: the form's own heading, or a line next to it that speaks of the texts
    for above, under in (
        ("<h2>Text Acme Dental</h2>", ""),
        ("<h2>Contact form</h2>", "<p>Texts about your request come from Acme Dental.</p>"),
        ("<p>Acme Dental will text you about your request.</p>", ""),
    ):
        pages = site(_contact_page(above, under))
        assert status(pages, "optin.brand_missing") == "passed", (above, under)


def test_a_short_form_joined_by_a_small_word_is_the_brand() -> None:
    """Fixture blind11-lakeside-pet-sitter: "photos from Paws at Lakeside" names Paws at
    Lakeside Pet Sitting by its first words; "at" joins them in lower case, as "of" does."""
    brand = BrandNames(["Paws at Lakeside Pet Sitting"], "inferred")
    assert brand.short_form_in("visit updates and photos from Paws at Lakeside") == (
        "Paws at Lakeside"
    )
    assert brand.short_form_in("Paws at the lake") is None
    assert BrandNames(["Acme at Home Care"], "inferred").short_form_in("Acme at home") is None


def test_footer_signup_reads_its_own_caption() -> None:
    footer = (
        f'<div class="footer">{compliant_form(label="Text me reminders")}'
        "<p>Appointment reminders from Acme Dental. Message frequency varies. Msg &amp; "
        "data rates may apply. Reply HELP for help, STOP to cancel.</p></div>"
    )
    pages = site(page(footer))
    for check_id in ("optin.rates_missing", "optin.frequency_missing", "optin.brand_missing"):
        assert status(pages, check_id) == "passed", check_id


# --- the business's own name is not a third party ---------------------------------------


def _named(name: str, label: str) -> dict[str, str]:
    pages = site(page(compliant_form(label=label)))
    return {url: html.replace("Acme Dental", name) for url, html in pages.items()}


def test_business_named_partners_is_not_a_third_party() -> None:
    label = (
        DISCLOSURE.replace("from Acme Dental", "from Acme Dental")
        + " Northfield Comfort Partners will send texts about your service ticket."
    )
    pages = _named("Northfield Comfort Partners", label)
    assert status(pages, "optin.third_party_consent") == "passed"
    pages = _named("Castellan Legal Group", DISCLOSURE)
    assert status(pages, "optin.third_party_consent") == "passed"


def test_others_named_in_the_consent_are_third_parties() -> None:
    shared = DISCLOSURE.replace(
        "from Acme Dental", "from Acme Dental and its trusted home-service partners"
    )
    assert status(site(page(compliant_form(label=shared))), "optin.third_party_consent") == "failed"
    other = DISCLOSURE.replace(
        "from Acme Dental", "from Acme Dental and Blue Ridge Lending Partners"
    )
    result = run(site(page(compliant_form(label=other))), "optin.third_party_consent")
    assert str(result.status) == "needs_review"
    assert "Partners" in result.findings[0].message


@pytest.mark.parametrize(
    "others",
    [
        # blind r19: an insurance agency's quote form
        "from Acme Dental and the insurance carriers we represent",
        "from Acme Dental and our partner lenders",
        "from Acme Dental and participating dealers",
        "from Acme Dental, and select vendors",
    ],
)
def test_senders_described_after_from_besides_the_brand_are_third_parties(others: str) -> None:
    """A sender joined to the brand after "from" and described by its trade ("the carriers
    we represent", "participating dealers") is another company that will text."""
    label = DISCLOSURE.replace("from Acme Dental", others)
    assert status(site(page(compliant_form(label=label))), "optin.third_party_consent") == "failed"


@pytest.mark.parametrize(
    "extra",
    [
        # the wireless sense of "carriers": no sender
        " Mobile carriers are not liable for delayed or undelivered messages.",
        " Texts from Acme Dental and your wireless carrier's network may be delayed.",
        # the business's own staff, and a second list after "from" that is no company
        " Texts come from Acme Dental and our front-desk team.",
        " Texts from Acme Dental about cleanings and other appointments.",
    ],
)
def test_carriers_and_staff_are_not_other_senders(extra: str) -> None:
    label = DISCLOSURE + extra
    assert status(site(page(compliant_form(label=label))), "optin.third_party_consent") == "passed"


@pytest.mark.parametrize(
    "extra",
    [
        # blind r22: a staffing agency's application form
        " You agree that Acme Dental and the client employers where you are placed may send "
        "you shift offers by text.",
        " Acme Dental and its partner clinics will also text you.",
        " Acme Dental and participating employers may contact you at this number.",
    ],
)
def test_companies_joined_to_the_brand_as_who_sends_are_third_parties(extra: str) -> None:
    """Others joined to the business as the subject of a sending verb ("Acme and the client
    employers where you are placed may send you ...") will text the person too."""
    label = DISCLOSURE + extra
    assert status(site(page(compliant_form(label=label))), "optin.third_party_consent") == "failed"


@pytest.mark.parametrize(
    "extra",
    [
        # near misses: the business sends what others offer, a negation, the wireless sense
        " Acme Dental may send you shift offers from client employers.",
        " Acme Dental and the client employers will never text you about pay.",
        " Acme Dental and your wireless carriers may send you fee notices.",
        " Acme Dental and our front-desk team may text you.",
    ],
)
def test_the_brand_sending_what_others_offer_is_no_other_sender(extra: str) -> None:
    label = DISCLOSURE + extra
    assert status(site(page(compliant_form(label=label))), "optin.third_party_consent") == "passed"


def test_the_brands_own_name_after_from_is_not_another_sender() -> None:
    """A business named "Harbor and Partner Clinics" is the sender: its name is never another
    sender, though it reads like "from X and partner clinics"."""
    pages = _named("Harbor and Partner Clinics", DISCLOSURE)
    assert status(pages, "optin.third_party_consent") == "passed"


@pytest.mark.parametrize(
    ("text", "word", "reading"),
    [
        ("Northfield Comfort Partners will send texts.", "Partners", "own"),
        ("Texts from Sparkle Nest and its trusted home-service partners.", "partners", "others"),
        ("Texts from Sparkle Nest and its Marketing Partners.", "Partners", "others"),
        ("Partners may text you.", "Partners", "others"),
        ("We share your number with Our Partners.", "Partners", "others"),
        ("Texts from Sparkle Nest and Blue Ridge Lending Partners.", "Partners", "name"),
        ("Texts from CastellanSM Legal Partners.", "Partners", "own"),
    ],
)
def test_partner_reading(text: str, word: str, reading: str) -> None:
    brand = BrandNames(["Northfield Comfort Partners LLC", "Castellan Legal Partners"], "inferred")
    start = text.index(word)
    assert partner_reading(text, start, start + len(word), brand) == reading


@pytest.mark.parametrize(
    ("text", "word", "person"),
    [
        # a player paired with the subscriber (blind h14k: a two-location pickleball club)
        ("Get a text when our match desk finds you a doubles partner.", "partner", True),
        ("Text me court-opening and partner-match alerts from the club.", "partner", True),
        ("We send court, doubles-partner match and league texts.", "partner", True),
        ("Alerts when new dance partners join your class.", "partners", True),
        ("Texts about partner matching for the spring ladder.", "partner", True),
        # near misses: other companies
        ("Offers from our partners by text.", "partners", False),
        ("Partner offers and deals by text.", "Partner", False),
        ("Texts from Acme and its marketing partners.", "partners", False),
        ("We may text you on behalf of a partner.", "partner", False),
        ("A partner may contact you with a match.", "partner", False),
    ],
)
def test_person_partner(text: str, word: str, person: bool) -> None:
    start = text.index(word)
    assert person_partner(text, start, start + len(word)) is person


def test_a_doubles_partner_in_the_consent_is_not_a_third_party() -> None:
    label = DISCLOSURE.replace(
        "from Acme Dental",
        "from Acme Dental, including partner-match alerts when we find you a "
        "doubles partner at your level",
    )
    pages = site(page(compliant_form(label=label)))
    assert status(pages, "optin.third_party_consent") == "passed"
    # near miss: the same consent that also covers a partner's offers is third party
    others = label + " You may also get texts with offers from our partners."
    assert status(site(page(compliant_form(label=others))), "optin.third_party_consent") == "failed"


@pytest.mark.parametrize(
    ("text", "household"),
    [
        # the subscriber's own partner, who signs up with their own number (blind h14y)
        ("Can my partner get the texts too?", True),
        ("Your spouse or partner can sign up with their own number.", True),
        ("Her partner's phone is not added.", True),
        # near misses: other companies
        ("Texts from Acme and our partner.", False),
        ("Offers from your partner lender by text.", False),
        ("You agree to receive texts from our partners.", False),
        ("We may share your number with a partner.", False),
    ],
)
def test_household_partner(text: str, household: bool) -> None:
    start = text.index("partner")
    assert household_partner(text, start, start + len("partner")) is household


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Can my partner get the texts too?", True),
        ("Will you share my number with partners?", True),
        # near misses: the business asking, or a statement
        ("Want deals from our partners?", False),
        ("You agree to receive texts from our partners.", False),
        ("I agree to receive texts from Acme and its partners.", False),
    ],
)
def test_persons_question(sentence: str, question: bool) -> None:
    assert persons_question(sentence) is question


def test_an_faq_about_the_persons_own_partner_is_not_a_third_party() -> None:
    faq = (
        "<details><summary>Can my partner get the texts too?</summary><p>Yes: your spouse or "
        "partner can sign up with their own number.</p></details>"
    )
    pages = site(page(compliant_form() + faq))
    assert status(pages, "optin.third_party_consent") == "passed"
    inside = form(
        f'{PHONE}<label><input type="checkbox" name="sms_consent"> {DISCLOSURE}</label>{faq}'
    )
    assert status(site(page(inside)), "optin.third_party_consent") == "passed"
    # near misses: the consent covering partners' texts, or sharing the number, still fires
    for others in (
        " You agree to receive texts from our partners.",
        " We may share your number with our marketing partners.",
    ):
        label = DISCLOSURE + others
        shared = form(
            f'{PHONE}<label><input type="checkbox" name="sms_consent"> {label}</label>{faq}'
        )
        assert status(site(page(shared)), "optin.third_party_consent") == "failed"


# --- message types and frequency in plain words -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Northfield will send texts about your service ticket, like when the technician is on the "
        "way.",
        "Updates on your repair ticket, like when the van is on its way.",
        "I agree to receive texts regarding my rental application.",
        "Text me about my order, pickups and account questions.",
        "We send two-way messages to coordinate deliveries.",
        "Harbor Tailoring texts clients who opt in about their alterations being ready.",
        # blind r13: the messages as subject of a verb of content
        "Maple Roofing texts cover inspection visits, crew arrival windows and invoices.",
        "Our messages include pickup times and order changes.",
        "You consent to receive SMS communications related to your repair request.",
    ],
)
def test_message_type_in_plain_words(sentence: str) -> None:
    assert message_type_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I agree to receive texts from Acme at the number provided.",
        "I agree to receive text messages from Acme Dental on my phone.",
        "Msg & data rates may apply to texts sent to your phone.",
        "You may receive text messages for help.",
        "Reply STOP to the number to opt out.",
        "Send text messages to customers.",
        "Yes, text me!",
        "Harbor Tailoring texts clients who ask about alterations.",
        # near misses: what a message contains that is its form, not its subject
        "Our texts include a link to manage your preferences.",
        "Messages may contain STOP instructions and images.",
        "Text messages include msg and data rates.",
    ],
)
def test_no_message_type_in_these(sentence: str) -> None:
    assert message_type_in(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Expect one or two texts per visit.",
        "Usually 1 text per class.",
        "You'll get launches and sales (marketing texts), about 4 per month.",
        "We text you as needed whenever a crew is scheduled.",
        "We only text when your order is ready for pickup.",
        "A couple of reminders a week at most.",
    ],
)
def test_frequency_in_plain_words(sentence: str) -> None:
    assert frequency_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Memberships from $4 per month include texts.",
        "We will only text you if you agree below.",
        "Message and data rates may apply.",
        "Open 7 days a week.",
    ],
)
def test_no_frequency_in_these(sentence: str) -> None:
    assert frequency_in(sentence) is None


def test_plain_word_types_and_frequency_satisfy_the_form_checks() -> None:
    label = (
        "Optional: text me about this service request. Acme Dental will send texts about "
        "your service ticket, like when the technician is on the way. Expect one or two "
        "texts per visit. Msg &amp; data rates may apply. Reply HELP for help. Reply STOP "
        'to cancel. <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms</a>'
    )
    pages = site(page(compliant_form(label=label)))
    assert status(pages, "optin.message_type_missing") == "passed"
    assert status(pages, "optin.frequency_missing") == "passed"
    vague = label.replace(
        " about your service ticket, like when the technician is on the way", ""
    ).replace("text me about this service request", "text me")
    vague = vague.replace("Expect one or two texts per visit.", "")
    assert status(site(page(compliant_form(label=vague))), "optin.message_type_missing") == "failed"
    assert status(site(page(compliant_form(label=vague))), "optin.frequency_missing") == "failed"


def test_sign_in_codes_are_a_message_type() -> None:
    label = DISCLOSURE.replace("appointment reminders by text message", "sign-in codes by text")
    assert status(site(page(compliant_form(label=label))), "optin.message_type_missing") == "passed"
    untyped = DISCLOSURE.replace("appointment reminders by text message", "text messages")
    zips = "<p>We serve the 53711 and 53713 zip codes.</p>"
    assert (
        status(site(page(compliant_form(label=untyped) + zips)), "optin.message_type_missing")
        == "failed"
    )


# --- bundling and marketing separation ---------------------------------------------------


@pytest.mark.parametrize(
    "fine",
    [
        "Recurring autodialed marketing messages, up to 6 msgs/mo.",
        "By checking this box you also acknowledge our Privacy Policy.",
        "I agree to the SMS Terms and Privacy Policy.",
    ],
)
def test_not_bundled(fine: str) -> None:
    label = DISCLOSURE + " " + fine
    assert status(site(page(compliant_form(label=label))), "optin.bundled_consent") == "passed"


def test_separate_privacy_acknowledgement_line_is_not_bundling() -> None:
    html = form(
        f'{PHONE}<label><input type="checkbox" name="sms"> {DISCLOSURE}</label>'
        '<p>By submitting you acknowledge our <a href="/privacy">Privacy Policy</a>.</p>'
    )
    assert status(site(page(html)), "optin.bundled_consent") == "passed"


@pytest.mark.parametrize(
    "bundled",
    [
        "I agree to receive texts from Acme Dental and agree to the Terms of Use.",
        "I agree to receive autodialed calls and texts from Acme Dental.",
    ],
)
def test_still_bundled(bundled: str) -> None:
    label = bundled + " " + DISCLOSURE
    assert status(site(page(compliant_form(label=label))), "optin.bundled_consent") == "failed"


def test_marketing_only_text_club_is_not_marketing_plus_service() -> None:
    label = DISCLOSURE.replace(
        "appointment reminders by text message",
        "new-scent launches, restock notices and studio sale announcements (marketing texts)",
    )
    pages = site(page(compliant_form(label=label)))
    assert status(pages, "optin.marketing_not_separate") == "passed"
    mixed = DISCLOSURE.replace("appointment reminders", "weather alerts and promotions")
    assert (
        status(site(page(compliant_form(label=mixed))), "optin.marketing_not_separate") == "failed"
    )
    club_and_orders = label.replace("(marketing texts)", "and order updates (marketing texts)")
    assert (
        status(site(page(compliant_form(label=club_and_orders))), "optin.marketing_not_separate")
        == "failed"
    )


# --- prominence against the form's own labels --------------------------------------------


def _styled(
    size: str, contrast: str, label_size: str = "16", label_contrast: str = "12.6"
) -> dict[str, str]:
    html = form(
        f'<label for="phone" data-pvfs="{label_size}" data-pvct="{label_contrast}">Mobile number'
        '</label><input id="phone" name="phone" type="tel"><label data-pvfs="'
        f'{size}" data-pvct="{contrast}"><input type="checkbox" name="sms"> {DISCLOSURE}'
        "</label>"
    )
    return site(page(html))


def test_label_style_fine_print_is_prominent() -> None:
    assert status(_styled("14", "4.6"), "optin.disclosure_not_prominent") == "passed"
    assert status(_styled("13", "7.0"), "optin.disclosure_not_prominent") == "passed"
    assert (
        status(_styled("12", "5.0", label_size="12"), "optin.disclosure_not_prominent") == "passed"
    )


@pytest.mark.parametrize(
    ("size", "contrast", "quoted"),
    [("11", "12.6", "11px"), ("15", "2.4", "contrast 2.4:1"), ("9", "2.0", "9px")],
)
def test_small_or_faint_disclosure_fires_and_quotes_the_measures(
    size: str, contrast: str, quoted: str
) -> None:
    result = run(_styled(size, contrast), "optin.disclosure_not_prominent")
    assert str(result.status) == "failed"
    evidence = result.findings[0].evidence
    assert quoted in evidence and "form labels: 16px" in evidence
    assert "Msg & data rates" in evidence


@pytest.mark.parametrize(
    ("size", "contrast", "label_size", "label_contrast", "fires"),
    [
        # blind round 21: 11px grey under 14px near-black labels, though neither its size (79%
        # of theirs) nor its contrast (3.1:1) crosses its own line, is for a person to judge
        # (a round 13 labeller passed 12px at 3.4:1 under 16px labels; a round 21 one failed it)
        ("11", "3.1", "14", "13.8", "needs_review"),
        ("12", "3.4", "16", "16.6", "needs_review"),
        # near misses: only one of the two measures near its line
        ("11", "6.0", "14", "13.8", "passed"),
        ("13", "3.1", "14", "13.8", "passed"),
        # a pale form (labels at 2.9:1): a disclosure at 2.4:1 reads as the rest of it does
        ("14", "2.4", "14.4", "2.9", "passed"),
        # ... but one far fainter than those pale labels is still faint
        ("14", "1.5", "14.4", "2.9", "failed"),
    ],
)
def test_fine_print_is_judged_against_the_labels_size_and_contrast_together(
    size: str, contrast: str, label_size: str, label_contrast: str, fires: str
) -> None:
    pages = _styled(size, contrast, label_size=label_size, label_contrast=label_contrast)
    assert status(pages, "optin.disclosure_not_prominent") == fires


def test_fine_print_repeating_a_prominent_disclosure_is_fine() -> None:
    html = form(
        f'<label for="phone" data-pvfs="16">Mobile number</label><input id="phone" '
        f'name="phone" type="tel"><label data-pvfs="16"><input type="checkbox" '
        f'name="sms"> {DISCLOSURE}</label><p data-pvfs="9">Msg &amp; data rates may '
        "apply.</p>"
    )
    assert status(site(page(html)), "optin.disclosure_not_prominent") == "passed"


# --- a brand split by inline markup -------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "Castellan<sup>SM</sup> Legal Group",
        "<span>Castellan</span> Legal Group",
        "Castellan<sup>&#8480;</sup> Legal Group",
    ],
)
def test_brand_split_by_markup_is_the_brand(written: str) -> None:
    label = DISCLOSURE.replace("from Acme Dental", f"from {written}")
    pages = {
        url: html.replace("Acme Dental", "Castellan Legal Group")
        for url, html in site(page(compliant_form(label=label))).items()
    }
    assert status(pages, "optin.brand_missing") == "passed"
    assert status(pages, "optin.third_party_consent") == "passed"


def test_short_form_of_the_name_in_the_consent_is_the_brand() -> None:
    brand = BrandNames(["Sparkle Nest Home Cleaning LLC"], "inferred")
    assert brand.short_form_in("texts from Sparkle Nest and its partners") == "Sparkle Nest"
    assert brand.short_form_in("texts from sparkle nest") is None  # not written as a name
    assert brand.short_form_in("a Sparkle clean") is None  # one word is not the name
    assert BrandNames(["Acme Dental"], "inferred").short_form_in("from Acme") is None
    label = DISCLOSURE.replace("from Acme Dental", "from Acme Dental")
    pages = {
        url: html.replace("Acme Dental", "Acme Dental Studio")
        for url, html in site(page(compliant_form(label=label))).items()
    }
    pages["/signup"] = pages["/signup"].replace("from Acme Dental Studio at", "from Acme Dental at")
    assert status(pages, "optin.brand_missing") == "passed"


def test_a_program_named_after_the_business_names_the_brand() -> None:
    """Blind round h14f (pinecone-comics): "Pinecone VIP texts" on Pinecone Comics' form names
    the sender by the program it named after itself; one word alone, a common lead word or
    another word does not."""
    brand = BrandNames(["Fernbrook Bakes & Cafe"], "inferred")
    assert brand.program_name_in("Join Fernbrook Rewards texts for new loaves.")
    assert brand.program_name_in("Sign me up for Fernbrook VIP alerts")
    assert brand.program_name_in("texts from Fernbrook about your order") is None
    assert brand.program_name_in("Join Cedar Rewards texts") is None
    assert brand.program_name_in("a fernbrook vip text") is None  # not written as a name
    assert BrandNames(["Golden Spoon Diner"], "inferred").program_name_in("Golden Rewards") is None
    label = DISCLOSURE.replace("from Acme Dental", "for Acme Club members")
    pages = site(page(compliant_form(label=label)))
    pages = {url: html.replace("Acme Dental", "Acme Dental Studio") for url, html in pages.items()}
    assert status(pages, "optin.brand_missing") == "passed"
    pages["/signup"] = pages["/signup"].replace("for Acme Club members", "for club members")
    assert status(pages, "optin.brand_missing") == "failed"


@pytest.mark.parametrize(
    "intro",
    [
        "Proud partner of the Madison Food Bank since 2015.",
        "We partner with local shelters to find pets homes.",
        "Our partners at Trek and Specialized back every bike we sell.",
    ],
)
def test_partners_in_the_story_beside_the_form_are_not_in_the_consent(intro: str) -> None:
    pages = site(page(f"<p>{intro}</p>{compliant_form()}"))
    assert status(pages, "optin.third_party_consent") == "passed"


def test_sharing_the_number_with_partners_beside_the_form_is_third_party() -> None:
    note = "<p>We may share your mobile number with our marketing partners.</p>"
    assert status(site(page(compliant_form() + note)), "optin.third_party_consent") == "failed"


# --- consent_required only when consent to texts is really required ----------------------


def test_required_phone_with_an_optional_sms_box_is_not_required_consent() -> None:
    html = form(
        '<label for="phone">Mobile number *</label><input id="phone" name="phone" '
        'type="tel" required><textarea name="project" required></textarea>'
        f'<label><input type="checkbox" name="sms"> {DISCLOSURE}</label>'
    )
    assert status(site(page(html)), "optin.consent_required") == "passed"
    required_box = html.replace('name="sms">', 'name="sms" required>')
    assert status(site(page(required_box)), "optin.consent_required") == "failed"


# --- policy links in the opt-in page's own SMS-terms section ------------------------------

NO_LINKS = (
    "I agree to get appointment reminders by text from Acme Dental. Message frequency "
    "varies. Msg &amp; data rates may apply. Reply HELP for help or STOP to cancel."
)
FILLER = "<h2>Our office</h2>" + "<p>We have cared for families on Main Street since 1994.</p>" * 20


def _opt_in_page(below: str, footer: str = "© 2025 Acme Dental") -> str:
    """The form, a long section about the office (the links fall outside the text kept around
    the form), then `below`, then the site footer."""
    return (
        '<html><head><title>Texts | Acme Dental</title><meta property="og:site_name" '
        f'content="Acme Dental"></head><body><main>{compliant_form(label=NO_LINKS)}'
        f"{FILLER}{below}</main><footer>{footer}</footer></body></html>"
    )


def test_links_in_a_labelled_sms_terms_section_of_the_page_count() -> None:
    below = (
        "<h2>Text message program details</h2><dl><dt>Cost</dt><dd>Msg &amp; data rates may "
        'apply.</dd><dt>More</dt><dd>Read our <a href="/terms">Terms of Use</a> and '
        '<a href="/privacy">Privacy Notice</a>.</dd></dl>'
    )
    pages = site("", **{"/signup": _opt_in_page(below)})
    assert status(pages, "optin.privacy_link_missing") == "passed"
    assert status(pages, "optin.terms_link_missing") == "passed"


def test_link_whose_own_line_names_the_sms_terms_counts() -> None:
    below = (
        '<h2>Questions</h2><p>The <a href="/terms">Terms</a> and <a href="/privacy">Privacy '
        "Policy</a> cover our SMS program in full.</p>"
    )
    pages = site("", **{"/signup": _opt_in_page(below)})
    assert status(pages, "optin.privacy_link_missing") == "passed"


def test_links_only_in_the_page_footer_still_fire() -> None:
    footer = '<a href="/privacy">Privacy Policy</a> · <a href="/terms">SMS Terms</a>'
    pages = site("", **{"/signup": _opt_in_page("<h2>Visit us</h2><p>Open daily.</p>", footer)})
    assert status(pages, "optin.privacy_link_missing") == "failed"
    assert status(pages, "optin.terms_link_missing") == "failed"


def _opt_in_page_with_masthead(masthead: str) -> str:
    return (
        '<html><head><title>Texts | Acme Dental</title><meta property="og:site_name" '
        f'content="Acme Dental"></head><body><header><nav>{masthead}</nav></header>'
        f"<main>{compliant_form(label=NO_LINKS)}</main></body></html>"
    )


def test_a_consent_sentence_in_the_masthead_links_the_terms() -> None:
    """Blind real15 (a freight carrier): "By opting into SMS notifications, you agree to our SMS
    Terms of Service" sits inside the opt-in page's <nav>; the sentence binds the opt-in, so the
    terms are linked where consent is given, whatever element holds it."""
    masthead = (
        '<a href="/">Home</a> <a href="/privacy">Privacy Policy</a>'
        "<p>By opting into text alerts, you agree to our "
        '<a href="/sms-terms">SMS Terms of Service</a>.</p>'
    )
    pages = site("", **{"/signup": _opt_in_page_with_masthead(masthead)})
    assert status(pages, "optin.terms_link_missing") == "passed"
    # the menu item beside it is not a sentence of consent: the privacy link is still missing
    assert status(pages, "optin.privacy_link_missing") == "failed"


def test_a_menu_of_policy_links_in_the_masthead_is_not_consent() -> None:
    masthead = (
        '<a href="/">Home</a> <a href="/privacy">Privacy Policy</a> '
        '<a href="/terms">Terms &amp; Conditions</a> <a href="/signup">SMS Opt-In</a>'
    )
    pages = site("", **{"/signup": _opt_in_page_with_masthead(masthead)})
    assert status(pages, "optin.terms_link_missing") == "failed"
    assert status(pages, "optin.privacy_link_missing") == "failed"


@pytest.mark.parametrize(
    "contact",
    [
        '<a href="mailto:hello@acmedental.com">Contact: hello@acmedental.com</a>',
        "www.acmedental.com/contact",
    ],
)
def test_a_footer_menu_with_an_email_address_is_not_consent(contact: str) -> None:
    """Blind real17a: a footer menu "Privacy Terms SMS Consent Contact: hello@acme.com" names
    the program, and the address is written in lower case, but the menu binds no opt-in."""
    footer = (
        '<nav><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> '
        f'<a href="/sms-consent">SMS Consent</a> {contact}</nav>'
    )
    pages = site("", **{"/signup": _opt_in_page("", footer)})
    assert status(pages, "optin.privacy_link_missing") == "failed"
    assert status(pages, "optin.terms_link_missing") == "failed"


def test_links_only_on_another_page_still_fire() -> None:
    pages = site("", **{"/signup": _opt_in_page("<h2>Visit us</h2><p>Open daily.</p>")})
    assert status(pages, "optin.privacy_link_missing") == "failed"


def test_links_in_an_unrelated_section_of_the_page_still_fire() -> None:
    below = '<h2>Careers</h2><p>Apply online; see our <a href="/privacy">Privacy Policy</a>.</p>'
    pages = site("", **{"/signup": _opt_in_page(below)})
    assert status(pages, "optin.privacy_link_missing") == "failed"


def test_links_in_a_generic_section_that_speaks_of_texts_need_review() -> None:
    below = (
        "<h2>Good to know</h2><p>We send texts only about your visits.</p><p>Read our "
        '<a href="/privacy">Privacy Policy</a>.</p>'
    )
    result = run(site("", **{"/signup": _opt_in_page(below)}), "optin.privacy_link_missing")
    assert str(result.status) == "needs_review"
    assert "Good to know" in result.findings[0].message


# --- a disclosure that names no one, on a site whose name prevet cannot tell ---------------


def _nameless_site(heading: str, label: str) -> dict[str, str]:
    body = (
        f"<html><head><title>Sign up</title></head><body><h1>{heading}</h1>"
        f'<form action="/ok">{PHONE}<label><input type="checkbox" name="ok" required> {label}'
        '</label><button type="submit">Send</button></form></body></html>'
    )
    return {"/": body}


def test_disclosure_naming_no_one_fires_brand_missing_without_a_known_brand() -> None:
    pages = _nameless_site("Get Text Alerts", "Yes, please text me updates. Reply STOP to end.")
    result = run(pages, "optin.brand_missing")
    assert str(result.status) == "failed"
    assert "names no business" in result.findings[0].message


@pytest.mark.parametrize(
    "heading, label",
    [
        ("Get Text Alerts", "Yes, Quillfeather may text me updates. Reply STOP to end."),
        ("Quillfeather Text Alerts", "Yes, please text me updates. Reply STOP to end."),
        ("Get Text Alerts", "Yes, QUILL may text me updates. Reply STOP to end."),
    ],
)
def test_a_possible_name_without_a_known_brand_is_for_review(heading: str, label: str) -> None:
    result = run(_nameless_site(heading, label), "optin.brand_missing")
    assert str(result.status) == "needs_review"


@pytest.mark.parametrize(
    "topic",
    [
        "I agree to receive text messages from Acme Dental about scheduled calls and visit "
        "reminders.",
        "Texts from Acme Dental remind you of your upcoming call with the hygienist.",
        "Acme Dental will text you to confirm your consultation call.",
        "Acme Dental sends texts for your booked video call.",
    ],
)
def test_a_call_the_texts_are_about_is_not_bundled(topic: str) -> None:
    """The call is what the texts are about (a booked event), not a channel the person accepts."""
    label = DISCLOSURE + " " + topic
    assert status(site(page(compliant_form(label=label))), "optin.bundled_consent") == "passed"


@pytest.mark.parametrize(
    "channel",
    [
        "I consent for calls and texts from Acme Dental about my visits.",
        "I agree to receive texts about my visits and calls from Acme Dental.",
        "I agree to be contacted about offers by calls and texts from Acme Dental.",
    ],
)
def test_calls_as_a_channel_beside_a_topic_stay_bundled(channel: str) -> None:
    label = channel + " " + DISCLOSURE
    assert status(site(page(compliant_form(label=label))), "optin.bundled_consent") == "failed"


def test_a_link_that_redirects_to_the_forms_own_page_is_not_a_linked_document() -> None:
    """The consent sentence links the page's old address, which now redirects to the page the
    form is on: its body far above the form is not "only in a linked document"."""
    from analyzers.registry import all_checks, run_check
    from tests.test_optin_pages import context

    about = (
        "<section><h2>About our texts</h2><p>Msg &amp; data rates may apply. Reply STOP to "
        "cancel.</p>" + "<p>We resell laptops and servers to schools.</p>" * 30 + "</section>"
    )
    box = form(
        f'{PHONE}<label><input type="checkbox" name="sms_ok"> Yes, text me!</label> '
        '<a href="/text-consent">SMS Consent</a>'
    )
    body = page(about + f"<div><div>{box}</div></div>")
    ctx = context(site(body, **{"/text-consent": body}))
    for moved in ctx.snapshot.pages:
        if moved.url.endswith("/text-consent"):
            moved.final_url, moved.redirects = "https://www.acme-dental.com/signup", [moved.url]
    result = run_check(all_checks()["optin.disclosure_hidden"], ctx)
    assert str(result.status) == "passed"
    # near miss: the same text on a page of its own is a linked document
    apart = context(site(page(f"<div><div>{box}</div></div>"), **{"/text-consent": body}))
    result = run_check(all_checks()["optin.disclosure_hidden"], apart)
    assert str(result.status) == "failed"


# --- a consent stated on a page whose form prevet could not read -------------------------------

_QUOTE_PAGE = (
    "<h1>Get a quote</h1><div id='hosted-form'></div><p>By submitting this form or by texting "
    "Acme Dental at 555-555-0100, you agree to receive {kinds} text messages from Acme Dental. "
    "Message frequency varies. Msg &amp; data rates may apply. Reply STOP to cancel.</p>"
)


def test_a_consent_statement_for_both_kinds_without_a_readable_form_is_not_separate() -> None:
    body = _QUOTE_PAGE.format(kinds="billing notices, visit reminders and promotional")
    result = run(site(page(body)), "optin.marketing_not_separate")
    assert str(result.status) == "failed"
    assert "By submitting this form" in result.findings[0].evidence


def test_a_consent_statement_for_one_kind_or_only_in_the_policies_is_not_judged_so() -> None:
    service = _QUOTE_PAGE.format(kinds="billing notices and visit reminder")
    assert status(site(page(service)), "optin.marketing_not_separate") == "passed"
    # the same sentence in the SMS terms describes the program; it is not a page's consent
    pages = site(page("<h1>Quotes</h1><p>Call us for a quote.</p>"))
    pages["/sms-terms"] = page(
        _QUOTE_PAGE.format(kinds="billing notices, visit reminders and promotional").replace(
            "Get a quote", "SMS Terms and Conditions"
        ),
        "SMS Terms | Acme Dental",
    )
    assert status(pages, "optin.marketing_not_separate") == "not_applicable"


def _newsletter(phone_attrs: str, email: bool = True, button: str = "Subscribe") -> str:
    email_field = (
        '<input type="email" name="email" placeholder="Email *" required>' if email else ""
    )
    return form(
        f'{email_field}<input type="tel" name="mobile" placeholder="Mobile *" {phone_attrs}>'
        f'<label><input type="checkbox" name="sms"> Text me too. {DISCLOSURE}</label>',
        'action="/subscribe" method="post"',
    ).replace("Sign up</button>", f"{button}</button>")


def test_email_signup_requiring_the_phone_for_optional_texts_is_required_consent() -> None:
    result = run(site(page(_newsletter("required"))), "optin.consent_required")
    assert str(result.status) == "failed"
    assert 'name="mobile"' in result.findings[0].evidence


@pytest.mark.parametrize(
    ("phone_attrs", "email", "button"),
    [
        ("", True, "Subscribe"),
        ("required", False, "Subscribe"),
        ("required", True, "Get my free quote"),
    ],
    ids=["phone-optional", "text-only-signup", "lead-form-needing-a-call-back"],
)
def test_optional_phone_text_only_signup_or_lead_form_is_not_required_consent(
    phone_attrs: str, email: bool, button: str
) -> None:
    html = page(_newsletter(phone_attrs, email=email, button=button))
    assert status(site(html), "optin.consent_required") == "passed"


def test_signup_for_the_alerts_themselves_is_not_required_consent() -> None:
    """Blind real11 (an events newsletter's "lead alert" texts): a button "Opt in to lead
    alerts", or a phone field "for alerts", says the sign-up is for the texts; the email beside
    it is a contact detail, and the required number is the one the sign-up is for."""
    button = page(_newsletter("required", button="Opt in to lead alerts"))
    assert status(site(button), "optin.consent_required") == "passed"
    label = page(
        _newsletter("required").replace(
            'placeholder="Mobile *"', 'placeholder="Mobile for text alerts *"'
        )
    )
    assert status(site(label), "optin.consent_required") == "passed"
    # the newsletter that only adds "text me too" still requires the number for the emails
    assert status(site(page(_newsletter("required"))), "optin.consent_required") == "failed"


def test_signup_whose_boxes_pick_text_programs_is_not_required_consent() -> None:
    second = '<label><input type="checkbox" name="promos"> I agree to receive promotional texts'
    html = _newsletter("required").replace(
        "</label>", f"</label>{second} from Acme Dental.</label>", 1
    )
    assert status(site(page(html)), "optin.consent_required") == "passed"


@pytest.mark.parametrize(
    ("where", "fires"),
    [
        # blind round 21 (a tanning studio's app): the address written after the name
        (" See Privacy Policy (#/privacy) and Terms (#/terms).", "passed"),
        (" Read our Privacy Policy at /privacy and our Terms at /sms-terms.", "passed"),
        # near misses: the name alone, or a path that is no policy's
        (" See our Privacy Policy and Terms.", "failed"),
        (" Open 24/7; directions at /contact.", "failed"),
    ],
)
def test_a_policy_path_written_in_the_consent_text_leads_to_it(where: str, fires: str) -> None:
    pages = site(page(compliant_form(label=NO_LINKS + where)))
    assert status(pages, "optin.privacy_link_missing") == fires
    assert status(pages, "optin.terms_link_missing") == fires


def _form_page(before: str = "", between: str = "") -> str:
    """A page that is the opt-in form: a masthead, `before`, the form, `between`, and the site
    footer with its policy links."""
    return (
        '<html><head><title>Texts | Acme Dental</title><meta property="og:site_name" '
        'content="Acme Dental"></head><body><header><h1>Acme Dental Text Reminders</h1>'
        f"</header>{before}{compliant_form(label=NO_LINKS)}{between}"
        '<footer><p>Acme Dental · 12 Main St</p><p><a href="/privacy">Privacy Policy</a> | '
        '<a href="/unsubscribe">Unsubscribe</a></p></footer></body></html>'
    )


def test_a_footer_link_right_under_the_form_of_a_form_page_is_at_the_point_of_consent() -> None:
    """Blind real28a (a government program's opt-in page): the page is the form, and the
    footer right under its button links "Privacy Policy": the person sees the link where they
    give the number. The terms, linked nowhere, are still missing."""
    pages = site("", **{"/signup": _form_page()})
    assert status(pages, "optin.privacy_link_missing") == "passed"
    assert status(pages, "optin.terms_link_missing") == "failed"


def test_a_footer_link_after_other_content_or_on_a_page_with_more_to_say_still_fires() -> None:
    """Near misses: a section of the page between the form and the footer, or a page with much
    to read besides its form; the footer is then the site's chrome, away from the consent."""
    section = "<section><h2>Visit us</h2><p>Open daily from eight to six.</p></section>"
    pages = site("", **{"/signup": _form_page(between=section)})
    assert status(pages, "optin.privacy_link_missing") == "failed"
    pages = site("", **{"/signup": _form_page(before=FILLER)})
    assert status(pages, "optin.privacy_link_missing") == "failed"


# --- blind round 34: kinds of texts, and who else gets the number --------------------------


@pytest.mark.parametrize(
    "consent",
    [
        # a venue's events beside its specials are what it sells (r34 cedar-ember)
        "Text me Harborlight specials and event announcements.",
        # new goods going on sale are a promotion of the range (r34 sweetgrass-hollow)
        "Maple Row Farm will text you when new seed packets and restocks go live, plus "
        "occasional discount codes.",
        "We'll text you when new flavors drop, plus a coupon now and then.",
    ],
)
def test_round_34_every_kind_named_is_marketing(consent: str) -> None:
    marketing, other = consent_kinds(consent)
    assert marketing and not other


@pytest.mark.parametrize(
    "consent",
    [
        # the person's own order, their own picked item, a schedule: service beside the codes
        "Maple Row Farm will text you when your order is ready, plus occasional discount codes.",
        "We'll text you when it is back in stock, plus occasional deals.",
        "We will text you when the new class schedule is released, plus discount codes.",
        # an event beside the person's own membership stays informational
        "Text me about my membership and event announcements.",
    ],
)
def test_round_34_a_service_kind_beside_marketing_stays_a_second_kind(consent: str) -> None:
    assert consent_kinds(consent)[1]


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # "sell out": the stock runs out, nobody sells the number (m34 glowmoth)
        ("When a print sells out, leave your number and we'll text you.", "sells", True),
        ("Once a size has sold out, enter your number below.", "sold", True),
        ("We may sell your number to other companies.", "sell", False),
        ("Tickets sell fast, and we never sell your number.", "sell your", False),
    ],
)
def test_round_34_stock_that_sells_out_sells_no_number(
    text: str, verb: str, expected: bool
) -> None:
    start = text.index(verb)
    assert stock_sells_out(text, start, len(text)) is expected


def test_round_34_sold_out_stock_is_no_third_party_but_a_contractor_is() -> None:
    sold_out = DISCLOSURE.replace(
        "By checking this box,",
        "When a print sells out, leave your number and we will text you when it returns.",
    )
    pages = site(page(compliant_form(label=sold_out)))
    assert status(pages, "optin.third_party_consent") == "passed"
    # the number passed on to another business named by its trade (real34a walldockdeck)
    shared = DISCLOSURE + (
        " When you ask for a visit, we share your name and phone number with a roofing "
        "contractor near you, an independent company that may call or text you."
    )
    assert status(site(page(compliant_form(label=shared))), "optin.third_party_consent") == (
        "failed"
    )
    kept = DISCLOSURE + " We never share your phone number with any contractor."
    assert status(site(page(compliant_form(label=kept))), "optin.third_party_consent") == "passed"


# --- blind round 38: the consent paragraph in the section below the form ---------------------


def _quote_page(*lines: str, forms: int = 1) -> tuple[Page, Form]:
    """A page as the crawler records it: the quote form's words end at its button, and the
    text of the sections below is in the page's text only."""
    controls = [
        Control(tag="input", type="text", name="name", required=True, selector="input#name"),
        Control(tag="input", type="tel", name="phone", required=True, selector="input#phone"),
        Control(tag="button", type="submit", label="Get a free quote", selector="button"),
    ]
    form = Form(
        selector="form#quote",
        controls=controls,
        texts=[
            TextBlock(text="Get a free quote", where="before", selector="h2"),
            TextBlock(text="Get a free quote", where="inside", selector="button"),
        ],
    )
    text = "\n".join(["Get a free quote", "Get a free quote", *lines, "© 2025 Acme Dental"])
    page = Page(url="https://acme.example/quote", status=200, text=text, forms=[form] * forms)
    return page, form


_AUTHORIZATION = (
    "MARKETING AUTHORIZATION: By clicking below, I authorize Acme Dental to contact me by "
    "telephone, text message and email with offers at the number provided."
)


def test_a_consent_in_the_section_below_the_form_is_the_forms() -> None:
    """Blind real38b (a home-security dealer): a quote form ends at its button; the next
    section holds "MARKETING AUTHORIZATION: ... By clicking below, I authorize Acme to contact
    me by telephone, text and email ...". The crawl records the form's own section only, yet
    the paragraph speaks of sending the form and only a heading stands between them: it is
    the form's consent, taken by its button. Near misses: the same paragraph after other
    content, one that agrees to texts by no act of the form, and a page with two phone forms
    (which one it speaks for is not the page's to say)."""
    page, form = _quote_page("Your consent", _AUTHORIZATION)
    found = consent_below(page, form)
    assert found is not None and found.text == _AUTHORIZATION and found.where == "after"
    apart = (
        "We have served the county for thirty years and our technicians are licensed, "
        "insured and background checked."
    )
    assert consent_below(*_quote_page(apart, _AUTHORIZATION)) is None
    no_act = "Acme Dental may also text you about offers when you become a patient."
    assert consent_below(*_quote_page(no_act)) is None
    page, form = _quote_page(_AUTHORIZATION, forms=2)
    assert consent_below(page, form) is None
