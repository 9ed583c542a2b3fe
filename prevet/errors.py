"""Errors the user can fix: shown as one line, exit code 2, never a traceback."""


class PrevetError(Exception):
    """A run that could not be done: bad arguments, a bad campaign file, a site not crawlable."""

    exit_code = 2


def describe_os_error(exc: OSError) -> str:
    """"cannot write /x/report.json: permission denied": a file problem in one line."""
    reason = (exc.strerror or type(exc).__name__).lower()
    where = exc.filename if exc.filename is not None else ""
    return f"{where}: {reason}" if where else reason
