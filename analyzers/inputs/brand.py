"""The business's name: from the campaign file when given, else inferred from the site.

Reviewers compare the registered brand with what the site shows. Without a campaign file prevet
infers the name the way a person would: og:site_name, schema.org Organization, the logo's alt
text, the copyright line and the home page title, voting across pages.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from analyzers.context import AnalysisContext, provides

_LEGAL_SUFFIX = re.compile(
    r"[,\s]+(llc|l\.l\.c\.|inc\.?|incorporated|corp\.?|corporation|co\.|company|ltd\.?|"
    r"limited|lp|llp|pllc|pc|p\.c\.|plc)\s*$",
    re.IGNORECASE,
)
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»]\s+")
_GENERIC_TITLES = {
    "home", "homepage", "home page", "welcome", "index", "contact", "contact us", "about",
    "about us", "privacy policy", "terms", "terms of service", "sms terms", "sign up", "untitled",
}
# how much each source says about the name: og:site_name is chosen by the owner on purpose
_SOURCE_WEIGHT = {
    "og_site_name": 5, "schema_org": 5, "application_name": 4, "logo_alt": 3, "copyright": 3,
    "title": 2,
}


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
        """The first variant that appears in text (case-, space- and punctuation-insensitive)."""
        haystack = normalize_name(text)
        for variant in self.variants():
            needle = normalize_name(variant)
            if needle and re.search(rf"(?<![a-z0-9]){re.escape(needle)}(?![a-z0-9])", haystack):
                return variant
        return None


def strip_legal_suffix(name: str) -> str:
    previous = None
    while previous != name:
        previous, name = name, _LEGAL_SUFFIX.sub("", name).strip(" ,.")
    return name


def normalize_name(text: str) -> str:
    text = text.lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"[^a-z0-9']+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def title_name(title: str) -> str | None:
    """The brand part of a page title: "Sign up | Acme Health" -> "Acme Health"."""
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    parts = [p for p in parts if p.lower() not in _GENERIC_TITLES and len(p) <= 60]
    if not parts:
        return None
    # brand usually sits last ("Page | Brand") or alone; prefer the shortest of the ends
    ends = {parts[0], parts[-1]}
    return min(ends, key=len)


def infer_brand(ctx: AnalysisContext) -> BrandNames | None:
    snapshot = ctx.snapshot
    if not snapshot or not snapshot.pages:
        return None
    votes: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    evidence: dict[str, str] = {}
    home = snapshot.home
    for page in snapshot.pages:
        weight_factor = 2 if page is home else 1
        candidates = dict(page.brand_candidates)
        if page.title and "title" not in candidates:
            name = title_name(page.title)
            if name:
                candidates["title"] = name
        for source, raw in candidates.items():
            name = strip_legal_suffix(raw.strip())
            key = normalize_name(name)
            if not key or len(key) < 2 or key in _GENERIC_TITLES:
                continue
            votes[key] += _SOURCE_WEIGHT.get(source, 1) * weight_factor
            spelled.setdefault(key, name)
            evidence.setdefault(key, f"{source} on {page.final_url or page.url}")
    if not votes:
        return None
    ranked = [spelled[key] for key, _ in votes.most_common(3)]
    best = votes.most_common(1)[0][0]
    return BrandNames(names=ranked, source="inferred", evidence={"inferred_from": evidence[best]})


@provides("brand_names")
def brand_names(ctx: AnalysisContext) -> BrandNames | None:
    campaign = ctx.campaign
    if campaign is not None:
        brand = getattr(campaign, "brand", None)
        names = [n for n in (getattr(brand, "dba", None), getattr(brand, "legal_name", None)) if n]
        if names:
            return BrandNames(names=names, source="campaign")
    return infer_brand(ctx)
