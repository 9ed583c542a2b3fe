"""Finding the SMS opt-in forms of a site.

A form (or form-like group of controls) is an SMS opt-in when it collects a phone number and
speaks of texts, or has a consent box about texts (a box without a phone field is still an
opt-in, one that fails optin.phone_field_missing). A contact form that asks for a phone number
and never mentions texts is not an opt-in, unless the site has no opt-in form and its own terms
say people opt in through such a form (analyzers/optin/named.py): then each form asking for a
phone number is that opt-in, without a box or a disclosure. A phone form without a box whose own
words say it is not the text sign-up ("To get text reminders, sign up on the Text Reminders
page", analyzers/optin/elsewhere.py) is no opt-in either way. The same form repeated on every
page (a footer signup) is one opt-in, reported where it is first met (the given opt-in URL
first).
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from analyzers.optin.below import consent_below
from analyzers.optin.consent import (
    answers_another_question,
    is_choice,
    is_negative_choice,
    meaning_of,
    other_choices,
    sms_consent_controls,
)
from analyzers.optin.disclosure import is_site_chrome, read_disclosure
from analyzers.optin.elsewhere import not_the_text_signup
from analyzers.optin.model import Disclosure, OptInForm, submit_label
from analyzers.optin.named import named_optin
from analyzers.optin.opt_out import requests_opt_out
from analyzers.optin.phone import name_words, phone_fields
from analyzers.text.vocabulary import vocabulary
from crawler.snapshot import Control, Form, Page, SiteSnapshot
from crawler.urls import normalize_url

if TYPE_CHECKING:  # the inputs package imports this module: no cycle at run time
    from analyzers.inputs.brand import BrandNames

# "Turn on alerts", "Turn on text updates": the button switches the texts on; so does "Start
# alerts", "Activate my text reminders" (the verb's object is the messages, whatever kind)
_TURN_ON = (
    r"turn on (text|sms|alerts?|updates|notifications|reminders)|"
    r"\b(start|activate|enable) (my )?((text|sms) )?"
    r"(alerts?|updates|notifications|reminders|texts)\b|"
)
_SIGNUP_BUTTON = re.compile(
    _TURN_ON + r"subscribe|sign[\s-]*(me\s*)?up|join|opt[\s-]*in|"
    r"get (text|sms|alerts?|updates|notified|notifications|reminders)|"
    r"notify me|text me|send me|enroll|register",
    re.IGNORECASE,
)
# a button that only subscribes (not "Register" or "Join", which may enrol in a class or a club)
_SUBSCRIBE_BUTTON = re.compile(
    _TURN_ON + r"subscribe|sign[\s-]*(me\s*)?up|opt[\s-]*in|notify me|text me|"
    r"get (text|sms|alerts?|updates|notified|notifications|reminders)",
    re.IGNORECASE,
)
# a button that asks for something other than texts: an entry to a giveaway, a quote, a
# booking, an application, an order or a payment (texts are then a condition of it when required),
# or the results the form looks up ("See my matches", "Compare quotes": blind r38, a comparison
# site whose required box agrees to the texts)
_OTHER_PURPOSE_BUTTON = re.compile(
    r"\b(see|show|view|compare) (my |your |the )?(matches|quotes?|rates|results|options|prices|"
    r"estimates|plans|savings)\b|"
    r"\benter (to win|now|the|our|my)\b|\bsubmit (my )?entry\b|"
    r"\b(giveaway|sweepstakes|contest|raffle|drawing)\b|"
    r"\b(get|request) (a |an |my |your )?(free )?(quote|estimate|consultation)\b|"
    r"\b(book|reserve) (now|a|an|my|your|it|online|today|appointment|table|spot)\b|"
    r"^\W*(book|reserve|apply|pay|donate|check\s*out|checkout)\b|\bapply now\b|"
    r"\b(go to|continue to|proceed to) (checkout|payment)\b|"
    r"\bplace (my |your |an )?order\b",
    re.IGNORECASE,
)
# a button asking for a thing the business makes for this request, to be delivered by text:
# "Text me my quote", "Send me the estimate" (the verb names the channel, its object the
# request; "Text me updates" or "Text me deals" names the texts themselves: a sign-up)
_DELIVERED_BY_TEXT_BUTTON = re.compile(
    r"\b(text|send|sms) me (my|a|an|the|your) (free )?(moving |custom |instant )?"
    r"(quote|estimate|price|pricing|bid|proposal|results|matches|options)\b",
    re.IGNORECASE,
)
_NOT_A_QUESTION = re.compile(r"country|dial|calling code|\bcode\b|prefix", re.IGNORECASE)
_SIGNUP_FIELD_WORDS = frozenset(
    {
        "name",
        "first",
        "last",
        "fname",
        "lname",
        "full",
        "email",
        "mail",
        "zip",
        "postal",
        "consent",
        "agree",
        "optin",
        "sms",
        # who subscribes, by the name an app knows them by: "Username" on a text-alert sign-up
        # for a fantasy league says whose alerts they are, no other purpose (a password beside
        # it would create an account, which stays another purpose)
        "username",
    }
)
_HONEYPOT = re.compile(
    r"honey|\bbot\b|do not fill|leave (this )?(field )?(blank|empty)|"
    r"if you are human",
    re.IGNORECASE,
)
_POINTS_AT_BOX = re.compile(
    r"\b(check(ing|ed)?|tick(ing|ed)?|select(ing|ed)?|mark(ing)?)\b"
    r"[^.]{0,25}\b(box|checkbox)\b",
    re.IGNORECASE,
)
_GENERIC_CONSENT = re.compile(
    r"^\W*(yes\b|i agree|i consent|agree|consent|i accept|opt[\s-]?in|"
    r"i would like|sign me up|count me in)",
    re.IGNORECASE,
)
_NEAR_ELEMENTS = {"rates", "frequency", "stop", "help", "consent_statement"}


def speaks_of_texts(form: Form, controls: list[Control]) -> bool:
    """Texts named in the form itself, or next to it in a sentence about signing up/consent.

    A bare channel name ("Text message" as one answer to "How should we contact you?") is a
    contact preference, not an opt-in: it counts only inside a phrase of four words or more, or
    with consent wording. An option nobody can choose (disabled, or "Text message (coming
    soon)") offers no texts at all. The site's footer or menu around the form (an "SMS Opt-In"
    link to another page) is not the form speaking: an application form above it is no
    opt-in."""
    optin = vocabulary("optin")
    texts = [(c.label, "inside") for c in controls if c.label and c.type != "radio"]
    unchoosable = unchoosable_options(form)
    texts += [
        (b.text, b.where)
        for b in form.texts
        if not is_site_chrome(b)
        and not (_is_option(b.selector) and " ".join(b.text.split()) in unchoosable)
    ]
    for text, where in texts:
        labels = optin.labels_in(text)
        if "sms_channel" not in labels:
            continue
        if "consent_verb" in labels or vocabulary("disclosure").labels_in(text) & _NEAR_ELEMENTS:
            return True
        if "consent" in labels and where != "after":
            return True  # "Get text alerts" above the form, not a footer link below it
        if where == "inside" and len(text.split()) >= 4:
            return True
    return False


_OPTION_TAG = re.compile(r"<option\b([^>]*)>(.*?)</option>", re.IGNORECASE | re.DOTALL)
_DISABLED = re.compile(r"\bdisabled\b", re.IGNORECASE)
# an option that says it cannot be had yet: "Text message (coming soon)", "SMS - not available
# yet", "Texting (unavailable)"
_NOT_YET = re.compile(
    r"\b(?:coming\s+soon|not\s+(?:yet\s+)?(?:available|offered|supported)(?:\s+yet)?|"
    r"unavailable|available\s+soon)\b",
    re.IGNORECASE,
)


def _is_option(selector: str) -> bool:
    return bool(re.search(r"(?:^|\s)option\b", selector))


def unchoosable_options(form: Form) -> set[str]:
    """The texts of a select's options that a person cannot choose: a disabled option, or one
    whose words say it is not available yet. "How should we contact you?" offering "Email",
    "Phone call" and a greyed-out "Text message (coming soon)" offers no texts: the form asks
    for no SMS consent, and a phone field beside it is for calls."""
    found: set[str] = set()
    for control in form.controls:
        if control.tag != "select":
            continue
        for attributes, inner in _OPTION_TAG.findall(control.html):
            text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", inner)).split())
            if _DISABLED.search(attributes) or _NOT_YET.search(text):
                found.add(text)
    for block in form.texts:
        if _is_option(block.selector) and _NOT_YET.search(block.text):
            found.add(" ".join(block.text.split()))
    return found


def is_honeypot(control: Control) -> bool:
    """A trap field for bots, hidden from people: not a question the form asks."""
    return bool(_HONEYPOT.search(f"{control.name} {control.id} {control.label}"))


def is_multi_purpose(form: Form, phones: list[Control], consent: list[Control]) -> bool:
    """Does the form do more than sign up for texts (a quote, a message, a booking)? Its
    fields say so (a message box, a date), or its button does: "Enter to win" on a form that
    asks only for a name, an email and a mobile number enters a giveaway, and a button that
    gives consent to texts ("Confirm SMS consent") makes the form a text sign-up. A button that
    asks for the request's answer by text ("Text me my quote") requests a quote: the texts are
    only its channel."""
    button = submit_label(form)
    signing_up = bool(_SIGNUP_BUTTON.search(button))
    if _OTHER_PURPOSE_BUTTON.search(button) and not _SUBSCRIBE_BUTTON.search(button):
        return True
    if _DELIVERED_BY_TEXT_BUTTON.search(button):
        return True  # "Text me my quote": a quote request, answered by text
    if {"sms_channel", "consent"} <= vocabulary("optin").labels_in(button):
        # "Confirm SMS Consent", "Join the text club": what the form sends is the consent,
        # whatever else it asks to know (the property it is about, a note)
        return False
    for control in form.controls:
        if not (control.visible or not form.visible) or is_honeypot(control):
            continue
        if control.tag == "select" and _NOT_A_QUESTION.search(
            f"{control.name} {control.id} {control.label}"
        ):
            continue  # the country code of the phone number
        if control.tag == "select" and _SUBSCRIBE_BUTTON.search(button):
            continue  # which alerts to get ("Player age group"), on a form that only signs up
        if control.tag in ("textarea", "select") or control.type in (
            "date",
            "file",
            "datetime-local",
        ):
            return True
    extra = [
        c
        for c in form.controls
        if (c.visible or not form.visible)
        and not is_honeypot(c)
        and c.tag == "input"
        and c.type not in ("submit", "button", "checkbox", "radio", "image", "reset")
        and c not in phones
        and c not in consent
        and not set(name_words(f"{c.name} {c.id} {c.label}")) & _SIGNUP_FIELD_WORDS
    ]
    return bool(extra) and not signing_up


def points_at_box(sentence: str) -> bool:
    """ "By checking this box, ...", "ticking the box below means ...": the sentence says what
    ticking a box means."""
    return bool(_POINTS_AT_BOX.search(sentence))


def implied_consent_box(form: Form, disclosure: Disclosure) -> Control | None:
    """The box the SMS consent text points at when the box's own label does not speak of texts:
    "[ ] I agree" under "By checking this box you agree to receive texts from ...", or the only
    box of the form when that text says "by checking the box" (even a terms box: then the SMS
    consent is bundled with it, which optin.bundled_consent reports)."""
    boxes = [
        c
        for c in form.controls
        if is_choice(c)
        and not c.disabled
        and not (c.type == "radio" and is_negative_choice(c))
        and not answers_another_question(c)
    ]
    found = [f for f in disclosure.elements.get("consent_statement", [])]
    statements = [f.sentence for f in found]
    if not boxes or not statements:
        return None
    if len(boxes) == 1 and any(points_at_box(s) for s in statements):
        return boxes[0]
    pointing = [f.block.text for f in found if points_at_box(f.sentence)]
    named = [
        c
        for c in boxes
        if any(_names_program_of(text, c) for text in pointing)
        and not (meaning_of(c).terms or meaning_of(c).email or meaning_of(c).calls)
    ]
    if len(named) == 1:
        return named[0]
    generic = [
        c
        for c in boxes
        if len(c.label) <= 60
        and _GENERIC_CONSENT.search(c.label)
        and not (meaning_of(c).terms or meaning_of(c).email or meaning_of(c).calls)
    ]
    return generic[0] if len(generic) == 1 else None


# the name a box's label gives the program it joins: the capitalised words after its first
# ("Prayer Line" in "Add me to the Prayer Line.", "Closing Alerts" in "Yes, send me Closing
# Alerts"), two words or more so that a lone capital ("I", "SMS") is no name
_PROGRAM_NAME = re.compile(r"(?<=\s)([A-Z][\w'’&-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w'’&-]*)+)")


def _names_program_of(text: str, box: Control) -> bool:
    """Does the paragraph that says what checking a box means name the program this box joins?
    A form with "[ ] Add me to the church directory" and "[ ] Add me to the Prayer Line." over
    "When you check this box, you agree that St. Brigid may text you ... Reply STOP to leave
    the Prayer Line.": the paragraph is about the Prayer Line, so its box is the consent box.
    A box whose label names no program, or one the paragraph does not name, is not, nor is a
    box for terms, e-mail or calls (the paragraph's "Terms of Service" link names no program)."""
    return any(name in text for name in _PROGRAM_NAME.findall(" " + box.label.strip()))


# what only a text message disclosure says: an e-mail list also has "unsubscribe/stop"
_SMS_DISCLOSURE_ELEMENTS = frozenset({"rates"})


def boxes_with_own_disclosure(form: Form) -> list[Control]:
    """Boxes that each sign up for a text program of their own, when their labels do not say
    "text": a form offering two programs puts a "[ ] Yes, send me Closing Alerts" box and, right
    under it, that program's disclosure ("... will text closings ... Msg & data rates may apply.
    Reply STOP to cancel."), then the next box with its own. A box's own text is what the
    person reads after its label and before the next box's label; the box gives SMS consent
    when its label is a plain yes and its own text is a text message disclosure."""
    boxes = {
        c.label.strip(): c
        for c in form.controls
        if is_choice(c)
        and not c.disabled
        and c.label.strip()
        and not (c.type == "radio" and is_negative_choice(c))
        and not answers_another_question(c)
    }
    # another field's label ends a box's own text: the fine print under "Contact Number"
    # belongs to that field, not to the "Yes" of the child-seat question above it
    fields = [
        c.label.strip()[:40]
        for c in form.controls
        if not is_choice(c) and c.type not in ("submit", "button", "reset") and c.label.strip()
    ]
    own: dict[str, list[str]] = {}
    current: str | None = None
    for block in form.texts:
        text = block.text.strip()
        if text in boxes:
            current = text
            own[current] = []
        elif any(text.startswith(field) or field.startswith(text) for field in fields):
            current = None
        elif current is not None and block.where == "inside":
            own[current].append(text)
    found = []
    for label, texts in own.items():
        box = boxes[label]
        meaning = meaning_of(box)
        if not _GENERIC_CONSENT.search(label) or meaning.terms or meaning.email or meaning.calls:
            continue
        if vocabulary("disclosure").labels_in(" ".join(texts)) & _SMS_DISCLOSURE_ELEMENTS:
            found.append(box)
    return found


_KINDS_OF_MESSAGES = frozenset({"transactional_content", "marketing_content"})


def subscribes(form: Form) -> bool:
    """The form's button only subscribes ("Subscribe", "Sign me up"), not "Register" or
    "Get my free review", which ask for something else."""
    return bool(_SUBSCRIBE_BUTTON.search(submit_label(form)))


_HEADING_WORDS = 12


def heads_text_boxes(form: Form, boxes: list[Control]) -> bool:
    """The group of boxes is introduced as a choice of texts: the short line the person reads
    right above the first box (a fieldset's legend, a sub-heading) speaks of texts -- "Text
    messages (optional, pick any)" over "[ ] Game-day alerts", "[ ] League news" on a
    registration form. A long sentence there is fine print, not the group's title."""
    if not boxes:
        return False
    first = boxes[0].label.strip()
    before: str | None = None
    for block in form.texts:
        if block.where != "inside":
            continue
        text = block.text.strip()
        if text == first:
            break
        before = text
    else:
        return False
    return (
        before is not None
        and len(before.split()) <= _HEADING_WORDS
        and "sms_channel" in vocabulary("optin").labels_in(before)
    )


def checking_a_box_is_consent(disclosure: Disclosure) -> bool:
    """The form's own fine print says that ticking a box is agreeing to texts: "By checking a
    box you agree to receive the texts you selected from Acme ..." under "[ ] Order updates",
    "[ ] Offers". The sentence names the act (checking, ticking, selecting a box) as the
    consent to texts, so the boxes it points at are the consent boxes (as implied_consent_box
    reads "By checking this box" over one box). A sentence that makes submitting the consent
    ("By signing up you agree to receive texts") does not."""
    return any(
        points_at_box(found.sentence) for found in disclosure.elements.get("consent_statement", [])
    )


def list_boxes(form: Form, disclosure: Disclosure) -> list[Control]:
    """The boxes that pick which texts to get, on a form that only signs up for texts: "[ ]
    Studio updates: closures and schedule changes", "[ ] News & offers: new classes and the
    odd discount" above the shared fine print (rates, STOP) and a "Sign me up" button. Each box
    is the person's consent to that list, though its label does not say "text". Boxes that name
    no kind of message ("[ ] Ballet", "[ ] Tap") are interests, and a form whose button sends a
    request, not a sign-up, takes consent some other way -- unless the boxes sit under their
    own heading about texts (a registration form's "Text messages" fieldset), or the form's
    fine print says that checking a box is agreeing to texts ("Save my choices" under "By
    checking a box you agree to receive the texts you selected")."""
    if not (disclosure.has("rates") or disclosure.has("stop")):
        return []
    boxes = [c for c in form.controls if c.type == "checkbox" and not c.disabled]
    if not (
        subscribes(form) or heads_text_boxes(form, boxes) or checking_a_box_is_consent(disclosure)
    ):
        return []
    for box in boxes:
        meaning = meaning_of(box)
        if meaning.terms or meaning.email or meaning.calls:
            return []
        if not names_a_kind(box.label):
            return []
    return boxes


def names_a_kind(label: str) -> bool:
    """The box's label names a kind of message: one the opt-in vocabulary sorts as service or
    marketing ("Order updates", "Offers"), or one the disclosure reads as a message type ("Event
    updates and changes", "General chapter news and announcements"). "Ballet", "Saturday" or
    "Remember me" name none."""
    if vocabulary("optin").labels_in(label) & _KINDS_OF_MESSAGES:
        return True
    return "message_types" in vocabulary("disclosure").labels_in(label)


# a label that says nothing of what the box is: "Optional:", "(optional)", "Required"
_NAMELESS_LABEL = re.compile(r"^\W*(?:(?:optional|required)\W*)?$", re.IGNORECASE)


def nameless_box(form: Form) -> Control | None:
    """The one box of a form whose button signs up for texts ("Opt In to SMS Notifications"),
    when its label says nothing of what it is: a template whose consent wording did not render
    leaves "[ ] Optional:" beside the phone field. That box is where the person consents,
    however poorly it is labelled (its missing words are the disclosure's defects). A box that
    says what else it is ("I am 18 or older", "Remember me") is not it."""
    if not {"sms_channel", "consent"} <= vocabulary("optin").labels_in(submit_label(form)):
        return None
    boxes = [
        c
        for c in form.controls
        if c.type in ("checkbox", "switch") and not c.disabled and not is_honeypot(c)
    ]
    if len(boxes) == 1 and _NAMELESS_LABEL.match(boxes[0].label.strip()):
        return boxes[0]
    return None


# messages named by no channel: "account and rewards messages", "notifications from Acme"
_GENERIC_MESSAGES = re.compile(r"\b(?:messages|msgs|notifications|alerts)\b", re.IGNORECASE)


def messages_to_the_phone(form: Form, phones: list[Control]) -> Control | None:
    """A box that agrees to "messages" of no named channel, in a form that must have the phone
    number and may go without an e-mail address: the messages go to the phone it requires, so
    the box is SMS consent ("I agree to receive account and rewards messages from Mega
    Wireless" under a required phone field and an optional e-mail one; realworld, blind round
    32). With the e-mail required too, or a channel named (e-mail, calls), the box says
    nothing of texts."""
    if not any(p.required for p in phones) or any(
        c.required for c in form.controls if c.type == "email" or "email" in name_words(c.name)
    ):
        return None
    words = vocabulary("optin")
    for box in form.controls:
        if box.type != "checkbox" or not _GENERIC_MESSAGES.search(box.label):
            continue
        labels = words.labels_in(box.label)
        if "consent_verb" in labels and not labels & {"email_channel", "call_channel"}:
            return box
    return None


def optin_form_on(page: Page, form: Form, brand: BrandNames | None) -> OptInForm | None:
    if requests_opt_out(form):
        return None  # its button stops texts: a way out, not an opt-in
    phones = phone_fields(form)
    if (below := consent_below(page, form)) is not None:
        form = form.model_copy(update={"texts": [*form.texts, below]})
    consent = sms_consent_controls(form.controls) or boxes_with_own_disclosure(form)
    if not consent and (box := messages_to_the_phone(form, phones)) is not None:
        consent = [box]
    if not phones and not consent:
        return None
    if not consent and not speaks_of_texts(form, form.controls):
        return None
    if not consent and not_the_text_signup(form):
        return None  # a call-back form that sends people to the text sign-up page
    disclosure = read_disclosure(form, consent, brand)
    if not consent and (implied := implied_consent_box(form, disclosure)) is not None:
        consent = [implied]
        disclosure = read_disclosure(form, consent, brand)
    if not consent and (chosen := list_boxes(form, disclosure)):
        consent = chosen
        disclosure = read_disclosure(form, consent, brand)
    if not consent and (box := nameless_box(form)) is not None:
        consent = [box]
        disclosure = read_disclosure(form, consent, brand)
    return OptInForm(
        page=page,
        form=form,
        phone_fields=phones,
        consent_controls=consent,
        other_choices=other_choices(form.controls, consent),
        disclosure=disclosure,
        multi_purpose=is_multi_purpose(form, phones, consent),
    )


def _signature(optin: OptInForm) -> tuple:
    """What makes two forms the same opt-in: their controls, their own words and the links in
    them (three shops' forms alike but for the one whose disclosure leaves the terms link out
    are two opt-ins: m32b pitstop, blind round 32)."""
    inside = [b for b in optin.form.texts if b.where == "inside"]
    return (
        tuple((c.type, c.name, c.label[:80]) for c in optin.form.controls),
        tuple(b.text[:200] for b in inside),
        tuple(sorted({link.href for b in inside for link in b.links})),
    )


def _usable(page: Page) -> bool:
    return not page.error and page.status < 400


def find_optin_forms(
    snapshot: SiteSnapshot, brand: BrandNames | None, optin_url: str | None = None
) -> list[OptInForm]:
    pages = [p for p in snapshot.pages if _usable(p)]
    if optin_url:
        wanted = normalize_url(optin_url)
        given = [
            p
            for p in pages
            if wanted in (normalize_url(p.url), normalize_url(p.final_url or p.url))
        ]
        pages = given + [p for p in pages if p not in given]
    found: list[OptInForm] = []
    seen: set[tuple] = set()
    for page in pages:
        for form in page.forms:
            optin = optin_form_on(page, form, brand)
            if optin is None:
                continue
            signature = _signature(optin)
            if signature in seen:
                continue
            seen.add(signature)
            found.append(optin)
    return found or _forms_the_site_names(pages, brand)


def _forms_the_site_names(pages: list[Page], brand: BrandNames | None) -> list[OptInForm]:
    """The phone forms the site's own terms call its opt-in, when no form speaks of texts."""
    phone_forms = [
        (page, form, phones)
        for page in pages
        for form in page.forms
        if (phones := [c for c in phone_fields(form) if not is_honeypot(c)])
        and not not_the_text_signup(form)
        and not requests_opt_out(form)
    ]
    if not phone_forms:
        return []
    named = named_optin(pages)
    if named is None:
        return []
    found: list[OptInForm] = []
    seen: set[tuple] = set()
    for page, form, phones in phone_forms:
        optin = OptInForm(
            page=page,
            form=form,
            phone_fields=phones,
            consent_controls=[],
            other_choices=other_choices(form.controls, []),
            disclosure=read_disclosure(form, [], brand),
            multi_purpose=is_multi_purpose(form, phones, []),
            named_by=f'{named.url}: "{named.sentence[:200]}"',
        )
        signature = _signature(optin)
        if signature not in seen:
            seen.add(signature)
            found.append(optin)
    return found
