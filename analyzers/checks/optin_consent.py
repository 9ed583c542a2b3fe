"""What the SMS consent covers: optin.bundled_consent, optin.third_party_consent,
optin.marketing_not_separate.

Read in the consent itself: the SMS box's label, or (with no box) the sentence that says
submitting means agreeing to texts. A separate "I accept the Terms" or "Email me" box is not
bundling; "I agree to the Terms and to receive calls and texts" in one box is, and so is a box that
asks for another act in the same words ("Enter me in the raffle and sign me up for text
deals", "Create my account and text me updates"). A call the texts
are about ("texts about your scheduled call") is a topic, and one inside a program's capitalized
name ("Curtain Call texts") is a name, not a channel. The business's own name is no kind of
message ("Summitview Auto Sales may text me ..." names no sales). Where no opt-in form was
read at all (a hosted form that did not load), optin.marketing_not_separate reads the consent a
page outside the policies states ("by submitting this form you agree to receive ..."), and
optin.bundled_consent reads, for review, the consent box a page quotes from an app
(analyzers/optin/documented.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analyzers.context import AnalysisContext
from analyzers.inputs.brand import BrandNames
from analyzers.optin.disclosure import consent_sentences
from analyzers.optin.find import points_at_box
from analyzers.optin.fixes import brand_name, compliant_disclosure
from analyzers.optin.model import OptInForm
from analyzers.optin.plain_words import message_subjects
from analyzers.optin.reach import says_where_found
from analyzers.registry import Hit, NotApplicable, Severity, check
from analyzers.text.vocabulary import PhraseMatch, vocabulary

_NOT_BUNDLING = {
    # "call us at", "email us", "email address", "SMS terms" are not consents to another thing
    # ... and "autodialed marketing messages" describes the texts, not calls
    "call_channel": re.compile(
        r"call\s+(us|\(?\d)|\bcall\b.{0,25}\bfor (help|assistance)|"
        r"\b(auto-?dial\w*|pre-?recorded|automated)\s+([\w-]+\s+){0,2}"
        r"(text|texts|messages?|msgs?|sms|mms)\b",
        re.IGNORECASE,
    ),
    "email_channel": re.compile(
        r"email\s+(us|address)|@|email (or|and) (phone|mobile)", re.IGNORECASE
    ),
    "terms_acceptance": re.compile(
        r"(sms|text|messaging|mobile)\s+(program\s+)?(terms|policy)", re.IGNORECASE
    ),
}
_WHAT = {
    "call_channel": "phone calls",
    "email_channel": "emails",
    "terms_acceptance": "other terms or policies",
}


def consent_texts(optin: OptInForm) -> list[tuple[str, str]]:
    """(text, selector) of each SMS consent: each box's label, or the consent sentences."""
    if optin.consent_controls:
        return [(c.label, c.selector) for c in optin.consent_controls if c.label]
    return [
        (f.sentence, f.block.selector or optin.selector)
        for f in consent_sentences(optin.disclosure, [])
    ]


def box_meaning_texts(optin: OptInForm) -> list[tuple[str, str]]:
    """What ticking the box agrees to: its label, and beside a form's one box, the sentence that
    says what checking it means. "[ ] Yes, contact me about listings" under "By checking this
    box, I agree to receive calls, emails and texts" agrees to all three; the label alone
    does not say so."""
    texts = consent_texts(optin)
    if len(optin.consent_controls) != 1:
        return texts
    label = optin.consent_controls[0].label
    for found in optin.disclosure.elements.get("consent_statement", []):
        sentence = found.sentence
        if sentence in label or not points_at_box(sentence):
            continue
        if "sms_channel" in vocabulary("optin").labels_in(sentence):
            texts.append((sentence, found.block.selector or optin.selector))
    return texts


# a sentence that tells what the person will get: "We may also call you", "Acme will email
# you a newsletter", "calls may be placed to this number", "you receive our e-mails" (not "you
# can reach us by email": what the person can do is not what they agreed to)
_DELIVERS = re.compile(
    r"\b(?:will|may|might|'ll|’ll)\s+(?:also\s+)?(?:receive|get|send|call|"
    r"phone|email|e-mail|contact|reach|text|be\s+(?:contacted|called|emailed|"
    r"e-mailed|reached|sent|made|placed|delivered))\b|"
    r"\b(?:you|we|i)\s+(?:also\s+)?(?:receive|get|send|call|email|contact)\b",
    re.IGNORECASE,
)


def _grants(sentence: str) -> bool:
    """Does the sentence sign the person up for something: agreement wording, or what they will
    be sent? "You can play entirely by email" names the person's other way, not a consent."""
    labels = vocabulary("optin").labels_in(sentence)
    return (
        bool(labels & {"consent", "consent_verb"})
        or bool(_DELIVERS.search(sentence))
        or bool(_ASKS_TO_BE_SENT.match(sentence))
    )


# a box's sentence in the person's own voice asking to be sent something: "Send my routine
# and tips by text message and email", "Text me the weekly specials", "Sign me up for ...",
# "Keep me posted by text and email" (blind h14l: a quiz's box)
_ASKS_TO_BE_SENT = re.compile(
    r"\s*(?:(?:yes|ok|okay|sure)\s*[!,.]?\s*)?(?:please\s+)?"
    r"(?:(?:send|text|e-?mail|message)\s+(?:me|my)\b|(?:sign|opt)\s+me\s+(?:up|in)\b|"
    r"keep\s+me\s+(?:posted|updated|informed)\b|notify\s+me\b)",
    re.IGNORECASE,
)


# what the texts are about, ending right before the word "call": "texts about scheduled calls",
# "reminders of your upcoming call", "to confirm your consultation call". A call that is the
# subject of the messages is an event the person booked, not a second channel they agree to.
# After "for" a determiner or modifier must follow ("for your scheduled call"): "consent for
# calls and texts" is a channel.
_CALL_AS_TOPIC = re.compile(
    r"\b(?:(?:about|regarding|concerning|re|confirm(?:ing|s)?|remind(?:ing|s|ers?)?\s+(?:you\s+)?of)"
    r"\s+(?:(?:your|our|my|this|that|the|an?|any|each|scheduled|upcoming|booked|planned|next|"
    r"(?:[a-z]+-)?[a-z]+(?:ed|ing))\s+)*(?:(?!(?:and|or|by|via|plus|also|through)\s)[a-z]+\s+)?"
    r"|for\s+(?:(?:your|our|my|this|that|the|an?|any|each|scheduled|upcoming|booked|planned|next)\s+)+"
    r"(?:(?!(?:and|or|by|via|plus|also|through)\s)(?:[a-z]+-)?[a-z]+\s+)?)$",
    re.IGNORECASE,
)


# "after-hours call alerts", "missed-call notifications": a call that names what the messages
# report; "text and call reminders" names two ways of reminding
_MESSAGE_NOUN_AFTER = re.compile(
    r"^\s+(?:alerts?|notifications?|notices?|summar(?:y|ies)|logs?|reports?|transcripts?)\b",
    re.IGNORECASE,
)
_CHANNEL_BEFORE = re.compile(r"\b(?:text|texts|sms|email|e-mail)\s*(?:and|or|&|/|,)\s*$", re.I)


def _call_as_topic(text: str, match: PhraseMatch) -> bool:
    if match.label != "call_channel" or not match.text.lower().startswith("call"):
        return False
    before = text[max(0, match.start_char - 60) : match.start_char]
    if _MESSAGE_NOUN_AFTER.match(text[match.end_char :]) and not _CHANNEL_BEFORE.search(before):
        return True
    return bool(_CALL_AS_TOPIC.search(before))


# texts and what they are about, to the end of the clause: "text messages from the Club about
# my membership, renewals, club events and newsletters"
_TEXTS_ABOUT = re.compile(
    r"\b(?:texts?|text\s+messages?|sms(?:\s+messages?)?|messages?|msgs?|alerts?)\b"
    r"(?:\s+from\s+[^,.;:!?]{1,60}?)?\s+(?:about|regarding|concerning|on)\s+"
    r"(?P<list>[^.;:!?]*)$",
    re.IGNORECASE,
)
# a second message noun in that list starts a kind of its own ("and emails with offers")
_ANOTHER_MESSAGE = re.compile(
    r"\b(?:e-?mails?|calls?|texts?|messages?|msgs?|mail|letters?)\b", re.IGNORECASE
)


def _publication_as_topic(text: str, match: PhraseMatch) -> bool:
    """ "Text messages about my membership, renewals, club events and newsletters": a
    newsletter in the list that "about" governs is what the texts announce, not e-mail
    agreed to. The word "email" itself stays a channel, and so does a newsletter named beside
    the texts ("texts and newsletters") or after another message noun in the list."""
    if match.label != "email_channel" or not match.text.lower().startswith("newsletter"):
        return False
    about = _TEXTS_ABOUT.search(text[max(0, match.start_char - 200) : match.start_char])
    return bool(about) and not _ANOTHER_MESSAGE.search(about.group("list"))


# the words a title-cased label leaves in lower case ("I Agree to Receive Calls and Texts")
_TITLE_CASE_LOWER = frozenset(
    "a an the and or nor but of to for from in on at by with as via per vs me my i".split()
)
# what a program name names when it ends in a channel word: "Curtain Call texts", "Last Call Club"
_NAMED_THING = re.compile(
    r"\s+(?:texts?|txts?|sms|messages?|msgs?|alerts?|updates?|reminders?|notifications?|"
    r"club|program|programme|list|crew|circle)\b|\s+[A-Z][a-z]",
)


def _part_of_a_name(text: str, match: PhraseMatch) -> bool:
    """ "Send me Curtain Call texts", "join the Last Call Club": a channel word written as one
    word of a capitalized name (the capitalized word before it, what the name names after it)
    is the program's name, not a consent to calls or emails. Not in a label that capitalizes
    every word ("Send Me Email And Text Updates"): there capitals mark no name."""
    word = text[match.start_char : match.end_char]
    if " " in word or not word[:1].isupper() or word.isupper():
        return False
    before = re.findall(r"[\w'’&-]+|[^\w\s]", text[: match.start_char])
    if len(before) < 2 or not before[-1][:1].isupper() or before[-2] in {".", "!", "?", ":"}:
        return False  # no capitalized word before it, or one that starts the sentence
    if not _NAMED_THING.match(text, match.end_char):
        return False  # "Phone Call and text updates": a list of channels
    words = re.findall(r"[A-Za-z][\w'’-]*", match.sentence)
    return any(w[0].islower() and w.lower() not in _TITLE_CASE_LOWER for w in words)


# a channel named in order to exclude it: "text messages (SMS) — not email — on my phone", "no
# phone calls", "instead of email" (but "not only by email": the texts come on top of it)
_EXCLUDED_CHANNEL = re.compile(
    r"\b(?:not|never|no|nor|without|rather\s+than|instead\s+of)\s+"
    r"(?!(?:only|just|merely)\b)(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _excluded_channel(text: str, match: PhraseMatch) -> bool:
    if match.label not in ("email_channel", "call_channel"):
        return False
    return bool(_EXCLUDED_CHANNEL.search(text[max(0, match.start_char - 40) : match.start_char]))


# a sentence about what happens without the consent: "if you leave this unchecked we'll call
# you instead", "if you'd rather not get texts, we will email you", "otherwise we'll phone"
_WITHOUT_CONSENT = re.compile(
    r"\b(?:if|when|should)\s+(?:you|i)(?:\s+(?:leave|keep)\s+(?:this|it|the)\s+(?:box\s+)?"
    r"(?:un[a-z]+|blank|empty|off)|\s+(?:do\s+not|don'?t|don’t|prefer\s+not\s+to|"
    r"choose\s+not\s+to|decline|opt\s+out)\b|(?:\s+would|'d|’d)\s+rather\s+not\b)|"
    r"\b(?:unchecked|unticked|left\s+blank),?\s+(?:we|acme)\b|^\s*otherwise\b",
    re.IGNORECASE,
)


def _the_other_way(match: PhraseMatch) -> bool:
    """ "Optional: if you leave this unchecked we'll call you instead": the call is what happens
    without the consent, the person's other way, not something the box agrees to."""
    return match.label in ("email_channel", "call_channel") and bool(
        _WITHOUT_CONSENT.search(match.sentence)
    )


# another act the same box performs, asked for in the first person: "Enter me in this month's
# raffle and sign me up for text deals", "Create my account and text me order updates". Not a
# topic of the texts ("texts about our giveaways", "a reminder to enter the contest", "text me
# once my account is set up"): the act must be the person's request, not what the texts say.
_OTHER_ACTS = (
    (
        "an entry to a contest or giveaway",
        re.compile(
            r"(?<!\bto\s)\benter\s+(?:me|my\s+(?:name|entry|details))\s+(?:in|into|for|to)\b"
            r"[^.;!?]{0,50}?\b(?:raffle|drawing|draw|giveaway|sweepstakes|contest|competition)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "opening an account",
        re.compile(
            r"(?<!\bto\s)\b(?:create|open|set\s+up)\s+(?:my|an?)\s+(?:[\w-]+\s+)?account\b"
            r"(?!\s+(?:is|was|has|gets)\b)",
            re.IGNORECASE,
        ),
    ),
)


def _other_acts(text: str) -> list[str]:
    """What else ticking the box does, besides agreeing to texts: entering a raffle or opening
    an account in the same words ("Enter me in the raffle and sign me up for text deals")."""
    return [what for what, act in _OTHER_ACTS if act.search(text)]


def _bundled_with(text: str) -> list[str]:
    found: list[str] = _other_acts(text)
    for match in vocabulary("optin").find(text):
        if match.label not in _NOT_BUNDLING:
            continue
        window = text[max(0, match.start_char - 5) : match.end_char + 30]
        if (
            _NOT_BUNDLING[match.label].search(window)
            or _sms_terms(text, match)
            or _call_as_topic(text, match)
            or _publication_as_topic(text, match)
            or _part_of_a_name(text, match)
            or _excluded_channel(text, match)
            or _the_other_way(match)
        ):
            continue
        if match.sentence.strip() != text.strip() and not _grants(match.sentence):
            continue  # one sentence of several that agrees to nothing (a bare label is a consent)
        if _WHAT[match.label] not in found:
            found.append(_WHAT[match.label])
    return found


_OTHER_TERMS = frozenset(
    {
        "terms",
        "conditions",
        "t&c",
        "tos",
        "eula",
        "agreement",
        "waiver",
        "disclaimer",
        "rules",
        "guidelines",
        "policies",
    }
)


def _sms_terms(text: str, match: PhraseMatch) -> bool:
    """Agreeing to the SMS program's own terms ("the SMS Terms") or acknowledging the privacy
    policy, which the disclosure must link anyway, is part of the SMS consent, not another one."""
    if match.label != "terms_acceptance":
        return False
    if _NOT_BUNDLING["terms_acceptance"].search(text[match.start_char : match.end_char + 40]):
        return True
    words = set(re.findall(r"[a-z&]+", match.text.lower()))
    return "privacy" in words and not words & _OTHER_TERMS


@check(
    "optin.bundled_consent",
    severity=Severity.ERROR,
    ref="Marketing consent not separated / must not be bundled",
    title="SMS consent stands alone",
    message="SMS consent is bundled with consent to other things in one box or sentence.",
    why="Consent to texts must be its own choice; a box that also accepts calls, emails or the "
    "terms of service does not show the person agreed to texts.",
    fix="Give SMS consent its own unchecked checkbox; put calls, emails and terms acceptance in "
    "separate boxes.",
    needs=("snapshot",),
)
@says_where_found
def bundled_consent(ctx: AnalysisContext) -> Iterator[Hit]:
    if not ctx.inputs.optin_forms:
        yield from _bundled_in_quote(ctx)
        return
    for optin in ctx.inputs.optin_forms:
        for text, selector in box_meaning_texts(optin):
            others = _bundled_with(text)
            if others:
                yield Hit(
                    url=optin.url,
                    selector=selector,
                    evidence=text[:400],
                    message=f"The SMS consent also covers {' and '.join(others)}.",
                    fix="Split this into separate checkboxes. The SMS one should read:\n"
                    f"{compliant_disclosure(ctx, optin)}",
                )


def _bundled_in_quote(ctx: AnalysisContext) -> Iterator[Hit]:
    """No form on the site, but a page quotes the box people tick in an app ("I agree to the
    Terms of Service, including receiving SMS messages ..."): the quote is that box's label."""
    quoted = ctx.inputs.documented_consents
    if not quoted:
        raise NotApplicable("no optin_forms")
    for consent in quoted:
        others = _bundled_with(consent.quote)
        if others:
            yield Hit(
                url=consent.url,
                evidence=consent.quote[:400],
                review=True,
                message=f"The consent box this page quotes (people tick it outside the "
                f"website) also covers {' and '.join(others)}.",
                fix="Give SMS consent its own unchecked box in the app; accept the terms "
                "and other agreements in separate boxes, and update the quote on this page.",
            )


@check(
    "optin.third_party_consent",
    severity=Severity.ERROR,
    ref="Opt-in data shared with third parties",
    title="Consent covers only the brand's own texts",
    message="The consent covers texts from partners or third parties, or says the number may be "
    "shared.",
    why="Opt-in consent cannot be transferred: only the business the person agreed to may text "
    "them, and the number must not be shared or sold.",
    fix="Remove partners / third parties from the consent and state that mobile numbers are not "
    "shared with third parties.",
    needs=("optin_forms",),
)
@says_where_found
def third_party_consent(ctx: AnalysisContext) -> Iterator[Hit]:
    for optin in ctx.inputs.optin_forms:
        fix = (
            'Remove the partners / third parties from the consent and add: "Mobile '
            "information will not be shared with third parties or affiliates for marketing "
            'or promotional purposes." The consent should read:\n'
            f"{compliant_disclosure(ctx, optin)}"
        )
        for found in optin.disclosure.elements.get("third_party", []):
            yield Hit(
                url=optin.url,
                selector=found.block.selector or optin.selector,
                evidence=found.sentence[:400],
                fix=fix,
                message=f"The consent text speaks of others texting or receiving the "
                f'number: "{found.text}".',
            )
            break
        else:
            # "... Partners" ending a proper name the site does not show as its own: the business
            # under another name, or another company
            for found in optin.disclosure.elements.get("third_party_name", []):
                yield Hit(
                    url=optin.url,
                    selector=found.block.selector or optin.selector,
                    evidence=found.sentence[:400],
                    fix=fix,
                    review=True,
                    message=f'The consent text names a company ending in "{found.text}" '
                    "that is not a name the business is known by here. If it is the "
                    "business's own name (give the campaign file), this is fine; if it "
                    "is another company, the consent covers a third party.",
                )
                break


# the consent calls its messages marketing as a whole: "(marketing texts)", "recurring automated
# marketing messages"
_ALL_MARKETING = re.compile(
    r"\b(?:marketing|promotional|promo)\s+(?:text\s+|sms\s+)?"
    r"(?:texts|messages|msgs|sms|alerts|notifications|offers)\b",
    re.IGNORECASE,
)


# the non-sharing promise names purposes of sharing, not kinds of texts: "will not be shared
# with third parties for marketing or promotional purposes"
_ABOUT_SHARING = re.compile(
    r"\b(?:shared?|sold|sell|rented|rent|disclosed|transferred|"
    r"passed|given)\b"
    r"[^.;]{0,80}\bfor\b[^.;]{0,40}\bpurposes?\b",
    re.IGNORECASE,
)


# a word for the messages themselves, the noun an "about" can qualify
_MESSAGE_NOUN = re.compile(
    r"\b(?:texts|messages|msgs|sms|alerts|notifications|offers)\b", re.IGNORECASE
)
_OWN = re.compile(r"\s*(?:my|your|their|his|her|the person'?s)\b", re.IGNORECASE)


def _promotions_about(text: str, at: int) -> bool:
    """Is what follows `at` (the words after an "about") what promotional texts are about?
    "recurring promotional texts from Acme about class openings": the nearest message noun
    before it in the clause is the promotional one, with no second kind coordinated between
    ("promotional texts and texts about my class" names two), and the subject is not the
    person's own ("about my booking")."""
    if _OWN.match(text, at):
        return False
    clause = re.split(r"[.;:!?]", text[:at])[-1]
    nouns = list(_MESSAGE_NOUN.finditer(clause))
    if not nouns or re.search(r",|&|\b(?:and|or|plus)\b", clause[nouns[-1].end() :]):
        return False
    return any(m.end() == nouns[-1].end() for m in _ALL_MARKETING.finditer(clause))


# what a promotional program's texts are, listed after it: "promotional texts from Acme:
# specials, event and trivia reminders", "marketing messages such as deals and tasting nights"
_LIST_OPENS = re.compile(
    r"(?:\s+from\s+[^,.;:!?]{1,60}?)?\s*(?::|,?\s+(?:such\s+as|like|including|incl\.)\s)",
    re.IGNORECASE,
)


def _promotional_lists(text: str) -> list[tuple[int, int]]:
    """Where the consent lists what its promotional texts are: from the colon, "such as",
    "like" or "including" after "promotional texts (from Acme)" to the end of the sentence.
    Every kind in that list is one of the promotional texts ("promotional texts from a bar:
    specials, event and trivia reminders": the trivia reminder is a promotion of the bar's),
    while "promotional texts and appointment reminders" names two kinds side by side."""
    spans = []
    for named in _ALL_MARKETING.finditer(text):
        opens = _LIST_OPENS.match(text, named.end())
        if opens:
            end = re.compile(r"[.;!?](?:\s|$)").search(text, opens.end())
            spans.append((opens.end(), end.start() if end else len(text)))
    return spans


def _in_promotional_list(text: str, match: PhraseMatch, spans: list[tuple[int, int]]) -> bool:
    """A kind inside such a list, unless it is the person's own matter ("your order",
    "reminders of your appointment")."""
    if not any(start <= match.start_char < end for start, end in spans):
        return False
    rest = text[match.end_char : match.end_char + 60]
    rest = re.split(r"[,;:.!?]|\s(?:and|or|&|plus)\s", rest)[0]
    phrase = _modifiers(text, match) + match.text + rest
    return not re.search(r"\b(?:my|your)\b", phrase, re.IGNORECASE)


# the person's own membership opening the list the texts are about: "texts about my
# membership, renewals, club events and newsletters"
_ABOUT_OWN_MEMBERSHIP = re.compile(
    r"\b(?:about|regarding|concerning)\s+(?:my|your)\s+(?:[\w-]+\s+)?membership\b"
    r"[^.;:!?]*$",
    re.IGNORECASE,
)


def _members_newsletter(text: str, match: PhraseMatch) -> bool:
    """A newsletter listed with the person's own membership as what the texts are about
    ("text messages from the Club about my membership, renewals, club events and
    newsletters") is the organization's news to its member, part of the membership the
    person holds: informational, not a promotion. Not when the consent calls its texts
    promotional, nor a newsletter beside offers or deals (their own words stay marketing)."""
    if not re.fullmatch(r"(?:[\w-]+\s+)?newsletters?", match.text.strip(), re.IGNORECASE):
        return False
    if _ALL_MARKETING.search(text):
        return False
    return bool(
        _ABOUT_OWN_MEMBERSHIP.search(text[max(0, match.start_char - 200) : match.start_char])
    )


# generic news of the shop's stock: what is back, new or dropping is what it sells ("restock
# alerts", "back-in-stock texts", "new arrivals", "sneaker drops"); not a "drop-off" reminder
_PRODUCT_NEWS = re.compile(
    r"\b(?:re-?stocks?|re-?stocking|back[\s-]+in[\s-]+stock|new[\s-]+arrivals?|drops|"
    r"drop\s+(?:alerts?|notifications?|texts?|news))\b",
    re.IGNORECASE,
)
# the form says its stock alerts are about the person's own pick: "when your saved items are
# back in stock", "when items you asked about are back", "when this size comes back"
_OWN_ITEM = re.compile(
    r"\b(?:your|my)\s+(?:saved|wanted|chosen|favou?rite|wish-?listed|requested|selected|"
    r"reserved)\s+(?:items?|products?|sizes?|titles?|books?|colou?rs?|pieces?|styles?)\b|"
    r"\b(?:items?|products?|sizes?|titles?|books?|styles?|pieces?)\s+(?:that\s+)?(?:you|i)\s+"
    r"(?:asked|requested|saved|want(?:ed)?|chose|picked|follow(?:ed)?|wish(?:ed)?)\b|"
    r"\b(?:this|that|the)\s+(?:item|product|size|colou?r|title|book|style|flavou?r|piece)\s+"
    r"(?:is|comes?)\s+back\b",
    re.IGNORECASE,
)


def stock_news_is_own(optin: OptInForm) -> bool:
    """Does the form say that its stock alerts are about what the person picked ("we'll text
    you when your saved items are back in stock")? Then a "restock alert" answers the person's
    own request, as "text me when this size is back" does, and is not promotion."""
    return any(_OWN_ITEM.search(block.text) for block in optin.form.texts)


def _kinds(text: str, own_items: bool = False) -> tuple[list[str], list[str]]:
    """Message types named in text, split into marketing and the rest (service/informational).

    A type about the person's own dealings (an order, an appointment, an account) is a service
    message; a promotional one is marketing. One that is neither ("restock notices", "event
    announcements") is informational, unless the consent calls all its texts marketing, as a
    shop's text club does: then it is part of that marketing program. What the texts are said
    to be "about" counts too ("calls and texts about my quote and pickup, plus special
    offers"). Generic news of the shop's stock ("restock alerts", "new arrivals", "drops")
    announces what it sells: marketing, unless the form says the alerts are about the person's
    own picks (`own_items`: "when your saved items are back in stock")."""
    marketing: list[str] = []
    other: list[str] = []
    all_marketing = bool(_ALL_MARKETING.search(text))
    promotional_lists = _promotional_lists(text)
    for match in vocabulary("disclosure").find(text):
        if (
            match.label != "message_types"
            or _negated(match)
            or _ABOUT_SHARING.search(match.sentence)
        ):
            continue
        labels = vocabulary("optin").labels_in(match.text)
        if not labels & {"marketing_content", "transactional_content"}:
            labels = vocabulary("optin").labels_in(_whole_subject(text, match))
        else:
            labels = _subject_kind(text, match) or labels
        about = re.search(r"\babout\s", match.text, re.IGNORECASE)
        if "marketing_content" in labels and (
            _the_persons_own_deal(text, match) or _members_newsletter(text, match)
        ):
            bucket = other
        elif _in_promotional_list(text, match, promotional_lists):
            bucket = marketing
        elif "marketing_content" in labels or (
            about and _promotions_about(text, match.start_char + about.end())
        ):
            bucket = marketing
        elif (
            "transactional_content" not in labels
            and not own_items
            and _PRODUCT_NEWS.search(_modifiers(text, match) + match.text)
        ):
            bucket = marketing
        elif "transactional_content" in labels or not all_marketing:
            bucket = other
        else:
            bucket = marketing
        if match.text.lower() not in {k.lower() for k in bucket}:
            bucket.append(match.text)
    if not other:
        other.extend(_service_subjects(text))
    return marketing, other


# words that say how a message comes, not what it is about: "reminders", "alerts", "updates"
_FORM_WORD = re.compile(
    r"(?:reminders?|alerts?|updates?|notifications?|notices?|messages?|texts?|confirmations?)",
    re.IGNORECASE,
)
# what a message is about, right after its form word: "reminders about book sales and events"
_ITS_SUBJECT = re.compile(
    r"\s+(?:about|regarding|concerning|of|for|on)\s+([^.;:!?]{1,100})", re.IGNORECASE
)
_KINDS = frozenset({"marketing_content", "transactional_content"})


_HEAD = re.compile(rf"(?:(?:text|sms|txt|mobile)\s+)?{_FORM_WORD.pattern}\b", re.IGNORECASE)
# what may follow the form word inside the phrase the vocabulary matched ("reminders about our")
_LINKING = re.compile(
    r"\b(?:about|regarding|concerning|of|for|on|re|my|your|our|the|this|these|each|any|"
    r"upcoming|an|a)\b",
    re.IGNORECASE,
)


def _subject_kind(text: str, match: PhraseMatch) -> set[str]:
    """The kind of "reminders about X" is X's: reminders of sales and events are promotion,
    reminders of an appointment are service. Empty when the phrase is more than a form word
    and its "about", or its subject is not of exactly one kind (then it keeps its own kind)."""
    head = _HEAD.match(match.text)
    if head is None or _LINKING.sub("", match.text[head.end() :]).strip():
        return set()
    subject = _ITS_SUBJECT.match(text, match.start_char + head.end())
    if subject is None:
        return set()
    kinds = vocabulary("optin").labels_in(subject.group(1)) & _KINDS
    return kinds if len(kinds) == 1 else set()


# one transaction, not a promotion: the singular "offer", "deal", "sale"
_ONE_DEAL = re.compile(r"(?:offer|deal|sale)", re.IGNORECASE)
# the person's own matter, then a list of its parts: "regarding my property inquiry, including
# requests for details, scheduling, and offer updates"
_OWN_MATTER_LIST = re.compile(
    r"\b(?:about|regarding|concerning|on|for)\s+(?:my|your)\s+[^.;:!?]{1,60}?,?\s+"
    r"(?:including|such as|like)\b[^.;:!?]*$",
    re.IGNORECASE,
)
_PROMOTIONAL_MODIFIER = re.compile(
    r"\b(?:special|exclusive|limited|great|best|new|our|promotional|seasonal|weekly|"
    r"daily|flash|holiday)\s+$",
    re.IGNORECASE,
)


def _the_persons_own_deal(text: str, match: PhraseMatch) -> bool:
    """ "Offer updates" among the parts of the person's own inquiry ("regarding my property
    inquiry, including ... scheduling, and offer updates"), or "your offer", "my sale": one
    transaction of the person's, the offer on their home, not a promotion. Plural kinds
    ("offers", "deals") and promoted ones ("a special offer") stay marketing."""
    if not _ONE_DEAL.fullmatch(match.text.strip()):
        return False
    before = text[max(0, match.start_char - 200) : match.start_char]
    if _PROMOTIONAL_MODIFIER.search(before):
        return False
    if re.search(r"\b(?:my|your)\s+$", before, re.IGNORECASE):
        return True
    return bool(_OWN_MATTER_LIST.search(before))


def _service_subjects(text: str) -> list[str]:
    """What the texts are said to be about, when it is the person's own dealings: "about my
    quote and pickup" (read to its first "and" or comma, so that "about deals on our services"
    stays a deal). What promotional texts are about is what they promote."""
    found: list[str] = []
    for subject in message_subjects(text):
        first = _SUBJECT_END.split(subject)[0].strip()
        at = text.find(subject)
        if at >= 0 and _promotions_about(text, at):
            continue
        labels = vocabulary("optin").labels_in(first)
        if "transactional_content" in labels and "marketing_content" not in labels:
            found.append(first)
    return found


# where the first thing a list of message kinds names ends: a comma, a coordinator, a clause
_SUBJECT_END = re.compile(r"[,;:.()!?]|\s(?:and|or|&|from|by|at|to)\s", re.IGNORECASE)


def _whole_subject(text: str, match: PhraseMatch) -> str:
    """An open-ended kind ("texts about new" of "texts about new arrivals, restocks and sales")
    is read with the rest of its noun phrase, up to the first comma or "and": the words after
    "about" say what the texts are, not the one the pattern stopped at."""
    rest = text[match.end_char : match.end_char + 80]
    end = _SUBJECT_END.search(rest)
    return _modifiers(text, match) + match.text + (rest[: end.start()] if end else rest)


def _modifiers(text: str, match: PhraseMatch) -> str:
    """The words right before a kind, back to a comma or coordinator: "new-room" says what
    "new-room announcements" are about."""
    before = text[max(0, match.start_char - 40) : match.start_char]
    starts = [m.end() for m in _SUBJECT_END.finditer(before)]
    return before[starts[-1] :] if starts else ""


def _negated(match: PhraseMatch) -> bool:
    """ "we will not send marketing messages" (or "non-marketing texts") names a type in order to
    exclude it."""
    return bool(
        re.search(
            rf"\b(not|never|no|nor|non)\b[^.;]{{0,40}}{re.escape(match.text)}",
            match.sentence,
            re.IGNORECASE,
        )
    )


# the consent says it carries no marketing at all: "non-marketing text messages", "No marketing
# of any kind will be sent", "never used for promotional messages" (but "not required to
# receive marketing texts" says something else: the negation must govern the marketing word)
_NO_MARKETING = re.compile(
    r"\b(?:no|not|never|non|nothing|without)\b[\s-]+"
    r"(?:(?!required|condition|unless|until|only)[\w'’]+[\s-]+){0,3}?"
    r"(?:marketing|promotional|promotions|advertising)\b",
    re.IGNORECASE,
)


def disclaims_marketing(text: str) -> bool:
    """Does the consent state that it sends no marketing? Then what it lists (a game's "pick
    invitations", a rental's "booking updates") is by the business's own word not promotional,
    whatever words it uses, and there is no marketing consent to separate."""
    return bool(_NO_MARKETING.search(text))


# what a paragraph states only when it is the disclosure of text messages
_TEXT_ONLY_ELEMENTS = ("rates", "stop")


# "texts and emails from Acme, including marketing messages": the consent's messages include
# marketing among others it does not name
_INCLUDING = re.compile(
    r"\b(?:including|includes?|incl\.|which\s+(?:may|can|will|could)\s+include|"
    r"as\s+well\s+as|in\s+addition\s+to|along\s+with)\s+"
    r"(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# what the texts besides marketing are called when the consent does not name them
UNNAMED_OTHERS = "texts other than marketing"


def _others_included(text: str, marketing: list[str]) -> bool:
    """ "I agree to receive texts from Acme, including marketing messages": marketing is named
    as a part of what the consent covers, so the rest (what the form itself is for: a quote,
    a booking) is covered too. Not when the whole is marketing already ("promotional texts,
    including flash sales"; "promotional messages from Acme. This includes new flavors and
    deals")."""
    for kind in marketing:
        at = text.lower().find(kind.lower())
        if at < 0:
            continue
        sentence_start = max(text.rfind(mark, 0, at) for mark in ".!?") + 1
        before = text[sentence_start:at]
        marker = _INCLUDING.search(before)
        # the whole named before the marker, this sentence or an earlier one ("promotional
        # messages … This includes deals and codes"), must not be marketing already
        if marker and not _kinds(text[: sentence_start + marker.start()])[0]:
            return True
    return False


def _consent_kinds(text: str, own_items: bool = False) -> tuple[list[str], list[str]]:
    """The kinds one consent names; "texts from Acme, including marketing messages" covers
    what the form itself is for besides the marketing."""
    marketing, other = _kinds(text, own_items)
    if marketing and not other and _others_included(text, marketing):
        other = [UNNAMED_OTHERS]
    return marketing, other


def without_own_name(text: str, brand: BrandNames | None) -> str:
    """The text with the business's own name put as "the business": a name is no kind of
    message ("Summitview Auto Sales may text me about my test drive" names no sales)."""
    if brand is None:
        return text
    for variant in sorted(brand.variants(), key=len, reverse=True):
        words = re.findall(r"\S+", variant)
        if len(words) < 2:
            continue  # one word is a name only where it is written as one; leave it
        spaced = r"\s+".join(map(re.escape, words))
        text = re.sub(rf"(?<![\w&]){spaced}(?![\w])", "the business", text, flags=re.IGNORECASE)
    return text


# a few words before a colon that open a consent: the program's title ("Turn on shipment
# alerts:", "Stock alerts -"), not a sentence of its own
_TITLE = re.compile(r"^\s*((?:[\w'’&/-]+\s+){0,5}[\w'’&/-]+)\s*(?::|\s[-–—]\s)\s*")
_AGREEING = re.compile(r"\b(?:agree|consent|accept|authori[sz]e)", re.IGNORECASE)


def _without_title(text: str) -> str:
    """A consent opened by its program's title ("Turn on shipment alerts: I agree to receive
    marketing texts about new livestock shipments") says after the title what the messages
    are: when it calls them all marketing, the title is that marketing program's name, not a
    second kind. Kept when the title names more than one thing ("Order updates & deals:") or
    the sentence after it does not call its texts marketing as a whole."""
    title = _TITLE.match(text)
    if (
        title is None
        or _AGREEING.search(title.group(1))
        or re.search(r"&|\band\b|\bplus\b", title.group(1), re.IGNORECASE)
    ):
        return text
    rest = text[title.end() :]
    return rest if _ALL_MARKETING.search(rest) else text


def covered_types(
    optin: OptInForm, brand: BrandNames | None = None
) -> tuple[str, list[str], list[str]]:
    """What the one SMS consent covers: the types its own words name, else the types the
    program description next to it names in a sentence about texts."""
    texts = [t for t, _ in consent_texts(optin)]
    own_items = stock_news_is_own(optin)
    marketing, other = _consent_kinds(
        without_own_name(" ".join(_without_title(t) for t in texts), brand), own_items
    )
    if marketing or other:
        return " ".join(texts), marketing, other
    elements = optin.disclosure.elements
    sms_sentences = {f.sentence for f in elements.get("sms_channel", [])}
    # the disclosure paragraph under the box ("Acme will text reminders and deals ... Msg &
    # data rates may apply. Reply STOP"): a block that states what only a text disclosure
    # states says in its sentences what the texts are, whatever verb it uses
    sms_blocks = {id(f.block) for label in _TEXT_ONLY_ELEMENTS for f in elements.get(label, [])}
    sms_sentences |= {
        f.sentence for f in elements.get("message_types", []) if id(f.block) in sms_blocks
    }
    about = " ".join(
        s
        for s in sorted(sms_sentences)
        if vocabulary("disclosure").first(s, "message_types") is not None
    )
    marketing, other = _kinds(without_own_name(about, brand), own_items)
    return about, marketing, other


def lists_chosen_apart(optin: OptInForm) -> bool:
    """A form whose radio buttons pick one list ("( ) My classes: reminders and room changes
    / ( ) Offers: discounts and open houses") takes one list per sign-up: the one consent box
    agrees to the list picked, so marketing is chosen apart from service texts. It takes
    options of one radio group, one naming only service texts and another only marketing."""
    groups: dict[str, list[str]] = {}
    for control in optin.form.controls:
        if control.type == "radio" and control.name and control.label:
            groups.setdefault(control.name, []).append(control.label)
    for labels in groups.values():
        kinds = [_kinds(label) for label in labels]
        if any(m and not o for m, o in kinds) and any(o and not m for m, o in kinds):
            return True
    return False


@check(
    "optin.marketing_not_separate",
    severity=Severity.WARNING,
    ref="Marketing consent not separated",
    title="Marketing texts have their own consent",
    message="Marketing texts and transactional texts share one consent.",
    why="Some reviewers require marketing consent apart from service messages, so that a person "
    "can get appointment or order texts without promotions.",
    fix="Use two unchecked boxes: one for service texts, one for marketing texts.",
    needs=("snapshot",),
)
@says_where_found
def marketing_not_separate(ctx: AnalysisContext) -> Iterator[Hit]:
    if not ctx.inputs.optin_forms:
        yield from _statement_not_separate(ctx)
        return
    for optin in ctx.inputs.optin_forms:
        if len(optin.consent_controls) > 1 or lists_chosen_apart(optin):
            continue  # separate boxes, or one list picked at a time
        text, marketing, other = covered_types(optin, ctx.inputs.brand_names)
        if marketing and other and not disclaims_marketing(text):
            texts = consent_texts(optin)
            yield Hit(
                url=optin.url,
                selector=texts[0][1] if texts else optin.selector,
                evidence=text[:400],  # the words that name both kinds
                message=f"One consent covers marketing ({', '.join(marketing[:3])}) and "
                f"service messages ({', '.join(other[:3])}).",
                fix='Offer two separate, unchecked boxes: "Service texts: I agree to '
                "receive " + ", ".join(other[:3]) + " from " + brand_name(ctx) + '..." '
                'and "Marketing texts: I agree to receive '
                + ", ".join(marketing[:3])
                + " from "
                + brand_name(ctx)
                + '...", each with the full disclosure.',
            )


# "By submitting this form or texting us at ..., you agree to receive ...": the action that
# gives consent, named in the consent sentence itself
_BY_ACTION = re.compile(
    r"\bby (?:submitting|texting|providing|entering|completing|sending|signing up|"
    r"clicking|tapping|opting in)\b",
    re.IGNORECASE,
)
_POLICY_ROLES = frozenset({"privacy", "terms", "sms_terms"})


def consent_statements(text: str) -> list[str]:
    """Sentences that say doing something (submitting a form, texting a number) is agreeing to
    receive texts: the consent a person gives there, whatever form carries it."""
    found: list[str] = []
    for match in vocabulary("optin").find(text):
        sentence = match.sentence.strip()
        if (
            match.label in ("consent", "consent_verb")
            and sentence not in found
            and _BY_ACTION.search(sentence)
            and "sms_channel" in vocabulary("optin").labels_in(sentence)
        ):
            found.append(sentence)
    return found


def _statement_not_separate(ctx: AnalysisContext) -> Iterator[Hit]:
    """No opt-in form was read (a hosted form that did not load, a frame prevet could not
    open), but a page outside the policies states the consent its form or keyword gives: "by
    submitting this form you agree to receive account notices and marketing texts" is one
    consent to both kinds, whatever boxes the unseen form has."""
    judged = False
    for page in ctx.snapshot.pages:
        if page.status >= 400 or set(page.roles) & _POLICY_ROLES:
            continue
        for sentence in consent_statements(page.text[:50000]):
            judged = True
            marketing, other = _consent_kinds(without_own_name(sentence, ctx.inputs.brand_names))
            if marketing and other and not disclaims_marketing(sentence):
                yield Hit(
                    url=page.final_url or page.url,
                    evidence=sentence[:400],
                    message=f"The consent stated on this page covers marketing "
                    f"({', '.join(marketing[:3])}) and service messages "
                    f"({', '.join(other[:3])}) in one agreement (no opt-in form was read here: "
                    "the sentence itself says what submitting agrees to).",
                )
                return
    if not judged:
        raise NotApplicable("no opt-in form and no consent statement outside the policies")
