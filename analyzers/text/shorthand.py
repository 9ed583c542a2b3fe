"""Text-speak in a registration read as the words it stands for: "txts" is "texts", "r" is "are".

Busy owners fill in the registration the way they text: "Hemline txts customers when their
alterations r ready for pickup and reminds them of fitting appts", "enter ur cell #", "pls
bring the shoes". A reviewer reads those as the words they abbreviate, so every reader of the
campaign text and of the opt-in disclosure at the form does too, through this one table: the
phrase matcher of `analyzers.campaign.phrases` reads each shorthand token as its word (and still
as itself, so a pattern written for "msgs" keeps matching), the plain-word readers get
`spell_out`'s text, and the form's reader (`analyzers.optin.disclosure`) reads a consent label
like "yes pls txt me open volunteer shifts" a second time as "yes please text me open volunteer
shifts", mapping what it finds back through `spelled_reading`'s offsets. The text quoted as
evidence is always the owner's own.

Only shorthand with one everyday meaning is here. Single letters count only in lower case
("r", "u": "R&D" and "U.S." are not text-speak), and "#" only where it stands for "number":
alone or before digits ("cell #", "order #1234"), never a hashtag ("#tbt"). Digits are never
read as words ("STOP 2 quit", "HELP 4 help"): a digit before a noun is a count ("up to 4 msgs"),
and one inside a name or code ("4U Salon", "2FA") is part of it.

The same reading writes out a slip of the finger in the few keywords of the lines every
disclosure must carry ("Msg frequncy varies", "rates may aply": `misspelt_keyword`), when the
slip is no English word of its own ("carries" is not "carriers", "rely" not "reply").
"""

from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from pathlib import Path

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
    # the rates line cut short to fit a form's fine print: "Msg&Data Rts may apply"
    "rts": "rates",
    "#": "number",
}
_LOWER_CASE_ONLY = frozenset(w for w in SHORTHAND if len(w) == 1 and w.isalpha())
# the words of the lines every disclosure must carry ("Msg & data rates may apply", "Msg
# frequency varies", "Reply STOP", "Carriers are not liable for delayed or undelivered
# messages"): fine print typed in a hurry misspells them, and a reviewer still reads them
_KEYWORDS = (
    "apply",
    "frequency",
    "message",
    "messages",
    "messaging",
    "varies",
    "carrier",
    "carriers",
    "liable",
    "charges",
    "reply",
)


def _slips(word: str) -> set[str]:
    """The word typed with one slip of the finger: a letter dropped ("aply"), doubled
    ("frequeency") or swapped with the next ("frequnecy")."""
    slips = set()
    for i in range(len(word)):
        slips.add(word[:i] + word[i + 1 :])
        slips.add(word[:i] + word[i] + word[i:])
        if i + 1 < len(word):
            slips.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    slips.discard(word)
    return slips


_MISSPELT = {slip: word for word in _KEYWORDS for slip in _slips(word) if slip not in _KEYWORDS}


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """The words of spaCy's English lemma table (spacy-lookups-data), inflected ("carries")
    and not ("rely", "massage"); read from the file, so that the readers that never build the
    spaCy pipeline (the registration package's checks) need not build it for this."""
    try:
        import spacy_lookups_data

        path = Path(str(spacy_lookups_data.en["lemma_lookup"]))
        if not path.is_file():
            path = path.with_name(path.name + ".gz")
        table = json.loads(
            gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        )
    except (ImportError, OSError, KeyError, ValueError):
        return frozenset()
    return frozenset(table) | frozenset(table.values())


def misspelt_keyword(word: str) -> str | None:
    """The disclosure keyword `word` is a slip of (`_slips`), when it is no word itself:
    "frequncy" is "frequency", "aply" is "apply"; "carries" and "rely" are words, not slips of
    "carriers" and "reply". Without spaCy's lemma table no slip is read: "rely" could not be
    told from a typo."""
    lower = word.lower()
    meant = _MISSPELT.get(lower)
    if meant is None or lower in _english_words() or not _english_words():
        return None
    return meant


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*|#")
_JOINED_BEFORE = frozenset("/.@-_'#")  # part of a URL, address, hashtag or longer word
_JOINED_AFTER = frozenset("/@-_'")


def word_at(text: str, start: int, end: int) -> str | None:
    """The word the shorthand token ``text[start:end]`` stands for, or None when it is no
    shorthand or is part of something longer: a URL ("site.com/u/"), an address, a hashtag
    ("#tbt"), a word ("4u")."""
    token = text[start:end]
    lower = token.lower()
    meant = SHORTHAND.get(lower) or misspelt_keyword(token)
    if meant is None or (lower in _LOWER_CASE_ONLY and token != lower):
        return None
    before, after = text[start - 1 : start], text[end : end + 1]
    if before and (before.isalnum() or before in _JOINED_BEFORE):
        return None
    if token == "#":
        return None if after.isalpha() else meant
    if after.isalnum() or (after and after in _JOINED_AFTER):
        return None
    if after == "." and text[end + 1 : end + 2].isalnum():
        return None  # a domain: "ur.com"
    word = meant
    return word.capitalize() if token[:1].isupper() else word


def spell_out(text: str) -> str:
    """The text with its shorthand written out: "ur order r rdy" -> "your order are ready"."""
    return spelled_reading(text)[0]


def spelled_reading(text: str) -> tuple[str, list[int]]:
    """The text with its shorthand written out, and for each offset of that reading (its end
    included) the offset in the text as written, so that what a reader finds in "please text me
    open shifts" is quoted as the owner wrote it ("pls txt me open shifts"). A written-out word
    maps to the whole shorthand token it replaces."""
    pieces: list[str] = []
    where: list[int] = []
    last = 0
    for match in _WORD.finditer(text):
        word = word_at(text, match.start(), match.end())
        if word is None:
            continue
        spacer = " " if text[match.end() : match.end() + 1].isalnum() else ""  # "#12"
        pieces += [text[last : match.start()], word + spacer]
        where += list(range(last, match.start()))
        where += [match.start()] + [match.end()] * (len(word + spacer) - 1)
        last = match.end()
    if not pieces:
        return text, list(range(len(text) + 1))
    pieces.append(text[last:])
    where += list(range(last, len(text) + 1))
    return "".join(pieces), where
