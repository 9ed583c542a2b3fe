"""The registry, the catalog file and shared/CHECKS.md stay in step; checks are declared once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analyzers.analyze import analyze, verdict_of
from analyzers.context import AnalysisContext
from analyzers.registry import (
    Finding,
    Hit,
    NotApplicable,
    Severity,
    Status,
    all_checks,
    catalog,
    check,
    run_check,
)

SPEC = Path(__file__).resolve().parents[2] / "shared" / "CHECKS.md"


def _spec_ids() -> dict[str, str]:
    if not SPEC.exists():
        pytest.skip("shared/CHECKS.md is not beside the repository")
    rows = re.findall(
        r"^\| ([a-z]+\.[a-z_]+) \| (error|warning|info) \|", SPEC.read_text(), re.MULTILINE
    )
    return dict(rows)


CATALOG_FILE = Path(__file__).resolve().parents[1] / "analyzers" / "catalog.txt"


def _additions() -> set[str]:
    """The ids listed after the catalog file's "prevet's additions" line."""
    text = CATALOG_FILE.read_text(encoding="utf-8").split("# prevet's additions", 1)[1]
    return {
        line.split()[0]
        for line in text.splitlines()[1:]
        if line.strip() and not line.startswith("#")
    }


ADDITIONS = _additions()


def test_catalog_file_matches_the_spec() -> None:
    """Every spec id with its severity; additions are listed and never replace a spec id."""
    ours = {k: str(v) for k, v in catalog().items()}
    assert {k: v for k, v in ours.items() if k not in ADDITIONS} == _spec_ids()
    assert not ADDITIONS & set(_spec_ids())


def test_registered_checks_are_catalog_ids_with_catalog_severities() -> None:
    for check_id, spec in all_checks().items():
        assert check_id in catalog(), f"{check_id} is not in the catalog"
        assert spec.severity == catalog()[check_id], check_id


def test_every_catalog_id_is_listed_in_a_report() -> None:
    analysis = analyze(None)
    assert set(analysis.statuses) == set(catalog())


def test_duplicate_ids_and_missing_text_fail_at_import() -> None:
    with pytest.raises(ValueError, match="twice"):
        check(
            "site.unreachable", severity="error", ref="r", title="t", message="m", why="w", fix="f"
        )(lambda ctx: ())
    with pytest.raises(ValueError, match="no why"):
        check("test.no_why", severity="error", ref="r", title="t", message="m", why=" ", fix="f")(
            lambda ctx: ()
        )


def _spec_for(func, needs=()):
    from analyzers.registry import CheckSpec

    return CheckSpec(
        id="test.example",
        severity=Severity.ERROR,
        ref="r",
        title="t",
        message="default message",
        why="w",
        fix="default fix",
        needs=needs,
        func=func,
    )


def test_a_crashing_check_needs_review_alone() -> None:
    def boom(ctx):
        raise RuntimeError("bad markup")

    result = run_check(_spec_for(boom), AnalysisContext())
    assert result.status is Status.NEEDS_REVIEW and "bad markup" in result.reason


def test_statuses_from_hits() -> None:
    ctx = AnalysisContext()
    failed = run_check(_spec_for(lambda c: [Hit(url="u", evidence="e")]), ctx)
    assert failed.status is Status.FAILED
    assert failed.findings[0].message == "default message"
    assert failed.findings[0].fix == "default fix"
    review = run_check(_spec_for(lambda c: [Hit(review=True)]), ctx)
    assert review.status is Status.NEEDS_REVIEW
    info_only = run_check(_spec_for(lambda c: [Hit(severity=Severity.INFO)]), ctx)
    assert info_only.status is Status.PASSED and info_only.findings
    assert run_check(_spec_for(lambda c: []), ctx).status is Status.PASSED

    def not_applicable(c):
        raise NotApplicable("nothing to judge")

    assert run_check(_spec_for(not_applicable), ctx).status is Status.NOT_APPLICABLE
    missing = run_check(_spec_for(lambda c: [], needs=("campaign",)), ctx)
    assert missing.status is Status.NOT_APPLICABLE and "campaign" in missing.reason


def _finding(check_id: str, severity: Severity = Severity.ERROR) -> Finding:
    return Finding(
        check=check_id,
        severity=severity,
        url=None,
        selector=None,
        evidence="",
        message="",
        fix="",
        ref="",
    )


def test_verdicts() -> None:
    assert verdict_of([]) == "ready"
    assert verdict_of([_finding("optin.stop_missing", Severity.WARNING)]) == "ready"
    assert verdict_of([_finding("optin.stop_missing")]) == "needs_changes"
    assert verdict_of([_finding("optin.stop_missing"), _finding("content.cannabis")]) == "rejected"
    assert verdict_of([_finding("content.firearms")]) == "needs_changes"


def test_a_misspelt_input_fails_at_import() -> None:
    """validate_needs runs when analyzers.checks is imported: a typo never reaches an audit."""
    from analyzers.context import known_inputs
    from analyzers.registry import CheckSpec, validate_needs

    spec = CheckSpec(
        id="demo.typo",
        severity=Severity.ERROR,
        ref="r",
        title="t",
        message="m",
        why="w",
        fix="f",
        needs=("optin_froms",),
        func=lambda ctx: (),
    )
    with pytest.raises(ValueError, match="optin_froms"):
        validate_needs([spec], known_inputs())
    validate_needs(all_checks().values(), known_inputs())  # the real registry is consistent


def test_a_provider_that_raises_costs_only_the_checks_that_need_it(monkeypatch) -> None:
    """The privacy policy provider crashes: privacy checks need review with the reason; the
    opt-in checks judge exactly as they do when nothing crashes."""
    from analyzers import context
    from tests.snapshots import snapshot_from_pages

    snapshot = snapshot_from_pages(
        {
            "/": "<html><title>Acme Dental</title><body><h1>Acme Dental</h1>"
            "<a href='/privacy'>Privacy Policy</a><form><input type=tel name=phone>"
            "<input type=checkbox name=sms checked> Text me</form></body></html>",
            "/privacy": "<html><body><h1>Privacy Policy</h1><p>Acme Dental collects your name."
            "</p></body></html>",
        }
    )
    healthy = analyze(snapshot).statuses

    def broken(ctx):
        raise RuntimeError("boom")

    import analyzers.inputs  # noqa: F401 - providers registered before patching

    monkeypatch.setitem(context._PROVIDERS, "privacy_policy", broken)
    results = {r.spec.id: r for r in analyze(snapshot).results}
    needing = {cid for cid, spec in all_checks().items() if "privacy_policy" in spec.needs}
    assert needing, "some check declares the privacy policy as an input"
    for cid in needing:
        assert results[cid].status is Status.NEEDS_REVIEW
        assert "privacy policy" in results[cid].reason and "boom" in results[cid].reason
    optin = {cid for cid in healthy if cid.startswith("optin.")}
    assert {cid: str(results[cid].status) for cid in optin} == {cid: healthy[cid] for cid in optin}
    assert healthy["optin.checkbox_prechecked"] == "failed"
