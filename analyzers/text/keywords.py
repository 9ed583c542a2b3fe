"""Is a keyword in capitals (STOP, CANCEL, HELP) one to text, or a plain word of the sentence?

Disclosures set the keywords in capitals ("Reply STOP to cancel", "Text HELP for help"), and the
vocabulary counts an upper-case STOP anywhere (analyzers/vocab/disclosure.yaml). Businesses set
other words in capitals too: a name ("Pit STOP Auto Care"), a thing named with a noun before it
("Bus STOP locations"), a verb of visiting shouted on a flyer ("STOP by our booth"). And a
keyword texted to act on something else ("Reply CANCEL to cancel your appointment") is a
command on that appointment, not the opt-out from the texts. The readers of the terms
(analyzers/policy/terms_elements.py) ask `keyword_as_plain_word` of each STOP or HELP they
find; the opt-in form's reader may ask it the same way (analyzers/optin/disclosure.py).
"""

from __future__ import annotations

import re

# the verbs that send a keyword, in English or Spanish: "Reply STOP", "Text HELP to 55123",
# "Responde AYUDA"
_TEXTING_VERB = re.compile(
    r"\b(?:reply|replying|text|texting|txt|send|sending|respond|responding|"
    r"envía|envia|envíe|envie|responde|responda|manda|mande|escribe|escriba|textea)"
    r"\s*[\"'“‘]?\s*$",
    re.IGNORECASE,
)
# a verb of visiting after the keyword-like word: "STOP by our booth", "STOP in and say hi"
_VISITING = re.compile(
    r"^\s+(?:by|in|over|into)\s+(?:our|the|a|an|your|this|and|to|at|for|any|anytime)\b",
    re.IGNORECASE,
)
# what follows a keyword that is texted: where to, what for, when, or a joint with another
# keyword ("STOP to 55123", "STOP to end", "STOP at any time", "STOP or HELP")
_KEYWORD_FOLLOWERS = {
    "to", "at", "for", "or", "and", "anytime", "any", "now", "4", "2", "=", "-", "–", "—",
    "para", "al", "o", "y",
}  # fmt: skip
# the keyword texted to do something to a thing the sentence names, its object opened by a
# determiner: "Reply CANCEL to cancel your appointment", "Text STOP to end your parking
# session" ("Reply STOP to cancel at any time" has no object: the opt-out)
_ACTS_ON = re.compile(
    r"^[\"'”’]?\s*(?:to\s+\d[\d\s-]*\s*)?to\s+(?:cancel|end|stop|quit|confirm|reschedule|"
    r"change|pause)\s+(?P<thing>(?:your|the|a|an|this|that|my|our|their|any)\s+[^.;:!?,|]+)",
    re.IGNORECASE,
)
# what the texts themselves are called: ending them is the opt-out ("to end your text alerts")
_MESSAGES = re.compile(
    r"\b(?:texts?|text\s+messages?|messages?|msgs?|sms|mms|alerts?|notifications?|reminders?|"
    r"updates?|subscriptions?|program|programme|list|messaging|receiving|further|all)\b",
    re.IGNORECASE,
)
# a verb of ceasing shouted in an ad, its object a gerund: "STOP overpaying for car insurance",
# "STOP wasting weekends on yard work" (lower case after it: a keyword's follower never is)
_CEASING = re.compile(r"^\s+(?P<gerund>[a-z][a-z'’-]*ing)\b(?P<rest>[^.;:!?|—–,]*)")
_NOT_GERUNDS = {"anything", "something", "nothing", "everything", "bring", "thing", "king"}
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’&-]*)\s+$")
_WORD_AFTER = re.compile(r"^\s+([\w'’&=-]+)")


def keyword_as_plain_word(text: str, start: int, end: int) -> bool:
    """Is the keyword ending the span [start, end) of `text` a plain word, not a keyword to
    text? Four shapes:
    - a verb of visiting ("STOP by our booth at the fair", "STOP in and say hi"), no verb of
      texting before it;
    - a verb of ceasing with a gerund for its object ("STOP overpaying for car insurance—get
      texts with weekly deals!"), no verb of texting before it and no messages in what it
      stops ("STOP receiving texts any time" is the opt-out);
    - a word of a name or a compound, no verb of texting before it: a capitalised word right
      before it and a word right after that is no keyword's ("Pit STOP Auto Care", "Bus STOP
      locations"; "Acme Alerts: STOP to end" and "Text HELP or STOP" are keywords);
    - a keyword texted to cancel or end something other than the texts ("Reply CANCEL to
      cancel your appointment"; "Reply STOP to end all messages" is the opt-out).
    """
    words = re.findall(r"[A-Za-z]+", text[start:end])
    if not words:
        return False
    keyword = next((w for w in reversed(words) if w.isupper() and len(w) > 1), words[-1])
    key_start = text.rfind(keyword, start, end)
    before, after = text[:key_start], text[key_start + len(keyword) :]
    if (acted := _ACTS_ON.match(after)) and not _MESSAGES.search(acted.group("thing")):
        return True
    if not keyword.isupper() or _TEXTING_VERB.search(before):
        return False
    if _VISITING.match(after):
        return True
    ceasing = _CEASING.match(after)
    if (
        ceasing
        and ceasing.group("gerund") not in _NOT_GERUNDS
        and not _MESSAGES.search(ceasing.group(0))
    ):
        return True  # "STOP overpaying for car insurance" ("STOP receiving texts" opts out)
    previous, following = _WORD_BEFORE.search(before), _WORD_AFTER.match(after)
    return bool(
        previous
        and previous.group(1)[:1].isupper()
        and not previous.group(1).isupper()
        and following
        and following.group(1).isalpha()
        and following.group(1).lower() not in _KEYWORD_FOLLOWERS
        and not following.group(1).isupper()
    )
