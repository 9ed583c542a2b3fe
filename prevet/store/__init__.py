"""The history store: every audit and drift run, the approved baselines, and their snapshots.

`save_audit(report, snapshot, url=store_url) -> run_id` is what prevet/audit.py calls after a
run; the commands read with the functions in queries.py.
"""

from prevet.store.engine import default_url, engine_for, resolve_url
from prevet.store.queries import (
    RunSummary,
    SiteSummary,
    find_run,
    get_baseline,
    list_runs,
    list_sites,
    load_files,
    load_report,
    load_snapshot,
    set_baseline,
)
from prevet.store.save import save_audit
from prevet.store.sites import site_key

__all__ = [
    "RunSummary",
    "SiteSummary",
    "default_url",
    "engine_for",
    "find_run",
    "get_baseline",
    "list_runs",
    "list_sites",
    "load_files",
    "load_report",
    "load_snapshot",
    "resolve_url",
    "save_audit",
    "set_baseline",
    "site_key",
]
