"""Bad input gets one clear line and exit code 2, never a traceback."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from tests.conftest import audit, run_prevet, served


def _one_line_error(proc) -> str:
    lines = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
    assert "Traceback" not in proc.stderr
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("prevet: ")
    return lines[0]


@pytest.mark.parametrize(
    "url", ["ftp://example.com/", "http://", "not a url", "http://example.com:99999/"]
)
def test_bad_urls(url: str, tmp_path: Path) -> None:
    proc = run_prevet("audit", url, "--out", str(tmp_path), "--no-store")
    assert proc.returncode == 2
    _one_line_error(proc)


@pytest.mark.parametrize(
    "args",
    [
        ["--render", "sometimes"],
        ["--fail-on", "panic"],
        ["--format", "pdf"],
        ["--resolve", "nonsense"],
        ["--max-pages", "0"],
    ],
)
def test_bad_options(args: list[str], tmp_path: Path) -> None:
    proc = run_prevet(
        "audit", "https://www.example-biz.com/", "--out", str(tmp_path), "--no-store", *args
    )
    assert proc.returncode == 2
    _one_line_error(proc)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_site_exits_2_and_still_writes_the_report(tmp_path: Path) -> None:
    port = _closed_port()
    host = "www.gone-bakery.com"
    proc = run_prevet(
        "audit",
        f"http://{host}:{port}/",
        "--resolve",
        f"{host}:{port}:127.0.0.1",
        "--out",
        str(tmp_path),
        "--no-store",
        "--quiet",
    )
    assert proc.returncode == 2
    assert "refused" in _one_line_error(proc)
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["checks"]["site.unreachable"] == "failed"
    assert report["summary"]["verdict"] == "needs_changes"


def test_a_start_page_answering_500_is_an_ordinary_finding(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "routes.json").write_text(
        json.dumps({"/": {"status": 500, "body": "<h1>Internal error</h1>"}})
    )
    with served(site) as server:
        report, proc = audit(server, tmp_path / "out", "--render", "never")
    assert proc.returncode == 1, proc.stderr
    finding = next(f for f in report["findings"] if f["check"] == "site.unreachable")
    assert "500" in finding["evidence"]


def test_a_binary_start_url_is_not_crawlable(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "routes.json").write_text(
        json.dumps({"/": {"body": "PK\u0003\u0004 binary", "content_type": "application/zip"}})
    )
    with served(site) as server:
        report, proc = audit(server, tmp_path / "out", "--render", "never")
    assert proc.returncode == 2
    assert "not a web page" in _one_line_error(proc)
    assert report["checks"]["site.unreachable"] == "failed"


def test_malformed_html_is_read_not_fatal(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_bytes(
        b"<html><head><title>Broken \xff\xfe shop</title><body><p>Open <b>late<div>"
        b"<a href='/about'>About</a><table><tr><td>cell</form></select>\x00<<<>>>"
    )
    (site / "about.html").write_text("<p>About the broken shop</p>")
    with served(site) as server:
        report, proc = audit(server, tmp_path / "out", "--render", "never")
    assert proc.returncode in (0, 1), proc.stderr
    assert report["summary"]["pages"] == 2


def test_a_site_closed_to_crawlers_says_so_and_ignore_robots_opens_it(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /\n")
    (site / "index.html").write_text("<title>Closed shop</title><p>Hello</p>")
    with served(site) as server:
        report, proc = audit(server, tmp_path / "out", "--render", "never")
        assert proc.returncode == 2
        assert "--ignore-robots" in _one_line_error(proc)
        report, proc = audit(server, tmp_path / "out2", "--render", "never", "--ignore-robots")
    assert proc.returncode in (0, 1), proc.stderr
    assert report["summary"]["pages"] == 1
