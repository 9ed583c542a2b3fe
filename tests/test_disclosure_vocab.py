"""The shared disclosure vocabulary (analyzers/vocab/disclosure.yaml): variants it must accept and
look-alikes it must not."""

from __future__ import annotations

import pytest

from analyzers.text.vocabulary import vocabulary

ACCEPT = {
    "rates": ["Msg & data rates may apply.", "Msg&data rates may apply", "Message and data rates "
              "may apply.", "Standard messaging rates may apply", "Msg/data rates may apply"],
    "frequency": ["Msg frequency varies.", "Up to 4 msgs/month.", "4msgs/mo", "Message "
                  "frequency may vary", "recurring automated marketing texts"],
    "help": ["Reply HELP for help.", "Text HELP for assistance", 'reply "help"'],
    "stop": ["Reply STOP to cancel.", "Text END to opt out", "You can opt out at any time.",
             'Reply "STOP" to unsubscribe', "Reply Stop to cancel"],
    "condition_of_purchase": ["Consent is not a condition of purchase.", "Consent is not "
                              "required to buy goods or services."],
    "carrier_liability": ["Carriers are not liable for delayed or undelivered messages."],
    "message_types": ["appointment reminders", "order updates", "promotional offers",
                      "updates about your order", "verification codes"],
}
REJECT = {
    "stop": ["Stop by our store any time.", "Non-stop service"],
    "help": ["Help center", "We are here to help you."],
    "rates": ["Our rates are competitive."],
    "message_types": ["text messages", "Sign up now"],
}


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in ACCEPT.items() for t in v])
def test_accepts(label: str, text: str) -> None:
    assert label in vocabulary("disclosure").labels_in(text)


@pytest.mark.parametrize(("label", "text"), [(k, t) for k, v in REJECT.items() for t in v])
def test_rejects(label: str, text: str) -> None:
    assert label not in vocabulary("disclosure").labels_in(text)


def test_shared_labels_stay_stable() -> None:
    assert {"rates", "frequency", "help", "stop", "condition_of_purchase",
            "carrier_liability"} <= set(vocabulary("disclosure").labels)
