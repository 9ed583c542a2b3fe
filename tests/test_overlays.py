"""A sign-up pop-up on a policy page is not part of the policy (issue 13/14).

The crawler records the layers a page draws over its content (crawler/overlays.py); the privacy
and terms readers judge the page's own text without them (analyzers/policy/layers.py), read a
layer titled as the document when the page's own content is not it (the policy shown in a
modal), and the opt-in checks still judge the pop-up's form."""

from __future__ import annotations

import pytest

from analyzers.analyze import analyze
from analyzers.policy.layers import own_headings, own_links, own_text
from analyzers.policy.locate import lookup
from analyzers.registry import family_ids
from crawler.extract import parse_html
from crawler.overlays import find_layers
from crawler.page_builder import build_page
from tests.snapshots import snapshot_from_pages

BASE = "https://www.saltandsprig.com/"
CHECKS = (*family_ids("privacy"), *family_ids("terms"), *family_ids("optin"))

# the pop-up's own wording: a consent that shares with partners, and elements of SMS terms
POPUP_WORDS = (
    "<h2>Get 10% off your first order</h2>"
    '<form id="club"><label for="m">Mobile number</label><input id="m" type="tel" name="phone">'
    '<label><input type="checkbox" name="sms"> Text me offers</label>'
    "<p>By signing up you agree to receive recurring automated marketing texts from Salt and "
    "Sprig Pantry at the number provided, about 4 a month. Consent is not a condition of "
    "purchase. Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel. We may share "
    "your mobile number and opt-in information with our marketing partners so they can send "
    'you their offers too. <a href="/privacy">Privacy Policy</a></p>'
    "<button>Unlock 10% off</button></form>"
)
POPUPS = {
    "dialog": f'<dialog id="signup" open>{POPUP_WORDS}</dialog>',
    "role": f'<div id="signup" role="dialog" aria-label="Get 10% off">{POPUP_WORDS}</div>',
    "aria-modal": f'<div id="signup" aria-modal="true">{POPUP_WORDS}</div>',
    "sheet": f'<style>#signup{{position:fixed;right:0;bottom:0}}</style><div id="signup">'
    f"{POPUP_WORDS}</div>",
    "inline": f'<div id="signup" style="position: fixed; top: 0">{POPUP_WORDS}</div>',
    "offcanvas": f'<aside class="offcanvas-signup">{POPUP_WORDS}</aside>',
    "rendered": f'<div id="signup" data-pvlayer="1">{POPUP_WORDS}</div>',
}


def page(title: str, body: str, extra: str = "", footer_links: str = "") -> str:
    return (
        f"<html><head><title>{title} | Salt and Sprig Pantry</title></head><body>"
        '<header><a href="/">Salt and Sprig Pantry</a><nav><a href="/shop">Shop</a></nav></header>'
        f"<main>{body}</main>{extra}<footer>{footer_links or FOOTER}"
        "<p>© 2026 Salt and Sprig Pantry · help@saltandsprig.com</p></footer></body></html>"
    )


FOOTER = '<a href="/privacy">Privacy Policy</a> <a href="/terms">Terms</a>'
HOME = page("Pantry goods", "<h1>Small-batch pantry goods</h1><p>Spices, salts and syrups.</p>")
POLICY = (
    "<h1>Privacy Policy</h1><p>This policy explains how Salt and Sprig Pantry collects, uses and "
    "protects your personal information.</p><h2>What we collect</h2><p>We collect your name, "
    "email, shipping address and phone number when you order.</p><h2>Text messages</h2><p>Mobile "
    "numbers and SMS opt-in data are never shared with third parties or affiliates for marketing "
    "or promotional purposes. Reply STOP to any text to opt out.</p><h2>Your rights</h2><p>You "
    "may ask us to access or delete your data. Contact us with questions.</p>"
)
TERMS = (
    "<h1>Terms of Service</h1><p>By using this site you agree to these terms.</p><h2>Orders</h2>"
    "<p>Prices may change without notice, and we may cancel an order we cannot fill. Our "
    "liability is limited to the price of the order, and we disclaim all other warranties.</p>"
    "<h2>Text messages</h2><p>Salt and Sprig Pantry sends texts to customers who opt in.</p>"
    "<h2>Changes</h2><p>We may modify these terms at any time. These terms are governed by the "
    "laws of Oregon, and any dispute goes to the courts of Multnomah County.</p>"
)


def run(pages: dict[str, str]) -> set[str]:
    analysis = analyze(snapshot_from_pages(pages, base=BASE), only=CHECKS)
    return {r.spec.id for r in analysis.results if str(r.status) == "failed"}


@pytest.mark.parametrize("built", sorted(POPUPS))
def test_each_way_of_building_a_pop_up_is_a_layer(built: str) -> None:
    root = parse_html(page("Privacy Policy", POLICY, POPUPS[built]))
    layers = find_layers(root)
    assert [layer.element.get("id") or layer.element.get("class") for layer in layers] == [
        "offcanvas-signup" if built == "offcanvas" else "signup"
    ]


def test_chrome_main_content_and_plain_sections_are_not_layers() -> None:
    html = (
        "<html><head><style>header{position:fixed} .sticky-nav{position:fixed}</style></head>"
        '<body><header class="sticky-nav"><nav><a href="/">Home</a></nav></header>'
        '<div class="hero-overlay"><h1>Welcome</h1></div>'
        '<div class="site-header" style="position:fixed"><a href="/privacy">Privacy</a></div>'
        '<div style="position:fixed;inset:0"><main><h1>Privacy</h1><p>Text.</p></main></div>'
        '<footer><div class="cookie-banner" role="dialog">We use cookies.</div></footer>'
        "</body></html>"
    )
    assert find_layers(parse_html(html)) == []


def test_a_backdrop_with_its_dialog_inside_is_one_layer() -> None:
    html = (
        '<html><body><main><p>Hello.</p></main><div class="modal-backdrop">'
        '<div class="modal-dialog" role="dialog"><p>Join us</p></div></div></body></html>'
    )
    layers = find_layers(parse_html(html))
    assert [(layer.element.get("class"), layer.kind) for layer in layers] == [
        ("modal-backdrop", "named")
    ]


def test_the_page_keeps_the_layers_text_apart_and_its_links_say_where_they_are() -> None:
    built = build_page(page("Privacy Policy", POLICY, POPUPS["role"]), BASE + "privacy")
    (overlay,) = built.overlays
    assert overlay.kind == "modal" and overlay.title == "Get 10% off" and overlay.shown
    assert "marketing partners" in built.text  # the page's text is still all a person sees
    assert "marketing partners" not in own_text(built)
    assert "Get 10% off your first order" not in own_headings(built)
    assert any("marketing partners" in block.text for block in overlay.blocks)
    # the footer's "Privacy Policy" is the page's own link; the pop-up's copy is the layer's
    privacy_links = [link for link in built.links if link.text == "Privacy Policy"]
    assert [(link.region, link.overlay) for link in privacy_links] == [("footer", False)]
    assert [link.text for link in overlay.links] == ["Privacy Policy"]
    assert all(not link.overlay for link in own_links(built))


def test_a_link_met_first_in_a_pop_up_is_the_pages_when_the_page_has_it_too() -> None:
    html = page("Home", "<h1>Hi</h1>").replace("<body>", f"<body>{POPUPS['dialog']}")
    built = build_page(html, BASE)
    (link,) = [link for link in built.links if link.text == "Privacy Policy"]
    assert (link.region, link.overlay) == ("footer", False)


@pytest.mark.parametrize("built", sorted(POPUPS))
def test_a_pop_ups_sharing_wording_is_not_the_policys_exception(built: str) -> None:
    pages = {
        "/": HOME,
        "/privacy": page("Privacy Policy", POLICY, POPUPS[built]),
        "/terms": page("Terms", TERMS),
    }
    fired = run(pages)
    assert not {c for c in fired if c.startswith("privacy.")}, fired


def test_the_policy_itself_still_fires_with_a_pop_up_on_its_page() -> None:
    broken = POLICY.replace(
        "are never shared with third parties",
        "are never shared with third parties, except with our marketing partners when you consent,",
    ).replace("never shared", "not shared")
    pages = {"/": HOME, "/privacy": page("Privacy Policy", broken, POPUPS["role"])}
    assert "privacy.sharing_exception" in run(pages)


def test_the_opt_in_checks_still_judge_the_pop_ups_form() -> None:
    pages = {
        "/": HOME.replace("</main>", f"</main>{POPUPS['role']}"),
        "/privacy": page("Privacy Policy", POLICY, POPUPS["role"]),
    }
    assert "optin.third_party_consent" in run(pages)


def test_a_pop_up_does_not_lend_the_terms_its_elements() -> None:
    """The general terms lack every SMS element; the pop-up on the terms page states them."""
    pages = {
        "/": HOME,
        "/privacy": page("Privacy Policy", POLICY),
        "/terms": page("Terms", TERMS, POPUPS["dialog"], footer_links='<a href="/terms">Terms</a>'),
    }
    snapshot = snapshot_from_pages(pages, base=BASE)
    document = lookup("terms", snapshot).document
    assert document is not None and "Reply HELP" not in document.body
    fired = run(pages)
    assert {"terms.help_missing", "terms.privacy_link_missing"} <= fired


MODAL_POLICY = (
    '<div id="privacy-modal" class="modal" role="dialog" aria-labelledby="pp" hidden>'
    f'<h2 id="pp">Privacy Policy</h2>{POLICY.replace("<h1>Privacy Policy</h1>", "")}'
    '<button type="button">Close</button></div>'
)


def test_a_policy_shown_only_in_a_modal_is_read() -> None:
    home = page(
        "Pantry goods",
        "<h1>Small-batch pantry goods</h1><p>Spices, salts and syrups.</p>",
        MODAL_POLICY,
        footer_links='<a href="#" data-open="privacy-modal">Privacy</a> <a href="/terms">Terms</a>',
    )
    snapshot = snapshot_from_pages({"/": home, "/terms": page("Terms", TERMS)}, base=BASE)
    document = lookup("privacy", snapshot).document
    assert document is not None and document.found_by == "overlay"
    assert document.overlay == "div#privacy-modal" and "(in the pop-up “Privacy Policy”)" in (
        document.where
    )
    assert any("never shared with third parties" in line for line in document.lines)
    fired = run({"/": home, "/terms": page("Terms", TERMS)})
    assert "privacy.missing" not in fired and "privacy.no_sms_clause" not in fired
    # a defect in the modal's policy fires
    broken = home.replace(
        "are never shared with third parties or affiliates",
        "may be shared with our marketing partners and affiliates",
    )
    assert "privacy.sharing_exception" in run({"/": broken, "/terms": page("Terms", TERMS)}) or (
        "privacy.no_sms_clause" in run({"/": broken, "/terms": page("Terms", TERMS)})
    )


def test_a_cookie_preferences_dialog_is_not_the_policy() -> None:
    cookie = (
        '<div role="dialog" aria-label="Privacy preferences"><h2>Privacy preferences</h2><p>We '
        "and our third-party partners use cookies to collect and use personal information about "
        "your visit, to share it with advertising partners and to keep the site secure. You can "
        "opt out of tracking at any time; questions go to privacy@saltandsprig.com. We protect "
        "your data and retain it only as long as needed.</p><button>Accept</button></div>"
    )
    home = page("Pantry goods", "<h1>Pantry goods</h1><p>Spices.</p>", cookie, footer_links=" ")
    snapshot = snapshot_from_pages({"/": home}, base=BASE)
    assert lookup("privacy", snapshot).document is None


def test_an_in_page_link_that_opens_a_layer_is_kept_and_leads_to_it() -> None:
    """The footer's "Privacy Policy" (href="#privacy-modal") opens the modal: it is a link to
    the policy, for the terms and the opt-in form alike; "#top" is not."""
    home = page(
        "Pantry goods",
        '<h1 id="top">Pantry goods</h1><p>Spices.</p><a href="#top">Back to top</a>',
        MODAL_POLICY,
        footer_links='<a href="#privacy-modal">Privacy Policy</a> <a href="/terms">Terms</a>',
    )
    built = build_page(home, BASE)
    hrefs = {link.text: link.href for link in built.links}
    assert hrefs["Privacy Policy"] == "#privacy-modal" and "Back to top" not in hrefs
    snapshot = snapshot_from_pages({"/": home, "/terms": page("Terms", TERMS)}, base=BASE)
    document = lookup("privacy", snapshot).document
    assert document is not None and document.found_by == "footer" and document.overlay


def test_a_pop_up_placed_first_does_not_hide_what_the_page_calls_itself() -> None:
    """Roles come from the title and the first headings: a pop-up's headings, placed before the
    page's own in the markup, are not the page's."""
    html = page("Policies", POLICY).replace(
        "<body>", f"<body>{POPUPS['dialog'].replace('</h2>', '</h2><h3>Members only</h3>')}"
    )
    built = build_page(html, BASE + "policies")
    assert built.headings[:2] == ["Get 10% off your first order", "Members only"]
    assert "privacy" in built.roles


def test_a_form_the_renderer_opened_is_not_the_policys_text() -> None:
    """Fixture m31b-harrowgate (blind round 31): a sticky bar's "Get texts ▾" expands a sign-up
    form on every page, the terms included; the renderer opens it (`Form.reached_by`). A person
    reading the terms never did: its "Up to 4 msgs/month" is the form's, not the terms'."""
    html = (
        "<html><head><title>Terms</title></head><body><main>"
        '<div id="bar"><button>Get texts</button><form id="f"><p>Step 1. Your email</p>'
        '<p>Mobile <input type="tel" name="phone"></p><p><input type="checkbox" id="ok"> '
        '<label for="ok">Text me offers from Acme. Up to 4 msgs/month. Reply STOP to end.</label>'
        "</p><button>Sign me up</button></form></div><h1>Terms of Service</h1>"
        "<p>Orders ship in two days.</p></main></body></html>"
    )
    page = build_page(html, "https://acme.example/terms")
    assert "Up to 4 msgs/month" in own_text(page)  # shown on load: the page's own
    page.forms[0].reached_by = "after clicking 'Get texts'"
    text = own_text(page)
    assert "Up to 4 msgs/month" not in text and "Sign me up" not in text
    assert "Orders ship in two days." in text and "Get texts" in text
