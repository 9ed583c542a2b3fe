"""The shared phrase vocabularies, matched over short registration texts without spaCy.

`prevet check-campaign` must answer in well under a second, and importing spaCy alone costs
most of that. Registration fields are short (an SMS is 160 characters), so this module reads the
same vocabulary files as `analyzers.text.vocabulary` (``analyzers/vocab/<name>.yaml``, same
token syntax: ``a|b``, ``x?``, ``*``, ``*{0,3}``, ``#``, ``=STOP``, ``~lemma``) and compiles each
pattern into a regular expression over a simple tokenization instead of a spaCy Matcher. The
vocabularies stay written once; only the engine differs.

Tokens: words (with inner apostrophes: "won't"), numbers (10, 4.99, 10:30), and every other
non-space character alone ("&", "/", "%", "-"), so "Msg&data", "4msgs" and "msgs/mo" split the
way the spaCy tokenizer of `analyzers.text.nlp` splits them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from analyzers.optin.plain_words import frequency_in
from analyzers.text.shorthand import spell_out, word_at

# one match type for both matchers (importing it does not load spaCy)
from analyzers.text.vocabulary import PhraseMatch, pattern_slots, vocab_data, vocab_entry
from crawler.sentence_spans import sentence_spans

_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)*|[^\s\w]|_")
_QUANTIFIER = re.compile(r"^(.+?)(\{\d*,\d*\}|[?+*])?$")
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    "fifty|hundred|thousand|a|few|several"
)


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs, split as every cheap reader splits (crawler.sentence_spans)."""
    return [(start, text[start:end]) for start, end in sentence_spans(text)]


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) with curly apostrophes read as straight ones."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def split_negations(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The tokens with a verb's negation split off as spaCy splits it for the page readers
    ("don't" -> "do" "n't", "can't" -> "ca" "n't", "cannot" -> "can" "not"). The content
    vocabularies both readers share are written in spaCy's tokens ("do|does|ca not|n't
    serve"), the campaign vocabularies in whole words ("don't share"): a sentence with a
    contraction is read both ways, so a sample's "we don't serve beer" is a page's denial."""
    out = []
    for token, start, end in tokens:
        cut = _NEGATION_SUFFIX.search(token)
        if cut is not None and cut.start() > 0:
            at = start + cut.start()
            out += [(token[: cut.start()], start, at), (token[cut.start() :], at, end)]
        else:
            out.append((token, start, end))
    return out


_NEGATION_SUFFIX = re.compile(r"(?i)(?:n't|(?<=^can)not)$")


def spelled_out(sentence: str, tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The tokens with each shorthand token read as its word (analyzers/text/shorthand.py):
    "r" -> "are", "appts" -> "appointments", "cell #" -> "cell number"."""
    return [(word_at(sentence, start, end) or token, start, end) for token, start, end in tokens]


def _lemma_forms(word: str) -> list[str]:
    """Inflected forms standing in for a lemma match: share -> shares, shared, sharing."""
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("e"):
        forms.add(word[:-1] + "ing")
    if word.endswith("y"):
        forms.update({word[:-1] + "ies", word[:-1] + "ied"})
    return sorted(forms, key=len, reverse=True)


def _slot_regex(body: str) -> str:
    if body == "*":
        return r"[^ ]+ "
    if body == "#":
        return rf"(?:\d[^ ]*|(?i:{_NUMBER_WORDS})) "
    if body.startswith("="):
        options = [o.lstrip("=") for o in body[1:].split("|")]
        return "(?:" + "|".join(re.escape(o) for o in options) + ") "
    if body.startswith("~"):
        forms = [f for o in body[1:].split("|") for f in _lemma_forms(o.lower())]
        return "(?i:" + "|".join(re.escape(f) for f in forms) + ") "
    options = sorted({o.lower() for o in body.split("|")}, key=len, reverse=True)
    return "(?i:" + "|".join(re.escape(o) for o in options) + ") "


def compile_pattern(source: str) -> re.Pattern[str]:
    """One pattern in the vocabulary token syntax -> a regex over "tok tok tok " strings."""
    parts: list[str] = []
    for slot in pattern_slots(source):
        match = _QUANTIFIER.match(slot)
        assert match is not None
        body, quantifier = match.group(1), match.group(2) or ""
        if body not in ("*", "#") and not re.search(r"[^?+*{},0-9]", body):
            body, quantifier = slot, ""  # a slot that is only punctuation, e.g. "+" or "?"
        parts.append(f"(?:{_slot_regex(body)}){quantifier}")
    if not parts:
        raise ValueError("empty pattern")
    return re.compile(r"(?<![^ ])" + "".join(parts))


class _Pattern:
    """One pattern, compiled on first use; `keys` are words any match must contain."""

    def __init__(self, source: str):
        self.source = source
        self.keys = _required_words(source)
        self._regex: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = compile_pattern(self.source)
        return self._regex

    def could_match(self, words: set[str]) -> bool:
        return self.keys is None or not self.keys.isdisjoint(words)


def _required_words(source: str) -> frozenset[str] | None:
    """The options of the pattern's first required word slot (lower-cased), or None."""
    for slot in pattern_slots(source):
        match = _QUANTIFIER.match(slot)
        assert match is not None
        body, quantifier = match.group(1), match.group(2) or ""
        if quantifier in ("?", "*") or quantifier.startswith("{0") or body in ("*", "#"):
            continue
        if body.startswith("~"):
            return frozenset(f for o in body[1:].split("|") for f in _lemma_forms(o.lower()))
        return frozenset(o.lstrip("=").lower() for o in body.split("|"))
    return None


class PhraseBook:
    """The labelled patterns of one vocabulary file, matched sentence by sentence.

    Patterns compile on first use, and only when the sentence holds one of the words the
    pattern requires: a few short texts never pay for the hundreds of patterns they cannot match.
    """

    def __init__(self, name: str, entries: dict[str, Any]):
        self.name = name
        self.descriptions: dict[str, str] = {}
        self._patterns: dict[str, list[_Pattern]] = {}
        self._excludes: dict[str, list[_Pattern]] = {}
        for label, raw in entries.items():
            entry = vocab_entry(name, label, raw)  # every slot checked now, compiled on use
            self.descriptions[label] = entry.description
            self._patterns[label] = [_Pattern(p) for p in entry.patterns]
            self._excludes[label] = [_Pattern(p) for p in entry.exclude]

    @property
    def labels(self) -> list[str]:
        return list(self._patterns)

    def compile_all(self) -> int:
        """Compile every pattern now (tests use it to validate a vocabulary file)."""
        patterns = [
            p for group in (*self._patterns.values(), *self._excludes.values()) for p in group
        ]
        return len([p.regex for p in patterns])

    def find(self, text: str, labels: set[str] | None = None) -> list[PhraseMatch]:
        """Matches sentence by sentence. A sentence with text-speak is read twice, as written
        and with its shorthand spelled out ("appts r ready" and "appointments are ready"), so
        patterns see the words and a pattern written for "msgs" still sees "msgs"; the
        readings share their tokens' offsets, so a match quotes the sentence as written."""
        found: list[PhraseMatch] = []
        for offset, sentence in sentences(text):
            tokens = tokenize(sentence)
            if not tokens:
                continue
            readings = [tokens]
            spelled = spelled_out(sentence, tokens)
            if spelled != tokens:
                readings.append(spelled)
            split = split_negations(tokens)
            if split != tokens:
                readings.append(split)
            words = {token.lower() for reading in readings for token, _start, _end in reading}
            joined = [(_joined(reading), reading) for reading in readings]
            for label, patterns in self._patterns.items():
                if labels is not None and label not in labels:
                    continue
                if any(
                    p.could_match(words) and p.regex.search(line)
                    for p in self._excludes[label]
                    for (line, _starts), _reading in joined
                ):
                    continue
                spans = [
                    _span(m, starts, reading)
                    for p in patterns
                    if p.could_match(words)
                    for (line, starts), reading in joined
                    for m in p.regex.finditer(line)
                    if m.end() > m.start()
                ]
                for start, end in _longest_first(spans):
                    found.append(
                        PhraseMatch(
                            label,
                            sentence[start:end],
                            offset + start,
                            offset + end,
                            sentence.strip(),
                        )
                    )
        found.sort(key=lambda m: (m.start_char, m.label))
        return found

    def labels_in(self, text: str) -> set[str]:
        return {match.label for match in self.find(text)}

    def first(self, text: str, label: str) -> PhraseMatch | None:
        return next(iter(self.find(text, {label})), None)


def _joined(tokens: list[tuple[str, int, int]]) -> tuple[str, list[int]]:
    starts, pieces, position = [], [], 0
    for token, _start, _end in tokens:
        starts.append(position)
        pieces.append(token + " ")
        position += len(token) + 1
    return "".join(pieces), starts


def _span(
    match: re.Match[str], starts: list[int], tokens: list[tuple[str, int, int]]
) -> tuple[int, int]:
    from bisect import bisect_right

    first = bisect_right(starts, match.start()) - 1
    last = bisect_right(starts, match.end() - 2) - 1
    return tokens[first][1], tokens[last][2]


def _longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, preferring longer ones (like spaCy's filter_spans)."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if all(end <= k_start or start >= k_end for k_start, k_end in kept):
            kept.append((start, end))
    return sorted(kept)


@cache
def phrasebook(name: str) -> PhraseBook:
    """Load ``analyzers/vocab/<name>.yaml`` once."""
    return PhraseBook(name, vocab_data(name) or {})


def disclosure_labels(text: str) -> set[str]:
    """The disclosure elements a registration text states: the disclosure vocabulary's labels,
    and the frequency also in plain words ("typically 2 msgs per cleaning", "one or two texts
    per booking"), read by the form's own rule (analyzers/optin/plain_words.py) so that the
    call to action and the keyword replies count a frequency the same way the form does."""
    found = phrasebook("disclosure").labels_in(text)
    if any(frequency_in(spell_out(sentence)) for _, sentence in sentences(text)):
        found.add("frequency")
    return found
