"""Promotions named as what the texts carry, in a campaign's description or message flow.

The marketing vocabulary (analyzers/vocab/use_cases.yaml) knows the set phrases of an offer
("weekly deals", "20% off"); a business describing its program names the promotions in its own
words: "billing alerts, card-expiring notices, and our weekly wash deals", "I agree to receive
appointment reminders and seasonal spa offers". A reviewer reads any such noun phrase as
promotional content once the sentence says it is sent.

Read from the sentence's structure, without a tagger:
- the promotional word is a plural noun ending its noun phrase (followed by punctuation, "and",
  "or", or a preposition: "deals from", "offers on"), so the verbs "offers a membership" and
  "deals with your account" are not it, nor a modifier ("sales team");
- the sentence says, before it, that something is sent: a sending verb ("send", "receive",
  "get", "include") or a message noun ("texts", "alerts", "messages");
- no negation governs it in its clause ("we do not send deals", "no promotions", "never
  offers"); a clause break ("but", "except", ";") ends a negation's reach, and a negation of
  consent ("not required", "not a condition of purchase") governs nothing sent;
- promotions sent by another channel ("separate from our email offers") and sales that are the
  recipient's transactions ("your sales", "pending home sales") are not what the texts carry.
"""

from __future__ import annotations

from analyzers.campaign.phrases import PhraseMatch, sentences, split_negations, tokenize

# the things a promotional text carries, as plural nouns
_PROMOTIONS = frozenset(
    {"deals", "offers", "discounts", "coupons", "promotions", "promos", "specials", "sales"}
)
# what may follow the head of a noun phrase: "deals, ", "offers and", "discounts from"
_PHRASE_END = frozenset(
    {"and", "or", "&", "from", "for", "on", "at", "via", "by", "through", "when", "each", "every"}
)
_PUNCTUATION = frozenset(",.;:!?)(/\"'-")
# "sales and service", "sales & marketing": "sales" before a conjunction names a department
_COORDINATED_DEPARTMENT = frozenset({"sales"})
# a sentence that says something is sent: a sending verb or a message noun before the phrase
_SENT = frozenset(
    """
    send sends sent sending receive receives receiving received get gets getting include
    includes including deliver delivers feature features announce announces share shares
    text texts texting message messages msg msgs sms alerts alert notifications updates
    reminders notices
    """.split()
)
_NEGATIONS = frozenset({"no", "not", "never", "without", "nor", "none", "n't", "zero"})
# where a negation's reach ends: a new clause, or an exception to it
_CLAUSE_BREAKS = frozenset(
    {";", "but", "except", "however", "although", "though", "whereas", "instead", "rather"}
)
# a negation of consent, not of what is sent: "not required", "not a condition of purchase"
_CONSENT_NEGATED = frozenset({"required", "a", "necessary", "needed", "mandatory", "obligated"})


def promotions_sent(text: str) -> PhraseMatch | None:
    """The first promotional noun phrase the text says is sent ("our weekly wash deals"), or
    None. "We do not send deals", "no promotions", "deal with your account" and "offers a
    membership" are not."""
    for offset, sentence in sentences(text):
        tokens = split_negations(tokenize(sentence))
        words = [token.lower() for token, _start, _end in tokens]
        for index, word in enumerate(words):
            if word not in _PROMOTIONS or not _ends_phrase(words, index):
                continue
            if not _SENT & set(words[:index]) or _negated(words, index):
                continue
            modifiers = words[_phrase_start(words, index) : index]
            if _ANOTHER_CHANNEL & set(modifiers) or _not_promotions(words, index):
                continue
            start = tokens[_phrase_start(words, index)][1]
            end = tokens[index][2]
            return PhraseMatch(
                "marketing", sentence[start:end], offset + start, offset + end, sentence
            )
    return None


# where the words before the noun stop modifying it: "our weekly wash deals" -> "weekly wash"
_PHRASE_START = (
    _SENT | _NEGATIONS | {"and", "or", "plus", "about", "with", "of", "to", "the", "a", "an"}
)
_PHRASE_START |= {"our", "your", "their", "its", "my", "any", "all", "some", "occasional"}
_PHRASE_START |= {"me", "us", "you", "them"}


def _phrase_start(words: list[str], index: int) -> int:
    """Where the noun's modifiers start: at most two words, hyphened ones as one ("weekly-ish
    deals"), no punctuation, determiner or pronoun."""
    start, modifiers = index, 0
    while start > 0 and modifiers < 2:
        if start > 2 and words[start - 1] == "-" and words[start - 2][:1].isalnum():
            start -= 2
        word = words[start - 1]
        if word in _PHRASE_START or not word[:1].isalnum():
            break
        start, modifiers = start - 1, modifiers + 1
    return start


# a modifier that sends the promotions by another channel: "separate from our email offers"
_ANOTHER_CHANNEL = frozenset({"email", "e", "mail", "mailed", "postal", "newsletter", "in"})
# "sales" that are transactions, not events held to sell: "your sales", "pending home sales"
_TRANSACTIONS = frozenset({"your", "pending", "closed", "recent", "home", "property", "ticket"})


# "offers" of work made to a worker: a staffing agency's "shift offers", "job offers"
_WORK_OFFERED = frozenset(
    "shift shifts job jobs work employment position positions assignment assignments "
    "placement placements gig gigs interview interviews contract contracts".split()
)


def _not_promotions(words: list[str], index: int) -> bool:
    """ "sales" counted or closed ("alerts about your sales", "pending home sales") are the
    recipient's transactions; the sales a business holds are "our sales", "weekend sales".
    "Offers" of work ("shift offers from our client employers", "job offers", blind round 36,
    a staffing agency) are offers made to a worker to take on, not prices offered to a buyer."""
    before = words[index - 1] if index > 0 else ""
    if words[index] == "offers" and before in _WORK_OFFERED:
        return True
    return words[index] == "sales" and before in _TRANSACTIONS


def _ends_phrase(words: list[str], index: int) -> bool:
    if index + 1 == len(words):
        return True
    after = words[index + 1]
    if words[index] in _COORDINATED_DEPARTMENT and after in {"and", "or", "&", "/"}:
        return False
    return after in _PUNCTUATION or after in _PHRASE_END


def _negated(words: list[str], index: int) -> bool:
    """A negation in the phrase's clause, before it, that is not a negation of consent."""
    for at in range(index - 1, -1, -1):
        word = words[at]
        if word in _CLAUSE_BREAKS:
            return False
        if word in _NEGATIONS:
            following = words[at + 1] if at + 1 < len(words) else ""
            if following not in _CONSENT_NEGATED:
                return True
    return False
