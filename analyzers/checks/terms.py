"""The terms and conditions (or separate SMS terms): the SMS program's disclosures.

Reviewers read the terms for a fixed list: the brand or program name, the kinds of messages,
the frequency, "message and data rates may apply", that carriers are not liable for delayed or
undelivered messages, HELP and a customer-care contact, STOP, and a link to the privacy policy.
Each missing element is its own finding, with the exact paragraph to add, filled in with the
business's name and contact. A separate "SMS terms" page counts as the terms; so does, when no
page holds SMS terms, a section headed as them on another page ("SMS Privacy Policy & Terms"
in the privacy policy, "Text Message Terms" under the sign-up form): the reviewer reads that
section as the terms, so its elements are judged there and the terms are not missing. A page
that sets out the program's terms under its own name ("SMS Consent", "SMS Policy", "Mobile
Terms") beside general terms that never speak of texts is read with them: an element found in
either counts (analyzers/policy/locate.py `sets_out_the_program`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analyzers.checks.privacy import unlinked_hit
from analyzers.context import AnalysisContext
from analyzers.inputs.brand import BrandNames
from analyzers.inputs.documents import campaign_field
from analyzers.policy.contact import business_contact
from analyzers.policy.layers import own_text
from analyzers.policy.locate import (
    COMMON_PATHS,
    DocumentLookup,
    PolicyDocument,
    consent_request,
    holds_section,
)
from analyzers.policy.terms_elements import (
    TermsReview,
    blank_name_slots,
    link_to_policy,
    paragraph,
    stated_program_name,
)
from analyzers.registry import Hit, NotApplicable, Severity, check

_WHAT = {
    "brand": "the business or program name",
    "message_type": "what kinds of messages are sent",
    "frequency": "the message frequency",
    "rates": "“Message and data rates may apply”",
    "carrier_liability": "that carriers are not liable for delayed or undelivered messages",
    "help": "the HELP keyword and a customer-care contact",
    "stop": "how to opt out (reply STOP)",
    "privacy_link": "a link to the privacy policy",
}

# The SMS program disclosures, one check each: (element, id, severity, ref, title, why).
ELEMENT_CHECKS = (
    (
        "brand",
        "terms.brand_missing",
        Severity.WARNING,
        "T&C brand name",
        "The terms name the business or program",
        "Reviewers match the terms to the registered brand; terms that never say whose program "
        "they cover could belong to anyone.",
    ),
    (
        "message_type",
        "terms.message_type_missing",
        Severity.ERROR,
        "Non-compliant Terms and Conditions: use case description",
        "The terms describe the kinds of messages",
        "The terms must tell the subscriber what they will receive (reminders, order updates, "
        "promotions) so that it matches the registered use case.",
    ),
    (
        "frequency",
        "terms.frequency_missing",
        Severity.ERROR,
        "Non-compliant Terms and Conditions: message frequency",
        "The terms give the message frequency",
        "Subscribers must know how often they will be texted (“Message frequency varies” or "
        "“up to 4 msgs/month”).",
    ),
    (
        "rates",
        "terms.rates_missing",
        Severity.ERROR,
        "T&C cost disclosure",
        "The terms say message and data rates may apply",
        "The cost disclosure “Message and data rates may apply” is required in the terms.",
    ),
    (
        "carrier_liability",
        "terms.carrier_liability_missing",
        Severity.ERROR,
        "Non-compliant Terms and Conditions: carrier liability",
        "The terms say carriers are not liable",
        "Carriers require the terms to say they are not liable for delayed or undelivered "
        "messages.",
    ),
    (
        "help",
        "terms.help_missing",
        Severity.ERROR,
        "Non-compliant Terms and Conditions: customer care info",
        "The terms give HELP and a customer-care contact",
        "Subscribers must be told to reply HELP and how to reach a person (email or phone).",
    ),
    (
        "stop",
        "terms.stop_missing",
        Severity.ERROR,
        "Non-compliant Terms and Conditions: opt-out instructions",
        "The terms say how to opt out",
        "The terms must tell the subscriber to reply STOP to cancel.",
    ),
    (
        "privacy_link",
        "terms.privacy_link_missing",
        Severity.ERROR,
        "Non-compliant Terms and Conditions: privacy policy",
        "The terms link to the privacy policy",
        "Reviewers expect the terms to point to the privacy policy that covers the mobile number.",
    ),
)


def _use_case(ctx: AnalysisContext) -> str | None:
    use_cases = campaign_field(ctx, "use_cases")
    if isinstance(use_cases, list | tuple) and use_cases:
        names = [str(u).lower() for u in use_cases]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return None


# a title that names the page a privacy policy document, not privacy as a topic: "SMS Terms &
# Privacy Policy", "Text Terms and Privacy Notice" (not "Texting Terms & Privacy")
_NAMES_POLICY_DOCUMENT = re.compile(r"\bprivacy\s+(?:policy|notice|statement)\b", re.IGNORECASE)


def _terms_page_is_the_policy(
    documents: list[PolicyDocument], policy: PolicyDocument | None
) -> bool:
    """Is a page the terms were read on itself the site's privacy policy? A combined page whose
    title or first heading names it the privacy policy ("SMS Terms & Privacy Policy"), and which
    the audit read as the privacy policy: the subscriber reading its terms is on the policy,
    there is nothing to link to. A page named "Texting Terms & Privacy" names privacy as a topic,
    not the document; it holds the policy only when its privacy section states what a policy
    states (`terms_elements._privacy_section`). Terms on a page other than the one read as the
    policy still need the link, and so do dedicated SMS terms of their own page read beside
    the policy (a "Terms and Conditions" page with the program, frequency, HELP and STOP, and
    a privacy policy that also speaks of texts): the subscriber reads the terms on that page,
    not on the policy."""
    if policy is None:
        return False
    if any(d.kind == "sms_terms" and d.page is not policy.page for d in documents):
        return False
    return any(
        d.page is policy.page
        and any(
            _NAMES_POLICY_DOCUMENT.search(t or "") for t in (d.page.title, *d.page.headings[:1])
        )
        for d in documents
    )


def _policy_section_beside(documents: list[PolicyDocument], policy: PolicyDocument | None) -> bool:
    """Are the terms and the privacy policy sections of one page, each under a heading of its
    own ("Privacy Policy", then "Terms of Service" on a one-page site: realworld, blind round
    32)? The subscriber reading the terms has the policy on the same page: there is nothing to
    link to. Terms on a page of their own still need the link."""
    return (
        policy is not None
        and holds_section("privacy", policy.page)
        and any(d.page is policy.page for d in documents)
    )


def _program_of_the_brand(ctx: AnalysisContext, names: BrandNames, program: str) -> str | None:
    """The page that gives the terms' program name as the brand's, else None: the brand with
    the program right after it, in brackets or after a separator ("I agree to receive texts
    from HaloTime (Landman Time Reminders)", "Acme · Acme Rewards Club"). The business
    names its program beside its name; terms that name that program name the business's
    program, as the catalog allows ("the business or program name")."""
    separator = r"\s*(?:\(|[·:|–—-])\s*"
    for page in ctx.snapshot.pages:
        text = own_text(page)
        for variant in names.variants():
            if re.search(
                rf"(?<![\w&]){re.escape(variant)}{separator}{re.escape(program)}(?![\w])", text
            ):
                return page.url
    return None


def _blank_name(review: TermsReview) -> Iterator[Hit]:
    """With no business name known to look for, the terms still show they name no one when
    the template's name field was left empty ("receive text messages from on your mobile
    device": `blank_name_slots`); else there is nothing to judge."""
    blanks = blank_name_slots(review.documents)
    if not blanks:
        raise NotApplicable("the business name is not known")
    quoted = "; ".join(f"“{b}”" for b in blanks[:3])
    yield Hit(
        url=review.documents[0].url,
        evidence=f"The terms leave the name of whoever sends the texts blank, where a "
        f"template's name field was never filled in: {quoted}.",
        message="The terms never say whose program they cover: the business's name is "
        "missing from their sentences.",
        fix="Fill in the business's name wherever the terms leave it blank (“receive text "
        "messages from [your business name] on your mobile device”).",
        details={"documents": [d.url for d in review.documents], "blank": blanks},
    )


def _element_hits(ctx: AnalysisContext, element: str) -> Iterator[Hit]:
    review: TermsReview = ctx.inputs.terms_review
    if element == "brand" and ctx.inputs.brand_names is None:
        yield from _blank_name(review)
        return
    doubt = review.doubts.get(element)
    if not review.missing(element) and not doubt:
        return
    names: BrandNames | None = ctx.inputs.brand_names
    policy: PolicyDocument | None = ctx.inputs.privacy_policy
    program = stated_program_name(review.documents) if element == "brand" else None
    if program and names and review.missing(element):
        if _program_of_the_brand(ctx, names, program[0]):
            return  # the terms name the program the site gives as the brand's
        doubt = (
            f"The terms name their program (“{program[1]}”) but not {names.primary}, and no "
            f"page gives “{program[0]}” as {names.primary}'s program; check that it is the "
            "registered brand's program, and name the business in the terms."
        )
    if element == "privacy_link" and link_to_policy(review.documents, policy) is not None:
        return  # linked by other words to the page read as the privacy policy
    if element == "privacy_link" and _terms_page_is_the_policy(review.documents, policy):
        return
    if element == "privacy_link" and _policy_section_beside(review.documents, policy):
        return
    text = paragraph(
        element,
        brand=names.primary if names else "[your business name]",
        contact=business_contact(ctx.snapshot, ctx.campaign),
        privacy_url=policy.url if policy else campaign_field(ctx, "privacy_url"),
        use_case=_use_case(ctx),
    )
    first = review.documents[0]
    read = ", ".join(d.where for d in review.documents)
    note = review.notes.get(element) or doubt
    evidence = note or f"Read {read}: no sentence gives {_WHAT[element]}."
    if element == "brand" and not note:
        # the page around the terms names its owner too (analyzers/policy/owner.py)
        evidence += (
            " Nor does the page: not its title, header logo, footer copyright or contact "
            "block (names in links to other sites not counted)."
        )
    message = note or f"The terms do not give {_WHAT[element]}."
    if review.stand_in and review.missing(element):
        # the page is an SMS opt-in policy and the site's terms may sit on pages not read
        evidence = f"{review.stand_in}. {evidence}"
        message = (
            f"The page read as the terms, an SMS opt-in policy or consent page, does not give "
            f"{_WHAT[element]}; "
            "check that the site's terms give it, or add it to this page if it is all the "
            "terms there are."
        )
    yield Hit(
        url=first.url,
        evidence=evidence,
        review=bool(doubt) or bool(review.stand_in),
        message=message,
        fix=f"Add to the SMS terms: “{text}”",
        details={"documents": [d.url for d in review.documents], "add": text},
    )


@check(
    "terms.missing",
    severity=Severity.ERROR,
    ref="Opt-in workflow non compliant terms and conditions",
    title="The site has terms and conditions for its SMS program",
    message="No terms and conditions page can be found.",
    why="Reviewers open the terms from the opt-in form to read the SMS program's disclosures; "
    "without them the opt-in workflow is non-compliant.",
    fix="Publish SMS terms (a “Terms and Conditions” or “SMS Terms” page) with the program "
    "name, message types, frequency, “Message and data rates may apply”, carrier liability, "
    "HELP, STOP and a link to the privacy policy; link it next to the opt-in form.",
    needs=("snapshot",),
)
def terms_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    found: DocumentLookup | None = ctx.inputs.terms_lookup
    if found is None:
        raise NotApplicable("no website was audited")
    unlinked = found.only_unlinked
    broken_links = found.broken
    if found.document is not None and unlinked is None:
        # terms found elsewhere; the link a reviewer follows from the opt-in page still counts,
        # unless another of its links leads to terms that were read (a broken "Terms of
        # Service" beside a working "SMS Terms" link leaves the terms reached)
        linked_from = {d.source_url for d in found.documents if d.source_url}
        broken_links = [
            b
            for b in found.broken
            if _at_the_optin(ctx, b.candidate.source_url)
            and _not_found(ctx, b.candidate.url)
            and b.candidate.source_url not in linked_from
        ]
        # so does a "Terms" link there that leads nowhere (a template's slot, a dead script
        # link): the site presents its terms as a document it never linked
        nowhere_links = [
            c
            for c in found.leads_nowhere
            if _at_the_optin(ctx, c.source_url) and c.source_url not in linked_from
        ]
        if not broken_links and not nowhere_links:
            return
    for broken in broken_links:
        link = broken.candidate
        where = (
            "the campaign's terms URL"
            if link.found_by == "campaign"
            else f"“{link.link_text}” on {link.source_url}"
        )
        yield Hit(
            url=link.url,
            evidence=f"{where} → {link.url}: {broken.reason}.",
            message=f"The page linked as the terms is not terms: {broken.reason}.",
        )
    if broken_links:
        return
    unread = found.unread_link_evidence()
    if unread:  # the link the crawl could not follow may lead to the terms
        yield Hit(
            url=unread[0],
            review=True,
            evidence=unread[1],
            message="The terms are linked but their page could not be read; check that "
            "it opens and holds the SMS terms.",
        )
        return
    if unlinked is not None:
        label = "SMS Terms" if unlinked.kind == "sms_terms" else "Terms and Conditions"
        what = "terms section" if unlinked.section else "terms page"
        yield unlinked_hit(ctx, unlinked, what, label)
        return
    nowhere = found.nowhere_evidence()
    if nowhere:  # a template's slot, or a script link that opens nothing: no document
        yield Hit(url=nowhere[0], evidence=nowhere[1])
        return
    tried = ", ".join(COMMON_PATHS["terms"][:3])
    yield Hit(
        url=ctx.snapshot.start_url,
        evidence=f"No link reads “Terms” or “SMS Terms” on any page, and no terms "
        f"answer at the usual paths ({tried}, …) or under an “SMS Terms” heading on any "
        f"page.{_consent_page_note(ctx)}",
    )


def _not_found(ctx: AnalysisContext, url: str) -> bool:
    """Does the page answer an HTTP error (a page that does not exist, not one that exists
    and reads as something other than terms)?"""
    page = ctx.snapshot.page(url)
    return page is not None and page.status >= 400


def _at_the_optin(ctx: AnalysisContext, url: str) -> bool:
    """Is this the page where people opt in (a page read as the opt-in page, or the page the
    audit starts from)? Its terms link is the one a reviewer follows from the form: a 404 there
    is missing terms, whatever other page of the site holds terms that nothing on the way to the
    form links (the privacy side: privacy.not_a_policy)."""
    if url in (ctx.snapshot.start_url, ctx.snapshot.start_url.rstrip("/")):
        return True
    page = ctx.snapshot.page(url)
    return page is not None and "optin" in page.roles


def _consent_page_note(ctx: AnalysisContext) -> str:
    """Why the site's SMS consent page, when it quotes the request for consent, was not read
    as the terms (analyzers/policy/locate.py `consent_request`)."""
    for page in ctx.snapshot.pages:
        if page.status < 400 and not page.error and (asked := consent_request(page)):
            return (
                f" {page.final_url or page.url} describes how consent is taken and quotes the "
                f"request (“{asked}”): it is the opt-in, not the program's terms."
            )
    return ""


def _register(
    element: str, check_id: str, severity: Severity, ref: str, title: str, why: str
) -> None:
    """Register one element's check: the same logic, its own id and text."""
    what = _WHAT[element]

    def run(ctx: AnalysisContext) -> Iterator[Hit]:
        yield from _element_hits(ctx, element)

    run.__name__ = f"terms_{element}"
    run.__doc__ = f"{check_id}: the terms give {what}."
    check(
        check_id,
        severity=severity,
        ref=ref,
        title=title,
        message=f"The terms do not give {what}.",
        why=why,
        fix=f"Add {what} to the SMS terms.",
        needs=("terms_documents",),
    )(run)


for _element in ELEMENT_CHECKS:
    _register(*_element)
