"""What a texting verb takes as its objects: the people texted and what is sent to them.

Businesses write one sentence for their whole program: "Acme texts customers who opt in on our
quiz their board match, openings in the schedule and sale events", "We text boarders about
their horses and the barn: farrier days, feed changes and invoices", "Text me my board match
plus shop news". The verb "text" takes the people as its direct object ("text boarders"), and
what is sent as a second object ("texts customers ... their board match"), after "about", or
as a list after a colon that closes the verb's clause; "send" takes what is sent directly ("we
send shaping slot openings"). Message kinds are open-ended (issue 13), so what is sent is judged
by the sentence's structure, not by a list of kind words: an object with a word of its own
names the kind of messages; one made only of message words, people or fillers ("We send
messages to people who sign up", "to tell them stuff") names none.

Plain regular expressions over one sentence, so that check-campaign reads a description or a
message flow without loading spaCy. The opt-in form's readers (analyzers/optin/plain_words.py)
are separate: this module serves the campaign file.
"""

from __future__ import annotations

import re

_WORD = r"[A-Za-z0-9][\w'\u2019-]*"

_TEXT_VERB = re.compile(r"\b(?:text|texts|texted|texting)\b", re.IGNORECASE)
_SEND_VERB = re.compile(r"\b(?:send|sends|sending)\b", re.IGNORECASE)
# the word before "text"/"send" that makes it a noun or another's verb: an article, a
# possessive, a number, a verb of getting ("a text", "our texts", "4 texts", "get texts")
_NOT_BEFORE_A_VERB = frozenset(
    """
    a an the our your their its my his her this these those that some any no each every
    of for by via to from with get gets got getting receive receives received receiving
    send sends sent sending sign signs opt opts optional free marketing promotional
    recurring automated occasional
""".split()
)
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n['\u2019]t\b", re.IGNORECASE)

_PERSONAL = frozenset("me you them him her".split())
_DETERMINERS = frozenset(
    "a an the our your their its my his her this that these those all any every each own".split()
)
_PREPOSITIONS = frozenset(
    """
    in on at through via from with for to by of about into onto over under after before
    during using within across
""".split()
)
# words that end the people texted: a relative clause, a time, a manner, a purpose
_PEOPLE_END = frozenset(
    """
    who whom that which when whenever if once as after before until while about regarding
    with to from at on in by via through for and or i we you they he she
""".split()
)
# parts of a hyphenated word that say how, how often or for whom a message is sent, never what
# it is about: "real-time updates", "opt-in texts", "patient-only notices"
_MANNER = frozenset(
    """
    real time up to date one two way based opt in out non high low priority friendly all
    purpose auto pre recorded short long term day week month only follow so called
""".split()
)
# words of a sent object that say nothing of what the messages are about: the message words,
# the people, how or how often the texts come, fillers and the sender's own contact data
_NO_CONTENT = frozenset(
    """
    text texts txt txts sms mms msg msgs message messages notification notifications update
    updates alert alerts notice notices information info communication communications news
    content contents thing things stuff anything something everything whatever
    me you us them him her it this that these those they we i
    a an the our your their its my his her all any every each own some other more
    recurring automated autodialed occasional periodic regular important general timely
    relevant useful helpful marketing promotional mobile
    customer customers client clients member members people person folks subscriber
    subscribers user users patient patients guest guests student students family families
    number numbers phone cell consent permission reply replies link links keyword
    and or plus also too as well
""".split()
)


def _content_words(phrase: str) -> list[str]:
    """The words of an object that say what the messages are about: not message words,
    people, fillers, numbers or capitalised names and keywords ("Text me Longshore news",
    "text STOP"); an object never opens its sentence, so a capital is a name."""
    words = re.findall(_WORD, phrase)
    return [
        w
        for w in words
        if any(
            part not in _NO_CONTENT | _MANNER for part in re.split(r"[-\u2010\u2011]", w.lower())
        )
        and w.lower() not in _NO_CONTENT
        and not w.isdigit()
        and not w[:1].isupper()
    ]


def _object_phrase(text: str) -> str:
    """The noun phrase at the start of text, up to its first comma, clause word or mark."""
    found = re.match(
        rf"\s*((?:(?!(?:{'|'.join(sorted(_PEOPLE_END))})\b){_WORD}\s*){{1,10}})",
        text,
        re.IGNORECASE,
    )
    return found.group(1) if found else ""


def _is_verb(sentence: str, match: re.Match[str]) -> bool:
    """Is this "text"/"send" the verb of the sentence, said by the sender? Not the noun ("our
    texts", "get texts"), not negated ("we never text ..."), not the subscriber's own texting
    ("text us", "text STOP to 55555")."""
    # the clause the verb stands in: a quoted box or a colon starts a clause of its own
    clause = re.split(r"[.;:!?()\"\u201c\u201d]", sentence[: match.start()])[-1]
    before = re.findall(r"[\w'\u2019]+", clause.lower())
    if _NEGATION.search(clause) or (before and before[-1] in ("you", "please")):
        return False
    if match.group(0).lower().startswith("text") and not before:
        # a sentence that opens with "Text": the imperative "Text me ...", never "Texts from"
        return bool(re.match(r"\s+(?:me|them)\b", sentence[match.end() :], re.IGNORECASE))
    return not (before and (before[-1] in _NOT_BEFORE_A_VERB or before[-1].isdigit()))


def _people_after(rest: str) -> re.Match[str] | None:
    """The people right after "text": a personal pronoun ("text me"), or a plural noun with its
    determiner ("texts our boarders", "text all registered anglers"), not a message word
    ("text alerts", "text messages") nor "us" (the subscriber texts the business)."""
    return re.match(
        r"\s+(?:(?:me|you|them|him)\b|(?:(?:our|its|their|the|all|any|every)\s+)?"
        r"(?:[\w'-]+ed\s+)?(?!(?:messages|alerts|updates|notifications|notices|reminders|"
        r"msgs|texts|sms|is|was|has|its|this|his|us)\b)[a-z][\w'-]*[^s\W]s\b)",
        rest,
        re.IGNORECASE,
    )


# what ties the people texted to the business: "our boarders", "boarders who board with us",
# "boarders about their own horses", "customers their order status"
_TIED = re.compile(r"\s*,?\s*(?:who|that|whose|about\s+(?:their|his|her)|their|his|her)\b", re.I)


def texted_people(sentence: str) -> str | None:
    """The people a sentence's "text" verb texts, when the sentence ties them to the business:
    "We text our boarders", "We text boarders about their own horses", "texts customers who
    opt in ...". "text" takes the people as its direct object, as "send" takes them after
    "to". A trade's noun alone says nobody ("texts anglers: a confirmation ..." could text any
    angler); the business's own ("our"), a clause on what they did, or their own things sent
    to them make them its customers. Not "We text alerts", "our texts", "text us", nor a
    pronoun ("text you" says nobody's trade)."""
    for verb in _TEXT_VERB.finditer(sentence):
        if not _is_verb(sentence, verb):
            continue
        rest = sentence[verb.end() :]
        people = _people_after(rest)
        if people is None or people.group(0).strip().lower() in _PERSONAL:
            continue
        if re.match(r"\s+(?:our|its)\b", people.group(0), re.I) or _TIED.match(rest, people.end()):
            return sentence[verb.start() : verb.end() + people.end()].strip()
    return None


def _closes_a_noun_phrase(words: list[str]) -> bool:
    """Does the last word close a noun phrase: a determiner stands one to three words before
    it with no preposition between ("on our website", "the board quiz"), and it is no
    preposition, pronoun or determiner itself ("who book their", "give us their")?"""
    if words[-1] in _PREPOSITIONS | _PERSONAL | _DETERMINERS:
        return False
    for back in range(2, 5):
        if back > len(words) or words[-back] in _PREPOSITIONS:
            return False
        if words[-back] in _DETERMINERS:
            return True
    return False


def _second_object(rest: str, people_end: int) -> str | None:
    """What "text <people> [who ...]" sends as its second object: a noun phrase opened by a
    possessive that follows a noun, not a preposition or a verb ("texts customers who opt in on
    our quiz their board match": "their" follows "quiz", closing "the board quiz"; not "who
    book their visits", "who give us their number")."""
    for possessive in re.finditer(r"\b(?:my|your|their|his|her)\b", rest[people_end:]):
        start = people_end + possessive.start()
        before = re.findall(r"[\w'\u2019-]+", rest[:start].lower())
        if not before:
            continue
        if len(before) == len(re.findall(r"[\w'\u2019-]+", rest[:people_end].lower())):
            noun_end = True  # right after the people: "texts customers their order status"
        else:
            noun_end = _closes_a_noun_phrase(before)
        if noun_end:
            what = _object_phrase(rest[start:])
            if _content_words(what):
                return what.strip()
    return None


def what_is_texted(sentence: str) -> str | None:
    """What the sentence's texting verb sends, when that object names something of its own:
    "Text me my board match plus shop news", "texts customers who opt in ... their board
    recommendation", "We text boarders about their horses and the barn: farrier days ...",
    "we send shaping slot openings". None for "We text our customers.", "Texts from
    Longshore.", "We send messages to people who sign up.", "texts customers who opt in through
    the quiz" (people and an opt-in place, no content)."""
    for verb in (*_TEXT_VERB.finditer(sentence), *_SEND_VERB.finditer(sentence)):
        if not _is_verb(sentence, verb):
            continue
        rest = sentence[verb.end() :]
        clause = re.split(r"[.;!?]", rest)[0]
        is_text = verb.group(0).lower().startswith("text")
        people = _people_after(rest) if is_text else None
        if is_text and people is None:
            continue  # "text" with no person is the noun or the subscriber's keyword
        if people is None:
            # "send me X", "sends X to ...": what is sent comes first, after an optional person
            pronoun = re.match(r"\s+(?:me|you|them|him|her)\b", rest, re.IGNORECASE)
            start = pronoun.end() if pronoun else 0
            what = _object_phrase(re.split(r"[,:;.()\"\u201c\u201d]", rest[start:])[0])
            if _content_words(what):
                return what.strip()
            # "send texts about ...": "about" follows the texts
            people_end = start + len(rest[start:]) - len(rest[start:].lstrip()) + len(what)
        else:
            people_end = people.end()
            if re.fullmatch(r"\s+(?:me|you|them|him)", people.group(0), re.IGNORECASE):
                # "Text me my board match plus shop news": the pronoun, then what is sent
                what = _object_phrase(re.split(r"[,:;.()\"\u201c\u201d]", rest[people_end:])[0])
                if _content_words(what):
                    return what.strip()
        # "about" right after the people or the messages, not inside a clause on the people
        # ("texts customers who asked about pricing" says what they asked, not what is sent)
        about = re.match(
            r"\s*,?\s*(?:about|regarding|concerning)\s+(.*)", clause[people_end:], re.IGNORECASE
        )
        if about:
            what = _object_phrase(re.split(r"[,:;()]", about.group(1))[0])
            if _content_words(what):
                return what.strip()
        if is_text:
            second = _second_object(clause.split(":")[0], people_end)
            if second:
                return second
        when = _sent_when(clause[people_end:])
        if when:
            return when
        if ":" in clause:
            # a list after the colon that ends the verb's clause, not a quoted box ("a box
            # that reads: \"Yes, text me\"") nor the disclosure's own lines
            after = clause.split(":", 1)[1]
            listed = _object_phrase(re.split(r"[,;()]", after)[0])
            if (
                _content_words(listed)
                and not re.match(r"\s*[\"\u201c\u2018']", after)
                and not _DISCLOSURE_LINE.search(listed)
            ):
                return listed.strip()
    return _kinds_received(sentence)


def kind_by_event_or_modifier(sentence: str) -> str | None:
    """The two ways of naming the kind that terms pages share with campaign descriptions: by
    when the texts are sent ("we text you when seats open on sold-out walks") or by the words
    before the message noun ("receive scheduling and crew arrival texts"). Not the rest of
    `what_is_texted`, whose looser reading of a description's verb object would take "We send
    out texts now and then" for a kind."""
    return _sent_when(sentence) or _kinds_received(sentence)


# a clause that says when a text is sent: "when seats open on sold-out walks", "once your
# table is ready", "as soon as a new listing matches"; its subject is no person the text goes
# to ("when they book", "when you sign up" say what the people did) and no participle or
# adjective ("when needed", "when necessary")
_WHEN = re.compile(
    r"\b(?:when|whenever|once|as\s+soon\s+as|each\s+time|every\s+time|any\s+time)\s+"
    r"(?!(?:they|you|we|i|he|she|it|there|someone|anyone|needed|necessary|possible|appropriate|"
    r"required|requested|applicable|available|relevant)\b)"
    r"((?:[\w'\u2019-]+\s+){1,8}?[\w'\u2019-]+)(?=\s*(?:[,.;:!?()\"\u201c\u201d]|\s+and\s+when|$))",
    re.IGNORECASE,
)


def _sent_when(rest: str) -> str | None:
    """What a text says, given by when it is sent (blind round 36, a birding-tour company:
    "texts customers who opted in on our website when seats open up on sold-out walks"): a
    message sent when an event happens tells of that event, as a seat-opening alert does. The
    clause needs a subject and words of its own: "when they book", "when needed" and "when
    there is news" name no event of the business's."""
    for found in _WHEN.finditer(rest):
        first = found.group(1).split()[0].lower()
        if _content_words(found.group(1)) and not first.endswith("ed"):  # "when asked to"
            return found.group(0).strip()
    return None


# the message noun after a verb of getting or sending, and the words that modify it: "receive
# scheduling and crew arrival texts", "get seat-opening alerts"
_RECEIVED = re.compile(
    r"\b(?:receive|receives|receiving|get|gets|getting|send|sends|sending)\s+"
    r"((?:[\w'\u2019-]+\s+){1,5}?)(?:texts?|text\s+messages|messages|msgs|sms|alerts|"
    r"notifications|updates|reminders|notices)\b",
    re.IGNORECASE,
)


def _kinds_received(sentence: str) -> str | None:
    """The kinds a sentence names as modifiers of the messages it gets or sends: "you agree to
    receive scheduling and crew arrival texts from Granary Row Flooring" (blind round 36).
    Words of manner, frequency or message ("recurring automated text messages", "occasional
    updates") say no kind, and a negated verb sends none."""
    for found in _RECEIVED.finditer(sentence):
        clause = re.split(r"[.;:!?()]", sentence[: found.start()])[-1]
        if _NEGATION.search(clause):
            continue  # "you will not receive shipping texts"
        words = [w for w in found.group(1).lower().split() if w not in _PARTICLES]
        if words and _content_words(" ".join(words)) and not _COUNTED & set(words):
            return found.group(0).strip()
    return kinds_signed_up_for(sentence)


# the message noun after a verb of joining a list, and the words that modify it: "Sign me up
# for event and new-release texts", "subscribe to price-drop alerts", "opt in to shift texts"
_SIGNED_UP = re.compile(
    r"\b(?:sign(?:s|ed|ing)?\s+(?:(?:me|you|us|them)\s+)?up\s+for|"
    r"subscrib(?:e|es|ed|ing)\s+(?:(?:me|you|us|them)\s+)?to|"
    r"opt(?:s|ed|ing)?[\s-]+(?:(?:me|you|us|them)\s+)?in(?:\s+to|to|\s+for)|"
    r"enrol(?:l|ls|led|ling|s)?\s+(?:(?:me|you|us|them)\s+)?in)\s+"
    r"((?:[\w'\u2019-]+,?\s+){1,5}?)(?:texts?|text\s+messages|messages|msgs|sms|alerts|"
    r"notifications|updates|reminders|notices)\b",
    re.IGNORECASE,
)


def kinds_signed_up_for(sentence: str) -> str | None:
    """The kinds a sentence names as modifiers of the messages a person signs up for: "Sign me
    up for event and new-release texts from Kindred Page Books" (blind round 37) asks for texts
    about events and new releases, as "receive event texts" does. The modifiers are read as
    written: a capitalised one is the sender's name ("sign up for Harbor Books texts"), and
    words of manner, count or message ("sign up for recurring texts", "subscribe to our
    alerts") name no kind; a negated verb signs up for none ("don't subscribe to promo
    texts")."""
    for found in _SIGNED_UP.finditer(sentence):
        clause = re.split(r"[.;:!?()]", sentence[: found.start()])[-1]
        if _NEGATION.search(clause):
            continue
        words = found.group(1).replace(",", " ").split()
        if _COUNTED & {w.lower() for w in words}:
            continue
        kinds = [
            w
            for w in _content_words(" ".join(words))
            if any(
                part not in _NOT_A_KIND for part in re.split(r"[-\u2010\u2011]", w.lower()) if part
            )
        ]
        if kinds:
            return found.group(0).strip()
    return None


# words before the messages signed up for that say how often, by what channel, at what price
# or how good they are, never what they are about: "weekly texts", "email and text updates",
# "free texts", "exclusive text alerts", "sign up to receive texts"
_NOT_A_KIND = (
    _NO_CONTENT
    | _MANNER
    | frozenset(
        """
    daily weekly monthly yearly nightly hourly biweekly quarterly annual
    email emails e mail newsletter newsletters mobile phone voice call calls push app in
    free exclusive special latest new great exciting best vip insider
    receive receiving get getting
""".split()
    )
)


# the verb's own particle, never a kind: "we send out texts now and then"
_PARTICLES = frozenset("out back over along off".split())

# words that count the messages or point at them, never a kind: "get a few texts a month",
# "receive the texts I picked", "get up to 4 texts"
_COUNTED = frozenset(
    "a an the few several many some more fewer most no any these those this that up to per "
    "about around roughly".split()
)


# a colon that opens the disclosure's own lines, not a list of what is sent
_DISCLOSURE_LINE = re.compile(
    r"\b(?:reply|stop|help|rates?|frequency|freq|msg&data|data|cancel|opt[- ]out|terms|"
    r"privacy|consent)\b",
    re.IGNORECASE,
)
