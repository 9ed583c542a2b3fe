"""A campaign file that cannot be read is one message per problem, with its line, exit code 2,
and never a traceback: run through the real command line, as a user does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzers.campaign.model import CampaignFileError, load_campaign
from tests.conftest import ROOT, run_prevet

COMPLIANT = ROOT / "fixtures" / "campaigns" / "compliant.yaml"

GOOD_HEAD = """brand:
  legal_name: Brightwater Dental Group LLC
  website: https://www.brightwaterdental.com
"""
GOOD_CAMPAIGN = """campaign:
  use_cases: [Customer Care]
  description: Brightwater Dental sends appointment reminders to patients who opted in.
"""


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def check_campaign_fails(path: Path) -> str:
    proc = run_prevet("check-campaign", str(path), timeout=120)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
    return proc.stderr.strip()


def test_unknown_key_names_the_closest_known_one(tmp_path: Path) -> None:
    path = write(tmp_path, "c.yaml", GOOD_HEAD.replace("legal_name", "legal_nme") + GOOD_CAMPAIGN)
    assert (
        check_campaign_fails(path)
        == f"prevet: {path}:2: unknown key 'legal_nme' in brand (did you mean 'legal_name'?)"
    )


def test_wrong_type_and_missing_key_each_get_their_line(tmp_path: Path) -> None:
    text = (
        GOOD_HEAD
        + "  support_phone: [608, 274]\n"
        + """campaign:
  use_cases: [Customer Care]
  samples: "Brightwater Dental, your visit is confirmed."
"""
    )
    path = write(tmp_path, "c.yaml", text)
    assert check_campaign_fails(path) == "\n".join(
        [
            f"prevet: {path}: 3 problems",
            f"  {path}:4: brand.support_phone: expected text, got a list",
            f"  {path}:5: missing required key 'description' in campaign",
            f"  {path}:7: campaign.samples: expected a list, got the text "
            "'Brightwater Dental, your visit is confir'",
        ]
    )


def test_bad_yaml_says_where(tmp_path: Path) -> None:
    path = write(tmp_path, "c.yaml", GOOD_HEAD + "campaign:\n  use_cases: [Customer Care\n")
    assert (
        check_campaign_fails(path)
        == f"prevet: {path}:6: not valid YAML: expected ',' or ']', but got '<stream end>'"
    )


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    assert check_campaign_fails(path) == f"prevet: {path}: no such file"


def test_binary_and_empty_files(tmp_path: Path) -> None:
    binary = write(tmp_path, "logo.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    empty = write(tmp_path, "empty.yaml", "\n  \n")
    assert check_campaign_fails(binary) == f"prevet: {binary}: is a binary file, not YAML or JSON"
    with pytest.raises(CampaignFileError) as caught:
        load_campaign(empty)
    assert str(caught.value) == f"{empty}: is empty; see CAMPAIGN.md for the format"


def test_json_is_accepted_and_its_errors_have_lines(tmp_path: Path) -> None:
    import yaml

    data = yaml.safe_load(COMPLIANT.read_text())
    good = write(tmp_path, "campaign.json", json.dumps(data, indent=2))
    assert load_campaign(good).brand.dba == "Brightwater Dental"
    data["campaign"]["attributes"]["embeded_link"] = data["campaign"]["attributes"].pop(
        "embedded_link"
    )
    typo = write(tmp_path, "typo.json", json.dumps(data, indent=2))
    with pytest.raises(CampaignFileError) as caught:
        load_campaign(typo)
    line = next(
        i for i, text in enumerate(typo.read_text().splitlines(), 1) if "embeded_link" in text
    )
    assert str(caught.value) == (
        f"{typo}:{line}: unknown key 'embeded_link' in "
        "campaign.attributes (did you mean 'embedded_link'?)"
    )
    broken = write(tmp_path, "broken.json", '{"brand": {"legal_name": "A",\n}')
    with pytest.raises(CampaignFileError) as caught:
        load_campaign(broken)
    assert str(caught.value).startswith(f"{broken}:2: not valid JSON: ")


def test_unknown_use_case_and_duplicate_key(tmp_path: Path) -> None:
    path = write(
        tmp_path, "c.yaml", GOOD_HEAD + GOOD_CAMPAIGN.replace("Customer Care", "Custmer Care")
    )
    # not a file error: the package is still judged, and campaign.use_case_unknown says why
    campaign = load_campaign(path)
    assert campaign.campaign.unknown_use_cases == [("campaign.use_cases[0]", "Custmer Care")]
    assert "Custmer Care" not in campaign.use_cases
    assert campaign.line_of("campaign.use_cases[0]") == 5
    dupe = write(tmp_path, "d.yaml", GOOD_HEAD + "  website: https://acme.com\n" + GOOD_CAMPAIGN)
    with pytest.raises(CampaignFileError) as caught:
        load_campaign(dupe)
    assert str(caught.value) == f"{dupe}:4: key 'brand.website' is given twice"


def test_a_top_level_list_is_not_a_campaign(tmp_path: Path) -> None:
    path = write(tmp_path, "c.yaml", "- brand\n- campaign\n")
    with pytest.raises(CampaignFileError) as caught:
        load_campaign(path)
    assert str(caught.value) == (
        f"{path}:1: the file must be a mapping with `brand:` and `campaign:` sections, not a list"
    )


def test_loose_values_are_read_as_users_mean_them(tmp_path: Path) -> None:
    text = (
        GOOD_HEAD
        + "  support_phone: 6082743190\n"
        + GOOD_CAMPAIGN.replace("[Customer Care]", "customer care, account notifications")
        + "  keywords:\n    optout: STOP, END\n"
    )
    campaign = load_campaign(write(tmp_path, "c.yaml", text))
    assert campaign.brand.support_phone == "6082743190"
    assert campaign.campaign.use_cases == ["Customer Care", "Account Notification"]
    assert campaign.campaign.keywords.optout == ["STOP", "END"]


def test_yes_no_on_off_are_keywords_not_booleans(tmp_path: Path) -> None:
    """YAML 1.1 reads YES/NO/ON/OFF as true/false; in a campaign file they are keywords, and a
    sample or reply of one word stays that word. The yes/no attributes still read yes as true."""
    text = (
        GOOD_HEAD
        + GOOD_CAMPAIGN
        + """  attributes:
    embedded_link: yes
    embedded_phone: false
    age_gated: No
  keywords:
    optin: [START, YES, ON]
    optout: [STOP, NO, OFF]
    help: HELP
  replies:
    help: Yes
"""
    )
    campaign = load_campaign(write(tmp_path, "c.yaml", text))
    assert campaign.campaign.keywords.optin == ["START", "YES", "ON"]
    assert campaign.campaign.keywords.optout == ["STOP", "NO", "OFF"]
    assert campaign.campaign.replies.help == "Yes"
    attributes = campaign.campaign.attributes
    assert (attributes.embedded_link, attributes.embedded_phone, attributes.age_gated) == (
        True,
        False,
        False,
    )


def test_numbers_with_leading_zeros_or_colons_stay_text(tmp_path: Path) -> None:
    """YAML 1.1 reads 0123 as octal and 1:30 as base 60; both are text in a campaign file."""
    text = GOOD_HEAD + "  ein: 0123\n  support_phone: 1:30\n" + GOOD_CAMPAIGN
    campaign = load_campaign(write(tmp_path, "c.yaml", text))
    assert (campaign.brand.ein, campaign.brand.support_phone) == ("0123", "1:30")


def test_an_unquoted_colon_in_a_sample_gets_a_hint(tmp_path: Path) -> None:
    text = GOOD_HEAD + GOOD_CAMPAIGN + "  samples:\n    - Brightwater Dental: see you soon\n"
    path = write(tmp_path, "c.yaml", text)
    with pytest.raises(CampaignFileError) as caught:
        load_campaign(path)
    assert str(caught.value) == (
        f"{path}:8: campaign.samples[0]: expected text, got a mapping "
        'of keys (put text that contains ": " in quotes)'
    )
    flat = write(tmp_path, "flat.yaml", GOOD_HEAD + GOOD_CAMPAIGN + "  message_flow: a: b\n")
    with pytest.raises(CampaignFileError) as caught:
        load_campaign(flat)
    assert str(caught.value) == (
        f"{flat}:7: not valid YAML: mapping values are not allowed "
        'here (put text that contains ": " in quotes)'
    )


def test_use_cases_cannot_be_empty(tmp_path: Path) -> None:
    path = write(tmp_path, "c.yaml", GOOD_HEAD + GOOD_CAMPAIGN.replace("[Customer Care]", "[]"))
    with pytest.raises(CampaignFileError) as caught:
        load_campaign(path)
    assert str(caught.value) == (
        f"{path}:5: campaign.use_cases: list at least one use case, e.g. [Customer Care]"
    )
