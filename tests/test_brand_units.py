"""brand.* rules on single values: PO Box spellings and the street names that only look alike."""

from __future__ import annotations

import pytest

from analyzers.analyze import analyze
from analyzers.campaign.model import load_campaign
from analyzers.registry import Status
from tests.conftest import ROOT

COMPLIANT = ROOT / "fixtures" / "campaigns" / "compliant.yaml"


def po_box_status(address: str) -> Status:
    campaign = load_campaign(COMPLIANT)
    campaign.brand.address = address
    [result] = analyze(None, campaign, only=["brand.po_box"]).results
    return result.status


@pytest.mark.parametrize(
    "address",
    [
        "PO Box 1180, Madison, WI 53701",
        "P.O. Box 1180, Madison, WI",
        "P. O. Box 77, Reno, NV",
        "Post Office Box 12, Hilo, HI 96720",
        "POB 455, Taos, NM 87571",
        "PO Box, Madison, WI",
        "Acme Health, Box 99, Madison, WI 53701",
        "p.o.box 3, Boise, ID",
    ],
)
def test_po_box_spellings_fire(address: str) -> None:
    assert po_box_status(address) is Status.FAILED


@pytest.mark.parametrize(
    "address",
    [
        "410 Box Elder Rd, Madison, WI 53703",
        "12 Boxwood Ln, Cary, NC 27511",
        "2200 Post Oak Blvd Suite 400, Houston, TX 77056",
        "88 Pobst Ave, Erie, PA",
        "1 Postal Way, Dayton, OH",
    ],
)
def test_street_names_that_look_like_a_box_do_not(address: str) -> None:
    assert po_box_status(address) is Status.PASSED


def test_website_mismatch_for_policy_urls_without_a_site() -> None:
    campaign = load_campaign(COMPLIANT)
    campaign.campaign.terms_url = "https://www.brightwaterdental.com/legal/terms"
    campaign.campaign.optin_url = "https://signup.brightwaterdental.com/sms"  # same site
    [result] = analyze(None, campaign, only=["brand.website_mismatch"]).results
    assert result.status is Status.PASSED
    campaign.campaign.optin_url = "https://forms.gle/abc123"
    [result] = analyze(None, campaign, only=["brand.website_mismatch"]).results
    assert result.status is Status.FAILED
    assert result.findings[0].selector == "campaign.optin_url"
