"""Wording found by the hold-out sites: hyphenated look-alikes, stop-smoking medicines, loan
marketplaces that pass requests on to lenders, and subprime lending ads."""

from __future__ import annotations

import pytest
import yaml

from analyzers.content.matching import find_content, find_prohibited
from analyzers.content.scoring import judge_page, read_page
from analyzers.content.self_description import paid_to_the_business, said_of_the_business
from analyzers.text.vocabulary import VOCAB_DIR
from tests.snapshots import snapshot_from_pages


def _categories(text: str) -> set[str]:
    return {m.category for m in find_prohibited(text)}


def _fired(html: str) -> set[str]:
    page = snapshot_from_pages({"/": html}).pages[0]
    return {v.category for v in judge_page(read_page(page)) if v.fired}


# --- a hyphen between letters reads as a space --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pistol-grip hose nozzle, 8 patterns",
        "Pistol\u2011grip garden sprayer",  # non-breaking hyphen
        "Shotgun hinge, 3-1/2 in. steel, 2-pack",
        "Bring in your old shotgun hinges and we'll match them.",
    ],
)
def test_hyphenated_and_hardware_look_alikes_are_not_firearms(text: str) -> None:
    assert "firearms" not in _categories(text)


@pytest.mark.parametrize(
    ("text", "category", "words"),
    [
        ("Pistol-mounted lights and lasers.", "firearms", "Pistol"),
        ("Shotgun shells and 12-gauge slugs in stock.", "firearms", "Shotgun"),
        ("Disposable e-cigarettes and e-liquids.", "tobacco", "e-cigarettes"),
        ("Full-spectrum CBD oil tinctures.", "cannabis", "Full-spectrum CBD"),
    ],
)
def test_hyphenated_terms_still_match_and_are_quoted_as_written(
    text: str, category: str, words: str
) -> None:
    match = next(m for m in find_prohibited(text) if m.category == category)
    assert match.text == words
    assert text[match.start_char : match.end_char] == words


def test_no_content_pattern_needs_a_hyphen_token() -> None:
    """Hyphens between letters are read as spaces, so a required "-" slot could never match."""
    bad = []
    for path in sorted((VOCAB_DIR / "content").glob("*.yaml")):
        for label, entry in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            patterns = (
                entry
                if isinstance(entry, list)
                else [*(entry.get("patterns") or []), *(entry.get("exclude") or [])]
            )
            bad += [
                f"{path.stem}.{label}: {p}"
                for p in patterns
                if any("-" in slot.split("|") for slot in p.split())
            ]
    assert not bad, bad


# --- nicotine replacement therapy is a pharmacy's stop-smoking medicine -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nicotine polacrilex gum, 4 mg, mint, 100 pieces",
        "NicoStop nicotine patch, Step 1 (21 mg), 14 patches",
        "Nicotine mini lozenges, 2 mg, cherry",
        "Ask about nicotine replacement therapy; our pharmacists can prescribe NRT.",
        "Nicotine nasal spray and nicotine inhaler by prescription.",
        "Nicotine-free herbal tea.",
    ],
)
def test_stop_smoking_medicines_are_not_tobacco(text: str) -> None:
    assert "tobacco" not in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nicotine pouches in 12 flavors, $4.99 a can.",
        "High-nicotine disposables and salt e-liquids.",
        "Zero-nicotine and 50 mg nicotine salts for pod systems.",
    ],
)
def test_nicotine_products_are_still_tobacco(text: str) -> None:
    assert "tobacco" in _categories(text)


# --- loan marketplaces pass a request on to lenders ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "We forward the information you provide to lenders and lending partners in our "
            "network.",
            "forward the information you provide to lenders",
        ),
        (
            "We share your request with lenders in our marketplace.",
            "share your request with lenders",
        ),
        (
            "We send your details to participating lenders.",
            "send your details to participating lenders",
        ),
        (
            "We submit your inquiry to our network partners.",
            "submit your inquiry to our network partners",
        ),
        ("Get matched with a lender in minutes.", "matched with a lender"),
        ("Free to use: lenders pay us when you are matched.", "lenders pay us"),
        ("Acme is compensated by lenders for each request we pass on.", "compensated by lenders"),
    ],
)
def test_passing_requests_to_lenders_is_lead_generation(text: str, words: str) -> None:
    assert [m.text for m in find_prohibited(text) if m.category == "lead_generation"] == [words]


@pytest.mark.parametrize(
    "text",
    [
        "We may share your information with our affiliates and service providers.",
        "We send your order details to the shipping carrier.",
        "We send your information to third-party service providers who process payments.",
        "We share the data with third party payment processors.",
        "Our finance office submits your credit application to lenders.",  # a car dealer
        "We never share your request with lenders or anyone else.",
        "Get matched with a therapist who fits your schedule.",
        "Keller Realty is not a lender; ask your mortgage broker about rates.",
    ],
)
def test_near_misses_of_lead_generation(text: str) -> None:
    assert "lead_generation" not in _categories(text)


def test_not_a_lender_is_only_a_related_word() -> None:
    found = find_content("LendBridge is not a lender.", ("lead_generation",), include_weak=True)
    assert [(m.text, m.strength) for m in found] == [("is not a lender", "weak")]


def test_a_marketplace_page_fires_but_a_dealer_finance_page_does_not() -> None:
    assert "lead_generation" in _fired(
        "<html><body><h1>How it works</h1><p>We share your request with lenders in our "
        "marketplace. LendBridge is compensated by lenders for each request we pass on. "
        "LendBridge is not a lender.</p></body></html>"
    )
    assert "lead_generation" not in _fired(
        "<html><body><h1>Financing</h1><p>Our finance office submits your credit application "
        "to lenders. 2019 Honda Civic, $18,995. We are not a lender.</p></body></html>"
    )


# --- subprime lending ads -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Personal loans for every credit type \u2014 bad credit welcome.", "bad credit welcome"),
        ("Bad credit, no problem!", "Bad credit, no problem"),
        ("No credit accepted for installment plans.", "No credit accepted"),
        ("Fast cash loans deposited today.", "Fast cash loans"),
        ("Same-day cash loans up to $1,000.", "Same-day cash loans"),
    ],
)
def test_subprime_lending_wording_is_high_risk(text: str, words: str) -> None:
    assert words in [m.text for m in find_prohibited(text) if m.category == "high_risk_financial"]


@pytest.mark.parametrize(
    "text",
    [
        "Keep an emergency cash fund of three months of expenses.",
        "Need cash fast? Sell what you no longer use before you borrow.",
        "Credit cards for every credit level, from Valley Bank.",
    ],
)
def test_budgeting_and_bank_wording_is_not_high_risk(text: str) -> None:
    assert "high_risk_financial" not in _categories(text)


def test_a_budgeting_article_does_not_fire() -> None:
    html = (
        "<html><head><title>Build an emergency fund | Valley Bank</title></head><body>"
        "<h1>Need cash fast? Start with emergency cash you saved</h1><p>Set aside emergency "
        "cash for car repairs. Budgets work for every credit type.</p></body></html>"
    )
    assert "high_risk_financial" not in _fired(html)


def test_the_loan_marketplace_home_page_fires_high_risk() -> None:
    html = (
        "<html><body><h1>Need cash fast? Get matched with a lender in minutes.</h1><p>Personal "
        "loans, debt consolidation and emergency cash for every credit type \u2014 bad credit "
        "welcome.</p></body></html>"
    )
    assert {"high_risk_financial", "lead_generation"} <= _fired(html)


# --- a safe for guns is a safe --------------------------------------------------------------------


def test_a_safe_for_guns_moved_or_sold_by_a_locksmith_is_not_firearms() -> None:
    mover = (
        "<html><head><title>Rates | Harbor Haulers</title></head><body><h1>Our rates</h1>"
        "<table><tr><td>Two-person crew</td><td>$120 an hour</td></tr></table>"
        "<p>Heavy items we handle with care: upright pianos, rifle safes, slate pool "
        "tables.</p></body></html>"
    )
    locksmith = (
        "<html><body><h2>Safes in stock</h2><p>Fire-rated document safes, gun cabinets "
        "and wall vaults from $349. Installation included.</p></body></html>"
    )
    assert "firearms" not in _fired(mover)
    assert "firearms" not in _fired(locksmith)


def test_gun_accessories_next_to_a_price_still_fire() -> None:
    shop = (
        "<html><body><h2>New this week</h2><p>Leather gun holsters and gun cleaning kits "
        "from $39. Add to cart.</p></body></html>"
    )
    assert "firearms" in _fired(shop)


# --- what the site's texts are about ------------------------------------------------------------


def test_a_drink_named_in_what_the_texts_are_about_is_promoted() -> None:
    alerts = (
        "<html><body><h1>Cellar Door Alerts</h1><p>Join the list and receive SMS "
        "notifications whenever a new small-batch rye whiskey lands on our shelf.</p>"
        "<form><input type='tel' name='mobile'></form></body></html>"
    )
    release = (
        "<html><body><p>We'll text you when the year's allocated bourbon is ready for "
        "pickup.</p></body></html>"
    )
    assert "alcohol" in _fired(alerts)
    assert "alcohol" in _fired(release)


@pytest.mark.parametrize(
    "html",
    [
        # the texts are about something else; the drink is two sentences away and only named
        "<html><body><p>Receive text reminders for your grooming appointment.</p><p>Our lobby is "
        "next to the old rye mill.</p></body></html>",
        # the texts are about a paint colour named after a wine
        "<html><body><p>Get a text when Merlot Dusk paint is back in stock.</p></body></html>",
        # the terms say what the texts never carry
        "<html><body><p>We do not send text messages about whiskey, tobacco or firearms.</p>"
        "</body></html>",
    ],
)
def test_texts_about_something_else_or_denied_do_not_promote(html: str) -> None:
    assert not _fired(html) & {"alcohol", "tobacco", "firearms"}


# --- a business that hands requests on to others and is paid for it -----------------------------


def test_a_request_passed_on_to_counted_outside_providers_is_lead_generation() -> None:
    policy = (
        "<html><body><h2>How requests are matched</h2><p>Roofline Connect is a contractor "
        "referral desk, not a roofing company.</p><p>When you ask for an estimate, your "
        "name, number and project notes are forwarded to up to three independent roofers "
        "near you.</p><p>We are paid a referral fee by contractors who win the job.</p>"
        "</body></html>"
    )
    trade = (
        "<html><body><h2>Our lead sharing program</h2><p>Texts may come from us and up "
        "to four partner installers in your county.</p></body></html>"
    )
    assert "lead_generation" in _fired(policy)
    assert "lead_generation" in _fired(trade)


@pytest.mark.parametrize(
    "html",
    [
        # processors that serve the business
        "<html><body><h2>Sharing</h2><p>Your details are shared with service providers that host "
        "our website and send our invoices.</p><p>We accept payment from most insurance "
        "providers.</p></body></html>",
        # the business's own crew and a lead role in a job title
        "<html><body><h2>Careers</h2><p>We are hiring a lead installer and a lead sales associate."
        "</p><p>Your booking is passed to the crew chief who will call you.</p></body></html>",
        # a promise not to pass requests on
        "<html><body><p>Your request is never shared with or sold to independent contractors or "
        "other companies.</p></body></html>",
    ],
)
def test_processors_own_staff_and_denials_are_not_lead_generation(html: str) -> None:
    assert "lead_generation" not in _fired(html)


# --- blind round 8 (casaconcierge): a service that puts people in touch with independent pros --


def test_connecting_consumers_with_independent_providers_is_lead_generation() -> None:
    policy = (
        "<html><body><h2>About this policy</h2><p>Maple Porch runs a homeowner matching "
        "service: you describe the job and can ask for bids from independent local "
        "painters and remodelers.</p><p>We put homeowners in touch with independent "
        "contractors in their county.</p></body></html>"
    )
    assert "lead_generation" in _fired(policy)
    assert [m.text for m in find_content("We connect renters with unaffiliated movers.")] == [
        "connect renters with unaffiliated movers"
    ]


@pytest.mark.parametrize(
    "html",
    [
        # the business's own staff, and its own refer-a-friend program
        "<html><body><h2>Our team</h2><p>We connect you with one of our own certified "
        "technicians.</p><p>Get a free estimate from our licensed roofers.</p><p>Join our "
        "customer referral program: earn $20 for every friend you send.</p></body></html>",
        # a clinic that refers to specialists, a franchise's independently owned shops, and
        # an independent agent quoting participating insurers
        "<html><body><h2>Referrals</h2><p>Our doctors refer patients to independent "
        "specialists when needed.</p><p>Each location is independently owned and operated."
        "</p><p>Compare quotes from participating insurers.</p></body></html>",
    ],
)
def test_own_staff_referral_programs_and_specialists_are_not_lead_generation(html: str) -> None:
    assert "lead_generation" not in _fired(html)


# --- blind round 9 (keystone): a staffing agency names its two audiences ------------------------


def test_a_staffing_agency_speaking_to_job_seekers_and_employers_is_not_a_job_board() -> None:
    html = (
        "<html><head><title>For Job Seekers | Ridgeway Temps</title></head><body><nav>"
        "<a href='/'>Home</a><a href='/job-seekers'>Job Seekers</a><a href='/employers'>"
        "Employers</a></nav><h1>Job seekers</h1><p>Ridgeway Temps connects employers and "
        "job seekers across the county.</p><p>Interview with our recruiters, then we place you "
        "on one of our warehouse assignments. Current openings: packer, day shift, $18/hr."
        "</p></body></html>"
    )
    assert "job_board" not in _fired(html)


def test_a_site_listing_other_employers_jobs_is_still_a_job_board() -> None:
    html = (
        "<html><head><title>Harbor Work Finder</title></head><body><h1>Search thousands of "
        "jobs near you</h1><p>Job seekers browse openings from hundreds of local employers; "
        "employers post a job for free.</p></body></html>"
    )
    assert "job_board" in _fired(html)


# --- blind round 22: a staffing agency says what it is not -------------------------------------


def test_a_staffing_agency_saying_it_is_not_a_job_board_lists_its_own_shifts() -> None:
    html = (
        "<html><head><title>Open Shifts | Ridgeway Temps</title></head><body><h1>Open shifts"
        "</h1><p>Warehouse packer, day shift, $18/hr. Forklift operator, nights, $21/hr.</p>"
        "<p>Every shift here is with one of our own client employers; we are not a job board."
        "</p><p>Ridgeway Temps is a staffing agency.</p></body></html>"
    )
    assert "job_board" not in _fired(html)


@pytest.mark.parametrize(
    "denial",
    [
        # near misses: "not just" grants what it qualifies, and a denial of another kind
        "We are not just a job board: employers post a job for free, $49 for featured posts.",
        "Harbor Work Finder is a job board, not a staffing agency; employers post a job for "
        "free, $49 for featured posts.",
    ],
)
def test_a_job_board_saying_what_else_it_is_still_is_one(denial: str) -> None:
    html = (
        "<html><head><title>Harbor Work Finder</title></head><body><h1>Harbor Work Finder"
        f"</h1><p>{denial}</p><p>Search thousands of jobs near you.</p></body></html>"
    )
    assert "job_board" in _fired(html)


# --- blind round 14: a business that says it is a lead-generation company, in its policies -----


def _policy_fired(html: str, names: tuple[str, ...] = (), policy: bool = True) -> set[str]:
    page = snapshot_from_pages({"/privacy": html}).pages[0]
    return {v.category for v in judge_page(read_page(page, policy=policy), names) if v.fired}


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbor Smile Link is a marketing, lead-generation, supply and introductory "
        "scheduling company.",
        "We operate as a lead generation service for local roofers.",
        "Harbor Smile Link, LLC (\u201cwe\u201d, \u201cus\u201d) is primarily a homeowner "
        "referral service.",
        "We\u2019re one of the largest lead generation agencies in Ohio.",
        "We may also connect you with participating movers in your county.",
    ],
)
def test_the_business_saying_it_generates_leads_fires_on_any_page(sentence: str) -> None:
    html = f"<html><body><div><strong>{sentence}</strong></div></body></html>"
    names = ("Harbor Smile Link",)
    assert "lead_generation" in _policy_fired(html, names)
    assert "lead_generation" in _policy_fired(html, names, policy=False)


@pytest.mark.parametrize(
    "sentence",
    [
        # denials and promises
        "We are not a lead generation service.",
        "We do not sell leads.",
        "We never share your information with lead generators.",
        "We do not connect you with independent movers.",
        # the lead generation is someone else's, or another verb's object
        "We are a law firm that never buys leads from lead generation companies.",
        "Harbor Smile Link is proud to work with lead generation firms.",
        "Our partners connect you with independent movers.",
        # other meanings of "lead", "marketing" and "participating"
        "Our firm is lead counsel in the class action.",
        "We offer lead paint inspection for homes built before 1978.",
        "Our marketing team answers every message.",
        "We partner with participating dealers to honor the coupon.",
        # a privacy policy's ordinary sharing clause is a privacy matter, not lead generation
        "We may share your information with our marketing partners.",
    ],
)
def test_near_misses_of_a_self_described_lead_generator(sentence: str) -> None:
    html = f"<html><body><p>{sentence}</p></body></html>"
    names = ("Harbor Smile Link",)
    assert "lead_generation" not in _policy_fired(html, names)
    assert "lead_generation" not in _policy_fired(html, names, policy=False)


def test_a_policy_page_counts_only_what_the_business_says_it_is() -> None:
    # a terms page that lists lead selling among prohibited uses, and a sharing clause
    rules = (
        "<html><body><h2>Prohibited uses</h2><p>You may not use the site to buy leads or to "
        "resell leads.</p><p>Your request may be forwarded to up to three independent "
        "providers.</p></body></html>"
    )
    assert "lead_generation" not in _policy_fired(rules)
    declared = (
        "<html><body><p>Harbor Smile Link is a marketing, lead-generation and scheduling "
        "company. Harbor Smile Link does not provide dental treatment.</p></body></html>"
    )
    page = snapshot_from_pages({"/privacy": declared}).pages[0]
    verdict = next(
        v for v in judge_page(read_page(page, policy=True), ("Harbor Smile Link",)) if v.fired
    )
    assert verdict.declared.startswith("Harbor Smile Link is a marketing")
    assert "said by the business of itself" in verdict.reason


@pytest.mark.parametrize(
    ("before", "term", "said"),
    [
        ("Harbor Smile Link is a marketing, ", "lead-generation", True),
        ("We operate as a ", "lead generation", True),
        ("We ", "connect you with participating movers", True),
        ("Important notice: Harbor Smile Link is an advertising and ", "lead generation", True),
        ("Please note that we are a ", "lead generation", True),
        ("We are not a ", "lead generation", False),
        ("Harbor Smile Link is ", "compensated by lenders", False),  # a passive verb
        ("Our partners include ", "lead generation", False),
        ("Our vendors are a ", "lead generation", False),  # not the business
        ("We are a firm that works with a ", "lead generation", False),
    ],
)
def test_said_of_the_business_reads_subject_and_verb(before: str, term: str, said: bool) -> None:
    assert said_of_the_business(before, term, ("Harbor Smile Link",)) is said


# --- blind round 25: an affiliate says it is paid for referrals; a participle clause is no
# self-description -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paid",
    [
        # the business's name, or its first word, receives the fee
        "Harbor receives a referral fee for each funded loan.",
        "Harbor Learning Studio may earn a small referral commission when you refinance.",
        "We are paid for referrals to RateBridge.",
    ],
)
def test_round_25_a_page_for_a_partner_that_pays_the_business_per_referral_is_affiliate(
    paid: str,
) -> None:
    html = (
        "<html><body><h2>Already graduated?</h2><p>Harbor Learning Studio has partnered with "
        f"RateBridge to help graduates refinance student loans. {paid}</p></body></html>"
    )
    assert "affiliate_marketing" in _policy_fired(html, ("Harbor Learning Studio",), False)


@pytest.mark.parametrize(
    "html",
    [
        # a denial, and a list of community resources
        "<html><body><h2>Community resources</h2><p>Homework help at the county library, the "
        "state student aid office and a free FAFSA night at the community college. We are not "
        "paid for referrals to any of them.</p></body></html>",
        "<html><body><p>We never receive a referral fee from the programs we list.</p>"
        "</body></html>",
        # the business pays its customers; another company is paid
        "<html><body><p>We pay you a referral fee for every friend who enrolls.</p></body></html>",
        "<html><body><p>RateBridge receives a referral fee from its lenders.</p></body></html>",
    ],
)
def test_round_25_near_misses_of_a_business_paid_for_referrals(html: str) -> None:
    assert "affiliate_marketing" not in _policy_fired(html, ("Harbor Learning Studio",), False)


@pytest.mark.parametrize(
    ("before", "term", "paid"),
    [
        ("Harbor receives a ", "referral fee", True),
        ("We may earn a small ", "referral commission", True),
        ("We are paid a $50 ", "referral fee", True),
        ("We are ", "paid for referrals", True),
        ("We are not paid a ", "referral fee", False),
        ("We pay you a ", "referral fee", False),
        ("RateBridge receives a ", "referral fee", False),
        ("We may earn a ", "commission", False),  # an agent's commission is no referral
    ],
)
def test_round_25_paid_to_the_business_reads_subject_and_verb(
    before: str, term: str, paid: bool
) -> None:
    assert paid_to_the_business(before, term, ("Harbor Learning Studio",)) is paid


def test_round_25_a_platform_connecting_users_with_contractors_is_no_self_description() -> None:
    # a marketplace app's terms: what the business is ends at "platform"; the participle
    # clause after it says what the platform does, as a relative clause would
    terms = (
        "<html><body><h2>Our role</h2><p>Fixwell operates as an app connecting customers "
        "with independent repair professionals. They are not employees of Fixwell."
        "</p></body></html>"
    )
    assert "lead_generation" not in _policy_fired(terms, ("Fixwell",))
    assert not said_of_the_business(
        "Fixwell operates as an app ", "connecting customers with independent repair pros"
    )
    # near misses: the connecting verb as the business's own predicate, and a noun phrase
    assert said_of_the_business("We ", "connect customers with independent repair pros")
    assert said_of_the_business("Fixwell is a ", "homeowner referral service", ("Fixwell",))


def test_the_age_to_buy_goods_on_a_policy_page_says_the_business_sells_them() -> None:
    """Realworld, blind round 32 (a smoke shop's SMS terms, the only page its repository had):
    "you confirm that you are at least 21 years of age and legally permitted to purchase
    tobacco and related products" sets the age to buy what the shop sells. Near misses on a
    policy page: a denial ("We do not sell tobacco, and you are not permitted to purchase it
    here") and a user rule without the age to buy ("You may not use the service to sell
    tobacco")."""

    def fired(sentence: str) -> set[str]:
        html = f"<h1>SMS Terms</h1><p>Texts about your pickup orders. {sentence}</p>"
        page = snapshot_from_pages({"/terms": html}).pages[0]
        return {v.category for v in judge_page(read_page(page, policy=True)) if v.fired}

    assert "tobacco" in fired(
        "By using this service, you confirm that you are at least 21 years of age and legally "
        "permitted to purchase tobacco and related products in the State of Texas."
    )
    for near in (
        "We do not sell tobacco, and you are not permitted to purchase tobacco here.",
        "You may not use the service to sell tobacco or to harass others.",
    ):
        assert "tobacco" not in fired(near), near


# --- blind round 34: providers pay the business for the introduction, and the consumer's
# details go to a provider the page calls another business ------------------------------------


def test_round_34_providers_paying_for_the_introduction_is_lead_generation() -> None:
    html = (
        "<html><body><h2>Who pays</h2><p>The survey visit is free to you. Installers pay us "
        "for each introduction, so we only list licensed installers.</p><p>If you ask, we "
        "pass your name and number to the installer for your street, an independent business "
        "that may call you.</p></body></html>"
    )
    assert "lead_generation" in _fired(html)


@pytest.mark.parametrize(
    "html",
    [
        # the business's own installer; customers who pay for a service; the business pays
        "<html><body><p>We share your address with our installer, who is fully insured, so "
        "the visit runs on time.</p><p>Homeowners pay us for the inspection, and we pay "
        "installers for referrals of new customers.</p></body></html>",
        # a denial
        "<html><body><p>Installers never pay us for introductions, and we never pass your "
        "details to another business.</p></body></html>",
    ],
)
def test_round_34_near_misses_of_providers_paying_for_introductions(html: str) -> None:
    assert "lead_generation" not in _fired(html)


# --- blind round 34 (third set): credit repair told as education; a business that recruits
# affiliates from its menu --------------------------------------------------------------------


def test_round_34_credit_repair_described_by_what_it_does_fires() -> None:
    html = (
        "<html><body><h1>Northgate Credit Partners</h1><p>We help people understand their "
        "credit and plan next steps.</p><h2>Free Credit Analysis</h2><p>Our specialists walk "
        "you through each account and the work of rebuilding your credit history.</p>"
        "<p>Book a free credit analysis below and a specialist will call you.</p>"
        "</body></html>"
    )
    assert "high_risk_financial" in _fired(html)


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Our team is improving your overall credit profile step by step.", "improving"),
        ("We dispute inaccurate items with each bureau for you.", "dispute inaccurate items"),
        ("Credit report disputes handled by our staff.", "Credit report disputes"),
        ("Removing derogatory accounts takes 30 to 90 days.", "Removing derogatory accounts"),
        ("Start a Free Credit Consultation", "Free Credit Consultation"),
    ],
)
def test_round_34_credit_repair_terms(sentence: str, term: str) -> None:
    found = [m.text for m in find_content(sentence) if m.category == "high_risk_financial"]
    assert any(term in text for text in found), found


@pytest.mark.parametrize(
    "html",
    [
        # a bank's article on reading a credit report, errors disputed by the reader
        "<html><head><title>How to read your credit report</title></head><body><h1>How to "
        "read your credit report</h1><p>Your report lists your accounts, inquiries and "
        "payment history. If you find an error, you can dispute it with the bureau for free."
        "</p></body></html>",
        # a mortgage broker that checks credit
        "<html><body><h1>Home loans made simple</h1><p>We check your credit with a soft pull "
        "before pre-approval, and a free rate consultation is always available.</p>"
        "</body></html>",
        # a nonprofit budgeting class
        "<html><body><h1>Money Basics, a free class</h1><p>Our volunteers teach budgeting, "
        "saving and how paying on time can improve your credit score.</p></body></html>",
        # a store's returns page
        "<html><body><h1>Returns</h1><p>To dispute a charge, contact your card issuer; a "
        "credit to your card posts within 5 days.</p></body></html>",
        # a tax credit firm's intake
        "<html><body><h1>Free R&D Tax Credit Consultation</h1><p>Book a free tax credit "
        "consultation for your company.</p></body></html>",
    ],
)
def test_round_34_near_misses_of_credit_repair(html: str) -> None:
    assert "high_risk_financial" not in _fired(html)


def test_round_34_a_menu_button_recruiting_affiliates_is_affiliate_marketing() -> None:
    html = (
        "<html><body><header><nav><a href='/'>Home</a><a href='/services'>Services</a>"
        "<a href='/affiliate'>Become an Affiliate</a></nav></header><main><h1>Cost "
        "segregation studies</h1><p>We help owners of rental property plan their taxes.</p>"
        "</main></body></html>"
    )
    assert "affiliate_marketing" in _fired(html)


@pytest.mark.parametrize(
    "html",
    [
        # a hospital's page of affiliated clinics, in its menu
        "<html><body><header><nav><a href='/'>Home</a><a href='/affiliates'>Affiliates</a>"
        "</nav></header><main><h1>Our affiliates</h1><p>Valley Clinic and North Clinic are "
        "affiliate clinics of Mercy Hospital.</p></main></body></html>",
        # an architect affiliated with the AIA; a privacy policy's affiliates
        "<html><body><h1>Studio Marrow Architects</h1><p>We are affiliated with the AIA. We "
        "may share data with our affiliates and service providers.</p></body></html>",
        # an association's member tier and a federation's local groups
        "<html><body><header><nav><a href='/join'>Become an Affiliate Member</a></nav></header>"
        "<main><h1>Join the guild</h1><p>Become an affiliate of the state association and "
        "your chapter votes at the annual meeting.</p></main></body></html>",
    ],
)
def test_round_34_near_misses_of_recruiting_affiliates(html: str) -> None:
    assert "affiliate_marketing" not in _fired(html)


# --- blind round 35: the heading over a list of the business's own services ---------------------


def _services(heading: str) -> str:
    return (
        "<html><head><title>Harbor Media</title></head><body><h1>Harbor Media</h1>"
        f"<p>Marketing for roofers.</p><h2>{heading}</h2><ul><li>Lead Generation</li>"
        "<li>Search Ads</li><li>Email Marketing</li></ul></body></html>"
    )


@pytest.mark.parametrize("heading", ["What We Do", "What we do best"])
def test_round_35_a_service_listed_under_what_we_do_is_offered(heading: str) -> None:
    assert "lead_generation" in _fired(_services(heading))


@pytest.mark.parametrize(
    "heading", ["Recent Articles", "What We Don't Do", "What we do not do", "What We Don\u2019t Do"]
)
def test_round_35_a_list_under_another_or_a_denying_heading_is_not(heading: str) -> None:
    assert "lead_generation" not in _fired(_services(heading))


# --- blind round 38: a referral service set against the provider it is not ---------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbor Smile Link is a research and referral service, not a contractor.",
        "Harbor Smile Link is a matching platform and not a lender.",
        "We are a free referral service rather than an agency.",
    ],
)
def test_round_38_a_referral_service_that_is_not_the_provider_fires(sentence: str) -> None:
    html = f"<html><body><p>{sentence}</p></body></html>"
    names = ("Harbor Smile Link",)
    assert "lead_generation" in _policy_fired(html, names)
    assert "lead_generation" in _policy_fired(html, names, policy=False)


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the contrast runs the other way, the business denies the referral
        # trade, a referral service named without the provider it is not, a customer's own
        # choice described, not the business
        "Harbor Smile Link is a licensed contractor, not a referral service.",
        "Hire a licensed contractor, not a referral service.",
        "Harbor Smile Link is not a referral service, not a contractor, just a neighborhood blog.",
        "Our physician referral service books you with our own doctors.",
    ],
)
def test_round_38_near_misses_of_a_referral_service_not_the_provider(sentence: str) -> None:
    html = f"<html><body><p>{sentence}</p></body></html>"
    names = ("Harbor Smile Link",)
    assert "lead_generation" not in _policy_fired(html, names)
    assert "lead_generation" not in _policy_fired(html, names, policy=False)
