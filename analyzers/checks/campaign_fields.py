"""How the registration's fields are written, apart from what they say.

campaign.duplicate_fields, campaign.non_english, campaign.emoji, campaign.contact_whitespace,
campaign.brand_spelling. The portal and reviewers reject fields pasted into one another, not in
English, with emoji, with stray spaces around the contact, or with the brand misspelled. Kept
apart from the other campaign.* modules so that each holds one topic.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher

from analyzers.campaign.language import emojis_in, guess_language
from analyzers.campaign.package import (
    TextField,
    brand_names,
    campaign_of,
    excerpt,
    field_hit,
    sentence_case,
    string_values,
    text_fields,
)
from analyzers.campaign.spelling import near_spellings
from analyzers.context import AnalysisContext
from analyzers.registry import Hit, Severity, check

DUPLICATE_FIELDS = dict(
    ref="Duplicate content across fields",
    title="Each field has its own text",
    message="The same text is pasted into several fields.",
    why="Reviewers deny registrations that repeat one text across the description, message "
    "flow, samples and replies: each field must answer its own question.",
    fix="Write each field for its purpose: the description says what the program is, the "
    "message flow how people opt in, each sample one real message.",
)

NON_ENGLISH = dict(
    ref="506",
    title="The registration is written in English",
    message="A field is not written in English.",
    why="US carrier reviewers vet registrations in English; fields in another language are "
    "rejected (506).",
    fix="Write the field in English. Messages may be sent in other languages, but register an "
    "English version of each.",
)

EMOJI = dict(
    ref="6103",
    title="No emoji in the registration",
    message="A field contains an emoji.",
    why="Registration fields with emoji are rejected (6103).",
    fix="Remove the emoji from the field.",
)

CONTACT_WHITESPACE = dict(
    ref="6102",
    title="Support e-mail and phone have no stray spaces",
    message="The support e-mail or phone has spaces in or around it.",
    why="The registration portal rejects an e-mail with a space in it or a contact with spaces "
    "before or after it (6102).",
    fix='Remove the spaces, e.g. "support@acme.com".',
)

BRAND_SPELLING = dict(
    ref="Sample message(s) mismatch / brand consistency",
    title="The brand is spelled the same everywhere",
    message="The brand name is spelled differently in part of the package.",
    why="Reviewers match the name in every sample, reply and the message flow with the "
    'registered brand; a near-spelling ("Brightwater Dentl", "Bright Water Dental") reads as '
    "another sender or a careless registration.",
    fix="Write the registered name exactly as registered in every field.",
)


@check(
    "campaign.duplicate_fields", severity=Severity.ERROR, needs=("campaign",), **DUPLICATE_FIELDS
)
def duplicate_fields(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    fields = [f for f in text_fields(campaign) if len(_normal(f.text)) >= 20]
    reported: set[str] = set()
    for index, later in enumerate(fields):
        for earlier in fields[:index]:
            if _sample_and_reply(earlier, later) or later.path in reported:
                continue
            if _same_text(earlier.text, later.text):
                reported.add(later.path)
                yield field_hit(
                    campaign,
                    later.path,
                    excerpt(later.text),
                    message=f"{sentence_case(later.label)} repeats {earlier.label} "
                    f"({campaign.where(earlier.path)}).",
                    details={"same_as": earlier.path},
                )


def _sample_and_reply(a: TextField, b: TextField) -> bool:
    """The opt-in confirmation is often (rightly) also one of the samples."""
    kinds = {_kind(a), _kind(b)}
    return kinds == {"sample", "reply"}


def _kind(field: TextField) -> str:
    return (
        "sample" if ".samples[" in field.path else "reply" if ".replies." in field.path else "field"
    )


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.lower())).strip()


def _same_text(a: str, b: str) -> bool:
    a, b = _normal(a), _normal(b)
    if a == b:
        return True
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= 0.9 and matcher.ratio() >= 0.9


@check("campaign.non_english", severity=Severity.ERROR, needs=("campaign",), **NON_ENGLISH)
def non_english(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    names = brand_names(campaign).names
    for field in text_fields(campaign):
        guess = guess_language(field.text, ignore=names)
        if guess is not None and not guess.english:
            yield field_hit(
                campaign,
                field.path,
                excerpt(field.text),
                message=f"{sentence_case(field.label)} looks like {guess.language}, not English.",
            )


@check("campaign.emoji", severity=Severity.ERROR, needs=("campaign",), **EMOJI)
def emoji(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    for path, value in string_values(campaign):
        found = emojis_in(value)
        if found:
            yield field_hit(
                campaign,
                path,
                excerpt(value),
                message=f"{path} contains emoji: {' '.join(dict.fromkeys(found))}.",
                fix=f'Remove the emoji: "{excerpt(_without_emoji(value))}".',
            )


def _without_emoji(text: str) -> str:
    for symbol in set(emojis_in(text)) | {"\ufe0f", "\u200d"}:
        text = text.replace(symbol, "")
    return re.sub(r"\s{2,}", " ", text).strip()


@check(
    "campaign.contact_whitespace",
    severity=Severity.ERROR,
    needs=("campaign",),
    **CONTACT_WHITESPACE,
)
def contact_whitespace(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    brand = campaign.brand
    for path, value, inside in (
        ("brand.support_email", brand.support_email, True),
        ("brand.support_phone", brand.support_phone, False),
    ):
        if not value:
            continue
        stripped = value.strip()
        problem = None
        if stripped != value:
            problem = "has spaces before or after it"
        elif inside and re.search(r"\s", value):
            problem = "contains a space"
        if problem:
            clean = re.sub(r"\s", "", value) if inside else stripped
            yield field_hit(
                campaign,
                path,
                repr(value),
                message=f"{path} {problem}: {value!r}.",
                fix=f'Write it without the spaces: "{clean}".',
            )


@check("campaign.brand_spelling", severity=Severity.WARNING, needs=("campaign",), **BRAND_SPELLING)
def brand_spelling(ctx: AnalysisContext) -> Iterator[Hit]:
    campaign = campaign_of(ctx)
    forms = brand_names(campaign).names
    for field in text_fields(campaign):
        if field.path == "campaign.description":
            continue  # the description may name the legal entity in full, checked elsewhere
        for written, form in near_spellings(field.text, forms)[:1]:
            yield field_hit(
                campaign,
                field.path,
                written,
                message=f"{sentence_case(field.label)} writes the brand as "
                f'"{written}", not "{form}".',
                fix=f'Write "{form}": "{excerpt(field.text.replace(written, form))}"',
            )
