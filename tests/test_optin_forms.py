"""Finding the SMS opt-in form in the markup of real builders, and nothing else."""

from __future__ import annotations

import pytest

from tests.test_optin_pages import (
    DISCLOSURE,
    PHONE,
    compliant_form,
    context,
    form,
    page,
    site,
    status,
)

BUILDERS = {
    "contact_form_7": """<div class="wpcf7"><form class="wpcf7-form" action="/#wpcf7-f12">
<p><label> Your name<br><span class="wpcf7-form-control-wrap"><input type="text"
name="your-name" class="wpcf7-text"></span></label></p>
<p><label> Your phone<br><span class="wpcf7-form-control-wrap"><input type="tel"
name="your-tel" class="wpcf7-tel"></span></label></p>
<p><span class="wpcf7-list-item"><label><input type="checkbox" name="sms-consent[]"
value="1"><span class="wpcf7-list-item-label">{d}</span></label></span></p>
<p><input type="submit" value="Send" class="wpcf7-submit"></p></form></div>""",
    "gravity_forms": """<div class="gform_wrapper"><form id="gform_3" action="/join">
<ul class="gform_fields"><li class="gfield"><label class="gfield_label" for="input_3_2">
Mobile number</label><div class="ginput_container"><input name="input_2" id="input_3_2"
type="text"></div></li><li class="gfield"><div class="ginput_container"><ul
class="gfield_checkbox"><li><input name="input_4.1" type="checkbox" value="yes"
id="choice_3_4_1"><label for="choice_3_4_1">{d}</label></li></ul></div></li></ul>
<div class="gform_footer"><input type="submit" value="Submit"></div></form></div>""",
    "elementor": """<form class="elementor-form" method="post">
<div class="elementor-form-fields-wrapper">
<div class="elementor-field-group"><input size="1" type="text" name="form_fields[cell]"
id="form-field-cell" class="elementor-field" placeholder="(555) 555-5555"></div>
<div class="elementor-field-type-acceptance"><span class="elementor-field-option">
<input type="checkbox" name="form_fields[sms]" id="form-field-sms"><label
for="form-field-sms">{d}</label></span></div><button type="submit">Send</button></div></form>""",
    "hubspot": """<form class="hs-form" id="hsForm_1" novalidate><div class="hs_mobilephone
hs-form-field"><label id="label-mobilephone" for="mobilephone-1"><span>Mobile phone
number</span></label><div class="input"><input id="mobilephone-1" name="mobilephone"
type="tel" class="hs-input"></div></div><div class="legal-consent-container"><ul
class="inputs-list"><li class="hs-form-booleancheckbox">
<label class="hs-form-booleancheckbox-display"><input
class="hs-input" type="checkbox" name="LEGAL_CONSENT.subscription_type_123"><span>{d}</span>
</label></li></ul></div><input type="submit" class="hs-button" value="Submit"></form>""",
    "wix_div_markup": """<div class="comp-form"><div data-testid="phone"><div id="lbl9">Phone</div>
<input aria-labelledby="lbl9" type="text"></div><div role="group"><input type="checkbox"
aria-label="sms consent" id="c1"><div><p>{d}</p></div></div><div role="button"
class="submit">Submit</div></div>""",
    "bootstrap": """<form class="needs-validation"><div class="mb-3"><label for="tel"
class="form-label">Cell phone</label><input class="form-control" id="tel" name="cellphone"></div>
<div class="form-check"><input class="form-check-input" type="checkbox" id="smsOptIn"><label
class="form-check-label" for="smsOptIn">{d}</label></div>
<button class="btn">Join</button></form>""",
    "split_phone": """<form><label>Phone</label><input type="text" maxlength="3" name="a">
<input type="text" maxlength="3" name="b"><input type="text" maxlength="4" name="c">
<label><input type="checkbox" name="sms_ok"> {d}</label><button>Go</button></form>""",
}


@pytest.mark.parametrize("builder", sorted(BUILDERS))
def test_builder_markup_is_an_optin_with_its_consent_box(builder: str) -> None:
    html = page(BUILDERS[builder].format(d=DISCLOSURE))
    forms = context(site(html)).inputs.optin_forms
    assert len(forms) == 1, builder
    optin = forms[0]
    assert optin.phone_fields, builder
    assert optin.consent_control is not None and "Acme Dental" in optin.consent_control.label
    for element in ("rates", "frequency", "help", "stop", "message_types", "brand"):
        assert optin.disclosure.has(element), (builder, element)


def test_same_origin_iframe_form_is_found() -> None:
    from crawler.page_builder import build_page
    from crawler.snapshot import SiteSnapshot

    outer = page('<iframe src="/embed"></iframe>')
    built = build_page(
        outer,
        "https://www.acme-dental.com/signup",
        frames=[("https://www.acme-dental.com/embed", page(compliant_form()))],
    )
    from analyzers.context import AnalysisContext

    ctx = AnalysisContext(
        snapshot=SiteSnapshot(
            start_url="https://www.acme-dental.com/", site="acme-dental.com", pages=[built]
        )
    )
    assert [f.form.frame_url for f in ctx.inputs.optin_forms] == [
        "https://www.acme-dental.com/embed"
    ]


def test_contact_form_with_phone_and_no_sms_wording_is_not_an_optin() -> None:
    contact = form(
        '<label>Name <input name="name"></label><label>Phone <input type="tel" '
        'name="phone"></label><textarea name="msg"></textarea>'
    )
    assert context(site(page(contact))).inputs.optin_forms == []


def test_sms_terms_link_after_a_contact_form_does_not_make_it_an_optin() -> None:
    contact = (
        form('<label>Phone <input type="tel" name="phone"></label>')
        + '<p><a href="/sms-terms">SMS Terms</a></p>'
    )
    assert context(site(page(contact))).inputs.optin_forms == []


def test_terms_and_email_boxes_are_not_sms_consent() -> None:
    html = form(
        f'{PHONE}<label><input type="checkbox" name="tos" required> I accept the '
        '<a href="/terms">Terms of Service</a></label><label><input type="checkbox" '
        'name="news"> Email me the monthly newsletter</label><label><input '
        f'type="checkbox" name="sms"> {DISCLOSURE}</label>'
    )
    optin = context(site(page(html))).inputs.optin_forms[0]
    assert [c.name for c in optin.consent_controls] == ["sms"]
    assert sorted(c.name for c in optin.other_choices) == ["news", "tos"]


def test_yes_no_radio_pair_counts_as_consent_with_its_yes_answer() -> None:
    html = form(
        f'{PHONE}<p>{DISCLOSURE}</p><label><input type="radio" name="sms_optin" '
        'value="yes"> Yes</label><label><input type="radio" name="sms_optin" '
        'value="no"> No</label>'
    )
    optin = context(site(page(html))).inputs.optin_forms[0]
    assert [c.value for c in optin.consent_controls] == ["yes"]


def test_footer_signup_repeated_on_every_page_is_one_optin() -> None:
    pages = site(page("<p>Welcome</p>" + compliant_form()))
    pages["/"] = page("<h1>Acme Dental</h1>" + compliant_form())
    assert len(context(pages).inputs.optin_forms) == 1


def test_given_optin_url_is_reported_first() -> None:
    pages = site(page(compliant_form()))
    pages["/"] = page("<h1>Acme</h1>" + compliant_form(label=DISCLOSURE.replace("Acme", "ACME")))
    forms = context(pages, optin_url="https://www.acme-dental.com/signup").inputs.optin_forms
    assert forms[0].url.endswith("/signup")


def test_multi_purpose_is_told_from_a_signup() -> None:
    signup = context(site(page(compliant_form()))).inputs.optin_forms[0]
    quote = context(
        site(
            page(
                form(
                    f'{PHONE}<textarea name="project"></textarea><label><input '
                    f'type="checkbox" name="sms"> {DISCLOSURE}</label>'
                )
            )
        )
    ).inputs.optin_forms[0]
    assert not signup.multi_purpose and quote.multi_purpose


def test_a_form_whose_button_gives_text_consent_is_a_signup_whatever_else_it_asks() -> None:
    """Blind real12a: a dedicated opt-in page whose form asks what the inquiry is about (a
    text area) and whose button gives consent to texts ("Text me updates"): sending it is the
    consent."""
    box = f'<label><input type="checkbox" name="sms"> {DISCLOSURE}</label>'
    note = '<textarea name="details"></textarea>'
    signup = form(f"{PHONE}{note}{box}<button>Text me updates</button>", "")
    contact = form(f"{PHONE}{note}{box}<button>Text us</button>", "")
    assert not context(site(page(signup))).inputs.optin_forms[0].multi_purpose
    # near miss: a button that only names the channel ("Text us") is a contact form's button
    assert context(site(page(contact))).inputs.optin_forms[0].multi_purpose


def test_a_button_asking_for_the_quote_by_text_is_a_quote_request() -> None:
    """Blind round 39 (a mover's quote form): "Text me my quote" asks for a quote, answered by
    text; the form's move date and home size are the quote's questions, so its required SMS box
    makes texts a condition of the quote (optin.consent_required)."""
    questions = (
        '<input type="date" name="move_date"><select name="size"><option>2 BR</option></select>'
    )
    box = f'<label><input type="checkbox" name="sms" required> {DISCLOSURE}</label>'
    for button in ("Text me my quote", "Send me the estimate"):
        quote = form(f"{PHONE}{questions}{box}<button>{button}</button>", "")
        assert context(site(page(quote))).inputs.optin_forms[0].multi_purpose, button
        assert status(site(page(quote)), "optin.consent_required") == "failed", button
    # near miss: the texts themselves as the button's object still sign up for texts
    for button in ("Text me updates", "Text me deals"):
        signup = form(f"{PHONE}{questions}{box}<button>{button}</button>", "")
        assert not context(site(page(signup))).inputs.optin_forms[0].multi_purpose, button


def test_a_choice_of_alerts_on_a_subscribe_form_is_still_a_signup() -> None:
    group = '<select name="group"><option>U8-U10</option><option>U12</option></select>'
    box = f'<label><input type="checkbox" name="sms"> {DISCLOSURE}</label>'
    alerts = form(f"{PHONE}{group}{box}<button>Sign me up</button>")
    booking = form(f"{PHONE}{group}{box}<button>Register</button>")
    assert not context(site(page(alerts))).inputs.optin_forms[0].multi_purpose
    assert context(site(page(booking))).inputs.optin_forms[0].multi_purpose


def test_a_hyphenated_sign_up_button_serves_only_the_text_sign_up() -> None:
    """Blind real23b: a clinic's SMS sign-up page whose form asks for the language and who
    the person is (patient, family member) and whose button says "Submit sign-up": the
    questions shape the texts, the button signs up, so the form does nothing else."""
    questions = (
        '<select name="language"><option>English</option><option>Spanish</option></select>'
        '<select name="who"><option>Patient</option><option>Caregiver</option></select>'
    )
    box = f'<label><input type="checkbox" name="sms" required> {DISCLOSURE}</label>'
    for button in ("Submit sign-up", "Complete Sign-Up"):
        signup = f'<form action="/go">{PHONE}{questions}{box}<button>{button}</button></form>'
        assert not context(site(page(signup))).inputs.optin_forms[0].multi_purpose, button
        assert status(site(page(signup)), "optin.consent_required") == "passed", button
    # near miss: the same questions under a plain "Submit" or a booking button do more
    for button in ("Submit", "Book appointment"):
        other = f'<form action="/go">{PHONE}{questions}{box}<button>{button}</button></form>'
        assert context(site(page(other))).inputs.optin_forms[0].multi_purpose, button
        assert status(site(page(other)), "optin.consent_required") == "failed", button


def test_aria_switch_toggle_is_a_consent_control() -> None:
    html = form(
        f'{PHONE}<div class="toggle-row"><div role="switch" aria-checked="true" '
        f'tabindex="0" id="sms-toggle"></div><span>{DISCLOSURE}</span></div>'
    )
    optin = context(site(page(html))).inputs.optin_forms[0]
    control = optin.consent_control
    assert control is not None and control.type == "switch" and control.checked
    assert "Acme Dental" in control.label


def test_role_checkbox_with_its_own_words() -> None:
    html = form(f'{PHONE}<span role="checkbox" aria-checked="false">{DISCLOSURE}</span>')
    optin = context(site(page(html))).inputs.optin_forms[0]
    assert optin.consent_control is not None and not optin.consent_control.checked


def test_disabled_example_box_on_a_policy_page_is_not_an_optin() -> None:
    example = (
        f"<h1>SMS consent policy</h1><p>Our form shows this box:</p><p><input "
        f'type="checkbox" disabled> {DISCLOSURE}</p>'
    )
    assert context(site(page(example))).inputs.optin_forms == []


def test_disabled_box_beside_a_phone_field_is_the_forms_box() -> None:
    """A sample screen (every field disabled) or a box greyed until the number is typed still
    shows the person a box: it is the consent box, not a form without one."""
    sample = form(
        '<input type="tel" name="phone" disabled>'
        f'<p><input type="checkbox" disabled> {DISCLOSURE}</p><button disabled>Continue</button>'
    )
    greyed = form(f'{PHONE}<p><input type="checkbox" disabled> {DISCLOSURE}</p>')
    for html in (sample, greyed):
        optin = context(site(page(html))).inputs.optin_forms[0]
        assert optin.consent_control is not None and optin.consent_control.disabled


def test_terse_box_under_the_sms_paragraph_is_the_consent_box() -> None:
    html = form(
        f'{PHONE}<label><input type="checkbox" name="agree"> I agree</label><p>{DISCLOSURE}</p>'
    )
    optin = context(site(page(html))).inputs.optin_forms[0]
    assert optin.consent_control is not None and optin.consent_control.name == "agree"
    assert optin.disclosure.blocks[0].text == "I agree"


def test_only_box_named_by_the_sms_text_is_consent_even_when_it_is_a_terms_box() -> None:
    html = form(
        f'{PHONE}<label><input type="checkbox" name="tos"> I accept the Terms of '
        f"Service</label><p>{DISCLOSURE}</p>"
    )
    optin = context(site(page(html))).inputs.optin_forms[0]
    assert [c.name for c in optin.consent_controls] == ["tos"]


def test_summary_is_plain_json_data() -> None:
    import json

    optin = context(site(page(compliant_form()))).inputs.optin_forms[0]
    summary = json.loads(json.dumps(optin.summary()))
    assert summary["url"].endswith("/signup")
    assert summary["consent_controls"][0]["checked"] is False
    assert summary["elements"]["stop"] == {"present": True, "shown": True}
    assert "Acme Dental" in summary["disclosure_text"]


def test_text_as_a_preferred_contact_method_is_not_an_optin() -> None:
    html = form(
        f"{PHONE}<fieldset><legend>How should we reach you?</legend>"
        '<label><input type="radio" name="method" value="call"> Phone call</label>'
        '<label><input type="radio" name="method" value="text"> Text message</label>'
        '<label><input type="radio" name="method" value="email"> Email</label>'
        '</fieldset><select name="when"><option>Morning</option><option>Text message'
        '</option></select><textarea name="msg"></textarea>'
    )
    assert context(site(page(html))).inputs.optin_forms == []


def test_footer_call_to_action_below_a_contact_form_does_not_make_it_an_optin() -> None:
    contact = (
        form('<label>Phone <input type="tel" name="phone"></label><textarea name=m></textarea>')
        + '<p><a href="/alerts">Get text alerts</a></p>'
    )
    assert context(site(page(contact))).inputs.optin_forms == []


def _application_page(after_form: str) -> str:
    """A partner application that asks for a phone number and never speaks of texts, in a site
    whose footer, right below it, links the texting sign-up page."""
    application = (
        '<form action="/apply" method="post"><label>Full name <input name="full_name"></label>'
        '<label>Phone <input type="tel" name="phone"></label><label>Email <input type="email" '
        'name="email"></label><label>Town <input name="town"></label>'
        '<button type="submit">Apply</button></form>'
    )
    return (
        "<html><head><title>Partner with us | Acme Dental</title></head><body>"
        f'<h1>Become a referral partner</h1><div class="wrap">{application}{after_form}</div>'
        '<footer><p>© 2025 Acme Dental · <a href="/privacy">Privacy</a> · '
        '<a href="/sms">SMS Opt-In</a></p></footer></body></html>'
    )


def test_texting_links_in_the_site_footer_do_not_make_an_application_an_optin() -> None:
    pages = site(page(compliant_form()), **{"/partners": _application_page("")})
    forms = context(pages).inputs.optin_forms
    assert [f.url.rsplit("/", 1)[-1] for f in forms] == ["signup"]


def test_texting_consent_written_under_the_application_makes_it_an_optin() -> None:
    caption = "<p>By applying you opt in to text updates on your application.</p>"
    pages = site(page(compliant_form()), **{"/partners": _application_page(caption)})
    forms = context(pages).inputs.optin_forms
    assert sorted(f.url.rsplit("/", 1)[-1] for f in forms) == ["partners", "signup"]


_FINE_PRINT = (
    "<p>Pick one list or both; neither is needed to enrol. Texts come from Acme Dental, "
    "about 3 a month per list. Msg &amp; data rates may apply. Text HELP for help, STOP to "
    'leave. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p>'
)


def test_boxes_that_pick_which_texts_to_get_are_the_consent_boxes() -> None:
    html = page(
        form(
            f'{PHONE}<label><input type="checkbox" name="list_a"> Visit reminders and '
            'schedule changes</label><label><input type="checkbox" name="list_b"> Specials '
            f"and new services</label>{_FINE_PRINT}"
        )
    )
    pages = site(html)
    forms = context(pages).inputs.optin_forms
    assert [c.name for c in forms[0].consent_controls] == ["list_a", "list_b"]
    assert status(pages, "optin.checkbox_missing") == "passed"


def test_interest_boxes_are_not_consent_to_texts() -> None:
    html = page(
        form(
            f'{PHONE}<label><input type="checkbox" name="ballet"> Ballet</label><label><input '
            'type="checkbox" name="tap"> Tap</label><p>By signing up you agree to receive '
            f"text messages from Acme Dental.</p>{_FINE_PRINT}"
        )
    )
    pages = site(html)
    assert context(pages).inputs.optin_forms[0].consent_controls == []
    assert status(pages, "optin.checkbox_missing") == "failed"


def test_a_text_field_named_or_shown_as_a_number_wrapped_with_its_fine_print_is_the_phone() -> None:
    """Blind real11 (a chauffeur's booking form): a plain text input named "contactNumber",
    with a phone-shaped placeholder, inside a label that also holds the SMS fine print (so the
    label runs long) is the phone field; the consent is taken on submit, with no box."""
    fine_print = (
        "By providing your number, you consent to receive booking updates via SMS from Acme "
        "Dental. Msg frequency varies. Msg &amp; data rates may apply. Reply STOP to opt out, "
        "HELP for help."
    )
    for name, placeholder in (("contactNumber", "Your number"), ("pickup_field", "(312) 555-0198")):
        booking = form(
            f'<label>Contact Number <input type="text" name="{name}" '
            f'placeholder="{placeholder}"><span>{fine_print}</span></label>'
        )
        pages = site(page(booking))
        assert status(pages, "optin.phone_field_missing") == "passed", name
        assert status(pages, "optin.checkbox_missing") == "failed", name
    # near miss: a promo-code field with a long label is not a phone (no phone, no opt-in
    # form to judge a phone field of)
    promo = form(
        f'<label>Promo code <input type="text" name="promo" placeholder="SAVE10">'
        f"<span>{fine_print}</span></label>"
    )
    assert status(site(page(promo)), "optin.phone_field_missing") != "passed"


def _registration(legend: str) -> str:
    """A club's registration form (its button pays, it does not subscribe) with a group of
    boxes that pick lists, under a legend of their own."""
    return page(
        '<form action="/register" method="post"><label>Member name <input name="member">'
        f"</label>{PHONE}<fieldset><legend>{legend}</legend><label><input type="
        '"checkbox" name="pick_a"> Court schedule changes and rain delays</label><label>'
        '<input type="checkbox" name="pick_b"> Club news: socials and pro shop sales</label>'
        f'{_FINE_PRINT}</fieldset><button type="submit">Go to checkout</button></form>'
    )


def test_boxes_under_a_heading_about_texts_on_a_registration_form_are_the_consent_boxes() -> None:
    """Blind round 12: a registration form whose "Text messages (optional)" fieldset holds one
    box per list. The heading makes each box consent to that list's texts."""
    pages = site(_registration("Text messages (optional, tick any)"))
    forms = context(pages).inputs.optin_forms
    assert [c.name for c in forms[0].consent_controls] == ["pick_a", "pick_b"]
    assert status(pages, "optin.checkbox_missing") == "passed"


def test_boxes_under_a_heading_that_is_not_about_texts_are_not_consent() -> None:
    # near miss: the same boxes under "Stay in touch" on a form that does not subscribe say
    # nothing of texts, so the form still takes text consent by submitting
    pages = site(_registration("Stay in touch"))
    assert context(pages).inputs.optin_forms[0].consent_controls == []
    assert status(pages, "optin.checkbox_missing") == "failed"
    # nor does a long sentence about texts right above the boxes make them its boxes
    sentence = "We may send a text message when your court booking changes or the club closes"
    assert context(site(_registration(sentence))).inputs.optin_forms[0].consent_controls == []


def _saved_choices(second_box: str) -> str:
    """A form whose button saves choices (it does not say "subscribe"), with a box per kind of
    text and fine print that says ticking a box is the consent."""
    return page(
        '<form action="/thanks" method="post">'
        f'{PHONE}<p><input type="checkbox" id="k1" name="first_box"> <label for="k1">Visit '
        "reminders &mdash; the day before each cleaning and any schedule change.</label></p>"
        f'<p><input type="checkbox" id="k2" name="second_box"> <label for="k2">{second_box}'
        "</label></p><p>By ticking a box you agree to receive the texts you picked from Acme "
        "Dental at this number. Reminders: one per visit. Specials: up to 2 msgs/month. Msg "
        "&amp; data rates may apply. Reply HELP for help, STOP to end. "
        '<a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p>'
        '<button type="submit">Save my choices</button></form>'
    )


def test_boxes_the_fine_print_says_ticking_is_consent_are_the_consent_boxes() -> None:
    """Blind round 14: "By checking a box you agree to receive the texts you selected" under a
    box per kind of message, on a form whose button only saves choices. Each box is consent to
    its own kind, so marketing is chosen apart from service texts."""
    pages = site(_saved_choices("Specials &mdash; a seasonal whitening deal now and then."))
    forms = context(pages).inputs.optin_forms
    assert [c.name for c in forms[0].consent_controls] == ["first_box", "second_box"]
    assert status(pages, "optin.checkbox_missing") == "passed"
    assert status(pages, "optin.marketing_not_separate") == "passed"


@pytest.mark.parametrize("second_box", ["Email me the monthly newsletter", "I accept the Terms"])
def test_a_box_for_email_or_terms_keeps_the_boxes_from_being_text_consent(second_box: str) -> None:
    # near misses: a box that agrees to e-mail or to the terms is not one of the text lists,
    # so the fine print does not make the form's boxes its consent boxes (as before)
    pages = site(_saved_choices(second_box))
    assert context(pages).inputs.optin_forms[0].consent_controls == []
    assert status(pages, "optin.checkbox_missing") == "failed"


def test_a_switch_built_from_a_button_is_not_the_forms_button() -> None:
    """Blind round 15 (modern set): a `<button role="switch">` comes before the submit button;
    the form's button is "Request quote", the switch is a choice the person makes."""
    from analyzers.optin.model import submit_label
    from crawler.snapshot import Control, Form

    form = Form(
        selector="form",
        controls=[
            Control(tag="input", type="tel", name="phone", label="Mobile"),
            Control(tag="button", type="switch", label="Text me project updates"),
            Control(tag="button", type="submit", label="Request quote"),
        ],
    )
    assert submit_label(form) == "Request quote"


def _sms_enrolment(box_label: str, button: str = "Opt In to SMS Notifications") -> str:
    """A form that only enrols a number in texts, its one box labelled by `box_label` (a
    template whose consent wording did not render leaves "Optional:")."""
    return page(
        f'<form action="/enrol" method="post">{PHONE}<label><input type="checkbox" '
        f'name="agree"> {box_label}</label><p>By opting in, you acknowledge the Acme Dental '
        'Terms and Privacy Policy.</p><button type="submit">'
        f"{button}</button></form>"
    )


@pytest.mark.parametrize("label", ["Optional:", "(optional)", ""])
def test_the_one_nameless_box_of_a_text_signup_is_its_consent_box(label: str) -> None:
    """Blind real17b: the box beside the phone field of an "Opt In to SMS Notifications" form,
    labelled only "Optional:", is where the person consents, however poorly labelled."""
    pages = site(_sms_enrolment(label))
    forms = context(pages).inputs.optin_forms
    assert [c.name for c in forms[0].consent_controls] == ["agree"]
    assert status(pages, "optin.checkbox_missing") == "passed"


@pytest.mark.parametrize(
    ("label", "button"),
    [
        ("I am 18 or older", "Opt In to SMS Notifications"),  # the box says what else it is
        ("Optional:", "Submit"),  # a button that does not sign up for texts
    ],
)
def test_a_box_that_says_what_else_it_is_or_a_form_that_is_no_text_signup_keeps_no_box(
    label: str, button: str
) -> None:
    html = _sms_enrolment(label, button).replace(
        "<p>By opting in",
        "<p>By submitting you agree to receive texts from Acme Dental. By opting in",
    )
    pages = site(html)
    forms = context(pages).inputs.optin_forms
    assert forms and forms[0].consent_controls == []
    assert status(pages, "optin.checkbox_missing") == "failed"


def _quote_form(option: str) -> str:
    """A group-booking quote form whose "How should we contact you?" select offers `option`
    beside e-mail and a phone call, with a phone field and no other word of texts."""
    return form(
        '<label for="org">Organization</label><input id="org" name="org">'
        '<label for="em">Email</label><input id="em" name="email" type="email">'
        '<label for="pref">How should we contact you?</label><select id="pref" name="pref">'
        f'<option value="email">Email</option><option value="call">Phone call</option>{option}'
        '</select><label for="ph">Phone</label><input id="ph" name="phone" type="tel">'
        '<button type="submit">Request quote</button>',
        'action="/group" method="post"',
    )


@pytest.mark.parametrize(
    "option",
    [
        '<option value="text" disabled>Text message (coming soon)</option>',
        '<option value="text" disabled>Text message updates to my phone</option>',
        '<option value="text">Text message (coming soon)</option>',
        '<option value="sms">SMS updates - not available yet</option>',
    ],
)
def test_a_contact_option_nobody_can_choose_offers_no_texts(option: str) -> None:
    """Blind h14p (spinaround): a greyed-out "Text message (coming soon)" among the ways to be
    contacted is a channel the business does not offer yet: the quote form is no opt-in."""
    assert context(site(page(_quote_form(option)))).inputs.optin_forms == []


def test_a_text_option_a_person_can_choose_still_speaks_of_texts() -> None:
    # near miss: the same form offering "Text message updates to my phone" as a live choice
    html = _quote_form('<option value="text">Text message updates to my phone</option>')
    assert len(context(site(page(html))).inputs.optin_forms) == 1


def _stop_form(button: str) -> str:
    """A texting program's preference page: a required phone field, a reason, one button."""
    return (
        "<h2>Reminder texts</h2><p>Reminders by text from Acme Dental. Msg &amp; data rates "
        'may apply. Reply STOP to end.</p><form action="/preferences" method="post">'
        '<label>Mobile number <input type="tel" name="phone" required></label>'
        '<label>Why are you leaving? <input name="why"></label>'
        f'<button type="submit">{button}</button></form>'
    )


@pytest.mark.parametrize(
    "button", ["Send my opt-out request", "Unsubscribe", "Stop my text messages", "Opt out"]
)
def test_a_form_whose_button_stops_texts_is_not_an_optin(button: str) -> None:
    pages = site(page(_stop_form(button)))
    assert context(pages).inputs.optin_forms == []
    assert status(pages, "optin.consent_required") != "failed"
    assert status(pages, "optin.checkbox_missing") != "failed"


@pytest.mark.parametrize("button", ["Text me reminders", "Don't stop the texts, sign me up"])
def test_a_form_whose_button_asks_for_texts_stays_an_optin(button: str) -> None:
    # near misses: the same page and fields, a button that signs up (a negated stop is no stop)
    assert len(context(site(page(_stop_form(button)))).inputs.optin_forms) == 1


_PROGRAM_NOTE = (
    "When you check this box, you agree that Grace Chapel may text you weekly prayer "
    "requests. About 1 message a week. Msg &amp; data rates may apply. Reply STOP to leave "
    "the Prayer Chain, HELP for help."
)


def test_a_box_the_disclosure_says_ticking_it_agrees_to_texts_is_the_consent_box() -> None:
    """ "[ ] Add me to the Prayer Chain." under "When you check this box, you agree that ... may
    text you ...": the sentence says what ticking the box means, and "text you" names texts."""
    html = form(
        f'{PHONE}<label><input type="checkbox" name="prayer"> Add me to the Prayer '
        f"Chain.</label><p>{_PROGRAM_NOTE}</p>"
    )
    optin = context(site(page(html))).inputs.optin_forms[0]
    assert [c.name for c in optin.consent_controls] == ["prayer"]
    assert status(site(page(html)), "optin.checkbox_missing") == "passed"


def test_a_box_the_disclosure_does_not_point_at_is_not_the_consent_box() -> None:
    """An e-mail box beside a text notice that makes submitting the consent is not the SMS box:
    the notice never says what ticking it means."""
    note = _PROGRAM_NOTE.replace("When you check this box", "By submitting this form")
    html = form(
        f'{PHONE}<label><input type="checkbox" name="news"> Add me to the newsletter.</label>'
        f"<p>{note}</p>"
    )
    optin = context(site(page(html))).inputs.optin_forms[0]
    assert optin.consent_controls == []
    assert status(site(page(html)), "optin.checkbox_missing") == "failed"


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("Grace Chapel may text you prayer requests.", True),
        ("We'll text you when your order ships.", True),
        ("We would like to text you about your visit.", True),
        ("Copy the text you typed into the box.", False),
        ("Check the text you entered before sending.", False),
    ],
)
def test_text_as_a_verb_aimed_at_the_person_names_texts(sentence: str, texts: bool) -> None:
    from analyzers.text.vocabulary import vocabulary

    assert ("sms_channel" in vocabulary("optin").labels_in(sentence)) is texts


def _two_boxes(first: str, second: str, note: str = _PROGRAM_NOTE) -> str:
    return form(
        f'{PHONE}<label><input type="checkbox" name="one"> {first}</label>'
        f'<label><input type="checkbox" name="two"> {second}</label><p>{note}</p>'
    )


def test_the_box_joining_the_program_the_disclosure_names_is_the_consent_box() -> None:
    """Beside a church-directory box, "[ ] Add me to the Prayer Chain." is the box that "When
    you check this box ... Reply STOP to leave the Prayer Chain" speaks of: the paragraph names
    the program the box joins."""
    html = _two_boxes("List me in the church directory.", "Add me to the Prayer Chain.")
    optin = context(site(page(html))).inputs.optin_forms[0]
    assert [c.name for c in optin.consent_controls] == ["two"]
    assert status(site(page(html)), "optin.checkbox_missing") == "passed"


def test_boxes_the_disclosure_does_not_name_are_not_the_consent_box() -> None:
    # near misses: neither box names the program, or the paragraph does not point at a box
    html = _two_boxes("List me in the church directory.", "Add me to the newsletter.")
    assert context(site(page(html))).inputs.optin_forms[0].consent_controls == []
    note = _PROGRAM_NOTE.replace("When you check this box", "By submitting this form")
    html = _two_boxes("List me in the church directory.", "Add me to the Prayer Chain.", note)
    assert context(site(page(html))).inputs.optin_forms[0].consent_controls == []
    # a terms box named by the paragraph's link is no program
    terms_note = _PROGRAM_NOTE + ' See our <a href="/terms">Terms of Service</a>.'
    html = _two_boxes(
        "I accept the Terms of Service", "List me in the church directory.", terms_note
    )
    assert context(site(page(html))).inputs.optin_forms[0].consent_controls == []


def _preferences(first: str, second: str) -> dict[str, str]:
    return site(
        page(
            '<form action="/texts" method="post">'
            f"{PHONE}<p>Notification preferences</p>"
            f'<label><input type="checkbox" name="a" checked> {first}</label>'
            f'<label><input type="checkbox" name="b"> {second}</label>'
            "<p>We will never share your number. Reply STOP to any text to leave.</p>"
            '<button type="submit">Sign me up for texts</button></form>'
        )
    )


def test_ticked_preference_boxes_of_a_text_sign_up_are_prechecked_consent() -> None:
    """Blind real34c (an alumni chapter's text sign-up): no consent box, but "Notification
    preferences" boxes that choose which texts to get ("Event updates and changes", "Chapter
    news and announcements"), some ticked in the HTML, over a "Sign me up for texts" button.
    Signing up with the ticked boxes is the consent, so it is pre-selected. The kinds are named
    only as message types (updates, announcements), not as service or marketing. Near miss:
    boxes naming no kind of message are interests, and the form has no consent box."""
    pages = _preferences("Event updates and changes", "Chapter news and announcements")
    assert [c.name for c in context(pages).inputs.optin_forms[0].consent_controls] == ["a", "b"]
    assert status(pages, "optin.checkbox_prechecked") == "failed"
    interests = _preferences("Ballet", "Tap")
    assert context(interests).inputs.optin_forms[0].consent_controls == []
    assert status(interests, "optin.checkbox_prechecked") == "passed"
    assert status(interests, "optin.checkbox_missing") == "failed"


def test_a_greyed_out_button_before_one_a_person_presses_is_not_the_forms_button() -> None:
    """Blind round 36 (halotime): a mock-up's opt-out screen shows a disabled "← Back" before
    "Confirm Opt-Out"; the form is sent by the button a person can press, so it is a way out,
    not an opt-in without a box. Near miss: with every button disabled the first is still it."""
    from analyzers.optin.model import submit_label
    from analyzers.optin.opt_out import requests_opt_out
    from crawler.snapshot import Control, Form

    def screen(*buttons: Control) -> Form:
        phone = Control(tag="input", type="tel", name="phone", label="Mobile", disabled=True)
        return Form(selector="div", controls=[phone, *buttons])

    back = Control(tag="button", type="submit", label="← Back", disabled=True)
    out = screen(back, Control(tag="button", type="submit", label="Confirm Opt-Out"))
    assert submit_label(out) == "Confirm Opt-Out" and requests_opt_out(out)
    greyed = Control(tag="button", type="submit", label="Sign me up", disabled=True)
    assert submit_label(screen(greyed, back)) == "Sign me up"
