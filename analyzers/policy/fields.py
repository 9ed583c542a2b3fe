"""Labelled fields read as the clauses they state.

Policies and FAQ tables often answer a label instead of writing a sentence ("Disclosure of
mobile numbers to third parties for marketing: never"); the clause reader
(analyzers/policy/clauses.py) reads the clause such a field states, so that the same promise
or sharing is judged the same way however it is laid out.
"""

from __future__ import annotations

import re

# A promise or a disclosure written as a labelled field: the label names an act of sharing,
# its recipients or its exceptions, and the answer after the colon says whether it happens.
_FIELD = re.compile(r"^\s*(?P<label>[^:;.?!]{3,140}?)\s*:\s*(?P<answer>[^:]+?)\s*$")
_DENIAL = re.compile(
    r"^(?:never|none|no|nope|not\s+at\s+all|not\s+applicable|n/a"
    r"|we\s+(?:do\s+not|don['’]t|never|will\s+not|won['’]t)"
    r"(?:\s+(?:do|engage\s+in)\s+(?:it|this|that|so|(?:this|that|such|any\s+such)\s+practice))?)"
    r"\W*$",
    re.IGNORECASE,
)
_AFFIRMED = re.compile(r"^(?:yes|we\s+do)\b\W*(?P<rest>.*?)\W*$", re.IGNORECASE)
_ACT_NOUN = re.compile(
    r"^(?:the\s+)?(?P<noun>disclosure|disclosing|sharing|sale|selling|rental|renting|transfer|"
    r"transferring|leasing|trading|release|releasing)\s+of\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_ACT_VERB = {
    "disclosure": "disclose", "disclosing": "disclose", "sharing": "share", "sale": "sell",
    "selling": "sell", "rental": "rent", "renting": "rent", "transfer": "transfer",
    "transferring": "transfer", "leasing": "lease", "trading": "trade", "release": "release",
    "releasing": "release",
}  # fmt: skip
_RECIPIENTS_OF = re.compile(
    r"^(?:the\s+)?(?:recipients|receivers)\s+of\s+(?P<data>.+)$", re.IGNORECASE
)
_STRANDED_CLAUSE = re.compile(
    r"\b(?P<clause>(?:we|our\s+\w+)\s+(?:\w+\s+){0,2}?(?:shar|sell|sold|disclos|transfer|"
    r"provid|giv|gave|send|sent|rent|hand|pass|releas|trad|leas)\w*\b.*\b(?:to|with))$",
    re.IGNORECASE,
)
_EXCEPTIONS_TO = re.compile(
    r"^(?:the\s+)?(?:exceptions?|exclusions?)\s+(?:to|from)\s+(?P<what>.+)$", re.IGNORECASE
)
_PARTICIPLE_ANSWER = re.compile(
    r"^(?:(?:not|never)\s+)?(?:shared|sold|disclosed|rented|transferred|traded|given|"
    r"provided|released|leased)\b",
    re.IGNORECASE,
)
_NO_ONE = re.compile(r"^(?:none|no\s+one|nobody)\b", re.IGNORECASE)


def _field_clause(piece: str) -> str | None:
    """The clause a labelled field states, or None when the piece is no such field.

    Policies and FAQ tables answer a label instead of writing a clause: "Disclosure of mobile
    numbers to third parties for marketing: never" reads "We never disclose mobile numbers to
    third parties for marketing"; "sale of leads to lenders: yes, including the phone number"
    reads "We sell leads to lenders, including the phone number"; "Recipients of your texting
    data: none outside our company" reads "We share your texting data with none outside our
    company"; "Mobile numbers: not shared with partners" reads "Mobile numbers are not shared
    with partners"; "Exceptions to sharing: all SMS opt-in data" reads "All SMS opt-in data is
    excluded from sharing". The answer must be a bare denial or affirmation (or a list of
    recipients): "Sharing: we never sell your number" has a clause of its own after the
    colon, which is read as written."""
    match = _FIELD.match(piece)
    if match is None:
        return None
    label, answer = match["label"], match["answer"].rstrip(" .")
    denial = _DENIAL.match(answer) is not None
    affirmed = _AFFIRMED.match(answer)
    act = _ACT_NOUN.match(label)
    if act and (denial or affirmed):
        verb = _ACT_VERB[act["noun"].lower()]
        if denial:
            return f"We never {verb} {act['rest']}."
        rest = affirmed["rest"] if affirmed else ""
        return f"We {verb} {act['rest']}{', ' + rest if rest else ''}."
    recipients = _RECIPIENTS_OF.match(label)
    if recipients and not affirmed:
        return f"We share {recipients['data']} with {answer}."
    stranded = _STRANDED_CLAUSE.search(label)
    if stranded and _NO_ONE.match(answer):
        return f"{stranded['clause']} {answer}."
    excepted = _EXCEPTIONS_TO.match(label)
    if excepted and not denial and not affirmed:
        # a remark in parentheses ("(never shared)") restates the exclusion; its "never" is
        # not the exclusion's
        excluded = re.sub(r"\s*\([^)]*\)", "", answer)
        return f"{excluded[0].upper()}{excluded[1:]} is excluded from {excepted['what']}."
    if _PARTICIPLE_ANSWER.match(answer) and len(label.split()) <= 6 and not act:
        return f"{label} are {answer}."
    return None


# the same, stated as a noun phrase with its own predicate: "Recipients of the information we
# collect include data brokers", "Sale of customer data to our lenders may occur"
_RECIPIENTS_ARE = re.compile(
    r"^(?:the\s+)?(?:recipients|receivers)\s+of\s+(?P<data>.+?)\s+"
    r"(?:include|includes|are|consist\s+of)\s+(?P<who>.+)$",
    re.IGNORECASE,
)
_ACT_HAPPENS = re.compile(
    r"^(?P<act>.+?)\s+(?P<happens>(?:may|might|can|could|will|does|do)?\s*(?:not\s+|never\s+)?"
    r"(?:occur|occurs|happen|happens|take\s+place|takes\s+place))$",
    re.IGNORECASE,
)


def _noun_statement(piece: str) -> str | None:
    """The clause a sharing stated as a noun phrase says: "Recipients of X include Y" reads
    "We share X with Y"; "Sale of X to Y may occur" reads "We may sell X to Y" ("... never
    occurs": "We never sell X to Y"). A sentence that names the act as a topic without saying
    that it happens ("Sale of assets in a merger is described below") is left as written."""
    recipients = _RECIPIENTS_ARE.match(piece)
    if recipients:
        return f"We share {recipients['data']} with {recipients['who']}."
    happens = _ACT_HAPPENS.match(piece)
    act = _ACT_NOUN.match(happens["act"]) if happens else None
    if act is None:
        return None
    verb = _ACT_VERB[act["noun"].lower()]
    if re.search(r"\b(?:not|never)\b", happens["happens"], re.IGNORECASE):
        return f"We never {verb} {act['rest']}."
    return f"We may {verb} {act['rest']}."


_FIELD_PIECES = re.compile(r"(?<=[.;])\s+")


_NOUN_OPENING = re.compile(r"^\s*(?:the\s+)?(?:recipients|receivers|[a-z]+)\s+of\b", re.I)


def as_clauses(sentence: str) -> str:
    """The sentence with each labelled field it holds written as the clause it states."""
    if ":" not in sentence and not _NOUN_OPENING.match(sentence):
        return sentence
    pieces = _FIELD_PIECES.split(sentence)
    read = [
        _field_clause(piece.rstrip(".;")) or _noun_statement(piece.rstrip(".;")) or piece
        for piece in pieces
    ]
    return " ".join(read) if read != pieces else sentence
