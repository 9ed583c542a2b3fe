"""Suppressions: findings a person has looked at and accepted, each with the reason they gave.

A suppression names a check and, optionally, narrows it to a site, a page (glob on the URL), a
selector or a quoted text; it may carry an `until` date. A finding it matches moves from the
findings to the suppressed list, with the reason, so the report still shows it; it no longer
counts towards the verdict or the exit code. After `until` the suppression is expired: it
suppresses nothing and the report says it expired, so an accepted risk comes back on its own
instead of being silenced for good (pylint's disable comments and ruff's noqa never expire;
this is closer to a reviewed exception with an end date).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from fnmatch import fnmatch
from typing import Any
from urllib.parse import urlsplit

from analyzers.registry import CheckResult, Finding, status_of


@dataclass(frozen=True)
class Suppression:
    """One accepted finding (or family of findings), as written in the configuration."""

    check: str
    reason: str
    site: str | None = None  # a host ("acme.com" also covers www.acme.com) or a URL
    url: str | None = None  # glob on the finding's page URL
    selector: str | None = None  # the finding's selector, or a form/container it sits in
    text: str | None = None  # words of the finding's quoted evidence (case-insensitive)
    until: date | None = None  # last day the suppression applies

    def expired(self, today: date) -> bool:
        return self.until is not None and today > self.until

    def matches(self, finding: Finding, target: str | None) -> bool:
        if finding.check != self.check:
            return False
        if self.site and not _same_site(self.site, finding.url or target):
            return False
        if self.url and not (finding.url and _url_matches(self.url, finding.url)):
            return False
        if self.selector and not _selector_matches(self.selector, finding.selector):
            return False
        return not self.text or _quotes(self.text, finding)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"check": self.check, "reason": self.reason}
        for key in ("site", "url", "selector", "text"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        if self.until:
            data["until"] = self.until.isoformat()
        return data


@dataclass
class SuppressionOutcome:
    """What the suppressions did in one run: the findings they hid and how each rule fared."""

    suppressed: list[dict[str, Any]] = field(default_factory=list)  # finding + "suppression"
    rules: list[dict[str, Any]] = field(default_factory=list)  # rule + state + matched

    def extend(self, other: SuppressionOutcome) -> None:
        self.suppressed += other.suppressed
        by_rule = {_rule_key(r): r for r in self.rules}
        for rule in other.rules:
            known = by_rule.get(_rule_key(rule))
            if known is None:
                self.rules.append(rule)
                by_rule[_rule_key(rule)] = rule
            else:
                known["matched"] += rule["matched"]


def _rule_key(rule: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(sorted((k, str(v)) for k, v in rule.items() if k not in ("matched", "state")))


def apply_suppressions(
    results: list[CheckResult],
    rules: list[Suppression],
    target: str | None,
    today: date | None = None,
) -> SuppressionOutcome:
    """Move matching findings out of the results (in place) and recompute their checks'
    statuses; a check left with no findings has passed (with suppressions). Expired rules
    suppress nothing; they are listed with the findings they would have matched."""
    today = today or date.today()
    outcome = SuppressionOutcome()
    matched = [0] * len(rules)
    for result in results:
        if not result.findings:
            continue
        kept: list[Finding] = []
        for finding in result.findings:
            index = _first_match(rules, finding, target, today)
            if index is not None:
                matched[index] += 1
            if index is None or rules[index].expired(today):
                kept.append(finding)
                continue
            outcome.suppressed.append({**finding.to_dict(), "suppression": rules[index].to_dict()})
        if len(kept) != len(result.findings):
            result.findings = kept
            result.status = status_of(result.spec, kept)
    for rule, count in zip(rules, matched, strict=True):
        state = "expired" if rule.expired(today) else "active"
        outcome.rules.append({**rule.to_dict(), "state": state, "matched": count})
    return outcome


def _first_match(
    rules: list[Suppression], finding: Finding, target: str | None, today: date
) -> int | None:
    """The first rule that matches, preferring one still in force over an expired one."""
    hits = [i for i, rule in enumerate(rules) if rule.matches(finding, target)]
    active = [i for i in hits if not rules[i].expired(today)]
    return (active or hits or [None])[0]


def _host(value: str) -> str:
    text = value.strip().lower()
    host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
    return host.removeprefix("www.")


def _same_site(site: str, url: str | None) -> bool:
    if not url:
        return False
    wanted, actual = _host(site), _host(url)
    return bool(wanted) and (actual == wanted or actual.endswith("." + wanted))


def _url_matches(pattern: str, url: str) -> bool:
    """A glob on the page URL; a pattern without a wildcard also matches with or without a
    trailing slash."""
    if any(c in pattern for c in "*?["):
        return fnmatch(url, pattern)
    return url.rstrip("/") == pattern.rstrip("/")


def _selector_matches(wanted: str, selector: str | None) -> bool:
    """The finding's own selector, or one inside the element named (a form and its fields)."""
    if not selector:
        return False
    wanted, selector = wanted.strip(), selector.strip()
    return selector == wanted or selector.startswith((wanted + " ", wanted + ">"))


def _quotes(words: str, finding: Finding) -> bool:
    wanted = " ".join(words.lower().split())
    quoted = [finding.evidence, finding.message]
    details = finding.details or {}
    for key in ("quote", "old", "new", "highlight"):
        value = details.get(key)
        quoted += value if isinstance(value, list) else [value]
    return any(isinstance(q, str) and wanted in " ".join(q.lower().split()) for q in quoted)
