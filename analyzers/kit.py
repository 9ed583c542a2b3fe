"""The registration kit: what to paste into the campaign registration, taken from the audited site.

A 10DLC campaign registration asks for the opt-in (call-to-action) URL, the privacy policy and
terms URLs, a screenshot of the opt-in form with its disclosure, and a message-flow text that
tells the reviewer how people opt in. Which form is "the" opt-in form and which page is "the"
privacy policy is a judgement, so it is made here (analyzers judge) and the report only shows it.

The message flow is written from what was found and always names every element reviewers look
for (brand, kind of messages, frequency, rates, HELP, STOP, privacy and terms), so pasting it
never causes a `campaign.cta_incomplete` denial; the notes say what the site must still show
for the text to be true.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from analyzers.text.vocabulary import vocabulary
from crawler.snapshot import Control, Form, Link, Page, SiteSnapshot, TextBlock

if TYPE_CHECKING:
    from analyzers.optin.model import OptInForm

DISCLOSURE_LABELS = ("rates", "frequency", "help", "stop", "message_types")
_SMS_WORDS = re.compile(
    r"\b(sms|texts?|text messag\w*|txt|msgs?|messages?|mobile alerts?|opt[\s-]?in)\b",
    re.IGNORECASE,
)
# the words of a consent, as opposed to a sample message or a policy paragraph near the form
_CONSENT_WORDS = re.compile(
    r"\b(i agree|agree to|i consent|consent to|by checking|by submitting|by providing|"
    r"by entering|i authori[sz]e|opt(ing)? in to|you agree|you consent)\b",
    re.IGNORECASE,
)
_POLICY_ROLES = {"privacy": ("privacy",), "terms": ("sms_terms", "terms")}
_LINK_WORDS = {
    "privacy": re.compile(r"\bprivacy\b", re.IGNORECASE),
    "terms": re.compile(r"\bterms\b|\bconditions\b", re.IGNORECASE),
}
_BROKEN = 400
_MAX_DISCLOSURE = 900


@dataclass
class OptInCandidate:
    optin: OptInForm  # the opt-in analyzer's reading of the form
    disclosure: str  # the text to quote in the message flow (best_disclosure)
    score: int

    @property
    def page(self) -> Page:
        return self.optin.page

    @property
    def form(self) -> Form:
        return self.optin.form

    @property
    def consent(self) -> Control | None:
        """The SMS consent box, as the opt-in analyzer found it."""
        return self.optin.consent_control


def _disclosure_candidates(form: Form) -> list[tuple[str, bool]]:
    """Texts that may be the disclosure, each with whether it is a checkbox's own label."""
    texts = [(c.label, True) for c in form.controls if c.type == "checkbox" and c.label]
    texts += [(block.text, block.where == "label") for block in form.texts if _readable(block)]
    return [(t, is_label) for t, is_label in texts if _SMS_WORDS.search(t)]


def _readable(block: TextBlock) -> bool:
    return block.visible and not block.collapsed


def best_disclosure(form: Form) -> tuple[str, int]:
    """The text next to the form that reads most like the SMS consent, and how many of the
    disclosure's elements it states. Consent wording ("I agree", "by checking") and being the
    checkbox's label count, so a sample confirmation message quoted near the form, which names
    every element too, does not win over the consent itself."""
    disclosure = vocabulary("disclosure")
    best, best_rank, best_said = "", (-1, 0), 0
    for text, is_label in _disclosure_candidates(form):
        said = len(disclosure.labels_in(text) & set(DISCLOSURE_LABELS))
        consent = bool(_CONSENT_WORDS.search(text))
        if not (is_label or consent or said >= 2):
            continue  # a welcome line or a heading, not a disclosure
        rank = (said + 2 * consent + int(is_label), -len(text))
        if rank > best_rank:
            best, best_rank, best_said = text, rank, said
    return best[:_MAX_DISCLOSURE], best_said


def find_optin_form(
    snapshot: SiteSnapshot, optin_url: str | None = None, optin_forms: list[OptInForm] | None = None
) -> OptInCandidate | None:
    """Of the opt-in forms the opt-in analyzer found (`optin_forms`, computed when not given),
    the one to register: preferring a consent checkbox and the fullest disclosure; limited to
    the given opt-in page when set."""
    if optin_forms is None:
        from analyzers.optin.find import find_optin_forms  # (imports the providers: not at load)

        optin_forms = find_optin_forms(snapshot, None, optin_url)
    best: OptInCandidate | None = None
    for optin in optin_forms:
        page, form = optin.page, optin.form
        if page.status >= _BROKEN or not form.visible:
            continue
        if optin_url and _norm(optin_url) not in (_norm(page.url), _norm(page.final_url)):
            continue
        disclosure, said = best_disclosure(form)
        checkbox = optin.consent_control
        if not disclosure and checkbox is None:
            continue
        score = (
            said * 2
            + (3 if checkbox is not None else 0)
            + (1 if "optin" in page.roles else 0)
            + (1 if form.screenshot else 0)
        )
        if best is None or score > best.score:
            best = OptInCandidate(optin, disclosure, score)
    return best


def _norm(url: str | None) -> str:
    return (url or "").split("#")[0].rstrip("/")


def _policy(snapshot: SiteSnapshot, kind: str, near: list[Link]) -> str | None:
    """The privacy policy or terms URL to register, best evidence first:

    0. a page the crawl read as that policy, linked from the opt-in form;
    1. the form's own link named for it ("Terms"), even to a page the crawl did not read
       (another domain, a PDF, past the crawl limit);
    2. a page read as both policies, linked from the form (a combined "Privacy & Terms" page);
    3. any page read as that policy (the shallowest), then a combined one;
    then any page's link named for it.
    The home page is never "the privacy policy" even when it mentions one: registrations need
    the policy's own URL.
    """
    roles = _POLICY_ROLES[kind]
    words = _LINK_WORDS[kind]
    linked = {_norm(link.href) for link in near}
    ranked: list[tuple[int, int, int, str]] = []
    for page in snapshot.pages:
        if page.status >= _BROKEN or page.error or "home" in page.roles:
            continue
        if not any(role in page.roles for role in roles):
            continue
        url = page.final_url or page.url
        combined = kind == "terms" and "privacy" in page.roles and "sms_terms" not in page.roles
        is_linked = _norm(url) in linked or _norm(page.url) in linked
        rank = (2 if combined else 0) if is_linked else (4 if combined else 3)
        ranked.append((rank, page.depth, len(url), url))
    for link in near:
        if words.search(link.text) and _is_web(link.href):
            ranked.append((1, 0, 0, link.href))
            break
    if ranked:
        return min(ranked)[3]
    others = (link for page in snapshot.pages for link in page.links)
    return next(
        (link.href for link in others if words.search(link.text) and _is_web(link.href)), None
    )


def _is_web(href: str) -> bool:
    return href.lower().startswith(("http://", "https://"))


def _form_links(candidate: OptInCandidate | None) -> list[Link]:
    if candidate is None:
        return []
    links = list(candidate.form.links)
    links += [link for block in candidate.form.texts for link in block.links]
    links += [link for c in candidate.form.controls for link in c.label_links]
    return links


def _campaign_value(campaign: Any, name: str) -> str | None:
    """A field of the campaign section, whether the campaign is a model or a plain dict."""
    section = getattr(campaign, "campaign", None) if campaign is not None else None
    if section is None and isinstance(campaign, dict):
        section = campaign.get("campaign")
    value = section.get(name) if isinstance(section, dict) else getattr(section, name, None)
    return str(value) if value else None


def _message_kind(disclosure: str) -> str | None:
    match = vocabulary("disclosure").first(disclosure, "message_types") if disclosure else None
    return match.text if match else None


def _frequency(disclosure: str) -> str:
    match = vocabulary("disclosure").first(disclosure, "frequency") if disclosure else None
    if match and match.text.lower() not in ("recurring",):
        text = match.text.strip().rstrip(".")
        return text[0].upper() + text[1:] + "."
    return "Message frequency varies."


def message_flow(
    brand: str,
    optin_url: str | None,
    candidate: OptInCandidate | None,
    privacy: str | None,
    terms: str | None,
) -> str:
    """The call-to-action text for the registration, complete in every element reviewers check."""
    disclosure = candidate.disclosure if candidate else ""
    kind = _message_kind(disclosure) or "[the kind of messages, e.g. appointment reminders]"
    where = optin_url or "[the URL of your opt-in page]"
    has_box = candidate is not None and candidate.consent is not None
    consent = (
        "checking an optional, unchecked box next to this disclosure"
        if has_box
        else "checking an optional, unchecked SMS consent box next to this disclosure"
    )
    quoted = disclosure or (
        f"I agree to receive {kind} by text from {brand}. "
        f"{_frequency('')} Msg & data rates may apply. Reply HELP for help, "
        f"STOP to cancel."
    )
    sentences = [
        f"Customers opt in on the {brand} web form at {where} by entering their mobile number "
        f'and {consent}: "{quoted}"',
        f"{brand} then sends {kind} by text message. {_frequency(disclosure)} "
        "Msg & data rates may apply. Reply HELP for help, STOP to opt out at any time.",
        "Consent to texts is not a condition of purchase.",
        f"Privacy Policy: {privacy or '[your privacy policy URL]'}. "
        f"Terms and Conditions: {terms or '[your terms URL]'}.",
    ]
    return " ".join(sentences)


def _unstated(candidate: OptInCandidate) -> set[str]:
    """The disclosure elements a person does not see at the form, as the opt-in checks judged
    them (the box's label and the fine print around it, not only the quoted text)."""
    disclosure = candidate.optin.disclosure
    return {label for label in DISCLOSURE_LABELS if not disclosure.shown_has(label)}


def _notes(candidate: OptInCandidate | None, privacy: str | None, terms: str | None) -> list[str]:
    notes: list[str] = []
    if candidate is None:
        notes.append(
            "No opt-in form was found: publish a form with a phone field, an unchecked "
            "SMS consent box and the disclosure before you register, and give its URL."
        )
    else:
        if not candidate.form.screenshot:
            notes.append(
                "The opt-in form was not photographed (it was not rendered in a "
                "browser): take a screenshot showing the form, the unchecked box and "
                "the disclosure."
            )
        box = candidate.consent
        if box is None:
            notes.append(
                "The form has no SMS consent checkbox yet; the flow above describes "
                "one, so add it before you register."
            )
        elif box.preselected or box.required:
            state = "checked by default" if box.preselected else "required to submit the form"
            notes.append(
                f"The SMS consent box is {state}; the flow above describes it optional and "
                "unchecked, so fix the form before you register."
            )
        missing = _unstated(candidate)
        if missing:
            words = ", ".join(sorted(missing)).replace("message_types", "kind of messages")
            notes.append(
                f"The disclosure on the form does not yet state: {words}. Add it to "
                "the form so it matches the message flow."
            )
    if privacy is None:
        notes.append(
            "No privacy policy page was found: publish one that says mobile numbers "
            "are not shared with third parties for marketing."
        )
    if terms is None:
        notes.append("No terms page was found: publish terms that describe the SMS program.")
    return notes


def build_kit(
    snapshot: SiteSnapshot | None,
    analysis: Any | None = None,
    options: Any | None = None,
    campaign: Any | None = None,
) -> dict[str, Any]:
    """The kit for `Report.extras["kit"]`; {} when there is no site to take it from."""
    if snapshot is None or not snapshot.pages:
        return {}
    brand = getattr(analysis, "brand", None) or _campaign_brand(campaign) or "[your brand]"
    given_optin = getattr(options, "optin_url", None) or _campaign_value(campaign, "optin_url")
    # the forms the checks judged (computed once, in the analysis), not a second opinion
    context = getattr(analysis, "context", None)
    forms = context.inputs.optin_forms if context is not None else None
    candidate = find_optin_form(snapshot, given_optin, forms) or (
        find_optin_form(snapshot, None, forms) if given_optin else None
    )
    near = _form_links(candidate)
    privacy = _campaign_value(campaign, "privacy_url") or _policy(snapshot, "privacy", near)
    terms = _campaign_value(campaign, "terms_url") or _policy(snapshot, "terms", near)
    optin_url = given_optin or (
        candidate.page.final_url or candidate.page.url if candidate else None
    )
    home = snapshot.home
    urls = [
        {
            "key": "website",
            "label": "Website",
            "url": home.final_url or home.url if home else snapshot.start_url,
        },
        {
            "key": "optin",
            "label": "Opt-in page (call-to-action URL)",
            "url": optin_url,
            "note": "No opt-in form found",
        },
        {
            "key": "privacy",
            "label": "Privacy policy URL",
            "url": privacy,
            "note": "No privacy policy found",
        },
        {
            "key": "terms",
            "label": "Terms and conditions URL",
            "url": terms,
            "note": "No terms found",
        },
    ]
    optin = None
    if candidate is not None:
        optin = {
            "url": candidate.page.final_url or candidate.page.url,
            "selector": candidate.form.selector,
            "screenshot": getattr(candidate.page, "screenshot", None) or candidate.form.screenshot,
            "disclosure": candidate.disclosure,
        }
    return {
        "brand": None if brand.startswith("[") else brand,
        "urls": urls,
        "optin": optin,
        "message_flow": message_flow(brand, optin_url, candidate, privacy, terms),
        "notes": _notes(candidate, privacy, terms),
    }


def _campaign_brand(campaign: Any) -> str | None:
    section = getattr(campaign, "brand", None) if campaign is not None else None
    if section is None and isinstance(campaign, dict):
        section = campaign.get("brand")
    for name in ("dba", "legal_name"):
        value = section.get(name) if isinstance(section, dict) else getattr(section, name, None)
        if value:
            return str(value)
    return None
