"""`prevet history` and `prevet baseline` over a store filled with runs built from snapshots."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.snapshot import SiteSnapshot
from prevet import drift_commands
from prevet.cli import main
from prevet.errors import PrevetError
from prevet.store import get_baseline, save_audit
from reports.model import Report, Summary
from tests import postgres
from tests.test_store import BASE, audited


@pytest.fixture(scope="session")
def pg_server() -> Iterator[postgres.PostgresServer]:
    yield from postgres.server_fixture()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The commands behave the same on both kinds of store."""
    yield from postgres.store_url_fixture(request, tmp_path)


def unreachable_run(store: str) -> str:
    report = Report(
        target=BASE,
        started_at="2026-11-22T00:00:00Z",
        finished_at="2026-11-22T00:00:05Z",
        summary=Summary(verdict="not_checked"),
    )
    snapshot = SiteSnapshot(start_url=BASE, unreachable="connection refused")
    return save_audit(report, snapshot, url=store)


def test_history_lists_runs_newest_first_with_the_baseline_marked(
    store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    first = save_audit(*audited(started="2026-11-20T10:00:00Z"), url=store)
    second = save_audit(*audited(started="2026-11-21T10:00:00Z"), url=store)
    assert drift_commands.baseline(first, store=store) == 0
    capsys.readouterr()
    assert drift_commands.history("harborviewdental.com", store=store) == 0
    header, newest, oldest = capsys.readouterr().out.splitlines()
    assert header.split()[:4] == ["RUN", "FINISHED", "KIND", "VERDICT"]
    assert newest.startswith(second) and "2026-11-21T10:00:00Z" in newest
    assert oldest.startswith(first) and oldest.endswith("baseline")
    assert "audit" in oldest and "ready" in oldest


def test_history_of_an_unknown_site_says_so(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert drift_commands.history("never-seen.com", store=store) == 0
    assert "No stored runs for never-seen.com" in capsys.readouterr().out


def test_baseline_of_a_url_approves_its_latest_usable_run(store: str) -> None:
    save_audit(*audited(), url=store)
    latest = save_audit(*audited(), url=store)
    unreachable_run(store)  # newer, but it never saw the site
    assert drift_commands.baseline("https://www.harborviewdental.com", store=store) == 0
    assert get_baseline(BASE, store).id == latest


def test_baseline_by_run_id_prefix(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    first = save_audit(*audited(), url=store)
    save_audit(*audited(), url=store)
    assert drift_commands.baseline(first[:8], store=store) == 0
    assert get_baseline(BASE, store).id == first
    assert f"run {first}" in capsys.readouterr().out


@pytest.mark.parametrize(
    "target, words",
    [
        ("never-seen.com", "no stored runs for never-seen.com"),
        ("abcdef123456", "no stored run 'abcdef123456'"),
    ],
)
def test_baseline_errors_are_one_line(store: str, target: str, words: str) -> None:
    save_audit(*audited(), url=store)
    with pytest.raises(PrevetError, match=words):
        drift_commands.baseline(target, store=store)


def test_a_run_that_never_saw_the_site_cannot_be_the_baseline(store: str) -> None:
    run_id = unreachable_run(store)
    with pytest.raises(PrevetError, match="cannot be a baseline"):
        drift_commands.baseline(run_id, store=store)
    with pytest.raises(PrevetError, match="no run of"):
        drift_commands.baseline(BASE, store=store)


def test_drift_without_a_baseline_exits_2_with_the_next_step(
    store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    save_audit(*audited(), url=store)
    assert main(["drift", BASE, "--store", store]) == 2
    err = capsys.readouterr().err
    assert "no approved baseline" in err and "prevet baseline" in err and "\n" == err[-1]


def test_a_bad_store_url_exits_2_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", BASE, "--store", "not a url"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("prevet: ") and "not a database URL" in err and "\n" not in err


def test_the_store_comes_from_prevet_store(
    store: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run_id = save_audit(*audited(), url=store)
    monkeypatch.setenv("PREVET_STORE", store)
    assert main(["history", "harborviewdental.com"]) == 0
    assert run_id in capsys.readouterr().out
