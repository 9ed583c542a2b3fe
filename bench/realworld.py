"""Audit every real-world case in ../shared/realworld/sites with the real crawler and browser and
print what fails on each, for a person to judge as a reviewer would.

    .venv/bin/python bench/realworld.py [--render auto] [--only NAME]

Each case is served on 127.0.0.1 under a made-up name. The folders hold single pages copied
from public sites (their other pages are mostly absent), so site-level checks such as
site.thin_content fire on many of them; read the opt-in, privacy and terms columns first.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT.parent / "shared" / "realworld" / "sites"
sys.path.insert(0, str(ROOT))

from fixtures.serve import FixtureServer  # noqa: E402


def audit(case: Path, render: str, out: Path) -> dict:
    host = f"www.{case.name.split('-')[0]}-case.com"
    with FixtureServer(case) as server:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "prevet.cli",
                "audit",
                server.url(host),
                "--resolve",
                server.resolve(host),
                "--out",
                str(out),
                "--no-store",
                "--quiet",
                "--format",
                "json",
                "--render",
                render,
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
    return json.loads((out / "report.json").read_text())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--render", default="auto")
    parser.add_argument("--only")
    args = parser.parse_args()
    if not CASES.is_dir():
        raise SystemExit(f"no real-world cases at {CASES}")
    with tempfile.TemporaryDirectory() as work:
        for case in sorted(p for p in CASES.iterdir() if p.is_dir()):
            if args.only and args.only not in case.name:
                continue
            report = audit(case, args.render, Path(work) / case.name)
            failed = sorted(c for c, s in report["checks"].items() if s == "failed")
            review = sorted(c for c, s in report["checks"].items() if s == "needs_review")
            print(f"{case.name}: {report['summary']['verdict']}, brand {report.get('brand')!r}")
            print(f"    failed: {', '.join(failed) or '-'}")
            if review:
                print(f"    review: {', '.join(review)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
