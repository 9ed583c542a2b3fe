"""Decide, page by page, whether a site sells or promotes a content category.

A single word is weak evidence: a dentist writes about smoking, a paint shop sells wine-colored
paint. The score adds up independent signals, each capped so that repetition alone cannot fire:

  distinct strong terms   category weight each (2 by default; at most three count)
  distinct weak terms     1 each (at most two); they never fire without a strong term
  where they appear       page title +3, a heading +2, the site menu +2, an image's alt text
                          (product tiles) +1, a link +1
  buying context          a strong term within two sentences of "add to cart", a price, "we
                          carry", ... +3; of weaker promotion words (sale, % off, sign up) +1
  what the texts are about  a strong term in the sentence that offers the site's texts ("get a
                          text when the bourbon allocation posts", "SMS alerts about our wine
                          releases") +3, as buying words: the business texts about the thing,
                          which is the content a carrier reviews (not added to buying words)
  said of the business    a term in "<the business> is a ..." ("Acme is a lead-generation
                          company", self_description.py) +3, for the categories a business
                          can be (Category.said_of_itself): it says what it is; and a
                          referral fee the business says it receives ("Acme receives a
                          referral fee for each funded loan"), for affiliate marketing
                          (Category.paid_to_refer): it says it is paid to send customers on

A policy page (privacy, terms) lists what the business does not do and what its users may not
do, so it is read only for what the business says it is, and for the goods it sells only to the
old enough ("you confirm that you are at least 21 ... and legally permitted to purchase
tobacco": self_description.bought_by_the_reader, buying words on any page): there only those
terms count.

A category fires on a page at FIRE_SCORE with at least one strong term. Each verdict keeps the
signals that made it, so the finding can say why it fired.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from analyzers.content.categories import CATEGORIES
from analyzers.content.matching import (
    CONTEXT_SENTENCES,
    ContentMatch,
    TextReading,
    read_text,
    split_sentences,
)
from analyzers.content.roles import (
    is_served_drink,
    is_serving_term,
    off_subject,
    soft_drink,
    taps_goods,
)
from analyzers.content.self_description import (
    bought_by_the_reader,
    paid_to_the_business,
    said_of_the_business,
)
from analyzers.content.zones import page_zones
from crawler.snapshot import Page

FIRE_SCORE = 5
_ZONE_BONUS = {"title": 3, "heading": 2, "nav": 2, "product": 1, "link": 1}
_ZONE_WORDS = {
    "title": "the page title",
    "heading": "a heading",
    "nav": "the site menu",
    "product": "an image's alt text",
    "link": "a link",
}


@dataclass(frozen=True)
class ZonedMatch:
    match: ContentMatch
    zone: str


@dataclass
class PageContent:
    """One page read once: its category terms and the sentences that sell something."""

    page: Page
    matches: list[ZonedMatch]
    reading: TextReading
    text: str = ""  # the zoned text the match offsets refer to
    policy: bool = False  # a policy document: only what the business says it is counts

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in split_sentences(self.text)]

    def before(self, match: ContentMatch) -> str:
        """The words of the match's sentence before it ("Acme is a | lead-generation ...")."""
        return self.text[self._sentence_starts[match.sentence_index] : match.start_char]


@dataclass
class CategoryVerdict:
    category: str
    url: str
    score: int
    fired: bool
    evidence: ContentMatch
    strong_terms: list[str] = field(default_factory=list)
    weak_terms: list[str] = field(default_factory=list)
    zones: list[str] = field(default_factory=list)
    buying_words: str = ""
    texting_words: str = ""  # the words offering texts, in the sentence with the term
    quoted: list[str] = field(default_factory=list)  # the terms found in the evidence sentence
    declared: str = ""  # the sentence in which the business says it is one

    @property
    def reason(self) -> str:
        """Why it fired, in words: the terms, where they stand, and the buying context."""
        terms = ", ".join(f'"{t}"' for t in self.strong_terms[:4])
        plural = "s" if len(self.strong_terms) != 1 else ""
        parts = [f"{len(self.strong_terms)} distinct term{plural} ({terms})"]
        if self.weak_terms:
            parts.append("related words " + ", ".join(f'"{t}"' for t in self.weak_terms[:3]))
        if self.zones:
            parts.append("shown in " + ", ".join(_ZONE_WORDS[z] for z in self.zones))
        if self.buying_words:
            parts.append(f'next to buying words ("{self.buying_words}")')
        if self.texting_words:
            parts.append(f'in what the site texts about ("{self.texting_words}")')
        if self.declared:
            parts.append("said by the business of itself")
        return "; ".join(parts) + f"; score {self.score} (fires at {FIRE_SCORE})"

    def details(self) -> dict:
        return {
            "score": self.score,
            "terms": self.strong_terms,
            "related": self.weak_terms,
            "zones": self.zones,
            "buying_words": self.buying_words,
            "texting_words": self.texting_words,
            "matched": self.quoted or [self.evidence.text],
            "sentence": self.evidence.sentence,
            "declared": self.declared,
        }


def read_page(page: Page, policy: bool = False) -> PageContent:
    """Read the page's readable text once and match every category on it (on a policy page,
    only the categories a business can say it is)."""
    zoned = page_zones(page)
    wanted = tuple(
        c
        for c, category in CATEGORIES.items()
        if category.said_of_itself or category.age_restricted
    )
    reading = read_text(zoned.text, wanted if policy else None)
    matches = [ZonedMatch(m, zoned.zone_at(m.start_char)) for m in reading.matches]
    body = next(((start, end) for zone, start, end in zoned.spans if zone == "text"), None)
    if body is not None:
        found = {(m.category, m.start_char) for m in reading.matches}
        matches = [z for z in matches if not _denied_in_body(zoned.text, z, body, found)]
    return PageContent(page, matches, reading, zoned.text, policy)


def _denied_in_body(
    text: str, zoned: ZonedMatch, body: tuple[int, int], found: set[tuple[str, int]]
) -> bool:
    """Does the page's text, where the heading stands, read the heading's term as nothing?

    A heading is also a line of the page's text, read there with what follows it: the FAQ
    heading "Do you sell CBD or herbal cannabis products?" is answered "No." by the paragraph
    under it, so its terms are denied (roles.answered_no). Its copy in the heading zone is
    read alone and would count them; it counts only where the text's own copy does too. A
    heading the text does not hold as a line keeps its own reading.
    """
    if zoned.zone != "heading":
        return False
    match = zoned.match
    line_start = text.rfind("\n", 0, match.start_char) + 1
    line_end = text.find("\n", match.start_char)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    # where each copy of the line starts in the text ("\n" + the body: a line at its start too)
    copies = [
        body[0] + m.start()
        for m in re.finditer(re.escape(f"\n{line}\n"), "\n" + text[body[0] : body[1]])
    ]
    if not copies:
        return False
    offset = match.start_char - line_start
    return all((match.category, copy + offset) not in found for copy in copies)


def _declarations(
    content: PageContent, strong: list[ZonedMatch], names: Sequence[str]
) -> list[ZonedMatch]:
    """The strong terms the business says of itself: "<name or we> is/operates as a <term>",
    or, for affiliate marketing, "<name or we> receives a <referral fee>"."""
    category = CATEGORIES[strong[0].match.category]
    if category.said_of_itself:
        said = said_of_the_business
    elif category.paid_to_refer:
        said = paid_to_the_business
    else:
        return []
    return [z for z in strong if said(content.before(z.match), z.match.text, names)]


def _sold_by_age(content: PageContent, strong: list[ZonedMatch]) -> list[tuple[ZonedMatch, str]]:
    """The strong terms of goods sold only to the old enough that the page says the reader
    must be old enough, or permitted, to buy (self_description.bought_by_the_reader), with
    those words: buying words, which a policy page says of what the business sells."""
    if not CATEGORIES[strong[0].match.category].age_restricted:
        return []
    found = []
    for z in strong:
        if words := bought_by_the_reader(content.before(z.match)):
            found.append((z, words))
    return found


def _name_spans(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for name in names:
        words = [re.escape(w) for w in re.findall(r"[\w'’]+", name)]
        if not words:
            continue
        pattern = r"(?<!\w)" + r"[\W_]+".join(words) + r"(?!\w)"
        spans.extend(m.span() for m in re.finditer(pattern, text, re.IGNORECASE))
    return spans


# words after a short form of the name that are no noun it names: "our Vape Shop today"
_NOT_A_HEAD = frozenset(
    "a an the and or nor but of in on at to for from with by is are was were has have had "
    "will can sells sell carries carry offers offer stocks stock today now here there".split()
)


def _short_name_spans(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """Where a run of two or more words of the business's name, capitalised as in the name,
    names a thing after the business (blind round 36, "Old Cigar Box Barbecue": "The Cigar Box
    Text Club", "Cigar Box sampler (brisket, rib, sausage)"). The run modifies the noun after
    it, so it is the business's name used as one, not a box of cigars. Only a run followed by
    a word that can be its head: "our Vape Shop today" and "Cigar Box." name no thing after the
    business, and a lower-case "cigar box" is the box."""
    spans: list[tuple[int, int]] = []
    for name in names:
        whole = tuple(re.findall(r"[\w'’]+", name))
        runs = set()
        # runs of words the name joins by spaces only: "Wine & Spirits" are two names' words
        for part in re.split(r"\s*[&,/+|()]\s*|\s+[-\u2013\u2014]\s+", name):
            words = re.findall(r"[\w'’]+", part)
            runs |= {
                tuple(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)
            }
        for run in runs - {whole}:
            if not all(w[:1].isupper() for w in run):
                continue
            # on one line: a menu's "Wine" over "Spirits" is two links, not the name
            pattern = r"(?<!\w)" + r"[ \t]+".join(map(re.escape, run)) + r"(?=[ \t]+([\w'’-]+))"
            for found in re.finditer(pattern, text):
                if found.group(1).lower() not in _NOT_A_HEAD:
                    spans.append(found.span())
    return spans


def _near(index: int, sentences: dict[int, str]) -> str:
    """Buying words within CONTEXT_SENTENCES of a sentence: a product's name, its price and
    "Add to cart" sit within a couple of lines."""
    distance = _distance(index, sentences)
    return sentences[index + distance] if distance is not None else ""


def _distance(index: int, sentences: dict[int, str]) -> int | None:
    """The offset of the nearest sentence with buying words, or None beyond the context."""
    for offset in sorted(range(-CONTEXT_SENTENCES, CONTEXT_SENTENCES + 1), key=abs):
        if index + offset in sentences:
            return offset
    return None


@lru_cache(maxsize=16)
def business_drink(names: tuple[str, ...]) -> str:
    """The drink that is not alcoholic the business names itself by, or "".

    "Fizzwell Kombucha Taproom" and "Pine Street Cold Brew Bar" name one; "Kombucha & Beer
    Hall" (or a legal name "... Brewery") names an alcoholic drink too, and "Alder Street
    Taproom" names none.
    """
    named = (m for name in names for m in read_text(name, ("alcohol",)).matches)
    if any(m.strength == "strong" for m in named):
        return ""
    return next((drink for name in names if (drink := soft_drink(name))), "")


def _poured_by_name(content: PageContent, brand_names: Sequence[str]) -> set[int]:
    """The page's serving words ("On Tap" in the menu, "New on tap: Blood Orange & Hibiscus")
    whose sentence names no drink of their category, on the site of a business that names
    itself by a drink that is not alcoholic: they pour that drink (roles.py, `_poured_drink`,
    reads the sentences that name one). Indexes into content.matches.

    So do they on a page whose taps pour goods that are not drinks and that names no drink
    of their category (blind round 37, a refill shop: "What's on tap this season" over "dish
    soap, shampoo and conditioner are all on tap"): the heading's taps are the shop's.
    """
    if not business_drink(tuple(brand_names)) and not _taps_goods_only(content):
        return set()
    drinks = {
        (z.match.category, z.match.sentence_index)
        for z in content.matches
        if not is_serving_term(z.match.text)
    }
    return {
        i
        for i, z in enumerate(content.matches)
        if is_served_drink(z.match.category)
        and is_serving_term(z.match.text)
        and (z.match.category, z.match.sentence_index) not in drinks
    }


def _taps_goods_only(content: PageContent) -> bool:
    """Does the page pour goods that are not drinks from its taps ("dish soap is on tap") and
    name no drink of a serving category ("12 beers on tap", a "wine and olive oil" shop)?"""
    if any(
        is_served_drink(z.match.category) and not is_serving_term(z.match.text)
        for z in content.matches
    ):
        return False
    return bool(taps_goods(content.text))


def judge_page(
    content: PageContent, brand_names: Sequence[str] = (), shop_names: Sequence[str] = ()
) -> list[CategoryVerdict]:
    """A verdict for every category with at least one strong term on the page.

    A term inside the business's own name ("Gun Barrel City Dental", "Bourbon Street Grill")
    is repeated in every title, menu and footer without saying what is sold: it counts as a
    weak term, so the name alone never fires, and so does a shorter run of the name's words
    that names a thing after the business (`_short_name_spans`: "The Cigar Box Text Club" of
    "Old Cigar Box Barbecue"); so does a term the page sets in quotation marks
    by itself (`_set_in_quotes`), and so does a term inside the name the business gives its own
    shop, which the site says sells other goods (`shop_names`, own_names.py: a smokehouse's
    counter "The Smoke Shop"). A serving word ("On Tap") in a sentence that
    names no drink pours the drink the business names itself by (`_poured_by_name`).
    """
    in_name = _name_spans(content.text, [*brand_names, *shop_names])
    in_name += _short_name_spans(content.text, brand_names)
    poured_by_name = _poured_by_name(content, brand_names)
    by_category: dict[str, list[ZonedMatch]] = {}
    for index, zoned in enumerate(content.matches):
        if index in poured_by_name:
            continue
        if zoned.match.strength == "strong" and (
            any(
                start <= zoned.match.start_char and zoned.match.end_char <= end
                for start, end in in_name
            )
            or _set_in_quotes(content.text, zoned.match)
        ):
            zoned = ZonedMatch(replace(zoned.match, strength="weak"), zoned.zone)
        by_category.setdefault(zoned.match.category, []).append(zoned)
    url = content.page.final_url or content.page.url
    verdicts = []
    for category, found in by_category.items():
        unrelated = off_subject(category, [(z.match.term, z.match.strength) for z in found])
        found = [z for z in found if z.match.term not in unrelated]  # a fencing club's armory
        strong = [z for z in found if z.match.strength == "strong"]
        if not strong:
            continue
        declared = _declarations(content, strong, brand_names)
        sold = _sold_by_age(content, strong)
        if content.policy:  # a policy page speaks for the business only where it says so
            if not declared and not sold:
                continue
            strong = found = declared or [z for z, _ in sold]
        strong_terms = list(dict.fromkeys(z.match.term for z in strong))
        weak_terms = [
            t
            for t in dict.fromkeys(z.match.term for z in found if z.match.strength == "weak")
            if t not in strong_terms
        ]
        zones = [zone for zone in _ZONE_BONUS if any(z.zone == zone for z in strong)]
        buying = next(
            (w for z in strong if (w := _near(z.match.sentence_index, content.reading.selling))), ""
        ) or next((words for _, words in sold), "")
        promoting = next(
            (w for z in strong if (w := _near(z.match.sentence_index, content.reading.promo))), ""
        )
        texting = next(
            (w for z in strong if (w := content.reading.texting.get(z.match.sentence_index))), ""
        )
        score = (
            CATEGORIES[category].strong_weight * min(len(strong_terms), 3)
            + min(len(weak_terms), 2)
            + sum(_ZONE_BONUS[zone] for zone in zones)
            + (3 if buying or texting else 1 if promoting else 0)
            + (3 if declared else 0)
        )
        evidence = declared[0].match if declared else _best_evidence(strong, content)
        quoted = list(
            dict.fromkeys(
                z.match.text for z in strong if z.match.sentence_index == evidence.sentence_index
            )
        )[:4]
        verdicts.append(
            CategoryVerdict(
                category=category,
                url=url,
                score=score,
                fired=score >= FIRE_SCORE,
                evidence=evidence,
                strong_terms=strong_terms,
                weak_terms=weak_terms,
                zones=zones,
                buying_words=buying or promoting,
                texting_words=texting,
                quoted=quoted,
                declared=declared[0].match.sentence if declared else "",
            )
        )
    return verdicts


_QUOTES = "\"'\u2018\u2019\u201c\u201d"


def _set_in_quotes(text: str, match: ContentMatch) -> bool:
    """Does a pair of quotation marks hold the term and nothing else? A writer quotes a word to
    talk about it, not to offer it: a CPA's heading 'A note on "tax relief" ads', 'what
    "payday loan" means', 'beware of "guaranteed approval"'. The term still points at the
    category (a weak term); a quoted name that holds more than the term ('our "CBD Calm"
    gummies') or an unquoted term keeps its strength.
    """
    start, end = match.start_char, match.end_char
    return (
        start > 0
        and text[start - 1] in _QUOTES
        and text[end : end + 1] in _QUOTES
        and end < len(text)
        and not text[start - 2 : start - 1].isalnum()  # "customers'payday" is no opening quote
    )


def _best_evidence(strong: list[ZonedMatch], content: PageContent) -> ContentMatch:
    """The sentence a reviewer would quote: in the body text, as close to buying words as
    possible, naming the term the page repeats most."""
    counts: dict[str, int] = {}
    for zoned in strong:
        counts[zoned.match.term] = counts.get(zoned.match.term, 0) + 1

    def rank(z: ZonedMatch) -> tuple[int, int, int]:
        distance = _distance(z.match.sentence_index, content.reading.selling)
        return (
            abs(distance) if distance is not None else CONTEXT_SENTENCES + 1,
            0 if z.zone == "text" else 1,
            -counts[z.match.term],
        )

    return min(strong, key=rank).match
