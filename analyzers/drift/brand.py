"""Is the business name on the new site the approved one?

The brand provider infers the name by a vote over og:site_name, the logo, the copyright line and
titles. A vote can flip between two spellings of one business ("Acme Dental" and "Acme Dental
Care") without anything changing, so a name counts as changed only when the approved name is no
longer among the names the new site shows.
"""

from __future__ import annotations

from typing import Any

from analyzers.inputs.brand import normalize_name, strip_legal_suffix


def _key(name: str) -> str:
    return normalize_name(strip_legal_suffix(name))


def same_brand(old: Any, new: Any) -> bool:
    """old/new are BrandNames (.primary, .variants())."""
    approved = _key(old.primary)
    shown = {_key(n) for n in new.variants()}
    if approved in shown:
        return True
    # "Acme Dental" approved, "Acme Dental Care" shown: the same business, worded longer
    return any(
        approved
        and (f" {approved} " in f" {s} " or f" {s} " in f" {approved} ")
        and min(len(s), len(approved)) >= 4
        for s in shown
    )
