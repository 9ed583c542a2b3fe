"""A question and the answer after it, read as the one statement they make together.

FAQs fold a question and its answer into one line: "Do we share your phone number with anyone?
We don't." The answer is often elided: it takes its verb and object from the question. Read as
it stands, the question's "share your phone number with anyone" is sharing and the answer's
"don't" negates nothing, so the line reads as an exception. Restated as the statement the pair
makes ("we do not share your phone number with anyone") it is the promise. The forms:

  - a yes/no question answered by a subject and its negated (or bare) auxiliary: "Do we share
    your number? We don't." / "Yes, we do.": the question as a statement, negated or not;
  - a yes/no question answered by a restriction of its recipients: "Is my SMS opt-in shared?
    Only with the platform that delivers our messages": the question as a statement with the
    answer's phrase after it ("my SMS opt-in is shared only with the platform ...");
  - a question whose subject is "who": "Who sees my phone number? Our staff and our SMS
    provider, nobody else.": the answer names the subject ("nobody other than our staff and
    our SMS provider sees my phone number, and nobody else sees my phone number" when it
    closes the list).

An answer that opens with "No" and a denial, or that is a clause of its own, the clause reader
already reads whole; where its "it" stands for what the question asks about ("Is my number
sold or given to other companies? No, it is neither sold nor given to anyone else."), the
caller reads the answer with the question's topic (`question_and_answer`).
"""

from __future__ import annotations

import re

from analyzers.policy.clause_parts import _parts
from analyzers.policy.clause_verbs import _verb_groups
from analyzers.text.vocabulary import parse

# "Q: ... ? A: ...": one question, then the answer
_QUESTION_AND_ANSWER = re.compile(
    r"^\W*(?:q(?:uestion)?\s*[:.\-—–]\s*)?(?P<question>[^?]+)\?\s*"
    r"(?:a(?:nswer)?\s*[:.\-—–]\s*)?(?P<answer>[^?]+)$",
    re.IGNORECASE,
)

# the auxiliaries a yes/no question opens with
_ASKING = {"do", "does", "did", "will", "would", "can", "could", "is", "are", "may", "might"}

# an answer that is only a subject and its auxiliary: "We don't.", "No, we do not.", "It
# isn't.", "We never do.", "Yes, we do."
_ELIDED = re.compile(
    r"^\W*(?:(?P<yes>yes)|(?P<no>no|nope))?[\s,.!:;—–-]*(?:we|i|it|they|that)\s+"
    r"(?:(?:do|does|did|will|wo|would|can|ca|could|is|are|may|might)(?:\s*(?P<neg>n['’]t|not))?"
    r"|(?P<never>never)\s+(?:do|does|will|would|have|has))\W*$",
    re.IGNORECASE,
)


# an answer that names or restricts the recipients: "Only with ...", "Yes, with our partners",
# "Yes, but only to ..."
_RESTRICTION = re.compile(
    r"^\W*(?:yes\W+(?:but\s+)?)?(?P<phrase>(?:(?:only|solely|just)\s+)?(?:with|to)\s+"
    r"(?:our|the|your|their|its|a|an|any|some|these|those|trusted|selected|certain|other)\b.*)$",
    re.IGNORECASE | re.DOTALL,
)

# what closes a list of receivers: "..., nobody else", "... and no one else", "No one else."
_CLOSING = re.compile(
    r"(?:[,;.—–-]\s*|\band\s+|\bbut\s+)(?:nobody|no\s+one|no-one|none|no\s+others?)\s+else\W*$"
    r"|(?:[,;.—–-]\s*|\band\s+)(?:nobody|no\s+one|no-one)\s+(?:other|more)\W*$"
    r"|(?:[,;.—–-]\s*|\band\s+)no(?:body|\s+one)\s+outside\b.*$"
    r"|(?:[,;.—–-]\s*|\band\s+)that['’]?s\s+(?:it|all)\W*$",
    re.IGNORECASE,
)
# what stays with the verb when the subject moves before the auxiliary: "will it ever be shared"
_WITH_THE_VERB = {"be", "been", "being", "ever", "really", "actually"}

_ONLY = re.compile(r"^\W*(?:only|just|solely)\s+", re.IGNORECASE)


def elided_answer(text: str) -> bool:
    """Is the text only an answer's subject and auxiliary ("We don't.", "A: It isn't.", "No,
    we do not.", "Yes, we do.")? It means nothing without the question before it."""
    text = re.sub(r"^\W*a(?:nswer)?\s*[:.\-—–]\s*", "", text.strip(), flags=re.IGNORECASE)
    return _ELIDED.match(text) is not None


def question_and_answer(text: str) -> tuple[str, str] | None:
    """The question and the answer of a text that asks one thing and answers it, or None."""
    pair = _QUESTION_AND_ANSWER.match(text.strip())
    if pair is None or not pair["answer"].strip():
        return None
    return pair["question"].strip(), pair["answer"].strip()


def answered_question(text: str) -> str | None:
    """The statement a question and its elided answer make together, or None when the text
    is no such pair (see the module docstring for the forms)."""
    pair = _QUESTION_AND_ANSWER.match(text.strip())
    if pair is None:
        return None
    question = pair["question"].strip()
    answer = pair["answer"].strip()
    first = question.split(maxsplit=1)[0].lower() if question else ""
    if first == "who":
        return _who_answered(question, answer)
    if first not in _ASKING:
        return None
    elided = _ELIDED.match(answer)
    restriction = _RESTRICTION.match(answer)
    if elided is None and restriction is None:
        return None
    statement = _as_statement(
        question, negated=bool(elided and (elided["neg"] or elided["never"] or elided["no"]))
    )
    if statement is None:
        return None
    if elided is not None:
        return f"{statement}."
    phrase = restriction["phrase"].strip()  # type: ignore[index]
    return f"{statement} {phrase[0].lower()}{phrase[1:]}"


def _as_statement(question: str, *, negated: bool) -> str | None:
    """ "Do we share your phone number with anyone" -> "we do share your phone number with
    anyone" (or "we do not share ..."); "Will my number be shared" -> "my number will (not) be
    shared". The subject is what stands between the auxiliary and the question's sharing verb
    (its own auxiliaries, "be", stay with the verb); "you" asked about is the business, "we" in
    the statement. None when the question shares nothing."""
    doc = parse(f"{question}?")  # asked, "you" is the business (`_question_to_us`)
    parts = _parts(doc)
    groups = _verb_groups(parts, 1, len(doc))
    if not groups:
        return None
    verb = groups[0][0][0]
    while verb > 1 and (doc[verb - 1].lower_ in _WITH_THE_VERB):
        verb -= 1
    if verb <= 1:
        return None  # no subject between the auxiliary and the verb
    subject = "we" if doc[1:verb].text.lower() == "you" else doc[1:verb].text
    words = [subject, doc[0].lower_, "not" if negated else "", doc[verb:-1].text]
    return " ".join(w for w in words if w)


# an answer that names no one: "Nobody.", "No one.", "None."
_NOBODY = re.compile(r"^\W*(?:nobody|no\s+one|no-one|none)(?:\s+else)?\W*$", re.IGNORECASE)
# "else" after "who": "Who else gets my number?"
_ELSE = re.compile(r"^else\s+", re.IGNORECASE)
# the end of an answer's first sentence: "Nobody. We keep it in-house."
_SENTENCE_END = re.compile(r"(?<=[.!])\s+(?=[A-Z])")


def _first_sentence(answer: str) -> tuple[str, str]:
    """An answer's first sentence and what it says after it ("Nobody." / "We keep it
    in-house and do not hand it to third parties.")."""
    parts = _SENTENCE_END.split(answer.strip(), maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


def _who_answered(question: str, answer: str) -> str | None:
    """ "Who sees my phone number?" / "Our staff and our SMS provider, nobody else.": the
    answer names the subject of the question's verb ("our staff and our SMS provider sees my
    phone number"); a list closed by "nobody else" (or opened by "only") names everyone who
    does, and says so ("..., and nobody else sees my phone number"); "Nobody." that nobody
    does. Only the answer's first sentence names; what it says after ("Nobody. We keep it
    in-house.") follows the statement as it stands."""
    rest = question.split(maxsplit=1)[1] if len(question.split()) > 1 else ""
    if not rest or rest.split()[0].lower() in _ASKING:
        return None  # "Who do you share it with?": "who" is no subject
    answer, said_after = _first_sentence(answer)
    if said_after:  # "Nobody. We keep it in-house.": the names are the first sentence
        names = _who_answered(question, answer)
        return f"{names} {said_after}" if names else None
    if _NOBODY.match(answer):  # "Who else gets my number? Nobody."
        return f"nobody {rest}."
    rest = _ELSE.sub("", rest)  # "Who else sees it? Our staff.": "our staff sees it"
    closing = _CLOSING.search(answer)
    names = answer[: closing.start()] if closing else answer
    only = _ONLY.match(names)
    names = names[only.end() :] if only else names
    names = names.strip(" .,;:—–-")
    if not names or "?" in names or len(names.split()) > 20:
        return None
    if closing or only:
        return f"{names} {rest}, and nobody else {rest}."
    return f"{names} {rest}."
