"""The `history`, `baseline` and `drift` commands (CONTRACT.md): arguments in, exit code out.

`drift` takes one URL, or a file listing URLs (one a line, # comments); a list is checked with
bounded concurrency, each site in its own process so one crashed crawl cannot take the others
down. Exit codes: 0 no drift at or above --fail-on, 1 drift, 2 could not run or could not check.
"""

from __future__ import annotations

import json
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
    from reports.console import console

    return console()


def _site_url(target: str) -> str:
    from crawler.urls import start_url

    try:
        return start_url(target)
    except ValueError as exc:
        raise PrevetError(str(exc)) from exc


# --- history -------------------------------------------------------------------------------


def history(
    target: str | None, store: str | None = None, *, limit: int = 20, as_json: bool = False
) -> int:
    """A site's runs, newest first; without a target, every stored site and its latest run."""
    from prevet.store import list_runs, list_sites

    if target is None:
        sites = list_sites(store)[:limit]
        if as_json:
            print(
                json.dumps(
                    [
                        {
                            "site": s.site,
                            "runs": s.runs,
                            "baseline_run": s.baseline_id,
                            "latest": _run_dict(s.latest),
                        }
                        for s in sites
                    ],
                    indent=2,
                )
            )
            return 0
        out = _console()
        if not sites:
            out.print("No stored runs yet: `prevet audit URL` keeps one.")
            return 0
        out.print(
            f"{'SITE':<32}  {'RUNS':>4}  {'LATEST':<12}  {'FINISHED':<20}  {'KIND':<5}  "
            f"{'VERDICT':<13}  BASELINE"
        )
        for s in sites:
            run = s.latest
            verdict = "unreachable" if run.unreachable else run.verdict
            out.print(
                f"{escape(s.site):<32}  {s.runs:>4}  {run.id:<12}  {run.finished_at:<20}  "
                f"{run.kind:<5}  {verdict:<13}  {s.baseline_id or '-'}"
            )
        return 0
    runs = list_runs(_site_url(target), store)[:limit]
    if as_json:
        print(json.dumps([_run_dict(run) for run in runs], indent=2))
        return 0
    out = _console()
    if not runs:
        out.print(f"No stored runs for {escape(target)}.")
        return 0
    out.print(
        f"{'RUN':<12}  {'FINISHED':<20}  {'KIND':<5}  {'VERDICT':<13}  "
        f"{'ERR':>3} {'WARN':>4} {'INFO':>4} {'REV':>3} {'PAGES':>5}  NOTE"
    )
    for run in runs:
        notes = []
        if run.is_baseline:
            notes.append("baseline")
        if run.drift_changes is not None and run.verdict != "not_checked":
            notes.append(f"{run.drift_changes} drift change(s)")
        if run.unreachable:
            notes.append(f"unreachable: {run.unreachable}")
        out.print(
            f"{run.id:<12}  {run.finished_at:<20}  {run.kind:<5}  {run.verdict:<13}  "
            f"{run.errors:>3} {run.warnings:>4} {run.infos:>4} {run.needs_review:>3} "
            f"{run.pages:>5}  {escape(', '.join(notes))}"
        )
    return 0


def _run_dict(run) -> dict:  # noqa: ANN001 - prevet.store.RunSummary (lazy import)
    from dataclasses import asdict

    return asdict(run)


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
            raise PrevetError(
                f"no run of {target} saw the site (all were unreachable or not "
                "checked); audit it again when it is up"
            )
        run = usable[0]
    elif not run.usable_as_baseline:
        raise PrevetError(
            f"run {run.id} did not see the site ({run.unreachable or run.verdict}) "
            "and cannot be a baseline"
        )
    approved = set_baseline(run.id, store)
    _console().print(
        f"Baseline for {escape(approved.site)}: run {approved.id} "
        f"({approved.kind}, finished {approved.finished_at}, verdict "
        f"{approved.verdict}, {approved.pages} pages)."
    )
    return 0


# --- drift ---------------------------------------------------------------------------------


def drift(
    target: str,
    *,
    store: str | None = None,
    out: Path | None = None,
    fail_on: str = "warning",
    notify: str | None = None,
    resolve: list[str] | None = None,
    render: str = "auto",
    max_pages: int = 200,
    concurrency: int = 2,
    config: Path | None = None,
    report_url: str | None = None,
    notice_file: Path | None = None,
    interact_budget: float = 8.0,
    quiet: bool = False,
) -> int:
    """Drift of one site, or of every site a file lists. `notice_file` (used by the parent of a
    list) receives the site's notice as JSON instead of it being sent. One site's crawl shows
    audit's progress line on a terminal, unless `quiet`."""
    from prevet.config import load_config
    from prevet.notify import check_destination

    settings_file = load_config(config)  # a bad file fails now, not once per site
    if max_pages < 1 or concurrency < 1:
        raise PrevetError("--max-pages and --concurrency must be at least 1")
    if not 0 <= interact_budget <= 120:
        raise PrevetError("--interact-budget must be between 0 and 120 seconds")
    if notify:
        check_destination(notify)  # a mistyped destination fails before any crawl
    listing = Path(target)
    if listing.is_file():
        urls = _without_credentials(read_url_list(listing))
        return _drift_many(
            urls,
            store=store,
            out=out,
            fail_on=fail_on,
            notify=notify,
            resolve=resolve or [],
            render=render,
            max_pages=max_pages,
            concurrency=concurrency,
            config=config,
            report_url=report_url,
            interact_budget=interact_budget,
        )
    from prevet.audit import run_audit
    from prevet.drift import DriftSettings, NoBaseline, notification, run_drift
    from prevet.notify import NO_BASELINE, site_notice
    from reports.console import ConsoleProgress

    url = _site_url(target)  # credentials dropped; a bad address fails before the notice
    _without_credentials([target])
    settings = DriftSettings(
        store=store,
        out=out,
        fail_on=fail_on,
        render=render,
        max_pages=max_pages,
        resolve=resolve or [],
        config=settings_file,
        interact_budget=interact_budget,
    )
    try:
        with ConsoleProgress(enabled=not quiet) as progress:
            outcome = run_drift(
                url, settings, audit=lambda request: run_audit(request, progress=progress.update)
            )
    except NoBaseline as exc:  # monitoring must not go quiet: tell, then fail as before
        _tell(
            notify,
            notice_file,
            site_notice(target=url, status=NO_BASELINE, exit_code=2, reason=str(exc)),
        )
        raise
    print_drift(outcome)
    _tell(notify, notice_file, notification(outcome, report_url=report_url, out_root=out))
    return outcome.exit_code


def _without_credentials(urls: list[str]) -> list[str]:
    """The URLs with any user name and password taken out, said once, as `audit` says it."""
    from prevet.target import CREDENTIALS_DROPPED, without_credentials

    cleaned = [without_credentials(url) for url in urls]
    if any(dropped for _, dropped in cleaned):
        print(f"prevet: {CREDENTIALS_DROPPED}", file=sys.stderr)
    return [url for url, _ in cleaned]


def _tell(notify: str | None, notice_file: Path | None, body: dict) -> None:
    """Send the notice (when it is not all-clear), or hand it to the parent run."""
    from prevet.notify import send, wants_notice

    if notice_file is not None:
        notice_file.write_text(json.dumps(body), encoding="utf-8")
        return
    if not notify or not wants_notice(body["status"]):
        return
    try:
        send(notify, body)
    except PrevetError as exc:  # what was found is printed already: say the notice failed
        print(f"prevet: {exc}", file=sys.stderr)


def _drift_many(
    urls: list[str],
    *,
    store: str | None,
    out: Path | None,
    fail_on: str,
    notify: str | None,
    resolve: list[str],
    render: str,
    max_pages: int,
    concurrency: int,
    config: Path | None,
    report_url: str | None = None,
    interact_budget: float = 8.0,
) -> int:
    """Each site in its own `prevet drift` process, `concurrency` at a time; progress as each
    ends, a table at the end, and one digest notice for the whole run."""
    import tempfile

    from prevet.notify import NOT_CHECKED, digest, site_notice
    from prevet.store import engine_for, resolve_url, site_key

    store_url = resolve_url(store)
    engine_for(store_url)  # create / migrate the store once, before the children race to
    notices_dir = Path(tempfile.mkdtemp(prefix="prevet-drift-"))

    def one(index: int, url: str) -> tuple[str, int, str, dict | None]:
        notice = notices_dir / f"{index}.json"
        args = [
            sys.executable,
            "-m",
            "prevet.cli",
            "drift",
            url,
            "--store",
            store_url,
            "--fail-on",
            fail_on,
            "--render",
            render,
            "--max-pages",
            str(max_pages),
            "--interact-budget",
            str(interact_budget),
            "--notice-file",
            str(notice),
        ]
        if out is not None:
            try:
                folder = site_key(_site_url(url)).replace(":", "_")
            except PrevetError as exc:  # one bad line must not stop the other sites
                return url, 2, f"prevet: {exc}", None
            args += ["--out", str(out / folder)]
            if report_url:
                args += ["--report-url", f"{report_url.rstrip('/')}/{folder}"]
        if config is not None:
            args += ["--config", str(config)]
        for entry in resolve:
            args += ["--resolve", entry]
        code, text = run_child(args)
        body = json.loads(notice.read_text(encoding="utf-8")) if notice.is_file() else None
        return url, code, text, body

    out_console = _console()
    codes: list[int] = []
    notices: list[dict] = []
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        futures = [pool.submit(one, i, url) for i, url in enumerate(urls)]
        for done, future in enumerate(futures, start=1):
            url, code, text, body = future.result()
            codes.append(code)
            if body is None:  # the child stopped before it could judge: still a notice
                last = text.strip().splitlines()[-1] if text.strip() else f"exit code {code}"
                body = site_notice(
                    target=url,
                    status=NOT_CHECKED,
                    exit_code=code,
                    reason=last.removeprefix("prevet: "),
                )
            notices.append(body)
            word = {0: "no drift", 1: "DRIFT"}.get(code, "could not check")
            out_console.print(f"[bold]== {escape(url)}: {word}[/bold] [{done}/{len(urls)}]")
            out_console.print(escape(text), highlight=False)
    _print_table(out_console, notices)
    out_console.print(
        f"{len(urls)} site(s): {codes.count(1)} with drift, "
        f"{sum(c not in (0, 1) for c in codes)} could not be checked, "
        f"{codes.count(0)} unchanged."
    )
    summary = digest(notices)
    if notify and summary["status"] != "no_drift":
        try:
            from prevet.notify import send

            send(notify, summary)
        except PrevetError as exc:
            print(f"prevet: {exc}", file=sys.stderr)
    if 1 in codes:
        return 1
    return 2 if any(c != 0 for c in codes) else 0


def run_child(args: list[str]) -> tuple[int, str]:
    """One site's `prevet drift` in its own process: its exit code and what it printed."""
    proc = subprocess.run(args, capture_output=True, text=True)
    return proc.returncode, (proc.stdout + proc.stderr).rstrip()


def _print_table(out: Console, notices: list[dict]) -> None:
    """Every site on one line: status, changes, where its report is."""
    from rich.table import Table

    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    for column in ("SITE", "STATUS", "CHANGES", "REPORT"):
        table.add_column(column, overflow="fold")
    words = {
        "drift": "DRIFT",
        "no_drift": "no drift",
        "not_checked": "could not check",
        "no_baseline": "no baseline",
    }
    for notice in notices:
        table.add_row(
            escape(notice["target"]),
            words.get(notice["status"], notice["status"]),
            str(len(notice.get("changes") or [])),
            escape(notice.get("report_url") or notice.get("report") or "-"),
        )
    out.print(table)


def print_drift(outcome) -> None:  # noqa: ANN001 - prevet.drift.DriftOutcome (lazy import)
    out = _console()
    baseline = outcome.baseline
    since = f" since baseline {baseline.id} ({baseline.finished_at})" if baseline else ""
    if outcome.status == "not_checked":
        out.print(
            f"[bold]{escape(outcome.target)}[/bold]: [bold yellow]could not check"
            f"[/]{escape(since)}: {escape(outcome.reason)}"
        )
    else:
        changes = outcome.changes
        head = "no drift" if not changes else f"{len(changes)} change(s)"
        style = "bold green" if not changes else "bold red"
        out.print(f"[bold]{escape(outcome.target)}[/bold]: [{style}]{head}[/]{escape(since)}")
        for change in changes:
            style = SEVERITY_STYLE.get(change["severity"], "")
            out.print(
                f"  [{style}]{change['severity']:<7}[/] {escape(change['check'])} "
                f"{escape(change['url'])}"
            )
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
