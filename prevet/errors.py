"""Errors the user can fix: shown as one line, exit code 2, never a traceback."""


class PrevetError(Exception):
    """A run that could not be done: bad arguments, a bad campaign file, a site not crawlable."""

    exit_code = 2
