"""A page that documents an opt-in taken elsewhere (an app, a script, a lead form), quoting the
wording people agree to: the quote is judged as that consent's words."""

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


def test_a_quoted_app_box_is_judged_as_the_consent() -> None:
    """Blind real14a (labelled: bundled, required, frequency and HELP fire) and real25a: no web
    form; the page quotes the app's one box, which accepts the terms and the texts together,
    gives no frequency and no HELP, and is required to sign up. The quote is the wording the
    person agrees to: what it lacks is missing. Only the absent web form is for review."""
    pages = _app_site(_BUNDLED, _REQUIRED)
    assert status(pages, "optin.form_missing") == "needs_review"
    for check_id in (
        "optin.bundled_consent",
        "optin.frequency_missing",
        "optin.help_missing",
        "optin.consent_required",
    ):
        result = run(pages, check_id)
        assert str(result.status) == "failed", (check_id, result.findings)
        assert "Terms of Use" in result.findings[0].evidence
    assert status(pages, "optin.rates_missing") == "passed"
    assert status(pages, "optin.stop_missing") == "passed"
    assert status(pages, "optin.brand_missing") == "passed"
    nameless = _app_site(_BUNDLED.replace(" from Acme Dental", ""), _REQUIRED)
    assert status(nameless, "optin.brand_missing") == "failed"


def test_a_quote_the_page_cuts_short_is_for_review() -> None:
    # near miss: the page quotes part of the box ("..."): the rest may hold HELP and frequency
    cut = _BUNDLED.replace("Msg &amp; data", "... Msg &amp; data")
    pages = _app_site(cut, _OPTIONAL)
    for check_id in ("optin.bundled_consent", "optin.frequency_missing", "optin.help_missing"):
        assert status(pages, check_id) == "needs_review", check_id


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
    """Blind real20a (hellosun, labelled: brand and HELP fire): no quotation marks; the box's
    text sits on a line of its own, captioned as the consent checkbox of the sign-up form
    hosted elsewhere. It is the quote: it names no sender and gives no HELP."""
    pages = _illustrated(_NAMELESS_NO_HELP, "The consent checkbox on our portal's sign-up form.")
    assert status(pages, "optin.form_missing") == "needs_review"
    for check_id in ("optin.brand_missing", "optin.help_missing"):
        assert status(pages, check_id) == "failed", check_id
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


def _documented(intro: str, quote: str, after: str = "") -> dict[str, str]:
    """A page documenting an opt-in taken away from the website, quoting its wording."""
    return site(
        page(
            f"<h1>How customers join our texts</h1><p>{intro}</p><p>&ldquo;{quote}&rdquo;</p>"
            f"<p>{after}</p>"
        )
    )


_SCRIPT = (
    "Would you like visit reminders by text from Acme Dental? Up to 4 msgs/month. Msg &amp; "
    "data rates may apply. Reply HELP for help or STOP to end."
)


def test_a_script_read_aloud_is_the_consent_and_a_complete_one_is_quiet() -> None:
    """Blind real25b: a verbal opt-in whose page quotes the question the staff member asks.
    A complete script fires nothing; the same script without HELP is missing HELP."""
    intro = "At the front desk, our staff member asks every patient:"
    pages = _documented(intro, _SCRIPT, "We note the answer in the patient's chart.")
    assert status(pages, "optin.form_missing") == "needs_review"
    for check_id in ("optin.help_missing", "optin.stop_missing", "optin.bundled_consent"):
        assert status(pages, check_id) == "passed", check_id
    no_help = _documented(intro, _SCRIPT.replace("Reply HELP for help or STOP", "Reply STOP"))
    assert status(no_help, "optin.help_missing") == "failed"


def test_a_lead_form_disclaimer_bundling_calls_is_bundled_consent() -> None:
    """Blind real25b: a social-media lead form's disclaimer, quoted on the program page,
    authorizes texts and phone calls in one sentence."""
    disclaimer = (
        "By submitting this form, you authorize Acme Dental to send appointment text messages "
        "and phone calls to the number above. Msg frequency varies. Msg &amp; data rates may "
        "apply. Reply HELP for help, STOP to cancel."
    )
    intro = "People who answer our ads fill in a short form and see this disclaimer:"
    result = run(_documented(intro, disclaimer), "optin.bundled_consent")
    assert str(result.status) == "failed", result.findings
    assert "phone calls" in result.findings[0].evidence
    # near miss: the same disclaimer for texts alone
    alone = disclaimer.replace(" and phone calls", "")
    assert status(_documented(intro, alone), "optin.bundled_consent") == "passed"


def test_a_box_drawn_with_a_glyph_is_the_quoted_box() -> None:
    """Blind real25a: proof-of-consent documentation shows the main site's box as a glyph
    followed by its text, under a caption; the texts-or-calls wording bundles them."""
    body = (
        "<h1>Proof of consent</h1><p>Our contact form shows the following:</p>"
        "<p>Consent wording at submission &#9744; By checking this box, I consent to receive "
        "text messages and/or calls from Acme Dental about my visits. Msg &amp; data rates "
        "may apply. Reply STOP to opt out.</p>"
    )
    pages = site(page(body))
    assert status(pages, "optin.bundled_consent") == "failed"
    assert status(pages, "optin.help_missing") == "failed"


def test_a_policy_address_drawn_over_a_glyph_box_stands_with_it() -> None:
    """Realworld, blind round 32 (a lead-ad consent step drawn on the program page): over the
    box drawn as a glyph, the form's line "SMS terms and privacy: acmedental.com/privacy#sms"
    gives both documents' address where the person consents. Near miss: a line over the box
    that names privacy with no address gives none."""

    def drawn(over: str) -> dict[str, str]:
        return site(
            page(
                "<h1>How SMS opt-in works</h1><h2>Consent text shown on the form</h2>"
                f"<div><p>{over}</p><p>&#9744; I agree to receive text messages from Acme "
                "Dental about my enquiry. Msg frequency varies. Msg &amp; data rates may apply. "
                "Reply STOP to opt out. <em>(optional)</em></p></div>"
            )
        )

    addressed = drawn("Acme Dental will contact you. SMS terms and privacy: acmedental.com/privacy")
    for check_id in ("optin.privacy_link_missing", "optin.terms_link_missing"):
        assert status(addressed, check_id) == "passed", check_id
    unaddressed = drawn("Acme Dental will contact you. We respect your privacy and our terms.")
    assert status(unaddressed, "optin.privacy_link_missing") == "failed"


def test_a_described_flow_or_a_confirmation_text_is_no_quoted_consent() -> None:
    # near misses: a description of what the customer agrees to (not words spoken to them), and
    # the confirmation text sent after they join
    described = (
        "By giving a number at the counter, the customer agrees to receive a text receipt from "
        "Acme Dental. Msg &amp; data rates may apply. Reply STOP to opt out."
    )
    confirmation = (
        "Acme Dental: you're subscribed to visit reminders by text. Msg &amp; data rates may "
        "apply. Reply STOP to opt out."
    )
    for intro, quote in (
        ("The checkout screen disclosure:", described),
        ("After joining, our staff member says the customer receives:", confirmation),
    ):
        pages = _documented(intro, quote)
        assert status(pages, "optin.help_missing") == "not_applicable", quote


def test_a_box_required_for_the_account_fires_even_where_another_page_calls_it_optional() -> None:
    """Blind real25b: the policy quotes the app's box and says sign-up cannot go on without
    it; the SMS page calls the consent optional. The site's own words make texts a condition of
    the account; the finding names both statements."""
    after = "Patients cannot continue with registration without providing consent."
    pages = site(
        page(_APP_PAGE.format(quote=_OWN, after=after)),
        **{"/sms": page("<h1>Texts</h1><p>SMS consent is optional and off by default.</p>")},
    )
    result = run(pages, "optin.consent_required")
    assert str(result.status) == "failed", result.findings
    assert "SMS consent is optional" in result.findings[0].message
    # near miss: a box said to be required with nothing else it gates is for review
    texts_only = site(
        page(
            "<h1>Text alerts</h1><p>To join the alerts, people tick a box that reads:</p>"
            f"<p>&ldquo;{_OWN}&rdquo;</p><p>The box is required.</p>"
        )
    )
    assert status(texts_only, "optin.consent_required") == "needs_review"


def test_a_script_naming_another_sender_is_for_review_when_the_brand_is_only_guessed() -> None:
    """Blind real25a: the script names the company behind the site ("texts from Harbor Lending
    Group") while the site calls itself by its product's name; without a campaign file the
    brand is a guess, so the sender it names is for review, not missing."""
    script = _SCRIPT.replace("Acme Dental", "Harbor Lending Group")
    pages = _documented("The administrator asks each client:", script)
    assert status(pages, "optin.brand_missing") == "needs_review"


def _mockup(fine_print: str) -> dict[str, str]:
    """A page showing the consent screen of a booking app: the box's label on a line of its
    own, led in as the consent UI, and its fine print on the line under it."""
    return site(
        page(
            "<h1>How clients opt in to texts</h1>"
            "<p>Clients book in our app. Consent screen shown at checkout:</p>"
            "<div>Yes, I want appointment texts from Acme Dental</div>"
            f"<p>{fine_print}</p>"
            "<p>The box starts unchecked and booking works without it.</p>"
        )
    )


_FULL_FINE_PRINT = (
    "By checking this box, you consent to receive appointment reminder texts from Acme Dental. "
    "Up to 4 msgs/month. Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel."
)


def test_a_box_label_and_its_fine_print_are_read_as_one_box() -> None:
    """A mock-up of an app's consent screen: the label line alone lacks the disclosure, the
    fine print under it states it all. A person reads both when they tick, so nothing is
    missing; the same fine print without HELP is missing HELP."""
    pages = _mockup(_FULL_FINE_PRINT)
    for check_id in ("optin.help_missing", "optin.rates_missing", "optin.stop_missing"):
        assert status(pages, check_id) == "passed", check_id
    assert status(pages, "optin.frequency_missing") == "passed"
    # near miss: the fine print under the label gives no HELP
    pages = _mockup(_FULL_FINE_PRINT.replace("Reply HELP for help, STOP", "Reply STOP"))
    assert status(pages, "optin.help_missing") == "failed"


def _toggle_mockup(fine_print: str, caption: str) -> dict[str, str]:
    """A page drawing an app's notification settings: rows with switches, the consent wording
    under the text-message switch, and a caption under the drawing."""
    return site(
        page(
            "<h1>How text alerts are turned on</h1>"
            "<p>Members choose their channels in the app's settings; the wording sits right "
            "under the switch when they turn it on:</p>"
            '<div class="screen"><div>Settings</div>'
            '<div><span>Email</span><span class="switch on"></span></div>'
            '<div><span>Text messages</span><span class="switch on"></span></div>'
            f"<div>{fine_print}</div></div>"
            f"<p>{caption}</p>"
            "<p>Members can reply HELP for help or turn the switch off at any time.</p>"
        )
    )


_TOGGLE_NAMELESS = (
    "By switching this on, you agree to receive club news texts. Msg frequency varies. Msg "
    "&amp; data rates may apply. Reply STOP to opt out."
)


def test_a_toggle_drawn_with_its_consent_wording_is_the_quoted_box() -> None:
    """Blind real26b (an app's settings mock-up): the consent is a switch, the wording under
    it names no sender and gives no HELP (HELP only in the page's own paragraph below). The
    caption says the line is the consent wording under the toggle: it is the box's label, so
    brand and HELP are missing, and only the absent web form is for review."""
    pages = _toggle_mockup(
        _TOGGLE_NAMELESS, "Switched on, with the consent text shown under the toggle."
    )
    assert status(pages, "optin.form_missing") == "needs_review"
    for check_id in ("optin.brand_missing", "optin.help_missing"):
        assert status(pages, check_id) == "failed", check_id
    assert status(pages, "optin.stop_missing") == "passed"
    # near miss: a caption that says nothing of a control or of consent wording
    pages = _toggle_mockup(_TOGGLE_NAMELESS, "Members love getting the news this way.")
    assert status(pages, "optin.help_missing") != "failed"
    assert status(pages, "optin.brand_missing") != "failed"


def _phone_mockup(wording: str, under: str, label: str = "<b>Text consent:</b> ") -> dict[str, str]:
    """A page walking through an app's sign-up, with the phone-number screen drawn: the
    number, the consent wording (labelled as the consent, unless `label` is empty) and the
    button under it."""
    return site(
        page(
            "<h1>How members get their login codes</h1>"
            "<p>Step 2: the member types their mobile number in the Acme Dental app.</p>"
            '<div class="phone"><div>Confirm your number</div><div>(555) 010-2030</div>'
            f"<div>{label}{wording}</div><button>{under}</button></div>"
            "<p>Step 3: we text one code, and the member types it in the app.</p>"
        )
    )


_TAP_WORDING = (
    "By tapping &quot;Text Me a Code&quot;, you agree to receive a one-time login code by "
    "SMS from Acme Dental. 1 message per request. Msg &amp; data rates may apply. Reply STOP "
    "to cancel. See our Privacy Policy."
)


def test_a_drawn_app_screen_with_its_consent_wording_at_the_button_is_the_box() -> None:
    """Blind real29b (an app's sign-up drawn as a phone mock-up): the wording names the button
    it sits at and the button is drawn right under it. Tapping it is ticking the box, so the
    wording is judged as the box's label: no HELP and no terms named are missing; the privacy
    policy it names is there; only the absent web form is for review."""
    for label in ("<b>Text consent:</b> ", ""):
        pages = _phone_mockup(_TAP_WORDING, "Text Me a Code", label=label)
        assert status(pages, "optin.form_missing") == "needs_review", label
        for check_id in ("optin.help_missing", "optin.terms_link_missing"):
            assert status(pages, check_id) == "failed", (label, check_id)
        for check_id in ("optin.stop_missing", "optin.brand_missing", "optin.privacy_link_missing"):
            assert status(pages, check_id) == "passed", (label, check_id)


def test_near_miss_wording_naming_a_button_not_drawn_under_it_is_no_box() -> None:
    """The same wording followed by another control ("Continue") or by a sentence of the page
    is a description of the flow, not its drawing: the optin checks stay not applicable. (The
    wording is not labelled here: a line labelled as the consent, "Text consent: ...", is the
    quoted consent whatever follows it, `_labelled_consent`.)"""
    for under in ("Continue", "Members can reply HELP at any time."):
        pages = _phone_mockup(_TAP_WORDING, under, label="")
        assert status(pages, "optin.help_missing") == "not_applicable", under
        assert status(pages, "optin.terms_link_missing") == "not_applicable", under


def test_a_quote_that_names_no_policy_misses_its_links() -> None:
    """Blind real29a (a valet app's in-person opt-in): the quoted consent names the sender,
    the kind, rates and STOP, but neither the privacy policy nor the terms; a reviewer reads
    the quote as the point of consent, so both are missing there."""
    pages = _app_site(_OWN, _OPTIONAL)
    assert status(pages, "optin.privacy_link_missing") == "failed"
    assert status(pages, "optin.terms_link_missing") == "failed"
    # near misses: the quote names them (quoted as text it cannot carry the links), or the
    # page quotes part of it only
    named = _OWN.replace("STOP to end.", "STOP to end. See our Privacy Policy and Terms.")
    for check_id in ("optin.privacy_link_missing", "optin.terms_link_missing"):
        assert status(_app_site(named, _OPTIONAL), check_id) == "passed", check_id
        cut = _app_site(_OWN.replace("Up to", "... Up to"), _OPTIONAL)
        assert status(cut, check_id) == "needs_review", check_id


def _labelled_screen(line: str) -> dict[str, str]:
    """A page drawing an app's phone-verification screen, its consent wording on a line
    labelled as the consent."""
    return site(
        page(
            "<h1>How users verify their phone</h1><p>Users enter their number in the app.</p>"
            "<div>Verify your phone</div><div>+1 (555) 010-0000</div>"
            f"<p>{line}</p><div>Send code</div>"
        )
    )


def test_a_line_labelled_as_the_consent_is_the_quoted_consent() -> None:
    """Blind real29b (an app's verification screen drawn on its opt-in page): "SMS Consent:
    By tapping "Send code", you agree to receive ..." is the wording the person agrees to;
    it gives no HELP, so HELP is missing."""
    line = (
        "SMS Consent: By tapping &ldquo;Send code&rdquo;, you agree to receive a one-time SMS "
        "verification code from Acme Dental. 1 message per request. Msg &amp; data rates may "
        "apply. Reply STOP to opt out. See our Privacy Policy."
    )
    pages = _labelled_screen(line)
    assert status(pages, "optin.form_missing") == "needs_review"
    assert status(pages, "optin.help_missing") == "failed"
    assert status(pages, "optin.terms_link_missing") == "failed"
    assert status(pages, "optin.privacy_link_missing") == "passed"
    # near misses: the label over words that are no consent to the person, or no label
    for other in (
        "SMS consent: we record each user's consent with the date and time of the request.",
        "By tapping &ldquo;Send code&rdquo;, the user agrees to receive a one-time SMS code "
        "from Acme Dental.",
    ):
        assert status(_labelled_screen(other), "optin.help_missing") != "failed", other


def test_a_spoken_or_paper_consent_that_names_no_policy_is_for_review() -> None:
    """Blind real29b (a food distributor's staff alerts, consent given by asking the office) and
    real29a (a valet's in-person sign-up) disagree on whether a consent given by voice or on
    paper must name the policies: where the page says people consent that way, a quote naming
    neither is left to a person (is the policy offered there?), not failed. Near miss: the
    same quote agreed to in an app (the page says nothing of voice or paper) still fails."""
    spoken = site(
        page(
            "<h1>How staff join our alerts</h1><p>Employees ask the office to add them; the "
            "manager reads them this statement and they agree verbally:</p>"
            f"<p>&ldquo;{_OWN}&rdquo;</p>"
        )
    )
    desk = site(
        page(
            "<h1>Operational alerts</h1><p>How to sign up: contact our office and ask to be "
            f"added. The consent statement:</p><p>&ldquo;{_OWN}&rdquo;</p>"
        )
    )
    for check_id in ("optin.privacy_link_missing", "optin.terms_link_missing"):
        assert status(spoken, check_id) == "needs_review", check_id
        assert status(desk, check_id) == "needs_review", check_id
        assert status(_app_site(_OWN, _OPTIONAL), check_id) == "failed", check_id


def _registration_page(where: str) -> dict[str, str]:
    return site(
        page(
            f"<h1>SMS Consent &amp; Terms</h1><p>During registration {where}, players see the "
            f"following unchecked checkbox:</p><p>{_OWN}</p><p>The checkbox is unchecked by "
            "default.</p>"
        )
    )


def test_a_box_the_page_places_on_a_page_of_the_site_is_for_review_on_links() -> None:
    """Blind real30b (a pickleball app's "SMS Consent & Terms" page): "During registration at
    <site>/app.html, players see the following unchecked checkbox:" and the box's words. The
    box sits on a page of the site that prevet read no form on: its words are judged (they
    name the sender, rates, STOP), but whether the real box links the policies is for a
    person; a picture of it cannot carry a link. Near misses: a box in an app named by no
    address of the site, and an address on another site, still fail (the real29a rule)."""
    for where in ("at acme-dental.com/app.html", "at /join"):
        pages = _registration_page(where)
        assert status(pages, "optin.form_missing") == "needs_review", where
        for check_id in ("optin.privacy_link_missing", "optin.terms_link_missing"):
            result = run(pages, check_id)
            assert str(result.status) == "needs_review", (where, check_id)
            assert where.split()[-1] in result.findings[0].message, (where, check_id)
        assert status(pages, "optin.stop_missing") == "passed", where
    for where in ("in the Acme Dental app", "at otherhost.example/app.html"):
        pages = _registration_page(where)
        for check_id in ("optin.privacy_link_missing", "optin.terms_link_missing"):
            assert status(pages, check_id) == "failed", (where, check_id)


def test_a_keyword_call_that_states_the_consent_is_read_as_the_box() -> None:
    """Realworld, blind round 32 (a consultancy's keyword opt-in page): "By texting the keyword
    UPDATES to 833-555-0100, you agree to receive autodialed text messages from Acme Dental."
    with "Reply STOP to cancel" under it: texting the keyword is ticking the box, and what the
    page says there is its label. What it lacks is missing; what follows it counts. Near
    miss: a bare "Text JOIN to 55555 for appointment reminders" asks no consent: the missing
    form is for review and no element is judged."""
    keyword = site(
        page(
            "<h1>Text message opt-in</h1><p>By texting the keyword UPDATES to 833-555-0100, you "
            "agree to receive autodialed text messages from Acme Dental.</p><h2>Ending "
            "messages</h2><p>Reply STOP to cancel all texts to your phone number.</p>"
        )
    )
    assert status(keyword, "optin.form_missing") == "needs_review"
    for check_id in ("optin.rates_missing", "optin.frequency_missing", "optin.help_missing"):
        assert status(keyword, check_id) == "failed", check_id
    assert status(keyword, "optin.stop_missing") == "passed"
    bare = site(page("<p>Text JOIN to 55555 for appointment reminders from Acme Dental.</p>"))
    assert status(bare, "optin.form_missing") == "needs_review"
    assert status(bare, "optin.rates_missing") == "not_applicable"


_LABEL_AND_STATEMENT = (
    "<h1>Text alerts in the Acme Dental app</h1><p>During sign-up, check the box labeled "
    "&ldquo;I agree to receive text messages from Acme Dental&rdquo;. It is optional.</p>"
    "<h2>Consent language</h2><p>By checking the SMS consent box during sign-up, you agree to "
    "receive visit reminders by text from Acme Dental at the number you provide. Up to 4 "
    "msgs/month. Msg &amp; data rates may apply. Reply HELP for help, STOP to end.</p>"
)


def test_a_quoted_label_is_read_with_the_pages_statement_of_what_the_box_agrees_to() -> None:
    """Blind real33c (an app marketplace): the page quotes the box's short label and, under
    "Consent Language", states in full what ticking it agrees to; judged by the label alone,
    frequency, rates, HELP and STOP read as missing. The statement is the disclosure the person
    reads with the box."""
    pages = site(page(_LABEL_AND_STATEMENT))
    for check_id in (
        "optin.frequency_missing",
        "optin.rates_missing",
        "optin.help_missing",
        "optin.stop_missing",
    ):
        assert status(pages, check_id) == "passed", check_id


def test_near_miss_two_quoted_boxes_keep_their_own_words() -> None:
    # with a second quoted box the statement may be the other box's: each label alone
    two = _LABEL_AND_STATEMENT.replace(
        "It is optional.",
        "It is optional. A second box reads &ldquo;I agree to receive offers by text from Acme "
        "Dental&rdquo;.",
    )
    assert status(site(page(two)), "optin.help_missing") == "failed"


def test_near_miss_a_statement_about_no_box_adds_nothing() -> None:
    # "By signing up, you agree ..." names no box the person ticks
    other = _LABEL_AND_STATEMENT.replace(
        "By checking the SMS consent box during sign-up", "By signing up"
    )
    assert status(site(page(other)), "optin.help_missing") == "failed"


_WEB_FORM_PAGE = (
    "<h1>SMS Opt-In Policy</h1><p>Web form opt-in: you enter your name and mobile number on "
    "our website's contact form and tick an unchecked box before sending it. The disclosure "
    "reads:</p><p>&ldquo;{quote}&rdquo;</p><p>{after}</p>"
)


def test_a_quoted_box_of_a_web_form_no_page_holds_fails_form_missing() -> None:
    """Blind real33a: the page says people opt in on the website's form and quotes its box,
    but no page of the site holds such a form. The quote is not the form: optin.form_missing
    fails (no review), and the quote is not judged in the form's stead (its links, HELP)."""
    pages = site(page(_WEB_FORM_PAGE.format(quote=_OWN, after=_OPTIONAL)))
    result = run(pages, "optin.form_missing")
    assert str(result.status) == "failed"
    assert "web form" in result.findings[0].evidence.lower()
    for check_id in ("optin.privacy_link_missing", "optin.terms_link_missing"):
        assert status(pages, check_id) == "not_applicable", check_id


def test_a_quoted_box_of_a_call_or_an_app_beside_a_web_form_keeps_the_review() -> None:
    # near miss: the page names another way to opt in (a call, the app) as well: the quote is
    # judged as today, and the missing web form is for review
    for other in ("or over the phone", "or in the Acme Dental app"):
        text = _WEB_FORM_PAGE.replace("before sending it", f"before sending it, {other}")
        pages = site(page(text.format(quote=_OWN, after=_OPTIONAL)))
        assert status(pages, "optin.form_missing") == "needs_review", other


_ACCEPTS = (
    "By accepting this estimate, you consent to receive service texts from Acme Dental "
    "about your visits. Message frequency varies. Msg &amp; data rates may apply. Reply "
    'STOP to opt out, HELP for help. See our <a href="/privacy">Privacy Policy</a> and '
    '<a href="/terms">Terms</a>.'
)


def _estimate_page(line: str, button: str) -> dict[str, str]:
    """A program page reproducing the consent block of an estimate page in the business's
    own app: the wording, then the button under it."""
    return site(
        page(
            "<h1>Our text program</h1><p>Customers get an estimate at a private link. Above "
            "its button, the page shows:</p>"
            f"<p>{line}</p><div>{button}</div><p>Reproduction of the live block.</p>"
        )
    )


def test_round_34_consent_given_by_accepting_an_estimate_has_no_box_and_is_bundled() -> None:
    """Blind real34a (a lawn-care program page): the consent block over an "Accept Proposal"
    button, reproduced on the page. The wording names the button's act ("By accepting this
    proposal"), so it is the quoted consent: given by accepting the service, with no box
    (checkbox_missing), and riding on that acceptance (bundled_consent)."""
    pages = _estimate_page(_ACCEPTS, "Accept Estimate")
    assert status(pages, "optin.form_missing") == "needs_review"
    assert status(pages, "optin.checkbox_missing") == "failed"
    assert status(pages, "optin.bundled_consent") == "failed"
    # near miss: a button that is not the act the wording names is no drawing of it
    assert status(_estimate_page(_ACCEPTS, "Pay Deposit"), "optin.form_missing") == "failed"


def test_round_34_a_box_consent_over_its_button_is_no_acceptance() -> None:
    """Near miss: wording that names the sign-up itself ("By joining this list, ...") over a
    "Join List" button is a drawing of the consent, but no service is accepted by it."""
    line = _ACCEPTS.replace("By accepting this estimate", "By joining this list")
    pages = _estimate_page(line, "Join List")
    assert status(pages, "optin.form_missing") == "needs_review"
    assert status(pages, "optin.bundled_consent") != "failed"


_KEYWORD_SECTION = (
    "<h2>Text message program</h2><p>By texting JOIN to 833-555-0100, you agree to receive "
    "recurring visit reminders by text from Acme Dental. Message frequency varies. Msg &amp; "
    "data rates may apply. Reply STOP to cancel or HELP for help.</p>"
)


def test_a_keyword_programs_wording_in_the_terms_themselves_needs_no_link_to_them() -> None:
    """Blind real34c (a keyword opt-in documented on an "SMS opt-in" page and, word for word
    less the links, in the Terms' own SMS section): the wording printed in the Terms is read
    where the person reads the terms, so it need not link the page it stands on. Near misses:
    the same wording on a page that is not the terms, and an app's quoted box in the terms
    (the person ticks that box elsewhere)."""
    terms = page(
        f"<h1>Terms &amp; Conditions</h1><p>These terms govern this website.</p>{_KEYWORD_SECTION}"
        "<h2>Contact</h2><p>Questions? Call the office at 555-0100.</p>",
        "Terms & Conditions | Acme Dental",
    )
    pages = site(page("<h1>Text reminders</h1><p>Ask us about texts.</p>"), **{"/terms": terms})
    assert status(pages, "optin.terms_link_missing") == "passed"
    # near miss: the same wording on the opt-in page, with the terms elsewhere
    elsewhere = site(page(f"<h1>Text reminders</h1>{_KEYWORD_SECTION}"))
    assert status(elsewhere, "optin.terms_link_missing") == "failed"
    # near miss: an app's box quoted in the terms is ticked in the app, not read in the terms
    app_box = page(
        "<h1>Terms &amp; Conditions</h1><p>These terms govern this website.</p><p>In the Acme "
        "Dental app, patients see this unchecked box: &ldquo;I agree to receive visit reminders "
        "by text from Acme Dental. Msg &amp; data rates may apply. Reply STOP to cancel or HELP "
        "for help.&rdquo;</p>",
        "Terms & Conditions | Acme Dental",
    )
    in_app = site(page("<h1>Text reminders</h1><p>Ask us about texts.</p>"), **{"/terms": app_box})
    assert status(in_app, "optin.terms_link_missing") == "failed"


_TERMS_PAGE = (
    "<h1>SMS Terms</h1><p>Acme Dental texts patients about their visits.</p>"
    "<h2>How you opt in</h2><p>{how}</p><p>At the front desk, you may also tell our staff in "
    "person that you agree to texts.</p>"
    "<h2>Frequency</h2><p>{frequency}</p><h2>Cost</h2><p>Message and data rates may apply.</p>"
    "<h2>Stopping</h2><p>Reply STOP to any message to opt out.</p>"
    "<h2>Help</h2><p>Reply HELP for help or call (402) 555-0143.</p>"
)
_WEB_BOX = (
    "You tick the box next to &ldquo;I agree to receive visit reminder texts from Acme "
    "Dental&rdquo; on our appointment request form."
)


def _terms_site(how: str, frequency: str = "Up to 4 messages a month.") -> dict[str, str]:
    return site(
        page("<h1>Acme Dental</h1><p>Family dentistry.</p>"),
        **{"/sms-terms": page(_TERMS_PAGE.format(how=how, frequency=frequency))},
    )


def test_a_web_forms_box_label_quoted_in_complete_terms_is_no_defective_disclosure() -> None:
    """Blind round 36 (safe-house): SMS terms quote the label of a box on the site's quote form
    ("You check the box next to "I agree ..." on a quote or contact form"), a form the copy
    lacks, and state frequency, rates, STOP and HELP themselves. The label is not all the
    person reads: the form's fine print is unseen and the program's terms state each element;
    only the unseen form is for review. Near misses: the terms lacking the frequency still
    fail it; an app's box quoted the same way is judged by its quote (above)."""
    pages = _terms_site(_WEB_BOX)
    assert status(pages, "optin.form_missing") == "needs_review"
    for check_id in (
        "optin.frequency_missing",
        "optin.rates_missing",
        "optin.stop_missing",
        "optin.help_missing",
    ):
        assert status(pages, check_id) == "passed", check_id
    silent = _terms_site(_WEB_BOX, frequency="We text when it matters.")
    assert status(silent, "optin.frequency_missing") == "failed"
    assert status(silent, "optin.stop_missing") == "passed"


_NOTICE_PAGE = (
    "<h1>Appointment text messages</h1><p>When you book at acme.com/book and enter your phone "
    "number, you get booking texts from Acme Dental. {intro}</p><p>{notice}</p>"
    "<h2>Program details</h2><p>Questions: email desk@acmedental.com</p>"
)
_NOTICE = (
    "By providing your number, you agree to receive visit confirmations and reminders from "
    "Acme Dental. Message and data rates may apply. Reply STOP to opt out."
)


def _notice_page(intro: str, notice: str = _NOTICE) -> dict[str, str]:
    return site(page(_NOTICE_PAGE.format(intro=intro, notice=notice)))


def test_round_37_a_notice_shown_under_the_phone_field_is_the_quoted_consent() -> None:
    """Blind real37c (a barbershop's booking app): the page sets off, after "The notice below
    is shown on the booking form, directly beneath the phone number field:", the words a
    customer reads where they give the number. They are judged as a disclosure: no HELP, no
    frequency, no links, and consent taken by entering the number with no box."""
    pages = _notice_page(
        "The notice below is shown on the booking form, directly beneath the phone number "
        "field, before you confirm:"
    )
    assert status(pages, "optin.form_missing") == "needs_review"
    for check_id in (
        "optin.checkbox_missing",
        "optin.help_missing",
        "optin.frequency_missing",
        "optin.privacy_link_missing",
    ):
        assert status(pages, check_id) == "failed", check_id
    assert status(pages, "optin.stop_missing") == "passed"
    # near miss: the same words led in as the label of a box the customer ticks have a box
    boxed = _notice_page("On the booking form, customers tick a checkbox that reads:")
    assert status(boxed, "optin.help_missing") == "failed"
    assert status(boxed, "optin.checkbox_missing") != "failed"
    # near miss: a sentence saying what a notice is, with no place on a form, is no quote
    loose = _notice_page("Our booking texts work like this:")
    assert status(loose, "optin.form_missing") == "failed"


def test_round_37_an_attestation_that_someone_else_consented_is_no_disclosure() -> None:
    """Blind real37a (a camp app): an administrator ticks "I confirm this parent/guardian has
    consented to receive emergency SMS notifications at this number". The parent never reads
    it: it is no disclosure to anyone, so there is no documented consent to judge and no web
    form either (optin.form_missing fails, nothing is missing from a quote)."""
    attest = (
        "I confirm this parent/guardian has consented to receive emergency SMS notifications "
        "at this number."
    )
    pages = _app_site(attest, _REQUIRED)
    assert status(pages, "optin.form_missing") == "failed"
    for check_id in ("optin.help_missing", "optin.brand_missing", "optin.consent_required"):
        assert status(pages, check_id) != "failed", check_id
    # near miss: the person confirming their own consent speaks for themselves
    own = (
        "I confirm that I have agreed to receive visit reminders by text from Acme Dental. "
        "Msg &amp; data rates may apply. Reply STOP to end."
    )
    mine = _app_site(own, _OPTIONAL)
    assert status(mine, "optin.form_missing") == "needs_review"
    assert status(mine, "optin.help_missing") == "failed"


def _pictured_card(label: str) -> dict[str, str]:
    return site(
        page(
            "<h1>How we collect SMS consent</h1><p>People opt in inside the Acme Dental app.</p>"
            "<h2>The exact point of consent (as shown in the app)</h2><div class='card'>"
            "<p>(360) 555-0123 is verified.</p><label><input type='checkbox' checked disabled> "
            f"{label}</label></div>"
        )
    )


def test_a_disabled_box_drawn_as_the_apps_card_is_the_quoted_box() -> None:
    """Blind real38c (glowtape): a documentation page draws the app's consent card with a real
    checkbox, checked and disabled, labelled "Text me reminders about my calls (message & data
    rates may apply; reply STOP anytime)". Nobody ticks it here; it pictures the words the
    person ticks in the app, so they are judged as that box's label: no brand, no frequency,
    no HELP. Near misses: a complete label leaves those passed, and a disabled box that asks
    for no texts ("Remember this device") pictures no consent."""
    partial = _pictured_card(
        "Text me reminders about my calls (message &amp; data rates may apply; reply STOP anytime)"
    )
    for check_id in ("optin.brand_missing", "optin.frequency_missing", "optin.help_missing"):
        assert status(partial, check_id) == "failed", check_id
    assert status(partial, "optin.form_missing") == "needs_review"
    complete = _pictured_card(
        "Text me visit reminders from Acme Dental. Up to 4 msgs/month. Msg &amp; data rates may "
        "apply. Reply HELP for help, STOP to end."
    )
    for check_id in ("optin.brand_missing", "optin.frequency_missing", "optin.help_missing"):
        assert status(complete, check_id) == "passed", check_id
    device = _pictured_card("Remember this device for 30 days")
    assert status(device, "optin.form_missing") == "failed"


def test_a_quoted_box_the_page_says_has_the_policy_line_below_it_is_linked() -> None:
    """Blind round 39 (a print shop's opt-in page): the page quotes its form's box, then says
    what sits directly below it ("See our SMS Terms and Privacy Policy.") and links both
    documents itself: the box's point of consent names them, as the quote cannot link them.
    Near misses: a line below the box that is something else, and a page that links nothing."""

    def quoted(after: str, links: str) -> dict[str, str]:
        return site(
            page(
                "<h1>How customers opt in to texts</h1><p>Next to the phone field on our quote "
                "form, the box reads:</p><p>&ldquo;Text me about my order from Acme Dental. Msg "
                "frequency varies. Msg &amp; data rates may apply. Reply STOP to opt out, HELP "
                f"for help.&rdquo;</p><p>{after}</p><p>{links}</p>"
            )
        )

    both = '<a href="/terms">SMS Terms</a> <a href="/privacy">Privacy Policy</a>'
    below = 'Directly below the box: "See our SMS Terms and Privacy Policy."'
    for check_id in ("optin.privacy_link_missing", "optin.terms_link_missing"):
        assert status(quoted(below, both), check_id) == "passed", check_id
    other = "Below the box is the Submit button. We keep our privacy promise."
    assert status(quoted(other, both), "optin.privacy_link_missing") == "failed"
    assert status(quoted(below, ""), "optin.privacy_link_missing") == "failed"
