"""Hostile and odd sites (issue 15): every run ends with the right exit code, one true line and a
report where one can be written. Each test starts its own small server (tests/hostile.py)."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_prevet
from tests.hostile import HostileServer, RawServer, Reply, gzip_bomb, page, redirect

HOST = "www.hostile-bakery.com"


def _audit(
    server: HostileServer | RawServer,
    out: Path | None,
    *extra: str,
    host: str = HOST,
    path: str = "/",
    scheme: str = "http",
    cwd: Path | None = None,
    env: dict | None = None,
) -> tuple[dict | None, subprocess.CompletedProcess[str]]:
    url = f"{scheme}://{host}:{server.port}{path}"
    args = [
        "audit",
        url,
        "--resolve",
        server.resolve(host.rpartition("@")[2]),
        "--no-store",
        "--quiet",
        "--render",
        "never",
        *extra,
    ]
    if out is not None:
        args += ["--out", str(out)]
    proc = run_prevet(*args, timeout=120, cwd=cwd, env=env)
    report_file = out / "report.json" if out is not None else None
    report = json.loads(report_file.read_text()) if report_file and report_file.exists() else None
    return report, proc


def _one_line(proc: subprocess.CompletedProcess[str]) -> str:
    lines = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("prevet: ")
    return lines[0]


def _site(path: str) -> Reply | None:
    """An ordinary two-page bakery."""
    if path == "/":
        return page("Hostile Bakery", "/about")
    if path == "/about":
        return page("About the bakery")
    return None


def _pages_fetched(server: HostileServer) -> list[str]:
    return [
        p
        for p in server.requests
        if p != "/robots.txt" and not p.endswith(".xml") and ".xml?" not in p
    ]


# -- 1, 2: sitemaps ------------------------------------------------------------------------
def _xml(root: str, locs: list[str]) -> Reply:
    item = "sitemap" if root == "sitemapindex" else "url"
    entries = "".join(f"<{item}><loc>{loc}</loc></{item}>" for loc in locs)
    return Reply(
        body=f"<?xml version='1.0'?><{root} xmlns='http://www.sitemaps.org/schemas/"
        f"sitemap/0.9'>{entries}</{root}>",
        content_type="application/xml",
    )


def test_sitemap_index_loops_end_after_a_bounded_number_of_files(tmp_path: Path) -> None:
    def routes(path: str) -> Reply | None:
        if path == "/sitemap.xml":
            return _xml("sitemapindex", ["/sitemap.xml?n=1", "/pages.xml", "/loop.xml"])
        if path.startswith("/sitemap.xml?n="):  # ever-new variants of itself
            n = int(path.rpartition("=")[2])
            return _xml("sitemapindex", [f"/sitemap.xml?n={n + 1}", "/loop.xml"])
        if path == "/loop.xml":  # points back at the index that listed it
            return _xml("sitemapindex", ["/sitemap.xml", "/loop.xml"])
        if path == "/pages.xml":
            return _xml("urlset", ["/from-the-sitemap"])
        return page("Listed only in the sitemap") if path == "/from-the-sitemap" else _site(path)

    with HostileServer(routes) as server:
        report, proc = _audit(server, tmp_path / "out")
    assert proc.returncode in (0, 1), proc.stderr
    assert report is not None
    sitemaps = [p for p in server.requests if ".xml" in p]
    assert len(sitemaps) <= 20 and len(sitemaps) == len(set(sitemaps)), sitemaps
    assert "/from-the-sitemap" in server.requests  # a sitemap at a sane depth is still read
    assert any("nested sitemap" in note for note in report["crawl"]["notes"])


def test_sitemap_urls_obey_the_page_budget_most_important_first(tmp_path: Path) -> None:
    locs = [f"/products/item-{i}" for i in range(60_000)]
    locs.insert(30_000, "/privacy-policy")
    sitemap = _xml("urlset", locs)

    def routes(path: str) -> Reply | None:
        if path == "/sitemap.xml":
            return sitemap
        return _site(path) or page(f"Page {path}")

    with HostileServer(routes) as server:
        report, proc = _audit(server, tmp_path / "out", "--max-pages", "50")
    assert proc.returncode in (0, 1), proc.stderr
    fetched = _pages_fetched(server)
    assert len(fetched) <= 50, len(fetched)
    assert "/privacy-policy" in fetched, "sitemap pages are taken in priority order"
    assert report["summary"]["pages"] <= 50
    assert report["crawl"]["skipped_limit"] >= 49_000
    assert any("only the first 50,000 entries" in note for note in report["crawl"]["notes"])


OFFSITE = "cdn.elsewhere-hosting.net"


def test_sitemaps_named_in_robots_txt_are_read(tmp_path: Path) -> None:
    def routes(path: str) -> Reply | None:
        if path == "/robots.txt":  # no /sitemap.xml: only robots.txt says where the map is
            return Reply(
                body=f"User-agent: *\nDisallow: /cart\n\nSitemap: /maps/index.xml\n"
                f"Sitemap: http://{OFFSITE}:{server.port}/offsite.xml\n",
                content_type="text/plain",
            )
        if path == "/maps/index.xml":
            return _xml("sitemapindex", ["/maps/pages.xml"])
        if path == "/maps/pages.xml":
            return _xml("urlset", ["/from-robots-sitemap"])
        if path == "/from-robots-sitemap":
            return page("Listed only in the sitemap robots.txt names")
        return _site(path)

    with HostileServer(routes) as server:
        report, proc = _audit(server, tmp_path / "out", "--resolve", server.resolve(OFFSITE))
    assert proc.returncode in (0, 1), proc.stderr
    assert "/from-robots-sitemap" in server.requests
    assert "/offsite.xml" not in server.requests  # another site's sitemap is not read
    assert report is not None and report["summary"]["pages"] == 3


def test_sitemaps_named_in_robots_txt_share_the_limits(tmp_path: Path) -> None:
    names = "".join(f"Sitemap: /maps/{n}.xml\n" for n in range(30))

    def routes(path: str) -> Reply | None:
        if path == "/robots.txt":
            return Reply(body=f"User-agent: *\nAllow: /\n{names}", content_type="text/plain")
        if path == "/sitemap.xml":
            return _xml("sitemapindex", ["/maps/0.xml", "/deeper.xml"])
        if path.startswith("/maps/"):
            n = path.removeprefix("/maps/").removesuffix(".xml")
            return _xml("urlset", [f"/products/{n}-{i}" for i in range(100)])
        return _site(path) or page(f"Page {path}")

    with HostileServer(routes) as server:
        report, proc = _audit(server, tmp_path / "out", "--max-pages", "10")
    assert proc.returncode in (0, 1), proc.stderr
    sitemaps = [p for p in server.requests if p.endswith(".xml")]
    assert len(sitemaps) <= 20 and len(sitemaps) == len(set(sitemaps)), sitemaps
    assert len(_pages_fetched(server)) <= 10
    assert any("nested sitemap" in note for note in report["crawl"]["notes"])


# -- 3: the true reason --------------------------------------------------------------------
def _redirect_loop(path: str) -> Reply | None:
    return {"/": redirect("/welcome"), "/welcome": redirect("/")}.get(path)


def _long_chain(path: str) -> Reply | None:
    if path == "/":
        return redirect("/hop/1")
    if path.startswith("/hop/"):
        hop = int(path.rpartition("/")[2])
        return redirect(f"/hop/{hop + 1}") if hop < 50 else page("Finally")
    return None


def _refresh_loop(path: str) -> Reply | None:
    return Reply(
        body="<html><head><meta http-equiv='refresh' content='0; url=/'></head>"
        "<body>One moment...</body></html>"
    )


def _inflating_home(path: str) -> Reply | None:
    return gzip_bomb(2_000_000) if path == "/" else None


@pytest.mark.parametrize(
    "routes,reason",
    [
        (_redirect_loop, "the start URL redirects in a loop (/ → /welcome → /)"),
        (_long_chain, "the start URL redirects more than 10 times"),
        (_refresh_loop, "the start URL refreshes in a loop with an HTML meta refresh (/ → /)"),
        (
            _inflating_home,
            "the start URL is larger than --max-page-size (0.5 MB) once decompressed",
        ),
    ],
    ids=["redirect-loop", "50-hop-chain", "meta-refresh-loop", "gzip-bomb"],
)
def test_a_start_url_that_cannot_be_read_says_why(routes, reason: str, tmp_path: Path) -> None:
    with HostileServer(routes) as server:
        report, proc = _audit(server, tmp_path / "out", "--max-page-size", "0.5")
    assert proc.returncode == 2
    line = _one_line(proc)
    assert reason in line and "robots.txt" not in line
    assert report is not None and report["checks"]["site.unreachable"] == "failed"


def test_a_linked_page_over_the_size_limit_is_skipped_with_a_note(tmp_path: Path) -> None:
    def routes(path: str) -> Reply | None:
        if path == "/":
            return page("Hostile Bakery", "/about", "/menu")
        return gzip_bomb(2_000_000) if path == "/menu" else _site(path)

    with HostileServer(routes) as server:
        report, proc = _audit(server, tmp_path / "out", "--max-page-size", "0.5")
    assert proc.returncode in (0, 1), proc.stderr
    crawl = report["crawl"]
    assert crawl["skipped_too_large"] == 1 and crawl["fetch_errors"] == 0
    assert any(
        note.endswith(
            "/menu: skipped because it is larger than --max-page-size (0.5 MB) once decompressed"
        )
        for note in crawl["notes"]
    )
    assert not any(p["url"].endswith("/menu") for p in report["pages"])


# -- 4: plain messages ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "answer,scheme,sentence",
    [
        (None, "https", "the server at www.hostile-bakery.com does not speak TLS on port"),
        (b"", "http", "closed the connection without answering"),
        (b"SSH-2.0-OpenSSH_9.6\r\n", "http", "did not answer in HTTP"),
        (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<html>cut",
            "http",
            "broke off the page before it was complete",
        ),
    ],
    ids=["plain-http-on-https", "hangs-up", "not-http", "cut-short"],
)
def test_network_errors_read_as_sentences(
    answer: bytes | None, scheme: str, sentence: str, tmp_path: Path
) -> None:
    server = HostileServer(_site) if answer is None else RawServer(answer)
    with server:
        report, proc = _audit(server, tmp_path / "out", scheme=scheme)
    assert proc.returncode == 2
    line = _one_line(proc)
    assert sentence in line
    for repr_mark in ("<", "Failure", "[(", "twisted", "OpenSSL", "Error"):
        assert repr_mark not in line
    assert report is not None and report["checks"]["site.unreachable"] == "failed"
    evidence = next(f["evidence"] for f in report["findings"] if f["check"] == "site.unreachable")
    assert sentence in evidence


# -- 5: credentials ------------------------------------------------------------------------
PASSWORD = "Sup3r-S3cret-pw"


def test_credentials_in_the_url_are_dropped_before_anything_is_written(tmp_path: Path) -> None:
    store = tmp_path / "history.db"
    with HostileServer(_site) as server:
        url = f"http://alice:{PASSWORD}@{HOST}:{server.port}/"
        proc = run_prevet(
            "audit",
            url,
            "--resolve",
            server.resolve(HOST),
            "--out",
            str(tmp_path / "out"),
            "--store",
            f"sqlite:///{store}",
            "--render",
            "never",
            timeout=120,
        )
    assert proc.returncode in (0, 1), proc.stderr
    assert "credentials" in _one_line(proc)
    assert PASSWORD not in proc.stdout + proc.stderr and "alice" not in proc.stdout
    written = [f for f in tmp_path.rglob("*") if f.is_file()]
    assert {"report.json", "report.html", "snapshot.json", "history.db"} <= {
        f.name for f in written
    }
    for file in written:
        assert PASSWORD.encode() not in file.read_bytes(), file
    assert not any("Authorization" in h for h in server.headers_seen)
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["target"] == f"http://{HOST}:{server.port}/"


def test_drift_says_once_that_credentials_were_dropped(tmp_path: Path) -> None:
    store = f"sqlite:///{tmp_path / 'history.db'}"
    with HostileServer(_site) as server:
        plain = f"http://{HOST}:{server.port}/"
        resolve = ("--resolve", server.resolve(HOST))
        assert run_prevet(
            "audit",
            plain,
            *resolve,
            "--store",
            store,
            "--render",
            "never",
            "--quiet",
            "--out",
            str(tmp_path / "audit"),
            timeout=120,
        ).returncode in (0, 1)
        assert run_prevet("baseline", plain, "--store", store).returncode == 0
        url = f"http://alice:{PASSWORD}@{HOST}:{server.port}/"
        proc = run_prevet(
            "drift",
            url,
            *resolve,
            "--store",
            store,
            "--render",
            "never",
            "--out",
            str(tmp_path / "drift"),
            timeout=120,
        )
        listing = tmp_path / "sites.txt"
        listing.write_text(url + "\n")
        listed = run_prevet(
            "drift",
            str(listing),
            *resolve,
            "--store",
            store,
            "--render",
            "never",
            "--out",
            str(tmp_path / "listed"),
            timeout=120,
        )
    for run in (proc, listed):
        assert run.returncode == 0, run.stdout + run.stderr
        assert "credentials" in _one_line(run)
        assert PASSWORD not in run.stdout + run.stderr
    for file in (f for f in tmp_path.rglob("*") if f.is_file() and f != listing):
        assert PASSWORD.encode() not in file.read_bytes(), file


def test_a_multi_site_run_says_once_that_credentials_were_dropped(capsys, tmp_path: Path) -> None:
    from prevet.errors import PrevetError
    from prevet.portfolio_command import SiteList

    listing = tmp_path / "sites.txt"
    listing.write_text(f"https://carol:{PASSWORD}@www.two-bakery.com/\n")
    sites = SiteList(
        urls=[f"http://alice:{PASSWORD}@{HOST}/", "https://www.three.com/"], sites_file=listing
    )
    assert sites.given() == [
        f"http://{HOST}/",
        "https://www.three.com/",
        "https://www.two-bakery.com/",
    ]
    err = capsys.readouterr().err
    assert err.count("prevet: ") == 1 and "credentials" in err and PASSWORD not in err
    with pytest.raises(PrevetError) as refused:  # a bad entry is named without its password
        SiteList(urls=[f"http://bob:{PASSWORD}@exa mple.com/", "a.com"]).given()
    assert PASSWORD not in str(refused.value)


def test_a_refused_url_never_echoes_its_password(tmp_path: Path) -> None:
    proc = run_prevet(
        "audit", f"http://bob:{PASSWORD}@exa mple.com/", "--no-store", "--out", str(tmp_path)
    )
    assert proc.returncode == 2
    assert PASSWORD not in proc.stderr + proc.stdout


# -- 6: internationalized host names -------------------------------------------------------
_NO_DNS = """
import socket, ipaddress, os
def _guard(real):
    def lookup(host, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else str(host or "")
        try:
            ipaddress.ip_address(name.strip("[]"))
        except ValueError:
            if name and name != "localhost":
                with open(os.environ["PREVET_TEST_DNS_LOG"], "a") as log:
                    log.write(name + "\\n")
        return real(host, *args, **kwargs)
    return lookup
socket.getaddrinfo = _guard(socket.getaddrinfo)
socket.gethostbyname = _guard(socket.gethostbyname)
socket.gethostbyname_ex = _guard(socket.gethostbyname_ex)
"""


@pytest.mark.parametrize("mapped", ["bücher-laden.de", "xn--bcher-laden-thb.de"])
def test_resolve_maps_an_internationalized_host_and_real_dns_is_never_asked(
    mapped: str, tmp_path: Path
) -> None:
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(_NO_DNS)
    dns_log = tmp_path / "dns.log"
    env = dict(
        os.environ, PYTHONPATH=f"{guard}{os.pathsep}{ROOT}", PREVET_TEST_DNS_LOG=str(dns_log)
    )
    with HostileServer(_site) as server:
        proc = run_prevet(
            "audit",
            f"http://Bücher-Laden.de:{server.port}/",
            "--resolve",
            server.resolve(mapped),
            "--out",
            str(tmp_path / "out"),
            "--no-store",
            "--quiet",
            "--render",
            "never",
            timeout=120,
            env=env,
        )
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["summary"]["pages"] == 2  # the link was followed: same site
    assert {h["Host"] for h in server.headers_seen} == {f"xn--bcher-laden-thb.de:{server.port}"}
    assert not dns_log.exists(), dns_log.read_text()


# -- 7: safe report folders ----------------------------------------------------------------
@pytest.mark.parametrize("host", ["..", ".", "a/../../b", "a\\b.com", "x" * 300, "::1", ""])
def test_a_folder_named_after_any_host_stays_inside_prevet_report(
    host: str, tmp_path: Path
) -> None:
    from prevet.outdir import REPORTS_ROOT, safe_folder_name

    name = safe_folder_name(host)
    assert name not in ("", ".", "..") and "/" not in name and "\\" not in name
    assert len(name) <= 100
    folder = (tmp_path / REPORTS_ROOT / name).resolve()
    assert folder.parent == (tmp_path / REPORTS_ROOT).resolve()


def test_the_default_folder_of_an_over_long_host_is_written(tmp_path: Path) -> None:
    host = ".".join(["a" * 63, "b" * 63, "c" * 63, "bakery"]) + ".com"
    with HostileServer(_site) as server:
        report, proc = _audit(
            server, None, host=host, cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(ROOT))
        )
    assert proc.returncode in (0, 1), proc.stderr
    folders = list((tmp_path / "prevet-report").iterdir())
    assert len(folders) == 1 and len(folders[0].name) <= 100
    assert (folders[0] / "report.json").is_file()


@pytest.mark.parametrize(
    "url", ["http://../", "http://./", "http://a..b.com/", f"http://{'x' * 64}.com/"]
)
def test_hosts_no_dns_could_hold_are_refused_before_any_folder(url: str, tmp_path: Path) -> None:
    proc = run_prevet(
        "audit", url, "--no-store", cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(ROOT))
    )
    assert proc.returncode == 2
    assert "not a valid website address" in _one_line(proc)
    assert not (tmp_path / "prevet-report").exists()


# -- 8: --out is checked before the crawl --------------------------------------------------
def _unwritable_folder(tmp_path: Path) -> Path:
    """A folder this user cannot write in: a locked one, or for root a system folder."""
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    for folder in (locked, Path("/sys"), Path("/proc")):
        try:
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError:
            return folder
    pytest.skip("no unwritable folder on this machine")


@pytest.mark.parametrize(
    "case,expected",
    [
        ("file", "is a file, not a folder"),
        ("under-file", "cannot be created: "),
        ("unwritable", "is not writable ("),
        ("not-creatable", "cannot be created ("),
    ],
)
def test_a_bad_out_fails_in_one_line_before_any_crawling(
    case: str, expected: str, tmp_path: Path
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    out = {
        "file": lambda: a_file,
        "under-file": lambda: a_file / "reports" / "acme",
        "unwritable": lambda: _unwritable_folder(tmp_path),
        "not-creatable": lambda: Path("/proc/prevet-cannot-be-here/out"),
    }[case]()
    with HostileServer(_site) as server:
        _, proc = _audit(server, out)
    assert proc.returncode == 2
    line = _one_line(proc)
    assert line.startswith(f"prevet: --out {out}") and expected in line
    assert server.requests == [], "nothing may be crawled before --out is known to work"


# -- 9: IPv6 literals ----------------------------------------------------------------------
def _has_ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as sock:
            sock.bind(("::1", 0))
        return True
    except OSError:
        return False


@pytest.mark.skipif(not _has_ipv6_loopback(), reason="no IPv6 loopback here")
def test_an_ipv6_literal_is_audited_like_an_ipv4_address(tmp_path: Path) -> None:
    with HostileServer(_site, address="::1") as server:
        proc = run_prevet(
            "audit",
            f"http://[::1]:{server.port}/",
            "--out",
            str(tmp_path),
            "--no-store",
            "--quiet",
            "--render",
            "never",
            timeout=120,
        )
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["target"] == f"http://[::1]:{server.port}/"
    assert report["summary"]["pages"] == 2 and "/about" in server.requests


# -- no user mistake is an internal error ---------------------------------------------------
def test_a_file_problem_is_one_line_not_an_internal_error(
    monkeypatch, capsys, tmp_path: Path
) -> None:
    from prevet import audit, cli

    def cannot_write(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(tmp_path / "report.json"))

    monkeypatch.setattr(audit, "run_audit", cannot_write)
    code = cli.main(
        ["audit", "https://www.hostile-bakery.com/", "--no-store", "--out", str(tmp_path)]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip() == f"prevet: {tmp_path / 'report.json'}: permission denied"


def test_prevets_own_bugs_ask_to_be_reported(monkeypatch, capsys, tmp_path: Path) -> None:
    from prevet import audit, cli

    def bug(*args, **kwargs):
        raise KeyError("pages")

    monkeypatch.setattr(audit, "run_audit", bug)
    code = cli.main(
        ["audit", "https://www.hostile-bakery.com/", "--no-store", "--out", str(tmp_path)]
    )
    assert code == 2
    assert "internal error (a bug in prevet: please report it" in capsys.readouterr().err


# -- options that would silently mean their opposite ----------------------------------------
@pytest.mark.parametrize(
    "sites",
    [
        ["https://www.hostile-bakery.com/"],
        ["https://a.hostile-bakery.com/", "https://b.hostile-bakery.com/"],
    ],
)
def test_a_page_size_under_one_byte_is_refused_not_read_as_no_limit(
    sites: list[str], capsys, tmp_path: Path
) -> None:
    from prevet import cli

    # 0.0000001 MB is 0.1 byte: as 0 bytes it would turn the size limit off
    code = cli.main(
        ["audit", *sites, "--no-store", "--out", str(tmp_path), "--max-page-size", "0.0000001"]
    )
    assert code == 2
    assert (
        capsys.readouterr().err.strip()
        == "prevet: --max-page-size is in megabytes and must be at least one byte (0.000001)"
    )
    assert not any(tmp_path.iterdir())  # refused before anything started


def test_the_smallest_page_size_is_one_byte(monkeypatch, capsys, tmp_path: Path) -> None:
    from prevet import audit, cli
    from prevet.errors import PrevetError

    sizes: list[int] = []

    def crawl(request, progress=None):  # noqa: ANN001, ANN202
        sizes.append(request.crawl.max_page_bytes)
        raise PrevetError("stopped by the test")

    monkeypatch.setattr(audit, "run_audit", crawl)
    cli.main(
        [
            "audit",
            "https://www.hostile-bakery.com/",
            "--no-store",
            "--out",
            str(tmp_path),
            "--max-page-size",
            "0.000001",
        ]
    )
    assert sizes == [1]


@pytest.mark.parametrize(
    "optin,reason",
    [
        ("ftp://www.hostile-bakery.com/texts", "only http and https"),
        ("javascript:alert(1)", "only http and https"),
        ("text alerts page", "is not a valid website address"),
        ("https://", "is not a valid website address"),
        (f"http://bob:{PASSWORD}@exa mple.com/texts", "is not a valid website address"),
    ],
)
def test_a_malformed_optin_url_is_one_line_and_exit_2(
    optin: str, reason: str, monkeypatch, capsys, tmp_path: Path
) -> None:
    from prevet import audit, cli

    crawled: list[str] = []
    monkeypatch.setattr(audit, "run_audit", lambda request, progress=None: crawled.append(1))
    code = cli.main(
        [
            "audit",
            "https://www.hostile-bakery.com/",
            "--no-store",
            "--out",
            str(tmp_path),
            "--optin-url",
            optin,
        ]
    )
    err = capsys.readouterr().err.strip()
    assert code == 2 and not crawled
    assert err.startswith("prevet: --optin-url: ") and reason in err and "\n" not in err
    assert PASSWORD not in err


@pytest.mark.parametrize(
    "optin,expected",
    [
        # a hosted form builder's page on another host is a form a reviewer reaches by a link
        ("https://forms.formhost.io/f/sms-club", "https://forms.formhost.io/f/sms-club"),
        ("/text-alerts", "https://www.hostile-bakery.com/text-alerts"),  # a path on the site
        ("www.hostile-bakery.com/#/alerts", "https://www.hostile-bakery.com/#/alerts"),
    ],
)
def test_a_valid_optin_url_reaches_the_crawl(
    optin: str, expected: str, monkeypatch, tmp_path: Path
) -> None:
    from prevet import audit, cli
    from prevet.errors import PrevetError

    requests: list = []

    def crawl(request, progress=None):  # noqa: ANN001, ANN202
        requests.append(request)
        raise PrevetError("stopped by the test")

    monkeypatch.setattr(audit, "run_audit", crawl)
    cli.main(
        [
            "audit",
            "https://www.hostile-bakery.com/",
            "--no-store",
            "--out",
            str(tmp_path),
            "--optin-url",
            optin,
        ]
    )
    assert requests[0].options.optin_url == expected
    assert expected in requests[0].crawl.extra_urls


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["crawl", "https://www.hostile-bakery.com/"], "No such command 'crawl'"),
        (["audit", "https://www.hostile-bakery.com/", "--bogus"], "No such option: --bogus"),
        (["audit", "https://www.hostile-bakery.com/", "--render", "maybe"], "--render"),
    ],
)
def test_a_usage_mistake_is_one_line_with_exit_code_2(capsys, argv: list[str], said: str) -> None:
    from prevet import cli

    code = cli.main(argv)
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.startswith("prevet: ") and said in err and "\n" not in err
    assert "internal error" not in err
