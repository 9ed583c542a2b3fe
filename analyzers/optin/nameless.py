"""Does the disclosure name anyone at all? For a site whose business name prevet cannot tell.

Without a campaign file or a name on the site, prevet cannot say whether a disclosure names the
registered brand, so it asks a person to look. But a disclosure can name no one: "I agree to
receive SMS messages" under "Opt-In for SMS Messages" has no word that could be a business's
name, and no brand can be in it. A word could be a name when it is capitalised and is not a
common English function word nor a word of the SMS disclosure vocabularies (so a heading's title
case, "Reply STOP", "Msg & Data Rates" and "Privacy Policy" name no one); anything else (a
single "Acme", an all-caps "ACME") leaves the question to a person.
"""

from __future__ import annotations

import re
from functools import cache

import yaml
from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.optin.plain_words import MESSAGE_WORDS
from analyzers.text.vocabulary import VOCAB_DIR

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_LETTERS = re.compile(r"[a-z]+")
# form and policy words a disclosure capitalises that the vocabularies need not spell out
_FORM_WORDS = frozenset(
    "policy privacy terms conditions service services use notice opt in out yes no submit "
    "sign up phone mobile number name email consent agree text texts sms mms".split()
)


@cache
def common_words() -> frozenset[str]:
    """Words that are never a business's name on their own: English function words, the words
    of the opt-in and disclosure vocabularies, and message words."""
    words: set[str] = set(STOP_WORDS) | set(MESSAGE_WORDS) | _FORM_WORDS
    for name in ("optin", "disclosure"):
        data = yaml.safe_load((VOCAB_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
        for entry in data.values():
            for pattern in (entry or {}).get("patterns", []) if isinstance(entry, dict) else []:
                words.update(_LETTERS.findall(str(pattern).lower()))
    return frozenset(words)


def could_be_a_name(word: str) -> bool:
    return word[:1].isupper() and word.lower().strip("'’") not in common_words()


def names_no_one(texts: list[str]) -> bool:
    """True when no word of these texts could be a business's name."""
    return not any(could_be_a_name(word) for text in texts for word in _WORD.findall(text))
