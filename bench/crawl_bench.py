"""Crawl benchmark: prevet's render modes against a plain Scrapy crawl of the same site.

Generates an N-page site (a few pages with forms), serves it on 127.0.0.1 and measures, in one
run: a plain Scrapy crawl; `prevet audit --render never|auto|always`; and, for the design choice
of the renderer, a scrapy-playwright crawl rendering the same pages `auto` renders. Prints pages
per second, wall time, peak memory and CPU time of the whole process tree, and each time as a
ratio to the plain crawl (ratios, not absolute seconds, are what carry over to another machine).

The CPU time bounds what any amount of overlap can achieve: a command that needs C CPU-seconds
cannot finish in less than C / cores seconds on this machine. The `floor x` column is that bound
as a ratio to the plain crawl. (The test server runs in this process and is not counted.)

`--browser PATH` (repeatable) adds an `auto` mode with each of those browsers (e.g. the headless
shell against a full Chromium), measured in the same rounds.

    .venv/bin/python bench/crawl_bench.py [--pages 300] [--forms 3] [--repeat 1] [--browser PATH]
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fixtures.serve import FixtureServer  # noqa: E402

HOST = "www.bench-hardware.com"
WORDS = (
    "hammer drill saw bolt nut screw washer paint brush ladder hinge lock key chain rope "
    "glue tape level wrench plier clamp sander router chisel file rasp nail"
).split()


def generate_site(root: Path, pages: int, forms: int, seed: int = 7) -> None:
    """A hardware store: a home page, nav/footer links, product pages linking to each other."""
    rng = random.Random(seed)
    form_pages = set(rng.sample(range(1, pages), forms))
    nav = (
        '<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav>'
    )
    footer = (
        '<footer><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms</a> '
        "© 2026 Bench Hardware</footer>"
    )

    def body(i: int) -> str:
        text = " ".join(rng.choice(WORDS) for _ in range(180))
        links = " ".join(f'<a href="/p/{rng.randrange(1, pages)}">item {j}</a>' for j in range(6))
        form = ""
        if i in form_pages:
            form = (
                '<form action="/thanks"><label for="m">Mobile number</label>'
                '<input id="m" name="mobile" type="tel"><label><input type="checkbox" '
                'name="sms"> Text me order updates from Bench Hardware. Msg &amp; data rates '
                "may apply. Reply STOP to cancel.</label><button>Join</button></form>"
            )
        return f"<h1>Item {i}</h1><p>{text}</p>{form}<p>{links}</p>"

    def page(title: str, content: str) -> str:
        return (
            f"<!doctype html><html><head><title>{title} | Bench Hardware</title></head>"
            f"<body>{nav}<main>{content}</main>{footer}</body></html>"
        )

    (root / "p").mkdir(parents=True, exist_ok=True)
    home_links = " ".join(f'<a href="/p/{i}">Item {i}</a>' for i in range(1, min(pages, 60)))
    (root / "index.html").write_text(page("Home", f"<h1>Bench Hardware</h1><p>{home_links}</p>"))
    for name in ("about", "contact", "privacy", "terms"):
        (root / f"{name}.html").write_text(page(name.title(), f"<h1>{name}</h1><p>text</p>"))
    for i in range(1, pages - 4):
        (root / "p" / f"{i}.html").write_text(page(f"Item {i}", body(i)))


class TreeMemory:
    """Peak resident memory of a process and all its descendants (sampled from /proc)."""

    def __init__(self, pid: int):
        self.pid = pid
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                children.setdefault(int(stat[1]), []).append(int(entry))
            except OSError:
                continue
        found, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            found.append(pid)
            todo.extend(children.get(pid, []))
        return found

    def _run(self) -> None:
        page = os.sysconf("SC_PAGE_SIZE")
        while not self._stop.is_set():
            total = 0
            for pid in self._tree():
                try:
                    total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * page
                except (OSError, IndexError, ValueError):
                    continue
            self.peak = max(self.peak, total)
            time.sleep(0.05)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def adopt_orphans() -> bool:
    """Make this process the reaper of its descendants' orphans (Linux), so that the CPU time
    of every process a command starts (browsers, drivers) is counted when it is reaped."""
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0) == 0  # CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def _reap_orphans(deadline: float) -> None:
    """Wait for the descendants that outlived the command (a browser closing after it)."""
    while time.perf_counter() < deadline:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return  # none left
        if pid == 0:
            time.sleep(0.05)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(
    command: list[str], memory_of: type[TreeMemory] | None = None
) -> tuple[float, int, str, float]:
    """Wall seconds, peak memory, stdout and CPU seconds of the command's process tree
    (memory as `memory_of` samples it, TreeMemory by default)."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT
    )
    memory = (memory_of or TreeMemory)(proc.pid)
    out, err = proc.communicate()
    elapsed = time.perf_counter() - started
    peak = memory.stop()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{command[:4]} failed ({proc.returncode}): {err.strip()[-500:]}")
    _reap_orphans(time.perf_counter() + 30)
    return elapsed, peak, out, _children_cpu() - cpu_before


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--forms", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=1, help="runs per mode (the best counts)")
    parser.add_argument(
        "--browser",
        action="append",
        default=[],
        metavar="PATH",
        help="also measure --render auto with this Chromium (repeatable)",
    )
    args = parser.parse_args()
    for browser in args.browser:
        if not os.access(browser, os.X_OK):
            parser.error(f"--browser {browser}: not an executable file")
    counted = adopt_orphans()
    with tempfile.TemporaryDirectory(prefix="prevet-bench-") as work:
        site = Path(work) / "site"
        generate_site(site, args.pages, args.forms)
        with FixtureServer(site) as server:
            url, resolve = server.url(HOST), server.resolve(HOST)
            prevet = [
                sys.executable,
                "-m",
                "prevet.cli",
                "audit",
                url,
                "--resolve",
                resolve,
                "--no-store",
                "--quiet",
                "--format",
                "json",
                "--max-pages",
                "5000",
                "--max-depth",
                "50",
                "--fail-on",
                "never",
            ]
            helper = str(ROOT / "bench" / "plain_crawls.py")
            rendered_set = Path(work) / "rendered.json"
            modes = [
                ("plain Scrapy crawl", [sys.executable, helper, "plain", url, resolve]),
                ("prevet --render never", prevet + ["--render", "never", "--out", f"{work}/never"]),
                ("prevet --render auto", prevet + ["--render", "auto", "--out", f"{work}/auto"]),
                (
                    "prevet --render always",
                    prevet + ["--render", "always", "--out", f"{work}/always"],
                ),
                (
                    "scrapy-playwright, auto's pages",
                    [sys.executable, helper, "scrapy-playwright", url, resolve, str(rendered_set)],
                ),
            ]
            for n, browser in enumerate(args.browser):
                modes.append(
                    (
                        f"prevet --render auto, {Path(browser).name}",
                        [
                            "env",
                            f"PREVET_CHROMIUM={browser}",
                            *prevet,
                            "--render",
                            "auto",
                            "--out",
                            f"{work}/auto-{n}",
                        ],
                    )
                )
            # rounds of every mode in turn (the best of each counts), after one unmeasured
            # plain crawl, so a noisy moment or a cold start does not fall on one mode only
            measure(modes[0][1])
            best: dict[str, tuple] = {}
            for _ in range(args.repeat):
                for name, command in modes:
                    if name.startswith("scrapy-playwright") and not rendered_set.exists():
                        auto = json.loads((Path(work) / "auto" / "report.json").read_text())
                        rendered_set.write_text(
                            json.dumps([p["url"] for p in auto["pages"] if p["rendered"]])
                        )
                    elapsed, peak, out, cpu = measure(command)
                    if name not in best or elapsed < best[name][1]:
                        best[name] = (name, elapsed, peak, cpu, *_pages(command, out))
            results = [best[name] for name, _command in modes]
    baseline = results[0][1]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"site: {args.pages} pages, {args.forms} with forms; machine: {cores} cores")
    print(
        "wall s: the whole command (prevet: crawl, analysis, reports); crawl s: prevet's crawl "
        "and rendering alone, from the snapshot; CPU s: all the command's processes"
        + ("" if counted else " (processes orphaned on the way are missed on this system)")
    )
    print("floor x: CPU s / cores, as a ratio to the plain crawl: no overlap can beat it here")
    print(
        f"{'mode':48} {'pages':>6} {'rendered':>9} {'wall s':>8} {'crawl s':>8} {'pages/s':>8} "
        f"{'peak MB':>8} {'CPU s':>7} {'x plain':>8} {'floor x':>8}"
    )
    for name, elapsed, peak, cpu, pages, rendered, crawl in results:
        crawl_text = f"{crawl:>8.2f}" if crawl else f"{'':>8}"
        print(
            f"{name:48} {pages:>6} {rendered:>9} {elapsed:>8.2f} {crawl_text} "
            f"{pages / elapsed:>8.1f} {peak / 2**20:>8.0f} {cpu:>7.2f} "
            f"{elapsed / baseline:>8.2f} {cpu / cores / baseline:>8.2f}"
        )
    return 0


def _pages(command: list[str], out: str) -> tuple[int, int, float]:
    if "--out" in command:  # prevet: from its report and snapshot
        folder = Path(command[command.index("--out") + 1])
        summary = json.loads((folder / "report.json").read_text())["summary"]
        stats = json.loads((folder / "snapshot.json").read_text())["stats"]
        return summary["pages"], summary["rendered_pages"], stats["crawl_seconds"]
    counts = json.loads(out.strip().splitlines()[-1])
    return counts["pages"], counts.get("rendered", 0), 0.0


if __name__ == "__main__":
    sys.exit(main())
