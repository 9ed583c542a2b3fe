"""The registered brand against itself and the website: brand.* checks (review criterion 1).

Reviewers verify the brand before anything else: a support address anyone can open (gmail), a
PO Box, a number that cannot be dialed, a website or policy on another domain, or a name the
site does not use are each a reason to deny. The file-only checks run in `check-campaign`; the
ones that compare with the site need a crawl and are not_applicable without one.

A support address at gmail.com for a business whose website is acme.com fails both
brand.public_email_domain and brand.email_domain_mismatch. The catalog defines them as two facts
(CHECKS.md: "support email is on a public provider"; "support email domain is not the website's
registrable domain"), and a reviewer checks both: the first says the address proves nothing about
who the business is, the second that it does not tie the contact to the registered website. The
second is not_applicable only when there is no own website domain to compare with (a website on
a public provider's domain).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analyzers.campaign.domains import site_domain
from analyzers.campaign.emails import check_email, is_public_provider
from analyzers.campaign.model import Campaign
from analyzers.campaign.package import brand_names, campaign_of, field_hit, found_name
from analyzers.campaign.phones import check_phone
from analyzers.context import AnalysisContext
from analyzers.inputs.brand import infer_brand, normalize_name
from analyzers.registry import Hit, NotApplicable, Severity, check
from analyzers.text.urls import find_urls
from crawler.snapshot import Page

PUBLIC_EMAIL = dict(
    ref="Public email domain / 713",
    title="Support e-mail is on the brand's own domain, not a public provider",
    message="The support e-mail is on a public e-mail provider.",
    why="Anyone can open an address at gmail.com or yahoo.com, so it proves nothing about who "
    "the business is; reviewers deny brands whose contact address is on a public provider.",
    fix="Use an address on your own domain, e.g. support@yourdomain.com.",
)
EMAIL_MISMATCH = dict(
    ref="Email domain matches brand",
    title="Support e-mail domain matches the website",
    message="The support e-mail's domain is not the website's domain.",
    why="Reviewers match the contact e-mail to the website to confirm both belong to the same "
    "business; an unrelated domain looks like a reseller or a borrowed identity.",
    fix="Use a support address on the same domain as the website you register.",
)
EMAIL_INVALID = dict(
    ref="Invalid brand email",
    title="Support e-mail is a valid address",
    message="The support e-mail is missing or is not a valid address.",
    why="Reviewers and carriers contact the brand at this address; one that cannot receive mail "
    "fails brand verification.",
    fix="Give a working support address on your own domain, e.g. support@yourdomain.com.",
)
PO_BOX = dict(
    ref="Brand address invalid",
    title="The brand's address is a physical street address",
    message="The brand's address is a PO Box.",
    why="Brand registration needs a physical business address that matches public records; "
    "a PO Box is rejected as an invalid brand address.",
    fix="Register the street address of the business (as on the IRS letter or state filing).",
)
NAME_MISMATCH = dict(
    ref="DBA name mismatch",
    title="The registered name is the name the website uses",
    message="The legal name / DBA is not the name the website uses.",
    why="Reviewers compare the registered legal name and DBA with the website; a site that "
    "never shows them, or presents another name, is denied as a DBA name mismatch.",
    fix="Show the registered name on the site (header, footer, About page), or register the "
    "name the site actually uses as the DBA.",
)
PHONE_INVALID = dict(
    ref="Invalid brand phone number",
    title="Support phone is a valid US number",
    message="The support phone is missing or is not a valid North American number.",
    why="Reviewers call or validate the brand's support number; a number that cannot exist in "
    "the North American Numbering Plan fails brand verification.",
    fix="Give the real support number as (NXX) NXX-XXXX, e.g. (512) 555-0123.",
)
WEBSITE_MISMATCH = dict(
    ref="Invalid brand URL / 807",
    title="The campaign's website and policy URLs are the audited site",
    message="The campaign's website, or its privacy/terms/opt-in URL, is on another domain.",
    why="Reviewers open the registered website and its policy pages; policies or an opt-in page "
    "on another domain do not show that this business makes those promises.",
    fix="Register the website you operate and host the privacy policy, terms and opt-in page on "
    "it.",
)

_PO_BOX = re.compile(
    r"\b(?:p\.?\s*o\.?\s*b(?:ox|\.)?|post\s*office\s*box|postal\s*box|pobox|"
    r"p\.?\s*o\.?\s*drawer|box)\s*#?\s*\d+|\bp\.?\s*o\.?\s*box\b|\bpost\s+office\s+box\b",
    re.IGNORECASE,
)
_STREET_NUMBER_BEFORE_BOX = re.compile(r"\d+\s+[A-Za-z]+[^,]*\bbox\b", re.IGNORECASE)


def _website_domain(campaign: Campaign) -> str | None:
    website = (campaign.brand.website or "").strip()
    if not website or "." not in website:
        return None
    return site_domain(website)


@check("brand.public_email_domain", severity=Severity.ERROR, needs=("campaign",), **PUBLIC_EMAIL)
def public_email_domain(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    email = check_email(campaign.brand.support_email or "")
    if not email.domain:
        raise NotApplicable("no support e-mail domain to judge")
    if is_public_provider(email.domain):
        site = _website_domain(campaign)
        yield field_hit(
            campaign,
            "brand.support_email",
            campaign.brand.support_email.strip(),
            message=f"The support e-mail {campaign.brand.support_email.strip()} is on "
            f"{email.domain}, a public e-mail provider.",
            fix=f"Use an address on your own domain, e.g. support@{site}." if site else None,
        )


@check(
    "brand.email_domain_mismatch", severity=Severity.WARNING, needs=("campaign",), **EMAIL_MISMATCH
)
def email_domain_mismatch(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    email = check_email(campaign.brand.support_email or "")
    if not email.valid:
        raise NotApplicable("no valid support e-mail (see brand.email_invalid)")
    sites = {
        d
        for d in (_website_domain(campaign), ctx.snapshot.site if ctx.has("snapshot") else None)
        if d and not is_public_provider(d)
    }
    if not sites:
        raise NotApplicable("no website domain of the brand's own to compare with")
    if email.registrable not in sites:
        site = sorted(sites)[0]
        public = (
            " (a public provider: see brand.public_email_domain)"
            if is_public_provider(email.domain)
            else ""
        )
        yield field_hit(
            campaign,
            "brand.support_email",
            campaign.brand.support_email.strip(),
            message=f"The support e-mail is on {email.registrable}{public}, but the website is "
            f"on {' and '.join(sorted(sites))}.",
            fix=f"Use an address on the website's domain, e.g. support@{site}.",
        )


@check("brand.email_invalid", severity=Severity.ERROR, needs=("campaign",), **EMAIL_INVALID)
def email_invalid(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    raw = campaign.brand.support_email or ""
    email = check_email(raw)
    if not email.valid:
        yield field_hit(
            campaign,
            "brand.support_email",
            raw or "(no support_email)",
            message=f"The support e-mail {raw.strip()!r} is not valid: {email.problem}."
            if raw.strip()
            else "No support e-mail is given.",
        )


@check("brand.po_box", severity=Severity.ERROR, needs=("campaign",), **PO_BOX)
def po_box(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    address = campaign.brand.address
    if not address or not address.strip():
        raise NotApplicable("no address in the campaign file")
    match = _PO_BOX.search(address)
    if match and not _is_street_named_box(address, match):
        yield field_hit(
            campaign,
            "brand.address",
            address.strip(),
            message=f"The brand's address is a PO Box ({match.group().strip()}).",
        )


def _is_street_named_box(address: str, match: re.Match[str]) -> bool:
    """ "12 Box Elder Rd" or "40 Boxwood Ln" name a street, they are not a box."""
    if not match.group().lower().startswith("box"):
        return False
    before = address[: match.start()]
    return bool(re.search(r"\d+\s*$", before)) or bool(_STREET_NUMBER_BEFORE_BOX.match(address))


@check("brand.phone_invalid", severity=Severity.ERROR, needs=("campaign",), **PHONE_INVALID)
def phone_invalid(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    raw = campaign.brand.support_phone or ""
    phone = check_phone(raw)
    if not phone.valid:
        message = (
            f"The support phone {raw.strip()!r} is not a valid US number: {phone.problem}."
            if raw.strip()
            else "No support phone is given."
        )
        yield field_hit(
            campaign, "brand.support_phone", raw or "(no support_phone)", message=message
        )
    elif phone.fictional:
        yield field_hit(
            campaign,
            "brand.support_phone",
            raw.strip(),
            severity=Severity.INFO,
            message=f"{phone.formatted} is in 555-0100..0199, a range reserved for fiction: "
            "fine in an example, but register your real support number.",
            fix="Replace the example number with the support line customers actually call.",
        )


@check("brand.website_mismatch", severity=Severity.ERROR, needs=("campaign",), **WEBSITE_MISMATCH)
def website_mismatch(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    website = (campaign.brand.website or "").strip()
    domain = _website_domain(campaign)
    if domain is None:
        yield field_hit(
            campaign,
            "brand.website",
            website or "(empty)",
            message=f"The brand's website {website!r} is not a web address.",
        )
        return
    if ctx.has("snapshot") and ctx.snapshot.site and ctx.snapshot.site != domain:
        yield field_hit(
            campaign,
            "brand.website",
            website,
            message=f"The campaign registers {domain}, but the audited site is "
            f"{ctx.snapshot.site}.",
            fix=f"Register the site you audit, or audit {website}.",
        )
    for path, url in _policy_urls(campaign):
        if site_domain(url) != domain:
            yield field_hit(
                campaign,
                path,
                url,
                message=f"{url} is on {site_domain(url)}, not on the brand's website {domain}.",
                fix=f"Host this page on {domain} and register that URL.",
            )


def _policy_urls(campaign: Campaign) -> list[tuple[str, str]]:
    """The privacy, terms and opt-in URLs the package gives, in the fields and the flow."""
    details = campaign.campaign
    urls = [
        (f"campaign.{name}", getattr(details, name).strip())
        for name in ("optin_url", "privacy_url", "terms_url")
        if getattr(details, name) and getattr(details, name).strip()
    ]
    seen = {url for _, url in urls}
    for url in find_urls(details.message_flow or ""):
        if url not in seen:
            urls.append(("campaign.message_flow", url))
            seen.add(url)
    return urls


@check(
    "brand.name_mismatch", severity=Severity.ERROR, needs=("snapshot", "campaign"), **NAME_MISMATCH
)
def name_mismatch(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    snapshot = ctx.snapshot
    pages = [p for p in snapshot.pages if p.status < 400 and not p.error]
    if not pages:
        raise NotApplicable("no page of the site could be read")
    site_text = "\n".join(_page_words(p) for p in pages)
    registered = brand_names(campaign)
    legal_on_site = found_name(campaign.brand.legal_name, site_text)
    dba = (campaign.brand.dba or "").strip()
    dba_on_site = found_name(dba, site_text) if dba else None
    shown = infer_brand(ctx)
    shown_name = shown.primary if shown else None
    shown_note = f' The site presents itself as "{shown_name}".' if shown_name else ""
    if not legal_on_site and not dba_on_site:
        names = " / ".join(n for n in (dba, campaign.brand.legal_name) if n)
        yield field_hit(
            campaign,
            "brand.dba" if dba else "brand.legal_name",
            f"{names} not found on {len(pages)} pages",
            message=f'Neither registered name ("{names}") appears on the website.' + shown_note,
        )
        return
    if dba and not dba_on_site:
        yield field_hit(
            campaign,
            "brand.dba",
            dba,
            message=f'The DBA "{dba}" does not appear on the website; customers '
            f"would not recognize the sender.{shown_note}",
        )
        return
    if shown_name and not _resembles(shown_name, registered.names):
        source = shown.evidence.get("inferred_from", "")
        # a name read only from page titles is a guess: a person confirms it
        yield field_hit(
            campaign,
            "brand.dba" if dba else "brand.legal_name",
            shown_name or "",
            message=f'The website presents itself as "{shown_name}", not as the '
            f'registered "{dba or campaign.brand.legal_name}" (which appears only '
            "in fine print).",
            review=source.startswith("title "),
            fix=f'Register "{shown_name}" as the DBA, or present the site as '
            f'"{dba or campaign.brand.legal_name}".',
            details={"inferred_from": source},
        )


def _page_words(page: Page) -> str:
    return "\n".join(
        [page.title, page.text, page.nav_text, *page.image_alts, *page.brand_candidates.values()]
    )


def _resembles(shown: str, names: list[str]) -> bool:
    shown_key = normalize_name(shown)
    shown_words = set(shown_key.split())
    for name in names:
        key = normalize_name(name)
        if not key:
            continue
        if key in shown_key or shown_key in key:
            return True
        words = set(key.split())
        if shown_words and len(shown_words & words) / len(shown_words) >= 0.5:
            return True
    return False
