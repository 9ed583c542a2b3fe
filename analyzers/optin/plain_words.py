"""Message types and frequency stated in plain words, read from the sentence's structure.

Businesses seldom write "Msg frequency varies" and "order updates" only. They write "texts about
your service ticket, like when the technician is on the way", "two-way messages to coordinate
deliveries", "one or two texts per visit", "usually 1 text per class", "about 4 per month",
"only when your order is ready". The shared vocabulary (analyzers/vocab/disclosure.yaml) lists the
usual phrasings; these rules read the open-ended ones from how the sentence is built:

- a message type is a message word ("texts", "messages", "updates", ...) whose prepositional
  object says what they are about ("about/regarding/concerning/related to/on <something>"), or
  whose purpose clause says what they do ("messages to coordinate deliveries"), or whose
  participle of telling says what they carry ("texts announcing new classes"); or, in a
  sentence about texts, a verb of reaching someone ("contact you", "be contacted", "receive
  calls, texts and emails") whose "about/regarding <something>" comes later in the same clause
  ("be contacted by Acme by phone or text message about your quote"), unless that object
  belongs to a noun of asking ("contact us with questions about your account"); or what a
  sending verb sends ("the program sends shift openings to volunteers", "text me price drops")
  when the object has a word of its own, not only message words, keywords or pronouns;
- a frequency is a count per unit ("one or two texts per visit", "2-6 times a month",
  "about 4 a month", "2-3 texts for one tour", "usually 2-4 around each visit"), or a condition
  that bounds when texts are sent ("only when ...", "as needed whenever ...", "no more than
  ..."), in a sentence that speaks of messages. "Recurring" is not a frequency: it says that the
  messages repeat, not how often.
"""

from __future__ import annotations

import re

from analyzers.campaign.texted import kinds_signed_up_for

MESSAGE_WORDS = frozenset(
    {
        "text",
        "texts",
        "txt",
        "txts",
        "sms",
        "mms",
        "message",
        "messages",
        "msg",
        "msgs",
        "alert",
        "alerts",
        "reminder",
        "reminders",
        "update",
        "updates",
        "notification",
        "notifications",
        "notice",
        "notices",
        "note",
        "notes",
        "confirmation",
        "confirmations",
        "code",
        "codes",
    }
)
_WORD = r"[A-Za-z0-9][\w'’-]*"
_MESSAGE = r"(?:" + "|".join(sorted(MESSAGE_WORDS, key=len, reverse=True)) + r")"
# "texts (from Acme) about your ticket", "text me regarding ...", "updates related to ...",
# "SMS communications related to your inquiry". Not "Message us on WhatsApp for faster service",
# "text us about your order": texting "us", the subscriber is the sender, so what follows is
# what they may write, not what the business sends.
_ABOUT = re.compile(
    # the sender's name after "from" (not a clause: "from us after you sign up on the site")
    rf"\b{_MESSAGE}\s+(?:communications?\s+)?(?:(?:me|you)\s+)?(?!us\b)"
    rf"(?:from\s+(?:(?!(?:after|before|when|whenever|once|if|until|while|as)\b){_WORD}\W+){{1,6}}?)?"
    r"(?:about|regarding|concerning|re:?|on|for|related to|relating to|in connection with)\s+"
    rf"((?:{_WORD}[\s,]+){{0,3}}{_WORD})",
    re.IGNORECASE,
)
# "texts (from Acme) announcing new classes", "messages confirming your booking": a participle
# of telling after the messages says what they carry
_TELLING = re.compile(
    rf"\b{_MESSAGE}\s+"
    rf"(?:from\s+(?:(?!(?:after|before|when|whenever|once|if|until|while|as)\b){_WORD}\W+){{1,6}}?)?"
    r"((?:announc|confirm|remind|notify|alert|lett|tell|inform|shar|featur|offer|promot|"
    r"advertis|highlight|invit|updat|ask)ing)\s+"
    rf"((?:{_WORD}[\s,]+){{0,5}}{_WORD})",
    re.IGNORECASE,
)
# "messages to coordinate deliveries", "texts to confirm your visit"
_PURPOSE = re.compile(rf"\b{_MESSAGE}\s+to\s+([a-z]+)\s+({_WORD})", re.IGNORECASE)
_DETERMINERS = frozenset(
    {
        "your",
        "my",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "our",
        "each",
        "every",
        "any",
        "upcoming",
        "their",
        "its",
        "his",
        "her",
    }
)
# what messages are "about/for/on" that says nothing of their subject: "texts on your phone",
# "texts for help", "reminders for you"
_NOT_A_SUBJECT = frozenset(
    {
        "number",
        "numbers",
        "phone",
        "mobile",
        "device",
        "cell",
        "line",
        "help",
        "assistance",
        "us",
        "you",
        "me",
        "it",
        "this",
        "that",
        "them",
        "purpose",
        "purposes",
        "time",
        "any",
        "more",
        "information",
        "info",
        "details",
        "rates",
        "charges",
        "carrier",
        "frequency",
        "stop",
        "free",
        "now",
        "here",
        "later",
        "and",
        "or",
        "all",
        "texts",
        "messages",
        "anything",
        "something",
        "everything",
        "nothing",
        "website",
        "site",
        "web",
        "page",
        "app",
        "form",
    }
)
_NOT_A_PURPOSE = frozenset(
    {
        "receive",
        "get",
        "send",
        "opt",
        "unsubscribe",
        "stop",
        "cancel",
        "end",
        "reply",
        "text",
        "message",
        "apply",
        "be",
        "have",
        "do",
        "vary",
        "see",
        "read",
        "provide",
        "agree",
        "consent",
        "reach",
        "contact",
        "call",
        "the",
        "your",
        "my",
        "you",
        "me",
        "us",
        "a",
        "an",
        "this",
        "our",
        "any",
        "all",
        "which",
        "whom",
        "mobile",
        "phone",
        "cell",
        "number",
    }
)
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?)"
# the words that may name a kind of message between a count and the messages ("2 promo msgs",
# "4 marketing texts"): any word but one that ends the noun phrase or starts another ("up to 20%
# off with text deals", "up to 10 guests and texts" do not count texts)
_KIND = (
    r"(?:(?!(?:and|or|but|of|with|by|per|to|from|in|on|at|for|the|a|an|off|than|you|we|they|"
    r"our|your|guests?|people|persons?|items?|days?|weeks?|months?|years?)\b)[a-z][a-z-]*\s+)"
)
_PERIOD = r"(?:day|week|wk|month|mo|mth|year|yr)s?\b"
_COUNT_PER = re.compile(
    rf"\b{_NUMBER}(?:\s*(?:or|to|-|–)\s*{_NUMBER})?\s+"
    r"(?:(?:[a-z-]+\s+){0,2}(?:texts?|messages?|msgs?|sms|alerts?|reminders?|updates?|"
    r"notifications?|times)\s+)?"
    r"(?:per|a|an|each|every|for each|for every)\s+"
    r"(?!(?:time|number|phone|minute|second)\b)[a-z][a-z-]+\b"
    # "2-3 texts for one tour", "a couple of reminders before each visit"
    rf"|\b{_NUMBER}(?:\s*(?:or|to|-|–)\s*{_NUMBER})?\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:texts?|messages?|msgs?|alerts?|reminders?|updates?|notifications?)\s+"
    r"(?:for|around|with|before|after|during)\s+(?:one|a|an|each|every|your|the|any)\s+"
    r"(?!(?:time|number|phone|minute|second)\b)[a-z][a-z-]+\b"
    # a count of texts at an event: "one text when your order ships (and one when it arrives)",
    # "two reminders whenever you book"; not a count of another thing ("one click when done")
    rf"|\b{_NUMBER}(?:\s*(?:or|to|-|–)\s*{_NUMBER})?\s+{_KIND}{{0,2}}"
    r"(?:texts?|messages?|msgs?|alerts?|reminders?|updates?|notifications?)\s+"
    r"(?:when(?:ever)?|as\s+soon\s+as|each\s+time|every\s+time)\s+[a-z][a-z'-]*\b"
    # "usually 2-4 around each visit", the message word named earlier in the sentence
    rf"|\b{_NUMBER}(?:\s*(?:or|to|-|–)\s*{_NUMBER})?\s+"
    r"(?:for|around|with|before|after|during)\s+(?:each|every)\s+[a-z][a-z-]+\b"
    # "up to 2 promo msgs/month", "4 marketing texts/wk": the period after a slash
    rf"|\b{_NUMBER}(?:\s*(?:or|to|-|–)\s*{_NUMBER})?\s+{_KIND}{{0,2}}"
    rf"(?:texts?|messages?|msgs?|sms|alerts?|reminders?|updates?|notifications?)\s*/\s*{_PERIOD}"
    # a count of messages over a stretch of time: "About 6 msgs over 3 weeks", "five texts
    # across your first month" (not "6 texts over the phone", nor a time of day)
    rf"|\b{_NUMBER}(?:\s*(?:or|to|-|–)\s*{_NUMBER})?\s+{_KIND}{{0,2}}"
    r"(?:texts?|messages?|msgs?|sms|alerts?|reminders?|updates?|notifications?)\s+"
    rf"(?:over|across|within|during)\s+(?:(?:the|your|its)\s+)?(?:(?:first|next|last)\s+)?"
    rf"(?:{_NUMBER}\s+)?{_PERIOD}"
    # a cap on a count of messages is how often they come at most: "up to 2 promo msgs"
    rf"|\b(?:up to|at most|no more than|not more than|max(?:imum)?(?: of)?)\s+{_NUMBER}\s+"
    rf"{_KIND}{{0,2}}(?:texts?|messages?|msgs?|sms|alerts?|reminders?|updates?|notifications?)\b",
    re.IGNORECASE,
)
# the states "only" may bound that are not the sending of texts: a field being required, a
# thing being available or valid (see _bounds_another_thing)
_ANOTHER_STATE = frozenset(
    "required needed necessary mandatory optional available valid applicable relevant".split()
)
_BOUNDED = re.compile(
    r"\b(?:only|just)\s+(?:[a-z]+\s+){0,3}?(?:when|if|as needed|once|after|while)\b"
    r"(?!\s+you\s+(?:agree|consent|opt|sign|subscribe|check|tick|give|ask|request))|"
    r"\bas needed\b|\bwhen(?:ever)? needed\b|\b(?:no|never) more than\b|\bat most\b",
    re.IGNORECASE,
)
_MONEY = re.compile(r"[$€£]\s*$")
# the words that may lead an elliptical count in its clause: pronouns, being and getting,
# hedges ("it can be a few a week", "you'll usually get one a month", "expect 2-3 a week")
_LEAD_INS = frozenset(
    "it it's its they they're there there's that's you you'll we we'll i can could may might "
    "will would should be is are was usually typically generally normally often sometimes "
    "mostly rarely maybe perhaps about around roughly approximately up to at most no more than "
    "expect get gets receive receives see hear only just then and or but also".split()
)
# a count per unit with no noun between the number and the unit ("a few a week", "1-2 per
# month"): it counts what the sentence before named. The unit is a stretch of time, or the
# occasion the texts come with ("one or two per booking", "a couple for each visit"): "per"
# and "each" say so of any noun, "a" only of time ("one a day", not "one a person")
_ELLIPTICAL_COUNT = re.compile(
    rf"{_NUMBER}(?:\s*(?:or|to|-|–)\s*{_NUMBER})?\s+(?:"
    r"(?:per|a|an|each|every)\s+(?:day|week|month|year|weekend|season)s?|"
    r"(?:per|each|every|for each|for every)\s+[a-z][a-z-]+)",
    re.IGNORECASE,
)
# one word of what a sending verb sends, not the word that starts its recipient, source, time
# or manner
_SENT_WORD = (
    r"(?:(?!(?:to|from|at|when|whenever|if|by|via|on|about|regarding|for|with|as|only|"
    r"until|after|before|unless|using|through|over|in|within|then|we|they|i|than|"
    r"are|is|was|were|will|may|can|must|should|would|anytime|"
    r"and\s+(?:you|we|they|then)|or\s+(?:you|we|they))\b)"
    rf"{_WORD}\s*,?\s+)"
)
# "the program sends volunteer shift openings to ...", "text me price drops": what a sending
# verb sends, up to the word that starts its recipient, source, time or manner. The object may
# be two noun phrases joined by "and"/"or", each of up to six words: "text me weekly market
# stops and the occasional half-price-scissors day" sends two things, neither a long clause
_SENT = re.compile(
    # "text" is a verb only with its person ("text me ..."): "text messages" is a noun
    r"\b(?:(?:send|sends|sending)\s+(?:(?:me|you|them|us)\s+)?|"
    r"(?:text|texts|texting)\s+(?:me|you|them|us)\s+)"
    rf"((?:{_SENT_WORD}){{0,5}}{_WORD}"
    # "Text me my board match plus shop news": "plus" joins two things sent, as "and" does
    rf"(?:\s*,?\s+(?:and|or|&|plus)\s+(?:{_SENT_WORD}){{0,5}}{_WORD})?)"
    r"(?=\s*(?:[.,;:()]|$|\b(?:to|from|when|whenever|as|if|on|by|via|using|through|"
    r"over|in|within|and then)\b))",
    re.IGNORECASE,
)
# words of a sent object that say nothing of what the messages are about: "send recurring
# automated text messages to ...", "text STOP to ..."
_NO_CONTENT = (
    MESSAGE_WORDS
    | _NOT_A_SUBJECT
    | _DETERMINERS
    | {
        "recurring",
        "automated",
        "autodialed",
        "occasional",
        "periodic",
        "some",
        "short",
        "mobile",
        "wireless",
        "stop",
        "help",
        "start",
        "join",
        "unstop",
        "end",
        "cancel",
        "quit",
        "unsubscribe",
        "keyword",
        "word",
        "reply",
        "replies",
        "data",
        "personal",
        "number",
        "a",
        "an",
        "one",
        "single",
        "final",
        "last",
        "first",
        "more",
        "times",
        "once",
        "twice",
        "we",
        "they",
        "i",
        "out",
        "along",
        "back",
        # what joins two sent things is no content of either ("text messages and other
        # messages")
        "and",
        "or",
        "&",
        "other",
    }
)
# "contact you", "be contacted", "receive calls, texts and emails", "send you texts": a verb of
# reaching someone, whose "about/regarding <something>" later in the clause says what about
# "Acme texts customers who sign up about their orders": "texts" and "messages" as verbs too
_CONTACT_VERB = re.compile(
    r"\b(?:contact(?:ed|ing|s)?|reach(?:ed|ing|es)?|text(?:s|ed|ing)?|messag(?:es|ed|ing)|"
    r"receiv(?:e|es|ed|ing)|send(?:s|ing)?|sent|notif(?:y|ies|ied|ying)|call(?:ed|ing)?)\b",
    re.IGNORECASE,
)
_CLAUSE_ABOUT = re.compile(
    # the same clause: no stop or bracket between, but "Acme Co. about ..." (an abbreviation's
    # period before a lower-case word) is still the clause
    r"((?:[^.;:!?()]|\.(?=\s+[a-z])){0,160}?)"
    r"\b(?:about|regarding|concerning|in connection with|related to)\s+"
    rf"((?:{_WORD}[\s,]+){{0,3}}{_WORD})",
    re.IGNORECASE,
)
# the noun or verb the "about" belongs to when it is not the messages: "questions about your
# account", "learn more about our program"
_ASKING = frozenset(
    {
        "question",
        "questions",
        "concern",
        "concerns",
        "inquiry",
        "inquiries",
        "information",
        "info",
        "details",
        "more",
        "learn",
        "know",
        "ask",
        "asking",
        "complaint",
        "complaints",
        "policy",
        "practices",
        "help",
        "anything",
        "something",
        "nothing",
        "care",
        "talk",
        "feel",
        "think",
        "rights",
        "choices",
        "data",
    }
)
# what one is contacted "about" that is not what the texts are about: "call us about your
# privacy rights", "text us about how to opt out"
_NOT_A_TOPIC = frozenset(
    {
        "privacy",
        "terms",
        "program",
        "programs",
        "opting",
        "unsubscribing",
        "subscribing",
        "how",
        "rights",
        "data",
    }
)


# the messages named in Spanish, in the bilingual disclosures of US businesses ("Recibirás hasta
# 3 mensajes por semana"): a count beside them counts texts as one beside "texts" does
_SPANISH_MESSAGE_WORDS = frozenset({"mensaje", "mensajes", "textos", "msjs", "sms"})


def speaks_of_messages(sentence: str) -> bool:
    return any(
        w in MESSAGE_WORDS or w in _SPANISH_MESSAGE_WORDS
        for w in re.findall(r"[a-z]+", sentence.lower())
    )


def frequency_in(text: str, neighbours: tuple[str, ...] = ()) -> str | None:
    """The words that state how often texts come, in one sentence about messages; or a count
    with no noun of its own ("it can be a few a week", "one a month at most") right after or
    before a sentence about texts: an elliptical count counts what was just named ("Barn Texts
    are sent by ... Most weeks there's one; it can be a few a week in storm season.")."""
    about_texts = speaks_of_messages(text)
    if not about_texts and not any(speaks_of_messages(n) for n in neighbours):
        return None
    for match in _COUNT_PER.finditer(text):
        if _MONEY.search(text[: match.start()]):
            continue
        if about_texts or _counts_what_was_named(text, match):
            return match.group(0)
    if not about_texts:
        return None
    for bounded in _BOUNDED.finditer(text):
        if not only_bounds_another_state(text, bounded.start(), bounded.end()):
            return bounded.group(0)
    return None


_ONLY = re.compile(r"\b(?:only|just|solely)\b", re.IGNORECASE)


def only_bounds_another_state(text: str, start: int, end: int) -> bool:
    """ "Only" bounds the predicate it stands next to: "we text you only when your order
    ships" and "texts only if you ask" bound when texts come, but "Only required if you wish
    to receive SMS notifications" (a phone field's note) bounds when the field is required,
    and so does "a number is required only if you want texts"; "only available when" bounds
    when a thing can be had. Such a condition may speak of texts, but says nothing of how
    often they come. True when the phrase at [start, end) leads with "only" and the word
    right after or right before it is such a state."""
    lead = _ONLY.match(text, start)
    if lead is None:
        return False
    after = re.match(r"\s*([A-Za-z]+)", text[lead.end() : max(end, lead.end() + 40)])
    before = re.findall(r"[a-z]+", text[:start].lower())[-1:]
    return bool(after and after.group(1).lower() in _ANOTHER_STATE) or bool(
        before and before[0] in _ANOTHER_STATE
    )


def _counts_what_was_named(text: str, match: re.Match[str]) -> bool:
    """ "It can be a few a week", "expect one or two a month": a count with no noun of its own
    whose clause names nothing else before it (a pronoun, a verb of getting, a hedge) counts
    what the sentence before named; "Lessons run two a week" counts the lessons."""
    if not _ELLIPTICAL_COUNT.fullmatch(match.group(0)):
        return False
    clause = re.split(r"[;:,.!?()—–]", text[: match.start()])[-1]
    return all(w in _LEAD_INS for w in re.findall(r"[a-z']+", clause.lower()))


# "mixed messages": the idiom for signals that disagree, never messages anyone sends
_MIXED_MESSAGES = re.compile(r"\bmixed\s+messages?\b", re.IGNORECASE)
# a place on a site or a board, after "on": where a message is posted, not what it is about
_POSTED_AT = re.compile(
    r"\b(?:page|pages|site|website|blog|board|bulletin|noticeboard|forum|wall|feed|screen|tab|"
    r"homepage)\b",
    re.IGNORECASE,
)


def _where_not_what(match: re.Match[str]) -> bool:
    """Is the "on ..." after a message the place it is posted? "Read the message from our
    founder on the About page": the page is where the message is read, as "posted on our
    board"; "texts on your order status" still says what the texts are about."""
    before_object = match.group(0)[: match.start(1) - match.start(0)]
    return bool(
        re.search(r"\bon\s+$", before_object, re.IGNORECASE) and _POSTED_AT.search(match.group(1))
    )


def message_type_in(text: str) -> str | None:
    """The words that say what the messages are about ("texts about your service ticket") or
    what they are for ("messages to coordinate deliveries"), in one sentence. Plain text, so
    that check-campaign reads a message flow by the same rules without loading spaCy."""
    text = _MIXED_MESSAGES.sub("signals", text)
    for match in _ABOUT.finditer(text):
        if _where_not_what(match):
            continue
        words = [w.lower() for w in re.findall(r"[\w'’-]+", match.group(1))]
        content = [w for w in words if w not in _DETERMINERS]
        if content and content[0] not in _NOT_A_SUBJECT:
            return match.group(0)
    for match in _TELLING.finditer(text):
        words = [w.lower() for w in re.findall(r"[\w'’-]+", match.group(2))]
        # "reminding you of your visit", "letting you know when ...": the person, then the topic
        while words and words[0] in ("you", "me", "us", "them", "of", "about", "for", "on", "to"):
            words = words[1:]
        content = [w for w in words if w not in _DETERMINERS]
        if content and content[0] not in _NOT_A_SUBJECT | _NOT_A_PURPOSE | {"that"}:
            return match.group(0)
    for match in _PURPOSE.finditer(text):
        verb = match.group(1).lower()
        if verb in _NOT_A_PURPOSE or verb.endswith("s") and not verb.endswith("ss"):
            continue  # "texts to the number", "messages to customers"
        return match.group(0)
    return (
        _contacted_about(text)
        or _what_the_program_sends(text)
        or _what_is_sent(text)
        or _what_they_cover(text)
        or _what_is_carried(text)
        or _what_the_text_tells(text)
        or _kind_in_compound(text)
        or kinds_signed_up_for(text)
    )


# a text program named, a colon, then what it sends: "St. Brigid Prayer Line: daily prayer
# requests and scripture, about 1 message per day", "Harbor Tide Alerts: tide tables and
# small-craft advisories". The name is capitalised and ends in a word for a texting program;
# what follows is a lower-case noun phrase of words only (no count, contact or keyword)
_PROGRAM_NAMED = re.compile(
    r"(?:\b[A-Z][\w'’.&-]*\s+){0,6}\b(?:Line|Program|Club|Alerts|Texts|Text|Messages|SMS|List|"
    r"Updates|Reminders|Notifications)\s*:\s+"
    r"(?P<what>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,7})\s*(?=[,.;]|$)"
)
# words that make what follows the colon something other than what the program sends: a
# sentence (a verb, a pronoun), the disclosure's own lines, or when the program runs
_NOT_SENT_CONTENT = frozenset(
    "is are was be may will can must might apply applies vary varies reply text texts send "
    "call email contact visit click see go get receive opt join cancel stop help rates rate "
    "frequency charges fees data msg msgs message messages you your we our us they it "
    "open closed available unavailable free optional required none no not only up".split()
)


def _what_the_program_sends(text: str) -> str | None:
    """ "St. Brigid Lutheran Church Prayer Line: daily prayer requests and scripture, about 1
    message per day": a texting program's name followed by a colon and a noun phrase names what
    the program sends, the kind of message ("Verse Club: verse of the day", "Tide Alerts: tide
    tables"). Not "SMS Program: message and data rates may apply", "Text Club: reply STOP to
    cancel", "Prayer Line: open weekdays" (a line of the disclosure or a sentence, not what is
    sent), nor "Alerts: up to 4 per month" (a count)."""
    for match in _PROGRAM_NAMED.finditer(text):
        words = [w.lower() for w in match.group("what").split()]
        if not set(words) & _NOT_SENT_CONTENT and not words[0].endswith("ed"):
            return match.group(0)
    return None


# "regatta update texts", "river-level alert messages": a word, a kind of notice, the messages
_KIND_COMPOUND = re.compile(
    r"\b([A-Za-z][\w'’-]*)\s+(?:update|updates|alert|alerts|reminder|reminders|notice|notices|"
    r"notification|notifications|cancellation|cancellations|closure|closures)\s+"
    r"(?:texts?|txts?|sms|mms|messages?|msgs?|alerts?|notifications?)\b",
    re.IGNORECASE,
)
# words before a kind of notice that name no subject: how often or how it is sent, a verb, a
# preposition ("occasional update texts", "receive alert messages", "for update texts")
_NOT_A_COMPOUND_SUBJECT = frozenset(
    "occasional periodic recurring automated automatic regular frequent important general "
    "quick short new latest optional free future other more some these those receive get "
    "send sign for to of by from with in on at about and or via".split()
)


def _kind_in_compound(text: str) -> str | None:
    """A noun compound names the kind of messages by its first word: "regatta update texts"
    are texts with updates about the regattas, "practice cancellation and regatta update
    texts" two kinds joined. The first word names a subject only when it is not a determiner,
    a message word, a verb of getting, a preposition or an adjective of how often or how the
    texts come ("occasional update texts", "receive alert messages" name no subject)."""
    for match in _KIND_COMPOUND.finditer(text):
        first = match.group(1).lower()
        if not (
            first in _DETERMINERS
            or first in _NOT_A_SUBJECT
            or first in MESSAGE_WORDS
            or first in _NOT_A_COMPOUND_SUBJECT
        ):
            return match.group(0)
    return None


# what a text we send carries: "sends one text most weekdays with the trailer's location and
# hours", "a message with your order number"
_SENT_WITH = re.compile(
    r"\b(?:send|sends|sent|get|gets|receive|receives)\b[^.;:]{0,40}?"
    r"\b(?:texts?|messages?|msgs?|alerts?)\b(?:\s+[a-z]+){0,3}?\s+with\s+"
    r"(?:the|your|our|(?:(?:that|this|each|every)\s+)?[a-z]+['’]s)\s+(?P<what>[a-z-]+)",
    re.IGNORECASE,
)
# what a text may carry that is not what it is about: its form, or the consent it is sent with
_NOT_CARRIED_CONTENT = frozenset(
    "link links url image images photo photos picture pictures emoji stop help opt-out "
    "instructions consent permission keyword number phone".split()
)


def _what_is_carried(text: str) -> str | None:
    """Does the sentence name what the texts it sends carry ("sends one text most weekdays
    with the trailer's location and hours")? What a message is sent *with* is its content,
    the kind of message, unless it is the message's form or its consent ("texts with a
    link", "messages with your permission"); a sentence that sends nothing ("we share
    texts with our partners") names no content."""
    carried = _SENT_WITH.search(text)
    if carried and carried.group("what").lower() not in _NOT_CARRIED_CONTENT:
        return carried.group(0)
    return None


# "Text me where the truck is parked", "text you when your order is ready": what the text tells,
# a clause with a subject of its own after "when" / "where" (not "text you when needed", "when
# we have news": no subject, or only the sender)
_TEXT_ME_WHEN = re.compile(
    r"\b(?:text|texts|message|notify|alert|ping)\s+(?:me|you|us|them)\s+"
    r"(?:(?:only|just)\s+)?(?:when|where|whenever|once|as\s+soon\s+as)\s+"
    r"(?!(?:we|you|i|they|it|needed|necessary|required|possible|appropriate|applicable)\b)"
    r"(?:[\w'’-]+\s+){1,5}?(?:is|are|was|were|has|have|will|gets|becomes|arrives|ships|opens|"
    r"moves|changes)\b",
    re.IGNORECASE,
)


def _what_the_text_tells(text: str) -> str | None:
    found = _TEXT_ME_WHEN.search(text)
    return found.group(0) if found else None


# the messages as subject of a verb of content: "Our texts cover estimate visits and crew
# arrival times", "messages include order updates", "alerts are limited to delivery windows"
# "Text messages from this program are limited to class schedule changes": the sender may stand
# between the messages and the verb, as in _ABOUT
_COVER = re.compile(
    rf"\b{_MESSAGE}\s+"
    rf"(?:from\s+(?:(?!(?:after|before|when|whenever|once|if|until|while|as)\b){_WORD}\W+){{1,6}}?)?"
    r"(?:(?:will|may|can|only|mostly|usually|generally|typically|shall|be)\s+)*"
    r"(?:cover|covers|include|includes|concern|concerns|contain|contains|consist\s+of|"
    r"deal\s+with|deals\s+with|relate\s+to|relates\s+to|"
    r"(?:are|is|be)\s+(?:only\s+)?(?:limited|restricted|confined)\s+to)\s+"
    rf"((?:{_WORD}[\s,]+){{0,3}}{_WORD})",
    re.IGNORECASE,
)
# what a message contains that says nothing of its subject: "texts include a link", "messages
# contain STOP instructions", "may include images"
_FORM_OF_A_MESSAGE = frozenset(
    {
        "link",
        "links",
        "url",
        "urls",
        "image",
        "images",
        "photo",
        "photos",
        "pictures",
        "emoji",
        "emojis",
        "instructions",
        "opt-out",
        "characters",
        "attachments",
        "media",
        "no",
    }
)


def _what_they_cover(text: str) -> str | None:
    """ "Acme texts cover estimate appointments and installation scheduling": what the messages
    cover or include is what they are about, when it is more than their form ("include a
    link", "contain STOP instructions") or a negation ("contain no marketing")."""
    for match in _COVER.finditer(text):
        before = re.findall(r"[\w'’]+", text[: match.start()].lower())[-2:]
        if any(w in _NOT_OUR_SENDING for w in before):
            continue
        words = [w.lower() for w in re.findall(r"[\w'’-]+", match.group(1))]
        content = [w for w in words if w not in _DETERMINERS]
        if (
            content
            and content[0] not in _NOT_A_SUBJECT | _NO_CONTENT
            and not set(content) & _FORM_OF_A_MESSAGE
            # "texts are limited to 4 per month", "include up to 3 photos": a count, no subject
            and not re.fullmatch(_NUMBER, content[0])
            and content[0] not in ("up", "at", "no", "once", "twice")
        ):
            return match.group(0)
    return None


# a sending verb that is negated, or whose sender is the subscriber
_NOT_OUR_SENDING = frozenset(
    {"not", "never", "n't", "dont", "don't", "don’t", "won't", "won’t", "please", "you", "your"}
)


# a sending verb whose person is the subscriber speaking: "text me ...", "send me ..."
_SENT_TO_ME = re.compile(r"(?:send|sends|sending|text|texts|texting)\s+me\b", re.IGNORECASE)


def _what_is_sent(text: str) -> str | None:
    """ "The volunteer text program sends shift openings and event-day changes to volunteers",
    "Text me price drops": the object of a sending verb, in a sentence about texts, names what
    the messages carry when it has a word of its own (not "send text messages to your number",
    "text STOP to 55555", "we text you at the number provided")."""
    if not speaks_of_messages(text):
        return None
    for match in _SENT.finditer(text):
        before = re.findall(r"[\w'’]+", text[: match.start()].lower())[-3:]
        refusing = _NOT_OUR_SENDING
        if _SENT_TO_ME.match(match.group(0)):
            # "Yes, please text me open volunteer shifts": the subscriber asks to be texted,
            # so "please" is not the subscriber sending ("please text us a photo"); a negation
            # still refuses ("please don't text me promos")
            refusing = _NOT_OUR_SENDING - {"please"}
        if any(w in refusing for w in before):
            continue  # "we never send spam texts", "you may text HELP", "please do not send"
        if before and re.fullmatch(_NUMBER, before[-1]):
            continue  # "4 texts a month": "texts" is the noun
        words = re.findall(r"[\w'’]+", match.group(1))
        said = [i for i, w in enumerate(words) if w.lower() in MESSAGE_WORDS]
        if said:
            # "send appointment reminders": the words before the messages; what follows them
            # ("a text reminding you to reply") is read by the readers above
            words = words[: said[-1]]
        # a keyword in capitals is what the subscriber texts ("Text BAKERY to 55555")
        if any(
            w.lower() not in _NO_CONTENT and not w.isdigit() and not (w.isupper() and len(w) > 1)
            for w in words
        ):
            return match.group(0)
    return None


def message_subjects(text: str) -> list[str]:
    """What the messages are said to be about, each as its words after "about" ("my quote and
    pickup" of "calls, texts and emails from Acme about my quote and pickup"): a message word
    or a verb of reaching someone, then its "about", in the same clause. Not what a negated
    clause names ("we never text about your account balance")."""
    found: list[str] = []
    spans = [(m.start(), m.start(1), m.group(1)) for m in _ABOUT.finditer(text)]
    if speaks_of_messages(text):
        for verb in _CONTACT_VERB.finditer(text):
            about = _CLAUSE_ABOUT.match(text, verb.end())
            if about is not None:
                before = re.findall(r"[\w'’-]+", about.group(1).lower())
                if not (before and before[-1] in _ASKING):
                    spans.append((verb.start(), about.start(2), about.group(2)))
    for start, _, subject in sorted(spans, key=lambda span: span[1]):
        words = [w.lower() for w in re.findall(r"[\w'’-]+", subject)]
        content = [w for w in words if w not in _DETERMINERS]
        if not content or content[0] in _NOT_A_SUBJECT | _ASKING | _NOT_A_TOPIC:
            continue
        clause = re.split(r"[.;:!?]", text[:start])[-1]
        if re.search(r"\b(?:not|never|no)\b|n['’]t\b", clause, re.IGNORECASE):
            continue
        if subject not in found:
            found.append(subject)
    return found


def _contacted_about(text: str) -> str | None:
    """ "You agree to be contacted by Acme by phone call or text message about your quote": a
    verb of reaching someone, then its "about <something>" in the same clause, in a sentence
    that speaks of texts."""
    if not speaks_of_messages(text):
        return None
    for verb in _CONTACT_VERB.finditer(text):
        about = _CLAUSE_ABOUT.match(text, verb.end())
        if about is None:
            continue
        before = re.findall(r"[\w'’-]+", about.group(1).lower())
        if before and before[-1] in _ASKING:
            continue  # "contact us with questions about your account"
        words = [w.lower() for w in re.findall(r"[\w'’-]+", about.group(2))]
        content = [w for w in words if w not in _DETERMINERS]
        if content and content[0] not in _NOT_A_SUBJECT | _ASKING | _NOT_A_TOPIC:
            return text[verb.start() : about.end()]
    return None


_SAYS_FREQUENCY = re.compile(r"\bfreq(uency|\.)?\b", re.IGNORECASE)
# "you'll hear from us a couple of times a month", "we contact you twice a year"
_HEAR_FROM = re.compile(_CONTACT_VERB.pattern + r"|\bhear from\b", re.IGNORECASE)


def count_of_texts(sentence: str, neighbours: tuple[str, ...] = ()) -> bool:
    """A count with no message word ("once a quarter", "up to 4 per month") is how often texts
    come only in or next to a sentence about texts ("Join our text club. Up to 4 per month."):
    beside the form, "We only open the program once a quarter" counts the program's runs."""
    return bool(_SAYS_FREQUENCY.search(sentence) or _HEAR_FROM.search(sentence)) or any(
        speaks_of_messages(text) for text in (sentence, *neighbours)
    )


def counts_another_thing(sentence: str, start: int) -> bool:
    """The count at `start` counts what its own clause names, not the texts: "Lessons can be
    rescheduled up to twice a month" counts reschedulings, "Members may visit 3x per week" the
    visits. A sentence that speaks of texts or of the frequency ("up to 4 texts a month", "we
    contact you twice a year") counts them, and so does a count whose clause names nothing
    before it but pronouns, hedges and verbs of getting ("Up to 4 per month.", "Expect 2 a
    week."): that one counts the texts the disclosure is about. Even SMS terms, where every
    sentence is about texts, count a booking when a sentence says what is booked."""
    if count_of_texts(sentence):
        return False
    clause = re.split(r"[;:,.!?()—–]", sentence[:start])[-1]
    return any(w not in _LEAD_INS for w in re.findall(r"[a-z']+", clause.lower()))


# the subject that opens a clause after a fronted count: "Twice a season we sell ..."
_CLAUSE_SUBJECTS = frozenset("we i you they he she it our the this each every".split())


def fronts_another_clause(sentence: str, start: int, end: int) -> bool:
    """A count that opens its clause says how often the clause after it happens: "Twice a
    season we sell off offcuts at 40% off" counts the sales, "Once a month you can save 20%"
    the savings, even right before "Text subscribers hear first". It counts the texts when
    that clause names messages or a verb of sending, getting or hearing them ("Twice a month
    we text you our deals", "Once a week you'll receive a drop alert"), and a count with no
    clause after it ("Twice a month.", "Up to 4 per month") is left to the other readings. A
    count that ends on a preposition ("one reminder 24 hours before") has its object after it,
    not a clause: "each appointment" is what the reminder comes before."""
    if _ENDS_ON_PREPOSITION.search(sentence[start:end]):
        return False
    if any(w not in _LEAD_INS for w in re.findall(r"[a-z']+", _clause_before(sentence, start))):
        return False  # "Members may visit twice a week": `counts_another_thing` reads it
    after = re.split(r"[;:.!?()—–]", sentence[end:], maxsplit=1)[0].lstrip(" ,")
    words = re.findall(r"[a-z']+", after.lower())
    if len(words) < 2 or words[0] not in _CLAUSE_SUBJECTS:
        return False
    return not (speaks_of_messages(after) or _GETTING.search(after) or _HEAR_FROM.search(after))


_ENDS_ON_PREPOSITION = re.compile(r"\b(?:before|after|ahead|prior|of)\s*$", re.IGNORECASE)


def _clause_before(sentence: str, start: int) -> str:
    return re.split(r"[;:,.!?()—–]", sentence[:start])[-1].lower()


# "Msg frequency", "the frequency", "Text alert frequency": the word right before "frequency"
# that leaves it the messages' (a word of messaging, a determiner, a joining word)
_FREQUENCY_WORD = re.compile(r"\bfreq(?:uency)?\b", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)[ \t]+$")
_MESSAGES_FREQUENCY = (
    MESSAGE_WORDS
    | _SPANISH_MESSAGE_WORDS
    | _DETERMINERS
    | {
        "messaging",
        "texting",
        "communication",
        "communications",
        "contact",
        "program",
        "subscription",
        "sending",
        "delivery",
        # a kind of the messages: "Promo frequency", "Text club frequency"
        "promo",
        "promos",
        "promotional",
        "marketing",
        "offer",
        "offers",
        "deal",
        "deals",
        "club",
        "and",
        "or",
        "of",
        "with",
        "in",
        "at",
        "on",
        "by",
        "to",
        "for",
        "is",
        "that",
        "which",
        "overall",
        "average",
        "typical",
        "actual",
        "expected",
    }
)


def frequency_of_another_thing(text: str, start: int, end: int) -> bool:
    """ "Lawn service frequency varies by season": the noun right before "frequency" in the
    phrase at [start, end) names what comes that often, and it is not the messages. "Msg
    frequency varies", "Text alert frequency varies", "The frequency varies", "Frequency
    varies" are the texts'; "Cleaning frequency", "Email frequency" and "Newsletter frequency"
    are another thing's. A capitalised "Frequency" after a lower-case word starts a line of its
    own ("... to cancel Frequency varies", two lines of fine print run together), and fine print
    in capitals ("REPLY STOP TO CANCEL FREQUENCY VARIES") shows no such line: both are read as
    the texts' frequency."""
    for said in _FREQUENCY_WORD.finditer(text, start, end):
        before = _WORD_BEFORE.search(text[: said.start()])
        if before is None or before.group(1).lower() in _MESSAGES_FREQUENCY:
            continue
        if said.group(0).isupper() or said.group(0)[0].isupper() and before.group(1).islower():
            continue  # "Reply STOP to cancel Frequency varies": lines run together
        return True
    return False


# a verb of getting, sending or agreeing to messages: with it, "promotions" are what is received
_GETTING = re.compile(
    r"\b(?:receiv\w*|get|gets|getting|sign(?:ed|ing|s)?\s+up|subscrib\w*|join\w*|agree\w*|"
    r"consent\w*|opt(?:ed|ing|s)?[\s-]+in|enrol\w*|register\w*|send\w*|sent|text\w*|"
    r"deliver\w*|want|hear|recib\w*|acept\w*)\b",
    re.IGNORECASE,
)
# what a sentence about the offers themselves says: their conditions, or the page that lists them
_ABOUT_THE_OFFERS = re.compile(
    r"\b(?:subject\s+to|valid|expir\w*|availab\w*|while\s+supplies\s+last|"
    r"cannot\s+be\s+combined|exclusions|restrictions\s+apply|in[\s-]store\s+only|"
    r"ends|ended|ending|pricing|prices?|"
    r"page|pages|section|tab|menu|banner|website|site|catalog|flyer|printed|receipts?|"
    r"displays?|signage|posters?|billboards?|shelves)\b",
    re.IGNORECASE,
)


# one singular word and a colon that open a sentence: the writer's label on it ("Reminder:",
# "Note:", "Update:"); a plural ("Reminders: sent the day before") names what is sent
_CALLOUT = re.compile(r"^\W*[A-Za-z]+(?<![sS])\s*:\s*")


def callout_names_the_only_kind(text: str) -> bool:
    """Is the only kind of message the sentence names its callout label? "Reminder: all sales
    are final" in the terms, or "Reminder: bring your insurance card to every appointment"
    beside a form, is a notice flagged for the reader; it names no message the program sends.
    "Reminder: appointment texts go out the day before" names one after it, and "Reminders:
    sent the day before your visit" (a plural, a field's label) names what is sent. One rule
    for the terms and the opt-in form."""
    from analyzers.text.vocabulary import vocabulary

    callout = _CALLOUT.match(text)
    if callout is None:
        return False
    rest = text[callout.end() :]
    return not (
        vocabulary("disclosure").labels_in(rest) & {"message_types"}
        or "message_type" in vocabulary("terms").labels_in(rest)
        or message_type_in(rest)
    )


# a subject right before the word, an adverb between at most: "we offer", "we also offer"
_SUBJECT_BEFORE = re.compile(
    r"\b(?:we|i|they|it)\s+(?:(?:also|now|proudly|still|often|gladly)\s+)?$",
    re.IGNORECASE,
)
_KIND_VERBS = re.compile(r"(?:offers?|promotes?|discounts?|invoices?)\b", re.IGNORECASE)


# the business named as the subject that opens the clause: "Our clinic offers", "The studio
# now offers" (a verb in -s after it; "Get our best offers" has "Get" before the noun)
_BUSINESS_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.!?;:]\s+)\W*(?:our|the|this|my)\s+(?P<noun>(?:[\w'’&-]+\s+){1,3}?)"
    r"(?:(?:also|now|proudly|still|often|gladly)\s+)?$",
    re.IGNORECASE,
)


def kind_word_as_verb(text: str, start: int) -> bool:
    """Is the kind word at `start` the verb of its clause, right after a subject? "We offer
    services such as cleanings, whitening and implants" and "Our clinic offers cleanings,
    whitening, and implants" say what the business sells, not what it texts ("offer" as a
    verb); "Get our best offer by text", "Our text club offers deals" (the texts' subject: what
    they bring) and "We also offer text alerts about your order" (the alerts are a kind of
    their own) are read as kinds."""
    verb = _KIND_VERBS.match(text, start)
    if verb is None:
        return False
    if _SUBJECT_BEFORE.search(text[:start]):
        return True
    business = _BUSINESS_SUBJECT_BEFORE.search(text[:start])
    return (
        business is not None
        and verb.group().lower().endswith("s")
        and not speaks_of_messages(business["noun"])
        and not re.search(r"\b(?:club|program|list|alerts?|newsletter)\b", business["noun"], re.I)
    )


def offers_not_texts(sentence: str) -> bool:
    """A sentence that names promotions or deals as the business's offers, not as messages:
    "Promotions are subject to availability", "Our promotions page lists current deals",
    "Promotional pricing ends Sunday" (the price and when it ends are the offer's). It
    names no messages and no verb of getting, sending or agreeing to them, and what it says is
    the offers' conditions or the page that shows them. "Get promotions and deals" and
    "Promotions, order updates and reminders." (a list of the kinds, no verb) name kinds."""
    return (
        not speaks_of_messages(sentence)
        and not _GETTING.search(sentence)
        and bool(_ABOUT_THE_OFFERS.search(sentence))
    )
