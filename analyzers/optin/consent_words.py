"""Where the words of an SMS consent are, for the readers that judge what it covers.

Each consent box's label (and, beside a form's one box, the sentence that says what ticking it
means), or with no box the consent sentences of the disclosure; on a page where no form was
read, the sentences that say submitting or texting is agreeing to texts. The bundling reader
(bundling.py), the message-kind reader (kinds.py) and the consent checks read the same words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analyzers.optin.disclosure import consent_sentences
from analyzers.optin.find import points_at_box
from analyzers.optin.model import OptInForm
from analyzers.text.vocabulary import vocabulary
from crawler.roles import plays_policy_role
from crawler.snapshot import Page


def consent_texts(optin: OptInForm) -> list[tuple[str, str]]:
    """(text, selector) of each SMS consent: each box's label, or the consent sentences."""
    if optin.consent_controls:
        return [(c.label, c.selector) for c in optin.consent_controls if c.label]
    return [
        (f.sentence, f.block.selector or optin.selector)
        for f in consent_sentences(optin.disclosure, [])
    ]


def box_meaning_texts(optin: OptInForm) -> list[tuple[str, str]]:
    """What ticking the box agrees to: its label, and beside a form's one box, the sentence that
    says what checking it means. "[ ] Yes, contact me about listings" under "By checking this
    box, I agree to receive calls, emails and texts" agrees to all three; the label alone
    does not say so."""
    texts = consent_texts(optin)
    if len(optin.consent_controls) != 1:
        return texts
    label = optin.consent_controls[0].label
    adopts = refers_to_consent_elsewhere(label)
    for found in optin.disclosure.elements.get("consent_statement", []):
        sentence = found.sentence
        if sentence in label or not (adopts or points_at_box(sentence)):
            continue
        if "sms_channel" in vocabulary("optin").labels_in(sentence):
            texts.append((sentence, found.block.selector or optin.selector))
    return texts


# a box's label that agrees to a consent written elsewhere in the form: "I agree to the
# consent at right", "I accept the disclosure below", "I agree to the above terms"
_WHERE = (
    r"(?:at|to\s+the|on\s+the)?\s*"
    r"(?:right|left|below|above|beside|opposite|next\s+to\s+(?:it|this))"
)
_CONSENT_NOUN = r"(?:consent|disclosure|statement|authori[sz]ation|terms|notice|text)"
_ELSEWHERE = re.compile(
    rf"\b(?:agree|consent|accept)\w*\s+(?:to\s+)?(?:the|this)\s+(?:{_CONSENT_NOUN}\s+{_WHERE}\b|"
    rf"(?:above|below|following)\s+{_CONSENT_NOUN}\b)",
    re.IGNORECASE,
)


def refers_to_consent_elsewhere(label: str) -> bool:
    """Does the box's label agree to a consent written elsewhere in the form ("I agree to the
    consent at right", blind r38 quoteharbor: the consent sits in the other column of a
    two-column form)? Then that consent's sentences are what ticking the box agrees to,
    whatever act they name ("By clicking 'See my matches' you agree ..."). A label that names
    its own subject ("I agree to the Terms") refers to nothing else."""
    return bool(_ELSEWHERE.search(label))


# "By submitting this form or texting us at ..., you agree to receive ...": the action that
# gives consent, named in the consent sentence itself
_BY_ACTION = re.compile(
    r"\bby (?:submitting|texting|providing|entering|completing|sending|signing up|"
    r"clicking|tapping|opting in)\b",
    re.IGNORECASE,
)


def consent_statements(text: str) -> list[str]:
    """Sentences that say doing something (submitting a form, texting a number) is agreeing to
    receive texts: the consent a person gives there, whatever form carries it."""
    found: list[str] = []
    for match in vocabulary("optin").find(text):
        sentence = match.sentence.strip()
        if (
            match.label in ("consent", "consent_verb")
            and sentence not in found
            and _BY_ACTION.search(sentence)
            and "sms_channel" in vocabulary("optin").labels_in(sentence)
        ):
            found.append(sentence)
    return found


# the act is sending a form: "by submitting this form", "by completing the quote request",
# "by sending your information"; not "by texting us" (a keyword) nor "by providing your
# phone number" (a call-to-action beside a phone number, which may be a call)
_BY_SENDING_A_FORM = re.compile(
    r"\bby (?:submitting|completing|sending)\s+(?:this|the|our|your|a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:form|request|application|information|details)\b",
    re.IGNORECASE,
)


def consent_by_unread_form(pages: list[Page]) -> list[tuple[Page, str]]:
    """(page, sentence) where a page on which no form was read says that sending its form is
    agreeing to texts: "By submitting this form or texting us at ..., you agree to receive
    account notices and marketing text messages" under a quote form embedded from a form
    builder that did not load. The page's own words say how consent is taken (by submitting),
    whatever fields the unseen form has. Policy pages describe consent in general and are left
    out, as are pages where a form was read (its fields speak for it)."""
    found: dict[int, tuple[Page, str]] = {}
    for page, sentence in site_consent_statements([p for p in pages if not p.forms]):
        if id(page) not in found and _BY_SENDING_A_FORM.search(sentence):
            found[id(page)] = (page, sentence)
    return list(found.values())


def site_consent_statements(pages: list[Page]) -> Iterator[tuple[Page, str]]:
    """(page, sentence) for each consent statement on a loaded page that is not one of the
    policies: what a page says its form or keyword agrees to, where no form could be read.
    Policy pages describe consent in general and are left out."""
    for page in pages:
        if page.status >= 400 or plays_policy_role(page):
            continue
        for sentence in consent_statements(page.text[:50000]):
            yield page, sentence
