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
# "Recipients of X", and as a disclosure table heads its column: "Categories of recipients for
# SMS consent data" (the categories name the recipients, "for" the data they would get)
_RECIPIENTS_OF = re.compile(
    r"^(?:the\s+)?(?:categories\s+of\s+)?(?:recipients|receivers)\s+(?:of|for)\s+(?P<data>.+)$",
    re.IGNORECASE,
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
    r"^(?:the\s+)?(?:categories\s+of\s+)?(?:recipients|receivers)\s+(?:of|for)\s+"
    r"(?P<data>.+?)\s+(?:include|includes|are|consist\s+of)\s+(?P<who>.+)$",
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


# A row of a data table written out as a sentence: the data named once, then each column as a
# participle field ("Mobile numbers — sold: no; shared with partners: yes.", "Category: phone
# number. Sold: no. Shared: no.", "Data sold: none").
_ROW_ACT = re.compile(
    r"^(?P<data>.*?)\s*[—–-]*\s*\b(?P<act>(?:shared|sold|disclosed|rented|transferred|traded|"
    r"given|provided|released|leased|passed\s+on|handed\s+over)\b.*)$",
    re.IGNORECASE,
)
_ROW_DATA = re.compile(r"^\s*(?:data\s+)?categor(?:y|ies)\s*:\s*(?P<data>[^:]+?)\W*$", re.I)
_ROW_SUBJECT = re.compile(r"^(?P<data>[^—–:;.]{2,80}?)\s+[—–]\s+(?P<rest>\S.*)$")
_ENDS_IN_PREPOSITION = re.compile(r"\b(?:with|to|by)$", re.IGNORECASE)


def _row_field(piece: str, data: str) -> tuple[str | None, str]:
    """The clause one participle field of a table row states, and the row's data.

    The data comes before the participle ("Data sold: none", "SMS data — disclosed to
    affiliates: no") or from the row before it ("...; disclosed to third parties: no", after
    "Category: mobile number."). A denial reads "X is not <act>" ("Mobile numbers are not
    sold"); "yes" reads "X is <act>" with what follows it ("Disclosed for a business purpose:
    yes, to marketing affiliates": "... disclosed for a business purpose, to marketing
    affiliates"); an act that ends in its preposition runs on into the recipients it answers
    with ("shared with: delivery partners and advertisers"). Any other answer ("Categories
    disclosed for a business purpose: identifiers") lists data, not whether it happens, and
    is left as written."""
    match = _FIELD.match(piece)
    row = _ROW_ACT.match(match["label"]) if match else None
    if match is None or row is None:
        return None, data
    data = row["data"].strip(" —–-") or data
    if not data or len(data.split()) > 8:
        return None, data
    data = data[0].upper() + data[1:]
    act, answer = row["act"][0].lower() + row["act"][1:], match["answer"].rstrip(" .")
    verb = _be(data)
    open_ended = _ENDS_IN_PREPOSITION.search(act) is not None
    if _DENIAL.match(answer):
        if open_ended and not _NO_ONE.match(answer):
            return f"{data} {verb} not {act} anyone.", data
        if open_ended:  # "shared with: none"
            return f"{data} {verb} {act} {answer}.", data
        return f"{data} {verb} not {act}.", data
    affirmed = _AFFIRMED.match(answer)
    if affirmed:
        rest = affirmed["rest"]
        return f"{data} {verb} {act}{', ' + rest if rest else ''}.", data
    if open_ended:
        closed = _ONLY_THESE.match(answer)
        if closed:  # the column's whole set of recipients, closed by "only"
            head, prep = act.rsplit(None, 1)
            who, rest = closed["who"], closed["rest"] or ""
            return f"{data} {verb} {head} only {prep} {who} and {prep} no one else{rest}.", data
        return f"{data} {verb} {act} {answer}.", data
    return None, data


# "our SMS platform provider only, to deliver your messages": the recipients a column lists,
# closed by "only" after them, then what for
_ONLY_THESE = re.compile(r"^(?P<who>[^,;]+?)\s+only\b(?P<rest>,.*)?$", re.IGNORECASE)


def _table_row(sentence: str) -> str | None:
    """A row of a data table written as a sentence, read as the clauses its columns state.

    Policies lay out what they do with each kind of data as a table, and a row often reaches
    the reader flattened into one line: the data named once, then each column as a field
    ("Mobile numbers — sold: no; shared with partners: yes", "Category: phone number. Sold:
    no. Shared: no."). Each column reads as the sentence "the data is (not) <act>" (see
    `_row_field`): "Mobile numbers are not sold. Mobile numbers are shared with partners.";
    "Data sold: none" reads "Data is not sold", which names no SMS data. None when no piece
    is such a field."""
    data, rest = "", sentence
    subject = _ROW_SUBJECT.match(sentence)
    if subject and _ROW_ACT.match(subject["rest"].split(":", 1)[0]) and ":" in subject["rest"]:
        data, rest = subject["data"].strip(), subject["rest"]
    read, changed = [], False
    for piece in _FIELD_PIECES.split(rest):
        category = _ROW_DATA.match(piece)
        if category:
            data, changed = category["data"], True
            continue
        clause, data = _row_field(piece.rstrip(".;"), data)
        changed = changed or clause is not None
        read.append(clause or piece)
    return " ".join(read) if changed and read else None


_NOUN_OPENING = re.compile(r"^\s*(?:the\s+)?(?:recipients|receivers|[a-z]+)\s+of\b", re.I)


# a cell that is a predicate of its own, its subject the row's data: "Not shared with third
# parties", "Shared with partners for offers", "Never sold"
_CELL_PREDICATE = re.compile(
    r"^(?:(?:not|never)\s+)?(?:shared|sold|disclosed|rented|transferred|traded|given|provided|"
    r"released|leased|passed\s+on|handed\s+over)\b",
    re.IGNORECASE,
)
# the row's data as a field of its own: "Data type: mobile number", "Category: phone number"
_CELL_DATA = re.compile(
    r"^\s*(?:data\s+)?(?:categor(?:y|ies)|types?|kinds?)(?:\s+of\s+data)?\s*:\s*(?P<data>[^:]+?)\W*$",
    re.IGNORECASE,
)
# the data an answer names in brackets: "Shared with marketing partners: Yes (phone number)"
_ANSWER_NAMES_DATA = re.compile(
    r":\s*(?:yes|no)\b[\s,]*\((?P<data>[^()]{2,60})\)\s*$", re.IGNORECASE
)


def _piped_row(sentence: str) -> str | None:
    """A table row written on one line with its cells between bars, read as the clauses its
    cells state.

    Pages written as plain text or markdown lay a data table out as "Phone number collected
    for SMS | Not shared with third parties", "Data type: Mobile number and SMS consent |
    Shared with third parties: No" or "Sold: No | Shared with marketing partners: Yes (phone
    number)". The row's data is its first cell when that names a thing and states nothing
    ("Phone number collected for SMS"), a field naming the type or category of data, or the
    data an answer names in brackets; each other cell then says what happens to it: a
    predicate of its own ("Not shared with third parties": "Phone number collected for SMS is
    not shared with third parties") or a field read as a column of a table row (`_row_field`).
    None when the line has no bars or no data."""
    cells = [cell.strip(" .;") for cell in sentence.split("|")]
    cells = [cell for cell in cells if cell]
    if len(cells) < 2:
        return None
    data, rest = "", cells
    named = _CELL_DATA.match(cells[0])
    if named:
        data, rest = named["data"], cells[1:]
    elif (
        ":" not in cells[0]
        and not _CELL_PREDICATE.match(cells[0])
        and 0 < len(cells[0].split()) <= 8
    ):
        data, rest = cells[0], cells[1:]
    else:
        in_brackets = next(filter(None, map(_ANSWER_NAMES_DATA.search, cells)), None)
        if in_brackets:
            data = in_brackets["data"]
            cells = [_ANSWER_NAMES_DATA.sub(lambda m: m.group(0).split("(")[0], c) for c in cells]
            rest = cells
    if not data:
        return None
    read = []
    for cell in rest:
        clause, data = _row_field(cell, data)
        if clause is None and _CELL_PREDICATE.match(cell):
            subject = data[0].upper() + data[1:]
            clause = f"{subject} {_be(subject)} {cell[0].lower()}{cell[1:]}."
        read.append(clause or f"{cell}.")
    return " ".join(read)


def _be(data: str) -> str:
    """ "is" or "are" for the data a row names, by the head noun before its modifiers."""
    head = re.split(r"\s+(?:collected|gathered|for|of|from|that|which|we|in)\b", data)[0]
    return "are" if re.search(r"[^s]s$", head) else "is"


_ACT_PARTICIPLES = (
    r"(?:shared|sold|disclosed|rented|transferred|traded|given\s+away|released|leased|"
    r"passed\s+on|handed\s+over)"
)
# headline fragments with no subject, each a denial: "Never sold. Never shared.", "Not sold,
# not shared!"
_HEADLINE_FRAGMENTS = re.compile(
    rf"^\s*(?:(?:never|not)\s+(?:ever\s+)?{_ACT_PARTICIPLES}"
    rf"(?:\s*(?:,|or|and|nor|&)\s*(?:(?:never|not)\s+)?{_ACT_PARTICIPLES})*\s*[.!]\s+)+",
    re.IGNORECASE,
)
# the subject of the sentence after them, up to its verb: "Your Text Club number is used ..."
_LEADING_SUBJECT = re.compile(
    r"^(?P<subject>(?:[\w'’&-]+\s+){0,9}?[\w'’&-]+)\s+"
    r"(?:is|are|stays?|remains?|will|goes|go|gets?|can|may|belongs?)\b",
    re.IGNORECASE,
)
_FRAGMENT = re.compile(r"[^.!]+[.!]")


def _headline_fragments(sentence: str) -> str | None:
    """Denials written as headlines, their subject in the sentence after them: "Never sold.
    Never shared. Your Greenleaf Text Club number is used only for Greenleaf texts." A banner
    or a card states the promise first and names what it is about next; a reader takes "never
    shared" of the number the next sentence names, and so does this reading: "Your Greenleaf
    Text Club number is never sold. Your Greenleaf Text Club number is never shared. ...".
    None when no fragment opens the text or the next sentence has no subject before its verb."""
    fragments = _HEADLINE_FRAGMENTS.match(sentence)
    if fragments is None:
        return None
    rest = sentence[fragments.end() :]
    subject = _LEADING_SUBJECT.match(rest)
    if subject is None or subject["subject"].split()[0].lower() in ("we", "i", "you", "they"):
        return None  # "Never shared. We are proud of ...": the business is no thing shared
    said = subject["subject"]
    stated = [
        f"{said} {_be(said)} {piece.strip()[0].lower()}{piece.strip()[1:]}"
        for piece in _FRAGMENT.findall(sentence[: fragments.end()])
    ]
    return " ".join([*stated, rest])


def as_clauses(sentence: str) -> str:
    """The sentence with each labelled field it holds written as the clause it states."""
    if "|" in sentence and (row := _piped_row(sentence)) is not None:
        return row
    if (headline := _headline_fragments(sentence)) is not None:
        return headline
    if ":" not in sentence and not _NOUN_OPENING.match(sentence):
        return sentence
    row = _table_row(sentence)
    if row is not None:
        return row
    pieces = _FIELD_PIECES.split(sentence)
    read = [
        _field_clause(piece.rstrip(".;")) or _noun_statement(piece.rstrip(".;")) or piece
        for piece in pieces
    ]
    return " ".join(read) if read != pieces else sentence
