"""The `prevet` command line (see CONTRACT.md). Errors are one line and exit code 2."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from prevet.cli_help import PlainHelpCommand
from prevet.errors import PrevetError, describe_os_error

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help, as in a terminal, a CI log or a man page
    help="Audit a business's website and SMS registration package the way carrier reviewers do.",
)

RenderMode = ("auto", "always", "never")
_BROKER_HELP = (
    "A task queue (redis://HOST:6379/0, amqp://...): send one task a site to the "
    "`prevet worker`s on it instead of checking here."
)
_NO_WAIT_HELP = "With --broker: queue the sites, print the run id and return at once."
FailOn = ("error", "warning", "never")

# options several commands share, declared once
InteractBudget = Annotated[
    float,
    typer.Option(
        help="Seconds per rendered page spent reaching hidden forms (pop-ups, sign-up buttons, "
        "multi-step forms); it starts again after waiting for a pop-up on a timer; 0 turns it "
        "off.",
        metavar="SECONDS",
    ),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress line; only the summary.")]
SitesFile = Annotated[
    Path | None,
    typer.Option(
        "--sites", help="A file listing sites, one URL a line (# comments).", metavar="FILE"
    ),
]
SitemapUrl = Annotated[
    str | None,
    typer.Option(
        help="A platform's list of client sites (a sitemap or plain list).", metavar="URL"
    ),
]
StoreUrl = Annotated[
    str | None,
    typer.Option(
        help="Where runs are kept (an SQLAlchemy URL; default: SQLite in your data folder).",
        envvar="PREVET_STORE",
        metavar="DB_URL",
    ),
]
SiteBudget = Annotated[
    float, typer.Option(help="Seconds one site may take in a multi-site run.", metavar="SECONDS")
]


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
        raise PrevetError(
            f"--format takes a comma-separated list of {', '.join(FORMATS)}; "
            f"unknown: {', '.join(unknown) or '(empty)'}"
        )
    return chosen


def _page_bytes(megabytes: float) -> int:
    """--max-page-size in bytes. Under one byte it would round to 0, which the crawler reads
    as "no limit": the opposite of what was asked, so it is refused."""
    size = int(megabytes * 1024 * 1024)
    if size < 1:
        raise PrevetError(
            "--max-page-size is in megabytes and must be at least one byte (0.000001)"
        )
    return size


def _print_version(value: bool) -> None:
    if value:
        from prevet import __version__

        typer.echo(f"prevet {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="Print prevet's version and exit.",
            is_eager=True,
            callback=_print_version,
        ),
    ] = False,
) -> None:
    """Audit a business's website and SMS registration package the way carrier reviewers do."""


@app.command(cls=PlainHelpCommand)
def audit(
    urls: Annotated[
        list[str] | None,
        typer.Argument(metavar="URL", help="The website to audit, e.g. example.com (or several)."),
    ] = None,
    campaign: Annotated[
        Path | None,
        typer.Option(
            help="The registration package (YAML/JSON, see docs/campaign.md): also checks the "
            "brand, campaign description, sample messages and replies.",
            metavar="FILE",
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            help="Folder for the reports (default ./prevet-report/<host>/; several sites: "
            "./prevet-report/, a folder per site in it).",
            metavar="DIR",
        ),
    ] = None,
    format: Annotated[
        str,
        typer.Option(
            "--format",
            help="Reports to write, comma-separated: html, json, junit, md "
            "(report.json is always written).",
            metavar="LIST",
        ),
    ] = "html,json",
    max_pages: Annotated[int, typer.Option(help="Stop after this many pages.", metavar="N")] = 200,
    max_depth: Annotated[
        int, typer.Option(help="Follow links this many clicks deep.", metavar="N")
    ] = 6,
    timeout: Annotated[
        float, typer.Option(help="Give up on a page after this many seconds.", metavar="SECONDS")
    ] = 20.0,
    max_page_size: Annotated[
        float, typer.Option(help="Skip pages larger than this.", metavar="MB")
    ] = 5.0,
    render: Annotated[
        str,
        typer.Option(
            help="Which pages to open in a browser: auto (those that need it), always or never.",
            metavar="MODE",
        ),
    ] = "auto",
    interact_budget: InteractBudget = 8.0,
    fail_on: Annotated[
        str,
        typer.Option(
            help="Exit 1 on findings of this severity or worse: error, warning or never.",
            metavar="LEVEL",
        ),
    ] = "error",
    store: StoreUrl = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Do not keep this run.")] = False,
    resolve: Annotated[
        list[str] | None,
        typer.Option(
            help="Send requests for HOST:PORT to ADDRESS, like curl's --resolve (repeatable).",
            metavar="HOST:PORT:ADDRESS",
        ),
    ] = None,
    ignore_robots: Annotated[
        bool, typer.Option(help="Also crawl pages robots.txt disallows.")
    ] = False,
    optin_url: Annotated[
        str | None, typer.Option(help="The opt-in page, when no link leads to it.", metavar="URL")
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            help="Configuration file: suppressions and drift ignore rules (default ./prevet.yaml, "
            "else [tool.prevet] in ./pyproject.toml).",
            metavar="FILE",
        ),
    ] = None,
    quiet: Quiet = False,
    sites: SitesFile = None,
    sitemap: SitemapUrl = None,
    concurrency: Annotated[
        int | None,
        typer.Option(
            help="Sites audited at once in a multi-site run (default: fits the machine).",
            metavar="N",
        ),
    ] = None,
    site_budget: SiteBudget = 300.0,
    broker: Annotated[
        str | None, typer.Option(envvar="PREVET_BROKER", help=_BROKER_HELP, metavar="URL")
    ] = None,
    no_wait: Annotated[bool, typer.Option("--no-wait", help=_NO_WAIT_HELP)] = False,
) -> None:
    """Crawl a site, judge it as a reviewer would, and write report.html and report.json.
    Several sites (URLs, --sites, --sitemap or prevet.yaml's sites:) go to OUT/<host>/ each,
    with OUT/index.html, portfolio.json and junit.xml over all of them."""
    from analyzers.context import AuditOptions
    from crawler.run import CrawlOptions, parse_resolve
    from prevet.audit import AuditRequest, exit_code, run_audit
    from prevet.config import load_config
    from prevet.target import CREDENTIALS_DROPPED, audit_target, optin_target, without_credentials
    from reports.console import ConsoleProgress, print_summary

    _choice(render, RenderMode, "--render")
    _choice(fail_on, FailOn, "--fail-on")
    formats = _formats(format)
    site_list = _site_list(urls or [], sites, sitemap, config)
    if site_list.is_portfolio() or _queued(broker, no_wait):
        raise typer.Exit(_audit_portfolio(site_list, locals()))
    target, had_credentials = audit_target((urls or [""])[0])
    if optin_url:
        optin_url, optin_credentials = without_credentials(optin_url)
        optin_url = optin_target(optin_url, target)
        had_credentials = had_credentials or optin_credentials
    if had_credentials:
        typer.echo(f"prevet: {CREDENTIALS_DROPPED}", err=True)
    if max_pages < 1 or max_depth < 0 or timeout <= 0 or max_page_size <= 0:
        raise PrevetError(
            "--max-pages, --max-depth, --timeout and --max-page-size must be positive"
        )
    if not 0 <= interact_budget <= 120:
        raise PrevetError("--interact-budget must be between 0 and 120 seconds")
    settings = load_config(config)
    loaded_campaign = _load_campaign(campaign) if campaign else None
    crawl = CrawlOptions(
        max_pages=max_pages,
        max_depth=max_depth,
        timeout=timeout,
        max_page_bytes=_page_bytes(max_page_size),
        render=render,
        interact_budget=interact_budget,
        resolve=parse_resolve(resolve or []),
        obey_robots=not ignore_robots,
        extra_urls=[u for u in (optin_url, *_campaign_urls(loaded_campaign)) if u],
    )
    request = AuditRequest(
        target=target,
        crawl=crawl,
        out_dir=out,
        formats=formats,
        campaign=loaded_campaign,
        options=AuditOptions(
            optin_url=optin_url or _campaign_optin(loaded_campaign),
            ignore=settings.ignore_checks,
            suppress=settings.suppressions,
        ),
        store_url=store,
        store=not no_store,
    )
    with ConsoleProgress(enabled=not quiet) as progress:
        outcome = run_audit(request, progress=progress.update)
    print_summary(outcome.report, outcome.files)
    if outcome.snapshot.unreachable:
        _fail(f"{target} could not be reached: {outcome.snapshot.unreachable}")
    raise typer.Exit(exit_code(outcome.report, fail_on))


def _site_list(
    urls: list[str],
    sites: Path | None,
    sitemap: str | None,
    config: Path | None,
    own_listing: bool = False,
) -> Any:
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
            raise PrevetError(
                "name the site to audit: a URL (or several), --sites FILE, "
                "--sitemap URL, or a sites: list in prevet.yaml"
            )
    return given


def _audit_portfolio(site_list: Any, args: dict[str, Any]) -> int:
    """`prevet audit` of several sites, with the options of `audit` (its locals)."""
    from analyzers.context import AuditOptions
    from crawler.run import CrawlOptions, parse_resolve
    from prevet.config import load_config
    from prevet.portfolio_command import audit_portfolio

    if args["campaign"] or args["optin_url"]:
        raise PrevetError("--campaign and --optin-url describe one site; audit it on its own")
    if (
        args["max_pages"] < 1
        or args["max_depth"] < 0
        or args["timeout"] <= 0
        or args["max_page_size"] <= 0
        or args["site_budget"] <= 0
    ):
        raise PrevetError(
            "--max-pages, --max-depth, --timeout, --max-page-size and "
            "--site-budget must be positive"
        )
    if not 0 <= args["interact_budget"] <= 120:
        raise PrevetError("--interact-budget must be between 0 and 120 seconds")
    settings = load_config(args["config"])
    crawl = CrawlOptions(
        max_pages=args["max_pages"],
        max_depth=args["max_depth"],
        timeout=args["timeout"],
        max_page_bytes=_page_bytes(args["max_page_size"]),
        render=args["render"],
        interact_budget=args["interact_budget"],
        resolve=parse_resolve(args["resolve"] or []),
        obey_robots=not args["ignore_robots"],
    )
    return _through(args, audit_portfolio, "audit_through_queue")(
        site_list,
        crawl=crawl,
        out=args["out"],
        formats=args["formats"],
        options=AuditOptions(ignore=settings.ignore_checks, suppress=settings.suppressions),
        store_url=args["store"],
        store=not args["no_store"],
        fail_on=args["fail_on"],
        quiet=args["quiet"],
        concurrency=args["concurrency"],
        budget=args["site_budget"],
        config=settings,
    )


def _queued(broker: str | None, no_wait: bool) -> bool:
    if no_wait and not broker:
        raise PrevetError("--no-wait needs --broker URL (the run goes on in the workers)")
    return bool(broker)


def _through(args: dict[str, Any], local: Any, queued: str) -> Any:
    """The local run, or (with --broker) prevet/distributed/commands.py's `queued`."""
    if not args.get("broker"):
        return local
    from functools import partial

    from prevet.distributed import commands

    return partial(getattr(commands, queued), broker=args["broker"], wait=not args["no_wait"])


def _load_campaign(path: Path) -> Any:
    from analyzers.campaign.model import load_campaign

    return load_campaign(path)


def _campaign_urls(campaign: Any) -> list[str]:
    section = getattr(campaign, "campaign", None)
    return [
        u
        for u in (
            getattr(section, name, None) for name in ("optin_url", "privacy_url", "terms_url")
        )
        if u
    ]


def _campaign_optin(campaign: Any) -> str | None:
    return getattr(getattr(campaign, "campaign", None), "optin_url", None)


@app.command("check-campaign", cls=PlainHelpCommand)
def check_campaign(
    file: Annotated[Path, typer.Argument(help="The campaign file (YAML or JSON).", metavar="FILE")],
    fail_on: Annotated[
        str,
        typer.Option(
            help="Exit 1 on findings of this severity or worse: error, warning or never.",
            metavar="LEVEL",
        ),
    ] = "error",
    format: Annotated[
        str,
        typer.Option(
            "--format",
            help="Output: text (for people) or json (report.json's shape).",
            metavar="FORMAT",
        ),
    ] = "text",
) -> None:
    """Check the registration package alone (no crawl)."""
    _choice(fail_on, FailOn, "--fail-on")
    from prevet.campaign_command import run_check_campaign

    raise typer.Exit(run_check_campaign(file, fail_on=fail_on, output=format))


def _drift_commands() -> Any:
    from prevet import drift_commands

    return drift_commands


@app.command(cls=PlainHelpCommand)
def baseline(
    targets: Annotated[
        list[str] | None,
        typer.Argument(
            help="A site URL (its latest run) or a RUN_ID; several for several sites.",
            metavar="URL|RUN_ID",
        ),
    ] = None,
    store: StoreUrl = None,
    sites: SitesFile = None,
    sitemap: SitemapUrl = None,
    resolve: Annotated[
        list[str] | None,
        typer.Option(
            help="Send requests for HOST:PORT to ADDRESS when fetching --sitemap (repeatable).",
            metavar="HOST:PORT:ADDRESS",
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            help="Configuration file (default ./prevet.yaml): its sites: list.", metavar="FILE"
        ),
    ] = None,
    broker: Annotated[
        str | None, typer.Option(envvar="PREVET_BROKER", help=_BROKER_HELP, metavar="URL")
    ] = None,
    no_wait: Annotated[bool, typer.Option("--no-wait", help=_NO_WAIT_HELP)] = False,
) -> None:
    """Mark a stored audit as the approved baseline."""
    commands = _drift_commands()
    site_list = _site_list(targets or [], sites, sitemap, config)
    if _queued(broker, no_wait):
        from crawler.run import parse_resolve

        raise typer.Exit(
            _through(locals(), None, "baseline_through_queue")(
                site_list, store=store, resolve=parse_resolve(resolve or [])
            )
        )
    if site_list.is_portfolio():
        from crawler.run import parse_resolve
        from prevet.portfolio_command import baseline_many

        raise typer.Exit(
            baseline_many(
                site_list,
                lambda url: commands.baseline(url, store=store),
                parse_resolve(resolve or []),
            )
        )
    raise typer.Exit(commands.baseline((targets or [""])[0], store=store))


@app.command(cls=PlainHelpCommand)
def drift(
    targets: Annotated[
        list[str] | None,
        typer.Argument(
            help="A site URL (several for several sites), or a file listing one URL a line.",
            metavar="URL|FILE",
        ),
    ] = None,
    store: StoreUrl = None,
    out: Annotated[
        Path | None,
        typer.Option(
            help="Folder for the reports (default ./prevet-report/<host>/; one subfolder a site "
            "for several).",
            metavar="DIR",
        ),
    ] = None,
    fail_on: Annotated[
        str,
        typer.Option(
            help="Exit 1 on drift of this severity or worse: error, warning or never.",
            metavar="LEVEL",
        ),
    ] = "warning",
    notify: Annotated[
        str | None,
        typer.Option(
            help="Tell someone: a webhook URL (JSON is POSTed to it) or an Apprise URL such as "
            "slack://..., mailto://... (drift, and sites that could not be checked).",
            metavar="URL",
        ),
    ] = None,
    report_url: Annotated[
        str | None,
        typer.Option(
            help="Base URL where the --out folder is published: notifications link to the "
            "reports there.",
            metavar="URL",
        ),
    ] = None,
    resolve: Annotated[
        list[str] | None,
        typer.Option(
            help="Send requests for HOST:PORT to ADDRESS, like curl's --resolve (repeatable).",
            metavar="HOST:PORT:ADDRESS",
        ),
    ] = None,
    render: Annotated[
        str,
        typer.Option(
            help="Which pages to open in a browser: auto, always or never.", metavar="MODE"
        ),
    ] = "auto",
    max_pages: Annotated[
        int, typer.Option(help="Stop after this many pages a site.", metavar="N")
    ] = 200,
    interact_budget: InteractBudget = 8.0,
    concurrency: Annotated[
        int | None,
        typer.Option(
            help="Sites checked at once (default: 2 for a listing file, else fits the machine).",
            metavar="N",
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            help="Configuration file: suppressions and drift ignore rules (default ./prevet.yaml).",
            metavar="FILE",
        ),
    ] = None,
    sites: SitesFile = None,
    sitemap: SitemapUrl = None,
    site_budget: SiteBudget = 300.0,
    quiet: Quiet = False,
    notice_file: Annotated[
        Path | None,
        typer.Option(
            hidden=True,
            help="Write the notice here instead of sending it (for a list's run).",
            metavar="FILE",
        ),
    ] = None,
    broker: Annotated[
        str | None, typer.Option(envvar="PREVET_BROKER", help=_BROKER_HELP, metavar="URL")
    ] = None,
    no_wait: Annotated[bool, typer.Option("--no-wait", help=_NO_WAIT_HELP)] = False,
) -> None:
    """Re-crawl, compare with the approved baseline and report drift."""
    _choice(fail_on, FailOn, "--fail-on")
    _choice(render, RenderMode, "--render")
    queued = _queued(broker, no_wait)
    site_list = _site_list(targets or [], sites, sitemap, config, own_listing=not queued)
    if site_list.is_portfolio() or queued:
        raise typer.Exit(_drift_portfolio(site_list, locals()))
    raise typer.Exit(
        _drift_commands().drift(
            (targets or [""])[0],
            store=store,
            out=out,
            fail_on=fail_on,
            notify=notify,
            report_url=report_url,
            resolve=resolve or [],
            render=render,
            max_pages=max_pages,
            concurrency=concurrency or 2,
            config=config,
            notice_file=notice_file,
            interact_budget=interact_budget,
            quiet=quiet,
        )
    )


def _drift_portfolio(site_list: Any, args: dict[str, Any]) -> int:
    """`prevet drift` of several sites, with the options of `drift` (its locals)."""
    from crawler.run import CrawlOptions, parse_resolve
    from prevet.config import load_config
    from prevet.drift import DriftSettings
    from prevet.portfolio_command import DEFAULT_OUT, drift_portfolio

    if args["max_pages"] < 1 or args["site_budget"] <= 0:
        raise PrevetError("--max-pages and --site-budget must be positive")
    if not 0 <= args["interact_budget"] <= 120:
        raise PrevetError("--interact-budget must be between 0 and 120 seconds")
    settings = DriftSettings(
        store=args["store"],
        out=args["out"] or DEFAULT_OUT,
        fail_on=args["fail_on"],
        render=args["render"],
        max_pages=args["max_pages"],
        resolve=args["resolve"] or [],
        config=load_config(args["config"]),
        interact_budget=args["interact_budget"],
    )
    crawl = CrawlOptions(render=args["render"], resolve=parse_resolve(args["resolve"] or []))
    return _through(args, drift_portfolio, "drift_through_queue")(
        site_list,
        settings=settings,
        crawl=crawl,
        concurrency=args["concurrency"],
        budget=args["site_budget"],
        notify=args["notify"],
        quiet=args["quiet"],
    )


@app.command(cls=PlainHelpCommand)
def history(
    target: Annotated[
        str | None,
        typer.Argument(
            help="A site URL: its runs. Without it: every site, with its latest run.", metavar="URL"
        ),
    ] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many rows.", metavar="N")] = 20,
    json_output: Annotated[
        bool, typer.Option("--json", help="Print JSON instead of a table.")
    ] = False,
    store: StoreUrl = None,
) -> None:
    """Past runs of a site, newest first (or every site stored)."""
    if limit < 1:
        raise PrevetError("--limit must be at least 1")
    raise typer.Exit(
        _drift_commands().history(target, store=store, limit=limit, as_json=json_output)
    )


@app.command("report", cls=PlainHelpCommand)
def report_command(
    run_id: Annotated[
        str,
        typer.Argument(
            help="A stored run's id (or its first characters), as `prevet history` lists them.",
            metavar="RUN_ID",
        ),
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            help="Folder for the reports (default ./prevet-report/<host>-<RUN_ID>/).", metavar="DIR"
        ),
    ] = None,
    format: Annotated[
        str,
        typer.Option(
            "--format",
            help="Reports to write, comma-separated: html, json, junit, md.",
            metavar="LIST",
        ),
    ] = "html,json",
    store: StoreUrl = None,
) -> None:
    """Write a stored run's reports again (HTML, JSON, ...), with this version's layout."""
    from prevet.report_command import rerender

    raise typer.Exit(rerender(run_id, out=out, formats=_formats(format), store=store))


@app.command(cls=PlainHelpCommand)
def worker(
    broker: Annotated[
        str,
        typer.Option(
            envvar="PREVET_BROKER", metavar="URL", help="The task queue to take sites from."
        ),
    ],
    store: Annotated[
        str | None,
        typer.Option(
            envvar="PREVET_STORE",
            metavar="DB_URL",
            help="The store results go to (PostgreSQL for a cluster), shared with whoever queues.",
        ),
    ] = None,
    concurrency: Annotated[
        int | None,
        typer.Option(
            metavar="N",
            help="Worker processes, each with its own browser (default: one a core, "
            "as many as the free memory holds).",
        ),
    ] = None,
    per_domain: Annotated[
        int,
        typer.Option(
            metavar="N",
            help="Requests at once per registrable domain across every worker of "
            "a Redis broker (0: no limit).",
        ),
    ] = 2,
    visibility_timeout: Annotated[
        float | None,
        typer.Option(
            metavar="SECONDS",
            help="A site held by a worker that vanished goes to another after "
            "this long (Redis; keep it above the longest site's hard limit; default 900).",
        ),
    ] = None,
    resolve: Annotated[
        list[str] | None,
        typer.Option(
            help="Send requests for HOST:PORT to ADDRESS, like curl's --resolve (repeatable).",
            metavar="HOST:PORT:ADDRESS",
        ),
    ] = None,
    name: Annotated[
        str | None,
        typer.Option(metavar="NAME", help="This worker's node name (default prevet-PID@HOST)."),
    ] = None,
) -> None:
    """Run a worker of a task queue: audits the sites `audit/drift/baseline --broker` queue."""
    from crawler.run import parse_resolve
    from prevet.distributed.commands import worker as run_worker

    raise typer.Exit(
        run_worker(
            broker=broker,
            store=store,
            concurrency=concurrency,
            resolve=parse_resolve(resolve or []),
            per_domain=per_domain,
            visibility_timeout=visibility_timeout,
            name=name,
        )
    )


@app.command("portfolio", cls=PlainHelpCommand)
def portfolio_command(
    run_id: Annotated[
        str,
        typer.Argument(
            help="A queued portfolio run's id (or its first "
            "characters), as `--no-wait` printed it.",
            metavar="RUN_ID",
        ),
    ],
    store: StoreUrl = None,
    out: Annotated[
        Path | None,
        typer.Option(
            help="Folder for the portfolio and each site's reports (default ./prevet-report/).",
            metavar="DIR",
        ),
    ] = None,
) -> None:
    """Write a queued portfolio run's reports from the store (index.html, one folder a site)."""
    from prevet.distributed.commands import portfolio

    raise typer.Exit(portfolio(run_id, store=store, out=out))


def _usage_error(exc: Exception) -> str | None:
    """A usage mistake click reports ("No such command", a bad option value), as one line.
    Typer bundles its own copy of click (typer._click) besides the click package, so the class
    is told by click's exception interface rather than by one import."""
    format_message = getattr(exc, "format_message", None)
    return format_message() if callable(format_message) else None


def _aborted(exc: Exception) -> bool:
    """Click's Abort (Ctrl-C or end of input at a prompt)."""
    import click

    return isinstance(exc, (click.exceptions.Abort, typer.Abort))


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
        if (usage := _usage_error(exc)) is not None:
            typer.echo(f"prevet: {usage}", err=True)
            return 2
        if _aborted(exc):
            typer.echo("prevet: aborted", err=True)
            return 130
        if isinstance(exc, OSError):  # a file or folder of the user's machine, not a bug
            typer.echo(f"prevet: {describe_os_error(exc)}", err=True)
            return 2
        logging.getLogger("prevet").debug("unexpected error", exc_info=True)
        typer.echo(
            f"prevet: internal error (a bug in prevet: please report it with the command "
            f"you ran): {type(exc).__name__}: {exc}",
            err=True,
        )
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
