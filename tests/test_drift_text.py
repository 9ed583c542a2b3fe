"""What counts as a change in wording, and how it is quoted (analyzers/drift/)."""

from __future__ import annotations

import pytest

from analyzers.drift.brand import same_brand
from analyzers.drift.identity import identity, text_fingerprint
from analyzers.drift.normalize import mask_key, page_key, same_text
from analyzers.drift.worddiff import marked_runs, word_diff
from analyzers.inputs.brand import BrandNames
from analyzers.policy.sharing import analyze_sharing
from analyzers.text.sentences import body_lines, split_sentences

POLICY = (
    "Last updated: March 3, 2026. We use your number only to send the reminders you "
    "asked for. No mobile information will be shared with third parties or affiliates "
    "for marketing or promotional purposes. Reply STOP to cancel. © 2025 Acme Dental LLC"
)


@pytest.mark.parametrize(
    "cosmetic",
    [
        POLICY.replace("March 3, 2026", "November 21st, 2026"),
        POLICY.replace("Last updated: March 3, 2026", "Last updated: 11/21/2026"),
        POLICY.replace("© 2025", "© 2026"),
        POLICY.replace("© 2025", "Copyright 2019-2026"),
        POLICY.replace(" ", "  ").replace(". ", ".\n\n"),
        POLICY.replace("reminders", "Reminders").replace("STOP", "stop"),
        POLICY.replace("affiliates", "affiliates,").replace("Reply STOP", "Reply “STOP”"),
    ],
)
def test_cosmetic_edits_are_not_changes(cosmetic: str) -> None:
    assert same_text(POLICY, cosmetic)
    assert word_diff(POLICY, cosmetic) == []


@pytest.mark.parametrize(
    "cosmetic",
    [
        POLICY.replace("March 3, 2026", "November 21st, 2026"),
        POLICY.replace("© 2025", "© 2026"),
        POLICY.replace("affiliates", "affiliates,").replace("Reply STOP", "Reply “STOP”"),
    ],
)
def test_the_report_marks_no_word_for_a_cosmetic_edit(cosmetic: str) -> None:
    old, new = marked_runs(POLICY, cosmetic)
    assert "".join(r.text for r in old) == POLICY and "".join(r.text for r in new) == cosmetic
    assert not any(r.changed for r in old + new)


def test_the_report_marks_the_words_drift_found_changed() -> None:
    new = POLICY.replace("only to send the reminders", "to send the reminders and offers")
    (change,) = word_diff(POLICY, new)
    old_runs, new_runs = marked_runs(POLICY, new)
    assert [r.text for r in old_runs if r.changed] == ["only"]
    assert [r.text for r in new_runs if r.changed] == ["and offers"]
    assert change.removed.startswith("only") and change.added.endswith("and offers")


def test_moved_lines_are_not_changes() -> None:
    old = "Our partners\nScheduling by Calendly\nBilling by Stripe\nReply STOP to cancel."
    new = "Our partners\nBilling by Stripe\nScheduling by Calendly\nReply STOP to cancel."
    assert word_diff(old, new) == []
    assert word_diff(old, new.replace("Stripe", "Square")) != []


def test_a_dropped_sentence_is_quoted_with_context() -> None:
    new = POLICY.replace(
        "No mobile information will be shared with third parties or affiliates "
        "for marketing or promotional purposes. ",
        "",
    )
    (change,) = word_diff(POLICY, new)
    assert change.removed == (
        "No mobile information will be shared with third parties or "
        "affiliates for marketing or promotional purposes."
    )
    assert change.added == ""
    assert "reminders you asked for. No mobile information" in change.old
    assert "asked for. Reply STOP" in change.new
    assert "[-No mobile information" in change.diff
    assert change.summary.startswith('removed: "No mobile information')


def test_a_reworded_phrase_shows_old_and_new_words() -> None:
    new = POLICY.replace("only to send the reminders", "to send the reminders and offers")
    (change,) = word_diff(POLICY, new)
    # two edits a few words apart read as one change
    assert change.removed == "only to send the reminders"
    assert change.added == "to send the reminders and offers"
    assert "{+" in change.diff


def test_changes_far_apart_are_reported_separately() -> None:
    new = POLICY.replace("We use", "We may use").replace(
        "Reply STOP to cancel", "Reply END to cancel"
    )
    changes = word_diff(POLICY, new)
    assert [c.added for c in changes] == ["may", "END"]


def test_brand_masks_hide_a_rename_that_is_reported_elsewhere() -> None:
    new = POLICY.replace("Acme Dental", "Bayside Smiles")
    masks = {mask_key("Acme Dental"): "<brand>", mask_key("Bayside Smiles"): "<brand>"}
    assert word_diff(POLICY, new) != []
    assert word_diff(POLICY, new, masks=masks) == []


@pytest.mark.parametrize(
    "one, two",
    [
        ("https://www.acme.com/privacy", "http://acme.com/privacy/"),
        ("https://acme.com/privacy.html", "https://acme.com/privacy"),
        ("https://acme.com/", "https://acme.com/index.html"),
        ("https://acme.com/signup?utm_source=x&sid=1", "https://acme.com/signup"),
        ("https://acme.com/signup?token=9f8e7d6c5b4a39281706f5e4", "https://acme.com/signup"),
        ("https://acme.com/signup;jsessionid=A1B2C3D4", "https://acme.com/signup"),
    ],
)
def test_page_keys_ignore_cosmetic_url_differences(one: str, two: str) -> None:
    assert page_key(one) == page_key(two)


def test_page_keys_keep_real_differences() -> None:
    assert page_key("https://acme.com/privacy") != page_key("https://acme.com/terms")
    assert page_key("https://acme.com/p?id=2") != page_key("https://acme.com/p?id=3")
    assert page_key("http://acme.com:8080/") != page_key("http://acme.com:9090/")


def no_sharing_clauses(text: str) -> list[str]:
    """The promises drift looks for: the privacy checks' own clause analysis of the text."""
    return [v.sentence.text for v in analyze_sharing(split_sentences(body_lines(text))).promises]


@pytest.mark.parametrize(
    "sentence",
    [
        "No mobile information will be shared with third parties or affiliates for marketing or "
        "promotional purposes.",
        "Text messaging originator opt-in data and consent will not be shared with any third "
        "parties.",
        "We never sell, rent or share your mobile phone number with other companies.",
        "All the above categories exclude text messaging originator opt-in data and consent; this "
        "information will not be shared with any third parties.",
    ],
)
def test_no_sharing_clauses_are_found_in_their_usual_wordings(sentence: str) -> None:
    text = f"We collect your name.\nWe use it to book visits. {sentence} Reply STOP to cancel."
    assert no_sharing_clauses(text) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "We may share your mobile number with our marketing partners.",
        "We do not sell personal information.",  # a privacy promise, but not about mobile data
        "No refunds are given for missed appointments.",
        "Third parties may text you offers; we are not responsible for them.",
    ],
)
def test_near_misses_are_not_no_sharing_clauses(sentence: str) -> None:
    assert no_sharing_clauses(sentence) == []


def test_clauses_wrapped_across_source_lines_are_whole_sentences() -> None:
    text = "Text messages\nNo mobile information will be shared with\nthird parties for marketing."
    assert no_sharing_clauses(text) == [
        "No mobile information will be shared with third parties for marketing."
    ]


def test_a_brand_vote_flipping_between_spellings_is_not_a_rename() -> None:
    old = BrandNames(["Acme Dental"], "inferred")
    assert same_brand(old, BrandNames(["Acme Dental Care", "Acme"], "inferred"))
    assert same_brand(old, BrandNames(["Acme Dental, LLC"], "inferred"))
    assert not same_brand(old, BrandNames(["Bayside Smiles"], "inferred"))


def test_identities_survive_cosmetic_changes() -> None:
    assert text_fingerprint("Reply STOP to cancel.") == text_fingerprint("reply  stop to cancel")
    assert identity("drift.x", "https://www.acme.com/a/", "form#f") == identity(
        "drift.x", "http://acme.com/a", "form#f"
    )
    assert identity("drift.x", "https://acme.com/a", None, "Reply STOP") != identity(
        "drift.x", "https://acme.com/a", None, "Reply END"
    )
