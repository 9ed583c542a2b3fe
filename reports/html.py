"""report.html: one self-contained file a business owner reads, an agency sends, a browser prints.

Rendered with Jinja2 templates (autoescape on) from the report model; styles, script and
screenshots are inlined (screenshots as data URIs) so the file opens offline, and a Content
Security Policy lets only our own inline script run, as a second wall behind escaping: the site's
own text, titles and URLs are hostile input as far as this file is concerned.
"""

from __future__ import annotations

import base64
import logging
import secrets
import struct
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from reports.model import Report
from reports.view import Evidence, build_view, safe_href

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
MAX_IMAGE_BYTES = 8 * 1024 * 1024  # a screenshot larger than this is left out, not inlined
_IMAGE_TYPES = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg"}


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # every template, whatever its extension
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_href"] = safe_href
    return env


def _static(name: str) -> Markup:
    # our own files, inlined verbatim into <style>/<script>; never site content
    return Markup((STATIC / name).read_text(encoding="utf-8"))


class ScreenshotLoader:
    """Reads screenshots named relative to the report folder and inlines them as data URIs.

    A missing, unreadable, oversized or out-of-folder file gives None: the report still renders,
    without that picture.
    """

    def __init__(self, base_dir: Path | None):
        self.base_dir = base_dir.resolve() if base_dir else None

    def __call__(self, relative: str) -> tuple[str, tuple[int, int]] | None:
        if self.base_dir is None or not relative:
            return None
        path = (self.base_dir / relative).resolve()
        if not path.is_relative_to(self.base_dir) or not path.is_file():
            return None
        try:
            data = path.read_bytes()
        except OSError as exc:
            log.warning("screenshot %s unreadable: %s", path, exc)
            return None
        mime = next((m for magic, m in _IMAGE_TYPES.items() if data.startswith(magic)), None)
        if mime is None or len(data) > MAX_IMAGE_BYTES:
            return None
        encoded = base64.b64encode(data).decode("ascii")
        return f"data:{mime};base64,{encoded}", image_size(data)


def image_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG from its header ((0, 0) for anything else)."""
    if data.startswith(b"\x89PNG") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    return 0, 0


def _load_snapshot(report: Report, base_dir: Path | None) -> Any | None:
    """The crawl saved next to the report, for the forms behind findings (optional)."""
    if base_dir is None or not report.snapshot_file:
        return None
    path = base_dir / report.snapshot_file
    if not path.is_file():
        return None
    try:
        from crawler.snapshot import SiteSnapshot

        return SiteSnapshot.load(path)
    except Exception as exc:  # a damaged snapshot costs the screenshots, not the report
        log.warning("snapshot %s unreadable: %s", path, exc)
        return None


def _kit(report: Report, loader: ScreenshotLoader) -> dict[str, Any] | None:
    kit = report.extras.get("kit")
    if not isinstance(kit, dict):
        return None
    optin = kit.get("optin") if isinstance(kit.get("optin"), dict) else None
    shot = (
        loader(optin["screenshot"]) if optin and isinstance(optin.get("screenshot"), str) else None
    )
    urls = [
        {
            "label": str(item.get("label") or ""),
            "url": item.get("url") or None,
            "note": str(item.get("note") or ""),
        }
        for item in kit.get("urls") or []
        if isinstance(item, dict)
    ]
    return {
        "brand": kit.get("brand"),
        "urls": urls,
        "optin": {"url": optin.get("url") or "", "disclosure": optin.get("disclosure") or ""}
        if optin
        else None,
        "screenshot_src": shot[0] if shot else None,
        "message_flow": str(kit.get("message_flow") or ""),
        "notes": [str(n) for n in kit.get("notes") or []],
    }


def render_html(report: Report, base_dir: Path | None = None, snapshot: Any | None = None) -> str:
    """The report as one HTML document. `base_dir` is where screenshot paths are relative to."""
    loader = ScreenshotLoader(base_dir)
    if snapshot is None:
        snapshot = _load_snapshot(report, base_dir)
    view = build_view(report, Evidence(snapshot, loader))
    template = environment().get_template("report.html.j2")
    return template.render(
        view=view,
        report=report,
        kit=_kit(report, loader),
        css=_static("report.css"),
        script=_static("report.js"),
        nonce=secrets.token_urlsafe(16),
    )


def write_html(report: Report, out_dir: Path) -> Path:
    path = out_dir / "report.html"
    path.write_text(render_html(report, out_dir), encoding="utf-8")
    return path
