"""The one registry of checks: ids from the catalog, their metadata, and how they are run.

A check is a small function decorated with `@check(...)`. The decorator carries the catalog id,
severity, reviewer's reference and the user-facing text; the function yields `Hit`s over an
`AnalysisContext`. The runner turns hits into `Finding`s and gives every check one status:
passed, failed, needs_review or not_applicable. "Couldn't tell" never becomes a pass, and a
crash inside one check is that check's result alone.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from analyzers.context import AnalysisContext

log = logging.getLogger(__name__)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Status(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    NEEDS_REVIEW = "needs_review"
    NOT_APPLICABLE = "not_applicable"


class NotApplicable(Exception):  # noqa: N818 - reads as a status, not an error
    """Raised by a check that finds it has nothing to judge (the reason is kept)."""


@dataclass
class Hit:
    """What a check yields: one problem at one place, with its evidence.

    `message` and `fix` default to the check's own text; `review=True` means "a person must
    look" (needs_review) rather than a failure. `severity` overrides the check's severity for
    this hit only (e.g. an age-gated firearms page becomes an info note).
    """

    url: str | None = None
    selector: str | None = None
    evidence: str = ""
    message: str | None = None
    fix: str | None = None
    review: bool = False
    severity: Severity | None = None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass
class Finding:
    check: str
    severity: Severity
    url: str | None
    selector: str | None
    evidence: str
    message: str
    fix: str
    ref: str
    status: Status = Status.FAILED
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = {
            "check": self.check,
            "severity": str(self.severity),
            "status": str(self.status),
            "url": self.url,
            "selector": self.selector,
            "evidence": self.evidence,
            "message": self.message,
            "fix": self.fix,
            "ref": self.ref,
        }
        if self.details:
            data["details"] = self.details
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        return cls(
            check=data["check"],
            severity=Severity(data["severity"]),
            url=data.get("url"),
            selector=data.get("selector"),
            evidence=data.get("evidence", ""),
            message=data.get("message", ""),
            fix=data.get("fix", ""),
            ref=data.get("ref", ""),
            status=Status(data.get("status", "failed")),
            details=data.get("details") or {},
        )


CheckFunction = Callable[["AnalysisContext"], Iterable[Hit]]


@dataclass(frozen=True)
class CheckSpec:
    """A check's declaration: the catalog id and everything a reader is told about it."""

    id: str
    severity: Severity
    ref: str
    title: str  # what is checked, as a heading: "SMS consent checkbox is not pre-checked"
    message: str  # what is wrong, in one sentence
    why: str  # why reviewers care
    fix: str  # the default fix; hits may give a better one built for the site
    needs: tuple[str, ...]  # inputs (see analyzers.inputs.typed); missing -> not_applicable
    func: CheckFunction
    # its judgement reads what only a rendered page shows (a box ticked by a script, computed
    # visibility and font sizes): read statically, without a browser, it can miss what it finds
    needs_rendering: bool = False
    # a failure is a "do NOT resubmit" denial: the whole audit is rejected, not to be fixed
    do_not_resubmit: bool = False

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]


_REGISTRY: dict[str, CheckSpec] = {}


def check(
    check_id: str,
    *,
    severity: Severity | str,
    ref: str,
    title: str,
    message: str,
    why: str,
    fix: str,
    needs: Iterable[str] = (),
    needs_rendering: bool = False,
    do_not_resubmit: bool = False,
) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check function under a catalog id. Duplicates and missing text fail at import."""

    def register(func: CheckFunction) -> CheckFunction:
        if check_id in _REGISTRY:
            raise ValueError(f"check id {check_id!r} is registered twice")
        for name, text in (
            ("ref", ref),
            ("title", title),
            ("message", message),
            ("why", why),
            ("fix", fix),
        ):
            if not text or not text.strip():
                raise ValueError(f"check {check_id!r} has no {name}")
        if "." not in check_id:
            raise ValueError(f"check id {check_id!r} is not of the form family.name")
        _REGISTRY[check_id] = CheckSpec(
            id=check_id,
            severity=Severity(severity),
            ref=ref,
            title=title,
            message=message,
            why=why,
            fix=fix,
            needs=tuple(needs),
            func=func,
            needs_rendering=needs_rendering,
            do_not_resubmit=do_not_resubmit,
        )
        return func

    return register


def all_checks() -> dict[str, CheckSpec]:
    """Every registered check, importing the check modules first."""
    import analyzers.checks  # noqa: F401 - importing registers the checks

    return dict(sorted(_REGISTRY.items()))


def family_ids(family: str) -> list[str]:
    """The ids of one family ("optin", "privacy", ...), in id order: the prefix is the family."""
    return [cid for cid, spec in all_checks().items() if spec.family == family]


def rendering_ids() -> frozenset[str]:
    """Checks whose findings a static read (no browser) can miss (`needs_rendering=True`)."""
    return frozenset(cid for cid, spec in all_checks().items() if spec.needs_rendering)


def do_not_resubmit_ids() -> frozenset[str]:
    """Checks whose failure makes the audit "rejected" (`do_not_resubmit=True`)."""
    return frozenset(cid for cid, spec in all_checks().items() if spec.do_not_resubmit)


CATALOG_FILE = Path(__file__).resolve().parent / "catalog.txt"


@lru_cache(maxsize=1)
def catalog() -> dict[str, Severity]:
    """The catalog ids of shared/CHECKS.md with their severities (the public contract)."""
    entries: dict[str, Severity] = {}
    for line in CATALOG_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            check_id, severity = line.split()
            entries[check_id] = Severity(severity)
    return entries


def _unavailable(check_id: str, severity: Severity) -> CheckSpec:
    """A stand-in for a catalog id this build cannot judge, so reports still list it."""
    text = f"{check_id} is not available in this version of prevet"
    return CheckSpec(
        id=check_id,
        severity=severity,
        ref="",
        title=check_id,
        message=text,
        why=text,
        fix=text,
        needs=(),
        func=lambda ctx: (),
    )


@dataclass
class CheckResult:
    spec: CheckSpec
    status: Status
    findings: list[Finding]
    reason: str = ""  # why not_applicable / needs_review, or the crash message


def _finding(spec: CheckSpec, hit: Hit) -> Finding:
    return Finding(
        check=spec.id,
        severity=hit.severity or spec.severity,
        url=hit.url,
        selector=hit.selector,
        evidence=hit.evidence,
        message=hit.message or spec.message,
        fix=hit.fix or spec.fix,
        ref=spec.ref,
        status=Status.NEEDS_REVIEW if hit.review else Status.FAILED,
        details=hit.details,
    )


def validate_needs(specs: Iterable[CheckSpec], inputs: set[str]) -> None:
    """Fail at import when a check declares an input nobody provides (a misspelt name)."""
    for spec in specs:
        unknown = [need for need in spec.needs if need not in inputs]
        if unknown:
            raise ValueError(
                f"check {spec.id!r} needs unknown input(s) {unknown}; known: {sorted(inputs)}"
            )


def run_check(spec: CheckSpec, ctx: AnalysisContext) -> CheckResult:
    from analyzers.context import InputFailed

    try:
        missing = [need for need in spec.needs if not ctx.has(need)]
        if missing:
            return CheckResult(spec, Status.NOT_APPLICABLE, [], f"no {', '.join(missing)}")
        findings = [_finding(spec, hit) for hit in _iterate(spec.func(ctx))]
    except NotApplicable as reason:
        return CheckResult(spec, Status.NOT_APPLICABLE, [], str(reason))
    except InputFailed as failure:  # an input this check needs could not be computed
        log.warning("check %s: %s", spec.id, failure)
        return CheckResult(spec, Status.NEEDS_REVIEW, [], str(failure))
    except Exception as exc:  # one check's crash must not lose the audit
        log.warning("check %s crashed: %s", spec.id, exc)
        detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        return CheckResult(spec, Status.NEEDS_REVIEW, [], f"the check crashed: {detail}")
    return CheckResult(spec, status_of(spec, findings), findings)


def status_of(spec: CheckSpec, findings: list[Finding]) -> Status:
    """A check's status from its findings (also after suppressions removed some of them)."""
    if any(f.status is Status.FAILED and f.severity is spec.severity for f in findings):
        return Status.FAILED
    if any(f.status is Status.FAILED for f in findings):
        # only downgraded hits (e.g. info notes): the check itself did not fail
        return (
            Status.PASSED if all(f.severity is Severity.INFO for f in findings) else Status.FAILED
        )
    return Status.NEEDS_REVIEW if findings else Status.PASSED


def _iterate(hits: Iterable[Hit] | None) -> Iterator[Hit]:
    yield from hits or ()


def run_all(ctx: AnalysisContext, only: Iterable[str] | None = None) -> list[CheckResult]:
    """Every check (or those in `only`); catalog ids without a check are not_applicable."""
    specs = all_checks()
    wanted = set(only) if only is not None else None
    results = [
        run_check(spec, ctx) for cid, spec in specs.items() if wanted is None or cid in wanted
    ]
    for check_id, severity in catalog().items():
        if check_id not in specs and (wanted is None or check_id in wanted):
            reason = "not available in this version"
            results.append(
                CheckResult(_unavailable(check_id, severity), Status.NOT_APPLICABLE, [], reason)
            )
    return sorted(results, key=lambda r: r.spec.id)
