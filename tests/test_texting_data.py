"""A number, list or data noun qualified by a texting word is the mobile opt-in data.

Policies name the texting program in their own words ("text-alert numbers", "the numbers on our
texting list"); a promise not to share that data is the no-sharing promise, sharing it is
sharing (analyzers/vocab/privacy.yaml: mobile_data, nonmobile_data, number_for_other_use).
"""

from __future__ import annotations

import pytest

from analyzers.policy.clauses import classify


@pytest.mark.parametrize(
    "sentence",
    [
        "We never share text-alert numbers with third parties for marketing.",
        "Text alert sign-up numbers are never shared with third parties or affiliates "
        "for marketing.",
        "Numbers you give us for text alerts are not shared with third parties for marketing "
        "purposes.",
        "Numbers collected for text alerts will not be transferred to third parties for marketing.",
        "We do not share SMS subscriber lists with third parties for marketing.",
        "The mobile numbers on our texting list are never shared with third parties for marketing.",
        "We will never sell or share our SMS club list with other companies for their marketing.",
        "Text reminder contacts are not disclosed to affiliates for marketing purposes.",
        "The numbers on our text message list are never shared with anyone for marketing.",
    ],
)
def test_a_promise_about_texting_data_is_the_promise(sentence: str) -> None:
    clause = classify(sentence)
    assert (clause.label, clause.topic) == ("promise", "mobile")


@pytest.mark.parametrize(
    "sentence",
    [
        "We share text-alert numbers with our marketing partners.",
        "We may share the numbers on our texting list with affiliates for their marketing.",
        "Our SMS subscriber lists may be shared with partners for marketing.",
        "We sell text alert sign-up numbers to other companies.",
    ],
)
def test_sharing_texting_data_is_sharing_mobile_data(sentence: str) -> None:
    clause = classify(sentence)
    assert (clause.label, clause.topic) == ("exception", "mobile")


@pytest.mark.parametrize(
    "sentence",
    [
        # a texting word alone names no data
        "Our text alerts are free.",
        "Our text alerts are free and we do not share them with third parties for marketing.",
        # a number for something else is not opt-in data
        "We do not share phone numbers for order support with third parties for marketing.",
        "We do not share numbers for order support with third parties for marketing.",
        "Your account numbers on our texting list are not shared with third parties for marketing.",
        "We do not share your order numbers for text alerts with third parties for marketing.",
    ],
)
def test_near_misses_are_not_the_promise(sentence: str) -> None:
    assert classify(sentence).label != "promise"


@pytest.mark.parametrize(
    "sentence",
    [
        "We share your order numbers in text alerts with our shipping partners.",
        "We share your order number for text alerts with our shipping partner.",
        "We share phone numbers for order support with our affiliates for marketing.",
    ],
)
def test_near_misses_are_not_a_mobile_exception(sentence: str) -> None:
    assert classify(sentence).label != "exception"


def test_a_phone_number_for_another_use_is_still_personal_data() -> None:
    """Not opt-in data, but still data: shared with affiliates for marketing it is a general
    exception (one that a mobile promise elsewhere in the policy overrides)."""
    clause = classify("We share phone numbers for order support with our affiliates for marketing.")
    assert (clause.label, clause.topic) == ("general_exception", "personal")


def test_a_mobile_number_for_updates_stays_mobile_data() -> None:
    """Updates and reminders are what texts are for: that number may be the texting number."""
    clause = classify(
        "Mobile numbers provided for delivery updates are never disclosed to outside companies "
        "for marketing."
    )
    assert (clause.label, clause.topic) == ("promise", "mobile")
