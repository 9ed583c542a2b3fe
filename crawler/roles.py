"""Which roles a page plays (home, optin, privacy, terms, sms_terms, contact, about, agegate).

Judged as a reviewer finds them: by the URL, the title and headings, and the words of the links
that lead to the page. A page may play several roles (a combined "SMS terms & privacy" page).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.overlays import headings_outside_layers
from crawler.snapshot import Page
from crawler.urls import hash_route, registrable_domain

_SMS = r"(sms|text(ing)?|txt|mobile|messag(e|es|ing)|a2p|10dlc)"
ROLE_PATTERNS: dict[str, re.Pattern[str]] = {
    "sms_terms": re.compile(
        rf"\b{_SMS}[\s_-]*(terms|policy|program|conditions|consent|"
        rf"disclosure|opt[\s_-]?in)\b|\bterms[\s_-]*(for|of)[\s_-]*{_SMS}",
        re.IGNORECASE,
    ),
    "privacy": re.compile(
        r"\bprivacy\b|\bdata[\s_-]*protection\b|\bgdpr\b|\bccpa\b|"
        # Spanish: "Aviso de privacidad", "Política de privacidad", "Protección de datos"
        r"\bprivacidad\b|\bprotecci[oó]n[\s_-]*de[\s_-]*datos\b",
        re.IGNORECASE,
    ),
    "terms": re.compile(
        r"\bterms\b|\bconditions\b|\btos\b|\bt&c\b|\bterms[\s_-]*of[\s_-]*"
        r"(use|service)|\blegal\b|\buser[\s_-]*agreement\b|"
        # Spanish: "Términos y condiciones", "Condiciones de uso", "Aviso legal" (a bare
        # "condiciones" names road or weather conditions as often as the terms)
        r"\bt[eé]rminos\b|\bcondiciones[\s_-]*(de|del)[\s_-]*(uso|servicio|venta)\b",
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
    r"msg ?(&|and) ?data|message and data|"
    # Spanish: "mensajes de texto", "tarifas de mensajes y datos"
    r"mensajes? de texto|tarifas de (mensajes|msj|mensajer[ií]a))\b",
    re.IGNORECASE,
)
_PHONE_HINT = re.compile(
    r"phone|mobile|cell|\btel\b|your-tel|sms|\(\d{3}\)|\d{3}[-. ]\d{3}|"
    r"celular|tel[eé]fono|m[oó]vil",  # Spanish: "Celular", "Teléfono móvil"
    re.IGNORECASE,
)


def words_of(url: str) -> str:
    """The readable words of a URL path (and of a hash-routed app's route):
    /legal/sms-terms.html -> "legal sms terms", /#/privacy -> "privacy"."""
    path = f"{urlsplit(url).path} {hash_route(url)}"
    path = re.sub(r"\.(html?|php|aspx?|jsp)$", "", path, flags=re.IGNORECASE)
    return re.sub(r"[/_\-.]+", " ", path).strip()


# a page with more words of its own than this holds a document, not a pointer to one
FORWARDING_STUB_WORDS = 40


def forwards_to(page: Page) -> list[str]:
    """Where a page whose whole body points to a document on another domain sends the reader.
    A /terms page that says only "Our subscription terms are hosted at our policy center"
    (the link going to a policy-hosting domain) is a forwarding stub: the terms are the page
    it points to, and a reviewer clicks through and reads that one. A page with a document of
    its own (more than a few dozen words) or whose links stay on the site forwards nowhere;
    the nav, header and footer links every page has are not its body."""
    if page.main_text_words > FORWARDING_STUB_WORDS:
        return []
    site = registrable_domain(page.final_url or page.url)
    return [
        link.href
        for link in page.links
        if link.visible
        and link.region == "body"
        and not link.overlay
        and link.href.startswith(("http://", "https://"))
        and registrable_domain(link.href) != site
    ]


# the documents a reviewer reads beside the form, in the order the crawl looks for them
POLICY_ROLES = ("privacy", "terms", "sms_terms")


def plays_policy_role(page: Page) -> bool:
    """Is the page (also) one of the site's policy documents?"""
    return any(role in POLICY_ROLES for role in page.roles)


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
