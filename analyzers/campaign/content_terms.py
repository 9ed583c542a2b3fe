"""Prohibited-content and lending terms in short package texts, read without spaCy.

The content vocabularies (``analyzers/vocab/content/<category>.yaml``, owned by the content
analyzers) are read here by the spaCy-free matcher of `analyzers.campaign.phrases`, with the
rules of `analyzers.content.matching.find_content` for short texts: only `strong` terms count, a
term inside a `lookalike` phrase ("lending library") or the name of something else
(`analyzers.content.roles`: "Gin Lane", a "Merlot Dusk" paint) is dropped, and a sentence matching a
label's `exclude` or the shared `negated` signal ("we do not sell ...") does not count.
`prevet check-campaign` must answer in well under a second, and loading spaCy for a few
160-character samples costs more than that; tests/test_samples_content.py checks that this
reading agrees with `find_prohibited` on the same texts.
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzers.campaign.phrases import PhraseMatch, phrasebook
from analyzers.content.roles import other_meaning

# the prohibited categories (analyzers.content.categories.PROHIBITED), read lazily there
LENDING = "direct_lending"


@dataclass(frozen=True)
class ContentTerm:
    category: str
    text: str
    sentence: str


def prohibited_categories() -> tuple[str, ...]:
    from analyzers.content.categories import PROHIBITED

    return PROHIBITED


def find_terms(text: str, categories: tuple[str, ...]) -> list[ContentTerm]:
    """Strong terms of the given content categories in a short text."""
    negated = {m.sentence for m in phrasebook("content/_signals").find(text, {"negated"})}
    found: list[ContentTerm] = []
    for category in categories:
        book = phrasebook(f"content/{category}")
        matches = book.find(text, {"strong", "weak", "lookalike"})
        lookalikes = [m for m in matches if m.label == "lookalike"]
        terms = [(m.start_char, m.end_char) for m in matches if m.label != "lookalike"]
        for match in matches:
            if match.label != "strong" or match.sentence in negated:
                continue
            if not any(_overlaps(match, other) for other in lookalikes) and not other_meaning(
                text, match.start_char, match.end_char, category, terms
            ):  # "Gin Lane", a "Whiskey Barrel" candle
                found.append(ContentTerm(category, match.text, match.sentence))
    return found


def find_prohibited_terms(text: str) -> list[ContentTerm]:
    return find_terms(text, prohibited_categories())


def find_lending_terms(text: str) -> list[ContentTerm]:
    return find_terms(text, (LENDING,))


def _overlaps(a: PhraseMatch, b: PhraseMatch) -> bool:
    return a.start_char < b.end_char and b.start_char < a.end_char
