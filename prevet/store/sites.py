"""Which site a run belongs to: the host, without www., with a non-default port."""

from __future__ import annotations

from urllib.parse import urlsplit


def site_key(url: str) -> str:
    """ "https://www.Acme.com/x" -> "acme.com"; "http://www.acme.com:8080/" -> "acme.com:8080"."""
    if "://" not in url:
        url = f"https://{url}"
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().rstrip(".").removeprefix("www.")
    try:
        port = parts.port
    except ValueError:
        port = None
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    return f"{host}:{port}" if port and port != default else host
