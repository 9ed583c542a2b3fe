"""Keyword responses: replies.* checks (review criterion 7; codes 611, 5100-5110, 6106-6108).

The opt-in confirmation, the STOP reply and the HELP reply are the three messages every
subscriber may receive; reviewers read each for the brand name and its required elements, and
check that STOP and HELP are among the keywords. Every fix is the reply itself, built from the
brand's name, support e-mail and phone, ready to paste.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analyzers.campaign import fixes
from analyzers.campaign.domains import site_domain
from analyzers.campaign.emails import check_email, find_emails, is_public_provider
from analyzers.campaign.links import real_links
from analyzers.campaign.model import Campaign
from analyzers.campaign.package import (
    campaign_of,
    display_name,
    excerpt,
    field_hit,
    mentions_brand,
    sentence_case,
)
from analyzers.campaign.phones import check_phone, find_phone_numbers
from analyzers.campaign.phrases import disclosure_labels, phrasebook
from analyzers.campaign.segments import segment
from analyzers.campaign.use_cases import TWO_FA
from analyzers.context import AnalysisContext
from analyzers.registry import Hit, NotApplicable, Severity, check
from analyzers.text.urls import find_urls, is_public_shortener

_COMMON = dict(severity=Severity.ERROR, needs=("campaign",))

STOP_KEYWORD = dict(
    ref="5101",
    title="STOP is an opt-out keyword",
    message="STOP is not among the opt-out keywords.",
    why="Carriers require STOP to opt a subscriber out of every program (5101).",
    fix="List STOP first among the opt-out keywords: [STOP, END, CANCEL, UNSUBSCRIBE, QUIT].",
)
HELP_KEYWORD = dict(
    ref="5103",
    title="HELP is a help keyword",
    message="HELP is not among the help keywords.",
    why="Carriers require HELP to answer with the program's contact information (5103).",
    fix="List HELP among the help keywords: [HELP, INFO].",
)
OPTIN_BRAND = dict(
    ref="5104",
    title="The opt-in confirmation names the brand",
    message="The opt-in confirmation lacks the brand name.",
    why="The first message must tell the subscriber which program they joined (5104).",
    fix="Start the confirmation with the brand name.",
)
OPTIN_FREQUENCY = dict(
    ref="5105",
    title="The opt-in confirmation gives the message frequency",
    message="The opt-in confirmation lacks the message frequency.",
    why="Subscribers must learn how often they will be texted when they join (5105).",
    fix='Add the frequency, e.g. "Msg frequency varies" or "Up to 4 msgs/month".',
)
OPTIN_RATES = dict(
    ref="5106",
    title='The opt-in confirmation says "Msg & data rates may apply"',
    message='The opt-in confirmation lacks "Msg & data rates may apply".',
    why="Subscribers must be told their carrier may charge for the messages (5106).",
    fix='Add "Msg & data rates may apply."',
)
OPTIN_HELP = dict(
    ref="5107",
    title="The opt-in confirmation mentions HELP",
    message="The opt-in confirmation lacks HELP instructions.",
    why="The confirmation must say how to get help (5107).",
    fix='Add "Reply HELP for help."',
)
OPTIN_STOP = dict(
    ref="5108",
    title="The opt-in confirmation says how to opt out",
    message="The opt-in confirmation lacks the opt-out keyword.",
    why="The confirmation must say how to stop the messages (5108).",
    fix='Add "Reply STOP to opt out."',
)
OPTOUT_BRAND = dict(
    ref="5100",
    title="The opt-out reply names the brand",
    message="The opt-out confirmation lacks the brand name.",
    why="The subscriber must see which program stopped texting them (5100).",
    fix="Start the opt-out reply with the brand name.",
)
OPTOUT_CONFIRMATION = dict(
    ref="5102",
    title="The opt-out reply confirms no further messages will be sent",
    message="The opt-out confirmation does not say no further messages will be sent.",
    why="After STOP the subscriber must be told, once, that the messages have stopped (5102).",
    fix='Say "You are unsubscribed and will receive no further messages."',
)
HELP_BRAND = dict(
    ref="5109",
    title="The HELP reply names the brand",
    message="The HELP response lacks the brand name.",
    why="The HELP reply must say which program answered (5109).",
    fix="Start the HELP reply with the brand name.",
)
HELP_CONTACT = dict(
    ref="5110",
    title="The HELP reply gives a way to reach the business",
    message="The HELP response has no e-mail, phone or URL.",
    why="HELP must lead the subscriber to a person: an e-mail, a phone number or a web address "
    "(5110).",
    fix="Add the support e-mail or phone number.",
)
TOO_SHORT = dict(
    ref="Client message should be 20 characters or more",
    title="Each keyword response is at least 20 characters",
    message="A keyword response is shorter than 20 characters.",
    why="The registration portal rejects keyword responses under 20 characters.",
    fix="Write the full response with the brand name and what it confirms.",
)
SHORTENER = dict(
    ref="6106 / 6107 / 6108",
    title="No public URL shortener in keyword responses",
    message="A keyword response uses a public URL shortener.",
    why="Carriers filter public shorteners; responses that use them are denied (6106-6108).",
    fix="Use the full link on your own domain.",
)
OTP_OPTOUT = dict(
    ref="OTP opt-out rules",
    title="The 2FA opt-out reply follows the OTP rules",
    message="The 2FA opt-out reply lacks how to opt back in or the HELP contact, or is longer "
    "than one 160-character GSM message.",
    why="For one-time passcodes the STOP reply must say how to opt back in and where to get "
    "help, in a single 160-character message.",
    fix='e.g. "Acme: You\'re opted out of login codes. Reply START to opt back in, HELP for help."',
)

CONTACT_MISMATCH = dict(
    ref="5110 / brand contact consistency",
    title="The HELP reply gives the brand's support contacts",
    message="The HELP reply gives a phone or e-mail that is not the brand's support contact.",
    why="Reviewers compare the contact in the HELP reply with the support phone and e-mail "
    "registered for the brand; a subscriber who asks for help must reach the registered "
    "business, not an unrelated number or mailbox.",
    fix="Give the registered support e-mail and phone in the HELP reply.",
)

_REPLY_LABELS = {
    "optin": "the opt-in confirmation",
    "optout": "the opt-out reply",
    "help": "the HELP reply",
}


def _reply(campaign: Campaign, name: str) -> str:
    """The reply as written. None given is for a person to see, except the opt-in confirmation
    of a program people join by texting a keyword: whoever texts it must get one, so a missing
    one lacks everything it must say (read as "")."""
    text = getattr(campaign.campaign.replies, name)
    if not text or not text.strip():
        if name == "optin" and _joined_by_keyword(campaign):
            return ""
        raise NotApplicable(
            f"the campaign file gives no {_REPLY_LABELS[name]} (campaign.replies.{name})"
        )
    return text


def _joined_by_keyword(campaign: Campaign) -> bool:
    words = getattr(campaign.campaign.keywords, "optin", None) or []
    return any(isinstance(w, str) and w.strip() for w in words)


def _reply_excerpt(campaign: Campaign, name: str, text: str) -> str:
    """The reply for evidence; for a missing opt-in confirmation, what is missing and why."""
    if text:
        return excerpt(text)
    words = ", ".join(w.strip().upper() for w in campaign.campaign.keywords.optin or [] if w)
    return f"(no opt-in confirmation given; people join by texting {words})"


def _keywords(campaign: Campaign, name: str) -> list[str]:
    words = getattr(campaign.campaign.keywords, name)
    if words is None:
        raise NotApplicable(f"the campaign file lists no {name} keywords")
    return [w.strip().upper() for w in words]


def _missing_in_reply(
    ctx: AnalysisContext, name: str, label: str, what: str, fix: str
) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    text = _reply(campaign, name)
    if label not in disclosure_labels(text):
        yield field_hit(
            campaign,
            f"campaign.replies.{name}",
            _reply_excerpt(campaign, name, text),
            message=f"{sentence_case(_REPLY_LABELS[name])} lacks {what}."
            if text
            else f"The campaign file gives no opt-in confirmation, though people join by texting "
            f"a keyword: the confirmation they get must state {what}.",
            fix=f'{fix}: "{fixes.optin_confirmation(campaign)}"',
        )


@check("replies.stop_keyword_missing", **_COMMON, **STOP_KEYWORD)
def stop_keyword_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    words = _keywords(campaign, "optout")
    if "STOP" not in words:
        listed = ["STOP", *[w for w in words if w]] + [
            w for w in ("END", "CANCEL", "UNSUBSCRIBE", "QUIT") if w not in words
        ]
        yield field_hit(
            campaign,
            "campaign.keywords.optout",
            ", ".join(words) or "(empty)",
            fix=f"optout: [{', '.join(dict.fromkeys(listed))}]",
        )


@check("replies.help_keyword_missing", **_COMMON, **HELP_KEYWORD)
def help_keyword_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    words = _keywords(campaign, "help")
    if "HELP" not in words:
        listed = ["HELP", *[w for w in words if w], "INFO"]
        yield field_hit(
            campaign,
            "campaign.keywords.help",
            ", ".join(words) or "(empty)",
            fix=f"help: [{', '.join(dict.fromkeys(listed))}]",
        )


@check("replies.optin_brand_missing", **_COMMON, **OPTIN_BRAND)
def optin_brand_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    text = _reply(campaign, "optin")
    if not mentions_brand(campaign, text):
        yield field_hit(
            campaign,
            "campaign.replies.optin",
            _reply_excerpt(campaign, "optin", text),
            fix=f'Name the brand: "{fixes.optin_confirmation(campaign)}"',
        )


@check("replies.optin_frequency_missing", **_COMMON, **OPTIN_FREQUENCY)
def optin_frequency_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _missing_in_reply(
        ctx, "optin", "frequency", "the message frequency", "Add the frequency"
    )


@check("replies.optin_rates_missing", **_COMMON, **OPTIN_RATES)
def optin_rates_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _missing_in_reply(
        ctx, "optin", "rates", '"Msg & data rates may apply"', "Add the rates disclosure"
    )


@check("replies.optin_help_missing", **_COMMON, **OPTIN_HELP)
def optin_help_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _missing_in_reply(ctx, "optin", "help", "HELP instructions", "Add HELP")


def _names_own_optout(campaign: Campaign, text: str) -> bool:
    """ "Reply HELP for help, ALTO to cancel" in a program whose opt-out keywords are [ALTO,
    BAJA]: the confirmation gives the program's own opt-out keyword (the catalog asks for "the
    opt-out keyword"), after a verb of replying or before what it does; a program without STOP
    among them is replies.stop_keyword_missing, reported once."""
    words = [w for w in (getattr(campaign.campaign.keywords, "optout", None) or []) if w]
    for word in words:
        if not isinstance(word, str) or not word.isupper():
            continue
        said = re.escape(word)
        if re.search(
            rf"\b(?i:reply|text|send|respond\s+with)\s+[\"'“]?{said}\b|"
            rf"\b{said}\b[\"'”]?\s+(?i:to\s+(?:stop|cancel|opt[\s-]?out|unsubscribe|end|quit)|"
            rf"anytime|at\s+any\s+time)",
            text,
        ):
            return True
    return False


@check("replies.optin_stop_missing", **_COMMON, **OPTIN_STOP)
def optin_stop_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    if _names_own_optout(campaign, _reply(campaign, "optin")):
        return
    yield from _missing_in_reply(ctx, "optin", "stop", "the opt-out keyword (STOP)", "Add STOP")


@check("replies.optout_brand_missing", **_COMMON, **OPTOUT_BRAND)
def optout_brand_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    text = _reply(campaign, "optout")
    if not mentions_brand(campaign, text):
        yield field_hit(
            campaign,
            "campaign.replies.optout",
            excerpt(text),
            fix=f'Name the brand: "{fixes.optout_reply(campaign)}"',
        )


@check("replies.optout_no_confirmation", **_COMMON, **OPTOUT_CONFIRMATION)
def optout_no_confirmation(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    text = _reply(campaign, "optout")
    if not phrasebook("campaign_text").first(text, "optout_confirmed"):
        yield field_hit(
            campaign,
            "campaign.replies.optout",
            excerpt(text),
            fix=f'Confirm the stop: "{fixes.optout_reply(campaign)}"',
        )


@check("replies.help_brand_missing", **_COMMON, **HELP_BRAND)
def help_brand_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    text = _reply(campaign, "help")
    if not mentions_brand(campaign, text):
        yield field_hit(
            campaign,
            "campaign.replies.help",
            excerpt(text),
            fix=f'Name the brand: "{fixes.help_reply(campaign)}"',
        )


def has_contact(text: str) -> bool:
    """An e-mail, a phone number or a web address ("visit acme.com" too)."""
    return bool(find_emails(text) or find_phone_numbers(text) or real_links(text))


@check("replies.help_contact_missing", **_COMMON, **HELP_CONTACT)
def help_contact_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    text = _reply(campaign, "help")
    if not has_contact(text):
        yield field_hit(
            campaign,
            "campaign.replies.help",
            excerpt(text),
            fix=f'Give a contact: "{fixes.help_reply(campaign)}"',
        )


@check("replies.too_short", **_COMMON, **TOO_SHORT)
def too_short(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    builders = {
        "optin": fixes.optin_confirmation,
        "optout": fixes.optout_reply,
        "help": fixes.help_reply,
    }
    given = False
    for name, label in _REPLY_LABELS.items():
        text = getattr(campaign.campaign.replies, name)
        if text is None:
            continue
        given = True
        if len(text.strip()) < 20:
            yield field_hit(
                campaign,
                f"campaign.replies.{name}",
                text,
                message=f"{sentence_case(label)} is {len(text.strip())} characters; "
                "keyword responses must be at least 20.",
                fix=f'e.g. "{builders[name](campaign)}"',
            )
    if not given:
        raise NotApplicable("the campaign file gives no keyword responses")


@check("replies.shortener", **_COMMON, **SHORTENER)
def shortener(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    for name, label in _REPLY_LABELS.items():
        for url in find_urls(getattr(campaign.campaign.replies, name) or ""):
            if is_public_shortener(url):
                yield field_hit(
                    campaign,
                    f"campaign.replies.{name}",
                    url,
                    message=f"{sentence_case(label)} uses the public shortener {url}.",
                )


def gsm_length(text: str) -> int | None:
    """Length in GSM-7 septets, or None when a character forces UCS-2 (70 per message)."""
    parts = segment(text)
    return parts.units if parts.encoding == "GSM-7" else None


@check(
    "replies.otp_optout_noncompliant", severity=Severity.WARNING, needs=("campaign",), **OTP_OPTOUT
)
def otp_optout_noncompliant(ctx: AnalysisContext) -> Iterator[Hit]:
    """The OTP rules are for a campaign registered as 2FA: its STOP ends the codes alone, and a
    customer who stops must learn how to get them again. A Mixed campaign with 2FA among its
    sub-use-cases (blind round 34: login codes, return status and seasonal offers) is one
    recurring program whose STOP ends all of it, marketing too; its opt-out reply follows the
    general rules of the other replies.* checks, and a "Reply START to resubscribe" there is
    not also owed a HELP contact."""
    campaign = campaign_of(ctx)
    if TWO_FA not in campaign.campaign.use_cases:
        under = " (a sub-use-case of a mixed campaign)" if TWO_FA in campaign.use_cases else ""
        raise NotApplicable(f"not a campaign registered as 2FA{under}")
    text = _reply(campaign, "optout")
    problems = []
    if not phrasebook("campaign_text").first(text, "resubscribe"):
        problems.append("it does not say how to opt back in")
    if "help" not in phrasebook("disclosure").labels_in(text) and not has_contact(text):
        problems.append("it gives no HELP instruction or contact")
    length = gsm_length(text.strip())
    if length is None and len(text.strip()) > 70:
        problems.append(
            f"it has characters outside GSM-7, so one message holds 70 characters, "
            f"and it has {len(text.strip())}"
        )
    elif length is not None and length > 160:
        problems.append(f"it is {length} GSM characters, more than one 160-character message")
    if problems:
        brand = display_name(campaign)
        yield field_hit(
            campaign,
            "campaign.replies.optout",
            excerpt(text),
            message=f"The 2FA opt-out reply: {'; '.join(problems)}.",
            fix=f'e.g. "{brand}: You are opted out and will receive no further '
            f'codes. Reply START to opt back in, HELP for help."',
        )


@check(
    "replies.contact_mismatch", severity=Severity.WARNING, needs=("campaign",), **CONTACT_MISMATCH
)
def contact_mismatch(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    text = _reply(campaign, "help")
    brand = campaign.brand
    phone = check_phone(brand.support_phone or "")
    email = check_email(brand.support_email or "")
    if not phone.valid and not email.valid:
        raise NotApplicable("the brand gives no valid support phone or e-mail to compare with")
    own = {email.registrable} if email.valid and not is_public_provider(email.domain) else set()
    if brand.website and "." in brand.website:
        own.add(site_domain(brand.website.strip()))
    others: list[str] = []
    for number in find_phone_numbers(text):
        if phone.valid and check_phone(number).digits != phone.digits:
            others.append(number)
    for address in find_emails(text):
        found = check_email(address)
        same = email.valid and address.lower() == brand.support_email.strip().lower()
        if email.valid and not same and found.registrable not in own:
            others.append(address)
    if others:
        registered = " / ".join(
            x
            for x in (
                phone.formatted if phone.valid else "",
                brand.support_email.strip() if email.valid else "",
            )
            if x
        )
        yield field_hit(
            campaign,
            "campaign.replies.help",
            ", ".join(others),
            message=f"The HELP reply gives {', '.join(others)}, not the brand's "
            f"support contact ({registered}).",
            fix=f'e.g. "{fixes.help_reply(campaign)}"',
        )
