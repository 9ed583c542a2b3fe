"""--notify: the JSON summary POSTed to a webhook when drift is found (a local http.server)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from prevet.drift import DriftOutcome, notification, post_notification
from prevet.errors import PrevetError
from prevet.store import RunSummary
from reports.model import Report, Summary

CHANGE = {
    "check": "drift.checkbox_changed",
    "severity": "error",
    "message": "The SMS consent checkbox is now pre-checked since the approved baseline.",
    "old": "unchecked",
    "new": "checked",
    "diff": "",
    "url": "https://acme.com/signup",
    "identity": "drift.checkbox_changed|acme.com/signup|input#sms",
}


def outcome() -> DriftOutcome:
    report = Report(
        target="https://acme.com/",
        started_at="",
        finished_at="",
        summary=Summary(verdict="needs_changes"),
        extras={"drift": {"baseline_run": "abc123def456", "changes": [CHANGE]}},
    )
    baseline = RunSummary(
        id="abc123def456",
        site="acme.com",
        kind="audit",
        target="https://acme.com/",
        started_at="",
        finished_at="2026-11-01T09:00:00Z",
        tool_version="0.1.0",
        verdict="ready",
        errors=0,
        warnings=0,
        infos=0,
        needs_review=0,
        pages=5,
        unreachable=None,
        is_baseline=True,
        drift_changes=None,
    )
    return DriftOutcome(
        "https://acme.com/", "drift", 1, report=report, baseline=baseline, run_id="fff000111222"
    )


def test_the_summary_is_slack_compatible_and_structured() -> None:
    body = notification(outcome())
    assert body["text"].startswith(
        "prevet: 1 change(s) on https://acme.com/ since the baseline "
        "of 2026-11-01T09:00:00Z (run abc123def456)"
    )
    assert "drift.checkbox_changed (error)" in body["text"]
    assert body["changes"] == [CHANGE] and body["run_id"] == "fff000111222"
    assert body["exit_code"] == 1 and body["status"] == "drift"


def test_the_summary_is_posted_as_json() -> None:
    received: list[tuple[str, dict]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - stdlib's name
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append((self.headers["Content-Type"], json.loads(body)))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        post_notification(
            f"http://127.0.0.1:{server.server_address[1]}/hooks/T0/B0", notification(outcome())
        )
    finally:
        server.shutdown()
        server.server_close()
    ((kind, body),) = received
    assert kind == "application/json" and body["text"].startswith("prevet: 1 change(s)")


def test_an_unreachable_webhook_is_a_one_line_error() -> None:
    with pytest.raises(PrevetError, match="could not notify"):
        post_notification("http://127.0.0.1:9/hook", {"text": "x"}, timeout=2)
    with pytest.raises(PrevetError, match="takes an http"):
        post_notification("ftp://example.com/hook", {"text": "x"})
