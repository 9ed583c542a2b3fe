"""The check list in docs/ is generated from the registry and must not drift from it."""

from __future__ import annotations

from pathlib import Path

from analyzers.docs import render_check_list

DOC = Path(__file__).resolve().parent.parent / "docs" / "checks.md"


def test_docs_check_list_is_current() -> None:
    assert DOC.read_text() == render_check_list(), (
        "regenerate it: .venv/bin/python -m analyzers.docs > docs/checks.md"
    )
