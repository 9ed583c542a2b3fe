"""One reading of emails, phone numbers and mailto: links (analyzers/text/contacts)."""

from __future__ import annotations

import pytest

from analyzers.policy.contact import business_contact
from analyzers.text.contacts import (
    find_emails,
    find_phones,
    find_placeholders,
    is_placeholder_email,
    is_placeholder_phone,
    mailto_address,
)
from crawler.snapshot import Link, Page, SiteSnapshot


@pytest.mark.parametrize(
    "text",
    ["Call (541) 555-0142", "Call 541.555.0142", "Call 541\u2011555\u20110142", "+1 541 555 0142"],
)
def test_a_phone_number_however_its_groups_are_set_apart(text: str) -> None:
    assert find_phones(text)


@pytest.mark.parametrize("text", ["Order #915415550142", "Invoice 541-555-01420", "room 123-4567"])
def test_longer_digit_runs_and_short_numbers_are_no_phone(text: str) -> None:
    assert find_phones(text) == []


def test_an_image_name_is_no_email() -> None:
    assert find_emails("logo@2x.png and help@bluefin.example.com") == ["help@bluefin.example.com"]


def test_a_mailto_link_gives_its_address_without_fields() -> None:
    assert mailto_address("mailto:care@bluefin.com?subject=Hi") == "care@bluefin.com"
    assert mailto_address("mailto:?subject=Share") == ""
    assert mailto_address("https://bluefin.com") == ""


def test_the_suggested_contact_reads_the_pages_as_the_site_checks_do() -> None:
    page = Page(
        url="https://bluefin.com/contact",
        text="Reach us at 541\u2011555\u20110142.",
        links=[Link(href="mailto:care@bluefin.com?subject=Hello")],
    )
    contact = business_contact(SiteSnapshot(start_url=page.url, pages=[page]))
    assert (contact.email, contact.phone) == ("care@bluefin.com", "541\u2011555\u20110142")


@pytest.mark.parametrize(
    "address",
    [
        "info@yourdomain.com",
        "hello@yoursite.com",
        "name@domain.com",
        "care@example.org",
        "email@address.com",
        "youremail@gmail.com",
        "studio@quill.example",
    ],
)
def test_a_template_s_sample_address_is_no_email(address: str) -> None:
    """Blind round 14 (quillfeather-calligraphy): a contact page still showing its template's
    placeholders gives no way to reach the business."""
    assert is_placeholder_email(address)
    assert find_emails(f"Email: {address}") == []
    assert find_placeholders(f"Email: {address}") == [("email", address)]


@pytest.mark.parametrize(
    "address",
    ["help@bluefin.example.com", "hello@yourdentistnow.com", "frontdesk@domainsbyanna.com"],
)
def test_a_real_looking_address_is_an_email(address: str) -> None:
    """Near misses: a subdomain of example.com (how prevet's own fixtures write one) and real
    domains that merely start like a placeholder."""
    assert not is_placeholder_email(address)
    assert find_emails(f"Email: {address}") == [address]


@pytest.mark.parametrize(
    "number", ["(000) 000-0000", "123-456-7890", "555-555-5555", "+1 (222) 222-2222"]
)
def test_a_template_s_sample_number_is_no_phone(number: str) -> None:
    assert is_placeholder_phone(number)
    assert find_phones(f"Phone: {number}") == []
    assert find_placeholders(f"Phone: {number}") == [("phone", number)]


@pytest.mark.parametrize("number", ["(541) 555-0142", "(713) 555-0106", "212-555-1234"])
def test_fictional_555_numbers_are_real_looking_phones(number: str) -> None:
    """Near miss: the fixtures' 555-01xx numbers stand for real ones and count."""
    assert not is_placeholder_phone(number)
    assert find_phones(f"Phone: {number}") == [number]
    assert find_placeholders(f"Phone: {number}") == []


@pytest.mark.parametrize("address", ["your@email.com", "your@harbormedia.com", "name@email.com"])
def test_round_35_a_bare_your_mailbox_or_a_field_word_at_email_com_is_no_email(
    address: str,
) -> None:
    assert is_placeholder_email(address)
    assert find_emails(f"Email: {address}") == []


@pytest.mark.parametrize("address", ["dana@email.com", "yourself@harbormedia.com"])
def test_round_35_a_person_s_mailbox_at_email_com_is_an_email(address: str) -> None:
    assert not is_placeholder_email(address)


@pytest.mark.parametrize("number", ["+91 XXXXX XXXXX", "(XXX) XXX-XXXX", "555-XXX-XXXX"])
def test_round_35_a_number_written_with_x_for_its_digits_is_a_placeholder(number: str) -> None:
    assert find_placeholders(f"Phone: {number}") == [("phone", number)]


@pytest.mark.parametrize("text", ["Sizes XS, XL, XXL and XXXL", "Use code XXXXXXXX at checkout"])
def test_round_35_sizes_and_codes_of_x_are_no_number(text: str) -> None:
    assert find_placeholders(text) == []
