"""Which roles a page plays (home, optin, privacy, terms, sms_terms, contact, about, agegate).

Judged as a reviewer finds them: by the URL, the title and headings, and the words of the links
that lead to the page. A page may play several roles (a combined "SMS terms & privacy" page).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.overlays import headings_outside_layers
from crawler.snapshot import Page
from crawler.urls import hash_route

_SMS = r"(sms|text(ing)?|txt|mobile|messag(e|es|ing)|a2p|10dlc)"
ROLE_PATTERNS: dict[str, re.Pattern[str]] = {
    "sms_terms": re.compile(
        rf"\b{_SMS}[\s_-]*(terms|policy|program|conditions|consent|"
        rf"disclosure|opt[\s_-]?in)\b|\bterms[\s_-]*(for|of)[\s_-]*{_SMS}",
        re.IGNORECASE,
    ),
    "privacy": re.compile(
        r"\bprivacy\b|\bdata[\s_-]*protection\b|\bgdpr\b|\bccpa\b", re.IGNORECASE
    ),
    "terms": re.compile(
        r"\bterms\b|\bconditions\b|\btos\b|\bt&c\b|\bterms[\s_-]*of[\s_-]*"
        r"(use|service)|\blegal\b|\buser[\s_-]*agreement\b",
        re.IGNORECASE,
    ),
    "contact": re.compile(
        r"\bcontact\b|\bget[\s_-]*in[\s_-]*touch\b|\blocations?\b|"
        r"\breach[\s_-]*us\b",
        re.IGNORECASE,
    ),
    "about": re.compile(
        r"\babout\b|\bour[\s_-]*(story|team|company|mission)\b|"
        r"\bwho[\s_-]*we[\s_-]*are\b|\bcompany\b",
        re.IGNORECASE,
    ),
}
_OPTIN_WORDS = re.compile(
    r"\b(sms|text (messages?|alerts?|updates?|notifications?|reminders?|offers?|me)|texts|"
    r"text(ing)? program|"
    r"mobile (alerts?|messages?|updates?)|opt[\s-]?in|sign ?up for (texts|sms|alerts)|"
    r"msg ?(&|and) ?data|message and data)\b",
    re.IGNORECASE,
)
_PHONE_HINT = re.compile(
    r"phone|mobile|cell|\btel\b|your-tel|sms|\(\d{3}\)|\d{3}[-. ]\d{3}", re.IGNORECASE
)


def words_of(url: str) -> str:
    """The readable words of a URL path (and of a hash-routed app's route):
    /legal/sms-terms.html -> "legal sms terms", /#/privacy -> "privacy"."""
    path = f"{urlsplit(url).path} {hash_route(url)}"
    path = re.sub(r"\.(html?|php|aspx?|jsp)$", "", path, flags=re.IGNORECASE)
    return re.sub(r"[/_\-.]+", " ", path).strip()


def has_phone_field(page: Page) -> bool:
    for form in page.forms:
        for control in form.controls:
            if control.type == "tel" or "tel" in control.autocomplete:
                return True
            if control.type in ("text", "number", "") and _PHONE_HINT.search(
                " ".join((control.name, control.id, control.label, control.placeholder))
            ):
                return True
    return False


def page_roles(page: Page, *, is_start: bool = False) -> list[str]:
    roles: list[str] = []
    url = page.final_url or page.url
    if (
        is_start
        or urlsplit(url).path in ("", "/", "/index.html", "/index.htm", "/home")
        and not hash_route(url)
    ):
        roles.append("home")
    title_words = " ".join([page.title, *headings_outside_layers(page)[:2]])
    signals = " ".join([words_of(page.final_url or page.url), title_words, *page.anchor_texts])
    for role, pattern in ROLE_PATTERNS.items():
        if pattern.search(signals):
            roles.append(role)
    if (
        "sms_terms" in roles
        and "terms" not in roles
        and re.search(r"terms|conditions", signals, re.IGNORECASE)
    ):
        roles.append("terms")
    if has_phone_field(page) and _OPTIN_WORDS.search(
        page.text + " " + " ".join(t.text for f in page.forms for t in f.texts)
    ):
        roles.append("optin")
    if page.agegate is not None:
        roles.append("agegate")
    return roles
