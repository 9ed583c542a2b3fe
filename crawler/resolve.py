"""`--resolve HOST:PORT:ADDRESS` (like curl's): send a host's requests to another address while
the site keeps its own name, in Scrapy (crawler/mapped_resolver.py) and Chromium (host resolver
rules). Pure functions: importing this does not import Scrapy.

Host names are kept as the crawler looks them up: an internationalized name given in Unicode
("bücher.example") is stored as its punycode ("xn--bcher-kva.example"), so a mapped name never
reaches real DNS."""

from __future__ import annotations

import ipaddress

from crawler.urls import ascii_host


class ResolveError(ValueError):
    pass


def parse_resolve(entries: list[str]) -> dict[str, str]:
    """["www.acme.com:443:127.0.0.1"] -> {"www.acme.com:443": "127.0.0.1"}."""
    mapping: dict[str, str] = {}
    for entry in entries:
        host, sep1, rest = entry.partition(":")
        port, sep2, address = rest.partition(":")
        if not (sep1 and sep2 and host and port.isdigit() and address):
            raise ResolveError(f"--resolve takes HOST:PORT:ADDRESS, not {entry!r}")
        try:
            ipaddress.ip_address(address.strip("[]"))
        except ValueError as exc:
            raise ResolveError(f"--resolve {entry!r}: {address!r} is not an IP address") from exc
        try:
            name = ascii_host(host)
        except ValueError as exc:
            raise ResolveError(f"--resolve {entry!r}: {host!r} is not a host name") from exc
        mapping[f"{name}:{int(port)}"] = address.strip("[]")
    return mapping


def host_map(mapping: dict[str, str]) -> dict[str, str]:
    """host -> address (a resolver sees names, not ports)."""
    return {key.rsplit(":", 1)[0]: address for key, address in mapping.items()}


def lookup(mapping: dict[str, str], host: str, port: int) -> str | None:
    try:
        host = ascii_host(host)
    except ValueError:
        return None
    return mapping.get(f"{host}:{port}") or host_map(mapping).get(host)
