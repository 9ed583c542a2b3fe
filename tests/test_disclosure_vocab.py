"""The shared disclosure vocabulary (analyzers/vocab/disclosure.yaml): variants it must accept and
look-alikes it must not."""

from __future__ import annotations

import pytest

from analyzers.campaign.phrases import phrasebook
from analyzers.text.vocabulary import vocabulary

ACCEPT = {
    "rates": [
        "Msg & data rates may apply.",
        "Msg&data rates may apply",
        "Message and data rates may apply.",
        "Standard messaging rates may apply",
        "Msg/data rates may apply",
        # paraphrase round 11: the cost named by both things it is for; the subscriber pays it
        "Data and messaging charges from your phone company may be incurred.",
        "You agree to pay any message and data charges your carrier bills.",
    ],
    "frequency": [
        "Msg frequency varies.",
        "Up to 4 msgs/month.",
        "4msgs/mo",
        "Message frequency may vary",
        "Up to 4 per month.",
        "Maximum 6 texts a month.",
        "At most 3 messages a week.",
        # a count of times: "#" alone is a number slot (blind round 16: "1-2x a week")
        "Texts go out 3 times a month.",
        "Shift alerts come 1-2x a week.",
        # blind round 34: a participle in a run-on consent, one text, one per sign-in
        "Texts come with message frequency varying by booking (usually 2-4 messages).",
        "You will receive a single reminder text.",
        "A login code is sent by text each time you sign in.",
    ],
    "help": ["Reply HELP for help.", "Text HELP for assistance", 'reply "help"'],
    "stop": [
        "Reply STOP to cancel.",
        "Text END to opt out",
        "You can opt out at any time.",
        'Reply "STOP" to unsubscribe',
        "Reply Stop to cancel",
    ],
    "condition_of_purchase": [
        "Consent is not a condition of purchase.",
        "Consent is not required to buy goods or services.",
        "This consent is optional and not required to hire the firm.",
        "Agreeing to texts is not needed to use our services.",
        # the dealing going ahead without the texts (blind round 31, m31b keyhole)
        "Optional: you can book without texts.",
        "You may still order without opting in to SMS.",
        # subjectless, in the SMS fine print (blind round 32, a towing company)
        "Not required to request service.",
        # blind round 33: the dealing named by any verb, or going ahead without the consent
        "Not required to play.",
        "Not required to get a quote or buy.",
        "Consent is not a condition of renting.",
        "Optional — we'll still dispatch without it.",
        # blind round 34 (m34 tesserae): "needed" as "required"
        "Optional — not needed to register.",
        # blind round 35 (a barbershop): the person going ahead without the optional number
        "Optional — you can book without it.",
        # blind round 36 (a food bank): what a nonprofit offers, the texts as the subject
        "Choosing texts is optional and is not required to volunteer.",
        "Consent is not needed to donate.",
        # blind round 37 (m37b bramble basket): an app's account goes ahead without the texts
        "You can still create an account without texts.",
        "You can use the app without text messages.",
    ],
    "carrier_liability": ["Carriers are not liable for delayed or undelivered messages."],
    "message_types": [
        "appointment reminders",
        "order updates",
        "promotional offers",
        "updates about your order",
        "verification codes",
        # the kinds, then the text channel (paraphrase round 11)
        "Get lane closures and swim meet news by text.",
    ],
}
REJECT = {
    "stop": ["Stop by our store any time.", "Non-stop service"],
    "help": ["Help center", "We are here to help you."],
    "rates": ["Our rates are competitive.", "Delivery charges may be incurred."],
    "condition_of_purchase": [
        "A retainer is not required to hire the firm.",
        "Consent to texts is optional.",
        "Your phone number is not required to use our services.",
        "You can book without an account.",
        "You can order without signing in.",
        "You can still create an account without a password manager.",
        "We'll still call you without it.",
        "Membership is not a condition of playing.",
        "Not needed: a credit card.",
        "A phone number is not required to volunteer.",
    ],
    "message_types": [
        "text messages",
        "Sign up now",
        "Get lane closures and swim meet news by email.",
    ],
    # "recurring" says that the messages repeat, not how often (issue 13)
    "frequency": [
        "recurring automated marketing texts",
        "You agree to receive recurring texts from the shop.",
        # a count per period that is not of times
        "The pantry is open 6 days a week.",
        "Invoices are delivered each time you order.",
        "Send us a single text to start.",
    ],
}


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in ACCEPT.items() for t in v])
def test_accepts(label: str, text: str) -> None:
    assert label in vocabulary("disclosure").labels_in(text)


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in REJECT.items() for t in v])
def test_rejects(label: str, text: str) -> None:
    assert label not in vocabulary("disclosure").labels_in(text)


def test_shared_labels_stay_stable() -> None:
    assert {
        "rates",
        "frequency",
        "help",
        "stop",
        "condition_of_purchase",
        "carrier_liability",
    } <= set(vocabulary("disclosure").labels)


# issue 13: open-ended message types, frequency by trigger or per event, rates in other words
ACCEPT_13 = {
    "message_types": [
        "Updates on your repair ticket, like when the van is on its way.",
        "Texts regarding your rental application.",
        "We text you about your order, pickups and account questions.",
        "Two-way messages to coordinate deliveries.",
        "Messages are about your claim and its payments.",
        "Get notified when your table is ready.",
    ],
    "frequency": [
        "Texts are sent as needed whenever your crew is scheduled.",
        "One or two texts per booking.",
        "We only text when your order ships.",
        "Message frequency: up to 3 per week.",
        "Msg freq. varies.",
        "The number of messages you get varies with your orders.",
        "You'll hear from us a few times a month.",
        "Launches and restocks (marketing texts), about 4 per month.",
        "Usually 2 or 3 a week.",
        "You'll get texts, usually 1-2 per visit.",
        # blind round 33 (a solar-monitoring page's terms): the period's adverb after the count
        "Users typically receive approximately 10 messages monthly.",
        "Expect about 4 texts weekly.",
    ],
    "rates": [
        "Texting fees may apply.",
        "Std msg rates apply.",
        "Text and data charges from your carrier may be applied.",
        "You are responsible for any fees your wireless carrier charges for texts.",
    ],
    "carrier_liability": ["Mobile providers are not responsible for late or undelivered texts."],
}
REJECT_13 = {
    "message_types": [
        "By signing up you agree to receive text messages from us.",
        "Messages on your phone may be delayed.",
    ],
    "frequency": [
        "We are open 7 days a week.",
        "Only adults may enroll.",
        "Memberships cost about $4 per month.",
        "About 4 per cent of orders ship late.",
        "We publish 3 posts weekly.",
        "Lessons are billed monthly.",
    ],
    "rates": [
        "Delivery rates may apply to orders under $50.",
        "You are responsible for any fees your bank charges.",
    ],
    "help": ["HELP WANTED: now hiring drivers."],
}


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in ACCEPT_13.items() for t in v])
def test_accepts_open_ended_wording(label: str, text: str) -> None:
    assert label in vocabulary("disclosure").labels_in(text)


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in REJECT_13.items() for t in v])
def test_rejects_look_alikes_of_open_ended_wording(label: str, text: str) -> None:
    assert label not in vocabulary("disclosure").labels_in(text)


# blind round 8: a bare count per event right after the texts it counts, in both matchers
# (the site reader's spaCy vocabulary and the campaign file's phrasebook)
COUNT_AFTER_NOUN = [
    "You're enrolled in pickup texts, 2-3 per order.",
    "Expect grooming reminders, up to 4 per appointment.",
    "Lesson updates (1 to 2 per lesson).",
    "Delivery alerts: 3 per shipment.",
]
PRICE_AFTER_NOUN = [
    "Premium texts cost $5 per month.",
    "Text us for $40 per visit.",
    "Reminder texts cost nothing; tune-ups are $90 per visit.",
]


@pytest.mark.parametrize("text", COUNT_AFTER_NOUN)
def test_count_per_event_after_the_texts_is_frequency(text: str) -> None:
    assert "frequency" in vocabulary("disclosure").labels_in(text)
    assert "frequency" in phrasebook("disclosure").labels_in(text)


@pytest.mark.parametrize("text", PRICE_AFTER_NOUN)
def test_price_per_event_near_texts_is_not_frequency(text: str) -> None:
    assert "frequency" not in vocabulary("disclosure").labels_in(text)
    assert "frequency" not in phrasebook("disclosure").labels_in(text)


# blind round 28 (paraphrase set 6): the rates line as the subscriber's plan pricing the texts
# or "M&D"; INFO as a help keyword; frequency by a period adverb of sending or "each time";
# the carriers named with a word of their service. Each with look-alikes: the business's own
# prices, a keyword-less "text us for info", a period of something else, the carrier named
# with no one excused.
ACCEPT_28 = {
    "rates": [
        "Standard rates from your wireless plan apply to each text.",
        "Texting this number may incur carrier fees under your mobile plan.",
        "M&D rates may apply.",
        "Texts may incur wireless carrier charges.",
    ],
    "help": [
        "Reply INFO for program information.",
        "Text 'info' for more details about VIP Club texts.",
        "Text “INFO” for help.",
    ],
    "frequency": [
        "You'll get a text each time your prescription is ready.",
        "Messages are sent weekly, usually on Fridays.",
        "Reminder texts go out daily during camp week.",
        "We send you a text each time a class is cancelled.",
    ],
    "carrier_liability": [
        "Mobile service providers are not liable for any message that is delayed or undelivered.",
        "Participating wireless carriers disclaim liability for delayed or undelivered messages.",
    ],
}
REJECT_28 = {
    "rates": [
        "Standard rates apply to each lesson.",
        "You may incur late fees under your lease.",
        "Rates on our mobile plans start at $30.",
        "Installation fees from our crew apply to each visit.",
    ],
    "help": [
        "Text us for more info.",
        "Reply with info about your order.",
        "Send your info for a quote.",
    ],
    "frequency": [
        "Orders are shipped weekly.",
        "Each time you text us, a person reads it.",
        "Our newsletter goes to print monthly.",
        "Send us a text each time you need a refill.",
    ],
    "carrier_liability": [
        "Contact your carrier if messages are delayed.",
        "Ask your carrier why texts are delayed or undelivered.",
    ],
}


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in ACCEPT_28.items() for t in v])
def test_accepts_round_28_wording(label: str, text: str) -> None:
    assert label in vocabulary("disclosure").labels_in(text)


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in REJECT_28.items() for t in v])
def test_rejects_look_alikes_of_round_28_wording(label: str, text: str) -> None:
    assert label not in vocabulary("disclosure").labels_in(text)


# blind paraphrase round 7 (blind round 30): the messaging's cost, a daily text, a capped count
# of offers by text and a kind said as what the messages are; each with its near misses
ROUND30_ACCEPT = {
    "rates": [
        "Standard carrier fees for text messages and data may apply to each message.",
        "Depending on your mobile plan, you may be charged for each text we send.",
        "Data and messaging charges from your phone company may apply.",
    ],
    "frequency": [
        "You'll get a text each weekday morning.",
        "Expect one reminder each Monday.",
        "Get up to 3 deals a week by text.",
    ],
    "message_types": [
        "Messages are informational and relate to your prescription refills.",
        "Texts will be promotional.",
    ],
}
ROUND30_REJECT = {
    "rates": [
        "You will not be charged for texts.",  # the negation breaks the phrase
        "You may be charged for each order.",  # no text
        "Delivery charges from the shipping company may apply.",  # not the messaging's cost
    ],
    "frequency": [
        "Get up to 3 deals a week in our store.",  # no channel says they are texts
        "Text us each morning.",  # the subscriber's text
    ],
    # the sales a policy settles are dealings, not a kind of message ("texts about sales" is one)
    "message_types": ["Messages are free.", "All sales are final."],
}


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in ROUND30_ACCEPT.items() for t in v])
def test_round30_accepts(label: str, text: str) -> None:
    assert label in vocabulary("disclosure").labels_in(text)


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in ROUND30_REJECT.items() for t in v])
def test_round30_rejects(label: str, text: str) -> None:
    assert label not in vocabulary("disclosure").labels_in(text)


# blind round 31 (a farm CSA's weekly pickup texts): the period said by its adverb, in a
# subjectless fine-print line, after the texts, or answering "How often:"; near misses where
# the adverb is another thing's period or an adjective of something not texted
ROUND31_FREQUENCY = [
    "Sent weekly during the 20-week season.",
    "How often: weekly, on your pickup day, June through October.",
    "You're signed up for pickup-day texts, weekly in season.",
    "We text members monthly with the meeting agenda.",
]
ROUND31_NOT_FREQUENCY = [
    "Orders are sent weekly.",
    "Check our weekly specials.",
    "Our texts, weekly deals and more.",
    "We post weekly on Instagram.",
    "How often: it depends on the season.",
]


@pytest.mark.parametrize("text", ROUND31_FREQUENCY)
def test_round31_period_adverbs_are_frequency(text: str) -> None:
    assert "frequency" in vocabulary("disclosure").labels_in(text)


@pytest.mark.parametrize("text", ROUND31_NOT_FREQUENCY)
def test_round31_period_adverbs_of_other_things_are_not(text: str) -> None:
    assert "frequency" not in vocabulary("disclosure").labels_in(text)


# blind round 31 (para8): the usual rates named for the messaging after them, a count per week
# written "2x/wk", "approx." before a count, monthly reminders, no carrier liable, the carrier
# liability as a field, texts carrying kinds; each with its near misses
ROUND31_ACCEPT = {
    "rates": ["Normal rates for text messages may apply under your plan."],
    "frequency": [
        "Expect alerts 2-3x/wk.",
        "Offers by text, approx. 2/month.",
        "Weekly reminders about your lesson time.",
    ],
    "carrier_liability": [
        "No carrier is responsible for late or undelivered texts.",
        "Carrier liability: none for lost or delayed texts.",
    ],
    "message_types": ["You'll get texts with route changes and closures."],
}
ROUND31_REJECT = {
    "rates": ["Standard rates for lessons apply."],  # no messaging
    "frequency": ["Monthly payments are due on the 1st."],  # no messages
    "help": ["The HELP Act requires lenders to disclose fees."],  # a law's name
    "message_types": ["Texts with links may be filtered."],  # no kind carried
}


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in ROUND31_ACCEPT.items() for t in v])
def test_round31_accepts(label: str, text: str) -> None:
    assert label in vocabulary("disclosure").labels_in(text)


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in ROUND31_REJECT.items() for t in v])
def test_round31_rejects(label: str, text: str) -> None:
    assert label not in vocabulary("disclosure").labels_in(text)


# blind round 32 (para9): "text or data fees", who sets them before "may apply"
ROUND32_ACCEPT = {
    "rates": ["Any text or data fees are charged by your mobile provider and may apply."],
}
ROUND32_REJECT = {
    "rates": [
        "Text or data fees are never charged by us.",  # no "may apply"
        "Any shipping or handling fees are set by the courier and may apply.",  # no messaging
    ],
}


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in ROUND32_ACCEPT.items() for t in v])
def test_round32_accepts(label: str, text: str) -> None:
    assert label in vocabulary("disclosure").labels_in(text)


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in ROUND32_REJECT.items() for t in v])
def test_round32_rejects(label: str, text: str) -> None:
    assert label not in vocabulary("disclosure").labels_in(text)


# blind paraphrase round 12 (blind round 35): the carrier billing the texts as a fact, set
# against the business; one text per event as a bare count; a period of the business's upkeep
# of its policy is no frequency of texts
ROUND35_ACCEPT = {
    "rates": [
        "Your carrier bills you for any texting or data costs.",
        "Your wireless provider, not Maple Dental, charges you for texts under your plan.",
    ],
    "frequency": [
        "One text each time your repair is finished.",
        "1 reminder every time a class is booked.",
    ],
}
ROUND35_REJECT = {
    "rates": [
        "Your carrier, not us, handles delivery of your texts.",
        "Maple Dental bills you for cleanings, not texts.",
    ],
    "frequency": [
        "Once a year, we review and update this privacy policy.",
        "We revise these terms once a year.",
        "Send us a text each time you need a refill.",
    ],
}


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in ROUND35_ACCEPT.items() for t in v])
def test_accepts_round_35_wording(label: str, text: str) -> None:
    assert label in vocabulary("disclosure").labels_in(text)


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in ROUND35_REJECT.items() for t in v])
def test_rejects_look_alikes_of_round_35_wording(label: str, text: str) -> None:
    assert label not in vocabulary("disclosure").labels_in(text)


# blind paraphrase round 13 (blind round 36): carriers named charging the messaging's rates;
# texts made subject to those rates; OPTOUT and a keyword named as "the word"; a quoted sample
# message after "e.g." or under a "Sample messages" label
ROUND36_ACCEPT = {
    "rates": [
        "Depending on your plan, Verizon and other carriers may charge you standard text"
        " messaging rates.",
        "All texts are subject to your mobile carrier's standard message and data rates.",
    ],
    "stop": [
        "Text OPTOUT to 55123 to stop reminders.",
        "To stop getting texts, reply with the word cancel.",
        "Send us the keyword stop at any time.",
    ],
    "message_types": [
        "We'll text you, e.g. 'Your refill is ready at our Elm St. counter.'",
        "We may message you, for example: 'Your table for two is ready.'",
        "Sample messages: 'Hi Ana, your bike is tuned and ready to collect.'",
    ],
}
ROUND36_REJECT = {
    "rates": [
        "Carriers may charge you an activation fee for a new line.",
        "Orders are subject to standard shipping rates.",
    ],
    "stop": [
        "Reply with the word yes to confirm.",
    ],
    "message_types": [
        "Enter your name, e.g. 'Jordan Lee'.",
    ],
}


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in ROUND36_ACCEPT.items() for t in v])
def test_accepts_round_36_wording(label: str, text: str) -> None:
    assert label in vocabulary("disclosure").labels_in(text)


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in ROUND36_REJECT.items() for t in v])
def test_rejects_look_alikes_of_round_36_wording(label: str, text: str) -> None:
    assert label not in vocabulary("disclosure").labels_in(text)


def test_a_footnote_mark_glued_to_a_word_is_a_token_of_its_own() -> None:
    """Blind r37: "Send me appointment & aftercare texts†" must still say "texts"; so must a
    label marked with a double dagger or a superscript number, and fine print led by its mark
    ("†Acme Dental sends ...")."""
    from analyzers.text.nlp import nlp

    for marked in ("aftercare texts†", "aftercare texts‡", "aftercare texts¹", "texts†."):
        assert "texts" in [t.text for t in nlp()(marked)], marked
    assert [t.text for t in nlp()("†Acme")] == ["†", "Acme"]
    # near misses: words, numbers and ordinary punctuation are tokenized as before
    assert [t.text for t in nlp()("Reply STOP. 4 msgs/month")] == [
        "Reply",
        "STOP",
        ".",
        "4",
        "msgs",
        "/",
        "month",
    ]


# blind paraphrase round 14 (blind round 37): the rates line typed in a hurry, and a footnote
# marker glued to the carrier line (the tokenizer splits it off: analyzers/text/nlp.py)
ROUND37_ACCEPT = {
    "rates": [
        "Msg & data rate may apply.",
        "Message & date rates may apply.",
        "Text and data rate will apply.",
        "Msg & data rates may apply²",
    ],
    "carrier_liability": [
        "¹Carriers are not liable for delayed or undelivered messages.",
        "†Carriers are not liable for delayed or undelivered messages.",
    ],
}
ROUND37_REJECT = {
    "rates": [
        "Our date rates may apply to weekend bookings.",
        "Update rates may apply.",
    ],
}


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in ROUND37_ACCEPT.items() for t in v])
def test_accepts_round_37_wording(label: str, text: str) -> None:
    assert label in vocabulary("disclosure").labels_in(text)


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in ROUND37_REJECT.items() for t in v])
def test_rejects_look_alikes_of_round_37_wording(label: str, text: str) -> None:
    assert label not in vocabulary("disclosure").labels_in(text)


# blind round 39 (fix39-optin): a count per event written as a field ("Msgs per delivery: 1–3"),
# what a text tells said in a participle after it, and the details texts carry sent to the
# person
ROUND39_ACCEPT = {
    "frequency": [
        "Msgs per delivery: 1–3.",
        "Texts per order - 2.",
    ],
    "message_types": [
        "You will get a text alert at 7 am notifying you that the road is closed.",
        "Texts reminding you of your next cleaning.",
        "I allow Acme to send me details about Acme plans.",
    ],
}
ROUND39_REJECT = {
    "frequency": [
        "Texts per order: free.",
        "Msgs per delivery: see the FAQ.",
        "We will send you a text confirming your booking.",
        # the opt-out's one confirmation is no count of the program's texts
        "Reply STOP and we will send one message confirming that you have been unsubscribed.",
    ],
    "message_types": [
        "Texts notifying you.",
        "Reply to this text notifying us of a change.",
        "Send us details about your order.",
        "See details about your account below.",
    ],
}


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in ROUND39_ACCEPT.items() for t in v])
def test_accepts_round_39_wording(label: str, text: str) -> None:
    assert label in vocabulary("disclosure").labels_in(text)


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in ROUND39_REJECT.items() for t in v])
def test_rejects_look_alikes_of_round_39_wording(label: str, text: str) -> None:
    assert label not in vocabulary("disclosure").labels_in(text)
