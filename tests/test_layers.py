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


def test_every_analyzers_module_imports_on_its_own() -> None:
    """An import cycle shows only when its module is imported first (a test that imports the
    package first hides it): each module is imported into an interpreter with no analyzers
    module loaded."""
    import subprocess
    import sys

    modules = sorted(
        ".".join(path.with_suffix("").parts).removesuffix(".__init__")
        for path in (p.relative_to(ROOT) for p in (ROOT / "analyzers").rglob("*.py"))
    )
    script = (
        "import importlib, sys\n"
        f"failed = []\nfor name in {modules!r}:\n"
        "    for key in [k for k in sys.modules if k.split('.')[0] == 'analyzers']:\n"
        "        del sys.modules[key]\n"
        "    try:\n        importlib.import_module(name)\n"
        "    except ImportError as exc:\n        failed.append(f'{name}: {exc}')\n"
        "print('\\n'.join(failed))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == ""
