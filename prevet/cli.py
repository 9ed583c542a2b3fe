"""The `prevet` command line (see CONTRACT.md). Errors are one line and exit code 2."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from prevet.errors import PrevetError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Audit a business's website and SMS registration package the way carrier reviewers do.",
)

RenderMode = ("auto", "always", "never")
FailOn = ("error", "warning", "never")


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"prevet: {message}", err=True)
    raise typer.Exit(code)


def _choice(value: str, allowed: tuple[str, ...], option: str) -> str:
    if value not in allowed:
        raise PrevetError(f"{option} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _formats(value: str) -> tuple[str, ...]:
    from prevet.audit import FORMATS

    chosen = tuple(f.strip().lower() for f in value.split(",") if f.strip())
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise PrevetError(f"--format takes a comma-separated list of {', '.join(FORMATS)}; "
                          f"unknown: {', '.join(unknown) or '(empty)'}")
    return chosen


@app.command()
def audit(
    urls: Annotated[list[str] | None, typer.Argument(
        metavar="URL", help="The website to audit, e.g. example.com (or several).")] = None,
    campaign: Annotated[Path | None, typer.Option(help="Campaign file (YAML/JSON).")] = None,
    out: Annotated[Path | None, typer.Option(
        help="Report folder (default ./prevet-report/<host>/; several sites: ./prevet-report/, "
             "a folder per site in it).")] = None,
    format: Annotated[str, typer.Option("--format", help="html,json,junit,md")] = "html,json",
    max_pages: Annotated[int, typer.Option(help="Stop after this many pages.")] = 200,
    max_depth: Annotated[int, typer.Option(help="Follow links this many clicks deep.")] = 6,
    timeout: Annotated[float, typer.Option(help="Seconds per page.")] = 20.0,
    max_page_size: Annotated[float, typer.Option(help="Skip pages larger than this (MB).")] = 5.0,
    render: Annotated[str, typer.Option(help="auto, always or never.")] = "auto",
    fail_on: Annotated[str, typer.Option(help="error, warning or never.")] = "error",
    store: Annotated[str | None, typer.Option(help="History store (SQLAlchemy URL).",
                                              envvar="PREVET_STORE")] = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Do not keep this run.")] = False,
    resolve: Annotated[list[str] | None, typer.Option(
        help="HOST:PORT:ADDRESS, like curl's --resolve (repeatable).")] = None,
    ignore_robots: Annotated[bool, typer.Option(help="Crawl pages robots.txt disallows.")] = False,
    optin_url: Annotated[str | None, typer.Option(help="The opt-in page, if not linked.")] = None,
    config: Annotated[Path | None, typer.Option(help="Configuration file (YAML).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary.")] = False,
    sites: Annotated[Path | None, typer.Option(
        "--sites", help="A file listing sites to audit, one URL a line (# comments).")] = None,
    sitemap: Annotated[str | None, typer.Option(
        help="A platform's list of client sites (a sitemap or plain list) to audit.")] = None,
    concurrency: Annotated[int | None, typer.Option(
        help="Sites audited at once in a multi-site run (default: fits the machine).")] = None,
    site_budget: Annotated[float, typer.Option(
        help="Seconds one site may take in a multi-site run.")] = 300.0,
) -> None:
    """Crawl a site, judge it as a reviewer would, and write report.html and report.json.
    Several sites (URLs, --sites, --sitemap or prevet.yaml's sites:) go to OUT/<host>/ each,
    with OUT/index.html, portfolio.json and junit.xml over all of them."""
    from analyzers.context import AuditOptions
    from crawler.run import CrawlOptions, parse_resolve
    from crawler.urls import start_url
    from prevet.audit import AuditRequest, exit_code, run_audit
    from prevet.config import load_config
    from reports.console import ConsoleProgress, print_summary

    _choice(render, RenderMode, "--render")
    _choice(fail_on, FailOn, "--fail-on")
    formats = _formats(format)
    site_list = _site_list(urls or [], sites, sitemap, config)
    if site_list.is_portfolio():
        raise typer.Exit(_audit_portfolio(site_list, locals()))
    url = (urls or [""])[0]
    try:
        target = start_url(url)
    except ValueError as exc:
        raise PrevetError(str(exc)) from exc
    if max_pages < 1 or max_depth < 0 or timeout <= 0 or max_page_size <= 0:
        raise PrevetError("--max-pages, --max-depth, --timeout and --max-page-size must be "
                          "positive")
    settings = load_config(config)
    loaded_campaign = _load_campaign(campaign) if campaign else None
    crawl = CrawlOptions(
        max_pages=max_pages, max_depth=max_depth, timeout=timeout,
        max_page_bytes=int(max_page_size * 1024 * 1024), render=render,
        resolve=parse_resolve(resolve or []), obey_robots=not ignore_robots,
        extra_urls=[u for u in (optin_url, *_campaign_urls(loaded_campaign)) if u],
    )
    request = AuditRequest(
        target=target, crawl=crawl, out_dir=out, formats=formats, campaign=loaded_campaign,
        options=AuditOptions(optin_url=optin_url or _campaign_optin(loaded_campaign),
                             ignore=settings.ignore_checks),
        store_url=store, store=not no_store,
    )
    with ConsoleProgress(enabled=not quiet) as progress:
        outcome = run_audit(request, progress=progress.update)
    print_summary(outcome.report, outcome.files)
    if outcome.snapshot.unreachable:
        _fail(f"{target} could not be reached: {outcome.snapshot.unreachable}")
    raise typer.Exit(exit_code(outcome.report, fail_on))


def _site_list(urls: list[str], sites: Path | None, sitemap: str | None,
               config: Path | None, own_listing: bool = False) -> Any:
    """Where the sites of a run come from; prevet.yaml's `sites:` only when none is named.
    One argument naming a file is a listing (--sites), unless the command reads listings
    itself (`own_listing`: `prevet drift sites.txt`, each site in a process, as before)."""
    from prevet.portfolio_command import SiteList

    given = SiteList(urls=urls, sites_file=sites, sitemap=sitemap)
    if len(urls) == 1 and Path(urls[0]).is_file() and not sites and not sitemap:
        return given if own_listing else SiteList(sites_file=Path(urls[0]))
    if not urls and not sites and not sitemap:
        from prevet.config import load_config

        given.config_sites = load_config(config).sites
        if not given.config_sites:
            raise PrevetError("name the site to audit: a URL (or several), --sites FILE, "
                              "--sitemap URL, or a sites: list in prevet.yaml")
    return given


def _audit_portfolio(site_list: Any, args: dict[str, Any]) -> int:
    """`prevet audit` of several sites, with the options of `audit` (its locals)."""
    from analyzers.context import AuditOptions
    from crawler.run import CrawlOptions, parse_resolve
    from prevet.config import load_config
    from prevet.portfolio_command import audit_portfolio

    if args["campaign"] or args["optin_url"]:
        raise PrevetError("--campaign and --optin-url describe one site; audit it on its own")
    if (args["max_pages"] < 1 or args["max_depth"] < 0 or args["timeout"] <= 0
            or args["max_page_size"] <= 0 or args["site_budget"] <= 0):
        raise PrevetError("--max-pages, --max-depth, --timeout, --max-page-size and "
                          "--site-budget must be positive")
    settings = load_config(args["config"])
    crawl = CrawlOptions(
        max_pages=args["max_pages"], max_depth=args["max_depth"], timeout=args["timeout"],
        max_page_bytes=int(args["max_page_size"] * 1024 * 1024), render=args["render"],
        resolve=parse_resolve(args["resolve"] or []), obey_robots=not args["ignore_robots"])
    return audit_portfolio(
        site_list, crawl=crawl, out=args["out"], formats=args["formats"],
        options=AuditOptions(ignore=settings.ignore_checks), store_url=args["store"],
        store=not args["no_store"], fail_on=args["fail_on"], quiet=args["quiet"],
        concurrency=args["concurrency"], budget=args["site_budget"], config=settings)


def _load_campaign(path: Path) -> Any:
    try:
        from analyzers.campaign.model import load_campaign
    except ImportError as exc:
        raise PrevetError("campaign files are not supported by this build") from exc
    return load_campaign(path)


def _campaign_urls(campaign: Any) -> list[str]:
    section = getattr(campaign, "campaign", None)
    return [u for u in (getattr(section, name, None) for name in
                        ("optin_url", "privacy_url", "terms_url")) if u]


def _campaign_optin(campaign: Any) -> str | None:
    return getattr(getattr(campaign, "campaign", None), "optin_url", None)


@app.command("check-campaign")
def check_campaign(
    file: Annotated[Path, typer.Argument(help="The campaign file (YAML or JSON).")],
    fail_on: Annotated[str, typer.Option(help="error, warning or never.")] = "error",
    format: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Check the registration package alone (no crawl)."""
    _choice(fail_on, FailOn, "--fail-on")
    try:
        from prevet.campaign_command import run_check_campaign
    except ImportError as exc:
        raise PrevetError("campaign checks are not available in this build") from exc
    raise typer.Exit(run_check_campaign(file, fail_on=fail_on, output=format))


def _drift_commands() -> Any:
    try:
        from prevet import drift_commands
    except ImportError as exc:
        raise PrevetError("history and drift are not available in this build") from exc
    return drift_commands


@app.command()
def baseline(
    targets: Annotated[list[str] | None, typer.Argument(
        help="A site URL (its latest run) or a RUN_ID; several for several sites.")] = None,
    store: Annotated[str | None, typer.Option(envvar="PREVET_STORE")] = None,
    sites: Annotated[Path | None, typer.Option(
        "--sites", help="A file listing sites, one URL a line (# comments).")] = None,
    sitemap: Annotated[str | None, typer.Option(
        help="A platform's list of client sites (a sitemap or plain list).")] = None,
    resolve: Annotated[list[str] | None, typer.Option(
        help="HOST:PORT:ADDRESS, for fetching --sitemap.")] = None,
    config: Annotated[Path | None, typer.Option(help="Configuration file (YAML).")] = None,
) -> None:
    """Mark a stored audit as the approved baseline."""
    commands = _drift_commands()
    site_list = _site_list(targets or [], sites, sitemap, config)
    if site_list.is_portfolio():
        from crawler.run import parse_resolve
        from prevet.portfolio_command import baseline_many

        raise typer.Exit(baseline_many(site_list, lambda url: commands.baseline(url, store=store),
                                       parse_resolve(resolve or [])))
    raise typer.Exit(commands.baseline((targets or [""])[0], store=store))


@app.command()
def drift(
    targets: Annotated[list[str] | None, typer.Argument(
        help="A site URL (several for several sites), or a file listing one URL a line.")] = None,
    store: Annotated[str | None, typer.Option(envvar="PREVET_STORE")] = None,
    out: Annotated[Path | None, typer.Option()] = None,
    fail_on: Annotated[str, typer.Option(help="error, warning or never.")] = "warning",
    notify: Annotated[str | None, typer.Option(help="Webhook URL to POST a summary to.")] = None,
    resolve: Annotated[list[str] | None, typer.Option(help="HOST:PORT:ADDRESS.")] = None,
    render: Annotated[str, typer.Option(help="auto, always or never.")] = "auto",
    max_pages: Annotated[int, typer.Option()] = 200,
    concurrency: Annotated[int | None, typer.Option(
        help="Sites checked at once (default: 2 for a listing file, else fits the machine).")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="Configuration file (YAML).")] = None,
    sites: Annotated[Path | None, typer.Option(
        "--sites", help="A file listing sites, one URL a line (# comments).")] = None,
    sitemap: Annotated[str | None, typer.Option(
        help="A platform's list of client sites (a sitemap or plain list).")] = None,
    site_budget: Annotated[float, typer.Option(
        help="Seconds one site may take in a multi-site run.")] = 300.0,
) -> None:
    """Re-crawl, compare with the approved baseline and report drift."""
    _choice(fail_on, FailOn, "--fail-on")
    _choice(render, RenderMode, "--render")
    site_list = _site_list(targets or [], sites, sitemap, config, own_listing=True)
    if site_list.is_portfolio():
        raise typer.Exit(_drift_portfolio(site_list, locals()))
    raise typer.Exit(_drift_commands().drift(
        (targets or [""])[0], store=store, out=out, fail_on=fail_on, notify=notify,
        resolve=resolve or [], render=render, max_pages=max_pages,
        concurrency=concurrency or 2, config=config))


def _drift_portfolio(site_list: Any, args: dict[str, Any]) -> int:
    """`prevet drift` of several sites, with the options of `drift` (its locals)."""
    from crawler.run import CrawlOptions, parse_resolve
    from prevet.config import load_config
    from prevet.drift import DriftSettings
    from prevet.portfolio_command import DEFAULT_OUT, drift_portfolio

    if args["max_pages"] < 1 or args["site_budget"] <= 0:
        raise PrevetError("--max-pages and --site-budget must be positive")
    settings = DriftSettings(store=args["store"], out=args["out"] or DEFAULT_OUT,
                             fail_on=args["fail_on"], render=args["render"],
                             max_pages=args["max_pages"], resolve=args["resolve"] or [],
                             config=load_config(args["config"]))
    crawl = CrawlOptions(render=args["render"], resolve=parse_resolve(args["resolve"] or []))
    return drift_portfolio(site_list, settings=settings, crawl=crawl,
                           concurrency=args["concurrency"], budget=args["site_budget"],
                           notify=args["notify"])


@app.command()
def history(
    target: Annotated[str, typer.Argument(help="A site URL.")],
    store: Annotated[str | None, typer.Option(envvar="PREVET_STORE")] = None,
) -> None:
    """Past runs of a site, newest first."""
    raise typer.Exit(_drift_commands().history(target, store=store))


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        result = app(args=argv, standalone_mode=False)
    except PrevetError as exc:
        typer.echo(f"prevet: {exc}", err=True)
        return exc.exit_code
    except typer.Exit as exc:
        return exc.exit_code
    except KeyboardInterrupt:
        typer.echo("prevet: interrupted", err=True)
        return 130
    except Exception as exc:  # click's usage errors and anything unforeseen: one line
        import click

        if isinstance(exc, click.exceptions.ClickException):
            typer.echo(f"prevet: {exc.format_message()}", err=True)
            return 2
        if isinstance(exc, click.exceptions.Abort):
            typer.echo("prevet: aborted", err=True)
            return 130
        logging.getLogger("prevet").debug("unexpected error", exc_info=True)
        typer.echo(f"prevet: internal error: {type(exc).__name__}: {exc}", err=True)
        return 2
    return result if isinstance(result, int) else 0


def run() -> None:
    """The `prevet` command: main(), then exit without tearing the interpreter down, which
    takes a quarter of a second once spaCy is loaded. Everything is written by then; open
    store connections are closed first."""
    code = main()
    if "prevet.store.engine" in sys.modules:
        sys.modules["prevet.store.engine"].forget_engines()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
