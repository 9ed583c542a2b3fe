"""Find an age gate on a page as rendered: an overlay or interstitial that asks for age first.

Pure function over the (annotated, when rendered) lxml tree, so it is tested on strings. A gate
is a container that looks like a modal (role=dialog, aria-modal, <dialog>, position:fixed, the
renderer's data-pvfixed="1", class names like age-gate / age-verification / modal / overlay)
and asks for age ("are you 21 or older?", "date of birth", "of legal drinking age"). A page that
is nothing but such a question is an interstitial gate too. A sentence stating who may take part
("entrants must be US residents aged 18+") is eligibility, not an age question.

The kind says how age is asked: "dob" = a full date of birth (a date input, or month, day and
year fields), "checkbox" = a tick box, "yes_no" = buttons or links ("Yes", "I am 21+", "Enter"),
"unknown" = anything else (a birth-year field alone, an age typed in, a gate drawn without
controls): the agegate.weak check asks a person to look.
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extract import css_selector, is_hidden, is_visible, visible_text
from crawler.sentence_spans import sentences
from crawler.snapshot import AgeGate

AGE_QUESTION = re.compile(
    r"\b(are|r) you (at least |over |older than )?(18|19|21)\b|"
    r"\b(18|19|21) (years (of age|old)|yrs|or older|or over|and (over|older)|\+)|\b(18|19|21)\+|"
    r"(legal|lawful) (drinking|smoking|purchasing|purchase) age|of legal age|"
    r"\bage (verification|gate|check|confirmation|restricted)|verify (your )?age|"
    r"confirm (that )?(you are|you're|your age)|how old are you|must be (at least )?(18|19|21)",
    re.IGNORECASE,
)
# "Entrants must be US residents aged 18+", "Must be 18 or older to enter the giveaway": who
# may take part in a contest, a program or a class is eligibility, not a question before content
_ELIGIBILITY = re.compile(
    r"\b(entrants?|entries|participants?|contestants?|applicants?|winners?|eligib\w*|"
    r"sweepstakes|giveaways?|contests?|drawings?|raffles?|prizes?|promotion|residents?|"
    r"no purchase (is )?necessary|open to|to (participate|win|qualify|apply|register|join))\b",
    re.IGNORECASE,
)
# a date of birth alone is asked by sign-up forms too ("birthday club"): it is an age gate only
# when the overlay collects nothing else (no email, phone or name)
DOB_PROMPT = re.compile(
    r"date of birth|birth ?date|enter your (birthday|age)|\bbirthday\b", re.IGNORECASE
)
_GATE_HINT = re.compile(
    r"age[-_ ]?(gate|verif|check|confirm|popup|modal|wall|restrict)|"
    r"agegate|ageverif|av[-_]overlay|legal[-_]age|over[-_]?21|of[-_]age|"
    r"\bage\b",
    re.IGNORECASE,
)
_MODAL_HINT = re.compile(
    r"modal|overlay|popup|pop-up|lightbox|interstitial|dialog|splash|"
    r"gate|fancybox|mfp",
    re.IGNORECASE,
)
_FIXED_STYLE = re.compile(r"position\s*:\s*(fixed|absolute)", re.IGNORECASE)
_MONTH = re.compile(r"\b(month|mm|mon)\b|birth_?month|dob_?m", re.IGNORECASE)
_DAY = re.compile(r"\b(day|dd)\b|birth_?day\b|dob_?d", re.IGNORECASE)
_YEAR = re.compile(r"\b(year|yyyy|yy)\b|birth_?year|dob_?y", re.IGNORECASE)
_DOB_SINGLE = re.compile(
    r"date of birth|birth ?date|\bdob\b|mm\s*/\s*dd\s*/\s*yyyy|birthday|"
    r"\bbday\b",
    re.IGNORECASE,
)
_YES = re.compile(
    r"^\s*(yes|enter|i am|i'm|i’m|continue|confirm|agree|over|21\+|18\+|"
    r"i am (over|of legal)|enter (site|store|shop))",
    re.IGNORECASE,
)
_INTERSTITIAL_MAX_WORDS = 120
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "ul", "ol", "section", "form", "main", "header")
_GATE_MAX_WORDS = 250  # a modal is short; a long "overlay" wrapper is the page itself


def detect_agegate(root: etree._Element) -> AgeGate | None:
    """The age gate a person meets on this page before its content, or None."""
    body = root.find(".//body")
    body = body if body is not None else root
    for container in _candidates(body):
        text = visible_text(container)
        if (
            len(text.split()) <= _GATE_MAX_WORDS
            and asks_age(container, text)
            and _asks_for_input(container)
        ):  # a "21+ only" banner is not a gate
            return AgeGate(
                kind=gate_kind(container), text=text[:300], selector=css_selector(container)
            )
    text = visible_text(body)
    if (
        len(text.split()) <= _INTERSTITIAL_MAX_WORDS
        and asks_age(body, text)
        and _asks_for_input(body)
    ):
        return AgeGate(kind=gate_kind(body), text=text[:300], selector="body")
    return None


def asks_age(container: etree._Element, text: str) -> bool:
    """Does this overlay ask for the visitor's age (not a newsletter asking for a birthday, nor
    a contest stating who may enter, nor a sign-up form whose consent says "I am 18 years of age
    or older": a form that collects an email, a phone number or a name states who may sign up,
    it does not stand before the content)?"""
    asked = any(
        AGE_QUESTION.search(sentence) and not _ELIGIBILITY.search(sentence)
        for sentence in sentences(text)
    ) or bool(DOB_PROMPT.search(text))
    # the text first: most modal-like boxes on a page ask nothing of age, and reading each
    # field's label walks the whole document
    return asked and not _collects_contact(container)


def _collects_contact(container: etree._Element) -> bool:
    return any(
        (c.get("type") or "").lower() in ("email", "tel")
        or re.search(r"e-?mail|phone|name", _describe(c), re.IGNORECASE)
        for c in container.iter("input")
        if is_visible(c)
    )


def _candidates(body: etree._Element) -> list[etree._Element]:
    """Modal-like containers, outermost first, that a person can see."""
    found = []
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "head"):
            continue
        hint = f"{el.get('class', '')} {el.get('id', '')}"
        modal = (
            el.tag == "dialog"
            or (el.get("role") or "").lower() in ("dialog", "alertdialog")
            or (el.get("aria-modal") or "").lower() == "true"
            or el.get("data-pvfixed") == "1"
            or bool(_FIXED_STYLE.search(el.get("style") or ""))
            or bool(_GATE_HINT.search(hint))
            or bool(_MODAL_HINT.search(hint))
        )
        if not modal or is_hidden(el) or not is_visible(el):
            continue
        if el.tag == "dialog" and el.get("open") is None and el.get("data-pvh") != "0":
            continue  # a closed <dialog> is not shown
        found.append(el)
    # outermost first: the whole modal holds both the question and its buttons or fields
    return sorted(found, key=_depth)


def _depth(el: etree._Element) -> int:
    depth = 0
    while (el := el.getparent()) is not None:
        depth += 1
    return depth


def _asks_for_input(el: etree._Element) -> bool:
    """Does it offer a way to answer: a field, a button, or a short "Yes"/"Enter" to click?"""
    if any(True for _ in el.iter("input", "select", "button")):
        return True
    return any(_YES.search(text) for text in _answers(el)) or any(
        node.get("role") == "button" or node.get("onclick") is not None for node in el.iter()
    )


def _answers(el: etree._Element) -> list[str]:
    """The texts of what can be clicked: buttons, links, submit inputs, and the short leaf
    divs and spans that site builders draw buttons with."""
    texts = [b.text_content() or b.get("value", "") for b in el.iter("button", "a")]
    texts += [
        c.get("value", "")
        for c in el.iter("input")
        if (c.get("type") or "").lower() in ("submit", "button")
    ]
    for node in el.iter("span", "div", "li"):
        if any(True for _ in node.iterdescendants(*_BLOCKS)):
            continue  # a wrapper, not a button: its text is several blocks run together
        own = (node.text_content() or "").strip()
        if own and len(own.split()) <= 6:
            texts.append(own)
    return [t.strip() for t in texts if t and t.strip()]


def _describe(control: etree._Element) -> str:
    label = ""
    control_id = control.get("id")
    if control_id:
        root = control.getroottree().getroot()
        for lab in root.iter("label"):
            if lab.get("for") == control_id:
                label = lab.text_content()
                break
    return (
        " ".join(
            control.get(attr, "")
            for attr in ("name", "id", "placeholder", "aria-label", "autocomplete", "class")
        )
        + " "
        + label
    )


def _select_shape(control: etree._Element) -> str:
    """What a <select> asks by its options alone: 12 months, up to 31 days, or 4-digit years."""
    if control.tag != "select":
        return ""
    values = [(o.text_content() or o.get("value") or "").strip() for o in control.iter("option")]
    values = [v for v in values if v]
    numbers = [v for v in values if v.isdigit()]
    if sum(1 for v in numbers if len(v) == 4 and 1900 <= int(v) <= 2100) >= 10:
        return "year"
    if 11 <= len(values) <= 13 and (len(numbers) < 3 or max(map(int, numbers)) <= 12):
        return "month"
    if 28 <= len(numbers) <= 32 and max(map(int, numbers)) <= 31:
        return "day"
    return ""


def gate_kind(container: etree._Element) -> str:
    """dob, checkbox, yes_no or unknown: how the gate asks for age (see the module docstring)."""
    controls = [
        c
        for c in container.iter("input", "select")
        if is_visible(c) and (c.get("type") or "text").lower() not in ("hidden", "submit", "button")
    ]
    types = [(c.get("type") or "text").lower() for c in controls]
    if "date" in types:
        return "dob"
    descriptions = [_describe(c) + " " + _select_shape(c) for c in controls]
    has = {
        part
        for d in descriptions
        for part, pattern in (("month", _MONTH), ("day", _DAY), ("year", _YEAR))
        if pattern.search(d)
    }
    text_fields = [
        c
        for c, t in zip(controls, types, strict=True)
        if t in ("text", "number", "tel") or c.tag == "select"
    ]
    if has >= {"month", "day", "year"} or len(text_fields) >= 3 and "year" in has:
        return "dob"
    if any(_DOB_SINGLE.search(d) for d in descriptions) and text_fields:
        return "dob"  # one masked MM/DD/YYYY field
    if has or any(t == "number" for t in types):
        return "unknown"  # part of a date (a birth year) or an age typed in: not a full DOB
    if "checkbox" in types:
        return "checkbox"
    if any(_YES.search(text) for text in _answers(container)):
        return "yes_no"
    return "unknown"
