"""The disclosure at the point of collection: optin.disclosure_missing, disclosure_hidden,
disclosure_not_prominent, and one check per element (brand, message types, frequency, rates,
HELP, STOP, privacy and terms links, condition of purchase).

An element counts when the consent box's label or the text in or right next to the form states
it, shown or not; whether it is shown is optin.disclosure_hidden's question, so one hidden
disclosure is one finding, not seven. When a form has no disclosure at all, only
optin.disclosure_missing fires for it (its fix is the whole disclosure).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analyzers.context import AnalysisContext
from analyzers.optin.fixes import brand_name, compliant_disclosure, message_types
from analyzers.optin.links import policy_link
from analyzers.optin.model import OptInForm
from analyzers.registry import Hit, NotApplicable, Severity, check
from analyzers.text.excerpt import excerpt
from analyzers.text.vocabulary import vocabulary
from crawler.urls import normalize_url

_ELEMENT_LABELS = ("rates", "frequency", "help", "stop")
MIN_FONT_PX = 10.0
MIN_FONT_RATIO = 0.7
MIN_CONTRAST = 3.0


def has_disclosure(optin: OptInForm) -> bool:
    return optin.disclosure.has("consent_statement") or \
        any(optin.disclosure.has(label) for label in _ELEMENT_LABELS)


def disclosure_excerpt(optin: OptInForm, limit: int = 400) -> str:
    """What the person reads about texts: the consent label and the SMS sentences."""
    blocks = optin.disclosure.sms_blocks or optin.disclosure.blocks[:2]
    return excerpt(" ".join(b.text for b in blocks), limit)


_NAME_WORD = r"(?:[A-Z0-9][\w&'’.-]*|&|and|of)"
_SENDER = re.compile(rf"\b(?:from|by)\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,6}})")


def named_sender(optin: OptInForm) -> str | None:
    """The business a consent sentence says the texts come from ("... from Acme Dental LLC")."""
    for found in optin.disclosure.elements.get("consent_statement", []):
        match = _SENDER.search(found.sentence)
        if match and match.group(1).strip(" .&") and len(match.group(1)) > 2:
            return match.group(1).strip(" .")
    return None


def _forms_with_disclosure(ctx: AnalysisContext) -> list[OptInForm]:
    forms = [f for f in ctx.optin_forms if has_disclosure(f)]
    if not forms:
        raise NotApplicable("no opt-in form has a disclosure (see optin.disclosure_missing)")
    return forms


def _selector(optin: OptInForm) -> str:
    control = optin.consent_control
    return control.selector if control is not None else optin.selector


@check(
    "optin.disclosure_missing",
    severity=Severity.ERROR,
    ref="Non-compliant consent language",
    title="The opt-in form shows an SMS disclosure",
    message="There is no SMS disclosure where the phone number is collected.",
    why="A person must read what they agree to (who texts, what, how often, cost, HELP/STOP) "
    "where they give their number.",
    fix="Place the full SMS disclosure next to the consent checkbox.",
    needs=("optin_forms",),
)
def disclosure_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    for optin in ctx.optin_forms:
        if not has_disclosure(optin):
            yield Hit(url=optin.url, selector=optin.selector, evidence=optin.evidence(),
                      fix=f"Add this text next to the phone field, as the label of an unchecked "
                      f"SMS consent checkbox:\n{compliant_disclosure(ctx, optin)}",
                      message="The form asks for a phone number for texts but states no consent "
                      "language: no agreement to receive texts, frequency, rates, HELP or STOP.")


def _missing(ctx: AnalysisContext, label: str, what: str, sentence: str) -> Iterator[Hit]:
    for optin in _forms_with_disclosure(ctx):
        if optin.disclosure.has(label):
            continue
        yield Hit(url=optin.url, selector=_selector(optin), evidence=disclosure_excerpt(optin),
                  message=f"The disclosure next to the form does not state {what}.",
                  fix=f'Add "{sentence}" to the consent text. The complete disclosure for '
                  f"this form reads:\n{compliant_disclosure(ctx, optin)}")


@check(
    "optin.brand_missing",
    severity=Severity.ERROR,
    ref="2113",
    title="The disclosure names the brand",
    message="The disclosure does not name the business that will send the texts.",
    why="People must know who will text them; the program name must match the registered brand.",
    fix="Name the business in the consent text: \"... text messages from <brand> ...\".",
    needs=("optin_forms",),
)
def brand_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    brand = ctx.provide("brand_names")
    for optin in _forms_with_disclosure(ctx):
        if brand is None:
            sender = named_sender(optin)
            said = f"names \"{sender}\" as the sender" if sender else "names no sender we can see"
            yield Hit(url=optin.url, selector=_selector(optin), review=True,
                      evidence=disclosure_excerpt(optin),
                      message=f"The business name could not be determined (give a campaign file); "
                      f"the disclosure {said}. Check that it is the registered brand.")
        elif not optin.disclosure.has("brand") and brand.source != "campaign" and \
                (sender := named_sender(optin)):
            yield Hit(url=optin.url, selector=_selector(optin), review=True,
                      evidence=disclosure_excerpt(optin),
                      message=f"The disclosure names \"{sender}\" as the sender, while the site "
                      f"seems to be \"{brand.primary}\" (inferred, no campaign file). Check that "
                      "this is the registered brand name.")
        elif not optin.disclosure.has("brand"):
            yield Hit(url=optin.url, selector=_selector(optin), evidence=disclosure_excerpt(optin),
                      message=f"The disclosure never names \"{brand.primary}\", the business "
                      "that will send the texts.",
                      fix=f'Name the sender in the consent sentence: "... text messages from '
                      f'{brand.primary} ...". The complete disclosure reads:\n'
                      f"{compliant_disclosure(ctx, optin)}")


@check(
    "optin.message_type_missing",
    severity=Severity.ERROR,
    ref="2114",
    title="The disclosure says what messages will be sent",
    message="The disclosure does not say what kind of messages will be sent.",
    why="Consent covers a described use; \"text messages\" alone does not tell the person what "
    "they are signing up for.",
    fix="Say what the texts are about, e.g. \"appointment reminders and order updates\".",
    needs=("optin_forms",),
)
def message_type_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _missing(ctx, "message_types", "what kind of messages will be sent",
                        f"I agree to receive {message_types(None)} text messages from "
                        f"{brand_name(ctx)}")


@check(
    "optin.frequency_missing",
    severity=Severity.ERROR,
    ref="2115",
    title="The disclosure states message frequency",
    message="The disclosure does not state how often messages are sent.",
    why="Reviewers require the message frequency (\"Msg frequency varies\" or \"up to 4 "
    "msgs/month\") at the point of opt-in.",
    fix='Add "Message frequency varies." (or the real number, e.g. "Up to 4 msgs/month.").',
    needs=("optin_forms",),
)
def frequency_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _missing(ctx, "frequency", "the message frequency", "Message frequency varies.")


@check(
    "optin.rates_missing",
    severity=Severity.ERROR,
    ref="2116",
    title="The disclosure says \"Msg & data rates may apply\"",
    message="The disclosure does not say that message and data rates may apply.",
    why="People must be told texts can cost them; reviewers look for this exact notice.",
    fix='Add "Msg & data rates may apply."',
    needs=("optin_forms",),
)
def rates_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _missing(ctx, "rates", "that message and data rates may apply",
                        "Msg & data rates may apply.")


@check(
    "optin.help_missing",
    severity=Severity.ERROR,
    ref="2117",
    title="The disclosure gives the HELP keyword",
    message="The disclosure does not tell people to reply HELP for help.",
    why="Reviewers require the HELP instruction at the point of opt-in.",
    fix='Add "Reply HELP for help."',
    needs=("optin_forms",),
)
def help_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _missing(ctx, "help", "the HELP instruction", "Reply HELP for help.")


@check(
    "optin.stop_missing",
    severity=Severity.ERROR,
    ref="2118",
    title="The disclosure tells how to opt out (STOP)",
    message="The disclosure does not tell people how to stop the texts.",
    why="People must know how to opt out before they opt in; reviewers look for STOP.",
    fix='Add "Reply STOP to cancel."',
    needs=("optin_forms",),
)
def stop_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _missing(ctx, "stop", "how to opt out (reply STOP)", "Reply STOP to cancel.")


@check(
    "optin.condition_of_purchase",
    severity=Severity.INFO,
    ref="CTA best practice",
    title="The disclosure says consent is not a condition of purchase",
    message="The disclosure does not say that consent is not a condition of purchase.",
    why="Stating it shows the consent is freely given; many reviewers expect it.",
    fix='Add "Consent is not a condition of purchase."',
    needs=("optin_forms",),
)
def condition_of_purchase(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _missing(ctx, "condition_of_purchase",
                        "that consent is not a condition of purchase",
                        "Consent is not a condition of purchase.")


def _policy_check(ctx: AnalysisContext, kind: str, name: str, role: str) -> Iterator[Hit]:
    from analyzers.optin.fixes import policy_url

    for optin in ctx.optin_forms:
        if policy_link(optin.disclosure.links, optin.disclosure.text, kind):
            continue
        url = policy_url(ctx, role, f"/{kind}")
        mentioned = name.split()[0].lower() in optin.disclosure.text.lower()
        yield Hit(url=optin.url, selector=_selector(optin), evidence=disclosure_excerpt(optin),
                  message=f"The consent text {'names' if mentioned else 'does not link to'} the "
                  f"{name}{' but does not link to it' if mentioned else ''}.",
                  fix=f'Link the {name} in the consent text: <a href="{url}">{name}</a>.')


@check(
    "optin.privacy_link_missing",
    severity=Severity.ERROR,
    ref="2121",
    title="The consent text links the privacy policy",
    message="The opt-in form does not link to the privacy policy.",
    why="Reviewers check that the person can read the privacy policy where they give consent.",
    fix="Link the privacy policy in the consent text.",
    needs=("optin_forms",),
)
def privacy_link_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _policy_check(ctx, "privacy", "Privacy Policy", "privacy")


@check(
    "optin.terms_link_missing",
    severity=Severity.ERROR,
    ref="Opt-in workflow non compliant terms and conditions",
    title="The consent text links the terms and conditions",
    message="The opt-in form does not link to the terms and conditions.",
    why="Reviewers check that the SMS terms are one click away from the consent box.",
    fix="Link the terms and conditions (or SMS terms) in the consent text.",
    needs=("optin_forms",),
)
def terms_link_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _policy_check(ctx, "terms", "Terms & Conditions", "terms")


def _only_in_linked_page(ctx: AnalysisContext, optin: OptInForm) -> tuple[str, list[str]] | None:
    """Elements missing at the form but present on a page it links to (the terms hold them)."""
    absent = [label for label in _ELEMENT_LABELS if not optin.disclosure.has(label)]
    if len(absent) < len(_ELEMENT_LABELS):
        return None  # some terms are stated at the form: the element checks say what is missing
    for link in optin.disclosure.links:
        page = ctx.snapshot.page(link.href.split("#")[0]) or next(
            (p for p in ctx.snapshot.pages
             if normalize_url(p.url) == normalize_url(link.href.split("#")[0])), None)
        if page is None or page is optin.page:
            continue
        there = vocabulary("disclosure").labels_in(page.text[:50000])
        moved = [label for label in absent if label in there]
        if len(moved) >= 2:
            return link.href, moved
    return None


@check(
    "optin.disclosure_hidden",
    severity=Severity.ERROR,
    ref="Opt-in obscured within terms",
    title="The disclosure is visible where the number is collected",
    message="The SMS disclosure is not visible where the phone number is collected.",
    why="Consent language hidden by CSS, folded into a closed section, or only in a linked "
    "document is not read before consenting; reviewers call it \"opt-in obscured\".",
    fix="Show the full disclosure, as plain visible text, next to the consent checkbox.",
    needs=("optin_forms",),
)
def disclosure_hidden(ctx: AnalysisContext) -> Iterator[Hit]:
    for optin in ctx.optin_forms:
        disclosure = optin.disclosure
        hidden = [label for label in (*_ELEMENT_LABELS, "consent_statement", "brand")
                  if disclosure.has(label) and not disclosure.shown_has(label)]
        if hidden:
            found = disclosure.first(hidden[0])
            block = found.block
            how = "folded in a closed section" if block.collapsed else "hidden from view"
            names = ", ".join(h.replace("consent_statement", "the consent sentence")
                              for h in hidden)
            yield Hit(url=optin.url, selector=block.selector or optin.selector,
                      evidence=block.text[:400],
                      message=f"Part of the disclosure ({names}) is {how} where the number is "
                      "collected.",
                      fix="Make this text visible next to the checkbox (remove display:none, "
                      "the collapsed section or the 'read more' toggle):\n"
                      f"{compliant_disclosure(ctx, optin)}")
            continue
        linked = _only_in_linked_page(ctx, optin) if has_disclosure(optin) else None
        if linked:
            href, moved = linked
            yield Hit(url=optin.url, selector=_selector(optin),
                      evidence=f"{disclosure_excerpt(optin, 250)} — linked: {href}",
                      message=f"The form's consent text leaves {', '.join(moved)} to a linked "
                      "document instead of stating them next to the checkbox.",
                      fix=f"State the disclosure next to the checkbox, not only in {href}:\n"
                      f"{compliant_disclosure(ctx, optin)}")


@check(
    "optin.disclosure_not_prominent",
    severity=Severity.WARNING,
    ref="Consent not sufficiently explicit",
    title="The disclosure is as readable as the form",
    message="The disclosure is much smaller or fainter than the form's other text.",
    why="Fine print that is hard to read is not clear and conspicuous consent language.",
    fix="Show the disclosure at the size and color of the form's labels (at least 12px, "
    "contrast 4.5:1).",
    needs=("optin_forms",),
)
def disclosure_not_prominent(ctx: AnalysisContext) -> Iterator[Hit]:
    measured = False
    for optin in ctx.optin_forms:
        disclosure = optin.disclosure
        reference = optin.form.font_size
        for block, shown in zip(disclosure.blocks, disclosure.shown, strict=True):
            if not shown or block not in disclosure.sms_blocks:
                continue
            if block.font_size is None and block.contrast is None:
                continue
            measured = True
            small = block.font_size is not None and (
                block.font_size < MIN_FONT_PX or
                (reference is not None and block.font_size < MIN_FONT_RATIO * reference))
            faint = block.contrast is not None and block.contrast < MIN_CONTRAST
            if small or faint:
                what = []
                if small:
                    what.append(f"{block.font_size:g}px text next to {reference or '?'}px labels")
                if faint:
                    what.append(f"contrast {block.contrast:.1f}:1")
                yield Hit(url=optin.url, selector=block.selector or optin.selector,
                          evidence=block.text[:300],
                          message=f"The disclosure is fine print ({'; '.join(what)}).")
                break
    if not measured:
        raise NotApplicable("the opt-in pages were not rendered in a browser (no font sizes)")
