"""The error a user can fix: raised anywhere, shown as one line with exit code 2, no traceback.

It lives at the bottom of the layers (crawler <- analyzers <- reports <- prevet) so that the
crawler (a bad --resolve entry) and the analyzers (a bad campaign file) can raise it without
importing prevet/; prevet/errors.py re-exports it and the CLI catches it.
"""


class PrevetError(Exception):
    """A run that could not be done: bad arguments, a bad campaign file, a site not crawlable."""

    exit_code = 2
