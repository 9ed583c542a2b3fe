"""Can a reviewer open the site at all? site.unreachable and site.tls_invalid.

A reviewer who cannot load the brand's URL, or whose browser warns about its certificate,
rejects the brand before reading a word of it.
"""

from __future__ import annotations

from collections.abc import Iterator

from analyzers.context import AnalysisContext
from analyzers.registry import Hit, NotApplicable, Severity, check


@check(
    "site.unreachable",
    severity=Severity.ERROR,
    ref="Invalid brand URL",
    title="The website loads",
    message="The website could not be loaded.",
    why="Reviewers open the brand's website first; a site that does not load is rejected as an "
    "invalid brand URL.",
    fix="Make sure the website answers with its home page (status 200) at the URL you register, "
    "over https, from anywhere on the internet.",
)
def site_unreachable(ctx: AnalysisContext) -> Iterator[Hit]:
    snapshot = ctx.snapshot
    if snapshot is None:
        raise NotApplicable("no website was audited")
    if snapshot.unreachable:
        yield Hit(
            url=snapshot.start_url,
            evidence=snapshot.unreachable,
            message=f"The website could not be loaded: {snapshot.unreachable}.",
        )
        return
    start = snapshot.pages[0] if snapshot.pages else None
    if start is not None and (start.status >= 400 or start.error):
        reason = f"HTTP status {start.status}" if start.status >= 400 else start.error
        yield Hit(
            url=start.url,
            evidence=reason,
            message=f"The website's start page answered with {reason}.",
        )


@check(
    "site.tls_invalid",
    severity=Severity.ERROR,
    ref='2103 / 7105 "certificate verify failed"',
    title="The https certificate is valid",
    message="The website's https certificate does not verify.",
    why="Reviewers' browsers show a security warning on such sites, and the vetting tools fail "
    'with "certificate verify failed".',
    fix="Install a valid certificate for this host name (for example a free one from Let's "
    "Encrypt) that covers both the bare domain and www, and renew it before it expires.",
)
def tls_invalid(ctx: AnalysisContext) -> Iterator[Hit]:
    snapshot = ctx.snapshot
    if snapshot is None or not snapshot.tls.checked:
        raise NotApplicable("the site was not fetched over https")
    if not snapshot.tls.valid:
        yield Hit(
            url=snapshot.start_url,
            evidence=snapshot.tls.error,
            message=f"The https certificate does not verify: {snapshot.tls.error}.",
        )
