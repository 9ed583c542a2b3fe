"""The disclosure at the point of collection: optin.disclosure_missing, disclosure_hidden,
disclosure_not_prominent, and one check per element (brand, message types, frequency, rates,
HELP, STOP, privacy and terms links, condition of purchase).

An element counts when the consent box's label or the text in or right next to the form states
it, shown or not; whether it is shown is optin.disclosure_hidden's question, so one hidden
disclosure is one finding, not seven. When a form has no disclosure at all, only
optin.disclosure_missing fires for it (its fix is the whole disclosure). A form that leaves the
disclosure to a page it links to ("Yes, text me!" and a link to the SMS terms) is judged where the
number is collected: optin.disclosure_hidden fires, and so does each element missing at the box.
Text shown only while the pointer is over something (a CSS tooltip on "(details)" in the box's
label) is hidden too: a person filling the form does not hover to read it, and a phone cannot;
the finding says what must be hovered. A sentence kept only in a `title` attribute (an "i"
icon's native tooltip) is not the page's text at all: its elements are missing at the box, and
optin.disclosure_hidden says where they are.
The privacy and terms links count at the box, or in a section of the form's own page titled as
the SMS program's terms ("SMS terms at a glance ... see our Terms and Privacy Policy") or whose
link sentence names it; a section that only speaks of texts is for a person to look at, and the
site's menu and footer never count. A site with no form whose page quotes the wording people
agree to elsewhere (an app's box, a script read aloud, a lead form's disclaimer:
analyzers/optin/documented.py) has that quote judged for frequency, rates, HELP and STOP as the
box's label: what it lacks is missing (for review only where the page quotes part of it). A
disclosure written only in the phone field's placeholder is stated but hidden (it vanishes
once a number is typed: analyzers/optin/placeholder.py).

optin.disclosure_not_prominent compares the disclosure with the form's own labels as rendered:
under 75% of their size (or under 10px), or contrast under 3:1, is fine print. Text of 14px or
more at 4.5:1 or better is never fine print, however large the labels are: it is a normal
reading size at WCAG's body-text contrast.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from analyzers.context import AnalysisContext, InputFailed
from analyzers.optin.fixes import brand_name, compliant_disclosure, message_types
from analyzers.optin.links import footer_link_under_form, policy_link, sms_section_link
from analyzers.optin.model import CORE_ELEMENTS, OptInForm
from analyzers.optin.nameless import names_no_one
from analyzers.optin.placeholder import in_placeholder
from analyzers.optin.reach import says_where_found
from analyzers.reach import url_key
from analyzers.registry import Hit, NotApplicable, Severity, check
from analyzers.text.excerpt import excerpt
from analyzers.text.urls import find_urls
from analyzers.text.vocabulary import vocabulary
from crawler.snapshot import Page, TextBlock
from crawler.urls import hash_route, normalize_url

_ELEMENT_LABELS = ("rates", "frequency", "help", "stop")
# fine print, against the form's own labels: smaller than 75% of them or than 10px, or fainter
# than 3:1 (WCAG's floor for large text); 13-16px text at 4.5:1 beside 16px labels is not
MIN_FONT_PX = 10.0
MIN_FONT_RATIO = 0.75
MIN_CONTRAST = 3.0
# ... and never below an absolute floor: text at a normal reading size (14px or more) with
# contrast of 4.5:1 or better (WCAG AA for body text) is not fine print, whatever size the
# labels are ("15px at 5.9:1 beside 21px labels at 2.9:1" is the readable text of that form)
READABLE_PX = 14.0
READABLE_CONTRAST = 4.5
# ... and where the form's own labels are themselves under 3:1 (a pale theme), a disclosure is
# faint only when it is also well under them (below 75% of their contrast); text both smaller
# than 80% of the labels and under 3.5:1 beside labels at 4.5:1 or better, though neither
# measure alone crosses its line ("11px #888 under 14px black labels"), is for a person to look at
NEAR_FONT_RATIO = 0.8
NEAR_CONTRAST = 3.5


def has_disclosure(optin: OptInForm) -> bool:
    return optin.disclosure.has("consent_statement") or any(
        optin.disclosure.has(label) for label in _ELEMENT_LABELS
    )


def disclosure_excerpt(optin: OptInForm, limit: int = 400) -> str:
    """What the person reads about texts: the consent label and the SMS sentences."""
    blocks = optin.disclosure.sms_blocks or optin.disclosure.blocks[:2]
    return excerpt(" ".join(b.text for b in blocks), limit)


_NAME_WORD = r"(?:[A-Z0-9][\w&'’.-]*|&|and|of)"
_SENDER = re.compile(rf"\b(?:from|by)\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,6}})")


def named_sender(optin: OptInForm) -> str | None:
    """The business a consent sentence says the texts come from ("... from Acme Dental LLC")."""
    for found in optin.disclosure.elements.get("consent_statement", []):
        match = _SENDER.search(found.sentence)
        if match and match.group(1).strip(" .&") and len(match.group(1)) > 2:
            return match.group(1).strip(" .")
    return None


def _forms_with_disclosure(ctx: AnalysisContext) -> list[OptInForm]:
    """The forms whose disclosure the element checks judge: the ones that state one, and the
    ones that leave it to a page they link to (what is not at the box is missing there)."""
    forms = [f for f in ctx.inputs.optin_forms if has_disclosure(f) or linked_disclosure(ctx, f)]
    if not forms:
        raise NotApplicable("no opt-in form has a disclosure (see optin.disclosure_missing)")
    return forms


def _selector(optin: OptInForm) -> str:
    control = optin.consent_control
    return control.selector if control is not None else optin.selector


@check(
    "optin.disclosure_missing",
    severity=Severity.ERROR,
    ref="Non-compliant consent language",
    title="The opt-in form shows an SMS disclosure",
    message="There is no SMS disclosure where the phone number is collected.",
    why="A person must read what they agree to (who texts, what, how often, cost, HELP/STOP) "
    "where they give their number.",
    fix="Place the full SMS disclosure next to the consent checkbox.",
    needs=("snapshot",),
)
@says_where_found
def disclosure_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    if not ctx.inputs.optin_forms:
        yield from _texted_inquiry_missing(ctx)
        return
    for optin in ctx.inputs.optin_forms:
        if not has_disclosure(optin) and not linked_disclosure(ctx, optin):
            yield Hit(
                url=optin.url,
                selector=optin.selector,
                evidence=optin.evidence(),
                review=optin.named_as_one_way,
                fix=f"Add this text next to the phone field, as the label of an unchecked "
                f"SMS consent checkbox:\n{compliant_disclosure(ctx, optin)}",
                message="The form asks for a phone number for texts but states no consent "
                "language: no agreement to receive texts, frequency, rates, HELP or STOP.",
            )


def _texted_inquiry_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    """No SMS opt-in form, but the site says it texts the numbers people send with an inquiry
    (analyzers/optin/texted_inquiry.py): the inquiry form is where the number for texts is
    given, and it says nothing of texts there."""
    texted = ctx.inputs.texted_inquiry_form
    if texted is None:
        raise NotApplicable("no optin_forms")
    yield Hit(
        url=texted.url,
        selector=texted.form.selector,
        evidence=f'{texted.statement_url}: "{texted.sentence[:300]}"',
        fix="Add this text next to the phone field, as the label of an unchecked SMS consent "
        f"checkbox:\n{compliant_disclosure(ctx)}",
        message="This inquiry form asks for a phone number that the site says it texts "
        f"({texted.statement_url}), but states no consent language where the number is "
        "given: no agreement to receive texts, frequency, rates, HELP or STOP.",
    )


def _missing(ctx: AnalysisContext, label: str, what: str, sentence: str) -> Iterator[Hit]:
    if not ctx.inputs.optin_forms:
        yield from _missing_in_quote(ctx, label, what, sentence)
        return
    for optin in _forms_with_disclosure(ctx):
        if optin.disclosure.has(label):
            continue
        yield Hit(
            url=optin.url,
            selector=_selector(optin),
            evidence=disclosure_excerpt(optin),
            message=f"The disclosure next to the form does not state {what}.",
            fix=f'Add "{sentence}" to the consent text. The complete disclosure for '
            f"this form reads:\n{compliant_disclosure(ctx, optin)}",
        )


def _missing_in_quote(
    ctx: AnalysisContext, label: str, what: str, sentence: str, review_named: bool = False
) -> Iterator[Hit]:
    """No form on the site, but a page quotes the wording people agree to elsewhere (an app's
    box, a script read aloud, a lead form's disclaimer; see analyzers/optin/documented.py): the
    quote is judged as that box's label. What it lacks is missing; where the page quotes only
    part of it (an ellipsis), the rest may hold the element, for review. A quote that is the
    label of a web form's box ('check the box next to "I agree ..." on our contact form') on a
    page stating the element itself (SMS terms with frequency, rates, STOP, HELP) is not the
    whole of what the person reads: the form's fine print is unseen, and the program's terms
    state it; optin.form_missing asks a person to look at the real form."""
    quoted = ctx.inputs.documented_consents
    if not quoted:
        raise NotApplicable("no optin_forms")
    for consent in quoted:
        if consent.disclosure.has(label):
            continue
        if consent.labels_a_web_form and consent.page_states(label):
            continue
        named = review_named and not names_no_one([consent.quote])
        yield Hit(
            url=consent.url,
            evidence=consent.quote[:400],
            review=named or consent.partial,
            message=f"The consent wording this page quotes (agreed to outside the website, "
            f"where prevet cannot look) does not state {what}; reviewers read the quoted "
            "text as the point of consent."
            + (" The page quotes only part of it: check the full text." if consent.partial else ""),
            fix=f'Add "{sentence}" to the consent wording where people agree and to the quote '
            "on this page.",
        )


@check(
    "optin.brand_missing",
    severity=Severity.ERROR,
    ref="2113",
    title="The disclosure names the brand",
    message="The disclosure does not name the business that will send the texts.",
    why="People must know who will text them; the program name must match the registered brand.",
    fix='Name the business in the consent text: "... text messages from <brand> ...".',
    needs=("snapshot",),
)
@says_where_found
def brand_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    if not ctx.inputs.optin_forms:
        if not ctx.inputs.documented_consents:
            raise NotApplicable("no optin_forms")
        brand = ctx.inputs.brand_names
        name = brand.primary if brand is not None else "<your business name>"
        # with the business name unknown or only guessed from the site (no campaign file), a
        # quote that names a sender ("texts from Next HB") may name the brand: for review
        yield from _missing_in_quote(
            ctx,
            "brand",
            f'who sends the texts ("{name}")',
            f"... text messages from {name} ...",
            review_named=brand is None or brand.source != "campaign",
        )
        return
    brand = ctx.inputs.brand_names
    for optin in _forms_with_disclosure(ctx):
        if brand is None and names_no_one([b.text for b in optin.disclosure.blocks]):
            yield Hit(
                url=optin.url,
                selector=_selector(optin),
                evidence=disclosure_excerpt(optin),
                message="The disclosure names no business at all: nothing in it could be the "
                "name of the sender.",
                fix='Name the business in the consent sentence: "... text messages from '
                '<your business name> ...".',
            )
        elif brand is None:
            sender = named_sender(optin)
            said = f'names "{sender}" as the sender' if sender else "names no sender we can see"
            yield Hit(
                url=optin.url,
                selector=_selector(optin),
                review=True,
                evidence=disclosure_excerpt(optin),
                message=f"The business name could not be determined (give a campaign file); "
                f"the disclosure {said}. Check that it is the registered brand.",
            )
        elif (
            not optin.disclosure.has("brand")
            and brand.source != "campaign"
            and (sender := named_sender(optin))
        ):
            yield Hit(
                url=optin.url,
                selector=_selector(optin),
                review=True,
                evidence=disclosure_excerpt(optin),
                message=f'The disclosure names "{sender}" as the sender, while the site '
                f'seems to be "{brand.primary}" (inferred, no campaign file). Check that '
                "this is the registered brand name.",
            )
        elif not optin.disclosure.has("brand"):
            yield Hit(
                url=optin.url,
                selector=_selector(optin),
                evidence=disclosure_excerpt(optin),
                message=f'The disclosure never names "{brand.primary}", the business '
                "that will send the texts.",
                fix=f'Name the sender in the consent sentence: "... text messages from '
                f'{brand.primary} ...". The complete disclosure reads:\n'
                f"{compliant_disclosure(ctx, optin)}",
            )


@check(
    "optin.message_type_missing",
    severity=Severity.ERROR,
    ref="2114",
    title="The disclosure says what messages will be sent",
    message="The disclosure does not say what kind of messages will be sent.",
    why='Consent covers a described use; "text messages" alone does not tell the person what '
    "they are signing up for.",
    fix='Say what the texts are about, e.g. "appointment reminders and order updates".',
    needs=("optin_forms",),
)
@says_where_found
def message_type_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _missing(
        ctx,
        "message_types",
        "what kind of messages will be sent",
        f"I agree to receive {message_types(None)} text messages from {brand_name(ctx)}",
    )


@check(
    "optin.frequency_missing",
    severity=Severity.ERROR,
    ref="2115",
    title="The disclosure states message frequency",
    message="The disclosure does not state how often messages are sent.",
    why='Reviewers require the message frequency ("Msg frequency varies" or "up to 4 '
    'msgs/month") at the point of opt-in.',
    fix='Add "Message frequency varies." (or the real number, e.g. "Up to 4 msgs/month.").',
    needs=("snapshot",),
)
@says_where_found
def frequency_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _missing(ctx, "frequency", "the message frequency", "Message frequency varies.")


@check(
    "optin.rates_missing",
    severity=Severity.ERROR,
    ref="2116",
    title='The disclosure says "Msg & data rates may apply"',
    message="The disclosure does not say that message and data rates may apply.",
    why="People must be told texts can cost them; reviewers look for this exact notice.",
    fix='Add "Msg & data rates may apply."',
    needs=("snapshot",),
)
@says_where_found
def rates_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _missing(
        ctx, "rates", "that message and data rates may apply", "Msg & data rates may apply."
    )


@check(
    "optin.help_missing",
    severity=Severity.ERROR,
    ref="2117",
    title="The disclosure gives the HELP keyword",
    message="The disclosure does not tell people to reply HELP for help.",
    why="Reviewers require the HELP instruction at the point of opt-in.",
    fix='Add "Reply HELP for help."',
    needs=("snapshot",),
)
@says_where_found
def help_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _missing(ctx, "help", "the HELP instruction", "Reply HELP for help.")


@check(
    "optin.stop_missing",
    severity=Severity.ERROR,
    ref="2118",
    title="The disclosure tells how to opt out (STOP)",
    message="The disclosure does not tell people how to stop the texts.",
    why="People must know how to opt out before they opt in; reviewers look for STOP.",
    fix='Add "Reply STOP to cancel."',
    needs=("snapshot",),
)
@says_where_found
def stop_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _missing(ctx, "stop", "how to opt out (reply STOP)", "Reply STOP to cancel.")


@check(
    "optin.condition_of_purchase",
    severity=Severity.INFO,
    ref="CTA best practice",
    title="The disclosure says consent is not a condition of purchase",
    message="The disclosure does not say that consent is not a condition of purchase.",
    why="Stating it shows the consent is freely given; many reviewers expect it.",
    fix='Add "Consent is not a condition of purchase."',
    needs=("optin_forms",),
)
@says_where_found
def condition_of_purchase(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _missing(
        ctx,
        "condition_of_purchase",
        "that consent is not a condition of purchase",
        "Consent is not a condition of purchase.",
    )


def _policy_check(ctx: AnalysisContext, kind: str, name: str, role: str) -> Iterator[Hit]:
    from analyzers.optin.fixes import policy_url

    if not ctx.inputs.optin_forms:
        if ctx.inputs.documented_consents:
            yield from _quote_names_no_policy(ctx, kind, name, policy_url(ctx, role, f"/{kind}"))
            return
        yield from _texted_inquiry_policy(ctx, kind, name, policy_url(ctx, role, f"/{kind}"))
        return
    for optin in ctx.inputs.optin_forms:
        if policy_link(optin.disclosure.links, optin.disclosure.text, kind):
            continue
        if footer_link_under_form(optin.page, optin.form, kind):
            continue  # the form is the page, and its footer links the policy right under it
        section = _own_section_link(ctx, optin, kind)
        if section is not None and section.labelled:
            continue  # the page's own SMS-terms section links it, where the number is given
        url = policy_url(ctx, role, f"/{kind}")
        if section is not None:
            yield Hit(
                url=optin.url,
                selector=_selector(optin),
                review=True,
                evidence=f"{section.heading}: {section.line}"[:400],
                message=f"The consent text does not link the {name}; this page links it "
                f'under "{section.heading}", a section that speaks of texts but is not '
                "titled as the SMS terms. Check that a person sees the link where they give "
                "the number.",
                fix=f'Link the {name} in the consent text: <a href="{url}">{name}</a>.',
            )
            continue
        mentioned = name.split()[0].lower() in optin.disclosure.text.lower()
        yield Hit(
            url=optin.url,
            selector=_selector(optin),
            review=optin.named_as_one_way,
            evidence=disclosure_excerpt(optin),
            message=f"The consent text {'names' if mentioned else 'does not link to'} the "
            f"{name}{' but does not link to it' if mentioned else ''}.",
            fix=f'Link the {name} in the consent text: <a href="{url}">{name}</a>.',
        )


def _own_section_link(ctx: AnalysisContext, optin: OptInForm, kind: str):
    """The page's SMS-terms section link, unless its line is another opt-in form's own consent
    on the page: three shops' forms in one accordion, only two linking the terms, leave the
    third without them (m32b pitstop, blind round 32)."""
    section = sms_section_link(optin.page, kind)
    if section is None:
        return None
    line = " ".join(section.line.split())
    for other in ctx.inputs.optin_forms:
        if (
            other is not optin
            and other.page is optin.page
            and line
            and line in " ".join(other.disclosure.text.split())
            and line not in " ".join(optin.disclosure.text.split())
        ):
            return None
    return section


# the page says the consent is given by voice, in person or on paper, where no link can sit:
# "consent is obtained verbally", "ask the office to add you", "ask to be added", "sign the
# paper form"
_SPOKEN_OR_PAPER = re.compile(
    r"\b(?:verbal(?:ly)?|spoken|out loud|in[\s-]person|over the phone|by phone|on (?:a|the) "
    r"(?:phone )?call|paper (?:form|sign[\s-]?up)|sign[\s-]?up sheet|at the (?:front )?desk|"
    r"(?:ask|tell|asking|telling) (?:the|our) "
    r"(?:office|staff|front desk|manager|attendant|valet)|"
    r"ask(?:ing)? (?:us )?to be (?:added|enrolled)|"
    r"(?:office|staff|administrator|admin|manager) (?:will )?(?:adds?|enrolls?) "
    r"(?:you|them|employees))\b",
    re.IGNORECASE,
)
# the quote names the document, as a box's label names what it links
_NAMES_DOCUMENT = {
    "privacy": re.compile(r"\bprivacy\b", re.IGNORECASE),
    "terms": re.compile(r"\bterms\b|\bconditions\b", re.IGNORECASE),
}


def _addressed_beside(around: str, kind: str) -> bool:
    """The words drawn with the quoted box give the policy's address ("SMS terms and privacy:
    salsasystems.com.au/privacy#sms" over a lead form's box): the form names the document
    where the person consents, as a link would. A document named without an address ("we
    respect your privacy") gives none."""
    for url in find_urls(around):
        at = around.find(url)
        if at >= 0 and _NAMES_DOCUMENT[kind].search(around[max(0, at - 60) : at]):
            return True
    return False


# the page places a line at the quoted box: "Directly below the boxes: ...", "Under the
# checkbox we show ...", "Next to each box, ..."
_AT_THE_BOX = re.compile(
    r"\b(?:below|under|underneath|beneath|beside|next to|right after)\s+"
    r"(?:the|each|both|this|these|that|those)?\s*(?:two\s+|consent\s+|sms\s+)?"
    r"(?:check)?box(?:es)?\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")


def _said_linked_at_the_box(page: Page, kind: str) -> bool:
    """The page quoting the box says what sits right by it, naming the document ("Directly
    below the boxes: 'See our SMS Terms and Privacy Policy.'") and links that document
    itself: the box's words are quoted as text, the line beside it is described, and a
    reviewer on this page reaches the policy from it (blind round 39, a print shop's opt-in
    page). Near misses: a sentence that places something else at the box ("Below the box is
    the Submit button.") and a page that names the document at the box but links it nowhere."""
    text = page.text[:50000]
    named = False
    for placed in _AT_THE_BOX.finditer(text):
        after = text[placed.end() : placed.end() + 120]
        end = _SENTENCE_END.search(after)
        if _NAMES_DOCUMENT[kind].search(after[: end.end() if end else len(after)]):
            named = True
            break
    return named and any(_NAMES_DOCUMENT[kind].search(link.text or "") for link in page.links)


def _keyword_program_in_its_own(ctx: AnalysisContext, consent, kind: str) -> bool:
    """The quote is a keyword program's wording ("By texting START to 1-877-555-0100, you agree
    to receive ...") standing in the very document it would link: the SMS section of the Terms
    (or of the Privacy Policy). Texting a keyword has no box beside which a link could sit; the
    document that states the program's wording is where a person reads those terms, so the
    wording need not link the page it is printed on. A quoted app box or web box is another
    matter: the person ticks it somewhere else, and the quote stands for what they see there."""
    if not any(m.label == "keyword_optin" for m in vocabulary("optin").find(consent.quote)):
        return False
    try:
        if kind == "privacy":
            policy = ctx.inputs.privacy_policy
            pages = [policy.page] if policy is not None else []
        else:
            pages = [document.page for document in ctx.inputs.terms_documents or []]
    except InputFailed:
        return False
    return any(_same_page(page, consent.page) for page in pages)


def _quote_names_no_policy(ctx: AnalysisContext, kind: str, name: str, url: str) -> Iterator[Hit]:
    """No form on the site, but a page quotes the consent wording people agree to elsewhere
    (a valet's script, an app's box: analyzers/optin/documented.py): the quote is the point of
    consent a reviewer reads. A quote that neither links nor names the policy ("By providing
    your phone number, you agree to receive texts from Acme. Msg & data rates may apply.
    Reply STOP to opt out.") gives the person no way to it. One that names it ("See our
    Privacy Policy") passes: quoted as text, it cannot carry the link the real box may have.
    A partial quote (an ellipsis) may hold it in what was left out: for review. So is a
    consent the page says is given by voice, in person or on paper (a script read on a call, a
    sign-up at the desk): reviewers differ on whether such a script must name the policy, and
    whether it is offered there is for a person to check. So is a box the page says sits on a
    named page of the site ("during registration at acme.com/app.html, players see the
    following checkbox:") that prevet read no form on: the real box may link the policy, its
    picture cannot. An app's box named by no address ("in the Acme app") still fails: no
    page of the site holds it."""
    for consent in ctx.inputs.documented_consents:
        if (
            policy_link(consent.disclosure.links, consent.quote, kind)
            or _NAMES_DOCUMENT[kind].search(consent.quote)
            or _addressed_beside(consent.around, kind)
            or _keyword_program_in_its_own(ctx, consent, kind)
            or _said_linked_at_the_box(consent.page, kind)
        ):
            continue
        spoken = bool(_SPOKEN_OR_PAPER.search(consent.page.text))
        address = consent.box_address
        yield Hit(
            url=consent.url,
            evidence=consent.quote[:400],
            review=consent.partial or spoken or bool(address),
            message=f"The consent wording this page quotes (agreed to outside the website) "
            f"neither links nor names the {name}; reviewers read the quoted text as the point "
            "of consent."
            + (" The page quotes only part of it: check the full text." if consent.partial else "")
            + (
                f" The page says people consent by voice, in person or on paper: check that the "
                f"{name} is offered to them there."
                if spoken and not consent.partial
                else ""
            )
            + (
                f" The page says the box itself is at {address}, where prevet read no form: "
                f"check that the box there links the {name}; a picture of it cannot."
                if address and not (spoken or consent.partial)
                else ""
            ),
            fix=f'Name and link the {name} in the consent wording: <a href="{url}">{name}</a>.',
        )


def _texted_inquiry_policy(ctx: AnalysisContext, kind: str, name: str, url: str) -> Iterator[Hit]:
    """The inquiry form whose numbers the site says it texts, judged for the policy link
    where the number is given (its own links and words)."""
    texted = ctx.inputs.texted_inquiry_form
    if texted is None:
        raise NotApplicable("no optin_forms")
    words = " ".join(block.text for block in texted.form.texts)
    if policy_link(texted.form.links, words, kind):
        return
    yield Hit(
        url=texted.url,
        selector=texted.form.selector,
        evidence=f'{texted.statement_url}: "{texted.sentence[:300]}"',
        message=f"This inquiry form takes a phone number the site says it texts "
        f"({texted.statement_url}) and does not link to the {name}.",
        fix=f'Link the {name} beside the SMS consent at this form: <a href="{url}">{name}</a>.',
    )


@check(
    "optin.privacy_link_missing",
    severity=Severity.ERROR,
    ref="2121",
    title="The consent text links the privacy policy",
    message="The opt-in form does not link to the privacy policy.",
    why="Reviewers check that the person can read the privacy policy where they give consent.",
    fix="Link the privacy policy in the consent text.",
    needs=("snapshot",),
)
@says_where_found
def privacy_link_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _policy_check(ctx, "privacy", "Privacy Policy", "privacy")


@check(
    "optin.terms_link_missing",
    severity=Severity.ERROR,
    ref="Opt-in workflow non compliant terms and conditions",
    title="The consent text links the terms and conditions",
    message="The opt-in form does not link to the terms and conditions.",
    why="Reviewers check that the SMS terms are one click away from the consent box.",
    fix="Link the terms and conditions (or SMS terms) in the consent text.",
    needs=("snapshot",),
)
@says_where_found
def terms_link_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _policy_check(ctx, "terms", "Terms & Conditions", "terms")


def linked_disclosure(ctx: AnalysisContext, optin: OptInForm) -> tuple[str, list[str]] | None:
    """Elements missing at the form but stated on a page it links to (the SMS terms hold them):
    (the link, the elements found there). None when the form itself states any of them (then the
    element checks say what is missing) or no linked page states two or more."""
    absent = [label for label in _ELEMENT_LABELS if not optin.disclosure.has(label)]
    if len(absent) < len(_ELEMENT_LABELS) or ctx.snapshot is None:
        return None
    for link in optin.disclosure.links:
        # a hash-routed app's "#/sms-terms" is a page of its own, an anchor is the page it is on
        href = link.href if hash_route(link.href) else link.href.split("#")[0]
        page = ctx.snapshot.page(href) or next(
            (p for p in ctx.snapshot.pages if normalize_url(p.url) == normalize_url(href)), None
        )
        if page is None or _same_page(page, optin.page):
            continue
        there = _disclosure_labels(page.text[:50000])
        moved = [label for label in absent if label in there]
        if len(moved) >= 2:
            return link.href, moved
    return None


def _same_page(page: Page, other: Page) -> bool:
    """An old address that redirects to the form's own page ("/sms-consent.html" now served at
    "/") is that page: what its body says far from the form is not a linked document."""
    if page is other:
        return True
    here, there = page.final_url or page.url, other.final_url or other.url
    return url_key(here) == url_key(there) and hash_route(here) == hash_route(there)


@lru_cache(maxsize=64)
def _disclosure_labels(text: str) -> frozenset[str]:
    return frozenset(vocabulary("disclosure").labels_in(text))


@check(
    "optin.disclosure_hidden",
    severity=Severity.ERROR,
    ref="Opt-in obscured within terms",
    title="The disclosure is visible where the number is collected",
    message="The SMS disclosure is not visible where the phone number is collected.",
    why="Consent language hidden by CSS, shown only on hover, folded into a closed section, or "
    'only in a linked document is not read before consenting; reviewers call it "opt-in '
    'obscured".',
    fix="Show the full disclosure, as plain visible text, next to the consent checkbox.",
    needs=("optin_forms",),
    needs_rendering=True,
)
@says_where_found
def disclosure_hidden(ctx: AnalysisContext) -> Iterator[Hit]:
    for optin in ctx.inputs.optin_forms:
        disclosure = optin.disclosure
        hidden = [
            label
            for label in (*_ELEMENT_LABELS, "consent_statement", "brand")
            if disclosure.has(label) and not disclosure.shown_has(label)
        ]
        if hidden:
            found = disclosure.first(hidden[0])
            block = found.block
            how = _how_hidden(block)
            names = ", ".join(
                h.replace("consent_statement", "the consent sentence") for h in hidden
            )
            if _step_not_reached(optin, block):
                yield Hit(
                    url=optin.url,
                    selector=block.selector or optin.selector,
                    review=True,
                    evidence=block.text[:400],
                    message=f"Part of the disclosure ({names}) was hidden when prevet read the "
                    "form, and so was the phone field: a later step or panel that prevet did "
                    "not open. Open it by hand and check that this text shows with the phone "
                    "field.",
                )
                continue
            yield Hit(
                url=optin.url,
                selector=block.selector or optin.selector,
                evidence=f"{block.text[:340]} — {how}"
                if block.shown_on_hover or block.shown_on_click or in_placeholder(block)
                else block.text[:400],
                message=f"Part of the disclosure ({names}) is {how}"
                + ("." if in_placeholder(block) else " where the number is collected."),
                fix="Make this text visible next to the checkbox (remove display:none, "
                "the collapsed section, the hover tooltip, the pop-up behind a link or the "
                "'read more' toggle; move it out of the phone field's placeholder):\n"
                f"{compliant_disclosure(ctx, optin)}",
            )
            continue
        tipped = _only_in_hover_title(optin)
        if tipped:
            tip, names = tipped
            yield Hit(
                url=optin.url,
                selector=tip.selector or optin.selector,
                evidence=f"{tip.text[:340]} — only in the title of '{tip.shown_on_hover}'",
                message=f"Part of the disclosure ({names}) is only in a tooltip, the title of "
                f"'{tip.shown_on_hover}': shown while the pointer rests on it, never on a "
                "phone, and not stated where the number is collected.",
                fix="State this text visibly next to the checkbox, not in a tooltip:\n"
                f"{compliant_disclosure(ctx, optin)}",
            )
            continue
        linked = linked_disclosure(ctx, optin)
        if linked:
            href, moved = linked
            yield Hit(
                url=optin.url,
                selector=_selector(optin),
                evidence=f"{disclosure_excerpt(optin, 250)} — linked: {href}",
                message=f"The disclosure ({', '.join(moved)}) is only in a linked "
                "document, not stated next to the checkbox where the number is "
                "collected.",
                fix=f"State the disclosure next to the checkbox, not only in {href}:\n"
                f"{compliant_disclosure(ctx, optin)}",
            )


def _only_in_hover_title(optin: OptInForm) -> tuple[TextBlock, str] | None:
    """A tooltip (a `title` attribute in the form: an "i" icon's) that states elements the form
    does not: the page keeps them out of its text, so they are missing at the box (each element
    check says so) and hidden (this check: where they are)."""
    words = vocabulary("disclosure")
    for tip in optin.form.hover_titles:
        missing = [
            label
            for label in _ELEMENT_LABELS
            if label in words.labels_in(tip.text) and not optin.disclosure.has(label)
        ]
        if missing:
            return tip, ", ".join(missing)
    return None


def _how_hidden(block: TextBlock) -> str:
    """How a person misses the text: folded in a closed section, shown only while the pointer
    is over a "(details)" tooltip (a person filling the form never hovers to read it, and a
    phone cannot hover), only in the phone field's placeholder (gone once a number is typed),
    or hidden outright."""
    if in_placeholder(block):
        return "only in the phone field's placeholder, which disappears once a number is typed"
    if block.collapsed:
        return "folded in a closed section"
    if block.shown_on_hover:
        return f"shown only on hover over '{block.shown_on_hover}'"
    if block.shown_on_click:
        return f"shown only after clicking '{block.shown_on_click}'"
    return "hidden from view"


def _step_not_reached(optin: OptInForm, block: TextBlock) -> bool:
    """Was the hidden text hidden together with the phone field, in a form that is shown? Then
    prevet did not reach the step that collects the number (a "Continue" it could not pass),
    and whether the text shows on that step is for a person to see; text hidden while the phone
    field is shown, or folded in a closed section, is hidden where the number is collected."""
    return (
        optin.form.visible
        and not block.collapsed
        and block.where in ("inside", "label")
        and bool(optin.phone_fields)
        and not any(field.visible for field in optin.phone_fields)
    )


@check(
    "optin.disclosure_not_prominent",
    severity=Severity.WARNING,
    ref="Consent not sufficiently explicit",
    title="The disclosure is as readable as the form",
    message="The disclosure is much smaller or fainter than the form's own labels.",
    why="Fine print that is hard to read is not clear and conspicuous consent language. It is "
    "judged against the form's own field labels as rendered: a disclosure element stated only in "
    f"text under {MIN_FONT_RATIO:.0%} of the labels' size (or under {MIN_FONT_PX:g}px), or with "
    f"contrast below {MIN_CONTRAST:g}:1 (and well below the labels' own, on a pale form), is "
    f"fine print; text in the labels' own style is not, and neither is text of "
    f"{READABLE_PX:g}px or more at {READABLE_CONTRAST:g}:1 or better. Text both under "
    f"{NEAR_FONT_RATIO:.0%} of the labels' size and under {NEAR_CONTRAST:g}:1 beside labels at "
    f"{READABLE_CONTRAST:g}:1 is left to a person (needs review).",
    fix="Show the disclosure at the size and color of the form's labels (at least 12px, "
    "contrast 4.5:1).",
    needs=("optin_forms",),
    needs_rendering=True,
)
@says_where_found
def disclosure_not_prominent(ctx: AnalysisContext) -> Iterator[Hit]:
    measured = False
    for optin in ctx.inputs.optin_forms:
        size, contrast = label_style(optin)
        for label in (*CORE_ELEMENTS, "consent_statement"):
            found = [
                f
                for f in optin.disclosure.elements.get(label, [])
                if f.shown and (f.block.font_size is not None or f.block.contrast is not None)
            ]
            measured = measured or bool(found)
            # fine print only when every place that states this element is fine print
            if not found:
                continue
            block = found[0].block
            measures = (
                f"{_style(block.font_size, block.contrast)}; form labels: {_style(size, contrast)}"
            )
            if all(fine_print(f.block, size, contrast) for f in found):
                yield Hit(
                    url=optin.url,
                    selector=block.selector or optin.selector,
                    evidence=f"{block.text[:300]} — measured: {measures}",
                    message=f"The disclosure is fine print ({fine_print(block, size, contrast)}).",
                )
                break
            near = [near_fine_print(f.block, size, contrast) for f in found]
            if all(near):
                yield Hit(
                    url=optin.url,
                    selector=block.selector or optin.selector,
                    review=True,
                    evidence=f"{block.text[:300]} — measured: {measures}",
                    message=f"The disclosure is smaller and fainter than the form's labels "
                    f"({near[0]}), though neither measure alone makes it fine print. Look at "
                    "the form: the consent words must read as clearly as its fields.",
                )
                break
    if not measured:
        raise NotApplicable("the opt-in pages were not rendered in a browser (no font sizes)")


def label_style(optin: OptInForm) -> tuple[float | None, float | None]:
    """Font size and contrast of the form's own labels and short texts (the median), the
    yardstick for its disclosure; the form's typical text size when it has none."""
    sms = {id(b) for b in optin.disclosure.sms_blocks}
    labels = [
        b
        for b in optin.form.texts
        if b.where == "inside"
        and id(b) not in sms
        and len(b.text) <= 80
        and b.font_size is not None
        and b.visible
    ]
    sizes = sorted(b.font_size for b in labels if b.font_size is not None)
    contrasts = sorted(b.contrast for b in labels if b.contrast is not None)
    size = sizes[len(sizes) // 2] if sizes else optin.form.font_size
    return size, contrasts[len(contrasts) // 2] if contrasts else None


def fine_print(
    block: TextBlock, label_size: float | None, label_contrast: float | None = None
) -> str:
    """Why a block is fine print next to labels of label_size and label_contrast ("" when it
    is not). Text at a normal reading size and contrast (15px at 5.9:1) is not fine print even
    beside 21px headline-style labels: the floor is absolute, not only relative to the labels.
    Faint is fainter than the form's own text: on a pale form whose labels are at 2.9:1, a
    disclosure at 2.4:1 reads as the rest of the form does."""
    if (
        block.font_size is not None
        and block.font_size >= READABLE_PX
        and block.contrast is not None
        and block.contrast >= READABLE_CONTRAST
    ):
        return ""
    why = []
    if block.font_size is not None and (
        block.font_size < MIN_FONT_PX
        or (label_size is not None and block.font_size < MIN_FONT_RATIO * label_size)
    ):
        why.append(f"{block.font_size:g}px text next to {label_size or '?'}px labels")
    if (
        block.contrast is not None
        and block.contrast < MIN_CONTRAST
        and (
            label_contrast is None
            or label_contrast >= MIN_CONTRAST
            or block.contrast < MIN_FONT_RATIO * label_contrast
        )
    ):
        why.append(f"contrast {block.contrast:.1f}:1")
    return "; ".join(why)


def near_fine_print(
    block: TextBlock, label_size: float | None, label_contrast: float | None
) -> str:
    """Text both a little smaller (under 80% of the labels) and a little fainter (under 3.5:1)
    than labels at 4.5:1 or better, though neither measure crosses its line ("11px #888 under
    14px black labels"): reviewers and labellers split on such fine print, so a person looks."""
    if (
        block.font_size is None
        or block.contrast is None
        or label_size is None
        or label_contrast is None
        or fine_print(block, label_size, label_contrast)
        or not block.font_size < NEAR_FONT_RATIO * label_size
        or not block.contrast < NEAR_CONTRAST
        or label_contrast < READABLE_CONTRAST
    ):
        return ""
    return (
        f"{block.font_size:g}px text at contrast {block.contrast:.1f}:1 next to "
        f"{label_size:g}px labels at {label_contrast:.1f}:1"
    )


def _style(size: float | None, contrast: float | None) -> str:
    return (
        (f"{size:g}px" if size is not None else "size unknown")
        + ", "
        + (f"contrast {contrast:.1f}:1" if contrast is not None else "contrast unknown")
    )
