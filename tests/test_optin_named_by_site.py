"""A phone form that says nothing of texts is the opt-in when the site's own terms say people opt
in through it (analyzers/optin/named.py): it fails for having no box and no disclosure. Near
misses: a policy that only names the form as a source of data, a help line that points at the
contact form, and a site that shows an opt-in form of its own."""

from __future__ import annotations

from tests.test_optin_pages import compliant_form, context, form, page, site, status

CONTACT = form(
    '<label>Name <input name="name"></label><label>Phone <input type="tel" name="phone">'
    '</label><label>How can we help? <textarea name="message"></textarea></label>',
    'action="/contact" method="post"',
)


def _sms_terms(section: str) -> str:
    return page(
        "<h1>Text Messaging Terms</h1><p>Acme Dental sends appointment reminders by SMS. "
        "Msg &amp; data rates may apply. Reply STOP to cancel, HELP for help.</p>" + section,
        "Text Messaging Terms | Acme Dental",
    )


HOW_TO_JOIN_LIST = (
    "<h2>Joining</h2><p>You can sign up for our text reminders in either of these ways:</p>"
    "<ul><li>Giving your cell number on the estimate request form on our website</li>"
    "<li>Asking the front desk at your next visit</li></ul>"
)
HOW_TO_JOIN_SENTENCE = (
    "<p>When you type your mobile number into our contact form, you consent to receive "
    "text messages from Acme Dental about your visits.</p>"
)


def _contact_site(terms_section: str, signup: str | None = None) -> dict[str, str]:
    pages = site(page(signup or "<h1>Text reminders</h1><p>Ask us at the desk.</p>"))
    pages["/contact"] = page(CONTACT, "Contact | Acme Dental")
    pages["/sms-terms"] = _sms_terms(terms_section)
    pages["/"] = page(
        '<h1>Acme Dental</h1><a href="/contact">Contact</a> <a href="/sms-terms">SMS Terms</a>'
        ' <a href="/signup">Reminders</a>'
    )
    return pages


def test_form_named_in_a_how_to_join_list_is_the_optin_without_box_or_disclosure() -> None:
    pages = _contact_site(HOW_TO_JOIN_LIST)
    forms = context(pages).inputs.optin_forms
    assert [f.url.rsplit("/", 1)[-1] for f in forms] == ["contact"]
    assert "sms-terms" in forms[0].named_by and "estimate request form" in forms[0].named_by
    assert status(pages, "optin.checkbox_missing") == "failed"
    assert status(pages, "optin.disclosure_missing") == "failed"
    assert status(pages, "optin.form_missing") == "passed"


def test_form_named_in_one_consent_sentence_is_the_optin() -> None:
    pages = _contact_site(HOW_TO_JOIN_SENTENCE)
    assert status(pages, "optin.checkbox_missing") == "failed"
    assert "sms-terms" in context(pages).inputs.optin_forms[0].evidence(600)


def test_policy_naming_the_contact_form_as_a_data_source_is_not_an_optin() -> None:
    section = (
        "<h2>Scope</h2><p>These terms cover information collected through our website, "
        "contact forms and appointment requests.</p>"
    )
    assert context(_contact_site(section)).inputs.optin_forms == []


def test_help_line_pointing_at_the_contact_form_is_not_an_optin() -> None:
    section = (
        "<h2>Help with our texts</h2><p>If you have a question about our SMS program, you "
        "have two options:</p><ul><li>Reply HELP to any message</li><li>Send us a note "
        "through the contact form on our website</li></ul>"
    )
    assert context(_contact_site(section)).inputs.optin_forms == []


def test_a_site_with_its_own_optin_form_is_judged_by_that_form() -> None:
    pages = _contact_site(HOW_TO_JOIN_LIST, signup=compliant_form())
    forms = context(pages).inputs.optin_forms
    assert [f.url.rsplit("/", 1)[-1] for f in forms] == ["signup"]
    assert status(pages, "optin.checkbox_missing") == "passed"


def test_a_form_named_only_as_an_example_of_opting_in_is_for_review() -> None:
    """Blind round 36 (yellowfone): the SMS terms say "By providing your mobile number and
    opting in (for example, by submitting a contact form, asking our voice agent to text you)"
    while the program is verbal; the contact form is an illustration of how consent may come,
    not a statement that it takes it: its box, disclosure and links are for a person. Near
    miss: the form named as a way to join (above) still fails."""
    example = (
        "<p>By providing your mobile number and opting in (for example, by submitting a contact "
        "form or asking our phone agent to text you), you consent to receive text messages "
        "from Acme Dental about your visits.</p>"
    )
    pages = _contact_site(example)
    assert context(pages).inputs.optin_forms[0].named_as_one_way
    for check_id in (
        "optin.checkbox_missing",
        "optin.disclosure_missing",
        "optin.privacy_link_missing",
        "optin.terms_link_missing",
    ):
        assert status(pages, check_id) == "needs_review", check_id
    assert not context(_contact_site(HOW_TO_JOIN_LIST)).inputs.optin_forms[0].named_as_one_way
