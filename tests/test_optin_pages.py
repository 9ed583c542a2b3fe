"""HTML builders shared by the opt-in, disclosure and links tests (pages written for prevet).

Named test_* only to sit with the opt-in tests; it holds no tests itself.
"""

from __future__ import annotations

from analyzers.context import AnalysisContext, AuditOptions
from analyzers.registry import CheckResult, all_checks, run_check
from tests.snapshots import snapshot_from_pages

DISCLOSURE = (
    "By checking this box, I agree to receive appointment reminders by text message from "
    "Acme Dental at the number provided. Message frequency varies. Msg &amp; data rates may "
    "apply. Reply HELP for help or STOP to cancel. Consent is not a condition of purchase. "
    'See our <a href="/privacy">Privacy Policy</a> and <a href="/terms">Terms</a>.'
)
PHONE = '<label for="phone">Mobile number</label><input id="phone" name="phone" type="tel">'


def page(body: str, title: str = "Sign up | Acme Dental") -> str:
    return (
        f'<html><head><title>{title}</title><meta property="og:site_name" '
        f'content="Acme Dental"></head><body><main>{body}</main>'
        f"<footer>© 2025 Acme Dental</footer></body></html>"
    )


def form(inner: str, attrs: str = 'action="/signup" method="post"') -> str:
    return f'<form {attrs}>{inner}<button type="submit">Sign up</button></form>'


def compliant_form(box_attrs: str = "", label: str = DISCLOSURE) -> str:
    return form(
        f'{PHONE}<label><input type="checkbox" name="sms_consent" {box_attrs}> {label}</label>'
    )


def site(body: str, **extra: str) -> dict[str, str]:
    pages = {
        "/": page(
            '<h1>Acme Dental</h1><p>Family dentistry.</p><a href="/signup">Text reminders</a>'
        ),
        "/signup": page(body),
    }
    pages.update(
        {
            "/privacy": page(
                "<h1>Privacy Policy</h1><p>We do not share mobile numbers.</p>",
                "Privacy Policy | Acme Dental",
            ),
            "/terms": page(
                "<h1>Terms</h1><p>Msg &amp; data rates may apply.</p>", "Terms | Acme Dental"
            ),
        }
    )
    pages.update(extra)
    return pages


def context(
    pages: dict[str, str], campaign: object | None = None, optin_url: str | None = None
) -> AnalysisContext:
    return AnalysisContext(
        snapshot=snapshot_from_pages(pages),
        campaign=campaign,
        options=AuditOptions(optin_url=optin_url),
    )


def run(pages: dict[str, str], check_id: str, **kwargs: object) -> CheckResult:
    return run_check(all_checks()[check_id], context(pages, **kwargs))


def status(pages: dict[str, str], check_id: str, **kwargs: object) -> str:
    return str(run(pages, check_id, **kwargs).status)
