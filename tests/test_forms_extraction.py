"""Form extraction on strings: labels from every source, states, form-like groups, nearby text."""

from __future__ import annotations

from crawler.forms import extract_forms

BASE = "https://www.acme.com/signup"


def _controls(html: str) -> dict:
    return {c.name or c.id or c.type: c for f in extract_forms(html, BASE) for c in f.controls}


def test_labels_come_from_every_place_builders_put_them() -> None:
    html = """<form>
      <label for="a">Mobile number</label><input id="a" name="a">
      <label>Your cell <input name="b"></label>
      <span id="lb">Phone (texts)</span><input name="c" aria-labelledby="lb">
      <input name="d" aria-label="Work phone">
      <div><span>Home phone</span><input name="e"></div>
      <input name="f" placeholder="(555) 555-5555">
      <input type="checkbox" name="g"> I agree to get texts.
    </form>"""
    c = _controls(html)
    assert c["a"].label == "Mobile number"
    assert c["b"].label == "Your cell"
    assert c["c"].label == "Phone (texts)"
    assert c["d"].label == "Work phone"
    assert c["e"].label == "Home phone"
    assert c["f"].placeholder == "(555) 555-5555"
    assert c["g"].label == "I agree to get texts."


def test_states_from_markup_and_from_the_browser() -> None:
    html = """<form><input type="checkbox" name="static_checked" checked>
      <input type="checkbox" name="script_checked" data-pvc="1">
      <input type="checkbox" name="script_unchecked" checked data-pvc="0">
      <input name="req" required><input name="aria" aria-required="true">
      <input name="hidden_css" data-pvh="1"><input type="hidden" name="token"></form>"""
    c = _controls(html)
    assert c["static_checked"].checked and c["script_checked"].checked
    assert not c["script_unchecked"].checked
    assert c["req"].required and c["aria"].required
    assert not c["hidden_css"].visible
    assert "token" not in c  # hidden inputs are plumbing, not controls a person uses


def test_a_list_records_its_options_and_the_one_it_shows() -> None:
    """A <select> keeps its options and the one a person sees picked: the option the browser
    annotation marks selected (a script's `select.value = "yes"`), else the HTML's `selected`,
    else the first; a multiple-choice list shows no one pick."""
    html = """<form>
      <select name="html"><option value="n">No</option><option selected>Yes</option></select>
      <select name="script"><option data-pvc="0" selected>No</option>
        <option data-pvc="1">Yes</option></select>
      <select name="first"><option value="">Choose&hellip;</option><option>Yes</option></select>
      <select name="many" multiple><option>Email</option><option>Text</option></select>
    </form>"""
    c = _controls(html)
    assert c["html"].options == ["No", "Yes"] and c["html"].chosen == "Yes"
    assert c["script"].chosen == "Yes"
    assert c["first"].chosen == "Choose…"
    assert c["many"].options == ["Email", "Text"] and c["many"].chosen == ""


def test_a_control_prevets_click_turned_on_is_not_preselected() -> None:
    """The "Text me" radio prevet chose to show the phone field (data-pvset) is checked, but
    not the page's choice; the box the page's script ticked, and a radio the page chose, are."""
    html = """<form><input type="radio" name="via" value="email" data-pvc="0">
      <input type="radio" name="via" value="sms" data-pvc="1" data-pvset="1">
      <input type="tel" name="cell"><input type="checkbox" name="ok" data-pvc="1">
      <input type="radio" name="plan" value="texts" data-pvc="1"></form>"""
    controls = [c for f in extract_forms(html, BASE) for c in f.controls]
    sms = next(c for c in controls if c.value == "sms")
    assert sms.checked and sms.set_by_prevet and not sms.preselected
    c = _controls(html)
    assert c["ok"].checked and not c["ok"].set_by_prevet and c["ok"].preselected
    assert c["plan"].preselected


def test_a_group_of_controls_without_a_form_element_is_a_form() -> None:
    html = """<div class="wix-form"><div><input name="phone" type="tel"></div>
      <div><input type="checkbox" name="ok"><span>Text me</span></div>
      <div role="button">Submit</div></div><p>Msg &amp; data rates may apply.</p>"""
    forms = extract_forms(html, BASE)
    assert len(forms) == 1 and forms[0].formless
    assert {c.name for c in forms[0].controls} == {"phone", "ok"}
    assert any("data rates" in t.text and t.where == "after" for t in forms[0].texts)


def test_text_next_to_the_form_is_kept_as_disclosure_candidates() -> None:
    html = """<section><h2>Join our text club</h2><form id="f"><input name="p" type="tel">
      <button>Join</button></form><p>By joining you agree to receive texts.</p></section>"""
    form = extract_forms(html, BASE)[0]
    wheres = {t.where: t.text for t in form.texts}
    assert wheres["before"] == "Join our text club"
    assert wheres["after"] == "By joining you agree to receive texts."
    assert form.selector == "form#f"


def test_links_in_a_checkbox_label_are_kept() -> None:
    html = """<form><label><input type="checkbox" name="c"> I agree to the
      <a href="/sms-terms">SMS Terms</a> and <a href="/privacy">Privacy Policy</a>.
      </label></form>"""
    box = _controls(html)["c"]
    assert [link.href for link in box.label_links] == [
        "https://www.acme.com/sms-terms",
        "https://www.acme.com/privacy",
    ]


def test_text_next_to_a_form_knows_the_page_region_it_sits_in() -> None:
    """The site footer right below a form is marked footer; a footer signup's own caption is not
    (the form is in the footer too), so the analyzers can tell chrome from the form's own text."""
    body = (
        '<div id="content"><p>Join our list</p><form><input type="tel" name="phone">'
        '</form></div><div id="site-footer"><p>Acme Dental · 12 Main St</p></div>'
    )
    regions = {t.text: t.region for t in extract_forms(body, "http://x/")[0].texts}
    assert regions["Join our list"] == "body"
    assert regions["Acme Dental · 12 Main St"] == "footer"
    signup = (
        '<footer><p>Get text alerts</p><form><input type="tel" name="phone"></form>'
        "<p>Msg &amp; data rates may apply.</p></footer>"
    )
    regions = {t.text: t.region for t in extract_forms(signup, "http://x/")[0].texts}
    assert regions["Get text alerts"] == "body"
    assert regions["Msg & data rates may apply."] == "body"


def test_how_a_form_was_reached_is_read_from_the_renderers_stamps() -> None:
    html = """<form data-pvwait="the step after 'Next' appears only once an email is sent">
      <input type="email" name="email" data-pvreach="after clicking 'Join'">
      <input type="tel" name="phone" data-pvreach="after clicking 'Join', entering an email and
      clicking 'Next'"><button>Go</button></form>
      <form><input type="tel" name="other"></form>"""
    reached, plain = extract_forms(html, BASE)
    assert reached.reached_by.startswith("after clicking 'Join', entering an email")  # the phone's
    assert "only once an email is sent" in reached.waits_for_server
    assert plain.reached_by == "" and plain.waits_for_server == ""
    framed = extract_forms(
        "<html data-pvreach=\"after clicking 'Book'\"><body><form>"
        '<input type="tel" name="p"></form></body></html>',
        BASE,
    )
    assert framed[0].reached_by == "after clicking 'Book'"


def test_sections_of_one_buttonless_form_are_one_form() -> None:
    """Contact fields in one block and consent boxes in the next, no button (an intake screen a
    script saves): one form, so the phone field and the boxes are judged together."""
    html = """<div class="screen"><div class="fields">
      <div><label>Name</label><input name="n"></div><div><label>Email</label><input name="e"></div>
      <div><label>Mobile</label><input name="m"></div></div>
      <div class="consent">
      <div><input type="checkbox" id="a"><label for="a">Texts about my visit</label></div>
      <div><input type="checkbox" id="b"><label for="b">Texts about my bill</label></div>
      <div><input type="checkbox" id="c"><label for="c">Texts with reminders</label></div>
      </div></div>"""
    forms = extract_forms(html, BASE)
    assert len(forms) == 1 and forms[0].selector.endswith("div.screen")
    assert {c.name or c.id for c in forms[0].controls} == {"n", "e", "m", "a", "b", "c"}


def test_a_group_with_its_own_button_is_not_joined_to_its_neighbour() -> None:
    """Near miss: a newsletter box with its own button beside a survey block stays two forms."""
    html = """<div class="page"><div class="news"><input name="email" type="email">
      <button>Join</button></div>
      <div class="survey"><input name="q1"><input name="q2"><input name="q3"></div></div>"""
    forms = extract_forms(html, BASE)
    assert len(forms) == 2


def test_a_page_whose_body_is_one_form_without_a_form_element_is_one_form() -> None:
    """Blind round 26 (real26b): a sign-up page puts each field in its own box straight in the
    body (a name row, a phone row, a box holding the consent box and its fine print) and ends
    with one button, with no <form>. No box below the body holds a field and the button, so
    each row became a form of its own: the phone field in one, the consent box in another. The
    body, holding only that one button after the fields, is the form a person fills in."""
    html = """<html><body><h2>Trail alerts</h2>
      <div class="row"><label for="n">Your name</label><input id="n" type="text"></div>
      <div class="row"><label for="m">Mobile</label><input id="m" type="tel"></div>
      <div class="fine"><div class="pair"><input type="checkbox" id="ok">
      <label for="ok">Text me trail closure alerts from Ridgeway Parks.</label></div>
      <p>Msg &amp; data rates may apply. Reply STOP to cancel.</p></div>
      <button type="button">Send me alerts</button></body></html>"""
    forms = extract_forms(html, BASE)
    assert len(forms) == 1 and forms[0].formless
    assert {c.id for c in forms[0].controls if c.id} == {"n", "m", "ok"}
    assert any("data rates" in t.text and t.where == "inside" for t in forms[0].texts)


def test_loose_fields_stay_apart_when_the_body_is_not_one_form() -> None:
    """Near misses: two forms on one page, each with its own button, stay two; a body with two
    buttons (a menu toggle beside loose fields), or whose only button comes before the field,
    is no single form, so its loose fields are not joined."""
    two = """<html><body><div><input type="email" name="e"><button>Join</button></div>
      <div><input type="tel" name="p"><button>Text me</button></div></body></html>"""
    assert len(extract_forms(two, BASE)) == 2
    menu = """<html><body><button>Menu</button><div><input type="tel" name="p"></div>
      <div><input type="checkbox" name="ok"> Text me</div><button>Go</button></body></html>"""
    assert len(extract_forms(menu, BASE)) == 2
    before = """<html><body><button>Menu</button><div><input type="tel" name="p"></div>
      <div><input type="checkbox" name="ok"> Text me</div></body></html>"""
    assert len(extract_forms(before, BASE)) == 2
    with_form = """<html><body><form><input type="email" name="e"><button>Join</button></form>
      <div><input type="tel" name="p"></div><div><input type="checkbox" name="ok"> Text me
      </div><button>Go</button></body></html>"""
    assert len(extract_forms(with_form, BASE)) == 3


def test_a_button_whose_role_is_a_switch_is_a_toggle_with_its_aria_state() -> None:
    """Blind round h14k (armorcoat-garage-floors): a theme draws the SMS consent as a
    `<button type="button" role="switch" aria-checked>`: the role decides what a person sees and
    does (flips a toggle), not the tag; a native box with role=switch keeps its own type."""
    html = """<form><label>Mobile <input type="tel" name="phone"></label>
      <p><button type="button" role="switch" aria-checked="false" id="sw"
        aria-labelledby="swl"></button> <span id="swl">Text me visit reminders</span></p>
      <p><button type="button" role="checkbox" aria-checked="true" id="cb">Text me offers</button>
      </p>
      <p><button type="button" role="switch" aria-checked="true" id="bare"></button>
        <span>Send me shipping texts</span></p>
      <p><input type="checkbox" role="switch" name="native" checked> Email me too</p>
      <button type="button" id="plain">Add a second phone</button>
      <button>Request quote</button></form>"""
    c = _controls(html)
    assert c["sw"].type == "switch" and not c["sw"].checked
    assert c["sw"].label == "Text me visit reminders"
    assert c["cb"].type == "checkbox" and c["cb"].checked and c["cb"].label == "Text me offers"
    assert c["bare"].type == "switch" and c["bare"].checked
    assert c["bare"].label == "Send me shipping texts"
    assert c["native"].type == "checkbox" and c["native"].checked
    # near misses: buttons without a toggle role stay buttons
    assert c["plain"].type == "button" and c["plain"].label == "Add a second phone"
    assert c["submit"].label == "Request quote"


def test_a_label_is_the_words_a_person_sees_not_its_hidden_tooltip() -> None:
    """Blind round 24 (bramblecoat-grooming): the box's label holds a CSS tooltip, hidden until
    "(details)" is hovered. The label is what is rendered (innerText): the tooltip stays a
    hidden block of the form, with what to hover to see it."""
    html = """<form><label>Mobile <input type="tel" name="phone" data-pvh="0"></label>
      <label data-pvh="0"><input type="checkbox" name="sms" data-pvh="0"> Text me pickup
      alerts from Acme <span data-pvh="0">(details)<span class="tip" data-pvh="1"
      data-pvhover="(details)">Msg frequency varies. Msg &amp; data rates may apply. Reply
      STOP to cancel.</span></span> today</label><button>Book</button></form>"""
    form = extract_forms(html, BASE)[0]
    box = next(c for c in form.controls if c.name == "sms")
    assert box.label == "Text me pickup alerts from Acme (details) today"
    tip = next(t for t in form.texts if "Msg frequency" in t.text)
    assert not tip.visible and tip.shown_on_hover == "(details)"
    # a choice list's options, never drawn while it is closed, stay in its label as before
    listed = """<form><label data-pvh="0">Reminders by <select name="by" data-pvh="0">
      <option data-pvh="1">Email</option><option data-pvh="1">Text message</option></select>
      </label></form>"""
    assert _controls(listed)["by"].label == "Reminders by Email Text message"
    # near misses: a label hidden as a whole (a form in a closed modal) keeps all its words;
    # a page read without a browser keeps the words of a plain span; a shown block says nothing
    modal = """<div data-pvh="1"><form><label data-pvh="1"><input type="checkbox" name="sms"
      data-pvh="1"> Text me alerts <span data-pvh="1">Msg &amp; data rates may apply.</span>
      </label><button>Join</button></form></div>"""
    assert _controls(modal)["sms"].label == "Text me alerts Msg & data rates may apply."
    static = """<form><label><input type="checkbox" name="sms"> Text me alerts
      <span>Msg &amp; data rates may apply.</span></label></form>"""
    assert _controls(static)["sms"].label == "Text me alerts Msg & data rates may apply."
    assert all(t.shown_on_hover == "" for t in extract_forms(static, BASE)[0].texts)


def test_a_lone_pressed_state_button_is_a_switch() -> None:
    """Blind h14t (greenloop-compost): the consent is a `<button type="button" aria-pressed>`
    labelled by the words beside it, pressed by a script after load: a toggle a person flips,
    as role=switch is, read in its rendered state. Near misses stay buttons: one of an
    "Email | Text" pair or a tab bar (a choice among options), a password field's eye button."""
    html = """<form><label>Mobile <input type="tel" name="phone"></label>
      <p><button type="button" aria-pressed="true" id="on" aria-labelledby="on-l"></button>
      <span id="on-l">Send me pickup reminders by text</span></p>
      <p><button type="button" aria-pressed="false" id="off">Text me route delays</button></p>
      <div role="group"><button type="button" aria-pressed="true" id="email">Email</button>
      <button type="button" aria-pressed="false" id="text">Text</button></div>
      <div><input type="password" name="pw"><button type="button" aria-pressed="true"
      id="eye">Show password</button></div>
      <button>Start</button></form>"""
    c = _controls(html)
    assert (c["on"].type, c["on"].checked) == ("switch", True)
    assert c["on"].label == "Send me pickup reminders by text"
    assert (c["off"].type, c["off"].checked) == ("switch", False)
    assert c["off"].label == "Text me route delays"
    for name in ("email", "text", "eye"):
        assert c[name].type == "button" and not c[name].checked, name
    assert c["submit"].label == "Start"


def test_a_form_kept_in_a_template_is_not_on_the_page() -> None:
    """Blind round 19 (h14o wrenwood): a sign-up kept in an inert <template> for a button to
    clone is not what a person sees; only the clone a click mounts is a form."""
    html = """<button id="open">Get reminders by text</button><div id="mount"></div>
      <template id="tpl"><form class="rem"><input type="tel" name="mobile">
      <span role="checkbox" aria-checked="false">Text me reminders</span>
      <button>Save</button></form></template>
      <template id="tpl2"><div><input name="a"><input name="b"><input name="c"></div></template>"""
    assert extract_forms(html, BASE) == []
    # near miss: the clone, once mounted, is read where it sits, with the state a script set
    mounted = """<div id="mount"><form class="rem"><input type="tel" name="mobile">
      <span role="checkbox" aria-checked="true">Text me reminders</span>
      <button>Save</button></form></div><template id="tpl"><form class="rem"></form></template>"""
    forms = extract_forms(mounted, BASE)
    assert len(forms) == 1 and forms[0].selector.endswith("form.rem")
    assert [c.checked for c in forms[0].controls if c.type == "checkbox"] == [True]


def test_a_block_of_fields_takes_in_its_consent_row_and_button_row() -> None:
    """Blind round 19 (appointment-air): a panel built without <form> holds a grid of fields,
    then a row with the consent box, then a row with its button: one form, as a person sees."""
    html = """<main><div class="panel"><div class="grid">
        <label for="n">Name</label><input id="n"><label for="p">Mobile</label>
        <input id="p" type="tel"><label for="e">Email</label><input id="e" type="email"></div>
      <div class="row"><input id="ok" type="checkbox"><p>I agree to get texts.</p></div>
      <div class="buttons"><button type="button">Send</button>
        <button type="button">Clear</button></div></div></main>"""
    forms = extract_forms(html, BASE)
    assert len(forms) == 1
    assert forms[0].selector.endswith("div.panel")
    assert [c.id for c in forms[0].controls] == ["n", "p", "e", "ok", "", ""]


def test_a_block_of_fields_with_no_button_near_stays_alone() -> None:
    """Near miss: a block of fields whose only button sits far up (in the page's main) or
    beside another block of typed fields is not grown to it."""
    far = """<main><div class="a"><div class="b"><div class="c"><input name="x"><input name="y">
      <input name="z"></div></div></div><button type="button">Menu</button></main>"""
    assert [f.selector.split()[-1] for f in extract_forms(far, BASE)] == ["div.c"]


def test_a_label_of_blocks_keeps_its_words_apart() -> None:
    """A consent label written as a list or with <br> reads as separate words; inline markup
    inside a word (a bold first letter, a service mark) does not split it."""
    html = (
        '<form><input type="tel" name="phone"><label><input type="checkbox" name="sms">'
        "I agree to texts about:<ul><li>Order updates</li><li>Special offers</li></ul>"
        "from <b>A</b>cme<sup>&reg;</sup>.<br>Reply STOP to end.</label></form>"
    )
    box = _controls(html)["sms"]
    assert "Order updates Special offers from Acme®. Reply STOP" in box.label


def test_fine_print_in_an_inline_span_of_the_form_is_measured_at_its_own_size() -> None:
    """Blind round 20 (tidyhand-handyman): the disclosure is a 9px light-grey <span> set
    straight in the <form> (a flex row), so its block is the form's, which holds only
    whitespace of its own and so has no measured size. The words are judged in the style of
    the element that holds most of them: the span. Near miss: a paragraph with a short bold
    word keeps the paragraph's own size."""
    html = (
        '<form><strong data-pvfs="16" data-pvct="15.9">Get reminders</strong>'
        '<input type="tel" name="mobile"><label data-pvfs="15" data-pvct="15.9">'
        '<input type="checkbox" name="ok"> Text me</label><button data-pvfs="15">Sign up'
        '</button><span data-pvfs="9.0" data-pvct="1.71">Msg &amp; data rates may apply. '
        'Reply STOP to cancel. <a href="/privacy" data-pvfs="9.0" data-pvct="1.71">Privacy</a>'
        "</span></form>"
        '<form><input type="tel" name="phone"><p data-pvfs="14" data-pvct="12.0">By signing up '
        'you agree to get texts. <b data-pvfs="14" data-pvct="12.0">STOP</b> ends them.</p>'
        "</form>"
    )
    first, second = extract_forms(html, "https://example.com/")
    fine = next(t for t in first.texts if "STOP" in t.text)
    assert (fine.font_size, fine.contrast) == (9.0, 1.71)
    caption = next(t for t in first.texts if t.text.startswith("Get reminders"))
    assert caption.font_size == 16.0
    paragraph = next(t for t in second.texts if "STOP" in t.text)
    assert (paragraph.font_size, paragraph.contrast) == (14.0, 12.0)


def test_a_group_grown_around_a_real_form_leaves_it_its_controls() -> None:
    """Blind round 21 (h14q lumen-lash): a booking section holds a loose service menu, a row of
    time-slot buttons and the real <form>; the group built around the loose menu must not take
    the form's phone and box too, or each finding on them is reported twice."""
    html = """<section id="book"><select name="service"><option>Lash fill</option></select>
    <button type="button">10:00 AM</button><button type="button">11:00 AM</button>
    <form id="f"><input type="tel" name="phone"><label><input type="checkbox" name="sms">
    Text me</label><button>Book</button></form></section>"""
    forms = {
        f.selector: [c.name for c in f.controls if c.name]
        for f in extract_forms(html, "https://a.com/")
    }
    assert forms == {"form#f": ["phone", "sms"], "section#book": ["service"]}


def test_a_loose_box_in_a_panel_around_one_form_is_that_forms() -> None:
    """Blind round 37 (m37 copperpot): a chat shows its consent box in the conversation above
    its answer form, whose "Send" is the only button: the box is the form's, as a person ticks
    it and sends the number. A panel with a button of its own outside the form (two ways to
    send), or a field to type in outside it, keeps its loose controls as a form of their own."""
    chat = """<div id="chat" role="dialog"><div id="log"><label><input type="checkbox"
    name="sms"> Text me specials.</label></div><form id="answer"><input type="tel"
    name="phone"><button>Send</button></form></div>"""
    forms = {
        f.selector: [c.name for c in f.controls if c.name]
        for f in extract_forms(chat, "https://a.com/")
    }
    assert forms == {"form#answer": ["phone", "sms"]}
    own_button = chat.replace('<div id="log">', '<div id="log"><button>Agree</button>')
    forms = {
        f.selector: [c.name for c in f.controls if c.name]
        for f in extract_forms(own_button, "https://a.com/")
    }
    assert forms["form#answer"] == ["phone"]
    assert ["sms"] in forms.values()
    own_field = chat.replace('<div id="log">', '<div id="log"><input name="email">')
    forms = {
        f.selector: [c.name for c in f.controls if c.name]
        for f in extract_forms(own_field, "https://a.com/")
    }
    assert forms["form#answer"] == ["phone"]
