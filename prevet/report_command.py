"""`prevet report RUN_ID`: write a stored run's reports again, without crawling.

The store keeps each run's report.json, its snapshot and its form screenshots; the renderers
only read the report model (and the snapshot for screenshots), so a run audited last month can
be laid out again, e.g. after an upgrade, for a client who lost the file, or in another format.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from prevet.errors import PrevetError

if TYPE_CHECKING:
    from reports.model import Report

log = logging.getLogger(__name__)


def default_out_dir(site: str, run_id: str) -> Path:
    return Path("prevet-report") / f"{site.replace(':', '_')}-{run_id}"


def rerender(
    run_id: str, *, out: Path | None, formats: tuple[str, ...], store: str | None = None
) -> int:
    from prevet.store import find_run
    from reports.console import print_summary

    run = find_run(run_id, store)
    if run is None:
        raise PrevetError(f"no stored run {run_id!r}: `prevet history` lists the runs")
    report, files = write_stored_run(
        run.id, out or default_out_dir(run.site, run.id), formats, store
    )
    print_summary(report, files)
    return 0


def write_stored_run(
    run_id: str, out_dir: Path, formats: tuple[str, ...], store: str | None = None
) -> tuple[Report, dict[str, Path]]:
    """A stored run's reports (and its form screenshots) written into out_dir; also each site
    of a portfolio run rendered from the store (prevet/distributed/stored.py)."""
    from prevet.audit import write_reports
    from prevet.store import load_files, load_report, load_snapshot
    from reports.model import Report

    try:
        report = Report.model_validate(load_report(run_id, store))
    except ValidationError as exc:
        raise PrevetError(
            f"run {run_id} was stored by a prevet whose reports this version cannot read"
        ) from exc
    try:
        snapshot = load_snapshot(run_id, store)
    except PrevetError as exc:  # the report still renders, without the form screenshots
        log.warning("%s", exc)
        snapshot = None
    out_dir.mkdir(parents=True, exist_ok=True)
    root = out_dir.resolve()
    for name, data in load_files(run_id, store).items():
        target = (out_dir / name).resolve()
        if not target.is_relative_to(root):  # a stored name never writes outside the folder
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    if snapshot is not None:
        report.snapshot_file = "snapshot.json"
    return report, write_reports(report, snapshot, out_dir, formats)
