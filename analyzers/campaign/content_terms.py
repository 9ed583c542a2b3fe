"""Prohibited-content and lending terms in short package texts, read without spaCy.

The content vocabularies (``analyzers/vocab/content/<category>.yaml``, owned by the content
analyzers) are read here by the spaCy-free matcher of `analyzers.campaign.phrases`, with the
rules of `analyzers.content.matching.find_content` for short texts: only `strong` terms count, a
term inside a `lookalike` phrase ("lending library") or the name of something else
(`analyzers.content.roles`: "Gin Lane", a "Merlot Dusk" paint) is dropped, and a sentence matching a
label's `exclude` or the shared `negated` signal ("we do not sell ...") does not count. Which
terms count and what they mean is decided by the functions of `analyzers.content.roles` that
the page reader calls too, never by a rule of this module's own.
`prevet check-campaign` must answer in well under a second, and loading spaCy for a few
160-character samples costs more than that; tests/test_samples_content.py checks that this
reading agrees with `find_prohibited` on the same texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyzers.campaign.phrases import PhraseMatch, phrasebook
from analyzers.content.roles import answered_no, kept_terms, other_meaning, unhyphenate
from crawler.sentence_spans import sentence_spans

# the promotion words that put a price on the thing ("20% off", "sale", "deals"); not a call to
# act ("join today", "register now"), which a class or an event has too
_PRICE_PROMO = re.compile(
    r"%|sale|deal|special|discount|coupon|price|pricing|wholesale|promo", re.I
)

# the prohibited categories (analyzers.content.categories.PROHIBITED), read lazily there
LENDING = "direct_lending"


@dataclass(frozen=True)
class ContentTerm:
    category: str
    text: str
    sentence: str
    sold: str = ""  # the words of its sentence that sell it: "$19", "20% off", "in stock"

    @property
    def names_goods(self) -> bool:
        """Does the term name the category's goods, not a service ("9mm ammo", not "CCW
        class")? See Category.services."""
        from analyzers.content.categories import CATEGORIES

        services = CATEGORIES[self.category].services
        return not any(word in services for word in self.text.lower().replace("-", " ").split())


def prohibited_categories() -> tuple[str, ...]:
    from analyzers.content.categories import PROHIBITED

    return PROHIBITED


def find_terms(text: str, categories: tuple[str, ...]) -> list[ContentTerm]:
    """Strong terms of the given content categories in a short text.

    Read as a page reads its sentences (`analyzers.content.matching.read_text`), by the same
    rules of `analyzers.content.roles`: hyphens between letters read as spaces (`unhyphenate`),
    the terms that still count kept by `kept_terms` (a "bar" inside "bar stools" is no term),
    and `other_meaning` given those terms; a sentence that a question's "No" answers
    (`answered_no`) names nothing offered.
    """
    read = unhyphenate(text)  # same length: offsets and quotes are the text as written
    spans = {start: end for start, end in sentence_spans(text)}
    signals = phrasebook("content/_signals").find(read, {"negated", "selling", "promo"})
    negated = {m.sentence for m in signals if m.label == "negated"}
    sold: dict[str, str] = {}
    for m in signals:
        if m.label == "selling" or m.label == "promo" and _PRICE_PROMO.search(m.text):
            sold.setdefault(m.sentence, m.text)
    found: list[ContentTerm] = []
    for category in categories:
        matches = phrasebook(f"content/{category}").find(read, {"strong", "weak", "lookalike"})
        kept = kept_terms([(m.label, m.start_char, m.end_char) for m in matches])
        terms = [(start, end) for _label, start, end in kept]
        for label, start, end in kept:
            match = next(m for m in matches if (m.start_char, m.end_char) == (start, end))
            if label != "strong" or match.sentence in negated:
                continue
            if answered_no(text, start, _sentence_end(spans, start)):
                continue  # "Do you offer payday loans? No."
            if not other_meaning(text, start, end, category, terms):  # "Gin Lane"
                found.append(
                    ContentTerm(
                        category,
                        text[start:end],
                        _as_written(text, match),
                        sold.get(match.sentence, ""),
                    )
                )
    return found


def _sentence_end(spans: dict[int, int], position: int) -> int:
    """The end of the sentence holding the position (spans: sentence start -> end)."""
    return next((end for start, end in spans.items() if start <= position < end), position)


def _as_written(text: str, match: PhraseMatch) -> str:
    """The match's sentence as written (the match was read in the unhyphenated text)."""
    start = match.start_char - len(match.sentence)
    for offset in range(max(0, start), match.start_char + 1):
        if unhyphenate(text[offset : offset + len(match.sentence)]) == match.sentence:
            return text[offset : offset + len(match.sentence)]
    return match.sentence


def find_prohibited_terms(text: str) -> list[ContentTerm]:
    return find_terms(text, prohibited_categories())


def find_lending_terms(text: str) -> list[ContentTerm]:
    return find_terms(text, (LENDING,))


def _overlaps(a: PhraseMatch, b: PhraseMatch) -> bool:
    return a.start_char < b.end_char and b.start_char < a.end_char
