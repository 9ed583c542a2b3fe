"""Fixture sites of the content, agegate and site checks, judged on snapshots built from their
HTML files (no crawl): every check id in expected.json fires, and no other of these families.
Sites whose pages a script builds ("script-built" in the name) are left to the browser test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzers.context import AnalysisContext, AuditOptions
from analyzers.registry import Status, all_checks, run_check
from crawler.agegate import detect_agegate
from crawler.extract import parse_html
from crawler.snapshot import SiteSnapshot
from tests.snapshots import snapshot_from_pages

SITES = Path(__file__).resolve().parent.parent / "fixtures" / "sites"
OURS = ("content.", "agegate.", "site.")
OWN_SITES = sorted(
    p
    for p in SITES.iterdir()
    if p.is_dir()
    and p.name.startswith(("content-", "agegate-", "site-"))
    and "script-built" not in p.name
)


def snapshot_from_folder(folder: Path, host: str | None = None) -> SiteSnapshot:
    """A snapshot of a folder of HTML files (index.html first) plus the status/body routes of
    its routes.json, with age gates detected as the crawler's page builder does."""
    files = sorted(folder.rglob("*.html"), key=lambda p: (p != folder / "index.html", str(p)))
    pages: dict[str, str] = {}
    for file in files:
        relative = file.relative_to(folder).with_suffix("").as_posix()
        path = "/" + relative.removesuffix("index").rstrip("/")
        pages[path or "/"] = file.read_text(encoding="utf-8", errors="replace")
    statuses: dict[str, int] = {}
    routes_file = folder / "routes.json"
    for path, route in (
        json.loads(routes_file.read_text()) if routes_file.is_file() else {}
    ).items():
        if "redirect" in route or "trap" in route:
            continue  # followed by the crawler; not a page of their own
        pages[path] = (
            (folder / route["file"]).read_text() if "file" in route else route.get("body", "")
        )
        statuses[path] = int(route.get("status", 200))
    base = f"https://{host}/" if host else "https://www.example-business.com/"
    snapshot = snapshot_from_pages(pages, base=base)
    for page, (path, html) in zip(snapshot.pages, pages.items(), strict=True):
        page.status = statuses.get(path, 200)
        page.agegate = detect_agegate(parse_html(html))
        if page.agegate is not None and "agegate" not in page.roles:
            page.roles.append("agegate")
    return snapshot


def failed_checks(
    snapshot: SiteSnapshot, prefixes: tuple[str, ...] = OURS, options: AuditOptions | None = None
) -> dict[str, list]:
    """Check id -> findings, for our checks that failed (info notes and reviews excluded)."""
    ctx = AnalysisContext(snapshot=snapshot, options=options or AuditOptions())
    out = {}
    for cid, spec in all_checks().items():
        if cid.startswith(prefixes) and cid not in ("site.unreachable", "site.tls_invalid"):
            result = run_check(spec, ctx)
            if result.status is Status.FAILED:
                out[cid] = result.findings
    return out


@pytest.mark.parametrize("folder", OWN_SITES, ids=lambda p: p.name)
def test_fixture_site_fires_exactly_what_it_expects(folder: Path) -> None:
    expected = json.loads((folder / "expected.json").read_text())
    snapshot = snapshot_from_folder(folder, expected.get("host"))
    options = AuditOptions(optin_url=expected["optin_url"]) if expected.get("optin_url") else None
    failed = failed_checks(snapshot, options=options)
    wanted = {c for c in expected["fire"] if c.startswith(OURS)} - {
        "site.unreachable",
        "site.tls_invalid",
    }
    assert set(failed) == wanted, {c: [f.evidence for f in fs] for c, fs in failed.items()}
    for finding in expected.get("findings", []):
        if finding["check"] not in wanted:
            continue
        hits = failed[finding["check"]]
        assert any(
            finding.get("evidence_contains", "").lower() in (h.evidence + h.message).lower()
            and (not finding.get("url") or (h.url or "").endswith(finding["url"]))
            for h in hits
        ), (finding, [(h.url, h.evidence) for h in hits])


_SHOP_HOME = """<html><head><title>Home | Oak Hollow Smokehouse</title></head><body>
<nav><a href="/">Home</a> <a href="/smoke-shop">The Smoke Shop</a></nav>
<p>Oak Hollow Smokehouse smokes brisket and sausage over oak every morning.</p>
<p>{shop}</p></body></html>"""
_SHOP_PAGE = """<html><head><title>The Smoke Shop | Oak Hollow Smokehouse</title></head><body>
<nav><a href="/">Home</a> <a href="/smoke-shop">The Smoke Shop</a></nav>
<h1>The Smoke Shop</h1><p>Oak splits, 20 lb bundle - $14</p><p>House rub - $9</p>
</body></html>"""


@pytest.mark.parametrize(
    "shop",
    [
        "Our retail counter, The Smoke Shop, sells rubs, sauces, butcher paper and wood chunks.",
        "The Smoke Shop carries rubs, sauces and oak splits.",
    ],
)
def test_round_26_a_shop_the_site_names_and_says_sells_other_goods_is_no_tobacco(
    shop: str,
) -> None:
    snapshot = snapshot_from_pages(
        {"/": _SHOP_HOME.format(shop=shop), "/smoke-shop": _SHOP_PAGE},
        base="https://www.oakhollowsmokehouse.com/",
    )
    failed = failed_checks(snapshot, ("content.", "agegate."))
    assert "content.tobacco" not in failed, failed
    assert "agegate.missing" not in failed, failed


@pytest.mark.parametrize(
    "shop",
    [
        # the shop sells a term of its category, or the page names one as a kind of shop
        "Our retail counter, The Smoke Shop, sells cigars, pipes and rubs.",
        "Smoke shop: cigars, hookah and vape, $5 and up.",
        "The Smoke Shop sells rubs and sauces. We also stock premium cigars, $12 each.",
    ],
)
def test_round_26_a_smoke_shop_that_sells_tobacco_still_fires(shop: str) -> None:
    snapshot = snapshot_from_pages(
        {"/": _SHOP_HOME.format(shop=shop), "/smoke-shop": _SHOP_PAGE},
        base="https://www.oakhollowsmokehouse.com/",
    )
    failed = failed_checks(snapshot, ("content.", "agegate."))
    assert "content.tobacco" in failed, failed


def test_round_26_a_drink_word_that_starts_a_sentence_is_no_shop_name() -> None:
    from analyzers.content.own_names import own_shop_names
    from analyzers.content.scoring import read_page

    html = (
        "<html><body><h1>Bourbon flight</h1><p>Bourbon offers notes of vanilla and oak.</p>"
        "<p>Pours $9, add to cart.</p></body></html>"
    )
    page = snapshot_from_pages({"/": html}).pages[0]
    shop = snapshot_from_pages(
        {"/": "<p>Our retail counter, The Smoke Shop, sells rubs and oak splits.</p>"}
    ).pages[0]
    assert own_shop_names([read_page(shop)]) == ["Smoke Shop"]
    assert own_shop_names([read_page(page)]) == []


_PIT_HOME = """<html><head><title>Home | Red Oak Pit Supply</title></head><body>
<nav><a href="/">Home</a> <a href="/grills">Grills</a></nav>
<h1>The smoke shop for backyard cooks</h1>
<p>Red Oak Pit Supply sells offset smokers, pellet grills, charcoal and our own rubs.</p>
<p>{line}</p><p>Order online or visit us, open daily.</p></body></html>"""
_PIT_GRILLS = """<html><head><title>Grills | Red Oak Pit Supply</title></head><body>
<h1>Grills</h1><p>Offset smoker, 80 gallon - $1,450</p><p>Brisket rub - $12</p></body></html>"""


def _pit_site(line: str) -> SiteSnapshot:
    return snapshot_from_pages(
        {"/": _PIT_HOME.format(line=line), "/grills": _PIT_GRILLS},
        base="https://www.redoakpitsupply.com/",
    )


@pytest.mark.parametrize(
    "line",
    [
        "No tobacco, no vapes, no hookah: the only smoke here comes off the ribs.",
        "We do not sell tobacco or vape products.",
        "No cigars or tobacco of any kind, just cooking gear.",
    ],
)
def test_round_29_a_smoke_shop_whose_site_denies_tobacco_is_no_tobacco(line: str) -> None:
    failed = failed_checks(_pit_site(line), ("content.", "agegate."))
    assert "content.tobacco" not in failed, failed
    assert "agegate.missing" not in failed, failed


@pytest.mark.parametrize(
    "line",
    [
        # the site sells the category's goods, or its "no" restricts a sale it makes
        "We also carry disposable vapes and hookah flavors.",
        "Premium cigars and pipe tobacco at the counter.",
        "No vapes here, but a walk-in humidor of premium cigars.",
        "No tobacco sold to anyone under 21.",
        "We don't sell cigars to minors.",
        "Open daily.",
    ],
)
def test_round_29_a_smoke_shop_that_sells_or_does_not_deny_tobacco_still_fires(line: str) -> None:
    failed = failed_checks(_pit_site(line), ("content.", "agegate."))
    assert "content.tobacco" in failed, failed


def test_round_29_a_denial_counts_only_where_it_governs_the_product() -> None:
    from analyzers.content.matching import denied_terms

    assert denied_terms("No tobacco, no vapes, no hookah.", "tobacco") == [
        "tobacco",
        "vapes",
        "hookah",
    ]
    assert denied_terms("We do not sell tobacco or vape products.", "tobacco")
    assert denied_terms("No tobacco sold to anyone under 21.", "tobacco") == []
    assert denied_terms("Premium cigars, no smoking on the patio.", "tobacco") == []


_ZERO_HOME = """<html><head><title>Home | Still Water Bar</title></head><body>
<nav><a href="/">Home</a> <a href="/shop">Bottle Shop</a></nav>
<h1>A bar for the sober-curious</h1>
<p>Still Water is a zero-proof bar with a bottle shop in Fresno. {line}</p>
<p>Come for a house shrub or a ginger soda, $9.</p></body></html>"""
_ZERO_SHOP = """<html><head><title>Bottle Shop | Still Water Bar</title></head><body>
<h1>Bottle shop</h1><p>We stock botanical aperitifs and shrubs to take home.</p>
<p>Bitter aperitif, 750 ml - $27</p><p>Ginger shrub - $14</p></body></html>"""


def _zero_site(line: str) -> SiteSnapshot:
    return snapshot_from_pages(
        {"/": _ZERO_HOME.format(line=line), "/shop": _ZERO_SHOP},
        base="https://www.stillwaterbar.com/",
    )


@pytest.mark.parametrize(
    "line",
    [
        # blind round 30: a "bottle shop" of a site that denies alcohol, by its own name too
        "No alcohol is served or sold here, ever.",
        "We do not sell alcohol of any kind.",
        "No wine, no beer, no liquor: every drink is 0.0%.",
    ],
)
def test_round_30_a_bottle_shop_whose_site_denies_alcohol_is_no_alcohol(line: str) -> None:
    failed = failed_checks(_zero_site(line), ("content.", "agegate."))
    assert "content.alcohol" not in failed, failed


@pytest.mark.parametrize(
    "line",
    [
        # the site sells a drink, its "no" restricts a sale it makes, or it denies an act only
        "We also pour local craft beer and natural wine.",
        "No alcohol is sold to anyone under 21.",
        "No outside alcohol is allowed.",
        "Open daily.",
    ],
)
def test_round_30_a_bottle_shop_that_sells_or_does_not_deny_alcohol_still_fires(
    line: str,
) -> None:
    failed = failed_checks(_zero_site(line), ("content.", "agegate."))
    assert "content.alcohol" in failed, failed


def test_round_30_a_denial_of_the_category_by_its_own_name() -> None:
    from analyzers.content.matching import denied_terms

    line = "No alcohol is served or sold here."
    assert denied_terms(line, "alcohol") == []  # "alcohol" is a weak term
    assert denied_terms(line, "alcohol", include_weak=True) == ["alcohol"]
    assert (
        denied_terms("No alcohol is sold to anyone under 21.", "alcohol", include_weak=True) == []
    )
    # a weak term that is not the category's name: "no smoking" denies an act
    assert denied_terms("No smoking inside the shop.", "tobacco", include_weak=True) == []
