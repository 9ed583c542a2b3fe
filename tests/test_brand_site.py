"""The package against the website (prevet audit URL --campaign FILE): brand name and DBA on the
site, website and policy domains, marketing and lending on the site vs the declared use cases and
attributes, and the opt-in URL leading to a form. Snapshots are built from HTML strings."""

from __future__ import annotations

from analyzers.analyze import analyze
from analyzers.campaign.model import Campaign, load_campaign
from analyzers.registry import Finding, Status
from crawler.snapshot import SiteSnapshot
from tests.conftest import ROOT
from tests.snapshots import snapshot_from_pages

CAMPAIGNS = ROOT / "fixtures" / "campaigns"
COMPLIANT = CAMPAIGNS / "compliant.yaml"
BASE = "https://www.brightwaterdental.com/"
CROSS_CHECKS = [
    "brand.name_mismatch",
    "brand.website_mismatch",
    "brand.email_domain_mismatch",
    "campaign.marketing_undeclared",
    "campaign.direct_lending_undeclared",
    "campaign.direct_lending_unsupported",
    "campaign.optin_url_no_form",
]


def page(title: str, body: str, site_name: str = "Brightwater Dental") -> str:
    return f"""<!doctype html><html><head><title>{title}</title>
<meta property="og:site_name" content="{site_name}"></head><body>
<header><a href="/"><img src="/logo.png" alt="{site_name} logo"></a>
<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/appointments">Appointments</a>
<a href="/contact">Contact</a></nav></header>
<main>{body}</main>
<footer><p>© 2026 Brightwater Dental Group LLC, 2200 Lakeshore Blvd Suite 310, Madison, WI.</p>
<a href="/privacy">Privacy Policy</a> <a href="/terms">Terms</a></footer></body></html>"""


HOME = page(
    "Brightwater Dental | Family Dentistry in Madison",
    """
<h1>Gentle family dentistry in Madison</h1>
<p>Brightwater Dental has cared for Madison families since 2004: cleanings, fillings, crowns and
emergency visits, with evening hours twice a week.</p>""",
)
APPOINTMENTS = page(
    "Request an appointment | Brightwater Dental",
    """
<h1>Request an appointment</h1>
<form action="/appointments" method="post">
 <label for="name">Name</label><input id="name" name="name" type="text">
 <label for="phone">Mobile phone</label><input id="phone" name="phone" type="tel">
 <input id="sms" name="sms" type="checkbox">
 <label for="sms">I agree to receive appointment reminders and billing notices by text from
 Brightwater Dental. Msg frequency varies. Msg &amp; data rates may apply. Reply HELP for help,
 STOP to cancel. <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms</a></label>
 <button type="submit">Request</button>
</form>""",
)
PRIVACY = page(
    "Privacy Policy | Brightwater Dental",
    """
<h1>Privacy Policy</h1>
<p>Brightwater Dental respects your privacy.</p>
<p>No mobile information will be shared with third parties or affiliates for marketing or
promotional purposes. Text messaging originator opt-in data and consent will not be shared with
any third parties.</p>""",
)
TERMS = page(
    "Terms | Brightwater Dental",
    """<h1>Terms</h1>
<p>By opting in you agree to receive appointment reminders by text message.</p>""",
)


def site(overrides: dict[str, str | None] | None = None, base: str = BASE) -> SiteSnapshot:
    """The compliant site; `overrides` replaces (or with None removes) pages by path."""
    pages: dict[str, str | None] = {
        "/": HOME,
        "/appointments": APPOINTMENTS,
        "/privacy": PRIVACY,
        "/terms": TERMS,
    }
    pages.update(overrides or {})
    return snapshot_from_pages({path: html for path, html in pages.items() if html}, base=base)


def judge(
    snapshot: SiteSnapshot, campaign: Campaign | None = None
) -> dict[str, tuple[Status, list[Finding]]]:
    analysis = analyze(snapshot, campaign or load_campaign(COMPLIANT), only=CROSS_CHECKS)
    return {r.spec.id: (r.status, r.findings) for r in analysis.results}


def brand_with(**fields: str) -> Campaign:
    """The compliant package with some brand fields changed."""
    campaign = load_campaign(COMPLIANT)
    for name, value in fields.items():
        setattr(campaign.brand, name, value)
    return campaign


def test_compliant_package_on_its_own_site_passes_every_cross_check() -> None:
    results = judge(site())
    assert results["brand.name_mismatch"][0] is Status.PASSED
    assert results["brand.website_mismatch"][0] is Status.PASSED
    assert results["brand.email_domain_mismatch"][0] is Status.PASSED
    assert results["campaign.marketing_undeclared"][0] is Status.PASSED  # no-sharing clause
    assert results["campaign.direct_lending_undeclared"][0] is Status.PASSED
    assert results["campaign.direct_lending_unsupported"][0] is Status.NOT_APPLICABLE
    assert results["campaign.optin_url_no_form"][0] is Status.PASSED


def test_site_that_never_shows_the_registered_names() -> None:
    other = page(
        "Lakeside Smiles | Dentist",
        "<h1>Lakeside Smiles</h1><p>Smiles for all.</p>",
        site_name="Lakeside Smiles",
    ).replace("Brightwater Dental Group LLC", "Lakeside Smiles")
    status, findings = judge(
        site({"/": other, "/privacy": None, "/terms": None, "/appointments": None})
    )["brand.name_mismatch"]
    assert status is Status.FAILED
    assert findings[0].message == (
        'Neither registered name ("Brightwater Dental / Brightwater '
        'Dental Group LLC") appears on the website. The site presents '
        'itself as "Lakeside Smiles".'
    )


def test_site_branded_as_another_name_with_the_legal_name_in_fine_print() -> None:
    pages = {
        path: html.replace("Brightwater Dental |", "Lakeside Smiles |")
        .replace('content="Brightwater Dental"', 'content="Lakeside Smiles"')
        .replace('alt="Brightwater Dental logo"', 'alt="Lakeside Smiles logo"')
        .replace("Brightwater Dental has", "Lakeside Smiles has")
        for path, html in {"/": HOME, "/appointments": APPOINTMENTS}.items()
    }
    status, findings = judge(site({**pages, "/privacy": None, "/terms": None}))[
        "brand.name_mismatch"
    ]
    assert status is Status.FAILED
    assert findings[0].message.startswith('The website presents itself as "Lakeside Smiles"')
    assert findings[0].fix.startswith('Register "Lakeside Smiles" as the DBA')


def test_dba_absent_from_a_site_that_shows_only_the_legal_name() -> None:
    campaign = brand_with(dba="Lakeshore Family Dental")
    status, findings = judge(site(), campaign)["brand.name_mismatch"]
    assert status is Status.FAILED
    assert findings[0].message.startswith('The DBA "Lakeshore Family Dental" does not appear')


def test_registered_website_is_not_the_audited_site() -> None:
    status, findings = judge(site(base="https://www.brightwater-smiles.net/"))[
        "brand.website_mismatch"
    ]
    assert status is Status.FAILED
    assert findings[0].message == (
        "The campaign registers brightwaterdental.com, but the "
        "audited site is brightwater-smiles.net."
    )


def test_support_email_domain_compared_with_the_site() -> None:
    campaign = brand_with(support_email="care@brightwater-billing.com")
    status, findings = judge(site(), campaign)["brand.email_domain_mismatch"]
    assert status is Status.FAILED
    assert "brightwater-billing.com" in findings[0].message


def test_policy_promising_promotional_texts_under_customer_care() -> None:
    promo = PRIVACY.replace(
        "<p>Brightwater Dental respects your privacy.</p>",
        """
<p>By opting in to text messages from Brightwater Dental you will also receive special offers
and discounts on whitening.</p>""",
    )
    status, findings = judge(site({"/privacy": promo}))["campaign.marketing_undeclared"]
    assert status is Status.FAILED
    assert findings[0].url == BASE + "privacy"
    assert '"special offers"' in findings[0].message


def test_lending_on_the_site_vs_the_direct_lending_attribute() -> None:
    lending = HOME.replace(
        "</main>",
        """<section><h2>Financing</h2>
<p>Apply for a loan for your dental work in minutes. Flexible financing options with low APR,
and you can be pre-approved today.</p></section></main>""",
    )
    results = judge(site({"/": lending}))
    status, findings = results["campaign.direct_lending_undeclared"]
    assert status is Status.FAILED and findings[0].url == BASE
    campaign = load_campaign(COMPLIANT)
    campaign.campaign.attributes.direct_lending = True
    assert (
        judge(site({"/": lending}), campaign)["campaign.direct_lending_unsupported"][0]
        is Status.PASSED
    )
    assert judge(site(), campaign)["campaign.direct_lending_unsupported"][0] is Status.FAILED


def test_optin_url_without_a_phone_form() -> None:
    no_form = page(
        "Appointments | Brightwater Dental", "<h1>Appointments</h1><p>Call us to book a visit.</p>"
    )
    status, findings = judge(site({"/appointments": no_form}))["campaign.optin_url_no_form"]
    assert status is Status.FAILED
    assert findings[0].message == (
        "The opt-in URL https://www.brightwaterdental.com/appointments "
        "shows no form that collects a phone number."
    )
    status, findings = judge(site({"/appointments": None}))["campaign.optin_url_no_form"]
    assert status is Status.NEEDS_REVIEW


def test_a_keyword_opt_in_needs_no_form_at_the_url_it_gives() -> None:
    """A flow where people text a keyword (or agree on a call, or on paper) has no web form for
    the URL to lead to: the cross-check does not apply."""
    no_form = page(
        "Text club | Brightwater Dental",
        "<h1>Text club</h1><p>Text JOIN to (608) 274-3190 for reminders.</p>",
    )
    campaign = load_campaign(CAMPAIGNS / "near_miss.keyword_optin.yaml")
    campaign.campaign.optin_url = "https://www.brightwaterdental.com/appointments"
    status, _findings = judge(site({"/appointments": no_form}), campaign)[
        "campaign.optin_url_no_form"
    ]
    assert status is Status.NOT_APPLICABLE


def test_a_public_provider_address_fails_both_email_checks_against_the_site() -> None:
    campaign = brand_with(support_email="brightwater.frontdesk@gmail.com")
    both = analyze(
        site(), campaign, only=["brand.public_email_domain", "brand.email_domain_mismatch"]
    )
    assert {r.spec.id: r.status for r in both.results} == {
        "brand.public_email_domain": Status.FAILED,
        "brand.email_domain_mismatch": Status.FAILED,
    }
    status, findings = judge(site(), campaign)["brand.email_domain_mismatch"]
    assert status is Status.FAILED
    assert "gmail.com (a public provider" in findings[0].message


def test_an_optin_url_on_a_hash_route_is_that_route_s_page() -> None:
    """Blind h14z (a hash-routed produce-box app): the campaign's opt-in URL is
    https://acme.com/#/delivery, and the crawler reads that route as a page of its own. The
    cross-check looks at the route's page, which holds the phone form, not at "/" (the app's
    landing route, with no form). Near miss: an opt-in URL on a route whose page has no form
    still fails."""
    landing = page("Brightwater Dental", "<h1>Welcome</h1><p>Book online.</p>")
    no_form = page("Visits | Brightwater Dental", "<h1>Visits</h1><p>Call us to book.</p>")
    campaign = load_campaign(COMPLIANT)
    campaign.campaign.optin_url = "https://www.brightwaterdental.com/#/appointments"
    routed = site({"/": landing, "/appointments": None, "/#/appointments": APPOINTMENTS})
    assert judge(routed, campaign)["campaign.optin_url_no_form"][0] is Status.PASSED
    routed = site({"/": landing, "/appointments": None, "/#/appointments": no_form})
    assert judge(routed, campaign)["campaign.optin_url_no_form"][0] is Status.FAILED
