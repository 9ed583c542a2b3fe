"""The vocabulary token syntax (analyzers/text/vocabulary.py) refuses, when a file is loaded, a
slot that cannot mean what its author wrote, naming the file, the label and the pattern; every
loader of the files (the spaCy Matcher, the cheap matcher of analyzers/campaign/phrases.py, the
content vocabularies) refuses it alike. Near misses that are valid syntax still load."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import yaml

from analyzers.campaign.phrases import PhraseBook
from analyzers.content.vocabularies import ContentVocabulary
from analyzers.text.vocabulary import Vocabulary, VocabularyError, compile_pattern

LOADERS: dict[str, Callable[[str, Any], object]] = {
    "spacy": Vocabulary,
    "phrases": PhraseBook,
    "content": lambda name, entries: ContentVocabulary(name, entries, ("rates",)),
}

MALFORMED = {
    # "a | b" written with spaces: the bar becomes a slot of its own, with empty options
    "spaced bars": ("msg | message data rates", "slot '|' has an empty option"),
    "space after a bar": ("msg| message data rates", "slot 'msg|' has an empty option"),
    "space before a bar": ("msg |message data rates", "slot '|message' has an empty option"),
    "double bar": ("msg||message data rates", "has an empty option"),
    "quantifier inside": ("msgs?|messages data rates", "quantifier inside the alternation"),
    "lemma mark inside": ("data rates ~apply|~charge", "= or ~ inside the alternation"),
    "exact mark inside": ("reply stop|=STOP", "= or ~ inside the alternation"),
}


def _load(loader: str, yaml_text: str) -> object:
    """Load `yaml_text` as analyzers/vocab/bad.yaml, the way the named loader reads a file."""
    return LOADERS[loader]("bad", yaml.safe_load(yaml_text))


@pytest.mark.parametrize("loader", LOADERS)
@pytest.mark.parametrize("case", MALFORMED, ids=str)
def test_a_malformed_slot_is_an_error_naming_the_file_and_entry(loader: str, case: str) -> None:
    pattern, why = MALFORMED[case]
    with pytest.raises(VocabularyError) as refused:
        _load(loader, f"rates:\n  patterns:\n  - msg|message & data rates\n  - {pattern}\n")
    message = str(refused.value)
    assert message.startswith(f"analyzers/vocab/bad.yaml, label 'rates', patterns {pattern!r}: ")
    assert why in message and "\n" not in message


@pytest.mark.parametrize("loader", LOADERS)
def test_a_malformed_exclude_and_a_pattern_that_is_no_string_are_errors(loader: str) -> None:
    excluded = "rates:\n  patterns: [data rates]\n  exclude: [no | never charge]\n"
    with pytest.raises(VocabularyError, match=r"label 'rates', exclude 'no \| never charge'"):
        _load(loader, excluded)
    with pytest.raises(VocabularyError, match="a pattern is a string of token slots, not 42"):
        _load(loader, "rates:\n- data rates\n- 42\n")
    with pytest.raises(VocabularyError, match="label 'rates': no patterns"):
        _load(loader, "rates:\n  description: the rates line\n")


@pytest.mark.parametrize("loader", LOADERS)
def test_valid_slots_that_look_alike_load(loader: str) -> None:
    valid = """
rates:
- msg|message &|and|+|/? data rates|charges? may|will apply  # "+" and "/" are options
- text|txt * to +|( ? #  # punctuation options; a lone "?" is a token
- reply =STOP|=END  # "=" may mark every option of an exact slot
- ~share|sell data
- data rates *{0,3} apply
"""
    assert _load(loader, valid) is not None


def test_a_phrase_in_an_alternation_is_two_slots_as_documented() -> None:
    """Whitespace separates slots: "text message|sms" is "text" then "message" or "sms"."""
    assert compile_pattern("text message|sms") == [
        {"LOWER": {"IN": ["text"]}},
        {"LOWER": {"IN": ["message", "sms"]}},
    ]
