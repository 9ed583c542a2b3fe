"""One blank English spaCy pipeline, built once, with a tokenizer tuned for SMS disclosures.

Trained models are not required (they are not on PyPI); a sentencizer and rule matchers do the
work. The tokenizer also splits "Msg&data", "4msgs" and "2–3" so that patterns see separate
words, splits ALL-CAPS contractions ("ISN'T") the way it splits "isn't", and splits a footnote
marker off the word it is glued to ("¹Carriers", "apply²").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported when the pipeline is first built: it costs half a second
    from spacy.language import Language

_EXTRA_INFIXES = (
    r"[&/+]",  # Msg&data, msgs/mo, Terms+Privacy
    r"(?<=[0-9])(?=[A-Za-z])",  # 4msgs, 10am
    r"(?<=[A-Za-z])(?=[0-9])",  # msgs4
    r"(?<=[0-9])[\u2013\u2014](?=[0-9])",  # 2–3 texts, as spaCy already splits 2-3
)


# footnote markers glued to a word: "¹Carriers are not liable ...", "rates may apply²",
# "†Msg & data rates may apply"; a marker is no part of the word it marks
_FOOTNOTE_MARKS = r"[\u00b9\u00b2\u00b3\u2070-\u2079\u2020\u2021]"


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The shared pipeline: tokenizer + sentencizer (+ the lookup lemmatizer when available)."""
    import spacy
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    _register_abbreviation_continues()
    pipeline = spacy.blank("en")
    infixes = list(pipeline.Defaults.infixes) + list(_EXTRA_INFIXES)
    pipeline.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    prefixes = [_FOOTNOTE_MARKS, *pipeline.Defaults.prefixes]
    suffixes = [_FOOTNOTE_MARKS, *pipeline.Defaults.suffixes]
    pipeline.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    pipeline.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    _add_upper_case_contractions(pipeline)
    _add_abbreviations(pipeline)
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe(_ABBREVIATION_CONTINUES)
    try:
        pipeline.add_pipe("lemmatizer", config={"mode": "lookup"}).initialize()
    except Exception:  # spacy-lookups-data missing: lemmas stay empty, patterns use LOWER
        if "lemmatizer" in pipeline.pipe_names:
            pipeline.remove_pipe("lemmatizer")
    pipeline.max_length = 5_000_000
    return pipeline


def _add_upper_case_contractions(pipeline: Language) -> None:
    """spaCy splits "isn't" into "is" + "n't" but leaves "ISN'T" whole, so fine print in capitals
    would hide its "not" from every pattern."""
    from spacy.symbols import ORTH

    for text, pieces in list(pipeline.tokenizer.rules.items()):
        if text.islower() and ("n't" in text or "n\u2019t" in text):
            upper = [{**piece, ORTH: piece[ORTH].upper()} for piece in pieces]
            pipeline.tokenizer.add_special_case(text.upper(), upper)


# abbreviations whose period the tokenizer splits off ("etc.)" is "etc" "." ")"): a lower-case
# word after it goes on with the same sentence
_CONTINUED_AFTER = frozenset({"etc", "inc", "co", "corp", "ltd", "llc", "vs", "incl", "approx"})
_ABBREVIATION_CONTINUES = "prevet_abbreviation_continues"
_CLOSING = frozenset({")", "]", '"', "”", "'"})


def _register_abbreviation_continues() -> None:
    """The sentencizer ends a sentence at every period, also an abbreviation's: "Carriers (AT&T,
    Verizon, etc.) are not liable for delayed messages" would lose its subject, the carriers,
    to a sentence of its own. A sentence never starts with a lower-case word right after an
    abbreviation's period (and its closing brackets); "We text deals, promos, etc. Reply STOP"
    still ends at "etc.", its next word capitalised."""
    from spacy.language import Language

    if Language.has_factory(_ABBREVIATION_CONTINUES):
        return

    @Language.component(_ABBREVIATION_CONTINUES)
    def abbreviation_continues(doc):
        for token in doc[1:]:
            if not token.is_sent_start or not token.text[:1].islower():
                continue
            i = token.i - 1
            while i > 0 and doc[i].text in _CLOSING:
                i -= 1
            if i > 0 and doc[i].text == "." and doc[i - 1].lower_ in _CONTINUED_AFTER:
                token.is_sent_start = False
        return doc


# abbreviations of SMS fine print whose period does not end the sentence ("Msg freq. varies")
_ABBREVIATIONS = ("freq.", "approx.")


def _add_abbreviations(pipeline: Language) -> None:
    from spacy.symbols import ORTH

    for word in _ABBREVIATIONS:
        for form in (word, word.capitalize(), word.upper()):
            pipeline.tokenizer.add_special_case(form, [{ORTH: form}])
