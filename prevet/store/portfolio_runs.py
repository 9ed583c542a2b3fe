"""Portfolio runs of a task queue in the store: the run, and one row per site.

Delivery through a queue is at-least-once (a worker killed under a site has the site delivered
again), so the rows make the results exactly-once:
- `begin_site` counts the attempt and says whether the site is still to do (a duplicate
  delivery of a finished site does nothing);
- `claim_site` runs inside the transaction that keeps the site's audit in the history
  (save_audit's `within`): the row points at that run, and an earlier attempt's run that never
  finished is removed with it, so the history holds one run per site of the portfolio run;
- `finish_site` writes the result once: the first finish wins, later ones change nothing.

A run whose sites never all finish would keep everyone who waits for it waiting, and show
"not finished yet" forever. `settle_lost_sites` (run whenever a run is read) ends such sites as
"could not check", with the reason, once nothing can finish them any more:
- a site started but not finished, when no worker of the cluster has started any site for
  longer than its attempt allows (`allowed_seconds`: its hard time limit, and the time the
  broker takes to give a vanished worker's site to another, and a margin). Each attempt ends by
  its hard limit or is delivered again, and a delivery starts the site again; the queue moving
  on elsewhere may mean the site waits behind others after its worker process died, so only a
  cluster that took nothing for that long is proof that it was lost;
- a site never started, of a run whose queueing never ended (`queued_at` is written after the
  last task is sent) and began more than QUEUEING_GRACE ago: the process that queued the run
  died before it sent them all.
A site that was queued and simply waits its turn is never settled, however long the queue.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from prevet.errors import PrevetError
from prevet.store.engine import display_url, engine_for, resolve_url
from prevet.store.models import Baseline, PortfolioRun, PortfolioSiteRow, Run

QUEUEING_GRACE = timedelta(minutes=10)  # sending a run's tasks takes seconds, even for 100,000
LOST_MARGIN = 60.0  # seconds an attempt's allowance adds to its limits (restores, clock skew)


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
    return PrevetError(
        f"the history store {display_url(resolve_url(store))} failed: "
        f"{reason[0] if reason else type(exc).__name__}"
    )


def create_portfolio_run(
    kind: str, urls: list[str], options: dict[str, Any], store: str | None = None
) -> str:
    """A new run with its sites queued, in the order given; returns its id."""
    run_id = uuid.uuid4().hex[:12]
    try:
        with Session(_writer(store)) as session, session.begin():
            session.add(
                PortfolioRun(
                    id=run_id,
                    kind=kind,
                    created_at=datetime.now(UTC),
                    total=len(urls),
                    options=options,
                )
            )
            session.flush()
            session.add_all(
                PortfolioSiteRow(
                    run_id=run_id,
                    position=i,
                    url=url,
                    reason="",
                    attempts=0,
                    seconds=0.0,
                    worker="",
                )
                for i, url in enumerate(urls)
            )
    except SQLAlchemyError as exc:
        raise _failed(store, exc) from exc
    return run_id


def mark_queued(run_id: str, store: str | None = None) -> None:
    """Every site of the run was sent (or, for those the broker refused, finished)."""
    try:
        with Session(_writer(store)) as session, session.begin():
            session.execute(
                update(PortfolioRun)
                .where(PortfolioRun.id == run_id)
                .values(queued_at=datetime.now(UTC))
            )
    except SQLAlchemyError as exc:
        raise _failed(store, exc) from exc


def begin_site(
    run_id: str, position: int, worker: str, store: str | None = None, allowed: float | None = None
) -> int | None:
    """Count one more attempt at the site; None when it is finished already (or unknown).
    `allowed`: the seconds after which, with no worker taking any site, the attempt is lost."""
    row = PortfolioSiteRow
    try:
        with Session(_writer(store)) as session, session.begin():
            attempts = session.execute(
                update(row)
                .where(row.run_id == run_id, row.position == position, row.finished_at.is_(None))
                .values(
                    attempts=row.attempts + 1,
                    started_at=datetime.now(UTC),
                    worker=worker[:255],
                    allowed_seconds=allowed,
                )
                .returning(row.attempts)
            ).scalar_one_or_none()
    except SQLAlchemyError as exc:
        raise _failed(store, exc) from exc
    return attempts


def claim_site(session: Session, run_id: str, position: int, history_run_id: str) -> None:
    """Inside save_audit's transaction: the site's row points at this history run. Raises
    AlreadyRecorded (rolling the run back) when another delivery finished the site."""
    row = session.execute(
        select(PortfolioSiteRow)
        .where(PortfolioSiteRow.run_id == run_id, PortfolioSiteRow.position == position)
        .with_for_update()
    ).scalar_one_or_none()
    if row is None or row.finished_at is not None:
        raise AlreadyRecorded(f"site {position} of run {run_id} is recorded already")
    earlier = row.history_run_id
    row.history_run_id = history_run_id
    if earlier and earlier != history_run_id and session.get(Run, earlier) is not None:
        approved = session.execute(select(Baseline).where(Baseline.run_id == earlier)).first()
        if approved is None:  # an attempt that died after keeping its run: one run a site
            session.execute(delete(Run).where(Run.id == earlier))


def finish_site(
    run_id: str,
    position: int,
    *,
    status: str,
    exit_code: int,
    reason: str = "",
    history_run_id: str | None = None,
    claimed: str | None = None,
    drift: dict[str, Any] | None = None,
    seconds: float = 0.0,
    store: str | None = None,
) -> bool:
    """Write the site's result if nothing has yet; True when this call wrote it. A result
    whose history run this attempt kept (`claimed`, see claim_site) is written only while the
    row points at that run: a later attempt that kept its own run supersedes it."""
    row = PortfolioSiteRow
    claim = row.history_run_id == claimed if claimed else row.position.is_not(None)
    try:
        with Session(_writer(store)) as session, session.begin():
            done = session.execute(
                update(row)
                .where(
                    row.run_id == run_id, row.position == position, row.finished_at.is_(None), claim
                )
                .values(
                    status=status,
                    exit_code=exit_code,
                    reason=reason[:2000],
                    history_run_id=history_run_id,
                    drift=drift,
                    seconds=round(seconds, 2),
                    finished_at=datetime.now(UTC),
                )
                .returning(row.position)
            ).scalar_one_or_none()
    except SQLAlchemyError as exc:
        raise _failed(store, exc) from exc
    return done is not None


def settle_lost_sites(run_id: str, store: str | None = None, now: datetime | None = None) -> int:
    """End the run's sites that nothing can finish any more as "could not check" (see the
    module's docstring); returns how many. Each is written as finish_site writes: only if no
    worker finished it meanwhile, nor started it again."""
    now = now or datetime.now(UTC)
    row = PortfolioSiteRow
    with Session(engine_for(store)) as session:  # a read first: most polls settle nothing
        run = session.get(PortfolioRun, run_id)
        open_rows = (
            session.execute(select(row).where(row.run_id == run_id, row.finished_at.is_(None)))
            .scalars()
            .all()
            if run
            else []
        )
        last_start = (
            _aware(session.execute(select(func.max(row.started_at))).scalar())
            if open_rows
            else None
        )
        lost = [
            (site.position, site.attempts, reason)
            for site in open_rows
            if (reason := _lost(run, site, last_start, now))
        ]
    if not lost:
        return 0
    settled = 0
    try:
        with Session(_writer(store)) as session, session.begin():
            for position, attempts, reason in lost:
                settled += (
                    session.execute(
                        update(row)
                        .where(
                            row.run_id == run_id,
                            row.position == position,
                            row.finished_at.is_(None),
                            row.attempts == attempts,
                        )
                        .values(status="not_checked", exit_code=2, reason=reason, finished_at=now)
                    ).rowcount
                    or 0
                )
    except SQLAlchemyError as exc:
        raise _failed(store, exc) from exc
    return settled


def _lost(
    run: PortfolioRun, site: PortfolioSiteRow, last_start: datetime | None, now: datetime
) -> str:
    """Why nothing can finish the site any more ("" while something may)."""
    if site.started_at is None:
        if run.queued_at is None and now - _aware(run.created_at) > QUEUEING_GRACE:
            return (
                "not queued: the process that queued this run ended before it had sent "
                "every site to the workers; queue the site again"
            )
        return ""
    allowed = site.allowed_seconds or _default_allowance(run)
    quiet_since = max(_aware(site.started_at), last_start or _aware(site.started_at))
    if (now - quiet_since).total_seconds() <= allowed:
        return ""
    return (
        f"lost: attempt {site.attempts} (worker {site.worker or 'unknown'}) never recorded "
        f"a result, and no worker took any site for {allowed:g} s (the site's hard time "
        "limit and the broker's redelivery), so it was not delivered again"
    )


def _default_allowance(run: PortfolioRun) -> float:
    """A row of an earlier version, which did not record its allowance."""
    from prevet.distributed.app import DEFAULT_VISIBILITY, time_limits

    _soft, hard = time_limits(float((run.options or {}).get("budget") or 300))
    return hard + DEFAULT_VISIBILITY + LOST_MARGIN


def _aware(moment: datetime | None) -> datetime | None:
    """SQLite gives back naive datetimes of what was written in UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def find_portfolio_run(
    run_id: str, store: str | None = None, now: datetime | None = None
) -> StoredPortfolio | None:
    """A portfolio run by its id or an unambiguous prefix of it (4 characters or more), its
    lost sites settled first (settle_lost_sites, as of `now`)."""
    run_id = run_id.strip().lower()
    if len(run_id) < 4:
        return None
    found = _find(run_id, store)
    if found is not None and not found.finished and settle_lost_sites(found.id, store, now):
        found = _find(found.id, store)
    return found


def _find(run_id: str, store: str | None) -> StoredPortfolio | None:
    with Session(engine_for(store)) as session:
        runs = (
            session.execute(
                select(PortfolioRun)
                .where(PortfolioRun.id.startswith(run_id, autoescape=True))
                .limit(2)
            )
            .scalars()
            .all()
        )
        if len(runs) > 1:
            raise PrevetError(f"portfolio run id {run_id!r} is ambiguous; give more characters")
        if not runs:
            return None
        run = runs[0]
        rows = session.execute(
            select(PortfolioSiteRow)
            .where(PortfolioSiteRow.run_id == run.id)
            .order_by(PortfolioSiteRow.position)
        ).scalars()
        return StoredPortfolio(
            id=run.id,
            kind=run.kind,
            created_at=run.created_at,
            options=dict(run.options or {}),
            sites=[
                StoredSite(
                    position=r.position,
                    url=r.url,
                    status=r.status,
                    exit_code=r.exit_code,
                    reason=r.reason or "",
                    history_run_id=r.history_run_id,
                    drift=r.drift,
                    attempts=r.attempts,
                    seconds=r.seconds,
                    worker=r.worker or "",
                    started=r.started_at is not None,
                    finished=r.finished_at is not None,
                )
                for r in rows
            ],
        )
