"""Every fixture site is audited by the real crawler and browser; its expected.json says exactly
which checks fail and pins every failing finding (fixtures/expectations.py). Anything that fails
and is not listed fails the test, and so does a listed finding that is not found; a near miss's
guarded checks must pass. `python -m fixtures.pin SITE` writes the pins (CONTRIBUTING.md).

Each audit is a separate `prevet` process that spends much of its time waiting (on its own
server, on Chromium's timers), so the selected sites are audited PREVET_TEST_JOBS at a time
(default 2) in the order pytest runs them; each test still judges its own site alone."""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import pytest

from fixtures.audit import FixtureRun, audit_fixture
from fixtures.expectations import cases, expectation, problems


def _case(name: str) -> object:
    """A site whose label prevet does not meet yet says why in "known_gap" (the label stays
    whole): it is an expected failure, and a strict one, so the day it passes the test says so
    and the mark goes."""
    gap = expectation(name).get("known_gap")
    return pytest.param(name, marks=pytest.mark.xfail(reason=gap, strict=True)) if gap else name


CASES = [_case(name) for name in cases()]


def _jobs() -> int:
    return max(1, int(os.environ.get("PREVET_TEST_JOBS", "2")))


@pytest.fixture(scope="module")
def audits(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, chromium_path: str
) -> Iterator[dict[str, Future[FixtureRun]]]:
    """The audits of every selected site, started in the order the tests will ask for them."""
    names = [
        item.callspec.params["name"]
        for item in request.session.items
        if item.module is request.module and hasattr(item, "callspec")
    ]
    with ThreadPoolExecutor(max_workers=_jobs()) as pool:
        yield {
            name: pool.submit(audit_fixture, name, tmp_path_factory.mktemp(name) / "out")
            for name in names
        }
        pool.shutdown(cancel_futures=True)


@pytest.mark.browser
@pytest.mark.parametrize("name", CASES)
def test_fixture_site(name: str, audits: dict[str, Future[FixtureRun]]) -> None:
    expected = expectation(name)
    run = audits[name].result()
    assert run.report is not None, run.proc.stderr
    assert "Traceback" not in run.proc.stderr, run.proc.stderr
    if "exit_code" in expected:
        assert run.proc.returncode == expected["exit_code"], run.proc.stderr
    found = problems(run.report, expected)
    assert not found, "\n".join(found)
