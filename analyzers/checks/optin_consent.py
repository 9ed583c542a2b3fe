"""What the SMS consent covers: optin.bundled_consent, optin.third_party_consent,
optin.marketing_not_separate.

Read in the consent itself: the SMS box's label, or (with no box) the sentence that says
submitting means agreeing to texts. A separate "I accept the Terms" or "Email me" box is not
bundling; "I agree to the Terms and to receive calls and texts" in one box is, and so is a box that
asks for another act in the same words ("Enter me in the raffle and sign me up for text
deals", "Create my account and text me updates"). A call the texts
are about ("texts about your scheduled call") is a topic, and one inside a program's capitalized
name ("Curtain Call texts") is a name, not a channel. The business's own name is no kind of
message ("Summitview Auto Sales may text me ..." names no sales). Where no opt-in form was
read at all (a hosted form that did not load), optin.marketing_not_separate reads the consent a
page outside the policies states ("by submitting this form you agree to receive ..."), and
optin.bundled_consent reads, for review, the consent box a page quotes from an app
(analyzers/optin/documented.py). Several consent boxes keep marketing apart only when no one
box names both kinds: "I consent to texts regarding: project updates / appointment reminders /
promotional offers" beside a required "I understand and agree to the following: rates, STOP,
HELP" box is still one consent to both.

The reading is done elsewhere, so these checks stay verdicts: where a consent's words are in
analyzers/optin/consent_words.py, what else it agrees to in analyzers/optin/bundling.py, and
which kinds of texts it covers in analyzers/optin/kinds.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from analyzers.context import AnalysisContext
from analyzers.optin.bundling import OTHER_TERMS, bundled_with
from analyzers.optin.consent_words import box_meaning_texts, consent_texts, site_consent_statements
from analyzers.optin.fixes import brand_name, compliant_disclosure
from analyzers.optin.kinds import (
    box_naming_both,
    consent_kinds,
    covered_types,
    disclaims_marketing,
    form_disclaims_marketing,
    lists_chosen_apart,
    open_kind_is_marketing,
    required_marketing_box,
    without_own_name,
)
from analyzers.optin.links import accepts_sms_sections
from analyzers.optin.model import OptInForm
from analyzers.optin.reach import says_where_found
from analyzers.registry import Hit, NotApplicable, Severity, check


@check(
    "optin.bundled_consent",
    severity=Severity.ERROR,
    ref="Marketing consent not separated / must not be bundled",
    title="SMS consent stands alone",
    message="SMS consent is bundled with consent to other things in one box or sentence.",
    why="Consent to texts must be its own choice; a box that also accepts calls, emails or the "
    "terms of service does not show the person agreed to texts.",
    fix="Give SMS consent its own unchecked checkbox; put calls, emails and terms acceptance in "
    "separate boxes.",
    needs=("snapshot",),
)
@says_where_found
def bundled_consent(ctx: AnalysisContext) -> Iterator[Hit]:
    if not ctx.inputs.optin_forms:
        yield from _bundled_in_quote(ctx)
        return
    for optin in ctx.inputs.optin_forms:
        for text, selector in box_meaning_texts(optin):
            others = bundled_with(text)
            if others == [OTHER_TERMS] and _accepts_the_programs_terms(optin, selector):
                continue
            if others:
                yield Hit(
                    url=optin.url,
                    selector=selector,
                    evidence=text[:400],
                    message=f"The SMS consent also covers {' and '.join(others)}.",
                    fix="Split this into separate checkboxes. The SMS one should read:\n"
                    f"{compliant_disclosure(ctx, optin)}",
                )


def _accepts_the_programs_terms(optin: OptInForm, selector: str) -> bool:
    """The box's own links take its "I agree to the Privacy Policy and Terms of Service" to
    the policies' text-program sections (links.accepts_sms_sections): the terms it accepts
    are the texts' own."""
    links = [
        link for c in optin.consent_controls if c.selector == selector for link in c.label_links
    ]
    return accepts_sms_sections(links)


def _bundled_in_quote(ctx: AnalysisContext) -> Iterator[Hit]:
    """No form on the site, but a page quotes the wording people agree to elsewhere: an app's
    box ("I agree to the Terms of Service, including receiving SMS messages ..."), a lead form's
    disclaimer ("you authorize Acme to send SMS text messages and phone calls"). The quote is
    that consent's wording: what it bundles is bundled (for review only where the page quotes
    part of it)."""
    quoted = ctx.inputs.documented_consents
    if not quoted:
        raise NotApplicable("no optin_forms")
    for consent in quoted:
        others = bundled_with(consent.quote)
        if others:
            yield Hit(
                url=consent.url,
                evidence=consent.quote[:400],
                review=consent.partial,
                message=f"The consent wording this page quotes (agreed to outside the "
                f"website) also covers {' and '.join(others)}.",
                fix="Give SMS consent its own unchecked box (or its own question in a script); "
                "accept the terms and other agreements separately, and update the quote on "
                "this page.",
            )


@check(
    "optin.third_party_consent",
    severity=Severity.ERROR,
    ref="Opt-in data shared with third parties",
    title="Consent covers only the brand's own texts",
    message="The consent covers texts from partners or third parties, or says the number may be "
    "shared.",
    why="Opt-in consent cannot be transferred: only the business the person agreed to may text "
    "them, and the number must not be shared or sold.",
    fix="Remove partners / third parties from the consent and state that mobile numbers are not "
    "shared with third parties.",
    needs=("optin_forms",),
)
@says_where_found
def third_party_consent(ctx: AnalysisContext) -> Iterator[Hit]:
    for optin in ctx.inputs.optin_forms:
        fix = (
            'Remove the partners / third parties from the consent and add: "Mobile '
            "information will not be shared with third parties or affiliates for marketing "
            'or promotional purposes." The consent should read:\n'
            f"{compliant_disclosure(ctx, optin)}"
        )
        for found in optin.disclosure.elements.get("third_party", []):
            yield Hit(
                url=optin.url,
                selector=found.block.selector or optin.selector,
                evidence=found.sentence[:400],
                fix=fix,
                message=f"The consent text speaks of others texting or receiving the "
                f'number: "{found.text}".',
            )
            break
        else:
            # "... Partners" ending a proper name the site does not show as its own: the business
            # under another name, or another company
            for found in optin.disclosure.elements.get("third_party_name", []):
                yield Hit(
                    url=optin.url,
                    selector=found.block.selector or optin.selector,
                    evidence=found.sentence[:400],
                    fix=fix,
                    review=True,
                    message=f'The consent text names a company ending in "{found.text}" '
                    "that is not a name the business is known by here. If it is the "
                    "business's own name (give the campaign file), this is fine; if it "
                    "is another company, the consent covers a third party.",
                )
                break


@check(
    "optin.marketing_not_separate",
    severity=Severity.WARNING,
    ref="Marketing consent not separated",
    title="Marketing texts have their own consent",
    message="Marketing texts and transactional texts share one consent.",
    why="Some reviewers require marketing consent apart from service messages, so that a person "
    "can get appointment or order texts without promotions.",
    fix="Use two unchecked boxes: one for service texts, one for marketing texts.",
    needs=("snapshot",),
)
@says_where_found
def marketing_not_separate(ctx: AnalysisContext) -> Iterator[Hit]:
    if not ctx.inputs.optin_forms:
        yield from _statement_not_separate(ctx)
        return
    for optin in ctx.inputs.optin_forms:
        terms = ""
        if lists_chosen_apart(optin):
            continue  # one list picked at a time
        if len(optin.consent_controls) > 1:
            # separate boxes, unless one box names both kinds itself
            both = box_naming_both(optin, ctx.inputs.brand_names)
            if both is None:
                both = required_marketing_box(optin, ctx.inputs.brand_names)
                terms = _REQUIRED_BOX
            if both is None:
                continue
            text, marketing, other = both
            selector = next(
                (
                    c.selector
                    for c in optin.consent_controls
                    if c.label and " ".join(c.label.split()) == text
                ),
                optin.selector,
            )
        else:
            text, marketing, other = covered_types(optin, ctx.inputs.brand_names)
            texts = consent_texts(optin)
            selector = texts[0][1] if texts else optin.selector
            if other and not marketing:
                marketing, terms = _open_kind_per_terms(ctx, optin, text, other)
            required = required_marketing_box(optin, ctx.inputs.brand_names)
            if not (marketing and other) and required is not None:
                # a required marketing box beside a consent-by-sending to other texts
                text, marketing, other = required
                terms = _REQUIRED_BOX
        if (
            marketing
            and other
            and not disclaims_marketing(text)
            and not (len(optin.consent_controls) <= 1 and form_disclaims_marketing(optin))
        ):
            yield Hit(
                url=optin.url,
                selector=selector,
                evidence=text[:400],  # the words that name both kinds
                message=f"One consent covers marketing ({', '.join(marketing[:3])}) and "
                f"service messages ({', '.join(other[:3])}).{terms}",
                fix='Offer two separate, unchecked boxes: "Service texts: I agree to '
                "receive " + ", ".join(other[:3]) + " from " + brand_name(ctx) + '..." '
                'and "Marketing texts: I agree to receive '
                + ", ".join(marketing[:3])
                + " from "
                + brand_name(ctx)
                + '...", each with the full disclosure.',
            )


# why a required marketing box and a consent by sending are one consent
_REQUIRED_BOX = (
    " The box naming marketing must be ticked to send the form, and sending it agrees to the "
    "other texts."
)


def _open_kind_per_terms(
    ctx: AnalysisContext, optin: OptInForm, consent: str, other: list[str]
) -> tuple[list[str], str]:
    """The consent's open kind ("future company updates") read with what the site's terms say
    the same text program sends (analyzers/optin/kinds.py, open_kind_is_marketing): ([the
    kind], a sentence for the message naming the terms), or ([], "")."""
    found = open_kind_is_marketing(consent, other, ctx.snapshot.pages, optin.page)
    if found is None:
        return [], ""
    kind, page, sentence = found
    return [kind], (
        f" The site's terms for the text program ({page.final_url or page.url}) say it "
        f'sends marketing: "{sentence[:200]}", so "{kind}" in the consent covers it.'
    )


def _statement_not_separate(ctx: AnalysisContext) -> Iterator[Hit]:
    """No opt-in form was read (a hosted form that did not load, a frame prevet could not
    open), but a page outside the policies states the consent its form or keyword gives: "by
    submitting this form you agree to receive account notices and marketing texts" is one
    consent to both kinds, whatever boxes the unseen form has."""
    judged = False
    for page, sentence in site_consent_statements(ctx.snapshot.pages):
        judged = True
        marketing, other = consent_kinds(without_own_name(sentence, ctx.inputs.brand_names))
        if marketing and other and not disclaims_marketing(sentence):
            yield Hit(
                url=page.final_url or page.url,
                evidence=sentence[:400],
                message=f"The consent stated on this page covers marketing "
                f"({', '.join(marketing[:3])}) and service messages "
                f"({', '.join(other[:3])}) in one agreement (no opt-in form was read here: "
                "the sentence itself says what submitting agrees to).",
            )
            return
    if not judged:
        raise NotApplicable("no opt-in form and no consent statement outside the policies")
