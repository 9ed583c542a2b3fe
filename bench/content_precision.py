"""Precision and recall of the content.* checks over the fixture sites, and analysis speed.

Usage: .venv/bin/python bench/content_precision.py

Each fixtures/sites/{content,agegate,site}-* folder is read into a snapshot (no crawl); a
category counts as expected when its content.* id is in the site's expected.json "fire" list,
and as found when the check failed. The speed figure is the time to run every content, agegate
and site check on a 200-page snapshot built from the fixture pages, padded to 400-1,500 words
each (see big_snapshot), cold (vocabularies compiled on first use) and warm (compiled, but no
sentence read before), in CPU seconds and as a ratio to tokenizing every page's text once in
the same run (`tokenize_pages`): the ratio carries over to another machine and to a busy one,
the seconds do not. No target is set for either.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyzers.content import matching  # noqa: E402
from analyzers.content.categories import CATEGORIES  # noqa: E402
from analyzers.context import AnalysisContext  # noqa: E402
from analyzers.registry import all_checks, run_check  # noqa: E402
from crawler.page_builder import build_page  # noqa: E402
from crawler.snapshot import SiteSnapshot  # noqa: E402
from tests.test_content_sites import OWN_SITES, failed_checks, snapshot_from_folder  # noqa: E402

FAMILIES = ("content.", "agegate.", "site.")
ORDINARY_PAGES = {"about", "contact", "text-updates", "privacy", "terms", "sms-terms"}


def precision_recall() -> None:
    counts = {name: [0, 0, 0] for name in CATEGORIES}  # tp, fp, fn
    for folder in OWN_SITES:
        expected = json.loads((folder / "expected.json").read_text())
        fired = set(
            failed_checks(snapshot_from_folder(folder, expected.get("host")), ("content.",))
        )
        wanted = {c for c in expected["fire"] if c.startswith("content.")}
        for name in CATEGORIES:
            check_id = f"content.{name}"
            if check_id in fired and check_id in wanted:
                counts[name][0] += 1
            elif check_id in fired:
                counts[name][1] += 1
                print(f"  false alarm: {check_id} on {folder.name}")
            elif check_id in wanted:
                counts[name][2] += 1
                print(f"  missed: {check_id} on {folder.name}")
    print(f"{'category':22} {'sites':>5} {'precision':>9} {'recall':>7}")
    for name, (tp, fp, fn) in counts.items():
        precision = f"{tp / (tp + fp):.2f}" if tp + fp else "-"
        recall = f"{tp / (tp + fn):.2f}" if tp + fn else "-"
        print(f"{name:22} {tp + fn:>5} {precision:>9} {recall:>7}")
    print(f"({len(OWN_SITES)} fixture sites; '-' = no site expects or fires it)")


def big_snapshot(pages: int = 200, seed: int = 7, worst_case: bool = False) -> SiteSnapshot:
    """A 200-page site from the fixture sites' pages, each padded with article text.

    Ordinary: the filler comes from pages that sell nothing restricted (the look-alike sites,
    and every site's about, contact, opt-in and policy pages). Worst case: from the pages of
    the sites that do, so that about half of all sentences name a category term.
    """
    rng = random.Random(seed)
    files = [f for site in OWN_SITES for f in sorted(site.glob("*.html"))]
    sources = [f.read_text(encoding="utf-8") for f in files]
    ordinary = [
        f.read_text(encoding="utf-8")
        for f in files
        if "lookalike" in f.parent.name or f.stem in ORDINARY_PAGES
    ]
    filler_sources = [s for s in sources if s not in ordinary] if worst_case else ordinary
    sentences = [
        s.strip() + "."
        for html in filler_sources
        for s in build_page(html, "https://x.test/").text.replace("\n", " ").split(".")
        if len(s.split()) > 6
    ]
    built = []
    for index in range(pages):
        html = rng.choice(sources)
        # every filler sentence is made unique, so no page borrows another's parsed sentences
        filler = " ".join(
            f"{rng.choice(sentences)[:-1]} (note {rng.randint(1, 10**6)})."
            for _ in range(rng.randint(30, 110))
        )
        html = html.replace("</main>", f"<article><p>{filler}</p></article></main>")
        url = f"https://www.bench-site.com/page-{index}" if index else "https://www.bench-site.com/"
        built.append(build_page(html, url, is_start=index == 0))
    return SiteSnapshot(start_url="https://www.bench-site.com/", site="bench-site.com", pages=built)


def timed_run(snapshot: SiteSnapshot) -> float:
    """CPU seconds of this process (the machine is shared, so wall time says little)."""
    matching.clear_memos()  # sentences read by an earlier run must not make this one faster
    specs = [s for cid, s in all_checks().items() if cid.startswith(FAMILIES)]
    ctx = AnalysisContext(snapshot=snapshot)
    start = time.process_time()
    for spec in specs:
        run_check(spec, ctx)
    return time.process_time() - start


def tokenize_pages(snapshot: SiteSnapshot) -> float:
    """CPU seconds to tokenize every page's text once with the shared pipeline's tokenizer:
    the least any reading of the text costs, the baseline the checks are compared with."""
    from analyzers.text.nlp import nlp

    tokenizer = nlp().tokenizer
    tokenizer("warm up the tokenizer.")
    start = time.process_time()
    for page in snapshot.pages:
        tokenizer(page.text)
    return time.process_time() - start


def main() -> None:
    precision_recall()
    print()
    for name, worst_case in (
        ("ordinary text", False),
        ("worst case: half the sentences name a category", True),
    ):
        snapshot = big_snapshot(worst_case=worst_case)
        words = sum(len(p.text.split()) for p in snapshot.pages)
        cold = timed_run(snapshot)
        warm = min(timed_run(snapshot) for _ in range(2))
        baseline = min(tokenize_pages(snapshot) for _ in range(3))
        print(
            f"200-page snapshot from {name} ({words:,} words): content+agegate+site checks "
            f"{cold:.2f} s cold (vocabularies compiled), {warm:.2f} s warm, CPU time; "
            f"{cold / baseline:.1f}x / {warm / baseline:.1f}x tokenizing its text once "
            f"({baseline:.2f} s)"
        )


if __name__ == "__main__":
    main()
