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

Whitespace separates slots, so an alternation is one slot with no space around its bars, and
each option is one token: "text message|sms" is the two slots "text" and "message|sms", and a
phrase of several words as one alternative is written as a pattern of its own. A slot that
cannot mean what its author wrote is an error when the file is loaded (`VocabularyError`,
naming the file, the label and the pattern), never a pattern that silently matches nothing or
something else: an empty option ("a||b", or "a | b", "a |b", "a| b" split at their spaces),
a quantifier inside an alternation ("texts?|msgs": it applies to the whole slot, written once
at its end), a ``=`` or ``~`` that is not at the slot's start ("stop|~end"), and a pattern
that is not a string of slots. Every loader of these files (this module's spaCy Matcher,
the content vocabularies' and the cheap matcher of analyzers/campaign/phrases.py) reads an
entry through `vocab_entry`, which checks it.
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


class VocabularyError(ValueError):
    """A vocabulary file says something its syntax cannot mean (one line: file, label, why)."""


@dataclass(frozen=True)
class VocabEntry:
    """One label of a vocabulary file, its patterns checked slot by slot."""

    label: str
    patterns: list[str]
    exclude: list[str]
    description: str


def vocab_entry(name: str, label: str, entry: Any) -> VocabEntry:
    """The label's entry of ``analyzers/vocab/<name>.yaml`` (a list of patterns, or a mapping
    with ``patterns`` and optional ``exclude`` and ``description``), every pattern checked by
    `pattern_slots`; a malformed one is a VocabularyError naming the file and the label."""
    where = f"analyzers/vocab/{name}.yaml, label {label!r}"
    if isinstance(entry, list):
        entry = {"patterns": entry}
    if not isinstance(entry, dict):
        raise VocabularyError(f"{where}: a list of patterns or a mapping, not {entry!r}")
    patterns = entry.get("patterns") or []
    exclude = entry.get("exclude") or []
    if not patterns:
        raise VocabularyError(f"{where}: no patterns")
    for key, sources in (("patterns", patterns), ("exclude", exclude)):
        if not isinstance(sources, list):
            raise VocabularyError(f"{where}: {key} is a list of patterns, not {sources!r}")
        for source in sources:
            try:
                pattern_slots(source)
            except ValueError as exc:
                raise VocabularyError(f"{where}, {key} {source!r}: {exc}") from None
    return VocabEntry(label, list(patterns), list(exclude), entry.get("description", label))


def pattern_slots(source: Any) -> list[str]:
    """The whitespace-separated slots of one pattern; ValueError for a slot that cannot mean
    what was written (see the module's docstring)."""
    if not isinstance(source, str):
        raise ValueError(f"a pattern is a string of token slots, not {source!r}")
    slots = source.split()
    if not slots:
        raise ValueError("empty pattern")
    for slot in slots:
        problem = _slot_problem(slot)
        if problem:
            raise ValueError(f"slot {slot!r} {problem}")
    return slots


_INNER_QUANTIFIER = re.compile(r"\w(?:[?+*]|\{\d*,\d*\})$")
_INNER_PREFIX = re.compile(r"^[=~]\w")


def _slot_problem(slot: str) -> str:
    """Why an alternation slot cannot mean what was written ("" when it can)."""
    body, _quantifier = _split_quantifier(slot)
    if "|" not in body:
        return ""
    prefix = body[0] if body[0] in "=~" else ""
    options = body[len(prefix) :].split("|")
    if "" in options:
        return (
            "has an empty option: whitespace separates slots, so an alternation is written "
            "with no space around its bars (a|b)"
        )
    if any(_INNER_QUANTIFIER.search(option) for option in options[:-1]):
        return "has a quantifier inside the alternation: it applies to the whole slot (a|b?)"
    if prefix != "=" and any(_INNER_PREFIX.match(option) for option in options):
        return "has = or ~ inside the alternation: write it once, before the first option (~a|b)"
    return ""


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
    for slot in pattern_slots(source):
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
        for label, raw in entries.items():
            entry = vocab_entry(name, label, raw)
            self.labels.append(label)
            self.descriptions[label] = entry.description
            self._matcher.add(label, [compile_pattern(p) for p in entry.patterns])
            if entry.exclude:
                self._excludes.add(label, [compile_pattern(p) for p in entry.exclude])

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
