"""The judgement the package checks share: NANP phones, e-mails, use case names and
classification, the spaCy-free phrase matcher, language and emoji."""

from __future__ import annotations

import pytest

from analyzers.campaign.emails import check_email, find_emails, is_public_provider
from analyzers.campaign.language import emojis_in, guess_language
from analyzers.campaign.phones import check_phone, find_phone_numbers, find_phone_placeholders
from analyzers.campaign.phrases import compile_pattern, phrasebook, sentences
from analyzers.campaign.use_cases import accepted_labels, canonical_use_case, classify


@pytest.mark.parametrize(
    "raw",
    [
        "(512) 555-0123",
        "512-867-5309",
        "+1 512.867.5309",
        "1 (800) 275-2273",
        "5128675309",
        "512-867-5309 ext. 12",
    ],
)
def test_valid_nanp_numbers(raw: str) -> None:
    assert check_phone(raw).valid, check_phone(raw).problem


@pytest.mark.parametrize(
    "raw, problem",
    [
        ("(112) 867-5309", "area code 112 cannot start with 1"),
        ("(911) 867-5309", "911 is a service code (N11), not an area code"),
        ("(512) 067-5309", "exchange 067 cannot start with 0"),
        ("(512) 411-5309", "exchange 411 is a service code (N11)"),
        ("867-5309", "it has 7 digits; a US number has 10"),
        ("+44 20 7946 0958", "+442… is not a US/Canada (+1) number"),
        ("555-CALL-NOW", "it contains letters"),
        ("", "no phone number is given"),
        ("(222) 222-2222", "it is a placeholder (all the same digit)"),
    ],
)
def test_invalid_nanp_numbers_say_why(raw: str, problem: str) -> None:
    assert check_phone(raw).problem == problem


def test_fictional_555_01xx_is_valid_but_noted() -> None:
    assert check_phone("(608) 555-0142").fictional
    assert check_phone("(608) 555-0142").valid
    assert not check_phone("(608) 555-0242").fictional


def test_phone_numbers_in_messages_but_not_order_numbers_or_short_codes() -> None:
    assert find_phone_numbers("Questions? Call (608) 274-3190 or +1 608.274.3191.") == [
        "(608) 274-3190",
        "+1 608.274.3191",
    ]
    assert find_phone_numbers("Order 6082743190 has shipped. Text JOIN to 55123.") == []
    assert find_phone_numbers("call 6082743190 today") == ["6082743190"]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Questions? Call [phone].", ["[phone]"]),
        (
            "Your installer can be reached on {{installer_mobile}} all day.",
            ["{{installer_mobile}}"],
        ),
        ("Reschedule by calling {{callbackNumber}}.", ["{{callbackNumber}}"]),
        ("Need us? Call [number] any time.", ["[number]"]),
        ("Text us at <number> with questions.", ["<number>"]),
        ("Reply here or dial %phone_number%.", ["%phone_number%"]),
    ],
)
def test_placeholders_that_stand_for_a_phone_number(text: str, found: list[str]) -> None:
    assert find_phone_placeholders(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Crew leader [name] is driving van [number] and will arrive by [time].",
        "The lease for unit [number] has been renewed. Reply STOP to opt out.",
        "Claim [number] was approved; payment follows in 3-5 days.",
        "Open the [mobile app link] to track your parcel.",
        "You are number [position] in line.",
    ],
)
def test_a_number_placeholder_that_numbers_something_else_is_not_a_phone(text: str) -> None:
    assert find_phone_placeholders(text) == []


@pytest.mark.parametrize(
    "raw, problem",
    [
        ("support@acme.com", None),
        ("first.last+sms@mail.acme.co.uk", None),
        ("support@acme", "'acme' is not a valid domain"),
        ("support at acme.com", "it contains a space"),
        ("a@@acme.com", "an address has exactly one @"),
        ("support@-acme.com", "'-acme.com' is not a valid domain"),
        ("support@acme.c0m", "'acme.c0m' does not end in a real top-level domain"),
        ("support@example.com", "example.com is reserved for examples"),
    ],
)
def test_email_syntax_and_domain(raw: str, problem: str | None) -> None:
    assert check_email(raw).problem == problem


def test_public_providers_by_registrable_domain() -> None:
    assert is_public_provider("gmail.com") and is_public_provider("yahoo.co.uk")
    assert is_public_provider("ymail.com") and is_public_provider("me.com")
    assert not is_public_provider("acmegmail.com") and not is_public_provider("mail.acme.com")
    assert find_emails("Email help@acme.com. Or jo.b+x@acme.co.uk") == [
        "help@acme.com",
        "jo.b+x@acme.co.uk",
    ]


@pytest.mark.parametrize(
    "written, canonical",
    [
        ("Account Notifications", "Account Notification"),
        ("2FA", "2FA"),
        ("two factor authentication", "2FA"),
        ("customer care", "Customer Care"),
        ("Delivery Notifications", "Delivery Notification"),
        ("Fraud Alert", "Fraud Alert Messaging"),
        ("Polling and Voting", "Polling and Voting"),
        ("low volume mixed", "Low Volume Mixed"),
        ("Public Service Announcement", "Public Service Announcement"),
        ("K-12", "K-12 Education"),
        ("Higher Education", "Higher Education"),
        ("Security Alerts", "Security Alert"),
    ],
)
def test_tcr_use_case_names(written: str, canonical: str) -> None:
    assert canonical_use_case(written) == canonical


def test_unknown_use_case_is_none() -> None:
    assert canonical_use_case("Newsletter") is None


def test_mixed_accepts_several_kinds_but_not_donations() -> None:
    mixed = accepted_labels(["Mixed"])
    assert {"marketing", "otp", "customer_care", "delivery"} <= mixed
    assert "charity" not in mixed and "political" not in mixed
    assert accepted_labels(["2FA"]) == {"otp"}


@pytest.mark.parametrize(
    "text, label",
    [
        ("Acme: Flash sale! 25% off all frames this weekend only.", "marketing"),
        ("Acme: Use code SPRING10 for $10 off your next order.", "marketing"),
        ("Acme: Your one-time passcode is 449120.", "otp"),
        ("Acme: Your order #4411 is out for delivery and arrives today.", "delivery"),
        ("Acme Bank: Did you make a $900 purchase at BestMart? Reply YES or NO.", "fraud_alert"),
        (
            "Hope Shelter: A gift of $25 feeds a family for a week. Donate at hope.org/give",
            "charity",
        ),
        # blind r23 (a food rescue's Charity campaign): the ask is an imperative "give" whose
        # object is a link or an amount, or an amount beside a link that names giving
        ("Table Hope: $30 stocks a pantry shelf. Give at tablehope.org/give.", "charity"),
        ("Table Hope: Chip in $5 before midnight.", "charity"),
        ("Table Hope: Please contribute via tablehope.org/spring today.", "charity"),
        ("Table Hope: $40 buys a week of groceries. tablehope.org/donate", "charity"),
        # blind r25 (a church's Charity campaign): the imperative names what the gift is for
        # before the link, and a gift receipt is a donation message too
        ("Lantern Hall: Give toward the winter coat drive at lanternhall.org/give.", "charity"),
        ("Lantern Hall: Donate to our roof fund: lanternhall.org/roof", "charity"),
        ("Lantern Hall: We received your gift of $[amount] on [date]. Thank you!", "charity"),
        ("Lantern Hall: Thank you for your generous gift, [name]!", "charity"),
        # blind r25 (a vet's 2FA campaign): the code is the placeholder a sample writes
        ("Acme Vet: [code] is your code to confirm a new device. Do not share it.", "otp"),
        # blind r25 (a food truck): a product announced as returning is a sales message
        ("Acme Tacos: Birria tacos are back! Find us downtown.", "marketing"),
        ("Acme Books: The blue tote is back in stock.", "marketing"),
        ("Paid for by Friends of Dana Ruiz. Early voting starts Monday.", "political"),
        ("Acme: How was your visit? Take our 2-minute survey.", "polling"),
        ("Acme: Your payment of [amount] is due on [date].", "account_notification"),
        ("Acme: Thanks for contacting us! A support agent will reply shortly.", "customer_care"),
        # near miss of the form name below: the free trial is what the text offers
        ("Acme Gym: Claim your free trial week before Friday.", "marketing"),
        # blind round 12: a bundle price, stock that lasts, a limited release sell something
        ("Acme Books: Paperbacks are 3 for $12 through Sunday.", "marketing"),
        ("Acme Books: Signed copies at the counter while stock lasts.", "marketing"),
        ("Acme Books: The limited edition box set lands Friday at 9am.", "marketing"),
        # blind r22 (an insurance agency's renewals campaign): a bounded savings amount
        ("Acme Insurance: Bundle home and auto before renewal and save up to 15%!", "marketing"),
        ("Acme Insurance: Switch today and save as much as $300 a year.", "marketing"),
    ],
)
def test_use_case_classification(text: str, label: str) -> None:
    assert label in classify(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "We will never send marketing or promotional messages.",
        "No mobile information will be shared with third parties or affiliates for marketing or "
        "promotional purposes.",
        "Consent is not a condition of purchase.",
        "Acme: Your appointment is confirmed for [date]. Reply STOP to opt out.",
        # blind round 7 (kiyomi-martial-arts): the phrase names the form people sign up on
        "Parents sign up on our free trial form by entering a mobile number.",
        "Homeowners opt in on the free consultation request page.",
        # blind round 30 (m30b larchfield): what the recipients booked says who they are
        "Acme sends appointment reminder texts to staff who booked a free consultation call.",
        "We text homeowners who requested a free estimate to confirm the visit.",
        # near misses: an amount paid for a count of items is a receipt, not a bundle price
        "Acme Books: Your payment of $24 for 2 books went through.",
        "Acme Books: Table for 4 for 7pm is confirmed.",
        # near misses: a bound on something that is no savings amount
        "Acme: Your policy is up to date; autopay saves you time.",
        "Acme: You saved up to 15 minutes by checking in online.",
    ],
)
def test_not_marketing(text: str) -> None:
    assert "marketing" not in classify(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # near misses of what the recipients booked: what the texts carry
        "We text customers about our free consultation offers.",
        "We text members who signed up for our 20% off deals.",
        "Book your free consultation today! Reply STOP to opt out.",
    ],
)
def test_what_the_texts_carry_is_marketing(text: str) -> None:
    assert "marketing" in classify(text).labels


def test_phrase_matcher_reads_the_shared_disclosure_vocabulary() -> None:
    text = (
        "Acme: You're in! Up to 4msgs/mo. Msg&data rates may apply. Reply HELP for help, "
        "STOP to cancel."
    )
    assert {"frequency", "rates", "help", "stop"} <= phrasebook("disclosure").labels_in(text)
    assert phrasebook("disclosure").labels_in("Stop by our store for help.") == set()


def test_pattern_syntax() -> None:
    pattern = compile_pattern("reply|text =STOP *{0,2} # msgs?")
    assert pattern.search("reply STOP now 4 msgs ")
    assert pattern.search("Text STOP 10 ")
    assert not pattern.search("reply stop 4 msgs ")  # =STOP is case-sensitive


def test_sentences_keep_abbreviations_together() -> None:
    assert [s for _, s in sentences("See Dr. Chen at 3 p.m. today. Reply STOP.\nThanks")] == [
        "See Dr. Chen at 3 p.m. today.",
        "Reply STOP.",
        "Thanks",
    ]


def test_language_and_emoji() -> None:
    spanish = "Acme: Su cita está confirmada para mañana. Responda STOP para cancelar."
    assert guess_language(spanish, ["Acme"]).language == "Spanish"
    english = "Acme: Your appointment is confirmed for tomorrow. Reply STOP to cancel."
    assert guess_language(english, ["Acme"]).english
    assert guess_language("Заказ готов к выдаче в магазине Acme").language == "non-Latin script"
    assert emojis_in("Acme 🎉 sale ✅") == ["🎉", "✅"]
    assert emojis_in("Acme™ © 2026 – reminder") == []


@pytest.mark.parametrize(
    "text, label",
    [
        ("Acme: Use code 482913 to verify your login.", "marketing"),
        ("Acme: Your subscription expires today. Renew in the app.", "marketing"),
        ("Acme: A $25 credit has been applied to your account.", "marketing"),
        ("Acme Staffing: We found two new candidates for your open position.", "political"),
        ("Acme Bank: Elect paperless statements in the app.", "political"),
        ("Acme: Buy a gift today for Mother's Day!", "charity"),
        ("Acme: Your gift card will expire on [date].", "charity"),
        # near misses of the giving imperative: another object, or a link that is no giving page
        ("Acme: Give us a call at 555-0100 to book.", "charity"),
        ("Acme: Give feedback at acme.com/survey in 2 minutes.", "charity"),
        ("Acme: Please give at least 24 hours notice to cancel.", "charity"),
        ("Acme: Your $25 gift card is ready at acme.com/gift.", "charity"),
        ("Acme: Pay your $40 balance at acme.com/pay.", "charity"),
        ("Acme: Your $40 order shipped. Rate us at acme.com/give-feedback", "charity"),
        # near misses of the purpose before the link and of the gift receipt: a shop's gift
        # idea, the reader's own account, a gift the reader bought
        ("Acme: Give to someone special at acme.com/gifts this week.", "charity"),
        ("Acme Bank: Contribute to your HSA at acmebank.com/hsa.", "charity"),
        ("Acme: Thanks for your gift card order! It ships Monday.", "charity"),
        ("Acme: We received your gift order #[order].", "charity"),
        # near misses of the placeholder code: a code that is no passcode
        ("Acme: [PROMO] is your discount code for 10% off.", "otp"),
        ("Acme: Your pickup code is [code]. Show it at the counter.", "otp"),
        # near miss of "is back": no product returning
        ("Acme: Power is back on at our shop; see you at 9.", "marketing"),
    ],
)
def test_everyday_words_are_not_misread(text: str, label: str) -> None:
    assert label not in classify(text).labels


def test_a_message_signed_with_the_short_form_names_the_brand() -> None:
    """Crumb & Co. Bakery signs its texts "Crumb & Co.:": its first words, written as a name,
    are the brand; its first word alone, the trade word, or the words in lower case are not."""
    from types import SimpleNamespace

    from analyzers.campaign.package import mentions_brand

    campaign = SimpleNamespace(
        brand=SimpleNamespace(legal_name="Crumb and Co. Bakery LLC", dba="Crumb & Co. Bakery")
    )
    assert mentions_brand(campaign, "Crumb & Co.: Peach kolaches are back Saturday.")
    assert mentions_brand(campaign, "Thanks for ordering from Crumb & Co. Bakery!")
    for text in (
        "Crumb: Peach kolaches are back Saturday.",
        "Bakery news: Peach kolaches are back Saturday.",
        "crumb & co: peach kolaches are back saturday.",
    ):
        assert not mentions_brand(campaign, text), text


def test_a_message_signed_with_the_name_contracted_names_the_brand() -> None:
    """Blind round 24 (moonrise-show-reminders): Moonrise Mobile Planetarium signs its texts
    "Moonrise Planetarium:", its name with a descriptive word dropped from the middle. The
    brand's own words in order, from its first distinctive word to its last noun, name it; a
    generic word of the brand alone, another business's name, or the words run on into a
    longer name do not."""
    from types import SimpleNamespace

    from analyzers.campaign.package import mentions_brand, other_name_in

    campaign = SimpleNamespace(
        brand=SimpleNamespace(
            legal_name="Moonrise Mobile Planetarium LLC", dba="Moonrise Mobile Planetarium"
        )
    )
    for text in (
        "Moonrise Planetarium: Your dome show is tomorrow at [time]. Reply STOP to opt out.",
        "Reminder from Moonrise Planetarium: clear a floor space for [date].",
    ):
        assert mentions_brand(campaign, text), text
        assert other_name_in(campaign, text) is None, text
    for text in (
        "Planetarium: Your dome show is tomorrow at [time]. Reply STOP to opt out.",
        "Starlight Planetarium: Your dome show is tomorrow at [time].",
        "Moonrise: Your dome show is tomorrow at [time].",
        "moonrise planetarium: your dome show is tomorrow.",
        "Mobile Planetarium: Your dome show is tomorrow.",
    ):
        assert not mentions_brand(campaign, text), text
    assert (
        other_name_in(campaign, "Moonrise Planetarium Tours sends show reminders to teachers.")
        == "Moonrise Planetarium Tours"
    )
    # a common first word does not carry a name alone: "Blue Farm" is not Blue Heron Farm
    farm = SimpleNamespace(brand=SimpleNamespace(legal_name="Blue Heron Farm LLC", dba=""))
    assert not mentions_brand(farm, "Blue Farm: Eggs are ready for pickup.")
    assert mentions_brand(farm, "Blue Heron: Eggs are ready for pickup.")


def test_the_brand_s_first_words_carried_on_into_another_name_are_another_name() -> None:
    """Blind round 5 (summit-key-realty): "Summit Key Homes sends ..." for Summit Key Realty
    is a different business's name, not the brand shortened; "Summit Key sends ..." and
    "Summit Key: ..." are the brand shortened."""
    from types import SimpleNamespace

    from analyzers.campaign.package import other_name_in

    campaign = SimpleNamespace(
        brand=SimpleNamespace(legal_name="Summit Key Realty Partners LLC", dba="Summit Key Realty")
    )
    assert (
        other_name_in(campaign, "Summit Key Homes sends new-listing alerts to buyers.")
        == "Summit Key Homes"
    )
    assert (
        other_name_in(campaign, "Alerts from Summit Key & Sons for buyers.") == "Summit Key & Sons"
    )
    # a word not in the brand carries the name on: another name, though a contracted form of
    # the brand ("Summit Realty") stands for the brand itself
    assert (
        other_name_in(campaign, "Summit Realty Homes sends new-listing alerts.")
        == "Summit Realty Homes"
    )
    for text in (
        "Summit Key sends new-listing alerts to buyers.",
        "Summit Key: new listing alerts for buyers.",
        "Summit Key Realty sends alerts. Summit Key Homes is our old name.",
        "Summit Key sends alerts; Summit Key Homes was our old name.",
        "Summit Realty sends new-listing alerts to buyers.",
        "We send new-listing alerts to buyers.",
    ):
        assert other_name_in(campaign, text) is None, text


def _description_results(tmp_path, description: str) -> dict[str, str]:
    """Status of the description checks for the compliant package with another description."""
    from analyzers.campaign.model import load_campaign
    from prevet.campaign_command import check_package
    from tests.conftest import ROOT

    text = (ROOT / "fixtures" / "campaigns" / "compliant.yaml").read_text()
    start = text.index("  description:")
    end = text.index("  message_flow:")
    path = tmp_path / "c.yaml"
    path.write_text(text[:start] + f"  description: {description!r}\n" + text[end:])
    analysis = check_package(load_campaign(path))
    return {
        r.spec.id: str(r.status)
        for r in analysis.results
        if r.spec.id in ("campaign.description_vague", "campaign.brand_mismatch")
    }


@pytest.mark.parametrize(
    ("description", "vague", "mismatch"),
    [
        # blind round 4 (summitpeak-vague): generic nouns for whom, no kind, no sender: one fault
        ("Customer notifications and updates.", "failed", "not_applicable"),
        ("Brightwater Dental sends customer notifications and updates.", "failed", "passed"),
        # a specific description that only leaves out the name is the brand mismatch
        (
            "We send appointment reminders and billing notices to patients who opted in on our "
            "website.",
            "passed",
            "failed",
        ),
        ("Lakeside Smiles LLC sends customer notifications.", "failed", "failed"),
        (
            "Brightwater Dental sends appointment reminders to patients who opted in.",
            "passed",
            "passed",
        ),
        # kinds in plain words (blind round 4, northfield-hvac): a reminder is a kind of message
        (
            "Brightwater Dental texts patients who booked a visit: a reminder the day before the "
            "visit and a short note when the bill is ready.",
            "passed",
            "passed",
        ),
        # blind round 7 (cedar-hollow-golf): the people are named by what they did, not by a
        # common noun; a trade's own noun without that clause still says nobody
        (
            "Brightwater Dental texts anglers who reserved a charter: a confirmation and a "
            "reminder "
            "the day before.",
            "passed",
            "passed",
        ),
        (
            "Brightwater Dental texts anglers: a confirmation and a reminder the day before.",
            "failed",
            "passed",
        ),
        # blind round 9 (keystone-staffing): the texting verb's object after "our" is the
        # business's own people, whatever the trade calls them
        (
            "Brightwater Dental texts our registered associates about open shifts and schedule "
            "changes.",
            "passed",
            "passed",
        ),
        (
            "Brightwater Dental sends texts about our open shifts and schedule changes.",
            "failed",
            "passed",
        ),
        # blind round 14 (hemline-alterations): a busy owner's text-speak says who texts whom
        # about what; "reminds them of X" sends reminders
        (
            "Brightwater Dental (2 offices in Tulsa) txts patients when their night guards r "
            "ready for pickup and reminds them of cleaning appts.",
            "passed",
            "passed",
        ),
        (
            "Brightwater Dental lets patients know their crowns r ready for pickup.",
            "passed",
            "passed",
        ),
        (
            "Brightwater Dental reminds patients of their six-month cleanings.",
            "passed",
            "passed",
        ),
        # near misses: vague in full words or in shorthand stays vague
        ("We send texts to our customers.", "failed", "not_applicable"),
        ("Marketing and notifications.", "failed", "not_applicable"),
        ("Brightwater Dental txts customers.", "failed", "passed"),
        ("Brightwater Dental sends msgs to ur patients.", "failed", "passed"),
    ],
)
def test_a_vague_description_without_a_name_is_one_finding(
    tmp_path, description: str, vague: str, mismatch: str
) -> None:
    got = _description_results(tmp_path, description)
    assert got == {"campaign.description_vague": vague, "campaign.brand_mismatch": mismatch}


def _too_long(tmp_path, sample: str) -> str:
    """Status of samples.too_long for the compliant package with this first sample."""
    from analyzers.campaign.model import load_campaign
    from prevet.campaign_command import check_package
    from tests.conftest import ROOT

    text = (ROOT / "fixtures" / "campaigns" / "compliant.yaml").read_text()
    start = text.index("    - ", text.index("  samples:"))
    end = text.index("\n", start)
    path = tmp_path / "c.yaml"
    path.write_text(text[:start] + f"    - {sample!r}" + text[end:])
    analysis = check_package(load_campaign(path))
    return next(str(r.status) for r in analysis.results if r.spec.id == "samples.too_long")


def test_a_placeholder_s_brackets_count_as_a_reader_counts_them(tmp_path) -> None:
    """Blind round 5 (summit-key-realty): 154 characters as written, five [variables]; GSM-7
    would spend an escape on each literal bracket (164 septets), but the brackets are never
    sent, so the sample is one segment. Past 160 as written it is two."""
    base = (
        "Brightwater Dental: New opening at [office] on [date]: [slots] slots with "
        "[hygienist] at [time]. Call us to book it first. Reply STOP to opt out."
    )
    sample = base + " " + "x" * (154 - len(base) - 1)
    assert len(sample) == 154 and _too_long(tmp_path, sample) == "passed"
    longer = sample + " Thanks, see you."
    assert len(longer) > 160 and _too_long(tmp_path, longer) == "failed"
    # near miss: a literal extension character that is sent still counts two
    euro = "x" * 155 + " €100"
    assert len(euro) == 160 and _too_long(tmp_path, euro) == "failed"


@pytest.mark.parametrize(
    ("flow", "missing"),
    [
        # blind round 9: the flow quotes a disclosure whose kinds and frequency are in plain
        # words; the form's own rules read them (analyzers/optin/plain_words.py)
        (
            'Members tick a box: "Text me from Brightwater Dental about open appointment times '
            'and new cleaning slots." Most members get a few texts a month. Msg & data rates may '
            "apply. Reply HELP for help, STOP to cancel. Privacy Policy and Terms are linked.",
            [],
        ),
        # near misses: a count with no texts in its sentence, and texts that say nothing of
        # what they carry, still lack the frequency and the kind
        (
            'Members tick a box: "Text me from Brightwater Dental." We clean a few teeth a '
            "month. Msg & data rates may apply. Reply HELP for help, STOP to cancel. Privacy "
            "Policy and Terms are linked.",
            ["the kind of messages", "message frequency"],
        ),
        # blind r13: the person picks one list on the form, and the campaign description says
        # what each list sends; a flow whose texts are only "the texts I wanted" still lacks it
        (
            'Members pick one list with a radio button and tick a box: "Send me the texts I '
            'picked above from Brightwater Dental." Most members get a few texts a month. Msg & '
            "data rates may apply. Reply HELP for help, STOP to cancel. Privacy Policy and Terms "
            "are linked.",
            [],
        ),
        (
            'Members tick a box: "Send me the texts I want from Brightwater Dental." Most members '
            "get a few texts a month. Msg & data rates may apply. Reply HELP for help, STOP to "
            "cancel. Privacy Policy and Terms are linked.",
            ["the kind of messages"],
        ),
        # blind round 11: a flow that names the privacy policy but never the terms (or the
        # other way round) leaves one document unsaid
        (
            'Members tick a box: "Text me from Brightwater Dental about open appointment times." '
            "Most members get a few texts a month. Msg & data rates may apply. Reply HELP for "
            "help, STOP to cancel. A Privacy Policy link sits beside the box.",
            ["the terms"],
        ),
        (
            'Members tick a box: "Text me from Brightwater Dental about open appointment times." '
            "Most members get a few texts a month. Msg & data rates may apply. Reply HELP for "
            "help, STOP to cancel. See our SMS Terms & Conditions.",
            ["the privacy policy"],
        ),
        # blind round 14: text-speak in the quoted disclosure is read as its words
        (
            'Patients enter a cell # and tick a box: "Txt me abt ur appts from Brightwater '
            'Dental." Most patients get 2 msgs per visit. Msg & data rates may apply. Reply HELP '
            "for help, STOP to cancel. Privacy Policy and Terms are linked.",
            [],
        ),
        (
            'Patients enter a cell # and tick a box: "Txt me from Brightwater Dental." Most '
            "patients get 2 msgs per visit. Msg & data rates may apply. Reply HELP for help, STOP "
            "to cancel. Privacy Policy and Terms are linked.",
            ["the kind of messages"],
        ),
    ],
)
def test_a_message_flow_in_plain_words(flow: str, missing: list[str]) -> None:
    from analyzers.campaign.model import load_campaign
    from analyzers.checks.campaign_flow import cta_missing_elements
    from tests.conftest import ROOT

    campaign = load_campaign(ROOT / "fixtures" / "campaigns" / "compliant.yaml")
    assert cta_missing_elements(campaign, flow) == missing


@pytest.mark.parametrize(
    ("flow", "missing"),
    [
        # blind round 28: the quoted box names two kinds joined, the second a noun compound
        (
            'Members tick a box: "I agree to receive practice cancellation and regatta update '
            'texts from Brightwater Dental." Msg frequency varies. Msg & data rates may apply. '
            "Reply HELP for help, STOP to cancel. Privacy Policy and Terms are linked.",
            [],
        ),
        # near miss: a notice word with no subject before it names no kind
        (
            'Members tick a box: "I agree to receive update texts from Brightwater Dental." Msg '
            "frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel. "
            "Privacy Policy and Terms are linked.",
            ["the kind of messages"],
        ),
    ],
)
def test_round_28_a_flow_names_kinds_in_a_noun_compound(flow: str, missing: list[str]) -> None:
    from analyzers.campaign.model import load_campaign
    from analyzers.checks.campaign_flow import cta_missing_elements
    from tests.conftest import ROOT

    campaign = load_campaign(ROOT / "fixtures" / "campaigns" / "compliant.yaml")
    assert cta_missing_elements(campaign, flow) == missing


@pytest.mark.parametrize(
    ("reply", "states_frequency"),
    [
        # blind round 12: a frequency counted per visit or booking is a frequency
        (
            "Oak Pet Spa: Visit texts are on. Usually 2 msgs per grooming. Msg & data rates "
            "may apply. Reply HELP for help, STOP to cancel.",
            True,
        ),
        (
            "Oak Pet Spa: You're in! Two texts per fitting, give or take. Reply STOP to cancel.",
            True,
        ),
        ("Oak Pet Spa: Up to 4 msgs/month. Reply STOP to cancel.", True),
        # blind round 16: a kind of message between the count and the messages, and the
        # period after a slash; a cap on the count alone is a frequency too
        (
            "Thx for joining Gull Rock Rewards! Up to 2 promo msgs/month. Msg&data rates may "
            "apply. Reply HELP for help, STOP to cancel.",
            True,
        ),
        ("Gull Rock Rewards: order texts plus 3 marketing texts/wk. Reply STOP to end.", True),
        ("Gull Rock Rewards: you're in for no more than 2 deal alerts. Reply STOP to end.", True),
        # near misses: a count that is not a rate of messages, and no count at all
        (
            "Thx for joining Gull Rock Rewards! Promo msgs & order updates. Msg&data rates may "
            "apply. Reply HELP for help, STOP to cancel.",
            False,
        ),
        (
            "Gull Rock Rewards: save up to 20% off with text deals, bring up to 6 guests and "
            "text us. Reply STOP to end.",
            False,
        ),
        (
            "Oak Pet Spa: Visit texts are on for your 3 properties. Msg & data rates may apply. "
            "Reply HELP for help, STOP to cancel.",
            False,
        ),
        (
            "Oak Pet Spa: Visit texts are on. Msg & data rates may apply. Reply STOP to cancel.",
            False,
        ),
    ],
)
def test_an_optin_reply_states_its_frequency_as_the_form_would(
    reply: str, states_frequency: bool
) -> None:
    from analyzers.campaign.phrases import disclosure_labels

    assert ("frequency" in disclosure_labels(reply)) is states_frequency


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (
            "Acme txts customers when their alterations r ready and reminds them of fitting appts.",
            "Acme texts customers when their alterations are ready and reminds them of fitting "
            "appointments.",
        ),
        ("Enter ur cell # on the form. Pls reply to order #1042.", None),
        ("Msgs r sent abt 2x a wk.", "Messages are sent about 2x a week."),
        # near misses: capital single letters, URLs, addresses, hashtags and longer words
        ("R&D at the U.S. office; see acme.com/u/help or ur.org, write me@ur.net", ""),
        ("#tbt to our 4u sale; Murray's appts-only desk", ""),
    ],
)
def test_text_speak_is_read_as_its_words(written: str, read: str | None) -> None:
    """Blind round 14 (hemline-alterations): one table spells out SMS shorthand for every
    reader of the campaign text; "" means the text is left as written."""
    from analyzers.text.shorthand import spell_out

    if read is None:
        read = "Enter your cell number on the form. Please reply to order number 1042."
    assert spell_out(written) == (read or written)


def test_the_phrase_matcher_reads_shorthand_and_quotes_it_as_written() -> None:
    """A sample, a reply or a flow in text-speak is read by the same patterns as the words;
    the evidence quotes the owner's own text, and a pattern written for "msgs" still matches."""
    sample = "Brightwater Dental: ur appt is tmrw at [time]. Reply STOP to opt out."
    match = classify(sample).evidence("account_notification")
    assert match is not None and match.text == "ur appt"
    reply = "Brightwater Dental: u r unsubscribed, no more txts."
    confirmed = phrasebook("campaign_text").first(reply, "optout_confirmed")
    assert confirmed is not None and confirmed.text == "no more txts"
    assert "rates" in phrasebook("disclosure").labels_in("Msgs rates may apply.")
    # near misses: shorthand that says nothing more is still nothing
    assert not classify("Brightwater Dental: thx, ur the best!").labels
    assert not phrasebook("campaign_text").first(
        "Brightwater Dental: ok, u r out.", "optout_confirmed"
    )


@pytest.mark.parametrize(
    ("reply", "confirmed"),
    [
        # blind round 17 (a party-supply store that also answers BAJA): a STOP reply written
        # in Spanish confirms the opt-out in Spanish words
        ("Casa Piñata: Te hemos dado de baja de nuestros textos.", True),
        ("Casa Piñata: Tu suscripción a las alertas fue cancelada.", True),
        ("Casa Piñata: Cancelamos tu suscripción. Gracias por comprar con nosotros.", True),
        ("Casa Piñata: Listo, ya no recibirás ofertas por SMS.", True),
        ("Casa Piñata: No te enviaremos más mensajes.", True),
        ("Casa Piñata: Este es el último texto que recibirás de nosotros.", True),
        # near misses: Spanish replies that confirm no unsubscription
        ("Casa Piñata: Responde BAJA para cancelar tus alertas.", False),
        ("Casa Piñata: Para darte de baja, envía BAJA al 55555.", False),
        ("Casa Piñata: Tu pedido #[order] fue cancelado. Llámanos si tienes preguntas.", False),
        ("Casa Piñata: Recibirás más mensajes con ofertas cada semana.", False),
        ("Casa Piñata: Tu último mensaje llegó bien, te contestamos pronto.", False),
    ],
)
def test_a_spanish_stop_reply_is_read_for_its_confirmation(reply: str, confirmed: bool) -> None:
    match = phrasebook("campaign_text").first(reply, "optout_confirmed")
    assert (match is not None) == confirmed, match


@pytest.mark.parametrize(
    ("reply", "confirmed"),
    [
        # blind round 21 (a parish's giving texts): the kind of texts stands between
        ("St. Mark's: You have been unsubscribed and will receive no further giving texts.", True),
        ("Acme: Done. No more Acme deal alerts.", True),
        # blind round 32 (a bail bondsman's court-date texts): the kind is the reminders
        ("Lone Oak: You are unsubscribed and will receive no further reminders.", True),
        # near misses: "no further" that governs something else
        ("Acme: No further action is needed. Reply HELP for help.", False),
        ("Acme: No more hidden fees on your order texts!", False),
    ],
)
def test_a_stop_reply_may_name_the_kind_of_texts_it_ends(reply: str, confirmed: bool) -> None:
    match = phrasebook("campaign_text").first(reply, "optout_confirmed")
    assert (match is not None) == confirmed, match


def _package_status(tmp_path, check_id: str, use_cases: str, description: str) -> str:
    """Status of one check for the compliant package with other use cases and description."""
    from analyzers.campaign.model import load_campaign
    from prevet.campaign_command import check_package
    from tests.conftest import ROOT

    text = (ROOT / "fixtures" / "campaigns" / "compliant.yaml").read_text()
    text = text.replace("  use_cases: [Customer Care, Account Notification]\n", use_cases)
    start = text.index("  description:")
    end = text.index("  message_flow:")
    path = tmp_path / "c.yaml"
    path.write_text(text[:start] + f"  description: {description!r}\n" + text[end:])
    analysis = check_package(load_campaign(path))
    return next(str(r.status) for r in analysis.results if r.spec.id == check_id)


CARE = (
    "Brightwater Dental sends appointment reminders and billing notices to patients who opted "
    "in on our website."
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind round 18 (a choir): the negation governs the whole coordinated list
        (" No fundraising or promotional texts are sent.", "passed"),
        (" We never ask patients for donations by text.", "passed"),
        # near miss: the texts do ask for money
        (" Texts include fundraising appeals for our free clinic.", "failed"),
    ],
)
def test_a_denied_fundraising_list_asks_for_no_donations(tmp_path, sentence, expected) -> None:
    use_cases = "  use_cases: [Customer Care, Account Notification]\n"
    assert (
        _package_status(tmp_path, "campaign.charity_mismatch", use_cases, CARE + sentence)
        == expected
    )


@pytest.mark.parametrize(
    ("use_cases", "expected"),
    [
        # blind round 18 (a restaurant): Mixed, its listed kinds are care and notifications
        (
            "  use_cases: [Mixed]\n  sub_use_cases: [Customer Care, Account Notification]\n",
            "failed",
        ),
        ("  use_cases: [Low Volume Mixed]\n  sub_use_cases: [Customer Care, Delivery]\n", "failed"),
        # near misses: marketing among the listed kinds, or the kinds not listed at all
        ("  use_cases: [Mixed]\n  sub_use_cases: [Customer Care, Marketing]\n", "passed"),
        ("  use_cases: [Mixed]\n", "passed"),
    ],
)
def test_a_mixed_campaign_declares_the_kinds_it_lists(tmp_path, use_cases, expected) -> None:
    """A Mixed campaign that lists sub use cases combines those kinds only: weekly specials
    in its description are marketing it has not declared."""
    promoting = CARE + " We also text our weekly specials and promotions to patients who opt in."
    assert (
        _package_status(tmp_path, "campaign.marketing_undeclared", use_cases, promoting) == expected
    )


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # blind round 24 (a car wash's membership texts): the promotions in the business's own
        # words, in the list of what the texts carry
        (
            "Harbor Suds sends members texts about their plan: billing alerts, card notices, "
            "and our weekly rinse deals.",
            "weekly rinse deals",
        ),
        (
            'Members check a box: "I agree to receive billing alerts and monthly detailing '
            'offers from Harbor Suds."',
            "monthly detailing offers",
        ),
        ("We text patients reminders and occasional whitening discounts.", "whitening discounts"),
        ("Subscribers get pickup notices plus printable coupons for refills.", "printable coupons"),
        ("Texts include order updates and store promotions.", "store promotions"),
        ("Parents receive closing alerts and news of our book sales.", "book sales"),
        # "except" ends the negation's reach: what follows it is sent
        ("We send no marketing except our members' deals.", "deals"),
        # a negation of consent governs nothing that is sent
        ("Consent is not required, and members receive weekly wash deals.", "weekly wash deals"),
    ],
)
def test_promotions_named_as_what_the_texts_carry(text: str, phrase: str) -> None:
    from analyzers.campaign.promotions import promotions_sent

    match = promotions_sent(text)
    assert match is not None and match.text == phrase, match


@pytest.mark.parametrize(
    "text",
    [
        # a negation governs the promotions
        "We send billing alerts only, no promotions.",
        "We do not send deals, offers or coupons by text.",
        "Texts are never used for discounts or sales.",
        "Members receive billing alerts but never deals.",
        # "deal" and "offers" as verbs, "sales" as a modifier or a department
        "Text us to deal with your account.",
        "Harbor Suds offers a membership; texts are billing alerts.",
        "Our club offers members texts about their billing.",
        "Our sales team texts you a quote.",
        "Texts come from our sales and service desk.",
        # promotions the sentence does not say are sent, or sent by another channel
        "Customers who redeem coupons at the register may join.",
        "Consent to receive texts is not a condition of purchase and is separate from our "
        "email offers.",
        # sales that are the recipient's transactions
        "Sellers receive texts about pending home sales.",
        "Vendors get alerts about your sales and payouts.",
    ],
)
def test_promotions_not_sent_are_not_marketing(text: str) -> None:
    from analyzers.campaign.promotions import promotions_sent

    assert promotions_sent(text) is None, text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (" Members also receive our weekly cleaning deals.", "failed"),
        (" We never text deals, offers or coupons.", "passed"),
        (" Texts help patients deal with their insurance paperwork.", "passed"),
    ],
)
def test_a_description_naming_promotions_sent_declares_marketing(
    tmp_path, sentence, expected
) -> None:
    """Blind round 24 (r24-tidal-shine-account): "our weekly wash deals" in the description of
    an Account Notification campaign is marketing, checked with the package alone."""
    use_cases = "  use_cases: [Account Notification]\n"
    assert (
        _package_status(tmp_path, "campaign.marketing_undeclared", use_cases, CARE + sentence)
        == expected
    )


@pytest.mark.parametrize(
    "text",
    [
        # blind r25 (a food truck): a political word that names a street, an intersection, a
        # square or a building is a place, not politics
        "Acme Tacos: We're parked at 4th & Congress today 11am-2pm.",
        "Acme Tacos: Find us at the corner of Congress and 9th tonight.",
        "Acme Cafe: Our new shop on Congress Ave opens Friday.",
        "Acme Cafe: Visit us at 1200 Senate St. for lunch.",
        "Acme Cafe: Meet us in Senate Square at noon.",
    ],
)
def test_a_political_word_in_a_place_name_is_not_political(text: str) -> None:
    assert "political" not in classify(text).labels, text


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the institution or the office, in the same places of a sentence
        "Acme PAC: Send Dana Ruiz to Congress on Tuesday.",
        "Acme PAC: The 118th Congress passed the bill.",
        "Acme PAC: Write to Congress and your senator today.",
        "Acme PAC: Dana Ruiz is running for Senate. Rally at Capitol Hill Park.",
    ],
)
def test_the_political_word_outside_a_place_name_stays_political(text: str) -> None:
    assert "political" in classify(text).labels, text


def _samples_status(tmp_path, check_id: str, use_cases: str, samples: list[str]) -> tuple:
    """(status, findings) of one check for the compliant package with other use cases and
    samples."""
    import json

    from analyzers.campaign.model import load_campaign
    from prevet.campaign_command import check_package
    from tests.conftest import ROOT

    text = (ROOT / "fixtures" / "campaigns" / "compliant.yaml").read_text()
    text = text.replace("  use_cases: [Customer Care, Account Notification]\n", use_cases)
    start = text.index("  samples:")
    end = text.index("  keywords:")
    listed = "".join(f"    - {json.dumps(sample)}\n" for sample in samples)
    path = tmp_path / "c.yaml"
    path.write_text(text[:start] + "  samples:\n" + listed + text[end:])
    analysis = check_package(load_campaign(path))
    result = next(r for r in analysis.results if r.spec.id == check_id)
    return str(result.status), result.findings


@pytest.mark.parametrize(
    ("samples", "expected"),
    [
        # blind r25 (a church): an ask to give toward a cause, and a gift receipt
        (
            [
                "Brightwater Dental: Give toward our free clinic at brightwaterdental.com/give.",
                "Brightwater Dental: We received your gift of $[amount]. Thank you!",
            ],
            "passed",
        ),
        # near miss: notifications only, no donation message
        (
            [
                "Brightwater Dental: Your visit is confirmed for [date]. Reply STOP to opt out.",
                "Brightwater Dental: Your gift card order shipped. Reply STOP to opt out.",
            ],
            "failed",
        ),
    ],
)
def test_a_charity_campaign_shows_its_donation_messages(tmp_path, samples, expected) -> None:
    status, _ = _samples_status(
        tmp_path, "campaign.charity_mismatch", "  use_cases: [Charity]\n", samples
    )
    assert status == expected


CARE_CASES = "  use_cases: [Customer Care, Account Notification]\n"


@pytest.mark.parametrize(
    ("last_words", "expected", "note"),
    [
        # blind r25 (a caterer): an instruction to text a keyword to stop is opt-out language,
        # whatever the keyword; one that is not declared is an info note
        ("Text UNSUB to stop updates.", "passed", True),
        ('Send "END" to opt out.', "passed", False),
        ("Reply QUIT anytime to unsubscribe.", "passed", False),
        # near misses: a keyword for something else, or "stop by"
        ("Reply YES to confirm.", "failed", False),
        ("Text PHO to stop by the truck.", "failed", False),
        ("Text us to stop by.", "failed", False),
    ],
)
def test_a_keyword_to_stop_is_opt_out_language(tmp_path, last_words, expected, note) -> None:
    samples = [
        f"Brightwater Dental: Your visit is confirmed for [date]. {last_words}",
        "Brightwater Dental: A statement for your visit on [date] is ready in the portal.",
    ]
    status, findings = _samples_status(tmp_path, "samples.opt_out_missing", CARE_CASES, samples)
    assert status == expected
    assert any("not among the declared" in f.message for f in findings) is note


@pytest.mark.parametrize(
    ("description", "vague"),
    [
        # blind round 26 (a Spanish-speaking optician): whom and what are said in Spanish, which
        # the description check reads only in English: a person must look, not a failure
        (
            "Brightwater Dental envía recordatorios de citas y avisos de facturación a los "
            "pacientes que aceptaron recibir mensajes en nuestro formulario.",
            "needs_review",
        ),
        # near misses: the same vagueness in English still fails, and a clear English one passes
        ("Customer notifications and updates.", "failed"),
        (CARE, "passed"),
    ],
)
def test_round_26_a_description_in_another_language_is_reviewed_not_failed(
    tmp_path, description: str, vague: str
) -> None:
    assert _description_results(tmp_path, description)["campaign.description_vague"] == vague


def _flow_status(tmp_path, flow: str) -> tuple[str, list[str]]:
    """Status and messages of campaign.cta_incomplete for the compliant package with a flow."""
    from analyzers.campaign.model import load_campaign
    from prevet.campaign_command import check_package
    from tests.conftest import ROOT

    text = (ROOT / "fixtures" / "campaigns" / "compliant.yaml").read_text()
    start = text.index("  message_flow:")
    end = text.index("\n  ", text.index("\n", start) + 1)
    while text[end + 3 : end + 4] == " ":  # the folded flow's own lines
        end = text.index("\n  ", end + 1)
    path = tmp_path / "c.yaml"
    path.write_text(text[:start] + f"  message_flow: {flow!r}" + text[end:])
    analysis = check_package(load_campaign(path))
    result = next(r for r in analysis.results if r.spec.id == "campaign.cta_incomplete")
    return str(result.status), [f.message for f in result.findings]


_SPANISH_FLOW = (
    "Los pacientes reservan una cita en https://www.brightwaterdental.com/book y marcan una "
    'casilla opcional: "Acepto recibir mensajes de texto de Brightwater Dental sobre mis '
    "citas. {frequency}Pueden aplicarse tarifas de mensajes y datos. Responda AYUDA para ayuda "
    'o STOP para cancelar." Enlaces a la política de privacidad y los términos.'
)


def test_round_26_a_spanish_flow_is_reviewed_for_what_prevet_reads_only_in_english(
    tmp_path,
) -> None:
    status, messages = _flow_status(
        tmp_path, _SPANISH_FLOW.format(frequency="La frecuencia varía. ")
    )
    assert status == "needs_review", messages
    # the Spanish kind of messages ("sobre mis citas") is read; the policy names are not
    assert "Spanish" in messages[0] and "the privacy policy and the terms" in messages[0]
    assert "the kind of messages" not in messages[0]


def test_round_26_a_spanish_flow_still_fails_what_prevet_reads_in_spanish(tmp_path) -> None:
    # the disclosure vocabulary reads the Spanish frequency line: its absence is a failure
    status, messages = _flow_status(tmp_path, _SPANISH_FLOW.format(frequency=""))
    assert status == "failed", messages
    assert "message frequency" in messages[0] and "only in English" in messages[0]


def test_round_26_an_english_flow_missing_the_kind_of_messages_still_fails(tmp_path) -> None:
    flow = (
        "Patients check an optional box at https://www.brightwaterdental.com/book: I agree to "
        "receive texts from Brightwater Dental. Msg frequency varies. Msg & data rates may "
        "apply. Reply HELP for help, STOP to cancel. Privacy Policy and Terms are linked."
    )
    status, messages = _flow_status(tmp_path, flow)
    assert status == "failed", messages


@pytest.mark.parametrize(
    ("description", "vague"),
    [
        # blind round 27 (an engraver): a hyphenated compound before the message word names
        # the order's state the message reports, as "order" does in "order updates"
        (
            "Brightwater Dental sends crown-ready notices and claim-approval requests by text "
            "to patients who opted in on our website.",
            "passed",
        ),
        # near misses: compounds that only say how the messages are sent
        ("Brightwater Dental sends real-time updates to patients who opted in.", "failed"),
        ("Brightwater Dental sends opt-in texts to patients who opted in.", "failed"),
        ("Brightwater Dental sends patient-only notices to patients who opted in.", "failed"),
    ],
)
def test_round_27_a_compound_before_the_message_word_names_its_kind(
    tmp_path, description: str, vague: str
) -> None:
    assert _description_results(tmp_path, description)["campaign.description_vague"] == vague


@pytest.mark.parametrize(
    ("gated", "sample", "severity"),
    [
        # blind round 27 (a liquor store): an age-gated campaign's alcohol is allowed behind
        # its date-of-birth gate: an info note
        (True, "Brightwater Spirits: Free tasting Friday with [winery]. Must be 21+.", "info"),
        # near misses: the same sample without the attribute, and a category no gate allows
        (False, "Brightwater Spirits: Free tasting Friday with [winery]. Must be 21+.", "error"),
        (True, "Brightwater Spirits: Get a payday loan today, cash in 1 hour.", "error"),
        # blind round 31 (an indoor range): no gate allows a message that sells firearms or
        # ammunition
        (True, "Brightwater Range: 20% off all 9mm and .223 ammo this weekend!", "error"),
        (True, "Brightwater Range: New 12-gauge shells in stock, $9 a box.", "error"),
        # near misses: a range's class or lane deal behind the gate, and alcohol on sale
        (True, "Brightwater Range: Free pistol safety class Saturday, register today.", "info"),
        (True, "Brightwater Range: Shooting lanes 2-for-1 this weekend, $20.", "info"),
        (True, "Brightwater Spirits: 15% off all bourbon and rye whiskey through Sunday.", "info"),
    ],
)
def test_round_27_age_gated_samples_may_name_age_restricted_goods(
    tmp_path, gated: bool, sample: str, severity: str
) -> None:
    from analyzers.campaign.model import load_campaign
    from prevet.campaign_command import check_package
    from tests.conftest import ROOT

    text = (ROOT / "fixtures" / "campaigns" / "compliant.yaml").read_text()
    text = text.replace("    age_gated: false\n", f"    age_gated: {str(gated).lower()}\n")
    start = text.index("  samples:")
    end = text.index("  keywords:")
    samples = [sample, "Brightwater Spirits: Your order [order] is ready. Reply STOP to opt out."]
    listed = "".join(f'    - "{s}"\n' for s in samples)
    path = tmp_path / "c.yaml"
    path.write_text(text[:start] + "  samples:\n" + listed + text[end:])
    analysis = check_package(load_campaign(path))
    result = next(r for r in analysis.results if r.spec.id == "samples.prohibited_content")
    assert [str(f.severity) for f in result.findings] == [severity], result.findings


@pytest.mark.parametrize(
    ("description", "vague"),
    [
        # blind round 28 (a bagel bakery): a purpose clause after a long clause naming the
        # recipients says what the texts tell
        (
            "Brightwater Dental, a three-office practice in Tulsa, texts patients who booked a "
            "cleaning and opted in on an office's booking page to tell them the crown is ready "
            "or the visit is moved.",
            "passed",
        ),
        (
            "Brightwater Dental texts patients who booked a visit and opted in on the booking "
            "page of our website to let them know when their crowns are ready.",
            "passed",
        ),
        # near misses: a purpose that tells nothing
        (
            "Brightwater Dental texts patients who booked a visit and opted in on the booking "
            "page of our website to let them know.",
            "failed",
        ),
        (
            "Brightwater Dental texts patients who booked a visit and opted in on the booking "
            "page of our website to tell them stuff.",
            "failed",
        ),
    ],
)
def test_round_28_a_purpose_clause_names_the_kind_of_message(
    tmp_path, description: str, vague: str
) -> None:
    assert _description_results(tmp_path, description)["campaign.description_vague"] == vague


@pytest.mark.parametrize(
    ("description", "vague"),
    [
        # blind round 30 (a paint store): a verb of saying needs no object before the clause
        # that says what the text tells
        (
            "Brightwater Dental, a three-office practice in Tulsa, texts patients who ordered a "
            "night guard to say when their guard has arrived and is ready for a fitting.",
            "passed",
        ),
        (
            "Brightwater Dental texts patients who booked a visit on our booking page to notify "
            "them once their lab results are in.",
            "passed",
        ),
        # near misses: a verb of saying that says nothing
        (
            "Brightwater Dental texts patients who booked a visit and opted in on the booking "
            "page of our website to say hello.",
            "failed",
        ),
        (
            "Brightwater Dental texts patients who booked a visit and opted in on the booking "
            "page of our website to say thanks now and then.",
            "failed",
        ),
    ],
)
def test_round_30_a_verb_of_saying_names_the_kind_without_an_object(
    tmp_path, description: str, vague: str
) -> None:
    assert _description_results(tmp_path, description)["campaign.description_vague"] == vague


@pytest.mark.parametrize(
    ("consent", "expected"),
    [
        # blind round 29 (a pool table mover): the offers are another company's, a consent
        # shared with partners (optin.third_party_consent), not the brand's own marketing
        (
            "Text me appointment reminders from Brightwater Dental and special offers from "
            "Lakeside partner businesses.",
            "passed",
        ),
        ("Text me reminders, and special offers from our partners.", "passed"),
        # near misses: the brand sends the offers, alone or with its partners
        ("Text me appointment reminders and special offers from Brightwater Dental.", "failed"),
        ("Text me special offers from us and our partners.", "failed"),
        ("Text me appointment reminders and special offers.", "failed"),
    ],
)
def test_site_marketing_sent_by_other_companies_is_no_undeclared_use_case(
    consent: str, expected: str
) -> None:
    from analyzers.campaign.model import load_campaign
    from analyzers.context import AnalysisContext, AuditOptions
    from analyzers.registry import all_checks, run_check
    from tests.conftest import ROOT
    from tests.snapshots import snapshot_from_pages

    campaign = load_campaign(ROOT / "fixtures" / "campaigns" / "compliant.yaml")
    snapshot = snapshot_from_pages({"/book": f"<h1>Book</h1><p>{consent}</p>"})
    snapshot.pages[0].roles.append("optin")
    ctx = AnalysisContext(snapshot=snapshot, options=AuditOptions(), campaign=campaign)
    result = run_check(all_checks()["campaign.marketing_undeclared"], ctx)
    assert str(result.status) == expected, result.findings


@pytest.mark.parametrize(
    ("use_cases", "samples", "fires"),
    [
        # blind round 30 (a garden store): Mixed with order, pickup and delivery updates alone
        (
            "Mixed",
            [
                "Brightwater Dental: Your order #[order] has shipped. Reply STOP to opt out.",
                "Brightwater Dental: Your order #[order] is ready for pickup at the front desk.",
                "Brightwater Dental: Your order #[order] was delivered today.",
            ],
            True,
        ),
        (
            "Low Volume Mixed",
            [
                "Brightwater Dental: Your appointment is tomorrow at [time]. Reply STOP to quit.",
                "Brightwater Dental: Your invoice #[invoice] is due on [date].",
            ],
            True,
        ),
        # near misses: two kinds shown (a notice and a marketing message; a notice and a
        # survey, which Account Notification does not cover), and one kind under its own use
        # case
        (
            "Mixed",
            [
                "Brightwater Dental: Your order #[order] has shipped. Reply STOP to opt out.",
                "Brightwater Dental: Thanks for your order! Use code SAVE10 for 10% off next time.",
            ],
            False,
        ),
        (
            "Mixed",
            [
                "Brightwater Dental: Your appointment is tomorrow at [time]. Reply STOP to quit.",
                "Brightwater Dental: How did we do? Reply 1-5 to rate your visit.",
            ],
            False,
        ),
        (
            "Account Notification",
            [
                "Brightwater Dental: Your order #[order] has shipped. Reply STOP to opt out.",
                "Brightwater Dental: Your order #[order] was delivered today.",
            ],
            False,
        ),
    ],
)
def test_round_30_mixed_samples_must_show_two_kinds(
    tmp_path, use_cases: str, samples: list[str], fires: bool
) -> None:
    from analyzers.campaign.model import load_campaign
    from prevet.campaign_command import check_package
    from tests.conftest import ROOT

    text = (ROOT / "fixtures" / "campaigns" / "compliant.yaml").read_text()
    text = text.replace(
        "  use_cases: [Customer Care, Account Notification]", f"  use_cases: [{use_cases}]"
    )
    start = text.index("  samples:")
    end = text.index("  keywords:")
    listed = "".join(f'    - "{s}"\n' for s in samples)
    path = tmp_path / "c.yaml"
    path.write_text(text[:start] + "  samples:\n" + listed + text[end:])
    analysis = check_package(load_campaign(path))
    result = next(r for r in analysis.results if r.spec.id == "samples.use_case_mismatch")
    mixed = [f for f in result.findings if f.selector == "campaign.use_cases"]
    assert bool(mixed) == fires, result.findings


@pytest.mark.parametrize(
    ("description", "vague"),
    [
        # blind round 32 (a bail bondsman): the people the reminders are sent to, whatever the
        # trade calls them
        (
            "Lone Oak Bail Bonds sends court-date reminders and check-in reminders to defendants "
            "and co-signers on bonds we have written, so they appear in court on time.",
            "passed",
        ),
        (
            "Brightwater Dental sends appointment reminders to all registered anglers.",
            "passed",
        ),
        # near misses: an infinitive after "to" names no one
        ("Brightwater Dental sends appointment reminders to address questions.", "failed"),
        ("Brightwater Dental sends appointment reminders to keep things moving.", "failed"),
    ],
)
def test_round_32_the_people_messages_are_sent_to_are_the_recipients(
    tmp_path, description: str, vague: str
) -> None:
    assert _description_results(tmp_path, description)["campaign.description_vague"] == vague


@pytest.mark.parametrize(
    ("description", "vague"),
    [
        # blind round 33 (a surfboard shaper): "texts <people> [who ...]" then what is sent as
        # the verb's second object, whatever its nouns
        (
            "Brightwater Dental, a dental office in Tulsa, texts patients who opt in through the "
            "smile quiz on our website their whitening match, openings in the hygiene schedule, "
            "and in-office open house events.",
            "passed",
        ),
        # blind round 33 (a boarding stable): the people texted, then "about X: a list"
        (
            "Brightwater Dental is a three-chair family practice. We text patients about their "
            "own crowns and the office: lab pickup days, hygiene schedule changes, closures for "
            "weather, and monthly statements.",
            "passed",
        ),
        (
            "Brightwater Dental is a three-chair family practice. We text members about their "
            "own aligners and the office: fitting days and monthly statements.",
            "passed",
        ),
        # near misses: people, a sender or an opt-in place, but nothing sent
        ("Brightwater Dental is a family practice in Tulsa. We text our customers.", "failed"),
        ("Texts from Brightwater Dental, a family practice in Tulsa.", "failed"),
        (
            "Brightwater Dental is a family practice. We send messages to people who sign up.",
            "failed",
        ),
        ("Brightwater Dental texts customers who opt in through the smile quiz.", "failed"),
        (
            "Brightwater Dental texts customers who book their visits online through our site.",
            "failed",
        ),
    ],
)
def test_round_33_a_texting_verb_names_the_kind_by_its_object(
    tmp_path, description: str, vague: str
) -> None:
    assert _description_results(tmp_path, description)["campaign.description_vague"] == vague


@pytest.mark.parametrize(
    ("description", "vague"),
    [
        # blind round 35 (a coin shop): the people a consent participle names are the
        # recipients, whatever the trade calls them
        (
            "Brightwater Dental, a dental office in Tulsa, sends opted-in anglers alerts when a "
            "hygiene opening they chose comes up, with the fee.",
            "passed",
        ),
        (
            "Brightwater Dental sends subscribed collectors appointment reminders.",
            "passed",
        ),
        # near misses: the participle modifies the messages, or no one follows it
        ("Brightwater Dental sends opted-in texts about appointment reminders.", "failed"),
        ("Brightwater Dental sends appointment reminders once opted in.", "failed"),
    ],
)
def test_round_35_a_consent_participle_names_the_recipients(
    tmp_path, description: str, vague: str
) -> None:
    assert _description_results(tmp_path, description)["campaign.description_vague"] == vague


@pytest.mark.parametrize(
    ("sentence", "sent"),
    [
        ('"Text me my shade match plus Brightwater news: hygiene slot openings.', "my shade match"),
        ("We send hygiene slot openings to patients.", "hygiene slot openings"),
        ("Acme texts customers their order status.", "their order status"),
        ("We text boarders: farrier days and feed changes.", "farrier days"),
        # near misses: the noun "text", the subscriber texting, a negation, nothing of its own
        ("Get texts about your order.", None),
        ("Text us about your order.", None),
        ("Text STOP to 55555.", None),
        ("We never text customers about their balance.", None),
        ("We text customers about it.", None),
        ("Acme sends text alerts to customers.", None),
        ("Acme sends real-time updates to customers.", None),
        ("Acme texts customers who give us their number.", None),
        ("We send messages to customers: reply STOP to cancel.", None),
        ("Acme texts customers who asked about pricing.", None),
        ("We send texts about your order status.", "your order status"),
    ],
)
def test_round_33_what_a_texting_verb_sends(sentence: str, sent: str | None) -> None:
    from analyzers.campaign.texted import what_is_texted

    found = what_is_texted(sentence)
    assert (found and found.startswith(sent)) if sent else found is None, found


@pytest.mark.parametrize(
    ("flow", "missing"),
    [
        # blind round 33 (a surfboard shaper): the quoted box's "Text me" takes what is sent
        # as its object, a phrase longer than the plain-words reader's
        (
            'Patients finish the smile quiz and tick an optional box: "Text me my shade match '
            "plus Brightwater Dental office news: hygiene slot openings and whitening events. "
            "Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to "
            'cancel." Privacy Policy and Terms are linked.',
            [],
        ),
        # near miss: texts from the brand, and nothing of what they say
        (
            'Patients tick an optional box: "Send me texts from Brightwater Dental. Msg frequency '
            'varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel." Privacy '
            "Policy and Terms are linked.",
            ["the kind of messages"],
        ),
    ],
)
def test_round_33_a_flow_names_kinds_by_the_object_of_text_me(
    flow: str, missing: list[str]
) -> None:
    from analyzers.campaign.model import load_campaign
    from analyzers.checks.campaign_flow import cta_missing_elements
    from tests.conftest import ROOT

    campaign = load_campaign(ROOT / "fixtures" / "campaigns" / "compliant.yaml")
    assert cta_missing_elements(campaign, flow) == missing


@pytest.mark.parametrize(
    ("sample", "gambling"),
    [
        # blind round 33: a slot opened for a month is a place in a schedule
        ("Brightwater Dental: Two hygiene slots opened for [month]. Call to hold one.", False),
        ("Brightwater Casino: Play 200 slots online tonight.", True),
        ("Brightwater Casino: Claim free spins on our slots.", True),
    ],
)
def test_round_33_a_sample_slot_opened_for_a_month_is_no_gambling(
    sample: str, gambling: bool
) -> None:
    from analyzers.campaign.content_terms import find_prohibited_terms

    assert any(t.category == "gambling" for t in find_prohibited_terms(sample)) is gambling


@pytest.mark.parametrize(
    "text",
    [
        # blind round 36: offers of work made to a worker, a quoted button a person clicks
        "Dockside Staffing texts associates who signed up: new openings, shift offers from our "
        "client sites, and application updates.",
        "We text candidates job offers and interview times.",
        'Customers click "Book now" on our site, pick a time and enter their mobile number.',
        'Guests tap the "Order now" button, then tick an unchecked box for order texts.',
    ],
)
def test_round_36_work_offered_and_a_button_s_name_are_not_marketing(text: str) -> None:
    from analyzers.campaign.promotions import promotions_sent

    assert "marketing" not in classify(text).labels, classify(text).matches
    assert promotions_sent(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # near misses: offers a buyer gets, "Book now" as what the text says
        "We text members weekly offers from our shop.",
        "We text you Book now deals every week.",
        "Text me deals. Book now!",
    ],
)
def test_round_36_offers_to_buyers_and_a_call_to_book_still_are(text: str) -> None:
    from analyzers.campaign.promotions import promotions_sent

    assert "marketing" in classify(text).labels or promotions_sent(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # blind round 36: a message sent when an event happens tells of the event; the
        # message noun's modifiers name its kind
        "Heron Point Kayaks texts guests who opted in on our site when seats open up on "
        "sold-out paddles.",
        "Text me from Heron Point Kayaks when seats open on sold-out paddles.",
        "Heron Point Kayaks sends texts when new tours are announced.",
        "By opting in you agree to receive scheduling and crew arrival texts from Oakline Floors.",
    ],
)
def test_round_36_a_when_clause_or_a_modifier_names_what_is_texted(sentence: str) -> None:
    from analyzers.campaign.texted import what_is_texted

    assert what_is_texted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: what the people did, no event, a count, a negated verb
        "We text customers when they book.",
        "We text our customers when needed.",
        "We text customers when there is news.",
        "Most members get a few texts a month.",
        "You agree to receive recurring automated text messages from Acme.",
        "You will not receive shipping texts from Acme.",
    ],
)
def test_round_36_a_when_clause_without_an_event_names_nothing(sentence: str) -> None:
    from analyzers.campaign.texted import what_is_texted

    assert what_is_texted(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # blind round 37: the modifiers of the messages a person signs up for name their kind,
        # coordinated or hyphenated, read by the campaign file's and the form's readers alike
        "Sign me up for event and new-release texts from Harbor Books Eastside.",
        "Yes, subscribe me to price-drop alerts from Harbor Outfitters.",
        "I opt in to shift-opening texts from Harbor Staffing.",
        "Enroll me in pickup and delivery-window reminders.",
    ],
)
def test_round_37_modifiers_of_the_texts_signed_up_for_name_their_kind(sentence: str) -> None:
    from analyzers.campaign.texted import kind_by_event_or_modifier, what_is_texted
    from analyzers.optin.plain_words import message_type_in

    assert kind_by_event_or_modifier(sentence)
    assert what_is_texted(sentence)
    assert message_type_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: no modifier, the sender's name, manner or count words, a negated verb
        "Sign me up for texts from Harbor Books.",
        "Sign me up for Harbor Books texts.",
        "Subscribe to our alerts.",
        "Sign up for recurring automated text messages.",
        "Sign me up for up to 4 texts a month.",
        "Please do not sign me up for promo texts.",
        # how often, by what channel, at what price: no kind
        "Subscribe to email and text updates.",
        "Sign up for free texts.",
        "Sign up for exclusive text alerts.",
        "Sign up for weekly texts.",
        "Opt in to receive texts.",
        "Subscribe to our newsletter and text alerts.",
        "Sign up for SMS and email notifications.",
    ],
)
def test_round_37_signing_up_for_texts_alone_names_no_kind(sentence: str) -> None:
    from analyzers.campaign.texted import kind_by_event_or_modifier

    assert kind_by_event_or_modifier(sentence) is None


# --- blind round 38: an organization's own election; a Mixed campaign's listed kinds ----------


@pytest.mark.parametrize(
    "text",
    [
        # a homeowners' association, club, co-op or credit union electing its own board or
        # officers: polling and voting, not a public election
        "Elm Court HOA: Ballots for the [year] board election are due [date] at 6pm.",
        "Elm Court HOA sends reminders to cast a ballot for the association's annual board "
        "election.",
        "Ridge Credit Union: The election of officers closes Friday at noon.",
        "Ridge Golf Club: Board of directors election ballots are in your mailbox.",
        "Ridge Co-op: Vote for the new board at the annual meeting on [date].",
    ],
)
def test_round_38_an_organizations_own_election_is_not_political(text: str) -> None:
    assert "political" not in classify(text).labels, classify(text).matches


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a public body or a public election in the clause, a voter before the
        # verb, an election with no body named
        "Elm Court HOA: Ballots for the school board election are due [date].",
        "Elm Court HOA: Vote in the county board of supervisors election on [date].",
        "Ridge PAC: Ballots for the primary election are due [date].",
        "Ridge Union: Members vote for Dana Ruiz on [date].",
        "Ridge Union: Election day is [date], find your polling place.",
        "Ridge Co-op: The election for the board of education is [date].",
    ],
)
def test_round_38_a_public_election_stays_political(text: str) -> None:
    assert "political" in classify(text).labels, text


HOA_POLLING = "  use_cases: [Polling and Voting]\n"


def test_round_38_an_hoa_board_election_fits_polling_and_voting(tmp_path) -> None:
    samples = [
        "Brightwater HOA poll: Should the pool open at 6am? Reply 1 for Yes, 2 for No. "
        "Reply STOP to opt out.",
        "Brightwater HOA: Ballots for the [year] board election close [date]. Reply HELP for help.",
    ]
    for check_id in ("samples.use_case_mismatch", "campaign.political_mismatch"):
        status, findings = _samples_status(tmp_path, check_id, HOA_POLLING, samples)
        assert status == "passed", (check_id, [f.message for f in findings])


@pytest.mark.parametrize(
    ("use_cases", "expected"),
    [
        # blind round 38 (a distillery): Low Volume Mixed narrowed to two listed kinds does not
        # cover a promotion
        (
            "  use_cases: [Low Volume Mixed]\n"
            "  sub_use_cases: [Account Notification, Customer Care]\n",
            "failed",
        ),
        # near misses: the sub use cases list marketing, or none are listed (any business kind)
        (
            "  use_cases: [Low Volume Mixed]\n  sub_use_cases: [Account Notification, Marketing]\n",
            "passed",
        ),
        ("  use_cases: [Low Volume Mixed]\n", "passed"),
    ],
)
def test_round_38_a_mixed_campaigns_listed_kinds_bound_its_samples(
    tmp_path, use_cases, expected
) -> None:
    samples = [
        "Brightwater Dental: Your visit is confirmed for [date]. Reply STOP to opt out.",
        "Brightwater Dental: Thanks for your question! A team member will call you back today.",
        "Brightwater Dental: This weekend only, 20% off whitening kits! Reply STOP to opt out.",
    ]
    status, findings = _samples_status(tmp_path, "samples.use_case_mismatch", use_cases, samples)
    assert status == expected, [f.message for f in findings]


@pytest.mark.parametrize(
    ("use_cases", "samples", "expected"),
    [
        # blind round 39: a reset code is a passcode ("Use [code] to reset your password")
        (
            "  use_cases: [2FA]\n",
            [
                "Acme Dental: [code] is your sign-in code. Don't share it.",
                "Acme Dental: Use [code] to reset your password. Reply STOP to opt out.",
            ],
            "passed",
        ),
        # near miss: a promo code used to save is no passcode
        (
            "  use_cases: [2FA]\n",
            [
                "Acme Dental: [code] is your sign-in code. Don't share it.",
                "Acme Dental: Use [code] to save 15% on whitening. Reply STOP to opt out.",
            ],
            "failed",
        ),
        # blind round 39: an offer inside a delivery notice makes it marketing
        (
            "  use_cases: [Delivery Notification]\n",
            [
                "Acme Dental: Your order has shipped and arrives [date]. Reply STOP to opt out.",
                "Acme Dental: Thanks for your order! Take 15% off your next purchase this "
                "weekend only.",
            ],
            "failed",
        ),
        # near miss: the same notices without the offer fit the use case
        (
            "  use_cases: [Delivery Notification]\n",
            [
                "Acme Dental: Your order has shipped and arrives [date]. Reply STOP to opt out.",
                "Acme Dental: Thanks for your order! Your driver will text when close.",
            ],
            "passed",
        ),
    ],
)
def test_round_39_a_reset_code_is_2fa_and_an_offer_in_a_notice_is_marketing(
    tmp_path, use_cases, samples, expected
) -> None:
    status, findings = _samples_status(tmp_path, "samples.use_case_mismatch", use_cases, samples)
    assert status == expected, [f.message for f in findings]
