"""The "Adding a check" recipe in CONTRIBUTING.md is true: its example registers a check, the
files it names exist, and its one command is the one that writes docs/checks.md."""

from __future__ import annotations

import re
from pathlib import Path

from analyzers import registry
from analyzers.registry import Severity

ROOT = Path(__file__).resolve().parent.parent
RECIPE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def test_the_example_check_registers_with_what_it_declares(monkeypatch) -> None:
    (example,) = re.findall(r"```python\n(.*?)```", RECIPE, re.DOTALL)
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry.all_checks()))
    exec(compile(example, "CONTRIBUTING.md", "exec"), {})
    spec = registry._REGISTRY["optin.example_missing"]
    assert spec.severity is Severity.ERROR and spec.needs == ("optin_forms",)
    assert spec.family == "optin" and spec.func.__name__ == "example_missing"


def test_the_files_the_recipe_names_exist() -> None:
    named = set(re.findall(r"`((?:analyzers|tests|docs)/[\w/.]+)`", RECIPE))
    assert {
        "analyzers/catalog.txt",
        "analyzers/checks/",
        "docs/checks.md",
        "tests/test_fixture_sites.py",
    } <= named
    missing = [path for path in named if not (ROOT / path).exists()]
    assert missing == []


def test_make_docs_runs_the_generator_the_docs_test_compares_with() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = re.search(r"^docs:.*\n\t(.+)$", makefile, re.MULTILINE)
    assert target and target.group(1) == "$(PY) -m analyzers.docs > docs/checks.md"
    assert "make docs" in RECIPE
    assert "python -m analyzers.docs > docs/checks.md" in (
        ROOT / "analyzers" / "docs.py"
    ).read_text(encoding="utf-8")
