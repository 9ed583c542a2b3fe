"""A phone form that says it is not the text sign-up: its texts are signed up for elsewhere.

Sites with a text program often have a second form that asks for a phone number for something
else -- a call-back, a quote, a scheduling call -- and say so under it, so that nobody takes it
for the sign-up: "This form does not sign you up for text messages -- for text alerts use the
Text Alerts page", or "This form is for a phone call from our team. To get text reminders, sign
up on the Text Reminders page." Its words speak of texts only to send the person away; it is
not an SMS opt-in, and its lack of a box and a disclosure is no defect (the real sign-up is
judged where it is).

Three sentence shapes say it, each read from what governs the texts:
- a negation that governs signing up, with the texts as what is signed up for: "does not sign
  you up for texts", "won't be added to our SMS list", "is not our text sign-up". A negation
  that governs something else says nothing about the form: "We don't share your number", "No
  purchase needed to get our texts", "You will not be charged for texts", "This does not sign
  you up for our newsletter" (the sign-up denied is not the texts).
- a negation that governs all texting to the number the form takes, with nothing after it to
  narrow it: "We never send texts to this number", "We won't text you", "No text messages
  are sent to this number", "This number is never texted" (blind h14u: a delivery form's phone
  "only so the driver can call you"). A narrowed one still texts: "We never send marketing
  texts", "We will not text you more than 4 times a month", "We never text after 9 pm",
  "We won't text this number without your consent". A verbless "No marketing, no texts."
  denies texts as well; "No marketing texts." or "No texts after 9 pm" narrow them.
- a purpose of getting texts answered by going somewhere else: "To get text reminders, sign up
  on the Text Reminders page", "For text alerts, use our Alerts page", "Sign up for texts at
  the Text Club page", "Visit our Text Alerts page to get texts". "To get texts, check the box
  below" or "For text alerts, enter your mobile number" point at this form, not away from it.
"""

from __future__ import annotations

import re

from analyzers.optin.disclosure import is_site_chrome
from crawler.snapshot import Form

# what is signed up for when it is the texts: "text messages", "SMS alerts", "our text list"
_TEXTS = (
    r"(?:(?:text|txt|sms|mms)(?:[\s-]+(?:messages?|msgs?|alerts?|reminders?|updates?|"
    r"notifications?|offers?|deals?|list|club|program|marketing|messaging))?|"
    r"texts|texting|text[\s-]+messaging)\b"
)
# up to three words between the preposition and the texts ("for our weekly text alerts")
_BETWEEN = r"(?:[\w'’&-]+\s+){0,3}?"
_NEGATION = r"(?:\bnot|n[’']t|\bnever|\bno\s+longer)"
_SIGNUP_VERB = r"(?:sign|subscribe|enroll|enrol|register|opt|add|join|put|enter)(?:s|ed|ing)?"
_OBJECT = r"(?:(?:you|anyone|people|your\s+(?:number|phone|mobile)(?:\s+number)?)\s+)?"
# "does not sign you up for text messages", "won't be added to our SMS list"
_NEGATED_SIGNUP = re.compile(
    rf"{_NEGATION}\s+(?:(?:automatically|be|get)\s+){{0,2}}{_SIGNUP_VERB}\s+{_OBJECT}"
    rf"(?:(?:up|in)\s+)?(?:for|to|in|into|on|with)\s+{_BETWEEN}{_TEXTS}",
    re.IGNORECASE,
)
# "this form is not a text sign-up", "this is not our SMS opt-in"
_NOT_THE_SIGNUP = re.compile(
    rf"{_NEGATION}\s+(?:a|an|the|our|your)?\s*{_BETWEEN}{_TEXTS}[\s-]*"
    r"(?:sign[\s-]*up|opt[\s-]*in|subscription|enrollment|enrolment)\b",
    re.IGNORECASE,
)
# texts as such, not one kind of them ("texts", "SMS messages"; not "marketing texts")
_ANY_TEXTS = r"(?:any\s+)?(?:texts|text\s+messages|sms(?:\s+messages)?|txts)"
_THE_NUMBER = (
    r"(?:(?:to|at|on)\s+)?(?:this|that|the|your)\s+(?:(?:phone|mobile|cell)\s+)?"
    r"(?:number|phone|mobile)(?:\s+number)?"
)
# the form the denial is about, named as where texts would come from: "from this form", "through
# this request" (it says where none come from, not which texts: it narrows nothing)
_FROM_THIS_FORM = (
    r"(?:\s+(?:from|through|via|using|for)\s+(?:this|that)\s+"
    r"(?:form|page|request|enquiry|inquiry))?"
)
_NEVER_TEXTED = (
    # "we never send texts to this number", "we won't send you any text messages", "We do not
    # send text messages from this form" (blind m35b: a quote form whose phone is for calls)
    re.compile(
        rf"{_NEGATION}\s+(?:ever\s+)?send\s+(?:you\s+)?{_ANY_TEXTS}(?:\s+{_THE_NUMBER})?"
        rf"{_FROM_THIS_FORM}\W*$",
        re.IGNORECASE,
    ),
    # "we don't text this number", "we will never text you"
    re.compile(
        rf"{_NEGATION}\s+(?:ever\s+)?text\s+(?:you|{_THE_NUMBER}){_FROM_THIS_FORM}\W*$",
        re.IGNORECASE,
    ),
    # "no text messages are (ever) sent to this number", "this number is never texted"
    re.compile(
        rf"^\W*no\s+{_ANY_TEXTS}\s+(?:are|is|will(?:\s+ever)?\s+be)\s+(?:ever\s+)?sent"
        rf"(?:\s+{_THE_NUMBER})?{_FROM_THIS_FORM}\W*$",
        re.IGNORECASE,
    ),
    re.compile(rf"{_THE_NUMBER}\s+(?:is|will)\s+{_NEGATION}\s+(?:be\s+)?texted\W*$", re.IGNORECASE),
    # a verbless list of what the number is not used for, texts among them: "No marketing, no
    # texts." (blind m38: a booking overlay's phone, only for a call if the booking changes)
    re.compile(
        rf"^\W*(?:no\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*,\s*(?:and\s+|or\s+)?)*no\s+{_ANY_TEXTS}\W*$",
        re.IGNORECASE,
    ),
)
# another place: "the Text Reminders page", "our alerts form", "texts.acme.com/join"; not "this
# page", "the form below" or "here"
_PLACE = (
    r"(?:(?:the|our|a)\s+(?:[\w'’&-]+\s+){0,4}?(?:page|form|site|website|app|portal|link)\b"
    r"(?!\s+(?:below|above|here)\b)|[\w-]+\.[a-z]{2,}(?:/\S*)?)"
)
_GO = (
    r"(?:(?:sign\s*up|subscribe|register|enroll|enrol|opt[\s-]*in|join)\s+(?:on|at|through|"
    r"via|from|using|with)|use|visit|go\s+to|head\s+to|see|try)"
)
# what the texts are about may follow them: "For texts about new workshops, visit ..."
_WANTING_TEXTS = (
    rf"(?:to\s+(?:get|receive|sign\s*up\s+for|join|subscribe\s+to)\s+{_BETWEEN}{_TEXTS}|"
    rf"for\s+{_BETWEEN}{_TEXTS}|if\s+you(?:['’]d)?\s+(?:want|would\s+like|like|wish|prefer)\s+"
    rf"{_BETWEEN}{_TEXTS})(?:\s+(?:about|on|for|from|with)\s+[^,.;]{{1,40}}?)?"
)
_SENT_ELSEWHERE = (
    # "To get text reminders, sign up on the Text Reminders page"
    re.compile(rf"^\W*{_WANTING_TEXTS}\s*,?\s*(?:please\s+)?{_GO}\s+{_PLACE}", re.IGNORECASE),
    # "Sign up for text alerts on our Text Club page"
    re.compile(
        rf"^\W*(?:please\s+)?(?:sign\s*up|subscribe|register|enroll|enrol|opt[\s-]*in)\s+"
        rf"(?:for|to)\s+{_BETWEEN}{_TEXTS}\s+(?:on|at|through|via|using)\s+{_PLACE}",
        re.IGNORECASE,
    ),
    # "Visit our Text Alerts page to get texts"
    re.compile(
        rf"^\W*(?:please\s+)?(?:use|visit|go\s+to|head\s+to|see)\s+{_PLACE}\s+"
        rf"(?:to\s+(?:get|receive|sign\s*up\s+for|join)\s+|for\s+){_BETWEEN}{_TEXTS}",
        re.IGNORECASE,
    ),
)
# what makes a denial the terms of this form's consent: "unless you check the box"
_CONDITION = re.compile(
    r"\b(?:unless|until|except|without|only\s+(?:if|when)|if\s+you)\b", re.IGNORECASE
)
# a clause ends at a sentence's end, a semicolon or a dash set off by spaces
_CLAUSE_END = re.compile(r"(?<=[.!?])\s+|;\s*|\s+[\u2014\u2013-]{1,2}\s+|\s*\u2014\s*")


def denies_text_signup(clause: str) -> bool:
    """The clause says that signing up for texts is not done here: a negated sign-up to texts,
    a number never texted, or getting texts sent to another page. A denial with a condition
    ("You won't be signed up for texts unless you check the box") says how this form signs up,
    not that it does not."""
    for denial in (_NEGATED_SIGNUP, _NOT_THE_SIGNUP):
        found = denial.search(clause)
        if found and not _CONDITION.search(clause, found.end()):
            return True
    if not _CONDITION.search(clause) and any(never.search(clause) for never in _NEVER_TEXTED):
        return True
    return any(shape.search(clause) for shape in _SENT_ELSEWHERE)


def not_the_text_signup(form: Form) -> str | None:
    """The form's own sentence saying it is not the text sign-up, if it has one (the site's
    menu and footer around it do not speak for the form)."""
    for block in form.texts:
        if is_site_chrome(block):
            continue
        for clause in _CLAUSE_END.split(block.text):
            if denies_text_signup(clause.strip()):
                return clause.strip()
    return None
