"""Is this control where a person types a phone number? Builders name phone inputs in many ways.

Signals, strongest first: type=tel, autocomplete=tel*, a name/id word (phone, mobile, cell, tel,
sms), a label or placeholder that speaks of a phone/mobile number, a placeholder shaped like a
number ("(555) 555-5555"), and a number split over three inputs of 3, 3 and 4 digits.
"""

from __future__ import annotations

import re

from crawler.snapshot import Control, Form

_TEXTUAL_TYPES = frozenset({"text", "tel", "number", "", "phone"})
# words inside names/ids once split on case and punctuation: your-tel, optinPhone, mobile_no
_NAME_WORDS = frozenset(
    {
        "phone",
        "phonenumber",
        "mobile",
        "mobilenumber",
        "mobilephone",
        "cell",
        "cellphone",
        "cellular",
        "tel",
        "telephone",
        "msisdn",
        "smsnumber",
        "textnumber",
        "whatsapp",
        "handy",
    }
)
_NOT_PHONE_WORDS = frozenset(
    {"fax", "telegram", "ext", "extension", "code", "country", "verification", "pin", "otp"}
)
_LABEL = re.compile(
    r"\b(phone|mobile|cell(ular)?|telephone|tel|whatsapp)\b(?!\s*(ext|extension))"
    r"|\b(text|texting|sms|mobile|cell|contact) (number|no\.?|#)",
    re.IGNORECASE,
)
_LABEL_NOT = re.compile(r"\bfax\b|\bextension\b|\bcountry code\b", re.IGNORECASE)
_NUMBER_SHAPE = re.compile(
    r"\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b|\bx{3}[\s.-]?x{3}[\s.-]?x{4}\b|^\+1\b|\(\d{3}\)|"
    r"\(\s*_{3}\s*\)|_{3}-_{3}-_{4}|\b\d{3}-\d{3}-\d{4}\b",
    re.IGNORECASE,
)
_MAXLENGTH = re.compile(r"\bmaxlength=[\"']?(\d+)", re.IGNORECASE)


def name_words(value: str) -> list[str]:
    """ "optinPhone" -> ["optin", "phone"]; "your-tel" -> ["your", "tel"]; "input_3" -> [...]."""
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", value)
    return [w for w in re.split(r"[^A-Za-z]+", spaced.lower()) if w]


def is_phone_control(control: Control) -> bool:
    """A single input that collects a phone number."""
    if control.tag not in ("input", "textarea") or control.type not in _TEXTUAL_TYPES:
        return control.tag == "input" and control.type == "tel"
    if (
        control.type == "tel"
        or control.autocomplete.lower().startswith("tel")
        or " tel" in f" {control.autocomplete.lower()}"
    ):
        return True
    words = set(name_words(control.name) + name_words(control.id))
    if words & {"sms", "text", "contact"} and "number" in words:
        return True  # "smsNumber", "text_number", "contactNumber"
    if words & _NAME_WORDS and not words & _NOT_PHONE_WORDS:
        return True
    described = f"{control.label} {control.placeholder}"
    if _LABEL.search(described) and not _LABEL_NOT.search(described):
        # a label that runs on (the consent's fine print inside it) still names the field
        # when the placeholder shows a phone number
        return (
            len(control.label) < 120
            or bool(_LABEL.search(control.placeholder))
            or bool(_NUMBER_SHAPE.search(control.placeholder))
        )
    return bool(_NUMBER_SHAPE.search(control.placeholder))


def _maxlength(control: Control) -> int | None:
    match = _MAXLENGTH.search(control.html)
    return int(match.group(1)) if match else None


def split_phone_parts(form: Form) -> list[Control]:
    """Three consecutive short inputs (3, 3, 4 digits): a phone number typed in parts."""
    controls = [c for c in form.controls if c.tag == "input" and c.type in _TEXTUAL_TYPES]
    for i in range(len(controls) - 2):
        trio = controls[i : i + 3]
        if [_maxlength(c) for c in trio] == [3, 3, 4]:
            return trio
    return []


def phone_fields(form: Form) -> list[Control]:
    """Every control of the form that takes (part of) a phone number."""
    found = [c for c in form.controls if is_phone_control(c)]
    for part in split_phone_parts(form):
        if part not in found:
            found.append(part)
    return found
