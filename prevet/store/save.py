"""Keep one run in the store: the run, its findings, its pages and the snapshot, atomically.

Everything of a run is written in one transaction: a crash, a kill or Ctrl-C in the middle leaves
the store as it was before the run, and never touches earlier runs.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from crawler.snapshot import SiteSnapshot
from prevet.errors import PrevetError
from prevet.store.blobs import put_blob
from prevet.store.engine import display_url, engine_for, resolve_url
from prevet.store.models import FindingRow, PageRow, Run, RunFile, Site
from prevet.store.sites import site_key
from reports.model import Report


def save_audit(
    report: Report,
    snapshot: SiteSnapshot | None,
    url: str | None = None,
    *,
    kind: str = "audit",
    base_dir: Path | None = None,
    within: Callable[[Session, str], None] | None = None,
) -> str:
    """Store a finished run; returns its id. `base_dir` is where the report (and the form
    screenshots its snapshot names by relative path) was written. `within(session, run_id)`
    runs inside the same transaction (a portfolio run of a task queue records the site there,
    so the run is kept exactly when the site's row points at it); what it raises rolls the
    run back and is raised."""
    engine = engine_for(url).execution_options(sqlite_immediate=True)
    run_id = uuid.uuid4().hex[:12]
    try:
        with Session(engine) as session, session.begin():
            site = _site(session, site_key(report.target))
            run = _run_row(run_id, site, report, snapshot, kind, session)
            session.add(run)
            session.flush()  # the run row exists before the rows that point at it
            _add_findings(session, run_id, report.findings)
            if snapshot is not None:
                _add_pages_and_files(session, run, snapshot, base_dir)
            if within is not None:
                session.flush()
                within(session, run_id)
    except SQLAlchemyError as exc:
        raise PrevetError(
            f"could not save the run in {display_url(resolve_url(url))}: "
            f"{str(getattr(exc, 'orig', exc)).splitlines()[0]}"
        ) from exc
    return run_id


def _site(session: Session, key: str) -> Site:
    site = session.execute(select(Site).where(Site.key == key)).scalar_one_or_none()
    if site is None:
        site = Site(key=key, created_at=datetime.now(UTC))
        session.add(site)
        session.flush()
    return site


def _run_row(
    run_id: str,
    site: Site,
    report: Report,
    snapshot: SiteSnapshot | None,
    kind: str,
    session: Session,
) -> Run:
    summary = report.summary
    report_json = report.model_dump_json().encode("utf-8")
    snapshot_sha = None
    if snapshot is not None:
        # page texts are stored as blobs of their own (unchanged texts are shared by runs)
        bare = snapshot.model_copy(deep=True)
        for page in bare.pages:
            page.text = ""
        snapshot_sha = put_blob(session, bare.model_dump_json().encode("utf-8"))
    return Run(
        id=run_id,
        site_id=site.id,
        kind=kind,
        target=report.target,
        started_at=report.started_at,
        finished_at=report.finished_at,
        stored_at=datetime.now(UTC),
        tool_version=report.tool.version,
        verdict=summary.verdict,
        errors=summary.errors,
        warnings=summary.warnings,
        infos=summary.infos,
        needs_review=summary.needs_review,
        pages=summary.pages,
        unreachable=snapshot.unreachable if snapshot is not None else None,
        snapshot_sha256=snapshot_sha,
        report_sha256=put_blob(session, report_json),
        checks=dict(report.checks),
        extras=_jsonable(report.extras),
    )


def _add_findings(session: Session, run_id: str, findings: list[dict[str, Any]]) -> None:
    session.add_all(
        FindingRow(
            run_id=run_id,
            check_id=f["check"],
            severity=f.get("severity", ""),
            status=f.get("status", "failed"),
            url=f.get("url"),
            selector=f.get("selector"),
            evidence=f.get("evidence") or "",
            message=f.get("message") or "",
            fix=f.get("fix") or "",
            ref=f.get("ref") or "",
            details=_jsonable(f.get("details") or {}),
        )
        for f in findings
    )


def _add_pages_and_files(
    session: Session, run: Run, snapshot: SiteSnapshot, base_dir: Path | None
) -> None:
    for position, page in enumerate(snapshot.pages):
        text_sha = put_blob(session, page.text.encode("utf-8")) if page.text else None
        session.add(
            PageRow(
                run_id=run.id,
                position=position,
                url=page.final_url or page.url,
                status=page.status,
                roles=list(page.roles),
                title=page.title,
                text_sha256=text_sha,
            )
        )
    if base_dir is None:
        return
    seen: set[str] = set()
    for page in snapshot.pages:
        for form in page.forms:
            name = form.screenshot
            if not name or name in seen:
                continue
            file = Path(name) if Path(name).is_absolute() else base_dir / name
            if file.is_file():
                seen.add(name)
                session.add(
                    RunFile(
                        run_id=run.id, name=name, blob_sha256=put_blob(session, file.read_bytes())
                    )
                )


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))
