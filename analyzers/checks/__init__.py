"""The check modules. Every module in this package is imported, which registers its checks.

A module that fails to import fails loudly (tests catch it); a check that declares an input no
provider computes fails here, at import, instead of in the middle of an audit.
"""

import importlib
import pkgutil

from analyzers.context import known_inputs
from analyzers.registry import _REGISTRY, validate_needs

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")

validate_needs(_REGISTRY.values(), known_inputs())
