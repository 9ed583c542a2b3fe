"""An inquiry form whose numbers the site says it texts: consent by submission, stated elsewhere.

A contact or quote form asks for a phone number and says nothing of texts, while the site's own
policy says what happens to that number: "We use your phone number to send SMS messages
regarding your inquiry", "Numbers entered in our quote form may receive text messages about
your estimate". The business states that it texts the numbers people send with an inquiry, so
the inquiry form is where the number for texts is collected: consent is taken by submitting it,
with no box and no disclosure where the number is given (optin.checkbox_missing,
optin.disclosure_missing and the policy links fail there; optin.form_missing becomes a
question for a person, since a reviewer may call it "no opt-in form" instead).

Read only when no SMS opt-in form was found: a site with a proper text sign-up that also says
"we may contact you by phone, email or text" has its opt-in where the sign-up is. The sentence
must tie the texts to the inquiry -- texts about "your inquiry / request / quote / estimate",
or numbers given "through our contact / inquiry / quote form" -- not merely list text among the
ways a business may reach people; a negation governing the sending ("we will not text you about
your inquiry") or a separate opt-in it waits for ("if you opt in to texts, we will text you
about your request"; "by providing your phone number and opting in to receive SMS messages,
you agree to texts about your estimate request", where giving the number is one of two acts
and the opt-in the other; "by opting in to receive text messages, you agree to texts about
your estimate requests", where the opt-in is the only act) says the form does not take the
consent. Such a sentence is the
program's terms describing an opt-in; with no form that takes it, there is no opt-in form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyzers.optin.phone import phone_fields
from crawler.roles import plays_policy_role
from crawler.snapshot import Form, Page

# the texts themselves: "SMS messages", "text messages", "texts", "text you"
_TEXTS = re.compile(
    r"\b(?:sms|mms|text\s+messag(?:es?|ing)|texts|texting|text\s+(?:you|me|alerts?|updates?)|"
    r"(?:send|receive|get)\s+(?:you\s+)?(?:a\s+)?text)\b",
    re.IGNORECASE,
)
# the person's inquiry: what the texts are about
_INQUIRY = (
    r"(?:inquiry|inquiries|enquiry|enquiries|request|quote(?:\s+request)?|estimate(?:\s+"
    r"request)?|submission|message|service\s+request)"
)
_ABOUT_INQUIRY = re.compile(
    r"\b(?:regarding|about|concerning|related\s+to|in\s+response\s+to|to\s+follow\s+up\s+on|"
    rf"on|for)\s+(?:your|my)\s+(?:[\w-]+\s+)?{_INQUIRY}\b",
    re.IGNORECASE,
)
# the number's source: "numbers submitted through our contact form"
_FROM_INQUIRY_FORM = re.compile(
    r"\b(?:through|via|on|in|with|using)\s+(?:our|the|this|any)\s+(?:[\w-]+\s+)?"
    r"(?:contact|inquiry|enquiry|quote|estimate|request|booking)\s+(?:us\s+)?form\b",
    re.IGNORECASE,
)
# the sending negated, or waiting for a separate opt-in
_NOT_SENT = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)
_SEPARATE_OPTIN = re.compile(
    r"\b(?:if|when|once|after|only\s+if)\s+you\s+(?:have\s+)?(?:opt(?:ed)?|agree[sd]?|"
    r"consent(?:ed)?|check(?:ed)?|tick(?:ed)?|sign(?:ed)?\s+up|subscribe[sd]?|choose|chose)\b",
    re.IGNORECASE,
)
# the act that gives consent names an opt-in beside giving the number: "By providing your
# phone number and opting in to receive SMS messages, you agree ...", "by entering your number
# and checking the box"; the texts wait for that second act, which an inquiry form lacks
_OPTIN_BESIDE_NUMBER = re.compile(
    r"\bby\s+\w+ing\b[^.;:!?]{0,80}?\b(?:and|&)\s+(?:by\s+)?(?:opting[\s-]+in|"
    r"checking|ticking|selecting|subscribing|signing\s+up|enrolling|texting\s+(?:a\s+)?"
    r"(?:keyword|join|start))\b",
    re.IGNORECASE,
)
# the act that gives consent is an opt-in of its own, no number given with an inquiry: "By
# opting in to receive text messages from Acme, you agree to receive SMS related to your
# estimate requests", "By checking the box, you agree ..."
_OPTIN_AS_THE_ACT = re.compile(
    r"\bby\s+(?:opting[\s-]+in|checking|ticking|selecting|subscribing|signing\s+up|enrolling)\b",
    re.IGNORECASE,
)
# the form is how the person reaches the business, not where the texted number comes from:
# "For help, reply HELP, call us, or contact us through the online contact form"
_REACH_US = re.compile(
    r"\b(?:contact|reach|message|email|e-mail|write\s+to|ask)\s+us\s*$", re.IGNORECASE
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
# an inquiry form: one that takes a message, or sits on the contact page
_MESSAGE_CONTROL = re.compile(r"message|comment|question|inquiry|enquiry|details", re.IGNORECASE)


@dataclass(frozen=True)
class TextedInquiryForm:
    """The inquiry form (on `page`) and the site's sentence (on `stated_on`) saying the
    numbers given in it are texted."""

    page: Page
    form: Form
    stated_on: Page
    sentence: str

    @property
    def url(self) -> str:
        return self.page.final_url or self.page.url

    @property
    def statement_url(self) -> str:
        return self.stated_on.final_url or self.stated_on.url


def texts_inquiry_numbers(sentence: str) -> bool:
    """Does the sentence say the business texts the number a person gives with an inquiry?
    "We use your phone number to send SMS messages regarding your inquiry" does; "We may
    contact you by phone, email or text" (no inquiry), "We will not text you about your
    request" and "If you opt in, we will text you about your quote" do not."""
    texts = _TEXTS.search(sentence)
    if texts is None:
        return False
    form = _FROM_INQUIRY_FORM.search(sentence)
    if form is not None and _REACH_US.search(sentence[: form.start()]):
        form = None  # "or contact us through the online contact form": a way to reach us
    tie = _ABOUT_INQUIRY.search(sentence) or form
    if tie is None:
        return False
    before_texts = re.split(r"[,;:]", sentence[: texts.start()])[-1]
    if _NOT_SENT.search(before_texts) or _SEPARATE_OPTIN.search(sentence):
        return False
    return not (_OPTIN_BESIDE_NUMBER.search(sentence) or _OPTIN_AS_THE_ACT.search(sentence))


def _inquiry_forms(pages: list[Page]) -> list[tuple[Page, Form]]:
    """Forms outside the policies that ask for a phone number with an inquiry: a message box,
    or a form on the contact page."""
    found = []
    for page in pages:
        if page.status >= 400 or plays_policy_role(page):
            continue
        for form in page.forms:
            if not phone_fields(form):
                continue
            takes_message = any(
                c.type == "textarea" or _MESSAGE_CONTROL.search(f"{c.name} {c.label}")
                for c in form.controls
            )
            if takes_message or "contact" in page.roles:
                found.append((page, form))
    return found


def texted_inquiry_form(pages: list[Page]) -> TextedInquiryForm | None:
    """The site's inquiry form, when a page of the site says the numbers given with an
    inquiry are texted (see the module docstring); None when either is missing. The caller
    reads it only when no SMS opt-in form was found."""
    forms = _inquiry_forms(pages)
    if not forms:
        return None
    for page in pages:
        if page.status >= 400:
            continue
        for sentence in _SENTENCE.split(page.text[:50000]):
            if texts_inquiry_numbers(sentence):
                form_page, form = forms[0]
                return TextedInquiryForm(form_page, form, page, sentence.strip())
    return None
