"""Age gates as the browser renders them: a gate drawn by a script, styled only by a stylesheet
(no telling class names), is found through the renderer's probe (crawler/js/probe_agegate.js)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from crawler.agegate import detect_agegate
from crawler.extract import parse_html
from crawler.render import Renderer
from fixtures.serve import FixtureServer

PAGE = """<!DOCTYPE html><html><head><title>Ridge Cellars</title>
<style>.x1 {position: fixed; top: 0; left: 0; width: 100%; height: 100%; background: #fff;
z-index: 50} .x2 {margin: 20vh auto; width: 400px}</style></head>
<body><main><h1>Ridge Cellars</h1><p>Estate pinot noir and chardonnay, shipped to your door.</p>
</main>
<script>
  const layer = document.createElement("div");
  layer.className = "x1";
  layer.innerHTML = '<div class="x2"><p>Please tell us you are of legal drinking age.</p>' +
    '<button id="ok">Yes, I am 21</button> <button id="no">No</button></div>';
  document.body.appendChild(layer);
</script></body></html>"""


@pytest.mark.browser
def test_script_drawn_overlay_is_found_after_rendering(tmp_path: Path, chromium_path: str) -> None:
    (tmp_path / "index.html").write_text(PAGE, encoding="utf-8")

    async def render(url: str) -> str:
        renderer = Renderer(
            chromium_path, resolve={}, timeout=15, ignore_https_errors=True, max_tabs=1
        )
        try:
            return (await renderer.render(url)).html
        finally:
            await renderer.close()

    with FixtureServer(tmp_path) as server:
        html = asyncio.run(render(server.url()))
    assert 'data-pvfixed="1"' in html
    gate = detect_agegate(parse_html(html))
    assert gate is not None and gate.kind == "yes_no"
    # without the browser the same page shows no gate: the script never ran
    assert detect_agegate(parse_html(PAGE)) is None
