"""E-mail addresses: syntax, domain, and whether the domain is a public mailbox provider.

Reviewers want a support address on the brand's own domain: anyone can open
acme.health@gmail.com, so a public provider proves nothing about who the business is. The list of
providers is data (``analyzers/vocab/public_email_providers.txt``), matched on the registrable
domain so that regional and sub-domains (mail.yahoo.co.uk, ymail.com) count too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyzers.campaign.domains import site_domain
from analyzers.text.vocabulary import word_list

_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")
EMAIL_IN_TEXT = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


@dataclass(frozen=True)
class EmailCheck:
    raw: str
    domain: str  # lower-case host part ("" when there is none)
    problem: str | None = None

    @property
    def valid(self) -> bool:
        return self.problem is None

    @property
    def registrable(self) -> str:
        return site_domain(self.domain) if self.domain else ""


def check_email(raw: str) -> EmailCheck:
    """Judge an address by its syntax and the shape of its domain (no network)."""
    text = raw.strip()
    if not text:
        return EmailCheck(raw, "", "no e-mail address is given")
    if " " in text:
        return EmailCheck(raw, "", "it contains a space")
    if text.count("@") != 1:
        return EmailCheck(raw, "", "an address has exactly one @")
    local, domain = text.split("@")
    domain = domain.lower().rstrip(".")
    if not local or len(local) > 64 or not _LOCAL.match(local):
        return EmailCheck(raw, domain, f"the part before @ ({local!r}) is not valid")
    labels = domain.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        return EmailCheck(raw, domain, f"{domain!r} is not a valid domain")
    if not re.fullmatch(r"[a-z]{2,}|xn--[a-z0-9-]+", labels[-1]):
        return EmailCheck(raw, domain, f"{domain!r} does not end in a real top-level domain")
    if domain in ("example.com", "example.org", "example.net") or labels[-1] in (
        "test",
        "invalid",
        "localhost",
        "example",
    ):
        return EmailCheck(raw, domain, f"{domain} is reserved for examples")
    return EmailCheck(raw, domain)


def is_public_provider(domain: str) -> bool:
    domain = domain.lower().strip(".")
    providers = word_list("public_email_providers")
    return domain in providers or site_domain(domain) in providers


def find_emails(text: str) -> list[str]:
    return [m.group().rstrip(".") for m in EMAIL_IN_TEXT.finditer(text)]
