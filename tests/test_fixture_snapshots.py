"""The fast half of the fixture suite: each fixture site's saved crawl (snapshot.json.gz, made by
`python -m fixtures.pin` with the real crawler and browser) is judged again by the analyzers, with
no server and no browser, and held to the same expected.json as the browser test (fire, every
pinned finding, near misses). Checks that only a rendered page can show run here too."""

from __future__ import annotations

import pytest

from fixtures.audit import SNAPSHOT, load_saved, replay, site_hash
from fixtures.expectations import SITES, cases, expectation, problems
from tests.test_fixture_sites import CASES


@pytest.mark.parametrize("name", cases())
def test_snapshot_is_saved_and_fresh(name: str) -> None:
    regenerate = f"regenerate it: python -m fixtures.pin --snapshot-only {name}"
    assert (SITES / name / SNAPSHOT).is_file(), f"{name} has no {SNAPSHOT}; {regenerate}"
    assert load_saved(name)["site_hash"] == site_hash(name), (
        f"{name}'s files changed since its {SNAPSHOT} was made; {regenerate} (then check its "
        f"pins: python -m fixtures.pin {name})"
    )


@pytest.mark.parametrize("name", CASES)
def test_snapshot_meets_expected(name: str) -> None:
    if not (SITES / name / SNAPSHOT).is_file():
        pytest.fail(f"{name} has no {SNAPSHOT}: python -m fixtures.pin --snapshot-only {name}")
    found = problems(replay(name), expectation(name))
    assert not found, "\n".join(found)
