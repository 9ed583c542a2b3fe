"""Fixes are paste-ready: a Copy button copies exactly the text to paste (no instruction words,
no quotation marks around it); a pre-checked box's fix comes with the corrected control; "Fix
these first" gathers the findings one change fixes; quotes are cut between words, with an
ellipsis; a box ticked by a script says so in its evidence."""

from __future__ import annotations

import lxml.html
import pytest

from analyzers.analyze import analyze
from analyzers.text.excerpt import excerpt
from reports.html import render_html, write_html
from reports.model import build_report
from reports.view import build_view, split_fix
from tests.test_html_report import browser_page
from tests.test_report_fixtures import BASE, SIGNUP_URL, sample_report, sample_snapshot

DISCLOSURE = (
    "By checking this box, I agree to receive appointment reminders by text from "
    "Bright Smile Dental. Reply STOP to cancel."
)


@pytest.mark.parametrize(
    ("fix", "steps", "paste"),
    [
        (
            f'Add "Reply STOP to cancel." to the consent text. The complete disclosure reads:\n'
            f"{DISCLOSURE}",
            'Add "Reply STOP to cancel." to the consent text. The complete disclosure reads:',
            DISCLOSURE,
        ),
        (
            "Add this paragraph to the policy: “We will not share your mobile number.”",
            "Add this paragraph to the policy:",
            "We will not share your mobile number.",
        ),
        (
            "Add: “You can opt out at any time by replying STOP.”",
            "Add:",
            "You can opt out at any time by replying STOP.",
        ),
        (
            'Remove the emoji: "Your cleaning is due".',
            'Remove the emoji: "Your cleaning is due".',
            "Your cleaning is due",
        ),
        (
            "Remove the `checked` attribute so the person must check the box.",
            "Remove the `checked` attribute so the person must check the box.",
            "",
        ),
        ('Say "STOP" in the message.', 'Say "STOP" in the message.', ""),
        (
            'Link the Terms in the consent text: <a href="https://x.com/terms">Terms</a>.',
            "Link the Terms in the consent text:",
            '<a href="https://x.com/terms">Terms</a>',
        ),
    ],
)
def test_a_fix_splits_into_what_to_do_and_exactly_what_to_paste(fix, steps, paste) -> None:
    assert split_fix(fix) == (steps, paste)


def test_every_copy_button_copies_only_the_text_to_paste() -> None:
    report = sample_report()
    view = build_view(report)
    doc = lxml.html.fromstring(render_html(report))
    buttons = doc.cssselect("button.copy[data-copy^='fix-']")
    pasted = {f.anchor: f.fix_paste for f in view.findings if f.fix_paste and not f.paste_ref}
    assert len(buttons) == len(pasted) >= 3
    for button in buttons:
        target = doc.get_element_by_id(button.get("data-copy"))
        text = target.text_content()
        assert text == pasted[button.get("data-copy").removeprefix("fix-")]
        assert text[0] not in "“\"'" and text[-1] not in "”\"'"
        assert not text.lower().startswith(("add ", "add:", "remove ", "replace "))
    # a text already shown (one disclosure answering three findings) is pasted once
    shared = [f for f in view.findings if f.paste_ref]
    assert shared
    for finding in shared:
        card = doc.get_element_by_id(finding.anchor)
        assert not card.cssselect("button.copy")
        assert card.cssselect(f".paste-ref a[href='#{finding.paste_ref}']")
        assert pasted[finding.paste_ref] == finding.fix_paste
    # findings without text to paste have no Copy button, only what to do
    without = [f for f in view.findings if f.fix and not f.fix_paste]
    assert without
    for finding in without:
        card = doc.get_element_by_id(finding.anchor)
        assert not card.cssselect("button.copy")
        assert card.cssselect(".fix-steps")[0].text_content() == finding.fix_steps


@pytest.mark.browser
def test_clicking_copy_puts_exactly_the_paste_text_on_the_clipboard(tmp_path) -> None:
    report = sample_report()
    view = build_view(report)
    path = write_html(report, tmp_path)
    wanted = next(
        f for f in view.findings if f.fix_paste.startswith("By checking") and not f.paste_ref
    )
    with browser_page() as page:
        # record what the page's script hands to the clipboard
        page.add_init_script("""
            window.__copied = [];
            const original = document.execCommand.bind(document);
            document.execCommand = function (command) {
              if (command === 'copy') { window.__copied.push(document.activeElement.value); }
              return original.apply(null, arguments);
            };""")
        page.goto(path.as_uri())
        page.locator(f"button[data-copy='fix-{wanted.anchor}']").click()
        copied = page.evaluate("window.__copied")
    assert copied == [wanted.fix_paste]
    assert copied[0].startswith("By checking this box") and "Add " not in copied[0]


def test_a_prechecked_box_fix_carries_the_corrected_control() -> None:
    view = build_view(sample_report())
    prechecked = next(f for f in view.findings if f.check == "optin.checkbox_prechecked")
    assert 'id="sms-consent"' in prechecked.fix_paste
    assert " checked" not in prechecked.fix_paste
    assert prechecked.finding.details["ticked_by"] == "html"


def test_a_box_ticked_by_a_script_says_so_in_its_evidence() -> None:
    snapshot = sample_snapshot(with_screenshot=False)
    page = snapshot.page(SIGNUP_URL)
    page.rendered = True
    for form in page.forms:
        for control in form.controls:
            control.html = control.html.replace(" checked", "")  # the markup leaves it unticked
    analysis = analyze(snapshot)
    [finding] = [f for f in analysis.findings if f.check == "optin.checkbox_prechecked"]
    assert "checked by a script after the page loads" in finding.evidence
    assert finding.details["ticked_by"] == "script"
    assert "script" in finding.fix
    report = build_report(snapshot, analysis, target=BASE, started_at="2026-11-22T10:00:00Z")
    html = render_html(report)
    assert "checked by a script after the page loads" in html


def test_a_box_ticked_once_a_number_is_typed_says_so_not_on_load() -> None:
    snapshot = sample_snapshot(with_screenshot=False)
    page = snapshot.page(SIGNUP_URL)
    page.rendered = True
    for form in page.forms:
        for control in form.controls:
            control.read_after_typing = True  # the renderer read it after typing a number
    analysis = analyze(snapshot)
    [finding] = [f for f in analysis.findings if f.check == "optin.checkbox_prechecked"]
    assert "as soon as a phone number is typed" in finding.evidence
    assert "ticks itself when a phone number is typed" in finding.message
    assert "when the page loads" not in finding.message
    assert finding.details["ticked_by"] == "typing"


def test_fix_these_first_gathers_what_one_change_fixes() -> None:
    view = build_view(sample_report())
    leads = {f.check: f for f in view.top}
    # one complete disclosure answers the missing frequency, HELP and STOP lines together
    grouped = next(f for f in view.top if f.also)
    checks = {grouped.check, *(o.check for o in grouped.also)}
    assert {"optin.frequency_missing", "optin.help_missing", "optin.stop_missing"} <= checks
    assert all(o.fix_paste == grouped.fix_paste for o in grouped.also)
    # and the three places left for other decisions
    assert len(view.top) == 3 and len(leads) == 3
    html = render_html(sample_report())
    assert "The same change also fixes" in html


def test_quotes_are_cut_between_words_with_an_ellipsis() -> None:
    text = "I agree to receive appointment reminders and confirmation requests by text message"
    short = excerpt(text, 40)
    assert short.endswith("…") and len(short) <= 40
    assert text.startswith(short[:-1]) and text[len(short) - 1] == " "
    assert excerpt("short text", 40) == "short text"
    assert excerpt("x" * 100, 20) == "x" * 19 + "…"


def test_the_prechecked_message_never_cuts_the_label_mid_word() -> None:
    snapshot = sample_snapshot(with_screenshot=False)
    control = next(
        c for f in snapshot.page(SIGNUP_URL).forms for c in f.controls if c.type == "checkbox"
    )
    control.label = (
        "I agree to receive appointment reminders and confirmation requests by "
        "text message from Bright Smile Dental at the number above, and offers."
    )
    [finding] = [f for f in analyze(snapshot).findings if f.check == "optin.checkbox_prechecked"]
    quoted = finding.message.split('"')[1]
    assert quoted.endswith("…")
    assert control.label.startswith(quoted[:-1]) and control.label[len(quoted) - 1] == " "


def test_a_required_consent_box_fix_carries_the_corrected_control() -> None:
    from tests.snapshots import snapshot_from_pages
    from tests.test_report_fixtures import PAGES

    booking = (
        PAGES["/text-alerts"]
        .replace(
            '<input type="checkbox" id="sms-consent" name="sms_consent" checked>',
            '<input type="checkbox" id="sms-consent" name="sms_consent" required>',
        )
        .replace(
            "<button",
            '<label for="when">Preferred day</label> <input id="when" name="when" '
            'type="date"><button',
        )
    )
    snapshot = snapshot_from_pages({**PAGES, "/text-alerts": booking}, base=BASE)
    [finding] = [f for f in analyze(snapshot).findings if f.check == "optin.consent_required"]
    paste = split_fix(finding.fix)[1]
    assert '<input type="checkbox" id="sms-consent" name="sms_consent">' in paste
    assert "required" not in paste and paste == finding.details["html"].replace(" required", "")
    # the evidence quotes the box and the consent a person reads beside it
    assert finding.evidence.startswith(finding.details["html"] + " — “")
