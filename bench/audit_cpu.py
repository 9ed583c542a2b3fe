"""CPU seconds of whole audits of one site folder (a fixture or a blind case), for the cost of a
crawler or interaction change: every process the audit starts is counted (Chromium and its
driver included: this process reaps their orphans, see bench/crawl_bench.py).

    .venv/bin/python bench/audit_cpu.py SITE_FOLDER [--repeat 3] [--tree PATH]

SITE_FOLDER holds the pages and an expected.json naming the host (fixtures/sites/NAME, or a
blind set's sites/NAME); it is served on 127.0.0.1 by fixtures.serve. `--tree` runs the prevet
code of another checkout (e.g. an export of the previous commit) against the same site, so a
before and an after are measured by one script. Prints the median and each run's CPU and wall
seconds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.crawl_bench import adopt_orphans, measure  # noqa: E402
from fixtures.audit import audit_args  # noqa: E402
from fixtures.serve import FixtureServer  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tree", type=Path, default=ROOT, help="the prevet checkout to run")
    args = parser.parse_args()
    expected = args.folder / "expected.json"
    if not expected.is_file():
        print(f"error: {args.folder} has no expected.json", file=sys.stderr)
        return 2
    host = json.loads(expected.read_text())["host"]
    adopt_orphans()
    runs: list[tuple[float, float]] = []
    with FixtureServer(args.folder) as server:
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as out:
                command = [
                    "env",
                    f"PYTHONPATH={args.tree.resolve()}",
                    sys.executable,
                    "-m",
                    "prevet.cli",
                    *audit_args(server, Path(out), host=host),
                ]
                wall, _peak, _out, cpu = measure(command)
                runs.append((cpu, wall))
    cpus = [c for c, _ in runs]
    walls = [w for _, w in runs]
    print(
        f"{args.folder.name}: CPU {statistics.median(cpus):.2f} s "
        f"({', '.join(f'{c:.2f}' for c in cpus)}), wall {statistics.median(walls):.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
