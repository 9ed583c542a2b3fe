"""Pure extraction of forms: every `<form>` and form-like group of controls, with labels and
the text a person reads around it.

Which form is an SMS opt-in is the analyzers' call; this module only records faithfully what
is there: each control's type, name, label, state, and the text blocks inside and next to it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from urllib.parse import urljoin

from lxml import etree

from crawler.extract import (
    BLOCK_TAGS,
    css_selector,
    element_html,
    extract_links,
    is_hidden,
    is_visible,
    parse_html,
    region_of,
    text_blocks,
    unique_selector,
)
from crawler.snapshot import Control, Form, Link, TextBlock

CONTROL_TAGS = ("input", "select", "textarea", "button")
# custom toggles that builders draw with divs and ARIA instead of <input type="checkbox">
TOGGLE_ROLES = ("checkbox", "switch")
# containers that make their pressed-state buttons one choice among options (a segmented control)
_GROUP_ROLES = ("group", "radiogroup", "toolbar", "tablist")
_SKIP_INPUT_TYPES = frozenset({"hidden"})
_WS = re.compile(r"\s+")
_NEAR_CHARS = 800  # how much text before/after a form counts as "next to it"


def _text(el: etree._Element) -> str:
    """The element's words as a person reads them: blocks (a list item, a paragraph, a <br>)
    apart, inline markup (a <b>, a <sup>) joined, so "<li>Updates</li><li>Offers</li>" reads
    "Updates Offers", not "UpdatesOffers", and "<b>S</b>MS" still reads "SMS"."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if isinstance(node.tag, str) and node.tag not in ("script", "style", "template"):
            block = node.tag in BLOCK_TAGS
            parts.append(" " if block else "")
            parts.append(node.text or "")
            for child in node:
                walk(child)
                parts.append(child.tail or "")
            parts.append(" " if block else "")

    walk(el)
    return _WS.sub(" ", "".join(parts)).strip()


def _shown_text(el: etree._Element) -> str:
    """The words of a shown label as a person sees them (innerText, not textContent): a part
    the browser hid (a CSS tooltip `visibility:hidden` until its "(details)" is hovered, a
    collapsed panel) is not read as part of the label, so "Text me alerts (details)" is the
    label and the hidden tooltip stays a hidden text block of the form. A label hidden as a
    whole (a form in a closed modal) keeps all its words: when it shows, they show. A choice
    list's options are left as they were read ("Reminders by No reminders Email Text message"):
    the browser never draws a closed list's options, yet they are what the choice offers."""
    if not is_visible(el):
        return _text(el)
    trimmed = copy.deepcopy(el)
    for part in [p for p in trimmed.iter() if isinstance(p.tag, str) and p is not trimmed]:
        in_list = part.tag in ("select", "option", "optgroup", "datalist") or any(
            a.tag in ("select", "datalist") for a in part.iterancestors()
        )
        if is_hidden(part) and not in_list and part.getparent() is not None:
            _drop_keeping_tail(part)
    return _text(trimmed)


def _drop_keeping_tail(el: etree._Element) -> None:
    parent = el.getparent()
    previous = el.getprevious()
    if el.tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _ids(root: etree._Element) -> dict[str, etree._Element]:
    return {el.get("id"): el for el in root.iter() if isinstance(el.tag, str) and el.get("id")}


def _labels_for(root: etree._Element) -> dict[str, etree._Element]:
    return {lab.get("for"): lab for lab in root.iter("label") if lab.get("for")}


def is_aria_toggle(el: etree._Element) -> bool:
    """A control whose role makes it a checkbox or a switch, whatever its tag: a styled
    `<div role="switch">`, or a `<button type="button" role="switch" aria-checked="false">` that
    a person sees and flips as a toggle, not presses as a button (its state is aria-checked), or
    a lone pressed-state button (`is_pressed_toggle`). A native `<input type="checkbox"
    role="switch">` keeps its own type and checked state."""
    if is_pressed_toggle(el):
        return True
    if (el.get("role") or "").strip().lower() not in TOGGLE_ROLES:
        return False
    return not (el.tag == "input" and (el.get("type") or "").lower() in ("checkbox", "radio"))


def is_pressed_toggle(el: etree._Element) -> bool:
    """A lone `<button type="button" aria-pressed="false">` is a box a person ticks: it stays
    pressed or not, and says so (aria-pressed) the way role=switch says aria-checked. Not one of
    several pressed-state buttons side by side ("Email | Text", "All | Open | Closed": a choice
    among options, a tab or a filter), and not the eye button of a password field ("Show
    password" shows the field's text, it is no answer of the person's)."""
    if el.tag != "button" or (el.get("aria-pressed") or "").strip().lower() not in (
        "true",
        "false",
        "mixed",
    ):
        return False
    if (el.get("type") or "").lower() in ("submit", "reset") or el.get("role"):
        return False
    group = next(
        (a for a in el.iterancestors() if (a.get("role") or "") in _GROUP_ROLES), el.getparent()
    )
    if group is None:
        return True
    pressed = [b for b in group.iter("button") if b.get("aria-pressed") is not None]
    passwords = [i for i in group.iter("input") if (i.get("type") or "").lower() == "password"]
    return len(pressed) == 1 and not passwords


def label_of(
    control: etree._Element, ids: dict[str, etree._Element], labels: dict[str, etree._Element]
) -> tuple[str, etree._Element | None]:
    """The text that names a control, and the element holding it when there is one."""
    labelledby = control.get("aria-labelledby")
    if labelledby:
        parts = [_shown_text(ids[i]) for i in labelledby.split() if i in ids]
        if any(parts):
            return " ".join(p for p in parts if p), ids.get(labelledby.split()[0])
    control_id = control.get("id")
    if control_id and control_id in labels:
        return _shown_text(labels[control_id]), labels[control_id]
    ancestor = control.getparent()
    while ancestor is not None and isinstance(ancestor.tag, str):
        if ancestor.tag == "label":
            return _shown_text(ancestor), ancestor
        if ancestor.tag in ("form", "fieldset", "body"):
            break
        ancestor = ancestor.getparent()
    if control.get("aria-label"):
        spoken = control.get("aria-label", "").strip()
        if _is_box(control):
            # builders put a terse aria-label on the box and the words people read beside it
            shown, shown_el = _sibling_text(control, forward=True)
            if len(shown) > len(spoken):
                return shown, shown_el
        return spoken, None
    if control.get("title"):
        return control.get("title", "").strip(), None
    if (control.tag == "button" or control.get("type") in ("submit", "button")) and not (
        is_aria_toggle(control)
    ):
        return (_text(control) or control.get("value", "")).strip(), None
    return _nearest_text(control)


def _is_box(control: etree._Element) -> bool:
    """A checkbox, radio button or ARIA toggle: its words follow it, not precede it."""
    return (control.get("type") or "").lower() in ("checkbox", "radio") or is_aria_toggle(control)


def _nearest_text(control: etree._Element) -> tuple[str, etree._Element | None]:
    """Text right next to a control: a checkbox's following text, an input's preceding one."""
    if is_aria_toggle(control) and _text(control):
        return _text(control)[:1500], control  # <div role="checkbox">I agree ...</div>
    if _is_box(control):
        following = _sibling_text(control, forward=True)
        if following[0]:
            return following
    preceding = _sibling_text(control, forward=False)
    if preceding[0]:
        return preceding
    return _sibling_text(control, forward=True)


def _sibling_text(control: etree._Element, *, forward: bool) -> tuple[str, etree._Element | None]:
    """The first text found walking siblings (then the parent's siblings) in one direction.
    Beside a shown control, hidden text is no label ("Please enter a valid phone number." is
    an error message waiting for a mistake)."""
    node = control
    skip_hidden = is_visible(control)
    for _ in range(3):  # climb at most three levels: <div><span>label</span><input></div>
        if forward and node.tail and node.tail.strip():
            return node.tail.strip(), node.getparent()
        sibling = node.getnext() if forward else node.getprevious()
        while sibling is not None:
            if isinstance(sibling.tag, str) and sibling.tag in CONTROL_TAGS:
                return "", None
            if isinstance(sibling.tag, str) and sibling.tag not in ("script", "style"):
                if any(c.tag in CONTROL_TAGS for c in sibling.iter() if isinstance(c.tag, str)):
                    return "", None
                text = "" if skip_hidden and is_hidden(sibling) else _text(sibling)
                if text:
                    return text[:1000], sibling
            if forward and sibling.tail and sibling.tail.strip():
                return sibling.tail.strip(), sibling.getparent()
            sibling = sibling.getnext() if forward else sibling.getprevious()
        if (
            not forward
            and node.getparent() is not None
            and node.getparent().text
            and node.getparent().text.strip()
        ):
            return node.getparent().text.strip(), node.getparent()
        parent = node.getparent()
        if parent is None or parent.tag in ("form", "body"):
            break
        if sum(1 for c in parent.iter(*CONTROL_TAGS)) > 1:
            break
        node = parent
    return "", None


def _bool_attr(el: etree._Element, annotated: str, *names: str) -> bool:
    if el.get(annotated) in ("0", "1"):
        return el.get(annotated) == "1"
    if any(el.get(n) is not None for n in names):
        return True
    return False


def extract_control(
    el: etree._Element,
    ids: dict[str, etree._Element],
    labels: dict[str, etree._Element],
    base_url: str,
) -> Control:
    kind = (el.get("type") or ("submit" if el.tag == "button" else "")).lower()
    pressed_toggle = is_pressed_toggle(el)  # looks at the buttons around it: once per control
    if pressed_toggle:
        kind = "switch"
    elif is_aria_toggle(el):
        # a styled <div role="switch">, <span role="checkbox"> or <button role="switch">
        kind = (el.get("role") or "").strip().lower()
    elif el.tag == "select":
        kind = "select"
    elif el.tag == "textarea":
        kind = "textarea"
    elif el.tag == "input" and not kind:
        kind = "text"
    label, label_el = label_of(el, ids, labels)
    required = (
        _bool_attr(el, "data-pvr", "required") or (el.get("aria-required") or "").lower() == "true"
    )
    label_links = extract_links(label_el, base_url) if label_el is not None else []
    options = list(el.iter("option")) if el.tag == "select" else []
    picked = _picked_option(options, el) if options else None
    return Control(
        tag=el.tag,
        type=kind,
        name=el.get("name", ""),
        id=el.get("id", ""),
        label=label[:1500],
        placeholder=el.get("placeholder", ""),
        autocomplete=el.get("autocomplete", ""),
        value=el.get("value", "")[:200],
        required=required,
        checked=_bool_attr(el, "data-pvc", "checked")
        or (el.get("aria-checked") or "").lower() == "true"
        or (pressed_toggle and (el.get("aria-pressed") or "").lower() == "true"),
        visible=is_visible(el),
        disabled=el.get("disabled") is not None,
        selector=unique_selector(el),
        html=element_html(el, 300),
        label_links=label_links,
        blocks_submit_unchecked={"1": True, "0": False}.get(el.get("data-pvb", "")),
        refused_either_way=el.get("data-pvb") == "?",
        read_after_typing=el.get("data-pvtyped") == "1",
        set_by_prevet=el.get("data-pvset") == "1",
        options=[_text(o)[:200] for o in options],
        chosen=_text(picked)[:200] if picked is not None else "",
    )


def _picked_option(options: list[etree._Element], select: etree._Element) -> etree._Element | None:
    """The option a closed list shows: the one selected as rendered (data-pvc, the DOM property
    a script may have set), else the last one the HTML marks `selected`, else the first, as the
    browser picks for a single-choice list. A multiple-choice or open list shows no one pick."""
    if not options:
        return None
    annotated = [o for o in options if o.get("data-pvc") in ("0", "1")]
    if annotated:
        return next((o for o in annotated if o.get("data-pvc") == "1"), None)
    marked = [o for o in options if o.get("selected") is not None]
    if marked:
        return marked[-1]
    if select.get("multiple") is not None or (_float(select.get("size")) or 1) > 1:
        return None
    return options[0]


def _own_region(el: etree._Element, container: etree._Element) -> str:
    """The page region (nav, header, footer) a block next to the form sits in, when the form is
    not in it too: a footer signup's own caption is in the form's region, the site footer under
    a form on the page body is not."""
    region = region_of(el)
    if region not in ("nav", "header", "footer"):
        return "body"
    around_form = {id(a) for a in container.iterancestors()}
    common = next((a for a in el.iterancestors() if id(a) in around_form), None)
    return "body" if common is not None and region_of(common) == region else region


def _folded(el: etree._Element, container: etree._Element | None) -> bool:
    """Is the text folded in a closed <details> that the form is not folded in with it? A form
    whose fields and disclosure sit in one closed section (an FAQ answer) unfolds as a whole:
    the disclosure is not hidden where the number is collected, as in a closed modal."""
    folds = [a for a in el.iterancestors() if a.tag == "details" and a.get("open") is None]
    if el.tag == "details" and el.get("open") is None:
        folds.append(el)
    if container is None:
        return bool(folds)
    holding = {id(a) for a in container.iterancestors()} | {id(container)}
    return any(id(fold) not in holding for fold in folds)


def _block_to_text(
    block,
    where: str,
    base_url: str,
    container: etree._Element | None = None,
    form_el: etree._Element | None = None,
) -> TextBlock:
    """A text block in or next to the form (`container` for a block next to it: its region;
    `form_el`, or else `container`: the form, whose own fold does not fold its text)."""
    el = block.element
    # the size and contrast the words are set in: those of the element that holds most of them
    annotated = block.styled_by
    while annotated is not None and annotated.get("data-pvfs") is None:
        annotated = annotated.getparent()
    collapsed = _folded(el, form_el if form_el is not None else container)
    opened = _shown_on_click(el, form_el if form_el is not None else container)
    return TextBlock(
        text=block.text[:3000],
        visible=block.visible and not opened,
        shown_on_click=opened,
        where=where,
        selector=css_selector(el),
        font_size=_float(annotated.get("data-pvfs")) if annotated is not None else None,
        contrast=_float(annotated.get("data-pvct")) if annotated is not None else None,
        collapsed=collapsed,
        shown_on_hover=_shown_on_hover(el, container if container is not None else form_el),
        region=_own_region(el, container) if container is not None else "body",
        links=extract_links(el, base_url) if el.tag not in ("form", "body") else [],
    )


def _shown_on_click(el: etree._Element, container: etree._Element | None) -> str:
    """The words a person must click to see the block: a dialog with no field that the
    renderer opened by clicking them (crawler/js/interact.js stamps it data-pvopened). It was
    shown when the page was read only because prevet clicked; as a person meets the form it is
    hidden. A dialog that holds the form itself is the form's own step (never stamped)."""
    if container is not None and any(
        a.get("data-pvopened") is not None for a in (container, *container.iterancestors())
    ):
        return ""  # the form sits in the opened dialog with it
    for node in (el, *el.iterancestors()):
        if node.get("data-pvopened") is not None:
            return node.get("data-pvopened") or "a link"
    return ""


def _shown_on_hover(el: etree._Element, container: etree._Element | None) -> str:
    """What a person must hover to see a hidden block: the words the browser annotation left
    on it or on the part of the form it sits in (a tooltip span holding the paragraph)."""
    for node in (el, *el.iterancestors()):
        if node is container or node.tag in ("form", "body"):
            break
        if node.get("data-pvhover"):
            return node.get("data-pvhover", "")
    return ""


def _nearby_blocks(container: etree._Element, base_url: str) -> list[TextBlock]:
    """Text right before and after the form: where disclosures often sit."""
    found: list[TextBlock] = []
    for where, step in (("before", "getprevious"), ("after", "getnext")):
        budget = _NEAR_CHARS
        node = container
        for _level in range(3):
            sibling = getattr(node, step)()
            while sibling is not None and budget > 0:
                if isinstance(sibling.tag, str) and sibling.tag not in ("script", "style"):
                    if sibling.tag == "form" or next(sibling.iter("form"), None) is not None:
                        budget = 0
                        break
                    blocks = text_blocks(sibling)
                    if where == "before":
                        blocks = list(reversed(blocks))
                    for block in blocks:
                        if budget <= 0:
                            break
                        found.append(_block_to_text(block, where, base_url, container))
                        budget -= len(block.text)
                sibling = getattr(sibling, step)()
            parent = node.getparent()
            if budget <= 0 or parent is None or parent.tag in ("body", "html", "main"):
                break
            node = parent
    return found


def _described_blocks(
    container: etree._Element,
    control_els: list[etree._Element],
    ids: dict[str, etree._Element],
    texts: list[TextBlock],
    base_url: str,
) -> list[TextBlock]:
    """The text a control names by id as its description or label (aria-describedby,
    aria-labelledby) when it sits outside the form: it is that control's own text wherever the
    page put it. A box `aria-describedby="harvest-fine"` names fine print in the page footer,
    far below the form: it is read as the form's text (after or before the form, as it sits;
    not as the site's footer, which is not the form's wording), so that its size and contrast
    are judged against the form's labels. An id that names nothing adds nothing, and text the
    form already reads (in it, or right next to it) is not read twice."""
    targets = [
        ids[ident]
        for control in control_els
        for attribute in ("aria-describedby", "aria-labelledby")
        for ident in (control.get(attribute) or "").split()
        if ident in ids
    ]
    inside = {id(el) for el in container.iter()}
    around = {id(el) for el in container.iterancestors()}
    # outside the form, and not a box the form sits in (its text is the form's own already)
    targets = [
        t for t in targets if id(t) not in inside and id(t) not in around and not in_template(t)
    ]
    if not targets:
        return []
    order = {id(el): n for n, el in enumerate(container.getroottree().iter())}
    seen = {t.selector for t in texts}
    found: list[TextBlock] = []
    for target in targets:
        where = "after" if order.get(id(target), 0) > order.get(id(container), 0) else "before"
        for block in text_blocks(target):
            text = _block_to_text(block, where, base_url, container)
            if text.selector in seen or not text.text.strip():
                continue
            seen.add(text.selector)
            found.append(text.model_copy(update={"region": "body"}))
    return found


def in_template(el: etree._Element) -> bool:
    """Is el inert markup inside a `<template>` (not a shadow root, which parsing unwraps)?
    A sign-up kept in `<template id="tpl-reminders">` for a "Get reminders" button to clone is
    not on the page a person sees: its form, boxes and words are read where the renderer's
    click mounted the clone (with the state its script gave it), never in the template."""
    return _inside(el, "template")


def _in_form(el: etree._Element) -> bool:
    """Inside a <form>: a group grown around a real form (a booking section whose loose service
    menu sits beside the form) leaves that form's controls to it, so one box is one control."""
    return _inside(el, "form")


def _inside(el: etree._Element, *tags: str) -> bool:
    """Has el an ancestor with one of these tags?"""
    return any(a.tag in tags for a in el.iterancestors())


def _form_like_groups(root: etree._Element) -> list[etree._Element]:
    """Containers of controls outside any <form>: the smallest ancestor holding a group with a
    button, as site builders (Wix, Squarespace, scripts) make them."""
    orphans = [
        el
        for el in root.iter("input", "select", "textarea")
        if not _inside(el, "form", "template")
        and (el.get("type") or "").lower() not in _SKIP_INPUT_TYPES | {"search"}
    ]
    groups: list[etree._Element] = []
    for control in orphans:
        if any(control in set(g.iter()) for g in groups):
            continue
        container = control.getparent()
        while container is not None and container.tag not in ("body", "html"):
            has_button = _has_button(container, but=control)
            controls = [
                c
                for c in container.iter("input", "select", "textarea")
                if (c.get("type") or "").lower() != "hidden"
            ]
            if has_button and len(controls) >= 1:
                break
            if len(controls) >= 3:
                container = _with_its_button(container)
                break
            container = container.getparent()
        if container is None or container.tag in ("body", "html"):
            page = _page_as_form(control)
            container = page if page is not None else control.getparent()
        if container is not None:
            # a group grown around earlier ones (the fields' grid inside the panel) replaces them
            groups = [g for g in groups if container not in set(g.iterancestors())]
            groups.append(container)
    return _join_buttonless_sections(groups)


_BUTTON_LEVELS = 2  # how far above a block of fields its button may sit
_NOT_TYPED = frozenset({"checkbox", "radio", "hidden", "submit", "button", "image", "reset"})


def _with_its_button(fields: etree._Element) -> etree._Element:
    """The smallest box around a block of fields that also holds their button, as a person sees
    one form: a panel built without <form> holds a grid of fields, then a row with the consent
    box and its words, then a row with the "Submit" button. The box may be at most a couple of
    levels up, never the page's body or main, and never one holding a <form> or fields to type
    in besides these (a newsletter box with its own button beside a survey block is another
    form); without one, the block of fields is the group on its own."""
    own = set(fields.iter())
    box = fields.getparent()
    for _ in range(_BUTTON_LEVELS):
        if (
            box is None
            or box.tag in ("body", "html", "main")
            or next(box.iter("form"), None) is not None
            or any(
                c not in own and (c.get("type") or "text").lower() not in _NOT_TYPED
                for c in box.iter("input", "select", "textarea")
            )
        ):
            break
        if _has_button(box):
            return box
        box = box.getparent()
    return fields


def _has_button(el: etree._Element, but: etree._Element | None = None) -> bool:
    """Does el hold a button (other than `but`, the control a group is built around)?"""
    return next(_buttons(el, but), None) is not None


def _buttons(el: etree._Element, but: etree._Element | None = None) -> Iterator[etree._Element]:
    """The buttons el holds (other than `but`), in document order."""
    return (
        b
        for b in el.iter("button", "input", "a", "div", "span")
        if b is not but
        and (
            b.tag == "button"
            or (b.get("type") or "").lower() in ("submit", "button")
            or (b.get("role") or "") == "button"
        )
    )


def _page_as_form(control: etree._Element) -> etree._Element | None:
    """The page's body, when the page itself is one form built without <form>: its fields sit
    in boxes straight in the body (a name row, a phone row, a consent box with its fine print),
    and the one button the body holds follows them ("Invite contact" at the end). No box below
    the body holds both a field and that button, so each field alone would be a form, the phone
    field in one and its consent box in another, though a person fills them in as one.
    Near misses keep their fields apart: a body with a <form>, with two buttons (two forms, or a
    menu toggle beside the fields), or whose only button comes before the field."""
    body = next((a for a in control.iterancestors() if a.tag == "body"), None)
    if body is None or next(body.iter("form"), None) is not None:
        return None
    buttons = list(_buttons(body, but=control))
    if len(buttons) != 1:
        return None
    for el in body.iter():
        if el is control:
            return body
        if el is buttons[0]:
            return None
    return None


def _join_buttonless_sections(groups: list[etree._Element]) -> list[etree._Element]:
    """Sections of one form built without <form>: a block of contact fields and, next to it, a
    block of consent boxes, neither with its own button (an intake screen, a form a script
    submits). Groups that are siblings under one parent holding neither a button nor a <form> are
    one form, whose container is that parent; a group with its own button stays a form alone."""
    by_parent: dict[etree._Element, list[etree._Element]] = {}
    for group in groups:
        parent = group.getparent()
        if (
            parent is None
            or parent.tag in ("body", "html")
            or _has_button(parent)
            or next(parent.iter("form"), None) is not None
        ):
            continue
        by_parent.setdefault(parent, []).append(group)
    joined: list[etree._Element] = []
    for group in groups:
        parent = group.getparent()
        siblings = by_parent.get(parent) if parent is not None else None
        if siblings is not None and len(siblings) > 1:
            if parent not in joined:
                joined.append(parent)
        else:
            joined.append(group)
    return joined


def _boxes_beside_one_form(
    group: etree._Element,
) -> tuple[etree._Element, list[etree._Element]] | None:
    """The form a group's loose boxes belong to: a panel that holds one <form>, no button of its
    own outside it, and outside it only boxes (a chat shows its consent box in the conversation
    above its answer field, and the form's "Send" is the one way to send it: a person ticks the
    box, then sends the number). A panel with a button of its own, or a field to type in outside
    the form, is a form of its own."""
    forms = [f for f in group.iter("form") if not in_template(f)]
    if len(forms) != 1:
        return None
    form = forms[0]
    if any(form not in set(b.iterancestors()) for b in _buttons(group)):
        return None
    loose = [
        c
        for c in group.iter("input", "select", "textarea")
        if not _inside(c, "form", "template")
        and (c.get("type") or "").lower() not in _SKIP_INPUT_TYPES | {"hidden"}
    ]
    if not loose or any((c.get("type") or "").lower() != "checkbox" for c in loose):
        return None
    return form, loose


def extract_forms(
    html_or_root: str | bytes | etree._Element, base_url: str, frame_url: str | None = None
) -> list[Form]:
    root = (
        parse_html(html_or_root) if not isinstance(html_or_root, etree._Element) else html_or_root
    )
    ids = _ids(root)
    labels = _labels_for(root)
    forms: list[Form] = []
    groups: list[etree._Element] = []
    adopted: dict[etree._Element, list[etree._Element]] = {}
    for group in _form_like_groups(root):
        beside = _boxes_beside_one_form(group)
        if beside is None:
            groups.append(group)
        else:
            adopted.setdefault(beside[0], []).extend(beside[1])
    containers = [(f, False) for f in root.iter("form") if not in_template(f)] + [
        (g, True) for g in groups
    ]
    for container, formless in containers:
        control_els = [
            c
            for c in container.iter()
            if isinstance(c.tag, str)
            and (
                c.tag in CONTROL_TAGS
                and (c.get("type") or "").lower() not in _SKIP_INPUT_TYPES
                or c.tag not in CONTROL_TAGS
                and (c.get("role") or "").lower() in TOGGLE_ROLES
            )
            and not in_template(c)
            and not (formless and _in_form(c))
        ] + adopted.get(container, [])
        if not control_els:
            continue
        controls = [extract_control(c, ids, labels, base_url) for c in control_els]
        blocks = text_blocks(container)
        texts = [_block_to_text(b, "inside", base_url, form_el=container) for b in blocks]
        texts += _nearby_blocks(container, base_url)
        texts += _described_blocks(container, control_els, ids, texts, base_url)
        sizes = sorted(t.font_size for t in texts if t.font_size and t.where == "inside")
        reached_by, waits = _reached(container, control_els)
        hover_titles = _hover_titles(container)
        forms.append(
            Form(
                selector=unique_selector(container),
                action=urljoin(base_url, container.get("action", "")) if not formless else "",
                method=(container.get("method") or "get").lower(),
                formless=formless,
                frame_url=frame_url,
                visible=is_visible(container),
                controls=controls,
                texts=texts,
                links=extract_links(container, base_url) + _near_links(texts),
                font_size=sizes[len(sizes) // 2] if sizes else None,
                html=element_html(container, 4000),
                reached_by=reached_by,
                waits_for_server=waits,
                over_page=_over_page(container),
                hover_titles=hover_titles,
            )
        )
    return forms


# a title holds a sentence or more (not "Required", not a field's name)
_TITLE_MIN_CHARS = 30


def _hover_titles(container: etree._Element) -> list[TextBlock]:
    """Sentences the form keeps in `title` attributes of its non-control parts (an "i" icon
    beside the box): a browser shows them only while the pointer rests there. A control's own
    title is its name (label_of reads it), and a link's or a frame's title names its target."""
    found: list[TextBlock] = []
    for el in container.iter():
        if not isinstance(el.tag, str) or el.tag in (*CONTROL_TAGS, "a", "iframe", "abbr"):
            continue
        title = " ".join((el.get("title") or "").split())
        if len(title) < _TITLE_MIN_CHARS or " " not in title or in_template(el):
            continue
        found.append(
            TextBlock(
                text=title[:1500],
                visible=False,
                selector=css_selector(el),
                shown_on_hover=_text(el)[:60] or "an icon",
            )
        )
    return found[:5]


_PHONE_HINT = re.compile(r"phone|mobile|cell|sms|tel", re.IGNORECASE)


def _reached(container: etree._Element, control_els: list[etree._Element]) -> tuple[str, str]:
    """How the renderer's interaction reached the form (data-pvreach on the fields that became
    visible, or on the frame's document), the phone field's way first; and what a step that
    waits for a server answer leaves a person to check (data-pvwait)."""
    stamps = [c for c in control_els if c.get("data-pvreach")]
    phone = [
        c
        for c in stamps
        if (c.get("type") or "").lower() == "tel"
        or _PHONE_HINT.search(f"{c.get('name', '')} {c.get('id', '')}")
    ]
    reached = (phone or stamps or [None])[0]
    how = reached.get("data-pvreach", "") if reached is not None else ""
    waits = container.get("data-pvwait", "")
    for ancestor in container.iterancestors():
        how = how or ancestor.get("data-pvreach", "")
        waits = waits or ancestor.get("data-pvwait", "")
    return how[:300], waits[:300]


_DISMISS = re.compile(
    r"^\s*(?:[×✕✖xX]|close|dismiss|skip|not now|no,? thanks?|maybe later|later|"
    r"continue as (?:a )?guest|browse as (?:a )?guest)\b",
    re.IGNORECASE,
)


def _over_page(container: etree._Element) -> bool:
    """Is the form inside a layer the renderer measured covering most of the viewport at load
    (crawler/js/probe_agegate.js marks it data-pvfixed) that offers no way to close it (no
    "×", "Close", "No thanks" or "Continue as guest")? Such a layer is all a person sees."""
    layer = next(
        (el for el in (container, *container.iterancestors()) if el.get("data-pvfixed") == "1"),
        None,
    )
    if layer is None:
        return False
    for control in layer.iter("button", "a", "span", "div"):
        words = " ".join(
            filter(None, (control.get("aria-label"), control.get("title"), control.text))
        )
        if (control.tag in ("button", "a") or control.get("role") == "button") and (
            _DISMISS.search(words)
        ):
            return False
    return True


def _near_links(texts: list[TextBlock]) -> list[Link]:
    return [link for t in texts if t.where != "inside" for link in t.links]


__all__ = ["extract_forms", "label_of", "BLOCK_TAGS"]
