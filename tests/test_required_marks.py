"""An asterisk the form explains marks a field required (analyzers/optin/required)."""

from __future__ import annotations

import pytest

from analyzers.optin.required import marked_required
from crawler.snapshot import Control, Form, TextBlock


def _form(*legend: str) -> tuple[Form, Control]:
    phone = Control(tag="input", type="tel", placeholder="Mobile phone*")
    texts = [TextBlock(text=t, where="inside") for t in legend]
    return Form(selector="form", controls=[phone], texts=texts), phone


@pytest.mark.parametrize(
    "legend",
    [
        "*Required Fields",
        "* indicates a required field",
        "Fields marked with an asterisk (*) are required.",
    ],
)
def test_an_asterisk_the_form_explains_marks_the_field_required(legend: str) -> None:
    form, phone = _form(legend)
    assert marked_required(phone, form)


@pytest.mark.parametrize(
    "legend",
    [
        "*Msg & data rates may apply.",  # the asterisk is a footnote mark
        "*Consent is not required to purchase.",
        "Phone number is optional; * marks fields we need for delivery and is not required here.",
    ],
)
def test_an_asterisk_without_a_required_legend_decides_nothing(legend: str) -> None:
    form, phone = _form(legend)
    assert not marked_required(phone, form)


def test_the_required_attribute_needs_no_legend() -> None:
    phone = Control(tag="input", type="tel", label="Phone", required=True)
    assert marked_required(phone, Form(selector="form", controls=[phone]))


def test_an_unmarked_field_is_not_required_by_the_legend() -> None:
    phone = Control(tag="input", type="tel", label="Mobile phone (optional)")
    form = Form(selector="form", controls=[phone], texts=[TextBlock(text="*Required Fields")])
    assert not marked_required(phone, form)
