"""Derived inputs that checks declare in `needs=`: every module here registers its providers.

A module that fails to import fails loudly; a provider that raises at run time makes only the
checks needing its input `needs_review` (see `analyzers.context.InputFailed`). Every provider
has a typed property in `typed.Inputs`, and every property a provider: checked here, at import.
"""

import importlib
import pkgutil

from analyzers.context import check_typed_inputs
from analyzers.inputs.typed import Inputs

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")

check_typed_inputs(Inputs.names())
