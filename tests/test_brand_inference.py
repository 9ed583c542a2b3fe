"""The business's name as a person reads it: from the campaign file, else inferred from the site."""

from __future__ import annotations

from types import SimpleNamespace

from analyzers.context import AnalysisContext
from analyzers.inputs.brand import BrandNames, strip_legal_suffix, title_names
from tests.snapshots import snapshot_from_pages


def _brand(pages: dict[str, str], campaign=None) -> BrandNames | None:
    ctx = AnalysisContext(snapshot=snapshot_from_pages(pages), campaign=campaign)
    return ctx.inputs.brand_names


def test_titles_name_the_page_and_the_business() -> None:
    assert title_names("SMS Opt-In - Clean Harbor")[0][0] == "Clean Harbor"
    assert (
        title_names("Request a Free Estimate | Oakline Painting SMS Opt-In")[0][0]
        == "Oakline Painting"
    )
    assert title_names("Text alerts sign-up") == []
    assert title_names("Contact us") == []


def test_the_name_repeated_across_pages_wins() -> None:
    brand = _brand(
        {
            "/": "<title>Family dentistry in Austin | Brightside Dental</title><h1>Welcome</h1>"
            "<p>Brightside Dental cares for families.</p>",
            "/about": "<title>About | Brightside Dental</title><p>About Brightside Dental.</p>",
            "/contact": "<title>Contact | Brightside Dental</title>",
        }
    )
    assert brand is not None and brand.primary == "Brightside Dental"
    assert brand.source == "inferred"


def test_copyright_and_og_site_name_beat_a_page_title() -> None:
    brand = _brand(
        {
            "/": '<title>Get Text Updates</title><meta property="og:site_name" '
            'content="Ridgeway Plumbing"><footer>© 2026 Ridgeway Plumbing LLC · '
            "Boise, ID</footer>"
        }
    )
    assert brand.primary == "Ridgeway Plumbing"


def test_campaign_names_win_and_legal_suffixes_are_optional() -> None:
    campaign = SimpleNamespace(
        brand=SimpleNamespace(legal_name="Acme Health Services LLC", dba="Acme Health")
    )
    brand = _brand({"/": "<title>Other Name</title>"}, campaign)
    assert brand.source == "campaign" and brand.primary == "Acme Health"
    assert brand.found_in("Texts from ACME HEALTH SERVICES, reply STOP") is not None
    assert brand.found_in("Texts from Acme Healthcare") is None  # whole words only
    assert strip_legal_suffix("Oakline Painting, L.L.C.") == "Oakline Painting"


def test_a_site_that_never_names_itself_has_no_inferred_brand() -> None:
    assert _brand({"/": "<title>SMS Consent Policy</title><p>Reply STOP to cancel.</p>"}) is None


def _titled_site(brand: str, pages: dict[str, str], home_title: str) -> dict[str, str]:
    footer = f"<footer>© 2026 {brand}</footer>"
    site = {"/": f"<title>{home_title}</title><h1>{brand}</h1><p>Welcome.</p>{footer}"}
    site.update(
        {
            path: f"<title>{page} | {brand}</title><h1>{page}</h1><p>{page} at {brand}.</p>{footer}"
            for path, page in pages.items()
        }
    )
    return site


def test_the_title_half_that_varies_across_pages_is_the_page_name() -> None:
    brand = _brand(
        _titled_site(
            "Harbor Light Property Management",
            {"/residents": "For Residents", "/owners": "For Owners", "/contact": "Contact"},
            "Home | Harbor Light Property Management",
        )
    )
    assert brand.names == ["Harbor Light Property Management"]
    assert brand.found_in("our text alert service for residents") is None


def test_a_single_title_still_offers_both_halves() -> None:
    # one page gives nothing to compare: "Eyewear" could be the name of the shop
    assert [name for name, _ in title_names("Eyewear | Lumen Optometry")] == [
        "Lumen Optometry",
        "Eyewear",
    ]


def test_a_second_name_with_support_close_to_the_winner_is_kept() -> None:
    footer = (
        "<footer><p>© 2026 Grace Fellowship Church of Dayton. All rights reserved.</p></footer>"
    )
    brand = _brand(
        {
            "/": f"<html><head><title>Grace Fellowship Church</title></head><body>"
            f"<p>Sunday worship at 10am.</p>{footer}</body></html>",
            "/about": f"<html><head><title>About | Grace Fellowship Church</title></head>"
            f"<body><p>Our history.</p>{footer}</body></html>",
        }
    )
    assert set(brand.names) == {"Grace Fellowship Church", "Grace Fellowship Church of Dayton"}


def test_a_weak_tagline_is_dropped_but_another_spelling_of_the_name_is_kept() -> None:
    brand = _brand(
        {
            "/": '<title>AskDwell — AI Property Agent</title><a class="logo" href="/">'
            "Ask Dwell</a><p>AskDwell answers tenants.</p>"
            "<footer>© 2026 AskDwell</footer>"
        }
    )
    assert brand.primary == "AskDwell" and "AI Property Agent" not in brand.names


def test_a_doubled_slash_or_colon_sets_a_title_apart_like_a_bar() -> None:
    # page-builder themes write "Page // Brand" or "Page :: Brand" as others write "Page | Brand"
    assert (
        title_names("Home // Iron Oath Strength & Conditioning")[0][0]
        == "Iron Oath Strength & Conditioning"
    )
    assert title_names("Classes :: Iron Oath Gym")[0][0] == "Iron Oath Gym"
    # near misses: "&", "+" and a slash without spaces belong to the name
    assert title_names("Salt + Stone Spa") == [("Salt + Stone Spa", 1.0)]
    assert title_names("Heating/Cooling Experts & Sons") == [
        ("Heating/Cooling Experts & Sons", 1.0)
    ]


def test_a_site_titled_page_slash_slash_brand_names_the_brand() -> None:
    # no copyright line or site name: the titles are what names the business
    name = "Iron Oath Strength &amp; Conditioning"
    brand = _brand(
        {
            path: f"<title>{page} // {name}</title><h1>{page}</h1><p>{name} is a barbell gym.</p>"
            f"<footer>{name} · 4410 W Emerald St, Boise</footer>"
            for path, page in (("/", "Home"), ("/classes", "Classes"), ("/contact", "Contact"))
        }
    )
    assert brand.primary == "Iron Oath Strength & Conditioning"


def test_a_title_that_calls_the_visitor_to_act_names_the_page_around_the_brand() -> None:
    """Blind round 6 (a real single-name app site): "Opt in to X text messages" was taken
    whole as the business's name, so a policy that said "X" throughout never named it."""
    assert title_names("Sign up for Pebblecrest text messages") == [("Pebblecrest", 1.0)]
    assert title_names("Subscribe to Marlow Bikes notifications") == [("Marlow Bikes", 1.0)]
    assert title_names("Pebblecrest Privacy Policy") == [("Pebblecrest", 1.0)]
    assert title_names("Pebblecrest SMS Terms and Conditions") == [("Pebblecrest", 1.0)]
    assert title_names("Marlow Bikes Terms of Use") == [("Marlow Bikes", 1.0)]
    # near misses: a name that only starts or ends like a page word keeps it
    assert title_names("Text Express Couriers") == [("Text Express Couriers", 1.0)]
    assert title_names("Signature Privacy Fencing") == [("Signature Privacy Fencing", 1.0)]
    assert title_names("Welcome Mat Cleaners") == [("Welcome Mat Cleaners", 1.0)]


def test_a_title_that_offers_the_business_by_text_names_it_between_verb_and_channel() -> None:
    """Blind round 30 (a real opt-in page titled "Get <brand> by text"): the verb was taken
    as the name's first word, so a disclosure naming the business failed optin.brand_missing."""
    assert title_names("Get Casa Concierge by text") == [("Casa Concierge", 1.0)]
    assert title_names("Reach Oakmont Dental via SMS") == [("Oakmont Dental", 1.0)]
    assert title_names("Contact Pine Row Movers by text message") == [("Pine Row Movers", 1.0)]
    # near misses: without the channel phrase the verb may be part of the name
    assert title_names("Get Fit Gym") == [("Get Fit Gym", 1.0)]
    assert title_names("Text Express Couriers") == [("Text Express Couriers", 1.0)]


def test_a_call_to_act_in_every_title_leaves_the_name_that_policies_use() -> None:
    brand = _brand(
        {
            "/": "<title>Sign up for Pebblecrest text messages</title><h1>Sign up for Pebblecrest "
            "text messages</h1><p>Pebblecrest reminds our household of chores.</p>",
            "/privacy": "<title>Pebblecrest Privacy Policy</title><p>Pebblecrest keeps your number "
            "to itself.</p>",
            "/terms": "<title>Pebblecrest SMS Terms and Conditions</title><p>Pebblecrest texts "
            "reminders.</p>",
        }
    )
    assert brand is not None and brand.primary == "Pebblecrest"


def test_a_name_run_into_the_next_words_by_markup_is_still_found() -> None:
    campaign = SimpleNamespace(
        brand=SimpleNamespace(
            legal_name="Lakeshore Nurses Federal Credit Union", dba="Lakeshore CU"
        )
    )
    brand = _brand({"/": "<title>Other Name</title>"}, campaign)
    # a logo's two lines, or a name and the nav links after it, with no space between them
    assert brand.found_in("Lakeshore CULakeshore Nurses Federal Credit Union") == "Lakeshore CU"
    assert brand.found_in("Lakeshore CUSavingsLoansContact") == "Lakeshore CU"
    assert brand.found_in("Lakeshore CUlture club") is None  # no new word starts there
    assert brand.found_in("Lakeshore Nurses Federal Credit UnionAbout us") is not None
    # the name's own capitals split alike, so its words still meet with or without a space
    bride = _brand(
        {"/": "<title>x</title>"},
        SimpleNamespace(brand=SimpleNamespace(legal_name="McBride Roofing LLC", dba="")),
    )
    assert bride.found_in("Call Mcbride roofing today") is not None
    assert bride.found_in("McBrideRoofing.") is not None
    assert bride.found_in("McBrides Roofing") is None
    # inner capitals on the page where the name has none, and the other way round
    timber = _brand(
        {"/": "<title>x</title>"},
        SimpleNamespace(
            brand=SimpleNamespace(legal_name="Montana Timberline Firewood LLC", dba="")
        ),
    )
    assert timber.found_in("Welcome to Montana TimberLine FireWood Co.") is not None
    assert timber.found_in("montana timberline firewood") is not None
    assert timber.found_in("Montana Timber Supply and Firewood") is None


def test_a_credit_union_is_named_in_full_or_by_its_initials() -> None:
    campaign = SimpleNamespace(
        brand=SimpleNamespace(
            legal_name="Millbrook Nurses Federal Credit Union", dba="Millbrook CU"
        )
    )
    brand = _brand({"/": "<title>Other Name</title>"}, campaign)
    for text in (
        "Welcome to Millbrook Credit Union",
        "Millbrook FCU members save more",
        "© 2026 Millbrook Nurses Federal Credit Union",
        "Text alerts from Millbrook CU",
    ):
        assert brand.found_in(text) is not None, text
    # near misses: another credit union, and the words without the institution
    assert brand.found_in("Riverside Credit Union serves Millbrook") is None
    assert brand.found_in("Millbrook Cupcakes and Millbrook credit cards") is None


def test_a_logo_icon_or_emoji_is_not_part_of_the_name() -> None:
    """Blind round h14f (pinecone-comics): a logo written "🌲 Name" names the business without
    the tree; a name's own punctuation stays."""
    brand = _brand(
        {
            "/": '<title>Home :: Fernbrook Bakes</title><a class="logo" href="/">'
            "🍞 Fernbrook Bakes ★</a><p>Fernbrook Bakes opens at 7.</p>",
            "/about": "<title>About :: Fernbrook Bakes</title>",
        }
    )
    assert brand.primary == "Fernbrook Bakes"
    assert all("🍞" not in name and "★" not in name for name in brand.names)


def test_a_colon_after_a_word_and_lower_case_page_words_set_the_name_apart() -> None:
    """Blind real11 (an events newsletter): "Tampa Loop lead alerts: text message opt-in" names
    the business "Tampa Loop"; the lower-case words after a capitalised name describe the page.
    A name written all in lower case, or with a lower-case word inside it, stays whole."""
    assert title_names("Harbor Loop lead alerts: text message opt-in")[0][0] == "Harbor Loop"
    assert title_names("Privacy Policy: Harbor Loop")[0][0] == "Harbor Loop"
    assert title_names("Acme Dental text reminders")[0][0] == "Acme Dental"
    assert title_names("alma bakery | home")[0][0] == "alma bakery"
    assert title_names("Bank of the Ozarks")[0][0] == "Bank of the Ozarks"
    assert title_names("10:30 Club")[0][0] == "10:30 Club"  # a time is not a separator


def test_the_one_word_two_registered_names_share_names_the_business() -> None:
    """Blind round 31 (modern set: DBA "Brightkeel Dumpster Rental", legal name "Brightkeel
    Roll-Off LLC", a consent "texts ... from Brightkeel about my rental"): the word both names
    part after is what the business is called. One name alone gives no such word, and the word
    carried on by another capitalised word is another name."""
    names = BrandNames(["Brightkeel Dumpster Rental", "Brightkeel Roll-Off LLC"], source="campaign")
    assert names.shared_word_in("texts from Brightkeel about my rental") == "Brightkeel"
    assert names.shared_word_in("Brightkeel: your bin arrives at 9") == "Brightkeel"
    # near misses
    assert names.shared_word_in("texts from Brightkeel Homes about my rental") is None
    assert names.shared_word_in("texts from brightkeel") is None
    one = BrandNames(["Ridgeline Plumbing & Heating Co"], source="campaign")
    assert one.shared_word_in("Ridgeline sends texts about your visit.") is None
    common = BrandNames(["Blue Sky Plumbing", "Blue Ridge Holdings LLC"], source="campaign")
    assert common.shared_word_in("texts from Blue about your visit") is None


def test_a_check_in_page_title_names_the_page_not_the_business() -> None:
    """Blind round 36 (clicktide): a QR check-in page titled "Check in" gave the brand "Check",
    which the nearby line "This is the check-in page" then matched, so a box naming no sender
    ("from this business") passed optin.brand_missing. "Check in", "Log in" name the page, as
    "Sign up" does. Near miss: a name that starts with the word ("Check Into Cash") stays."""
    from analyzers.inputs.brand import title_names

    assert title_names("Check in") == []
    assert title_names("Log in") == []
    assert title_names("Check-in | Acme Dental") == [("Acme Dental", 1.0)]
    assert title_names("Check Into Cash")[0][0] == "Check Into Cash"


def test_a_template_slot_is_never_a_name() -> None:
    """Blind round 39 (a multi-tenant template gone live unfilled): "{{TENANT_BRAND_NAME}}" in
    every title and logo would win the vote and then "find" itself in every disclosure. A slot
    names nobody; the site's address is all that says whose it is, and a disclosure that
    names only the slot does not name it."""
    from analyzers.inputs.brand import template_slot

    slot = "{{TENANT_BRAND_NAME}}"
    brand = _brand(
        {
            "/sms": f"<title>Text Signup — {slot}</title><header><a class='logo' href='/'>"
            f"{slot}</a></header><p>Get texts from {slot}.</p>",
            "/terms": f"<title>SMS Terms — {slot}</title><p>{slot} sends reminders.</p>",
        },
    )
    assert brand is not None and brand.primary == "acme-dental"
    assert brand.found_in(f"Texts from {slot}. Reply STOP to cancel.") is None
    assert brand.found_in("Texts from Acme Dental. Reply STOP to cancel.") is not None
    for written in ("{{ company }}", "${brandName}", "%%COMPANY%%", "[Company Name]", "BRAND_NAME"):
        assert template_slot(f"Texts from {written}") == written


def test_a_real_name_beside_a_slot_or_written_like_one_is_kept() -> None:
    """Near misses: a page that names the business for real keeps that name (the slot is
    left out of the vote, not the site's other names), and names that only look like slots
    ("Acme_Co", "[Acme] Plumbing", "AT&T") are names."""
    from analyzers.inputs.brand import template_slot

    brand = _brand(
        {
            "/": "<title>Home | Brightside Dental</title><p>Brightside Dental cares.</p>",
            "/sms": "<title>Texts | {{TENANT_BRAND_NAME}}</title>",
            "/about": "<title>About | Brightside Dental</title>",
        }
    )
    assert brand is not None and brand.primary == "Brightside Dental"
    for name in ("Acme_Co", "[Acme] Plumbing", "AT&T", "Bright Side LLC"):
        assert template_slot(name) == "", name
    assert _brand({"/": "<title>SMS Consent Policy</title><p>Reply STOP.</p>"}) is None
