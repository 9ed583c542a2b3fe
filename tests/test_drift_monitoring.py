"""Monitoring never goes quiet: `drift --notify` tells when a site drifted and also when it could
not be checked (down, bot wall, no baseline), each with its own status; notices carry the
report's absolute path and, with --report-url, a link; a run over many sites sends one digest;
Apprise URLs work beside plain webhooks (json:// to a local server here)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import prevet.drift_commands
from crawler.snapshot import SiteSnapshot
from prevet.cli import main
from prevet.notify import digest, report_link, site_notice
from tests.snapshots import snapshot_from_pages
from tests.test_drift_checks import precheck_box
from tests.test_drift_run import WALL, crawl_returns, store  # noqa: F401 - the fixture
from tests.test_store import BASE, site_pages


class Inbox:
    """A local HTTP server that keeps every JSON body POSTed to it."""

    def __init__(self) -> None:
        received = self.received = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - stdlib's name
                data = self.rfile.read(int(self.headers["Content-Length"]))
                received.append((self.path, json.loads(data)))
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def webhook(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks/prevet"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def inbox() -> Iterator[Inbox]:
    box = Inbox()
    yield box
    box.close()


def _drift(store: str, out: Path, *extra: str) -> int:
    return main(["drift", BASE, "--store", store, "--out", str(out), *extra])


def test_drift_is_posted_with_the_absolute_report_path_and_link(
    store, tmp_path, monkeypatch, inbox
) -> None:
    crawl_returns(monkeypatch, snapshot_from_pages(precheck_box(site_pages()), BASE))
    monkeypatch.chdir(tmp_path)
    code = _drift(
        store,
        Path("out"),
        "--notify",
        inbox.webhook,
        "--report-url",
        "https://reports.example.com/acme/",
    )
    assert code == 1
    [(path, body)] = inbox.received
    assert path == "/hooks/prevet" and body["status"] == "drift"
    assert body["report"] == str((tmp_path / "out" / "report.html").resolve())
    assert Path(body["report"]).is_absolute() and Path(body["report"]).is_file()
    assert body["report_url"] == "https://reports.example.com/acme/report.html"
    assert body["text"].startswith("prevet: 1 change(s) on " + BASE)
    assert body["report_url"] in body["text"]


@pytest.mark.parametrize(
    "snapshot, words",
    [
        (SiteSnapshot(start_url=BASE, unreachable="connection refused"), "could not be reached"),
        (snapshot_from_pages({"/": WALL}, BASE), "bot challenge"),
    ],
)
def test_a_site_that_could_not_be_checked_is_posted_too(
    store, tmp_path, monkeypatch, inbox, snapshot, words
) -> None:
    if snapshot.pages:
        snapshot.pages[0].status = 503
    crawl_returns(monkeypatch, snapshot)
    assert _drift(store, tmp_path / "out", "--notify", inbox.webhook) == 2
    [(_path, body)] = inbox.received
    assert body["status"] == "not_checked" and body["exit_code"] == 2
    assert words in body["reason"] and "not an all-clear" in body["text"]
    assert Path(body["report"]).is_absolute()


def test_an_approved_page_it_could_not_read_is_posted_as_not_checked(
    store, tmp_path, monkeypatch, inbox
) -> None:
    snapshot = snapshot_from_pages({**site_pages(), "/privacy": WALL}, BASE)
    snapshot.page(BASE + "privacy").status = 403
    crawl_returns(monkeypatch, snapshot)
    assert _drift(store, tmp_path / "out", "--notify", inbox.webhook) == 2
    [(_path, body)] = inbox.received
    assert body["status"] == "not_checked" and "could not check" in body["reason"]


def test_no_baseline_is_posted_and_exits_2(tmp_path, inbox, capsys) -> None:
    empty = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    assert _drift(empty, tmp_path / "out", "--notify", inbox.webhook) == 2
    assert "no approved baseline" in capsys.readouterr().err
    [(_path, body)] = inbox.received
    assert body["status"] == "no_baseline" and "prevet baseline" in body["reason"]


def test_no_drift_stays_quiet(store, tmp_path, monkeypatch, inbox) -> None:
    crawl_returns(monkeypatch, snapshot_from_pages(site_pages(), BASE))
    assert _drift(store, tmp_path / "out", "--notify", inbox.webhook) == 0
    assert inbox.received == []


def test_an_apprise_url_is_accepted_beside_a_webhook(store, tmp_path, monkeypatch, inbox) -> None:
    crawl_returns(monkeypatch, snapshot_from_pages(precheck_box(site_pages()), BASE))
    assert _drift(store, tmp_path / "out", "--notify", f"json://127.0.0.1:{inbox.port}/") == 1
    [(_path, body)] = inbox.received
    # Apprise's JSON: a title and a message, with the kind of notice
    assert body["title"].startswith("prevet: 1 change(s) on " + BASE)
    assert "drift.checkbox_changed" in body["message"]
    assert body["type"] == "warning"


def test_a_destination_that_is_neither_exits_2_before_crawling(
    store, tmp_path, monkeypatch, capsys
) -> None:
    requests = crawl_returns(monkeypatch, snapshot_from_pages(site_pages(), BASE))
    assert _drift(store, tmp_path / "out", "--notify", "nosuchscheme://hook") == 2
    err = capsys.readouterr().err
    assert "--notify takes an http(s) webhook URL or an Apprise URL" in err
    assert err.count("\n") == 1 and requests == []


# -- many sites: one digest --------------------------------------------------------------------


def test_a_run_of_many_sites_sends_one_digest(tmp_path, monkeypatch, inbox, capsys) -> None:
    sites = [
        "https://www.alpha-dental.com/",
        "https://www.beta-salon.com/",
        "https://www.gamma-yoga.com/",
        "not a url at all",
    ]
    listing = tmp_path / "sites.txt"
    listing.write_text("\n".join(sites) + "\n")
    outcomes = {sites[0]: ("drift", 1), sites[1]: ("no_drift", 0), sites[2]: ("not_checked", 2)}
    children: list[list[str]] = []

    def fake_child(args: list[str]) -> tuple[int, str]:
        children.append(args)
        url = args[args.index("drift") + 1]
        status, code = outcomes[url]
        report = Path(args[args.index("--out") + 1]) / "report.html"
        link = args[args.index("--report-url") + 1] + "/report.html"
        changes = (
            [{"check": "drift.checkbox_changed", "severity": "error", "message": "x"}]
            if status == "drift"
            else []
        )
        body = site_notice(
            target=url,
            status=status,
            exit_code=code,
            changes=changes,
            reason="the site could not be reached" if code == 2 else "",
            report=report,
            link=link,
        )
        Path(args[args.index("--notice-file") + 1]).write_text(json.dumps(body))
        return code, f"{url}: {status}"

    monkeypatch.setattr(prevet.drift_commands, "run_child", fake_child)
    history = f"sqlite:///{tmp_path / 'h.sqlite3'}"
    code = main(
        [
            "drift",
            str(listing),
            "--store",
            history,
            "--out",
            str(tmp_path / "out"),
            "--notify",
            inbox.webhook,
            "--report-url",
            "https://r.example.com/x",
        ]
    )
    assert code == 1
    # the children never notify on their own; the parent sends one digest
    assert all("--notify" not in args for args in children) and len(children) == 3
    [(_path, body)] = inbox.received
    assert body["status"] == "drift" and len(body["sites"]) == 4
    assert body["text"].splitlines()[0] == (
        "prevet drift: 4 site(s): 1 with drift, 2 could not be checked, 1 unchanged"
    )
    assert "https://r.example.com/x/alpha-dental.com/report.html" in body["text"]
    assert "not a url at all" in body["text"]
    printed = capsys.readouterr().out
    assert "[1/4]" in printed and "[4/4]" in printed
    assert "SITE" in printed and "STATUS" in printed and "could not check" in printed


def test_the_digest_of_a_quiet_run_is_not_sent(tmp_path, monkeypatch, inbox) -> None:
    listing = tmp_path / "sites.txt"
    listing.write_text("https://www.alpha-dental.com/\n")

    def fake_child(args: list[str]) -> tuple[int, str]:
        body = site_notice(target=args[args.index("drift") + 1], status="no_drift", exit_code=0)
        Path(args[args.index("--notice-file") + 1]).write_text(json.dumps(body))
        return 0, "no drift"

    monkeypatch.setattr(prevet.drift_commands, "run_child", fake_child)
    history = f"sqlite:///{tmp_path / 'h.sqlite3'}"
    assert main(["drift", str(listing), "--store", history, "--notify", inbox.webhook]) == 0
    assert inbox.received == []


def test_report_links_follow_the_published_folder(tmp_path: Path) -> None:
    report = tmp_path / "out" / "acme.com" / "report.html"
    assert (
        report_link(report, tmp_path / "out", "https://r.example.com/")
        == "https://r.example.com/acme.com/report.html"
    )
    assert report_link(report, None, "https://r.example.com") == "https://r.example.com/report.html"
    assert report_link(report, tmp_path / "out", None) is None
    quiet = digest([site_notice(target="https://a.com/", status="no_drift", exit_code=0)])
    assert quiet["status"] == "no_drift" and quiet["exit_code"] == 0
