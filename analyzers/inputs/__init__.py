"""Derived inputs that checks declare in `needs=`: every module here registers its providers.

A module that fails to import is logged and skipped; checks needing its inputs fail alone.
"""

import importlib
import logging
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    try:
        importlib.import_module(f"{__name__}.{_module.name}")
    except Exception as _exc:  # one broken module must not lose the audit
        logging.getLogger(__name__).error("input module %s failed to import: %s",
                                          _module.name, _exc)
