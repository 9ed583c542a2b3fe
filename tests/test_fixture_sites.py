"""Every fixture site is audited by the real crawler and browser; its expected.json says exactly
which checks fail and pins every failing finding (fixtures/expectations.py). Anything that fails
and is not listed fails the test, and so does a listed finding that is not found; a near miss's
guarded checks must pass. `python -m fixtures.pin SITE` writes the pins (CONTRIBUTING.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fixtures.audit import audit_fixture
from fixtures.expectations import cases, expectation, problems


def _case(name: str) -> object:
    """A site whose label prevet does not meet yet says why in "known_gap" (the label stays
    whole): it is an expected failure, and a strict one, so the day it passes the test says so
    and the mark goes."""
    gap = expectation(name).get("known_gap")
    return pytest.param(name, marks=pytest.mark.xfail(reason=gap, strict=True)) if gap else name


CASES = [_case(name) for name in cases()]


@pytest.mark.browser
@pytest.mark.parametrize("name", CASES)
def test_fixture_site(name: str, tmp_path: Path, chromium_path: str) -> None:
    expected = expectation(name)
    run = audit_fixture(name, tmp_path / "out")
    assert run.report is not None, run.proc.stderr
    assert "Traceback" not in run.proc.stderr, run.proc.stderr
    if "exit_code" in expected:
        assert run.proc.returncode == expected["exit_code"], run.proc.stderr
    found = problems(run.report, expected)
    assert not found, "\n".join(found)
