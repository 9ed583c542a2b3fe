"""A portfolio run (`prevet audit` of several sites): one warm worker audits every site into
OUT/<host>/, writes index.html, portfolio.json and junit.xml, and one bad site (a server that
resets connections, one that never answers, a closed port, a browser or crawl process that dies)
never costs the others their reports."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import struct
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from crawler.resolve import parse_resolve
from crawler.run import CrawlOptions
from prevet.portfolio_command import SiteList
from prevet.worker import SiteAuditor, SiteOptions
from reports.portfolio import Portfolio, PortfolioSite, TopFinding
from reports.portfolio_html import render_portfolio_html
from tests.conftest import SITES, failed_checks, run_prevet, served

GOOD = {
    "demo": "www.brightsidedental.com",
    "drift-base": "www.harborviewdental.com",
    "content-sexual-adult-store": "www.velvetroseboutique.com",
}
STATUS = {"demo": "needs_changes", "drift-base": "ready", "content-sexual-adult-store": "rejected"}


class _BadServer:
    """A TCP server on 127.0.0.1 that accepts and then resets the connection at once
    (`reset`) or holds it open without ever answering (`hang`)."""

    def __init__(self, mode: str):
        self.mode = mode
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.held: list[socket.socket] = []
        self._stop = False
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            if self.mode == "reset":
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                conn.close()
            else:
                self.held.append(conn)

    def close(self) -> None:
        self._stop = True
        for conn in self.held:
            conn.close()
        self.sock.close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def _portfolio_sites() -> Iterator[tuple[list[str], list[str], dict[str, str]]]:
    """(urls, resolve entries, url -> what it is) for three fixture sites and three bad ones."""
    with ExitStack() as stack:
        urls, resolve, kinds = [], [], {}
        for name, host in GOOD.items():
            server = stack.enter_context(served(name))
            urls.append(server.url(host))
            resolve.append(server.resolve(host))
            kinds[urls[-1]] = name
        for mode, host in (
            ("reset", "www.resetting-roofers.com"),
            ("hang", "www.hanging-bakery.com"),
        ):
            bad = _BadServer(mode)
            stack.callback(bad.close)
            urls.append(f"http://{host}:{bad.port}/")
            resolve.append(f"{host}:{bad.port}:127.0.0.1")
            kinds[urls[-1]] = mode
        port = _closed_port()
        urls.append(f"http://www.gone-florist.com:{port}/")
        resolve.append(f"www.gone-florist.com:{port}:127.0.0.1")
        kinds[urls[-1]] = "closed"
        yield urls, resolve, kinds


def test_bad_sites_leave_the_others_reports_complete(tmp_path: Path, chromium_path: str) -> None:
    out = tmp_path / "out"
    listing = tmp_path / "sites.txt"
    with _portfolio_sites() as (urls, resolve, kinds):
        listing.write_text(
            "# our clients\n" + "\n".join(f"{u}  # {kinds[u]}" for u in urls) + "\n\n"
        )
        args = [
            "audit",
            "--sites",
            str(listing),
            "--out",
            str(out),
            "--no-store",
            "--site-budget",
            "45",
            "--timeout",
            "20",
            "--concurrency",
            "3",
        ]
        for entry in resolve:
            args += ["--resolve", entry]
        proc = run_prevet(*args, timeout=400)
    assert proc.returncode == 2, proc.stdout + proc.stderr  # the worst site could not be checked
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Concurrency: 3 at a time" in proc.stdout
    assert f" at {chromium_path}." in proc.stdout.split("Browser: ", 1)[1].splitlines()[0]
    portfolio = json.loads((out / "portfolio.json").read_text())
    sites = {site["url"]: site for site in portfolio["sites"]}
    assert list(sites) == urls  # in the order given
    assert portfolio["counts"] == {"ready": 1, "needs_changes": 1, "rejected": 1, "not_checked": 3}
    for url, kind in kinds.items():
        site = sites[url]
        if kind in GOOD:
            assert (site["status"], site["exit_code"]) == (STATUS[kind], int(kind != "drift-base"))
            report = json.loads((out / GOOD[kind] / "report.json").read_text())
            expected = json.loads((SITES / kind / "expected.json").read_text())
            assert failed_checks(report) == set(expected["fire"]), kind
            assert report["summary"]["verdict"] == STATUS[kind]
            assert (out / GOOD[kind] / "report.html").is_file()
            assert site["report"] == f"{GOOD[kind]}/report.html"
            assert (site["top_finding"] is None) == (kind == "drift-base")
        else:
            assert (site["status"], site["exit_code"]) == ("not_checked", 2), site
    by_kind = {kind: sites[url] for url, kind in kinds.items()}
    assert "budget of 45 s" in by_kind["hang"]["reason"]
    assert by_kind["hang"]["report"] is None
    assert "refused" in by_kind["closed"]["reason"]
    # a site that answers with resets was reached, but gave no page: its report says so
    assert by_kind["reset"]["reason"].startswith("could not be reached")
    reset_report = json.loads((out / "www.resetting-roofers.com" / "report.json").read_text())
    assert reset_report["checks"]["site.unreachable"] == "failed"

    index = (out / "index.html").read_text()
    for url in kinds:
        assert url.split("/")[2].split(":")[0] in index
    for host in GOOD.values():
        assert f'href="{host}/report.html"' in index
    rows = index.split("<tbody>")[1].split("</tbody>")[0].split("<tr ")[1:]
    assert [row.split('data-status="')[1].split('"')[0] for row in rows] == [
        sites[u]["status"] for u in urls
    ]

    suites = ET.parse(out / "junit.xml").getroot().findall("testsuite")
    assert [s.get("name") for s in suites] == urls
    for suite, url in zip(suites, urls, strict=True):
        if kinds[url] in ("hang",):
            assert [c.get("name") for c in suite] == ["site.checked"]
            assert suite.find("testcase/error") is not None
        else:
            assert len(suite.findall("testcase")) > 20
    demo_suite = suites[urls.index(next(u for u, k in kinds.items() if k == "demo"))]
    failed = {c.get("name") for c in demo_suite if c.find("failure") is not None}
    assert failed == set(json.loads((SITES / "demo" / "expected.json").read_text())["fire"])


def _descendants(pid: int) -> list[tuple[int, str]]:
    children: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            names[int(entry)] = stat.split("(", 1)[1].rsplit(")", 1)[0]
            children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    found, todo = [], list(children.get(pid, []))
    while todo:
        child = todo.pop()
        found.append((child, names.get(child, "")))
        todo.extend(children.get(child, []))
    return found


def test_a_crashed_browser_or_crawl_process_is_started_again(
    tmp_path: Path, chromium_path: str
) -> None:
    host = GOOD["demo"]
    hang = _BadServer("hang")
    try:
        with served("demo") as server:
            resolve = parse_resolve(
                [server.resolve(host), f"www.hanging-bakery.com:{hang.port}:127.0.0.1"]
            )
            with SiteAuditor(resolve) as auditor:
                options = SiteOptions(
                    crawl=CrawlOptions(render_tabs=2), store=False, out_dir=tmp_path / "first"
                )
                first = auditor.audit_site(server.url(host), options)
                assert first.status == "needs_changes" and first.attempts == 1
                browsers = [
                    pid
                    for pid, name in _descendants(auditor.service.pid)
                    if "chrom" in name.lower()
                ]
                assert browsers, "the service runs the shared browser"
                for pid in browsers:
                    with contextlib.suppress(ProcessLookupError):  # gone with its parent
                        os.kill(pid, signal.SIGKILL)
                time.sleep(0.5)
                options.out_dir = tmp_path / "again"
                again = auditor.audit_site(server.url(host), options)
                assert again.status == "needs_changes", again.reason
                assert again.report is not None
                assert again.report.summary.rendered_pages > 0  # a new browser
                assert failed_checks(json.loads(again.files["json"].read_text())) == set(
                    json.loads((SITES / "demo" / "expected.json").read_text())["fire"]
                )

                # the crawl process killed under a site: that site alone is crawled again once
                # (here it hangs again, so its budget ends it)
                dead = auditor.service.pid
                killer = threading.Timer(2.0, os.kill, (dead, signal.SIGKILL))
                killer.start()
                hung = auditor.audit_site(
                    f"http://www.hanging-bakery.com:{hang.port}/",
                    SiteOptions(store=False, budget=6, out_dir=tmp_path / "hang"),
                )
                killer.join()
                assert (hung.status, hung.attempts) == ("not_checked", 2), hung.reason
                assert "budget of 6 s" in hung.reason
                assert auditor.service.pid != dead
                options.out_dir = tmp_path / "after"
                assert auditor.audit_site(server.url(host), options).status == "needs_changes"
    finally:
        hang.close()


def test_a_sitemap_of_client_sites_is_fetched_through_the_crawler(
    tmp_path: Path, chromium_path: str
) -> None:
    platform = tmp_path / "platform"
    platform.mkdir()
    with served("demo") as demo, served("drift-base") as harbor, served(platform) as listing:
        hosts = {demo: GOOD["demo"], harbor: GOOD["drift-base"]}
        locs = "".join(f"<url><loc>{s.url(h)}</loc></url>" for s, h in hosts.items())
        (platform / "clients.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?><urlset '
            f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}'
            "<url><loc>mailto:owner@example.com</loc></url></urlset>"
        )
        args = [
            "audit",
            "--sitemap",
            listing.url("sites.platform-example.com", "/clients.xml"),
            "--out",
            str(tmp_path / "out"),
            "--no-store",
            "--render",
            "never",
            "--quiet",
            "--resolve",
            listing.resolve("sites.platform-example.com"),
        ]
        for server, host in hosts.items():
            args += ["--resolve", server.resolve(host)]
        proc = run_prevet(*args)
    assert proc.returncode == 1, proc.stdout + proc.stderr  # demo needs changes
    assert "skipped 1 entries" in proc.stderr
    portfolio = json.loads((tmp_path / "out" / "portfolio.json").read_text())
    assert {s["host"]: s["status"] for s in portfolio["sites"]} == {
        GOOD["demo"]: "needs_changes",
        GOOD["drift-base"]: "ready",
    }


def test_bad_site_lists_are_one_line_errors(tmp_path: Path) -> None:
    listing = tmp_path / "sites.txt"
    listing.write_text("www.fine-example.com\nftp://files.example.com/\n")
    proc = run_prevet("audit", "--sites", str(listing), "--no-store")
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "ftp" in proc.stderr
    assert str(listing) in proc.stderr

    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing yet\n")
    proc = run_prevet("audit", "--sites", str(empty), "--no-store")
    assert (proc.returncode, proc.stderr.strip()) == (2, f"prevet: {empty} lists no URL")

    (tmp_path / "prevet.yaml").write_text("sites: [www.fine-example.com, 'not a url']\n")
    proc = run_prevet("audit", "--no-store", cwd=tmp_path)
    assert proc.returncode == 2 and "prevet.yaml sites" in proc.stderr, proc.stderr

    (tmp_path / "prevet.yaml").write_text("ignore: {checks: []}\n")
    proc = run_prevet("audit", "--no-store", cwd=tmp_path)
    assert proc.returncode == 2 and "name the site to audit" in proc.stderr


def test_site_lists_come_from_arguments_a_file_or_the_configuration(tmp_path: Path) -> None:
    listing = tmp_path / "sites.txt"
    listing.write_text(
        "# clients\nwww.a-example.com  # first\n\nhttps://www.a-example.com/\nb-example.com/shop\n"
    )
    assert SiteList(sites_file=listing).given() == [
        "https://www.a-example.com/",
        "https://b-example.com/shop",
    ]
    assert SiteList(urls=["c-example.com"], sites_file=listing).is_portfolio()
    assert not SiteList(urls=["c-example.com"], config_sites=["d-example.com"]).is_portfolio()
    assert SiteList(config_sites=["d-example.com"]).given() == ["https://d-example.com/"]


def test_the_portfolio_page_escapes_what_sites_say() -> None:
    hostile = '"><script>alert(1)</script>'
    site = PortfolioSite(
        url=f"https://www.evil-example.com/?q={hostile}",
        host="www.evil-example.com",
        status="needs_changes",
        exit_code=1,
        errors=1,
        brand=hostile,
        report="www.evil-example.com/report.html",
        top_finding=TopFinding(
            check="optin.stop_missing", severity="error", message=f"The form says {hostile}"
        ),
    )
    page = render_portfolio_html(
        Portfolio(
            started_at="2026-12-04T08:00:00Z", finished_at="2026-12-04T08:01:00Z", sites=[site]
        )
    )
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<script") == 1  # our own, with its nonce
    assert "script-src 'nonce-" in page
    assert 'href="www.evil-example.com/report.html"' in page


@pytest.mark.parametrize("args", [["--concurrency", "0"], ["--site-budget", "0"]])
def test_bad_portfolio_options(args: list[str], tmp_path: Path) -> None:
    proc = run_prevet("audit", "www.a-example.com", "www.b-example.com", "--no-store", *args)
    assert proc.returncode == 2 and proc.stderr.startswith("prevet: "), proc.stderr


def test_baseline_and_drift_take_the_same_lists(tmp_path: Path) -> None:
    store = f"sqlite:///{tmp_path / 'history.sqlite3'}"
    with served("drift-base") as harbor, served("demo") as demo:
        hosts = {harbor: GOOD["drift-base"], demo: GOOD["demo"]}
        urls = [server.url(host) for server, host in hosts.items()]
        resolve = [
            part for server, host in hosts.items() for part in ("--resolve", server.resolve(host))
        ]
        listing = tmp_path / "sites.txt"
        listing.write_text("\n".join(urls) + "\n")
        common = ["--store", store, *resolve]
        first = run_prevet(
            "audit",
            "--sites",
            str(listing),
            "--out",
            str(tmp_path / "a"),
            "--render",
            "never",
            "--quiet",
            *common,
        )
        approved = run_prevet("baseline", "--sites", str(listing), "--store", store)
        drift = run_prevet(
            "drift", *urls, "--out", str(tmp_path / "d"), "--render", "never", *common
        )
        again = run_prevet(
            "audit",
            str(listing),
            "--out",
            str(tmp_path / "b"),
            "--render",
            "never",
            "--quiet",
            *common,
        )
    assert first.returncode == 1, first.stdout + first.stderr  # demo needs changes
    before = json.loads((tmp_path / "a" / "portfolio.json").read_text())
    assert [s["drift"] for s in before["sites"]] == [None, None]  # no baseline yet
    assert approved.returncode == 0, approved.stderr
    assert approved.stdout.count("Baseline for ") == 2
    assert drift.returncode == 0, drift.stdout + drift.stderr
    checked = json.loads((tmp_path / "d" / "portfolio.json").read_text())
    assert checked["kind"] == "drift"
    assert [(s["url"], s["drift"]["status"], s["drift"]["changes"]) for s in checked["sites"]] == [
        (url, "no_drift", 0) for url in urls
    ]
    assert (tmp_path / "d" / GOOD["demo"] / "report.json").is_file()
    assert again.returncode == 1
    after = json.loads((tmp_path / "b" / "portfolio.json").read_text())
    assert [s["drift"]["status"] for s in after["sites"]] == ["no_drift", "no_drift"]
    assert "unchanged" in (tmp_path / "b" / "index.html").read_text()
