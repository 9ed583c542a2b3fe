"""The clause classifier and the sentence splitter under it.

The labelled sentences live in tests/data/privacy_sentences.yaml (every one must be classified
right) and tests/data/privacy_sentences_holdout.yaml (written after the rules and never tuned
on: a floor guards against regressions, bench/clause_precision.py prints the figures).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analyzers.policy.clauses import classify
from analyzers.policy.sharing import analyze_sharing
from analyzers.text.sentences import body_lines, split_sentences

DATA = Path(__file__).resolve().parent / "data"
TUNING = yaml.safe_load((DATA / "privacy_sentences.yaml").read_text(encoding="utf-8"))
HOLDOUT = yaml.safe_load((DATA / "privacy_sentences_holdout.yaml").read_text(encoding="utf-8"))


def _label(item: dict) -> str:
    return classify(
        item["text"],
        heading=item.get("heading", ""),
        lead_in=item.get("lead_in", ""),
        previous=item.get("previous", "none"),
    ).label


@pytest.mark.parametrize("item", TUNING, ids=lambda item: item["text"][:60])
def test_labelled_sentence(item: dict) -> None:
    assert _label(item) == item["label"]


def test_holdout_sentences_mostly_right() -> None:
    right = sum(1 for item in HOLDOUT if _label(item) == item["label"])
    assert right / len(HOLDOUT) >= 0.85, f"{right}/{len(HOLDOUT)}"
    # the decision a reviewer acts on: no compliant sentence may be called an exception
    for item in HOLDOUT:
        if item["label"] in ("promise", "allowed", "neutral", "general_promise"):
            assert _label(item) not in ("exception", "general_exception"), item["text"]


def test_reason_quotes_the_exception() -> None:
    clause = classify(
        "We will not share your phone number with third parties except with your consent."
    )
    assert clause.label == "exception"
    assert "except with your consent" in clause.reason


def test_negated_statement_with_carve_out_still_counts_as_an_attempt() -> None:
    clause = classify("We do not share your phone number without your consent.")
    assert clause.label == "exception" and clause.attempted


def test_exception_in_the_next_sentence_refers_back() -> None:
    sentences = split_sentences(
        [
            "We will not share your mobile number with third parties for marketing.",
            "However, we may share it with our advertising partners.",
        ],
        [],
    )
    analysis = analyze_sharing(sentences)
    assert [v.clause.label for v in analysis.verdicts] == ["promise", "exception"]
    assert analysis.exceptions[0].sentence.text.startswith("However")


def test_general_exception_counts_only_without_a_mobile_promise() -> None:
    general = "We share personal information with our affiliates for marketing purposes."
    promise = "No mobile information will be shared with third parties for marketing purposes."
    alone = analyze_sharing(split_sentences([general], []))
    assert [v.clause.label for v in alone.exceptions] == ["general_exception"]
    excluded = analyze_sharing(split_sentences([general, promise], []))
    assert excluded.exceptions == [] and len(excluded.promises) == 1


def test_heading_scopes_a_generic_sentence_but_a_cookie_heading_does_not() -> None:
    text = "We will not share this information with third parties for marketing purposes."
    assert classify(text, heading="SMS Program").label == "promise"
    assert classify(text, heading="Cookies and Tracking").label == "general_promise"


class TestSentences:
    def test_headings_list_lead_ins_and_wrapped_lines(self) -> None:
        lines = body_lines(
            "Home\nAbout\nPrivacy Policy\nSharing\nWe may share your information when:\n"
            "With your consent\nTo comply with the law\nText messages\n"
            "Phone numbers are not shared with third parties or affiliates for\n"
            "marketing purposes.\nHome\n© 2026 Acme",
            chrome_text="Home\nAbout\n© 2026 Acme",
            headings=["Privacy Policy", "Sharing", "Text messages"],
        )
        assert lines[0] == "Privacy Policy" and lines[-1].endswith("marketing purposes.")
        sentences = split_sentences(lines, ["Privacy Policy", "Sharing", "Text messages"])
        texts = [(s.heading, s.lead_in, s.text) for s in sentences]
        assert texts == [
            ("Sharing", "", "We may share your information when:"),
            ("Sharing", "We may share your information when:", "With your consent"),
            ("Sharing", "We may share your information when:", "To comply with the law"),
            (
                "Text messages",
                "",
                "Phone numbers are not shared with third parties or "
                "affiliates for marketing purposes.",
            ),
        ]

    def test_a_full_sentence_after_a_list_is_not_an_item(self) -> None:
        sentences = split_sentences(
            ["Your information is used to:", "Send reminders", "We never sell your phone number."],
            [],
        )
        assert sentences[1].lead_in and not sentences[2].lead_in


def test_a_fifty_page_policy_yields_its_one_promise() -> None:
    """The promise at the end of a long policy is found (its speed is bench/policy_speed.py's)."""
    lines, headings = long_policy()
    analysis = analyze_sharing(split_sentences(lines, [*headings, "SMS"]))
    assert len(analysis.promises) == 1


def long_policy(words: int = 25_000) -> tuple[list[str], list[str]]:
    """About fifty pages of ordinary policy text, then one SMS section with the promise."""
    section = (
        "We collect information that you provide directly to us, such as when you create an "
        "account or contact us. We use it to operate and improve our services and to answer "
        "your questions. We may share information with service providers who help us operate "
        "our business. Cookies help us remember your preferences. We keep information only as "
        "long as we need it. You may opt out of promotional emails at any time."
    )
    lines: list[str] = []
    headings: list[str] = []
    while sum(len(line.split()) for line in lines) < words:
        headings.append(f"Section {len(headings) + 1}")
        lines += [headings[-1], section]
    lines += [
        "SMS",
        "No mobile information will be shared with third parties or affiliates "
        "for marketing or promotional purposes.",
    ]
    return lines, headings


# --- issue 13: an exception is decided by structure, not by "consent" near a sharing word ---
@pytest.mark.parametrize(
    "sentence",
    [
        "Mobile opt-in information and consent records are not part of any sharing in this "
        "section.",
        "The disclosures above do not cover your text-message opt-in data or consent.",
        "All the above categories exclude text messaging originator opt-in data and consent.",
        "SMS consent and phone numbers are excluded from the sharing described in this policy.",
        "None of the sharing described above applies to mobile information or SMS consent.",
        "The sharing described above does not include your mobile phone number or texting consent.",
        "We may share your information with partners for marketing, excluding mobile opt-in data "
        "and consent.",
    ],
)
def test_an_exclusion_of_sms_data_is_the_promise(sentence: str) -> None:
    clause = classify(sentence)
    assert clause.label == "promise" and clause.attempted, clause


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "None of the above applies to text messaging: we do not share mobile numbers or SMS "
            "consent with third parties or affiliates for marketing or promotional purposes.",
            "promise",
        ),
        (
            "None of the above applies to text messaging: we share mobile numbers with marketing "
            "partners.",
            "exception",
        ),
        (
            "We never share personal data: we sell your mobile number to marketing partners.",
            "exception",
        ),
        # blind round 17 (tobacco-barn venue): the clause after the colon opens with its own
        # subject and auxiliary ("no mobile information will be"), so the "not" before the
        # colon governs "part of that", and "affiliates" sits inside the denied sharing
        (
            "Text-message numbers and opt-in consent are not included in that: no mobile "
            "information will be passed to third parties or affiliates for marketing.",
            "promise",
        ),
        (
            "Our texting list is different: no phone number on it will ever be given to "
            "affiliates or other companies for their promotions.",
            "promise",
        ),
        (
            "Your cell number is not part of that: it is never shared with affiliates for "
            "marketing purposes.",
            "promise",
        ),
        # near misses: the clause after the colon shares, and the "not" before it cannot
        # turn that sharing into a promise
        (
            "Text-message numbers are not part of that list: they may be shared with our "
            "affiliates for marketing.",
            "exception",
        ),
        (
            "We do not sell your data: your mobile number may be disclosed to our partners for "
            "their own marketing.",
            "exception",
        ),
        (
            "Your mobile number is not excluded from that: it may be shared with affiliates.",
            "exception",
        ),
    ],
)
def test_a_negation_does_not_reach_across_a_colon_into_a_new_clause(
    sentence: str, label: str
) -> None:
    """Blind round 4 (harbor-vine-paint): "None ... : we do not share" is one negation."""
    assert classify(sentence).label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Text consent records are not covered by this section and are never shared with third "
            "parties or affiliates.",
            "promise",
        ),
        (
            "Mobile numbers are not included in that report but will not be shared with partners "
            "or affiliates either.",
            "promise",
        ),
        (
            "Mobile numbers are not included in that report and are shared with our affiliates for "
            "marketing.",
            "exception",
        ),
        (
            "Your phone number is not on our public roster but is shared with marketing partners.",
            "exception",
        ),
    ],
)
def test_a_second_predicate_with_its_own_auxiliary_has_its_own_negation(
    sentence: str, label: str
) -> None:
    """Blind round 7 (roadwise-driving): in "X are not part of A and are never shared" the
    "not" and the "never" belong to different verbs; they do not cancel out."""
    assert classify(sentence).label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("We may give your mobile number to select marketing affiliates.", "exception"),
        ("Your cell number is passed along to our trusted partners.", "exception"),
        ("We never pass your phone number to our promotional partners.", "promise"),
        # near misses: what follows "to" is not a recipient of the number
        ("We give your phone number a quick check before our partners call you.", "neutral"),
        ("We provide text reminders to customers of our partners.", "neutral"),
    ],
)
def test_a_recipient_after_to_may_carry_determiners_and_marketing_words(
    sentence: str, label: str
) -> None:
    """ "Given to our promotional partners": words between "to" and the recipient (a
    determiner, a marketing word) still make the recipient the handover's."""
    assert classify(sentence).label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a second passive predicate with its own auxiliary, not negated: shared
        ("Your cell number is not sold and is passed to our promotional partners.", "exception"),
        (
            "Mobile numbers are never rented, and are shared with affiliates for marketing.",
            "exception",
        ),
        ("Your phone number is not sold but may be shared with our sponsors.", "exception"),
        # near misses: the negation is said once for all the verbs, or said again
        ("Your cell number is not sold or shared with third parties.", "promise"),
        ("Your phone number is never sold, rented or shared with outside companies.", "promise"),
        ("Your cell number is not sold and will not be shared with third parties.", "promise"),
        ("Mobile numbers are not sold and are never given to third parties.", "promise"),
    ],
)
def test_a_joined_predicate_keeps_the_subject_but_not_the_negation(
    sentence: str, label: str
) -> None:
    """Blind round 6/7 (fix8): in "X is not sold and is shared with partners" the second
    predicate has no subject of its own (it is X's) and its own auxiliary without "not": X is
    not sold, but it is shared. Without the subject the sharing was about nothing and the
    sentence read as a promise not to sell."""
    assert classify(sentence).label == label


@pytest.mark.parametrize(
    "sentence",
    [
        "This policy does not apply to text messages you send to other businesses.",
        "Our cookie notice does not cover mobile apps.",
        "The categories above include your phone number.",
        "SMS data is not excluded from the sharing described above.",
    ],
)
def test_near_misses_of_an_exclusion_are_not_a_promise(sentence: str) -> None:
    assert classify(sentence).label != "promise"


@pytest.mark.parametrize(
    "sentence",
    [
        "We do not share your mobile opt-in consent or phone number with third parties.",
        "We will not share your consent to receive texts or your number with anyone.",
        "Text messaging originator opt-in data and consent will not be shared with any third "
        "parties or affiliates.",
    ],
)
def test_consent_as_what_is_not_shared_is_part_of_the_promise(sentence: str) -> None:
    assert classify(sentence).label == "promise"


@pytest.mark.parametrize(
    "sentence",
    [
        "We will not share your phone number without your permission.",
        "We do not share text messaging opt-in data or consent with anyone unless you ask us to.",
        "We will not share your phone number with third parties, except at your request.",
        "Other than with your consent, we do not share your mobile number.",
        "We will not share your mobile number unless you have given us your consent.",
    ],
)
def test_consent_as_a_condition_of_the_verb_is_an_exception(sentence: str) -> None:
    assert classify(sentence).label == "exception"


def test_a_leading_legal_carve_out_keeps_the_promise() -> None:
    assert (
        classify("Except as required by law, we never share your phone number.").label == "promise"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "We do not sell your phone number.",
        "Your mobile number is never sold, rented or traded.",
        "We never sell your mobile number to anyone.",
    ],
)
def test_a_promise_not_to_sell_alone_is_not_the_promise(sentence: str) -> None:
    clause = classify(sentence)
    assert clause.label == "sale_promise" and not clause.attempted


def test_not_selling_and_not_sharing_is_the_promise() -> None:
    assert (
        classify(
            "We do not sell your phone number, and we never share it with third "
            "parties for marketing."
        ).label
        == "promise"
    )


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("We keep your mobile number to ourselves.", "promise"),
        ("Your phone number stays with us.", "promise"),
        ("We cannot guarantee that your phone number stays with us.", "neutral"),
        ("We keep your account number private.", "neutral"),
        ("The above excludes any text messaging originator opt-in data or consent.", "promise"),
        ("Your number may be provided to our affiliates for marketing purposes.", "exception"),
        ("If you agree, we can pass your number along to our sister companies.", "exception"),
        ("We won't share your number unless you tell us to.", "exception"),
    ],
)
def test_other_ways_of_wording_the_promise_and_its_exceptions(sentence: str, label: str) -> None:
    assert classify(sentence).label == label


# --- rules found by the blind paraphrase bench (tests/data/paraphrases), in other words -----
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # capitals are words, not keywords
        ("WE NEVER SHARE YOUR PHONE NUMBER WITH THIRD PARTIES FOR MARKETING.", "promise"),
        ("WE MAY SELL CUSTOMER DATA, INCLUDING PHONE NUMBERS, TO ADVERTISERS.", "exception"),
        # contractions without the apostrophe, shorthand
        ("we dont give ur # to other businesses for their ads.", "promise"),
        # a promise about one narrow kind of recipient, or someone else's restraint
        ("We will never share your phone number with other patients.", "neutral"),
        ("We ask our vendors not to share your mobile number.", "neutral"),
        # the exception before the verb runs to the verb's own clause
        (
            "Apart from our dealers, who may text you about sales events, we do not share your "
            "mobile number.",
            "exception",
        ),
        # the recipient's side
        ("Our sponsors may receive your SMS opt-in data.", "exception"),
        ("No outside company ever sees your mobile number.", "promise"),
        ("You will receive marketing texts from us.", "neutral"),
        # a relative clause negates on its own
        (
            "This paragraph does not cover mobile opt-in data, which is never shared with third "
            "parties.",
            "promise",
        ),
        # a title in quotes, a name in Title Case
        (
            "Nothing in our “Who We Share Data With” section allows sharing your phone number with "
            "advertisers.",
            "promise",
        ),
        # the law's permission is broad, its requirement is not
        ("We do not share your mobile number except as permitted by law.", "exception"),
        ("We do not share your mobile number except as required by law.", "promise"),
        # sharing that leaves mobile data out, or takes it in
        (
            "Apart from SMS consent records, we may share the data listed above with our "
            "vendors, but "
            "never your phone number.",
            "promise",
        ),
        ("Mobile numbers are not excluded from the disclosures described above.", "exception"),
        (
            "The restrictions above do not apply to phone numbers shared with our affiliates.",
            "exception",
        ),
        (
            "The disclosures to our advertising partners described above cover your mobile number.",
            "exception",
        ),
        (
            "SMS consent data stays confidential unless you agree to sharing with our partners.",
            "exception",
        ),
        (
            "We won't share your phone number with anyone, with no exceptions for affiliates.",
            "promise",
        ),
    ],
)
def test_wordings_the_blind_bench_taught(sentence: str, label: str) -> None:
    assert classify(sentence).label == label, classify(sentence)


# --- blind round 6: verbs that share one recipient, and a participle that names the data ---
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # "shared with, sold to or rented to X": the prepositions wait for the last verb's object,
        # so one negation covers every verb
        (
            "Your cell number is never passed on to, sold to or traded with outside companies for "
            "their advertising.",
            "promise",
        ),
        (
            "Phone numbers we hold are not shared with or sold to any third party, for "
            "promotions or "
            "otherwise.",
            "promise",
        ),
        (
            "Texting numbers will not be disclosed to, or rented to, affiliates or marketers.",
            "promise",
        ),
        # near misses: the same shape said positively is still sharing
        (
            "Your cell number may be shared with, and sold to, our promotional partners.",
            "exception",
        ),
        (
            "We do not sell your mobile number, but it is disclosed to and traded with our "
            "affiliates "
            "for their ads.",
            "exception",
        ),
    ],
)
def test_verbs_sharing_one_stranded_recipient_share_the_negation(sentence: str, label: str) -> None:
    """Blind round 6 (anchor-oar-fish, lumen-eye-care): a verb left out of the group read as
    an unnegated "sold to ... for marketing"."""
    assert classify(sentence, heading="Text alerts").label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Mobile numbers provided for delivery updates are never disclosed to outside companies "
            "for marketing.",
            "promise",
        ),
        (
            "Phone numbers given at checkout will never be shared with affiliates or advertisers.",
            "promise",
        ),
        # near miss: the handing over is the act itself, and the recipient is its own
        (
            "We never sell your cell number, but we may give it to our affiliates for promotions.",
            "exception",
        ),
    ],
)
def test_a_recipient_belongs_to_the_nearest_verb_before_it(sentence: str, label: str) -> None:
    """Blind round 6 (blue-heron-farm): "numbers given for reminders are never shared with
    partners" read "given ... to partners" as a handover outside the negation."""
    assert classify(sentence, heading="Privacy").label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the receivers restricted to the ones that deliver the texts, their marketing use denied
        (
            "The only companies that ever get your cell number are the phone carriers and the "
            "texting service that send our reminders, and neither may use it for advertising.",
            "promise",
        ),
        (
            "Only the SMS vendor that delivers our alerts receives your mobile number, and it is "
            "prohibited from using it for promotions.",
            "promise",
        ),
        (
            "Your mobile number is disclosed solely to the carriers that route our texts; none of "
            "them may use it for marketing.",
            "promise",
        ),
        (
            "The only businesses that get your cell number are the carriers that carry our texts, "
            "which are barred from using it for their own promotions.",
            "promise",
        ),
        # near misses: restriction without the denial is the allowed vendor sharing, not the promise
        ("Your mobile number is disclosed only to the carriers that route our texts.", "allowed"),
        (
            "Your cell number is never barred from being shared with our advertising partners.",
            "exception",
        ),
        # the restricted set holds a partner, or the marketing use is allowed
        (
            "The only companies that see your cell number are our texting vendor and our "
            "affiliates.",
            "exception",
        ),
        (
            "The only parties that receive your mobile number are our SMS vendor and our "
            "advertising "
            "partners.",
            "exception",
        ),
        (
            "We pass your mobile number to our affiliates, who may not use it for anything but "
            "marketing.",
            "exception",
        ),
    ],
)
def test_receivers_restricted_to_delivery_providers_with_marketing_denied(
    sentence: str, label: str
) -> None:
    """Paraphrase bench (exception family): "the only parties that receive your number are
    the carriers ..., and none of them may use it for marketing" is the promise; a denied
    marketing use is not a purpose of the sharing."""
    assert classify(sentence).label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We will never share or sell your phone number with any outside company, partners "
            "included, for any purpose.",
            "promise",
        ),
        ("We may share your phone number with outside companies, partners included.", "exception"),
        ("The sharing with partners described above also covers your phone number.", "exception"),
    ],
)
def test_included_after_a_recipient_names_who_receives_not_what_is_shared(
    sentence: str, label: str
) -> None:
    """Blind round 7 (lock-and-lantern): "to anyone, affiliates included" lists recipients of
    a negated sharing verb; it does not say the sharing above includes the number."""
    assert classify(sentence).label == label


@pytest.mark.parametrize(
    "sentence",
    [
        # each verb repeats the object; the one "never" still governs them all
        "We never pass it to, rent it to, or trade it with outside firms or affiliates for "
        "their advertising.",
        "We will never hand your mobile number to outside companies for their promotions.",
    ],
)
def test_verbs_that_repeat_their_object_share_the_negation(sentence: str) -> None:
    assert classify(sentence, previous="mobile").label == "promise"


@pytest.mark.parametrize(
    "sentence",
    [
        "We do not sell it to anyone, and we pass it to affiliates for their advertising.",
        "We do not rent it out, but it is shared with our affiliates for marketing.",
        "We hand your mobile number to our marketing partners.",
    ],
)
def test_a_new_subject_after_the_joint_ends_the_negation(sentence: str) -> None:
    assert classify(sentence, previous="mobile").label == "exception"


def test_consent_to_receive_messages_inside_the_promise_is_not_a_receiver() -> None:
    # "receive" here is the subscriber receiving texts, not a party receiving the data
    assert (
        classify(
            "No phone data (your number, or your agreement to receive recurring alerts) will "
            "be passed to, sold to, or rented to outside firms for their promotions."
        ).label
        == "promise"
    )


def test_partners_that_receive_the_number_are_still_receivers() -> None:
    assert classify("Our marketing partners receive your mobile number.").label == "exception"


@pytest.mark.parametrize(
    "sentence",
    [
        "Our harbour cruises sell out most summer weekends.",
        "The spring workshop is sold out, so we'll text you if a spot frees up.",
        "We often sell out of the large planters before May.",
        "Join the list to hear about sold-out dates that reopen.",
    ],
)
def test_stock_that_sells_out_is_not_a_sale_of_data(sentence: str) -> None:
    # under a texting heading every sentence is about the messages; "sell out" still sells
    # nothing to anyone
    assert classify(sentence, heading="Seat alerts by text").label == "neutral"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("We may sell your mobile number to marketing partners.", "exception"),
        ("We may sell out subscriber phone numbers to list brokers.", "exception"),
        ("We will never sell out your mobile number.", "sale_promise"),
    ],
)
def test_selling_out_data_is_still_a_sale(sentence: str, label: str) -> None:
    assert classify(sentence, heading="Text messages").label == label


@pytest.mark.parametrize(
    ("sentence", "lead_in"),
    [
        ("Cell numbers from our text alerts are exempt from sharing with affiliates.", ""),
        ("Opt-in records for our texts are excluded from all disclosure to outside companies.", ""),
        (
            "Either way, phone numbers given for texts are excluded from any sharing "
            "for advertising purposes.",
            "We pass details on only when running a job needs it:",
        ),
    ],
)
def test_excluded_from_sharing_is_the_promise(sentence: str, lead_in: str) -> None:
    # the marketing purpose sits inside the exclusion: it is what the data is kept out of,
    # even under a lead-in that says some sharing happens
    assert classify(sentence, heading="Sharing", lead_in=lead_in).label == "promise"


@pytest.mark.parametrize(
    "sentence",
    [
        "Your mobile number is not excluded from sharing for marketing purposes.",
        "Phone numbers are excluded from the opt-out list and may be shared with "
        "partners for marketing.",
        "Your phone number is excluded from sharing, except with your consent.",
    ],
)
def test_an_exclusion_denied_or_beside_the_sharing_is_still_an_exception(sentence: str) -> None:
    assert classify(sentence, heading="Text messages").label == "exception"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a marketing word that qualifies a tool or vendor names a service provider
        (
            "We pass customer details to vendors that work for us, such as our card processor, "
            "our bulk email and text marketing platforms and our web host.",
            "allowed",
        ),
        ("Your phone number is stored in our marketing automation tools.", "neutral"),
        (
            "We share your mobile number with the SMS marketing software that sends our texts.",
            "allowed",
        ),
        # near misses: marketing as a purpose, or marketing partners, stays an exception
        ("We share your mobile number with marketing partners.", "exception"),
        (
            "We may share personal information with other companies for their marketing.",
            "general_exception",
        ),
        (
            "We share your mobile number with our marketing platforms and with partners "
            "for their own marketing.",
            "exception",
        ),
    ],
)
def test_a_marketing_tool_is_a_provider_not_a_purpose(sentence: str, label: str) -> None:
    assert classify(sentence).label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a word of the text channel that qualifies a vendor names the vendor, not mobile data
        # shared (blind round 34, real34b): the list's sharing is general, not of the number
        (
            "We share information with vendors who help us run the fair, such as our email and "
            "text messaging platform, our ticket seller and our advertising partners.",
            "general_exception",
        ),
        # near misses: the number itself shared with partners, or with the texting vendor
        (
            "We share your text messaging number with our advertising partners.",
            "exception",
        ),
        ("We share your mobile number with our SMS platform only to send our texts.", "allowed"),
    ],
)
def test_the_text_channel_naming_a_vendor_is_no_mobile_data(sentence: str, label: str) -> None:
    assert classify(sentence).label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a list of what a contractor gives: "trade" is the contractor's trade, a noun
        # (blind round 34, real34c)
        ("Name, trade, phone number, email, and notes about the job.", "neutral"),
        # near misses: the verbs of a sale, listed or not, stay verbs
        ("We may sell, trade, or rent your phone number to partners.", "exception"),
        ("Your mobile number will never be sold, rented, traded, or shared.", "promise"),
    ],
)
def test_a_verb_word_listed_among_data_is_a_noun(sentence: str, label: str) -> None:
    assert classify(sentence, heading="From contractors").label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a "-ing" word before a noun of messages or people names what a text is about
        ("Viewing reminders and leasing updates", "neutral"),
        ("Questions from our leasing office about your unit", "neutral"),
        ("Renting tips and trading hours for the market stalls", "neutral"),
        # near misses: the same words as acts with data as the object
        ("Selling your phone number to list brokers", "exception"),
        ("We are leasing subscriber lists to other dealers.", "exception"),
        ("We never trade or sell your mobile number.", "sale_promise"),
    ],
)
def test_a_sale_word_that_qualifies_a_noun_is_not_a_sale(sentence: str, label: str) -> None:
    got = classify(sentence, heading="Text messages", lead_in="Our texts may cover:")
    assert got.label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Alerts leave out clinic names, since a text can be seen by anyone with access to "
            "the phone it is sent to.",
            "neutral",
        ),
        ("Third parties may access your mobile number.", "exception"),
        ("Our partners have access to your mobile number.", "exception"),
        ("No one outside our office can access your phone number.", "promise"),
    ],
)
def test_access_as_a_noun_is_no_party_receiving_data(sentence: str, label: str) -> None:
    # "anyone with access to your phone" holds a phone; "partners may access" takes the data
    assert classify(sentence, heading="Text message program").label == label


@pytest.mark.parametrize(
    ("lines", "labels"),
    [
        (
            [
                "We keep your cell phone number on file only while you are a customer. "
                "We never sell, rent or share your information with third parties."
            ],
            ["promise"],
        ),
        (  # the number is in another paragraph: "your information" is anything
            ["We keep your cell phone number on file.", "We do not share your information."],
            ["general_promise"],
        ),
        (  # the sentence before names no phone number
            ["We keep your email address on file. We do not share your information."],
            ["general_promise"],
        ),
        (  # a carve-out stays a carve-out
            [
                "We keep your phone number on file. We do not share your information with "
                "third parties except with your consent."
            ],
            ["general_exception"],
        ),
    ],
)
def test_your_information_right_after_the_phone_number_is_that_number(
    lines: list[str], labels: list[str]
) -> None:
    analysis = analyze_sharing(split_sentences(lines, []))
    assert [v.clause.label for v in analysis.verdicts] == labels


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a recipient named by the help it gives in running the texts is a service provider
        # (blind round 12): "third parties that help us ...", "phone companies"
        (
            "We may pass your mobile number and opt-in record to outside companies that help "
            "us run our reminder texts, such as our texting platform and the phone companies.",
            "allowed",
        ),
        (
            "Your cell number may be disclosed to firms who assist us in sending appointment "
            "texts.",
            "allowed",
        ),
        ("We may share your phone number with wireless carriers.", "allowed"),
        # near misses: the help is marketing, or others are named beside the helpers
        (
            "We may pass your mobile number to outside companies that help us advertise our "
            "specials.",
            "exception",
        ),
        (
            "We may share your mobile number with partners who help us grow our business.",
            "exception",
        ),
        (
            "We may pass your mobile number to companies that help us send texts and to "
            "other businesses for their own promotions.",
            "exception",
        ),
        ("We may share your mobile number with third parties.", "exception"),
    ],
)
def test_recipients_named_by_the_help_they_give_are_providers(sentence: str, label: str) -> None:
    assert classify(sentence, heading="Text messages").label == label


@pytest.mark.parametrize(
    ("sentence", "heading", "label"),
    [
        (
            "This section does not apply to text messaging originator opt-in data.",
            "Who receives your information",
            "promise",
        ),
        # the section is not about sharing: nothing to take the data out of
        (
            "This section does not apply to text messaging originator opt-in data.",
            "Cookies",
            "neutral",
        ),
        ("This section does not apply to your email address.", "Disclosures", "neutral"),
        (
            "Numbers and consent collected for booking texts are never passed to any third party.",
            "Disclosures",
            "promise",
        ),
        (
            "Numbers collected for booking texts may be shared with our marketing partners.",
            "Disclosures",
            "exception",
        ),
        ("Numbers collected for shipping are shared with the courier.", "Disclosures", "neutral"),
    ],
)
def test_a_section_that_does_not_apply_and_numbers_qualified_by_the_texts(
    sentence: str, heading: str, label: str
) -> None:
    assert classify(sentence, heading=heading).label == label


def test_a_bare_pronoun_points_back_only_to_data_named_before() -> None:
    named = analyze_sharing(
        split_sentences(["Cell numbers and texting consent. These are never shared with anyone."])
    )
    assert [v.clause.label for v in named.verdicts] == ["promise"]
    alone = analyze_sharing(split_sentences(["These are never shared with anyone."]))
    assert alone.verdicts == []


@pytest.mark.parametrize(
    ("paragraph", "promised"),
    [
        # blind round 17 (tobacco-barn venue), without the colon: "not part of that" right
        # after a sentence that shares something takes mobile data out of that sharing
        (
            "We pass your guest count and date to the vendors you pick. Your cell number and "
            "text consent are not part of that.",
            True,
        ),
        (
            "We may share booking details with the vendors you hire. Text-message numbers are "
            "not included in any of this.",
            True,
        ),
        (
            "Order details are disclosed to our shipping partners. Your mobile opt-in data is "
            "not covered by the above.",
            True,
        ),
        # the same said the other way round, the pointer its subject
        (
            "We share booking details with the vendors you hire. None of that applies to your "
            "mobile number.",
            True,
        ),
        (
            "Order details are disclosed to our shipping partners. This does not extend to "
            "text-message opt-in data or consent.",
            True,
        ),
        # near misses: nothing shared before it, or the sentence points at something else
        ("We use cookies for site analytics. Your phone number is not part of that.", False),
        ("We use cookies for site analytics. None of that applies to your mobile number.", False),
        (
            "We share booking details with the vendors you hire. None of this applies to your "
            "mobile number unless you consent.",
            False,
        ),
        (
            "We share booking details with the vendors you hire. Your cell number is not part "
            "of our loyalty program.",
            False,
        ),
        (
            "We never share booking details with anyone. Your cell number is not part of that.",
            False,
        ),
        (
            "We share booking details with the vendors you hire. Your cell number is part of that.",
            False,
        ),
    ],
)
def test_mobile_data_taken_out_of_the_sharing_the_sentence_before_describes(
    paragraph: str, promised: bool
) -> None:
    analysis = analyze_sharing(split_sentences([paragraph], []))
    assert bool(analysis.promises) == promised, analysis.verdicts


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a run-in label names the topic; the clause after the colon is the act
        (
            "Sharing: I never sell, trade or pass on your cell number or text consent to "
            "anyone, including partners or affiliates, for marketing purposes.",
            "promise",
        ),
        (
            "Data sharing: we do not share your phone number with anyone, including our "
            "affiliates, for promotional purposes.",
            "promise",
        ),
        (
            "Selling and sharing: your mobile number is never sold or shared with anyone, "
            "including partners, for their marketing.",
            "promise",
        ),
        (
            "Third-party sharing - we never share your cell number with anyone, including "
            "our affiliates, for marketing.",
            "promise",
        ),
        # near misses: the clause after the label shares; or the label has no clause after it
        (
            "Third-party sharing: we share your mobile number with affiliates for marketing.",
            "exception",
        ),
        ("Sharing: we share your mobile number with partners for marketing purposes.", "exception"),
        ("Sharing: I may pass your cell number to affiliates for their promotions.", "exception"),
        (
            "Sharing: I never sell your mobile number, but I share it with partners for marketing.",
            "exception",
        ),
        ("Sharing: your mobile number, with partners, for marketing purposes.", "exception"),
        ("We share: your mobile number with partners for marketing purposes.", "exception"),
    ],
)
def test_a_run_in_label_before_a_colon_is_not_a_sharing_act(sentence: str, label: str) -> None:
    """Blind round 18 (a musician's policy): the bold "Sharing:" was read as an act of sharing
    for marketing, not negated, though the sentence after it denies every sharing."""
    assert classify(sentence).label == label


def _exceptions(lines: list[str], headings: tuple[str, ...] = ()) -> list[str]:
    analysis = analyze_sharing(split_sentences(lines, list(headings)))
    return [v.sentence.text for v in analysis.exceptions]


def test_a_paragraph_ending_in_a_colon_starts_its_own_list() -> None:
    """Blind 19 (a consulting firm): after the items of "We pass the following to these
    firms:", the next paragraph, a clause of its own ending in ":", was read as one more item
    and "these firms" became its recipient. It starts its own list; its items go under it."""
    from analyzers.policy.sharing import relead

    lines = [
        "Who receives your data",
        "Our web host and our form filter need a little more. We share the following with "
        "these companies:",
        "Names",
        "Email addresses",
        "For clients who opt in to text reminders, we may share the following information with "
        "our SMS service provider(s) solely to deliver the text messages to you:",
        "Mobile phone numbers",
        "Opt-in consent records",
    ]
    sentences = relead(split_sentences(lines, ["Who receives your data"]))
    lead = {s.text: s.lead_in for s in sentences}
    assert lead["Email addresses"].startswith("We share the following")
    assert lead[lines[4]] == ""
    assert lead["Mobile phone numbers"] == lines[4]
    assert _exceptions(lines, ("Who receives your data",)) == []


def test_a_labelled_item_ending_in_a_colon_stays_an_item() -> None:
    """Near miss: "Business partners, when you agree:" names a recipient; it has no clause of
    its own and stays under the lead-in that gives it its verb."""
    from analyzers.policy.sharing import relead

    lines = ["We may share your mobile number with:", "Business partners, when you agree:"]
    sentences = relead(split_sentences(lines, []))
    assert sentences[-1].lead_in == lines[0]


def test_a_negated_lead_in_governs_the_verbs_of_its_items() -> None:
    """Blind 21 (a media studio): "We do not:" over bulleted verbs, after the items of
    "Topics we keep:", was read as one more item of that title, and its item "Sell or share
    your personal information with third parties for marketing purposes" as a sharing clause
    of its own: a false exception. The negated lead-in starts its own list and its negation
    governs each item's verb."""
    lines = [
        "Topics we keep:",
        "Your name and email address",
        "Photos you upload for a project",
        "We do not:",
        "Sell or share your personal information with third parties for marketing purposes",
        "Send unsolicited commercial text messages",
    ]
    assert _exceptions(lines) == []
    from analyzers.policy.sharing import relead

    lead = {s.text: s.lead_in for s in relead(split_sentences(lines, []))}
    assert lead[lines[4]] == "We do not:"


@pytest.mark.parametrize(
    "lines",
    [
        # a lead-in with its own verb: the item that shares for marketing is the exception
        ["We may:", "Share your personal information with third parties for marketing purposes"],
        [
            "Topics we keep:",
            "Your name",
            "We may also:",
            "Sell your personal information to third parties for marketing purposes",
        ],
        # the negation is the lead's, but "except" in it leaves the item's sharing open
        ["We do not share your data except:", "With third parties for marketing purposes"],
    ],
)
def test_a_lead_in_without_negation_leaves_its_items_sharing(lines: list[str]) -> None:
    """Near misses: only a lead-in that stops at a negated auxiliary ("We do not:", "We will
    never:") negates the items below it."""
    assert _exceptions(lines) != []


@pytest.mark.parametrize(
    ("lead_in", "awaits"),
    [
        ("We do not:", True),
        ("We will never:", True),
        ("Our studio does not:", True),
        ("We don't:", True),
        ("We may:", False),
        ("We do not share your data except:", False),
        ("What we do not do:", False),
        ("Business partners, when you agree:", False),
    ],
)
def test_awaits_its_verb(lead_in: str, awaits: bool) -> None:
    from analyzers.policy.clauses import awaits_its_verb

    assert awaits_its_verb(lead_in) is awaits


@pytest.mark.parametrize(
    ("lead_in", "item", "label"),
    [
        # the item names its own recipient: the lead-in's "these companies" does not reach it
        (
            "We share the following with these companies:",
            "For subscribers to our texts, we may share the following information with our SMS "
            "provider(s) solely to deliver the messages:",
            "allowed",
        ),
        # its own recipient is a marketing partner: still the exception
        (
            "We share the following with these companies:",
            "For subscribers to our texts, we may share your mobile number with our marketing "
            "partners:",
            "exception",
        ),
        # a bare item means something only under its lead-in
        ("We may share your mobile number with:", "Marketing partners", "exception"),
    ],
)
def test_an_item_with_its_own_sharing_verb_and_recipient_is_read_alone(
    lead_in: str, item: str, label: str
) -> None:
    assert classify(item, lead_in=lead_in).label == label


def test_a_marked_plural_recipient_is_read() -> None:
    """ "provider(s)", "partner(s)": the tokenizer split the word from its ")"."""
    assert classify("We may share your phone number with our partner(s).").label == "exception"
    assert (
        classify("We share your phone number with our SMS provider(s) to deliver texts.").label
        == "allowed"
    )


PURPOSE_PROMISE = (
    "Mobile information will not be shared with or sold to third parties or lead generators "
    "for marketing or promotional purposes."
)
CONSENT_LIST = [
    "We do not rent or trade your personal information. We may share information with:",
    "Vendors who help run our booking system (for example our texting platform)",
    "Public authorities when the law requires it",
    "Business partners only with your explicit consent",
]


def test_a_promise_bound_to_marketing_leaves_consent_sharing_with_partners_open() -> None:
    """Blind 19 (a booking service): the promise denies sharing for marketing only, and the
    general list right after it gives information to business partners on consent, the
    number included: the exception reviewers reject (7108)."""
    assert _exceptions([PURPOSE_PROMISE, *CONSENT_LIST]) == [CONSENT_LIST[-1]]


@pytest.mark.parametrize(
    "lines",
    [
        # the list is followed by a sentence taking SMS opt-in data out of it
        [
            PURPOSE_PROMISE,
            *CONSENT_LIST,
            "All the above categories exclude text messaging originator opt-in data and consent.",
        ],
        # a promise that denies every recipient covers the list already
        ["Mobile information is never shared with anyone.", *CONSENT_LIST],
        # a list of providers and the law only: allowed sharing
        [PURPOSE_PROMISE, *CONSENT_LIST[:-1]],
        # mobile data is said to go only to the texting vendors: the list is about other data
        [
            *CONSENT_LIST,
            PURPOSE_PROMISE,
            "Text opt-in data may be passed only to the vendors that send our text messages, "
            "solely to deliver them.",
        ],
    ],
    ids=["excluded", "never-anyone", "providers-only", "mobile-only-to-providers"],
)
def test_near_misses_of_the_purpose_bound_promise(lines: list[str]) -> None:
    assert _exceptions(lines) == []


@pytest.mark.parametrize(
    "closing",
    [
        # no "only": the vendor is one receiver among those the general list names
        "Text opt-in data may be passed to the vendors that send our text messages.",
        # "only" over a list that includes partners closes nothing
        "Text opt-in data may be shared only with our texting vendors and business partners.",
    ],
)
def test_mobile_data_sent_to_providers_without_only_leaves_the_list_open(closing: str) -> None:
    """Blind 23 (an insurance agency) near misses: the number's receivers are not restricted
    to the texting providers, so the partners of the general list may receive it."""
    assert CONSENT_LIST[-1] in _exceptions([*CONSENT_LIST, PURPOSE_PROMISE, closing])


_SMS_ONLY_POLICY = [
    "Privacy Policy",
    "This Privacy Policy explains how we collect and protect information in connection with "
    "our text-message dispatch line for our own crews.",
    "What we keep",
    "We keep the mobile numbers of our crew members and the texts they send.",
    "Sharing",
    "We do not share this information with any other third party except as required by law.",
]


def test_a_policy_for_one_sms_program_promises_for_its_data() -> None:
    """Blind 21 (a roofing company): a policy that says it covers only its SMS program
    promised "We do not share this information with any other third party"; "this
    information" is the program's numbers and texts, the promise reviewers look for."""
    from analyzers.policy.sharing import covers_only_sms

    sentences = split_sentences(_SMS_ONLY_POLICY, ["Privacy Policy", "What we keep", "Sharing"])
    assert covers_only_sms(sentences)
    promises = analyze_sharing(sentences).promises
    assert [v.clause.topic for v in promises] == ["mobile"]


@pytest.mark.parametrize(
    "scope",
    [
        "This Privacy Policy explains how we handle information in connection with our website "
        "and our text-message dispatch line.",
        "This Privacy Policy applies to our services, including text alerts.",
        "This Privacy Policy explains how we handle information in connection with our website.",
    ],
)
def test_a_policy_covering_more_than_texts_keeps_its_promises_general(scope: str) -> None:
    """Near misses: a policy for the website and the texts (or the website alone) does not
    make "this information" the mobile data."""
    from analyzers.policy.sharing import covers_only_sms

    lines = [_SMS_ONLY_POLICY[0], scope, *_SMS_ONLY_POLICY[2:]]
    sentences = split_sentences(lines, ["Privacy Policy", "What we keep", "Sharing"])
    assert not covers_only_sms(sentences)
    assert [v.clause.topic for v in analyze_sharing(sentences).promises] != ["mobile"]


@pytest.mark.parametrize(
    ("heading", "item", "label"),
    [
        (
            "What we never do",
            "Share your cell number or texting consent with any third party.",
            "promise",
        ),
        (
            "Things we will never do",
            "Rent, trade or share your mobile number with anyone.",
            "promise",
        ),
        (
            "What Hollis Bakery doesn't do",
            "Sell or share your phone number with marketers.",
            "promise",
        ),
        ("We never", "Give your mobile number to affiliates for their marketing.", "promise"),
        ("What we do", "Share your cell number with our marketing partners.", "exception"),
        ("Sharing", "Share your cell number with any affiliate.", "exception"),
    ],
)
def test_a_heading_that_negates_is_the_subject_of_its_verb_first_items(
    heading: str, item: str, label: str
) -> None:
    """Blind round 22 (a smoker store): under the heading "What we never do", the item "Share
    your mobile number ... with any third party" opens with its verb and has no subject; the
    heading supplies subject and negation. Read as said, it was an exception; the policy's one
    promise was lost (no_sms_clause and sharing_exception fired). Under a heading that
    negates nothing, the same item is what the business does."""
    analysis = analyze_sharing(split_sentences(["Our privacy.", heading, item], [heading]))
    assert [v.clause.label for v in analysis.verdicts] == [label]


def test_an_item_with_its_own_subject_under_a_negating_heading_is_read_as_it_says() -> None:
    """Near miss: under "What we never do", "We share your mobile number with partners for
    marketing" has its own subject; the heading does not negate it."""
    heading = "What we never do"
    item = "We share your mobile number with our partners for marketing."
    analysis = analyze_sharing(split_sentences([heading, item], [heading]))
    assert [v.clause.label for v in analysis.verdicts] == ["exception"]


_PROMISE = "We do not sell or share your mobile number or SMS consent with third parties, except "


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            _PROMISE + "with the plumbers we send to your home, who may call you directly.",
            "exception",
        ),
        (_PROMISE + "with our installers, who may text you to set a time.", "exception"),
        (
            "We pass your cell number to the contractors we book, who can contact you directly.",
            "exception",
        ),
        # near misses: the recipient acts for the business, or only delivers its texts
        (_PROMISE + "with the plumbers we send to your home.", "promise"),
        (_PROMISE + "with installers who may text you on our behalf.", "promise"),
        (_PROMISE + "with our texting platform, which sends you our reminders.", "promise"),
        (_PROMISE + "with the carrier that delivers the messages we text you.", "promise"),
        (_PROMISE + "with contractors who work on our behalf.", "promise"),
    ],
)
def test_a_recipient_that_contacts_the_subscriber_itself_is_an_exception(
    sentence: str, label: str
) -> None:
    """Blind round 22 (a property manager): "except with the contractors and vendors we
    dispatch to your unit, who may contact you directly" passes the number to contractors who
    text or call from their own phones; the contractors read as service providers, so the
    carve-out was allowed. A recipient that contacts the subscriber itself is the sharing the
    promise denies; one that contacts for the business, or carries its texts, is not."""
    assert classify(sentence, heading="Text messages").label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Residents may ask us whether their personal information is sold or disclosed, "
            "and to whom.",
            "neutral",
        ),
        ("You can request to know whether we share your mobile number with anyone.", "neutral"),
        # near misses: the sharing is stated, not asked about
        ("We sell personal information to data brokers.", "general_exception"),
        (
            "Whatever you choose; we may share your mobile number with our partners.",
            "exception",
        ),
    ],
)
def test_sharing_asked_about_after_whether_is_no_sharing(sentence: str, label: str) -> None:
    """Blind real22b (an app's California rights list): "the right to know whether personal
    information is sold or disclosed and to whom" was read as a sale; the clause after
    "whether" is what a request asks about."""
    assert classify(sentence).label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "This policy covers data we collect through rental applications, lease "
            "agreements, our resident portal and text messaging.",
            "neutral",
        ),
        ("We may sell, lease, or share your mobile number with partners.", "exception"),
        ("We sell, lease your phone number to marketers.", "exception"),
    ],
)
def test_a_noun_like_verb_in_a_list_of_nouns_is_a_noun(sentence: str, label: str) -> None:
    """Blind real22a (a property manager): "rental applications, lease agreements, our
    portal" was read as leasing data. After a comma, "lease" is a verb only when its object
    or a joint follows."""
    assert classify(sentence).label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "It covers residents, including anyone who gives a mobile number to receive text "
            "messages from us.",
            "neutral",
        ),
        ("Our partners may receive your text message opt-in data.", "exception"),
    ],
)
def test_receiving_text_messages_is_the_subscribers_side(sentence: str, label: str) -> None:
    """Blind real22a: "anyone who provides a mobile phone number to receive text messages":
    "text messages" is also mobile-data wording, so the object of "receive" read as data and
    "anyone" as the one receiving it. Words for data that end in the messages are the
    messages."""
    assert classify(sentence).label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # "sharing" inside the subject of a passive sharing verb is a noun; the verb is the act
        (
            "Data sharing about your text alert sign-up (your opt-in consent) is never shared "
            "with outside companies.",
            "promise",
        ),
        (
            "Information sharing connected to SMS enrollment data will not be disclosed to any "
            "third party.",
            "promise",
        ),
        # near misses: the passive verb is not negated, or "sharing" is the only verb
        (
            "Data sharing about your text alert sign-up (your opt-in consent) is shared with "
            "our marketing partners.",
            "exception",
        ),
        ("Data sharing with marketing partners is permitted for your mobile number.", "exception"),
        (
            "We avoid sharing, but your mobile number is shared with marketing partners.",
            "exception",
        ),
    ],
)
def test_a_sharing_noun_in_the_subject_is_not_the_act(sentence: str, label: str) -> None:
    """Blind round 23 (a clinic's policy): in "Information sharing related to ... opt-in data
    is not shared with any third party" the noun "sharing" was read as an unnegated act."""
    assert classify(sentence, heading="SMS / Text Messaging").label == label


# --- paraphrase round 2 (blind round 23): structure that governs the verb ---
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Neither your cell number nor your texting consent is ever sold or shared.", "promise"),
        ("No SMS opt-in data nor consent records will be disclosed to outside firms.", "promise"),
        ("Nor do we share your mobile number with third parties.", "promise"),
        # near miss: the pair negates the subject, a positive clause after ";" still shares
        (
            "Neither your cell number nor your consent is sold; we may share them with "
            "our promotional partners.",
            "exception",
        ),
    ],
)
def test_neither_nor_negates_once(sentence: str, label: str) -> None:
    """Round 2: "Neither X nor Y will be shared" counted two negations and read as shared."""
    assert classify(sentence).label == label, classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Your texting number is not disclosed, with the exception of our sister brands, "
            "which may send you deals.",
            "exception",
        ),
        (
            "With the exception of your cell number and SMS consent, we may share the data "
            "above with our advertising partners.",
            "promise",
        ),
        (
            "We pass contact information to shipping vendors, except your phone number, which "
            "we never share.",
            "promise",
        ),
        (
            "Except for text opt-in data, which is never disclosed, we may share information "
            "as this policy describes.",
            "promise",
        ),
        # near misses: the exception is a recipient, or nothing is carved out of the sharing
        (
            "With the exception of our lead buyers, nobody receives your mobile number.",
            "exception",
        ),
        (
            "We may share your mobile number with our marketing partners, which we never sell.",
            "exception",
        ),
    ],
)
def test_with_the_exception_of_carves_out_like_except(sentence: str, label: str) -> None:
    """Round 2: "with the exception of" was no carve-out, and a relative clause on the data
    left out ("except your number, which we never share") was read as the sharing's own
    negation."""
    assert classify(sentence).label == label, classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "The sharing described above excludes SMS consent records, except that phone "
            "numbers may be sold to data brokers.",
            "exception",
        ),
        (
            "These disclosures exclude mobile opt-in data, unless you agree to hear from our "
            "partners.",
            "exception",
        ),
        (
            "The categories above exclude text opt-in data, except as needed to pass it to "
            "advertising networks.",
            "exception",
        ),
        # near misses: an exception the reviewers accept keeps the exclusion
        (
            "The sharing described above excludes SMS consent records, except as required by law.",
            "promise",
        ),
        ("The categories above exclude mobile opt-in data.", "promise"),
    ],
)
def test_an_exclusion_carries_its_own_exception(sentence: str, label: str) -> None:
    """Round 2: "The above excludes opt-in data, except that mobile numbers may be provided to
    our lead buyers" read as the promise: the exclusion's own "except"/"unless" was not read."""
    assert classify(sentence).label == label, classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "SMS subscriber numbers are carved out of the disclosures listed in this notice.",
            "promise",
        ),
        (
            "Exempt from the sharing described above: cell numbers and texting consent.",
            "promise",
        ),
        (
            "Disclosing data to partners (see Section 5) never extends to your text opt-in "
            "records.",
            "promise",
        ),
        (
            "Section 3 does not cover numbers gathered for our text alerts; these are never "
            "disclosed.",
            "promise",
        ),
        ("Section 3 does not cover cell numbers; those remain with us.", "promise"),
        # near misses: the same shapes that put mobile data into the sharing
        ("Sharing with affiliates extends to your mobile number.", "exception"),
        ("Exempt from the sharing described above: cookie data.", "neutral"),
        ("Section 3 covers our text alerts; those are sent weekly.", "neutral"),
    ],
)
def test_more_wordings_of_an_exclusion(sentence: str, label: str) -> None:
    """Round 2: "carved out of", an exclusion that opens the sentence and names what it
    excludes after a colon, a gerund subject ("Sharing with affiliates never extends to ..."),
    and "those"/"these" after ";" pointing back at the data named before it."""
    assert classify(sentence).label == label, classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("We may pass your cell number to other stores in our mall program.", "exception"),
        (
            "Phone numbers may be given to our roofing contractor partners for their own "
            "promotions.",
            "exception",
        ),
        ("Texting lists may be sold to data brokers.", "exception"),
        # near misses: data that names no one, and recipients kept to running the service
        ("We may share anonymized metrics about our SMS alerts with our partners.", "neutral"),
        (
            "Our messaging partners may access your phone number solely to deliver our texts.",
            "allowed",
        ),
        (
            "Our partners may access your phone number solely to deliver texts and to market "
            "their own products.",
            "exception",
        ),
    ],
)
def test_who_receives_and_what_for(sentence: str, label: str) -> None:
    """Round 2: "other retailers", "data brokers", a compound recipient after "to" ("our
    insurance carrier partners") were no recipients; "de-identified statistics about our text
    program" read as the program's data; "partners ... only as needed to route messages" read
    as partners marketing."""
    assert classify(sentence).label == label, classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("We strive not to disclose your cell number where practical.", "neutral"),
        ("We seek to minimize disclosure of SMS subscriber data.", "neutral"),
        ("We won't sell or share your mobile number unless we notify you first.", "exception"),
        (
            "Your text opt-in data is kept confidential except where a partner requires it.",
            "exception",
        ),
        # near misses: the plain promise, with and without the words around it
        ("We never share your mobile number with third parties.", "promise"),
        ("Your text opt-in data is kept confidential.", "promise"),
        ("We will never share your mobile number, and we tell you how we use it.", "promise"),
    ],
)
def test_aims_and_notice_are_no_promise(sentence: str, label: str) -> None:
    """Round 2: "We try not to share ... whenever possible" and "We aim to limit sharing" read
    as promises; "without first telling you" did not lift the promise; "kept private unless a
    partner program requires it" was never read ("kept private" did not pass the first look)."""
    assert classify(sentence).label == label, classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Will you give my phone number to other businesses? No, never.", "promise"),
        ("Q: Is my SMS consent sold to anyone? A: No. It stays with us.", "promise"),
        (
            "Does your team share my cell number with affiliates? Yes, for their offers.",
            "exception",
        ),
        # near miss: a question mark that asks nothing about the sharing
        ("Questions? We may share your mobile number with our partners.", "exception"),
    ],
)
def test_a_question_answered_no_is_a_denial(sentence: str, label: str) -> None:
    """Round 2: an FAQ folded into one sentence ("Do you share my number ...? No.") read the
    asked verb as stated (and "you" as the visitor)."""
    assert classify(sentence).label == label, classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "No — cell numbers and text opt-in records are never given to or sold to outside "
            "companies for their marketing",
            "promise",
        ),
        ("No, we never pass your mobile number to third parties.", "promise"),
        ("Can my number be passed on? No - texting data is never shared with anyone.", "promise"),
        # near misses: the answer's clause shares, and a "No" that negates its noun
        ("No — your mobile number is shared with our partners for marketing.", "exception"),
        ("No, but cell numbers may be shared with our sister companies for offers.", "exception"),
        ("No mobile numbers are shared with third parties.", "promise"),
    ],
)
def test_an_answer_no_before_a_negated_clause_does_not_cancel_it(sentence: str, label: str) -> None:
    """Round 24: a table cell under "Shared with third parties for marketing?" read "No — mobile
    numbers ... are never shared with or sold to third parties"; the answer's "No" and the
    clause's "never" were counted as two negations of "shared", so the promise read as sharing
    and selling."""
    assert classify(sentence).label == label, classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("No divulgamos su número de celular a terceros para fines de mercadeo.", "promise"),
        ("Jamás compartimos ni vendemos los datos de mensajes de texto.", "promise"),
        ("Su consentimiento para recibir SMS es algo que no se comparte con nadie.", "promise"),
        # round 36: a negative quantifier in the subject negates the clause's verb
        (
            "Ningún dato de su celular será vendido ni cedido a terceros para publicidad.",
            "promise",
        ),
        (
            "Ninguna información de mensajes de texto se comparte con socios ni anunciantes.",
            "promise",
        ),
        # ... and does not reach past "pero" into a clause of its own
        (
            "Ningún cargo se cobra por los textos, pero podemos compartir su número de móvil "
            "con socios publicitarios.",
            "exception",
        ),
        # near misses: the exception, the sale alone, positive sharing, and no mobile data
        (
            "No compartimos su número de teléfono con terceros, salvo con su consentimiento.",
            "exception",
        ),
        ("No vendemos su número de celular.", "sale_promise"),
        ("Podemos compartir su número de móvil con nuestros socios publicitarios.", "exception"),
        ("No compartimos su dirección de correo electrónico con terceros.", "neutral"),
    ],
)
def test_a_spanish_sentence_of_a_bilingual_policy(sentence: str, label: str) -> None:
    """Round 2: bilingual US policies state the promise in Spanish too ("No compartimos su
    número de teléfono móvil ... con terceros"); the English reader read them as nothing."""
    assert classify(sentence).label == label, classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the subscriber's consent to receive the texts: nobody receives data
        (
            "Acme Tutoring sends text messages only to families who have given their school "
            "consent to receive them.",
            "neutral",
        ),
        (
            "Stores using Acme may send text messages to shoppers who have given express "
            "consent to receive them.",
            "neutral",
        ),
        ("We text only members who agreed to receive our SMS alerts.", "neutral"),
        # a purpose disclosed is a purpose told, not data handed over
        (
            "If you agree to receive SMS messages from Acme Bakery, your cell number and "
            "consent information are used for the messaging purposes disclosed at consent.",
            "neutral",
        ),
        (
            "Once you consent to receive SMS alerts from Acme Gym, your mobile number is used "
            "for the purposes disclosed at sign-up.",
            "neutral",
        ),
        (
            "Your cell number is used only for the purposes disclosed to you when you opted in.",
            "neutral",
        ),
        # near misses: the consent conditions a sharing verb, or data follows "receive"
        (
            "If you consent, our marketing partners may receive your mobile number.",
            "exception",
        ),
        ("With your consent, we may share your mobile number with partners.", "exception"),
        (
            "Sponsors who agreed to receive your phone number may text you offers.",
            "exception",
        ),
        ("Your mobile number may be disclosed to our marketing partners.", "exception"),
    ],
)
def test_consent_to_receive_the_texts_shares_nothing(sentence: str, label: str) -> None:
    """Round 36: "... patients who have given consent to receive them" read as the number
    shared on consent: "receive" was taken for a party receiving data, and "the purposes
    disclosed at consent" for data disclosed (issue 13: an exception is the consent
    governing a sharing verb)."""
    verdict = classify(sentence, heading="SMS messaging")
    assert verdict.label == label, verdict


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Transfer of text-message subscriber numbers to outside companies: never.", "promise"),
        ("Sharing of your cell number with our partners for their offers: we don't.", "promise"),
        ("Renting of SMS lists to marketers: we do not engage in that practice.", "sale_promise"),
        ("Who gets your texting consent: none outside our firm.", "neutral"),
        ("Recipients of your cell number: nobody outside our staff.", "promise"),
        ("Outside companies we disclose your SMS consent to: none.", "promise"),
        ("Cell numbers: never sold or shared with other businesses.", "promise"),
        ("Exclusions from our disclosures: your text-message opt-in data.", "promise"),
        (
            "Disclosure of phone numbers to insurers: yes, for their own quotes and offers.",
            "exception",
        ),
        ("Recipients of your cell number: our ad partners and lead buyers.", "exception"),
        # near misses: a label over a clause of its own, another kind of data, a question
        ("Sharing of data: we may share your mobile number with our affiliates.", "exception"),
        ("Disclosure of billing records to third parties: never.", "neutral"),
        ("Selling of customer details: we do not engage in this practice.", "general_promise"),
    ],
)
def test_a_labelled_field_states_its_clause(sentence: str, label: str) -> None:
    """Round 3: a promise written as a field ("Disclosure of mobile numbers ... : never",
    "Recipients of ... : none") has no verb to negate; the label names the act, the answer
    says whether it happens."""
    assert classify(sentence).label == label, classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Recipients of the data we gather, including phone numbers, include ad networks.",
            "exception",
        ),
        (
            "Sale of subscriber lists, including cell numbers, to our sister brands may occur.",
            "exception",
        ),
        ("Disclosure of text opt-in data to partners never occurs.", "promise"),
        # near miss: the act named as a topic, not said to happen
        ("Sale of our company's assets is covered in the section below.", "neutral"),
    ],
)
def test_sharing_stated_as_a_noun_with_its_predicate(sentence: str, label: str) -> None:
    """Round 2 and 3: "Recipients of X include Y" and "Sale of X to Y may occur" share."""
    assert classify(sentence).label == label, classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Cell numbers gathered for texting — disclosed to: nobody.", "promise"),
        ("Text opt-in records — disclosed to partners: no; sold: no.", "promise"),
        ("Category: cell phone number. Rented: no. Shared: no.", "promise"),
        ("Cell numbers — shared with: the texting vendor only, to send your alerts.", "promise"),
        ("Cell numbers — shared with: lenders and data brokers.", "exception"),
        ("Cell numbers — sold: no; shared with affiliates: yes.", "exception"),
        ("Category: cell number. Sold: no. Disclosed to others: yes, to ad networks.", "exception"),
        # near misses: no SMS data named; a column that lists data, not whether it is shared;
        # an open list of providers is the allowed sharing, not a closed one
        ("Personal data sold: none. Personal data rented: none.", "general_promise"),
        ("Categories of personal data disclosed for a business purpose: identifiers.", "allowed"),
        ("Cell numbers — shared with: the texting vendor.", "allowed"),
    ],
)
def test_a_table_row_written_as_a_sentence(sentence: str, label: str) -> None:
    """Round 31 (para8): a row of a data table flattened into a line names the data once and
    then each column as a field ("Mobile numbers — sold: no; shared with partners: yes";
    "Category: phone number. Sold: no. Shared: no."); each column reads "the data is (not)
    <act>"."""
    assert classify(sentence).label == label, classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Your cell number is never sold to brokers, but we do make it available to "
            "partner brands so they can send you deals.",
            "exception",
        ),
        (
            "We share purchase histories with our affiliates for their promotions, but your "
            "SMS opt-in and cell number are excluded.",
            "promise",
        ),
        (
            "We may pass billing records to our accountants, whereas numbers collected for "
            "text alerts remain in-house.",
            "promise",
        ),
        # near misses: the second clause shares the mobile data; no mobile data at all
        (
            "We share purchase histories with our affiliates, but your cell number is "
            "shared with our ad partners too.",
            "exception",
        ),
        (
            "We may pass billing records to our accountants, whereas receipts stay in-house.",
            "neutral",
        ),
    ],
)
def test_each_clause_of_a_contrast_is_decided(sentence: str, label: str) -> None:
    """Round 3: two clauses joined by "but" / "whereas": an exclusion after "but" excludes
    from the sharing of the clause before; "make it available" shares "it"."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


GROUP = {
    "promise": {"promise"},
    "exception": {"exception", "general_exception"},
    "neutral": {"neutral", "allowed", "general_promise", "sale_promise"},
}


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Data we disclose to partners does not include your texting consent.", "promise"),
        ("The recipients listed above never receive cell numbers gathered for texts.", "promise"),
        ("Our affiliates may get your profile other than your cell number.", "promise"),
        (
            "Sponsors may receive your entry details, excluding the phone number and SMS "
            "consent, which we never share.",
            "promise",
        ),
        # near misses: the set includes the number; the clause after the exclusion shares it
        ("Data we disclose to partners includes your texting consent.", "exception"),
        (
            "The above excludes SMS consent records, which we share with our ad partners.",
            "exception",
        ),
        ("Opt-in records for our email digest are excluded from all sharing.", "neutral"),
    ],
)
def test_exclusions_whose_subject_is_the_shared_set(sentence: str, label: str) -> None:
    """Round 3: the recipients or the shared set as the subject of an exclusion; an exclusion
    whose relative clause shares after all; another channel's opt-in data."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We may pass your profile, such as name, address and cell number, to other "
            "businesses whose products you might enjoy.",
            "exception",
        ),
        (
            "We never sell data, but we may share your contact info (such as phone) with sponsors.",
            "exception",
        ),
        ("Our partners, including insurers, may call you at the number you gave us.", "exception"),
        ("Contest entries, including your cell number, go to the contest sponsor.", "exception"),
        ("We have sold the following in the past year: name and phone number.", "exception"),
        (
            "Partners such as ad networks and data brokers, which may receive cell numbers "
            "for ad targeting.",
            "exception",
        ),
        # near misses: providers that text for us; the business itself; no data in the list
        ("Our SMS vendor may text you at the number you gave us.", "neutral"),
        ("We may call you at the number you gave us.", "neutral"),
        ("We have sold the following in the past year: gift cards and hats.", "neutral"),
    ],
)
def test_contact_details_that_go_to_marketers(sentence: str, label: str) -> None:
    """Round 3: the number named in a list of examples, partners that contact the subscriber
    with it, data as the subject of "go to"."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We never rent your info to brokers, and we never share your cell number with them.",
            "promise",
        ),
        ("Your number is not for sale, and we will never give it away.", "promise"),
        (
            "We do not profit from your cell number: no sale, no trade, no sharing with partners.",
            "promise",
        ),
        # near misses: the pronoun names one narrow kind of recipient; one item shares
        ("We will not share your cell number with debt collectors.", "neutral"),
        ("We never knowingly share the phone numbers of minors.", "neutral"),
    ],
)
def test_sale_words_that_go_on_to_sharing(sentence: str, label: str) -> None:
    """Round 3: a sale promise continued by a sharing promise ("..., and we never share it
    with them either", "no sale, no rental, no sharing")."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Your SMS number is kept from outside parties at all times.", "promise"),
        ("The cell numbers on our alert list stay between you and us.", "promise"),
        ("Any number you texted us from will not end up with other companies.", "promise"),
        ("The phone numbers you give us for texts are never handed out.", "promise"),
        ("Contacts on our text list are not bartered, sold or given away.", "promise"),
        (
            "Your mobile number is kept to ourselves, save for sharing it with partner brands "
            "for their own promotions.",
            "exception",
        ),
        # near misses: a number for something else; data in general; the keeping is denied
        ("Order numbers are kept from third parties.", "neutral"),
        ("Your browsing data stays between you and us.", "neutral"),
        ("We hand out flyers at our store.", "neutral"),
        ("Contacts on our text list are not bartered or sold to anyone.", "neutral"),
    ],
)
def test_data_kept_from_others_or_landing_with_them(sentence: str, label: str) -> None:
    """Round 4: the promise worded as keeping ("kept from third parties", "stays between you
    and us"), a number named by the texts it is for ("numbers ... for texts", "the number you
    texted from"), and the data as the subject of its motion ("won't end up on anyone's
    list")."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Your text opt-in data is not something we sell or share with anyone.", "promise"),
        ("The number on our SMS list is ours to keep, never ours to hand out or sell.", "promise"),
        ("Your cell number is something we share with sponsors.", "exception"),
        # near misses: the copula's subject is other data; a clause of its own after "and"
        ("Your email address is not something we share with marketers.", "neutral"),
        ("Your phone number is important, and we share data with partners.", "neutral"),
    ],
)
def test_sharing_said_of_mobile_data_through_a_copula(sentence: str, label: str) -> None:
    """Round 4: the verb in a clause that describes a subject ("X is not something we
    share"): what is shared is the subject before the copula."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Member stores never get the numbers on our text list.", "promise"),
        ("Our franchise owners may receive your mobile number.", "exception"),
        ("Data buyers receive the cell numbers collected on this page.", "exception"),
        ("Participating dealerships may use your mobile number to text you offers.", "exception"),
        # near misses: our own use; a provider's use for us; no data
        ("We may use your mobile number to send you order updates.", "neutral"),
        ("Our SMS vendor may use your number only to deliver our texts.", "neutral"),
        ("Participating locations may use our logo.", "neutral"),
    ],
)
def test_recipients_as_the_subject(sentence: str, label: str) -> None:
    """Round 4: sharing told from the recipient's side with recipients named as a brand's
    outlets or buyers ("participating locations", "franchise owners", "lead buyers"), and a
    recipient that "may use" the number holds it."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Other than cell numbers, we may sell our customer list to partner brands.", "neutral"),
        ("We lease mailing lists, excluding text opt-in data, to nonprofits.", "neutral"),
        ("We trade our list, save for SMS numbers, which we never share or sell.", "promise"),
        ("Barring mobile numbers, we may share customer data with advertisers.", "promise"),
        # near miss: a sharing verb beside the sale keeps the promise
        ("Except for text opt-in data, we may sell or share our lists with sponsors.", "promise"),
    ],
)
def test_mobile_data_left_out_of_a_sale_is_a_sale_promise(sentence: str, label: str) -> None:
    """Round 4: mobile data taken out of a sale only ("excluding mobile numbers, we may rent
    our list") says only that it is not sold; "save for" and "barring" carve out like
    "except"."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Besides our partner brands, which may text you deals, we keep your number private.",
            "exception",
        ),
        ("We keep your mobile number confidential.", "promise"),
        # near misses: the carve-out is the law; keeping asked of others or only aimed at
        ("Apart from what a court orders, we keep your cell number private.", "promise"),
        ("We require our vendors to keep your cell number confidential.", "neutral"),
        ("Our aim is to keep your SMS number private.", "neutral"),
        ("We keep your mobile number private wherever we can.", "neutral"),
    ],
)
def test_keeping_with_a_carve_out_before_it(sentence: str, label: str) -> None:
    """Round 4: a carve-out that opens the clause ("Apart from our affiliated brands, ...,")
    governs a promise worded as keeping the data; keeping that others are asked to do, or
    that is only a goal, is no promise of ours."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # rules and advice for others: the visitor, the staff
        ("You must never give your cell number to strangers who text you.", "neutral"),
        ("Text subscriber numbers must not be disclosed by staff members.", "neutral"),
        ("Phone numbers on our SMS list are not shared by volunteers.", "neutral"),
        # near misses: our own sharing, told as ours
        ("Phone numbers on our SMS list are never shared by us with anyone.", "promise"),
        ("You agree that we may share your cell number with sponsors.", "exception"),
    ],
)
def test_sharing_rules_for_the_visitor_or_the_staff(sentence: str, label: str) -> None:
    """Round 4: "You should not share your number" and "numbers may not be shared by
    employees" are rules for others, not the business's promise."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The sharing exceptions listed above do not apply to SMS opt-in data.", "promise"),
        (
            "Nothing above covers your SMS consent; that data is passed to sponsors as the "
            "rules describe.",
            "exception",
        ),
        (
            "The protections for your cell number do not limit sharing with partners, who may "
            "call you.",
            "exception",
        ),
        # near misses: the exceptions do apply; no mobile data under the limit
        ("These exceptions apply to every kind of data we hold.", "neutral"),
        ("The protections for your email do not limit our sharing with partners.", "neutral"),
    ],
)
def test_pointers_to_the_exceptions_and_limits_above(sentence: str, label: str) -> None:
    """Round 4: "The exceptions above do not apply to your mobile number" takes mobile data
    out of the sharing the policy allows; a limit on mobile data that "does not limit"
    sharing leaves that data's sharing open; "...; that data is shared" after a clause on
    mobile data is that data's sharing."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Your cell number is disclosed solely to our SMS vendor, and never to partners for "
            "their marketing.",
            "promise",
        ),
        # near misses: the recipients before the denial are partners; no marketing denial
        (
            "We give your cell number to our affiliates, but not to outside advertisers.",
            "exception",
        ),
        ("Your cell number is disclosed only to our SMS vendor.", "neutral"),
    ],
)
def test_recipients_after_an_elided_denial_are_kept_out(sentence: str, label: str) -> None:
    """Round 4: in "disclosed only to our SMS provider, and never to third parties for
    marketing" the parties after ", and never" are the ones the data is kept from."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We will never: give your cell number away; share your SMS consent with sponsors.",
            "promise",
        ),
        ("We do not: sell your cell number; share it with partners unless you agree.", "exception"),
        # near misses: a lead-in with its verb; only sale items
        ("We share: your cell number with partners; your email with vendors.", "exception"),
        ("We never: rent our SMS list; sell your cell number.", "neutral"),
    ],
)
def test_a_negated_lead_in_run_into_its_list(sentence: str, label: str) -> None:
    """Round 4: "We never: sell ...; pass ...; rent ..." in one sentence: each item after the
    colon is governed by the lead-in's negation, as under a lead-in of its own."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("You may ask us who has received your cell number.", "neutral"),
        ("We sell gift cards, never your cell number.", "neutral"),
        ("Lead buyers may purchase the cell numbers on our text list.", "exception"),
        # near misses: a relative "which" after the partners; the visitor buys things
        ("Our partners, which receive your cell number, may text you.", "exception"),
        ("You can buy gift cards with the phone number on your account.", "neutral"),
    ],
)
def test_questions_denied_objects_and_buyers(sentence: str, label: str) -> None:
    """Round 4: a question asked about recipients ("ask us which third parties have received
    it") states no sharing; "..., never your data" denies the object after the comma; a
    recipient that buys the list receives it."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("We aim not to share your cell number unless a sponsor's deal suits you.", "exception"),
        (
            "We work with sponsors, and they may receive your cell number for their offers.",
            "exception",
        ),
        ("We work with sponsors, and they never receive your cell number.", "promise"),
        # near misses: a hedge with no carve-out, or the law only; "they" after no recipient
        ("We try not to share your cell number.", "neutral"),
        ("We try not to share your cell number except as the law requires.", "neutral"),
        ("When you join, they will receive your cell number.", "neutral"),
    ],
)
def test_hedged_carve_outs_and_they_for_recipients(sentence: str, label: str) -> None:
    """Round 4: a hedged promise ("We try not to share ...") is none, but the carve-out it
    names ("unless a partner offer may interest you") is still an exception; "they" after a
    recipient named earlier in the sentence is that recipient."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Sponsors and partners: your cell number is never given to them.", "promise"),
        # near misses: "them" with no recipient named before it
        ("Your cell number is never given to them.", "neutral"),
        ("We send texts to them.", "neutral"),
    ],
)
def test_them_after_the_recipients_named_before(sentence: str, label: str) -> None:
    """Round 4: "Affiliates and sponsors: no mobile numbers are provided to them": "them" is
    the recipients the sentence named before the colon."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the thing lent names the data, the lending is no sharing verb
        (
            "Phone numbers collected for camera loan reminders are never shared with third "
            "parties or affiliates for marketing.",
            "promise",
        ),
        ("Your driver's license number and mobile number are never shared with anyone.", "promise"),
        # near misses: the verb "loan" / "license" still hands the number over or denies it
        ("We license your mobile number to partners.", "exception"),
        ("We never loan or license your mobile number to other companies.", "promise"),
        ("We will not sell, loan or share your cell number with anyone.", "promise"),
        ("Cell numbers collected for loan reminders may be shared with our partners.", "exception"),
    ],
)
def test_loan_and_license_as_nouns(sentence: str, label: str) -> None:
    """Round 26 (a media center's gear loans): in "collected for loan reminders" the word after
    "for" is a noun's modifier, like "rent" in "paying rent", not a verb whose recipients are
    the third parties the promise keeps the number from."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Cell numbers are never shared with affiliates for marketing, and are not used for "
            "anything other than sending the service alerts listed below.",
            "promise",
        ),
        (
            "Your cell number is not shared with partners and is never used other than as set "
            "out in this notice.",
            "promise",
        ),
        # near misses: the carve-out follows the sharing verb itself, or governs both verbs
        (
            "Your cell number will not be shared or used except as described in this policy.",
            "exception",
        ),
        (
            "Your cell number will not be shared with third parties except as described below, "
            "and is not used for any other purpose.",
            "exception",
        ),
        (
            "Your cell number is never shared other than as set out below, and is used only for "
            "our alerts.",
            "exception",
        ),
    ],
)
def test_a_carve_out_on_the_use_of_the_number_is_no_carve_out_of_sharing(
    sentence: str, label: str
) -> None:
    """Round 26: "..., and are not used for any purpose other than delivering the alerts
    described below" limits what the number is used for: the joined clause has its own verb
    ("used", after "and" and its auxiliaries), and its "other than" governs that verb, not the
    sharing denied before it."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We may share your cell number with third-party service providers that help us "
            "send our texts.",
            "neutral",
        ),
        ("We may pass your cell number to third party SMS vendors.", "neutral"),
        # near misses: third parties of their own, or providers beside marketers
        ("We may share your cell number with third parties.", "exception"),
        (
            "We may share your cell number with third-party service providers and marketing "
            "partners.",
            "exception",
        ),
        (
            "We may share your cell number with third-party service providers for their own "
            "marketing.",
            "exception",
        ),
    ],
)
def test_third_party_service_providers_are_providers(sentence: str, label: str) -> None:
    """Round 26 (an SMS policy's "Service Providers" item): "third-party" before "service
    providers" says where the providers stand, not that someone else receives the number."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We may pass your details to our partners. This excludes your SMS opt-in data.",
            "promise",
        ),
        (
            "Customer records go to our affiliates. None of the foregoing applies to cell "
            "numbers collected for text alerts.",
            "promise",
        ),
        (
            "We may share usage data with advertisers; this does not include your cell number.",
            "promise",
        ),
        (
            "We share data with: (a) our web host; (b) our affiliates. Text opt-in data is "
            "excluded from (a) and (b).",
            "promise",
        ),
        (
            "Our sister companies receive customer files; excluded from those files are the "
            "cell numbers of text subscribers.",
            "promise",
        ),
        (
            "We share customer data with our sponsors. Cell numbers are handled the same way.",
            "exception",
        ),
        (
            "We disclose data to our lenders and sponsors; these categories include cell numbers "
            "collected for texts.",
            "exception",
        ),
        # near misses: "this" after no sharing points at nothing shared; "the same way" after
        # sharing with the host that runs the site; "not ... the same way" takes the data out
        ("We use cookies. This excludes your cell number.", "neutral"),
        (
            "We share customer data with our web host. Cell numbers are handled the same way.",
            "neutral",
        ),
        (
            "We share customer data with our sponsors. Cell numbers are not handled the same way.",
            "promise",
        ),
    ],
)
def test_a_segment_that_points_back_at_the_sharing_before(sentence: str, label: str) -> None:
    """Round 26: "This excludes X", "None of the foregoing applies to X", "X is excluded from
    (a) through (c)" right after sharing stated in the same text take mobile data out of that
    sharing; "X is treated the same way" or "these categories include X" after sharing with
    partners put it in."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("No outside company will be given your cell number.", "promise"),
        ("Advertisers are never provided with your text opt-in data.", "promise"),
        (
            "Apart from our promotional partners, no company will be given your cell number.",
            "exception",
        ),
        (
            "Apart from the carrier that routes the text, no company will be given your cell "
            "number.",
            "promise",
        ),
        ("Our sponsors may be given your cell number.", "exception"),
        # near misses: the data as the passive's subject with its recipient after "to"; the
        # subscriber given an option
        ("Your cell number is given to our SMS vendor.", "neutral"),
        ("You will be given the option to stop texts at any time.", "neutral"),
    ],
)
def test_the_receiver_as_the_subject_of_a_passive_handover(sentence: str, label: str) -> None:
    """Round 26: "No third party will be given your mobile number" says who receives the
    number, as "no third party receives it" does."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Only our messaging vendor receives your cell number, and it uses it solely to send "
            "the alerts you requested.",
            "promise",
        ),
        (
            "We give cell numbers only to our texting platform, and only so it can deliver your "
            "reminders.",
            "promise",
        ),
        # near misses: the receivers restricted but not their use; a marketing use allowed is
        # no promise
        ("We give cell numbers only to our texting platform.", "neutral"),
        (
            "Only our texting platform receives your cell number, and it uses it solely to send "
            "you marketing from its partners.",
            "neutral",
        ),
    ],
)
def test_providers_whose_only_use_is_sending_the_texts(sentence: str, label: str) -> None:
    """Round 26: providers named as the only receivers whose use is restricted to sending the
    texts leave no marketing use: the promise, as "none of them may use it for marketing"."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Nothing here shall be read to permit disclosure of your text opt-in or cell number "
            "to outside companies.",
            "promise",
        ),
        (
            "Nothing here shall be read to limit disclosure of cell numbers to our advertising "
            "partners.",
            "exception",
        ),
        # near misses: the permission not denied; the data not mobile
        (
            "Nothing here shall be read to limit disclosure of cell numbers to our SMS vendor.",
            "neutral",
        ),
        ("Nothing here shall be read to permit disclosure of your postal address.", "neutral"),
    ],
)
def test_sharing_as_a_noun_under_a_denied_permission(sentence: str, label: str) -> None:
    """Round 26: "shall not be construed to permit disclosure of X" denies the sharing of X;
    "... to limit disclosure of X to marketing partners" lifts the hold on it."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We keep customer data private except with your consent; text opt-in data is never "
            "shared.",
            "promise",
        ),
        (
            "We do not share customer data except with your consent; cell numbers are never "
            "shared.",
            "promise",
        ),
        ("We may share your details with partners unless it is text opt-in data.", "promise"),
        ("Your cell number may be handed to the contest's sponsor.", "exception"),
        # near misses: the mobile clause carries the exception itself; "unless" with no data
        (
            "We do not share customer data except with your consent; cell numbers are never "
            "shared except with our partners.",
            "exception",
        ),
        ("We may share your cell number with our affiliates unless you object.", "exception"),
    ],
)
def test_a_mobile_promise_beside_a_general_exception(sentence: str, label: str) -> None:
    """Round 26: a clause of its own that denies sharing mobile data outright is the promise
    beside another clause's exception for data in general; "unless it is <mobile data>" leaves
    mobile data out of the sharing; an owner's "'s" may stand before the recipient."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We disclose data to: (1) our bank; (2) contest sponsors, including the cell number "
            "you entered; (3) our accountant.",
            "exception",
        ),
        (
            "Your cell number may be used by our sister brands to promote their products.",
            "exception",
        ),
        ("Your cell number is never used by our sister brands.", "promise"),
        ("We hold the cell numbers you share with us for order alerts to ourselves.", "promise"),
        # near misses: no item hands mobile data to a marketer; the user of the data is a
        # provider doing the texting; seen by anyone holding the phone is no sharing
        (
            "We disclose data to: (1) our bank; (2) our texting vendor; (3) our accountant.",
            "neutral",
        ),
        ("Your cell number is used by our SMS vendor to send your alerts.", "neutral"),
        ("A text can be seen by anyone who picks up your phone.", "neutral"),
    ],
)
def test_recipient_lists_passive_use_and_keeping(sentence: str, label: str) -> None:
    """Round 26: a sharing lead-in run into its list of recipients is read item by item; a
    passive "used by <recipient>" is the recipient's side of sharing; "keep ... to ourselves"
    with a long object between."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("We will not rent your cell number or let any advertiser use it.", "promise"),
        ("We never let outside companies access your cell number.", "promise"),
        ("We allow our partners to use your cell number for their promotions.", "exception"),
        # near misses: the one let use it is the provider that sends the texts, or the subscriber
        ("We allow our SMS vendor to use your cell number to send your alerts.", "neutral"),
        ("We allow you to use your cell number to log in.", "neutral"),
    ],
)
def test_letting_a_recipient_use_the_data(sentence: str, label: str) -> None:
    """Round 26: "allow any third party to use it" hands the data over, the recipient inside
    the verb phrase; joined to a denied sale, the denial covers it: the promise."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We never sell your cell number; we share it only with the carrier that routes our "
            "texts.",
            "promise",
        ),
        (
            "We do not rent cell numbers, and we disclose them solely as required by law.",
            "promise",
        ),
        # near misses: the sharing beside the denied sale is not restricted, or goes to partners;
        # the restriction alone is the allowed sharing
        (
            "We never sell your cell number; we share it with the SMS vendor that sends our texts.",
            "neutral",
        ),
        (
            "We never sell your cell number; we share it only with our marketing partners.",
            "exception",
        ),
        ("Your cell number is disclosed only to the carriers that route our texts.", "neutral"),
    ],
)
def test_a_denied_sale_beside_sharing_restricted_to_providers(sentence: str, label: str) -> None:
    """Round 26: "We do not sell mobile numbers, and we share them only as required by law or
    with the vendor that delivers our messages": the denied sale and the restricted sharing
    together say where the data may go, and no marketer is among them."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Text opt-in data stays with Acme Plumbing and the SMS vendor that sends our alerts.",
            "promise",
        ),
        ("Your cell number remains with Acme Plumbing.", "promise"),
        # near misses: a partner among those it stays with; it stays with the subscriber; a
        # hedge
        ("Your cell number stays with Acme Plumbing and our partners.", "neutral"),
        ("Your cell number remains with you.", "neutral"),
        ("We cannot guarantee that your cell number stays with Acme Plumbing.", "neutral"),
    ],
)
def test_mobile_data_that_stays_with_the_business_and_its_providers(
    sentence: str, label: str
) -> None:
    """Round 26: mobile data said to stay with the business (by name) and the providers that
    send its texts goes nowhere else: the promise, as "it stays with us" is."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("We never give outside companies access to your cell number.", "promise"),
        ("We give our partners access to your cell number.", "exception"),
        # near misses: the provider that sends the texts; the subscriber's own access
        ("We give our SMS vendor access to your cell number to send alerts.", "neutral"),
        ("We give you access to your account.", "neutral"),
    ],
)
def test_giving_a_recipient_access_to_the_data(sentence: str, label: str) -> None:
    """Round 26: "We do not give third parties access to <data>": the recipient right after
    the verb, then "access to" and the data, hands the data to that recipient."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Your cell number is ours alone; no partner gets a copy.", "promise"),
        ("Your text opt-in belongs to you and us, and no sponsor receives any copy.", "promise"),
        # near miss: a copy of something else
        ("Our partners get a copy of the receipt.", "neutral"),
    ],
)
def test_a_copy_of_the_data_named_before(sentence: str, label: str) -> None:
    """Round 26: "a copy" after mobile data named earlier in the sentence is a copy of it."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Selling cell numbers is forbidden here; transfers to sister brands for their "
            "promotions are permitted.",
            "exception",
        ),
        ("Sharing of cell numbers with our sponsors is permitted.", "exception"),
        ("Sharing of cell numbers with our sponsors is not permitted.", "promise"),
        ("Disclosure of text opt-in data to advertisers is prohibited.", "promise"),
        # near misses: permitted to the provider that sends the texts; no mobile data named
        ("Sharing of cell numbers with our SMS vendor is permitted.", "neutral"),
        ("Transfers to affiliates for their marketing are permitted.", "neutral"),
    ],
)
def test_sharing_as_a_noun_judged_by_its_predicate(sentence: str, label: str) -> None:
    """Round 26: a sharing noun that opens the clause ("transfers to affiliates for their
    marketing are permitted", "sharing of cell numbers with sponsors is prohibited") is judged
    by its predicate, not read as an act of sharing."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "This Privacy Policy explains how Harbor Clinic (“we,” “us”) collects, uses and "
            "discloses personal information when you sign up for appointment texts.",
            "neutral",
        ),
        ("This notice describes how we share your mobile number.", "neutral"),
        ("Section 4 tells you how we disclose customer data.", "neutral"),
        # near misses: the sharing after the description's clause is stated, not described
        (
            "This section explains our practices; we may share your mobile number with partners "
            "for marketing.",
            "exception",
        ),
        ("Here is how we share data: we sell your phone number to advertisers.", "exception"),
    ],
)
def test_what_the_policy_explains_allows_nothing(sentence: str, label: str) -> None:
    """Round 28 (real28a): "This Privacy Policy explains how X collects, uses, stores, and
    discloses personal information when you opt in to texts" says what the policy covers;
    the "how" clause after a verb of describing states no sharing."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


_EXCEPT_LIST = "We do not share your personal information with third parties except:"


@pytest.mark.parametrize(
    ("item", "label"),
    [
        ("To comply with legal requests, court orders, or subpoenas.", "neutral"),
        ("In response to government requests.", "neutral"),
        ("With our text delivery vendor, to send the messages you signed up for.", "neutral"),
        # near misses: the subscriber's own request, or a partner's, is the consent exception
        ("At your request.", "exception"),
        ("When you request it.", "exception"),
    ],
)
def test_a_request_by_the_law_is_no_consent_exception(item: str, label: str) -> None:
    """Round 28 (real28a): in an exception list, "to comply with legal requests, court
    orders" is the law's demand (allowed), not "at your request" (the subscriber's say-so)."""
    verdict = classify(item, lead_in=_EXCEPT_LIST)
    assert verdict.label in GROUP[label], verdict


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Anything you give us for text alerts stays with us.", "promise"),
        (
            "None of the details you submit with the text sign-up form are shared with "
            "third parties.",
            "promise",
        ),
        (
            "We share data with sponsors for marketing. This excludes information collected "
            "through our text-to-join keyword.",
            "promise",
        ),
        (
            "Everything you enter in the SMS box may be used by our sister brands to send you "
            "their offers.",
            "exception",
        ),
        # near misses: data handed over for something else; data given with no texting named
        (
            "None of the details you submit with the quote form are shared with third parties.",
            "neutral",
        ),
        ("Anything you give us for your order stays with us.", "neutral"),
    ],
)
def test_what_a_person_hands_over_for_the_text_program(sentence: str, label: str) -> None:
    """Round 28 (paraphrase set 6): data named by what the person gave for the texts
    ("anything you give us for text alerts", "information collected through the text-to-join
    keyword") is the mobile opt-in data, as "numbers you give us for texts" is."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We share your cell number only with our texting platform and as the law requires.",
            "promise",
        ),
        (
            "The only outside party that sees your cell number is the service that sends our "
            "reminders.",
            "promise",
        ),
        (
            "Notwithstanding the sharing above, your cell number is shared only with the "
            "vendor that delivers our texts.",
            "promise",
        ),
        (
            "We don't sell your cell number, and the only company that receives it is the "
            "texting platform we pay to send our alerts.",
            "promise",
        ),
        (
            "Cell numbers are not shared, except with the vendor that sends our reminders, and "
            "never for marketing.",
            "promise",
        ),
        # near misses: the restriction alone is the allowed sharing (round 26); a partner in the
        # closed set; marketing allowed in the carve-out
        ("Your cell number is disclosed only to the carriers that route our texts.", "neutral"),
        (
            "We share your cell number only with our texting platform, our partners and as the "
            "law requires.",
            "exception",
        ),
        (
            "Cell numbers are not shared, except with the vendor that sends our reminders and "
            "for marketing.",
            "exception",
        ),
    ],
)
def test_sharing_closed_to_the_providers(sentence: str, label: str) -> None:
    """Round 28 (paraphrase set 6): a restriction to the providers is the promise when the
    sentence also says no one else receives the number: it names both ways out (the providers
    and the law), its restricted set is the outside parties, it opens against the sharing
    before it, or it denies selling the number; a marketing purpose the carve-out itself
    denies ("and never for marketing") is kept out, not carved out."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("We sell products, not data.", "neutral"),
        ("Selling customer data is against our values; we have never done it.", "neutral"),
        ("Selling your data isn't our business.", "neutral"),
        ("We may sell your information to a buyer if we sell our business.", "neutral"),
        (
            "We sell products, not data — but your mobile number is shared with our referral "
            "partners.",
            "exception",
        ),
        # near misses: a sale the sentence states; the number named before the contrast
        ("Selling cell numbers to advertisers is how we fund the app.", "exception"),
        ("We sell your phone number, not your email, to advertisers.", "exception"),
        ("We may sell your information to advertisers.", "exception"),
    ],
)
def test_a_sale_sentence_that_sells_nothing(sentence: str, label: str) -> None:
    """Round 28 (paraphrase set 6): "We sell products, not data" sets the data against what is
    sold; "Selling customer data is against our values" names the act to reject it; "if we
    sell our business" is the merger reviewers accept. None states a sale of data."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Contact details may be given to our co-marketing partners. Cell numbers you give "
            "us for texts are not included.",
            "promise",
        ),
        (
            "We may trade customer lists with other shops. Numbers from our text club are never "
            "part of these lists.",
            "promise",
        ),
        (
            "We may disclose personal data to partners as described above; however, none of "
            "this applies to your cell number.",
            "promise",
        ),
        (
            "This policy permits sharing with sponsors, and that permission does not reach your "
            "cell number.",
            "promise",
        ),
        # near misses: left out of something else than the sharing; no sharing before it
        (
            "Contact details may be given to our co-marketing partners. Cell numbers are not "
            "included in our newsletter.",
            "neutral",
        ),
        ("We use cookies. Cell numbers are not included.", "neutral"),
    ],
)
def test_mobile_data_left_out_of_the_sharing_before(sentence: str, label: str) -> None:
    """Round 28 (paraphrase set 6): after a sentence that shares data, mobile data as the
    subject of a negated verb of scope with nothing or a pointer after it ("are not
    included", "are never part of these lists") is left out of that sharing; "however, none
    of this applies" and "and that permission does not reach" point back past their joint."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Unless the law requires it, we will not hand over the cell numbers on our list.",
            "promise",
        ),
        ("Your cell number goes to no marketer, broker or sponsor.", "promise"),
        ("Your cell number is passed along to our sponsors.", "exception"),
        # near misses: a recipient that is not denied; a handover of something else
        ("Your cell number goes to our marketing partners.", "exception"),
        ("We will not hand over your order history.", "neutral"),
    ],
)
def test_handover_idioms_and_a_denied_recipient(sentence: str, label: str) -> None:
    """Round 28 (paraphrase set 6): "hand over", "pass along" hand the data over with no
    recipient named; "goes to no marketer" denies the recipient of "to" ("no" is its
    determiner, as "our" would be)."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "If you give us your cell for delivery texts, we will not let any other company use "
            "it to reach you.",
            "promise",
        ),
        ("We may share your cell with our sponsors.", "exception"),
        # near miss: "cell" that is no one's phone
        ("We share cell tower coverage data with partners.", "neutral"),
    ],
)
def test_your_cell_is_the_number(sentence: str, label: str) -> None:
    """Round 28 (paraphrase set 6): "your cell" names the phone for its number, as "your
    number" does."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Our sister brands, meaning the shops we own, do not receive your cell number.",
            "promise",
        ),
        (
            "Our sister brands, meaning the shops we own, may receive your cell number.",
            "exception",
        ),
        (
            "We don't sell your data, and we only share your cell number with the vendor that "
            "sends our alerts.",
            "promise",
        ),
        # near misses: the restriction on the verb alone is the allowed sharing; a partner
        # among the recipients it names
        ("We only share your cell number with our texting vendor.", "neutral"),
        (
            "We don't sell your data, and we only share your cell number with our texting vendor "
            "and our sponsors.",
            "exception",
        ),
    ],
)
def test_the_subject_past_its_appositive_and_only_on_the_verb(sentence: str, label: str) -> None:
    """Round 28 (paraphrase set 6): an appositive between the receivers and "do not receive"
    leaves the receivers the subject; "only" on the sharing verb restricts the recipients it
    names, and beside a denied sale of data that is the promise."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Your cell number goes only to our texting platform, which may also use it to send "
            "you its own promotions.",
            "exception",
        ),
        # near miss: the restriction alone is the allowed sharing
        ("Your cell number goes only to our texting platform.", "neutral"),
    ],
)
def test_data_that_goes_only_to_a_recipient(sentence: str, label: str) -> None:
    """Round 28 (paraphrase set 6): "goes only to" is the verb of motion "goes to" with its
    restriction, read like it; the provider's own promotions are still an exception."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Phone numbers gathered for our appointment reminders do not leave our organization, "
            "except to the carrier that delivers the texts.",
            "promise",
        ),
        (
            "Your mobile number never leaves our office, except with your consent.",
            "exception",
        ),
        # near misses: a person leaving, not the data; data that leaves for marketers
        ("You can leave our practice at any time.", "neutral"),
        (
            "Phone numbers on our text list leave our company only for our marketing partners.",
            "exception",
        ),
    ],
)
def test_data_that_does_not_leave_the_business(sentence: str, label: str) -> None:
    """Round 30 (paraphrase set 7): the data as the subject of "leave our organization" is
    what is shared, read like "goes to"; the carve-out after it decides as after "share"."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Nobody outside our company (not partners, not affiliates, not advertisers) receives "
            "the phone numbers on our text list.",
            "promise",
        ),
        ("We never share your mobile number (not even with partners).", "promise"),
        # near misses: an aside that includes someone; a bracketed sentence of its own
        (
            "Our partners (including advertisers) receive the phone numbers on our text list.",
            "exception",
        ),
        ("We share your mobile number with others (not advertisers).", "exception"),
    ],
)
def test_an_aside_listing_who_is_kept_out(sentence: str, label: str) -> None:
    """Round 30 (paraphrase set 7): an aside whose items are each negated restates the
    negation around it; its partners are no recipients of the sharing denied."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "The phone numbers in our reminder system are used by our clinic alone and never "
            "shared with third parties.",
            "promise",
        ),
        ("Mobile numbers are collected at signup and shared with our partners.", "exception"),
        # near miss: a subject of its own after "and" (an active clause)
        (
            "Mobile numbers are collected at signup and we never share them with partners.",
            "promise",
        ),
        (
            "Mobile numbers may be shared only with the provider that transmits our messages, "
            "and never with marketers.",
            "promise",
        ),
        # near misses: no outsider kept out; no "only"
        (
            "Mobile numbers may be shared only with the provider that transmits our messages, "
            "and never for longer than a year.",
            "neutral",
        ),
        (
            "Mobile numbers may be shared with the provider that transmits our messages, and "
            "never with marketers.",
            "neutral",
        ),
    ],
)
def test_a_second_participle_and_outsiders_kept_out_beside_only(sentence: str, label: str) -> None:
    """Round 30 (paraphrase set 7): "are used by our clinic alone and never shared" is one
    passive with two participles, its subject the numbers; "only with the provider ..., and
    never with marketers" closes the number's way out to everyone but the provider."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a price bounds the handing-over: a sale, whatever the verb (issue 13: neither)
        ("We will never lease, license or exchange your phone number for value.", "neutral"),
        ("We do not exchange your phone number for money or any other benefit.", "neutral"),
        # "or otherwise" widens it to every handing-over; making available is sharing
        (
            "We do not make mobile numbers available to third parties, for consideration or "
            "otherwise.",
            "promise",
        ),
        ("We may make your mobile number available to our marketing partners.", "exception"),
        # near misses: no price; a price for something else than the number
        ("We do not exchange your phone number with anyone.", "promise"),
        ("We make our services available to customers.", "neutral"),
    ],
)
def test_handing_over_for_a_price_and_making_available(sentence: str, label: str) -> None:
    """Round 30 (paraphrase set 7): "for value", "for money or any other benefit" make any
    handing-over a sale (no sharing promise); "make X available" shares X."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a look-back period: a past fact, no promise
        (
            "We have not sold or shared personal information, including mobile numbers, in the "
            "preceding 12 months.",
            "neutral",
        ),
        ("In the preceding 12 months, we have not shared mobile numbers.", "neutral"),
        # near misses: the promise added after it; no look-back period
        (
            "We have not shared mobile numbers with third parties in the past 12 months, and we "
            "will not do so.",
            "promise",
        ),
        ("We have never shared your mobile number with third parties.", "promise"),
    ],
)
def test_a_past_fact_over_a_look_back_period(sentence: str, label: str) -> None:
    """Round 30 (paraphrase set 7): the CCPA's "we have not sold or shared ... in the
    preceding 12 months" reports the past; it binds nothing from today on."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a time limit on the denied verb: today's practice, no commitment
        ("Right now our company doesn't give subscriber phone numbers to marketers.", "neutral"),
        ("For the time being, we will not be handing your cell number over to anyone.", "neutral"),
        ("Your mobile number is presently not disclosed to outside firms.", "neutral"),
        (
            "We don't rent or share SMS subscriber numbers with other businesses at present.",
            "neutral",
        ),
        ("We never share your phone number with partners, but this could change.", "neutral"),
        (
            "We do not presently rent mobile numbers to anyone, though that may change and we "
            "will update this notice.",
            "neutral",
        ),
        # near misses: the limit governs another verb; the future is bound too
        ("The phone numbers we currently hold are never shared with third parties.", "promise"),
        ("Mobile numbers that are presently on file will not be shared with anyone.", "promise"),
        (
            "We do not currently, and will not in the future, share your mobile number with "
            "third parties.",
            "promise",
        ),
        (
            "We never share mobile numbers, and we will update this policy if anything changes.",
            "promise",
        ),
    ],
)
def test_a_denial_limited_to_the_present(sentence: str, label: str) -> None:
    """Round 38 (paraphrase set 15): "We currently do not share mobile numbers", "At this time
    we don't pass your number on", "... though this may change" report today's practice and
    leave tomorrow's open; only a time limit on the denied verb itself lifts the promise."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Selling your information is something we will never do.", "neutral"),
        ("Sharing your mobile number is something we will never do.", "promise"),
        # near misses: the predicate denies nothing
        ("Sharing your mobile number with partners is how we fund the app.", "exception"),
        (
            "Sharing your mobile number with partners is something we do to fund the app.",
            "exception",
        ),
    ],
)
def test_a_gerund_subject_its_predicate_denies(sentence: str, label: str) -> None:
    """Round 30 (paraphrase set 7): "Selling X is something we will never do" denies the
    act the gerund names (a sale only: no sharing promise)."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We do not rent your number; however, we exchange subscriber lists with partner "
            "brands.",
            "exception",
        ),
        # near misses: a list alone; a list the numbers are taken out of
        ("We share our customer list with partner brands.", "neutral"),
        (
            "Excluding mobile numbers, we may rent our subscriber list to like-minded "
            "organizations.",
            "neutral",
        ),
    ],
)
def test_a_list_of_subscribers_after_a_clause_on_the_number(sentence: str, label: str) -> None:
    """Round 30 (paraphrase set 7): the subscriber list handed over after a clause about the
    number is the list that number is on."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Section 3 describes how we share contact data with partners. Section 3 does not "
            "extend to mobile numbers collected for text messaging.",
            "promise",
        ),
        # the carve-out is about people, not SMS data: the sharing of phone numbers decides
        (
            "Section 3 describes how we share contact data, including phone numbers, with "
            "marketing partners. Section 3 does not extend to California residents who have "
            "opted out.",
            "exception",
        ),
        # near misses: the section named before is no sharing, or another section; a
        # description with no recipient names only a topic
        (
            "Section 3 describes your rights. Section 3 does not extend to mobile numbers "
            "collected for text messaging.",
            "neutral",
        ),
        (
            "Section 3 describes how we share email addresses with partners. Section 3 does not "
            "extend to California residents who have opted out.",
            "neutral",
        ),
        ("This notice describes how we share your mobile number.", "neutral"),
    ],
)
def test_an_exclusion_by_section_reference(sentence: str, label: str) -> None:
    """Round 30 (paraphrase set 7): "Section 3 does not extend to mobile numbers" takes them
    out of the sharing an earlier sentence says Section 3 lays out; "describes how we share
    X with marketing partners" states a sharing with its recipients."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "The third-party sharing in Section 6 applies to everything we collect, including "
            "mobile numbers, except health records.",
            "exception",
        ),
        (
            "Third parties may receive the data described above, mobile numbers and SMS consent "
            "being excluded in every case.",
            "promise",
        ),
        # near misses: the except governs the mobile data; the absolute phrase includes it;
        # the sharing the scope verb names is with service providers
        (
            "The third-party sharing in Section 6 applies to everything we collect, except "
            "mobile numbers.",
            "promise",
        ),
        (
            "Third parties may receive the data described above, mobile numbers being one of them.",
            "exception",
        ),
        (
            "Our sharing with service providers applies to everything we collect, including "
            "mobile numbers.",
            "neutral",
        ),
    ],
)
def test_what_except_and_an_absolute_phrase_govern(sentence: str, label: str) -> None:
    """Round 30 (paraphrase set 7): third-party sharing that "applies to everything, including
    mobile numbers, except health records" includes the numbers (the except governs the
    records); ", mobile numbers ... being excluded in every case" leaves them out."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # blind round 30's second real set: the vendor that carries the texts to the phone
        # delivers the business's messages, whoever asked for them
        (
            "Phone numbers are shared only with the messaging provider that delivers the texts "
            "you asked for.",
            "allowed",
        ),
        ("We share your number with the carrier that routes these messages to you.", "allowed"),
        # near misses: recipients who reach the subscriber on their own
        (
            "We share your number with the contractors we send, who may text you directly.",
            "exception",
        ),
        ("We may share your number with partners who send you their own messages.", "exception"),
    ],
)
def test_a_recipient_that_delivers_the_texts_acts_for_the_business(
    sentence: str, label: str
) -> None:
    assert classify(sentence).label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("We will not pass your cell number on.", "promise"),
        ("Your texting number is never passed on to anyone.", "promise"),
        ("We may pass your cell number along to the event sponsor.", "exception"),
        ("We never hand your cell number over to marketers.", "promise"),
        # near miss: something else passed on
        ("We pass the discount on to you.", "neutral"),
    ],
)
def test_pass_on_with_its_object_inside(sentence: str, label: str) -> None:
    """Round 31 (para8): "We won't pass your number on": the phrasal verb closes around its
    object, as "make mobile numbers available" does; the object is what is shared."""
    assert classify(sentence).label == label, classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Whether you text us from home or abroad, your cell number is never shared with "
            "outside companies.",
            "promise",
        ),
        ("If you do not reply, we may share your cell number with our sponsors.", "exception"),
        ("Whether or not you buy, we may share your cell number with our sponsors.", "exception"),
        # near misses: "whether" after a verb asks; the main clause's own negation
        ("You may ask whether your cell number is shared with outside companies.", "neutral"),
        ("If you opt in, we will not share your cell number with our sponsors.", "promise"),
    ],
)
def test_a_sentence_opening_clause_keeps_its_own_words(sentence: str, label: str) -> None:
    """Round 31 (para8): a clause that opens the sentence and ends at its comma ("Whether you
    get our texts in English or Spanish, ...", "If you do not reply, ...") is no question
    about the sharing after it, and its "not" negates the condition, not the sharing."""
    assert classify(sentence).label == label, classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Cell numbers will not be shared with outside companies unless you give us your "
            "consent.",
            "exception",
        ),
        (
            "We will not share your cell number with partners unless you have granted us your "
            "written permission.",
            "exception",
        ),
        # near misses: the consent is what is shared, or a clause of its own
        ("We never share the text opt-in consent you give us.", "promise"),
        (
            "We will not share your cell number with partners, and you give us your consent to "
            "text you.",
            "promise",
        ),
    ],
)
def test_a_condition_that_gives_the_consent(sentence: str, label: str) -> None:
    """Round 31 (para8): "unless you give us your consent" is "unless you consent": the
    marker governs the giving verb, and what is given is the consent (issue 13)."""
    assert classify(sentence).label == label, classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We never share your cell number, except with the lenders who want to send you "
            "loan offers.",
            "exception",
        ),
        # near misses: recipients that send the business's own texts
        (
            "We never share your cell number, except with the vendor that sends you our alerts.",
            "promise",
        ),
        (
            "We never share your cell number, except with the carriers who deliver the texts we "
            "send you.",
            "promise",
        ),
    ],
)
def test_an_excepted_recipient_that_sends_its_own_messages(sentence: str, label: str) -> None:
    """Round 31 (para8): "except with the insurance carriers who want to send you quotes": the
    relative clause says the recipients send their own messages, so they are no carriers
    delivering the business's texts."""
    assert classify(sentence).label == label, classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("You may ask us to stop selling your personal data whenever you like.", "neutral"),
        ("You may ask us to stop sharing your cell number with our sponsors.", "exception"),
        (
            "We never sell cell numbers; you may ask us to stop sharing yours with our sponsors.",
            "exception",
        ),
        # near miss: the business says it sells, and stops only when asked
        ("We will stop selling your personal data when you ask.", "exception"),
    ],
)
def test_a_right_to_stop_the_sharing(sentence: str, label: str) -> None:
    """Round 31 (para8): the right to ask the business to stop selling data in general is the
    opt-out every CCPA policy states, no exception; asked of the number ("stop sharing yours
    with partners") it says the number is shared."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We never sell your cell number to list brokers, but we do hand it to them free.",
            "exception",
        ),
        # near miss: "them" stands for the provider that sends the texts
        (
            "We never sell your cell number to our texting vendor, but we do give it to them to "
            "send our alerts.",
            "neutral",
        ),
    ],
)
def test_them_stands_for_the_recipients_named_before(sentence: str, label: str) -> None:
    """Round 31 (para8): "We do not sell your number to lead buyers, but we do give it to them
    at no charge": "them" are the lead buyers set against the denied sale."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("We will never share your personal data, except as described in this notice.", "neutral"),
        # near misses: the number's own promise gives way; the carve-out names partners or consent
        ("We never share your cell number except as described in this notice.", "exception"),
        (
            "We will never share your personal data, except with sponsors as described below.",
            "exception",
        ),
        ("We will never share your personal data except with your consent.", "exception"),
    ],
)
def test_a_general_promise_that_points_elsewhere(sentence: str, label: str) -> None:
    """Round 31 (para8): a promise about data in general whose "except" only points at the
    sharing the policy describes elsewhere adds no sharing of its own and names no number."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We never share your cell number, except that we may share your postal address "
            "with our catalog partners.",
            "promise",
        ),
        # near misses: the carve-out shares the number itself, or data that may hold it
        (
            "We never share your cell number, except that we may share it with our catalog "
            "partners.",
            "exception",
        ),
        (
            "We never share your cell number, except that we may share your contact details "
            "with our catalog partners.",
            "exception",
        ),
    ],
)
def test_an_exception_about_other_data(sentence: str, label: str) -> None:
    """Round 31 (para8): "except that we may share your mailing address with catalog
    partners": the carve-out is a sharing clause of its own about other data, and the
    promise about the number stands whole."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "The above does not apply to our sister companies, which may text you deals.",
            "exception",
        ),
        ("This does not apply to our affiliates.", "exception"),
        (
            "This does not apply once you have given us permission to share it with sponsors.",
            "exception",
        ),
        # near misses: things, not recipients; the providers; the law; the number itself
        ("This does not apply to third-party websites linked from our site.", "neutral"),
        ("The above does not apply to our partners' own privacy practices.", "neutral"),
        ("This does not apply to our service providers.", "neutral"),
        ("This does not apply where the law requires disclosure.", "neutral"),
    ],
)
def test_a_carve_out_of_the_promise_before(sentence: str, label: str) -> None:
    """Round 31 (para8): after a promise about mobile data, "The above does not apply to our
    affiliated brands" or "This does not apply where you have given us consent" takes
    recipients or a condition out of the promise: an exception. Read after a mobile topic."""
    assert classify(sentence, previous="mobile").label in GROUP[label], classify(
        sentence, previous="mobile"
    )


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Your cell number goes nowhere except into our own texting system.", "promise"),
        ("Your cell number goes nowhere except to our marketing partners.", "exception"),
        # near miss: something else goes nowhere
        ("Your order goes nowhere until you pay.", "neutral"),
    ],
)
def test_data_that_goes_nowhere(sentence: str, label: str) -> None:
    """Round 31 (para8): "Your number goes nowhere" denies the number's going anywhere; an
    "except" into the business's own system names no recipient."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Cell numbers are the one thing we never pass on; the rest may go to our ad partners.",
            "promise",
        ),
        ("Your cell number is the one thing we share with partners.", "exception"),
        # near misses: excluded from the data a relative clause shares; no thing named
        ("Your text consent is excluded from the data we share with our partners.", "promise"),
        ("Cell numbers are what we protect most.", "neutral"),
    ],
)
def test_the_thing_a_relative_clause_shares(sentence: str, label: str) -> None:
    """Round 31 (para8): "Mobile numbers are the one thing we never hand over": the relative
    clause's object is the thing, which the copula says is the mobile numbers."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We may share information with service providers: third-party services that help "
            "us operate the site (e.g., hosting, SMS delivery) under confidentiality agreements.",
            "neutral",
        ),
        ("We may share your mobile number with vendors that help us send the texts.", "neutral"),
        # near misses: what they help with is marketing, or no work for the business is named
        ("We share your mobile number with partners who help us run promotions.", "exception"),
        ("We may share your mobile number with partners who help us grow.", "exception"),
    ],
)
def test_a_recipient_that_helps_us_operate_works_for_the_business(
    sentence: str, label: str
) -> None:
    """Blind round 31 (a real documentary's policy: "Third-party services that help us operate
    the site (e.g., hosting, SMS delivery)"): "help us operate" leaves out the "to" the
    operations purpose was read with, so the SMS delivery vendor read as an outside party."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Do we share your phone number with anyone? We don't.", "promise"),
        ("Q: Will you give my cell number to marketers? A: We won't.", "promise"),
        ("Will my mobile number ever be shared with sponsors? It won't.", "promise"),
        (
            "Is my SMS opt-in shared? Only with the platform that sends our texts, and never"
            " with anyone for their own marketing.",
            "promise",
        ),
        ("Who sees my cell number? Our staff and our SMS provider, nobody else.", "promise"),
        ("Who receives my mobile number? Only the carrier that delivers our texts.", "promise"),
        (
            "Is my mobile number sold or passed to other companies? No, it is neither sold nor"
            " passed to anyone else.",
            "promise",
        ),
        # near misses: the answer says yes, or names outsiders; the question asks of email
        ("Do you share my mobile number with partners? Yes, we do.", "exception"),
        ("Is my SMS opt-in shared? Yes, with our marketing partners.", "exception"),
        (
            "Who sees my cell number? Our SMS provider and our advertising partners, nobody else.",
            "exception",
        ),
        ("Who sees my cell number? Our staff and our sponsors.", "exception"),
        ("Do we share your email address? We don't.", "neutral"),
        ("Does the clinic share my phone number? Please see the section on sharing.", "neutral"),
    ],
)
def test_a_question_answered_in_the_same_line(sentence: str, label: str) -> None:
    """Blind round 32 (para9): an FAQ's question and its elided answer make one statement.
    "We don't." and "Only with X" take the question's verb and object; a "who" question's
    answer names its subject, and "nobody else" closes the list."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Your cell number and text consent will never be handed over to advertisers.", "promise"),
        ("We don't give out your mobile number.", "promise"),
        ("Your cell number is never given out.", "promise"),
        # near misses: handed over to partners; a passive whose subject receives; an opt-out
        ("Your cell number may be handed over to our marketing partners.", "exception"),
        ("No third party will be given your mobile number.", "promise"),
        ("We give you an opt-out in every text.", "neutral"),
    ],
)
def test_handed_over_and_given_out(sentence: str, label: str) -> None:
    """Blind round 32 (para9): "be handed over to" keeps the data as subject (the particle is
    no object, as "be given your number" has), and "give out" hands the data to anyone."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Apart from our SMS vendor, which may not use it for anything else, no one gets your"
            " mobile number.",
            "promise",
        ),
        # near misses: the aside's list stays in it; the carved-out recipient is a partner
        ("Your SMS data, which is not sold, rented, or shared, stays with us.", "promise"),
        (
            "Other than our marketing partners, who may not sell it, nobody gets your mobile"
            " number.",
            "exception",
        ),
    ],
)
def test_a_relative_aside_negates_only_itself(sentence: str, label: str) -> None:
    """Blind round 32 (para9): the "not" of a relative clause set off by commas ("who may
    not use it for any other purpose,") is the aside's; the main clause resumes after it."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("We never rent our SMS list, and the list never leaves our office.", "promise"),
        ("We don't sell your mobile number, and we share the number with sponsors.", "exception"),
        # near miss: "the list" repeats a list that is no mobile data
        ("We don't rent our customer list, and the list never leaves our office.", "neutral"),
    ],
)
def test_the_noun_repeated_points_back(sentence: str, label: str) -> None:
    """Blind round 32 (para9): "the list" after "our text list" is that list, as "it" is."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We do not share mobile opt-in data with anyone, except that our carrier partners"
            " see the number to deliver the message.",
            "promise",
        ),
        # near miss: partners who are no carriers
        (
            "We do not share mobile opt-in data with anyone, except that our marketing partners"
            " see the number.",
            "exception",
        ),
    ],
)
def test_carrier_partners_deliver_the_texts(sentence: str, label: str) -> None:
    """Blind round 32 (para9): "carrier partners" are the carriers, called partners."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Cell numbers are not shared except with firms that buy leads from us.", "exception"),
        ("We never pass on your cell number unless you say so.", "exception"),
        ("We never share text opt-in data unless you tell us it's fine.", "exception"),
        (
            "We do not share cell numbers with outside parties, other than as you may instruct.",
            "exception",
        ),
        ("Cell numbers are never sold. They may be shared with our affiliates.", "exception"),
        # near misses: a consent that is a thing excluded; "they" who share nothing; provider
        (
            "We may share information for the purposes above, other than SMS consent, which is"
            " shared with no one.",
            "promise",
        ),
        ("Cell numbers are never sold. They are shared only with our SMS vendor.", "promise"),
    ],
)
def test_consent_in_plain_words_and_buyers_of_leads(sentence: str, label: str) -> None:
    """Blind round 32 (para9): "unless you say it's okay" and "other than as you may direct"
    are the subscriber's say-so; companies named by buying leads or lists are partners; "they"
    as the subject of a passive sharing verb is the data named before."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We do not share your cell number with third parties, but our affiliates may contact"
            " you by text about their own products.",
            "exception",
        ),
        (
            "We may share data with these recipients: hosting providers, and texting partners"
            " who may text you their own promotions.",
            "exception",
        ),
        (
            "We never sell your cell number, but partners we work with may text you their deals.",
            "exception",
        ),
        # near misses: texting for the business, a denied contact, email not texts
        (
            "We never share your cell number; the vendor we use may text you our reminders.",
            "promise",
        ),
        (
            "We do not share your cell number; our SMS vendor may text you appointment"
            " reminders on our behalf.",
            "promise",
        ),
        ("We never share your cell number, and no partner will ever text you.", "promise"),
        (
            "We do not share your cell number; our affiliates may email you about their products.",
            "promise",
        ),
    ],
)
def test_a_recipient_that_texts_on_its_own_account(sentence: str, label: str) -> None:
    """Blind round 32 (para9): whoever texts the subscriber holds the number; a partner that
    texts it, or any recipient texting its own offers, is the sharing the promise denies."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Personal data may be shared as set out above, except for SMS opt-in data and"
            " consent, which are never shared.",
            "promise",
        ),
        (
            "Our partner sharing covers purchase history only and never extends to text opt-in"
            " data.",
            "promise",
        ),
        # near misses: a consent condition after "except"; the sharing extends to it; buyers
        ("We never share your cell number except with your consent.", "exception"),
        (
            "Our partner sharing covers purchase history and extends to text opt-in data.",
            "exception",
        ),
        ("Partners may purchase data from us, including your cell number.", "exception"),
    ],
)
def test_a_thing_excepted_and_a_second_predicate_of_scope(sentence: str, label: str) -> None:
    """Blind round 32 (para9): "except for X and consent" names things taken out, not a
    condition; in "covers purchase data only and never extends to SMS data" the second
    predicate decides, and "purchase data" is a record, not buying."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We may give subscriber lists to our sponsors. Subscriber lists do not include the"
            " cell numbers of text subscribers.",
            "promise",
        ),
        (
            "Parts 3 and 4 explain when we share data; neither part applies to cell numbers"
            " collected for texts.",
            "promise",
        ),
        # near misses: the lists include the numbers; the subject is a recipient
        (
            "We may give subscriber lists to our sponsors. Subscriber lists include the cell"
            " numbers of text subscribers.",
            "exception",
        ),
        ("We share your email with partners. Partners do not receive cell numbers.", "promise"),
    ],
)
def test_a_subject_that_names_the_shared_thing_again(sentence: str, label: str) -> None:
    """Blind round 32 (para9): after sharing, a subject that repeats what was shared or what
    describes the sharing ("Customer lists do not include ...", "neither section applies to
    ...") takes the mobile data out of it, or puts it in."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "The exclusion above for text opt-in data does not apply if you sign up for a"
            " sponsor's offer on our site, in which case your cell number goes to that sponsor.",
            "exception",
        ),
        # near miss: the case is the law's
        (
            "The exclusion above for text opt-in data does not apply when the law requires it.",
            "neutral",
        ),
    ],
)
def test_an_exclusion_lifted_in_some_case(sentence: str, label: str) -> None:
    """Blind round 32 (para9): a limit on sharing mobile data that "does not apply if ..."
    is lifted in that case: an exception (the law's case excepted)."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Passing your cell number to lead buyers is part of how our quote service works.",
            "exception",
        ),
        # near miss: the gerund names the sharing a verb of scope limits
        ("Sharing with affiliates never extends to your cell number.", "promise"),
    ],
)
def test_a_gerund_that_is_how_the_business_works(sentence: str, label: str) -> None:
    """Blind round 32 (para9): "Sharing with lead buyers is part of how our service works"
    states the act; "part of" here says how the business works, not what a set includes."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Your cell number is not shared with other members in group chats.", "neutral"),
        ("Your cell number won't be posted or shared publicly on our site.", "neutral"),
        (
            "Phone numbers you give us for deliveries are passed to our courier partners so"
            " they can reach you at the door.",
            "neutral",
        ),
        # near misses: third parties named beside the narrow one; a number for texts
        ("Your cell number won't be shared publicly or with third parties.", "promise"),
        ("Your cell number is not shared w/ 3rd parties.", "promise"),
        ("Phone numbers you give us for text alerts are shared with our partners.", "exception"),
    ],
)
def test_narrow_promises_and_numbers_for_deliveries(sentence: str, label: str) -> None:
    """Blind round 32 (para9): a passive denial with one kind of recipient after its verb
    ("not shared with other customers") or none ("shared publicly") is no promise about third
    parties; a number given for deliveries is no opt-in data, and couriers are providers."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("We will never pass your mobile number to lead generators.", "promise"),
        ("We may pass your cell number to lead generators.", "exception"),
        ("We do pass your number to our family of companies so they can offer deals.", "exception"),
        ("Your text opt-in is never shared with our group of brands.", "promise"),
        # near misses: generators that are no recipient; a family that is the subscriber's
        ("We use your mobile number to send texts about our power generators.", "neutral"),
        ("You may share your cell number with your family.", "neutral"),
    ],
)
def test_lead_generators_and_a_family_of_companies(sentence: str, label: str) -> None:
    """Blind round 33 (para10): lead generators trade in contacts, and "our family of
    companies" names the group's other brands: both are recipients that market."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We do not sell SMS data; our sister companies, however, may receive it to send"
            " you offers.",
            "exception",
        ),
        ("Our affiliates, however, do not receive your mobile number.", "promise"),
        # near miss: ", however," before a new subject still opens a clause of its own
        ("We do not share your cell number with partners, however, we may sell it.", "exception"),
    ],
)
def test_however_between_a_subject_and_its_verb(sentence: str, label: str) -> None:
    """Blind round 33 (para10): "however" set off by commas right before the auxiliary is an
    aside inside one clause; the subject before it is the verb's."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Your opt-in to receive texts, and the number attached to it, stays with us and is"
            " not shared with other companies.",
            "promise",
        ),
        ("Categories of recipients for SMS consent data: none.", "promise"),
        ("Categories of recipients for SMS consent data: marketing partners.", "exception"),
        ("Your mobile number stays private.", "promise"),
        (
            "Your mobile number stays private unless you tell us you'd like offers from our"
            " partner stores.",
            "exception",
        ),
        ("Your cell number may be shared with select retailers.", "exception"),
        # near misses: the e-mail's recipients; a password kept private; "select" as a verb
        ("Categories of recipients for email data: none.", "neutral"),
        ("Your account password stays private.", "neutral"),
        ("Select your text preferences; we never share your mobile number with others.", "promise"),
    ],
)
def test_an_opt_in_noun_a_recipients_column_and_staying_private(sentence: str, label: str) -> None:
    """Blind round 33 (para10): "your opt-in to receive texts" is the consent record; a
    disclosure table's "Categories of recipients for X: none" answers who receives X; data
    that "stays private" is kept as "kept private" is, and "unless you tell us" lifts it;
    "select retailers" are businesses picked to receive it."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Text program data is never shared except to protect someone's safety in an"
            " emergency, as the law allows.",
            "promise",
        ),
        # near misses: the law's permission as the carve-out itself, or a second case
        ("Text program data is never shared except as the law allows.", "exception"),
        (
            "Text program data is never shared except to protect someone's safety, or as"
            " otherwise permitted by law.",
            "exception",
        ),
        ("Text program data is never shared except with partners, as the law allows.", "exception"),
    ],
)
def test_the_law_allowing_a_case_already_named(sentence: str, label: str) -> None:
    """Blind round 33 (para10): ", as the law allows" after a case of safety or the law that
    the carve-out names says that case is lawful; it is no carve-out as wide as the law."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Information may be shared with our affiliates. For clarity, that never includes"
            " numbers from our SMS list.",
            "promise",
        ),
        (
            "For clarity, 'partners' includes the companies that may text you offers using the"
            " number you gave us.",
            "exception",
        ),
        ("Our partners may text you offers using your mobile number.", "exception"),
        (
            "The rules in this section do not extend to text-program numbers, which we will at"
            " no time disclose to third parties.",
            "promise",
        ),
        ("We collect your cell number, which we never share with third parties.", "promise"),
        ("We collect your cell number, which we may share with our partners.", "exception"),
        # near misses: our own texts; the e-mail before "which"; the verb after the relative
        ("We may text you offers using the number you gave us.", "neutral"),
        ("We collect your email address, which we never share with third parties.", "neutral"),
        (
            "We collect your cell number, which we use to send texts, and we never share your"
            " email with third parties.",
            "neutral",
        ),
    ],
)
def test_a_clarifying_opener_offers_texted_and_a_relative_antecedent(
    sentence: str, label: str
) -> None:
    """Blind round 33 (para10): "For clarity," only says the sentence clarifies, and the
    pointer after it still opens the clause; companies that "text you offers using the
    number" hold it; in ", which we never share" what is shared is the noun before "which"."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Selling your number? Never. Sharing it with advertisers? Also never.", "promise"),
        ("Sharing your cell number with advertisers? Also yes.", "exception"),
        (
            "Mobile data may be provided to a buyer of our business, who may use it to market"
            " its own products.",
            "exception",
        ),
        (
            "In the event of a merger we may transfer customer records; the no-sharing promise"
            " for your mobile number continues to bind any successor.",
            "promise",
        ),
        (
            "Any of the sharing above is limited to email and postal data — never the number"
            " you text us from.",
            "promise",
        ),
        (
            "We never share SMS data. This excludes cases where you've asked us to connect you"
            " with a partner lender, who will then contact you.",
            "exception",
        ),
        # near misses: the merger's transfer alone; a promise that does not survive; the
        # sharing limited to the number itself; the law's case; data excluded, not cases
        ("Mobile data may be transferred to a buyer of our business.", "neutral"),
        (
            "The no-sharing promise for your mobile number does not continue to bind a successor.",
            "neutral",
        ),
        ("Our promise about your email address continues to bind any successor.", "neutral"),
        ("The sharing above is limited to email and postal data.", "neutral"),
        ("We never share SMS data. This excludes cases where the law requires it.", "promise"),
        ("We never share SMS data. This excludes your email address.", "promise"),
    ],
)
def test_answers_again_buyers_promises_kept_and_cases_excluded(sentence: str, label: str) -> None:
    """Blind round 33 (para10): "Also never." answers as "Never." does; a buyer of the
    business is the merger's recipient, an exception when it markets with the data; a promise
    about mobile data that "continues to bind any successor" stays; sharing "limited to email
    and postal data — never the number" keeps the number out; "This excludes cases where you
    asked us to connect you with a partner" takes cases out of the promise."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "The sale of your phone number to third parties is prohibited by our policy, as is"
            " any other sharing for marketing.",
            "promise",
        ),
        ("Sharing your phone number for marketing is prohibited by our policy.", "promise"),
        ("Sharing your phone number with partners is permitted.", "exception"),
        # near misses: the sale alone; the e-mail address
        ("The sale of your phone number to third parties is prohibited by our policy.", "neutral"),
        ("Sharing your email address for marketing is prohibited by our policy.", "neutral"),
    ],
)
def test_sharing_prohibited_as_a_gerund_or_as_is(sentence: str, label: str) -> None:
    """Blind round 33 (para10): ", as is any other sharing for marketing" says the predicate
    of the sale again of the sharing; a gerund with its object ("Sharing your phone number")
    is judged by its predicate as "Sharing of your phone number" is."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Numbers from our text reminders are used only by us and the platform that delivers"
            " our messages.",
            "promise",
        ),
        (
            "Only our front-desk team uses the cell numbers collected through the text sign-up.",
            "promise",
        ),
        ("Your SMS opt-in data stays in-house.", "promise"),
        ("Text club numbers are limited to internal use.", "promise"),
        (
            "Cell numbers for our text alerts are never rented, and are used exclusively by"
            " Acme Tile to send order updates.",
            "promise",
        ),
        # a partner among the users, or after a use confined to a purpose
        (
            "Numbers from our text reminders are used only by us and our sponsors, who may text"
            " you deals.",
            "exception",
        ),
        (
            "Text club numbers are used solely for promotions, including offers from our dealers.",
            "exception",
        ),
        ("Text club numbers are limited to internal use and to our sponsors.", "exception"),
        # near misses: partners denied after the keeping; a purpose alone; data that is not
        # the texting program's
        ("Your SMS opt-in data stays in-house, and our sponsors never see it.", "promise"),
        (
            "Text club numbers are limited to internal use and are never given to sponsors.",
            "promise",
        ),
        ("Your email address is used only by us.", "neutral"),
        ("Cell numbers for our text alerts are used only to send the alerts.", "neutral"),
        ("Staff phone numbers are used only for rota planning and are never shared.", "neutral"),
        ("Staff phone numbers go to our payroll vendor and to no one else.", "neutral"),
        ("The phone numbers of contacts you import are never stored or shared.", "neutral"),
    ],
)
def test_use_confined_to_the_business(sentence: str, label: str) -> None:
    """Blind round 34 (para11): mobile data whose use is confined to the business ("used only
    by us and our texting platform", "Only our team uses", "stays in-house", "limited to
    internal use") is the promise; a partner among its users is an exception; a use confined
    to a purpose promises nothing of recipients; the staff's numbers and synced contacts'
    numbers are not the subscribers'."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Text-alert numbers are not shared with outside companies, provided that our"
            " sponsors may still text you their offers.",
            "exception",
        ),
        (
            "Your cell number is never shared with third parties, provided that you have not"
            " signed up for offers from our partners.",
            "exception",
        ),
        (
            "Cell numbers are never rented; they may, though, be passed to our sister brands for"
            " their promotions.",
            "exception",
        ),
        (
            "We share purchase history with analytics vendors. To be clear, no phone number or"
            " text consent is part of it, and none is shared with any outside company.",
            "promise",
        ),
        (
            "Will you sell or rent my details? We do not sell or rent any personal information.",
            "neutral",
        ),
        # near misses: a proviso about the subscriber's own use; a sale left out of a list sold
        (
            "Your cell number is never shared with third parties, provided that you keep your"
            " account active.",
            "promise",
        ),
        (
            "We may sell a mailing list of postal addresses; that list never includes cell"
            " numbers.",
            "neutral",
        ),
    ],
)
def test_provisos_asides_denying_subjects_and_questions(sentence: str, label: str) -> None:
    """Blind round 34 (para11): "provided that <a partner may use it>" carves an exception as
    "except" does; ", however," no longer parts "may" from "be shared"; in "no number is
    included, and none is shared" the "none" has its own clause; a yes/no question states no
    sale, its own-clause answer decides; a list sold that "never includes" the numbers is a
    sale promise only."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Your cell number goes only to the carrier that carries our texts and to the installer"
            " for your area.",
            "exception",
        ),
        (
            "We pass your phone number to the roofing pros in your region so they can call you"
            " about a quote.",
            "exception",
        ),
        # near misses: a vendor named by its region of service to us; a purchase as a noun
        ("We share your number only with the SMS provider for your area.", "neutral"),
        (
            "Giving us a cell number to finish a bike purchase does not by itself make you a text"
            " subscriber with our consent.",
            "neutral",
        ),
        ("Our partners may purchase your phone number from us.", "exception"),
    ],
)
def test_a_tradesman_for_the_area_and_a_purchase_as_a_noun(sentence: str, label: str) -> None:
    """Blind round 34 (real34a): a contractor, installer or pro "for your area" is the business
    a referral connects the person to, which deals with them on its own: a third party, not a
    vendor sending the business's texts. "to complete a vehicle purchase" names the thing
    bought: no one buys data there, and "consent" near it conditions no sharing."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We will never sell your cell number; sharing it with our sister brands for their deals"
            " is permitted, though.",
            "exception",
        ),
        (
            "None of this covers your cell number once you join partner deals; those sponsors may"
            " then text you themselves.",
            "exception",
        ),
        # near misses: a gerund whose "it" is no number; partners texting with no number named
        (
            "We never sell our event calendar; sharing it with partner venues is permitted.",
            "neutral",
        ),
        (
            "Our sponsors may text you about their raffles if you enter on their own pages.",
            "neutral",
        ),
    ],
)
def test_a_gerund_pointing_back_and_partners_who_text(sentence: str, label: str) -> None:
    """Blind round 34 (para11): "sharing it with our sister companies is allowed" after a
    denied sale of the number permits sharing the number; partners that "may then text you"
    after a sentence about the number hold it. Partners texting people who signed up with
    them name no number of the business's."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Lead buyers are firms that purchase and resell contact details; you may ask them to"
            " erase yours.",
            "neutral",
        ),
        (
            "Under Virginia law, selling means exchanging personal data for money; we do not sell"
            " your postal address.",
            "neutral",
        ),
        # near misses: the business describing itself; a definition beside a real sharing
        ("We are a company that shares your mobile number with partners.", "exception"),
        (
            "Lead buyers are firms that purchase contact details, and we may share your cell"
            " number with them.",
            "exception",
        ),
    ],
)
def test_a_definition_states_no_sharing(sentence: str, label: str) -> None:
    """Blind round 34 (para11): "Data brokers are companies that collect and sell personal
    information" says what a kind of party does, and "sharing means disclosing data for ..."
    what a word means: neither says what the business does with data."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Only our texting vendor ever sees the cell numbers on our list.", "promise"),
        ("Nobody other than our front desk staff can see your mobile number.", "promise"),
        (
            "Aside from the platform that sends our texts, no one outside our clinic handles"
            " your cell number.",
            "promise",
        ),
        ("No one other than our sponsors receives the numbers on our text list.", "exception"),
        (
            "Aside from our marketing partners, nobody outside our shop handles your cell number.",
            "exception",
        ),
        ("Only our staff can see the appointment calendar.", "neutral"),
        ("Only you can see the texts sent to your phone number.", "neutral"),
    ],
)
def test_holders_named_as_a_closed_set(sentence: str, label: str) -> None:
    """Blind round 35 (para12): the subject names everyone who gets the number ("Only X sees",
    "No one other than X receives", "Apart from X, nobody ... handles"): the business, its staff
    and its providers are the promise; partners among them the exception. Near misses: no
    mobile data after the verb; "you" alone is the subscriber."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Cell numbers from our text list are used only to send you the reminders you signed"
            " up for.",
            "promise",
        ),
        ("SMS consent data is used for no purpose other than texting you our updates.", "promise"),
        ("Text club numbers are for our own use only.", "promise"),
        (
            "Your cell number: used for your reminders, never to market other companies' products.",
            "promise",
        ),
        ("Cell numbers for our text alerts are used only to send the alerts.", "neutral"),
        ("Your email address is used only to send you receipts.", "neutral"),
        (
            "Cell numbers from our text list are used only to send you offers from our partners.",
            "exception",
        ),
    ],
)
def test_a_use_confined_to_texting_the_subscriber(sentence: str, label: str) -> None:
    """Blind round 35 (para12): a use confined to texting the subscriber ("used only to send you
    ...", "for no purpose other than texting you", "for our own use only", "never to market
    other companies' products") is the promise. Near misses: a purpose with no "you" (round
    34's), email, and a purpose that names partners."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Nothing in this policy stops us from sharing your cell number with our sponsors.",
            "exception",
        ),
        (
            "No part of this notice limits how our partners use the phone numbers you give us.",
            "exception",
        ),
        ("Nothing in this policy prevents you from opting out of texts at any time.", "neutral"),
        ("Nothing in this policy permits us to share your cell number with sponsors.", "promise"),
    ],
)
def test_a_hold_on_sharing_denied_is_a_permission(sentence: str, label: str) -> None:
    """Blind round 35 (para12): "Nothing in this policy stops us from sharing ... with sponsors"
    lifts a hold on sharing: the exception, not the promise its "Nothing" would seem to make.
    Near misses: a hold on the subscriber's own act; "Nothing ... permits" is the promise."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Renting out your cell number is off the table, and so is handing it to anyone who"
            " would advertise to you.",
            "promise",
        ),
        ("Selling our text list is out of the question.", "neutral"),
        ("Our SMS list is not for rent, and it is not for sharing.", "promise"),
        ("Our SMS list is not for rent.", "neutral"),
        (
            "Our SMS list is not for rent. It is, however, available to our sister brands for"
            " their promotions.",
            "exception",
        ),
        ("Our SMS list is not available to any third party.", "promise"),
        ("Our support team is available to help with your text subscription.", "neutral"),
        (
            "Text program subscriber lists are not shared, disclosed or made available to third"
            " parties or affiliates.",
            "promise",
        ),
        ("Cell numbers: not rented, not sold, not shared.", "promise"),
        ("Cell numbers are rented, not shared.", "exception"),
        ("We never rent our text list to sponsors or let them use it at all.", "promise"),
        ("We give sponsors the numbers on our text list.", "exception"),
        ("We never give sponsors your cell number.", "promise"),
        ("We give customers the option to text us.", "neutral"),
    ],
)
def test_sale_and_sharing_ruled_out_or_offered(sentence: str, label: str) -> None:
    """Blind round 35 (para12): an act ruled out as the subject ("... is off the table, and so is
    handing it ..."), data "not for sale" / "not for sharing", data "available to" partners
    across two sentences, a negation repeated on each verb, "let them use it", the recipient
    as the first of two objects ("give sponsors your number")."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We do not share your number with other companies, and we never let other companies"
            " text you with it.",
            "promise",
        ),
        (
            "We share your cell number only with the vendor that sends our texts, and it may not"
            " use the number for any other purpose.",
            "promise",
        ),
        (
            "We share your cell number only with the vendor that sends our texts, and it may use"
            " the number for other purposes.",
            "neutral",
        ),
    ],
)
def test_texting_not_let_and_other_use_denied(sentence: str, label: str) -> None:
    """Blind round 35 (para12): a denied letting ("we never let other companies text you") is no
    texting on their own; providers as the only receivers whose other use is denied is the
    promise (near miss: other use allowed)."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We may share customer details with sponsors, except as excluded below. Excluded:"
            " cell numbers and SMS consent from our text sign-up.",
            "promise",
        ),
        (
            "We may share customer details with sponsors, except as excluded below. Excluded:"
            " credit card numbers.",
            "neutral",
        ),
        ("We may share data with our sponsors. This excludes SMS opt-in data.", "promise"),
        ("We use cookies. This excludes your cell number.", "neutral"),
        (
            "Any transfer of records in a merger will exclude SMS consent and cell numbers.",
            "promise",
        ),
        ("Any transfer of records in a merger will not exclude SMS consent.", "neutral"),
        (
            "We may give our mailing list to sponsors. Subscribers who signed up by text are"
            " kept off that list.",
            "promise",
        ),
        (
            "Categories of recipients: vendors (including the platform that sends our texts,"
            " which receives your cell number); analytics firms (which receive cookie data).",
            "neutral",
        ),
        (
            "Categories of personal information disclosed: contact details (name, mobile"
            " number), disclosed to ad networks.",
            "exception",
        ),
        (
            "Categories of personal information disclosed: contact details (name, email),"
            " disclosed to ad networks.",
            "neutral",
        ),
        (
            "The following also applies to text subscribers: we may share your contact details"
            " with our sister brands.",
            "exception",
        ),
        (
            "The following applies to newsletter readers: we may share your contact details with"
            " our sister brands.",
            "neutral",
        ),
        (
            "Newsletter subscriber data is never shared, except with sponsors of our events.",
            "neutral",
        ),
        (
            "We never share your cell number outside our company, except with our parent"
            " company's IT staff who host our servers.",
            "promise",
        ),
        (
            "Our parent company may access our text list to promote its other brands to you.",
            "exception",
        ),
        ("Sharing with sponsors for their promotions is allowed.", "neutral"),
        (
            "We do not sell SMS data; sharing with sponsors for their promotions is allowed.",
            "exception",
        ),
    ],
)
def test_exclusions_by_label_pointer_list_and_category(sentence: str, label: str) -> None:
    """Blind round 35 (para12): "Excluded: <mobile data>" and "This excludes <mobile data>" after
    sharing, a transfer that excludes mobile data, subscribers who joined by text kept off the
    list shared, a CCPA category whose listed identifiers include a phone number, "Categories
    of recipients" as the class not a recipient, a scope head before a colon, newsletter data,
    a parent company's IT staff, a parent company marketing its other brands, and a permitted
    sharing gerund that takes the data named before. Near misses: another data type excluded,
    a pointer after no sharing, a negated exclusion."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a failure to act is the act not done: two negators keep the data private
        (
            "At no time will we fail to keep the mobile number you gave us for texts private"
            " from other companies.",
            "promise",
        ),
        ("We never fail to keep your cell number confidential.", "promise"),
        ("We keep your mobile number private from our marketing partners.", "promise"),
        ("Your phone number is confidential.", "promise"),
        # an FAQ "who" answered "Nobody", with a clause of its own after it
        (
            "Q: Who else gets my cell number when I sign up for texts? A: Nobody. We keep it"
            " in-house and do not hand it to third parties.",
            "promise",
        ),
        ("Who sees my phone number? No one else.", "promise"),
        # the objects announced by "these" and listed after the colon
        (
            "We don't pass along any of these to a third party for its marketing: • phone"
            " numbers gathered for SMS • records of your opt-in • message logs.",
            "promise",
        ),
        # data that does not leave, its subject with an appositive, the vendor carved out
        (
            "Information gathered for our text reminders, including your cell number, does not"
            " leave our practice, apart from the messaging vendor that delivers the reminders.",
            "promise",
        ),
        (
            "Your mobile number will never be shared with anyone who is not our texting vendor.",
            "promise",
        ),
        (
            "Notwithstanding anything else in this policy, mobile information collected for our"
            " SMS program will not be shared with third parties for marketing purposes.",
            "promise",
        ),
        # near misses: the excepted set is partners; a contrast or override that shares
        (
            "We promise your mobile number will never be shared with anyone who isn't one of"
            " our trusted marketing partners.",
            "exception",
        ),
        (
            "Phone numbers gathered for SMS are kept private, but insurance carriers we work"
            " with may receive them to provide you quotes.",
            "exception",
        ),
        (
            "Your phone number is confidential unless you ask us to refer you to a partner"
            " clinic, in which case the clinic may contact you with its own offers.",
            "exception",
        ),
        (
            "Notwithstanding the sharing limits above, your mobile number may be shared with"
            " lead buyers if you request quotes.",
            "exception",
        ),
        (
            "Who else gets my phone number? Our marketing partners. We keep it otherwise private.",
            "exception",
        ),
        (
            "Information gathered for our text reminders, including your cell number, does not"
            " leave our practice, apart from our marketing partners.",
            "exception",
        ),
        ("We may fail to keep your mobile number private.", "neutral"),
        ("Your phone number is not confidential.", "neutral"),
        ("Your payment information is confidential.", "neutral"),
        (
            "At no time will we fail to protect your payment card number with"
            " industry-standard encryption.",
            "neutral",
        ),
        (
            "Phone numbers gathered for SMS are kept private, but wireless carriers may receive"
            " them to deliver the messages.",
            "promise",
        ),
    ],
)
def test_double_negation_answers_lists_and_overrides(sentence: str, label: str) -> None:
    """Blind round 36 (para13): "fail to" negates the act it governs ("at no time will we fail
    to keep it private" keeps it); "kept private from other companies" keeps it from them; "is
    confidential" keeps it; a "who" question answered "Nobody." followed by a clause of its
    own; "any of these" announcing the list after a colon; an appositive between the data and
    "does not leave"; "anyone who isn't one of our partners" as "anyone other than our
    partners"; insurance carriers are insurers, not the carriers of the texts; an opening
    "Notwithstanding ..." phrase does not negate the clause after it."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Customers who do not opt out may have their mobile number shared with our partners.",
            "exception",
        ),
        (
            "Customers who fail to opt out may have their mobile number shared with our partners.",
            "exception",
        ),
        (
            "Numbers of people who have not opted in to texts will not be shared with third"
            " parties.",
            "promise",
        ),
        # near misses: no negation inside the relative clause; "that" opens no subject
        ("Mobile numbers that we collect are not shared with third parties.", "promise"),
        (
            "We promise that we do not and will not share your mobile number with third parties.",
            "promise",
        ),
        ("Mobile numbers that are not verified will not be shared with third parties.", "promise"),
    ],
)
def test_a_negation_inside_the_subjects_relative_clause_is_its_own(
    sentence: str, label: str
) -> None:
    """Round 36: with "fail to" a negator, "customers who fail to opt out may have their number
    shared" read as denied; a relative clause in the subject negates its own verb, and the main
    predicate starts again at the auxiliary after it ("may")."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a table row on one line, its cells between bars: the first cell (or a field naming
        # the type of data, or the data an answer names in brackets) is what each cell is said of
        ("Mobile number | Not shared with outside companies", "promise"),
        ("Category: text opt-in data | Sold to partners: Yes", "exception"),
        ("Sold: No | Shared with advertisers: Yes (mobile number)", "exception"),
        ("Kind of data: SMS consent | Shared with third parties: No", "promise"),
        # near misses: a cell that says no sharing; a row about other data
        ("Phone number | Used for appointment reminders", "neutral"),
        ("Email address | Shared with partners", "neutral"),
    ],
)
def test_a_table_row_with_bars_between_its_cells(sentence: str, label: str) -> None:
    """Round 37: a row written "Phone number collected for SMS | Not shared with third
    parties" had no subject for its cells and read as no statement (fields._piped_row)."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "No one outside our shop, not sponsors, not franchisees, will receive your texting"
            " number.",
            "promise",
        ),
        # near miss: the list set off by commas is dropped, the recipients before it stay
        (
            "Your mobile number may go to our partners, not to advertisers, not to data brokers,"
            " for joint offers.",
            "exception",
        ),
    ],
)
def test_a_denied_list_set_off_by_commas_restates_the_denial(sentence: str, label: str) -> None:
    """Round 37: "Nobody outside X, not partners, not affiliates, not advertisers, will ever get
    the number" counted four negators and read the receiving as not denied."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a recipient goes to the nearest handing-over verb before it
        ("Mobile numbers given at checkout will never be given to marketers.", "promise"),
        ("Mobile numbers given at checkout may be given to marketers.", "exception"),
        # a word alone in brackets after a section reference is the section's name
        (
            "Despite Section 3 (Sharing), your mobile number is never transferred to third"
            " parties.",
            "promise",
        ),
        (
            "Notwithstanding Section 3, we may (and do) share your phone number with partners.",
            "exception",
        ),
        # an -ing word between a determiner and the recipient is the recipient's kind
        (
            "Cell numbers are never sold. They may, however, be passed to our financing partners.",
            "exception",
        ),
        ("Mobile numbers are not sold. They are used only by our leasing office.", "neutral"),
    ],
)
def test_whose_recipient_and_which_words_are_no_verbs(sentence: str, label: str) -> None:
    """Round 37: a participle in the subject ("Phone numbers provided for the program shall not
    be provided to third parties") took the recipient of the negated verb; "Section 4
    (Sharing)" read as an act of sharing; "our lending partners" as an act of lending that cut
    the recipient off from "provided"."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We may share mailing lists with sponsors, but our text subscriber list is never one"
            " of them.",
            "promise",
        ),
        (
            "The names of people who signed up for Harbor Pets texts are never shared with"
            " advertisers.",
            "promise",
        ),
        # near miss: the list said to be one of those shared is no promise
        (
            "We may share mailing lists with sponsors, and our text subscriber list is one of"
            " them.",
            "neutral",
        ),
    ],
)
def test_one_of_them_and_people_who_joined_a_named_program(sentence: str, label: str) -> None:
    """Round 37: "is never one of them" is the exclusion "is never part of them"; "customers
    who opted in to <program> texts" are the texting list whatever the program is called."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Texting data is not disclosed except as described in Part 6, which covers solely"
            " the carrier gateway that sends our texts.",
            "promise",
        ),
        (
            "Except as described in Part 6, which deals only with our SMS delivery vendor,"
            " texting data is never disclosed.",
            "promise",
        ),
        # near misses: the part pointed to names partners, or says nothing of what it covers
        (
            "Texting data is not disclosed except as described in Part 6, which covers our"
            " vendors and marketing partners.",
            "exception",
        ),
        ("Texting data is not disclosed except as described in Part 6.", "exception"),
        (
            "Except as described in Part 6, which deals with our SMS delivery vendor, texting"
            " data is never disclosed.",
            "exception",
        ),
    ],
)
def test_a_pointer_to_a_part_that_covers_only_the_texting_vendor(sentence: str, label: str) -> None:
    """Round 37: "other than as set out in Section 5, which covers only the SMS platform that
    delivers our messages" defers to a section that allows the vendor alone: the promise
    (clause_conditions._reference_only_to_providers); "which deals only with" is the verb
    "deal with", no marketing deals (clause_parts._deals_with_as_verb)."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We won't share your mobile number beyond our sister companies, which may text you"
            " their promotions.",
            "exception",
        ),
        ("We won't share your mobile number beyond the vendor that delivers our texts.", "promise"),
        (
            "We may share customer data with partners. Your text opt-in data is excluded from"
            " that only if a court orders it.",
            "exception",
        ),
        (
            "We may share customer data with partners. Your text opt-in data is excluded from"
            " that.",
            "promise",
        ),
    ],
)
def test_beyond_is_a_carve_out_and_an_exclusion_only_in_one_case(sentence: str, label: str) -> None:
    """Round 37: "won't share ... beyond our family of brands" shares with the brands, as
    "except with" would; "excluded from this only where state law requires it" bounds the
    exclusion to one case, and the sharing before holds in all others."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We may sell aggregated shopping trends to analysts; your mobile number is never"
            " part of them.",
            "neutral",
        ),
        (
            "We may share aggregated shopping trends with analysts; your mobile number is never"
            " part of them.",
            "promise",
        ),
        (
            "Never rented. Never shared. Your texting number is used only for order updates.",
            "promise",
        ),
        ("Never sold. Your texting number is used only for order updates.", "neutral"),
        ("Never shared. We are proud of our bakery.", "neutral"),
    ],
)
def test_left_out_of_a_sale_and_headline_denials(sentence: str, label: str) -> None:
    """Round 37: mobile data said never to be part of what a sale sells is a sale promise, as
    "that list never includes phone numbers" after a sale is; headline fragments ("Never
    sold. Never shared.") are said of what the sentence after them names (fields)."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the data kept out of something that is no sharing: no promise
        (
            "We disclose customer details to our vendors. Text subscriber numbers are excluded "
            "from our monthly performance dashboards.",
            "neutral",
        ),
        # near misses: kept out of the sharing, of a shared set, of a partner program
        (
            "We share information with partners. SMS data is excluded from the sharing above.",
            "promise",
        ),
        (
            "We share information with partners. SMS data is excluded from our partner program.",
            "promise",
        ),
        (
            "We share data with partners. Mobile numbers are excluded from our customer lists.",
            "promise",
        ),
    ],
)
def test_excluded_from_something_that_is_no_sharing(sentence: str, label: str) -> None:
    """Round 38 (paraphrase set 15): "We share information with service providers. SMS data
    is excluded from our analytics reports" keeps the number out of an internal report, not
    out of the sharing before it."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a pointer back at the promise that leaves recipients outside it
        (
            "Your cell number is never shared. This excludes our sister companies, which may "
            "send you their own deals.",
            "exception",
        ),
        (
            "We do not share SMS opt-in data. That excludes marketing partners who sponsor our "
            "giveaways.",
            "exception",
        ),
        (
            "Phone numbers are never disclosed for marketing. The above does not restrict "
            "disclosures to our affiliated brands.",
            "exception",
        ),
        # near misses: data left out, providers named, a hold on something else
        (
            "Your cell number is never shared. This excludes the order history you keep in "
            "your account.",
            "promise",
        ),
        (
            "Your cell number is never shared. This excludes our texting platform, which "
            "delivers the messages.",
            "promise",
        ),
        (
            "Phone numbers are never disclosed for marketing. The above does not restrict "
            "disclosures to our payment processor.",
            "promise",
        ),
    ],
)
def test_a_pointer_that_leaves_recipients_outside_the_promise(sentence: str, label: str) -> None:
    """Round 38 (paraphrase set 15): "We never share mobile numbers. This excludes partners in
    our family of brands, who may text you their own promotions", "... The foregoing does not
    limit sharing with our lead partners": the sentence after the promise leaves recipients
    outside it, an exception."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # in the care of the business and of partners: held by the partners too
        (
            "Don't worry: your cell number is secure with us and our partner studios, which "
            "may text you their class deals.",
            "exception",
        ),
        ("Your mobile number is protected with us and our marketing partners.", "exception"),
        # near misses: an assurance alone; a provider beside the business
        ("Don't worry: your cell number is secure with us.", "neutral"),
        ("Your mobile number is safe with us and our texting platform.", "neutral"),
        # the sign-up for texts is the opt-in data it records
        ("No renting. No trading. Your SMS sign-up stays with us.", "promise"),
        ("We keep your text signup confidential.", "promise"),
    ],
)
def test_data_in_the_care_of_us_and_partners(sentence: str, label: str) -> None:
    """Round 38 (paraphrase set 15): "your number is safe with us and our family of brands,
    which may send you their own offers" holds the number with partners, as "it stays with us
    and our partners" does; "Your text sign-up stays private" keeps the opt-in data."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


def test_recipients_left_outside_the_promise_in_the_next_sentence() -> None:
    """Round 38: on a page, the sentence after the promise that leaves partners outside it is
    the exception; an exclusion from an internal report after general sharing is no promise."""
    carved = analyze_sharing(
        split_sentences(
            [
                "Text subscriber numbers are never shared. This excludes our sister companies, "
                "which may text you their own deals."
            ],
            [],
        )
    )
    assert [v.clause.label for v in carved.verdicts] == ["promise", "exception"]
    internal = analyze_sharing(
        split_sentences(
            [
                "We disclose customer details to our vendors. Text subscriber numbers are "
                "excluded from our weekly staffing dashboards."
            ],
            [],
        )
    )
    assert internal.promises == [] and internal.exceptions == []


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a hedge of habit on the denied verb: no commitment (paraphrase round 39)
        ("We generally do not share mobile numbers with third parties.", "neutral"),
        ("Your phone number is usually not passed on to other companies.", "neutral"),
        ("As a rule, we do not share your cell number with anyone.", "neutral"),
        ("We do not typically disclose SMS opt-in data to outside firms.", "neutral"),
        # near misses: the hedge governs another verb, or no hedge at all
        ("The mobile numbers we generally collect are never shared with third parties.", "promise"),
        (
            "We never share your mobile number with third parties, which is generally what "
            "customers expect.",
            "promise",
        ),
    ],
)
def test_a_denial_hedged_as_a_habit(sentence: str, label: str) -> None:
    """Round 39 (paraphrase set 16): "We generally do not share ..." says what happens as a
    rule and leaves the exceptions unsaid, as "currently" leaves tomorrow open."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "When you sign up for alerts we keep your cell number and the day you joined, and "
            "that information is never given to outside companies.",
            "promise",
        ),
        (
            "We store your phone number, but that data is never shared with third parties.",
            "promise",
        ),
        # near misses: what "that" points back at is no mobile data; a relative "that"
        (
            "We keep your email address, and that information is never shared with partners.",
            "neutral",
        ),
        (
            "We store your phone number, and information that you post publicly is never "
            "shared with third parties.",
            "neutral",
        ),
    ],
)
def test_a_pointer_after_the_joint_of_a_compound_sentence(sentence: str, label: str) -> None:
    """Round 39: in "..., and that information is never passed on" the "and" opens the clause,
    and its subject's "that" points back at the number the first clause stored."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Your cell number may go to the platform that delivers our texts, but never to anyone "
            "for their own marketing.",
            "promise",
        ),
        (
            "We may share your mobile number with vendors who send our texts, but never with "
            "third parties.",
            "promise",
        ),
        # near misses: partners allowed; a denial of no recipient; one kind of recipient
        (
            "We may share your mobile number with our partners, but never with anyone for their "
            "own marketing.",
            "exception",
        ),
        (
            "We may share your mobile number with vendors who send our texts, but never for "
            "longer than a year.",
            "neutral",
        ),
        (
            "We may share your mobile number with vendors who send our texts, but never with "
            "debt collectors.",
            "neutral",
        ),
    ],
)
def test_providers_allowed_but_never_anyone_else(sentence: str, label: str) -> None:
    """Round 39: the elided "but never (shared) with anyone" after an allowance for the texting
    vendor keeps the number from everyone else: the vendor is the only way out, the promise."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "We keep your mobile number private, except that we may use it ourselves to text "
            "you coupons from our own shop.",
            "promise",
        ),
        (
            "We do not share your phone number, except that we may use it to send you offers.",
            "promise",
        ),
        # near misses: the exception hands the number over, or someone else uses it
        (
            "We do not share your phone number, except that our partners may use it to send you "
            "offers.",
            "exception",
        ),
        (
            "We do not share your phone number, except that we may disclose it to affiliates.",
            "exception",
        ),
        ("We do not share your phone number, except that we may sell it.", "exception"),
    ],
)
def test_an_exception_for_the_business_own_use(sentence: str, label: str) -> None:
    """Round 39: "except that we may use it ourselves to send you offers" excepts what the
    business does with the number, not a way for it to leave: the promise stands."""
    assert classify(sentence).label in GROUP[label], classify(sentence)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Cell numbers you give us may be shared with our league organizers, jersey printer "
            "and service providers.",
            "exception",
        ),
        (
            "Your mobile number may be shared with our event promoters and service providers.",
            "exception",
        ),
        # near misses: the items are providers too ("other"), the business's own people, its
        # advisers, the law, a company named by its name alone
        (
            "Your mobile number may be shared with our payment processor, hosting company and "
            "other service providers.",
            "neutral",
        ),
        ("Your mobile number may be shared with our staff and service providers.", "neutral"),
        ("We share your phone number with our attorneys and service providers.", "neutral"),
        ("Your mobile number may be shared with law enforcement and service providers.", "neutral"),
        ("We may share your mobile number with Twilio and service providers.", "neutral"),
        (
            "We may share your mobile number with our vendors, including the platform that "
            "sends our reminders.",
            "neutral",
        ),
    ],
)
def test_a_party_listed_beside_the_service_providers(sentence: str, label: str) -> None:
    """Blind round 38 (red-maple taekwondo): "may be shared with our tournament organizers,
    uniform supplier and service providers" sets the service providers apart as an item of
    their own; an unknown party beside them is another kind of recipient: the exception."""
    assert classify(sentence).label in GROUP[label], classify(sentence)
