"""Errors the user can fix: shown as one line, exit code 2, never a traceback.

`PrevetError` is defined in crawler/errors.py (the crawler and the analyzers raise it too, and
must not import prevet/); it is re-exported here for the CLI and the commands.
"""

from crawler.errors import PrevetError

__all__ = ["PrevetError", "describe_os_error"]


def describe_os_error(exc: OSError) -> str:
    """ "cannot write /x/report.json: permission denied": a file problem in one line."""
    reason = (exc.strerror or type(exc).__name__).lower()
    where = exc.filename if exc.filename is not None else ""
    return f"{where}: {reason}" if where else reason
