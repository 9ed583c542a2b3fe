"""A privacy policy's sharing clauses, judged together: the promise, its exceptions.

One sentence decides little alone: a general "we share personal information with affiliates
for marketing" is an exception only when the policy does not exclude mobile data elsewhere, and
"it" in "we may share it with partners" means the phone number of the sentence before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analyzers.policy.clauses import (
    Clause,
    classify,
    excluded_from_before,
    may_state_sharing,
    shares_something,
)
from analyzers.text.nlp import nlp
from analyzers.text.sentences import Sentence
from analyzers.text.vocabulary import vocabulary


@dataclass(frozen=True)
class Verdict:
    sentence: Sentence
    clause: Clause

    @property
    def evidence(self) -> str:
        where = f" (under “{self.sentence.heading}”)" if self.sentence.heading else ""
        return f"“{self.sentence.quoted}”{where}"


@dataclass
class SharingAnalysis:
    """Every sentence of the policy that says something about sharing, with its verdict."""

    verdicts: list[Verdict] = field(default_factory=list)

    def labelled(self, label: str) -> list[Verdict]:
        return [v for v in self.verdicts if v.clause.label == label]

    @property
    def promises(self) -> list[Verdict]:
        return self.labelled("promise")

    @property
    def attempted(self) -> list[Verdict]:
        """Statements that try to promise non-sharing of mobile data (maybe with a carve-out)."""
        return [v for v in self.verdicts if v.clause.attempted]

    @property
    def exceptions(self) -> list[Verdict]:
        """What a reviewer rejects: every mobile exception, and general ones that mobile data
        is not excluded from (the policy has no promise that overrides them)."""
        found = self.labelled("exception")
        if not self.promises:
            found += self.labelled("general_exception")
        return sorted(found, key=lambda v: v.sentence.index)


def _names_the_number(text: str) -> bool:
    """Does the sentence name the subscriber's number as data the business holds ("We store
    your phone number ...", "text-alert numbers")? The privacy vocabulary's mobile data, where
    what it names is a number."""
    return any(
        match.label == "mobile_data" and re.search(r"\bnumbers?\b|#", match.text, re.IGNORECASE)
        for match in vocabulary("privacy").find(text)
    )


def _about_the_number_before(sentence: Sentence, before: Sentence | None) -> bool:
    """ "We store your phone number securely. We do not share your information with third
    parties.": in one paragraph, "your information" right after the number is that number."""
    return (
        before is not None
        and not sentence.lead_in
        and not before.lead_in
        and before.line == sentence.line
        and before.index == sentence.index - 1
        and _names_the_number(before.text)
    )


def _excludes_what_was_shared_before(sentence: Sentence, before: Sentence | None) -> bool:
    """ "We share event details with the caterer and vendors you choose. Your mobile number and
    SMS opt-in consent are not part of that.": right after a sentence that shares something,
    a sentence that negates mobile data's place in "that" takes it out of the sharing: the
    exclusion is the promise (issue 13). After a sentence that shares nothing ("We use cookies
    for analytics. Your phone number is not part of that.") it excludes from nothing."""
    return (
        before is not None
        and not sentence.lead_in
        and before.heading == sentence.heading
        and before.index == sentence.index - 1
        and excluded_from_before(sentence.text)
        and shares_something(before.text)
    )


def _joined(sentence: Sentence) -> str:
    return f"{sentence.lead_in} {sentence.text}" if sentence.lead_in else sentence.text


def analyze_sharing(sentences: list[Sentence]) -> SharingAnalysis:
    analysis = SharingAnalysis()
    texts = list(dict.fromkeys(_joined(s) for s in sentences if may_state_sharing(_joined(s))))
    # privacy.yaml spells verbs out in full, so the clause matcher needs no lemmas
    docs = dict(zip(texts, nlp().pipe(texts, batch_size=256, disable=["lemmatizer"]), strict=True))
    previous = "none"
    heading = None
    lead_topics: dict[str, str] = {}
    last: Sentence | None = None
    for sentence in sentences:
        if sentence.heading != heading:
            heading, previous = sentence.heading, "none"
        before = lead_topics.get(sentence.lead_in, previous) if sentence.lead_in else previous
        clause = classify(
            sentence.text,
            heading=sentence.heading,
            lead_in=sentence.lead_in,
            previous=before,
            doc=docs.get(_joined(sentence)),
        )
        if clause.label == "general_promise" and _about_the_number_before(sentence, last):
            clause = Clause(
                "promise",
                "mobile",
                "the data not shared is the phone number named in the sentence before",
                attempted=True,
            )
        if clause.label == "neutral" and _excludes_what_was_shared_before(sentence, last):
            clause = Clause(
                "promise",
                "mobile",
                "mobile data is excluded from the sharing the sentence before describes",
                attempted=True,
            )
        if clause.label != "neutral":
            analysis.verdicts.append(Verdict(sentence, clause))
        last = sentence
        if sentence.lead_in:
            continue
        if sentence.text.endswith(":"):
            lead_topics[sentence.text] = clause.topic if clause.topic != "none" else previous
        if clause.topic != "none":
            previous = clause.topic
    return analysis
