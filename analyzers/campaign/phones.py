"""North American (NANP) phone numbers: is the brand's support number dialable, and which
numbers appear inside a message.

NANP numbers are NXX-NXX-XXXX (N = 2-9). Area codes of the form N11 (211, 411, 911, ...) are
service codes, not area codes; neither are exchanges of that form. 555-0100 to 555-0199 are
reserved for fiction: valid in shape, never a real support line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# one phone-like run: optional +1, then 10 digits in the usual groupings, optional extension
PHONE_IN_TEXT = re.compile(
    r"(?<![\w+])(?:\+?1[\s.\-]?)?\(?\d{3}\)?[\s.\-]?\d{3}[\s.\-]?\d{4}"
    r"(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?(?!\d)",
    re.IGNORECASE,
)
_EXTENSION = re.compile(r"\s*(?:x|ext\.?|extension)\s*\d{1,6}$", re.IGNORECASE)
_ALLOWED = re.compile(r"^[\d\s().+\-]+$")


@dataclass(frozen=True)
class PhoneCheck:
    """A phone number judged: valid or not, why not, and whether it is a fictional 555 number."""

    raw: str
    digits: str  # the 10 NANP digits, when there are 10
    problem: str | None = None
    fictional: bool = False

    @property
    def valid(self) -> bool:
        return self.problem is None

    @property
    def formatted(self) -> str:
        if len(self.digits) != 10:
            return self.raw.strip()
        return f"({self.digits[:3]}) {self.digits[3:6]}-{self.digits[6:]}"


def check_phone(raw: str) -> PhoneCheck:
    """Judge a number as NANP; `problem` says in plain words what is wrong."""
    text = _EXTENSION.sub("", raw.strip())
    if not text:
        return PhoneCheck(raw, "", "no phone number is given")
    if re.search(r"[a-z]", text, re.IGNORECASE):
        return PhoneCheck(raw, "", "it contains letters")
    if not _ALLOWED.match(text):
        return PhoneCheck(raw, "", "it contains characters that are not part of a phone number")
    digits = re.sub(r"\D", "", text)
    if text.lstrip().startswith("+") and not digits.startswith("1"):
        return PhoneCheck(raw, digits, f"+{digits[:3]}… is not a US/Canada (+1) number")
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        return PhoneCheck(raw, digits, f"it has {len(digits)} digits; a US number has 10")
    area, exchange, line = digits[:3], digits[3:6], digits[6:]
    if area[0] in "01":
        return PhoneCheck(raw, digits, f"area code {area} cannot start with {area[0]}")
    if area[1:] == "11":
        return PhoneCheck(raw, digits, f"{area} is a service code (N11), not an area code")
    if exchange[0] in "01":
        return PhoneCheck(raw, digits, f"exchange {exchange} cannot start with {exchange[0]}")
    if exchange[1:] == "11":
        return PhoneCheck(raw, digits, f"exchange {exchange} is a service code (N11)")
    if len(set(digits)) == 1:
        return PhoneCheck(raw, digits, "it is a placeholder (all the same digit)")
    fictional = exchange == "555" and line.startswith("01")
    return PhoneCheck(raw, digits, None, fictional)


def find_phone_numbers(text: str) -> list[str]:
    """Phone numbers written in a message ("call (512) 555-0100", "+1 512.555.0100")."""
    found = []
    for match in PHONE_IN_TEXT.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        # a bare run of 10 digits is as likely an order or account number
        if re.fullmatch(r"\d{10,11}", match.group()) and not _dial_words_near(text, match):
            continue
        if len(digits) in (10, 11):
            found.append(match.group().strip())
    return found


def _dial_words_near(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 25) : match.start()].lower()
    return bool(re.search(r"\b(call|text|phone|tel|dial|reach us|at)\b\W*$", before))


# a placeholder in brackets, braces or angle brackets: "[phone]", "{{callback_number}}", "<tel>"
_PLACEHOLDER = re.compile(
    r"\[[^\]\n]{1,40}\]|\{\{?[^}\n]{1,40}\}?\}|<[^>\n]{1,40}>|%[A-Za-z_ ]{1,40}%"
)
# words that say the placeholder is a number to dial
_PHONE_WORDS = re.compile(
    r"\b(?:phone|tel\b|telephone|mobile|cell\b|cellphone|callback|fax\b|"
    r"whatsapp|hotline|contact\s*number)",
    re.IGNORECASE,
)
_NOT_PHONE = re.compile(r"\b(?:link|url|app|site|page)", re.IGNORECASE)  # "[mobile app link]"
_BARE_NUMBER = re.compile(r"^\W*(?:(?:the|a|your|our)\W+)?(?:number|no|num|#)\W*$", re.IGNORECASE)


def find_phone_placeholders(text: str) -> list[str]:
    """Placeholders that stand for a phone number in a sample message.

    "[phone]", "[office phone]", "{{callback_number}}" name a phone. A bare "[number]" names
    whatever it follows: "truck [number]", "policy [number]" and "order [number]" number a truck,
    a policy or an order; it is a phone number only where the words before it dial it ("call
    [number]", "text us at [number]").
    """
    found = []
    for match in _PLACEHOLDER.finditer(text):
        inner = match.group()[1:-1].strip("{} ").replace("_", " ")
        named = _PHONE_WORDS.search(inner) and not _NOT_PHONE.search(inner)
        if named or (_BARE_NUMBER.match(inner) and _dial_words_near(text, match)):
            found.append(match.group())
    return found
