"""The content categories reviewers judge, keyed like the content.<category> check ids."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    name: str  # the part after "content." in the check id, and the vocabulary file's name
    label: str  # how a sentence names it: "cannabis / CBD products"
    prohibited: bool  # an error-level denial (samples.prohibited_content also uses these)
    # allowed behind a date-of-birth age gate; a policy page that sets the age to buy such goods
    # speaks for the business (analyzers.content.self_description.bought_by_the_reader)
    age_restricted: bool = False
    # how much one distinct strong term weighs in the page score (see analyzers.content.scoring):
    # a hate slogan or a lead-selling phrase says more on its own than the word "wine"
    strong_weight: int = 2
    # a term the business says of itself ("Acme is a lead-generation company") is decisive,
    # on any page, a policy included (see analyzers.content.self_description)
    said_of_itself: bool = False
    # a term that says the business itself is paid for sending customers to another company
    # ("Acme receives a referral fee for each funded loan") is decisive on the page that says
    # it: the page promotes that company's offer for pay (analyzers.content.self_description)
    paid_to_refer: bool = False
    # the goods of the category, sold in a text message, are denied even to an age-gated
    # campaign (samples.prohibited_content): T-Mobile rejects campaigns that sell firearms or
    # ammunition whatever the gate, while a range's safety class or a liquor store's sale may
    # be texted to people who passed one. `services` are the words of a term that name a
    # service rather than the goods ("shooting range", "CCW class", "gun show")
    gate_bars_sales: bool = False
    services: frozenset[str] = frozenset()


CATEGORIES: dict[str, Category] = {
    c.name: c
    for c in (
        Category("cannabis", "cannabis, hemp-derived, CBD or THC products", True),
        Category("sexual", "explicit sexual content or adult services", True),
        Category("gambling", "gambling, betting or casino games", True),
        Category("hate", "hate speech", True, strong_weight=5),
        Category(
            "firearms",
            "firearms, ammunition or firearm accessories",
            True,
            age_restricted=True,
            gate_bars_sales=True,
            services=frozenset(
                "range ranges lane lanes class classes course courses permit permits license "
                "licence training lesson lessons show shows club clubs league leagues gunsmith "
                "gunsmithing concealed ccw ccl chl carry sports".split()
            ),
        ),
        Category("alcohol", "alcoholic beverages", True, age_restricted=True),
        Category("tobacco", "tobacco, vape or e-cigarette products", True, age_restricted=True),
        Category(
            "high_risk_financial",
            "high-risk financial services (payday loans, crypto, debt relief, credit repair)",
            True,
        ),
        Category(
            "lead_generation",
            "selling or sharing leads (third-party lead generation)",
            True,
            strong_weight=3,
            said_of_itself=True,
        ),
        Category(
            "affiliate_marketing", "affiliate marketing", True, strong_weight=3, paid_to_refer=True
        ),
        Category("sweepstakes", "sweepstakes or giveaways", False),
        Category("job_board", "a third-party job board", False),
        Category("direct_lending", "loans or financing offered by the business", False),
    )
}

PROHIBITED = tuple(name for name, c in CATEGORIES.items() if c.prohibited)
AGE_RESTRICTED = tuple(name for name, c in CATEGORIES.items() if c.age_restricted)
