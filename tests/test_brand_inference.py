"""The business's name as a person reads it: from the campaign file, else inferred from the site."""

from __future__ import annotations

from types import SimpleNamespace

from analyzers.context import AnalysisContext
from analyzers.inputs.brand import BrandNames, strip_legal_suffix, title_names
from tests.snapshots import snapshot_from_pages


def _brand(pages: dict[str, str], campaign=None) -> BrandNames | None:
    ctx = AnalysisContext(snapshot=snapshot_from_pages(pages), campaign=campaign)
    return ctx.provide("brand_names")


def test_titles_name_the_page_and_the_business() -> None:
    assert title_names("SMS Opt-In - Clean Harbor")[0][0] == "Clean Harbor"
    assert title_names("Request a Free Estimate | Oakline Painting SMS Opt-In")[0][0] == \
        "Oakline Painting"
    assert title_names("Text alerts sign-up") == []
    assert title_names("Contact us") == []


def test_the_name_repeated_across_pages_wins() -> None:
    brand = _brand({
        "/": "<title>Family dentistry in Austin | Brightside Dental</title><h1>Welcome</h1>"
             "<p>Brightside Dental cares for families.</p>",
        "/about": "<title>About | Brightside Dental</title><p>About Brightside Dental.</p>",
        "/contact": "<title>Contact | Brightside Dental</title>",
    })
    assert brand is not None and brand.primary == "Brightside Dental"
    assert brand.source == "inferred"


def test_copyright_and_og_site_name_beat_a_page_title() -> None:
    brand = _brand({"/": '<title>Get Text Updates</title><meta property="og:site_name" '
                         'content="Ridgeway Plumbing"><footer>© 2026 Ridgeway Plumbing LLC · '
                         'Boise, ID</footer>'})
    assert brand.primary == "Ridgeway Plumbing"


def test_campaign_names_win_and_legal_suffixes_are_optional() -> None:
    campaign = SimpleNamespace(brand=SimpleNamespace(legal_name="Acme Health Services LLC",
                                                     dba="Acme Health"))
    brand = _brand({"/": "<title>Other Name</title>"}, campaign)
    assert brand.source == "campaign" and brand.primary == "Acme Health"
    assert brand.found_in("Texts from ACME HEALTH SERVICES, reply STOP") is not None
    assert brand.found_in("Texts from Acme Healthcare") is None  # whole words only
    assert strip_legal_suffix("Oakline Painting, L.L.C.") == "Oakline Painting"


def test_a_site_that_never_names_itself_has_no_inferred_brand() -> None:
    assert _brand({"/": "<title>SMS Consent Policy</title><p>Reply STOP to cancel.</p>"}) is None
