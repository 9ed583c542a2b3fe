"""What the page around a sentence decides about the privacy sharing verdicts (blind round 30):
an FAQ's question states nothing, a promise kept only from the service's other users is no
promise, a list item that shows other data to other users is no exception, and a promise
scoped to unaffiliated parties leaves the affiliates a way in."""

from __future__ import annotations

import pytest

from analyzers.policy.sharing import (
    analyze_sharing,
    denies_only_affiliates,
    denies_only_unaffiliated,
    only_other_users_receive,
)
from analyzers.text.sentences import split_sentences


def _labels(lines: list[str]) -> dict[str, str]:
    return {
        v.sentence.text: v.clause.label for v in analyze_sharing(split_sentences(lines)).verdicts
    }


def _exceptions(lines: list[str]) -> list[str]:
    return [v.sentence.text for v in analyze_sharing(split_sentences(lines)).exceptions]


class TestAQuestionStatesNothing:
    FAQ = [
        "Q: Will you give my mobile number to anyone else?",
        "A: No. Your mobile number and text consent are not shared with third parties or "
        "affiliates for marketing purposes.",
        "Q: Do you sell data?",
        "A: We have never sold client information.",
    ]

    def test_the_questions_are_no_exception_and_the_answer_is_the_promise(self) -> None:
        analysis = analyze_sharing(split_sentences(self.FAQ))
        assert not analysis.exceptions
        assert [v.sentence.text for v in analysis.promises] == [
            "Q: Will you give my mobile number to anyone else? A: No.",  # the answer's "No."
            "Your mobile number and text consent are not shared with third parties or "
            "affiliates for marketing purposes.",
        ]
        assert not any(v.sentence.text.endswith("?") for v in analysis.verdicts)

    def test_near_miss_the_answer_that_shares_is_still_the_exception(self) -> None:
        lines = [
            "Q: Do you share my mobile number?",
            "A: Yes, we may share your mobile number with our marketing partners.",
        ]
        assert _exceptions(lines) == [
            "A: Yes, we may share your mobile number with our marketing partners."
        ]

    @pytest.mark.parametrize(
        ("lines", "label"),
        [
            (["Do you share my phone number with anyone for marketing?", "No."], "promise"),
            (["Q: Will you give my cell number to other businesses?", "A: No, never."], "promise"),
            (["Do you share my number with partners?", "Yes."], "exception"),
            (
                ["Q: Do you share my mobile number?", "A: Yes, with our marketing partners."],
                "exception",
            ),
            # blind round 32 (para9): an answer of a subject and its auxiliary alone
            (["Do we share your phone number with anyone?", "We don't."], "promise"),
            (["Q: Do you share my mobile number with partners?", "A: Yes, we do."], "exception"),
        ],
    )
    def test_a_bare_answer_is_read_with_its_question(self, lines: list[str], label: str) -> None:
        verdicts = analyze_sharing(split_sentences(lines)).verdicts
        assert [(v.sentence.text, v.clause.label) for v in verdicts] == [(" ".join(lines), label)]

    def test_near_miss_an_answer_with_its_own_clause_is_read_alone(self) -> None:
        lines = ["Do you sell data?", "No, we have never sold client information."]
        verdicts = analyze_sharing(split_sentences(lines)).verdicts
        assert [v.sentence.text for v in verdicts] == [lines[1]]


class TestOtherUsersOfTheService:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Your phone number and SMS opt-in status are never shared with other users.",
            "Your mobile number is never shown to other players.",
            "Other invited guests may see your profile name and RSVP status.",
            "With co-attendees: other members may see your display name.",
        ],
    )
    def test_only_other_users_receive(self, sentence: str) -> None:
        assert only_other_users_receive(sentence)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Your phone number is never shared with other users or third parties.",
            "Your mobile number is never shared with anyone, including other players.",
            "Your mobile number is never shared with third parties or affiliates.",
            "We share your profile with other companies.",
        ],
    )
    def test_near_miss_anyone_else_named(self, sentence: str) -> None:
        assert not only_other_users_receive(sentence)

    def test_a_promise_kept_from_other_users_only_is_no_promise(self) -> None:
        lines = ["Your phone number and SMS opt-in status are never shared with other users."]
        assert not analyze_sharing(split_sentences(lines)).attempted

    def test_near_miss_a_promise_that_names_third_parties_too(self) -> None:
        lines = ["Your phone number is never shared with other users or third parties."]
        assert analyze_sharing(split_sentences(lines)).promises

    LIST = [
        "We may share limited information in the following circumstances:",
        "With hosts: hosts who invited you can see your profile name and RSVP status.",
        "With co-attendees: depending on event settings chosen by the host, other invited "
        "guests may see your profile name and RSVP status.",
    ]

    def test_a_list_item_showing_other_data_to_other_users_is_no_exception(self) -> None:
        assert _exceptions(self.LIST) == []

    def test_near_miss_an_item_that_gives_the_number_to_partners_is_the_exception(
        self,
    ) -> None:
        lines = [
            *self.LIST[:1],
            "With partners: depending on the settings you choose, our marketing partners "
            "may receive your profile and contact details.",
        ]
        assert _exceptions(lines)


class TestAPromiseScopedToUnaffiliatedParties:
    @pytest.mark.parametrize(
        "sentence",
        [
            "We never share your mobile number with non-affiliated companies for marketing.",
            "Your phone number is not shared with unrelated third parties for their own marketing.",
        ],
    )
    def test_a_promise_about_the_number_so_scoped_is_an_exception(self, sentence: str) -> None:
        assert denies_only_unaffiliated(sentence)
        assert _exceptions([sentence]) == [sentence]

    @pytest.mark.parametrize(
        "sentence",
        [
            # blind round 30's second real set: a general promise so scoped fired an exception
            "Chat data is kept while we handle your inquiry and is not shared with unaffiliated "
            "third parties.",
            "We do not share your personal information with advertisers or marketers "
            "unaffiliated with your lender.",
        ],
    )
    def test_near_miss_a_general_promise_so_scoped_is_no_exception(self, sentence: str) -> None:
        assert denies_only_unaffiliated(sentence)
        assert _exceptions([sentence]) == []

    def test_the_mobile_promise_scoped_so_is_a_mobile_exception(self) -> None:
        sentence = "We never share your mobile number with non-affiliated companies for marketing."
        assert _labels([sentence]) == {sentence: "exception"}

    @pytest.mark.parametrize(
        "sentence",
        [
            # the affiliates named too
            "We shall not disclose your mobile number or SMS consent to any affiliated or "
            "non-affiliated third party for marketing purposes.",
            "Mobile numbers are never shared with our affiliates or unaffiliated third parties.",
            # "unrelated" qualifies a purpose, not a party
            "Your number is not shared for marketing purposes unrelated to your loan application.",
        ],
    )
    def test_near_miss_affiliates_denied_too_or_a_purpose_qualified(self, sentence: str) -> None:
        assert not denies_only_unaffiliated(sentence)

    def test_near_miss_beside_a_full_mobile_promise_it_is_no_exception(self) -> None:
        lines = [
            "We do not share information with non-affiliated third parties for their marketing.",
            "Mobile numbers and SMS opt-in data are never shared with third parties or affiliates.",
        ]
        assert _exceptions(lines) == []


class TestAPromiseKeptOnlyFromAffiliates:
    @pytest.mark.parametrize(
        "sentence",
        [
            "We do not share your mobile number or text-message consent with our affiliates.",
            "Your number is not shared with affiliated companies for marketing.",
            "Text subscribers' numbers are never passed to our sister companies.",
        ],
    )
    def test_it_is_no_promise_about_third_parties(self, sentence: str) -> None:
        assert denies_only_affiliates(sentence)
        assert _labels([sentence]) == {sentence: "narrow_promise"}
        assert not analyze_sharing(split_sentences([sentence])).attempted

    @pytest.mark.parametrize(
        "sentence",
        [
            "We do not share your mobile number with third parties or affiliates.",
            "We never share your number with our affiliates or anyone else.",
            "We will not share it with partners, affiliates or advertisers.",
            # round 36: parties named as outside the business are third parties
            "Your number will not be sold, rented, or shared with any external parties or "
            "affiliates for marketing purposes.",
            "We never give SMS opt-in data to our affiliates or to any outside entity.",
            # a party qualified as unaffiliated is the other rule (an exception)
            "We never share your mobile number with non-affiliated companies for marketing.",
            "Under no circumstance will we pass mobile opt-in data to affiliated marketers or "
            "lead generators.",
        ],
    )
    def test_near_miss_others_named_too(self, sentence: str) -> None:
        assert not denies_only_affiliates(sentence)


class TestAListPutUnderAnotherSectionsMobileLimits:
    PROMISE = [
        "Text Messaging",
        "Mobile numbers will not be shared with third parties or affiliates for marketing "
        "purposes. Mobile numbers are shared only with the carriers and platform that deliver "
        "our texts.",
        "Sharing",
    ]

    def test_the_list_is_general_sharing(self) -> None:
        lines = [
            *self.PROMISE,
            "Subject to the tighter rules for mobile numbers in the Text Messaging section, we "
            "may share personal information as follows:",
            "Partners. Partner companies, when you ask us to share your details with them.",
            "With consent. Anyone you allow us to share information with.",
        ]
        labels = _labels(lines)
        assert "general_exception" in labels.values(), labels
        assert "exception" not in labels.values(), labels
        assert _exceptions(lines) == []

    @pytest.mark.parametrize(
        "lead_in",
        [
            # the phrase names no mobile data: the list's own data decides
            "Subject to applicable law, we may share your mobile number as follows:",
            # the lead-in names the number outside the phrase: the list is about it
            "Subject to the limits in Section 4, we may share your mobile number as follows:",
            "Subject to the SMS restrictions above, we may share your cell phone number and "
            "other personal information as follows:",
        ],
    )
    def test_near_miss_the_number_shared_by_the_list(self, lead_in: str) -> None:
        lines = [
            lead_in,
            "Partners. Partner companies, when you ask us to share your details with them.",
        ]
        assert "exception" in _labels(lines).values(), _labels(lines)
