"""Whether a term is said of the business itself: "Acme is a lead-generation company".

A lead-generation business often says what it is once, in a notice box of its privacy policy
or SMS terms: "Acme is a marketing, lead-generation and scheduling company", "We operate as a
homeowner referral service". The sentence's subject is the business (its name, "we", "our
company") and its verb says what the business is ("is", "are", "operates as", "acts as",
"serves as"); the term stands in that verb's complement, a noun phrase. Said so, one term is
decisive, wherever the site says it, a policy page included (blind round 14, a dental
"marketing, lead-generation, ... company" whose policies say so in a highlighted box).

What the sentence says of something else is not a self-description, so the complement must
be one noun phrase running from the verb to the term:
  "We are not a lead generation service"         a negation governs the verb
  "We are a law firm that never buys leads"      a relative clause: another verb's object
  "Acme operates as a platform connecting users  a participle clause after the noun phrase's
   with independent professionals"               head is a relative clause without its
                                                 "that" (blind round 25, a home-services
                                                 app's terms): what the business is ends at
                                                 "platform", as every gig marketplace's
                                                 terms say of its contractors
  "Acme is proud to work with lead generators"   an infinitive, a preposition
  "Our lead counsel is Jane Doe"                 the subject is a person, not the business
  "Acme is compensated by lenders"               a passive verb, not a noun phrase: the
                                                 vocabulary's own phrase, said as usual

An affiliate says what it is paid for (blind round 25, a tutoring center's page for a partner's
student-loan refinancing: "Brightpath receives a referral fee for each funded loan"): the
business, as the subject, receives, earns or is paid the referral fee. Said so, the page
promotes another company's offer for pay (`paid_to_the_business`). Not "We are not paid for
referrals", "We pay you a referral fee" (the business pays), nor "LoanLift receives ...".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# who the sentence is about: the business in the first person, or as "the company"
_GENERIC_SUBJECTS = (
    r"we|our (?:company|business|firm|agency|service|platform|website|site)"
    r"|the (?:company|business|firm|agency|service|platform|website|site)"
    r"|this (?:company|business|firm|agency|service|platform|website|site)"
)
# a notice's label before the sentence: "Important: ...", "Please note that ..."
_LABEL = r"(?:[^\W\d_][\w ]{0,30}:\s*|(?:please\s+)?note\s+that\s+)?"
# a legal form or a defined-term parenthesis after a name: 'Acme, LLC ("we", "us")'
_NAME_TAIL = (
    r"(?:,?\s+(?:LLC|L\.L\.C\.|Inc\.?|Corp\.?|Co\.|Ltd\.?|PLLC|LLP))?(?:\s*\([^)]{0,80}\))?"
)
_ADVERB = r"(?:\s+(?:also|primarily|mainly|principally|solely|only|simply|essentially|itself))?"
_VERB = (
    r"(?:\s+(?:is|are|operates?\s+as|acts?\s+as|serves?\s+as|functions?\s+as|works?\s+as)"
    r"|(?<=we)['\u2019]re)"
)
# a verb that puts consumers in touch with others, whose term is the predicate itself: "We
# connect patients with participating dentists" (the vocabulary's term starts at the verb)
_CONNECTING = frozenset("connect connects match matches pair pairs introduce introduces".split())
_MODAL = r"(?:\s+(?:may|will|can|also|help|helps|to|then|simply|only))*\s+$"
# what a noun phrase saying what the business is opens with: "a ...", "one of the ..."
_DETERMINERS = frozenset({"a", "an", "the", "one"})
# a noun phrase's words up to the term: articles, modifiers, a list's commas and "and"/"or"
_STOPS = frozenset(
    "not never no nor n't neither without than rather instead that which who whose whom where "
    "when if to with for from by at in on about like unlike against because while whereas but "
    "does do did has have had will would can could may might shall should must".split()
)
_PHRASE_WORD = re.compile(r"[\w'\u2019]+|[^\w\s]")


def _subject(names: Sequence[str], short: bool = False) -> str:
    """The start of a sentence whose subject is the business; with `short`, also the first
    word of a name of several words, the way a page names its business after the first time
    ("Brightpath Learning Center" -> "Brightpath receives ...")."""
    spelled = [re.findall(r"[\w'\u2019]+", name) for name in names]
    forms = [words for words in spelled if words]
    if short:
        forms += [words[:1] for words in spelled if len(words) > 1 and len(words[0]) > 3]
    named = "|".join(r"[\W_]+".join(re.escape(w) for w in words) for words in forms)
    return rf"^\W*{_LABEL}(?:{_GENERIC_SUBJECTS}{'|' + named if named else ''}){_NAME_TAIL}"


def said_of_the_business(before: str, term: str, names: Sequence[str] = ()) -> bool:
    """True when `before` (the sentence up to `term`) makes the business the term's subject:
    "<the business> is a <term>", or "<the business> <term>" where the term is a verb that
    connects consumers with others.

    `names` are the business's names ("Skin Dental", "Acme Roofing LLC"); "we", "our company"
    and "the company" always count. Examples:
      "Acme is a marketing, | lead-generation ..."          True
      "We operate as a | lead generation ..."               True
      "We | connect patients with participating dentists"   True
      "We are not a | lead generation ..."                  False (negated)
      "Our partners include | lead generation ..."          False (not the business)
      "We do not | connect you with participating ..."      False (negated)
      "We are a platform | connecting users with ..."       False (a participle clause)
    """
    subject = _subject(names)
    first = term.split()[0].lower() if term.split() else ""
    if first in _CONNECTING:
        return re.match(subject + _MODAL, before, re.IGNORECASE) is not None
    found = re.match(rf"{subject}{_ADVERB}{_VERB}{_ADVERB}\s+", before, re.IGNORECASE)
    if found is None:
        return False
    phrase = _PHRASE_WORD.findall(before[found.end() :].lower())
    # "a platform | connecting users with ...": a clause after the noun, not what the business
    # is; right after an article the word modifies a noun: "a | matching platform"
    if first.endswith("ing") and not (phrase and phrase[-1] in _DETERMINERS):
        return False
    if len(phrase) > 14:  # a noun phrase, not a paragraph
        return False
    if not phrase or phrase[0] not in _DETERMINERS:
        return False  # "is compensated by lenders" is a passive verb, not what the business is
    for word in phrase:
        if word in _STOPS or word.endswith(("n't", "n\u2019t")):
            return False
        if not (word[0].isalnum() or word in {",", "-", "&", "/"}):
            return False  # a clause or a quote ends the noun phrase: ";", ":", "(", '"'
    return True


# the business receives pay: "receives a", "may earn a", "is paid a", "gets a small"
_RECEIVES = (
    r"(?:\s+(?:may|might|will|can|also|sometimes|then|typically|usually))*"
    r"\s+(?:receives?|earns?|gets?|collects?|is\s+paid|are\s+paid|gets\s+paid"
    r"|is\s+compensated\s+with|are\s+compensated\s+with)"
)
# the helper of a passive "paid" that the term starts with: "we are | paid for referrals"
_PASSIVE = (
    r"(?:\s+(?:may|might|will|can|also|sometimes|then|typically|usually))*"
    r"\s+(?:is|are|be|get|gets)\s+$"
)
# what may stand between the verb and the fee: an article, a size, an amount
_FEE_WORDS = re.compile(
    r"(?:\s+(?:a|an|the|one|small|modest|flat|one-time|fixed|standard|\$?\d[\d,.]*%?))*\s*$",
    re.IGNORECASE,
)
_REFERRAL = re.compile(r"\b(?:referral|referrals|referring|finder|finders)\b", re.IGNORECASE)


def paid_to_the_business(before: str, term: str, names: Sequence[str] = ()) -> bool:
    """True when `before` (the sentence up to `term`) makes the business the one paid the
    referral fee the term names: "Brightpath receives a | referral fee for each funded loan",
    "We may earn a small | referral commission", "We are paid a $50 | referral fee", "We
    are | paid for referrals".

    The business is the subject (a name, its first word, "we", "our company"), the verb says it
    receives the pay, and only an article, a size or an amount stands before the fee:
      "We are not paid a | referral fee"       False (the negation governs the verb)
      "We pay you a | referral fee"            False (the business pays)
      "LoanLift receives a | referral fee"     False (another company)
    """
    if not _REFERRAL.search(term):
        return False
    subject = _subject(names, short=True)
    if re.match(r"(?:paid|compensated)\b", term, re.IGNORECASE):  # "we are | paid for referrals"
        return re.match(subject + _PASSIVE, before, re.IGNORECASE) is not None
    found = re.match(subject + _RECEIVES, before, re.IGNORECASE)
    return found is not None and _FEE_WORDS.fullmatch(before[found.end() :]) is not None


# the reader must be old enough, or permitted, to buy what follows: "you confirm that you are at
# least 21 years of age and legally permitted to purchase | tobacco and related products"
_MAY_BUY = re.compile(
    r"\b(?:permitted|allowed|eligible|old\s+enough|of\s+(?:legal\s+)?age|authori[sz]ed)\s+"
    r"(?:by\s+law\s+)?to\s+(?:purchase|buy|order|possess|use)\s+(?:[\w'\u2019-]+\s+){0,2}$",
    re.IGNORECASE,
)


def bought_by_the_reader(before: str) -> str:
    """True when `before` (the sentence up to `term`) says the reader must be old enough or
    permitted to buy the term's goods: a shop's own terms set the age for what it sells
    ("By using this service, you confirm that you are at least 21 years of age and legally
    permitted to purchase tobacco and related products", realworld, blind round 32: a smoke
    shop's SMS terms). A denial before it ("we do not sell tobacco") or a rule about what
    users may not do ("you may not use the service to sell tobacco") says no such thing.
    Returns the words that say so ("permitted to purchase"), or ""."""
    if re.search(r"\b(?:not|never|no)\b|n['\u2019]t\b", before, re.IGNORECASE):
        return ""
    found = _MAY_BUY.search(before)
    return " ".join(found.group(0).split()[:3]) if found else ""
