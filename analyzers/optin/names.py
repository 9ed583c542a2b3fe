"""Is a "partners" in the consent text the business's own name, or other companies?

"Northfield Comfort Partners will send texts" names the sender; "Sparkle Nest and its trusted
partners" names others. Firms are often called "... Partners", "... Group", "... Associates", so
the word alone decides nothing. It is the business's own name when it lies inside a brand name
the site or campaign gives. When it ends a run of capitalised words that reads as a proper name
(not introduced by a possessive such as "our"/"its", nor made of generic qualifiers such as
"Marketing Partners") but is not a known name of the business, it may be the business under a
name prevet did not infer, or another company: a person must look.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analyzers.inputs.brand import BrandNames

# words after which a capitalised "Partners" is a kind of company, not a company's name
_INTRODUCERS = frozenset(
    {
        "our",
        "its",
        "their",
        "your",
        "his",
        "her",
        "the",
        "these",
        "those",
        "any",
        "all",
        "some",
        "other",
        "select",
        "selected",
    }
)
_GENERIC = frozenset(
    {
        "our",
        "its",
        "their",
        "your",
        "the",
        "marketing",
        "trusted",
        "business",
        "affiliate",
        "affiliated",
        "third",
        "third-party",
        "select",
        "selected",
        "preferred",
        "participating",
        "partner",
        "service",
        "advertising",
        "lending",
        "network",
        "other",
        "approved",
        "authorized",
        "vetted",
        "home-service",
        "local",
        "sponsor",
        "sponsoring",
    }
)
_NAME_RUN = re.compile(r"((?:[A-Z][\w'’&.-]*\s+|&\s+|and\s+|of\s+){1,6})$")


def _name_pattern(name: str) -> re.Pattern[str] | None:
    words = re.findall(r"[A-Za-z0-9'’]+", name)
    if not words:
        return None
    joint = r"(?:SM|TM)?(?:\W*(?:and|&)\W*|\W+)"  # "CastellanSM Legal", "Harbor & Vine"
    return re.compile(
        r"(?<![A-Za-z0-9])" + joint.join(map(re.escape, words)) + r"(?![A-Za-z0-9])", re.IGNORECASE
    )


def in_brand_name(text: str, start: int, end: int, brand: BrandNames | None) -> bool:
    """Does text[start:end] lie inside one of the business's names as written in text?"""
    if brand is None:
        return False
    for variant in brand.variants():
        pattern = _name_pattern(variant)
        if pattern is None:
            continue
        for found in pattern.finditer(text):
            if found.start() <= start and end <= found.end():
                return True
    return False


def ends_proper_name(text: str, start: int) -> bool:
    """Is the capitalised word at text[start] the last word of a proper name ("Northfield
    Comfort Partners")? Not when lower-case, alone, introduced by a possessive, or made only of
    generic qualifiers ("our Marketing Partners", "Trusted Partners")."""
    if not text[start : start + 1].isupper():
        return False
    run = _NAME_RUN.search(text[:start])
    if run is None:
        return False
    words = [w.lower() for w in re.findall(r"[\w'’&.-]+", run.group(1))]
    head = [w for w in words if w not in ("&", "and", "of")]
    if not head or all(w in _GENERIC for w in head) or words[0] in _GENERIC:
        return False
    before = re.findall(r"[\w'’-]+", text[: run.start(1)])
    return not before or before[-1].lower() not in _INTRODUCERS


def partner_reading(text: str, start: int, end: int, brand: BrandNames | None) -> str:
    """How to read a "partners"/"affiliates" found at text[start:end]: "own" (the business's own
    name), "name" (a proper name that is not a known name of the business: look), or "others"."""
    if in_brand_name(text, start, end, brand):
        return "own"
    last = re.search(r"[A-Za-z]+$", text[start:end])
    word_start = start + last.start() if last else start
    if ends_proper_name(text, word_start):
        return "name"
    return "others"


# activities people pair up for: "a doubles partner", "your dance partner", "a study partner"
_PAIRED_ACTIVITIES = frozenset(
    {
        "doubles",
        "mixed",
        "dance",
        "dancing",
        "practice",
        "practise",
        "training",
        "workout",
        "gym",
        "sparring",
        "hitting",
        "running",
        "climbing",
        "hiking",
        "riding",
        "study",
        "language",
        "conversation",
        "chess",
        "bridge",
        "golf",
        "tennis",
        "pickleball",
        "squash",
        "accountability",
        "lab",
    }
)
# "partner" naming what is matched up for the subscriber: "partner-match alerts", "partner
# matching", "partner finder"
_PAIRING_AFTER = re.compile(r"[\s-]*(?:match|matches|matching|matched|finder|pairing)\b", re.I)


def person_partner(text: str, start: int, end: int) -> bool:
    """Is the "partner" found at text[start:end] a person the subscriber plays, trains or
    studies with, not a company the business works with? A club that texts "when our match desk
    finds you a doubles partner" or sends "partner-match alerts" speaks of a player paired with
    the subscriber: nobody else texts them or gets their number. It is a person when an activity
    people pair up for modifies it ("a doubles partner", "dance partners"), or when the singular
    word names what is being matched ("partner-match alerts"). "Offers from our partners",
    "partner offers" and "marketing partners" stay other companies."""
    last = re.search(r"[A-Za-z]+$", text[start:end])
    if last is None or last.group(0).lower() not in ("partner", "partners"):
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 40) : start])
    if before and before[-1].lower() in _PAIRED_ACTIVITIES:
        return True
    return last.group(0).lower() == "partner" and bool(_PAIRING_AFTER.match(text, end))


# "my partner", "your spouse or partner": someone in the subscriber's own household
_HOUSEHOLD_OWNER = re.compile(
    r"\b(?:my|your|his|her)\s+(?:(?:spouse|husband|wife)\s*(?:or|/|and)\s*)?"
    r"(?:(?:domestic|life|romantic)\s+)?$",
    re.IGNORECASE,
)
# a noun after "partner" makes it a kind of company: "your partner lender", "my partner offers"
_COMPANY_AFTER = re.compile(
    r"\s+(?:lenders?|brands?|compan(?:y|ies)|offers?|deals?|promotions?|network|program|"
    r"businesses|business|stores?|sites?|merchants?|vendors?|agenc(?:y|ies)|organi[sz]ations?)\b",
    re.IGNORECASE,
)
# the person speaking of themself: "I", "my", "me" (a capital "I" only: "i" is rarely a word)
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Mm]ine)\b")


def household_partner(text: str, start: int, end: int) -> bool:
    """Is the "partner" at text[start:end] the subscriber's own partner, a person at home? An
    FAQ's "Can my partner get the texts too?" or "your spouse or partner can sign up with their
    own number" speaks of a member of the person's household, who would give their own consent:
    no other company texts, nobody gets the number. Singular and owned by "my/your/his/her";
    "our partners", "your partner lender" and "partners" alone stay other companies."""
    if text[start:end].lower() != "partner":
        return False
    if _COMPANY_AFTER.match(text, end):
        return False
    return bool(_HOUSEHOLD_OWNER.search(text[max(0, start - 60) : start]))


def persons_question(sentence: str) -> bool:
    """Is the sentence a question in the person's own voice, the heading of an FAQ ("Can my
    partner get the texts too?", "Will you share my number with partners?")? A question asks;
    only the answer beside it says what the consent covers, and the answer is read on its own.
    "Want deals from our partners? Check the box." is the business asking, and still counts."""
    said = sentence.strip()
    return said.endswith("?") and bool(_FIRST_PERSON.search(said))


# "sell out" / "sold out": the stock is gone, nobody is sold anything
_SOLD_OUT = re.compile(r"(?:sell|sells|selling|sold)[\s-]+out\b", re.IGNORECASE)


def stock_sells_out(text: str, start: int, end: int) -> bool:
    """Is the selling found at text[start:end] the phrasal verb "sell out", said of stock?
    "When a colour sells out, leave your number and we'll text you when it's back": the
    colour is what sells out, intransitive, and "your number" is the object of "leave" in the
    next clause; nobody sells the number. "We never sell your number" and "we may sell or
    share your number with partners" keep the verb's object."""
    return start < end and bool(_SOLD_OUT.match(text, start))
