"""First-sight precision and recall of prevet on a blind set: sites and campaign files written
and labelled by someone who has not read `analyzers/`, scored the first time prevet sees them.

Usage: python bench/blind.py ROOT [--only NAME ...] [--json FILE] [--keep DIR]

ROOT holds `sites/<name>/` (a small website plus `expected.json`, the fixture format:
"host", "fire" = every check that must fail, "review" = checks the labeller found ambiguous,
optional "args", "start", "campaign"; other hosts it serves in `_hosts/`, as in
fixtures/serve.py) and/or `campaigns/*.yaml` (each with a `# fires:` line).
Each site is served on 127.0.0.1 under its host name and audited by the real command line, as
the fixture tests do. A (site, check) pair counts as a true positive when the check was
expected to fail and failed, a false alarm when it failed unexpected, a miss when it was
expected and did not fail. Checks in "review" are left out of the score either way. The
figures are printed per check family and overall, with every miss and false alarm named, so
the row in bench/BLIND.md can say why.

Labellers label against shared/CHECKS.md and leave info notes unlabelled, so the headline
scores only the catalog's error and warning checks; info checks and prevet's own additions
(analyzers/catalog.txt, after "prevet's additions") that failed are listed apart, per case, as
"unlabelled" (not counted as hits or false alarms).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fixtures.audit import audit  # noqa: E402
from fixtures.serve import FixtureServer  # noqa: E402


def labelled_checks() -> set[str]:
    """The checks a labeller can label: the catalog of CHECKS.md, info notes left out."""
    found: set[str] = set()
    for line in (ROOT / "analyzers" / "catalog.txt").read_text().splitlines():
        if line.startswith("# prevet's additions"):
            break
        parts = line.split()
        if len(parts) == 2 and not line.startswith("#") and parts[1] != "info":
            found.add(parts[0])
    return found


LABELLED = labelled_checks()


@dataclass
class Outcome:
    """What prevet decided about one blind case against its label."""

    case: str
    expected: set[str]
    got: set[str]
    ignored: set[str] = field(default_factory=set)
    error: str = ""
    kind: str = "site"  # or "campaign" (a file checked on its own)

    @property
    def misses(self) -> set[str]:
        return self.expected - self.got - self.ignored

    @property
    def false_alarms(self) -> set[str]:
        return (self.got & LABELLED) - self.expected - self.ignored

    @property
    def unlabelled(self) -> set[str]:
        """Failed checks no label speaks of: info notes and prevet's additions."""
        return self.got - LABELLED - self.expected - self.ignored

    @property
    def hits(self) -> set[str]:
        return (self.expected & self.got) - self.ignored


def _failed(report: dict) -> set[str]:
    return {check for check, status in report["checks"].items() if status == "failed"}


def audit_site(folder: Path, keep: Path | None = None) -> Outcome:
    """Serve and audit one site; with `keep`, its report.json and snapshot.json stay there (for
    reading why a check failed once the round's figures are recorded)."""
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    host = expected.get("host", "www.example-biz.com")
    with FixtureServer(folder, host=host) as server, tempfile.TemporaryDirectory() as scratch:
        out = str(keep / folder.name) if keep else scratch
        Path(out).mkdir(parents=True, exist_ok=True)
        base = server.url(host).rstrip("/")
        extra = [
            a.replace("{base}", base).replace("{port}", str(server.port))
            for a in expected.get("args", [])
        ]
        if expected.get("campaign"):
            text = (folder / expected["campaign"]).read_text().replace("{port}", str(server.port))
            campaign = Path(out) / "campaign.yaml"
            campaign.write_text(text)
            extra += ["--campaign", str(campaign)]
        report, proc = audit(server, Path(out), *extra, host=host, path=expected.get("start", "/"))
    outcome = Outcome(
        folder.name, set(expected.get("fire", [])), set(), ignored=set(expected.get("review", []))
    )
    if report is None:
        outcome.error = (proc.stderr.strip().splitlines() or ["no report"])[-1]
    else:
        outcome.got = _failed(report)
    return outcome


def check_campaign(path: Path) -> Outcome:
    match = re.search(r"^# fires:(.*)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    expected = {n.strip() for n in (match.group(1) if match else "").split(",") if n.strip()}
    proc = subprocess.run(
        [sys.executable, "-m", "prevet.cli", "check-campaign", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    outcome = Outcome(path.stem, expected, set(), kind="campaign")
    try:
        outcome.got = _failed(json.loads(proc.stdout))
    except (json.JSONDecodeError, KeyError):
        outcome.error = (proc.stderr.strip().splitlines() or ["no output"])[-1]
    return outcome


def family(check: str) -> str:
    return check.split(".", 1)[0]


def score(outcomes: list[Outcome]) -> dict[str, dict[str, float]]:
    """Precision and recall per check family and overall ("all")."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    for o in outcomes:
        for kind, checks in (("tp", o.hits), ("fp", o.false_alarms), ("fn", o.misses)):
            for check in checks:
                counts[family(check)][kind] += 1
                counts["all"][kind] += 1
    table = {}
    for name, c in counts.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        table[name] = {"precision": p, "recall": r, **c}
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--keep", type=Path, help="keep each site's report.json here")
    args = parser.parse_args()
    outcomes: list[Outcome] = []
    sites = sorted(p.parent for p in (args.root / "sites").glob("*/expected.json"))
    campaigns = sorted((args.root / "campaigns").glob("*.yaml"))
    for folder in sites:
        if args.only is None or folder.name in args.only:
            outcomes.append(audit_site(folder, args.keep))
            print(f"site {folder.name}: {_line(outcomes[-1])}", flush=True)
    for path in campaigns:
        if args.only is None or path.stem in args.only:
            outcomes.append(check_campaign(path))
            print(f"campaign {path.stem}: {_line(outcomes[-1])}", flush=True)
    table = score(outcomes)
    print(f"\n{len(sites)} sites, {len(campaigns)} campaign files")
    print(f"{'family':10} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
    for name in sorted(table, key=lambda n: (n == "all", n)):
        row = table[name]
        print(
            f"{name:10} {row['precision']:9.2f} {row['recall']:7.2f} "
            f"{row['tp']:4} {row['fp']:4} {row['fn']:4}"
        )
    unlabelled = sum(len(o.unlabelled) for o in outcomes)
    print(
        f"not scored: {unlabelled} failures of info notes and prevet's additions "
        "(named per case above)"
    )
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "scores": table,
                    "cases": [
                        {
                            "case": o.case,
                            "kind": o.kind,
                            "misses": sorted(o.misses),
                            "false_alarms": sorted(o.false_alarms),
                            "unlabelled": sorted(o.unlabelled),
                            "failed": sorted(o.got),
                            "error": o.error,
                        }
                        for o in outcomes
                    ],
                },
                indent=1,
            )
        )
    return 0


def _line(o: Outcome) -> str:
    if o.error:
        return f"ERROR {o.error}"
    parts = []
    if o.misses:
        parts.append("missed " + ", ".join(sorted(o.misses)))
    if o.false_alarms:
        parts.append("false " + ", ".join(sorted(o.false_alarms)))
    line = "; ".join(parts) or "as labelled"
    if o.unlabelled:
        line += " (unlabelled: " + ", ".join(sorted(o.unlabelled)) + ")"
    return line


if __name__ == "__main__":
    sys.exit(main())
