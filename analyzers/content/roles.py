"""Decide from a term's place in its phrase whether it names the thing or something else.

A word that names a drink or a smoke is often part of another name: "14 Gin Lane" is a street,
"Merlot Dusk" and "Chardonnay Cream" are paint colours, "Whiskey Barrel" is a candle scent,
"bourbon vanilla" a flavour, a "red-wine braise" a dish, a "cocktail shaker" a bar tool, and in
"tones named after the wines that inspired them" the wine is a namesake, and in "named for the
colour, not the cocktail" it is what the thing is not; a town's "Armory" is a hall that holds
markets and concerts ("winter market at the Armory"). A list of such names never ends; their
shape does not. The term modifies a head noun, and the head says what the thing is (a street
suffix, a colour, a scent, a flower, a dish, a tool, a good that is not a drink), or the term
follows "named after", a correcting ", not the", a cooking verb ("braised in red wine") or
"at the" before a building's name. A vessel ("whiskey decanter", "champagne flutes") is the
head only where the text sells the vessels as goods (engraved, glassware): on a menu it is a
drink served in it.

The same reading by structure says when the term names no thing offered at all (blind round 14):
a word that denies it governs it ("no alcohol", "without champagne", "non-alcoholic wine",
"Champagne-free toast"); a quoted word is explained ('"Bourbon" is the old name of Réunion');
a drink business is listed among the kinds of customers a service is "for" ("payroll for farms,
orchards, vineyards"); a cannabinoid-like number carries a unit of length ("Delta 7ft" kite); a
vaporizer is governed by a substance that is not smoked ("oxalic acid vaporizer"); a bare "rye"
is the grain on a page that names it as one ("rye flour", "whole-grain rye").

Blind round 15: a drink word before a container, material or piece of furniture is what it once
held ("ex-bourbon barrels", "bourbon and wine barrels", a '"whiskey" stain' whose quotes name the
stain); a financial service the business denies is not offered ("we don't make loans", "there
are no payday-style cash advances here", "we are not a payday lender"), where the term ends its
phrase ("no loan origination fees" denies the fee); and the object of "we lend" is what is lent
("we lend pads" lends goods, "we lend to small businesses" lends money). The words are data in
``analyzers/vocab/content/_roles.yaml``.

Blind round 16: a modifier that denies the substance governs its own noun phrase only ("We
serve non-alcoholic cider and a full wine list" still pours wine), and a question answered "No"
asks about a service the business does not offer ("Do you offer loans? No. We only repair
phones.").

Blind round 17: a serving word ("on tap", "taproom", "pints", "growler", "we brew") says how a
drink is served, not which drink: it takes its kind from the drink its sentence names ("12
beers on tap" pours alcohol, "root beer and cold brew on tap" does not, "hard kombucha" is
alcoholic), or, where the sentence names none, from the business's own name (scoring.py); and
an aside denies what follows its "not" ("kits for brewing kombucha (not beer)").

Blind round 19: a capitalised term before a place noun names the place ("Bourbon County",
"Brandy Station", "Rum Creek Road"); "no" or "without" before a coordinated list denies every
item ("no hemp, CBD or THC ingredients"); a question's "No" answers each item of a coordinated
object ("Do you sell CBD or herbal cannabis products? No."); and a word that names the thing
only on a page about it ("armory") counts for nothing where the page names no other term of
its category (`off_subject`, used by scoring.py).

Blind round 23: a bare lower-case drink word before the room or cabinet that stores it ("the
monitored wine room", "beer lockers"), or before a device that watches or cools it ("wine
cellar sensor"), names the place or the device; a serving place ("wine bar", "wine club",
"wine tasting room") or a capitalised venue name ("The Wine Room") still pours the drink.

Blind round 24: a drink word in a list of colours is a colour's name ("Champagne, Ink" under
a dress, "colour bar: Merlot, Champagne Toast, Sage"); the terms joined to a clause that says a
thing is not a financial product describe it ("no credit check, and this is not a credit card or
a loan"); and a loan another lender refused or the customer already holds ("Denied for a
mortgage or car loan?", "if you have a car loan") is not one the business offers.

Blind round 25: a bare singular weapon word before a noun that is no weapon's modifies it
("pistol squats" are an exercise, a "gun dog" a dog; "pistol permit" and "rifle rentals" keep
the weapon), and a drink that is the subject of a cooking verb is what is cooked ("our rum cake
(the rum is baked off)", "the wine cooks down").

Blind round 31: a capitalised drink word that stands as a name by itself (quoted, or all its
line holds: a table cell "Merlot (bridesmaid)") on a page that sells goods named by colour or
style and pours no drink names a gown, not the wine; a drink word before a fabric or garment
("champagne silk") or first in a list of colours sharing a head ("champagne, ivory and blush
shades") is a colour; and a sentence that sends the reader to another business for a thing
("For rifle or pistol work, see a licensed gunsmith.") names what this business does not do.

Blind round 36: financing offered through a lender the text marks as another business ("through
our partner lender, <Lender>", "through <Lender>, an independent lender") is that lender's
loan; a subject whose negated auxiliary ends its clause ("The name stuck; the tobacco didn't.")
is not there; and the items a negated verb of use governs ("are not used for promotional blasts
or third-party lead generation") are uses denied.

Plain string work, without spaCy: the content analyzers (pages) and the campaign reader
(sample messages, `analyzers.campaign.content_terms`) both read a sentence's terms through
`unhyphenate`, `kept_terms`, `other_meaning` and `answered_no`, so a sample and a page are judged
by the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from analyzers.text.vocabulary import vocab_data
from crawler.sentence_spans import sentence_spans

# the next word: after spaces or a hyphen only ("Merlot Dusk", "wine-red"), never across
# punctuation or a line break ("Whiskey Barrel — 8 oz", "Chardonnay.\nCream")
_NEXT_WORD = re.compile(r"[ \t\u00a0]*[-\u2010\u2011]?[ \t\u00a0]*([^\W\d_][\w'\u2019]*)")
_MAX_NAME_WORDS = 3  # "Pinot Noir Brick": a capitalised name runs at most three more words
_PHRASE_BREAKS = frozenset(
    "and or nor but with in on at is are was were be for of the a an to by from this that "
    "these our your their its every each now all plus vs".split()
)
_LOOK_BACK = 80  # characters before a term in which "named after" is looked for
_WORD = r"[\w'\u2019-]+"
_WORD_HYPHEN = re.compile(r"(?<=[^\W\d_])[-\u2010\u2011](?=[^\W\d_])")  # letter-letter
# an answer that denies the question before it: "No.", "A: No — we buy outright", "Nope,",
# "Sorry, no.", "We don't.", "Unfortunately we do not." (the answer ends after its auxiliary)
_DENYING_ANSWER = re.compile(
    r"^\s*(?:(?:a|answer)\s*[:.)-]\s*)?(?:(?:sorry|unfortunately)\s*,?\s*)?"
    r"(?:no(?:pe)?|not\s+(?:here|at\s+this\s+time|anymore)"
    r"|(?:we|i)\s+(?:don['\u2019]t|do\s+not|never\s+(?:do|did)|can['\u2019]t|cannot|won['\u2019]t))"
    r"\s*(?:[.,;:!\u2013\u2014-]|$)",
    re.IGNORECASE,
)
_QUESTION_LOOK_AHEAD = 60  # characters after a question in which its answer starts
# the text of a question before the term it asks for: "Do you offer ", "Can I get a ", "Are you
# a ", "Do you also sell any "; the verb's object, never after a preposition ("for a ")
# the object may be a coordinated list, and the answer denies every item: "Do you sell CBD or
# herbal cannabis products?", "Do you offer title loans, pawn loans or cash advances?"
_ASK_WORD = rf"(?!(?:{'|'.join(sorted(_PHRASE_BREAKS))})\b){_WORD}"
_ASK_ARTICLE = r"(?:(?:a|an|any|the|some)\s+)?"
_ASK_LIST_ITEM = (
    rf"{_ASK_WORD}(?:\s+{_ASK_WORD}){{0,2}}(?:\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+)"
    rf"{_ASK_ARTICLE}"
)
_ASKS_FOR = re.compile(
    r"\b(?:(?:do|does|can|could|will|would)\s+(?:you|y['\u2019]all|we|i|they)\s+"
    r"(?:(?:also|still|ever|currently)\s+)?[^\W\d_]+\s+|(?:are|is)\s+(?:you|this|it)\s+)"
    rf"{_ASK_ARTICLE}(?:{_ASK_LIST_ITEM}){{0,4}}(?:{_ASK_WORD}\s+){{0,2}}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Roles:
    streets: frozenset[str]
    places: frozenset[str]
    variant_categories: frozenset[str]
    heads: frozenset[str]
    shared_heads: frozenset[str]
    kinds: re.Pattern[str]
    scented_goods: re.Pattern[str]
    styled_goods: re.Pattern[str]
    drink_sold: re.Pattern[str]
    vessels: frozenset[str]
    stores: frozenset[str]
    drinkware: re.Pattern[str]
    namesake: re.Pattern[str]
    ingredient: re.Pattern[str]
    cooked_after: re.Pattern[str]
    buildings: frozenset[str]
    building_places: frozenset[str]
    after_place_preposition: re.Pattern[str]
    mention: re.Pattern[str]
    quoted_mention: re.Pattern[str]
    denial_before: re.Pattern[str]
    list_denial_before: re.Pattern[str]
    denial_modifier: re.Pattern[str]
    denial_categories: frozenset[str]
    offer_denial_categories: frozenset[str]
    offer_denial_before: re.Pattern[str]
    phrase_ends: frozenset[str]
    business_heads: frozenset[str]
    lend_verbs: frozenset[str]
    not_objects: frozenset[str]
    money: re.Pattern[str]
    customer_terms: frozenset[str]
    customer_list: re.Pattern[str]
    stockist_after: re.Pattern[str]
    customer_quantifiers: frozenset[str]
    measurement: re.Pattern[str]
    vapor_terms: frozenset[str]
    vapor_substances: frozenset[str]
    grain_terms: frozenset[str]
    grain_neighbours: frozenset[str]
    serving_categories: frozenset[str]
    serving_terms: frozenset[str]
    soft_drinks: re.Pattern[str]
    tapped_goods: re.Pattern[str]
    said_soft_categories: frozenset[str]
    said_soft: re.Pattern[str]
    colour_categories: frozenset[str]
    colour_label: re.Pattern[str]
    colours: frozenset[str]
    material_colours: frozenset[str]
    materials: re.Pattern[str]
    customer_loan_categories: frozenset[str]
    customer_loan: re.Pattern[str]
    debt_after: re.Pattern[str]
    product_denial_categories: frozenset[str]
    product_denial: re.Pattern[str]
    weapon_categories: frozenset[str]
    weapon_terms: frozenset[str]
    weapon_determiners: frozenset[str]
    weapon_not_heads: frozenset[str]
    weapon_heads: frozenset[str]
    theme_after: re.Pattern[str]
    former_before: re.Pattern[str]
    old_premises_before: re.Pattern[str]
    premises: frozenset[str]
    referral_categories: frozenset[str]
    outside_lender_categories: frozenset[str]
    financing_word: re.Pattern[str]
    through_outside_lender: re.Pattern[str]
    referred_object: re.Pattern[str]
    referring_clause: re.Pattern[str]
    list_denial_categories: frozenset[str]
    list_denial_word: re.Pattern[str]
    archery_categories: frozenset[str]
    skill_categories: frozenset[str]
    skill_decides: re.Pattern[str]
    chance_names: re.Pattern[str]
    archery_terms: re.Pattern[str]
    archery_gear: re.Pattern[str]


def _alternatives(phrases: Sequence[str]) -> str:
    """A regex alternation of the phrases, any run of spaces between their words."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)


@lru_cache(maxsize=1)
def _roles() -> _Roles:
    data = vocab_data("content/_roles")
    variant = data["variant"]
    markers = _alternatives(data["namesake"]["words"])
    verbs = _alternatives(data["ingredient"]["verbs"])
    building = data["building"]
    prepositions = _alternatives(building["prepositions"])
    return _Roles(
        streets=frozenset(data["street"]["words"]),
        places=frozenset(data["place"]["words"]),
        variant_categories=frozenset(variant["categories"]),
        heads=frozenset(w.lower() for w in variant["heads"]),
        shared_heads=frozenset(w.lower() for w in variant["shared_heads"]),
        kinds=_any_word(variant["kinds"]),
        scented_goods=_any_phrase(variant["scented_goods"]),
        styled_goods=_any_phrase(variant["styled_goods"]),
        drink_sold=_any_phrase(variant["drink_sold"]),
        vessels=frozenset(w.lower() for w in variant["vessels"]),
        stores=frozenset(w.lower() for w in variant["stores"]),
        drinkware=_any_word(variant["drinkware_kinds"]),
        # "named after the wines", "inspired by our small-batch bourbons": up to three words
        namesake=re.compile(rf"\b(?:{markers})(?:\s+[\w'\u2019-]+){{0,3}}\s+$", re.IGNORECASE),
        # "braised in red wine", "deglaze the pan with a little dry wine": a few words between
        ingredient=re.compile(
            rf"\b(?:{verbs})(?:\s+{_WORD}){{0,2}}\s+(?:in|with)(?:\s+{_WORD}){{0,3}}\s+$",
            re.IGNORECASE,
        ),
        cooked_after=_cooked_after_pattern(data["ingredient"]),
        buildings=frozenset(w.lower() for w in building["terms"]),
        building_places=frozenset(building["places"]),
        # "market at the Armory", "concerts in the old Armory": the preposition, "the", and up
        # to two capitalised words of the building's name ("the Old Armory", "the Main St Armory")
        after_place_preposition=re.compile(
            rf"\b(?:{prepositions})\s+the\s+(?:[A-Z][\w'\u2019.-]*\s+){{0,2}}$", re.IGNORECASE
        ),
        **_mention_patterns(data["mention"]),
        denial_before=_denial_pattern(data["negation"]),
        # "no hemp, CBD or THC": a denying word governs a list; a modifier only its own noun
        # ("alcohol-free beer and craft cocktails" still pours cocktails)
        list_denial_before=re.compile(
            rf"\b(?:{_alternatives(data['negation']['words'])})\s+"
            rf"(?:(?:{_alternatives(data['negation']['articles'])})\s+)?$",
            re.IGNORECASE,
        ),
        denial_modifier=re.compile(rf"(?:{_modifiers(data['negation'])})(?![\w-])", re.IGNORECASE),
        denial_categories=frozenset(data["negation"]["categories"]),
        offer_denial_categories=frozenset(data["offer_denial"]["categories"]),
        offer_denial_before=_offer_denial_pattern(data["offer_denial"]),
        phrase_ends=frozenset(data["offer_denial"]["phrase_ends"]) | _PHRASE_BREAKS,
        business_heads=frozenset(data["offer_denial"]["business_heads"]),
        lend_verbs=frozenset(data["lent_goods"]["verbs"]),
        not_objects=frozenset(data["lent_goods"]["not_objects"]),
        money=re.compile(
            rf"[$\u00a3\u20ac]|\d\s*k\b|{_any_word(data['lent_goods']['money']).pattern}",
            re.IGNORECASE,
        ),
        customer_terms=frozenset(data["customers"]["terms"]),
        customer_list=_customer_list_pattern(data["customers"]),
        # " stock our", " now carry our": the stocking verb right after the term, its object
        # the business's own goods
        stockist_after=re.compile(
            rf"\s+(?:(?:{_alternatives(data['customers']['stockist_adverbs'])})\s+)?"
            rf"(?:{_alternatives(data['customers']['stockist_verbs'])})\s+(?:our|my)\b",
            re.IGNORECASE,
        ),
        customer_quantifiers=frozenset(data["customers"]["quantifiers"]),
        measurement=_measurement_pattern(data["measurement"]),
        vapor_terms=frozenset(data["vapor"]["terms"]),
        vapor_substances=frozenset(data["vapor"]["substances"]),
        grain_terms=frozenset(data["grain"]["terms"]),
        grain_neighbours=frozenset(data["grain"]["neighbours"]),
        serving_categories=frozenset(data["serving"]["categories"]),
        serving_terms=frozenset(data["serving"]["terms"]),
        soft_drinks=_soft_drink_pattern(data["serving"]),
        tapped_goods=_tapped_goods_pattern(data["serving"]),
        said_soft_categories=frozenset(data["said_soft"]["categories"]),
        said_soft=_said_soft_pattern(data["said_soft"], data["serving"], data["negation"]),
        colour_categories=frozenset(data["colour_list"]["categories"]),
        colour_label=_colour_label_pattern(data["colour_list"]),
        colours=frozenset(w.lower() for w in data["colour_list"]["colours"]),
        material_colours=frozenset(w.lower() for w in data["colour_list"]["material_colours"]),
        materials=_any_word(data["colour_list"]["materials"]),
        customer_loan_categories=frozenset(data["customer_loan"]["categories"]),
        customer_loan=_customer_loan_pattern(data["customer_loan"]),
        debt_after=_debt_after_pattern(data["customer_loan"]),
        product_denial_categories=frozenset(data["product_denial"]["categories"]),
        product_denial=_product_denial_pattern(data["product_denial"]),
        **_weapon_modifier_words(data["weapon_modifier"]),
        **_past_use_patterns(data["past_use"]),
        **_referral_patterns(data["referral"]),
        **_outside_lender_patterns(data["outside_lender"]),
        list_denial_categories=frozenset(data["denied_list"]["categories"]),
        archery_categories=frozenset(data["archery"]["categories"]),
        skill_categories=frozenset(data["skill_contest"]["categories"]),
        skill_decides=_skill_pattern(data["skill_contest"]),
        chance_names=re.compile(
            rf"\b(?:{_alternatives(data['skill_contest']['chance_names'])})\b", re.IGNORECASE
        ),
        archery_terms=re.compile(
            rf"(?:{_alternatives(data['archery']['terms'])})\b", re.IGNORECASE
        ),
        archery_gear=_any_phrase(data["archery"]["gear"]),
        # the denying word that opens an item: "no ", "and no ", "without "
        list_denial_word=re.compile(
            rf"(?:(?:and|or|nor|but)\s+)?(?:{_alternatives(data['denied_list']['words'])})\s+",
            re.IGNORECASE,
        ),
    )


def _referral_patterns(referral: dict) -> dict:
    # "see a licensed ", "please visit a ", "contact your local sporting goods ": the verb,
    # another business's determiner, up to two more of its modifiers (never "our")
    verbs = _alternatives(referral["verbs"])
    others = _alternatives(sorted(referral["others"], key=len, reverse=True))
    word = rf"(?!(?:our|us|we)\b){_WORD}"
    sends = rf"(?:please\s+)?(?:{verbs})\s+(?:{others})\s+"
    return {
        "referral_categories": frozenset(referral["categories"]),
        "referred_object": re.compile(rf"\b{sends}(?:{word}\s+){{0,2}}$", re.IGNORECASE),
        # the rest of a fronted "For rifle or pistol work, see a ...": the phrase's other
        # words, its comma, then the referral
        "referring_clause": re.compile(rf"[\w\s'\u2019/&-]{{0,60}}?,\s*{sends}", re.IGNORECASE),
    }


def _outside_lender_patterns(outside: dict) -> dict:
    # "through our partner lender", "via independent lenders", "through our financing
    # partners", "through <Name>, an independent lender": the preposition, up to six words of
    # the lender's name, then the words that make the lender another business
    others = _alternatives(outside["others"])
    lenders = _alternatives(sorted(outside["lenders"], key=len, reverse=True))
    lender = (
        rf"(?:(?:{others})\s+(?:{_WORD}\s+)?(?:{lenders})"
        rf"|(?:lending|financing|finance)\s+partners?"
        rf"|,\s*an?\s+(?:(?:{others})\s+)?(?:{lenders}))\b"
    )
    return {
        "outside_lender_categories": frozenset(outside["categories"]),
        "financing_word": _any_word(outside["financing_words"]),
        "through_outside_lender": re.compile(
            rf"\b(?:{_alternatives(outside['prepositions'])})\s+"
            rf"(?:[\w'\u2019&.-]+,?\s+){{0,6}}?{lender}",
            re.IGNORECASE,
        ),
    }


def _past_use_patterns(past: dict) -> dict:
    # "brewery-themed": the hyphenated word right after the term
    theme = rf"[-\u2010\u2011](?:{_alternatives(past['theme_words'])})\b"
    # "former beer taps", "the former Millrace Taproom": the marker, then at most two
    # capitalised words of a name the term ends
    former = rf"\b(?i:{_alternatives(past['former_words'])})\s+(?:[A-Z][\w'\u2019.-]*\s+){{0,2}}$"
    old = (
        rf"\b(?:{_alternatives(past['old_prepositions'])})\s+(?:an?|the)\s+"
        rf"(?:{_alternatives(past['old_words'])})\s+$"
    )
    return {
        "theme_after": re.compile(theme, re.IGNORECASE),
        "former_before": re.compile(former),
        "old_premises_before": re.compile(old, re.IGNORECASE),
        "premises": frozenset(w.lower() for w in past["premises"]),
    }


def _weapon_modifier_words(modifier: dict) -> dict[str, frozenset[str]]:
    return {
        f"weapon_{key}": frozenset(w.lower() for w in modifier[key])
        for key in ("terms", "determiners", "not_heads", "heads")
    } | {"weapon_categories": frozenset(modifier["categories"])}


_QUOTE = "\"'\u2018\u2019\u201c\u201d"
ABSENT = "what something is said to be without"


def _mention_patterns(mention: dict) -> dict[str, re.Pattern[str]]:
    """What follows a quoted term that is a word being explained: its closing quote, then
    ' is the old name of' or ' means', ' refers to'."""
    nouns = _alternatives(mention["nouns"])
    verbs = _alternatives(mention["quoted_verbs"])
    return {
        "mention": re.compile(
            rf"^[{_QUOTE}]\s+(?:is|was|are|were)\s+(?:the|an?|its)\s+(?:{_WORD}\s+){{0,2}}"
            rf"(?:{nouns})\s+(?:of|for)\b",
            re.IGNORECASE,
        ),
        "quoted_mention": re.compile(rf"^[{_QUOTE}]\s+(?:{verbs})\b", re.IGNORECASE),
    }


def _modifiers(negation: dict) -> str:
    """A regex alternation of the denying modifiers, any run of spaces or hyphens inside."""
    return "|".join(
        r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", m))) for m in negation["modifiers"]
    )


def _denial_pattern(negation: dict) -> re.Pattern[str]:
    """The end of the text before a denied term: "no ", "without any ", "non-alcoholic "."""
    words = _alternatives(negation["words"])
    articles = _alternatives(negation["articles"])
    modifiers = _modifiers(negation)
    # the modifier governs its own noun phrase: the words between it and the term are that
    # phrase's other modifiers ("non-alcoholic sparkling wine"), never a word that starts
    # another phrase ("non-alcoholic cider and a full wine list" still serves wine)
    breaks = "|".join(sorted(_PHRASE_BREAKS))
    modifier_word = rf"(?!(?:{breaks})\b){_WORD}"
    return re.compile(
        rf"(?:\b(?:{words})\s+(?:(?:{articles})\s+)?"
        rf"|(?<![\w-])(?:{modifiers})\s+(?:{modifier_word}\s+){{0,2}}"
        rf"|(?<![\w-])non[-\u2010\u2011 ]?)$",
        re.IGNORECASE,
    )


def _offer_denial_pattern(denial: dict) -> re.Pattern[str]:
    """The end of the text before a service the business says it does not offer: "there are
    no payday-style ", "we don't make ", "we are not a ", "No "."""
    existential = _alternatives(denial["existential"])
    verbs = _alternatives(denial["verbs"])
    articles = _alternatives(denial["articles"])
    # "not buy, sell or advise on ": the negation governs every verb of the list it opens
    verb_list = rf"(?:{verbs})(?:\s*,\s*(?:{verbs}))*(?:\s*,?\s+(?:or|and|nor)\s+(?:{verbs}))?"
    return re.compile(
        rf"(?:\b(?:{existential})\s+(?:{_WORD}\s+){{0,2}}"
        rf"|(?:\bnot|\bnever|n['\u2019]t)\s+{verb_list}\s+(?:(?:{articles})\s+)?(?:{_WORD}\s+){{0,2}}"
        rf"|\bnot\s+(?:an?|any)\s+(?:{_WORD}\s+){{0,2}}|\bno\s+)$",
        re.IGNORECASE,
    )


def _cooked_after_pattern(ingredient: dict) -> re.Pattern[str]:
    """The start of the text after a drink that is what is cooked: " is baked off", " cooks
    down", " has been simmered" (a participle after a helper, or a present-tense verb)."""
    participles = _alternatives(ingredient["cooked"])
    helpers = _alternatives(ingredient["auxiliaries"])
    present = _alternatives(ingredient["cooks"])
    return re.compile(rf"\s+(?:(?:{helpers})\s+(?:{participles})|(?:{present}))\b", re.IGNORECASE)


def _customer_list_pattern(customers: dict) -> re.Pattern[str]:
    """The end of the text before a term listed among kinds of customers: an opener ("for",
    "serving") and a list of bare nouns ("farms, orchards, small ")."""
    openers = _alternatives(customers["openers"])
    banned = "|".join(re.escape(w) for w in customers["not_kinds"])
    word = rf"(?!(?:{banned})\b)[^\W\d_][\w'\u2019-]*"
    item = rf"{word}(?:\s+{word}){{0,2}}"
    separator = r"(?:\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+)"
    return re.compile(
        rf"\b(?:{openers})\s+(?:{item}{separator}){{0,8}}(?:{word}\s+){{0,2}}$", re.IGNORECASE
    )


def _measurement_pattern(measurement: dict) -> re.Pattern[str]:
    """The start of the text after a number that is a length: "ft", " mm", "in," or a double
    prime, but not " in stock" (nor a closing quote: '"Delta 8" gummies' names the product)."""
    units = "|".join(map(re.escape, measurement["units"]))
    short = "|".join(map(re.escape, measurement["short_units"]))
    return re.compile(
        rf"^(?:\s*(?:{units})\b|\u2033"
        rf"|(?:{short})\b|\s+(?:{short})(?=\s*(?:[^\w\s]|$)))",
        re.IGNORECASE,
    )


def _soft_drink_pattern(serving: dict) -> re.Pattern[str]:
    """A drink that is not alcoholic ("kombucha", "cold brew"), with the word before it when
    that word makes it one ("hard kombucha", "spiked lemonade"); "non-alcoholic kombucha" is
    no "alcoholic kombucha"."""
    drinks = _alternatives(sorted(serving["drinks"], key=len, reverse=True))
    alcoholic = _alternatives(serving["alcoholic"])
    return re.compile(
        rf"(?:(?<![\w-])(?P<alcoholic>{alcoholic})\s+)?(?<![\w-])(?P<drink>{drinks})(?![\w-])",
        re.IGNORECASE,
    )


def _skill_pattern(skill: dict) -> re.Pattern[str]:
    """A denial that governs chance ("no luck involved", "not a game of chance"; not "no
    chance to win") or skill named as what decides ("a game of skill", "skill-based")."""
    denials = _alternatives(sorted(skill["denials"], key=len, reverse=True))
    chance = _alternatives(skill["chance"])
    decides = _alternatives(sorted(skill["skill"], key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?:{denials})\s+(?:{chance})\b(?!\s+(?:to|of\s+winning|for)\b)|(?:{decides})\b)",
        re.IGNORECASE,
    )


def _tapped_goods_pattern(serving: dict) -> re.Pattern[str]:
    """A liquid sold from a tap that is not a drink ("dish soap", "olive oil")."""
    goods = _alternatives(sorted(serving["goods"], key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{goods})(?![\w-])", re.IGNORECASE)


def _said_soft_pattern(said: dict, serving: dict, negation: dict) -> re.Pattern[str]:
    """The start of the text after a drink's name that says it is not alcoholic: " is a
    mocktail of", '" is non-alcoholic', " are zero-proof." (the complement's head ends there; a
    quote that closes a quoted name may come first: 'our "espresso martini" is a mocktail')."""
    drinks = _alternatives(sorted(serving["drinks"], key=len, reverse=True))
    alcoholic = _alternatives(serving["alcoholic"])
    copulas = _alternatives(sorted(said["copulas"], key=len, reverse=True))
    closers = _alternatives(said["closers"])
    head = (
        rf"(?:(?:an?|our|the)\s+)?(?!(?:{alcoholic})\b)(?:{_ITEM_WORD}\s+){{0,2}}?"
        rf"(?:{drinks}|{_modifiers(negation)})"
    )
    return re.compile(
        rf"[{_QUOTE}]?\s*(?:{copulas})\s+{head}(?![\w-])\s*(?:$|[^\w\s]|(?:{closers})\b)",
        re.IGNORECASE,
    )


# a word of a list item (no digits, no punctuation) and what joins two items
_ITEM_WORD = r"[^\W\d_][\w'\u2019-]*"
_ITEM_JOINT = r"(?:\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+)"


def _colour_label_pattern(colours: dict) -> re.Pattern[str]:
    """The end of the text before a term in a list a colour word labels: "colour bar: Merlot,
    Champagne Toast, Sage and ", "Colour names are our own; Champagne is a pale gold, ",
    "in shades of "; items of up to five words ("Champagne is a pale gold")."""
    labels = _alternatives(colours["labels"])
    joints = _alternatives(colours["label_joints"])
    item = rf"{_ITEM_WORD}(?:\s+{_ITEM_WORD}){{0,4}}"
    return re.compile(
        rf"\b(?:{labels})\b(?:(?:\s+{_WORD}){{0,4}}\s*[:;]|\s+(?:{joints}))\s*"
        rf"(?:{item}{_ITEM_JOINT}){{0,8}}(?:{_ITEM_WORD}\s+){{0,2}}$",
        re.IGNORECASE,
    )


def _customer_loan_pattern(customer: dict) -> re.Pattern[str]:
    """The end of the text before a loan the customer was refused, holds or has repaid: "Denied
    for a mortgage or ", "if you have a ", "turned down for an auto ", "paid off $61,000 of "."""
    refused = _alternatives(customer["refused"])
    subjects = _alternatives(customer["subjects"])
    held = _alternatives(customer["held"])
    repaid = _alternatives(customer["repaid"])
    owner = r"(?:(?:a|an|any|the|your|my|our|his|her|their)\s+)?"
    # how much of the debt was repaid: "$61,000 of ", "$40k in ", "all of ", "every penny of "
    share = (
        r"(?:(?:\$\s?\d[\d,.]*\s?(?:k|m|thousand|million)?|all|most|half|every\s+penny|"
        r"every\s+cent)\s+(?:of|in)\s+)?"
    )
    return re.compile(
        rf"(?:\b(?:{refused})\s+(?:for\s+)?|\b(?:{subjects})\s+(?:{held})\s+"
        rf"|\b(?:{repaid})\s+{share}){owner}"
        rf"(?:{_ASK_LIST_ITEM}){{0,4}}(?:{_ASK_WORD}\s+){{0,2}}$",
        re.IGNORECASE,
    )


def _debt_after_pattern(customer: dict) -> re.Pattern[str]:
    """The start of the text after a loan that modifies a debt: " debt", "-debt", ", medical
    or card debt" (the loan is one item of a list whose shared head is the debt)."""
    heads = _alternatives(customer["debt_heads"])
    item = rf"{_ITEM_JOINT}(?:{_ITEM_WORD}[\s-]+){{0,2}}{_ITEM_WORD}"
    return re.compile(rf"(?:{item}){{0,4}}[\s\u2010\u2011-]+(?:{heads})\b", re.IGNORECASE)


def _product_denial_pattern(denial: dict) -> re.Pattern[str]:
    """A clause that says a thing is not a financial product: "is not a credit card or a
    loan", "isn't a payday loan", "it's not financing"."""
    products = _alternatives(sorted(denial["products"], key=len, reverse=True))
    article = r"(?:(?:a|an|any)\s+)?"
    item = rf"{article}(?:{_WORD}\s+)?(?:{products})\b"
    return re.compile(
        rf"(?:\b(?:is|are|was|were)\s+not|\b(?:is|are|was|were)n['\u2019]t|['\u2019](?:s|re)\s+not)"
        rf"\s+{item}(?:(?:\s*,\s*|\s*,?\s+(?:or|nor|and)\s+){item})*",
        re.IGNORECASE,
    )


def _any_word(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b", re.IGNORECASE)


def _any_phrase(phrases: Sequence[str]) -> re.Pattern[str]:
    """Any of the phrases, not inside a longer word nor a hyphenated one ("candle-lit" is no
    candle): they may start or end with a sign ("21+", "% alc"), where a word boundary would
    not hold."""
    return re.compile(
        rf"(?<![\w\u2010\u2011-])(?:{_alternatives(phrases)})(?![\w\u2010\u2011-])", re.IGNORECASE
    )


def unhyphenate(text: str) -> str:
    """Text with each hyphen between two letters turned into a space (same length).

    Both readers match terms in this text, so "Wine-bar stools" is read as "wine bar stools"
    by a page and a sample alike, and a multi-word look-alike ("bar stools") is not split by a
    hyphen token. The text keeps its length, so offsets hold and terms are quoted as written.
    """
    return _WORD_HYPHEN.sub(" ", text)


def kept_terms(found: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The terms of one category in one sentence that still count, from (label, start, end)
    matches of its vocabulary: a strong or weak term inside a look-alike phrase is dropped
    ("bar" in "bar stools"), and a weak term whose words are already a strong term.

    Both readers (pages: `analyzers.content.matching`, samples:
    `analyzers.campaign.content_terms`) keep the same terms, and `other_meaning` is given
    these as the category's other terms: a dropped "bar" is no term the phrase "Cocktail bar
    stools" goes on into, so "Cocktail" names the stools' style on a page and in a sample.
    """

    def overlaps(start: int, end: int, label: str) -> bool:
        return any(s < end and start < e for lab, s, e in found if lab == label)

    kept = []
    for label, start, end in found:
        if label not in ("strong", "weak") or overlaps(start, end, "lookalike"):
            continue
        if label == "weak" and overlaps(start, end, "strong"):
            continue  # the same words already count as a strong term
        kept.append((label, start, end))
    return kept


def answered_no(text: str, start: int, sentence_end: int) -> bool:
    """Is the term at `start` what a question asks the business for, answered "No" right after?

    On an FAQ page or in a sample, "Do you offer loans? No. We only repair phones." and "Q: Can
    I get a pawn loan on my ring? A: No — we buy outright." name a service to deny it: the
    answer negates the question, so the service the question asks for is not offered.

    The answer denies only what the question asks: the object of its verb ("Do you offer
    [payday loans]", "Can I get [a pawn loan]", "Are you [a payday lender]"), each item of it
    when it is a list ("Do you sell [CBD] or [herbal cannabis products]?"). In "Do I need good
    credit for a payday loan? No." the loan sits after a preposition, and the "No" denies the
    credit check, not the loan. And only an answer that is a denial by itself ("No.", "Nope,",
    "Sorry, no", "We don't.", "A: No —"): "No credit check needed!" after a question starts a
    new claim, and "Yes, up to $500." offers the service.
    """
    question = text[:sentence_end].rstrip()
    if not question.endswith("?") or start >= len(question):
        return False
    clause = re.split(r"[.!?\n]", text[max(0, start - _LOOK_BACK) : start])[-1]
    if not _ASKS_FOR.search(clause):
        return False
    after = text[sentence_end : sentence_end + _QUESTION_LOOK_AHEAD]
    return bool(_DENYING_ANSWER.match(after))


def off_subject(category: str, terms: Sequence[tuple[str, str]]) -> frozenset[str]:
    """The terms (lower-case) that name nothing of the category on a page whose other terms,
    given as (term, strength), are all that page says of it.

    "Armory" names a gun room on a gun shop's page and a fencing club's equipment room on the
    club's: the page's own subject decides. Where no other strong term of the category and none
    of its telling weak words ("gun", "caliber") stands on the page, such a word counts for
    nothing ("_roles.yaml", subject); "Our armory stocks reloading supplies" still is firearms.
    """
    needing, weak = _subject_words(category)
    if not needing:
        return frozenset()
    for term, strength in terms:
        if term in needing:
            continue
        if strength == "strong" or term in weak:
            return frozenset()
    return needing


@cache
def _subject_words(category: str) -> tuple[frozenset[str], frozenset[str]]:
    subject = vocab_data("content/_roles")["subject"].get(category) or {}
    return (
        frozenset(t.lower() for t in subject.get("terms", ())),
        frozenset(t.lower() for t in subject.get("weak", ())),
    )


@lru_cache(maxsize=16)
def names_other_kind(text: str) -> bool:
    """Does the text name goods that are not drinks or smokes (paint, candles, soap, ...)?

    Asked only for a term before a word that is also a drink or an event ("Cream", "Night"),
    and remembered for the last few texts: a page asks it once, however many such terms it has.
    """
    return bool(_roles().kinds.search(text))


@lru_cache(maxsize=16)
def sells_scented_goods(text: str) -> bool:
    """Does the text sell goods named by scent or flavour (candles, wax melts, soap, ...) and
    nothing that sells or pours a drink ("a bottle of", "750 ml", "wine list")?

    Asked only for a capitalised drink word that modifies another capitalised word ("Mojito
    Mint", "Champagne Pear"): on a candle shop's page that is a scent's name, on a page that
    also sells a bottle of wine it may be the wine.
    """
    return bool(_roles().scented_goods.search(text)) and not _sells_drink(text)


@lru_cache(maxsize=16)
def sells_named_goods(text: str) -> bool:
    """Does the text sell goods named by colour, style or scent (gowns, swatches, paint,
    candles, ...) and nothing that sells or pours a drink ("glass of", "wine list", "750 ml")?

    Asked only for a capitalised drink word that stands as a name by itself (a quoted
    '"Merlot"', a table cell "Champagne"): on a bridal shop's page it names a gown, on a page
    that also pours wine it may be the wine.
    """
    roles = _roles()
    return bool(
        roles.styled_goods.search(text) or roles.scented_goods.search(text)
    ) and not _sells_drink(text)


def _sells_drink(text: str) -> bool:
    """Does the text have words that sell or pour a drink (`variant.drink_sold`)? A seller
    made a theme is none: "Brewery-inspired tees" and "a brewery-themed bakery" draw on a
    brewery, they are not one (`past_use.theme_words`)."""
    roles = _roles()
    return any(
        not roles.theme_after.match(text, found.end()) for found in roles.drink_sold.finditer(text)
    )


@lru_cache(maxsize=16)
def sells_drinkware(text: str) -> bool:
    """Does the text make or sell drinkware as goods (engraved, glassware, barware, ...)?

    Asked only for a term before a vessel ("whiskey decanter", "champagne flutes"): on a menu
    the same words are a drink served in the vessel.
    """
    return bool(_roles().drinkware.search(text))


def other_meaning(
    text: str,
    start: int,
    end: int,
    category: str,
    terms: Sequence[tuple[int, int]] = (),
    *,
    context: str | None = None,
    listed: Sequence[tuple[int, int]] | None = None,
) -> str:
    """Why the term at text[start:end] names something other than the category's thing, or "".

    `terms` are the spans of the category's other terms in the same text: a name that goes on
    into another term ("Bourbon Barrel Stout", "bourbon barrel aged stout") is still the drink.
    `listed` are the spans of every restricted substance's terms in the text (all categories):
    one "no" governs a list that mixes them ("No alcohol or tobacco on the bus"); it defaults
    to `terms`. `context` is the whole text the term was read in (a page, a sample), when
    `text` is only its sentence: whether it names a non-drink good decides "Chardonnay Cream"
    and the like.
    """
    roles = _roles()
    words = _next_words(text, _after_closing_quote(text, start, end))
    term = text[start:end]
    if words and term[:1].isupper() and words[0][2] in roles.streets:
        return "a street name"
    if _is_place_name(term, words, terms):
        return f'the name of a place ("{term} {words[0][2]}")'
    if _is_building(text, start, term, words):
        return f'the name of a building ("{term}")'
    if _is_namesake(text, start):
        return "what something is named after"
    if _is_denied(text, start):
        return "what something is said not to be"
    if _denied_use(text, start, end):
        return "a use the text says something is not put to"
    past = _past_use(text, start, end, term)
    if past:
        return past
    if category in roles.referral_categories and _is_referred_away(text, start, end):
        return "what the reader is sent to another business for"
    if category in roles.outside_lender_categories and _through_outside_lender(text, start, end):
        return "financing another lender makes"
    if category in roles.list_denial_categories and _in_denied_list(text, start, end, terms):
        return ABSENT
    if category in roles.denial_categories and _is_absent(
        text, start, end, terms if listed is None else listed
    ):
        return ABSENT
    if category in roles.offer_denial_categories and _is_not_offered(text, start, end, terms):
        return "a service the business says it does not offer"
    if category in roles.offer_denial_categories and _lends_goods(text, end, term):
        return "goods the business lends, not money"
    if category in roles.product_denial_categories and _describes_what_it_is_not(text, start, end):
        return "what a thing said not to be a financial product is"
    if category in roles.customer_loan_categories and _is_customers_loan(text, start):
        return "a loan the customer was refused or already holds"
    if category in roles.customer_loan_categories and _names_kind_of_debt(text, end):
        return "the kind of debt the customer has"
    if _is_mention(text, start, end):
        return "a word whose meaning is explained"
    if _is_customer_kind(text, start, term):
        return "a kind of customer the business serves"
    if _is_measurement(text, end, term):
        return "a size (a number with a unit of length)"
    if _vaporizes_other(text, start, term):
        return "a tool for a substance that is not smoked"
    if _is_grain(term, text if context is None else context):
        return "a grain the page names as one"
    if category in roles.colour_categories and _in_colour_list(text, start, end, context):
        return "a colour's name in a list of colours"
    if category in roles.archery_categories and _is_archery(
        term, text if context is None else context
    ):
        return "shooting with bows (the text names archery gear)"
    if category in roles.weapon_categories:
        head = _weapon_modifies(text, start, term, words, terms)
        if head:
            return f'a modifier of something that is not a weapon ("{term} {head}")'
    if category in roles.said_soft_categories and _said_to_be_soft(text, start, end):
        return "a drink's name the text says is not alcoholic"
    if category in roles.skill_categories and _won_by_skill(text, start, end, context):
        return "a contest the text says is won by skill, not chance"
    if category in roles.serving_categories:
        drink = _poured_drink(text, start, end, category, terms, context)
        if drink and roles.tapped_goods.fullmatch(drink):
            return f'a tap that pours goods, not a drink ("{drink}")'
        if drink:
            return f'how a drink that is not alcoholic is served ("{drink}")'
    if category not in roles.variant_categories:
        return ""
    if _is_ingredient(text, start, end):
        return "an ingredient a dish is cooked in"
    whole = text if context is None else context
    if _is_style_name(text, start, end, whole, terms):
        return f'the name of a colour or style of the goods the page sells ("{term}")'
    coordinated = _coordinated_colour_head(text, end)
    if coordinated:
        return f'one of a list of colours of "{coordinated}"'
    named = _named_goods_head(text, start, end, terms)
    if named:
        return f'the name of a colour, scent or other good ("{text[start:named]}")'
    if not words:
        return ""
    if _is_store(term, words):
        return f'a room or cabinet that stores the drink ("{term} {words[0][2]}")'
    shared = _shared_head(text, words, category, terms, context)
    if shared:
        return shared
    phrase = _phrase(words)
    if not phrase:
        return ""
    if term[:1].isupper() and phrase[0][2][:1].isupper():
        name = list(_leading_capitalised(phrase))  # "Pinot Noir Brick": the last word is the head
        heads = [name[-1][2].lower()]
    else:
        name = phrase  # "tequila lime chicken", "bourbon vanilla ice cream": any word may be it
        heads = [w[2].lower() for w in name]
    if not (
        any(h in roles.heads for h in heads)
        or name[-1][2].lower() in roles.shared_heads
        and names_other_kind(whole)
        or _is_scent_name(term, name, whole)
        or any(h in roles.vessels for h in heads)
        and sells_drinkware(whole)
    ):
        return ""
    if any(end <= t_start < phrase[-1][1] for t_start, _t_end in terms):
        return ""  # the phrase goes on into another term: "bourbon barrel-aged stout"
    return f'the name of a colour, scent or other good ("{text[start : name[-1][1]]}")'


def denied_substances() -> frozenset[str]:
    """The categories whose terms a "no" or "without" denies as absent (alcohol, tobacco,
    cannabis, …): the items one denial can govern together in a list."""
    return _roles().denial_categories


def is_served_drink(category: str) -> bool:
    """Is the category a drink whose serving words take their kind from the drink poured?"""
    return category in _roles().serving_categories


def is_serving_term(term: str) -> bool:
    """Does the term only say how a drink is served ("on tap", "taproom", "pints")?"""
    words = re.sub(r"[\s\-\u2010\u2011]+", " ", term.lower()).strip()
    return words in _roles().serving_terms


def soft_drink(text: str) -> str:
    """The first drink the text names that is not alcoholic ("kombucha", "root beer"), or ""
    ("hard kombucha" is alcoholic)."""
    for match in _roles().soft_drinks.finditer(text):
        if not match.group("alcoholic"):
            return match.group("drink")
    return ""


def _won_by_skill(text: str, start: int, end: int, context: str | None) -> bool:
    """Is the term in a paragraph that says its contest is won by skill, not chance?

    "Free to play, no purchase necessary. Winning team gets a $50 gift card. Pure knowledge -
    no luck involved." (a trivia night): a sweepstakes gives a prize by chance, and a contest
    the paragraph says is decided by skill ("a game of skill") or without chance ("no luck
    involved", "not a game of chance") is none. The paragraph is the term's line of the page
    (its sentence alone when the page is not given); a paragraph that names a game of chance
    ("sweepstakes", "raffle", "drawing") keeps its kind, and "no chance to win" denies no
    chance.
    """
    roles = _roles()
    paragraph = text
    if context:
        sentence = text.strip()
        at = context.find(sentence) if sentence else -1
        if at >= 0:
            low = context.rfind("\n", 0, at) + 1
            high = context.find("\n", at + len(sentence))
            paragraph = context[low : high if high >= 0 else len(context)]
    if not roles.skill_decides.search(paragraph):
        return False
    # the paragraph names no game of chance but in its denials ("no drawing involved")
    return not roles.chance_names.search(roles.skill_decides.sub(" ", paragraph))


def tapped_goods(text: str) -> str:
    """The first liquid the text names that is sold from a tap but is not a drink, or "".

    A refill shop's "dish soap, shampoo and conditioner are all on tap" and an oil and vinegar
    store's "twenty olive oils on tap" pour goods: "on tap" says how they are sold, the goods
    say what. A sentence that also names an alcoholic drink ("wine and olive oil on tap") still
    pours it (`_poured_drink` reads the drinks first).
    """
    match = _roles().tapped_goods.search(text)
    return match.group() if match else ""


def taps_goods(text: str) -> str:
    """The goods that are not drinks which the text's taps pour ("soap" of "dish soap is on
    tap"), or "": a serving word and such goods in one sentence, and no drink of a serving
    category (analyzers/content/scoring.py lets the page's other serving words, a heading's
    "What's on tap", take their kind from it)."""
    roles = _roles()
    for low, high in sentence_spans(text):
        sentence = text[low:high]
        goods = tapped_goods(sentence)
        if goods and any(
            re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", sentence, re.IGNORECASE)
            for term in roles.serving_terms
        ):
            return goods
    return ""


def _poured_drink(
    text: str,
    start: int,
    end: int,
    category: str,
    terms: Sequence[tuple[int, int]],
    context: str | None,
) -> str:
    """The drink that is not alcoholic which a serving word pours, or "".

    "On tap", "taproom", "pints" and "growler" say how a drink is served, not which drink:
    what is on tap decides. The word takes its kind from the drinks its sentence names: in "a
    taproom where we brew kombucha, water kefir and shrubs" and "root beer on tap" it pours
    them, in "12 beers on tap" and "kombucha and pints of IPA on tap" it pours alcohol (another
    term of the category that still counts), and a drink the sentence says is without alcohol
    ("non-alcoholic IPA on tap") is not alcoholic, and goods that are not drinks ("dish soap
    and shampoo are all on tap", `tapped_goods`) are poured from a refill shop's taps. A
    sentence that names no drink ("New on tap: Blood Orange & Hibiscus") is left to the
    business's name or to what the page's other taps pour (scoring.py).
    """
    if not is_serving_term(text[start:end]):
        return ""
    low, high = next(((s, e) for s, e in sentence_spans(text) if s <= start < e), (0, len(text)))
    drinks = [(s, e) for s, e in terms if not is_serving_term(text[s:e])]
    denied = ""
    for other_start, other_end in drinks:
        if not low <= other_start < high:
            continue
        # read among the drinks only, so no other serving word is read back from here
        reason = other_meaning(text, other_start, other_end, category, drinks, context=context)
        if not reason:
            return ""  # an alcoholic drink is named: "12 beers on tap"
        if reason == ABSENT:
            denied = denied or text[other_start:other_end]
    sentence = text[low:high]
    return (
        soft_drink(sentence)
        or tapped_goods(sentence)
        or (f"non-alcoholic {denied}" if denied else "")
    )


def _said_to_be_soft(text: str, start: int, end: int) -> bool:
    """Is the term the end of a subject that the text says is a drink without alcohol?

    'No alcohol is served; our "espresso martini" is a mocktail of cold brew, vanilla and
    tonic': a coffee bar names a drink after a cocktail, and the copula says what it is. The
    term must end the subject (a closing quote may follow it) and the soft drink or the
    denying modifier must head the complement: "our espresso martini is made with vodka",
    "the sangria is a lemonade cocktail" and "the punch is a spiked lemonade" still pour
    alcohol.
    """
    match = _roles().said_soft.match(text, end)
    if match is None:
        return False
    soft = _roles().soft_drinks.search(match.group())
    return soft is None or not soft.group("alcoholic")


def _after_closing_quote(text: str, start: int, end: int) -> int:
    """Where the term's phrase goes on: after its closing quote when the term is quoted.

    Quotes around a modifier mark it as a name given to the noun after it: a cooperage's
    '"whiskey" stain' is a colour of stain, a '"Merlot" colorway' a colour. The noun after the
    quote is still the head; an unquoted term's phrase starts right after it.
    """
    if start > 0 and text[start - 1] in _QUOTE and text[end : end + 1] in _QUOTE and text[end:]:
        return end + 1
    return end


def _shared_head(
    text: str,
    words: list[tuple[int, int, str]],
    category: str,
    terms: Sequence[tuple[int, int]],
    context: str | None,
) -> str:
    """The role of a term that shares its head with the next one: "bourbon and wine barrels",
    "ex-rum or whiskey casks". Coordinated modifiers modify the same noun, so the first term is
    what the second is ("barrels" is the head of both); "bourbon and wine makers" stays drinks.
    """
    if len(words) < 2 or words[0][2].lower() not in ("and", "or"):
        return ""
    following = next(((s, e) for s, e in terms if s == words[1][0]), None)
    if following is None:
        return ""
    return other_meaning(text, *following, category, terms, context=context)


def _weapon_modifies(
    text: str,
    start: int,
    term: str,
    words: list[tuple[int, int, str]],
    terms: Sequence[tuple[int, int]],
) -> str:
    """The head noun a bare singular weapon word modifies, where that head is no weapon's, or "".

    "Our conditioning block includes pistol squats": a singular noun before another noun is its
    modifier, and the head says what the thing is (an exercise; a "shotgun wedding" is a
    wedding, a "gun dog" a dog). A head of the trade's own ("pistol permit", "rifle rentals",
    "handgun safety") keeps the weapon, and so does a phrase that goes on into another term.
    A word ending in -ed is a participle, not a head ("pistol-mounted lights", "the rifle
    jammed"); after a determiner the weapon word may head its own phrase and the next word be
    its verb ("each pistol comes with two magazines"): there a word ending in -s is not read as
    a head. A plural ("pistols ship free") is never a modifier.
    """
    roles = _roles()
    if term.lower() not in roles.weapon_terms or not words:
        return ""
    head_start, _head_end, head = words[0]
    lowered = head.lower()
    if (
        lowered in _PHRASE_BREAKS
        or lowered in roles.weapon_not_heads
        or lowered in roles.weapon_heads
        or lowered.endswith(("ly", "ed"))  # an adverb, or a participle: "pistol-mounted"
        or (term.islower() and not head.islower())  # "rifle Saturday": a name follows
        or any(s == head_start for s, _e in terms)  # goes on into another term
    ):
        return ""
    previous = re.findall(r"[^\W\d_][\w'\u2019]*", _line_before(text, start)[-30:])
    if previous and previous[-1].lower() in roles.weapon_determiners:
        if re.search(r"(?<!s)s$", lowered):
            return ""  # "each pistol comes with two magazines": maybe the verb
    return head


def _is_scent_name(term: str, name: list[tuple[int, int, str]], whole: str) -> bool:
    """Is the term the first word of a capitalised product name on a page that sells scented
    goods (blind round 28)? A candle shop names its scents after drinks ("Mojito Mint",
    "Champagne Pear", "Red Wine Fig"): the drink word modifies the name's head, a fruit or an
    herb that no list of scent words can hold, and the page's product (a candle, soy wax, a
    wick) says what the named thing is. Only a name of two capitalised words or more: a bare
    "Champagne" may be the bottle. Not where the page also sells or pours a drink ("a bottle of
    Pinot Noir" in a gift box, "750 ml", "wine list"), and never a name that goes on into
    another term ("Bourbon Barrel Stout", checked by the caller)."""
    return term[:1].isupper() and bool(name) and sells_scented_goods(whole)


# what may stand before a name alone on its line (a list's bullet) and after it (an aside in
# brackets: "Merlot (bridesmaid)")
_LINE_BULLET = re.compile(r"[-*\u2022\u00b7\u2013\u2014]?")
_LINE_ASIDE = re.compile(r"(?:\([^()\n]*\))?")


# the rest of a product's title after the drink word that begins it: capitalised words, the
# small words a title keeps in lower case between them ("IPA Lot of Love", "Stout Hearted")
_TITLE_REST = re.compile(
    r"(?:[ \t\u00a0]+(?:[A-Z][\w'\u2019]*|of|the|a|an|and|in|on|to|for|&)){1,4}"
)


def _is_style_name(
    text: str, start: int, end: int, whole: str, terms: Sequence[tuple[int, int]] = ()
) -> bool:
    """Is the capitalised term a name standing by itself on a page that sells goods named by
    colour or style (blind round 31)? A bridal shop names its gowns after drinks: 'The
    "Champagne" — a bias-cut slip gown', a price table whose cells read "Champagne",
    "Merlot (bridesmaid)". A name stands by itself where quotes enclose just the term, or the
    term is all its line holds (a table cell, a list item; a bullet before it, an aside in
    brackets after it). The page's goods say what the name is (`sells_named_goods`): a gown,
    a swatch, paint, a candle, a T-shirt, and nothing that pours a drink. A wine bar's
    "Merlot" cell, "a glass of Merlot with dinner" and "our wine list: Merlot, Chardonnay"
    stay the drink.

    The line may also be a product's title that the term begins (blind round 32, a T-shirt
    shop's design "IPA Lot of Love", a price and a fabric on the lines below): the words after
    the term are the rest of the title (capitalised, "of" and the like between), so the drink
    word modifies the design's name and is not its head. A title the term ends ("Hazy IPA")
    names the drink, and so does one that goes on into another term ("Bourbon Barrel Stout").
    """
    if not text[start : start + 1].isupper():
        return False
    quoted = start > 0 and text[start - 1] in _QUOTE and text[end : end + 1] in _QUOTE
    if not quoted:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = len(text) if text.find("\n", end) < 0 else text.find("\n", end)
        before = text[line_start:start].strip()
        title = _TITLE_REST.match(text, end, line_end)
        after_name = title.end() if title and not _goes_on(terms, end, title.end()) else end
        after = text[after_name:line_end].strip()
        if not (_LINE_BULLET.fullmatch(before) and _LINE_ASIDE.fullmatch(after)):
            return False
    return sells_named_goods(whole)


def _goes_on(terms: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Does another term start between start and end ("Bourbon Barrel Stout")?"""
    return any(start <= s < end for s, _e in terms)


# a list of one-word items after the term and the noun they all modify: ", ivory and blush
# shades", " or navy tones"
_COORDINATED = re.compile(
    r"(?:(?:\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+)([^\W\d_]+)){1,4}\s+([^\W\d_]+)",
    re.IGNORECASE,
)


def _coordinated_colour_head(text: str, end: int) -> str:
    """The head noun of a list of colours the term is the first item of, or "".

    "Our champagne, ivory and blush shades photograph differently": coordinated modifiers
    share the noun after the last one, and the noun is a colour or a good that is no drink
    ("shades", "silk"). Only where another item is a plain colour ("ivory", "navy"): in
    "wine, beer and cocktail shakers" the list names drinks.
    """
    found = _COORDINATED.match(text, end)
    if found is None:
        return ""
    roles = _roles()
    items = re.findall(r"[^\W\d_]+", text[end : found.start(2)])
    items = [w.lower() for w in items if w.lower() not in ("and", "or")]
    head = found.group(2).lower()
    if head in roles.heads and any(item in roles.colours for item in items):
        return found.group(2)
    return ""


# a capitalised name the term begins (" Lime"), the names coordinated with it (" and Sangria
# Red"), then the lower-case noun phrase they all modify (" pool floats")
_NAMES_BEFORE_NOUN = re.compile(
    r"(?:[ \t\u00a0]+[A-Z][\w'\u2019]*){1,2}"
    r"(?:(?:\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+)[A-Z][\w'\u2019]*"
    r"(?:[ \t\u00a0]+[A-Z][\w'\u2019]*){0,2}){0,3}"
    r"((?:[ \t\u00a0]+[a-z][\w'\u2019-]*){1,3})"
)


def _named_goods_head(text: str, start: int, end: int, terms: Sequence[tuple[int, int]]) -> int:
    """Where the lower-case noun a capitalised name the term begins modifies ends, where that
    noun is a good that no drink is (`variant.heads`), or 0.

    "20% off all Margarita Lime and Sangria Red pool floats" (blind round 32, a pool supply's
    sample): a name of capitalised words before a lower-case noun is the name of a colour or
    style of that noun, and coordinated names share it ("floats" is the head of both). The
    same holds on a page and in a sample, since it is read from the phrase alone. Not where
    the noun phrase is another term or a drink's ("Bourbon Barrel stout", "Margarita Lime
    pitchers"), and not a bare term before the noun: that is `_phrase`'s reading.
    """
    if not text[start : start + 1].isupper():
        return 0
    found = _NAMES_BEFORE_NOUN.match(text, end)
    if found is None:
        return 0
    noun = []
    for word in re.finditer(r"\S+", found.group(1)):
        if word.group().lower() in _PHRASE_BREAKS:
            break
        noun.append(word)
    if not noun or _goes_on(terms, found.start(1), found.end(1)):
        return 0
    head = noun[-1]
    return found.start(1) + head.end() if head.group().lower() in _roles().heads else 0


def _is_referred_away(text: str, start: int, end: int) -> bool:
    """Is the term what a sentence sends the reader to another business for (blind round 31)?

    A knife sharpener writes "For rifle or pistol work, see a licensed gunsmith.": the verb
    sends the reader elsewhere, so the gunsmith (its object) and the rifle work (what the
    fronted "For ..." asks for) are what this business does not do. So do "please visit a gun
    shop" and "contact your local dealer". Where the object is the business's own ("see our
    in-house gunsmith", "bring your rifle to our gunsmith counter"), it does the work itself.
    """
    roles = _roles()
    line = _line_before(text, start)
    if roles.referred_object.search(line):
        return True
    clause = re.split(r"[.!?;:\u2013\u2014]", line)[-1]
    if not re.fullmatch(r"\s*for\s+(?:[\w'\u2019/&-]+,?\s+){0,5}", clause, re.IGNORECASE):
        return False
    return bool(roles.referring_clause.match(text, end))


def _through_outside_lender(text: str, start: int, end: int) -> bool:
    """Is the financing the term names offered through a lender the text marks as another
    business (blind round 36, an HVAC contractor)? "Financing available on new systems through
    our partner lender, <Lender>" and "apply for financing through <Lender>, an independent
    lender": the seller points to another business's loan; it lends nothing. Only the seller's
    "financing" terms, and only in the term's own clause: "financing through our in-house
    lending team", "we finance boats" and a "refund advance made by our bank partner" (a loan
    product the tax office sells) are still the business's.
    """
    roles = _roles()
    if not roles.financing_word.search(text, start, end):
        return False
    clause = re.split(r"[.;:!?\n]", text[end:], maxsplit=1)[0]
    return bool(roles.through_outside_lender.search(clause))


def _is_store(term: str, words: list[tuple[int, int, str]]) -> bool:
    """Is the term a bare lower-case drink word modifying the room or cabinet that stores it:
    "alerts when the monitored wine room gets warm", "a climate-controlled wine closet"? The
    modifier says what the room holds, as "wine rack" does; nobody is served there. Not a
    capitalised name ("The Wine Room" is often a bar), and not a term that already names a
    serving ("wine tasting room" is where a winery pours)."""
    if not words or not term.isalpha() or not term.islower():
        return False
    return words[0][2] in _roles().stores


def _phrase(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The words of the term's own phrase: up to a word that starts another ("and", "is")."""
    phrase = []
    for word in words[:_MAX_NAME_WORDS]:
        if word[2].lower() in _PHRASE_BREAKS:
            break
        phrase.append(word)
    return phrase


def _next_words(
    text: str, end: int, limit: int = _MAX_NAME_WORDS + 1
) -> list[tuple[int, int, str]]:
    """(start, end, word) of the words right after `end`, joined by spaces or hyphens only."""
    words: list[tuple[int, int, str]] = []
    position = end
    while len(words) < limit:
        match = _NEXT_WORD.match(text, position)
        if match is None:
            break
        words.append((match.start(1), match.end(1), match.group(1)))
        position = match.end()
    return words


def _leading_capitalised(words: list[tuple[int, int, str]]):
    for word in words:
        if not word[2][:1].isupper():
            return
        yield word


# "X, not the Y" corrects a reading: "named for the colour, not the cocktail", "it's the
# shade, not a wine", and so does an aside: "kits for brewing kombucha (not beer - people
# ask)", "kombucha — not beer"; the term is what the thing is not (the clause before it is
# not denied)
_DENIED = re.compile(
    r"(?:[,;(\u2013\u2014]|\s-)\s*(?:and\s+|but\s+)?not\s+(?:the\s+|a\s+|an\s+|any\s+)?$",
    re.IGNORECASE,
)


def _is_denied(text: str, start: int) -> bool:
    return bool(_DENIED.search(text[max(0, start - _LOOK_BACK) : start]))


def _is_ingredient(text: str, start: int, end: int) -> bool:
    """ "Short ribs braised in red wine": a drink after a cooking verb and "in" or "with" is
    what a dish is cooked in. So is a drink that is the subject of a cooking verb: "our rum
    cake (the rum is baked off)", "the wine cooks down": the drink is what is cooked, not
    poured. "Our rum is aged in oak" names no cooking."""
    before = text[max(0, start - _LOOK_BACK) : start]
    roles = _roles()
    return bool(
        roles.ingredient.search(before.rsplit("\n", 1)[-1]) or roles.cooked_after.match(text, end)
    )


def _is_place_name(
    term: str, words: list[tuple[int, int, str]], terms: Sequence[tuple[int, int]]
) -> bool:
    """Is the capitalised term the first word of a place's name: "Bourbon County families",
    "Brandy Station", "Rum Creek Road"? The place noun after it is the head, as a street
    suffix is ("Gin Lane"). Not where the capitalised name goes on into another term of the
    category: "Bourbon County Brand Stout" names a beer.
    """
    if not (words and term[:1].isupper() and words[0][2] in _roles().places):
        return False
    name = list(_leading_capitalised(words))
    return not any(s == word[0] for word in name for s, _e in terms)


def _is_building(text: str, start: int, term: str, words: list[tuple[int, int, str]]) -> bool:
    """Is the term a capitalised building name: "at the Armory", "Armory Square"? A lower-case
    "our armory" (a shop's gun room) or "Shop the Armory" (a store's name) is not."""
    roles = _roles()
    if term.lower() not in roles.buildings or not term[:1].isupper():
        return False
    if words and words[0][2] in roles.building_places:
        return True
    line = text[max(0, start - _LOOK_BACK) : start].rsplit("\n", 1)[-1]
    return bool(roles.after_place_preposition.search(line))


# a negated verb of use and its preposition: "are not used for ", "will never be used as "
_DENIED_USE = re.compile(
    r"(?:\bnot|\bnever|n['\u2019]t)\s+(?:be\s+|been\s+|being\s+)?"
    r"(?:used|utilized|intended|meant|designed)\s+(?:for|as)\s+",
    re.IGNORECASE,
)
# the items of the list the denied preposition governs: short noun phrases
_USE_ITEM = re.compile(r"\s*(?:,\s*(?:(?:or|and|nor)\s+)?|\s+(?:or|and|nor)\s+)")
_MAX_USE_ITEM_WORDS = 4  # "promotional blasts", "third-party lead generation"


def _denied_use(text: str, start: int, end: int) -> bool:
    """Is the term an item of what a negated verb of use governs (blind round 36, an app's SMS
    page: "SMS messages ... are not used for promotional blasts or third-party lead
    generation")? The negation governs the verb, and the verb's "for" phrase is the use denied:
    each item of its coordinated list, up to the term, and the term ends its own item. Not
    what follows another clause ("not used for ads, but we sell leads") nor an item that goes
    on past the term ("not used for lead generation forms" denies the forms).
    """
    line = _line_before(text, start)
    denials = list(_DENIED_USE.finditer(line))
    if not denials:
        return False
    governed = line[denials[-1].end() :]
    if re.search(r"[.;:!?()]|\b(?:but|except|however)\b", governed, re.IGNORECASE):
        return False
    if any(len(item.split()) > _MAX_USE_ITEM_WORDS for item in _USE_ITEM.split(governed)):
        return False
    return bool(re.match(r"\s*(?:[,.;:!?)]|$)|\s+(?:or|and|nor)\b", text[end : end + 12]))


def _is_namesake(text: str, start: int) -> bool:
    before = text[max(0, start - _LOOK_BACK) : start]
    line = before.rsplit("\n", 1)[-1]
    return bool(_roles().namesake.search(line))


def _past_use(text: str, start: int, end: int, term: str) -> str:
    """Does the term name a theme or what a place or thing once was, not what is sold now?

    "A brewery-themed bakery" (the term makes a theme: decor), "a row of former beer taps",
    "in the former Millrace Taproom building" (a former use), "housed in an old taproom" (a
    premises word after a preposition of place, an article and "old", "converted", ...). The
    building where a bakery stands once poured beer; the bakery does not. "A bakery that also
    pours beer", "our taproom", "in our historic taproom" (the business's own premises) and
    "Old Fashioned" (capitalised, no place preposition) stay what they say.
    """
    roles = _roles()
    if roles.theme_after.match(text, end):
        return f'the theme of a place\'s decor ("{text[start:end]}-themed")'
    line = _line_before(text, start)
    if roles.former_before.search(line):
        return "what a place or thing used to be"
    if term.lower() in roles.premises and roles.old_premises_before.search(line):
        return "the building a business is housed in, once used for that"
    return ""


def _line_before(text: str, start: int) -> str:
    return text[max(0, start - _LOOK_BACK) : start].rsplit("\n", 1)[-1]


# a suffix joined to the term by a hyphen that makes the word mean "without it": "Champagne-free
# toast", "booze-free bar", "a Gin-less Gimlet" (a gimlet made without gin)
_DENYING_SUFFIX = re.compile(r"[-\u2010\u2011](?:free|less)\b", re.IGNORECASE)
# the same compound before the term, as a modifier of its noun phrase: "Rum-less mojito",
# "booze-free brunch cocktails"; the compound ends where the suffix does
_SUFFIX_MODIFIER = re.compile(
    r"[-\u2010\u2011](?:free|less)\s+(?:(?!(?:"
    + "|".join(sorted(_PHRASE_BREAKS))
    + r")\b)[\w'\u2019-]+\s+){0,2}$",
    re.IGNORECASE,
)


# a negated auxiliary that ends the term's clause, its verb left out as said before it (blind
# round 36, a barbecue named after the cigar-box factory it occupies: "The name stuck; the
# tobacco didn't."): the term is the subject of a denied verb, so it is not there. Only where
# the auxiliary ends the clause: "the cigars don't last long" says something of cigars sold
_ELLIPTICAL_DENIAL = re.compile(
    r"\s+(?:did|does|do|is|are|was|were|has|have|had|will|would)"
    r"(?:n['\u2019]t|\s+not)\s*(?:[.;!?)\u2013\u2014]|$)",
    re.IGNORECASE,
)


def _under_denying_compound(text: str, start: int, terms: Sequence[tuple[int, int]]) -> bool:
    """Is the term the head of a noun phrase that a "<substance>-free" or "<substance>-less"
    compound modifies? "Rum-less mojito", "booze-free brunch cocktails": the compound says the
    drink is made without the substance, as "alcohol-free" does. Only where the compound's
    first part is itself a term of a restricted substance: "sugar-free cocktails" and "a
    gluten-free beer" still are the drinks."""
    found = _SUFFIX_MODIFIER.search(text, 0, start)
    return found is not None and any(end == found.start() for _s, end in terms)


def _is_absent(text: str, start: int, end: int, terms: Sequence[tuple[int, int]] = ()) -> bool:
    """ "no alcohol", "without champagne", "non-alcoholic sparkling wine", "Champagne-free
    toast", "Gin-less Gimlet", "Rum-less mojito", "Alcohol free": the words deny the thing they
    govern, so the term names what is not there. A "non-" before the term denies the term
    itself ("non-alcoholic" is no "alcoholic"), and so does a modifier the term begins
    ("alcohol free"; "Champagne free with brunch" is not one: it is on the house).

    Only the noun phrase they govern, never the whole sentence: in "We serve non-alcoholic
    cider and a full wine list" the modifier governs "cider", and the wine list still counts.

    A "no" or "without" before a coordinated list governs every item: in "no hemp, CBD or THC
    ingredients" CBD and THC are as absent as hemp (`_denied_list_item`). Only a list closed by
    "and", "or" or "nor": in "no THC, CBD only" the comma starts a new phrase, and the CBD is
    there.
    """
    if _DENYING_SUFFIX.match(text, end) or _under_denying_compound(text, start, terms):
        return True
    if _ELLIPTICAL_DENIAL.match(text, end):
        return True  # "The name stuck; the tobacco didn't."
    roles = _roles()
    if roles.denial_modifier.match(text, start):
        return True  # the term begins a denying modifier: "alcohol free", "THC free"
    if roles.denial_before.search(_line_before(text, start)):
        return True
    return _closed_list(text, start, end, terms) and _denied_list_item(
        text, start, terms, roles.list_denial_before
    )


# where a clause of items starts (a colon, a dash, a semicolon) and where a sentence ends
_CLAUSE_START = re.compile(r"[:;\u2013\u2014\n]|\s-\s|[.!?](?=\s)")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
# what separates the items of a list: a comma, "and", "or", "nor", "&"
_ITEM_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|or|nor|&)\s+)?|\s+(?:and|or|nor|&)\s+(?!no\b)")
_MAX_DENIED_MODIFIERS = 2  # "no used firearms", "no black powder rifles"
_OR_JOINT = re.compile(r"\b(?:or|nor)\b", re.IGNORECASE)


def _in_denied_list(text: str, start: int, end: int, terms: Sequence[tuple[int, int]]) -> bool:
    """Is the term an item of a clause that is nothing but a list of "no X" items (blind round
    32, an archery shop's "no firearms, no ammunition, no rifle scopes")? Read in
    roles.yaml's `denied_list`: the list runs from where its clause starts to the end of its
    sentence (never a question: "No firearms? No problem"), every item opens with the denying
    word or is a term of the category (governed by the "no" before it), and the term ends its
    own item: in "no FFL transfer fees on rifles" the "no" governs the fee. A list that "or" or
    "nor" closes is one object of the "no" that opens it, so its bare items are denied too
    (blind round 34, a bow-only range: "no firearms, crossbow bolts with broadheads, or airsoft
    on the premises"); a comma or "and" may start a new phrase ("no waiting, rifles in stock").
    """
    before = list(_CLAUSE_START.finditer(text, 0, start))
    clause_start = before[-1].end() if before else 0
    after = _SENTENCE_END.search(text, end)
    if after is not None and after.group() == "?":
        return False
    clause_end = after.start() if after else len(text)
    bounds, position, closing = [], clause_start, ""
    for separator in _ITEM_SEPARATOR.finditer(text, clause_start, clause_end):
        bounds.append((position, separator.start()))
        position, closing = separator.end(), separator.group()
    bounds.append((position, clause_end))
    # "no firearms, crossbow bolts or airsoft": an "or" list is one object the "no" governs
    either = bool(_OR_JOINT.search(closing))
    denial = _roles().list_denial_word
    denied = False  # has an item opened with the denying word yet?
    for item_start, item_end in bounds:
        item = text[item_start:item_end]
        item_start += len(item) - len(item.lstrip())  # the item's words, without the spaces
        item_end = item_start + len(item.strip())
        opens = denial.match(text, item_start, item_end)
        if opens is None and not (denied and ((item_start, item_end) in terms or either)):
            return False  # "We sell rifles, no questions asked": an item denies nothing
        denied = True
        if not item_start <= start < item_end:
            continue
        if opens is None:
            return True  # "no rifles or ammunition": the "no" before governs a bare term
        if end != item_end:
            return False  # the term does not end its item: "no FFL transfer fees on rifles"
        between = text[opens.end() : start].split()
        if len(between) > _MAX_DENIED_MODIFIERS or _PHRASE_BREAKS & {w.lower() for w in between}:
            return False  # "no fees on rifles": the "no" governs another noun
    return True


def _is_not_offered(text: str, start: int, end: int, terms: Sequence[tuple[int, int]]) -> bool:
    """ "We don't make loans", "there are no payday-style cash advances here", "we are not a
    payday lender", "No loans.", "pawn-free": the denial governs the service it names, so a
    jewelry buyer who says what it is not does not offer it.

    Only where the term ends its phrase, or its phrase ends in another of the category's terms
    ("no payday-style cash advances"): in "no loan origination fees" the denial governs the
    fee, and the loan is still offered; and never a bare "no" with other words between ("no
    fax payday loans" is the lender's selling point).
    """
    roles = _roles()
    if re.match(r"[-\u2010\u2011]free\b", text[end : end + 6], re.IGNORECASE):
        return True
    if _denied_kind_of_business(text, start, end, terms):
        return True
    if not (
        roles.offer_denial_before.search(_line_before(text, start))
        or _denied_list_item(text, start, terms)
    ):
        return False
    phrase_end = end
    for word in _next_words(text, end):
        if word[2].lower() in roles.phrase_ends:
            break
        phrase_end = word[1]
    return phrase_end == end or any(end < s and e == phrase_end for s, e in terms)


# "not a ", "isn't an ", "never any ": a denial of what the business is, before a noun phrase
_KIND_DENIAL = re.compile(
    r"(?:\bnot|\bnever|n['\u2019]t)\s+(?:an?|any)\s+((?:[\w'\u2019&/-]+,?\s+){0,6})$", re.IGNORECASE
)
# words that end a noun phrase (a clause, a preposition, a person) before its head is reached
_NOT_IN_KIND = (_PHRASE_BREAKS - {"and", "or", "nor"}) | frozenset(
    "but we i you they he she it us".split()
)
# a restrictive clause after the head: "not a debt relief company that leaves you on hold"
# says which debt relief company it is not, and it still is one
_RESTRICTIVE = frozenset("that who which whose where like".split())


def _denied_kind_of_business(
    text: str, start: int, end: int, terms: Sequence[tuple[int, int]]
) -> bool:
    """ "We are not a tax debt relief or debt settlement company": the business denies being a
    company of that kind, and the denial governs the whole noun phrase up to its head (a kind
    of business: "company", "firm", "service"), so every term in it is denied, the one that
    ends it or not.

    Only a noun phrase that opens with the category's terms ("not a typical debt relief
    company" is one, of another style), whose words up to the head are modifiers and list
    joints (never "but", "we", a preposition), and whose head no restrictive clause follows
    ("not a debt relief company that leaves you on hold" still is one).
    """
    found = _KIND_DENIAL.search(_line_before(text, start))
    if found is None:
        return False
    kind_start = start - len(found.group(1))
    if kind_start != start and not any(s == kind_start for s, _e in terms):
        return False  # "not a typical debt relief company": the denial governs "typical"
    tail = re.match(r"[\w'\u2019&/, \t-]*", text[end:]).group()
    before = re.findall(r"[\w'\u2019&/-]+", found.group(1))
    after = re.findall(r"[\w'\u2019&/-]+", tail)
    heads = _roles().business_heads
    for index, word in enumerate(after[:8]):
        if word.lower() in heads:
            following = after[index + 1 : index + 2]
            between = before + after[:index]
            return not any(w.lower() in _NOT_IN_KIND for w in between) and not (
                following and following[0].lower() in _RESTRICTIVE
            )
    return False


_LIST_LOOK_BACK = 240  # characters before a term in which its list's denial is looked for
_MAX_LIST_ITEMS = 8
# what joins two items of a list: ", ", ", or ", " and ", " or ", " nor "
_LIST_SEPARATOR = re.compile(r"(?:\s*,\s*(?:(?:and|or|nor|&)\s+)?|\s+(?:and|or|nor|&)\s+)$")
# the same separator at the start of the text after an item, and the words that close a list
_NEXT_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|or|nor|&)\s+)?|\s+(?:and|or|nor|&)\s+")
# a verb's auxiliary: after a list's last item it says the list was the subject of a clause
_AUXILIARIES = frozenset(
    "is are was were will would can could may might must should shall has have had do does did "
    "gets get".split()
)
_CONJUNCTION = re.compile(r"\b(?:and|or|nor)\b|&")
# a list's last item that sums up the others: "or any other kind of loan", "or other advances"
_GENERAL_ITEM = re.compile(
    r"(?<=[\s,])(?:any\s+)?other\s+(?:(?:kind|kinds|type|types|sort|sorts|form|forms)\s+of\s+)?$",
    re.IGNORECASE,
)


def _closed_list(text: str, start: int, end: int, terms: Sequence[tuple[int, int]]) -> bool:
    """Is the term an item of a list of the category's terms that "and", "or" or "nor" closes
    and that ends its noun phrase: "hemp, CBD or THC (ingredients)", for each of the three?

    Not "THC, CBD" alone (the comma starts a new phrase), and not where an auxiliary follows
    the last item of an "and" list: in "no alcohol and wine is served" the "and" may join two
    clauses. An "or" or "nor" list before its verb is one subject: "No alcohol or tobacco is
    allowed on the bus" denies both.
    """
    joints: list[str] = []
    before = _LIST_SEPARATOR.search(text, max(0, start - 12), start)
    if before:
        joints += _CONJUNCTION.findall(before.group())
    position = end
    for _ in range(_MAX_LIST_ITEMS):
        after = _NEXT_SEPARATOR.match(text, position)
        following = (
            next((e for s, e in terms if s == after.end()), None) if after is not None else None
        )
        if following is None:
            break
        joints += _CONJUNCTION.findall(after.group())
        position = following
    if not joints:
        return False
    following_words = _next_words(text, position, 1)
    clause_follows = following_words and following_words[0][2].lower() in _AUXILIARIES
    return not (clause_follows and not {"or", "nor"} & {j.lower() for j in joints})


def _denied_list_item(
    text: str,
    start: int,
    terms: Sequence[tuple[int, int]],
    denial: re.Pattern[str] | None = None,
) -> bool:
    """Is the term an item of a list of the category's terms that a denial governs?

    "We do not make title loans, payday loans, cash advances or any other kind of loan": the
    denied verb's object is the whole list, so each item (and the item that sums them up,
    "any other kind of loan") is denied as the first is. Only a list whose items are all terms
    of the category: in "We do not make you wait, payday loans in minutes" the denial governs
    "you", and the loans are offered. `denial` is what must end the text before the list's
    first item: a denied offer by default, "no" or "without" for a substance.
    """
    denial = denial or _roles().offer_denial_before
    line_start = max(text.rfind("\n", 0, start) + 1, start - _LIST_LOOK_BACK)
    position = start
    general = _GENERAL_ITEM.search(text, line_start, position)
    if general:
        position = general.start()
    for _ in range(_MAX_LIST_ITEMS):
        separator = _LIST_SEPARATOR.search(text, line_start, position)
        if separator is None:
            return False
        item = next((s for s, e in terms if e == separator.start() and s >= line_start), None)
        if item is None:
            return False
        position = item
        if denial.search(text[line_start:position]):
            return True
    return False


_COLOUR_LOOK_BACK = 160  # a label's list runs longer than a phrase: "colour bar: ..., "
# what ends the clause a list of names stands in: sentence marks, brackets, dashes, a new line
_CLAUSE_MARK = re.compile(r"[.;:!?()\[\]|\n\u2013\u2014]")
_LIST_SPLIT = re.compile(r"\s*(?:,|&|/|\band\b|\bor\b)\s*", re.IGNORECASE)
_MAX_NAME_ITEM_WORDS = 3  # "Harbour Grey", "Champagne Toast": a list of names, not of phrases


def _in_colour_list(text: str, start: int, end: int, context: str | None = None) -> bool:
    """Is the term an item of a list of colours? A boutique's "Champagne, Ink" under a dress,
    a nail studio's "colour bar: Merlot, Champagne Toast, Sage and Glazed Donut": the list
    names shades, and the drink word is one of them. The list may end a longer phrase and be
    followed by another clause (`_list_around`): "gowns in ivory, blush, champagne and true
    white, and every gown is altered in-house".

    A colour word labels the list ("Colours:", "this season's shades:", "Colour names are our
    own; Champagne is a pale gold, Merlot a deep red"), or another item of a short list of
    names (every item three words at most) ends in a plain colour ("Ink", "Navy", "Harbour
    Grey"). "Merlot, Cabernet, Pinot Noir by the glass" names no colour; "red, white or rosé"
    names wines, and "gin, sage and tonic" an ingredient: those colours are not in the list
    (`_roles.yaml`, colour_list). A colour that also names an ingredient ("Olive", "Sage")
    counts where the whole text (`context`) names a material that comes in colours: a leather
    strap in "Olive or tobacco" (blind round 28).
    """
    roles = _roles()
    before = text[max(0, start - _COLOUR_LOOK_BACK) : start].rsplit("\n", 1)[-1]
    if roles.colour_label.search(before):
        return True
    marks = list(_CLAUSE_MARK.finditer(text, 0, start))
    low = marks[-1].end() if marks else 0
    following = _CLAUSE_MARK.search(text, end)
    high = following.start() if following else len(text)
    items = _list_around(text[low:high], start - low)
    if len(items) < 2:
        return False
    own = text[start:end].lower()
    colours = roles.colours
    if roles.materials.search(text if context is None else context):
        colours = colours | roles.material_colours
    return any(item.split()[-1].lower() in colours and own not in item.lower() for item in items)


def _list_around(clause: str, at: int) -> list[str]:
    """The items of the list of short names that the word at `clause[at]` stands in.

    A list of names is often the end of a longer phrase and followed by another clause: "gowns
    from twenty designers in ivory, blush, champagne and true white, and every gown is altered
    in-house" (blind round 34) lists four colours. The list runs from the term's item out to
    the nearest long item (more than three words) on each side; a long item before it gives
    its last word, which the list's first item is ("in ivory"), and a long item after it is
    another clause. The term's own item must be short: "Merlot, Cabernet, Pinot Noir by the
    glass" is a list, "we pour wine from the valley, beer and cider" has no short drink item
    for "wine" to stand in.
    """
    spans, position = [], 0
    for separator in _LIST_SPLIT.finditer(clause):
        spans.append((position, separator.start()))
        position = separator.end()
    spans.append((position, len(clause)))
    spans = [(s, e) for s, e in spans if clause[s:e].strip()]
    own = next((i for i, (s, e) in enumerate(spans) if s <= at < e), None)
    if own is None or len(clause[slice(*spans[own])].split()) > _MAX_NAME_ITEM_WORDS:
        return []
    items = [clause[slice(*spans[own])]]
    for s, e in reversed(spans[:own]):
        words = clause[s:e].split()
        if len(words) > _MAX_NAME_ITEM_WORDS:
            items.insert(0, words[-1])  # "... designers in ivory": the list's first item
            break
        items.insert(0, clause[s:e])
    for s, e in spans[own + 1 :]:
        if len(clause[s:e].split()) > _MAX_NAME_ITEM_WORDS:
            break  # "..., and every gown is altered in-house": another clause
        items.append(clause[s:e])
    return items


def _describes_what_it_is_not(text: str, start: int, end: int) -> bool:
    """Is the term in a clause that says the thing is not a financial product? A hardware
    store's rewards card: "There is no fee, no credit check, and this is not a credit card or
    a loan: it is a loyalty card". The denial governs its own noun phrase ("a credit card or a
    loan") and the terms joined to it before it in the same clause ("no credit check" describes
    the card); after its colon or semicolon the text says what the thing is, read as it stands.
    "Bad credit? No credit check payday loans up to $500" says of nothing what it is not.
    """
    for denial in _roles().product_denial.finditer(text):
        if denial.start() <= start and end <= denial.end():
            return True
        if end <= denial.start() and not re.search(r"[.;:!?\n]", text[end : denial.start()]):
            return True
    return False


def _is_customers_loan(text: str, start: int) -> bool:
    """Is the loan the customer's own: one another lender refused ("Denied for a mortgage or
    car loan?", "turned down for an auto loan"), or one the customer holds ("if you have a car
    loan", "do you already have a mortgage?"), or one somebody has repaid ("paid off $61,000 of
    student loans on a teacher's salary", a coach's biography)? A credit-repair page asks it
    to speak to the customer's situation; the business neither makes nor arranges that loan.
    "We arrange car loans for any credit" and "Need a car loan? We arrange them" still offer
    one.
    """
    return bool(_roles().customer_loan.search(_line_before(text, start)))


def _names_kind_of_debt(text: str, end: int) -> bool:
    """Does the loan modify a debt, alone or as one item of a list the debt heads? "Clients
    with $10,000+ in credit card, medical or personal-loan debt" names the kind of debt a
    debt-relief client has: the loan is the client's, made by another lender, and the business
    offers none. "Personal loans for any credit" and "a personal loan to pay off card debt"
    (the debt is what the loan pays, not its head) still offer one."""
    return bool(_roles().debt_after.match(text, end))


def _lends_goods(text: str, end: int, term: str) -> bool:
    """ "Helmet required; we lend pads.": the object of "lend" is what is lent, so a shop that
    lends pads, tools or books lends goods, not money. Money is lent where the verb has no
    object ("we lend to small businesses", "we lend nationwide", "we lend responsibly") or its
    clause names money ("we lend farmers up to $50k", "we lend working capital"). Only "lend":
    the object of "we finance" or "we fund" is what the money pays for ("we finance boats").
    """
    roles = _roles()
    words = term.lower().split()
    if len(words) != 2 or words[0] not in ("we", "i") or words[1] not in roles.lend_verbs:
        return False  # "we lend", never the noun of "payday loans"
    following = _next_words(text, end, 1)
    if not following or following[0][0] != end + 1:
        return False  # "we lend." or "we lend - ..." has no object
    word = following[0][2].lower()
    if word in roles.not_objects or word.endswith("ly"):
        return False
    clause = re.split(r"[.;:!?()\u2013\u2014]", text[end:], maxsplit=1)[0]
    return not roles.money.search(clause)


def _is_mention(text: str, start: int, end: int) -> bool:
    """'"Bourbon" is the old name of Réunion island': a quoted term is a word being explained
    when it is the subject of "is the ... name of", "means" or "refers to"."""
    if not (start > 0 and text[start - 1] in _QUOTE):
        return False  # unquoted, "Bourbon is the name of the game here" is an idiom
    roles = _roles()
    after = text[end : end + _LOOK_BACK]
    return bool(roles.mention.search(after) or roles.quoted_mention.search(after))


def _is_customer_kind(text: str, start: int, term: str) -> bool:
    """ "Payroll for farms, orchards, vineyards and every small crew": a drink business in a
    list of bare plurals that "for", "serving" or "trusted by" opens is a kind of customer of
    the service. A singular counts only after every/each/any ("for every winery"). So is
    one that stocks the business's own goods: "Many local breweries stock our shirts"."""
    roles = _roles()
    lowered = term.lower()
    if lowered not in roles.customer_terms:
        return False
    if roles.stockist_after.match(text, start + len(term)):
        return True  # "Many local breweries stock our shirts": they resell the goods
    before = _line_before(text, start)
    if not roles.customer_list.search(before):
        return False
    if lowered.endswith("s"):
        return True
    previous = re.findall(r"[\w'\u2019-]+", before)[-2:]
    return any(w.lower() in roles.customer_quantifiers for w in previous)


def _is_measurement(text: str, end: int, term: str) -> bool:
    """ "Delta 7ft rainbow": the name's number carries a unit of length, so it is a size."""
    return term[-1:].isdigit() and bool(_roles().measurement.match(text[end : end + 12]))


def _vaporizes_other(text: str, start: int, term: str) -> bool:
    """ "Oxalic acid vaporizer: $129": a substance word right before the vaporizer (up to two
    words, joined by spaces or hyphens) says what it vaporizes, and it is not a smoke."""
    roles = _roles()
    if term.lower() not in roles.vapor_terms:
        return False
    before = re.split(r"[^\w\s\u00a0-]", text[max(0, start - _LOOK_BACK) : start])[-1]
    words = re.findall(r"[^\W\d_]+", before.lower())[-2:]
    return any(w in roles.vapor_substances for w in words)


@lru_cache(maxsize=16)
def _grain_words(context: str) -> frozenset[str]:
    """The grain words the text names as grain: "rye" in "rye flour" or "whole-grain rye"."""
    roles = _roles()
    found = set()
    for grain in roles.grain_terms:
        for match in re.finditer(rf"\b{re.escape(grain)}\b", context, re.IGNORECASE):
            # the word before, in the same phrase ("whole-grain rye", not "bread. Rye")
            phrase = re.split(r"[^\w\s-]", context[max(0, match.start() - 20) : match.start()])
            before = re.findall(r"[^\W\d_]+", phrase[-1])
            after = _next_words(context, match.end(), 1)
            neighbours = [w.lower() for w in before[-1:]] + [w[2].lower() for w in after]
            if any(w in roles.grain_neighbours for w in neighbours):
                found.add(grain)
    return frozenset(found)


def _is_archery(term: str, context: str) -> bool:
    """Is the term a shooting word that names no weapon ("shooting lanes", "shooting range")
    in a text that names bows and arrows (blind round 34, an archery range: "Twelve 20-yard
    shooting lanes ... a pro shop for bows, arrows and fletching supplies")? What is shot
    there is arrows; a range that also has guns names them ("rifles", "handguns"), and those
    terms still count.
    """
    return _roles().archery_terms.fullmatch(term) is not None and bool(
        _roles().archery_gear.search(context)
    )


def _is_grain(term: str, context: str) -> bool:
    """A bare "rye" on a page that names rye as a grain ("rye flour", "whole-grain rye")."""
    lowered = term.lower()
    return lowered in _roles().grain_terms and lowered in _grain_words(context)
