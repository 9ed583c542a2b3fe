"""The content vocabularies as compiled spaCy Matchers, and the key words that index them.

A vocabulary file (``analyzers/vocab/content/<category>.yaml``, token syntax of
analyzers/text/vocabulary.py) has the labels ``strong``, ``weak`` and ``lookalike``, each with
optional ``exclude`` patterns; ``content/_signals.yaml`` holds the shared context words. This
module compiles them and picks, for every pattern, one required word (its key) that any match
must contain, so that matching.py can skip the sentences no pattern could match.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # spaCy loads on first use, so `prevet check-campaign` stays fast
    from spacy.tokens import Span

from analyzers.content.categories import CATEGORIES
from analyzers.text.nlp import nlp
from analyzers.text.vocabulary import compile_pattern, vocab_data, vocab_entry, word_list

TERM_LABELS = ("strong", "weak")
WORD = re.compile(r"[a-z0-9]+")  # how key words are looked up in lower-cased text


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    """Words too common to index a pattern by."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | frozenset("$#%&+-.,:;/'’")


class ContentVocabulary:
    """The labelled patterns of one content YAML file, with the keys that pre-select text."""

    def __init__(self, name: str, entries: dict[str, Any], key_labels: tuple[str, ...]):
        self.name = name
        from spacy.matcher import Matcher

        self.matcher = Matcher(nlp().vocab)
        self.excludes = Matcher(nlp().vocab)
        keys: set[str] = set()
        for label, raw in entries.items():
            entry = vocab_entry(name, label, raw)
            patterns = [compile_pattern(p) for p in entry.patterns]
            self.matcher.add(label, [e for p in patterns for e in _expand_first_slot(p)])
            if entry.exclude:
                self.excludes.add(
                    label,
                    [e for p in entry.exclude for e in _expand_first_slot(compile_pattern(p))],
                )
            if label in key_labels:
                keys.update(option for pattern in patterns for option in _key_options(pattern))
        self.word_keys = frozenset(k for k in keys if k.isalnum())
        self.other_key_list = sorted(k for k in keys if not k.isalnum())

    def find(self, spans: list[Span]) -> list[tuple[str, Span]]:
        """(label, span) of every match in the given sentences, minus excluded sentences."""
        found: dict[str, list[Span]] = {}
        for chunk in spans:
            matches = self.matcher(chunk, as_spans=True)
            excluded: dict[str, set[int]] = {}
            if matches and len(self.excludes):  # negative contexts only matter near a match
                for span in self.excludes(chunk, as_spans=True):
                    excluded.setdefault(span.label_, set()).add(span.sent.start)
            for span in matches:
                if span.sent.start not in excluded.get(span.label_, ()):
                    found.setdefault(span.label_, []).append(span)
        from spacy.util import filter_spans

        return [(label, span) for label, spans_ in found.items() for span in filter_spans(spans_)]


def _expand_first_slot(pattern: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The same pattern with its first slot's alternatives spelled out one per pattern.

    The Matcher tries every pattern's first slot at every token; a set of alternatives is a
    Python callback there, a single word is compared in C. Spelling them out makes matching
    several times faster and matches exactly the same text.
    """
    if not pattern:
        return []
    first, rest = pattern[0], pattern[1:]
    op = first.get("OP")
    if op == "?":  # [a?, b, ...] = [a, b, ...] + [b, ...]
        required = {k: v for k, v in first.items() if k != "OP"}
        return _expand_first_slot([required, *rest]) + (_expand_first_slot(rest) if rest else [])
    for attr in ("LOWER", "TEXT"):
        options = first.get(attr, {}).get("IN") if isinstance(first.get(attr), dict) else None
        if options and op in (None, "+"):
            extra = {"OP": op} if op else {}
            return [[{attr: option, **extra}, *rest] for option in dict.fromkeys(options)]
    return [pattern]


def _key_options(pattern: list[dict[str, Any]]) -> list[str]:
    """The options of the pattern's most telling required slot: any match contains one.

    Most telling = no stop words or everyday words (content/_common.txt) among the options,
    then the fewest options, then the longest words.
    """
    best: list[str] | None = None
    best_cost: tuple[bool, bool, int, int] | None = None
    for token in pattern:
        op = token.get("OP", "")
        if op in ("?", "*") or op.startswith("{0"):
            continue
        options = (
            token.get("LOWER") or token.get("TEXT") or token.get("_", {}).get("pv_lemma") or {}
        ).get("IN")
        if not options:
            continue
        options = [o.lower() for o in options]
        common = word_list("content/_common")
        cost = (
            any(o in _generic() for o in options),
            any(o in common for o in options),
            len(options),
            -min(len(o) for o in options),
        )
        if best_cost is None or cost < best_cost:
            best, best_cost = options, cost
    if best is None:
        raise ValueError(f"pattern {pattern} has no required word to index it by")
    return best


def _key_regex(keys: set[str]) -> re.Pattern[str]:
    parts = []
    for key in sorted(keys, key=len, reverse=True):
        body = re.escape(key)
        if key[0].isalnum():
            body = r"(?<![a-z0-9])" + body
        if key[-1].isalnum():
            body += r"(?![a-z0-9])"
        parts.append(body)
    return re.compile("|".join(parts))


@cache
def category_vocabulary(category: str) -> ContentVocabulary:
    if category not in CATEGORIES:
        raise KeyError(f"unknown content category {category!r}")
    return _load(f"content/{category}", TERM_LABELS)


@lru_cache(maxsize=1)
def signals() -> ContentVocabulary:
    """Shared context words: `selling`, `promo`, `texting`, `negated` and `unsold` (see
    matching.py)."""
    return _load("content/_signals", ("selling", "promo", "texting", "negated", "unsold"))


def _load(name: str, key_labels: tuple[str, ...]) -> ContentVocabulary:
    return ContentVocabulary(name, vocab_data(name) or {}, key_labels)


@lru_cache(maxsize=1)
def key_index() -> tuple[
    dict[str, frozenset[str]], re.Pattern[str] | None, dict[str, frozenset[str]]
]:
    """Key word -> categories, for all categories at once (plain words, and the rest)."""
    words: dict[str, set[str]] = {}
    others: dict[str, set[str]] = {}
    for category in CATEGORIES:
        vocab = category_vocabulary(category)
        for key in vocab.word_keys:
            words.setdefault(key, set()).add(category)
        for key in vocab.other_key_list:
            others.setdefault(key, set()).add(category)
    return (
        {k: frozenset(v) for k, v in words.items()},
        _key_regex(set(others)) if others else None,
        {k: frozenset(v) for k, v in others.items()},
    )


def has_signal_key(sentence: str) -> bool:
    vocab = signals()
    lowered = sentence.lower()
    if vocab.word_keys.intersection(WORD.findall(lowered)):
        return True
    return any(key in lowered for key in vocab.other_key_list)
