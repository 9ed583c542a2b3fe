"""The message flow: the call to action a person sees and the opt-in URL reviewers open.

campaign.cta_incomplete, campaign.optin_url_missing, campaign.optin_url_no_form,
campaign.cta_no_sharing_missing. A call to action missing disclosure elements, a web opt-in
without its URL, or a URL that leads to no form is a denial. Kept apart from the other
campaign.* modules so that each holds one topic.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from analyzers.campaign import fixes
from analyzers.campaign.language import other_language
from analyzers.campaign.model import Campaign
from analyzers.campaign.optin_methods import WEB, optin_methods
from analyzers.campaign.package import (
    brand_names,
    campaign_of,
    excerpt,
    field_hit,
    mentions_brand,
)
from analyzers.campaign.phrases import disclosure_labels, phrasebook, sentences
from analyzers.campaign.texted import what_is_texted
from analyzers.campaign.use_cases import classify
from analyzers.context import AnalysisContext
from analyzers.optin.plain_words import message_type_in
from analyzers.registry import Hit, NotApplicable, Severity, check
from analyzers.text.shorthand import spell_out
from analyzers.text.urls import find_urls, host_domain
from crawler.snapshot import Page
from crawler.urls import hash_route

CTA_INCOMPLETE = dict(
    ref="2132–2138 / 2141",
    title="The message flow shows a complete call to action",
    message="The message flow (call to action) is missing elements of the disclosure.",
    why="Reviewers check that the call to action a person sees names the brand, the kind of "
    'messages, frequency, "Msg & data rates may apply", HELP, STOP and the privacy/terms '
    "links.",
    fix="Describe where and how people opt in and quote the full disclosure they see.",
)

OPTIN_URL_MISSING = dict(
    ref="2120",
    title="A web opt-in gives its URL",
    message="The message flow describes a web opt-in but gives no opt-in URL.",
    why="Reviewers must open the opt-in form to verify consent; a web opt-in without its URL "
    "is denied (2120).",
    fix="Add the full URL of the opt-in page to the message flow (and as optin_url).",
)

OPTIN_URL_NO_FORM = dict(
    ref="2120 / 2125",
    title="The opt-in URL leads to an opt-in form",
    message="The opt-in URL given in the campaign does not lead to a form that collects a phone "
    "number.",
    why="Reviewers follow the opt-in URL of the message flow; if it does not show the form "
    "where people give their number and consent, the opt-in cannot be verified.",
    fix="Register the URL of the page that holds the phone number field and the SMS consent "
    "checkbox.",
)

CTA_NO_SHARING = dict(
    ref="CTA: no-sharing statement",
    title="The call to action promises the number is not shared",
    message="The message flow does not say that mobile numbers are not shared or sold.",
    why="A recommendation, not a requirement: some CSPs' lints look for the no-sharing promise "
    "beside the opt-in path, STOP, HELP, frequency and rates, so a subscriber sees at sign-up "
    "that their number and consent are not passed to third parties or affiliates for "
    "marketing. The catalog's call to action (campaign.cta_incomplete) does not require it; "
    "the promise reviewers require is the privacy policy's (privacy.no_sms_clause).",
    fix='Add to the disclosure in the message flow: "Mobile information will not be shared '
    'with third parties or affiliates for marketing or promotional purposes."',
)


_PRIVACY_TERMS = re.compile(r"privacy|terms|conditions|t\s*&\s*c", re.IGNORECASE)


_PRIVACY = re.compile(r"privacy", re.IGNORECASE)


_TERMS = re.compile(r"terms|conditions|t\s*&\s*c", re.IGNORECASE)


# the person picks which texts they get: "picks one list with a radio button", "the texts I
# selected above", "choose the alerts you want"
_PICKS_A_LIST = re.compile(
    r"\b(?:picks?|picked|chooses?|chose|chosen|selects?|selected|ticks?)\s+(?:one|a|the|which|"
    r"their|your|my|any)?\s*(?:[\w-]+\s+)?(?:lists?|programs?|texts?|messages?|alerts?)\b|"
    r"\b(?:lists?|texts?|messages?|alerts?)\s+(?:that\s+)?(?:i|you|they|he|she|we)\s+"
    r"(?:picked|chose|selected|ticked)\b",
    re.IGNORECASE,
)


def _names_kinds(text: str) -> bool:
    return (
        "message_types" in disclosure_labels(text)
        or bool(classify(text).labels)
        or any(
            message_type_in(spell_out(sentence)) or what_is_texted(sentence)
            for _, sentence in sentences(text)
        )
    )


def cta_missing_elements(campaign: Campaign, text: str) -> list[str]:
    """The disclosure elements a call to action lacks, in the order reviewers list them. The
    message flow quotes the form's disclosure, so its message types and frequency in plain
    words ("texts … about open shifts", "most families see a few a month") are read by the
    form's own rules (analyzers/optin/plain_words.py). Where the person picks which list they
    get ("picks one list with a radio button ... the texts I picked above"), the lists'
    contents are what the campaign description says they are."""
    found = disclosure_labels(text)
    missing = []
    if not mentions_brand(campaign, text):
        missing.append("the brand name")
    if not _names_kinds(text) and not (
        _PICKS_A_LIST.search(text) and _names_kinds(campaign.campaign.description)
    ):
        missing.append("the kind of messages")
    for label, words in (
        ("frequency", "message frequency"),
        ("rates", '"Msg & data rates may apply"'),
        ("help", "HELP"),
        ("stop", "STOP"),
    ):
        if label not in found:
            missing.append(words)
    # the flow tells people where both documents are: a reviewer asks for each (CHECKS.md's
    # "privacy/terms instructions"), and a flow that names only one leaves the other unsaid
    if not _PRIVACY.search(text):
        missing.append("the privacy policy")
    if not _TERMS.search(text):
        missing.append("the terms")
    return missing


def _listed(items: list[str]) -> str:
    """The elements a person must check, named as a sentence names them ("a, b and c")."""
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)


@check("campaign.cta_incomplete", severity=Severity.ERROR, needs=("campaign",), **CTA_INCOMPLETE)
def cta_incomplete(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    flow = campaign.campaign.message_flow
    if not flow or not flow.strip():
        yield field_hit(
            campaign,
            "campaign",
            "(no message_flow)",
            message="No message flow (call to action) is given.",
        )
        return
    missing = cta_missing_elements(campaign, flow)
    language = other_language(flow, brand_names(campaign).names)
    unread = [m for m in missing if language and m not in _read_in(language)]
    missing = [m for m in missing if m not in unread]
    fix = (
        "Say where and how people opt in, and quote the disclosure they "
        f'see, e.g.: "{fixes.cta_disclosure(campaign)}"'
    )
    not_read = (
        f"The message flow is in {language}: prevet reads {_listed(unread)} only in "
        "English, so a person must check that the flow states them"
    )
    if missing:
        yield field_hit(
            campaign,
            "campaign.message_flow",
            excerpt(flow, 240),
            message=f"The message flow lacks {', '.join(missing)}."
            + (f" {not_read}." if unread else ""),
            fix=fix,
            details={"missing": missing, "not_read": unread},
        )
    elif unread:
        yield field_hit(
            campaign,
            "campaign.message_flow",
            excerpt(flow, 240),
            message=f"{not_read} (campaign.non_english reports the language).",
            fix=fix,
            review=True,
            details={"language": language, "not_read": unread},
        )


# The elements a flow in another language is still judged on: the brand's name reads the same
# in any language, and the disclosure vocabulary reads the standard Spanish lines
# (analyzers/vocab/disclosure.yaml: "La frecuencia varía", "Pueden aplicarse tarifas de
# mensajes y datos", "Responda AYUDA", STOP); the kinds of messages and the policies' names are
# read in English only.
_READ_IN_ANY_LANGUAGE = frozenset({"the brand name"})
_READ_IN = {
    "Spanish": frozenset({"message frequency", '"Msg & data rates may apply"', "HELP", "STOP"}),
}


def _read_in(language: str) -> frozenset[str]:
    """The missing elements prevet can tell are missing from a flow written in `language`."""
    return _READ_IN_ANY_LANGUAGE | _READ_IN.get(language, frozenset())


@check(
    "campaign.optin_url_missing", severity=Severity.ERROR, needs=("campaign",), **OPTIN_URL_MISSING
)
def optin_url_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    flow = campaign.campaign.message_flow or ""
    methods = optin_methods(flow)
    if WEB not in methods:
        other = f" (opt-in {' and '.join(methods)})" if methods else ""
        raise NotApplicable(f"the message flow does not describe a web opt-in{other}")
    if optin_url(campaign) is not None:
        return
    web = phrasebook("campaign_text").first(methods[WEB], "web_optin")
    said = f' ("{web.text}")' if web else ""
    yield field_hit(
        campaign,
        "campaign.message_flow",
        excerpt(methods[WEB]),
        message=f"The message flow describes a web opt-in{said} but gives no URL for it.",
    )


def optin_url(campaign: Campaign) -> tuple[str, str] | None:
    """(field, URL) of the opt-in page: optin_url, else the first non-policy URL of the flow."""
    if campaign.campaign.optin_url and campaign.campaign.optin_url.strip():
        return "campaign.optin_url", campaign.campaign.optin_url.strip()
    for url in find_urls(campaign.campaign.message_flow or ""):
        if not _PRIVACY_TERMS.search(url):
            return "campaign.message_flow", url
    return None


@check(
    "campaign.optin_url_no_form",
    severity=Severity.ERROR,
    needs=("snapshot", "campaign"),
    **OPTIN_URL_NO_FORM,
)
def optin_url_no_form(ctx: AnalysisContext) -> Iterator[Hit]:
    from crawler.roles import has_phone_field

    campaign = campaign_of(ctx)
    given = optin_url(campaign)
    if given is None:
        raise NotApplicable("the campaign gives no opt-in URL")
    methods = optin_methods(campaign.campaign.message_flow or "")
    if methods and WEB not in methods:
        raise NotApplicable(
            f"the message flow describes opt-in {' and '.join(methods)}, not a web form"
        )
    path, url = given
    if ctx.snapshot.site and host_domain(url) != ctx.snapshot.site:
        raise NotApplicable(
            f"the opt-in URL is on {host_domain(url)}, not on the audited site "
            "(see brand.website_mismatch)"
        )
    page = _find_page(ctx, url)
    if page is None:
        yield field_hit(
            campaign,
            path,
            url,
            review=True,
            message=f"The opt-in URL {url} was not fetched in this audit; open it "
            "and confirm it shows the opt-in form.",
        )
        return
    if page.status >= 400 or page.error:
        reason = f"HTTP status {page.status}" if page.status >= 400 else page.error
        yield field_hit(campaign, path, url, message=f"The opt-in URL {url} answers {reason}.")
    elif not has_phone_field(page):
        yield field_hit(
            campaign,
            path,
            url,
            message=f"The opt-in URL {url} shows no form that collects a phone number.",
        )


def _find_page(ctx: AnalysisContext, url: str) -> Page | None:
    wanted = _url_key(url)
    for page in ctx.snapshot.pages:
        if wanted in (_url_key(page.url), _url_key(page.final_url or page.url)):
            return page
    return None


def _url_key(url: str) -> tuple[str, str, str, str]:
    """Host without www, path, query and a hash-routed app's route ("#/delivery" is a page of
    its own, as the crawler reads it): http/https and a test server's port do not matter."""
    if "://" not in url:
        url = "https://" + url.strip()
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    return host, parts.path.rstrip("/").lower() or "/", parts.query, hash_route(url)


# info, not a warning: the catalog's call to action (CHECKS.md, campaign.cta_incomplete) does not
# list the promise, and compliant message flows rarely repeat it (it failed on nearly every blind
# campaign file, compliant ones included), so it is advice that never fails a run
@check(
    "campaign.cta_no_sharing_missing",
    severity=Severity.INFO,
    needs=("campaign",),
    **CTA_NO_SHARING,
)
def cta_no_sharing_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    flow = campaign.campaign.message_flow
    if not flow or not flow.strip():
        raise NotApplicable("no message flow (see campaign.cta_incomplete)")
    if phrasebook("campaign_text").first(flow, "no_sharing"):
        return
    yield field_hit(
        campaign,
        "campaign.message_flow",
        excerpt(flow, 240),
        message="The message flow does not promise that mobile numbers and consent "
        "are not shared with third parties or affiliates.",
    )
