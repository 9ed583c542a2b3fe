"""The report as a reader meets it: checks grouped the way reviewers review, findings with their
evidence laid out, text from the audited site split into plain and highlighted pieces.

Every output format that lays the report out for people (HTML, Markdown, console) reads this
view, so they agree on grouping, order and wording. Nothing here judges the site again: it only
arranges what the report model already holds. Text from the audited site stays plain text here;
escaping is the renderer's job (Jinja2 autoescape, XML writer, Markdown escaper).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from analyzers.drift.worddiff import marked_runs
from analyzers.registry import SEVERITY_RANK, Finding, Severity, Status
from reports.model import REVIEW_GROUPS, CheckInfo, Report

STATUS_WORDS = {
    "failed": "Failed",
    "needs_review": "Needs review",
    "passed": "Passed",
    "not_applicable": "Not applicable",
}
STATUS_ORDER = {"failed": 0, "needs_review": 1, "passed": 2, "not_applicable": 3}
VERDICT_EXPLAINED = {
    "ready": "Nothing we check would get this registration rejected. Fix any warnings below, "
    "then submit.",
    "needs_changes": "Reviewers would reject the registration as it stands. Fix the errors "
    "below, then run prevet again before you submit.",
    "rejected": "The site shows content carriers do not allow on text messaging at all. "
    "Reviewers reject these registrations and say not to resubmit.",
    "not_checked": "The audit could not look at the site, so nothing below was judged.",
}
# placeholders a check's default fix may use for the business's name
_BRAND_PLACEHOLDER = re.compile(
    r"\{brand\}|\[(?:brand|brand name|business name|company name|your business|company)\]",
    re.IGNORECASE,
)


@dataclass
class Segment:
    """A run of text from the site; `mark` says whether it is the part the finding is about."""

    text: str
    mark: bool = False


@dataclass
class FindingView:
    finding: Finding
    anchor: str
    title: str
    why: str
    quote: list[Segment]  # the evidence, with the offending part marked
    missing: list[str]  # what the text should have said and did not
    control_html: str | None  # the control's markup, from the snapshot or the finding
    href: str | None  # the page, only when it is an http(s) URL
    fix: str
    screenshot: dict[str, Any] | None = None  # {"src": data URI, "box": {left,top,width,height}%}
    screenshot_ref: str | None = None  # anchor of the finding that already shows this picture
    # in "Fix these first": the other findings the same decision fixes
    also: list[FindingView] = field(default_factory=list)
    paste_ref: str | None = None  # anchor of the finding that already shows the same text

    @property
    def fix_steps(self) -> str:
        """What to do, in words (the fix without the text to paste)."""
        return split_fix(self.fix)[0]

    @property
    def fix_paste(self) -> str:
        """Exactly the text to paste (what the Copy button copies), or "" when there is none."""
        return split_fix(self.fix)[1]

    @property
    def check(self) -> str:
        return self.finding.check

    @property
    def severity(self) -> str:
        return str(self.finding.severity)

    @property
    def status(self) -> str:
        return str(self.finding.status)


@dataclass
class CheckView:
    id: str
    status: str
    severity: str
    title: str
    why: str
    ref: str
    reason: str
    findings: list[FindingView] = field(default_factory=list)
    suppressed: int = 0  # findings of this check accepted in the configuration

    @property
    def status_words(self) -> str:
        return STATUS_WORDS.get(self.status, self.status)


@dataclass
class GroupView:
    key: str
    title: str
    checks: list[CheckView]

    def count(self, status: str) -> int:
        return sum(c.status == status for c in self.checks)

    @property
    def counts(self) -> dict[str, int]:
        return {status: self.count(status) for status in STATUS_WORDS}


@dataclass
class DiffView:
    check: str
    message: str
    href: str | None
    url: str
    old: list[Segment]  # marked = removed words
    new: list[Segment]  # marked = added words


@dataclass
class SuppressedView:
    """A finding the configuration accepted, with the reason given for accepting it."""

    finding: Finding
    title: str
    href: str | None
    reason: str
    until: str  # "" when the suppression does not expire
    scope: str  # what the suppression is narrowed to, in words ("" for the whole check)

    @property
    def check(self) -> str:
        return self.finding.check


@dataclass
class ExpiredView:
    """A suppression past its date: it accepts nothing any more; its findings are back."""

    check: str
    reason: str
    until: str
    matched: int


@dataclass
class ReportView:
    report: Report
    date: str
    verdict: str
    verdict_words: str
    verdict_explained: str
    top: list[FindingView]
    groups: list[GroupView]
    findings: list[FindingView]
    drift: list[DiffView]
    drift_baseline: dict[str, str]
    suppressed: list[SuppressedView] = field(default_factory=list)
    expired: list[ExpiredView] = field(default_factory=list)
    judged: bool = True  # False when the site could not be read: no check result is shown
    scope_note: str = ""  # what the verdict does not cover, and how to add it


def safe_href(url: str | None) -> str | None:
    """A URL from the site, only when it is safe to make clickable (http or https)."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") and "\n" not in url else None


def readable_date(stamp: str) -> str:
    """ "2026-11-22T10:00:41Z" -> "22 November 2026, 10:00 UTC" (the raw text when unparsable)."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return stamp or ""
    return f"{moment.day} {moment:%B %Y, %H:%M} UTC"


def fill_brand(text: str, brand: str | None) -> str:
    """Put the business's name into a fix written with a placeholder for it."""
    if not brand or not text:
        return text or ""
    return _BRAND_PLACEHOLDER.sub(lambda _m: brand, text)


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list | tuple):
        return [v for v in value if isinstance(v, str) and v.strip()]
    return []


def highlight(text: str, needles: list[str]) -> list[Segment]:
    """Split text so every occurrence of a needle (case-insensitive) is its own marked segment."""
    if not text:
        return []
    spans: list[tuple[int, int]] = []
    lowered = text.lower()
    for needle in needles:
        start = lowered.find(needle.lower())
        while start != -1:
            spans.append((start, start + len(needle)))
            start = lowered.find(needle.lower(), start + len(needle))
    if not spans:
        return [Segment(text)]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    segments: list[Segment] = []
    position = 0
    for start, end in merged:
        if start > position:
            segments.append(Segment(text[position:start]))
        segments.append(Segment(text[start:end], mark=True))
        position = end
    if position < len(text):
        segments.append(Segment(text[position:]))
    return segments


def word_diff(old: str, new: str) -> tuple[list[Segment], list[Segment]]:
    """Old and new text, marking what was removed and what was added: drift's own word
    comparison (analyzers/drift/worddiff.py), shown, not done again."""
    old_runs, new_runs = marked_runs(old, new)
    return (
        [Segment(run.text, run.changed) for run in old_runs],
        [Segment(run.text, run.changed) for run in new_runs],
    )


_QUOTED_TAIL = re.compile(r"^(?P<steps>.*?)[\s:]*“(?P<paste>[^“”]+)”[\s.]*$", re.DOTALL)
_STRAIGHT_QUOTE = re.compile(r'"([^"]{8,})"')
_MARKUP_TAIL = re.compile(r"^(?P<steps>.*?):\s*(?P<paste><[a-z][^\n]*>)\s*\.?$", re.DOTALL)
MIN_PASTE = 8  # shorter quotes are words in an instruction, not text to paste


def split_fix(fix: str) -> tuple[str, str]:
    """A fix as (what to do, what to paste). Checks write the text to paste after a colon and a
    line break ("The complete disclosure reads:\n..."), or as a closing quotation
    ("Add this paragraph to the policy: “...”"), as markup after a colon ("...: <a href=...>"),
    or as the one quoted phrase of the sentence
    ('Add "Reply STOP to cancel." to the consent text.'). The paste never includes the
    instruction's words or the quotation marks around it."""
    fix = (fix or "").strip()
    if ":\n" in fix:
        steps, paste = fix.split(":\n", 1)
        if paste.strip():
            return steps.strip() + ":", paste.strip()
    markup = _MARKUP_TAIL.match(fix)
    if markup:
        return markup["steps"].strip() + ":", markup["paste"].strip()
    tail = _QUOTED_TAIL.match(fix)
    if tail and len(tail["paste"].strip()) >= MIN_PASTE:
        steps = tail["steps"].strip()
        return (steps + ":" if steps else "Use this text:"), tail["paste"].strip()
    straight = _STRAIGHT_QUOTE.findall(fix)
    if len(straight) == 1:
        return fix, straight[0].strip()
    return fix, ""


def _looks_like_markup(text: str) -> bool:
    stripped = text.strip()
    return stripped.startswith("<") and stripped.endswith(">")


def group_of(check_id: str) -> str:
    family = check_id.split(".", 1)[0]
    for key, _title, families in REVIEW_GROUPS:
        if family in families:
            return key
    return "other"


class Evidence:
    """Where a finding points in the crawl: the form and control behind its selector.

    The report model carries findings; the snapshot (saved next to it) carries the forms with
    their screenshots and markup. Both are optional: a report must explain itself without them.
    """

    def __init__(self, snapshot: Any | None = None, screenshot_loader: Any | None = None):
        self._pages: dict[str, Any] = {}
        self._load = screenshot_loader
        for page in getattr(snapshot, "pages", None) or []:
            for url in (page.url, page.final_url):
                if url:
                    self._pages[url.rstrip("/")] = page

    def form_and_control(self, url: str | None, selector: str | None) -> tuple[Any, Any]:
        page = self._pages.get((url or "").rstrip("/"))
        if page is None or not selector:
            return None, None
        for form in page.forms:
            if form.selector == selector:
                return form, None
            for control in form.controls:
                if control.selector == selector:
                    return form, control
        for form in page.forms:  # a selector inside the form ("form#a label", "form#a p")
            if selector.startswith(form.selector + " ") or selector.startswith(form.selector + ">"):
                return form, None
        return None, None

    def screenshot(self, path: str | None, box: Any = None) -> dict[str, Any] | None:
        if not path or self._load is None:
            return None
        loaded = self._load(path)
        if loaded is None:
            return None
        src, (width, height) = loaded
        return {"src": src, "box": _box_percent(box, width, height)}


def _box_percent(box: Any, width: int, height: int) -> dict[str, float] | None:
    """A control's box in screenshot pixels [x, y, w, h] -> CSS percentages of the image."""
    if not width or not height:
        return None
    if isinstance(box, dict):
        box = [box.get("x"), box.get("y"), box.get("width"), box.get("height")]
    if not isinstance(box, list | tuple) or len(box) != 4:
        return None
    try:
        x, y, w, h = (float(v) for v in box)
    except (TypeError, ValueError):
        return None
    if w <= 0 or h <= 0:
        return None
    pad = 4.0  # the outline sits just outside the control
    return {
        "left": round(max(x - pad, 0) / width * 100, 3),
        "top": round(max(y - pad, 0) / height * 100, 3),
        "width": round(min(w + 2 * pad, width) / width * 100, 3),
        "height": round(min(h + 2 * pad, height) / height * 100, 3),
    }


def finding_view(
    finding: Finding, index: int, info: CheckInfo | None, brand: str | None, evidence: Evidence
) -> FindingView:
    details = finding.details or {}
    form, control = evidence.form_and_control(finding.url, finding.selector)
    control_html = details.get("html") if isinstance(details.get("html"), str) else None
    quote: list[Segment] = []
    if _looks_like_markup(finding.evidence):
        # the evidence is the control itself: show it once, as code
        control_html = control_html or finding.evidence
    else:
        quote = highlight(finding.evidence, _as_list(details.get("highlight")))
    if control_html is None and not finding.evidence and control is not None and control.html:
        control_html = control.html
    shot_path = (
        details.get("screenshot")
        if isinstance(details.get("screenshot"), str)
        else (form.screenshot if form is not None else None)
    )
    box = details.get("box")
    if box is None and control is not None:
        box = getattr(control, "box", None)
    return FindingView(
        finding=finding,
        anchor=f"finding-{index}",
        title=info.title if info else finding.check,
        why=info.why if info else "",
        quote=quote,
        missing=_as_list(details.get("missing")),
        control_html=control_html,
        href=safe_href(finding.url),
        fix=fill_brand(finding.fix, brand),
        screenshot=evidence.screenshot(shot_path, box),
    )


def build_view(report: Report, evidence: Evidence | None = None) -> ReportView:
    """Arrange the report for reading: top three, then every check in its review group."""
    evidence = evidence or Evidence()
    findings = [
        finding_view(f, i, report.check_info.get(f.check), report.brand, evidence)
        for i, f in enumerate(report.finding_objects(), start=1)
    ]
    by_check: dict[str, list[FindingView]] = {}
    for view in findings:
        by_check.setdefault(view.check, []).append(view)
    top = fix_first(findings, 3)
    groups = _groups(report, by_check)
    in_reading_order = [f for g in groups for c in g.checks for f in c.findings]
    _share_screenshots(in_reading_order)
    _share_pastes(in_reading_order)
    drift = report.extras.get("drift") if isinstance(report.extras.get("drift"), dict) else {}
    headline = _headline(report, drift)
    return ReportView(
        report=report,
        date=readable_date(report.started_at),
        verdict=headline.key,
        verdict_words=headline.words,
        verdict_explained=headline.explained,
        judged=headline.judged,
        scope_note=headline.scope_note,
        top=top if headline.judged else [],
        groups=groups,
        findings=findings,
        drift=_drift(drift),
        drift_baseline={k: str(drift.get(k) or "") for k in ("baseline_run", "baseline_date")},
        suppressed=_suppressed(report),
        expired=[
            ExpiredView(
                check=str(r.get("check") or ""),
                reason=str(r.get("reason") or ""),
                until=str(r.get("until") or ""),
                matched=int(r.get("matched") or 0),
            )
            for r in report.expired_suppressions
        ],
    )


@dataclass
class Headline:
    key: str  # the verdict's style: ready, needs_changes, rejected, not_checked
    words: str
    explained: str
    judged: bool = True
    scope_note: str = ""


PACKAGE_NOT_CHECKED = (
    "The registration package (brand details, campaign description, sample messages, "
    "replies) was not checked. Add it with: prevet audit URL --campaign campaign.yaml "
    "(the file's format is in docs/campaign.md)."
)
WEBSITE_NOT_CHECKED = "The website was not checked. Add it with: prevet audit URL --campaign FILE"


def unreachable_reason(report: Report) -> str | None:
    """Why the site could not be loaded at all, when that is what the run found."""
    if report.summary.pages:
        return None
    for finding in report.findings:
        if finding.get("check") == "site.unreachable" and finding.get("status") == "failed":
            return str(finding.get("message") or "the site could not be loaded")
    return None


def _headline(report: Report, drift: dict[str, Any]) -> Headline:
    """The verdict in words, saying only what the run covered: a drift run leads with the
    changes, a site that could not be read says so and judges nothing, and a website-only
    audit says the registration package was not checked."""
    verdict = report.summary.verdict
    unreachable = unreachable_reason(report)
    if drift:
        return _drift_headline(report, drift, unreachable)
    if unreachable:
        return Headline(
            "not_checked",
            "Unreachable: the website could not be loaded",
            f"{unreachable} Nothing else was checked: run the audit again when the site answers.",
            judged=False,
        )
    if verdict == "not_checked":
        return Headline(verdict, report.verdict_words, VERDICT_EXPLAINED[verdict], judged=False)
    scope = report.scope
    if scope is None:  # a report from before scopes: as it was
        return Headline(verdict, report.verdict_words, VERDICT_EXPLAINED.get(verdict, ""))
    if scope.website and not scope.registration_package:
        if verdict == "ready":
            return Headline(
                verdict,
                "Website ready; registration package not checked",
                "Nothing we check on the website would get this registration "
                "rejected. Fix any warnings below.",
                scope_note=PACKAGE_NOT_CHECKED,
            )
        return Headline(
            verdict,
            report.verdict_words,
            VERDICT_EXPLAINED.get(verdict, ""),
            scope_note=PACKAGE_NOT_CHECKED,
        )
    if scope.registration_package and not scope.website:
        words = (
            "Registration package ready; website not checked"
            if verdict == "ready"
            else report.verdict_words
        )
        return Headline(
            verdict, words, VERDICT_EXPLAINED.get(verdict, ""), scope_note=WEBSITE_NOT_CHECKED
        )
    return Headline(verdict, report.verdict_words, VERDICT_EXPLAINED.get(verdict, ""))


def _drift_headline(report: Report, drift: dict[str, Any], unreachable: str | None) -> Headline:
    since = f" (approved {drift['baseline_date']})" if drift.get("baseline_date") else ""
    if drift.get("status") == "not_checked" or unreachable:
        reason = str(drift.get("reason") or unreachable or "")
        words = (
            "Unreachable: could not check for changes"
            if unreachable or "could not be reached" in reason
            else "Could not check for changes"
        )
        return Headline(
            "not_checked",
            words,
            f"The site could not be compared with the approved run{since}: "
            f"{reason}. This is not an all-clear: check again when the site answers.",
            judged=False,
        )
    changes = [c for c in drift.get("changes") or [] if isinstance(c, dict)]
    now = (
        f"The site as it is now: {report.verdict_words.lower()} "
        f"({report.summary.errors} error{'' if report.summary.errors == 1 else 's'}, "
        f"{report.summary.warnings} warning{'' if report.summary.warnings == 1 else 's'})."
    )
    if not changes:
        return Headline(
            "ready",
            f"No changes since approval{since}",
            "Nothing reviewers look at changed since the approved run. " + now,
        )
    count = len(changes)
    words = f"{count} change{'' if count == 1 else 's'} since approval{since}"
    return Headline(
        "needs_changes",
        words,
        "The pages reviewers read changed since the registration was approved; "
        "each change is quoted below, old and new. " + now,
    )


_SCOPE_WORDS = (
    ("site", "on {}"),
    ("url", "on pages {}"),
    ("selector", "at {}"),
    ("text", "where it quotes “{}”"),
)


def _suppressed(report: Report) -> list[SuppressedView]:
    views = []
    for finding, rule in report.suppressed_objects():
        info = report.check_info.get(finding.check)
        scope = ", ".join(words.format(rule[key]) for key, words in _SCOPE_WORDS if rule.get(key))
        views.append(
            SuppressedView(
                finding=finding,
                title=info.title if info else finding.check,
                href=safe_href(finding.url),
                reason=str(rule.get("reason") or ""),
                until=str(rule.get("until") or ""),
                scope=scope,
            )
        )
    return views


def _share_pastes(findings: list[FindingView]) -> None:
    """Show each text to paste once, in reading order: the complete disclosure that answers the
    missing STOP, HELP and frequency lines is one text, pasted once; later findings point to it."""
    first: dict[str, str] = {}
    for view in findings:
        paste = view.fix_paste
        if len(paste) < 40:
            continue
        if paste in first:
            view.paste_ref = first[paste]
        else:
            first[paste] = view.anchor


def _share_screenshots(findings: list[FindingView]) -> None:
    """Show each picture once, in reading order (five findings about one form need one
    screenshot of it); later findings point to the first one."""
    first: dict[tuple[str, str], str] = {}
    first_of_picture: dict[str, str] = {}
    for view in findings:
        if view.screenshot is None:
            continue
        src, box = view.screenshot["src"], view.screenshot.get("box")
        seen = first_of_picture.get(src) if box is None else first.get((src, repr(box)))
        if seen:
            view.screenshot, view.screenshot_ref = None, seen
            continue
        first[(src, repr(box))] = view.anchor
        first_of_picture.setdefault(src, view.anchor)


def decision(view: FindingView) -> tuple[str, ...]:
    """What one decision fixes: the same text to paste (one complete disclosure answers the
    missing STOP, HELP and frequency lines alike), else the same fix for the same problem (one
    shortened link found on two pages), else the finding alone."""
    paste = " ".join(view.fix_paste.lower().split())
    if len(paste) >= 40:
        return ("paste", paste)
    fix = " ".join(view.fix.lower().split())
    if fix:
        return ("fix", view.check, fix, " ".join((view.finding.evidence or "").split()))
    return ("finding", view.anchor)


def fix_first(findings: list[FindingView], count: int = 3) -> list[FindingView]:
    """The few decisions to make first: failed findings, errors before warnings (catalog order
    within a severity), with the findings the same decision fixes gathered under the first."""
    failed = [f for f in findings if f.finding.status is Status.FAILED]
    failed.sort(key=lambda f: -SEVERITY_RANK[f.finding.severity])
    leads: dict[tuple[str, ...], FindingView] = {}
    for view in failed:
        view.also = []
    for view in failed:
        lead = leads.setdefault(decision(view), view)
        if lead is not view:
            lead.also.append(view)
    return list(leads.values())[:count]


def _groups(report: Report, by_check: dict[str, list[FindingView]]) -> list[GroupView]:
    checks: dict[str, list[CheckView]] = {}
    ids = list(dict.fromkeys([*report.checks, *by_check]))
    for check_id in ids:
        info = report.check_info.get(check_id)
        views = by_check.get(check_id, [])
        status = (
            report.checks.get(check_id)
            or (info.status if info else "")
            or (views[0].status if views else "passed")
        )
        severity = info.severity if info else (views[0].severity if views else "info")
        checks.setdefault(group_of(check_id), []).append(
            CheckView(
                id=check_id,
                status=status,
                severity=severity,
                title=info.title if info else check_id,
                why=info.why if info else "",
                ref=info.ref if info else (views[0].finding.ref if views else ""),
                reason=info.reason if info else "",
                findings=views,
                suppressed=info.suppressed if info else 0,
            )
        )
    groups = []
    titles = [(key, title) for key, title, _families in REVIEW_GROUPS] + [("other", "Other")]
    for key, title in titles:
        members = checks.get(key, [])
        if not members:
            continue
        members.sort(key=lambda c: (STATUS_ORDER.get(c.status, 9), -_rank(c.severity), c.id))
        groups.append(GroupView(key=key, title=title, checks=members))
    return groups


def _rank(severity: str) -> int:
    try:
        return SEVERITY_RANK[Severity(severity)]
    except ValueError:
        return 0


def _drift(drift: dict[str, Any]) -> list[DiffView]:
    out: list[DiffView] = []
    for change in drift.get("changes") or []:
        if not isinstance(change, dict):
            continue
        old, new = word_diff(str(change.get("old") or ""), str(change.get("new") or ""))
        url = str(change.get("url") or "")
        out.append(
            DiffView(
                check=str(change.get("check") or ""),
                message=str(change.get("message") or ""),
                href=safe_href(url),
                url=url,
                old=old,
                new=new,
            )
        )
    return out


def failed(findings: list[FindingView]) -> list[FindingView]:
    return [f for f in findings if f.finding.status is Status.FAILED]


def needing_review(findings: list[FindingView]) -> list[FindingView]:
    return [f for f in findings if f.finding.status is Status.NEEDS_REVIEW]
