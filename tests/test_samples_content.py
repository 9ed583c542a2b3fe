"""Prohibited-content and lending terms in samples are read from the content vocabularies
without spaCy (so check-campaign stays fast); this reading must agree with the content
analyzers' own `find_prohibited` on the same texts."""

from __future__ import annotations

import pytest

from analyzers.campaign.content_terms import find_lending_terms, find_prohibited_terms

TEXTS = [
    "Acme: 20% off CBD gummies and vape pens this week! Reply STOP to opt out.",
    "Brightwater Dental: Ask about our CBD oil drops for jaw pain relief at your next visit.",
    "Acme: We do not sell CBD or vape products.",
    "Acme: Quit smoking with our free program. Reply STOP to opt out.",
    "Acme: Place your bets on tonight's game at our sportsbook!",
    "Acme: Get a payday loan today, cash in 1 hour.",
    "Acme Wines: Our new cabernet is in stock. Order now.",
    "Acme: Beware of crypto scams targeting our customers.",
    "Acme Gun Shop: New AR-15 rifles and ammo in stock.",
    "Acme: Earn commissions with our affiliate program.",
    "Acme Dental: your cleaning is confirmed for [date]. Reply STOP to opt out.",
    "Acme Lawn: Spring weed control visit is scheduled for [date].",
    # a slot in a schedule, named by its day (blind round 10), and slots to play
    "Acme Spa: Dana just opened 2 deep-tissue massage slots for [day]. Reply BOOK to take one.",
    "Acme Salon: a few blowout slots on Saturday are still free.",
    "Acme Casino: spin our new slots this weekend and win big.",
    "Acme: Play slots on your phone for real money tonight.",
    # a contraction denies in a sample as on a page (the sample reader keeps "don't" one
    # token and reads it split too, as spaCy splits it); "Don't miss" denies nothing
    "Acme Cafe: We don't serve beer or wine, just great coffee.",
    "Acme: We don\u2019t sell CBD or vape products.",
    "Acme Cafe: We cannot sell wine by the glass.",
    "Acme Cafe: Don't miss our wine tasting Friday!",
    # drink names as the colours of goods that are no drink (blind round 32, a pool supply),
    # and a drink a noun does not follow
    "Acme Pool: 20% off all Margarita Lime and Sangria Red pool floats this weekend only.",
    "Acme Bar: 20% off all Margarita Lime and Sangria Red pitchers this weekend only.",
    # a list of "no" items denies firearms (blind round 32, an archery shop)
    "Acme Archery: Bows only: no firearms, no ammunition, no rifle scopes.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_agrees_with_the_content_analyzers(text: str) -> None:
    matching = pytest.importorskip("analyzers.content.matching")
    ours = {term.category for term in find_prohibited_terms(text)}
    theirs = {match.category for match in matching.find_prohibited(text)}
    assert ours == theirs


def test_prohibited_terms_carry_their_sentence() -> None:
    [term, *_] = find_prohibited_terms("Acme: Hello! Try our CBD gummies today.")
    assert (term.category, term.text, term.sentence) == (
        "cannabis",
        "CBD",
        "Try our CBD gummies today.",
    )


@pytest.mark.parametrize(
    "text, found",
    [
        ("Acme Auto: Apply for a loan in minutes with our in-house financing.", True),
        ("Acme Mortgage: Lock in our low mortgage rates today.", True),
        ("Acme: Our lending library has new books this week.", False),
        # blind round 32 (a buy-here-pay-here lot): a consumer's credit application
        ("Acme Auto: texts to buyers who opted in on our online credit application.", True),
        ("Acme Auto: Get approved for credit today.", True),
        ("Acme Auto: Your credit card payment was received.", False),
        ("Acme Dental: your cleaning is confirmed for [date].", False),
        # blind round 35 (a tax office): a refund advance is a loan against the refund
        ("Acme Tax: Your Refund Advance of $[amount] was approved.", True),
        ("Acme Tax: ask about a refund anticipation loan when you file.", True),
        # near misses: the refund itself, an advance that lends no money, a denied advance
        ("Acme Tax: Your refund was deposited; track it at acme.co/status.", False),
        ("Acme Tax: Book in advance: refund questions answered Mondays.", False),
        ("Acme Tax: We do not offer refund advances.", False),
    ],
)
def test_lending_terms(text: str, found: bool) -> None:
    assert bool(find_lending_terms(text)) is found


@pytest.mark.parametrize(
    "text, fires",
    [
        # blind round 16: a sample reads "bar" as a page does (analyzers.content.roles)
        ("Acme Pub: Happy hour at the bar 5-7pm: $4 drafts", True),
        ("Acme Home: New bar stools just arrived! Reply STOP to opt out.", False),
        ("Acme Home: Cocktail bar stools are 20% off this week.", False),
        ("Acme Home: Wine-bar stools back in stock.", False),
        ("Acme Market: Grab a granola bar on your way out!", False),
        ("Acme Tutoring: Bar exam prep starts Monday. Reply STOP to opt out.", False),
    ],
)
def test_a_bar_is_read_in_its_sentence(text: str, fires: bool) -> None:
    matching = pytest.importorskip("analyzers.content.matching")
    ours = "alcohol" in {term.category for term in find_prohibited_terms(text)}
    theirs = "alcohol" in {match.category for match in matching.find_prohibited(text)}
    assert ours is theirs is fires


@pytest.mark.parametrize(
    "text, fires",
    [
        ("Acme Repair: Do you offer payday loans? No. We only repair phones.", False),
        ("Acme Gold: Can I get a pawn loan on my ring? No \u2014 we buy outright.", False),
        ("Acme Cash: Do you offer payday loans? Yes, up to $500. Reply STOP to opt out.", True),
    ],
)
def test_a_question_answered_no_offers_nothing(text: str, fires: bool) -> None:
    found = "high_risk_financial" in {t.category for t in find_prohibited_terms(text)}
    assert found is fires


def test_terms_quote_the_sentence_as_written() -> None:
    [term] = find_prohibited_terms("Acme: Hi! Small-batch bourbon tasting, $20.")
    assert (term.text, term.sentence) == ("bourbon tasting", "Small-batch bourbon tasting, $20.")
