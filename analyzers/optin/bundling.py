"""What else one SMS consent agrees to besides texts: calls, emails, other terms, another act.

The reader behind optin.bundled_consent. A separate "I accept the Terms" or "Email me" box is
not bundling; "I agree to the Terms and to receive calls and texts" in one box is, and so is a
box that asks for another act in the same words ("Enter me in the raffle and sign me up for
text deals", "Create my account and text me updates"). A call the texts are about ("texts about
your scheduled call") is a topic, and one inside a program's capitalized name ("Curtain Call
texts") is a name, not a channel. Kept out of the check module so that the check stays a
verdict over what this reader finds.
"""

from __future__ import annotations

import re

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
OTHER_TERMS = "other terms or policies"
_WHAT = {
    "call_channel": "phone calls",
    "email_channel": "emails",
    "terms_acceptance": OTHER_TERMS,
}


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
# subject of the messages is an event the person booked, not a second channel they agree to;
# so is the call a reminder comes ahead of ("text me a reminder before my call"). After "for",
# "before", "after", "ahead of" or "prior to" a determiner or modifier must follow ("for your
# scheduled call"): "consent for calls and texts" is a channel.
_CALL_AS_TOPIC = re.compile(
    r"\b(?:(?:about|regarding|concerning|re|confirm(?:ing|s)?|remind(?:ing|s|ers?)?\s+(?:you\s+)?of)"
    r"\s+(?:(?:your|our|my|this|that|the|an?|any|each|scheduled|upcoming|booked|planned|next|"
    r"(?:[a-z]+-)?[a-z]+(?:ed|ing))\s+)*(?:(?!(?:and|or|by|via|plus|also|through)\s)[a-z]+\s+)?"
    r"|(?:for|before|after|ahead\s+of|prior\s+to)\s+"
    r"(?:(?:your|our|my|this|that|the|an?|any|each|scheduled|upcoming|booked|planned|next)\s+)+"
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


# a call coordinated with another topic of "about": "text me about my inquiry or a missed
# call", "updates regarding your order and the scheduled call". The words between the preposition
# and the conjunction name no channel and no verb of sending, and the call has its own determiner
# and a modifier that says which call it is (missed, scheduled, upcoming, booked)
_CALL_IN_TOPIC_LIST = re.compile(
    r"\b(?:about|regarding|concerning)\s+"
    r"(?:(?!(?:texts?|messages?|sms|e-?mails?|calls?|calling|phone|receive|get|send|and|or)\b)"
    r"[\w'’-]+,?\s+){1,8}(?:(?:and|or|and/or)\s+|(?<=,\s))"
    r"(?:your|my|our|the|an?|any|each|that|this)\s+(?:[a-z]+-)?"
    r"(?:missed|scheduled|upcoming|booked|planned|returned|recorded|(?:[a-z]+-)?[a-z]+ed)\s+$",
    re.IGNORECASE,
)


def _call_in_topic_list(text: str, match: PhraseMatch) -> bool:
    """ "I agree that Acme may text me about my inquiry or a missed call": the consent verb's
    object is the texts; "a missed call" is the second thing "about" governs, a subject of the
    texts like the inquiry before it, not calls the person agrees to receive. Only the singular
    noun with its own determiner and a participle that says which call ("a missed call", "the
    scheduled call"). Near misses: "texts about my order and calls from an agent" (no
    determiner: a channel), "texts about my order and a call from an agent" (no modifier: a
    call promised), "texts and a missed-call line" (no "about")."""
    if match.label != "call_channel" or match.text.lower() != "call":
        return False
    if re.match(r"\s*(?:you|me|us)\b", text[match.end_char :], re.IGNORECASE):
        return False
    return bool(_CALL_IN_TOPIC_LIST.search(text[max(0, match.start_char - 90) : match.start_char]))


# the machine that sends the messages, named after them: "messages sent by autodialer", "texts
# delivered using an autodialer", "including those sent by an automatic dialing system"
_SENT_BY_MACHINE = re.compile(
    r"\b(?:texts?|messages?|msgs?|sms|mms|those|ones)\s+(?:(?:that\s+are\s+|which\s+are\s+)?"
    r"(?:sent|delivered|made|transmitted|generated)\s+)?(?:by|using|via|through|with)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_MACHINE = re.compile(r"auto-?dial\w*|ringless", re.IGNORECASE)


def _messages_sent_by_machine(text: str, match: PhraseMatch) -> bool:
    """ "... text messages from Acme, including messages sent by autodialer": the autodialer is
    how the texts are sent (the agent of "sent"), not a call agreed to; texts sent by an
    autodialer are still texts. Only the machine word, right after a message noun and the verb
    that sends it. Near misses: "calls and texts sent by autodialer" (the word "calls" is its
    own channel), "messages and autodialed calls" (the calls are what it makes)."""
    if match.label != "call_channel" or not _MACHINE.fullmatch(match.text):
        return False
    return bool(_SENT_BY_MACHINE.search(text[max(0, match.start_char - 60) : match.start_char]))


# a call the person is waiting for, the object of another verb: "so you don't miss your call"
# (a match called to its table), "in time to catch your call", "ready to join our call"
_CALL_AWAITED = re.compile(
    r"\b(?:miss|missing|catch|catching|join|joining|attend|attending)\s+"
    r"(?:(?:your|my|the|this|that|our|next|scheduled|upcoming)\s+)+(?:[a-z]+(?:-[a-z]+)?\s+)?$",
    re.IGNORECASE,
)


def _call_awaited(text: str, match: PhraseMatch) -> bool:
    """ "Would you like a text when your match is up, so you don't miss your call?": the call
    is what "miss" governs, the event the texts warn of (a tournament's call to the table, a
    scheduled call), not what the consent verb governs. Only the singular noun with a
    determiner, as the object of a verb of attending (miss, catch, join, attend). Near misses:
    "texts and calls so you don't miss anything" (calls is the object of "receive"), "we may
    call you" (a verb)."""
    if match.label != "call_channel" or match.text.lower() != "call":
        return False
    if re.match(r"\s*(?:you|me|us)\b", text[match.end_char :], re.IGNORECASE):
        return False
    return bool(_CALL_AWAITED.search(text[max(0, match.start_char - 60) : match.start_char]))


# the word right before "calls" when it names what the call is about ("weather calls"), not a
# determiner, verb, channel or a word that says how a phone call is placed
_CALL_MODIFIER = re.compile(r"(?:^|[\s/])([a-z][\w-]*)\s+$", re.IGNORECASE)
_NOT_A_TOPIC = re.compile(
    r"(?:receive|receiving|get|getting|to|and|or|plus|me|my|your|our|the|any|these|those|"
    r"also|phone|voice|text|texts|sms|email|e-mail|marketing|promotional|sales|telemarketing|"
    r"automated|autodialed|auto-dialed|prerecorded|pre-recorded|recorded|artificial|live|"
    r"outbound|follow-up|service|courtesy|reminder|scheduled|upcoming)",
    re.IGNORECASE,
)
# the list the call is in comes "by text message", "via SMS"; what lies between names no other
# channel ("weather calls and boat departure reminders by text message")
_BY_TEXT_AFTER = re.compile(
    r"(?P<between>[^.;:!?]{0,80}?)\s(?:by|via|over|through)\s+(?:text|sms|txt)"
    r"(?:\s+messages?)?\b(?!\s*(?:and|or|&|/)\s)",
    re.IGNORECASE,
)
_CHANNEL_WORD = re.compile(
    r"\b(?:texts?|messages?|msgs?|sms|e-?mails?|phone|voice|calls?|calling|dial(?:ed|er)?)\b",
    re.IGNORECASE,
)


def _call_sent_by_text(text: str, match: PhraseMatch) -> bool:
    """A "call" in the sense of a decision, named by its topic and sent by text: "I agree to
    receive dive-trip weather calls and boat departure reminders by text message" -- the
    weather call (go or no-go for the trip) is one of the texts, the sentence says how it comes.
    Only the plural noun with a topic word right before it ("weather calls", "go/no-go calls"),
    in a list the same clause says comes by text, with no other channel named between. Near
    misses: "marketing calls and texts", "calls and reminders by text" (no topic: a channel),
    "weather calls by phone and reminders by text"."""
    if match.label != "call_channel" or match.text.lower() != "calls":
        return False
    modifier = _CALL_MODIFIER.search(text[max(0, match.start_char - 40) : match.start_char])
    if modifier is None or _NOT_A_TOPIC.fullmatch(modifier.group(1)):
        return False
    after = _BY_TEXT_AFTER.match(text, match.end_char)
    return bool(after) and not _CHANNEL_WORD.search(after.group("between"))


# texts and what they are about, to the end of the clause: "text messages from the Club about
# my membership, renewals, club events and newsletters"
_TEXTS_ABOUT = re.compile(
    r"\b(?:texts?|text\s+messages?|sms(?:\s+messages?)?|messages?|msgs?|alerts?)\b"
    r"(?:\s+from\s+[^,.;:!?]{1,60}?)?"
    # "at the mobile number I provided, related to ...": where they are sent, then the topic
    r"(?:\s+(?:at|to|on)\s+(?:the|my|your)\s+(?:[\w-]+\s+){0,2}?(?:number|phone)"
    r"(?:\s+(?:I|you)\s+(?:provided|provide|entered|enter|gave|give|submitted))?\s*,?)?"
    r"\s+(?:about|regarding|concerning|on|relat(?:ed|ing)\s+to|pertaining\s+to)\s+"
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


# an agreement word inside the list would start a second consent ("texts about my order and
# agree to the Terms")
_AGREEMENT_WORD = re.compile(r"\b(?:agree\w*|accept\w*|acknowledg\w*|consent\w*)\b", re.I)


def _policy_as_topic(text: str, match: PhraseMatch) -> bool:
    """ "You agree to receive texts about your quote and policy renewals": a policy (an
    insurance policy, a return policy) in the list that "about" governs is what the texts are
    about, not terms the person accepts. The agreement must govern the policy word for it to be
    a second consent; here it governs "receive texts", and the policy is that verb's topic.
    Near miss: "texts about my order, and I agree to the Terms" (a second agreement verb)."""
    if match.label != "terms_acceptance":
        return False
    about = _TEXTS_ABOUT.search(text[max(0, match.start_char) : match.end_char])
    return bool(about) and not _AGREEMENT_WORD.search(about.group("list"))


# the person's own call to the business: "opt out by calling (555) 010-2000", "call us",
# "calling our office", "call 1-800-..." (a number or the business follows the verb)
_PERSON_CALLS = re.compile(
    r"^\s*(?:us\b|our\s+(?:office|line|number|team|support|store|toll)|"
    r"(?:toll[\s-]?free\s+)?\(?\+?1?[\s.-]?\(?\d{3})",
    re.IGNORECASE,
)
_BY_CALLING = re.compile(r"\bby\s+$", re.IGNORECASE)
# what such a call is for: leaving the texts or getting help
_WAY_OUT = re.compile(
    r"\b(?:opt(?:\s|-)?out|unsubscribe|stop|cancel|help|assistance|support|questions?)\b",
    re.IGNORECASE,
)


def _call_as_way_out(text: str, match: PhraseMatch) -> bool:
    """ "I can opt out by calling (402) 555-0143", "for help, call us": a call the person
    places, named as a way to leave the texts or get help, is not consent to receive calls.
    The call must be the person's act (a number or "us" follows it, or "by calling") in a
    sentence about opting out or help. Near miss: "I agree to receive calls and texts; I can
    opt out by calling ..." still fires on "calls"."""
    if match.label != "call_channel" or not match.text.lower().startswith("call"):
        return False
    after = text[match.end_char : match.end_char + 40]
    before = text[max(0, match.start_char - 10) : match.start_char]
    persons_act = bool(_PERSON_CALLS.match(after)) or (
        match.text.lower() == "calling" and bool(_BY_CALLING.search(before))
    )
    return persons_act and bool(_WAY_OUT.search(match.sentence))


# a negated verb: "does not enroll", "won't sign you up", "is not required"
_NEGATED_VERB = re.compile(
    r"\b(?:does|do|did|will|would|shall|can|could|is|are|was|were)\s*(?:not\b|n[’']t\b)|"
    r"\b(?:won|can|don|doesn|isn|aren)[’']t\b|\bcannot\b",
    re.IGNORECASE,
)
# ... a verb of signing up, what the act is denied to do: "does not (by itself) enroll anyone",
# "is not consent to", "will not subscribe you", "doesn't opt you in"
_ENROLLS = re.compile(
    r"\s+(?:[\w’']+\s+){0,3}?(?:enrolls?|sign(?:s)?\s+(?:\w+\s+)?up|subscribes?|"
    r"opts?\s+(?:\w+\s+)?in\b|registers?|adds?|mean|constitutes?|counts?\s+as|amounts?\s+to|"
    r"gives?\s+(?:\w+\s+)?consent|(?:be\s+)?consent|grants?|authorizes?)\b",
    re.IGNORECASE,
)
_PERSON_SUBJECT = re.compile(r"\b(?:i|you|we|they|he|she)\b", re.IGNORECASE)


def _denied_act(text: str, match: PhraseMatch) -> bool:
    """ "Creating an account or agreeing to the Terms does not by itself enroll anyone in text
    messaging": the other act is the subject of a negated verb, so the sentence says it does
    NOT sign anyone up, the opposite of bundling. The negation must govern the sentence's main
    verb with the act as its subject: nothing before the negated verb is a person acting ("I
    agree to the Terms and do not want calls" names the person, and stays a consent)."""
    if match.label not in ("terms_acceptance", "call_channel", "email_channel"):
        return False
    sentence = match.sentence
    start = sentence.find(match.text)
    if start < 0:
        return False
    negated = _NEGATED_VERB.search(sentence, start + len(match.text))
    if not negated or not _ENROLLS.match(sentence, negated.end()):
        return False
    subject = sentence[: negated.start()]
    return not _PERSON_SUBJECT.search(subject) and not re.search(r"[;:]", subject)


# a capitalized name that starts at the channel word and names the messages after it: "Call
# Ops texts", "Call Ready alerts" (one or more capitalized words, then a message noun)
_NAME_GOES_ON = re.compile(
    r"(?:\s+[A-Z][\w'’&-]*)+\s+(?:texts?|txts?|sms|messages?|msgs?|alerts?|updates?|"
    r"reminders?|notifications?)\b"
)


def _part_of_a_name(text: str, match: PhraseMatch) -> bool:
    """ "Send me Curtain Call texts", "join the Last Call Club": a channel word written as one
    word of a capitalized name (the capitalized word before it, what the name names after it)
    is the program's name, not a consent to calls or emails. So is a name that starts at the
    channel word, mid-sentence, and goes on in capitals to the messages it names: "I agree to
    receive transactional Call Ops texts" (the texts of a product called Call Ops; blind round
    35). Not in a label that capitalizes every word ("Send Me Email And Text Updates"): there
    capitals mark no name; and not "receive Calls and texts" (no name goes on after it)."""
    word = text[match.start_char : match.end_char]
    if " " in word or not word[:1].isupper() or word.isupper():
        return False
    before = re.findall(r"[\w'’&-]+|[^\w\s]", text[: match.start_char])
    if (
        before
        and before[-1] not in {".", "!", "?", ":"}
        and _NAME_GOES_ON.match(text, match.end_char)
    ):
        pass  # the name starts at the channel word: "transactional Call Ops texts"
    elif len(before) < 2 or not before[-1][:1].isupper() or before[-2] in {".", "!", "?", ":"}:
        return False  # no capitalized word before it, or one that starts the sentence
    elif not _NAMED_THING.match(text, match.end_char):
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


# consent given by the act that accepts a service: "By accepting this proposal, you consent to
# receive texts" (not "texts about your proposal": the act must give the consent)
_ACCEPTING = re.compile(
    r"\bby\s+(?:accepting|approving|signing)\s+(?:this|the|your|my|our)\s+"
    r"(?:[\w-]+\s+)?(?:proposal|estimate|quote|agreement|contract)\b"
    r"[^.;!?]{0,30}?\b(?:you|i)\s+(?:also\s+)?(?:consent|agree)\b",
    re.IGNORECASE,
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
    ("accepting a proposal, estimate or agreement", _ACCEPTING),
    (
        "opening an account",
        re.compile(
            r"(?<!\bto\s)\b(?:create|open|set\s+up)\s+(?:my|an?)\s+(?:[\w-]+\s+)?account\b"
            r"(?!\s+(?:is|was|has|gets)\b)",
            re.IGNORECASE,
        ),
    ),
)


def consent_by_accepting(text: str) -> str:
    """The words that give the consent by accepting a service ("By accepting this proposal,
    you consent to receive ..."), or "": clicking the button that accepts the proposal is
    the consent, so no box is ticked for the texts."""
    found = _ACCEPTING.search(text)
    return found.group(0) if found else ""


def _other_acts(text: str) -> list[str]:
    """What else ticking the box does, besides agreeing to texts: entering a raffle or opening
    an account in the same words ("Enter me in the raffle and sign me up for text deals")."""
    return [what for what, act in _OTHER_ACTS if act.search(text)]


def bundled_with(text: str) -> list[str]:
    found: list[str] = _other_acts(text)
    for match in vocabulary("optin").find(text):
        if match.label not in _NOT_BUNDLING:
            continue
        window = text[max(0, match.start_char - 5) : match.end_char + 30]
        if (
            _NOT_BUNDLING[match.label].search(window)
            or _sms_terms(text, match)
            or _call_as_topic(text, match)
            or _call_sent_by_text(text, match)
            or _messages_sent_by_machine(text, match)
            or _call_awaited(text, match)
            or _call_in_topic_list(text, match)
            or _publication_as_topic(text, match)
            or _policy_as_topic(text, match)
            or _call_as_way_out(text, match)
            or _denied_act(text, match)
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


# a sentence whose act is the SMS sign-up itself: "By signing up, you agree to our Terms",
# "By checking this box you accept ...". Not "By submitting" or "By creating an account": the
# form's act may be another one (a contact request, an account), and its terms with it.
_BY_SIGNING_UP = re.compile(
    r"\s*by\s+(?:signing\s+up|subscribing|opting[\s-]+in|joining|enrolling|"
    r"(?:checking|ticking|selecting)\s+(?:this|the)\s+box)\b[^.;:!?]*$",
    re.IGNORECASE,
)


def _sms_terms(text: str, match: PhraseMatch) -> bool:
    """Agreeing to the SMS program's own terms ("the SMS Terms") or acknowledging the privacy
    policy, which the disclosure must link anyway, is part of the SMS consent, not another one.

    So is "By signing up you agree to our Terms and Privacy Policy" in a sentence of its own
    after the grant: the terms it accepts are the sign-up's, as the disclosure must link them.
    Not the box's own "I have read and agree to the Privacy Policy and Terms of Service": the
    box then takes consent to the texts and acceptance of the terms at once, which reviewers
    ask to keep apart (Twilio error 30513: "Keep messaging consent separate from acceptance of
    your privacy policy or terms of service"; blind round 34's labels).
    One sentence that grants texts and accepts the terms ("I agree to the Terms of Service and
    to receive texts") is still two consents in one."""
    if match.label != "terms_acceptance":
        return False
    if _NOT_BUNDLING["terms_acceptance"].search(text[match.start_char : match.end_char + 40]):
        return True
    words = set(re.findall(r"[a-z&]+", match.text.lower()))
    if "privacy" in words and not words & _OTHER_TERMS:
        return True
    sentence = match.sentence
    before = sentence[: max(0, sentence.find(match.text))]
    return (
        sentence.strip() != text.strip()
        and bool(_BY_SIGNING_UP.match(before))
        and not _DELIVERS.search(sentence)
    )
