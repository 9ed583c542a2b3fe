"""The content vocabularies: terms found in context, look-alikes and negative contexts not."""

from __future__ import annotations

import pytest

from analyzers.content.matching import find_content, find_prohibited
from analyzers.content.scoring import judge_page, read_page
from tests.snapshots import snapshot_from_pages


@pytest.mark.parametrize(
    ("text", "category", "words"),
    [
        ("Shop our full spectrum CBD oil tinctures.", "cannabis", "full spectrum CBD"),
        ("Bet now on every NFL game at our online sportsbook.", "gambling", "online sportsbook"),
        ("Buy 9mm ammo and AR-15 rifles in bulk.", "firearms", "AR-15"),
        ("Disposable vapes and e-liquids, shipped free.", "tobacco", "e-liquids"),
        ("Payday loans approved in minutes!", "high_risk_financial", "Payday loans"),
        (
            "As an Amazon Associate we earn from qualifying purchases.",
            "affiliate_marketing",
            "As an Amazon Associate",
        ),
        ("Get 20% off our Cabernet Sauvignon this weekend.", "alcohol", "Cabernet"),
    ],
)
def test_find_prohibited_names_category_words_and_sentence(
    text: str, category: str, words: str
) -> None:
    found = find_prohibited(text)
    match = next(m for m in found if m.category == category and m.text == words)
    assert match.sentence == text


@pytest.mark.parametrize(
    "text",
    [
        "Deep wine-colored paint makes a bold accent wall.",
        "Our office is at 12 Smith & Wesson Way.",
        "Smoking harms your gums and stains your teeth.",
        "Beware of cryptocurrency scams: we will never ask you to pay in bitcoin.",
        "We carry nail guns, caulk guns and airless spray guns.",
        "We do not sell alcohol or tobacco.",
        "We may share your information with our affiliates and service providers.",
        "Your service total is $XXX.",
        "Try our smoked brisket and root beer floats.",
        "Gambling addiction counseling is available every Tuesday.",
    ],
)
def test_look_alikes_and_negative_contexts_are_not_prohibited(text: str) -> None:
    assert find_prohibited(text) == []


def test_direct_lending_is_not_prohibited_but_found_as_content() -> None:
    assert find_prohibited("Apply for a personal loan today.") == []
    assert [m.category for m in find_content("Apply for a personal loan today.")] == [
        "direct_lending"
    ]


def _verdicts(html: str) -> dict[str, object]:
    page = snapshot_from_pages({"/shop": html}).pages[0]
    return {v.category: v for v in judge_page(read_page(page))}


def test_a_mention_in_passing_does_not_fire_but_a_product_listing_does() -> None:
    mention = _verdicts(
        "<html><body><h1>Back pain relief</h1><p>Some patients ask whether "
        "CBD helps with back pain; talk to your doctor.</p></body></html>"
    )
    assert not mention["cannabis"].fired
    listing = _verdicts(
        "<html><head><title>CBD Gummies | Shop</title></head><body>"
        "<h1>Hemp-derived CBD gummies</h1><p>30 count. $29.99</p>"
        "<button>Add to cart</button></body></html>"
    )
    verdict = listing["cannabis"]
    assert verdict.fired
    assert "the page title" in verdict.reason and "a heading" in verdict.reason
    assert verdict.buying_words


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Join the white power movement today.", True),
        ("Immigrants are vermin and must go.", True),
        ("Our museum exhibit traces the history of white supremacy in Oregon.", False),
        ("We stand against hate and support survivors of racist violence.", False),
        ("White Power Washing cleans decks and siding.", False),
    ],
)
def test_hate_speech_is_found_but_not_reporting_on_it(text: str, fires: bool) -> None:
    assert any(m.category == "hate" for m in find_prohibited(text)) is fires


@pytest.mark.parametrize(
    "text",
    [
        # near misses of the schedule slot: slot machines offered to play
        "Play online slots and claim 50 free spins today.",
        "New online slots available every week at our casino.",
        # a day after "slots" does not make a slot machine a booking
        "Try the new slots for real money tonight.",
        "Play slots on your phone all weekend.",
    ],
)
def test_slots_to_play_are_gambling(text: str) -> None:
    assert "gambling" in {m.category for m in find_prohibited(text)}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Our escort vehicles guide oversize loads on the highway.", "sexual"),
        ("Adult education classes meet on Tuesdays.", "sexual"),
        ("Lead paint testing for homes built before 1978.", "lead_generation"),
        ("We are proud to serve patients referred by their physician.", "affiliate_marketing"),
        ("Beat the odds with our study guides.", "gambling"),
        # a slot in a schedule (blind round 7, sudsy-paws)
        ("Get a text when open bathing slots and offers come up.", "gambling"),
        ("Only three slots left for Saturday; book yours online.", "gambling"),
        # named by its day, whatever service comes between (blind round 10)
        ("Our stylist opened four balayage color slots for Thursday.", "gambling"),
        ("Two consultation slots on [day] just came free.", "gambling"),
        ("The planning commission approved the permit.", "affiliate_marketing"),
    ],
)
def test_more_look_alikes(text: str, category: str) -> None:
    assert [m for m in find_content(text, include_weak=True) if m.category == category] == []


def test_matches_carry_positions_in_the_searched_text() -> None:
    text = "Welcome to our shop.\nWe sell disposable vapes and pipe tobacco."
    for match in find_prohibited(text):
        assert text[match.start_char : match.end_char] == match.text
        assert match.sentence == "We sell disposable vapes and pipe tobacco."


def test_a_term_in_the_business_name_alone_does_not_fire() -> None:
    html = (
        "<html><head><title>Gun Barrel City Dental</title></head><body>"
        "<header><a href='/'>Gun Barrel City Dental</a></header>"
        "<h1>Gun Barrel City Dental</h1><p>Cleanings, fillings and crowns for families. "
        "Book online today.</p><footer>Gun Barrel City Dental, Main Street</footer>"
        "</body></html>"
    )
    content = read_page(snapshot_from_pages({"/": html}).pages[0])
    assert any(v.fired for v in judge_page(content) if v.category == "firearms")
    named = judge_page(content, ["Gun Barrel City Dental"])
    assert not any(v.fired for v in named)


# blind round 8 (keystone): the paperwork of someone else's loan is a service, not lending;
# a loan the business itself offers still is
@pytest.mark.parametrize(
    "text",
    [
        "We handle purchase, refinance, HELOC and reverse mortgage packages for escrow offices.",
        "Certified loan signing agents available evenings and weekends.",
        "Our couriers deliver HELOC documents to the county recorder.",
        # blind round 33 (a mobile notary): the loan kinds in brackets after the paperwork noun
        "Loan signings (refinance, purchase, HELOC): flat $150 signing-agent fee, paid by "
        "your title company.",
        "Mortgage packages (refinance and HELOC) delivered the same day.",
    ],
)
def test_loan_paperwork_is_not_lending(text: str) -> None:
    assert [m for m in find_content(text) if m.category == "direct_lending"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ask about our HELOC with a low introductory rate.",
        "Apply for a home equity loan and get a decision in a day.",
        "We offer HELOC and reverse mortgage loans to homeowners over 62.",
        "Loan signings (refinance, purchase) and HELOC loans from 6% APR.",
    ],
)
def test_a_loan_the_business_offers_is_still_lending(text: str) -> None:
    assert "direct_lending" in {m.category for m in find_content(text)}


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # blind round 12: a page that says nothing is sold has no buying words
        ("Nothing on display is for sale; the collection belongs to the county.", False),
        ("The pieces shown are not for sale.", False),
        ("No items in the gallery are sold.", False),
        # near misses: a sale restricted to some buyers, and a plain sale, are still sales
        ("Revolvers are not for sale to anyone under 21.", True),
        ("Revolvers and holsters for sale at the front counter.", True),
    ],
)
def test_a_sentence_that_denies_a_sale_gives_no_buying_words(sentence: str, fires: bool) -> None:
    verdict = _verdicts(
        "<html><body><h1>Spring programs</h1><p>Old West revolvers are on display in the "
        f"upstairs hall from May 2. {sentence}</p></body></html>"
    ).get("firearms")
    assert bool(verdict and verdict.fired) is fires
    assert bool(verdict and verdict.buying_words) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # a history exhibit or lecture about firearms presents a topic, with a ticket price
        ("The 'Rifles of the Revolution' exhibit opens May 2. Tickets $6 at the door.", False),
        ("Join our lecture on the history of frontier revolvers. Seats $4.", False),
        # near miss: the shop's own sentence sells them
        ("Used revolvers and rifles in stock. Prices from $300 at the counter.", True),
    ],
)
def test_firearms_as_the_topic_of_an_exhibit_are_not_goods(text: str, fires: bool) -> None:
    verdict = _verdicts(f"<html><body><h1>This month</h1><p>{text}</p></body></html>").get(
        "firearms"
    )
    assert bool(verdict and verdict.fired) is fires


# blind round 17 (a kombucha taproom): a serving word in a sentence that names no drink ("On
# Tap" in the menu) pours the drink the business names itself by
_TAPROOM = (
    "<html><head><title>On Tap | {name}</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/menu'>On Tap</a> <a href='/visit'>Visit</a></nav>"
    "<h1>On tap</h1><p>New on tap this week: Blood Orange and Hibiscus.</p>"
    "<p>Flights $9, pints $6, growler fills $14.</p>"
    "<footer>{name}, 12 Pine St</footer></body></html>"
)


@pytest.mark.parametrize("name", ["Harbor Kombucha Taproom", "Pine Street Cold Brew Bar"])
def test_serving_words_of_a_business_named_by_a_soft_drink_do_not_fire(name: str) -> None:
    content = read_page(snapshot_from_pages({"/menu": _TAPROOM.format(name=name)}).pages[0])
    assert not any(v.fired for v in judge_page(content, [name]) if v.category == "alcohol")


@pytest.mark.parametrize(
    "name", ["Harbor Taproom", "Harbor Kombucha & Beer Hall", "Harbor Hard Kombucha Taproom"]
)
def test_serving_words_of_any_other_taproom_still_fire(name: str) -> None:
    content = read_page(snapshot_from_pages({"/menu": _TAPROOM.format(name=name)}).pages[0])
    assert any(v.fired for v in judge_page(content, [name]) if v.category == "alcohol")


def test_a_soft_drink_business_that_names_beer_on_a_page_still_fires() -> None:
    html = _TAPROOM.format(name="Harbor Kombucha Taproom").replace(
        "Blood Orange and Hibiscus", "a hazy IPA and a dry stout"
    )
    content = read_page(snapshot_from_pages({"/menu": html}).pages[0])
    verdicts = judge_page(content, ["Harbor Kombucha Taproom"])
    assert any(v.fired for v in verdicts if v.category == "alcohol")


# blind round 37 (a refill shop): a heading's "What's on tap" on a page whose taps pour soap
_REFILL = (
    "<html><head><title>Harbor Refill Co.</title></head><body>"
    "<h1>What's on tap this season</h1>"
    "<p>{taps} Bring any clean jar and pay by the ounce, or buy one of our glass bottles.</p>"
    "<footer>Harbor Refill Co., 12 Pine St</footer></body></html>"
)


def test_serving_words_of_a_page_whose_taps_pour_goods_do_not_fire() -> None:
    html = _REFILL.format(taps="Dish soap, body wash, shampoo and conditioner are all on tap.")
    content = read_page(snapshot_from_pages({"/": html}).pages[0])
    assert not any(v.fired for v in judge_page(content, ["Harbor Refill Co."]))


@pytest.mark.parametrize(
    "taps",
    [
        # near misses: the page names a beer, or its taps pour no goods
        "Dish soap and shampoo on the shelf, and six craft beers on tap.",
        "New on tap: a hazy pale and a dry stout, $6 pints.",
    ],
)
def test_serving_words_of_a_page_that_names_a_drink_still_fire(taps: str) -> None:
    content = read_page(snapshot_from_pages({"/": _REFILL.format(taps=taps)}).pages[0])
    verdicts = judge_page(content, ["Harbor Refill Co."])
    assert any(v.fired for v in verdicts if v.category == "alcohol")


# --- blind round 19: a denied sale, an armory off its subject, a heading answered "No" -------


@pytest.mark.parametrize(
    ("text", "selling"),
    [
        # a negation governs the buying verb, directly or as the verb of its relative clause
        (
            "The armory is where our armorer mends gear; it is not a place that sells weapons.",
            False,
        ),
        ("This range is not a shop where we sell rifles.", False),
        ("The club never sells rifles.", False),
        # near misses: "not only", a denial in another clause, "not for sale to minors"
        ("Our shop not only sells rifles, it trains new shooters.", True),
        ("It is not a museum; it sells rifles.", True),
        ("Revolvers are not for sale to anyone under 21.", True),
    ],
)
def test_round_19_a_denied_buying_verb_is_no_buying_word(text: str, selling: bool) -> None:
    from analyzers.content.matching import read_text

    assert bool(read_text(text).selling) is selling, read_text(text).selling


_FENCING = (
    "<html><body><h1>Club schedule</h1>"
    "<p>Bring your own mask and glove. Foils, epees and sabres are available to borrow.</p>"
    "<p>The armory is where our volunteer armorer repairs club equipment. We offer "
    "beginner classes from $90 a month.</p>{extra}</body></html>"
)


def test_round_19_an_armory_on_a_page_that_names_no_firearm_is_not_firearms() -> None:
    assert "firearms" not in _verdicts(_FENCING.format(extra=""))


@pytest.mark.parametrize(
    "extra",
    [
        "<p>Range rentals: rifles and shotguns by the hour.</p>",
        "<p>Bring your own gun; we sell every caliber.</p>",
    ],
)
def test_round_19_an_armory_on_a_page_about_guns_is_still_firearms(extra: str) -> None:
    verdict = _verdicts(_FENCING.format(extra=extra))["firearms"]
    assert "armory" in verdict.strong_terms or verdict.fired


_FAQ = (
    "<html><body><h1>Frequently asked questions</h1>"
    "<h3>Do you sell CBD or herbal cannabis products?</h3><p>{answer}</p>"
    "<h3>Do you take insurance?</h3><p>We provide superbills for reimbursement.</p>"
    "</body></html>"
)


def test_round_19_a_question_heading_answered_no_below_it_names_nothing() -> None:
    html = _FAQ.format(answer="No. We only practise acupuncture and Chinese herbal medicine.")
    assert "cannabis" not in _verdicts(html)


@pytest.mark.parametrize(
    "answer",
    [
        "Yes: full-spectrum CBD gummies, $30, in our front shop.",
        "We carry CBD tinctures and hemp balm, from $25.",
    ],
)
def test_round_19_a_question_heading_answered_yes_still_fires(answer: str) -> None:
    assert _verdicts(_FAQ.format(answer=answer))["cannabis"].fired


def test_round_19_a_heading_the_text_does_not_hold_keeps_its_own_reading() -> None:
    html = "<html><body><h2>CBD gummies</h2><p>Full-spectrum CBD gummies, $30.</p></body></html>"
    assert "heading" in _verdicts(html)["cannabis"].zones


def _terms(text: str, category: str) -> list[str]:
    from analyzers.content.matching import read_text

    return [m.term for m in read_text(text).matches if m.category == category]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "not a <kind> company": the denial governs the whole noun phrase up to its head
        ("We are not a tax debt relief or debt settlement company.", False),
        ("We aren't a credit repair firm, and we never promise a higher score.", False),
        # one negation governs the verbs it coordinates
        ("We report gains and losses; we do not buy, sell or advise on crypto.", False),
        ("We don't buy or sell bitcoin for clients.", False),
        # near misses: an adjective the denial governs, a restrictive clause, another clause
        ("We are not a typical debt settlement company.", True),
        ("We are not a debt settlement company that leaves you on hold.", True),
        ("We are not a bank, but our debt settlement company can help.", True),
        ("We buy, sell and trade crypto.", True),
        ("We are a debt settlement company.", True),
    ],
)
def test_round_20_a_denied_kind_of_business_or_verb_list_names_nothing(
    text: str, found: bool
) -> None:
    assert bool(_terms(text, "high_risk_financial")) is found


_CPA = (
    "<html><body><h1>Tax planning</h1><h2>A note on {term} ads</h2>"
    "<p>We prepare returns and plan estimated taxes for families.</p></body></html>"
)


def test_round_20_a_term_set_in_quotes_by_itself_is_a_mention() -> None:
    verdicts = _verdicts(_CPA.format(term='"tax relief"'))
    assert "high_risk_financial" not in verdicts  # a weak term alone gives no verdict
    # near misses: unquoted, or quotes that hold a name longer than the term
    assert _verdicts(_CPA.format(term="tax relief"))["high_risk_financial"].strong_terms
    quoted_name = _verdicts(_CPA.format(term='"Tax Relief Now"'))
    assert quoted_name["high_risk_financial"].strong_terms


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # those the business hands requests to pay it for them
        ("Out-of-area requests go to a network partner, who may pay us a referral fee.", True),
        ("Participating installers pay us a referral fee for each request.", True),
        # a request handed to a business marked as outside this one
        ("We refer the homeowner's request to a network partner.", True),
        ("We route your request to a partner installer.", True),
        # a negation in the opening clause governs that clause, not the sentence
        ("When we can't serve a request, we refer the request to our partner network.", True),
        # near misses: the business pays, routes inside itself, or the payer is denied
        ("Refer a friend and we pay you a referral fee.", False),
        ("We pay our partners a referral fee.", False),
        ("Our partners never pay us a referral fee.", False),
        ("We route service requests to the nearest branch.", False),
        ("We refer complex requests to our senior team.", False),
        ("If a request is urgent, we do not share your details with partners.", False),
    ],
)
def test_round_20_requests_passed_to_partners_who_pay_for_them_are_lead_generation(
    text: str, found: bool
) -> None:
    assert bool(_terms(text, "lead_generation")) is found, _terms(text, "lead_generation")


def test_round_20_a_negation_in_the_main_clause_still_denies() -> None:
    from analyzers.content.matching import read_text

    assert not read_text("If you are under 21, we do not sell you wine.").matches


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # one "no" governs a list that mixes restricted substances
        ("Please no alcohol or tobacco on the bus.", set()),
        ("The venue has a strict no alcohol or tobacco policy.", set()),
        # an "or" list before its verb is one subject
        ("No alcohol or tobacco is allowed on the property.", set()),
        ("No beer or wine is served at youth events.", set()),
        # near misses: an "and" before a verb may join two clauses; the denial stops at "but"
        ("No alcohol and wine is served.", {"alcohol"}),
        ("No alcohol, but we sell cigars.", {"tobacco"}),
    ],
)
def test_a_denial_governs_a_list_of_mixed_substances(text: str, categories: set[str]) -> None:
    assert {m.category for m in find_prohibited(text)} == categories


_HVAC = (
    "<html><body><h1>Spring Jackpot Savings</h1><p>Hit the jackpot on comfort: an $89 AC "
    "tune-up through May 31.</p>{extra}</body></html>"
)


def test_round_21_a_deal_named_after_a_jackpot_is_no_gambling() -> None:
    assert "gambling" not in _verdicts(_HVAC.format(extra=""))


@pytest.mark.parametrize(
    "extra",
    ["<p>Play our online slots for the progressive jackpot.</p>", "<p>Lottery tickets $2.</p>"],
)
def test_round_21_a_jackpot_on_a_page_about_games_of_chance_still_counts(extra: str) -> None:
    verdict = _verdicts(_HVAC.format(extra=extra))["gambling"]
    assert "jackpot" in verdict.strong_terms


def test_round_22_a_companies_hiring_roster_under_a_job_search_is_a_job_board() -> None:
    """Blind round 22 (a job-search front end): "Find jobs near you" over a "Companies Hiring"
    row of other employers; the heading is broken over lines by an icon's ligature name."""
    board = (
        "<html><body><h1>Find jobs near you</h1><h2><i>business</i>\n  Companies Hiring</h2>"
        "<p>Northwind</p><p>Contoso</p></body></html>"
    )
    verdict = _verdicts(board)["job_board"]
    assert verdict.fired and set(verdict.strong_terms) == {"find jobs near you", "companies hiring"}
    # near misses: an employer hiring for itself, a staffing agency asking employers
    assert "job_board" not in _verdicts(
        "<html><body><h1>Our company is hiring</h1><p>Join our team.</p></body></html>"
    )
    assert "job_board" not in _verdicts(
        "<html><body><h2>Employers hiring?</h2><p>We staff your shifts.</p></body></html>"
    )


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # blind round 33 (a surfboard shaper's sample): a slot counted, opened or held for a
        # time is a place in a schedule
        ("Two custom shaping slots opened for [month]. Call the shop to hold one.", False),
        ("Three detailing slots open in March.", False),
        ("Four lesson slots for [month] just came free.", False),
        # near misses: slot machines, with or without the casino named
        ("Play 200 slots online", True),
        ("New slots and table games at the casino", True),
        ("Claim free spins on our slots tonight.", True),
    ],
)
def test_round_33_slots_opened_for_a_month_are_a_schedule(text: str, fires: bool) -> None:
    assert ("gambling" in {m.category for m in find_prohibited(text)}) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # blind round 33 (paid fantasy football leagues): a paid entry for a cash prize decided
        # by a contest is a wager
        ("Weekly high-score side pots: $10 buy-in, winner takes the pot.", True),
        ("Entry fees are paid in the app and cash prizes go out after the final week.", True),
        ("Cash prizes for the top three teams; the entry fee is $40.", True),
        # near misses: a free league with a gift card, soup, a pot roast, a pool of drivers,
        # free trivia, a free contest with a cash prize
        ("Join our free league: the champion gets a $50 gift card.", False),
        ("Sunday supper: pot roast, then a potluck dessert table.", False),
        ("A side pot of chili simmers on the stove all day.", False),
        ("We keep a pool of drivers on call for airport runs.", False),
        ("Trivia night every Thursday, free entry, prizes for the top team.", False),
        ("No entry fee, cash prizes for the top three photos.", False),
    ],
)
def test_round_33_a_paid_entry_for_a_cash_prize_is_gambling(text: str, fires: bool) -> None:
    assert ("gambling" in {m.category for m in find_content(text)}) is fires


def test_round_33_a_page_of_paid_leagues_fires_gambling() -> None:
    """A league table with cash entries and payouts, and a side pot whose winner takes it."""
    verdict = _verdicts(
        "<html><body><h1>Public leagues</h1><table><tr><th>League</th><th>Entry</th>"
        "<th>Payout</th></tr><tr><td>Starter</td><td>$20</td><td>1st $120</td></tr></table>"
        "<p>Weekly side pots: $10 buy-in, winner takes the pot. Entry fees are paid in the app "
        "and cash prizes go out after the final week.</p></body></html>"
    )["gambling"]
    assert verdict.fired


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # blind round 33 (a house painter): the business's own inbound form, named in its
        # trade's jargon, asks for its own estimate
        (
            "When you send us a lead generation form asking for a free deck-staining quote, "
            "you may opt in to texts.",
            False,
        ),
        ("Fill out our lead form to get your free estimate.", False),
        # near misses: the request handed to others
        ("We connect you with up to 4 contractors in your area.", True),
        ("Your information may be shared with our partners who will contact you.", True),
        ("We sell lead generation services to roofers.", True),
    ],
)
def test_round_33_an_own_lead_form_is_no_lead_generation(text: str, fires: bool) -> None:
    assert ("lead_generation" in {m.category for m in find_content(text)}) is fires
