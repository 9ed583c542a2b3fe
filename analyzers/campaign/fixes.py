"""Ready-to-paste texts built from the brand's own name, support e-mail and phone.

A fix that says "add the brand name and opt-out language" leaves the user guessing at wording;
these return the message itself, compliant as written, so it can be pasted into the portal.
"""

from __future__ import annotations

import re

from analyzers.campaign.model import Campaign
from analyzers.campaign.package import display_name, mentions_brand
from analyzers.campaign.phones import check_phone
from analyzers.campaign.phrases import phrasebook

_STOP_TAIL = "Reply STOP to opt out."


def corrected_sample(campaign: Campaign, sample: str) -> str:
    """The sample with the brand in front and opt-out language at the end, when missing."""
    text = sample.strip()
    if not mentions_brand(campaign, text):
        text = f"{display_name(campaign)}: {text}"
    if "stop" not in phrasebook("disclosure").labels_in(text):
        text = (
            f"{text.rstrip()} {_STOP_TAIL}"
            if text.endswith((".", "!", "?"))
            else f"{text.rstrip()}. {_STOP_TAIL}"
        )
    return text


def contact_phrase(campaign: Campaign) -> str:
    """ "email support@acme.com or call (512) 555-0100", from what the file gives."""
    brand = campaign.brand
    parts = []
    if brand.support_email and brand.support_email.strip():
        parts.append(f"email {brand.support_email.strip()}")
    if brand.support_phone and check_phone(brand.support_phone).valid:
        parts.append(f"call {check_phone(brand.support_phone).formatted}")
    if not parts and brand.website:
        parts.append(f"visit {brand.website.strip()}")
    return " or ".join(parts) or "contact us at [support email or phone]"


def frequency_phrase(campaign: Campaign) -> str:
    """The frequency the message flow promises, else the safe "Msg frequency varies"."""
    flow = campaign.campaign.message_flow or ""
    match = phrasebook("disclosure").first(flow, "frequency")
    if match and re.search(r"\d|varies|vary", match.text, re.IGNORECASE):
        text = match.text.strip().rstrip(".")
        return text[0].upper() + text[1:]
    return "Msg frequency varies"


def optin_confirmation(campaign: Campaign) -> str:
    kinds = _message_kinds(campaign)
    return (
        f"{display_name(campaign)}: You're subscribed to {kinds}. "
        f"{frequency_phrase(campaign)}. "
        f"Msg & data rates may apply. Reply HELP for help, STOP to opt out."
    )


def optout_reply(campaign: Campaign) -> str:
    keyword = _first_keyword(campaign.campaign.keywords.optin, "START")
    return (
        f"{display_name(campaign)}: You are unsubscribed and will receive no further "
        f"messages. Reply {keyword} to resubscribe."
    )


def help_reply(campaign: Campaign) -> str:
    return (
        f"{display_name(campaign)}: For help, {contact_phrase(campaign)}. "
        f"Msg & data rates may apply. Reply STOP to opt out."
    )


def _first_keyword(keywords: list[str] | None, default: str) -> str:
    for keyword in keywords or ():
        if keyword.strip():
            return keyword.strip().upper()
    return default


def _message_kinds(campaign: Campaign) -> str:
    names = [
        name.lower() for name in campaign.use_cases if name not in ("Mixed", "Low Volume Mixed")
    ]
    if not names:
        return "text messages"
    phrase = " and ".join(names[:2])
    return phrase if phrase.endswith(("s", "messages")) else f"{phrase} messages"


def cta_disclosure(campaign: Campaign) -> str:
    """The consent text a web form shows, with every element reviewers look for."""
    details = campaign.campaign
    website = (campaign.brand.website or "").rstrip("/")
    privacy = details.privacy_url or (f"{website}/privacy" if website else "[privacy URL]")
    terms = details.terms_url or (f"{website}/terms" if website else "[terms URL]")
    return (
        f"I agree to receive {_message_kinds(campaign)} by text from "
        f"{display_name(campaign)}. {frequency_phrase(campaign)}. Msg & data rates may "
        f"apply. Reply HELP for help, STOP to cancel. Consent is not a condition of "
        f"purchase. Mobile information will not be shared with third parties or affiliates "
        f"for marketing or promotional purposes. Privacy Policy: {privacy}, Terms: {terms}"
    )
