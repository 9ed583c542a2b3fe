"""What the renderer records is the page as a person finds it: the consent probe's own submits
never reach the snapshot (nor the picture), and a box a script ticks from a short timer set while
the page loaded is read as ticked, while timers the wait cannot cover do not slow the render."""

from __future__ import annotations

import asyncio
import re

import pytest

from crawler.render import SETTLE_MAX_MS, Renderer, carry_verdicts
from crawler.render_thread import RenderThread
from crawler.resolve import parse_resolve
from fixtures.serve import FixtureServer

HOST = "www.render-probes.com"
SIGNUP = """<html><body><div id="app"></div><script>
const app = document.getElementById("app");
app.innerHTML = '<form id="f"><label>Cell <input type="tel" id="cell"></label>' +
  '<label><input type="checkbox" id="ok"> Text me alerts</label>' +
  '<p id="err"></p><button>Join</button></form>';
document.getElementById("f").addEventListener("submit", (event) => {
  event.preventDefault();
  if (!document.getElementById("ok").checked) {
    document.getElementById("err").textContent = "Please tick " + "the box."; return;
  }
  fetch("/api/join", {method: "POST"});
  %s
});
</script></body></html>"""
PAGES = {
    # accepted: the form is replaced (in place, or as a whole) by a thank-you note
    "replaced.html": SIGNUP % "event.target.innerHTML = '<p>Thanks for ' + 'joining!</p>';",
    "swapped.html": SIGNUP
    % (
        "const note = document.createElement('p'); note.textContent = "
        "'Thanks for ' + 'joining!'; event.target.replaceWith(note);"
    ),
    "two-boxes.html": """<html><body><form id="f"><input type="tel" name="phone">
        <label><input type="checkbox" id="sms"> Text me alerts</label>
        <label><input type="checkbox" id="news"> Email me news</label><button>Go</button></form>
        <script>document.getElementById("f").addEventListener("submit", (event) => {
            event.preventDefault();
            if (!document.getElementById("sms").checked) return;
            fetch("/api/join", {method: "POST"});
            event.target.innerHTML = "<p>Done</p>";
        });</script></body></html>""",
    "ticked-later.html": """<html><body><form><input type="tel" name="phone">
        <label><input type="checkbox" id="sms"> Text me</label></form><script>
        window.addEventListener("load", () => setTimeout(() => {
            document.getElementById("sms").checked = true; }, 700));
        </script></body></html>""",
    "ticked-much-later.html": """<html><body><form><input type="tel" name="phone">
        <label><input type="checkbox" id="sms"> Text me</label></form><script>
        setTimeout(() => { document.getElementById("sms").checked = true; }, LATER);
        </script></body></html>""".replace("LATER", str(SETTLE_MAX_MS * 4)),
    "polling.html": """<html><body><form><input type="tel" name="phone">
        <label><input type="checkbox" id="sms"> Text me</label></form><script>
        (function poll() { window.polls = (window.polls || 0) + 1; setTimeout(poll, 100); })();
        </script></body></html>""",
}


def test_verdicts_replace_their_stamps_only() -> None:
    html = (
        '<input type="checkbox" data-pvk="pvab12-0"><input type="checkbox" '
        'data-pvk="pvab12-1"><input data-pvk="pvab12-2"><p> data-pvk="pvzz99-0"</p>'
    )
    carried = carry_verdicts(html, "pvab12-", ["1", None, "0"])
    assert carried == (
        '<input type="checkbox" data-pvb="1"><input type="checkbox">'
        '<input data-pvb="0"><p> data-pvk="pvzz99-0"</p>'
    )
    # no verdicts (the probe failed): the stamps still go
    assert 'data-pvk="pvab12' not in carry_verdicts(html, "pvab12-", [])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("render-probes")
    for name, body in PAGES.items():
        (root / name).write_text(body)
    with FixtureServer(root) as server:
        yield server


@pytest.fixture(scope="module")
def renderer(site: FixtureServer, chromium_path: str):
    """One browser for the module, its tab warmed up (the first page of a tab costs more)."""
    thread = RenderThread(
        lambda: Renderer(
            chromium_path,
            timeout=10,
            max_tabs=1,
            resolve=parse_resolve([site.resolve(HOST)]),
            ignore_https_errors=False,
        )
    )
    asyncio.run(thread.render(site.url(HOST, "/two-boxes.html")))
    yield thread
    thread.close()


def _render(
    renderer: RenderThread, site: FixtureServer, path: str, live: list[str] | None = None
) -> tuple[str, str]:
    """The rendered HTML and how waiting for its scripts ended (the renderer's record: "settled",
    "cap", ...); `live` gets the tab's DOM as photographed."""

    async def photograph(rendered) -> None:
        live.append(await rendered.page.content())

    rendered = asyncio.run(
        renderer.render(site.url(HOST, path), photograph if live is not None else None)
    )
    return rendered.html, rendered.settled


def _box(html: str, box_id: str) -> str:
    return re.search(f'<input type="checkbox" id="{box_id}"[^>]*>', html).group(0)


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/replaced.html", "/swapped.html"])
def test_a_form_its_handler_replaces_is_recorded_as_it_was(
    path: str, site: FixtureServer, renderer: RenderThread
) -> None:
    html, _ = _render(renderer, site, path)
    assert 'type="tel"' in html and "Thanks for joining" not in html
    assert "Please tick the box" not in html  # nor the error line the refused submit wrote
    assert 'data-pvb="1"' in _box(html, "ok")  # still judged required
    assert "data-pvk" not in html


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/replaced.html", "/swapped.html"])
def test_the_form_is_put_back_for_its_picture(
    path: str, site: FixtureServer, renderer: RenderThread
) -> None:
    live: list[str] = []
    _render(renderer, site, path, live)
    assert 'type="tel"' in live[0] and "Thanks for joining" not in live[0]
    assert "Please tick the box" not in live[0]


@pytest.mark.browser
def test_the_next_box_of_a_form_that_replaced_itself_is_still_probed(
    site: FixtureServer, renderer: RenderThread
) -> None:
    html, _ = _render(renderer, site, "/two-boxes.html")
    assert 'data-pvb="1"' in _box(html, "sms") and 'data-pvb="0"' in _box(html, "news")


@pytest.mark.browser
def test_a_box_ticked_by_a_timer_after_load_is_read_ticked(
    site: FixtureServer, renderer: RenderThread
) -> None:
    html, _ = _render(renderer, site, "/ticked-later.html")
    assert 'data-pvc="1"' in _box(html, "sms")


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/ticked-much-later.html", "/polling.html"])
def test_timers_the_wait_cannot_cover_do_not_hold_the_render(
    path: str, site: FixtureServer, renderer: RenderThread
) -> None:
    """A timer due after the cap is not waited for, nor a chain of timers each set by the last
    (only those set while the page loaded count)."""
    html, settled = _render(renderer, site, path)
    assert 'data-pvc="0"' in _box(html, "sms")
    assert settled == "settled"  # not held until the cap
