"""The history store: runs, findings, pages and blobs kept atomically, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from analyzers.analyze import analyze
from crawler.snapshot import SiteSnapshot
from prevet.errors import PrevetError
from prevet.store import (
    engine_for,
    find_run,
    get_baseline,
    list_runs,
    load_report,
    load_snapshot,
    save_audit,
    set_baseline,
    site_key,
)
from prevet.store import save as save_module
from prevet.store.engine import forget_engines
from prevet.store.models import Blob, FindingRow, PageRow, Run
from reports.model import Report, build_report
from tests import postgres
from tests.snapshots import snapshot_from_pages

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "fixtures" / "sites" / "drift-base"
BASE = "https://www.harborviewdental.com/"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[postgres.PostgresServer]:
    yield from postgres.server_fixture()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Every store test runs on SQLite and on a real PostgreSQL server."""
    yield from postgres.store_url_fixture(request, tmp_path)


def site_pages(site: Path = SITE) -> dict[str, str]:
    files = sorted(site.glob("*.html"), key=lambda f: f.name != "index.html")
    return {("/" if f.name == "index.html" else f"/{f.stem}"): f.read_text() for f in files}


def audited(
    pages: dict[str, str] | None = None, base: str = BASE, started: str = "2026-11-20T10:00:00Z"
) -> tuple[Report, SiteSnapshot]:
    snapshot = snapshot_from_pages(pages or site_pages(), base)
    report = build_report(
        snapshot, analyze(snapshot), target=base, started_at=started, finished_at=started
    )
    return report, snapshot


def counts(url: str) -> dict[str, int]:
    with Session(engine_for(url)) as session:
        return {
            model.__tablename__: session.execute(
                select(func.count()).select_from(model)
            ).scalar_one()
            for model in (Run, FindingRow, PageRow, Blob)
        }


def test_a_run_round_trips(store_url: str) -> None:
    report, snapshot = audited()
    run_id = save_audit(report, snapshot, url=store_url)
    assert load_snapshot(run_id, store_url) == snapshot  # page texts put back in place
    assert load_report(run_id, store_url)["findings"] == report.findings
    (run,) = list_runs("harborviewdental.com", store_url)
    assert (run.id, run.kind, run.verdict, run.pages) == (
        run_id,
        "audit",
        report.summary.verdict,
        len(snapshot.pages),
    )
    assert run.tool_version == report.tool.version
    assert run.started_at == "2026-11-20T10:00:00Z"


def test_runs_are_listed_newest_first_per_site(store_url: str) -> None:
    first = save_audit(*audited(), url=store_url)
    second = save_audit(*audited(), url=store_url)
    other = save_audit(*audited(base="https://www.other-clinic.com/"), url=store_url)
    assert [r.id for r in list_runs("https://harborviewdental.com/", store_url)] == [second, first]
    assert [r.id for r in list_runs("www.other-clinic.com", store_url)] == [other]
    assert list_runs("never-audited.com", store_url) == []


def test_unchanged_texts_are_stored_once(store_url: str) -> None:
    save_audit(*audited(), url=store_url)
    after_one = counts(store_url)
    save_audit(*audited(started="2026-11-21T10:00:00Z"), url=store_url)
    after_two = counts(store_url)
    assert after_two["runs"] == 2 and after_two["pages"] == 2 * after_one["pages"]
    # the snapshot and report JSON differ by their timestamps; every page text is shared
    assert after_two["blobs"] - after_one["blobs"] <= 2


def test_baseline_is_one_run_per_site_and_can_be_replaced(store_url: str) -> None:
    first = save_audit(*audited(), url=store_url)
    second = save_audit(*audited(), url=store_url)
    assert get_baseline(BASE, store_url) is None
    assert set_baseline(first, store_url).is_baseline
    assert get_baseline(BASE, store_url).id == first
    set_baseline(second, store_url)
    assert get_baseline(BASE, store_url).id == second
    assert [r.is_baseline for r in list_runs(BASE, store_url)] == [True, False]


def test_runs_are_found_by_a_unique_prefix(store_url: str) -> None:
    run_id = save_audit(*audited(), url=store_url)
    assert find_run(run_id[:6], store_url).id == run_id
    assert find_run(run_id.upper(), store_url).id == run_id
    assert find_run("ffff" if not run_id.startswith("ffff") else "0000", store_url) is None


def test_the_schema_is_migrated_to_head_on_open(store_url: str) -> None:
    engine = engine_for(store_url)
    with engine.connect() as conn:
        assert (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            == "0003_lost_sites"
        )
    forget_engines()
    engine_for(store_url)  # opening an up-to-date store again is a no-op, not an error


def test_site_keys_ignore_scheme_and_www_but_keep_ports() -> None:
    assert site_key("https://www.Acme.com/x") == site_key("http://acme.com") == "acme.com"
    assert site_key("acme.com") == "acme.com"
    assert site_key("http://www.acme.com:8080/") == "acme.com:8080"
    assert site_key("https://acme.com:443/") == "acme.com"


@pytest.mark.parametrize(
    "url, words",
    [
        ("not a url", "not a database URL"),
        ("nosuchdb://host/x", "no database driver"),
        ("sqlite:////nonexistent-dir/deeper/history.sqlite3", "cannot open the history store"),
        ("postgresql://nobody:secret@127.0.0.1:1/x", "cannot open the history store"),
    ],
)
def test_bad_store_urls_are_one_line_errors(url: str, words: str) -> None:
    with pytest.raises(PrevetError) as caught:
        engine_for(url)
    message = str(caught.value)
    assert words in message and "\n" not in message
    assert "secret" not in message  # passwords are never echoed


def test_prevet_store_environment_variable_is_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'env.sqlite3'}"
    monkeypatch.setenv("PREVET_STORE", url)
    run_id = save_audit(*audited())
    assert [r.id for r in list_runs(BASE, url)] == [run_id]
    forget_engines()


def test_the_default_store_lives_in_the_user_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prevet.store import default_url

    monkeypatch.delenv("PREVET_STORE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_url() == f"sqlite:///{tmp_path / 'data' / 'prevet' / 'history.sqlite3'}"
    assert (tmp_path / "data" / "prevet").is_dir()


def test_ctrl_c_during_a_save_leaves_no_trace(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = save_audit(*audited(), url=store_url)
    before = counts(store_url)
    real_put = save_module.put_blob
    calls = {"n": 0}

    def interrupted(session, data: bytes) -> str:  # noqa: ANN001
        calls["n"] += 1
        if calls["n"] == 4:  # after the run row, its findings and some pages were written
            session.flush()
            raise KeyboardInterrupt
        return real_put(session, data)

    monkeypatch.setattr(save_module, "put_blob", interrupted)
    changed = {k: v.replace("Portland", "Bangor") for k, v in site_pages().items()}
    with pytest.raises(KeyboardInterrupt):
        save_audit(*audited(changed), url=store_url)
    assert counts(store_url) == before
    assert [r.id for r in list_runs(BASE, store_url)] == [kept]


CHILD = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from tests.test_store import audited, site_pages
    from prevet.store import save_audit
    from prevet.store import save as save_module
    url = {url!r}
    print("KEPT", save_audit(*audited(), url=url), flush=True)
    real_put, calls = save_module.put_blob, [0]
    def slow(session, data):
        calls[0] += 1
        digest = real_put(session, data)
        if calls[0] == 5:
            session.flush()
            print("WRITING", flush=True)
            time.sleep(120)
        return digest
    save_module.put_blob = slow
    changed = {{k: v.replace("Portland", "Bangor") for k, v in site_pages().items()}}
    save_audit(*audited(changed), url=url)
    print("UNEXPECTED: the save finished", flush=True)
""")


def test_a_run_killed_mid_write_leaves_the_store_intact(store_url: str, tmp_path: Path) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(root=str(ROOT), url=store_url))
    proc = subprocess.Popen(
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    kept = proc.stdout.readline().split()[-1]
    assert proc.stdout.readline().strip() == "WRITING", proc.stderr.read() if proc.stderr else ""
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    forget_engines()
    assert [r.id for r in list_runs(BASE, store_url)] == [kept]
    engine = engine_for(store_url)
    with Session(engine) as session:
        assert (
            session.execute(
                select(func.count()).select_from(FindingRow).where(FindingRow.run_id != kept)
            ).scalar_one()
            == 0
        )
        assert (
            session.execute(
                select(func.count()).select_from(PageRow).where(PageRow.run_id != kept)
            ).scalar_one()
            == 0
        )
        if engine.dialect.name == "sqlite":
            assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
    # the earlier run is whole, and the store takes new runs
    assert "Portland" in load_snapshot(kept, store_url).pages[0].text
    assert save_audit(*audited(), url=store_url) in {r.id for r in list_runs(BASE, store_url)}


def test_form_screenshots_are_kept_once_by_content(store_url: str, tmp_path: Path) -> None:
    from prevet.store import load_files

    report, snapshot = audited()
    form = next(f for p in snapshot.pages for f in p.forms)
    form.screenshot = "screenshots/signup-form.png"
    (tmp_path / "screenshots").mkdir()
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    (tmp_path / "screenshots" / "signup-form.png").write_bytes(png)
    first = save_audit(report, snapshot, url=store_url, base_dir=tmp_path)
    blobs = counts(store_url)["blobs"]
    second = save_audit(report, snapshot, url=store_url, base_dir=tmp_path)
    assert (
        load_files(first, store_url)
        == load_files(second, store_url)
        == {"screenshots/signup-form.png": png}
    )
    assert counts(store_url)["blobs"] == blobs  # same report, same snapshot, same picture
