"""Distributed benchmark: sites per minute through the task queue with 1, 2 and 4 worker
processes on this machine.

Generates N small-business sites (bench/portfolio_bench.py's generator: 5-15 pages, 1-3 opt-in
forms each), serves each on 127.0.0.1 under its own name, starts a Redis (tests/redis_server.py)
and a PostgreSQL store (tests/postgres.py; SQLite when PostgreSQL is not installed), then for
each worker count: one `prevet worker --concurrency P` (ready before the clock starts: its
processes have loaded the analysis and launched their browsers), one `prevet audit --sites FILE
--broker URL` that queues every site and waits for the last one. Reported: wall seconds from
queueing to the portfolio written, sites per minute, and sites per minute per worker process.

    .venv/bin/python bench/distributed_bench.py [--sites 24] [--processes 1,2,4] [--render auto]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.portfolio_bench import serve_generated_sites  # noqa: E402
from tests import postgres, redis_server  # noqa: E402


def _store(stack: ExitStack, work: Path) -> tuple[str, str]:
    """(store URL, what it is): PostgreSQL when the server binaries are installed."""
    if postgres.find_bin_dir() is not None:
        server = stack.enter_context(postgres.postgres_server())
        return server.new_database(), "PostgreSQL"
    return f"sqlite:///{work / 'history.sqlite3'}", "SQLite"


def _worker(
    broker: str, store: str, processes: int, resolve: list[str], log: Path
) -> subprocess.Popen:
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
        str(processes),
        "--name",
        f"bench{processes}@local",
    ]
    for entry in resolve:
        args += ["--resolve", entry]
    proc = subprocess.Popen(
        args,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        start_new_session=True,
    )
    deadline = time.monotonic() + 300
    while "ready." not in log.read_text():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise SystemExit(f"the worker did not start:\n{log.read_text()[-2000:]}")
        time.sleep(0.2)
    return proc


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        proc.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=24)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--processes", default="1,2,4")
    parser.add_argument("--render", default="auto", choices=("auto", "always", "never"))
    args = parser.parse_args()
    counts = [int(n) for n in args.processes.split(",") if n.strip()]
    if args.sites < 1 or not counts or min(counts) < 1:
        parser.error("--sites and every --processes count must be at least 1")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    rng = random.Random(args.seed)
    rows = []
    with tempfile.TemporaryDirectory(prefix="prevet-dbench-") as work, ExitStack() as stack:
        work_dir = Path(work)
        sites, pages = serve_generated_sites(stack, work_dir, args.sites, rng)
        listing = work_dir / "sites.txt"
        listing.write_text("\n".join(url for url, _ in sites) + "\n")
        resolve = [entry for _, entry in sites]
        broker = stack.enter_context(redis_server.redis_server())
        store, kind = _store(stack, work_dir)
        for processes in counts:
            worker = _worker(broker, store, processes, resolve, work_dir / f"w{processes}.log")
            try:
                out = work_dir / f"out{processes}"
                command = [
                    sys.executable,
                    "-m",
                    "prevet.cli",
                    "audit",
                    "--sites",
                    str(listing),
                    "--broker",
                    broker,
                    "--store",
                    store,
                    "--quiet",
                    "--render",
                    args.render,
                    "--fail-on",
                    "never",
                    "--out",
                    str(out),
                ]
                for entry in resolve:
                    command += ["--resolve", entry]
                started = time.perf_counter()
                proc = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
                wall = time.perf_counter() - started
            finally:
                _stop(worker)
            if proc.returncode != 0:
                raise SystemExit(f"the run failed ({proc.returncode}): {proc.stderr[-500:]}")
            portfolio = json.loads((out / "portfolio.json").read_text())
            checked = sum(site["status"] != "not_checked" for site in portfolio["sites"])
            if checked != len(sites):
                raise SystemExit(f"{processes} process(es) checked {checked} of {len(sites)}")
            rows.append((processes, wall, len(sites) / wall * 60))
    print(
        f"{len(sites)} sites, {pages} pages, --render {args.render}; broker Redis, store "
        f"{kind}; machine: {cores} cores"
    )
    print(f"{'worker processes':>16} {'wall s':>7} {'sites/min':>9} {'sites/min/process':>17}")
    for processes, wall, rate in rows:
        print(f"{processes:>16} {wall:>7.1f} {rate:>9.1f} {rate / processes:>17.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
