"""The paraphrase benches as a floor: tests/data/paraphrases (the first set) and its round23,
round24, round25, round26, round28, round30, round31, round32, round33, round34, round35,
round36, round37, round38 and round39 folders (the second to sixteenth), all
written blind by helpers who had not read the vocabularies. Per family, the promise/exception
decision and each disclosure element stay at or above 0.95. bench/clause_precision.py prints the
figures and the misses. A family not yet at the floor is a strict expected failure naming what
is left, so the day it is met the test says so."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "paraphrases"
SETS = {
    "first": DATA,
    "round23": DATA / "round23",
    "round24": DATA / "round24",
    "round25": DATA / "round25",
    "round26": DATA / "round26",
    "round28": DATA / "round28",
    "round30": DATA / "round30",
    "round31": DATA / "round31",
    "round32": DATA / "round32",
    "round33": DATA / "round33",
    "round34": DATA / "round34",
    "round35": DATA / "round35",
    "round36": DATA / "round36",
    "round37": DATA / "round37",
    "round38": DATA / "round38",
    "round39": DATA / "round39",
}
FLOOR = 0.95
# families below the floor, each a strict expected failure naming what is left
# (bench/paraphrase-results.md, "Round 4" to "Round 8")
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("round25", "exception"): (
        "88%: sharing limited to the texting vendor or carriers with no marketing denial is read"
        " as allowed, not the promise; general sharing with no purpose ('excluding payment card"
        " numbers') is read as allowed; three labels dispute issue 13's exclusion rule"
    ),
    ("round26", "exception"): (
        "92%: four general sentences with a consent or request exception ('unless you ask us to')"
        " are labelled neither where the catalog calls 'except with your consent' an exception;"
        " a gift card texted to a friend at the subscriber's request read as a consent exception"
    ),
    ("round26", "promise"): (
        "92%: sharing only with the platform that sends the texts and as the law requires is read"
        " as allowed; a denial through 'you won't find your number on any list we share'; a"
        " general consent exception labelled neither"
    ),
    ("round28", "sale"): (
        "80%: seven labels call a denial of selling alone the promise (issue 13: neither); a"
        " sale denial beside unrestricted sharing with the SMS provider and the law; a general"
        " CCPA 'may share it for cross-context behavioral advertising' is a general exception;"
        " a use limit beside 'we do not sell data to data brokers'"
    ),
    ("round26", "sale"): (
        "66%: about twelve labels call a denial of selling alone the promise, where the catalog's"
        " promise is 'will not be shared' and rounds 23-25 label it neither; a general sale denial"
        " beside sharing with the texting vendor is read as allowed sharing"
    ),
}


def _load(name: str, kind: str) -> list[dict]:
    return yaml.safe_load((SETS[name] / f"{kind}.yaml").read_text(encoding="utf-8"))


def _bench():
    spec = importlib.util.spec_from_file_location(
        "clause_precision", ROOT / "bench" / "clause_precision.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()


def _cases(kind: str, key: str) -> list:
    cases = []
    for name in SETS:
        for group in sorted({item[key] for item in _load(name, kind)}):
            gap = KNOWN_GAPS.get((name, group))
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            cases.append(pytest.param(name, group, marks=marks, id=f"{name}-{group}"))
    return cases


@pytest.mark.parametrize(("name", "family"), _cases("privacy", "family"))
def test_privacy_family_decisions(name: str, family: str) -> None:
    items = [item for item in _load(name, "privacy") if item["family"] == family]
    right = sum(BENCH.decision(BENCH.predict(item)) == item["label"] for item in items)
    assert right / len(items) >= FLOOR, f"{family}: {right}/{len(items)}"


@pytest.mark.parametrize(("name", "element"), _cases("disclosure", "element"))
def test_disclosure_elements(name: str, element: str) -> None:
    items = [item for item in _load(name, "disclosure") if item["element"] == element]
    right = sum(BENCH.detect_element(item) == bool(item["present"]) for item in items)
    assert right / len(items) >= FLOOR, f"{element}: {right}/{len(items)}"
