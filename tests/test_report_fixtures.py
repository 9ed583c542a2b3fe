"""Reports to render in the report tests, and the tests of the view they are laid out by.

`sample_report` runs the real analyzers over a small site written for these tests (a dental
practice with an SMS sign-up page that has a pre-checked box and a thin disclosure), then adds
findings by hand for catalog checks the tree does not implement yet, so every report test sees
errors, warnings, a to-review finding, passed and not-applicable checks whatever exists.
`hostile_report` fills every field that comes from the audited site with markup and template
syntax.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

from analyzers.analyze import analyze, verdict_of
from analyzers.kit import build_kit
from analyzers.registry import Finding, Severity, Status
from reports.model import CheckInfo, PageSummary, Report, Summary, build_report
from reports.view import build_view, fill_brand, highlight, readable_date, safe_href, word_diff
from tests.snapshots import snapshot_from_pages

HOME = """<!doctype html><html><head><title>Bright Smile Dental | Family dentistry in Tulsa</title>
<meta property="og:site_name" content="Bright Smile Dental"></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/text-alerts">Text alerts</a>
<a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a></nav>
<h1>Bright Smile Dental</h1>
<p>Gentle family dentistry in Tulsa since 2004: cleanings, fillings, crowns and whitening for
children and adults. Call (918) 555-0142 or visit us at 2210 S Harvard Ave, Tulsa, OK 74114.</p>
<h2>Our services</h2>
<p>Preventive care: twice-yearly cleanings and exams, digital X-rays with low radiation, fluoride
and sealants for children, and oral cancer screening at every visit.</p>
<p>Restorative care: tooth-colored fillings, porcelain crowns made in our own lab in one visit,
bridges, implant crowns and gentle root canal treatment with sedation for anxious patients.</p>
<p>Cosmetic care: in-office and take-home whitening, bonding to repair chips, and clear aligners
to straighten teeth without metal braces. We file claims with most dental insurance plans and
offer a membership plan for families without insurance, with two cleanings a year included.</p>
<h2>New patients</h2>
<p>We see new patients within a week. Bring your insurance card and a list of medicines; your
first visit takes about an hour and includes a full exam, X-rays and a cleaning. Our hygienists
explain everything they find and give you a written plan with prices before any treatment.</p>
<footer>© 2026 Bright Smile Dental PLLC</footer></body></html>"""

TEXT_ALERTS = """<!doctype html><html><head><title>Text alerts | Bright Smile Dental</title></head>
<body><h1>Appointment reminders by text</h1>
<form id="sms-signup" action="/subscribe" method="post">
  <label for="name">Your name</label> <input id="name" name="name" type="text">
  <label for="phone">Mobile number</label> <input id="phone" name="phone" type="tel" required>
  <label><input type="checkbox" id="sms-consent" name="sms_consent" checked>
  I agree to receive appointment reminders by text from Bright Smile Dental.
  Msg &amp; data rates may apply.</label>
  <p>Read our <a href="/privacy">Privacy Policy</a>.</p>
  <button type="submit">Sign me up</button>
</form></body></html>"""

PRIVACY = """<!doctype html><html><head><title>Privacy Policy | Bright Smile Dental</title></head>
<body><h1>Privacy Policy</h1>
<p>This policy explains what Bright Smile Dental PLLC collects when you use our website or our
text message program, how we use it and the choices you have. Last updated March 2026.</p>
<h2>Information we collect</h2>
<p>We collect the name, phone number, email address and appointment preferences you give us in
our forms, and the health information you share with our dental team during visits, which is
protected under HIPAA and our Notice of Privacy Practices.</p>
<h2>How we use it</h2>
<p>We use your information to schedule and remind you of appointments, answer your questions,
file insurance claims and send the messages you asked for. We do not sell personal information.</p>
<h2>Text messages</h2>
<p>No mobile information will be shared with third parties or affiliates for marketing or
promotional purposes. Text messaging originator opt-in data and consent will not be shared with
any third parties. You can reply STOP to any message to stop receiving texts.</p>
<h2>Contact</h2>
<p>Questions about this policy: privacy@brightsmile-dental.com or (918) 555-0142.</p>
</body></html>"""

TERMS = """<!doctype html><html><head><title>Terms of Service | Bright Smile Dental</title></head>
<body><h1>Terms of Service</h1>
<p>These terms apply to the website of Bright Smile Dental PLLC and to our appointment reminder
text program. By using the site or joining the program you agree to them.</p>
<h2>SMS appointment reminders</h2>
<p>Bright Smile Dental sends appointment reminders and confirmations by text to patients who opt
in on our website. Message frequency varies, usually two messages per appointment. Msg &amp; data
rates may apply. Reply HELP for help or contact us at (918) 555-0142. Reply STOP to cancel at
any time; you will get one message confirming that you have been unsubscribed. Carriers are not
liable for delayed or undelivered messages. Consent to texts is not a condition of purchase.</p>
<h2>Use of the website</h2>
<p>The content of this website is general information about dental care and is not medical
advice. Please call us for advice about your own treatment.</p>
<h2>Changes</h2>
<p>We may update these terms; the date of the last change is shown on this page. See our Privacy
Policy for how we handle your information.</p>
</body></html>"""

PAGES = {"/": HOME, "/text-alerts": TEXT_ALERTS, "/privacy": PRIVACY, "/terms": TERMS}
BASE = "https://www.brightsmile-dental.com/"
SIGNUP_URL = BASE + "text-alerts"
FORM_SHOT = "screenshots/form-1.png"


def png_bytes(width: int, height: int, rgb: tuple[int, int, int] = (230, 236, 245)) -> bytes:
    """A plain PNG of one colour, for reports whose screenshot only has to exist."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    raw = zlib.compress(row * height)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


# catalog checks the sample needs whatever the tree implements: (id, severity, title, why, ref)
HAND_MADE_INFO = {
    "optin.checkbox_prechecked": (
        "error",
        "SMS consent checkbox is not pre-checked",
        "A box checked in advance is not consent: reviewers deny the campaign.",
        "Opt-in checkbox missing or pre-selected",
    ),
    "optin.frequency_missing": (
        "error",
        "The disclosure states message frequency",
        "People must know how many texts to expect before they agree.",
        "2115",
    ),
    "optin.help_missing": (
        "error",
        "The disclosure says how to get help",
        "Reviewers look for the HELP keyword at the point of consent.",
        "2117",
    ),
    "optin.terms_link_missing": (
        "error",
        "The terms are linked at the point of consent",
        "The SMS terms must be one click from the consent.",
        "Opt-in workflow non compliant terms and conditions",
    ),
    "site.thin_content": (
        "warning",
        "The site shows what the business does",
        "Reviewers must see a real business behind the messages.",
        "Insufficient website content",
    ),
    "privacy.sms_sharing": (
        "error",
        "The privacy policy does not share mobile numbers",
        "Sharing opt-in data with third parties is the most common privacy denial.",
        "Privacy policy non-compliant: sharing",
    ),
    "samples.too_few": (
        "error",
        "At least two sample messages",
        "Reviewers compare samples with the use case.",
        "At least two sample messages",
    ),
}


def hand_made_findings() -> list[Finding]:
    form = "form#sms-signup"
    return [
        Finding(
            "optin.checkbox_prechecked",
            Severity.ERROR,
            SIGNUP_URL,
            "#sms-consent",
            '<input type="checkbox" id="sms-consent" name="sms_consent" checked>',
            "The SMS consent checkbox is checked before the visitor touches it.",
            "Remove the `checked` attribute so the box starts empty.",
            "Opt-in checkbox missing or pre-selected",
        ),
        Finding(
            "optin.frequency_missing",
            Severity.ERROR,
            SIGNUP_URL,
            form,
            "I agree to receive appointment reminders by text from Bright Smile Dental. "
            "Msg & data rates may apply.",
            "The disclosure does not say how often messages are sent.",
            "I agree to receive appointment reminders by text from [Business Name]. Msg "
            "frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to "
            "cancel.",
            "2115",
            details={"highlight": "appointment reminders", "missing": ["Msg frequency varies"]},
        ),
        Finding(
            "optin.help_missing",
            Severity.ERROR,
            SIGNUP_URL,
            form,
            "I agree to receive appointment reminders by text from Bright Smile Dental.",
            "The disclosure does not tell people to reply HELP for help.",
            "Add: Reply HELP for help.",
            "2117",
            details={"missing": "Reply HELP for help"},
        ),
        Finding(
            "site.thin_content",
            Severity.WARNING,
            BASE,
            None,
            "",
            "The site says little about the services [Business Name] offers.",
            "Add a page about your services, with prices or a short description of each.",
            "Insufficient website content",
        ),
        Finding(
            "privacy.sms_sharing",
            Severity.ERROR,
            BASE + "privacy",
            None,
            "We may share information with our partners.",
            "It is unclear whether the privacy policy lets partners use mobile numbers.",
            "Add: No mobile information will be shared with third parties or affiliates "
            "for marketing or promotional purposes.",
            "Privacy policy non-compliant: sharing",
            status=Status.NEEDS_REVIEW,
            details={"highlight": "share information with our partners"},
        ),
    ]


def add_findings(
    report: Report,
    findings: list[Finding],
    info: dict[str, tuple[str, str, str, str]] | None = None,
    not_applicable: dict[str, str] | None = None,
) -> Report:
    """Add findings (and their checks) that the analyzers did not produce, and redo the counts."""
    info = info or HAND_MADE_INFO
    objects = report.finding_objects()
    for finding in findings:
        if report.checks.get(finding.check) not in (None, "not_applicable"):
            continue  # the real check judged it: keep the real result
        objects = [f for f in objects if f.check != finding.check] + [finding]
    for check_id in {f.check for f in findings}:
        mine = [f for f in objects if f.check == check_id]
        if not mine:
            continue
        status = "failed" if any(f.status is Status.FAILED for f in mine) else "needs_review"
        report.checks[check_id] = status
        severity, title, why, ref = info.get(check_id, ("error", check_id, "", ""))
        report.check_info[check_id] = CheckInfo(
            status=status,
            severity=severity,
            title=title,
            ref=ref,
            why=why,
            family=check_id.split(".")[0],
        )
    for check_id, reason in (not_applicable or {}).items():
        if check_id not in report.checks:
            severity, title, why, ref = info.get(check_id, ("error", check_id, "", ""))
            report.checks[check_id] = "not_applicable"
            report.check_info[check_id] = CheckInfo(
                status="not_applicable",
                severity=severity,
                title=title,
                ref=ref,
                why=why,
                family=check_id.split(".")[0],
                reason=reason,
            )
    objects.sort(key=lambda f: (f.status is not Status.FAILED, -_rank(f.severity), f.check))
    report.findings = [f.to_dict() for f in objects]
    failed = [f for f in objects if f.status is Status.FAILED]
    report.summary = Summary(
        verdict=verdict_of(objects),
        errors=sum(f.severity is Severity.ERROR for f in failed),
        warnings=sum(f.severity is Severity.WARNING for f in failed),
        infos=sum(f.severity is Severity.INFO for f in failed),
        needs_review=sum(f.status is Status.NEEDS_REVIEW for f in objects),
        pages=report.summary.pages,
        rendered_pages=report.summary.rendered_pages,
    )
    return report


def _rank(severity: Severity) -> int:
    return {Severity.ERROR: 2, Severity.WARNING: 1, Severity.INFO: 0}[severity]


def sample_snapshot(with_screenshot: bool = True):
    snapshot = snapshot_from_pages(PAGES, base=BASE)
    if with_screenshot:
        page = snapshot.page(SIGNUP_URL)
        page.forms[0].screenshot = FORM_SHOT
    return snapshot


def sample_report(
    out_dir: Path | None = None,
    *,
    screenshot: bytes | None = None,
    drift: dict[str, Any] | None = None,
) -> Report:
    """The dental practice's report; with `out_dir`, also its snapshot and form screenshot."""
    snapshot = sample_snapshot(with_screenshot=out_dir is not None)
    analysis = analyze(snapshot)
    report = build_report(
        snapshot,
        analysis,
        target=BASE,
        started_at="2026-11-22T10:00:00Z",
        finished_at="2026-11-22T10:00:41Z",
    )
    add_findings(
        report,
        hand_made_findings(),
        not_applicable={"samples.too_few": "no campaign file was given"},
    )
    report.extras["kit"] = build_kit(snapshot, analysis)
    if drift is not None:
        report.extras["drift"] = drift
    if out_dir is not None:
        (out_dir / "screenshots").mkdir(parents=True, exist_ok=True)
        (out_dir / FORM_SHOT).write_bytes(screenshot or png_bytes(480, 320))
        snapshot.save(out_dir / "snapshot.json")
        report.snapshot_file = "snapshot.json"
    return report


def handmade_report() -> Report:
    """The same practice with only the hand-made findings: for tests of exact wording."""
    report = Report(
        target=BASE,
        started_at="2026-11-22T10:00:00Z",
        finished_at="2026-11-22T10:00:41Z",
        summary=Summary(verdict="ready"),
        brand="Bright Smile Dental",
        checks={"site.unreachable": "passed"},
        check_info={
            "site.unreachable": CheckInfo(
                status="passed",
                severity="error",
                title="The website loads",
                ref="Invalid brand URL",
                why="",
                family="site",
            )
        },
    )
    return add_findings(
        report,
        hand_made_findings(),
        not_applicable={"samples.too_few": "no campaign file was given"},
    )


SAMPLE_DRIFT = {
    "baseline_run": "run-2026-10-01-a1",
    "baseline_date": "1 October 2026",
    "changes": [
        {
            "check": "drift.optin_changed",
            "message": "The opt-in disclosure changed since approval.",
            "old": "I agree to receive appointment reminders by text from Bright Smile Dental. "
            "Msg frequency varies. Reply STOP to cancel.",
            "new": "I agree to receive appointment reminders and special offers by text from "
            "Bright Smile Dental. Reply STOP to cancel.",
            "url": SIGNUP_URL,
        }
    ],
}

# Everything the audited site controls, made hostile. A report must show these as text.
PAYLOADS = [
    "<script>window.__pwned = 'script'</script>",
    "<img src=x onerror=\"window.__pwned='img'\">",
    '"><svg onload="window.__pwned=\'svg\'">',
    "'><iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\"></iframe>",
    "{{ 7*7 }} {% raw %}{% endraw %} {% for x in range(3) %}LOOP{% endfor %}",
]
JS_URL = "javascript:window.__pwned='link'"


def hostile_report() -> Report:
    text = " ".join(PAYLOADS)
    findings = [
        Finding(
            "optin.checkbox_prechecked",
            Severity.ERROR,
            JS_URL,
            f"input[name='{text}']",
            f"<input type=checkbox checked data-x='{PAYLOADS[1]}'>",
            f"Pre-checked: {text}",
            f"Fix for {text}",
            f"ref {PAYLOADS[0]}",
            details={
                "highlight": [PAYLOADS[0], "{{"],
                "missing": PAYLOADS[2],
                "html": PAYLOADS[1],
                "screenshot": "../../etc/passwd",
            },
        ),
        Finding(
            "optin.frequency_missing",
            Severity.ERROR,
            "https://evil.example/\"onmouseover=\"window.__pwned='attr'",
            None,
            text,
            text,
            text,
            text,
            details={"highlight": PAYLOADS[4]},
        ),
        Finding(
            "site.contact_missing",
            Severity.WARNING,
            "data:text/html,<script>x</script>",
            None,
            text,
            text,
            text,
            text,
        ),
    ]
    report = Report(
        target=f"https://www.example-biz.com/?q={PAYLOADS[0]}",
        started_at="2026-11-22T10:00:00Z",
        finished_at="2026-11-22T10:00:41Z",
        summary=Summary(verdict="needs_changes"),
        brand=f"Evil {PAYLOADS[1]} LLC",
        pages=[
            PageSummary(url=JS_URL, status=200, rendered=True, roles=["optin"], title=text),
            PageSummary(
                url=f"https://www.example-biz.com/{PAYLOADS[2]}",
                status=200,
                rendered=False,
                roles=["home"],
                title=PAYLOADS[3],
            ),
        ],
    )
    info = {f.check: ("error", f"Title {text}", f"Why {text}", f"Ref {text}") for f in findings}
    add_findings(report, findings, info=info)
    report.extras["kit"] = {
        "brand": text,
        "urls": [
            {"label": f"Opt-in {PAYLOADS[0]}", "url": JS_URL},
            {"label": "Privacy", "url": f"https://www.example-biz.com/{PAYLOADS[1]}"},
        ],
        "optin": {"url": JS_URL, "screenshot": "/etc/hostname", "disclosure": text},
        "message_flow": text,
        "notes": [text],
    }
    report.extras["drift"] = {
        "baseline_run": PAYLOADS[0],
        "baseline_date": PAYLOADS[4],
        "changes": [
            {
                "check": "drift.optin_changed",
                "message": text,
                "old": PAYLOADS[0],
                "new": PAYLOADS[1] + PAYLOADS[4],
                "url": JS_URL,
            }
        ],
    }
    return report


# -- the view ----------------------------------------------------------------------------------


def test_highlight_marks_every_occurrence_case_insensitively():
    parts = highlight("Msg frequency varies. MSG FREQUENCY is key.", ["msg frequency"])
    assert [(p.text, p.mark) for p in parts] == [
        ("Msg frequency", True),
        (" varies. ", False),
        ("MSG FREQUENCY", True),
        (" is key.", False),
    ]


def test_highlight_merges_overlaps_and_keeps_text_without_needles():
    parts = highlight("reply STOP to cancel", ["STOP to", "to cancel"])
    assert [(p.text, p.mark) for p in parts] == [("reply ", False), ("STOP to cancel", True)]
    assert [(p.text, p.mark) for p in highlight("plain", [])] == [("plain", False)]


def test_word_diff_marks_removed_and_added_words_only():
    old, new = word_diff(
        "Msg frequency varies. Reply STOP to cancel.", "Up to 4 msgs/month. Reply STOP to cancel."
    )
    assert "".join(p.text for p in old) == "Msg frequency varies. Reply STOP to cancel."
    assert [p.text for p in old if p.mark] == ["Msg frequency varies."]
    assert [p.text for p in new if p.mark] == ["Up to 4 msgs/month."]
    assert not any(p.mark for p in new if "STOP" in p.text)


def test_only_http_urls_are_clickable():
    assert safe_href("https://www.a.com/x?y=1") == "https://www.a.com/x?y=1"
    assert safe_href("HTTP://A.COM") == "HTTP://A.COM"
    for bad in (
        JS_URL,
        " JavaScript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
        "//evil.com",
        "mailto:a@b.com",
        "",
        None,
        "https://a.com/\nb",
    ):
        assert safe_href(bad) is None, bad


def test_brand_fills_placeholders_in_fixes():
    assert (
        fill_brand("Texts from [Business Name]. {brand} cares.", "Bright Smile")
        == "Texts from Bright Smile. Bright Smile cares."
    )
    assert fill_brand("Texts from [Business Name].", None) == "Texts from [Business Name]."


def test_dates_read_as_words():
    assert readable_date("2026-11-22T10:00:41Z") == "22 November 2026, 10:00 UTC"
    assert readable_date("yesterday") == "yesterday"


def test_every_check_sits_in_exactly_one_group_in_review_order():
    report = sample_report()
    view = build_view(report)
    placed = [c.id for g in view.groups for c in g.checks]
    assert sorted(placed) == sorted(report.checks)
    keys = [g.key for g in view.groups]
    assert keys.index("website") < keys.index("optin") < keys.index("privacy")
    optin = next(g for g in view.groups if g.key == "optin")
    assert optin.count("failed") >= 3
    statuses = [c.status for c in optin.checks]
    assert statuses == sorted(
        statuses, key=["failed", "needs_review", "passed", "not_applicable"].index
    )


def test_top_three_are_errors_and_fixes_carry_the_brand():
    assert len(build_view(sample_report()).top) == 3
    view = build_view(handmade_report())
    assert len(view.top) == 3
    assert all(f.severity == "error" and f.status == "failed" for f in view.top)
    frequency = next(f for f in view.findings if f.check == "optin.frequency_missing")
    assert "from Bright Smile Dental. Msg frequency varies" in frequency.fix
    assert [p.text for p in frequency.quote if p.mark] == ["appointment reminders"]
    assert frequency.missing == ["Msg frequency varies"]


def test_control_markup_in_evidence_is_shown_as_code_not_as_a_quote():
    view = build_view(handmade_report())
    prechecked = next(f for f in view.findings if f.check == "optin.checkbox_prechecked")
    assert prechecked.control_html and prechecked.control_html.startswith("<input")
    assert prechecked.quote == []
