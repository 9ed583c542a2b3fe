"""Is the page a reviewer lands on really a privacy policy (or terms), or a 404 in disguise?

Sites link "Privacy Policy" to pages that answer 200 but say "Page not found", to the home page,
to a "coming soon" one-liner. A reviewer rejects those (7102) just as if there were no policy.
A document is recognized by what it talks about (collection, use, sharing, rights for a policy;
agreement, liability, the SMS program for terms), not by its title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.roles import words_of

_NOT_FOUND = (
    r"page (was )?not found|(page|content) (could )?not be found|can(no|')t be found|"
    r"couldn't find (that|this|the) page|could not find (that|this|the) page|"
    r"(page|it) (doesn't|does not|no longer) exists?|no longer available|"
    r"nothing (was )?found|error 404|404 (error|page|not found)"
)
_SOFT_404_TITLE = re.compile(rf"^\W*404\b|\b({_NOT_FOUND})\b|^\W*oops\b", re.IGNORECASE)
_SOFT_404_BODY = re.compile(rf"\b({_NOT_FOUND})\b", re.IGNORECASE)
_PLACEHOLDER = re.compile(
    r"\b(coming soon|under construction|lorem ipsum|to be (added|"
    r"updated|published)|insert (your )?(policy|text))\b",
    re.IGNORECASE,
)
# the subjects a privacy policy covers; a real one talks about several of them
_PRIVACY_TOPICS = {
    "collect": re.compile(r"\bcollect(s|ed|ing|ion)?\b", re.IGNORECASE),
    "personal": re.compile(
        r"\b(personal|personally identifiable|your) (information|data)\b", re.IGNORECASE
    ),
    "use": re.compile(
        r"\b(use|process)(s|d)? (of )?(your|the|this|such) (information|data)\b|"
        r"\bhow we use\b|"
        # "We collect your name and number. We use it to respond to your request": the
        # pronoun stands for the information just named, with the purpose after it
        r"\bwe (?:only )?use (?:it|them) (?:only )?(?:to|for)\b",
        re.IGNORECASE,
    ),
    "share": re.compile(r"\b(share|sell|disclose|third[- ]part(y|ies))\b", re.IGNORECASE),
    "privacy": re.compile(r"\bprivacy\b", re.IGNORECASE),
    "cookies": re.compile(r"\bcookies?\b|\btracking\b", re.IGNORECASE),
    "rights": re.compile(
        r"\b(opt[- ]?out|your rights|access|delete|deletion|unsubscribe|"
        r"stop)\b",
        re.IGNORECASE,
    ),
    "security": re.compile(
        r"\b(secur(e|ity)|protect(s|ed|ion)?|safeguard|retain|retention)\b", re.IGNORECASE
    ),
    "contact": re.compile(r"\bcontact us\b|\bquestions\b|@[a-z0-9-]+\.", re.IGNORECASE),
}
_TERMS_TOPICS = {
    "agree": re.compile(r"\b(agree|agreement|consent|accept)(s|d|ing)?\b", re.IGNORECASE),
    "terms": re.compile(r"\bterms\b|\bconditions\b", re.IGNORECASE),
    # a disclaimer in plain words is one too: "we take no responsibility for any outcomes",
    # "we are not responsible for missed alerts"; "you are responsible for your account" is not
    "liability": re.compile(
        r"\b(liab(le|ility)|warrant(y|ies)|indemnif|disclaim)|"
        r"\b(?:take|takes|accept|accepts|assume|assumes|bear|bears)\s+no\s+responsibility\b|"
        r"\b(?:not|never)\s+(?:be\s+)?(?:held\s+)?responsible\s+for\b",
        re.IGNORECASE,
    ),
    "program": re.compile(r"\b(program|service|services|messages?|texts?|sms)\b", re.IGNORECASE),
    "rates": re.compile(r"\brates? may apply\b|\bdata rates\b", re.IGNORECASE),
    "optout": re.compile(r"\b(stop|opt[- ]?out|cancel|unsubscribe|terminat)", re.IGNORECASE),
    "help": re.compile(r"\bhelp\b|\bsupport\b|\bcontact\b", re.IGNORECASE),
    # "you agree not to sue or take legal action against us": a waiver of claims
    "law": re.compile(
        r"\b(governing law|laws?|jurisdiction|dispute|arbitration|legal action|lawsuits?|"
        r"sue)\b",
        re.IGNORECASE,
    ),
    "change": re.compile(
        r"\b(change|modify|update)s? (to )?(these|this|the) (terms|program)\b", re.IGNORECASE
    ),
}
# the same subjects in a Spanish policy or terms (a Spanish-only site's "Aviso de privacidad",
# "Términos y condiciones"): a page is read as the document in either language
_SPANISH_PRIVACY_TOPICS = {
    "collect": re.compile(r"\b(recopil|recab|recolect)\w*", re.IGNORECASE),
    "personal": re.compile(
        r"\b(informaci[oó]n|datos) personal(es)?\b|\bsus datos\b|\bsu informaci[oó]n\b",
        re.IGNORECASE,
    ),
    "use": re.compile(
        r"\b(usamos|utilizamos|usarla|usarlos|utilizarla|utilizarlos|c[oó]mo usamos)\b",
        re.IGNORECASE,
    ),
    "share": re.compile(r"\b(compart|vend|divulg)\w*|\bterceros\b", re.IGNORECASE),
    "privacy": re.compile(r"\bprivacidad\b", re.IGNORECASE),
    "rights": re.compile(
        r"\b(darse de baja|sus derechos|acceder|eliminar|cancelar|(?-i:ALTO))\b", re.IGNORECASE
    ),
    "security": re.compile(r"\b(seguridad|proteg\w*|protecci[oó]n|conserva\w*)\b", re.IGNORECASE),
    "contact": re.compile(r"\b(cont[aá]ct\w*|preguntas)\b", re.IGNORECASE),
}
_SPANISH_TERMS_TOPICS = {
    "agree": re.compile(r"\b(acept\w*|consentimiento|de acuerdo)\b", re.IGNORECASE),
    "terms": re.compile(r"\bt[eé]rminos\b|\bcondiciones\b", re.IGNORECASE),
    "liability": re.compile(r"\b(responsab\w*|garant[ií]as?)\b", re.IGNORECASE),
    "program": re.compile(r"\b(programa|servicios?|mensajes?|sms)\b", re.IGNORECASE),
    "rates": re.compile(r"\btarifas de (mensajes|datos)\b", re.IGNORECASE),
    "optout": re.compile(r"\b((?-i:ALTO)|cancelar|darse de baja)\b", re.IGNORECASE),
    "help": re.compile(r"\b(ayuda|soporte)\b", re.IGNORECASE),
    "law": re.compile(r"\b(leyes|ley|jurisdicci[oó]n|arbitraje|disputas?)\b", re.IGNORECASE),
}
_MIN_WORDS = 40
_MIN_TOPICS = 4
# a page that calls itself the privacy policy, in its title or its first heading
_TITLED_POLICY = re.compile(
    r"\bprivacy (policy|notice|statement)\b|"
    r"\b(aviso|pol[ií]tica|declaraci[oó]n) de privacidad\b",
    re.IGNORECASE,
)
# a statement of what is done with the visitor's information: a verb of handling that governs,
# in the same clause, information or a kind of it ("we do not sell or share your name, email
# address or mobile phone number", "we collect the data you enter"); "we use cookies" or "read
# our privacy policy" handle no information
_HANDLED = (
    r"\b(collect|use|share|sell|disclose|store|keep|process|rent|trade|transfer)"
    r"(s|d|ed|ing)?\b"
)
_INFORMATION = (
    r"\b(information|data|details|records|names?|e-?mail address(es)?|"
    r"(mobile |cell |tele)?phone numbers?|mobile numbers?|addresses)\b"
)
# the same said of the information, in the passive: "No personal data is shared or used for
# marketing", "Your phone number will never be sold"
_HANDLED_PASSIVE = (
    r"\b(is|are|was|were|be|been)\s+(?:not\s+|never\s+)?"
    r"(collected|used|shared|sold|disclosed|stored|kept|processed|rented|traded|transferred)\b"
)
_HANDLING_STATEMENT = re.compile(
    rf"{_HANDLED}[^.;:!?()]{{0,60}}?{_INFORMATION}|{_INFORMATION}[^.;:!?()]{{0,30}}?"
    rf"{_HANDLED_PASSIVE}",
    re.IGNORECASE,
)
# the same in Spanish: "No vendemos su información personal", "recopila su nombre, teléfono"
_SPANISH_HANDLING_STATEMENT = re.compile(
    r"\b((recopil|recab|recolect|utiliz|compart|vend|divulg|guard|almacen)\w*|"
    r"us(a|an|amos|ar|arla|arlos))\b"
    r"[^.;:!?()]{0,60}?\b(informaci[oó]n|datos|nombres?|correos?|tel[eé]fonos?|"
    r"n[uú]meros? de (tel[eé]fono|celular))\b",
    re.IGNORECASE,
)
# a page that calls itself the terms, in its title or its first heading
_TITLED_TERMS = re.compile(r"\bterms\b|\bconditions\b|\bt&cs?\b|\bt[eé]rminos\b", re.IGNORECASE)
# the SMS program's own disclosures (not its name or the privacy link, which any page has)
_PROGRAM_DISCLOSURES = frozenset(
    {"message_type", "frequency", "rates", "carrier_liability", "help", "stop"}
)
_MIN_DISCLOSURES = 3
# the words of an address that name the document: /privacy, /privacy-policy.html, /terms,
# /terms-and-conditions, /sms-terms, /tos
_PATH_NAMES = {
    "privacy": re.compile(r"\bprivacy\b|\bprivacidad\b", re.IGNORECASE),
    "terms": re.compile(r"\bterms\b|\bconditions\b|\btos\b|\bt[eé]rminos\b", re.IGNORECASE),
}
_SMS_WORDS = r"(sms|mms|txt|texts?|texting|text[\s-]messag\w*|messaging|mobile)"
# a sentence whose subject is the SMS program or service and that says what it is or does:
# "This SMS service is used for internal IT alerting only", "Our text message program sends
# appointment reminders", "The Acme text alerts are order updates"
_PROGRAM_DESCRIBED = re.compile(
    rf"\b(this|our|the|these)\s+(?:[\w&'’-]+\s+){{0,3}}?{_SMS_WORDS}\s+"
    r"(?:[\w-]+\s+)?(service|program(me)?|alerts|notifications|messages)\s+"
    r"(is|are|will|sends?|provides?|delivers?|offers?|gives?|lets?|keeps?|notif(y|ies))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Recognition:
    """Whether a page holds the document, and if not, what a reviewer would see instead."""

    is_document: bool
    reason: str  # why not (empty when it is the document)
    topics: frozenset[str] = frozenset()  # the subjects it speaks of, when read that far


def recognize(
    kind: str,
    *,
    status: int,
    title: str,
    headings: list[str],
    body: str,
    error: str | None = None,
    url: str = "",
) -> Recognition:
    """Judge a page's body text as a "privacy" policy or "terms" document (`url`, the page's
    address, when known: a thin page at the document's own address may still be it)."""
    if error:
        return Recognition(False, f"the page could not be loaded ({error})")
    if status >= 400:
        return Recognition(False, f"the page answers HTTP {status}")
    words = len(body.split())
    if any(_SOFT_404_TITLE.search(t) for t in (title, *headings[:2])) or (
        words < 150 and _SOFT_404_BODY.search(body[:600])
    ):
        return Recognition(
            False, f"the page is a “page not found” page (answered with status {status or 200})"
        )
    # read only when the page is too short to be terms otherwise
    short_terms = (
        words < _MIN_WORDS and kind == "terms" and _short_titled_terms(title, headings, body)
    )
    thin = words < _MIN_WORDS and _thin_at_its_address(kind, url, title, headings, body)
    if words < _MIN_WORDS and not (short_terms or thin):
        return Recognition(False, f"the page holds only {words} words of text")
    if _PLACEHOLDER.search(body[:2000]) and words < 200:
        return Recognition(False, "the page is a placeholder (“coming soon”)")
    topics = frozenset(topics_of(kind, body))
    found = sorted(topics)
    if len(found) < _MIN_TOPICS and not (
        short_terms or thin or kind == "privacy" and _short_titled_policy(title, headings, body)
    ):
        what = "privacy policy" if kind == "privacy" else "terms"
        return Recognition(
            False,
            f"the page does not read as {what}: it speaks of "
            f"{', '.join(found) or 'none of the subjects'} only",
            topics,
        )
    return Recognition(True, "", topics)


def _short_titled_policy(title: str, headings: list[str], body: str) -> bool:
    """Is a short page a privacy policy because it calls itself one and says what is done with
    the visitor's information? A 100-word policy titled "Privacy Policy" with "We do not use or
    disclose your tax return information without your consent" and "We do not sell or share
    your name, email address or mobile phone number with third parties" speaks of few of the
    subjects a long policy covers, but it is the business's policy, and a reviewer judges what
    it promises. A page titled so that handles no information is not: a cookie notice ("we use
    cookies to improve the site"), a page that only links to the policy ("Read our Privacy
    Policy here"), a "Do not sell my information" form (which calls itself a request)."""
    if not any(_TITLED_POLICY.search(t) for t in (title, *headings[:1])):
        return False
    return bool(_HANDLING_STATEMENT.search(body) or _SPANISH_HANDLING_STATEMENT.search(body))


def _short_titled_terms(title: str, headings: list[str], body: str) -> bool:
    """Is a short page the terms because it calls itself so and states the SMS program's terms?
    A 39-word page titled "Terms" that reads "Acme refill texts: refill-ready notices. Up to 8
    msgs/month. Message and data rates may apply. Reply HELP for help or STOP to cancel.
    Carriers are not liable for delayed or undelivered messages. Privacy Policy." is the whole
    of a small program's terms: a reviewer opening the link reads them, and judges what they
    say. Its sentences must state at least three of the program's disclosures (message types,
    frequency, rates, carrier liability, HELP, STOP), read as in general terms, where a count
    or an opt-out must be said of texts. A page titled "Terms" that says "Coming soon", holds
    only the site's menu or one "Reply STOP to cancel" states no program and is not terms."""
    if not any(_TITLED_TERMS.search(t) for t in (title, *headings[:1])):
        return False
    # the element readers import this module (through locate.py)
    from analyzers.policy.terms_elements import elements_stated
    from analyzers.text.sentences import split_sentences

    stated = elements_stated(split_sentences(body.splitlines(), headings))
    return len(stated & _PROGRAM_DISCLOSURES) >= _MIN_DISCLOSURES


def _thin_at_its_address(kind: str, url: str, title: str, headings: list[str], body: str) -> bool:
    """Is a page of a few sentences the document because it stands at the document's address,
    calls itself the document and says something of what the document is about? A site of
    bare compliance pages answers /privacy with "Privacy Policy - Acme Alerts: This service
    texts our staff about outages. No personal data is shared or used for marketing." and
    /terms with "Terms and Conditions - Acme Alerts: This SMS service is used for internal
    alerts only.": that is all the policy and all the terms there are, and a reviewer opening
    them judges what they lack (no STOP, no rates, no carrier liability), not whether they
    exist. A policy must say what is done with the visitor's information (`_HANDLING_STATEMENT`,
    active or passive); the terms must describe the SMS program they govern (a sentence with
    the program or service as its subject, `_PROGRAM_DESCRIBED`).

    Not one: a "Terms" page that says only "Reply STOP to cancel" or "Coming soon", or holds
    the site's menu (no program described); a "Privacy Policy" page that only links to the
    policy or says the site uses cookies (no information handled); any such page at an
    address that does not name the document (/info, /page-2), which `_short_titled_terms`
    judges as before."""
    if not url or not _PATH_NAMES[kind].search(words_of(url)):
        return False
    titled = _TITLED_POLICY if kind == "privacy" else _TITLED_TERMS
    if not any(titled.search(t) for t in (title, *headings[:1])):
        return False
    if kind == "privacy":
        return bool(_HANDLING_STATEMENT.search(body) or _SPANISH_HANDLING_STATEMENT.search(body))
    return bool(_PROGRAM_DESCRIBED.search(body))


def topics_of(kind: str, body: str) -> set[str]:
    """The subjects of a "privacy" policy or "terms" the text speaks of ("collect", "use",
    "share", ... for a policy)."""
    topics = _PRIVACY_TOPICS if kind == "privacy" else _TERMS_TOPICS
    spanish = _SPANISH_PRIVACY_TOPICS if kind == "privacy" else _SPANISH_TERMS_TOPICS
    return {name for name, pattern in topics.items() if pattern.search(body)} | {
        name for name, pattern in spanish.items() if pattern.search(body)
    }
