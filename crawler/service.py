"""The caller's side of the crawl service (crawler/service_main.py): send it sites, get
snapshots back, from any number of threads at once.

`crawl()` blocks its thread until the site's snapshot is written. The service's own failures
are told apart, because the worker handles them differently: `SiteTimedOut` (the site overran
its budget: not retried, it would hang again), `BrowserCrashed` and `ServiceDied` (the browser or
the whole process went away while the site was crawled: it is not the site's fault, so the
worker crawls it again once, after `restart()` when the process is gone).
"""

from __future__ import annotations

import collections
import itertools
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from crawler.run import CrawlError, CrawlOptions, _import_root
from crawler.service_main import SERVICE_PREFIX
from crawler.snapshot import SiteSnapshot

GRACE_SECONDS = 60  # beyond a site's budget, before the service itself is deemed stuck
CLOSE_SECONDS = 30


class SiteTimedOut(CrawlError):
    """The site did not finish within its time budget."""


class BrowserCrashed(CrawlError):
    """The shared browser crashed while the site was rendered."""


class ServiceDied(CrawlError):
    """The crawl service's process ended (or stopped answering) while the site was crawled."""


class _Process:
    """One service process and the threads reading its output."""

    def __init__(self, resolve: dict[str, str], render: bool):
        self._jobs: dict[str, queue.Queue] = {}  # the jobs sent to this process
        self._lock = threading.Lock()
        self._ended: str | None = None
        # set once the process can take a site (its browser launched, or failed to): a warm
        # worker waits for it so that start-up is not counted in its first site's time
        self.ready = threading.Event()
        self.errors: collections.deque[str] = collections.deque(maxlen=20)
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.service_main"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=_import_root(),
        )
        self.write({"resolve": resolve, "render": render})
        threading.Thread(target=self._read, name="prevet-service-out", daemon=True).start()
        threading.Thread(target=self._drain, name="prevet-service-err", daemon=True).start()

    def write(self, message: dict[str, Any]) -> None:
        assert self.proc.stdin
        self.proc.stdin.write(json.dumps(message) + "\n")
        self.proc.stdin.flush()

    def send(self, job_id: str, job: dict[str, Any], waiting: queue.Queue) -> None:
        """Send a job; its events (and "died" if the process ends first) go to `waiting`."""
        with self._lock:
            if self._ended is not None:
                waiting.put({"event": "died", "error": self._ended})
                return
            self._jobs[job_id] = waiting
            try:
                self.write({"id": job_id, **job})
            except (OSError, ValueError):
                pass  # the process is gone: its reader says so

    def forget(self, job_id: str) -> None:
        with self._lock:
            self._jobs.pop(job_id, None)

    def _read(self) -> None:
        assert self.proc.stdout
        for line in self.proc.stdout:
            if not line.startswith(SERVICE_PREFIX):
                continue
            try:
                event = json.loads(line[len(SERVICE_PREFIX) :])
            except ValueError:
                continue
            if event.get("event") == "ready":
                self.ready.set()
                continue
            waiting = self._jobs.get(str(event.get("id")))
            if waiting is not None:
                waiting.put(event)
        code = self.proc.wait()
        self.ready.set()  # nothing more to wait for
        last = self.errors[-1] if self.errors else "no output"
        with self._lock:
            self._ended = f"exit {code}: {last[:300]}"
            for waiting in self._jobs.values():
                waiting.put({"event": "died", "error": self._ended})

    def _drain(self) -> None:
        assert self.proc.stderr
        for line in self.proc.stderr:
            if line.strip():
                self.errors.append(line.strip())

    def alive(self) -> bool:
        return self.proc.poll() is None

    def close(self, wait: float) -> None:
        try:
            if self.proc.stdin:
                self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class CrawlService:
    """A crawl service process, started at once (its browser launches while the caller warms
    its analysis up). Thread-safe."""

    def __init__(self, resolve: dict[str, str] | None = None, render: bool = True):
        self.resolve = resolve or {}
        self.render = render
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._closed = False
        self._process = _Process(self.resolve, render)

    @property
    def pid(self) -> int:
        return self._process.proc.pid

    def alive(self) -> bool:
        return self._process.alive()

    def restart(self, dead: int | None = None) -> None:
        """Start a new process; with `dead` (a pid), only if that one is still the current."""
        with self._lock:
            if self._closed or dead is not None and self._process.proc.pid != dead:
                return  # closed, or another thread restarted it already
            self._process.close(wait=0)
            self._process = _Process(self.resolve, self.render)

    def wait_ready(self, timeout: float) -> bool:
        """Wait until the process can take a site (its browser launched); False on time-out."""
        with self._lock:
            process = self._process
        return process.ready.wait(timeout)

    def restart_if_dead(self) -> None:
        """A new process if the current one has ended (one thread of many does it)."""
        with self._lock:
            if self._process.alive():
                return
        self.restart(dead=self._process.proc.pid)

    def crawl(
        self,
        target: str,
        options: CrawlOptions,
        *,
        budget: float,
        screenshots_dir: Path | None = None,
        progress: Callable[[dict[str, Any]], None] | None = None,
    ) -> SiteSnapshot:
        with tempfile.TemporaryDirectory(prefix="prevet-site-") as work:
            out = Path(work) / "snapshot.json"
            event, pid = self._job(
                {
                    "target": target,
                    "options": asdict(options),
                    "out": str(out),
                    "budget": budget,
                    "screenshots": str(screenshots_dir or ""),
                },
                budget + GRACE_SECONDS,
                progress,
            )
            if event.get("timed_out"):
                raise SiteTimedOut(f"the site did not finish within its budget of {budget:g} s")
            if event.get("browser_crashed"):
                raise BrowserCrashed("the browser crashed while the site was rendered")
            return SiteSnapshot.load(out)

    def fetch(self, url: str, options: CrawlOptions) -> tuple[int, bytes]:
        """Fetch one document through the crawler; (status, body) or CrawlError."""
        with tempfile.TemporaryDirectory(prefix="prevet-fetch-") as work:
            out = Path(work) / "body"
            event, _pid = self._job(
                {"fetch": url, "options": asdict(options), "out": str(out)},
                options.timeout * 3 + GRACE_SECONDS,
                None,
            )
            if "error" in event or not out.exists():
                raise CrawlError(f"{url} could not be fetched: {event.get('error', 'no answer')}")
            return int(event.get("status", 0)), out.read_bytes()

    def _job(
        self, job: dict[str, Any], wait: float, progress: Callable[[dict[str, Any]], None] | None
    ) -> tuple[dict[str, Any], int]:
        job_id = str(next(self._ids))
        waiting: queue.Queue = queue.Queue()
        with self._lock:
            if self._closed:
                raise ServiceDied("the crawl service was closed")
            process = self._process
        process.send(job_id, job, waiting)
        pid = process.proc.pid
        try:
            while True:
                try:
                    event = waiting.get(timeout=wait)
                except queue.Empty:
                    self.restart(dead=pid)  # stuck: other sites in it are crawled again
                    raise ServiceDied("the crawl service stopped answering") from None
                kind = event.get("event")
                if kind == "progress":
                    if progress is not None:
                        progress(event)
                elif kind == "done":
                    return event, pid
                elif kind == "died":
                    raise ServiceDied(f"the crawl service stopped ({event['error']})")
                else:
                    raise CrawlError(f"the crawler failed: {event.get('error', '')}")
        finally:
            process.forget(job_id)

    def close(self) -> None:
        """End the process (sites still in it end as ServiceDied, and are not retried)."""
        with self._lock:
            self._closed = True
        self._process.close(wait=CLOSE_SECONDS)
