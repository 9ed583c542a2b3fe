"""The real crawler and browser on a fixture site built to exercise what a person sees: forms
built by scripts, a box ticked by a script, a disclosure hidden by CSS, an iframe, a link trap,
robots.txt, a sitemap, a huge page, pop-ups and dialogs."""

from __future__ import annotations

import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.snapshot import SiteSnapshot
from tests.conftest import audit, served

HOST = "www.northwind-bikes.com"


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory, chromium_path: str) -> tuple[dict, SiteSnapshot]:
    out = tmp_path_factory.mktemp("lab")
    with served("crawl-lab") as server:
        report, proc = audit(server, out, "--max-page-size", "1", "--format", "json", host=HOST)
    assert proc.returncode in (0, 1), proc.stderr
    assert report is not None
    return report, SiteSnapshot.load(out / "snapshot.json")


def _page(snapshot: SiteSnapshot, path: str):
    page = next((p for p in snapshot.pages if urlsplit(p.final_url or p.url).path == path), None)
    assert page is not None, f"{path} was not crawled: {[p.url for p in snapshot.pages]}"
    return page


def test_report_json_has_the_contract_shape(lab) -> None:
    report, snapshot = lab
    for key in (
        "tool",
        "target",
        "started_at",
        "finished_at",
        "summary",
        "pages",
        "findings",
        "checks",
    ):
        assert key in report
    assert report["tool"]["name"] == "prevet"
    assert report["summary"]["pages"] == len(snapshot.pages)
    assert report["summary"]["rendered_pages"] == sum(p.rendered for p in snapshot.pages)
    assert set(report["checks"].values()) <= {"passed", "failed", "needs_review", "not_applicable"}
    assert report["target"].startswith(f"http://{HOST}:")


def test_a_box_ticked_by_a_script_is_recorded_as_checked(lab) -> None:
    _, snapshot = lab
    page = _page(snapshot, "/text-club")
    assert page.rendered
    box = next(c for f in page.forms for c in f.controls if c.name == "sms_consent")
    assert box.checked, "the DOM property set after load must be read, not the HTML attribute"
    assert "checked" not in box.html
    phone = next(c for f in page.forms for c in f.controls if c.type == "tel")
    assert phone.required and phone.label == "Mobile number"
    assert "optin" in page.roles


def test_a_form_built_by_a_script_is_found(lab) -> None:
    _, snapshot = lab
    page = _page(snapshot, "/script-form")
    assert page.rendered
    names = {c.name for f in page.forms for c in f.controls}
    assert {"cell", "texts"} <= names
    assert "Book a service" in page.text


def test_a_disclosure_hidden_by_css_is_not_visible(lab) -> None:
    _, snapshot = lab
    form = _page(snapshot, "/hidden-disclosure").forms[0]
    hidden = next(t for t in form.texts if "data rates" in t.text)
    assert hidden.visible is False
    tiny = next(t for t in form.texts if "msgs/mo" in t.text)
    assert tiny.visible and tiny.font_size is not None and tiny.font_size < 9
    assert tiny.contrast is not None and tiny.contrast < 3
    label = next(t for t in form.texts if "ride alerts" in t.text)
    assert label.font_size and label.font_size >= 14


def test_forms_in_same_origin_iframes_are_inspected(lab) -> None:
    _, snapshot = lab
    page = _page(snapshot, "/frame")
    form = next(f for f in page.forms if f.frame_url)
    assert form.frame_url.endswith("/embedded-form")
    assert any(c.name == "rental_sms" and c.checked for c in form.controls)


def test_phone_forms_get_a_screenshot(lab, tmp_path: Path) -> None:
    report, snapshot = lab
    form = _page(snapshot, "/text-club").forms[0]
    assert form.screenshot and form.screenshot.startswith("screenshots/")


def test_limits_traps_and_robots_are_bounded_and_counted(lab) -> None:
    _, snapshot = lab
    urls = [p.url for p in snapshot.pages]
    stats = snapshot.stats
    calendar = [u for u in urls if "/calendar/" in u]
    assert 0 < len(calendar) <= 2 * 26, "the endless calendar must be cut off"
    assert stats.skipped_trap + stats.skipped_limit > 0
    assert not any("/private/" in u for u in urls) and stats.skipped_robots >= 1
    assert not any(u.endswith(".zip") for u in urls)
    assert not any("elsewhere.example.org" in u for u in urls) and stats.skipped_offsite >= 1
    assert not any(u.endswith("/big") for u in urls) and stats.skipped_too_large >= 1
    assert any(
        p.discovered_by == "sitemap" and p.url.endswith("/orphan-from-sitemap")
        for p in snapshot.pages
    )


def test_dialogs_popups_and_script_errors_are_counted_not_fatal(lab) -> None:
    _, snapshot = lab
    page = _page(snapshot, "/alerting")
    assert page.rendered and "Shop closed" in page.text
    assert page.dialogs >= 1 and page.js_errors >= 1
    assert snapshot.stats.popups >= 1


def test_roles_of_the_pages_a_reviewer_reads(lab) -> None:
    _, snapshot = lab
    roles = {role for p in snapshot.pages for role in p.roles}
    assert {"home", "about", "contact", "privacy", "terms", "optin"} <= roles
    assert snapshot.pages[0].roles[0] == "home"


def test_render_never_reads_markup_only(tmp_path: Path) -> None:
    with served("crawl-lab") as server:
        report, proc = audit(
            server,
            tmp_path,
            "--render",
            "never",
            "--format",
            "json",
            "--max-pages",
            "15",
            host=HOST,
        )
    assert proc.returncode in (0, 1), proc.stderr
    snapshot = SiteSnapshot.load(tmp_path / "snapshot.json")
    assert report["summary"]["rendered_pages"] == 0
    assert len(snapshot.pages) <= 15
    club = next(p for p in snapshot.pages if p.url.endswith("/text-club"))
    box = next(c for f in club.forms for c in f.controls if c.name == "sms_consent")
    assert box.checked is False  # without a browser the script never ran


def _self_signed(tmp_path: Path, host: str) -> tuple[Path, Path]:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    result = subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            f"/CN={host}",
            "-addext",
            f"subjectAltName=DNS:{host}",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        capture_output=True,
    )
    if result.returncode != 0:
        pytest.skip("openssl is not available to make a certificate")
    return cert, key


def test_a_self_signed_certificate_is_reported_and_the_crawl_goes_on(
    tmp_path: Path, chromium_path: str
) -> None:
    cert, key = _self_signed(tmp_path, HOST)
    with served("crawl-lab", tls=(cert, key)) as server:
        report, proc = audit(
            server, tmp_path / "out", "--max-pages", "8", "--format", "json", host=HOST
        )
    assert report is not None, proc.stderr
    tls = [f for f in report["findings"] if f["check"] == "site.tls_invalid"]
    assert tls and "self-signed" in tls[0]["evidence"]
    assert report["checks"]["site.tls_invalid"] == "failed"
    assert report["summary"]["pages"] > 1, "the crawl continues without verification"
    assert report["summary"]["rendered_pages"] >= 1, "the browser ignores the bad certificate"
    assert proc.returncode == 1


def test_plain_http_has_no_tls_verdict(lab) -> None:
    report, _ = lab
    assert report["checks"]["site.tls_invalid"] == "not_applicable"
    assert report["checks"]["site.unreachable"] == "passed"
