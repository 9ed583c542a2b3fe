"""The business's name: from the campaign file when given, else inferred from the site.

Reviewers compare the registered brand with what the site shows. Without a campaign file prevet
infers the name the way a person would: og:site_name, schema.org Organization, the logo's alt
text, the copyright line and the home page title, voting across pages.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from analyzers.context import AnalysisContext, provides
from crawler.urls import registrable_domain

_LEGAL_SUFFIX = re.compile(
    r"[,\s]+(llc|l\.l\.c\.|inc\.?|incorporated|corp\.?|corporation|co\.|company|ltd\.?|"
    r"limited|lp|llp|pllc|pc|p\.c\.|plc)\s*$",
    re.IGNORECASE,
)
# a title's halves are set apart by a short run of punctuation between spaces: "Home | Acme",
# "Home // Acme", "Home :: Acme", "Acme ~ Home", or by a colon written after a word ("Acme
# alerts: text opt-in", "Privacy Policy: Acme"); "&" and "+" join the words of one name
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»«›‹/\\~>]{1,3}\s+|(?<=\w):\s+")
_GENERIC_TITLES = {
    "home",
    "homepage",
    "home page",
    "welcome",
    "index",
    "contact",
    "contact us",
    "about",
    "about us",
    "privacy policy",
    "terms",
    "terms of service",
    "sms terms",
    "sign up",
    "untitled",
}
# a title made only of these words names the page, not the business ("SMS Opt-In Form")
_PAGE_WORDS = frozenset(
    """
    a an and the our your my of for to in on at by with us me
    home homepage welcome index page untitled main site website official
    contact about privacy policy policies notice terms conditions service services legal
    sms text texts texting txt message messages messaging mobile alerts alert updates update
    notifications notification opt optin opt-in in out consent form forms sign signup up join
    subscribe subscription get receive program club list enroll register registration request
    check checkin check-in log login
    quote estimate book booking appointment appointments now here today free online new
""".split()
)
# what a business calls the program it names after itself: "Pinecone VIP", "Harbor Rewards"
_PROGRAM_NOUNS = (
    r"VIPs?|Club|Rewards|Insiders?|Perks|Members|Membership|Circle|Crew|Squad|Family|Loyalty|"
    r"Text Club|Texts|Text Alerts|Alerts|Deals|Updates|Notify|Notifications|Plus|Pass|List|"
    r"Reminders|Messages|SMS"
)
# first words of many names that say nothing of the business alone: "Blue Heron Farm",
# "First Street Dental", "Golden Spoon"
COMMON_LEAD_WORDS = frozenset(
    """
    best first second third main north south east west northern southern eastern western
    central city county state national american united great grand royal golden silver blue
    green black white gray grey little big good happy true total premier elite prime family
    """.split()
)
# how much each source says about the name: og:site_name is chosen by the owner on purpose
_SOURCE_WEIGHT = {
    "og_site_name": 5,
    "schema_org": 5,
    "application_name": 4,
    "logo_alt": 3,
    "copyright": 3,
    "logo_text": 2,
    "title": 2,
}
# a second name is kept only with support close to the winner's: a page name that slipped
# through ("For Residents") would otherwise count as naming the business
_SECONDARY_SUPPORT = 0.5


# the small words that join a name's words, written in lower case inside it: "Paws at
# Lakeside", "Bread & Co", "House of Hops", "Bed on Main"
_NAME_CONNECTORS = frozenset({"&", "and", "of", "the", "at", "on", "in", "by", "for"})


@dataclass
class BrandNames:
    """The names a person could know the business by, best first."""

    names: list[str]
    source: str  # "campaign" or "inferred"
    evidence: dict[str, str] = field(default_factory=dict)

    @property
    def primary(self) -> str:
        return self.names[0]

    def variants(self) -> list[str]:
        """Each name plus its form without a legal suffix ("Acme Health LLC" -> "Acme Health")."""
        out: list[str] = []
        for name in self.names:
            for candidate in (name, strip_legal_suffix(name)):
                if candidate and candidate.lower() not in {o.lower() for o in out}:
                    out.append(candidate)
        return out

    def found_in(self, text: str) -> str | None:
        """The first variant that appears in text (case-, space- and punctuation-insensitive).

        Inline markup splits a name in the page's text: "Acme<sup>SM</sup> Plumbing" reads
        "AcmeSM Plumbing", and "<span>Bright</span><span>Side</span>" reads "BrightSide"; the
        words of the name may stand with or without a space between them, and a glued service
        or trade mark is not part of the name. Markup also runs the name into what follows it:
        a logo "Acme CU<small>Acme Federal Credit Union</small>" reads "Acme CUAcme Federal
        ...", so a change of case that starts a new word ("CU|Acme", "Plumbing|Home") ends one,
        in the text and in the name alike (words may stand without a space between them, or
        split inside, so "McBride" still finds "Mcbride" and "Timberline" finds "TimberLine")."""
        plain = normalize_name(_unglue(text))
        without_addresses = normalize_name(_unglue(_ADDRESSES.sub(" ", text)))
        for variant in self.variants():
            words = _CREDIT_UNION.sub("cu", normalize_name(_unglue(variant))).split()
            if not words:
                continue
            # a name that is itself a domain ("Shop.com") is looked for as written
            haystack = plain if _ADDRESSES.search(variant) else without_addresses
            # a space may fall inside a word as well as between words: the page's inner
            # capitals ("TimberLine") split where the name has none ("Timberline")
            spaced = " ?".join(
                _CU_FORMS if word == "cu" else " ?".join(map(re.escape, word)) for word in words
            )
            if re.search(rf"(?<![a-z0-9]){spaced}(?![a-z0-9])", haystack):
                return variant
        return None

    def short_form_in(self, text: str) -> str | None:
        """The name as people shorten it, written as a name: its first two words or more
        ("Sparkle Nest" for "Sparkle Nest Home Cleaning", "Paws at Lakeside" for "Paws at
        Lakeside Pet Sitting"), capitalised as in the name but for the small words that join
        its words ("&", "of", "at", "on"). Read
        where the business speaks of itself (a consent sentence), not to match other text."""
        for variant in self.variants():
            words = variant.split()
            for size in range(len(words) - 1, 1, -1):
                short = " ".join(words[:size]).strip(" ,.&")
                named = [w for w in short.split() if w.lower() not in _NAME_CONNECTORS]
                if len(named) < 2 or not all(w[:1].isupper() for w in named):
                    continue
                if re.search(rf"(?<![\w&]){re.escape(short)}(?![\w])", strip_marks(text)):
                    return short
        return None

    def shortened_to(self, owner: str) -> bool:
        """Whether a name the page gives as its owner, whole (its logo or copyright line), is
        the business's name shortened to its first words: "© 2026 LifeRise" on a site of
        "LifeRise Unlimited Corporation", a logo "Harbor Light" for "Harbor Light Dental". One
        word must be a name of its own, not a common lead word ("The", "Blue") or a page word."""
        key = normalize_name(strip_icons(owner)).split()
        if not key:
            return False
        if len(key) == 1 and (len(key[0]) < 4 or key[0] in _PAGE_WORDS | COMMON_LEAD_WORDS):
            return False
        for variant in self.variants():
            words = normalize_name(variant).split()
            if len(words) > len(key) and words[: len(key)] == key:
                return True
        return False

    @cached_property
    def shared_word(self) -> str | None:
        """The one word the business's names share, when it is a name of its own: "Brightkeel"
        for the DBA Brightkeel Dumpster Rental and the legal name Brightkeel Roll-Off LLC. Two
        registered names that part after their first word make that word what the business is
        called in both; one name alone ("Ridgeline" for Ridgeline Plumbing & Heating) gives no
        such word. The word must be capitalised as in the names and a name of its own (not
        "The", "Blue" or a page word). Worked out once: the disclosure and terms readers ask
        for every block and sentence."""
        keys = {tuple(normalize_name(strip_legal_suffix(n)).split()) for n in self.names}
        keys.discard(())
        if len({key[0] for key in keys}) != 1 or len({key[1:2] for key in keys}) < 2:
            return None
        word = re.findall(r"[\w'’-]+", self.names[0])[0]
        if (
            len(word) < 4
            or not word[:1].isupper()
            or word.lower() in _PAGE_WORDS | COMMON_LEAD_WORDS
        ):
            return None
        return word

    def shared_word_in(self, text: str) -> str | None:
        """`shared_word` written alone as a name: "from Brightkeel about my rental", not carried
        on by another capitalised word ("Brightkeel Homes" is another name)."""
        word = self.shared_word
        if word is None:
            return None
        found = re.search(rf"(?<![\w&]){re.escape(word)}(?![\w'’-])(?!\s+[A-Z])", strip_marks(text))
        return word if found else None

    def program_name_in(self, text: str) -> str | None:
        """A program named after the business by the first word of its name ("Pinecone VIP
        texts" from Pinecone Comics, "Harbor Rewards" from Harbor Light Dental): the word
        capitalised as in the name and followed by a program noun. One word alone ("from
        Acme", "a Sparkle clean") or a common lead word ("The", "Blue") is not the name."""
        for variant in self.variants():
            words = re.findall(r"[\w'’]+", variant)
            if len(words) < 2 or len(words[0]) < 4 or not words[0][:1].isupper():
                continue
            if words[0].lower() in _PAGE_WORDS | COMMON_LEAD_WORDS:
                continue
            found = re.search(
                rf"(?<![\w&]){re.escape(words[0])}\s+(?:{_PROGRAM_NOUNS})(?![\w])",
                strip_marks(text),
            )
            if found:
                return found.group(0)
        return None


# an unfilled template slot where a name belongs: an unrendered variable ("{{TENANT_BRAND_NAME}}",
# "{{ company }}", "${brandName}", "<%= name %>", "{% brand %}", "%%COMPANY%%", "[[Brand]]"), a
# constant's name in capitals joined by underscores ("BUSINESS_NAME"), or a bracketed
# instruction that asks for the name ("[Company Name]", "[Your Business Name]")
_CONSTANT_NAME = r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+"
_TEMPLATE_SLOT = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}|\$\{.*?\}|<%.*?%>|%%\w+%%|\[\[.*?\]\]"
    rf"|(?<![\w-]){_CONSTANT_NAME}(?![\w-])"
    r"|\[(?:your\s+)?(?:[\w-]+\s+)?(?:company|business|brand|legal|organi[sz]ation)(?:\s+name)?\]",
    re.IGNORECASE,
)
_CONSTANT = re.compile(_CONSTANT_NAME)


def template_slot(text: str) -> str:
    """The unfilled template slot in a name, or "". A site built from a multi-tenant or
    fill-in template can go live with the slot where the business's name belongs: the title
    "SMS Signup | {{TENANT_BRAND_NAME}}", a consent line "texts from {{TENANT_BRAND_NAME}}".
    The slot repeats on every page, so it would win the vote for the name and then "find"
    itself in every disclosure and policy, but no reader learns whom the texts come from: a
    slot is never a name. A constant's name counts only written in capitals ("TENANT_NAME";
    "Acme_Co" is a name), a bracket only when it asks for a name ("[Company Name]")."""
    for match in _TEMPLATE_SLOT.finditer(text):
        slot = match.group()
        if slot[:1].isalnum() and not _CONSTANT.fullmatch(slot):
            continue  # the capitals rule is case-sensitive: "acme_co" is no constant
        return slot
    return ""


def strip_legal_suffix(name: str) -> str:
    previous = None
    while previous != name:
        previous, name = name, _LEGAL_SUFFIX.sub("", name).strip(" ,.")
    return name


# an email address or domain spells the name without spaces, and does not name the business
# ("support@acmeplumbing.com"): it is left out before the words of a name are looked for
_ADDRESSES = re.compile(r"\S+@\S+|\b(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}\b(?:/\S*)?")
# a service or trade mark set in <sup> runs into the word before it once the markup is gone:
# "Castellan<sup>SM</sup> Legal Group" reads "CastellanSM Legal Group"
_GLUED_MARK = re.compile(r"(?<=[a-z])\s?(?:SM|TM)\b(?!\s*[a-z])|[\u2120\u2122\u00ae]")


# a credit union names itself in full or by initials, with or without "Federal": "Lakeshore
# Federal Credit Union", "Lakeshore Credit Union", "Lakeshore FCU" and "Lakeshore CU" are one name
_CREDIT_UNION = re.compile(r"\b(?:federal credit union|credit union|fcu)\b")
_CU_FORMS = "(?:federal ?credit ?union|credit ?union|fcu|cu)"
# where a new capitalised word starts inside a run of letters: "CUTri" (an all-capital word,
# then a capitalised one) or "LoansAbout" (a small letter, then a capital)
_GLUED_WORD = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _unglue(text: str) -> str:
    return _GLUED_WORD.sub(" ", text)


def strip_marks(text: str) -> str:
    return _GLUED_MARK.sub("", text)


def strip_icons(text: str) -> str:
    """A logo's icon glyph or emoji beside the words ("🌲 Pinecone Comics", "Acme ★") is
    decoration, not part of the name the business registers or a reviewer quotes."""
    start, end = 0, len(text)
    while start < end and _decoration(text[start]):
        start += 1
    while end > start and _decoration(text[end - 1]):
        end -= 1
    return text[start:end]


def _decoration(char: str) -> bool:
    # symbols (emoji, stars, arrows), joiners and variation selectors, and spaces
    return char.isspace() or unicodedata.category(char) in {"So", "Sm", "Sk", "Mn", "Cf", "Cs"}


def normalize_name(text: str) -> str:
    text = strip_marks(text).lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"[^a-z0-9']+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


_TRAILING_PAGE_WORDS = re.compile(
    r"(\s+(sms|text|texts|texting|opt[\s-]?in|opt|in|form|consent|alerts?|updates?|sign[\s-]?up|"
    r"program|terms|policy|page|(?:text|sms|txt)\s+messages?|notifications?|"
    r"privacy\s+(?:policy|notice|statement)|terms\s+(?:and|&)\s+conditions|"
    r"terms\s+of\s+(?:service|use)))+$",
    re.IGNORECASE,
)
# a title that asks the visitor to act names the page ("Opt in to Acme text messages", "Sign up
# for Acme alerts"): the name follows the call
_LEADING_CALL = re.compile(
    r"^(?:opt[\s-]?in|sign[\s-]?up|subscribe|enrol+|register|welcome)\s+(?:to|for|with)\s+",
    re.IGNORECASE,
)


# a capitalised name followed by lower-case words that describe the page ("Tampa Loop lead
# alerts", "Acme Dental text reminders"): the name is the capitalised part; a name written all
# in lower case ("alma bakery") is left whole
_NAME_THEN_LOWER = re.compile(
    r"^((?:[A-Z0-9&][\w'’&.-]*\s+)*[A-Z0-9][\w'’&.-]*)(?:\s+[a-z][\w'’-]*)+$"
)


# a title that offers the business through a channel ("Get Casa Concierge by text", "Reach
# Oak Dental via SMS") names it between the verb and the channel; without the channel phrase
# the verb may be the name's first word ("Get Fit Gym")
_CALL_BY_CHANNEL = re.compile(
    r"^(?:get|reach|receive|contact|message|text|try)\s+(?P<name>.+?)\s+"
    r"(?:by|via|over|through|on)\s+(?:text(?:\s+messages?)?|sms|txt|texting)$",
    re.IGNORECASE,
)


def _without_call(part: str) -> str:
    by_channel = _CALL_BY_CHANNEL.match(part)
    if by_channel:
        return by_channel.group("name")
    return _TRAILING_PAGE_WORDS.sub("", _LEADING_CALL.sub("", part)).strip()


def _name_part(part: str) -> str:
    match = _NAME_THEN_LOWER.match(part)
    return match.group(1) if match else part


def title_names(title: str) -> list[tuple[str, float]]:
    """Brand candidates in a page title with a weight: "Sign up | Acme Health" -> Acme Health.

    Both ends of a "Page | Brand" or "Brand | Page" title are candidates (the last a little
    stronger); parts made only of page words ("SMS Opt-In", "Contact us") are not.
    """
    parts = [
        _name_part(_without_call(p.strip())) for p in _TITLE_SEPARATORS.split(title) if p.strip()
    ]
    parts = [
        p
        for p in parts
        if p
        and p.lower() not in _GENERIC_TITLES
        and len(p) <= 60
        and not _only_page_words(normalize_name(p))
    ]
    if not parts:
        return []
    if len(parts) == 1:
        return [(parts[0], 1.0)]
    return [(parts[-1], 1.0), (parts[0], 0.8)]


def site_title_names(title: str, pages_with: Counter[str]) -> list[tuple[str, float]]:
    """The brand halves of a page title, knowing how many of the site's page titles hold each
    half: in "For Owners | Harbor Light" the half that repeats on every page is the business,
    the half found on this page alone is the page's name."""
    names = title_names(title)
    repeated = [(name, weight) for name, weight in names if pages_with[normalize_name(name)] > 1]
    return repeated if repeated and len(repeated) < len(names) else names


def title_name(title: str) -> str | None:
    names = title_names(title)
    return names[0][0] if names else None


def _only_page_words(key: str) -> bool:
    return all(word in _PAGE_WORDS for word in key.replace("-", " ").split())


def infer_brand(ctx: AnalysisContext) -> BrandNames | None:
    snapshot = ctx.snapshot
    if not snapshot or not snapshot.pages:
        return None
    votes: Counter[str] = Counter()  # float weights
    spelled: dict[str, str] = {}
    evidence: dict[str, str] = {}
    slots: dict[str, str] = {}  # template slots where a name belongs -> where first seen
    home = snapshot.home
    texts = [normalize_name(page.text) for page in snapshot.pages[:50]]
    pages_with = Counter(
        key
        for page in snapshot.pages
        for key in {normalize_name(name) for name, _ in title_names(page.title)}
    )
    for page in snapshot.pages:
        weight_factor = 2 if page is home else 1
        candidates: list[tuple[str, str, float]] = [
            (source, raw, _SOURCE_WEIGHT.get(source, 1))
            for source, raw in page.brand_candidates.items()
            if source != "title"
        ]
        candidates += [
            ("title", name, _SOURCE_WEIGHT["title"] * weight)
            for name, weight in site_title_names(page.title, pages_with)
        ]
        for source, raw, weight in candidates:
            slot = template_slot(raw)
            if slot:
                slots.setdefault(slot, f"{source} on {page.final_url or page.url}")
                continue  # "{{TENANT_BRAND_NAME}}": a template's slot names nobody
            name = strip_legal_suffix(strip_icons(strip_marks(raw)))
            key = normalize_name(name)
            if not key or len(key) < 2 or key in _GENERIC_TITLES or _only_page_words(key):
                continue
            votes[key] += weight * weight_factor
            spelled.setdefault(key, name)
            evidence.setdefault(key, f"{source} on {page.final_url or page.url}")
    for key in votes:  # a business's name is repeated where a person reads
        votes[key] += min(3, sum(1 for text in texts if f" {key} " in f" {text} "))
    if not votes:
        return _named_by_address(snapshot, slots)
    best, top = votes.most_common(1)[0]
    ranked = [
        spelled[key]
        for key, support in votes.most_common(3)
        if support >= _SECONDARY_SUPPORT * top or _same_name(key, best)
    ]
    return BrandNames(names=ranked, source="inferred", evidence={"inferred_from": evidence[best]})


def _named_by_address(snapshot, slots: dict[str, str]) -> BrandNames | None:
    """The name of a site that names itself only by a template's slot: its address.

    A multi-tenant template that went live unfilled shows "{{TENANT_BRAND_NAME}}" in every
    title, logo and consent line, and nothing else names the business; a reviewer who opens
    windowsbyburkhardt.com still knows whose site it is from the address, and finds that name
    in no disclosure or policy. The domain's first label stands for the name ("Windows by
    Burkhardt" written on a page still matches it: `found_in` lets spaces fall between the
    letters). A site with no candidate at all (no slot either) stays unknown."""
    if not slots:
        return None
    label = registrable_domain(snapshot.start_url).split(".")[0]
    if len(label) < 3:
        return None
    slot, where = next(iter(slots.items()))
    return BrandNames(
        names=[label],
        source="inferred",
        evidence={
            "inferred_from": f"the site's address: its pages name the business only "
            f"by the template slot {slot} ({where})"
        },
    )


def _same_name(key: str, other: str) -> bool:
    """ "AskDwell" and "Ask Dwell" are one name spelled two ways."""
    return key.replace(" ", "") == other.replace(" ", "")


@provides("brand_names")
def brand_names(ctx: AnalysisContext) -> BrandNames | None:
    campaign = ctx.campaign
    if campaign is not None:
        brand = getattr(campaign, "brand", None)
        names = [n for n in (getattr(brand, "dba", None), getattr(brand, "legal_name", None)) if n]
        if names:
            return BrandNames(names=names, source="campaign")
    return infer_brand(ctx)
