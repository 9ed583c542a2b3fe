"""Reading the store: a site's runs, one run by id, the approved baseline, a stored snapshot."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.snapshot import SiteSnapshot
from prevet.errors import PrevetError
from prevet.store.blobs import get_blob
from prevet.store.engine import engine_for
from prevet.store.models import Baseline, PageRow, Run, RunFile, Site
from prevet.store.sites import site_key


@dataclass(frozen=True)
class RunSummary:
    """A stored run as commands show it (detached from the database session)."""

    id: str
    site: str
    kind: str
    target: str
    started_at: str
    finished_at: str
    tool_version: str
    verdict: str
    errors: int
    warnings: int
    infos: int
    needs_review: int
    pages: int
    unreachable: str | None
    is_baseline: bool
    drift_changes: int | None  # for drift runs: how many changes were reported

    @property
    def usable_as_baseline(self) -> bool:
        return not self.unreachable and self.pages > 0 and self.verdict != "not_checked"


def _summary(run: Run, site: Site, baseline_id: str | None) -> RunSummary:
    drift = (run.extras or {}).get("drift")
    changes = len(drift.get("changes", [])) if isinstance(drift, dict) else None
    return RunSummary(
        id=run.id,
        site=site.key,
        kind=run.kind,
        target=run.target,
        started_at=run.started_at,
        finished_at=run.finished_at,
        tool_version=run.tool_version,
        verdict=run.verdict,
        errors=run.errors,
        warnings=run.warnings,
        infos=run.infos,
        needs_review=run.needs_review,
        pages=run.pages,
        unreachable=run.unreachable,
        is_baseline=run.id == baseline_id,
        drift_changes=changes,
    )


def _site(session: Session, target: str) -> Site | None:
    return session.execute(select(Site).where(Site.key == site_key(target))).scalar_one_or_none()


def _baseline_id(session: Session, site_id: int) -> str | None:
    row = session.get(Baseline, site_id)
    return row.run_id if row else None


def list_runs(target: str, store: str | None = None) -> list[RunSummary]:
    """The site's runs, newest first."""
    with Session(engine_for(store)) as session:
        site = _site(session, target)
        if site is None:
            return []
        baseline = _baseline_id(session, site.id)
        runs = session.execute(
            select(Run)
            .where(Run.site_id == site.id)
            .order_by(Run.stored_at.desc(), Run.finished_at.desc())
        ).scalars()
        return [_summary(run, site, baseline) for run in runs]


@dataclass(frozen=True)
class SiteSummary:
    """A stored site as `prevet history` lists it: its latest run and how many it has."""

    site: str
    runs: int
    latest: RunSummary
    baseline_id: str | None


def list_sites(store: str | None = None) -> list[SiteSummary]:
    """Every stored site with its latest run, the most recently checked first."""
    with Session(engine_for(store)) as session:
        sites = []
        for site in session.execute(select(Site)).scalars():
            runs = (
                session.execute(
                    select(Run)
                    .where(Run.site_id == site.id)
                    .order_by(Run.stored_at.desc(), Run.finished_at.desc())
                )
                .scalars()
                .all()
            )
            if not runs:
                continue
            baseline = _baseline_id(session, site.id)
            sites.append(
                SiteSummary(
                    site=site.key,
                    runs=len(runs),
                    latest=_summary(runs[0], site, baseline),
                    baseline_id=baseline,
                )
            )
        return sorted(sites, key=lambda s: s.latest.finished_at, reverse=True)


def find_run(run_id: str, store: str | None = None) -> RunSummary | None:
    """A run by its id or an unambiguous prefix of it (at least 4 characters)."""
    run_id = run_id.strip().lower()
    if len(run_id) < 4:
        return None
    with Session(engine_for(store)) as session:
        runs = (
            session.execute(select(Run).where(Run.id.startswith(run_id, autoescape=True)).limit(2))
            .scalars()
            .all()
        )
        if len(runs) > 1:
            raise PrevetError(f"run id {run_id!r} is ambiguous; give more characters")
        if not runs:
            return None
        run = runs[0]
        return _summary(run, run.site, _baseline_id(session, run.site_id))


def set_baseline(run_id: str, store: str | None = None) -> RunSummary:
    """Approve a run as its site's baseline (replacing the previous one)."""
    engine = engine_for(store).execution_options(sqlite_immediate=True)
    with Session(engine) as session, session.begin():
        run = session.get(Run, run_id)
        if run is None:
            raise PrevetError(f"no stored run {run_id!r}")
        row = session.get(Baseline, run.site_id)
        now = datetime.now(UTC)
        if row is None:
            session.add(Baseline(site_id=run.site_id, run_id=run.id, approved_at=now))
        else:
            row.run_id, row.approved_at = run.id, now
        session.flush()
        return _summary(run, run.site, run.id)


def get_baseline(target: str, store: str | None = None) -> RunSummary | None:
    with Session(engine_for(store)) as session:
        site = _site(session, target)
        if site is None:
            return None
        baseline = _baseline_id(session, site.id)
        run = session.get(Run, baseline) if baseline else None
        return _summary(run, site, baseline) if run else None


def load_snapshot(run_id: str, store: str | None = None) -> SiteSnapshot:
    """The snapshot a run saw, with its page texts put back."""
    with Session(engine_for(store)) as session:
        run = session.get(Run, run_id)
        if run is None or run.snapshot_sha256 is None:
            raise PrevetError(f"run {run_id} has no stored snapshot")
        try:
            snapshot = SiteSnapshot.model_validate_json(get_blob(session, run.snapshot_sha256))
        except ValidationError as exc:
            raise PrevetError(
                f"run {run_id} was stored by a prevet whose snapshots this version "
                "cannot read; audit the site and approve a new baseline"
            ) from exc
        rows = session.execute(
            select(PageRow).where(PageRow.run_id == run_id).order_by(PageRow.position)
        ).scalars()
        for row in rows:
            if row.text_sha256 and row.position < len(snapshot.pages):
                snapshot.pages[row.position].text = get_blob(session, row.text_sha256).decode(
                    "utf-8"
                )
        return snapshot


def load_report(run_id: str, store: str | None = None) -> dict[str, Any]:
    with Session(engine_for(store)) as session:
        run = session.get(Run, run_id)
        if run is None or run.report_sha256 is None:
            raise PrevetError(f"run {run_id} has no stored report")
        return json.loads(get_blob(session, run.report_sha256))


def load_files(run_id: str, store: str | None = None) -> dict[str, bytes]:
    """The files kept with a run (form screenshots), by their report-relative path."""
    with Session(engine_for(store)) as session:
        rows = session.execute(select(RunFile).where(RunFile.run_id == run_id)).scalars().all()
        return {row.name: get_blob(session, row.blob_sha256) for row in rows}
