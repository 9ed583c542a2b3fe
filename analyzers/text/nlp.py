"""One blank English spaCy pipeline, built once, with a tokenizer tuned for SMS disclosures.

Trained models are not required (they are not on PyPI); a sentencizer and rule matchers do the
work. The tokenizer also splits "Msg&data", "4msgs" and "2–3" so that patterns see separate
words, and splits ALL-CAPS contractions ("ISN'T") the way it splits "isn't".
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


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The shared pipeline: tokenizer + sentencizer (+ the lookup lemmatizer when available)."""
    import spacy
    from spacy.util import compile_infix_regex

    pipeline = spacy.blank("en")
    infixes = list(pipeline.Defaults.infixes) + list(_EXTRA_INFIXES)
    pipeline.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    _add_upper_case_contractions(pipeline)
    _add_abbreviations(pipeline)
    pipeline.add_pipe("sentencizer")
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


# abbreviations of SMS fine print whose period does not end the sentence ("Msg freq. varies")
_ABBREVIATIONS = ("freq.", "approx.")


def _add_abbreviations(pipeline: Language) -> None:
    from spacy.symbols import ORTH

    for word in _ABBREVIATIONS:
        for form in (word, word.capitalize(), word.upper()):
            pipeline.tokenizer.add_special_case(form, [{ORTH: form}])
