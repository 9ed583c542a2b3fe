"""Is a form field required, as a person filling it in reads the form?

Besides the `required` attribute, many builders mark required fields with an asterisk after
the label or placeholder ("Mobile phone*") and say once what it means ("*Required Fields",
"Fields marked * are required"), leaving the refusal to a script. A person reads such a field as
required, so prevet does too. An asterisk with no such legend is often a footnote mark
("Mobile number*" ... "*Msg & data rates may apply"), so alone it decides nothing.
"""

from __future__ import annotations

import re

from analyzers.text.vocabulary import vocabulary
from crawler.snapshot import Control, Form

_MARKED = re.compile(r"\*\s*:?\s*$")
_LEGEND = re.compile(
    r"(?:\*|\basterisks?\b).{0,40}\brequired\b|\brequired\b.{0,40}(?:\*|\basterisks?\b)",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|no|never|optional)\b|n[’']t\b", re.IGNORECASE)
_LEGEND_MAX = 80  # a legend is a short line of its own, not a sentence of fine print


def states_asterisk_legend(form: Form) -> bool:
    """The form says that an asterisk marks a required field."""
    return any(
        len(block.text) <= _LEGEND_MAX
        and _LEGEND.search(block.text)
        and not _NEGATION.search(block.text)
        for block in form.texts
        if block.where in ("inside", "before", "label")
    )


def marked_required(control: Control, form: Form) -> bool:
    """Required by attribute, or by an asterisk the form's own legend explains."""
    if control.required:
        return True
    marked = any(_MARKED.search(text) for text in (control.label, control.placeholder) if text)
    return marked and states_asterisk_legend(form)


# the page's own word that the box must be ticked before the form goes: "The form cannot be
# submitted until the captain checks it", "you must check it, and the form cannot be submitted
# otherwise", "this box is required to complete registration"
_CANNOT_GO_UNTIL = re.compile(
    r"\b(?:cannot|can\s*not|can[’']t|won[’']t|will\s+not|is\s+not\s+(?:able|allowed)\s+to)\s+"
    r"(?:be\s+)?(?:submitted|completed|sent|finished|submit|complete|continue|proceed)\b"
    r"[^.;!?]{0,20}?\b(?:until|unless|without)\b(?P<act>[^.;!?]{0,60}?\b(?:checks?|checked|"
    r"checking|ticks?|ticked|ticking)\b[^.;!?]{0,40})",
    re.IGNORECASE,
)
_MUST_TICK_OR_NOT_GO = re.compile(
    r"\b(?:must|has\s+to|have\s+to|needs?\s+to)\s+(?:[\w-]+\s+){0,2}?(?:check|tick)\b"
    r"(?P<act>[^.;!?]{0,80}?)\b(?:cannot|can[’']t|won[’']t|will\s+not)\s+be\s+"
    r"(?:submitted|completed|sent)\s+otherwise\b",
    re.IGNORECASE,
)
_BOX_REQUIRED_TO_GO = re.compile(
    r"\b(?:box|checkbox|consent|opt-?in)\s+(?:is|must\s+be)\s+(?:required|checked|ticked)\s+"
    r"(?:to|before|in\s+order\s+to)\s+(?P<act>(?:submit|complete|finish|register|create|"
    r"continue|sign\s+up)\b)",
    re.IGNORECASE,
)
# the box so named is another one: "until you check the Terms box", "tick the captcha"
_ANOTHER_BOX = re.compile(
    r"\b(?:terms|conditions|privacy|policy|waiver|captcha|robot|rules|age)\b", re.IGNORECASE
)


# a negation over the statement: "Neither box is required to register", "No box is ..."
_DENIED = re.compile(r"\b(?:not|neither|nor|no|never|none|without)\b|n[’']t\b", re.IGNORECASE)


def stated_must_be_ticked(sentences: list[str]) -> str | None:
    """The sentence, beside a form, that says its consent box must be ticked before the form
    can be sent ("The form cannot be submitted until the captain checks it"): the page's own
    word that the box is required, as good as a `required` attribute (a sample page showing
    the box of a form that lives elsewhere has no working attribute to read). Not a sentence
    about another box ("until you tick the Terms box"), nor a denied one ("Neither box is
    required to register"), nor one that says the box is needed
    for the texts themselves ("you must check the box to receive texts"): that is what any
    consent box does."""
    for sentence in sentences:
        for pattern in (_CANNOT_GO_UNTIL, _MUST_TICK_OR_NOT_GO, _BOX_REQUIRED_TO_GO):
            found = pattern.search(sentence)
            if (
                found
                and not _ANOTHER_BOX.search(found.group("act"))
                and not _DENIED.search(re.split(r"[,;:]", sentence[: found.start()])[-1])
            ):
                return sentence.strip()
    return None


# a form's text naming what the form is for besides texts: "the captain setup form", "where
# captains register a vessel", "the registration form", "create an account"
_OTHER_PURPOSE = re.compile(
    r"\b(?:registration|setup|set-up|checkout|booking|application|enrol(?:l)?ment|intake|"
    r"quote|order|account|onboarding)\s+(?:form|page|flow)\b|"
    r"\bregister(?:s|ing)?\s+(?:a|an|their|your|his|her|for)\b|"
    r"\bcreat(?:e|es|ing)\s+(?:a|an|their|your)\s+account\b",
    re.IGNORECASE,
)


def states_other_purpose(sentences: list[str]) -> str | None:
    """The sentence beside a form that says the form does more than sign up for texts: the
    SMS step of "the captain setup form, where captains register a vessel for a tournament"."""
    return next((s.strip() for s in sentences if _OTHER_PURPOSE.search(s)), None)


def form_sentences(form: Form) -> list[str]:
    """The sentences in and right next to a form, the site's menu and footer left out."""
    from analyzers.optin.disclosure import is_site_chrome  # the disclosure reader imports this

    return [
        sentence
        for block in form.texts
        if not is_site_chrome(block)
        for sentence in re.split(r"(?<=[.!?])\s+", block.text)
        if sentence.strip()
    ]


# the business says it texts the person as the form's service: "Add your party and we'll text
# you when your table is ready", "We'll text you as soon as your prescription is ready", "Get a
# text when your order is ready for pickup". Not "we may text you offers" (a promise of
# marketing) and not "text us" (the person's channel).
_SERVICE_BY_TEXT = re.compile(
    r"\b(?:we(?:['’]ll| will)|we\s+then)\s+(?:send\s+you\s+a\s+)?text(?:\s+you)?\s+"
    r"(?:when|as\s+soon\s+as|once)\b[^.!?]*|"
    r"\bget\s+a\s+text\s+(?:when|as\s+soon\s+as|once)\b[^.!?]*",
    re.IGNORECASE,
)


def service_by_text(form: Form) -> str:
    """The sentence before or in the form that says the form's service is a text ("we'll text
    you when your table is ready"), or "". A waitlist or a pickup notice may work only by
    text, so a required box there is for a person to weigh, not a sure defect."""
    for block in form.texts:
        if block.where not in ("inside", "before", "label"):
            continue
        found = _SERVICE_BY_TEXT.search(block.text)
        if found:
            return found.group().strip()
    return ""


# words that offer emails: "our newsletter", "the mailing list", "email me offers", "get our
# emails", "weekly deals by email" is left out: "we'll confirm by email" says how a reply comes
_OFFERS_EMAILS = re.compile(
    r"\bnewsletters?\b|\b(?:mailing|email|e-mail)\s+(?:list|club|updates|offers|deals|news|"
    r"specials|promotions|coupons)\b|\be-?mail\s+me\b|"
    r"\b(?:receive|get|send\s+(?:me|you))\s+(?:our\s+|occasional\s+|marketing\s+)?e-?mails\b",
    re.IGNORECASE,
)
# words that offer a membership the person joins: "Join the Club", "Members' list",
# "our loyalty program", "VIP rewards"
_MEMBERSHIP = re.compile(
    r"\bclub\b|\bmembers?(?:['’]s?)?\b|\bmembership\b|\bloyalty\b|\brewards?\b|\bVIP\b",
    re.IGNORECASE,
)


def _own_words(form: Form, skip: list[str]) -> list[str]:
    kinds = set(_kinds_of_texts(form))
    return [
        s
        for s in form_sentences(form)
        if s not in kinds and not any(s.strip() in label for label in skip)
    ]


# a list item's block: "div.info li:nth-of-type(4)"
_LIST_ITEM = re.compile(r"\bli(?::nth-(?:of-type|child)\(\d+\))?$")


def _kinds_of_texts(form: Form) -> list[str]:
    """The sentences of list items that a lead-in line introduces as kinds of text messages
    ("If you opt in, you will receive text messages from Acme that may include:" over
    "Appointment reminders", "Service updates and newsletters about tax strategy"): a
    newsletter or a members' offer in that list is something the texts carry, not an email
    list or a club the form joins. A lead-in that names emails too ("texts and emails such
    as:") introduces no such list."""
    found: list[str] = []
    texts_list = False
    for block in form.texts:
        text = block.text.strip()
        if _LIST_ITEM.search(block.selector) and texts_list:
            found += [s for s in re.split(r"(?<=[.!?])\s+", block.text) if s.strip()]
            continue
        labels = vocabulary("optin").labels_in(text) if text.endswith(":") else set()
        texts_list = "sms_channel" in labels and not labels & {"email_channel", "call_channel"}
    return found


def offers_emails(form: Form, skip: list[str] = ()) -> str | None:
    """The words in or beside the form that offer emails ("Sign up for our newsletter", "Email
    me offers"), or a box of the form that asks for emails ("[ ] Send me emails"). A required
    email field alone offers nothing: it is how the business reaches the person, as on an
    enrolment in text alerts ("Mobile number", "Your email address", "[ ] Enroll me in the SMS
    alerts", "Email my enrollment request"). The labels in `skip` (the SMS box's own) are left
    out: a box that takes texts and emails at once is bundled consent, not a second list."""
    found = next((s for s in _own_words(form, list(skip)) if _OFFERS_EMAILS.search(s)), None)
    if found is not None:
        return found.strip()
    for control in form.controls:
        if control.type == "checkbox" and control.label and control.label not in skip:
            labels = vocabulary("optin").labels_in(control.label)
            if "email_channel" in labels and "sms_channel" not in labels:
                return control.label.strip()
    return None


def offers_membership(form: Form, skip: list[str] = ()) -> str | None:
    """The words in or beside the form that offer a membership the person joins with it ("Join
    the Club", "Members get a coupon on their birthday"), which email alone can carry."""
    found = (s for s in _own_words(form, list(skip)) if _MEMBERSHIP.search(s))
    return next((s.strip() for s in found), None)
