"""The paraphrase bench (tests/data/paraphrases, written blind by a helper who had not read the
vocabularies) as a floor: per family, the promise/exception decision and each disclosure element
stay at or above 0.95. bench/clause_precision.py prints the figures and the misses."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "paraphrases"
PRIVACY = yaml.safe_load((DATA / "privacy.yaml").read_text(encoding="utf-8"))
DISCLOSURE = yaml.safe_load((DATA / "disclosure.yaml").read_text(encoding="utf-8"))
FLOOR = 0.95


def _bench():
    spec = importlib.util.spec_from_file_location(
        "clause_precision", ROOT / "bench" / "clause_precision.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()


@pytest.mark.parametrize("family", sorted({item["family"] for item in PRIVACY}))
def test_privacy_family_decisions(family: str) -> None:
    items = [item for item in PRIVACY if item["family"] == family]
    right = sum(BENCH.decision(BENCH.predict(item)) == item["label"] for item in items)
    assert right / len(items) >= FLOOR, f"{family}: {right}/{len(items)}"


@pytest.mark.parametrize("element", sorted({item["element"] for item in DISCLOSURE}))
def test_disclosure_elements(element: str) -> None:
    items = [item for item in DISCLOSURE if item["element"] == element]
    right = sum(BENCH.detect_element(item) == bool(item["present"]) for item in items)
    assert right / len(items) >= FLOOR, f"{element}: {right}/{len(items)}"
