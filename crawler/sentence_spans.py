"""Sentences of plain text without a parse, for the scans that must stay cheap.

prevet reads policies, terms and disclosures clause by clause with spaCy's sentencizer
(`analyzers.text.sentences`). Three readers only need sentence bounds and run where a parse
costs too much: the age-gate detector on every overlay of a render (crawler), the content scan
over every page's text, and `prevet check-campaign`, which answers without loading spaCy. They
share this one splitter so that a sentence ends in the same place for all of them: at a line
break, or after . ! ? (and any closing quote or bracket) followed by a space, but not after a
common abbreviation ("Dr.", "Inc.", "St.") or a single letter ("J. Smith").
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    {
        "dr",
        "mr",
        "mrs",
        "ms",
        "st",
        "ave",
        "inc",
        "llc",
        "co",
        "corp",
        "ltd",
        "e.g",
        "i.e",
        "etc",
        "vs",
        "no",
        "jr",
        "sr",
        "blvd",
        "rd",
        "msg",
        "msgs",
        "approx",
        "appt",
        "p.o",
        "u.s",
        "a.m",
        "p.m",
    }
)
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+")
_LAST_WORD = re.compile(r"([\w.]+)\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence of text; the end is before the separator."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        if "\n" not in boundary.group():
            last = _LAST_WORD.search(text[start : boundary.start()].rstrip("\"')]"))
            if last and (last.group(1).lower() in ABBREVIATIONS or len(last.group(1)) == 1):
                continue
        spans.append((start, boundary.start()))
        start = boundary.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]
