"""Portfolio runs of a task queue in the store: the run, and one row per site.

Delivery through a queue is at-least-once (a worker killed under a site has the site delivered
again), so the rows make the results exactly-once:
- `begin_site` counts the attempt and says whether the site is still to do (a duplicate
  delivery of a finished site does nothing);
- `claim_site` runs inside the transaction that keeps the site's audit in the history
  (save_audit's `within`): the row points at that run, and an earlier attempt's run that never
  finished is removed with it, so the history holds one run per site of the portfolio run;
- `finish_site` writes the result once: the first finish wins, later ones change nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from prevet.errors import PrevetError
from prevet.store.engine import display_url, engine_for, resolve_url
from prevet.store.models import Baseline, PortfolioRun, PortfolioSiteRow, Run


class AlreadyRecorded(Exception):  # noqa: N818 - reads as what happened
    """The site's result was written by another delivery of its task: keep nothing more."""


@dataclass(frozen=True)
class StoredSite:
    position: int
    url: str
    status: str | None  # None while the site is queued or running
    exit_code: int | None
    reason: str
    history_run_id: str | None
    drift: dict[str, Any] | None
    attempts: int
    seconds: float
    worker: str
    started: bool
    finished: bool


@dataclass(frozen=True)
class StoredPortfolio:
    id: str
    kind: str
    created_at: datetime
    options: dict[str, Any]
    sites: list[StoredSite] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return all(site.finished for site in self.sites)


def _writer(store: str | None):  # noqa: ANN202 - an Engine with SQLite's immediate writes
    return engine_for(store).execution_options(sqlite_immediate=True)


def _failed(store: str | None, exc: SQLAlchemyError) -> PrevetError:
    reason = str(getattr(exc, "orig", exc)).strip().splitlines()
    return PrevetError(f"the history store {display_url(resolve_url(store))} failed: "
                       f"{reason[0] if reason else type(exc).__name__}")


def create_portfolio_run(kind: str, urls: list[str], options: dict[str, Any],
                         store: str | None = None) -> str:
    """A new run with its sites queued, in the order given; returns its id."""
    run_id = uuid.uuid4().hex[:12]
    try:
        with Session(_writer(store)) as session, session.begin():
            session.add(PortfolioRun(id=run_id, kind=kind, created_at=datetime.now(UTC),
                                     total=len(urls), options=options))
            session.flush()
            session.add_all(PortfolioSiteRow(run_id=run_id, position=i, url=url, reason="",
                                             attempts=0, seconds=0.0, worker="")
                            for i, url in enumerate(urls))
    except SQLAlchemyError as exc:
        raise _failed(store, exc) from exc
    return run_id


def begin_site(run_id: str, position: int, worker: str, store: str | None = None) -> int | None:
    """Count one more attempt at the site; None when it is finished already (or unknown)."""
    row = PortfolioSiteRow
    try:
        with Session(_writer(store)) as session, session.begin():
            attempts = session.execute(
                update(row).where(row.run_id == run_id, row.position == position,
                                  row.finished_at.is_(None))
                .values(attempts=row.attempts + 1, started_at=datetime.now(UTC),
                        worker=worker[:255])
                .returning(row.attempts)).scalar_one_or_none()
    except SQLAlchemyError as exc:
        raise _failed(store, exc) from exc
    return attempts


def claim_site(session: Session, run_id: str, position: int, history_run_id: str) -> None:
    """Inside save_audit's transaction: the site's row points at this history run. Raises
    AlreadyRecorded (rolling the run back) when another delivery finished the site."""
    row = session.execute(select(PortfolioSiteRow).where(
        PortfolioSiteRow.run_id == run_id, PortfolioSiteRow.position == position)
        .with_for_update()).scalar_one_or_none()
    if row is None or row.finished_at is not None:
        raise AlreadyRecorded(f"site {position} of run {run_id} is recorded already")
    earlier = row.history_run_id
    row.history_run_id = history_run_id
    if earlier and earlier != history_run_id and session.get(Run, earlier) is not None:
        approved = session.execute(select(Baseline).where(Baseline.run_id == earlier)).first()
        if approved is None:  # an attempt that died after keeping its run: one run a site
            session.execute(delete(Run).where(Run.id == earlier))


def finish_site(run_id: str, position: int, *, status: str, exit_code: int, reason: str = "",
                history_run_id: str | None = None, claimed: str | None = None,
                drift: dict[str, Any] | None = None, seconds: float = 0.0,
                store: str | None = None) -> bool:
    """Write the site's result if nothing has yet; True when this call wrote it. A result
    whose history run this attempt kept (`claimed`, see claim_site) is written only while the
    row points at that run: a later attempt that kept its own run supersedes it."""
    row = PortfolioSiteRow
    claim = row.history_run_id == claimed if claimed else row.position.is_not(None)
    try:
        with Session(_writer(store)) as session, session.begin():
            done = session.execute(
                update(row).where(row.run_id == run_id, row.position == position,
                                  row.finished_at.is_(None), claim)
                .values(status=status, exit_code=exit_code, reason=reason[:2000],
                        history_run_id=history_run_id, drift=drift, seconds=round(seconds, 2),
                        finished_at=datetime.now(UTC))
                .returning(row.position)).scalar_one_or_none()
    except SQLAlchemyError as exc:
        raise _failed(store, exc) from exc
    return done is not None


def find_portfolio_run(run_id: str, store: str | None = None) -> StoredPortfolio | None:
    """A portfolio run by its id or an unambiguous prefix of it (4 characters or more)."""
    run_id = run_id.strip().lower()
    if len(run_id) < 4:
        return None
    with Session(engine_for(store)) as session:
        runs = session.execute(select(PortfolioRun).where(
            PortfolioRun.id.startswith(run_id, autoescape=True)).limit(2)).scalars().all()
        if len(runs) > 1:
            raise PrevetError(f"portfolio run id {run_id!r} is ambiguous; give more characters")
        if not runs:
            return None
        run = runs[0]
        rows = session.execute(select(PortfolioSiteRow).where(PortfolioSiteRow.run_id == run.id)
                               .order_by(PortfolioSiteRow.position)).scalars()
        return StoredPortfolio(
            id=run.id, kind=run.kind, created_at=run.created_at, options=dict(run.options or {}),
            sites=[StoredSite(position=r.position, url=r.url, status=r.status,
                              exit_code=r.exit_code, reason=r.reason or "",
                              history_run_id=r.history_run_id, drift=r.drift,
                              attempts=r.attempts, seconds=r.seconds, worker=r.worker or "",
                              started=r.started_at is not None,
                              finished=r.finished_at is not None) for r in rows])
