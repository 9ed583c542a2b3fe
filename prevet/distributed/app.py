"""The Celery app of a prevet cluster, from a broker URL, and the limits that keep it honest.

Delivery is at-least-once: tasks are acknowledged when they end (acks_late), a worker process
that dies under a site has the site put back (reject_on_worker_lost), a worker that vanishes
altogether (kill -9 of the whole worker, a lost machine) has its sites put back by the broker
after the visibility timeout. Each worker process takes one site at a time (prefetch 1), so a
site never waits behind a slow one in a busy process. There is no Celery result backend: the
history store is where results go (prevet/store/portfolio_runs.py makes them exactly-once).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from prevet.errors import PrevetError

QUEUE = "prevet"
TASK = "prevet.site"
DRIFT_TASK = "prevet.queue_drift"  # what Celery beat sends for the nightly drift run
BROKER_SCHEMES = ("redis", "rediss", "amqp", "amqps", "pyamqp")
DEFAULT_VISIBILITY = 900.0  # seconds before a vanished worker's site goes to another
MAX_ATTEMPTS = 3  # deliveries of a site whose worker process died under it, before giving up
CONNECT_SECONDS = 5.0
WARM_UP_SECONDS = 180.0


def time_limits(budget: float) -> tuple[float, float]:
    """(soft, hard) seconds for a site with this budget. The crawl stops itself at the budget;
    the soft limit leaves time to analyze what was crawled (half the budget more, and ten
    seconds), the hard limit fifteen seconds more to record that it could not."""
    soft = round(budget * 1.5 + 10, 1)
    return soft, soft + 15


def checked_broker(url: str) -> str:
    """The URL if it names a broker prevet can use; else one line saying what would."""
    scheme = urlsplit(url.strip()).scheme.lower()
    if scheme not in BROKER_SCHEMES or not urlsplit(url.strip()).netloc:
        raise PrevetError(
            f"--broker {_shown(url)!r} is not a broker URL (for example "
            "redis://localhost:6379/0 or amqp://guest@localhost//)"
        )
    return url.strip()


def is_redis(url: str) -> bool:
    return urlsplit(url).scheme.lower() in ("redis", "rediss")


def _shown(url: str) -> str:
    """A URL as messages show it: without its password."""
    parts = urlsplit(url.strip())
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return parts._replace(netloc=netloc).geturl()
    return url.strip()


def make_app(broker: str, visibility_timeout: float = DEFAULT_VISIBILITY) -> Any:
    """A Celery app on `broker` with prevet's task registered (tasks.py)."""
    from celery import Celery

    from prevet.distributed.tasks import register

    app = Celery("prevet", broker=checked_broker(broker), set_as_current=False)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_acks_on_failure_or_timeout=True,
        worker_prefetch_multiplier=1,
        # a new pool process loads the analysis and starts its browser before it takes a site
        worker_proc_alive_timeout=WARM_UP_SECONDS,
        task_default_queue=QUEUE,
        task_serializer="json",
        accept_content=["json"],
        task_ignore_result=True,
        result_backend=None,
        broker_connection_retry_on_startup=True,
        broker_connection_timeout=CONNECT_SECONDS,
        broker_transport_options={
            "visibility_timeout": visibility_timeout,
            # look for sites of vanished workers every tenth of the timeout (at most 10 s)
            "unacked_restore_interval": max(1, min(10, int(visibility_timeout / 10))),
            "unacked_restore_throttle": 1,
        },
    )
    register(app)
    return app


def check_reachable(app: Any) -> None:
    """One line and exit 2 when the broker does not answer, before anything is queued."""
    url = app.conf.broker_url
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, timeout=CONNECT_SECONDS)
    except Exception as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PrevetError(f"cannot reach the broker {_shown(url)}: {reason}") from exc
