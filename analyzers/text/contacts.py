"""Email addresses and US phone numbers as a page writes them, and the address of a mailto:
link: one reading for the site checks (visible contact details) and the policy paragraphs
prevet suggests (the contact to fill in), so both count the same numbers.

A site template's sample contact left in place ("info@yourdomain.com", "(000) 000-0000") is no
way to reach anyone, so neither reading counts it; `is_placeholder_email` and
`is_placeholder_phone` say which are, and `find_placeholders` quotes them for the evidence.
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
# the groups of a number are set apart by a space, a dot or any dash a page types, the
# non-breaking hyphen of "785\u20113011" included
_SEP = r"[\s.\-\u2010-\u2015\u2212]"
PHONE = re.compile(
    rf"(?<![\d\w])(?:\+?1{_SEP}?)?\(?[2-9]\d{{2}}\)?{_SEP}?\d{{3}}{_SEP}?\d{{4}}(?!\d)"
)
# anything written as a US number, "(000) 000-0000" and "123-456-7890" included
_PHONE_SHAPED = re.compile(
    rf"(?<![\d\w])(?:\+?1{_SEP}?)?\(?\d{{3}}\)?{_SEP}?\d{{3}}{_SEP}?\d{{4}}(?!\d)"
)
_ASSET = re.compile(r"\.(png|jpe?g|gif|svg|webp)$", re.IGNORECASE)

# The sample hosts of site templates and documentation. Only the exact host: a subdomain of
# example.com ("help@bluefin.example.com") is how prevet's own tests write a real-looking one.
_PLACEHOLDER_HOSTS = frozenset(
    f"{name}.{tld}"
    for name in (
        "example",
        "domain",
        "mydomain",
        "yourdomain",
        "yoursite",
        "yourwebsite",
        "yourcompany",
        "yourcompanyname",
        "companyname",
        "yourbusiness",
        "yourname",
        "address",
    )
    for tld in ("com", "org", "net")
)
# hosts that cannot exist (RFC 2606): "care@acme.example", "me@shop.test"
_RESERVED_TLDS = ("example", "test", "invalid", "localhost")
# "youremail@gmail.com", "your.name@acme.com", "your@email.com": the sample mailbox, whatever
# its host (a possessive with no owner names no one's mailbox)
_PLACEHOLDER_MAILBOX = re.compile(r"^your(?:[._-]?(?:e-?mail|name|address|mail))?$", re.IGNORECASE)
# a mailbox named by the form's field at a host named by it too: "name@email.com",
# "email@email.com" (blind round 35); a person's mailbox there ("dana@email.com") is a real one
_FIELD_MAILBOXES = frozenset("email e-mail mail name username user you yourname".split())
_FIELD_HOSTS = frozenset(("email.com", "e-mail.com"))
# a number written with letters standing for its digits: "+91 XXXXX XXXXX", "(XXX) XXX-XXXX",
# "555-XXX-XXXX"; at least six X's set in groups, so a size ("XXL") or a code ("#XXXXXX") is
# none
_LETTERED_PHONE = re.compile(
    rf"(?<![\w+])(?:\+\d{{1,3}}{_SEP}?)?\(?[Xx\d]{{2,5}}\)?(?:{_SEP}?[Xx\d]{{2,5}}){{1,3}}(?![\w])"
)
_LETTERED_DIGITS = 6


def is_placeholder_email(address: str) -> bool:
    """A template's sample address: at a placeholder host (yourdomain.com, example.com,
    domain.com, email@address.com), a reserved top-level domain, a "youremail" or bare "your"
    mailbox, or the field's own word at the field's host ("name@email.com")."""
    mailbox, _, host = address.strip().lower().rpartition("@")
    return (
        host in _PLACEHOLDER_HOSTS
        or host.rsplit(".", 1)[-1] in _RESERVED_TLDS
        or bool(_PLACEHOLDER_MAILBOX.match(mailbox))
        or mailbox in _FIELD_MAILBOXES
        and host in _FIELD_HOSTS
    )


def is_placeholder_phone(number: str) -> bool:
    """A template's sample number: all one digit ("(000) 000-0000", "555-555-5555") or the
    counting run "123-456-7890". The fictional 555-01xx numbers of examples are real-looking
    and count."""
    digits = re.sub(r"\D", "", number)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return len(set(digits)) == 1 or digits in ("1234567890", "0123456789")


def find_emails(text: str) -> list[str]:
    """Addresses in the text, not image names that look like one ("logo@2x.png") nor a
    template's sample address ("info@yourdomain.com")."""
    return [m for m in EMAIL.findall(text) if not _ASSET.search(m) and not is_placeholder_email(m)]


def find_phones(text: str) -> list[str]:
    return [m.strip() for m in PHONE.findall(text) if not is_placeholder_phone(m)]


def find_placeholders(text: str) -> list[tuple[str, str]]:
    """The template placeholders the text shows where a contact would be: (kind, text)."""
    emails = [("email", m) for m in EMAIL.findall(text) if is_placeholder_email(m)]
    phones = [("phone", m.strip()) for m in _PHONE_SHAPED.findall(text) if is_placeholder_phone(m)]
    lettered = [
        ("phone", m.strip())
        for m in _LETTERED_PHONE.findall(text)
        if m.lower().count("x") >= _LETTERED_DIGITS and re.search(rf"{_SEP}|[()]", m.strip())
    ]
    return emails + phones + lettered


def mailto_address(href: str) -> str:
    """The address a mailto: link writes to, without its ?subject= and other fields ("" for
    any other link, or a mailto: with no address in it)."""
    if href.lower().startswith("mailto:") and "@" in href:
        return href[7:].split("?")[0]
    return ""
