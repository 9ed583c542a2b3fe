"""`prevet check-campaign FILE` through the real command line: output and exit codes."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.conftest import ROOT, run_prevet

CAMPAIGNS = ROOT / "fixtures" / "campaigns"


def test_compliant_package_exits_0_and_says_ready() -> None:
    proc = run_prevet("check-campaign", str(CAMPAIGNS / "compliant.yaml"), timeout=120)
    assert proc.returncode == 0, proc.stderr
    first = proc.stdout.splitlines()[0]
    assert first.endswith("ready to submit — 0 errors, 0 warnings, 0 notes")
    assert "not checked without a website" in proc.stdout
    assert "brand.name_mismatch" in proc.stdout


def test_errors_exit_1_with_line_and_paste_ready_fix() -> None:
    path = CAMPAIGNS / "samples.brand_missing.yaml"
    proc = run_prevet("check-campaign", str(path), timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert f"error   samples.brand_missing  {path}:36" in proc.stdout
    assert (
        'fix: Name the brand, e.g.: "Brightwater Dental: A statement for your visit' in proc.stdout
    )


def test_fail_on_decides_the_exit_code() -> None:
    warning_only = str(CAMPAIGNS / "brand.email_domain_mismatch.yaml")
    assert run_prevet("check-campaign", warning_only, timeout=120).returncode == 0
    assert (
        run_prevet("check-campaign", warning_only, "--fail-on", "warning", timeout=120).returncode
        == 1
    )
    error = str(CAMPAIGNS / "brand.po_box.yaml")
    assert run_prevet("check-campaign", error, "--fail-on", "never", timeout=120).returncode == 0


def test_json_output_has_the_report_shape() -> None:
    path = CAMPAIGNS / "replies.optout_no_confirmation.yaml"
    proc = run_prevet("check-campaign", str(path), "--format", "json", timeout=120)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["summary"]["verdict"] == "needs_changes"
    assert report["checks"]["replies.optout_no_confirmation"] == "failed"
    assert report["checks"]["brand.name_mismatch"] == "not_applicable"
    assert not any(cid.startswith(("site.", "optin.", "privacy.")) for cid in report["checks"])
    [finding] = report["findings"]
    assert finding["check"] == "replies.optout_no_confirmation"
    assert finding["selector"] == "campaign.replies.optout"
    assert finding["ref"] == "5102"
    assert finding["fix"].startswith('Confirm the stop: "Brightwater Dental: You are unsubscribed')
    assert finding["details"]["line"] == 43


def test_checks_silenced_in_prevet_yaml_are_silenced(tmp_path: Path) -> None:
    (tmp_path / "prevet.yaml").write_text("ignore:\n  checks: [brand.po_box]\n")
    proc = run_prevet(
        "check-campaign",
        str(CAMPAIGNS / "brand.po_box.yaml"),
        cwd=tmp_path,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "ready to submit" in proc.stdout.splitlines()[0]
    assert "error   brand.po_box" not in proc.stdout
