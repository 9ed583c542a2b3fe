"""Where the opt-in flow and the policies point: links.public_shortener, links.unrelated_domain.

Shorteners are matched by registrable domain against analyzers/vocab/shorteners.txt (never by
substring). "Unrelated" is a judgement: links to the site's own domain, to domains the crawl was
redirected to, to a domain carrying the brand's name, to the domain of the site's own contact
email (info@brand-pt.com names the business's other domain, unless it is a public mailbox
provider), to the platforms listed in
analyzers/vocab/optin_link_domains.yaml (social profiles, maps, payment/booking, regulators), and
to a well-known form or policy service (analyzers/vocab/embedded_services.yaml) whose frame a
crawled page embeds, and to any host whose frame is what the brand's own policy page shows, are
related, and so is the business's booking page on a scheduling service, known or not ("Open
Booking Page" -> platform.example/book/<id>: `books_on_platform`); anything else in the opt-in
form, its disclosure, or the body of a policy page is not. A policy's body link counts when it
leads on in the flow (privacy, terms, SMS or sign-up words) or goes to a hosting platform's
deployment host (analyzers/vocab/deployment_hosts.txt: a preview or staging copy such as
main.d1abc.amplifyapp.com, whatever the link's words): a policy does not cite another company
there, it sends the reviewer to a site off the registered domain.
Campaign text is read for shorteners except the sample messages and keyword replies, which
samples.shortener and replies.shortener already judge.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from urllib.parse import urlsplit

from analyzers.campaign.emails import find_emails, is_public_provider
from analyzers.context import AnalysisContext
from analyzers.inputs.brand import normalize_name
from analyzers.policy.layers import own_text
from analyzers.registry import Hit, NotApplicable, Severity, check
from analyzers.text.contacts import mailto_address
from analyzers.text.urls import find_urls, host_domain, is_public_shortener
from analyzers.text.vocabulary import vocab_data, word_list
from crawler.roles import plays_policy_role
from crawler.snapshot import Link, Page
from crawler.urls import host_of, registrable_domain

_SKIP_SCHEMES = ("mailto:", "tel:", "sms:", "javascript:", "data:")
_CAMPAIGN_SKIP = ("sample", "repl", "keyword", "response", "message_1", "message_2")


@lru_cache(maxsize=1)
def platform_domains() -> frozenset[str]:
    data = vocab_data("optin_link_domains")
    return frozenset(d.lower() for domains in data.values() for d in domains)


def _web_link(href: str) -> bool:
    return href.lower().startswith(("http://", "https://"))


def flow_pages(ctx: AnalysisContext) -> list[Page]:
    """The opt-in pages and the policy pages: what the reviewer follows from the form."""
    snapshot = ctx.snapshot
    pages: list[Page] = [o.page for o in ctx.inputs.optin_forms]
    pages += [p for p in snapshot.pages if plays_policy_role(p) and p.status < 400]
    unique: list[Page] = []
    for page in pages:
        if all(page is not u for u in unique):
            unique.append(page)
    return unique


def _campaign_strings(value: object, path: str = "") -> Iterator[tuple[str, str]]:
    """(field path, text) of every string in the campaign, samples and replies left out."""
    if hasattr(value, "model_dump"):
        value = value.model_dump()
    if isinstance(value, dict):
        for key, item in value.items():
            if any(skip in str(key).lower() for skip in _CAMPAIGN_SKIP):
                continue
            yield from _campaign_strings(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _campaign_strings(item, f"{path}[{index}]")
    elif isinstance(value, str):
        yield path, value


@check(
    "links.public_shortener",
    severity=Severity.ERROR,
    ref="8201 / 6106–6108",
    title="No public URL shorteners in the opt-in flow",
    message="A link uses a public URL shortener.",
    why="Carriers filter public shorteners (bit.ly, tinyurl, ...) because they hide where a link "
    "goes; reviewers reject registrations that use them. (This check reads the site; a "
    "shortener in a sample message is samples.shortener and in a keyword reply "
    "replies.shortener, so each link is reported once.)",
    fix="Replace the short link with the full URL on your own domain (or a branded short domain "
    "that you own).",
    needs=("snapshot",),
)
def public_shortener(ctx: AnalysisContext) -> Iterator[Hit]:
    seen: set[str] = set()
    for page in flow_pages(ctx):
        urls = [(link.href, link.text) for link in page.links if _web_link(link.href)]
        urls += [(u, "") for u in find_urls(page.text[:100000])]
        for form in page.forms:
            urls += [(link.href, link.text) for link in form.links if _web_link(link.href)]
        for href, text in urls:
            if _same_link(href) in seen or not is_public_shortener(href):
                continue
            seen.add(_same_link(href))
            yield Hit(
                url=page.final_url or page.url,
                evidence=f"{text} -> {href}" if text else href,
                details={"domain": host_domain(href)},
                message=f"The page links to {href}, a public URL shortener ({host_domain(href)}).",
            )
    for page, link in _signup_entries(ctx):
        href = link.href
        if _same_link(href) in seen or not is_public_shortener(href):
            continue
        seen.add(_same_link(href))
        yield Hit(
            url=page.final_url or page.url,
            evidence=f"{link.text} -> {href}" if link.text else href,
            details={"domain": host_domain(href)},
            message=f"The way into the text sign-up is {href}, a public URL shortener "
            f"({host_domain(href)}).",
        )
    if ctx.campaign is not None:
        for path, text in _campaign_strings(ctx.campaign):
            for url in find_urls(text):
                if _same_link(url) not in seen and is_public_shortener(url):
                    seen.add(_same_link(url))
                    where = getattr(ctx.campaign, "where", None)
                    place = f" ({where(path)})" if callable(where) else ""
                    yield Hit(
                        url=None,
                        selector=f"campaign:{path}",
                        evidence=f"{url}{place}",
                        message=f"The campaign's {path} uses a public URL shortener: {url}.",
                    )


def _same_link(url: str) -> str:
    """One key for a link written with or without its scheme ("bit.ly/x" in the text of the
    link to "https://bit.ly/x"), so it is reported once."""
    return re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip(), flags=re.IGNORECASE).rstrip("/")


@lru_cache(maxsize=1)
def embedded_service_domains() -> frozenset[str]:
    data = vocab_data("embedded_services")
    return frozenset(d.lower() for domains in data.values() for d in domains)


def related_domains(ctx: AnalysisContext) -> set[str]:
    """The brand's own domains, those the crawl was redirected to, and the well-known services
    whose frames (a hosted form, a policy generator's document) its pages embed."""
    snapshot = ctx.snapshot
    site = snapshot.site or registrable_domain(snapshot.start_url)
    domains = {site}
    for page in snapshot.pages:
        if (
            page.discovered_by in ("given", "offsite_policy")
            and registrable_domain(page.url) != site
        ):
            # fetched because the audit named it (the campaign's privacy URL on a policy
            # host), or because the site's policy link leads there (crawler/spider.py
            # offsite_policies): where the document is, not that the host is the brand's
            continue
        for url in (page.url, page.final_url, *page.redirects):
            if url:
                domains.add(registrable_domain(url))
        domains.update(
            d
            for d in map(registrable_domain, page.frames)
            if d in embedded_service_domains() or _frames_own_policy(page, site)
        )
        domains.update(_own_email_domains(page))
    website = getattr(getattr(ctx.campaign, "brand", None), "website", None)
    if isinstance(website, str) and website:
        domains.add(host_domain(website))
    return {d for d in domains if d}


def _frames_own_policy(page: Page, site: str) -> bool:
    """Is a framed document what the brand's own policy URL shows? acme.com/privacy frames its
    whole policy from policies.docuforge.example: the reviewer opens the brand's address and
    reads the brand's policy there, so the frame's host serves the brand's document (and its
    links back to that host are the embed, not "another business"), whether or not the host
    is on the list of known policy services. A frame on a page that is no policy (a contact
    page framing some form host), or on a policy page off the brand's domain, says nothing of
    the kind."""
    own_page = registrable_domain(page.final_url or page.url) == site
    return own_page and plays_policy_role(page) and page.status < 400


def _own_email_domains(page: Page) -> set[str]:
    """Domains of the addresses a page gives for reaching the business: a business that writes
    "email us at info@brand-pt.com" owns brand-pt.com, whatever the site's own host. Public
    mailbox providers (gmail.com) are nobody's own domain."""
    addresses = find_emails(page.text)
    addresses += [address for link in page.links if (address := mailto_address(link.href))]
    domains = {
        registrable_domain("https://" + a.rsplit("@", 1)[1].strip().lower()) for a in addresses
    }
    return {d for d in domains if d and not is_public_provider(d)}


def _brand_keys(ctx: AnalysisContext) -> list[str]:
    brand = ctx.inputs.brand_names
    if brand is None:
        return []
    keys = [normalize_name(v).replace(" ", "").replace("'", "") for v in brand.variants()]
    return [k for k in keys if len(k) >= 4]


def is_related(href: str, related: set[str], brand_keys: Iterable[str]) -> bool:
    domain = registrable_domain(href)
    if not domain or domain in related or domain in platform_domains():
        return True
    host = host_of(href)
    if any(host == d or host.endswith("." + d) for d in platform_domains()):
        return True
    label = domain.split(".")[0].replace("-", "")
    return any(key in label or (len(label) >= 5 and label in key) for key in brand_keys)


_FLOW_WORDS = re.compile(
    r"privacy|terms|conditions|legal|sms|text|messag|opt[\s_-]*(in|out)|"
    r"sign[\s_-]*up|subscribe|consent|policy|polic",
    re.IGNORECASE,
)
_DOCUMENT_WORDS = frozenset(
    {
        "privacy",
        "policy",
        "policies",
        "terms",
        "conditions",
        "service",
        "use",
        "of",
        "and",
        "sms",
        "text",
        "messaging",
        "program",
        "our",
        "the",
        "notice",
        "cookie",
        "cookies",
        "statement",
        "legal",
        "opt",
        "in",
        "out",
        "here",
        "full",
        "read",
        "see",
        "view",
        "details",
        "mobile",
        "california",
        "&",
        "t&c",
        "tos",
        "sign",
        "up",
    }
)


def on_deployment_host(href: str) -> bool:
    """A page on a hosting platform's per-deployment host (a preview, staging or side copy)."""
    host = host_of(href)
    return any(host.endswith("." + suffix) for suffix in word_list("deployment_hosts"))


def _names_its_host(text: str, href: str) -> bool:
    """ "Leaflet Maps" -> leaflet-maps.github.io: a project named by its own deployment host is a
    reference; "Customer Info Page" -> main.d1abc.amplifyapp.com names nothing there."""
    host = host_of(href).lower()
    words = re.findall(r"[A-Za-z][A-Za-z]{2,}", text)
    return any(
        w[0].isupper() and w.lower() not in _DOCUMENT_WORDS and w.lower() in host for w in words
    )


def _names_someone_else(text: str, brand_words: set[str]) -> bool:
    """ "Google's Privacy Policy" names another company: a reference, not the brand's own flow."""
    words = re.findall(r"[A-Za-z][\w&'’.-]*", text)
    known = _DOCUMENT_WORDS | brand_words
    return any(w[0].isupper() and re.sub(r"['’]s$|\.$", "", w.lower()) not in known for w in words)


# the policy calls the linked document its own ("our privacy policy", "my terms")
_OWN_DOCUMENT = re.compile(r"\b(?:our|my)\s+(?:[\w&-]+\s+){0,2}(?:privacy|terms|polic)", re.I)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*")
# the line gives the document to another company: "Their privacy notice:", "its privacy
# policy", "Ethos's privacy policy"
_THEIR_DOCUMENT = re.compile(
    r"\b(?i:their|its)\s+(?:own\s+)?(?i:privacy|terms|polic)"
    r"|\b[A-Z][\w&-]*['’]s?\s+(?:own\s+)?(?i:privacy|terms|polic)"
)
_NOT_A_NAME = ("privacy", "terms", "polic", "notice", "their", "its")
_SHORT_NAME_MIN = 4


def _cites_vendor_page(page: Page, link: Link, brand_words: set[str]) -> bool:
    """Is a policy's link to another domain a reference to that company's own page? Policies
    name the tools they use and point to each tool's own privacy or opt-out page: under "Font
    Awesome Icons", "The privacy policy of the library operator can be found here:
    https://fontawesome.com/privacy". The link's line or its heading names the company its
    domain belongs to ("Font Awesome" -> fontawesome.com, "Google" -> google.com) and the line
    does not call the document "our" policy. Where the line gives the document to that
    company ("... is handled and stored by Ethos. Their privacy notice: privacy.ethoslife.com/
    policies"), the company's short name may begin its domain's name. "Read our Privacy
    Policy" -> termly.io names no one there: the business's own policy off its domain, still
    the flow."""
    name = registrable_domain(link.href).lower().removeprefix("www.").split(".")[0]
    if len(name) < 3 or name in brand_words:
        return False
    lines = [normalize_line(x) for x in own_text(page).split("\n")]
    anchor = normalize_line(link.text) or link.href
    headings = {normalize_line(h) for h in page.headings}
    # the link's words may stand on several lines (the page's own "Privacy Policy" heading,
    # then "Please review their Privacy Policy"): a line other than a heading names the vendor
    return any(
        _line_cites(name, lines, at, headings)
        for at, line in enumerate(lines)
        if anchor and anchor in line and line not in headings
    )


def _line_cites(name: str, lines: list[str], at: int, headings: set[str]) -> bool:
    """Does the line (with the heading over it) name the company whose domain `name` is?"""
    if _OWN_DOCUMENT.search(lines[at]):
        return False
    heading = next((lines[i] for i in range(at, -1, -1) if lines[i] in headings), "")
    context = " ".join(u for u in (lines[at], heading) if u)
    for url in find_urls(context):
        context = context.replace(url, " ")
    theirs = _THEIR_DOCUMENT.search(lines[at]) is not None
    for run in _CAPITALISED_RUN.findall(context):
        words = [re.sub(r"['’]s$|\W", "", w).lower() for w in run.split()]
        joined = {
            "".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
        }
        if name in joined or (theirs and _shortened(name, joined)):
            return True
    return False


def _shortened(name: str, names: set[str]) -> bool:
    """Is the domain's name a company's short name plus more ("Ethos" -> ethoslife.com)? Only
    where the line calls the linked document that company's (see `_cites_vendor_page`)."""
    return any(
        len(n) >= _SHORT_NAME_MIN and name.startswith(n) and not n.startswith(_NOT_A_NAME)
        for n in names
    )


def normalize_line(text: str) -> str:
    return " ".join(text.split())


# a link that names the site's own policy document: "Privacy Policy", "Privacy", "Terms of
# Service", "Terms & Conditions" (not "Your Privacy Choices", a request form)
_POLICY_DOCUMENT = re.compile(
    r"^\W*(?:privacy|terms)\W*$|privacy\s+(?:policy|notice|statement)|"
    r"terms\s+(?:of\s+(?:service|use)|(?:and|&)\s+conditions)|terms\s*&\s*conditions",
    re.IGNORECASE,
)


# a call to the business's quote or estimate request: the lead-intake form where customers give
# their number ("Get a Free Estimate", "Open the estimate form", "Request a quote")
_INTAKE_FORM = re.compile(r"\b(?:quotes?|estimates?)\b", re.IGNORECASE)
_POSSESSIVE_NAME = re.compile(r"\b[A-Z][\w&.-]*['’]s\b")


def _leads_to_intake_form(text: str) -> bool:
    """Does a policy's body link lead to the business's quote / estimate request form? SMS terms
    say customers opt in "by submitting your number through our quote request form", and the
    page's "Open the estimate form" button is that path: where it points is the opt-in flow,
    whatever capitalised words the button uses. "Acme's estimate tool" names another company."""
    return bool(_INTAKE_FORM.search(text)) and not _POSSESSIVE_NAME.search(text)


# a link that is the way into the text program: "Text Alerts", "SMS updates", "Join our text
# club", "Sign up for texts" (not "SMS Terms", a document, nor "Text us", a conversation)
_TEXT_SIGNUP = re.compile(
    r"^\W*(?:(?:sign\s*up|join|subscribe|opt[\s-]*in|get)\s+(?:for\s+|to\s+)?(?:our\s+)?)?"
    r"(?:sms|text(?:[\s-]*message)?|mobile)\s+"
    r"(?:alerts?|updates?|club|list|notifications?|offers?|deals?)\W*$"
    r"|^\W*(?:sign\s*up|join|subscribe|opt[\s-]*in)\s+(?:for\s+|to\s+)?(?:our\s+)?"
    r"(?:texts|sms|text\s+messages)\W*$",
    re.IGNORECASE,
)


def _enters_text_signup(link: Link) -> bool:
    """Is a page's body link the entry to the SMS sign-up? On a newsletter page, the "Text
    Alerts" button under "Join Today" goes to the form that collects the number: where that
    form lives is the opt-in flow a reviewer follows, on this domain or another one. "SMS
    Terms" is a document (linked as one), and "Read about text alerts" is no sign-up."""
    return link.region in ("body", "form") and _TEXT_SIGNUP.search(link.text) is not None


# a link that names a form by itself: "this form", "the sign-up form", "our Consent-to-Text
# Form" (not "Form 1099 instructions", "formal wear")
_NAMES_A_FORM = re.compile(
    r"^\W*(?:(?:this|the|that|our|a)\s+)?(?:[\w'’-]+\s+){0,3}?form\W*$", re.IGNORECASE
)
# a title or heading that invites signing up for texts: "Sign Up for Urgent Church Text
# Alerts", "Join our SMS list", "Subscribe to text reminders" (not "Text us", "SMS Terms")
_INVITES_TEXT_SIGNUP = re.compile(
    r"\b(?:(?:sign[\s-]*up|subscribe|opt[\s-]*in|enrol+|register)\s+(?:for|to|in)|join)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:sms|texts?|txt|text[\s-]+messages?)\b",
    re.IGNORECASE,
)


def _signup_entries(ctx: AnalysisContext) -> Iterator[tuple[Page, Link]]:
    """The site's own links that lead into its text sign-up: a "Text Alerts" button
    (`_enters_text_signup`), or a link that names a form on a page whose title or heading
    invites signing up for texts ("Sign Up for Urgent Church Text Alerts" ... "Simply fill out
    this form"). Where the form lives off the site, that link is the first step of the opt-in
    flow a reviewer follows, as much as a link in the form's disclosure. A form link on a page
    about something else ("Download this form" on a permits page) is not."""
    site = ctx.snapshot.site or registrable_domain(ctx.snapshot.start_url)
    for page in ctx.snapshot.pages:
        own_page = registrable_domain(page.final_url or page.url) == site
        if page.error or page.status >= 400 or not own_page:
            continue
        invites = any(_INVITES_TEXT_SIGNUP.search(t) for t in (page.title, *page.headings))
        for link in page.links:
            if not _web_link(link.href):
                continue
            if _enters_text_signup(link) or (
                invites and link.region in ("body", "form") and _NAMES_A_FORM.match(link.text)
            ):
                yield page, link


def _flow_links(ctx: AnalysisContext) -> Iterator[tuple[Page, Link, str]]:
    """(page, link, where): every link of the opt-in forms, the site's own links to its privacy
    policy and terms (in the menu or footer too: that is where a reviewer finds them), the
    buttons that lead into the text sign-up ("Text Alerts"), and the
    links of policy pages that lead on in the flow (privacy, terms, SMS or sign-up documents)
    without naming another company. A privacy policy's references to its processors' own
    policies, and "Google's Privacy Policy" under a reCAPTCHA notice, are not the flow."""
    for optin in ctx.inputs.optin_forms:
        for link in optin.disclosure.links:
            yield optin.page, link, "the opt-in form"
    brand = ctx.inputs.brand_names
    brand_words = {
        w.lower()
        for name in (brand.variants() if brand else [])
        for w in re.findall(r"[A-Za-z]+", name)
    }
    site = ctx.snapshot.site or registrable_domain(ctx.snapshot.start_url)
    for page in ctx.snapshot.pages:
        own_page = registrable_domain(page.final_url or page.url) == site
        if page.error or page.status >= 400 or not own_page:
            continue
        for link in page.links:
            if (
                _POLICY_DOCUMENT.search(link.text)
                and not _names_someone_else(link.text, brand_words)
                and not (
                    link.region in ("body", "form") and _cites_vendor_page(page, link, brand_words)
                )
            ):
                yield page, link, "the site"
            elif _enters_text_signup(link):
                yield page, link, "the sign-up page"
    for page in ctx.snapshot.pages:
        if not plays_policy_role(page) or page.status >= 400:
            continue
        for link in page.links:
            if link.region not in ("body", "form"):
                continue
            if (
                _FLOW_WORDS.search(f"{link.text} {host_of(link.href)} {link.href}")
                and not _names_someone_else(link.text, brand_words)
                and not _cites_vendor_page(page, link, brand_words)
            ):
                yield page, link, "the policy page"
            elif _leads_to_intake_form(link.text):
                yield page, link, "the policy page"
            elif on_deployment_host(link.href) and not _names_its_host(link.text, link.href):
                yield page, link, "the policy page"


@check(
    "links.unrelated_domain",
    severity=Severity.WARNING,
    ref="Links point to the registered business",
    title="The opt-in flow links stay with the business",
    message="The opt-in flow or a policy links to a domain unrelated to the brand.",
    why="Reviewers follow every link in the opt-in flow; links to another business's domain "
    "(or policies hosted elsewhere) make the flow look like someone else's.",
    fix="Host the linked page on your own domain, or remove the link.",
    needs=("snapshot",),
)
def unrelated_domain(ctx: AnalysisContext) -> Iterator[Hit]:
    if not ctx.inputs.optin_forms and not any(plays_policy_role(p) for p in ctx.snapshot.pages):
        raise NotApplicable("no opt-in form and no policy page to follow")
    related = related_domains(ctx)
    own = ctx.snapshot.site or registrable_domain(ctx.snapshot.start_url)
    keys = _brand_keys(ctx)
    reported: set[str] = set()
    for page, link, where in _flow_links(ctx):
        href = link.href
        if not _web_link(href) or is_public_shortener(href):
            continue  # shorteners are links.public_shortener's finding
        domain = registrable_domain(href)
        if domain in reported:
            continue
        copy = policy_copy_off_site(link, related)
        if not copy and (is_related(href, related, keys) or books_on_platform(link)):
            continue
        reported.add(domain)
        what = (
            f"a copy on a hosting platform's deployment host, not on {own}"
            if copy
            else f"a domain unrelated to {own}"
        )
        yield Hit(
            url=page.final_url or page.url,
            evidence=f"{link.text} -> {href}" if link.text else href,
            details={"domain": domain},
            message=f'{where.capitalize()} links to {domain} ("{link.text or href}"), {what}.',
            fix=f"Host this page on {own} and link it there, or remove the link to {domain}.",
        )


# a booking or scheduling word as a whole path segment ("/book/<id>", "/booking/acme-detail",
# "/schedule/acme") or as the link's call ("Book now", "Open Booking Page", "Schedule online")
_BOOKING_SEGMENT = frozenset(
    "book booking bookings schedule scheduling scheduler appointment appointments reserve "
    "reservation reservations".split()
)
_BOOKING_CALL = re.compile(
    r"^\W*(?:open\s+|view\s+)?(?:(?:our|the|my)\s+)?(?:online\s+)?(?:book|booking|schedule|"
    r"scheduling|reserve|reservations?)\b|\bbook\s+(?:now|online|a|an|your|my)\b|"
    r"\b(?:booking|scheduling)\s+(?:page|link|calendar|portal)\b|\bonline\s+(?:booking|scheduling)\b",
    re.IGNORECASE,
)


def books_on_platform(link: Link) -> bool:
    """Is the link the business's booking page on a scheduling service? Small businesses take
    bookings on a platform's page ("Open Booking Page" -> stratacrm.app/book/<id>), the way the
    well-known booking hosts of optin_link_domains.yaml do (calendly.com/acme): the platform
    acts for the business, and no list of hosts can hold every new one. The URL's shape says
    it: a booking word as a path segment followed by the business's own id or name, or a
    booking call as the link's words with a page below the host's root. A link named as a
    policy document ("Privacy Policy" -> another company's domain) is never one, whatever its
    path, and neither is a bare platform home page ("Book now" -> stratacrm.app/)."""
    if _POLICY_DOCUMENT.search(link.text) or re.search(r"privacy|terms", link.text, re.I):
        return False
    path = [p for p in urlsplit(link.href).path.lower().split("/") if p]
    after_booking_word = any(p in _BOOKING_SEGMENT for p in path[:-1])
    return after_booking_word or (bool(path) and bool(_BOOKING_CALL.search(link.text)))


def policy_copy_off_site(link: Link, related: set[str]) -> bool:
    """A link named as a policy document ("Privacy Policy") that goes to a hosting platform's
    deployment host other than the audited site: acme.github.io/site/privacy.html linked from
    the SMS terms of acme.com. The host may carry the brand's name, but the reviewer is sent to
    a second copy of the policy off the registered domain (the way policies hosted by a
    generator are, see optin_link_domains.yaml). The brand's own app on such a host ("new
    patient forms" on acmedental.netlify.app) is not a policy and stays related."""
    return (
        on_deployment_host(link.href)
        and registrable_domain(link.href) not in related
        and bool(_POLICY_DOCUMENT.search(link.text))
    )
