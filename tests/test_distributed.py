"""Portfolio runs on a task queue: real `prevet worker` processes (Celery, prefork) on a real Redis,
results in a real PostgreSQL, sites served on 127.0.0.1.

- two workers audit twenty sites; one is killed with SIGKILL (the whole worker, its pool and its
  crawl service) while it holds a site: the broker gives that site to the other worker, and every
  site ends with exactly one result and one history run; the portfolio written from the store has
  the verdicts, and the same failed checks, as a local run of the same sites;
- a site that hangs ends at the soft time limit, a worker process that hangs under a site is
  killed at the hard limit (and the site recorded by the worker's main process), and the queue
  goes on;
- the store keeps results exactly-once whatever the order of deliveries; a site whose worker
  keeps dying is "could not check" after the retry budget;
- sites nothing can finish any more (a task lost for good, a run whose queuer died) end as
  "could not check" with the reason, while a site queued behind others stays pending;
- the per-domain limit holds a crawl back while another worker has the domain's slots, and two
  workers rendering two sites of one domain never have more than N page loads in flight;
- the fault-tolerance test runs on Redis and, where rabbitmq-server is installed, on RabbitMQ.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests import postgres, rabbitmq_server, redis_server
from tests.conftest import ROOT, SITES, failed_checks, run_prevet, served
from tests.test_portfolio import _descendants

BUDGET = "20"
VISIBILITY = "30"  # seconds before a vanished worker's site goes to the other
SLOW_HOST = "www.slow-harbor-florist.com"
SLOW_SECONDS = 6.0


@pytest.fixture(scope="session")
def pg_server() -> Iterator[postgres.PostgresServer]:
    yield from postgres.server_fixture()


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    yield from redis_server.server_fixture()


@pytest.fixture(scope="module")
def rabbitmq_url() -> Iterator[str]:
    yield from rabbitmq_server.server_fixture()


@pytest.fixture(params=["redis", "rabbitmq"])
def broker_url(request: pytest.FixtureRequest) -> str:
    """The fault-tolerance test's broker: Redis (CI), and RabbitMQ where it is installed."""
    return request.getfixturevalue(f"{request.param}_url")


@pytest.fixture
def pg_store(pg_server: postgres.PostgresServer) -> Iterator[str]:
    from prevet.store.engine import forget_engines

    yield pg_server.new_database()
    forget_engines()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from postgres.store_url_fixture(request, tmp_path)


# --- sites ---------------------------------------------------------------------------------


def _small_fixture_sites(count: int) -> list[tuple[str, str]]:
    """(folder, host) of `count` small fixture sites with hosts of their own."""
    chosen: list[tuple[str, str]] = []
    hosts: set[str] = set()
    for folder in sorted(SITES.iterdir()):
        expected = folder / "expected.json"
        if not expected.is_file() or (folder / "_hosts").exists():
            continue
        host = json.loads(expected.read_text()).get("host")
        if not host or host in hosts or len(list(folder.rglob("*.html"))) > 8:
            continue
        hosts.add(host)
        chosen.append((folder.name, host))
        if len(chosen) == count:
            return chosen
    raise AssertionError(f"only {len(chosen)} small fixture sites")


class _Slow(BaseHTTPRequestHandler):
    """A small business whose server takes SLOW_SECONDS over its home page."""

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path in ("/", "/index.html"):
            time.sleep(SLOW_SECONDS)
            body = (
                "<!doctype html><html><head><title>Slow Harbor Florist</title></head><body>"
                "<h1>Slow Harbor Florist</h1><p>Fresh flowers, 12 Quay St, Portland. "
                "Call (555) 010-2233.</p><a href='/privacy'>Privacy</a></body></html>"
            )
        elif self.path == "/privacy":
            body = (
                "<html><body><h1>Privacy Policy</h1><p>Slow Harbor Florist keeps your "
                "name and phone number to fill your orders and never sells them.</p>"
                "</body></html>"
            )
        else:
            self.send_error(404)
            return
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def _slow_site() -> Iterator[tuple[str, str]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    try:
        yield f"http://{SLOW_HOST}:{port}/", f"{SLOW_HOST}:{port}:127.0.0.1"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def _hanging_site() -> Iterator[tuple[str, str]]:
    """A server that accepts connections and never answers."""
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    port = sock.getsockname()[1]
    try:
        yield (f"http://www.hanging-bakery.com:{port}/", f"www.hanging-bakery.com:{port}:127.0.0.1")
    finally:
        sock.close()


# --- workers -------------------------------------------------------------------------------


def _parent(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except OSError:  # it has ended meanwhile
        return None


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid`."""
    return [child for child, _name in _descendants(pid) if _parent(child) == pid]


def _tree(pid: int) -> list[int]:
    return [pid, *(child for child, _name in _descendants(pid))]


class _Worker:
    """`prevet worker` in a session of its own, its log in a file."""

    def __init__(
        self, name: str, broker: str, store: str, resolve: list[str], log: Path, *extra: str
    ):
        args = [
            sys.executable,
            "-m",
            "prevet.cli",
            "worker",
            "--broker",
            broker,
            "--store",
            store,
            "--concurrency",
            "1",
            "--name",
            f"{name}@test",
            *extra,
        ]
        for entry in resolve:
            args += ["--resolve", entry]
        self.name = name
        self.log = log
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen(
            args,
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )

    def wait_ready(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while "ready." not in self.log.read_text():
            assert self.proc.poll() is None, self.log.read_text()[-3000:]
            assert time.monotonic() < deadline, self.log.read_text()[-3000:]
            time.sleep(0.2)

    def pool_process(self) -> int:
        children = _children(self.proc.pid)
        assert len(children) == 1, children  # --concurrency 1
        return children[0]

    def kill(self) -> None:
        """kill -9 of the worker, its pool and everything they started."""
        pids = _tree(self.proc.pid)
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.proc.wait()

    def stop(self) -> None:
        if self.proc.poll() is not None:
            return
        pids = _tree(self.proc.pid)
        for pid in pids:  # a stopped pool process cannot shut down warmly
            try:
                os.kill(pid, signal.SIGCONT)
            except ProcessLookupError:
                pass
        self.proc.terminate()
        try:
            self.proc.wait(timeout=40)
        except subprocess.TimeoutExpired:
            self.kill()


def _queue(kind: str, *args: str) -> str:
    """Run `prevet KIND ... --no-wait`; the portfolio run id it printed."""
    proc = run_prevet(kind, *args, "--no-wait", timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    found = re.search(r"portfolio run ([0-9a-f]{12})", proc.stdout)
    assert found, proc.stdout
    return found.group(1)


def _wait_for(run_id: str, store: str, done: object, timeout: float) -> object:
    from prevet.store.portfolio_runs import find_portfolio_run

    deadline = time.monotonic() + timeout
    while True:
        stored = find_portfolio_run(run_id, store)
        if done(stored):
            return stored
        assert time.monotonic() < deadline, [
            (s.url, s.status, s.worker, s.attempts) for s in stored.sites
        ]
        time.sleep(0.3)


def _resolve_args(entries: list[str]) -> list[str]:
    return [part for entry in entries for part in ("--resolve", entry)]


# --- the cluster ---------------------------------------------------------------------------


def test_a_worker_killed_mid_site_loses_nothing_and_duplicates_nothing(
    tmp_path: Path, broker_url: str, pg_store: str
) -> None:
    """On Redis the killed worker's site comes back after the visibility timeout; on RabbitMQ
    when the broker sees its connection drop."""
    from prevet.store import list_runs

    with ExitStack() as stack:
        urls, resolve = [], []
        for name, host in _small_fixture_sites(19):
            server = stack.enter_context(served(name))
            urls.append(server.url(host))
            resolve.append(server.resolve(host))
        slow_url, slow_resolve = stack.enter_context(_slow_site())
        urls.insert(len(urls) // 2, slow_url)
        resolve.append(slow_resolve)
        listing = tmp_path / "sites.txt"
        listing.write_text("\n".join(urls) + "\n")

        workers = {}
        for name in ("w1", "w2"):
            workers[name] = _Worker(
                name,
                broker_url,
                pg_store,
                resolve,
                tmp_path / f"{name}.log",
                "--visibility-timeout",
                VISIBILITY,
            )
            stack.callback(workers[name].stop)
        for worker in workers.values():
            worker.wait_ready()
        run_id = _queue(
            "audit",
            "--sites",
            str(listing),
            "--broker",
            broker_url,
            "--store",
            pg_store,
            "--render",
            "never",
            "--site-budget",
            BUDGET,
            *_resolve_args(resolve),
        )

        # kill -9 the worker that holds the slow site, while it holds it
        position = urls.index(slow_url)
        holding = _wait_for(run_id, pg_store, lambda s: s.sites[position].started, 120)
        victim = holding.sites[position].worker.split("@")[0]
        assert not holding.sites[position].finished
        workers[victim].kill()
        survivor = next(name for name in workers if name != victim)

        stored = _wait_for(run_id, pg_store, lambda s: s.finished, 150)
        local = run_prevet(
            "audit",
            "--sites",
            str(listing),
            "--render",
            "never",
            "--no-store",
            "--out",
            str(tmp_path / "local"),
            "--quiet",
            "--concurrency",
            "2",
            *_resolve_args(resolve),
            timeout=300,
        )
        assert local.returncode in (0, 1), local.stdout + local.stderr

    slow = stored.sites[position]
    assert slow.attempts >= 2 and slow.worker.startswith(survivor), slow
    assert {site.worker.split("@")[0] for site in stored.sites} == {"w1", "w2"}
    for site in stored.sites:  # one result, one history run, and the row points at it
        runs = list_runs(site.url, pg_store)
        assert [run.id for run in runs] == [site.history_run_id], site

    proc = run_prevet("portfolio", run_id[:8], "--store", pg_store, "--out", str(tmp_path / "dist"))
    assert proc.returncode == local.returncode, proc.stdout + proc.stderr
    dist = json.loads((tmp_path / "dist" / "portfolio.json").read_text())
    mine = json.loads((tmp_path / "local" / "portfolio.json").read_text())
    assert [s["url"] for s in dist["sites"]] == urls
    assert {s["url"]: s["status"] for s in dist["sites"]} == {
        s["url"]: s["status"] for s in mine["sites"]
    }
    assert len({s["status"] for s in dist["sites"]}) >= 2  # a portfolio, not one verdict
    assert dist["counts"] == mine["counts"]
    for site in dist["sites"]:
        ours = json.loads((tmp_path / "dist" / site["folder"] / "report.json").read_text())
        theirs = json.loads((tmp_path / "local" / site["folder"] / "report.json").read_text())
        assert failed_checks(ours) == failed_checks(theirs), site["url"]
        assert (tmp_path / "dist" / site["report"]).is_file()
    index = (tmp_path / "dist" / "index.html").read_text()
    rows = index.split("<tbody>")[1].split("</tbody>")[0].split("<tr ")[1:]
    assert [row.split('data-status="')[1].split('"')[0] for row in rows] == [
        s["status"] for s in dist["sites"]
    ]


def test_hangs_end_at_the_soft_or_the_hard_limit_and_the_queue_goes_on(
    tmp_path: Path, redis_url: str, pg_store: str
) -> None:
    from prevet.distributed.app import time_limits

    budget = 3.0
    soft, hard = time_limits(budget)
    with ExitStack() as stack:
        hang_url, hang_resolve = stack.enter_context(_hanging_site())
        slow_url, slow_resolve = stack.enter_context(_slow_site())
        demo = stack.enter_context(served("drift-base"))
        demo_url = demo.url("www.harborviewdental.com")
        resolve = [hang_resolve, slow_resolve, demo.resolve("www.harborviewdental.com")]
        worker = _Worker("w3", redis_url, pg_store, resolve, tmp_path / "w3.log")
        stack.callback(worker.stop)
        worker.wait_ready()
        run_id = _queue(
            "audit",
            hang_url,
            slow_url,
            demo_url,
            "--broker",
            redis_url,
            "--store",
            pg_store,
            "--render",
            "never",
            "--site-budget",
            str(budget),
            *_resolve_args(resolve),
        )
        # the worker process hangs under the slow site (stopped): only the hard limit ends it
        _wait_for(run_id, pg_store, lambda s: s.sites[1].started, 120)
        stopped = worker.pool_process()
        os.kill(stopped, signal.SIGSTOP)
        stored = _wait_for(run_id, pg_store, lambda s: s.finished, hard + 90)
        assert worker.pool_process() != stopped  # a new process took over

    hang, slow, fine = stored.sites
    assert (hang.status, hang.exit_code) == ("not_checked", 2)
    # the crawl's connection timeout (20 s) outlasts so small a budget: the soft limit ends it
    assert hang.reason == f"did not finish within its time limit of {soft:g} s", hang
    assert (slow.status, slow.exit_code) == ("not_checked", 2)
    assert slow.reason == f"stopped at its hard time limit of {hard:g} s", slow
    assert slow.history_run_id is None
    assert fine.status == "ready" and fine.history_run_id, fine


def test_audit_baseline_and_drift_go_through_the_queue_and_wait(
    tmp_path: Path, redis_url: str, pg_store: str
) -> None:
    hosts = {"drift-base": "www.harborviewdental.com", "demo": "www.brightsidedental.com"}
    with ExitStack() as stack:
        servers = {name: stack.enter_context(served(name)) for name in hosts}
        urls = [servers[name].url(host) for name, host in hosts.items()]
        resolve = [servers[name].resolve(host) for name, host in hosts.items()]
        listing = tmp_path / "sites.txt"
        listing.write_text("\n".join(urls) + "\n")
        worker = _Worker("w4", redis_url, pg_store, resolve, tmp_path / "w4.log")
        stack.callback(worker.stop)
        worker.wait_ready()
        queue = ["--broker", redis_url, "--store", pg_store]
        audited = run_prevet(
            "audit",
            "--sites",
            str(listing),
            *queue,
            "--render",
            "never",
            "--out",
            str(tmp_path / "a"),
            *_resolve_args(resolve),
        )
        approved = run_prevet("baseline", "--sites", str(listing), *queue, cwd=tmp_path)
        drift = run_prevet(
            "drift",
            str(listing),
            *queue,
            "--render",
            "never",
            "--out",
            str(tmp_path / "d"),
            *_resolve_args(resolve),
        )
    assert audited.returncode == 1, audited.stdout + audited.stderr  # demo needs changes
    assert "through the queue" in audited.stdout and "[2/2]" in audited.stdout
    portfolio = json.loads((tmp_path / "a" / "portfolio.json").read_text())
    assert [(s["url"], s["status"]) for s in portfolio["sites"]] == [
        (urls[0], "ready"),
        (urls[1], "needs_changes"),
    ]
    assert (tmp_path / "a" / "www.brightsidedental.com" / "report.html").is_file()
    assert approved.returncode == 0, approved.stdout + approved.stderr
    assert approved.stdout.count("Baseline for ") == 2
    assert not (tmp_path / "prevet-report").exists()  # approving writes no reports
    assert drift.returncode == 0, drift.stdout + drift.stderr
    checked = json.loads((tmp_path / "d" / "portfolio.json").read_text())
    assert checked["kind"] == "drift"
    assert [(s["url"], s["drift"]["status"], s["drift"]["changes"]) for s in checked["sites"]] == [
        (url, "no_drift", 0) for url in urls
    ]
    baselines = {s["url"]: s["drift"]["baseline_run"] for s in checked["sites"]}
    assert baselines == {s["url"]: s["run_id"] for s in portfolio["sites"]}


# --- exactly-once in the store -------------------------------------------------------------


def _audited(url: str):  # noqa: ANN202 - (Report, SiteSnapshot)
    from tests.test_store import audited

    return audited(base=url)


def test_results_are_kept_once_whatever_the_deliveries(store_url: str) -> None:
    from prevet.store import find_run, list_runs, save_audit
    from prevet.store.portfolio_runs import (
        AlreadyRecorded,
        begin_site,
        claim_site,
        create_portfolio_run,
        find_portfolio_run,
        finish_site,
    )

    url = "https://www.harborviewdental.com/"
    run_id = create_portfolio_run(
        "audit",
        [url, "https://www.other-example.com/"],
        {"formats": ["json"], "budget": 20},
        store_url,
    )
    assert begin_site(run_id, 0, "w1@a/1", store_url) == 1
    first = save_audit(
        *_audited(url), url=store_url, within=lambda s, rid: claim_site(s, run_id, 0, rid)
    )
    # the first worker dies here; the site is delivered again and audited again
    assert begin_site(run_id, 0, "w2@b/2", store_url) == 2
    second = save_audit(
        *_audited(url), url=store_url, within=lambda s, rid: claim_site(s, run_id, 0, rid)
    )
    assert find_run(first, store_url) is None  # the dead attempt's run is gone with its claim
    assert [run.id for run in list_runs(url, store_url)] == [second]
    # a late finish of the superseded attempt writes nothing
    assert not finish_site(
        run_id, 0, status="ready", exit_code=0, history_run_id=first, claimed=first, store=store_url
    )
    assert finish_site(
        run_id,
        0,
        status="needs_changes",
        exit_code=1,
        history_run_id=second,
        claimed=second,
        seconds=3.2,
        store=store_url,
    )
    assert not finish_site(run_id, 0, status="not_checked", exit_code=2, store=store_url)
    assert begin_site(run_id, 0, "w3@c/3", store_url) is None  # finished: nothing to do
    with pytest.raises(AlreadyRecorded):  # nor to keep
        save_audit(
            *_audited(url), url=store_url, within=lambda s, rid: claim_site(s, run_id, 0, rid)
        )
    assert [run.id for run in list_runs(url, store_url)] == [second]

    stored = find_portfolio_run(run_id[:6], store_url)
    site, other = stored.sites
    assert (site.status, site.exit_code, site.history_run_id, site.attempts, site.worker) == (
        "needs_changes",
        1,
        second,
        2,
        "w2@b/2",
    )
    assert site.finished and not other.started and not stored.finished


def test_a_site_whose_worker_keeps_dying_is_could_not_check(store_url: str) -> None:
    from prevet.distributed import tasks
    from prevet.distributed.app import MAX_ATTEMPTS
    from prevet.store.portfolio_runs import begin_site, create_portfolio_run, find_portfolio_run

    url = "https://www.crashing-example.com/"
    run_id = create_portfolio_run("audit", [url], {"budget": 20}, store_url)
    for _ in range(MAX_ATTEMPTS):  # each delivery's process was killed under the site
        begin_site(run_id, 0, "w@x/1", store_url)
    task = SimpleNamespace(request=SimpleNamespace(hostname="w9@test"))
    saved = tasks.SETTINGS
    tasks.SETTINGS = tasks.WorkerSettings(store=store_url)
    try:
        outcome = tasks.run_site(
            task, run_id=run_id, position=0, url=url, job={"kind": "audit", "budget": 20}
        )
    finally:
        tasks.SETTINGS = saved
    assert outcome == "not_checked"
    site = find_portfolio_run(run_id, store_url).sites[0]
    assert (site.status, site.exit_code, site.finished) == ("not_checked", 2, True)
    assert f"ended under this site {MAX_ATTEMPTS} times" in site.reason


def test_sites_nothing_can_finish_end_as_could_not_check(store_url: str) -> None:
    """A run stays "running" forever when a site's task is lost for good, or when the process
    that queued the run died before sending every site: once nothing can finish them, such
    sites are "could not check" with the reason, and a late delivery changes nothing."""
    from datetime import UTC, datetime, timedelta

    from prevet.store.portfolio_runs import (
        QUEUEING_GRACE,
        begin_site,
        create_portfolio_run,
        find_portfolio_run,
        finish_site,
        mark_queued,
    )

    urls = [
        "https://www.lost-example.com/",
        "https://www.waiting-example.com/",
        "https://www.done-example.com/",
    ]
    run_id = create_portfolio_run("audit", urls, {"budget": 20}, store_url)
    mark_queued(run_id, store_url)
    assert begin_site(run_id, 0, "w1@a/1", store_url, allowed=120) == 1
    assert begin_site(run_id, 2, "w1@a/1", store_url, allowed=120) == 1
    assert finish_site(run_id, 2, status="ready", exit_code=0, store=store_url)
    start = datetime.now(UTC)

    # within the attempt's allowance, the site may still finish (or be delivered again)
    stored = find_portfolio_run(run_id, store_url, now=start + timedelta(seconds=100))
    assert not stored.sites[0].finished
    # another run's site started meanwhile: the queue moves, the site may wait behind others
    other = create_portfolio_run(
        "audit", ["https://www.other-example.com/"], {"budget": 20}, store_url
    )
    mark_queued(other, store_url)
    begin_site(other, 0, "w2@b/1", store_url, allowed=120)
    later = datetime.now(UTC) + timedelta(seconds=100)
    assert not find_portfolio_run(run_id, store_url, now=later).sites[0].finished

    stored = find_portfolio_run(run_id, store_url, now=later + timedelta(seconds=60))
    lost, waiting, done = stored.sites
    assert (lost.status, lost.exit_code, lost.finished) == ("not_checked", 2, True)
    assert lost.reason.startswith("lost: attempt 1 (worker w1@a/1) never recorded a result"), (
        lost.reason
    )
    # a site queued and waiting its turn is never given up, however long the queue
    assert not waiting.started and not waiting.finished
    assert (done.status, done.reason) == ("ready", "")
    assert not finish_site(run_id, 0, status="ready", exit_code=0, store=store_url)
    assert begin_site(run_id, 0, "w3@c/1", store_url, allowed=120) is None

    # the process that queued a run died before it sent every site (queued_at never written)
    orphan = create_portfolio_run("drift", urls[:2], {"budget": 20}, store_url)
    begin_site(orphan, 0, "w1@a/2", store_url, allowed=3600)  # one had been sent
    soon = datetime.now(UTC) + QUEUEING_GRACE / 2
    assert not any(s.finished for s in find_portfolio_run(orphan, store_url, now=soon).sites)
    stored = find_portfolio_run(
        orphan, store_url, now=datetime.now(UTC) + QUEUEING_GRACE + timedelta(seconds=1)
    )
    sent, unsent = stored.sites
    assert not sent.finished  # its worker may still be at it
    assert (unsent.status, unsent.finished) == ("not_checked", True)
    assert unsent.reason.startswith("not queued: the process that queued this run ended")
    # a run whose queueing finished keeps its sites queued past the grace
    assert not find_portfolio_run(run_id, store_url, now=soon + QUEUEING_GRACE).sites[1].finished


def test_a_lost_site_ends_the_wait_and_shows_in_the_portfolio(tmp_path: Path) -> None:
    """`prevet portfolio RUN_ID` shows a lost site as could not check, with the reason, and
    the caller's wait ends (the worker here allowed its attempt one second). The test asks
    the run why the wait ended, never how long it took: the site was settled as lost once its
    own allowance ran out (the reason names it), not the default one of a row that has none."""
    from prevet.distributed.queue import wait
    from prevet.store.portfolio_runs import begin_site, create_portfolio_run, mark_queued

    store = f"sqlite:///{tmp_path / 'h.sqlite3'}"
    url = "https://www.lost-example.com/"
    run_id = create_portfolio_run("audit", [url], {"budget": 20, "formats": ["json"]}, store)
    mark_queued(run_id, store)
    begin_site(run_id, 0, "w1@gone/7", store, allowed=1.0)
    seen: list[str] = []
    progress = SimpleNamespace(start=seen.append, finish=lambda row: seen.append(row.reason))
    stored = wait(run_id, store, progress)
    assert stored.finished
    lost = stored.sites[0]
    assert (lost.status, lost.exit_code, lost.attempts) == ("not_checked", 2, 1)
    assert lost.reason.startswith("lost: attempt 1 (worker w1@gone/7)"), lost.reason
    assert "no worker took any site for 1 s " in lost.reason, lost.reason
    assert seen == [url, lost.reason]  # the progress display was told as it happened
    proc = run_prevet("portfolio", run_id, "--store", store, "--out", str(tmp_path / "out"))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "not finished yet" not in proc.stderr
    site = json.loads((tmp_path / "out" / "portfolio.json").read_text())["sites"][0]
    assert (site["status"], site["reason"]) == ("not_checked", lost.reason)


def test_the_nightly_drift_run_queues_every_listed_site(
    tmp_path: Path, redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    import redis

    from prevet.distributed import tasks
    from prevet.distributed.app import DRIFT_TASK, QUEUE, TASK, make_app
    from prevet.store.portfolio_runs import find_portfolio_run

    broker = redis_url.rsplit("/", 1)[0] + "/3"  # a database of its own: an empty queue
    store = f"sqlite:///{tmp_path / 'h.sqlite3'}"
    listing = tmp_path / "sites.txt"
    listing.write_text("# nightly\nwww.a-example.com\nhttps://b-example.com/shop\n")
    monkeypatch.setattr(tasks, "SETTINGS", tasks.WorkerSettings(store=store))
    run_id = tasks.queue_drift(
        SimpleNamespace(app=make_app(broker)), sites_file=str(listing), budget=40
    )
    stored = find_portfolio_run(run_id, store)
    assert stored.kind == "drift" and stored.options["budget"] == 40
    assert [site.url for site in stored.sites] == [
        "https://www.a-example.com/",
        "https://b-example.com/shop",
    ]
    assert not any(site.started for site in stored.sites)
    queued = [json.loads(m) for m in redis.Redis.from_url(broker).lrange(QUEUE, 0, -1)]
    assert [m["headers"]["task"] for m in queued] == [TASK, TASK]
    assert {tuple(m["headers"]["timelimit"]) for m in queued} == {(85.0, 70.0)}

    monkeypatch.setenv("PREVET_BROKER", broker)
    monkeypatch.setenv("PREVET_DRIFT_SITES", str(listing))
    monkeypatch.setenv("PREVET_DRIFT_CRON", "30 3 * * 1-5")
    beat = importlib.import_module("prevet.distributed.beat")
    entry = importlib.reload(beat).app.conf.beat_schedule["nightly-drift"]
    assert entry["task"] == DRIFT_TASK and entry["kwargs"]["sites_file"] == str(listing)
    assert entry["schedule"].hour == {3} and entry["schedule"].minute == {30}
    assert entry["schedule"].day_of_week == {1, 2, 3, 4, 5}


# --- politeness ----------------------------------------------------------------------------


def test_domain_slots_are_shared_and_expire(redis_url: str) -> None:
    from crawler.politeness import DomainSlots

    slots = DomainSlots(redis_url, limit=2, hold=0.5)
    assert slots.take("acme-example.com", "a") and slots.take("acme-example.com", "b")
    assert not slots.take("acme-example.com", "c")
    assert slots.take("other-example.com", "c")  # another domain has slots of its own
    slots.give_back("acme-example.com", "a")
    assert slots.take("acme-example.com", "c")
    assert slots.in_use("acme-example.com") == 2
    time.sleep(0.6)  # a holder that died: its slots expire
    assert slots.in_use("acme-example.com") == 0
    assert slots.take("acme-example.com", "d")


def test_a_crawl_waits_for_a_slot_of_its_domain(redis_url: str) -> None:
    from crawler.politeness import DomainSlots
    from crawler.run import CrawlOptions, crawl_settings, crawl_site
    from crawler.urls import registrable_domain

    assert "DOWNLOADER_MIDDLEWARES" not in crawl_settings(CrawlOptions())  # off without Redis
    host = "www.harborviewdental.com"
    other_worker = DomainSlots(redis_url, limit=1, hold=60)
    with served("drift-base") as server:
        assert other_worker.take(registrable_domain(host), "elsewhere")
        given_back: list[float] = []

        def give_back() -> None:
            given_back.append(time.monotonic())
            other_worker.give_back(registrable_domain(host), "elsewhere")

        threading.Timer(1.0, give_back).start()
        snapshot = crawl_site(
            server.url(host),
            CrawlOptions(
                render="never",
                resolve={f"{host}:{server.port}": "127.0.0.1"},
                domain_slots_url=redis_url,
                domain_slots=1,
            ),
        )
        first_request = min(r.started for r in server.requests)
    assert snapshot.pages and not snapshot.unreachable
    # nothing was fetched while the other worker held the only slot: the order of two events,
    # not a duration
    assert given_back and first_request >= given_back[0]
    assert other_worker.in_use(registrable_domain(host)) == 0  # every slot given back


def _page_loads(requests: list) -> list:
    """The requests that fetch a page, Scrapy's and the browser's navigations (they ask for
    text/html first); not what a rendered page loads of its own (styles, images, scripts)."""
    return [r for r in requests if r.headers.get("accept", "").startswith("text/html")]


def _by_browser(request: object) -> bool:
    """A navigation of Chromium (it says it would rather have HTTPS; Scrapy does not)."""
    return request.headers.get("upgrade-insecure-requests") == "1"


def _most_at_once(requests: list) -> int:
    """The most requests the server was answering at one moment."""
    edges = sorted(
        [(r.started, 1) for r in requests] + [(r.answered, -1) for r in requests],
        key=lambda edge: (edge[0], edge[1]),
    )
    most = now = 0
    for _when, step in edges:
        now += step
        most = max(most, now)
    return most


def test_renders_and_requests_share_the_domain_limit_across_workers(
    tmp_path: Path, redis_url: str, pg_store: str
) -> None:
    """Two sites of one registrable domain, each audited by its own worker with every page
    rendered: the servers never answer more than N page loads at once, counting Scrapy's
    requests and the browser's navigations together."""
    limit = 2
    hosts = {"drift-base": "www.harborview-clinics.com", "demo": "smiles.harborview-clinics.com"}
    with ExitStack() as stack:
        servers = {name: stack.enter_context(served(name, delay=0.25)) for name in hosts}
        urls = [servers[name].url(host) for name, host in hosts.items()]
        resolve = [servers[name].resolve(host) for name, host in hosts.items()]
        workers = [
            _Worker(
                name,
                redis_url,
                pg_store,
                resolve,
                tmp_path / f"{name}.log",
                "--per-domain",
                str(limit),
            )
            for name in ("p1", "p2")
        ]
        for worker in workers:
            stack.callback(worker.stop)
        for worker in workers:
            worker.wait_ready()
        proc = run_prevet(
            "audit",
            *urls,
            "--broker",
            redis_url,
            "--store",
            pg_store,
            "--render",
            "always",
            "--site-budget",
            "90",
            "--out",
            str(tmp_path / "out"),
            "--quiet",
            *_resolve_args(resolve),
        )
    assert proc.returncode in (0, 1), proc.stdout + proc.stderr
    portfolio = json.loads((tmp_path / "out" / "portfolio.json").read_text())
    assert {s["status"] for s in portfolio["sites"]} <= {"ready", "needs_changes"}, portfolio
    loads = {name: _page_loads(server.requests) for name, server in servers.items()}
    for name, seen in loads.items():  # each site's pages were fetched and rendered
        rendered = [r for r in seen if _by_browser(r)]
        assert len(rendered) >= 5, (name, [r.path for r in seen])
        assert all(r.answered for r in seen)
    first, second = loads.values()
    # the two crawls ran at the same time (one a worker, each worker one site at a time): the
    # limit, not the queue, kept their page loads apart
    assert min(r.started for r in first) < max(r.answered for r in second)
    assert min(r.started for r in second) < max(r.answered for r in first)
    together = first + second
    assert _most_at_once(together) <= limit, sorted(
        (round(r.started, 2), round(r.answered, 2), r.host, r.path) for r in together
    )
    assert _most_at_once(together) == limit  # the crawls pressed on the limit


# --- deployment recipes --------------------------------------------------------------------


def _parses(args: list[str]) -> None:
    """`prevet ARGS` is a command line prevet accepts (its options and values exist)."""
    import typer.main

    from prevet.cli import app

    command = typer.main.get_command(app).commands[args[0]]
    command.make_context(args[0], list(args[1:]))  # raises on an unknown option or bad value


def test_the_deployment_recipes_use_real_commands_and_options() -> None:
    import shlex

    import yaml

    compose = yaml.safe_load((ROOT / "deploy" / "compose.yaml").read_text())
    services = compose["services"]
    assert {"redis", "postgres", "worker", "scheduler"} <= set(services)
    worker = services["worker"]
    assert worker["environment"]["PREVET_BROKER"].startswith("redis://redis:")
    assert worker["environment"]["PREVET_STORE"].startswith("postgresql://")
    _parses([*worker["command"], "--broker", "redis://redis:6379/0"])
    scheduler = services["scheduler"]["entrypoint"]
    assert scheduler[:4] == ["celery", "-A", "prevet.distributed.beat:app", "beat"]
    assert services["scheduler"]["environment"]["PREVET_DRIFT_SITES"]
    for unit in (ROOT / "deploy" / "systemd").glob("*.service"):
        text = unit.read_text()
        line = text.split("ExecStart=", 1)[1].split("\n")[0]
        while line.endswith("\\"):
            rest = text.split(line, 1)[1].lstrip("\n")
            line = line[:-1] + " " + rest.split("\n")[0].strip()
        args = shlex.split(line.replace("%i", "1").replace("%H", "host"))
        if args[0].endswith("/prevet"):
            env = ["--broker", "redis://r/0"] if args[1] == "worker" else []
            _parses(args[1:] + env)
        else:
            assert args[0].endswith("/celery") and "prevet.distributed.beat:app" in args


# --- command line --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, words",
    [
        (["audit", "a-example.com", "b-example.com", "--broker", "ftp://x"], "is not a broker URL"),
        (
            ["audit", "a-example.com", "--broker", "redis://127.0.0.1:1/0"],
            "cannot reach the broker",
        ),
        (["drift", "a-example.com", "--no-wait"], "--no-wait needs --broker"),
        (["worker", "--broker", "redis://127.0.0.1:1/0"], "cannot reach the broker"),
        (
            ["baseline", "a-example.com", "--broker", "redis://:secret@127.0.0.1:1/0"],
            "cannot reach the broker redis://:***@127.0.0.1:1/0",
        ),
    ],
)
def test_bad_brokers_are_one_line_errors(args: list[str], words: str, tmp_path: Path) -> None:
    proc = run_prevet(*args, "--store", f"sqlite:///{tmp_path / 'h.sqlite3'}", timeout=60)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.startswith("prevet: ") and proc.stderr.strip().count("\n") == 0, proc.stderr
    assert words in proc.stderr
    assert "secret" not in proc.stderr


def test_an_unknown_portfolio_run_is_a_one_line_error(tmp_path: Path) -> None:
    proc = run_prevet("portfolio", "abcdef12", "--store", f"sqlite:///{tmp_path / 'h.sqlite3'}")
    assert proc.returncode == 2
    assert (
        proc.stderr.strip() == "prevet: no portfolio run 'abcdef12' in the store "
        f"sqlite:///{tmp_path / 'h.sqlite3'}"
    )


def test_runs_of_an_earlier_store_are_taken_as_queued(tmp_path: Path) -> None:
    """Migration 0003 on a store with a run of the earlier version: its waiting sites stay
    queued (the run is taken as queued when it was created), never "not queued"."""
    from datetime import UTC, datetime, timedelta

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from prevet.store.engine import MIGRATIONS, forget_engines
    from prevet.store.portfolio_runs import find_portfolio_run

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002_portfolio_runs")
        conn.exec_driver_sql(
            "INSERT INTO portfolio_runs (id, kind, created_at, total, options) VALUES "
            "('abcdef123456', 'audit', '2026-11-01 02:00:00.000000', 1, '{\"budget\": 20}')"
        )
        conn.exec_driver_sql(
            "INSERT INTO portfolio_sites (run_id, position, url, reason, attempts, seconds, "
            "worker) VALUES ('abcdef123456', 0, 'https://www.old-example.com/', '', 0, 0, '')"
        )
    engine.dispose()
    try:
        stored = find_portfolio_run("abcdef12", url, now=datetime.now(UTC) + timedelta(days=30))
        assert stored is not None and not stored.sites[0].finished
    finally:
        forget_engines()
