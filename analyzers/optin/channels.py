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

# the text channel named as such ("by text", "SMS alerts", "txt", "your mobile number")
_TEXT_CHANNEL = re.compile(
    r"\b(?:sms|mms|txts?|texts?|texting|texted|text[\s-]+messag\w*|mobile|cell(?:ular)?|"
    r"phone)\b",
    re.IGNORECASE,
)
# another channel the messages go by: email, post, a social network, or a place the business's
# own software shows them ("in your account dashboard", "in Settings", "on our app")
_OTHER_CHANNEL = re.compile(
    r"\b(?:e-?mails?|e-?mail(?:ed|ing)|newsletters?|mailing\s+list|inbox|"
    r"instagram|facebook|tiktok|twitter|linkedin|youtube|pinterest|social\s+media)\b|"
    r"\b(?:in|on|into|through|via|by|from)\s+(?:(?:your|our|the|my|an?)\s+)?"
    r"(?:(?:online|customer|patient|member|client|account)\s+)?"
    r"(?:mail|dashboard|portal|app|settings|account\s+page|profile)\b",
    re.IGNORECASE,
)
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
    return bool(_OTHER_CHANNEL.search(sentence)) and not names_text_channel(sentence)


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
