"""The texts of a registration package as a reviewer reads them: each field with its path,
and whether a text names the registered brand.

Checks walk `text_fields(campaign)` instead of knowing the model's layout, and report the path
("campaign.samples[1]") and its line in the file as the finding's place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from analyzers.campaign.model import Campaign
from analyzers.inputs.brand import (
    COMMON_LEAD_WORDS,
    BrandNames,
    normalize_name,
    strip_legal_suffix,
    strip_marks,
)
from analyzers.registry import Hit, Severity
from analyzers.text.excerpt import excerpt as cut_text

if TYPE_CHECKING:
    from analyzers.context import AnalysisContext

# trailing words a business drops when it names itself ("Acme Health Services" -> "Acme Health")
_GENERIC_TAIL = re.compile(
    r"\s+(services?|group|company|companies|solutions|enterprises?|holdings|partners|"
    r"associates|international|usa|us|america|worldwide|global|agency|and\s+co)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TextField:
    path: str  # "campaign.description", "campaign.samples[0]", "campaign.replies.help"
    label: str  # how a person names it: "the description", "sample 1"
    text: str


def text_fields(campaign: Campaign, *, replies: bool = True) -> list[TextField]:
    """Every free-text field the business wrote, in the order of the registration form."""
    details = campaign.campaign
    fields = [TextField("campaign.description", "the description", details.description)]
    if details.message_flow:
        fields.append(TextField("campaign.message_flow", "the message flow", details.message_flow))
    for index, sample in enumerate(details.samples):
        fields.append(TextField(f"campaign.samples[{index}]", f"sample {index + 1}", sample))
    if replies:
        for name, label in (
            ("optin", "the opt-in confirmation"),
            ("optout", "the opt-out reply"),
            ("help", "the HELP reply"),
        ):
            text = getattr(details.replies, name)
            if text:
                fields.append(TextField(f"campaign.replies.{name}", label, text))
    return fields


def sample_fields(campaign: Campaign) -> list[TextField]:
    return [f for f in text_fields(campaign, replies=False) if ".samples[" in f.path]


def brand_names(campaign: Campaign) -> BrandNames:
    """The registered names with the short forms customers read in a message."""
    brand = campaign.brand
    forms: list[str] = []
    for name in (brand.dba, brand.legal_name):
        for form in name_forms(name or ""):
            if form.lower() not in {f.lower() for f in forms}:
                forms.append(form)
    return BrandNames(names=forms, source="campaign")


def name_forms(name: str) -> list[str]:
    """ "Acme Health Services LLC" -> itself, "Acme Health Services", "Acme Health"."""
    name = name.strip()
    forms: list[str] = []
    for form in (name, strip_legal_suffix(name), _short_form(strip_legal_suffix(name))):
        if form and normalize_name(form) and form.lower() not in {f.lower() for f in forms}:
            forms.append(form)
    return forms


def found_name(name: str, text: str) -> str | None:
    """The name, or one of its short forms, in text."""
    forms = name_forms(name)
    return BrandNames(names=forms, source="campaign").found_in(text) if forms else None


def display_name(campaign: Campaign) -> str:
    """The name to put at the start of a message: the DBA, else the legal name without LLC."""
    brand = campaign.brand
    return (brand.dba or strip_legal_suffix(brand.legal_name) or brand.legal_name).strip()


def _short_form(name: str) -> str:
    short = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    previous = None
    while previous != short:
        previous, short = short, _GENERIC_TAIL.sub("", short)
    # a single generic word left ("Health") would match anything: keep the longer form
    return short if len(short.split()) >= 2 or len(short) >= 5 else name


def mentions_brand(campaign: Campaign, text: str) -> str | None:
    """The registered name, or the short form a business signs its texts with, written as a
    name: "Crumb & Co.: Peach kolaches are back" for Crumb & Co. Bakery (its first words,
    capitalised as registered; BrandNames.short_form_in)."""
    names = brand_names(campaign)
    return names.found_in(text) or names.short_form_in(text) or contracted_form_in(names, text)


# words that join the words of a name and mean nothing once the words beside them are dropped
_JOINERS = frozenset({"&", "and", "of", "the", "+"})


def contracted_forms(name: str) -> list[str]:
    """The name shortened by dropping words from its middle, as a business signs its texts:
    "Moonrise Planetarium" for Moonrise Mobile Planetarium. The form keeps the name's own words
    in order, from its first word to its first distinctive one ("Blue Heron" of Blue Heron
    Farm: "Blue" alone says nothing of the business) and its last noun, and at least two words;
    a generic last word ("Services", "Group") is not the noun a name ends on, so the forms are
    made from the name without it ("Acme Pediatric Dental Group" -> "Acme Dental")."""
    words = [w for w in strip_legal_suffix(name).split() if w.strip(",.")]
    while len(words) > 2 and _GENERIC_TAIL.match(" " + words[-1]):
        words.pop()
    if words and words[0].lower() == "the":
        words.pop(0)
    if not 3 <= len(words) <= 6:
        return []
    lead = next(
        (i for i, w in enumerate(words) if w.lower() not in COMMON_LEAD_WORDS | _JOINERS), 0
    )
    middle = range(lead + 1, len(words) - 1)
    forms = []
    for drop in range(1, 2 ** len(middle)):
        dropped = {index for bit, index in enumerate(middle) if drop >> bit & 1}
        kept = [w for i, w in enumerate(words) if i not in dropped]
        if any(w.lower() in _JOINERS for w in kept):
            continue  # "Crumb & Bakery": a joiner left without what it joined
        forms.append(" ".join(kept).strip(" ,"))
    return forms


def contracted_form_in(names: BrandNames, text: str) -> str | None:
    """A contracted form of a registered name (`contracted_forms`) written as a name, its words
    capitalised as registered: "Moonrise Planetarium: your show is tomorrow" names Moonrise
    Mobile Planetarium; "Planetarium: ..." (one generic word) or "moonrise planetarium" in
    running lower case does not."""
    plain = strip_marks(text)
    for name in names.variants():
        for form in contracted_forms(name):
            if not all(w[:1].isupper() or not w[:1].isalpha() for w in form.split()):
                continue
            if re.search(rf"(?<![\w&]){re.escape(form)}(?!\w)", plain):
                return form
    return None


# the capitalised words that carry a proper name on: "Summit Key Homes", "Summit Key & Sons"
_NAME_RUN_ON = re.compile(r"(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z][\w'&.-]*)+")


def other_name_in(campaign: Campaign, text: str) -> str | None:
    """Another business's name made from the brand's first words (or a contracted form, see
    `contracted_forms`), where text names no registered form: "Summit Key Homes sends ..." for
    Summit Key Realty, "Moonrise Planetarium Tours" for Moonrise Mobile Planetarium. A short
    form stands as a name when the words after it are no longer a name ("Summit Key sends",
    "Summit Key:"); when capitalised words carry it on, the whole run is the name written, and
    it is not one registered. None when the brand is named, or not written at all."""
    names = brand_names(campaign)
    if names.found_in(text):
        return None
    short = names.short_form_in(text) or contracted_form_in(names, text)
    if not short:
        return None
    longer = []
    for match in re.finditer(rf"(?<![\w&]){re.escape(short)}(?!\w)", text):
        run_on = _NAME_RUN_ON.match(text, match.end())
        if not run_on:
            return None  # the short form stands alone here: the brand, shortened
        longer.append(text[match.start() : run_on.end()].strip())
    return longer[0] if longer else None


def excerpt(text: str, limit: int = 160) -> str:
    return cut_text(text, limit)


def campaign_of(ctx: AnalysisContext) -> Campaign:
    """The campaign file a check reads; a check that declares needs=("campaign",) runs only
    when one was given."""
    return ctx.campaign


def field_hit(
    campaign: Campaign,
    path: str,
    evidence: str,
    *,
    message: str | None = None,
    fix: str | None = None,
    review: bool = False,
    severity: Severity | None = None,
    details: dict[str, Any] | None = None,
) -> Hit:
    """A finding placed on a field of the campaign file: selector = field path, line in details."""
    placed: dict[str, Any] = {"file": campaign.source, "field": path}
    line = campaign.line_of(path)
    if line:
        placed["line"] = line
    placed.update(details or {})
    return Hit(
        url=None,
        selector=path,
        evidence=evidence,
        message=message,
        fix=fix,
        review=review,
        severity=severity,
        details=placed,
    )


def string_values(campaign: Campaign) -> list[tuple[str, str]]:
    """(path, text) of every text value in the file, brand fields and keywords included."""
    found: list[tuple[str, str]] = []

    def walk(value: object, path: str) -> None:
        if isinstance(value, str):
            found.append((path, value))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{path}.{key}" if path else key)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, f"{path}[{index}]")

    walk(campaign.model_dump(), "")
    return found


def sentence_case(label: str) -> str:
    """ "the HELP reply" -> "The HELP reply" (str.capitalize would lower-case HELP)."""
    return label[:1].upper() + label[1:]
