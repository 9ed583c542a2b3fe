"""drift.* — what changed since the approved baseline (CHECKS.md, "drift").

After approval the registration covers the business name, the website, the policies, the opt-in
language and the links; traffic from a site that has drifted from it gets campaigns suspended.
These checks compare a new crawl (`ctx.snapshot`) with the approved one (`ctx.baseline`); in a
plain audit there is no baseline and they are not_applicable. Cosmetic edits (whitespace, dates,
a copyright year, reordered links, session tokens) are not drift: see analyzers/drift/.

Every hit carries `details` = {"old", "new", "diff"?, "identity"} so the report can quote the
approved wording next to the current one.
"""

from __future__ import annotations

from collections.abc import Iterator

from analyzers.context import AnalysisContext
from analyzers.drift.brand import same_brand
from analyzers.drift.decisions import failed_at, failures, passed
from analyzers.drift.domains import flow_domains
from analyzers.drift.identity import identity
from analyzers.drift.normalize import page_key
from analyzers.drift.optin import OptinView, optin_forms, pair_forms
from analyzers.drift.pages import judged_pages
from analyzers.drift.policies import (
    pair_pages,
    policy_text,
    privacy_pages,
    terms_documents,
    terms_pages,
)
from analyzers.drift.sides import Sides, page_gone, page_ok, pages_by_key, sides
from analyzers.drift.worddiff import TextChange, word_diff
from analyzers.inputs.brand import BrandNames
from analyzers.policy.locate import PolicyDocument, page_sentences
from analyzers.policy.sharing import SharingAnalysis, Verdict, analyze_sharing
from analyzers.registry import Hit, NotApplicable, Severity, Status, all_checks, check, run_all
from crawler.snapshot import Control, Page

NEEDS = ("snapshot", "baseline")
MAX_TEXT_CHANGES = 8  # per page or form; the rest are summed up in one last hit
REF = "Traffic not consistent with the approved campaign"


def _details(
    check_id: str,
    url: str | None,
    old: str,
    new: str,
    *,
    selector: str | None = None,
    diff: str = "",
    fingerprint_of: str = "",
) -> dict[str, str]:
    details = {
        "old": old,
        "new": new,
        "identity": identity(check_id, url, selector, fingerprint_of or old + new),
    }
    if diff:
        details["diff"] = diff
    return details


def _text_hits(
    check_id: str, label: str, url: str, changes: list[TextChange], selector: str | None = None
) -> Iterator[Hit]:
    """One hit per change in reading order, the tail summed up so a rewrite stays readable."""
    for change in changes[:MAX_TEXT_CHANGES]:
        yield Hit(
            url=url,
            selector=selector,
            evidence=change.summary,
            message=f"The {label} changed since the approved baseline: {change.summary}.",
            details=_details(
                check_id,
                url,
                change.old,
                change.new,
                selector=selector,
                diff=change.diff,
                fingerprint_of=change.removed + "→" + change.added,
            ),
        )
    rest = changes[MAX_TEXT_CHANGES:]
    if rest:
        old = " … ".join(c.removed for c in rest if c.removed)
        new = " … ".join(c.added for c in rest if c.added)
        yield Hit(
            url=url,
            selector=selector,
            evidence=f"{len(rest)} more changes",
            message=f"The {label} has {len(rest)} more changes since the approved baseline.",
            details=_details(check_id, url, old[:600], new[:600], selector=selector),
        )


def _where_now(s: Sides, url: str) -> Page | None:
    return pages_by_key(s.new_snapshot).get(page_key(url))


def _unreached(check_id: str, what: str, url: str, page: Page | None) -> Hit:
    """A page the new crawl could not read: "could not check", never drift, never all-clear."""
    reason = (
        "it was not reached in this crawl"
        if page is None
        else page.error or f"it answered HTTP {page.status}"
    )
    return Hit(
        url=url,
        review=True,
        evidence=reason,
        message=f"Could not check the {what} at {url}: {reason}.",
        details=_details(check_id, url, "", "", fingerprint_of="unreached"),
    )


# --- the opt-in form -----------------------------------------------------------------------


@check(
    "drift.optin_changed",
    severity=Severity.WARNING,
    ref=REF,
    title="The opt-in form and its disclosure are as approved",
    message="The opt-in form or its disclosure text changed since the approved baseline.",
    why="The opt-in language is part of the registration; reviewers and carriers audit live "
    "traffic against the wording they approved, and changed consent language can get the "
    "campaign suspended.",
    fix="If the change is intended, update the campaign's opt-in description (and screenshots) "
    "with your provider and approve a new baseline; otherwise restore the approved wording.",
    needs=NEEDS,
)
def optin_changed(ctx: AnalysisContext) -> Iterator[Hit]:
    s = sides(ctx)
    old_forms = optin_forms(s.old)
    if not old_forms:
        raise NotApplicable("the baseline had no opt-in form")
    pairs, _, _ = pair_forms(old_forms, optin_forms(s.new))
    for old, new in pairs:
        cid = "drift.optin_changed"
        if page_key(old.page_url) != page_key(new.page_url):
            yield Hit(
                url=new.page_url,
                selector=new.form.selector,
                evidence=f"{old.page_url} -> {new.page_url}",
                message=f"The opt-in form moved from {old.page_url} to {new.page_url}; the "
                "registration names the opt-in URL.",
                details=_details(
                    cid, new.page_url, old.page_url, new.page_url, selector=new.form.selector
                ),
            )
        yield from _field_hits(old, new)
        changes = word_diff(old.disclosure, new.disclosure, masks=s.masks)
        yield from _text_hits(
            cid, "opt-in disclosure", new.page_url, changes, selector=new.form.selector
        )


def _field_hits(old: OptinView, new: OptinView) -> Iterator[Hit]:
    """Fields added to or dropped from the form (the consent box is drift.checkbox_changed's)."""
    consent = {f"checkbox:{c.name or c.id}".lower() for c in (old.consent, new.consent) if c}
    added, dropped = new.fields - old.fields - consent, old.fields - new.fields - consent
    if not added and not dropped:
        return

    def names(fields: frozenset[str]) -> str:
        return ", ".join(sorted(f.split(":", 1)[1] or f for f in fields))

    parts = [
        f"now asks for {names(added)}" if added else "",
        f"no longer asks for {names(dropped)}" if dropped else "",
    ]
    summary = "; ".join(p for p in parts if p)
    yield Hit(
        url=new.page_url,
        selector=new.form.selector,
        evidence=summary,
        message=f"The opt-in form {summary}.",
        details=_details(
            "drift.optin_changed",
            new.page_url,
            ", ".join(sorted(old.fields)),
            ", ".join(sorted(new.fields)),
            selector=new.form.selector,
        ),
    )


@check(
    "drift.optin_removed",
    severity=Severity.ERROR,
    ref=REF,
    title="The approved opt-in form is still there",
    message="The opt-in form that was approved is gone.",
    why="Carriers check that the opt-in described in the registration exists; without it every "
    "message sent is unconsented traffic, and the campaign is suspended.",
    fix="Restore the opt-in form at the registered URL, or register the new way people opt in "
    "and approve a new baseline.",
    needs=NEEDS,
)
def optin_removed(ctx: AnalysisContext) -> Iterator[Hit]:
    s = sides(ctx)
    old_forms = optin_forms(s.old)
    if not old_forms:
        raise NotApplicable("the baseline had no opt-in form")
    _, gone, _ = pair_forms(old_forms, optin_forms(s.new))
    for old in gone:
        page = _where_now(s, old.page_url)
        if page is None or (not page_ok(page) and not page_gone(page)):
            yield _unreached("drift.optin_removed", "opt-in form", old.page_url, page)
            continue
        yield Hit(
            url=old.page_url,
            selector=old.form.selector,
            evidence=old.disclosure[:300] or old.form.html[:300],
            message=f"The approved opt-in form ({old.form.selector}) is no longer on "
            f"{old.page_url}" + (" (the page is gone)." if page_gone(page) else "."),
            details=_details(
                "drift.optin_removed", old.page_url, old.disclosure, "", selector=old.form.selector
            ),
        )


@check(
    "drift.checkbox_changed",
    severity=Severity.ERROR,
    ref="Opt-in checkbox missing or pre-selected",
    title="The consent checkbox is as approved",
    message="The consent checkbox became pre-checked, required, or was removed.",
    why="Consent must be an action the person takes; a pre-checked, required or missing SMS "
    "checkbox turns approved consent into assumed consent.",
    fix="Leave the SMS consent checkbox unchecked and optional, as it was when approved.",
    needs=NEEDS,
)
def checkbox_changed(ctx: AnalysisContext) -> Iterator[Hit]:
    s = sides(ctx)
    pairs, _, _ = pair_forms(optin_forms(s.old), optin_forms(s.new))
    approved = [(o, n) for o, n in pairs if o.consent is not None]
    if not approved:
        raise NotApplicable("the baseline had no consent checkbox")
    for old, new in approved:
        for problem in _checkbox_problems(s, old, new):
            box = new.consent or old.consent
            selector = box.selector or new.form.selector
            yield Hit(
                url=new.page_url,
                selector=selector,
                evidence=problem,
                message=f"Since the approved baseline, the SMS consent checkbox {problem}.",
                details=_details(
                    "drift.checkbox_changed",
                    new.page_url,
                    _describe(old.consent),
                    _describe(new.consent),
                    selector=selector,
                    fingerprint_of=problem,
                ),
            )


# what the optin.* checks decide about a consent box, in drift's words: a check that passed on
# the approved form and fails on the new one is always checkbox drift
CONSENT_CHECKS = {
    "optin.checkbox_prechecked": "became pre-checked",
    "optin.consent_required": "became required to submit the form",
    "optin.checkbox_missing": "was removed",
}


def _checkbox_problems(s: Sides, old: OptinView, new: OptinView) -> list[str]:
    """The box's approved state that changed, and the consent checks that now fail on it."""
    problems = _state_changes(old.consent, new.consent)
    for check_id, problem in CONSENT_CHECKS.items():
        if (
            problem not in problems
            and _fails_at(s.new, check_id, new)
            and not _fails_at(s.old, check_id, old)
        ):
            problems.append(problem)
    return problems


def _fails_at(ctx: AnalysisContext, check_id: str, view: OptinView) -> bool:
    selectors = {view.form.selector, *(c.selector for c in view.form.controls)}
    return failed_at(ctx, check_id, view.page_url, selectors)


def _state_changes(old: Control | None, new: Control | None) -> list[str]:
    """What changed in the box a person meets (a required box on a sign-up-only form passes the
    audit, and is still not the box that was approved)."""
    assert old is not None
    if new is None:
        return ["was removed"]
    problems = []
    if old.visible and not new.visible:
        problems.append("was hidden")
    if new.preselected and not old.preselected:
        problems.append("became pre-checked")
    required_now = new.must_be_ticked
    required_then = old.must_be_ticked
    if required_now and not required_then:
        problems.append("became required to submit the form")
    return problems


def _describe(box: Control | None) -> str:
    """The box as a person meets it: its state, then its label."""
    if box is None:
        return "(no consent checkbox)"
    state = [
        "checked" if box.checked else "unchecked",
        "required" if box.must_be_ticked else "optional",
    ]
    if not box.visible:
        state.append("hidden")
    return f"{', '.join(state)}: {box.label or box.html or box.selector}".strip()


# --- policies ------------------------------------------------------------------------------


def _policy_drift(ctx: AnalysisContext, check_id: str, label: str, pick) -> Iterator[Hit]:
    s = sides(ctx)
    old_pages = pick(s.old)
    if not old_pages:
        raise NotApplicable(f"the baseline had no {label}")
    # the same URL first (whatever its role now), then a policy page that moved
    pairs, _, _ = pair_pages(
        old_pages, [p for p in s.new_snapshot.pages if page_ok(p)], pair_moved=False
    )
    paired = {id(o) for o, _ in pairs}
    unpaired = [
        p for p in old_pages if id(p) not in paired and _where_now(s, p.final_url or p.url) is None
    ]
    pairs += pair_pages(unpaired, pick(s.new))[0]
    for old, new in pairs:
        changes = word_diff(policy_text(old), policy_text(new), masks=s.masks)
        yield from _text_hits(check_id, label, new.final_url or new.url, changes)


@check(
    "drift.privacy_changed",
    severity=Severity.WARNING,
    ref=REF,
    title="The privacy policy is as approved",
    message="The privacy policy text changed since the approved baseline.",
    why="The privacy policy is part of what was vetted; what it now says about sharing mobile "
    "numbers and consent is what carriers hold the brand to.",
    fix="Check that the change keeps the SMS clauses reviewers require; if it is intended, "
    "approve a new baseline (`prevet baseline URL`).",
    needs=NEEDS,
)
def privacy_changed(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _policy_drift(ctx, "drift.privacy_changed", "privacy policy", privacy_pages)


@check(
    "drift.terms_changed",
    severity=Severity.WARNING,
    ref=REF,
    title="The terms are as approved",
    message="The terms text changed since the approved baseline.",
    why="The SMS terms (program name, frequency, rates, HELP and STOP) were vetted with the "
    "campaign; changed terms can contradict the registration.",
    fix="Make sure the terms still match the registered campaign; if the change is intended, "
    "update the registration and approve a new baseline.",
    needs=NEEDS,
)
def terms_changed(ctx: AnalysisContext) -> Iterator[Hit]:
    yield from _policy_drift(ctx, "drift.terms_changed", "terms", terms_pages)


@check(
    "drift.sms_clause_removed",
    severity=Severity.ERROR,
    ref="Privacy policy missing SMS non-sharing language",
    title="The SMS non-sharing clause is still there",
    message="The privacy policy no longer says that mobile information is not shared.",
    why="Carriers require the privacy policy to promise that opt-in data and consent are not "
    "shared with third parties; a brand that drops the promise fails its next audit.",
    fix='Restore the clause, e.g. "No mobile information will be shared with third parties or '
    'affiliates for marketing or promotional purposes."',
    needs=NEEDS,
)
def sms_clause_removed(ctx: AnalysisContext) -> Iterator[Hit]:
    s = sides(ctx)
    # carriers want the promise in the privacy policy; small sites make it in their SMS terms or
    # next to the form. Where the baseline made it is where it must still be.
    for place in CLAUSE_PLACES:
        label, find = place
        approved = find(s.old)
        if approved:
            break
    else:
        raise NotApplicable("the baseline had no SMS non-sharing clause")
    if find(s.new):
        return
    page, clause = approved[0]
    url = page.final_url or page.url
    now = _where_now(s, url)
    if find is not privacy_promises and now is not None and page_ok(now) and _promises_on(now):
        return  # the page lost its role (a new title), not its clause
    exceptions = failures(s.new, "privacy.sharing_exception") if find is privacy_promises else []
    if exceptions:
        yield Hit(
            url=exceptions[0].url,
            evidence=exceptions[0].evidence,
            message=f"The SMS non-sharing promise of the {label} now has an exception "
            f'({exceptions[0].evidence}); the approved promise read: "{clause}"',
            details=_details(
                "drift.sms_clause_removed",
                url,
                clause,
                exceptions[0].evidence,
                fingerprint_of=clause,
            ),
        )
        return
    if now is None or (not page_ok(now) and not page_gone(now)):
        yield _unreached("drift.sms_clause_removed", label, url, now)
        return
    yield Hit(
        url=url,
        evidence=clause,
        message=f'The SMS non-sharing clause is gone from the {label} ({url}): "{clause}"',
        details=_details("drift.sms_clause_removed", url, clause, "", fingerprint_of=clause),
    )


# the privacy checks' verdict on the promise: both pass while it stands without a carve-out
PROMISE_CHECKS = ("privacy.no_sms_clause", "privacy.sharing_exception")


def privacy_promises(ctx: AnalysisContext) -> list[tuple[Page, str]]:
    """The privacy policy's promises not to share mobile data, when the privacy checks judge
    the promise kept (a promise that gained a carve-out, or an exception elsewhere in the
    policy, counts as gone)."""
    if not passed(ctx, *PROMISE_CHECKS):
        return []
    policy: PolicyDocument | None = ctx.inputs.privacy_policy
    sharing: SharingAnalysis | None = ctx.inputs.privacy_sharing
    if policy is None or sharing is None:
        return []
    return [(policy.page, v.sentence.quoted) for v in sharing.promises or sharing.attempted]


def _promises(verdicts: list[Verdict]) -> list[str]:
    return [v.sentence.quoted for v in verdicts]


def _promises_on(page: Page) -> list[str]:
    """The promises a page makes, found by the privacy checks' own clause analysis."""
    return _promises(analyze_sharing(page_sentences(page)).promises)


def _sms_terms_promises(ctx: AnalysisContext) -> list[tuple[Page, str]]:
    documents = terms_documents(ctx)
    documents = [d for d in documents if d.kind == "sms_terms"] or documents
    return [
        (d.page, text)
        for d in documents
        for text in _promises(analyze_sharing(d.sentences).promises)
    ]


def _optin_page_promises(ctx: AnalysisContext) -> list[tuple[Page, str]]:
    form_pages = {page_key(v.page_url) for v in optin_forms(ctx)}
    pages = [
        p
        for p in ctx.snapshot.pages
        if page_ok(p) and ("optin" in p.roles or page_key(p.final_url or p.url) in form_pages)
    ]
    return [(p, text) for p in pages for text in _promises_on(p)]


CLAUSE_PLACES = (
    ("privacy policy", privacy_promises),
    ("SMS terms", _sms_terms_promises),
    ("opt-in page", _optin_page_promises),
)


# --- brand, content, links, pages ----------------------------------------------------------


@check(
    "drift.brand_changed",
    severity=Severity.ERROR,
    ref="Brand name mismatch",
    title="The business name on the site is as approved",
    message="The business name shown on the site changed since the approved baseline.",
    why="The registration names the brand; a site that now shows another name no longer matches "
    "it, and reviewers reject mismatched brands.",
    fix="Update the brand registration to the new name (a new vetting), or restore the "
    "registered name on the site.",
    needs=NEEDS,
)
def brand_changed(ctx: AnalysisContext) -> Iterator[Hit]:
    s = sides(ctx)
    old: BrandNames | None = s.old.inputs.brand_names
    new: BrandNames | None = s.new.inputs.brand_names
    if old is None or new is None:
        raise NotApplicable("the business name could not be told on both sides")
    if same_brand(old, new):
        return
    home = s.new_snapshot.home
    url = (home.final_url or home.url) if home else s.new_snapshot.start_url
    where = new.evidence.get("inferred_from", "") if getattr(new, "evidence", None) else ""
    yield Hit(
        url=url,
        evidence=f'"{old.primary}" -> "{new.primary}"' + (f" ({where})" if where else ""),
        message=f'The site now shows the business as "{new.primary}"; the approved '
        f'baseline showed "{old.primary}".',
        details=_details(
            "drift.brand_changed", url, old.primary, new.primary, fingerprint_of=new.primary
        ),
    )


@check(
    "drift.new_prohibited_content",
    severity=Severity.ERROR,
    ref="Prohibited content",
    title="No prohibited content appeared since the baseline",
    message="Prohibited content appeared that the approved baseline did not have.",
    why="Approval covered the site as it was; content carriers forbid (cannabis, gambling, "
    "high-risk lending, ...) that appears later gets the brand's campaigns suspended.",
    fix="Remove the content from the site, or register a campaign that is allowed to carry it "
    "(often none is).",
    needs=NEEDS,
)
def new_prohibited_content(ctx: AnalysisContext) -> Iterator[Hit]:
    s = sides(ctx)
    ignored = set(ctx.options.ignore)
    ids = [cid for cid in all_checks() if cid.startswith("content.") and cid not in ignored]
    if not ids:
        raise NotApplicable("this build has no content checks")
    seen = {(f.check, page_key(f.url or "")) for f in _content_errors(s.old, ids)}
    for finding in _content_errors(s.new, ids):
        key = (finding.check, page_key(finding.url or ""))
        if key in seen:  # in the baseline, or already reported: one change a check a page
            continue
        seen.add(key)
        yield Hit(
            url=finding.url,
            selector=finding.selector,
            evidence=finding.evidence,
            message=f"New since the approved baseline ({finding.check}): {finding.message}",
            details={
                **_details(
                    "drift.new_prohibited_content",
                    finding.url,
                    "",
                    finding.evidence,
                    selector=finding.selector,
                    fingerprint_of=finding.check,
                ),
                "content_check": finding.check,
            },
        )


def _content_errors(ctx: AnalysisContext, ids: list[str]):
    return [
        f
        for result in run_all(ctx, only=ids)
        for f in result.findings
        if f.status is Status.FAILED and f.severity is Severity.ERROR
    ]


@check(
    "drift.new_domains",
    severity=Severity.WARNING,
    ref=REF,
    title="The opt-in flow and policies link only to approved domains",
    message="The opt-in flow or the policies now link to a domain the baseline did not.",
    why="A new outside domain in the consent flow or the policies (a lead buyer, a partner, a "
    "link shortener) changes where subscribers' data and clicks go.",
    fix="Check that the new link belongs in the opt-in flow or policy; if it does, update the "
    "registration and approve a new baseline.",
    needs=NEEDS,
)
def new_domains(ctx: AnalysisContext) -> Iterator[Hit]:
    s = sides(ctx)
    old = flow_domains(s.old)
    for domain, linked in flow_domains(s.new).items():
        if domain in old:
            continue
        yield Hit(
            url=linked.page_url,
            evidence=f'{linked.href} ("{linked.text}")',
            message=f"{linked.page_url} now links to {domain}, which the approved opt-in "
            "flow and policies did not.",
            details=_details(
                "drift.new_domains", linked.page_url, "", linked.href, fingerprint_of=domain
            ),
        )


@check(
    "drift.page_removed",
    severity=Severity.WARNING,
    ref="Invalid or inaccessible URL",
    title="The opt-in, privacy and terms pages are still there",
    message="A page that held the opt-in form, the privacy policy or the terms is gone.",
    why="The registration lists these URLs; reviewers and carriers who open them must find the "
    "page that was approved, not an error.",
    fix="Restore the page at its registered URL (or redirect it to the page that replaced it).",
    needs=NEEDS,
)
def page_removed(ctx: AnalysisContext) -> Iterator[Hit]:
    s = sides(ctx)
    watched = [(p, held) for p, held in judged_pages(s.old) if page_ok(p)]
    if not watched:
        raise NotApplicable("the baseline had no opt-in, privacy or terms page")
    held_now = {id(page): held for page, held in judged_pages(s.new)}
    for old, held in watched:
        url = old.final_url or old.url
        what = f"{'/'.join(held)} page"
        now = _where_now(s, url)
        if now is None or (not page_ok(now) and not page_gone(now)):
            yield _unreached("drift.page_removed", what, url, now)
            continue
        if page_gone(now):
            reason = f"HTTP {now.status}"
        elif page_key(now.final_url or now.url) != page_key(url) and not set(held) & set(
            held_now.get(id(now), [])
        ):
            reason = f"it now redirects to {now.final_url}, which is not a {held[0]} page"
        else:
            continue
        yield Hit(
            url=url,
            evidence=reason,
            message=f"The {what} {url} is gone: {reason}.",
            details=_details(
                "drift.page_removed", url, f"{old.title} ({url})", reason, fingerprint_of="gone"
            ),
        )


def drift_check_ids() -> list[str]:
    return [cid for cid in all_checks() if cid.startswith("drift.")]
