"""Where a list ends: its items belong to their lead-in, the text after it starts anew.

A policy's "We may share information with:" is followed by items that mean nothing alone, then
usually by a full sentence of its own ("Mobile numbers … are never shared …"). Read under the
lead-in, that promise becomes part of a sharing list (analyzers/text/sentences.py,
analyzers/text/grammar.py).
"""

from __future__ import annotations

import pytest

from analyzers.policy.sharing import analyze_sharing
from analyzers.text.grammar import is_independent
from analyzers.text.nlp import nlp
from analyzers.text.sentences import body_lines, split_sentences

LEAD = "We may share information with:"
PROMISE = (
    "Mobile numbers and text opt-in consent are never shared with third parties for marketing."
)


def _pairs(lines: list[str]) -> list[tuple[str, str]]:
    return [(s.lead_in, s.text) for s in split_sentences(lines)]


@pytest.mark.parametrize(
    "items",
    [
        # <ul><li> items
        ["payment processors", "shipping carriers"],
        # <br>-separated lines, capitalised and closed with a period
        ["Payment processors.", "Shipping carriers."],
        # table rows: one cell a line
        ["Payment processors", "Billing", "Shipping carriers", "Delivery"],
        # items with a relative clause or a condition are still items
        ["Service providers who are bound by contract.", "Law enforcement when required."],
        # bullets the page text kept
        ["• payment processors", "• shipping carriers"],
    ],
)
def test_a_full_sentence_after_the_list_starts_a_new_sentence(items: list[str]) -> None:
    pairs = _pairs([LEAD, *items, PROMISE])
    assert pairs[-1] == ("", PROMISE)
    assert all(lead == LEAD for lead, _ in pairs[1:-1])


@pytest.mark.parametrize(
    "after",
    [
        "Under no circumstances will your mobile number be shared for marketing.",
        "However, phone numbers collected for text alerts are never sold.",
        "Numbers you give us for text alerts are not shared with anyone.",
        "Information that you provide for text alerts will not be shared.",
        "Text message opt-in data isn't shared with affiliates.",
    ],
)
def test_ways_a_sentence_of_its_own_is_written(after: str) -> None:
    pairs = _pairs([LEAD, "payment processors", "shipping carriers", after])
    assert pairs[-1] == ("", after)


def test_a_last_item_that_continues_the_lead_in_stays_with_it() -> None:
    lines = [LEAD, "payment processors,", "shipping carriers, or", "auditors,"]
    pairs = _pairs([*lines, "except as required by law."])
    assert pairs[-1] == (LEAD, "except as required by law.")
    capitalised = _pairs([*lines, "Except as required by law."])
    assert capitalised[-1] == (LEAD, "Except as required by law.")


def test_an_item_that_closes_the_lead_in_sentence_ends_the_list() -> None:
    """ "…; shipping carriers; or auditors." is where the lead-in's sentence stops: a fragment
    after it (a caption, a label the page did not mark as a heading) is not an item."""
    pairs = _pairs([LEAD, "payment processors;", "shipping carriers; or", "auditors.", "Cookies"])
    assert pairs[-2] == (LEAD, "auditors.") and pairs[-1] == ("", "Cookies")


def test_items_each_closed_by_a_period_stay_items() -> None:
    pairs = _pairs([LEAD, "Payment processors.", "Marketing partners.", "Auditors."])
    assert [lead for lead, _ in pairs[1:]] == [LEAD, LEAD, LEAD]


def test_a_labelled_item_is_still_an_item() -> None:
    """ "Service providers: we share data with vendors …" names the item, then explains it."""
    item = "Business transfers: if we are acquired, your data may be transferred."
    assert _pairs([LEAD, item])[-1] == (LEAD, item)


def test_the_promise_after_a_sharing_list_is_read_as_the_promise() -> None:
    lines = [
        "We may share personal information with:",
        "Payment processors.",
        "Marketing partners.",
        "Mobile opt-in data is never shared with third parties for marketing purposes.",
    ]
    analysis = analyze_sharing(split_sentences(lines))
    assert [v.sentence.text for v in analysis.promises] == [lines[-1]]
    assert not analysis.exceptions  # the promise excludes mobile data from "Marketing partners"


def test_a_sentence_after_a_negated_list_is_not_read_with_its_negation() -> None:
    lines = [
        "We do not share mobile information with third parties for marketing, except:",
        "as required by law",
        "Service providers may receive your data.",
    ]
    last = analyze_sharing(split_sentences(lines)).verdicts[-1]
    assert last.sentence.text == lines[-1] and not last.sentence.lead_in
    assert last.clause.label != "exception"


@pytest.mark.parametrize(
    ("text", "independent"),
    [
        ("Mobile numbers are never shared.", True),
        ("Carriers are not liable for delayed messages.", True),
        ("In no event will your number be sold.", True),
        ("Data that you give us is never shared.", True),
        ("payment processors", False),
        ("Marketing partners.", False),
        ("Service providers who help us run the site.", False),
        ("Vendors that are bound by contract.", False),
        ("Partners that we may work with.", False),
        ("With your explicit consent.", False),
        ("When required by law.", False),
        ("To comply with a subpoena, court order or law.", False),
        ("Shipping carriers, to the extent it is needed.", False),
        ("Affiliates, if you agree.", False),
        ("mobile numbers are never shared.", False),  # lower case: the line goes on
        ("Mobile numbers are never shared", False),  # no end: the line goes on
    ],
)
def test_what_stands_alone(text: str, independent: bool) -> None:
    assert is_independent(next(iter(nlp()(text).sents))) is independent


def test_a_lower_case_clause_after_an_item_is_not_glued_onto_it() -> None:
    """Where the page lost the sentence's capital, the item still does not become the subject
    of the clause after it (and so read with its negation)."""
    after = "mobile numbers are never shared with third parties for marketing."
    lines = body_lines("\n".join([LEAD, "payment processors", "shipping carriers", after]))
    assert lines[-2:] == ["shipping carriers", after]


def test_a_wrapped_line_is_still_rejoined() -> None:
    """A paragraph the source wrapped mid-sentence is one sentence, after a short line too."""
    for text in (
        "Phone numbers are not shared with third parties or affiliates for\nmarketing purposes.",
        "Your mobile opt-in data\nis never shared with third parties.",
        "Information collected through texts\nand our forms is never sold.",
    ):
        assert body_lines(text) == [text.replace("\n", " ")]


def test_lower_case_items_stay_apart() -> None:
    lines = body_lines("We may share your information:\nwith your consent\nto comply with the law")
    assert lines == [
        "We may share your information:",
        "with your consent",
        "to comply with the law",
    ]


def test_sentences_under_a_title_lead_in_keep_its_scope() -> None:
    """ "Text messaging:" names a topic like a heading does: the sentences under it keep it
    (it scopes "Information collected" to the texting program), as under a heading."""
    after = "Information collected is never shared with third parties for marketing."
    pairs = _pairs(["Text messaging:", after])
    assert pairs[-1] == ("Text messaging:", after)
    clause = analyze_sharing(split_sentences(["Text messaging:", after])).promises
    assert [v.sentence.text for v in clause] == [after]
    # a lead-in that starts a sentence does not lend its verb to the sentence after its list
    assert _pairs(["We share data with:", "our shippers", after])[-1] == ("", after)


def test_a_title_with_a_verb_form_does_not_keep_the_sentence() -> None:
    """ "Information sharing:" joined to "Mobile opt-in data is never shared …" would lend it a
    sharing outside the negation."""
    after = "Mobile opt-in data is never shared with third parties for marketing."
    lines = ["Information sharing:", "payment processors", "marketing partners", after]
    assert _pairs(lines)[-1] == ("", after)
    analysis = analyze_sharing(split_sentences(lines))
    assert [v.sentence.text for v in analysis.promises] == [after] and not analysis.exceptions


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Texts. We send visit reminders. Message frequency varies.", "Terms — Texts"),
        ("4. Text Messages. We send visit reminders.", "Terms — Text Messages"),
    ],
)
def test_a_run_in_title_is_the_heading_of_the_rest_of_its_line(line: str, heading: str) -> None:
    sentences = split_sentences(["Terms", line], ["Terms"])
    assert sentences[0].heading == "Terms"  # the title itself
    assert {s.heading for s in sentences[1:]} == {heading}


@pytest.mark.parametrize(
    "line",
    [
        "No. We never share your mobile number.",  # an answer, not a title
        "We send visit reminders. Message frequency varies.",  # a sentence with a verb
        "Texts.",  # a title with nothing after it on its line
    ],
)
def test_near_miss_no_run_in_title(line: str) -> None:
    assert {s.heading for s in split_sentences(["Terms", line], ["Terms"])} == {"Terms"}
