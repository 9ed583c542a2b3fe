"""Derived inputs that checks declare in `needs=`: every module here registers its providers.

A module that fails to import fails loudly; a provider that raises at run time makes only the
checks needing its input `needs_review` (see `analyzers.context.InputFailed`).
"""

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
