"""agegate.*: age-restricted content (firearms, alcohol, tobacco) behind a date-of-birth gate.

Carriers accept firearms, alcohol and tobacco only when the site asks for a full date of birth
before the content and the opt-in. A "Yes, I am 21" button or a checkbox is a weak gate; no
gate at all with such content is agegate.missing (and the content check fires too).
"""

from __future__ import annotations

from collections.abc import Iterator

from analyzers.checks.content import quote_terms
from analyzers.content.categories import AGE_RESTRICTED, CATEGORIES
from analyzers.context import AnalysisContext
from analyzers.registry import Hit, NotApplicable, Severity, check

_KIND_WORDS = {
    "yes_no": 'a yes/no or "I am 21+" button',
    "checkbox": "a checkbox",
    "unknown": "a question without full date-of-birth entry",
}


@check(
    "agegate.weak",
    severity=Severity.ERROR,
    ref="702/706/707 best practice",
    title="The age gate asks for a full date of birth",
    message="The age gate is a yes/no button or checkbox instead of date-of-birth entry.",
    why="Reviewers accept age-restricted content only behind a gate where the visitor enters "
    "a full date of birth (MM/DD/YYYY); a button anyone clicks is not verification.",
    fix="Replace the button with month, day and year fields (or a date input), check the age "
    "against it, and show the gate before the content and the opt-in form.",
    needs=("agegates",),
)
def agegate_weak(ctx: AnalysisContext) -> Iterator[Hit]:
    gates = ctx.inputs.agegates
    if any(gate.kind == "dob" for _, gate in gates):
        return  # a full date-of-birth gate somewhere guards the site
    seen: set[str] = set()
    for page, gate in gates:
        if gate.text in seen:
            continue  # one gate shown on every page is one finding
        seen.add(gate.text)
        yield Hit(
            url=page.final_url or page.url,
            selector=gate.selector,
            evidence=gate.text,
            review=gate.kind == "unknown",
            message=f"The age gate is {_KIND_WORDS[gate.kind]}; reviewers expect full "
            "date-of-birth entry."
            if gate.kind != "unknown"
            else "An age gate was found "
            "but prevet could not tell how it asks for age; check that it takes a full "
            "date of birth.",
        )


@check(
    "agegate.missing",
    severity=Severity.ERROR,
    ref="702/706/707",
    title="Age-restricted content is age-gated",
    message="The site shows age-restricted content with no age gate.",
    why="Firearms, alcohol and tobacco content is rejected unless an age gate stands before "
    "the content and the opt-in.",
    fix="Add a date-of-birth age gate (month, day and year) shown before the site's content "
    "and its opt-in form, or remove the age-restricted content.",
    needs=("snapshot",),
)
def agegate_missing(ctx: AnalysisContext) -> Iterator[Hit]:
    verdicts = ctx.inputs.content_verdicts or {}
    restricted = [
        (category, verdicts[category][0]) for category in AGE_RESTRICTED if verdicts.get(category)
    ]
    if not restricted:
        raise NotApplicable("the site shows no firearms, alcohol or tobacco content")
    if ctx.inputs.agegates:
        return  # a gate exists; agegate.weak judges whether it is good enough
    for category, verdict in restricted:
        yield Hit(
            url=verdict.url,
            evidence=f"{quote_terms(verdict)} in: {verdict.evidence.sentence}",
            message=f"The site shows {CATEGORIES[category].label} and no age gate was "
            "found on any page.",
            details={"category": category},
        )
