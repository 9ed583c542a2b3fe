"""A page that documents an opt-in taken in an app, quoting its consent box: judged for review."""

from __future__ import annotations

from tests.test_optin_pages import compliant_form, page, run, site, status

_APP_PAGE = (
    "<h1>How people join our texts</h1><p>Members sign up in the Acme Dental app. On the "
    "account screen, before they can continue, they tick a checkbox that reads:</p>"
    "<p>&ldquo;{quote}&rdquo;</p><p>{after}</p>"
)
_BUNDLED = (
    "I accept the Terms of Use and Privacy Notice, including getting text messages from Acme "
    "Dental about my visits. Msg &amp; data rates may apply. Reply STOP to end."
)
_OWN = (
    "I agree to receive visit reminders by text from Acme Dental. Up to 4 msgs/month. Msg "
    "&amp; data rates may apply. Reply HELP for help, STOP to end."
)
_REQUIRED = "The box must be ticked: members cannot finish sign-up without checking it."
_OPTIONAL = "The box is optional; sign-up goes through without it."


def _app_site(quote: str, after: str, **extra: str) -> dict[str, str]:
    return site(page(_APP_PAGE.format(quote=quote, after=after)), **extra)


def test_a_quoted_app_box_is_judged_as_the_consent_for_review() -> None:
    """Blind real14a: no web form; the page quotes the app's one box, which accepts the terms
    and the texts together, gives no frequency and no HELP, and is required to sign up."""
    pages = _app_site(_BUNDLED, _REQUIRED)
    for check_id in (
        "optin.form_missing",
        "optin.bundled_consent",
        "optin.frequency_missing",
        "optin.help_missing",
        "optin.consent_required",
    ):
        result = run(pages, check_id)
        assert str(result.status) == "needs_review", (check_id, result.findings)
        assert "Terms of Use" in result.findings[0].evidence
    assert status(pages, "optin.rates_missing") == "passed"
    assert status(pages, "optin.stop_missing") == "passed"
    assert status(pages, "optin.brand_missing") == "passed"
    nameless = _app_site(_BUNDLED.replace(" from Acme Dental", ""), _REQUIRED)
    assert status(nameless, "optin.brand_missing") == "needs_review"


def test_a_complete_optional_quoted_box_leaves_only_the_missing_form_to_review() -> None:
    # near miss: a box of its own, with every element, that the page says is optional
    pages = _app_site(_OWN, _OPTIONAL)
    assert status(pages, "optin.form_missing") == "needs_review"
    for check_id in (
        "optin.bundled_consent",
        "optin.brand_missing",
        "optin.frequency_missing",
        "optin.help_missing",
        "optin.consent_required",
    ):
        assert status(pages, check_id) == "passed", check_id


def test_a_quote_not_introduced_as_a_box_or_not_a_consent_is_not_read() -> None:
    # near misses: a customer's review in quotes, and a consent sentence quoted without a box
    review = (
        "<h1>Reviews</h1><p>One patient wrote:</p><p>&ldquo;I agree with everyone, the text "
        "reminders from Acme Dental are great and the staff is kind.&rdquo;</p>"
    )
    no_box = _APP_PAGE.replace("they tick a checkbox that reads", "they see a note that reads")
    for body in (review, no_box.format(quote=_BUNDLED, after=_REQUIRED)):
        pages = site(page(body))
        assert status(pages, "optin.form_missing") == "failed"
        assert status(pages, "optin.frequency_missing") == "not_applicable"
        assert status(pages, "optin.bundled_consent") == "not_applicable"
        assert status(pages, "optin.brand_missing") == "not_applicable"


def test_a_web_form_is_judged_and_a_quote_elsewhere_is_not() -> None:
    # near miss: the site has its own form; a page quoting a box does not add findings
    pages = site(
        page(compliant_form()),
        **{"/app": page(_APP_PAGE.format(quote=_BUNDLED, after=_REQUIRED))},
    )
    for check_id in ("optin.form_missing", "optin.bundled_consent", "optin.frequency_missing"):
        assert status(pages, check_id) == "passed", check_id


_ILLUSTRATED_PAGE = (
    "<h1>Our text program</h1><p>When you create your account on our booking portal you see "
    "an unchecked consent checkbox. You must tick it yourself.</p>"
    '<div class="consent-box"><div><span class="tick" aria-hidden="true"></span>'
    "<span>{quote}</span></div><div>{caption}</div></div>"
    "<p>We record your choice and the time you submitted the form.</p>"
)
_NAMELESS_NO_HELP = (
    "Send me text updates about my cleaning plan, including visit reminders. Msg &amp; data "
    "rates may apply. Reply STOP to opt out."
)


def _illustrated(quote: str, caption: str) -> dict[str, str]:
    return site(page(_ILLUSTRATED_PAGE.format(quote=quote, caption=caption)))


def test_a_box_shown_as_an_illustration_is_read_as_the_quoted_box() -> None:
    """Blind real20a (hellosun): no quotation marks; the box's text sits on a line of its own,
    captioned as the consent checkbox of the sign-up form hosted elsewhere. It is the quote:
    it names no sender and gives no HELP, for review as any quoted box."""
    pages = _illustrated(_NAMELESS_NO_HELP, "The consent checkbox on our portal's sign-up form.")
    for check_id in ("optin.brand_missing", "optin.help_missing", "optin.form_missing"):
        assert status(pages, check_id) == "needs_review", check_id
    assert status(pages, "optin.stop_missing") == "passed"
    assert status(pages, "optin.rates_missing") == "passed"


def test_a_line_about_texts_without_a_box_beside_it_is_no_quote() -> None:
    # near miss: the same sentence with a caption that says nothing of a box is page copy
    pages = site(
        page(
            f"<h1>Our text program</h1><p>{_NAMELESS_NO_HELP}</p>"
            "<p>We record your choice and the time you submitted the form.</p>"
        )
    )
    assert status(pages, "optin.brand_missing") != "needs_review"
    assert status(pages, "optin.help_missing") != "needs_review"
