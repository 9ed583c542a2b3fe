"""The one sentence splitter of the analyzers: a page's text as sentences, each knowing the
heading it sits under and the list it is in.

Policies, SMS terms and the pages drift watches are all read through it (spaCy's sentencizer on
the shared pipeline, analyzers/text/nlp.py), so "the sentence" quoted by a check and compared by
drift is the same sentence. Page text has one block per line. Headings (h1-h3) are lines of
their own; a line ending in ":" often introduces a list whose items ("With your explicit
consent") mean nothing alone, so each item keeps that lead-in. The list ends where the lead-in's
sentence ends: at a line that is a clause of its own ("Mobile numbers are never shared …",
analyzers/text/grammar.py), or after an item that closes it with a period ("…; or auditors.").
Read under the lead-in, the sentence after a list would become one of its items. The site's
navigation and footer lines that open and close the page are left out: they are not the
document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analyzers.text.grammar import FINITE, is_independent
from analyzers.text.nlp import nlp

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WS = re.compile(r"\s+")
_LIST_ITEM_MAX_WORDS = 45
_LIST_MAX_ITEMS = 25
# a line this short is an item, a label or a cell, not a line of a wrapped paragraph
_ITEM_WORDS = 6
# words a sentence does not stop on, or that carry the sentence before on
_FUNCTION_WORDS = frozenset(
    "the a an our your their its his her this that these those of for to with and or nor but "
    "by from in on at as which who whom whose than into onto about via per".split()
)
# a lead-in this short without a verb or a subject is a title
_TITLE_WORDS = 5
_SUBJECT_PRONOUNS = frozenset({"we", "you", "they", "i", "it"})
_TITLE_NOUNS = frozenset({"messaging", "texting"})  # "Text messaging:" names the program
# a line that starts with these goes on with the line before ("Notify me by text" / "when the
# next batch lands"); one that starts with a preposition is as often an item of its own ("to
# comply with the law", "for fraud checks")
_CARRIED_ON = frozenset(
    "and or nor but of than that which who whom whose when whenever if unless until because "
    "while".split()
)
# a line that is a sentence of its own ("We never sell your data."), not an item of the list
_STANDALONE = re.compile(
    r"^(we|our|you|your|this|these|it|they|if|all|any|no)\b.*[.!?]$", re.IGNORECASE
)
# an item that carries the lead-in's sentence on to the next item ("shipping carriers, or")
_CONTINUES = re.compile(r"(\b(and|or|and/or)|[,;])$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*([-•*·▪●◦–]|\(?[0-9a-zA-Z]{1,2}[.)])\s+")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document, with what a reader needs to quote it in context."""

    text: str
    heading: str = ""  # the nearest h1-h3 above it ("" before the first heading)
    lead_in: str = ""  # for a list item: the sentence that introduces the list
    index: int = 0  # position in the document
    line: int = 0  # the block (line) of the page text it comes from

    @property
    def quoted(self) -> str:
        """The sentence as evidence: a list item is quoted with its lead-in."""
        return f"{self.lead_in} … {self.text}" if self.lead_in else self.text

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"text": self.text, "heading": self.heading, "index": self.index}
        if self.lead_in:
            data["lead_in"] = self.lead_in
        return data


def normalize(text: str) -> str:
    return _WS.sub(" ", text).strip()


def body_lines(text: str, chrome_text: str = "", headings: Iterable[str] = ()) -> list[str]:
    """The page's lines without the navigation/footer runs that open and close it."""
    lines = [normalize(line) for line in text.split("\n")]
    lines = [line for line in lines if line]
    chrome = {normalize(line).lower() for line in chrome_text.split("\n") if line.strip()}
    keep = {normalize(h).lower() for h in headings}
    start, end = 0, len(lines)
    while start < end and lines[start].lower() in chrome and lines[start].lower() not in keep:
        start += 1
    while end > start and lines[end - 1].lower() in chrome and lines[end - 1].lower() not in keep:
        end -= 1
    return _join_wrapped(lines[start:end], keep)


def _join_wrapped(lines: list[str], headings: set[str]) -> list[str]:
    """Rejoin a sentence that the page's source wrapped over two lines ("... affiliates for" /
    "marketing purposes."): a line that does not end a sentence, followed by one that starts
    in lower case, is the same sentence. A short line (a list item, a table cell: "shipping
    carriers") is joined only when it visibly goes on; glued onto the next item or onto a
    clause of its own ("mobile numbers are never shared with third parties."), the item would
    read as part of it, and with its negation."""
    out: list[str] = []
    for line in lines:
        if (
            out
            and line[:1].islower()
            and out[-1].lower() not in headings
            and not out[-1].endswith((".", "!", "?", ":", ";"))
            and (len(out[-1].split()) > _ITEM_WORDS or _goes_on(out[-1], line))
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def split_sentences(lines: list[str], headings: Iterable[str] = ()) -> list[Sentence]:
    """Sentences of the given lines, with heading and list lead-in attached.

    A line that only repeats the heading it stands under is text, unless the page has that
    heading twice: under "Help", the line "HELP" after "For assistance, reply:" is the keyword."""
    heading_list = [normalize(h).lower() for h in headings if normalize(h)]
    heading_set = set(heading_list)
    out: list[Sentence] = []
    heading = ""
    lead_in = ""
    items_left = 0
    continued = False  # the last item went on with "," ";" "and" "or": the lead-in's sentence
    titled = False  # the lead-in is a title ("Text messaging:"), not the start of a sentence
    # sentence boundaries need no lemmas; skipping the lemmatizer halves the time of long pages
    docs = nlp().pipe(lines, batch_size=256, disable=["lemmatizer"])
    for number, (line, doc) in enumerate(zip(lines, docs, strict=True)):
        if line.lower() in heading_set and (
            line.lower() != heading.lower() or heading_list.count(line.lower()) > 1
        ):
            heading, lead_in, items_left = line, "", 0
            continue
        words = len(line.split())
        is_item = (
            bool(lead_in)
            and items_left > 0
            and not _STANDALONE.match(line)
            and (words <= _LIST_ITEM_MAX_WORDS or _BULLET.match(line) is not None)
            and (_BULLET.match(line) is not None or titled or not _stands_alone(doc))
        )
        if not is_item:
            lead_in, items_left, continued = "", 0, False
        item_lead = lead_in if is_item else ""
        if is_item:
            items_left -= 1
            if line.endswith((".", "!", "?")) and continued:
                items_left = 0  # "…; shipping carriers; or auditors." closed the lead-in
            continued = _CONTINUES.search(line) is not None
        last = ""
        under = heading
        for sent in doc.sents:
            text = normalize(sent.text)
            if not text or not re.search(r"[A-Za-z]", text):
                continue  # "4." before "Text Messages." is no sentence
            out.append(
                Sentence(text=text, heading=under, lead_in=item_lead, index=len(out), line=number)
            )
            if not last and not is_item and _run_in_heading(text, doc):
                under = f"{heading} — {text.rstrip('.')}" if heading else text.rstrip(".")
            last = text
        if last.endswith(":") and not is_item:
            lead_in, items_left, titled = last, _LIST_MAX_ITEMS, _is_title(last)
    return out


# one-word answers that open a line ("No. We never share it.") are no headings
_ANSWERS = frozenset({"yes", "no", "never", "none", "sure", "nope", "correct", "absolutely"})


def _run_in_heading(first: str, doc: Doc) -> bool:
    """Is a line's first sentence the run-in heading of the rest of the line? Legal drafting
    opens a paragraph with a bold title that ends in a period: "<b>Texts.</b> Fernway sends
    fitting reminders …". The title is the heading of the sentences after it on that line (the
    page's heading stays with it: "Terms — Texts"), so "sends fitting reminders" is read
    under a heading about texts. A title is short, has no verb and is not an answer ("No.
    We never share it.")."""
    words = re.findall(r"[A-Za-z']+", first)
    return (
        first.endswith(".")
        and 1 <= len(words) <= _TITLE_WORDS - 1
        and first[:1].isupper()
        and words[0].lower() not in _ANSWERS
        and _is_title(first)
        and sum(1 for _ in doc.sents) > 1
    )


def _goes_on(short: str, line: str) -> bool:
    """Does the short line break off mid-sentence ("Your mobile opt-in data" / "is never
    shared", "affiliates for" / "marketing purposes.")?"""
    last = short.split()[-1].lower().strip(",")
    first = line.split()[0].lower()
    return last in _FUNCTION_WORDS or first in FINITE or first in _CARRIED_ON


def _is_title(lead_in: str) -> bool:
    """A lead-in that names a topic ("SMS program:", "Mobile information:") rather than starting
    a sentence ("We may share your information with:"). Full sentences under it are read with
    it as under a heading: it adds a scope, not a verb that would swallow theirs. A verb form in
    it ("Information sharing:") would, so such a lead-in is not a title."""
    words = re.findall(r"[a-z']+", lead_in.lower())
    return len(words) <= _TITLE_WORDS and not any(
        w in FINITE
        or w in _SUBJECT_PRONOUNS
        or (w.endswith(("ing", "ed")) and w not in _TITLE_NOUNS)  # "Information sharing:"
        for w in words
    )


def _stands_alone(doc: Doc) -> bool:
    """A line whose first sentence is a clause of its own is not an item of the list above it:
    "Mobile numbers are never shared with third parties." after "We may share information
    with: payment processors, shipping carriers" starts the next sentence of the page."""
    first = next(iter(doc.sents), None)
    return first is not None and is_independent(first)
