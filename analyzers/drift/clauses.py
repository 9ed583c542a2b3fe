"""The SMS non-sharing clause: "mobile information will not be shared with third parties".

Carriers require the privacy policy to say that opt-in data and consent are not shared with or
sold to third parties; a clause that was present at approval and is now gone is drift. Detection
is by meaning, not a fixed sentence: a negated sharing verb, a third party, and a mobile/SMS
subject in one sentence.
"""

from __future__ import annotations

import re

# page text keeps the markup's line breaks inside paragraphs: sentences end at punctuation only
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
MAX_SENTENCE = 320  # characters; longer "sentences" are lists or headings run together
_NEGATION = re.compile(
    r"\b(not|never|no|none|neither|nor|won't|wont|don't|doesn't|cannot|can't|without)\b|"
    r"\bexclud(e|es|ed|ing)\b", re.IGNORECASE)
_SHARING = re.compile(r"\b(shar(e|ed|es|ing)|sell|sold|sells|selling|rent(ed|s|ing)?|lease[ds]?|"
                      r"disclos(e|ed|es|ing)|transfer(red|s|ring)?|trad(e|ed|es|ing)|"
                      r"distribut(e|ed|es|ing))\b", re.IGNORECASE)
_PARTY = re.compile(r"\b(third[\s-]*part(y|ies)|affiliates?|partners?|anyone|other companies|"
                    r"outside (parties|companies|organizations)|any other (party|parties|"
                    r"company|companies|business(es)?)|vendors?|marketers?)\b", re.IGNORECASE)
_MOBILE = re.compile(r"\b(mobile|sms|texts?|text messag\w*|messaging|phone numbers?|"
                     r"cell(ular)?|opt[\s-]?in|originator)\b", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """Sentences of page text. The text keeps the markup's line breaks, which fall inside
    paragraphs as often as between them: sentences end at punctuation, and only a run without
    punctuation too long to be one sentence (a list, headings) is cut at its line breaks."""
    out: list[str] = []
    for piece in _SENTENCE.split(text.strip()):
        flat = re.sub(r"\s+", " ", piece).strip()
        if len(flat) <= MAX_SENTENCE:
            out.append(flat)
        else:
            out.extend(re.sub(r"\s+", " ", line).strip() for line in piece.splitlines())
    return [sentence for sentence in out if sentence]


def no_sharing_clauses(text: str) -> list[str]:
    """The sentences of text that promise not to share mobile/opt-in data with third parties."""
    found = []
    for sentence in sentences(text):
        if not (_PARTY.search(sentence) and _MOBILE.search(sentence)):
            continue
        negations = [m.start() for m in _NEGATION.finditer(sentence)]
        sharing = [m.start() for m in _SHARING.finditer(sentence)]
        # the negation must govern the sharing verb: within a few words of it
        if any(abs(n - v) <= 60 for n in negations for v in sharing):
            found.append(sentence)
    return found
