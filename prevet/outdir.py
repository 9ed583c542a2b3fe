"""The report folder: named safely after the host, and proved writable before the crawl starts.

A folder that cannot be written is the user's to fix and must say so at once, in one line,
not after minutes of crawling as an 'internal error'. The default folder's name comes from the
audited site, which is untrusted: whatever the host, it stays one plain folder inside
./prevet-report/.
"""

from __future__ import annotations

import errno
import hashlib
import re
import tempfile
from pathlib import Path

from crawler.urls import host_of
from prevet.errors import PrevetError

REPORTS_ROOT = Path("prevet-report")
MAX_FOLDER_NAME = 100  # well under every file system's limit on one name


def safe_folder_name(host: str) -> str:
    """One plain folder name for a host: no separators, no '.' or '..', not over-long."""
    name = re.sub(r"[^a-z0-9._-]", "_", host.lower())  # separators, IPv6 colons, the rest
    name = re.sub(r"\.{2,}", ".", name).strip(".")
    if not name:
        return "site"
    if len(name) > MAX_FOLDER_NAME:
        digest = hashlib.sha1(host.encode("utf-8", "replace")).hexdigest()[:12]
        name = f"{name[: MAX_FOLDER_NAME - 13]}-{digest}"
    return name


def default_out_dir(target: str) -> Path:
    return REPORTS_ROOT / safe_folder_name(host_of(target) or "site")


def prepare_out_dir(path: Path, explicit: bool = True) -> Path:
    """Create the folder (and its parents) and check a file can be written in it; a
    PrevetError in one line otherwise."""
    what = f"--out {path}" if explicit else f"the report folder {path}"
    if path.exists() and not path.is_dir():
        raise PrevetError(f"{what} is a file, not a folder")
    blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        raise PrevetError(f"{what} cannot be created: {blocker} is a file, not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PrevetError(f"{what} cannot be created ({_reason(exc)})") from exc
    try:
        with tempfile.TemporaryFile(dir=path, prefix=".prevet-write-check-"):
            pass
    except OSError as exc:
        raise PrevetError(f"{what} is not writable ({_reason(exc)})") from exc
    return path


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "read-only file system"
    return (exc.strerror or type(exc).__name__).lower()
