"""crawler/js/probe_consent.js in a real Chromium: it marks a checkbox data-pvb="1" only when a
script refuses the submission while the box is unchecked, and it never sends or navigates."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import pytest

from crawler.render import CONSENT_PROBE, script_text

if TYPE_CHECKING:
    from playwright.sync_api import Page

PROBE = script_text(CONSENT_PROBE)

BLOCKING = """<form id="f" action="/sent"><input type="tel" name="phone">
<label><input type="checkbox" id="sms"> I agree to receive texts</label>
<label><input type="checkbox" id="news" checked> News</label><button>Send</button></form>
<script>
document.getElementById('f').addEventListener('submit', function (e) {
  e.preventDefault();
  if (!document.getElementById('sms').checked) { alert('Please agree to texts'); return; }
  fetch('/api/lead', {method: 'POST'});
});
</script>"""

PLAIN = """<form id="f" action="/sent"><input type="tel" name="phone">
<label><input type="checkbox" id="sms"> I agree to receive texts</label>
<button>Send</button></form>"""

AJAX_ALWAYS = """<form id="f"><input type="tel" name="phone">
<label><input type="checkbox" id="sms"> I agree to receive texts</label>
<button>Send</button></form>
<script>
document.getElementById('f').addEventListener('submit', e => e.preventDefault());
</script>"""


REDIRECTS = """<form id="f"><input type="tel" name="phone">
<label><input type="checkbox" id="sms"> I agree to receive texts</label>
<button>Send</button></form>
<script>
document.getElementById('f').addEventListener('submit', function (e) {
  e.preventDefault();
  if (document.getElementById('sms').checked) { window.location.href = '/thanks'; }
});
</script>"""


CONFIRM_ONLY = """<form id="f"><input type="tel" name="phone">
<label><input type="checkbox" id="sms"> Text me updates</label><button>Send</button></form>
<script>
document.getElementById('f').addEventListener('submit', function (e) {
  e.preventDefault();
  if (!document.getElementById('sms').checked &&
      !confirm('Send without agreeing to texts?')) { return; }
  fetch('/api/lead', {method: 'POST'});
});
</script>"""


@contextmanager
def _blank_page(chromium: str) -> Iterator[Page]:
    """A fresh page in a browser of its own, closed afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            yield browser.new_page()
        finally:
            browser.close()


def _probe(html: str, chromium: str) -> tuple[dict[str, str | None], str, int]:
    with _blank_page(chromium) as page:
        # a real origin (served from memory), so that relative links and navigation resolve
        page.route(
            "http://probe.test/**",
            lambda route: route.fulfill(
                status=200,
                content_type="text/html",
                body=html if route.request.url.endswith("/") else "<p>thanks</p>",
            ),
        )
        page.goto("http://probe.test/")
        judged = page.evaluate(PROBE)
        marks = page.evaluate("""() => Object.fromEntries(Array.from(
            document.querySelectorAll('input[type=checkbox]')).map(
            b => [b.id, b.getAttribute('data-pvb')]))""")
        state = page.evaluate("""() => JSON.stringify(Array.from(
            document.querySelectorAll('input')).map(i => [i.value, i.checked]))""")
        url = page.url
    return marks, state + url, judged


@pytest.mark.browser
def test_script_that_refuses_unchecked_box_is_marked(chromium_path: str) -> None:
    marks, state, judged = _probe(BLOCKING, chromium_path)
    assert marks["sms"] == "1"
    assert marks["news"] == "0"  # the script does not care about the news box
    assert judged == 2
    assert '["",false]' in state and '["on",true]' in state  # values and states restored
    assert state.endswith("http://probe.test/")  # nothing navigated


@pytest.mark.browser
def test_form_without_script_is_not_blocking(chromium_path: str) -> None:
    marks, _, _ = _probe(PLAIN, chromium_path)
    assert marks["sms"] == "0"


@pytest.mark.browser
def test_form_that_refuses_always_is_left_undecided(chromium_path: str) -> None:
    marks, _, judged = _probe(AJAX_ALWAYS, chromium_path)
    assert marks["sms"] == "?"  # refused both ways: a person has to try it
    assert judged == 0


@pytest.mark.browser
def test_thank_you_redirect_counts_as_accepted_and_is_cancelled(chromium_path: str) -> None:
    marks, state, _ = _probe(REDIRECTS, chromium_path)
    assert marks["sms"] == "1"
    assert state.endswith("http://probe.test/")


@pytest.mark.browser
def test_a_confirm_that_lets_the_person_go_on_is_not_a_block(chromium_path: str) -> None:
    marks, _, _ = _probe(CONFIRM_ONLY, chromium_path)
    assert marks["sms"] == "0"


# a handler that always cancels the submit event (it posts to its own endpoint in a way the
# probe does not see, or the copy has no endpoint) and shows an error at the box when unticked
COMPLAINS_AT_BOX = """<form id="f"><input type="tel" name="phone"><select name="car">
<option>Sedan</option></select>
<div class="consent"><label class="opt"><input type="checkbox" id="sms"> Text me about my
booking</label><p class="err" id="sms-err" hidden>Please tick the box to continue.</p></div>
<button>Book</button><p class="status"></p></form>
<script>
document.getElementById('f').addEventListener('submit', function (e) {
  e.preventDefault();
  var box = document.getElementById('sms');
  if (!box.checked) {
    document.getElementById('sms-err').hidden = false;
    box.closest('label').classList.add('invalid');
    return;
  }
  document.querySelector('.status').textContent = 'Sending...';
});
</script>"""

# the same, focusing the box and nothing else
FOCUSES_BOX = COMPLAINS_AT_BOX.replace(
    "document.getElementById('sms-err').hidden = false;\n    box.closest('label')"
    ".classList.add('invalid');",
    "box.focus();",
)

# near misses: the handler complains the same way ticked or not (about another field), or
# shows its note outside the box's group either way
COMPLAINS_ALWAYS = """<form id="f"><input type="tel" name="phone">
<div><label><input type="checkbox" id="sms"> Text me about my booking</label></div>
<p class="err" hidden>Pick a date first.</p><button>Book</button></form>
<script>
document.getElementById('f').addEventListener('submit', function (e) {
  e.preventDefault();
  document.querySelector('.err').hidden = false;
  alert('Pick a date first.');
});
</script>"""

NOTE_ELSEWHERE = """<form id="f"><input type="tel" name="phone">
<div><label><input type="checkbox" id="sms"> Text me about my booking</label></div>
<button>Book</button><p class="status"></p></form>
<script>
document.getElementById('f').addEventListener('submit', function (e) {
  e.preventDefault();
  document.querySelector('.status').textContent =
    document.getElementById('sms').checked ? 'Thanks, texts on.' : 'Thanks.';
});
</script>"""


# a script that cancels the submit (it sends its own way) and thanks the person either way
THANKS_EITHER_WAY = """<form id="f"><input type="tel" name="phone"><select name="unit">
<option>Furnace</option></select>
<div><label><input type="checkbox" id="sms"> Text me appointment updates</label></div>
<button>Request service</button></form>
<script>
document.getElementById('f').addEventListener('submit', function (e) {
  e.preventDefault();
  var note = document.createElement('p');
  note.textContent = 'Thank you! We received your request.';
  e.target.parentNode.appendChild(note);
});
</script>"""


# thanks only when the box is ticked; the error shown otherwise is outside the box's group
THANKS_ONLY_TICKED = THANKS_EITHER_WAY.replace(
    "  e.preventDefault();\n",
    "  e.preventDefault();\n  if (!document.getElementById('sms').checked) { return; }\n",
)


@pytest.mark.browser
def test_a_form_that_thanks_only_when_ticked_waits_for_the_box(chromium_path: str) -> None:
    marks, _, judged = _probe(THANKS_ONLY_TICKED, chromium_path)
    assert marks["sms"] == "1" and judged == 1


@pytest.mark.browser
def test_a_form_that_thanks_the_person_ticked_or_not_does_not_wait_for_the_box(
    chromium_path: str,
) -> None:
    marks, _, judged = _probe(THANKS_EITHER_WAY, chromium_path)
    assert marks["sms"] == "0" and judged == 1


@pytest.mark.browser
def test_a_form_refused_both_ways_that_complains_at_the_unticked_box_is_blocking(
    chromium_path: str,
) -> None:
    for html in (COMPLAINS_AT_BOX, FOCUSES_BOX):
        marks, state, judged = _probe(html, chromium_path)
        assert marks["sms"] == "1" and judged == 1
        assert state.endswith("http://probe.test/")


@pytest.mark.browser
def test_the_error_shown_at_the_box_is_undone(chromium_path: str) -> None:
    with _blank_page(chromium_path) as page:
        page.set_content(COMPLAINS_AT_BOX)
        page.evaluate(PROBE)
        hidden = page.evaluate("() => document.getElementById('sms-err').hidden")
        invalid = page.evaluate("() => document.querySelectorAll('.invalid').length")
        focused = page.evaluate("() => document.activeElement.id")
    assert hidden and invalid == 0 and focused != "sms"


@pytest.mark.browser
def test_a_form_refused_both_ways_without_a_complaint_at_the_box_is_undecided(
    chromium_path: str,
) -> None:
    for html in (COMPLAINS_ALWAYS, NOTE_ELSEWHERE):
        marks, _, judged = _probe(html, chromium_path)
        assert marks["sms"] == "?" and judged == 0


# the submit button is disabled until the box is ticked (a script listens to the box's change)
BUTTON_WAITS_FOR_BOX = """<form id="f"><input type="tel" name="phone">
<textarea name="note"></textarea>
<label><input type="checkbox" id="sms"> Text me about my request</label>
<button id="go" disabled>Send</button></form>
<script>
document.getElementById('sms').addEventListener('change', function () {
  document.getElementById('go').disabled = !this.checked;
});
document.getElementById('f').addEventListener('submit', e => e.preventDefault());
</script>"""

# near miss: the button waits for the phone number, not the box
BUTTON_WAITS_FOR_PHONE = BUTTON_WAITS_FOR_BOX.replace(
    "document.getElementById('sms').addEventListener('change', function () {\n"
    "  document.getElementById('go').disabled = !this.checked;",
    "document.querySelector('[name=phone]').addEventListener('input', function () {\n"
    "  document.getElementById('go').disabled = !this.value;",
)


@pytest.mark.browser
def test_a_submit_button_disabled_until_the_box_is_ticked_waits_for_the_box(
    chromium_path: str,
) -> None:
    """Blind real12a: a contact form whose "Send" button a script enables only once the SMS
    box is ticked, and whose handler always cancels the submit (it sends its own way)."""
    with _blank_page(chromium_path) as page:
        page.set_content(BUTTON_WAITS_FOR_BOX)
        judged = page.evaluate(PROBE)
        mark = page.evaluate("() => document.getElementById('sms').getAttribute('data-pvb')")
        after = page.evaluate(
            "() => [document.getElementById('go').disabled, document.getElementById('sms').checked]"
        )
    assert mark == "1" and judged == 1
    assert after == [True, False]  # the page is left as it was: box unticked, button disabled


@pytest.mark.browser
def test_a_submit_button_that_waits_for_another_field_is_not_the_box(chromium_path: str) -> None:
    marks, _, judged = _probe(BUTTON_WAITS_FOR_PHONE, chromium_path)
    assert marks["sms"] == "?" and judged == 0
