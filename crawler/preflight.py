"""Before crawling: can the start URL be reached at all, and does its certificate verify?

Scrapy does not verify certificates, and a reviewer's browser does, so the check is made here
with the standard library: DNS, TCP connect, then a verifying TLS handshake.
"""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from crawler import failures
from crawler.resolve import lookup
from crawler.snapshot import TlsInfo


@dataclass
class Preflight:
    unreachable: str | None
    tls: TlsInfo


def check_start(url: str, resolve: dict[str, str], timeout: float) -> Preflight:
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    address = lookup(resolve, host, port)
    if address is None:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError):
            return Preflight(failures.no_dns(host), TlsInfo())
        address = infos[0][4][0]
    try:
        sock = socket.create_connection((address, port), timeout=timeout)
    except TimeoutError:
        return Preflight(failures.timed_out(host, port, timeout), TlsInfo())
    except ConnectionRefusedError:
        return Preflight(failures.refused(host, port), TlsInfo())
    except OSError as exc:
        return Preflight(f"{host}:{port} cannot be reached ({exc.strerror or exc})", TlsInfo())
    with sock:
        if parts.scheme != "https":
            return Preflight(None, TlsInfo())
        tls = _verify_tls(sock, host, timeout)
        if tls.error and failures.is_not_tls(tls.error):  # no browser could open it either
            return Preflight(failures.not_tls(host, port), tls)
        return Preflight(None, tls)


@lru_cache(maxsize=1)
def _tls_context() -> ssl.SSLContext:
    """The system's trust store, read once per process (reading it costs more CPU than the
    handshake; a warm worker checks site after site)."""
    return ssl.create_default_context()


def _verify_tls(sock: socket.socket, host: str, timeout: float) -> TlsInfo:
    context = _tls_context()
    sock.settimeout(timeout)
    try:
        with context.wrap_socket(sock, server_hostname=host):
            return TlsInfo(checked=True, valid=True)
    except ssl.SSLCertVerificationError as exc:
        return TlsInfo(
            checked=True, valid=False, error=f"certificate verify failed: {exc.verify_message}"
        )
    except (ssl.SSLError, OSError) as exc:
        return TlsInfo(checked=True, valid=False, error=f"TLS handshake failed: {exc}")
