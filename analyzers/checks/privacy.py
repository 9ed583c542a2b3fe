"""The privacy policy: found, really a policy, and holding the one promise reviewers read it for.

Reviewers (codes 805, 7100-7109) read the privacy policy for a single promise: mobile opt-in
data is not shared with third parties for marketing. They reject a site without a policy, a
"privacy policy" link that leads to a 404 page, a policy without the promise, and any exception
to it ("except with your consent", "with our partners"). Each finding quotes the sentence that
decided it and the heading it sits under.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analyzers.context import AnalysisContext
from analyzers.inputs.brand import BrandNames, title_names
from analyzers.policy.contact import business_contact
from analyzers.policy.layers import own_headings
from analyzers.policy.locate import COMMON_PATHS, DocumentLookup, PolicyDocument, no_menu_seen
from analyzers.policy.owner import declared_owner, owner_doubt, where_page_names_owner
from analyzers.policy.sharing import SharingAnalysis
from analyzers.reach import unread_root
from analyzers.registry import Hit, NotApplicable, Severity, check
from analyzers.text.vocabulary import PhraseMatch, vocabulary

MISSING_FIX = (
    "Publish a privacy policy at a stable URL (for example /privacy), link it as “Privacy "
    "Policy” next to the opt-in form and in the site footer, and include a paragraph saying "
    "that mobile information is not shared with third parties for marketing."
)
SMS_CLAUSE = (
    "SMS/Text messaging: {brand} will not sell, rent or share your mobile phone number, SMS "
    "opt-in data or consent with third parties or affiliates for marketing or promotional "
    "purposes. Text messaging originator opt-in data and consent are excluded from all other "
    "sharing described in this policy; we share them only with the service providers that "
    "deliver our text messages."
)
OPT_OUT = (
    "You can opt out of text messages from {brand} at any time by replying STOP to any message. "
    "Reply HELP for help, or contact us at {contact}."
)


def _brand(ctx: AnalysisContext) -> str:
    names: BrandNames | None = ctx.inputs.brand_names
    return names.primary if names else "[your business name]"


@check(
    "privacy.missing",
    severity=Severity.ERROR,
    ref="805 / 7100",
    title="The site has a privacy policy",
    message="No privacy policy page can be found from the site.",
    why="Reviewers open the privacy policy from the opt-in form or the footer; a campaign whose "
    "site has none is rejected (805 / 7100).",
    fix=MISSING_FIX,
    needs=("snapshot",),
)
def privacy_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    found: DocumentLookup | None = ctx.inputs.privacy_lookup
    if found is None:
        raise NotApplicable("no website was audited")
    if found.broken:
        return  # linked to something that is not a policy: privacy.not_a_policy says so
    unlinked = found.only_unlinked
    if found.document is not None and unlinked is None:
        return
    unread = found.unread_link_evidence()
    if unread:  # the link the crawl could not follow may lead to the policy
        yield Hit(
            url=unread[0],
            review=True,
            evidence=unread[1],
            message="The privacy policy is linked but its page could not be read; "
            "check that it opens and is a privacy policy.",
        )
        return
    if unlinked is not None:
        yield unlinked_hit(ctx, unlinked, "privacy policy", "Privacy Policy")
        return
    nowhere = found.nowhere_evidence()
    if nowhere:  # a template's slot, or a script link that opens nothing: no document
        yield Hit(url=nowhere[0], evidence=nowhere[1])
        return
    tried = ", ".join(COMMON_PATHS["privacy"][:3])
    yield Hit(
        url=ctx.snapshot.start_url,
        evidence=f"No link reads “Privacy Policy” on any page, at the opt-in form or in "
        f"the footer, and no privacy policy answers at the usual paths ({tried}, …).",
    )


def unlinked_hit(ctx: AnalysisContext, document: PolicyDocument, what: str, label: str) -> Hit:
    """The document exists but nothing on the site leads to it: not found *from the site*. It
    is still read for the other checks; the fix is the link, not a new document. When the
    only page the crawl read through links shows no menu or footer (`no_menu_seen`), the
    footer where the site would link it was never seen: a person checks it (review). So too
    when the crawl started below the site's root (the registered opt-in page) and never read
    the home page (`reach.unread_root`)."""
    unseen = no_menu_seen(ctx.snapshot)
    root = "" if unseen else unread_root(ctx.snapshot)
    doubt = (
        f" The only page of the site the crawl read by following links, {unseen}, shows no "
        "menu or footer (one injected by a script that did not load looks the same), so "
        "whether the site's footer links it could not be seen."
        if unseen
        else ""
    )
    if root:
        # started at the registered opt-in page, the crawl never read the home page a
        # reviewer also opens, whose footer is where sites link their policies
        doubt = (
            f" The crawl started below the site's home page and could not read {root}, so "
            "whether the home page's menu or footer links it could not be seen."
        )
    return Hit(
        url=document.url,
        evidence=f"A {what} answers at {document.where}, but no page of the site links to it "
        "(prevet reached it only by typing the usual addresses such as /privacy or /terms, not "
        f"by following the site's links); a reviewer following the site from "
        f"{ctx.snapshot.start_url} cannot reach it.{doubt}",
        review=bool(unseen or root),
        message=f"The {what} exists at {document.url} but no page of the site links to it, "
        "so a reviewer cannot find it from the site.",
        fix=f"Link it as “{label}” from the footer of every page and next to the opt-in form "
        f"(and give its URL in the campaign registration).",
        details={"unlinked": document.url, "found_by": document.found_by},
    )


@check(
    "privacy.not_a_policy",
    severity=Severity.ERROR,
    ref="7102",
    title="The privacy policy link leads to a privacy policy",
    message="The page linked as the privacy policy is not a privacy policy.",
    why="A reviewer who clicks “Privacy Policy” and lands on a 404 page, the home page or a "
    "one-line placeholder rejects the campaign as if there were no policy (7102).",
    fix="Point the “Privacy Policy” link (and the campaign's privacy URL) at the page that holds "
    "the full policy, and make that page answer with the policy itself.",
    needs=("snapshot",),
)
def privacy_not_a_policy(ctx: AnalysisContext) -> Iterator[Hit]:
    found: DocumentLookup | None = ctx.inputs.privacy_lookup
    if found is None:
        raise NotApplicable("no website was audited")
    for broken in found.broken:
        link = broken.candidate
        where = (
            "the campaign's privacy URL"
            if link.found_by == "campaign"
            else f"“{link.link_text}” on {link.source_url}"
        )
        yield Hit(
            url=link.url,
            evidence=f"{where} → {link.url}: {broken.reason}.",
            message=f"The page linked as the privacy policy is not a privacy policy: "
            f"{broken.reason}.",
            details={"found_by": link.found_by, "reason": broken.reason},
        )


@check(
    "privacy.no_sms_clause",
    severity=Severity.ERROR,
    ref="7103",
    title="The privacy policy promises not to share mobile opt-in data",
    message="The privacy policy has no statement that mobile / SMS opt-in data will not be "
    "shared with third parties.",
    why="Carriers require the privacy policy to say that mobile opt-in data and consent are not "
    "shared with third parties or affiliates for marketing; a general statement about "
    "“personal information” does not plainly cover phone numbers (7103).",
    fix=SMS_CLAUSE.format(brand="[your business name]"),
    needs=("privacy_policy",),
)
def privacy_no_sms_clause(ctx: AnalysisContext) -> Iterator[Hit]:
    """The promise is a statement that mobile / SMS opt-in data will not be SHARED. A promise
    only not to sell or rent the number is no such statement, whatever else the policy says:
    "We do not sell your mobile number." with "We may share your phone number with our
    partners for marketing." lacks the promise (this check) and makes the exception
    (privacy.sharing_exception), two defects. A real no-sharing promise with a carve-out
    ("We never share your number, except with your consent") has the promise, and fires
    only the exception. Nor is a promise that keeps the number only from the business's own
    affiliates ("We do not share your mobile number with our affiliates"): it says nothing of
    third parties (`narrow_promise`)."""
    policy: PolicyDocument = ctx.inputs.privacy_policy
    analysis: SharingAnalysis = ctx.inputs.privacy_sharing
    if analysis.attempted:
        return
    general = analysis.labelled("general_promise")
    general = [v for v in general if not v.sentence.lead_in] or general
    sale = analysis.labelled("sale_promise")
    narrow = analysis.labelled("narrow_promise")
    # the promise that falls short, the first kind found, and what it lacks
    short_of = [
        (
            sale,
            "The privacy policy promises only that the mobile number is not sold ({first}); "
            "selling is one way of sharing, and it never says the number and SMS opt-in data "
            "are not shared with third parties or affiliates for marketing.",
        ),
        (
            general,
            "The privacy policy says only that personal information is not shared ({first}); "
            "it never says the same of mobile numbers or SMS opt-in data.",
        ),
        (
            narrow,
            "The privacy policy keeps the mobile number only from the business's own "
            "affiliates ({first}); it never says the number and SMS opt-in data are not shared "
            "with third parties.",
        ),
    ]
    found = next(((v, m) for v, m in short_of if v), None)
    if found is not None:
        verdicts, template = found
        evidence = "; ".join(v.evidence for v in verdicts[:2])
        message = template.format(first=verdicts[0].evidence)
    else:
        evidence = (
            f"No sentence of the policy ({len(policy.sentences)} sentences) says that "
            "mobile numbers or SMS opt-in data are not shared."
        )
        message = None
    yield Hit(
        url=policy.url,
        evidence=evidence,
        message=message,
        fix=f"Add this paragraph to the policy: “{SMS_CLAUSE.format(brand=_brand(ctx))}”",
        details={
            "general_promises": [v.sentence.to_dict() for v in general],
            "sale_promises": [v.sentence.to_dict() for v in sale],
            "narrow_promises": [v.sentence.to_dict() for v in narrow],
        },
    )


@check(
    "privacy.sharing_exception",
    severity=Severity.ERROR,
    ref="7108 / 7109",
    title="The privacy policy makes no exception to the non-sharing promise",
    message="The privacy policy allows mobile opt-in data to be shared or sold.",
    why="Any exception to the promise (“except with your consent”, “with our marketing "
    "partners”, “we may sell”) lets the number reach a third party, and reviewers reject it "
    "(7108 / 7109); sharing with the service providers that deliver the messages is allowed.",
    fix="Remove the exception for mobile data, or say plainly that it does not apply to it.",
    needs=("privacy_policy",),
)
def privacy_sharing_exception(ctx: AnalysisContext) -> Iterator[Hit]:
    policy: PolicyDocument = ctx.inputs.privacy_policy
    analysis: SharingAnalysis = ctx.inputs.privacy_sharing
    clause = SMS_CLAUSE.format(brand=_brand(ctx))
    promise = analysis.promises[0] if analysis.purpose_bound else None
    for verdict in analysis.exceptions:
        general = verdict.clause.label == "general_exception"
        scope = ""
        if general and promise is not None:
            scope = (
                f"The policy's promise ({promise.evidence}) denies only sharing for marketing; "
                "this sharing is with partners on other terms, and the policy does not exclude "
                "mobile data from it."
            )
        elif general:
            scope = (
                "It speaks of personal information in general and the policy does not exclude "
                "mobile data from it. "
            )
        yield Hit(
            url=policy.url,
            evidence=verdict.evidence,
            message=f"The privacy policy makes an exception to the non-sharing promise: "
            f"{verdict.clause.reason}. {scope}".strip(),
            fix=(
                "Exclude mobile data from this sharing, or remove the exception. "
                f"For example add: “{clause}”"
            )
            if general
            else f"Remove the exception and state the promise without it: “{clause}”",
            details={"sentence": verdict.sentence.to_dict(), "label": verdict.clause.label},
        )


@check(
    "privacy.opt_out_missing",
    severity=Severity.WARNING,
    ref="Privacy policy opt-out instructions",
    title="The privacy policy says how to stop texts",
    message="The privacy policy does not say how to opt out of text messages (reply STOP).",
    why="Reviewers expect the policy that covers the mobile number to say how the subscriber "
    "stops the messages.",
    fix=OPT_OUT.format(brand="[your business name]", contact="[your support email]"),
    needs=("privacy_policy",),
)
def privacy_opt_out_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    policy: PolicyDocument = ctx.inputs.privacy_policy
    disclosure = vocabulary("disclosure")
    for sentence in policy.sentences:
        for match in disclosure.find(sentence.quoted):
            if match.label != "stop" or _only_a_right(sentence.quoted, match):
                continue
            if _stop_keyword(match.text) or _about_texts(sentence.quoted + " " + sentence.heading):
                return
    contact = business_contact(ctx.snapshot, ctx.campaign)
    yield Hit(
        url=policy.url,
        evidence="No sentence of the policy tells the subscriber to reply STOP or how "
        "else to stop text messages.",
        fix=f"Add: “{OPT_OUT.format(brand=_brand(ctx), contact=contact.text)}”",
    )


# the right to opt out named as a right, not as what to do: "users have the right to opt out"
_A_RIGHT_TO = re.compile(r"\brights?\s+(?:to\s+)?$", re.IGNORECASE)
# the way the sentence gives, when it gives one: a reply, a link, a call, an email, a setting
_A_WAY = re.compile(
    r"\b(?:reply|replying|respond|responding|click|clicking|tap|tapping|call|calling|email|"
    r"emailing|e-mail|write|writing|contact|contacting|visit|visiting|link|settings?|"
    r"keyword|by\s+\w+ing)\b",
    re.IGNORECASE,
)


def _only_a_right(sentence: str, match: PhraseMatch) -> bool:
    """Does the sentence only name the right to opt out ("they have the right to opt out of a
    text marketing list"), giving no way to do it? A reviewer looks for how the subscriber
    stops the texts: "you have the right to opt out by replying STOP" says how, and "you may
    opt out at any time" is an instruction; a right with no reply, link, call or email in its
    sentence is not."""
    if not _A_RIGHT_TO.search(sentence[: match.start_char] + " "):
        return False
    return not _A_WAY.search(sentence) and not _stop_keyword(sentence)


def _stop_keyword(instruction: str) -> bool:
    """ "Reply STOP", "text stop": the STOP keyword exists only for text messages, whereas "you
    may unsubscribe" needs the sentence to say it is about texts."""
    return bool({"stop", "stopall"} & set(re.findall(r"[a-z]+", instruction.lower())))


def _about_texts(text: str) -> bool:
    return bool(
        vocabulary("privacy").labels_in(text) & {"sms_scope", "mobile_data", "text_messages"}
    )


@check(
    "privacy.brand_missing",
    severity=Severity.WARNING,
    ref="Privacy policy should name the company",
    title="The privacy policy names the business",
    message="The privacy policy never names the business.",
    why="Reviewers match the policy to the registered brand; a template that never says whose "
    "policy it is looks copied and unowned.",
    fix="Name the business in the policy's opening sentence: “This Privacy Policy describes how "
    "[your business name] collects, uses and protects your information.”",
    needs=("privacy_policy",),
)
def privacy_brand_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    policy: PolicyDocument = ctx.inputs.privacy_policy
    names: BrandNames | None = ctx.inputs.brand_names
    if names is None:
        # the business's name is not known: only a page that names no one at all is judged
        bare = _names_no_one(policy)
        if bare is None:
            raise NotApplicable("the business name is not known")
        yield Hit(url=policy.url, evidence=bare)
        return
    if any(names.found_in(place) for place in (policy.body, *own_headings(policy.page))):
        return
    place = where_page_names_owner(policy.page, names)
    inferred = names.source == "inferred"
    owner = declared_owner(policy.body, names) if place is None and inferred else None
    if owner is not None:
        # "Jane Roe ("I," "me"), a sole proprietor, ...": the policy names whose it is, a
        # person or a legal name the brand prevet inferred from the site may be run under; a
        # person judges (a campaign's names, legal name included, settle it: then it fails)
        yield Hit(
            url=policy.url,
            review=True,
            evidence=f"The policy's text declares “{owner}” as its owner, and names none of "
            f"{', '.join(repr(n) for n in names.variants()[:3])}.",
            message=f"The privacy policy names “{owner}” as its owner, not {names.primary}; "
            f"check whether “{owner}” is the legal name {names.primary} is run under (then name "
            "the brand too) or a template's leftover.",
        )
        return
    if place is None:
        yield Hit(
            url=policy.url,
            evidence=f"None of {', '.join(repr(n) for n in names.variants()[:3])} appears in "
            "the policy's text, or anywhere on the policy page: not in its title, header, "
            "footer copyright or contact block (names in links to other sites not counted).",
            fix=f"Name the business in the policy's opening sentence: “This Privacy Policy "
            f"describes how {names.primary} collects, uses and protects your information.”",
        )
        return
    # the page names the business, but the text may declare someone else as "we"
    doubt = owner_doubt(policy.body, names, place)
    if doubt:
        yield Hit(
            url=policy.url,
            review=True,
            evidence=doubt.declared("The policy's text") + ".",
            message=f"The privacy policy says it is another business's policy; {doubt.to_check}.",
        )


# a word written with a capital inside a sentence: a name, or a word a policy capitalises
_INNER_CAPITAL = re.compile(r"(?<=[a-z0-9,;:)/] )[A-Z][\w'’&.-]*")
_SHOUTED = re.compile(r"^[A-Z0-9&/.-]+$")  # SMS, STOP, HELP, U.S.: keywords and acronyms


def _names_no_one(policy: PolicyDocument) -> str | None:
    """Why a policy page names no business at all, or None when it may name one.

    Without a campaign file and with no name the site states (analyzers/inputs/brand.py), the
    business's name is unknown, and a policy that names it cannot be told from one that does
    not; but a page can name no one at all. "Privacy Policy" over one paragraph ("No mobile
    information will be shared with third parties ...") on a page with no header, footer,
    logo or copyright line, whose title is only "Privacy Policy" and whose sentences hold no
    capitalised word but their first (and keywords such as STOP or SMS), is nobody's policy:
    a reviewer cannot tell whose it is. A page with a header or footer, a title naming more
    than the page, or a name-like word in its text may name the business: not judged."""
    page = policy.page
    if page.brand_candidates or page.nav_text.strip() or title_names(page.title):
        return None
    for sentence in policy.sentences:
        for word in _INNER_CAPITAL.findall(sentence.text):
            if not _SHOUTED.match(word.strip(".")):
                return None
    title = page.title.strip() or "(none)"
    return (
        f"The policy page names no business anywhere: its title is “{title}”, it has no "
        "header, footer, logo, copyright line or contact block, and its text names no one "
        "(the business's name could not be learned from the site either)."
    )
