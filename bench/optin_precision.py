"""Precision and recall of opt-in form detection and of each disclosure element (prints only).

Truth comes from what people wrote down, not from the analyzer:
- every fixture site under fixtures/sites/ says in expected.json which checks must fail, so a site
  has an opt-in form unless "optin.form_missing" is listed, and (when it has one) its disclosure
  states an element unless that element's check is listed;
- with --realworld DIR, the pages DIR/<case>/index.html are judged against REALWORLD_OPTIN below
  (a reviewer's reading of each page: does it hold an SMS opt-in form?).

Pages are read statically (no browser), so fixtures whose form or state only a browser sees
(script-built forms, CSS-hidden text) are listed as "browser-only" and left out of the figures.

    .venv/bin/python bench/optin_precision.py [--realworld /work/shared/realworld/sites]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyzers.context import AnalysisContext  # noqa: E402
from analyzers.inputs.brand import BrandNames  # noqa: E402
from analyzers.optin.find import find_optin_forms  # noqa: E402
from analyzers.registry import rendering_ids  # noqa: E402
from tests.snapshots import snapshot_from_pages  # noqa: E402

ELEMENT_CHECKS = {
    "brand": "optin.brand_missing",
    "message_types": "optin.message_type_missing",
    "frequency": "optin.frequency_missing",
    "rates": "optin.rates_missing",
    "help": "optin.help_missing",
    "stop": "optin.stop_missing",
    "condition_of_purchase": "optin.condition_of_purchase",
}
# checks that only a browser can make fire: their fixtures are not judged statically
BROWSER_ONLY = rendering_ids()  # the checks declared with needs_rendering=True
REALWORLD_OPTIN = {
    "acg-freight-webflow-combined-consent": True,
    "askdwell-demo-form-no-sms": False,
    "bw-auto-repair-sms-terms-page": False,
    "carters-pet-market-consent-mockup": False,
    "clean-raccoon-mixed-purpose-optin": True,
    "dca-cleaning-promo-sms-optin": True,
    "grace-praise-church-keyword-optin": False,
    "hellosun-portal-consent-illustration": False,
    "herron-legacy-calls-and-texts": True,
    "hsyed-dev-sms-terms-no-form": False,
    "j2a-keyword-only-optin": False,
    "jassar-trans-checkbox-no-phone": True,
    "jericho-nursery-sms-terms": False,
    "jericho-nursery-text-alerts-offsite": False,
    "mark-shin-corcoran-rentals": True,
    "matthew-property-updates-ez-texting": True,
    "mistys-dance-trial-required-checkbox": True,
    "poler-team-policy-with-form": True,
    "rain-alert-no-consent": True,
    "richins-construction-example-checkbox": False,  # a disabled mock-up box on a policy page
    "solari-storage-verbal-consent": False,
    "solcrest-film-a2p-complete": True,
    "taqueria-baez-phone-order-consent": False,
    "vantage-landscaping-text-updates": True,
    "zoab-painting-estimate-two-checkboxes": True,
}

# A reviewer's reading of each real opt-in page's disclosure (at the point of collection): the
# registered brand, and which elements the consent text states. Elements in this order:
# brand, message_types, frequency, rates, help, stop, condition_of_purchase.
_ORDER = ("brand", "message_types", "frequency", "rates", "help", "stop", "condition_of_purchase")
REALWORLD_ELEMENTS: dict[str, tuple[str, tuple[int, ...]]] = {
    "acg-freight-webflow-combined-consent": ("ACG Freight", (1, 1, 1, 1, 1, 1, 1)),
    "clean-raccoon-mixed-purpose-optin": ("Clean Raccoon", (1, 1, 1, 1, 1, 1, 1)),
    "dca-cleaning-promo-sms-optin": ("DCA Cleaning Solutions", (1, 1, 1, 1, 1, 1, 1)),
    "herron-legacy-calls-and-texts": ("Herron & Co. Legacy Agency", (1, 1, 1, 1, 1, 1, 1)),
    "jassar-trans-checkbox-no-phone": ("Jassar Trans", (1, 1, 0, 0, 0, 0, 0)),
    "mark-shin-corcoran-rentals": ("Mark Shin", (1, 1, 1, 1, 1, 1, 0)),
    "matthew-property-updates-ez-texting": ("Matthew", (1, 1, 1, 1, 1, 1, 0)),
    "mistys-dance-trial-required-checkbox": ("Mistys Dance Unlimited", (1, 0, 0, 0, 0, 0, 0)),
    "poler-team-policy-with-form": ("The Poler Team", (1, 1, 1, 1, 1, 1, 0)),
    "solcrest-film-a2p-complete": ("Solcrest Film Co", (1, 1, 1, 1, 1, 1, 1)),
    "vantage-landscaping-text-updates": ("Vantage Landscaping", (1, 1, 1, 1, 1, 1, 1)),
    "zoab-painting-estimate-two-checkboxes": ("Zoab Painting", (1, 1, 1, 1, 1, 1, 1)),
}


class Tally:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = self.tn = 0
        self.errors: list[str] = []

    def add(self, truth: bool, found: bool, case: str) -> None:
        if truth and found:
            self.tp += 1
        elif found:
            self.fp += 1
            self.errors.append(f"false positive: {case}")
        elif truth:
            self.fn += 1
            self.errors.append(f"missed: {case}")
        else:
            self.tn += 1

    def line(self, name: str) -> str:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return (
            f"{name:<24} precision {precision:6.1%}  recall {recall:6.1%}  "
            f"(tp {self.tp}, fp {self.fp}, fn {self.fn}, tn {self.tn})"
        )


def site_pages(folder: Path) -> dict[str, str]:
    files = sorted(folder.rglob("*.html"), key=lambda p: (p != folder / "index.html", str(p)))
    pages: dict[str, str] = {}
    for file in files:
        rel = "/" + str(file.relative_to(folder)).removesuffix("index.html").removesuffix(".html")
        pages[rel] = file.read_text(encoding="utf-8", errors="replace")
    return pages


def context(pages: dict[str, str], host: str) -> AnalysisContext:
    return AnalysisContext(snapshot=snapshot_from_pages(pages, base=f"https://{host}/"))


def bench_fixtures(sites: Path) -> tuple[Tally, dict[str, Tally], list[str]]:
    detection = Tally()
    elements = {name: Tally() for name in ELEMENT_CHECKS}
    skipped: list[str] = []
    for expected_file in sorted(sites.glob("*/expected.json")):
        expected = json.loads(expected_file.read_text())
        fire = set(expected.get("fire", []))
        folder = expected_file.parent
        if fire & BROWSER_ONLY or "script-built" in folder.name:
            skipped.append(folder.name)
            continue
        ctx = context(site_pages(folder), expected.get("host", "www.example-biz.com"))
        forms = ctx.inputs.optin_forms
        has_optin = "optin.form_missing" not in fire
        detection.add(has_optin, bool(forms), folder.name)
        if not (has_optin and forms) or "optin.disclosure_missing" in fire:
            continue
        disclosure = forms[0].disclosure
        for name, check_id in ELEMENT_CHECKS.items():
            elements[name].add(check_id not in fire, disclosure.has(name), folder.name)
    return detection, elements, skipped


def bench_realworld(folder: Path) -> tuple[Tally, dict[str, Tally]]:
    tally = Tally()
    elements = {name: Tally() for name in _ORDER}
    for case, truth in sorted(REALWORLD_OPTIN.items()):
        page = folder / case / "index.html"
        if not page.exists():
            continue
        ctx = context(
            {"/": page.read_text(encoding="utf-8", errors="replace")}, "www.example-biz.com"
        )
        tally.add(truth, bool(ctx.inputs.optin_forms), case)
        if case in REALWORLD_ELEMENTS:
            brand, present = REALWORLD_ELEMENTS[case]
            forms = find_optin_forms(ctx.snapshot, BrandNames([brand], source="campaign"))
            if forms:
                for name, flag in zip(_ORDER, present, strict=True):
                    elements[name].add(bool(flag), forms[0].disclosure.has(name), case)
    return tally, elements


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=Path, default=ROOT / "fixtures" / "sites")
    parser.add_argument("--realworld", type=Path, default=None)
    args = parser.parse_args()
    detection, elements, skipped = bench_fixtures(args.sites)
    print(f"fixture sites ({args.sites}); browser-only, not judged: {', '.join(skipped) or '-'}")
    print(detection.line("opt-in form detection"))
    for name, tally in elements.items():
        print(tally.line(f"  element {name}"))
    problems = detection.errors + [f"{n}: {e}" for n, t in elements.items() for e in t.errors]
    if args.realworld:
        realworld, elements = bench_realworld(args.realworld)
        print(realworld.line("real-world opt-in pages"))
        for name, tally in elements.items():
            print(tally.line(f"  element {name}"))
        problems += [f"real world {e}" for e in realworld.errors]
        problems += [f"real world {n}: {e}" for n, t in elements.items() for e in t.errors]
    for problem in problems:
        print("  -", problem)


if __name__ == "__main__":
    main()
