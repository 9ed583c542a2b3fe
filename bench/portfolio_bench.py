"""Portfolio benchmark: the same small sites audited three ways in one run.

Generates N small-business sites (5-15 pages, 1-3 forms each, a privacy policy and terms),
serves each on 127.0.0.1 under its own name, and measures:
- separate: one `prevet audit URL` process per site (as many at once as there are cores);
- batch: one `prevet audit --sites FILE` (the warm worker, default concurrency);
- plain: a plain Scrapy crawl of every site in one process (no rendering, no analysis).
For each: wall time, CPU seconds of every process it started (Chromium included: this process
becomes the subreaper of their orphans, see bench/crawl_bench.py), peak memory of its process
tree (proportional set size, PSS: see TreePss), sites per CPU-minute, and CPU as a ratio to the
plain crawl. Then the issue's targets:
batch CPU per site <= 1/3 of separate, batch peak memory < 1.5 GB.
`--browser PATH` (repeatable) measures separate and batch once per browser, in turn, in the same
run (e.g. the headless shell against a full Chromium); by default, the one prevet finds.

    .venv/bin/python bench/portfolio_bench.py [--sites 20] [--seed 3] [--browser PATH ...]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.crawl_bench import (  # noqa: E402
    TreeMemory,
    _children_cpu,
    _reap_orphans,
    adopt_orphans,
    measure,
)
from fixtures.serve import FixtureServer  # noqa: E402

TRADES = (
    "bakery",
    "dental",
    "roofing",
    "florist",
    "plumbing",
    "salon",
    "yoga",
    "auto-repair",
    "pet-grooming",
    "coffee",
    "tailor",
    "bike-shop",
    "pharmacy",
    "book-shop",
    "daycare",
    "gym",
    "optician",
    "locksmith",
    "nursery",
    "cleaning",
)
WORDS = (
    "fresh local family owned service quality team hours appointment booking price "
    "friendly neighborhood trusted years community visit call today open weekend "
    "delivery pickup order gift card seasonal special offer warranty"
).split()


def generate_site(root: Path, index: int, rng: random.Random) -> int:
    """One small business: home, about, contact, privacy, terms and product or service pages;
    1-3 of them carry an SMS opt-in form. Returns the number of pages."""
    trade = TRADES[index % len(TRADES)]
    brand = f"{trade.replace('-', ' ').title()} Co {index}"
    pages = rng.randint(5, 15)
    extra = pages - 5
    names = ["about", "contact"] + [f"services/{n}" for n in range(1, extra + 1)]
    form_pages = set(rng.sample(["index", *names], rng.randint(1, 3)))
    nav = (
        '<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/contact">Contact</a> '
        + " ".join(f'<a href="/services/{n}">Service {n}</a>' for n in range(1, extra + 1))
        + "</nav>"
    )
    footer = (
        f'<footer><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms</a> '
        f"© 2026 {brand}, {index} Main St, Springfield · (555) 010-{index:04d}</footer>"
    )
    form = (
        f'<form action="/thanks"><label for="m">Mobile number</label>'
        f'<input id="m" name="mobile" type="tel"><label><input type="checkbox" name="sms"> '
        f"Text me appointment reminders and offers from {brand}. Msg frequency varies. "
        f"Msg &amp; data rates may apply. Reply STOP to cancel, HELP for help.</label>"
        f"<button>Join</button></form>"
    )

    def page(name: str, title: str, content: str) -> None:
        body = content + (form if name in form_pages else "")
        html = (
            f"<!doctype html><html><head><title>{title} | {brand}</title></head><body>{nav}"
            f"<main><h1>{title}</h1>{body}</main>{footer}</body></html>"
        )
        path = root / ("index.html" if name == "index" else f"{name}.html")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html)

    def text(count: int) -> str:
        return "<p>" + " ".join(rng.choice(WORDS) for _ in range(count)) + ".</p>"

    page("index", brand, text(120))
    page("about", "About us", text(150))
    page("contact", "Contact", text(40))
    for n in range(1, extra + 1):
        page(f"services/{n}", f"Service {n}", text(160))
    page(
        "privacy",
        "Privacy Policy",
        f"<p>{brand} collects your mobile number when you sign up "
        "for text messages. No mobile information will be shared with third parties or "
        "affiliates for marketing or promotional purposes. You may opt out at any time by "
        "replying STOP.</p>" + text(200),
    )
    page(
        "terms",
        "Terms of Service",
        f"<p>By joining {brand} text messages you agree to "
        "receive recurring messages. Message frequency varies. Message and data rates may "
        "apply. Reply HELP for help and STOP to cancel. Carriers are not liable for delayed "
        "or undelivered messages.</p>" + text(200),
    )
    return pages


def serve_generated_sites(
    stack: ExitStack, work_dir: Path, count: int, rng: random.Random
) -> tuple[list[tuple[str, str]], int]:
    """`count` generated sites, each served under its own name until `stack` closes:
    ([(url, --resolve entry)], pages in all)."""
    sites, pages = [], 0
    for index in range(count):
        root = work_dir / "sites" / f"site{index}"
        pages += generate_site(root, index, rng)
        server = stack.enter_context(FixtureServer(root))
        host = f"www.{TRADES[index % len(TRADES)]}-co-{index}.com"
        sites.append((server.url(host), server.resolve(host)))
    return sites, pages


class TreePss(TreeMemory):
    """Peak proportional memory (PSS) of a process tree: Chromium's processes share most of
    their pages, and summing their resident sizes would count those pages once per process.
    With `descendants_only`, the root (this process, serving the sites) is not counted."""

    def __init__(self, pid: int, descendants_only: bool = False):
        self.descendants_only = descendants_only
        super().__init__(pid)

    def _run(self) -> None:
        while not self._stop.is_set():
            tree = self._tree()[1:] if self.descendants_only else self._tree()
            total = 0
            for pid in tree:
                try:
                    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                        if line.startswith("Pss:"):
                            total += int(line.split()[1]) * 1024
                            break
                except (OSError, ValueError, IndexError):
                    continue
            self.peak = max(self.peak, total)
            time.sleep(0.1)


def measure_tree(command: list[str]) -> tuple[float, int, str, float]:
    """crawl_bench's measure(), with the peak memory as PSS."""
    return measure(command, TreePss)


def measure_many(commands: list[list[str]], parallel: int) -> tuple[float, int, float]:
    """Wall s, peak memory of all of them together, CPU s: commands run `parallel` at once."""
    import subprocess

    cpu_before = _children_cpu()
    started = time.perf_counter()
    memory = TreePss(os.getpid(), descendants_only=True)

    def run(command: list[str]) -> None:
        proc = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{command[:5]} failed ({proc.returncode}): {proc.stderr[-300:]}")

    with ThreadPoolExecutor(parallel) as pool:
        list(pool.map(run, commands))
    elapsed = time.perf_counter() - started
    peak = memory.stop()
    _reap_orphans(time.perf_counter() + 30)
    return elapsed, peak, _children_cpu() - cpu_before


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument(
        "--browser",
        action="append",
        default=[],
        metavar="PATH",
        help="measure separate and batch with this Chromium (repeatable)",
    )
    args = parser.parse_args()
    if args.sites < 1:
        parser.error("--sites must be at least 1")
    for browser in args.browser:
        if not os.access(browser, os.X_OK):
            parser.error(f"--browser {browser}: not an executable file")
    counted = adopt_orphans()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="prevet-bench-") as work, ExitStack() as stack:
        work_dir = Path(work)
        sites, pages = serve_generated_sites(stack, work_dir, args.sites, rng)
        listing = work_dir / "sites.txt"
        listing.write_text("\n".join(url for url, _ in sites) + "\n")
        (work_dir / "plain.json").write_text(json.dumps(sites))
        audit = [
            sys.executable,
            "-m",
            "prevet.cli",
            "audit",
            "--no-store",
            "--quiet",
            "--format",
            "json,html",
            "--fail-on",
            "never",
        ]
        resolve = [part for _, entry in sites for part in ("--resolve", entry)]

        # one unmeasured plain crawl first: disk caches, bytecode
        plain = [
            sys.executable,
            str(ROOT / "bench" / "plain_crawls.py"),
            "plain-all",
            str(work_dir / "plain.json"),
        ]
        measure_tree(plain)
        results = []
        wall, peak, out, cpu = measure_tree(plain)
        results.append(("plain Scrapy crawl, all sites", wall, peak, cpu))
        batches = []
        for browser in args.browser or [None]:
            label = f", {Path(browser).name}" if browser else ""
            if browser:
                os.environ["PREVET_CHROMIUM"] = browser  # the audits this process starts
            separate = [
                audit + [url, "--resolve", entry, "--out", f"{work}/separate/{n}"]
                for n, (url, entry) in enumerate(sites)
            ]
            wall, peak, cpu = measure_many(separate, parallel=cores or 1)
            results.append((f"separate ({cores} at once{label})", wall, peak, cpu))
            wall, peak, out, cpu = measure_tree(
                audit + ["--sites", str(listing), "--out", f"{work}/batch", *resolve]
            )
            concurrency = next((ln for ln in out.splitlines() if ln.startswith("Concurrency")), "")
            results.append((f"batch (audit --sites{label})", wall, peak, cpu))
            batches.append((label.lstrip(", ") or "batch", len(results) - 2))
            _check_batch(work_dir / "batch", len(sites))

    plain_cpu = results[0][3]
    print(f"{len(sites)} sites, {pages} pages; machine: {cores} cores; batch {concurrency}")
    print(
        "CPU s: every process the mode started, Chromium included"
        + ("" if counted else " (orphaned processes missed on this system)")
    )
    print(
        f"{'mode':44} {'wall s':>7} {'CPU s':>7} {'CPU s/site':>10} {'peak MB':>8} "
        f"{'sites/CPU-min':>13} {'CPU x plain':>11}"
    )
    for name, wall, peak, cpu in results:
        print(
            f"{name:44} {wall:>7.1f} {cpu:>7.1f} {cpu / len(sites):>10.2f} "
            f"{peak / 2**20:>8.0f} {len(sites) / (cpu / 60):>13.1f} {cpu / plain_cpu:>11.1f}"
        )
    for name, first in batches:
        separate_cpu, batch_cpu, batch_peak = (
            results[first][3],
            results[first + 1][3],
            results[first + 1][2],
        )
        print(
            f"{name}: batch CPU per site / separate: {batch_cpu / separate_cpu:.2f} (target "
            f"<= 0.33: {'met' if batch_cpu <= separate_cpu / 3 else 'NOT met'}); batch peak "
            f"memory {batch_peak / 2**30:.2f} GB (target < 1.5: "
            f"{'met' if batch_peak < 1.5 * 2**30 else 'NOT met'})"
        )
    return 0


def _check_batch(out: Path, sites: int) -> None:
    """The batch run audited every site (a benchmark of a run that skipped sites is void)."""
    portfolio = json.loads((out / "portfolio.json").read_text())
    checked = [s for s in portfolio["sites"] if s["status"] != "not_checked"]
    if len(checked) != sites:
        raise SystemExit(f"the batch run checked {len(checked)} of {sites} sites")


if __name__ == "__main__":
    sys.exit(main())
