"""prevet.drift.run_drift without a crawl: the new snapshot is handed in, everything else is real
(the store, the baseline, the drift checks, the merged report, exit codes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import prevet.audit
from analyzers.analyze import analyze
from crawler.snapshot import SiteSnapshot
from prevet.audit import AuditOutcome, AuditRequest, write_reports
from prevet.drift import DriftSettings, run_drift
from prevet.store import list_runs, save_audit, set_baseline
from prevet.store.engine import forget_engines
from reports.model import build_report
from tests.snapshots import snapshot_from_pages
from tests.test_drift_checks import precheck_box
from tests.test_store import BASE, audited, site_pages

WALL = (
    "<html><head><title>Just a moment...</title></head><body><p>Checking your browser "
    "before accessing the site. This process is automatic.</p></body></html>"
)


@pytest.fixture
def store(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'history.sqlite3'}"
    set_baseline(save_audit(*audited(), url=url), url)
    yield url
    forget_engines()


def crawl_returns(monkeypatch: pytest.MonkeyPatch, snapshot: SiteSnapshot) -> list[AuditRequest]:
    """Replace the crawl+analyze step with one that 'finds' this snapshot."""
    requests: list[AuditRequest] = []

    def fake_run_audit(request: AuditRequest, progress=None) -> AuditOutcome:  # noqa: ANN001
        requests.append(request)
        report = build_report(
            snapshot, analyze(snapshot), target=request.target, started_at="2026-11-22T06:15:00Z"
        )
        out = request.out_dir
        out.mkdir(parents=True, exist_ok=True)
        files = write_reports(report, snapshot, out, ("json",))
        return AuditOutcome(report=report, snapshot=snapshot, out_dir=out, files=files)

    monkeypatch.setattr(prevet.audit, "run_audit", fake_run_audit)
    return requests


def test_drift_is_merged_into_the_report_and_stored(
    store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    requests = crawl_returns(monkeypatch, snapshot_from_pages(precheck_box(site_pages()), BASE))
    outcome = run_drift(BASE, DriftSettings(store=store, out=tmp_path / "out"))
    assert (outcome.status, outcome.exit_code) == ("drift", 1)
    # the approved opt-in and policy pages are fetched again, linked or not
    assert {BASE + "appointment-reminders", BASE + "privacy", BASE + "sms-terms"} <= set(
        requests[0].crawl.extra_urls
    )
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["checks"]["drift.checkbox_changed"] == "failed"
    assert [c["check"] for c in report["extras"]["drift"]["changes"]] == ["drift.checkbox_changed"]
    assert report["extras"]["drift"]["baseline_run"] == outcome.baseline.id
    assert report["summary"]["verdict"] == "needs_changes" and report["summary"]["errors"] >= 1
    newest = list_runs(BASE, store)[0]
    assert (newest.id, newest.kind, newest.drift_changes) == (outcome.run_id, "drift", 1)


def test_fail_on_error_ignores_warning_drift(
    store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = site_pages()
    pages["/terms"] = pages["/terms"].replace("24 hours'", "48 hours'")
    crawl_returns(monkeypatch, snapshot_from_pages(pages, BASE))
    warn = run_drift(BASE, DriftSettings(store=store, out=tmp_path / "w", fail_on="warning"))
    assert [c["check"] for c in warn.changes] == ["drift.terms_changed"] and warn.exit_code == 1
    err = run_drift(BASE, DriftSettings(store=store, out=tmp_path / "e", fail_on="error"))
    assert err.exit_code == 0


@pytest.mark.parametrize(
    "snapshot, words",
    [
        (SiteSnapshot(start_url=BASE, unreachable="connection refused"), "could not be reached"),
        (snapshot_from_pages({"/": WALL}, BASE), "bot challenge"),
    ],
)
def test_a_down_or_walled_site_is_could_not_check(
    store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, snapshot: SiteSnapshot, words: str
) -> None:
    if snapshot.pages:
        snapshot.pages[0].status = 503
    crawl_returns(monkeypatch, snapshot)
    outcome = run_drift(BASE, DriftSettings(store=store, out=tmp_path / "out"))
    assert (outcome.status, outcome.exit_code, outcome.changes) == ("not_checked", 2, [])
    assert words in outcome.reason
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["summary"]["verdict"] == "not_checked"
    assert {s for c, s in report["checks"].items() if c.startswith("drift.")} == {"needs_review"}
    assert list_runs(BASE, store)[0].verdict == "not_checked"


def test_an_approved_page_behind_a_wall_is_not_an_all_clear(
    store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    snapshot = snapshot_from_pages({**site_pages(), "/privacy": WALL}, BASE)
    snapshot.page(BASE + "privacy").status = 403
    crawl_returns(monkeypatch, snapshot)
    outcome = run_drift(BASE, DriftSettings(store=store, out=tmp_path / "out"))
    assert outcome.changes == [] and outcome.exit_code == 2
    assert "could not check" in outcome.reason
