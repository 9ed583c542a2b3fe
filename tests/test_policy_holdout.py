"""Policy wording and markup met on hold-out sites: curly apostrophes, one "not" over joined
verbs, STOP instructions worded loosely, and policies folded into accordions."""

from __future__ import annotations

import pytest

from analyzers.analyze import analyze
from analyzers.policy.clauses import classify
from analyzers.policy.panels import unfold
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
