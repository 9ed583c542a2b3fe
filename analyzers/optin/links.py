"""Policy links at the point of consent: does the form lead to the privacy policy and terms?"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyzers.text.urls import find_urls
from analyzers.text.vocabulary import vocabulary
from crawler.snapshot import Form, Link, Page

# with the Spanish names ("Aviso de privacidad", "Términos y condiciones", "Aviso legal")
_PRIVACY = re.compile(
    r"privacy|data[\s_-]*protection|privacidad|protecci[oó]n[\s_-]*de[\s_-]*datos", re.IGNORECASE
)
_TERMS = re.compile(
    r"\bterms?\b|conditions|\bt\s*&\s*c|\btos\b|terms[\s_-]*of|"
    r"(sms|text|mobile|messaging)[\s_-]*(policy|program|disclosure)|legal|"
    r"\bt[eé]rminos\b|\bcondiciones\b",
    re.IGNORECASE,
)


def _path(href: str) -> str:
    return re.sub(r"^[a-z]+://[^/]+", "", href, flags=re.IGNORECASE)


def is_privacy_link(link: Link) -> bool:
    return bool(_PRIVACY.search(link.text) or _PRIVACY.search(_path(link.href)))


def is_terms_link(link: Link) -> bool:
    return bool(_TERMS.search(link.text) or _TERMS.search(_path(link.href)))


# the section of a policy page about the text program: "#sms", "#sms-terms", "#text-messages"
_SMS_SECTION = re.compile(
    r"^(?:[\w-]*[-_])?(?:sms|texts?|texting|messaging|mobile)(?:[-_][\w-]*)?$", re.I
)


def accepts_sms_sections(links: list[Link]) -> bool:
    """Do the policies a consent box links all open at their text-program section ("Privacy
    Policy" to privacy.html#sms, "Terms of Service" to terms.html#sms, blind real38c)? Then
    "I have read and agree to the Privacy Policy and Terms of Service" in that box accepts
    the program's own terms, as "I agree to the SMS Terms" does, not the site's terms of
    service besides the texts. A link to a policy as a whole (terms.html) is the site's."""
    policies = [link for link in links if is_privacy_link(link) or is_terms_link(link)]
    return bool(policies) and all(
        _SMS_SECTION.match(link.href.partition("#")[2]) for link in policies
    )


def policy_link(links: list[Link], text: str, kind: str) -> str | None:
    """The link (or a URL written out in the text) that leads to the privacy policy / terms."""
    test = is_privacy_link if kind == "privacy" else is_terms_link
    for link in links:
        if link.href.lower().startswith(("mailto:", "tel:", "javascript:")):
            continue
        if test(link):
            return link.href
    for url in [*find_urls(text), *_WRITTEN_PATH.findall(text)]:
        if test(Link(href=url, text="")):
            return url
    return None


# a site path written out in the text as the place to find a page: "See Privacy Policy
# (#/privacy)", "read our terms at /sms-terms". Only a path that starts the word ("24/7" and
# "and/or" are not paths).
_WRITTEN_PATH = re.compile(r"(?<![\w./#])(#?/[a-z][\w/#-]*(?:\.[\w-]+)*)", re.IGNORECASE)


@dataclass(frozen=True)
class SectionLink:
    """A policy link on the opt-in page outside the form, in a section about the SMS program."""

    href: str
    heading: str  # the section's heading ("" when none precedes the link)
    line: str  # the line of text that holds the link
    labelled: bool  # the heading or the link's own line names the SMS program


def sms_section_link(page: Page, kind: str) -> SectionLink | None:
    """A privacy / terms link in a section of the form's own page that is about the texts:
    "SMS terms at a glance ... Full terms: see our Terms and Privacy Policy", two sections below
    the form. Businesses often put the program's fine print in such a labelled section rather
    than in the box's label; a person reads it on the page where they give the number. The site's
    menu, masthead and footer are not such a section. `labelled` is False when only the section's
    text (not its heading or the link's own line) speaks of texts: a person must look."""
    test = is_privacy_link if kind == "privacy" else is_terms_link
    text = page.text
    chrome = {line.strip() for line in page.nav_text.splitlines() if line.strip()}
    headings = _heading_positions(text, page.headings)
    found: SectionLink | None = None
    for link in page.links:
        if not link.text.strip():
            continue
        if link.href.lower().startswith(("mailto:", "tel:", "javascript:", "sms:")):
            continue
        if not test(link):
            continue
        in_chrome = link.region in ("nav", "header", "footer")
        for start in _occurrences(text, link.text.strip()):
            line = _line_at(text, start)
            if in_chrome or line in chrome:
                if consent_line(line, link.text):
                    return SectionLink(link.href, "", line, True)
                continue
            heading_at, heading = max(
                ((at, h) for at, h in headings if at <= start), default=(0, "")
            )
            labelled = _names_sms(heading) or _names_sms(line)
            if labelled:
                return SectionLink(link.href, heading, line, True)
            if found is None and heading and _names_sms(text[heading_at:start]):
                found = SectionLink(link.href, heading, line, False)
    return found


# words a page may say besides its form and still be that form's page: a title and a
# sentence or two of introduction
_FORM_PAGE_WORDS = 80


def footer_link_under_form(page: Page, form: Form, kind: str) -> str | None:
    """The privacy / terms link of the footer that comes right after the form, on a page that
    is the form: "Enhanced Services Text Opt-In", a required phone field, a grid of programs
    to pick, Submit, and then at once the footer "Privacy Policy | Unsubscribe". Nothing
    stands between the button and the link, and the page has nothing else to read, so the
    person sees the link where they give the number, as a reviewer does. A footer after
    other content (a long home page, a section below the form) is the site's chrome, away
    from the consent, and does not count; nor does a footer on a page with much to say besides
    its form."""
    after = [block for block in form.texts if block.where == "after"]
    if not after or after[0].region != "footer":
        return None  # some of the page's own content comes between the form and its footer
    if _words_besides(page, form) > _FORM_PAGE_WORDS:
        return None
    for block in after:
        if block.region != "footer":
            break
        if found := policy_link(block.links, "", kind):
            return found
    return None


def _words_besides(page: Page, form: Form) -> int:
    """Words of the page's content outside the form and the site's menu, masthead and footer."""
    skip = {line.strip() for line in page.nav_text.splitlines()}
    skip |= {
        line.strip()
        for b in form.texts
        if b.where in ("inside", "label")
        for line in b.text.splitlines()
    }
    return sum(len(line.split()) for line in page.text.splitlines() if line.strip() not in skip)


# an e-mail address or a web address written out: lower case, but not words of a sentence
_ADDRESS = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|net|org|co|us|io)\b\S*")


def consent_line(line: str, link_text: str) -> bool:
    """Is the line that holds a link a sentence of consent to the texts, not a menu item? Sites
    put "By opting into SMS notifications, you agree to our SMS Terms of Service." in the
    masthead of the opt-in page, inside its <nav>: the terms are linked in the words that bind the
    opt-in, whatever element holds them. A menu ("Home Privacy Policy Terms SMS Opt-In") names
    the program but gives no consent: its items are capitalised labels, not a sentence's
    lower-case words. An e-mail address or web address among the items ("Contact:
    hello@acme.com") is written in lower case but is no word of a sentence."""
    rest = _ADDRESS.sub(" ", line.replace(link_text.strip(), " "))
    if len(re.findall(r"(?<![\w'’-])[a-z][a-z'’]*\b", rest)) < 3:
        return False  # "Home Privacy Policy Terms & Conditions SMS Opt-In": a menu
    return {"sms_channel", "consent_verb"} <= vocabulary("optin").labels_in(rest)


def _names_sms(text: str) -> bool:
    return bool(text) and "sms_channel" in vocabulary("optin").labels_in(text)


def _heading_positions(text: str, headings: list[str]) -> list[tuple[int, str]]:
    positions: list[tuple[int, str]] = []
    at = 0
    for heading in headings:
        where = text.find(heading.strip(), at) if heading.strip() else -1
        if where >= 0:
            positions.append((where, heading.strip()))
            at = where + len(heading.strip())
    return positions


def _occurrences(text: str, needle: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(needle), text)]


def _line_at(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)].strip()
