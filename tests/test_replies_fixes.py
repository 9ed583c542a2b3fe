"""The fixes are texts to paste: a package rebuilt from them must pass the checks they fix."""

from __future__ import annotations

import subprocess
import sys

from analyzers.campaign import fixes
from analyzers.campaign.model import load_campaign
from analyzers.registry import Status
from prevet.campaign_command import check_package
from tests.conftest import ROOT

CAMPAIGNS = ROOT / "fixtures" / "campaigns"


def test_pasting_the_suggested_replies_and_sample_passes() -> None:
    broken = load_campaign(CAMPAIGNS / "samples.brand_missing.yaml")
    details = broken.campaign
    details.replies.optin = "Thanks! You're in."
    details.replies.optout = "Unsubscribed."
    details.replies.help = "Help is on the way."
    details.samples = ["Your statement is ready in the portal."] + details.samples[1:]
    details.message_flow = "Patients opt in on our website."
    failed = {r.spec.id for r in check_package(broken).results if r.status is Status.FAILED}
    assert {
        "replies.optin_brand_missing",
        "replies.optout_no_confirmation",
        "replies.help_contact_missing",
        "samples.brand_missing",
        "campaign.cta_incomplete",
    } <= failed

    details.replies.optin = fixes.optin_confirmation(broken)
    details.replies.optout = fixes.optout_reply(broken)
    details.replies.help = fixes.help_reply(broken)
    details.samples = [fixes.corrected_sample(broken, s) for s in details.samples]
    details.message_flow = (
        f"Patients opt in at {details.optin_url} by checking an unchecked "
        f'box next to: "{fixes.cta_disclosure(broken)}"'
    )
    results = check_package(broken).results
    still = {
        r.spec.id: [f.message for f in r.findings] for r in results if r.status is Status.FAILED
    }
    assert still == {}


def test_fix_texts_use_the_brand_contact_and_frequency() -> None:
    campaign = load_campaign(CAMPAIGNS / "compliant.yaml")
    assert fixes.help_reply(campaign) == (
        "Brightwater Dental: For help, email frontdesk@brightwaterdental.com or call "
        "(608) 274-3190. Msg & data rates may apply. Reply STOP to opt out."
    )
    assert fixes.optout_reply(campaign) == (
        "Brightwater Dental: You are unsubscribed and will receive no further messages. "
        "Reply START to resubscribe."
    )
    assert fixes.optin_confirmation(campaign) == (
        "Brightwater Dental: You're subscribed to customer care and account notification "
        "messages. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, "
        "STOP to opt out."
    )
    assert fixes.corrected_sample(campaign, "Your visit is confirmed for [date]") == (
        "Brightwater Dental: Your visit is confirmed for [date]. Reply STOP to opt out."
    )


def test_package_checks_never_build_the_spacy_pipeline() -> None:
    """check-campaign must stay fast: the package checks read vocabularies without spaCy."""
    script = (
        "from pathlib import Path\n"
        "from analyzers.campaign.model import load_campaign\n"
        "from analyzers.text import nlp\n"
        "from prevet.campaign_command import check_package\n"
        "for path in sorted(Path('fixtures/campaigns').glob('*.yaml')):\n"
        "    check_package(load_campaign(path))\n"
        "print(nlp.nlp.cache_info().currsize)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "0"


def test_the_confirmation_may_give_the_programs_own_opt_out_keyword() -> None:
    """Blind round 15: "Reply HELP for help, ALTO to cancel" in a program whose opt-out
    keywords are [ALTO, BAJA] gives the program's opt-out keyword; the missing STOP is
    replies.stop_keyword_missing, reported once. A keyword the program does not list, or one
    only mentioned, is no opt-out instruction."""

    def failed(optin_reply: str, optout: list[str]) -> set[str]:
        campaign = load_campaign(CAMPAIGNS / "compliant.yaml")
        campaign.campaign.replies.optin = optin_reply
        campaign.campaign.keywords.optout = optout
        return {r.spec.id for r in check_package(campaign).results if r.status is Status.FAILED}

    reply = "Brightwater Dental: you're in. Msg & data rates may apply. Reply HELP for help, "
    own = failed(reply + "ALTO to cancel.", ["ALTO", "BAJA"])
    assert "replies.optin_stop_missing" not in own
    assert "replies.stop_keyword_missing" in own
    assert "replies.optin_stop_missing" in failed(reply + "ALTO to cancel.", ["STOP", "END"])
    assert "replies.optin_stop_missing" in failed(reply + "we say ALTO.", ["ALTO"])


OPTIN_CHECKS = {
    "replies.optin_brand_missing",
    "replies.optin_frequency_missing",
    "replies.optin_rates_missing",
    "replies.optin_help_missing",
    "replies.optin_stop_missing",
}


def test_a_program_joined_by_keyword_without_a_confirmation_lacks_all_it_must_say() -> None:
    """Blind round 32 (a bail bondsman's file): people join by texting COURT, and the file gives
    no opt-in confirmation. Whoever texts the keyword gets one, so each thing it must state is
    missing. Near miss: a program joined only on the website, with no opt-in keyword and no
    confirmation given, leaves the replies for a person to see (not applicable)."""

    def results(keywords: list[str] | None) -> dict[str, object]:
        campaign = load_campaign(CAMPAIGNS / "compliant.yaml")
        campaign.campaign.replies.optin = None
        campaign.campaign.keywords.optin = keywords
        return {r.spec.id: r for r in check_package(campaign).results}

    joined = results(["COURT"])
    assert {c for c in OPTIN_CHECKS if joined[c].status is Status.FAILED} == OPTIN_CHECKS
    finding = joined["replies.optin_rates_missing"].findings[0]
    assert "COURT" in finding.evidence and "no opt-in confirmation" in finding.message
    web_only = results(None)
    assert all(web_only[c].status is Status.NOT_APPLICABLE for c in OPTIN_CHECKS)
