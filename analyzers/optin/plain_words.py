"""Message types and frequency stated in plain words, read from the sentence's structure.

Businesses seldom write "Msg frequency varies" and "order updates" only. They write "texts about
your service ticket, like when the technician is on the way", "two-way messages to coordinate
deliveries", "one or two texts per visit", "usually 1 text per class", "about 4 per month",
"only when your order is ready". The shared vocabulary (analyzers/vocab/disclosure.yaml) lists the
usual phrasings; these rules read the open-ended ones from how the sentence is built:

- a message type is a message word ("texts", "messages", "updates", ...) whose prepositional
  object says what they are about ("about/regarding/concerning/related to/on <something>"), or
  whose purpose clause says what they do ("messages to coordinate deliveries");
- a frequency is a count per unit ("one or two texts per visit", "1 text per class",
  "about 4 a month"), or a condition that bounds when texts are sent ("only when ...",
  "as needed whenever ...", "no more than ..."), in a sentence that speaks of messages.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

MESSAGE_WORDS = frozenset({
    "text", "texts", "txt", "txts", "sms", "mms", "message", "messages", "msg", "msgs", "alert",
    "alerts", "reminder", "reminders", "update", "updates", "notification", "notifications",
    "notice", "notices", "note", "notes", "confirmation", "confirmations", "code", "codes"})
_WORD = r"[A-Za-z0-9][\w'’-]*"
_MESSAGE = r"(?:" + "|".join(sorted(MESSAGE_WORDS, key=len, reverse=True)) + r")"
# "texts (from Acme) about your ticket", "text me regarding ...", "updates related to ..."
_ABOUT = re.compile(
    rf"\b{_MESSAGE}\s+(?:(?:me|you|us)\s+)?(?:from\s+(?:{_WORD}\W+){{1,6}}?)?"
    r"(?:about|regarding|concerning|re:?|on|for|related to|relating to|in connection with)\s+"
    rf"((?:{_WORD}[\s,]+){{0,3}}{_WORD})",
    re.IGNORECASE)
# "messages to coordinate deliveries", "texts to confirm your visit"
_PURPOSE = re.compile(rf"\b{_MESSAGE}\s+to\s+([a-z]+)\s+({_WORD})", re.IGNORECASE)
_DETERMINERS = frozenset({"your", "my", "the", "a", "an", "this", "that", "these", "our", "each",
                          "every", "any", "upcoming", "their", "its", "his", "her"})
# what messages are "about/for/on" that says nothing of their subject: "texts on your phone",
# "texts for help", "reminders for you"
_NOT_A_SUBJECT = frozenset({
    "number", "numbers", "phone", "mobile", "device", "cell", "line", "help", "assistance", "us",
    "you", "me", "it", "this", "that", "them", "purpose", "purposes", "time", "any", "more",
    "information", "info", "details", "rates", "charges", "carrier", "frequency", "stop",
    "free", "now", "here", "later", "and", "or", "all", "texts", "messages"})
_NOT_A_PURPOSE = frozenset({
    "receive", "get", "send", "opt", "unsubscribe", "stop", "cancel", "end", "reply", "text",
    "message", "apply", "be", "have", "do", "vary", "see", "read", "provide", "agree", "consent",
    "reach", "contact", "call", "the", "your", "my", "you", "me", "us", "a", "an", "this",
    "our", "any", "all", "which", "whom", "mobile", "phone", "cell", "number"})
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?)"
_COUNT_PER = re.compile(
    rf"\b{_NUMBER}(?:\s*(?:or|to|-|–)\s*{_NUMBER})?\s+"
    r"(?:(?:[a-z-]+\s+){0,2}(?:texts?|messages?|msgs?|sms|alerts?|reminders?|updates?|"
    r"notifications?)\s+)?"
    r"(?:per|a|an|each|every|for each|for every)\s+"
    r"(?!(?:time|number|phone|minute|second)\b)[a-z][a-z-]+\b",
    re.IGNORECASE)
_BOUNDED = re.compile(
    r"\b(?:only|just)\s+(?:[a-z]+\s+){0,3}?(?:when|if|as needed|once|after|while)\b"
    r"(?!\s+you\s+(?:agree|consent|opt|sign|subscribe|check|tick|give|ask|request))|"
    r"\bas needed\b|\bwhen(?:ever)? needed\b|\b(?:no|never) more than\b|\bat most\b",
    re.IGNORECASE)
_MONEY = re.compile(r"[$€£]\s*$")


def speaks_of_messages(sentence: str) -> bool:
    return any(w in MESSAGE_WORDS for w in re.findall(r"[a-z]+", sentence.lower()))


def frequency_in(sentence: Span) -> str | None:
    """The words that state how often texts come, in a sentence about messages."""
    text = sentence.text
    if not speaks_of_messages(text):
        return None
    for match in _COUNT_PER.finditer(text):
        if not _MONEY.search(text[:match.start()]):
            return match.group(0)
    bounded = _BOUNDED.search(text)
    return bounded.group(0) if bounded else None


def message_type_in(sentence: Span) -> str | None:
    """The words that say what the messages are about ("texts about your service ticket") or
    what they are for ("messages to coordinate deliveries")."""
    text = sentence.text
    for match in _ABOUT.finditer(text):
        words = [w.lower() for w in re.findall(r"[\w'’-]+", match.group(1))]
        content = [w for w in words if w not in _DETERMINERS]
        if content and content[0] not in _NOT_A_SUBJECT:
            return match.group(0)
    for match in _PURPOSE.finditer(text):
        verb = match.group(1).lower()
        if verb in _NOT_A_PURPOSE or verb.endswith("s") and not verb.endswith("ss"):
            continue  # "texts to the number", "messages to customers"
        return match.group(0)
    return None
