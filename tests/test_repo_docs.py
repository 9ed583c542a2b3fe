"""A user who clones the repository has every document the README points to: links resolve to
files in the repository, the example files load, and the report.json page covers every key."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_links_point_at_files_in_the_repository(doc: Path) -> None:
    for target in _LINK.findall(doc.read_text(encoding="utf-8")):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        path, _, _anchor = target.partition("#")
        if not path:
            continue  # an anchor in the same document
        resolved = (doc.parent / path).resolve()
        assert resolved.is_relative_to(ROOT), f"{doc.name} links outside the repository: {target}"
        assert resolved.exists(), f"{doc.name} links to a missing file: {target}"


def test_the_readme_shows_a_report_and_a_console_summary_and_keeps_measurements_out() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/images/report.png)" in readme
    assert (ROOT / "docs" / "images" / "report.png").read_bytes().startswith(b"\x89PNG")
    assert "Verdict: " in readme and "Fix first:" in readme
    assert "## Performance" in readme and "docs/performance.md" in readme
    assert "| mode | pages |" not in readme  # the measurements live in docs/performance.md
    assert "| mode | pages |" in (ROOT / "docs" / "performance.md").read_text(encoding="utf-8")
    assert "../shared" not in readme


def test_the_example_campaign_is_complete_and_valid() -> None:
    from analyzers.campaign.model import Brand, Campaign, CampaignDetails, load_campaign

    campaign = load_campaign(ROOT / "examples" / "campaign.yaml")
    data = campaign.model_dump(exclude_unset=True)
    # every key the format has is in the example
    assert set(Brand.model_fields) <= set(data["brand"])
    assert set(CampaignDetails.model_fields) <= set(data["campaign"])
    assert isinstance(campaign, Campaign)
    doc = (ROOT / "docs" / "campaign.md").read_text(encoding="utf-8")
    for key in [*Brand.model_fields, *CampaignDetails.model_fields]:
        assert f"`{key}`" in doc, f"docs/campaign.md does not describe {key}"


def test_the_campaign_page_example_loads(tmp_path: Path) -> None:
    from analyzers.campaign.model import load_campaign

    doc = (ROOT / "docs" / "campaign.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(.*?)```", doc, re.DOTALL).group(1)
    (tmp_path / "campaign.yaml").write_text(block, encoding="utf-8")
    assert load_campaign(tmp_path / "campaign.yaml").brand.legal_name


def test_the_example_configuration_loads() -> None:
    from prevet.config import load_config

    settings = load_config(ROOT / "examples" / "prevet.yaml")
    assert settings.suppressions and all(s.reason for s in settings.suppressions)


def test_the_report_json_page_covers_every_key() -> None:
    from reports.model import CheckInfo, Report, Scope, Summary

    doc = (ROOT / "docs" / "report-json.md").read_text(encoding="utf-8")
    example = json.loads(re.search(r"```json\n(.*?)```", doc, re.DOTALL).group(1))
    Report.model_validate(example)
    for model, keys in (
        (Report, example),
        (Summary, example["summary"]),
        (Scope, example["scope"]),
    ):
        assert set(model.model_fields) <= set(keys), model.__name__
    assert set(CheckInfo.model_fields) <= set(next(iter(example["check_info"].values())))
