"""Telling someone what a drift run found: one notice per site, one digest per run of many.

Monitoring must never go quiet: a notice goes out when a site drifted and also when it could not
be checked at all (down, behind a bot wall, no approved baseline), each with its own status, so
silence means "checked, nothing changed". Notices carry the report's absolute path and, given
--report-url, a link to where the reports are published.

`--notify` takes a plain webhook (http(s)://: the JSON body is POSTed, with a Slack-compatible
"text") or any Apprise URL (slack://, msteams://, mailto://, discord://, json://, ...): Apprise is
the library changedetection.io uses to reach dozens of services.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

from prevet.errors import PrevetError

# statuses a notice can have; "no_drift" is the only one that stays quiet
DRIFT, NO_DRIFT, NOT_CHECKED, NO_BASELINE = "drift", "no_drift", "not_checked", "no_baseline"
QUIET = frozenset({NO_DRIFT})
MAX_LINES = 10


def wants_notice(status: str) -> bool:
    return status not in QUIET


def report_link(report: Path | None, out_root: Path | None, base: str | None) -> str | None:
    """Where the report can be opened: the --report-url base plus the report's path inside the
    published --out folder."""
    if not base or report is None:
        return None
    root = (out_root or report.parent).resolve()
    try:
        relative = report.resolve().relative_to(root)
    except ValueError:
        relative = Path(report.name)
    return f"{base.rstrip('/')}/{quote(relative.as_posix())}"


def site_notice(
    *,
    target: str,
    status: str,
    exit_code: int,
    reason: str = "",
    changes: list[dict[str, Any]] | None = None,
    run_id: str | None = None,
    baseline_run: str | None = None,
    baseline_date: str | None = None,
    report: Path | None = None,
    link: str | None = None,
) -> dict[str, Any]:
    """The body for one site: a "text" people read, plus the structured facts."""
    changes = changes or []
    since = f" since the baseline of {baseline_date} (run {baseline_run})" if baseline_run else ""
    if status == DRIFT:
        lines = [f"prevet: {len(changes)} change(s) on {target}{since}"]
        lines += [f"• {c['check']} ({c['severity']}): {c['message']}" for c in changes[:MAX_LINES]]
        if len(changes) > MAX_LINES:
            lines.append(f"… and {len(changes) - MAX_LINES} more")
    elif status == NO_BASELINE:
        lines = [f"prevet: could not check {target} for drift: {reason}"]
    elif status == NOT_CHECKED:
        lines = [
            f"prevet: could not check {target} for drift{since}: {reason}",
            "This is not an all-clear: check the site, then run drift again.",
        ]
    else:
        lines = [f"prevet: no changes on {target}{since}"]
    absolute = str(report.resolve()) if report is not None else None
    if link or absolute:
        lines.append(f"Report: {link or absolute}")
    return {
        "text": "\n".join(lines),
        "target": target,
        "status": status,
        "exit_code": exit_code,
        "reason": reason or None,
        "run_id": run_id,
        "baseline_run": baseline_run,
        "baseline_date": baseline_date,
        "changes": changes,
        "report": absolute,
        "report_url": link,
    }


def digest(notices: list[dict[str, Any]]) -> dict[str, Any]:
    """One body for a run of many sites: what needs a look first, every site's status."""
    drifted = [n for n in notices if n["status"] == DRIFT]
    unchecked = [n for n in notices if n["status"] in (NOT_CHECKED, NO_BASELINE)]
    head = (
        f"prevet drift: {len(notices)} site(s): {len(drifted)} with drift, "
        f"{len(unchecked)} could not be checked, "
        f"{len(notices) - len(drifted) - len(unchecked)} unchanged"
    )
    lines = [head]
    for notice in [*drifted, *unchecked]:
        where = notice.get("report_url") or notice.get("report")
        if notice["status"] == DRIFT:
            what = f"{len(notice['changes'])} change(s)"
        else:
            what = f"could not check: {notice.get('reason') or notice['status']}"
        lines.append(f"• {notice['target']}: {what}" + (f" — {where}" if where else ""))
    status = DRIFT if drifted else NOT_CHECKED if unchecked else NO_DRIFT
    code = 1 if drifted else 2 if unchecked else 0
    return {"text": "\n".join(lines), "status": status, "exit_code": code, "sites": notices}


def send(destination: str, body: dict[str, Any], timeout: float = 15.0) -> None:
    """A webhook gets the JSON body POSTed; an Apprise URL gets a title and the text. A failure
    is one line, raised as PrevetError."""
    if destination.lower().startswith(("http://", "https://")):
        _post_json(destination, body, timeout)
    else:
        _apprise(destination, body)


def _post_json(webhook: str, body: dict[str, Any], timeout: float) -> None:
    request = urllib.request.Request(
        webhook,
        data=json.dumps(body).encode("utf-8"),
        headers={"Content-Type": "application/json", "User-Agent": "prevet"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise PrevetError(f"could not notify {webhook}: {getattr(exc, 'reason', exc)}") from exc


def check_destination(destination: str) -> None:
    """Refuse a --notify value that is neither a webhook nor an Apprise URL, before crawling."""
    if destination.lower().startswith(("http://", "https://")):
        return
    import apprise

    if not apprise.Apprise().add(destination):
        raise PrevetError(
            f"--notify takes an http(s) webhook URL or an Apprise URL (slack://, "
            f"msteams://, mailto://, json://, ...), not {destination!r}"
        )


def _apprise(destination: str, body: dict[str, Any]) -> None:
    import apprise

    check_destination(destination)
    sender = apprise.Apprise()
    sender.add(destination)
    title, _, text = body["text"].partition("\n")
    kind = {DRIFT: apprise.NotifyType.WARNING, NO_DRIFT: apprise.NotifyType.SUCCESS}.get(
        body.get("status", ""), apprise.NotifyType.FAILURE
    )
    if not sender.notify(title=title, body=text or title, notify_type=kind):
        scheme = destination.split("://", 1)[0]
        raise PrevetError(f"could not notify through {scheme}:// (Apprise reported a failure)")
