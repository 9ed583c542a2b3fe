"""TCR use case names, and what a message or description sentence looks like (by use case).

The campaign file names use cases as the registration portal does ("Account Notification",
"2FA", "Low Volume Mixed"); users write them loosely ("account notifications", "two factor").
`canonical_use_case` maps those spellings onto the TCR names. Texts are classified with the
labelled patterns of ``analyzers/vocab/use_cases.yaml``; `accepted_labels` says which labels a
declared use case covers, so a sample that only looks like a one-time passcode does not fit a
Charity campaign, and a Mixed campaign accepts most kinds of message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from analyzers.campaign.phrases import PhraseMatch, phrasebook, sentences

MARKETING = "Marketing"
TWO_FA = "2FA"
ACCOUNT = "Account Notification"
CUSTOMER_CARE = "Customer Care"
DELIVERY = "Delivery Notification"
FRAUD = "Fraud Alert Messaging"
SECURITY = "Security Alert"
CHARITY = "Charity"
POLITICAL = "Political"
POLLING = "Polling and Voting"
HIGHER_ED = "Higher Education"
K12 = "K-12 Education"
PSA = "Public Service Announcement"
EMERGENCY = "Emergency"
MIXED = "Mixed"
LOW_VOLUME_MIXED = "Low Volume Mixed"
SWEEPSTAKES = "Sweepstakes"

# every kind of message an ordinary business sends (not donations, politics or lending)
_BUSINESS = frozenset(
    {
        "marketing",
        "otp",
        "account_notification",
        "customer_care",
        "delivery",
        "fraud_alert",
        "polling",
    }
)

ACCEPTED_LABELS: dict[str, frozenset[str]] = {
    MARKETING: frozenset({"marketing", "polling"}),
    TWO_FA: frozenset({"otp"}),
    ACCOUNT: frozenset({"account_notification", "delivery", "fraud_alert", "customer_care"}),
    CUSTOMER_CARE: frozenset({"customer_care", "account_notification", "delivery", "polling"}),
    DELIVERY: frozenset({"delivery", "account_notification", "customer_care"}),
    FRAUD: frozenset({"fraud_alert", "account_notification"}),
    SECURITY: frozenset({"fraud_alert", "account_notification", "otp"}),
    CHARITY: frozenset({"charity", "account_notification", "customer_care"}),
    POLITICAL: frozenset({"political", "charity", "polling"}),
    POLLING: frozenset({"polling"}),
    HIGHER_ED: _BUSINESS | {"charity"},
    K12: _BUSINESS - {"otp"},
    PSA: frozenset({"account_notification", "customer_care", "polling", "delivery"}),
    EMERGENCY: frozenset({"account_notification", "fraud_alert", "delivery", "customer_care"}),
    MIXED: _BUSINESS,
    LOW_VOLUME_MIXED: _BUSINESS,
    SWEEPSTAKES: frozenset({"marketing", "polling"}),
    "Agents and Franchises": _BUSINESS,
    "Sole Proprietor": _BUSINESS,
    "Social": _BUSINESS,
    "Proxy": _BUSINESS,
    "Carrier Exemptions": _BUSINESS,
    "Platform Free Trial": _BUSINESS,
    "UCaaS Low Volume": _BUSINESS,
    "UCaaS High Volume": _BUSINESS,
    "Machine to Machine": frozenset({"account_notification", "otp", "delivery"}),
}

# Use cases that cover several kinds of message: no single sample has to fit each one.
BROAD_USE_CASES = frozenset(
    {
        MIXED,
        LOW_VOLUME_MIXED,
        HIGHER_ED,
        K12,
        "Agents and Franchises",
        "Sole Proprietor",
        "Social",
        "Proxy",
        "Carrier Exemptions",
        "Platform Free Trial",
        "UCaaS Low Volume",
        "UCaaS High Volume",
    }
)

# loose spellings users write -> the TCR name (keys are squashed: lower-case letters/digits)
_ALIASES: dict[str, str] = {
    "promotional": MARKETING,
    "promotions": MARKETING,
    "promotion": MARKETING,
    "twofactorauthentication": TWO_FA,
    "twofa": TWO_FA,
    "otp": TWO_FA,
    "onetimepasscode": TWO_FA,
    "onetimepassword": TWO_FA,
    "mfa": TWO_FA,
    "accountnotifications": ACCOUNT,
    "deliverynotifications": DELIVERY,
    "delivery": DELIVERY,
    "fraudalert": FRAUD,
    "fraudalerts": FRAUD,
    "fraud": FRAUD,
    "securityalerts": SECURITY,
    "polling": POLLING,
    "pollingvoting": POLLING,
    "voting": POLLING,
    "psa": PSA,
    "publicservice": PSA,
    "k12": K12,
    "education": HIGHER_ED,
    "lowvolume": LOW_VOLUME_MIXED,
    "customerservice": CUSTOMER_CARE,
    "customersupport": CUSTOMER_CARE,
    "donations": CHARITY,
    "m2m": "Machine to Machine",
    "agentsfranchises": "Agents and Franchises",
    "ucaaslow": "UCaaS Low Volume",
    "ucaashigh": "UCaaS High Volume",
}


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower().replace("&", "and"))


_BY_SQUASHED = {_squash(name): name for name in ACCEPTED_LABELS} | _ALIASES


def canonical_use_case(name: str) -> str | None:
    """The TCR name for a loosely written use case, or None when it is not one."""
    squashed = _squash(name)
    return _BY_SQUASHED.get(squashed) or _BY_SQUASHED.get(squashed.removesuffix("s"))


def known_use_case_names() -> list[str]:
    return list(ACCEPTED_LABELS)


def suggest_use_case(name: str) -> str | None:
    """The TCR name a misspelled use case most likely meant ("Acount Notification")."""
    import difflib

    squashed = _squash(name)
    close = difflib.get_close_matches(squashed, list(_BY_SQUASHED), n=1, cutoff=0.6)
    return _BY_SQUASHED[close[0]] if close else None


# Mixed and Low Volume Mixed campaigns list the kinds of message they combine (TCR: 2 to 5)
MIXED_USE_CASES = (MIXED, LOW_VOLUME_MIXED)
MIXED_SUB_CASES_MIN, MIXED_SUB_CASES_MAX = 2, 5


def combined_use_cases(use_cases: Iterable[str], sub_use_cases: Iterable[str]) -> list[str]:
    """The use cases a campaign's messages must fit. A Mixed (or Low Volume Mixed) campaign
    that lists its sub use cases combines those kinds and no others: "Mixed" with
    sub_use_cases [Customer Care, Account Notification] declares no marketing, though a Mixed
    campaign whose kinds are not listed may carry any business message."""
    subs = [name for name in sub_use_cases if name not in MIXED_USE_CASES]
    if not subs:
        return [*use_cases, *sub_use_cases]
    return [name for name in use_cases if name not in MIXED_USE_CASES] + subs


def accepted_labels(use_cases: Iterable[str]) -> frozenset[str]:
    labels: set[str] = set()
    for name in use_cases:
        labels |= ACCEPTED_LABELS.get(name, frozenset())
    return frozenset(labels)


# the use case to register a kind of message under, when the declared ones do not cover it
USE_CASE_FOR_LABEL: dict[str, str] = {
    "marketing": MARKETING,
    "otp": TWO_FA,
    "account_notification": ACCOUNT,
    "customer_care": CUSTOMER_CARE,
    "delivery": DELIVERY,
    "fraud_alert": FRAUD,
    "charity": CHARITY,
    "political": POLITICAL,
    "polling": POLLING,
}


def declares_marketing(use_cases: Iterable[str]) -> bool:
    return "marketing" in accepted_labels(use_cases)


@dataclass(frozen=True)
class Classification:
    """What one text looks like: its labels, with the phrase that gave each one away."""

    text: str
    matches: tuple[PhraseMatch, ...]

    @property
    def labels(self) -> set[str]:
        return {m.label for m in self.matches}

    def evidence(self, label: str) -> PhraseMatch | None:
        return next((m for m in self.matches if m.label == label), None)

    def describe(self, labels: Iterable[str] | None = None) -> str:
        """ "looks like marketing ("20% off")" for the named (or all) labels."""
        wanted = sorted(set(labels) if labels is not None else self.labels)
        parts = []
        for label in wanted:
            match = self.evidence(label)
            if match:
                parts.append(f'{label_name(label)} ("{match.text}")')
        return ", ".join(parts)


# A phrase that names a form or page ("our free trial form", "the free consultation page")
# says where people sign up, not what the texts say: a martial-arts school that books trial
# classes on its "free trial form" and texts class reminders sends no marketing.
_NAMES_A_PLACE = re.compile(
    r"\s*(?:sign[- ]?up\s+|request\s+|booking\s+)?"
    r"(?:form|forms|page|webpage|landing page)\b",
    re.IGNORECASE,
)


def _names_a_place(text: str, match: PhraseMatch) -> bool:
    return match.label == "marketing" and bool(_NAMES_A_PLACE.match(text, match.end_char))


# A phrase that names what the recipients booked, in the relative clause that says who they are
# ("texts nonprofit staff who booked a free consultation call", "customers who requested a free
# estimate") says whom the texts go to, not what they carry; "texts about our free consultation
# offers" is what they carry, and so are deals someone "signed up for".
_BOOKED_BY_RECIPIENT = re.compile(
    r"\b(?:who|that)\s+(?:have\s+|had\s+|just\s+)?(?:booked|requested|scheduled|reserved)\s+"
    r"(?:a|an|the|their|your)?\s*$",
    re.IGNORECASE,
)


# a button or link named in quotation marks, after the verb that presses it or before the word
# for it: 'Customers click "Book now"', 'tap the "Shop now" button'
_PRESSED = re.compile(
    r"\b(?:click|clicks|clicking|clicked|tap|taps|tapping|tapped|press|presses|pressing|"
    r"pressed|select|selects|selecting|hit|hits|choose|chooses)\s+(?:on\s+)?(?:the\s+)?"
    r"[\"\u201c\u2018']\s*$",
    re.IGNORECASE,
)
_CONTROL_AFTER = re.compile(
    r"\s*[\"\u201d\u2019']\s*(?:button|link|tab|option|menu item)\b", re.IGNORECASE
)


def _names_a_button(text: str, match: PhraseMatch) -> bool:
    """Is a marketing phrase the quoted name of a button or link a person clicks (blind round
    36, a locksmith's message flow: 'Customers click "Book now" on the website, choose a
    service ...')? The quotes set the words apart as the control's label; the flow says how
    a person reaches the form, not what the texts carry. Only the whole quoted label: "we text
    you 'Book now' deals" and "click here for our Book now specials" are what is sent."""
    if match.label != "marketing":
        return False
    before = text[max(0, match.start_char - 40) : match.start_char]
    closed = re.match(r"[\"\u201d\u2019']", text[match.end_char : match.end_char + 1])
    if closed and _PRESSED.search(before):
        return True  # 'click "Book now"'
    opened = re.search(r"[\"\u201c\u2018']\s*$", before)
    return bool(opened and _CONTROL_AFTER.match(text, match.end_char))  # '"Shop now" button'


def _booked_by_recipient(text: str, match: PhraseMatch) -> bool:
    before = text[max(0, match.start_char - 60) : match.start_char]
    return match.label == "marketing" and bool(_BOOKED_BY_RECIPIENT.search(before))


# A political word can be part of a place's name: a street ("Congress Ave", "1200 Senate St"),
# an intersection ("parked at 6th & Congress", "corner of Congress and 2nd"), a square or a
# neighbourhood ("Senate Square", "Capitol Hill"). There it is capitalized as a name and either
# followed by the kind of place, or joined to a numbered street / preceded by "corner of". "Run
# for Congress", "the 118th Congress", "Governor Ruiz" stay political.
_PLACE_KIND = (
    r"Ave|Avenue|St|Street|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Hwy|"
    r"Highway|Hill|Heights|Square|Sq|Plaza|Park|Bridge|Circle|Ct|Court|Pl|Place|Trail|Terrace|"
    r"Station|Center|Centre|Mall|Market|Building|Bldg"
)
_NUMBERED_STREET = r"\d+(?:st|nd|rd|th)\b(?:\s+(?:" + _PLACE_KIND + r")\b\.?)?"
_PLACE_AFTER = re.compile(rf"\s+(?:{_PLACE_KIND})\b|\s*(?:&|\band\b|/|@)\s*{_NUMBERED_STREET}")
_PLACE_BEFORE = re.compile(
    rf"(?:{_NUMBERED_STREET}\s*(?:&|\band\b|/|@)|\bcorner\s+of)\s*$", re.IGNORECASE
)


def _names_a_street(text: str, match: PhraseMatch) -> bool:
    """Whether a political match is a place's name: "We're parked at 6th & Congress today"
    is a food truck's location, "Send Dana Ruiz to Congress" is an election."""
    if match.label != "political":
        return False
    words = match.text.split()
    if not words or not all(word[:1].isupper() for word in words):
        return False  # "congress" in lower case is the institution, never a street name
    return bool(
        _PLACE_AFTER.match(text, match.end_char) or _PLACE_BEFORE.search(text, 0, match.start_char)
    )


# An organization's own election: a homeowners' association, club, co-op or union voting for
# its board or officers ("ballots for the [year] board election", "cast a ballot for the
# association's annual board election", "election of officers"). Political messaging is about
# public office and ballot measures; a member organization electing its own board is polling
# and voting. The body elected must be named in the election's own clause, and the clause must
# name no public body or public election: "the school board election", "election of the Board
# of Education", "board of supervisors", "the primary ballot" stay political.
_OWN_BODY = (
    r"board|boards|directors?|officers?|hoa|poa|homeowners?|association|associations|club|"
    r"co-?op|cooperative|condo|union|chapter|shareholders?|stockholders?|members?|membership"
)
_PUBLIC_BODY = re.compile(
    r"\b(?:school|schools|county|city|state|states|district|municipal|town|township|village|"
    r"borough|education|supervisors|commissioners?|aldermen|selectmen|regents|trustees?|water|"
    r"utility|hospital|library|transit|fire|port|public|federal|national|presidential|"
    r"congressional|primary|primaries|general|midterms?|special|runoff|mayor|mayoral|"
    r"governor|senate|congress|council|candidates?|measure|proposition|referendum|bond|levy)\b",
    re.IGNORECASE,
)
_ELECTION_WORD = r"elections?|ballots?|vote|voting"
# the body before the election word, at most two words between: "the association's annual
# board ", "HOA ", "board of directors election "
_OWN_BODY_BEFORE = re.compile(
    rf"\b(?:{_OWN_BODY})(?:['\u2019]s?)?\s+(?:of\s+directors\s+)?"
    r"(?:[\w\[\]'\u2019-]+\s+){0,2}$",
    re.IGNORECASE,
)
# the body after it: " of officers", " for the [year] board", " for the new board"
_OWN_BODY_AFTER = re.compile(
    r"\s+(?:of|for)\s+(?:(?:the|our|its|your|new|next)\s+){0,2}(?:[\w\[\]-]+\s+)?"
    rf"(?:{_OWN_BODY})\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:!?()\n]|\.(?=\s|$)")


def _elects_own_body(text: str, match: PhraseMatch) -> bool:
    """Is a political match an election word for an organization's own board or officers
    (blind round 38, a homeowners' association's polling campaign: "ballots for the [year]
    board election close [date]")? The election word and the body it elects stand in one
    clause, and that clause names no public office, body or election. A body before a verb
    votes, it is not voted for: "members vote for Dana Ruiz" stays political."""
    if match.label != "political" or not re.fullmatch(
        _ELECTION_WORD, match.text.lower().split()[0]
    ):
        return False
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, match.start_char)]
    start = starts[-1] if starts else 0
    stop = _CLAUSE_BREAK.search(text, match.end_char)
    clause = text[start : stop.start() if stop else len(text)]
    if _PUBLIC_BODY.search(clause):
        return False
    word = match.text.split()[0]  # "vote for" is matched with its preposition
    at, end = match.start_char - start, match.start_char - start + len(word)
    # a body before a noun modifies it ("board election"); before the verb it is the voter
    # ("members vote for Dana Ruiz"), so "vote" needs the body it is for after it
    noun = word.lower().startswith(("election", "ballot"))
    before = noun and _OWN_BODY_BEFORE.search(clause, 0, at)
    return bool(before or _OWN_BODY_AFTER.match(clause, end))


# A donation ask in a text often names no donation at all: "$25 puts 50 meals on tables. Give at
# hope.org/give." The ask is a giving verb used as an imperative (first word of its sentence,
# or after "please") whose object is where or how much to give: a link, or an amount. "Give us
# a call at ...", "give feedback at ...", "give at least 24 hours' notice" have another object.
# A money amount next to a link whose path names giving is the same ask written as a link.
_URL = r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s]*[^\s.,;:!?)])?"
_AMOUNT = r"\$\s?\d[\d,.]*"
# The imperative may first name what the gift is for: "Give toward next month's groceries at
# hope.org/give", "Donate to our pantry fund: hope.org/pantry". "Toward" always names a cause;
# "to" / "for" only with the sender's own cause ("our"): "Give to someone special at
# acme.com/gifts" is a shop's gift idea, "Contribute to your HSA at bank.com" is saving.
_GIVING_PURPOSE = r"(?:(?:towards?|(?:to|for)\s+our\b)[^.!?:]{1,60}?[\s,:]+)?"
_GIVING_IMPERATIVE = re.compile(
    rf"(?:please\s+)?(?:give|donate|contribute|chip\s+in)\b[\s,:]*{_GIVING_PURPOSE}"
    rf"(?:(?:at|via|through|here|online|now|today)\b[\s:]*)?(?:{_AMOUNT}|{_URL})",
    re.IGNORECASE,
)
_GIVING_LINK = re.compile(
    r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}/(?:[^\s]*/)?"
    r"(?:give|giving|donate|donations?)(?=[/?#.,;:!)\s]|$)",
    re.IGNORECASE,
)
_LEADING_BRAND = re.compile(r"^[^:.!?]{1,60}:\s+")

# A donation receipt is a donation message too: "We received your gift of $[amount]", "Thank
# you for your generous gift!". The gift is one the sender received (thanked for, received, an
# amount given), not a gift the reader buys: "your gift card", "a gift box", "gift order".
_GIFT_THINGS = (
    r"card|cards|certificate|certificates|box|boxes|basket|baskets|set|sets|wrap|wrapping|"
    r"order|orders|purchase|purchases|registry|shop|item|items|bag|bags|voucher|vouchers"
)
_GIFT_RECEIVED = re.compile(
    r"\b(?:(?:thank\s+you|thanks)\s+for|(?:we\s+)?(?:have\s+)?received|receipt\s+for)\s+"
    rf"your\s+(?:[a-z-]+\s+){{0,2}}?gifts?\b(?!\s+(?:{_GIFT_THINGS})\b)"
    r"|\b(?:your|a)\s+(?:[a-z-]+\s+)?gift\s+of\s+\$\s?[\d\[]",
    re.IGNORECASE,
)


def _giving_asks(text: str) -> list[PhraseMatch]:
    """Donation asks and receipts the phrase vocabulary cannot spell: "Give at hope.org/give",
    "Give toward groceries at hope.org/give", "Chip in $5", "$25 feeds a family:
    hope.org/donate", "We received your gift of $[amount]". Not "Give us a call", "give
    feedback", "gift card", "Thanks for your gift card order"."""
    found = []
    has_amount = re.search(_AMOUNT, text) is not None
    for offset, sentence in sentences(text):
        start = _LEADING_BRAND.match(sentence)
        at = start.end() if start else 0
        ask = _GIVING_IMPERATIVE.match(sentence, at)
        if ask is None and has_amount:
            ask = _GIVING_LINK.search(sentence)
        if ask is None:
            ask = _GIFT_RECEIVED.search(sentence)
        if ask is not None:
            found.append(
                PhraseMatch(
                    "charity", ask.group(), offset + ask.start(), offset + ask.end(), sentence
                )
            )
    return found


def classify(text: str, labels: set[str] | None = None) -> Classification:
    matches = phrasebook("use_cases").find(text, labels)
    if (labels is None or "charity" in labels) and not any(m.label == "charity" for m in matches):
        matches = [*matches, *_giving_asks(text)]
    return Classification(
        text,
        tuple(
            m
            for m in matches
            if not _names_a_place(text, m)
            and not _names_a_street(text, m)
            and not _elects_own_body(text, m)
            and not _booked_by_recipient(text, m)
            and not _names_a_button(text, m)
        ),
    )


def label_name(label: str) -> str:
    return phrasebook("use_cases").descriptions.get(label, label)
