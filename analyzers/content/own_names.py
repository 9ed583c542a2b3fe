"""The names a business gives its own counters and shops, read from what the site says they sell.

A business names a part of itself with a word of a category: a smokehouse's retail counter is
"The Smoke Shop" (smoke of the oak kind), a bakery's corner is "The Rum Room". The name then
stands in the site menu, the page title and a heading, where it is read alone and looks like a
tobacco shop. The site says what the named shop is where it gives it a verb of selling: "Our
retail counter, The Smoke Shop, sells rubs, sauces, butcher paper and wood chunks." When what it
sells names no term of the name's category, the name is the business's own name for its shop and
counts as the business's name does (scoring.judge_page: a weak term everywhere on the site).

Only a capitalised name (every word of the term capitalised) that is the subject of the verb,
after "The" or "Our" at the sentence's start or after an appositive's comma, with up to two
more capitalised words of the name after it: a lower-case "smoke shop: cigars,
hookah and vape" names a kind of shop and is judged as it stands, and "The Smoke Shop sells
cigars, pipes and rubs" sells a term of its category, so the name keeps its reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analyzers.content.matching import denied_terms, find_content, split_sentences
from analyzers.content.scoring import PageContent
from analyzers.text.vocabulary import vocab_data


def _verbs() -> str:
    verbs = vocab_data("content/_roles")["own_shop"]["verbs"]
    return "|".join(r"\s+".join(map(re.escape, v.split())) for v in verbs)


def _sells_after(text: str, end: int) -> re.Match[str] | None:
    """' sells', ', carries', ' Counter, stocks' right after a name's term (a closing comma of an
    appositive and up to two more capitalised words of the name may come first)."""
    pattern = rf"(?:\s+[A-Z][\w'\u2019&-]*){{0,2}}\s*,?\s*(?:{_verbs()})\b"
    return re.compile(pattern).match(text, end)


# where a shop's name starts a subject: "The" or "Our" at the sentence's start ("The Smoke Shop
# sells ..."), or an appositive's comma ("Our retail counter, The Smoke Shop, sells ..."); a bare
# word that opens a sentence ("Bourbon offers notes of vanilla") is capitalised as any first word
_NAME_START = re.compile(r"(?:^\s*(?:The|Our)\s+|,\s*(?:(?:The|Our)\s+)?)$")


def _is_name(words: str) -> bool:
    return all(w[:1].isupper() for w in re.findall(r"[^\W\d_][\w'\u2019-]*", words))


def own_shop_names(pages: Sequence[PageContent]) -> list[str]:
    """The capitalised terms the site gives a verb of selling whose object, to the end of the
    sentence, names no other term of the term's category: "The Smoke Shop, sells rubs, sauces
    and wood chunks" gives "Smoke Shop"."""
    names: list[str] = []
    for content in pages:
        if content.policy:
            continue
        sentences = split_sentences(content.text)
        for zoned in content.matches:
            match = zoned.match
            if match.strength != "strong" or not _is_name(match.text) or match.text in names:
                continue
            sentence_start, sentence_end = sentences[match.sentence_index]
            before = content.text[sentence_start : match.start_char]
            if not _NAME_START.search(before.split("\n")[-1]):
                continue
            sells = _sells_after(content.text, match.end_char)
            if sells is None:
                continue
            sold = [
                z
                for z in content.matches
                if z.match.category == match.category
                and z.match.strength == "strong"
                and sells.end() <= z.match.start_char < sentence_end
            ]
            if not sold:
                names.append(match.text)
    return names


# the last word of a term that names a kind of shop ("smoke shop", "smoke lounge")
_SHOP_HEADS = frozenset({"shop", "shops", "store", "stores", "lounge", "lounges"})


def denied_kind_shops(pages: Sequence[PageContent]) -> list[str]:
    """Shop terms ("smoke shop") of a site that says it sells none of the category's goods.

    "Smoke shop" is a kind of shop only by what it sells: a pitmasters' supply store calls
    itself "the smoke shop for pitmasters" and says "No tobacco, no vapes, no hookah - the only
    smoke here comes off the brisket." Its word of the category ("smoke") is no product by
    itself, the site denies the category's products, and no page names one that stands: the
    term is then the kind of shop the business is in its own sense, and counts as its name does
    (a weak term).

    Any kind of shop named by what it sells reads so: a zero-proof bar's "bottle shop" (blind
    round 30) on a site that says "no alcohol is served or sold here" is a shop of bottles
    without alcohol. The denial may name the category by its own word ("alcohol", "booze",
    weak terms only for their everyday senses): a business that denies the category whole
    denies each of its products.

    Only a term whose words before the head name no product of the category alone (not
    "vape shop", "cigar lounge"), on a site with a denial that governs the products themselves
    (`matching.denied_terms`: not "no tobacco sold to anyone under 21"), and with no other
    strong term of the category on any page: a smoke shop that lists cigars, hookah or vapes,
    or says "no vapes" but sells cigars, keeps its reading.
    """
    site = [content for content in pages if not content.policy]
    found: list[str] = []
    for category in {z.match.category for content in site for z in content.matches}:
        strong = [
            z.match
            for content in site
            for z in content.matches
            if z.match.category == category and z.match.strength == "strong"
        ]
        shops = {m.term for m in strong if _names_kind_of_shop(m.term, category)}
        if not shops or any(m.term not in shops for m in strong):
            continue
        if any(denied_terms(content.text, category, include_weak=True) for content in site):
            found.extend(sorted(shops))
    return found


def _names_kind_of_shop(term: str, category: str) -> bool:
    """ "smoke shop": a shop head after words that name no strong term of the category alone."""
    *modifier, head = term.split()
    return (
        head in _SHOP_HEADS and bool(modifier) and not find_content(" ".join(modifier), (category,))
    )
