"""What is sold, not what it is named after or used with: engraved drinkware, a dish cooked in
wine, a bar tool, an RV site's utility hookups are allowed goods whose words look regulated
(blind round 11). The same words where the drink or the service itself is offered still fire.

Sentences are read by both readers (pages with spaCy, samples without) and must agree; pages
are scored as a whole, where the page's own kind of goods decides a vessel's role.
"""

from __future__ import annotations

import pytest

from analyzers.campaign.content_terms import find_prohibited_terms
from analyzers.content.matching import find_content, find_prohibited
from analyzers.content.roles import other_meaning
from analyzers.content.scoring import judge_page, read_page
from tests.snapshots import snapshot_from_pages


def _both(text: str) -> tuple[set[str], set[str]]:
    page = {m.category for m in find_prohibited(text)}
    sample = {t.category for t in find_prohibited_terms(text)}
    return page, sample


def _fired(html: str) -> set[str]:
    page = snapshot_from_pages({"/": html}).pages[0]
    return {v.category for v in judge_page(read_page(page)) if v.fired}


# --- a drink as what a dish is cooked in, a bar tool, a logo -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the dish or the way it is cooked is the head
        "Tonight's class: lamb shanks in a white-wine braise with gremolata, $115.",
        "Seared duck breast with a port and cherry reduction.",
        "Bourbon-glazed ham and champagne-poached pears for the holiday menu.",
        "Finish the fish with a warm beer butter.",
        # a cooking verb and "in"/"with" before the drink
        "Week three: beef cheeks braised slowly in red wine, $95 a seat.",
        "Deglaze the skillet with a little dry vermouth, then add the cream.",
        "Mussels steamed in Belgian ale with shallots and parsley.",
        # bar tools and accessories, a logo named after a club
        "Stainless cocktail shaker, strainer and jigger set: $42.",
        "Hand-painted wine charms, set of six, $18.",
        "Screen-printed tote with your brewery-club logo, from $14.",
    ],
)
def test_a_drink_as_an_ingredient_a_tool_or_a_logo_is_not_alcohol(text: str) -> None:
    page, sample = _both(text)
    assert "alcohol" not in page, find_prohibited(text)
    assert "alcohol" not in sample


@pytest.mark.parametrize(
    "text",
    [
        # served, poured or paired: the drink itself
        "Short rib dinner, served with a glass of house red wine, $38.",
        "Every class ends with a wine pairing and a cheese board.",
        "Add a splash of bourbon to any coffee for $4.",
        "Our bartenders pour a mean whiskey sour.",
    ],
)
def test_a_drink_served_with_a_dish_is_still_alcohol(text: str) -> None:
    page, sample = _both(text)
    assert "alcohol" in page, find_content(text, include_weak=True)
    assert "alcohol" in sample


# --- a vessel named after a drink: goods where the text sells vessels, a serving on a menu -------


def test_a_vessel_is_the_goods_only_where_the_text_sells_drinkware() -> None:
    text = "Bourbon decanter and two tumblers, $88"
    assert other_meaning(text, 0, 7, "alcohol") == ""  # a bar's menu: a serving of bourbon
    assert other_meaning(text, 0, 7, "alcohol", context="Hand-engraved barware. " + text)
    assert other_meaning(text, 0, 7, "alcohol", context="Our glassware. " + text)


def test_an_engraving_shop_selling_drinkware_does_not_fire_alcohol() -> None:
    html = (
        "<html><head><title>Shop | Northfork Etching Co.</title></head><body>"
        "<h1>Engraved barware and gifts</h1>"
        "<p>Every piece is etched by hand in our workshop and ships empty.</p><ul>"
        "<li>Bourbon decanter with a monogram, $84. Add to cart.</li>"
        "<li>Champagne flutes, pair, $36</li>"
        "<li>Beer mugs with your league's logo, $15 each</li>"
        "<li>Tequila snifters, set of four, $48</li></ul></body></html>"
    )
    assert "alcohol" not in _fired(html)


def test_a_bar_menu_with_the_same_vessels_still_fires_alcohol() -> None:
    html = (
        "<html><head><title>Menu | The Copper Still</title></head><body>"
        "<h1>Drinks</h1><ul>"
        "<li>Bourbon decanter for the table, $84</li>"
        "<li>Champagne flutes, $14 each</li>"
        "<li>Sangria pitcher, $30 during happy hour</li></ul></body></html>"
    )
    assert "alcohol" in _fired(html)


def test_a_cooking_school_with_wine_in_its_recipes_does_not_fire_alcohol() -> None:
    html = (
        "<html><head><title>Classes | Saltmarsh Cooking Studio</title></head><body>"
        "<h1>Upcoming classes</h1><ul>"
        "<li>Braise Night: chicken thighs braised in white wine with leeks, $105.</li>"
        "<li>French Bistro: steak with a red-wine reduction and frites, $120.</li>"
        "<li>Dessert Lab: pears poached in sweet wine, $80. Register now.</li></ul>"
        "</body></html>"
    )
    assert "alcohol" not in _fired(html)


def test_a_cooking_school_pouring_wine_with_dinner_still_fires_alcohol() -> None:
    html = (
        "<html><head><title>Classes | Saltmarsh Cooking Studio</title></head><body>"
        "<h1>Wine pairing dinners</h1>"
        "<p>Each Friday class ends with a three-course dinner and a wine pairing: a Chardonnay "
        "with the fish, a Malbec with the steak. $140 per guest. Register now.</p>"
        "</body></html>"
    )
    assert "alcohol" in _fired(html)


# --- a hookup is also a utility connection ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Full hookups at every pull-through site, $58 a night.",
        "Twenty back-in sites with water and electric hookups.",
        "Each cabin has 30-amp hookups; the dump station is by the gate.",
        "Two-bedroom unit, W/D hookups, dishwasher, $1,250 a month.",
        "Sewer hookup fee: $6 per night.",
    ],
)
def test_utility_hookups_are_not_sexual_content(text: str) -> None:
    page, sample = _both(text)
    assert "sexual" not in page, find_prohibited(text)
    assert "sexual" not in sample


@pytest.mark.parametrize(
    "text",
    [
        "Casual hookups with local singles tonight.",
        "The best hookup app in your city, free to join.",
    ],
)
def test_hookups_as_dating_still_are_sexual_content(text: str) -> None:
    page, sample = _both(text)
    assert "sexual" in page
    assert "sexual" in sample


def test_a_campground_page_does_not_fire_sexual_and_a_hookup_site_does() -> None:
    campground = (
        "<html><head><title>Sites | Birch Bend Campground</title></head><body>"
        "<h1>Full hookups on the river</h1><table><tr><td>Full-hookup pull-through</td>"
        "<td>$59</td></tr><tr><td>Water and electric hookup</td><td>$44</td></tr></table>"
        "<p>Book now: the office confirms within a day.</p></body></html>"
    )
    dating = (
        "<html><head><title>Local hookups tonight</title></head><body>"
        "<h1>Find hookups near you</h1><p>Join free and meet singles for casual hookups "
        "tonight.</p></body></html>"
    )
    assert "sexual" not in _fired(campground)
    assert "sexual" in _fired(dating)


# --- a hunting season named by its weapon is a time of year --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our insulated bibs were made for long sits in the late rifle season.",
        "Blaze orange caps for the gun deer season, $22.",
        "Extended store hours the week of the shotgun opener.",
    ],
)
def test_a_season_named_by_its_weapon_is_not_firearms(text: str) -> None:
    page, sample = _both(text)
    assert "firearms" not in page, find_prohibited(text)
    assert "firearms" not in sample


def test_a_hunting_apparel_shop_does_not_fire_and_a_gun_shop_does() -> None:
    apparel = (
        "<html><head><title>Shop | Ridgeback Field Wear</title></head><body>"
        "<h1>Layers for the rifle season</h1><p>We make and sell hunting apparel: wool "
        "coats, blaze orange vests and insulated boots. Buy online or in the store.</p>"
        "<p>From the first bow hunt to the last day of the gun deer season, stay dry.</p>"
        "</body></html>"
    )
    gun_shop = (
        "<html><head><title>Shop | Ridgeback Outdoors</title></head><body>"
        "<h1>Ready for rifle season</h1><p>Bolt-action rifles from $449 and boxes of "
        ".308 ammo in stock. Buy online or in the store.</p></body></html>"
    )
    assert "firearms" not in _fired(apparel)
    assert "firearms" in _fired(gun_shop)
