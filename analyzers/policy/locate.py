"""Find the privacy policy and the terms the way a reviewer does.

A reviewer follows the campaign's privacy/terms URL when one is registered, else the links next
to the opt-in form, then the footer, then any link on the site, then a page that plainly is the
document, and last the common paths (/privacy, /terms, ...) typed by hand. The first page that
really holds the document is the one judged; a link presented as the document that leads to
something else (a 404 page, the home page) is reported where the reviewer met it.

A document that no page of the site links to (found only at a typed common path, or linked
only from such a page) is still read, so its own defects can be fixed at once, but it is
marked `linked=False`: a reviewer clicking through the site never reaches it, so the checks
report the document missing from the site. A URL registered in the campaign is a way the
reviewer reaches it (they open it from the registration), so it counts as linked.

A page is read without the layers drawn over it (a sign-up pop-up, a cookie banner: see
analyzers/policy/layers.py); when its own content is not the document, a layer that calls itself
the document and holds it is read instead (the policy shown in a modal the footer's link opens).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote, urldefrag, urlsplit

from analyzers.policy.layers import (
    layer_lines,
    own_headings,
    own_hidden_text,
    own_links,
    own_text,
)
from analyzers.policy.panels import open_tabs, unfold
from analyzers.policy.recognize import Recognition, recognize
from analyzers.policy.sharing import analyze_sharing
from analyzers.policy.tables import read_tables
from analyzers.reach import linked_pages, url_key
from analyzers.text.sentences import Sentence, body_lines, normalize, split_sentences
from crawler.priority import guessed_paths_for
from crawler.roles import ROLE_PATTERNS, forwards_to, words_of
from crawler.snapshot import Link, Overlay, Page, SiteSnapshot
from crawler.urls import hash_route

COMMON_PATHS = {kind: guessed_paths_for(kind) for kind in ("privacy", "terms")}
# privacy named beside another legal page in one link: "Privacy & Terms", "Terms / Privacy",
# "Legal & Privacy", "Privacy | Terms of Use"
_OTHER_LEGAL = r"(legal|terms( of (use|service)| (&|and) conditions)?)"
_JOINT = r"\s*(&|and|/|\+|\|)\s*"
_PRIVACY_BESIDE = rf"^\W*({_OTHER_LEGAL}{_JOINT}privacy|privacy{_JOINT}{_OTHER_LEGAL})\W*$"
# the words of a link that presents the document (not "Privacy choices" or "Do not sell")
_LINK_WORDS = {
    "privacy": re.compile(
        r"^\W*(our |the |view |read |see )?(website |online |sms |mobile |"
        r"text(ing)? |global )?privacy( policy| notice| statement| practices| "
        r"(&|and) (cookies?|cookie policy|security)| policy (&|and) "
        r"(terms|cookies))?\W*$|privacy (policy|notice|statement)|"
        # what HIPAA makes health-care providers call it
        r"notice of privacy practices|"
        # privacy named beside another legal page in one link (`combined_link`)
        rf"{_PRIVACY_BESIDE}|"
        # Spanish: "Aviso de privacidad", "Política de privacidad", "Privacidad"
        r"^\W*(nuestra |la |el )?((aviso|pol[ií]tica|declaraci[oó]n) de )?privacidad\W*$|"
        r"\b(aviso|pol[ií]tica|declaraci[oó]n) de privacidad\b",
        re.IGNORECASE,
    ),
    "terms": re.compile(
        r"\bterms\b|\bconditions\b|\bt&cs?\b|\btos\b|\buser agreement\b|"
        r"^\W*legal( notices?| information| terms)?\W*$|"
        # Spanish: "Términos", "Términos y condiciones", "Condiciones de uso", "Aviso legal"
        r"\bt[eé]rminos\b|\bcondiciones (de|del) (uso|servicio|venta)\b|"
        r"^\W*aviso legal\W*$",
        re.IGNORECASE,
    ),
}
_NOT_THE_DOCUMENT = re.compile(
    r"\b(choices|settings|preferences|do not sell|opt[- ]out|"
    r"request|cookie (settings|preferences)|accessibility|"
    # Spanish: "Preferencias de privacidad", "No vender mi información", "Solicitud"
    r"preferencias|configuraci[oó]n|no vender|solicitud|accesibilidad)\b",
    re.IGNORECASE,
)
_SMS_TERMS = ROLE_PATTERNS["sms_terms"]
_TITLE_WORDS = {
    "privacy": re.compile(r"\bprivacy\b|\bprivacidad\b", re.IGNORECASE),
    "terms": re.compile(
        r"\bterms\b|\bconditions\b|\bt&cs?\b|\btos\b|\bagreement\b|\bt[eé]rminos\b",
        re.IGNORECASE,
    ),
}
# the words that name text messaging, shared by the readers of titles, headings and links below
_SMS = r"sms|mms|txt|texts?|texting|text[\s-]messag\w*"
# a page that calls itself the SMS program's policy ("SMS Consent & Opt-In Policy", "Text
# Messaging Policy") states the program's rules, what terms are for; "SMS Privacy Policy" is
# the privacy policy, and an opt-in page headed "SMS consent" names no policy
_SMS_POLICY_TITLE = re.compile(
    rf"\b({_SMS}|messaging)\b[\w\s&/-]{{0,30}}?\bpolic(y|ies)\b", re.IGNORECASE
)
PRIORITY = ("campaign", "optin_form", "footer", "link", "role", "overlay", "guess", "section")
# a heading that names the SMS program's terms ("SMS Terms & Conditions", "Text Message Program
# Terms", "SMS Privacy Policy & Terms", "Terms for Text Alerts"): both an SMS word and a terms
# word, so "Mobile App Terms" or "SMS Privacy" alone is not one
_SMS_HEADING_WORDS = re.compile(
    rf"\b({_SMS}|messaging|mobile (messag\w*|alerts?)|a2p|10dlc)\b", re.IGNORECASE
)
_TERMS_HEADING_WORDS = re.compile(r"\bterms\b|\bconditions\b|\bt&cs?\b", re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    """A way the reviewer could reach the document."""

    url: str  # the target, without its #fragment
    found_by: str  # one of PRIORITY
    link_text: str = ""
    source_url: str = ""  # the page holding the link
    fragment: str = ""


@dataclass
class PolicyDocument:
    """A privacy policy or terms document as read: its page, sentences and how it was found."""

    kind: str  # "privacy", "terms" or "sms_terms"
    url: str
    page: Page
    found_by: str
    link_text: str = ""
    source_url: str = ""
    lines: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    section: str = ""  # the heading, when the document is a section of a page about more
    # a person following the site's links from where it is entered (or the campaign's URL)
    # reaches the page; False when only a typed common path (/privacy) or a sitemap found it
    linked: bool = True
    # when the document is shown in a layer over the page (a modal the footer's link opens):
    # the layer's selector, and its headings
    overlay: str = ""
    overlay_headings: list[str] = field(default_factory=list)
    # why the page may only stand in for the terms, when it does (see `stand_in_note`)
    stand_in: str = ""

    @property
    def where(self) -> str:
        """The URL, and the heading when the document is one section of the page (or the
        layer that shows it)."""
        if self.overlay:
            return f"{self.url} (in the pop-up “{self.section or self.overlay}”)"
        return f"{self.url} (section “{self.section}”)" if self.section else self.url

    @property
    def body(self) -> str:
        """The document's own text, one block a line, without the site's navigation."""
        return "\n".join(self.lines)

    @property
    def headings(self) -> list[str]:
        """The document's own headings (not those of a pop-up over its page)."""
        if self.overlay:
            own = self.overlay_headings
        else:
            own = [*own_headings(self.page), *_lines_and_tabs(self.page)[1]]
        lines = set(self.lines)
        return [h for h in own if h in lines]

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "url": self.url,
            "found_by": self.found_by,
            "link_text": self.link_text,
            "source_url": self.source_url,
            "section": self.section,
            "linked": self.linked,
            "overlay": self.overlay,
            "text_source": self.page.text_source,
            "sentences": [s.to_dict() for s in self.sentences],
        }


@dataclass(frozen=True)
class BrokenLink:
    """A link presented as the document that leads to something that is not it."""

    candidate: Candidate
    reason: str


@dataclass
class DocumentLookup:
    kind: str
    documents: list[PolicyDocument] = field(default_factory=list)  # best first
    broken: list[BrokenLink] = field(default_factory=list)
    unfetched: list[Candidate] = field(default_factory=list)  # linked, not in the snapshot
    # presented as the document but leading nowhere: its address an unfilled template slot
    # (`placeholder_address`), or a script link that opened nothing when clicked (`dead_links`)
    leads_nowhere: list[Candidate] = field(default_factory=list)

    @property
    def document(self) -> PolicyDocument | None:
        return self.documents[0] if self.documents else None

    @property
    def only_unlinked(self) -> PolicyDocument | None:
        """The document when it was found, but no page of the site links to it (nor the
        campaign): a reviewer following the site cannot reach it."""
        document = self.document
        return document if document is not None and not document.linked else None

    def nowhere_evidence(self) -> tuple[str, str] | None:
        """(url, evidence) of the first link presented as the document that leads nowhere: the
        site links no document, it only shows where one would go."""
        if not self.leads_nowhere:
            return None
        link = self.leads_nowhere[0]
        slot = placeholder_address(link.url)
        if not slot:
            return link.url, (
                f"“{link.link_text}” on {link.source_url or 'the site'} is a script link "
                f"({link.url}) that opened nothing when prevet clicked it in the browser: no "
                "page, layer or window, so it leads to no document."
            )
        return link.url, (
            f"“{link.link_text}” on {link.source_url or 'the site'} points at “{slot}”, a "
            "template's placeholder that was never replaced with the document's address, so "
            "it leads to no document."
        )

    def unread_link_evidence(self) -> tuple[str, str] | None:
        """(url, evidence) of the first link to the document whose page the crawl could not
        read: a person must look, it is neither found nor missing."""
        if not self.unfetched:
            return None
        link = self.unfetched[0]
        where = f"“{link.link_text or link.url}” on {link.source_url or 'the site'}"
        if link.url.lower().startswith("javascript:"):
            # no address: only the page's own script can open something from it; the renderer
            # clicks such links (a dead one leads nowhere), and this one either changed the
            # page or sat on a page the crawl did not open in the browser
            return link.url, (
                f"{where} has no address ({link.url}): only a script of the page opens "
                "something from it, and whether that is the document could not be seen "
                "(clicking it changed the page, or the page was not opened in a browser)."
            )
        return link.url, f"{where} links to {link.url}, which the crawl could not read."


# the last part of an address that is a template's slot, not a page: a constant's name
# ("LINK_TO_PRIVACY_POLICY", "YOUR_TERMS_URL"), an unrendered variable ("{{ privacy_url }}",
# "${termsUrl}", "<%= terms %>", "%%PRIVACY%%", "[PRIVACY_LINK]") or a bracketed instruction
# ("[insert privacy link]", "<your terms URL>")
_PLACEHOLDER = re.compile(
    r"^(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|\{\{.*\}\}|\$\{.*\}|<%.*%>|%%\w+%%|\[[^\]]+\]|<[^>]+>)$"
)


def placeholder_address(url: str) -> str:
    """The template slot a link's address is, or "". Sites built from a fill-in template
    sometimes go live with the slot where the policy's address belongs: <a href=
    "LINK_TO_PRIVACY_POLICY">Privacy Policy</a>, <a href="{{terms_url}}">Terms</a>. The
    browser resolves it to a page of the site (/LINK_TO_PRIVACY_POLICY) that answers 404, but
    no document was ever linked: the document is missing, not a page that is something else.
    A slot is the address's last part when it is a constant's name in capitals joined by
    underscores (no real page's path is written so: "Privacy_Policy", "privacy-policy.html",
    "PRIVACY.pdf" are pages), or an unrendered template variable or bracketed instruction."""
    path = urlsplit(url).path if "://" in url else url
    last = unquote(path.rstrip("/").rsplit("/", 1)[-1]).strip()
    return last if last and _PLACEHOLDER.match(last) else ""


def _strip(url: str) -> tuple[str, str]:
    """The page a link leads to and the #fragment in it; a hash-routed app's route ("#/privacy")
    is a page of its own, not a place in one."""
    if hash_route(url):
        return url, ""
    base, fragment = urldefrag(url)
    return base, fragment


def combined_link(text: str) -> bool:
    """Does a link name the privacy policy together with another page ("Privacy & Terms",
    "Legal / Privacy")? Many small sites have one such footer link and no "Privacy Policy"
    link at all: that link is how a reviewer looks for the policy, and a target that is no
    policy (the contact page) is privacy.not_a_policy. Where the site's policy is found
    another way too, the shared link that leads elsewhere (to the terms) breaks nothing."""
    return bool(re.match(_PRIVACY_BESIDE, text, re.IGNORECASE))


def link_presents(kind: str, link: Link) -> bool:
    """Is this link offered as the document (by its words, or its path when it has none)?"""
    text = normalize(link.text)
    if text and _NOT_THE_DOCUMENT.search(text):
        return False
    if text and _LINK_WORDS[kind].search(text):
        return True
    if link.href.startswith(("mailto:", "tel:", "javascript:")):
        return False
    path_words = words_of(link.href)
    return (
        bool(path_words)
        and len(text.split()) <= 3
        and bool(ROLE_PATTERNS[kind].search(path_words))
        and not _NOT_THE_DOCUMENT.search(path_words)
    )


# the words after a link that make it the name of a document: "our [SMS Consent] Agreement"
_NAMED_AFTER = re.compile(r"\s*(agreement|terms|conditions|policy)\b", re.IGNORECASE)
_SMS_WORDS = re.compile(rf"\b({_SMS})\b", re.IGNORECASE)
# a link whose words are the address it leads to: "https://acme.com/sms/terms", "www.acme.com"
_WRITTEN_ADDRESS = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$", re.IGNORECASE)


def presents_on_page(kind: str, page: Page, link: Link) -> bool:
    """Is this link offered as the document, by its own words or by the word that follows them
    on the page? Sites often link only the first words of a document's name: "you agree to
    our <a>SMS Consent</a> Agreement" presents the SMS program's terms as surely as a link
    reading "SMS Terms" does. The page's text (content or footer) must show the link's words
    followed by "Agreement", "Terms", "Conditions" or "Policy". Only for the SMS program's
    terms, so the link's words name texting: "our <a>Refund</a> Policy" is another policy.
    A link whose words are its own address ("<a>https://acme.com/sms-program/privacy</a>") is
    named by the label before it ("Privacy Policy: ..."): the "Terms and Conditions" after it
    label the next line's link, whatever "sms" its path holds.

    Words that name the privacy policy ("<a>SMS Privacy</a>" and the heading "SMS Privacy
    Policy") name no terms, whatever follows them. And the words after are read where the link
    stands: a menu or footer link in the menu's and footer's text, any other in the page's
    content. A footer link "SMS Consent" on a sign-up page whose form is headed "SMS Consent
    Agreement" is not named by that heading: the heading is the form's, the link the menu's."""
    if link_presents(kind, link):
        return True
    text = normalize(link.text)
    if kind != "terms" or not text or not _SMS_WORDS.search(text):
        return False
    if _WRITTEN_ADDRESS.match(text):
        return False  # "Privacy Policy: <a>https://acme.com/sms/privacy</a>" names no SMS words
    if _NOT_THE_DOCUMENT.search(text) or _TITLE_WORDS["privacy"].search(text):
        return False
    others = [normalize(x.text).lower() for x in page.links if x is not link and x.text.strip()]
    chrome = link.region in _MENU_REGIONS
    for source in (page.nav_text,) if chrome else (own_text(page),):
        said = normalize(source)
        for match in re.finditer(re.escape(text), said, re.IGNORECASE):
            if _NAMED_AFTER.match(said, match.end()) and not _next_link(said, match.end(), others):
                return True
    return False


def _next_link(said: str, end: int, others: list[str]) -> bool:
    """Do the words after a link start another link ("SMS Opt-In | Terms and Conditions" in a
    footer)? Then they name that link's page, not the first link's: two links side by side."""
    rest = said[end:].lstrip(" |·•-–—/").lower()
    return any(rest.startswith(other) for other in others)


def _link_candidates(
    kind: str, pages: Iterable[Page], links_of, found_by: str
) -> Iterator[Candidate]:
    for page in pages:
        for link in links_of(page):
            if link.visible and presents_on_page(kind, page, link):
                url, fragment = _strip(link.href)
                yield Candidate(
                    url or page.final_url or page.url,  # "#id": a layer of this page
                    found_by,
                    normalize(link.text),
                    page.final_url or page.url,
                    fragment,
                )


def candidates(
    kind: str,
    snapshot: SiteSnapshot,
    *,
    campaign_url: str | None,
    optin_links: list[tuple[Page, Link]],
) -> list[Candidate]:
    """Every way to the document, in the order a reviewer tries them."""
    found: list[Candidate] = []
    if campaign_url:
        found.append(Candidate(_strip(campaign_url)[0], "campaign"))
    for page, link in optin_links:
        if presents_on_page(kind, page, link):
            url, fragment = _strip(link.href)
            found.append(
                Candidate(
                    url or page.final_url or page.url,  # "#id": a layer of this page
                    "optin_form",
                    normalize(link.text),
                    page.final_url or page.url,
                    fragment,
                )
            )
    pages = sorted(snapshot.pages, key=lambda p: (p is not snapshot.home, p.depth))
    found += _link_candidates(
        kind, pages, lambda p: [x for x in p.links if x.region == "footer"], "footer"
    )
    found += _link_candidates(kind, pages, lambda p: p.links, "link")
    for page in snapshot.pages:
        if page.discovered_by != "guess" and _titled_as(kind, page):
            found.append(Candidate(page.final_url or page.url, "role"))
    for page in snapshot.pages:
        if any(_layer_titled_as(kind, overlay) for overlay in page.overlays):
            found.append(Candidate(page.final_url or page.url, "overlay"))
    for page in snapshot.pages:  # the terms' sections are read by sms_terms_sections
        if kind == "privacy" and page.discovered_by != "guess" and holds_section(kind, page):
            found.append(Candidate(page.final_url or page.url, "section"))
    common = COMMON_PATHS[kind]
    for page in snapshot.pages:
        path = urlsplit(page.final_url or page.url).path.rstrip("/").lower()
        path = re.sub(r"\.html?$", "", path)
        if page.discovered_by == "guess" or path in common:
            found.append(Candidate(page.final_url or page.url, "guess"))
    return found


# a heading that is the privacy policy's name and nothing else: "Privacy Policy", "Our Privacy
# Notice" (not "Privacy matters to us"); a section of terms is the SMS program's terms only
# under a heading that names them (sms_terms_sections)
_SECTION_NAME = {
    "privacy": re.compile(
        r"^\W*(?:our\s+)?privacy\s+(?:policy|notice|statement)\W*$", re.IGNORECASE
    ),
}


def holds_section(kind: str, page: Page) -> bool:
    """Does the page hold the document as a section of its own, under a heading that is the
    document's name ("Privacy Policy" halfway down a one-page site, realworld, blind round 32)?
    The section is read as the document (read_document narrows to it)."""
    name = _SECTION_NAME.get(kind)
    return name is not None and any(name.match(normalize(h)) for h in own_headings(page)[1:])


def _titled_as(kind: str, page: Page) -> bool:
    """Does the page call itself the document (title, first headings or URL)? A page the
    crawler gave the role for other reasons (an opt-in page headed "SMS consent") is not."""
    role = "privacy" if kind == "privacy" else "terms"
    if role not in page.roles and not (kind == "terms" and "sms_terms" in page.roles):
        return False
    return _calls_itself(kind, page) or kind == "terms" and _states_the_program(page)


def _calls_itself(kind: str, page: Page) -> bool:
    """Does the page's title, first headings or URL name the document (or, for the terms, the
    SMS program's policy)?"""
    own = " ".join([page.title, *own_headings(page)[:2], words_of(page.final_url or page.url)])
    if (
        kind == "terms"
        and _SMS_POLICY_TITLE.search(own)
        and not _TITLE_WORDS["privacy"].search(own)
    ):
        return True  # "SMS Consent & Opt-In Policy", "Text Messaging Policy": the program's rules
    return bool(_TITLE_WORDS[kind].search(own))


# what a page must state to be the SMS program's terms though it does not call itself terms
_PROGRAM_RULES = {"message_type", "frequency", "stop", "help"}


def _states_the_program(page: Page) -> bool:
    """A page the crawler found as the SMS program's (titled "SMS Consent & Opt-Out", at
    /sms-consent) that holds no opt-in form and states the program's rules in its own text,
    what messages are sent, how often, STOP and HELP, is the program's terms: a reviewer
    reads it as the terms, and judges there what it lacks. A sign-up page headed "SMS
    consent" holds the form, and the disclosure beside it is the form's, not the terms; a
    page whose title names neither the program's consent, policy nor terms ("Text alerts
    sign-up", "How our text alerts work") was given no such role."""
    if "sms_terms" not in page.roles or "optin" in page.roles or page.status >= 400:
        return False
    if consent_request(page):
        return False  # the opt-in itself, spoken or on an app's screen: see _asks_for_consent
    from analyzers.policy.terms_elements import elements_stated  # it reads this module

    stated = elements_stated(page_sentences(page), sms_document=True, enough=_PROGRAM_RULES)
    return _PROGRAM_RULES <= stated


# the words that ask for consent to texts, as staff or an app's screen put them to the person:
# a question to "you" ("Do you agree to receive text messages from us …?", "May we text you
# about your order?") or the box's own words ("I agree to receive texts from Acme")
_TO_RECEIVE = rf"to (receive|get|be sent)\b[^?]{{0,80}}?\b({_SMS}|messages?|alerts)\b"
_CONSENT_REQUEST = re.compile(
    rf"(^|[:“\"]\s*)(((do|would|will|can|may) you (agree|consent|want|like|wish) {_TO_RECEIVE}"
    rf"|(may|can) we (text|message|send) you)\b[^?]*\?"
    rf"|(yes,? )?i (hereby )?(agree|consent) {_TO_RECEIVE})",
    re.IGNORECASE,
)


def _asks_for_consent(text: str) -> bool:
    """Does the sentence put the consent request itself, in the words said or shown to the
    person opting in? A page that quotes it ("When a loan is set up, staff ask: Do you agree
    to receive text messages from Acme about your loan? Message frequency varies. Reply STOP
    to opt out.", or the words beside an app's consent box) describes how consent is taken
    and holds the opt-in, as a sign-up page holds its form: its STOP, HELP and rates lines are
    the opt-in's disclosure, and the page is no more the program's terms than a form's page
    is. Terms state what "you" receive ("By opting in, you agree to receive texts", "Do you
    want to stop receiving texts? Reply STOP"): they ask for nothing."""
    return bool(_CONSENT_REQUEST.search(text))


def consent_request(page: Page) -> str:
    """The sentence of an SMS program's page (no form on it) that asks for consent to texts in
    the words said or shown to the person (`_asks_for_consent`), else "": the page holds the
    opt-in and describes how consent is taken; it is not the terms."""
    if "sms_terms" not in page.roles or "optin" in page.roles:
        return ""
    return next((s.text for s in page_sentences(page) if _asks_for_consent(s.text)), "")


def _linked(url: str, linked: set[str]) -> bool:
    return bool(url) and url_key(url) in linked


def _layer_titled_as(kind: str, overlay: Overlay) -> bool:
    """Does a layer call itself the document ("Privacy Policy", "SMS Terms")? A "Privacy
    preferences" cookie dialog does not."""
    title = normalize(overlay.title or next(iter(overlay.headings), ""))
    if not title or _NOT_THE_DOCUMENT.search(title):
        return False
    if (
        kind == "terms"
        and _SMS_POLICY_TITLE.search(title)
        and not _TITLE_WORDS["privacy"].search(title)
    ):
        return True
    return bool(_TITLE_WORDS[kind].search(title))


def _find_page(snapshot: SiteSnapshot, url: str) -> Page | None:
    page = snapshot.page(url)
    if page is None:
        alt = url[:-1] if url.endswith("/") else url + "/"
        page = snapshot.page(alt)
    return page


def page_lines(page: Page) -> list[str]:
    """The page's own lines, as a document is read: no navigation, no pop-ups or other layers
    over the page (analyzers/policy/layers.py), folded sections and tabs opened."""
    return _page_text(page)[0]


def _page_text(page: Page) -> tuple[list[str], list[str]]:
    """The page's own lines and headings, hidden tabs' included (analyzers/policy/panels.py)."""
    lines, tabs = _lines_and_tabs(page)
    return lines, [*page.headings, *tabs]


def _lines_and_tabs(page: Page) -> tuple[list[str], list[str]]:
    """The page's own lines, and the headings of the hidden tabs read with them."""
    headings = own_headings(page)
    lines = body_lines(own_text(page), page.nav_text, headings)
    hidden = own_hidden_text(page)
    lines, tab_headings = open_tabs(lines, headings, hidden, page.nav_text or "")
    if tab_headings:
        return lines, tab_headings
    return unfold(lines, headings, hidden, own_links(page)), []


def page_sentences(page: Page) -> list[Sentence]:
    """The page's own sentences, read as a policy is (for a promise made outside the policy)."""
    return split_sentences(*_page_text(page))


def read_document(kind: str, page: Page, candidate: Candidate) -> PolicyDocument:
    """The page's own lines and sentences, folded sections opened; a #fragment link or a role
    found on a page that is also something else (the home page) is narrowed to the section
    under the matching heading."""
    lines, tabs = _lines_and_tabs(page)
    headings = [*page.headings, *tabs]
    fragment = bool(candidate.fragment) and not _names_only(kind, page)
    narrowed = fragment or "home" in page.roles or candidate.found_by == "section"
    section = (_section(kind, lines, headings) if narrowed else None) or lines
    if narrowed or candidate.fragment:
        # a fragment into the whole document still ends where another document's tab begins
        section = _up_to_next_tab(kind, section, tabs)
    return _document(kind, page, candidate, section, headings)


def _names_only(kind: str, page: Page) -> bool:
    """Does the page call itself this document and not the other one too? Then a #fragment
    link to it ("Privacy Policy" → privacy.html#sms-communications, from the opt-in form)
    points at a section of the document, and a reviewer following it reads the whole policy:
    the page is not narrowed to the first heading that says "privacy" ("12. Children's
    privacy"). A "Legal" page, or one titled "Privacy Policy & Terms of Use", still is."""
    other = "terms" if kind == "privacy" else "privacy"
    return _calls_itself(kind, page) and not _calls_itself(other, page)


def _up_to_next_tab(kind: str, section: list[str], tabs: list[str]) -> list[str]:
    """The section up to the hidden tab that holds another document: on a page of tabs
    ("Privacy Policy · Terms of Service"), the policy shown ends where the terms' panel,
    read after it, begins; its duties ("coaches must not share roster data") are the terms',
    not the policy's promises."""
    own, other = ("privacy", "terms") if kind == "privacy" else ("terms", "privacy")
    others = {
        normalize(t)
        for t in tabs
        if ROLE_PATTERNS[other].search(t) and not ROLE_PATTERNS[own].search(t)
    }
    end = next((i for i, line in enumerate(section) if i and line in others), None)
    return section[:end] if end else section


def read_layer(kind: str, page: Page, overlay: Overlay, candidate: Candidate) -> PolicyDocument:
    """A document shown in a layer over the page (the policy in a modal): all its text, shown
    or not, titled by the layer."""
    document = _document(kind, page, candidate, layer_lines(overlay), overlay.headings)
    document.section = overlay.title
    document.overlay = overlay.selector
    document.overlay_headings = list(overlay.headings)
    return document


def _document(
    kind: str, page: Page, candidate: Candidate, lines: list[str], headings: list[str]
) -> PolicyDocument:
    lines = read_tables(lines, headings)  # a table's rows, each one line (policy/tables.py)
    return PolicyDocument(
        kind=kind,
        url=page.final_url or page.url,
        page=page,
        found_by=candidate.found_by,
        link_text=candidate.link_text,
        source_url=candidate.source_url,
        lines=lines,
        sentences=split_sentences(lines, headings),
    )


def _read(kind: str, page: Page, candidate: Candidate) -> tuple[PolicyDocument, Recognition]:
    """The page read as the document; when its own content is not the document, a layer over
    it that calls itself the document and holds it is (the policy shown in a modal)."""
    document = read_document(kind, page, candidate)
    verdict = recognize(
        kind,
        status=page.status,
        title=page.title,
        headings=own_headings(page),
        body=document.body,
        error=page.error,
        # a page whose content is folded away (an accordion the reader did not open) is not
        # thin: its sections are hidden, not absent, and it is judged by what it shows
        url="" if _folded_content(page) else page.final_url or page.url,
    )
    if verdict.is_document or page.error or page.status >= 400:
        return document, verdict
    for overlay in page.overlays:
        if not _layer_titled_as(kind, overlay):
            continue
        shown = read_layer(kind, page, overlay, candidate)
        if recognize(
            kind,
            status=page.status,
            title=overlay.title,
            headings=overlay.headings,
            body=shown.body,
        ).is_document:
            return shown, Recognition(True, "")
    return document, verdict


def _folded_content(page: Page) -> bool:
    """Does the page hide text in its content (closed panels, tabs), not only in its menus?"""
    return any(block.region == "body" for block in own_hidden_text(page))


def _section(kind: str, lines: list[str], headings: list[str]) -> list[str] | None:
    pattern = ROLE_PATTERNS["privacy" if kind == "privacy" else "terms"]
    sms = ROLE_PATTERNS["sms_terms"]
    index = _heading_index(
        lines,
        headings,
        lambda line: bool(pattern.search(line) or (kind != "privacy" and sms.search(line))),
    )
    return lines[index:] if index else None


def _heading_index(
    lines: list[str], headings: list[str], names: Callable[[str], bool]
) -> int | None:
    """The first line that is one of the page's headings and that `names` accepts."""
    heading_set = {normalize(h) for h in headings}
    return next((i for i, line in enumerate(lines) if line in heading_set and names(line)), None)


def dead_links(snapshot: SiteSnapshot) -> set[tuple[str, str]]:
    """(address, words) of the script links (href="javascript:void(0)") that the renderer
    clicked and saw open nothing (crawler/js/probe_deadlinks.js): a template's footer left its
    "PRIVACY POLICY" so. The same link on a page the crawl did not render is the same dead end:
    a footer is the same on every page."""
    return {
        (link.href, normalize(link.text))
        for page in snapshot.pages
        for link in page.links
        if link.dead
    }


def lookup(
    kind: str,
    snapshot: SiteSnapshot,
    *,
    campaign_url: str | None = None,
    optin_links: list[tuple[Page, Link]] | None = None,
) -> DocumentLookup:
    """Find the document(s) of one kind ("privacy" or "terms")."""
    result = DocumentLookup(kind)
    seen: set[str] = set()
    linked = linked_pages(snapshot)
    all_candidates = candidates(
        kind, snapshot, campaign_url=campaign_url, optin_links=optin_links or []
    )
    dead = dead_links(snapshot)
    for candidate in all_candidates:
        if candidate.found_by in _PRESENTED[1:] and (
            placeholder_address(candidate.url) or (candidate.url, candidate.link_text) in dead
        ):
            result.leads_nowhere.append(candidate)  # no address, or a click that opens nothing
            continue
        page = _find_page(snapshot, candidate.url)
        if page is None:
            if (
                candidate.found_by != "guess"
                and candidate.url not in {c.url for c in result.unfetched}
                and _reached_from(candidate, linked)
            ):
                result.unfetched.append(candidate)
            continue
        key = page.final_url or page.url
        if key in seen or _another_document_at_typed_path(kind, page, candidate):
            continue
        seen.add(key)
        document, verdict = _read(kind, page, candidate)
        # the campaign's URL and the opt-in form's link are ways the reviewer takes, whether
        # or not the site's own pages link the document too
        document.linked = candidate.found_by in ("campaign", "optin_form") or _linked(
            page.url, linked
        )
        if not verdict.is_document and (stub := forwarded(page, candidate)):
            all_candidates += stub  # read the document the stub points to, not the stub
            continue
        if verdict.is_document or _short_sms_policy(kind, page, document):
            if kind == "terms" and _is_sms_terms(page, candidate, document):
                document.kind = "sms_terms"
            if kind == "terms" and candidate.found_by == "role":
                document.stand_in = stand_in_note(snapshot, page)
            result.documents.append(document)
        elif (
            candidate.found_by in ("campaign", "optin_form", "footer", "link")
            and (candidate.found_by == "campaign" or _LINK_WORDS[kind].search(candidate.link_text))
            and not result.documents
            and _reached_from(candidate, linked)
        ):
            result.broken.append(BrokenLink(candidate, verdict.reason))
    if kind == "privacy" and result.documents:
        # a link that names the policy only beside another page is the privacy link only when
        # the site has no other way to its policy
        result.broken = [b for b in result.broken if not combined_link(b.candidate.link_text)]
    if kind == "terms" and not result.broken and not result.unfetched:
        if not any(d.kind == "sms_terms" for d in result.documents):
            read = {d.url for d in result.documents}
            sections = sms_terms_sections(snapshot)
            if any(section.url in read for section in sections):
                sections = []  # the terms read hold the program's own section: see below
            for section in sections:
                if section.url not in read:
                    section.linked = _linked(section.page.url, linked)
                    result.documents.append(section)
    if kind == "terms":
        result.documents = _without_consent_pages(result.documents)
        result.documents += _program_pages_beside(snapshot, result.documents, linked)
    # a page the site links comes first, then the SMS terms: they hold the program's disclosures
    result.documents.sort(
        key=lambda d: (not d.linked, d.kind != "sms_terms", PRIORITY.index(d.found_by))
    )
    return result


_PRESENTED = ("campaign", "optin_form", "footer", "link")


def forwarded(page: Page, candidate: Candidate) -> list[Candidate]:
    """The ways on from a forwarding stub: a page presented as the document whose whole body
    points to it on another domain ("Our terms are hosted at our policy center") leads the
    reviewer to that page, reached the way the stub was. The stub is no broken link: the
    document is the page it points to (or unread, when the crawl could not fetch it)."""
    if candidate.found_by == "guess":
        return []
    where = page.final_url or page.url
    return [
        Candidate(_strip(href)[0], candidate.found_by, candidate.link_text, where)
        for href in forwards_to(page)
    ]


def _without_consent_pages(documents: list[PolicyDocument]) -> list[PolicyDocument]:
    """The terms read, less the pages read as terms only because they state the program.

    A page titled "SMS Opt-In & Consent" that describes how people opt in and what they get
    stands in for the terms when the site has none (`_states_the_program`). When the site links
    its own terms ("Terms & Conditions" in the footer), those are what a reviewer reads: the
    consent page is the opt-in's evidence, and its links or lines do not fill a gap in the
    terms (a terms page with no link to the privacy policy stays without one). So is a sign-up
    page that calls itself the program's policy (`_sign_up_policy`)."""
    presented = any(d.found_by in _PRESENTED and d.linked and not d.section for d in documents)
    if not presented:
        return documents
    return [
        d
        for d in documents
        if not (
            d.found_by == "role"
            and (not _calls_itself("terms", d.page) or _sign_up_policy(d.page))
            and not sets_out_the_program(d.page)
        )
    ]


# a title naming the SMS program's consent, policy or terms ("SMS Consent", "Text Message
# Consent", "SMS Policy", "Mobile Terms"); one naming the act of signing up ("SMS Opt-In &
# Consent", "Text alerts sign-up") names the opt-in's page, and one naming privacy the policy
_PROGRAM_TITLE = re.compile(
    rf"\b({_SMS}|messaging|mobile (messag\w*|alerts?))\b[\w\s&/-]{{0,30}}?"
    r"\b(consent|polic(y|ies)|terms|conditions)\b|\bmobile (consent|polic(y|ies)|terms)\b",
    re.IGNORECASE,
)
# a title that asks or lists ("What SMS consent means for shops", "5 SMS policy mistakes"):
# an article about texting, not the program's document; so is a page under /blog or /news
_TOPIC_TITLE = re.compile(
    r"^\W*(what|why|how|when|should|can|do|does|is|are|\d+)\b|\?", re.IGNORECASE
)
_POSTS = re.compile(r"\b(blog|news|posts?|articles?|stories)\b", re.IGNORECASE)
# what separates a page title's parts: "SMS Consent - Tullu", "Acme | Text Messaging Terms"
_TITLE_PARTS = re.compile(r"\s+[-|–—:·]\s+|\s*\|\s*")


def _names_the_program(title: str) -> bool:
    """Does a title (or heading) name the program's document, in one of its parts ("SMS
    Consent - Tullu", "SMS Consent for Verification Codes", "Acme | Mobile Terms"), and not as
    the topic of an article ("What SMS consent means for small shops")?"""
    return any(
        _PROGRAM_TITLE.search(part) and not _TOPIC_TITLE.search(part)
        for part in _TITLE_PARTS.split(title)
    )


_SIGN_UP_TITLE = re.compile(
    r"\bopt[\s-]?in\b|\bsign[\s-]?up\b|\bsubscribe\b|\bjoin\b|\bprivacy\b", re.IGNORECASE
)
# what the program's terms state; a page setting them out states most of them
_PROGRAM_TERMS = frozenset(
    {"message_type", "frequency", "rates", "stop", "help", "carrier_liability"}
)
_SETS_OUT = 3


def sets_out_the_program(page: Page) -> bool:
    """Does the page set out the SMS program's terms, beside the site's general terms? A page
    titled or headed as the program's consent, policy or terms ("SMS Consent", "SMS Policy",
    "Text Messaging Terms", "Mobile Terms"), with no form, that states most of what the
    program's terms state (at least three of: what is sent, how often, the rates, STOP, HELP,
    carrier liability) tells the subscriber the program's rules: a reviewer reads it with the
    general "Terms of Service" as the program's terms, and an element found in either counts.
    Example: /terms covers accounts and liability, /sms-consent (linked from the home page)
    says which codes are texted, that rates may apply, to reply STOP or HELP.

    Not one: a sign-up page with the form and its disclosure (the opt-in's, `optin` role), a
    page titled as the opt-in ("SMS Opt-In & Consent": the opt-in's evidence), one quoting the
    consent request (`consent_request`), a blog post about texting (its title names no
    consent, policy or terms), or a page that mentions STOP and rates in passing."""
    if "sms_terms" not in page.roles or "optin" in page.roles:
        return False
    if page.error or page.status >= 400:
        return False
    own = " ".join([page.title, *own_headings(page)[:1]])
    if not any(_names_the_program(t) for t in (page.title, *own_headings(page)[:1])):
        return False
    if _SIGN_UP_TITLE.search(own) or _POSTS.search(words_of(page.final_url or page.url)):
        return False
    if consent_request(page):
        return False
    if not _TITLE_WORDS["terms"].search(own) and _sends_to_the_terms(page):
        return False
    from analyzers.policy.terms_elements import elements_stated  # it reads this module

    stated = elements_stated(page_sentences(page), sms_document=True)
    return len(stated & _PROGRAM_TERMS) >= _SETS_OUT


def _sends_to_the_terms(page: Page) -> bool:
    """Does the page's own content (not its menu or footer) link the terms as another page?
    A consent page that ends "Legal: <a>Privacy Policy</a> <a>Terms of Service</a>" tells the
    reader the terms are over there: it is the opt-in's disclosure (how people opt in, what
    they get), and the terms it links are what a reviewer reads as the terms. Its STOP or
    HELP line does not fill a gap in them. A page that calls itself terms ("Mobile Terms")
    and links the general terms is still the program's terms; a site footer's "Terms" link
    on every page says nothing of the page."""
    here = url_key(page.final_url or page.url)
    return any(
        link.region not in _MENU_REGIONS
        and link.visible
        and not link.overlay
        and link_presents("terms", link)
        and url_key(_strip(link.href)[0] or here) != here
        for link in own_links(page)
    )


def _program_pages_beside(
    snapshot: SiteSnapshot, documents: list[PolicyDocument], linked: set[str]
) -> list[PolicyDocument]:
    """The pages that set out the SMS program's terms (`sets_out_the_program`) and were not
    read as terms yet, read as the SMS terms beside the general terms the site presents; none
    when the site presents no terms of its own (then `_states_the_program` decides whether
    such a page is the terms)."""
    presented = any(d.found_by in _PRESENTED and d.linked and not d.section for d in documents)
    if not presented:
        return []
    read = {url_key(u) for d in documents for u in (d.page.url, d.page.final_url) if u}
    found = []
    for page in sorted(snapshot.pages, key=lambda p: p.depth):
        url = page.final_url or page.url
        if url_key(url) in read or url_key(page.url) in read or not sets_out_the_program(page):
            continue
        if not _linked(page.url, linked):
            continue  # a page nobody links to is not read beside the terms
        document = read_document("terms", page, Candidate(url, "role"))
        document.kind = "sms_terms"
        found.append(document)
        read.add(url_key(url))
    return found


def _sign_up_policy(page: Page) -> bool:
    """Is the page the program's sign-up page, holding the opt-in form, though it calls itself
    a policy ("SMS Communications Policy" over the form)? Beside the site's own linked terms
    it is the opt-in's page: its privacy link or HELP line is the form's disclosure and does
    not fill a gap in the terms. A page titled as terms ("SMS Terms") stays terms."""
    own = " ".join([page.title, *own_headings(page)[:2]])
    return "optin" in page.roles and not _TITLE_WORDS["terms"].search(own)


def _another_document_at_typed_path(kind: str, page: Page, candidate: Candidate) -> bool:
    """Is a page found only by typing a path (/privacy) while looking for the terms the
    privacy policy by its own title ("Acme – Privacy Policy", not "Privacy & Terms")? A policy
    page holds STOP, HELP and rates lines too, so it can read like terms, but a reviewer looking
    for the terms who meets it sees the privacy policy: its text neither is the terms nor
    supplies what they lack (their missing link to the policy above all). A link presenting
    it as the terms is judged as the reviewer follows it, as before."""
    if kind != "terms" or candidate.found_by != "guess":
        return False
    own = " ".join([page.title, *own_headings(page)[:1]])
    return bool(_TITLE_WORDS["privacy"].search(own)) and not _TITLE_WORDS["terms"].search(own)


def stand_in_note(snapshot: SiteSnapshot, page: Page) -> str:
    """Why a page read as the terms may not be the site's terms, or "".

    A page that calls itself the SMS program's opt-in or consent policy ("SMS Opt-In Policy &
    Consent Disclosure") and that no link presents as terms is read as the terms when nothing
    else is found: it states the program's rules. When the crawl could not read the site's
    home page (it refused, or the audit saw only this page), the footer where a site links its
    terms was never seen: the real terms may exist, and prevet cannot tell an element missing
    from the terms from one this policy page was never meant to hold. The elements it lacks
    are then for a person to look at, not failures. A page titled "Terms", or one on a site
    whose home was read (and showed no terms), is judged as the terms as before.

    The same holds for a page titled as the program's consent ("SMS Consent"), read as the
    terms only because it states the program, when it is the only page the crawl read: a site
    copied down to its consent page, or one whose home redirects there; and for the opt-in
    policy when it is the only page read, its home answering "not found". Either page stands
    in, too, when the site links terms of its own that the crawl could not read
    (`_broken_terms_link`)."""
    own = " ".join([page.title, *own_headings(page)[:1]])
    if _TITLE_WORDS["terms"].search(own):
        return ""
    name = next(iter(own_headings(page)), page.title)
    url = page.final_url or page.url
    broken = _broken_terms_link(snapshot)
    if broken and not _calls_itself("terms", page):
        return (
            f"{url} calls itself “{name}”, an SMS consent or opt-in page rather than terms; "
            f"the site links its terms at {broken}, which could not be read, so what this "
            "page lacks may be in those terms"
        )
    if not _SMS_POLICY_TITLE.search(own):
        # a consent page read as the terms because it states the program ("SMS Consent")
        if _calls_itself("terms", page) or not _only_page_read(snapshot, page):
            return ""
        return (
            f"{url} calls itself “{name}”, an SMS consent page rather than terms, and no "
            "link presents it as the terms; it is the only page of the site the crawl could "
            "read, so the site's terms may sit on pages not seen"
        )
    home = _unread_home(snapshot, page)
    if not home and _only_page_read(snapshot, page):
        # its home answered "not found" and nothing else was reached: no footer was seen
        return (
            f"{url} calls itself “{name}”, an SMS opt-in policy rather than terms, and no "
            "link presents it as the terms; it is the only page of the site the crawl could "
            "read, so the site's terms may sit on pages not seen"
        )
    if not home:
        return ""
    return (
        f"{url} calls itself “{name}”, an SMS opt-in policy rather "
        f"than terms, and no link presents it as the terms; the site's home page ({home}) "
        f"could not be read, so the site's terms may be linked from there"
    )


def _broken_terms_link(snapshot: SiteSnapshot) -> str:
    """The URL of the site's own terms link when the crawl followed it and could not read the
    page (it answered 404, refused, failed), else "". A consent page standing in for terms
    that the site links elsewhere is not what the site presents as its terms: "Terms of Use"
    in its footer points at a page of its own."""
    for other in snapshot.pages:
        if (
            ("terms" in other.roles or "sms_terms" in other.roles)
            and other.discovered_by == "link"
            and (other.status >= 400 or other.error)
        ):
            return other.url
    return ""


def _only_page_read(snapshot: SiteSnapshot, page: Page) -> bool:
    """Is this the only page of the site the crawl read (the home redirecting to it, nothing
    else reached)? Then the audit saw no footer or menu where the site's terms may be linked."""
    return all(
        other is page or other.status >= 400 or other.error or other.discovered_by == "guess"
        for other in snapshot.pages
    )


_MENU_REGIONS = ("nav", "header", "footer")


def no_menu_seen(snapshot: SiteSnapshot) -> str:
    """The URL of the one page the crawl read through the site's links when that page shows no
    menu, header or footer links, else "". Sites link their policies from the footer; an
    SMS opt-in page with no footer at all (its footer injected by a script that did not load,
    or a copy of that one page) was read with every other linked page missing, so "no page
    links the policy" rests on a footer nobody saw. A page whose footer was read and does not
    link the policy, or a site with a second readable page, is judged as before."""
    read = [
        p
        for p in snapshot.pages
        if p.status < 400 and not p.error and p.discovered_by not in ("guess", "offsite_policy")
    ]
    if len(read) != 1:
        return ""
    page = read[0]
    if any(link.visible and link.region in _MENU_REGIONS for link in page.links):
        return ""
    return page.final_url or page.url


def _unread_home(snapshot: SiteSnapshot, page: Page) -> str:
    """The site's home page URL when the crawl holds no readable copy of it, else "". A home
    that answered "not found" was read: the crawl knows nothing is there; one that refused
    the crawler (an error, 403, 5xx) may show a person its footer all the same."""
    url = page.final_url or page.url
    parts = urlsplit(url)
    home = f"{parts.scheme}://{parts.netloc}/"
    for other in snapshot.pages:
        keys = {url_key(u) for u in (other.url, other.final_url, *other.redirects) if u}
        if url_key(home) in keys:
            readable = other.status < 400 or other.status in (404, 410)
            return "" if readable and not other.error else home
    return home


def _reached_from(candidate: Candidate, linked: set[str]) -> bool:
    """Is the link met on a page a person reaches? A link on a page nobody links to (a guessed
    /privacy whose own footer points at /privacy.html) is not a way to the document."""
    return not candidate.source_url or _linked(candidate.source_url, linked)


def _short_sms_policy(kind: str, page: Page, document: PolicyDocument) -> bool:
    """A short SMS privacy policy is still a policy when it makes the promise reviewers want."""
    if kind != "privacy" or page.error or page.status >= 400:
        return False
    return bool(analyze_sharing(document.sentences).promises)


def _is_sms_terms(page: Page, candidate: Candidate, document: PolicyDocument) -> bool:
    if document.overlay:  # a modal titled "SMS Terms" on a page that is something else
        return bool(_SMS_TERMS.search(document.section)) or bool(
            _SMS_TERMS.search(candidate.link_text)
        )
    return (
        "sms_terms" in page.roles
        or bool(_SMS_TERMS.search(candidate.link_text))
        or bool(_SMS_TERMS.search(" ".join([page.title, *own_headings(page)[:1]])))
    )


def sms_terms_sections(snapshot: SiteSnapshot) -> list[PolicyDocument]:
    """SMS terms that are a section of another page: a heading that names the SMS program's
    terms ("SMS Privacy Policy & Terms" inside the privacy policy, "Text Message Terms" under
    the sign-up form). When no SMS terms page is linked, a reviewer reads that section as the
    terms, so its elements are judged there and the terms are not missing. The section runs
    from its heading to the end of the page (heading levels are not kept).

    When the terms read hold such a section of their own ("3. SMS Terms" in the Terms and
    Conditions), those are the program's terms: the privacy policy's "SMS Consent and Terms"
    section is the policy's, and its carrier-liability line or its being the policy itself
    does not fill what the terms lack (`lookup` then adds no other page's section)."""
    found = []
    pages = sorted(snapshot.pages, key=lambda p: p.depth)
    for page in pages:
        if page.error or page.status >= 400:
            continue
        lines, headings = _page_text(page)
        index = _heading_index(
            lines,
            headings,
            lambda line: bool(
                _SMS_HEADING_WORDS.search(line) and _TERMS_HEADING_WORDS.search(line)
            ),
        )
        if index is None or index + 1 >= len(lines):
            continue  # a heading with nothing under it is not the terms
        section = lines[index:]
        found.append(
            PolicyDocument(
                kind="sms_terms",
                url=page.final_url or page.url,
                page=page,
                found_by="section",
                link_text=lines[index],
                lines=section,
                sentences=split_sentences(section, headings),
                section=lines[index],
            )
        )
    return found
