"""A portfolio run's files written from the store: OUT/index.html, portfolio.json, junit.xml and
each site's reports in OUT/<host>/, the same files a local portfolio run writes.

Workers keep only the store (their report folders are removed), so whoever renders needs no
shared disk: `prevet portfolio RUN_ID` renders on any machine that reaches the store, as often as
wanted, while the run goes on (a site not finished yet is "could not check: not finished yet").
"""

from __future__ import annotations

from pathlib import Path

from crawler.urls import host_of
from prevet.portfolio import site_folders, write_portfolio
from prevet.store.portfolio_runs import StoredPortfolio, StoredSite
from prevet.worker import NOT_CHECKED
from reports.model import Report
from reports.portfolio import Portfolio, PortfolioSite, SiteDrift, site_entry

PENDING = {False: "not started yet (queued)", True: "not finished yet (a worker has it)"}


def render_stored(stored: StoredPortfolio, out: Path, store: str | None) -> Portfolio:
    """Write the run's portfolio files into `out` and return its model."""
    from prevet.report_command import write_stored_run

    out.mkdir(parents=True, exist_ok=True)
    folders = site_folders([site.url for site in stored.sites], out)
    formats = tuple(stored.options.get("formats") or ("html", "json"))
    entries: list[PortfolioSite] = []
    reports: dict[str, Report] = {}
    for site in stored.sites:
        report, files = None, {}
        if site.history_run_id and site.finished:
            report, files = write_stored_run(site.history_run_id, folders[site.url], formats, store)
            reports[site.url] = report
        entries.append(site_row(site, report, files, folders[site.url] if report else None, out))
    finished = [site for site in stored.sites if site.finished]
    portfolio = Portfolio(
        kind=stored.kind,
        started_at=_iso(stored),
        finished_at=_iso(stored) if not finished else _now(),
        concurrency=len({site.worker for site in stored.sites if site.worker}) or 1,
        sites=entries,
        exit_code=max((entry.exit_code for entry in entries), default=0),
    )
    write_portfolio(portfolio, reports, out)
    return portfolio


def site_row(
    site: StoredSite, report: Report | None, files: dict[str, Path], folder: Path | None, base: Path
) -> PortfolioSite:
    """A site's portfolio row from its stored result (a pending site: could not check yet)."""
    status = site.status if site.finished and site.status else NOT_CHECKED
    reason = site.reason if site.finished else PENDING[site.started]
    return site_entry(
        site.url,
        host_of(site.url),
        status=status,
        exit_code=site.exit_code if site.exit_code is not None else 2,
        report=report,
        out_dir=folder,
        files=files,
        base=base,
        reason=reason,
        run_id=site.history_run_id,
        seconds=site.seconds,
        attempts=site.attempts,
        drift=SiteDrift(**site.drift) if site.drift else None,
    )


def _iso(stored: StoredPortfolio) -> str:
    return stored.created_at.strftime("%Y-%m-%dT%H:%M:%SZ")


def _now() -> str:
    from crawler.snapshot import now_iso

    return now_iso()
