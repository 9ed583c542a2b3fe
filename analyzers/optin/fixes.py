"""Ready-to-paste fixes for the opt-in form, written for this business.

Reviewers want the exact consent language next to the box; a fix that says "add a disclosure" is
not enough, so each fix states the full sentence with the brand, message types and policy links
filled in from what the site already shows (placeholders in [brackets] where it does not).
"""

from __future__ import annotations

import re

from analyzers.context import AnalysisContext
from analyzers.optin.model import OptInForm

TYPES_PLACEHOLDER = "[the kind of messages, e.g. appointment reminders and order updates]"
BRAND_PLACEHOLDER = "[your business name]"


def brand_name(ctx: AnalysisContext) -> str:
    brand = ctx.inputs.brand_names
    return brand.primary if brand is not None else BRAND_PLACEHOLDER


def message_types(optin: OptInForm | None) -> str:
    """The message types the form already names ("appointment reminders and order updates")."""
    if optin is None:
        return TYPES_PLACEHOLDER
    names: list[str] = []
    for found in optin.disclosure.elements.get("message_types", []):
        text = found.text.strip()
        if not _names_a_kind(text):
            continue  # "Text me about my", "contacted by Acme ... about your quote"
        if text.lower() not in {n.lower() for n in names} and len(names) < 3:
            names.append(text)
    if not names:
        return TYPES_PLACEHOLDER
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


_NOT_IN_A_KIND = re.compile(
    r"\b(me|my|you|your|us|we|our|about|regarding|concerning|to|when|"
    r"whenever|if|by|from)\b",
    re.IGNORECASE,
)


def _names_a_kind(text: str) -> bool:
    """A kind of message that fits "I agree to receive ___ text messages": a noun phrase
    ("appointment reminders", "promotions"), not the words of a sentence that says what the
    texts are about ("text me about my", "contact you ... about your request")."""
    return not _NOT_IN_A_KIND.search(text) and len(text.split()) <= 4


def policy_url(ctx: AnalysisContext, role: str, default: str) -> str:
    snapshot = ctx.snapshot
    if snapshot is not None:
        for page in snapshot.pages_with_role(role):
            return page.final_url or page.url
    return default


def compliant_disclosure(ctx: AnalysisContext, optin: OptInForm | None = None) -> str:
    """The full consent text for this business, to place next to an unchecked SMS box."""
    privacy = policy_url(ctx, "privacy", "/privacy-policy")
    terms = policy_url(ctx, "sms_terms", "") or policy_url(ctx, "terms", "/terms")
    return (
        f"By checking this box, I agree to receive {message_types(optin)} text messages from "
        f"{brand_name(ctx)} at the phone number provided. Message frequency varies. "
        f"Msg & data rates may apply. Reply HELP for help or STOP to cancel. Consent is not a "
        f"condition of purchase. See our Privacy Policy ({privacy}) and Terms & Conditions "
        f"({terms})."
    )


def checkbox_html(ctx: AnalysisContext, optin: OptInForm | None = None) -> str:
    return (
        '<label><input type="checkbox" name="sms_consent" value="yes"> '
        f"{compliant_disclosure(ctx, optin)}</label>"
    )
