"""Policy wording and markup met on hold-out sites: curly apostrophes, one "not" over joined
verbs, STOP instructions worded loosely, and policies folded into accordions."""

from __future__ import annotations

import pytest

from analyzers.analyze import analyze
from analyzers.policy.clauses import classify
from analyzers.policy.panels import open_tabs, unfold
from crawler.snapshot import Link, TextBlock
from tests.snapshots import snapshot_from_pages
from tests.test_privacy_checks import BASE, GOOD_POLICY, HOME, html

PRIVACY = ["privacy.no_sms_clause", "privacy.sharing_exception", "privacy.opt_out_missing"]


def failed(pages: dict[str, str], checks: tuple[str, ...] = ()) -> set[str]:
    analysis = analyze(snapshot_from_pages(pages, base=BASE), only=[*PRIVACY, *checks])
    return {r.spec.id for r in analysis.results if str(r.status) == "failed"}


@pytest.mark.parametrize("negated", ["don’t", "don't", "DON’T", "do not", "won’t ever"])
def test_a_curly_apostrophe_negates_like_a_straight_one(negated: str) -> None:
    sentence = (
        f"We {negated} sell, rent, or share the phone numbers or consent records "
        "gathered through our text program with other companies."
    )
    assert classify(sentence, heading="Mobile numbers").label == "promise"


def test_without_the_negation_the_same_sentence_is_an_exception() -> None:
    sentence = (
        "We sell, rent, or share the phone numbers or consent records gathered through "
        "our text program with other companies."
    )
    assert classify(sentence, heading="Mobile numbers").label == "exception"


@pytest.mark.parametrize("hedge", ["can’t", "can't", "cannot", "don’t"])
def test_a_curly_hedge_is_no_promise(hedge: str) -> None:
    sentence = f"We {hedge} guarantee that your phone number will never be shared."
    assert classify(sentence, heading="Mobile numbers").label == "neutral"


@pytest.mark.parametrize(
    "sentence",
    [
        "Text messaging opt-in data and consent will not be shared with or sold to any third "
        "parties.",
        "Your phone number will not be shared with third parties or sold.",
        "Your phone number will never be shared with outside companies, or otherwise sold.",
        "We do not sell your mobile number to data brokers or share it with marketing partners.",
    ],
)
def test_one_not_governs_verbs_joined_by_or(sentence: str) -> None:
    assert classify(sentence, heading="Text alerts").label == "promise"


@pytest.mark.parametrize(
    "sentence",
    [
        # a repeated auxiliary starts a statement of its own
        "Mobile numbers are not sold, and are shared with our partners for marketing.",
        # "and" before an active verb with its own object may mean "and we share it"
        "We do not sell your mobile number to data brokers and share it with marketing partners.",
        "Your phone number will not be shared with anyone unless you agree, or sold.",
    ],
)
def test_the_not_does_not_reach_a_verb_with_its_own_statement(sentence: str) -> None:
    assert classify(sentence, heading="Text alerts").label == "exception"


def _policy(opt_out: str) -> str:
    """The opt-out sentence under "Your rights", where no heading says it is about texts."""
    return GOOD_POLICY.replace(
        " You can opt out of texts at any time by replying STOP.", ""
    ).replace("You may ask us to access or delete your data.", opt_out)


@pytest.mark.parametrize(
    "opt_out",
    [
        "Reply STOP to any alert to stop receiving texts.",
        "To quit Ride Texts, reply STOP to any of our messages.",
        "Reply stop to any reminder.",
        "You can opt out of our alerts at any time.",
    ],
)
def test_a_stop_keyword_or_texts_wording_is_a_text_opt_out(opt_out: str) -> None:
    assert failed({"/": HOME, "/privacy": _policy(opt_out)}) == set()


@pytest.mark.parametrize(
    "opt_out",
    [
        "You can unsubscribe from our email messages at any time.",
        "You can opt out of newsletters and other messages at any time.",
        "You can opt out at any time.",
    ],
)
def test_an_email_unsubscribe_is_still_no_text_opt_out(opt_out: str) -> None:
    assert failed({"/": HOME, "/privacy": _policy(opt_out)}) == {"privacy.opt_out_missing"}


def _accordion(title: str, sections: list[tuple[str, str]], extra: str = "") -> str:
    items = "".join(
        f'<div class="acc-item"><h2><button aria-expanded="false" aria-controls="p{i}">'
        f'{heading}</button></h2><div class="acc-panel" id="p{i}" style="display:none">'
        f"<p>{text}</p></div></div>"
        for i, (heading, text) in enumerate(sections)
    )
    return html(
        title,
        f"<h1>{title}</h1><p>Harborline Dental explains below what it collects "
        f"and how it uses it. Select a topic to expand it.</p>{items}{extra}",
    )


PRIVACY_SECTIONS = [
    (
        "Information we collect",
        "Your name, email and mobile number when you book a visit or "
        "sign up for texts, and cookie data for site analytics.",
    ),
    (
        "When we share information",
        "Our booking platform and payment processor handle data on "
        "our behalf. We disclose information when the law requires it.",
    ),
    (
        "Text messaging privacy",
        "We do not sell your phone number, and we do not share it with "
        "any third party or affiliate.",
    ),
    ("Stopping texts", "Reply STOP to any text from us to opt out."),
]
TERMS_SECTIONS = [
    ("Appointments", "Please give 24 hours of notice to cancel a visit or a fee may apply."),
    (
        "Text reminders",
        "Harborline Dental texts appointment reminders. Message frequency "
        "varies. Message and data rates may apply. Carriers are not liable for delayed or "
        "undelivered messages. Reply HELP for help or call (503) 555-0144. Reply STOP to cancel.",
    ),
    (
        "Liability",
        "Our liability is limited to the fees you paid, to the extent the law "
        "allows, and these terms are governed by Oregon law.",
    ),
]
FOOTER_LINKS = '<a href="/privacy">Privacy Policy</a> <a href="/terms">Terms</a>'


def test_a_policy_folded_into_an_accordion_is_read_under_its_headings() -> None:
    pages = {
        "/": html(
            "Family dentistry",
            "<h1>Family dentistry</h1><p>Cleanings and crowns for the whole family.</p>",
            footer=FOOTER_LINKS,
        ),
        "/privacy": _accordion("Privacy Policy", PRIVACY_SECTIONS),
        "/terms": _accordion("Terms and Conditions", TERMS_SECTIONS),
    }
    assert failed(pages, ("terms.missing", "terms.stop_missing", "terms.help_missing")) == set()


def test_a_closed_banner_or_modal_is_not_read_as_the_policy() -> None:
    modal = (
        '<div id="signup-modal" style="display:none"><p>No mobile information will be '
        "shared with third parties or affiliates for marketing. Reply STOP to opt out.</p>"
        '</div><div id="cookie-banner" style="display:none"><p>We use cookies to improve '
        "your visit. Reply STOP to opt out of texts.</p></div>"
    )
    sections = PRIVACY_SECTIONS[:2] + [
        ("Contact", "Write to hello@harborlinedental.com with questions about this policy.")
    ]
    visible = "".join(f"<h2>{heading}</h2><p>{text}</p>" for heading, text in sections)
    policy = html(
        "Privacy Policy",
        f"<h1>Privacy Policy</h1><p>How Harborline Dental "
        f"collects and uses information.</p>{visible}<h2>Questions</h2>{modal}",
    )
    assert failed({"/": HOME, "/privacy": policy}) == {
        "privacy.no_sms_clause",
        "privacy.opt_out_missing",
    }


def test_unfold_needs_as_many_empty_headings_as_hidden_panels() -> None:
    lines = ["Privacy Policy", "Intro.", "Sharing", "Texts"]
    panels = [
        TextBlock(text="We share with providers.", visible=False, selector="div#a p"),
        TextBlock(text="We never share your number.", visible=False, selector="div#b p"),
    ]
    assert unfold(lines, ["Privacy Policy", "Sharing", "Texts"], panels, []) == [
        "Privacy Policy",
        "Intro.",
        "Sharing",
        "We share with providers.",
        "Texts",
        "We never share your number.",
    ]
    # a hidden menu item is not a panel; one panel left for two empty headings: nothing read
    menu = [panels[0], TextBlock(text="Book now", visible=False, selector="div#m li")]
    links = [Link(href="https://x.com/book", text="Book now", visible=False)]
    assert unfold(lines, ["Privacy Policy", "Sharing", "Texts"], menu, links) == lines
    # two empty headings among many full sections are no accordion
    full = [
        "Privacy Policy",
        "Intro.",
        "Collection",
        "We collect.",
        "Use",
        "We use.",
        "Rights",
        "You may ask.",
        "Sharing",
        "Texts",
    ]
    headings = ["Privacy Policy", "Collection", "Use", "Rights", "Sharing", "Texts"]
    assert unfold(full, headings, panels, []) == full


def _tabbed_legal_page(strip: str) -> str:
    """Privacy policy, general terms and SMS terms in tabs, one panel shown at a time."""
    return html(
        "Legal",
        f"<h1>Legal</h1>{strip}"
        '<div id="privacy-tab"><h2>Privacy Policy</h2><p>Harborline Dental collects your name, '
        "email address and phone number when you book a visit.</p><p>We use them to run your "
        "appointments and keep them only as long as the law requires.</p><p>We protect your "
        "personal information with encryption and access controls.</p><p>You may ask us to "
        "access or delete your data by writing to privacy@harborlinedental.com.</p></div>"
        '<div id="general-tab" style="display:none"><h2>Terms of Use</h2><p>Appointments '
        "cancelled with less than a day's notice may be charged.</p></div>"
        '<div id="texts-tab" style="display:none"><p>Updated March 2026</p>'
        "<h2>Text Message Terms and Conditions</h2><p>Harborline Dental texts appointment "
        "reminders.</p><h3>Your number</h3><p>Mobile numbers and text opt-in consent are never "
        "shared with third parties or affiliates for marketing.</p><p>Reply STOP to stop "
        "texts.</p></div>",
    )


TAB_STRIP = (
    '<div role="tablist"><button>Privacy Policy</button><button>Terms of Use</button>'
    "<button>Text Message Terms</button></div>"
)


def test_a_policy_tab_hidden_until_clicked_is_read_with_the_page() -> None:
    """A legal page with its documents in tabs (blind round 12): a reviewer clicks each tab,
    so the hidden panel a tab names ("Text Message Terms" over the panel headed "Text Message
    Terms and Conditions") is read, its promise and its STOP included."""
    assert failed({"/": HOME, "/privacy": _tabbed_legal_page(TAB_STRIP)}) == set()


def test_a_hidden_panel_no_tab_names_stays_unread() -> None:
    """The same hidden text with no tab strip (a closed dialog, a panel no control names) is
    not what the reviewer reads."""
    no_strip = _tabbed_legal_page("<p>Questions? Call the front desk.</p>")
    assert failed({"/": HOME, "/privacy": no_strip}) == {
        "privacy.no_sms_clause",
        "privacy.opt_out_missing",
    }
    other_tabs = _tabbed_legal_page(
        "<div><button>Hours</button><button>Parking</button><button>Insurance</button></div>"
    )
    assert failed({"/": HOME, "/privacy": other_tabs}) == {
        "privacy.no_sms_clause",
        "privacy.opt_out_missing",
    }


def test_open_tabs_reads_each_named_panel_under_its_heading() -> None:
    lines = ["Legal", "Privacy", "SMS Terms", "Privacy", "We collect your name."]
    headings = ["Legal", "Privacy"]
    hidden = [
        TextBlock(text="Effective May 2026", visible=False, selector="div#sms p"),
        TextBlock(text="SMS Terms of Service", visible=False, selector="div#sms h2"),
        TextBlock(text="Reply STOP to cancel.", visible=False, selector="div#sms p"),
        TextBlock(text="Sign in", visible=False, selector="div#login h2"),
        TextBlock(text="Your password.", visible=False, selector="div#login p"),
    ]
    assert open_tabs(lines, headings, hidden) == (
        [*lines, "Effective May 2026", "SMS Terms of Service", "Reply STOP to cancel."],
        ["SMS Terms of Service"],
    )
    # one short line under the page's title is no tab strip
    assert open_tabs(["Legal", "SMS Terms", "We collect your name."], ["Legal"], hidden) == (
        ["Legal", "SMS Terms", "We collect your name."],
        [],
    )


def test_a_tab_strip_in_the_pages_navigation_opens_its_panels() -> None:
    """Tabs written as inline links in a <nav> make one line of the page's navigation text:
    "Privacy Policy Terms of Service" is the shown panel's title and the hidden one's."""
    lines = ["Privacy Policy", "We collect your name."]
    headings = ["Privacy Policy"]
    hidden = [
        TextBlock(text="Terms of Service", visible=False, selector="div#tos h1"),
        TextBlock(text="Reply STOP to cancel.", visible=False, selector="div#tos p"),
    ]
    opened = ([*lines, "Terms of Service", "Reply STOP to cancel."], ["Terms of Service"])
    assert open_tabs(lines, headings, hidden, "Acme\nPrivacy Policy Terms of Service") == opened
    assert open_tabs(lines, headings, hidden, "Privacy Policy · Terms of Service") == opened
    # a menu naming other pages too, or no hidden panel's title, is no strip of tabs
    for chrome in ("Home About Privacy Policy Terms of Service", "Privacy Policy Cookies"):
        assert open_tabs(lines, headings, hidden, chrome) == (lines, []), chrome
    # a line naming only the shown title is no strip either
    assert open_tabs(lines, headings, hidden, "Privacy Policy") == (lines, [])


def test_terms_in_a_tab_named_in_the_nav_are_read_apart_from_the_shown_policy() -> None:
    """A home page showing the privacy policy, with the terms in a hidden tab named in its
    <nav>: the terms are the tab, so the policy's "Message and data rates may apply" does not
    fill the terms' gap."""
    page = html(
        "Acme",
        '<nav><a href="#">Privacy Policy</a> <a href="#">Terms of Service</a></nav>'
        '<div id="privacy"><h1>Privacy Policy</h1><p>This policy explains how Acme collects, '
        "uses and protects your personal information.</p><h2>Information we collect</h2><p>We "
        "collect your name, email address and phone number to send texts. Message and data "
        "rates may apply. Reply STOP to cancel.</p><h2>Your rights</h2><p>You may ask us to "
        "delete your data.</p></div>"
        '<div id="terms" style="display:none"><h1>Terms of Service</h1><p>By joining you '
        "agree to these terms and to get ride updates from Acme by text. Message frequency varies. "
        "Reply STOP to cancel, HELP for help. Carriers are not liable for delayed or undelivered "
        "messages.</p><h2>Limitation of liability</h2><p>Acme is not liable for missed rides. "
        "Members must never share the mobile numbers of the roster with anyone. "
        "These terms are governed by the laws of Ohio.</p></div>",
    )
    home = html(
        "Home",
        "<p>Acme coordinates carpools.</p>",
        '<a href="/legal#privacy">Privacy Policy</a> <a href="/legal#terms">Terms</a>',
    )
    snapshot = snapshot_from_pages({"/": home, "/legal": page}, base=BASE)
    analysis = analyze(snapshot, only=["terms.rates_missing"])
    assert {str(r.status) for r in analysis.results} == {"failed"}
    # and the policy shown ends where the terms' tab begins: a member's duty in the terms
    # is no promise of the policy
    assert "privacy.no_sms_clause" in failed({"/": home, "/legal": page})
    # with no tab naming it, the hidden panel stays unread (a closed dialog): no terms here
    untabbed = page.replace('<a href="#">Terms of Service</a>', "")
    snapshot = snapshot_from_pages({"/": home, "/legal": untabbed}, base=BASE)
    analysis = analyze(snapshot, only=["terms.rates_missing"])
    assert {str(r.status) for r in analysis.results} == {"not_applicable"}


def _details(title: str, sections: list[tuple[str, list[str]]], extra: str = "") -> str:
    """A policy whose sections are closed <details>: only the summaries show."""
    items = "".join(
        f"<details><summary>{summary}</summary>{''.join(f'<p>{p}</p>' for p in paras)}</details>"
        for summary, paras in sections
    )
    return html(title, f"<h1>{title}</h1>{items}{extra}", footer=FOOTER_LINKS)


SMS_TERMS_PARAGRAPHS = [
    "Harborline Dental appointment texts: reminders and schedule changes.",
    "Message frequency varies, about 4 per month. Message and data rates may apply.",
    "Reply HELP for help or call (503) 555-0144. Reply STOP to cancel.",
]
DETAILS_TERMS = [
    ("Website use", ["Nothing on this site is dental advice."]),
    ("Cancellations", ["Please give a day's notice to cancel a visit."]),
    ("Text message terms", SMS_TERMS_PARAGRAPHS),
]
TERMS_CHECKS = ("terms.missing", "terms.carrier_liability_missing", "terms.frequency_missing")


def test_terms_folded_into_closed_details_are_read_under_their_summaries() -> None:
    """Blind round 20: a terms page of closed <details> shows only the summaries; a reviewer
    opens each, so the SMS section is read (and its missing carrier sentence found)."""
    home = html("Family dentistry", "<h1>Family dentistry</h1><p>Cleanings.</p>", FOOTER_LINKS)
    pages = {"/": home, "/privacy": GOOD_POLICY, "/terms": _details("Terms of Use", DETAILS_TERMS)}
    assert failed(pages, TERMS_CHECKS) - set(PRIVACY) == {"terms.carrier_liability_missing"}
    liable = [*DETAILS_TERMS[:2], ("Text message terms", [*SMS_TERMS_PARAGRAPHS, CARRIER])]
    pages["/terms"] = _details("Terms of Use", liable)
    assert failed(pages, TERMS_CHECKS) - set(PRIVACY) == set()


CARRIER = "Carriers are not liable for delayed or undelivered messages."


def test_open_summaries_needs_one_panel_per_summary() -> None:
    lines = ["Terms", "Website use", "Text terms"]
    hidden = [
        TextBlock(text="No advice here.", visible=False, selector="body p"),
        TextBlock(text="Reply STOP.", visible=False, selector="body p:nth-of-type(1)"),
        TextBlock(text="Reply HELP.", visible=False, selector="body p:nth-of-type(2)"),
    ]
    assert unfold(lines, ["Terms"], hidden, []) == [
        "Terms",
        "Website use",
        "No advice here.",
        "Text terms",
        "Reply STOP.",
        "Reply HELP.",
    ]
    # three panels for two summaries (paragraphs that are no siblings): nothing read
    apart = [*hidden[:2], TextBlock(text="Reply HELP.", visible=False, selector="body p")]
    assert unfold(lines, ["Terms"], apart, []) == lines
    # a sentence is no summary: no run of titles, nothing read
    prose = ["Terms", "Read the sections below.", "Text terms"]
    assert unfold(prose, ["Terms"], hidden, []) == prose


@pytest.mark.parametrize(
    "opt_out",
    [
        "Members have the right to opt out of a text alert list, as they opted in to it.",
        "You have the right to opt out of our text messages.",
    ],
)
def test_the_right_to_opt_out_of_texts_is_no_way_to_do_it(opt_out: str) -> None:
    """Blind round 20: a policy that grants the right to leave a text list says what may be
    done, never how: no reply, keyword, link or contact."""
    assert failed({"/": HOME, "/privacy": _policy(opt_out)}) == {"privacy.opt_out_missing"}


@pytest.mark.parametrize(
    "opt_out",
    [
        "You have the right to opt out of our text messages by replying STOP.",
        "You have the right to opt out of text alerts at any time by emailing us.",
        "You have the right to opt out of text alerts in your account settings.",
    ],
)
def test_near_miss_the_right_to_opt_out_with_its_way_is_an_opt_out(opt_out: str) -> None:
    assert failed({"/": HOME, "/privacy": _policy(opt_out)}) == set()


def test_a_closed_details_run_ignores_a_symbol_line_and_a_spent_hidden_button() -> None:
    """Fixture m30b-sawgrass (blind round 30): closed `<details>` sections, then a chat bubble
    ("💬") right under their summaries and the chat's spent "Send" button hidden: the symbol is
    no summary and the button no section, so the three panels go under the three summaries."""
    lines = ["Privacy Policy", "Intro.", "2. How we use it", "3. Texts", "4. Contact", "💬"]
    panels = [
        TextBlock(text="To schedule jobs.", visible=False, selector="body p"),
        TextBlock(text="We never share your number.", visible=False, selector="body p"),
        TextBlock(text="jobs@example.com", visible=False, selector="body p"),
        TextBlock(text="Send", visible=False, selector="button#sendNum"),
    ]
    assert unfold(lines, ["Privacy Policy"], panels, []) == [
        "Privacy Policy",
        "Intro.",
        "2. How we use it",
        "To schedule jobs.",
        "3. Texts",
        "We never share your number.",
        "4. Contact",
        "jobs@example.com",
        "💬",
    ]


FAQ_ITEMS = [
    ("Do you take walk-ins?", ["Yes, when a chair is free; booking is quicker."]),
    ("Is whitening safe for sensitive teeth?", ["We use a gentle gel and check first."]),
    ("SMS Terms & Conditions", SMS_TERMS_PARAGRAPHS),
]
FAQ_FOOTER = '<a href="/privacy">Privacy Policy</a> <a href="/faq#text-terms">SMS Terms</a>'


def test_sms_terms_folded_into_an_faq_of_questions_are_read() -> None:
    """Blind round 35: the footer's "SMS Terms" led to an FAQ of closed <details> whose
    summaries were questions and, last, "SMS Terms & Conditions"; read as its summaries alone
    the page held 15 words and was "not terms". An FAQ folds each answer under its question,
    so the questions are the accordion's titles and the SMS panel is read."""
    home = html("Family dentistry", "<h1>Family dentistry</h1><p>Cleanings.</p>", FAQ_FOOTER)
    faq = _details("FAQ", FAQ_ITEMS).replace(FOOTER_LINKS, FAQ_FOOTER)
    pages = {"/": home, "/privacy": GOOD_POLICY, "/faq": faq}
    assert failed(pages, TERMS_CHECKS) - set(PRIVACY) == {"terms.carrier_liability_missing"}
    liable = [*FAQ_ITEMS[:2], ("SMS Terms & Conditions", [*SMS_TERMS_PARAGRAPHS, CARRIER])]
    pages["/faq"] = _details("FAQ", liable).replace(FOOTER_LINKS, FAQ_FOOTER)
    assert failed(pages, TERMS_CHECKS) - set(PRIVACY) == set()


def test_faq_questions_are_titles_only_one_per_panel() -> None:
    lines = ["FAQ", "Do you take walk-ins?", "How often will you text me about my visits?"]
    hidden = [
        TextBlock(text="Yes, when a chair is free.", visible=False, selector="body p"),
        TextBlock(text="One reminder a visit.", visible=False, selector="details#sms p"),
    ]
    assert unfold(lines, ["FAQ"], hidden, []) == [
        "FAQ",
        "Do you take walk-ins?",
        "Yes, when a chair is free.",
        "How often will you text me about my visits?",
        "One reminder a visit.",
    ]
    # one hidden panel for two questions (a closed dialog, say): nothing read
    assert unfold(lines, ["FAQ"], hidden[:1], []) == lines
    # a long question is prose, not an item's title
    prose = ["FAQ", "Do you take walk-ins?", " ".join(["Why"] + ["really"] * 16) + "?"]
    assert unfold(prose, ["FAQ"], hidden, []) == prose


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # blind round 35: the business sells goods to the subscriber ("sell you clothes"); the
        # list after the colon is what it collects, none of it sold
        (
            "Harborline Dental collects what we need to book and bill you visits: name, "
            "address, email, phone number and insurance.",
            "neutral",
        ),
        (
            "We collect your phone number to sell you our whitening kits and we never share it.",
            "promise",
        ),
        # near misses: the subscriber's data is the thing sold
        ("We collect your phone number to sell it to our partners.", "exception"),
        ("We may sell your phone number to marketing partners.", "exception"),
        ("We never sell you or your phone number.", "sale_promise"),
    ],
)
def test_selling_to_the_subscriber_sells_none_of_their_data(sentence: str, label: str) -> None:
    assert classify(sentence).label == label


def test_selling_goods_to_the_customer_is_no_sale_of_the_number_on_a_policy_page() -> None:
    """Blind round 35 (a workwear shop): "collects what we need to sell and ship you clothes:
    name, shipping address, email, phone number" was read as selling the phone number."""
    policy = GOOD_POLICY.replace(
        "We collect your name, email address and phone number when you\nbook a visit or "
        "contact us.",
        "Harborline Dental collects what we need to sell and ship you whitening kits: name, "
        "shipping address, email, phone number and order history.",
    )
    assert "shipping address, email, phone number" in policy
    assert failed({"/": HOME, "/privacy": policy}) == set()


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # blind round 35: the aside limits the other sharing to other data: the promise stands
        (
            "Mobile numbers and SMS opt-in data are never shared with third parties or "
            "affiliates, for marketing or any other purpose (the courier sharing above covers "
            "shipping addresses only).",
            "promise",
        ),
        # near misses: the sharing named covers the mobile data too
        (
            "The partner sharing above covers shipping addresses, emails and mobile numbers.",
            "exception",
        ),
        (
            "The marketing sharing described above covers everything we collect, including "
            "mobile numbers.",
            "exception",
        ),
    ],
)
def test_a_sharing_said_to_cover_other_data_leaves_the_mobile_data_out(
    sentence: str, label: str
) -> None:
    assert classify(sentence, heading="Text messages").label == label
