"""The opt-in form and its consent box: optin.form_missing, phone_field_missing,
checkbox_missing, checkbox_prechecked, consent_required.

Judged as a person meets the form after scripts ran: a box checked by a script is pre-checked,
a box that a script refuses to submit without (data-pvb, from crawler/js/probe_consent.js) is
required. A required "I accept the Terms" box is fine when the SMS box is separate and optional.
An email sign-up with an optional "Also text me" box and a required phone field makes the number
the texts go to a condition of the emails: optin.consent_required. A site with no form whose
page quotes the consent box of its app and says it is required to get an account or the service
(analyzers/optin/documented.py) fails optin.consent_required; optin.form_missing is then for
review. A form whose button stops texts ("Submit Opt-Out Request") is no opt-in at all
(analyzers/optin/opt_out.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analyzers.campaign.optin_methods import WEB, optin_methods
from analyzers.context import AnalysisContext
from analyzers.inputs.optin_forms import optin_url
from analyzers.optin.bundling import consent_by_accepting
from analyzers.optin.consent import forced_consent
from analyzers.optin.documented import quoted_boxes, says_web_form, stated_optional
from analyzers.optin.find import subscribes
from analyzers.optin.fixes import checkbox_html, compliant_disclosure
from analyzers.optin.model import OptInForm, submit_label
from analyzers.optin.phone import name_words
from analyzers.optin.reach import says_where_found
from analyzers.optin.required import (
    form_sentences,
    marked_required,
    offers_emails,
    offers_membership,
    service_by_text,
    stated_must_be_ticked,
    states_other_purpose,
)
from analyzers.registry import Hit, NotApplicable, Severity, check
from analyzers.text.excerpt import excerpt
from analyzers.text.vocabulary import vocabulary
from crawler.snapshot import Control, Form, Page

FORM_MISSING_FIX = (
    "Add a web opt-in form to the site (and link it from the home page): a phone number field, "
    "an unchecked checkbox for SMS consent, and this text next to it:\n{disclosure}"
)


_NOT_OPTIN_KEYWORDS = frozenset(
    {"STOP", "STOPALL", "HELP", "INFO", "END", "CANCEL", "QUIT", "UNSUBSCRIBE", "REVOKE", "OPTOUT"}
)


def _described_web_form(ctx: AnalysisContext) -> tuple[Page, str] | None:
    """A page that quotes a consent box and says it is on a web form, naming no other way to
    opt in ("Web form opt-in: you submit your name and number on a website contact form ... The
    disclosure reads: "I agree to receive ..."") while no page holds such a form: (the page,
    its sentence naming the web form). A page describing an app's box, a call's script, a
    paper or keyword opt-in is judged by its quote instead (documented_consents)."""
    for page in ctx.snapshot.pages:
        if page.error or page.status >= 400:
            continue
        sentence = says_web_form(page)
        if sentence and quoted_boxes([page]):
            return page, sentence
    return None


def _keyword_optin(ctx: AnalysisContext) -> tuple[str, str] | None:
    """A "Text JOIN to 12345" call to action: the site opts people in by keyword, not a form.
    ("Text STOP to ..." is the way out, not in.)"""
    for page in ctx.snapshot.pages:
        for match in vocabulary("optin").find(page.text[:20000]):
            if match.label != "keyword_optin":
                continue
            keywords = set(re.findall(r"\b[A-Z]{3,}\b", match.text)) - _NOT_OPTIN_KEYWORDS
            if keywords:
                return page.final_url or page.url, match.sentence
    return None


def _offline_optin_only(ctx: AnalysisContext) -> str:
    """The opt-in methods the campaign's message flow names when none is a web form ("text JOIN
    to ...", "verbally on the call", "the paper intake form"): such a program has no form for
    the site to show. Empty when there is no campaign, no flow, or the flow names a web opt-in
    or no method at all, or the user named an opt-in page (--optin-url): then the site is where
    a reviewer looks."""
    if ctx.options.optin_url:
        return ""
    flow = ctx.campaign.campaign.message_flow if ctx.campaign is not None else None
    methods = optin_methods(flow or "")
    if not methods or WEB in methods:
        return ""
    return " and ".join(methods)


# words of texting (not of phones: a contact form asks for a phone and says "Continue" too)
_SPEAKS_OF_TEXTS = re.compile(
    r"\b(sms|texts?|texting|text (alerts?|messages?|club|me))\b", re.IGNORECASE
)


def _waiting_for_server(ctx: AnalysisContext) -> tuple[Page, Form] | None:
    """A multi-step form that speaks of texts and whose next step only a server's answer opens
    (the renderer sends nothing, so it could not see that step)."""
    for page in ctx.snapshot.pages:
        for form in page.forms:
            words = " ".join([*(t.text for t in form.texts), form.reached_by])
            if form.waits_for_server and _SPEAKS_OF_TEXTS.search(words):
                return page, form
    return None


@check(
    "optin.form_missing",
    severity=Severity.ERROR,
    ref="2125 / 2120 / Opt-in workflow missing",
    title="The site has an SMS opt-in form",
    message="No page of the site holds a form that collects a phone number with SMS consent.",
    why="Reviewers visit the opt-in URL to see how people agree to receive texts; a campaign "
    "whose website shows no opt-in is rejected as a missing opt-in workflow.",
    fix="Add a web opt-in form with a phone field, an unchecked SMS consent checkbox and the full "
    "disclosure, and link it from the home page.",
    needs=("snapshot",),
)
@says_where_found
def form_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    if ctx.snapshot.unreachable:
        raise NotApplicable("the site could not be loaded")
    if ctx.inputs.optin_forms:
        return
    offline = _offline_optin_only(ctx)
    if offline:
        raise NotApplicable(
            f"the campaign's message flow declares opt-in {offline}, not on a web form"
        )
    given = optin_url(ctx)
    where = f"the opt-in URL {given}" if given else "any page of the site"
    fix = FORM_MISSING_FIX.format(disclosure=compliant_disclosure(ctx))
    quoted = ctx.inputs.documented_consents
    if quoted:  # the opt-in happens in an app the page describes: a person must judge it
        yield Hit(
            url=quoted[0].url,
            evidence=quoted[0].quote[:300],
            review=True,
            fix=fix,
            message=f"No web opt-in form was found on {where}; this page describes an opt-in "
            "taken elsewhere (an app's sign-up, a script read aloud, a lead form) and quotes "
            "the wording people agree to. Reviewers may accept such a page only with "
            "screenshots or records of the flow; if your campaign declares web opt-in, add "
            "the form.",
        )
        return
    described = _described_web_form(ctx)
    if described is not None:
        page, sentence = described
        yield Hit(
            url=page.final_url or page.url,
            evidence=sentence[:300],
            fix=fix,
            message=f"No web opt-in form was found on {where}, though this page says people "
            "opt in on a web form and quotes its wording: the quote is not the form, and no "
            "page of the site holds it.",
        )
        return
    keyword = _keyword_optin(ctx)
    if keyword:
        url, sentence = keyword
        yield Hit(
            url=url,
            evidence=sentence[:300],
            review=True,
            fix=fix,
            message=f"No web opt-in form was found on {where}; the site invites people to "
            "opt in by texting a keyword. If your campaign declares keyword opt-in, make "
            "sure its message flow says so; if it declares web opt-in, add the form.",
        )
        return
    walls = ctx.inputs.bot_walls or []
    if walls:  # the form may sit behind the wall: a person must look, it is not a pass or a fail
        page, reason = walls[0]
        yield Hit(
            url=page.final_url or page.url,
            evidence=reason,
            review=True,
            fix=fix,
            message=f"No opt-in form was found on {where}, but {len(walls)} page(s) "
            "answered with a bot challenge instead of content, so the form may be hidden "
            "behind it. Open the opt-in page in a browser and check.",
        )
        return
    waiting = _waiting_for_server(ctx)
    if waiting:  # the phone step is behind a send prevet does not make: a person must look
        page, form = waiting
        yield Hit(
            url=page.final_url or page.url,
            selector=form.selector,
            review=True,
            fix=fix,
            evidence=form.waits_for_server,
            message=f"No opt-in form was found on {where}, but a form that speaks of "
            f"texts goes on only after a server answers: {form.waits_for_server}. Fill "
            "it in by hand and check the step that asks for the phone number.",
        )
        return
    unread = ctx.inputs.unread_form_consent
    if unread:  # the page speaks of its form, which prevet could not read: a person must look
        page, sentence = unread[0]
        yield Hit(
            url=page.final_url or page.url,
            evidence=sentence[:300],
            review=True,
            fix=fix,
            message=f"No opt-in form was found on {where}, but this page speaks of its own "
            'form ("by submitting this form ...") and none could be read there: it is '
            "likely embedded from a form builder that did not load. Open the page in a "
            "browser and check the form's phone field and SMS box.",
        )
        return
    texted = ctx.inputs.texted_inquiry_form
    if texted is not None:  # the inquiry form is the opt-in by the site's word: a person judges
        yield Hit(
            url=texted.url,
            selector=texted.form.selector,
            evidence=f'{texted.statement_url}: "{texted.sentence[:300]}"',
            review=True,
            fix=fix,
            message=f"No SMS opt-in form was found on {where}, but {texted.statement_url} "
            "says the site texts the numbers people give with an inquiry, so this inquiry "
            "form is where the number for texts is collected (judged as the opt-in by "
            "optin.checkbox_missing and optin.disclosure_missing). A reviewer may call it "
            "no opt-in form instead.",
        )
        return
    pages = ", ".join(p.final_url or p.url for p in ctx.snapshot.pages[:5])
    yield Hit(
        url=given or ctx.snapshot.start_url,
        fix=fix,
        evidence=f"{len(ctx.snapshot.pages)} page(s) read, none with an SMS opt-in form: {pages}",
        message=f"No form that collects a phone number with SMS consent was found on {where}.",
    )


@check(
    "optin.phone_field_missing",
    severity=Severity.ERROR,
    ref="2139",
    title="The opt-in form asks for the phone number",
    message="The SMS opt-in form has no phone number field.",
    why="Consent to texts is tied to a number; a consent box without a phone field does not show "
    "how the number being texted was collected.",
    fix='Add a phone number field to the opt-in form: <input type="tel" name="phone" '
    'autocomplete="tel">.',
    needs=("optin_forms",),
)
@says_where_found
def phone_field_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    for optin in ctx.inputs.optin_forms:
        if not optin.phone_fields and _pictured_box(optin):
            yield Hit(
                url=optin.url,
                selector=optin.selector,
                evidence=optin.evidence(),
                review=True,
                message="A consent box stands alone on this page, with no field, button or "
                "form around it: a picture of the box of a form elsewhere (a booking app, a "
                "checkout). Check that the form it shows has a field for the mobile number.",
            )
        elif not optin.phone_fields:
            yield Hit(
                url=optin.url,
                selector=optin.selector,
                evidence=optin.evidence(),
                message="The form takes SMS consent but has no field for the mobile "
                "number that will receive the texts.",
            )


def _pictured_box(optin: OptInForm) -> bool:
    """A consent box alone, in no <form>, with nothing else to fill in or press: a page that
    documents its opt-in shows the box as it appears in the real form ("Actual SMS consent
    checkbox text: [ ] I consent to ..."), which nobody sends from here."""
    return optin.form.formless and all(c in optin.consent_controls for c in optin.form.controls)


# the consent given by sending the form, not by the box: "By submitting this form with your
# phone number, you agree to receive ..." (not "By checking this box and submitting")
_BY_SUBMITTING = re.compile(
    r"\bby\s+(?:submitting|sending|clicking\s+(?:submit|send))\b", re.IGNORECASE
)
_BY_THE_BOX = re.compile(
    r"\bby\s+(?:checking|ticking|selecting|clicking)\s+(?:this|the)\s+box\b", re.IGNORECASE
)


def _box_says_submitting_consents(optin: OptInForm) -> str:
    """The consent box's own label says that submitting the form is the consent ("By
    submitting this form with your phone number, you agree to receive calls and text
    messages ...": realworld, blind round 32, a sales firm's contact form): ticked or not, a
    person who sends the form has agreed. The sentence, or ""."""
    labels = " ".join(c.label for c in optin.consent_controls)
    for found in optin.disclosure.elements.get("consent_statement", []):
        sentence = found.sentence
        if (
            _BY_SUBMITTING.search(sentence)
            and not _BY_THE_BOX.search(sentence)
            and sentence[:60] in labels
        ):
            return sentence
    return ""


def _consent_by_submitting(optin: OptInForm) -> str:
    found = optin.disclosure.first("consent_statement")
    return found.sentence if found else ""


@check(
    "optin.checkbox_missing",
    severity=Severity.ERROR,
    ref="803 / Opt-in checkbox missing or pre-selected",
    title="SMS consent is given with its own checkbox",
    message="SMS consent is taken by submitting the form, with no consent checkbox.",
    why="Carriers require consent to be a separate, deliberate act: an unchecked box the person "
    "ticks. Submitting a form is not consent to texts.",
    fix="Add an unchecked checkbox, not required to submit, labelled with the SMS disclosure.",
    needs=("snapshot",),
)
@says_where_found
def checkbox_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    if not ctx.inputs.optin_forms:
        accepted = list(_quoted_consent_by_accepting(ctx))
        yield from accepted or _stated_consent_by_submitting(ctx)
        return
    for optin in ctx.inputs.optin_forms:
        if optin.consent_controls or not optin.phone_fields:
            continue
        sentence = _consent_by_submitting(optin)
        evidence = f"{optin.evidence()} — {sentence}" if sentence else optin.evidence()
        yield Hit(
            url=optin.url,
            selector=optin.selector,
            evidence=evidence[:400],
            review=optin.named_as_one_way,
            fix=f"Add this unchecked, optional checkbox above the submit button:\n"
            f"{checkbox_html(ctx, optin)}",
            message="The form collects a phone number for texts but has no SMS consent "
            "checkbox: consent is taken by submitting.",
        )


def _quoted_consent_by_accepting(ctx: AnalysisContext) -> Iterator[Hit]:
    """No form on the site, but a page reproduces the consent wording of a form elsewhere
    (a proposal page in the business's app) whose act is accepting a service: "By accepting
    this proposal, you consent to receive texts ..." over an "Accept Proposal" button. The
    wording itself says the consent is given by that button, not by a box the person ticks
    (blind real34a, a lawn-care program page)."""
    for consent in ctx.inputs.documented_consents:
        if not (act := consent_by_accepting(consent.quote)) and (
            given := consent.given_by_the_number
        ):
            yield Hit(
                url=consent.url,
                evidence=consent.quote[:400],
                fix="Add an unchecked, optional SMS consent checkbox beside the phone field, "
                "labelled with the disclosure, and reproduce it on this page.",
                message=f'The consent notice this page reproduces is given by "{given}": '
                "entering the number is the consent, with no checkbox for the texts.",
            )
        if act:
            yield Hit(
                url=consent.url,
                evidence=consent.quote[:400],
                fix="Add an unchecked, optional SMS consent checkbox beside the button, "
                "labelled with the disclosure, and reproduce it on this page.",
                message=f'The consent wording this page reproduces is given by "{act}": '
                "the button that accepts the service is the consent, with no checkbox for "
                "the texts.",
            )


def _stated_consent_by_submitting(ctx: AnalysisContext) -> Iterator[Hit]:
    """No opt-in form was read, but a page with no readable form (a form builder's frame that
    did not load) says sending its form is agreeing to texts: "By submitting this form, you
    agree to receive text messages from ...". The page's own words make submitting the
    consent, which is what this check is about; a box inside the unseen form would not undo
    them. Without such a page there is no form to judge."""
    stated = ctx.inputs.unread_form_consent
    texted = ctx.inputs.texted_inquiry_form
    if not stated and texted is not None:
        yield Hit(
            url=texted.url,
            selector=texted.form.selector,
            evidence=f'{texted.statement_url}: "{texted.sentence[:300]}"',
            fix="Add an unchecked, optional SMS consent checkbox with the full disclosure to "
            "this form, or stop texting the numbers people send with an inquiry.",
            message="This form asks for a phone number with an inquiry and has no SMS consent "
            f"checkbox, while {texted.statement_url} says the site texts those numbers: "
            "consent to texts is taken by submitting the form.",
        )
        return
    if not stated:
        raise NotApplicable("no optin_forms, and no page says submitting a form is consent")
    page, sentence = stated[0]
    yield Hit(
        url=page.final_url or page.url,
        evidence=sentence[:400],
        fix="Add an unchecked, optional SMS consent checkbox to the form, and reword this "
        'sentence to say what ticking it means ("By checking this box, I agree to receive '
        '... text messages from ..."), not what submitting the form means.',
        message="This page says submitting its form is agreeing to texts, so consent is "
        "taken by submitting rather than by a box the person ticks (the form itself was not "
        "read: an embedded or hosted form that did not load).",
    )


@check(
    "optin.checkbox_prechecked",
    severity=Severity.ERROR,
    ref="Opt-in checkbox missing or pre-selected",
    title="The SMS consent checkbox starts unchecked",
    message="The SMS consent checkbox is checked by default.",
    why="A pre-checked box is not an affirmative act of consent; reviewers reject it.",
    fix="Remove the `checked` attribute (and any script that ticks the box) so the person must "
    "check it themselves.",
    needs=("optin_forms",),
    needs_rendering=True,
)
@says_where_found
def checkbox_prechecked(ctx: AnalysisContext) -> Iterator[Hit]:
    for optin in ctx.inputs.optin_forms:
        for control in optin.consent_controls:
            if not control.preselected:
                continue
            kind = {"radio": "option", "switch": "switch"}.get(control.type, "checkbox")
            if control.read_after_typing:
                yield _ticked_on_typing(optin, control, kind)
                continue
            message = (
                f"The SMS consent {kind} is already selected when the page loads: "
                f'"{excerpt(control.label, 120)}".'
            )
            if control.tag == "select":
                yield _answered_yes(optin, control)
                continue
            if control.tag != "input" and _ARIA_ON.search(control.html or ""):
                yield Hit(
                    url=optin.url,
                    selector=control.selector,
                    evidence=_box_evidence(control),
                    message=message,
                    details={"html": control.html, "ticked_by": "aria"},
                    fix='Start the toggle off (aria-pressed="false" or aria-checked="false") '
                    "and remove any script that turns it on after the page loads, so the "
                    "person must switch it on themselves.",
                )
                continue
            if _ticked_by_script(optin, control.html):
                yield Hit(
                    url=optin.url,
                    selector=control.selector,
                    evidence=_box_evidence(
                        control,
                        "is checked by a script after the "
                        "page loads; the page's HTML leaves it "
                        "unchecked.",
                    ),
                    message=message,
                    details={"html": control.html, "ticked_by": "script"},
                    fix='Remove the script (or the page builder\'s "checked by default" '
                    "setting) that ticks the box, so the person must check it themselves.",
                )
                continue
            corrected = _without_attribute(control.html, "checked")
            fix = None
            if corrected:
                fix = (
                    "Remove the `checked` attribute so the person must check the box "
                    f"themselves. The corrected control:\n{corrected}"
                )
            yield Hit(
                url=optin.url,
                selector=control.selector,
                evidence=_box_evidence(control),
                message=message,
                fix=fix,
                details={"ticked_by": "html"},
            )


def _answered_yes(optin: OptInForm, control: Control) -> Hit:
    """A yes/no list about texts that already shows its yes ("Text me updates: Yes"): the
    person who sends the form without touching it has said yes, as with a pre-ticked box."""
    return Hit(
        url=optin.url,
        selector=control.selector,
        evidence=_box_evidence(
            control, f'It shows "{excerpt(control.chosen, 40)}" before the person chooses.'
        ),
        message=f'The SMS consent answer already reads "{excerpt(control.chosen, 40)}" when '
        f'the page loads: "{excerpt(control.label, 120)}".',
        details={"html": control.html, "ticked_by": "selected"},
        fix='Start the list on an empty "Choose…" prompt (or on "No"): remove the `selected` '
        "attribute and any script that picks the yes answer, so the person must choose it "
        "themselves, or use an unchecked checkbox instead.",
    )


def _ticked_on_typing(optin: OptInForm, control: Control, kind: str) -> Hit:
    """A box that a page script ticks once a phone number is typed: the person never ticks
    it, so it is pre-selected, but "when the page loads" would send the owner to look for a
    `checked` attribute that is not there."""
    return Hit(
        url=optin.url,
        selector=control.selector,
        evidence=_box_evidence(
            control,
            "is checked by a script as soon as a phone number is typed; it starts unchecked.",
        ),
        message=f"The SMS consent {kind} ticks itself when a phone number is typed: "
        f'"{excerpt(control.label, 120)}".',
        details={"html": control.html, "ticked_by": "typing"},
        fix="Remove the script that ticks the box when the phone field is filled, so the "
        "person must check it themselves.",
    )


def _box_evidence(control: Control, said: str = "") -> str:
    """The box's markup and the words a person reads beside it: the evidence shows which
    consent the finding is about without opening the page."""
    label = f" — “{excerpt(control.label, 200)}”" if control.label else ""
    return f"{control.html}{label}" + (f" {said}" if said else "")


def _attribute(name: str) -> re.Pattern[str]:
    return re.compile(
        rf"""\s{name}(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?(?=[\s/>])""", re.IGNORECASE
    )


_CHECKED_ATTR = _attribute("checked")
_INPUT_TAG = re.compile(r"<input\b[^>]*>", re.IGNORECASE)
# a toggle drawn without an <input> (a <button aria-pressed>, a role=switch) that is on as
# rendered: its state is an ARIA attribute, which the page or its script set
_ARIA_ON = re.compile(r"""\saria-(?:pressed|checked)\s*=\s*["']?true""", re.IGNORECASE)


def _ticked_by_script(optin: OptInForm, html: str) -> bool:
    """A rendered box that is checked although its markup has no `checked` attribute: a page
    script (or a page builder's widget) ticked it after loading. Only said when the whole
    <input> is in the evidence, so a trimmed snippet is never taken for an unchecked one."""
    inputs = _INPUT_TAG.findall(html or "")
    return bool(
        optin.page.rendered
        and inputs
        and not html.endswith("…")
        and not any(_CHECKED_ATTR.search(tag) for tag in inputs)
    )


def _without_attribute(html: str, *names: str) -> str | None:
    """The control's markup with attributes of its <input> taken out, ready to paste (None
    when the markup was trimmed or has none of them)."""
    if not html or html.endswith("…"):
        return None
    corrected = html
    for name in names:
        pattern = _attribute(name)
        corrected = _INPUT_TAG.sub(lambda m, p=pattern: p.sub("", m.group(0)), corrected)
    return corrected if corrected != html else None


def _email_field(control: Control) -> bool:
    if control.tag != "input" or control.type in ("checkbox", "radio", "submit", "button"):
        return False
    return control.type == "email" or "email" in name_words(
        f"{control.name} {control.id} {control.label}"
    )


_ALERTS = re.compile(r"\balerts?\b", re.IGNORECASE)


def _signs_up_for_alerts(optin: OptInForm) -> bool:
    """ "Opt in to lead alerts", a phone field labelled "Mobile number for alerts": the form
    signs up for the texts themselves (the email is a contact detail), so the number it
    requires is the one the sign-up is for."""
    optin_words = vocabulary("optin")
    said = [f"{c.label} {c.placeholder}" for c in optin.phone_fields] + [submit_label(optin.form)]
    return any(
        _ALERTS.search(text) or "sms_channel" in optin_words.labels_in(text) for text in said
    )


def _phone_required_for_optional_texts(optin: OptInForm) -> Control | None:
    """A subscribe form that joins an email list, with one optional "Also text me" box, whose
    phone field is required: whoever wants only the emails must still give the number the texts
    go to. The phone serves only the texts there (an email list needs none), unlike a quote,
    lead or contact form ("Get my free review", "Send"), which may need a number to call back,
    or a texting sign-up whose boxes pick among text programs.

    The form joins an email list only when its email field is required or its words offer
    emails ("our newsletter"): a sign-up whose email is marked optional ("Cell phone*",
    "Email (optional)", "[ ] Want harvest texts?", "Sign me up" under the heading "Harvest
    texts") is the text sign-up itself, the email a spare contact detail, and the number it
    requires is the one the sign-up is for."""
    boxes = optin.consent_controls
    if len(boxes) != 1 or boxes[0].must_be_ticked:
        return None
    if not subscribes(optin.form) or _signs_up_for_alerts(optin):
        return None
    form = optin.form
    emails = [c for c in form.controls if _email_field(c) and (c.visible or not form.visible)]
    if not emails:
        return None
    if not any(marked_required(c, form) for c in emails) and (
        offers_emails(form, [c.label for c in boxes if c.label]) is None
    ):
        return None
    return next((phone for phone in optin.phone_fields if marked_required(phone, form)), None)


def _texts_required_for_email_list(optin: OptInForm) -> tuple[Control, str] | None:
    """A form that joins a club or a members' list ("Join the Club": a birthday treat by email,
    weekly deals) or offers emails ("Sign up for our newsletter"), whose email field is
    required, and whose SMS box is required too: whoever wants only the membership or the
    emails must agree to texts to get them. Returns the box and the words that offer the rest.

    A required email field alone joins nothing: it is a contact detail, as on an enrolment in
    text alerts ("Your email address", "[x] Enroll me in the SMS temperature alerts", "Email
    my enrollment request"). A club form whose button only subscribes ("Opt in", "Sign me up",
    "Text me") or whose phone field speaks of texts or alerts signs up for the texts themselves;
    a form that offers emails in words of its own ("our newsletter", "email me offers", a box
    for emails) joins an email list whatever its button says."""
    form = optin.form
    if not any(
        _email_field(c) and (c.visible or not form.visible) and marked_required(c, form)
        for c in form.controls
    ):
        return None
    box = next((c for c in optin.consent_controls if forced_consent(c, optin.form.controls)), None)
    if box is None:
        return None
    own = [c.label for c in optin.consent_controls if c.label]
    offer = offers_emails(form, own)
    if offer is None and not (subscribes(form) or _signs_up_for_alerts(optin)):
        offer = offers_membership(form, own)
    return (box, offer) if offer is not None else None


def _required_in_quote(ctx: AnalysisContext) -> Iterator[Hit]:
    """No form on the site, but a page quotes the box people tick in an app and says it must be
    ticked ("This checkbox is required to create an account", "users cannot proceed without
    providing consent"): the site's own words make texts a condition of the account. Where
    the page says what the box gates (an account, registration, the app, the service) that is
    the finding; a box said to be required with nothing more it gates may be a sign-up for the
    texts themselves, for review. Another page calling the consent optional does not undo the
    statement: a reviewer reads both, so the finding names both."""
    quoted = ctx.inputs.documented_consents
    if not quoted:
        raise NotApplicable("no optin_forms")
    optional = stated_optional(ctx.snapshot.pages)
    for consent in quoted:
        if consent.required:
            contrary = (
                f' Another page says otherwise ({optional[0]}: "{excerpt(optional[1], 150)}"): '
                "make the pages agree."
                if optional is not None
                else ""
            )
            yield Hit(
                url=consent.url,
                evidence=f"{consent.quote[:250]} — {consent.required[:150]}",
                review=not consent.gates_more,
                message="This page quotes the consent box people tick outside the website "
                "and says it is required, so nobody can sign up without agreeing to texts."
                + contrary,
                fix="Make the SMS box optional in the app (sign-up must go through without "
                "it) and say so on this page.",
            )


def _stated_required(optin: OptInForm) -> Hit | None:
    """A form whose page says its consent box must be ticked before the form can be sent
    ("The form cannot be submitted until the captain checks it"), on a form that does more
    than sign up for texts (its fields say so, or its page: "the captain setup form, where
    captains register a vessel"). Read only where no control already says it: a required or
    script-refused box is judged by the control itself."""
    boxes = [c for c in optin.form.controls if c.type == "checkbox"]
    if not boxes or any(c.must_be_ticked or c.refused_either_way for c in boxes):
        return None
    sentences = form_sentences(optin.form)
    required = stated_must_be_ticked(sentences)
    if required is None:
        return None
    purpose = "" if optin.multi_purpose else states_other_purpose(sentences)
    if purpose is None:
        return None  # an SMS-only sign-up may require its own consent box
    box = optin.consent_controls[0] if optin.consent_controls else boxes[0]
    return Hit(
        url=optin.url,
        selector=box.selector,
        evidence=f"{required}" + (f" — {purpose}" if purpose else ""),
        details={"html": box.html},
        message="The page says the SMS consent box must be checked before the form can be "
        "submitted, on a form that does more than sign up for texts: nobody can complete it "
        "without agreeing to texts.",
    )


@check(
    "optin.consent_required",
    severity=Severity.ERROR,
    ref="2131 / 803",
    title="SMS consent is optional on a multi-purpose form",
    message="The form cannot be sent without agreeing to texts.",
    why="Texts must not be a condition of getting a quote, booking or contacting the business: "
    "on a form that does more than sign up for texts, the SMS box must be optional.",
    fix="Remove `required` from the SMS consent checkbox (and any script that blocks the "
    "submission while it is unchecked); keep a separate box for other agreements.",
    needs=("snapshot",),
    needs_rendering=True,
)
@says_where_found
def consent_required(ctx: AnalysisContext) -> Iterator[Hit]:
    if not ctx.inputs.optin_forms:
        yield from _required_in_quote(ctx)
        return
    for optin in ctx.inputs.optin_forms:
        said = _stated_required(optin)
        if said is not None:
            yield said
            continue
        if not optin.multi_purpose:
            phone = _phone_required_for_optional_texts(optin)
            if phone is not None:
                yield Hit(
                    url=optin.url,
                    selector=phone.selector,
                    evidence=f"{phone.html} — {_box_evidence(optin.consent_controls[0])}"[:400],
                    fix="Make the phone field optional (required only when the SMS box is "
                    "ticked), so the email sign-up goes through without a mobile number.",
                    message="The SMS box is optional but the phone field is required, so "
                    "nobody can join the email list without giving the number the texts go "
                    "to.",
                )
            joined = _texts_required_for_email_list(optin)
            if joined is not None:
                box, offer = joined
                yield Hit(
                    url=optin.url,
                    selector=box.selector,
                    evidence=_box_evidence(box, f'The form offers: "{excerpt(offer, 120)}".'),
                    details={"html": box.html},
                    message="The form also joins an email list or a club (its email field is "
                    "required and its words offer it), but its SMS consent box is required "
                    "too, so nobody can get the emails without agreeing to texts.",
                )
            continue
        service = service_by_text(optin.form)
        for control in optin.consent_controls:
            forced = forced_consent(control, optin.form.controls)
            if forced and service:
                yield Hit(
                    url=optin.url,
                    selector=control.selector,
                    review=True,
                    evidence=_box_evidence(control, f'The page says: "{service}".'),
                    details={"html": control.html},
                    message="The SMS box is required, but the page says the form's service is "
                    f'a text ("{excerpt(service, 100)}"). Reviewers accept a required box only '
                    "where the service cannot be given without texts (a waitlist that pages by "
                    "text); if a person could use it another way, make the box optional.",
                )
            elif forced:
                how = (
                    "is marked required"
                    if control.required
                    else "is enforced by a script that refuses to submit while it is unchecked"
                )
                corrected = _without_attribute(control.html, "required", "aria-required")
                fix = None
                if corrected:
                    fix = (
                        "Remove `required` from the SMS consent checkbox (and any script that "
                        "blocks the submission while it is unchecked); keep a separate box "
                        f"for other agreements. The corrected control:\n{corrected}"
                    )
                yield Hit(
                    url=optin.url,
                    selector=control.selector,
                    evidence=_box_evidence(control),
                    fix=fix,
                    details={"html": control.html},
                    message=f"The SMS consent checkbox {how}, so the form (which also "
                    f'does other things: "{optin.submit_label or "submit"}") cannot be '
                    "sent without agreeing to texts.",
                )
            elif control.refused_either_way:
                yield Hit(
                    url=optin.url,
                    selector=control.selector,
                    review=True,
                    evidence=_box_evidence(
                        control, "A script refused the form both with this box ticked and unticked."
                    ),
                    details={"html": control.html},
                    message="A script handles this form's submission and refused it both "
                    "with the SMS box ticked and unticked, without showing why, so prevet "
                    "could not tell whether the box is required. Fill in the form, leave "
                    "the SMS box unticked and submit: the request must go through.",
                )
        if optin.consent_controls and (said := _box_says_submitting_consents(optin)):
            phone = next((p for p in optin.phone_fields if marked_required(p, optin.form)), None)
            if phone is not None:
                yield Hit(
                    url=optin.url,
                    selector=phone.selector,
                    evidence=f"{phone.html} — {said}"[:400],
                    fix='Word the box as its own consent ("By checking this box, I agree ...") '
                    "and make the phone field optional, or required only when the box is "
                    "ticked.",
                    message="The SMS box's own words make submitting the form (with the phone "
                    "number it requires) the consent to texts, so nobody can use the form "
                    "without agreeing to texts, ticked or not.",
                )
        if not optin.consent_controls and _consent_by_submitting(optin):
            for phone in optin.phone_fields:
                if marked_required(phone, optin.form):
                    yield Hit(
                        url=optin.url,
                        selector=phone.selector,
                        evidence=f"{phone.html} — {_consent_by_submitting(optin)}"[:400],
                        fix="Make the phone field optional, or (better) add a separate, "
                        f"optional SMS consent checkbox:\n{checkbox_html(ctx, optin)}",
                        message="The phone field is required and submitting the form "
                        "counts as consent to texts, so nobody can use the form without "
                        "agreeing to texts.",
                    )
                    break
