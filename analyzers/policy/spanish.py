"""The sharing promise in a Spanish sentence: a small reading for bilingual US policies.

Many US businesses that text Spanish-speaking customers publish their privacy policy in both
languages, sometimes on one page, and reviewers read either. The English reader in clauses.py
does not understand Spanish; this one reads the three things that decide the promise, the same
way and nothing more: a sharing verb, whether a negation governs it ("no compartimos", "nunca
vendemos ni compartimos", "que no se comparten"), whether mobile data is named, and whether an
exception follows ("excepto", "salvo", "a menos que", "con su consentimiento"). A positive
sharing of mobile data with third parties, partners or for marketing is the exception. Anything
else is left to the English reader (which reads it as neutral).
"""

from __future__ import annotations

import re

# a few very common Spanish words, and none of them English: the sentence is Spanish
_SPANISH_WORDS = re.compile(
    r"\b(?:su|sus|los|las|del|con|que|nuestr[oa]s?|terceros|datos|n[úu]mero|se|ni|para|"
    r"esto|nunca|no|podemos)\b",
    re.IGNORECASE,
)
_ENGLISH_WORDS = re.compile(r"\b(?:the|we|your|with|and|of|to|is|are)\b", re.IGNORECASE)
_SHARE = re.compile(
    r"\b(?:compart|vend|divulg|revel|transfier|transfer|alquil|ced[eiae]|entreg|proporcion)\w*",
    re.IGNORECASE,
)
_SALE = re.compile(r"^(?:vend|alquil)", re.IGNORECASE)
# a negation governs the verb when at most a clitic or another negated verb stands between:
# "no se comparten", "nunca vendemos ni compartimos", "no lo compartimos"
_NEGATED = re.compile(
    r"\b(?:no|nunca|jam[áa]s|ni)\s+(?:(?:se|lo|la|los|las|le|les)\s+|\w+\s+ni\s+)?$",
    re.IGNORECASE,
)
# a negative quantifier in the subject negates the verb of its clause, as "No information will
# be shared" does: "Ninguna información de su móvil será compartida", "Ningún dato se vende";
# a clause break after it ("; pero ...", ", sino ...") ends its reach
_NEGATIVE_SUBJECT = re.compile(
    r"\b(?:ningun[oa]?|ningún|nada)\b(?:(?![;:]|\b(?:pero|sino|excepto|salvo)\b).)*$",
    re.IGNORECASE,
)
_MOBILE = re.compile(
    r"\b(?:m[óo]vil|celular|tel[ée]fono|mensajes?\s+de\s+texto|sms|textos?)\b", re.IGNORECASE
)
_CARVE_OUT = re.compile(
    r"\b(?:excepto|salvo|a\s+menos\s+que|sin\s+(?:su|tu)\s+(?:previo\s+)?(?:consentimiento|"
    r"permiso|autorizaci[óo]n)|con\s+(?:su|tu)\s+(?:consentimiento|permiso|autorizaci[óo]n))\b",
    re.IGNORECASE,
)
_RECIPIENT = re.compile(
    r"\b(?:terceros|socios|afiliad\w*|anunciantes|otras\s+empresas|comercializador\w*|"
    r"mercadeo|marketing|publicidad|publicitari\w*|promocion\w*)\b",
    re.IGNORECASE,
)
_MIN_SPANISH = 3


def is_spanish(sentence: str) -> bool:
    return len(_SPANISH_WORDS.findall(sentence)) >= _MIN_SPANISH and len(
        _SPANISH_WORDS.findall(sentence)
    ) > 2 * len(_ENGLISH_WORDS.findall(sentence))


def read_spanish(sentence: str) -> tuple[str, str] | None:
    """(label, why) for a Spanish sentence about sharing mobile data, else None. Labels are the
    English reader's: promise, sale_promise, exception."""
    if not is_spanish(sentence) or not _MOBILE.search(sentence):
        return None
    verbs = list(_SHARE.finditer(sentence))
    if not verbs:
        return None
    negated = [
        v
        for v in verbs
        if _NEGATED.search(sentence[: v.start()]) or _NEGATIVE_SUBJECT.search(sentence[: v.start()])
    ]
    text = sentence.strip().rstrip(".;:,")
    if negated:
        if _CARVE_OUT.search(sentence, negated[-1].end()):
            return "exception", f"the promise has an exception: “{text}”"
        if all(_SALE.match(v.group()) for v in negated):
            return "sale_promise", "mobile data is not sold; nothing is said of sharing"
        return "promise", f"mobile data is not shared: “{text}”"
    if _RECIPIENT.search(sentence, verbs[0].end()):
        return "exception", f"mobile data is shared with others: “{text}”"
    return None
