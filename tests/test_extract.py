"""Pure extraction on HTML strings: text, visibility, links, regions, brand names, selectors."""

from __future__ import annotations

import pytest

from crawler.extract import (
    brand_candidates,
    builds_form_at_run_time,
    css_selector,
    extract_page,
    looks_script_built,
    parse_html,
    region_of,
    unique_selector,
)
from crawler.page_builder import build_page
from crawler.urls import hash_route, normalize_url

PAGE = """<html><head><title>Sign up | Acme Dental</title>
<meta property="og:site_name" content="Acme Dental">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Dentist",
 "name":"Acme Dental Group"}</script></head><body>
<header><img class="site-logo" src="/logo.png" alt="Acme Dental logo"></header>
<nav><a href="/privacy">Privacy</a> <a href="terms">Terms</a></nav>
<main><h1>Text alerts</h1>
<p>Visible words here. <span style="display:none">hidden words there</span> tail.</p>
<div hidden><p>Hidden by attribute, a long disclosure sentence.</p></div>
<details><summary>More info</summary><p>Collapsed detail text that is long enough.</p></details>
<a href="mailto:hi@acme.com">Email us</a><a href="#top">Top</a><a href="javascript:void(0)">JS</a>
</main>
<div class="site-footer"><a href="/about"><img src="a.png" alt="About us"></a>
<p>© 2019–2026 Acme Dental PLLC. All rights reserved.</p></div>
<script>var notText = 1;</script></body></html>"""


def test_visible_text_skips_hidden_markup_and_scripts() -> None:
    page = extract_page(PAGE, "https://www.acme.com/signup")
    assert "Visible words here." in page.text and "tail." in page.text
    assert "hidden words there" not in page.text
    assert "Hidden by attribute" not in page.text
    assert "Collapsed detail" not in page.text and "More info" in page.text
    assert "notText" not in page.text
    hidden = " ".join(b.text for b in page.hidden_text)
    assert "hidden words there" in hidden and "Collapsed detail" in hidden


def test_links_are_absolute_with_region_and_text() -> None:
    page = extract_page(PAGE, "https://www.acme.com/legal/signup")
    by_text = {link.text: link for link in page.links}
    assert by_text["Privacy"].href == "https://www.acme.com/privacy"
    assert by_text["Terms"].href == "https://www.acme.com/legal/terms"
    assert by_text["Privacy"].region == "nav"
    assert by_text["About us"].region == "footer"  # image alt as link text, class-based footer
    assert by_text["Email us"].href == "mailto:hi@acme.com"
    assert "Top" not in by_text  # in-page anchors are not links to pages


def test_brand_candidates_from_the_places_owners_name_their_business() -> None:
    page = extract_page(PAGE, "https://www.acme.com/")
    assert page.brand_candidates["og_site_name"] == "Acme Dental"
    assert page.brand_candidates["schema_org"] == "Acme Dental Group"
    assert page.brand_candidates["logo_alt"] == "Acme Dental"
    assert page.brand_candidates["copyright"] == "Acme Dental PLLC"


def test_nav_and_footer_words_are_not_content() -> None:
    page = extract_page(PAGE, "https://www.acme.com/")
    assert "Privacy" in page.nav_text and "All rights reserved" in page.nav_text
    assert 5 < page.main_text_words < 30


def test_browser_annotations_override_markup() -> None:
    html = """<body><p data-pvh="1">Shown in markup, hidden by a stylesheet.</p>
    <p hidden data-pvh="0">Hidden in markup, shown by a script.</p></body>"""
    page = extract_page(html, "https://a.com/")
    assert "hidden by a stylesheet" not in page.text
    assert "shown by a script" in page.text


def test_selectors_read_like_a_person_wrote_them() -> None:
    root = parse_html(
        '<form id="signup"><div><input name="sms" type="checkbox"></div><p>a</p><p>b</p></form>'
    )
    box = root.find(".//input")
    assert css_selector(box) == 'form#signup input[name="sms"]'
    second = root.findall(".//p")[1]
    assert css_selector(second) == "form#signup p:nth-of-type(2)"
    assert root.cssselect(css_selector(second)) == [second]


def test_a_selector_points_at_one_element_even_where_the_short_form_would_not() -> None:
    root = parse_html(
        '<form id="f"><label>Mobile <input type="tel"></label>'
        "<label><input type=checkbox> Text me</label></form>"
    )
    phone, box = root.findall(".//input")
    for element in (phone, box):
        assert root.cssselect(unique_selector(element)) == [element]
    assert unique_selector(phone) != unique_selector(box)
    assert css_selector(box) == "form#f input"  # the short form text blocks keep


def test_malformed_and_binary_markup_never_raises() -> None:
    for html in (b"\xff\xfe\x00<<<", "", "<html><body><p>unclosed <b>bold<div>", "plain text"):
        page = extract_page(html, "https://a.com/")
        assert page.url == "https://a.com/"


def test_region_of_a_form() -> None:
    root = parse_html("<body><form><input name=a></form></body>")
    assert region_of(root.find(".//input")) == "form"


def test_script_built_shells_are_recognised() -> None:
    shell = '<html><body><div id="root"></div><script src="/app.js"></script></body></html>'
    assert looks_script_built(shell, "")
    article = "<html><body><p>" + "word " * 300 + "</p><script>track()</script></body></html>"
    assert not looks_script_built(article, "word " * 300)
    assert not looks_script_built("<p>No scripts</p>", "No scripts")


@pytest.mark.parametrize(
    "html",
    [
        '<div id="quote-app"></div><script src="/assets/quote.js"></script>',
        '<section class="sms-signup"></section><script>build()</script>',
        '<sms-optin-widget data-account="x"></sms-optin-widget><script src="/w.js"></script>',
        # a web component defined by the page's own script, its root closed (m31 voltaic)
        '<repair-texts shop="x"></repair-texts><script>customElements.define("repair-texts", '
        "class extends HTMLElement { constructor() { super(); this.attachShadow({mode: "
        '"closed"}); } });</script>',
        "<noscript>Please enable JavaScript to use this form.</noscript><script>x()</script>",
        '<script src="https://static.klaviyo.com/onsite/js/klaviyo.js"></script>',
        '<script async src="/js/popup-signup.min.js"></script>',
        # an inline script that writes the form in when a button is clicked
        '<button id="open">Get listing alerts</button><script>var m = "<form id=\\"a\\">'
        '<input type=\\"tel\\" name=\\"phone\\"></form>"; open.onclick = () => show(m);</script>',
        '<script>const f = document.createElement("form"); panel.append(f);</script>',
        # a mount point named for anything, filled by a script of the site's own
        '<div id="inquiry"></div><script src="/js/inquiry.js"></script>',
        '<aside id="slidein" aria-hidden="true"></aside><script src="js/deals.js"></script>',
        '<div id="x1"></div><script src="https://www.example-shop.com/s/main.js"></script>',
        # a mount point that says it is being built, or holds only its loading line
        '<div id="book" aria-busy="true"><p>Please wait</p></div><script src="/b.js"></script>',
        '<section id="planner"><p>Loading the planner…</p></section><script>x()</script>',
        # a dialog with nothing in it yet
        '<div id="promo" role="dialog" hidden></div><script>later()</script>',
    ],
)
def test_a_page_with_content_whose_form_scripts_build_is_script_built(html: str) -> None:
    page = f"<html><body><p>{'word ' * 300}</p>{html}</body></html>"
    assert builds_form_at_run_time(page.lower(), "www.example-shop.com")
    assert looks_script_built(page, "word " * 300, "www.example-shop.com")


@pytest.mark.parametrize(
    "html",
    [
        '<div id="quote-app"></div>',  # nothing can fill it
        '<div class="container"></div><script>track()</script>',
        '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X"></iframe>'
        "</noscript><script>gtm()</script>",
        '<cart-drawer><p>Your cart is empty</p></cart-drawer><script src="/cart.js"></script>',
        # a script that reads the page's own form, or builds no field
        '<script>document.forms[0].addEventListener("submit", check);</script>',
        '<script>const li = document.createElement("li"); list.append(li);</script>',
        # an empty element with an id, but only another site's script (analytics, a map)
        '<div id="map"></div><script src="https://cdn.tracker.net/t.js"></script>',
        '<div id="x1"></div><script src="https://cdn.example-shop.com.evil.io/a.js"></script>',
        # an empty element with a class only (a spacer, an icon), under a script of the site
        '<div class="clearfix"></div><span class="icon"></span><script src="/s.js"></script>',
        # a section that holds its own content, and a dialog that holds its own text
        '<section id="faq"><p>Loading docks open at 7.</p><p>Parking in back.</p></section>'
        "<script>x()</script>",
        '<div role="dialog" hidden><p>Size guide</p></div><script>x()</script>',
    ],
)
def test_pages_that_build_no_form_are_not(html: str) -> None:
    page = f"<html><body>{html}</body></html>".lower()
    assert not builds_form_at_run_time(page, "www.example-shop.com")


def test_open_shadow_roots_are_read_in_place() -> None:
    root = parse_html(
        '<body><sms-signup><template shadowrootmode="open"><form><input type="tel" '
        'name="phone"></form><p>Msg rates may apply</p></template><span>light'
        "</span></sms-signup><template><p>inert</p></template></body>"
    )
    host = root.find(".//sms-signup")
    assert [child.tag for child in host] == ["form", "p", "span"]
    assert root.find(".//template") is not None  # an ordinary template stays inert


def test_closed_declarative_shadow_roots_are_read_like_open_ones() -> None:
    """A server may render a web component's root closed (`<template shadowrootmode="closed">`):
    a person sees its form as any other, so the static page reads it in place. A plain
    `<template>` beside it stays inert."""
    page = build_page(
        '<body><text-signup><template shadowrootmode="closed"><form><label>Mobile <input '
        'type="tel" name="phone"></label><p>Reply STOP to end.</p></form></template>'
        '</text-signup><template id="later"><form><input type="tel" name="kept"></form>'
        "</template></body>",
        "https://a.com/",
    )
    assert [c.name for f in page.forms for c in f.controls] == ["phone"]
    assert "Reply STOP to end." in page.text


def test_words_drawn_by_css_are_read_in_place() -> None:
    """The renderer records `::before` / `::after` words as data-pvbefore / data-pvafter: they
    are read first and last in the element's text, around its children."""
    page = extract_page(
        '<body><label><input type="checkbox" name="ok"> <span data-pvbefore="Yes, text me. "'
        ' data-pvafter=" Reply STOP to cancel.">See our <a href="/p">Privacy Policy</a>.</span>'
        '</label><p data-pvafter=" (optional)">Notes</p></body>',
        "https://a.com/",
    )
    assert "Yes, text me. See our Privacy Policy. Reply STOP to cancel." in page.text
    assert "Notes (optional)" in page.text


def test_hash_routes_are_links_and_anchors_are_not() -> None:
    page = extract_page(
        '<body><a href="#/privacy">Privacy</a><a href="#!/alerts">Alerts</a>'
        '<a href="#top">Top</a><a href="#/">Home</a></body>',
        "https://a.com/",
    )
    assert [link.href for link in page.links] == [
        "https://a.com/#/privacy",
        "https://a.com/#!/alerts",
    ]
    assert normalize_url("https://a.com/#/privacy?b=2") == "https://a.com/#/privacy?b=2"
    assert normalize_url("https://a.com/#top") == "https://a.com/"
    assert hash_route("https://a.com/#!/alerts") == "/alerts"
    routed = build_page("<title>Privacy</title><p>x</p>", "https://a.com/#/privacy")
    assert "privacy" in routed.roles and "home" not in routed.roles


def test_build_page_assigns_roles_from_url_title_and_anchors() -> None:
    page = build_page(
        "<title>Legal</title><h1>Mobile messaging terms</h1>", "https://a.com/legal/mobile-terms"
    )
    assert {"sms_terms", "terms"} <= set(page.roles)
    privacy = build_page(
        "<title>Our policies</title>", "https://a.com/p?id=7", anchor_texts=["Privacy Notice"]
    )
    assert privacy.roles == ["privacy"]


def test_a_responsive_logo_holding_the_name_twice_gives_the_long_name_once() -> None:
    """Phones see "Solari", desktops "Solari Storage": one is hidden by CSS, never both read."""
    twice = parse_html(
        '<header><span class="brand-name"><span class="m">Solari</span>'
        '<span class="d">Solari <span>Storage</span></span></span></header>'
    )
    assert brand_candidates(twice, "")["logo_text"] == "Solari Storage"
    parts = parse_html('<div class="logo"><span>Acme</span> <span>Plumbing</span></div>')
    assert brand_candidates(parts, "")["logo_text"] == "Acme Plumbing"


@pytest.mark.parametrize(
    ("footer", "name"),
    [
        ("© 2026 Harbor Glass LLC. All rights reserved.", "Harbor Glass LLC"),
        ("Copyright 2019–2026 2Bros Pizza | Privacy", "2Bros Pizza"),
        # blind round 15: the name stands before the sign, and nothing but the year after it
        ("Wrenfield is a trade name of Wrenfield Buyers Inc. © 2026", None),
    ],
)
def test_a_copyright_line_names_its_owner_never_a_bare_year(footer: str, name: str | None) -> None:
    page = extract_page(
        f"<html><body><footer><p>{footer}</p></footer></body></html>", "https://x.com/"
    )
    assert page.brand_candidates.get("copyright") == name
