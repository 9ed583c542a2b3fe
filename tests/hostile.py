"""Small hostile servers for tests: sites that loop, lie, inflate or do not speak HTTP at all.

`HostileServer` answers each request from a function of the path (`Reply` or None for 404) and
records every path it was asked for, so a test can assert how much the crawler fetched.
`RawServer` accepts TCP connections and answers with fixed bytes (or nothing), for servers that
are not HTTP servers. Both listen on a loopback address, port 0.
"""

from __future__ import annotations

import gzip
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes | str = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


Routes = Callable[[str], Reply | None]


def page(title: str, *links: str, body: str = "") -> Reply:
    """A small HTML page linking to `links`."""
    anchors = "".join(f"<a href='{href}'>{href.strip('/') or 'Home'}</a> " for href in links)
    return Reply(
        body=f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
        f"<p>{body or 'Fresh bread baked daily in our family bakery.'}</p>"
        f"<nav>{anchors}</nav></body></html>"
    )


def redirect(location: str, status: int = 302) -> Reply:
    return Reply(status=status, headers={"Location": location})


def gzip_bomb(inflated_bytes: int) -> Reply:
    """An HTML page whose gzip body is small on the wire and `inflated_bytes` once decoded."""
    html = b"<html><body>" + b" " * inflated_bytes + b"</body></html>"
    return Reply(body=gzip.compress(html, compresslevel=9), headers={"Content-Encoding": "gzip"})


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib's name
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib's name
        with self.server.lock:
            self.server.requests.append(self.path)
            self.server.headers_seen.append(dict(self.headers))
        reply = self.server.routes(self.path) or Reply(status=404, body="<h1>Not found</h1>")
        body = reply.body.encode() if isinstance(reply.body, str) else reply.body
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    routes: Routes
    requests: list[str]
    headers_seen: list[dict[str, str]]
    lock: threading.Lock


class _V6Server(_Server):
    address_family = socket.AF_INET6


class HostileServer:
    """An HTTP server answering from `routes(path)`; `requests` lists the paths asked for."""

    def __init__(self, routes: Routes, address: str = "127.0.0.1"):
        cls = _V6Server if ":" in address else _Server
        self.httpd = cls((address, 0), _Handler)
        self.httpd.routes = routes
        self.httpd.requests = []
        self.httpd.headers_seen = []
        self.httpd.lock = threading.Lock()
        self.address = address
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def requests(self) -> list[str]:
        return list(self.httpd.requests)

    @property
    def headers_seen(self) -> list[dict[str, str]]:
        return list(self.httpd.headers_seen)

    def url(self, host: str, path: str = "/", scheme: str = "http") -> str:
        return f"{scheme}://{host}:{self.port}{path}"

    def resolve(self, host: str) -> str:
        return f"{host}:{self.port}:{self.address}"

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class RawServer:
    """A TCP server that reads a little, sends `answer` (maybe nothing) and hangs up."""

    def __init__(self, answer: bytes = b""):
        self.answer = answer
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            with conn:
                conn.settimeout(1)
                try:
                    conn.recv(4096)
                    if self.answer:
                        conn.sendall(self.answer)
                except OSError:
                    pass

    def resolve(self, host: str) -> str:
        return f"{host}:{self.port}:127.0.0.1"

    def __enter__(self) -> RawServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.sock.close()
