"""Add a scored blind set to the fixtures, once its first-sight row is in bench/BLIND.md.

Usage: python bench/blind_import.py ROOT PREFIX SCORED.json [--round NAME]

SCORED.json is `bench/blind.py ROOT --json` run on the code the fixtures will test. Each site
becomes `fixtures/sites/<PREFIX>-<name>/` and each campaign file
`fixtures/campaigns/<PREFIX>.<name>.yaml`. The label is kept whole: "fire" is what the labeller
wrote plus what failed unlabelled (info notes and prevet's additions, named in the note for a
person to check); a site prevet does not meet yet keeps its label and gets "known_gap" (a strict
expected failure, tests/test_fixture_sites.py) naming the misses and false alarms, so the day
it is fixed the test says so. Labels marked "review" are dropped (either outcome is accepted by
the blind score, but the fixture test asserts the exact needs_review set) and named in the note.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "fixtures" / "sites"
CAMPAIGNS = ROOT / "fixtures" / "campaigns"


def _gap(case: dict) -> str:
    parts = []
    if case["misses"]:
        parts.append("missed " + ", ".join(case["misses"]))
    if case["false_alarms"]:
        parts.append("false alarm " + ", ".join(case["false_alarms"]))
    return "; ".join(parts)


def _added(case: dict, label: list[str]) -> list[str]:
    """What failed beyond the label: info notes, prevet's additions, checks left to review (a
    false alarm is not added: the label stands and the site is a known gap)."""
    return [
        c
        for c in case.get("failed", case["unlabelled"])
        if c not in label and c not in case["false_alarms"]
    ]


def _provenance(round_name: str, added: list[str], review: list[str]) -> str:
    text = (
        f" [Blind {round_name} (bench/BLIND.md), labelled before prevet ran; the label's"
        " 'fire' is kept whole."
    )
    if added:
        text += (
            " Added to 'fire' (unlabelled info notes, prevet's additions or checks the"
            " labeller left to review; checked by hand): " + ", ".join(added) + "."
        )
    if review:
        text += " The labeller left to review: " + ", ".join(review) + "."
    return text + "]"


def import_site(
    folder: Path, prefix: str, case: dict, round_name: str, campaign_names: dict[str, str]
) -> Path:
    target = SITES / f"{prefix}-{folder.name}"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(folder, target)
    expected = json.loads((target / "expected.json").read_text(encoding="utf-8"))
    review = expected.pop("review", [])
    label = list(expected["fire"])
    added = _added(case, label)
    expected["fire"] = label + added
    if case["error"]:
        expected["known_gap"] = f"the audit failed: {case['error']}"
    elif _gap(case):
        expected["known_gap"] = _gap(case)
    campaign = expected.get("campaign", "")
    if campaign.startswith("../../campaigns/"):
        expected["campaign"] = "../../campaigns/" + campaign_names[Path(campaign).stem]
    expected.setdefault("findings", [])
    expected["note"] = expected.get("note", "") + _provenance(round_name, added, review)
    (target / "expected.json").write_text(json.dumps(expected, indent=1) + "\n", encoding="utf-8")
    return target


def import_campaign(path: Path, prefix: str, case: dict, round_name: str) -> str:
    name = f"{prefix}.{path.stem}.yaml"
    text = path.read_text(encoding="utf-8")
    line = re.search(r"^# fires:(.*)$", text, re.MULTILINE)
    label = [c.strip() for c in line.group(1).split(",") if c.strip()] if line else []
    added = _added(case, label)
    header = (
        f"# fires: {', '.join(label + added)}\n"
        f"# blind {round_name} label: {', '.join(label) or '(none)'}"
    )
    if added:
        header += "; added (unlabelled, checked by hand): " + ", ".join(added)
    if _gap(case):
        header += f"\n# known gap (prevet does not meet the label yet): {_gap(case)}"
    body = text[line.end() :].lstrip("\n") if line else text
    (CAMPAIGNS / name).write_text(header + "\n" + body, encoding="utf-8")
    return name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("prefix")
    parser.add_argument("scored", type=Path)
    parser.add_argument("--round", default="round")
    args = parser.parse_args()
    cases = json.loads(args.scored.read_text())["cases"]
    by_site = {c["case"]: c for c in cases if c.get("kind", "site") == "site"}
    by_campaign = {c["case"]: c for c in cases if c.get("kind") == "campaign"}
    names = {}
    for path in sorted((args.root / "campaigns").glob("*.yaml")):
        names[path.stem] = import_campaign(path, args.prefix, by_campaign[path.stem], args.round)
    for folder in sorted((args.root / "sites").glob("*/expected.json")):
        target = import_site(
            folder.parent, args.prefix, by_site[folder.parent.name], args.round, names
        )
        print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
