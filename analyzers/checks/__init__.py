"""The check modules. Every module in this package is imported, which registers its checks.

A module that fails to import is logged and skipped: its checks become not_applicable with the
reason, and the rest of the audit goes on.
"""

import importlib
import logging
import pkgutil

BROKEN_MODULES: dict[str, str] = {}

for _module in pkgutil.iter_modules(__path__):
    try:
        importlib.import_module(f"{__name__}.{_module.name}")
    except Exception as _exc:  # one broken module must not lose the audit
        BROKEN_MODULES[_module.name] = f"{type(_exc).__name__}: {_exc}"
        logging.getLogger(__name__).error("check module %s failed to import: %s",
                                          _module.name, _exc)
