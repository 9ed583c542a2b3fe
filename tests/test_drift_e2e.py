"""End to end: audit a served site, approve it, edit the files, and run `prevet drift` for real.

The site is a copy of fixtures/sites/drift-base in tmp_path, served on 127.0.0.1 under its own
name with --resolve; edits to the copy are what the next crawl sees.
"""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import SITES, run_prevet, served
from tests.test_drift_checks import (
    add_cbd_page,
    cosmetic_edits,
    drop_no_sharing,
    precheck_box,
    rename_business,
)

HOST = "www.harborviewdental.com"
pytestmark = pytest.mark.browser


class Webhook:
    """A local webhook receiver that keeps the JSON bodies POSTed to it."""

    def __init__(self) -> None:
        self.bodies: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - stdlib's name
                length = int(self.headers.get("Content-Length", 0))
                outer.bodies.append(json.loads(self.rfile.read(length)))
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def webhook() -> Iterator[Webhook]:
    hook = Webhook()
    yield hook
    hook.close()


def edit_site(root: Path, *edits) -> None:  # noqa: ANN002 - functions Pages -> Pages
    """Apply the snapshot-level edits to the served files (paths <-> file names)."""
    files = {
        ("/" if f.name == "index.html" else f"/{f.relative_to(root).with_suffix('')}"): f
        for f in root.rglob("*.html")
    }
    pages = {path: file.read_text() for path, file in files.items()}
    for edit in edits:
        pages = edit(pages)
    for path, html in pages.items():
        file = files.get(path) or root / f"{path.strip('/')}.html"
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(html)


def prevet(*args: str):
    proc = run_prevet(*args)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def failed_drift(report: dict) -> set[str]:
    return {
        f["check"]
        for f in report["findings"]
        if f["check"].startswith("drift.") and f.get("status") == "failed"
    }


def test_drift_end_to_end(tmp_path: Path, chromium_path: str, webhook: Webhook) -> None:
    site = tmp_path / "site"
    shutil.copytree(SITES / "drift-base", site)
    store = f"sqlite:///{tmp_path / 'history.sqlite3'}"
    with served(site) as server:
        url, resolve = server.url(HOST), server.resolve(HOST)
        common = ("--resolve", resolve, "--store", store)
        audit = prevet("audit", url, *common, "--out", str(tmp_path / "audit"), "--quiet")
        assert audit.returncode == 0, audit.stdout + audit.stderr
        approved = prevet("baseline", url, "--store", store)
        assert approved.returncode == 0 and "Baseline for harborviewdental.com" in approved.stdout

        same = prevet(
            "drift", url, *common, "--out", str(tmp_path / "same"), "--notify", webhook.url
        )
        assert same.returncode == 0, same.stdout + same.stderr
        assert "no drift" in same.stdout
        report = json.loads((tmp_path / "same" / "report.json").read_text())
        assert report["extras"]["drift"]["changes"] == []
        assert failed_drift(report) == set()
        assert report["checks"]["drift.sms_clause_removed"] == "passed"
        assert webhook.bodies == []  # nothing to tell

        edit_site(site, cosmetic_edits)
        cosmetic = prevet("drift", url, *common, "--out", str(tmp_path / "cosmetic"))
        assert cosmetic.returncode == 0, cosmetic.stdout + cosmetic.stderr

        edit_site(site, precheck_box, drop_no_sharing, add_cbd_page, rename_business)
        drifted = prevet(
            "drift", url, *common, "--out", str(tmp_path / "drift"), "--notify", webhook.url
        )
        assert drifted.returncode == 1, drifted.stdout + drifted.stderr
        report = json.loads((tmp_path / "drift" / "report.json").read_text())
        assert failed_drift(report) == {
            "drift.checkbox_changed",
            "drift.sms_clause_removed",
            "drift.privacy_changed",
            "drift.new_prohibited_content",
            "drift.brand_changed",
        }
        changes = {c["check"]: c for c in report["extras"]["drift"]["changes"]}
        assert changes["drift.sms_clause_removed"]["old"].startswith(
            "No mobile information will be shared with third parties"
        )
        assert changes["drift.brand_changed"]["old"] == "Harborview Dental Care"
        assert changes["drift.brand_changed"]["new"] == "Bayside Smiles Dental"
        assert changes["drift.new_prohibited_content"]["url"].endswith("/shop/cbd-tincture")
        assert "pre-checked" in changes["drift.checkbox_changed"]["message"]
        assert "No mobile information" not in changes["drift.privacy_changed"]["new"]
        assert report["extras"]["drift"]["baseline_run"] in approved.stdout
        assert "Changes since approval" in (tmp_path / "drift" / "report.html").read_text()
        assert (
            "drift.checkbox_changed" in drifted.stdout
            and "- No mobile information" in drifted.stdout
        )  # the console quotes the old wording
        (body,) = webhook.bodies
        assert "5 change(s)" in body["text"] and body["baseline_run"]
        assert {c["check"] for c in body["changes"]} == set(changes)

    # the server is gone now: could not check, never drift and never all-clear
    down = prevet("drift", url, *common, "--out", str(tmp_path / "down"))
    assert down.returncode == 2, down.stdout + down.stderr
    assert "could not check" in down.stdout

    history = prevet("history", url, "--store", store)
    lines = history.stdout.splitlines()[1:]
    assert [line.split()[2] for line in lines] == ["drift"] * 4 + ["audit"]
    assert lines[-1].endswith("baseline") and "not_checked" in lines[0]


def test_drift_over_a_list_of_sites(tmp_path: Path, chromium_path: str) -> None:
    store = f"sqlite:///{tmp_path / 'history.sqlite3'}"
    with served("drift-base") as server:
        url, resolve = server.url(HOST), server.resolve(HOST)
        assert (
            prevet(
                "audit",
                url,
                "--resolve",
                resolve,
                "--store",
                store,
                "--out",
                str(tmp_path / "a"),
                "--quiet",
            ).returncode
            == 0
        )
        assert prevet("baseline", url, "--store", store).returncode == 0
        listing = tmp_path / "sites.txt"
        listing.write_text(f"# sites we registered\n{url}\n\nwww.never-approved-site.com\n")
        proc = prevet(
            "drift",
            str(listing),
            "--resolve",
            resolve,
            "--store",
            store,
            "--out",
            str(tmp_path / "runs"),
            "--concurrency",
            "2",
        )
    assert proc.returncode == 2, proc.stdout + proc.stderr  # one site could not be checked
    assert f"== {url}: no drift" in proc.stdout
    assert "== www.never-approved-site.com: could not check" in proc.stdout
    assert "no approved baseline" in proc.stdout
    assert (tmp_path / "runs" / f"harborviewdental.com_{server.port}" / "report.json").exists()
