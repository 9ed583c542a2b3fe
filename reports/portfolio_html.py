"""index.html of a portfolio run: every site in one sortable, filterable table.

Self-contained like report.html (reports/html.py): styles and script inlined, a Content Security
Policy that lets only our own script run, autoescaped templates. Site URLs, brands and finding
texts come from audited sites and are hostile input here as much as there; links go only to
http(s) URLs and to the run's own report files.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from markupsafe import Markup

from reports.html import STATIC, environment
from reports.portfolio import STATUS_RANK, STATUS_WORDS, STATUSES, Portfolio
from reports.view import readable_date


def _static(name: str) -> Markup:
    return Markup((STATIC / name).read_text(encoding="utf-8"))  # our own files, never site text


def render_portfolio_html(portfolio: Portfolio) -> str:
    template = environment().get_template("portfolio.html.j2")
    return template.render(
        portfolio=portfolio,
        counts=portfolio.counts,
        statuses=STATUSES,
        status_words=STATUS_WORDS,
        status_rank=STATUS_RANK,
        date=readable_date(portfolio.finished_at),
        css=_static("portfolio.css"),
        script=_static("portfolio.js"),
        nonce=secrets.token_urlsafe(16),
    )


def write_portfolio_html(portfolio: Portfolio, out_dir: Path) -> Path:
    path = out_dir / "index.html"
    path.write_text(render_portfolio_html(portfolio), encoding="utf-8")
    return path
