"""While the crawler's child process works, the audit opens the store and warms the analysis up
(prevet/audit.py, analyzers/warm.py). The warm-up must reach the costly parts, never fail the
audit, and a store that cannot be opened must stop the crawl and exit 2 in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzers.analyze import analyze
from analyzers.registry import Status
from analyzers.warm import warm_snapshot, warm_up
from tests.conftest import run_prevet, served


def test_the_made_up_site_reaches_the_optin_policy_and_content_checks() -> None:
    analysis = analyze(warm_snapshot())
    assert analysis.context is not None
    assert analysis.context.inputs.optin_forms, "the opt-in form is found"
    statuses = analysis.statuses
    judged = {cid for cid, status in statuses.items() if status != str(Status.NOT_APPLICABLE)}
    for family in ("optin.", "privacy.", "terms.", "content."):
        assert any(cid.startswith(family) for cid in judged), family


def test_a_warm_up_that_fails_does_not_fail_the_audit(monkeypatch: pytest.MonkeyPatch) -> None:
    import analyzers.analyze

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a check blew up")

    monkeypatch.setattr(analyzers.analyze, "analyze", broken)
    assert warm_up() is None


def test_a_store_that_cannot_be_opened_stops_the_audit(tmp_path: Path) -> None:
    out = tmp_path / "report"
    with served("demo") as server:
        proc = run_prevet(
            "audit",
            server.url("www.brightsidedental.com"),
            "--resolve",
            server.resolve("www.brightsidedental.com"),
            "--out",
            str(out),
            "--render",
            "never",
            "--store",
            "not a database url",
            "--quiet",
        )
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "store" in lines[0] and "not a database URL" in lines[0]
    assert not (out / "report.json").exists()
