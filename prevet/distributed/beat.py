"""The Celery app for `celery beat`: the nightly drift run of a cluster, from the environment.

    PREVET_BROKER=redis://redis:6379/0 PREVET_DRIFT_SITES=/data/sites.txt \\
        celery -A prevet.distributed.beat:app beat --schedule /data/beat-schedule

Beat only sends, at PREVET_DRIFT_CRON (crontab fields, default "0 2 * * *": 02:00 every night,
in UTC unless PREVET_TIMEZONE says otherwise), one prevet.queue_drift task; a `prevet worker`
takes it, reads PREVET_DRIFT_SITES (a file the workers see), and queues one drift task a site,
which the workers then share like any other run. Run exactly one beat per cluster.
PREVET_DRIFT_NOTIFY (a webhook or Apprise URL) is told of each site that drifted, and
PREVET_SITE_BUDGET sets a site's budget in seconds (default 300).
"""

from __future__ import annotations

import os

from prevet.distributed.app import DRIFT_TASK, make_app
from prevet.errors import PrevetError


def _schedule() -> dict:
    from celery.schedules import crontab

    sites = os.environ.get("PREVET_DRIFT_SITES")
    if not sites:
        raise PrevetError("PREVET_DRIFT_SITES must name the file of sites to check nightly")
    fields = os.environ.get("PREVET_DRIFT_CRON", "0 2 * * *").split()
    if len(fields) != 5:
        raise PrevetError("PREVET_DRIFT_CRON takes five crontab fields, e.g. '0 2 * * *'")
    minute, hour, day_of_month, month_of_year, day_of_week = fields
    kwargs = {
        "sites_file": sites,
        "budget": float(os.environ.get("PREVET_SITE_BUDGET", "300")),
        "notify": os.environ.get("PREVET_DRIFT_NOTIFY") or None,
    }
    return {
        "nightly-drift": {
            "task": DRIFT_TASK,
            "kwargs": kwargs,
            "schedule": crontab(
                minute=minute,
                hour=hour,
                day_of_month=day_of_month,
                month_of_year=month_of_year,
                day_of_week=day_of_week,
            ),
        }
    }


app = make_app(os.environ.get("PREVET_BROKER", "redis://localhost:6379/0"))
app.conf.beat_schedule = _schedule()
app.conf.timezone = os.environ.get("PREVET_TIMEZONE", "UTC")
