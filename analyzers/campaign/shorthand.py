"""Text-speak in a registration read as the words it stands for: "txts" is "texts", "r" is "are".

Busy owners fill in the registration the way they text: "Hemline txts customers when their
alterations r ready for pickup and reminds them of fitting appts", "enter ur cell #", "pls
bring the shoes". A reviewer reads those as the words they abbreviate, so every reader of the
campaign text does too, through this one table: the phrase matcher of
`analyzers.campaign.phrases` reads each shorthand token as its word (and still as itself, so a
pattern written for "msgs" keeps matching), and the plain-word readers get `spell_out`'s text.
The text quoted as evidence is always the owner's own.

Only shorthand with one everyday meaning is here. Single letters count only in lower case
("r", "u": "R&D" and "U.S." are not text-speak), and "#" only where it stands for "number":
alone or before digits ("cell #", "order #1234"), never a hashtag ("#tbt").
"""

from __future__ import annotations

import re

SHORTHAND: dict[str, str] = {
    "txt": "text",
    "txts": "texts",
    "txted": "texted",
    "txting": "texting",
    "msg": "message",
    "msgs": "messages",
    "r": "are",
    "u": "you",
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "appt": "appointment",
    "appts": "appointments",
    "acct": "account",
    "pmt": "payment",
    "pymt": "payment",
    "amt": "amount",
    "rdy": "ready",
    "abt": "about",
    "tmrw": "tomorrow",
    "thx": "thanks",
    "thnx": "thanks",
    "ppl": "people",
    "bday": "birthday",
    "wk": "week",
    "wkly": "weekly",
    "#": "number",
}
_LOWER_CASE_ONLY = frozenset(w for w in SHORTHAND if len(w) == 1 and w.isalpha())
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*|#")
_JOINED_BEFORE = frozenset("/.@-_'#")  # part of a URL, address, hashtag or longer word
_JOINED_AFTER = frozenset("/@-_'")


def word_at(text: str, start: int, end: int) -> str | None:
    """The word the shorthand token ``text[start:end]`` stands for, or None when it is no
    shorthand or is part of something longer: a URL ("site.com/u/"), an address, a hashtag
    ("#tbt"), a word ("4u")."""
    token = text[start:end]
    lower = token.lower()
    if lower not in SHORTHAND or (lower in _LOWER_CASE_ONLY and token != lower):
        return None
    before, after = text[start - 1 : start], text[end : end + 1]
    if before and (before.isalnum() or before in _JOINED_BEFORE):
        return None
    if token == "#":
        return None if after.isalpha() else SHORTHAND["#"]
    if after.isalnum() or (after and after in _JOINED_AFTER):
        return None
    if after == "." and text[end + 1 : end + 2].isalnum():
        return None  # a domain: "ur.com"
    word = SHORTHAND[lower]
    return word.capitalize() if token[:1].isupper() else word


def spell_out(text: str) -> str:
    """The text with its shorthand written out: "ur order r rdy" -> "your order are ready"."""
    pieces, last = [], 0
    for match in _WORD.finditer(text):
        word = word_at(text, match.start(), match.end())
        if word is None:
            continue
        spacer = " " if text[match.end() : match.end() + 1].isalnum() else ""  # "#12"
        pieces += [text[last : match.start()], word + spacer]
        last = match.end()
    return "".join(pieces) + text[last:] if pieces else text
