"""An opt-in the site documents instead of showing: the quoted text of a consent box in an app.

A business whose people opt in inside a mobile app (or on a kiosk, or a paper form) often keeps
a page for reviewers that describes the flow and quotes the box word for word: "During sign-up
users check a box that reads: "I agree to receive texts from Acme ...". This box is required
to create an account." prevet cannot open the app, so there is no form to judge; but the quoted
consent is what the person reads when they tick, and a reviewer judges it the way they judge a
web form's box. When the site shows no opt-in form, the quote is read as that box's label: its
disclosure elements, what else it agrees to, and whether the page says it must be ticked. A
page may also show the box as an illustration, its text on a line of its own without quotation
marks, captioned "The consent checkbox on our sign-up form": that line is the quote. Each
The same holds for the other ways a page states the words a person agrees to: the script a
representative reads aloud ("Our representative reads: "Would you like to receive ...?""), the
disclaimer of a social-media lead form ("presented with the following disclaimer: "By
submitting this form, you authorize ..."") or the disclosure of a form on another site, drawn
with its box ("The form displays: ☐ By providing my number and checking this box, I consent
..."). The words are introduced as what the person ticks, reads or hears, and they speak to
that person: "I agree", "you authorize", "Would you like to receive ...?". A confirmation text
("You're subscribed to ...") or a sample message is what is sent afterwards, not consent.

The quote is the wording the person agrees to, so it is judged as a box's label is: what it
lacks is missing (no HELP in it is optin.help_missing), what it bundles is bundled. Only where
the page shows part of it ("... I agree to receive texts ..." with an ellipsis) is a missing
element for review: the rest may be in what the page left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from analyzers.optin.disclosure import read_disclosure
from analyzers.optin.model import Disclosure
from analyzers.text.vocabulary import vocabulary
from crawler.snapshot import Form, Page, TextBlock

if TYPE_CHECKING:
    from analyzers.inputs.brand import BrandNames

# a quoted passage on one line: long enough to be a consent, short enough to be one box's text
_QUOTE = re.compile(r"[\"“]([^\"“”\n]{40,700})[\"”]")
# the words are shown where the number is asked: "The notice below is shown on the booking
# form, directly beneath the phone number field", "the text displayed under the button"
_SHOWN_AT_THE_FORM = (
    r"\b(?:notice|wording|text|message|language|statement)\b[^.:;]{0,40}?\b(?:is|are)\s+"
    r"(?:shown|displayed|presented|printed)\s+(?:\w+\s+){0,2}?(?:on|under|beneath|below|"
    r"beside|next\s+to|above|at)\s+(?:the\s+|our\s+|a\s+|its\s+|each\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:form|field|button)s?\b"
)
# the words right before the quote say it is what the person ticks, reads or hears ("a
# checkbox that states:", "Checkbox text:", "the consent text states:", "the following
# disclaimer:", "the representative reads:", "the administrator asks:", "SMS consent script";
# not "a note that reads:": a person speaks the words, or they are a box, script or disclaimer)
_INTRODUCED_AS_BOX = re.compile(
    r"\b(?:check\s*box|checkbox|tick\s*box|box|toggle|disclaimer|disclosure|script|"
    r"consent\s+(?:text|language|wording|statement|ui|screen|prompt))(?:es|s)?\b|"
    r"\b(?:reads?\s+(?:aloud|out)|says\s+to\s+the\s+\w+)\b|"
    r"\b(?:representatives?|agents?|staff|employees?|administrators?|operators?|callers?|"
    r"associates?|technicians?|we)\s+(?:\w+\s+)?(?:reads?|asks?|says?)\b|" + _SHOWN_AT_THE_FORM,
    re.I,
)
_INTRODUCTION_CHARS = 160
_AFTER_CHARS = 300
# the words speak to the person who agrees: in the box's own first person ("I agree", "Yes, I
# would like", "Send me text updates"), as a disclaimer addressed to them ("By submitting this
# form, you authorize ...", "By checking this box, I consent ..."), or as the question a script
# asks them ("Would you like to receive ...?", "Do you agree to ...?", "May we text you ...?");
# not "By providing a number, the customer agrees" (a description of the flow)
_ASKS = r"^\W*(?:would\s+you\s+like|do\s+you\s+(?:agree|consent|want|wish)|may\s+we|can\s+we)\b"
_FIRST_PERSON = re.compile(
    r"^\W*(?:yes\b[^.]{0,20}\bi\b|i\b|(?:send|text|notify|sign)\s+me\b)|"
    r"^\W*by\s+\w+ing\b[^.]{0,160}?\b(?:i|you)\s+(?:\w+\s+)?"
    r"(?:agree|consent|authori[sz]e|accept|give)|" + _ASKS,
    re.I,
)
# the script's question is itself the request for consent ("Would you like reminders by text?")
_ASKS_FOR_CONSENT = re.compile(_ASKS, re.I)
# a box drawn as a glyph: the box's text follows it ("☐ By providing my number ...")
_BOX_GLYPH = re.compile(r"[☐☑☒□■▢]|\[\s?[xX]?\s?\]")
# the page quotes part of the wording: "... I agree to receive texts …"
_ELLIPSIS = re.compile(r"\.\.\.|…|\[\s*\.\.\.\s*\]")
# the control a person ticks or switches on to consent, in an app's screen as on a web form
_CONTROL = r"(?:check\s*box|checkbox|tick\s*box|box|toggle|switch)(?:es|s)?"
# a caption naming the box it shows: "The exact consent checkbox shown on our sign-up form",
# "Checkbox on the registration screen", "Toggle on the settings screen"; not a sentence of
# which the box is the subject ("The box must be ticked", "The checkbox is optional")
_CAPTION = re.compile(
    rf"^\W*(?:[\w'’-]+\s+){{0,5}}?{_CONTROL}\b"
    r"(?!\s+(?:must|is|are|was|were|will|can|cannot|can't|should|may|has|have|needs?)\b)",
    re.I,
)
# a caption saying the line above is the consent wording shown at the control: "Opt-in
# enabled, with the consent language visible under the toggle", "The consent text beside the
# switch"; the control is where the wording sits, so the line is that control's text
_CAPTION_OF_WORDING = re.compile(
    r"\bconsent\s+(?:text|language|wording|copy|terms|disclosure)\b[^.;:!?]{0,60}?"
    r"\b(?:under|below|beneath|beside|next\s+to|above|with)\s+(?:the\s+|a\s+|its\s+|each\s+)?"
    rf"(?:[\w'’-]+\s+)?{_CONTROL}\b",
    re.I,
)
# the label a drawn consent line carries in front of it: "SMS Consent: By tapping ...",
# "Disclosure: By signing up, you agree ..."
_OWN_LABEL = re.compile(
    r"^\W*(?:[\w'’&/-]+\s+){0,3}?(?:consent|disclosure|disclaimer|opt[\s-]?in)\s*:\s*", re.I
)
# the wording names the button it sits at: 'By tapping "Send Code", you agree ...', "By
# clicking Join, I agree ..." (the button's words, quoted or not)
_NAMES_ITS_BUTTON = re.compile(
    r"^\W*by\s+(?:tapping|clicking|pressing|selecting|hitting)\s+(?:on\s+)?(?:the\s+)?"
    r"[\"“'‘]?(?P<button>[^\"“”'‘’,.]{2,40}?)[\"”'’]?(?:\s+button)?\s*,",
    re.I,
)
# a quote set off on a line of its own is as long as a box's label, no longer
_SET_OFF = (40, 700)
# the page says the box must be ticked: "This checkbox is required", "the box is mandatory",
# "a required checkbox that users must accept", "users cannot complete registration without
# checking it", "users cannot proceed without providing consent" (not "is not required", "not a
# required box", "optional")
_REQUIRED = re.compile(
    r"\b(?:check\s*box|checkbox|box)\b[^.;:—–]{0,30}?\b(?:is|are)\s+(?:required|mandatory)\b|"
    r"(?<!\bnot\s)(?<!\bnot\sa\s)(?<!\bno\s)\b(?:required|mandatory)\s+"
    r"(?:consent\s+)?(?:check\s*box|checkbox|tick\s*box|box|toggle)\b|"
    r"\b(?:cannot|can't|can not|unable to)\b[^.;]{0,80}?\bwithout\s+"
    r"(?:checking|ticking|selecting|agreeing|consenting|accepting|(?:providing|giving)\s+"
    r"(?:their\s+|your\s+|sms\s+)?consent)\b",
    re.I,
)
# what the box gates besides the texts: an account, a registration, the app or the service
# ("required to create an account", "cannot proceed with registration without checking it")
_GATES_MORE = re.compile(
    r"\b(?:accounts?|regist\w*|sign[\s-]?up|apps?|application|services?|proceed\w*|"
    r"continu\w*|check\s?out|orders?|bookings?|enrol\w*)\b",
    re.I,
)
# a page saying the consent is optional: "SMS consent is not required to use the service", "an
# optional toggle (disabled by default)"
_STATED_OPTIONAL = re.compile(
    r"\b(?:consent|opt[\s-]?in|check\s*box|checkbox|box|toggle)\b[^.;]{0,40}?\b(?:is|are)\s+"
    r"(?:not\s+required|optional|voluntary)\b|\boptional\s+(?:check\s*box|checkbox|box|toggle)\b",
    re.I,
)


@dataclass(frozen=True)
class DocumentedConsent:
    """The consent box a page quotes, read as the label of that box."""

    page: Page
    quote: str
    required: str  # the page's sentence saying the box must be ticked, or ""
    disclosure: Disclosure
    around: str = ""  # the page's words introducing the quote and following it

    @property
    def gates_more(self) -> bool:
        """The page says the box must be ticked to get something besides the texts (an
        account, the app, registration): texts are then a condition of it. A box required to
        join the texts themselves is no such condition."""
        return bool(self.required) and bool(_GATES_MORE.search(f"{self.required} {self.around}"))

    @property
    def partial(self) -> bool:
        """The page quotes part of the wording (an ellipsis stands for the rest): what the
        quote lacks may be in what was left out."""
        return bool(_ELLIPSIS.search(self.quote))

    @property
    def url(self) -> str:
        return self.page.final_url or self.page.url

    @property
    def box_address(self) -> str:
        """The page of this site the words around the quote say the box is on, or "": "During
        registration at acme.com/app.html, players see the following unchecked checkbox:". The
        quote is then a picture of a web page's box that prevet read no form on (had it read
        one, that form would be judged instead): its words are the box's words, but a picture
        cannot carry the links the real box may show. An app's screen or a script named by no
        address of the site ("in the Acme app") gives no such page."""
        return own_address(self.around, self.url)

    @cached_property
    def labels_a_web_form(self) -> bool:
        """The page quotes the words beside a box of a form of the website, in the sentence
        that quotes them: 'You check the box next to "I agree to receive text messages from
        Acme" on a quote or contact form.' That is the box's label, not all the person reads:
        the form's own fine print sits under it, on a page prevet did not find (a quote app
        it could not open, a page the copy lacks). An app's box or a script read aloud ("the
        agent reads: "..."") is no web form's label."""
        words = [re.escape(w) for w in self.quote.split()]
        found = re.search(r"\s*".join(words), self.page.text[:50000]) if words else None
        if found is None:
            return False
        text = self.page.text
        start = max(text.rfind(mark, 0, found.start()) for mark in (".", "\n", "!", "?")) + 1
        ends = [i for i in (text.find(m, found.end()) for m in (".", "\n")) if i >= 0]
        sentence = (
            text[start : found.start()] + " " + text[found.end() : min(ends, default=len(text))]
        )
        return bool(_CONTROL_WORD.search(sentence) and _ON_A_WEB_FORM.search(sentence))

    @property
    def given_by_the_number(self) -> str:
        """The words by which the quoted notice takes consent from the number itself, or "":
        a notice the page says is shown at a form's field ("shown on the booking form,
        directly beneath the phone number field"), reading "By providing your number, you
        agree to receive ...", with no box named around it. Entering the number is the
        consent, as submitting a web form with no box is (optin.checkbox_missing). A quote
        the page calls a box's label ("a checkbox that reads: ...") is ticked, whatever
        act its words name."""
        if not re.search(_SHOWN_AT_THE_FORM, self.around, re.I) or _CONTROL_WORD.search(
            self.around
        ):
            return ""
        found = _BY_GIVING_THE_NUMBER.match(self.quote)
        return found.group(0) if found else ""

    def page_states(self, label: str) -> bool:
        """Does the page that quotes the box state the element itself, as a program's terms
        do (its frequency, rates, STOP and HELP sections)?"""
        return self._page_disclosure.has(label)

    @cached_property
    def _page_disclosure(self) -> Disclosure:
        from analyzers.optin.disclosure import read_disclosure as read

        block = TextBlock(text=self.page.text[:20000], where="inside")
        return read(Form(selector="", texts=[block]), [], None)


# the act the notice names is giving the number or sending the form: "By providing your
# number, you agree", "By entering your phone number and booking, you consent"
_BY_GIVING_THE_NUMBER = re.compile(
    r"^\W*by\s+(?:providing|entering|giving|submitting|sharing|adding)\b[^.]{0,80}?"
    r"\b(?:you|i)\s+(?:\w+\s+)?(?:agree|consent|authori[sz]e)",
    re.I,
)


# the box of a form that the sentence quoting its label names: "on a quote or contact form", "on
# our website's sign-up form", "in the form on this site"
_CONTROL_WORD = re.compile(r"\b(?:check\s*box|checkbox|tick\s*box|box)(?:es)?\b", re.IGNORECASE)
_ON_A_WEB_FORM = re.compile(
    r"\b(?:on|in|through|via)\s+(?:a|an|our|the|this|any|each)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:form|forms|web\s*site|site)\b",
    re.IGNORECASE,
)


# the path of a page written in words: "acme.com/app.html", "www.acme.com/join/"
_PATH = r"/[\w.~%-]+(?:/[\w.~%-]+)*/?"
# a path alone, where the box is: "at /signup", "on /app"
_AT_PATH = re.compile(rf"\b(?:at|on)\s+({_PATH})", re.IGNORECASE)


def own_address(words: str, page_url: str) -> str:
    """The first address of the site of `page_url` that `words` name, other than that page
    itself: "acme.com/app.html" or "at /signup" on a page of acme.com; "" when none."""
    parts = urlsplit(page_url)
    host = (parts.hostname or "").removeprefix("www.")
    if not host:
        return ""
    written = re.compile(
        rf"(?<![\w.-])(?:https?://)?(?:www\.)?{re.escape(host)}(?::\d+)?({_PATH})",
        re.IGNORECASE,
    )
    for found, shown in [(m, m.group(0)) for m in written.finditer(words)] + [
        (m, m.group(1)) for m in _AT_PATH.finditer(words)
    ]:
        path = found.group(1).rstrip("/.")
        if path and path != parts.path.rstrip("/"):
            return shown
    return ""


def _is_box_consent(text: str, introduction: str) -> bool:
    return bool(_INTRODUCED_AS_BOX.search(introduction)) and _speaks_consent(text)


# the one who ticks vouches that someone else agreed: "I confirm this parent/guardian has
# consented to receive emergency SMS", "I certify that the customer has agreed to texts"
_ATTESTS = re.compile(
    r"^\W*(?:yes,?\s+)?i\s+(?:hereby\s+)?(?:confirm|certify|attest|verify|affirm)\s+"
    r"(?:that\s+)?(?:(?!(?:i|we|that)\b)[\w/'’-]+\s+){1,4}?(?:has|have|had)\s+(?:\w+\s+)?"
    r"(?:consented|agreed|opted|authori[sz]ed|given)\b",
    re.I,
)


def _speaks_consent(text: str) -> bool:
    """Do the words ask the person for consent to texts, as a box's label does? Not an
    attestation a staff member ticks that someone else consented ("I confirm this
    parent/guardian has consented to receive emergency SMS notifications"): the one who will
    be texted never reads it, so it is a disclosure to no one, and the page documents no
    consent a reviewer could judge (optin.form_missing says so). "I confirm that I have
    agreed to receive texts" is the person's own."""
    if _ATTESTS.search(text):
        return False
    labels = vocabulary("optin").labels_in(text)
    return (
        bool(_FIRST_PERSON.search(text))
        and "sms_channel" in labels
        # "I agree", "I accept ..., including", or a script asking "Would you like ...?"
        and bool(labels & {"consent", "consent_verb"} or _ASKS_FOR_CONSENT.search(text))
    )


def _required_sentence(text: str) -> str:
    match = _REQUIRED.search(text)
    if match is None:
        return ""
    start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
    end = min(
        (i for i in (text.find(".", match.end()), text.find("\n", match.end())) if i >= 0),
        default=len(text),
    )
    return text[start : end + 1].strip()


def read_quoted_boxes(
    boxes: list[tuple[Page, str, str, str]], brand: BrandNames | None
) -> list[DocumentedConsent]:
    """Each quoted box read as the label of that box: its disclosure."""
    return [
        DocumentedConsent(
            page=page,
            quote=quote,
            required=required,
            disclosure=read_disclosure(
                Form(selector="", texts=[TextBlock(text=quote, where="inside")]), [], brand
            ),
            around=around,
        )
        for page, quote, required, around in boxes
    ]


# the page says people opt in on a web form: "Web form opt-in: you submit your name and number
# on a website contact form", "by checking the box on our website's form", "the online sign-up
# form on this site"
_WEB_FORM = re.compile(
    r"\b(?:web|website|online)\s+(?:[\w-]+\s+){0,2}?form\b|"
    r"\bform\s+on\s+(?:our|this|the)\s+(?:web\s*)?site\b|"
    r"\b(?:our|this)\s+(?:web\s*)?site['’]s\s+(?:[\w-]+\s+)?form\b",
    re.IGNORECASE,
)
# another way to opt in that the page names: an app's screen, a call, a visit, paper, a kiosk,
# a keyword texted in, a social network's lead form
_OTHER_WAY = re.compile(
    r"\b(?:apps?|verbal(?:ly)?|spoken|in[\s-]person|over\s+the\s+phone|by\s+phone|phone\s+call|"
    r"paper|kiosk|tablet|keyword|facebook|instagram|linkedin|lead\s+ads?)\b",
    re.IGNORECASE,
)


def says_web_form(page: Page) -> str:
    """The sentence of a page that says people opt in on a web form, when the page names no
    other way to opt in, else "". Such a page quoting the form's box describes a form of the
    website: with no such form on any page, the quote is not the form (a picture of a box
    nobody can tick), and optin.form_missing fails. A page describing an app's box, a script
    read on a call, a paper sign-up or a keyword is judged by its quote, as before."""
    text = page.text[:50000]
    if _OTHER_WAY.search(text):
        return ""
    found = _WEB_FORM.search(text)
    if found is None:
        return ""
    start = max(text.rfind(".", 0, found.start()), text.rfind("\n", 0, found.start())) + 1
    end = min(
        (i for i in (text.find(".", found.end()), text.find("\n", found.end())) if i >= 0),
        default=len(text),
    )
    return " ".join(text[start : end + 1].split())


def stated_optional(pages: list[Page]) -> tuple[str, str] | None:
    """A page's sentence saying the SMS consent is optional ("SMS consent is not required to
    use the service"): (its URL, the sentence), to set beside a page that says it is
    required."""
    for page in pages:
        if page.error or page.status >= 400:
            continue
        for sentence in re.split(r"(?<=[.!?])\s+|\n", page.text[:50000]):
            if _STATED_OPTIONAL.search(sentence):
                return page.final_url or page.url, sentence.strip()
    return None


def quoted_boxes(pages: list[Page]) -> list[tuple[Page, str, str, str]]:
    """(page, the quoted box text, the page's sentence saying it is required or "", the
    words around the quote)."""
    found: list[tuple[Page, str, str, str]] = []
    seen: set[str] = set()
    for page in pages:
        if page.error or page.status >= 400:
            continue
        text = page.text[:50000]
        for match in _QUOTE.finditer(text):
            quote = " ".join(match.group(1).split())
            introduction = text[max(0, match.start() - _INTRODUCTION_CHARS) : match.start()]
            if quote in seen or not _is_box_consent(quote, introduction):
                continue
            seen.add(quote)
            # the page says so of this box right around its quote, not of another box
            around = introduction + " " + text[match.end() : match.end() + _AFTER_CHARS]
            found.append((page, quote, _required_sentence(around), around))
        for quote, around in (
            _set_off_boxes(text) + _keyword_consents(text) + _pictured_boxes(page, text)
        ):
            if quote not in seen:
                seen.add(quote)
                found.append((page, quote, _required_sentence(around), around))
        found = _with_the_box_statement(found, page, text)
    return found


_PICTURED_TYPES = ("checkbox", "switch")


def _pictured_boxes(page: Page, text: str) -> list[tuple[str, str]]:
    """A box the page renders as a picture of the app's: a disabled checkbox (or switch) whose
    label asks for consent to texts, in a "form" with nothing else a person can fill in (blind
    real38c glowtape: a documentation page draws the app's card, "[x] Text me reminders about
    my calls (message & data rates may apply; reply STOP anytime)", greyed out). Nobody ticks
    it here; it shows the words the person ticks in the app, as a box drawn with a glyph does.
    A box a person can tick, or one beside a phone field, is a form's (find.py reads it).
    (its label, the page's words around it)"""
    found = []
    for form in page.forms:
        live = [c for c in form.controls if c.visible and not c.disabled and c.type != "hidden"]
        if live or any(c.type == "tel" for c in form.controls):
            continue
        for control in form.controls:
            label = " ".join(control.label.split())
            if not (
                control.type in _PICTURED_TYPES and control.disabled and _speaks_consent(label)
            ):
                continue
            at = text.find(label)
            around = (
                text[max(0, at - _INTRODUCTION_CHARS) : at]
                + " "
                + text[at + len(label) : at + len(label) + _AFTER_CHARS]
                if at >= 0
                else ""
            )
            found.append((label, around))
    return found


# the page states what ticking the box agrees to, speaking to the person: "By checking the SMS
# consent box during signup (or tapping ... in your Profile), you agree to receive ..."
_BOX_STATEMENT = re.compile(
    rf"^\W*by\s+(?:checking|ticking|selecting|tapping|toggling|enabling|switching)\b"
    rf"[^.]{{0,80}}?\b{_CONTROL}\b[^.]{{0,200}}?\b(?:you|i)\s+(?:\w+\s+)?"
    r"(?:agree|consent|authori[sz]e)",
    re.I,
)


def _with_the_box_statement(
    found: list[tuple[Page, str, str, str]], page: Page, text: str
) -> list[tuple[Page, str, str, str]]:
    """A page that quotes the box's short label ("Check the box labeled "I agree to receive
    SMS messages from Acme"") and, in a line of its own, states what ticking that box agrees
    to ("Consent Language: By checking the SMS consent box during signup, you agree to receive
    ... Msg & data rates may apply ... Reply STOP ... HELP"), shows the label and the
    disclosure the person reads with it: both are what they tick, as the fine print under a
    web form's box is. Only one such statement, and a label quoted once: with two boxes the
    statement may be the other's."""
    own = [entry for entry in found if entry[0] is page]
    if len(own) != 1:
        return found
    statements = [
        " ".join(line.split())
        for line in text.split("\n")
        if _SET_OFF[0] <= len(line.strip()) <= _SET_OFF[1] and _BOX_STATEMENT.match(line)
    ]
    label = own[0][1]
    if len(statements) != 1 or statements[0] in label or label in statements[0]:
        return found
    if not _speaks_consent(statements[0]):
        return found
    joined = (page, f"{label} {statements[0]}", own[0][2], own[0][3])
    return [joined if entry is own[0] else entry for entry in found]


# a line that may call for a keyword: a verb of texting, then "to" (the number or short code)
_KEYWORD_HINT = re.compile(r"\b(?:text|txt|send|reply|texting)\b[^.!?]{0,60}?\bto\b", re.I)


def _keyword_consents(text: str) -> list[tuple[str, str]]:
    """A call to action that opts people in by keyword and tells them what texting it agrees
    to ("By texting the keyword UPDATES to 833-555-0100, you agree to receive autodialed text
    messages from Acme."): texting the keyword is ticking the box, and the words on that line
    are what the person agrees to, read as the box's label. A bare "Text JOIN to 55555 for
    deals" asks no consent: no quote (optin.form_missing still asks for a look). The lines
    after it, as far as a box's text may run, are the call's own fine print ("Reply STOP to
    cancel" under a "Your data" note): a person reads them where they learn the keyword."""
    found = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        words = " ".join(line.split())
        if not _SET_OFF[0] <= len(words) <= _SET_OFF[1] or not _KEYWORD_HINT.search(words):
            continue  # (a cheap look first: most lines of a page call for no keyword)
        if not _speaks_consent(words):
            continue
        if any(m.label == "keyword_optin" for m in vocabulary("optin").find(words)):
            for after in lines[i + 1 :]:
                more = " ".join(after.split())
                if len(words) + len(more) + 1 > _SET_OFF[1]:
                    break
                words = f"{words} {more}".strip()
            around = lines[i - 1] if i > 0 else ""
            found.append((words, around))
    return found


def _is_fine_print(line: str) -> bool:
    """Is the line under a box's label the box's own fine print, which a person reads as part
    of what they tick? It speaks to them about texts ("By checking this box, you consent to
    receive appointment texts from Acme. Msg & data rates may apply. Reply STOP to end."),
    where a caption speaks of the box ("The consent checkbox on our sign-up form")."""
    text = " ".join(line.split())
    return (
        _SET_OFF[0] <= len(text) <= _SET_OFF[1]
        and bool(_FIRST_PERSON.search(text))
        and "sms_channel" in vocabulary("optin").labels_in(text)
    )


# a line of a mock-up labelled as the consent wording it shows: "SMS Consent: By tapping
# "Send code", you agree to ...", "Consent text: I agree to ..."
_LABELLED_CONSENT = re.compile(
    r"^\W*(?:(?:sms|text(?:ing)?|mobile|messaging)\s+)?consent"
    r"(?:\s+(?:text|language|wording|disclosure|statement|copy))?\s*:\s*",
    re.I,
)


def _labelled_consent(line: str) -> str:
    """The wording of a line labelled as the consent it shows, as an app screen drawn on a
    documentation page labels it ("SMS Consent: By tapping "Send Verification Code", you
    agree to receive a one-time SMS code from Acme ..."): the label names the words as the
    consent, and the words speak to the person who agrees, as a box's label does. "" when
    the line is not so labelled or the words are no consent addressed to the person ("SMS
    consent: we collect it at sign-up")."""
    label = _LABELLED_CONSENT.match(line)
    if label is None:
        return ""
    words = line[label.end() :].strip()
    return words if _is_box_consent(words, "consent text") else ""


def _set_off_boxes(text: str) -> list[tuple[str, str]]:
    """Box texts a page shows without quotation marks: the consent on a line of its own, as
    an illustration of the box ("[x] Send me text updates about my order ..."), led in by a
    line naming the box and ending in a colon ("users tick a box that reads:"), or captioned
    by a line that names the box it shows ("The consent checkbox on our sign-up form"), or
    the toggle of an app's settings screen drawn as a mock-up, captioned as the consent
    wording at that toggle ("Opt-in on, with the consent text shown under the toggle"):
    switching it on is ticking the box, and the wording under it is the box's label. A
    line after it that says something of a box ("The box must be ticked") is no caption: the
    line above may be any sentence about texts. A box drawn as a glyph ("Disclosure shown at
    submission ☐ By checking this box, I agree ...") is a box: its text is what follows the
    glyph, and the words before it caption it. The box's fine print on the line under its
    label ("By checking this box, you consent to ...") is part of the box's text, read with
    it. An app's screen drawn on the page, its consent wording naming the button it sits at
    and that button drawn under it, is the box too (`_drawn_at_its_button`); so is a line
    labelled as the consent it shows ("SMS Consent: By tapping ..., you agree ..."), read as
    the wording after its label (`_labelled_consent`). (the line, its
    neighbours)"""
    lines = text.split("\n")
    found = []
    read_with_its_label = -1
    for i, line in enumerate(lines):
        quote = " ".join(line.split()).strip('"“”')
        if i == read_with_its_label or not _SET_OFF[0] <= len(quote) <= _SET_OFF[1]:
            continue
        before = lines[i - 1][-_INTRODUCTION_CHARS:] if i > 0 else ""
        following = lines[i + 1 : i + 3]
        fine_print = bool(following) and _is_fine_print(following[0])
        if fine_print:
            quote = f"{quote} {' '.join(following[0].split())}"
            following = following[1:]
        after = following[0][:_INTRODUCTION_CHARS] if following else ""
        glyph = _BOX_GLYPH.search(quote)
        drawn_as = ""
        if labelled := _labelled_consent(quote):
            quote, box = labelled, True
        elif glyph is not None:
            drawn_as = quote[: glyph.start()]
            quote = quote[glyph.end() :].strip(' "“”')
            box = _is_box_consent(quote, f"{before} {drawn_as} box")
        elif (drawn := _drawn_at_its_button(quote, following)) is not None:
            quote, box = drawn, True
        else:
            led_in = before.rstrip().endswith(":") and _is_box_consent(quote, before)
            captioned = _CAPTION.match(after) or _CAPTION_OF_WORDING.search(after)
            box = led_in or bool(captioned and _is_box_consent(quote, after))
        if box:
            # the words drawn before the glyph stand with the box ("SMS terms and privacy:
            # acme.com/privacy" over it): they are around it, as a caption is
            found.append((quote, " ".join(w for w in (before, drawn_as, after) if w)))
            if fine_print:
                read_with_its_label = i + 1
    return found


def _drawn_at_its_button(line: str, following: list[str]) -> str | None:
    """The consent wording of an app's screen drawn on the page (a phone mock-up of the
    sign-up): a line that asks for consent to texts and names the button it sits at ('SMS
    Consent: By tapping "Send Code", you agree to receive texts from Acme ...'), with that
    button's words on the line right under it ("Send Code"). Tapping the drawn button is
    ticking the box, and the wording is what the person reads when they do: it is judged as
    the box's label (its own label "SMS Consent:" left off). So is wording that names the act
    in the button's words ("By accepting this proposal, ..." over "Accept Proposal",
    `_acts_as_its_button`). Else None: a sentence of terms
    ("By tapping Send Code, you agree to our terms") followed by anything but that button is
    no drawing, nor is wording that asks nothing of the person."""
    quote = _OWN_LABEL.sub("", line, count=1)
    if not following:
        return None
    drawn = " ".join(following[0].split()).strip(' "“”').lower()
    named = _NAMES_ITS_BUTTON.match(quote)
    if named is not None:
        if drawn != " ".join(named.group("button").split()).lower():
            return None
    elif not _acts_as_its_button(quote, drawn):
        return None
    return quote if _speaks_consent(quote) else None


# the act the wording names, in the button's own words: "By accepting this proposal, ..."
_BY_ACTING = re.compile(
    r"^\W*by\s+(?P<verb>[a-z]+)ing\s+(?:this|the|your|my|our)\s+(?P<noun>[a-z]+)\s*,", re.I
)


def _acts_as_its_button(quote: str, button: str) -> bool:
    """Does the wording name, as its act, what the button drawn under it says? "By accepting
    this proposal, you consent to receive ..." over an "Accept Proposal" button, "By
    submitting this request, ..." over "Submit Request": clicking that button is the act the
    wording speaks of, as 'By tapping "Send code"' over "Send code" is. The verb's stem and
    the noun must both be the button's two words ("By accepting this proposal" over "Pay
    now" is no drawing of that button)."""
    found = _BY_ACTING.match(quote)
    words = button.split()
    if found is None or len(words) != 2:
        return False
    stem, noun = found.group("verb").lower(), found.group("noun").lower()
    verb_stems = {stem, stem + "e"} | (
        {stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set()
    )
    return words[0] in verb_stems and words[1].rstrip("s") == noun.rstrip("s")
