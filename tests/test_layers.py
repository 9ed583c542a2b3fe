"""Dependencies point one way: crawler <- analyzers <- reports <- prevet (STYLE.md).

Read from the source (every import statement, lazy ones inside functions too), so a layer that
reaches up fails here rather than in a circular import at run time.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# each layer and the packages it must not import
FORBIDDEN = {
    "crawler": ("analyzers", "reports", "prevet"),
    "analyzers": ("reports", "prevet"),
}


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.append((node.lineno, node.module))
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_never_imports_the_layers_above_it(layer: str) -> None:
    upward = []
    for path in sorted((ROOT / layer).rglob("*.py")):
        for line, module in imported_modules(path):
            if module.split(".")[0] in FORBIDDEN[layer]:
                upward.append(f"{path.relative_to(ROOT)}:{line}: {module}")
    assert upward == []


def test_the_users_error_is_one_class_wherever_it_is_imported_from() -> None:
    from analyzers.campaign.model import CampaignFileError
    from crawler.errors import PrevetError
    from prevet.errors import PrevetError as reexported

    assert reexported is PrevetError
    assert issubclass(CampaignFileError, PrevetError) and PrevetError.exit_code == 2
