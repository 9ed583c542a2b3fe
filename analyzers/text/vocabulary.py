"""Phrase vocabularies as data: YAML files of labelled patterns compiled into spaCy Matchers.

A vocabulary file (``analyzers/vocab/<name>.yaml``) maps a label to patterns written in a small
token syntax, so that "Msg & data rates may apply" and its variants are data, not code::

    rates:
      patterns:
        - "msg|message|messaging|text|sms &|and data rates? may|will apply"
      exclude:            # optional: a sentence matching one of these cancels the label
        - "no|not|never * charge"

Token syntax (whitespace separates token slots; matching is case-insensitive):
  ``a|b``     the token's lower-case text is one of a, b
  ``x?``      the slot is optional (works on any slot form)
  ``*``       any one token;  ``*{0,3}`` zero to three tokens of any kind
  ``#``       a number-like token (4, four, 10)
  ``=STOP``   exact, case-sensitive text
  ``~share``  the token's lemma (lower-cased) is one of the listed words: ``~share|sell``
An option ``not`` also matches the contracted "n't" / "n’t" ("isn’t" is "is" + "n’t").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from analyzers.text.nlp import nlp

if TYPE_CHECKING:  # spaCy loads on first use, so importing the checks stays fast
    from spacy.tokens import Doc, Span

VOCAB_DIR = Path(__file__).resolve().parent.parent / "vocab"
_QUANTIFIER = re.compile(r"^(.*?)(\{\d*,\d*\}|[?+*])?$")
_CONTRACTED_NOT = ("n't", "n\u2019t")


@dataclass(frozen=True)
class PhraseMatch:
    label: str
    text: str
    start_char: int
    end_char: int
    sentence: str


def compile_pattern(source: str) -> list[dict[str, Any]]:
    """Turn one pattern string in the token syntax into a spaCy Matcher pattern."""
    tokens: list[dict[str, Any]] = []
    for slot in source.split():
        body, quantifier = _split_quantifier(slot)
        if body == "*":
            token: dict[str, Any] = {}
        elif body == "#":
            token = {"LIKE_NUM": True}
        elif body.startswith("="):
            options = [o.lstrip("=") for o in body[1:].split("|")]
            token = {"TEXT": {"IN": options}}
        elif body.startswith("~"):
            token = {"_": {"pv_lemma": {"IN": _options(body[1:])}}}
        else:
            token = {"LOWER": {"IN": _options(body)}}
        if quantifier:
            token["OP"] = quantifier
        tokens.append(token)
    if not tokens:
        raise ValueError("empty pattern")
    return tokens


def _options(body: str) -> list[str]:
    """The lower-case words of an ``a|b`` slot; "not" brings its contracted forms along."""
    options = [o.lower() for o in body.split("|")]
    return options + list(_CONTRACTED_NOT) if "not" in options else options


def _split_quantifier(slot: str) -> tuple[str, str | None]:
    if slot in ("*", "#") or (len(slot) > 1 and slot[-1] == "?" and slot[:-1] in ("*", "#")):
        return slot.rstrip("?"), ("?" if slot.endswith("?") else None)
    match = _QUANTIFIER.match(slot)
    assert match is not None
    body, quantifier = match.group(1), match.group(2)
    if not body:  # a slot that is only punctuation such as "&" or "/"
        return slot, None
    return body, quantifier


def _ensure_lemma_extension() -> None:
    from spacy.tokens import Token

    if not Token.has_extension("pv_lemma"):
        Token.set_extension("pv_lemma", getter=lambda token: (token.lemma_ or token.text).lower())


class Vocabulary:
    """The labelled patterns of one YAML file, matched over text or a parsed Doc."""

    def __init__(self, name: str, entries: dict[str, Any]):
        from spacy.matcher import Matcher

        _ensure_lemma_extension()
        self.name = name
        self.labels: list[str] = []
        self.descriptions: dict[str, str] = {}
        self._matcher = Matcher(nlp().vocab)
        self._excludes = Matcher(nlp().vocab)
        for label, entry in entries.items():
            if isinstance(entry, list):
                entry = {"patterns": entry}
            patterns = entry.get("patterns") or []
            if not patterns:
                raise ValueError(f"vocabulary {name}: label {label!r} has no patterns")
            self.labels.append(label)
            self.descriptions[label] = entry.get("description", label)
            self._matcher.add(label, [compile_pattern(p) for p in patterns])
            if entry.get("exclude"):
                self._excludes.add(label, [compile_pattern(p) for p in entry["exclude"]])

    def find(self, text: str | Doc) -> list[PhraseMatch]:
        from spacy.util import filter_spans

        doc = parse(text) if isinstance(text, str) else text
        excluded: dict[str, set[int]] = {}
        if len(self._excludes):
            for match_id, start, _end in self._excludes(doc):
                label = nlp().vocab.strings[match_id]
                excluded.setdefault(label, set()).add(doc[start].sent.start)
        by_label: dict[str, list[Span]] = {}
        for match_id, start, end in self._matcher(doc):
            label = nlp().vocab.strings[match_id]
            span = doc[start:end]
            if span.sent.start in excluded.get(label, ()) or _crosses_sentences(span):
                continue
            by_label.setdefault(label, []).append(span)
        found = []
        for label, spans in by_label.items():
            for span in filter_spans(spans):
                found.append(
                    PhraseMatch(
                        label, span.text, span.start_char, span.end_char, span.sent.text.strip()
                    )
                )
        found.sort(key=lambda m: (m.start_char, m.label))
        return found

    def labels_in(self, text: str | Doc) -> set[str]:
        return {match.label for match in self.find(text)}

    def first(self, text: str | Doc, label: str) -> PhraseMatch | None:
        return next((m for m in self.find(text) if m.label == label), None)


def _crosses_sentences(span: Span) -> bool:
    """A phrase lies within one sentence: a gap such as ``*{1,8}`` must not reach into the next
    one ("texts from Acme. Questions about your bill?")."""
    return any(token.is_sent_start for token in span[1:])


def parse(text: str) -> Doc:
    """Tokenize and split sentences with the shared pipeline."""
    return nlp()(text)


def vocab_data(name: str) -> Any:
    """The data of ``analyzers/vocab/<name>.yaml`` (libyaml's parser when PyYAML has it: ten
    times faster, and the vocabularies are read at every start)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((VOCAB_DIR / f"{name}.yaml").read_text(encoding="utf-8"), Loader=loader)


@cache
def vocabulary(name: str) -> Vocabulary:
    """Load ``analyzers/vocab/<name>.yaml`` once."""
    return Vocabulary(name, vocab_data(name) or {})


@cache
def word_list(name: str) -> frozenset[str]:
    """A plain list of words or domains, one a line (``analyzers/vocab/<name>.txt``)."""
    path = VOCAB_DIR / f"{name}.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.strip().lower() for line in lines if line.strip() and not line.lstrip().startswith("#")
    )
