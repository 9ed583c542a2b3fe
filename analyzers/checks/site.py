"""site.*: is the website a real, open business site a reviewer can verify (criterion 2)?

site.unreachable and site.tls_invalid live in site_access.py; these checks judge what loaded:
a lone lead form, too little text, the brand's name, contact details, redirects to other
domains, login walls, bot walls and whether the opt-in page can be found from home.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from analyzers.context import AnalysisContext
from analyzers.inputs.brand import BrandNames
from analyzers.inputs.content import judged_pages
from analyzers.inputs.site import contact_details, po_boxes, template_contacts
from analyzers.optin.links import is_privacy_link, is_terms_link
from analyzers.reach import (
    NOT_FOLLOWED,
    linked_pages,
    reachable_from_home,
    unread_root,
    url_key,
)
from analyzers.registry import Hit, NotApplicable, Severity, check
from analyzers.text.contacts import find_placeholders
from crawler.snapshot import Form, Page, SiteSnapshot
from crawler.urls import normalize_url, registrable_domain

THIN_WORDS = 60  # words of real content (see _content_words), over the non-policy pages
FORM_ONLY_WORDS = 30  # business words besides the form: an error, so judged conservatively
LOGIN_WALL_WORDS = 80  # a login page says little else; a home page with a portal box says more
SMS_BOILERPLATE = re.compile(
    r"(msg|message|messaging|text)s? (&|and) data rates|reply (stop|help)|text (stop|help)|"
    r"(msg|message) frequency|frequency varies|opt[- ]?(in|out)\b|"
    r"carriers? (are|is) not (liable|responsible)|privacy (policy|notice)|terms (of service|and "
    r"conditions|& conditions)|not a condition of purchase|unsubscribe",
    re.IGNORECASE,
)
# the words that only name the channel: a business whose trade is messaging says them of its
# own service ("Rebooked helps pest-control companies reach their customers by text message")
_CHANNEL_WORDS = re.compile(r"\bsms\b|text messag", re.IGNORECASE)
# what makes a line that names the channel the program's own: the person's consent or what the
# person will receive ("you agree to receive text messages", "by providing your number")
_PROGRAM_LINE = re.compile(
    r"\b(?:agree|agrees|agreed|consent|consents|consented|authori[sz]e|sign(?:s|ed|ing)?\s+up|"
    r"subscrib\w*|enrol\w*|(?:to|will|may|would|can)\s+(?:also\s+)?receive|"
    r"by\s+(?:providing|entering|submitting|checking|clicking|texting|signing|giving))\b",
    re.IGNORECASE,
)


def _sms_boilerplate(line: str) -> bool:
    """Is the line the SMS program's boilerplate, which every opt-in page carries whatever the
    business? Rates, STOP/HELP, frequency, opt-in/out, carriers' liability and policy links
    always are. The channel's name alone ("text message", "SMS") is only where the line also
    speaks of the person's consent or of what they will receive ("you agree to receive text
    messages from Acme"): a business whose trade is messaging describes itself with those
    words ("Rebooked helps pest-control companies reach their customers by text message", blind
    round 37), and that line says what the business does."""
    if SMS_BOILERPLATE.search(line):
        return True
    return bool(_CHANNEL_WORDS.search(line) and _PROGRAM_LINE.search(line))


# the site says of itself that it is not the business's site yet: a placeholder, a page under
# construction, a landing page standing in until launch. Said of the site or page, never of
# what the business builds ("homes under construction", "new menu coming soon").
_UNFINISHED = re.compile(
    r"\b(?:this|our|the)\s+(?:(?:new|current|public)\s+)?(?:web\s?site|web\s?page|home\s?page|"
    r"landing\s+page)\s+(?:is|are)\s+(?:(?:a|an|still|currently|only|just)\s+)*(?:placeholder|"
    r"temporary|under\s+construction|coming\s+soon|(?:a\s+)?work\s+in\s+progress|"
    r"being\s+(?:built|developed))|"
    r"\b(?:this|our|the)\s+(?:site|page)\s+is\s+(?:(?:a|an|still|currently|only|just)\s+)*"
    r"placeholder|"
    # "This site is under construction, stay tuned" (not "the job site is under construction")
    r"\b(?:this|our)\s+site\s+is\s+(?:(?:still|currently)\s+)?(?:under\s+construction|"
    r"coming\s+soon|being\s+(?:built|developed))|"
    r"\bplaceholder\s+(?:web\s?site|site|web\s?page|page|pages|landing\s+page|content|text)\b|"
    r"\bweb\s?site\s+(?:is\s+)?(?:coming\s+soon|under\s+construction)\b|"
    r"\blorem\s+ipsum\b",
    re.IGNORECASE,
)
UNFINISHED_WORDS = 200  # a site that says it is a placeholder is thin unless it says this much
_CONTACT_FIELD = re.compile(
    r"phone|mobile|cell|e-?mail|\bname\b|full_?name|first_?name|tel\b", re.IGNORECASE
)
_LOGIN_PATH = re.compile(
    r"/(login|log-in|signin|sign-in|sign_in|auth|account/login|wp-login"
    r"\.php|sso|session/new)\b",
    re.IGNORECASE,
)


def _walled_review(ctx: AnalysisContext, what: str) -> Iterator[Hit]:
    """A check that would fail but could not see every page says so instead of failing."""
    for page, reason in ctx.inputs.bot_walls[:3]:
        yield Hit(
            url=page.final_url or page.url,
            evidence=reason,
            review=True,
            message=f"This page answered with {reason}; {what} could not be judged. "
            "Open the site in a browser to check.",
        )


def _start_walled(ctx: AnalysisContext) -> bool:
    start = ctx.snapshot.pages[0] if ctx.snapshot and ctx.snapshot.pages else None
    return start is not None and any(page is start for page, _ in ctx.inputs.bot_walls)


def _content_lines(page: Page) -> list[str]:
    """Lines that tell what the business does: the page's lines minus menus, header and
    footer, the form's own labels and texts, SMS-program boilerplate (rates, STOP/HELP,
    policy links), which every opt-in page carries whatever the business, and a template's
    unfilled contact lines ("Email: your@email.com", "Phone: (XXX) XXX-XXXX"), which say
    nothing of any business."""
    chrome = set(page.nav_text.splitlines())
    form_lines = {t.text for f in page.forms for t in f.texts if t.where in ("inside", "label")} | {
        c.label for f in page.forms for c in f.controls if c.label
    }
    return [
        line
        for line in page.text.splitlines()
        if line
        and line not in chrome
        and line not in form_lines
        and not _sms_boilerplate(line)
        and not _placeholder_line(line)
    ]


_LABEL_WORDS = 2  # "Email:", "Call us:": the label a contact line puts before the detail


def _placeholder_line(line: str) -> bool:
    """A line that is only a label and a template's sample contact detail (blind round 35, a
    one-page agency site: "Email: your@email.com", "Phone: +91 XXXXX XXXXX"). A line that says
    more around the placeholder ("Call (000) 000-0000 for a free roof inspection in Tulsa")
    still tells what the business does."""
    rest = line
    for _kind, shown in find_placeholders(line):
        rest = rest.replace(shown, " ")
    return rest != line and len(rest.split()) <= _LABEL_WORDS


def _content_words(page: Page) -> int:
    return sum(len(line.split()) for line in _content_lines(page))


def _business_pages(ctx: AnalysisContext) -> list[Page]:
    snapshot = ctx.snapshot
    if snapshot is None or not snapshot.pages:
        raise NotApplicable("no website was audited")
    pages = judged_pages(snapshot.pages)
    if not pages and not ctx.inputs.bot_walls:  # behind a wall, the checks ask for a review instead
        raise NotApplicable("no page of the site loaded")
    return pages


def _home_leads_elsewhere(ctx: AnalysisContext, form_pages: list[Page]) -> bool:
    """The home page holds no form and leads to two or more places besides the form and the
    policies (the business's locations, services, an about page, here or on a parent brand's
    site): a thin site (site.thin_content), not a lone form. A home page whose only way on is
    "Get started" to the form is still a form-only site."""
    home = ctx.snapshot.home
    if home is None or _lead_form(home) is not None:
        return False
    skip = {normalize_url(home.final_url or home.url), normalize_url(home.url)}
    skip |= {normalize_url(p.final_url or p.url) for p in form_pages}
    skip |= {normalize_url(p.url) for p in form_pages}
    places = {
        normalize_url(link.href)
        for link in home.links
        if link.href.lower().startswith(("http://", "https://"))
        and not is_privacy_link(link)
        and not is_terms_link(link)
    }
    return len(places - skip) >= 2


def _lead_form(page: Page) -> Form | None:
    """A visible form that collects a person's contact details (phone, email or name)."""
    for form in page.forms:
        if not form.visible:
            continue
        for control in form.controls:
            hints = " ".join(
                (control.name, control.id, control.label, control.placeholder, control.autocomplete)
            )
            if (
                control.visible
                and (control.type in ("tel", "email") or _CONTACT_FIELD.search(hints))
                and control.type not in ("hidden", "checkbox", "radio", "submit")
            ):
                return form
    return None


@check(
    "site.form_only",
    severity=Severity.ERROR,
    ref="Website contains only a form",
    title="The site is more than a lead form",
    message="The site is essentially a single form with no information about the business.",
    why="Reviewers must see what the business is and does; a lone sign-up form looks like lead "
    "collection for someone else and is rejected.",
    fix="Publish real pages about the business next to the form: what you offer, who you are "
    "(an About page), how to reach you, and your services or products.",
    needs=("snapshot",),
)
def form_only(ctx: AnalysisContext) -> Iterator[Hit]:
    pages = _business_pages(ctx)
    forms = [(page, form) for page in pages if (form := _lead_form(page))]
    if not forms:
        if _start_walled(ctx):  # the home page hid behind a challenge: nothing was seen
            yield from _walled_review(ctx, "whether the site is more than a form")
        return
    words = sum(_content_words(page) for page in pages)
    if words >= FORM_ONLY_WORDS or _home_leads_elsewhere(ctx, [page for page, _ in forms]):
        return
    if ctx.inputs.bot_walls:
        yield from _walled_review(ctx, "whether the site has content besides the form")
        return
    page, form = forms[0]
    evidence = f"{words} words of content besides the form on {len(pages)} page(s)"
    root = unread_root(ctx.snapshot)
    yield Hit(
        url=page.final_url or page.url,
        selector=form.selector,
        evidence=evidence + _root_unread_note(ctx.snapshot, root),
        details={"content_words": words, "pages": len(pages)},
        review=bool(root),
        message=_ROOT_UNREAD_MESSAGE if root else None,
    )


_ROOT_UNREAD_MESSAGE = (
    "The pages read say little besides the form, but the site's home page was not read; open "
    "it to check what the site says about the business."
)


def _root_unread_note(snapshot: SiteSnapshot, root: str) -> str:
    """Why a site-wide judgement is left to a person: the crawl started below the site's root
    (the registered opt-in page) and never read the home page a reviewer also opens. Says
    what happened to the root when the crawl asked for it ("it answered HTTP 404")."""
    if not root:
        return ""
    why = "no page read links to it, or it did not load"
    for page in snapshot.pages:
        if url_key(root) in {url_key(u) for u in (page.url, page.final_url, *page.redirects) if u}:
            why = (
                f"it did not load: {page.error}"
                if page.error
                else f"it answered HTTP {page.status}"
            )
            break
    return (
        f"; the crawl started below the site's home page and could not read {root} ({why}), "
        "so what the home page says was not seen"
    )


@check(
    "site.thin_content",
    severity=Severity.WARNING,
    ref="Insufficient website content",
    title="The site says what the business does",
    message="The site has too little text to show what the business does.",
    why="Reviewers check that the website matches the registered business and the campaign; a "
    "page or two of slogans does not let them.",
    fix="Describe the business in plain words: the products or services, who they are for, "
    "where you operate, and who is behind it (an About page).",
    needs=("snapshot",),
)
def thin_content(ctx: AnalysisContext) -> Iterator[Hit]:
    judged = _business_pages(ctx)
    pages = [page for page in judged if not _about_the_texts(page)]
    pages, help_skipped = _without_lone_help(pages)
    words = sum(_content_words(page) for page in pages)
    if words >= THIN_WORDS:
        if words < UNFINISHED_WORDS:
            yield from _unfinished(pages, words)
        return
    if ctx.inputs.bot_walls:
        yield from _walled_review(ctx, "how much the site says")
        return
    stated = _offer_stated(pages) if words >= OFFER_WORDS else set()
    if stated == set(OFFER_PARTS):
        return
    home = ctx.snapshot.home or (pages or ctx.snapshot.pages)[0]
    evidence = (
        f"{words} words of content (not counting menus, footers and forms) on "
        f"{len(pages)} page(s); at least {THIN_WORDS} are expected"
    )
    if len(pages) + len(help_skipped) < len(judged):
        evidence += " (pages about the text messages do not count)"
    if help_skipped:
        evidence += (
            f"; the help pages ({', '.join(p.final_url or p.url for p in help_skipped)}) answer "
            "the users of a business the site's own pages never describe"
        )
    details = {"content_words": words, "pages": [p.final_url or p.url for p in pages]}
    root = unread_root(ctx.snapshot)
    if root:
        yield Hit(
            url=home.final_url or home.url,
            evidence=evidence + _root_unread_note(ctx.snapshot, root),
            review=True,
            message="The pages read have little text, but the site's home page was not read; "
            "open it to check that the site shows what the business does.",
            details=details,
        )
        return
    if len(stated) >= 2:  # a short site that states most of its offer: a person decides
        missing = ", ".join(OFFER_PARTS[part] for part in OFFER_PARTS if part not in stated)
        yield Hit(
            url=home.final_url or home.url,
            evidence=f"{evidence}; it says {', '.join(OFFER_PARTS[p] for p in sorted(stated))} "
            f"but not {missing}",
            review=True,
            message="The site is short; check that it shows what the business does.",
            details={**details, "offer": sorted(stated)},
        )
        return
    yield Hit(url=home.final_url or home.url, evidence=evidence, details=details)


# A page whose title or first heading names the text-message program (a consent process, an
# enrollment, the message types) says what texts are sent, as the SMS terms do, not what the
# business does: a one-person alert program with a long consent page and a one-line home page
# is still a thin site. The home page always speaks for the business.
_TEXTS_PAGE = re.compile(
    r"\b(?:consent|sms|mms|opt[- ]?(?:in|out)|enrol(?:l|ls|lment|ment)?|(?:un)?subscribe|"
    r"text(?:ing)?\s+(?:alerts?|messages?|messaging|program|club|updates|notifications)|"
    r"message\s+types)\b",
    re.IGNORECASE,
)


def _about_the_texts(page: Page) -> bool:
    """A page titled for the text program ("SMS Opt-In", "Text Message Terms"). A home page
    never is, but an audit started at the opt-in page ("/sms-opt-in") calls that page home
    too: only the site's root is its home here."""
    if "home" in page.roles and _at_root(page):
        return False
    return bool(_TEXTS_PAGE.search(" ".join([page.title, *page.headings[:1]])))


def _at_root(page: Page) -> bool:
    path = urlsplit(page.final_url or page.url).path
    return path in ("", "/") or bool(re.fullmatch(r"/(?:index|home|default)\.\w+", path))


# A page that names itself the site's help section in its title or first heading ("Help",
# "Help Center", "Support", "Help & FAQ"): the whole name, not a sentence that uses the word
# ("How we help families" is not one).
_HELP_NAME = re.compile(
    r"(?:help|support|customer\s+(?:help|support|care|service))"
    r"(?:\s+(?:cent(?:er|re)|desk|hub|page))?"
    r"(?:\s*(?:&|and)\s*(?:support|faqs?|frequently\s+asked\s+questions))?"
    r"|knowledge\s*base|getting\s+started",
    re.IGNORECASE,
)
HELP_NEEDS_WORDS = 20  # what the site's own pages must say before its help pages count


def _help_page(page: Page) -> bool:
    if "home" in page.roles:
        return False
    names = [*re.split(r"\s+[-|\u2013\u2014\u00b7:]\s+", page.title), *page.headings[:1]]
    return any(_HELP_NAME.fullmatch(name.strip(" .!")) for name in names if name)


def _without_lone_help(pages: list[Page]) -> tuple[list[Page], list[Page]]:
    """The pages that count for substance, and the help pages left out. A help center answers
    the people who already use the product (how to create an account, reset a password,
    reach support); it adds to a site that says what the business is, and cannot stand in for
    one. When the other pages say next to nothing (blind real28b: a home page of "Welcome to
    Tullu" and links to its legal pages and a Help FAQ), the help pages do not count and the
    site is thin. Near miss: a home page with a paragraph on what the business does keeps its
    help pages' words."""
    help_pages = [page for page in pages if _help_page(page)]
    own = [page for page in pages if not _help_page(page)]
    if not help_pages or sum(_content_words(page) for page in own) >= HELP_NEEDS_WORDS:
        return pages, []
    return own, help_pages


# What a short site must say to show what the business does (the catalog's "substantive
# text"): what it offers, where, and when or for how much. Three pages of fifty words can say
# "Tree removal, pruning and stump grinding in Raleigh. Open 24/7." and a contact address;
# a heading, a form and legal pages cannot.
OFFER_WORDS = 40  # below this a site is thin whatever its few lines say
OFFER_PARTS = {
    "what": "what it offers (a list of services or products)",
    "where": "where (an address or the places it serves)",
    "when": "hours or prices",
}
_OFFER_LIST = re.compile(  # three coordinated offerings: "removal, pruning and stump grinding"
    r"[^\W\d_][\w'-]*(?:\s+[\w'-]+){0,2},\s+[^\W\d_][\w'-]*(?:\s+[\w'-]+){0,2},?\s+"
    r"(?:and|&|or|plus)\s+[^\W\d_]"
)
_STREET = (
    r"(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Hwy|Highway|Pkwy|"
    r"Parkway|Ct|Court|Pl|Place|Sq|Square|Ter|Terrace|Cir|Circle|Pike|Suite)"
)
_WHERE = re.compile(
    rf"\b\d{{1,6}}\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w'.-]*\s+){{1,4}}{_STREET}\b"
    r"|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"
    # "in Phoenix", "serving the Triangle"; not a title's "Get in Touch", "In Stock"
    r"|\b(?:in|serving|serves|served|throughout|across|around)\s+(?:the\s+)?"
    r"(?!(?:Touch|Stock|Person|Business|Progress)\b)[A-Z][a-z]{2,}"
)
_DAY = r"(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?:day)?s?"
_WHEN = re.compile(
    r"\$\s?\d|\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b24/7\b"
    r"|\bopen\s+(?:daily|every|seven|7|until|till|late|\d)"
    rf"|\b{_DAY}\s*(?:-|\u2013|to|through|thru)\s*{_DAY}\b|\buntil\s+\d"
    r"|\b(?:price|prices|pricing|per\s+hour|flat[- ]rate)\b",
    re.IGNORECASE,
)


def _offer_stated(pages: list[Page]) -> set[str]:
    """Which of what / where / when the pages' content lines state."""
    text = "\n".join(line for page in pages for line in _content_lines(page))
    found = set()
    if _OFFER_LIST.search(text):
        found.add("what")
    if _WHERE.search(text):
        found.add("where")
    if _WHEN.search(text):
        found.add("when")
    return found


def _unfinished(pages: list[Page], words: int) -> Iterator[Hit]:
    """A site that calls itself a placeholder or a page under construction tells the reviewer
    the business's real site is not there yet, whatever few lines stand in for it."""
    for page in pages:
        match = _UNFINISHED.search(page.text.replace("\n", " "))
        if match:
            yield Hit(
                url=page.final_url or page.url,
                evidence=f'"{match.group()}" — {words} words of content on {len(pages)} page(s)',
                message="The site says it is a placeholder or unfinished, and has little text "
                "about what the business does.",
                details={"content_words": words, "unfinished": match.group()},
            )
            return


def _readable(page: Page) -> str:
    return "\n".join([page.title, page.text, page.nav_text, *page.image_alts])


@check(
    "site.business_name_missing",
    severity=Severity.ERROR,
    ref="DBA name mismatch / 603",
    title="The business name appears on the site",
    message="The business's name does not appear anywhere a person reads on the site.",
    why="Reviewers match the registered brand (legal name or DBA) against the website; if the "
    "name is not on it, they cannot tell the site belongs to the brand.",
    fix="Show the business name (the DBA or legal name you register) in the header or logo "
    "text, the footer copyright line and the About and Contact pages.",
    needs=("snapshot", "brand_names"),
)
def business_name_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    brand = ctx.inputs.brand_names
    pages = _business_pages(ctx)
    # every page that loaded; not an error page: a below-root crawl also asks for "/", and
    # a host's "not found" page is not where the site shows its name
    everything = [page for page in ctx.snapshot.pages if not page.error and page.status < 400]
    # an inferred name is judged by the best guess alone: the runners-up (a page title, a
    # copyright line) are visible by construction and would always be "found"
    names = (
        brand
        if brand.source == "campaign"
        else BrandNames(brand.names[:1], brand.source, brand.evidence)
    )
    if any(names.found_in(_readable(page)) for page in everything):
        return
    if ctx.inputs.bot_walls:
        yield from _walled_review(ctx, "whether the business name is shown")
        return
    home = ctx.snapshot.home or pages[0]
    source = (
        "from the campaign file"
        if brand.source == "campaign"
        else f"inferred from {brand.evidence.get('inferred_from', 'the page markup')}"
    )
    quoted = " / ".join(f'"{n}"' for n in names.variants()[:4])
    root = unread_root(ctx.snapshot)
    yield Hit(
        url=home.final_url or home.url,
        evidence=f"{quoted} ({source}) not found in the visible text of {len(everything)} page(s)"
        + _root_unread_note(ctx.snapshot, root),
        message=f"The business name {quoted} does not appear on the pages read, but the site's "
        "home page was not read; open it to check that it shows the name."
        if root
        else f"The business name {quoted} does not appear in what a person reads on the site.",
        details={"names": names.variants(), "source": brand.source},
        review=bool(root),
    )


@check(
    "site.contact_missing",
    severity=Severity.WARNING,
    ref="Contact information is visible",
    title="Contact details are visible",
    message="The site shows no email address, phone number or street address.",
    why="Reviewers look for a way to reach the business as proof that it is real and matches "
    "the registration.",
    fix="Show at least one of email, phone and street address in the footer or on a Contact "
    "page, as text (a contact form or a P.O. box alone is not enough).",
    needs=("snapshot",),
)
def contact_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    _business_pages(ctx)
    shown = _shown_pages(ctx.snapshot)
    shown_ids = {id(page) for page in shown}
    unlinked = []
    for page in ctx.snapshot.pages:
        if not page.error and page.status < 400 and contact_details(page):
            if id(page) in shown_ids:
                return
            unlinked.append(page)
    if ctx.inputs.bot_walls:
        yield from _walled_review(ctx, "whether contact details are shown")
        return
    home = ctx.snapshot.home
    pages = len([page for page in shown if not page.error and page.status < 400])
    samples = _template_contacts(shown)
    # the home page, where a business shows how to reach it, was not read: a person decides
    root = unread_root(ctx.snapshot)
    if not samples:
        hidden = (
            f"; they appear only on {unlinked[0].final_url or unlinked[0].url}, which no page "
            "of the site links to (prevet found it by trying a common path)"
            if unlinked
            else ""
        )
        boxes = list(dict.fromkeys(box for page in shown for box in po_boxes(page)))
        if boxes:
            hidden += f" (a {boxes[0]} is a mailing address, not a street address)"
        yield Hit(
            url=home.final_url or home.url if home else None,
            evidence=f"no email, phone number or street address on {pages} page(s){hidden}"
            + _root_unread_note(ctx.snapshot, root),
            review=bool(root),
            message=_CONTACT_ROOT_UNREAD if root else None,
        )
        return
    page, shown = samples[0]
    quoted = ", ".join(text for _kind, text in shown)
    yield Hit(
        url=page.final_url or page.url,
        evidence=f"only template placeholders: {quoted}; no real email, phone number or "
        f"street address on {pages} page(s)" + _root_unread_note(ctx.snapshot, root),
        review=bool(root),
        message=_CONTACT_ROOT_UNREAD
        if root
        else f"The site shows only a template's placeholder contact details ({quoted}), "
        "no real email address, phone number or street address.",
        fix="Replace the template's sample contact details with the business's real email, "
        "phone number or street address, in the footer or on the Contact page.",
        details={
            "placeholders": list(dict.fromkeys(t for _p, found in samples for _k, t in found))
        },
    )


_CONTACT_ROOT_UNREAD = (
    "The pages read show no email address, phone number or street address, but the site's "
    "home page was not read; open it to check that it shows how to reach the business."
)


def _shown_pages(snapshot: SiteSnapshot) -> list[Page]:
    """The pages a visitor sees: all but those the crawl found only by trying a common path
    (/privacy) or in the sitemap when no page a person reaches links to them
    (analyzers/reach.py `linked_pages`). Contact details on such an orphan policy page are
    not shown to a visitor or a reviewer (blind real17a: a one-line home page, its policies
    unlinked)."""
    linked = linked_pages(snapshot)
    return [
        page
        for page in snapshot.pages
        if page.discovered_by not in NOT_FOLLOWED
        or any(url_key(u) in linked for u in (page.url, page.final_url, *page.redirects) if u)
    ]


def _template_contacts(pages: list[Page]) -> list[tuple[Page, list[tuple[str, str]]]]:
    """The pages that show a site template's sample contact details where the real ones
    belong ("info@yourdomain.com", "(000) 000-0000"), the contact page first: the evidence of
    site.contact_missing says what was found and why it does not count."""
    found = [
        (page, shown)
        for page in pages
        if not page.error and page.status < 400 and (shown := template_contacts(page))
    ]
    return sorted(found, key=lambda item: "contact" not in item[0].roles)


def _optin_url(ctx: AnalysisContext) -> str | None:
    if ctx.options.optin_url:
        return ctx.options.optin_url
    details = getattr(ctx.campaign, "campaign", None)
    return getattr(details, "optin_url", None) or None


def _offsite(page: Page, expected_domain: str) -> str | None:
    """The first URL in the page's redirect chain on another registrable domain."""
    for url in (*page.redirects, page.final_url):
        if (
            url
            and url.startswith(("http://", "https://"))
            and registrable_domain(url) != expected_domain
        ):
            return url
    return None


@check(
    "site.offsite_redirect",
    severity=Severity.WARNING,
    ref="Links use unrelated domains or redirects",
    title="The site and opt-in page stay on their own domain",
    message="The URL redirects to a different domain.",
    why="Reviewers open the URL you register; when it lands on another domain they cannot tie "
    "the site (or the opt-in form) to the brand.",
    fix="Register the URL where the content actually lives, or serve the site and the opt-in "
    "form on the brand's own domain instead of redirecting.",
    needs=("snapshot",),
)
def offsite_redirect(ctx: AnalysisContext) -> Iterator[Hit]:
    snapshot = ctx.snapshot
    targets = [("start URL", snapshot.start_url)]
    if optin := _optin_url(ctx):
        targets.append(("opt-in URL", optin))
    for name, url in targets:
        page = snapshot.page(url) or (snapshot.pages[0] if name == "start URL" else None)
        if page is None:
            continue
        landed = _offsite(page, registrable_domain(url))
        if landed:
            yield Hit(
                url=url,
                evidence=f"{url} -> {landed}",
                message=f"The {name} {url} redirects to another domain "
                f"({registrable_domain(landed)}).",
                details={"chain": [*page.redirects, page.final_url]},
            )


def _password_form(page: Page) -> Form | None:
    return next(
        (
            form
            for form in page.forms
            if form.visible and any(c.type == "password" and c.visible for c in form.controls)
        ),
        None,
    )


# a form that makes an account: its button, name or address says so ("Create account", "Sign
# up", form#signupForm, /register)
_REGISTERS = re.compile(
    r"sign[\s_-]?up|register|registration|create[\s_-]+(?:an?\s+|your\s+)?account|join\b",
    re.IGNORECASE,
)


def _registration(form: Form) -> bool:
    """Is the password form one that creates an account (a sign-up) rather than one that lets
    members in? Anyone may fill it: it walls nothing off (realworld, blind round 32: an AI
    assistant's sign-up page, whose SMS box sits under the account fields)."""
    buttons = [
        c.label or c.value or c.html
        for c in form.controls
        if c.tag == "button" or c.type in ("submit", "button")
    ]
    said = " ".join([form.selector, form.action, *buttons])
    return bool(_REGISTERS.search(said)) and not re.search(
        r"\blog[\s_-]?in\b|\bsign[\s_-]?in\b", " ".join(buttons), re.IGNORECASE
    )


def _login_wall(page: Page) -> str | None:
    if page.status == 401:
        return "HTTP 401 (authentication required)"
    form = _password_form(page)
    if form is not None and _registration(form):
        form = None
    path = urlsplit(page.final_url or page.url).path
    if form is not None and (page.main_text_words < LOGIN_WALL_WORDS or _LOGIN_PATH.search(path)):
        return f"a login form ({form.selector})"
    if form is not None and form.over_page and not form.reached_by:
        # a full-screen password layer over the page: the content is in the markup, but a
        # person sees only the password box until they know it
        return f"a password form over the page ({form.selector})"
    if page.status == 403 and re.search(
        r"log ?in|sign ?in|password|members only|"
        r"authori[sz]",
        page.text,
        re.IGNORECASE,
    ):
        return "HTTP 403 asking to log in"
    if _LOGIN_PATH.search(path) and page.final_url != page.url:
        return f"a redirect to a login page ({page.final_url})"
    return None


@check(
    "site.login_required",
    severity=Severity.ERROR,
    ref="Website requires authentication",
    title="The site and opt-in are public",
    message="The site or its opt-in page is behind a login.",
    why="Reviewers cannot log in: a site or opt-in form behind a password, HTTP authentication "
    "or a members area cannot be verified and is rejected.",
    fix="Make the home page and the opt-in form public (no login, password or HTTP "
    "authentication), or provide a public page that shows the opt-in flow with screenshots.",
    needs=("snapshot",),
)
def login_required(ctx: AnalysisContext) -> Iterator[Hit]:
    snapshot = ctx.snapshot
    candidates: list[tuple[str, Page]] = []
    if snapshot.pages:
        candidates.append(("The site", snapshot.pages[0]))
    optin = _optin_url(ctx)
    if optin and (page := snapshot.page(optin)) is not None:
        candidates.append(("The opt-in page", page))
    seen: set[str] = set()
    for name, page in candidates:
        if page.url in seen:
            continue
        seen.add(page.url)
        reason = _login_wall(page)
        if reason:
            form = _password_form(page)
            yield Hit(
                url=page.url,
                selector=form.selector if form else None,
                evidence=reason,
                message=f"{name} asks for a login: {reason}.",
            )


@check(
    "site.bot_wall",
    severity=Severity.WARNING,
    ref="Reviewers' own visit may fail the same way",
    title="Pages load without a bot challenge",
    message="A page answered with a captcha, bot challenge, rate limit or parked-domain page.",
    why="Reviewers and vetting tools visit like any other client; a challenge or a parking page "
    "in place of the content can make them reject the site, and prevet cannot judge what it "
    "hides.",
    fix="Allow ordinary visitors (and verification crawlers) to load the site without a "
    "challenge, and point the domain at the real website.",
    needs=("snapshot",),
)
def bot_wall(ctx: AnalysisContext) -> Iterator[Hit]:
    for page, reason in ctx.inputs.bot_walls:
        yield Hit(
            url=page.final_url or page.url,
            evidence=reason,
            message=f"The page answered with {reason} instead of its content; what it "
            "hides could not be checked and needs review.",
        )


@check(
    "site.optin_unlinked",
    severity=Severity.WARNING,
    ref="2120 / opt-in URL must lead to the form",
    title="The opt-in page is linked from the site",
    message="The opt-in page cannot be reached by following links from the home page.",
    why="Reviewers browse from the home page to the opt-in form; an orphan page looks like it "
    "was made only for the review.",
    fix='Link the opt-in page from the home page or the site menu (for example "Text '
    'alerts" or "Sign up for texts").',
    needs=("snapshot",),
)
def optin_unlinked(ctx: AnalysisContext) -> Iterator[Hit]:
    optin = _optin_url(ctx)
    if not optin:
        raise NotApplicable("no opt-in URL was given (campaign optin_url or --optin-url)")
    snapshot = ctx.snapshot
    if snapshot.home is None:
        raise NotApplicable("the home page was not crawled")
    reached = reachable_from_home(snapshot)
    page = snapshot.page(optin)
    keys = {url_key(optin)} | (
        {url_key(u) for u in (page.url, page.final_url) if u} if page else set()
    )
    if keys & reached:
        return
    home = snapshot.home
    incomplete = snapshot.stats.skipped_limit > 0
    yield Hit(
        url=optin,
        evidence=f"no chain of links from {home.final_url or home.url} leads "
        f"to {optin} ({len(reached)} pages reached)",
        review=incomplete,
        message=None
        if not incomplete
        else "The opt-in page was not found by following "
        "links from home, but the crawl stopped at its page limit; check by hand.",
    )
