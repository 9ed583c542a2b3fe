"""The fixture server's own behaviour: what it changes in the pages it serves."""

from __future__ import annotations

import urllib.request
from pathlib import Path

from fixtures.serve import FixtureServer

PAGE = (
    '<a href="https://acme-pools.com/terms.html">Terms</a>'
    '<a href="http://www.acme-pools.com">Home</a>'
    '<a href="https://ACME-POOLS.COM/privacy?x=1#top">Privacy</a>'
    '<img src="https://acme-pools.com/shot.png">'
    '<a href="https://shop.acme-pools.com/cart">Shop</a>'
    '<a href="https://acme-pools.com.example.net/x">Lookalike</a>'
    '<a href="https://acme-pools.community/x">Longer</a>'
    '<a href="https://www.othersite.com/acme-pools.com">Other</a>'
    '<a href="http://acme-pools.com:{{port}}/contact">Contact</a>'
)


def _served(root: Path, path: str, host: str | None) -> str:
    with FixtureServer(root, host=host) as server:
        with urllib.request.urlopen(server.url("127.0.0.1", path)) as answer:
            return answer.read().decode()


def test_a_copied_pages_absolute_links_to_its_own_host_point_at_the_server(
    tmp_path: Path,
) -> None:
    """A page copied from the live site links its own pages as https://acme-pools.com/...:
    served under that host, those links (and its www. twin's) come to this server, as the live
    site answers them; another host, a subdomain, or a host that only begins the same stays."""
    (tmp_path / "index.html").write_text(PAGE)
    (tmp_path / "app.js").write_text('fetch("https://acme-pools.com/api")')
    with FixtureServer(tmp_path, host="acme-pools.com") as server:
        origin = f"http://acme-pools.com:{server.port}"
        with urllib.request.urlopen(server.url("127.0.0.1", "/")) as answer:
            html = answer.read().decode()
        with urllib.request.urlopen(server.url("127.0.0.1", "/app.js")) as answer:
            script = answer.read().decode()
    assert f'href="{origin}/terms.html"' in html
    assert f'href="{origin}"' in html
    assert f'href="{origin}/privacy?x=1#top"' in html
    assert f'src="{origin}/shot.png"' in html
    assert f'href="{origin}/contact"' in html  # a link already to this server stays one
    for kept in (
        "https://shop.acme-pools.com/cart",
        "https://acme-pools.com.example.net/x",
        "https://acme-pools.community/x",
        "https://www.othersite.com/acme-pools.com",
    ):
        assert f'href="{kept}"' in html
    assert script == 'fetch("https://acme-pools.com/api")'  # only served HTML is rewritten


def test_the_www_host_takes_its_bare_twins_links_and_no_host_changes_nothing(
    tmp_path: Path,
) -> None:
    (tmp_path / "index.html").write_text(PAGE)
    html = _served(tmp_path, "/", "www.acme-pools.com")
    assert 'href="http://www.acme-pools.com:' in html and "https://acme-pools.com/terms" not in html
    assert _served(tmp_path, "/", None).startswith('<a href="https://acme-pools.com/terms.html">')
