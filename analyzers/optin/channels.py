"""Which channel a disclosure sentence speaks of: texts, or email, a feed, a dashboard or a call.

The disclosure elements are about the text messages. A kind of message, an opt-out or a HELP
keyword in a sentence whose channel is another one (an email newsletter, an Instagram feed, an
account dashboard, a phone call) is not the texts' kind, STOP or HELP, however much it reads
like one: "Appointment reminders are sent by email" names no kind of text, "To opt out, call
us" is no STOP instruction, "Call 1-800-HELP-NOW" is no HELP keyword. Both the opt-in form's
reader (analyzers/optin/disclosure.py) and the terms' (analyzers/policy/terms_elements.py) ask
here, so the two contexts judge a sentence alike.
"""

from __future__ import annotations

import re

# the text channel named as such ("by text", "SMS alerts", "txt", "your mobile number"); "mobile"
# and "phone" name it only when they do not name an app or a site ("in our mobile app" is the
# app, not the texts)
_TEXT_CHANNEL = re.compile(
    r"\b(?:sms|mms|txts?|texts?|texting|texted|text[\s-]+messag\w*|"
    r"(?:mobile|cell(?:ular)?|phone)(?!\s+(?:app|apps|application|applications|website|site)\b))\b",
    re.IGNORECASE,
)
# another channel the messages go by: email, post (postcards, mailers), a social network or a
# blog, or a place the business's own software or another site shows them ("in your account
# dashboard", "in Settings", "in our mobile app", "posted on the FDA website")
_OTHER_CHANNEL = re.compile(
    r"\b(?:e-?mails?|e-?mail(?:ed|ing)|newsletters?|mailing\s+list|inbox|"
    r"post\s?cards?|mailers?|flyers?|direct\s+mail|blogs?|podcasts?|"
    r"instagram|facebook|tiktok|twitter|linkedin|youtube|pinterest|social\s+media|"
    r"push\s+(?:notifications?|alerts?|messages?))\b|"
    r"\b(?:in|on|into|through|via|by|from|at)\s+(?:(?:your|our|the|my|an?)\s+)?"
    r"(?:[A-Za-z][\w.&'-]*\s+){0,2}?"
    r"(?:mail|dashboard|portal|app|settings|account\s+page|profile|website|web\s+site)\b",
    re.IGNORECASE,
)
# what something depends on is no place the messages go: "frequency depends on your alert
# settings" says what sets how often the texts come, "updates in your settings" where they show
_DEPENDS_ON = re.compile(r"\b(?:depend(?:s|ing|ent)?|based|conditional)\s+(?:up)?on\b", re.I)
# a means of opting out other than texting a keyword: calling, clicking, writing, visiting
_OTHER_MEANS = re.compile(
    r"\b(?:call|calling|phone\s+us|click|clicking|visit|visiting|write|writing|log\s+in|"
    r"sign\s+in|contact\s+us|contacting\s+us|settings|preferences|my\s+account|"
    r"your\s+account)\b|\(?\d{3}\)?[\s.-]\d{3}[\s.-]?\d{4}|\b\d{3}-\d{4}\b",
    re.IGNORECASE,
)
# how the consent itself is given ("By clicking Submit, ...", "by checking this box"): its
# means are not the opt-out's
_CONSENT_MEANS = re.compile(
    r"\bby\s+(?:clicking|tapping|pressing|selecting|submitting|checking|ticking|entering|"
    r"providing|signing|continuing)\b[^,;]*",
    re.IGNORECASE,
)
# a phone number with letters for digits: "1-800-HELP-NOW", "888-STOP-NOW"
_VANITY_NUMBER = re.compile(r"\b(?:1-)?\d{3}-(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)*")


def names_text_channel(sentence: str) -> bool:
    return bool(_TEXT_CHANNEL.search(sentence))


def kind_by_another_channel(sentence: str) -> bool:
    """The kind of message the sentence names comes by another channel than texts: it names
    email, post, a social network or the business's own dashboard or app as where the messages
    go, and never the texts. "Sign up for our newsletter for weekly promotions by email",
    "Order updates are available in your account dashboard" and "Our promotions are posted on
    Instagram" name no kind of text message; "Get order updates by text or email" does, and
    "You agree to receive promotional offers from Acme" (no channel: the form's) too."""
    without_conditions = _DEPENDS_ON.sub(" ", sentence)
    return bool(_OTHER_CHANNEL.search(without_conditions)) and not names_text_channel(sentence)


def opt_out_by_other_means(sentence: str) -> bool:
    """An opt-out with no keyword whose means is another channel: "To opt out, call us at
    555-0100", "Click unsubscribe in any email to opt out", "manage your preferences in your
    account". How the consent is given ("By clicking Submit you agree ... and may opt out at
    any time") is not the opt-out's means. The STOP instruction is a keyword texted back
    ("Reply STOP", "text END"); a bare "You can opt out at any time" names no other means and
    still counts as the opt-out line, and "Reply STOP or call us to opt out" has its
    keyword."""
    from analyzers.text.vocabulary import vocabulary

    labels = vocabulary("optin").labels_in(sentence)
    if "stop_keyword" in labels:
        return False
    if "email_channel" in labels and "sms_channel" not in labels:
        return True  # "Unsubscribe at any time by clicking the link in our emails"
    return bool(_OTHER_MEANS.search(_CONSENT_MEANS.sub(" ", sentence)))


def in_vanity_number(text: str, start: int, end: int) -> bool:
    """The span [start, end) is letters of a phone number spelled in words ("Call
    1-800-HELP-NOW"), not a keyword to text."""
    return any(m.start() <= start and end <= m.end() for m in _VANITY_NUMBER.finditer(text))


# a keyword in capitals standing alone as an exclamation: "STOP! Read these terms", "HELP!"
_EXCLAIMED = re.compile(r"\s*!")
_TEXTING_VERB = re.compile(
    r"\b(?:reply|text|txt|send|replying|texting|sending|back)\W*$", re.IGNORECASE
)


def keyword_as_interjection(text: str, start: int, end: int) -> bool:
    """The span [start, end) is a bare keyword in capitals said as an exclamation ("STOP! Read
    these terms carefully", "HELP! We're hiring"), not an instruction to text it: a "!" follows
    it and no verb of texting governs it. "Reply STOP!" and "Text HELP!" are instructions."""
    word = text[start:end]
    return (
        word.isalpha()
        and word.isupper()
        and bool(_EXCLAIMED.match(text, end))
        and not _TEXTING_VERB.search(text[:start])
    )


# the opt-out keywords a STOP instruction names (analyzers/vocab/disclosure.yaml's stop)
_OPT_OUT_KEYWORDS = frozenset(
    "stop stopall cancel end quit unsubscribe alto baja parar cancelar fin para".split()
)
# what may stand between a keyword and the words that say what it does: where to text it and
# when ("to 55123", "to our short code", "at any time")
_WHERE_AND_WHEN = re.compile(
    r"""^[\s"'”’)]*(?:(?:to|at)\s+(?:\d[\d\s-]*|(?:our|the|this)\s+short\s+code)\s*|"""
    r"(?:at\s+any\s*time|anytime|any\s+time)\s*)*",
    re.IGNORECASE,
)
# a keyword said to fetch something: "for our clearance catalog", "to get the ending"
_FOR_WHAT = re.compile(r"^,?\s*for\s+(?P<what>[^.;!?]+)", re.IGNORECASE)
_TO_DO = re.compile(
    r"^,?\s*to\s+(?P<verb>get|receive|see|read|hear|download|claim|join|enter|learn|request|"
    r"access|sign\s+up|subscribe|vote|rsvp|book|order|win|unlock|view|find)\b(?P<rest>[^.;!?]*)",
    re.IGNORECASE,
)
# the opt-out said by what "for" or "to get" governs: "for no more texts", "for opt-out", "to
# receive no further messages" (not "for the bus stop schedule": a stop of another kind)
_OPTED_OUT = re.compile(
    r"^\s*(?:no|none|never|opt(?:ing)?[\s-]?out|unsubscri\w*|cancel\w*|stop\w*|quit\w*|"
    r"remov\w*|end(?:ing)?\b)",
    re.IGNORECASE,
)
# something the person texts along with the keyword: "with your booking ID", "followed by your
# order number", "and the order #": the keyword then names a command on that thing. Their own
# phone number says who opts out, and an identifier that a verb follows is the clause's
# subject ("Reply STOP and your number will be removed"), not what is texted.
_WITH_ADDED = re.compile(
    r"""^[\s"'”’)]*,?\s*(?:with|followed\s+by|along\s+with|together\s+with|plus|and|\+|&)\s+"""
    r"(?:(?:your|the|its|their|a|an)\s+)?(?:(?!(?:phone|mobile|cell)\b)[\w-]+\s+){0,2}?"
    r"(?:id|ids|number|numbers|no\.|#|code|codes|reference|confirmation|pin|zip)"
    r"(?=\W|$)(?!\s+(?:will|is|are|was|gets?|be|has|have|won't|can)\b)",
    re.IGNORECASE,
)
# words in capitals that join a keyword rather than name another one
_JOINING_CAPITALS = frozenset({"OR", "AND", "TO", "AT", "FOR", "ALL", "ANYTIME", "NOW"})


def keyword_for_something_else(text: str, start: int, end: int) -> bool:
    """The opt-out keyword ending at `end` is part of a longer keyword, or the sentence says it
    fetches something: it is a keyword of a promotion or a content service, not the STOP
    instruction. "Reply END-OF-SEASON for our clearance catalog" and "Reply ALTO VOLUMEN for
    speaker rentals" text longer keywords (joined by hyphens, or another word in capitals in a
    sentence not written all in capitals); "Text END to get the ending of our story" texts END
    to receive something. "Reply STOP to opt out", "Text CANCEL to 55123 at any time to
    unsubscribe", "Reply STOP for no more texts" and "REPLY STOP TO CANCEL" are opt-outs.
    An opt-out keyword is texted alone; one texted with something the person adds ("Text
    CANCEL with your booking ID", "Text CANCEL followed by your order number") is a command
    on that booking or order, not the STOP instruction."""
    words = re.findall(r"[A-Za-zÀ-ÿ]+", text[start:end])
    if not words or words[-1].lower() not in _OPT_OUT_KEYWORDS:
        return False  # "You can opt out at any time": no keyword to judge
    after = text[end:]
    if re.match(r"-[A-Za-z]", after):
        return True  # "END-OF-SEASON", "STOP-SMOKING"
    following = re.match(r"[\"'”’]?\s+([A-Z][A-Z]+)\b", after)
    letters = [c for c in text if c.isalpha()]
    mostly_capitals = sum(c.isupper() for c in letters) > 0.6 * len(letters)
    if following and following.group(1) not in _JOINING_CAPITALS and not mostly_capitals:
        return True  # "ALTO VOLUMEN"
    if _WITH_ADDED.match(after):
        return True  # "Text CANCEL with your booking ID to cancel a booking"
    purpose = after[_WHERE_AND_WHEN.match(after).end() :]
    if fetched := _FOR_WHAT.match(purpose):
        return not _OPTED_OUT.search(fetched.group("what"))
    if done := _TO_DO.match(purpose):
        return not _OPTED_OUT.search(done.group("rest"))
    return False
