"""Is a piece of text a sentence of its own, or a fragment that continues another?

The shared pipeline has no tagger or parser (analyzers/text/nlp.py), so this reads the closed
classes of English that mark a clause: a finite auxiliary or modal ("are", "will", "may") with
words before it as its subject, and no subordinator or relative word ("if", "when", "who",
"that") that would make the clause depend on another. Policies state what they do and do not do
almost always through such a verb ("are never shared", "will not be sold", "may be disclosed").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

# the auxiliaries and modals that carry a clause's tense ("are shared", "will not sell")
AUXILIARIES = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "may",
        "might",
        "can",
        "could",
        "shall",
        "should",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "must",
    }
)
# every finite form a subject can precede, with the pieces the tokenizer leaves of a
# contraction ("won't" is "wo" + "n't") and contractions typed without their apostrophe
FINITE = AUXILIARIES | {"am", "wo", "ca", "cannot", "isnt", "arent", "wont", "doesnt", "dont"}
# words that make what follows a part of another clause ("if we are acquired", "to the extent
# it is required"): anywhere before the verb, the clause is not independent
SUBORDINATORS = frozenset(
    {
        "if",
        "when",
        "whenever",
        "where",
        "wherever",
        "unless",
        "except",
        "excluding",
        "including",
        "because",
        "since",
        "as",
        "while",
        "although",
        "though",
        "until",
        "once",
        "whether",
        "so",
        "to",
        "what",
    }
)
# a preposition or joint that opens the text ("With your consent.", "For fraud prevention.",
# "And our affiliates."): a phrase, not a clause; inside a subject it is just part of the noun
# ("Numbers you give us for text alerts are…")
_OPENERS = frozenset(
    {
        "with",
        "without",
        "for",
        "by",
        "from",
        "in",
        "on",
        "at",
        "upon",
        "under",
        "about",
        "through",
        "via",
        "and",
        "or",
        "nor",
        "but",
    }
)
# "In no case are…", "Under no circumstances will…", "At no time is…": a negative opening
# inverts the clause, the verb follows the opening
_NEGATIVE_OPENING = frozenset({"no", "none"})
# a relative clause inside the subject ("Data that you give us is…") does not end the subject
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})
_PRONOUNS = frozenset({"we", "you", "they", "i", "it", "he", "she"})


def is_independent(sentence: Span) -> bool:
    """A capitalised sentence, closed by . ! or ?, whose clause stands alone: a subject, then a
    finite verb, with no word before the verb that subordinates it. "Mobile numbers are never
    shared." is one; "Service providers who help us run the site.", "When required by law.",
    "payment processors" and "Marketing partners." are not."""
    words = [t for t in sentence if not t.is_space]
    if len(words) < 3 or not words[0].text[:1].isupper() or words[-1].text not in ".!?":
        return False
    lowered = [t.lower_ for t in words]
    if ":" in lowered[:-1]:
        return False  # "Service providers: …": a labelled item of a list
    if lowered[0] in SUBORDINATORS or lowered[0] in _OPENERS or lowered[0] in _RELATIVE:
        return _negative_inversion(lowered)
    skip = set()  # the verb of a relative clause ("who are bound", "that we may use")
    for position, word in enumerate(lowered[:-1]):
        if word in _RELATIVE:
            after = lowered[position + 1 : position + 3]
            if after and after[0] in FINITE:
                skip.add(position + 1)
            elif len(after) == 2 and after[0] in _PRONOUNS and after[1] in FINITE:
                skip.add(position + 2)
            continue
        if word in FINITE and position not in skip:
            return position > 0
        if word in SUBORDINATORS:
            return False
    return False


def _negative_inversion(lowered: list[str]) -> bool:
    """ "Under no circumstances will your number be shared." """
    if len(lowered) < 4 or lowered[1] not in _NEGATIVE_OPENING:
        return False
    rest = lowered[2:]
    return any(word in FINITE for word in rest[:4])
