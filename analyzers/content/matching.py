"""Find content-category terms (cannabis, gambling, alcohol, ...) in text a person reads.

Vocabularies are data: ``analyzers/vocab/content/<category>.yaml`` in the token syntax of
analyzers/text/vocabulary.py, with three labels:

  strong     words that name the category's products or services ("CBD oil", "sportsbook")
  weak       words that point at it but have everyday meanings ("wine", "smoking", "poker")
  lookalike  phrases that contain a term but mean something else ("wine-colored", "nail gun");
             a strong or weak match that overlaps a lookalike match is dropped

Look-alike phrases are listed; look-alike *names* are not: a term that modifies a street
suffix, a colour, a scent or a good that is not a drink ("Gin Lane", "Merlot Dusk", "Whiskey
Barrel" candles) or follows "named after" is dropped by its role in the phrase (roles.py).

Each label may carry ``exclude`` patterns: a sentence that matches one (a dentist's "smoking
harms your gums", a bank's "beware of crypto scams") does not count for that label. The shared
``content/_signals.yaml`` adds ``negated`` ("we do not sell ...", "... is prohibited"), which
cancels every category in its sentence, ``selling`` / ``promo`` (prices, "add to cart",
"% off"), which scoring uses as evidence that the business offers the thing, and ``texting``
("get a text when ...", "SMS alerts about ..."): a term in such a sentence is what the business
texts about.

Speed: spaCy's Matcher tries every pattern at every token, and thirteen vocabularies hold
hundreds of patterns, so matching a 200-page site token by token takes minutes. Each pattern
has a required word (its "key", see vocabularies.py); only the sentences holding a key are
parsed and matched, then the context words are matched around the sentences that hold a term.
A sentence is read once per process (menus, footers and boilerplate repeat on every page).

A hyphen between two letters is read as a space ("Pistol-grip nozzle" as "Pistol grip nozzle"),
so that one pattern matches both spellings and a multi-word look-alike is not split by the
hyphen token. The text keeps its length, so offsets hold and terms are quoted as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from analyzers.content.categories import CATEGORIES, PROHIBITED
from analyzers.content.roles import (
    ABSENT,
    answered_no,
    denied_substances,
    kept_terms,
    other_meaning,
    unhyphenate,
)
from analyzers.content.vocabularies import (  # noqa: F401 - category_vocabulary, signals: API
    WORD,
    category_vocabulary,
    has_signal_key,
    key_index,
    signals,
)
from analyzers.text.nlp import nlp
from crawler.sentence_spans import sentence_spans

if TYPE_CHECKING:  # spaCy loads on first use, so `prevet check-campaign` stays fast
    from spacy.tokens import Doc, Span

CONTEXT_SENTENCES = 2  # sentences each side of a term in which buying words still count
_SPACES = re.compile(r"\s+")
_NEWLINE = re.compile(r"\n+")


@dataclass(frozen=True)
class ContentMatch:
    """One category term found in text, with the sentence it sits in."""

    category: str  # "cannabis", ... : the check id is f"content.{category}"
    text: str  # the matched words as written
    sentence: str
    strength: str = "strong"  # "strong" names the thing; "weak" needs other evidence
    start_char: int = 0  # in the text that was searched
    end_char: int = 0
    sentence_index: int = 0  # which sentence of that text (see split_sentences)

    @property
    def term(self) -> str:
        """The matched words normalized, so "CBD  Oil" and "cbd oil" count as one term."""
        return _SPACES.sub(" ", self.text.lower().replace("-", " ")).strip()


@dataclass
class TextReading:
    """Everything found in one text: category terms and the sentences that sell."""

    matches: list[ContentMatch]
    selling: dict[int, str] = field(default_factory=dict)  # sentence index -> buying words
    promo: dict[int, str] = field(default_factory=dict)  # sentence index -> promotion words
    texting: dict[int, str] = field(default_factory=dict)  # sentence index -> texting words


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, split as every cheap reader splits (no parse)."""
    return sentence_spans(text)


def parse_lines(text: str) -> Doc:
    """Tokenize text into a Doc whose sentences are its lines.

    Callers put one sentence per line (split_sentences already cut at . ! ?), so the spaCy
    sentencizer is not needed; boundaries are written in one array operation rather than token
    by token, and the lemmatizer is skipped (content patterns spell out the word forms).
    """
    doc = nlp().make_doc(text)
    if not len(doc):
        return doc
    token_starts = doc.to_array("IDX").tolist()
    starts = [-1] * len(doc)
    starts[0] = 1
    for newline in _NEWLINE.finditer(text):
        index = bisect_left(token_starts, newline.end())
        if index < len(doc):
            starts[index] = 1
    import numpy
    from spacy.attrs import SENT_START

    doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1))
    return doc


Term = tuple[str, str, int, int]  # category, label, start, end (in the sentence)


@dataclass(frozen=True)
class _Context:
    """The context words of one sentence: does it deny the thing, does it sell something?"""

    negated: bool = False
    selling: str = ""
    promo: str = ""
    texting: str = ""


# Memos of pure functions of one sentence's text, shared by all pages (menus, footers and
# boilerplate repeat on every page); bounded, cleared when full.
_TERMS: dict[str, tuple[Term, ...]] = {}
_CONTEXT: dict[str, _Context] = {}
_MEMO_LIMIT = 100_000


def clear_memos() -> None:
    """Forget every sentence read so far (benchmarks measure a first reading)."""
    _TERMS.clear()
    _CONTEXT.clear()


def read_text(text: str, categories: tuple[str, ...] | None = None) -> TextReading:
    """Every strong and weak term of the given categories (default: all) in text.

    Two passes, both over the few sentences that matter: the sentences with a key word are
    matched against the categories' patterns; the context words (negation, buying) are then
    matched only in sentences that hold a term and their neighbours.
    """
    sentences = split_sentences(text)
    hits = _key_hits(text.lower(), [start for start, _ in sentences])
    if not hits:
        return TextReading([])
    plain: dict[int, str] = {}

    def sentence(i: int) -> str:
        if i not in plain:
            plain[i] = text[sentences[i][0] : sentences[i][1]].replace("\n", " ")
        return plain[i]

    parsed: dict[str, Span] = {}  # phase one's parse, reused by phase two
    _parse_new(
        {sentence(i): hits[i] for i in hits if sentence(i) not in _TERMS},
        _read_terms,
        _TERMS,
        parsed,
    )
    holding = [i for i in hits if _TERMS[sentence(i)]]
    # buying words count next to a strong term; a weak term only needs its own negation
    around = set(holding) | {
        j
        for i in holding
        if any(t[1] == "strong" for t in _TERMS[sentence(i)])
        for j in range(
            max(i - CONTEXT_SENTENCES, 0), min(i + CONTEXT_SENTENCES + 1, len(sentences))
        )
    }
    for j in around:  # a sentence without any context key word has no context
        if sentence(j) not in _CONTEXT and not has_signal_key(sentence(j)):
            _CONTEXT[sentence(j)] = _Context()
    _parse_new(
        {sentence(j): set() for j in around if sentence(j) not in _CONTEXT},
        _read_context,
        _CONTEXT,
        parsed,
    )
    wanted = set(categories or CATEGORIES)
    substances = denied_substances()
    reading = TextReading([])
    for i in sorted(around):
        context = _CONTEXT[sentence(i)]
        if context.selling:
            reading.selling[i] = context.selling
        if context.promo:
            reading.promo[i] = context.promo
        if context.texting:
            reading.texting[i] = context.texting
    for i in sorted(holding):
        if _CONTEXT[sentence(i)].negated:
            continue  # "we do not sell alcohol"
        offset = sentences[i][0]
        quote = _one_line(sentence(i))
        terms = _TERMS[sentence(i)]
        denied_in_answer: dict[str, bool] = {}
        for category, label, start, end in terms:
            if answered_no(text, offset + start, sentences[i][1]):
                continue  # "Do you offer loans? No."
            if category not in denied_in_answer:
                denied_in_answer[category] = _answer_denies(text, sentences, i, category)
            if denied_in_answer[category]:
                continue  # "Is this the same plant as marijuana? ... no THC or CBD."
            if category in wanted and not other_meaning(
                sentence(i),
                start,
                end,
                category,
                [(s, e) for c, _label, s, e in terms if c == category],
                context=text,
                listed=[(s, e) for c, _label, s, e in terms if c in substances],
            ):
                words = sentence(i)[start:end]
                reading.matches.append(
                    ContentMatch(category, words, quote, label, offset + start, offset + end, i)
                )
    reading.matches.sort(key=lambda m: (m.start_char, m.category))
    return reading


_ANSWER_SENTENCES = 4  # sentences after a question that may answer it


def _answer_denies(text: str, sentences: list[tuple[int, int]], i: int, category: str) -> bool:
    """Is sentence i a question whose answer denies the category's goods?

    A question asks; it offers nothing by itself. On a hemp-fabric shop's FAQ, "Is this the
    same plant as marijuana?" is answered "Same species, very different crop. ... Our fabric
    contains no THC or CBD": the answer's denial (`denied_terms`) governs the product, and the
    question's term is what a customer wondered, not what the shop sells.

    The answer runs to the next question, at most four sentences. Only the question's own
    terms are dropped: an answer that offers ("Is CBD legal? Yes. Our CBD oil has no THC") is
    read as it stands, and its "CBD oil" still counts. A question whose answer denies nothing
    ("Looking for CBD? Shop our tinctures") keeps its term.
    """
    start, end = sentences[i]
    if not text[start:end].rstrip().endswith("?"):
        return False
    answer_end = end
    for j in range(i + 1, min(i + 1 + _ANSWER_SENTENCES, len(sentences))):
        if text[sentences[j][0] : sentences[j][1]].rstrip().endswith("?"):
            break
        answer_end = sentences[j][1]
    answer = text[end:answer_end]
    return bool(answer.strip()) and bool(denied_terms(answer, category, include_weak=True))


def _parse_new(pending: dict[str, set[str]], read, memo: dict, parsed: dict[str, Span]) -> None:
    """Parse the sentences not read before (one Doc for all), and memoize what `read` finds.

    `parsed` keeps the parsed sentences of this text, so the second pass does not parse again.
    """
    if not pending:
        return
    if len(memo) > _MEMO_LIMIT:
        memo.clear()
    texts = [text for text in pending if text not in parsed]
    doc = parse_lines(unhyphenate("\n".join(texts)))
    offset = 0
    for text in texts:
        parsed[text] = doc.char_span(offset, offset + len(text), alignment_mode="expand")
        offset += len(text) + 1
    for text, categories in pending.items():
        chunk = parsed[text]
        memo[text] = read(chunk, categories, chunk.start_char if chunk is not None else 0)


def _read_terms(chunk: Span | None, categories: set[str], offset: int) -> tuple[Term, ...]:
    """The category terms of one sentence, look-alikes and excluded contexts removed."""
    if chunk is None:
        return ()
    terms: list[Term] = []
    for category in sorted(categories):
        found = category_vocabulary(category).find([chunk])
        spans = [(label, span.start_char - offset, span.end_char - offset) for label, span in found]
        # look-alikes and weak duplicates dropped as the sample reader drops them (roles.py)
        terms.extend((category, label, start, end) for label, start, end in kept_terms(spans))
    return tuple(terms)


def _read_context(chunk: Span | None, _categories: set[str], _offset: int) -> _Context:
    if chunk is None:
        return _Context()
    found = {"negated": "", "selling": "", "promo": "", "texting": "", "unsold": ""}
    for label, span in signals().find([chunk]):
        if label == "unsold" and _restricts_a_sale(span):
            continue
        if label == "selling" and _denies_the_sale(chunk, span):
            continue
        if label == "negated" and _in_leading_clause(chunk, span):
            continue
        if label in found and not found[label]:
            found[label] = span.text
    if found["unsold"]:
        # "no objects are for sale": the sentence denies selling, so its "for sale" sells
        # nothing here or in the sentences around it, and a term in it is not offered
        return _Context(True, "", "", found["texting"])
    return _Context(bool(found["negated"]), found["selling"], found["promo"], found["texting"])


# a negation that governs the buying verb right after it: "we don't sell", "never sells",
# "not currently sell", or the verb of a relative clause whose noun is denied: "it is not a
# place that sells", "not a shop where we sell"; "not only sells" is no denial
_DENIED_SALE = re.compile(
    r"(?:\b(?:not|never)|n['\u2019]t)\s+(?!only\b|just\b)"
    r"(?:(?:a|an|any|the)\s+(?:[\w'\u2019-]+\s+){0,2}(?:that|which|who|where)\s+"
    r"(?:(?:we|i|you|they|it)\s+)?|(?:(?:currently|yet|ever|really|actually)\s+)?)$",
    re.IGNORECASE,
)


def _denies_the_sale(chunk: Span, span: Span) -> bool:
    """Is the buying word a verb its clause denies? "The armory is where our armorer repairs
    club equipment; it is not a place that sells weapons": "sells" is what the place does not
    do, so it is no evidence that the business sells anything ("We sell ..." still is).

    Only a verb ("sells", "we carry"): "not for sale to anyone under 21" restricts a sale the
    business makes (`_restricts_a_sale`), and "not in stock" is still a shop's listing. The
    heading over a list of services says what the business does, and its negation follows
    the auxiliary: "What We Don't Do" lists what it does not.
    """
    if span.text.lower().startswith("what we do"):
        after = span.doc.text[span.end_char : chunk.end_char]
        return bool(_NEGATION_AFTER.match(after))
    if not (len(span) == 1 or span[0].lower_ in ("we", "i")):
        return False
    before = span.doc.text[chunk.start_char : span.start_char]
    return bool(_DENIED_SALE.search(re.split(r"[.;:!?,()\u2013\u2014]", before)[-1]))


_NEGATION_AFTER = re.compile(r"(?:\s*n['\u2019]t|\s+not\b|\s+never\b)", re.IGNORECASE)


# a sentence that opens with a subordinate clause: "When we can't serve a request ourselves,"
_LEADING_CLAUSE = re.compile(
    r"^\W*(?:when|whenever|if|where|wherever|because|since|while|once)\b[^,;:]*$", re.IGNORECASE
)


def _in_leading_clause(chunk: Span, span: Span) -> bool:
    """Does the negation stand in a subordinate clause the sentence opens with, a comma closing
    it? "When we can't serve a request ourselves, we refer it to a network partner": the
    negation governs "serve", in the clause before the comma, and the main clause after it is
    said as it stands. "If you are under 21, we do not sell you wine" keeps its denial: it is
    in the main clause.
    """
    text = span.doc.text
    before = text[chunk.start_char : span.start_char]
    after = text[span.end_char : chunk.end_char]
    return bool(_LEADING_CLAUSE.match(before)) and "," in after.split(";")[0]


def _restricts_a_sale(span: Span) -> bool:
    """'not for sale to minors', 'no tobacco sold to anyone under 21': a buyer or a time after
    the denial restricts a sale the business makes, it does not deny one."""
    after = span.doc[span.end : span.end + 1]
    return bool(after) and after[0].lower_ in {"to", "under", "until", "before", "after"}


def _key_hits(lowered: str, starts: list[int]) -> dict[int, set[str]]:
    """Sentence index -> the categories whose key words it contains."""
    word_map, other_regex, other_map = key_index()
    found: list[tuple[int, frozenset[str]]] = []
    for word in WORD.finditer(lowered):
        categories = word_map.get(word.group())
        if categories:
            found.append((word.start(), categories))
    if other_regex is not None:
        found.extend((m.start(), other_map[m.group()]) for m in other_regex.finditer(lowered))
    hits: dict[int, set[str]] = {}
    for position, categories in found:
        index = bisect_right(starts, position) - 1
        if index >= 0:
            hits.setdefault(index, set()).update(categories)
    return hits


def find_content(
    text: str, categories: tuple[str, ...] | None = None, *, include_weak: bool = False
) -> list[ContentMatch]:
    """Category terms in a short text (a sample message, a description), strong ones by default."""
    matches = read_text(text, categories).matches
    return [m for m in matches if include_weak or m.strength == "strong"]


def find_prohibited(text: str) -> list[ContentMatch]:
    """Terms of the prohibited categories (SHAFT-C, gambling, high-risk financial, lead
    generation, affiliate marketing) in a short text such as a sample message.

    Only strong terms count, and negative contexts ("quit smoking", "crypto scams") are
    already excluded, so every match returned is worth reporting as it is.
    """
    return find_content(text, PROHIBITED)


# the verbs of having a good for sale, said of a denied subject: "no alcohol is served or sold"
_HAVING_VERBS = r"(?:sold|served|poured|stocked|carried|offered|available)"
# what may follow a denied term where the denial governs the term itself: the end of its
# phrase, the next item of the list, a generic head ("no tobacco or vape products"), or the
# passive verb it is the subject of ("no alcohol is served or sold here") when no buyer or
# time restricts that verb ("no alcohol is sold to anyone under 21" restricts a sale)
_DENIED_PHRASE_END = re.compile(
    r"\s*(?:$|[,;:.!?)\u2013\u2014-]|(?:and|or|nor|&)\b|(?:products?|items?|goods|of any kind"
    r"|here|whatsoever|at all|sold here|on site|in store)\b"
    rf"|(?:is|are)\s+(?:ever\s+)?{_HAVING_VERBS}(?:\s*,?\s*(?:or|and|nor)\s+{_HAVING_VERBS})?"
    r"\b(?!\s+(?:to|under|until|before|after)\b))",
    re.IGNORECASE,
)


def denied_terms(text: str, category: str, *, include_weak: bool = False) -> list[str]:
    """The category's strong terms the text says the business does not have: "No tobacco, no
    vapes, no hookah", "We do not sell tobacco or vape products" (a denying modifier, or a
    sentence whose verb is denied). With `include_weak`, also the weak terms that are the
    category's own name: "no alcohol is served or sold here" denies the category whole, and
    "alcohol" is weak only for its everyday senses ("rubbing alcohol"); "no smoking on the
    patio" denies an act, not tobacco.

    Only where the denial governs the term as a whole phrase: "no tobacco sold to anyone under
    21" and "we don't sell cigars to minors" restrict a sale the business makes, and
    "smoke-free patio" denies nothing the business sells.
    """
    from spacy.util import filter_spans

    vocabulary = category_vocabulary(category)
    found: list[str] = []
    for start, end in split_sentences(text):
        sentence = text[start:end].replace("\n", " ")
        if category not in _key_hits(sentence.lower(), [0]).get(0, ()):
            continue
        chunk = parse_lines(sentence)[:]
        # the patterns without the category's excluded contexts: "no tobacco" is one of them
        matched = filter_spans(vocabulary.matcher(chunk, as_spans=True))
        terms = kept_terms([(s.label_, s.start_char, s.end_char) for s in matched])
        spans = [(s, e) for _label, s, e in terms]
        negated = _read_context(chunk, set(), 0).negated
        for label, term_start, term_end in terms:
            if label != "strong" and not (
                include_weak
                and label == "weak"
                and _names_category(sentence[term_start:term_end], category)
            ):
                continue
            denied = (
                negated
                or other_meaning(sentence, term_start, term_end, category, spans, listed=spans)
                == ABSENT
            )
            if denied and _DENIED_PHRASE_END.match(sentence, term_end):
                found.append(sentence[term_start:term_end])
    return found


def _names_category(term: str, category: str) -> bool:
    """Is the term the category's own name, a word its label is made of ("alcohol" for
    "alcoholic beverages", "hemp" for "cannabis, hemp-derived, CBD or THC products")?"""
    words = re.findall(r"[a-z]+", CATEGORIES[category].label.lower())
    term = term.lower()
    return len(term) >= 4 and " " not in term and any(w.startswith(term) for w in words)


def _one_line(sentence: str) -> str:
    return _SPACES.sub(" ", sentence).strip()[:400]
