"""The `history`, `baseline` and `drift` commands (CONTRACT.md): arguments in, exit code out.

`drift` takes one URL, or a file listing URLs (one a line, # comments); a list is checked with
bounded concurrency, each site in its own process so one crashed crawl cannot take the others
down. Exit codes: 0 no drift at or above --fail-on, 1 drift, 2 could not run or could not check.
"""

from __future__ import annotations

import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from prevet.errors import PrevetError
from prevet.sites import read_url_list

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_RUN_ID = re.compile(r"^[0-9a-f]{4,32}$")


def _console() -> Console:
    return Console(highlight=False, soft_wrap=True)


def _site_url(target: str) -> str:
    from crawler.urls import start_url

    try:
        return start_url(target)
    except ValueError as exc:
        raise PrevetError(str(exc)) from exc


# --- history -------------------------------------------------------------------------------

def history(target: str, store: str | None = None) -> int:
    from prevet.store import list_runs

    runs = list_runs(_site_url(target), store)
    out = _console()
    if not runs:
        out.print(f"No stored runs for {escape(target)}.")
        return 0
    out.print(f"{'RUN':<12}  {'FINISHED':<20}  {'KIND':<5}  {'VERDICT':<13}  "
              f"{'ERR':>3} {'WARN':>4} {'INFO':>4} {'REV':>3} {'PAGES':>5}  NOTE")
    for run in runs:
        notes = []
        if run.is_baseline:
            notes.append("baseline")
        if run.drift_changes is not None and run.verdict != "not_checked":
            notes.append(f"{run.drift_changes} drift change(s)")
        if run.unreachable:
            notes.append(f"unreachable: {run.unreachable}")
        out.print(f"{run.id:<12}  {run.finished_at:<20}  {run.kind:<5}  {run.verdict:<13}  "
                  f"{run.errors:>3} {run.warnings:>4} {run.infos:>4} {run.needs_review:>3} "
                  f"{run.pages:>5}  {escape(', '.join(notes))}")
    return 0


# --- baseline ------------------------------------------------------------------------------

def baseline(target: str, store: str | None = None) -> int:
    """Approve a run: a RUN_ID (or a unique prefix of one), else the site's latest run."""
    from prevet.store import find_run, list_runs, set_baseline

    run = find_run(target, store) if _RUN_ID.match(target.strip().lower()) else None
    if run is None:
        if _RUN_ID.match(target.strip().lower()) and "." not in target:
            raise PrevetError(f"no stored run {target!r}")
        runs = list_runs(_site_url(target), store)
        if not runs:
            raise PrevetError(f"no stored runs for {target}: run `prevet audit {target}` first")
        usable = [r for r in runs if r.usable_as_baseline]
        if not usable:
            raise PrevetError(f"no run of {target} saw the site (all were unreachable or not "
                              "checked); audit it again when it is up")
        run = usable[0]
    elif not run.usable_as_baseline:
        raise PrevetError(f"run {run.id} did not see the site ({run.unreachable or run.verdict}) "
                          "and cannot be a baseline")
    approved = set_baseline(run.id, store)
    _console().print(f"Baseline for {escape(approved.site)}: run {approved.id} "
                     f"({approved.kind}, finished {approved.finished_at}, verdict "
                     f"{approved.verdict}, {approved.pages} pages).")
    return 0


# --- drift ---------------------------------------------------------------------------------

def drift(target: str, *, store: str | None = None, out: Path | None = None,
          fail_on: str = "warning", notify: str | None = None, resolve: list[str] | None = None,
          render: str = "auto", max_pages: int = 200, concurrency: int = 2,
          config: Path | None = None) -> int:
    from prevet.config import load_config

    settings_file = load_config(config)  # a bad file fails now, not once per site
    if max_pages < 1 or concurrency < 1:
        raise PrevetError("--max-pages and --concurrency must be at least 1")
    listing = Path(target)
    if listing.is_file():
        urls = read_url_list(listing)
        return _drift_many(urls, store=store, out=out, fail_on=fail_on, notify=notify,
                           resolve=resolve or [], render=render, max_pages=max_pages,
                           concurrency=concurrency, config=config)
    from prevet.drift import DriftSettings, notification, post_notification, run_drift

    settings = DriftSettings(store=store, out=out, fail_on=fail_on, render=render,
                             max_pages=max_pages, resolve=resolve or [], config=settings_file)
    outcome = run_drift(_site_url(target), settings)
    print_drift(outcome)
    if notify and outcome.status == "drift":
        try:
            post_notification(notify, notification(outcome))
        except PrevetError as exc:  # drift was found: say so, and say the webhook failed
            print(f"prevet: {exc}", file=sys.stderr)
    return outcome.exit_code


def _drift_many(urls: list[str], *, store: str | None, out: Path | None, fail_on: str,
                notify: str | None, resolve: list[str], render: str, max_pages: int,
                concurrency: int, config: Path | None) -> int:
    """Each site in its own `prevet drift` process, `concurrency` at a time."""
    from prevet.store import engine_for, resolve_url, site_key

    store_url = resolve_url(store)
    engine_for(store_url)  # create / migrate the store once, before the children race to

    def one(url: str) -> tuple[str, int, str]:
        args = [sys.executable, "-m", "prevet.cli", "drift", url, "--store", store_url,
                "--fail-on", fail_on, "--render", render, "--max-pages", str(max_pages)]
        if out is not None:
            try:
                args += ["--out", str(out / site_key(_site_url(url)).replace(":", "_"))]
            except PrevetError as exc:  # one bad line must not stop the other sites
                return url, 2, f"prevet: {exc}"
        if notify:
            args += ["--notify", notify]
        if config is not None:
            args += ["--config", str(config)]
        for entry in resolve:
            args += ["--resolve", entry]
        proc = subprocess.run(args, capture_output=True, text=True)
        return url, proc.returncode, (proc.stdout + proc.stderr).rstrip()

    out_console = _console()
    codes: list[int] = []
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        for url, code, text in pool.map(one, urls):
            codes.append(code)
            word = {0: "no drift", 1: "DRIFT"}.get(code, "could not check")
            out_console.print(f"[bold]== {escape(url)}: {word}[/bold]")
            out_console.print(escape(text), highlight=False)
    out_console.print(f"{len(urls)} site(s): {codes.count(1)} with drift, "
                      f"{sum(c not in (0, 1) for c in codes)} could not be checked, "
                      f"{codes.count(0)} unchanged.")
    if 1 in codes:
        return 1
    return 2 if any(c != 0 for c in codes) else 0


def print_drift(outcome) -> None:  # noqa: ANN001 - prevet.drift.DriftOutcome (lazy import)
    out = _console()
    baseline = outcome.baseline
    since = f" since baseline {baseline.id} ({baseline.finished_at})" if baseline else ""
    if outcome.status == "not_checked":
        out.print(f"[bold]{escape(outcome.target)}[/bold]: [bold yellow]could not check"
                  f"[/]{escape(since)}: {escape(outcome.reason)}")
    else:
        changes = outcome.changes
        head = "no drift" if not changes else f"{len(changes)} change(s)"
        style = "bold green" if not changes else "bold red"
        out.print(f"[bold]{escape(outcome.target)}[/bold]: [{style}]{head}[/]{escape(since)}")
        for change in changes:
            style = SEVERITY_STYLE.get(change["severity"], "")
            out.print(f"  [{style}]{change['severity']:<7}[/] {escape(change['check'])} "
                      f"{escape(change['url'])}")
            out.print(f"          {escape(change['message'])}")
            if change.get("old"):
                out.print(f"          [red]- {escape(change['old'])}[/]")
            if change.get("new"):
                out.print(f"          [green]+ {escape(change['new'])}[/]")
        if outcome.reason:
            out.print(f"  [yellow]{escape(outcome.reason)}[/]")
    report = outcome.files.get("html") or outcome.files.get("json")
    if report:
        out.print(f"Report: {escape(str(report))}")
