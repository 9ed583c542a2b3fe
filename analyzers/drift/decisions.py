"""What the audit's own checks decided on one side of a drift comparison.

Drift does not judge opt-in forms and policies again: it runs the real optin.*, privacy.* and
terms.* checks on the approved snapshot and on the new one and compares their results, so an
improvement to a check improves drift too, and the two can never disagree about the same page.
(The stored report of the baseline cannot stand in for this: the user's ignore rules are applied
to both snapshots before the comparison, so both sides are judged afresh, alike.)
"""

from __future__ import annotations

from analyzers.context import AnalysisContext, InputFailed
from analyzers.drift.normalize import page_key
from analyzers.registry import CheckResult, Finding, Status, run_all

_CACHE_KEY = "drift:decisions"


class NotJudged(InputFailed):
    """A check drift relies on could not decide on one side (it crashed, or its input failed):
    the drift check that needed it needs review, with the reason, and is never a pass."""

    def __init__(self, check_id: str, reason: str) -> None:
        self.name = check_id
        Exception.__init__(self, f"{check_id} could not be judged: {reason}")


def decided(ctx: AnalysisContext, check_id: str) -> CheckResult:
    """The result of one audit check on this side (run once per side and remembered)."""
    cache: dict[str, CheckResult] = ctx._cache.setdefault(_CACHE_KEY, {})
    if check_id not in cache:
        (result,) = run_all(ctx, only=[check_id])
        cache[check_id] = result
    result = cache[check_id]
    if result.status is Status.NEEDS_REVIEW and not result.findings:
        raise NotJudged(check_id, result.reason)
    return result


def passed(ctx: AnalysisContext, *check_ids: str) -> bool:
    """Did every one of these checks pass on this side?"""
    return all(decided(ctx, cid).status is Status.PASSED for cid in check_ids)


def failures(ctx: AnalysisContext, check_id: str) -> list[Finding]:
    """The failed findings of one check on this side."""
    return [f for f in decided(ctx, check_id).findings if f.status is Status.FAILED]


def failed_at(ctx: AnalysisContext, check_id: str, url: str, selectors: set[str]) -> bool:
    """Did the check fail on this page, at one of these elements (a form and its controls)?"""
    where = page_key(url)
    return any(
        page_key(f.url or "") == where and (f.selector or "") in selectors
        for f in failures(ctx, check_id)
    )
