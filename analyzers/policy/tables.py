"""Policy tables read row by row, each row a sentence of its columns.

Policies often put what they share in a table ("Category | Shared with | Purpose"), and the
promise that matters sits in one row: "Mobile number and SMS opt-in consent | No one — not
shared with or sold to third parties | Sending the texts you asked for". The snapshot keeps a
page's text one line per block, so a table arrives as its header cells, then each row's cells,
one per line, with nothing to say where a row ends. Read cell by cell, the row's promise has no
subject ("No one — not shared with ...") and the reviewer's reading ("the mobile number is
shared with no one") is lost.

The table's shape is still there: a run of short column names (no sentence, no heading of the
page), after a sentence or heading, ended by a longer line (the first cell); then lines that are
no sentences (cells end with no full stop), as many as a whole number of rows of that many
columns, up to the next sentence or heading. Each row is then read as one line: its first cell,
the row's subject, then each other column named by its header ("Mobile number and SMS opt-in
consent: shared with No one — not shared ...; purpose: Sending the texts you asked for."). A
header that ends in a preposition ("Shared with", "Sold to") runs on into its cell; a noun
("Recipients") is a label ("recipients: no one").

A list of short items is no table: it does not open with a run of short names ended by a
longer line whose cells then come in whole rows, two at least.

Disclosure tables written for state privacy laws name their columns at more length: "Category
of personal information", "Categories of third parties we disclose to". Such a name is still a
column's, not a cell's: it opens with "Category of" or runs into its cells (it ends in a
preposition, or it is a clause of sharing: "Third parties with whom we share"). The section's
heading is often repeated as a column's name ("Categories of third parties we disclose to" over
the table and in its header row): within a run of names already begun, the heading's words are
a name; a heading never begins a run (a table of contents repeats the headings too).

A row is a clause, not a list of labels, when its columns say what happens to the row's subject:
- a header that is itself a clause ("Categories of third parties we disclose to", "Third parties
  with whom we share") reads "We disclose <subject> to <cell>";
- a cell that is a predicate of its own ("Not disclosed to any third party", "Never sold",
  "Shared only with our texting platform") says it of the subject, whatever its header: under
  "Disclosed to" it is no recipient ("disclosed to Not disclosed …" would read as a sharing),
  it reads "<subject> are not disclosed to any third party".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from analyzers.text.sentences import normalize

_MIN_COLUMNS, _MAX_COLUMNS = 2, 5
_HEADER_WORDS = 3  # a column's name: "Category", "Shared with", "Purpose"
_LONG_HEADER_WORDS = 8  # "Categories of third parties we disclose to"
_MIN_ROWS = 2
_SENTENCE_END = (".", "!", "?", ":", ";")
_PREPOSITION = re.compile(r"\b(?:with|to|by|for|from)$", re.IGNORECASE)
_CATEGORY_OF = re.compile(r"^categor(?:y|ies)\s+of\b", re.IGNORECASE)
_SHARING_VERB = (
    r"(?:share|shared|disclose|disclosed|sell|sold|provide|provided|transfer|transferred|give|"
    r"gave|send|sent|rent|rented|release|released|make\s+available|made\s+available)"
)
# a header that is a clause: "Categories of third parties we disclose to", "Third parties with
# whom we share (it)", "Recipients to whom we may disclose"
_CLAUSE_HEADER = re.compile(
    rf"\b(?:(?P<pre>to|with)\s+whom\s+)?we\s+(?:may\s+|have\s+)?(?P<verb>{_SHARING_VERB})"
    r"(?:\s+(?:it|them|this|that|your\s+information|(?:your\s+)?personal\s+information))?"
    r"(?:\s+(?P<post>to|with))?$",
    re.IGNORECASE,
)
# a cell that is a predicate of its own: "Not disclosed to any third party", "Never sold",
# "Shared only with our texting platform", "Used only to send the texts you asked for"
_PREDICATE_CELL = re.compile(
    r"^(?:(?:not|never)\b|(?:(?:only|solely)\s+)?(?:shared|disclosed|sold|rented|transferred|traded|"
    r"given|provided|released|leased|passed|sent|used|kept|retained|made\s+available)\b)",
    re.IGNORECASE,
)


def read_tables(lines: list[str], headings: Iterable[str]) -> list[str]:
    """The lines with each table's header and cells replaced by one line per row."""
    heading_set = {normalize(h).lower() for h in headings if normalize(h)}
    out: list[str] = []
    i = 0
    while i < len(lines):
        table = _table_at(lines, i, heading_set)
        if table is None:
            out.append(lines[i])
            i += 1
            continue
        header, rows, end = table
        out += [_row_sentence(header, row) for row in rows]
        i = end
    return out


def _table_at(
    lines: list[str], start: int, heading_set: set[str]
) -> tuple[list[str], list[list[str]], int] | None:
    """The header, rows and end of a table whose header starts at `start`, or None."""
    if start > 0 and _name(lines[start - 1], heading_set):
        return None  # the run of names starts earlier
    end = start
    # a heading's words inside the run, after its first name, are a column's name repeating
    # the section's heading ("Category | Categories of third parties we disclose to | ...")
    while end < len(lines) and _name(lines[end], heading_set, within=end > start):
        end += 1
    columns = end - start
    if not _MIN_COLUMNS <= columns <= _MAX_COLUMNS or end >= len(lines):
        return None
    stop = end
    while stop < len(lines) and (
        _cell(lines[stop], heading_set)
        or _sentences_in_a_row(lines, stop, (stop - end) % columns, columns, heading_set)
    ):
        stop += 1
    cells = lines[end:stop]
    if len(cells) < _MIN_ROWS * columns or len(cells) % columns:
        return None
    # the first cell is what ends the run of names: it is longer than a name
    if len(cells[0].split()) <= _HEADER_WORDS:
        return None
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    return lines[start:end], rows, stop


def _name(line: str, heading_set: set[str], *, within: bool = False) -> bool:
    """A column's name: a few words, no sentence, no heading of the page (unless `within` a
    run of names already begun), capitalised; or a longer name that reads as one ("Category
    of personal information"; "Categories of third parties we disclose to", "Third parties
    with whom we share": it runs into its cells)."""
    if not line or line.endswith(_SENTENCE_END) or not line[0].isupper():
        return False
    if line.lower() in heading_set and not within:
        return False
    words = len(line.split())
    return words <= _HEADER_WORDS or (
        words <= _LONG_HEADER_WORDS
        and any(shape.search(line) for shape in (_CATEGORY_OF, _PREPOSITION, _CLAUSE_HEADER))
    )


def _cell(line: str, heading_set: set[str]) -> bool:
    return bool(line) and not line.endswith(_SENTENCE_END) and line.lower() not in heading_set


def _sentences_in_a_row(
    lines: list[str], at: int, column: int, columns: int, heading_set: set[str]
) -> bool:
    """A cell written in sentences ("No one outside the College. Never sold or shared.") in
    the middle of a row, neither its first column nor its last, with the row going on after
    it in a plain cell ("Sending the texts you asked for"): the row's cells run across it, so
    it is a cell, not the paragraph after the table. A sentence where a row starts or ends is
    still the text after the table."""
    if not 0 < column < columns - 1 or at + 1 >= len(lines):
        return False
    line = lines[at]
    return line.lower() not in heading_set and _cell(lines[at + 1], heading_set)


def _row_sentence(header: list[str], row: list[str]) -> str:
    """ "Mobile number: shared with No one; purpose: Sending the texts you asked for.", or with
    the clause a column states first: "We disclose Mobile number to No one; purpose: …"."""
    subject = row[0]
    clause = ""
    parts = []
    said_after: list[str] = []
    for name, cell in zip(header[1:], row[1:], strict=True):
        name = name.lower()
        # a cell lists its items with semicolons too ("SMS platform; marketing partners"):
        # within the row they are one column's items, the semicolon parts the columns
        cell = cell.replace(";", ",")
        cell, more = _more_sentences(subject, cell)
        said_after += more
        said = "" if clause else _clause(subject, name, cell)
        if said:
            clause = said
        else:
            parts.append(f"{name} {cell}" if _PREPOSITION.search(name) else f"{name}: {cell}")
    after = "".join(f" {sentence}" for sentence in said_after)
    if clause:
        return f"{'; '.join([clause, *parts])}.{after}"
    return f"{subject}: {'; '.join(parts)}.{after}"


_CELL_SENTENCE_END = re.compile(r"(?<=[a-z)])\.\s+(?=[A-Z])")


def _more_sentences(subject: str, cell: str) -> tuple[str, list[str]]:
    """A cell written in sentences: its first sentence is the column's cell, and each next
    one is said of the row's subject, as the reader of the row reads it: in "Mobile number |
    No one outside the College. Never sold or shared with third parties. | Sending texts",
    "Never sold or shared with third parties" says that the mobile number is never sold or
    shared. A next sentence that is no predicate ("Ask us for the list.") stays as written."""
    first, *rest = _CELL_SENTENCE_END.split(cell.rstrip(". "))
    return first, [
        f"{subject} are {r[0].lower()}{r[1:]}." if _PREDICATE_CELL.match(r) else f"{r}."
        for r in rest
    ]


def _clause(subject: str, name: str, cell: str) -> str:
    """The clause a column states of the row's subject, or "" when it only labels its cell."""
    if _PREDICATE_CELL.match(cell):
        return f"{subject} are {cell[0].lower()}{cell[1:]}"
    if said := _CLAUSE_HEADER.search(name):
        preposition = said["pre"] or said["post"]
        if preposition:
            return f"We {said['verb']} {subject} {preposition} {cell}"
    return ""
