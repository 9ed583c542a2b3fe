"""The console of a portfolio run: one progress bar across the sites while they are audited
(the sites in flight, and how many are ready / need changes / are rejected / could not be
checked), then one table of every site.

On a terminal the bar redraws in place (stderr); elsewhere (CI logs) each finished site is one
line on stdout. Site text goes in as plain `Text`, never parsed as rich markup.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from reports.console import VERDICT_STYLE
from reports.portfolio import STATUS_RANK, STATUS_WORDS, STATUSES, Portfolio, PortfolioSite

_MAX_CELL = 70


def _short(text: str, limit: int = _MAX_CELL) -> str:
    flat = " ".join(str(text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"


class PortfolioProgress:
    """Updated from the worker threads; `finish(site)` as each site ends."""

    def __init__(self, total: int, enabled: bool = True, quiet: bool = False):
        self.total = total
        self.live = enabled and sys.stderr.isatty()
        self.lines = not self.live and not quiet
        self.counts = dict.fromkeys(STATUSES, 0)
        self.done = 0
        self._active: dict[str, str] = {}  # url -> what it is doing
        self._lock = threading.Lock()
        self._progress: Progress | None = None
        self._task: Any = None
        self._out = Console(highlight=False, soft_wrap=True)

    def __enter__(self) -> PortfolioProgress:
        if self.live:
            self._progress = Progress(
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.description}"),
                console=Console(stderr=True),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task(self._describe(), total=self.total)
        return self

    def start(self, url: str) -> None:
        with self._lock:
            self._active[url] = "starting"
            self._refresh()

    def update(self, url: str, event: dict[str, Any]) -> None:
        with self._lock:
            if url in self._active:
                self._active[url] = f"{event.get('pages', 0)} pages"
                self._refresh()

    def finish(self, site: PortfolioSite) -> None:
        with self._lock:
            self._active.pop(site.url, None)
            self.counts[site.status] = self.counts.get(site.status, 0) + 1
            self.done += 1
            if self._progress is not None:
                self._progress.update(self._task, completed=self.done, description=self._describe())
            elif self.lines:
                line = Text(f"[{self.done}/{self.total}] ")
                line.append(site.url, style="bold")
                line.append(": ")
                line.append(site.status_words, style=VERDICT_STYLE.get(site.status, ""))
                line.append(
                    f" ({_count(site.errors, 'error')}, {_count(site.warnings, 'warning')})"
                    if site.status != "not_checked"
                    else f" ({_short(site.reason)})"
                )
                self._out.print(line)

    def _refresh(self) -> None:
        if self._progress is not None:
            self._progress.update(self._task, description=self._describe())

    def _describe(self) -> str:
        c = self.counts
        counts = (
            f"[green]{c['ready']} ready[/] · [yellow]{c['needs_changes']} needs changes[/]"
            f" · [red]{c['rejected']} rejected[/] · [red]{c['not_checked']} could not "
            f"check[/]"
        )
        current = ", ".join(f"{url} ({doing})" for url, doing in list(self._active.items())[:3])
        # the site's URL is text from a list we were given: never read as markup
        return counts + (f" — {escape(_short(current, 90))}" if current else "")

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()


def portfolio_table(portfolio: Portfolio) -> Table:
    table = Table(show_lines=False, pad_edge=False, expand=False)
    for name, justify in (
        ("Site", "left"),
        ("Status", "left"),
        ("Err", "right"),
        ("Warn", "right"),
        ("Drift", "left"),
        ("Fix first / reason", "left"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for site in sorted(
        portfolio.sites, key=lambda s: (-STATUS_RANK.get(s.status, 3), -s.errors, s.host)
    ):
        drift = site.drift.words if site.drift else "—"
        if site.status == "not_checked":
            first = Text(_short(site.reason), style="red")
        elif site.top_finding:
            first = Text(_short(site.top_finding.message))
            first.append(f" [{site.top_finding.check}]", style="dim")
        else:
            first = Text("—", style="dim")
        table.add_row(
            Text(_short(site.host, 40)),
            Text(site.status_words, style=VERDICT_STYLE.get(site.status, "")),
            str(site.errors),
            str(site.warnings),
            Text(drift),
            first,
        )
    return table


def print_portfolio(portfolio: Portfolio, index: str | None, out: Console | None = None) -> None:
    # a CI log is no terminal: give the table room rather than rich's 80 columns
    out = out or Console(highlight=False, width=None if sys.stdout.isatty() else 150)
    out.print(portfolio_table(portfolio))
    c = portfolio.counts
    line = Text(f"{len(portfolio.sites)} sites: ")
    for status in STATUSES:
        line.append(
            f"{c[status]} {STATUS_WORDS[status].lower()}",
            style=VERDICT_STYLE.get(status, "") if c[status] else "dim",
        )
        line.append(" · " if status != STATUSES[-1] else "")
    out.print(line)
    if index:
        text = Text("Portfolio: ", style="bold")
        text.append(index)
        out.print(text)
